"""How two of the queue table's cells are painted: the thumbnail (a placeholder until it is read) and the
provenance badge as a coloured pill, in the colours the Provenance panel uses."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

CLIP_ROLE = Qt.ItemDataRole.UserRole + 1  # the clip id of a row
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2  # (background, text) colours of the badge, or None

_PLACEHOLDER = QColor("#2c2f36")
_PLACEHOLDER_EDGE = QColor("#3a3e46")


class ThumbnailDelegate(QStyledItemDelegate):
    def __init__(self, size: QSize, parent=None) -> None:
        super().__init__(parent)
        self._size = size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        _background(painter, option)
        box = QRect(0, 0, self._size.width(), self._size.height())
        box.moveCenter(option.rect.center())
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
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


class BadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        colours = index.data(BADGE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not colours or not text:
            super().paint(painter, option, index)
            return
        _background(painter, option)
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


def _background(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The row's own background (selection, alternate colour) under what the delegate paints."""
    style = option.widget.style() if option.widget is not None else None
    if style is not None:
        plain = QStyleOptionViewItem(option)
        plain.text = ""
        plain.icon = plain.icon.__class__()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
