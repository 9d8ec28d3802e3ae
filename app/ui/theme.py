"""The dark and light themes. Dark by default: a review tool is looked at for hours, next to video, in dim
newsrooms; light for a bright office, or to follow the system. tests/ui/test_theme.py measures every pair of text
and background colours of both against WCAG's contrast ratios."""

from __future__ import annotations

from string import Template
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from analyzers.resources import resources_dir
from widgets.colours import theme_rules

if TYPE_CHECKING:
    from app.ui.settings_view import SettingsController

_ROLE = QPalette.ColorRole
PALETTES = {
    "dark": {
        _ROLE.Window: "#23252b",
        _ROLE.WindowText: "#dcdfe6",
        _ROLE.Base: "#1b1d21",
        _ROLE.AlternateBase: "#24272d",
        _ROLE.ToolTipBase: "#2c2f36",
        _ROLE.ToolTipText: "#e6e8ee",
        _ROLE.Text: "#dcdfe6",
        _ROLE.Button: "#2c2f36",
        _ROLE.ButtonText: "#dcdfe6",
        _ROLE.Highlight: "#3873d0",
        _ROLE.HighlightedText: "#ffffff",
        _ROLE.Link: "#6aa8ff",
        _ROLE.Mid: "#8a8f99",  # also the panels' quiet words (palette(mid) in their style sheets)
        _ROLE.PlaceholderText: "#8a8f99",
    },
    "light": {
        _ROLE.Window: "#f3f4f6",
        _ROLE.WindowText: "#1b1d21",
        _ROLE.Base: "#ffffff",
        _ROLE.AlternateBase: "#f0f2f5",
        _ROLE.ToolTipBase: "#ffffff",
        _ROLE.ToolTipText: "#1b1d21",
        _ROLE.Text: "#1b1d21",
        _ROLE.Button: "#e6e8ec",
        _ROLE.ButtonText: "#1b1d21",
        _ROLE.Highlight: "#2f6fd0",
        _ROLE.HighlightedText: "#ffffff",
        _ROLE.Link: "#1a56b0",
        _ROLE.Mid: "#5f6570",
        _ROLE.PlaceholderText: "#6b707a",
    },
}
# Disabled words are quieter than any others, yet still read on a window or a button.
_DISABLED = {"dark": "#6b707a", "light": "#9a9fa8"}

# Fusion draws a check box's edge a shade darker than the window: on a dark window an empty box all but vanishes,
# so the boxes get an edge of their own (and the tick, drawn by the style sheet then, an icon).
_STYLE = Template("""
QToolBar { border: none; spacing: 2px; padding: 3px; background: $bar; }
QToolButton { padding: 4px; border-radius: 4px; }
QToolButton:hover { background: $hover; }
QToolButton:checked { background: $checked; }
QDockWidget::title { padding: 5px 8px; background: $title; }
QStatusBar { background: $status; }
QStatusBar QLabel { padding: 0 6px; color: $status_text; }
QTreeWidget { border: none; }
QHeaderView::section { background: $title; padding: 4px; border: none; }
QCheckBox::indicator { width: 12px; height: 12px; border: 1px solid $box; border-radius: 3px; background: $box_base; }
QCheckBox::indicator:hover { border-color: $box_hover; }
QCheckBox::indicator:checked { background: $box_ticked; border-color: $box_ticked_edge; image: url("$check"); }
QCheckBox::indicator:disabled { border-color: $box_disabled; }
/* Fusion marks a focused tool button by a dotted line the colour of the window: reached by Tab, say so */
QToolButton:focus { border: 1px solid $focus; }
""")
STYLE_COLOURS = {
    "dark": {
        "bar": "#272a30",
        "hover": "#363a42",
        "checked": "#2f4a73",
        "title": "#2a2d33",
        "status": "#1f2125",
        "status_text": "#b9bdc7",
        "box": "#8a8f99",
        "box_base": "#1b1d21",
        "box_hover": "#c3c7cf",
        "box_ticked": "#3873d0",
        "box_ticked_edge": "#6aa8ff",
        "box_disabled": "#4a4e57",
        "focus": "#6aa8ff",
    },
    "light": {
        "bar": "#e8eaee",
        "hover": "#d6d9df",
        "checked": "#c7d8f3",
        "title": "#e4e6ea",
        "status": "#e8eaee",
        "status_text": "#3d414a",
        "box": "#6b707a",
        "box_base": "#ffffff",
        "box_hover": "#2f6fd0",
        "box_ticked": "#2f6fd0",
        "box_ticked_edge": "#1a56b0",
        "box_disabled": "#c3c7cf",
        "focus": "#1a56b0",
    },
}


def chosen_theme(theme: str, scheme: Qt.ColorScheme | None = None) -> str:
    """The theme, "dark" or "light", for the setting `theme`: "system" follows the system's colour `scheme` (the
    one in use unless given), dark where the system does not say (a review tool's own default)."""
    if theme in PALETTES:
        return theme
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return "light" if scheme == Qt.ColorScheme.Light else "dark"


def theme_palette(theme: str) -> QPalette:
    palette = QPalette()
    for role, colour in PALETTES[theme].items():
        palette.setColor(role, QColor(colour))
    for role in (_ROLE.Text, _ROLE.ButtonText, _ROLE.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED[theme]))
    return palette


def apply_theme(app: QApplication, theme: str = "dark") -> None:
    """Applies the setting `theme` ("dark", "light" or "system") to the whole application, at once."""
    theme = chosen_theme(theme)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(theme_palette(theme))
    check = (resources_dir() / "icons" / "check.svg").as_posix()
    app.setStyleSheet(_STYLE.substitute(STYLE_COLOURS[theme], check=check) + theme_rules(theme == "dark"))


def follow_theme(app: QApplication, settings: SettingsController) -> None:
    """Applies the theme again as soon as the reviewer chooses another in the settings (other settings changed leave
    it be: restyling every widget takes a moment), and, while it follows the system, when the system's colour scheme
    changes."""
    in_use = settings.current.theme

    def chosen(preferences) -> None:
        nonlocal in_use
        if preferences.theme != in_use:
            in_use = preferences.theme
            apply_theme(app, in_use)

    def system_changed() -> None:
        if in_use == "system":
            apply_theme(app, "system")

    settings.changed.connect(chosen)
    app.styleHints().colorSchemeChanged.connect(system_changed)
