"""The parser shared with the GUI commands, `reelcheck probe` and `reelcheck frame`."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.cli import analysis as analysis_cli
from app.cli import case as case_cli
from app.cli import export as export_cli
from app.cli import provenance as provenance_cli
from app.cli import verify as verify_cli

if TYPE_CHECKING:
    from app.media.facts import MediaFacts

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reelcheck", description="Review workstation for suspected AI-generated video clips."
    )
    parser.add_argument("--version", action="version", version=f"reelcheck {__version__}")
    parser.add_argument(
        "--cache-mb", type=_cache_size, default=512, help="memory for decoded frames, in MiB (default 512, at least 64)"
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the case database (default: reelcheck.db in the user data folder); made if it does not exist",
    )
    parser.add_argument(
        "--provider",
        dest="engine_provider",
        choices=("auto", "cuda", "cpu"),
        help="where detectors run: auto (the GPU when it really works, else the CPU), cuda or cpu; "
        "overrides the setting in the player's View menu",
    )
    commands = parser.add_subparsers(dest="command")
    opener = commands.add_parser("open", help="open a clip in the player")
    opener.add_argument("file", type=Path)
    demo = commands.add_parser("demo", help="open the player on the demo case (generated clips, reviewed)")
    demo.add_argument(
        "--no-gui", action="store_true", help="only build the demo case in the database (see --db) and exit"
    )
    probe = commands.add_parser("probe", help="print a clip's media facts and SHA-256")
    probe.add_argument("file", type=Path)
    probe.add_argument("--json", action="store_true", help="print JSON instead of text")
    frame = commands.add_parser("frame", help="write exact frames as PNG files (upright, full resolution)")
    frame.add_argument("file", type=Path)
    frame.add_argument("numbers", type=int, nargs="+", metavar="N", help="frame numbers, from 0")
    frame.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    frame.add_argument("--overlay", metavar="ID", help="draw this analyzer's heatmap over each frame")
    analysis_cli.add_parsers(commands)
    case_cli.add_parsers(commands)
    export_cli.add_parsers(commands)
    verify_cli.add_parsers(commands)
    provenance_cli.add_parsers(commands)
    return parser


def _cache_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of MiB") from None
    if value < 64:
        raise argparse.ArgumentTypeError("give the frame cache at least 64 MiB")
    return value


def probe(args: argparse.Namespace) -> int:
    from app.media.clip import open_clip
    from app.media.errors import MediaError
    from app.media.hashing import sha256_file

    try:
        clip = open_clip(args.file, cache_bytes=args.cache_mb << 20)
    except MediaError as error:
        return _fail(f"{args.file}: {error}")
    clip.close()
    sha256 = sha256_file(args.file)
    if args.json:
        print(json.dumps({**clip.facts.as_dict(), "sha256": sha256}, indent=2, ensure_ascii=False))
    else:
        print(_facts_text(clip.facts, sha256))
    return 0


def write_frames(args: argparse.Namespace) -> int:
    import cv2

    from analyzers.engine import FramesNotAnalysable
    from app.media.clip import open_clip
    from app.media.errors import MediaError

    try:
        window, overlay = analysis_cli.overlay_painter(args.overlay) if args.overlay else (1, None)
    except KeyError as error:
        return _fail(error.args[0])
    try:
        clip = open_clip(args.file, cache_bytes=args.cache_mb << 20)
    except MediaError as error:
        return _fail(f"{args.file}: {error}")
    args.out.mkdir(parents=True, exist_ok=True)
    width = len(str(clip.frame_count - 1))
    suffix = f"_{args.overlay}" if args.overlay else ""
    failures = 0
    # Sorted, so that frames in the same GOP are decoded in one run.
    for n in sorted(set(args.numbers)):
        if n < window - 1:
            failures += 1
            print(
                f"{args.file}: frame {n}: the {args.overlay} overlay compares {window} frames in a row, "
                f"so it starts at frame {window - 1}.",
                file=sys.stderr,
            )
            continue
        try:
            frames = [clip.frame(m, "bgr24").image for m in range(n - window + 1, n + 1)]
        except MediaError as error:  # a damaged frame; the others are still written
            failures += 1
            print(f"{args.file}: {error}", file=sys.stderr)
            continue
        target = args.out / f"frame_{n:0{width}d}{suffix}.png"
        try:
            image = overlay(frames) if overlay else frames[-1]
        except FramesNotAnalysable as error:
            failures += 1
            print(f"{args.file}: frame {n}: the {args.overlay} overlay cannot be drawn: {error}.", file=sys.stderr)
            continue
        if not cv2.imwrite(str(target), image):
            clip.close()
            return _fail(f"Could not write {target}: is the folder writable?")
        print(target)
    clip.close()
    return 1 if failures else 0


def _facts_text(facts: MediaFacts, sha256: str) -> str:
    from app.text.facts import facts_sections

    lines = []
    for title, rows in facts_sections(facts, sha256):
        lines.append(title)
        lines += [f"  {label:<18} {value}" for label, value in rows]
    return "\n".join(lines)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


HEADLESS_COMMANDS = {
    "probe": probe,
    "frame": write_frames,
    "detectors": analysis_cli.list_detectors,
    "analyze": analysis_cli.analyze_clip,
    "restore": case_cli.restore_backup,
    "export": export_cli.export_dossier,
    "verify": verify_cli.verify_dossier,
    "provenance": provenance_cli.show_provenance,
}


def headless_command(args: argparse.Namespace):
    """The function that runs `args` without a window, or None for commands that open the player."""
    if args.command == "demo" and args.no_gui:
        return case_cli.demo_without_window
    return HEADLESS_COMMANDS.get(args.command)
