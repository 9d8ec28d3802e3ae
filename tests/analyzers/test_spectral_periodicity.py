"""The spectral periodicity detector on real H.264: a generator's upsampling grid lights up where it is, and the
codec's own block grid does not (ONNX sessions on the CPU, clips encoded and decoded with PyAV)."""

from __future__ import annotations

import av
import numpy as np
import pytest

from analyzers.engine import ModelSession
from analyzers.registry import discover
from bench.codec_grid import upsampling_grid
from tests.artifacts import camera_like_frame, write_clip

REGION = np.s_[96:224, 320:480]  # blocks 6-13 down, 20-29 across of a 640x360 frame
FRAMES = 3


@pytest.fixture(scope="module")
def session() -> ModelSession:
    return ModelSession(discover().get("spectral_periodicity").manifest, provider="cpu")


def _decoded(path, frames, crf) -> np.ndarray:
    write_clip(path, frames, crf=crf, pix_fmt="yuv420p")
    with av.open(str(path)) as container:
        return np.stack([frame.to_ndarray(format="gray")[..., None] for frame in container.decode(video=0)])


def _camera_frames() -> list[np.ndarray]:
    return [camera_like_frame(seed=i) for i in range(FRAMES)]


@pytest.fixture(scope="module")
def upsampled(tmp_path_factory, session) -> tuple[np.ndarray, np.ndarray]:
    """Heatmaps and scores of camera-like frames whose REGION a decoder drew at half size and enlarged with a
    transposed convolution, encoded at CRF 12."""
    frames = _camera_frames()
    for frame in frames:
        frame[REGION] = upsampling_grid(frame[REGION], 2)
    return session.run(_decoded(tmp_path_factory.mktemp("periodic") / "grid.mp4", frames, crf=12))


def test_spectral_periodicity_lights_up_an_upsampled_region(upsampled, session, tmp_path):
    heatmaps, scores = upsampled
    assert heatmaps.shape == (FRAMES, 22, 40)
    region, elsewhere = heatmaps[:, 6:14, 20:30], np.delete(heatmaps, np.s_[5:15], axis=1)
    assert region.mean() > 0.7 and elsewhere.max() < 0.2
    _, clean_scores = session.run(_decoded(tmp_path / "clean.mp4", _camera_frames(), crf=12))
    assert (scores > clean_scores + 0.05).all(), (scores, clean_scores)


@pytest.mark.parametrize("crf", [23, 28])
def test_spectral_periodicity_is_not_fooled_by_the_codec_grid(upsampled, session, tmp_path, crf):
    _, grid_scores = upsampled
    heatmaps, scores = session.run(_decoded(tmp_path / "clean.mp4", _camera_frames(), crf=crf))
    assert scores.max() < 0.02 and scores.max() < grid_scores.min() / 4, (scores, grid_scores)
    assert heatmaps.max() < 0.5
