"""A newsroom's own marks: a file of them in the user data folder is looked for beside the shipped list; a file that
cannot be used is said in one line and the shipped marks still count."""

from __future__ import annotations

import json

from analyzers.words.lines import ON_SCREEN, TextLine
from analyzers.words.marks import find_marks
from app.words.marks_found import known_marks, own_marks_folder


def _line(text: str) -> TextLine:
    return TextLine(ON_SCREEN, "on-screen text", 0.0, 1.0, text, 0, 10, (10, 10, 80, 20), 0.99)


def test_a_newsrooms_own_mark_is_found_beside_the_shipped_ones():
    folder = own_marks_folder()
    folder.mkdir(parents=True)
    own = {"marks": [{"name": "幻影AI", "kind": "generator", "of": "Phantom Studio", "spellings": ["幻影AI"]}]}
    (folder / "ours.json").write_text(json.dumps(own, ensure_ascii=False), encoding="utf-8")
    marks, problem = known_marks()
    assert problem == ""
    found = find_marks([_line("本视频由幻影AI制作"), _line("Made with Sora")], (640, 360), marks)
    assert {mark.name for mark in found} == {"幻影AI", "Sora"}


def test_a_broken_own_file_is_said_and_the_shipped_marks_still_count():
    folder = own_marks_folder()
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text('{"marks": [{"name": "x\x1b[31m"', encoding="utf-8")
    marks, problem = known_marks()
    assert "broken.json" in problem and "Only the marks ReelCheck ships" in problem and "\x1b" not in problem
    assert any(mark.name == "Sora" for mark in marks)
