"""Pictures past the pixel budget are refused before anything is decoded, naming their size and the budget, even
when the file's header claims a small size; a frame larger than the frame cache is refused in words."""

from __future__ import annotations

import av
import pytest

from app.media.budget import MAX_PIXELS
from app.media.clip import open_clip
from app.media.errors import MediaError
from app.media.reader import FrameReader


@pytest.mark.parametrize("kind", ["honest", "lying"])
def test_a_pixel_bomb_is_refused_naming_its_size_and_the_budget(pixel_bombs, kind):
    with pytest.raises(MediaError) as caught:
        open_clip(pixel_bombs[kind])
    reason = str(caught.value)
    assert "16000x16000" in reason and f"{MAX_PIXELS // 1_000_000} megapixels" in reason
    assert "\n" not in reason


def test_a_frame_larger_than_the_cache_is_said_in_words(make_clip):
    # 1080x1920 in 4:2:0 is about 3 MiB a frame
    with pytest.raises(MediaError, match=r"frame cache: give the cache at least 3 MiB"):
        open_clip(make_clip("vertical_1080x1920"), cache_bytes=2 << 20)


def test_the_decoder_refuses_a_picture_past_the_budget_whatever_the_header_says(pixel_bombs):
    """The last line of defence, under the check when opening: a decoder held to the budget fails on the picture
    instead of allocating it."""
    from app.media.budget import limit_pictures

    with av.open(str(pixel_bombs["lying"])) as container:
        stream = container.streams.video[0]
        limit_pictures(stream)
        decoded = []
        for packet in container.demux(stream):
            try:
                decoded += packet.decode()
            except av.error.FFmpegError:
                continue
    assert decoded == []


def test_frames_converted_ahead_for_playback_stay_within_a_quarter_of_the_cache(make_clip):
    clip = open_clip(make_clip("vertical_1080x1920"), cache_bytes=64 << 20)
    reader = FrameReader(clip, lambda frame, request: None, lambda n, reason: None, pixel_format="bgra")
    try:
        converted = 1080 * 1920 * 4
        assert reader._ahead * converted <= clip.cache.budget_bytes // 4
        assert reader._ahead >= 1
    finally:
        reader.close()
        clip.close()
