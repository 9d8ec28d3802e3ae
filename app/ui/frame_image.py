"""Decoded frames as QImages for the screen: the player's, and the first picture shown while the window starts.

Nothing here loads numpy: the first picture is made before it has loaded (see app.ui.start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage, QTransform

if TYPE_CHECKING:
    import av
    import numpy as np


def wrap_bgra(image: np.ndarray) -> QImage:
    """A QImage over a contiguous BGRA array without copying (the caller keeps the array alive)."""
    height, width = image.shape[:2]
    return QImage(image.data, width, height, image.strides[0], QImage.Format.Format_RGB32)


def wrap_rgb(image: np.ndarray) -> QImage:
    """A QImage copy of an RGB array (rotated arrays may be views with odd strides)."""
    if not image.flags.c_contiguous:
        image = image.copy()
    height, width = image.shape[:2]
    return QImage(image.data, width, height, image.strides[0], QImage.Format.Format_RGB888).copy()


def upright_picture(frame: av.VideoFrame, rotation: int) -> QImage:
    """A decoded frame as a picture of its own, turned `rotation` degrees counter-clockwise (upright)."""
    plane = frame.reformat(format="bgra").planes[0]
    # One copy, straight from FFmpeg's buffer into the picture's own: 5 ms of a 1080p clip's first frame on screen.
    picture = QImage(memoryview(plane), frame.width, frame.height, plane.line_size, QImage.Format.Format_RGB32).copy()
    return picture.transformed(QTransform().rotate(-rotation)) if rotation else picture
