"""Which frames are read, and how readings on consecutive samples become caption segments (no OCR here: the
readings are written as OCR gives them, misreadings included)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from analyzers.words.captions import (
    CUT_GREY_SIZE,
    CaptionSegments,
    caption_segments,
    is_cut,
    planned_samples,
    same_place,
    text_likeness,
)
from analyzers.words.lines import ON_SCREEN
from analyzers.words.ocr import Reading
from app.media.synth_text import captioned_recipe, draw_text_frame

CAPTION_BOX = (100, 300, 440, 40)
MARK_BOX = (580, 330, 50, 20)


def test_samples_are_the_first_frames_at_each_tick():
    seconds = [n / 30 for n in range(90)]
    assert planned_samples(seconds, 2.0) == [0, 15, 30, 45, 60, 75]
    assert planned_samples(seconds, 0.5) == [0, 60]


def test_samples_of_a_variable_rate_clip_follow_its_clock():
    seconds = [0.0, 0.1, 0.6, 0.7, 1.2, 1.25, 1.3]
    assert planned_samples(seconds, 2.0) == [0, 2, 4]  # 0.5 s falls between 0.1 and 0.6: frame 2 is on screen next
    assert planned_samples([], 2.0) == []
    with pytest.raises(ValueError, match="more than 0"):
        planned_samples(seconds, 0)


SMALL = captioned_recipe(size=(160, 90))


def _grey(n: int) -> np.ndarray:
    picture = cv2.cvtColor(draw_text_frame(n, SMALL), cv2.COLOR_RGB2GRAY)
    return cv2.resize(picture, CUT_GREY_SIZE, interpolation=cv2.INTER_AREA)


def test_a_cut_is_found_where_the_shot_changes_and_nowhere_else():
    greys = [_grey(n) for n in range(SMALL.frames)]
    found = [n for n in range(1, SMALL.frames) if is_cut(greys[n - 1], greys[n])]
    assert found == list(SMALL.cuts)
    assert not is_cut(None, greys[0])


def test_text_likeness_forgives_a_misread_letter_in_latin_and_in_chinese():
    assert text_likeness("Scientists are stunned", "Scientlsts are stunned") > 0.9
    assert text_likeness("金字塔一夜建成", "金字塔一夜建戒") == pytest.approx(6 / 7)
    assert text_likeness("Scientists are stunned", "Scientistsarestunned") == 1.0  # spaces come and go
    assert text_likeness("ＡＩ生成", "ai生成") == 1.0  # full-width and case
    assert text_likeness("金字塔一夜建成", "Scientists are stunned") < 0.2
    assert text_likeness("The pyramids", "Theorems") < 0.6


def test_same_place_allows_a_narrower_box_but_not_another_line():
    assert same_place(CAPTION_BOX, (110, 302, 400, 36))
    assert not same_place(CAPTION_BOX, (100, 250, 440, 40))  # the line above
    assert not same_place(CAPTION_BOX, MARK_BOX)


def _sample(text: str, box=CAPTION_BOX, confidence: float = 0.9) -> Reading:
    return Reading(text, box, confidence)


def test_a_caption_read_on_consecutive_samples_is_one_segment_with_the_text_read_most():
    samples = [
        (0, 0.0, [_sample("The pyramids were built in one night")]),
        (15, 0.5, [_sample("The pyramlds were built in one night", (102, 301, 436, 38))]),
        (30, 1.0, [_sample("The pyramids were built in one night")]),
        (45, 1.5, [_sample("金字塔一夜建成", (200, 300, 240, 40))]),
        (60, 2.0, [_sample("金字塔一夜建戒", (200, 300, 240, 40), 0.6)]),
        (75, 2.5, [_sample("金字塔一夜建成", (200, 300, 240, 40))]),
    ]
    first, second = caption_segments(samples, clip_end=3.0)
    assert (first.text, first.first_frame, first.last_frame, first.start, first.end) == (
        "The pyramids were built in one night",
        0,
        30,
        0.0,
        1.5,
    )
    assert first.box == CAPTION_BOX and first.source == ON_SCREEN and first.confidence == pytest.approx(0.9)
    assert (second.text, second.first_frame, second.last_frame, second.start, second.end) == (
        "金字塔一夜建成",
        45,
        75,
        1.5,
        3.0,  # on screen until the clip ends
    )


def test_one_missed_sample_does_not_split_a_caption_but_two_do():
    line = "Scientists are stunned"
    flicker = [(0, 0.0, [_sample(line)]), (15, 0.5, []), (30, 1.0, [_sample(line)])]
    [whole] = caption_segments(flicker, clip_end=1.5)
    assert (whole.first_frame, whole.last_frame, whole.end) == (0, 30, 1.5)
    gone = [(0, 0.0, [_sample(line)]), (15, 0.5, []), (30, 1.0, []), (45, 1.5, [_sample(line)])]
    before, after = caption_segments(gone, clip_end=2.0)
    assert (before.last_frame, before.end, after.first_frame, after.start) == (0, 0.5, 45, 1.5)


def test_lines_in_different_places_stay_apart_even_with_the_same_text():
    samples = [(n * 15, n / 2, [_sample("Sora"), _sample("Sora", MARK_BOX)]) for n in range(3)]
    lines = caption_segments(samples, clip_end=1.5)
    assert sorted(line.box for line in lines) == sorted([CAPTION_BOX, MARK_BOX])
    assert all((line.first_frame, line.last_frame) == (0, 30) for line in lines)


def test_segments_come_out_as_soon_as_their_caption_is_gone():
    segments = CaptionSegments()
    assert segments.add(0, 0.0, [_sample("first line"), _sample("Sora", MARK_BOX)]) == []
    assert segments.add(15, 0.5, [_sample("Sora", MARK_BOX)]) == []  # forgiven once
    [ended] = segments.add(30, 1.0, [_sample("Sora", MARK_BOX)])
    assert (ended.text, ended.end) == ("first line", 0.5)
    [still_there] = segments.finish(clip_end=1.5)
    assert (still_there.text, still_there.end) == ("Sora", 1.5)
    assert segments.finish(clip_end=1.5) == []
