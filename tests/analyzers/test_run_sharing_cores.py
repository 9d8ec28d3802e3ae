"""A whole-clip run scores with at most one detector per core at a time, however many analyzers it has: seven
scoring at once on two cores only evict each other's frames from the caches. Every frame is still scored by all."""

from __future__ import annotations

import os
import threading
import time

import numpy as np

from analyzers.engine import ProviderReport
from analyzers.registry import discover
from analyzers.run import analyze


class _Counting:
    """Stands in for a detector's arithmetic (the scheduling is what is under test): notes how many run at once."""

    report = ProviderReport("CPU", fell_back=False)
    lock = threading.Lock()
    running = 0
    most = 0

    def __init__(self, window: int) -> None:
        self._window = window

    def run(self, frames: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        with _Counting.lock:
            _Counting.running += 1
            _Counting.most = max(_Counting.most, _Counting.running)
        time.sleep(0.01)  # long enough for the other analyzers' threads to try to run beside it
        with _Counting.lock:
            _Counting.running -= 1
        scored = len(frames) - self._window + 1
        return np.zeros((scored, 1, 1), np.float32), frames[self._window - 1 :].mean(axis=(1, 2, 3)) / 255.0


def test_detectors_take_turns_one_per_core_and_every_frame_is_scored():
    analyzers = discover().analyzers
    opened = {a.manifest.id: _Counting(a.manifest.window) for a in analyzers}
    frames = [(n, np.full((64, 96, 3), n, np.uint8)) for n in range(40)]
    tracks = analyze(frames, analyzers, opened=opened)
    assert 1 <= _Counting.most <= (os.cpu_count() or 2) < len(analyzers)
    for track, analyzer in zip(tracks, analyzers, strict=True):
        first = analyzer.manifest.window - 1
        assert not track.problem
        assert track.frames == list(range(first, 40))
        assert track.scores == [n / 255.0 for n in range(first, 40)]
