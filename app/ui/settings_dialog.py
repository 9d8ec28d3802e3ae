"""Edit > Settings: who the reviewer is and signs as, for which organisation, how claims are rated, where detectors
run and how much memory frames take, where the case and the trust lists are, the language and the theme, and the
team's case, cluster and shared folder. What is
typed is checked when OK is pressed; a value that cannot be kept is named beside its page, and nothing is lost."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import LANGUAGES, translate
from app.preferences import CACHE_MB, Preferences
from app.ui.signing_key import ask_where_to_write, own_key_line, write_public_key
from widgets.colours import mark
from widgets.rating_scale_editor import RatingScaleEditor

# The page (tab) and the control of each setting that can be refused, to show the reviewer where it is.
_PAGE_OF = {"reviewer": 0, "organisation": 0, "organisation_url": 0, "rating_scale": 1, "cache_mb": 2}
_PAGE_OF |= {"data_folder": 3, "trust_list": 3, "team_case": 5, "cluster": 5, "shared_folder": 5}
_WIDGET_OF = {"rating_scale": "ratings", "cache_mb": "cache"}


class SettingsDialog(QDialog):
    def __init__(
        self,
        preferences: Preferences,
        default_ratings: Sequence[str],
        calibration_in_use: str,
        open_trusted_signers: Callable[[QWidget], None],
        open_calibration: Callable[[QWidget], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Settings", "Settings"))
        self._kept = preferences
        self._open_trusted_signers = open_trusted_signers
        self._open_calibration = open_calibration
        self.tabs = QTabWidget()
        self.tabs.addTab(self._reviewer_page(preferences), translate("Settings", "Reviewer"))
        self.ratings = RatingScaleEditor(preferences.rating_scale or default_ratings, default_ratings)
        self.tabs.addTab(self.ratings, translate("Settings", "Rating scale"))
        self.tabs.addTab(self._detectors_page(preferences, calibration_in_use), translate("Settings", "Detectors"))
        self.tabs.addTab(self._files_page(preferences), translate("Settings", "Files and trust"))
        self.tabs.addTab(self._appearance_page(preferences), translate("Settings", "Language and theme"))
        self.tabs.addTab(self._team_page(preferences), translate("Settings", "Team"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        mark(self.problem, "refused")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 440)

    def _reviewer_page(self, preferences: Preferences) -> QWidget:
        self.reviewer = _line(preferences.reviewer, translate("Settings", "Your name, as dossiers are signed"))
        self.reviewer.textChanged.connect(self._show_key)
        self.organisation = _line(preferences.organisation, translate("Settings", "Organisation"))
        self.organisation_url = _line(preferences.organisation_url, translate("Settings", "https://…"))
        self.key = QLabel()
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        export = QPushButton(translate("Settings", "&Export public key…"))
        export.setToolTip(translate("Settings", "Your public key as a file, for a colleague's trusted signers"))
        export.clicked.connect(self.export_public_key)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(translate("Settings", "&Name:"), self.reviewer)
        form.addRow(translate("Settings", "&Organisation:"), self.organisation)
        form.addRow(translate("Settings", "Organisation &web address:"), self.organisation_url)
        form.addRow(translate("Settings", "Signing key:"), self.key)
        form.addRow("", export)
        self._show_key()
        return page

    def _detectors_page(self, preferences: Preferences, calibration_in_use: str) -> QWidget:
        self.provider = _choice(
            (
                ("auto", translate("Settings", "Automatic: the GPU when it works, else the CPU")),
                ("cuda", translate("Settings", "GPU (CUDA)")),
                ("cpu", translate("Settings", "CPU")),
            ),
            preferences.provider,
            translate("Settings", "Where detectors run"),
        )
        self.cache = QSpinBox()
        self.cache.setRange(*CACHE_MB)
        self.cache.setSingleStep(64)
        self.cache.setValue(preferences.cache_mb)
        self.cache.setSuffix(" MiB")
        self.cache.setAccessibleName(translate("Settings", "Memory for decoded frames"))
        calibration = QPushButton(translate("Settings", "&Calibration…"))
        calibration.clicked.connect(lambda: self._open_calibration(self))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(translate("Settings", "&Run detectors on:"), self.provider)
        form.addRow(translate("Settings", "&Memory for decoded frames:"), self.cache)
        form.addRow("", _note(translate("Settings", "A new frame cache size applies when ReelCheck starts again.")))
        form.addRow(translate("Settings", "Calibration in use:"), _note(calibration_in_use))
        form.addRow("", calibration)
        return page

    def _files_page(self, preferences: Preferences) -> QWidget:
        self.data_folder = _line(preferences.data_folder, translate("Settings", "The user data folder"))
        self.trust_list = _line(preferences.trust_list, translate("Settings", "No list: no signer is trusted"))
        signers = QPushButton(translate("Settings", "&Trusted signers…"))
        signers.setToolTip(translate("Settings", "Whose signed dossiers are verified"))
        signers.clicked.connect(lambda: self._open_trusted_signers(self))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(
            translate("Settings", "Case &data folder:"),
            _with_browse(self.data_folder, self._pick_folder, translate("Settings", "Choose the case data folder")),
        )
        form.addRow("", _note(translate("Settings", "A new data folder applies when ReelCheck starts again.")))
        form.addRow(
            translate("Settings", "Content Credentials trust &list:"),
            _with_browse(self.trust_list, self._pick_pem, translate("Settings", "Choose the trust list")),
        )
        form.addRow("", _note(translate("Settings", "The CA certificates (PEM) whose Content Credentials you trust.")))
        form.addRow(translate("Settings", "Dossier signers:"), signers)
        return page

    def _appearance_page(self, preferences: Preferences) -> QWidget:
        self.language = _choice(
            (("", translate("Settings", "The system's language")), *LANGUAGES.items()),
            preferences.language,
            translate("Settings", "Language"),
        )
        self.theme = _choice(
            (
                ("system", translate("Settings", "As the system")),
                ("dark", translate("Settings", "Dark")),
                ("light", translate("Settings", "Light")),
            ),
            preferences.theme,
            translate("Settings", "Theme"),
        )
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(translate("Settings", "&Language:"), self.language)
        form.addRow("", _note(translate("Settings", "A new language applies when ReelCheck starts again.")))
        form.addRow(translate("Settings", "&Theme:"), self.theme)
        return page

    def _team_page(self, preferences: Preferences) -> QWidget:
        self.team_case = _line(preferences.team_case, translate("Settings", "None: the case on this computer"))
        self.cluster = _line(preferences.cluster, translate("Settings", "None: this computer analyses the queue"))
        self.shared_folder = _line(preferences.shared_folder, translate("Settings", "None"))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(translate("Settings", "Team &case:"), self.team_case)
        form.addRow(
            "",
            _note(
                translate(
                    "Settings",
                    "The newsroom's shared case: postgresql://LOGIN@HOST/DATABASE, without a password (keep it in "
                    "~/.pgpass). It opens when ReelCheck starts again.",
                )
            ),
        )
        form.addRow(translate("Settings", "Analysis clus&ter:"), self.cluster)
        form.addRow(
            "",
            _note(
                translate(
                    "Settings",
                    "A Ray cluster analyses the queue (ray://HOST:PORT or HOST:PORT). Its workers read the clips "
                    "from the folder the case names, which each of them must reach.",
                )
            ),
        )
        form.addRow(
            translate("Settings", "&Shared folder:"),
            _with_browse(self.shared_folder, self._pick_shared, translate("Settings", "Choose the shared folder")),
        )
        form.addRow(
            "",
            _note(
                translate(
                    "Settings", "Where the team keeps the dossiers its editors publish, each named by its SHA-256."
                )
            ),
        )
        return page

    def chosen(self) -> Preferences:
        return replace(
            self._kept,
            reviewer=self.reviewer.text().strip(),
            organisation=self.organisation.text().strip(),
            organisation_url=self.organisation_url.text().strip(),
            rating_scale=self.ratings.ratings(),
            provider=self.provider.currentData(),
            cache_mb=self.cache.value(),
            data_folder=self.data_folder.text().strip(),
            trust_list=self.trust_list.text().strip(),
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            team_case=self.team_case.text().strip(),
            cluster=self.cluster.text().strip(),
            shared_folder=self.shared_folder.text().strip(),
        )

    def accept(self) -> None:
        problem = self.problem_with(self.chosen())
        if problem is None:
            super().accept()
            return
        field, words = problem
        self.problem.setText(words)
        self.tabs.setCurrentIndex(_PAGE_OF[field])
        getattr(self, _WIDGET_OF.get(field, field)).setFocus()

    @staticmethod
    def problem_with(preferences: Preferences) -> tuple[str, str] | None:
        """(the field, what is wrong) of the first value that cannot be kept, in the order of the pages."""
        from app.files.regular import regular_file_problem

        found = preferences.problems()
        if (
            preferences.data_folder
            and Path(preferences.data_folder).exists()
            and not Path(preferences.data_folder).is_dir()
        ):
            found["data_folder"] = translate("Settings", "The data folder is a file, not a folder.")
        if preferences.trust_list and (why := regular_file_problem(preferences.trust_list)):
            found["trust_list"] = translate("Settings", "The trust list cannot be read: {reason}").format(reason=why)
        if "shared_folder" not in found and preferences.shared_folder and not Path(preferences.shared_folder).is_dir():
            found["shared_folder"] = translate("Settings", "The shared folder does not exist.")
        order = (
            "reviewer",
            "organisation",
            "organisation_url",
            "rating_scale",
            "cache_mb",
            "data_folder",
            "trust_list",
            "team_case",
            "cluster",
            "shared_folder",
        )
        return next(((name, found[name]) for name in order if name in found), None)

    def export_public_key(self, target: Path | None = None) -> bool:
        reviewer = self.reviewer.text().strip()
        if not reviewer:
            self.problem.setText(translate("Settings", "Give your name first: the key is made in your name."))
            return False
        target = target or ask_where_to_write(self)
        if target is None:
            return False
        problem = write_public_key(reviewer, target)
        self.problem.setText(problem or "")
        self._show_key()
        return problem is None

    def _show_key(self) -> None:
        name = self.reviewer.text().strip()
        self.key.setText(own_key_line(name) if name else translate("Settings", "Give your name to sign dossiers."))

    def _pick_folder(self) -> None:
        if folder := QFileDialog.getExistingDirectory(
            self, translate("Settings", "Case data folder"), self.data_folder.text()
        ):
            self.data_folder.setText(folder)

    def _pick_shared(self) -> None:
        if folder := QFileDialog.getExistingDirectory(
            self, translate("Settings", "Shared folder"), self.shared_folder.text()
        ):
            self.shared_folder.setText(folder)

    def _pick_pem(self) -> None:
        picked, _ = QFileDialog.getOpenFileName(
            self,
            translate("Settings", "Content Credentials trust list"),
            self.trust_list.text(),
            translate("Settings", "Certificates (*.pem *.crt);;All files (*)"),
        )
        if picked:
            self.trust_list.setText(picked)


def _line(text: str, placeholder: str) -> QLineEdit:
    line = QLineEdit(text)
    line.setPlaceholderText(placeholder)
    line.setClearButtonEnabled(True)
    return line


def _choice(items: Iterable[tuple[str, str]], current: str, accessible: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    for data, label in items:
        box.addItem(label, data)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: palette(mid);")
    return label


def _with_browse(line: QLineEdit, browse: Callable[[], None], what: str) -> QWidget:
    button = QPushButton(translate("Settings", "Browse…"))
    button.setAccessibleName(what)
    button.setToolTip(what)
    button.clicked.connect(browse)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(line, 1)
    layout.addWidget(button)
    return row
