"""File > Export dossier and Edit > Publishing organisation: the clip's PDF and signed JSON dossier written into a
folder by a job that opens its own connection to the case database (the case's own store stays on the store thread).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dossier.content import draft_reasons
from app.i18n import translate
from app.ui.progress import show_progress
from app.ui.tasks import Job
from widgets.colours import mark

if TYPE_CHECKING:
    from app.ui.case import CaseController
    from app.ui.settings_view import SettingsController
    from app.ui.shell import Shell

FOLDER_KEY = "dossier/last_folder"
SERIES_KEY = "dossier/include_series"
PDF_KEY = "dossier/pdf"
JSON_KEY = "dossier/json"
OPEN_PDF_KEY = "dossier/open_pdf"
_OPEN_FOLDER_SECONDS = 30


def default_folder() -> Path:
    """Where dossiers go until the reviewer chooses: a folder of their own among the user's documents."""
    from platformdirs import user_documents_path

    return user_documents_path() / "ReelCheck dossiers"


@dataclass(frozen=True)
class DossierRequest:
    """What the export job needs, read on the GUI thread; nothing in it belongs to a widget or the case's store."""

    database: Path | str  # a case file, or a team case's URL
    reviewer: str
    clip_id: int
    out_dir: Path
    organisation_name: str
    organisation_url: str
    include_series: bool
    pdf: bool = True
    json: bool = True
    open_pdf: bool = False
    trust_list: Path | None = None
    shared_folder: Path | None = None  # a team's folder where published dossiers are kept by SHA-256


@dataclass(frozen=True)
class DossierOutcome:
    """The dossier's files (PDF first, as the reader opens it), or the sentence saying why none was written."""

    paths: tuple[Path, ...] = ()
    problem: str = ""
    open_pdf: bool = False


def write_dossier(request: DossierRequest, job: Job) -> DossierOutcome:
    """Runs on a job's thread, reporting export()'s progress. Cancel is honoured between its steps, and a cancelled
    export leaves the folder as it was; once export() has returned, its files are in place and are reported as
    written whenever Cancel comes."""
    from app.dossier.export import ExportError, Progress, export, one_sentence
    from app.dossier.signing import SigningError
    from app.media.errors import Cancelled, MediaError
    from app.store.store import Store, StoreError

    if job.is_cancelled():
        raise Cancelled()
    job.report(0.0)
    organisation = {"name": request.organisation_name, "url": request.organisation_url}
    progress = Progress(report=job.report, cancelled=job.is_cancelled)
    try:
        store = Store.open(request.database, request.reviewer)
        try:
            written = export(
                store,
                request.clip_id,
                request.out_dir,
                organisation,
                request.include_series,
                json_dossier=request.json,
                pdf=request.pdf,
                progress=progress,
                trust_list=request.trust_list,
                shared_folder=request.shared_folder,
            )
        finally:
            store.close()
    except (ExportError, StoreError, MediaError, SigningError) as error:
        return DossierOutcome(problem=one_sentence(str(error)))
    job.took_effect()
    paths = tuple(p for p in (written.pdf, written.json) if p is not None)
    return DossierOutcome(paths=paths, open_pdf=request.open_pdf and written.pdf is not None)


class OrganisationDialog(QDialog):
    """The publishing organisation's name and web address, as the dossier's ClaimReview and MediaReview name it."""

    def __init__(self, preferences: SettingsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setWindowTitle(translate("Export", "Publishing organisation"))
        self.name = QLineEdit(preferences.current.organisation)
        self.name.setPlaceholderText(translate("Export", "e.g. Example Fact Check"))
        self.url = QLineEdit(preferences.current.organisation_url)
        self.url.setPlaceholderText("https://factcheck.example/")
        self.problem = QLabel("")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        mark(self.problem, "refused")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("Export", "&Name"), self.name)
        form.addRow(translate("Export", "&Web address"), self.url)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Export", "Dossiers name this organisation as the author of their reviews.")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        from app.store.rules import Refused, check_url

        try:
            url = check_url(self.url.text(), translate("Export", "organisation URL"))
        except Refused as error:
            self.problem.setText(str(error))  # the dialog stays open with what was typed
            self.url.setFocus()
            return
        chosen = replace(self.preferences.current, organisation=self.name.text().strip(), organisation_url=url)
        if (problem := self.preferences.keep(chosen)) is not None:
            self.problem.setText(problem)
            return
        super().accept()


class ExportDialog(QDialog):
    """Where to write the dossier, which files (PDF, JSON), whether the JSON carries each analyzer's per-frame
    scores, and whether the PDF opens when it is written."""

    def __init__(
        self, settings: QSettings, clip_name: str, parent: QWidget | None = None, draft: Sequence[str] = ()
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Export", "Export dossier"))
        self.folder = QLineEdit(str(settings.value(FOLDER_KEY, "") or default_folder()))
        self.folder.setPlaceholderText(translate("Export", "The folder to write into"))
        self.folder.setAccessibleName(translate("Export", "Folder to write the dossier into"))
        self.choose = QPushButton(translate("Export", "&Choose…"))
        self.choose.clicked.connect(self._choose_folder)
        self.pdf = QCheckBox(
            translate("Export", "&PDF for people: verdict, claims, score charts, evidence frames, audit trail")
        )
        self.pdf.setChecked(settings.value(PDF_KEY, True, type=bool))
        self.open_pdf = QCheckBox(translate("Export", "&Open the PDF when it is written"))
        self.open_pdf.setChecked(settings.value(OPEN_PDF_KEY, True, type=bool))
        self.json = QCheckBox(
            translate("Export", "Signed &JSON for machines, with ClaimReview and MediaReview and the evidence PNGs")
        )
        self.json.setChecked(settings.value(JSON_KEY, True, type=bool))
        self.series = QCheckBox(translate("Export", "Include each analyzer's per-frame &scores in the JSON"))
        self.series.setChecked(settings.value(SERIES_KEY, False, type=bool))
        self.pdf.toggled.connect(self.open_pdf.setEnabled)
        self.json.toggled.connect(self.series.setEnabled)
        self.open_pdf.setEnabled(self.pdf.isChecked())
        self.series.setEnabled(self.json.isChecked())
        note = QLabel(translate("Export", "The dossier of {clip}, tied to the clip's SHA-256.").format(clip=clip_name))
        note.setTextFormat(Qt.TextFormat.PlainText)  # the clip's name is not markup
        note.setWordWrap(True)
        # Said before the export, as the dossier will say it on every page.
        reasons = translate("Export", "A draft: {reasons}. Every page of the PDF will say so.")
        self.draft = QLabel(reasons.format(reasons=translate("Export", ", ").join(draft)) if draft else "")
        self.draft.setVisible(bool(draft))
        self.draft.setWordWrap(True)
        mark(self.draft, "caution")
        self.problem = QLabel("")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        mark(self.problem, "refused")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Export", "&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.draft)
        layout.addLayout(row)
        for box, indented in ((self.pdf, False), (self.open_pdf, True), (self.json, False), (self.series, True)):
            if indented:
                line = QHBoxLayout()
                line.addSpacing(24)
                line.addWidget(box)
                layout.addLayout(line)
            else:
                layout.addWidget(box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("Export", "Export the dossier into"), self.folder.text()
        )
        if chosen:
            self.folder.setText(str(chosen))

    def accept(self) -> None:
        if not self.folder.text().strip():
            self.problem.setText(translate("Export", "Choose the folder to write the dossier into."))
            return
        if not (self.pdf.isChecked() or self.json.isChecked()):
            self.problem.setText(translate("Export", "Choose the PDF, the JSON, or both."))
            return
        super().accept()


class ExportView:
    """The two commands, the dialogs they open, and the export job's outcome in the status bar."""

    def __init__(self, shell: Shell, case: CaseController) -> None:
        self.shell = shell
        self.case = case
        self.settings = shell.settings
        self.dialog: ExportDialog | None = None
        self.organisation_dialog: OrganisationDialog | None = None
        self.message: QMessageBox | None = None
        self.open_folder: QPushButton | None = None
        self.job: Job | None = None
        self.ratings: list[str] = []  # of the clip on screen: a dossier with unrated claims is a draft
        self.verdict: dict | None = None
        case.claims_changed.connect(lambda rows: setattr(self, "ratings", [row["rating"] or "" for row in rows]))
        case.verdict_changed.connect(lambda row: setattr(self, "verdict", row))
        self.export_action = QAction(translate("Export", "&Export dossier…"), shell.window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.export_action.setToolTip(
            translate("Export", "Write the clip's dossier: a PDF and a signed JSON with the evidence (Ctrl+E)")
        )
        self.export_action.triggered.connect(self.ask_export)
        self.organisation_action = QAction(translate("Export", "&Publishing organisation…"), shell.window)
        self.organisation_action.triggered.connect(self.ask_organisation)
        file_menu = shell.menus["&File"]
        quit_action = shell.actions_by_key["quit"]
        file_menu.insertAction(quit_action, self.export_action)
        file_menu.insertSeparator(quit_action)
        shell.menus["&Edit"].addAction(self.organisation_action)

    def ask_organisation(self) -> None:
        self.organisation_dialog = OrganisationDialog(self.shell.preferences, self.shell.window)
        self.organisation_dialog.open()

    def ask_export(self) -> None:
        if self.case.clip is None:
            self.shell.status_bar.showMessage(
                translate("Export", "Open a clip of the case first: a dossier is about one clip."), 5000
            )
            return
        if self.job is not None:
            self.shell.status_bar.showMessage(translate("Export", "A dossier is being written already."), 4000)
            return
        if not self.shell.preferences.ask_name_unless_known(self.shell.window):
            return  # nothing is signed without the reviewer's own name
        clip = dict(self.case.clip)
        organisation = self.shell.preferences.current.organisation
        draft = draft_reasons(organisation, self.verdict, self.ratings)
        self.dialog = ExportDialog(self.settings, clip["file_name"], self.shell.window, draft)
        self.dialog.accepted.connect(lambda: self._start(clip, self.dialog))
        self.dialog.open()

    def _start(self, clip: dict, dialog: ExportDialog) -> None:
        out_dir = Path(dialog.folder.text().strip()).expanduser()
        self.settings.setValue(FOLDER_KEY, str(out_dir))
        self.settings.setValue(SERIES_KEY, dialog.series.isChecked())
        self.settings.setValue(PDF_KEY, dialog.pdf.isChecked())
        self.settings.setValue(JSON_KEY, dialog.json.isChecked())
        self.settings.setValue(OPEN_PDF_KEY, dialog.open_pdf.isChecked())
        request = DossierRequest(
            database=self.case.path,
            reviewer=self.case.reviewer,
            clip_id=clip["id"],
            out_dir=out_dir,
            organisation_name=self.shell.preferences.current.organisation,
            organisation_url=self.shell.preferences.current.organisation_url,
            include_series=dialog.series.isChecked(),
            pdf=dialog.pdf.isChecked(),
            json=dialog.json.isChecked(),
            open_pdf=dialog.open_pdf.isChecked(),
            trust_list=Path(trust) if (trust := self.shell.preferences.current.trust_list) else None,
            shared_folder=Path(shared) if (shared := self.shell.preferences.current.shared_folder) else None,
        )
        # The export reads with a connection of its own: it starts once the edits already made are in the file.
        self.case.when_saved(lambda: self._run(request))

    def _run(self, request: DossierRequest) -> None:
        self._forget_open_folder()
        job = self.shell.jobs.start(
            translate("Export", "Exporting the dossier"), lambda job: write_dossier(request, job)
        )
        self.job = job
        show_progress(self.shell.status_bar, job, translate("Export", "Dossier"))
        job.succeeded.connect(self._on_done)
        job.failed.connect(self._show_problem)
        job.finished.connect(self._on_finished)

    def _on_finished(self) -> None:
        self.job = None

    def _on_done(self, outcome: DossierOutcome) -> None:
        if not outcome.paths:
            self._show_problem(outcome.problem)
            return
        first = outcome.paths[0]
        folder = first.parent
        self.shell.status_bar.showMessage(translate("Export", "Dossier written to {path}").format(path=first), 15000)
        button = QPushButton(translate("Export", "Open folder"))
        button.setToolTip(str(folder))
        button.clicked.connect(lambda: self._show_folder(first))
        button.clicked.connect(lambda: self._forget_open_folder())
        # permanent: a status message hides the bar's ordinary widgets, and this one must stay visible with it.
        # Added at the end: a permanent widget may not go before the ordinary ones (the job's progress bar).
        self.shell.status_bar.addPermanentWidget(button)
        self.open_folder = button
        # The button is the timer's context: a window (and its button) closed before then cancels it.
        QTimer.singleShot(_OPEN_FOLDER_SECONDS * 1000, button, lambda: self._forget_open_folder(button))
        if outcome.open_pdf and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(first))):
            self._say_not_opened(first, translate("Export", "No program to open PDF files was found on this machine."))

    def _show_folder(self, dossier: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(dossier.parent))):
            self._say_not_opened(dossier, translate("Export", "No file manager could be opened to show its folder."))

    def _say_not_opened(self, dossier: Path, why: str) -> None:
        """The system opened nothing: say so, with where the dossier is, its folder and its path a click away."""
        self.message = QMessageBox(
            QMessageBox.Icon.Information,
            translate("Export", "The dossier was written"),
            translate("Export", "{why}\n\nThe dossier is at:\n{path}").format(why=why, path=dossier),
            QMessageBox.StandardButton.Close,
            self.shell.window,
        )
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show = self.message.addButton(translate("Export", "Show folder"), QMessageBox.ButtonRole.ActionRole)
        copy = self.message.addButton(translate("Export", "Copy path"), QMessageBox.ButtonRole.ActionRole)
        show.clicked.connect(lambda: self._show_folder(dossier))
        copy.clicked.connect(lambda: self._copy_path(dossier))
        self.message.open()

    def _copy_path(self, dossier: Path) -> None:
        QGuiApplication.clipboard().setText(str(dossier))
        self.shell.status_bar.showMessage(translate("Export", "Copied {path}").format(path=dossier), 5000)

    def _forget_open_folder(self, only: QPushButton | None = None) -> None:
        button = self.open_folder
        if button is None or (only is not None and only is not button):
            return
        self.open_folder = None
        self.shell.status_bar.removeWidget(button)
        button.deleteLater()

    def _show_problem(self, sentence: str) -> None:
        self.message = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Export", "The dossier was not written"),
            sentence,
            QMessageBox.StandardButton.Ok,
            self.shell.window,
        )
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the sentence may hold clip names and paths
        self.message.open()


def install_export(shell: Shell, case: CaseController) -> ExportView:
    return ExportView(shell, case)
