"""What a view gets of the main window: the window as Qt knows it (the parent of its dialogs, actions and docks),
its menus, commands, docks and status bar, the frame views and timeline, the Clips list, the player once the media
engine has loaded, the frame on screen, the settings (Qt's and the reviewer's) and the jobs. The main window makes
one and builds itself from views given it; a view never sees the rest of the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QStatusBar, QWidget

if TYPE_CHECKING:  # the player loads the media engine, after the first paint
    import numpy as np

    from app.ui.player import PlayerController
    from app.ui.settings_view import SettingsController
    from app.ui.tasks import Jobs
    from widgets.frame_view import FrameView
    from widgets.panels import ClipList
    from widgets.timeline import Timeline

AddDock = Callable[[str, str, QWidget, Qt.DockWidgetArea], None]


class Shell:
    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        jobs: Jobs,
        preferences: SettingsController,
        *,
        menus: dict[str, QMenu],
        actions_by_key: dict[str, QAction],
        docks: dict[str, QDockWidget],
        add_dock: AddDock,
        frame_views: tuple[FrameView, FrameView],
        timeline: Timeline,
        clips: ClipList,
        open_paths: Callable[[list[str]], None],
        player: Callable[[], PlayerController | None],
        on_screen: Callable[[], tuple[int | None, np.ndarray | None]],
    ) -> None:
        self.window = window  # only Qt's own QMainWindow calls: parenting, placing docks, window events
        self.settings = settings  # Qt's: the window's layout and the views' own choices
        self.preferences = preferences  # shared with the command line: reviewer, organisation, trust list...
        self.jobs = jobs
        self.status_bar: QStatusBar = window.statusBar()
        self.menus = menus  # by title ("&File", "&Review", ...): a view adds its commands to them
        self.actions_by_key = actions_by_key  # the window's commands; a view's clip commands join them
        self.docks = docks  # by key ("media", "clips", ...)
        self.frame_views = frame_views  # the frame, and the one beside it that shows the heatmaps
        self.timeline = timeline
        self.clips = clips
        self.open_paths = open_paths
        self._add_dock, self._player, self._on_screen = add_dock, player, on_screen

    def add_dock(self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        """`widget` in a new dock, `key` naming it in `docks` and in the saved layout."""
        self._add_dock(key, title, widget, area)

    def show_dock(self, key: str) -> None:
        """The dock `key` shown and brought to the front of its tabs."""
        self.docks[key].show()
        self.docks[key].raise_()

    @property
    def player(self) -> PlayerController | None:
        """The player, once the media engine has loaded."""
        return self._player()

    @property
    def exact_frame(self) -> int | None:
        """The number of the frame on screen when the picture is that exact frame; None for a preview."""
        return self._on_screen()[0]

    @property
    def frame_pixels(self) -> np.ndarray | None:
        """The BGRA array behind the picture on screen."""
        return self._on_screen()[1]
