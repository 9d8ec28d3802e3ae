"""Importing a folder into the queue: clips found (yt-dlp sidecars apart), rows with their source fields, thumbnails
and keyframe hashes, re-uploads grouped, hostile files listed with a reason and never in the way, and an import
cancelled after its first file resumed without duplicates."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import cv2
import pytest

from app.queue.finding import find_clips
from app.queue.importer import ImportSummary, import_clips, thumbnail_path
from app.store.store import Store
from tests.queue.footage import mirrored, write_footage

ESCAPED = "evil\x1b[2J\x1b]0;pwned\x07name.mp4"
DOWNLOAD = "Pyramids were cut by laser [7301234567].mp4"


@pytest.fixture(scope="module")
def footage(tmp_path_factory) -> dict[str, Path]:
    """Four distinct sources and a mirrored re-upload of the first, each written once for the module."""
    folder = tmp_path_factory.mktemp("footage")
    small = {"size": (160, 90), "seconds": 2, "fps": 10}
    return {
        "a": write_footage(folder / "a.mp4", 21, **small),
        "b": write_footage(folder / "b.mkv", 22, **small),
        "download": write_footage(folder / "download.mp4", 23, **small),
        "escaped": write_footage(folder / "escaped.mp4", 24, **small),
        "mirrored": write_footage(folder / "mirrored.mp4", 21, transform=mirrored, **small),
    }


@pytest.fixture
def case_folder(tmp_path, footage, pixel_bombs) -> Path:
    """A moderator's folder: nested clips, a yt-dlp download with its .info.json and subtitles, a copy, a mirrored
    re-upload, a FIFO, a text file named .mp4, a pixel bomb, a name with terminal escape codes, and symbolic link
    loops (a folder linked inside itself, two files linked to each other)."""
    root = tmp_path / "reports"
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / "yt").mkdir()
    shutil.copy(footage["a"], root / "a.mp4")
    shutil.copy(footage["b"], root / "nested" / "deeper" / "b.mkv")
    shutil.copy(footage["a"], root / "nested" / "copy of a.mp4")
    shutil.copy(footage["mirrored"], root / "nested" / "mirrored.mp4")
    shutil.copy(footage["escaped"], root / ESCAPED)
    shutil.copy(footage["download"], root / "yt" / DOWNLOAD)
    stem = DOWNLOAD.removesuffix(".mp4")
    info = {
        "webpage_url": "https://www.tiktok.com/@history.facts/video/7301234567",
        "extractor_key": "TikTok",
        "uploader": "历史真相 History Facts",
        "upload_date": "20261102",
        "title": "Pyramids were cut by laser",
    }
    (root / "yt" / f"{stem}.info.json").write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
    (root / "yt" / f"{stem}.en.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nLasers!\n", encoding="utf-8")
    (root / "yt" / f"{stem}.srt").write_text("1\n00:00:00,000 --> 00:00:01,000\nLasers!\n", encoding="utf-8")
    os.mkfifo(root / "pipe.mp4")
    (root / "fake.mp4").write_text("not a video at all\n")
    (root / "nested" / "bomb.mov").symlink_to(pixel_bombs["lying"])
    (root / "nested" / "loop").symlink_to(root / "nested")  # a folder that contains itself
    (root / "loop1.mp4").symlink_to(root / "loop2.mp4")  # links that never reach a file
    (root / "loop2.mp4").symlink_to(root / "loop1.mp4")
    return root


def _import(database: Path, paths: list[Path], thumbnails: Path, cancelled=lambda: False, seen=None):
    return import_clips(
        database,
        paths,
        reviewer="Moderator",
        thumbnails=thumbnails,
        on_progress=lambda fraction, words: None,
        on_clip=(seen.append if seen is not None else lambda _clip_id: None),
        cancelled=cancelled,
    )


def test_a_folder_is_found_with_sidecars_apart_and_hostile_entries_skipped_in_words(case_folder):
    shallow = find_clips([case_folder], recursive=False)
    assert sorted(p.name for p in shallow.clips) == sorted(["a.mp4", "fake.mp4", ESCAPED])
    skipped = {p.name: why for p, why in shallow.skipped}
    assert set(skipped) == {"pipe.mp4", "loop1.mp4", "loop2.mp4"}
    assert "named pipe" in skipped["pipe.mp4"] and "loop of symbolic links" in skipped["loop1.mp4"]

    deep = find_clips([case_folder], recursive=True)
    names = sorted(p.name for p in deep.clips)
    assert names == sorted(
        ["a.mp4", "fake.mp4", ESCAPED, "b.mkv", "copy of a.mp4", "mirrored.mp4", "bomb.mov", DOWNLOAD]
    )
    assert not any(name.endswith((".json", ".vtt", ".srt")) for name in names)  # sidecars are not clips
    # the folder reached again through its link is walked once
    assert sum(1 for p in deep.clips if p.name == "mirrored.mp4") == 1

    named = find_clips([case_folder / "yt" / f"{DOWNLOAD[:-4]}.info.json", case_folder / "gone.mp4"], False)
    assert named.clips == []
    assert [why for _, why in named.skipped] == [
        "is a yt-dlp sidecar (subtitles or .info.json), read with its video",
        "does not exist",
    ]


def test_import_adds_rows_thumbnails_hashes_and_groups_and_lists_what_it_refused(case_folder, tmp_path):
    database, thumbnails = tmp_path / "case.db", tmp_path / "thumbs"
    found = find_clips([case_folder], recursive=True)
    seen: list[int] = []
    summary = _import(database, [*found.clips, case_folder / "pipe.mp4"], thumbnails, seen=seen)

    assert isinstance(summary, ImportSummary) and not summary.cancelled
    assert (summary.added, summary.already_in_case, summary.resumed_skipped) == (5, 1, 0)
    failed = {Path(path).name: reason for path, reason in summary.failed}
    assert set(failed) == {"fake.mp4", "bomb.mov", "pipe.mp4"}
    assert "not a video file" in failed["fake.mp4"]
    assert "named pipe" in failed["pipe.mp4"]
    assert "16000x16000 pixels" in failed["bomb.mov"]

    store = Store.open(database)
    try:
        clips = {clip["file_name"]: clip for clip in store.clips()}
        assert set(clips) == {"a.mp4", "b.mkv", "mirrored.mp4", ESCAPED, DOWNLOAD}
        assert clips["a.mp4"]["path"] == str(case_folder / "a.mp4")  # the copy did not move the clip
        download = clips[DOWNLOAD]
        assert download["uploader"] == "历史真相 History Facts" and download["platform"] == "TikTok"
        assert download["upload_date"] == "2026-11-02"
        assert download["source_url"].endswith("/video/7301234567")
        stem = case_folder / "yt" / DOWNLOAD.removesuffix(".mp4")
        assert download["sidecars"] == {
            "info_json": f"{stem}.info.json",
            "subtitles": [f"{stem}.en.vtt", f"{stem}.srt"],
        }
        assert clips["a.mp4"]["sidecars"] == {}
        hashes = store.keyframe_hashes()
        for clip in clips.values():
            assert clip["duration"] == pytest.approx(2.0, abs=0.15)
            assert clip["badge"] and clip["badge_level"]
            assert hashes[clip["id"]], clip["file_name"]
            picture = cv2.imread(str(thumbnail_path(thumbnails, clip["sha256"])))
            assert picture is not None and picture.shape[1] <= 160 and picture.shape[0] <= 90
            assert seen.count(clip["id"]) >= 2  # once for the row, once when the thumbnail and hashes are in
        assert clips["a.mp4"]["group_id"] is not None
        assert clips["a.mp4"]["group_id"] == clips["mirrored.mp4"]["group_id"]
        others = {clips[name]["group_id"] for name in ("b.mkv", DOWNLOAD, ESCAPED)}
        assert clips["a.mp4"]["group_id"] not in others
        problems = {Path(row["path"]).name: row["problem"] for row in store.import_problems()}
        assert set(problems) == {"fake.mp4", "bomb.mov", "pipe.mp4"}
        assert not list(thumbnails.rglob("*.partial"))
    finally:
        store.close()


def test_an_import_cancelled_after_its_first_file_resumes_without_duplicates(case_folder, tmp_path):
    database, thumbnails = tmp_path / "case.db", tmp_path / "thumbs"
    found = find_clips([case_folder], recursive=True)
    seen: list[int] = []
    first = _import(database, found.clips, thumbnails, cancelled=lambda: bool(seen), seen=seen)
    assert first.cancelled
    assert 1 <= first.added < 5

    again = _import(database, found.clips, thumbnails)
    assert not again.cancelled
    assert again.resumed_skipped >= 1  # the rows the first import wrote were not read again
    assert first.added + again.added == 5

    store = Store.open(database)
    try:
        clips = store.clips()
        assert len(clips) == 5 and len({clip["sha256"] for clip in clips}) == 5
        hashes = store.keyframe_hashes()
        assert all(clip["badge"] and hashes.get(clip["id"]) for clip in clips)  # the second phase caught up
        assert all(thumbnail_path(thumbnails, clip["sha256"]).is_file() for clip in clips)
    finally:
        store.close()

    third = _import(database, found.clips, thumbnails)
    assert (third.added, third.resumed_skipped) == (0, 6)  # five clips and the copy, nothing read again
