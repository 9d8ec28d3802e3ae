"""`reelcheck export`: a clip's dossier (the PDF, and the signed JSON with its evidence PNGs) written from the case
database, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.output import fail, say, trust_help
from app.i18n import translate
from app.store.location import case_exists, case_name


def add_parsers(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help=translate(
            "Export command", "write clips' dossiers (PDF, and signed JSON with its evidence frames) into a folder"
        ),
    )
    export.add_argument(
        "clips",
        nargs="+",
        metavar="CLIP",
        help=translate("Export command", "a clip id, or the path of a clip file the case knows (one or more)"),
    )
    export.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help=translate("Export command", "the folder to write into")
    )
    export.add_argument(
        "--pdf",
        action="store_true",
        help=translate("Export command", "write the PDF dossier (without --json: only the PDF)"),
    )
    export.add_argument(
        "--json",
        action="store_true",
        help=translate("Export command", "write the signed JSON dossier (without --pdf: only it)"),
    )
    export.add_argument(
        "--series", action="store_true", help=translate("Export command", "include each analyzer's per-frame scores")
    )
    export.add_argument("--trust", type=Path, metavar="PEM", help=trust_help())
    export.add_argument(
        "--organisation",
        metavar="NAME",
        help=translate("Export command", "the publishing organisation's name (default: the one in the settings)"),
    )
    export.add_argument(
        "--organisation-url",
        metavar="URL",
        help=translate("Export command", "the publishing organisation's URL (default: the one in the settings)"),
    )


def export_dossier(args: argparse.Namespace) -> int:
    from app.cli.case import _database, _open, no_case_database
    from app.dossier.selection import export_selection
    from app.preferences import load_preferences, nameless_signing
    from app.store.rules import ORGANISATION_URL, Refused, check_url
    from app.store.store import StoreError

    chosen = load_preferences()
    if not chosen.reviewer:
        return fail(nameless_signing())
    organisation = chosen.organisation if args.organisation is None else args.organisation
    given_url = chosen.organisation_url if args.organisation_url is None else args.organisation_url
    trust = args.trust if args.trust is not None else (Path(chosen.trust_list) if chosen.trust_list else None)
    try:
        url = check_url(given_url, ORGANISATION_URL)
    except Refused as error:
        return fail(str(error))
    if trust is not None and not trust.is_file():
        return fail(translate("Export command", "There is no trust list file {file}.").format(file=trust))
    database = _database(args)
    if not case_exists(database):
        return fail(no_case_database(database))
    try:
        store = _open(database)
    except StoreError as error:
        return fail(str(error))
    try:
        clips = [(given, _find_clip(store, given)) for given in args.clips]
        unknown = [given for given, clip in clips if clip is None]
        if unknown:
            words = translate(
                "Export command", "The case {case} has no clip {clips} (give a clip id or the path of a clip in it)."
            )
            return fail(words.format(case=case_name(database), clips=", ".join(unknown)))
        both = not (args.pdf or args.json)  # neither asked for: the whole dossier
        summary = export_selection(
            store,
            list(dict.fromkeys(clip["id"] for _, clip in clips)),
            args.out,
            {"name": organisation, "url": url},
            args.series,
            json_dossier=args.json or both,
            pdf=args.pdf or both,
            trust_list=trust,
            shared_folder=Path(chosen.shared_folder) if chosen.shared_folder else None,
        )
    finally:
        store.close()
    for _, written in summary.written:
        say(*(path for path in (written.pdf, written.json) if path is not None))
        if written.draft_reasons:  # on stderr: stdout stays the list of files written
            words = translate("Export command", "Marked a draft, not final: {reasons}.")
            say(words.format(reasons=", ".join(written.draft_reasons)), error=True)
    if len(args.clips) == 1 and summary.refused:
        return fail(summary.refused[0][1])
    for name, reason in summary.refused:
        say(translate("Export command", "No dossier for {clip}: {reason}").format(clip=name, reason=reason), error=True)
    if len(args.clips) > 1:
        say(summary.sentence(), error=True)
    return 1 if summary.refused else 0


def _find_clip(store, given: str) -> dict | None:
    """The clip with this id, at this path, or with the SHA-256 of the file at this path."""
    from app.media.hashing import sha256_file

    if given.isdigit():
        found = [c for c in store.clips() if c["id"] == int(given)]
        if found:
            return found[0]
    path = Path(given)
    for clip in store.clips():
        if clip["path"] == str(path) or (path.exists() and Path(clip["path"]) == path.resolve()):
            return clip
    if path.is_file():
        return store.clip_by_sha256(sha256_file(path))
    return None
