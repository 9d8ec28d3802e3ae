"""Whole-clip analysis from the GUI: score tracks from the store when the clip was analysed before, else a
background job that decodes the clip on its own decoder, runs the detectors in batches, and stores the tracks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from analyzers.engine import Detector
from analyzers.registry import Analyzer
from analyzers.run import AnalysisCancelled, analyze
from app.analysis.frames import pictures
from app.analysis.results import load_track, save_track
from app.media.clip import open_clip
from app.media.errors import Cancelled
from app.media.hashing import sha256_file
from app.ui.tasks import Job

log = logging.getLogger(__name__)

_DECODE_CACHE = 64 << 20  # frames are read once, in order: the analysis needs no cache of its own


def score_tracks(
    path: Path, analyzers: list[Analyzer], run_missing: bool, provider: str, opened: dict[str, Detector]
) -> Callable[[Job], list[dict]]:
    """The job's work: every analyzer's track for the clip at `path`, from the store or (if asked) computed on
    `provider`, reusing the detectors already `opened`."""

    def work(job: Job) -> list[dict]:
        sha256 = sha256_file(path, cancelled=job.is_cancelled)
        tracks, missing = [], []
        for analyzer in analyzers:
            manifest = analyzer.manifest
            stored = load_track(sha256, manifest.id, manifest.version, analyzer.model_sha256)
            if stored is None:
                missing.append(analyzer)
            else:
                tracks.append(stored)
        if missing and run_missing:
            for track in _analyse(path, missing, job, provider, opened):
                save_track(sha256, track)
                tracks.append(track)
        return tracks

    return work


def _analyse(path: Path, analyzers: list[Analyzer], job: Job, provider: str, opened: dict) -> list[dict]:
    clip = open_clip(path, cache_bytes=_DECODE_CACHE)
    try:

        def progress(done: int, total: int | None) -> None:
            job.report(done / max(1, total or 1))

        try:
            frames = pictures(clip, range(clip.frame_count), analyzers, on_damaged=lambda error: None)
            tracks = analyze(
                frames,
                analyzers,
                provider,
                clip.frame_count,
                progress,
                job.is_cancelled,
                opened=opened,
                ahead_bytes=_DECODE_CACHE,
            )
        except AnalysisCancelled as error:
            raise Cancelled() from error
        for track in tracks:
            if track.problem:  # the other detectors' tracks still arrive; this one is tried again next time
                log.warning("%s could not score %s: %s", track.analyzer.manifest.id, path, track.problem)
        return [track.as_dict() for track in tracks if not track.problem]
    finally:
        clip.close()
