"""Camera-like test pictures and clips, into which tests inject the artifacts a detector should find."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np


def camera_like_frame(seed: int = 1, size: tuple[int, int] = (640, 360), shift: int = 0) -> np.ndarray:
    """Smooth shading and texture with sensor-like noise everywhere, as a camera records; `shift` pans the
    scene right by that many pixels (the noise is new in every frame, as in real footage)."""
    width, height = size
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float64)
    xx -= shift
    scene = np.stack([xx / width * 200 + 30, yy / height * 180 + 40, (xx + yy) / (width + height) * 150 + 50], -1)
    scene += 20 * np.sin(xx / 23.0)[..., None] * np.cos(yy / 31.0)[..., None]
    noise = np.random.default_rng(seed).normal(0, 5, scene.shape)
    return (scene + noise).clip(0, 255).astype(np.uint8)


def write_clip(path: Path, frames: Iterable[np.ndarray], crf: int = 8, pix_fmt: str = "yuv444p") -> Path:
    """Encode RGB frames as H.264 at `crf` (low: the injected artifact survives; 23 and up: as platforms do)."""
    import av

    frames = iter(frames)
    first = next(frames)
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=30, options={"crf": str(crf), "preset": "veryfast"})
        stream.height, stream.width = first.shape[:2]
        stream.pix_fmt = pix_fmt
        for frame in (first, *frames):
            out.mux(stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")))
        out.mux(stream.encode())
    return path


def panning_frames(patch, steady: np.ndarray, redrawn=None, count: int = 6, speed: int = 1, size=(640, 360)):
    """A camera panning `speed` px per frame over a scene with `steady` content added in `patch` (moving with the
    scene); with `redrawn(i)`, the patch gets new content in every frame instead, as generated video draws it."""
    for i in range(count):
        frame = camera_like_frame(seed=i, size=size, shift=i * speed).astype(np.float64)
        frame[patch] += (redrawn(i) if redrawn else np.roll(steady, i * speed, axis=1))[..., None]
        yield frame.clip(0, 255).astype(np.uint8)


def decoded_luma(path: Path) -> np.ndarray:
    """Every frame of a clip as the detectors get it: T x H x W x 1 full-range luma."""
    import av

    with av.open(str(path)) as container:
        return np.stack([frame.to_ndarray(format="gray")[..., None] for frame in container.decode(video=0)])
