"""Carrying one clip's outcome to its near-duplicates (re-uploads of the same footage): the moderator's decision, or
the fact-checker's verdict. Each is one transaction of ordinary audited edits, so the audit trail shows every clip
that changed and one undo takes it all back."""

from __future__ import annotations

import functools
import re

from analyzers.translatable import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.store.rules import Refused
from app.store.store import Change, Store

_VERDICT_FIELDS = ("authenticity", "content_rating", "summary", "status")
# The line a carried verdict's summary ends with. It is stored in English, as every case has stored it (the summary
# is a record, and it is the same in every reader's language), and shown in the reader's: shown_summary finds it.
CARRIED = QT_TRANSLATE_NOOP("Case", "Carried from {file} (SHA-256 {sha256}…), a near-duplicate of this clip.")


def carry_decision(store: Store, from_clip: int, to_clips: list[int]) -> list[Change]:
    """`from_clip`'s decision and queue status given to each of `to_clips`."""
    source = store.clip(from_clip)
    values = {"decision": source["decision"] or "", "queue_status": source["queue_status"]}
    return store.edit_many("clips", [clip for clip in to_clips if clip != from_clip], values)


def carry_verdict(store: Store, from_clip: int, to_clips: list[int], reviewer: str, now: str) -> list[Change]:
    """`from_clip`'s verdict given to each of `to_clips`: made where a clip has none, replacing what it said where it
    has one. The summary says where it was carried from, so each clip's dossier tells the reader."""
    verdict = store.verdict(from_clip)
    if verdict is None:
        raise Refused(translate("Case", "This clip has no verdict to carry: record one first."))
    source = store.clip(from_clip)
    carried = CARRIED.format(file=source["file_name"], sha256=source["sha256"][:12])
    values = {key: verdict[key] or "" for key in _VERDICT_FIELDS}
    values |= {"summary": f"{values['summary']}\n\n{carried}".strip(), "reviewer": reviewer, "decided_at": now}
    changes = []
    with store.transaction():
        for clip in to_clips:
            if clip == from_clip:
                continue
            own = store.verdict(clip)
            if own is None:
                changes.append(store.create("verdicts", clip, values))
            elif (change := store.edit("verdicts", own["id"], values)) is not None:
                changes.append(change)
    return changes


def shown_summary(summary: str) -> str:
    """A verdict's summary for a reader: each paragraph that says where a carried verdict came from (one per carry)
    in their language, the rest (the reviewer's own words) as written."""
    return _carried_lines(CARRIED).sub(lambda line: _said(translate("Case", CARRIED), line), summary)


def stored_summary(shown: str) -> str:
    """The summary a reviewer edited as shown_summary showed it, back in the form it is stored in: each carried line
    they left as it was, in English again. A line they changed is their own words now, kept as typed."""
    words = translate("Case", CARRIED)
    if words == CARRIED:
        return shown
    return _carried_lines(words).sub(lambda line: _said(CARRIED, line), shown)


@functools.cache
def _carried_lines(words: str) -> re.Pattern:
    """The paragraphs that are `words` (CARRIED, or its translation) with a file name and a hash in it."""
    said = re.escape(words).replace(re.escape("{file}"), r"(?P<file>[^\n]+)", 1)
    said = said.replace(re.escape("{sha256}"), r"(?P<sha256>[0-9a-f]{12})", 1)
    return re.compile(rf"(?:(?<=\n\n)|\A){said}(?=\n\n|\Z)")


def _said(words: str, line: re.Match) -> str:
    return words.format(file=line["file"], sha256=line["sha256"])
