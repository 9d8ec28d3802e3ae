"""The dossier's clip-level evidence: a figure measured for real (a test calibration, a fixture clip's rendition
scored by the noise detector) is exported with its interval, prior, calibration and statistics, follows the
schema, is covered by the signature, and prints in the PDF beside the detector results and in the method; a clip
without a figure says so, and no calibration at all is said in words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from jsonschema import Draft202012Validator
from pypdf import PdfReader

from analyzers.evidence.clip_model import Feature, calibration_bytes, load_calibration
from analyzers.evidence.fit import fit_calibration
from analyzers.registry import discover
from app.analysis import calibrations
from app.analysis.clip_evidence import measure_clip
from app.dossier.clip_evidence import NOT_INSTALLED, NOT_MEASURED, NOT_MEASURED_NO_CALIBRATION
from app.dossier.export import export
from app.dossier.signing import verify
from app.media.rendition import RENDITION
from app.store.store import Store
from tests.case import add_to_case

SCHEMA = json.loads((Path(__file__).parents[2] / "resources/schemas/dossier-1.schema.json").read_text("utf-8"))
NAME = "Test calibration 测试校准"
FAILURE = "Screen recordings of generated clips look like camera footage to it."
WHERE = "grouped cross-validation on the clips it was fitted on"


def _calibration_file(folder: Path) -> Path:
    """A calibration on the noise detector's mean and 90th percentile, fitted on synthetic rows from 8 sources."""
    rng = np.random.default_rng(7)
    labels = np.array([0, 1] * 40)
    rows = np.column_stack([rng.normal(0.4 + 0.3 * labels, 0.2), rng.normal(0.6 + 0.3 * labels, 0.2)])
    calibration = fit_calibration(
        rows,
        labels,
        [f"source{i % 8}" for i in range(len(labels))],
        [Feature("noise_level", "mean"), Feature("noise_level", "p90")],
        name=NAME,
        fitted_on="80 synthetic clips from 8 sources, measured on their renditions",
        failure_modes=[FAILURE],
    )
    path = folder / "calibration.json"
    path.write_bytes(calibration_bytes(calibration))
    return path


@pytest.fixture(scope="module")
def case(tmp_path_factory, make_clip):
    """A case with two clips: one whose figure was measured under the test calibration and recorded, one without."""
    folder = tmp_path_factory.mktemp("clip_evidence")
    calibration_path = _calibration_file(folder)
    calibration = load_calibration(calibration_path)
    database = folder / "case.db"
    store = Store.open(database, "tester")
    try:
        measured_clip = add_to_case(store, make_clip("h264"))
        bare_clip = add_to_case(store, make_clip("vfr"))
        with pytest.MonkeyPatch.context() as patch:  # the user's own folders stay untouched
            for name in ("CACHE", "CONFIG", "DATA"):
                patch.setenv(f"XDG_{name}_HOME", str(folder / name.lower()))
            measured = measure_clip(
                Path(measured_clip["path"]),
                measured_clip["sha256"],
                calibration,
                discover(),
                provider="cpu",
                folder=folder / "renditions",
            )
        store.record_clip_evidence(measured_clip["id"], measured.as_record())
    finally:
        store.close()
    return database, calibration_path, measured, measured_clip, bare_clip


@pytest.fixture
def shipped(case, monkeypatch):
    """The test calibration stands in for the shipped one (which is still being trained)."""
    monkeypatch.setattr(calibrations, "shipped_path", lambda: case[1])
    return load_calibration(case[1])


def _export(database: Path, clip_id: int, out: Path, pdf: bool = True):
    store = Store.open(database, "tester")
    try:
        return export(store, clip_id, out, {"name": "Desk", "url": ""}, False, pdf=pdf)
    finally:
        store.close()


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_measured_figure_is_exported_with_its_calibration_and_signed(case, shipped, tmp_path):
    database, _, measured, clip, _ = case
    written = _export(database, clip["id"], tmp_path / "out")
    document = json.loads(written.json.read_text("utf-8"))
    Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(document)
    part = document["clip_evidence"]
    figure, evidence = part["figure"], measured.evidence
    assert figure["probability"] == evidence.probability and 0 <= figure["low"] <= figure["high"] <= 1
    assert (figure["low"], figure["high"], figure["likelihood_ratio"]) == (
        evidence.low,
        evidence.high,
        evidence.likelihood_ratio,
    )
    assert figure["prior"] == 0.5 and figure["in_words"] == evidence.in_words()
    assert "not a verdict" not in figure["in_words"] and "never a verdict" in part["what_it_is"]
    assert part["measured_on"] == RENDITION.words
    calibration = part["calibration"]
    assert calibration["name"] == NAME and calibration["sha256"] == shipped.sha256 == evidence.calibration_sha256
    assert calibration["in_this_installation"] and calibration["in_use"] and calibration["failure_modes"] == [FAILURE]
    assert calibration["fitted_on"].startswith("80 synthetic clips")
    [accuracy] = calibration["measured"]
    assert accuracy["where"] == WHERE and accuracy["generated"] == accuracy["camera"] == 40
    assert accuracy["low"] <= accuracy["auc"] <= accuracy["high"]
    [statistics] = part["statistics"]
    row = shipped.features_of({"noise_level": measured.scores["noise_level"]["scores"]})
    assert statistics["analyzer"] == "noise_level"
    assert statistics["frames"] == len(measured.scores["noise_level"]["scores"]) > 30  # the 2 s clip at 16 frames/s
    assert [statistics["mean"], statistics["p90"]] == pytest.approx(list(row))
    assert shipped.evidence_of_row(np.array([statistics["mean"], statistics["p90"]])).probability == pytest.approx(
        figure["probability"]
    )

    assert verify(written.json, Path(clip["path"])) == []
    forged = {**document, "clip_evidence": {**part, "figure": {**figure, "probability": 0.01}}}
    written.json.write_text(json.dumps(forged, indent=2, ensure_ascii=False), encoding="utf-8")
    problems = verify(written.json)
    assert problems and any("clip_evidence" in problem for problem in problems)


def test_the_pdf_shows_the_figure_beside_the_detectors_and_names_the_calibration(case, shipped, tmp_path):
    database, _, measured, clip, _ = case
    text = _pdf_text(_export(database, clip["id"], tmp_path / "out").pdf)
    flat = " ".join(text.split())
    evidence = measured.evidence
    block = flat[flat.index("Clip-level evidence") : flat.index("Detector scores over time")]
    assert f"{evidence.probability:.2f}" in block and f"90% interval {evidence.low:.2f}–{evidence.high:.2f}" in block
    assert "EQUALLY LIKELY BEFOREHAND" in block and NAME in block and shipped.sha256 in block
    assert "AUC " in block and WHERE in block and "40 generated and 40 camera clips" in block
    assert "never a verdict" in block and "noise_level" in block
    method = flat[flat.rindex("Method and limitations") :]
    assert f"Clip-level evidence: calibration {NAME}" in method and FAILURE in method


def test_a_clip_without_a_figure_says_so(case, shipped, tmp_path):
    database, _, _, _, bare = case
    written = _export(database, bare["id"], tmp_path / "out")
    document = json.loads(written.json.read_text("utf-8"))
    Draft202012Validator(SCHEMA).validate(document)
    assert document["clip_evidence"] == {"figure": None, "reason": NOT_MEASURED}
    assert verify(written.json) == []
    flat = " ".join(_pdf_text(written.pdf).split())
    assert NOT_MEASURED in flat and "Clip-level evidence: calibration" not in flat


def test_without_any_calibration_installed_nothing_is_made_up(case, tmp_path, monkeypatch):
    database, _, measured, clip, bare = case
    monkeypatch.setattr(calibrations, "shipped_path", lambda: tmp_path / "missing" / "calibration.json")
    document = json.loads(_export(database, bare["id"], tmp_path / "bare", pdf=False).json.read_text("utf-8"))
    assert document["clip_evidence"] == {"figure": None, "reason": NOT_MEASURED_NO_CALIBRATION}

    # A figure recorded under a calibration this installation no longer has: the figure as recorded, and in words
    # that what its calibration was fitted on and how it fails is not known here.
    written = _export(database, clip["id"], tmp_path / "measured")
    document = json.loads(written.json.read_text("utf-8"))
    Draft202012Validator(SCHEMA).validate(document)
    part = document["clip_evidence"]
    assert part["figure"]["probability"] == measured.evidence.probability
    assert part["figure"]["prior"] == pytest.approx(0.5)  # from the recorded probability and likelihood ratio
    assert part["calibration"]["name"] == NAME and not part["calibration"]["in_this_installation"]
    assert part["calibration"]["note"] == NOT_INSTALLED and part["calibration"]["measured"] == []
    assert verify(written.json) == []
    flat = " ".join(_pdf_text(written.pdf).split())
    assert NAME in flat and "not the one in use" in flat and "is not in the installation" in flat


def test_a_dossier_from_before_clip_evidence_still_follows_the_schema(case, shipped, tmp_path):
    database, _, _, _, bare = case
    document = json.loads(_export(database, bare["id"], tmp_path / "out", pdf=False).json.read_text("utf-8"))
    del document["clip_evidence"]
    Draft202012Validator(SCHEMA).validate(document)


def test_the_command_line_records_a_figure_and_exports_it(case, tmp_path, make_clip):
    """`reelcheck evidence --record` under the calibration in use, then `reelcheck export`: the dossier names it."""
    calibrations.use(load_calibration(case[1]))  # the reviewer's chosen one, in the test's own config folder
    database = tmp_path / "case.db"
    store = Store.open(database, "tester")
    try:
        clip = add_to_case(store, make_clip("rotated_phone"))
    finally:
        store.close()

    def reelcheck(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "app.main", "--db", str(database), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, env=dict(os.environ))

    measured = reelcheck("evidence", clip["path"], "--record", "--provider", "cpu", "--json")
    assert measured.returncode == 0, measured.stderr
    exported = reelcheck("export", str(clip["id"]), "--out", str(tmp_path / "out"), "--json")
    assert exported.returncode == 0, exported.stderr
    [path] = (tmp_path / "out").glob("*-dossier.json")
    document = json.loads(path.read_text("utf-8"))
    Draft202012Validator(SCHEMA).validate(document)
    part = document["clip_evidence"]
    assert part["figure"]["probability"] == pytest.approx(json.loads(measured.stdout)["probability"], abs=1e-4)
    assert part["calibration"]["name"] == NAME and part["calibration"]["in_use"]
    assert verify(path, Path(clip["path"])) == []
