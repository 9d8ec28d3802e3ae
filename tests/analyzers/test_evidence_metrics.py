"""The clip-level metrics: the AUC and its bootstrap interval, recall at a false-positive rate, grouped folds."""

from __future__ import annotations

import numpy as np
import pytest

from analyzers.evidence.metrics import auc, auc_interval, grouped_folds, recall_at_fpr


def test_auc_counts_ties_as_half_and_has_nothing_to_say_without_both_classes():
    assert auc([0.9, 0.8, 0.7], [0.1, 0.2]) == 1.0
    assert auc([0.1, 0.2], [0.9, 0.8, 0.7]) == 0.0
    assert auc([0.5, 0.5], [0.5, 0.5, 0.5]) == 0.5
    assert auc([0.3, 0.6], [0.3, 0.1]) == pytest.approx((1.5 + 2) / 4)
    assert auc([], [0.1]) is None and auc([0.1], []) is None


def _naive_bootstrap(scores, labels, rounds, seed):
    rng = np.random.default_rng(seed)
    pos, neg = scores[labels == 1], scores[labels == 0]
    values = [auc(rng.choice(pos, pos.size), rng.choice(neg, neg.size)) for _ in range(rounds)]
    return np.quantile(values, [0.025, 0.975])


def test_the_auc_interval_is_a_stratified_percentile_bootstrap():
    rng = np.random.default_rng(3)
    labels = np.array([1] * 30 + [0] * 40)
    scores = rng.normal(0, 1, 70) + 0.8 * labels
    scores[:5] = scores[40:45]  # some ties across the classes
    low, high = auc_interval(scores, labels)
    point = auc(scores[labels == 1], scores[labels == 0])
    assert 0 <= low < point < high <= 1
    naive_low, naive_high = _naive_bootstrap(scores, labels, 4000, 11)
    assert low == pytest.approx(naive_low, abs=0.03) and high == pytest.approx(naive_high, abs=0.03)
    assert auc_interval(scores, labels) == (low, high)  # seeded: the same every time
    narrower = auc_interval(scores, labels, level=0.5)
    assert low < narrower[0] < narrower[1] < high
    assert auc_interval([3, 4, 1, 2], [1, 1, 0, 0]) == (1.0, 1.0)  # separated whatever is drawn
    assert auc_interval([1.0, 2.0], [1, 1]) is None
    with pytest.raises(ValueError, match="finite"):
        auc_interval([1.0, np.nan], [1, 0])


def test_recall_at_fpr_takes_the_lowest_threshold_that_keeps_false_positives_within_the_limit():
    negatives = np.arange(20.0)  # 0 .. 19: at 5 % one of twenty may be flagged
    positives = np.array([18.5, 25.0, 10.0])
    scores = np.concatenate([positives, negatives])
    labels = np.array([1] * 3 + [0] * 20)
    recall, threshold = recall_at_fpr(scores, labels, 0.05)
    assert threshold == 18.5 and recall == pytest.approx(2 / 3)
    assert np.mean(negatives >= threshold) <= 0.05

    # Two camera clips tied at the top: flagging the tie would flag 10 %, so the threshold goes above it, and a
    # generated clip tied with them is not flagged.
    negatives = np.array([5.0, 5.0, *np.arange(18) / 10])
    scores = np.concatenate([[5.0, 6.0], negatives])
    labels = np.array([1, 1] + [0] * 20)
    assert recall_at_fpr(scores, labels, 0.05) == (0.5, 6.0)

    # The highest score is a camera clip's: nothing can be flagged.
    recall, threshold = recall_at_fpr([1.0, 9.0, 2.0], [1, 0, 0], 0.05)
    assert recall == 0.0 and threshold > 9.0
    assert recall_at_fpr([1.0, 9.0, 2.0], [1, 0, 0], 1.0) == (1.0, 1.0)  # everything may be flagged
    with pytest.raises(ValueError, match="both labels"):
        recall_at_fpr([1.0, 2.0], [0, 0])


def test_grouped_folds_keep_every_group_on_one_side_and_balance_by_size():
    groups = ["a"] * 6 + ["b"] * 5 + ["c"] * 4 + ["d"] * 3 + ["e"] * 2 + ["f"] * 2 + ["g"] * 1
    folds = grouped_folds(groups, k=3, seed=4)
    assert len(folds) == 3
    tested = np.concatenate([test for _, test in folds])
    assert sorted(tested) == list(range(len(groups)))
    for train, test in folds:
        assert not {groups[i] for i in train} & {groups[i] for i in test}
        assert sorted([*train, *test]) == list(range(len(groups)))
    sizes = sorted(len(test) for _, test in folds)
    assert sizes[-1] - sizes[0] <= 2  # 23 clips dealt largest group first: 8 / 8 / 7
    assert [t.tolist() for _, t in grouped_folds(groups, k=3, seed=4)] == [t.tolist() for _, t in folds]

    few = grouped_folds(["x", "y", "x", "z"], k=5)
    assert len(few) == 3  # fewer groups than k: one fold per group
    assert sorted(tuple(test.tolist()) for _, test in few) == [(0, 2), (1,), (3,)]
