"""MPEG-4 Part 2 in AVI with packed B-frames (DivX, MEncoder): frame n is FFmpeg's n-th decoded frame, whatever
order the frames are asked in, and none is called damaged."""

from __future__ import annotations

import random

import av
import numpy as np

from app.media.clip import open_clip
from app.media.synth import read_index


def _ffmpeg_frames(path) -> list[np.ndarray]:
    """Every frame as FFmpeg's decoder puts them out, reading the file from the start."""
    with av.open(str(path)) as container:
        return [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]


def test_the_fixture_really_is_packed(packed_b_frames):
    with av.open(str(packed_b_frames)) as container:
        sizes = [packet.size for packet in container.demux(video=0) if packet.size]
    assert sum(size < 20 for size in sizes) >= 15  # the N-VOP placeholders
    assert [read_index(frame) for frame in _ffmpeg_frames(packed_b_frames)] == list(range(48))


def test_frame_n_is_ffmpegs_nth_frame_in_any_order(packed_b_frames):
    expected = _ffmpeg_frames(packed_b_frames)
    clip = open_clip(packed_b_frames, cache_bytes=4 << 20)
    assert clip.frame_count == len(expected) == 48
    order = list(range(48))
    order += list(range(47, -1, -1))
    order += random.Random(11).choices(range(48), k=60)
    order += [n for k in clip.index.keyframes for n in (k - 1, k, k + 1) if 0 <= n < 48]
    wrong = [n for n in order if not np.array_equal(clip.frame(n).image, expected[n])]
    clip.close()
    assert not wrong, f"frames that differ from FFmpeg's: {wrong[:10]}"
