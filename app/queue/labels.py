"""The queue's stored words as a reader sees them: a clip's queue status, decision and provenance badge stay in
English in the case (the store compares them, filters and exports them), and are translated only where drawn.
A value no label knows (a case written by a later version) is shown as it is."""

from __future__ import annotations

import re

from app.i18n import translate

# marks_badge_words (app/provenance/visible_marks.py) writes "Visible mark: A, B and 3 more"
_VISIBLE_MARK = re.compile(r"Visible mark: (?P<names>.*?)(?: and (?P<more>\d+) more)?", re.DOTALL)


def status_label(status: str) -> str:
    labels = {
        "New": translate("Queue status", "New"),
        "In review": translate("Queue status", "In review"),
        "Second opinion": translate("Queue status", "Second opinion"),
        "Decided": translate("Queue status", "Decided"),
    }
    return labels.get(status, status)


def decision_label(decision: str) -> str:
    labels = {
        "No action": translate("Queue decision", "No action"),
        "Label as AI-generated": translate("Queue decision", "Label as AI-generated"),
        "Remove": translate("Queue decision", "Remove"),
        "Escalate to fact-check": translate("Queue decision", "Escalate to fact-check"),
    }
    return labels.get(decision, decision)


def badge_label(words: str) -> str:
    """The badge's words (ProvenanceReport.badge, badge_with_marks) in the reader's language; the names of the
    marks read on the frames are kept as they were read."""
    labels = {
        "No provenance": translate("Provenance badge", "No provenance"),
        "Content Credentials: AI-generated": translate("Provenance badge", "Content Credentials: AI-generated"),
        "Content Credentials: made from AI-generated material": translate(
            "Provenance badge", "Content Credentials: made from AI-generated material"
        ),
        "Generator watermark found": translate("Provenance badge", "Generator watermark found"),
        "Content Credentials: signed": translate("Provenance badge", "Content Credentials: signed"),
        "Content Credentials: invalid": translate("Provenance badge", "Content Credentials: invalid"),
        "Content Credentials online, not fetched": translate(
            "Provenance badge", "Content Credentials online, not fetched"
        ),
    }
    if words in labels:
        return labels[words]
    marks = _VISIBLE_MARK.fullmatch(words)
    if marks is None:
        return words
    if marks["more"] is None:
        return translate("Provenance badge", "Visible mark: {names}").format(names=marks["names"])
    return translate("Provenance badge", "Visible mark: {names} and {count} more").format(
        names=marks["names"], count=marks["more"]
    )
