"""Frames in the colour order each analyzer asks for, each conversion made once per frame.

The built-in detectors all look at luma, so they ask for `gray` (one full-range channel): a decoder gives it
without an RGB conversion, and a GPU gets a third of the bytes. Analyzers from plugins may ask for rgb or bgr.
"""

from __future__ import annotations

from collections.abc import Iterable

import cv2
import numpy as np

_FROM = {  # (have, want) -> OpenCV conversion
    ("rgb", "gray"): cv2.COLOR_RGB2GRAY,
    ("bgr", "gray"): cv2.COLOR_BGR2GRAY,
    ("bgra", "gray"): cv2.COLOR_BGRA2GRAY,
    ("rgb", "bgr"): cv2.COLOR_RGB2BGR,
    ("bgr", "rgb"): cv2.COLOR_BGR2RGB,
    ("bgra", "rgb"): cv2.COLOR_BGRA2RGB,
    ("bgra", "bgr"): cv2.COLOR_BGRA2BGR,
    ("gray", "rgb"): cv2.COLOR_GRAY2RGB,
    ("gray", "bgr"): cv2.COLOR_GRAY2BGR,
}


class Picture:
    """One frame; `pixels(order)` gives it as H x W x C uint8 (C = 1 for gray, 3 for rgb and bgr)."""

    def __init__(self, pixels: np.ndarray, order: str) -> None:
        self._orders = {order: pixels}

    @classmethod
    def of(cls, by_order: dict[str, np.ndarray]) -> Picture:
        """One frame already in several colour orders (each made from the decoded frame, not from each other)."""
        (order, pixels), *others = by_order.items()
        picture = cls(pixels, order)
        picture._orders.update(others)
        return picture

    @property
    def size(self) -> tuple[int, int]:
        """(height, width)"""
        return next(iter(self._orders.values())).shape[:2]

    @property
    def nbytes(self) -> int:
        """The memory this frame holds, in every colour order made so far."""
        return sum(pixels.nbytes for pixels in self._orders.values())

    def pixels(self, order: str) -> np.ndarray:
        if order not in self._orders:
            have, source = next(iter(self._orders.items()))
            converted = cv2.cvtColor(source, _FROM[have, order])
            self._orders[order] = converted[..., None] if converted.ndim == 2 else converted
        picture = self._orders[order]
        return picture[..., None] if picture.ndim == 2 else picture


def stack(frames: Iterable[np.ndarray | Picture], order: str, given: str = "rgb") -> np.ndarray:
    """Frames (Pictures, or arrays in the `given` order) as one T x H x W x C batch in `order`. A single frame is
    not copied (a 4K frame is 25 MB in RGB, and seven analyzers each take it)."""
    images = [as_picture(frame, given).pixels(order) for frame in frames]
    return images[0][None] if len(images) == 1 else np.stack(images)


def as_picture(frame: np.ndarray | Picture, given: str = "rgb") -> Picture:
    """A Picture of `frame`; an array with one channel (or none) is luma, whatever `given` says."""
    if isinstance(frame, Picture):
        return frame
    return Picture(frame, "gray" if frame.ndim == 2 or frame.shape[-1] == 1 else given)
