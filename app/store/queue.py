"""The moderator's queue as SQL: which clips a filter lets through, in which order, and the row the queue shows for
each. Sorting and filtering happen in the database, so a queue of ten thousand clips is ordered without loading it; the
view then asks for the rows of the page on screen."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from app.store.search import holding

# The clip's claim and evidence counts, and the size of its group of near-duplicates.
_CLAIMS = "(select count(*) from claims k where k.clip_id = c.id and k.deleted = 0)"
_EVIDENCE_FRAMES = "(select count(*) from evidence f where f.clip_id = c.id and f.deleted = 0)"
_GROUP_SIZE = "(select count(*) from clips g where g.group_id = c.group_id)"

# column key -> the SQL it sorts by; text sorts without regard to case
SORTS = {
    "name": "c.file_name collate nocase",
    "duration": "c.duration",
    "platform": "c.platform collate nocase",
    "uploader": "c.uploader collate nocase",
    "badge": "c.badge_level",
    "evidence": "c.evidence",
    "peak": "c.peak",
    "status": "c.queue_status",
    "decision": "c.decision",
    "priority": "c.priority",
    "assignee": "c.assignee collate nocase",
    "tags": "c.tags",
    "claims": _CLAIMS,
    "evidence_frames": _EVIDENCE_FRAMES,
    "added": "c.added_at",
    "group": "c.group_id",
}


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows; an empty field lets everything through."""

    statuses: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()  # "" stands for clips not decided yet
    badge_levels: tuple[str, ...] = ()
    evidence_at_least: float | None = None  # the clip-level figure, 0..1
    tag: str = ""
    assignee: str = ""
    text: str = ""  # in names, titles, uploaders, queue notes, claims and the clip's words
    group: int | None = None

    def as_dict(self) -> dict:
        return {key: list(value) if isinstance(value, tuple) else value for key, value in self.__dict__.items()}

    @classmethod
    def from_dict(cls, values: dict) -> QueueFilter:
        """A filter saved earlier; unknown keys (from a newer ReelCheck) are left out."""
        known = {key: values[key] for key in cls.__dataclass_fields__ if key in values}
        for key in ("statuses", "decisions", "badge_levels"):
            if key in known:
                known[key] = tuple(str(value) for value in known[key] or ())
        return cls(**known)


def clip_ids(db: Database, shown: QueueFilter, sort: str, descending: bool) -> list[int]:
    condition, parameters = where(db, shown)
    direction = "desc" if descending else "asc"
    # the clip id breaks ties, so that equal rows keep one order whichever way the column is sorted
    order = f"{SORTS[sort]} {direction} nulls last, c.id {direction}"
    sql = f"select c.id from clips c where {condition} order by {order}"
    return [row[0] for row in db.execute(sql, parameters)]


_IDS_AT_ONCE = 500  # ids bound in one query: SQLite builds may allow as few as 999 (older) or 32,766 variables


def rows(db: Database, ids: list[int]) -> list[dict]:
    found: dict[int, dict] = {}
    for start in range(0, len(ids), _IDS_AT_ONCE):
        found |= _rows(db, ids[start : start + _IDS_AT_ONCE])
    return [found[clip_id] for clip_id in ids if clip_id in found]


def _rows(db: Database, ids: list[int]) -> dict[int, dict]:
    marks = ",".join("?" * len(ids))
    return {
        row["id"]: _decoded(row)
        for row in db.query(
            f"""select c.id, c.sha256, c.path, c.file_name, c.size, c.duration, c.title, c.platform, c.uploader,
                       c.source_url, c.badge, c.badge_level, c.evidence, c.peak, c.peak_detector,
                       c.queue_status, c.decision, c.priority, c.assignee, c.tags, c.queue_note, c.added_at,
                       c.group_id, c.version, c.claimed_by, c.claimed_until, {_GROUP_SIZE} as group_size,
                       {_CLAIMS} as claims, {_EVIDENCE_FRAMES} as evidence_frames
                from clips c where c.id in ({marks})""",
            ids,
        )
    }


def where(db: Database, shown: QueueFilter) -> tuple[str, list]:
    """The SQL condition on the clips `c` the filter lets through, and its parameters."""
    clauses, parameters = ["1 = 1"], []

    def any_of(column: str, values: tuple[str, ...]) -> None:
        if values:
            clauses.append(f"coalesce({column}, '') in ({','.join('?' * len(values))})")
            parameters.extend(values)

    any_of("c.queue_status", shown.statuses)
    any_of("c.decision", shown.decisions)
    any_of("c.badge_level", shown.badge_levels)
    if shown.evidence_at_least is not None:
        clauses.append("c.evidence >= ?")
        parameters.append(shown.evidence_at_least)
    if shown.tag:
        postgres = getattr(db, "postgres", False)
        tags = "jsonb_array_elements_text(c.tags::jsonb) t(value)" if postgres else "json_each(c.tags) t"
        clauses.append(f"exists (select 1 from {tags} where t.value = ? collate nocase)")
        parameters.append(shown.tag)
    if shown.assignee:
        clauses.append("c.assignee = ? collate nocase")
        parameters.append(shown.assignee)
    if shown.group is not None:
        clauses.append("c.group_id = ?")
        parameters.append(shown.group)
    text = shown.text.replace("\x00", "").strip()
    if text:
        clause, found = _text_clause(db, text)
        clauses.append(clause)
        parameters.extend(found)
    return " and ".join(clauses), parameters


def _text_clause(db: Database, text: str) -> tuple[str, list]:
    """Clips whose name, title, uploader or queue note, one of whose claims, or one of whose lines of words (subtitles,
    on-screen text) holds `text` (any script)."""
    own, parameters = holding(db, "clips", "c", ("file_name", "title", "uploader", "queue_note"), text)
    claimed, in_claims = holding(db, "claims", "k", ("text", "claimant", "explanation"), text)
    said, in_words = holding(db, "words", "w", ("text",), text)
    return (
        f"({own} or c.id in (select k.clip_id from claims k where k.deleted = 0 and {claimed}) "
        f"or c.id in (select w.clip_id from words w where {said}))",
        [*parameters, *in_claims, *in_words],
    )


def _decoded(row: dict) -> dict:
    return {**row, "tags": json.loads(row["tags"]) if row["tags"] else []}
