"""The player area in Simplified Chinese: the real main window (menus, toolbar, docks, status bar), the player with a
clip open (readouts, captions, sound, forensic filters, Go to), the keyboard shortcuts, the compare dialog, score
lanes and a job's failure, built through their real code paths with ReelCheck speaking Chinese.

The panels other areas own (Media facts, Detectors, Provenance, Words, Clip evidence) are checked by their own
areas' tests: their words are left out here, and so is the clip's file name (data, never translated)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor

from analyzers.filters import FILTERS
from app.i18n import translate
from app.ui.language import speak
from app.ui.main_window import MainWindow
from app.ui.tasks import Jobs, explain
from tests.i18n.shown_words import english_shown

pytestmark = pytest.mark.gui


@pytest.fixture
def chinese(qapp):
    speak(qapp, "zh_CN")
    yield
    speak(qapp, "en")


@pytest.fixture
def window(qtbot, chinese):
    """The real main window as it paints first, before the media engine has loaded."""
    jobs = Jobs()
    win = MainWindow(QSettings(), jobs)
    qtbot.addWidget(win)
    win.show()
    yield win
    jobs.cancel_all()
    assert jobs.wait(5000)


@pytest.fixture
def player_window(qtbot, chinese):
    """The real main window with the player and the detectors, without a case."""
    from app.ui.overlays import LiveOverlays
    from app.ui.player import PlayerController

    jobs = Jobs()
    win = MainWindow(QSettings(), jobs)
    win.attach_player(PlayerController(jobs), LiveOverlays(jobs))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.player.close()
    win.overlays.close()
    jobs.cancel_all()
    assert jobs.wait(5000)


def player_area_english(win: MainWindow, clip_name: str = "") -> list[str]:
    """The English words the window shows, less those of the panels other areas own and the clip's name."""
    others = [win.facts, win.docks["detectors"].widget(), win.provenance_panel, win.provenance_badge]
    if win.player is not None:
        others += [win.words.panel, win.clip_evidence.panel]
    theirs = {line for panel in others for line in english_shown(panel)}
    if win.player is not None:
        evidence = win.clip_evidence
        for action in (evidence.measure_action, evidence.calibrate_action, evidence.automatic_action):
            theirs |= {f"action: {action.text()}", f"action tooltip: {action.toolTip()}"}
        theirs.add(f"action: {win.docks['clip_evidence'].toggleViewAction().text()}")
    return [line for line in english_shown(win) if line not in theirs and not (clip_name and clip_name in line)]


def test_the_window_speaks_chinese_from_its_first_paint(window):
    assert player_area_english(window) == []
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "播放(&P)", "视图(&V)", "分析(&A)", "核查(&R)", "帮助(&H)"]
    assert "&Review" in window.menus  # the views still find their menus by the English title
    assert window.actions_by_key["open"].text() == "打开片段(&O)…"
    assert window.actions_by_key["close_clip"].toolTip() == "关闭片段（Ctrl+W）"
    assert window.docks["media"].windowTitle() == "媒体信息"
    assert window.readout.frame.text() == "没有片段"
    assert window.timeline.accessibleName() == "时间轴"
    cpu = next(action for action in window.provider_menu.actions() if action.data() == "cpu")
    cpu.trigger()
    assert window.statusBar().currentMessage() == "检测器的运行设备将改为：CPU，下次启动时生效。"


def test_the_player_with_a_clip_open_speaks_chinese(qtbot, player_window, make_clip):
    from app.ui.help import shortcut_rows

    win = player_window
    path = make_clip("with_audio")
    with qtbot.waitSignal(win.player.opened, timeout=10000):
        win.open_paths([str(path)])
    qtbot.waitUntil(lambda: win.readout.frame.text() == "帧 0 / 47  关键帧", timeout=10000)
    win.set_side_by_side(True)
    assert win.view.caption == "解码原样，不含热力图"
    assert win.heatmap_view.caption == "没有开启任何检测器：请在“检测器”面板中开启一个"
    win.forensic.actions["ela"].trigger()
    assert win.readout.filter.text() == "滤镜：误差水平分析"
    assert win.view.caption == "误差水平分析，不含热力图"
    assert "音量 100%" in win.sound_view.label.text()
    assert any(row.section == "视图 > 取证滤镜" and row.keys == ("Alt+1",) for row in shortcut_rows(win))
    with pytest.raises(ValueError, match="此片段的帧号为 0 至 47。"):
        win.player.resolve("100")
    assert player_area_english(win, path.name) == []


def test_the_keyboard_shortcuts_speak_chinese(qtbot, window):
    from app.ui.help import show_shortcuts

    dialog = show_shortcuts(window)
    qtbot.addWidget(dialog)
    assert english_shown(dialog) == []
    assert dialog.windowTitle() == "键盘快捷键"
    sections = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert sections == ["文件", "编辑", "播放", "视图", "视图 > 工作区", "分析", "帮助"]
    opening = dialog.tree.topLevelItem(0).child(0)
    assert (opening.text(0), opening.text(1)) == ("打开片段", "Ctrl+O")


def test_the_compare_dialog_speaks_chinese(qtbot, chinese, tmp_path):
    from app.ui.compare_view import compare_clips

    missing = tmp_path / "不存在.mp4"
    jobs = Jobs()
    dialog = compare_clips(jobs, missing, missing)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "对比两个片段"
    assert [line for line in english_shown(dialog) if missing.name not in line] == []
    dialog.close()
    assert jobs.wait(5000)


def test_every_forensic_filter_has_its_chinese_words(chinese):
    # analyzers/filters.py writes them in English: a filter renamed there without its words here shows in English
    for filt in FILTERS:
        assert translate("Forensic filters", filt.name) != filt.name
        assert translate("Forensic filters", filt.shows) != filt.shows


def test_score_lanes_and_a_job_s_failure_speak_chinese(chinese):
    from app.ui.score_lanes import score_lane

    track = {
        "id": "noise_level",
        "name": "噪声水平",
        "version": "1.0.0",
        "model_sha256": "0" * 64,
        "measures": "画面占比",
        "direction": "higher_is_more_suspicious",
        "score_range": [0.0, 1.0],
        "failure_modes": [],
        "frames": [0, 1],
        "scores": [0.25, 0.5],
    }
    lane = score_lane(track, QColor("#ffb347"))
    assert lane.name == "噪声水平 · 峰值 0.5"
    assert "从 0（底部）画到 1（顶部）" in lane.about and "未为此检测器测定区间" in lane.about
    assert explain(PermissionError(13, "Permission denied", "/tmp/片段.mp4")) == "ReelCheck 无权使用 片段.mp4。"
