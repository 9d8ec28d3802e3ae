"""The status bar's readout of the clip on screen: the frame, its time and PTS, the zoom, the pixel under the
cursor, the in/out marks, dropped frames, the forensic filter that is on, and the SHA-256 being computed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from app.i18n import translate
from app.text.timecode import format_timecode
from widgets.colours import mark

if TYPE_CHECKING:  # the media engine loads after the first paint
    from app.media.clip import Clip


class StatusReadout:
    def __init__(self, bar: QStatusBar) -> None:
        self.frame, self.time, self.pts = QLabel(), QLabel(), QLabel()
        self.zoom = QLabel(translate("Status bar", "Fit"))
        self.pixel, self.dropped, self.marks = QLabel(""), QLabel(), QLabel()
        self.filter = QLabel("")  # the forensic view writes the filter that is on
        mark(self.filter, "caution")
        self.hash_bar = QProgressBar()
        self.hash_bar.setMaximumWidth(140)
        self.hash_bar.setFormat("SHA-256 %p%")
        self.hash_bar.setAccessibleName(translate("Status bar", "Computing the clip's SHA-256"))
        for label in (self.frame, self.time, self.pts):
            label.setMinimumWidth(90)
            label.setStyleSheet("font-family: monospace;")
        for widget in (
            self.pixel,
            self.filter,
            self.hash_bar,
            self.marks,
            self.dropped,
            self.zoom,
            self.frame,
            self.time,
            self.pts,
        ):
            bar.addPermanentWidget(widget)
        self.clear()

    def show_player_readouts(self, shown: bool) -> None:
        """The frame, time, zoom, pixel ... readouts, which say something only about the Player page."""
        for label in (self.frame, self.time, self.pts, self.zoom, self.pixel, self.dropped, self.marks, self.filter):
            label.setVisible(shown)

    def clear(self) -> None:
        """No clip on screen."""
        self.hash_bar.hide()
        self.frame.setText(translate("Status bar", "No clip"))
        self.time.setText("--:--:--.---")
        self.pts.setText("PTS –")
        self.marks.setText("")
        self.show_dropped(0)

    def opened(self) -> None:
        """A clip is open: its SHA-256 is being computed, nothing dropped yet."""
        self.hash_bar.setValue(0)
        self.hash_bar.show()
        self.show_dropped(0)

    def show_dropped(self, count: int) -> None:
        self.dropped.setText(translate("Status bar", "Dropped {count}").format(count=count))

    def show_frame(self, shown, count: int) -> None:
        number = f"{'' if shown.exact else '~'}{shown.number}"
        if not shown.exact:  # a stand-in while dragging: the frame under the playhead is only near it
            if shown.keyframe:
                words = translate("Status bar", "Frame {number} / {last}  (keyframe preview)")
            else:
                words = translate("Status bar", "Frame {number} / {last}  (preview)")
        elif shown.keyframe:
            words = translate("Status bar", "Frame {number} / {last}  keyframe")
        else:
            words = translate("Status bar", "Frame {number} / {last}")
        self.frame.setText(words.format(number=number, last=count - 1))
        self.time.setText(format_timecode(shown.seconds))
        self.pts.setText(f"PTS {shown.pts}")

    def show_scrub(self, number: int) -> None:
        self.frame.setText(translate("Status bar", "Frame {number}  (dragging)").format(number=number))

    def show_marks(self, clip: Clip | None, mark_in: int | None, mark_out: int | None) -> None:
        if clip is None or (mark_in is None and mark_out is None):
            self.marks.setText("")
            return
        first = mark_in if mark_in is not None else 0
        last = mark_out if mark_out is not None else clip.frame_count - 1
        span = clip.index.seconds(last) - clip.index.seconds(first)
        self.marks.setText(
            translate("Status bar", "In {mark_in}  Out {mark_out}  ({seconds} s)").format(
                mark_in=format_timecode(clip.index.seconds(first)),
                mark_out=format_timecode(clip.index.seconds(last)),
                seconds=f"{span:.3f}",
            )
        )

    def show_zoom(self, scale: float, fitted: bool) -> None:
        percent = f"{scale * 100:.0f}"
        if fitted:
            self.zoom.setText(translate("Status bar", "Fit {percent}%").format(percent=percent))
        else:
            self.zoom.setText(f"{percent}%")

    def show_pixel(self, image: QImage | None, frame_size: QSize | None, x: int, y: int) -> None:
        if x < 0 or image is None:
            self.pixel.setText("")
            return
        text = f"x {x}  y {y}"
        if image.size() == frame_size:  # not while a smaller preview stands in for the frame
            color = image.pixelColor(x, y)
            text += f"   RGB {color.red()} {color.green()} {color.blue()}"
        self.pixel.setText(text)
