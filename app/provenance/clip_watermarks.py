"""Invisible generator watermarks voted over a clip: frames spread evenly from the first to the last, decoded
exactly by the media engine, each adding its blocks to the vote (analyzers.provenance.watermark decodes them).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from analyzers.provenance.watermark import WatermarkFinding, WatermarkVote
from app.media.cache import DEFAULT_BUDGET
from app.media.clip import open_clip
from app.media.errors import Cancelled, FrameUnavailable

DEFAULT_FRAMES = 24

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool] | threading.Event


def read_clip(
    clip_or_path: object,
    frames: int = DEFAULT_FRAMES,
    on_progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    cache_bytes: int = DEFAULT_BUDGET,
) -> WatermarkFinding:
    """Vote the known watermarks over up to `frames` frames spread evenly over a clip (an open `Clip` or a path).

    Reports progress as (frames done, frames to read); raises `Cancelled` when `cancelled` (a callable or an
    Event) says so, and MediaError when the file cannot be opened. A path is opened with a frame cache of
    `cache_bytes` (the --cache-mb of the command line), which bounds its decoded frames like every other reader's."""
    is_cancelled = cancelled.is_set if isinstance(cancelled, threading.Event) else cancelled
    opened = isinstance(clip_or_path, str | Path)
    clip = open_clip(clip_or_path, cache_bytes) if opened else clip_or_path
    try:
        numbers = spread(clip.frame_count, frames)
        vote = WatermarkVote()
        read, unreadable = [], []
        for done, number in enumerate(numbers):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            try:
                vote.add(clip.frame(number, "bgr24").image)
                read.append(number)
            except FrameUnavailable:
                unreadable.append(number)
            if on_progress is not None:
                on_progress(done + 1, len(numbers))
    finally:
        if opened:
            clip.close()
    return vote.finding(tuple(read), tuple(unreadable))


def spread(count: int, most: int) -> list[int]:
    """Up to `most` frame numbers spread evenly from the first frame to the last."""
    if count <= 0 or most <= 0:
        return []
    return sorted({int(n) for n in np.linspace(0, count - 1, min(count, most)).round()})
