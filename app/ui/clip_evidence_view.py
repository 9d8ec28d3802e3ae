"""Clip-level evidence in the window: the open clip's figure is measured in the background when the case has none
under the calibration in use, kept in the case, and shown in the Clip evidence panel and the Clips list; then the
other listed clips without one are measured, one at a time, while nothing else is asked for.

One measurement runs at a time. A newly opened clip (or Analysis > Measure clip evidence) goes first: a listed
clip being measured is cancelled and waits its turn again. A measurement is: the clip's SHA-256 and the calibration
in use (on a worker), the case asked for a figure it already keeps (on the store thread), and only without one the
clip's rendition scored by the detectors the calibration needs (on a worker, with progress and Cancel).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from analyzers.evidence.clip_model import ClipEvidence
from app.i18n import translate
from app.ui.clip_evidence_words import figure_shown, list_tip
from app.ui.tasks import Job
from widgets.clip_evidence_panel import ClipEvidencePanel

if TYPE_CHECKING:
    from analyzers.evidence.clip_model import Calibration
    from app.ui.case import CaseController
    from app.ui.shell import Shell

MEASURE_SHORTCUT = "Ctrl+Alt+E"
NO_CALIBRATION = QT_TRANSLATE_NOOP(
    "Clip evidence",
    "No calibration installed: a clip-level figure needs a calibration file, and none is in place. The detectors, "
    "heatmaps and score tracks work without it.",
)


@dataclass(frozen=True)
class Prepared:
    """What a measurement starts from, read on a worker."""

    sha256: str
    calibration: Calibration


@dataclass(frozen=True)
class Problem:
    """Why a clip has no figure, in words; `stop` when no other clip would fare better (no calibration)."""

    words: str
    stop: bool = False


def prepare(path: Path, job: Job) -> Prepared | Problem:
    from analyzers.evidence.clip_model import CalibrationError
    from app.analysis.calibrations import calibration_in_use, in_use_path, shipped_path
    from app.analysis.detector_words import error_words
    from app.media.hashing import sha256_file

    if not in_use_path().is_file() and not shipped_path().is_file():
        return Problem(translate("Clip evidence", NO_CALIBRATION), stop=True)
    try:
        calibration = calibration_in_use()
    except CalibrationError as error:
        return Problem(
            translate("Clip evidence", "The calibration cannot be used: {reason}.").format(reason=error_words(error)),
            stop=True,
        )
    return Prepared(sha256_file(path, cancelled=job.is_cancelled), calibration)


class _Detectors:
    """The installed detectors, found once (on a worker) for every measurement after."""

    registry = None

    @classmethod
    def get(cls):
        if cls.registry is None:
            from analyzers.registry import discover

            cls.registry = discover()
        return cls.registry


def measure(path: Path, prepared: Prepared, provider: str, job: Job):
    """The clip's Measured, or a Problem; raises Cancelled."""
    from analyzers.run import AnalysisCancelled
    from app.analysis.clip_evidence import NotMeasured, measure_clip
    from app.media.errors import Cancelled
    from app.media.rendition import EncodingCancelled

    try:
        return measure_clip(
            path,
            prepared.sha256,
            prepared.calibration,
            _Detectors.get(),
            provider=provider,
            on_progress=lambda done, total: job.report(0.1 + 0.9 * done / max(1, total or 1)),
            cancelled=job.is_cancelled,
        )
    except (AnalysisCancelled, EncodingCancelled) as error:
        raise Cancelled() from error
    except NotMeasured as error:
        return Problem(
            translate("Clip evidence", "Clip evidence could not be measured: {reason}.").format(reason=error)
        )


AUTOMATIC_KEY = "analysis/measure_clip_evidence_automatically"


class ClipEvidenceView:
    def __init__(self, shell: Shell, case: CaseController | None, provider: Callable[[], str]) -> None:
        self.shell, self.case, self.provider = shell, case, provider
        self.clips = shell.clips
        self.panel = ClipEvidencePanel()
        title = translate("Clip evidence", "Clip evidence")
        shell.add_dock("clip_evidence", title, self.panel, Qt.DockWidgetArea.RightDockWidgetArea)
        if "detectors" in shell.docks:
            shell.window.tabifyDockWidget(shell.docks["detectors"], shell.docks["clip_evidence"])
            shell.docks["detectors"].raise_()
        self.waiting: deque[str] = deque()  # listed clips without a figure, in the order listed
        self.wanted: tuple[str, bool] | None = None  # the open clip, to go first; with True: measured even if kept
        self.open_path: str | None = None
        self.running: str | None = None  # the clip being measured (in any of its steps)
        self.job: Job | None = None
        self.stopped = ""  # why nothing can be measured (no calibration), until the calibration changes
        self.problems: dict[str, str] = {}  # clips that could not be measured: why
        self._turn = 0  # a measurement's number: answers to an earlier one are dropped
        self.unkept: dict[str, dict] = {}  # figures of clips not (yet) in the case, by SHA-256: kept once they are

        self.measure_action = QAction(translate("Clip evidence", "Measure clip &evidence"), shell.window)
        self.measure_action.setShortcut(QKeySequence(MEASURE_SHORTCUT))
        self.measure_action.setToolTip(
            translate(
                "Clip evidence",
                "Measure the open clip's clip-level evidence again and show it in the Clip evidence panel ({keys})",
            ).format(keys=MEASURE_SHORTCUT)
        )
        self.measure_action.triggered.connect(self.measure_open_clip)
        self.calibrate_action = QAction(translate("Clip evidence", "&Calibrate on decided clips…"), shell.window)
        self.calibrate_action.setToolTip(
            translate(
                "Clip evidence",
                "Refit the clip-level evidence on this case's decided clips and choose which calibration to use",
            )
        )
        self.calibrate_action.triggered.connect(self.ask_calibration)
        self.automatic_action = QAction(
            translate("Clip evidence", "Measure clip evidence &automatically"), shell.window
        )
        self.automatic_action.setCheckable(True)
        self.automatic_action.setChecked(self.automatic)
        self.automatic_action.setToolTip(
            translate(
                "Clip evidence",
                "Measure each listed clip's clip-level evidence in the background (a few seconds of CPU per clip); "
                "off: only when you ask",
            )
        )
        self.automatic_action.toggled.connect(self.set_automatic)
        menu = shell.menus["&Analysis"]
        menu.addSeparator()
        menu.addAction(self.measure_action)
        menu.addAction(self.automatic_action)
        menu.addAction(self.calibrate_action)
        shell.actions_by_key["measure_evidence"] = self.measure_action  # enabled with a clip open, like the rest
        self.measure_action.setEnabled(False)
        self.panel.measure.connect(self.measure_open_clip)
        self.panel.cancel.connect(self.cancel)
        shell.player.opened.connect(lambda clip: self.clip_opened(str(clip.path)))
        shell.player.open_failed.connect(lambda *_: self.resume())
        shell.actions_by_key["close_clip"].triggered.connect(self.clip_closed)
        if case is not None:
            case.clip_changed.connect(self._clip_in_case)
        self.clips.clip_added.connect(self.add)
        for path in self.clips.paths():
            self.add(path)

    # --- what is asked for ----------------------------------------------------------------------------------
    @property
    def automatic(self) -> bool:
        return self.shell.settings.value(AUTOMATIC_KEY, True, type=bool)

    def set_automatic(self, on: bool) -> None:
        """Analysis > Measure clip evidence automatically: remembered; turned on, what is listed is measured."""
        self.shell.settings.setValue(AUTOMATIC_KEY, on)
        if on:
            self.waiting = deque(self.clips.paths())
            if self.open_path is not None:
                self._ask_first(self.open_path, again=False)
            else:
                self.resume()

    def add(self, path: str) -> None:
        if not self.automatic:
            return
        if path not in self.waiting:
            self.waiting.append(path)
        QTimer.singleShot(0, self.clips, self.resume)  # after the event that listed it (an open goes first)

    def clip_opened(self, path: str) -> None:
        self.open_path = path
        if self.automatic:
            self._ask_first(path, again=False)
        else:
            asked = translate(
                "Clip evidence",
                "Clip evidence is measured when you ask: Analysis > Measure clip evidence ({keys}), "
                "or turn on Analysis > Measure clip evidence automatically.",
            )
            self.panel.show_message(asked.format(keys=MEASURE_SHORTCUT))

    def clip_closed(self) -> None:
        self.open_path = None
        self.panel.show_message(
            translate("Clip evidence", "Open a clip: its clip-level evidence is measured in the background.")
        )

    def measure_open_clip(self) -> None:
        """Analysis > Measure clip evidence: the open clip measured now, even when the case keeps a figure."""
        self.shell.show_dock("clip_evidence")
        if self.open_path is not None:
            self._ask_first(self.open_path, again=True)

    def cancel(self) -> None:
        """The reviewer's Cancel: the measurement running stops, and the listed clips wait until asked again."""
        self.waiting.clear()
        self.wanted = None
        if self.job is not None:
            self.job.cancel()
        elif self.running is not None:  # between its steps (the case being asked): it goes no further
            self._turn += 1
            self._cancelled(self.running)

    def recalibrated(self) -> None:
        """The calibration in use changed: every figure shown was measured under another, so all are taken away
        and measured again (a figure the case keeps under the new calibration comes back at once)."""
        self.stopped = ""
        self.problems.clear()
        self.clips.clear_figures()
        self.waiting = deque(self.clips.paths())
        if self.job is not None:
            self.job.cancel()
        self._turn += 1
        self.running = self.job = None
        if self.open_path is not None:
            self._ask_first(self.open_path, again=False)
        else:
            self.resume()

    def ask_calibration(self) -> None:
        from app.ui.calibration_dialog import CalibrationDialog

        dialog = CalibrationDialog(self.shell.window, self.shell.jobs, self.case, self.recalibrated)
        dialog.open()
        self.dialog = dialog  # kept for the tests and until it is closed

    def _ask_first(self, path: str, again: bool) -> None:
        if self.running == path and not again:
            return  # already under way; its figure shows when it comes
        self.wanted = (path, again)
        if path == self.open_path:
            self.panel.show_measuring(
                None, translate("Clip evidence", "Measuring the clip-level evidence of this clip…")
            )
        if self.running is not None:
            if self.job is not None:
                self.job.cancel()  # a listed clip gives way; it is measured again later
            if self.running not in (None, path):
                self.waiting.appendleft(self.running)
            self._turn += 1
            self.running = self.job = None
        self.resume()

    def _clip_in_case(self, clip: dict | None) -> None:
        record = self.unkept.pop(clip["sha256"], None) if clip is not None else None
        if record is not None:
            self.case.record_clip_evidence(clip["sha256"], record, lambda clip_id: None)

    # --- one measurement at a time --------------------------------------------------------------------------
    def resume(self) -> None:
        if self.running is not None or not self.shell.window.isVisible():
            return
        player = self.shell.player
        if player is not None and player.is_opening():
            return  # the clip being opened goes first
        if self.wanted is not None:
            (path, again), self.wanted = self.wanted, None
        else:
            while self.waiting and (self.waiting[0] in self.problems or self.clips.figure_of(self.waiting[0])):
                self.waiting.popleft()
            if not self.waiting or self.stopped:
                return
            path, again = self.waiting.popleft(), False
        if self.stopped and path == self.open_path:
            self.panel.show_message(self.stopped)
            return
        self._turn += 1
        turn, self.running = self._turn, path
        job = self.shell.jobs.start(
            translate("Clip evidence", "Measuring clip evidence"), lambda job: prepare(Path(path), job)
        )
        self._follow(job, turn, path, lambda prepared: self._prepared(turn, path, prepared, again))

    def _follow(self, job: Job, turn: int, path: str, then: Callable) -> None:
        self.job = job
        job.succeeded.connect(lambda result: self._current(turn) and then(result))
        job.failed.connect(lambda words: self._current(turn) and self._problem(path, Problem(words)))
        job.cancelled.connect(lambda: self._current(turn) and self._cancelled(path))
        if path == self.open_path:
            job.progress.connect(lambda fraction: self._current(turn) and self.panel.show_measuring(fraction))

    def _current(self, turn: int) -> bool:
        """Whether an answer is still wanted: from the latest measurement, and the window not closed meanwhile."""
        return turn == self._turn and shiboken6.isValid(self.panel)

    def _prepared(self, turn: int, path: str, prepared: Prepared | Problem, again: bool) -> None:
        if isinstance(prepared, Problem):
            self._problem(path, prepared)
            return
        if again or self.case is None:
            self._measure(turn, path, prepared)
            return
        calibration = prepared.calibration

        def kept(answer: tuple) -> None:
            if not self._current(turn):
                return
            _clip, record = answer
            if record is None:
                self._measure(turn, path, prepared)
            else:
                self._show(path, ClipEvidence.of_record(record), calibration, record.get("rendition", ""))
                self._done()

        self.job = None
        self.case.clip_evidence(prepared.sha256, calibration.sha256, kept)

    def _measure(self, turn: int, path: str, prepared: Prepared) -> None:
        if path == self.open_path:
            self.panel.show_measuring(
                None, translate("Clip evidence", "Measuring the clip-level evidence of this clip on its rendition…")
            )
        provider = self.provider()
        name = translate("Clip evidence", "Measuring clip evidence")
        job = self.shell.jobs.start(name, lambda job: measure(Path(path), prepared, provider, job))
        self._follow(job, turn, path, lambda measured: self._measured(path, prepared, measured))

    def _measured(self, path: str, prepared: Prepared, measured) -> None:
        if isinstance(measured, Problem):
            self._problem(path, measured)
            return
        record = measured.as_record()
        self._show(path, measured.evidence, prepared.calibration, record["rendition"])
        if self.case is not None:
            sha256 = prepared.sha256

            def kept(clip_id: int | None) -> None:
                if clip_id is None:  # the open clip joins the case once hashed, maybe after this answer
                    self.unkept[sha256] = record

            self.case.record_clip_evidence(sha256, record, kept)
        self._done()

    def _show(self, path: str, evidence: ClipEvidence, calibration: Calibration, measured_on: str) -> None:
        self.problems.pop(path, None)
        self.clips.set_figure(path, f"{evidence.probability:.2f}", list_tip(evidence, calibration, measured_on))
        if path == self.open_path:
            self.panel.show_figure(figure_shown(evidence, calibration, measured_on))

    def _problem(self, path: str, problem: Problem) -> None:
        if problem.stop:
            self.stopped = problem.words
        else:
            self.problems[path] = problem.words
            self.clips.set_figure(path, "–", problem.words)
        if path == self.open_path:
            self.panel.show_message(problem.words, can_measure=not problem.stop)
        self._done()

    def _cancelled(self, path: str) -> None:
        if path == self.open_path:
            self.panel.show_message(translate("Clip evidence", "Measuring was cancelled."), can_measure=True)
        self._done()

    def _done(self) -> None:
        self.running = self.job = None
        QTimer.singleShot(0, self.clips, self.resume)


def install_clip_evidence(shell: Shell, case: CaseController | None, provider: Callable[[], str]) -> ClipEvidenceView:
    return ClipEvidenceView(shell, case, provider)
