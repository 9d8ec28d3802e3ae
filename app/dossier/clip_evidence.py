"""The dossier's clip-level evidence: the clip's recorded figure, the calibration that gave it (what it was fitted
on, where its accuracy was measured, how it fails) and the per-analyzer statistics it came from. No figure is
ever made up here: a clip without a recorded one gets none, with the reason. No Qt.
"""

from __future__ import annotations

import math

import numpy as np

from analyzers.evidence.clip_model import INTERVAL, Calibration, ClipEvidence
from analyzers.translatable import QT_TRANSLATE_NOOP

# Written into the JSON in English, shown translated (`translate("Dossier clip-level evidence", text)`).
NOT_A_VERDICT = QT_TRANSLATE_NOOP(
    "Dossier clip-level evidence",
    "Evidence for the reviewer to weigh, never a verdict: it says how much likelier the clip's detector scores are "
    "for a generated clip than for a camera clip, as far as its calibration's training clips tell.",
)
INTERVAL_TEMPLATE = QT_TRANSLATE_NOOP(
    "Dossier clip-level evidence",
    "{percent}% interval: the spread of the figure over the calibration refitted on bootstrap resamples of its "
    "training sources",
)
INTERVAL_PERCENT = f"{INTERVAL[1] - INTERVAL[0]:.0f}"
INTERVAL_WORDS = INTERVAL_TEMPLATE.format(percent=INTERVAL_PERCENT)
NOT_MEASURED = QT_TRANSLATE_NOOP("Dossier clip-level evidence", "No clip-level figure was measured for this clip.")
NOT_MEASURED_NO_CALIBRATION = QT_TRANSLATE_NOOP(
    "Dossier clip-level evidence",
    "No clip-level figure was measured for this clip. No calibration is installed, so none could be measured.",
)
NOT_INSTALLED = QT_TRANSLATE_NOOP(
    "Dossier clip-level evidence",
    "The calibration that gave this figure is not in the installation that wrote the dossier: what it was fitted "
    "on, where its accuracy was measured and how it fails are not known here.",
)


def clip_evidence(store, clip_id: int, in_use: Calibration | None, known: list[Calibration]) -> dict:
    """The dossier's `clip_evidence`: the figure under the calibration in use when one was recorded, else the
    clip's latest figure; {"figure": None, "reason": ...} when it has none."""
    record = (store.clip_evidence(clip_id, in_use.sha256) if in_use else None) or store.clip_evidence(clip_id)
    if record is None:
        return {"figure": None, "reason": NOT_MEASURED if known else NOT_MEASURED_NO_CALIBRATION}
    calibration = next((c for c in known if c.sha256 == record["calibration_sha256"]), None)
    evidence = ClipEvidence.of_record(record)
    return {
        "figure": {
            "probability": evidence.probability,
            "low": evidence.low,
            "high": evidence.high,
            "interval": INTERVAL_WORDS,
            "likelihood_ratio": evidence.likelihood_ratio,
            "prior": calibration.prior if calibration else _prior_of(evidence),
            "in_words": evidence.in_words(),
        },
        "reason": "",
        "what_it_is": NOT_A_VERDICT,
        "measured_on": record.get("rendition") or "",
        "measured_at": record.get("created_at") or "",
        "calibration": _calibration(record, calibration, in_use),
        "statistics": [_statistics(name, entry) for name, entry in sorted((record.get("scores") or {}).items())],
    }


def _prior_of(evidence: ClipEvidence) -> float | None:
    """The prior the recorded probability is stated under, from the probability and the likelihood ratio (prior
    odds = posterior odds / ratio); None where the probability is 0 or 1 and the odds are lost."""
    p, ratio = evidence.probability, evidence.likelihood_ratio
    if not 0.0 < p < 1.0 or not ratio > 0:
        return None
    odds = p / (1.0 - p) / ratio
    return odds / (1.0 + odds)


def _calibration(record: dict, calibration: Calibration | None, in_use: Calibration | None) -> dict:
    if calibration is None:
        return {
            "name": record["calibration"],
            "sha256": record["calibration_sha256"],
            "in_this_installation": False,
            "in_use": False,
            "fitted_on": "",
            "features": [],
            "measured": [],
            "failure_modes": [],
            "note": NOT_INSTALLED,
        }
    return {
        "name": calibration.name,
        "sha256": calibration.sha256,
        "in_this_installation": True,
        "in_use": in_use is not None and in_use.sha256 == calibration.sha256,
        "fitted_on": calibration.fitted_on,
        "features": [{"analyzer": f.analyzer, "pool": f.pool} for f in calibration.features],
        "measured": [_accuracy(where, figures) for where, figures in calibration.measured.items()],
        "failure_modes": list(calibration.failure_modes),
        "note": "",
    }


def _accuracy(where: str, figures: object) -> dict:
    """Where the calibration's accuracy was measured, and its AUC there with the interval and clip counts; a
    figure the file lacks is null, never guessed."""
    figures = figures if isinstance(figures, dict) else {}

    def number(key: str, kind=float):
        value = figures.get(key)
        try:
            value = kind(value)
        except (TypeError, ValueError):
            return None
        return value if math.isfinite(value) else None

    return {
        "where": str(where),
        "auc": number("auc"),
        "low": number("low"),
        "high": number("high"),
        "generated": number("generated", int),
        "camera": number("camera", int),
    }


def _statistics(analyzer: str, entry: dict) -> dict:
    """One analyzer's mean and 90th percentile over the rendition's frames: what the calibration's features are
    (Calibration.features_of takes them the same way)."""
    values = np.asarray(entry.get("scores") or [], dtype=np.float64)
    values = values[np.isfinite(values)]
    return {
        "analyzer": analyzer,
        "version": str(entry.get("version") or ""),
        "model_sha256": str(entry.get("model_sha256") or ""),
        "frames": int(values.size),
        "mean": float(values.mean()) if values.size else None,
        "p90": float(np.percentile(values, 90)) if values.size else None,
    }
