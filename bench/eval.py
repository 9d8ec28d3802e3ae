"""Per-clip AUC of each analyzer on a labelled folder of clips, as shot and after the re-encodes platforms apply.

The labels are a CSV with the header `path,label`: `label` is 1 for a generated or manipulated clip and 0 for an
authentic camera clip; a path is relative to the CSV's folder or absolute. A row whose file is missing or whose
label is not 0 or 1 is reported on stderr with its line number and skipped.

Every clip is scored by every chosen analyzer, exactly as `reelcheck analyze` does it (frames decoded by the
media engine, every `--stride`-th frame analysed). An analyzer's score for a clip is the mean of its per-frame
scores, and, because detectors often fire on a few frames only, also their 90th percentile. Scores of analyzers
whose manifest says "lower_is_more_suspicious" are negated first, so an AUC of 1.0 always means that every
generated clip scored as more suspicious than every camera clip, 0.5 that the score tells them apart no better
than a coin, and below 0.5 that it ranks them the wrong way round. The AUC is the Mann-Whitney rank statistic
(ties count one half).

Variants of each clip (`--variants`, all by default):

    original   the file as it is
    crf18      H.264 (libx264, preset medium, yuv420p) at CRF 18, the original size
    crf23      the same at CRF 23, about what platforms deliver
    crf28      the same at CRF 28, a heavily compressed repost
    half       half the width and height (bicubic, even sizes) at CRF 23, a downscaled repost

Re-encodes are made frame by frame with PyAV (a clip is never held in memory), upright, and written into
`--work` as <SHA-256 of the source>_<variant>.mp4, so a second run over the same folder does not encode again;
without `--work` they go into a temporary folder that is removed at the end. With `--max-frames` only that many
frames are analysed, and re-encoded (the cached name then says so). Keep `--work` between runs that are to be
compared: libx264 here has not given bit-identical re-encodes in every process (the same input, encoded again in
a fresh folder, differed by a few grey levels), so fresh re-encodes move small-sample AUCs a little.

Run from the repository root:

    python -m bench.eval LABELS.csv                          # every analyzer, every variant
    python -m bench.eval LABELS.csv --detectors noise_level --variants original,crf23 --stride 5 --work ~/rc-eval
    python -m bench.eval LABELS.csv --json results.json      # the table plus every clip's scores
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

ROOT = Path(__file__).resolve().parent.parent

VARIANTS = ("original", "crf18", "crf23", "crf28", "half")
CRF = {"crf18": 18, "crf23": 23, "crf28": 28, "half": 23}
PRESET = "medium"
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


# --- the AUC ------------------------------------------------------------------------------------------------


def midranks(values: np.ndarray) -> np.ndarray:
    """1-based ranks of `values`, tied values sharing the mean of the ranks they span."""
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


def pooled(scores: list[float]) -> dict[str, float] | None:
    """A clip's score from its per-frame scores: their mean and their 90th percentile (None: no finite score)."""
    values = np.asarray(scores, dtype=np.float64)
    values = values[np.isfinite(values)]
    if values.size == 0:
        return None
    return {"mean": float(values.mean()), "p90": float(np.percentile(values, 90))}


# --- the variants -------------------------------------------------------------------------------------------


def variant_name(sha256: str, variant: str, max_frames: int | None) -> str:
    limit = f"_first{max_frames}" if max_frames else ""
    return f"{sha256}_{variant}_x264{PRESET}{limit}.mp4"


def variant_file(source: Path, sha256: str, variant: str, work: Path, max_frames: int | None) -> tuple[Path, bool]:
    """The clip as `variant` (the source itself for "original"), and whether it had to be encoded now."""
    if variant == "original":
        return source, False
    target = work / variant_name(sha256, variant, max_frames)
    if target.is_file():
        return target, False
    partial = target.with_name(target.stem + ".partial.mp4")
    try:
        reencode(source, partial, CRF[variant], half=variant == "half", max_frames=max_frames)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target, True


def _even(n: int) -> int:
    return max(2, n - n % 2)


def _decoded_frames(container, stream) -> Iterator:
    """The stream's frames in order; a packet that does not decode is left out, as a damaged frame."""
    for packet in container.demux(stream):
        try:
            frames = packet.decode()
        except av.error.FFmpegError:  # a damaged packet
            continue
        yield from frames


def reencode(source: Path, target: Path, crf: int, half: bool = False, max_frames: int | None = None) -> int:
    """Write `source` as H.264 (libx264, yuv420p, `crf`) into `target`, upright, one frame at a time, at the
    original size (cut to even numbers by dropping the last row or column) or at half of it. Returns the number
    of frames written."""
    from app.media.upright import upright

    written = 0
    with av.open(str(source)) as container, av.open(str(target), "w") as out:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        rate = stream.average_rate or stream.guessed_rate or Fraction(30)
        encoder = None
        size = (0, 0)
        for frame in _decoded_frames(container, stream):
            if max_frames and written >= max_frames:
                break
            rotation = round((frame.rotation or 0) / 90) * 90 % 360
            width, height = (frame.height, frame.width) if rotation in (90, 270) else (frame.width, frame.height)
            if encoder is None:
                size = (_even(width // 2), _even(height // 2)) if half else (_even(width), _even(height))
                encoder = out.add_stream("libx264", rate=rate, options={"crf": str(crf), "preset": PRESET})
                encoder.width, encoder.height = size
                encoder.pix_fmt = "yuv420p"
            if rotation or (not half and (width, height) != size):
                image = upright(frame.to_ndarray(format="rgb24"), rotation)
                if not half:
                    image = np.ascontiguousarray(image[: size[1], : size[0]])
                frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            picture = frame.reformat(width=size[0], height=size[1], format="yuv420p", interpolation="BICUBIC")
            picture.pts = written
            picture.time_base = 1 / Fraction(rate)
            out.mux(encoder.encode(picture))
            written += 1
        if encoder is None:
            raise ValueError(f"{source.name}: no frame could be decoded")
        out.mux(encoder.encode())
    return written


# --- scoring ------------------------------------------------------------------------------------------------


@dataclass
class Scored:
    """One clip in one variant: each analyzer's pooled score (None where it gave no score)."""

    file: Path
    frames: int
    scores: dict[str, dict[str, float] | None] = field(default_factory=dict)
    providers: dict[str, str] = field(default_factory=dict)  # analyzer id: where it ran


def score_clip(path: Path, analyzers: list, provider: str, stride: int, max_frames: int | None) -> Scored:
    """Every analyzer's pooled score for the clip, decoded and fed as `reelcheck analyze` does it."""
    from analyzers.run import analyze, frames_needed
    from app.media.clip import open_clip
    from app.media.errors import MediaError

    clip = open_clip(path, cache_bytes=64 << 20)
    try:
        count = min(clip.frame_count, max_frames) if max_frames else clip.frame_count
        needed = frames_needed(analyzers, stride)
        numbers = [n for n in range(count) if needed(n)]

        def frames():
            for n in numbers:
                try:
                    yield n, clip.frame(n, "rgb24").image
                except MediaError as error:  # a damaged frame is left out, and said
                    print(f"  {path.name}: {error}", file=sys.stderr)

        tracks = analyze(frames(), analyzers, provider, len(numbers), stride=stride)
    finally:
        clip.close()
    return Scored(
        path,
        count,
        {t.analyzer.manifest.id: pooled(t.scores) for t in tracks},
        {t.analyzer.manifest.id: t.provider for t in tracks},
    )


def suspicion(analyzer, value: float) -> float:
    """The score turned so that higher is always more suspicious."""
    return -value if analyzer.manifest.output.score_direction == "lower_is_more_suspicious" else value


# --- the evaluation -----------------------------------------------------------------------------------------


@dataclass
class Evaluation:
    analyzers: list
    variants: list[str]
    clips: list[LabelledClip]
    results: dict[tuple[int, str], Scored] = field(default_factory=dict)  # (clip index, variant)
    sha256: dict[int, str] = field(default_factory=dict)
    encoded: int = 0
    reused: int = 0
    failed: int = 0

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
) -> Evaluation:
    from app.media.errors import MediaError
    from app.media.hashing import sha256_file

    evaluation = Evaluation(analyzers, variants, clips)
    for i, clip in enumerate(clips):
        sha = evaluation.sha256[i] = sha256_file(clip.path)
        for variant in variants:
            log(f"clip {i + 1} of {len(clips)}, {variant}: {clip.path.name}")
            started = time.perf_counter()
            try:
                file, encoded = variant_file(clip.path, sha, variant, work, max_frames)
                evaluation.encoded += encoded
                evaluation.reused += variant != "original" and not encoded
                evaluation.results[(i, variant)] = score_clip(file, analyzers, provider, stride, max_frames)
            except (MediaError, ValueError, OSError) as error:
                evaluation.failed += 1
                log(f"  {clip.path.name} (line {clip.line}), {variant}: {error}; left out of this variant")
                continue
            except Exception as error:  # PyAV raises many error types; one bad clip must not end the run
                evaluation.failed += 1
                log(f"  {clip.path.name} (line {clip.line}), {variant}: {type(error).__name__}: {error}; left out")
                continue
            log(f"  {'encoded and ' if encoded else ''}scored in {time.perf_counter() - started:.1f} s")
    return evaluation


def table(evaluation: Evaluation) -> str:
    """The AUC table, analyzer x variant, mean / p90, with the clips per class."""
    lines = [
        "AUC per analyzer and variant: per-clip score = mean / 90th percentile of the per-frame scores",
        "(1.0: every generated clip above every camera clip; 0.5: chance; below 0.5: the wrong way round)",
        "",
    ]
    header = ["analyzer", *evaluation.variants]
    rows = [["clips (1 / 0)", *[" / ".join(map(str, evaluation.counts(v))) for v in evaluation.variants]]]
    for analyzer in evaluation.analyzers:
        cells = [analyzer.manifest.id]
        for variant in evaluation.variants:
            values = [auc(*evaluation.class_scores(analyzer, variant, pool)) for pool in POOLS]
            if None in values:  # both pools score the same clips: a class is empty for both
                positives, negatives = evaluation.class_scores(analyzer, variant, "mean")
                cells.append("no label-1 clips" if not positives else "no label-0 clips")
            else:
                cells.append(" / ".join(f"{v:.3f}" for v in values))
        rows.append(cells)
    widths = [max(len(r[j]) for r in [header, *rows]) for j in range(len(header))]

    def render(cells: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    lines += [render(header), render(["-" * w for w in widths]), *map(render, rows)]
    directions = [a.manifest.id for a in evaluation.analyzers if suspicion(a, 1.0) < 0]
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
    clips = []
    for i, clip in enumerate(evaluation.clips):
        variants = {}
        for variant in evaluation.variants:
            scored = evaluation.results.get((i, variant))
            variants[variant] = (
                None if scored is None else {"file": str(scored.file), "frames": scored.frames, "scores": scored.scores}
            )
        clips.append(
            {
                "path": str(clip.path),
                "line": clip.line,
                "label": clip.label,
                "sha256": evaluation.sha256.get(i),
                "variants": variants,
            }
        )
    return {
        "tool": {"name": "ReelCheck bench.eval", "version": __version__},
        "labels": str(labels) if labels else None,
        "stride": stride,
        "max_frames": max_frames,
        "variants": {v: ("the file as it is" if v == "original" else _recipe(v)) for v in evaluation.variants},
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
        "clips": clips,
        "note": "Scores in 'clips' are as the analyzers gave them; the AUC uses them negated where lower is more "
        "suspicious. An AUC measured on one folder does not carry over to other footage.",
    }


def _recipe(variant: str) -> str:
    size = "half width and height, bicubic, even" if variant == "half" else "original size, cut to even"
    return f"libx264 preset {PRESET}, yuv420p, CRF {CRF[variant]}, {size}"


# --- the self-test ------------------------------------------------------------------------------------------

SELF_TEST_SIZE = (320, 180)
SELF_TEST_FRAMES = 8
SELF_TEST_PER_CLASS = 6


def write_self_test_folder(folder: Path) -> Path:
    """Six camera-like clips (label 0) and six with a smoothed-over, waxy patch (label 1), 320x180, 8 frames each,
    slowly panning; plus one row with a missing file and one with a bad label, which the run reports and skips."""
    import cv2

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.artifacts import camera_like_frame, write_clip

    width, height = SELF_TEST_SIZE
    rng = np.random.default_rng(7)
    rows = ["path,label"]
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

        name = f"{'generated' if label else 'camera'}_{i // 2 + 1}.mp4"
        write_clip(folder / name, frames(), crf=12, pix_fmt="yuv420p")
        rows.append(f"{name},{label}")
    rows += ["missing.mp4,1", f"{'camera_1.mp4'},maybe"]
    labels = folder / "labels.csv"
    labels.write_text("\n".join(rows) + "\n", encoding="utf-8")
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
    parser.add_argument("--work", type=Path, help="folder for the re-encodes, kept as a cache (default: temporary)")
    parser.add_argument("--json", type=Path, dest="out", metavar="OUT", help="write the table and per-clip scores")
    parser.add_argument("--provider", choices=("auto", "cuda", "cpu"), default="auto")
    parser.add_argument("--plugins", type=Path, help="a folder of analyzer plugins to look in as well")
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
    started = time.perf_counter()
    evaluation = evaluate(clips, chosen, args.variants, work, args.provider, args.stride, args.max_frames)
    print(table(evaluation))
    print(
        f"\n{len(clips)} clips ({len(problems)} rows skipped), {evaluation.encoded} re-encoded,"
        f" {evaluation.reused} re-encodes reused from {work}, {evaluation.failed} clip variants failed,"
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
        from app.media.hashing import sha256_file

        clips, _ = read_labels(labels)
        again = [
            variant_file(c.path, sha256_file(c.path), v, work, args.max_frames)[1]
            for c in clips
            for v in args.variants
            if v != "original"
        ]
        print(f"second pass over the re-encodes: {again.count(False)} found in the cache, {again.count(True)} encoded")
        return 0 if not any(again) else 1


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


if __name__ == "__main__":
    sys.exit(main())
