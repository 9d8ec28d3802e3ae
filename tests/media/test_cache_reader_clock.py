"""The frame cache stays in its budget, the reader lets the newest request win, the clock follows timestamps."""

from __future__ import annotations

import threading
import time

import pytest

from app.media.cache import FrameCache, frame_bytes
from app.media.clip import open_clip
from app.media.playback import PlaybackClock, next_shuttle_speed
from app.media.reader import FrameReader
from app.media.synth import read_index
from app.media.thumbnails import build_strip
from app.text.timecode import format_timecode, parse_position


def test_cache_stays_within_its_budget_and_keeps_the_gop_keyframe(make_clip):
    clip = open_clip(make_clip("h264_long_gop"), cache_bytes=1 << 30)
    first = clip._decoder.decode_to(0, lambda n, f: None)
    cache = FrameCache(budget_bytes=frame_bytes(first) * 10)
    cache.put(0, first)
    cache.keep(0)
    clip._decoder.decode_to(60, cache.put)
    assert cache.used_bytes <= cache.budget_bytes
    assert cache.cached() == [0, *range(52, 61)]  # the newest run, and the keyframe kept
    clip.close()


def test_clip_cache_budget_holds_during_random_seeks(make_clip):
    budget = 2 << 20
    clip = open_clip(make_clip("h264_long_gop"), cache_bytes=budget)
    for n in (299, 10, 250, 120, 5, 260, 200):
        assert read_index(clip.frame(n).image) == n
        assert clip.cache.used_bytes <= budget
    clip.close()


def test_reader_serves_the_newest_request(make_clip):
    clip = open_clip(make_clip("h264_long_gop"), cache_bytes=1 << 20)
    delivered = []
    done = threading.Event()

    def on_frame(frame, request):
        delivered.append((request.number, read_index(frame.image)))
        if request.number == 123:
            done.set()

    reader = FrameReader(clip, on_frame, lambda n, reason: None, pixel_format="rgb24")
    for n in list(range(280, 200, -1)) + [123]:
        reader.request(n)
    assert done.wait(10)
    reader.close()
    assert delivered[-1] == (123, 123)
    assert len(delivered) < 20, "stale requests must be dropped, not queued"
    assert all(number == shown for number, shown in delivered)
    clip.close()


def test_reader_preview_gives_a_keyframe_when_the_frame_is_not_cached(make_clip):
    clip = open_clip(make_clip("h264_long_gop"), cache_bytes=1 << 20)
    got = []
    done = threading.Event()
    reader = FrameReader(clip, lambda f, r: (got.append(f), done.set()), lambda n, r: None, "rgb24")
    reader.request(270, preview=True)
    assert done.wait(10)
    reader.close()
    assert got[0].number == 250 and got[0].keyframe and read_index(got[0].image) == 250
    clip.close()


def test_reader_plays_ahead_in_order(h264_clip):
    clip = open_clip(h264_clip)
    reader = FrameReader(clip, lambda f, r: None, lambda n, r: None, "bgra")
    reader.play(10, 1)
    shown = []
    deadline = time.monotonic() + 10
    n = 11
    while n < 40 and time.monotonic() < deadline:
        frame = reader.take(n)
        if frame is None:
            time.sleep(0.002)
            continue
        shown.append(read_index(frame.image))
        n += 1
    reader.close()
    assert shown == list(range(11, 40))
    clip.close()


def test_clock_follows_variable_timestamps_and_counts_drops(make_clip):
    clip = open_clip(make_clip("vfr"))
    clock = PlaybackClock(clip.index, start=0, speed=1.0, now=100.0)
    for n in (5, 17, 40):
        assert clock.due(now=100.0 + clip.index.seconds(n) + 0.0005) == n
    clock.shown(1)
    clock.shown(5)  # 2, 3 and 4 never reached the screen
    assert clock.dropped == 3
    double = PlaybackClock(clip.index, start=0, speed=2.0, now=0.0)
    assert double.due(now=clip.index.seconds(20) / 2 + 0.0005) == 20
    clip.close()


def test_shuttle_speeds():
    assert next_shuttle_speed(0, 1) == 1
    assert next_shuttle_speed(1, 1) == 2
    assert next_shuttle_speed(8, 1) == 8
    assert next_shuttle_speed(4, -1) == -1
    assert next_shuttle_speed(-1, -1) == -2


@pytest.mark.parametrize(("name", "shape"), [("rotated_phone", (160, 90, 3)), ("h264_in_avi", (90, 160, 3))])
def test_keyframe_strip_has_each_keyframe_upright(make_clip, name, shape):
    clip = open_clip(make_clip(name))
    strip = build_strip(clip.path, clip.index, clip.facts.rotation, box=(160, 160))
    assert sorted(strip) == [int(k) for k in clip.index.keyframes]
    for n, image in strip.items():
        assert image.shape == shape
        assert read_index(image) == n
    clip.close()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234", ("frame", 1234)),
        ("#7", ("frame", 7)),
        ("00:01:02.500", ("seconds", 62.5)),
        ("1:02.5", ("seconds", 62.5)),
        ("62.5s", ("seconds", 62.5)),
        ("1:00:00", ("seconds", 3600)),
    ],
)
def test_positions_reviewers_type(text, expected):
    assert parse_position(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "1:2:3:4", "-5", "12 frames"])
def test_positions_that_are_refused(text):
    with pytest.raises(ValueError):
        parse_position(text)


def test_timecode_format():
    assert format_timecode(0) == "00:00:00.000"
    assert format_timecode(3723.0456) == "01:02:03.046"


def test_reader_closes_the_clip_itself_when_asked_from_the_gui(make_clip):
    clip = open_clip(make_clip("h264_long_gop"))
    reader = FrameReader(clip, lambda f, r: None, lambda n, r: None, "bgra")
    reader.request(280)
    reader.close_with_clip()  # returns at once, even while frame 280 decodes
    reader._thread.join(10)
    assert not reader._thread.is_alive()
    assert clip._decoder._container is None and len(clip.cache) == 0
