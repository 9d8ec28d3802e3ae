"""Background jobs for the shell: run a function on a worker, report progress, result or error, cancel it.

The function gets a `Job` to report progress through and to ask whether it was cancelled; it never touches
widgets. Signals arrive on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.i18n import translate
from app.media.errors import Cancelled, MediaError

log = logging.getLogger(__name__)


class Job(QObject):
    progress = Signal(float)
    partial = Signal(object)  # a piece of the result that is ready before the whole
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name  # what it does, in the reviewer's language: a failure names it
        self._cancel = threading.Event()
        self._took_effect = False

    def cancel(self) -> None:
        self._cancel.set()

    def took_effect(self) -> None:
        """Called by work that can no longer be undone (its files are in place): a Cancel seen from now on is too
        late, and the result is delivered as a success."""
        self._took_effect = True

    def has_taken_effect(self) -> bool:
        return self._took_effect

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, fraction: float) -> None:
        self.progress.emit(fraction)

    def deliver(self, piece: object) -> None:
        self.partial.emit(piece)


class _Runner(QRunnable):
    def __init__(self, job: Job, work: Callable[[Job], Any], explain: Callable[[Exception], str | None]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job, self._work, self._explain = job, work, explain

    def run(self) -> None:
        job = self._job
        try:
            result = self._work(job)
        except Cancelled:
            job.cancelled.emit()
        except Exception as error:
            message = self._explain(error)
            if message is None:
                log.exception("%s failed", job.name)
                message = translate("Jobs", "{task} failed unexpectedly; the details are in the log file.").format(
                    task=job.name
                )
            job.failed.emit(message)
        else:
            if job.is_cancelled() and not job.has_taken_effect():
                job.cancelled.emit()
            else:
                job.succeeded.emit(result)
        job.finished.emit()


def explain(error: Exception) -> str | None:
    """The reviewer's words for an error a job raised, or None for a bug (logged with its traceback)."""
    if isinstance(error, MediaError):
        return str(error)
    if isinstance(error, PermissionError):
        if name := Path(error.filename or "").name:
            return translate("Jobs", "ReelCheck is not allowed to use {file}.").format(file=name)
        return translate("Jobs", "ReelCheck is not allowed to use this file.")
    if isinstance(error, OSError):
        return translate("Jobs", "A file could not be read or written: {reason}.").format(
            reason=error.strerror or error
        )
    return None


class Jobs:
    """Starts jobs on a thread pool and keeps them alive until they finish. Batch work over many clips (an import,
    a queue's analysis, a selection's dossiers) runs on a pool of its own: it takes minutes, and the player's
    opening, hashing and provenance jobs must not wait behind it."""

    def __init__(self) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(3)
        self._batch_pool = QThreadPool()
        self._batch_pool.setMaxThreadCount(2)
        self._running: set[Job] = set()

    def start(self, name: str, work: Callable[[Job], Any], batch: bool = False) -> Job:
        job = Job(name)
        self._running.add(job)
        job.finished.connect(lambda: QTimer.singleShot(0, lambda: self._forget(job)))
        runner = _Runner(job, work, explain)
        pool = self._batch_pool if batch else self._pool
        # Started from the event loop, so that the caller connects its slots before the job can finish.
        QTimer.singleShot(0, lambda: pool.start(runner))
        return job

    def _forget(self, job: Job) -> None:
        # Slots connected to a job hold what they capture (a whole clip and its frame cache): once every slot
        # has heard `finished`, cut the connections so that all of it can be freed.
        self._running.discard(job)
        job.disconnect(job)

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs) and self._batch_pool.waitForDone(msecs)
