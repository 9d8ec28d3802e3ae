"""Every control of the real main window, with a case and a clip open and every dock and workspace built, has a name
a screen reader says: its accessible name, or the words Qt reads as its name (a button's text, the label whose buddy
it is), in English and in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.ui.language import speak
from app.ui.main_window import MainWindow
from app.ui.overlays import LiveOverlays
from app.ui.player import PlayerController
from app.ui.tasks import Jobs
from app.ui.workspaces import WORKSPACES
from tests.i18n.shown_words import _english
from tests.ui.test_queue import close_window

pytestmark = pytest.mark.gui

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
)


def control_names(window: QWidget) -> dict[str, str]:
    """The name a screen reader says for each control a reviewer can reach by Tab or click, by where it is."""
    names = {}
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)) or widget.window() is not window:
            continue  # the field inside a spin box or combo box, a combo box's list: named by it
        if isinstance(widget, QTabBar) and (widget.count() == 0 or not widget.isVisible()):
            continue  # kept by the window for docks tabbed later
        said = QAccessible.queryAccessibleInterface(widget)
        parent = widget.parentWidget()
        where = f"{type(widget).__name__} {widget.objectName()!r} in {type(parent).__name__} {parent.objectName()!r}"
        names[f"{where} ({len(names)})"] = said.text(QAccessible.Text.Name).strip() if said is not None else ""
    return names


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_control_has_a_name(qtbot, qapp, tmp_path, make_clip, language):
    from app.ui.case import CaseController

    speak(qapp, language)
    jobs = Jobs()
    window = MainWindow(QSettings(), jobs)
    case = CaseController("Test Reviewer")
    try:
        window.attach_case(case)
        with qtbot.waitSignal(case.opened, timeout=10000):
            case.open_store(tmp_path / "case.db")
        window.attach_player(PlayerController(jobs), LiveOverlays(jobs))
        window.show()
        with qtbot.waitSignal(window.player.opened, timeout=10000):
            window.open_paths([str(make_clip("h264"))])
        for workspace in WORKSPACES:
            window.workspaces.switch(workspace.key)
        names = control_names(window)
        assert len(names) > 100  # the walk reached the docks, the toolbars and the queue
        assert [where for where, name in names.items() if not name] == []
        if language != "en":
            assert [f"{where}: {name}" for where, name in names.items() if _english(name)] == []
    finally:
        close_window(qtbot, window, case, jobs)
        speak(qapp, "en")
