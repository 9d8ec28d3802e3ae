"""Where a score track peaks: the frames a reviewer jumps between to see where the detectors fire.

Plain Python: the window imports this before the media engine (and numpy) have loaded.
"""

from __future__ import annotations

from statistics import fmean, pstdev

_MIN_GAP = 5  # frames: peaks closer than this are one event


def peak_frames(frames: list[int], values: list[float]) -> list[int]:
    """Frames where the score is a local maximum and stands out (at least one deviation above the mean)."""
    if len(values) < 3:
        return []
    threshold = fmean(values) + pstdev(values)
    lowest = min(values)
    peaks: list[int] = []
    for i, value in enumerate(values):
        before = values[i - 1] if i > 0 else float("-inf")
        after = values[i + 1] if i + 1 < len(values) else float("-inf")
        if value >= before and value > after and value >= threshold and value > lowest:
            if peaks and frames[i] - peaks[-1] < _MIN_GAP:
                continue
            peaks.append(frames[i])
    return peaks


def next_peak(peaks: list[int], position: int, direction: int) -> int | None:
    """The first peak after (direction 1) or before (direction -1) `position`."""
    ahead = [p for p in peaks if (p - position) * direction > 0]
    if not ahead:
        return None
    return min(ahead) if direction > 0 else max(ahead)
