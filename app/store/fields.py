"""The fields a reviewer edits in each table, and each value as the store keeps it: checked (refused with the
store's own sentence), stored (lists and dicts as JSON) and read back. No Qt."""

from __future__ import annotations

import json

from app.i18n import translate
from app.store import rules, schema
from app.store.rules import Refused

_JSON_FIELDS = {"facts", "tags", "regions", "params", "frames", "scores", "sidecars", "quoted_line"}
EDITABLE = {
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
    return checked_values(table, {key: value})[key]


def checked_values(table: str, values: dict) -> dict:
    """The values as the store keeps them; raises Refused with the reason for anything it will not take."""
    unknown = set(values) - EDITABLE[known_table(table)]
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


def known_table(table: str) -> str:
    if table not in EDITABLE and table not in ("analyses", "audit"):
        raise ValueError(f"no table {table}")
    return table


def user_table(table: str) -> str:
    if table not in schema.EDITED:
        raise ValueError(f"{table} rows are not made by reviewers")
    return table


def stored(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def decoded(row: dict) -> dict:
    return {k: json.loads(v) if k in _JSON_FIELDS and isinstance(v, str) and v else v for k, v in row.items()}
