"""The main window's commands as Qt actions: its menus and Transport toolbar, built from app/ui/actions.py's
COMMANDS, their icons (drawn again in the new ink when the theme changes), and which of them wait for a clip to be
open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.i18n import translate
from app.ui.actions import COMMANDS
from app.ui.provider_menu import add_provider_menu
from widgets.colours import recolour_on_theme_change
from widgets.plain_text import without_mnemonic

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from app.ui.settings_view import SettingsController

_ALWAYS_ON = (
    "open",
    "demo",
    "quit",
    "side_by_side",
    "reset_layout",
    "shortcuts",
    "about",
    "settings",
    "trusted_signers",
    "show_queue",
    "show_player",
    "back_to_queue",
    "undo",
    "redo",
)
_ICON_NAME = "icon_name"  # the property that keeps an action's icon's name, to draw it again in another ink


class WindowCommands:
    def __init__(self, window: QMainWindow, menus: dict[str, QMenu], preferences: SettingsController) -> None:
        """Each command of COMMANDS as an action of `window`, in its menu of `menus` (made as needed) and on the
        Transport toolbar; a command without `run` calls `window`'s do_<key>."""
        toolbar = self.transport = QToolBar(translate("Menus", "Transport"))
        toolbar.setObjectName("toolbar-transport")
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setMovable(False)
        window.addToolBar(toolbar)
        actions = {}
        last_menu = None
        for command in COMMANDS:
            label = translate("Menus", command.label)
            action = QAction(label, window)
            action.setIconText(label)  # the command's own name, kept when its text says more (Undo typing)
            action.setShortcuts([QKeySequence(s) for s in command.shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(_tip(command, label))
            action.setCheckable(command.checkable)
            handler = command.run or getattr(type(window), f"do_{command.key}")
            action.triggered.connect(lambda checked=False, h=handler: h(window))
            if command.menu not in menus:  # kept by its English title, shown translated
                menus[command.menu] = window.menuBar().addMenu(translate("Menus", command.menu))
            menus[command.menu].addAction(action)
            if command.toolbar:
                if last_menu is not None and last_menu != command.menu:
                    toolbar.addSeparator()
                toolbar.addAction(action)
                last_menu = command.menu
            actions[command.key] = action
        # The review panels add their commands here; Help stays last.
        menus["&Review"] = QMenu(translate("Menus", "&Review"), window)
        window.menuBar().insertMenu(menus["&Help"].menuAction(), menus["&Review"])
        view_menu = menus["&View"]
        view_menu.addSeparator()
        self.filter_menu = view_menu.addMenu(translate("Menus", "Forensic &filter"))
        self.provider_menu = add_provider_menu(view_menu, preferences, window.statusBar())
        view_menu.addSeparator()
        self.actions_by_key = actions
        self._icons_loaded = False
        recolour_on_theme_change(window, lambda: recolour_icons(window))

    def load_icons(self) -> None:
        if self._icons_loaded:
            return
        self._icons_loaded = True
        for command in COMMANDS:
            if command.icon:
                set_icon(self.actions_by_key[command.key], command.icon)

    def enable_clip_actions(self, enabled: bool) -> None:
        for key, action in self.actions_by_key.items():
            if key not in _ALWAYS_ON:
                action.setEnabled(enabled)

    def always_on(self, action: QAction) -> bool:
        """Whether `action` works without a clip open."""
        return action in {self.actions_by_key[key] for key in _ALWAYS_ON}


def label_words(label: str) -> str:
    """A menu label as words: without its mnemonic mark and trailing dots."""
    return without_mnemonic(label).rstrip("…").strip()


def _tip(command, label: str) -> str:
    if command.tip:
        return translate("Menus", command.tip)
    if command.shortcuts:
        keys = ", ".join(command.shortcuts)
        return translate("Menus", "{command} ({keys})").format(command=label_words(label), keys=keys)
    return label_words(label)


def set_icon(action: QAction, name: str) -> None:
    """`action`'s icon, the qtawesome icon `name`, drawn in the theme's ink now and after the theme changes."""
    action.setProperty(_ICON_NAME, name)
    action.setIcon(icon(name))


def recolour_icons(window: QMainWindow) -> None:
    """The icons given by set_icon to `window`'s actions, drawn again in the ink of the theme now in use."""
    for action in window.findChildren(QAction):
        if name := action.property(_ICON_NAME):
            action.setIcon(icon(name))


def icon(name: str) -> QIcon:
    """The icon in the theme's ink (a light one on the dark tool bar, a dark one on the light)."""
    import qtawesome

    from widgets.colours import ink

    return qtawesome.icon(name, color=ink("icon").name(), color_disabled=ink("quiet").name())
