"""The Triage workspace's preview, fed from the queue: the row the reviewer is on (the first, when the preview is
shown with none chosen), its keyframe read from the import's thumbnail cache at its full size (the table's is shrunk
to a row) on a worker, and the table's own words for its key facts, so that the preview and the row never say
different things."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap

from app.i18n import translate
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
        self._shown_sha256 = ""  # the clip whose keyframe is shown, or being read
        self._asked = 0  # the keyframe reads asked for: only the answer to the last one is shown
        table, model = queue_view.table, queue_view.model
        table.selectionModel().currentRowChanged.connect(self._on_row)
        model.dataChanged.connect(self._on_data_changed)
        model.modelReset.connect(self.refresh)
        model.layoutChanged.connect(self.refresh)
        model.reordered.connect(self._choose_first)
        self.panel.installEventFilter(self)

    def refresh(self) -> None:
        """The preview of the row the table is on; nothing chosen, nothing shown."""
        row = self._queue.table.currentIndex().row()
        data = self._queue.model.row_data(row) if row >= 0 else None
        if data is None:
            self._asked += 1  # a keyframe still being read is not shown
            self._shown_sha256 = ""
            self.panel.show_nothing()
            return
        model = self._queue.model
        facts = []
        for key in FACTS:
            column = COLUMN_KEYS.index(key)
            value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            title = model.headerData(column, Qt.Orientation.Horizontal)
            facts.append((title, "" if value is None else str(value)))
        self.panel.show_facts(facts)
        sha256 = data.get("sha256", "")
        if sha256 == self._shown_sha256 and self.panel.has_picture():
            return  # the row's words changed (an edit), its picture did not
        self._shown_sha256 = sha256
        if not is_sha256(sha256):  # a case's odd SHA-256 never names a file to read
            self._asked += 1
            self.panel.show_picture(None)
            return
        self._read_keyframe(thumbnail_path(self._queue.thumbnail_folder, sha256))

    def _read_keyframe(self, path: Path) -> None:
        self._asked += 1
        asked = self._asked
        self.panel.show_picture(None, reading=True)
        name = translate("Queue preview", "Reading a keyframe")
        # the answer names its question; a bound slot is let go of with the panel
        self._queue.shell.jobs.start(name, lambda job: (asked, _keyframe(path))).succeeded.connect(self._on_keyframe)

    def _on_keyframe(self, answer: tuple[int, QImage | None]) -> None:
        asked, image = answer
        if asked == self._asked:  # the reviewer has not moved on to another clip meanwhile
            self.panel.show_picture(None if image is None else QPixmap.fromImage(image))  # QPixmaps on this thread

    def _choose_first(self) -> None:
        """The first row chosen when the preview is on show and no row is, so that it shows a clip at once."""
        table = self._queue.table
        if self.panel.isVisible() and not table.currentIndex().isValid() and self._queue.model.rowCount():
            self._queue.go_to_row(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.panel and event.type() == QEvent.Type.Show:
            self._choose_first()
        return False

    def _on_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.refresh()

    def _on_data_changed(self, first: QModelIndex, last: QModelIndex, roles: list[int] | None = None) -> None:
        if roles == [Qt.ItemDataRole.DecorationRole] and self.panel.has_picture():
            return  # only the list's thumbnails changed (they are retried every few seconds during an import)
        if first.row() <= self._queue.table.currentIndex().row() <= last.row():
            self.refresh()


def _keyframe(path: Path) -> QImage | None:
    """The cached keyframe, read on a worker: a small regular file; anything else is left unread."""
    try:
        if not path.is_file() or path.stat().st_size > _LARGEST_FILE:
            return None
    except OSError:
        return None
    reader = QImageReader(str(path))
    if not reader.canRead() or reader.size().width() * reader.size().height() > 4096 * 4096:
        return None
    image = reader.read()
    return None if image.isNull() else image
