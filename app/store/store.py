"""The case store: open (checked, migrated, backed up), read, and write one edit at a time, each in its own
transaction with its audit row, so that killing the process at any moment loses nothing that was saved.

A Store belongs to the thread that opened it (sqlite3's rule); the GUI keeps one on its store thread.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from app.i18n import translate
from app.store import database, postgres, schema, search, team_case
from app.store.analyses import AnalysisRecords
from app.store.clock import now
from app.store.database import ImmediateTransaction, StoreError
from app.store.edits import AuditedEdits, Change
from app.store.fields import check_field, decoded, known_table, stored
from app.store.location import is_team_case, shown_case
from app.store.queue_records import QueueRecords
from app.store.rules import Refused
from app.store.team_work import TeamWork
from app.store.words import WordsRecords

# Callers find the store's errors, its edits' record and the field check here, beside the store.
__all__ = ["Change", "Refused", "Store", "StoreError", "check_field"]


@dataclass
class Store(AuditedEdits, AnalysisRecords, QueueRecords, WordsRecords, TeamWork):
    """The case database: reading here, the reviewer's audited edits (edits.py), what was measured (analyses.py),
    the queue (queue_records.py), the words (words.py) and the team's leases (team_work.py) mixed in; every write
    goes through `transaction`, `_insert`, `_update` and `_audit` below.

    A case is a SQLite file (`path`), or a team's PostgreSQL database (`url`, path None): the same tables, SQL and
    rules on both (postgres.py says the SQL in PostgreSQL's words)."""

    path: Path | None
    reviewer: str = ""
    url: str = ""
    _db: Database = field(init=False, repr=False)
    _seen: dict = field(init=False, repr=False, default_factory=dict)  # (table, id) -> the version last read

    # --- opening ----------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, address: Path | str, reviewer: str = "") -> Store:
        """Open (or create) the case at `address`, a file or a postgresql:// URL; raises StoreError when it is
        damaged, another program's or from a newer ReelCheck, leaving it as it was."""
        store = cls(None, reviewer, address) if is_team_case(address) else cls(Path(address), reviewer)
        store._connect()
        return store

    @property
    def team(self) -> bool:
        return bool(self.url)

    @property
    def address(self) -> Path | str:
        """Where the case is, as Store.open takes it: the file's path or the team database's URL."""
        return self.url or self.path

    @property
    def name(self) -> str:
        """The case as messages name it: the file's name, or the team database's address without its password."""
        return shown_case(self.url) if self.team else self.path.name

    @property
    def _kind(self):
        """The module that knows this backend's case as a whole (version, new case, integrity)."""
        return team_case if self.team else database

    def _connect(self) -> None:
        if self.team:
            self._db, version = team_case.connect(self.url)
        else:
            connection, version = database.connect(self.path)
            self._db = Database(connection)
        self._migrate(version)

    def _migrate(self, version: int) -> None:
        migrated = False
        for target in range(version, schema.VERSION):
            with self.transaction():
                # another window or process opening the same case may have migrated it while this one waited
                if self._kind.version(self._db) > target:
                    continue
                if target == 0:
                    self._kind.start_new_case(self._db)
                schema.MIGRATIONS[target](self._db)
                self._kind.set_version(self._db, target + 1)
                migrated = True
        if migrated or not self._kind.marked_as_ours(self._db):
            with self.transaction():
                self._kind.mark_as_ours(self._db)

    def close(self) -> None:
        self._db.close()

    def integrity(self) -> str:
        """'ok', or what the database's own check found."""
        return self._kind.integrity(self._db)

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the case file while it is in use (SQLite's backup API)."""
        with sqlite3.connect(target) as copy:
            self._db.conn.backup(copy)
        copy.close()

    # --- reading ----------------------------------------------------------------------------------------------
    def clips(self) -> list[dict]:
        return self._remember("clips", self._rows("select * from clips order by added_at desc, id desc"))

    def clip(self, clip_id: int) -> dict:
        rows = self._remember("clips", self._rows("select * from clips where id = ?", [clip_id]))
        if not rows:
            raise StoreError(translate("Case", "There is no clip {id} in {case}.").format(id=clip_id, case=self.name))
        return rows[0]

    def clip_by_sha256(self, sha256: str) -> dict | None:
        rows = self._rows("select * from clips where sha256 = ?", [sha256])
        return rows[0] if rows else None

    def claims(self, clip_id: int) -> list[dict]:
        sql = "select * from claims where clip_id = ? and deleted = 0 order by frame_in, id"
        return self._remember("claims", self._rows(sql, [clip_id]))

    def sources(self, clip_id: int) -> list[dict]:
        """The clip's sources, its own (claim_id empty) and its claims', in the order they were added."""
        sql = "select * from sources where clip_id = ? and deleted = 0 order by id"
        return self._remember("sources", self._rows(sql, [clip_id]))

    def evidence(self, clip_id: int) -> list[dict]:
        sql = "select * from evidence where clip_id = ? and deleted = 0 order by frame, id"
        return self._remember("evidence", self._rows(sql, [clip_id]))

    def verdict(self, clip_id: int) -> dict | None:
        sql = "select * from verdicts where clip_id = ? and deleted = 0"
        rows = self._remember("verdicts", self._rows(sql, [clip_id]))
        return rows[0] if rows else None

    def audit(self, clip_id: int | None = None) -> list[dict]:
        if clip_id is None:
            return self._rows("select * from audit order by id")
        return self._rows("select * from audit where clip_id = ? order by id", [clip_id])

    def row(self, table: str, row_id: int) -> dict:
        rows = self._rows(f"select * from [{known_table(table)}] where id = ?", [row_id])
        if not rows:
            words = translate("Case", "There is no {table} row {id} in {case}.")
            raise StoreError(words.format(table=table, id=row_id, case=self.name))
        return rows[0]

    def _rows(self, sql: str, parameters: list | None = None) -> list[dict]:
        return [decoded(row) for row in self._db.query(sql, parameters or [])]

    # --- writing: every edit is one transaction with its audit row ------------------------------------------
    def _audit(self, table: str, row_id: int, clip_id: int, action: str, before: dict, after: dict) -> None:
        self._insert(
            "audit",
            {
                "at": now(),
                "reviewer": self.reviewer,
                "table_name": table,
                "row_id": row_id,
                "clip_id": clip_id,
                "action": action,
                "before": json.dumps(before, ensure_ascii=False),
                "after": json.dumps(after, ensure_ascii=False),
            },
        )
        self._bump_version(table, row_id)

    # Plain SQL rather than sqlite-utils' table methods, which read the table's structure again on every call: an
    # import writes three rows per clip, and that reading was most of the time it spent on a row.
    def _insert(self, table: str, values: dict, replace: bool = False) -> int:
        columns = ", ".join(f"[{column}]" for column in values)
        verb = "insert or replace" if replace else "insert"
        cursor = self._db.conn.execute(
            f"{verb} into [{table}] ({columns}) values ({', '.join('?' * len(values))})",
            [stored(value) for value in values.values()],
        )
        return cursor.lastrowid

    def _update(self, table: str, row_id: int, values: dict) -> None:
        if values:
            assignments = ", ".join(f"[{column}] = ?" for column in values)
            self._db.conn.execute(
                f"update [{table}] set {assignments} where id = ?", [*map(stored, values.values()), row_id]
            )

    def transaction(self, row_locks_only: bool = False):
        """Several edits as one: all of them are in the case, or none (transactions inside it join it). A writer
        takes the case's write lock first, unless `row_locks_only` (on PostgreSQL: it locks the rows it reads
        `for update` instead)."""
        if self.team:
            return postgres.Transaction(self._db.conn, whole_case=not row_locks_only)
        return ImmediateTransaction(self._db.conn, self.path)

    # --- search -----------------------------------------------------------------------------------------------
    def search(self, text: str, limit: int = 50) -> list[dict]:
        """Claims, sources, evidence notes, verdict summaries and lines of words (with their clip and time) on every
        clip that contain `text`."""
        return search.find(self._db, text, limit)

    def claims_like(self, text: str, other_than_clip: int, limit: int = 5) -> list[dict]:
        """Claims on other clips that share words with `text`, best first: checked before?"""
        return search.similar_claims(self._db, text, other_than_clip, limit)
