"""Damaged and foreign files get a one-line reason; what still decodes stays usable."""

from __future__ import annotations

import subprocess
import sys

import av
import pytest

from app.media.clip import open_clip
from app.media.errors import FrameUnavailable, MediaError
from app.media.synth import read_index


def _reason(path) -> str:
    with pytest.raises(MediaError) as caught:
        open_clip(path)
    reason = str(caught.value)
    assert "\n" not in reason and reason.endswith(".")
    return reason


def test_zero_byte_file(tmp_path):
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    assert "empty" in _reason(empty)


def test_missing_file_and_folder(tmp_path):
    assert "does not exist" in _reason(tmp_path / "nowhere.mp4")
    assert "folder" in _reason(tmp_path)


def test_non_video_file(tmp_path):
    text = tmp_path / "notes.mp4"
    text.write_text("These are a reviewer's notes, not a video.\n" * 50)
    assert "not a video file" in _reason(text)


def test_audio_only_file(tmp_path):
    path = tmp_path / "voice.m4a"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("aac", rate=48000)
        import numpy as np

        for i in range(20):
            frame = av.AudioFrame.from_ndarray(np.zeros((1, 1024), np.float32), format="fltp", layout="mono")
            frame.sample_rate, frame.pts = 48000, i * 1024
            out.mux(stream.encode(frame))
        out.mux(stream.encode())
    assert "no video stream" in _reason(path)


def test_truncated_mp4_without_index(h264_clip, tmp_path):
    cut = tmp_path / "cut.mp4"
    data = h264_clip.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    assert "truncated" in _reason(cut)


def test_truncated_matroska_keeps_what_it_has(make_clip, tmp_path):
    data = make_clip("h264_open_gop").read_bytes()
    cut = tmp_path / "cut.mkv"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    clip = open_clip(cut)
    assert 10 < clip.frame_count < 64
    usable = clip.frame_count - 8  # the last frames may reference pictures that were cut away
    for n in (0, usable // 2, usable - 1, 3):
        assert read_index(clip.frame(n).image) == n
    clip.close()


def test_unsupported_codec(h264_clip, tmp_path):
    strange = tmp_path / "strange.mp4"
    strange.write_bytes(h264_clip.read_bytes().replace(b"avc1", b"zzzz"))
    assert "codec" in _reason(strange)


def test_corrupt_packets_mid_stream(make_clip, tmp_path):
    source = make_clip("h264_open_gop")
    with av.open(str(source)) as container:
        packets = [(p.pos, p.size, p.pts) for p in container.demux(video=0) if p.size]
    data = bytearray(source.read_bytes())
    damaged_packets = packets[30:33]  # in the second GOP (keyframes every 20 frames)
    for pos, size, _ in damaged_packets:
        data[pos + 8 : pos + size] = bytes((i * 37 + 11) % 256 for i in range(size - 8))
    broken = tmp_path / "broken.mkv"
    broken.write_bytes(bytes(data))
    clip = open_clip(broken)
    assert clip.frame_count == 64
    for n in [0, 5, 19, 45, 50, 63, 41, 40]:  # before the damage, and the GOPs after it
        assert read_index(clip.frame(n).image) == n
    for n in range(20, 40):
        try:
            clip.frame(n)  # a concealed picture or a clear reason; never a crash
        except FrameUnavailable as error:
            assert "damaged" in str(error)
    clip.close()


def test_frame_outside_the_clip(h264_clip):
    clip = open_clip(h264_clip)
    with pytest.raises(FrameUnavailable, match="outside the clip"):
        clip.frame(clip.frame_count)
    clip.close()


def test_cli_reports_bad_file_in_one_line(tmp_path):
    bad = tmp_path / "bad.mov"
    bad.write_bytes(b"\x00" * 1000)
    result = subprocess.run(
        [sys.executable, "-m", "app.main", "probe", str(bad)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def _copy_packets(source, target, keep) -> None:
    """Stream-copy the video packets of `source` for which keep(i, packet) holds, i counting in decode order."""
    with av.open(str(source)) as src, av.open(str(target), "w") as out:
        video = src.streams.video[0]
        copy = out.add_stream_from_template(video)
        for i, packet in enumerate(p for p in src.demux(video) if p.size):
            if keep(i, packet):
                packet.stream = copy
                out.mux(packet)


def test_clip_cut_in_the_middle_of_a_gop_starts_at_its_first_keyframe(make_clip, tmp_path):
    cut = tmp_path / "cut_mid_gop.mkv"
    _copy_packets(make_clip("h264_open_gop"), cut, lambda i, packet: i >= 7)  # keyframes every 20 frames
    clip = open_clip(cut)
    assert clip.frame_count == 44
    for n in (0, 1, 10, 43, 25, 20):
        assert read_index(clip.frame(n).image) == n + 20
    clip.close()


def test_raw_elementary_stream_is_explained(h264_clip, tmp_path):
    raw = tmp_path / "raw.h264"
    with av.open(str(h264_clip)) as src, av.open(str(raw), "w", format="h264") as out:
        copy = out.add_stream_from_template(src.streams.video[0])
        for packet in src.demux(video=0):
            if packet.size:
                packet.stream = copy
                out.mux(packet)
    assert "no timestamps" in _reason(raw)


def test_decode_order_timestamps_are_detected(make_clip):
    clip = open_clip(make_clip("h264_in_avi"))
    assert clip.index.counted
    clip.close()
    clip = open_clip(make_clip("h264"))
    assert not clip.index.counted
    clip.close()


def test_edit_list_hiding_the_start_of_a_gop(h264_clip, tmp_path):
    """A clip cut by stream copy: decoding starts at a keyframe the edit list hides; frame 0 is the first shown."""
    with av.open(str(h264_clip)) as src:
        video = src.streams.video[0]
        packets = [p for p in src.demux(video) if p.size]
        first_shown = sorted(p.pts for p in packets)[35]  # keyframes at 0 and 30: frames 30 to 34 hidden
        cut = tmp_path / "cut_by_copy.mp4"
        with av.open(str(cut), "w") as out:
            copy = out.add_stream_from_template(video)
            for packet in packets[30:]:
                packet.pts -= first_shown
                packet.dts -= first_shown
                packet.stream = copy
                out.mux(packet)
    with av.open(str(cut)) as check:
        assert any(p.is_discard for p in check.demux(video=0)), "the muxer wrote no edit list"
    clip = open_clip(cut, cache_bytes=1 << 20)
    assert clip.frame_count == 64 - 35
    for n in [*range(clip.frame_count - 1, -1, -1), 0, 7]:
        assert read_index(clip.frame(n).image) == n + 35
    clip.close()
