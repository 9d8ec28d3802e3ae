"""The clip's sound as evidence: its waveform as a lane under the timeline, its spectrogram in a dock, its facts (with
the effective bandwidth and what a low one may mean) in the Media facts panel, and, on request, whether the sound is
in step with the picture. All measured in the background once the clip's SHA-256 is known, and kept by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from app.i18n import translate
from app.ui.progress import show_progress
from app.ui.tasks import Job
from widgets.sound_lane import SoundLane
from widgets.spectrogram_view import SpectrogramView

if TYPE_CHECKING:
    from app.media.clip import Clip
    from app.ui.shell import Shell
    from widgets.panels import FactsPanel


@dataclass(frozen=True)
class SoundRequest:
    """What the job reads, taken on the GUI thread."""

    path: Path
    sha256: str
    origin: float  # the container time of the first frame: the sound is placed on the picture's clock
    facts: object  # the stream's AudioFacts


@dataclass(frozen=True)
class HeardSound:
    waveform: object  # app.media.waveform.Waveform
    spectrogram: object  # app.media.spectrogram.Spectrogram
    facts: object  # app.media.sound_facts.SoundFacts


def measure_sound(request: SoundRequest, job: Job) -> HeardSound:
    """On a job's thread: the waveform first (delivered as soon as it is there), then the spectrogram and facts."""
    from app.media.sound_facts import sound_facts
    from app.media.spectrogram import spectrogram_of
    from app.media.waveform import waveform_of

    def part(start: float):
        return lambda done: job.report(start + 0.5 * done)

    common = {"origin": request.origin, "cancelled": job.is_cancelled}
    waveform = waveform_of(request.path, request.sha256, on_progress=part(0.0), **common)
    job.deliver(waveform)
    spectrogram = spectrogram_of(request.path, request.sha256, on_progress=part(0.5), **common)
    return HeardSound(waveform, spectrogram, sound_facts(request.facts, spectrogram))


def check_sync(path: Path, job: Job):
    from app.media.av_offset import measure_av_offset

    return measure_av_offset(path, on_progress=job.report, cancelled=job.is_cancelled)


class SoundEvidenceView:
    def __init__(self, shell: Shell, facts: FactsPanel) -> None:
        self.shell, self.facts = shell, facts
        self.spectrogram = SpectrogramView()
        title = translate("Sound evidence", "Spectrogram")
        shell.add_dock("spectrogram", title, self.spectrogram, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.spectrogram.setAccessibleName(title)
        self.spectrogram.seek_requested.connect(self._seek_seconds)
        self.clip: Clip | None = None
        self._job: Job | None = None
        self._sync_job: Job | None = None
        self.sync_action = QAction(translate("Sound evidence", "Check sound and picture &sync"), shell.window)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Alt+S"))
        self.sync_action.setToolTip(
            translate(
                "Sound evidence",
                "Measure how far the sound is ahead of or behind the picture, from sharp events in both (Ctrl+Alt+S)",
            )
        )
        self.sync_action.triggered.connect(self.check_sync)
        self.sync_action.setEnabled(False)
        shell.menus["&Analysis"].addAction(self.sync_action)
        player = shell.player
        player.opened.connect(self._opened)
        player.hashed.connect(self._hashed)
        player.shown.connect(lambda shown: self.spectrogram.set_playhead(shown.seconds))
        shell.actions_by_key["close_clip"].triggered.connect(self.clear)

    # --- a clip opens, closes -------------------------------------------------------------------------------
    def _opened(self, clip: Clip) -> None:
        self._cancel()
        self.clip = clip
        has_sound = bool(clip.facts.audio)
        self.sync_action.setEnabled(has_sound)
        if has_sound:
            self.spectrogram.set_spectrogram(None, translate("Sound evidence", "Reading the sound…"))
        else:
            self.spectrogram.set_spectrogram(None, translate("Sound evidence", "This clip has no sound."))

    def clear(self) -> None:
        self._cancel()
        self.clip = None
        self.sync_action.setEnabled(False)
        self.spectrogram.set_spectrogram(
            None, translate("Sound evidence", "Open a clip: its sound's frequencies over time are drawn here.")
        )

    def _cancel(self) -> None:
        for job in (self._job, self._sync_job):
            if job is not None:
                job.cancel()
        self._job = self._sync_job = None

    # --- measuring ------------------------------------------------------------------------------------------
    def _hashed(self, sha256: str) -> None:
        clip = self.clip
        if clip is None or not clip.facts.audio:
            return
        index = clip.index
        request = SoundRequest(Path(clip.path), sha256, float(index.pts[0] * index.time_base), clip.facts.audio[0])
        job = self.shell.jobs.start(
            translate("Sound evidence", "Reading the sound"), lambda job: measure_sound(request, job)
        )
        self._job = job
        show_progress(self.shell.status_bar, job, translate("Sound evidence", "Sound"))
        job.partial.connect(lambda waveform: self._waveform(job, waveform))
        job.succeeded.connect(lambda heard: self._heard(job, heard))
        job.failed.connect(lambda reason: self._not_heard(job, reason))

    def _waveform(self, job: Job, waveform) -> None:
        if job is not self._job or self.clip is None:
            return
        clip = self.clip
        lane = SoundLane(waveform.peaks, waveform.per_second, clip.index.seconds, clip.frame_count)
        self.shell.timeline.set_sound(lane)

    def _heard(self, job: Job, heard: HeardSound) -> None:
        if job is not self._job:
            return
        self._job = None
        self.spectrogram.set_spectrogram(heard.spectrogram)
        rows = heard.facts.rows()
        if heard.facts.hint:
            rows.append((translate("Sound evidence", "Hint"), heard.facts.hint))
        self.facts.set_section(translate("Sound evidence", "Sound as measured"), rows)

    def _not_heard(self, job: Job, reason: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.spectrogram.set_spectrogram(None, reason)  # the reason names the sound already

    def check_sync(self) -> None:
        if self.clip is None or self._sync_job is not None:
            return
        path = Path(self.clip.path)
        job = self.shell.jobs.start(
            translate("Sound evidence", "Checking sound and picture sync"), lambda job: check_sync(path, job)
        )
        self._sync_job = job
        show_progress(self.shell.status_bar, job, translate("Sound evidence", "Sync"))
        job.succeeded.connect(lambda offset: self._synced(job, offset.words))
        not_measured = translate("Sound evidence", "Sound and picture sync not measured: {reason}")
        job.failed.connect(lambda reason: self._synced(job, not_measured.format(reason=reason)))

    def _synced(self, job: Job, words: str) -> None:
        if job is not self._sync_job:
            return
        self._sync_job = None
        section, row = translate("Sound evidence", "Sound and picture"), translate("Sound evidence", "Sync")
        self.facts.set_section(section, [(row, words)])
        self.shell.show_dock("media")
        self.shell.status_bar.showMessage(words, 10000)

    def _seek_seconds(self, seconds: float) -> None:
        player = self.shell.player
        if player is not None and player.clip is not None:
            player.seek(player.clip.index.frame_at(seconds))


def install_sound_evidence(shell: Shell, facts: FactsPanel) -> SoundEvidenceView:
    return SoundEvidenceView(shell, facts)
