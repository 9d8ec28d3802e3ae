"""The logs kept for a bug report: bounded, shown without obeying what is in them, a crash's stacks caught, and
Help > About copying the details (nothing is sent)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app import diagnostics


def test_the_log_never_grows_past_its_bound(tmp_path: Path, monkeypatch):
    import logging

    monkeypatch.setattr(diagnostics, "LOG_BYTES", 4096)
    handler = diagnostics._BoundedLog(tmp_path / "reelcheck.log")
    log = logging.getLogger("test-bounded-log")
    log.addHandler(handler)
    try:
        for number in range(2000):
            log.error("line %d of a noisy run", number)
    finally:
        log.removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reelcheck.log", "reelcheck.log.1"]
    assert all(p.stat().st_size < 4096 + 100 for p in tmp_path.iterdir())
    assert diagnostics.last_lines(tmp_path / "reelcheck.log", 1) == ["line 1999 of a noisy run"]


def test_last_lines_show_control_characters_as_codes(tmp_path: Path):
    path = tmp_path / "reelcheck.log"
    path.write_bytes(b"first\nERROR \x1b]0;owned\x07 \xe2\x80\xae txt.exe\n")
    assert diagnostics.last_lines(path) == ["first", "ERROR \\x1b]0;owned\\x07 \\u202e txt.exe"]


def test_a_log_that_is_a_pipe_or_missing_shows_nothing(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe.log")
    assert diagnostics.last_lines(tmp_path / "pipe.log") == []
    assert diagnostics.last_lines(tmp_path / "missing.log") == []


def test_a_crash_leaves_every_threads_stack_in_the_crash_log(tmp_path: Path):
    environment = {**os.environ, "XDG_STATE_HOME": str(tmp_path)}
    code = "from app.diagnostics import start_logging; start_logging(); import faulthandler; faulthandler._sigsegv()"
    crashed = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, timeout=60)
    assert crashed.returncode != 0
    crash_log = (tmp_path / "reelcheck" / "log" / "crash.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in crash_log and "<string>" in crash_log


def test_about_shows_the_logs_last_lines_and_copies_the_details(qtbot, qapp):
    from app.ui.about_dialog import AboutDialog

    diagnostics.log_folder().mkdir(parents=True, exist_ok=True)
    diagnostics.log_path().write_text("2026-12-06 INFO app: opened 李明的片段.mp4\n", encoding="utf-8")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.log.toPlainText() == "2026-12-06 INFO app: opened 李明的片段.mp4"
    details = dialog.copy_details()
    assert qapp.clipboard().text() == details
    assert "ReelCheck: " in details and "PySide6: " in details and "李明的片段.mp4" in details
    assert "Last lines of the crash log:\n(none)" in details


def test_about_speaks_chinese(qtbot, qapp):
    from app.ui.about_dialog import AboutDialog
    from app.ui.language import speak
    from tests.i18n.shown_words import english_shown

    speak(qapp, "zh_CN")
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert english_shown(dialog) == []
        dialog.copy_details()
        assert dialog.copied.text() == "已复制：请粘贴到你的报告中。"
    finally:
        speak(qapp, "en")
