"""The dossier's figures: the clip-level evidence (a probability with its interval, likelihood ratio and
calibration) and each detector's scores over time. No Qt."""

from __future__ import annotations

from app.dossier.clip_evidence import INTERVAL_PERCENT, INTERVAL_TEMPLATE
from app.dossier.labels import calibration_words, detector_words
from app.dossier.palette import MUTED, PAPER_TINT
from app.dossier.report_markup import (
    BODY_WIDTH_PX,
    KEEP_STYLE,
    chart_url,
    fine_print,
    labelled_rows,
    monospace,
    printed,
    section_heading,
)
from app.i18n import translate


def clip_evidence_section(document: dict) -> str:
    """The clip-level figure, its interval and calibration, beside the detector results it was computed from."""
    part = document.get("clip_evidence")
    out = section_heading(translate("Dossier PDF", "Clip-level evidence"))
    if part is None:  # a dossier from before clip-level evidence
        return out + fine_print(
            translate("Dossier PDF", "This dossier does not say whether a clip-level figure was measured.")
        )
    figure = part["figure"]
    if figure is None:
        out += fine_print(translate("Dossier clip-level evidence", part["reason"]))
        if document["analyzers"]:
            out += fine_print(
                translate("Dossier PDF", "The detector results below are the only scores in this dossier.")
            )
        return out
    ratio = figure["likelihood_ratio"]
    # Below 1 as "1/117": a ratio of 0.01 reads as nothing, one in 117 reads as the weight it is.
    ratio_words = _ratio(ratio) if ratio >= 1 else f"1/{_ratio(1 / ratio)}"
    title = translate("Dossier PDF", "PROBABILITY THAT THE CLIP IS GENERATED, {prior}").format(
        prior=_prior_words(figure["prior"]).upper()
    )
    interval = translate("Dossier PDF", "{percent}% interval {low}–{high}").format(
        percent=INTERVAL_PERCENT, low=f"{figure['low']:.2f}", high=f"{figure['high']:.2f}"
    )
    weight = translate("Dossier PDF", "likelihood ratio {ratio}").format(ratio=ratio_words)
    out += (
        f"<table width='100%' cellpadding='8' cellspacing='0' style='margin-top:6px'><tr>"
        f"<td style='background-color:{PAPER_TINT}'>"
        f"<span style='font-size:8.5pt;color:{MUTED}'>{printed(title)}</span><br/>"
        f"<span style='font-size:18pt;font-weight:600'>{figure['probability']:.2f}</span>"
        f"<span style='font-size:10pt'>&nbsp;&nbsp;{printed(interval)}&nbsp;&nbsp;·&nbsp;&nbsp;{printed(weight)}</span>"
        f"<br/><span style='font-size:9.5pt'>{printed(_lean_words(ratio))}</span></td></tr></table>"
    )
    calibration = part["calibration"]
    name = calibration_words(calibration["name"])
    if not calibration["in_use"]:
        name = translate("Dossier PDF", "{name} (not the one in use)").format(name=name)
    rows = [
        (
            translate("Dossier PDF", "Measured on"),
            printed(calibration_words(part["measured_on"]) or translate("Dossier PDF", "not recorded")),
        ),
        (translate("Dossier PDF", "Calibration"), printed(name)),
        (translate("Dossier PDF", "Calibration SHA-256"), monospace(calibration["sha256"])),
    ]
    if calibration["fitted_on"]:
        rows.append((translate("Dossier PDF", "Fitted on"), printed(calibration_words(calibration["fitted_on"]))))
    not_stated = (
        translate("Dossier clip-level evidence", calibration["note"])
        if calibration["note"]
        else translate("Dossier PDF", "not stated by the calibration")
    )
    rows.append(
        (
            translate("Dossier PDF", "Its accuracy"),
            "<br/>".join(_accuracy_line(m) for m in calibration["measured"]) or printed(not_stated),
        )
    )
    statistics = "<br/>".join(
        printed(
            translate(
                "Dossier PDF", "{analyzer} {version}: mean {mean}, 90th percentile {p90} over {frames} frames"
            ).format(
                analyzer=s["analyzer"],
                version=s["version"],
                mean=_number(s["mean"]),
                p90=_number(s["p90"]),
                frames=s["frames"],
            )
        )
        for s in part["statistics"]
    )
    rows.append(
        (translate("Dossier PDF", "From the scores"), statistics or printed(translate("Dossier PDF", "none recorded")))
    )
    about = translate(
        "Dossier PDF",
        "{what_it_is} The interval is the {interval}. The calibration's known failure modes are listed under Method "
        "and limitations.",
    ).format(
        what_it_is=translate("Dossier clip-level evidence", part["what_it_is"]),
        interval=translate("Dossier clip-level evidence", INTERVAL_TEMPLATE).format(percent=INTERVAL_PERCENT),
    )
    return out + labelled_rows(rows) + fine_print(about)


def _ratio(ratio: float) -> str:
    return f"{ratio:.1f}" if ratio < 10 else f"{ratio:,.0f}"


def _lean_words(ratio: float) -> str:
    """Which way the clip's scores lean, and how far, as a reader says it; beyond 1000 times no calibration
    measured on a few hundred clips can tell how far."""
    times = ratio if ratio >= 1 else 1 / ratio
    if times > 1000:
        if ratio >= 1:
            return translate(
                "Dossier PDF",
                "These scores are more than 1000 times likelier for a generated clip than for a camera clip.",
            )
        return translate(
            "Dossier PDF", "These scores are more than 1000 times likelier for a camera clip than for a generated clip."
        )
    shown = f"{times:.1f}" if times < 10 else f"{times:.0f}"
    if ratio >= 1:
        words = translate(
            "Dossier PDF", "These scores are {times} times likelier for a generated clip than for a camera clip."
        )
    else:
        words = translate(
            "Dossier PDF", "These scores are {times} times likelier for a camera clip than for a generated clip."
        )
    return words.format(times=shown)


def _prior_words(prior: float | None) -> str:
    if prior is None:
        return translate("Dossier PDF", "under a prior the dossier does not know")
    if abs(prior - 0.5) < 1e-9:
        return translate("Dossier PDF", "if generated and camera clips were equally likely beforehand")
    return translate("Dossier PDF", "if {share} of clips were generated beforehand").format(share=f"{prior:.0%}")


def _accuracy_line(measured: dict) -> str:
    """ "AUC 0.87 (0.81–0.92), on ..., 120 generated and 140 camera clips" from a calibration's `measured` entry."""
    auc = translate("Dossier PDF", "AUC not stated") if measured["auc"] is None else f"AUC {measured['auc']:.2f}"
    if measured["low"] is not None and measured["high"] is not None:
        auc += f" ({measured['low']:.2f}–{measured['high']:.2f})"
    if measured["generated"] is None or measured["camera"] is None:
        return printed(f"{auc}, {calibration_words(measured['where'])}")
    line = translate("Dossier PDF", "{auc}, {where}, {generated} generated and {camera} camera clips").format(
        auc=auc,
        where=calibration_words(measured["where"]),
        generated=f"{measured['generated']:,}",
        camera=f"{measured['camera']:,}",
    )
    return printed(line)


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def scores_section(document: dict) -> str:
    analyzers = document["analyzers"]
    out = section_heading(translate("Dossier PDF", "Detector scores over time"))
    if not analyzers:
        return out + fine_print(
            translate("Dossier PDF", "No detector was run over the whole clip, so there are no score charts.")
        )
    out += fine_print(
        translate(
            "Dossier PDF",
            "Each chart shows one detector's score for every analysed frame. Shaded bands are the claims' time "
            "ranges, numbered as in the claims table; E marks an evidence frame. A high score is a cue worth looking "
            "at, not proof: see Method and limitations for what each detector measures and how it fails.",
        )
    )
    for number, analyzer in enumerate(analyzers):
        summary = analyzer["summary"]
        stats = (
            translate("Dossier PDF", "peak {peak}, mean {mean}, 90th percentile {p90}").format(
                peak=f"{summary['max']:.3f}", mean=f"{summary['mean']:.3f}", p90=f"{summary['p90']:.3f}"
            )
            if summary["max"] is not None
            else translate("Dossier PDF", "no frames analysed")
        )
        about = translate("Dossier PDF", "version {version} · {frames} frames · {statistics} · run on {provider}")
        about = about.format(
            version=analyzer["version"],
            frames=f"{analyzer['frames_analysed']:,}",
            statistics=stats,
            provider=analyzer["provider"] or "?",
        )
        out += (
            f"<p style='{KEEP_STYLE}font-size:10pt;font-weight:600;margin-bottom:0;margin-top:10px'>"
            f"{printed(detector_words(analyzer['name']) or analyzer['id'])} "
            f"<span style='font-weight:normal;color:{MUTED};font-size:8.5pt'>{printed(about)}</span></p>"
            f"<p style='margin:0'><img src='{chart_url(number)}' width='{BODY_WIDTH_PX}'/></p>"
        )
    return out
