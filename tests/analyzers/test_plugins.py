"""Hostile plugin folders: each broken one is listed with its reason while the rest work; a model and the weight
files it keeps apart must lie inside the folder and all count in the model hash. Real ONNX models, real sessions."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from analyzers.engine import open_detector
from analyzers.registry import discover
from tests.analyzers.plugins import brightness_model, write_plugin, write_weight

BUILT_IN = [a.manifest.id for a in discover().analyzers]
OUTSIDE = "lies outside the analyzer's folder"


def _reasons(plugins: Path) -> dict[str, str]:
    return {broken.folder.name: broken.reason for broken in discover(plugins).broken}


def _score(analyzer_id: str, plugins: Path) -> float:
    detector = open_detector(discover(plugins).get(analyzer_id).manifest, "cpu")
    return float(detector.run(np.full((1, 32, 32, 1), 10, np.uint8))[1][0])


def test_hostile_manifests_are_listed_with_their_reason_and_the_rest_work(tmp_path):
    plugins = tmp_path / "plugins"
    write_plugin(plugins / "fine", "fine", brightness_model())
    (plugins / "deep_list").mkdir()
    (plugins / "deep_list" / "manifest.json").write_text("[" * 100_000 + "]" * 100_000)
    (plugins / "deep_object").mkdir()
    (plugins / "deep_object" / "manifest.json").write_text('{"a":' * 40_000 + "1" + "}" * 40_000)
    (plugins / "huge").mkdir()
    (plugins / "huge" / "manifest.json").write_text(json.dumps({"id": "huge", "padding": "x" * (1 << 20)}))
    (plugins / "pipe").mkdir()
    os.mkfifo(plugins / "pipe" / "manifest.json")  # opening it to read would wait for a writer for ever
    (plugins / "folder" / "manifest.json").mkdir(parents=True)

    registry = discover(plugins)
    assert [a.manifest.id for a in registry.analyzers] == [*BUILT_IN, "fine"]
    reasons = _reasons(plugins)
    assert "nested too deeply" in reasons["deep_list"] and "nested too deeply" in reasons["deep_object"]
    assert "more than the 262,144" in reasons["huge"]
    assert "named pipe" in reasons["pipe"] and "is a folder" in reasons["folder"]

    command = [sys.executable, "-m", "app.main", "detectors", "--plugins", str(plugins)]
    listed = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert "fine" in listed.stdout and "nested too deeply" in listed.stdout and "named pipe" in listed.stdout


@pytest.mark.parametrize("how", ["parent", "absolute", "symlink"])
def test_a_model_outside_the_plugin_folder_is_refused(tmp_path, how):
    elsewhere = tmp_path / "elsewhere" / "model.onnx"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(brightness_model().SerializeToString())
    plugin = tmp_path / "plugins" / "thief"
    if how == "symlink":
        write_plugin(plugin, "thief", None)
        (plugin / "model.onnx").symlink_to(elsewhere)
    else:
        model = "../../elsewhere/model.onnx" if how == "parent" else str(elsewhere)
        write_plugin(plugin, "thief", None, model=model)
    registry = discover(plugin.parent)
    assert [a.manifest.id for a in registry.analyzers] == BUILT_IN
    assert OUTSIDE in _reasons(plugin.parent)["thief"]


def test_a_symlink_that_stays_inside_the_folder_is_followed_and_hashed(tmp_path):
    plugin = write_plugin(tmp_path / "plugins" / "linked", "linked", None)
    (plugin / "models").mkdir()
    (plugin / "models" / "v2.onnx").write_bytes(brightness_model(5.0).SerializeToString())
    (plugin / "model.onnx").symlink_to(plugin / "models" / "v2.onnx")
    analyzer = discover(plugin.parent).get("linked")
    assert analyzer.model_sha256 == hashlib.sha256((plugin / "models" / "v2.onnx").read_bytes()).hexdigest()
    assert _score("linked", plugin.parent) == 50.0


@pytest.mark.parametrize("how", ["parent", "absolute", "symlink", "missing", "parent in a branch"])
def test_external_weights_outside_the_plugin_folder_are_refused(tmp_path, how):
    stolen = tmp_path / "secret.bin"
    write_weight(stolen, 7.0)
    plugin = tmp_path / "plugins" / "thief"
    location = {"absolute": str(stolen), "symlink": "in.bin", "missing": "in.bin"}.get(how, "../../secret.bin")
    write_plugin(plugin, "thief", brightness_model(weights_file=location, in_branch="branch" in how))
    if how == "symlink":
        (plugin / "in.bin").symlink_to(stolen)
    reasons = _reasons(plugin.parent)
    assert "model.onnx names the weights file" in reasons["thief"]
    assert ("is not in the folder" if how == "missing" else OUTSIDE) in reasons["thief"]
    assert [a.manifest.id for a in discover(plugin.parent).analyzers] == BUILT_IN


@pytest.mark.parametrize("in_branch", [False, True])
def test_external_weights_count_in_the_model_hash(tmp_path, in_branch):
    plugins = tmp_path / "plugins"
    model = brightness_model(weights_file="weights/w.bin", in_branch=in_branch)
    plugin = write_plugin(plugins / "weighted", "weighted", model)
    (plugin / "weights").mkdir()
    write_weight(plugin / "weights" / "w.bin", 2.0)
    before, score_before = discover(plugins).get("weighted").model_sha256, _score("weighted", plugins)
    assert discover(plugins).get("weighted").model_sha256 == before  # the same files, the same hash

    write_weight(plugin / "weights" / "w.bin", 3.0)  # the model file itself is unchanged
    after, score_after = discover(plugins).get("weighted").model_sha256, _score("weighted", plugins)
    assert (score_before, score_after) == (20.0, 30.0)
    assert after != before
    assert before != hashlib.sha256((plugin / "model.onnx").read_bytes()).hexdigest()

    moved = plugins / "moved"  # the same files in another folder: the same analyzer, the same hash
    shutil.copytree(plugin, moved)
    write_plugin(moved, "moved", None)
    assert discover(plugins).get("moved").model_sha256 == after
