"""A cache of decoded frames bounded in bytes.

Frames are kept as the decoder made them (planar YUV, half the size of RGB) and converted when shown. Every frame
decoded on the way from a keyframe to a target goes in, in decode order, so stepping backwards and scrubbing
inside a GOP that was just decoded never decodes again. When the budget is spent, the frames used longest ago go
first; the keyframe of the GOP the reviewer is in goes last, since re-reaching it costs a whole seek.

A reader that only goes forward (a whole-clip analysis, `reelcheck frame`) never comes back to most of what it
decoded: it holds the cache to the few frames it will ask for again, and the budget is not spent on the rest.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import av

DEFAULT_BUDGET = 512 * 1024 * 1024


def frame_bytes(frame: av.VideoFrame) -> int:
    return sum(plane.buffer_size for plane in frame.planes)


class FrameCache:
    def __init__(self, budget_bytes: int = DEFAULT_BUDGET) -> None:
        self.budget_bytes = budget_bytes
        self._frames: OrderedDict[int, tuple[av.VideoFrame, int]] = OrderedDict()
        self._bytes = 0
        self._keep: int | None = None
        self._most_frames: int | None = None
        self._lock = threading.Lock()

    @property
    def used_bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._frames)

    def __contains__(self, n: int) -> bool:
        return n in self._frames

    def get(self, n: int) -> av.VideoFrame | None:
        with self._lock:
            entry = self._frames.get(n)
            if entry is None:
                return None
            self._frames.move_to_end(n)
            return entry[0]

    def put(self, n: int, frame: av.VideoFrame) -> None:
        size = frame_bytes(frame)
        if size > self.budget_bytes or self._most_frames == 0:
            return
        with self._lock:
            old = self._frames.pop(n, None)
            if old is not None:
                self._bytes -= old[1]
            self._frames[n] = (frame, size)
            self._bytes += size
            self._evict()

    def latest_between(self, first: int, last: int) -> int | None:
        """The highest cached frame number from `first` to `last`, if any."""
        with self._lock:
            return max((n for n in self._frames if first <= n <= last), default=None)

    def keep(self, keyframe: int | None) -> None:
        """Keep this keyframe until nothing else is left to evict."""
        self._keep = keyframe

    def hold_at_most(self, frames: int) -> None:
        """Keep no more than `frames` frames (those used last), whatever the budget would take; 0 keeps none."""
        with self._lock:
            self._most_frames = frames
            self._evict()

    def cached(self) -> list[int]:
        with self._lock:
            return sorted(self._frames)

    def clear(self) -> None:
        with self._lock:
            self._frames.clear()
            self._bytes = 0

    def _evict(self) -> None:
        while self._frames and self._over():
            victim = next(iter(self._frames))
            # A reader held to a few frames goes only forward: it never comes back to the keyframe.
            if victim == self._keep and len(self._frames) > 1 and self._most_frames is None:
                self._frames.move_to_end(victim)
                victim = next(iter(self._frames))
            _, size = self._frames.pop(victim)
            self._bytes -= size

    def _over(self) -> bool:
        too_many = self._most_frames is not None and len(self._frames) > self._most_frames
        return too_many or self._bytes > self.budget_bytes
