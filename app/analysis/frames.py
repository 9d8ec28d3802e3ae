"""The frames a whole-clip analysis reads, decoded straight into the colour order the analyzers take."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from analyzers.pictures import Picture
from analyzers.registry import Analyzer
from app.media.clip import Clip
from app.media.errors import MediaError

_PIXEL_FORMATS = {"gray": "gray", "rgb": "rgb24", "bgr": "bgr24"}  # colour order -> the decoder's pixel format


def pictures(
    clip: Clip, numbers: Iterable[int], analyzers: list[Analyzer], on_damaged: Callable[[MediaError], None]
) -> Iterator[tuple[int, Picture]]:
    """(number, Picture) for each frame in `numbers`, decoded once and converted straight into each colour order
    the analyzers take: luma is the video's own Y, never derived from RGB, so an analyzer scores a clip the same
    whichever others run beside it. A damaged frame is passed to `on_damaged` and left out: it has no score, and
    the tracks say which frames they cover."""
    orders = sorted({a.manifest.input.colour_order for a in analyzers}) or ["gray"]
    for n in numbers:
        try:
            images = clip.images(n, [_PIXEL_FORMATS[order] for order in orders])
            yield n, Picture.of({order: images[_PIXEL_FORMATS[order]] for order in orders})
        except MediaError as error:
            on_damaged(error)
