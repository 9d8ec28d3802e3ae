"""The words a dossier's reader sees for what the dossier stores in English: ratings, authenticity assessments,
statuses, stances, strengths and watermark readings, and the detectors' and calibrations' own descriptions. A value
of the reviewer's own (a rating on their organisation's scale) is shown as they wrote it. No Qt."""

from __future__ import annotations

from app.i18n import translate


def value_words(value: str) -> str:
    """A stored value as the reader's language names it."""
    words = {
        # claim ratings
        "True": translate("Dossier values", "True"),
        "Mostly true": translate("Dossier values", "Mostly true"),
        "Mixed": translate("Dossier values", "Mixed"),
        "Mostly false": translate("Dossier values", "Mostly false"),
        "False": translate("Dossier values", "False"),
        "Missing context": translate("Dossier values", "Missing context"),
        "Unverifiable": translate("Dossier values", "Unverifiable"),
        "Satire": translate("Dossier values", "Satire"),
        # authenticity assessments
        "AI-generated, confirmed by provenance": translate("Dossier values", "AI-generated, confirmed by provenance"),
        "Likely AI-generated": translate("Dossier values", "Likely AI-generated"),
        "Undetermined": translate("Dossier values", "Undetermined"),
        "Likely authentic": translate("Dossier values", "Likely authentic"),
        "Authentic, verified provenance": translate("Dossier values", "Authentic, verified provenance"),
        # review statuses
        "In review": translate("Dossier values", "In review"),
        "Needs second opinion": translate("Dossier values", "Needs second opinion"),
        "Done": translate("Dossier values", "Done"),
        # a source's stance towards its claim
        "supports": translate("Dossier values", "supports"),
        "refutes": translate("Dossier values", "refutes"),
        "context": translate("Dossier values", "context"),
        # how much a provenance finding weighs
        "strong": translate("Dossier values", "strong"),
        "worth a look": translate("Dossier values", "worth a look"),
        "note": translate("Dossier values", "note"),
        # how surely a watermark's bits were read
        "no watermark found": translate("Dossier values", "no watermark found"),
        "inconclusive": translate("Dossier values", "inconclusive"),
        "very likely": translate("Dossier values", "very likely"),
    }
    return words.get(value, value)


def detector_words(text: str) -> str:
    """A detector's name, what it measures or how it fails, as its manifest says it, in the reader's language where
    the catalogue has it (a plugin's own words stay as written)."""
    return translate("Detectors", text) if text else text


def calibration_words(text: str) -> str:
    """What a calibration says of itself (its name, what it was fitted on, where its accuracy was measured, how it
    fails) and the rendition it measures on, in the reader's language where the catalogue has it."""
    return translate("Calibration", text) if text else text


def list_words(items: list[str]) -> str:
    """Items one after another, as the reader's language lists them: "a, b, c" (Chinese: "a；b；c")."""
    return translate("Dossier", ", ").join(items)
