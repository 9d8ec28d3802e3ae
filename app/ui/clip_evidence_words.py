"""The clip-level figure in the reviewer's words: for the Clips list's tooltip, the Clip evidence panel and the
calibration dialog. Every figure says what it is, what it was measured on, which calibration gave it and where that
calibration's accuracy was measured."""

from __future__ import annotations

from analyzers.evidence.clip_model import Calibration, ClipEvidence
from widgets.clip_evidence_panel import NOT_A_VERDICT, FigureShown

MEANING = "probability that the clip is generated, if generated and camera clips were equally likely beforehand"


def accuracy_lines(measured: dict) -> tuple[str, ...]:
    """Where a calibration's accuracy was measured, one line each."""
    lines = []
    for where, m in measured.items():
        try:
            auc = f"AUC {float(m['auc']):.2f} ({float(m['low']):.2f}-{float(m['high']):.2f}, 95% interval)"
        except (KeyError, TypeError, ValueError):
            continue
        clips = ""
        if "generated" in m and "camera" in m:
            clips = f", on {m['generated']} generated and {m['camera']} camera clips"
        lines.append(f"{auc} by {where}{clips}" if where.startswith("grouped") else f"{auc} on {where}{clips}")
    return tuple(lines) or ("Its accuracy was not measured: read its figures with care.",)


def interval_words(evidence: ClipEvidence) -> str:
    return (
        f"90% interval {evidence.low:.2f}-{evidence.high:.2f}: how far the figure moves when the calibration is "
        "refitted on resamples of the clips it was fitted on"
    )


def figure_shown(evidence: ClipEvidence, calibration: Calibration, measured_on: str) -> FigureShown:
    return FigureShown(
        figure=f"{evidence.probability:.2f}",
        meaning=MEANING[:1].upper() + MEANING[1:] + ".",
        interval=interval_words(evidence) + ".",
        in_words=evidence.in_words() + ".",
        measured_on=measured_on,
        calibration=f"{calibration.name} (fitted on {calibration.fitted_on})"
        if calibration.fitted_on
        else calibration.name,
        accuracy=accuracy_lines(calibration.measured),
        failure_modes=calibration.failure_modes,
    )


def list_tip(evidence: ClipEvidence, calibration: Calibration, measured_on: str) -> str:
    return "\n".join(
        [
            f"Clip evidence {evidence.probability:.2f}: {MEANING}.",
            evidence.in_words() + ".",
            interval_words(evidence) + ".",
            f"Measured on {measured_on}.",
            f"Calibration: {calibration.name}.",
            *accuracy_lines(calibration.measured),
            NOT_A_VERDICT,
        ]
    )
