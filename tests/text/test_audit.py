"""The audit trail in words: every kind of edit the store records reads as a sentence, with claims numbered and
evidence labelled as the dossier does, and times as timecodes; a kind it does not know still reads."""

from __future__ import annotations

from pathlib import Path

from app.store.history import History
from app.store.store import Store
from app.text.audit import AuditContext, audit_lines

REGION = {"shape": "rectangle", "x0": 0.1, "y0": 0.1, "x1": 0.5, "y1": 0.5}


def test_each_kind_of_edit_reads_as_a_sentence(tmp_path: Path):
    store = Store.open(tmp_path / "case.db", "Mina")
    clip = store.add_clip(tmp_path / "clip.mp4", "ab" * 32, 1000, {"average_rate": 30.0})
    history = History()
    claim = store.create("claims", clip["id"], {"frame_in": 12, "frame_out": 70, "text": "Built in a night"})
    store.edit("claims", claim.row_id, {"rating": "Unproven"})
    history.record(store.edit("claims", claim.row_id, {"rating": "False", "frame_out": 75}))
    store.create("sources", clip["id"], {"claim_id": claim.row_id, "url": "https://example.org/a", "title": "Atlas"})
    pinned = store.create("evidence", clip["id"], {"frame": 36, "overlay": "noise_level", "regions": [REGION]})
    store.create("verdicts", clip["id"], {"authenticity": "Likely AI-generated", "content_rating": "False"})
    history.undo(store)
    store.delete("evidence", pinned.row_id)
    context = AuditContext(fps=30.0, claims={claim.row_id: 2}, evidence={pinned.row_id: "E1"})
    lines = [line for row in store.audit(clip["id"]) for line in audit_lines(row, context)]
    store.close()
    assert lines == [
        "Clip added to the case: clip.mp4",
        "Claim 2 marked at 00:00:00.400–00:00:02.333, not rated: “Built in a night”",
        "Claim 2: rating set to Unproven",
        "Claim 2: end changed from 00:00:02.333 to 00:00:02.500",
        "Claim 2: rating changed from Unproven to False",
        "A source of claim 2 added: “Atlas”",
        "Evidence E1 at 00:00:01.200 pinned (overlay noise_level, 1 region marked)",
        "Verdict recorded: Likely AI-generated; content rated False",
        "Undone: Claim 2: end changed from 00:00:02.500 to 00:00:02.333",
        "Undone: Claim 2: rating changed from False to Unproven",
        "Evidence E1 removed",
    ]


def test_an_unknown_kind_still_reads():
    row = {"table": "reports", "row_id": 4, "action": "archive", "before": {}, "after": {"state": "archived"}}
    assert audit_lines(row, AuditContext()) == ["reports 4: state set to archived"]
    row = {"table": "claims", "row_id": 9, "action": "merge", "before": "not json", "after": {}}
    assert audit_lines(row, AuditContext()) == ["A claim since removed: unreadable cleared (was not json)"]
