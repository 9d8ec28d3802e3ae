"""The Clips list and getting to a clip in the real window: the case's reviewed clips listed from the start, the
opened clip chosen in the list however it was opened, a search hit on another clip opening that clip at that
place, and the demo saying that its case is being built rather than "No claims yet"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt

from app.store.store import Store
from app.ui.main_window import MainWindow
from app.ui.tasks import Jobs
from tests.case import add_to_case
from tests.ui import test_player_window as player_tests
from tests.ui.test_evidence import go_to, open_in_case

pytestmark = pytest.mark.gui

window = player_tests.window  # the real window with its player, its panels and a case database in tmp_path


def test_the_case_clips_are_listed_when_the_window_opens_the_case(qtbot, make_clip, tmp_path):
    from app.ui.case import CaseController

    database = tmp_path / "reviewed.db"
    store = Store.open(database, "Earlier Reviewer")
    gone = tmp_path / "gone.mp4"
    gone.write_bytes(make_clip("mjpeg").read_bytes())
    reviewed = [make_clip("h264"), make_clip("vp9"), gone]
    for path in reviewed:
        add_to_case(store, path)
    store.close()
    gone.unlink()  # its file is no longer on this machine: nothing to open

    win = MainWindow(QSettings(), Jobs())
    qtbot.addWidget(win)
    case = CaseController("Test Reviewer")
    win.attach_case(case)
    try:
        with qtbot.waitSignal(case.clips_listed, timeout=10000):
            case.open_store(database)
        assert sorted(win.clips.paths()) == sorted(str(p) for p in reviewed[:2])
    finally:
        case.close()


def test_the_opened_clip_is_the_one_chosen_in_the_list(qtbot, window, make_clip):
    first, second = make_clip("h264"), make_clip("mjpeg")
    player_tests.open_and_wait(qtbot, window, first)
    player_tests.open_and_wait(qtbot, window, second)
    assert window.clips.currentItem().data(Qt.ItemDataRole.UserRole) == str(second)
    window.clips.setCurrentRow(0)
    with qtbot.waitSignal(window.player.opened, timeout=10000):
        window.clips.itemActivated.emit(window.clips.currentItem())
    assert window.clips.currentItem().data(Qt.ItemDataRole.UserRole) == str(first)
    player_tests.open_and_wait(qtbot, window, second)  # as File > Open does
    assert window.clips.currentItem().data(Qt.ItemDataRole.UserRole) == str(second)


def test_a_search_hit_on_another_clip_opens_that_clip_at_that_place(qtbot, window, make_clip):
    tower = make_clip("h264")
    open_in_case(qtbot, window, tower)
    go_to(qtbot, window, 0)
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        window.case.create("claims", {"text": "The tower was built in 1999", "frame_in": 21, "frame_out": 30})
    open_in_case(qtbot, window, make_clip("mjpeg"))

    window.claims_view.search()
    dialog = window.claims_view.search_dialog
    with qtbot.waitSignal(window.case.search_done, timeout=5000):
        qtbot.keyClicks(dialog.query, "tower")
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.hits.topLevelItemCount() == 1
    dialog.hits.itemActivated.emit(dialog.hits.topLevelItem(0), 0)
    qtbot.waitUntil(lambda: window.player.clip is not None and window.player.clip.path == tower, timeout=10000)
    qtbot.waitUntil(lambda: window.player.position == 21, timeout=10000)
    claim = window.claims_view.panel.current
    assert claim is not None and window.claims_view.panel.claim(claim)["text"] == "The tower was built in 1999"


def test_the_demo_says_its_case_is_being_built_and_the_first_clip_has_its_source(qtbot, window, monkeypatch):
    from app.demo import clips as demo_clips

    small = tuple((name, replace(recipe, frames=12, gop=6, audio=False)) for name, recipe in demo_clips.DEMO_CLIPS)
    monkeypatch.setattr(demo_clips, "DEMO_CLIPS", small)  # the same clips, short: the test stays quick
    panel = window.claims_view.panel
    window.do_demo()
    assert panel.hint.isVisible() and "being built" in panel.hint.text()
    qtbot.waitUntil(lambda: len(panel.claim_ids()) == 3, timeout=60000)
    assert panel.hint.text().startswith("No claims yet")  # back to what it says for a clip without claims
    fields = window.review.verdict.source_fields
    qtbot.waitUntil(lambda: fields["title"].text() == "The REAL history they don't teach you 🤯", timeout=5000)
    assert fields["upload_date"].text() == "2026-11-02"
    assert len(window.clips.paths()) == len(small)
