"""Every frame read back is the frame asked for: the index drawn in its pixels says so."""

from __future__ import annotations

import random

import pytest

from app.media.clip import open_clip
from app.media.synth import frame_times, read_index
from tests.conftest import CLIPS


def _assert_exact(clip, order):
    wrong = [(n, got) for n in order if (got := read_index(clip.frame(n).image)) != n]
    assert not wrong, f"frames read wrong (asked, got): {wrong[:10]}"


@pytest.mark.parametrize("name", sorted(CLIPS))
def test_random_seeks_are_exact(make_clip, name):
    clip = open_clip(make_clip(name), cache_bytes=4 << 20)  # tiny (one 1080x1920 frame): seeks really decode
    _, recipe = CLIPS[name]
    assert clip.frame_count == recipe.frames
    rng = random.Random(name)
    _assert_exact(clip, [rng.randrange(clip.frame_count) for _ in range(40)])
    clip.close()


@pytest.mark.parametrize("name", sorted(CLIPS))
def test_frames_around_every_keyframe_and_backwards(make_clip, name):
    clip = open_clip(make_clip(name), cache_bytes=4 << 20)
    around = []
    for k in clip.index.keyframes:
        around += [n for n in (k - 2, k - 1, k, k + 1, k + 2) if 0 <= n < clip.frame_count]
    _assert_exact(clip, around)
    _assert_exact(clip, list(range(clip.frame_count - 1, -1, -1)))
    clip.close()


@pytest.mark.parametrize("name", ["rotated_phone", "rotated_180", "vertical_1080x1920", "odd_size"])
def test_frames_are_upright_at_full_resolution(make_clip, name):
    _, recipe = CLIPS[name]
    clip = open_clip(make_clip(name))
    width, height = recipe.size
    assert (clip.facts.display_width, clip.facts.display_height) == (width, height)
    assert clip.frame(0).image.shape == (height, width, 3)
    assert clip.facts.rotation == recipe.rotation % 360
    clip.close()


def test_long_gop_steps_backwards_from_cache(make_clip):
    clip = open_clip(make_clip("h264_long_gop"))
    clip.frame(240)
    seeks = clip._decoder.seeks
    _assert_exact(clip, list(range(239, 200, -1)))
    assert clip._decoder.seeks == seeks, "stepping back inside a decoded GOP must not decode again"
    clip.close()


def test_variable_rate_timestamps_follow_the_file(make_clip):
    _, recipe = CLIPS["vfr"]
    clip = open_clip(make_clip("vfr"))
    assert clip.facts.variable_rate
    for n, seconds in enumerate(frame_times(recipe)):
        assert clip.index.seconds(n) == pytest.approx(float(seconds), abs=0.0015)
        assert clip.index.frame_at(float(seconds) + 0.001) == n
    clip.close()


def test_constant_rate_clip_is_not_variable(h264_clip):
    clip = open_clip(h264_clip)
    assert not clip.facts.variable_rate
    assert clip.facts.real_rate == pytest.approx(30, rel=0.01)
    clip.close()
