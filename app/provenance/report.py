"""Everything a clip's file declares about where it came from, in one report: Content Credentials first (strong
evidence when present), then the invisible generator watermarks, then the metadata hints. The panel, the badge, the
command line and the dossier all read this one report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from analyzers.provenance.c2pa_words import source_type_name, with_code
from analyzers.provenance.credentials import (
    INVALID,
    NONE,
    REMOTE,
    VALID,
    ContentCredentials,
    read_credentials,
)
from analyzers.provenance.watermark import WatermarkFinding
from analyzers.translatable import QT_TRANSLATE_NOOP, Said
from analyzers.words.marks import VisibleMark
from app.i18n import translate
from app.i18n.said import said_in
from app.media.cache import DEFAULT_BUDGET
from app.media.facts import MediaFacts
from app.provenance import NO_PROVENANCE
from app.provenance.clip_watermarks import read_clip
from app.provenance.metadata import WORTH_A_LOOK, Hint, metadata_hints
from app.provenance.visible_marks import mark_findings, marks_badge_words
from app.queue.labels import badge_label
from app.text.shown import one_line

STRONG = "strong"  # a finding that weighs more than a hint: signed credentials, a watermark found
NOTE = "note"
_STRENGTHS = {
    STRONG: QT_TRANSLATE_NOOP("Provenance", "strong"),
    WORTH_A_LOOK: QT_TRANSLATE_NOOP("Provenance", "worth a look"),
    NOTE: QT_TRANSLATE_NOOP("Provenance", "note"),
}

READ_NOTE = QT_TRANSLATE_NOOP(
    "Provenance",
    "Content Credentials, invisible generator watermarks and metadata were read from the file itself, offline. "
    "Metadata can be written, stripped or rewritten by anyone, and re-encoding erases watermarks and credentials: "
    "finding nothing is absence of evidence, never evidence that a clip is authentic.",
)

# Words both a badge (stored in English with the clip, shown through app.queue.labels.badge_label) and a finding's
# title (translated here) say.
_AI_GENERATED = QT_TRANSLATE_NOOP("Provenance", "Content Credentials: AI-generated")
_FROM_AI_MATERIAL = QT_TRANSLATE_NOOP("Provenance", "Content Credentials: made from AI-generated material")
_WATERMARK_FOUND = QT_TRANSLATE_NOOP("Provenance", "Generator watermark found")
_NO_WATERMARK = QT_TRANSLATE_NOOP("Provenance", "No generator watermark found")
_WATERMARKS_NOT_READ = QT_TRANSLATE_NOOP("Provenance", "Watermarks not read")
_SUMMARY_AND_CAVEAT = QT_TRANSLATE_NOOP("Provenance", "{summary} {caveat}")


@dataclass(frozen=True)
class Badge:
    """The clip's provenance in a few words, as the clip list and the player show it."""

    words: str  # in English, as stored; app.queue.labels.badge_label(words) in the reader's language
    level: str  # STRONG, WORTH_A_LOOK or NOTE


def shown_sentence(text: str) -> str:
    """A sentence the provenance readers wrote (a Said, see analyzers.translatable) in the reader's language; any
    other text as it is."""
    return said_in(text, "Provenance")


def _said_finding(finding: dict, said: Callable[[str], str]) -> dict:
    """The finding with its title, sentence and any Said among its details (where a visible mark was seen) said."""
    details = {key: said(value) if isinstance(value, Said) else value for key, value in finding["details"].items()}
    return {**finding, "title": said(finding["title"]), "sentence": said(finding["sentence"]), "details": details}


def strength_label(strength: str) -> str:
    """A finding's strength (STRONG, WORTH_A_LOOK or NOTE) in the reviewer's language."""
    return translate("Provenance", _STRENGTHS.get(strength, strength))


@dataclass(frozen=True)
class ProvenanceReport:
    credentials: ContentCredentials
    watermarks: WatermarkFinding | None  # None when the clip's frames could not be decoded
    watermark_problem: str
    hints: tuple[Hint, ...]
    # Generator marks and AI labels read on the frames; None until the frames' text has been read.
    visible_marks: tuple[VisibleMark, ...] | None = None

    def with_marks(self, marks: Sequence[VisibleMark] | None) -> ProvenanceReport:
        return replace(self, visible_marks=None if marks is None else tuple(marks))

    @property
    def badge(self) -> Badge:
        credentials = self.credentials
        if credentials.state in (VALID, INVALID) and credentials.declares_ai_generation:
            return Badge(_AI_GENERATED, STRONG)
        if credentials.state in (VALID, INVALID) and credentials.ingredient_declares_ai:
            return Badge(_FROM_AI_MATERIAL, STRONG)
        if marks_words := marks_badge_words(self.visible_marks):
            return Badge(marks_words, STRONG)
        if self.watermarks is not None and self.watermarks.marked:
            return Badge(_WATERMARK_FOUND, STRONG)
        if credentials.state == VALID:
            return Badge("Content Credentials: signed", NOTE)
        if credentials.state == INVALID:
            return Badge("Content Credentials: invalid", WORTH_A_LOOK)
        if credentials.state == REMOTE:
            return Badge("Content Credentials online, not fetched", WORTH_A_LOOK)
        return Badge(NO_PROVENANCE, NOTE)

    def findings(self, in_english: bool = False) -> list[dict]:
        """The findings in the dossier's form, strongest kind first: kind, title, sentence, strength, details; in the
        reviewer's language, or `in_english` for a JSON (for machines, like the rest of the JSON's values)."""
        said = str if in_english else shown_sentence
        credentials = self.credentials
        found = [
            {
                "kind": "content_credentials",
                "title": _credentials_title(credentials),
                "sentence": credentials.summary,
                "strength": STRONG if _declares_ai(credentials) or credentials.state == VALID else NOTE,
                # without the path: where the file sits on the reviewer's disk is not part of what it declares
                "details": _credentials_details(credentials, in_english),
            }
        ]
        if self.watermarks is not None:
            marked = self.watermarks.marked
            found.append(
                {
                    "kind": "watermark",
                    "title": Said(_WATERMARK_FOUND if marked else _NO_WATERMARK),
                    "sentence": _with_caveat(self.watermarks),
                    "strength": STRONG if marked else NOTE,
                    "details": watermark_details(self.watermarks, said),
                }
            )
        else:
            found.append(
                {
                    "kind": "watermark",
                    "title": Said(_WATERMARKS_NOT_READ),
                    "sentence": self.watermark_problem,
                    "strength": NOTE,
                    "details": {},
                }
            )
        found += mark_findings(self.visible_marks)
        found += [{"kind": "metadata", **hint.as_dict(), "details": {}} for hint in self.hints]
        return [_said_finding(finding, said) for finding in found]

    def as_dict(self, in_english: bool = False) -> dict:
        """The badge, the findings and the note: for the panel in the reviewer's language, `in_english` for a JSON."""
        return {
            "badge": {
                "words": self.badge.words if in_english else badge_label(self.badge.words),
                "level": self.badge.level,
            },
            "findings": self.findings(in_english),
            "note": READ_NOTE if in_english else translate("Provenance", READ_NOTE),
        }


def read_provenance(
    path: Path,
    facts: MediaFacts | None,
    trust_anchors_pem: Path | None = None,
    on_progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    cache_bytes: int = DEFAULT_BUDGET,
) -> ProvenanceReport:
    """Reads the file's credentials, votes its watermarks over frames spread through it, and words its metadata.
    Raises Cancelled; a file that cannot be decoded still gets its credentials and metadata read."""
    from app.media.errors import MediaError

    report = on_progress or (lambda _fraction: None)
    report(0.0)
    credentials = read_credentials(Path(path), trust_anchors_pem)
    report(0.2)
    watermarks, problem = None, ""
    try:
        watermarks = read_clip(
            Path(path),
            on_progress=lambda done, total: report(0.2 + 0.8 * done / max(total or 1, 1)),
            cancelled=cancelled,
            cache_bytes=cache_bytes,
        )
    except MediaError as error:
        words = QT_TRANSLATE_NOOP(
            "Provenance", "The clip's frames could not be decoded, so no watermark was read: {reason}"
        )
        problem = Said(words, reason=str(error))
    hints = tuple(metadata_hints(facts, Path(path))) if facts is not None else ()
    report(1.0)
    return ProvenanceReport(credentials, watermarks, problem, hints)


def _declares_ai(credentials: ContentCredentials) -> bool:
    return credentials.declares_ai_generation or credentials.ingredient_declares_ai


def _credentials_title(credentials: ContentCredentials) -> str:
    if credentials.state == VALID:
        if credentials.declares_ai_generation:
            return Said(_AI_GENERATED)
        if credentials.ingredient_declares_ai:
            return Said(_FROM_AI_MATERIAL)
        return Said(QT_TRANSLATE_NOOP("Provenance", "Content Credentials"))
    if credentials.state == INVALID:
        return Said(QT_TRANSLATE_NOOP("Provenance", "Content Credentials that do not validate"))
    if credentials.state == REMOTE:
        return Said(QT_TRANSLATE_NOOP("Provenance", "Content Credentials stored online"))
    if credentials.state == NONE:
        return Said(QT_TRANSLATE_NOOP("Provenance", "No Content Credentials"))
    return Said(QT_TRANSLATE_NOOP("Provenance", "Content Credentials not read"))


def _credentials_details(credentials: ContentCredentials, in_english: bool) -> dict:
    """What the credentials declare (without the file's path). For a reader, each action, source type and problem
    is in their language with its C2PA code beside it, and a code from the file is cleaned of control characters;
    in English for a JSON, where the code has a field of its own."""
    details = {k: v for k, v in credentials.as_dict().items() if k != "path"}
    if in_english:
        return json_ready(details)
    for action, shown in zip(credentials.actions, details["actions"], strict=True):
        shown["words"] = _coded(action.words, action.action)
        if action.source_type:
            shown["source_words"] = _coded(action.source_words, source_type_name(action.source_type))
    for problem, shown in zip(credentials.problems, details["problems"], strict=True):
        shown["words"] = _coded(problem.words, problem.code)
    details["ingredients"] = [_shown_ingredient(i) for i in details["ingredients"]]
    details["summary"] = shown_sentence(credentials.summary)
    details["notes"] = [shown_sentence(note) for note in credentials.notes]
    return details


def _coded(words: str, code: str) -> str:
    return one_line(shown_sentence(with_code(words, code)))


def _shown_ingredient(ingredient: dict) -> dict:
    return {
        **ingredient,
        "relationship_words": one_line(shown_sentence(ingredient["relationship_words"])),
        "problems": [one_line(shown_sentence(problem)) for problem in ingredient["problems"]],
        "ingredients": [_shown_ingredient(i) for i in ingredient["ingredients"]],
    }


def json_ready(value: object) -> object:
    """`value` with every Said as the plain English text it is (tuples as lists): what json writes, and what a
    JSON read back compares equal to."""
    if isinstance(value, dict):
        return {key: json_ready(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_ready(item) for item in value]
    return str(value) if isinstance(value, str) else value


def watermark_details(watermarks: WatermarkFinding, said: Callable[[str], str] = shown_sentence) -> dict:
    """The readings as the finding's details, their sentences said as the finding's own are (in the reader's
    language unless `said` is str)."""
    details = watermarks.as_dict()
    details["summary"], details["caveat"] = said(watermarks.summary), said(watermarks.caveat)
    details["readings"] = [
        {**shown, "sentence": said(reading.sentence)}
        for shown, reading in zip(details["readings"], watermarks.readings, strict=True)
    ]
    return details


def _with_caveat(watermarks: WatermarkFinding) -> str:
    """The summary, followed by what re-encoding does to the mark unless the summary says it already."""
    if watermarks.caveat in watermarks.summary:
        return watermarks.summary
    return Said(_SUMMARY_AND_CAVEAT, summary=watermarks.summary, caveat=watermarks.caveat)
