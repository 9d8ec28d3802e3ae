"""Which clip second is being heard: the sound leads playback, and the picture follows this reading.

A run of sound is written to the device from clip second `start` on. The device counts every byte it has taken
since it was opened; the run's own bytes begin at `first_byte` (earlier ones are what a pause left in the device's
buffer, played out first). The count moves in steps of 10-20 ms, so between steps the wall clock carries the
reading on, never by more than one step's worth, and the reading never goes back.

The reading gives up (None) when the device has played all of the run, or does not take its first byte in time,
or stalls: the picture then goes on on the wall clock from the last reading (and the sound stops: late sound is
worse than none in a tool that checks sync).
"""

from __future__ import annotations

CARRY_LIMIT = 0.02  # seconds the wall clock may carry a reading past the device's last step (steps come every ~10 ms)
PATIENCE = 0.3  # seconds the picture waits on a device that takes nothing


class HeardClock:
    def __init__(
        self, start: float, first_byte: int, bytes_per_second: int, now: float, first_patience: float = PATIENCE
    ) -> None:
        """`first_patience`: how long to wait for the run's first byte to be played (longer for a device that is
        still starting)."""
        self.start = start
        self.lost = False  # the device let the picture down this run: the wall clock leads from here on
        self._first_byte = first_byte
        self._bytes_per_second = bytes_per_second
        self._first_patience = first_patience
        self._played = first_byte
        self._stepped = now  # when the device's count last moved (or the run began)
        self._last = start

    def device_seconds(self, played_bytes: int) -> float:
        """Clip seconds from the device's count alone: the run's start until its first byte is played."""
        return self.start + max(0, played_bytes - self._first_byte) / self._bytes_per_second

    def reading(self, played_bytes: int, ended: bool, now: float) -> float | None:
        """Clip seconds being heard now, given the device's byte count; `ended`: no more sound will come."""
        if self.lost or ended:
            return None
        if played_bytes != self._played:
            self._played, self._stepped = played_bytes, now
        elif now - self._stepped > (self._first_patience if played_bytes <= self._first_byte else PATIENCE):
            self.lost = True
            return None
        if played_bytes <= self._first_byte:
            return self.start  # the picture holds on the first frame until the run's sound is heard
        seconds = self.device_seconds(played_bytes) + min(now - self._stepped, CARRY_LIMIT)
        self._last = max(self._last, seconds)
        return self._last
