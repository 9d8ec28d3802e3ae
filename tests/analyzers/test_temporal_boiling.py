"""The temporal boiling detector on real H.264: texture redrawn between frames lights up, texture that moves with
the scene does not; windows of two frames survive batches, strides and gaps in whole-clip runs."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from analyzers.engine import open_detector
from analyzers.registry import discover
from analyzers.run import analyze, frames_needed
from tests.artifacts import decoded_luma, panning_frames, write_clip

# The textured patch, in pixels of the 640 x 360 clip, and in cells of the 320 x 180 analysed picture.
PATCH = np.s_[96:276, 300:500]
PATCH_CELLS = np.s_[:, 3:9, 10:15]


def _texture(seed: int) -> np.ndarray:
    grain = cv2.GaussianBlur(np.random.default_rng(seed).normal(0, 1, (180, 200)), (0, 0), 2.0)
    return grain / grain.std() * 25


def _frames(boiling: bool, speed: int = 1):
    """A camera panning over a scene with a textured patch; with `boiling`, the patch's texture is drawn anew in
    every frame, as generated video does, instead of moving with the scene."""
    return panning_frames(PATCH, _texture(100), (lambda i: _texture(200 + i)) if boiling else None, speed=speed)


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    folder = tmp_path_factory.mktemp("boiling")
    return {
        name: decoded_luma(write_clip(folder / f"{name}.mp4", _frames(boiling, speed=speed), crf=12, pix_fmt="yuv420p"))
        for name, boiling, speed in [("still", False, 1), ("boiling", True, 1), ("fast_pan", False, 3)]
    }


@pytest.fixture(scope="module")
def detector():
    return open_detector(discover().get("temporal_boiling").manifest, "cpu")


def test_redrawn_texture_lights_up_where_it_is(clips, detector):
    heat, scores = detector.run(clips["boiling"])
    assert heat.shape == (5, 11, 20)  # one result per pair of frames, at half size
    patch, elsewhere = heat[PATCH_CELLS], np.delete(heat, np.s_[2:10], axis=1)
    assert patch.mean() > 3 * elsewhere.mean()
    for frame_heat in heat:
        row, column = np.unravel_index(frame_heat.argmax(), frame_heat.shape)
        assert 3 <= row < 9 and 10 <= column < 15


@pytest.mark.parametrize("steady", ["still", "fast_pan"])
def test_texture_moving_with_the_scene_stays_calm(clips, detector, steady):
    boiling_heat, boiling_scores = detector.run(clips["boiling"])
    steady_heat, steady_scores = detector.run(clips[steady])
    assert boiling_heat[PATCH_CELLS].mean() > 1.8 * steady_heat[PATCH_CELLS].mean()
    assert boiling_scores.min() > steady_scores.max()


def test_whole_clip_runs_keep_windows_across_batches_strides_and_gaps(clips, detector):
    boiling = discover().get("temporal_boiling")
    frames = clips["boiling"]
    expected = detector.run(frames)[1]
    track = analyze(enumerate(frames), [boiling], "cpu")[0]
    assert track.frames == [1, 2, 3, 4, 5]  # frame 0 has no frame before it
    np.testing.assert_allclose(track.scores, expected, rtol=1e-5)

    needed = frames_needed([boiling], stride=2)
    assert [n for n in range(6) if needed(n)] == [0, 1, 2, 3, 4, 5]  # every due frame and the one before
    strided = analyze(((n, frames[n]) for n in range(6) if needed(n)), [boiling], "cpu", stride=2)[0]
    assert strided.frames == [2, 4]
    np.testing.assert_allclose(strided.scores, expected[[1, 3]], rtol=1e-5)

    damaged = analyze(((n, frames[n]) for n in range(6) if n != 3), [boiling], "cpu")[0]
    assert damaged.frames == [1, 2, 5]  # frames 3 and 4 lack the frame before them
