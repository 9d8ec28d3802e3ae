"""The clip-level logistic model: an exact fit, its JSON form, and out-of-fold scores that never see their group."""

from __future__ import annotations

import json

import numpy as np
import pytest

from analyzers.evidence.logistic import Logistic, fit_logistic, out_of_fold
from analyzers.evidence.metrics import grouped_folds


def _data(seed=0, n=200):
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1, (n, 3)) * [1.0, 10.0, 0.1] + [0.0, 50.0, -3.0]
    true = (X - [0.0, 50.0, -3.0]) / [1.0, 10.0, 0.1] @ np.array([2.0, -1.0, 0.0]) - 0.7
    y = (rng.random(n) < 1 / (1 + np.exp(-true))).astype(int)
    return X, y


def _gradient(model: Logistic, X, y, l2, weights):
    Z = (X - model.mean) / model.scale
    p = model.probability(X)
    return np.concatenate([[np.sum(weights * (p - y))], Z.T @ (weights * (p - y)) + l2 * model.coef])


@pytest.mark.parametrize("balanced", [True, False])
def test_the_fit_is_the_penalised_optimum(balanced):
    X, y = _data()
    model = fit_logistic(X, y, l2=2.0, balanced=balanced)
    counts = np.bincount(y)
    weights = np.where(y == 1, y.size / (2 * counts[1]), y.size / (2 * counts[0])) if balanced else np.ones(y.size)
    assert np.abs(_gradient(model, X, y, 2.0, weights)).max() < 1e-6
    assert np.allclose(model.mean, X.mean(axis=0)) and np.allclose(model.scale, X.std(axis=0))
    assert model.coef[0] > 1 and model.coef[1] < -0.5 and abs(model.coef[2]) < 0.5
    assert np.allclose(model.probability(X), 1 / (1 + np.exp(-model.log_odds(X))))


def test_balanced_weights_give_each_class_the_same_say():
    X, y = _data(n=300)
    keep = (y == 0) | (np.arange(y.size) % 5 == 0)  # few generated clips
    X, y = X[keep], y[keep]
    p = fit_logistic(X, y, l2=1.0).probability(X)
    # With the intercept free, the missed share of one class equals the false share of the other, on average.
    assert np.mean(1 - p[y == 1]) == pytest.approx(np.mean(p[y == 0]))


def test_a_constant_column_is_harmless_and_bad_input_is_refused():
    X, y = _data(n=60)
    X[:, 2] = 4.0
    model = fit_logistic(X, y)
    assert model.scale[2] == 1.0 and model.coef[2] == pytest.approx(0.0, abs=1e-9)
    separable = fit_logistic([[0.0], [1.0], [2.0], [3.0]], [0, 0, 1, 1], l2=0.0)  # no penalty: still finite
    assert np.isfinite(separable.coef).all() and separable.log_odds([[3.0]])[0] > separable.log_odds([[0.0]])[0]
    bad = X.copy()
    bad[3, 1] = np.nan
    with pytest.raises(ValueError, match="NaN"):
        fit_logistic(bad, y)
    with pytest.raises(ValueError, match="both labels"):
        fit_logistic(X, np.zeros(y.size, dtype=int))
    with pytest.raises(ValueError, match="0 .camera. or 1"):
        fit_logistic(X, np.full(y.size, 2))
    with pytest.raises(ValueError, match="takes 3 features"):
        model.log_odds(np.zeros((2, 4)))


def test_json_round_trip_and_refusals_in_words():
    X, y = _data(n=80)
    model = fit_logistic(X, y)
    text = json.dumps(model.to_json())
    again = Logistic.from_json(json.loads(text))
    assert np.array_equal(again.log_odds(X), model.log_odds(X))
    with pytest.raises(ValueError):
        model.coef[0] = 1.0  # frozen all the way down
    good = model.to_json()
    for change, words in [
        ({"coef": good["coef"][:2]}, "differ in length"),
        ({"mean": [[1, 2, 3]]}, "flat list"),
        ({"scale": [1.0, float("nan"), 1.0]}, "finite"),
        ({"scale": [1.0, 0.0, 1.0]}, "positive"),
        ({"intercept": "1"}, "intercept"),
        ({"intercept": True}, "intercept"),
        ({"mean": ["a", 1, 2]}, "list of numbers"),
    ]:
        with pytest.raises(ValueError, match=words):
            Logistic.from_json({**good, **change})
    with pytest.raises(ValueError, match="lacks coef"):
        Logistic.from_json({k: v for k, v in good.items() if k != "coef"})
    with pytest.raises(ValueError, match="JSON object"):
        Logistic.from_json([1, 2])


def test_out_of_fold_scores_come_from_models_that_never_saw_the_group():
    X, y = _data(n=120)
    groups = np.arange(y.size) % 9
    seen: list[tuple[set, set]] = []

    def spying_fit(X_train, y_train):
        seen.append(set(X_train[:, -1].astype(int).tolist()))
        return fit_logistic(X_train[:, :-1], y_train)

    class Scoring:  # the spy's models score the features without the group column
        def __init__(self, model):
            self.model = model

        def log_odds(self, X_test):
            return self.model.log_odds(X_test[:, :-1])

    scores = out_of_fold(
        np.column_stack([X, groups]), y, groups, k=4, fit=lambda a, b: Scoring(spying_fit(a, b)), seed=1
    )
    assert np.isfinite(scores).all() and len(seen) == 4
    for train_groups, (_, test) in zip(seen, grouped_folds(groups, k=4, seed=1), strict=True):
        assert not train_groups & set(groups[test].tolist())
    with pytest.raises(ValueError, match="one label"):
        out_of_fold(X, (groups == 0).astype(int), groups, k=9)  # one label-1 group: left out, none is left
