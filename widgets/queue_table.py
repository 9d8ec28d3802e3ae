"""The queue's table: one row per clip with its thumbnail, long names cut in the middle (the whole name in the
tooltip), a sort indicator in the header, and, while the queue is empty, words saying how to fill it. Files and
folders dropped on it are handed on; the table never reads them itself."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from widgets.colours import ink
from widgets.queue_rows import RowPainter


class QueueTable(QTableView):
    files_dropped = Signal(list)  # local paths
    open_requested = Signal(int)  # a row double-clicked

    def __init__(self, thumbnail: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""
        self.thumbnail_size = thumbnail
        self.setObjectName("queue-table")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # clip names differ at their ends: keep both
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring on ten thousand rows
        rows.setDefaultSectionSize(thumbnail.height() + 8)
        header = self.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self._rows: RowPainter | None = None
        self._stretched: tuple[int, int] | None = None  # (column, least width): see stretch_column
        header.sectionResized.connect(self._on_section_resized)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.row()))

    def paint_columns(self, thumbnail_column: int, badge_column: int, kept_from_start: tuple[int, ...] = ()) -> None:
        """Which columns hold the thumbnail and the badge; `kept_from_start` are columns whose words are cut at the
        end (an uploader's name is read from its start), where names are cut in the middle."""
        self._rows = RowPainter(self, thumbnail_column, badge_column, set(kept_from_start))

    def set_column_widths(self, widths: list[int]) -> None:
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)

    def stretch_column(self, column: int, least: int) -> None:
        """`column` takes the width the others leave, as a mail's subject does, but never less than `least`: where
        the others leave less (a laptop, the Triage preview beside), the table scrolls instead of cutting a clip's
        name to "g…4"."""
        self._stretched = (column, least)
        self._fit_stretched()

    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        if self._stretched is not None and column != self._stretched[0]:
            self._fit_stretched()

    def _fit_stretched(self) -> None:
        if self._stretched is None:
            return
        column, least = self._stretched
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c) for c in range(header.count()) if c != column and not header.isSectionHidden(c)
        )
        room = self.viewport().width() - others
        mode = QHeaderView.ResizeMode.Stretch if room >= least else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(column) != mode:
            header.setSectionResizeMode(column, mode)
        if mode == QHeaderView.ResizeMode.Interactive and header.sectionSize(column) != least:
            header.resizeSection(column, least)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_stretched()

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self._rows is not None and self.model() is not None:  # a row at a time (widgets/queue_rows.py)
            self._rows.paint(event.rect())
        else:
            super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(ink("quiet"))
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            painter.setFont(font)
            room = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(room, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
