"""The words a dossier's reader sees for what the dossier stores in English: ratings, authenticity assessments,
statuses, stances, strengths and watermark readings, and the detectors' and calibrations' own descriptions. A value
of the reviewer's own (a rating on their organisation's scale) is shown as they wrote it. No Qt."""

from __future__ import annotations

from app.analysis.calibration_names import calibration_words
from app.i18n import translate
from app.store.rules import AUTHENTICITY, RATINGS, REVIEW_STATUSES, STANCES

# A provenance finding's strength (app.provenance) and a watermark reading's (analyzers.provenance.watermark).
_READINGS = ("strong", "worth a look", "note", "no watermark found", "inconclusive", "very likely")


# The window's words for the values the case stores (the claims panel's ratings, the verdict panel's assessments and
# statuses, the sources panel's stances, the provenance panel's strengths and watermark readings): a reader of the
# window and of the PDF meets one name for one thing.
_CONTEXTS = (
    {rating: "Rating" for rating in RATINGS}
    | {assessment: "Assessment" for assessment in AUTHENTICITY}
    | {status: "Review status" for status in REVIEW_STATUSES}
    | {stance: "Stance" for stance in STANCES}
    | {reading: "Provenance panel" for reading in _READINGS}
)


__all__ = ["calibration_words", "detector_words", "list_words", "value_words"]


def value_words(value: str) -> str:
    """A stored value as the reader's language names it; a value of the reviewer's own as it is."""
    context = _CONTEXTS.get(value)
    return translate(context, value) if context else value


def detector_words(text: str) -> str:
    """A detector's name, what it measures or how it fails, as its manifest says it, in the reader's language where
    the catalogue has it (a plugin's own words stay as written)."""
    return translate("Detectors", text) if text else text


def list_words(items: list[str]) -> str:
    """Items one after another, as the reader's language lists them: "a, b, c" (Chinese: "a；b；c")."""
    return translate("Dossier", ", ").join(items)
