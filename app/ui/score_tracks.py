"""The open clip's score tracks: the runs already made shown as lanes under the timeline when a clip opens or the
detectors load, the rest analysed on request (Analysis > Analyze, with progress and Cancel in the status bar), and
the peaks they give for Alt+Left and Alt+Right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.analysis.peaks import next_peak, peak_frames
from app.i18n import translate
from app.ui.progress import show_progress
from app.ui.score_lanes import score_lanes
from app.ui.tasks import Job

if TYPE_CHECKING:
    from app.ui.case import CaseController
    from app.ui.overlays import LiveOverlays
    from app.ui.shell import Shell


class ScoreTracks:
    def __init__(self, shell: Shell, case: CaseController | None, overlays: LiveOverlays) -> None:
        self.shell, self.case, self.overlays = shell, case, overlays
        self.peaks: list[int] = []  # frames where the open clip's score tracks peak
        overlays.loaded.connect(lambda *loaded: self.start(run_missing=False))

    def clip_opened(self) -> None:
        self.peaks = []
        self.start(run_missing=False)

    def analyze(self) -> None:
        player = self.shell.player
        if player is None or player.clip is None:
            return
        job = self.start(run_missing=True)
        if job is None:
            self.shell.status_bar.showMessage(translate("Score tracks", "No detectors are loaded yet."), 5000)
            return
        show_progress(self.shell.status_bar, job, translate("Score tracks", "Analyzing"))

    def start(self, run_missing: bool) -> Job | None:
        """Score tracks for the open clip: stored ones at once; with `run_missing`, the rest analysed."""
        from app.ui.clip_analysis import score_tracks

        player, overlays, case = self.shell.player, self.overlays, self.case
        analyzers = overlays.analyzers()
        if player is None or player.clip is None or not analyzers:
            return None
        path = player.clip.path
        work = score_tracks(path, analyzers, run_missing, overlays.provider, overlays.shared_sessions())
        job = self.shell.jobs.start(translate("Score tracks", "Analyzing the clip"), work)
        job.succeeded.connect(lambda tracks: self._show(path, tracks))
        if run_missing and case is not None and case.clip is not None:  # asked for: part of the case
            clip_id = case.clip["id"]
            job.succeeded.connect(lambda tracks: case.record_analysis(clip_id, tracks))
        return job

    def _show(self, path: Path, tracks: list[dict]) -> None:
        clip = self.shell.player.clip
        if clip is None or clip.path != path:
            return
        manifests = {analyzer.manifest.id: analyzer.manifest for analyzer in self.overlays.analyzers()}
        self.shell.timeline.set_lanes(score_lanes(tracks, manifests))
        self.peaks = sorted({p for track in tracks for p in peak_frames(track["frames"], track["scores"])})

    def jump_to_peak(self, direction: int) -> None:
        player = self.shell.player
        target = next_peak(self.peaks, player.position, direction) if player else None
        if target is None:
            if direction > 0:
                words = translate("Score tracks", "No score peak after this frame (analyse the clip first).")
            else:
                words = translate("Score tracks", "No score peak before this frame (analyse the clip first).")
            self.shell.status_bar.showMessage(words, 4000)
            return
        player.seek(target)
