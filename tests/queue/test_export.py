"""The queue exported for the newsroom's tools: CSV that a spreadsheet opens safely (no formula runs, Chinese stays
Chinese) and JSON with a header, both read back."""

from __future__ import annotations

import csv
import json

import pytest

from app.queue.export import COLUMNS, export_queue
from app.store.queue import QueueFilter
from app.store.store import Store


@pytest.fixture
def rows(tmp_path) -> list[dict]:
    store = Store.open(tmp_path / "case.db", "Moderator")
    try:
        first = store.add_clip(tmp_path / "金字塔激光.mp4", "a" * 64, 1000, {}, {"uploader": "历史真相"})
        second = store.add_clip(tmp_path / "=cmd|' -C calc'!A0.mp4", "b" * 64, 2000, {}, {"uploader": "-2+3"})
        store.edit("clips", first["id"], {"decision": "Remove", "queue_status": "Decided", "tags": ["slop", "@farm"]})
        store.edit("clips", second["id"], {"queue_note": "+ask the desk", "assignee": "Lin"})
        store.record_measured(first["id"], {"duration": 12.5, "peak": 0.8, "peak_detector": "npr_residual"})
        return store.queue_rows(store.queue_ids(QueueFilter(), "name", descending=False))
    finally:
        store.close()


def test_csv_opens_in_a_spreadsheet_with_chinese_and_no_formula(rows, tmp_path):
    target = tmp_path / "queue.csv"
    export_queue(rows, target, "csv")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with its byte order mark
    with target.open(encoding="utf-8-sig", newline="") as file:
        table = list(csv.DictReader(file))
    assert list(table[0]) == [heading for _, heading, _ in COLUMNS]
    by_sha = {row["SHA-256"]: row for row in table}
    chinese, hostile = by_sha["a" * 64], by_sha["b" * 64]
    assert chinese["Name"] == "金字塔激光.mp4" and chinese["Uploader"] == "历史真相"
    assert chinese["Decision"] == "Remove" and chinese["Status"] == "Decided"
    assert chinese["Tags"] == "slop; @farm"  # joined, so it starts with a letter
    assert chinese["Peak"] == "0.8" and chinese["Peak detector"] == "npr_residual" and chinese["Duration (s)"] == "12.5"
    assert hostile["Name"] == "'=cmd|' -C calc'!A0.mp4"
    assert hostile["Uploader"] == "'-2+3" and hostile["Note"] == "'+ask the desk" and hostile["Assignee"] == "Lin"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in table for cell in row.values())
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_json_has_a_header_and_every_column(rows, tmp_path):
    target = tmp_path / "queue.json"
    export_queue(rows, target, "json")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["generator"].startswith("ReelCheck ") and document["exported_at"].endswith("Z")
    assert document["count"] == 2 and len(document["clips"]) == 2
    first = next(clip for clip in document["clips"] if clip["sha256"] == "a" * 64)
    assert set(first) == {key for key, _, _ in COLUMNS}
    assert first["name"] == "金字塔激光.mp4" and first["tags"] == ["slop", "@farm"] and first["claims"] == 0
    hostile = next(clip for clip in document["clips"] if clip["sha256"] == "b" * 64)
    assert hostile["name"].startswith("=cmd")  # JSON is data, not a spreadsheet: kept as it is


def test_another_kind_is_refused_and_an_unwritable_target_leaves_nothing(rows, tmp_path):
    with pytest.raises(ValueError, match="csv or json"):
        export_queue(rows, tmp_path / "queue.xlsx", "xlsx")
    with pytest.raises(OSError):
        export_queue(rows, tmp_path / "missing folder" / "queue.csv", "csv")
    assert not (tmp_path / "missing folder").exists()
