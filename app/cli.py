"""The command line: `reelcheck probe`, `reelcheck frame` and the parser shared with the GUI commands.

Nothing here imports Qt: these commands run on machines without a display. Media modules are imported inside
the commands so that `reelcheck` (the GUI) can paint its window before the heavy libraries load.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from app import __version__

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reelcheck", description="Review workstation for suspected AI-generated video clips."
    )
    parser.add_argument("--version", action="version", version=f"reelcheck {__version__}")
    parser.add_argument("--cache-mb", type=int, default=512, help="memory for decoded frames, in MiB (default 512)")
    commands = parser.add_subparsers(dest="command")
    opener = commands.add_parser("open", help="open a clip in the player")
    opener.add_argument("file", type=Path)
    commands.add_parser("demo", help="open the player on generated demo clips")
    probe = commands.add_parser("probe", help="print a clip's media facts and SHA-256")
    probe.add_argument("file", type=Path)
    probe.add_argument("--json", action="store_true", help="print JSON instead of text")
    frame = commands.add_parser("frame", help="write exact frames as PNG files (upright, full resolution)")
    frame.add_argument("file", type=Path)
    frame.add_argument("numbers", type=int, nargs="+", metavar="N", help="frame numbers, from 0")
    frame.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    return parser


def probe(args: argparse.Namespace) -> int:
    from app.media.clip import open_clip
    from app.media.errors import MediaError
    from app.media.hashing import sha256_file

    try:
        clip = open_clip(args.file, cache_bytes=args.cache_mb << 20)
    except MediaError as error:
        return _fail(f"{args.file}: {error}")
    facts = clip.facts.as_dict()
    clip.close()
    facts["sha256"] = sha256_file(args.file)
    if args.json:
        print(json.dumps(facts, indent=2, ensure_ascii=False))
    else:
        print(_facts_text(facts))
    return 0


def write_frames(args: argparse.Namespace) -> int:
    import cv2

    from app.media.clip import open_clip
    from app.media.errors import MediaError

    try:
        clip = open_clip(args.file, cache_bytes=args.cache_mb << 20)
    except MediaError as error:
        return _fail(f"{args.file}: {error}")
    args.out.mkdir(parents=True, exist_ok=True)
    width = len(str(clip.frame_count - 1))
    failures = 0
    # Sorted, so that frames in the same GOP are decoded in one run.
    for n in sorted(set(args.numbers)):
        try:
            frame = clip.frame(n, "bgr24")
        except MediaError as error:  # a damaged frame; the others are still written
            failures += 1
            print(f"{args.file}: {error}", file=sys.stderr)
            continue
        target = args.out / f"frame_{n:0{width}d}.png"
        if not cv2.imwrite(str(target), frame.image):
            clip.close()
            return _fail(f"Could not write {target}: is the folder writable?")
        print(target)
    clip.close()
    return 1 if failures else 0


def _facts_text(facts: dict) -> str:
    from app.timecode import format_timecode

    audio = ", ".join(f"{a['codec']} {a['sample_rate']} Hz {a['layout'] or a['channels']}" for a in facts["audio"])
    rate = f"{facts['average_rate']:.3f} fps average, {facts['real_rate']:.3f} measured"
    lines = [
        ("File", f"{facts['path']} ({facts['file_size']:,} bytes)"),
        ("SHA-256", facts["sha256"]),
        ("Container", facts["container"]),
        ("Video", f"{facts['codec_long_name']} ({facts['codec']}), profile {facts['profile'] or 'unknown'}"),
        ("Pixels", f"{facts['pixel_format']}, {facts['bit_depth']}-bit"),
        (
            "Size",
            f"{facts['width']}x{facts['height']} stored, {facts['display_width']}x{facts['display_height']} "
            f"shown (aspect {facts['display_aspect']}, pixel aspect {facts['sample_aspect']})",
        ),
        ("Rotation", f"{facts['rotation']} degrees"),
        ("Frame rate", rate + (", variable" if facts["variable_rate"] else ", constant")),
        ("Frames", f"{facts['frame_count']} ({facts['keyframe_count']} keyframes)"),
        ("Duration", format_timecode(facts["duration"])),
        ("Bitrate", f"{facts['bitrate'] // 1000} kb/s overall, {facts['video_bitrate'] // 1000} kb/s video"),
        ("Audio", audio or "none"),
    ]
    tags = {**facts["container_tags"], **{f"video:{k}": v for k, v in facts["stream_tags"].items()}}
    lines += [(f"Tag {key}", value) for key, value in sorted(tags.items())]
    return "\n".join(f"{label:<12} {value}" for label, value in lines)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


HEADLESS_COMMANDS = {"probe": probe, "frame": write_frames}
