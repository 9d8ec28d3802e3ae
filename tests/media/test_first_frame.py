"""The first frame of a clip just opened: decoded while opening, and exactly the frame the decoder gives as frame 0."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from app.media.clip import open_clip, open_for_screen
from app.media.synth import read_index
from tests.conftest import CLIPS


@pytest.mark.parametrize("name", sorted(CLIPS))
def test_the_first_frame_opened_with_the_clip_is_frame_zero_as_decoded(make_clip, name):
    opened = open_for_screen(make_clip(name))
    first, clip = opened.first, opened.clip
    assert first.number == 0 and read_index(first.image) == 0
    kept = clip.cache.get(0).to_ndarray()  # as decoded, before any colour conversion
    clip.cache.clear()  # frame 0 again, from the exact decoder this time (seek to the keyframe, decode to its PTS)
    assert clip.frame(0).pts == first.pts
    assert np.array_equal(clip.cache.get(0).to_ndarray(), kept)
    far = clip.frame_count - 1
    assert read_index(clip.frame(far).image) == far  # and the clip seeks on as before
    clip.close()


def test_a_clip_stored_upright_opens_without_opencv(make_clip, monkeypatch):
    # OpenCV takes as long to load as the whole clip takes to open: it waits for a clip stored sideways.
    monkeypatch.setitem(sys.modules, "cv2", None)  # importing it would now fail
    opened = open_for_screen(make_clip("h264"))
    assert read_index(opened.first.image) == 0
    opened.clip.close()


def test_frame_zero_is_decoded_when_the_clip_opens(make_clip):
    clip = open_clip(make_clip("h264_long_gop"))
    assert 0 in clip.cache  # the frame decoded to read the rotation: showing it needs no seek and no decoding
    assert read_index(clip.frame(0).image) == 0
    clip.close()


def test_a_clip_whose_frames_are_counted_decodes_frame_zero_again(make_clip):
    """AVI stamps packets in decode order: the frame decoded while opening cannot be told apart by its timestamp,
    so frame 0 comes from the exact decoder, which counts."""
    clip = open_clip(make_clip("h264_in_avi"))
    assert clip.index.counted and 0 not in clip.cache
    assert read_index(clip.frame(0).image) == 0
    clip.close()
