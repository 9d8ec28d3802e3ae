"""The JSON dossier: it follows its schema, says what the review found (ClaimReview/MediaReview included), its
evidence PNGs are the exact frames with the regions drawn, a failed export leaves nothing, and the CLI writes it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from jsonschema import Draft202012Validator

from app.demo.case import build_demo_case
from app.demo.clips import ensure_demo_clips
from app.dossier import export as export_module
from app.dossier.export import export
from app.dossier.signing import verify
from app.media.clip import open_clip
from app.store.store import Store

SCHEMA = json.loads((Path(__file__).parents[2] / "resources/schemas/dossier-1.schema.json").read_text("utf-8"))
ORGANISATION = {"name": "Demo Fact Check", "url": "https://factcheck.example/"}


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dossier")
    clips = ensure_demo_clips(folder / "clips")
    database = folder / "case.db"
    store = Store.open(database, "tester")
    build_demo_case(store, clips)
    short = next(c for c in store.clips() if c["file_name"] == "vertical_short_h264.mp4")
    scores = [float(np.sin(i / 50.0)) for i in range(2_500)]
    scores[1234] = 9.0  # a spike the downsampled series must keep
    track = {"id": "noise_level", "version": "1.0.0", "model_sha256": "ab" * 32, "provider": "cpu"}
    store.record_analysis(short["id"], {**track, "frames": list(range(2_500)), "scores": scores})
    store.close()
    return database, short


def _export(database: Path, clip_id: int, out: Path, series: bool, organisation=ORGANISATION) -> dict:
    store = Store.open(database, "tester")
    try:
        path = export(store, clip_id, out, organisation, series).json
    finally:
        store.close()
    return json.loads(path.read_text("utf-8"))


def test_export_follows_the_schema_and_says_what_the_review_found(case, tmp_path):
    database, short = case
    document = _export(database, short["id"], tmp_path / "out", series=True)
    Draft202012Validator(SCHEMA).validate(document)
    assert document["dossier_version"] == 1 and document["clip"]["sha256"] == short["sha256"]
    assert document["clip"]["source"]["platform"] == "TikTok" and "path" not in document["clip"]["media"]
    kinds = [f["kind"] for f in document["provenance"]["findings"]]
    assert kinds[:2] == ["content_credentials", "watermark"] and set(kinds[2:]) == {"metadata"}
    assert document["verdict"]["media_review_category"]
    [run] = document["analyzers"]
    assert run["cue"] and run["failure_modes"] and run["summary"]["max"] == 9.0
    assert len(run["series"]["frames"]) <= 2_000 and run["series"]["downsampled_from"] == 2_500
    assert 1234 in run["series"]["frames"]  # the spike survives

    reviews = {r["claimReviewed"]: r for r in document["json_ld"] if r["@type"] == "ClaimReview"}
    chinese, arabic = reviews["金字塔是用激光切割的石块建造的。"], reviews["الأهرامات بنيت في ليلة واحدة"]
    assert chinese["reviewRating"] | {"ratingExplanation": ""} == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "ratingExplanation": "",
    }
    assert arabic["reviewRating"]["alternateName"] == "Satire" and "ratingValue" not in arabic["reviewRating"]
    item = chinese["itemReviewed"]
    assert item["author"]["name"] == "@history.facts.daily" and item["datePublished"] == "2026-11-02"
    assert item["firstAppearance"]["url"] == short["source_url"] == item["appearance"][0]["url"]
    assert chinese["author"]["name"] == "Demo Fact Check" and chinese["url"].startswith(ORGANISATION["url"])
    [media] = [r for r in document["json_ld"] if r["@type"] == "MediaReview"]
    assert media["mediaAuthenticityCategory"] == "TransformedContent"  # "Likely AI-generated"
    assert {c["rating"] for c in document["claims"]} == {"False", "Satire"}
    assert document["claims"][0]["sources"][0]["number"] == 1
    assert any(entry["table"] == "claims" for entry in document["audit"])
    assert document["draft"] == {"is_draft": False, "reasons": []}  # named, decided, every claim rated


def test_a_draft_says_why(case, tmp_path):
    database, _ = case
    store = Store.open(database, "tester")
    try:
        clip = next(c for c in store.clips() if c["file_name"] == "variable_rate_h264.mkv")  # no verdict
        for frames in ((1, 2), (3, 4)):
            store.create("claims", clip["id"], {"frame_in": frames[0], "frame_out": frames[1], "text": "Unrated"})
    finally:
        store.close()
    document = _export(database, clip["id"], tmp_path / "out", series=False, organisation={"name": " ", "url": ""})
    Draft202012Validator(SCHEMA).validate(document)
    assert document["draft"] == {
        "is_draft": True,
        "reasons": ["no publishing organisation named", "no verdict recorded", "2 claims not rated"],
    }


def test_evidence_pngs_are_the_exact_frames_with_their_regions_drawn(case, tmp_path):
    database, short = case
    out = tmp_path / "out"
    document = _export(database, short["id"], out, series=False)
    assert "series" not in document["analyzers"][0]
    clip = open_clip(short["path"])
    try:
        for item in document["evidence"]:
            png = out / item["file"]
            assert hashlib.sha256(png.read_bytes()).hexdigest() == item["sha256"]
            picture = cv2.imread(str(png), cv2.IMREAD_COLOR)
            frame = clip.frame(item["frame"], "bgr24").image
            assert picture.shape == frame.shape
            height, width = frame.shape[:2]
            [region] = item["regions"]
            edge = (round(region["y0"] * (height - 1)), round(region["x0"] * (width - 1)))
            assert tuple(picture[edge]) == (255, 229, 0)  # cyan on the outline's corner
            if not item["overlay"]:  # the plain frame: untouched away from the drawing
                assert np.array_equal(picture[:20, :20], frame[:20, :20])
            else:  # the heatmap is over the frame
                assert not np.array_equal(picture[:20, :20], frame[:20, :20])
    finally:
        clip.close()
    assert {p.name for p in (out / "evidence").iterdir()} == {Path(i["file"]).name for i in document["evidence"]}


def test_user_text_stays_literal(case, tmp_path):
    database, short = case
    store = Store.open(database, "tester")
    change = store.create("claims", short["id"], {"frame_in": 1, "frame_out": 2, "text": "<b>x</b>", "rating": "Mixed"})
    try:
        path = export(store, short["id"], tmp_path / "out", {"name": "", "url": ""}, False).json
    finally:
        store.delete("claims", change.row_id)
        store.close()
    document = json.loads(path.read_text("utf-8"))
    Draft202012Validator(SCHEMA).validate(document)
    assert "<b>x</b>" in [c["text"] for c in document["claims"]]
    assert "url" not in document["json_ld"][0]  # no organisation URL, no review URL


def test_a_failed_export_leaves_nothing_behind(case, tmp_path, monkeypatch):
    database, short = case
    out = tmp_path / "out"
    real_replace = os.replace

    def failing_replace(source, target):
        if str(target).endswith(".json"):
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(export_module.os, "replace", failing_replace)
    with pytest.raises(export_module.ExportError, match="No space left"):
        _export(database, short["id"], out, series=True)
    assert not out.exists()

    out.mkdir()
    (out / "keep.txt").write_text("someone else's")
    with pytest.raises(export_module.ExportError):
        _export(database, short["id"], out, series=True)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_a_document_off_the_schema_is_refused():
    with pytest.raises(export_module.ExportError, match="does not follow its schema"):
        export_module.check_document({"dossier_version": 1})


def test_cli_exports_by_id_and_by_path_and_says_what_is_wrong(case, tmp_path):
    database, short = case
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}

    def reelcheck(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "app.main", "--db", str(database), "export", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)

    by_path = reelcheck(short["path"], "--out", str(tmp_path / "a"), "--json", "--organisation", "Desk")
    assert by_path.returncode == 0, by_path.stderr
    assert "draft" not in by_path.stderr.lower()
    written = Path(by_path.stdout.strip())
    assert written == tmp_path / "a" / f"vertical_short_h264-{short['id']}-dossier.json"
    document = json.loads(written.read_text("utf-8"))
    Draft202012Validator(SCHEMA).validate(document)
    assert document["json_ld"][0]["author"]["name"] == "Desk" and "series" not in document["analyzers"][0]
    by_id = reelcheck(str(short["id"]), "--out", str(tmp_path / "b"), "--series")  # neither format named: both
    assert by_id.returncode == 0, by_id.stderr
    assert [Path(line).suffix for line in by_id.stdout.split()] == [".pdf", ".json"]
    assert "Marked a draft, not final: no publishing organisation named" in by_id.stderr
    assert "series" in json.loads((tmp_path / "b" / written.name).read_text("utf-8"))["analyzers"][0]

    unknown = reelcheck("999", "--out", str(tmp_path / "c"))
    assert unknown.returncode == 2 and len(unknown.stderr.strip().splitlines()) == 1 and "no clip 999" in unknown.stderr
    bad_url = reelcheck("1", "--out", str(tmp_path / "c"), "--organisation-url", "javascript:alert(1)")
    assert bad_url.returncode == 2 and bad_url.stderr.strip().endswith(".")
    assert not (tmp_path / "c").exists()


def test_a_moved_clip_file_is_refused_before_anything_is_written(case, tmp_path):
    import sqlite3

    database, short = case
    other = next(p for p in Path(short["path"]).parent.iterdir() if p.name != short["file_name"] and p.is_file())
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE clips SET path = ? WHERE id = ?", (str(other), short["id"]))
    try:
        with pytest.raises(export_module.ExportError, match="is not the clip that was reviewed"):
            _export(database, short["id"], tmp_path / "out", series=False)
        assert not (tmp_path / "out").exists()
    finally:
        with sqlite3.connect(database) as connection:
            connection.execute("UPDATE clips SET path = ? WHERE id = ?", (short["path"], short["id"]))


@pytest.mark.parametrize("failure", ["signing", "schema"])
def test_a_failed_re_export_keeps_the_earlier_dossier(case, tmp_path, monkeypatch, failure):
    database, short = case
    out = tmp_path / "deep" / "out"
    _export(database, short["id"], out, series=False)
    [first] = out.glob("*-dossier.json")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert verify(first) == []

    def fail(*args, **kwargs):
        raise export_module.ExportError("It failed on purpose.")

    monkeypatch.setattr(export_module, "sign" if failure == "signing" else "check_document", fail)
    with pytest.raises(export_module.ExportError, match="on purpose"):
        _export(database, short["id"], out, series=True)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert verify(first) == []
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []

    monkeypatch.undo()
    fresh = tmp_path / "new" / "deeper"
    monkeypatch.setattr(export_module, "sign", fail)
    with pytest.raises(export_module.ExportError):
        _export(database, short["id"], fresh, series=False)
    assert not (tmp_path / "new").exists()  # every folder the export made is gone again


def test_the_export_job_reports_progress_and_a_cancel_on_the_way_leaves_nothing(case, tmp_path, qapp):
    from app.ui.export_view import DossierRequest, write_dossier
    from app.ui.tasks import Job, _Runner, explain

    database, short = case
    request = DossierRequest(database, "tester", short["id"], tmp_path / "out", "Desk", "", False)

    def run(cancel_at: float) -> tuple[list[float], list[object]]:
        """Runs the export job here, pressing Cancel once its progress reaches `cancel_at`."""
        job, reports, outcomes = Job("Exporting the dossier"), [], []
        job.progress.connect(reports.append)
        job.progress.connect(lambda fraction: fraction >= cancel_at and job.cancel())
        job.cancelled.connect(lambda: outcomes.append("cancelled"))
        job.succeeded.connect(outcomes.append)
        job.failed.connect(outcomes.append)
        _Runner(job, lambda job: write_dossier(request, job), explain).run()
        return reports, outcomes

    reports, outcomes = run(cancel_at=0.3)
    assert outcomes == ["cancelled"] and not (tmp_path / "out").exists()
    reports, [outcome] = run(cancel_at=1.0)  # too late: the files are in place, so they are reported as written
    pdf, json_path = outcome.paths
    assert pdf.suffix == ".pdf" and pdf.exists() and verify(json_path) == []
    assert reports == sorted(set(reports)) and reports[-1] == 1.0 and len(reports) >= 5


def test_the_signer_is_the_exporter_and_the_json_ld_is_schema_org(case, tmp_path):
    database, short = case
    store = Store.open(database, "exporter")
    try:
        written = export(store, short["id"], tmp_path / "out", {"name": "", "url": ""}, False)
        document = json.loads(written.json.read_text())
    finally:
        store.close()
    assert document["reviewer"] == "exporter" and document["verdict"]["reviewer"] != "exporter"
    [media] = [r for r in document["json_ld"] if r["@type"] == "MediaReview"]
    assert "mediaItemAppearance" in media["itemReviewed"] and "appearance" not in media["itemReviewed"]
    assert all("author" not in r for r in document["json_ld"])  # no organisation, no empty author
    assert (
        media["mediaAuthenticityCategory"]
        in SCHEMA["$defs"]["media_review"]["properties"]["mediaAuthenticityCategory"]["enum"]
    )


def test_a_bad_signature_or_date_is_refused(case, tmp_path):
    database, short = case
    document = _export(database, short["id"], tmp_path / "out", series=False)
    export_module.check_document(document)
    with pytest.raises(export_module.ExportError, match="signature"):
        export_module.check_document({**document, "signature": {}})
    bad = json.loads(json.dumps(document))
    bad["json_ld"][0]["datePublished"] = "2024-13-45"
    with pytest.raises(export_module.ExportError, match="does not follow its schema"):
        export_module.check_document(bad)


def test_dossier_file_names_name_no_folder(tmp_path):
    clip = {"file_name": "news\\clip\x07.mp4", "id": 3}
    assert export_module.dossier_path(clip, tmp_path) == tmp_path / "news_clip_-3-dossier.json"
