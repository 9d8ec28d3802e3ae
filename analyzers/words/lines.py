"""A line of words a clip says or shows, on the clip-seconds clock (seconds from the first video frame).

Subtitles know only times; text read on the frames knows the frames it was seen on and where. Both become the
same kind of line, so that the timeline, the search, a claim made from a line and the dossier treat them alike.
"""

from __future__ import annotations

from dataclasses import dataclass

SUBTITLES = "subtitles"  # a subtitle file beside the clip or a subtitle stream inside it
ON_SCREEN = "on_screen"  # text read on the frames (burned-in captions, marks, signs)


@dataclass(frozen=True)
class TextLine:
    source: str  # SUBTITLES or ON_SCREEN
    track: str  # which subtitles or reader, in words: "clip.zh-Hans.vtt", "stream 2 (chi)", "on-screen text"
    start: float  # clip seconds the line appears
    end: float  # clip seconds it is gone
    text: str  # cleaned: no control characters, one line (several lines of a cue joined by " / ")
    first_frame: int | None = None  # on-screen text: the first and last sampled frames it was read on
    last_frame: int | None = None
    box: tuple[int, int, int, int] | None = None  # x, y, width, height in the upright frame's pixels
    confidence: float | None = None  # the reader's own 0-1 figure, on-screen text only
