"""Help > Keyboard shortcuts and About ReelCheck.

The shortcuts are read from the window itself (its menus, then any other action or shortcut it holds), so the list
names every key that works and cannot drift from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.i18n import translate
from app.ui.window_commands import label_words

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

ELSEWHERE = QT_TRANSLATE_NOOP("Keyboard shortcuts", "In lists and while drawing")


@dataclass(frozen=True)
class KeyRow:
    section: str  # the menu path ("View > Forensic filter"), or ELSEWHERE; as the window shows them
    command: str
    keys: tuple[str, ...]  # as the menus show them: "Ctrl+E", "Space"


def shortcut_rows(window: QMainWindow) -> list[KeyRow]:
    """Every command of `window` that has a key: menu by menu in menu order, then those that live elsewhere."""
    rows: list[KeyRow] = []
    seen: set[int] = set()

    def walk(menu: QMenu, section: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{section} > {label_words(action.text())}")
            elif action.shortcuts() and id(action) not in seen:
                seen.add(id(action))
                rows.append(KeyRow(section, label_words(action.iconText()), _keys(action.shortcuts())))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), label_words(top.text()))
    elsewhere = translate("Keyboard shortcuts", ELSEWHERE)
    for action in window.findChildren(QAction):
        if action.shortcuts() and id(action) not in seen:
            seen.add(id(action))
            rows.append(KeyRow(elsewhere, label_words(action.iconText()), _keys(action.shortcuts())))
    unnamed = translate("Keyboard shortcuts", "(unnamed)")
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty():
            rows.append(KeyRow(elsewhere, shortcut.whatsThis() or unnamed, _keys([shortcut.key()])))
    return rows


def show_shortcuts(window: QMainWindow) -> QDialog:
    dialog = QDialog(window)
    dialog.setObjectName("keyboard-shortcuts")
    dialog.setWindowTitle(translate("Keyboard shortcuts", "Keyboard shortcuts"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    tree = QTreeWidget()
    tree.setHeaderLabels([translate("Keyboard shortcuts", "Command"), translate("Keyboard shortcuts", "Keys")])
    tree.setAccessibleName(translate("Keyboard shortcuts", "Keyboard shortcuts"))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    section_item = None
    for row in shortcut_rows(window):
        if section_item is None or section_item.text(0) != row.section:
            section_item = QTreeWidgetItem(tree, [row.section])
            section_item.setFirstColumnSpanned(True)
            font = section_item.font(0)
            font.setBold(True)
            section_item.setFont(0, font)
            section_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            section_item.setExpanded(True)
        QTreeWidgetItem(section_item, [row.command, ", ".join(row.keys)])
    header = tree.header()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)  # every key of a command readable
    dialog.resize(max(520, tree.sizeHintForColumn(0) + tree.sizeHintForColumn(1) + 80), 640)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(tree)
    layout.addWidget(buttons)
    dialog.tree = tree
    dialog.show()
    return dialog


def show_about(window: QMainWindow) -> QDialog:
    """Help > About ReelCheck: the version, and the logs' last lines for a bug report (app/ui/about_dialog.py)."""
    from app.ui.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _keys(sequences: list[QKeySequence]) -> tuple[str, ...]:
    return tuple(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)
