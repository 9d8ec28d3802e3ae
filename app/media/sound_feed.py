"""Sound for one run of playback: decoded on its own thread from a clip second on, into a short buffer of bytes.

The device side takes bytes from the buffer as the device asks for them; the decoder stays at most `ahead` seconds
in front, so a 10-hour file plays in a few hundred kilobytes.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from app.i18n import translate
from app.media.audio import PLAYBACK_RATE, open_sound
from app.media.errors import Cancelled, MediaError

log = logging.getLogger(__name__)

CHANNELS = 2
SAMPLE_BYTES = 4  # float32
FRAME_BYTES = CHANNELS * SAMPLE_BYTES  # one sample of every channel
BYTES_PER_SECOND = PLAYBACK_RATE * FRAME_BYTES


class SoundFeed:
    """Interleaved float32 stereo at PLAYBACK_RATE from clip second `start` to `end` (None: the sound's end)."""

    def __init__(self, path: Path, origin: float | None, start: float, end: float | None = None, ahead: float = 0.5):
        self.start = start
        self.error = ""  # one line for the reviewer when the sound could not be decoded
        self._limit = max(FRAME_BYTES, round(ahead * PLAYBACK_RATE) * FRAME_BYTES)
        self._buffer = bytearray()
        self._changed = threading.Condition()
        self._decoded_all = False
        self._closed = False
        self._thread = threading.Thread(
            target=self._decode, args=(Path(path), origin, end), name="sound-feed", daemon=True
        )
        self._thread.start()

    def take(self, most: int) -> bytes:
        """Up to `most` bytes (whole samples) decoded so far; never waits."""
        most -= most % FRAME_BYTES
        with self._changed:
            chunk = bytes(self._buffer[:most])
            del self._buffer[:most]
            self._changed.notify()
        return chunk

    @property
    def exhausted(self) -> bool:
        """Everything up to the end was decoded and taken (or decoding failed)."""
        with self._changed:
            return self._decoded_all and not self._buffer

    def close(self) -> None:
        """Stop decoding; the thread ends at its next block without being waited for."""
        with self._changed:
            self._closed = True
            self._buffer.clear()
            self._changed.notify()

    def join(self, timeout: float = 5.0) -> None:
        self._thread.join(timeout)

    def _decode(self, path: Path, origin: float | None, end: float | None) -> None:
        try:
            with open_sound(path, origin) as track:
                for block in track.blocks(self.start, end=end, cancelled=lambda: self._closed):
                    if not self._keep(block.samples.tobytes()):
                        return
        except Cancelled:
            pass
        except MediaError as error:
            self.error = str(error)
        except Exception:  # a feed that dies silently leaves the picture waiting for sound that never comes
            log.exception("sound feed failed on %s", path)
            self.error = translate("Media", "The sound could not be decoded; the details are in the log file.")
        finally:
            with self._changed:
                self._decoded_all = True

    def _keep(self, data: bytes) -> bool:
        """Append `data` once the buffer has room; False when the feed was closed meanwhile."""
        with self._changed:
            while len(self._buffer) >= self._limit and not self._closed:
                self._changed.wait()
            if self._closed:
                return False
            self._buffer += data
            return True
