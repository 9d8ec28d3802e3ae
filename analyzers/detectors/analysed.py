"""Frames as the Python detectors analyse them: luma at the analysis size, cut to whole heatmap cells."""

from __future__ import annotations

import cv2
import numpy as np

from analyzers.manifest import InputSpec


def analysed_luma(luma: np.ndarray, spec: InputSpec, block: int) -> np.ndarray:
    """H x W x 1 luma reduced like the graphs reduce it (averaging f x f pixels), cropped to whole `block`-pixel
    cells from the top left, as the heatmap cells lie."""
    gray = luma[..., 0]
    factor = spec.reduction(gray.shape[1])
    cell = factor * block
    height, width = gray.shape[0] // cell * cell, gray.shape[1] // cell * cell
    gray = gray[:height, :width]
    if factor > 1:
        gray = cv2.resize(gray, (width // factor, height // factor), interpolation=cv2.INTER_AREA)
    # Cropping a width that is not a whole number of cells leaves rows apart in memory; OpenCV's flow and
    # morphology want rows that follow one another.
    return np.ascontiguousarray(gray)
