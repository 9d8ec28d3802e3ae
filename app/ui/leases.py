"""The clips this window is deciding: the clip open in the player and the queue's current row are claimed for the
reviewer (Store.claim), renewed while they stay, and given back when the window moves on or closes, so that two
moderators on one case do not decide the same clip. A window that dies stops renewing, and the lease runs out."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QObject, QTimer

from app.store.rules import Refused
from app.store.team_work import LEASE_S

_RENEW_MS = int(LEASE_S * 1000 / 3)


class Leases(QObject):
    def __init__(self, case) -> None:
        super().__init__()
        self._case = case
        self._held: dict[str, int] = {}  # what for ("review", "queue") -> clip id
        self._timer = QTimer(self)
        self._timer.setInterval(_RENEW_MS)
        self._timer.timeout.connect(self._renew)
        self._timer.start()

    def hold(self, purpose: str, clip_id: int | None) -> None:
        """Claim `clip_id` for `purpose` (None: nothing for it any more); the clip held before for it is given back
        unless another purpose holds it too. Held by another reviewer: the case's `refused` says who, until when."""
        before = self._held.pop(purpose, None)
        if clip_id is not None:
            self._held[purpose] = clip_id
        given_back = before if before is not None and before not in self._held.values() else None
        if given_back == clip_id:
            return

        def work(store) -> None:
            if given_back is not None:
                store.release(given_back)
            if clip_id is not None:
                store.claim(clip_id)

        self._case.run_on_store(work, lambda _: None)

    def held(self) -> set[int]:
        return set(self._held.values())

    def release_all(self) -> None:
        clips, self._held = self.held(), {}
        self._timer.stop()
        self._case.run_on_store(lambda store: [store.release(clip) for clip in clips], lambda _: None)

    def _renew(self) -> None:
        def renew(store, clip_id: int) -> None:
            with suppress(Refused):  # another reviewer's: said when it was first asked for, not at every renewal
                store.claim(clip_id)

        for clip_id in self.held():
            self._case.run_on_store(lambda store, clip_id=clip_id: renew(store, clip_id), lambda _: None)
