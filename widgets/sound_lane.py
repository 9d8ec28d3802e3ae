"""The sound's lane under the timeline: its waveform, drawn on the timeline's own frame-to-x mapping, and on hover
how loud the sound is at the frame hovered."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from app.i18n import translate
from widgets.waveform_painter import paint_waveform

WAVE = QColor(110, 200, 160)
_FULL_SCALE = 127  # the peaks' full scale (app.media.waveform)


class SoundLane:
    """A timeline.PaintedLane over the peaks of app.media.waveform.Waveform."""

    height = 30

    def __init__(
        self, peaks: np.ndarray, per_second: float, seconds_of: Callable[[int], float], frame_count: int
    ) -> None:
        self.peaks, self.per_second = peaks, per_second
        self._seconds_of, self._frame_count = seconds_of, frame_count

    @property
    def name(self) -> str:
        return translate("Sound lane", "Sound")

    def paint(self, painter: QPainter, box: QRectF, x_of: Callable[[int], float]) -> None:
        painter.fillRect(box, QColor(31, 34, 39))
        paint_waveform(painter, box, self.peaks, self.per_second, x_of, self._seconds_of, self._frame_count, WAVE)
        label = painter.boundingRect(box.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.name)
        painter.fillRect(label.adjusted(-3, 0, 3, 0), QColor(31, 34, 39, 200))
        painter.setPen(QColor(150, 155, 165))
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter, self.name)

    def tip_at(self, frame: int) -> str:
        """The loudest sample around the frame, in decibels below full scale."""
        seconds = self._seconds_of(frame)
        at = int(seconds * self.per_second)
        near = self.peaks[max(0, at - 2) : at + 3]
        if not len(near):
            return "<p>" + translate("Sound lane", "No sound at this frame.") + "</p>"
        loudest = int(np.abs(near.astype(np.int16)).max())
        if loudest == 0:
            level = translate("Sound lane", "Sound at {seconds} s: silence").format(seconds=f"{seconds:.2f}")
        else:
            level = translate("Sound lane", "Sound at {seconds} s: {level} dBFS at its loudest").format(
                seconds=f"{seconds:.2f}", level=f"{20 * np.log10(loudest / _FULL_SCALE):.0f}"
            )
        spectrogram = translate("Sound lane", "The Spectrogram panel shows its frequencies.")
        return f"<p>{level}</p><p><i>{spectrogram}</i></p>"
