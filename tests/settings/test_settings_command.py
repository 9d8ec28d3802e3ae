"""`reelcheck settings`: the same settings file as the window, shown and changed from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from app.main import main
from app.preferences import Preferences, load_preferences


def test_settings_are_changed_and_shown(capsys, tmp_path: Path):
    code = main(
        ["settings", "--reviewer", "李明", "--organisation", "核查中心", "--language", "zh_CN", "--cache-mb", "256"]
        + ["--data-folder", str(tmp_path)]
    )
    assert code == 0
    assert load_preferences() == Preferences(
        reviewer="李明", organisation="核查中心", language="zh_CN", cache_mb=256, data_folder=str(tmp_path)
    )
    assert "reviewer: 李明" in capsys.readouterr().out
    assert main(["settings", "--json", "--language", "system"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["reviewer"] == "李明" and shown["language"] == ""


def test_a_setting_that_cannot_be_kept_is_refused_and_nothing_changes(capsys):
    main(["settings", "--reviewer", "Li Ming"])
    capsys.readouterr()
    assert main(["settings", "--reviewer", "Mallory\x1b[2J", "--organisation-url", "https://ok.example"]) == 2
    error = capsys.readouterr().err
    assert "control characters" in error and "\x1b" not in error
    assert load_preferences() == Preferences(reviewer="Li Ming")


def test_without_settings_the_command_shows_the_defaults(capsys):
    from app.preferences import settings_path

    settings_path().unlink()
    assert main(["settings"]) == 0
    assert "reviewer: (not set)" in capsys.readouterr().out


def test_the_case_database_lives_in_the_data_folder_the_settings_name(tmp_path: Path):
    from app.store.location import default_database

    assert default_database().parent.name == "reelcheck"  # the platform's user data folder
    main(["settings", "--data-folder", str(tmp_path / "案卷")])
    assert default_database() == tmp_path / "案卷" / "reelcheck.db"


def test_nothing_is_signed_before_the_reviewer_gave_their_name(capsys, tmp_path: Path):
    from app.preferences import settings_path

    settings_path().unlink()  # a fresh install: no name given yet
    assert main(["key", "show"]) == 2
    assert "reelcheck settings --reviewer" in capsys.readouterr().err
    out = tmp_path / "dossiers"
    assert main(["export", "1", "--out", str(out), "--db", str(tmp_path / "case.db")]) == 2
    assert "Nothing is signed without your name" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "case.db").exists()
    main(["settings", "--reviewer", "李明"])
    capsys.readouterr()
    assert main(["key", "show"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("李明")
