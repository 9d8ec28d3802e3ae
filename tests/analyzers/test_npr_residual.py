"""The pixel-pair (NPR-style) residual detector on real ONNX sessions and real H.264: a region enlarged by 2 is
found after encoding, and clean camera-like clips at platform CRFs (4:2:0) are not taken for enlarged ones."""

from __future__ import annotations

import av
import cv2
import numpy as np
import pytest

from analyzers.engine import ModelSession
from analyzers.graphs.npr_residual import reference
from analyzers.pictures import stack
from analyzers.registry import discover
from tests.artifacts import camera_like_frame, write_clip

REGION = (slice(96, 224), slice(320, 480))  # blocks 6-13 down, 20-29 across
INSIDE = np.zeros((22, 40), bool)
INSIDE[6:14, 20:30] = True


@pytest.fixture(scope="module")
def session():
    return ModelSession(discover().get("npr_residual").manifest, provider="cpu")


def textured_frame(seed: int) -> np.ndarray:
    """A camera-like frame with detail at every scale (1/f texture, as in real scenes) and sensor noise."""
    rng = np.random.default_rng(50 + seed)
    fy, fx = np.fft.fftfreq(360)[:, None], np.fft.rfftfreq(640)[None, :]
    falloff = np.hypot(fx, fy)
    falloff[0, 0] = 1.0
    spectrum = (rng.normal(size=(3, *falloff.shape)) + 1j * rng.normal(size=(3, *falloff.shape))) / falloff
    texture = np.fft.irfft2(spectrum, s=(360, 640), axes=(1, 2))
    texture = np.moveaxis(texture / texture.std(), 0, -1)
    picture = 128 + 20 * texture + 40 * texture.mean(-1, keepdims=True) + rng.normal(0, 3, texture.shape)
    return picture.clip(0, 255).astype(np.uint8)


def transposed_conv_2x(small: np.ndarray) -> np.ndarray:
    """Stride-2 transposed convolution with an uneven 4-tap kernel per axis (each output phase sums to 1)."""
    kernel = (0.35, 0.8, 0.65, 0.2)
    out = small.astype(np.float32)
    for axis in (0, 1):
        x = np.moveaxis(out, axis, 0)
        padded = np.concatenate([x[:1], x, x[-1:]])
        doubled = np.empty((2 * len(x), *x.shape[1:]), np.float32)
        doubled[0::2] = kernel[1] * padded[1:-1] + kernel[3] * padded[:-2]
        doubled[1::2] = kernel[2] * padded[1:-1] + kernel[0] * padded[2:]
        out = np.moveaxis(doubled, 0, axis)
    return out


def enlarge_region(frame: np.ndarray, how: str) -> np.ndarray:
    """The region halved (area mean) and enlarged by 2 again, as a generator's last upsampling leaves it."""
    frame = frame.copy()
    region = frame[REGION].astype(np.float32)
    height, width = region.shape[:2]
    small = cv2.resize(region, (width // 2, height // 2), interpolation=cv2.INTER_AREA)
    if how == "transposed_conv":
        enlarged = transposed_conv_2x(small)
    else:
        interpolation = {"nearest": cv2.INTER_NEAREST, "bilinear": cv2.INTER_LINEAR}[how]
        enlarged = cv2.resize(small, (width, height), interpolation=interpolation)
    frame[REGION] = enlarged.round().clip(0, 255).astype(np.uint8)
    return frame


def through_h264(tmp_path, frames: list[np.ndarray], crf: int) -> np.ndarray:
    path = write_clip(tmp_path / f"clip_{crf}_{len(list(tmp_path.iterdir()))}.mp4", frames, crf, "yuv420p")
    with av.open(str(path)) as container:
        return np.stack([frame.to_ndarray(format="gray")[..., None] for frame in container.decode(video=0)])


def test_graph_matches_its_numpy_description(session):
    frames = stack(textured_frame(0)[None, :352], "gray")
    luma = frames[..., 0].astype(np.float32) / 255.0
    heatmaps, scores = session.run(frames)
    expected = reference(luma)
    assert heatmaps.shape == (1, 22, 40)
    np.testing.assert_allclose(heatmaps, expected, atol=1e-4)
    np.testing.assert_allclose(scores, expected.mean((1, 2)), atol=1e-5)


def test_nearest_enlarged_region_in_camera_like_frames_is_found_after_h264(session, tmp_path):
    clean = [camera_like_frame(seed=i) for i in range(3)]
    injected = [enlarge_region(frame, "nearest") for frame in clean]
    heat, scores = session.run(through_h264(tmp_path, injected, crf=8))
    _, clean_scores = session.run(through_h264(tmp_path, clean, crf=8))
    peak = np.unravel_index(heat.mean(0).argmax(), INSIDE.shape)
    assert INSIDE[peak]
    assert heat[:, INSIDE].mean() > 0.2 and heat[:, ~INSIDE].max() < 0.1
    assert scores.min() > clean_scores.max() + 0.01


@pytest.mark.parametrize("how", ["nearest", "bilinear", "transposed_conv"])
def test_enlarged_region_in_textured_frames_is_found_after_h264(session, tmp_path, how):
    clean = [textured_frame(seed=i) for i in range(2)]
    heat, scores = session.run(through_h264(tmp_path, [enlarge_region(f, how) for f in clean], crf=18))
    _, clean_scores = session.run(through_h264(tmp_path, clean, crf=18))
    peak = np.unravel_index(heat.mean(0).argmax(), INSIDE.shape)
    assert INSIDE[peak]
    assert heat[:, INSIDE].mean() > 2 * heat[:, ~INSIDE].mean() + 0.02
    assert scores.min() > clean_scores.max() + 0.002


def test_codec_grid_of_clean_clips_at_platform_crfs_does_not_look_enlarged(session, tmp_path):
    camera = [camera_like_frame(seed=i) for i in range(3)]
    textured = [textured_frame(seed=i) for i in range(2)]
    _, injected = session.run(through_h264(tmp_path, [enlarge_region(f, "bilinear") for f in textured], crf=18))
    for crf in (23, 28):
        for frames in (camera, textured):
            heat, scores = session.run(through_h264(tmp_path, frames, crf))
            assert scores.max() < 0.002 and scores.max() < injected.min() / 4, (crf, scores)
            assert heat.max() < 0.5
