"""Re-encodes of a clip: the rendition the clip-level evidence is measured on, and the variants bench.eval makes.

Detector scores depend on frame rate, size, length and codec, and in every public collection those separate
generated from camera clips by themselves. The rendition takes them away: the first 3 s, put onto a 16 frames/s
clock by timestamp, the shorter side scaled to 480 px (bicubic, aspect kept, even sizes), H.264 CRF 23 in yuv420p.
The clip-level calibration was fitted and measured on exactly this, so the app measures every clip the same way.

Frames are read through the media engine (the same checks on hostile files as everywhere), upright, one at a
time: a clip is never held in memory, and only its first seconds are decoded.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from analyzers.translatable import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.media.clip import Clip, open_clip
from app.media.errors import MediaError

PRESET = "medium"


class EncodingCancelled(Exception):
    """The re-encode was cancelled."""


@dataclass(frozen=True)
class Recipe:
    """How a re-encode is made from a clip (or from another re-encode, `base`, in bench.eval)."""

    name: str
    words: str
    crf: int | None = None  # None: the file as it is
    base: str | None = None
    half: bool = False  # half the width and height
    shorter: int | None = None  # the shorter side in pixels, aspect kept
    fps: int | None = None  # frames picked by timestamp onto this rate
    seconds: int | None = None  # only the first this many seconds
    tag: str = ""  # the recipe in the cached file's name

    def file_name(self, sha256: str, max_frames: int | None = None) -> str:
        limit = f"_first{max_frames}" if max_frames else ""
        tag = f"_{self.tag}" if self.tag else ""
        return f"{sha256}_{self.name}{tag}_x264{PRESET}{limit}.mp4"


RENDITION = Recipe(
    name="normalized",
    words=QT_TRANSLATE_NOOP("Calibration", "the first 3 s at 16 frames/s, shorter side 480 px, H.264 CRF 23"),
    crf=23,
    shorter=480,
    fps=16,
    seconds=3,
    tag="16fps_short480_3s_crf23",
)


def rendition_folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("reelcheck", appauthor=False) / "renditions"


def rendition_of(
    source: Path, sha256: str, folder: Path | None = None, cancelled: Callable[[], bool] | None = None
) -> Path:
    """The clip's rendition, made now unless it is in `folder` (the user cache by default) already."""
    target = (folder or rendition_folder()) / RENDITION.file_name(sha256)
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        encode_file(source, target, RENDITION, cancelled=cancelled)
    return target


def encode_file(
    source: Path,
    target: Path,
    recipe: Recipe,
    max_frames: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """`source` re-encoded by `recipe` into `target`, whole or not at all; returns the frames written. Raises
    MediaError when the clip cannot be read, EncodingCancelled when `cancelled` says so."""
    partial = target.with_name(f".{target.stem}.partial.mp4")
    clip = open_clip(source, cache_bytes=64 << 20)
    try:
        written = encode(clip, partial, recipe, max_frames, cancelled)
        partial.replace(target)
    finally:
        clip.close()
        partial.unlink(missing_ok=True)
    return written


def encode(
    clip: Clip, target: Path, recipe: Recipe, max_frames: int | None = None, cancelled: Callable[[], bool] | None = None
) -> int:
    rate = Fraction(recipe.fps) if recipe.fps else Fraction(clip.facts.average_rate or 30).limit_denominator(1001)
    numbers = _on_clock(clip, recipe) if recipe.fps else iter(range(clip.frame_count))
    written = 0
    with av.open(str(target), "w") as out:
        encoder = None
        for n in numbers:
            if max_frames and written >= max_frames:
                break
            if cancelled is not None and cancelled():
                raise EncodingCancelled()
            image = clip.frame(n, "rgb24").image
            if encoder is None:
                encoder = out.add_stream("libx264", rate=rate, options={"crf": str(recipe.crf), "preset": PRESET})
                encoder.width, encoder.height = _size(image.shape[1], image.shape[0], recipe)
                encoder.pix_fmt = "yuv420p"
            if not (recipe.half or recipe.shorter):  # the original size, cut to even numbers
                image = np.ascontiguousarray(image[: encoder.height, : encoder.width])
            picture = av.VideoFrame.from_ndarray(image, format="rgb24").reformat(
                width=encoder.width, height=encoder.height, format="yuv420p", interpolation="BICUBIC"
            )
            picture.pts = written
            picture.time_base = 1 / rate
            out.mux(encoder.encode(picture))
            written += 1
        if encoder is None:
            raise MediaError(translate("Media", "{name}: no frame could be decoded").format(name=clip.path.name))
        out.mux(encoder.encode())
    return written


def _on_clock(clip: Clip, recipe: Recipe) -> Iterator[int]:
    """The frames on screen at 0, 1/fps, 2/fps, ... seconds from the first, up to `recipe.seconds` and the clip's
    end (the last frame lasting a typical frame's time): the clip keeps its clock whatever its own rate."""
    index = clip.index
    times = [index.seconds(n) for n in range(index.count)]
    end = index.duration()
    if recipe.seconds:
        end = min(end, float(recipe.seconds))
    tick = 0
    while (at := tick / recipe.fps) < end - 1e-9:
        yield max(0, bisect.bisect_right(times, at + 1e-9) - 1)
        tick += 1


def _size(width: int, height: int, recipe: Recipe) -> tuple[int, int]:
    if recipe.shorter:
        scale = recipe.shorter / min(width, height)
        return _even_round(width * scale), _even_round(height * scale)
    if recipe.half:
        return _even(width // 2), _even(height // 2)
    return _even(width), _even(height)


def _even(n: int) -> int:
    return max(2, n - n % 2)


def _even_round(x: float) -> int:
    return max(2, 2 * round(x / 2))
