"""Queue thumbnails: read from the on-disk cache (a JPEG per SHA-256) on a thread of their own, newest request first,
and kept as QPixmaps in a bounded in-memory cache. A thumbnail not written yet is asked for again a little later, so
it appears once the import has made it, but only a few times; one that never comes (a clip a colleague imported into
a team case, a cache that was cleared) is then made here from the clip's file, on a second thread, when that file is
still the clip. A file that gives none (not there, not a file, another file now, damaged) is not tried again in this
session; the cache is looked in again once forget_missing() says an import has finished."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from app.media.errors import Cancelled, MediaError
from app.media.hashing import is_sha256
from app.queue.thumbnail_cache import default_thumbnail_folder, thumbnail_from_file, thumbnail_path

__all__ = ["THUMBNAIL", "QueueThumbnails", "default_thumbnail_folder", "thumbnail_path"]

log = logging.getLogger(__name__)

THUMBNAIL = QSize(64, 40)  # a 16:9 frame at 64 x 36, a phone's 9:16 at 22 x 40: rows stay dense
_KEPT = 600  # pixmaps kept in memory: a few screens' worth, about 8 MB
_WAITING = 400  # requests waiting to be read; older ones are dropped while the reviewer scrolls past them
_WAITING_TO_BE_MADE = 40  # a screen or two of rows: making one takes a hash of the file and a decode
_RETRY_S = 1.5
_TRIES = 5  # reads of a missing thumbnail before it is made from the clip's file instead (until forget_missing)


class QueueThumbnails(QObject):
    loaded = Signal(str)  # a SHA-256 whose pixmap is now in the cache
    retry = Signal()  # thumbnails that were missing may be there now: ask again for those on screen
    _read = Signal(str, str, object)  # SHA-256, the clip's file, QImage or None (read on the reader)
    _made = Signal(str, object)  # SHA-256, QImage or None (made on the maker)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._missing: dict[str, float] = {}  # SHA-256 -> when it was found missing
        self._tries: dict[str, int] = {}  # SHA-256 -> times it was found missing
        self._unmade: set[str] = set()  # SHA-256s whose file gave no thumbnail: not tried again in this session
        self._retrying = False  # True while `retry` is emitted
        self._asked: set[str] = set()  # being read or made
        self._read.connect(self._on_read)
        self._made.connect(self._on_made)
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(int(_RETRY_S * 1000))
        self._retry_timer.timeout.connect(self._retry_missing)
        self._reader = _NewestFirst("queue-thumbnails", _WAITING, self._read_one)
        self._maker = _NewestFirst("queue-thumbnails-made", _WAITING_TO_BE_MADE, self._make_one)

    def pixmap(self, sha256: str, path: str = "") -> QPixmap | None:
        """The thumbnail if it is in memory; otherwise None, and it is read (once) in the background, or made from
        the clip's file at `path` once it has been missing from the cache a few times."""
        found = self._pixmaps.get(sha256)
        if found is not None:
            self._pixmaps.move_to_end(sha256)
            return found
        if sha256 in self._asked or not is_sha256(sha256):  # a case's odd SHA-256 never names a file to read
            return None
        if self._tries.get(sha256, 0) >= _TRIES:
            self._make(sha256, path)  # again if it was dropped while the reviewer scrolled past it
            return None
        missed = self._missing.get(sha256)
        if missed is not None and time.monotonic() - missed < _RETRY_S:
            return None
        self._asked.add(sha256)
        for dropped, _path in self._reader.ask((sha256, path or "")):
            self._asked.discard(dropped)
        return None

    def forget_missing(self) -> None:
        """Thumbnails found missing are looked for again when next shown (an import may have written them), those
        given up on too. Called while `retry` is being answered, it keeps the count of tries, so that a thumbnail
        that never comes is made from the file all the same."""
        self._missing.clear()
        if not self._retrying:
            self._tries.clear()

    def close(self) -> None:
        self._reader.close()
        self._maker.close()
        self._retry_timer.stop()

    def __len__(self) -> int:
        return len(self._pixmaps)

    def _make(self, sha256: str, path: str) -> None:
        if not path or sha256 in self._unmade or sha256 in self._asked:
            return
        self._asked.add(sha256)
        for dropped, _path in self._maker.ask((sha256, path)):
            self._asked.discard(dropped)

    def _read_one(self, sha256: str, path: str) -> None:
        self._read.emit(sha256, path, _read_scaled(thumbnail_path(self.folder, sha256)))

    def _make_one(self, sha256: str, path: str) -> None:
        try:
            made = thumbnail_from_file(self.folder, sha256, Path(path), self._maker.is_closed)
        except Cancelled:
            return  # closed: nobody waits for it
        except (MediaError, OSError) as error:  # not there, not a file, too large, damaged: the box stays empty
            log.debug("no thumbnail made from %r: %s", path, error)
            made = None
        except Exception:  # a file no rule foresaw must not stop the thumbnails of the others
            log.exception("making the thumbnail of %r failed", path)
            made = None
        self._made.emit(sha256, None if made is None else _read_scaled(made))

    def _on_read(self, sha256: str, path: str, image: QImage | None) -> None:
        self._asked.discard(sha256)
        if image is not None:
            self._keep(sha256, image)
            return
        self._tries[sha256] = self._tries.get(sha256, 0) + 1
        if self._tries[sha256] >= _TRIES:
            self._missing.pop(sha256, None)  # no more reads: the import is not bringing it
            self._make(sha256, path)
            return
        self._missing[sha256] = time.monotonic()
        if not self._retry_timer.isActive():
            self._retry_timer.start()

    def _on_made(self, sha256: str, image: QImage | None) -> None:
        self._asked.discard(sha256)
        if image is None:
            self._unmade.add(sha256)
        else:
            self._keep(sha256, image)

    def _keep(self, sha256: str, image: QImage) -> None:
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


class _NewestFirst:
    """Requests served one at a time on a thread of their own, the newest first (the rows the reviewer is looking
    at now); beyond `waiting`, the oldest are dropped (rows scrolled past) and handed back by ask()."""

    def __init__(self, name: str, waiting: int, serve: Callable[..., None]) -> None:
        self._serve_one = serve
        self._waiting = waiting
        self._requests: deque[tuple] = deque()
        self._wake = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def ask(self, request: tuple) -> list[tuple]:
        """Queue `request` (the arguments of `serve`); the requests dropped to make room for it."""
        dropped = []
        with self._wake:
            self._requests.append(request)
            while len(self._requests) > self._waiting:
                dropped.append(self._requests.popleft())
            self._wake.notify()
        return dropped

    def is_closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._requests.clear()
            self._wake.notify()

    def _serve(self) -> None:
        while True:
            with self._wake:
                while not self._requests and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                request = self._requests.pop()
            self._serve_one(*request)


def _read_scaled(path: Path) -> QImage | None:
    if not path.is_file():
        return None
    image = QImage(str(path))
    if image.isNull():
        return None
    scaled = image.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return scaled.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
