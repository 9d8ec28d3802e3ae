"""Subtitle streams inside the file (app/media/subtitle_streams.py), in clips this test muxes with PyAV 18 (which
encodes mov_text, SubRip, ASS and WebVTT itself): each read back as lines on the clip's clock, with its tags gone,
Chinese intact, escape codes removed; a pipe, a file without subtitles and a cancel are handled; and lines are
placed on the frames shown while they are (app/media/line_frames.py)."""

from __future__ import annotations

import os

import pytest

from analyzers.words.lines import ON_SCREEN, SUBTITLES, TextLine
from app.media.clip import open_clip
from app.media.errors import Cancelled, MediaError
from app.media.line_frames import on_frames
from app.media.subtitle_streams import read_subtitle_streams
from tests.media.subtitled import write_subtitled


@pytest.mark.parametrize(
    ("codec", "name"),
    [("mov_text", "clip.mp4"), ("subrip", "clip.mkv"), ("ass", "clip.mkv"), ("webvtt", "clip.mkv")],
)
def test_each_text_subtitle_codec_reads_back_on_the_clip_clock(tmp_path, codec, name):
    path = tmp_path / name
    write_subtitled(path, codec)
    [stream] = read_subtitle_streams(path)
    assert (stream.index, stream.language, stream.track, stream.skipped) == (1, "chi", "stream 1 (chi)", 0)
    assert [(line.source, line.track) for line in stream.lines] == [(SUBTITLES, "stream 1 (chi)")] * 2
    assert [line.text for line in stream.lines] == ["金字塔是用激光切割的", "Lasers / cut the stones"]
    assert [(line.start, line.end) for line in stream.lines] == [pytest.approx((0.2, 0.9)), pytest.approx((1.0, 1.6))]


def test_times_count_from_the_first_video_frame_and_a_stream_without_language_says_so(tmp_path):
    path = tmp_path / "late.mkv"
    write_subtitled(path, "subrip", [(1.5, 2.0, "half a second in")], language="", first_frame_at=1.0)
    [stream] = read_subtitle_streams(path)
    [line] = stream.lines
    assert (line.start, line.end, line.track) == (pytest.approx(0.5), pytest.approx(1.0), "stream 1")
    [line] = read_subtitle_streams(path, origin=0.0)[0].lines  # the caller's own origin
    assert line.start == pytest.approx(1.5)


def test_a_clip_without_subtitles_a_pipe_and_a_cancel(tmp_path, h264_clip):
    assert read_subtitle_streams(h264_clip) == []
    fifo = tmp_path / "clip.mkv"
    os.mkfifo(fifo)
    with pytest.raises(MediaError, match="named pipe"):
        read_subtitle_streams(fifo)
    path = tmp_path / "clip.mp4"
    write_subtitled(path, "mov_text")
    seen = []
    with pytest.raises(Cancelled):
        read_subtitle_streams(path, on_progress=seen.append, cancelled=lambda: bool(seen))
    not_a_clip = tmp_path / "notes.mkv"
    not_a_clip.write_bytes(bytes(range(7, 256, 3)) * 64)
    with pytest.raises(MediaError, match="subtitles cannot be read"):
        read_subtitle_streams(not_a_clip)


def test_lines_are_placed_on_the_frames_shown_while_they_are(h264_clip):
    clip = open_clip(h264_clip)  # 64 frames at 30 fps
    try:
        lines = [
            TextLine(SUBTITLES, "a.srt", 0.5, 1.0, "half a second"),
            TextLine(SUBTITLES, "a.srt", 0.51, 0.52, "shorter than a frame"),
            TextLine(SUBTITLES, "a.srt", 1.9, 9.0, "runs past the picture"),
            TextLine(ON_SCREEN, "on-screen text", 0.0, 1.0, "read there", 3, 4),
        ]
        frames = [(line.first_frame, line.last_frame) for line in on_frames(lines, clip.index)]
    finally:
        clip.close()
    assert frames == [(15, 29), (15, 15), (57, 63), (3, 4)]
