"""The command line, `python -m bench.eval`, and its self-test."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

from analyzers.evidence.clip_model import Calibration, load_calibration
from bench.eval.evaluation import evaluate
from bench.eval.json_report import as_json
from bench.eval.labels import read_labels, read_manifest
from bench.eval.synthetic import SELF_TEST_FRAMES, SELF_TEST_PER_CLASS, SELF_TEST_SIZE, write_self_test_folder
from bench.eval.tables import table
from bench.eval.variants import VARIANTS

# --- the command line ---------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    import bench.eval

    description = bench.eval.__doc__.split("\n\n")[0]  # the package's docstring tells what the evaluation does
    parser = argparse.ArgumentParser(prog="python -m bench.eval", description=description)
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
    try:  # read before the long part, so that a wrong file is said at once
        calibration = _calibration(args.calibration)
    except ValueError as error:  # CalibrationError: the file named is not one
        print(f"--calibration: {error}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    evaluation = evaluate(
        clips, chosen, args.variants, work, args.provider, args.stride, args.max_frames, origins=origins
    )
    evaluation.calibration = calibration
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
