"""The evaluation as text: per variant, each row's AUC with its interval and recall, and recall per family."""

from __future__ import annotations

from bench.eval.evaluation import FORMAT_ROW, FPR, Evaluation, Row, best_row, recall_by_family, variant_rows
from bench.eval.scoring import suspicion
from bench.eval.variants import RECIPE


def _auc_text(row: Row) -> str:
    if row.auc is None:
        return row.note
    low, high = row.interval
    return f"{row.auc:.2f} [{low:.2f}-{high:.2f}]"


def _render(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[j]) for r in [header, *rows]) for j in range(len(header))]

    def render(cells: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    return [render(header), render(["-" * w for w in widths]), *map(render, rows)]


def table(evaluation: Evaluation) -> str:
    """Per variant: the AUC of every row with its bootstrap 95% interval and the recall at 5% false positives,
    then that recall per generator family for the best row and the format-only baseline."""
    groups = len({o.group for o in evaluation.origins})
    lines = [
        "AUC [bootstrap 95% interval] per analyzer (mean / p90 of its per-frame scores), per variant.",
        "1.0: every generated clip above every camera clip; 0.5: chance; below 0.5: the wrong way round.",
        f"Recall: share of generated clips flagged at the threshold that flags {FPR:.0%} of camera clips.",
        f"Grouped CV: folds by source repository ({groups} groups, from the manifest)"
        if evaluation.grouped
        else f"Grouped CV: no manifest, so every clip is its own group ({groups} groups): repositories may leak",
    ]
    for variant in evaluation.variants:
        rows = variant_rows(evaluation, variant)
        n1, n0 = evaluation.counts(variant)
        lines += ["", f"{variant}: {RECIPE[variant].words}; clips {n1} generated / {n0} camera"]
        cells = [
            [
                r.name,
                _auc_text(r),
                "" if r.recall is None else f"{r.recall:.2f}",
                f"{(r.labels == 1).sum()}/{(r.labels == 0).sum()}",
            ]
            for r in rows
        ]
        lines += _render(["row", "AUC [95%]", f"recall@{FPR:.0%}FPR", "clips 1/0"], cells)
        best = best_row(rows)
        baseline = next((r for r in rows if r.name == FORMAT_ROW and r.threshold is not None), None)
        shown = [r for r in (best, baseline) if r is not None]
        if shown:
            per = [recall_by_family(evaluation, r) for r in shown]
            families = sorted({f for p in per for f in p})
            overall = ["all generated", *(f"{r.recall:.2f} ({(r.labels == 1).sum()})" for r in shown)]
            family_cells = [[f, *(f"{p[f][1]:.2f} ({p[f][0]})" if f in p else "-" for p in per)] for f in families]
            lines += ["", f"{variant}: recall on generated clips at {FPR:.0%} false positives on camera clips"]
            lines += _render(["family (clips)", *(r.name for r in shown)], [overall, *family_cells])
    directions = [a.manifest.id for a in evaluation.analyzers if suspicion(a, 1.0) < 0]
    lines.append("")
    if directions:
        lines.append(f"(negated before the AUC, as lower is more suspicious: {', '.join(directions)})")
    ran = {", ".join(places) for places in evaluation.providers().values()}
    if ran:
        lines.append(f"(analyzers ran on the {' / '.join(sorted(ran))})")
    return "\n".join(lines)
