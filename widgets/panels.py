"""Side panels of the player: media facts, the clip list, and placeholders for panels later work fills."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.text.shown import with_visible_controls
from widgets.colours import recolour_on_theme_change, same_ink
from widgets.plain_text import plain_tip


class PanelPlaceholder(QWidget):
    """Says what a panel will hold, until the work that fills it lands."""

    def __init__(self, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(note)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setStyleSheet("color: palette(mid); padding: 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)


class FactsPanel(QTreeWidget):
    """Sections of label/value rows (media facts, tags); values can be copied from a context menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([translate("Facts panel", "Fact"), translate("Facts panel", "Value")])
        self.setAccessibleName(translate("Facts panel", "Media facts"))
        self.setRootIsDecorated(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def show_sections(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        self.clear()
        for title, rows in sections:
            self.set_section(title, rows)

    def set_section(self, title: str, rows: list[tuple[str, str]]) -> None:
        """The section `title` with these rows, in place of its rows before; added at the end if it is new."""
        found = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        section = next((item for item in found if item.text(0) == title), None)
        if section is None:
            section = QTreeWidgetItem(self, [title])
            section.setFirstColumnSpanned(True)
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
        section.takeChildren()
        for label, value in rows:
            item = QTreeWidgetItem(section, [label, with_visible_controls(value)])  # tags come from the file
            item.setToolTip(1, plain_tip(value))
        section.setExpanded(True)
        self.resizeColumnToContents(0)

    def set_value(self, label: str, value: str) -> None:
        for item in self.findItems(label, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0):
            item.setText(1, with_visible_controls(value))
            item.setToolTip(1, plain_tip(value))

    def _menu(self, position) -> None:
        items = self.selectedItems()
        if not items:
            return
        menu = QMenu(self)
        copy = menu.addAction(translate("Facts panel", "Copy value"))
        if menu.exec(self.viewport().mapToGlobal(position)) is copy:
            QGuiApplication.clipboard().setText("\n".join(i.text(1) for i in items if i.text(1)))


_NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the clip's name, kept apart from the badge shown under it
_BADGE_ROLE = Qt.ItemDataRole.UserRole + 2  # the clip's provenance badge words, shown or not
_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 3  # the badge's colour; "" for a quiet badge
_FIGURE_ROLE = Qt.ItemDataRole.UserRole + 4  # the clip's clip-level figure ("0.86"), "" when none is shown
_FIGURE_TIP_ROLE = Qt.ItemDataRole.UserRole + 5  # what the figure means, for the tooltip


class _FigureAtRight(QStyledItemDelegate):
    """Draws a clip's figure at the right end of its name's line, in the text colour whatever the badge's colour,
    so that the figures of all clips stand in one column."""

    _GAP = 10

    def paint(self, painter: QPainter, option, index) -> None:  # option: QStyleOptionViewItem
        # Imported here: Python makes QStyle's many enums on first use, 7 ms of the window's first paint.
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        figure = index.data(_FIGURE_ROLE) or ""
        if not figure:
            super().paint(painter, option, index)
            return
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        style = full.widget.style() if full.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, full, painter, full.widget)
        metrics = QFontMetrics(full.font)
        width = metrics.horizontalAdvance(figure) + self._GAP
        # at the right edge of what is seen, even when a long name makes the row wider than the list
        view = full.widget
        right = min(option.rect.right(), view.viewport().width() - 1) if view is not None else option.rect.right()
        short = QStyleOptionViewItem(option)
        short.rect = QRect(
            option.rect.left(), option.rect.top(), right - width - option.rect.left(), option.rect.height()
        )
        super().paint(painter, short, index)
        lines = (full.text or "").replace("\u2028", "\n").count("\n") + 1  # Qt shows a line break as U+2028
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, full, view)
        top = text.top() + (text.height() - lines * metrics.height()) // 2
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(full.font)
        painter.setPen(option.palette.color(role))
        line = QRect(right - width, top, width - 4, metrics.height())
        painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), figure)
        painter.restore()


class ClipList(QListWidget):
    """The clips of this session; activating one opens it."""

    clip_chosen = Signal(str)
    clip_added = Signal(str)  # a path newly in the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, QListWidgetItem] = {}  # by path: a case of thousands of clips lists at once
        self._current = ""  # the clip in bold
        self.itemActivated.connect(lambda item: self.clip_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.setItemDelegate(_FigureAtRight(self))
        self.setAccessibleName(translate("Clip list", "Clips"))
        recolour_on_theme_change(self, self._recolour)

    def add_clip(self, path: str, title: str) -> None:
        if path in self._items:
            return
        item = QListWidgetItem(with_visible_controls(title))  # a file name may hold bidi overrides
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(plain_tip(path))
        self.addItem(item)
        self._items[path] = item
        self.clip_added.emit(path)

    def set_badge(self, path: str, words: str, colour: str) -> None:
        """Gives the clip its provenance badge. A badge with a colour (one that asks for attention) shows under the
        clip's name in that colour; any other ("No provenance") only in the tooltip, so the list stays quiet."""
        item = self._items.get(path)
        if item is None:
            return
        item.setData(_BADGE_ROLE, words)
        item.setData(_COLOUR_ROLE, colour)
        self._compose(item)

    def set_figure(self, path: str, figure: str, tip: str) -> None:
        """Gives the clip its clip-level figure, after its name in the text colour (a weight of evidence, never
        coloured as a verdict); `tip` says what it means. An empty `figure` takes it away."""
        item = self._items.get(path)
        if item is None:
            return
        item.setData(_FIGURE_ROLE, figure)
        item.setData(_FIGURE_TIP_ROLE, tip if figure else "")
        self._compose(item)

    def figure_of(self, path: str) -> str:
        item = self._items.get(path)
        return (item.data(_FIGURE_ROLE) or "") if item is not None else ""

    def clear_figures(self) -> None:
        """Every clip's figure taken away (the calibration in use changed: they were measured under another)."""
        for path in self._items:
            self.set_figure(path, "", "")

    def _recolour(self) -> None:
        """The badges' colours as the same inks in the theme now in use."""
        for item in self._items.values():
            if colour := item.data(_COLOUR_ROLE):
                item.setData(_COLOUR_ROLE, same_ink(colour))
                self._compose(item)

    def _compose(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        name = item.data(_NAME_ROLE) or item.text()
        item.setData(_NAME_ROLE, name)
        words, colour = item.data(_BADGE_ROLE) or "", item.data(_COLOUR_ROLE) or ""
        figure_tip = item.data(_FIGURE_TIP_ROLE) or ""
        # indented under the name, so that it reads as the clip's badge rather than as another clip
        item.setText(f"{name}\n    {words}" if words and colour else name)
        item.setToolTip(plain_tip("\n".join(part for part in (path, words, figure_tip) if part)))
        if colour:
            item.setForeground(QColor(colour))
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)

    def paths(self) -> list[str]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]

    def badge_of(self, path: str) -> str:
        """The clip's badge words; "" when it has none yet (or is not listed)."""
        item = self._items.get(path)
        return (item.data(_BADGE_ROLE) or "") if item is not None else ""

    def mark_current(self, path: str) -> None:
        """The clip on screen: in bold, and the one chosen in the list (whichever way it was opened)."""
        for item in (self._items.get(self._current), self._items.get(path)):
            if item is not None:
                font = item.font()
                font.setBold(item is self._items.get(path))
                item.setFont(font)
        self._current = path
        if path in self._items:
            self.setCurrentItem(self._items[path])
            self.scrollToItem(self._items[path])


def scrolled(panel: QWidget) -> QScrollArea:
    """`panel` in a frameless scroll area: a panel of many rows then sets no least height of its own."""
    area = QScrollArea()
    area.setWidget(panel)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area
