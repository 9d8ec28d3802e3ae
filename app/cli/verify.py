"""`reelcheck verify DOSSIER.json [--clip FILE]`: is this the signed dossier, with its evidence files and clip?"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.text.shown import for_terminal


def add_parsers(commands: argparse._SubParsersAction) -> None:
    verify = commands.add_parser(
        "verify", help="check a JSON dossier's signature, its evidence files, its PDF and (with --clip) the clip's hash"
    )
    verify.add_argument("dossier", type=Path, metavar="DOSSIER.json")
    verify.add_argument("--clip", type=Path, metavar="FILE", help="the clip file, checked against the dossier's hash")


def verify_dossier(args: argparse.Namespace) -> int:
    from app.dossier.signing import check

    result = check(args.dossier, args.clip)
    if result.problems:
        for problem in result.problems:
            print(f"{args.dossier}: {for_terminal(problem)}")
        return 1
    files = f"{result.evidence_files} evidence file{'' if result.evidence_files == 1 else 's'}"
    if result.pdf_checked:
        files += " and the PDF"
    clip = "clip hash matches" if result.clip_checked else "clip not checked (give --clip FILE)"
    # The key id first and the name, which the dossier itself supplies, last and shown as data: a name cannot
    # pose as the rest of the line.
    print(f"verified: key {result.key_id}, {files}, {clip}; signed as {for_terminal(result.reviewer)!r}")
    return 0
