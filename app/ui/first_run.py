"""The first run: before anything is signed, the reviewer says who they are and for which organisation. Asked once
the window shows (never in the way of its first paint), and again before a dossier would be signed without a name:
nothing is signed in the name of the computer's login."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.i18n import translate
from app.preferences import Preferences
from widgets.colours import mark


class FirstRunDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("First run", "Welcome to ReelCheck"))
        self._kept = preferences
        welcome = QLabel(
            translate(
                "First run",
                "Your name signs every dossier you export and stands beside every change you make to a case. "
                "The organisation is named in the dossiers' ClaimReview. Both can be changed later in "
                "Edit > Settings.",
            )
        )
        welcome.setWordWrap(True)
        self.reviewer = QLineEdit(preferences.reviewer)
        self.reviewer.setPlaceholderText(translate("First run", "Your name"))
        self.organisation = QLineEdit(preferences.organisation)
        self.organisation.setPlaceholderText(translate("First run", "Newsroom or fact-checking organisation"))
        self.organisation_url = QLineEdit(preferences.organisation_url)
        self.organisation_url.setPlaceholderText("https://")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        mark(self.problem, "refused")
        form = QFormLayout()
        form.addRow(translate("First run", "&Your name:"), self.reviewer)
        form.addRow(translate("First run", "&Organisation:"), self.organisation)
        form.addRow(translate("First run", "Organisation &web address:"), self.organisation_url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("First run", "&Later"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(welcome)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def chosen(self) -> Preferences:
        return replace(
            self._kept,
            reviewer=self.reviewer.text().strip(),
            organisation=self.organisation.text().strip(),
            organisation_url=self.organisation_url.text().strip(),
        )

    def accept(self) -> None:
        chosen = self.chosen()
        if not chosen.reviewer:
            self.problem.setText(translate("First run", "Give your name: dossiers are signed with it."))
            self.reviewer.setFocus()
            return
        for field, words in chosen.problems().items():
            self.problem.setText(words)
            getattr(self, field).setFocus()
            return
        super().accept()
