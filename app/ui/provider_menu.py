"""View > Run detectors on: where the detectors run, kept in the settings. Sessions are made when the player
starts, so a new choice applies from the next start; `reelcheck --provider` overrides it for one run."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QStatusBar

CHOICES = {
    "auto": "&Automatic (the GPU when it works, else the CPU)",
    "cuda": "&GPU (CUDA)",
    "cpu": "&CPU",
}
KEY = "detectors/provider"


def detector_provider(settings: QSettings) -> str:
    value = settings.value(KEY, "auto")
    return value if value in CHOICES else "auto"


def add_provider_menu(menu: QMenu, settings: QSettings, status: QStatusBar) -> QMenu:
    choices = menu.addMenu("Run detectors &on")
    group = QActionGroup(choices)
    current = detector_provider(settings)
    for key, label in CHOICES.items():
        action = choices.addAction(label)
        action.setCheckable(True)
        action.setChecked(key == current)
        action.setData(key)
        group.addAction(action)

    def choose(action) -> None:
        settings.setValue(KEY, action.data())
        where = action.text().replace("&", "").split(" (")[0].lower()
        status.showMessage(f"Detectors will run on: {where}, from the next start.", 8000)

    group.triggered.connect(choose)
    return choices
