"""The lanes of words under the timeline and the Words panel: lines drawn where they last, lines shown at once on
rows of their own, a line found under the pointer, double-click and right-click on a line, the panel's search and
the line under the playhead marked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication

from widgets.timeline import Timeline
from widgets.word_lanes import SHOWN, SPOKEN, WordLane, WordSpan
from widgets.words_panel import WordRow, WordsPanel

pytestmark = pytest.mark.gui

FRAMES = 300


def _said() -> WordLane:
    spans = (
        WordSpan(0, 59, "Napoleon was 1.57 m tall", "00:00 – 00:02"),
        WordSpan(60, 149, "拿破仑其实很高", "00:02 – 00:05"),
    )
    return WordLane("subtitles", "Said", spans, QColor(SPOKEN))


def _shown() -> WordLane:
    # a mark in a corner all along, and two captions under it: the mark needs a row of its own
    spans = (
        WordSpan(0, 299, "Sora", "00:00 – 00:10"),
        WordSpan(30, 89, "AI生成", "00:01 – 00:03"),
        WordSpan(120, 200, "Fact: cats glow", "00:04 – 00:06.7"),
    )
    return WordLane("on_screen", "On screen", spans, QColor(SHOWN))


def _timeline(qtbot) -> Timeline:
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.set_clip(FRAMES, [0, 150], lambda n: n / 30, lambda s: f"{s:.1f}")
    timeline.set_word_lanes([_said(), _shown(), WordLane("empty", "Nothing", (), QColor("white"))])
    timeline.resize(900, timeline.sizeHint().height())
    return timeline


def test_lines_shown_at_once_get_rows_of_their_own():
    assert _shown().rows == (0, 1, 1)
    assert _shown().row_count == 2
    assert _said().row_count == 1


def test_a_line_is_found_under_the_pointer_on_its_row(qtbot):
    timeline = _timeline(qtbot)
    said_y = timeline.word_line_y("subtitles")
    lane, index = timeline.word_line_at(QPointF(timeline.x_of(100), said_y))
    assert (lane.key, index) == ("subtitles", 1)
    shown_y = timeline.word_line_y("on_screen")
    assert timeline.word_line_at(QPointF(timeline.x_of(100), shown_y))[1] == 0  # the mark's row
    assert timeline.word_line_at(QPointF(timeline.x_of(100), shown_y + 18)) is None  # between two captions
    assert timeline.word_line_at(QPointF(timeline.x_of(150), shown_y + 18))[1] == 2
    assert timeline.word_line_y("empty") is None  # an empty lane is not drawn


def test_the_lanes_are_painted_in_their_colours_where_the_lines_are(qtbot):
    timeline = _timeline(qtbot)
    picture = timeline.grab().toImage()
    said_y = timeline.word_line_y("subtitles")
    inside = picture.pixelColor(int(timeline.x_of(30)), said_y - 6)
    assert inside.blue() > inside.red() + 20  # the block of a spoken line, blue
    shown_y = timeline.word_line_y("on_screen") + 18
    outside = picture.pixelColor(int(timeline.x_of(105)), shown_y)  # between the two captions: no block
    caption = picture.pixelColor(int(timeline.x_of(60)), shown_y - 6)
    assert caption.red() > outside.red() + 15


def test_double_click_and_right_click_on_a_line(qtbot):
    timeline = _timeline(qtbot)
    timeline.show()
    qtbot.waitExposed(timeline)
    spot = QPoint(int(timeline.x_of(100)), timeline.word_line_y("subtitles"))
    with qtbot.waitSignal(timeline.line_activated) as activated:
        qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=spot)
    assert activated.args == ["subtitles", 1]
    asked = []
    timeline.line_menu_asked.connect(lambda key, index, where: asked.append((key, index)))
    from PySide6.QtGui import QContextMenuEvent

    QApplication.sendEvent(
        timeline, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot, timeline.mapToGlobal(spot))
    )
    assert asked == [("subtitles", 1)]


def test_hovering_a_line_says_its_words_and_times(qtbot):
    timeline = _timeline(qtbot)
    timeline.show()
    qtbot.waitExposed(timeline)
    spot = QPoint(int(timeline.x_of(100)), timeline.word_line_y("subtitles"))
    QApplication.sendEvent(timeline, QHelpEvent(QEvent.Type.ToolTip, spot, timeline.mapToGlobal(spot)))
    tip = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label")
    qtbot.waitUntil(tip.isVisible, timeout=2000)
    assert "拿破仑其实很高" in tip.text() and "00:02 – 00:05" in tip.text()


def _rows() -> list[WordRow]:
    return [
        WordRow("on_screen", 0, 0, 299, "00:00 – 00:10", "Shown", "on-screen text", "Sora"),
        WordRow("subtitles", 0, 0, 59, "00:00 – 00:02", "Said", "clip.en.srt", "Napoleon was 1.57 m tall"),
        WordRow("subtitles", 1, 60, 149, "00:02 – 00:05", "Said", "clip.zh.srt", "拿破仑其实很高\x1b[31m"),
    ]


def test_the_panel_lists_searches_and_follows_the_playhead(qtbot):
    panel = WordsPanel()
    qtbot.addWidget(panel)
    panel.show_rows(_rows(), "Read from clip.en.srt")
    lines = panel.lines
    assert lines.topLevelItemCount() == 3
    assert "\x1b" not in lines.topLevelItem(2).text(2)  # an escape code is shown, not obeyed
    panel.search.setText("拿破仑")
    hidden = [lines.topLevelItem(i).isHidden() for i in range(3)]
    assert hidden == [True, True, False]
    panel.search.clear()
    panel.follow(70)
    bold = [lines.topLevelItem(i).font(2).bold() for i in range(3)]
    assert bold == [True, False, True]
    panel.follow(10)
    assert [lines.topLevelItem(i).font(2).bold() for i in range(3)] == [True, True, False]


def test_the_panel_makes_a_claim_of_the_chosen_line(qtbot):
    panel = WordsPanel()
    qtbot.addWidget(panel)
    panel.show_rows(_rows())
    assert not panel.claim_button.isEnabled()
    panel.select("subtitles", 1)
    with qtbot.waitSignal(panel.claim_asked) as asked:
        panel.claim_button.click()
    assert asked.args == ["subtitles", 1]
    panel.show_rows(_rows())  # shown again (a line more read): the choice stays
    assert panel.selected() == ("subtitles", 1)
