"""The morphing-text detector on real H.264: a sign whose lettering is redrawn in every frame lights up where its
text is, steady text, a bare sign and a scrolling ticker stay at the bottom, in Latin and in Chinese."""

from __future__ import annotations

import time

import numpy as np
import pytest

from analyzers.engine import open_detector
from analyzers.registry import discover
from analyzers.run import analyze
from tests.analyzers.morphing_clips import FRAMES, LETTERING, write_lettering_clip
from tests.artifacts import camera_like_frame, decoded_luma

SIGN_CELLS = np.s_[:, 3:7, 2:19]  # the sign's text at the 320 px analysis width, in 16 px cells


@pytest.fixture(scope="module")
def detector():
    return open_detector(discover().get("morphing_text").manifest, "cpu")


@pytest.fixture(scope="module")
def luma(tmp_path_factory):
    """name -> the decoded frames of each lettering clip."""
    folder = tmp_path_factory.mktemp("lettering")
    return {name: decoded_luma(write_lettering_clip(folder, name)) for name in LETTERING}


@pytest.fixture(scope="module")
def scored(luma, detector):
    """name -> (heatmaps, scores) of each lettering clip."""
    return {name: detector.run(frames) for name, frames in luma.items()}


def test_it_is_a_built_in_analyzer_of_three_frames():
    analyzer = discover().get("morphing_text")
    assert analyzer.origin == "built-in" and analyzer.manifest.code == "analyzers.detectors.morphing_text"
    assert analyzer.manifest.window == 3 and analyzer.manifest.lane_range == (0.0, 0.5)
    assert analyzer.manifest.camera_band is None  # nobody measured where camera footage lies
    assert any("ticker" in mode for mode in analyzer.manifest.failure_modes)


def test_lettering_redrawn_in_every_frame_scores_clearly_above_steady_text(scored):
    heat, scores = scored["redrawn"]
    assert heat.shape == (FRAMES - 2, 11, 20) and scores.shape == (FRAMES - 2,)
    for still in ("steady", "no_text", "ticker"):
        assert scores.min() > 0.08 and scored[still][1].max() < 0.03, still
    assert heat[SIGN_CELLS].max(axis=(1, 2)).min() == pytest.approx(scores.min())
    assert np.delete(heat, np.s_[3:7], axis=1).max() == 0.0  # nothing lights up off the sign


def test_chinese_lettering_redrawn_in_every_frame_scores_above_steady_chinese(scored):
    assert scored["redrawn_chinese"][1].min() > 0.08 and scored["steady_chinese"][1].max() < 0.03


def test_steady_text_filmed_by_a_shaking_camera_keeps_its_shape(tmp_path, detector):
    steady, redrawn = (write_lettering_clip(tmp_path, name, crf=28, shaking=True) for name in ("steady", "redrawn"))
    assert detector.run(decoded_luma(steady))[1].max() < 0.03
    assert detector.run(decoded_luma(redrawn))[1].min() > 0.08


def test_a_caption_replaced_once_is_not_lettering_that_keeps_changing(luma, detector):
    """Steady text, then other text in its place that stays: one step changes, never two running."""
    replaced = np.concatenate([luma["steady"][:4], np.repeat(luma["redrawn"][4:5], 4, axis=0)])
    _, scores = detector.run(replaced)
    assert scores.max() < 0.03


def test_scores_through_the_whole_clip_run_like_every_detector(luma, scored):
    frames = enumerate(luma["redrawn"])
    track = analyze(frames, [discover().get("morphing_text")], "cpu")[0]
    assert not track.problem and track.provider == "CPU"
    assert track.frames == list(range(2, FRAMES))
    np.testing.assert_allclose(track.scores, scored["redrawn"][1], rtol=1e-6)


def test_frames_full_of_text_like_texture_are_measured_in_bounded_time(detector):
    """Salt-and-pepper dots and blank frames: hostile pictures neither hang it nor score as morphing text."""
    rng = np.random.default_rng(0)
    dots = (rng.random((4, 1080, 1920, 1)) < 0.05).astype(np.uint8) * 255
    blank = np.zeros((3, 360, 640, 1), np.uint8)
    started = time.perf_counter()
    _, dotted = detector.run(dots)
    seconds = time.perf_counter() - started
    assert np.isfinite(dotted).all() and seconds < 30  # a guard against hanging, not a speed figure
    assert detector.run(blank)[1].tolist() == [0.0]
    camera = np.stack([camera_like_frame(seed=i)[..., 1:2] for i in range(3)])
    assert detector.run(camera)[1].tolist() == [0.0]
