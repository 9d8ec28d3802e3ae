"""What the detectors and the calibration say, in the reviewer's language. Analyzers speak English (they run without
the application); the built-in detectors' and the shipped calibration's texts are marked in
analyzers.built_in_words, and translated here where they are shown. A plugin's texts stay as its manifest writes
them. What is stored or exported as data (a dossier's JSON, `reelcheck detectors --json`) keeps the English."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from analyzers.translatable import QT_TRANSLATE_NOOP, Said
from app.analysis.calibration_names import calibration_words
from app.i18n import translate
from app.i18n.said import said_in

if TYPE_CHECKING:
    from analyzers.engine import ProviderReport
    from analyzers.evidence.clip_model import Calibration, ClipEvidence
    from analyzers.manifest import CameraBand, Manifest

_ORIGINS = (QT_TRANSLATE_NOOP("Detectors", "built-in"), QT_TRANSLATE_NOOP("Detectors", "plugin folder"))
# The contexts the analyzers mark the problems they raise in: their own, and the files' (why a plugin's model cannot
# be read, inside the plugin's problem). A Said does not name its context, so its words are looked up in each.
_PROBLEM_CONTEXTS = ("Analyzers", "Files")


def shown_manifest(manifest: Manifest) -> Manifest:
    """`manifest` with its name, cue, meanings, failure modes and measured accuracy in the reviewer's language."""

    def said(text: str) -> str:
        return translate("Detectors", text)

    output = replace(
        manifest.output,
        heatmap_meaning=said(manifest.output.heatmap_meaning),
        score_meaning=said(manifest.output.score_meaning),
    )
    band = manifest.camera_band
    return replace(
        manifest,
        name=said(manifest.name),
        cue=said(manifest.cue),
        output=output,
        failure_modes=tuple(map(said, manifest.failure_modes)),
        measured=tuple(map(said, manifest.measured)),
        camera_band=replace(band, measured_on=said(band.measured_on)) if band is not None else None,
    )


def camera_band_words(band: CameraBand) -> str:
    """CameraBand.describe() in the reviewer's language."""
    words = translate("Detectors", "camera footage usually scores {low}-{high} here: {measured_on}")
    return words.format(
        low=f"{band.low:.3g}", high=f"{band.high:.3g}", measured_on=translate("Detectors", band.measured_on)
    )


def problem_words(problem: str) -> str:
    """A problem an analyzer raised or reported (a broken plugin's reason, frames it cannot measure, an unknown
    analyzer: a Said, see analyzers.translatable) in the reader's language; any other text as it is."""
    return said_in(problem, *_PROBLEM_CONTEXTS)


def error_words(error: BaseException) -> str:
    """An error's message in the reader's language: one an analyzer raised with a Said (see problem_words), any other
    as it says itself."""
    said = error.args[0] if len(error.args) == 1 else None
    return problem_words(said) if isinstance(said, Said) else str(error)


def shown_origin(origin: str) -> str:
    """Where an analyzer was found ("built-in", "plugin folder", "package <name>"), in the reviewer's language."""
    return translate("Detectors", origin) if origin in _ORIGINS else origin


def provider_words(report: ProviderReport) -> str:
    """ProviderReport.describe() in the reviewer's language: where the detectors run, for the status bar."""
    if report.fell_back and report.gpu_required:
        words = translate("Detectors", "Detectors run on the {device} (the GPU was asked for but could not be used)")
    elif report.fell_back:
        words = translate("Detectors", "Detectors run on the {device} (no working GPU was found)")
    else:
        words = translate("Detectors", "Detectors run on the {device}")
    return words.format(device=report.running)


def shown_calibration(calibration: Calibration) -> Calibration:
    """`calibration` with its name, what it was fitted on, where it was measured and how it fails in the reviewer's
    language."""
    return replace(
        calibration,
        name=calibration_words(calibration.name),
        fitted_on=calibration_words(calibration.fitted_on),
        measured={calibration_words(where): figures for where, figures in calibration.measured.items()},
        failure_modes=tuple(map(calibration_words, calibration.failure_modes)),
    )


def evidence_in_words(evidence: ClipEvidence) -> str:
    """ClipEvidence.in_words() in the reviewer's language: a weight of evidence, never a verdict."""
    ratio = evidence.likelihood_ratio
    if ratio >= 1:
        words = translate(
            "Calibration",
            "These scores are {times} likelier for a generated clip than for a camera clip (probability "
            "{probability}, {low}-{high}, if both were equally likely beforehand)",
        )
    else:
        words = translate(
            "Calibration",
            "These scores are {times} likelier for a camera clip than for a generated clip (probability "
            "{probability}, {low}-{high}, if both were equally likely beforehand)",
        )
    return words.format(
        times=_times(ratio if ratio >= 1 else 1 / ratio),
        probability=f"{evidence.probability:.2f}",
        low=f"{evidence.low:.2f}",
        high=f"{evidence.high:.2f}",
    )


def _times(ratio: float) -> str:
    """A ratio as read aloud; beyond 1000 no calibration measured on a few hundred clips can tell how far."""
    if ratio > 1000:
        return translate("Calibration", "more than 1000 times")
    figure = f"{ratio:.1f}" if ratio < 10 else f"{ratio:.0f}"
    return translate("Calibration", "{figure} times").format(figure=figure)
