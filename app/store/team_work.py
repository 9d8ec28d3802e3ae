"""The case store's part for several reviewers on one case: a queue item's lease (who is deciding the clip, until
when, on the database's clock, so that the machines' own clocks do not matter), the refusal of an edit made on a row
another reviewer has changed since it was read (their change is said, never overwritten), and publishing, which a
team case allows its editors alone. The same on a SQLite file (two windows, two processes) as on PostgreSQL."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime

from app.i18n import translate
from app.store import schema
from app.store.rules import Refused
from app.text.shown import one_line

LEASE_S = 120.0  # a claim the reviewer's window stops renewing (it crashed, the machine slept) frees the clip then
VERSIONED = ("clips", *schema.EDITED)


class TeamWork:
    """Mixed into Store, whose connection (`_db`), backend (`_kind`), reading and transactions it uses."""

    _keeping = False  # inside versions_kept

    # --- leases -----------------------------------------------------------------------------------------------
    def claim(self, clip_id: int, seconds: float = LEASE_S) -> float:
        """Take the clip for this reviewer for `seconds` (again: renew it); raises Refused naming who holds it when
        another reviewer does. Returns when the lease ends (seconds since 1970, the database's clock)."""
        with self._lease_transaction():
            self._refuse_if_held(
                clip_id,
                translate(
                    "Case",
                    "{reviewer} is deciding {clip} until {time}: you can look at it, and its queue item is theirs to "
                    "change until then.",
                ),
            )
            return self._take(clip_id, seconds)

    def claim_next(self, shown, seconds: float = LEASE_S) -> int | None:
        """Claim the first clip (oldest first) the queue filter `shown` lets through that no other reviewer holds;
        None when there is none. On PostgreSQL moderators asking at once skip each other's locked rows instead of
        waiting for them (FOR UPDATE SKIP LOCKED)."""
        from app.store.queue import where

        condition, parameters = where(self._db, shown)
        with self._lease_transaction():
            row = self._db.execute(
                f"select c.id from clips c where {condition} and (c.claimed_by = '' or c.claimed_by = ? "
                f"or c.claimed_until <= {self._kind.NOW}) order by c.id limit 1"
                + (" for update skip locked" if self.team else ""),
                [*parameters, self._holder()],
            ).fetchone()
            if row is None:
                return None
            self._take(row[0], seconds)
        return row[0]

    def _take(self, clip_id: int, seconds: float) -> float:
        """The clip's lease is this reviewer's for `seconds` from now on the database's clock; returns its end."""
        until = self._db.execute(f"select {self._kind.NOW} + ?", [float(seconds)]).fetchone()[0]
        self._db.execute(
            "update clips set claimed_by = ?, claimed_until = ? where id = ?", [self._holder(), until, clip_id]
        )
        return until

    def release(self, clip_id: int) -> None:
        """Give the clip back, when this reviewer holds it."""
        with self._lease_transaction():
            self._db.execute(
                "update clips set claimed_by = '', claimed_until = 0 where id = ? and claimed_by = ?",
                [clip_id, self._holder()],
            )

    def held_by(self, clip_id: int) -> tuple[str, float] | None:
        """(reviewer, lease end) when another reviewer holds the clip now; None when it is free or this one's."""
        row = self._db.execute(
            f"select claimed_by, claimed_until, {self._kind.NOW} from clips where id = ?"
            + (" for update" if self.team else ""),
            [clip_id],
        ).fetchone()
        if row is None or not row[0] or row[0] == self._holder() or row[1] <= row[2]:
            return None
        return row[0], row[1]

    def _refuse_if_held(self, clip_id: int, words: str = "") -> None:
        held = self.held_by(clip_id)
        if held is not None:
            name = one_line(self._rows("select file_name from clips where id = ?", [clip_id])[0]["file_name"])
            words = words or translate(
                "Case", "{reviewer} is deciding {clip} (until {time}); it was left as they have it."
            )
            raise Refused(words.format(reviewer=one_line(held[0]), clip=name, time=_clock(held[1])))

    def with_holders(self, rows: list[dict]) -> list[dict]:
        """Queue rows with `held_by`: the other reviewer deciding the clip now, or empty."""
        now = self._db.execute(f"select {self._kind.NOW}").fetchone()[0]
        for row in rows:
            live = row["claimed_by"] and row["claimed_by"] != self._holder() and row["claimed_until"] > now
            row["held_by"] = row["claimed_by"] if live else ""
        return rows

    def _holder(self) -> str:
        return self.reviewer or "?"

    def _lease_transaction(self):
        """On PostgreSQL a lease takes the clip's row lock only, not the case's write lock: moderators claiming
        different clips do not wait for each other."""
        return self.transaction(row_locks_only=True)

    # --- edits made on what another reviewer has changed since ------------------------------------------------
    @contextmanager
    def versions_kept(self):
        """Reads inside it leave the versions this reviewer's edits are checked against as they were."""
        self._keeping = True
        try:
            yield
        finally:
            self._keeping = False

    def _remember(self, table: str, rows: list[dict]) -> list[dict]:
        """The versions of the rows this reviewer was shown: their edits are checked against them."""
        if table in VERSIONED and not self._keeping:
            self._seen.update({(table, row["id"]): row["version"] for row in rows if row.get("version") is not None})
        return rows

    def _refuse_if_changed_since_read(self, table: str, current: dict) -> None:
        """Raises Refused, saying the other reviewer's change, when the row is newer than this reviewer saw it."""
        seen = self._seen.get((table, current["id"]))
        if seen is None or current.get("version") is None or current["version"] == seen:
            return
        self._seen[(table, current["id"])] = current["version"]  # shown now: the next try is theirs to make
        from app.text.audit import AuditContext, audit_lines

        last = self._rows(
            "select * from audit where table_name = ? and row_id = ? order by id desc limit 1", [table, current["id"]]
        )
        if not last:
            raise Refused(translate("Case", "Not saved: another reviewer changed this since you opened it."))
        change = translate("Case", "; ").join(audit_lines(last[0], AuditContext()))
        words = translate(
            "Case", "Not saved: {reviewer} changed this at {time} ({change}). Their change stays; look and try again."
        )
        raise Refused(
            words.format(reviewer=one_line(last[0]["reviewer"] or "?"), time=_time(last[0]["at"]), change=change)
        )

    def _bump_version(self, table: str, row_id: int) -> None:
        if table in VERSIONED:
            self._db.execute(f"update [{table}] set version = version + 1 where id = ?", [row_id])
            if (table, row_id) in self._seen:
                self._seen[(table, row_id)] += 1

    # --- publishing -------------------------------------------------------------------------------------------
    def may_publish(self) -> bool:
        """Whether this reviewer may publish (sign) a dossier: on a team case, its editors and admins."""
        if not self.team:
            return True
        return bool(self._db.execute("select has_table_privilege('publications', 'insert')").fetchone()[0])

    def record_publication(self, clip_id: int, dossier_sha256: str, pdf_sha256: str, signer: str) -> None:
        """A signed dossier published from the case (the server refuses a reviewer who is not an editor)."""
        from app.store.clock import now

        values = {"clip_id": clip_id, "dossier_sha256": dossier_sha256, "pdf_sha256": pdf_sha256}
        values |= {"signer": signer, "reviewer": self.reviewer, "account": "", "published_at": now()}
        with self.transaction():
            self._insert("publications", values)

    def publications(self, clip_id: int) -> list[dict]:
        return self._rows("select * from publications where clip_id = ? order by id", [clip_id])


def _clock(seconds: float) -> str:
    return datetime.fromtimestamp(seconds).strftime("%H:%M")


def _time(stored: str) -> str:
    try:
        return _clock(datetime.fromisoformat(stored).timestamp())
    except (TypeError, ValueError):
        return str(stored)
