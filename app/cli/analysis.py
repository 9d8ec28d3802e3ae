"""`reelcheck detectors` and `reelcheck analyze`: the analyzers from the command line, without a display."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app import __version__
from app.analysis.detector_words import problem_words
from app.cli.output import fail, file_said, json_help, json_text, not_written, plugins_help, say, stride_refused
from app.i18n import translate


def add_parsers(commands: argparse._SubParsersAction) -> None:
    listing = commands.add_parser(
        "detectors", help=translate("Detectors command", "list the analyzers, and any that cannot be used and why")
    )
    listing.add_argument("--json", action="store_true", help=json_help())
    listing.add_argument("--plugins", type=Path, help=plugins_help())
    run = commands.add_parser(
        "analyze", help=translate("Detectors command", "score every frame of a clip with the analyzers, as JSON")
    )
    run.add_argument("file", type=Path)
    run.add_argument("--detectors", help=translate("Detectors command", "analyzer ids, comma-separated (default: all)"))
    run.add_argument(
        "--provider",
        choices=("auto", "cuda", "cpu"),
        help=translate("Detectors command", "where detectors run (default auto)"),
    )
    run.add_argument(
        "--stride", type=int, default=1, help=translate("Detectors command", "analyse every Nth frame (default 1)")
    )
    run.add_argument("--plugins", type=Path, help=plugins_help())
    run.add_argument(
        "--json", type=Path, dest="out", metavar="OUT", help=translate("Detectors command", "where to write the JSON")
    )
    run.add_argument(
        "--record",
        action="store_true",
        help=translate("Detectors command", "record the runs on this clip in the case database, for its dossier"),
    )


def list_detectors(args: argparse.Namespace) -> int:
    from analyzers.registry import discover
    from app.analysis.detector_words import shown_manifest, shown_origin

    registry = discover(args.plugins)
    if args.json:
        print(json_text(_listing(registry)))
        return 0
    for analyzer in registry.analyzers:
        manifest = shown_manifest(analyzer.manifest)
        say(
            f"{manifest.id}  {manifest.version}  {manifest.kind}  ({shown_origin(analyzer.origin)})",
            translate("Detectors command", "  {name}: {cue}").format(name=manifest.name, cue=manifest.cue),
            translate("Detectors command", "  model SHA-256 {sha256}").format(sha256=analyzer.model_sha256),
        )
    for broken in registry.broken:
        words = translate("Detectors command", "cannot use {folder} ({origin}): {reason}")
        reason = problem_words(broken.reason)
        say(words.format(folder=broken.folder, origin=shown_origin(broken.origin), reason=reason))
    return 0


def _listing(registry) -> dict:
    return {
        "analyzers": [
            {
                "id": a.manifest.id,
                "name": a.manifest.name,
                "version": a.manifest.version,
                "kind": a.manifest.kind,
                "origin": a.origin,
                "cue": a.manifest.cue,
                "failure_modes": list(a.manifest.failure_modes),
                "model_sha256": a.model_sha256,
            }
            for a in registry.analyzers
        ],
        "unusable": [{"folder": str(b.folder), "origin": b.origin, "reason": b.reason} for b in registry.broken],
    }


def analyze_clip(args: argparse.Namespace) -> int:
    from analyzers.registry import discover
    from app.analysis.whole_clip import score_clip
    from app.media.errors import MediaError
    from app.media.hashing import sha256_file

    if args.stride < 1:
        return fail(stride_refused())
    if args.out is None and not args.record:
        return fail(
            translate(
                "Detectors command",
                "Say where the scores go: --json OUT, --record (into the case database), or both.",
            )
        )
    registry = discover(args.plugins)
    try:
        chosen = [registry.get(i.strip()) for i in args.detectors.split(",")] if args.detectors else []
    except KeyError as error:
        return fail(problem_words(error.args[0]))
    chosen = chosen or list(registry.analyzers)
    started = time.perf_counter()

    def damaged(error: MediaError) -> None:  # said, and the rest is analysed
        say(file_said(args.file, error), error=True)

    provider = args.provider or args.engine_provider or "auto"
    try:
        tracks, frame_count, analysed = score_clip(
            args.file, chosen, provider, args.stride, args.cache_mb, _progress_printer(), damaged
        )
    except MediaError as error:
        return fail(file_said(args.file, error))
    failed = [track for track in tracks if track.problem]  # each said in a line; the others' scores are kept
    for track in failed:  # a plugin's model names its own nodes, and ONNX Runtime's errors quote them
        words = translate("Detectors command", "{file}: detector {id} could not score it: {reason}.")
        reason = problem_words(track.problem)
        say(words.format(file=args.file, id=track.analyzer.manifest.id, reason=reason), error=True)
    tracks = [track for track in tracks if not track.problem]
    sha256 = sha256_file(args.file)
    result = {
        "tool": {"name": "ReelCheck", "version": __version__},
        "clip": {"file": str(args.file), "sha256": sha256, "frame_count": frame_count},
        "stride": args.stride,
        "analyzers": [track.as_dict() for track in tracks],
        "not_scored": [_not_scored(track) for track in failed],
        "seconds": round(time.perf_counter() - started, 3),
        "note": "Scores are evidence for a reviewer, not a verdict on the clip.",
    }
    if args.record:
        problem = _record(args, sha256, tracks)
        if problem:  # minutes of work are not thrown away because the case could not take them
            return fail(f"{problem} {_keep_unrecorded(args, result)}")
    if args.out is not None:
        try:
            _write_json(args.out, result)
        except OSError as error:
            return fail(not_written(args.out, error))
    where = ", ".join(
        str(x) for x in (args.out, translate("Detectors command", "recorded in the case") if args.record else None) if x
    )
    words = translate("Detectors command", "{where}: {frames} frames, {analyzers} analyzers on the {provider}")
    provider = tracks[0].provider if tracks else "-"
    say(words.format(where=where, frames=analysed, analyzers=len(tracks), provider=provider))
    return 1 if failed else 0


def _not_scored(track) -> dict:
    manifest = track.analyzer.manifest
    return {"id": manifest.id, "name": manifest.name, "version": manifest.version, "reason": track.problem}


def _record(args: argparse.Namespace, sha256: str, tracks: list) -> str:
    """Records `tracks` on the case's clip with this file's hash, all or none; returns what went wrong, in a
    sentence."""
    from app.cli.case import record_on_clip

    runs = [{**track.as_dict(), "stride": args.stride} for track in tracks]
    return record_on_clip(args, sha256, lambda store, clip_id: store.record_analyses(clip_id, runs))


def _keep_unrecorded(args: argparse.Namespace, result: dict) -> str:
    """Keeps the scores that could not be recorded: in the --json file, else in a file written for them in the user
    data folder, else beside the clip. Says where, in a sentence."""
    from datetime import UTC, datetime

    from app.store.location import unrecorded_scores_folder

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    name = f"{args.file.stem}-{result['clip']['sha256'][:12]}-{stamp}.scores.json"
    for target in (args.out, unrecorded_scores_folder() / name, args.file.parent / name):
        if target is None:
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_json(target, result)
        except OSError:
            continue
        return translate("Detectors command", "The scores are kept in {file}.").format(file=target)
    return translate(
        "Detectors command", "The scores could not be kept either: no folder would take them (is the disk full?)."
    )


class OverlayNotDrawn(ValueError):
    """The analyzer cannot measure these frames (too small, say); the message says why."""


def overlay_painter(analyzer_id: str):
    """(window, paint): paint(bgr_frames) draws `analyzer_id`'s heatmap for the last of `window` consecutive
    BGR frames over it, as the player shows it by default, or raises OverlayNotDrawn.

    Raises KeyError with the reason when there is no such analyzer."""

    from analyzers.colour import blend, heatmap_bgra
    from analyzers.engine import FramesNotAnalysable, open_detector
    from analyzers.pictures import stack
    from analyzers.registry import discover

    manifest = discover().get(analyzer_id).manifest
    detector = open_detector(manifest, "auto")
    low, high = manifest.output.heatmap_range

    def paint(bgr_frames):
        try:
            heatmaps, _ = detector.run(stack(bgr_frames, manifest.input.colour_order, given="bgr"))
        except FramesNotAnalysable as error:
            raise OverlayNotDrawn(problem_words(error.args[0])) from None
        heat = heatmap_bgra(heatmaps[-1], low, high, manifest.colour_map)
        return blend(bgr_frames[-1], heat, manifest.default_opacity)

    return manifest.window, paint


def _progress_printer():
    last = [0.0]

    def report(done: int, total: int | None) -> None:
        now = time.monotonic()
        if total and (now - last[0] > 1.0 or done == total):
            last[0] = now
            words = translate("Detectors command", "analysed {done}/{total} frames ({percent}%)")
            say(words.format(done=done, total=total, percent=100 * done // total), error=True)

    return report


def _write_json(path: Path, result: dict) -> None:
    import json  # json, tempfile and friends: not on every start of the GUI

    from app.files.atomic import write_text_atomically

    write_text_atomically(path, json.dumps(result, indent=2, ensure_ascii=False))
