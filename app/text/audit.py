"""The audit trail in words: each row of the case's audit log (who changed which claim, source, evidence frame,
verdict or clip, from what to what) as a sentence a reader of the dossier understands, e.g. "Claim 2: rating
changed from Unproven to False" or "Evidence E1 at 00:00:01.200 pinned". A row of a kind this version does not
know still gets a readable line. No Qt: the PDF uses it, and so can a window.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from analyzers.translatable import QT_TRANSLATE_NOOP
from app.dossier.labels import value_words
from app.i18n import translate
from app.queue.labels import decision_label, status_label
from app.text.timecode import format_timecode

QUOTED = {"text", "explanation", "summary", "note", "quote", "title", "description"}
# A field's name in a line, where its column's name is not what a reader calls it (in context "Fields", with the
# names the store's refusals use).
FIELD_WORDS = {
    "frame_in": QT_TRANSLATE_NOOP("Fields", "start"),
    "frame_out": QT_TRANSLATE_NOOP("Fields", "end"),
    "claim_id": QT_TRANSLATE_NOOP("Fields", "claim"),
    "url": QT_TRANSLATE_NOOP("Fields", "link"),
    "archive_url": QT_TRANSLATE_NOOP("Fields", "archive link"),
    "published": QT_TRANSLATE_NOOP("Fields", "publication date"),
    "accessed": QT_TRANSLATE_NOOP("Fields", "access date"),
    "authenticity": QT_TRANSLATE_NOOP("Fields", "authenticity assessment"),
    "content_rating": QT_TRANSLATE_NOOP("Fields", "content rating"),
    "decided_at": QT_TRANSLATE_NOOP("Fields", "decision time"),
    "image_sha256": QT_TRANSLATE_NOOP("Fields", "picture hash"),
    "source_url": QT_TRANSLATE_NOOP("Fields", "clip's link"),
    "upload_date": QT_TRANSLATE_NOOP("Fields", "upload date"),
    "queue_status": QT_TRANSLATE_NOOP("Fields", "queue status"),
    "phash": QT_TRANSLATE_NOOP("Fields", "perceptual hash"),
}
_ACTIONS = {
    "undo": QT_TRANSLATE_NOOP("Audit", "Undone: {line}"),
    "redo": QT_TRANSLATE_NOOP("Audit", "Redone: {line}"),
    "restore": QT_TRANSLATE_NOOP("Audit", "Restored: {line}"),
}
_SHORT = 70  # characters of free text quoted in a line
# The fields whose values the case stores in English (the audit row keeps them so: it is a record), and the words
# the rest of the product shows for them. A queue status has its own words: "In review" is one of a verdict's too.
_STORED_WORDS = {
    "rating": value_words,
    "content_rating": value_words,
    "authenticity": value_words,
    "status": value_words,
    "stance": value_words,
    "queue_status": status_label,
    "decision": decision_label,
}


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
        if self.fps > 0:
            return format_timecode(frame / self.fps)
        return translate("Audit", "frame {number}").format(number=int(frame))

    def claim(self, row_id: object) -> str:
        if row_id in self.claims:
            return translate("Audit", "Claim {number}").format(number=self.claims[row_id])
        return translate("Audit", "A claim since removed")


def audit_lines(entry: dict, context: AuditContext) -> list[str]:
    """One audit row in sentences, in the reader's language: as the dossier's JSON holds it (table, row_id, action,
    before, after), or as the store returns it (table_name, and before and after as JSON text)."""
    table, action = entry.get("table") or entry.get("table_name") or "", entry.get("action") or ""
    before, after = _mapping(entry.get("before")), _mapping(entry.get("after"))
    thing = _thing(table, entry.get("row_id"), {**before, **after}, context)
    if action == "create" and table in _CREATED:
        return [_CREATED[table](thing, after, context)]

    def said(line: str) -> str:
        return translate("Audit", _ACTIONS[action]).format(line=line) if action in _ACTIONS else line

    if after.get("deleted") in (0, 1) and before.get("deleted") != after.get("deleted"):
        words = (
            translate("Audit", "{thing} removed") if after["deleted"] else translate("Audit", "{thing} brought back")
        )
        return [said(words.format(thing=thing))]
    changed = [k for k in sorted(set(before) | set(after)) if k != "deleted" and before.get(k) != after.get(k)]
    if action not in ("edit", *_ACTIONS) and not changed:
        return [_happened(thing, action)]
    lines = [
        said(
            translate("Audit", "{thing}: {change}").format(
                thing=thing, change=_change(key, before.get(key), after.get(key), context)
            )
        )
        for key in changed
    ]
    return lines or [said(_happened(thing, action, nothing_else=True))]


def _happened(thing: str, action: str, nothing_else: bool = False) -> str:
    """A row that records no change of a field: what was done, by the action's own name."""
    if nothing_else:
        if action:
            return translate("Audit", "{thing}: {action}, nothing else recorded").format(thing=thing, action=action)
        return translate("Audit", "{thing}: changed, nothing else recorded").format(thing=thing)
    if action:
        return translate("Audit", "{thing}: {action}").format(thing=thing, action=action)
    return translate("Audit", "{thing}: changed").format(thing=thing)


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
        return _evidence(context.evidence.get(row_id), context.time(values["frame"]) if "frame" in values else None)
    if table == "sources":
        owner = values.get("claim_id")
        if not owner:
            return translate("Audit", "A source about the clip")
        if owner in context.claims:
            return translate("Audit", "A source of claim {number}").format(number=context.claims[owner])
        return translate("Audit", "A source of a claim since removed")
    if table == "verdicts":
        return translate("Audit", "The verdict")
    if table == "clips":
        return translate("Audit", "The clip")
    return translate("Audit", "{table} {id}").format(table=table or translate("Audit", "Row"), id=row_id)


def _evidence(label: str | None, time: str | None) -> str:
    if label and time:
        return translate("Audit", "Evidence {label} at {time}").format(label=label, time=time)
    if label:
        return translate("Audit", "Evidence {label}").format(label=label)
    if time:
        return translate("Audit", "An evidence frame at {time} since removed").format(time=time)
    return translate("Audit", "An evidence frame since removed")


def _change(key: str, old: object, new: object, context: AuditContext) -> str:
    name = translate("Fields", FIELD_WORDS.get(key, key.replace("_", " ")))
    old_words, new_words = _value(key, old, context), _value(key, new, context)
    if not old_words:
        return translate("Audit", "{field} set to {new}").format(field=name, new=new_words)
    if not new_words:
        return translate("Audit", "{field} cleared (was {old})").format(field=name, old=old_words)
    return translate("Audit", "{field} changed from {old} to {new}").format(field=name, old=old_words, new=new_words)


def _value(key: str, value: object, context: AuditContext) -> str:
    """A field's value in words: times for frames, quoted and shortened free text, a count of regions."""
    if value is None or value == "" or value == []:
        return ""
    if key in ("frame", "frame_in", "frame_out"):
        return context.time(value)
    if key == "claim_id":
        if value in context.claims:
            return translate("Audit", "claim {number}").format(number=context.claims[value])
        return translate("Audit", "a claim since removed")
    if key in _STORED_WORDS and isinstance(value, str):
        return _STORED_WORDS[key](value)
    if key == "regions" and isinstance(value, list):
        if len(value) == 1:
            return translate("Audit", "1 region")
        return translate("Audit", "{count} regions").format(count=len(value))
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    if len(text) > _SHORT:
        text = text[: _SHORT - 1] + "…"
    return translate("Audit", "“{text}”").format(text=text) if key in QUOTED else text


def _claim_created(thing: str, values: dict, context: AuditContext) -> str:
    start, end = context.time(values.get("frame_in")), context.time(values.get("frame_out"))
    text = _value("text", values.get("text"), context)
    if values.get("rating") and text:
        words = translate("Audit", "{thing} marked at {start}–{end}, rated {rating}: {text}")
    elif values.get("rating"):
        words = translate("Audit", "{thing} marked at {start}–{end}, rated {rating}")
    elif text:
        words = translate("Audit", "{thing} marked at {start}–{end}, not rated: {text}")
    else:
        words = translate("Audit", "{thing} marked at {start}–{end}, not rated")
    rating = _value("rating", values.get("rating"), context)
    return words.format(thing=thing, start=start, end=end, rating=rating, text=text)


def _source_created(thing: str, values: dict, context: AuditContext) -> str:
    name = _value("title", values.get("title") or values.get("url") or translate("Audit", "untitled"), context)
    if values.get("stance"):
        words = translate("Audit", "{thing} added: {name}, {stance}")
    else:
        words = translate("Audit", "{thing} added: {name}")
    return words.format(thing=thing, name=name, stance=_value("stance", values.get("stance"), context))


def _evidence_created(thing: str, values: dict, context: AuditContext) -> str:
    if values.get("overlay"):
        details = [translate("Audit", "overlay {overlay}").format(overlay=values["overlay"])]
    else:
        details = [translate("Audit", "no overlay")]
    if values.get("regions"):
        details.append(
            translate("Audit", "{regions} marked").format(regions=_value("regions", values["regions"], context))
        )
    shown = translate("Audit", ", ").join(details)
    if values.get("note"):
        words = translate("Audit", "{thing} pinned ({details}): {note}")
    else:
        words = translate("Audit", "{thing} pinned ({details})")
    return words.format(thing=thing, details=shown, note=_value("note", values.get("note"), context))


def _verdict_created(thing: str, values: dict, context: AuditContext) -> str:
    assessment = _value("authenticity", values.get("authenticity"), context)
    words = [assessment or translate("Audit", "no authenticity assessment")]
    if values.get("content_rating"):
        rating = _value("content_rating", values["content_rating"], context)
        words.append(translate("Audit", "content rated {rating}").format(rating=rating))
    if values.get("status"):
        words.append(translate("Audit", "status {status}").format(status=_value("status", values["status"], context)))
    return translate("Audit", "Verdict recorded: {what}").format(what=translate("Audit", "; ").join(words))


def _clip_created(thing: str, values: dict, context: AuditContext) -> str:
    name = values.get("file_name") or translate("Audit", "unnamed file")
    return translate("Audit", "Clip added to the case: {name}").format(name=name)


_CREATED = {
    "claims": _claim_created,
    "sources": _source_created,
    "evidence": _evidence_created,
    "verdicts": _verdict_created,
    "clips": _clip_created,
}
