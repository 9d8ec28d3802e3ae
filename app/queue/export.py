"""The queue as CSV or JSON for the rest of the newsroom's tools: the columns the queue shows, with each clip's
SHA-256, written whole or not at all.

CSV is what a spreadsheet opens, and a spreadsheet runs a cell that starts with = + - @ as a formula (a file name
can be `=HYPERLINK(...)`): such text cells get a leading apostrophe. The file starts with a UTF-8 byte order mark,
without which Excel reads Chinese names as mojibake.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

from app import __version__
from app.files.atomic import write_text_atomically

# (key in the JSON, heading in the CSV, field of a queue row): what the queue table shows, in its order
COLUMNS = (
    ("name", "Name", "file_name"),
    ("sha256", "SHA-256", "sha256"),
    ("duration", "Duration (s)", "duration"),
    ("platform", "Platform", "platform"),
    ("uploader", "Uploader", "uploader"),
    ("source_url", "Source URL", "source_url"),
    ("badge", "Provenance", "badge"),
    ("evidence", "Clip-level evidence", "evidence"),
    ("peak", "Peak", "peak"),
    ("peak_detector", "Peak detector", "peak_detector"),
    ("status", "Status", "queue_status"),
    ("decision", "Decision", "decision"),
    ("priority", "Priority", "priority"),
    ("assignee", "Assignee", "assignee"),
    ("tags", "Tags", "tags"),
    ("claims", "Claims", "claims"),
    ("evidence_frames", "Evidence frames", "evidence_frames"),
    ("group", "Group", "group_id"),
    ("note", "Note", "queue_note"),
    ("added", "Added", "added_at"),
)
KINDS = ("csv", "json")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list: each starts a formula in some spreadsheet


def export_queue(rows: list[dict], target: Path, kind: str) -> None:
    """Write the queue rows (Store.queue_rows) to `target` as "csv" or "json"; raises OSError when it cannot be
    written (the file is then left as it was) and ValueError for another kind."""
    if kind not in KINDS:
        raise ValueError(f"the queue is exported as {' or '.join(KINDS)}, not {kind!r}")
    text = _csv(rows) if kind == "csv" else _json(rows)
    write_text_atomically(Path(target), text)


def exported(row: dict) -> dict:
    """One queue row as the export keys it (tags as a list)."""
    return {key: row.get(field) for key, _, field in COLUMNS} | {"tags": list(row.get("tags") or [])}


def _csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([heading for _, heading, _ in COLUMNS])
    for row in rows:
        values = exported(row)
        values["tags"] = "; ".join(values["tags"])
        writer.writerow([_cell(values[key]) for key, _, _ in COLUMNS])
    return "\ufeff" + buffer.getvalue()


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _json(rows: list[dict]) -> str:
    document = {
        "generator": f"ReelCheck {__version__}",
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "count": len(rows),
        "clips": [exported(row) for row in rows],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
