"""Per-clip AUC of each analyzer on a labelled folder of clips, beside what format alone gives, with the clips as
shot, re-encoded as platforms do, and normalized so that frame rate, size, length and codec carry no label.

The labels are a CSV with the header `path,label`: `label` is 1 for a generated or manipulated clip and 0 for an
authentic camera clip; a path is relative to the CSV's folder or absolute. A row whose file is missing or whose
label is not 0 or 1 is reported on stderr with its line number and skipped.

Groups. Clips from one source repository share a camera, a generator, an encoder and a subject, so anything
learned on some of them and tested on others learns the repository, not the cue. `--manifest MANIFEST.csv`
(default: the MANIFEST.csv beside the labels, if there is one) names each clip's `source_repo` (its `file` column
is the labels' `path`) and its family: the `family` column, else `model_or_origin` up to the first " (", else the
repository. Without a manifest every clip is its own group, and the tables say so: then repositories may leak.

Every clip is scored by every chosen analyzer, exactly as `reelcheck analyze` does it (frames decoded by the
media engine, every `--stride`-th frame analysed). An analyzer's score for a clip is the mean of its per-frame
scores, and, because detectors often fire on a few frames only, also their 90th percentile. Scores of analyzers
whose manifest says "lower_is_more_suspicious" are negated first, so an AUC of 1.0 always means that every
generated clip scored as more suspicious than every camera clip, 0.5 that the score tells them apart no better
than a coin, and below 0.5 that it ranks them the wrong way round. The AUC is the Mann-Whitney rank statistic
(ties count one half).

How to read a variant's table. One row per analyzer and pool ("noise_level p90"), then two learned rows:
- "learned on this set (grouped CV)": a logistic regression over all chosen analyzers' mean and p90 scores;
- "format only (grouped CV)": the same over what probing the variant's file gives (frame rate, frame count, width,
  height, aspect, codec and container one-hot), not one pixel of content.
Both are scored out of fold: folds by source repository, each clip scored by a model fitted on the other folds,
never on its own repository (analyzers/evidence). The learned row shows what a combination can reach without
leaking a repository; read every figure against the format-only row of the same table, which is what a detector
can reach by recognising the format. "AUC [95%]" is the AUC with a bootstrap interval (2000 rounds, clips
resampled with replacement within each class, percentiles 2.5 and 97.5): with about 35 clips per class an
interval of +-0.13 is usual, so rows whose intervals overlap are not told apart by this set. The intervals of the
learned rows resample their out-of-fold scores and leave out the variation of refitting. "recall@5%FPR" is the
share of generated clips flagged at the lowest threshold that flags at most 5% of camera clips (ties flagged).
A second table gives that recall per generator family for the best row (highest AUC, format aside) and the
format-only baseline; a family of one or two clips says little.

Variants of each clip (`--variants`, all by default):

    original          the file as it is
    crf18             H.264 (libx264, preset medium, yuv420p) at CRF 18, the original size
    crf23             the same at CRF 23, about what platforms deliver
    crf28             the same at CRF 28, a heavily compressed repost
    half              half the width and height (bicubic, even sizes) at CRF 23, a downscaled repost
    normalized        16 fps (at each tick the latest frame shown by then, so the clock holds), shorter side 480 px
                      (bicubic, aspect kept, even sizes), the first 3 s, H.264 CRF 23, yuv420p
    normalized_crf28  the normalized file again at CRF 28
    normalized_half   the normalized file at shorter side 240 px, CRF 23

Re-encodes are made frame by frame with PyAV (a clip is never held in memory), upright, and written into
`--work` as <SHA-256 of the source>_<variant>[_<recipe>]_x264medium.mp4, so a second run over the same folder does
not encode again; without `--work` they go into a temporary folder that is removed at the end. Each analyzer's
pooled scores per file are kept in `--work`/scores/<SHA-256 of the analysed file>.json, keyed by the analyzer's id,
version and model hash, the stride and `--max-frames`, with the file's format probe: a re-run with the same
settings analyses nothing again. With `--max-frames` only that many frames are analysed, and re-encoded (the cached
name then says so). Keep `--work` between runs that are to be compared: libx264 here has not given bit-identical
re-encodes in every process, so fresh re-encodes move small-sample AUCs a little.

For training scripts: `evidence_for(files, variant, work, analyzers)` gives each clip's `ScoredClip` (pooled
per-analyzer scores and format probe, through the same caches); `score_features` and `format_features` make
matrices of them.

Run from the repository root:

    python -m bench.eval LABELS.csv                          # every analyzer, every variant
    python -m bench.eval LABELS.csv --detectors noise_level --variants original,normalized --stride 5 --work ~/rc-eval
    python -m bench.eval LABELS.csv --json results.json      # the tables plus every clip's scores
    python -m bench.eval --self-test                         # a synthetic labelled folder, no data set needed

The numbers measure the analyzers on the clips given and nothing more: a small or one-sided folder gives a
confident-looking AUC that does not carry over to other footage.
"""

from __future__ import annotations

# Every name the module bench/eval.py had is still importable from bench.eval (tests, training scripts).
from analyzers.evidence.clip_model import Calibration, load_calibration, pooled
from analyzers.evidence.metrics import auc, auc_interval, recall_at_fpr
from app.media.rendition import PRESET, RENDITION, Recipe, encode_file
from bench.eval.cli import main, parse_args, run, self_test
from bench.eval.evaluation import (
    FORMAT_ROW,
    FPR,
    LEARNED_ROW,
    Evaluation,
    Row,
    best_row,
    calibration_row,
    evaluate,
    recall_by_family,
    variant_rows,
)
from bench.eval.json_report import as_json
from bench.eval.labels import LABELS, LabelledClip, Origin, each_alone, family_of, read_labels, read_manifest
from bench.eval.scoring import (
    FORMAT_NUMBERS,
    POOLS,
    ScoreCache,
    ScoredClip,
    evidence_for,
    format_features,
    probe_format,
    score_clip,
    score_features,
    scored_clip,
    suspicion,
)
from bench.eval.synthetic import (
    ROOT,
    SELF_TEST_FRAMES,
    SELF_TEST_PER_CLASS,
    SELF_TEST_SIZE,
    write_self_test_folder,
)
from bench.eval.tables import table
from bench.eval.variants import RECIPE, RECIPES, VARIANTS, variant_file, variant_name

__all__ = [
    "FORMAT_NUMBERS",
    "FORMAT_ROW",
    "FPR",
    "LABELS",
    "LEARNED_ROW",
    "POOLS",
    "PRESET",
    "RECIPE",
    "RECIPES",
    "RENDITION",
    "ROOT",
    "SELF_TEST_FRAMES",
    "SELF_TEST_PER_CLASS",
    "SELF_TEST_SIZE",
    "VARIANTS",
    "Calibration",
    "ScoredClip",
    "Evaluation",
    "LabelledClip",
    "Origin",
    "Recipe",
    "Row",
    "ScoreCache",
    "as_json",
    "auc",
    "auc_interval",
    "best_row",
    "calibration_row",
    "scored_clip",
    "each_alone",
    "encode_file",
    "evaluate",
    "evidence_for",
    "family_of",
    "format_features",
    "load_calibration",
    "main",
    "parse_args",
    "pooled",
    "probe_format",
    "read_labels",
    "read_manifest",
    "recall_at_fpr",
    "recall_by_family",
    "run",
    "score_clip",
    "score_features",
    "self_test",
    "suspicion",
    "table",
    "variant_file",
    "variant_name",
    "variant_rows",
    "write_self_test_folder",
]
