"""Words in the real window: subtitles beside a clip become the 'Said' lane and the Words panel's lines; a line
becomes a claim that quotes it, in one undoable step; the case-wide search finds the line."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QPoint

from tests.ui import test_player_window as player_tests

window = player_tests.window  # the real window with its player and a case database in tmp_path

SRT = """1
00:00:00,000 --> 00:00:00,800
拿破仑身高只有一米五七

2
00:00:01,000 --> 00:00:01,900
<i>Napoleon</i> was short\x1b[2J
"""


def _clip_with_subtitles(h264_clip, tmp_path):
    clip = tmp_path / "talk.mp4"
    shutil.copyfile(h264_clip, clip)
    (tmp_path / "talk.zh-Hans.srt").write_text(SRT, encoding="utf-8")
    return clip


def test_subtitles_beside_a_clip_are_shown_and_a_line_becomes_a_claim(qtbot, window, h264_clip, tmp_path):
    clip = _clip_with_subtitles(h264_clip, tmp_path)
    player_tests.open_and_wait(qtbot, window, clip)
    words = window.words
    qtbot.waitUntil(lambda: len(words.lines["subtitles"]) == 2, timeout=10000)
    said = window.timeline.word_lane("subtitles")
    assert [span.text for span in said.spans] == ["拿破仑身高只有一米五七", "Napoleon was short"]  # tags, escapes gone
    # 30 frames a second: the second line is on frames 30 to 56 (gone at 1.9 s)
    assert (said.spans[1].first, said.spans[1].last) == (30, 56)
    panel = words.panel
    assert panel.lines.topLevelItemCount() == 2
    assert panel.lines.topLevelItem(0).text(1) == "Said"
    assert "talk.zh-Hans.srt" in panel.lines.topLevelItem(0).toolTip(2)
    assert "talk.zh-Hans.srt (2 lines)" in panel.note.text()

    qtbot.waitUntil(lambda: window.case.clip is not None, timeout=10000)
    panel.select("subtitles", 0)
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000) as made:
        words.claim_action.trigger()
    [claim] = made.args[0]
    assert claim["text"] == "拿破仑身高只有一米五七"
    assert (claim["frame_in"], claim["frame_out"]) == (0, 23)
    assert claim["quoted_line"]["track"] == "talk.zh-Hans.srt"
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000) as undone:
        window.case.undo()
    assert undone.args[0] == []

    with qtbot.waitSignal(window.case.search_done, timeout=5000) as searched:
        window.case.search("一米五七")
    assert any("一米五七" in str(hit) for hit in searched.args[1])


def test_the_line_under_the_playhead_is_claimed_when_none_is_chosen(qtbot, window, h264_clip, tmp_path):
    clip = _clip_with_subtitles(h264_clip, tmp_path)
    player_tests.open_and_wait(qtbot, window, clip)
    qtbot.waitUntil(lambda: len(window.words.lines["subtitles"]) == 2 and window.case.clip is not None, timeout=10000)
    window.player.seek(40)
    player_tests.wait_for_frame(qtbot, window, 40)
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000) as made:
        window.words.claim_action.trigger()
    assert [c["text"] for c in made.args[0]] == ["Napoleon was short"]


def test_double_clicking_a_line_on_the_timeline_goes_to_it(qtbot, window, h264_clip, tmp_path):
    clip = _clip_with_subtitles(h264_clip, tmp_path)
    player_tests.open_and_wait(qtbot, window, clip)
    qtbot.waitUntil(lambda: window.timeline.word_lane("subtitles") is not None, timeout=10000)
    timeline = window.timeline
    spot = QPoint(int(timeline.x_of(40)), timeline.word_line_y("subtitles"))
    from PySide6.QtCore import Qt

    qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=spot)
    player_tests.wait_for_frame(qtbot, window, 30)
    assert window.words.panel.selected() == ("subtitles", 1)


def test_a_clip_without_words_says_so(qtbot, window, h264_clip):
    player_tests.open_and_wait(qtbot, window, h264_clip)
    qtbot.waitUntil(lambda: "No subtitles beside the clip" in window.words.panel.note.text(), timeout=10000)
    assert window.timeline.word_lane("subtitles") is None


def test_on_screen_text_is_read_shown_kept_and_its_marks_reported(qtbot, window, tmp_path):
    """The done-means of issue 14: a visible 'Sora' and 'AI生成' read on the frames are provenance findings with
    their frames, the captions are a lane, and a clip opened again shows them from the case without reading."""
    from PySide6.QtCore import QSettings

    from app.media.synth_text import captioned_recipe, write_text_clip

    clip = write_text_clip(tmp_path / "pyramids.mp4", captioned_recipe(seconds=3.0))
    QSettings().setValue("words/read_on_open", True)
    window.words.read_on_open.setChecked(True)
    player_tests.open_and_wait(qtbot, window, clip)
    words = window.words
    qtbot.waitUntil(lambda: words._reading is not None, timeout=10000)  # started once the case has the clip
    qtbot.waitUntil(lambda: words._reading is None and words._text_read, timeout=60000)
    shown = [line.text for line in words.lines["on_screen"]]
    assert any("金字塔" in text for text in shown), shown
    assert window.timeline.word_lane("on_screen") is not None

    report = window.provenance_view.report
    qtbot.waitUntil(lambda: window.provenance_view.report is not None, timeout=10000)
    report = window.provenance_view.report
    assert report.badge.level == "strong" and "Sora" in report.badge.words
    marks = [f for f in report.findings() if f["kind"] == "visible_mark"]
    assert {f["details"]["mark"] for f in marks} >= {"Sora", "AI生成"}
    sora = next(f for f in marks if f["details"]["mark"] == "Sora")
    assert "bottom right" in sora["details"]["seen"] and "pasted onto camera footage" in sora["sentence"]
    assert "Visible marks and AI labels" in window.provenance_panel.shown_text()
    assert "Sora" in window.provenance_badge.text() if hasattr(window.provenance_badge, "text") else True

    # the queue's badge column says it too, and the lines are in the case: opened again, nothing is read
    clip_id = window.case.clip["id"]
    qtbot.waitUntil(lambda: _badge(window, clip_id).startswith("Visible mark"), timeout=5000)
    window.do_close_clip()
    player_tests.open_and_wait(qtbot, window, clip)
    qtbot.waitUntil(lambda: words._text_read, timeout=10000)
    assert words._reading is None
    assert any("金字塔" in line.text for line in words.lines["on_screen"])


def _badge(window, clip_id: int) -> str:
    found = []
    window.case.run_on_store(lambda store: store.clip(clip_id)["badge"] or "", found.append)
    import time

    deadline = time.monotonic() + 5
    while not found and time.monotonic() < deadline:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
    return found[0] if found else ""
