"""The Claims panel in the real window, driven with keys and the mouse; what it saves is read back from the
SQLite file with a Store of the test's own (and again after the window is closed and opened anew)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from app.dossier.palette import RATING_COLOURS
from app.preferences import Preferences
from app.store.rules import RATINGS
from app.store.store import Store
from app.ui.case import CaseController
from app.ui.claims_view import marked_range, rating_scale
from app.ui.main_window import MainWindow
from app.ui.overlays import LiveOverlays
from app.ui.player import PlayerController
from app.ui.tasks import Jobs
from tests.ui import test_player_window as player_tests

pytestmark = pytest.mark.gui

window = player_tests.window
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def database(window) -> Path:
    return window.case._store.path


def stored_claims(path: Path, clip_id: int) -> list[dict]:
    """The claims as the file has them, read with a connection of the test's own."""
    store = Store.open(path)
    try:
        return store.claims(clip_id)
    finally:
        store.close()


def open_in_case(qtbot, window, path) -> dict:
    """Open a clip and wait until it is in the case (its SHA-256 known) with its claims loaded."""
    with qtbot.waitSignal(window.case.clip_changed, timeout=15000, check_params_cb=lambda clip: clip is not None):
        player_tests.open_and_wait(qtbot, window, path)
    return window.case.clip


def go_to(qtbot, window, frame: int) -> None:
    window.player.seek(frame)
    player_tests.wait_for_frame(qtbot, window, frame)


def new_claim(qtbot, window, mark_in: int | None = None, mark_out: int | None = None) -> int:
    """Marks set with I and O, then Ctrl+Shift+N: the id of the claim made."""
    for frame, key in ((mark_in, Qt.Key.Key_I), (mark_out, Qt.Key.Key_O)):
        if frame is not None:
            go_to(qtbot, window, frame)
            player_tests.press(qtbot, window, key)
    panel = window.claims_view.panel
    before = panel.claim_ids()
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        player_tests.press(qtbot, window, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: panel.current is not None and panel.current not in before, timeout=3000)
    return panel.current


def type_text(widget, text: str) -> None:
    """Key presses carrying each character, as a keyboard layout for any script sends them (QTest's own
    keyClicks takes Latin-1 only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def commit_from_input_method(widget, text: str) -> None:
    """Text as a Chinese input method hands it over: one commit after the reviewer picks the characters."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_and_leave(qtbot, window, widget, text: str, typing=type_text) -> None:
    """Type into a field, then Tab out of it: the text is sent when the field loses focus."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000, check_params_cb=lambda rows: has(rows, text)):
        typing(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def has(rows: list[dict], value) -> bool:
    return any(value in row.values() for row in rows)


def test_a_claim_from_the_marks_is_saved_field_by_field(qtbot, window, h264_clip):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.claims_view.panel
    claim_id = new_claim(qtbot, window, 5, 12)
    assert panel.text.hasFocus()  # a new claim is ready to be written
    assert [(c["frame_in"], c["frame_out"]) for c in stored_claims(database(window), clip["id"])] == [(5, 12)]
    assert panel.list.topLevelItem(0).text(0) == "00:00:00.167"  # where it starts; the tip has the range
    assert "00:00:00.167–00:00:00.400 (frames 5–12)" in panel.list.topLevelItem(0).toolTip(0)  # as the PDF has it

    sent = []
    panel.edited.connect(lambda claim, values: sent.append(values))
    qtbot.keyClicks(panel.text, "Cats were")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.text, "worshipped as gods")
    assert sent == []  # not per keystroke: after a pause, or when the field is left
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        pass  # the pause after typing sends it
    assert sent == [{"text": "Cats were\nworshipped as gods"}]
    type_and_leave(qtbot, window, panel.claimant, "Narrator (AI voice)")
    panel.rating.setFocus()
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000, check_params_cb=lambda r: has(r, "Mostly false")):
        for _ in range(4):  # Not rated -> True -> Mostly true -> Mixed -> Mostly false, each saved as chosen
            qtbot.keyClick(panel.rating, Qt.Key.Key_Down)
    type_and_leave(qtbot, window, panel.explanation, "Only some temples; not all cats.")

    (row,) = stored_claims(database(window), clip["id"])
    assert row["id"] == claim_id
    assert (row["text"], row["claimant"], row["rating"], row["explanation"]) == (
        "Cats were\nworshipped as gods",
        "Narrator (AI voice)",
        "Mostly false",
        "Only some temples; not all cats.",
    )
    item = panel.list.topLevelItem(0)
    assert (item.text(1), item.text(2)) == ("Mostly false", "Cats were")  # the rating and the first line


def test_what_is_typed_is_saved_when_the_window_closes_and_is_there_when_it_reopens(qtbot, window, h264_clip):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.claims_view.panel
    new_claim(qtbot, window, 3, 9)
    qtbot.keyClicks(panel.text, "Typed just before closing")  # no pause, no focus change: the close sends it
    path = database(window)
    window.close()
    assert stored_claims(path, clip["id"])[0]["text"] == "Typed just before closing"

    jobs = Jobs()
    second = MainWindow(QSettings(), jobs)
    case = CaseController("Second Reviewer")
    second.attach_case(case)
    with qtbot.waitSignal(case.opened, timeout=10000):
        case.open_store(path)
    second.attach_player(PlayerController(jobs), LiveOverlays(jobs))
    qtbot.addWidget(second)
    second.show()
    try:
        open_in_case(qtbot, second, h264_clip)
        reopened = second.claims_view.panel
        assert reopened.list.topLevelItemCount() == 1
        assert reopened.list.topLevelItem(0).text(2) == "Typed just before closing"
        assert [(r.first, r.last) for r in second.timeline.claim_ranges] == [(3, 9)]
    finally:
        second.close()
        jobs.cancel_all()
        assert jobs.wait(5000)


def test_undo_and_redo_take_back_and_bring_back_an_edit(qtbot, window, h264_clip):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.claims_view.panel
    new_claim(qtbot, window)
    type_and_leave(qtbot, window, panel.claimant, "Caption")
    assert window.actions_by_key["undo"].text() == "Undo editing the claim"
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        window.actions_by_key["undo"].trigger()
    assert panel.claimant.text() == ""
    assert stored_claims(database(window), clip["id"])[0]["claimant"] == ""
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        window.actions_by_key["redo"].trigger()
    assert panel.claimant.text() == "Caption"
    assert stored_claims(database(window), clip["id"])[0]["claimant"] == "Caption"
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        window.actions_by_key["undo"].trigger()
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        window.actions_by_key["undo"].trigger()  # and the claim itself
    assert stored_claims(database(window), clip["id"]) == []
    assert panel.list.topLevelItemCount() == 0 and window.timeline.claim_ranges == []


def test_the_timeline_band_draws_the_claim_and_a_double_click_goes_to_it(qtbot, window, h264_clip):
    open_in_case(qtbot, window, h264_clip)
    claim_id = new_claim(qtbot, window, 20, 40)
    panel = window.claims_view.panel
    panel.rating.setFocus()
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        qtbot.keyClick(panel.rating, Qt.Key.Key_Down)  # True
    (band,) = window.timeline.claim_ranges
    assert (band.claim_id, band.first, band.last) == (claim_id, 20, 40)
    assert band.colour.name() == RATING_COLOURS["True"]  # True's green
    timeline = window.timeline
    grab = timeline.grab().toImage()
    dpr = grab.devicePixelRatio()
    assert grab.pixelColor(int(timeline.x_of(30) * dpr), int(timeline.band_y() * dpr)).name() == RATING_COLOURS["True"]
    assert grab.pixelColor(int(timeline.x_of(55) * dpr), int(timeline.band_y() * dpr)).name() != RATING_COLOURS["True"]

    go_to(qtbot, window, 60)
    qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(timeline.x_of(33)), timeline.band_y()))
    player_tests.wait_for_frame(qtbot, window, 20)
    assert panel.current == claim_id


def test_a_refused_edit_keeps_what_was_typed(qtbot, window, h264_clip):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.claims_view.panel
    new_claim(qtbot, window, 5, 12)
    panel.frame_in.setFocus()
    panel.frame_in.selectAll()
    with qtbot.waitSignal(window.case.refused, timeout=5000) as refusal:
        qtbot.keyClicks(panel.frame_in, "13")  # after the out frame (and 1 is no shortcut here)
        qtbot.keyClick(panel.frame_in, Qt.Key.Key_Tab)
    assert "A claim runs from a frame to the same or a later one" in refusal.args[0]
    note = panel._notes["frames"]
    assert note.isVisible() and refusal.args[0] in note.text()
    assert (panel.frame_in.value(), panel.frame_out.value()) == (13, 12)  # kept on screen
    assert (stored_claims(database(window), clip["id"])[0]["frame_in"]) == 5

    long_text = "Pasted far too much. " * 5000  # over the 100,000 characters a field holds
    panel.text.setFocus()
    panel.text.insertPlainText(long_text)
    with qtbot.waitSignal(window.case.refused, timeout=5000):
        qtbot.keyClick(panel.text, Qt.Key.Key_Tab)
    type_and_leave(qtbot, window, panel.claimant, "Someone")  # another edit reloads the claim from the case
    assert panel.text.toPlainText() == long_text  # the refused text is still there, with why
    assert panel._notes["text"].isVisible() and "100,000" in panel._notes["text"].text()
    row = stored_claims(database(window), clip["id"])[0]
    assert (row["text"], row["claimant"]) == ("", "Someone")

    panel.frame_in.setFocus()
    panel.frame_in.selectAll()
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        qtbot.keyClicks(panel.frame_in, "7")
        qtbot.keyClick(panel.frame_in, Qt.Key.Key_Tab)
    assert not panel._notes["frames"].isVisible()  # taken: the refusal is gone
    assert stored_claims(database(window), clip["id"])[0]["frame_in"] == 7


def test_with_edits_in_flight_each_refusal_lands_on_the_field_it_was_typed_in(qtbot, window, h264_clip):
    clip = open_in_case(qtbot, window, h264_clip)
    panel, case = window.claims_view.panel, window.case
    claim_id = new_claim(qtbot, window, 5, 12)
    heard: list[tuple] = []
    case.edit("claims", claim_id, {"claimant": "A caption"}, done=lambda: heard.append(("claimant", "saved")))
    backwards = {"frame_in": 20, "frame_out": 12}
    case.edit("claims", claim_id, backwards, refused=lambda message: heard.append(("frames", message)))
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=5000)
    assert heard[0] == ("claimant", "saved")
    assert heard[1][0] == "frames" and "the same or a later one" in heard[1][1]

    # another panel's edit refused first, then two of the claim's: the text taken, the explanation refused
    case.edit("clips", clip["id"], {"source_url": "file:///etc/passwd"})
    panel.text.setPlainText("Taken")
    panel.explanation.setPlainText("Pasted far too much. " * 5000)
    panel.commit_all()
    qtbot.waitUntil(panel._notes["explanation"].isVisible, timeout=5000)
    assert "100,000" in panel._notes["explanation"].text()
    qtbot.waitUntil(lambda: stored_claims(database(window), clip["id"])[0]["text"] == "Taken", timeout=5000)
    assert not panel._notes["text"].isVisible()  # the clip's refused link is not the claim text's
    assert panel.text.toPlainText() == "Taken"


def test_chinese_and_arabic_claims_are_kept_exactly(qtbot, window, h264_clip):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.claims_view.panel
    chinese = "长城是从月球上唯一能用肉眼看到的人造建筑"
    arabic = "الأهرامات بناها العبيد في عشر سنوات"
    new_claim(qtbot, window, 1, 4)
    type_and_leave(qtbot, window, panel.text, chinese, typing=commit_from_input_method)
    new_claim(qtbot, window, 30, 50)
    type_and_leave(qtbot, window, panel.text, arabic)
    rows = stored_claims(database(window), clip["id"])
    assert [row["text"] for row in rows] == [chinese, arabic]
    assert [panel.list.topLevelItem(i).text(2) for i in range(2)] == [chinese, arabic]
    assert [band.text for band in window.timeline.claim_ranges] == [chinese, arabic]


def test_a_claim_checked_on_another_clip_shows_while_writing(qtbot, window, h264_clip, make_clip):
    open_in_case(qtbot, window, h264_clip)
    panel = window.claims_view.panel
    new_claim(qtbot, window, 2, 8)
    type_and_leave(qtbot, window, panel.text, "The Great Wall is visible from the Moon")
    panel.rating.setFocus()
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        qtbot.keyClicks(panel.rating, "Sat")  # typing a rating's first letters chooses it (S is no shortcut here)
    other = open_in_case(qtbot, window, make_clip("rotated_phone"))
    assert panel.list.topLevelItemCount() == 0  # the other clip's claims only
    new_claim(qtbot, window)
    with qtbot.waitSignal(window.case.similar_found, timeout=5000, check_params_cb=bool):
        qtbot.keyClicks(panel.text, "Great Wall seen from space")
    assert panel.similar.isVisible() and panel.similar.count() == 1
    hit = panel.similar.item(0)
    assert "The Great Wall is visible from the Moon" in hit.text() and "h264.mp4" in hit.text()
    assert "Satire" in hit.text()
    assert other["file_name"] == "rotated.mp4"


def test_search_all_cases_finds_a_claim_and_goes_to_it(qtbot, window, h264_clip):
    open_in_case(qtbot, window, h264_clip)
    panel = window.claims_view.panel
    first = new_claim(qtbot, window, 10, 20)
    type_and_leave(qtbot, window, panel.text, "Bananas are radioactive enough to glow")
    new_claim(qtbot, window, 40, 50)
    type_and_leave(qtbot, window, panel.text, "Octopuses have three hearts")
    go_to(qtbot, window, 45)
    player_tests.press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.claims_view.search_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(window.case.search_done, timeout=5000):
        qtbot.keyClicks(dialog.query, "radioact")
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.hits.topLevelItemCount() == 1
    hit = dialog.hits.topLevelItem(0)
    assert [hit.text(i) for i in range(3)] == ["claim", "h264.mp4", "Bananas are radioactive enough to glow"]
    dialog.hits.setCurrentItem(hit)
    qtbot.keyClick(dialog.hits, Qt.Key.Key_Return)
    player_tests.wait_for_frame(qtbot, window, 10)
    assert panel.current == first
    dialog.close()


def test_delete_in_the_list_removes_the_claim_and_undo_brings_it_back(qtbot, window, h264_clip):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.claims_view.panel
    claim_id = new_claim(qtbot, window, 5, 6)
    player_tests.press(qtbot, window, Qt.Key.Key_L, CTRL_SHIFT)  # to the list
    assert panel.list.hasFocus()
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert stored_claims(database(window), clip["id"]) == [] and panel.list.topLevelItemCount() == 0
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        window.actions_by_key["undo"].trigger()
    assert [row["id"] for row in stored_claims(database(window), clip["id"])] == [claim_id]
    assert panel.list.topLevelItemCount() == 1


def test_a_claim_without_marks_is_on_the_frame_on_screen_and_moves_to_the_marks(qtbot, window, h264_clip):
    clip = open_in_case(qtbot, window, h264_clip)
    go_to(qtbot, window, 17)
    new_claim(qtbot, window)
    assert [(r["frame_in"], r["frame_out"]) for r in stored_claims(database(window), clip["id"])] == [(17, 17)]
    go_to(qtbot, window, 25)
    player_tests.press(qtbot, window, Qt.Key.Key_I)
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        window.claims_view.actions["claim_from_marks"].trigger()  # one mark: from it to the clip's end
    assert [(r["frame_in"], r["frame_out"]) for r in stored_claims(database(window), clip["id"])] == [(25, 63)]


def test_the_rating_scale_comes_from_the_settings(qtbot, window):
    assert [window.claims_view.panel.rating.itemText(i) for i in range(1, 9)] == list(RATINGS)
    assert rating_scale(Preferences()) == list(RATINGS)
    own = Preferences(rating_scale=("Correct", "Misleading", "Fabricated"))
    assert rating_scale(own) == ["Correct", "Misleading", "Fabricated"]
    window.preferences.keep(replace(window.preferences.current, rating_scale=own.rating_scale))
    assert [window.claims_view.panel.rating.itemText(i) for i in range(1, 4)] == list(own.rating_scale)


def test_marked_range_follows_what_the_timeline_draws():
    assert marked_range(None, None, 7, 64) == (7, 7)
    assert marked_range(5, 12, 30, 64) == (5, 12)
    assert marked_range(5, None, 30, 64) == (5, 63)
    assert marked_range(None, 12, 30, 64) == (0, 12)


def test_keyboard_shortcuts_list_the_claim_commands(qtbot, window):
    from app.ui.help import shortcut_rows

    window.actions_by_key["shortcuts"].trigger()  # F1, as the reviewer opens it
    rows = {(row.command, row.keys) for row in shortcut_rows(window)}
    assert ("New claim", ("Ctrl+Shift+N",)) in rows and ("Search all cases", ("Ctrl+F",)) in rows
    QApplication.processEvents()
