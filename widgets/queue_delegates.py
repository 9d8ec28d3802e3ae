"""How two of the queue table's cells are painted: the thumbnail (a placeholder until it is read) and the
provenance badge as a coloured pill, in the colours the Provenance panel uses."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

CLIP_ROLE = Qt.ItemDataRole.UserRole + 1  # the clip id of a row
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2  # (background, text) colours of the badge, or None

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
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
    """A text cell in one call: its words, colour and alignment read straight from the model (a Python call, not a
    round trip through Qt for each of the seven roles the standard delegate asks), elided as the view says."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        model = index.model()
        text = model.data(index, _DISPLAY)
        _background(painter, option)
        if not text:
            return
        room = option.rect.adjusted(4, 0, -4, 0)
        align = model.data(index, _ALIGNMENT) or _LEFT
        selected = option.state & QStyle.StateFlag.State_Selected
        colour = None if selected else model.data(index, _FOREGROUND)
        if colour is None:
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            colour = option.palette.color(role)
        painter.setPen(colour)
        painter.setFont(option.font)
        painter.drawText(room, align, option.fontMetrics.elidedText(text, option.textElideMode, room.width()))


class BadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        model = index.model()
        colours = model.data(index, BADGE_ROLE)
        text = model.data(index, Qt.ItemDataRole.DisplayRole) or ""
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
    """The row's own background under what the delegate paints: the selection, or the alternate rows' colour (the
    view has painted the base already). Filled directly: the style's full item drawing costs a frame's budget."""
    palette = option.palette
    if option.state & QStyle.StateFlag.State_Selected:
        active = option.state & QStyle.StateFlag.State_Active
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        painter.fillRect(option.rect, palette.brush(group, QPalette.ColorRole.Highlight))
    elif option.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
        painter.fillRect(option.rect, palette.brush(QPalette.ColorRole.AlternateBase))
