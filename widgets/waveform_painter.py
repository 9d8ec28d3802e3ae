"""The waveform lane: the sound's peaks painted into a lane of the timeline, one vertical line per pixel column.

Each column covers the frames the timeline maps to it, so the lane follows the timeline's own frame-to-x mapping
(variable frame rate included); the peaks under a column are reduced in one numpy call, and a 10-minute clip
paints in a few milliseconds at any width.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

_FULL_SCALE = 127  # peaks are int8 in 127ths of full scale (app.media.waveform)


def paint_waveform(
    painter: QPainter,
    lane: QRectF,
    peaks: np.ndarray,
    per_second: float,
    x_of_frame: Callable[[int], float],
    seconds_of_frame: Callable[[int], float],
    frame_count: int,
    colour: QColor,
) -> None:
    """Paint `peaks` (buckets x 2 int8: lowest and highest sample, bucket k at clip second k / per_second) into
    `lane`, where frame n of `frame_count` lies at x_of_frame(n) (increasing) and clip second seconds_of_frame(n)."""
    if not len(peaks) or frame_count < 1 or per_second <= 0 or lane.width() < 1:
        return
    spans = _column_buckets(lane, per_second, len(peaks), x_of_frame, seconds_of_frame, frame_count)
    if spans is None:
        return
    columns, starts, ends = spans
    lows = _reduced(np.minimum, peaks[:, 0], starts, ends)
    highs = _reduced(np.maximum, peaks[:, 1], starts, ends)
    middle, half = lane.center().y(), lane.height() / 2 / _FULL_SCALE
    tops = middle - highs * half
    bottoms = np.maximum(middle - lows * half, tops + 1)  # silence still shows as a line
    xs = lane.left() + columns + 0.5
    painter.save()
    painter.setClipRect(lane)
    painter.setPen(QPen(colour, 1))
    painter.drawLines([QLineF(x, top, x, bottom) for x, top, bottom in zip(xs, tops, bottoms, strict=True)])
    painter.restore()


def _column_buckets(
    lane: QRectF,
    per_second: float,
    buckets: int,
    x_of_frame: Callable[[int], float],
    seconds_of_frame: Callable[[int], float],
    frame_count: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(pixel columns that have sound, first bucket of each, bucket after its last), from the frame mapping read at
    two frames a pixel (every frame of a short clip)."""
    width = math.ceil(lane.width())
    samples = np.unique(np.linspace(0, frame_count - 1, min(frame_count, 2 * width + 1)).round().astype(int))
    xs = np.array([x_of_frame(int(n)) for n in samples]) - lane.left()
    seconds = np.array([seconds_of_frame(int(n)) for n in samples])
    if len(samples) > 1:  # the last frame is shown for a frame's time: its column reaches on to its end
        xs = np.append(xs, 2 * xs[-1] - xs[-2])
        seconds = np.append(seconds, 2 * seconds[-1] - seconds[-2])
    edges = np.arange(width + 1, dtype=np.float64)
    inside = (edges[1:] > xs[0]) & (edges[:-1] < xs[-1])
    bucket_edges = np.floor(np.interp(edges, xs, seconds) * per_second).astype(np.int64)
    starts, ends = np.clip(bucket_edges[:-1], 0, buckets), np.clip(bucket_edges[1:], 0, buckets)
    ends = np.maximum(ends, starts + 1)  # a column narrower than a bucket shows the bucket it lies in
    keep = inside & (starts < buckets)
    if not keep.any():
        return None
    return np.flatnonzero(keep).astype(np.float64), starts[keep], np.minimum(ends[keep], buckets)


def _reduced(reduce: np.ufunc, values: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """reduce(values[start:end]) for each span, in one call: reduceat over the starts, each span cut at its end by
    a sentinel index (columns may skip buckets between them when zoomed out, or share one when zoomed in)."""
    indices = np.empty(2 * len(starts), np.int64)
    indices[0::2], indices[1::2] = starts, ends
    padded = np.append(values, values[:1])  # so that an end equal to len(values) is a valid index
    return reduce.reduceat(padded, indices)[0::2].astype(np.float64)
