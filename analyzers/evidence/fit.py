"""Fitting a clip-level calibration: the shipped one (by `training/`) and a newsroom's own, on its decided clips.

Both go the same way: a logistic regression on the clips' feature rows; its accuracy measured by grouped
cross-validation (no group, a source repository or an uploader, on both sides of a fold), with a bootstrap
interval; and the same fit repeated on bootstrap resamples of the groups, whose spread becomes the interval shown
beside every clip's figure.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from analyzers.evidence.clip_model import Calibration, Feature, calibration_bytes, calibration_from_json
from analyzers.evidence.logistic import fit_logistic, out_of_fold
from analyzers.evidence.metrics import auc, auc_interval
from analyzers.translatable import QT_TRANSLATE_NOOP, Said

REFITS = 40
FEWEST_PER_CLASS = 5  # below this a fit says nothing that a reviewer should lean on


class TooFewClips(ValueError):
    """Not enough decided clips of each kind to fit or to measure a calibration; the message says so (a Said)."""


def measure(scores: np.ndarray, labels: np.ndarray) -> dict:
    """AUC with its bootstrap 95% interval and the clip counts, as stored in a calibration's `measured`."""
    value = auc(scores[labels == 1], scores[labels == 0])
    interval = auc_interval(scores, labels) or (value, value)
    return {
        "auc": round(float(value), 4),
        "low": round(float(interval[0]), 4),
        "high": round(float(interval[1]), 4),
        "generated": int((labels == 1).sum()),
        "camera": int((labels == 0).sum()),
    }


def fit_calibration(
    rows: np.ndarray,
    labels: Sequence[int],
    groups: Sequence[str],
    features: Sequence[Feature],
    *,
    name: str,
    fitted_on: str,
    failure_modes: Sequence[str] = (),
    l2: float = 1.0,
    seed: int = 0,
) -> Calibration:
    """A calibration fitted to `rows` (one per clip, one column per feature), measured by grouped CV."""
    x = np.asarray(rows, dtype=np.float64)
    y = np.asarray(labels, dtype=np.int64)
    g = np.asarray([str(group) for group in groups])
    if min((y == 1).sum(), (y == 0).sum()) < FEWEST_PER_CLASS:
        words = QT_TRANSLATE_NOOP(
            "Analyzers",
            "a calibration needs at least {fewest} decided clips of each kind (there are {generated} generated and "
            "{camera} camera)",
        )
        raise TooFewClips(Said(words, fewest=FEWEST_PER_CLASS, generated=(y == 1).sum(), camera=(y == 0).sum()))
    if len(set(g)) < 2:
        words = QT_TRANSLATE_NOOP(
            "Analyzers", "a calibration needs clips from at least two sources, to be measured on one it never saw"
        )
        raise TooFewClips(Said(words))
    fit = lambda xs, ys: fit_logistic(xs, ys, l2=l2)  # noqa: E731 (the one setting passed through)
    model = fit(x, y)
    held_out = out_of_fold(x, y, g, k=5, fit=fit, seed=seed)
    ensemble = _refits(x, y, g, fit, seed)
    data = {
        "name": name,
        "features": [{"analyzer": f.analyzer, "pool": f.pool} for f in features],
        "model": model.to_json(),
        "ensemble": [m.to_json() for m in ensemble],
        "prior": 0.5,  # fit_logistic weighs the classes equally
        "fitted_on": fitted_on,
        "measured": {"grouped cross-validation on the clips it was fitted on": measure(held_out, y)},
        "failure_modes": list(failure_modes),
    }
    provisional = calibration_from_json(data, "")
    return calibration_from_json(data, hashlib.sha256(calibration_bytes(provisional)).hexdigest())


def _refits(x: np.ndarray, y: np.ndarray, g: np.ndarray, fit, seed: int) -> list:
    """The fit repeated on resamples of whole groups (a repository's clips resemble each other more than clips
    from different ones); a resample that lacks a class is drawn again."""
    rng = np.random.default_rng(seed)
    names = np.unique(g)
    members = {name: np.flatnonzero(g == name) for name in names}
    refits = []
    for _ in range(REFITS * 20):  # with two groups of one class each, half the draws miss a class
        if len(refits) == REFITS:
            break
        chosen = np.concatenate([members[name] for name in rng.choice(names, size=len(names), replace=True)])
        if len(np.unique(y[chosen])) == 2:
            refits.append(fit(x[chosen], y[chosen]))
    return refits
