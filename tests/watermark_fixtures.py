"""Pictures and clips carrying the dwtDct watermark, made by the tests' own embedder (the published steps, rewritten).

Embedding: U plane of YUV, one-level Haar transform, each 4 x 4 block of the approximation band gets its largest
non-DC value moved to a quarter (bit 0) or three quarters (bit 1) of its step-36 cell, sign kept; then back.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

from analyzers.provenance.watermark import BLOCK, STEP


def embed(bgr: np.ndarray, bits: tuple[int, ...] | list[int]) -> np.ndarray:
    """`bgr` (uint8) with `bits` embedded, block k carrying bit k modulo the message length."""
    height, width = bgr.shape[0] // 4 * 4, bgr.shape[1] // 4 * 4
    yuv = cv2.cvtColor(bgr, cv2.COLOR_BGR2YUV)
    u = yuv[:height, :width, 1].astype(np.float64)
    a, b, c, d = u[0::2, 0::2], u[0::2, 1::2], u[1::2, 0::2], u[1::2, 1::2]
    approx = (a + b + c + d) / 2
    rows_diff, cols_diff, diag = (a + b - c - d) / 2, (a - b + c - d) / 2, (a - b - c + d) / 2
    rows, cols = approx.shape[0] // BLOCK, approx.shape[1] // BLOCK
    view = approx[: rows * BLOCK, : cols * BLOCK].reshape(rows, BLOCK, cols, BLOCK).transpose(0, 2, 1, 3)
    blocks = view.reshape(rows * cols, BLOCK * BLOCK).copy()
    message = np.array(bits, np.float64)
    wanted = message[np.arange(len(blocks)) % len(message)]
    where = np.argmax(np.abs(blocks[:, 1:]), axis=1) + 1
    value = blocks[np.arange(len(blocks)), where]
    blocks[np.arange(len(blocks)), where] = (
        np.sign(value + (value == 0)) * (np.floor(np.abs(value) / STEP) + 0.25 + 0.5 * wanted) * STEP
    )
    view[...] = blocks.reshape(rows, cols, BLOCK, BLOCK)
    # The package puts the two one-direction detail bands back in each other's place; that is the same as
    # swapping the top-right and bottom-left pixel of every 2 x 2 cell. Done here too, to mark as it marks.
    out = np.empty_like(u)
    out[0::2, 0::2] = (approx + rows_diff + cols_diff + diag) / 2
    out[0::2, 1::2] = (approx + rows_diff - cols_diff - diag) / 2
    out[1::2, 0::2] = (approx - rows_diff + cols_diff - diag) / 2
    out[1::2, 1::2] = (approx - rows_diff - cols_diff + diag) / 2
    out[0::2, 1::2], out[1::2, 0::2] = out[1::2, 0::2].copy(), out[0::2, 1::2].copy()
    # Written back into 8-bit YUV as the package does (dropping the fraction), clipped where it would wrap.
    yuv[:height, :width, 1] = np.clip(np.floor(out), 0, 255).astype(np.uint8)
    return cv2.cvtColor(yuv, cv2.COLOR_YUV2BGR)


def texture(width: int, height: int, seed: int = 0) -> np.ndarray:
    """A colourful, natural-looking BGR picture: blurred noise at a few scales, with soft edges."""
    rng = np.random.default_rng(seed)
    picture = np.zeros((height, width, 3), np.float32)
    for sigma, weight in ((24, 60.0), (6, 30.0), (1.5, 12.0)):
        noise = rng.standard_normal((height, width, 3)).astype(np.float32)
        layer = cv2.GaussianBlur(noise, (0, 0), sigma)
        picture += weight * layer / max(1e-6, float(layer.std()))
    return np.clip(picture + 128, 0, 255).astype(np.uint8)


def moving_frames(width: int, height: int, count: int, seed: int = 0) -> list[np.ndarray]:
    """`count` BGR frames panning slowly across a larger texture, so an encoder predicts real motion."""
    scene = texture(width + 2 * count + 8, height + count + 8, seed)
    return [scene[i : i + height, 2 * i : 2 * i + width].copy() for i in range(count)]


def write_h264(path: Path, frames: list[np.ndarray], crf: int, fps: int = 24) -> Path:
    """BGR frames to an H.264 (libx264, yuv420p) MP4 at constant rate factor `crf`."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height = frames[0].shape[1], frames[0].shape[0]
        stream.pix_fmt = "yuv420p"
        stream.time_base = Fraction(1, fps)
        stream.options = {"crf": str(crf), "preset": "veryfast", "g": "12"}
        for number, image in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(image, format="bgr24")
            frame.pts = number
            container.mux(stream.encode(frame))
        container.mux(stream.encode())
    return path
