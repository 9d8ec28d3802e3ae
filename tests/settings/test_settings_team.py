"""Settings > Team through the real dialog: the team's case, the analysis cluster and the shared folder become the
settings, and each value that cannot be kept is named on the Team page, in English and in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from app.preferences import Preferences, load_preferences, save_preferences
from app.store.rules import RATINGS
from app.ui.settings_dialog import SettingsDialog

_TEAM = 5


def _dialog(qtbot) -> SettingsDialog:
    dialog = SettingsDialog(
        Preferences(), tuple(RATINGS), "ReelCheck 2026-11", lambda parent: None, lambda parent: None
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_team_settings_are_kept(qtbot, tmp_path: Path):
    shared = tmp_path / "共享"
    shared.mkdir()
    dialog = _dialog(qtbot)
    dialog.team_case.setText(" postgresql://desk@db.newsroom/reelcheck ")
    dialog.cluster.setText("ray://head.newsroom:10001")
    dialog.shared_folder.setText(str(shared))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    chosen = dialog.chosen()
    assert (chosen.team_case, chosen.cluster, chosen.shared_folder) == (
        "postgresql://desk@db.newsroom/reelcheck",
        "ray://head.newsroom:10001",
        str(shared),
    )
    save_preferences(chosen, tmp_path / "settings.json")
    assert load_preferences(tmp_path / "settings.json") == chosen


@pytest.mark.parametrize(
    ("field", "typed", "said"),
    [
        ("team_case", "mysql://db/case", "postgresql://"),
        ("team_case", "postgresql://db/case\x1b[2J", "postgresql://"),
        ("cluster", "head.newsroom", "ray://HOST:PORT"),
        ("cluster", "ray://head:0", "ray://HOST:PORT"),
        ("shared_folder", "relative/folder", "full path"),
        ("shared_folder", "/no/such/folder/共享", "does not exist"),
    ],
)
def test_a_team_value_that_cannot_be_kept_is_named_on_the_team_page(qtbot, field, typed, said):
    dialog = _dialog(qtbot)
    dialog.show()
    getattr(dialog, field).setText(typed)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert said in dialog.problem.text()
    assert dialog.tabs.currentIndex() == _TEAM and dialog.focusWidget() is getattr(dialog, field)


def test_the_team_page_speaks_chinese(qtbot, qapp):
    from app.ui.language import speak
    from tests.i18n.shown_words import english_shown

    speak(qapp, "zh_CN")
    try:
        dialog = _dialog(qtbot)
        dialog.tabs.setCurrentIndex(_TEAM)
        assert dialog.tabs.tabText(_TEAM) == "团队" and english_shown(dialog.tabs.widget(_TEAM)) == []
        dialog.cluster.setText("head.newsroom")
        dialog.accept()
        assert dialog.problem.text() == "集群地址应为 auto、ray://主机:端口 或 主机:端口。"
    finally:
        speak(qapp, "en")
