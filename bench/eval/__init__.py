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

For training scripts: `evidence_for(files, variant, work, analyzers)` gives each clip's `ClipEvidence` (pooled
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

import argparse
import csv
import json
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from analyzers.evidence.clip_model import Calibration, load_calibration, pooled
from analyzers.evidence.metrics import auc, auc_interval, recall_at_fpr
from app.media.rendition import PRESET, RENDITION, Recipe, encode_file

ROOT = Path(__file__).resolve().parents[2]

LABELS = {"1": 1, "0": 0}
POOLS = ("mean", "p90")


# --- the labels ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledClip:
    path: Path
    label: int  # 1 generated or manipulated, 0 camera or authentic
    line: int  # in the CSV, for messages


def read_labels(csv_path: Path) -> tuple[list[LabelledClip], list[str]]:
    """The usable rows of a `path,label` CSV, and one message per row that is not (with its line number).

    Raises ValueError when the file has no `path` and `label` columns."""
    clips: list[LabelledClip] = []
    problems: list[str] = []
    folder = csv_path.parent
    with csv_path.open(newline="", encoding="utf-8-sig") as file:
        reader = csv.DictReader(file)
        columns = {name.strip().lower(): name for name in reader.fieldnames or []}
        if "path" not in columns or "label" not in columns:
            raise ValueError(f"{csv_path}: the first line must be the header 'path,label' (it is {reader.fieldnames})")
        for row in reader:
            line = reader.line_num
            raw_path = (row.get(columns["path"]) or "").strip()
            raw_label = (row.get(columns["label"]) or "").strip()
            if not raw_path:
                problems.append(f"{csv_path.name} line {line}: no path; skipped")
                continue
            if raw_label not in LABELS:
                problems.append(f"{csv_path.name} line {line}: label '{raw_label}' is not 0 or 1; skipped")
                continue
            path = Path(raw_path).expanduser()
            path = path if path.is_absolute() else folder / path
            if not path.is_file():
                problems.append(f"{csv_path.name} line {line}: {raw_path} is not a file; skipped")
                continue
            clips.append(LabelledClip(path, LABELS[raw_label], line))
    return clips, problems


# --- pooling ------------------------------------------------------------------------------------------------


# --- the variants -------------------------------------------------------------------------------------------


RECIPES = (
    Recipe("original", "the file as it is"),
    Recipe("crf18", "H.264 CRF 18, the original size", crf=18),
    Recipe("crf23", "H.264 CRF 23, the original size (about what platforms deliver)", crf=23),
    Recipe("crf28", "H.264 CRF 28, the original size (a heavily compressed repost)", crf=28),
    Recipe("half", "half the width and height, H.264 CRF 23 (a downscaled repost)", crf=23, half=True),
    RENDITION,  # "normalized": exactly what the app measures a clip's clip-level evidence on
    Recipe(
        "normalized_crf28",
        "normalized, then H.264 CRF 28",
        crf=28,
        base="normalized",
        tag="16fps_short480_3s_crf23_then_crf28",
    ),
    Recipe(
        "normalized_half",
        "normalized, then shorter side 240 px, H.264 CRF 23",
        crf=23,
        base="normalized",
        shorter=240,
        tag="16fps_short480_3s_crf23_then_short240_crf23",
    ),
)
RECIPE = {recipe.name: recipe for recipe in RECIPES}
VARIANTS = tuple(RECIPE)


def variant_name(sha256: str, variant: str, max_frames: int | None) -> str:
    return RECIPE[variant].file_name(sha256, max_frames)


def variant_file(source: Path, sha256: str, variant: str, work: Path, max_frames: int | None) -> tuple[Path, bool]:
    """The clip as `variant` (the source itself for "original"), and whether it (or the variant it is built
    from) had to be encoded now. `sha256` is the source's."""
    recipe = RECIPE[variant]
    if recipe.crf is None:
        return source, False
    target = work / recipe.file_name(sha256, max_frames)
    if target.is_file():
        return target, False
    encoded = False
    if recipe.base is not None:
        source, encoded = variant_file(source, sha256, recipe.base, work, max_frames)
    encode_file(source, target, recipe, max_frames)
    return target, True


# --- groups: which repository and which generator each clip comes from --------------------------------------


@dataclass(frozen=True)
class Origin:
    group: str  # the source repository: clips of one never sit on both sides of a fold
    family: str  # the generator (or camera source) family, for recall per family


def family_of(row: dict[str, str]) -> str:
    """The `family` column if there is one, else `model_or_origin` up to the first " (", else the repository."""
    family = (row.get("family") or "").strip()
    if family:
        return family
    origin = (row.get("model_or_origin") or "").strip()
    if origin:
        return origin.split(" (", 1)[0].strip()
    return (row.get("source_repo") or "").strip()


def read_manifest(manifest: Path, clips: list[LabelledClip]) -> tuple[list[Origin], list[str]]:
    """Each clip's repository and family from a MANIFEST.csv whose `file` column names the clips as the labels'
    `path` does (both relative to their own CSV's folder, or absolute); a clip it does not name is its own group,
    and said. Raises ValueError when the file has no `file` and `source_repo` columns."""
    by_path: dict[Path, Origin] = {}
    with manifest.open(newline="", encoding="utf-8-sig") as file:
        reader = csv.DictReader(file)
        if not {"file", "source_repo"} <= set(reader.fieldnames or []):
            raise ValueError(f"{manifest}: the header must name the columns 'file' and 'source_repo'")
        for row in reader:
            name, repo = (row.get("file") or "").strip(), (row.get("source_repo") or "").strip()
            if name and repo:
                path = Path(name).expanduser()
                path = path if path.is_absolute() else manifest.parent / path
                by_path[path.resolve()] = Origin(repo, family_of(row))
    origins, problems = [], []
    for clip in clips:
        origin = by_path.get(clip.path.resolve())
        if origin is None:
            problems.append(f"{manifest.name}: no row for {clip.path.name}; it is its own group")
            origin = Origin(f"(alone) {clip.path}", "(not in the manifest)")
        origins.append(origin)
    return origins, problems


def each_alone(clips: list[LabelledClip]) -> list[Origin]:
    """Without a manifest every clip is its own group (nothing is known about where clips share a source)."""
    return [Origin(str(clip.path), "all generated clips" if clip.label else "camera") for clip in clips]


# --- scoring ------------------------------------------------------------------------------------------------


@dataclass
class ClipEvidence:
    """One clip in one variant: the variant's file, its format as probed, and each analyzer's pooled score
    (None where it gave no score)."""

    source: Path
    file: Path
    sha256: str  # of the variant's file
    frames: int  # analysed: the file's frames, or --max-frames of them
    format: dict
    scores: dict[str, dict[str, float] | None] = field(default_factory=dict)
    providers: dict[str, str] = field(default_factory=dict)  # analyzer id: where it ran
    encoded: bool = False  # the variant was encoded now
    analysed: int = 0  # analyzers run now rather than read from the cache


def probe_format(clip) -> dict:
    """What the container says, and nothing of the content: the format-only baseline's raw features."""
    facts = clip.facts
    width, height = facts.display_width or facts.width, facts.display_height or facts.height
    return {
        "fps": float(facts.average_rate or 0.0),
        "frames": int(clip.frame_count),
        "width": int(width),
        "height": int(height),
        "aspect": float(width / height) if height else 0.0,
        "codec": facts.codec,
        "container": facts.container,
    }


FORMAT_NUMBERS = ("fps", "frames", "width", "height", "aspect")


def format_features(formats: list[dict]) -> tuple[np.ndarray, list[str]]:
    """The format-only features as a matrix (one row per clip) and the column names: frame rate, frame count,
    width, height, aspect, and one column per codec and per container seen among `formats`."""
    codecs = sorted({f["codec"] for f in formats})
    containers = sorted({f["container"] for f in formats})
    names = [*FORMAT_NUMBERS, *(f"codec={c}" for c in codecs), *(f"container={c}" for c in containers)]
    rows = [
        [
            *(float(f[key]) for key in FORMAT_NUMBERS),
            *(float(f["codec"] == c) for c in codecs),
            *(float(f["container"] == c) for c in containers),
        ]
        for f in formats
    ]
    return np.asarray(rows, dtype=np.float64).reshape(len(formats), len(names)), names


def score_features(evidence: list[ClipEvidence], analyzers: list) -> tuple[np.ndarray, list[str]]:
    """Each clip's pooled scores (mean and p90 of every analyzer, turned so that higher is more suspicious) as
    a matrix, NaN where an analyzer gave no score, and the column names ("<id> mean", "<id> p90")."""
    names = [f"{a.manifest.id} {pool}" for a in analyzers for pool in POOLS]
    rows = []
    for item in evidence:
        row = []
        for analyzer in analyzers:
            value = item.scores.get(analyzer.manifest.id)
            row += [np.nan] * len(POOLS) if value is None else [suspicion(analyzer, value[p]) for p in POOLS]
        rows.append(row)
    return np.asarray(rows, dtype=np.float64).reshape(len(evidence), len(names)), names


class ScoreCache:
    """Per-clip analyzer results on disk, in `work`/scores/<SHA-256 of the analysed file>.json, keyed by the
    analyzer's id, version and model hash, the stride and --max-frames: a re-run with the same settings
    analyses nothing again. The file's format probe is kept there too."""

    def __init__(self, work: Path) -> None:
        self.folder = work / "scores"

    def _path(self, sha256: str) -> Path:
        return self.folder / f"{sha256}.json"

    def read(self, sha256: str) -> dict:
        try:
            data = json.loads(self._path(sha256).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"sha256": sha256, "format": None, "results": {}}
        return data if isinstance(data, dict) and data.get("sha256") == sha256 else {"sha256": sha256, "results": {}}

    def write(self, data: dict) -> None:
        from app.files.atomic import write_text_atomically

        self.folder.mkdir(parents=True, exist_ok=True)
        write_text_atomically(self._path(data["sha256"]), json.dumps(data, indent=1, sort_keys=True))

    @staticmethod
    def key(analyzer, stride: int, max_frames: int | None) -> str:
        m = analyzer.manifest
        return f"{m.id}|{m.version}|{analyzer.model_sha256}|stride={stride}|max_frames={max_frames}"


def score_clip(clip, analyzers: list, provider: str, stride: int, max_frames: int | None) -> tuple[int, dict, dict]:
    """(frames, pooled scores, providers) of every analyzer over the opened clip, decoded and fed as
    `reelcheck analyze` does it."""
    from analyzers.run import analyze, frames_needed
    from app.media.errors import MediaError

    count = min(clip.frame_count, max_frames) if max_frames else clip.frame_count
    if not analyzers:
        return count, {}, {}
    needed = frames_needed(analyzers, stride)
    numbers = [n for n in range(count) if needed(n)]

    def frames():
        for n in numbers:
            try:
                yield n, clip.frame(n, "rgb24").image
            except MediaError as error:  # a damaged frame is left out, and said
                print(f"  {clip.path.name}: {error}", file=sys.stderr)

    tracks = analyze(frames(), analyzers, provider, len(numbers), stride=stride)
    return (
        count,
        {t.analyzer.manifest.id: pooled(t.scores) for t in tracks},
        {t.analyzer.manifest.id: t.provider for t in tracks},
    )


def clip_evidence(
    source: Path,
    variant: str,
    work: Path,
    analyzers: list,
    *,
    provider: str = "auto",
    stride: int = 1,
    max_frames: int | None = None,
    source_sha256: str | None = None,
) -> ClipEvidence:
    """The clip as `variant` (encoded into `work` unless it is there already), its format features and every
    analyzer's pooled score, analysing only what the cache in `work` does not hold yet. Raises MediaError,
    ValueError or OSError for a clip that cannot be read or encoded."""
    from app.media.clip import open_clip
    from app.media.hashing import sha256_file

    sha = source_sha256 or sha256_file(source)
    file, encoded = variant_file(source, sha, variant, work, max_frames)
    file_sha = sha if file == source else sha256_file(file)
    cache = ScoreCache(work)
    stored = cache.read(file_sha)
    results = stored.setdefault("results", {})
    keys = {a.manifest.id: ScoreCache.key(a, stride, max_frames) for a in analyzers}
    missing = [a for a in analyzers if keys[a.manifest.id] not in results]
    if missing or not stored.get("format"):
        clip = open_clip(file, cache_bytes=64 << 20)
        try:
            stored["format"] = probe_format(clip)
            count, scores, providers = score_clip(clip, missing, provider, stride, max_frames)
        finally:
            clip.close()
        for analyzer in missing:
            m = analyzer.manifest
            results[keys[m.id]] = {
                "id": m.id,
                "version": m.version,
                "model_sha256": analyzer.model_sha256,
                "stride": stride,
                "max_frames": max_frames,
                "frames": count,
                "pooled": scores.get(m.id),
                "provider": providers.get(m.id, ""),
            }
        stored["file"] = file.name
        cache.write(stored)
    fmt = stored["format"]
    frames = min(fmt["frames"], max_frames) if max_frames else fmt["frames"]
    return ClipEvidence(
        source,
        file,
        file_sha,
        frames,
        fmt,
        {i: results[key]["pooled"] for i, key in keys.items()},
        {i: results[key]["provider"] for i, key in keys.items()},
        encoded,
        len(missing),
    )


def evidence_for(
    files: list[Path],
    variant: str,
    work: Path,
    analyzers: list,
    *,
    provider: str = "auto",
    stride: int = 1,
    max_frames: int | None = None,
    log: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
) -> list[ClipEvidence | None]:
    """For reuse by training scripts: each file's `ClipEvidence` in `variant` (None for a file that could not be
    read, said through `log`), cached in `work` as the evaluation caches it. `score_features` and
    `format_features` turn the list into matrices."""
    from app.media.errors import MediaError

    out: list[ClipEvidence | None] = []
    for file in files:
        try:
            out.append(
                clip_evidence(file, variant, work, analyzers, provider=provider, stride=stride, max_frames=max_frames)
            )
        except (MediaError, ValueError, OSError) as error:
            log(f"  {file.name}, {variant}: {error}; left out")
            out.append(None)
    return out


def suspicion(analyzer, value: float) -> float:
    """The score turned so that higher is always more suspicious."""
    return -value if analyzer.manifest.output.score_direction == "lower_is_more_suspicious" else value


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
    results: dict[tuple[int, str], ClipEvidence] = field(default_factory=dict)  # (clip index, variant)
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
                item = clip_evidence(
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


# --- the self-test ------------------------------------------------------------------------------------------

SELF_TEST_SIZE = (320, 180)
SELF_TEST_FRAMES = 8
SELF_TEST_PER_CLASS = 6


def write_self_test_folder(folder: Path) -> Path:
    """Six camera-like clips (label 0) and six with a smoothed-over, waxy patch (label 1), 320x180, 8 frames each,
    slowly panning; plus one row with a missing file and one with a bad label, which the run reports and skips;
    and a MANIFEST.csv beside it that puts each class's clips in two "repositories"."""
    import cv2

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.artifacts import camera_like_frame, write_clip

    width, height = SELF_TEST_SIZE
    rng = np.random.default_rng(7)
    rows = ["path,label"]
    manifest = ["file,label,source_repo,family"]
    for i in range(2 * SELF_TEST_PER_CLASS):
        label = i % 2
        patch_w, patch_h = int(rng.integers(80, 130)), int(rng.integers(50, 90))
        left, top = int(rng.integers(0, width - patch_w)), int(rng.integers(0, height - patch_h))

        def frames(i=i, label=label, left=left, top=top, patch_w=patch_w, patch_h=patch_h):
            for n in range(SELF_TEST_FRAMES):
                frame = camera_like_frame(seed=100 * i + n, size=SELF_TEST_SIZE, shift=2 * n)
                if label:
                    patch = frame[top : top + patch_h, left : left + patch_w]
                    frame[top : top + patch_h, left : left + patch_w] = cv2.GaussianBlur(patch, (0, 0), 3)
                yield frame

        kind = "generated" if label else "camera"
        name = f"{kind}_{i // 2 + 1}.mp4"
        write_clip(folder / name, frames(), crf=12, pix_fmt="yuv420p")
        rows.append(f"{name},{label}")
        # Two "repositories" per class, so the grouped folds have something to keep apart.
        manifest.append(f"{name},{label},self-test/{kind}-{'ab'[i // 2 % 2]},{kind} model {'ab'[i // 2 % 2]}")
    rows += ["missing.mp4,1", f"{'camera_1.mp4'},maybe"]
    labels = folder / "labels.csv"
    labels.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "MANIFEST.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return labels


# --- the command line ---------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("labels", type=Path, nargs="?", help="CSV with the header path,label (1 generated, 0 camera)")
    parser.add_argument("--detectors", help="analyzer ids, comma-separated (default: all)")
    parser.add_argument("--stride", type=int, default=1, help="analyse every Nth frame (default 1)")
    parser.add_argument("--max-frames", type=int, help="analyse (and re-encode) only the first N frames of a clip")
    parser.add_argument(
        "--variants", default=",".join(VARIANTS), help=f"comma-separated, of {', '.join(VARIANTS)} (default: all)"
    )
    parser.add_argument(
        "--manifest",
        type=Path,
        help="CSV with file and source_repo columns (and family or model_or_origin) for grouped CV"
        " (default: MANIFEST.csv beside the labels, if there is one)",
    )
    parser.add_argument("--work", type=Path, help="folder for the re-encodes, kept as a cache (default: temporary)")
    parser.add_argument("--json", type=Path, dest="out", metavar="OUT", help="write the table and per-clip scores")
    parser.add_argument("--provider", choices=("auto", "cuda", "cpu"), default="auto")
    parser.add_argument("--plugins", type=Path, help="a folder of analyzer plugins to look in as well")
    parser.add_argument(
        "--calibration",
        help="a clip-level calibration to measure as a row of its own (default: the shipped one; 'none': no row)",
    )
    parser.add_argument("--self-test", action="store_true", help="evaluate a synthetic labelled folder")
    args = parser.parse_args(argv)
    if not args.self_test and args.labels is None:
        parser.error("give the labels CSV, or --self-test")
    if args.stride < 1:
        parser.error("--stride must be 1 or more")
    if args.max_frames is not None and args.max_frames < 1:
        parser.error("--max-frames must be 1 or more")
    args.variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in args.variants if v not in VARIANTS]
    if unknown or not args.variants:
        parser.error(f"unknown variants {unknown}: choose from {', '.join(VARIANTS)}")
    return args


def run(args: argparse.Namespace, labels: Path, work: Path) -> int:
    from analyzers.registry import discover

    try:
        clips, problems = read_labels(labels)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        print(error, file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    if not clips:
        print(f"{labels}: no usable rows", file=sys.stderr)
        return 2
    registry = discover(args.plugins)
    for broken in registry.broken:
        print(f"cannot use {broken.folder} ({broken.origin}): {broken.reason}", file=sys.stderr)
    try:
        chosen = [registry.get(i.strip()) for i in args.detectors.split(",")] if args.detectors else []
    except KeyError as error:
        print(error.args[0], file=sys.stderr)
        return 2
    chosen = chosen or list(registry.analyzers)
    manifest = args.manifest or (labels.parent / "MANIFEST.csv")
    origins = None
    if args.manifest or manifest.is_file():
        try:
            origins, unnamed = read_manifest(manifest, clips)
        except (OSError, ValueError, UnicodeDecodeError) as error:
            print(error, file=sys.stderr)
            return 2
        for problem in unnamed:
            print(problem, file=sys.stderr)
    started = time.perf_counter()
    evaluation = evaluate(
        clips, chosen, args.variants, work, args.provider, args.stride, args.max_frames, origins=origins
    )
    try:
        evaluation.calibration = _calibration(args.calibration)
    except ValueError as error:  # CalibrationError: the file named is not one
        print(f"--calibration: {error}", file=sys.stderr)
        return 2
    print(table(evaluation))
    print(
        f"\n{len(clips)} clips ({len(problems)} rows skipped), {evaluation.encoded} re-encoded,"
        f" {evaluation.reused} re-encodes reused from {work}, {evaluation.analysed} analyzer runs over a clip"
        f" (the others read from {work / 'scores'}), {evaluation.failed} clip variants failed,"
        f" {time.perf_counter() - started:.0f} s"
    )
    if args.out:
        from app.files.atomic import write_text_atomically

        result = as_json(evaluation, labels, args.stride, args.max_frames)
        try:
            write_text_atomically(args.out, json.dumps(result, indent=2, ensure_ascii=False))
        except OSError as error:
            print(f"Could not write {args.out}: {error.strerror or error}.", file=sys.stderr)
            return 2
        print(f"wrote {args.out}")
    return 0


def _calibration(choice: str | None) -> Calibration | None:
    """The calibration --calibration names; by default the shipped one, when it is there."""
    from analyzers.resources import shipped_calibration_path

    if choice == "none":
        return None
    path = Path(choice) if choice else shipped_calibration_path()
    if not choice and not path.is_file():
        return None
    return load_calibration(path)


def self_test(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="reelcheck-eval-") as temporary:
        folder = Path(temporary)
        print(
            f"self-test: {SELF_TEST_PER_CLASS} camera-like clips (label 0) and {SELF_TEST_PER_CLASS} with a blurred,"
            f" waxy patch (label 1), {SELF_TEST_SIZE[0]}x{SELF_TEST_SIZE[1]}, {SELF_TEST_FRAMES} frames, in {folder}"
        )
        labels = write_self_test_folder(folder)
        work = args.work or folder / "work"
        work.mkdir(parents=True, exist_ok=True)
        code = run(args, labels, work)
        if code:
            return code
        from analyzers.registry import discover

        registry = discover(args.plugins)
        ids = [i.strip() for i in args.detectors.split(",")] if args.detectors else []
        chosen = [registry.get(i) for i in ids] or list(registry.analyzers)
        clips, _ = read_labels(labels)
        again = evaluate(clips, chosen, args.variants, work, args.provider, args.stride, args.max_frames, log=_quiet)
        print(
            f"second pass: {again.reused} re-encodes found in the cache, {again.encoded} encoded;"
            f" {again.analysed} analyzer runs over a clip (the others read from the score cache)"
        )
        return 0 if not again.encoded and not again.analysed else 1


def _quiet(line: str) -> None:
    pass


class _OnceEach(logging.Filter):
    """Lets each message through once: the engine warns about a provider fallback every time a detector opens,
    and here that is once per clip and variant."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message in self.seen:
            return False
        self.seen.add(message)
        return True


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.getLogger("analyzers.engine").addFilter(_OnceEach())
    if args.self_test:
        return self_test(args)
    if args.work is not None:
        args.work.mkdir(parents=True, exist_ok=True)
        return run(args, args.labels, args.work)
    with tempfile.TemporaryDirectory(prefix="reelcheck-eval-") as temporary:
        return run(args, args.labels, Path(temporary))
