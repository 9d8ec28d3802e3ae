"""The sound as evidence in the real window: the waveform lane under the timeline, the spectrogram in its dock, the
measured sound facts in Media facts, the sync check said in words; a clip without sound says so."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from app.media.synth_sound import write_flash_clip
from tests.ui import test_player_window as player_tests

window = player_tests.window  # the real window with its player and a case database in tmp_path


def _fact(window, label: str) -> str:
    found = window.facts.findItems(label, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
    return found[0].text(1) if found else ""


def test_a_clip_with_sound_gets_its_lane_spectrogram_facts_and_sync(qtbot, window, tmp_path):
    clip = write_flash_clip(tmp_path / "late.mp4", offset=0.2)
    player_tests.open_and_wait(qtbot, window, clip)
    sound = window.sound_evidence
    qtbot.waitUntil(lambda: window.timeline._sound is not None, timeout=20000)
    lane = window.timeline._sound
    assert lane.peaks.max() > 20  # the clicks, well above the hiss
    qtbot.waitUntil(lambda: bool(_fact(window, "Bandwidth")), timeout=20000)
    assert "kHz" in _fact(window, "Bandwidth")
    assert sound.spectrogram.visible_span()[1] > 0
    sound.sync_action.trigger()
    qtbot.waitUntil(lambda: bool(_fact(window, "Sync")), timeout=30000)
    said = _fact(window, "Sync")
    late_ms = int(re.search(r"comes (\d+) ms after", said)[1])
    assert abs(late_ms - 200) <= 40 and "sound late" in said


def test_a_clip_without_sound_says_so(qtbot, window, h264_clip):
    player_tests.open_and_wait(qtbot, window, h264_clip)
    assert not window.sound_evidence.sync_action.isEnabled()
    assert window.timeline._sound is None
    assert "no sound" in window.sound_evidence.spectrogram.message.lower()
