"""The queue import against hostile folders (issue 13): sidecars nested too deeply or too large, symbolic links out of
the folder, mount points, a walk cancelled, thumbnails missing from the cache, SHA-256s in a case that name paths,
subtitles of a neighbour, and a file that changes while it is read. Real files and a real case file throughout."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from app.media.errors import Cancelled
from app.queue.finding import find_clips, sidecars
from app.queue.importer import import_clips, thumbnail_path
from app.queue.thumbnail_cache import write_thumbnail
from app.store import info_json
from app.store.store import Store
from tests.queue.footage import write_footage


@pytest.fixture(scope="module")
def footage(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile-footage")
    small = {"size": (160, 90), "seconds": 1, "fps": 10}
    return {
        "a": write_footage(folder / "a.mp4", 31, **small),
        "b": write_footage(folder / "b.mp4", 32, **small),
    }


# --- finding: the walk stays inside the folder named; a clip's own subtitles ------------------------------------------
def test_the_walk_follows_no_symbolic_link_to_a_folder_but_takes_linked_files(footage, tmp_path):
    outside = tmp_path / "outside"
    (outside / "deep").mkdir(parents=True)
    shutil.copy(footage["a"], outside / "deep" / "elsewhere.mp4")
    shutil.copy(footage["b"], outside / "linked.mp4")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(footage["a"], inbox / "a.mp4")
    (inbox / "escape").symlink_to(outside)  # `inbox/escape -> /` took the whole disk
    (inbox / "linked.mp4").symlink_to(outside / "linked.mp4")  # a linked file is fine

    found = find_clips([inbox], recursive=True)
    assert sorted(path.name for path in found.clips) == ["a.mp4", "linked.mp4"]
    assert [(path.name, why) for path, why in found.skipped] == [
        ("escape", "is a symbolic link to a folder: not followed (name it to import it)")
    ]
    named = find_clips([inbox / "escape"], recursive=True)  # a link named by the moderator is followed
    assert sorted(path.name for path in named.clips) == ["elsewhere.mp4", "linked.mp4"]


def test_the_walk_stays_on_the_file_system_of_the_folder_named(tmp_path):
    shm = Path("/dev/shm")
    try:
        inside_another = shm.is_dir() and os.stat(shm).st_dev != os.stat("/dev").st_dev and os.access(shm, os.W_OK)
    except OSError:
        inside_another = False
    if not inside_another:
        pytest.skip("no writable file system mounted inside /dev here")
    clip = shm / f"reelcheck-test-{os.getpid()}.mp4"
    clip.write_bytes(b"not looked at")
    try:
        found = find_clips([Path("/dev")], recursive=True)
    finally:
        clip.unlink()
    assert clip not in found.clips
    assert (shm, "is another disk or file system mounted here: not walked") in found.skipped


def test_a_long_walk_reports_how_far_it_came_and_can_be_cancelled(tmp_path):
    folder = tmp_path / "many"
    (folder / "sub").mkdir(parents=True)
    for number in range(450):
        (folder / "sub" / f"{number:03}.mp4").write_bytes(b"")
    counts: list[int] = []
    found = find_clips([folder], True, on_found=counts.append)
    assert len(found.clips) == 450
    assert counts[-1] == 450 and len(counts) >= 3 and counts == sorted(counts)

    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        find_clips([folder], recursive=True, cancelled=cancelled)


def test_a_clip_gets_its_own_subtitles_not_those_of_a_clip_whose_name_starts_like_it(tmp_path):
    for name in ["a.mp4", "a.b.mp4", "a.b.en.vtt", "a.srt", "a.zh-Hans.vtt", "a.notes.txt", "a.x.y.srt"]:
        (tmp_path / name).write_bytes(b"")
    (tmp_path / ("a." + "l" * 13 + ".vtt")).write_bytes(b"")  # too long for a language tag
    listings: dict[Path, list[str]] = {}
    assert sidecars(tmp_path / "a.mp4", listings) == {
        "subtitles": [str(tmp_path / "a.srt"), str(tmp_path / "a.zh-Hans.vtt")]
    }
    assert sidecars(tmp_path / "a.b.mp4", listings) == {"subtitles": [str(tmp_path / "a.b.en.vtt")]}


# --- thumbnails: a SHA-256 that names a path; the view gives up on one that never comes -------------------------------
@pytest.mark.parametrize("hostile", ["/home/u/.config/autostart/x", "../../x", "AB" * 32, "ab" * 31])
def test_thumbnail_path_refuses_what_is_not_a_sha256(tmp_path, hostile):
    with pytest.raises(ValueError, match="not a SHA-256"):
        thumbnail_path(tmp_path, hostile)
    assert thumbnail_path(tmp_path, "ab" * 32) == tmp_path / "ab" / f"{'ab' * 32}.jpg"


def test_the_view_gives_up_on_a_thumbnail_that_never_comes_until_an_import_ends(qtbot, tmp_path, monkeypatch):
    from app.ui import queue_thumbnails

    monkeypatch.setattr(queue_thumbnails, "_RETRY_S", 0.02)
    thumbnails = queue_thumbnails.QueueThumbnails(tmp_path)
    sha256 = "ab" * 32
    retries: list[int] = []

    def answer_retry() -> None:  # as the queue's table model answers it
        retries.append(1)
        thumbnails.forget_missing()
        thumbnails.pixmap(sha256)

    thumbnails.retry.connect(answer_retry)
    try:
        assert thumbnails.pixmap(sha256) is None
        qtbot.waitUntil(lambda: not thumbnails._retry_timer.isActive() and bool(thumbnails._tries), timeout=3000)
        qtbot.wait(300)  # long enough for many more retries, were there any
        assert len(retries) == queue_thumbnails._TRIES - 1
        assert not thumbnails._retry_timer.isActive()

        write_thumbnail(tmp_path, sha256, np.zeros((9, 16, 3), np.uint8))
        assert thumbnails.pixmap(sha256) is None and len(thumbnails) == 0  # given up on: not read
        thumbnails.forget_missing()  # an import is done
        with qtbot.waitSignal(thumbnails.loaded, timeout=3000):
            thumbnails.pixmap(sha256)
        assert thumbnails.pixmap(sha256) is not None
    finally:
        thumbnails.close()


# --- importing: sidecars, thumbnails missing, SHA-256s that name paths, files that change -----------------------------
def _import(database: Path, paths: list[Path], thumbnails: Path, on_clip=lambda _clip_id: None):
    return import_clips(
        database,
        paths,
        reviewer="Moderator",
        thumbnails=thumbnails,
        on_progress=lambda fraction, words: None,
        on_clip=on_clip,
        cancelled=lambda: False,
    )


def _clips(database: Path) -> dict[str, dict]:
    store = Store.open(database)
    try:
        return {clip["file_name"]: clip for clip in store.clips()}
    finally:
        store.close()


def test_a_sidecar_nested_too_deeply_leaves_a_note_and_the_clip_is_imported(footage, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(footage["a"], folder / "a.mp4")
    (folder / "a.info.json").write_text("[" * 200_000 + "]" * 200_000)
    summary = _import(tmp_path / "case.db", [folder / "a.mp4"], tmp_path / "thumbs")
    assert summary.added == 1 and summary.failed == []
    assert summary.notes == [
        (str(folder / "a.mp4"), "a.info.json could not be read (nested too deeply); the source fields were left empty.")
    ]
    assert _clips(tmp_path / "case.db")["a.mp4"]["source_url"] in (None, "")


def test_a_sidecar_over_the_bound_is_not_read_and_the_clip_is_imported(footage, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(footage["a"], folder / "a.mp4")
    info = json.dumps({"webpage_url": "https://www.tiktok.com/@x/video/1", "uploader": "x"})
    (folder / "a.info.json").write_text(info + " " * info_json.MAX_SIDECAR_BYTES)
    summary = _import(tmp_path / "case.db", [folder / "a.mp4"], tmp_path / "thumbs")
    assert summary.added == 1 and summary.failed == []
    [(path, note)] = summary.notes
    assert path == str(folder / "a.mp4") and "more than the 8,388,608 bytes" in note
    clip = _clips(tmp_path / "case.db")["a.mp4"]
    assert not clip["source_url"] and not clip["uploader"]


def test_a_thumbnail_missing_from_the_cache_is_made_again_by_the_next_import(footage, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(footage["a"], folder / "a.mp4")
    database, thumbnails = tmp_path / "case.db", tmp_path / "thumbs"
    _import(database, [folder / "a.mp4"], thumbnails)
    before = _clips(database)["a.mp4"]
    picture = thumbnail_path(thumbnails, before["sha256"])
    assert picture.is_file() and before["badge"]

    shutil.rmtree(thumbnails)  # the cache emptied, or the case opened on another machine
    seen: list[int] = []
    again = _import(database, [folder / "a.mp4"], thumbnails, on_clip=seen.append)
    assert again.resumed_skipped == 1 and again.failed == []
    assert picture.is_file()
    assert seen == [before["id"]]  # shown again once its thumbnail is there
    after = _clips(database)["a.mp4"]
    assert (after["badge"], after["group_id"]) == (before["badge"], before["group_id"])


def test_an_import_never_writes_outside_the_cache_for_a_case_whose_sha256_names_a_path(footage, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(footage["a"], folder / "a.mp4")
    shutil.copy(footage["b"], folder / "b.mp4")
    database, thumbnails = tmp_path / "case.db", tmp_path / "cache" / "reelcheck" / "thumbs"
    _import(database, [folder / "a.mp4", folder / "b.mp4"], thumbnails)
    autostart = tmp_path / "autostart" / "x"
    with sqlite3.connect(database) as db:  # a case made elsewhere, its phase 2 never run
        db.execute("UPDATE clips SET sha256 = ?, badge = NULL WHERE file_name = 'a.mp4'", (str(autostart),))
        db.execute("UPDATE clips SET sha256 = '../../x', badge = NULL WHERE file_name = 'b.mp4'")
        db.execute("DELETE FROM keyframe_hashes")
    db.close()
    shutil.rmtree(thumbnails)

    summary = _import(database, [folder / "a.mp4", folder / "b.mp4"], thumbnails)
    assert summary.failed == []
    written = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*.jpg"))
    assert written == []  # neither tmp/autostart/x.jpg nor tmp/cache/x.jpg
    assert all(clip["badge"] for clip in _clips(database).values())  # the rest of phase 2 ran


def test_a_file_changed_after_its_hash_was_taken_is_recorded_with_the_hash_of_what_it_holds(footage, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(footage["a"], folder / "1 first.mp4")
    growing = folder / "2 growing.mp4"
    shutil.copy(footage["b"], growing)
    with growing.open("ab") as file:
        file.write(b"\0" * (2 << 20))  # large enough to be hashed ahead, on the pool, while the first is probed

    def on_clip(_clip_id: int) -> None:  # the first row is shown: the second file's hash is taken by now
        if not changed:
            changed.append(1)
            with growing.open("ab") as file:
                file.write(b"\0" * 4096)

    changed: list[int] = []
    database = tmp_path / "case.db"
    summary = _import(database, [folder / "1 first.mp4", growing], tmp_path / "thumbs", on_clip=on_clip)
    assert changed and summary.failed == []
    recorded = _clips(database)["2 growing.mp4"]
    assert recorded["sha256"] == hashlib.sha256(growing.read_bytes()).hexdigest()
    assert recorded["size"] == growing.stat().st_size
