"""The preview track for scrubbing: small pictures made by one decode pass, each standing for the frame its pixels
show; usable while it is made; kept by SHA-256 and read back without decoding; a damaged or lying kept file is made
again; bounded in pictures and bytes; cancelled on request."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from app.media import preview_track
from app.media.clip import open_clip
from app.media.errors import Cancelled
from app.media.index import FrameIndex
from app.media.preview_cache import KIND, MAX_FOLDER_BYTES, load_track, previews_for, prune
from app.media.preview_track import MAX_PICTURES, PreviewTrack, build_track, planned_frames
from app.media.sound_cache import cache_path, keep_arrays, load_arrays
from app.media.synth import ClipRecipe, read_index, write_clip

SHA = "5c" * 32


@pytest.fixture(scope="module")
def wide_clip(tmp_path_factory):
    """Four seconds of 640x360 in one GOP: every frame but the first lies between keyframes."""
    path = tmp_path_factory.mktemp("previews") / "一个长镜头.mp4"  # Chinese names are first-class
    return write_clip(path, ClipRecipe(frames=120, gop=250, b_frames=3, size=(640, 360)))


@pytest.fixture(scope="module")
def wide_index(wide_clip):
    clip = open_clip(wide_clip)
    clip.close()
    return clip.index


def made(path, index, folder, **kwargs) -> PreviewTrack:
    return previews_for(path, index, 0, SHA, lambda track: None, folder=folder, **kwargs)


def assert_stands_for_its_frames(track: PreviewTrack, frame_count: int) -> None:
    for picture in track.pictures():
        image = picture.bgra()
        assert image.shape == (180, 320, 4) and image.flags["C_CONTIGUOUS"]
        assert read_index(image) == picture.number
    for n in range(frame_count):  # every frame has a picture near it, none further than the track's reach
        assert abs(track.nearest(n).number - n) <= track.reach <= 4


def test_pictures_stand_for_the_frames_their_pixels_show(wide_clip, wide_index, tmp_path):
    track = made(wide_clip, wide_index, tmp_path)
    assert len(track) == 17  # four per second, from the first frame to the last
    assert track.pictures()[0].number == 0 and track.pictures()[-1].number == 119
    assert_stands_for_its_frames(track, wide_index.count)


def test_a_rotated_clip_gets_upright_pictures(make_clip, tmp_path):
    path = make_clip("rotated_phone")  # stored 320x180, shown upright 180x320
    clip = open_clip(path)
    clip.close()
    track = previews_for(path, clip.index, clip.facts.rotation, SHA, lambda track: None, folder=tmp_path)
    for picture in track.pictures():
        image = picture.bgra()
        assert image.shape[:2] == (320, 180) and read_index(image) == picture.number


def test_the_part_made_so_far_can_be_shown_while_the_rest_is_made(wide_clip, wide_index, tmp_path):
    planned = planned_frames(wide_index)
    track = PreviewTrack.planned_for(planned)
    seen: list[tuple[int | None, int | None]] = []

    def on_progress(fraction: float) -> None:
        done = planned[len(track) - 1]
        nearest_done, nearest_end = track.nearest(int(done)), track.nearest(wide_index.count - 1)
        seen.append((nearest_done.number, nearest_end and nearest_end.number))

    build_track(str(wide_clip), wide_index, 0, track, planned, on_progress=on_progress)
    assert [done for done, _ in seen] == list(planned)
    assert all(end is None for _, end in seen[:-1]) and seen[-1][1] == 119  # the end has no picture until made


def test_a_kept_track_is_read_back_without_decoding(wide_clip, wide_index, tmp_path):
    first = made(wide_clip, wide_index, tmp_path)
    handed: list[PreviewTrack] = []
    again = previews_for(tmp_path / "gone.mp4", wide_index, 0, SHA, handed.append, folder=tmp_path)
    assert handed == [again]  # there is no clip at that path: nothing was decoded
    assert [(p.number, p.jpeg) for p in again.pictures()] == [(p.number, p.jpeg) for p in first.pictures()]
    assert again.reach == first.reach


def damaged(arrays: dict[str, np.ndarray], how: str) -> dict[str, np.ndarray]:
    arrays = dict(arrays)
    if how == "ends past the data":
        arrays["ends"] = arrays["ends"] + 1
    elif how == "frames out of order":
        arrays["numbers"] = arrays["numbers"][::-1].copy()
    elif how == "a frame past the clip":
        arrays["numbers"] = arrays["numbers"] + 1000
    elif how == "another clip's frame count":
        arrays["frames"] = np.array(999, np.int64)
    elif how == "a huge picture in a JPEG header":
        data = arrays["data"].copy()
        header = bytes(data[:400]).find(b"\xff\xc0")
        data[header + 5 : header + 9] = [0xEA, 0x60, 0xEA, 0x60]  # 60000 x 60000
        arrays["data"] = data
    elif how == "text where the pictures were":
        arrays["data"] = np.frombuffer(b"\x1b[31m" * (len(arrays["data"]) // 5 + 1), np.uint8)[: len(arrays["data"])]
    return arrays


@pytest.mark.parametrize(
    "how",
    [
        "ends past the data",
        "frames out of order",
        "a frame past the clip",
        "another clip's frame count",
        "a huge picture in a JPEG header",
        "text where the pictures were",
    ],
)
def test_a_kept_file_that_lies_is_never_used(wide_clip, wide_index, tmp_path, how):
    made(wide_clip, wide_index, tmp_path)
    keep_arrays(tmp_path, SHA, KIND, damaged(load_arrays(tmp_path, SHA, KIND), how))
    assert load_track(tmp_path, SHA, wide_index) is None


@pytest.mark.parametrize("cut", [0.5, 0.0])
def test_a_truncated_kept_file_is_made_again(wide_clip, wide_index, tmp_path, cut):
    made(wide_clip, wide_index, tmp_path)
    kept = cache_path(tmp_path, SHA, KIND)
    kept.write_bytes(kept.read_bytes()[: int(kept.stat().st_size * cut)])
    assert load_track(tmp_path, SHA, wide_index) is None
    track = made(wide_clip, wide_index, tmp_path)
    assert_stands_for_its_frames(track, wide_index.count)
    assert load_track(tmp_path, SHA, wide_index) is not None  # written whole again


def test_an_endless_clip_gets_at_most_max_pictures():
    ten_hours = 30 * 3600 * 10
    index = FrameIndex(np.arange(ten_hours, dtype=np.int64), np.array([0]), Fraction(1, 30), packet_bytes=0)
    planned = planned_frames(index)
    assert len(planned) == MAX_PICTURES and planned[0] == 0 and planned[-1] == ten_hours - 1
    assert PreviewTrack.planned_for(planned).reach == 226  # half the spacing of 2400 pictures in ten hours


def test_the_track_stops_at_its_byte_cap(wide_clip, wide_index, tmp_path, monkeypatch):
    monkeypatch.setattr(preview_track, "MAX_BYTES", 20_000)
    track = made(wide_clip, wide_index, tmp_path)
    assert 0 < len(track) < 17 and track.byte_count <= 20_000
    assert track.nearest(0).number == 0 and track.nearest(119) is None  # past the cap keyframes stand in
    assert len(load_track(tmp_path, SHA, wide_index)) == len(track)  # kept as far as it goes: not made every time


def test_cancelling_stops_the_build_and_keeps_nothing(wide_clip, wide_index, tmp_path):
    tracks: list[PreviewTrack] = []
    with pytest.raises(Cancelled):
        previews_for(
            wide_clip, wide_index, 0, SHA, tracks.append, folder=tmp_path, cancelled=lambda: len(tracks[0]) >= 2
        )
    assert len(tracks[0]) == 2
    assert not cache_path(tmp_path, SHA, KIND).exists()


def test_the_folder_keeps_the_tracks_used_last(wide_clip, wide_index, tmp_path):
    import os

    sizes = {}
    for age, sha in enumerate(["aa" * 32, "bb" * 32, "cc" * 32]):
        previews_for(wide_clip, wide_index, 0, sha, lambda track: None, folder=tmp_path)
        path = cache_path(tmp_path, sha, KIND)
        os.utime(path, (1000 - age * 100, 1000 - age * 100))  # "aa" used last, "cc" longest ago
        sizes[sha] = path.stat().st_size
    assert load_track(tmp_path, "cc" * 32, wide_index) is not None  # using it makes it the newest
    prune(tmp_path, sizes["aa" * 32] + sizes["cc" * 32])
    kept = {sha for sha in sizes if cache_path(tmp_path, sha, KIND).exists()}
    assert kept == {"aa" * 32, "cc" * 32}
    assert MAX_FOLDER_BYTES >= 100 * 4 * 60 * 20_000  # a hundred minute-long clips of 20 KB pictures
