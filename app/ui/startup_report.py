"""What bench/startup.py reads: with REELCHECK_REPORT_STARTUP set, `reelcheck` prints when its first window and the
first frame of the clip it was asked to open were painted, in seconds from the entry of its main().

REELCHECK_REPORT_STARTUP=exit quits after the last of them; REELCHECK_REPORT_FRAME=PATH also saves the picture
painted as that frame, so that the benchmark can check that it is the clip's frame 0 and not a placeholder.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from widgets.frame_view import FrameView


def wanted() -> bool:
    return bool(os.environ.get("REELCHECK_REPORT_STARTUP"))


def report_startup(started: float, view: FrameView, awaits_frame: bool) -> None:
    """Print the figures as they come; `awaits_frame`: a clip was asked for, whose first frame is the last one."""
    leave = os.environ.get("REELCHECK_REPORT_STARTUP") == "exit"

    def say(what: str, last: bool) -> None:
        print(f"{what} {time.perf_counter() - started:.4f}", flush=True)
        if last and leave:
            QApplication.instance().quit()

    def frame_painted() -> None:
        say("first-frame", last=True)
        if path := os.environ.get("REELCHECK_REPORT_FRAME"):
            view.image().save(path)

    def first_painted() -> None:
        say("first-paint", last=not awaits_frame)
        if awaits_frame:
            _FramePainted(view, frame_painted)

    view.first_painted.connect(first_painted)


class _FramePainted(QObject):
    """Calls `then` once the view has painted a frame: the paint event comes before the painting, so the call waits
    for the event loop to be back."""

    def __init__(self, view: FrameView, then: Callable[[], None]) -> None:
        super().__init__(view)
        self._then = then
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and watched.image() is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
