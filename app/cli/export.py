"""`reelcheck export`: a clip's dossier (the PDF, and the signed JSON with its evidence PNGs) written from the case
database, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.output import fail, say


def add_parsers(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export", help="write a clip's dossier (PDF, and signed JSON with its evidence frames) into a folder"
    )
    export.add_argument("clip", metavar="CLIP", help="a clip id, or the path of a clip file the case knows")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write into")
    export.add_argument("--pdf", action="store_true", help="write the PDF dossier (without --json: only the PDF)")
    export.add_argument("--json", action="store_true", help="write the signed JSON dossier (without --pdf: only it)")
    export.add_argument("--series", action="store_true", help="include each analyzer's per-frame scores")
    export.add_argument(
        "--trust", type=Path, metavar="PEM", help="the Content Credentials signers you trust (CA certificates, PEM)"
    )
    export.add_argument("--organisation", default="", metavar="NAME", help="the publishing organisation's name")
    export.add_argument("--organisation-url", default="", metavar="URL", help="the publishing organisation's URL")


def export_dossier(args: argparse.Namespace) -> int:
    from app.cli.case import _database, _open
    from app.dossier.export import ExportError, export, one_sentence
    from app.dossier.signing import SigningError
    from app.media.errors import MediaError
    from app.store.rules import Refused, check_url
    from app.store.store import StoreError

    try:
        url = check_url(args.organisation_url, "organisation URL")
    except Refused as error:
        return fail(str(error))
    if args.trust is not None and not args.trust.is_file():
        return fail(f"There is no trust list file {args.trust}.")
    database = _database(args)
    if not database.exists():
        return fail(f"There is no case database {database}.")
    try:
        store = _open(database)
    except StoreError as error:
        return fail(str(error))
    try:
        clip = _find_clip(store, args.clip)
        if clip is None:
            return fail(
                f"The case {database.name} has no clip {args.clip} (give a clip id or the path of a clip in it)."
            )
        organisation = {"name": args.organisation, "url": url}
        both = not (args.pdf or args.json)  # neither asked for: the whole dossier
        written = export(
            store,
            clip["id"],
            args.out,
            organisation,
            args.series,
            json_dossier=args.json or both,
            pdf=args.pdf or both,
            trust_list=args.trust,
        )
    except (ExportError, StoreError, MediaError, SigningError) as error:
        return fail(one_sentence(str(error)))
    except OSError as error:
        return fail(f"Could not write the dossier into {args.out}: {error.strerror or error}.")
    finally:
        store.close()
    say(*(path for path in (written.pdf, written.json) if path is not None))
    if written.draft_reasons:  # on stderr: stdout stays the list of files written
        say(f"Marked a draft, not final: {', '.join(written.draft_reasons)}.", error=True)
    return 0


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
