"""`reelcheck words FILE [--json]`: what the clip says in words, with times: the lines the case database holds for
it, the subtitle files beside it (as yt-dlp writes them) and the subtitle streams inside it."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.output import fail, json_help, json_text, say, sentence
from app.i18n import translate
from app.text.timecode import format_timecode

if TYPE_CHECKING:
    from analyzers.words.lines import TextLine


def add_parsers(commands: argparse._SubParsersAction) -> None:
    words = commands.add_parser(
        "words",
        help=translate(
            "Words command",
            "print a clip's subtitle and on-screen text lines with their times (case, files beside it, streams)",
        ),
    )
    words.add_argument("file", type=Path)
    words.add_argument("--json", action="store_true", help=json_help())


def show_words(args: argparse.Namespace) -> int:
    from app.files.regular import regular_file_problem
    from app.words.said import read_said

    problem = regular_file_problem(args.file)  # a pipe or a device would be waited on or read for ever
    if problem is not None:
        return fail(sentence(problem))
    stored, problems = _stored_lines(args)
    said = read_said(args.file)
    problems += said.problems
    beside = [
        {
            "file": path.name,
            "encoding": subtitles.encoding,
            "skipped": subtitles.skipped,
            "left_out": subtitles.left_out,
            "lines": _lines(subtitles.lines),
        }
        for path, subtitles in said.files
    ]
    streams = [
        {"stream": s.index, "language": s.language, "codec": s.codec, "skipped": s.skipped, "lines": _lines(s.lines)}
        for s in said.streams
    ]
    if args.json:
        print(json_text({"file": str(args.file), "stored": stored, "files": beside, "streams": streams}))
    else:
        _say_in_words(args.file, stored, beside, streams)
    for said in problems:
        say(said, error=True)
    return 1 if problems else 0


def _stored_lines(args: argparse.Namespace) -> tuple[list[dict] | None, list[str]]:
    """The lines the case holds for the clip (None when the case does not have the clip), and what went wrong."""
    from app.media.hashing import sha256_file
    from app.store.location import case_exists, default_database
    from app.store.store import Store, StoreError

    database = args.db or default_database()
    if not case_exists(database):  # a look at a clip does not make a case database
        return None, []
    try:
        store = Store.open(database)
    except StoreError as error:
        return None, [str(error)]
    try:
        clip = store.clip_by_sha256(sha256_file(args.file))
        return (None if clip is None else _lines(store.words(clip["id"]))), []
    finally:
        store.close()


def _lines(lines: Iterable[TextLine]) -> list[dict]:
    return [
        {"source": x.source, "track": x.track, "start": round(x.start, 3), "end": round(x.end, 3), "text": x.text}
        for x in lines
    ]


def _say_in_words(file: Path, stored: list[dict] | None, beside: list[dict], streams: list[dict]) -> None:
    say(file)
    if stored is None:
        say(
            translate(
                "Words command",
                "  The case database does not have this clip: nothing read from its frames or stored yet.",
            )
        )
    else:
        _say_lines(translate("Words command", "In the case database"), stored)
    for found in beside:
        if found["skipped"]:
            title = translate("Words command", "Beside the clip: {file} ({encoding}, {skipped} broken cues skipped)")
        else:
            title = translate("Words command", "Beside the clip: {file} ({encoding})")
        _say_lines(title.format(**found), found["lines"])
    for stream in streams:
        title = translate("Words command", "Inside the file: stream {stream} ({codec})")
        _say_lines(title.format(**stream), stream["lines"])
    if not beside and not streams:
        say(translate("Words command", "  No subtitle files beside the clip, and no subtitle streams inside it."))


def _say_lines(title: str, lines: list[dict]) -> None:
    if len(lines) == 1:
        say(translate("Words command", "  {title}: 1 line").format(title=title))
    else:
        say(translate("Words command", "  {title}: {count} lines").format(title=title, count=len(lines)))
    say(*(f"    {_times(line)}  [{line['track']}]  {line['text']}" for line in lines))


def _times(line: dict) -> str:
    return f"{format_timecode(line['start'])}–{format_timecode(line['end'])}"
