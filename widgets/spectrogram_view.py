"""The spectrogram view: the sound's spectrum over time, zoomable in time, with a kHz axis, a time axis and the
playhead. Wheel (with or without Ctrl) or +/- zooms around the cursor or the playhead, 0 shows it all, dragging
pans, and a click asks the player to go there (`seek_requested`).

It is given a plain picture (app.media.spectrogram.Spectrogram or anything with the same three arrays) and builds
its colour image once; painting draws the visible part of it, so zooming and panning cost nothing.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.i18n import translate
from app.text.timecode import TICK_STEPS, tick_timecode

_AXIS_W, _AXIS_H = 48, 20  # the kHz axis on the left, the time axis below
_ZOOM_STEP = 1.25
_MIN_COLUMNS = 16  # the narrowest view: zooming further would only make columns wider
_DRAG_PX = 4  # a press that moves less than this is a click
_PLAYHEAD = QColor(255, 82, 82)
# Black through purple and orange to pale yellow (after matplotlib's magma): quiet is dark, loud is bright, and the
# plot reads the same on a dark or a light window.
_STOPS = (
    (0.0, (0, 0, 4)),
    (0.25, (80, 18, 123)),
    (0.5, (182, 54, 121)),
    (0.75, (251, 136, 97)),
    (1.0, (252, 253, 191)),
)


class SpectrogramPicture(Protocol):
    image: np.ndarray  # frequency rows (0 Hz first) x time columns, uint8 levels
    times: np.ndarray  # each column's centre, clip seconds, evenly spaced
    frequencies: np.ndarray  # each row's Hz, evenly spaced


def _colour_table() -> np.ndarray:
    levels = np.linspace(0, 1, 256)
    at, colours = [s[0] for s in _STOPS], np.array([s[1] for s in _STOPS], np.float64)
    rgb = np.stack([np.interp(levels, at, colours[:, c]) for c in range(3)], axis=1).round().astype(np.uint32)
    return 0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]


_COLOURS = _colour_table()


class SpectrogramView(QWidget):
    seek_requested = Signal(float)  # clip seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 90)
        self.setAccessibleName(translate("Spectrogram", "Spectrogram"))
        self.setToolTip(
            translate(
                "Spectrogram",
                "The sound's frequencies over time: the wheel or +/- zooms, 0 shows it all, dragging pans, a click "
                "goes there",
            )
        )
        self._image: QImage | None = None
        self._pixels: np.ndarray | None = None  # the QImage's buffer, kept alive with it
        self._start = self._column_seconds = 0.0
        self._columns = 0
        self._top_hz = 0.0
        self._span = (0.0, 0.0)  # the visible clip seconds
        self._playhead: float | None = None
        self._message = translate("Spectrogram", "No sound measured yet.")
        self._pressed: QPointF | None = None
        self._panning_from: tuple[float, tuple[float, float]] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 170)

    # --- what it shows --------------------------------------------------------------------------------------
    def set_spectrogram(self, picture: SpectrogramPicture | None, message: str = "") -> None:
        """Show `picture`, all of it; None shows `message` instead (e.g. 'This clip has no sound.')."""
        if picture is None or picture.image.shape[1] < 2:
            self._image, self._pixels, self._columns = None, None, 0
            self._message = message or translate("Spectrogram", "The sound is too short for a spectrogram.")
        else:
            levels = np.ascontiguousarray(picture.image[::-1])  # the highest frequency at the top
            self._pixels = _COLOURS[levels]
            height, width = self._pixels.shape
            self._image = QImage(self._pixels.data, width, height, width * 4, QImage.Format.Format_RGB32)
            self._columns = width
            self._column_seconds = float(picture.times[1] - picture.times[0])
            self._start = float(picture.times[0]) - self._column_seconds / 2
            self._top_hz = float(picture.frequencies[-1])
            self._span = (self._start, self._end())
        self.update()

    @property
    def message(self) -> str:
        """What the view says in place of a picture ('' while it shows one)."""
        return self._message if self._image is None else ""

    def set_playhead(self, seconds: float | None) -> None:
        self._playhead = seconds
        self.update()

    def visible_span(self) -> tuple[float, float]:
        """The clip seconds shown, first and last."""
        return self._span

    def zoom(self, factor: float, around: float | None = None) -> None:
        """Show 1/factor of the time shown now, keeping the clip second `around` (default: the playhead, else the
        middle) where it is on screen."""
        if self._image is None:
            return
        first, last = self._span
        if around is None:
            around = self._playhead if self._playhead is not None and first <= self._playhead <= last else None
        around = (first + last) / 2 if around is None else around
        whole = self._end() - self._start
        width = min(whole, max(_MIN_COLUMNS * self._column_seconds, (last - first) / factor))
        share = (around - first) / max(1e-9, last - first)
        self._show_from(around - share * width, width)

    # --- geometry -------------------------------------------------------------------------------------------
    def plot_rect(self) -> QRectF:
        """Where the spectrogram itself is drawn, inside the axes."""
        return QRectF(_AXIS_W, 9, max(1, self.width() - _AXIS_W - 12), max(1, self.height() - _AXIS_H - 13))

    def x_of(self, seconds: float) -> float:
        plot, (first, last) = self.plot_rect(), self._span
        return plot.left() + (seconds - first) / max(1e-9, last - first) * plot.width()

    def seconds_at(self, x: float) -> float:
        plot, (first, last) = self.plot_rect(), self._span
        return first + (x - plot.left()) / plot.width() * (last - first)

    def _end(self) -> float:
        return self._start + self._columns * self._column_seconds

    def _show_from(self, first: float, width: float) -> None:
        first = min(max(first, self._start), self._end() - width)
        self._span = (first, first + width)
        self.update()

    # --- painting -------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.window())
        plot = self.plot_rect()
        if self._image is None:
            painter.setPen(palette.windowText().color())
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._message)
        else:
            first, last = self._span
            left = (first - self._start) / self._column_seconds
            source = QRectF(left, 0, (last - first) / self._column_seconds, self._image.height())
            painter.drawImage(plot, self._image, source)
            self._paint_frequency_axis(painter, plot)
            self._paint_time_axis(painter, plot)
            if self._playhead is not None and first <= self._playhead <= last:
                painter.setPen(QPen(_PLAYHEAD, 1.5))
                x = self.x_of(self._playhead)
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.end()

    def _paint_frequency_axis(self, painter: QPainter, plot: QRectF) -> None:
        painter.setPen(self.palette().windowText().color())
        khz = self._top_hz / 1000
        step = next((s for s in (1, 2, 4, 5, 10, 20, 50) if plot.height() * s / max(khz, 1e-9) >= 22), 50)
        for tick in np.arange(0, khz + 1e-9, step):
            y = plot.bottom() - tick / khz * plot.height()
            painter.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y))
            box = QRectF(0, y - 8, _AXIS_W - 7, 16)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{tick:g}")
        painter.save()
        painter.translate(10, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-40, -8, 80, 16), Qt.AlignmentFlag.AlignCenter, "kHz")
        painter.restore()

    def _paint_time_axis(self, painter: QPainter, plot: QRectF) -> None:
        first, last = self._span
        seconds_per_px = (last - first) / plot.width()
        step = next((s for s in TICK_STEPS if s / seconds_per_px >= 90), TICK_STEPS[-1])
        tick = np.ceil(first / step) * step
        while tick <= last:
            x = self.x_of(tick)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            box = QRectF(x - 45, plot.bottom() + 4, 90, _AXIS_H)
            if box.right() > self.width():  # a label cut at the edge reads as another time
                break
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, tick_timecode(tick, step))
            tick += step

    # --- input ----------------------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        notches = event.angleDelta().y() / 120
        if notches and self._image is not None:
            self.zoom(_ZOOM_STEP**notches, around=self.seconds_at(event.position().x()))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(_ZOOM_STEP)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom(1 / _ZOOM_STEP)
        elif event.key() == Qt.Key.Key_0 and self._image is not None:
            self._show_from(self._start, self._end() - self._start)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._image is not None:
            self._pressed = event.position()
            self._panning_from = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pressed is None:
            return
        moved = event.position().x() - self._pressed.x()
        if self._panning_from is None and abs(moved) >= _DRAG_PX:
            self._panning_from = (self._pressed.x(), self._span)
        if self._panning_from is not None:
            x0, (first, last) = self._panning_from
            seconds = (event.position().x() - x0) / self.plot_rect().width() * (last - first)
            self._show_from(first - seconds, last - first)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pressed, self._pressed = self._pressed, None
        if pressed is None or self._panning_from is not None:
            return
        if self.plot_rect().contains(event.position()):
            self.seek_requested.emit(max(0.0, self.seconds_at(event.position().x())))
