"""The queue's long work from the window: a folder imported with rows appearing, a summary in the status bar and
the files that failed listed with their reasons; the queue exported as CSV; a selection analysed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.ui.main_window import QUEUE
from tests.ui.test_queue import cell, close_window, fill_case, make_window, names, wait_rows

pytestmark = pytest.mark.gui


def test_a_dropped_folder_is_imported_and_its_failures_listed(qtbot, tmp_path, make_clip):
    folder = tmp_path / "reports"
    (folder / "deeper").mkdir(parents=True)
    (folder / "h264.mp4").write_bytes(make_clip("h264").read_bytes())
    (folder / "deeper" / "vp9.webm").write_bytes(make_clip("vp9").read_bytes())
    (folder / "broken\x1b[31m.mp4").write_bytes(b"not a video at all" * 100)
    win, case, jobs = make_window(qtbot, tmp_path / "empty.db")
    try:
        view = win.queue_view
        qtbot.waitUntil(lambda: view.model.loaded, timeout=5000)
        assert view.table.empty_text.startswith("No clips in this case yet")
        view.table.files_dropped.emit([str(folder)])
        assert win.page() == QUEUE
        qtbot.waitUntil(lambda: view.importing is None, timeout=30000)
        wait_rows(qtbot, win, 2)
        assert sorted(names(win)) == ["h264.mp4", "vp9.webm"]
        assert win.statusBar().currentMessage().startswith("Imported: 2 added, 0 already in the case")
        dialog = win.findChild(QDialog, "queue-failures")
        assert dialog is not None and dialog.isVisible()
        listed = dialog.text.toPlainText()
        assert "broken\\x1b[31m.mp4" in listed and "\x1b" not in listed
        dialog.close()
        row = view.model.row_data(0)
        assert row["duration"] is not None and row["duration"] > 0  # measured by the import
    finally:
        close_window(qtbot, win, case, jobs)


def test_the_queue_is_exported_as_csv(qtbot, tmp_path, make_clip):
    database = tmp_path / "queue.db"
    rows = fill_case(database, make_clip)
    win, case, jobs = make_window(qtbot, database)
    try:
        wait_rows(qtbot, win, 3)
        target = tmp_path / "out" / "queue.csv"
        target.parent.mkdir()
        win.queue_view.export(target, "csv")
        qtbot.waitUntil(target.exists, timeout=10000)
        text = target.read_text(encoding="utf-8-sig")
        assert all(row["sha256"] in text for row in rows)
        qtbot.waitUntil(lambda: "Saved 3 clips" in win.statusBar().currentMessage(), timeout=5000)
    finally:
        close_window(qtbot, win, case, jobs)


def _one_clip_imported(tmp_path, seconds: int):
    """A case with one short clip of footage, imported as the Queue imports it."""
    from tests.queue.footage import imported_case, write_footage

    clip = write_footage(tmp_path / "tiny.mp4", 31, size=(160, 90), seconds=seconds, fps=10)
    return imported_case(tmp_path, [clip], reviewer="R")[0]


def test_analysing_the_selection_fills_in_evidence_and_peak(qtbot, tmp_path):
    database = _one_clip_imported(tmp_path, seconds=2)
    win, case, jobs = make_window(qtbot, database)
    try:
        wait_rows(qtbot, win, 1)
        view = win.queue_view
        assert cell(win, 0, "evidence") == "—"
        view.go_to_row(0)
        view.analyse_selection()
        qtbot.waitUntil(lambda: cell(win, 0, "evidence") != "—", timeout=30000)
        assert cell(win, 0, "evidence").endswith("%") and cell(win, 0, "peak") != "—"
        qtbot.waitUntil(lambda: win.statusBar().currentMessage().startswith("Analysis done: 1 analysed"), timeout=5000)
    finally:
        close_window(qtbot, win, case, jobs)


def test_analysing_on_a_cluster_that_is_not_there_says_why_in_the_failures(qtbot, tmp_path):
    """With a cluster in the Team settings, Analyse goes to it; one that does not answer is the reason given."""
    import socket
    from dataclasses import replace

    database = _one_clip_imported(tmp_path, seconds=1)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        nobody = f"127.0.0.1:{probe.getsockname()[1]}"
    win, case, jobs = make_window(qtbot, database)
    try:
        wait_rows(qtbot, win, 1)
        view = win.queue_view
        view.shell.preferences.current = replace(view.shell.preferences.current, cluster=nobody)
        view.go_to_row(0)
        view.analyse_selection()
        qtbot.waitUntil(lambda: win.findChild(QDialog, "queue-failures") is not None, timeout=10000)
        listed = win.findChild(QDialog, "queue-failures").text.toPlainText()
        assert f"Ray cluster {nobody}" in listed and f"No Ray cluster answers at {nobody}" in listed
        assert win.statusBar().currentMessage().startswith("Analysis done: 0 analysed, 1 failed")
        assert cell(win, 0, "evidence") == "—"
    finally:
        close_window(qtbot, win, case, jobs)
