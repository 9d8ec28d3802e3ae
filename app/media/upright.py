"""Turning stored pictures upright: phones store portrait clips sideways and say so in a display matrix."""

from __future__ import annotations

import cv2
import numpy as np

_TURNS = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_CLOCKWISE}


def upright(image: np.ndarray, rotation: int) -> np.ndarray:
    """`image` turned `rotation` degrees counter-clockwise (a multiple of 90, as the display matrix says)."""
    turn = _TURNS.get(rotation % 360)
    return cv2.rotate(image, turn) if turn is not None else image
