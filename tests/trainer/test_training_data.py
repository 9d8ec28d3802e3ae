"""The training tools that need no PyTorch: rebuilding the training clips from their manifest (from a real local
git mirror, checked by SHA-256, never from the network here), cutting patches on the block grid, and writing the
camera band into a manifest."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess

import numpy as np
import pytest

from analyzers.manifest import load_manifest
from analyzers.resources import models_dir
from training import bands
from training.fetch_data import fetch, main, rows
from training.patches import frames_of, patches_of

# The repositories issue 12 keeps for independent checks: no training file may come from them.
RESERVED = """
AILab-CVC/VideoCrafter CVHub520/X-AnyLabeling DAMO-NLP-SG/VideoLLaMA2 DepthAnything/Video-Depth-Anything
Doubiiu/DynamiCrafter NJU-PCALab/STAR PKU-YuanGroup/Open-Sora-Plan THUDM/CogVideo zai-org/CogVideo Vchitect/LaVie
Vchitect/Latte Vchitect/VEnhancer a-r-r-o-w/finetrainers aigc-apps/EasyAnimate ali-vilab/VACE ali-vilab/VGen
contentauth/c2pa-rs contentauth/c2pa-python dmlc/decord facebookresearch/co-tracker guoyww/AnimateDiff
hao-ai-lab/FastVideo hpcaitech/Open-Sora imageio/imageio-binaries meedan/check-api open-mmlab/mmaction2
scikit-video/scikit-video sczhou/Upscale-A-Video yuezunli/deepfake-o-meter
"""
FIELDS = ["file", "label", "source_repo", "commit", "path_in_repo", "sha256", "codec"]


def _git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def mirror(tmp_path, h264_clip):
    """A bare mirror of a repository holding one clip, laid out as the workplace's fetch tool leaves them."""
    work = tmp_path / "work"
    work.mkdir()
    _git("init", "-q", cwd=work)
    (work / "assets").mkdir()
    shutil.copy(h264_clip, work / "assets" / "demo clip.mp4")
    _git("add", ".", cwd=work)
    _git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "clip", cwd=work)
    commit = _git("rev-parse", "HEAD", cwd=work)
    mirrors = tmp_path / "mirrors"
    _git("clone", "-q", "--bare", str(work), str(mirrors / "owner+repo" / "repo.git"), cwd=tmp_path)
    sha = hashlib.sha256(h264_clip.read_bytes()).hexdigest()
    return mirrors, commit, sha


def _manifest(path, row):
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerow(row)
    return path


def test_a_clip_is_rebuilt_from_a_local_mirror_and_checked_by_its_hash(mirror, tmp_path, capsys):
    mirrors, commit, sha = mirror
    row = {
        "file": "camera/owner__repo__demo.mp4",
        "label": "0",
        "source_repo": "owner/repo",
        "commit": commit,
        "path_in_repo": "assets/demo clip.mp4",
        "sha256": sha,
        "codec": "h264",
    }
    manifest = _manifest(tmp_path / "MANIFEST.csv", row)
    data = tmp_path / "data"

    assert main([str(data), "--mirrors", str(mirrors), "--manifest", str(manifest)]) == 0
    assert hashlib.sha256((data / row["file"]).read_bytes()).hexdigest() == sha
    assert fetch(rows(manifest)[0], data, mirrors) == "already there"

    wrong = {**row, "file": "camera/other.mp4", "sha256": "0" * 64}
    with pytest.raises(ValueError, match="SHA-256"):
        fetch(wrong, data, mirrors)
    assert not (data / "camera" / "other.mp4").exists()  # nothing kept that is not the file the manifest names


def test_the_committed_manifest_names_every_clip_once_with_its_evidence():
    from training.fetch_data import MANIFEST

    listed = rows(MANIFEST)
    assert len(listed) >= 300
    assert len({r["sha256"] for r in listed}) == len(listed)
    assert all(r["evidence"] and r["license"] and len(r["commit"]) == 40 for r in listed)
    reserved = set(RESERVED.lower().split())
    assert not reserved & {r["source_repo"].lower() for r in listed}


def test_patches_are_cut_on_the_block_grid_and_skip_black_ones(h264_clip):
    frames = frames_of(h264_clip, every=16)
    assert len(frames) == 4 and all(f.shape[0] % 16 == 0 and f.shape[1] % 16 == 0 for f in frames)
    frames[0][:] = 0  # a black frame: nothing to judge there
    patches = patches_of(frames, 64, per_frame=3, rng=np.random.default_rng(1))
    assert len(patches) == 9
    for patch in patches:
        assert patch.shape == (64, 64, 3) and patch.any()
        on_grid = [
            (y, x)
            for frame in frames[1:]
            for y in range(0, frame.shape[0] - 63, 16)
            for x in range(0, frame.shape[1] - 63, 16)
            if np.array_equal(frame[y : y + 64, x : x + 64], patch)
        ]
        assert on_grid  # cut at a multiple of 16 pixels each way, from a frame that is not black


def test_the_camera_band_is_written_into_the_manifest(tmp_path, monkeypatch):
    shutil.copytree(models_dir() / "noise_level", tmp_path / "noise_level")
    monkeypatch.setattr(bands, "models_dir", lambda: tmp_path)
    means = np.linspace(0.0, 0.1, 101)
    p90s = np.linspace(0.0, 0.2, 101)
    written = bands.write_bands("noise_level", means, p90s, np.r_[p90s, 0.35], "on 101 made-up camera clips")

    manifest = load_manifest(tmp_path / "noise_level" / "manifest.json")
    assert manifest.camera_band.low == pytest.approx(0.005) and manifest.camera_band.high == pytest.approx(0.19)
    assert manifest.lane_range == (0.0, 0.5)  # 0.35 at the 99th percentile, rounded up to 0.5
    assert written["camera_band"]["measured_on"] == "on 101 made-up camera clips"
    assert json.loads((tmp_path / "noise_level" / "manifest.json").read_text())["id"] == "noise_level"
