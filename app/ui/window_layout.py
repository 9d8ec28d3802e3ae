"""The main window's docks and their layout: the panels later work fills, a dock added later in the View menu too,
the layout the window starts with, and the one the reviewer left, saved on closing and restored; the tabs of docks
tabbed together name their panels in whole words."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabBar, QTabWidget, QWidget

from app.i18n import translate
from widgets.panels import PanelPlaceholder


@dataclass(frozen=True)
class PlannedPanel:
    """A dock that later work fills; until then it says what it will hold."""

    key: str
    title: str  # English, marked for lupdate: shown translated
    note: str
    area: Qt.DockWidgetArea


_PLANNED_PANELS = (
    PlannedPanel(
        "sources",
        QT_TRANSLATE_NOOP("Main window", "Sources"),
        QT_TRANSLATE_NOOP("Main window", "Sources of the clip and its claims will appear here."),
        Qt.RightDockWidgetArea,
    ),
    PlannedPanel(
        "verdict",
        QT_TRANSLATE_NOOP("Main window", "Verdict"),
        QT_TRANSLATE_NOOP("Main window", "The verdict on this clip will be recorded here."),
        Qt.RightDockWidgetArea,
    ),
)


_BOTTOM_ROW_HEIGHT = 170  # px: six lines of words; the frame above keeps most of a 768 px screen's height


class DockLayout:
    def __init__(self, window: QMainWindow, settings: QSettings, menus: dict[str, QMenu]) -> None:
        self._window = window
        self._settings = settings
        self._menus = menus
        self.docks: dict[str, QDockWidget] = {}
        self.default_state = QByteArray()  # what Reset layout goes back to
        # The panels' tabs above them, as video and design tools have them, where the eye looks for a panel's name
        window.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        self._whole_tab_words = WholeTabWords(window)

    def add_dock(self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self._window)
        dock.setObjectName(f"dock-{key}")
        dock.setWidget(widget)
        dock.setMinimumWidth(220)
        self._window.addDockWidget(area, dock)
        self.docks[key] = dock
        if "&View" in self._menus:  # a panel a view adds later (Evidence) can be shown again from the View menu
            self._menus["&View"].addAction(dock.toggleViewAction())

    def add_planned_panels(self) -> None:
        """The planned panels, and every panel so far tabbed with its neighbours, the first of each in front."""
        for panel in _PLANNED_PANELS:
            title, note = translate("Main window", panel.title), translate("Main window", panel.note)
            self.add_dock(panel.key, title, PanelPlaceholder(note), panel.area)
        window, docks = self._window, self.docks
        window.tabifyDockWidget(docks["media"], docks["provenance"])
        # beside the detectors, so that a claim (left) and its sources can be seen together
        window.tabifyDockWidget(docks["detectors"], docks["sources"])
        window.tabifyDockWidget(docks["sources"], docks["verdict"])
        docks["detectors"].raise_()
        docks["media"].raise_()
        docks["clips"].raise_()

    def list_in_view_menu(self) -> None:
        """The docks made before the View menu was, each shown again from it."""
        for dock in self.docks.values():
            self._menus["&View"].addAction(dock.toggleViewAction())

    def place_words_and_sound(self) -> None:
        # under the frame and the timeline, the clip's words beside its sound: both read along the time axis; the
        # side columns reach down to the status bar, so that the bottom row takes no height from the claims
        window, docks = self._window, self.docks
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        window.splitDockWidget(docks["words"], docks["spectrogram"], Qt.Orientation.Horizontal)
        row = [docks["words"], docks["spectrogram"]]
        for dock in row:
            dock.show()  # added to a window on screen: Qt would leave them hidden
        window.resizeDocks(row, [3, 2], Qt.Orientation.Horizontal)
        window.resizeDocks(row, [_BOTTOM_ROW_HEIGHT] * 2, Qt.Orientation.Vertical)  # the frame keeps the height

    def restore(self) -> None:
        """The layout as it is now kept for Reset layout, and the window as the reviewer left it last time."""
        self.default_state = self._window.saveState()
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self._window.restoreGeometry(geometry)
        else:
            self._window.resize(1440, 900)
        if isinstance(state, QByteArray):
            self._window.restoreState(state)

    def adopt_late_docks(self, on_queue: bool) -> None:
        """The docks the views add once the media engine is there (words, spectrogram, evidence...) join the layout:
        Reset layout puts them back where they start, and the layout saved last time where the reviewer left them."""
        if not on_queue:  # Qt shows a dock with its window, not one added to a window already on screen
            for dock in self.docks.values():
                if dock.isHidden() and not dock.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                    dock.show()
        self.default_state = self._window.saveState()
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray) and not on_queue:
            self._window.restoreState(state)

    def save(self, player_layout: QByteArray | None) -> None:
        """The window's place and size, and the player's docks (`player_layout` while the queue hides them)."""
        self._settings.setValue("window/geometry", self._window.saveGeometry())
        self._settings.setValue("window/state", player_layout or self._window.saveState())  # the player's docks


class WholeTabWords(QObject):
    """The tabs of tabbed docks keep their panels' names whole ("Verdict", never "Ve…"): where they do not all fit,
    as in Compact's one column of eleven panels, the tabs scroll. QMainWindow makes its tab bars itself, eliding,
    whenever docks are tabbed: each is set as it is polished, before it is first shown."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        window.installEventFilter(self)
        for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            _keep_words_whole(bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ChildPolished and isinstance(event.child(), QTabBar):
            _keep_words_whole(event.child())
        return False


def _keep_words_whole(bar: QTabBar) -> None:
    bar.setAccessibleName(translate("Main window", "Panels"))
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)
