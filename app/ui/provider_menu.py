"""View > Run detectors on: where the detectors run, kept in the settings. Sessions are made when the player
starts, so a new choice applies from the next start; `reelcheck --provider` overrides it for one run."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QStatusBar

from app.i18n import translate

# The menu's label of each choice, and the words the status bar says it with.
CHOICES = {
    "auto": (
        QT_TRANSLATE_NOOP("Detector provider", "&Automatic (the GPU when it works, else the CPU)"),
        QT_TRANSLATE_NOOP("Detector provider", "the GPU when it works, else the CPU"),
    ),
    "cuda": (QT_TRANSLATE_NOOP("Detector provider", "&GPU (CUDA)"), QT_TRANSLATE_NOOP("Detector provider", "the GPU")),
    "cpu": (QT_TRANSLATE_NOOP("Detector provider", "&CPU"), QT_TRANSLATE_NOOP("Detector provider", "the CPU")),
}
KEY = "detectors/provider"


def detector_provider(settings: QSettings) -> str:
    value = settings.value(KEY, "auto")
    return value if value in CHOICES else "auto"


def add_provider_menu(menu: QMenu, settings: QSettings, status: QStatusBar) -> QMenu:
    choices = menu.addMenu(translate("Detector provider", "Run detectors &on"))
    group = QActionGroup(choices)
    current = detector_provider(settings)
    for key, (label, _words) in CHOICES.items():
        action = choices.addAction(translate("Detector provider", label))
        action.setCheckable(True)
        action.setChecked(key == current)
        action.setData(key)
        group.addAction(action)

    def choose(action) -> None:
        settings.setValue(KEY, action.data())
        where = translate("Detector provider", CHOICES[action.data()][1])
        status.showMessage(
            translate("Detector provider", "Detectors will run on {where}, from the next start.").format(where=where),
            8000,
        )

    group.triggered.connect(choose)
    return choices
