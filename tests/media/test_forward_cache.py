"""A reader that only goes forward (whole-clip analysis, `reelcheck frame`) holds the frame cache to the frames it
asks for again, and still gets exact frames."""

from __future__ import annotations

from app.media.clip import open_clip
from app.media.synth import read_index


def test_a_cache_held_to_two_frames_keeps_the_last_two_and_not_the_keyframe(make_clip):
    clip = open_clip(make_clip("h264_long_gop"), cache_bytes=1 << 30)
    clip.cache.hold_at_most(2)
    for n in range(200, 211):
        assert read_index(clip.frame(n).image) == n
        assert len(clip.cache) <= 2
    assert clip.cache.cached() == [209, 210]
    assert read_index(clip.frame(209).image) == 209  # asked again: from the cache, exact
    clip.close()


def test_a_cache_held_to_none_keeps_nothing_and_frames_stay_exact(make_clip):
    clip = open_clip(make_clip("h264_long_gop"), cache_bytes=1 << 30)
    assert read_index(clip.frame(10).image) == 10
    assert len(clip.cache) == 11  # the whole run from the keyframe, as a scrubbing player wants it
    clip.cache.hold_at_most(0)
    assert len(clip.cache) == 0 and clip.cache.used_bytes == 0
    for n in (11, 12, 260, 5):
        assert read_index(clip.frame(n).image) == n
        assert len(clip.cache) == 0
    clip.close()
