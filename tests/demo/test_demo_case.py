"""The demo case: the first demo clip, already in the case because it was on screen while the others were made,
still gets its source (link, title, upload date) with its review; a reviewer's own source fields are kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.demo.case import DEMO_CASE, build_demo_case
from app.demo.clips import DEMO_CLIPS
from app.media.synth import write_clip
from app.store.store import Store
from tests.case import add_to_case


def _first_demo_clip(folder):
    name, recipe = DEMO_CLIPS[0]
    path = folder / name
    write_clip(path, replace(recipe, frames=24, gop=12, audio=False))  # short: the frames asked for are clamped
    return path


def test_the_first_demo_clip_keeps_its_source_when_it_was_opened_first(tmp_path):
    path = _first_demo_clip(tmp_path)
    store = Store.open(tmp_path / "case.db", "Demo Reviewer")
    try:
        row = add_to_case(store, path)
        assert row["title"] in (None, "")
        build_demo_case(store, [path])
        clip = store.clip(row["id"])
        planned = DEMO_CASE[path.name]["source"]
        assert {k: clip[k] for k in planned} == planned
        assert store.claims(row["id"]) and store.verdict(row["id"])
    finally:
        store.close()


def test_a_source_the_reviewer_typed_is_kept(tmp_path):
    path = _first_demo_clip(tmp_path)
    store = Store.open(tmp_path / "case.db", "Demo Reviewer")
    try:
        row = add_to_case(store, path)
        store.edit("clips", row["id"], {"title": "Typed by the reviewer"})
        build_demo_case(store, [path])
        clip = store.clip(row["id"])
        assert clip["title"] == "Typed by the reviewer"
        assert clip["upload_date"] == DEMO_CASE[path.name]["source"]["upload_date"]
    finally:
        store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_demo_clips_show_in_the_queue_as_imported_clips_do(tmp_path, request, backend):
    from app.queue.importer import default_thumbnail_folder
    from app.queue.thumbnail_cache import thumbnail_path
    from app.store.queue import QueueFilter

    path = _first_demo_clip(tmp_path)
    case = tmp_path / "case.db" if backend == "sqlite" else request.getfixturevalue("postgres_url")
    store = Store.open(case, "Demo Reviewer")
    try:
        build_demo_case(store, [path])  # on a team case too: its import goes through the case's address
        [row] = store.queue_rows(store.queue_ids(QueueFilter()))
        assert row["duration"] > 0 and row["badge"] and store.keyframe_hashes()[row["id"]]
        assert thumbnail_path(default_thumbnail_folder(), row["sha256"]).is_file()
    finally:
        store.close()
