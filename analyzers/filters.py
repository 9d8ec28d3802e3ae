"""Forensic filters for the eye: views of a frame that make edits and generated textures easier to see.

They are not scores and say nothing by themselves; the reviewer looks. Each takes and returns a BGR uint8 frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True)
class ForensicFilter:
    id: str
    name: str
    shows: str  # what to look for, in one sentence
    apply: Callable[[np.ndarray], np.ndarray]


def _amplify(difference: np.ndarray, gain: float) -> np.ndarray:
    return np.clip(difference.astype(np.float32) * gain, 0, 255).astype(np.uint8)


def error_level(bgr: np.ndarray, quality: int = 90, gain: float = 12.0) -> np.ndarray:
    """How much each pixel changes when the frame is saved once more as JPEG at `quality`."""
    ok, encoded = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        return np.zeros_like(bgr)
    return _amplify(cv2.absdiff(bgr, cv2.imdecode(encoded, cv2.IMREAD_COLOR)), gain)


def noise_residual(bgr: np.ndarray, gain: float = 20.0) -> np.ndarray:
    """The frame minus a 3x3 median of itself: sensor noise and fine texture, without the picture."""
    return _amplify(cv2.absdiff(bgr, cv2.medianBlur(bgr, 3)), gain)


def high_pass(bgr: np.ndarray, gain: float = 4.0) -> np.ndarray:
    """Edges and fine detail: the magnitude of a Laplacian of the luma."""
    luma = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    edges = np.abs(cv2.Laplacian(luma, cv2.CV_16S, ksize=3))
    return cv2.cvtColor(_amplify(edges, gain / 4), cv2.COLOR_GRAY2BGR)


def _channel(index: int) -> Callable[[np.ndarray], np.ndarray]:
    def channel(bgr: np.ndarray) -> np.ndarray:
        return cv2.cvtColor(np.ascontiguousarray(bgr[..., index]), cv2.COLOR_GRAY2BGR)

    return channel


def _luma(bgr: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)


FILTERS: tuple[ForensicFilter, ...] = (
    ForensicFilter("ela", "Error level analysis", "Regions saved or pasted at another quality stand out.", error_level),
    ForensicFilter(
        "noise", "Noise residual", "Patches without the sensor noise of the rest look dark.", noise_residual
    ),
    ForensicFilter("high_pass", "High-pass", "Edges and texture; smeared or repeated textures show.", high_pass),
    ForensicFilter("luma", "Luma", "Brightness only, without colour.", _luma),
    ForensicFilter("red", "Red channel", "The red channel alone.", _channel(2)),
    ForensicFilter("green", "Green channel", "The green channel alone.", _channel(1)),
    ForensicFilter("blue", "Blue channel", "The blue channel alone.", _channel(0)),
)
