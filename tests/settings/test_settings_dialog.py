"""Edit > Settings and the first run's question, through their real widgets: what is typed becomes the settings,
a value that cannot be kept is named where it is and nothing typed is lost, and the key's public half is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from app.preferences import Preferences
from app.store.rules import RATINGS
from app.ui.first_run import FirstRunDialog
from app.ui.settings_dialog import SettingsDialog

RATINGS_IN_ORDER = tuple(RATINGS)


def _dialog(qtbot, preferences: Preferences | None = None, opened: list | None = None) -> SettingsDialog:
    dialog = SettingsDialog(
        preferences or Preferences(),
        tuple(RATINGS),
        "ReelCheck 2026-11",
        open_trusted_signers=lambda parent: (opened or []).append("signers"),
        open_calibration=lambda parent: (opened or []).append("calibration"),
    )
    qtbot.addWidget(dialog)
    return dialog


def test_what_the_reviewer_types_becomes_the_settings(qtbot, tmp_path: Path):
    dialog = _dialog(qtbot, Preferences(reviewer="Li Ming"))
    dialog.reviewer.setText("  王芳  ")
    dialog.organisation.setText("核查中心")
    dialog.organisation_url.setText("https://check.example.cn")
    dialog.provider.setCurrentIndex(dialog.provider.findData("cpu"))
    dialog.cache.setValue(1024)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.data_folder.setText(str(tmp_path))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == Preferences(
        reviewer="王芳",
        organisation="核查中心",
        organisation_url="https://check.example.cn",
        provider="cpu",
        cache_mb=1024,
        language="zh_CN",
        theme="light",
        data_folder=str(tmp_path),
        rating_scale=tuple(RATINGS),
    )


def test_a_value_that_cannot_be_kept_is_shown_on_its_page_and_nothing_typed_is_lost(qtbot):
    dialog = _dialog(qtbot)
    dialog.show()
    dialog.reviewer.setText("Li Ming")
    dialog.organisation_url.setText("ftp://example.org")
    dialog.tabs.setCurrentIndex(4)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "https://" in dialog.problem.text()
    assert dialog.tabs.currentIndex() == 0
    assert dialog.focusWidget() is dialog.organisation_url
    assert dialog.reviewer.text() == "Li Ming" and dialog.organisation_url.text() == "ftp://example.org"


def test_a_trust_list_that_is_a_pipe_is_refused_without_reading_it(qtbot, tmp_path: Path):
    import os

    pipe = tmp_path / "trust.pem"
    os.mkfifo(pipe)
    dialog = _dialog(qtbot)
    dialog.trust_list.setText(str(pipe))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 3
    assert str(pipe) in dialog.problem.text() or "trust list" in dialog.problem.text()


def test_the_rating_scale_is_edited_in_place(qtbot):
    dialog = _dialog(qtbot, Preferences(rating_scale=("True", "False")))
    editor = dialog.ratings
    editor.list.setCurrentRow(1)
    editor.add()
    editor.list.item(2).setText("Satire ")
    editor.move_up()
    assert editor.ratings() == ("True", "Satire", "False")
    editor.list.setCurrentRow(0)
    editor.remove()
    assert editor.ratings() == ("Satire", "False")
    editor.reset()
    assert dialog.chosen().rating_scale == tuple(RATINGS)


def test_the_public_key_is_exported_with_the_fingerprint_shown(qtbot, tmp_path: Path):
    from app.dossier.reviewer_keys import fingerprint, reviewer_key

    dialog = _dialog(qtbot, Preferences(reviewer="李明"))
    assert "first signed dossier" in dialog.key.text()
    target = tmp_path / "李明.pem"
    assert dialog.export_public_key(target)
    expected = fingerprint(reviewer_key("李明").public_key().public_bytes_raw())
    assert expected in target.read_text(encoding="utf-8")
    assert expected in dialog.key.text()


def test_no_key_is_exported_without_a_name(qtbot, tmp_path: Path):
    dialog = _dialog(qtbot)
    assert not dialog.export_public_key(tmp_path / "key.pem")
    assert not (tmp_path / "key.pem").exists()


def test_the_first_run_will_not_go_on_without_a_name(qtbot):
    dialog = FirstRunDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.reviewer.setText("李明")
    dialog.organisation.setText("核查中心")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == Preferences(reviewer="李明", organisation="核查中心")


@pytest.fixture
def chinese(qapp):
    from app.ui.language import speak

    assert speak(qapp, "zh_CN") == "zh_CN"
    yield
    speak(qapp, "en")


def test_the_settings_and_the_first_run_speak_chinese(qtbot, chinese):
    from tests.i18n.shown_words import english_shown

    dialog = _dialog(qtbot, Preferences(reviewer="李明"))
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        assert english_shown(dialog) == []
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())][:2] == ["核查员", "评级标准"]
    assert "你以 李明 的身份签名" in dialog.key.text()
    assert dialog.ratings.list.item(0).text() == "属实"
    dialog.ratings.list.item(1).setText("大体属实")
    assert dialog.chosen().rating_scale[:3] == ("True", "大体属实", RATINGS_IN_ORDER[2])
    first = FirstRunDialog(Preferences())
    qtbot.addWidget(first)
    assert english_shown(first) == []
    first.accept()
    assert first.problem.text() == "请填写你的姓名：核查报告要以它签名。"
