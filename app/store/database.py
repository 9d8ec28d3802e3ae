"""The case database file at the SQLite level: opened only when it is a ReelCheck case this version can read and it is
not damaged (another program's file and a newer ReelCheck's are left byte for byte as they were), in WAL mode, and
written in immediate transactions whose failures (a read-only folder, a full disk) are said in the reviewer's words.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlite_utils import Database

from app.i18n import translate
from app.store import failures, schema

NOW = "((julianday('now') - 2440587.5) * 86400.0)"  # seconds since 1970
_BUSY_MS = 10_000  # how long a write waits for another window or process to finish its own


class StoreError(Exception):
    """The database cannot be used; the message says why and what to do, in the reviewer's words."""


def connect(path: Path) -> tuple[sqlite3.Connection, int]:
    """The checked connection to the case database at `path` (made when it does not exist), and the schema version
    it holds, not migrated yet; raises StoreError when it cannot be used, leaving the file as it was."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_MS / 1000)
    except (OSError, sqlite3.Error) as error:
        words = translate("Case", "The case database {database} cannot be opened: {reason}.")
        raise StoreError(failures.writing_problem(path, error) or words.format(database=path, reason=error)) from error
    try:
        # Whose file it is, and its version, are read before anything is written: another program's database
        # and a newer ReelCheck's are left byte for byte as they were (no WAL switch, no tables added).
        _refuse_another_programs(connection, path)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > schema.VERSION:
            words = translate(
                "Case",
                "The case database {database} was made by a newer ReelCheck (database version {version}; this "
                "one knows up to {known}). It was left untouched: update ReelCheck to open it.",
            )
            raise StoreError(words.format(database=path, version=version, known=schema.VERSION))
        problem = connection.execute("PRAGMA quick_check").fetchone()[0]
        if problem != "ok":
            raise sqlite3.DatabaseError(problem)
        _switch_to_wal(connection)
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
    except sqlite3.DatabaseError as error:
        connection.close()
        if failures.is_busy(error):
            words = translate(
                "Case",
                "The case database {database} is busy: another program has held it locked for {seconds} seconds. "
                "It was left as it is; try again when that program is done.",
            )
            raise StoreError(words.format(database=path, seconds=_BUSY_MS // 1000)) from error
        damaged = translate(
            "Case",
            "The case database {database} is damaged ({reason}). ReelCheck left it as it is. Restore a backup "
            "(File > Restore case backup, or `reelcheck restore BACKUP`), or open another database with --db.",
        )
        raise StoreError(
            failures.writing_problem(path, error) or damaged.format(database=path, reason=error)
        ) from error
    except StoreError:
        connection.close()
        raise
    return connection, version


def _refuse_another_programs(connection: sqlite3.Connection, path: Path) -> None:
    """Raises StoreError when the file is another program's SQLite database: it carries another application id,
    or none and tables that are not a ReelCheck case's. An empty file is a new case."""
    owner = connection.execute("PRAGMA application_id").fetchone()[0]
    if owner == schema.APPLICATION_ID:
        return
    tables = {row[0] for row in connection.execute("select name from sqlite_master where type = 'table'")}
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if owner == 0 and not tables and version == 0:
        return
    if owner == 0 and 1 <= version <= schema.VERSION and tables >= schema.TABLES:
        return  # made before ReelCheck set its application id; it is set when the case is opened
    if owner:
        words = translate(
            "Case",
            "The file {file} belongs to another program (an SQLite database with application id {owner}). ReelCheck "
            "left it untouched; give --db a ReelCheck case database or the name of a new file.",
        )
    else:
        words = translate(
            "Case",
            "The file {file} belongs to another program (an SQLite database without ReelCheck's tables). ReelCheck "
            "left it untouched; give --db a ReelCheck case database or the name of a new file.",
        )
    raise StoreError(words.format(file=path, owner=f"{owner & 0xFFFFFFFF:#010x}"))


def _switch_to_wal(connection: sqlite3.Connection) -> None:
    """Switching to WAL needs the file to itself for a moment, and SQLite answers 'locked' at once (without
    waiting) when another window is opening the same new file: try again until the busy timeout."""
    deadline = time.monotonic() + _BUSY_MS / 1000
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def start_new_case(db: Database) -> None:
    """Nothing: a new SQLite file needs no more than its tables."""


def set_version(db: Database, target: int) -> None:
    db.execute(f"PRAGMA user_version={int(target)}")


def marked_as_ours(db: Database) -> bool:
    return db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID


def mark_as_ours(db: Database) -> None:
    """A new file, or one made before ReelCheck marked its files as its own."""
    db.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")


def integrity(db: Database) -> str:
    """'ok', or what SQLite's full integrity check found."""
    return "; ".join(row[0] for row in db.execute("PRAGMA integrity_check").fetchall())


class ImmediateTransaction:
    """BEGIN IMMEDIATE ... COMMIT: the write lock is taken up front, so two writers wait for each other (up to the
    busy timeout) instead of one failing half-way; an error rolls everything back. A read-only folder or a full
    disk is raised as a StoreError that says so."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self._path = path
        self._outer = False

    def __enter__(self) -> None:
        self._outer = not self._connection.in_transaction
        if self._outer:
            try:
                self._connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                self._raise_in_words(error)
                raise

    def __exit__(self, kind, error, trace) -> None:
        if not self._outer:
            return
        try:
            if kind is None:
                self._connection.execute("COMMIT")
            elif self._connection.in_transaction:  # SQLite rolls back by itself after some errors (a full disk)
                self._connection.execute("ROLLBACK")
        except sqlite3.Error as failed:
            # a failed COMMIT must not leave the transaction open: every later edit would join it, uncommitted
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
            self._raise_in_words(failed)
            raise
        if isinstance(error, sqlite3.Error):
            self._raise_in_words(error)

    def _raise_in_words(self, error: sqlite3.Error) -> None:
        said = failures.writing_problem(self._path, error)
        if said:
            raise StoreError(said) from error
