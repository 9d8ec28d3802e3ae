"""Visible generator marks and AI labels as provenance findings: one finding per mark, with every place and time it
was read; and what finding none means, once the frames' text has been read (nothing: marks are cropped or blurred).
"""

from __future__ import annotations

from collections.abc import Sequence

from analyzers.provenance.c2pa_words import joined
from analyzers.translatable import QT_TRANSLATE_NOOP, Said
from analyzers.words.marks import GENERATOR, WHAT_A_MARK_MEANS, WHAT_NO_MARK_MEANS, VisibleMark

STRONG, NOTE = "strong", "note"
_MOST_SIGHTINGS_SAID = 6  # a mark that wanders over the frame (Sora's does) is read in many places


def mark_findings(marks: Sequence[VisibleMark] | None) -> list[dict]:
    """The dossier's and panel's findings: none while the text is unread (None), a note when no mark was read. Their
    titles and sentences are Said: ProvenanceReport.findings says them in the reader's language."""
    if marks is None:
        return []
    if not marks:
        return [
            {
                "kind": "visible_mark",
                "title": Said(QT_TRANSLATE_NOOP("Provenance", "No visible generator mark or AI label read")),
                "sentence": Said(WHAT_NO_MARK_MEANS),
                "strength": NOTE,
                "details": {},
            }
        ]
    found = []
    for name, sightings in _by_name(marks).items():
        first = sightings[0]
        if first.kind == GENERATOR:
            title = Said(QT_TRANSLATE_NOOP("Provenance", "Visible generator mark: {mark}"), mark=name)
        else:
            title = Said(QT_TRANSLATE_NOOP("Provenance", "Visible AI label: {mark}"), mark=name)
        sentence = QT_TRANSLATE_NOOP("Provenance", "Read on the frames as “{read}” ({names}). {meaning}")
        found.append(
            {
                "kind": "visible_mark",
                "title": title,
                "sentence": Said(sentence, read=first.read, names=first.of, meaning=Said(WHAT_A_MARK_MEANS)),
                "strength": STRONG,
                "details": {
                    "mark": name,
                    "mark_kind": first.kind,
                    "names": first.of,
                    "seen": _seen(sightings),
                    "sightings": [_sighting(mark) for mark in sightings],
                },
            }
        )
    return found


def marks_badge_words(marks: Sequence[VisibleMark] | None) -> str:
    """The badge's words when a mark was read ('' when none was): generators named before labels."""
    if not marks:
        return ""
    names = list(_by_name(sorted(marks, key=lambda mark: mark.kind != GENERATOR)))
    shown = ", ".join(names[:2]) + (f" and {len(names) - 2} more" if len(names) > 2 else "")
    return f"Visible mark: {shown}"


def badge_with_marks(words: str, level: str, marks: Sequence[VisibleMark]) -> tuple[str, str]:
    """A clip's badge (words, level) once marks were read on its frames, in the order ProvenanceReport.badge
    weighs findings: Content Credentials that declare AI first, then a visible mark, then the rest."""
    marks_words = marks_badge_words(marks)
    if not marks_words or (level == STRONG and words.startswith("Content Credentials")):
        return words, level
    return marks_words, STRONG


def _by_name(marks: Sequence[VisibleMark]) -> dict[str, list[VisibleMark]]:
    grouped: dict[str, list[VisibleMark]] = {}
    for mark in sorted(marks, key=lambda mark: mark.start):
        grouped.setdefault(mark.name, []).append(mark)
    return grouped


def _seen(sightings: list[VisibleMark]) -> Said:
    places = [
        Said(QT_TRANSLATE_NOOP("Provenance", "{frames}, {where}"), frames=_frames(mark), where=_where(mark))
        for mark in sightings[:_MOST_SIGHTINGS_SAID]
    ]
    said = joined(places)
    more = len(sightings) - len(places)
    if more > 0:
        return Said(QT_TRANSLATE_NOOP("Provenance", "Seen on {places}; and {more} more times."), places=said, more=more)
    return Said(QT_TRANSLATE_NOOP("Provenance", "Seen on {places}."), places=said)


def _frames(mark: VisibleMark) -> Said:
    if mark.first_frame is None or mark.last_frame is None:
        return Said(
            QT_TRANSLATE_NOOP("Provenance", "{start}–{end} s"), start=f"{mark.start:.1f}", end=f"{mark.end:.1f}"
        )
    if mark.first_frame == mark.last_frame:
        return Said(
            QT_TRANSLATE_NOOP("Provenance", "frame {frame} ({at} s)"), frame=mark.first_frame, at=f"{mark.start:.1f}"
        )
    return Said(
        QT_TRANSLATE_NOOP("Provenance", "frames {first}–{last} ({start}–{end} s)"),
        first=mark.first_frame,
        last=mark.last_frame,
        start=f"{mark.start:.1f}",
        end=f"{mark.end:.1f}",
    )


# Where on the frame a mark was read, as analyzers.words.marks says it (where_on_frame, by thirds, and its two others)
_PLACES = (
    QT_TRANSLATE_NOOP("Provenance", "top left"),
    QT_TRANSLATE_NOOP("Provenance", "top centre"),
    QT_TRANSLATE_NOOP("Provenance", "top right"),
    QT_TRANSLATE_NOOP("Provenance", "left"),
    QT_TRANSLATE_NOOP("Provenance", "centre"),
    QT_TRANSLATE_NOOP("Provenance", "right"),
    QT_TRANSLATE_NOOP("Provenance", "bottom left"),
    QT_TRANSLATE_NOOP("Provenance", "bottom centre"),
    QT_TRANSLATE_NOOP("Provenance", "bottom right"),
    QT_TRANSLATE_NOOP("Provenance", "in the subtitles"),
    QT_TRANSLATE_NOOP("Provenance", "somewhere on the frame"),
)


def _where(mark: VisibleMark) -> str:
    return Said(mark.where) if mark.where in _PLACES else mark.where


def _sighting(mark: VisibleMark) -> dict:
    return {
        "read": mark.read,
        "first_frame": mark.first_frame,
        "last_frame": mark.last_frame,
        "start": round(mark.start, 3),
        "end": round(mark.end, 3),
        "box": list(mark.box) if mark.box else None,
        "where": mark.where,
    }
