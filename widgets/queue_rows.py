"""The queue table's rows painted a row at a time: the background (alternate colour, selection), then each visible
column's thumbnail, provenance badge (a coloured pill, in the Provenance panel's colours; "No provenance" in quiet
words) or words, from one call to the model per row. Qt's own table asks a delegate for every cell, and each of
those calls into Python cost more than the drawing: ten thousand clips scrolled at 31 frames a second that way."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QTableView

from widgets.colours import ink

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_FITTED_KEPT = 8_192  # texts fitted to their room, kept for the next paints


class RowPainter:
    def __init__(self, table: QTableView, thumbnail: int, badge: int, cut_at_end: set[int]) -> None:
        self._table = table
        self._thumbnail, self._badge, self._cut_at_end = thumbnail, badge, cut_at_end
        # the widest character of plain ASCII text: ASCII words certainly narrower than their room are not measured
        self._widest_ascii = 0
        self._fitted_before: dict[tuple, str] = {}

    def paint(self, area: QRect) -> None:
        table = self._table
        model = table.model()
        count = model.rowCount()
        if count == 0:
            return
        header, rows = table.horizontalHeader(), table.verticalHeader()
        first = max(0, rows.logicalIndexAt(area.top()))
        last = rows.logicalIndexAt(area.bottom())
        last = count - 1 if last < 0 else last
        height = rows.defaultSectionSize()
        width = table.viewport().width()
        columns = [
            (logical, header.sectionViewportPosition(logical), header.sectionSize(logical))
            for logical in range(header.count())
            if not header.isSectionHidden(logical)
        ]
        elide = table.textElideMode()
        # the columns in view, with how their words are cut, worked out once for the page
        columns = [
            (c, x, w, Qt.TextElideMode.ElideRight if c in self._cut_at_end else elide)
            for c, x, w in columns
            if x + w > area.left() and x < area.right() and w > 0
        ]
        palette = table.palette()
        colours = {
            "base": palette.color(QPalette.ColorRole.Base),
            "alternate": palette.color(QPalette.ColorRole.AlternateBase),
            "selected": palette.color(QPalette.ColorRole.Highlight),
            "text": palette.color(QPalette.ColorRole.Text),
            "selected text": palette.color(QPalette.ColorRole.HighlightedText),
        }
        model_selection = table.selectionModel()
        # the selection's row ranges, read once: asking the selection model row by row cost more than a row's words
        ranges = [(r.top(), r.bottom()) for r in model_selection.selection()] if model_selection is not None else []
        current = table.currentIndex().row()
        painter = QPainter(table.viewport())
        metrics = painter.fontMetrics()
        if not self._widest_ascii:
            self._widest_ascii = max(metrics.horizontalAdvance(chr(c)) for c in range(32, 127))
        for row in range(first, last + 1):
            y = rows.sectionViewportPosition(row)
            selected = any(top <= row <= bottom for top, bottom in ranges)
            background = "selected" if selected else "alternate" if row % 2 else "base"
            painter.fillRect(QRect(0, y, width, height), colours[background])
            if row == current and not selected and table.hasFocus():
                painter.setPen(colours["selected"])
                painter.drawRect(QRect(0, y, width - 1, height - 1))
            cells = model.row_cells(row)
            if cells is None:  # being fetched
                name = next((c for c in columns if c[0] != self._thumbnail), None)
                if name is not None:
                    painter.setPen(ink("quiet"))
                    painter.drawText(QRect(name[1] + 4, y, name[2] - 8, height), _LEFT, "…")
                continue
            texts, foregrounds, alignments, pixmap, badge = cells
            for column, x, w, mode in columns:
                text = texts[column]
                if column == self._thumbnail:
                    self._paint_thumbnail(painter, QRect(x, y, w, height), pixmap)
                elif column == self._badge:
                    self._paint_badge(painter, QRect(x, y, w, height), text, badge, selected, colours)
                elif text:
                    align = alignments[column]
                    # a number against the right edge would read as part of the next column's words ("3 李娜")
                    room = w - 8 if align is None else w - 16
                    painter.setPen(colours["selected text"] if selected else foregrounds[column] or colours["text"])
                    painter.drawText(x + 4, y, room, height, align or _LEFT, self._fitted(metrics, text, room, mode))
        painter.end()

    def _fitted(self, metrics, text: str, room: int, mode: Qt.TextElideMode) -> str:
        if text.isascii() and len(text) * self._widest_ascii <= room:
            return text
        key = (text, room, mode)
        fitted = self._fitted_before.get(key)
        if fitted is None:  # a page is painted again when its rows arrive, and again as it scrolls: measured once
            if len(self._fitted_before) > _FITTED_KEPT:
                self._fitted_before.clear()
            fits = metrics.horizontalAdvance(text) <= room
            fitted = self._fitted_before[key] = text if fits else metrics.elidedText(text, mode, room)
        return fitted

    def _paint_thumbnail(self, painter: QPainter, cell: QRect, pixmap: QPixmap | None) -> None:
        size = self._table.thumbnail_size
        box = QRect(0, 0, size.width(), size.height())
        box.moveCenter(cell.center())
        if pixmap is not None and not pixmap.isNull():
            target = QRect(0, 0, pixmap.width(), pixmap.height())
            target.moveCenter(box.center())
            painter.drawPixmap(target, pixmap)
            return
        painter.setPen(ink("placeholder edge"))
        painter.setBrush(ink("placeholder"))
        painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_badge(
        self, painter: QPainter, cell: QRect, text: str, badge: tuple | None, selected: bool, colours: dict
    ) -> None:
        if not text:
            return
        metrics = painter.fontMetrics()
        room = cell.adjusted(4, 0, -4, 0)
        if not badge:  # nothing found: said quietly, so that the findings stand out down the column
            painter.setPen(colours["selected text"] if selected else ink("quiet"))
            painter.drawText(room, _LEFT, self._fitted(metrics, text, room.width(), Qt.TextElideMode.ElideRight))
            return
        background, foreground = badge
        shown = self._fitted(metrics, text, room.width() - 12, Qt.TextElideMode.ElideRight)
        pill = QRect(0, 0, min(room.width(), metrics.horizontalAdvance(shown) + 12), metrics.height() + 6)
        pill.moveCenter(room.center())
        pill.moveLeft(room.left())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(pill, 4, 4)
        painter.setPen(QColor(foreground))
        painter.drawText(pill, _CENTRE, shown)
        painter.restore()
