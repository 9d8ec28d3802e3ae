"""The optical-flow warping error detector on real H.264: change that motion explains stays dark, a region whose
content morphs lights up; Python analyzers come only with ReelCheck itself."""

from __future__ import annotations

import json
import shutil

import cv2
import numpy as np
import pytest

from analyzers.engine import open_detector
from analyzers.registry import discover
from analyzers.resources import models_dir
from tests.artifacts import decoded_luma, panning_frames, write_clip

MORPH = np.s_[96:272, 304:496]  # pixels of the 640 x 360 clip: cells 3..8 down, 9..15 across at half size
MORPH_CELLS = np.s_[:, 3:8, 10:15]


def _blobs(seed: int) -> np.ndarray:
    field = cv2.GaussianBlur(np.random.default_rng(seed).normal(0, 1, (176, 192)), (0, 0), 6.0)
    return field / field.std() * 40


def _frames(morphing: bool):
    """A panning camera over a scene with shapes; with `morphing`, the shapes are new in every frame."""
    return panning_frames(MORPH, _blobs(7), (lambda i: _blobs(50 + i)) if morphing else None, count=5, speed=2)


@pytest.fixture(scope="module")
def detector():
    return open_detector(discover().get("flow_warp").manifest, "cpu")


def test_change_motion_cannot_explain_lights_up_where_it_is(tmp_path, detector):
    steady = decoded_luma(write_clip(tmp_path / "steady.mp4", _frames(False), crf=18, pix_fmt="yuv420p"))
    morphing = decoded_luma(write_clip(tmp_path / "morphing.mp4", _frames(True), crf=18, pix_fmt="yuv420p"))
    steady_heat, steady_scores = detector.run(steady)
    heat, scores = detector.run(morphing)
    assert heat.shape == (4, 11, 20)
    assert heat[MORPH_CELLS].mean() > 8 and steady_heat[MORPH_CELLS].mean() < 3  # grey levels
    assert np.delete(heat, np.s_[2:9], axis=1).mean() < 3
    for frame_heat in heat:
        row, column = np.unravel_index(frame_heat.argmax(), frame_heat.shape)
        assert 3 <= row < 8 and 9 <= column < 16
    assert scores.min() > 2 * steady_scores.max()


def test_a_plugin_folder_cannot_bring_code_to_run(tmp_path):
    plugin = tmp_path / "plugins" / "sneaky"
    shutil.copytree(models_dir() / "flow_warp", plugin)
    manifest = json.loads((plugin / "manifest.json").read_text())
    manifest["id"] = "sneaky"
    (plugin / "manifest.json").write_text(json.dumps(manifest))
    registry = discover(tmp_path / "plugins")
    assert "sneaky" not in [a.manifest.id for a in registry.analyzers]
    assert "only built-in analyzers may be written in Python" in registry.broken[0].reason


def test_python_analyzers_carry_the_hash_of_their_code():
    import hashlib

    import analyzers.detectors.flow_warp as module

    analyzer = discover().get("flow_warp")
    with open(module.__file__, "rb") as source:
        assert analyzer.model_sha256 == hashlib.sha256(source.read()).hexdigest()
