"""Edit > Settings in the window: the dialog, given what only the window knows (the calibration in use, the trusted
signers and the calibration dialogs). The views that use a setting follow its changes themselves (the case's
reviewer, the claims' rating menu, where detectors run); the frame cache, the data folder, the team case, the language
and where detectors run apply when ReelCheck starts again, and the status bar says so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from app.i18n import translate
from app.store.rules import RATINGS

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.ui.shell import Shell

# What applies only when ReelCheck starts again.
_AT_NEXT_START = ("language", "cache_mb", "data_folder", "provider", "team_case")


def open_settings(shell: Shell, open_calibration: Callable[[], None]) -> None:
    from app.ui.settings_dialog import SettingsDialog

    kept = shell.preferences.current
    dialog = SettingsDialog(
        kept,
        tuple(RATINGS),
        _calibration_in_use(),
        open_trusted_signers=_trusted_signers,
        open_calibration=lambda parent: open_calibration(),
        parent=shell.window,
    )
    while dialog.exec() == QDialog.DialogCode.Accepted:
        chosen = dialog.chosen()
        problem = shell.preferences.keep(chosen)
        if problem is None:
            if any(getattr(chosen, name) != getattr(kept, name) for name in _AT_NEXT_START):
                shell.status_bar.showMessage(
                    translate("Settings", "Saved. Some of the changes apply when ReelCheck starts again."), 8000
                )
            return
        dialog.problem.setText(problem)


def _calibration_in_use() -> str:
    from app.analysis.calibration_names import calibration_words
    from app.analysis.calibrations import known_calibrations

    in_use, _ = known_calibrations()
    return calibration_words(in_use.name) if in_use is not None else translate("Settings", "None installed")


def _trusted_signers(parent: QWidget) -> None:
    from app.ui.trusted_signers import show_trusted_signers

    show_trusted_signers(parent)
