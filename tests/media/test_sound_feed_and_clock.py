"""The Qt-free half of sound playback: the feed decodes exactly the sound asked for into a bounded buffer, and the
clock of what is heard holds, carries, gives up and never goes back as the device's count says."""

from __future__ import annotations

import time

import numpy as np
import pytest

from app.media.audio import PLAYBACK_RATE, open_sound
from app.media.clip import open_clip
from app.media.playback import PlaybackClock
from app.media.sound_clock import CARRY_LIMIT, PATIENCE, HeardClock
from app.media.sound_feed import BYTES_PER_SECOND, FRAME_BYTES, SoundFeed


def drain(feed: SoundFeed, most: int = 1 << 20) -> bytes:
    """Everything the feed will give, taken as a device would, in pieces."""
    taken = bytearray()
    deadline = time.monotonic() + 10
    while not feed.exhausted:
        taken += feed.take(most)
        assert time.monotonic() < deadline, "the feed never finished"
        time.sleep(0.001)
    return bytes(taken)


def test_the_feed_gives_the_sound_of_the_clip_seconds_asked_for(make_clip):
    path = make_clip("with_audio")
    with open_sound(path) as track:
        expected = np.concatenate([b.samples for b in track.blocks(0.5, end=1.2)]).astype(np.float32).tobytes()
    feed = SoundFeed(path, None, 0.5, end=1.2)
    got = drain(feed, most=1001)  # an odd size: only whole samples are ever taken
    feed.join()
    assert len(got) == round(0.7 * PLAYBACK_RATE) * FRAME_BYTES
    assert got == expected and not feed.error
    tone = np.frombuffer(got, np.float32)
    assert 0.1 < np.abs(tone).max() < 0.3  # the 0.2 tone the clip was made with, not silence


def test_the_feed_stays_a_short_way_ahead_and_stops_when_closed(make_clip):
    feed = SoundFeed(make_clip("with_audio"), None, 0.0, ahead=0.05)
    deadline = time.monotonic() + 10
    while len(feed._buffer) < 0.05 * BYTES_PER_SECOND and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.05)  # time to overfill, if it would
    # One decoded block (an AAC frame, 1024 samples) may go past the limit; never more.
    assert len(feed._buffer) <= 0.05 * BYTES_PER_SECOND + 1024 * FRAME_BYTES
    feed.close()
    feed.join()
    assert not feed._thread.is_alive() and feed.take(1 << 20) == b""


@pytest.mark.parametrize("case", ["no_sound", "fifo"])
def test_a_feed_that_cannot_play_says_why_in_words(case, make_clip, not_a_file):
    path = make_clip("h264") if case == "no_sound" else not_a_file("fifo")
    feed = SoundFeed(path, None, 0.0)
    assert drain(feed) == b""  # ends at once, never waits on the pipe
    feed.join()
    expected = "This clip has no sound." if case == "no_sound" else "named pipe"
    assert expected in feed.error and "\n" not in feed.error and "Traceback" not in feed.error


def test_the_heard_clock_holds_carries_and_never_goes_back():
    second = BYTES_PER_SECOND
    clock = HeardClock(start=2.0, first_byte=second // 10, bytes_per_second=second, now=100.0)
    # Bytes of an earlier run still playing: the picture waits on the run's first frame.
    assert clock.reading(second // 20, ended=False, now=100.01) == 2.0
    assert clock.reading(second // 10 + second // 2, ended=False, now=100.02) == pytest.approx(2.5)
    # Between the device's steps the wall clock carries the reading, at most CARRY_LIMIT.
    assert clock.reading(second // 10 + second // 2, ended=False, now=100.03) == pytest.approx(2.51)
    carried = clock.reading(second // 10 + second // 2, ended=False, now=100.02 + 0.2)
    assert carried == pytest.approx(2.5 + CARRY_LIMIT)
    # A device count that comes in late does not move the picture back.
    assert clock.reading(second // 10 + second // 2 + FRAME_BYTES, ended=False, now=100.23) >= carried
    assert clock.device_seconds(second // 10 + second) == pytest.approx(3.0)
    assert clock.reading(second, ended=True, now=100.3) is None  # the sound ended: the wall clock goes on


def test_the_heard_clock_gives_up_on_a_device_that_takes_nothing():
    clock = HeardClock(start=1.0, first_byte=0, bytes_per_second=BYTES_PER_SECOND, now=0.0)
    assert clock.reading(0, ended=False, now=PATIENCE / 2) == 1.0
    assert clock.reading(0, ended=False, now=PATIENCE + 0.01) is None
    assert clock.lost and clock.reading(BYTES_PER_SECOND, ended=False, now=PATIENCE + 0.02) is None


def test_the_playback_clock_follows_the_sound_and_goes_on_from_it_on_the_wall_clock(make_clip):
    clip = open_clip(make_clip("with_audio"))
    try:
        readings = iter([0.5, 0.52, None])
        clock = PlaybackClock(clip.index, start=0, now=10.0, heard=lambda: next(readings))
        assert clock.due(now=10.0) == clip.index.frame_at(0.5)  # the sound, whatever the wall clock says
        assert clock.seconds(now=10.3) == pytest.approx(0.52)
        # The sound stopped leading: the wall clock carries on from its last reading, not from the start.
        assert clock.seconds(now=10.4) == pytest.approx(0.62)
    finally:
        clip.close()
