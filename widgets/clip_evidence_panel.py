"""The clip-level evidence of the clip on screen: one calibrated figure, its interval, what it was measured on, the
calibration that gave it and where that calibration's accuracy was measured. A weight of evidence, never a verdict:
nothing here is coloured as a warning or an all-clear."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.text.shown import with_visible_controls

NOT_A_VERDICT = QT_TRANSLATE_NOOP(
    "Clip evidence panel", "Evidence for the reviewer, not a verdict: the reviewer decides."
)


@dataclass(frozen=True)
class FigureShown:
    """One clip's figure as the panel shows it, every part already in words."""

    figure: str  # "0.86"
    meaning: str  # what the figure is a probability of, and under which prior
    interval: str  # "90% interval 0.71-0.93 ..."
    in_words: str  # the likelihood ratio in words
    measured_on: str  # the rendition
    calibration: str  # its name and what it was fitted on
    accuracy: tuple[str, ...]  # one line per place its accuracy was measured
    failure_modes: tuple[str, ...]


class ClipEvidencePanel(QWidget):
    measure = Signal()  # the reviewer asks for the figure of the clip on screen (again)
    cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = QLabel()
        font = self.figure.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.figure.setFont(font)
        self.meaning = _label()
        self.interval = _label()
        self.in_words = _label(muted=False)  # the likelihood ratio: the part that holds whatever the prior
        self.status = _label()  # no clip, no calibration, measuring, could not measure
        self.details = _label(muted=False)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.note = _label()
        self.note.setText(translate("Clip evidence panel", NOT_A_VERDICT))
        self.progress = QProgressBar()
        self.progress.setFormat(translate("Clip evidence panel", "Measuring %p%"))
        self.progress.setAccessibleName(translate("Clip evidence panel", "Measuring the clip-level evidence"))
        self.measure_button = QPushButton(translate("Clip evidence panel", "Measure again"))
        self.measure_button.setToolTip(
            translate("Clip evidence panel", "Measure the clip-level evidence of the clip on screen (Ctrl+Alt+E)")
        )
        self.measure_button.clicked.connect(self.measure)
        self.cancel_button = QPushButton(translate("Clip evidence panel", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.measure_button)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for widget in (self.status, self.figure, self.meaning, self.in_words, self.interval, self.details, self.note):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_message(
            translate("Clip evidence panel", "Open a clip: its clip-level evidence is measured in the background.")
        )

    def show_figure(self, shown: FigureShown) -> None:
        self.status.hide()
        self.figure.setText(shown.figure)
        self.meaning.setText(shown.meaning)
        self.interval.setText(shown.interval)
        self.in_words.setText(shown.in_words)
        lines = [
            translate("Clip evidence panel", "Measured on {rendition}.").format(rendition=shown.measured_on),
            "",
            translate("Clip evidence panel", "Calibration: {calibration}").format(
                calibration=with_visible_controls(shown.calibration)
            ),
            *(f"  {line}" for line in shown.accuracy),
        ]
        if shown.failure_modes:
            where_wrong = translate("Clip evidence panel", "Where it can be wrong:")
            lines += ["", where_wrong, *(f"  • {mode}" for mode in shown.failure_modes)]
        self.details.setText("\n".join(lines))
        for widget in (self.figure, self.meaning, self.interval, self.in_words, self.details):
            widget.show()
        self._idle(can_measure=True)

    def show_message(self, text: str, can_measure: bool = False) -> None:
        """No figure: why (no clip, no calibration installed, could not be measured), in words."""
        self.status.setText(text)
        self.status.show()
        for widget in (self.figure, self.meaning, self.interval, self.in_words, self.details):
            widget.hide()
        self._idle(can_measure)

    def show_measuring(self, fraction: float | None, text: str = "") -> None:
        if text:
            self.show_message(text)
        self.progress.setRange(0, 0 if fraction is None else 100)
        if fraction is not None:
            self.progress.setValue(round(fraction * 100))
        self.progress.show()
        self.cancel_button.show()
        self.measure_button.hide()

    def _idle(self, can_measure: bool) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.measure_button.setVisible(can_measure)
        again = self.figure.isVisibleTo(self)
        self.measure_button.setText(
            translate("Clip evidence panel", "Measure again") if again else translate("Clip evidence panel", "Measure")
        )


def _label(muted: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:  # the palette's quieter text, legible on the dark theme and on a light desktop alike
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
