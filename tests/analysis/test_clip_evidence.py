"""The clip-level figure measured for real: a fixture clip's rendition scored by a real detector, a calibration
fitted and read back, the figure recorded in a real case file, and the newsroom's refit on its decided clips."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from analyzers.evidence.clip_model import CalibrationError, Feature, calibration_bytes, load_calibration
from analyzers.evidence.fit import TooFewClips, fit_calibration
from analyzers.registry import discover
from app.analysis import calibrations
from app.analysis.calibrations import refit_on_decided
from app.analysis.clip_evidence import NotMeasured, measure_clip
from app.media.hashing import sha256_file
from app.store.store import Store
from tests.case import add_to_case

FEATURES = [Feature("noise_level", "mean"), Feature("noise_level", "p90")]


def _calibration(tmp_path, name="test calibration", features=FEATURES):
    """A calibration fitted on made-up rows where a higher noise_level score leans generated."""
    rng = np.random.default_rng(3)
    labels = np.r_[np.ones(30), np.zeros(30)].astype(int)
    rows = np.c_[rng.normal(0.2 * labels, 0.05), rng.normal(0.3 * labels, 0.05)][:, : len(features)]
    groups = [f"repo{i % 6}" for i in range(60)]
    fitted = fit_calibration(rows, labels, groups, features, name=name, fitted_on="60 made-up rows")
    path = tmp_path / f"{name}.json"
    path.write_bytes(calibration_bytes(fitted))
    return path


def test_a_clip_is_measured_on_its_rendition_and_its_figure_follows_the_calibration(h264_clip, tmp_path):
    calibration = load_calibration(_calibration(tmp_path))
    measured = measure_clip(h264_clip, sha256_file(h264_clip), calibration, discover(), folder=tmp_path / "r")

    scores = measured.scores["noise_level"]["scores"]
    assert len(scores) == 35  # 64 frames at 30 fps: 2.13 s on a 16 fps clock
    row = np.array([np.mean(scores), np.percentile(scores, 90)])
    expected = calibration.evidence_of_row(row)
    assert measured.evidence == expected
    assert expected.low <= expected.probability <= expected.high
    odds = expected.probability / (1 - expected.probability)
    assert expected.likelihood_ratio == pytest.approx(odds)  # equal priors: the ratio is the odds
    assert measured.evidence.calibration_sha256 == calibration.sha256


def test_a_calibration_needing_a_missing_detector_is_said(h264_clip, tmp_path):
    calibration = load_calibration(_calibration(tmp_path, features=[Feature("no_such_cue", "mean")]))
    with pytest.raises(NotMeasured, match="no_such_cue"):
        measure_clip(h264_clip, "0" * 64, calibration, discover(), folder=tmp_path)


@pytest.mark.parametrize(
    "content, words",
    [
        (b"{", "not a calibration file"),
        (b"[]", "must be a JSON object"),
        (b'{"name": "x", "features": [{"analyzer": "a", "pool": "max"}], "model": {}}', "pool"),
        (b'{"name": "x", "features": [{"analyzer": "a", "pool": "mean"}]}', "lacks a field"),
    ],
)
def test_a_broken_calibration_file_is_refused_in_words(tmp_path, content, words):
    path = tmp_path / "c.json"
    path.write_bytes(content)
    with pytest.raises(CalibrationError, match=words):
        load_calibration(path)


def test_the_figure_is_recorded_and_a_newsroom_refits_on_its_decided_clips(make_clip, tmp_path):
    calibration = load_calibration(_calibration(tmp_path))
    store = Store.open(tmp_path / "case.db", "Li Wei")
    versions = {a.manifest.id: a.manifest.version for a in discover().analyzers}
    names = ["h264", "vp9", "mpeg4", "mjpeg", "odd_size", "rotated_180", "vfr", "av1", "h264_in_avi", "with_audio"]
    for number, name in enumerate(names):
        clip = add_to_case(store, make_clip(name))
        # each clip's figure from made-up per-frame scores: the even ones score high, as the generated ones would
        level = 0.25 if number % 2 == 0 else 0.02
        scores = {"noise_level": {"version": versions["noise_level"], "model_sha256": "m", "scores": [level] * 8}}
        evidence = calibration.evidence({"noise_level": [level] * 8})
        record = {
            "calibration": evidence.calibration,
            "calibration_sha256": evidence.calibration_sha256,
            "probability": evidence.probability,
            "low": evidence.low,
            "high": evidence.high,
            "likelihood_ratio": evidence.likelihood_ratio,
            "rendition": "the first 3 s",
            "scores": scores,
        }
        store.record_clip_evidence(clip["id"], record)
        store.record_clip_evidence(clip["id"], record)  # measured again: replaced, not doubled
        authenticity = "Likely AI-generated" if number % 2 == 0 else "Likely authentic"
        store.create("verdicts", clip["id"], {"authenticity": authenticity, "summary": ""})
        store.edit("clips", clip["id"], {"uploader": f"account{number % 5}"})
    assert store._rows("select count(*) as n from clip_evidence")[0]["n"] == len(names)
    kept = store.clip_evidence(store.clips()[-1]["id"])
    assert kept["scores"]["noise_level"]["scores"] == [0.25] * 8

    refit = refit_on_decided(store.decided_clip_scores(), calibration, versions)
    assert refit.local.measured  # grouped CV by uploader
    [(where, figures)] = refit.local.measured.items()
    assert "grouped cross-validation" in where and figures["generated"] == 5 and figures["camera"] == 5
    assert refit.shipped_on_decided["auc"] == 1.0  # every decided generated clip scored above every camera one
    assert refit.left_out == 0

    calibrations.use(refit.local)
    assert calibrations.calibration_in_use().sha256 == refit.local.sha256
    calibrations.use(None)

    with pytest.raises(TooFewClips, match="at least 5"):
        refit_on_decided(store.decided_clip_scores()[:6], calibration, versions)
    changed = {**versions, "noise_level": "9.9.9"}
    with pytest.raises(TooFewClips):
        refit_on_decided(store.decided_clip_scores(), calibration, changed)  # other detector versions: left out
    store.close()


def test_the_command_line_measures_and_records_a_figure(h264_clip, tmp_path):
    calibration = _calibration(tmp_path)
    database = tmp_path / "case.db"
    store = Store.open(database, "Li Wei")
    clip = add_to_case(store, h264_clip)
    store.close()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.main",
            "--db",
            str(database),
            "evidence",
            str(h264_clip),
            "--calibration",
            str(calibration),
            "--json",
            "--record",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["calibration"]["name"] == "test calibration"
    assert result["interval"][0] <= result["probability"] <= result["interval"][1]
    assert "16 frames/s" in result["measured_on"] and "not a verdict" in result["note"]
    store = Store.open(database, "Li Wei")
    assert store.clip_evidence(clip["id"])["probability"] == pytest.approx(result["probability"], abs=1e-4)
    store.close()

    missing = subprocess.run(
        [sys.executable, "-m", "app.main", "evidence", str(h264_clip), "--calibration", str(tmp_path / "none.json")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode == 2 and "Traceback" not in missing.stderr and "none.json" in missing.stderr


def test_a_calibration_that_is_a_named_pipe_is_refused_in_words(not_a_file):
    with pytest.raises(CalibrationError, match="not a file"):
        load_calibration(not_a_file("fifo"))
