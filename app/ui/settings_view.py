"""The settings in the window: read once at start (taken over from the Qt settings of an earlier version the first
time), asked for on the first run and before a dossier would be signed without a name, edited in Edit > Settings,
and announced to the views that use them when they change."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.i18n import translate
from app.preferences import Preferences, load_preferences, save_preferences, settings_path

log = logging.getLogger(__name__)

# Where ReelCheck kept these in Qt's settings before they were shared with the command line.
_EARLIER_KEYS = {
    "reviewer": "review/reviewer",
    "organisation": "dossier/organisation",
    "organisation_url": "dossier/organisation_url",
    "trust_list": "provenance/trust_list",
    "provider": "detectors/provider",
    "rating_scale": "review/rating_scale",
}


def window_preferences(settings: QSettings) -> Preferences:
    """The settings file's values; the first time, those an earlier version kept in Qt's settings."""
    if settings_path().exists():
        return load_preferences()
    earlier = {}
    for name, key in _EARLIER_KEYS.items():
        value = settings.value(key)
        if isinstance(value, str) and value.strip():
            earlier[name] = (value.strip(),) if name == "rating_scale" else value.strip()
        elif isinstance(value, list) and name == "rating_scale":
            earlier[name] = tuple(str(v).strip() for v in value if str(v).strip())
    taken = replace(Preferences(), **earlier)
    if earlier and not taken.problems():
        try:
            save_preferences(taken)
        except (OSError, ValueError):
            log.warning("the earlier settings could not be kept in %s", settings_path(), exc_info=True)
        return taken
    return Preferences()


class SettingsController(QObject):
    changed = Signal(object)  # the Preferences now in use

    def __init__(self, preferences: Preferences) -> None:
        super().__init__()
        self.current = preferences

    def keep(self, chosen: Preferences) -> str | None:
        """Saves and announces `chosen`; None when kept, else why not, in words."""
        try:
            save_preferences(chosen)
        except ValueError as refused:
            return str(refused)
        except OSError as error:
            return translate("Settings", "Could not keep the settings in {path}: {reason}.").format(
                path=settings_path(), reason=error.strerror or error
            )
        if chosen != self.current:
            self.current = chosen
            self.changed.emit(chosen)
        return None

    def ask_name(self, parent: QWidget | None) -> bool:
        """The first-run question; True once the reviewer's name is known and kept."""
        from app.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.current, parent)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            problem = self.keep(dialog.chosen())
            if problem is None:
                return True
            dialog.problem.setText(problem)
        return bool(self.current.reviewer)

    def offer_first_run(self, parent: QWidget) -> None:
        """The first-run question without waiting on it (the window goes on painting); "Later" leaves it for the
        first dossier to ask again."""
        from app.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.current, parent)
        dialog.setObjectName("first-run")

        def answered() -> None:
            if (problem := self.keep(dialog.chosen())) is not None:
                log.warning("the first run's answers could not be kept: %s", problem)

        dialog.accepted.connect(answered)
        dialog.open()
