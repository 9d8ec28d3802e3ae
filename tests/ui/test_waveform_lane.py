"""The waveform lane painted from the peaks of a real clip with clicks: each click stands tall at the x of its
time through the timeline's own frame mapping, whole clip or zoomed, and the hiss between stays a thin line."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from app.media.audio import open_sound
from app.media.synth_sound import FLASH_CLIP, FLASH_FRAMES
from app.media.waveform import measure_waveform
from tests import sound_clips
from widgets.waveform_painter import paint_waveform

WIDTH, HEIGHT = 1920, 40
OFFSET = 0.12
FPS, FRAMES = FLASH_CLIP.fps, FLASH_CLIP.frames


@pytest.fixture(scope="module")
def waveform(clip_dir):
    with open_sound(sound_clips.flash_clips(clip_dir)[OFFSET]) as track:
        return measure_waveform(track)


def _column_heights(x_of_frame, waveform) -> np.ndarray:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0))
    painter = QPainter(image)
    lane = QRectF(0, 0, WIDTH, HEIGHT)
    paint_waveform(
        painter, lane, waveform.peaks, waveform.per_second, x_of_frame, lambda n: n / FPS, FRAMES, QColor(0, 255, 0)
    )
    painter.end()
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(HEIGHT, WIDTH)
    return ((pixels >> 8) & 0xFF > 128).sum(axis=0)


def _tall_columns(heights: np.ndarray) -> list[int]:
    tall = np.flatnonzero(heights > HEIGHT * 0.6)
    return [int(x) for i, x in enumerate(tall) if i == 0 or x - tall[i - 1] > 3]


def test_each_click_stands_tall_at_its_time_across_the_whole_clip(waveform):
    def x_of_frame(n: int) -> float:  # the timeline's own mapping: the first frame at the left, the last at the right
        return n / (FRAMES - 1) * WIDTH

    heights = _column_heights(x_of_frame, waveform)
    clicks = [(n / FPS + OFFSET) * FPS / (FRAMES - 1) * WIDTH for n in FLASH_FRAMES]
    assert _tall_columns(heights) == pytest.approx(clicks, abs=4)
    assert np.median(heights) <= 3 and heights.min() >= 1  # hiss: a thin line, but a line


def test_zoomed_in_only_the_frames_on_screen_are_drawn_and_each_click_lands_on_its_frame(waveform):
    def x_of_frame(n: int) -> float:  # 40 px a frame from frame 90: frames 90 to 138 are on screen
        return (n - 90) * 40.0

    heights = _column_heights(x_of_frame, waveform)
    clicks = [(n / FPS + OFFSET) * FPS for n in FLASH_FRAMES[3:5]]  # at frames 107.6 and 134.6
    bucket_px = 40 * FPS / 100  # a bucket is a hundredth of a second: 12 px at this zoom
    assert _tall_columns(heights) == pytest.approx([(c - 90) * 40 for c in clicks], abs=bucket_px + 1)
    assert (heights > 0).all()  # the sound goes on past both edges


def test_nothing_to_paint_paints_nothing(waveform):
    empty = type(waveform)(np.zeros((0, 2), np.int8), 100.0)
    assert _column_heights(lambda n: n * 10.0, empty).sum() == 0
