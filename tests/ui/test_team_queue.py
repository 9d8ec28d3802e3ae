"""Two real windows on one team case (PostgreSQL) triage the same queue: the row one moderator is on is claimed for
them and the other's queue says so within seconds; the other's decision on it is refused in words; each one's
decisions appear in the other's queue without a refresh; every clip is decided once, audited under its reviewer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from app.store.store import Store
from app.ui.main_window import QUEUE, MainWindow
from app.ui.tasks import Jobs
from tests.ui.test_queue import NAMES, cell, close_window, fill_case, wait_rows

pytestmark = pytest.mark.gui


def team_window(qtbot, url: str, reviewer: str):
    from app.ui.case import CaseController

    jobs = Jobs()
    window = MainWindow(QSettings(), jobs)
    case = CaseController(reviewer)
    window.attach_case(case)
    with qtbot.waitSignal(case.opened, timeout=10000) as opened:
        case.open_store(url)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.page() == QUEUE, timeout=10000)
    wait_rows(qtbot, window, len(NAMES))
    return window, case, jobs, opened.args[0]


def test_two_windows_triage_one_team_queue_without_stepping_on_each_other(qtbot, postgres_url, make_clip):
    fill_case(postgres_url, make_clip)
    first, first_case, first_jobs, shown = team_window(qtbot, postgres_url, "安")
    second, second_case, second_jobs, _ = team_window(qtbot, postgres_url, "Bo")
    try:
        assert shown == postgres_url and "Team case" in first.case_view.database.text()
        ann, bo = first.queue_view, second.queue_view
        ann.go_to_row(0)  # 安 stops on the first clip: it is claimed for her
        qtbot.waitUntil(lambda: cell(second, 0, "status") == "New · 安", timeout=8000)
        assert cell(second, 0, "status", Qt.ItemDataRole.ToolTipRole) == "<p>安 is deciding this clip now.</p>"
        second.activateWindow()
        qtbot.waitUntil(second.isActiveWindow, timeout=5000)
        bo.go_to_row(0)
        with qtbot.waitSignal(bo.queue.refused, timeout=5000) as refused:
            qtbot.keyClick(bo.table, Qt.Key.Key_3)  # Bo tries to decide it anyway
        assert refused.args[0].startswith("安 is deciding")
        assert cell(second, 0, "decision") == "" and second.statusBar().currentMessage() == refused.args[0]
        bo.go_to_row(1)
        with qtbot.waitSignal(bo.queue.saved, timeout=5000):
            qtbot.keyClick(bo.table, Qt.Key.Key_3)
        qtbot.waitUntil(lambda: cell(first, 1, "decision") == "Remove", timeout=8000)  # said to 安's window
        first.activateWindow()  # the triage keys are the window's shortcuts: 安's window is the one in front now
        qtbot.waitUntil(first.isActiveWindow, timeout=5000)
        with qtbot.waitSignal(ann.queue.saved, timeout=5000):
            qtbot.keyClick(ann.table, Qt.Key.Key_1)
        qtbot.waitUntil(lambda: cell(second, 0, "decision") == "No action", timeout=8000)
    finally:
        close_window(qtbot, first, first_case, first_jobs)
        close_window(qtbot, second, second_case, second_jobs)
    store = Store.open(postgres_url)
    decided = [row for row in store.audit() if row["table_name"] == "clips" and "decision" in row["after"]]
    assert {row["reviewer"] for row in decided} == {"安", "Bo"} and len({row["row_id"] for row in decided}) == 2
    assert all(row["claimed_by"] == "" for row in store.clips())  # both windows gave their clips back
