"""The Verdict panel keeps its fields in place while the verdict changes (the lines that say what was saved, the
MediaReview category and who decided come and go in room kept for them), so a click lands in the field aimed at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from app.store import rules
from widgets.verdict_panel import VerdictPanel

pytestmark = pytest.mark.gui

CLIP = {"id": 1, "source_url": "https://example.org/v/1", "title": "A clip"}


def _settled(qtbot, panel: VerdictPanel) -> dict[str, QRect]:
    """Where the fields are once the layout has settled (it takes a pass or two after a change)."""
    places = _places(panel)
    for _ in range(40):
        qtbot.wait(25)
        again = _places(panel)
        if again == places:
            return again
        places = again
    raise AssertionError("the panel's layout never settled")


def _places(panel: VerdictPanel) -> dict[str, QRect]:
    fields = {**{f"combo {k}": c for k, c in panel.combos.items()}, "summary": panel.summary.editor}
    fields |= {f"source {k}": f.editor for k, f in panel.source_fields.items()}
    return {name: QRect(w.mapTo(panel, QPoint(0, 0)), w.size()) for name, w in fields.items()}


DECIDED = {"decided_at": "2026-03-01T14:03:07+00:00", "reviewer": "Wen Jing (文静), night desk"}
CHANGES = (
    None,
    {"authenticity": "Likely AI-generated", **DECIDED},  # a category line, who decided, "Saved as you choose"
    {"authenticity": "Undetermined", **DECIDED},  # no category
    {"content_rating": "Satire"},  # not decided yet
    None,
)


@pytest.mark.parametrize("height", [400, 1400])  # in a short dock it scrolls
@pytest.mark.parametrize("width", [300, 340, 420, 640])
@pytest.mark.parametrize("first", [0, 1, 2])  # the verdict shown when the panel first appears (in a hidden tab)
def test_the_fields_stay_where_they_are_when_the_verdict_changes(qtbot, width, height, first):
    panel = VerdictPanel(rules.AUTHENTICITY, tuple(rules.RATINGS), rules.REVIEW_STATUSES)
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.set_clip(CLIP)
    panel.set_verdict(CHANGES[first])
    panel.show()
    qtbot.waitExposed(panel)
    before = _settled(qtbot, panel)
    for row in CHANGES:
        panel.set_verdict(row)
        assert _settled(qtbot, panel) == before, row


def test_the_summary_keeps_room_for_four_lines_in_a_short_dock(qtbot):
    panel = VerdictPanel(rules.AUTHENTICITY, tuple(rules.RATINGS), rules.REVIEW_STATUSES)
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.set_clip(CLIP)
    panel.show()
    qtbot.waitExposed(panel)
    places = _settled(qtbot, panel)
    spacing = panel.summary.editor.fontMetrics().lineSpacing()
    assert places["summary"].height() >= 4 * spacing  # the panel scrolls rather than squeeze what was found
