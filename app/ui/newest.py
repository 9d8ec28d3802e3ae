"""A worker thread where the newest request wins: a request that waits is replaced by a newer one, never queued."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class NewestWins:
    def __init__(self, name: str, work: Callable[..., None]) -> None:
        self._work = work
        self._wake = threading.Condition()
        self._pending: tuple | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, *args: object) -> None:
        with self._wake:
            self._pending = args
            self._wake.notify()

    def close(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._stopped and self._pending is None:
                    self._wake.wait()
                if self._stopped:
                    return
                args, self._pending = self._pending, None
            try:
                self._work(*args)
            except Exception:  # a failed picture must not stop the next one
                log.exception("%s failed", self._thread.name)
