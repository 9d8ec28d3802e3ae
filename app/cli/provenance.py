"""`reelcheck provenance FILE [--json] [--trust PEM]`: what the clip's file declares about where it came from:
Content Credentials, invisible generator watermarks and metadata hints. Read offline; nothing is fetched."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.output import fail, json_text, say


def add_parsers(commands: argparse._SubParsersAction) -> None:
    provenance = commands.add_parser(
        "provenance", help="print a clip's Content Credentials, generator watermarks and metadata hints"
    )
    provenance.add_argument("file", type=Path)
    provenance.add_argument("--json", action="store_true", help="print JSON instead of text")
    provenance.add_argument(
        "--trust", type=Path, metavar="PEM", help="the Content Credentials signers you trust (CA certificates, PEM)"
    )


def show_provenance(args: argparse.Namespace) -> int:
    from app.files.regular import regular_file_problem
    from app.media.clip import open_clip
    from app.media.errors import MediaError
    from app.media.hashing import sha256_file
    from app.provenance.report import read_provenance

    problem = regular_file_problem(args.file)  # a pipe or a device would be waited on or read for ever
    if problem is not None:
        return fail(f"{problem}.")
    if args.trust is not None and not args.trust.is_file():
        return fail(f"{args.trust}: there is no such trust list file.")
    facts, problem = None, None
    try:
        clip = open_clip(args.file, cache_bytes=args.cache_mb << 20)
        facts = clip.facts
        clip.close()
    except MediaError as error:  # a still picture, or a file that does not decode, may still carry credentials
        problem = error
    progress = _progress_printer() if sys.stderr.isatty() else None
    report = read_provenance(args.file, facts, args.trust, on_progress=progress, cache_bytes=args.cache_mb << 20)
    if problem is not None and not report.credentials.present:
        return fail(f"{args.file}: {problem}")
    sha256 = sha256_file(args.file)
    if args.json:
        print(json_text({"file": str(args.file), "sha256": sha256, **report.as_dict()}))
        return 0
    say(args.file, f"  SHA-256  {sha256}", f"  In short: {report.badge.words}")
    for finding in report.findings():
        say(f"[{finding['strength']}] {finding['title']}", f"  {finding['sentence']}")
    return 0


def _progress_printer():
    shown = [-1]

    def report(fraction: float) -> None:
        percent = round(fraction * 100)
        if percent // 25 != shown[0] // 25:
            shown[0] = percent
            say(f"reading provenance {percent}%", error=True)

    return report
