"""Decoded frames as QImages for the screen: the player and the picture shown while the window is still starting."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def wrap_bgra(image: np.ndarray) -> QImage:
    """A QImage over a contiguous BGRA array without copying (the caller keeps the array alive)."""
    height, width = image.shape[:2]
    return QImage(image.data, width, height, image.strides[0], QImage.Format.Format_RGB32)


def wrap_rgb(image: np.ndarray) -> QImage:
    """A QImage copy of an RGB array (rotated arrays may be views with odd strides)."""
    image = np.ascontiguousarray(image)
    height, width = image.shape[:2]
    return QImage(image.data, width, height, image.strides[0], QImage.Format.Format_RGB888).copy()
