"""Where camera footage usually scores on each cue, written into the built-in manifests for the score lanes.

The band runs from the 5th percentile of the camera clips' mean frame score to the 95th percentile of their
90th-percentile frame score, on the training clips' renditions: most frames of most camera clips lie inside it. A
lane shows a fixed part of the cue's score range (`display.lane_range`): up to the score most generated or camera
clips stay under (the 99th percentile of every clip's 90th-percentile frame score), rounded up, so that the band
and what rises above it both have room.
"""

from __future__ import annotations

import json
import math

import numpy as np

from analyzers.manifest import load_manifest
from analyzers.resources import models_dir


def _rounded_up(value: float) -> float:
    """`value` rounded up to 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def write_bands(cue: str, camera_means, camera_p90s, all_p90s, measured_on: str) -> dict:
    """Write the band and the lane range into `cue`'s manifest; returns what was written."""
    folder = models_dir() / cue
    low_end, high_end = load_manifest(folder / "manifest.json").output.score_range
    clamp = lambda v: float(min(high_end, max(low_end, v)))  # noqa: E731
    low = clamp(np.nanpercentile(camera_means, 5))
    high = clamp(np.nanpercentile(camera_p90s, 95))
    top = clamp(_rounded_up(max(np.nanpercentile(all_p90s, 99), 2 * high)))
    band = {"low": round(low, 4), "high": round(max(high, low), 4), "measured_on": measured_on}
    path = folder / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["output"]["camera_band"] = band
    data["display"]["lane_range"] = [low_end, top if top > low_end else high_end]
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    load_manifest(path)  # what was written must still be a manifest
    return {"camera_band": band, "lane_range": data["display"]["lane_range"]}
