"""A clip opened for review: its media facts, its frame index, and exact frames by number, upright.

`open_clip` is the one entry point; every reason a file cannot be opened becomes a `MediaError` with one line
a reviewer can read.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
from av.video.reformatter import VideoReformatter

from app.files.regular import NotAFile, open_regular
from app.media.budget import limit_pictures, open_container, refuse_beyond_cache, refuse_oversized
from app.media.cache import DEFAULT_BUDGET, FrameCache
from app.media.decoder import ExactDecoder
from app.media.errors import FrameUnavailable, MediaError
from app.media.facts import MediaFacts, read_facts
from app.media.index import FrameIndex, build_index
from app.media.packets import video_packets


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
        if not 0 <= n < self.index.count:
            raise FrameUnavailable(f"Frame {n} is outside the clip (it has frames 0 to {self.index.count - 1}).")
        with self._lock:
            decoded = self.cache.get(n)
            if decoded is None:
                self.cache.keep(self.index.keyframe_before(n))
                decoded = self._decoder.decode_to(n, self.cache.put)
        return self._as_frame(n, decoded, pixel_format)

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

    def _reformatter(self) -> VideoReformatter:
        """One colour converter per thread: building one for every frame costs more than the conversion."""
        reformatter = getattr(self._converters, "reformatter", None)
        if reformatter is None:
            reformatter = self._converters.reformatter = VideoReformatter()
        return reformatter

    def _as_frame(self, n: int, decoded: av.VideoFrame, pixel_format: str) -> Frame:
        image = self._reformatter().reformat(decoded, format=pixel_format).to_ndarray()
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
    path = Path(path)
    _check_file(path)
    try:
        # Two passes on two demuxers: not every demuxer can seek back to the start (raw streams cannot).
        with open_container(path) as container:
            stream = _video_stream(container)
            # Before anything is decoded: a picture's size is what costs memory, never the file's.
            refuse_oversized(stream.codec_context.width, stream.codec_context.height)
            refuse_beyond_cache(stream, cache_bytes)
            limit_pictures(stream)
            first = _first_decoded(container, stream)
            rotation = round((first.rotation or 0) / 90) * 90 % 360
            reorders = bool(stream.codec_context.has_b_frames)
        with open_container(path) as container:
            stream = container.streams.video[0]
            index = build_index(container, stream, reorders)
            if index.count == 0:
                raise MediaError("The video stream holds no frames that can be decoded: the file is damaged.")
            facts = read_facts(path, container, stream, index, rotation)
        clip = Clip(path, facts, index, cache_bytes)
        if _is_frame_zero(first, index):  # decoded once already: the first frame shown need not wait for another
            clip.cache.put(0, first)
    except MediaError:
        raise
    except av.error.FFmpegError as error:
        raise MediaError(_reason(error, path)) from error
    return clip


@dataclass(frozen=True)
class OpenedClip:
    """A clip just opened, with its first frame decoded already: the screen shows it without another round trip."""

    clip: Clip
    first: Frame | None  # frame 0; None where it cannot be decoded (the reader says why when it is asked for)


def open_for_screen(path: str | Path, cache_bytes: int = DEFAULT_BUDGET, pixel_format: str = "bgra") -> OpenedClip:
    """`open_clip`, then frame 0 in `pixel_format`, on the same thread: the first frame is what a reviewer waits for."""
    clip = open_clip(path, cache_bytes)
    try:
        first = clip.frame(0, pixel_format)
    except FrameUnavailable:
        first = None
    except BaseException:
        clip.close()
        raise
    return OpenedClip(clip, first)


def _check_file(path: Path) -> None:
    """Refuse anything but a readable, non-empty regular file before FFmpeg opens the path itself: FFmpeg would wait
    on a pipe for ever and read a device without end."""
    try:
        open_regular(path).close()
    except NotAFile as error:  # the line that says it names the file already
        raise MediaError(f"it {error.reason}.") from None
    if path.stat().st_size == 0:
        raise MediaError(f"The file {path.name} is empty (0 bytes).")


def _video_stream(container: av.container.InputContainer) -> av.video.stream.VideoStream:
    if not container.streams.video:
        kinds = sorted({s.type for s in container.streams}) or ["nothing"]
        if kinds == ["audio"]:  # a voice-over or a song pulled from a clip: there is no picture to review
            raise MediaError(
                "The file has no video stream (it holds audio only): ReelCheck reviews video clips; open the clip "
                "the sound came from, whose sound plays with its picture."
            )
        raise MediaError(f"The file has no video stream (it holds {', '.join(kinds)}).")
    stream = container.streams.video[0]
    if stream.codec_context is None or stream.codec_context.codec is None:
        raise MediaError("The video codec of this file is not one ReelCheck can decode.")
    return stream


def _first_decoded(container: av.container.InputContainer, stream: av.video.stream.VideoStream) -> av.VideoFrame:
    """The first frame the decoder gives: its display matrix says how to turn the pictures upright, and decoding it
    tells the codec context whether the stream reorders frames."""
    for packet in video_packets(container, stream):
        try:
            frames = packet.decode()
        except av.error.FFmpegError:
            continue
        for frame in frames:
            return frame
    raise MediaError("No frame of the video could be decoded: the file is damaged or its codec is unsupported.")


def _is_frame_zero(frame: av.VideoFrame, index: FrameIndex) -> bool:
    """Whether `frame` is frame 0 of `index`, by its timestamp; never assumed where the index restamps packets or
    counts frames (the decoder's timestamps then say nothing of the frame's number)."""
    return not index.counted and index.retiming is None and frame.pts is not None and frame.pts == int(index.pts[0])


def _reason(error: av.error.FFmpegError, path: Path) -> str:
    if isinstance(error, av.error.InvalidDataError) and _looks_like_mp4(path):
        return "The file looks like an MP4/MOV video but is truncated or incomplete: its index (moov atom) is missing."
    if isinstance(error, av.error.InvalidDataError):
        return "This is not a video file ReelCheck can read (FFmpeg recognised no format in it)."
    if isinstance(error, av.error.DecoderNotFoundError):
        return "The video codec of this file is not one ReelCheck can decode."
    return f"The file could not be read: {error.strerror or error}."


def _looks_like_mp4(path: Path) -> bool:
    with path.open("rb") as file:
        head = file.read(12)
    return head[4:8] == b"ftyp"
