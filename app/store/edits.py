"""The case store's part for the reviewer's edits: a clip added, and claims, sources, evidence frames and verdicts
created, edited, deleted and replayed by undo and redo. Each edit is one transaction with its audit row."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.i18n import translate
from app.store import rules
from app.store.clock import now
from app.store.fields import EDITABLE, checked_values, stored, user_table
from app.store.rules import Refused
from app.text.shown import one_line


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


class AuditedEdits:
    """Mixed into Store, whose reading, transactions, audit rows and plain-SQL writes it uses."""

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
            **checked_values("clips", source or {}),
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
        table = user_table(table)
        values = checked_values(table, values)
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
                blank = dict.fromkeys(EDITABLE[table])
                before |= {k: earlier[0][k] for k in blank}
                self._update(table, row_id, {**blank, **row})
            else:
                row_id = self._insert(table, row)
            self._audit(table, row_id, clip_id, "create", {}, values)
        after = {"deleted": 0} | ({k: values.get(k) for k in before if k != "deleted"} if earlier else {})
        return Change(table, row_id, clip_id, before, after, "create")

    def edit(self, table: str, row_id: int, values: dict) -> Change | None:
        """Change some fields of a row; None when nothing actually changed."""
        values = checked_values(table, values)
        with self.transaction():
            current = self.row(table, row_id)
            self._refuse_if_changed_since_read(table, current)
            if table == "clips":
                self._refuse_if_held(row_id)
            if table == "claims" and ("frame_in" in values or "frame_out" in values):
                rules.check_frames(
                    values.get("frame_in", current["frame_in"]), values.get("frame_out", current["frame_out"])
                )
            if table == "sources" and values.get("claim_id") is not None:
                self._check_claim_of(values["claim_id"], current["clip_id"])
            if table == "evidence" and "frame" in values:
                self._check_frame_of(values["frame"], current["clip_id"])
            before = {k: current[k] for k in values if stored(current[k]) != stored(values[k])}
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
        table = user_table(table)
        with self.transaction():
            current = self.row(table, row_id)
            self._refuse_if_changed_since_read(table, current)
            clip_id = current["clip_id"]
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
            if any(stored(current[k]) != stored(v) for k, v in change.before.items()):
                # a bulk step names the clip, so that the moderator can find the one a colleague changed
                raise Refused(_not_replayed(action, one_line(current["file_name"]) if change.table == "clips" else ""))
            self._update(change.table, change.row_id, change.after)
            self._audit(change.table, change.row_id, change.clip_id, action, change.before, change.after)
        return Change(change.table, change.row_id, change.clip_id, change.before, change.after, action)


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
