"""The case store: open (checked, migrated, backed up), read, and write one edit at a time, each in its own
transaction with its audit row, so that killing the process at any moment loses nothing that was saved.

A Store belongs to the thread that opened it (sqlite3's rule); the GUI keeps one on its store thread.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from app.i18n import translate
from app.store import failures, rules, schema, search
from app.store.clock import now
from app.store.queue_records import QueueRecords
from app.store.rules import Refused
from app.store.words import WordsRecords
from app.text.shown import one_line

_BUSY_MS = 10_000  # how long a write waits for another window or process to finish its own
_JSON_FIELDS = {"facts", "tags", "regions", "params", "frames", "scores", "sidecars", "quoted_line"}
_USER_TABLES = ("claims", "sources", "evidence", "verdicts")


class StoreError(Exception):
    """The database cannot be used; the message says why and what to do, in the reviewer's words."""


@dataclass(frozen=True)
class Change:
    """One committed edit: the fields it changed, before and after. Undo replays it reversed."""

    table: str
    row_id: int
    clip_id: int
    before: dict
    after: dict
    action: str  # create, edit, delete, restore, undo, redo

    def reversed(self) -> Change:
        return Change(self.table, self.row_id, self.clip_id, self.after, self.before, self.action)


@dataclass
class Store(QueueRecords, WordsRecords):
    path: Path
    reviewer: str = ""
    _db: Database = field(init=False, repr=False)

    # --- opening ----------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, reviewer: str = "") -> Store:
        """Open (or create) the database at `path`; raises StoreError when it is damaged or from a newer
        ReelCheck, leaving the file as it was."""
        store = cls(Path(path), reviewer)
        store._connect()
        return store

    def _connect(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, isolation_level=None, timeout=_BUSY_MS / 1000)
        except (OSError, sqlite3.Error) as error:
            words = translate("Case", "The case database {database} cannot be opened: {reason}.")
            raise StoreError(
                failures.writing_problem(self.path, error) or words.format(database=self.path, reason=error)
            ) from error
        try:
            # Whose file it is, and its version, are read before anything is written: another program's database
            # and a newer ReelCheck's are left byte for byte as they were (no WAL switch, no tables added).
            _refuse_another_programs(connection, self.path)
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > schema.VERSION:
                words = translate(
                    "Case",
                    "The case database {database} was made by a newer ReelCheck (database version {version}; this "
                    "one knows up to {known}). It was left untouched: update ReelCheck to open it.",
                )
                raise StoreError(words.format(database=self.path, version=version, known=schema.VERSION))
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
                raise StoreError(words.format(database=self.path, seconds=_BUSY_MS // 1000)) from error
            damaged = translate(
                "Case",
                "The case database {database} is damaged ({reason}). ReelCheck left it as it is. Restore a backup "
                "(File > Restore case backup, or `reelcheck restore BACKUP`), or open another database with --db.",
            )
            raise StoreError(
                failures.writing_problem(self.path, error) or damaged.format(database=self.path, reason=error)
            ) from error
        except StoreError:
            connection.close()
            raise
        self._db = Database(connection)
        self._migrate(version)

    def _migrate(self, version: int) -> None:
        for target in range(version, schema.VERSION):
            with self.transaction():
                # another window or process opening the same file may have migrated it while this one waited
                if self._db.execute("PRAGMA user_version").fetchone()[0] > target:
                    continue
                schema.MIGRATIONS[target](self._db)
                self._db.execute(f"PRAGMA user_version={target + 1}")
        if self._db.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
            with self.transaction():  # a new database, or one made before ReelCheck marked its files as its own
                self._db.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")

    def close(self) -> None:
        self._db.close()

    def integrity(self) -> str:
        """'ok', or what SQLite's full integrity check found."""
        return "; ".join(row[0] for row in self._db.execute("PRAGMA integrity_check").fetchall())

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the database while it is in use (SQLite's backup API)."""
        with sqlite3.connect(target) as copy:
            self._db.conn.backup(copy)
        copy.close()

    # --- reading ----------------------------------------------------------------------------------------------
    def clips(self) -> list[dict]:
        return self._rows("select * from clips order by added_at desc, id desc")

    def clip(self, clip_id: int) -> dict:
        rows = self._rows("select * from clips where id = ?", [clip_id])
        if not rows:
            raise StoreError(
                translate("Case", "There is no clip {id} in {case}.").format(id=clip_id, case=self.path.name)
            )
        return rows[0]

    def clip_by_sha256(self, sha256: str) -> dict | None:
        rows = self._rows("select * from clips where sha256 = ?", [sha256])
        return rows[0] if rows else None

    def claims(self, clip_id: int) -> list[dict]:
        return self._rows("select * from claims where clip_id = ? and deleted = 0 order by frame_in, id", [clip_id])

    def sources(self, clip_id: int) -> list[dict]:
        """The clip's sources, its own (claim_id empty) and its claims', in the order they were added."""
        return self._rows("select * from sources where clip_id = ? and deleted = 0 order by id", [clip_id])

    def evidence(self, clip_id: int) -> list[dict]:
        return self._rows("select * from evidence where clip_id = ? and deleted = 0 order by frame, id", [clip_id])

    def verdict(self, clip_id: int) -> dict | None:
        rows = self._rows("select * from verdicts where clip_id = ? and deleted = 0", [clip_id])
        return rows[0] if rows else None

    def analyses(self, clip_id: int) -> list[dict]:
        return self._rows("select * from analyses where clip_id = ? order by id", [clip_id])

    def audit(self, clip_id: int | None = None) -> list[dict]:
        if clip_id is None:
            return self._rows("select * from audit order by id")
        return self._rows("select * from audit where clip_id = ? order by id", [clip_id])

    def row(self, table: str, row_id: int) -> dict:
        rows = self._rows(f"select * from [{_known(table)}] where id = ?", [row_id])
        if not rows:
            words = translate("Case", "There is no {table} row {id} in {case}.")
            raise StoreError(words.format(table=table, id=row_id, case=self.path.name))
        return rows[0]

    def _rows(self, sql: str, parameters: list | None = None) -> list[dict]:
        return [_decoded(row) for row in self._db.query(sql, parameters or [])]

    # --- writing: every method is one transaction with its audit row -----------------------------------------
    def add_clip(self, path: Path, sha256: str, size: int, facts: dict, source: dict | None = None) -> dict:
        """The clip with this SHA-256, added if it is new; a clip found at a new path keeps its work."""
        values = {
            "sha256": sha256,
            "path": str(path),
            "file_name": Path(path).name,
            "size": size,
            "facts": json.dumps(facts, ensure_ascii=False),
            "queue_status": "New",
            "decision": "",
            "queue_note": "",
            "assignee": "",
            "priority": 0,
            "tags": "[]",
            "added_at": now(),
            **_checked("clips", source or {}),
        }
        with self.transaction():  # looked up and added under one lock: two windows adding it make one clip
            known = self.clip_by_sha256(sha256)
            if known is not None:
                clip_id = known["id"]
                if known["path"] != str(path):
                    self._update("clips", clip_id, {"path": str(path), "file_name": Path(path).name})
            else:
                clip_id = self._insert("clips", values)
                self._audit("clips", clip_id, clip_id, "create", {}, {k: values[k] for k in ("file_name", "sha256")})
        return self.clip(clip_id)

    def create(self, table: str, clip_id: int, values: dict) -> Change:
        """A new claim, source, evidence frame or verdict on the clip."""
        table = _user_table(table)
        values = _checked(table, values)
        if table == "sources" and values.get("url") and not values.get("publisher"):
            values["publisher"] = rules.publisher_from_url(values["url"])
        row = {**values, "clip_id": clip_id, "created_at": now(), "deleted": 0}
        before = {"deleted": 1}
        with self.transaction():
            if table == "sources" and values.get("claim_id") is not None:
                self._check_claim_of(values["claim_id"], clip_id)
            if table == "evidence":
                self._check_frame_of(values.get("frame"), clip_id)
            earlier = self._rows("select * from verdicts where clip_id = ?", [clip_id]) if table == "verdicts" else []
            if earlier and not earlier[0]["deleted"]:
                raise Refused(
                    translate(
                        "Case", "This clip has a verdict already (made in another window?): edit that one instead."
                    )
                )
            if earlier:
                # one verdict per clip: a new one after a deletion (or an undone one) takes the deleted row's place,
                # and undoing it brings back what the deleted one said
                row_id = earlier[0]["id"]
                blank = dict.fromkeys(_EDITABLE[table])
                before |= {k: earlier[0][k] for k in blank}
                self._update(table, row_id, {**blank, **row})
            else:
                row_id = self._insert(table, row)
            self._audit(table, row_id, clip_id, "create", {}, values)
        after = {"deleted": 0} | ({k: values.get(k) for k in before if k != "deleted"} if earlier else {})
        return Change(table, row_id, clip_id, before, after, "create")

    def edit(self, table: str, row_id: int, values: dict) -> Change | None:
        """Change some fields of a row; None when nothing actually changed."""
        values = _checked(table, values)
        with self.transaction():
            current = self.row(table, row_id)
            if table == "claims" and ("frame_in" in values or "frame_out" in values):
                rules.check_frames(
                    values.get("frame_in", current["frame_in"]), values.get("frame_out", current["frame_out"])
                )
            if table == "sources" and values.get("claim_id") is not None:
                self._check_claim_of(values["claim_id"], current["clip_id"])
            if table == "evidence" and "frame" in values:
                self._check_frame_of(values["frame"], current["clip_id"])
            before = {k: current[k] for k in values if _stored(current[k]) != _stored(values[k])}
            if not before:
                return None
            after = {k: values[k] for k in before}
            self._update(table, row_id, after)
            clip_id = current["id"] if table == "clips" else current["clip_id"]
            self._audit(table, row_id, clip_id, "edit", before, after)
        return Change(table, row_id, clip_id, before, after, "edit")

    def edit_many(self, table: str, row_ids: list[int], values: dict) -> list[Change]:
        """The same fields changed on several rows (a bulk edit in the queue), all in the file or none; the rows
        that already held the values are left out of the changes."""
        with self.transaction():
            changes = [self.edit(table, row_id, values) for row_id in row_ids]
        return [change for change in changes if change is not None]

    def delete(self, table: str, row_id: int) -> Change:
        """Take a row out of the case; it stays in the file, so undo (and the audit trail) can bring it back."""
        table = _user_table(table)
        with self.transaction():
            clip_id = self.row(table, row_id)["clip_id"]
            self._update(table, row_id, {"deleted": 1})
            self._audit(table, row_id, clip_id, "delete", {"deleted": 0}, {"deleted": 1})
        return Change(table, row_id, clip_id, {"deleted": 0}, {"deleted": 1}, "delete")

    def _check_claim_of(self, claim_id: int, clip_id: int) -> None:
        """A source backs a claim on its own clip."""
        if not self._rows("select id from claims where id = ? and clip_id = ?", [claim_id, clip_id]):
            raise Refused(translate("Case", "That claim is not on this clip: a source backs a claim on its own clip."))

    def _check_frame_of(self, frame: int | None, clip_id: int) -> None:
        """Evidence is pinned on one of the clip's own frames: refused here, not when the dossier is exported."""
        rules.check_frame_in_clip(frame, (self.clip(clip_id)["facts"] or {}).get("frame_count"))

    def replay(self, change: Change, action: str) -> Change:
        """Write `change.after` over the row (undo passes a reversed change); audited as `action`. Refused when the
        row no longer holds `change.before` (another window changed it since): that work is not overwritten."""
        with self.transaction():
            current = self.row(change.table, change.row_id)
            if any(_stored(current[k]) != _stored(v) for k, v in change.before.items()):
                # a bulk step names the clip, so that the moderator can find the one a colleague changed
                raise Refused(_not_replayed(action, one_line(current["file_name"]) if change.table == "clips" else ""))
            self._update(change.table, change.row_id, change.after)
            self._audit(change.table, change.row_id, change.clip_id, action, change.before, change.after)
        return Change(change.table, change.row_id, change.clip_id, change.before, change.after, action)

    def record_analysis(self, clip_id: int, track: dict) -> None:
        """A whole-clip run of one analyzer on the clip, as the dossier reports it; a run of the same analyzer
        version and model replaces the one recorded before (the scores are the same by construction)."""
        values = {
            "clip_id": clip_id,
            "analyzer_id": track["id"],
            "version": track["version"],
            "model_sha256": track["model_sha256"],
            "provider": track.get("provider", ""),
            "params": json.dumps({"stride": track.get("stride", 1)}),
            "frames": json.dumps(track["frames"]),
            "scores": json.dumps(track["scores"]),
            "created_at": now(),
        }
        with self.transaction():
            self._db.execute(
                "delete from analyses where clip_id = ? and analyzer_id = ? and version = ? and model_sha256 = ?",
                [clip_id, track["id"], track["version"], track["model_sha256"]],
            )
            self._insert("analyses", values)

    def record_analyses(self, clip_id: int, tracks: list[dict]) -> None:
        """Several whole-clip runs on the clip, all in the file or none: a kill half-way must not leave the clip
        with part of its runs, which would look like a finished analysis and never be redone."""
        with self.transaction():
            for track in tracks:
                self.record_analysis(clip_id, track)

    def record_clip_evidence(self, clip_id: int, measured: dict) -> None:
        """The clip's clip-level figure under one calibration (replacing an earlier one under the same calibration),
        with the per-frame scores of the rendition it came from. Not audited: it is measured, not entered."""
        values = {key: measured[key] for key in _EVIDENCE_FIELDS} | {
            "clip_id": clip_id,
            "scores": json.dumps(measured["scores"]),
            "created_at": now(),
        }
        with self.transaction():
            self._db.execute(
                "delete from clip_evidence where clip_id = ? and calibration_sha256 = ?",
                [clip_id, measured["calibration_sha256"]],
            )
            self._insert("clip_evidence", values)
            self._update("clips", clip_id, {"evidence": measured["probability"]})  # the newest figure, for the queue

    def clip_evidence(self, clip_id: int, calibration_sha256: str | None = None) -> dict | None:
        """The clip's latest figure (under that calibration, when one is named); None when it has none."""
        sql = "select * from clip_evidence where clip_id = ?"
        parameters: list = [clip_id]
        if calibration_sha256:
            sql += " and calibration_sha256 = ?"
            parameters.append(calibration_sha256)
        rows = self._rows(sql + " order by created_at desc, id desc limit 1", parameters)
        return rows[0] if rows else None

    def decided_clip_scores(self) -> list[dict]:
        """Each clip with a verdict on its authenticity and measured scores: the verdict, the uploader (a group for
        grouped cross-validation) and the newest rendition scores."""
        return self._rows(
            """select c.id as clip_id, c.sha256, c.uploader, c.platform, v.authenticity, e.scores
               from clips c join verdicts v on v.clip_id = c.id and v.deleted = 0
               join clip_evidence e on e.id = (
                   select id from clip_evidence where clip_id = c.id order by created_at desc, id desc limit 1)
               order by c.id"""
        )

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

    # Plain SQL rather than sqlite-utils' table methods, which read the table's structure again on every call: an
    # import writes three rows per clip, and that reading was most of the time it spent on a row.
    def _insert(self, table: str, values: dict, replace: bool = False) -> int:
        columns = ", ".join(f"[{column}]" for column in values)
        verb = "insert or replace" if replace else "insert"
        cursor = self._db.conn.execute(
            f"{verb} into [{table}] ({columns}) values ({', '.join('?' * len(values))})",
            [_stored(value) for value in values.values()],
        )
        return cursor.lastrowid

    def _update(self, table: str, row_id: int, values: dict) -> None:
        if values:
            assignments = ", ".join(f"[{column}] = ?" for column in values)
            self._db.conn.execute(
                f"update [{table}] set {assignments} where id = ?", [*map(_stored, values.values()), row_id]
            )

    def transaction(self):
        """Several edits as one: all of them are in the file, or none (transactions inside it join it)."""
        return _Immediate(self._db.conn, self.path)

    # --- search -----------------------------------------------------------------------------------------------
    def search(self, text: str, limit: int = 50) -> list[dict]:
        """Claims, sources, evidence notes, verdict summaries and lines of words (with their clip and time) on every
        clip that contain `text`."""
        return search.find(self._db, text, limit)

    def claims_like(self, text: str, other_than_clip: int, limit: int = 5) -> list[dict]:
        """Claims on other clips that share words with `text`, best first: checked before?"""
        return search.similar_claims(self._db, text, other_than_clip, limit)


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


def _not_replayed(action: str, clip: str) -> str:
    """Why an undo or redo was refused: another window changed the row since. `clip`: the clip's name when the row
    is a clip (a bulk step names it, so that the moderator can find the one a colleague changed)."""
    if clip:
        words = (
            translate("Case", "Not undone: {clip} was changed since (in another window?), and that change stays.")
            if action == "undo"
            else translate("Case", "Not redone: {clip} was changed since (in another window?), and that change stays.")
        )
        return words.format(clip=clip)
    if action == "undo":
        return translate("Case", "Not undone: this was changed since (in another window?), and that change stays.")
    return translate("Case", "Not redone: this was changed since (in another window?), and that change stays.")


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


class _Immediate:
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


_EDITABLE = {
    "clips": {
        "source_url",
        "platform",
        "uploader",
        "upload_date",
        "title",
        "description",
        "queue_status",
        "decision",
        "queue_note",
        "priority",
        "assignee",
        "tags",
        "phash",
    },
    "claims": {"frame_in", "frame_out", "text", "claimant", "rating", "explanation", "quoted_line"},
    "sources": {"claim_id", "url", "title", "publisher", "published", "accessed", "archive_url", "quote", "stance"},
    "evidence": {"frame", "overlay", "regions", "note", "image_sha256"},
    "verdicts": {"authenticity", "content_rating", "summary", "reviewer", "decided_at", "status"},
}
_URLS = {"url": "link", "archive_url": "archive link", "source_url": "clip's link"}
_DATES = {"published": "publication date", "accessed": "access date", "upload_date": "upload date"}


def check_field(table: str, key: str, value: object) -> object:
    """`value` as the store would keep it in `table`'s field `key`; raises Refused with the store's own sentence,
    so that a panel can show a refusal by its field before the edit is sent."""
    return _checked(table, {key: value})[key]


def _checked(table: str, values: dict) -> dict:
    """The values as the store keeps them; raises Refused with the reason for anything it will not take."""
    unknown = set(values) - _EDITABLE[_known(table)]
    if unknown:
        raise ValueError(f"{table} has no editable field {', '.join(sorted(unknown))}")
    checked = {}
    for key, value in values.items():
        if key in _URLS:
            checked[key] = rules.check_url(value, _URLS[key])
        elif key in _DATES:
            checked[key] = rules.check_date(value, _DATES[key])
        elif key in {"frame_in", "frame_out", "frame", "priority", "claim_id"}:
            checked[key] = rules.check_number(value, key.replace("_", " "))
        elif key == "regions":
            checked[key] = rules.check_regions(value)
        elif key == "quoted_line":
            checked[key] = rules.check_quoted_line(value)
        elif key == "tags":
            if not isinstance(value, list):
                raise Refused(translate("Fields", "The tags must be a list of words."))
            checked[key] = [rules.clean_text(tag, "tag") for tag in value]
        elif key == "stance":
            checked[key] = rules.check_choice(value, rules.STANCES, "stance")
        elif key == "authenticity":
            checked[key] = rules.check_choice(value, tuple(rules.AUTHENTICITY), "assessment")
        elif key == "status":
            checked[key] = rules.check_choice(value, rules.REVIEW_STATUSES, "review status")
        elif key == "queue_status":
            checked[key] = rules.check_choice(value, rules.QUEUE_STATUSES, "queue status") or "New"
        elif key == "decision":
            checked[key] = rules.check_choice(value, rules.DECISIONS, "decision")
        else:
            checked[key] = rules.clean_text(value, key.replace("_", " "))
    if "frame_in" in checked and "frame_out" in checked:
        rules.check_frames(checked["frame_in"], checked["frame_out"])
    return checked


def _known(table: str) -> str:
    if table not in _EDITABLE and table not in ("analyses", "audit"):
        raise ValueError(f"no table {table}")
    return table


def _user_table(table: str) -> str:
    if table not in _USER_TABLES:
        raise ValueError(f"{table} rows are not made by reviewers")
    return table


def _stored(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def _decoded(row: dict) -> dict:
    return {k: json.loads(v) if k in _JSON_FIELDS and isinstance(v, str) and v else v for k, v in row.items()}


__all__ = ["Change", "Refused", "Store", "StoreError"]


_EVIDENCE_FIELDS = ("calibration", "calibration_sha256", "probability", "low", "high", "likelihood_ratio", "rendition")
