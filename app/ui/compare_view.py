"""Two clips side by side at the same moment: the moderator's check that two members of a group of re-uploads are
the same footage (mirrored, cropped, re-captioned). One slider moves both; each side shows its clip's exact frame at
that time. Opening and decoding run on jobs, one decode at a time: the newest position asked for is decoded next."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QSlider, QWidget

from app.i18n import translate
from app.text.shown import one_line
from app.text.timecode import format_timecode
from app.ui.tasks import Jobs
from widgets.frame_view import FrameView
from widgets.plain_text import plain_tip

_STEP_MS = 100  # the arrow keys move both clips by this much; Page Up/Down by a second


class CompareDialog(QDialog):
    def __init__(self, jobs: Jobs, paths: tuple[Path, Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Compare clips", "Compare two clips"))
        self.setObjectName("compare-clips")
        self._jobs = jobs
        self._paths = paths
        self._clips: list = []  # the two opened clips, once the opening job is done
        self._decoding = False  # a decode is running
        self._wanted: int | None = None  # the newest position asked for, in milliseconds
        self._shown: int | None = None  # the position on screen
        self.views = (FrameView(), FrameView())
        self._names = [QLabel(one_line(path.name)) for path in paths]
        self._times = [QLabel(translate("Compare clips", "Opening…")) for _ in paths]
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(translate("Compare clips", "Position in both clips"))
        self.slider.setToolTip(translate("Compare clips", "Moves both clips to the same moment"))
        self.slider.setEnabled(False)
        self.slider.setSingleStep(_STEP_MS)
        self.slider.setPageStep(1000)
        self.slider.valueChanged.connect(self._show_at)
        layout = QGridLayout(self)
        for column, (view, name, time) in enumerate(zip(self.views, self._names, self._times, strict=True)):
            name.setTextFormat(Qt.TextFormat.PlainText)  # a file name that looks like HTML stays a name
            name.setToolTip(plain_tip(str(paths[column])))
            layout.addWidget(name, 0, column)
            layout.addWidget(view, 1, column)
            layout.addWidget(time, 2, column)
            view.placeholder = translate("Compare clips", "Opening the clip…")
            view.setAccessibleName(
                translate("Compare clips", "Frame of {clip}").format(clip=one_line(paths[column].name))
            )
        layout.setRowStretch(1, 1)
        layout.addWidget(self.slider, 3, 0, 1, 2)
        hint = QLabel(
            translate("Compare clips", "←/→ move both clips a tenth of a second, Page Up/Down a second; Esc closes.")
        )
        hint.setEnabled(False)
        layout.addWidget(hint, 4, 0, 1, 2)
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.slider.setValue(self.slider.value() - _STEP_MS))
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.slider.setValue(self.slider.value() + _STEP_MS))
        self.resize(1200, 560)
        self._open()

    def _open(self) -> None:
        from app.media.clip import open_clip

        paths = self._paths

        def work(job) -> list:
            opened = []
            try:
                for path in paths:
                    opened.append(open_clip(path))
                    job.report(len(opened) / len(paths))
            except BaseException:
                for clip in opened:
                    clip.close()
                raise
            return opened

        job = self._jobs.start(translate("Compare clips", "Opening the clips to compare"), work)
        job.succeeded.connect(self._on_opened)
        job.failed.connect(self._on_failed)

    def _on_opened(self, clips: list) -> None:
        if not self.isVisible():  # closed while they opened
            for clip in clips:
                clip.close()
            return
        self._clips = clips
        shortest = min(clip.index.duration() for clip in clips)
        self.slider.setRange(0, max(0, int(shortest * 1000) - 1))
        self.slider.setEnabled(True)
        self.slider.setFocus()
        self._show_at(0)

    def _on_failed(self, reason: str) -> None:
        for view in self.views:
            view.placeholder = reason
            view.update()
        for time in self._times:
            time.setText("")

    def _show_at(self, milliseconds: int) -> None:
        """Both clips at that moment. One decode runs at a time: positions asked for meanwhile (a held arrow key, a
        dragged slider) wait, and only the newest of them is decoded next."""
        self._wanted = milliseconds
        if not self._clips or self._decoding:
            return
        self._decoding = True
        clips = list(self._clips)

        def work(job) -> tuple[int, list]:
            pictures = []
            for clip in clips:
                number = clip.index.frame_at(milliseconds / 1000)
                frame = clip.frame(number, "bgra")
                pictures.append((number, frame.seconds, np.ascontiguousarray(frame.image)))
            return milliseconds, pictures

        job = self._jobs.start(translate("Compare clips", "Decoding the frames to compare"), work)
        job.succeeded.connect(lambda answer: self._show(*answer))
        job.failed.connect(self._times[0].setText)
        job.finished.connect(self._decoded)

    def _decoded(self) -> None:
        self._decoding = False
        if self._clips and self._wanted is not None and self._wanted != self._shown:
            self._show_at(self._wanted)

    def _show(self, milliseconds: int, pictures: list) -> None:
        if not self._clips:  # closed meanwhile
            return
        self._shown = milliseconds
        for view, time, (number, seconds, bgra) in zip(self.views, self._times, pictures, strict=True):
            height, width = bgra.shape[:2]
            image = QImage(bgra.data, width, height, bgra.strides[0], QImage.Format.Format_RGB32)
            view.set_image(image, bgra, QSize(width, height))
            time.setText(
                translate("Compare clips", "Frame {number}  ·  {time}").format(
                    number=number, time=format_timecode(seconds)
                )
            )

    def done(self, result: int) -> None:  # closing by Esc, the window's button or accept/reject
        clips, self._clips = self._clips, []  # frames still decoding are for a closed dialog
        super().done(result)
        # closed after the jobs that use them: a job decoding now holds the clip's own lock until it is done
        for clip in clips:
            self._jobs.start(translate("Compare clips", "Closing the compared clips"), lambda job, c=clip: c.close())


def compare_clips(jobs: Jobs, first: Path, second: Path, parent: QWidget | None = None) -> CompareDialog:
    """Show the two clips side by side (not modal: the queue stays usable behind it)."""
    dialog = CompareDialog(jobs, (Path(first), Path(second)), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
