"""A detector's score over the clip's time as a picture for the PDF, with the claims' ranges and the evidence frames
marked on it. Drawn at print resolution on white, in the dossier's ink.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from app.timecode import format_timecode

INK, MUTED, GRID = QColor("#1b1d21"), QColor("#5b616b"), QColor("#d9dce1")
LINE = QColor("#1a4f9c")
CLAIM_FILL = QColor(179, 38, 30, 34)
CLAIM_EDGE = QColor("#b3261e")


@dataclass(frozen=True)
class ChartMarks:
    """What is marked on every chart of one clip: claims as (number, first frame, last frame) and evidence frames
    as (label, frame); frames are turned into time with `fps` over `frame_count` frames."""

    frame_count: int
    fps: float
    claims: tuple[tuple[int, int, int], ...]
    evidence: tuple[tuple[str, int], ...]


def score_chart(frames: list[int], scores: list[float], marks: ChartMarks, size: tuple[int, int]) -> QImage:
    """The chart as an opaque image `size` pixels wide and high (at 300 dpi: 2030 x 470 fills the column)."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = height / 470  # every length below is for a 470-pixel-high chart
    font = QFont()
    font.setPixelSize(round(22 * unit))
    painter.setFont(font)
    plot = QRectF(90 * unit, 40 * unit, width - 110 * unit, height - 95 * unit)
    top = max([*scores, 0.0]) or 1.0
    top = _nice_ceiling(top)
    last = max(marks.frame_count - 1, max(frames, default=0), 1)

    def x(frame: float) -> float:
        return plot.left() + plot.width() * frame / last

    def y(value: float) -> float:
        return plot.bottom() - plot.height() * max(0.0, min(value, top)) / top

    for number, first, final in marks.claims:
        band = QRectF(QPointF(x(first), plot.top()), QPointF(max(x(final), x(first) + 3 * unit), plot.bottom()))
        painter.fillRect(band, CLAIM_FILL)
        painter.setPen(QPen(CLAIM_EDGE, 1.5 * unit))
        painter.drawText(QRectF(band.left(), 4 * unit, 200 * unit, 32 * unit), Qt.AlignmentFlag.AlignLeft, str(number))
    painter.setPen(QPen(GRID, 1.2 * unit))
    for step in range(5):
        value = top * step / 4
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(0, y(value) - 14 * unit, plot.left() - 12 * unit, 28 * unit),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{value:.2f}",
        )
        painter.setPen(QPen(GRID, 1.2 * unit))
    for step in range(6):
        frame = last * step / 5
        painter.setPen(MUTED)
        label = format_timecode(frame / marks.fps) if marks.fps > 0 else f"frame {round(frame)}"
        align = (
            Qt.AlignmentFlag.AlignHCenter
            if 0 < step < 5
            else (Qt.AlignmentFlag.AlignLeft if step == 0 else Qt.AlignmentFlag.AlignRight)
        )
        box = QRectF(x(frame) - 150 * unit, plot.bottom() + 10 * unit, 300 * unit, 30 * unit)
        if step == 0:
            box.moveLeft(x(frame))
        elif step == 5:
            box.moveRight(x(frame))
        painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, label)
    if frames:
        path = QPainterPath(QPointF(x(frames[0]), y(scores[0])))
        for frame, value in zip(frames[1:], scores[1:], strict=True):
            path.lineTo(x(frame), y(value))
        painter.setPen(
            QPen(LINE, 2.6 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        )
        painter.drawPath(path)
    for label, frame in marks.evidence:
        painter.setPen(QPen(INK, 1.5 * unit, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x(frame), plot.top()), QPointF(x(frame), plot.bottom()))
        painter.setPen(INK)
        painter.drawText(QRectF(x(frame) + 4 * unit, plot.bottom() - 32 * unit, 100 * unit, 30 * unit), label)
    painter.setPen(QPen(MUTED, 1.5 * unit))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    painter.end()
    return image


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2 and 5 times a power of ten that is at least `value`: an axis a reader can count on."""
    import math

    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)
