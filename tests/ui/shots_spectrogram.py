"""A screenshot of the spectrogram view in the dark theme, for a person to look at: noise made at 16 kHz and
upsampled to 48 kHz (as many text-to-speech voices are), with the playhead. Not part of the suite (no test_
prefix); run it by name:

    REELCHECK_SHOTS=/tmp/shots pytest tests/ui/shots_spectrogram.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.media.audio import open_sound
from app.media.spectrogram import measure_spectrogram
from app.ui.theme import apply_theme
from tests import sound_clips
from widgets.spectrogram_view import SpectrogramView

pytestmark = pytest.mark.gui


def test_screenshot(qapp, qtbot, clip_dir, tmp_path):
    folder = Path(os.environ.get("REELCHECK_SHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    before = (qapp.palette(), qapp.styleSheet())
    apply_theme(qapp)
    try:
        with open_sound(sound_clips.noise_sounds(clip_dir)["ceiling"]) as track:
            spectrogram = measure_spectrogram(track)
        view = SpectrogramView()
        qtbot.addWidget(view)
        view.resize(900, 320)
        view.set_spectrogram(spectrogram)
        view.set_playhead(1.25)
        view.show()
        assert view.grab().save(str(folder / "s2_spectrogram.png"))
    finally:
        qapp.setPalette(before[0])
        qapp.setStyleSheet(before[1])
