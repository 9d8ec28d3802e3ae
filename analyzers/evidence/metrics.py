"""How well a score separates generated (label 1) from camera (label 0) clips: the AUC with a bootstrap interval,
recall at a fixed share of false positives, and folds that keep each group (a source repository) on one side."""

from __future__ import annotations

import numpy as np


def midranks(values: np.ndarray) -> np.ndarray:
    """1-based ranks of `values`, tied values sharing the mean of the ranks they span."""
    values = np.asarray(values)
    order = np.argsort(values, kind="mergesort")
    _, first, counts = np.unique(values[order], return_index=True, return_counts=True)
    ranks = np.empty(len(values), dtype=np.float64)
    ranks[order] = np.repeat(first + (counts + 1) / 2.0, counts)
    return ranks


def auc(positives, negatives) -> float | None:
    """P(a positive scores above a negative) + half P(a tie), by the Mann-Whitney U statistic; None when either
    class is empty, as there is nothing to compare."""
    pos = np.asarray(positives, dtype=np.float64).ravel()
    neg = np.asarray(negatives, dtype=np.float64).ravel()
    if pos.size == 0 or neg.size == 0:
        return None
    ranks = midranks(np.concatenate([pos, neg]))
    u = ranks[: pos.size].sum() - pos.size * (pos.size + 1) / 2.0
    return float(u / (pos.size * neg.size))


def _split(scores, labels) -> tuple[np.ndarray, np.ndarray]:
    s = np.asarray(scores, dtype=np.float64).ravel()
    y = np.asarray(labels).ravel()
    if s.shape != y.shape:
        raise ValueError(f"{s.size} scores but {y.size} labels")
    if not np.isin(y, (0, 1)).all():
        raise ValueError("labels must be 0 (camera) or 1 (generated)")
    if not np.isfinite(s).all():
        raise ValueError("a score is not a finite number")
    return s[y == 1], s[y == 0]


def auc_interval(
    scores, labels, *, rounds: int = 2000, seed: int = 0, level: float = 0.95
) -> tuple[float, float] | None:
    """A percentile bootstrap interval for the AUC: clips resampled with replacement within each class, so every
    round keeps the class sizes. None when a class is empty.

    Each round's AUC is exact: it weighs the table of pairwise wins (1, a tie 1/2) by how often each clip was
    drawn, so no ranking is repeated."""
    pos, neg = _split(scores, labels)
    if pos.size == 0 or neg.size == 0:
        return None
    wins = (pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])
    rng = np.random.default_rng(seed)
    drawn_pos = rng.multinomial(pos.size, np.full(pos.size, 1.0 / pos.size), size=rounds)
    drawn_neg = rng.multinomial(neg.size, np.full(neg.size, 1.0 / neg.size), size=rounds)
    values = np.einsum("ri,ij,rj->r", drawn_pos, wins, drawn_neg) / (pos.size * neg.size)
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(values, [tail, 1.0 - tail])
    return float(low), float(high)


def recall_at_fpr(scores, labels, fpr: float = 0.05) -> tuple[float, float]:
    """(Share of label-1 clips flagged, threshold) where a clip is flagged when its score is at or above the
    threshold, and the threshold is the lowest score that flags at most `fpr` of the label-0 clips.

    Ties go against the detector: a label-0 clip tied with the threshold counts as flagged, so a threshold inside
    a tie is never chosen when the tie would pass the limit. When even the highest score flags too many label-0
    clips, the threshold is just above it and nothing is flagged. Raises ValueError when a class is empty."""
    pos, neg = _split(scores, labels)
    if pos.size == 0 or neg.size == 0:
        raise ValueError("recall at a false-positive rate needs clips of both labels")
    allowed = int(np.floor(fpr * neg.size + 1e-9))  # label-0 clips that may be flagged
    if allowed >= neg.size:
        threshold = float(min(pos.min(), neg.min()))
    else:
        # The (allowed+1)-th highest label-0 score must stay below the threshold; ties with it do too.
        stop = np.sort(neg)[::-1][allowed]
        above = np.concatenate([pos, neg])
        above = above[above > stop]
        threshold = float(above.min()) if above.size else float(np.nextafter(stop, np.inf))
    return float(np.mean(pos >= threshold)), threshold


def grouped_folds(groups, k: int = 5, seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train indices, test indices) for k folds in which every group lies wholly in one fold, so no group is
    ever on both sides. Groups are dealt largest first (ties in a seeded random order) to the fold with the
    fewest clips so far; with fewer groups than k there is one fold per group."""
    names, inverse, sizes = np.unique(
        np.asarray(groups, dtype=object).astype(str), return_inverse=True, return_counts=True
    )
    if k < 2:
        raise ValueError("grouped folds need k of 2 or more")
    folds = min(k, names.size)
    rng = np.random.default_rng(seed)
    shuffled = rng.permutation(names.size)
    order = shuffled[np.argsort(-sizes[shuffled], kind="stable")]
    load = np.zeros(folds, dtype=np.int64)
    fold_of_group = np.empty(names.size, dtype=np.int64)
    for g in order:
        target = int(np.argmin(load))
        fold_of_group[g] = target
        load[target] += sizes[g]
    fold_of_clip = fold_of_group[inverse]
    everything = np.arange(inverse.size)
    return [(everything[fold_of_clip != f], everything[fold_of_clip == f]) for f in range(folds)]
