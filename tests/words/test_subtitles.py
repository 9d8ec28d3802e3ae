"""Subtitle files (analyzers/words/subtitles.py) as real files on disk: .srt and WebVTT in the encodings Chinese and
English subtitles come in, WebVTT's tags and blocks, broken cues, and hostile files (huge, a pipe, escape codes, not
subtitles at all)."""

from __future__ import annotations

import os

import pytest

from analyzers.words.lines import SUBTITLES
from analyzers.words.subtitles import (
    MAX_BYTES,
    MAX_CUE_CHARACTERS,
    MAX_CUES,
    SubtitlesUnreadable,
    find_subtitle_files,
    read_subtitles,
)

CHINESE_SRT = """1
00:00:01,000 --> 00:00:03,500
古埃及人用激光切割金字塔的石块

2
00:00:04,000 --> 00:00:06,250
这是真的吗？
请看下去
"""


def said(subtitles) -> list[tuple[float, float, str]]:
    return [(line.start, line.end, line.text) for line in subtitles.lines]


def test_a_chinese_srt_in_gb18030_reads_as_it_does_in_utf8(tmp_path):
    for encoding, data in (("gb18030", CHINESE_SRT.encode("gb18030")), ("utf-8", CHINESE_SRT.encode("utf-8"))):
        path = tmp_path / f"clip.zh-Hans.{encoding}.srt"
        path.write_bytes(data)
        subtitles = read_subtitles(path)
        assert subtitles.encoding == encoding
        assert said(subtitles) == [
            (1.0, 3.5, "古埃及人用激光切割金字塔的石块"),
            (4.0, 6.25, "这是真的吗？ / 请看下去"),
        ]
        assert {line.source for line in subtitles.lines} == {SUBTITLES}
        assert subtitles.lines[0].track == path.name


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_its_byte_order_mark_and_utf8_with_one(tmp_path, encoding):
    bom = "\ufeff".encode(encoding)
    path = tmp_path / "clip.srt"
    path.write_bytes(bom + CHINESE_SRT.replace("\n", "\r\n").encode(encoding))
    subtitles = read_subtitles(path)
    assert subtitles.encoding == "utf-16"
    assert said(subtitles)[0] == (1.0, 3.5, "古埃及人用激光切割金字塔的石块")
    path.write_bytes(b"\xef\xbb\xbf" + CHINESE_SRT.encode("utf-8"))
    assert said(read_subtitles(path))[1][2] == "这是真的吗？ / 请看下去"


def test_webvtt_tags_settings_karaoke_stamps_and_blocks_that_are_not_cues(tmp_path):
    path = tmp_path / "clip.en.vtt"
    path.write_text(
        """WEBVTT - made by a generator
Kind: captions

NOTE this note
spans two lines --> with an arrow

STYLE
::cue { color: yellow }

intro
00:01.000 --> 00:02.500 align:start position:10% line:0
<v Narrator><i>Napoleon</i> was <c.yellow>1.57 m</c> tall</v>

00:00:03.000 --> 00:00:05.000
<00:00:03.000>Every <00:00:03.500>word &amp; its <b>time</b> &lt;3 &#x4e2d;&nbsp;&#25991;
""",
        encoding="utf-8",
    )
    subtitles = read_subtitles(path)
    assert said(subtitles) == [
        (1.0, 2.5, "Napoleon was 1.57 m tall"),
        (3.0, 5.0, "Every word & its time <3 中 文"),
    ]
    assert subtitles.skipped == 0


def test_broken_cues_are_skipped_and_counted_and_the_rest_is_read(tmp_path):
    path = tmp_path / "clip.srt"
    path.write_text(
        """1
00:00:01,000 --> 00:00:02,000
first
2
00:00:02,000 --> 00:00:03,000
lost its blank line but is read

3
00:00:09,000 --> 00:00:04,000
ends before it starts

4
00:00:05,000 --> 00:0
times cut off

a line whose cue lost its times

5
00:00:06,000 --> 00:00:07,000
last, then the file is cut
6
00:00:08,000 --> 00:0""",
        encoding="utf-8",
    )
    subtitles = read_subtitles(path)
    assert said(subtitles) == [
        (1.0, 2.0, "first"),
        (2.0, 3.0, "lost its blank line but is read"),
        (6.0, 7.0, "last, then the file is cut"),
    ]
    assert subtitles.skipped == 4  # backwards, times cut off, text without times, the cut last cue


def test_escape_codes_and_control_characters_are_removed(tmp_path):
    path = tmp_path / "clip\x1b[31m.srt"
    path.write_bytes(
        "1\n00:00:01,000 --> 00:00:02,000\n\x1b]0;owned\x07\x1b[2JSafe\x07 \u202etext\x00 \x9b31mhere\x1b[0m\n".encode()
    )
    (line,) = read_subtitles(path).lines
    assert line.text == "Safe text here"
    assert line.track == "clip.srt"


def test_a_file_that_is_not_subtitles_is_said_in_one_line(tmp_path):
    for name, data in (("clip.srt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8), ("clip.vtt", b"WEBVTT\n\n")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(SubtitlesUnreadable, match=r"is not a subtitle file") as caught:
            read_subtitles(path)
        assert "\n" not in str(caught.value)


def test_a_huge_file_is_refused_before_it_is_read_and_the_cues_are_capped(tmp_path):
    huge = tmp_path / "huge.srt"
    with huge.open("wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: the size alone refuses it
    with pytest.raises(SubtitlesUnreadable, match="more than the"):
        read_subtitles(huge)
    many = tmp_path / "many.vtt"
    cue = "00:00.000 --> 00:01.000\nx\n\n"
    many.write_text("WEBVTT\n\n" + cue * (MAX_CUES + 5), encoding="utf-8")
    subtitles = read_subtitles(many)
    assert len(subtitles.lines) == MAX_CUES and subtitles.left_out == 5
    long = tmp_path / "long.srt"
    long.write_bytes(b"1\n00:00:01,000 --> 00:00:02,000\n" + b"<b>x\x1b[1m" * 200_000 + b"\nword" * 100_000)
    [line] = read_subtitles(long).lines  # a row is cut before it is cleaned, the cue once it is long enough
    assert len(line.text) == MAX_CUE_CHARACTERS and line.text.startswith("x" * 500 + " / word / ")
    assert line.text.endswith("…")


def test_a_pipe_named_like_subtitles_is_neither_found_nor_waited_on(tmp_path):
    clip = tmp_path / "Pyramids [abc123].mp4"
    clip.write_bytes(b"")
    for name in (
        "Pyramids [abc123].en.vtt",
        "Pyramids [abc123].zh-Hans.srt",
        "Pyramids [abc123].SRT",
        "Pyramids [abc123].info.json",
        "Pyramids [abc123]x.srt",
        "Other.en.vtt",
    ):
        (tmp_path / name).write_text("", encoding="utf-8")
    os.mkfifo(tmp_path / "Pyramids [abc123].fr.vtt")
    os.mkdir(tmp_path / "Pyramids [abc123].de.srt")
    assert [path.name for path in find_subtitle_files(clip)] == [
        "Pyramids [abc123].SRT",
        "Pyramids [abc123].en.vtt",
        "Pyramids [abc123].zh-Hans.srt",
    ]
    with pytest.raises(SubtitlesUnreadable, match="named pipe"):
        read_subtitles(tmp_path / "Pyramids [abc123].fr.vtt")  # opened without blocking, refused at once


def test_a_time_with_thousands_of_digits_is_a_broken_cue_not_a_crash():
    from analyzers.words.subtitles import parse_subtitles

    data = "1\n" + "9" * 5000 + ":00:01,000 --> 00:00:02,000\nforged\n\n2\n00:00:03,000 --> 00:00:04,000\nkept\n"
    subtitles = parse_subtitles(data.encode(), "forged.srt")
    assert [line.text for line in subtitles.lines] == ["kept"] and subtitles.skipped == 1
