"""The audit trail in words: each row of the case's audit log (who changed which claim, source, evidence frame,
verdict or clip, from what to what) as a sentence a reader of the dossier understands, e.g. "Claim 2: rating
changed from Unproven to False" or "Evidence E1 at 00:00:01.200 pinned". A row of a kind this version does not
know still gets a readable line. No Qt: the PDF uses it, and so can a window.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.text.timecode import format_timecode

QUOTED = {"text", "explanation", "summary", "note", "quote", "title", "description"}
FIELD_WORDS = {
    "frame_in": "start",
    "frame_out": "end",
    "claim_id": "claim",
    "url": "link",
    "archive_url": "archive link",
    "published": "publication date",
    "accessed": "access date",
    "authenticity": "authenticity assessment",
    "content_rating": "content rating",
    "decided_at": "decision time",
    "image_sha256": "picture hash",
    "source_url": "clip's link",
    "upload_date": "upload date",
    "queue_status": "queue status",
    "phash": "perceptual hash",
}
_ACTIONS = {"undo": "Undone", "redo": "Redone", "restore": "Restored"}
_SHORT = 70  # characters of free text quoted in a line


@dataclass(frozen=True)
class AuditContext:
    """What turns row ids and frames into the reader's names: claim numbers and evidence labels as the dossier
    numbers them (by row id), and the clip's frame rate for times."""

    fps: float = 0.0
    claims: dict[int, int] = field(default_factory=dict)  # claim row id -> its number
    evidence: dict[int, str] = field(default_factory=dict)  # evidence row id -> "E1"

    def time(self, frame: object) -> str:
        if not isinstance(frame, int | float):
            return str(frame)
        return format_timecode(frame / self.fps) if self.fps > 0 else f"frame {int(frame)}"

    def claim(self, row_id: object) -> str:
        return f"Claim {self.claims[row_id]}" if row_id in self.claims else "A claim since removed"


def audit_lines(entry: dict, context: AuditContext) -> list[str]:
    """One audit row in sentences: as the dossier's JSON holds it (table, row_id, action, before, after), or as the
    store returns it (table_name, and before and after as JSON text)."""
    table, action = entry.get("table") or entry.get("table_name") or "", entry.get("action") or ""
    before, after = _mapping(entry.get("before")), _mapping(entry.get("after"))
    thing = _thing(table, entry.get("row_id"), {**before, **after}, context)
    if action == "create" and table in _CREATED:
        return [_CREATED[table](thing, after, context)]
    prefix = f"{_ACTIONS[action]}: " if action in _ACTIONS else ""
    if after.get("deleted") in (0, 1) and before.get("deleted") != after.get("deleted"):
        return [f"{prefix}{thing} {'removed' if after['deleted'] else 'brought back'}"]
    changed = [k for k in sorted(set(before) | set(after)) if k != "deleted" and before.get(k) != after.get(k)]
    if action not in ("edit", *_ACTIONS) and not changed:
        return [f"{thing}: {action or 'changed'}"]
    lines = [f"{prefix}{thing}: {_change(key, before.get(key), after.get(key), context)}" for key in changed]
    return lines or [f"{prefix}{thing}: {action or 'changed'}, nothing else recorded"]


def _mapping(value: object) -> dict:
    if isinstance(value, str):  # a row straight from the store holds JSON text
        try:
            value = json.loads(value or "{}")
        except ValueError:
            return {"unreadable": value}
    return value if isinstance(value, dict) else {"value": value}


def _thing(table: str, row_id: object, values: dict, context: AuditContext) -> str:
    if table == "claims":
        return context.claim(row_id)
    if table == "evidence":
        label = context.evidence.get(row_id)
        at = f" at {context.time(values['frame'])}" if "frame" in values else ""
        return f"Evidence {label}{at}" if label else f"An evidence frame{at} since removed"
    if table == "sources":
        owner = values.get("claim_id")
        return f"A source of {context.claim(owner).lower()}" if owner else "A source about the clip"
    if table == "verdicts":
        return "The verdict"
    if table == "clips":
        return "The clip"
    return f"{table or 'Row'} {row_id}"


def _change(key: str, old: object, new: object, context: AuditContext) -> str:
    name = FIELD_WORDS.get(key, key.replace("_", " "))
    old_words, new_words = _value(key, old, context), _value(key, new, context)
    if not old_words:
        return f"{name} set to {new_words}"
    if not new_words:
        return f"{name} cleared (was {old_words})"
    return f"{name} changed from {old_words} to {new_words}"


def _value(key: str, value: object, context: AuditContext) -> str:
    """A field's value in words: times for frames, quoted and shortened free text, a count of regions."""
    if value is None or value == "" or value == []:
        return ""
    if key in ("frame", "frame_in", "frame_out"):
        return context.time(value)
    if key == "claim_id":
        return context.claim(value).lower()
    if key == "regions" and isinstance(value, list):
        return f"{len(value)} region{'s' if len(value) != 1 else ''}"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    if len(text) > _SHORT:
        text = text[: _SHORT - 1] + "…"
    return f"“{text}”" if key in QUOTED else text


def _claim_created(thing: str, values: dict, context: AuditContext) -> str:
    span = f" at {context.time(values.get('frame_in'))}–{context.time(values.get('frame_out'))}"
    rating = f", rated {values['rating']}" if values.get("rating") else ", not rated"
    said = f": {_value('text', values.get('text'), context)}" if values.get("text") else ""
    return f"{thing} marked{span}{rating}{said}"


def _source_created(thing: str, values: dict, context: AuditContext) -> str:
    name = values.get("title") or values.get("url") or "untitled"
    stance = f", {values['stance']}" if values.get("stance") else ""
    return f"{thing} added: {_value('title', name, context)}{stance}"


def _evidence_created(thing: str, values: dict, context: AuditContext) -> str:
    details = [f"overlay {values['overlay']}" if values.get("overlay") else "no overlay"]
    if values.get("regions"):
        details.append(f"{_value('regions', values['regions'], context)} marked")
    note = f": {_value('note', values['note'], context)}" if values.get("note") else ""
    return f"{thing} pinned ({', '.join(details)}){note}"


def _verdict_created(thing: str, values: dict, context: AuditContext) -> str:
    words = [values.get("authenticity") or "no authenticity assessment"]
    if values.get("content_rating"):
        words.append(f"content rated {values['content_rating']}")
    if values.get("status"):
        words.append(f"status {values['status']}")
    return f"Verdict recorded: {'; '.join(words)}"


def _clip_created(thing: str, values: dict, context: AuditContext) -> str:
    return f"Clip added to the case: {values.get('file_name') or 'unnamed file'}"


_CREATED = {
    "claims": _claim_created,
    "sources": _source_created,
    "evidence": _evidence_created,
    "verdicts": _verdict_created,
    "clips": _clip_created,
}
