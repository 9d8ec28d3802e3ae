"""The headless commands: probe (media facts and hash) and frame (exact PNGs, upright, full resolution)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import cv2

from app.media.synth import read_index
from tests.conftest import CLIPS


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.main", *args], capture_output=True, text=True, timeout=120)


def test_probe_json_gives_facts_and_hash(make_clip):
    path = make_clip("with_audio")
    result = _run("probe", str(path), "--json")
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert facts["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert facts["frame_count"] == CLIPS["with_audio"][1].frames
    assert facts["codec"] == "h264" and facts["profile"]
    assert facts["audio"][0]["codec"] == "aac" and facts["audio"][0]["sample_rate"] == 48000
    assert facts["container_tags"]["major_brand"] == "isom"
    assert "encoder" in facts["container_tags"]
    assert facts["stream_tags"]["handler_name"] == "VideoHandler"


def test_probe_text_names_rotation_and_variable_rate(make_clip):
    rotated = _run("probe", str(make_clip("rotated_phone")))
    assert rotated.returncode == 0
    assert "  Rotation           stored sideways; shown turned 90° clockwise" in rotated.stdout
    assert "  Shown size         180 x 320 (9:16)" in rotated.stdout
    assert "  Stored size        320 x 180" in rotated.stdout
    vfr = _run("probe", str(make_clip("vfr")))
    assert "  Timing             variable frame rate" in vfr.stdout
    assert f"  SHA-256            {hashlib.sha256(make_clip('vfr').read_bytes()).hexdigest()}" in vfr.stdout


def test_frame_writes_exact_upright_pngs(make_clip, tmp_path):
    path = make_clip("rotated_phone")
    result = _run("frame", str(path), "40", "3", "17", "--out", str(tmp_path / "frames"))
    assert result.returncode == 0, result.stderr
    for n in (3, 17, 40):
        image = cv2.imread(str(tmp_path / "frames" / f"frame_{n:02d}.png"))
        assert image.shape == (320, 180, 3)
        assert read_index(image) == n


def test_frame_outside_the_clip_fails_clearly(h264_clip, tmp_path):
    result = _run("frame", str(h264_clip), "5", "9999", "--out", str(tmp_path))
    assert result.returncode == 1
    assert "outside the clip" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "frame_05.png").exists()


def test_version():
    result = _run("--version")
    assert result.returncode == 0 and result.stdout.startswith("reelcheck ")


def test_cache_size_is_checked(h264_clip):
    result = _run("--cache-mb", "10", "probe", str(h264_clip))
    assert result.returncode == 2 and "at least 64 MiB" in result.stderr and "Traceback" not in result.stderr
