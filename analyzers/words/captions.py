"""From readings on sampled frames to caption segments: which frames to read, and which readings are one caption.

Frames are read a few times a second and at every cut (a caption often changes with the shot). A line read again on
the next sample, in the same place and with the same or nearly the same text (OCR misreads a letter or two from one
frame to the next), is the same caption; it becomes one segment from the first sample it was read on to the last,
with the text read most often.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from analyzers.words.lines import ON_SCREEN, TextLine
from analyzers.words.ocr import Reading

TRACK = "on-screen text"
CUT_GREY_SIZE = (64, 36)  # width, height of the small grey pictures compared to find cuts
# Mean absolute difference (0-255) between the small grey pictures of consecutive frames above which the shot has
# changed: motion and fades inside a shot stay well below it once the picture is this small. A cut between two
# shots of the same brightness and colours can stay below it too; those frames are still read at the next sample.
_CUT_DIFFERENCE = 20.0
_SAME_TEXT = 0.6  # edit-distance likeness (0-1) from which two readings in one place are one line misread
_SAME_PLACE = 0.5  # the share of the smaller box that the two boxes must have in common
_MISSES_FORGIVEN = 1  # samples a caption may go unread (a flicker, a misdetection) and still go on


def planned_samples(frame_seconds: Sequence[float], samples_per_second: float) -> list[int]:
    """The frames to read: the first frame at or after each 1/samples_per_second tick of the clip's clock."""
    if samples_per_second <= 0:
        raise ValueError("samples per second must be more than 0")
    seconds = np.asarray(frame_seconds, dtype=np.float64)
    if seconds.size == 0:
        return []
    ticks = np.arange(seconds[0], seconds[-1] + 1e-9, 1.0 / samples_per_second)
    return sorted(set(np.searchsorted(seconds, ticks - 1e-9).tolist()))


def is_cut(previous_grey: np.ndarray | None, grey: np.ndarray) -> bool:
    """True when `grey` (a small grey picture, see CUT_GREY_SIZE) starts a new shot after `previous_grey`."""
    if previous_grey is None or previous_grey.shape != grey.shape:
        return False
    return float(np.abs(previous_grey.astype(np.int16) - grey.astype(np.int16)).mean()) > _CUT_DIFFERENCE


def text_likeness(a: str, b: str) -> float:
    """1 minus the edit distance over the longer length, character by character (so Chinese compares by
    characters), after NFKC and case folding and without spaces, which OCR adds and drops at will."""
    a, b = _comparable(a), _comparable(b)
    if not a or not b:
        return 1.0 if a == b else 0.0
    return 1.0 - _edit_distance(a, b) / max(len(a), len(b))


def _comparable(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def same_place(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """True when two boxes cover mostly the same place: a misread line is often a little wider or narrower."""
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return False
    return width * height >= _SAME_PLACE * min(a[2] * a[3], b[2] * b[3])


@dataclass
class _Open:
    """A caption still on screen at the last sample."""

    first_frame: int
    start: float
    last_frame: int
    box: tuple[int, int, int, int]  # where it was read last: a caption that drifts is followed
    readings: list[Reading] = field(default_factory=list)
    misses: int = 0
    gone_at: float = 0.0  # clip seconds of the first sample it was missing from

    def segment(self, end: float) -> TextLine:
        votes = Counter(r.text for r in self.readings)
        confidence = {text: sum(r.confidence for r in self.readings if r.text == text) for text in votes}
        text = max(votes, key=lambda t: (votes[t], confidence[t]))
        x, y, width, height = np.median([r.box for r in self.readings if r.text == text], axis=0).round().astype(int)
        return TextLine(
            source=ON_SCREEN,
            track=TRACK,
            start=self.start,
            end=end,
            text=text,
            first_frame=self.first_frame,
            last_frame=self.last_frame,
            box=(int(x), int(y), int(width), int(height)),
            confidence=round(confidence[text] / votes[text], 4),
        )


class CaptionSegments:
    """Readings fed sample after sample, in frame order; segments come out as soon as their caption is gone."""

    def __init__(self) -> None:
        self._open: list[_Open] = []

    def add(self, frame: int, seconds: float, readings: Sequence[Reading]) -> list[TextLine]:
        """The readings of sampled `frame`; returns the segments this sample ends."""
        matched: set[int] = set()
        for reading in readings:
            found = self._best_match(reading, matched)
            if found is None:
                self._open.append(_Open(frame, seconds, frame, reading.box, [reading]))
                matched.add(len(self._open) - 1)
                continue
            caption = self._open[found]
            caption.readings.append(reading)
            caption.last_frame, caption.box, caption.misses = frame, reading.box, 0
            matched.add(found)
        ended, still_open = [], []
        for position, caption in enumerate(self._open):
            if position not in matched:
                caption.misses += 1
                if caption.misses == 1:
                    caption.gone_at = seconds
            if caption.misses > _MISSES_FORGIVEN:
                ended.append(caption.segment(caption.gone_at))
            else:
                still_open.append(caption)
        self._open = still_open
        return ended

    def finish(self, clip_end: float) -> list[TextLine]:
        """The segments still open when the clip ends at `clip_end` seconds (or at the sample they went missing)."""
        ended = [c.segment(c.gone_at if c.misses else clip_end) for c in self._open]
        self._open = []
        return ended

    def _best_match(self, reading: Reading, taken: set[int]) -> int | None:
        best, best_likeness = None, _SAME_TEXT
        for position, caption in enumerate(self._open):
            if position in taken or not same_place(caption.box, reading.box):
                continue
            likeness = text_likeness(caption.readings[-1].text, reading.text)
            if likeness >= best_likeness:
                best, best_likeness = position, likeness
        return best


def caption_segments(samples: Sequence[tuple[int, float, Sequence[Reading]]], clip_end: float) -> list[TextLine]:
    """All caption segments of (frame, seconds, readings) samples in frame order, by start then top to bottom."""
    segments = CaptionSegments()
    lines = [line for frame, seconds, readings in samples for line in segments.add(frame, seconds, readings)]
    lines += segments.finish(clip_end)
    return sorted(lines, key=lambda line: (line.start, line.box[1] if line.box else 0, line.box[0] if line.box else 0))
