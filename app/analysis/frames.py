"""The frames a whole-clip analysis reads, decoded straight into the colour order the analyzers take."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from analyzers.pictures import Picture
from analyzers.registry import Analyzer
from app.media.clip import Clip
from app.media.errors import MediaError


def pictures(
    clip: Clip, numbers: Iterable[int], analyzers: list[Analyzer], on_damaged: Callable[[MediaError], None]
) -> Iterator[tuple[int, Picture]]:
    """(number, Picture) for each frame in `numbers`. When every analyzer takes luma (the built-ins do), frames
    are decoded to luma and never to RGB. A damaged frame is passed to `on_damaged` and left out: it has no
    score, and the tracks say which frames they cover."""
    luma_only = {a.manifest.input.colour_order for a in analyzers} == {"gray"}
    pixel_format, order = ("gray", "gray") if luma_only else ("rgb24", "rgb")
    for n in numbers:
        try:
            yield n, Picture(clip.frame(n, pixel_format).image, order)
        except MediaError as error:
            on_damaged(error)
