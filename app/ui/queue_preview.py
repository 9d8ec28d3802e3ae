"""The Triage workspace's preview, fed from the queue: the row the reviewer is on, its keyframe read from the
import's thumbnail cache at its full size (the table's is shrunk to a row), and the table's own words for its key
facts, so that the preview and the row never say different things."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QImageReader, QPixmap

from app.media.hashing import is_sha256
from app.ui.queue_model import COLUMN_KEYS
from app.ui.queue_thumbnails import thumbnail_path
from widgets.queue_preview import QueuePreview

if TYPE_CHECKING:
    from app.ui.queue_view import QueueView

FACTS = ("name", "duration", "source", "badge", "evidence", "peak", "status", "decision", "assignee", "tags")
_LARGEST_FILE = 2 * 1024 * 1024  # bytes: the cache writes JPEGs of a few kilobytes; anything else is not read


class QueuePreviewView(QObject):
    def __init__(self, queue_view: QueueView) -> None:
        self.panel = QueuePreview()
        # A child of the panel: its slots go with the window, and the case's model (which outlives it) stops
        # calling them then.
        super().__init__(self.panel)
        self._queue = queue_view
        table, model = queue_view.table, queue_view.model
        table.selectionModel().currentRowChanged.connect(self._on_row)
        model.dataChanged.connect(self._on_data_changed)
        model.modelReset.connect(self.refresh)
        model.layoutChanged.connect(self.refresh)

    def refresh(self) -> None:
        """The preview of the row the table is on; nothing chosen, nothing shown."""
        row = self._queue.table.currentIndex().row()
        data = self._queue.model.row_data(row) if row >= 0 else None
        if data is None:
            self.panel.show_nothing()
            return
        model = self._queue.model
        facts = []
        for key in FACTS:
            column = COLUMN_KEYS.index(key)
            value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            title = model.headerData(column, Qt.Orientation.Horizontal)
            facts.append((title, "" if value is None else str(value)))
        sha256 = data.get("sha256", "")
        picture = _keyframe(thumbnail_path(self._queue.thumbnail_folder, sha256)) if is_sha256(sha256) else None
        self.panel.show_clip(picture, facts)

    def _on_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.refresh()

    def _on_data_changed(self, first: QModelIndex, last: QModelIndex, roles: list[int] | None = None) -> None:
        if first.row() <= self._queue.table.currentIndex().row() <= last.row():
            self.refresh()


def _keyframe(path: Path) -> QPixmap | None:
    """The cached keyframe: a small regular file, read on the GUI thread (a few kilobytes, well under a frame's
    time); anything else is left unread."""
    try:
        if not path.is_file() or path.stat().st_size > _LARGEST_FILE:
            return None
    except OSError:
        return None
    reader = QImageReader(str(path))
    if not reader.canRead() or reader.size().width() * reader.size().height() > 4096 * 4096:
        return None
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)
