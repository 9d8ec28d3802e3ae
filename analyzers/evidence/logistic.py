"""An L2-regularised logistic regression on standardised features, fitted by Newton's method (IRLS), small enough
to store as JSON beside a model and to refit in the app on a newsroom's own decided clips."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from analyzers.evidence.metrics import grouped_folds

MAX_STEPS = 100
TOLERANCE = 1e-10


@dataclass(frozen=True, eq=False)
class Logistic:
    """log odds(x) = intercept + coef . (x - mean) / scale."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def __post_init__(self) -> None:
        for name in ("mean", "scale", "coef"):
            value = np.array(getattr(self, name), dtype=np.float64)
            value.setflags(write=False)  # shared across threads: nobody may change it in place
            object.__setattr__(self, name, value)
        object.__setattr__(self, "intercept", float(self.intercept))

    def log_odds(self, X) -> np.ndarray:
        X = np.atleast_2d(np.asarray(X, dtype=np.float64))
        if X.shape[1] != self.coef.size:
            raise ValueError(f"the model takes {self.coef.size} features, not {X.shape[1]}")
        return self.intercept + ((X - self.mean) / self.scale) @ self.coef

    def probability(self, X) -> np.ndarray:
        return _sigmoid(self.log_odds(X))

    def to_json(self) -> dict:
        return {
            "mean": self.mean.tolist(),
            "scale": self.scale.tolist(),
            "coef": self.coef.tolist(),
            "intercept": self.intercept,
        }

    @classmethod
    def from_json(cls, data: dict) -> Logistic:
        """The model written by `to_json`; raises ValueError, in words, on anything else."""
        if not isinstance(data, dict):
            raise ValueError("a logistic model is a JSON object with mean, scale, coef and intercept")
        missing = [key for key in ("mean", "scale", "coef", "intercept") if key not in data]
        if missing:
            raise ValueError(f"the logistic model lacks {', '.join(missing)}")
        arrays = {}
        for key in ("mean", "scale", "coef"):
            try:
                value = np.asarray(data[key], dtype=np.float64)
            except (TypeError, ValueError):
                raise ValueError(f"the logistic model's {key} is not a list of numbers") from None
            if value.ndim != 1:
                raise ValueError(f"the logistic model's {key} is not a flat list of numbers")
            if not np.isfinite(value).all():
                raise ValueError(f"the logistic model's {key} holds a value that is not a finite number")
            arrays[key] = value
        sizes = {key: value.size for key, value in arrays.items()}
        if len(set(sizes.values())) != 1:
            raise ValueError(f"the logistic model's lists differ in length ({sizes})")
        if (arrays["scale"] <= 0).any():
            raise ValueError("the logistic model's scale must be positive")
        intercept = data["intercept"]
        if isinstance(intercept, bool) or not isinstance(intercept, int | float) or not np.isfinite(intercept):
            raise ValueError("the logistic model's intercept is not a finite number")
        return cls(arrays["mean"], arrays["scale"], arrays["coef"], float(intercept))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.exp(-np.logaddexp(0.0, -z))


def fit_logistic(X, y, *, l2: float = 1.0, balanced: bool = True) -> Logistic:
    """The logistic model minimising the (weighted) log loss + l2/2 |coef|^2 on standardised features; the
    intercept is not penalised. With `balanced` each class weighs as much in total as the other. A constant
    column gets scale 1 (and so a coefficient of 0). Raises ValueError for NaN or infinite features, a label
    other than 0 or 1, or labels of one class only."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y).ravel()
    if X.ndim != 2 or X.shape[0] != y.size:
        raise ValueError(f"features must be one row per label ({X.shape} for {y.size} labels)")
    if not np.isfinite(X).all():
        raise ValueError("a feature is NaN or infinite: leave such clips out or fill them in first")
    if not np.isin(y, (0, 1)).all():
        raise ValueError("labels must be 0 (camera) or 1 (generated)")
    counts = np.bincount(y.astype(np.int64), minlength=2)
    if counts.min() == 0:
        raise ValueError("fitting needs clips of both labels")
    if l2 < 0:
        raise ValueError("l2 must not be negative")
    y = y.astype(np.float64)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-12 * np.maximum(1.0, np.abs(mean))] = 1.0
    Z = np.column_stack([np.ones(y.size), (X - mean) / scale])
    weights = np.where(y == 1, y.size / (2 * counts[1]), y.size / (2 * counts[0])) if balanced else np.ones(y.size)
    penalty = np.full(Z.shape[1], float(l2))
    penalty[0] = 0.0
    beta = np.zeros(Z.shape[1])
    beta[0] = np.log(np.average(y, weights=weights) / (1 - np.average(y, weights=weights)))

    def loss(b: np.ndarray) -> float:
        z = Z @ b
        return float(np.sum(weights * (np.logaddexp(0.0, z) - y * z)) + 0.5 * np.sum(penalty * b * b))

    current = loss(beta)
    for _ in range(MAX_STEPS):
        p = _sigmoid(Z @ beta)
        gradient = Z.T @ (weights * (p - y)) + penalty * beta
        hessian = (Z * (weights * p * (1 - p))[:, None]).T @ Z + np.diag(penalty) + 1e-12 * np.eye(Z.shape[1])
        step = np.linalg.solve(hessian, gradient)
        # Halve a step that would raise the loss: without a penalty a separable set otherwise overshoots.
        size = 1.0
        while size > 1e-6 and loss(beta - size * step) > current:
            size /= 2
        beta = beta - size * step
        previous, current = current, loss(beta)
        if previous - current <= TOLERANCE * (1.0 + abs(current)):
            break
    return Logistic(mean, scale, beta[1:], float(beta[0]))


def out_of_fold(X, y, groups, *, k: int = 5, fit: Callable[..., Logistic] = fit_logistic, seed: int = 0) -> np.ndarray:
    """Each clip's log odds from a model fitted on the other folds, the folds made by `grouped_folds`, so no
    model ever saw a clip of the group (source repository) it scores. Raises ValueError when a fold's training
    side has clips of one label only."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y).ravel()
    scores = np.full(y.size, np.nan)
    for train, test in grouped_folds(groups, k=k, seed=seed):
        if np.unique(y[train]).size < 2:
            raise ValueError("a fold's training clips are all of one label: there are too few groups of each label")
        scores[test] = fit(X[train], y[train]).log_odds(X[test])
    return scores
