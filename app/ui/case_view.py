"""Joins the case to the window: what was saved or refused shows in the status bar, a database that cannot be
used says so once in a dialog, and the Edit menu's Undo and Redo name what they would do."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from app.i18n import translate
from app.store.location import is_team_case
from app.ui.case import CaseController, nothing_to_undo

if TYPE_CHECKING:
    from app.preferences import Preferences
    from app.ui.shell import Shell


class CaseView:
    def __init__(self, shell: Shell, case: CaseController) -> None:
        self._shell, self._case = shell, case
        self.database = QLabel(translate("Case", "No case database"))
        shell.status_bar.addPermanentWidget(self.database)
        case.opened.connect(self._on_opened)
        case.failed.connect(self._on_failed)
        case.saved.connect(lambda text: shell.status_bar.showMessage(text, 4000))
        case.refused.connect(self._on_refused)
        case.history_changed.connect(self._on_history)
        case.clips_listed.connect(self._list_clips)
        shell.preferences.changed.connect(self._reviewer_given)
        self._on_history(*nothing_to_undo())
        restore = QAction(translate("Case", "Restore case &backup…"), shell.window)
        restore.setToolTip(
            translate("Case", "Put one of the case database's daily backups in place of it (the current file is kept)")
        )
        restore.triggered.connect(self.ask_restore)
        file_menu = shell.menus["&File"]
        file_menu.insertAction(shell.actions_by_key["quit"], restore)
        file_menu.insertSeparator(shell.actions_by_key["quit"])
        self.restore_action = restore

    def ask_restore(self) -> None:
        from app.store.backup import backup_folder, kept_by_the_server

        if self._case.path is None:
            return
        if is_team_case(self._case.path):
            QMessageBox.information(
                self._shell.window, translate("Case", "Restore a case backup"), kept_by_the_server()
            )
            return
        folder = backup_folder(self._case.path)
        chosen, _ = QFileDialog.getOpenFileName(
            self._shell.window,
            translate("Case", "Restore a case backup"),
            str(folder),
            translate("Case", "Case backups (*.db);;All files (*)"),
        )
        if not chosen:
            return
        question = translate(
            "Case",
            "Replace the case database {case} with the backup {backup}?\n\n"
            "The current file is kept beside it, renamed, so nothing is deleted.",
        )
        answer = QMessageBox.question(
            self._shell.window,
            translate("Case", "Restore a case backup"),
            question.format(case=self._case.path.name, backup=Path(chosen).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._case.restore_backup(Path(chosen))

    def _reviewer_given(self, chosen: Preferences) -> None:
        """Changes are recorded under the name the reviewer gave from now on (Edit > Settings, the first run)."""
        if chosen.reviewer and chosen.reviewer != self._case.reviewer:
            self._case.set_reviewer(chosen.reviewer)

    def _on_opened(self, path: str) -> None:
        if is_team_case(path):  # the address, without its password
            self.database.setText(translate("Case", "Team case: {case}").format(case=path.split("@")[-1].split("?")[0]))
            words = translate(
                "Case",
                "Shared with your team on {case}: every change is saved there as it is made, and your colleagues' "
                "appear here within seconds.",
            )
            self.database.setToolTip(words.format(case=path))
            return
        self.database.setText(translate("Case", "Case: {file}").format(file=path.rsplit("/", 1)[-1]))
        self.database.setToolTip(translate("Case", "Every change is saved in {path} as it is made.").format(path=path))

    def _list_clips(self, rows: list[dict]) -> None:
        """The clips reviewed before in this case are in the Clips list from the start, newest first."""
        for row in rows:
            self._shell.clips.add_clip(row["path"], row["file_name"])

    def _on_failed(self, message: str) -> None:
        self.database.setText(translate("Case", "Case database unusable"))
        QMessageBox.warning(self._shell.window, translate("Case", "The case database cannot be used"), message)

    def _on_refused(self, message: str) -> None:
        self._shell.status_bar.showMessage(message, 8000)

    def _on_history(self, undo_text: str, redo_text: str) -> None:
        actions = self._shell.actions_by_key
        for key, text in (("undo", undo_text), ("redo", redo_text)):
            actions[key].setText(text)
            actions[key].setEnabled(text not in nothing_to_undo())
