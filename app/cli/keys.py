"""`reelcheck key show` and `reelcheck key export [--out FILE]`: the reviewer's public signing key, to hand to a
colleague who adds it to their trusted keys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.output import fail, not_written, say
from app.i18n import translate
from app.preferences import nameless_signing, signer_name
from app.text.shown import one_line


def add_parsers(commands: argparse._SubParsersAction) -> None:
    key = commands.add_parser(
        "key", help=translate("Key command", "your signing key: its fingerprint, or its public half to hand to others")
    )
    actions = key.add_subparsers(dest="key_command", required=True, metavar="{show,export}")
    show = actions.add_parser("show", help=translate("Key command", "print your signing key's fingerprint"))
    export = actions.add_parser(
        "export",
        help=translate(
            "Key command",
            "print (or write) your public key as PEM, with its fingerprint, for a colleague's trusted keys",
        ),
    )
    export.add_argument(
        "--out", type=Path, metavar="FILE", help=translate("Key command", "write it into FILE instead of printing it")
    )
    for each in (show, export):
        each.add_argument(
            "--reviewer",
            metavar="NAME",
            help=translate(
                "Key command",
                "whose key (default: your name in the settings, the one dossiers are signed with)",
            ),
        )


def key_command(args: argparse.Namespace) -> int:
    from app.dossier.reviewer_keys import SigningError, fingerprint, key_path, reviewer_key
    from app.dossier.trusted_keys import exported_key

    reviewer = args.reviewer if args.reviewer is not None else signer_name()
    if not reviewer.strip():
        return fail(nameless_signing())
    try:
        made = not key_path(reviewer).exists()
        public = reviewer_key(reviewer).public_key().public_bytes_raw()
    except SigningError as error:
        return fail(str(error))
    if made:
        words = translate("Key command", "Made a new signing key for {reviewer}: {file}")
        say(words.format(reviewer=repr(one_line(reviewer)), file=key_path(reviewer)), error=True)
    if args.key_command == "show":
        say(f"{fingerprint(public)}  {reviewer}")
        return 0
    text = exported_key(public, reviewer)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    from app.files.atomic import write_text_atomically

    try:
        write_text_atomically(args.out, text)
    except OSError as error:
        return fail(not_written(args.out, error))
    say(args.out)
    return 0
