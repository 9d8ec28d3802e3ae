"""Analyzer manifests, the registry, the ONNX engine and the built-in noise-level detector, on real sessions."""

from __future__ import annotations

import hashlib
import json
import shutil

import cv2
import numpy as np
import pytest

from analyzers.build_models import build_all
from analyzers.engine import ModelSession, wanted_providers
from analyzers.pictures import stack
from analyzers.registry import discover
from analyzers.resources import models_dir
from tests.artifacts import camera_like_frame, write_clip


def write_waxy_clip(path) -> None:
    """Camera-like frames with sensor noise, except a smoothed-over patch (blocks 6-13 down, 20-29 across)."""

    def frames():
        for i in range(6):
            frame = camera_like_frame(seed=i)
            frame[96:224, 320:480] = cv2.GaussianBlur(frame[96:224, 320:480], (0, 0), 3)
            yield frame

    write_clip(path, frames())


def test_committed_models_are_what_the_script_builds(tmp_path):
    for built in build_all(tmp_path):
        committed = models_dir() / built.parent.name / built.name
        assert committed.read_bytes() == built.read_bytes(), (
            f"rebuild {committed} with python -m analyzers.build_models"
        )


def test_built_in_analyzers_are_found_with_their_model_hash():
    registry = discover()
    noise = registry.get("noise_level")
    assert noise.origin == "built-in" and not registry.broken
    assert noise.model_sha256 == hashlib.sha256(noise.manifest.model_path.read_bytes()).hexdigest()
    assert noise.manifest.failure_modes and noise.manifest.cue.endswith(".")
    with pytest.raises(KeyError, match="no analyzer 'nothing'"):
        registry.get("nothing")


def test_broken_plugins_are_listed_with_their_reason_and_the_rest_work(tmp_path):
    source = models_dir() / "noise_level"
    good = tmp_path / "my_detector"
    shutil.copytree(source, good)
    manifest = json.loads((good / "manifest.json").read_text())
    (good / "manifest.json").write_text(json.dumps({**manifest, "id": "my_detector"}))
    for name, change in {
        "not_json": lambda folder: (folder / "manifest.json").write_text("{ not json"),
        "no_cue": lambda folder: _edit(folder, lambda m: m.pop("cue")),
        "bad_kind": lambda folder: _edit(folder, lambda m: m.update(kind="verdict")),
        "no_failure_modes": lambda folder: _edit(folder, lambda m: m.update(failure_modes=[])),
        "model_missing": lambda folder: (folder / "model.onnx").unlink(),
        "model_garbage": lambda folder: (folder / "model.onnx").write_bytes(b"\x00garbage" * 100),
        "model_empty": lambda folder: (folder / "model.onnx").write_bytes(b""),
        "same_id": lambda folder: None,
    }.items():
        folder = tmp_path / name
        shutil.copytree(source, folder)
        change(folder)
    registry = discover(tmp_path)
    built_in = [a.manifest.id for a in discover().analyzers]
    assert [a.manifest.id for a in registry.analyzers] == [*built_in, "my_detector"]
    reasons = {b.folder.name: b.reason for b in registry.broken}
    assert "not valid JSON" in reasons["not_json"]
    assert "has no 'cue'" in reasons["no_cue"]
    assert "'kind' is 'verdict'" in reasons["bad_kind"]
    assert "no failure_modes" in reasons["no_failure_modes"]
    assert "not in the folder" in reasons["model_missing"]
    assert "model.onnx is not an ONNX model" in reasons["model_garbage"]
    assert "model.onnx cannot be loaded by ONNX Runtime" in reasons["model_empty"]
    assert "taken already" in reasons["same_id"]


def _edit(folder, change) -> None:
    manifest = json.loads((folder / "manifest.json").read_text())
    change(manifest)
    (folder / "manifest.json").write_text(json.dumps(manifest))


def test_noise_level_lights_up_a_waxy_patch():
    session = ModelSession(discover().get("noise_level").manifest, provider="cpu")
    clean = camera_like_frame()
    waxy = clean.copy()
    waxy[96:224, 320:480] = cv2.GaussianBlur(clean[96:224, 320:480], (0, 0), 3)  # blocks 6-13 down, 20-29 across
    heatmaps, scores = session.run(stack([clean, waxy], "gray"))
    assert heatmaps.shape == (2, 22, 40)
    patch, elsewhere = heatmaps[1, 6:14, 20:30], np.delete(heatmaps[1], np.s_[5:15], axis=0)
    assert patch.mean() > 0.7 and elsewhere.mean() < 0.1
    assert np.unravel_index(heatmaps[1].argmax(), heatmaps[1].shape)[1] in range(20, 30)
    assert scores[1] > scores[0] + 0.03


def test_noise_level_leaves_black_bars_alone():
    session = ModelSession(discover().get("noise_level").manifest, provider="cpu")
    letterboxed = camera_like_frame()
    letterboxed[:48] = 0
    heatmaps, _ = session.run(stack([letterboxed], "gray"))
    assert heatmaps[0, :3].max() == 0.0


def test_providers_are_chosen_and_a_silent_fallback_is_reported():
    assert wanted_providers("cpu") == ["CPUExecutionProvider"]
    assert wanted_providers("auto")[-1] == "CPUExecutionProvider"
    assert wanted_providers("cuda") == ["CUDAExecutionProvider", "CPUExecutionProvider"]
    with pytest.raises(ValueError, match="must be one of auto, cuda, cpu"):
        wanted_providers("gpu")
    asked = wanted_providers("auto")  # the GPU, unless an earlier test's session already found it does not work
    session = ModelSession(discover().get("noise_level").manifest, provider="auto")
    report = session.report
    assert report.fell_back == (asked[0] != "CPUExecutionProvider" and report.running == "CPU")
    assert report.describe().startswith(f"Detectors run on the {report.running}")
    if report.running == "CPU":  # this machine has onnxruntime-gpu but no working CUDA, as CI does
        if report.fell_back:
            assert "no working GPU was found" in report.describe()
        # a GPU that failed once is not tried again by `auto`, and says nothing more
        assert wanted_providers("auto") == ["CPUExecutionProvider"]
        again = ModelSession(discover().get("noise_level").manifest, provider="auto").report
        assert not again.fell_back and again.describe() == "Detectors run on the CPU"
        required = ModelSession(discover().get("noise_level").manifest, provider="cuda").report
        assert "the GPU was asked for but could not be used" in required.describe()
    with pytest.raises(ValueError, match="T x H x W x 1 or 3 uint8"):
        session.run(np.zeros((10, 10, 3), np.uint8))


def _cli(*args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "app.main", *args], capture_output=True, text=True, timeout=180)


def test_cli_lists_detectors_as_json():
    result = _cli("detectors", "--json")
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    noise = next(a for a in listing["analyzers"] if a["id"] == "noise_level")
    assert noise["failure_modes"] and len(noise["model_sha256"]) == 64
    assert listing["unusable"] == []


def test_cli_analyze_writes_per_frame_scores(make_clip, tmp_path):
    path, out = make_clip("h264"), tmp_path / "scores.json"
    result = _cli(
        "analyze", str(path), "--detectors", "noise_level", "--provider", "cpu", "--stride", "3", "--json", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "analysed 22/22 frames (100%)" in result.stderr
    report = json.loads(out.read_text())
    assert report["clip"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    track = report["analyzers"][0]
    assert track["id"] == "noise_level" and track["provider"] == "CPU" and track["version"] == "1.0.0"
    assert track["frames"] == list(range(0, 64, 3)) and len(track["scores"]) == 22
    assert all(0.0 <= s <= 1.0 for s in track["scores"])
    assert "not a verdict" in report["note"]


def test_cli_analyze_on_auto_says_where_it_runs_once_and_nothing_from_onnx_runtime(make_clip, tmp_path):
    """On a machine with onnxruntime-gpu but no working GPU (as CI), `auto` quietly runs on the CPU: no pages of
    "EP Error", no libraries not found, no "asked for TensorRT" per detector."""
    path, out = make_clip("h264"), tmp_path / "scores.json"
    result = _cli("analyze", str(path), "--detectors", "noise_level,npr_residual", "--stride", "16", "--json", str(out))
    assert result.returncode == 0, result.stderr
    said = result.stdout + result.stderr
    for noise in ("EP Error", "Failed to load", "Tensorrt", "asked for", "onnxruntime", "Traceback"):
        assert noise not in said, said
    assert said.count("2 analyzers on the") == 1, said


def test_cli_analyze_refuses_an_unknown_detector(h264_clip, tmp_path):
    result = _cli("analyze", str(h264_clip), "--detectors", "oracle", "--json", str(tmp_path / "x.json"))
    assert result.returncode == 2 and "no analyzer 'oracle'" in result.stderr
    assert not (tmp_path / "x.json").exists()


def test_whole_clip_run_batches_reports_progress_and_cancels():
    from analyzers.run import AnalysisCancelled, analyze

    noise = [discover().get("noise_level")]
    frames = [(n, camera_like_frame(n, (320, 176) if n < 5 else (176, 320))) for n in range(7)]
    progress = []
    track = analyze(iter(frames), noise, "cpu", 7, lambda done, total: progress.append(done))[0]
    assert track.frames == list(range(7)) and len(track.scores) == 7
    assert progress == [4, 7]  # after every batch of 4 frames, and at the end
    with pytest.raises(AnalysisCancelled):
        analyze(iter(frames), noise, "cpu", 7, cancelled=lambda: True)


def test_cli_writes_a_frame_with_the_heatmap_over_it(tmp_path):
    clip = tmp_path / "waxy.mp4"
    write_waxy_clip(clip)
    plain = _cli("frame", str(clip), "2", "--out", str(tmp_path))
    marked = _cli("frame", str(clip), "2", "--overlay", "noise_level", "--out", str(tmp_path))
    assert plain.returncode == 0 and marked.returncode == 0, marked.stderr
    before = cv2.imread(str(tmp_path / "frame_2.png")).astype(int)
    after = cv2.imread(str(tmp_path / "frame_2_noise_level.png")).astype(int)
    change = np.abs(after - before).mean(axis=2)
    assert change[96:224, 320:480].mean() > 20 and change[:80].mean() < 2


def test_graph_high_pass_is_the_srm_kv_kernel():
    """The slice-written residual equals filtering with the 3x3 KV kernel, edges repeated."""
    import onnxruntime as ort

    from analyzers.graphs.common import Graph
    from analyzers.manifest import load_manifest

    g = Graph()
    luma = g.luma(load_manifest(models_dir() / "npr_residual" / "manifest.json").input)  # native size
    residual = g.high_pass(luma, "residual")
    g.add("Squeeze", [residual, g.const("ax1", [1], np.int64)], "heatmap")
    g.add("ReduceMean", ["heatmap", g.const("ax12m", [1, 2], np.int64)], "score", keepdims=0)
    session = ort.InferenceSession(g.model("kv").SerializeToString(), providers=["CPUExecutionProvider"])
    gray = stack([camera_like_frame(3, (64, 48))], "gray")
    got = session.run(["heatmap"], {"frames": gray})[0][0]
    kernel = np.array([[-1, 2, -1], [2, -4, 2], [-1, 2, -1]], np.float32) / 4
    expected = cv2.filter2D(gray[0, ..., 0].astype(np.float32) / 255, -1, kernel, borderType=cv2.BORDER_REPLICATE)
    np.testing.assert_allclose(got, expected, atol=1e-5)
