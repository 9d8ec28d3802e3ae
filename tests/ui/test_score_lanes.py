"""Score lanes on each analyzer's absolute scale: equal heights are equal scores on every clip, the band where
camera footage usually scores is drawn on the lane and named in its tooltip, and readouts stay in the analyzer's
own units. Checked on the values the lanes carry and on the pixels the timeline paints."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor

from analyzers.manifest import load_manifest
from analyzers.resources import models_dir
from app.ui.score_lanes import lane_colours, score_lanes
from widgets.timeline import Timeline

pytestmark = pytest.mark.gui

MEASURED_ON = "5th-95th percentile of per-frame scores of 180 camera clips of the training set, normalized to 16 fps"
FRAMES = 40


def _manifest(tmp_path, band=True, lane_range=(0, 0.2), direction="higher_is_more_suspicious"):
    data = json.loads((models_dir() / "noise_level" / "manifest.json").read_text())
    data["output"]["score_direction"] = direction
    data["output"].pop("camera_band", None)  # the built-in's own, measured on the training set
    data["display"].pop("lane_range", None)
    if band:
        data["output"]["camera_band"] = {"low": 0.01, "high": 0.06, "measured_on": MEASURED_ON}
    if lane_range is not None:
        data["display"]["lane_range"] = list(lane_range)
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(data))
    return load_manifest(path)


def _track(scores: list[float], version: str = "1.0.0", direction: str = "higher_is_more_suspicious") -> dict:
    return {
        "id": "noise_level",
        "name": "Smoother than the rest of the frame",
        "version": version,
        "model_sha256": "0123456789abcdef" * 4,
        "provider": "cpu",
        "measures": "share of the picture",
        "direction": direction,
        "score_range": [0.0, 1.0],
        "failure_modes": ["Flat skies are smooth in real footage too."],
        "frames": list(range(len(scores))),
        "scores": scores,
        "seconds": 0.1,
    }


def test_a_flat_camera_clip_and_a_firing_one_are_drawn_on_the_same_scale(tmp_path):
    manifest = _manifest(tmp_path)
    camera = [0.03] * FRAMES
    generated = [0.03] * 10 + [0.15] * 20 + [0.5] * 10  # fires, then goes past the lane's top
    (flat,) = score_lanes([_track(camera)], {"noise_level": manifest})
    (firing,) = score_lanes([_track(generated)], {"noise_level": manifest})
    assert flat.values == pytest.approx([0.15] * FRAMES)  # 0.03 of 0-0.2, not scaled up to its own peak
    assert firing.values[:10] == pytest.approx([0.15] * 10)  # the same score, the same height
    assert firing.values[10:30] == pytest.approx([0.75] * 20)
    assert firing.values[30:] == pytest.approx([1.0] * 10)  # clipped at the lane's top
    assert flat.band == firing.band == pytest.approx((0.05, 0.3))
    assert "peak 0.03" in flat.name and "above camera band" not in flat.name
    assert "peak 0.5 · above camera band" in firing.name
    assert firing.readout_at(35) == "frame 35: 0.5 (share of the picture) · above the camera band 0.01-0.06"
    assert flat.readout_at(3) == "frame 3: 0.03 (share of the picture) · within the camera band 0.01-0.06"
    assert f"camera footage usually scores 0.01-0.06 here: {MEASURED_ON}" in flat.about
    assert "drawn from 0 (bottom) to 0.2 (top)" in flat.about


def test_lower_is_more_suspicious_is_flipped_band_and_all(tmp_path):
    direction = "lower_is_more_suspicious"
    manifest = _manifest(tmp_path, direction=direction)
    (lane,) = score_lanes([_track([0.2, 0.1, 0.0, 0.005], direction=direction)], {"noise_level": manifest})
    assert lane.values == pytest.approx([0.0, 0.5, 1.0, 0.975])
    assert lane.band == pytest.approx((0.7, 0.95))
    assert "peak 0 · above camera band" in lane.name  # its lowest score, past the band on the suspicious side
    assert lane.readout_at(3).endswith("below the camera band 0.01-0.06")


def test_without_a_band_the_tooltip_says_none_was_measured(tmp_path):
    manifest = _manifest(tmp_path, band=False, lane_range=None)
    (lane,) = score_lanes([_track([0.03, 0.5])], {"noise_level": manifest})
    assert lane.band is None and lane.values == pytest.approx([0.03, 0.5])  # the whole score range
    assert "no band was measured" in lane.about
    assert lane.readout_at(1) == "frame 1: 0.5 (share of the picture)"


def test_scores_of_another_version_are_not_read_against_its_band(tmp_path):
    manifest = _manifest(tmp_path)
    (lane,) = score_lanes([_track([0.1], version="0.9.0")], {"noise_level": manifest})
    assert lane.band is None and lane.values == pytest.approx([0.1])  # the track's own score range, 0-1
    assert "for another version" in lane.about
    (unknown,) = score_lanes([_track([0.1])], {})  # a plugin removed since
    assert unknown.band is None and "no band was measured" in unknown.about


def test_colours_follow_the_analyzer_not_the_order_tracks_arrive_in():
    first = lane_colours(["temporal_boiling", "noise_level", "flow_warp"])
    again = lane_colours(["flow_warp", "temporal_boiling", "noise_level"])
    assert first == again and len({c.name() for c in first.values()}) == 3


def _lightness(image, x: int, y: float) -> int:
    return QColor(image.pixel(x, round(y))).lightness()


def test_the_band_and_what_rises_above_it_are_painted(qtbot, tmp_path):
    manifest = _manifest(tmp_path)
    quiet = [0.0] * FRAMES
    firing = [0.0] * 20 + [0.19] * 20
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.set_clip(FRAMES, [0], lambda n: n / 16, lambda s: f"{s:.1f}")
    timeline.set_lanes(score_lanes([_track(quiet), _track(firing)], {"noise_level": manifest}))
    timeline.resize(800, timeline.sizeHint().height())
    image = timeline.grab().toImage()
    box = timeline.lane_box(0)
    x = int(timeline.x_of(30))  # right of the lane's name
    inside_band = box.bottom() - 0.175 * box.height()  # between 0.05 and 0.3 of the lane
    over_band = box.bottom() - 0.7 * box.height()
    assert _lightness(image, x, inside_band) > _lightness(image, x, over_band) + 8  # the faint band on a quiet lane
    firing_box = timeline.lane_box(1)
    solid = QColor(image.pixel(x, round(firing_box.bottom() - 0.7 * firing_box.height())))
    faint = QColor(image.pixel(int(timeline.x_of(30)), round(firing_box.bottom() - 0.175 * firing_box.height())))
    colour = QColor("#ffb347")  # noise_level's lane colour: the only analyzer here
    assert abs(solid.red() - colour.red()) < 40 and abs(solid.green() - colour.green()) < 40, solid.name()
    assert faint.red() < solid.red() - 60, (faint.name(), solid.name())  # under the band: the faint fill only
