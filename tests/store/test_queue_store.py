"""The moderator's queue in the store (app/store/queue.py, store version 3) on real SQLite files: a case from
version 2 comes forward with its clips in the queue, filters and sorts are done in SQL (any script found), a bulk
edit is audited row by row and undone as one step, keyframe hashes, groups and import outcomes round-trip, and
hostile filter values are data, never SQL."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.store import schema
from app.store.history import History, describe
from app.store.queue import SORTS, QueueFilter
from app.store.rules import DECISIONS, QUEUE_STATUSES, Refused
from app.store.store import Store


def add(store: Store, n: int, **source) -> int:
    return store.add_clip(Path(f"/clips/c{n}.mp4"), f"{n:064x}", 100 + n, {"frame_count": 30}, source)["id"]


@pytest.fixture
def store(case_at):
    store = Store.open(case_at, "ann")
    yield store
    store.close()


def test_a_version_2_case_comes_forward_with_its_clips_new_in_the_queue(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "VERSION", 2)
    old = Store.open(tmp_path / "case.db", "ann")
    old._db["clips"].insert({"sha256": "ab" * 32, "path": "/x/a.mp4", "file_name": "a.mp4", "queue_status": "new"})
    for probability, at in ((0.8, "2026-12-01"), (0.3, "2026-12-02")):
        old._db["clip_evidence"].insert(
            {"clip_id": 1, "calibration_sha256": at, "probability": probability, "created_at": at}
        )
    old.close()
    monkeypatch.undo()
    store = Store.open(tmp_path / "case.db", "ann")
    try:
        [row] = store.queue_rows(store.queue_ids(QueueFilter()))
        assert (row["queue_status"], row["decision"], row["assignee"], row["evidence"]) == ("New", "", "", 0.3)
        assert store.queue_ids(QueueFilter(statuses=("New",), decisions=("",))) == [row["id"]]
    finally:
        store.close()
    with sqlite3.connect(tmp_path / "case.db") as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION


def test_filters_in_every_script_and_by_claims(store):
    first = add(store, 1, uploader="历史频道", title="长城是用糯米建造的")
    second = add(store, 2, uploader="history_hacks", title="Pyramids")
    third = add(store, 3, uploader="قناة", title="x")
    store.create("claims", third, {"text": "The wall was built in one night", "frame_in": 0, "frame_out": 3})
    store.edit("clips", second, {"queue_note": "ask Bo for a second look", "tags": ["farm", "Reels"]})
    store.edit("clips", first, {"assignee": "Bo", "queue_status": "In review"})

    def ids(**given) -> list[int]:
        return store.queue_ids(QueueFilter(**given), "name", False)

    assert ids(text="历史") == [first] and ids(text="糯米建造") == [first] and ids(text="قن") == [third]
    assert ids(text="one night") == [third]  # in a claim
    assert ids(text="second look") == [second] and ids(tag="reels") == [second] and ids(assignee="bo") == [first]
    assert ids(statuses=("In review",)) == [first] and ids(statuses=("New",)) == [second, third]
    assert ids(text="%") == [] and ids(text="y_") == [second] and ids(text="' or 1=1 --") == []  # literal
    store.edit("claims", store.claims(third)[0]["id"], {"text": "something else"})
    assert ids(text="one night") == []  # the index follows edits


def test_sorts_by_every_column_both_ways_with_ties_kept_in_one_order(store):
    clips = [add(store, n) for n in range(6)]
    store.record_measured(clips[2], {"duration": 9.5, "badge": "Generator watermark found", "badge_level": "strong"})
    store.record_measured(clips[4], {"duration": 1.0, "peak": 0.9, "peak_detector": "learned_residual"})
    store.create("claims", clips[5], {"text": "a claim", "frame_in": 0, "frame_out": 1})
    for sort in SORTS:
        up = store.queue_ids(QueueFilter(), sort, False)
        down = store.queue_ids(QueueFilter(), sort, True)
        assert sorted(up) == sorted(clips) == sorted(down)
    assert store.queue_ids(QueueFilter(), "duration", True)[:2] == [clips[2], clips[4]]  # nothing measured: last
    assert store.queue_ids(QueueFilter(), "claims", True)[0] == clips[5]
    with pytest.raises(KeyError):
        store.queue_ids(QueueFilter(), "id; drop table clips", False)


def test_the_clip_level_figure_filters_and_sorts(store):
    low, high, none = add(store, 1), add(store, 2), add(store, 3)
    for clip_id, probability in ((low, 0.2), (high, 0.91)):
        store.record_clip_evidence(
            clip_id,
            {
                "calibration": "shipped",
                "calibration_sha256": "c" * 64,
                "probability": probability,
                "low": probability - 0.1,
                "high": probability + 0.05,
                "likelihood_ratio": 1.0,
                "rendition": "first 3 s",
                "scores": {},
            },
        )
    assert store.queue_ids(QueueFilter(evidence_at_least=0.5)) == [high]
    assert store.queue_ids(QueueFilter(), "evidence", True) == [high, low, none]
    assert [row["evidence"] for row in store.queue_rows([none, high])] == [None, 0.91]


def test_a_bulk_edit_is_audited_row_by_row_and_undone_as_one_step(store):
    clips = [add(store, n) for n in range(3)]
    store.edit("clips", clips[0], {"decision": "Remove", "queue_status": "Decided"})
    history = History()
    changes = store.edit_many("clips", clips, {"decision": "Label as AI-generated", "queue_status": "Decided"})
    history.record(changes)
    assert len(changes) == 3 and describe(changes) == "editing 3 clips"
    edits = [row for row in store.audit() if row["action"] == "edit" and row["table_name"] == "clips"]
    assert [row["row_id"] for row in edits[-3:]] == clips
    assert json.loads(edits[-3]["before"]) == {"decision": "Remove"}  # only what changed
    history.undo(store)
    assert [row["decision"] for row in store.queue_rows(clips)] == ["Remove", "", ""]
    assert [row["queue_status"] for row in store.queue_rows(clips)] == ["Decided", "New", "New"]
    history.redo(store)
    assert {row["decision"] for row in store.queue_rows(clips)} == {"Label as AI-generated"}


def test_a_bulk_edit_the_store_refuses_changes_no_row(store):
    clips = [add(store, n) for n in range(3)]
    with pytest.raises(Refused, match="is not one of"):
        store.edit_many("clips", clips, {"decision": "Delete the account"})
    with pytest.raises(Refused, match="queue status"):
        store.edit_many("clips", clips, {"queue_status": "Done"})
    assert {row["decision"] for row in store.queue_rows(clips)} == {""}
    assert set(DECISIONS) >= {"Escalate to fact-check"} and QUEUE_STATUSES[0] == "New"


def test_keyframe_hashes_groups_and_import_outcomes_round_trip(store, tmp_path):
    clips = [add(store, n) for n in range(4)]
    hashes = [(0, -(2**63), 2**63 - 1), (30, 12345, -12345)]  # signed 64-bit, the extremes included
    store.record_keyframe_hashes(clips[1], hashes)
    store.record_keyframe_hashes(clips[1], hashes[:1])  # replaces
    assert store.keyframe_hashes() == {clips[1]: hashes[:1]}
    store.set_groups({clips[0]: clips[0], clips[2]: clips[0]})
    store.set_groups({clips[1]: clips[1], clips[3]: clips[1]})  # regrouping forgets the old groups
    rows = {row["id"]: row for row in store.queue_rows(clips)}
    assert rows[clips[0]]["group_id"] is None and rows[clips[3]]["group_size"] == 2
    assert store.queue_ids(QueueFilter(group=clips[1]), "name", False) == [clips[1], clips[3]]

    path = tmp_path / "bad\x1b[31m.mp4"
    store.record_import(path, 10, 20, None, "it is not a video file")
    store.record_import(tmp_path / "good.mp4", 11, 21, clips[0])
    store.record_import(path, 10, 22, None, "it is still not a video file")  # the newest outcome counts
    assert store.imported(path)["mtime_ns"] == 22
    assert [row["path"] for row in store.import_problems()] == [str(path)]
    with pytest.raises(ValueError):
        store.record_measured(clips[0], {"sha256": "0" * 64})  # identity is not a measured field


def test_a_saved_filter_round_trips_and_ignores_what_a_newer_version_added():
    shown = QueueFilter(statuses=("New",), decisions=("", "Remove"), evidence_at_least=0.6, text="长城")
    saved = json.loads(json.dumps(shown.as_dict()))
    assert QueueFilter.from_dict(saved) == shown
    assert QueueFilter.from_dict({**saved, "colour": "red"}) == shown


def test_a_decision_and_a_verdict_are_carried_to_the_group_and_undone_as_one(store):
    from app.store.carry import carry_decision, carry_verdict

    source, copy, own_verdict = add(store, 1), add(store, 2), add(store, 3)
    store.edit("clips", source, {"decision": "Label as AI-generated", "queue_status": "Decided"})
    history = History()
    history.record(carry_decision(store, source, [source, copy, own_verdict]))
    assert {row["decision"] for row in store.queue_rows([copy, own_verdict])} == {"Label as AI-generated"}
    history.undo(store)
    assert {row["decision"] for row in store.queue_rows([copy, own_verdict])} == {""}

    with pytest.raises(Refused, match="no verdict to carry"):
        carry_verdict(store, source, [copy], "ann", "2026-12-06T10:00:00Z")
    store.create("verdicts", source, {"authenticity": "Likely AI-generated", "summary": "同一段素材。"})
    store.create("verdicts", own_verdict, {"authenticity": "Undetermined", "summary": "mine"})
    changes = carry_verdict(store, source, [source, copy, own_verdict], "bo", "2026-12-06T10:00:00Z")
    history.record(changes)
    assert len(changes) == 2
    for clip in (copy, own_verdict):
        verdict = store.verdict(clip)
        assert verdict["authenticity"] == "Likely AI-generated" and verdict["reviewer"] == "bo"
        assert verdict["summary"].startswith("同一段素材。") and "Carried from c1.mp4" in verdict["summary"]
    history.undo(store)
    assert store.verdict(copy) is None and store.verdict(own_verdict)["summary"] == "mine"


def test_rows_of_more_clips_than_sqlite_binds_at_once_come_back_in_order(store):
    import sqlite3

    if not store.team:
        store._db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)  # as older SQLite builds allow
    with store.transaction():
        ids = [add(store, n) for n in range(1_200)]
    wanted = list(reversed(ids))
    assert [row["id"] for row in store.queue_rows(wanted)] == wanted


def test_a_bulk_undo_refused_names_the_clip_a_colleague_changed_since(store, case_at):
    clips = [add(store, n) for n in range(3)]
    history = History()
    history.record(store.edit_many("clips", clips, {"decision": "Remove", "queue_status": "Decided"}))
    colleague = Store.open(case_at, "bo")
    colleague.edit("clips", clips[1], {"queue_status": "Second opinion"})
    colleague.close()
    with pytest.raises(Refused, match=r"Not undone: c1\.mp4 was changed since"):
        history.undo(store)
    assert {row["decision"] for row in store.queue_rows(clips)} == {"Remove"}  # all or nothing
