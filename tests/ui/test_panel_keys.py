"""The player's single-key shortcuts in the real window: typing in a panel's field or on a focused button types
there (nothing pinned, marked or played); on the frame view the same keys drive the player; Ctrl keys work
everywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui import test_player_window as player_tests
from tests.ui.test_evidence import go_to, open_in_case

pytestmark = pytest.mark.gui

window = player_tests.window  # the real window with its player, detectors and a case database of its own

TYPED = "explainer "  # P pins, I and O mark, E and R and A draw, L shuttles, Space plays


def _with_a_claim(qtbot, window, h264_clip) -> None:
    open_in_case(qtbot, window, h264_clip)
    go_to(qtbot, window, 5)
    window.claims_view.new_claim()
    qtbot.waitUntil(lambda: window.claims_view.panel.current is not None, timeout=10000)
    qtbot.waitUntil(lambda: window.claims_view.panel.text.isEnabled(), timeout=5000)


def _player_untouched(qtbot, window) -> None:
    qtbot.wait(300)  # a pin or a play would have shown by now
    assert window.evidence._rows == {}
    assert (window.player.mark_in, window.player.mark_out) == (None, None)
    assert not window.player.playing and window.player.position == 5
    assert not any(window.evidence.actions[shape].isChecked() for shape in ("rectangle", "ellipse", "arrow"))


def test_typing_in_a_panel_field_or_on_a_button_does_not_drive_the_player(qtbot, window, h264_clip):
    _with_a_claim(qtbot, window, h264_clip)
    panel = window.claims_view.panel
    for field in (panel.text, panel.claimant, panel.explanation):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, TYPED)
        _player_untouched(qtbot, window)
    assert panel.claimant.text() == TYPED
    assert panel.explanation.toPlainText() == TYPED
    button = window.detector_panel.display["overlay"]  # tabbed to: Space presses it, letters do nothing
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClicks(button, TYPED)
    _player_untouched(qtbot, window)
    assert button.isChecked()


def test_on_the_frame_view_the_keys_drive_the_player_and_ctrl_keys_work_everywhere(qtbot, window, h264_clip):
    _with_a_claim(qtbot, window, h264_clip)
    panel = window.claims_view.panel
    panel.claimant.setFocus()
    qtbot.waitUntil(panel.claimant.hasFocus)
    qtbot.keyClick(panel.claimant, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # loop between the marks
    assert window.actions_by_key["loop"].isChecked() and window.player.loop
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    go_to(qtbot, window, 5)
    qtbot.keyClick(window.view, Qt.Key.Key_I)
    assert window.player.mark_in == 5
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: len(window.evidence._rows) == 1, timeout=10000)
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert window.player.playing
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert not window.player.playing
