"""The learned residual cue: the shipped ONNX graph computes exactly the network written in numpy from the shipped
weights (reduction, residual, convolutions, judged blocks), in a real ONNX Runtime session."""

from __future__ import annotations

import numpy as np
import pytest

from analyzers.engine import open_detector
from analyzers.graphs.learned_residual import load_weights, reference
from analyzers.registry import discover


@pytest.fixture(scope="module")
def detector():
    return open_detector(discover().get("learned_residual").manifest, "cpu")


def _at_analysis_size(frames: np.ndarray, factor: int) -> np.ndarray:
    t, h, w, _ = frames.shape
    h, w = h // (16 * factor) * 16 * factor, w // (16 * factor) * 16 * factor
    cropped = frames[:, :h, :w].astype(np.float64) / 255.0
    return cropped.reshape(t, h // factor, factor, w // factor, factor, 3).mean((2, 4))


# f = 1, 2 and 8 each take their own pooling branch in the graph; f = 16 (a 7700 px wide frame) the reshaped mean
@pytest.mark.parametrize("size, factor", [((120, 200), 1), ((540, 1920), 2), ((128, 7680), 8), ((256, 7700), 16)])
def test_the_graph_is_the_network_in_numpy(detector, size, factor):
    rng = np.random.default_rng(5)
    frames = rng.integers(0, 256, size=(2, *size, 3), dtype=np.uint8)
    frames[0, : 48 * factor, : 64 * factor] = 0  # a black corner of 3 x 4 blocks: those are not judged
    frames[1] = np.clip(frames[1].astype(int) // 4 + 100, 0, 255)  # a smoother, duller frame

    heatmap, scores = detector.run(frames)

    expected_heatmap, expected_scores = reference(_at_analysis_size(frames, factor), load_weights())
    assert heatmap.shape == expected_heatmap.shape
    np.testing.assert_allclose(heatmap, expected_heatmap, atol=2e-5)
    np.testing.assert_allclose(scores, expected_scores, atol=2e-5)
    assert np.all(heatmap[0, :3, :4] == 0.0)  # the black corner stays unjudged
