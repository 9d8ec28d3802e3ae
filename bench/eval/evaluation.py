"""The evaluation: every clip scored in every variant, and each variant's rows (per analyzer and pool, the
learned combination, the clip-level calibration and the format-only baseline) with AUC, interval and recall."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from analyzers.evidence.clip_model import Calibration
from analyzers.evidence.metrics import auc, auc_interval, recall_at_fpr
from bench.eval.labels import LabelledClip, Origin, each_alone
from bench.eval.scoring import ScoredClip, format_features, score_features, scored_clip, suspicion
from bench.eval.variants import RECIPE

# --- the evaluation -----------------------------------------------------------------------------------------

FPR = 0.05
FORMAT_ROW = "format only (grouped CV)"
LEARNED_ROW = "learned on this set (grouped CV)"


@dataclass
class Evaluation:
    analyzers: list
    variants: list[str]
    clips: list[LabelledClip]
    origins: list[Origin] = field(default_factory=list)
    grouped: bool = False  # groups came from a manifest
    results: dict[tuple[int, str], ScoredClip] = field(default_factory=dict)  # (clip index, variant)
    sha256: dict[int, str] = field(default_factory=dict)
    encoded: int = 0
    reused: int = 0
    analysed: int = 0  # analyzer runs over a clip variant that were not in the cache
    failed: int = 0
    calibration: Calibration | None = None  # a clip-level calibration measured as a row of its own

    def class_scores(self, analyzer, variant: str, pool: str) -> tuple[list[float], list[float]]:
        """(label 1 scores, label 0 scores), higher = more suspicious, of the clips scored in this variant."""
        by_label: dict[int, list[float]] = {1: [], 0: []}
        analyzer_id = analyzer.manifest.id
        for i, clip in enumerate(self.clips):
            scored = self.results.get((i, variant))
            value = scored.scores.get(analyzer_id) if scored else None
            if value is not None:
                by_label[clip.label].append(suspicion(analyzer, value[pool]))
        return by_label[1], by_label[0]

    def providers(self) -> dict[str, list[str]]:
        """Where each analyzer ran (more than one place if the GPU could not always be used)."""
        ran: dict[str, set[str]] = {}
        for scored in self.results.values():
            for analyzer_id, provider in scored.providers.items():
                if provider:
                    ran.setdefault(analyzer_id, set()).add(provider)
        return {analyzer_id: sorted(places) for analyzer_id, places in ran.items()}

    def counts(self, variant: str) -> tuple[int, int]:
        labels = [c.label for i, c in enumerate(self.clips) if (i, variant) in self.results]
        return labels.count(1), labels.count(0)


def evaluate(
    clips: list[LabelledClip],
    analyzers: list,
    variants: list[str],
    work: Path,
    provider: str = "auto",
    stride: int = 1,
    max_frames: int | None = None,
    log: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
    origins: list[Origin] | None = None,
) -> Evaluation:
    from app.media.errors import MediaError
    from app.media.hashing import sha256_file

    evaluation = Evaluation(analyzers, variants, clips, origins or each_alone(clips), origins is not None)
    for i, clip in enumerate(clips):
        sha = evaluation.sha256[i] = sha256_file(clip.path)
        for variant in variants:
            log(f"clip {i + 1} of {len(clips)}, {variant}: {clip.path.name}")
            started = time.perf_counter()
            try:
                item = scored_clip(
                    clip.path,
                    variant,
                    work,
                    analyzers,
                    provider=provider,
                    stride=stride,
                    max_frames=max_frames,
                    source_sha256=sha,
                )
            except (MediaError, ValueError, OSError) as error:
                evaluation.failed += 1
                log(f"  {clip.path.name} (line {clip.line}), {variant}: {error}; left out of this variant")
                continue
            except Exception as error:  # PyAV raises many error types; one bad clip must not end the run
                evaluation.failed += 1
                log(f"  {clip.path.name} (line {clip.line}), {variant}: {type(error).__name__}: {error}; left out")
                continue
            evaluation.results[(i, variant)] = item
            evaluation.encoded += item.encoded
            evaluation.reused += RECIPE[variant].crf is not None and not item.encoded
            evaluation.analysed += item.analysed
            done = "encoded and " if item.encoded else ""
            what = f"{done}scored" if item.analysed else f"{done}read from the cache"
            log(f"  {what} in {time.perf_counter() - started:.1f} s")
    return evaluation


@dataclass
class Row:
    """One line of a variant's table: a score over the clips it covers, with its AUC, interval and recall."""

    name: str
    indices: np.ndarray  # clip indices
    scores: np.ndarray  # higher = more suspicious
    labels: np.ndarray
    note: str = ""  # why there is no figure
    auc: float | None = None
    interval: tuple[float, float] | None = None
    recall: float | None = None  # of label-1 clips at FPR false positives on label-0 clips
    threshold: float | None = None

    def measure(self) -> Row:
        if self.note:
            return self
        positives, negatives = self.scores[self.labels == 1], self.scores[self.labels == 0]
        self.auc = auc(positives, negatives)
        if self.auc is None:
            self.note = "no label-1 clips" if positives.size == 0 else "no label-0 clips"
            return self
        self.interval = auc_interval(self.scores, self.labels)
        self.recall, self.threshold = recall_at_fpr(self.scores, self.labels, FPR)
        return self


def variant_rows(evaluation: Evaluation, variant: str) -> list[Row]:
    """Every analyzer and pool, the learned combination and the format-only baseline, measured on `variant`."""
    from analyzers.evidence.logistic import out_of_fold

    done = [i for i in range(len(evaluation.clips)) if (i, variant) in evaluation.results]
    labels = np.asarray([evaluation.clips[i].label for i in done], dtype=np.int64)
    groups = [evaluation.origins[i].group for i in done]
    evidence = [evaluation.results[(i, variant)] for i in done]
    features, names = score_features(evidence, evaluation.analyzers)
    rows = []
    for j, name in enumerate(names):
        have = np.isfinite(features[:, j])
        rows.append(Row(name, np.asarray(done)[have], features[have, j], labels[have]).measure())

    def learned(name: str, X: np.ndarray, keep: np.ndarray) -> Row:
        kept = [g for g, k in zip(groups, keep, strict=True) if k]
        try:
            scores = out_of_fold(X[keep], labels[keep], kept)
        except ValueError as error:
            return Row(name, np.asarray(done)[keep], np.empty(0), labels[keep], note=str(error))
        return Row(name, np.asarray(done)[keep], scores, labels[keep]).measure()

    if evaluation.analyzers and done:
        rows.append(learned(LEARNED_ROW, features, np.isfinite(features).all(axis=1)))
    if evaluation.calibration is not None and done:
        rows.append(calibration_row(evaluation.calibration, evidence, np.asarray(done), labels))
    if done:
        formats, _ = format_features([e.format for e in evidence])
        rows.append(learned(FORMAT_ROW, formats, np.ones(len(done), dtype=bool)))
    return rows


def calibration_row(calibration: Calibration, evidence: list, done: np.ndarray, labels: np.ndarray) -> Row:
    """The calibration's log-odds for each clip, as the app would show its figure: fitted elsewhere, so measured
    here as it is, with no cross-validation."""
    name = f"clip evidence: {calibration.name}"
    rows = [calibration.row_of_pooled(e.scores) for e in evidence]
    keep = np.array([row is not None for row in rows])
    if not keep.any():
        needed = ", ".join(calibration.analyzers)
        return Row(name, done, np.empty(0), labels, note=f"needs {needed}, which were not all run")
    scores = calibration.model.log_odds(np.vstack([row for row in rows if row is not None]))
    return Row(name, done[keep], scores, labels[keep]).measure()


def best_row(rows: list[Row]) -> Row | None:
    """The row with the highest AUC, the format-only baseline aside."""
    measured = [r for r in rows if r.auc is not None and r.name != FORMAT_ROW]
    return max(measured, key=lambda r: r.auc) if measured else None


def recall_by_family(evaluation: Evaluation, row: Row) -> dict[str, tuple[int, float]]:
    """For each generator family: (its label-1 clips in the row, the share flagged at the row's threshold)."""
    out: dict[str, tuple[int, float]] = {}
    if row.threshold is None:
        return out
    families: dict[str, list[float]] = {}
    for i, score, label in zip(row.indices, row.scores, row.labels, strict=True):
        if label == 1:
            families.setdefault(evaluation.origins[i].family, []).append(score)
    for family in sorted(families):
        scores = np.asarray(families[family])
        out[family] = (scores.size, float(np.mean(scores >= row.threshold)))
    return out
