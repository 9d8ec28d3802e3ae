"""Visible generator marks and AI labels found in lines read on frames, from the shipped list and a newsroom's own."""

from __future__ import annotations

import json
import os

import pytest

from analyzers.words.lines import ON_SCREEN, SUBTITLES, TextLine
from analyzers.words.marks import (
    AI_LABEL,
    GENERATOR,
    WHAT_A_MARK_MEANS,
    WHAT_NO_MARK_MEANS,
    MarksFileError,
    find_marks,
    load_marks,
    where_on_frame,
)

FRAME = (1280, 720)


def _line(text: str, box=(1100, 660, 120, 40), source: str = ON_SCREEN) -> TextLine:
    return TextLine(source, "on-screen text", 1.5, 4.0, text, first_frame=45, last_frame=105, box=box)


def _names(text: str) -> list[str]:
    return [mark.name for mark in find_marks([_line(text)], FRAME)]


def test_a_sora_watermark_is_reported_with_its_frames_and_place():
    [mark] = find_marks([_line("Sora")], FRAME)
    assert (mark.name, mark.kind, mark.of) == ("Sora", GENERATOR, "OpenAI Sora")
    assert (mark.read, mark.first_frame, mark.last_frame, mark.start, mark.end) == ("Sora", 45, 105, 1.5, 4.0)
    assert (mark.box, mark.where) == ((1100, 660, 120, 40), "bottom right")
    assert "\n" not in mark.describe() and "Sora" in mark.describe() and "frames 45-105" in mark.describe()


@pytest.mark.parametrize(
    "text", ["Pikachu", "Soraya", "Lumazine", "Veolia", "Runways", "Klingon", "AI generator", "Made with AIR"]
)
def test_a_name_inside_a_longer_word_is_no_mark(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("S0RA", "Sora"),  # zero for O
        ("Made w1th Al", "Made with AI"),  # one and l for i and I
        ("AIgenerated", "AI-generated"),  # OCR dropped the hyphen
        ("ＳＯＲＡ", "Sora"),  # full-width letters
        ("made with ai", "Made with AI"),
        ("Created in Pika!", "Pika"),
        ("Veo 3", "Veo"),
        ("Runway Gen-3 Alpha", "Runway"),
        ("Luma Dream Machine", "Luma Dream Machine"),
    ],
)
def test_latin_marks_survive_case_width_and_ocr_confusions(text, name):
    assert _names(text) == [name]


def test_chinese_marks_match_inside_a_line():
    assert _names("本视频由可灵生成") == ["Kling 可灵"]
    assert _names("海螺AI") == ["Hailuo 海螺"]
    assert _names("即梦AI") == ["Jimeng 即梦"]
    assert _names("豆包") == ["Doubao 豆包"]
    assert _names("Al生成") == ["AI生成"]  # the I read as l


def test_the_most_specific_label_is_reported_once():
    assert _names("作者声明：内容由AI生成") == ["作者声明：内容由AI生成"]
    assert _names("作者声明:内容由AI生成") == ["作者声明：内容由AI生成"]  # half-width colon
    assert _names("内容由AI生成") == ["内容由AI生成"]
    assert _names("此视频由AI生成") == ["由AI生成"]
    assert _names("AI-generated content") == ["AI-generated content"]
    assert sorted(_names("可灵AI生成")) == ["AI生成", "Kling 可灵"]  # a generator and a label: both


def test_platform_labels_name_their_platform():
    [youtube] = find_marks([_line("Altered or synthetic content")], FRAME)
    [douyin] = find_marks([_line("作者声明：内容由AI生成")], FRAME)
    [instagram] = find_marks([_line("AI info")], FRAME)
    assert (youtube.kind, youtube.of) == (AI_LABEL, "YouTube")
    assert "Douyin" in douyin.of and instagram.of == "Instagram"


def test_the_shipped_list_holds_the_generators_and_labels_the_issue_names():
    marks = load_marks()
    spellings = {spelling for mark in marks for spelling in mark.spellings}
    wanted = [
        "Sora",
        "Veo",
        "Kling",
        "可灵",
        "Hailuo",
        "海螺",
        "Jimeng",
        "即梦",
        "Vidu",
        "Pika",
        "Runway",
        "Luma",
        "Doubao",
        "豆包",
        "MiniMax",
        "Gen-3",
    ]
    wanted += ["Dream Machine", "AI-generated", "Made with AI", "AI生成", "由AI生成", "内容由AI生成"]
    wanted += ["AI-generated content", "作者声明：内容由AI生成", "Altered or synthetic content", "AI info"]
    assert set(wanted) <= spellings
    assert {mark.kind for mark in marks} == {GENERATOR, AI_LABEL}


def test_where_on_the_frame_in_words():
    assert where_on_frame((10, 10, 80, 30), FRAME) == "top left"
    assert where_on_frame((1100, 660, 120, 40), FRAME) == "bottom right"
    assert where_on_frame((440, 620, 400, 50), FRAME) == "bottom centre"
    assert where_on_frame((600, 340, 80, 40), FRAME) == "centre"
    assert where_on_frame((1200, 340, 60, 40), FRAME) == "right"
    [in_subtitles] = find_marks([_line("Made with AI", box=None, source=SUBTITLES)], FRAME)
    assert in_subtitles.where == "in the subtitles"


def test_what_the_reviewer_is_told_about_a_mark_and_its_absence():
    assert "pasted" in WHAT_A_MARK_MEANS
    assert "means nothing" in WHAT_NO_MARK_MEANS and "cropped" in WHAT_NO_MARK_MEANS


def _marks_file(tmp_path, document) -> os.PathLike:
    path = tmp_path / "our_marks.json"
    path.write_text(document if isinstance(document, str) else json.dumps(document), "utf-8")
    return path


def test_a_newsroom_adds_its_own_marks(tmp_path):
    own = {"marks": [{"name": "Qingying 清影", "kind": "generator", "of": "Zhipu Qingying", "spellings": ["清影"]}]}
    marks = load_marks([_marks_file(tmp_path, own)])
    assert marks[-1].name == "Qingying 清影" and len(marks) > 20
    assert [m.name for m in find_marks([_line("清影AI")], FRAME, marks)] == ["Qingying 清影"]
    assert find_marks([_line("清影AI")], FRAME) == []  # the shipped list alone does not know it


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ("{not json", "is not JSON (line 1"),
        ([1, 2], 'a list "marks"'),
        ({"marks": ["Sora"]}, "mark 1 is not an object"),
        ({"marks": [{"name": "X", "kind": "logo", "of": "X", "spellings": ["X"]}]}, 'kind "logo"'),
        ({"marks": [{"name": "X", "kind": "generator", "of": "X", "spellings": []}]}, 'non-empty list "spellings"'),
        ({"marks": [{"name": "X", "kind": "generator", "of": "X", "spellings": [""]}]}, "a spelling, must be"),
        ({"marks": [{"name": "X\x1b[2J", "kind": "generator", "of": "X", "spellings": ["X"]}]}, "control characters"),
        ({"marks": [{"name": "X" * 300, "kind": "generator", "of": "X", "spellings": ["X"]}]}, "longer than"),
    ],
)
def test_a_bad_marks_file_is_refused_in_one_line(tmp_path, document, words):
    with pytest.raises(MarksFileError) as refused:
        load_marks([_marks_file(tmp_path, document)])
    message = str(refused.value)
    assert words in message and "our_marks.json" in message and "\n" not in message


def test_a_marks_file_that_is_no_file_huge_or_not_text_is_refused(tmp_path, not_a_file):
    fifo = not_a_file("fifo")
    with pytest.raises(MarksFileError, match="named pipe"):
        load_marks([fifo])
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (2 << 20))
    with pytest.raises(MarksFileError, match="more than"):
        load_marks([huge])
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"marks": [{"name": "Caf\xe9"}]}'.encode("latin-1"))
    with pytest.raises(MarksFileError, match="not UTF-8"):
        load_marks([latin1])
    with pytest.raises(MarksFileError, match="device"):
        load_marks(["/dev/zero"])
