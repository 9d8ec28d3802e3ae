"""The rendition the clip-level evidence is measured on: the first 3 s on a 16 frames/s clock, shorter side 480 px,
H.264; each frame the source frame on screen at its tick, read back from its pixels."""

from __future__ import annotations

import bisect
import math

import av
import pytest

from app.media.clip import open_clip
from app.media.errors import MediaError
from app.media.rendition import EncodingCancelled, rendition_of
from app.media.synth import ClipRecipe, read_index, write_clip


def _decoded(path):
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        return (
            stream.codec_context.name,
            float(stream.average_rate),
            [f.to_ndarray(format="rgb24") for f in container.decode(stream)],
        )


@pytest.mark.parametrize("name", ["h264", "vfr", "rotated_phone", "h264_long_gop"])
def test_each_frame_is_the_source_frame_on_screen_at_its_tick(make_clip, tmp_path, name):
    source = make_clip(name)
    clip = open_clip(source)
    times = [clip.index.seconds(n) for n in range(clip.frame_count)]
    duration = clip.index.duration()
    height, width = clip.frame(0).image.shape[:2]
    clip.close()

    codec, rate, frames = _decoded(rendition_of(source, "a" * 64, tmp_path))

    assert codec == "h264" and rate == 16
    assert len(frames) == min(48, math.ceil(duration * 16 - 1e-9))  # the first 3 s, or the whole clip if shorter
    assert min(frames[0].shape[:2]) == 480
    assert (frames[0].shape[0] > frames[0].shape[1]) == (height > width)  # upright, aspect kept
    shown = [bisect.bisect_right(times, k / 16 + 1e-9) - 1 for k in range(len(frames))]
    assert [read_index(f) for f in frames] == shown


def test_a_second_request_reuses_the_rendition_and_a_cancel_leaves_nothing(make_clip, tmp_path):
    source = make_clip("h264")
    first = rendition_of(source, "b" * 64, tmp_path)
    stamp = first.stat().st_mtime_ns
    assert rendition_of(source, "b" * 64, tmp_path).stat().st_mtime_ns == stamp

    with pytest.raises(EncodingCancelled):
        rendition_of(source, "c" * 64, tmp_path / "other", cancelled=lambda: True)
    assert not any((tmp_path / "other").iterdir())


def test_a_clip_that_cannot_be_read_is_said_in_words(tmp_path):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\0\0\0\x18ftypmp42" + bytes(200))
    with pytest.raises(MediaError):
        rendition_of(broken, "d" * 64, tmp_path / "out")
    assert not any((tmp_path / "out").iterdir())


def test_a_short_portrait_clip_keeps_its_clock(tmp_path):
    source = write_clip(tmp_path / "slow.mp4", ClipRecipe(frames=10, fps=8, gop=5, size=(180, 320)))
    _, _, frames = _decoded(rendition_of(source, "e" * 64, tmp_path))
    assert [read_index(f) for f in frames] == [k // 2 for k in range(20)]  # 8 frames/s shown twice each at 16
    assert frames[0].shape[1] == 480


@pytest.mark.parametrize("kind", ["honest", "lying"])
def test_a_pixel_bomb_is_refused_before_anything_is_encoded(pixel_bombs, tmp_path, kind):
    with pytest.raises(MediaError):
        rendition_of(pixel_bombs[kind], "f" * 64, tmp_path / "out")
    assert not any((tmp_path / "out").iterdir())


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(not_a_file, tmp_path):
    with pytest.raises(MediaError, match="not a file"):
        rendition_of(not_a_file("fifo"), "0" * 64, tmp_path / "out")
