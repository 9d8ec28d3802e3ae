"""`reelcheck provenance FILE [--json] [--trust PEM]`: what the clip's file declares about where it came from:
Content Credentials, invisible generator watermarks and metadata hints. Read offline; nothing is fetched."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.output import fail, file_said, json_help, json_text, say, sentence, trust_help
from app.i18n import translate


def add_parsers(commands: argparse._SubParsersAction) -> None:
    provenance = commands.add_parser(
        "provenance",
        help=translate(
            "Provenance command", "print a clip's Content Credentials, generator watermarks and metadata hints"
        ),
    )
    provenance.add_argument("file", type=Path)
    provenance.add_argument("--json", action="store_true", help=json_help())
    provenance.add_argument("--trust", type=Path, metavar="PEM", help=trust_help())


def show_provenance(args: argparse.Namespace) -> int:
    from app.files.regular import regular_file_problem
    from app.media.clip import open_clip
    from app.media.errors import MediaError
    from app.media.hashing import sha256_file
    from app.provenance.report import read_provenance

    problem = regular_file_problem(args.file)  # a pipe or a device would be waited on or read for ever
    if problem is not None:
        return fail(sentence(problem))
    if args.trust is not None and not args.trust.is_file():
        return fail(
            translate("Provenance command", "{file}: there is no such trust list file.").format(file=args.trust)
        )
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
        return fail(file_said(args.file, problem))
    sha256 = sha256_file(args.file)
    if args.json:
        print(json_text({"file": str(args.file), "sha256": sha256, **report.as_dict(in_english=True)}))
        return 0
    from app.provenance.report import strength_label
    from app.queue.labels import badge_label

    in_short = translate("Provenance command", "  In short: {badge}").format(badge=badge_label(report.badge.words))
    say(args.file, f"  SHA-256  {sha256}", in_short)
    for finding in report.findings():
        say(f"[{strength_label(finding['strength'])}] {finding['title']}", f"  {finding['sentence']}")
        if finding["kind"] == "content_credentials":
            say(*_credentials_lines(finding["details"]))
    return 0


def _credentials_lines(details: dict) -> list[str]:
    """The manifest's actions and the problems found validating it, a line each, their C2PA codes beside the words
    (app.provenance.report puts them there)."""
    lines = []
    for action in details.get("actions") or ():
        words = action["words"]
        if action.get("source_words"):
            words = translate("Provenance command", "{action}: {source}").format(
                action=words, source=action["source_words"]
            )
        lines.append(translate("Provenance command", "  Action: {action}").format(action=words))
    problem = translate("Provenance command", "  Problem: {problem}")
    return lines + [problem.format(problem=p["words"]) for p in details.get("problems") or ()]


def _progress_printer():
    shown = [-1]

    def report(fraction: float) -> None:
        percent = round(fraction * 100)
        if percent // 25 != shown[0] // 25:
            shown[0] = percent
            say(translate("Provenance command", "reading provenance {percent}%").format(percent=percent), error=True)

    return report
