"""View > Run detectors on: where the detectors run, kept in the settings (Edit > Settings has it too). Sessions are
made when the player starts, so a new choice applies from the next start; `reelcheck --provider` overrides it for
one run."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QStatusBar

from app.i18n import translate

if TYPE_CHECKING:
    from app.preferences import Preferences
    from app.ui.settings_view import SettingsController

# The menu's label of each choice, and the words the status bar says it with.
CHOICES = {
    "auto": (
        QT_TRANSLATE_NOOP("Detector provider", "&Automatic (the GPU when it works, else the CPU)"),
        QT_TRANSLATE_NOOP("Detector provider", "the GPU when it works, else the CPU"),
    ),
    "cuda": (QT_TRANSLATE_NOOP("Detector provider", "&GPU (CUDA)"), QT_TRANSLATE_NOOP("Detector provider", "the GPU")),
    "cpu": (QT_TRANSLATE_NOOP("Detector provider", "&CPU"), QT_TRANSLATE_NOOP("Detector provider", "the CPU")),
}


def add_provider_menu(menu: QMenu, preferences: SettingsController, status: QStatusBar) -> QMenu:
    choices = menu.addMenu(translate("Detector provider", "Run detectors &on"))
    group = QActionGroup(choices)
    for key, (label, _words) in CHOICES.items():
        action = choices.addAction(translate("Detector provider", label))
        action.setCheckable(True)
        action.setData(key)
        group.addAction(action)

    def show(chosen: Preferences) -> None:
        for action in group.actions():
            action.setChecked(action.data() == chosen.provider)

    def choose(action) -> None:
        if (problem := preferences.keep(replace(preferences.current, provider=action.data()))) is not None:
            status.showMessage(problem, 8000)
            return
        where = translate("Detector provider", CHOICES[action.data()][1])
        status.showMessage(
            translate("Detector provider", "Detectors will run on {where}, from the next start.").format(where=where),
            8000,
        )

    show(preferences.current)
    preferences.changed.connect(show)  # chosen in Edit > Settings too
    group.triggered.connect(choose)
    return choices
