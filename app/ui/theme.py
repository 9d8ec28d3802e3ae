"""A dark theme: a review tool is looked at for hours, next to video, in dim newsrooms."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from analyzers.resources import resources_dir

_COLORS = {
    QPalette.ColorRole.Window: "#23252b",
    QPalette.ColorRole.WindowText: "#dcdfe6",
    QPalette.ColorRole.Base: "#1b1d21",
    QPalette.ColorRole.AlternateBase: "#24272d",
    QPalette.ColorRole.ToolTipBase: "#2c2f36",
    QPalette.ColorRole.ToolTipText: "#e6e8ee",
    QPalette.ColorRole.Text: "#dcdfe6",
    QPalette.ColorRole.Button: "#2c2f36",
    QPalette.ColorRole.ButtonText: "#dcdfe6",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6aa8ff",
    QPalette.ColorRole.Mid: "#8a8f99",
    QPalette.ColorRole.PlaceholderText: "#7d828c",
}

# Fusion draws a check box's edge a shade darker than the window: on a dark window an empty box all but vanishes,
# so the boxes get a light edge of their own (and the tick, drawn by the style sheet then, an icon).
_STYLE = """
QToolBar { border: none; spacing: 2px; padding: 3px; background: #272a30; }
QToolButton { padding: 4px; border-radius: 4px; }
QToolButton:hover { background: #363a42; }
QToolButton:checked { background: #2f4a73; }
QDockWidget::title { padding: 5px 8px; background: #2a2d33; }
QStatusBar { background: #1f2125; }
QStatusBar QLabel { padding: 0 6px; color: #b9bdc7; }
QTreeWidget { border: none; }
QHeaderView::section { background: #2a2d33; padding: 4px; border: none; }
QCheckBox::indicator { width: 12px; height: 12px; border: 1px solid #8a8f99; border-radius: 3px; background: #1b1d21; }
QCheckBox::indicator:hover { border-color: #c3c7cf; }
QCheckBox::indicator:checked { background: #3d7bd9; border-color: #6aa8ff; image: url("{check}"); }
QCheckBox::indicator:disabled { border-color: #4a4e57; }
/* Fusion marks a focused tool button by a dotted line the colour of the dark window: reached by Tab, say so */
QToolButton:focus { border: 1px solid #6aa8ff; }
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    for role, color in _COLORS.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b707a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6b707a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6b707a"))
    app.setPalette(palette)
    check = (resources_dir() / "icons" / "check.svg").as_posix()
    app.setStyleSheet(_STYLE.replace("{check}", check))
