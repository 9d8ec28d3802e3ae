"""One detector that fails on a clip is said for that clip, in words and by name, while the others finish and their
scores are kept; `reelcheck analyze` always ends (it used to wait for ever once a detector had failed)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from analyzers.registry import discover
from analyzers.run import analyze
from app.media.synth import ClipRecipe, write_clip
from tests.analyzers.plugins import failing_model, write_plugin
from tests.artifacts import camera_like_frame

BUILT_IN = [a.manifest.id for a in discover().analyzers]


def _analyze(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "app.main", "analyze", *args, "--provider", "cpu"]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_an_8x8_clip_ends_with_each_detector_saying_why_it_cannot(tmp_path):
    clip = write_clip(tmp_path / "tiny.mp4", ClipRecipe(frames=8, gop=4, size=(8, 8)))
    result = _analyze(str(clip), "--json", str(tmp_path / "scores.json"))
    assert result.returncode == 1, result.stderr
    said = [line for line in result.stderr.splitlines() if "could not score" in line]
    assert len(said) == len(BUILT_IN)
    for analyzer_id, line in zip(BUILT_IN, said, strict=True):
        assert f"detector {analyzer_id} could not score it" in line
        assert "the frames are 8x8 pixels, smaller than the 16x16 it needs" in line
    assert "Traceback" not in result.stderr
    report = json.loads((tmp_path / "scores.json").read_text())
    assert report["analyzers"] == [] and [t["id"] for t in report["not_scored"]] == BUILT_IN

    command = [sys.executable, "-m", "app.main", "frame", str(clip), "1", "--overlay", "noise_level"]
    overlaid = subprocess.run([*command, "--out", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert overlaid.returncode == 1 and overlaid.stderr.strip().endswith(
        "8x8 pixels, smaller than the 16x16 it needs to measure anything."
    )


def test_a_model_that_fails_leaves_the_other_detectors_scores(tmp_path):
    plugins = tmp_path / "plugins"
    write_plugin(plugins / "fragile", "fragile", failing_model(node_name="\x1b]0;owned\x07\x1b[2J"))
    clip = write_clip(tmp_path / "clip.mp4", ClipRecipe(frames=10, gop=5, size=(96, 64)))
    result = _analyze(str(clip), "--plugins", str(plugins), "--json", str(tmp_path / "scores.json"))
    assert result.returncode == 1, result.stderr
    [said] = [line for line in result.stderr.splitlines() if "could not score" in line]
    assert "detector fragile could not score it: it stopped with an error" in said and "Reshape" in said
    assert "\x1b" not in result.stderr and "owned" in said  # the model's words are shown, its escapes are not run
    report = json.loads((tmp_path / "scores.json").read_text())
    assert [track["id"] for track in report["analyzers"]] == BUILT_IN
    for track in report["analyzers"]:
        assert track["frames"][-1] == 9 and len(track["scores"]) == len(track["frames"])
    [not_scored] = report["not_scored"]
    assert not_scored["id"] == "fragile" and "Reshape" in not_scored["reason"]


def test_a_failing_detector_neither_stops_nor_blocks_the_others(tmp_path):
    write_plugin(tmp_path / "fragile", "fragile", failing_model())
    registry = discover(tmp_path)
    chosen = [registry.get("fragile"), registry.get("noise_level"), registry.get("temporal_boiling")]
    frames = [(n, camera_like_frame(n, (128, 72))) for n in range(40)]  # more than the queues between threads hold
    fragile, noise, boiling = analyze(iter(frames), chosen, "cpu")
    assert fragile.problem.startswith("it stopped with an error") and fragile.frames == fragile.scores == []
    assert noise.frames == list(range(40)) and not noise.problem
    assert boiling.frames == list(range(1, 40)) and not boiling.problem


def test_the_players_whole_clip_analysis_keeps_the_other_tracks(tmp_path, qapp):
    from app.ui.clip_analysis import score_tracks
    from app.ui.tasks import Job

    write_plugin(tmp_path / "plugins" / "fragile", "fragile", failing_model())
    registry = discover(tmp_path / "plugins")
    clip = write_clip(tmp_path / "clip.mp4", ClipRecipe(frames=6, gop=3, size=(96, 64)))
    tracks = score_tracks(clip, [registry.get("fragile"), registry.get("noise_level")], True, "cpu", {})(Job("x"))
    assert [track["id"] for track in tracks] == ["noise_level"] and tracks[0]["frames"] == list(range(6))


def test_frames_waiting_for_the_detectors_are_held_to_the_budget():
    """Large frames: no more wait in memory than `ahead_bytes` allows (one at least), however slow the detector."""
    import weakref

    import numpy as np

    from analyzers.pictures import Picture
    from analyzers.registry import discover
    from analyzers.run import analyze, batch_size

    alive: weakref.WeakSet = weakref.WeakSet()
    most = 0
    noise = discover().get("noise_level")

    def frames():
        nonlocal most
        for n in range(40):
            picture = Picture(np.full((256, 256, 1), n, np.uint8), "gray")
            alive.add(picture)
            most = max(most, len(alive))
            yield n, picture

    frame_bytes = 256 * 256  # what one of these luma frames holds
    tracks = analyze(frames(), [noise], "cpu", ahead_bytes=frame_bytes)
    assert len(tracks[0].frames) == 40
    # one waiting in the queue, a batch being gathered (with the window before it), one being handed over
    assert most <= 1 + (noise.manifest.window - 1 + batch_size((256, 256), noise.manifest.window)) + 2, most


@pytest.mark.skipif(sys.platform != "linux", reason="a thread has its own nice value on Linux only")
def test_detectors_run_below_the_windows_priority():
    """The analysis threads give way to the GUI thread; the caller's own priority is left alone."""
    import os
    import threading

    import numpy as np

    from analyzers.engine import ProviderReport
    from analyzers.pictures import Picture
    from analyzers.registry import discover
    from analyzers.run import ANALYSIS_NICENESS, analyze

    class Recording:
        report = ProviderReport(running="CPU", fell_back=False)
        niceness: list[int] = []

        def run(self, frames):
            self.niceness.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
            return np.zeros((len(frames), 1, 1), np.float32), np.zeros(len(frames), np.float32)

    noise = discover().get("noise_level")
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    frames = ((n, Picture(np.zeros((32, 32, 1), np.uint8), "gray")) for n in range(3))
    analyze(frames, [noise], "cpu", opened={"noise_level": Recording()})
    assert Recording.niceness and all(n >= ANALYSIS_NICENESS for n in Recording.niceness)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
