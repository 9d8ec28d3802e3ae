"""The dossier's ClaimReview/MediaReview JSON-LD can be pasted into a web page's <script> tag: no "<" is written as
itself, so a claim holding "</script><script>alert(1)</script>" cannot end the script; JSON reads the same text
back, the signature verifies and the schema holds."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator

from app.dossier.export import export
from app.dossier.signing import verify
from app.store.store import Store
from tests.case import add_to_case

HOSTILE = "</script><script>alert(1)</script> <!-- 金字塔 "
SCHEMA = json.loads((Path(__file__).parents[2] / "resources/schemas/dossier-1.schema.json").read_text("utf-8"))


def test_a_claim_cannot_close_the_script_tag_it_is_pasted_into(make_clip, tmp_path):
    path = make_clip("h264")
    store = Store.open(tmp_path / "case.db", "tester")
    try:
        row = add_to_case(store, path)
        claim = {"frame_in": 1, "frame_out": 5, "text": HOSTILE, "claimant": "<b>someone</b>", "rating": "False"}
        store.create("claims", row["id"], claim)
        verdict = {"authenticity": "Undetermined", "content_rating": "False", "summary": HOSTILE, "status": "Done"}
        store.create("verdicts", row["id"], {**verdict, "reviewer": "tester", "decided_at": "2026-11-20T10:00:00Z"})
        written = export(store, row["id"], tmp_path / "out", {"name": "Example </script>", "url": ""}, False).json
    finally:
        store.close()
    text = written.read_text("utf-8")
    assert "<" not in text and "\\u003c/script>\\u003cscript>alert(1)\\u003c/script>" in text
    document = json.loads(text)
    [review] = [r for r in document["json_ld"] if r["@type"] == "ClaimReview"]
    assert review["claimReviewed"] == HOSTILE and document["claims"][0]["text"] == HOSTILE
    json_ld = json.dumps(document["json_ld"], indent=2, ensure_ascii=False)
    assert json_ld.count("</script>") >= 2  # what the escaping keeps out of the file
    Draft202012Validator(SCHEMA).validate(document)
    assert verify(written) == []
