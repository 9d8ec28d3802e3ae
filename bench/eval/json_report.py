"""The evaluation as JSON (--json): the tables, every clip's scores and out-of-fold log-odds, and the settings."""

from __future__ import annotations

from pathlib import Path

from analyzers.evidence.metrics import auc
from app.media.rendition import PRESET
from bench.eval.evaluation import FORMAT_ROW, FPR, LEARNED_ROW, Evaluation, best_row, recall_by_family, variant_rows
from bench.eval.scoring import POOLS
from bench.eval.variants import RECIPE


def as_json(evaluation: Evaluation, labels: Path | None, stride: int, max_frames: int | None) -> dict:
    from app import __version__

    auc_table: dict[str, dict] = {}
    for analyzer in evaluation.analyzers:
        per_variant = auc_table[analyzer.manifest.id] = {}
        for variant in evaluation.variants:
            cell: dict = {}
            for pool in POOLS:
                positives, negatives = evaluation.class_scores(analyzer, variant, pool)
                cell[pool] = auc(positives, negatives)
                cell["clips_label_1"], cell["clips_label_0"] = len(positives), len(negatives)
            per_variant[variant] = cell
    tables: dict[str, dict] = {}
    out_of_fold: dict[tuple[int, str], dict[str, float]] = {}
    for variant in evaluation.variants:
        rows = variant_rows(evaluation, variant)
        best = best_row(rows)
        tables[variant] = {
            "rows": [
                {
                    "row": r.name,
                    "auc": r.auc,
                    "auc_95_interval": list(r.interval) if r.interval else None,
                    f"recall_at_{FPR}_fpr": r.recall,
                    "threshold": r.threshold,
                    "clips_label_1": int((r.labels == 1).sum()),
                    "clips_label_0": int((r.labels == 0).sum()),
                    "note": r.note,
                }
                for r in rows
            ],
            "best_row": best.name if best else None,
            "recall_by_family": {
                r.name: {f: {"clips": n, "recall": v} for f, (n, v) in recall_by_family(evaluation, r).items()}
                for r in rows
                if r is best or r.name == FORMAT_ROW
            },
        }
        for r in rows:
            if r.name in (LEARNED_ROW, FORMAT_ROW) and not r.note:
                for i, score in zip(r.indices, r.scores, strict=True):
                    out_of_fold.setdefault((int(i), variant), {})[r.name] = float(score)
    clips = []
    for i, clip in enumerate(evaluation.clips):
        variants = {}
        for variant in evaluation.variants:
            scored = evaluation.results.get((i, variant))
            variants[variant] = (
                None
                if scored is None
                else {
                    "file": str(scored.file),
                    "sha256": scored.sha256,
                    "frames": scored.frames,
                    "format": scored.format,
                    "scores": scored.scores,
                    "out_of_fold_log_odds": out_of_fold.get((i, variant), {}),
                }
            )
        clips.append(
            {
                "path": str(clip.path),
                "line": clip.line,
                "label": clip.label,
                "sha256": evaluation.sha256.get(i),
                "source_repo": evaluation.origins[i].group,
                "family": evaluation.origins[i].family,
                "variants": variants,
            }
        )
    return {
        "tool": {"name": "ReelCheck bench.eval", "version": __version__},
        "labels": str(labels) if labels else None,
        "stride": stride,
        "max_frames": max_frames,
        "grouped_by": "source_repo from the manifest" if evaluation.grouped else "none: every clip its own group",
        "variants": {v: _recipe(v) for v in evaluation.variants},
        "analyzers": {
            a.manifest.id: {
                "version": a.manifest.version,
                "model_sha256": a.model_sha256,
                "direction": a.manifest.output.score_direction,
                "ran_on": evaluation.providers().get(a.manifest.id, []),
            }
            for a in evaluation.analyzers
        },
        "clips_per_class": {v: dict(zip(("1", "0"), evaluation.counts(v), strict=True)) for v in evaluation.variants},
        "auc": auc_table,
        "tables": tables,
        "clips": clips,
        "note": "Scores in 'clips' are as the analyzers gave them; the AUC uses them negated where lower is more "
        "suspicious. Learned and format-only rows are scored out of fold, folds by source repository; their "
        "intervals resample the clips and leave out the variation of refitting. An AUC measured on one folder "
        "does not carry over to other footage.",
    }


def _recipe(variant: str) -> str:
    recipe = RECIPE[variant]
    if recipe.crf is None:
        return recipe.words
    return f"{recipe.words}; libx264 preset {PRESET}, yuv420p"
