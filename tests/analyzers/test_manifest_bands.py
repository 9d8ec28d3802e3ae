"""Manifest fields for reading a score on an absolute scale: where camera footage usually lies
(`output.camera_band`) and the fixed part of the score range a lane shows (`display.lane_range`)."""

from __future__ import annotations

import json

import pytest

from analyzers.manifest import CameraBand, ManifestError, load_manifest
from analyzers.resources import models_dir

MEASURED_ON = "5th-95th percentile of per-frame scores of 180 camera clips, normalized to 16 fps, 480 px"


def _write(tmp_path, change) -> object:
    manifest = json.loads((models_dir() / "noise_level" / "manifest.json").read_text())
    change(manifest)
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(manifest))
    return path


def test_without_the_new_fields_there_is_no_band_and_the_lane_shows_the_score_range(tmp_path):
    manifest = load_manifest(_write(tmp_path, lambda m: m["output"].pop("camera_band", None)))
    assert manifest.camera_band is None
    assert manifest.lane_range == manifest.output.score_range == (0.0, 1.0)


def test_a_band_and_a_lane_range_are_read(tmp_path):
    def change(m):
        m["output"]["camera_band"] = {"low": 0.01, "high": 0.06, "measured_on": MEASURED_ON}
        m["display"]["lane_range"] = [0, 0.2]

    manifest = load_manifest(_write(tmp_path, change))
    assert manifest.camera_band == CameraBand(0.01, 0.06, MEASURED_ON)
    assert manifest.lane_range == (0.0, 0.2)
    assert manifest.camera_band.describe() == f"camera footage usually scores 0.01-0.06 here: {MEASURED_ON}"
    assert manifest.camera_band.above(0.07, "higher_is_more_suspicious")
    assert not manifest.camera_band.above(0.05, "higher_is_more_suspicious")
    assert manifest.camera_band.above(0.005, "lower_is_more_suspicious")


@pytest.mark.parametrize(
    ("band", "lane_range", "words"),
    [
        ([0.01, 0.06], None, "'output.camera_band' must be {"),
        ({"low": 0.01, "high": 0.06}, None, "has no 'output.camera_band.measured_on'"),
        ({"low": 0.01, "high": 0.06, "measured_on": " "}, None, "'output.camera_band.measured_on' must be a non-empty"),
        ({"low": "0.01", "high": 0.06, "measured_on": "x"}, None, "'output.camera_band.low' must be a number"),
        ({"low": 0.01, "high": 1.5, "measured_on": "x"}, None, "'output.camera_band.high' is 1.5; it must be from 0"),
        ({"low": 0.2, "high": 0.1, "measured_on": "x"}, None, "goes from 0.2 down to 0.1"),
        (None, [0, 2], "'display.lane_range' is [0, 2]; it must lie within [0, 1]"),
        (None, [0.2, 0.2], "'display.lane_range' must go from low to high"),
        (None, [0, True], "'display.lane_range' must be [low, high]"),
        (None, "0-0.2", "'display.lane_range' must be [low, high]"),
    ],
)
def test_wrong_fields_are_refused_in_words(tmp_path, band, lane_range, words):
    def change(m):
        if band is not None:
            m["output"]["camera_band"] = band
        if lane_range is not None:
            m["display"]["lane_range"] = lane_range

    with pytest.raises(ManifestError) as refused:
        load_manifest(_write(tmp_path, change))
    assert words in str(refused.value)


def test_a_band_at_one_point_is_allowed(tmp_path):
    path = _write(tmp_path, lambda m: m["output"].update(camera_band={"low": 0, "high": 0, "measured_on": "x"}))
    assert load_manifest(path).camera_band == CameraBand(0.0, 0.0, "x")
