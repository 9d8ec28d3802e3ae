"""Screenshots of the clip-level evidence (Clips list, Clip evidence panel, calibration dialog), dark and light, with
Chinese clip names, for a person to look at. Not part of the suite (no test_ prefix); run it by name:

    REELCHECK_SHOTS=/tmp/shots pytest tests/ui/shots_clip_evidence.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.test_clip_evidence_window import case_window, decided_case, shipped  # noqa: F401 (fixtures)

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_screenshots(qtbot, case_window, make_clip, shipped, tmp_path, theme):  # noqa: F811
    from app.ui.theme import apply_theme

    folder = Path(os.environ.get("REELCHECK_SHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    if theme == "dark":
        apply_theme(app)
    else:
        app.setStyleSheet("")
        app.setPalette(QPalette())
    clips = []
    for name, kind in (
        ("长城的历史.mp4", "h264"),
        ("深海巨鱿_AI生成.webm", "vp9"),
        ("street_market_2019.mkv", "mjpeg"),
    ):
        clips.append(tmp_path / name)
        shutil.copyfile(make_clip(kind), clips[-1])
    database = tmp_path / "case.db"
    decided_case(database, clips, generated=12, camera=12)
    win = case_window(database)
    win.resize(1440, 900)
    for path in clips:
        qtbot.waitUntil(lambda p=path: win.clips.figure_of(str(p)) not in ("",), timeout=90000)
    with qtbot.waitSignal(win.player.opened, timeout=10000):
        win.open_paths([str(clips[0])])
    view = win.clip_evidence
    qtbot.waitUntil(lambda: view.panel.figure.isVisibleTo(view.panel), timeout=60000)
    win.shell.show_dock("clip_evidence")
    qtbot.wait(300)
    win.grab().save(str(folder / f"{theme}_window.png"))
    win.docks["clips"].grab().save(str(folder / f"{theme}_clips_list.png"))
    win.docks["clip_evidence"].grab().save(str(folder / f"{theme}_clip_evidence_panel.png"))
    (folder / f"{theme}_clips_tooltip.txt").write_text(win.clips.item(0).toolTip(), encoding="utf-8")
    view.ask_calibration()
    dialog = view.dialog
    qtbot.waitUntil(lambda: dialog.use_newsroom.isEnabled(), timeout=30000)
    qtbot.wait(200)
    dialog.grab().save(str(folder / f"{theme}_calibration_dialog.png"))
    dialog.close()
    if theme == "light":
        apply_theme(app)  # the suite's look for whatever runs next
