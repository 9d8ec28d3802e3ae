"""The parser shared with the GUI commands, `reelcheck probe` and `reelcheck frame`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from analyzers.translatable import QT_TRANSLATE_NOOP
from app import __version__
from app.cli import analysis as analysis_cli
from app.cli import case as case_cli
from app.cli import cluster as cluster_cli
from app.cli import evidence as evidence_cli
from app.cli import export as export_cli
from app.cli import keys as keys_cli
from app.cli import provenance as provenance_cli
from app.cli import queue as queue_cli
from app.cli import settings as settings_cli
from app.cli import verify as verify_cli
from app.cli import words as words_cli
from app.cli.output import at_least, fail, file_said, json_help, json_text, say
from app.i18n import translate
from app.store.location import case_address

if TYPE_CHECKING:
    from app.media.facts import MediaFacts


def build_parser() -> argparse.ArgumentParser:
    _argparse_speaks_the_language()
    parser = _Parser(
        prog="reelcheck",
        description=translate("Command line", "Review workstation for suspected AI-generated video clips."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"reelcheck {__version__}",
        help=translate("Command line", "show ReelCheck's version and exit"),
    )
    _add_global_options(parser, after_command=False)
    commands = parser.add_subparsers(dest="command", title=translate("Command line", "commands"))
    opener = commands.add_parser("open", help=translate("Command line", "open a clip in the player"))
    opener.add_argument("file", type=Path)
    demo = commands.add_parser(
        "demo", help=translate("Command line", "open the player on the demo case (generated clips, reviewed)")
    )
    demo.add_argument(
        "--no-gui",
        action="store_true",
        help=translate("Command line", "only build the demo case in the database (see --db) and exit"),
    )
    probe = commands.add_parser("probe", help=translate("Command line", "print a clip's media facts and SHA-256"))
    probe.add_argument("file", type=Path)
    probe.add_argument("--json", action="store_true", help=json_help())
    frame = commands.add_parser(
        "frame", help=translate("Command line", "write exact frames as PNG files (upright, full resolution)")
    )
    frame.add_argument("file", type=Path)
    frame.add_argument(
        "numbers", type=int, nargs="+", metavar="N", help=translate("Command line", "frame numbers, from 0")
    )
    frame.add_argument("--out", type=Path, required=True, help=translate("Command line", "folder for the PNG files"))
    frame.add_argument(
        "--overlay", metavar="ID", help=translate("Command line", "draw this analyzer's heatmap over each frame")
    )
    analysis_cli.add_parsers(commands)
    case_cli.add_parsers(commands)
    export_cli.add_parsers(commands)
    verify_cli.add_parsers(commands)
    keys_cli.add_parsers(commands)
    provenance_cli.add_parsers(commands)
    evidence_cli.add_parsers(commands)
    queue_cli.add_parsers(commands)
    cluster_cli.add_parsers(commands)
    words_cli.add_parsers(commands)
    settings_cli.add_parsers(commands)
    for command in commands.choices.values():  # `reelcheck export 3 --db X` as well as `reelcheck --db X export 3`
        _add_global_options(command, after_command=True)
    return parser


def _add_global_options(parser: argparse.ArgumentParser, after_command: bool) -> None:
    """--cache-mb, --db and --provider, before the command (with their defaults) or after it. After it they
    default to SUPPRESS: argparse copies every value a command's parser holds over the values read before the
    command, so a default there would undo `--db X` given first. A command's own option of the same name (analyze
    --provider) is left to it."""
    options = {
        "--cache-mb": {
            "type": _cache_size,
            "default": None,  # the setting's (512 unless changed): see app.main
            "help": translate(
                "Command line",
                "memory for decoded frames, in MiB (default: the setting, 512 unless changed; at least 64)",
            ),
        },
        "--db": {
            "type": case_address,
            "metavar": "PATH|URL",
            "help": translate(
                "Command line",
                "the case database (default: reelcheck.db in the user data folder, or the team case the settings "
                "name); made if it does not exist. A postgresql:// URL opens a team's shared case",
            ),
        },
        "--provider": {
            "dest": "engine_provider",
            "choices": ("auto", "cuda", "cpu"),
            "help": translate(
                "Command line",
                "where detectors run: auto (the GPU when it really works, else the CPU), cuda or cpu; "
                "overrides the setting in the player's View menu",
            ),
        },
    }
    for name, settings in options.items():
        try:
            parser.add_argument(name, **(settings | ({"default": argparse.SUPPRESS} if after_command else {})))
        except argparse.ArgumentError:  # the command has an option of that name: its own stays
            continue


def _cache_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        words = translate("Command line", "'{text}' is not a whole number of MiB")
        raise argparse.ArgumentTypeError(words.format(text=text)) from None
    if value < 64:
        raise argparse.ArgumentTypeError(translate("Command line", "give the frame cache at least 64 MiB"))
    return value


# argparse's own words (usage, the headings of its help, its errors), as Python 3.11 writes them; argparse looks
# each up through its module's `_` when it prints them.
_ARGPARSE_WORDS = frozenset(
    [
        QT_TRANSLATE_NOOP("Command line", "usage: "),
        QT_TRANSLATE_NOOP("Command line", "positional arguments"),
        QT_TRANSLATE_NOOP("Command line", "options"),
        QT_TRANSLATE_NOOP("Command line", "show this help message and exit"),
        QT_TRANSLATE_NOOP("Command line", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("Command line", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Command line", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Command line", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Command line", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Command line", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("Command line", "expected one argument"),
        QT_TRANSLATE_NOOP("Command line", "expected at least one argument"),
    ]
)


class _HeadingColons:
    """A help formatter's mix-in: each heading's colon as the reader's language writes it (full width in Chinese);
    argparse puts an ASCII colon after every heading itself."""

    class _Section(argparse.HelpFormatter._Section):
        def format_help(self) -> str:
            text = super().format_help()
            if not self.heading or self.heading is argparse.SUPPRESS:
                return text
            heading = translate("Command line", "{heading}:").format(heading=self.heading)
            return text.replace(f"{self.heading}:\n", f"{heading}\n", 1)


class _Parser(argparse.ArgumentParser):
    """argparse's parser, its help formatter (HelpFormatter unless a command asks for another) with _HeadingColons;
    each command's parser is of this class too (add_subparsers makes them of the parser's own class)."""

    def __init__(self, *args, **kwargs) -> None:
        formatter = kwargs.get("formatter_class", argparse.HelpFormatter)
        kwargs["formatter_class"] = type(formatter.__name__, (_HeadingColons, formatter), {})
        super().__init__(*args, **kwargs)


def _argparse_speaks_the_language() -> None:
    """argparse's usage line, help headings and errors in the reader's language (argparse asks gettext, through
    its module's `_`, for each; ours answers from the same catalogue as every other string)."""
    argparse._ = lambda text: translate("Command line", text) if text in _ARGPARSE_WORDS else text


def probe(args: argparse.Namespace) -> int:
    from app.media.clip import open_clip
    from app.media.errors import MediaError
    from app.media.hashing import sha256_file

    try:
        clip = open_clip(args.file, cache_bytes=args.cache_mb << 20)
    except MediaError as error:
        return fail(file_said(args.file, error))
    clip.close()
    sha256 = sha256_file(args.file)
    if args.json:
        print(json_text({**clip.facts.as_dict(), "sha256": sha256}))
    else:
        say(*_facts_lines(clip.facts, sha256))
    return 0


def write_frames(args: argparse.Namespace) -> int:
    import cv2

    from app.analysis.detector_words import problem_words
    from app.media.clip import open_clip
    from app.media.errors import MediaError

    try:
        window, overlay = analysis_cli.overlay_painter(args.overlay) if args.overlay else (1, None)
    except KeyError as error:
        return fail(problem_words(error.args[0]))
    try:
        clip = open_clip(args.file, cache_bytes=args.cache_mb << 20)
    except MediaError as error:
        return fail(file_said(args.file, error))
    # The frames are asked for in order: only an overlay's window is asked for again (by the next frame's window).
    clip.cache.hold_at_most(window - 1)
    args.out.mkdir(parents=True, exist_ok=True)
    width = len(str(clip.frame_count - 1))
    suffix = f"_{args.overlay}" if args.overlay else ""
    failures = 0
    # Sorted, so that frames in the same GOP are decoded in one run.
    for n in sorted(set(args.numbers)):
        if n < window - 1:
            failures += 1
            words = translate(
                "Command line",
                "{file}: frame {n}: the {overlay} overlay compares {window} frames in a row, so it starts at frame "
                "{first}.",
            )
            say(words.format(file=args.file, n=n, overlay=args.overlay, window=window, first=window - 1), error=True)
            continue
        try:
            frames = [clip.frame(m, "bgr24").image for m in range(n - window + 1, n + 1)]
        except MediaError as error:  # a damaged frame; the others are still written
            failures += 1
            say(file_said(args.file, error), error=True)
            continue
        target = args.out / f"frame_{n:0{width}d}{suffix}.png"
        try:
            image = overlay(frames) if overlay else frames[-1]
        except analysis_cli.OverlayNotDrawn as error:
            failures += 1
            words = translate("Command line", "{file}: frame {n}: the {overlay} overlay cannot be drawn: {reason}.")
            say(words.format(file=args.file, n=n, overlay=args.overlay, reason=error), error=True)
            continue
        if not cv2.imwrite(str(target), image):
            clip.close()
            return fail(
                translate("Command line", "Could not write {file}: is the folder writable?").format(file=target)
            )
        say(target)
    clip.close()
    return 1 if failures else 0


def _facts_lines(facts: MediaFacts, sha256: str) -> list[str]:
    from app.text.facts import facts_sections

    lines = []
    for title, rows in facts_sections(facts, sha256):
        lines.append(title)
        lines += [f"  {at_least(label, 18)} {value}" for label, value in rows]
    return lines


HEADLESS_COMMANDS = {
    "probe": probe,
    "frame": write_frames,
    "detectors": analysis_cli.list_detectors,
    "analyze": analysis_cli.analyze_clip,
    "restore": case_cli.restore_backup,
    "migrate-case": case_cli.migrate_case,
    "team-member": case_cli.team_member,
    "export": export_cli.export_dossier,
    "verify": verify_cli.verify_dossier,
    "key": keys_cli.key_command,
    "provenance": provenance_cli.show_provenance,
    "evidence": evidence_cli.show_evidence,
    "import": queue_cli.import_command,
    "queue": queue_cli.show_queue,
    "decide": queue_cli.decide_command,
    "analyze-queue": cluster_cli.analyze_queue_command,
    "words": words_cli.show_words,
    "settings": settings_cli.settings_command,
}


def headless_command(args: argparse.Namespace):
    """The function that runs `args` without a window, or None for commands that open the player."""
    if args.command == "demo" and args.no_gui:
        return case_cli.demo_without_window
    return HEADLESS_COMMANDS.get(args.command)
