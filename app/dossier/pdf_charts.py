"""A detector's score over the clip's time as a picture for the PDF, with the claims' ranges and the evidence frames
marked on it. Drawn at print resolution on white, in the dossier's ink.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from app.dossier import palette
from app.dossier.content import timecode
from app.text.timecode import tick_step, tick_timecode

INK, MUTED, GRID, LINE = (QColor(c) for c in (palette.INK, palette.MUTED, palette.GRID, palette.LINK))
CLAIM_EDGE = QColor(palette.RATING_COLOURS["False"])  # claims are marked in the colour of a false rating
CLAIM_FILL = QColor(CLAIM_EDGE.red(), CLAIM_EDGE.green(), CLAIM_EDGE.blue(), 34)
TIME_TICKS = 8  # at most this many intervals on the time axis: labels of 00:00:00.0 width stay apart
TICKS = 5  # the value axis in fifths: 1, 2 and 5 times a power of ten divide into round numbers


@dataclass(frozen=True)
class ChartMarks:
    """What is marked on every chart of one clip: claims as (number, first frame, last frame) and evidence frames
    as (label, frame); frames are turned into time with `fps` over `frame_count` frames."""

    frame_count: int
    fps: float
    claims: tuple[tuple[int, int, int], ...]
    evidence: tuple[tuple[str, int], ...]


def score_chart(frames: list[int], scores: list[float], marks: ChartMarks, size: tuple[int, int]) -> QImage:
    """The chart as an opaque image `size` pixels wide and high (at 300 dpi: 2030 x 470 fills the column).
    Scores that are not numbers (NaN, infinite) are left out of the line."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    points = [(f, s) for f, s in zip(frames, scores, strict=True) if math.isfinite(s)]
    painter = QPainter(image)
    try:
        _draw(painter, points, marks, width, height)
    finally:
        painter.end()
    return image


def _draw(painter: QPainter, points: list[tuple[int, float]], marks: ChartMarks, width: int, height: int) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = height / 470  # every length below is for a 470-pixel-high chart
    font = QFont()
    font.setPixelSize(round(26 * unit))
    painter.setFont(font)
    plot = QRectF(100 * unit, 42 * unit, width - 120 * unit, height - 100 * unit)
    top = _nice_ceiling(max([s for _, s in points] + [0.0]) or 1.0)
    last = max(marks.frame_count - 1, max((f for f, _ in points), default=0), 1)

    def x(frame: float) -> float:
        return plot.left() + plot.width() * min(max(frame, 0), last) / last

    def y(value: float) -> float:
        return plot.bottom() - plot.height() * max(0.0, min(value, top)) / top

    label_height = 32 * unit
    claims = _merged((first, str(number)) for number, first, _ in marks.claims)
    for row, (first, label) in _stacked([(x(f), t) for f, t in claims], QFontMetricsF(font), 10 * unit):
        painter.setPen(CLAIM_EDGE)
        painter.drawText(QRectF(first + 2 * unit, 4 * unit + row * label_height, 300 * unit, label_height), label)
    for _, first, final in marks.claims:
        band = QRectF(QPointF(x(first), plot.top()), QPointF(max(x(final), x(first) + 3 * unit), plot.bottom()))
        painter.fillRect(band.intersected(plot), CLAIM_FILL)
    for step in range(TICKS + 1):
        value = top * step / TICKS
        painter.setPen(QPen(GRID, 1.2 * unit))
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(0, y(value) - 16 * unit, plot.left() - 12 * unit, 32 * unit),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{value:.{_decimals(top)}f}",
        )
    for frame, label in _time_ticks(last, marks.fps):
        painter.setPen(QPen(MUTED, 1.2 * unit))
        painter.drawLine(QPointF(x(frame), plot.bottom()), QPointF(x(frame), plot.bottom() + 6 * unit))
        box = QRectF(0, plot.bottom() + 10 * unit, 300 * unit, label_height)
        box.moveCenter(QPointF(x(frame), box.center().y()))
        # the first and the last label stay inside the chart
        box.moveLeft(max(box.left(), 0.0))
        box.moveRight(min(box.right(), float(width)))
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
    pen = QPen(LINE, 2.6 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    if len(points) == 1:  # a path of one point paints nothing: a dot shows the one score
        painter.setBrush(LINE)
        painter.drawEllipse(QPointF(x(points[0][0]), y(points[0][1])), 5 * unit, 5 * unit)
    elif points:
        path = QPainterPath(QPointF(x(points[0][0]), y(points[0][1])))
        for frame, value in points[1:]:
            path.lineTo(x(frame), y(value))
        painter.drawPath(path)
    evidence = _merged((frame, label) for label, frame in marks.evidence)
    for frame, _ in evidence:
        painter.setPen(QPen(INK, 1.5 * unit, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x(frame), plot.top()), QPointF(x(frame), plot.bottom()))
    painter.setPen(INK)
    for row, (left, label) in _stacked([(x(f), t) for f, t in evidence], QFontMetricsF(font), 10 * unit):
        box = QRectF(left + 4 * unit, plot.bottom() - (row + 1) * label_height - 2 * unit, 300 * unit, label_height)
        painter.drawText(box, label)
    painter.setPen(QPen(MUTED, 1.5 * unit))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())


def _merged(marks) -> list[tuple[int, str]]:
    """(frame, label) marks with one label per frame: "E1, E2" for two evidence frames pinned on the same frame."""
    by_frame: dict[int, list[str]] = {}
    for frame, label in marks:
        by_frame.setdefault(frame, []).append(label)
    return [(frame, ", ".join(labels)) for frame, labels in sorted(by_frame.items())]


def _stacked(
    labels: list[tuple[float, str]], metrics: QFontMetricsF, gap: float
) -> list[tuple[int, tuple[float, str]]]:
    """Each (left edge, text) label with the row it is drawn in: the first row where it clears the labels before
    it, so that marks close together stay legible instead of printing over each other."""
    ends: list[float] = []  # per row, where its last label ends
    placed = []
    for left, text in sorted(labels):
        row = next((r for r, end in enumerate(ends) if end + gap <= left), len(ends))
        if row == len(ends):
            ends.append(0.0)
        ends[row] = left + metrics.horizontalAdvance(text) + gap
        placed.append((row, (left, text)))
    return placed


def _time_ticks(last: int, fps: float) -> list[tuple[float, str]]:
    """(frame, label) at round times (every 0.5 s, 1 s, 5 s, ...) over the clip, or at round frame numbers when
    the frame rate is unknown."""
    if fps <= 0:
        step = max(1, _nice_ceiling(last / TIME_TICKS))
        return [(frame, timecode(int(frame), 0, in_english=False)) for frame in _multiples(last, step)]
    step = tick_step(last / fps, TIME_TICKS)
    return [(t * fps, tick_timecode(t, step)) for t in _multiples(last / fps, step)]


def _multiples(end: float, step: float) -> list[float]:
    """0, step, 2 step, ... up to `end` (a hair of rounding past it included)."""
    return [i * step for i in range(int(end / step + 1e-9) + 1)]


def _decimals(top: float) -> int:
    """Enough decimals for a fifth of `top` (1, 2 or 5 times a power of ten) to print exactly."""
    return max(0, -math.floor(math.log10(top / TICKS)))


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2 and 5 times a power of ten that is at least `value`: an axis a reader can count on."""
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)
