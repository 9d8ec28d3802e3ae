"""A daily copy of the case database beside it (SQLite's backup API: consistent while in use), and the way back
from a damaged file."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.i18n import translate
from app.store.failures import writing_problem
from app.store.store import Store, StoreError

KEEP = 14  # daily copies kept; older ones are removed


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def backups(database: Path) -> list[Path]:
    """The database's backups, newest first."""
    day = "[0-9]" * 4 + "-" + "[0-9]" * 2 + "-" + "[0-9]" * 2  # not another database's copies (cases-old.db)
    return sorted(backup_folder(database).glob(f"{database.stem}-{day}.db"), reverse=True)


def kept_by_the_server() -> str:
    """Why there is no ReelCheck backup to restore of a team case."""
    return translate(
        "Case",
        "A team case is backed up and restored on its server (pg_dump, pg_restore), not by ReelCheck: ask its admin.",
    )


def daily_backup(store: Store, today: str | None = None) -> Path | None:
    """Copy the database once a day (the first time it is opened that day); returns the new copy, if one was made.
    Raises OSError or sqlite3.Error (a read-only folder, a full disk) with nothing half-written left behind. A team
    case is the server's to back up (pg_dump, its own archiving): nothing is copied here."""
    if store.team:
        return None
    today = today or datetime.now(UTC).date().isoformat()
    target = backup_folder(store.path) / f"{store.path.stem}-{today}.db"
    if target.exists():
        return None
    partial = target.with_suffix(".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        store.backup_to(partial)
        partial.replace(target)
    except (OSError, sqlite3.Error):
        _remove(partial)  # a full disk must not keep half a copy taking its space
        raise
    for old in backups(store.path)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def _remove(path: Path) -> None:
    """Removes what a failed copy left; in a read-only folder even that fails, and there is nothing to remove."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _refuse_while_open_elsewhere(database: Path) -> None:
    """A window or process still using the database would go on writing into the file put aside. SQLite lets a
    database leave WAL mode only when no one else has it open: that is the test."""
    if not database.exists():
        return
    probe = sqlite3.connect(database, timeout=0)
    try:
        probe.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            words = translate(
                "Case",
                "The case database {database} is open in another ReelCheck window or program: close it there first, "
                "then restore (its new work would otherwise go into the file put aside).",
            )
            raise StoreError(words.format(database=database.name)) from error
    except sqlite3.DatabaseError:
        pass  # a damaged file: exactly what a restore is for
    finally:
        probe.close()


def restore(database: Path, backup: Path) -> Path:
    """Put `backup` in place of `database`; the file it replaces is kept beside it, renamed, never deleted.
    Returns where that file went."""
    if not backup.is_file():  # Store.open would make an empty database there and put it in place
        raise StoreError(translate("Case", "The backup {backup} does not exist.").format(backup=backup))
    # The backup itself is never opened (opening switches a file to WAL, and would migrate an older one): a copy is
    # checked, and becomes the database.
    copy = database.with_name(database.name + ".restoring")
    try:
        shutil.copyfile(backup, copy)
    except OSError as error:
        _remove(copy)
        words = translate("Case", "The backup {backup} could not be copied ({reason}).")
        said = writing_problem(database, error) or words.format(backup=backup, reason=error.strerror or error)
        raise StoreError(said) from error
    try:
        Store.open(copy).close()  # refuses a damaged or newer backup before anything is moved
    except StoreError as error:
        for leftover in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
            leftover.unlink(missing_ok=True)
        words = translate("Case", "The backup {backup} cannot be used: {reason}")
        raise StoreError(words.format(backup=backup, reason=error)) from error
    try:
        _refuse_while_open_elsewhere(database)
    except StoreError:
        copy.unlink(missing_ok=True)
        raise
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = database.with_name(f"{database.stem}.replaced-{stamp}{database.suffix}")
    count = 1
    while kept.exists():  # a second restore within the second must not overwrite the first one's kept file
        count += 1
        kept = database.with_name(f"{database.stem}.replaced-{stamp}-{count}{database.suffix}")
    moved = []  # (from, to), so that a failure half-way can put everything back
    try:
        for side in ("", "-wal", "-shm"):  # journal files belong to the file that was replaced
            current = database.with_name(database.name + side)
            if current.exists():
                current.replace(kept.with_name(kept.name + side))
                moved.append((current, kept.with_name(kept.name + side)))
        copy.replace(database)
    except OSError as error:
        for original, aside in reversed(moved):
            aside.replace(original)
        copy.unlink(missing_ok=True)
        said = writing_problem(database, error)
        said = said or translate("Case", "The backup could not be put in place ({reason}).").format(reason=error)
        raise StoreError(translate("Case", "{reason} The database was left as it was.").format(reason=said)) from error
    return kept
