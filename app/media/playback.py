"""The playback clock: which frame is due now, from the clip's own timestamps (variable rates included).

Playback follows the clock, never the decoder: when a frame is not ready in time it is skipped and counted as
dropped, so the picture never drifts behind the sound or the wall clock. While sound plays, the clock is the sound
being heard; without one (no sound, another speed, no device) it is the wall clock, which also carries on from the
last sound heard when the sound stops leading.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from app.media.index import FrameIndex

SHUTTLE_SPEEDS = (1.0, 2.0, 4.0, 8.0)


class PlaybackClock:
    def __init__(
        self,
        index: FrameIndex,
        start: int,
        speed: float = 1.0,
        now: float | None = None,
        heard: Callable[[], float | None] | None = None,
    ) -> None:
        """`heard`: the clip seconds being heard now, or None while no sound leads."""
        self._index = index
        self._start_seconds = index.seconds(start)
        self._started = time.perf_counter() if now is None else now
        self._heard = heard
        self.speed = speed
        self.last_shown = start
        self.dropped = 0

    @property
    def direction(self) -> int:
        return 1 if self.speed > 0 else -1

    def seconds(self, now: float | None = None) -> float:
        """The clip second due now."""
        now = time.perf_counter() if now is None else now
        heard = self._heard() if self._heard is not None else None
        if heard is not None:
            self._start_seconds, self._started = heard, now  # the wall clock goes on from here if the sound stops
            return heard
        return self._start_seconds + (now - self._started) * self.speed

    def due(self, now: float | None = None) -> int:
        return self._index.frame_at(self.seconds(now))

    def finished(self, due: int) -> bool:
        return (self.speed > 0 and due >= self._index.count - 1) or (self.speed < 0 and due <= 0)

    def shown(self, n: int) -> None:
        """Record that frame n reached the screen; frames skipped over since the last one count as dropped."""
        skipped = abs(n - self.last_shown) - 1
        if skipped > 0 and abs(self.speed) <= 1.0:
            self.dropped += skipped
        self.last_shown = n


def next_shuttle_speed(current: float, direction: int) -> float:
    """J/L shuttle: pressing the same direction again goes faster; the other direction starts at 1x that way."""
    if current == 0 or (current > 0) != (direction > 0):
        return float(direction)
    faster = [s for s in SHUTTLE_SPEEDS if s > abs(current)]
    return direction * (faster[0] if faster else SHUTTLE_SPEEDS[-1])
