"""The dossier's method and limitations: how the review was done, how the clip-level figure was made, and what
each detector measures and when it misleads. No Qt."""

from __future__ import annotations

from app.dossier.labels import calibration_words, detector_words
from app.dossier.palette import MUTED
from app.dossier.report_markup import KEEP_STYLE, fine_print, printed, section_heading
from app.i18n import translate


def method_section(document: dict) -> str:
    out = section_heading(translate("Dossier PDF", "Method and limitations"))
    method = translate(
        "Dossier PDF",
        "The reviewer watched the clip frame by frame in ReelCheck, with the detectors below drawn over the picture "
        "as heatmaps and their scores plotted under the timeline. Detectors measure low-level cues that generators "
        "often leave; ordinary re-encoding, resizing, filters and low bitrates leave some of the same cues and remove "
        "others. A score therefore says where to look, never what a clip is. Claims were checked against the sources "
        "listed with them.",
    )
    out += f"<p style='font-size:9.5pt'>{printed(method)}</p>"
    out += _calibration_method(document.get("clip_evidence"))
    if not document["analyzers"]:
        return out + fine_print(translate("Dossier PDF", "No detector was run over the whole clip."))
    for analyzer in document["analyzers"]:
        missing = (
            ""
            if analyzer["in_this_installation"]
            else fine_print(
                translate(
                    "Dossier PDF",
                    "This detector is not in the installation that wrote the dossier; its description is missing.",
                )
            )
        )
        about = printed(translate("Dossier PDF", "id {id} · version {version} · model SHA-256 {sha256}")).format(
            id=printed(analyzer["id"]),
            version=printed(analyzer["version"]),
            sha256=f"<span style='font-family:monospace'>{printed(analyzer['model_sha256'])}</span>",
        )
        measures = translate("Dossier PDF", "What it measures:")
        cue = detector_words(analyzer["cue"]) or translate("Dossier PDF", "not described")
        out += (
            f"<p style='{KEEP_STYLE}font-size:10pt;font-weight:600;margin-bottom:2px;margin-top:10px'>"
            f"{printed(detector_words(analyzer['name']) or analyzer['id'])}</p>"
            f"<p style='{KEEP_STYLE}font-size:9pt;margin:0'><i>{printed(measures)}</i> {printed(cue)}</p>"
            f"<p style='{KEEP_STYLE}font-size:8pt;color:{MUTED};margin:0'>{about}</p>"
            + _failures([detector_words(f) for f in analyzer["failure_modes"]])
            + missing
        )
    return out


def _calibration_method(part: dict | None) -> str:
    """How the clip-level figure was made, the calibration used and how it fails; nothing when there is none."""
    if not part or part["figure"] is None:
        return ""
    calibration = part["calibration"]
    features = ", ".join(f"{f['analyzer']} {f['pool']}" for f in calibration["features"])
    missing = fine_print(translate("Dossier clip-level evidence", calibration["note"])) if calibration["note"] else ""
    title = translate("Dossier PDF", "Clip-level evidence: calibration {name}")
    title = title.format(name=calibration_words(calibration["name"]))
    how = translate(
        "Dossier PDF",
        "The clip was re-encoded the way the calibration's training clips were ({rendition}); the detectors scored "
        "every frame of that, and a logistic model fitted on clips known to be generated or camera footage turned "
        "their statistics ({features}) into the figure. It is only as good as those clips are like this one.",
    ).format(
        rendition=calibration_words(part["measured_on"]) or translate("Dossier PDF", "not recorded"),
        features=features or translate("Dossier PDF", "none listed"),
    )
    sha256 = printed(translate("Dossier PDF", "calibration SHA-256 {sha256}")).format(
        sha256=f"<span style='font-family:monospace'>{printed(calibration['sha256'])}</span>"
    )
    return (
        f"<p style='{KEEP_STYLE}font-size:10pt;font-weight:600;margin-bottom:2px;margin-top:10px'>{printed(title)}</p>"
        f"<p style='{KEEP_STYLE}font-size:9pt;margin:0'>{printed(how)}</p>"
        f"<p style='{KEEP_STYLE}font-size:8pt;color:{MUTED};margin:0'>{sha256}</p>"
        + _failures([calibration_words(f) for f in calibration["failure_modes"]])
        + missing
    )


def _failures(failures: list[str]) -> str:
    """How a detector or a calibration is known to mislead, as a list under its title."""
    title = translate("Dossier PDF", "Known to mislead when:")
    items = "".join(f"<li>{printed(f)}</li>" for f in failures or [translate("Dossier PDF", "none listed")])
    return (
        f"<p style='{KEEP_STYLE}font-size:9pt;margin-bottom:0'><i>{printed(title)}</i></p>"
        f"<ul style='font-size:9pt;margin-top:0'>{items}</ul>"
    )
