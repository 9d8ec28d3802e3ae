"""The pixel budget: the largest picture ReelCheck decodes, and decoders held to it and to the frame cache.

A picture's size costs next to nothing in the file (a flat 16000x16000 PNG is a few megabytes) and everything in
memory once decoded: 768 MB as RGB, that again in each decoder thread, in the frame cache and in every converted
copy. Clips whose frames are larger than MAX_PIXELS are refused, naming the size and the budget; they are not
shrunk, since a detector judging a shrunken picture would judge something other than the file.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

import av
import av.logging

from app.i18n import translate
from app.media.errors import MediaError

MAX_PIXELS = 40_000_000  # 8K UHD (7680x4320) is 33 megapixels
# Each decoder thread holds a picture of its own: together they may take this share of the frame cache.
_THREADS_SHARE = 1 / 8
_UNKNOWN_BITS_PER_PIXEL = 64  # the widest pixel format FFmpeg decodes to (16 bits of RGBA)
_LOG_SETTINGS = threading.Lock()
_REFUSED_BY_FFMPEG = re.compile(r"Picture size (\d+)x(\d+) exceeds specified max pixel count")


def open_container(path: Path | str) -> av.container.InputContainer:
    """`path` opened for reading, with the decoders FFmpeg runs while opening held to the budget: it decodes a
    picture to learn a stream's parameters, and a 16000x16000 PNG would take 768 MB there already. Raises
    MediaError naming the size when a picture is over the budget (FFmpeg says it only in its log)."""
    # FFmpeg's log settings are global: one open at a time, or one would switch the log off under another.
    with _LOG_SETTINGS:
        level, skip_repeated = av.logging.get_level(), av.logging.get_skip_repeated()
        if level is None or level < av.logging.ERROR:
            av.logging.set_level(av.logging.ERROR)
        av.logging.set_skip_repeated(False)  # the same refusal for the clip opened before must still be heard
        try:
            with av.logging.Capture() as said:
                container = av.open(str(path), options={"max_pixels": str(MAX_PIXELS)})
        finally:
            av.logging.set_level(level)
            av.logging.set_skip_repeated(skip_repeated)
    for _level, _name, message in said:
        if found := _REFUSED_BY_FFMPEG.search(message):
            container.close()
            refuse_oversized(int(found[1]), int(found[2]))
    return container


@contextlib.contextmanager
def no_opening_meanwhile() -> Iterator[None]:
    """Hold off every open_container while a decoder that runs threads is closed and dropped. Opening captures
    FFmpeg's log, which makes its callback take the GIL; the closing decoder's threads may still log, while the
    thread dropping it holds the GIL and waits for them: both would wait for ever."""
    with _LOG_SETTINGS:
        yield


@contextlib.contextmanager
def opened_to_decode_on_threads(path: Path | str) -> Iterator[av.container.InputContainer]:
    """open_container for a block that decodes on threads (thread_within): at its end the container is closed,
    and its decoders dropped, while no container is being opened (see no_opening_meanwhile). The decoders go with
    the last reference to their stream, so the block hands the decoding to a function that returns inside it,
    keeping no stream or packet; an error's traceback, which holds that function's variables, is cleared first."""
    container = open_container(path)
    try:
        yield container
    finally:
        if (error := sys.exc_info()[1]) is not None:
            traceback.clear_frames(error.__traceback__)
        with no_opening_meanwhile():
            container.close()  # drops its streams, and with the last reference to each, its decoder


def refuse_oversized(width: int, height: int) -> None:
    """Raise MediaError when a frame of width x height is larger than the pixel budget."""
    if width * height > MAX_PIXELS:
        words = translate(
            "Media",
            "Its frames are {width}x{height} pixels ({megapixels:.0f} megapixels), more than the {most} megapixels "
            "ReelCheck decodes (8K video has 33): it is refused rather than fill the memory.",
        )
        raise MediaError(
            words.format(width=width, height=height, megapixels=width * height / 1e6, most=MAX_PIXELS // 1_000_000)
        )


def decoded_bytes(stream: av.video.stream.VideoStream) -> int:
    """The memory one decoded picture of `stream` takes, in its own pixel format."""
    context = stream.codec_context
    bits = stream.format.padded_bits_per_pixel if stream.format else _UNKNOWN_BITS_PER_PIXEL
    return context.width * context.height * (bits or _UNKNOWN_BITS_PER_PIXEL) // 8


def refuse_beyond_cache(stream: av.video.stream.VideoStream, cache_bytes: int) -> None:
    """Raise MediaError when one decoded picture would not fit in a frame cache of `cache_bytes`."""
    size = decoded_bytes(stream)
    if size > cache_bytes:
        needed = -(-size // (1 << 20))
        words = translate(
            "Media",
            "One decoded frame of it takes {needed} MiB, more than the {cache} MiB frame cache: give the cache at "
            "least {needed} MiB (--cache-mb {needed}).",
        )
        raise MediaError(words.format(needed=needed, cache=cache_bytes >> 20))


def limit_pictures(stream: av.video.stream.VideoStream) -> None:
    """Make `stream`'s decoder refuse pictures above the budget whatever the container claims: a file may declare
    a small size and hold a huge picture. Call before the first decode."""
    stream.codec_context.options = {**stream.codec_context.options, "max_pixels": str(MAX_PIXELS)}


def thread_within(stream: av.video.stream.VideoStream, budget_bytes: int) -> None:
    """Decode `stream` on threads, but no more than the pictures they hold at once can take of `budget_bytes`."""
    stream.thread_type = "AUTO"
    affordable = int(budget_bytes * _THREADS_SHARE) // max(1, decoded_bytes(stream))
    if affordable < (os.cpu_count() or 1):
        stream.codec_context.thread_count = max(1, affordable)  # otherwise 0: as many as FFmpeg likes
