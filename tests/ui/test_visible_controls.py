"""Bidi overrides and control characters in text the window shows from files and other reviewers (claim rows and
their tooltips, source titles, evidence notes, clip names, media tags, Content Credentials) are shown as their
codes, so `\u202e` cannot turn what is read around; the fields a reviewer types in keep their text as it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from widgets.claims_panel import ClaimsPanel
from widgets.evidence_panel import EvidenceItem, EvidencePanel
from widgets.panels import ClipList, FactsPanel
from widgets.provenance_panel import ProvenancePanel
from widgets.sources_panel import SourcesPanel

pytestmark = pytest.mark.gui

FORGED = "Visit moc.elgoog\u202e now\u202c\x1b[2J"  # reads as "google.com" reversed, and clears a terminal
SHOWN = "\\u202e"


def _hidden(text: str) -> bool:
    return "\u202e" not in text and "\x1b" not in text


def test_claim_rows_and_tips_show_the_codes_and_the_editor_keeps_the_text(qtbot):
    panel = ClaimsPanel(["True", "False"])
    qtbot.addWidget(panel)
    panel.set_frame_count(100)
    row = {"id": 1, "clip_id": 1, "frame_in": 0, "frame_out": 5, "text": FORGED, "claimant": "x\u202ey"}
    row |= {"rating": "False", "explanation": ""}
    panel.set_claims([row])
    item = panel.list.topLevelItem(0)
    assert SHOWN in item.text(2) and _hidden(item.text(2)) and "\\x1b" in item.text(2)
    assert SHOWN in item.toolTip(2) and _hidden(item.toolTip(2))
    panel.select(1)
    assert panel.text.toPlainText() == FORGED  # what the reviewer edits is the text itself
    panel.show_similar([{"id": 2, "clip_id": 2, "text": FORGED, "rating": "False", "file_name": "b\u202e.mp4"}])
    similar = panel.similar.item(0)
    assert _hidden(similar.text()) and _hidden(similar.toolTip()) and SHOWN in similar.text()


def test_source_titles_evidence_notes_clip_names_and_tags_show_the_codes(qtbot):
    sources = SourcesPanel(("supports", "refutes", "context"))
    qtbot.addWidget(sources)
    sources.set_clip_open(True)
    sources.set_sources([{"id": 1, "clip_id": 1, "claim_id": None, "url": "https://example.org/", "title": FORGED}])
    assert SHOWN in sources.list.item(0).text() and _hidden(sources.list.item(0).text())

    evidence = EvidencePanel()
    qtbot.addWidget(evidence)
    evidence.set_items([EvidenceItem(1, 3, "00:00:00.100", "", FORGED, (), None)])
    row = evidence.list.item(0)
    assert _hidden(row.text()) and _hidden(row.toolTip()) and SHOWN in row.toolTip()

    clips = ClipList()
    qtbot.addWidget(clips)
    clips.add_clip("/clips/evil\u202e4pm.exe", "evil\u202e4pm.exe")
    assert clips.item(0).text() == f"evil{SHOWN}4pm.exe" and _hidden(clips.item(0).toolTip())
    assert clips.paths() == ["/clips/evil\u202e4pm.exe"]  # opened by its real path

    facts = FactsPanel()
    qtbot.addWidget(facts)
    facts.show_sections([("Tags", [("title", FORGED)])])
    tag = facts.findItems("title", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)[0]
    assert SHOWN in tag.text(1) and _hidden(tag.text(1)) and _hidden(tag.toolTip(1))


def test_content_credentials_text_shows_the_codes(qtbot):
    panel = ProvenancePanel()
    qtbot.addWidget(panel)
    details = {"state": "valid", "issuer": "Real\u202eEvil", "title": FORGED, "actions": [], "ingredients": []}
    panel.show_report({"findings": [{"kind": "content_credentials", "sentence": "Signed.", "details": details}]})
    text = panel.shown_text()
    assert SHOWN in text and _hidden(text)
