"""Badges for every clip in the Clips list, not only the open one: each clip added to the list has its provenance
read in the background, one clip at a time, so a reviewer sees which clips declare AI generation before opening
any. The survey waits while a clip is being opened or the open clip's own reading (app.ui.provenance_view) runs,
so that reading comes first and is not done twice; a clip that already has a badge is skipped.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from app.i18n import translate
from app.queue.labels import badge_label
from app.ui.tasks import Job
from widgets.provenance_panel import text_colour

if TYPE_CHECKING:
    from app.provenance.report import ProvenanceReport
    from app.ui.shell import Shell


class ClipListSurvey:
    def __init__(self, shell: Shell, trust_list: Callable[[], Path | None], busy: Callable[[], bool]) -> None:
        self.shell = shell
        self.clips = shell.clips
        self.trust_list = trust_list  # the trust list as the settings hold it now
        self.busy = busy  # whether the open clip is being opened or read: it goes first
        self.waiting: deque[str] = deque()
        self.job: Job | None = None
        self.clips.clip_added.connect(self.add)
        for path in self.clips.paths():  # listed before the player (and this survey) loaded
            self.add(path)

    def add(self, path: str) -> None:
        if path not in self.waiting:
            self.waiting.append(path)
        # After the event that listed it: a clip listed to be opened is by then being opened, and waits its turn.
        QTimer.singleShot(0, self.clips, self.resume)

    def resume(self) -> None:
        """Reads the next waiting clip, unless a reading is running or the open clip goes first."""
        if self.job is not None or self.busy() or not self.shell.window.isVisible():
            return
        while self.waiting and self.clips.badge_of(self.waiting[0]):
            self.waiting.popleft()
        if not self.waiting:
            return
        path, trust = self.waiting.popleft(), self.trust_list()

        def read(job: Job) -> ProvenanceReport:
            from app.provenance.report import read_provenance

            return read_provenance(Path(path), None, trust, cancelled=job.is_cancelled)

        job = self.shell.jobs.start(translate("Provenance", "Reading the provenance of the listed clips"), read)
        self.job = job
        job.succeeded.connect(lambda report: self._show(path, report))
        job.finished.connect(self._done)

    def _show(self, path: str, report: ProvenanceReport) -> None:
        if not self.clips.badge_of(path):  # the open clip's own reading, if it came first, stands
            self.clips.set_badge(path, badge_label(report.badge.words), text_colour(report.badge.level))

    def _done(self) -> None:
        self.job = None
        self.resume()
