"""Dossiers for a selection of clips in one go: each written as a single export writes it, a clip that cannot have
one listed with its reason while the others are written, and Cancel stopping between clips."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.dossier.selection import export_selection
from app.dossier.signing import verify
from app.media.clip import open_clip
from app.media.hashing import sha256_file
from app.media.synth import ClipRecipe, write_clip
from app.store.store import Store

ORGANISATION = {"name": "Desk", "url": "https://desk.example/"}


@pytest.fixture
def case(tmp_path):
    """Three clips in a case, each with a verdict; the third's file is replaced by another afterwards."""
    store = Store.open(tmp_path / "case.db", "ann")
    ids = []
    for n, frames in enumerate((12, 14, 16)):
        path = write_clip(tmp_path / f"clip {n} 视频.mp4", ClipRecipe(frames=frames, size=(96, 64)))
        clip = open_clip(Path(path))
        facts = clip.facts.as_dict()
        clip.close()
        row = store.add_clip(Path(path), sha256_file(Path(path)), Path(path).stat().st_size, facts)
        store.create("verdicts", row["id"], {"authenticity": "Likely AI-generated", "summary": f"摘要 {n}"})
        ids.append(row["id"])
    write_clip(tmp_path / "clip 2 视频.mp4", ClipRecipe(frames=20, size=(96, 64)))
    store.close()
    return tmp_path / "case.db", ids


def test_each_clip_gets_its_dossier_and_a_changed_file_is_refused_in_words(case, tmp_path):
    database, ids = case
    store = Store.open(database, "ann")
    seen = []
    try:
        summary = export_selection(
            store, ids, tmp_path / "out", ORGANISATION, False, pdf=False, on_progress=lambda f, m: seen.append(f)
        )
    finally:
        store.close()
    assert [name for name, _ in summary.written] == ["clip 0 视频.mp4", "clip 1 视频.mp4"]
    [(name, reason)] = summary.refused
    assert name == "clip 2 视频.mp4" and "is not the clip that was reviewed" in reason
    for _, exported in summary.written:
        document = json.loads(exported.json.read_text("utf-8"))
        assert verify(exported.json) == [] and document["verdict"]["summary"].startswith("摘要")
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert summary.sentence() == "2 dossiers written, 1 refused."


def test_cancel_stops_between_clips_and_keeps_what_was_written(case, tmp_path):
    database, ids = case
    store = Store.open(database, "ann")
    started: list[str] = []
    try:
        summary = export_selection(
            store,
            ids,
            tmp_path / "out",
            ORGANISATION,
            False,
            pdf=False,
            on_progress=lambda fraction, name: started.append(name) if name and name not in started else None,
            cancelled=lambda: len(started) > 1,
        )
    finally:
        store.close()
    assert summary.cancelled and [name for name, _ in summary.written] == ["clip 0 视频.mp4"]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json")) == [f"clip 0 视频-{ids[0]}-dossier.json"]


def test_the_command_line_exports_several_clips_and_lists_the_refused(case, tmp_path):
    database, ids = case
    command = [sys.executable, "-m", "app.main", "--db", str(database), "export", *map(str, ids)]
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [*command, "--out", str(tmp_path / "out"), "--json"], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 1
    assert [Path(line).name for line in done.stdout.split("\n") if line] == [
        f"clip 0 视频-{ids[0]}-dossier.json",
        f"clip 1 视频-{ids[1]}-dossier.json",
    ]
    assert "No dossier for clip 2 视频.mp4: " in done.stderr
    assert "2 dossiers written (2 marked draft), 1 refused." in done.stderr
