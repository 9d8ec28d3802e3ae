"""The clip-level figure in the reviewer's words: for the Clips list's tooltip, the Clip evidence panel and the
calibration dialog. Every figure says what it is, what it was measured on, which calibration gave it and where that
calibration's accuracy was measured. The calibration's own words (its name, where it was measured, how it fails)
are shown as its file writes them."""

from __future__ import annotations

from analyzers.evidence.clip_model import Calibration, ClipEvidence
from app.i18n import translate
from widgets.clip_evidence_panel import NOT_A_VERDICT, FigureShown


def meaning() -> str:
    return translate(
        "Clip evidence",
        "Probability that the clip is generated, if generated and camera clips were equally likely beforehand.",
    )


def accuracy_lines(measured: dict) -> tuple[str, ...]:
    """Where a calibration's accuracy was measured, one line each."""
    lines = []
    for where, m in measured.items():
        try:
            auc, low, high = f"{float(m['auc']):.2f}", f"{float(m['low']):.2f}", f"{float(m['high']):.2f}"
        except (KeyError, TypeError, ValueError):
            continue
        values = {"auc": auc, "low": low, "high": high, "where": where}
        if "generated" in m and "camera" in m:
            values.update(generated=m["generated"], camera=m["camera"])
            if where.startswith("grouped"):
                line = translate(
                    "Clip evidence",
                    "AUC {auc} ({low}-{high}, 95% interval) by {where}, on {generated} generated and {camera} "
                    "camera clips",
                )
            else:
                line = translate(
                    "Clip evidence",
                    "AUC {auc} ({low}-{high}, 95% interval) on {where}, on {generated} generated and {camera} "
                    "camera clips",
                )
        elif where.startswith("grouped"):
            line = translate("Clip evidence", "AUC {auc} ({low}-{high}, 95% interval) by {where}")
        else:
            line = translate("Clip evidence", "AUC {auc} ({low}-{high}, 95% interval) on {where}")
        lines.append(line.format(**values))
    return tuple(lines) or (translate("Clip evidence", "Its accuracy was not measured: read its figures with care."),)


def interval_words(evidence: ClipEvidence) -> str:
    return translate(
        "Clip evidence",
        "90% interval {low}-{high}: how far the figure moves when the calibration is refitted on resamples of the "
        "clips it was fitted on.",
    ).format(low=f"{evidence.low:.2f}", high=f"{evidence.high:.2f}")


def ratio_words(evidence: ClipEvidence) -> str:
    """The likelihood ratio read aloud (ClipEvidence.in_words, which the signed dossier keeps in English)."""
    ratio = evidence.likelihood_ratio
    times = ratio if ratio >= 1 else 1 / ratio
    figures = {"low": f"{evidence.low:.2f}", "high": f"{evidence.high:.2f}"}
    figures.update(probability=f"{evidence.probability:.2f}", times=f"{times:.1f}" if times < 10 else f"{times:.0f}")
    # beyond 1000 no calibration measured on a few hundred clips can tell how far
    if times > 1000 and ratio >= 1:
        words = translate(
            "Clip evidence",
            "These scores are more than 1000 times likelier for a generated clip than for a camera clip (probability "
            "{probability}, {low}-{high}, if both were equally likely beforehand).",
        )
    elif times > 1000:
        words = translate(
            "Clip evidence",
            "These scores are more than 1000 times likelier for a camera clip than for a generated clip (probability "
            "{probability}, {low}-{high}, if both were equally likely beforehand).",
        )
    elif ratio >= 1:
        words = translate(
            "Clip evidence",
            "These scores are {times} times likelier for a generated clip than for a camera clip (probability "
            "{probability}, {low}-{high}, if both were equally likely beforehand).",
        )
    else:
        words = translate(
            "Clip evidence",
            "These scores are {times} times likelier for a camera clip than for a generated clip (probability "
            "{probability}, {low}-{high}, if both were equally likely beforehand).",
        )
    return words.format(**figures)


def calibration_words(calibration: Calibration) -> str:
    from app.analysis.calibration_names import calibration_words as said

    if not calibration.fitted_on:
        return said(calibration.name)
    fitted = translate("Clip evidence", "{name} (fitted on {clips})")
    return fitted.format(name=said(calibration.name), clips=said(calibration.fitted_on))


def figure_shown(evidence: ClipEvidence, calibration: Calibration, measured_on: str) -> FigureShown:
    return FigureShown(
        figure=f"{evidence.probability:.2f}",
        meaning=meaning(),
        interval=interval_words(evidence),
        in_words=ratio_words(evidence),
        measured_on=measured_on,
        calibration=calibration_words(calibration),
        accuracy=accuracy_lines(calibration.measured),
        failure_modes=calibration.failure_modes,
    )


def list_tip(evidence: ClipEvidence, calibration: Calibration, measured_on: str) -> str:
    figure = translate("Clip evidence", "Clip evidence {figure}: {meaning}")
    return "\n".join(
        [
            figure.format(figure=f"{evidence.probability:.2f}", meaning=meaning()),
            ratio_words(evidence),
            interval_words(evidence),
            translate("Clip evidence", "Measured on {rendition}.").format(rendition=measured_on),
            translate("Clip evidence", "Calibration: {name}.").format(name=calibration.name),
            *accuracy_lines(calibration.measured),
            translate("Clip evidence panel", NOT_A_VERDICT),
        ]
    )
