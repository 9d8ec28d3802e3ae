"""Forensic filters show what they promise on frames with known edits."""

from __future__ import annotations

import cv2
import numpy as np

from analyzers.filters import FILTERS, error_level, noise_residual
from tests.artifacts import camera_like_frame


def test_error_level_shows_a_region_saved_at_another_quality():
    frame = cv2.cvtColor(camera_like_frame(), cv2.COLOR_RGB2BGR)
    once = cv2.imdecode(cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 90])[1], cv2.IMREAD_COLOR)
    pasted = once.copy()
    pasted[96:224, 320:480] = frame[96:224, 320:480]  # a patch never compressed, in a frame saved at 90
    levels = error_level(pasted).mean(axis=2)
    assert levels[96:224, 320:480].mean() > 2 * levels[:80].mean()


def test_noise_residual_is_dark_where_noise_was_smoothed_away():
    frame = cv2.cvtColor(camera_like_frame(), cv2.COLOR_RGB2BGR)
    frame[96:224, 320:480] = cv2.GaussianBlur(frame[96:224, 320:480], (0, 0), 3)
    residual = noise_residual(frame).mean(axis=2)
    assert residual[104:216, 328:472].mean() < 0.3 * residual[:80].mean()


def test_every_filter_returns_a_frame_of_the_same_size():
    frame = cv2.cvtColor(camera_like_frame(size=(161, 97)), cv2.COLOR_RGB2BGR)
    for forensic_filter in FILTERS:
        out = forensic_filter.apply(frame)
        assert out.shape == frame.shape and out.dtype == np.uint8, forensic_filter.id
    red = next(f for f in FILTERS if f.id == "red").apply(frame)
    assert (red[..., 0] == frame[..., 2]).all()
