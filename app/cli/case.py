"""Commands on the case database without a window: `reelcheck demo --no-gui`, `restore`, `migrate-case` and
`team-member`."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from app.cli.output import fail, say
from app.i18n import translate
from app.preferences import audit_name
from app.store.location import case_exists, case_name, is_team_case, shown_case
from app.text.shown import one_line

log = logging.getLogger(__name__)

DEMO_STRIDE = 2


def add_parsers(commands: argparse._SubParsersAction) -> None:
    restore = commands.add_parser(
        "restore",
        help=translate("Case command", "put a backup in place of the case database (without BACKUP: list the backups)"),
    )
    restore.add_argument("backup", type=Path, nargs="?", metavar="BACKUP")
    move = commands.add_parser(
        "migrate-case",
        help=translate(
            "Case command",
            "move a case file into a new or empty team case on PostgreSQL, and compare every table's rows and content",
        ),
    )
    move.add_argument("source", type=Path, metavar="SQLITE_FILE")
    move.add_argument("url", metavar="postgresql://...")
    member = commands.add_parser(
        "team-member",
        help=translate(
            "Case command",
            "give a person's database login a role in the team case given by --db (admins only): reviewer, editor "
            "(may publish dossiers) or admin",
        ),
    )
    member.add_argument("login", metavar="LOGIN")
    member.add_argument("--role", choices=("reviewer", "editor", "admin"), required=True)


def demo_without_window(args: argparse.Namespace) -> int:
    from app.demo.case import build_demo_case
    from app.demo.clips import ensure_demo_clips
    from app.store.store import StoreError

    database = _database(args)

    def progress(fraction: float) -> None:
        say(translate("Case command", "demo clips {percent}%").format(percent=round(fraction * 100)), error=True)

    clips = ensure_demo_clips(on_progress=progress)
    try:
        store = _open(database)
    except StoreError as error:
        return fail(str(error))
    try:
        counts = build_demo_case(store, clips)
        _score_reviewed_clips(store)
    finally:
        store.close()
    words = translate(
        "Case command",
        "{database}: the demo case, {clips} clips, {claims} claims, {sources} sources, {evidence} evidence frames, "
        "{verdicts} verdicts",
    )
    say(words.format(database=shown_case(database), **counts))
    return 0


def _score_reviewed_clips(store) -> None:
    """Runs the detectors over each demo clip that has a verdict, for each detector with no recorded run on it yet,
    so that its dossier has score charts, as a reviewer's case would after Analyse whole clip. A clip's runs are
    recorded together, and a clip left half-scored by an older build is completed. Every other frame keeps it
    quick."""
    from analyzers.registry import discover
    from app.analysis.whole_clip import score_clip

    every = list(discover().analyzers)
    for clip in store.clips():
        recorded = {run["analyzer_id"] for run in store.analyses(clip["id"])}
        missing = [analyzer for analyzer in every if analyzer.manifest.id not in recorded]
        if store.verdict(clip["id"]) is None or not missing:
            continue
        say(translate("Case command", "running the detectors on {clip}").format(clip=clip["file_name"]), error=True)
        tracks, _, _ = score_clip(Path(clip["path"]), missing, "auto", DEMO_STRIDE, 128, None, lambda _error: None)
        store.record_analyses(clip["id"], [{**track.as_dict(), "stride": DEMO_STRIDE} for track in tracks])


def migrate_case(args: argparse.Namespace) -> int:
    from app.media.errors import Cancelled
    from app.store.move_case import move_case
    from app.store.store import StoreError

    if not is_team_case(args.url):
        words = translate("Case command", "{url} is not a team case: give a postgresql:// URL.")
        return fail(words.format(url=shown_case(args.url)))
    try:
        moved = move_case(args.source, args.url, on_progress=_table_progress(), cancelled=lambda: False)
    except (Cancelled, KeyboardInterrupt):
        return fail(translate("Case command", "Cancelled: nothing was copied into the team case."))
    except StoreError as error:
        return fail(str(error))
    for table in moved:
        same = translate("Case command", "same") if table.same else translate("Case command", "DIFFERENT")
        say(f"  {table.table:<16} {table.rows:>9,}  {table.sha256[:16]}  {same}")
    if not all(table.same for table in moved):
        words = translate(
            "Case command",
            "The team case {case} would not hold exactly what {file} holds (see DIFFERENT above), so nothing was "
            "copied; keep using the file, and tell ReelCheck's developers.",
        )
        return fail(words.format(case=shown_case(args.url), file=args.source))
    words = translate(
        "Case command",
        "{file} is now in the team case {case}: {rows} rows in {tables} tables, each counted and compared. The file "
        "is kept.",
    )
    say(
        words.format(
            file=args.source, case=shown_case(args.url), rows=f"{sum(t.rows for t in moved):,}", tables=len(moved)
        )
    )
    return 0


def team_member(args: argparse.Namespace) -> int:
    from app.store import team_case
    from app.store.rules import Refused
    from app.store.store import Store, StoreError

    database = _database(args)
    if not is_team_case(database):
        words = translate("Case command", "Roles belong to a team case: give --db its postgresql:// URL.")
        return fail(words)
    try:
        store = Store.open(database, audit_name())
        try:
            team_case.add_member(store._db, args.login, args.role)
        finally:
            store.close()
    except (StoreError, Refused) as error:
        return fail(str(error))
    role = {
        "reviewer": translate("Case command", "a reviewer"),
        "editor": translate("Case command", "an editor"),
        "admin": translate("Case command", "an admin"),
    }[args.role]
    words = translate("Case command", "{login} is now {role} in the team case {case}.")
    say(words.format(login=one_line(args.login), role=role, case=shown_case(database)))
    return 0


def _table_progress():
    shown = {"table": ""}

    def report(fraction: float, table: str) -> None:
        if table != shown["table"]:
            shown["table"] = table
            words = translate("Case command", "copying {table} ({percent}%)")
            say(words.format(table=table, percent=round(fraction * 100)), error=True)

    return report


def restore_backup(args: argparse.Namespace) -> int:
    from app.store.backup import backups, kept_by_the_server, restore
    from app.store.store import StoreError

    database = _database(args)
    if is_team_case(database):
        return fail(kept_by_the_server())
    if args.backup is None:
        found = backups(database)
        say(*found)
        if not found:
            words = translate(
                "Case command", "No backups of {database} yet (one is made the first time it is opened each day)."
            )
            say(words.format(database=database))
        return 0
    if not args.backup.is_file():
        return fail(translate("Case command", "There is no backup file {file}.").format(file=args.backup))
    try:
        kept = restore(database, args.backup)
    except StoreError as error:
        return fail(str(error))
    words = translate("Case command", "{database} is now the backup {backup}; the file it replaced is kept as {kept}.")
    say(words.format(database=database, backup=args.backup.name, kept=kept.name))
    return 0


def record_on_clip(args: argparse.Namespace, sha256: str, write) -> str:
    """Runs `write(store, clip_id)` on the case's clip with this file's hash; returns what went wrong, in a
    sentence (empty when it was recorded)."""
    from app.store.store import StoreError

    database = _database(args)
    if not case_exists(database):
        return no_case_database(database)
    try:
        store = _open(database)
    except StoreError as error:
        return str(error)
    try:
        clip = store.clip_by_sha256(sha256)
        if clip is None:
            words = translate(
                "Case command", "The case {case} has no clip with the file {file}; open it in the player first."
            )
            return words.format(case=case_name(database), file=args.file)
        write(store, clip["id"])
    except StoreError as error:  # a read-only folder, a full disk, said as such
        return str(error)
    finally:
        store.close()
    return ""


def no_case_database(database: Path | str) -> str:
    return translate("Case command", "There is no case database {database}.").format(database=shown_case(database))


def _database(args: argparse.Namespace) -> Path | str:
    from app.store.location import default_database

    return args.db or default_database()


def _open(database: Path | str):
    """The store, with its daily backup made if today has none yet (as the player does)."""
    import sqlite3

    from app.store.backup import backup_folder, daily_backup
    from app.store.failures import writing_problem
    from app.store.store import Store

    store = Store.open(database, audit_name())
    try:
        daily_backup(store)
    except (OSError, sqlite3.Error) as error:  # the case is open and usable; only today's copy is missing
        log.warning("the daily backup of %s failed", shown_case(database), exc_info=True)
        problem = writing_problem(backup_folder(database) / database.name, error) or str(error)
        say(
            translate("Case command", "Today's backup of the case was not made: {reason}").format(reason=problem),
            error=True,
        )
    return store
