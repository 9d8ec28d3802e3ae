"""`reelcheck provenance FILE [--json]`: what the clip's file declares about where it came from, as hints."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NOT_READ_YET = {
    "content_credentials": {"read": False, "note": "Content Credentials are not read by this version"},
    "watermarks": {"read": False, "note": "Invisible watermarks are not read by this version"},
}


def add_parsers(commands: argparse._SubParsersAction) -> None:
    provenance = commands.add_parser(
        "provenance", help="print hints from a clip's container and stream metadata (encoder, camera, sidecar)"
    )
    provenance.add_argument("file", type=Path)
    provenance.add_argument("--json", action="store_true", help="print JSON instead of text")


def show_provenance(args: argparse.Namespace) -> int:
    from app.media.clip import open_clip
    from app.media.errors import MediaError
    from app.media.hashing import sha256_file
    from app.provenance.metadata import metadata_hints

    try:
        clip = open_clip(args.file, cache_bytes=args.cache_mb << 20)
    except MediaError as error:
        print(f"{args.file}: {error}", file=sys.stderr)
        return 2
    clip.close()
    hints = metadata_hints(clip.facts, args.file)
    sha256 = sha256_file(args.file)
    if args.json:
        report = {
            "file": str(args.file),
            "sha256": sha256,
            "metadata_hints": [hint.as_dict() for hint in hints],
            **NOT_READ_YET,
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(f"{args.file}\n  SHA-256  {sha256}\nMetadata hints")
    for hint in hints:
        print(f"  [{hint.strength}] {hint.title}: {hint.sentence}")
    if not hints:
        print("  none")
    print("Content Credentials and watermarks are not read by this version.")
    return 0
