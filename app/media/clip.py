"""A clip opened for review: its media facts, its frame index, and exact frames by number, upright.

`open_clip` is the one entry point (`open_looked_at` goes on from a first look taken already); every reason a file
cannot be opened becomes a `MediaError` with one line a reviewer can read.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
from av.video.reformatter import VideoReformatter

from app.i18n import translate
from app.media.budget import open_container
from app.media.cache import DEFAULT_BUDGET, FrameCache
from app.media.decoder import ExactDecoder
from app.media.errors import FrameUnavailable, MediaError
from app.media.facts import MediaFacts, read_facts
from app.media.first_look import FirstLook, look_first, unreadable
from app.media.index import FrameIndex, build_index


@dataclass(frozen=True)
class Frame:
    """One exact frame, upright, full resolution."""

    number: int
    pts: int
    seconds: float
    keyframe: bool
    image: np.ndarray  # height x width x channels, uint8, in the pixel format asked for


class Clip:
    def __init__(self, path: Path, facts: MediaFacts, index: FrameIndex, cache_bytes: int) -> None:
        self.path = path
        self.facts = facts
        self.index = index
        self.cache = FrameCache(cache_bytes)
        self._decoder = ExactDecoder(str(path), index, cache_bytes)
        self._lock = threading.Lock()
        self._keyframes = set(int(k) for k in index.keyframes)
        self._converters = threading.local()

    @property
    def frame_count(self) -> int:
        return self.index.count

    def close(self) -> None:
        with self._lock:
            self._decoder.close()
            self.cache.clear()

    def frame(self, n: int, pixel_format: str = "rgb24") -> Frame:
        """Frame n exactly. Raises FrameUnavailable for a frame in a damaged part of the file."""
        return self._as_frame(n, self._decoded(n), pixel_format)

    def images(self, n: int, pixel_formats: Iterable[str]) -> dict[str, np.ndarray]:
        """Frame n exactly, decoded once and converted into each of `pixel_formats` (a cache that holds no frames
        would otherwise decode it again for each)."""
        decoded = self._decoded(n)
        return {pixel_format: self._as_frame(n, decoded, pixel_format).image for pixel_format in pixel_formats}

    def _decoded(self, n: int) -> av.VideoFrame:
        if not 0 <= n < self.index.count:
            words = translate("Media", "Frame {n} is outside the clip (it has frames 0 to {last}).")
            raise FrameUnavailable(words.format(n=n, last=self.index.count - 1))
        with self._lock:
            decoded = self.cache.get(n)
            if decoded is None:
                self.cache.keep(self.index.keyframe_before(n))
                decoded = self._decoder.decode_to(n, self.cache.put)
        return decoded

    def cached_frame(self, n: int, pixel_format: str = "rgb24") -> Frame | None:
        """Frame n if it is decoded already; never decodes, so it is safe to ask while another thread decodes."""
        decoded = self.cache.get(n)
        return self._as_frame(n, decoded, pixel_format) if decoded is not None else None

    def decoder_is_just_before(self, n: int) -> bool:
        """True when the decoder's next frame or the one after is n: decoding it ahead costs a frame or two."""
        position = self._decoder.position
        return position >= 0 and position < n <= position + 2

    def nearest_decoded(self, n: int) -> int | None:
        """The decoded frame closest before or at n in n's GOP, for a preview while dragging; None if there is none."""
        return self.cache.latest_between(self.index.keyframe_before(n), n)

    def decode_ahead(self, n: int) -> None:
        """Decode frame n into the cache if the decoder is just before it."""
        with self._lock:
            if n in self.cache or not self.decoder_is_just_before(n):
                return
            # A damaged frame is reported when the reviewer asks for it, not while guessing ahead.
            with contextlib.suppress(FrameUnavailable):
                self._decoder.decode_to(n, self.cache.put)

    def _reformatter(self, pixel_format: str) -> VideoReformatter:
        """One colour converter per thread and format: building one costs more than a conversion, and one that
        alternates between two formats is built again at each (a 4K frame to luma and RGB: 22 instead of 11 ms)."""
        by_format = getattr(self._converters, "by_format", None)
        if by_format is None:
            by_format = self._converters.by_format = {}
        if pixel_format not in by_format:
            by_format[pixel_format] = VideoReformatter()
        return by_format[pixel_format]

    def _as_frame(self, n: int, decoded: av.VideoFrame, pixel_format: str) -> Frame:
        image = self._reformatter(pixel_format).reformat(decoded, format=pixel_format).to_ndarray()
        if self.facts.rotation:
            from app.media.upright import upright  # OpenCV: not loaded for the first frame of a clip stored upright

            image = upright(image, self.facts.rotation)
        # Contiguous rows: the screen and the PNG writer take the buffer as it is.
        image = np.ascontiguousarray(image)
        return Frame(
            number=n,
            pts=int(self.index.pts[n]),
            seconds=self.index.seconds(n),
            keyframe=n in self._keyframes,
            image=image,
        )


def open_clip(path: str | Path, cache_bytes: int = DEFAULT_BUDGET) -> Clip:
    """Open a clip for exact frame access, or raise MediaError with a one-line reason."""
    return open_looked_at(look_first(Path(path), cache_bytes), cache_bytes)


def open_looked_at(first: FirstLook, cache_bytes: int = DEFAULT_BUDGET) -> Clip:
    """The clip `first` looked at, opened: its frame index (a second pass, on a second demuxer: not every demuxer
    can seek back to the start, raw streams cannot), its media facts and its exact decoder."""
    path = first.path
    try:
        with open_container(path) as container:
            stream = container.streams.video[0]
            index = build_index(container, stream, first.reorders)
            if index.count == 0:
                raise MediaError(
                    translate("Media", "The video stream holds no frames that can be decoded: the file is damaged.")
                )
            facts = read_facts(path, container, stream, index, first.rotation)
        clip = Clip(path, facts, index, cache_bytes)
        if _is_frame_zero(first.frame, index):  # decoded once already: the first frame shown need not wait for another
            clip.cache.put(0, first.frame)
    except MediaError:
        raise
    except av.error.FFmpegError as error:
        raise MediaError(unreadable(error, path)) from error
    return clip


@dataclass(frozen=True)
class OpenedClip:
    """A clip just opened, with its first frame decoded already: the screen shows it without another round trip."""

    clip: Clip
    first: Frame | None  # frame 0; None where it cannot be decoded (the reader says why when it is asked for)


def open_for_screen(
    path: str | Path, cache_bytes: int = DEFAULT_BUDGET, pixel_format: str = "bgra", first: FirstLook | None = None
) -> OpenedClip:
    """`open_clip`, then frame 0 in `pixel_format`, on the same thread: the first frame is what a reviewer waits for.
    `first`: the first look at the file, where it was taken already (to show its picture before the index)."""
    clip = open_looked_at(first or look_first(Path(path), cache_bytes), cache_bytes)
    try:
        frame = clip.frame(0, pixel_format)
    except FrameUnavailable:
        frame = None
    except BaseException:
        clip.close()
        raise
    return OpenedClip(clip, frame)


def _is_frame_zero(frame: av.VideoFrame, index: FrameIndex) -> bool:
    """Whether `frame` is frame 0 of `index`, by its timestamp; never assumed where the index restamps packets or
    counts frames (the decoder's timestamps then say nothing of the frame's number)."""
    return not index.counted and index.retiming is None and frame.pts is not None and frame.pts == int(index.pts[0])
