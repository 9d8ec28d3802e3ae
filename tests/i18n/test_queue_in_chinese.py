"""The Queue page in Simplified Chinese, built through the real window over a real case: a folder dropped and
imported, its summary, the files refused and why, the table, filters and menu, a decision from the Queue menu and
a group's confirmation; the import's reasons and the stored words' labels without a window, and on the command
line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app import i18n
from app.queue.finding import find_clips
from app.queue.labels import badge_label, decision_label, status_label
from app.store.store import Store
from app.ui import queue_groups
from app.ui.language import speak
from tests.i18n.shown_words import english_shown
from tests.ui.test_queue import cell, close_window, make_window, wait_rows

pytestmark = pytest.mark.gui


@pytest.fixture
def chinese(qapp):
    """ReelCheck's words and Qt's own (a dialog's Close button) in Chinese, as the window chooses them."""
    assert speak(qapp, "zh_CN") == "zh_CN"
    yield
    speak(qapp, "en")


def _english_outside(widget, tmp_path: Path) -> list[str]:
    """English words shown, less the clips' names and paths, shown as they are on disk ("视频一.mp4")."""
    return [
        line for line in english_shown(widget) if str(tmp_path) not in line and not line.endswith((".mp4", ".webm"))
    ]


def test_a_folder_imported_triaged_and_grouped_in_chinese(qtbot, tmp_path, make_clip, chinese, monkeypatch):
    folder = tmp_path / "举报"
    (folder / "深层").mkdir(parents=True)
    (folder / "视频一.mp4").write_bytes(make_clip("h264").read_bytes())
    (folder / "深层" / "视频二.webm").write_bytes(make_clip("vp9").read_bytes())
    (tmp_path / "别处").mkdir()
    os.symlink(tmp_path / "别处", folder / "链接")  # a link to a folder is named, not followed
    win, case, jobs = make_window(qtbot, tmp_path / "空的.db")
    try:
        view = win.queue_view
        qtbot.waitUntil(lambda: view.model.loaded, timeout=5000)
        assert view.table.empty_text.startswith("此案卷中还没有视频片段。")
        view.table.files_dropped.emit([str(folder)])
        qtbot.waitUntil(lambda: view.importing is None, timeout=30000)
        wait_rows(qtbot, win, 2)
        assert win.statusBar().currentMessage() == "导入完成：新增 2 个，0 个已在案卷中，1 个未导入。"
        dialog = win.findChild(QDialog, "queue-failures")
        assert dialog.windowTitle() == "未导入的文件"
        assert "是指向文件夹的符号链接：不跟随（直接选择它即可导入）" in dialog.text.toPlainText()
        assert _english_outside(dialog, tmp_path) == []
        dialog.close()

        # stored in English, shown in Chinese, once the import's second phase has read them
        qtbot.waitUntil(lambda: [cell(win, row, "badge") for row in range(2)] == ["无来源信息"] * 2, timeout=10000)
        assert _english_outside(view.page, tmp_path) == []
        assert view.filters.count.text() == "共 2 个片段，显示 2 个"
        assert view.model.headerData(1, Qt.Orientation.Horizontal) == "名称"
        assert cell(win, 0, "status") == "待处理"
        menu = view.shell.menus["&Queue"]
        assert menu.title() == "队列(&Q)"
        assert english_shown(menu) == []

        view.go_to_row(0)
        with qtbot.waitSignal(view.queue.saved, timeout=5000) as saved:
            view.actions["queue_decide_3"].trigger()  # Queue > 决定：下架
        assert saved.args[0].startswith("已保存：")
        qtbot.waitUntil(lambda: cell(win, 0, "decision") == "下架", timeout=5000)
        assert cell(win, 0, "status") == "已处理"
        decided = view.model.row_data(0)
        assert (decided["decision"], decided["queue_status"]) == ("Remove", "Decided")  # what the case keeps

        store = Store.open(case.path, "importer")
        store.set_groups({view.model.clip_id(0): 7, view.model.clip_id(1): 7})
        store.record_measured(decided["id"], {"duration": 1.0, "peak": 0.8, "peak_detector": "npr_residual"})
        store.close()
        with qtbot.waitSignal(view.model.reordered, timeout=5000):
            view.model.refresh()
        wait_rows(qtbot, win, 2)
        # the detector's name as the Detectors panel says it; the case keeps its id
        peak = lambda: cell(win, view.model.row_of(decided["id"]), "peak")  # noqa: E731
        qtbot.waitUntil(lambda: peak() == "放大 2 倍（像素对残差） 0.80", timeout=10000)
        asked = []
        monkeypatch.setattr(queue_groups, "confirmed", lambda parent, title, text: asked.append((title, text)))
        view.go_to_row(view.model.row_of(decided["id"]))
        view.groups.carry_decision()
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        assert asked == [("决定整个组", "对组 #7 的另一个片段作出“下架”的决定？")]
    finally:
        close_window(qtbot, win, case, jobs)


def test_the_reasons_a_file_is_passed_over_and_the_stored_words_read_in_chinese(tmp_path, chinese):
    sidecar = tmp_path / "视频.info.json"
    sidecar.write_text("{}", encoding="utf-8")
    found = find_clips([sidecar], recursive=False)
    assert found.skipped == [(sidecar, "是 yt-dlp 附属文件（字幕或 .info.json），随其视频一起读取")]
    assert [status_label(s) for s in ("New", "In review", "Second opinion", "Decided")] == [
        "待处理",
        "审核中",
        "待复核",
        "已处理",
    ]
    assert decision_label("Label as AI-generated") == "标注为 AI 生成"
    assert badge_label("Content Credentials: AI-generated") == "内容凭证：AI 生成"
    assert badge_label("Visible mark: Sora, 即梦 and 2 more") == "可见标识：Sora, 即梦 等，另有 2 个"
    assert badge_label("A badge from a later version") == "A badge from a later version"  # shown as it is
    i18n.use_language("en")
    assert badge_label("Visible mark: Sora") == "Visible mark: Sora"


def test_reelcheck_import_says_why_it_passed_files_over_in_chinese(tmp_path):
    folder = tmp_path / "举报"
    folder.mkdir()
    (tmp_path / "别处").mkdir()
    os.symlink(tmp_path / "别处", folder / "链接")
    sidecar = tmp_path / "视频.info.json"
    sidecar.write_text("{}", encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")} | {"LANG": "zh_CN.UTF-8"}
    command = ["--db", str(tmp_path / "案卷.db"), "import", "--recursive", str(folder), str(sidecar)]
    done = subprocess.run(
        [sys.executable, "-m", "app.main", *command], capture_output=True, text=True, env=environment, timeout=120
    )
    assert f"  {folder / '链接'}: 是指向文件夹的符号链接：不跟随（直接选择它即可导入）\n" in done.stdout
    assert f"  {sidecar}: 是 yt-dlp 附属文件（字幕或 .info.json），随其视频一起读取\n" in done.stdout
