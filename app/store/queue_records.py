"""The case store's part for the moderator's queue: its rows (sorted and filtered in SQL, app/store/queue.py), what
an import or a batch analysis measures about each clip, keyframe hashes and groups of re-uploads, and each imported
file's outcome. Measured, not entered: none of it is audited or undone; the queue's edits of a clip's status,
decision, assignee ... are ordinary audited edits (Store.edit_many)."""

from __future__ import annotations

from pathlib import Path

from app.store import queue
from app.store.clock import now

_MEASURED = {"duration", "badge", "badge_level", "peak", "peak_detector", "sidecars", "group_id"}


class QueueRecords:
    """Mixed into Store, whose connection (`_db`), transactions and plain-SQL writes it uses."""

    def queue_ids(self, shown: queue.QueueFilter, sort: str = "added", descending: bool = True) -> list[int]:
        """The ids of the clips the filter lets through, in the order asked for (see app.store.queue)."""
        return queue.clip_ids(self._db, shown, sort, descending)

    def queue_rows(self, clip_ids: list[int]) -> list[dict]:
        """The queue's rows for these clips, in the order given (a page of the table), each with `held_by`: the
        reviewer deciding it now, when it is another."""
        return self.with_holders(self._remember("clips", queue.rows(self._db, clip_ids)))

    def record_measured(self, clip_id: int, values: dict) -> None:
        """What an import or a batch analysis measured about a clip (duration, provenance badge, strongest peak,
        sidecars, group). Not audited: measured, not entered."""
        unknown = set(values) - _MEASURED
        if unknown:
            raise ValueError(f"clips have no measured field {', '.join(sorted(unknown))}")
        with self.transaction():
            self._update("clips", clip_id, values)

    def record_keyframe_hashes(self, clip_id: int, hashes: list[tuple[int, int, int]]) -> None:
        """(frame, hash, mirror hash) of the clip's keyframes, replacing any recorded before."""
        with self.transaction():
            self._db.execute("delete from keyframe_hashes where clip_id = ?", [clip_id])
            self._db.conn.executemany(
                "insert into keyframe_hashes (clip_id, frame, hash, mirror_hash) values (?, ?, ?, ?)",
                [(clip_id, frame, value, mirrored) for frame, value, mirrored in hashes],
            )

    def keyframe_hashes(self) -> dict[int, list[tuple[int, int, int]]]:
        """Every clip's keyframe hashes, by clip id."""
        found: dict[int, list[tuple[int, int, int]]] = {}
        for clip_id, frame, value, mirrored in self._db.execute(
            "select clip_id, frame, hash, mirror_hash from keyframe_hashes order by clip_id, frame"
        ):
            found.setdefault(clip_id, []).append((frame, value, mirrored))
        return found

    def set_groups(self, groups: dict[int, int]) -> None:
        """Each clip's group of near-duplicates (clip id -> group id); clips not named are in no group."""
        with self.transaction():  # only the clips whose group changed are written
            before = dict(self._db.execute("select id, group_id from clips where group_id is not null").fetchall())
            changed = [
                (groups.get(clip), clip)
                for clip in before.keys() | groups.keys()
                if before.get(clip) != groups.get(clip)
            ]
            self._db.conn.executemany("update clips set group_id = ? where id = ?", changed)

    def record_import(self, path: Path, size: int, mtime_ns: int, clip_id: int | None, problem: str = "") -> None:
        """How importing the file at `path` ended: its clip, or why it was not imported."""
        with self.transaction():
            self._insert(
                "imports",
                {
                    "path": str(path),
                    "size": size,
                    "mtime_ns": mtime_ns,
                    "clip_id": clip_id,
                    "problem": problem,
                    "at": now(),
                },
                replace=True,
            )

    def imported(self, path: Path) -> dict | None:
        """The outcome recorded for the file at `path`, or None when it was never imported."""
        rows = self._rows("select * from imports where path = ?", [str(path)])
        return rows[0] if rows else None

    def import_problems(self) -> list[dict]:
        """The files an import could not take, with the reason, newest first."""
        return self._rows("select * from imports where problem != '' order by at desc, path")
