"""Where a score track peaks: the frames a reviewer jumps between to see where the detectors fire."""

from __future__ import annotations

import numpy as np

_MIN_GAP = 5  # frames: peaks closer than this are one event


def peak_frames(frames: list[int], values: list[float]) -> list[int]:
    """Frames where the score is a local maximum and stands out (at least one deviation above the mean)."""
    if len(values) < 3:
        return []
    scores = np.asarray(values, dtype=float)
    threshold = scores.mean() + scores.std()
    padded = np.concatenate(([-np.inf], scores, [-np.inf]))
    is_peak = (scores >= padded[:-2]) & (scores > padded[2:]) & (scores >= threshold) & (scores > scores.min())
    peaks: list[int] = []
    for i in np.flatnonzero(is_peak):
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
