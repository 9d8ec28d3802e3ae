"""Stored score tracks as timeline lanes: scaled with the suspicious end up, named with their peak, and carrying
what stands behind each score (version, model hash, failure modes) for the lane's tooltip."""

from __future__ import annotations

from PySide6.QtGui import QColor

from widgets.detector_panel import about_html
from widgets.timeline import ScoreLane

_LANE_COLOURS = ("#ffb347", "#6ec6ff", "#b388ff", "#69f0ae", "#ff8a80")


_LANE_LEAST_TOP = 0.1  # of the score's range: below that, a lane is drawn to scale, so noise stays flat


def score_lane(track: dict, index: int) -> ScoreLane:
    """A stored track as a timeline lane, with the suspicious end up. Detectors flag small parts of a picture, so
    a lane is drawn up to the track's own peak (at least a tenth of its range) to show where it fires; the lane
    names the peak, and hovering it gives each frame's score."""
    low, high = track.get("score_range", (0.0, 1.0))
    values = [min(1.0, max(0.0, (s - low) / (high - low))) for s in track["scores"]]
    if track["direction"] == "lower_is_more_suspicious":
        values = [1.0 - v for v in values]
    top = max([_LANE_LEAST_TOP, *values])
    values = [v / top for v in values]
    peak = (
        max(track["scores"], default=low)
        if track["direction"] == "higher_is_more_suspicious"
        else min(track["scores"], default=high)
    )
    colour = QColor(_LANE_COLOURS[index % len(_LANE_COLOURS)])
    readouts = tuple(f"{s:.3g} ({track['measures']})" for s in track["scores"])
    about = about_html(
        track["name"], track["version"], track["model_sha256"], [("Score", track["measures"])], track["failure_modes"]
    )
    name = f"{track['name']} · peak {peak:.3g}"
    return ScoreLane(name, tuple(track["frames"]), tuple(values), colour, readouts, about)
