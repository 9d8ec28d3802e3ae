"""The text on a clip's frames, read a few times a second and at every cut, as caption segments on its clock.

Frames are decoded once, in order, by the clip's exact decoder (no seek from one sample to the next): every frame
gives a small grey picture to find cuts, and the sampled ones are read by OCR. Segments are handed out as soon as
their caption leaves the screen, so a timeline lane can fill while the rest of the clip is read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import cv2
import numpy as np

from analyzers.words.captions import CUT_GREY_SIZE, CaptionSegments, is_cut, planned_samples
from analyzers.words.lines import TextLine
from analyzers.words.marks import Mark, VisibleMark, find_marks
from analyzers.words.ocr import TextReader
from app.media.clip import Clip
from app.media.errors import Cancelled, FrameUnavailable
from app.media.facts import MediaFacts

log = logging.getLogger(__name__)


def read_on_screen_text(
    clip: Clip,
    samples_per_second: float = 2.0,
    *,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_line: Callable[[TextLine], None] | None = None,
    reader: TextReader | None = None,
) -> list[TextLine]:
    """Caption segments of `clip`, by start. `on_line` gets each segment as soon as it is finished; `reader` is an
    open TextReader to reuse (one is opened if none is given). Raises Cancelled when `cancelled` says so, and
    ReaderUnavailable (analyzers.words.ocr) when OCR cannot run here."""
    reader = reader or TextReader()
    count = clip.frame_count
    seconds = [clip.index.seconds(n) for n in range(count)]
    planned = set(planned_samples(seconds, samples_per_second))
    segments = CaptionSegments()
    lines: list[TextLine] = []

    def finished(ended: list[TextLine]) -> None:
        for line in ended:
            lines.append(line)
            if on_line is not None:
                on_line(line)

    previous_grey = None
    for n in range(count):
        if cancelled is not None and cancelled():
            raise Cancelled()
        try:
            grey = _small_grey(clip, n)
            if n in planned or is_cut(previous_grey, grey):
                finished(segments.add(n, seconds[n], reader.read(clip.frame(n).image)))
            previous_grey = grey
        except FrameUnavailable as error:  # a damaged frame is passed over; its neighbours still tell the story
            log.info("on-screen text: %s", error)
        if on_progress is not None:
            on_progress((n + 1) / count)
    finished(segments.finish(clip.index.duration()))
    return sorted(lines, key=lambda line: (line.start, line.box[1] if line.box else 0))


def _small_grey(clip: Clip, n: int) -> np.ndarray:
    return cv2.resize(clip.frame(n, "gray").image, CUT_GREY_SIZE, interpolation=cv2.INTER_AREA)


def marks_on_screen(
    facts: MediaFacts, lines: Sequence[TextLine], marks: Sequence[Mark] | None = None
) -> list[VisibleMark]:
    """The visible generator marks and AI labels in `lines` read on the clip of these `facts`, placed on its upright
    frames (boxes are in upright pixels, so a phone's sideways-stored portrait clip is placed as it is shown).
    `marks`: from analyzers.words.marks.load_marks, with a newsroom's own files; the shipped list when None."""
    turned = facts.rotation % 180 == 90
    size = (facts.height, facts.width) if turned else (facts.width, facts.height)
    return find_marks(lines, size, marks)
