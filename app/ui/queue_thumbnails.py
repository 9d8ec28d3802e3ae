"""Queue thumbnails: read from the import's on-disk cache (a JPEG per SHA-256) on a thread of their own, newest
request first, and kept as QPixmaps in a bounded in-memory cache; a thumbnail not written yet is asked for again a
little later, so it appears once the import has made it, but only a few times: one that never comes (a clip with no
picture) is not looked for again until forget_missing() says an import has finished."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from app.media.hashing import is_sha256
from app.queue.thumbnail_cache import default_thumbnail_folder, thumbnail_path

__all__ = ["THUMBNAIL", "QueueThumbnails", "default_thumbnail_folder", "thumbnail_path"]

THUMBNAIL = QSize(64, 40)  # a 16:9 frame at 64 x 36, a phone's 9:16 at 22 x 40: rows stay dense
_KEPT = 600  # pixmaps kept in memory: a few screens' worth, about 8 MB
_WAITING = 400  # requests waiting to be read; older ones are dropped while the reviewer scrolls past them
_RETRY_S = 1.5
_TRIES = 5  # reads of a missing thumbnail before it is given up on (until forget_missing)


class QueueThumbnails(QObject):
    loaded = Signal(str)  # a SHA-256 whose pixmap is now in the cache
    retry = Signal()  # thumbnails that were missing may be there now: ask again for those on screen
    _read = Signal(str, object)  # SHA-256, QImage or None (read on the worker)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._missing: dict[str, float] = {}  # SHA-256 -> when it was found missing
        self._tries: dict[str, int] = {}  # SHA-256 -> times it was found missing
        self._retrying = False  # True while `retry` is emitted
        self._asked: set[str] = set()
        self._requests: deque[str] = deque()
        self._wake = threading.Condition()
        self._closed = False
        self._read.connect(self._on_read)
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(int(_RETRY_S * 1000))
        self._retry_timer.timeout.connect(self._retry_missing)
        self._thread = threading.Thread(target=self._serve, name="queue-thumbnails", daemon=True)
        self._thread.start()

    def pixmap(self, sha256: str) -> QPixmap | None:
        """The thumbnail if it is in memory; otherwise None, and it is read (once) in the background."""
        found = self._pixmaps.get(sha256)
        if found is not None:
            self._pixmaps.move_to_end(sha256)
            return found
        if sha256 in self._asked or not is_sha256(sha256):  # a case's odd SHA-256 never names a file to read
            return None
        if self._tries.get(sha256, 0) >= _TRIES:
            return None
        missed = self._missing.get(sha256)
        if missed is not None and time.monotonic() - missed < _RETRY_S:
            return None
        self._asked.add(sha256)
        with self._wake:
            self._requests.append(sha256)
            while len(self._requests) > _WAITING:
                self._asked.discard(self._requests.popleft())
            self._wake.notify()
        return None

    def forget_missing(self) -> None:
        """Thumbnails found missing are looked for again when next shown (an import may have written them), those
        given up on too. Called while `retry` is being answered, it keeps the count of tries, so that a thumbnail
        that never comes is given up on all the same."""
        self._missing.clear()
        if not self._retrying:
            self._tries.clear()

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._requests.clear()
            self._wake.notify()
        self._retry_timer.stop()

    def __len__(self) -> int:
        return len(self._pixmaps)

    def _serve(self) -> None:
        while True:
            with self._wake:
                while not self._requests and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                sha256 = self._requests.pop()  # the newest: the rows the reviewer is looking at now
            self._read.emit(sha256, _read_scaled(thumbnail_path(self.folder, sha256)))

    def _on_read(self, sha256: str, image: QImage | None) -> None:
        self._asked.discard(sha256)
        if image is None:
            self._tries[sha256] = self._tries.get(sha256, 0) + 1
            if self._tries[sha256] >= _TRIES:
                self._missing.pop(sha256, None)  # given up on: no more retries for it
                return
            self._missing[sha256] = time.monotonic()
            if not self._retry_timer.isActive():
                self._retry_timer.start()
            return
        self._missing.pop(sha256, None)
        self._tries.pop(sha256, None)
        self._pixmaps[sha256] = QPixmap.fromImage(image)  # QPixmaps only on the GUI thread
        while len(self._pixmaps) > _KEPT:
            self._pixmaps.popitem(last=False)
        self.loaded.emit(sha256)

    def _retry_missing(self) -> None:
        if not self._missing:
            self._retry_timer.stop()
            return
        self._retrying = True
        try:
            self.retry.emit()
        finally:
            self._retrying = False


def _read_scaled(path: Path) -> QImage | None:
    if not path.is_file():
        return None
    image = QImage(str(path))
    if image.isNull():
        return None
    scaled = image.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return scaled.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
