"""Workspaces in the real window, with its real docks at real sizes: Compact leaves the frame most of a 1366 x 768
window, each workspace keeps the docks as they were left in it (back and forth, and at the next start), Reset
workspace, the first start on a laptop's screen, Triage's queue and preview, the toolbar's buttons, keys and words in
Chinese."""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QStyle, QTabBar, QToolButton

from app.ui import queue_preview
from app.ui.language import speak
from app.ui.main_window import MainWindow
from app.ui.overlays import LiveOverlays
from app.ui.pages import PLAYER, QUEUE
from app.ui.player import PlayerController
from app.ui.queue_model import COLUMN_KEYS
from app.ui.queue_thumbnails import thumbnail_path
from app.ui.tasks import Jobs
from app.ui.workspaces import CURRENT_KEY, first_workspace
from tests.i18n.shown_words import english_shown
from tests.ui.test_queue import NAMES, close_window, fill_case, make_window, wait_rows
from widgets.queue_preview import QueuePreview

pytestmark = pytest.mark.gui

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
SIDE_PANELS = ("claims", "verdict", "sources", "evidence", "clips", "detectors", "media", "provenance")


@pytest.fixture
def opened(qtbot, tmp_path):
    """open(screen_width=None) -> the real window with its case, player and every dock; closed after the test."""
    made = []

    def open_window(screen_width: int | None = None) -> MainWindow:
        from app.ui.case import CaseController

        jobs = Jobs()
        win = MainWindow(QSettings(), jobs, screen_width=screen_width)
        case = CaseController("Test Reviewer")
        win.attach_case(case)
        with qtbot.waitSignal(case.opened, timeout=10000):
            case.open_store(tmp_path / "case.db")
        win.attach_player(PlayerController(jobs), LiveOverlays(jobs))
        win.show()
        qtbot.waitExposed(win)
        at_laptop_size(qtbot, win)
        made.append((win, case, jobs))
        return win

    yield open_window
    for win, case, jobs in made:
        close_window(qtbot, win, case, jobs)
        win.deleteLater()


def settle(qtbot, window) -> None:
    qtbot.wait(50)  # the dock layout settles on the next pass of the event loop


def at_laptop_size(qtbot, window) -> None:
    """The window at a 1366 x 768 laptop's size, as far as its docks let it be that small."""
    window.resize(1366, 768)
    settle(qtbot, window)


def in_one_column(window) -> bool:
    docks = window.docks
    claims = docks["claims"]
    shown = [key for key in SIDE_PANELS if not docks[key].isHidden()]
    tabbed = set(window.tabifiedDockWidgets(claims)) | {claims}
    return all(window.dockWidgetArea(docks[key]) == RIGHT and docks[key] in tabbed for key in shown)


def test_compact_leaves_the_frame_most_of_a_laptop_screen(qtbot, opened):
    window = opened()
    assert window.workspaces.current == "review"
    settle(qtbot, window)
    assert window.view.width() < 0.6 * window.width()  # Review's two side columns on a 1366 px window
    window.actions_by_key["side_by_side"].setChecked(False)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    at_laptop_size(qtbot, window)
    assert window.workspaces.current == "compact" and window.workspaces.actions["compact"].isChecked()
    assert (window.width(), window.height()) == (1366, 768)
    assert window.view.width() >= 0.6 * window.width()
    assert in_one_column(window)
    assert window.docks["claims"].widget().isVisible()  # the claims in front


def test_the_panels_added_once_the_window_is_on_screen_are_shown(qtbot, tmp_path):
    from app.ui.case import CaseController

    jobs = Jobs()
    window = MainWindow(QSettings(), jobs, screen_width=1920)
    window.show()  # as at start-up: the case and the player come after the first paint
    qtbot.waitExposed(window)
    case = CaseController("Test Reviewer")
    try:
        window.attach_case(case)
        with qtbot.waitSignal(case.opened, timeout=10000):
            case.open_store(tmp_path / "case.db")
        window.attach_player(PlayerController(jobs), LiveOverlays(jobs))
        at_laptop_size(qtbot, window)
        assert [key for key, dock in window.docks.items() if dock.isHidden()] == []  # in front, or behind a tab
        assert window.docks["claims"].isVisible() and window.docks["words"].isVisible()
        assert window.docks["words"].height() < window.view.height()  # the frame keeps most of the height
    finally:
        close_window(qtbot, window, case, jobs)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_compacts_tabs_name_every_panel_in_whole_words(qtbot, qapp, opened, language):
    speak(qapp, language)
    try:
        window = opened(1366)
        settle(qtbot, window)
        assert window.workspaces.current == "compact" and window.view.width() >= 0.6 * window.width()
        bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
        assert bars and max(bar.count() for bar in bars) >= len(SIDE_PANELS)
        for bar in bars:
            assert bar.elideMode() == Qt.TextElideMode.ElideNone
            padding = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
            for tab in range(bar.count()):
                words = bar.tabText(tab)
                assert bar.tabRect(tab).width() >= bar.fontMetrics().horizontalAdvance(words) + padding, words
        assert bar.usesScrollButtons()  # eleven whole names do not fit one column: they scroll
    finally:
        speak(qapp, "en")


def test_each_workspace_keeps_its_docks_back_and_forth_and_reset_restores_the_default(qtbot, opened):
    window = opened()
    docks = window.docks
    docks["media"].hide()  # the reviewer's own Review layout
    window.workspaces.switch("compact")
    settle(qtbot, window)
    assert in_one_column(window) and not docks["media"].isHidden()
    docks["detectors"].hide()  # and their own Compact layout
    window.workspaces.switch("review")
    settle(qtbot, window)
    assert docks["media"].isHidden() and not docks["detectors"].isHidden()
    assert window.dockWidgetArea(docks["clips"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    window.workspaces.switch("compact")
    settle(qtbot, window)
    assert docks["detectors"].isHidden() and not docks["media"].isHidden() and in_one_column(window)
    window.actions_by_key["reset_layout"].trigger()
    settle(qtbot, window)
    assert not docks["detectors"].isHidden() and in_one_column(window)
    window.workspaces.switch("review")
    assert docks["media"].isHidden()  # Reset touched only Compact


def test_the_window_starts_in_the_workspace_and_layout_last_used(qtbot, opened):
    window = opened()
    window.workspaces.switch("compact")
    window.docks["provenance"].hide()
    window.close()
    again = opened()
    settle(qtbot, again)
    assert again.workspaces.current == "compact" and again.workspaces.actions["compact"].isChecked()
    assert again.docks["provenance"].isHidden() and in_one_column(again)


@pytest.mark.parametrize(("screen_width", "expected"), [(1366, "compact"), (1920, "review")])
def test_a_first_start_on_a_laptop_screen_is_compact(qtbot, opened, screen_width, expected):
    window = opened(screen_width)
    settle(qtbot, window)
    assert window.workspaces.current == expected == first_workspace(screen_width)
    assert in_one_column(window) == (expected == "compact")
    if expected == "compact":
        assert window.view.width() >= 0.6 * window.width()
    QSettings().setValue(CURRENT_KEY, "review")
    assert opened(1366).workspaces.current == "review"  # only a first start follows the screen


def test_triage_shows_the_queue_large_with_a_preview_of_the_selected_clip(qtbot, tmp_path, make_clip, monkeypatch):
    database = tmp_path / "queue.db"
    fill_case(database, make_clip)
    released, read_on, held = threading.Event(), [], []

    def keyframe_read_slowly(path):  # the real read, on whichever thread the preview asks it on; the first row's
        read_on.append(threading.current_thread())  # held until released
        if path == keyframe:
            held.append(path)
            released.wait(10)
        return read_keyframe(path)

    read_keyframe = queue_preview._keyframe
    monkeypatch.setattr(queue_preview, "_keyframe", keyframe_read_slowly)
    window, case, jobs = make_window(qtbot, database, with_player=True)
    try:
        queue = window.queue_view
        wait_rows(qtbot, window, len(NAMES))
        assert window.page() == QUEUE  # in Review, no preview
        queue.table.selectionModel().clear()  # and no clip chosen
        picture = QImage(160, 90, QImage.Format.Format_RGB32)
        picture.fill(QColor("#c04020"))
        rows = [queue.model.row_data(row) for row in range(len(NAMES))]
        keyframe, fifo = (thumbnail_path(queue.thumbnail_folder, row["sha256"]) for row in rows[:2])
        for path in (keyframe, fifo):
            path.parent.mkdir(parents=True, exist_ok=True)
        assert picture.save(str(keyframe), "JPEG")
        os.mkfifo(fifo)  # never opened: no picture, and no hang
        released.set()
        window.workspaces.actions["triage"].trigger()
        assert window.page() == QUEUE and window.pages.preview.panel.isVisible()
        preview = window.pages.preview.panel
        assert preview.width() >= 320 and queue.table.width() > preview.width()
        # a clip's name takes the width the other columns leave, but neither all of it, hiding what triage decides
        # beside it, nor so little that the name is cut to "g…4": the columns after it scroll
        name = COLUMN_KEYS.index("name")
        for width in (3000, 1366):
            window.resize(width, 768)
            settle(qtbot, window)
            assert 300 <= queue.table.columnWidth(name) <= max(300, queue.table.viewport().width() // 2), width
        # a clip at once: the first row chosen, its keyframe read off the GUI thread
        assert queue.table.currentIndex().row() == 0
        facts = dict(preview.fact_texts())
        assert facts["Name"] == rows[0]["file_name"] and facts["Status"] == "New"
        qtbot.waitUntil(lambda: not preview.picture.pixmap().isNull(), timeout=5000)
        shown = preview.picture.pixmap()
        assert shown.width() >= 320 and shown.toImage().pixelColor(160, 90).red() > 150
        assert read_on and threading.main_thread() not in read_on
        queue.go_to_row(1)
        assert dict(preview.fact_texts())["Name"] == rows[1]["file_name"]
        qtbot.waitUntil(lambda: preview.picture.text() == "No keyframe yet", timeout=5000)
        # the later choice wins: a keyframe read slowly for the clip left is not shown over the clip chosen
        released.clear()
        held.clear()
        queue.go_to_row(0)
        queue.go_to_row(1)
        qtbot.waitUntil(lambda: bool(held) and preview.picture.text() == "No keyframe yet", timeout=5000)
        released.set()
        assert jobs.wait(5000)
        QApplication.processEvents()  # the answer the held read posted
        assert preview.picture.pixmap().isNull() and preview.picture.text() == "No keyframe yet"
        assert dict(preview.fact_texts())["Name"] == rows[1]["file_name"]
        window.workspaces.switch("review")
        assert window.page() == PLAYER and not preview.isVisibleTo(window)
        window.workspaces.switch("triage")
    finally:
        released.set()
        close_window(qtbot, window, case, jobs)
    window, case, jobs = make_window(qtbot, database)  # the next start: on the queue, with the preview
    try:
        qtbot.waitUntil(lambda: window.page() == QUEUE, timeout=10000)
        assert window.workspaces.current == "triage" and window.pages.preview.panel.isVisible()
        preview = window.pages.preview.panel  # with the first clip as soon as the rows are read
        qtbot.waitUntil(lambda: dict(preview.fact_texts()).get("Name") == rows[0]["file_name"], timeout=5000)
        qtbot.waitUntil(lambda: not preview.picture.pixmap().isNull(), timeout=5000)
    finally:
        close_window(qtbot, window, case, jobs)


def test_the_toolbar_has_marks_loop_and_side_by_side_with_icons_keys_and_tab_focus(qtbot, opened):
    window = opened()
    qtbot.waitUntil(lambda: not window.actions_by_key["loop"].icon().isNull(), timeout=10000)
    on_toolbar = set(window.transport.actions())
    for key, keys in (("mark_in", "(I)"), ("mark_out", "(O)"), ("loop", "(Ctrl+L)"), ("side_by_side", "(S)")):
        action = window.actions_by_key[key]
        assert action in on_toolbar and not action.icon().isNull() and keys in action.toolTip()
    for action in window.workspaces.actions.values():
        assert action in window.workspaces.toolbar.actions() and "Ctrl+Alt+" in action.toolTip()
    buttons = window.transport.findChildren(QToolButton) + window.workspaces.toolbar.findChildren(QToolButton)
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons if b.defaultAction() is not None)
    assert window.transport.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    window.workspaces.text_beside_icons.trigger()
    assert window.transport.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.workspaces.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    again = opened()
    assert again.transport.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon  # remembered


def test_the_workspace_menu_and_toolbar_speak_chinese(qtbot, qapp):
    speak(qapp, "zh_CN")
    jobs = Jobs()
    try:
        window = MainWindow(QSettings(), jobs)
        qtbot.addWidget(window)
        window.show()
        assert english_shown(window.menus["&View"]) == []  # the Workspace menu, Reset, text beside icons
        assert english_shown(window.workspaces.toolbar) == []
        assert window.workspaces.actions["compact"].text() == "紧凑(&C)"
        preview = QueuePreview()
        qtbot.addWidget(preview)
        preview.show_facts([("名称", "0:02")])
        preview.show_picture(None)
        assert english_shown(preview) == []
        preview.show_nothing()
        assert english_shown(preview) == []
    finally:
        speak(qapp, "en")
        jobs.cancel_all()
        assert jobs.wait(5000)
