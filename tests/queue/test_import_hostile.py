"""The queue import against hostile folders (issue 13): sidecars nested too deeply or too large, symbolic links out of
the folder, mount points, a walk cancelled, thumbnails missing from the cache, SHA-256s in a case that name paths,
subtitles of a neighbour, and a file that changes while it is read. Real files and a real case file throughout."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.media.errors import Cancelled
from app.queue.finding import find_clips, sidecars
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
