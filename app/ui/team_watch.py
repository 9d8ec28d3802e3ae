"""What the other reviewers of a team case change, said to this window within a second: the server's notices
(LISTEN/NOTIFY) read on a thread of their own, then handed to the GUI thread as a signal. A server that goes away
is asked again every few seconds; the window goes on with what it has."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from app.store.database import StoreError

log = logging.getLogger(__name__)
_AGAIN_S = 5.0


class TeamWatch(QObject):
    changed = Signal(list)  # notices: {"table", "row", "clip", "reviewer"}

    def __init__(self, url: str) -> None:
        super().__init__()
        self._url = url
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="team case notices", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=3)

    def _listen(self) -> None:
        from app.store.team_case import ChangeListener

        while not self._stop.is_set():
            try:
                listener = ChangeListener(self._url)
            except StoreError:
                log.warning("the team case's notices cannot be listened to; trying again", exc_info=True)
                self._stop.wait(_AGAIN_S)
                continue
            try:
                while not self._stop.is_set():
                    notices = listener.wait(timeout=0.5)
                    if notices:
                        self.changed.emit(notices)
            except Exception:  # a dropped server, or a notice that is not ours: listen again, never stop listening
                log.warning("the team case's notices stopped; listening again", exc_info=True)
                self._stop.wait(1.0)
            finally:
                listener.close()
