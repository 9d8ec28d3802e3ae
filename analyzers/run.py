"""Whole-clip analysis: every chosen analyzer over a stream of frames, in batches, with progress and cancel.

Frames come from the caller (the media engine decodes them); this module only analyses, so it runs headless, in
batch, on a GPU machine without Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from analyzers.engine import ModelSession
from analyzers.registry import Analyzer

BATCH = 4


class AnalysisCancelled(Exception):
    """The reviewer cancelled the analysis."""


@dataclass
class Track:
    """One analyzer's per-frame scores over a clip, with what is needed to trust and reproduce them."""

    analyzer: Analyzer
    provider: str
    frames: list[int] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict:
        manifest = self.analyzer.manifest
        return {
            "id": manifest.id,
            "name": manifest.name,
            "version": manifest.version,
            "model_sha256": self.analyzer.model_sha256,
            "provider": self.provider,
            "measures": manifest.output.score_meaning,
            "direction": manifest.output.score_direction,
            "score_range": list(manifest.output.score_range),
            "failure_modes": list(manifest.failure_modes),
            "frames": self.frames,
            "scores": [round(s, 6) for s in self.scores],
            "seconds": round(self.seconds, 3),
        }


def analyze(
    frames: Iterable[tuple[int, np.ndarray]],
    analyzers: list[Analyzer],
    provider: str = "auto",
    total: int | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Track]:
    """Run `analyzers` over (frame number, RGB uint8 image) pairs; frames of one size go in batches of BATCH."""
    sessions = [ModelSession(a.manifest.model_path, provider) for a in analyzers]
    tracks = [Track(a, s.report.running) for a, s in zip(analyzers, sessions, strict=True)]
    batch: list[tuple[int, np.ndarray]] = []
    analysed = 0

    def flush() -> None:
        nonlocal batch, analysed
        _run_batch(batch, sessions, tracks)
        analysed += len(batch)
        batch = []
        if on_progress is not None:
            on_progress(analysed, total)

    for number, image in frames:
        if cancelled is not None and cancelled():
            raise AnalysisCancelled()
        if batch and batch[0][1].shape != image.shape:
            flush()
        batch.append((number, image))
        if len(batch) == BATCH:
            flush()
    if batch:
        flush()
    return tracks


def _run_batch(batch: list[tuple[int, np.ndarray]], sessions: list[ModelSession], tracks: list[Track]) -> None:
    stacked = np.stack([image for _, image in batch])
    for session, track in zip(sessions, tracks, strict=True):
        started = time.perf_counter()
        _, scores = session.run(stacked)
        track.seconds += time.perf_counter() - started
        track.frames += [number for number, _ in batch]
        track.scores += [float(s) for s in scores]
