"""File > Open recent: the last clips opened, remembered across sessions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from app.i18n import translate

_KEY = "files/recent"
_MOST = 10


class RecentClips:
    def __init__(self, menu: QMenu, settings: QSettings, open_path: Callable[[str], None]) -> None:
        self._menu, self._settings, self._open = menu, settings, open_path
        self._rebuild()

    def paths(self) -> list[str]:
        value = self._settings.value(_KEY, [])
        return [value] if isinstance(value, str) else list(value or [])

    def add(self, path: str) -> None:
        paths = [path] + [p for p in self.paths() if p != path]
        self._settings.setValue(_KEY, paths[:_MOST])
        self._rebuild()

    def _clear(self) -> None:
        self._settings.setValue(_KEY, [])
        self._rebuild()

    def _rebuild(self) -> None:
        self._menu.clear()
        paths = self.paths()
        for number, path in enumerate(paths, start=1):
            label = f"&{number % 10}  {Path(path).name}"
            action = self._menu.addAction(label, lambda p=path: self._open(p))
            action.setToolTip(path)
            action.setStatusTip(path)
        if paths:
            self._menu.addSeparator()
            self._menu.addAction(translate("Recent clips", "Clear list"), self._clear)
        else:
            self._menu.addAction(translate("Recent clips", "No recent clips")).setEnabled(False)
