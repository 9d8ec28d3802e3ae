"""Analysis > Calibrate on decided clips: the clip-level model refitted on this case's decided clips (verdicts that
say camera footage or generated), shown beside the shipped calibration measured on the same clips, and the
reviewer's choice of which one new figures are measured under. The refit runs on a worker; too few decided clips
are said in words and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.analysis.calibration_names import calibration_words
from app.i18n import translate
from app.ui.clip_evidence_words import accuracy_lines
from app.ui.tasks import Job

if TYPE_CHECKING:
    from analyzers.evidence.clip_model import Calibration
    from app.analysis.calibrations import Refit
    from app.ui.case import CaseController
    from app.ui.tasks import Jobs


@dataclass(frozen=True)
class Compared:
    """The refit and what it is compared with, read on a worker."""

    refit: Refit | None
    shipped: Calibration | None
    in_use: str  # the name of the calibration in use now ("" when none is installed)
    newsroom_in_use: bool  # a newsroom calibration is in use (the shipped one can be gone back to)
    problem: str = ""  # why there is no refit, in words


def compare(decided: list[dict], job: Job) -> Compared:
    from analyzers.evidence.clip_model import CalibrationError, load_calibration
    from analyzers.evidence.fit import TooFewClips
    from analyzers.registry import discover
    from app.analysis.calibrations import calibration_in_use, in_use_path, refit_on_decided, shipped_path
    from app.analysis.detector_words import error_words

    newsroom = in_use_path().is_file()
    try:
        in_use = calibration_words(calibration_in_use().name)
    except (CalibrationError, OSError):
        in_use = ""
    if not shipped_path().is_file():
        problem = translate(
            "Calibration dialog",
            "No calibration installed: a newsroom calibration is fitted on the shipped calibration's measurements, "
            "and none is in place. Nothing was changed.",
        )
        return Compared(None, None, in_use, newsroom, problem)
    try:
        shipped = load_calibration(shipped_path())
    except CalibrationError as error:
        problem = translate("Calibration dialog", "The shipped calibration cannot be used: {reason}.").format(
            reason=error_words(error)
        )
        return Compared(None, None, in_use, newsroom, problem)
    versions = {a.manifest.id: a.manifest.version for a in discover().analyzers}
    try:
        refit = refit_on_decided(decided, shipped, versions)
    except TooFewClips as error:
        problem = translate("Calibration dialog", "Too few decided clips: {reason}. Nothing was changed.").format(
            reason=error_words(error)
        )
        return Compared(None, shipped, in_use, newsroom, problem)
    return Compared(refit, shipped, in_use, newsroom)


class CalibrationDialog(QDialog):
    def __init__(self, parent: QWidget, jobs: Jobs, case: CaseController | None, changed: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Calibration dialog", "Calibrate clip evidence on decided clips"))
        self.jobs, self.changed = jobs, changed
        self.compared: Compared | None = None
        self.job: Job | None = None
        self.status = _label(translate("Calibration dialog", "Reading the case's decided clips…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(translate("Calibration dialog", "Refitting the calibration"))
        self.newsroom = _Column(translate("Calibration dialog", "This newsroom's calibration"))
        self.shipped = _Column(translate("Calibration dialog", "The shipped calibration, on the same clips"))
        columns = QHBoxLayout()
        columns.addWidget(self.newsroom, 1)
        columns.addWidget(self.shipped, 1)
        self.in_use = _label("")
        self.use_newsroom = QPushButton(translate("Calibration dialog", "Use the newsroom's calibration"))
        self.use_newsroom.clicked.connect(lambda: self._use(True))
        self.use_shipped = QPushButton(translate("Calibration dialog", "Go back to the shipped calibration"))
        self.use_shipped.clicked.connect(lambda: self._use(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.use_newsroom, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.use_shipped, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        note = _label(
            translate(
                "Calibration dialog",
                "Figures are evidence for the reviewer, not verdicts. A newsroom calibration learns from this case's "
                "own decisions, its mistakes included; compare the two on the same clips before choosing. The choice "
                "applies to figures measured from now on; the listed clips are measured again under it.",
            )
        )
        layout = QVBoxLayout(self)
        for widget in (self.status, self.progress):
            layout.addWidget(widget)
        layout.addLayout(columns)
        for widget in (self.in_use, note, self.buttons):
            layout.addWidget(widget)
        self.newsroom.hide()
        self.shipped.hide()
        self.use_newsroom.setEnabled(False)
        self.use_shipped.setEnabled(False)
        self.resize(760, 420)
        self.finished.connect(lambda _result: self.job is not None and self.job.cancel())
        if case is None:
            self._show_problem(
                translate(
                    "Calibration dialog", "No case is open: a newsroom calibration is fitted on a case's decided clips."
                )
            )
        else:
            case.decided_clip_scores(self._refit, self._show_problem)

    def _refit(self, decided: list[dict]) -> None:
        refitting = translate("Calibration dialog", "Refitting on {count} decided clip(s) with measured clip evidence…")
        self.status.setText(refitting.format(count=len(decided)))
        self.job = self.jobs.start(
            translate("Calibration dialog", "Refitting the clip evidence"), lambda job: compare(decided, job)
        )
        self.job.succeeded.connect(self._show)
        self.job.failed.connect(self._show_problem)

    def _show_problem(self, words: str) -> None:
        self.progress.hide()
        self.status.setText(words)

    def _show(self, compared: Compared) -> None:
        self.compared, self.job = compared, None
        self.progress.hide()
        self.use_shipped.setEnabled(compared.newsroom_in_use and compared.shipped is not None)
        if compared.in_use:
            self.in_use.setText(translate("Calibration dialog", "In use now: {name}.").format(name=compared.in_use))
        else:
            self.in_use.setText(translate("Calibration dialog", "No calibration is installed."))
        if compared.refit is None:
            self.status.setText(compared.problem)
            return
        refit, shipped = compared.refit, compared.shipped
        self.status.setText(translate("Calibration dialog", "Both measured on the same decided clips of this case:"))
        local = refit.local
        self.newsroom.set_lines(
            [
                calibration_words(local.name),
                *accuracy_lines(local.measured),
                translate("Calibration dialog", "Fitted on {clips}.").format(clips=calibration_words(local.fitted_on)),
                translate(
                    "Calibration dialog", "Left out: {count} decided clip(s) measured by other detector versions."
                ).format(count=refit.left_out)
                if refit.left_out
                else translate("Calibration dialog", "No decided clip left out."),
            ]
        )
        same = refit.shipped_on_decided
        self.shipped.set_lines(
            [
                calibration_words(shipped.name),
                *accuracy_lines({translate("Calibration dialog", "these decided clips (it never saw them)"): same}),
                translate("Calibration dialog", "Where it was measured before:"),
                *accuracy_lines(shipped.measured),
            ]
        )
        self.newsroom.show()
        self.shipped.show()
        self.use_newsroom.setEnabled(True)

    def _use(self, newsroom: bool) -> None:
        chosen = self.compared.refit.local if newsroom and self.compared and self.compared.refit else None

        def work(job: Job) -> str:
            from app.analysis.calibrations import use

            use(chosen)
            return chosen.name if chosen is not None else (self.compared.shipped.name if self.compared.shipped else "")

        self.use_newsroom.setEnabled(False)
        self.use_shipped.setEnabled(False)
        job = self.jobs.start(translate("Calibration dialog", "Choosing the calibration"), work)
        job.succeeded.connect(self._chosen)
        job.failed.connect(self._show_problem)

    def _chosen(self, name: str) -> None:
        newsroom = name != (self.compared.shipped.name if self.compared and self.compared.shipped else "")
        self.in_use.setText(
            translate(
                "Calibration dialog",
                "In use now: {name}. The listed clips are being measured again under it, in the background.",
            ).format(name=calibration_words(name))
        )
        self.use_shipped.setEnabled(newsroom)
        self.use_newsroom.setEnabled(not newsroom and self.compared is not None and self.compared.refit is not None)
        self.changed()


class _Column(QGroupBox):
    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.text = _label("")
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def set_lines(self, lines: list[str]) -> None:
        self.text.setText("\n".join(lines))


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
