"""On-screen text end to end: a clip encoded with captions and marks burned in, decoded frame-exactly, read by
RapidOCR, merged into caption segments that arrive while the clip is still being read."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.words.marks import AI_LABEL, GENERATOR, find_marks
from app.media.clip import open_clip
from app.media.errors import Cancelled
from app.media.synth_text import captioned_recipe, textless_recipe, write_text_clip
from app.words.on_screen import marks_on_screen, read_on_screen_text

RECIPE = captioned_recipe()  # 480x270, 10 fps, 45 frames, cuts (and caption changes) at frames 14 and 29
CAPTIONS = ["The pyramids were built in one night", "金字塔一夜建成", "Scientists are stunned"]


@pytest.fixture(scope="module")
def captioned(tmp_path_factory) -> Path:
    return write_text_clip(tmp_path_factory.mktemp("words") / "captioned.mp4", RECIPE)


@pytest.fixture(scope="module")
def read_once(captioned, reader):
    """The captioned clip read once: its lines, and (line, progress so far) in the order on_line gave them."""
    clip = open_clip(captioned)
    progress: list[float] = []
    given = []
    try:
        lines = read_on_screen_text(
            clip,
            on_progress=progress.append,
            on_line=lambda line: given.append((line, progress[-1])),
            reader=reader,
        )
    finally:
        clip.close()
    return lines, given, progress


def test_each_caption_is_one_segment_from_the_frame_it_appears_on(read_once):
    lines, _, _ = read_once
    first_cut, second_cut = RECIPE.cuts
    captions = [line for line in lines if line.text in CAPTIONS]
    assert [line.text for line in captions] == CAPTIONS
    # The new captions are read from the cut itself, between the twice-a-second samples (0, 5, 10, ...).
    assert [line.first_frame for line in captions] == [0, first_cut, second_cut]
    assert [line.last_frame for line in captions] == [10, 25, 40]
    assert [(line.start, line.end) for line in captions] == [(0.0, 1.4), (1.4, 2.9), (2.9, 4.5)]
    for line in captions:
        x, y, width, height = line.box
        assert abs(x + width / 2 - 240) < 20 and y > 200  # bottom centre of the 480x270 frame


def test_the_marks_are_read_all_along_and_found_where_they_are(read_once, captioned):
    lines, _, _ = read_once
    clip = open_clip(captioned)
    try:
        marks = {mark.name: mark for mark in marks_on_screen(clip.facts, lines)}
    finally:
        clip.close()
    assert set(marks) == {"Sora", "AI生成"}
    sora, label = marks["Sora"], marks["AI生成"]
    assert (sora.kind, sora.where, sora.first_frame, sora.last_frame) == (GENERATOR, "bottom right", 0, 40)
    assert (label.kind, label.where, label.start, label.end) == (AI_LABEL, "top left", 0.0, 4.5)


def test_segments_arrive_while_the_clip_is_read_and_progress_reaches_the_end(read_once):
    lines, given, progress = read_once
    assert sorted(line.text for line, _ in given) == sorted(line.text for line in lines)
    first_caption_given_at = next(done for line, done in given if line.text == CAPTIONS[0])
    assert first_caption_given_at < 0.6  # well before the clip's end
    assert progress == sorted(progress) and progress[-1] == 1.0


def test_cancelling_stops_the_reading(captioned, reader):
    clip = open_clip(captioned)
    asked = []
    try:
        with pytest.raises(Cancelled):
            read_on_screen_text(clip, cancelled=lambda: asked.append(1) or len(asked) > 3, reader=reader)
    finally:
        clip.close()
    assert len(asked) == 4


def test_a_clip_without_text_has_no_lines_and_no_marks(tmp_path, reader):
    clip = open_clip(write_text_clip(tmp_path / "plain.mp4", textless_recipe(seconds=1.5)))
    try:
        lines = read_on_screen_text(clip, samples_per_second=2.0, reader=reader)
    finally:
        clip.close()
    assert lines == [] and find_marks(lines, (480, 270)) == []
