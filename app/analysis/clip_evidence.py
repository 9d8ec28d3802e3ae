"""One clip's clip-level figure: its rendition scored by the analyzers a calibration needs, and the figure.

The figure is measured on the clip's rendition (the first seconds at one frame rate, size and codec), the form in
which the calibration's accuracy was measured, never on the original file: a figure measured on another form
would not carry the accuracy it states.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from analyzers.evidence.clip_model import Calibration, ClipEvidence
from analyzers.registry import Registry
from app.i18n import translate
from app.media.rendition import RENDITION, rendition_of


class NotMeasured(Exception):
    """The clip's figure could not be measured; the message says why, in words."""


@dataclass(frozen=True)
class Measured:
    evidence: ClipEvidence
    scores: dict[str, dict]  # analyzer id -> {"version", "model_sha256", "scores": per-frame scores of the rendition}

    def as_record(self) -> dict:
        """What the case keeps of it (Store.record_clip_evidence)."""
        e = self.evidence
        return {
            "calibration": e.calibration,
            "calibration_sha256": e.calibration_sha256,
            "probability": e.probability,
            "low": e.low,
            "high": e.high,
            "likelihood_ratio": e.likelihood_ratio,
            "rendition": RENDITION.words,
            "scores": self.scores,
        }


def needed_analyzers(calibration: Calibration, registry: Registry) -> list:
    missing = [name for name in calibration.analyzers if name not in {a.manifest.id for a in registry.analyzers}]
    if missing:
        words = translate(
            "Calibration", "the calibration '{calibration}' needs the detector(s) {missing}, which are not installed"
        )
        raise NotMeasured(words.format(calibration=calibration.name, missing=", ".join(missing)))
    return [registry.get(name) for name in calibration.analyzers]


def measure_clip(
    path: Path,
    sha256: str,
    calibration: Calibration,
    registry: Registry,
    *,
    provider: str = "auto",
    folder: Path | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    opened: dict | None = None,
) -> Measured:
    """The clip's figure under `calibration`. `opened` holds detectors already loaded (a batch opens them once).
    Raises NotMeasured (why, in words), MediaError for a clip that cannot be read, AnalysisCancelled when
    `cancelled` says so."""
    from analyzers.run import analyze
    from app.analysis.frames import pictures
    from app.media.clip import open_clip
    from app.media.errors import MediaError

    analyzers = needed_analyzers(calibration, registry)
    file = rendition_of(path, sha256, folder, cancelled=cancelled)
    clip = open_clip(file, cache_bytes=64 << 20)
    damaged: list[MediaError] = []
    try:
        numbers = range(clip.frame_count)
        frames = pictures(clip, numbers, analyzers, damaged.append)
        tracks = analyze(frames, analyzers, provider, len(numbers), on_progress, cancelled, opened=opened)
    finally:
        clip.close()
    failed = [t for t in tracks if t.problem or not t.scores]
    if failed:
        t = failed[0]
        words = translate("Calibration", "the detector {id} could not score it: {reason}")
        reason = t.problem or translate("Calibration", "no frame")
        raise NotMeasured(words.format(id=t.analyzer.manifest.id, reason=reason))
    scores = {
        t.analyzer.manifest.id: {
            "version": t.analyzer.manifest.version,
            "model_sha256": t.analyzer.model_sha256,
            "scores": [float(s) for s in t.scores],
        }
        for t in tracks
    }
    evidence = calibration.evidence({name: entry["scores"] for name, entry in scores.items()})
    if evidence is None:  # every track has scores, so only a calibration naming no feature could get here
        raise NotMeasured(translate("Calibration", "the calibration gave no figure for these scores"))
    return Measured(evidence, scores)
