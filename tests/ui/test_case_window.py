"""The case in the real window: a backup put back from the File menu, and an unusable database said in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.store.backup import backups
from tests.ui import test_player_window as player_tests

window = player_tests.window  # the real window with its player and a case database in tmp_path


def test_a_backup_is_restored_from_the_file_menu(qtbot, window, h264_clip, tmp_path, monkeypatch):
    database = tmp_path / "case.db"
    [backup] = backups(database)  # made when the window opened the (then empty) database
    backup_bytes = backup.read_bytes()
    player_tests.open_and_wait(qtbot, window, h264_clip)
    qtbot.waitUntil(lambda: window.case.clip is not None, timeout=10000)
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000) as made:
        window.case.create("claims", {"text": "Made after the backup", "frame_in": 0, "frame_out": 3})
    assert [c["text"] for c in made.args[0]] == ["Made after the backup"]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.case.claims_changed, timeout=10000) as restored:
        window.case_view.restore_action.trigger()
    assert restored.args[0] == []  # the backup predates the claim
    assert "is now the backup" in window.statusBar().currentMessage()
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("case.replaced-") and p.suffix == ".db"]
    assert len(kept) == 1  # the replaced file is beside it, not deleted
    assert backup.read_bytes() == backup_bytes  # the backup itself is never opened, so never changed
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000) as again:
        window.case.create("claims", {"text": "Work goes on", "frame_in": 1, "frame_out": 2})
    assert [c["text"] for c in again.args[0]] == ["Work goes on"]


def test_an_unusable_database_is_said_in_a_dialog(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from app.ui.case import CaseController
    from app.ui.main_window import MainWindow
    from app.ui.tasks import Jobs

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append((title, text)))
    damaged = Path(tmp_path / "damaged.db")
    damaged.write_bytes(b"not a database at all" * 200)
    win = MainWindow(QSettings(), Jobs())
    qtbot.addWidget(win)
    case = CaseController("Test Reviewer")
    win.attach_case(case)
    with qtbot.waitSignal(case.failed, timeout=10000):
        case.open_store(damaged)
    qtbot.waitUntil(lambda: bool(said))
    title, text = said[0]
    assert title == "The case database cannot be used" and "is damaged" in text and "Restore case backup" in text
    assert "Traceback" not in text and damaged.read_bytes() == b"not a database at all" * 200
    case.close()


def _saved(database: Path, read):
    from app.store.store import Store

    store = Store.open(database)
    try:
        return read(store)
    finally:
        store.close()


def test_text_being_typed_is_saved_when_the_clip_closes_or_the_window_closes(qtbot, window, h264_clip, tmp_path):
    database = tmp_path / "case.db"
    player_tests.open_and_wait(qtbot, window, h264_clip)
    qtbot.waitUntil(lambda: window.case.clip is not None, timeout=10000)
    clip_id = window.case.clip["id"]
    summary = window.review.verdict.summary.editor
    summary.setFocus()
    qtbot.keyClicks(summary, "A first summary, typed just before the clip is closed")
    window.do_close_clip()  # well within the typing pause
    qtbot.waitUntil(lambda: _saved(database, lambda s: s.verdict(clip_id)) is not None, timeout=10000)
    assert _saved(database, lambda s: s.verdict(clip_id)["summary"]).startswith("A first summary")

    player_tests.open_and_wait(qtbot, window, h264_clip)
    qtbot.waitUntil(lambda: window.case.clip is not None, timeout=10000)
    uploader = window.review.verdict.source_fields["uploader"].editor
    uploader.setFocus()
    qtbot.keyClicks(uploader, "@typed.then.closed")
    window.close()  # the window's case closes after the field has saved itself
    assert _saved(database, lambda s: s.clip(clip_id)["uploader"]) == "@typed.then.closed"


def test_a_whole_clip_analysis_is_recorded_on_the_clip_it_analysed(qtbot, window, make_clip, h264_clip, tmp_path):
    player_tests.open_and_wait(qtbot, window, h264_clip)
    qtbot.waitUntil(
        lambda: window.case.clip is not None and "noise_level" in window.detector_panel.toggles, timeout=15000
    )
    analysed = window.case.clip["id"]
    job = window.tracks.start(run_missing=True)
    other = make_clip("mjpeg")
    player_tests.open_and_wait(qtbot, window, other)  # another clip is on screen when the analysis finishes
    qtbot.waitUntil(lambda: window.case.clip is not None and window.case.clip["id"] != analysed, timeout=10000)
    qtbot.waitSignal(job.finished, timeout=30000, raising=False)
    every = len(window.detector_panel.toggles)
    qtbot.waitUntil(lambda: len(_saved(tmp_path / "case.db", lambda s: s.analyses(analysed))) == every, timeout=30000)
    assert _saved(tmp_path / "case.db", lambda s: s.analyses(window.case.clip["id"])) == []
