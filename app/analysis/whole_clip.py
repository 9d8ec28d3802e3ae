"""A whole clip scored by detectors, every Nth frame: what `reelcheck analyze`, the demo case and the queue's batch
analysis record as a clip's runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def score_clip(
    path: Path,
    chosen: list,
    provider: str,
    stride: int,
    cache_mb: int,
    progress: Callable[[int, int | None], None] | None,
    damaged: Callable[[Exception], None],
    *,
    cancelled: Callable[[], bool] | None = None,
    opened: dict | None = None,
) -> tuple[list, int, int]:
    """Every analyzer in `chosen` over the clip at `path`: (tracks, frames in the clip, frames analysed).
    `opened` holds detectors already loaded (a batch opens them once). Raises MediaError when the clip cannot be
    opened, AnalysisCancelled when `cancelled` says so.

    `cache_mb` bounds the frames decoded ahead of the detectors; the frame cache keeps none, since the analysis
    reads each frame once, in order (at 4K it would hold 20 frames of 25 MB that nothing asks for again)."""
    from analyzers.run import analyze, frames_needed
    from app.analysis.frames import pictures
    from app.media.clip import open_clip

    clip = open_clip(path, cache_bytes=cache_mb << 20)
    clip.cache.hold_at_most(0)
    try:
        needed = frames_needed(chosen, stride)
        numbers = [n for n in range(clip.frame_count) if needed(n)]
        frames = pictures(clip, numbers, chosen, damaged)
        tracks = analyze(
            frames,
            chosen,
            provider,
            len(numbers),
            progress,
            cancelled,
            stride=stride,
            opened=opened,
            ahead_bytes=cache_mb << 20,
        )
    finally:
        clip.close()
    return tracks, clip.frame_count, len(numbers)
