"""Help > Keyboard shortcuts in the real window: every key the window answers to is listed with its command, read
from the window itself (Ctrl+E and the forensic filters included), so the list cannot drift from the keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog

from app.ui.help import shortcut_rows
from tests.ui import test_player_window as player_tests

pytestmark = pytest.mark.gui

window = player_tests.window  # the real window with its player, its panels and a case database


def _native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def test_every_shortcut_of_the_window_is_in_the_help(qtbot, window):
    listed = {key for row in shortcut_rows(window) for key in row.keys}
    registered = {_native(s) for action in window.findChildren(QAction) for s in action.shortcuts()}
    registered |= {_native(s.key()) for s in window.findChildren(QShortcut)}
    assert registered and registered <= listed
    assert {"Ctrl+E", "F1", "P", "Space", "Ctrl+Shift+N"} <= listed


def test_the_help_names_export_and_the_forensic_filters(qtbot, window):
    rows = {(row.command, row.keys) for row in shortcut_rows(window)}
    assert ("Export dossier", ("Ctrl+E",)) in rows
    assert ("Error level analysis", ("Alt+1",)) in rows
    assert ("None (the frame as decoded)", ("Alt+0",)) in rows
    sections = [row.section for row in shortcut_rows(window) if row.command == "Error level analysis"]
    assert sections == ["View > Forensic filter"]


def test_the_help_names_undo_and_redo_whatever_they_would_undo_now(qtbot, window):
    window.actions_by_key["redo"].setText("Redo editing the verdict")  # as the case sets it after an undo
    commands = {row.command for row in shortcut_rows(window)}
    assert {"Undo", "Redo"} <= commands and "Redo editing the verdict" not in commands


def test_f1_shows_them_and_alt_1_turns_on_the_first_filter(qtbot, window, h264_clip):
    player_tests.open_and_wait(qtbot, window, h264_clip)
    window.actions_by_key["shortcuts"].trigger()
    dialog = window.findChild(QDialog, "keyboard-shortcuts")
    assert dialog is not None and dialog.isVisible()
    shown = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert shown[:2] == ["File", "Edit"] and "View > Forensic filter" in shown
    dialog.close()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.readout.filter.text() == "Filter: Error level analysis"
