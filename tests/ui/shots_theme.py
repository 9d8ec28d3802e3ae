"""Screenshots of the real window with a clip open and its provenance read, dark and light, in English and Chinese,
for a person to look at. Not part of the suite (no test_ prefix); run it by name:

    REELCHECK_SHOTS=/tmp/shots pytest tests/ui/shots_theme.py
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.language import speak
from app.ui.theme import apply_theme, follow_theme
from tests.ui.test_clip_evidence_window import case_window, decided_case, shipped  # noqa: F401 (fixtures)

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots(qtbot, case_window, make_clip, shipped, tmp_path, theme, language):  # noqa: F811
    folder = Path(os.environ.get("REELCHECK_SHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    apply_theme(app, theme)  # before the window, as at start-up
    speak(app, language)
    try:
        clips = [tmp_path / "长城的历史.mp4", tmp_path / "street_market_2019.mkv"]
        for path, kind in zip(clips, ("h264", "mjpeg"), strict=True):
            shutil.copyfile(make_clip(kind), path)
        database = tmp_path / "case.db"
        decided_case(database, clips, generated=3, camera=3)
        win = case_window(database)
        win.resize(1366, 768)
        with qtbot.waitSignal(win.player.opened, timeout=10000):
            win.open_paths([str(clips[0])])
        qtbot.wait(1500)
        win.grab().save(str(folder / f"{theme}_{language}_window.png"))
        win.shell.show_dock("provenance")
        qtbot.wait(300)
        win.grab().save(str(folder / f"{theme}_{language}_provenance.png"))
    finally:
        speak(app, "en")
        apply_theme(app)  # the suite's look for whatever runs next


def test_screenshot_after_switching(qtbot, case_window, make_clip, shipped, tmp_path):  # noqa: F811
    """The window built dark, then turned light in the settings: what is not built again must follow too."""
    folder = Path(os.environ.get("REELCHECK_SHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    apply_theme(app, "dark")
    try:
        clip = tmp_path / "长城的历史.mp4"
        shutil.copyfile(make_clip("h264"), clip)
        database = tmp_path / "case.db"
        decided_case(database, [clip], generated=2, camera=2)
        win = case_window(database)
        follow_theme(app, win.preferences)
        win.resize(1366, 768)
        with qtbot.waitSignal(win.player.opened, timeout=10000):
            win.open_paths([str(clip)])
        win.shell.show_dock("provenance")
        qtbot.wait(1500)
        win.preferences.keep(replace(win.preferences.current, theme="light"))
        qtbot.wait(300)
        win.grab().save(str(folder / "switched_to_light_window.png"))
    finally:
        apply_theme(app)
