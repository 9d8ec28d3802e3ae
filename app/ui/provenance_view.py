"""Provenance in the window: when a clip opens, a job reads what its file declares (Content Credentials, generator
watermarks, metadata hints) and the badge above the frame and the Provenance panel show it; strong findings bring
the panel forward. Edit > Content Credentials trust list chooses the PEM file of trust anchors signers are checked
against.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from app.i18n import translate
from app.queue.labels import badge_label
from app.ui.progress import show_progress
from app.ui.provenance_survey import ClipListSurvey
from app.ui.tasks import Job
from widgets.colours import recolour_on_theme_change
from widgets.provenance_panel import text_colour

if TYPE_CHECKING:
    from app.media.facts import MediaFacts
    from app.provenance.report import ProvenanceReport
    from app.ui.shell import Shell
    from widgets.provenance_panel import ProvenanceBadge, ProvenancePanel


@dataclass(frozen=True)
class ProvenanceRequest:
    """What the job reads, taken on the GUI thread."""

    path: Path
    facts: MediaFacts | None
    trust_list: Path | None


def read_report(request: ProvenanceRequest, job: Job) -> ProvenanceReport:
    """Runs on a job's thread; raises Cancelled when the job is cancelled between frames."""
    from app.provenance.report import read_provenance

    return read_provenance(
        request.path, request.facts, request.trust_list, on_progress=job.report, cancelled=job.is_cancelled
    )


class ProvenanceView:
    """Reads the open clip's provenance in the background and shows it; a newer clip's reading replaces an older."""

    def __init__(self, shell: Shell, panel: ProvenancePanel, badge: ProvenanceBadge) -> None:
        self.shell = shell
        self.panel = panel
        self.badge = badge
        self.settings = shell.settings
        self.job: Job | None = None
        self.report: ProvenanceReport | None = None  # of the clip on screen, once read
        self.marks: list | None = None  # visible marks read on its frames (VisibleMark); None: not read yet
        self.on_shown: list[Callable[[ProvenanceReport], None]] = []  # told of each report shown
        self._brought_forward = False  # the panel comes forward once a clip, not at each mark read
        self._request: ProvenanceRequest | None = None
        shell.player.opened.connect(lambda clip: self.read(Path(clip.path), clip.facts))
        shell.actions_by_key["close_clip"].triggered.connect(self.clear)
        self.badge.clicked.connect(self.show_panel)
        recolour_on_theme_change(badge, self._recolour)
        self.panel.read_again.connect(self.read_again)
        self.trust_action = QAction(translate("Provenance", "Content &Credentials trust list…"), shell.window)
        self.trust_action.setToolTip(
            translate(
                "Provenance",
                "Choose the PEM file of trust anchors that signers of Content Credentials are checked against",
            )
        )
        self.trust_action.triggered.connect(self.ask_trust_list)
        self.clear_trust_action = QAction(translate("Provenance", "Clear Content Credentials trust list"), shell.window)
        self.clear_trust_action.triggered.connect(lambda: self.set_trust_list(None))
        edit = shell.menus["&Edit"]
        edit.addSeparator()
        edit.addAction(self.trust_action)
        edit.addAction(self.clear_trust_action)
        self._show_trust_list()
        self.survey = ClipListSurvey(
            shell, self.trust_list, busy=lambda: self.job is not None or shell.player.is_opening()
        )
        shell.player.open_failed.connect(lambda *_: self.survey.resume())

    # --- reading --------------------------------------------------------------------------------------------
    def read(self, path: Path, facts: MediaFacts | None) -> Job:
        if self.job is not None:
            self.job.cancel()  # its outcome is ignored: only the newest job speaks
        self.report = None
        self._brought_forward = False
        if self._request is None or Path(path) != self._request.path:
            self.marks = None  # another clip's: its own are told by the words view once read
        self._request = ProvenanceRequest(Path(path), facts, self.trust_list())
        request = self._request
        self.panel.show_reading(request.path.name)
        self.badge.show_badge(
            translate("Provenance", "Reading provenance…"),
            "reading",
            translate("Provenance", "of {clip}").format(clip=request.path.name),
        )
        job = self.shell.jobs.start(
            translate("Provenance", "Reading provenance"), lambda job: read_report(request, job)
        )
        self.job = job
        show_progress(self.shell.status_bar, job, translate("Provenance", "Provenance"))
        job.succeeded.connect(lambda report: self._on_read(job, report))
        job.failed.connect(lambda reason: self._on_problem(job, reason))
        job.cancelled.connect(
            lambda: self._on_problem(
                job,
                translate("Provenance", "Reading the provenance was cancelled."),
                translate("Provenance", "Provenance: reading cancelled"),
            )
        )
        job.finished.connect(lambda: self._on_finished(job))
        return job

    def read_again(self) -> None:
        if self._request is not None:
            self.read(self._request.path, self._request.facts)

    def clear(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.job = self.report = self._request = self.marks = None
        self.panel.clear()
        self.badge.clear()
        self.survey.resume()

    def show_panel(self) -> None:
        self.shell.show_dock("provenance")

    def show_marks(self, marks: list | None) -> None:
        """The visible marks read on the clip's frames (None: not read yet) join what its file declares."""
        if marks == self.marks:
            return
        self.marks = marks
        if self.report is not None:
            self._show(self.report)

    def _on_read(self, job: Job, report: ProvenanceReport) -> None:
        if job is not self.job:
            return
        self._show(report)

    def _show(self, report: ProvenanceReport) -> None:
        report = self.report = report.with_marks(self.marks)
        self._show_report(report)
        # brought forward on the player only: on the Queue page the player's panels stay out of the way
        if report.badge.level == "strong" and not self._brought_forward and self.shell.frame_views[0].isVisible():
            self._brought_forward = True
            self.show_panel()
        for listener in self.on_shown:
            listener(report)

    def _recolour(self) -> None:
        """The badge, the panel and the clip's badge in the list in the new theme's colours, given as they are shown."""
        if self.report is not None:
            self._show_report(self.report)

    def _show_report(self, report: ProvenanceReport) -> None:
        shown = report.as_dict()
        self.panel.show_report(shown)
        # the sentence behind the badge: the first strong finding (credentials before watermarks), else the first
        findings = sorted(shown["findings"], key=lambda finding: finding["strength"] != "strong")
        words = badge_label(report.badge.words)
        self.badge.show_badge(words, report.badge.level, findings[0]["sentence"] if findings else "")
        colour = text_colour(report.badge.level)
        self.shell.clips.set_badge(str(self._request.path), words, colour)

    def _on_problem(self, job: Job, sentence: str, words: str = "") -> None:
        if job is not self.job:
            return
        self.panel.show_problem(sentence)
        self.badge.show_badge(words or translate("Provenance", "Provenance not read"), "failed", sentence)

    def _on_finished(self, job: Job) -> None:
        if job is self.job:
            self.job = None
            self.survey.resume()

    # --- the trust list -------------------------------------------------------------------------------------
    def trust_list(self) -> Path | None:
        value = self.shell.preferences.current.trust_list
        return Path(value) if value else None

    def ask_trust_list(self) -> None:
        current = self.trust_list()
        folder = str(current.parent if current else Path.home())
        title = translate("Provenance", "Content Credentials trust list")
        certificates = translate("Provenance", "Certificates ({patterns})").format(patterns="*.pem *.crt *.cer")
        all_files = translate("Provenance", "All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(self.shell.window, title, folder, f"{certificates};;{all_files}")
        if chosen:
            self.set_trust_list(Path(chosen))

    def set_trust_list(self, path: Path | None) -> None:
        """Stores the trust list (None clears it) and reads the open clip again against it."""
        chosen = replace(self.shell.preferences.current, trust_list=str(path) if path else "")
        if (problem := self.shell.preferences.keep(chosen)) is not None:
            self.shell.status_bar.showMessage(problem, 8000)
            return
        self._show_trust_list()
        if path:
            words = translate("Provenance", "Signers are checked against {file}").format(file=path.name)
        else:
            words = translate("Provenance", "Signers are not checked against a trust list")
        self.shell.status_bar.showMessage(words, 5000)
        if self._request is not None:
            self.read_again()

    def _show_trust_list(self) -> None:
        current = self.trust_list()
        self.clear_trust_action.setEnabled(current is not None)
        if current:
            tip = translate("Provenance", "Now: {file}").format(file=current)
        else:
            tip = translate("Provenance", "Now: none; signers are reported as not checked")
        self.trust_action.setStatusTip(tip)
        self.clear_trust_action.setStatusTip(tip)


def install_provenance(shell: Shell, panel: ProvenancePanel, badge: ProvenanceBadge) -> ProvenanceView:
    return ProvenanceView(shell, panel, badge)
