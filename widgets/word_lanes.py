"""Lanes of words under the timeline: what the clip says (subtitles, the transcript) and what it shows (text read
on its frames), each line a block over the frames it lasts, with as much of its text as the block can hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen

from app.text.shown import with_visible_controls

SPOKEN = QColor(120, 190, 255)  # subtitles: what is said
SHOWN = QColor(255, 190, 90)  # text on the frames: what is shown


@dataclass(frozen=True)
class WordSpan:
    first: int  # frames the line lasts, both included
    last: int
    text: str
    timing: str  # the line's times in words, for its tooltip ("00:00:01.2 – 00:00:03.0")


@dataclass(frozen=True)
class WordLane:
    key: str  # which words: "subtitles" or "on_screen"
    name: str  # the label drawn on the lane
    spans: tuple[WordSpan, ...]
    colour: QColor
    about: str = ""  # where the words come from, for the lane's tooltip

    @cached_property
    def rows(self) -> tuple[int, ...]:
        """Each span's row: lines shown at once (a mark in a corner all along, captions changing below it) go on
        rows of their own, the fewest rows that keep them apart, never more than MAX_ROWS."""
        ends: list[int] = []  # the last frame of the latest span on each row
        rows = [0] * len(self.spans)
        for i in sorted(range(len(self.spans)), key=lambda i: (self.spans[i].first, -self.spans[i].last)):
            span = self.spans[i]
            row = next((r for r, end in enumerate(ends) if end < span.first), None)
            if row is None:
                row = min(len(ends), MAX_ROWS - 1)
                if row == len(ends):
                    ends.append(span.last)
            ends[row] = max(ends[row], span.last)
            rows[i] = row
        return tuple(rows)

    @property
    def row_count(self) -> int:
        return max(self.rows, default=0) + 1

    def index_at(self, frame: int, row: int, slack: int = 0) -> int | None:
        """The shortest span on `row` covering `frame`, give or take `slack` frames."""
        hits = [
            i
            for i, span in enumerate(self.spans)
            if self.rows[i] == row and span.first - slack <= frame <= span.last + slack
        ]
        return min(hits, key=lambda i: self.spans[i].last - self.spans[i].first, default=None)


MAX_ROWS = 3


def paint_word_lane(painter: QPainter, box: QRectF, lane: WordLane, x_of, track_colour: QColor) -> None:
    """`lane` in `box`, a row per `lane.rows`: a block per line, its text clipped to the block; `x_of(frame)`
    places frames."""
    painter.fillRect(box, track_colour.darker(130))
    metrics = QFontMetrics(painter.font())
    fill, edge, ink = _faded(lane.colour, 60), _faded(lane.colour, 200), QColor(235, 238, 243)
    row_height = box.height() / lane.row_count
    for span, row in zip(lane.spans, lane.rows, strict=True):
        left, right = x_of(span.first), x_of(span.last + 1)
        top = box.top() + row * row_height
        block = QRectF(max(left, box.left()), top + 1, max(2.0, min(right, box.right()) - left), row_height - 2)
        painter.fillRect(block, fill)
        painter.setPen(QPen(edge, 1))
        painter.drawLine(block.topLeft(), block.bottomLeft())
        room = int(block.width() - 6)
        if room > metrics.averageCharWidth() * 2:
            painter.setPen(ink)
            text = metrics.elidedText(with_visible_controls(span.text), Qt.TextElideMode.ElideRight, room)
            painter.drawText(block.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)
    _paint_name(painter, box, lane.name, track_colour)


def _paint_name(painter: QPainter, box: QRectF, name: str, track_colour: QColor) -> None:
    """The lane's name at its right end, where a line's text rarely is (lines start at the left of their block)."""
    where = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
    label = painter.boundingRect(box.adjusted(0, 0, -4, 0), where, name)
    painter.fillRect(label.adjusted(-3, 0, 3, 0), track_colour.darker(150))
    painter.setPen(QColor(150, 155, 165))
    painter.drawText(label, Qt.AlignmentFlag.AlignVCenter, name)


def _faded(colour: QColor, alpha: int) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded
