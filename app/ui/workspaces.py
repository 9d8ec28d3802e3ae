"""Workspaces: named layouts of the main window, one for each way of working. Review is the player with the claims,
evidence and verdict; Triage the queue large, with a preview of the clip chosen; Compact a laptop's screen (1366 x
768), the side panels tabbed in one column so that the frame keeps most of the width. Each remembers its docks as the
reviewer left them in it, and the window starts in the one used last."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QToolButton

from app.i18n import translate
from app.ui.pages import PLAYER, QUEUE

if TYPE_CHECKING:
    from app.ui.pages import Pages
    from app.ui.shell import Shell


@dataclass(frozen=True)
class Workspace:
    """`label` and `tip` are English, marked for lupdate; shown translated (context "Workspaces")."""

    key: str
    label: str
    shortcut: str
    icon: str
    tip: str
    page: str  # the page it shows: PLAYER or QUEUE


# Ctrl+Alt: Alt+digit chooses a forensic filter, Ctrl+1 is actual pixels and the queue's digits decide a clip.
WORKSPACES = (
    Workspace(
        "review",
        QT_TRANSLATE_NOOP("Workspaces", "&Review"),
        "Ctrl+Alt+1",
        "mdi6.clipboard-check-outline",
        QT_TRANSLATE_NOOP("Workspaces", "Review: the player with the claims, evidence and verdict"),
        PLAYER,
    ),
    Workspace(
        "triage",
        QT_TRANSLATE_NOOP("Workspaces", "&Triage"),
        "Ctrl+Alt+2",
        "mdi6.format-list-checks",
        QT_TRANSLATE_NOOP("Workspaces", "Triage: the queue large, with a preview of the selected clip"),
        QUEUE,
    ),
    Workspace(
        "compact",
        QT_TRANSLATE_NOOP("Workspaces", "&Compact"),
        "Ctrl+Alt+3",
        "mdi6.laptop",
        QT_TRANSLATE_NOOP("Workspaces", "Compact, for a laptop: the panels as tabs in one column, the frame wide"),
        PLAYER,
    ),
)
BY_KEY = {workspace.key: workspace for workspace in WORKSPACES}
CURRENT_KEY = "workspace/current"
TEXT_BESIDE_ICONS_KEY = "toolbar/text_beside_icons"
NARROW_SCREEN = 1500  # px: below it, a first start is in Compact
# Compact's one column, the panel a reviewer types in most in front; the time-axis panels join it too, as every
# pixel of height counts on a 768 px screen.
_COLUMN_ORDER = (
    "claims",
    "verdict",
    "sources",
    "evidence",
    "clips",
    "detectors",
    "media",
    "provenance",
    "clip_evidence",
    "words",
    "spectrogram",
)
_COLUMN_WIDTH = 380  # px: the frame keeps 70% of a 1366 px window


def first_workspace(screen_width: int | None) -> str:
    """The workspace of a first start: Compact on a screen narrower than NARROW_SCREEN."""
    return "compact" if screen_width is not None and screen_width < NARROW_SCREEN else "review"


def layout_key(workspace: str) -> str:
    return f"workspace/{workspace}/state"


class Workspaces:
    def __init__(
        self, shell: Shell, pages: Pages, toolbars: tuple[QToolBar, ...], screen_width: int | None = None
    ) -> None:
        """View > Workspace and a Workspaces toolbar beside `toolbars`, which its text-beside-icons choice styles too;
        `screen_width` chooses the workspace of a first start."""
        self._window, self._settings, self._docks, self._pages = shell.window, shell.settings, shell.docks, pages
        window, settings = shell.window, shell.settings
        saved = settings.value(CURRENT_KEY)
        self.current = saved if saved in BY_KEY else first_workspace(screen_width)
        self._first_start = saved not in BY_KEY
        self.defaults: dict[str, QByteArray] = {}  # each workspace's docks as Reset workspace puts them
        self.toolbar = QToolBar(translate("Workspaces", "Workspaces"))
        self.toolbar.setObjectName("toolbar-workspaces")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(toolbars[0].iconSize())
        window.addToolBar(self.toolbar)
        self._toolbars = (*toolbars, self.toolbar)
        for toolbar in self._toolbars:  # the » button that shows the buttons a narrow window has no room for
            more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
            if more is not None:
                more.setAccessibleName(translate("Workspaces", "More buttons of this toolbar"))
        view_menu = shell.menus["&View"]
        menu = view_menu.addMenu(translate("Workspaces", "&Workspace"))
        group = QActionGroup(menu)
        self.actions: dict[str, QAction] = {}
        for workspace in WORKSPACES:
            label = translate("Workspaces", workspace.label)
            action = QAction(label, window, checkable=True)
            action.setShortcut(QKeySequence(workspace.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            tip = translate("Workspaces", workspace.tip)
            action.setToolTip(translate("Workspaces", "{tip} ({keys})").format(tip=tip, keys=workspace.shortcut))
            action.setStatusTip(tip)
            action.setChecked(workspace.key == self.current)
            action.triggered.connect(lambda checked=False, key=workspace.key: self.switch(key))
            group.addAction(action)
            menu.addAction(action)
            self.toolbar.addAction(action)
            self.actions[workspace.key] = action
        self.text_beside_icons = view_menu.addAction(translate("Workspaces", "Toolbar &text beside icons"))
        self.text_beside_icons.setCheckable(True)
        self.text_beside_icons.setChecked(settings.value(TEXT_BESIDE_ICONS_KEY, False, type=bool))
        self.text_beside_icons.toggled.connect(self.set_text_beside_icons)
        self.set_text_beside_icons(self.text_beside_icons.isChecked())
        pages.show_preview(self.current == "triage")  # and the queue shown once the case is open

    def load_icons(self) -> None:
        from app.ui.window_commands import set_icon  # qtawesome: after the first paint

        for workspace in WORKSPACES:
            set_icon(self.actions[workspace.key], workspace.icon)

    def set_text_beside_icons(self, on: bool) -> None:
        """The toolbars' buttons with their names beside the icons, or icons alone (their names in the tooltips)."""
        self._settings.setValue(TEXT_BESIDE_ICONS_KEY, on)
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if on else Qt.ToolButtonStyle.ToolButtonIconOnly
        for toolbar in self._toolbars:
            toolbar.setToolButtonStyle(style)
            for button in toolbar.findChildren(QToolButton):  # reached by Tab too, not only by mouse and shortcut
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    # --- the docks of each workspace ----------------------------------------------------------------------------
    def adopt(self, review_default: QByteArray) -> None:
        """Each workspace's default docks, once every dock is there (`review_default`: the window's own first
        layout); a first start on a narrow screen goes to Compact."""
        self.defaults = {"review": review_default, "triage": review_default}
        if self._first_start and self.current != "review":
            self._first_start = False
            self._show_docks(None)

    def switch(self, key: str) -> None:
        """Into workspace `key`: the docks as it was left, on the page it shows."""
        if key != self.current:
            self.keep()
            self.current = key
            self._settings.setValue(CURRENT_KEY, key)
            self._show_docks(self._settings.value(layout_key(key)))
        self.actions[key].setChecked(True)
        pages = self._pages
        pages.show_preview(key == "triage")
        if pages.queue_view is not None:
            pages.show(BY_KEY[key].page)

    def reset(self) -> None:
        """The current workspace's docks as they first were."""
        self._settings.remove(layout_key(self.current))
        self._show_docks(None)

    def keep(self) -> None:
        """The current workspace's docks remembered as they are (the player's, while the queue hides them)."""
        layout = self._pages.player_layout or self._window.saveState()
        self._settings.setValue(layout_key(self.current), layout)

    def _show_docks(self, state: object) -> None:
        window, pages = self._window, self._pages
        if not isinstance(state, QByteArray):
            state = self._default(self.current)
        if state is None:
            return  # the docks are not all there yet: adopt() sets them
        if pages.player_layout is not None:  # on the Queue page: the player's docks come back so
            pages.player_layout = state
        else:
            window.restoreState(state)

    def _default(self, key: str) -> QByteArray | None:
        """Workspace `key`'s default docks; Compact's made the first time it is asked for (on a start in Review,
        never): the Review default with every dock tabbed into one column."""
        if key == "compact" and key not in self.defaults and "review" in self.defaults:
            window = self._window
            now = window.saveState()
            window.restoreState(self.defaults["review"])
            one_side_column(window, self._docks)
            self.defaults[key] = window.saveState()
            window.restoreState(now)
        return self.defaults.get(key)


def one_side_column(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Every dock as a tab of one column on the right, the claims in front; hidden docks stay hidden."""
    keys = [key for key in _COLUMN_ORDER if key in docks] + [key for key in docks if key not in _COLUMN_ORDER]
    hidden = {key for key in keys if docks[key].isHidden()}
    first = docks[keys[0]]
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first)
    for key in keys[1:]:
        window.tabifyDockWidget(first, docks[key])
    for key in keys:
        docks[key].setHidden(key in hidden)
    first.raise_()
    window.resizeDocks([first], [_COLUMN_WIDTH], Qt.Orientation.Horizontal)
