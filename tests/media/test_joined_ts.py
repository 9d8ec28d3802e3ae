"""Two MPEG-TS files joined end to end (`cat a.ts b.ts`): the second part repeats the first's timestamps, yet every
frame FFmpeg decodes can be reached by its number, after any seek, and the media facts say where the clock
starts again."""

from __future__ import annotations

import random

import av
import numpy as np

from app.media.clip import open_clip
from app.media.synth import read_index
from app.media.thumbnails import build_strip
from app.text.facts import facts_sections


def _ffmpeg_frames(path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]


def test_every_decoded_frame_is_reached_by_its_number(joined_ts):
    expected = _ffmpeg_frames(joined_ts)
    assert [read_index(frame) for frame in expected] == list(range(80))
    clip = open_clip(joined_ts, cache_bytes=4 << 20)
    assert clip.frame_count == 80
    order = list(range(79, -1, -1)) + random.Random(7).choices(range(80), k=60) + [39, 40, 41, 38, 40]
    wrong = [n for n in order if not np.array_equal(clip.frame(n).image, expected[n])]
    seconds = [clip.index.seconds(n) for n in range(80)]
    clip.close()
    assert not wrong, f"frames that differ from FFmpeg's: {wrong[:10]}"
    assert all(later > earlier for earlier, later in zip(seconds, seconds[1:], strict=False))


def test_the_facts_say_where_the_timestamps_start_again(joined_ts):
    clip = open_clip(joined_ts)
    clip.close()
    assert clip.facts.timestamp_restarts == (40,)
    rows = dict(row for _, section in facts_sections(clip.facts) for row in section)
    assert "start again at frame 40" in rows["Timestamps"]


def test_the_keyframe_strip_numbers_the_second_part_right(joined_ts):
    clip = open_clip(joined_ts)
    clip.close()
    strip = build_strip(clip.path, clip.index, clip.facts.rotation, box=(320, 180))
    assert sorted(strip) == [int(k) for k in clip.index.keyframes]
    assert 40 in strip
    for n, thumbnail in strip.items():
        assert read_index(thumbnail) == n
