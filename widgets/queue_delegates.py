"""How the queue table's cells are painted: text in one call per cell, the thumbnail (a placeholder until it is
read), and the provenance badge as a coloured pill, in the colours the Provenance panel uses. The view has painted
each row's background (alternate colour, selection) before a delegate is asked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

CLIP_ROLE = Qt.ItemDataRole.UserRole + 1  # the clip id of a row
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2  # (background, text) colours of the badge, or None
CELL_ROLE = Qt.ItemDataRole.UserRole + 3  # (words, colour or None, alignment or None) of a text cell

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_MUTED = QColor("#8d929b")
_SELECTED = QStyle.StateFlag.State_Selected.value  # tested as an int: Python's enum flags cost a frame's budget
_PLACEHOLDER = QColor("#2c2f36")
_PLACEHOLDER_EDGE = QColor("#3a3e46")


class ThumbnailDelegate(QStyledItemDelegate):
    def __init__(self, size: QSize, parent=None) -> None:
        super().__init__(parent)
        self._size = size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        box = QRect(0, 0, self._size.width(), self._size.height())
        box.moveCenter(option.rect.center())
        pixmap = index.model().data(index, Qt.ItemDataRole.DecorationRole)  # no QVariant round trip
        painter.save()
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            target = QRect(0, 0, pixmap.width(), pixmap.height())
            target.moveCenter(box.center())
            painter.drawPixmap(target, pixmap)
        else:
            painter.setPen(_PLACEHOLDER_EDGE)
            painter.setBrush(_PLACEHOLDER)
            painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 3, 3)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        return self._size + QSize(8, 6)


class TextDelegate(QStyledItemDelegate):
    """A text cell in one call: its words, colour and alignment read straight from the model in one Python call
    (not a round trip through Qt for each of the seven roles the standard delegate asks), elided as the view says
    when it does not fit."""

    def __init__(self, parent=None, elide: Qt.TextElideMode | None = None) -> None:
        super().__init__(parent)
        # The widest character of plain ASCII text, and of any other: text certainly narrower than its room needs
        # no eliding (elidedText costs more than the rest of the cell; a CJK font's widest glyph made it run always).
        self._widest_ascii = 0
        self._elide = elide  # None: as the view says

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        # Called for every cell on screen at every paint: flags are read once, as ints (Python's enum flags cost).
        cell = index.model().data(index, CELL_ROLE)
        if not cell or not cell[0]:
            return
        text, colour, align = cell  # align: None for the usual left, else the model's right alignment
        # a number against the right edge would read as part of the next column's words ("3 李娜")
        room = option.rect.adjusted(4, 0, -4 if align is None else -12, 0)
        selected = option.state.value & _SELECTED
        if selected or colour is None:
            colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(colour)
        metrics = option.fontMetrics
        width = room.width()
        if not self._widest_ascii:
            self._widest_ascii = max(metrics.horizontalAdvance(chr(c)) for c in range(32, 127))
        fits = len(text) * self._widest_ascii <= width if text.isascii() else metrics.horizontalAdvance(text) <= width
        if not fits:
            text = metrics.elidedText(text, self._elide or option.textElideMode, width)
        painter.drawText(room, align or _LEFT, text)


class BadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        model = index.model()
        colours = model.data(index, BADGE_ROLE)
        text = model.data(index, Qt.ItemDataRole.DisplayRole) or ""
        if not text:
            return
        if not colours:  # nothing found: said quietly, so that the findings stand out down the column
            selected = option.state.value & _SELECTED
            painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText) if selected else _MUTED)
            room = option.rect.adjusted(4, 0, -4, 0)
            shown = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width())
            painter.drawText(room, _LEFT, shown)
            return
        background, foreground = colours
        metrics = option.fontMetrics
        room = option.rect.adjusted(4, 0, -4, 0)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width() - 12)
        pill = QRect(0, 0, min(room.width(), metrics.horizontalAdvance(shown) + 12), metrics.height() + 6)
        pill.moveCenter(room.center())
        pill.moveLeft(room.left())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(pill, 4, 4)
        painter.setPen(QColor(foreground))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()
