"""The settings file the window and the command line share: kept whole, read back the same, and never a reason not
to start, whatever is in it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.preferences import Preferences, load_preferences, save_preferences


def test_settings_are_read_back_as_saved_chinese_included(tmp_path: Path):
    path = tmp_path / "settings.json"
    chosen = Preferences(
        language="zh_CN",
        reviewer="李明",
        organisation="事实核查中心",
        organisation_url="https://factcheck.example.cn/",
        theme="light",
        provider="cpu",
        cache_mb=1024,
        data_folder=str(tmp_path / "案卷"),
        rating_scale=("真实", "部分真实", "错误"),
    )
    save_preferences(chosen, path)
    assert "李明" in path.read_text(encoding="utf-8")  # readable, not \\u escapes
    assert load_preferences(path) == chosen


def test_no_settings_file_means_the_defaults_and_no_name():
    assert load_preferences() == Preferences()
    assert Preferences().reviewer == ""


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("reviewer", "Mallory\x1b[2J"),
        ("reviewer", "x" * 500),
        ("organisation", "line one\nline two"),
        ("organisation_url", "javascript:alert(1)"),
        ("organisation_url", "https://"),
        ("cache_mb", 10),
        ("data_folder", "relative/folder"),
        ("rating_scale", ("True", "")),
    ],
)
def test_a_value_that_cannot_be_kept_is_refused_in_words(tmp_path: Path, field, value):
    path = tmp_path / "settings.json"
    wrong = Preferences(**{field: value})
    assert field in wrong.problems()
    with pytest.raises(ValueError) as refused:
        save_preferences(wrong, path)
    assert str(refused.value) == wrong.problems()[field]
    assert not path.exists()


def test_a_damaged_file_gives_the_defaults_and_is_kept_aside(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"reviewer": "Li Ming", "organisation": ')
    assert load_preferences(path) == Preferences()
    assert (tmp_path / "settings.json.damaged").read_bytes() == path.read_bytes()


def test_each_unusable_value_falls_back_alone(tmp_path: Path):
    path = tmp_path / "settings.json"
    stored = {"reviewer": "Li Ming", "cache_mb": "lots", "theme": "neon", "language": "tlh", "provider": True}
    stored |= {"organisation_url": "file:///etc/passwd", "rating_scale": ["True", 3], "unknown": 1}
    path.write_text(json.dumps(stored), encoding="utf-8")
    loaded = load_preferences(path)
    assert loaded == Preferences(reviewer="Li Ming")
    assert (tmp_path / "settings.json.damaged").exists()


@pytest.mark.parametrize("content", [b"[1, 2, 3]", b"\xff\xfe not utf-8", b"null"])
def test_a_settings_file_of_another_shape_gives_the_defaults(tmp_path: Path, content: bytes):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert load_preferences(path) == Preferences()


def test_a_named_pipe_in_place_of_the_settings_is_not_waited_on(tmp_path: Path):
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    assert load_preferences(path) == Preferences()  # returns at once: nobody writes into the pipe


def test_an_enormous_settings_file_is_not_read(tmp_path: Path):
    path = tmp_path / "settings.json"
    with path.open("wb") as file:
        file.truncate(1 << 30)
    assert load_preferences(path) == Preferences()
