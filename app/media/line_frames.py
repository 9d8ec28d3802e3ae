"""Lines of words placed on a clip's frames: the first and last frame each line is said or shown on, from its times.

A subtitle knows only its times; the store, the timeline and a claim made from a line count in frames. On-screen
text knows its frames already (the reader saw it there) and keeps them.
"""

from __future__ import annotations

from dataclasses import replace

from analyzers.words.lines import TextLine
from app.media.index import FrameIndex

_BEFORE_END = 1e-6  # a line is gone at its end time: its last frame is the one on screen just before it


def on_frames(lines: list[TextLine], index: FrameIndex) -> list[TextLine]:
    """`lines` with first_frame and last_frame filled in where they are not known: the frames on screen from the
    line's start until just before its end (at least one frame; lines outside the picture's time land on its first
    or last frame)."""
    placed = []
    for line in lines:
        if line.first_frame is not None and line.last_frame is not None:
            placed.append(line)
            continue
        first = index.frame_at(line.start)
        last = max(first, index.frame_at(line.end - _BEFORE_END))
        placed.append(replace(line, first_frame=first, last_frame=last))
    return placed
