"""The frame reader: one background thread that decodes what the player asks for.

The newest request wins: a request that arrives while another waits replaces it, so dragging the playhead never
builds a backlog. While dragging, a picture of the clip's preview track near the playhead stands in at once (the
player shows it), and the reader only sends a decoded frame that is nearer to the playhead than that picture.
Between requests the reader decodes ahead of the playhead (in the playing direction) and keeps those frames
converted for the screen, so playback only has to pick them up.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import av

from app.i18n import translate
from app.media.clip import Clip, Frame
from app.media.errors import FrameUnavailable
from app.media.preview_track import PreviewPicture, PreviewTrack

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    number: int
    preview: bool = False  # while dragging: a stand-in will do if the exact frame is not in the cache


OnFrame = Callable[[Frame, Request], None]
OnError = Callable[[int, str], None]


class FrameReader:
    def __init__(
        self, clip: Clip, on_frame: OnFrame, on_error: OnError, pixel_format: str = "bgra", ahead: int = 12
    ) -> None:
        self.clip = clip
        self._on_frame = on_frame
        self._on_error = on_error
        self._format = pixel_format
        # Frames converted ahead for playback live outside the frame cache: together they take at most a quarter
        # of it, so a clip of huge pictures plays with a shorter run-up instead of filling the memory.
        converted = clip.facts.width * clip.facts.height * av.VideoFormat(pixel_format).padded_bits_per_pixel // 8
        self._ahead = max(1, min(ahead, clip.cache.budget_bytes // 4 // max(1, converted)))
        self._wake = threading.Condition()
        self._pending: Request | None = None
        self._focus = 0
        self._shown = 0  # while playing: the last frame taken for the screen
        self._direction = 0  # +1 or -1 while playing, 0 when paused
        self._ready: dict[int, Frame] = {}
        self._attempted: set[int] = set()  # frames decode-ahead tried already, for this request or playback
        self._guess_ahead = True
        self._stopped = False
        self._close_clip = False
        self.previews: PreviewTrack | None = None  # set from another thread once the clip's track exists
        self._thread = threading.Thread(target=self._run, name="frame-reader", daemon=True)
        self._thread.start()

    def request(self, number: int, preview: bool = False) -> None:
        with self._wake:
            self._pending = Request(number, preview)
            self._focus = number
            self._attempted.clear()
            # While dragging, guessing the next frame would only compete with the next drag position.
            self._guess_ahead = not preview
            self._wake.notify()

    def use_previews(self, track: PreviewTrack) -> None:
        """Stand in with `track`'s pictures while dragging, from now on (the track may still be filling)."""
        self.previews = track

    def preview_for(self, n: int) -> PreviewPicture | None:
        """The preview picture to show for frame n while dragging, or None: none is near n, or a frame decoded
        already is as near (a frame the cache holds costs nothing, and it is full size)."""
        picture = self.previews.nearest(n) if self.previews is not None else None
        if picture is None:
            return None
        decoded = self.clip.nearest_decoded(n)
        return None if decoded is not None and n - decoded <= abs(picture.number - n) else picture

    def play(self, start: int, direction: int) -> None:
        with self._wake:
            self._focus, self._direction, self._shown = start, direction, start
            self._ready.clear()
            self._attempted.clear()
            self._wake.notify()

    def pause(self) -> None:
        with self._wake:
            self._direction = 0
            self._ready.clear()

    def take(self, due: int) -> Frame | None:
        """The newest frame ready at or before the `due` one, in the playing direction; older ones are dropped."""
        with self._wake:
            passed = [n for n in self._ready if (due - n) * self._direction >= 0]
            newest = max(passed, key=lambda n: n * self._direction, default=None)
            frame = self._ready.get(newest) if newest is not None else None
            for n in passed:
                del self._ready[n]
            if newest is not None:
                self._shown = newest
            # The reader works from the due frame on; when that one is not ready yet it is the next to prepare.
            self._focus = due if newest == due else due - self._direction
            self._wake.notify()
            return frame

    def close(self) -> None:
        """Stop and wait for the thread; the clip stays open."""
        with self._wake:
            self._stopped = True
            self._wake.notify()
        self._thread.join(timeout=5)

    def close_with_clip(self) -> None:
        """Stop without waiting: the thread closes the clip itself once the frame it may be decoding is done.

        The GUI thread calls this, and a long GOP can take a second to decode.
        """
        with self._wake:
            self._stopped = self._close_clip = True
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._stopped and self._pending is None and self._next_ahead() is None:
                    self._wake.wait()
                if self._stopped:
                    if self._close_clip:
                        self.clip.close()
                    return
                request, self._pending = self._pending, None
                ahead = self._next_ahead() if request is None else None
            number = request.number if request is not None else ahead
            try:
                if request is not None:
                    self._serve(request)
                elif ahead is not None:
                    self._decode_ahead(ahead)
            except Exception as error:  # a reader that dies leaves the player frozen: report, log, keep serving
                if ahead is not None:
                    self._attempted.add(ahead)  # a frame that failed is not tried again and again
                if isinstance(error, FrameUnavailable):
                    self._report(number, str(error))
                else:
                    log.exception("frame reader failed on frame %s", number)
                    words = translate("Media", "Frame {number} could not be read; the details are in the log file.")
                    self._report(number, words.format(number=number))

    def _report(self, number: int, reason: str) -> None:
        try:
            self._on_error(number, reason)
        except Exception:  # the listener may be gone (the window closing): the thread must still end cleanly
            log.exception("could not report a failed frame")

    def _serve(self, request: Request) -> None:
        cached = self.clip.cached_frame(request.number, self._format)
        if cached is not None:
            self._on_frame(cached, request)
            return
        if request.preview:
            if self.preview_for(request.number) is not None:
                return  # the player shows that picture: no decoded frame is nearer
            nearest = self.clip.nearest_decoded(request.number)
            stand_in = nearest if nearest is not None else self.clip.index.keyframe_before(request.number)
            self._on_frame(self.clip.frame(stand_in, self._format), request)
            return
        self._on_frame(self.clip.frame(request.number, self._format), request)

    def _next_ahead(self) -> int | None:
        """The next frame to prepare, or None when there is nothing worth doing.

        Paused, the reader decodes the next two frames into the cache when the decoder is right there (the
        reviewer is likely to step forward); playing, it fills a window of converted frames in the playing
        direction.
        """
        if self._direction == 0:
            if not self._guess_ahead:
                return None
            for n in (self._focus + 1, self._focus + 2):
                if (
                    n < self.clip.frame_count
                    and n not in self._attempted
                    and n not in self.clip.cache
                    and self.clip.decoder_is_just_before(n)
                ):
                    return n
            return None
        for step in range(1, self._ahead + 1):
            n = self._focus + step * self._direction
            if not 0 <= n < self.clip.frame_count:
                return None
            if n not in self._ready and n not in self._attempted:
                return n
        return None

    def _decode_ahead(self, n: int) -> None:
        if self._direction == 0:
            self._attempted.add(n)
            self.clip.decode_ahead(n)
            return
        frame = self.clip.frame(n, self._format)
        with self._wake:
            # Late is still worth showing; only a frame behind the one on screen is useless.
            if self._direction and (n - self._shown) * self._direction > 0:
                self._ready[n] = frame
