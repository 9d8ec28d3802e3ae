"""The clip-level evidence: one calibrated figure per clip from the per-clip statistics of the analyzers' scores.

A clip is measured on its *rendition* (the first seconds, re-encoded to one frame rate, size and codec; see
`app/media/rendition.py`) so that frame rate, size, length and container, which separate generated from camera
clips in every public collection, cannot carry the label. Each analyzer named in the model scores every frame
of the rendition; the model takes the mean and 90th percentile of each, and a logistic regression turns them into
the probability that the clip is generated *if both were equally likely beforehand*, and its likelihood ratio
(how many times likelier these scores are for a generated clip than for a camera clip: the part that does not
depend on a prior). The interval comes from the same model refitted on bootstrap resamples of the training
repositories: it shows how much the figure rests on which clips happened to be in the training set.

A calibration is a JSON file: the shipped one under resources/models/clip_evidence/, or a newsroom's own, refitted
on its decided clips. Both say what they were fitted on and where their accuracy was measured.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analyzers.evidence.logistic import Logistic
from analyzers.files import NotARegularFile, read_regular
from analyzers.translatable import QT_TRANSLATE_NOOP, Said

POOLS = ("mean", "p90")
MAX_BYTES = 4 << 20
INTERVAL = (5.0, 95.0)  # percentiles of the bootstrap refits' probabilities: a 90% interval


class CalibrationError(ValueError):
    """A calibration file that cannot be used; the message says why, in words (a Said, context "Analyzers": the
    application says it in the reader's language)."""

    def __init__(self, words: str, **values: object) -> None:
        super().__init__(Said(words, **values))


@dataclass(frozen=True)
class Feature:
    analyzer: str
    pool: str  # "mean" or "p90" of the analyzer's per-frame scores on the rendition

    @property
    def label(self) -> str:
        return f"{self.analyzer} {self.pool}"


@dataclass(frozen=True)
class ClipEvidence:
    probability: float  # that the clip is generated, if generated and camera were equally likely beforehand
    low: float  # the 90% interval of that probability over the bootstrap refits
    high: float
    likelihood_ratio: float  # P(these scores | generated) / P(these scores | camera)
    calibration: str  # the name of the calibration that gave it
    calibration_sha256: str

    @classmethod
    def of_record(cls, record: Mapping) -> ClipEvidence:
        """A figure the case kept (Store.clip_evidence) as the value it was measured as."""
        return cls(
            probability=float(record["probability"]),
            low=float(record["low"]),
            high=float(record["high"]),
            likelihood_ratio=float(record["likelihood_ratio"]),
            calibration=str(record["calibration"]),
            calibration_sha256=str(record["calibration_sha256"]),
        )

    def in_words(self) -> str:
        """The figure as a reviewer reads it: a weight of evidence, never a verdict."""
        ratio = self.likelihood_ratio
        if ratio >= 1:
            lean = f"{_times(ratio)} likelier for a generated clip than for a camera clip"
        else:
            lean = f"{_times(1 / ratio)} likelier for a camera clip than for a generated clip"
        return (
            f"These scores are {lean} (probability {self.probability:.2f}, {self.low:.2f}-{self.high:.2f}, "
            "if both were equally likely beforehand)"
        )


def _times(ratio: float) -> str:
    """A ratio as read aloud; beyond 1000 no calibration measured on a few hundred clips can tell how far."""
    if ratio > 1000:
        return "more than 1000 times"
    return f"{ratio:.1f} times" if ratio < 10 else f"{ratio:.0f} times"


@dataclass(frozen=True)
class Calibration:
    name: str
    features: tuple[Feature, ...]
    model: Logistic
    ensemble: tuple[Logistic, ...]
    prior: float  # the share of generated clips the fit weighed the classes as (0.5 with balanced weights)
    fitted_on: str  # in words: which clips, how many, which rendition
    measured: dict  # where its accuracy was measured: {"<where>": {"auc": a, "low": l, "high": h, "clips": n}}
    failure_modes: tuple[str, ...]
    sha256: str

    @property
    def analyzers(self) -> list[str]:
        return sorted({f.analyzer for f in self.features})

    def features_of(self, scores: Mapping[str, Sequence[float]]) -> np.ndarray | None:
        """The model's feature row from each analyzer's per-frame scores; None when one it needs is missing."""
        return self.row_of_pooled({name: pooled(values) for name, values in scores.items()})

    def row_of_pooled(self, pooled_scores: Mapping[str, Mapping[str, float] | None]) -> np.ndarray | None:
        """The feature row from each analyzer's pooled scores ({"mean": m, "p90": p}); None when one is missing."""
        row = []
        for feature in self.features:
            values = pooled_scores.get(feature.analyzer)
            if not values or feature.pool not in values:
                return None
            row.append(float(values[feature.pool]))
        return np.asarray(row)

    def evidence(self, scores: Mapping[str, Sequence[float]]) -> ClipEvidence | None:
        row = self.features_of(scores)
        return None if row is None else self.evidence_of_row(row)

    def evidence_of_row(self, row: np.ndarray) -> ClipEvidence:
        x = row.reshape(1, -1)
        probability = float(self.model.probability(x)[0])
        spread = np.array([m.probability(x)[0] for m in self.ensemble]) if self.ensemble else np.array([probability])
        low, high = (float(v) for v in np.percentile(spread, INTERVAL))
        log_ratio = float(self.model.log_odds(x)[0]) - math.log(self.prior / (1.0 - self.prior))
        return ClipEvidence(
            probability=probability,
            low=min(low, probability),
            high=max(high, probability),
            likelihood_ratio=math.exp(max(-50.0, min(50.0, log_ratio))),
            calibration=self.name,
            calibration_sha256=self.sha256,
        )

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "features": [{"analyzer": f.analyzer, "pool": f.pool} for f in self.features],
            "model": self.model.to_json(),
            "ensemble": [m.to_json() for m in self.ensemble],
            "prior": self.prior,
            "fitted_on": self.fitted_on,
            "measured": self.measured,
            "failure_modes": list(self.failure_modes),
        }


def pooled(scores: Sequence[float]) -> dict[str, float] | None:
    """A clip's per-frame scores as the features take them: their mean and 90th percentile (None: no finite one)."""
    values = np.asarray(scores, dtype=np.float64)
    values = values[np.isfinite(values)]
    if values.size == 0:
        return None
    return {"mean": float(values.mean()), "p90": float(np.percentile(values, 90))}


def calibration_bytes(calibration: Calibration) -> bytes:
    return (json.dumps(calibration.to_json(), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def load_calibration(path: Path) -> Calibration:
    try:
        raw = read_regular(path, MAX_BYTES)
        data = json.loads(raw.decode("utf-8"))
    except NotARegularFile as error:
        raise CalibrationError(error.words, **error.values) from error  # marked in context "Files"
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        words = QT_TRANSLATE_NOOP("Analyzers", "{file} is not a calibration file (not JSON text)")
        raise CalibrationError(words, file=path.name) from error
    return calibration_from_json(data, hashlib.sha256(raw).hexdigest())


def calibration_from_json(data: object, sha256: str) -> Calibration:
    if not isinstance(data, dict):
        raise CalibrationError(QT_TRANSLATE_NOOP("Analyzers", "a calibration must be a JSON object"))
    try:
        features = tuple(Feature(str(f["analyzer"]), str(f["pool"])) for f in data["features"])
        if not features or any(f.pool not in POOLS for f in features):
            raise CalibrationError(
                QT_TRANSLATE_NOOP(
                    "Analyzers", "a calibration's features must each name an analyzer and a pool (mean or p90)"
                )
            )
        model = Logistic.from_json(data["model"])
        ensemble = tuple(Logistic.from_json(m) for m in data.get("ensemble", []))
        if any(len(m.coef) != len(features) for m in (model, *ensemble)):
            raise CalibrationError(
                QT_TRANSLATE_NOOP("Analyzers", "the calibration's model does not have one weight per feature")
            )
        prior = float(data.get("prior", 0.5))
        if not 0.0 < prior < 1.0:
            raise CalibrationError(QT_TRANSLATE_NOOP("Analyzers", "the calibration's prior must lie between 0 and 1"))
        return Calibration(
            name=str(data["name"]),
            features=features,
            model=model,
            ensemble=ensemble,
            prior=prior,
            fitted_on=str(data.get("fitted_on", "")),
            measured=dict(data.get("measured", {})),
            failure_modes=tuple(str(f) for f in data.get("failure_modes", [])),
            sha256=sha256,
        )
    except (KeyError, TypeError) as error:
        words = QT_TRANSLATE_NOOP("Analyzers", "the calibration lacks a field or has one of the wrong kind ({error})")
        raise CalibrationError(words, error=error) from error
    except ValueError as error:
        if isinstance(error, CalibrationError):
            raise
        raise CalibrationError(
            QT_TRANSLATE_NOOP("Analyzers", "the calibration's model is unusable: {error}"), error=error
        ) from error
