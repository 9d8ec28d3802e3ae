"""The Queue page in the real window over a real case: rows from the store, sorting and filtering in SQL with the
selection kept, the mail-client flow (J/K, Enter to the player, Esc back to the same row), decision keys writing
audited edits and moving on, a bulk edit undone in one step, saved filters, thumbnails and hostile names."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.media.hashing import sha256_file
from app.store.store import Store
from app.ui import queue_groups
from app.ui.main_window import PLAYER, QUEUE, MainWindow
from app.ui.queue_model import COLUMN_KEYS
from app.ui.queue_thumbnails import thumbnail_path
from app.ui.tasks import Jobs
from tests.case import add_to_case

pytestmark = pytest.mark.gui

NAMES = ("h264", "vp9", "mjpeg")


def fill_case(database: Path, make_clip) -> list[dict]:
    """Three real clips in a case, in varied states, as an import would leave them (until the importer lands,
    measured fields are recorded directly)."""
    store = Store.open(database, "Earlier Reviewer")
    rows = []
    for n, name in enumerate(NAMES):
        row = add_to_case(store, make_clip(name))
        store.record_measured(
            row["id"],
            {
                "duration": 2.0 + n,
                "badge": ["Content Credentials", "", "Made with a generator"][n],
                "badge_level": ["strong", "", "worth a look"][n],
                "peak": [0.91, None, 0.4][n],
                "peak_detector": ["Spectral grid", "", "Boiling"][n],
            },
        )
        rows.append(row)
    store.edit("clips", rows[1]["id"], {"uploader": "夜猫子 videos", "platform": "TikTok", "tags": ["farm"]})
    store.close()
    return rows


def cell(window, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    model = window.queue_view.model
    return model.data(model.index(row, COLUMN_KEYS.index(key)), role)


def names(window) -> list[str]:
    return [cell(window, row, "name") for row in range(window.queue_view.model.rowCount())]


def wait_rows(qtbot, window, count: int) -> None:
    model = window.queue_view.model
    qtbot.waitUntil(lambda: model.rowCount() == count and all(model.row_data(r) for r in range(count)), timeout=10000)


def make_window(qtbot, database: Path, with_player: bool = False) -> tuple[MainWindow, object, Jobs]:
    from app.ui.case import CaseController

    jobs = Jobs()
    window = MainWindow(QSettings(), jobs)
    case = CaseController("Test Reviewer")
    window.attach_case(case)
    with qtbot.waitSignal(case.opened, timeout=10000):
        case.open_store(database)
    if with_player:
        from app.ui.overlays import LiveOverlays
        from app.ui.player import PlayerController

        window.attach_player(PlayerController(jobs), LiveOverlays(jobs))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window, case, jobs


def close_window(qtbot, window, case, jobs) -> None:
    window.hide()  # the Clips list's provenance survey starts no further reading
    if window.player is not None:
        window.player.close()
        window.overlays.close()
    case.close()
    jobs.cancel_all()
    assert jobs.wait(5000)
    qtbot.wait(20)  # what the jobs said on their way out reaches the window while it is still there
    assert jobs.wait(5000)
    if shiboken6.isValid(window):  # pytest-qt closes the widgets it was given first, and may have deleted it
        window.close()


@pytest.fixture
def case_rows(tmp_path, make_clip) -> tuple[Path, list[dict]]:
    database = tmp_path / "queue.db"
    return database, fill_case(database, make_clip)


@pytest.fixture
def window(qtbot, case_rows):
    win, case, jobs = make_window(qtbot, case_rows[0])
    qtbot.waitUntil(lambda: win.page() == QUEUE, timeout=10000)  # a case with clips opens on its queue
    wait_rows(qtbot, win, len(NAMES))
    yield win
    close_window(qtbot, win, case, jobs)


def audit_of(database: Path) -> list[dict]:
    store = Store.open(database, "reader")
    try:
        return [row for row in store.audit() if row["table_name"] == "clips" and row["action"] != "create"]
    finally:
        store.close()


def test_the_queue_shows_the_case_rows(window):
    assert sorted(names(window)) == sorted(["h264.mp4", "vp9.webm", "mjpeg.mkv"])
    by_name = {cell(window, row, "name"): row for row in range(3)}
    h264, vp9 = by_name["h264.mp4"], by_name["vp9.webm"]
    assert cell(window, h264, "duration") == "0:02"
    assert cell(window, h264, "peak") == "Spectral grid 0.91"
    assert cell(window, h264, "evidence") == "—"  # not measured
    assert cell(window, h264, "badge") == "Content Credentials"
    from widgets.queue_roles import BADGE_ROLE

    assert cell(window, h264, "badge", BADGE_ROLE)[0] == "#9b1c1c"  # the Provenance panel's "strong" colour
    assert cell(window, vp9, "source") == "TikTok · 夜猫子 videos"
    assert cell(window, vp9, "tags") == "farm"
    assert cell(window, vp9, "status") == "New"
    assert window.queue_view.filters.count.text() == "3 of 3 clips"


def test_sorting_and_filtering_ask_the_store_and_keep_the_selection(qtbot, window):
    view = window.queue_view
    model = view.model
    header = view.table.horizontalHeader()
    with qtbot.waitSignal(model.reordered, timeout=5000):
        header.setSortIndicator(COLUMN_KEYS.index("name"), Qt.SortOrder.AscendingOrder)
    wait_rows(qtbot, window, 3)
    assert names(window) == ["h264.mp4", "mjpeg.mkv", "vp9.webm"]
    view.go_to_row(2)  # vp9
    with qtbot.waitSignal(model.reordered, timeout=5000):
        header.setSortIndicator(COLUMN_KEYS.index("name"), Qt.SortOrder.DescendingOrder)
    wait_rows(qtbot, window, 3)
    assert names(window) == ["vp9.webm", "mjpeg.mkv", "h264.mp4"]
    assert view.table.currentIndex().row() == 0 and view.selected_ids() == [model.clip_id(0)]
    with qtbot.waitSignal(model.reordered, timeout=5000):
        view.filters.search.setText("夜猫")  # uploader, in Chinese: two characters, below the trigram index
    assert names(window) == ["vp9.webm"]
    assert view.filters.count.text() == "1 of 3 clips"
    with qtbot.waitSignal(model.reordered, timeout=5000):
        view.filters.search.setText("")
    with qtbot.waitSignal(model.reordered, timeout=5000):
        view.filters.badge.setCurrentIndex(view.filters.badge.findData("strong"))
    wait_rows(qtbot, window, 1)
    assert names(window) == ["h264.mp4"]
    with qtbot.waitSignal(model.reordered, timeout=5000):
        view.filters.badge.setCurrentIndex(0)
    wait_rows(qtbot, window, 3)
    assert [cell(window, model.row_of(clip_id), "name") for clip_id in view.selected_ids()] == ["vp9.webm"]
    assert cell(window, view.table.currentIndex().row(), "name") == "vp9.webm"  # chosen again once let through


def test_keys_move_open_the_player_and_escape_comes_back_to_the_row(qtbot, tmp_path, case_rows):
    win, case, jobs = make_window(qtbot, case_rows[0], with_player=True)
    try:
        qtbot.waitUntil(lambda: win.page() == QUEUE, timeout=10000)
        wait_rows(qtbot, win, 3)
        table = win.queue_view.table
        win.queue_view.go_to_row(0)
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_J)
        qtbot.keyClick(table, Qt.Key.Key_J)
        qtbot.keyClick(table, Qt.Key.Key_K)
        assert table.currentIndex().row() == 1
        assert win.player.clip is None  # J and K moved in the queue; they did not shuttle the player
        expected = win.queue_view.model.row_data(1)["path"]
        with qtbot.waitSignal(win.player.opened, timeout=10000):
            qtbot.keyClick(table, Qt.Key.Key_Return)
        assert win.page() == PLAYER and str(win.player.clip.path) == expected
        assert win.docks["clips"].isVisible()  # the player's panels are back with it
        qtbot.keyClick(win.view, Qt.Key.Key_Escape)
        assert win.page() == QUEUE
        assert table.currentIndex().row() == 1 and table.hasFocus()
        assert not win.docks["clips"].isVisible()  # the queue has the whole window
    finally:
        close_window(qtbot, win, case, jobs)


def test_a_decision_key_writes_an_audited_edit_and_moves_on(qtbot, window, case_rows):
    view = window.queue_view
    view.go_to_row(0)
    first = view.model.clip_id(0)
    with qtbot.waitSignal(view.queue.saved, timeout=5000) as saved:
        qtbot.keyClick(view.table, Qt.Key.Key_3)
    assert saved.args == ["Saved: editing the clip"]
    assert view.table.currentIndex().row() == 1
    qtbot.waitUntil(lambda: cell(window, 0, "decision") == "Remove", timeout=5000)
    assert cell(window, 0, "status") == "Decided"
    audit = audit_of(case_rows[0])
    assert audit[-1]["row_id"] == first and audit[-1]["reviewer"] == "Test Reviewer"
    assert '"decision": "Remove"' in audit[-1]["after"] and '"queue_status": "Decided"' in audit[-1]["after"]
    with qtbot.waitSignal(view.queue.saved, timeout=5000):
        qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: cell(window, 1, "status") == "In review", timeout=5000)


def test_a_bulk_edit_on_three_rows_is_undone_in_one_step(qtbot, window, case_rows):
    view = window.queue_view
    view.table.selectAll()
    assert len(view.selected_ids()) == 3
    with qtbot.waitSignal(view.queue.saved, timeout=5000) as saved:
        view.assign("Mei Chen")
    assert saved.args == ["Saved: editing 3 clips"]
    qtbot.waitUntil(lambda: all(cell(window, row, "assignee") == "Mei Chen" for row in range(3)), timeout=5000)
    assert window.actions_by_key["undo"].text() == "Undo editing 3 clips"
    with qtbot.waitSignal(view.queue.saved, timeout=5000) as saved:
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == ["Undone: editing 3 clips"]
    qtbot.waitUntil(lambda: all(cell(window, row, "assignee") == "" for row in range(3)), timeout=5000)
    actions = [row["action"] for row in audit_of(case_rows[0])]
    assert actions == ["edit"] + ["edit"] * 3 + ["undo"] * 3  # the fixture's edit, the bulk edit, its undo


def test_a_refused_edit_is_said_in_words(qtbot, window):
    view = window.queue_view
    view.go_to_row(0)
    with qtbot.waitSignal(view.queue.refused, timeout=5000) as refused:
        view.set_priority("soon")
    assert "number" in refused.args[0]
    assert window.statusBar().currentMessage() == refused.args[0]


def test_a_saved_filter_survives_a_new_window(qtbot, window, case_rows):
    view = window.queue_view
    view.filters.status.setCurrentIndex(view.filters.status.findData("New"))
    view.filters.tag.setText("farm")
    view.save_filter("Farm, new")
    win, case, jobs = make_window(qtbot, case_rows[0])
    try:
        again = win.queue_view
        assert "Farm, new" in [again.filters.saved.itemText(n) for n in range(again.filters.saved.count())]
        qtbot.waitUntil(lambda: again.model.loaded, timeout=5000)
        with qtbot.waitSignal(again.model.reordered, timeout=5000):
            again.choose_saved_filter("Farm, new")
        assert again.filters.tag.text() == "farm"
        wait_rows(qtbot, win, 1)
        assert names(win) == ["vp9.webm"]
    finally:
        close_window(qtbot, win, case, jobs)


def test_the_thumbnail_appears_once_the_cache_file_exists(qtbot, window):
    view = window.queue_view
    row = view.model.row_data(0)
    assert cell(window, 0, "thumbnail", Qt.ItemDataRole.DecorationRole) is None
    target = thumbnail_path(view.thumbnail_folder, row["sha256"])
    target.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(160, 90, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(target), "JPEG")
    qtbot.waitUntil(lambda: cell(window, 0, "thumbnail", Qt.ItemDataRole.DecorationRole) is not None, timeout=5000)
    pixmap = cell(window, 0, "thumbnail", Qt.ItemDataRole.DecorationRole)
    assert pixmap.width() == 64 and pixmap.height() == 36

    # painted a row at a time: the thumbnail in its cell, the chosen row on the highlight colour, the others not
    view.go_to_row(1)
    table = view.table
    thumbnail = table.visualRect(view.model.index(0, COLUMN_KEYS.index("thumbnail"))).center()
    chosen = table.visualRect(view.model.index(1, COLUMN_KEYS.index("duration"))).topLeft() + QPoint(2, 2)
    other = table.visualRect(view.model.index(2, COLUMN_KEYS.index("duration"))).topLeft() + QPoint(2, 2)
    picture = table.viewport().grab().toImage()
    assert abs(picture.pixelColor(thumbnail).hue() - QColor(Qt.GlobalColor.darkCyan).hue()) < 10
    highlight = table.palette().color(table.palette().ColorRole.Highlight)
    assert picture.pixelColor(chosen) == highlight and picture.pixelColor(other) != highlight


def test_a_name_with_escape_codes_is_shown_with_visible_controls(qtbot, tmp_path, make_clip):
    hostile = tmp_path / "news\x1b[2J\u202egnp.mp4"
    hostile.write_bytes(make_clip("mjpeg").read_bytes())
    database = tmp_path / "hostile.db"
    store = Store.open(database, "R")
    store.add_clip(hostile, sha256_file(hostile), hostile.stat().st_size, {})
    store.close()
    win, case, jobs = make_window(qtbot, database)
    try:
        wait_rows(qtbot, win, 1)
        assert cell(win, 0, "name") == "news\\x1b[2J\\u202egnp.mp4"
        assert "\\x1b" in cell(win, 0, "name", Qt.ItemDataRole.ToolTipRole)
    finally:
        close_window(qtbot, win, case, jobs)


def test_queue_keys_are_listed_in_the_shortcuts(window):
    from app.ui.help import shortcut_rows

    rows = {(row.section, row.command): row.keys for row in shortcut_rows(window)}
    assert rows[("Queue", "Decide: Remove")] == ("3",)
    assert rows[("Queue", "Next clip")] == ("J",)
    assert rows[("Queue", "Import folder")] == ("Ctrl+Shift+I",)
    assert rows[("View", "The queue")] == ("F2",)
    assert rows[("View", "Back to the queue")] == ("Esc",)


def test_a_group_is_shown_its_decision_and_verdict_carried_and_two_members_compared(
    qtbot, window, case_rows, monkeypatch
):

    database, rows = case_rows
    view = window.queue_view
    store = Store.open(database, "importer")
    store.set_groups({rows[0]["id"]: 7, rows[2]["id"]: 7})  # h264 and mjpeg: re-uploads of one another
    store.close()
    with qtbot.waitSignal(view.model.reordered, timeout=5000):
        view.model.refresh()
    wait_rows(qtbot, window, 3)
    view.go_to_row(view.model.row_of(rows[0]["id"]))
    with qtbot.waitSignal(view.model.reordered, timeout=5000):
        qtbot.keyClick(view.table, Qt.Key.Key_G)
    wait_rows(qtbot, window, 2)
    assert sorted(names(window)) == ["h264.mp4", "mjpeg.mkv"] and view.filters.group.isVisible()
    assert cell(window, 0, "group") == "#7 (2)"
    view.go_to_row(view.model.row_of(rows[0]["id"]))
    with qtbot.waitSignal(view.queue.saved, timeout=5000):
        qtbot.keyClick(view.table, Qt.Key.Key_2)
    first = view.model.row_of(rows[0]["id"])
    qtbot.waitUntil(lambda: cell(window, first, "decision") == "Label as AI-generated", timeout=5000)
    asked = []
    monkeypatch.setattr(queue_groups, "confirmed", lambda parent, title, text: asked.append(text) or True)
    view.go_to_row(view.model.row_of(rows[0]["id"]))
    with qtbot.waitSignal(view.queue.saved, timeout=5000) as saved:
        view.groups.carry_decision()
    assert asked == ["Decide 'Label as AI-generated' for the other clip of group #7?"]
    assert saved.args == ["Saved: editing the clip"]
    other = view.model.row_of(rows[2]["id"])
    qtbot.waitUntil(lambda: cell(window, other, "decision") == "Label as AI-generated", timeout=5000)
    assert cell(window, other, "status") == "Decided"

    store = Store.open(database, "fact-checker")
    store.create("verdicts", rows[0]["id"], {"authenticity": "Likely AI-generated", "summary": "同一段素材。"})
    store.close()
    view.go_to_row(view.model.row_of(rows[0]["id"]))
    with qtbot.waitSignal(view.queue.saved, timeout=5000) as saved:
        view.groups.carry_verdict()
    assert asked[-1].startswith("Give 1 clip of group #7 this clip's verdict ('Likely AI-generated')?")
    assert saved.args == ["Saved: adding the verdict"]
    store = Store.open(database, "checker")
    carried = store.verdict(rows[2]["id"])
    store.close()
    assert carried["summary"].startswith("同一段素材。") and "Carried from h264.mp4" in carried["summary"]
    with qtbot.waitSignal(view.queue.saved, timeout=5000) as saved:
        window.do_undo()  # on the Queue page: the queue's own undo
    assert saved.args == ["Undone: adding the verdict"]

    view.go_to_row(view.model.row_of(rows[0]["id"]))
    qtbot.keyClick(view.table, Qt.Key.Key_C)  # this clip and the next of its group, side by side
    qtbot.waitUntil(
        lambda: any(w.objectName() == "compare-clips" for w in QApplication.topLevelWidgets()), timeout=5000
    )
    [dialog] = [w for w in QApplication.topLevelWidgets() if w.objectName() == "compare-clips"]
    assert sorted(label.text() for label in dialog._names) == ["h264.mp4", "mjpeg.mkv"]
    qtbot.waitUntil(lambda: all(v.image() is not None for v in dialog.views), timeout=10000)
    dialog.close()

    view.filters.group.click()  # the whole queue again
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and not view.filters.group.isVisible(), timeout=5000)


def test_dossiers_for_a_selection_are_written_and_a_refused_clip_listed(
    qtbot, window, case_rows, tmp_path, monkeypatch
):
    from app.ui.export_view import ExportDialog

    database, rows = case_rows
    view = window.queue_view
    store = Store.open(database, "x")  # another file is where the vp9 clip was: its dossier is refused
    store._db.execute("update clips set path = ? where id = ?", [rows[0]["path"], rows[1]["id"]])
    store.close()

    def accept(dialog) -> int:
        dialog.folder.setText(str(tmp_path / "dossiers"))
        dialog.pdf.setChecked(False)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", accept)
    view.table.selectAll()
    view.ask_dossiers()
    qtbot.waitUntil(
        lambda: any(w.objectName() == "queue-failures" for w in QApplication.topLevelWidgets()), timeout=60000
    )
    [failures] = [w for w in QApplication.topLevelWidgets() if w.objectName() == "queue-failures"]
    assert "vp9.webm" in failures.text.toPlainText()
    written = sorted(p.name for p in (tmp_path / "dossiers").glob("*-dossier.json"))
    assert len(written) == 2 and all(name.startswith(("h264", "mjpeg")) for name in written)
    assert "2 dossiers written" in window.statusBar().currentMessage()
    failures.close()


def test_an_edit_answered_after_a_refresh_is_shown_and_rows_further_down_are_fetched_again(qtbot, tmp_path):
    """The store answers in the order it was asked: an edited row that comes back after a refresh was asked for is
    still the edited row; and a refresh fetches again the rows kept from before, beyond its first page (an import's
    groups and badges reach them)."""
    from app.ui.queue_model import PAGE

    database = tmp_path / "many.db"
    store = Store.open(database, "importer")
    with store.transaction():
        ids = [store.add_clip(Path(f"/clips/{n:04d}.mp4"), f"{n:064x}", 1, {})["id"] for n in range(PAGE + 30)]
    store.close()
    win, case, jobs = make_window(qtbot, database)
    try:
        view = win.queue_view
        qtbot.waitUntil(lambda: view.model.rowCount() == len(ids), timeout=10000)
        view.go_to_row(0)
        first = view.model.clip_id(0)
        # a refresh asked for just after the edited row was (as an import's refreshes come, four a second)
        view.queue.edited.connect(lambda _ids: view.model.refresh())
        view.queue.edit([first], {"queue_status": "Second opinion"})
        qtbot.waitUntil(lambda: cell(win, view.model.row_of(first), "status") == "Second opinion", timeout=5000)

        far = PAGE + 10
        view.table.scrollTo(view.model.index(far, 0))
        cell(win, far, "name")  # painted: its page is fetched
        qtbot.waitUntil(lambda: view.model.row_data(far) is not None, timeout=5000)
        far_clip = view.model.clip_id(far)
        store = Store.open(database, "importer")
        store.record_measured(far_clip, {"badge": "Generator watermark found", "badge_level": "strong"})
        store.close()
        view.model.refresh(reload_kept=True)  # as an import's refreshes ask
        qtbot.waitUntil(
            lambda: cell(win, view.model.row_of(far_clip), "badge") == "Generator watermark found", timeout=5000
        )
    finally:
        close_window(qtbot, win, case, jobs)


def test_a_note_the_case_refuses_comes_back_in_its_dialog_with_the_reason(qtbot, window, monkeypatch):
    from app.store.rules import MAX_TEXT
    from app.ui import queue_view as module

    view = window.queue_view
    view.go_to_row(0)
    typed = "长" * (MAX_TEXT + 1)
    asked: list[tuple[str, str]] = []

    def dialog(parent, title, label, text):
        asked.append((label, text))
        return (typed, True) if len(asked) == 1 else (text, False)

    monkeypatch.setattr(module.QInputDialog, "getMultiLineText", staticmethod(dialog))
    view.ask_note()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    label, text = asked[1]
    assert text == typed and f"the most a field holds is {MAX_TEXT:,}" in label


def test_a_clip_opened_in_the_player_is_in_the_queue_when_it_is_shown_again(qtbot, tmp_path, case_rows, make_clip):
    win, case, jobs = make_window(qtbot, case_rows[0], with_player=True)
    try:
        qtbot.waitUntil(lambda: win.page() == QUEUE, timeout=10000)
        wait_rows(qtbot, win, 3)
        win.show_page(PLAYER)
        with qtbot.waitSignal(case.clip_changed, check_params_cb=lambda clip: clip is not None, timeout=10000):
            win.open_paths([str(make_clip("vfr"))])  # joins the case as its hash is known
        win.show_page(QUEUE)
        wait_rows(qtbot, win, 4)
        assert "vfr.mkv" in names(win)
    finally:
        close_window(qtbot, win, case, jobs)
