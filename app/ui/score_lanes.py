"""Stored score tracks as timeline lanes, each on its analyzer's fixed scale (the manifest's lane range, the
suspicious end up), with the band where camera footage usually scores drawn on it: equal heights are equal scores
on every clip, and a lane above its band stands out. Each lane carries what stands behind its scores (version,
model hash, the band and where it was measured, failure modes) for its tooltip."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor

from analyzers.manifest import CameraBand, Manifest
from app.i18n import translate
from widgets.detector_panel import about_html
from widgets.timeline import ScoreLane

_LANE_COLOURS = ("#ffb347", "#6ec6ff", "#b388ff", "#69f0ae", "#ff8a80")
_HIGHER = "higher_is_more_suspicious"


def lane_colours(analyzer_ids: Iterable[str]) -> dict[str, QColor]:
    """One colour per analyzer, the same in the lanes and in the overlays whatever order tracks arrive in."""
    return {i: QColor(_LANE_COLOURS[n % len(_LANE_COLOURS)]) for n, i in enumerate(sorted(set(analyzer_ids)))}


def score_lanes(tracks: list[dict], manifests: dict[str, Manifest]) -> list[ScoreLane]:
    """The tracks as lanes, drawn on the scale and with the band of the analyzers' manifests in `manifests`."""
    colours = lane_colours([*manifests, *(track["id"] for track in tracks)])
    return [score_lane(track, colours[track["id"]], manifests.get(track["id"])) for track in tracks]


def score_lane(track: dict, colour: QColor, manifest: Manifest | None = None) -> ScoreLane:
    """A stored track as a lane on a fixed scale: the manifest's lane range when it is the manifest of the version
    that scored the track, else the track's own score range; scores beyond the range are drawn at its edge. The
    band is the manifest's too, so scores of another version are never read against it."""
    same_version = manifest is not None and manifest.id == track["id"] and manifest.version == track["version"]
    low, high = manifest.lane_range if same_version else tuple(track.get("score_range", (0.0, 1.0)))
    band = manifest.camera_band if same_version else None
    direction = track["direction"]
    higher = direction == _HIGHER

    def height(score: float) -> float:  # 0 at the lane's bottom, 1 at its top: the suspicious end up
        share = min(1.0, max(0.0, (score - low) / (high - low)))
        return share if higher else 1.0 - share

    scores = track["scores"]
    peak = (max if higher else min)(scores, default=low if higher else high)
    readouts = tuple(_readout(s, track["measures"], band) for s in scores)
    about = about_html(
        track["name"],
        track["version"],
        track["model_sha256"],
        [
            (translate("Score lanes", "Score"), track["measures"]),
            (translate("Score lanes", "Lane"), _scale_words(low, high, higher)),
            (translate("Score lanes", "Camera footage"), _band_words(band, manifest)),
            *(
                [(translate("Score lanes", "Measured"), " ".join(manifest.measured))]
                if same_version and manifest.measured
                else []
            ),
        ],
        track["failure_modes"],
    )
    # the lane's top is its suspicious end, whichever way the scores run: "above" is what the eye sees there
    above = band is not None and bool(scores) and band.above(peak, direction)
    if above:
        name = translate("Score lanes", "{detector} · peak {peak} · above camera band")
    else:
        name = translate("Score lanes", "{detector} · peak {peak}")
    name = name.format(detector=track["name"], peak=f"{peak:.3g}")
    band_heights = tuple(sorted((height(band.low), height(band.high)))) if band is not None else None
    return ScoreLane(
        name, tuple(track["frames"]), tuple(height(s) for s in scores), colour, readouts, about, band_heights
    )


def _readout(score: float, measures: str, band: CameraBand | None) -> str:
    """A frame's score in the analyzer's own units, and where it lies against the camera band."""
    if band is None:
        return translate("Score lanes", "{score} ({measures})").format(score=f"{score:.3g}", measures=measures)
    if score > band.high:
        words = translate("Score lanes", "{score} ({measures}) · above the camera band {low}-{high}")
    elif score < band.low:
        words = translate("Score lanes", "{score} ({measures}) · below the camera band {low}-{high}")
    else:
        words = translate("Score lanes", "{score} ({measures}) · within the camera band {low}-{high}")
    return words.format(score=f"{score:.3g}", measures=measures, low=f"{band.low:.3g}", high=f"{band.high:.3g}")


def _scale_words(low: float, high: float, higher: bool) -> str:
    top, bottom = (high, low) if higher else (low, high)
    return translate(
        "Score lanes",
        "drawn from {bottom} (bottom) to {top} (top), the same scale on every clip; "
        "scores beyond it are drawn at the edge",
    ).format(bottom=f"{bottom:.3g}", top=f"{top:.3g}")


def camera_band_words(band: CameraBand) -> str:
    """Where camera footage usually scores on a detector, and what that was measured on (the manifest's words)."""
    return translate("Score lanes", "camera footage usually scores {low}-{high} here: {measured_on}").format(
        low=f"{band.low:.3g}", high=f"{band.high:.3g}", measured_on=band.measured_on
    )


def _band_words(band: CameraBand | None, manifest: Manifest | None) -> str:
    if band is not None:
        return camera_band_words(band)
    if manifest is not None and manifest.camera_band is not None:
        return translate("Score lanes", "the band measured for this detector is for another version than these scores")
    return translate(
        "Score lanes", "no band was measured for this detector: nothing here says where camera footage lies"
    )
