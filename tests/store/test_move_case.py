"""`reelcheck migrate-case FILE postgresql://...`: a reviewer's case moved into a team case losing nothing (every
table counted and hashed on both sides), new work numbered after the moved rows, and a team case that already holds
work, a cancel or a row the server would keep differently leaving the team case as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from app.main import main
from app.media.errors import Cancelled
from app.store.move_case import TABLES, move_case
from app.store.store import Store
from tests.store.test_words import subtitle


def a_case_with_everything(path: Path) -> Store:
    store = Store.open(path, "安")
    clip = store.add_clip(Path("/clips/长城.mp4"), "a" * 64, 1234, {"frames": 300, "fps": 30.0})["id"]
    other = store.add_clip(Path("/clips/دليل.mp4"), "b" * 64, 99, {"frames": 64})["id"]
    claim = store.create("claims", clip, {"text": "长城是用糯米建造的", "frame_in": 3, "frame_out": 90}).row_id
    store.create("sources", clip, {"claim_id": claim, "url": "https://example.org/论文", "stance": "refutes"})
    store.create(
        "evidence",
        clip,
        {
            "frame": 12,
            "note": "手指 6 根",
            "regions": [{"shape": "ellipse", "x0": 0.1, "y0": 0.2, "x1": 0.3, "y1": 0.4}],
        },
    )
    store.create("verdicts", clip, {"authenticity": "Likely AI-generated", "summary": "AI 生成的画面"})
    gone = store.create("claims", other, {"text": "هذا مزيف", "frame_in": 0, "frame_out": 5})
    store.delete("claims", gone.row_id)
    store.edit("clips", other, {"decision": "Remove", "tags": ["农场", "farm"]})
    track = {"id": "flow", "version": "1.0", "model_sha256": "c" * 64, "frames": [0, 10], "scores": [0.25, 0.5]}
    store.record_analyses(clip, [track])
    store.record_keyframe_hashes(clip, [(0, 2**62, -(2**62)), (30, 7, 8)])
    store.set_groups({clip: 1, other: 1})
    store.record_import(Path("/clips/长城.mp4"), 1234, 10**18, clip)
    store.replace_words(clip, "subtitles", "a.zh.srt", [subtitle("a.zh.srt", 1, 2, "糯米灰浆")])
    store.record_publication(clip, "d" * 64, "e" * 64, "key")
    return store


def test_a_case_moves_whole_and_the_team_goes_on_numbering_after_it(tmp_path, postgres_url, capsys) -> None:
    a_case_with_everything(tmp_path / "case.db").close()
    assert main(["migrate-case", str(tmp_path / "case.db"), postgres_url]) == 0
    printed = capsys.readouterr().out
    assert printed.count(" same") == len(TABLES) and "is now in the team case" in printed
    team = Store.open(postgres_url, "Bo")
    local = Store.open(tmp_path / "case.db")
    for clip in local.clips():
        assert team.claims(clip["id"]) == local.claims(clip["id"])
        assert team.verdict(clip["id"]) == local.verdict(clip["id"])
    assert [hit["shown"] for hit in team.search("糯米")] == ["长城是用糯米建造的", "糯米灰浆"]
    assert len(team.audit()) == len(local.audit())
    new = team.create("claims", 1, {"text": "new", "frame_in": 0, "frame_out": 1}).row_id
    assert new == max(row["id"] for row in local._rows("select id from claims")) + 1
    assert team.audit()[-1]["id"] == len(local.audit()) + 1


def test_a_team_case_with_work_refuses_and_keeps_it(tmp_path, postgres_url, capsys) -> None:
    a_case_with_everything(tmp_path / "case.db").close()
    team = Store.open(postgres_url, "Bo")
    team.add_clip(Path("/x.mp4"), "f" * 64, 1, {})
    assert main(["migrate-case", str(tmp_path / "case.db"), postgres_url]) != 0
    assert "already holds work" in capsys.readouterr().err
    assert [clip["sha256"] for clip in team.clips()] == ["f" * 64]


def test_a_cancel_or_a_difference_leaves_the_team_case_as_it_was(tmp_path, postgres_url, capsys) -> None:
    a_case_with_everything(tmp_path / "case.db").close()
    asked = []
    with pytest.raises(Cancelled):
        move_case(
            tmp_path / "case.db",
            postgres_url,
            on_progress=lambda *_: None,
            cancelled=lambda: asked.append(1) or len(asked) > 3,
        )
    with psycopg.connect(postgres_url) as check:
        assert check.execute("select count(*) from clips").fetchone() == (0,)
    # a NUL in a stored claim (written by another tool): the server cannot keep it, so the move would lose it
    with sqlite3.connect(tmp_path / "case.db") as raw:
        raw.execute("update claims set explanation = 'a' || char(0) || 'b' where id = 1")
    assert main(["migrate-case", str(tmp_path / "case.db"), postgres_url]) != 0
    out, err = capsys.readouterr()
    assert "claims" in out and "DIFFERENT" in out and "nothing was copied" in err
    with psycopg.connect(postgres_url) as check:
        assert check.execute("select count(*) from claims").fetchone() == (0,)


def test_a_file_that_is_not_a_case_or_an_address_that_is_not_a_team_case_is_said(tmp_path, capsys) -> None:
    assert main(["migrate-case", str(tmp_path / "none.db"), "postgresql://nobody@/x?host=/nowhere"]) != 0
    assert "There is no case database" in capsys.readouterr().err
    assert main(["migrate-case", str(tmp_path / "case.db"), str(tmp_path / "other.db")]) != 0
    assert "is not a team case" in capsys.readouterr().err


def test_an_admin_gives_roles_from_the_command_line(postgres_server, postgres_url, capsys) -> None:
    assert main(["team-member", "casey", "--role", "editor", "--db", postgres_url]) == 0
    assert "casey is now an editor" in capsys.readouterr().out
    database = postgres_url.split("@/")[1].split("?")[0]
    assert Store.open(postgres_server.url(database, user="casey"), "Casey").may_publish()
    assert main(["team-member", "casey", "--role", "reviewer", "--db", postgres_url]) == 0
    assert not Store.open(postgres_server.url(database, user="casey"), "Casey").may_publish()
    hostile = "o'brien \"; drop table clips; --"
    assert main(["team-member", hostile, "--role", "reviewer", "--db", postgres_url]) == 0
    assert Store.open(postgres_url).clips() == []  # the login is a name, not SQL: the table is still there
    # an admin who is no superuser gives roles too, but never to a superuser or a group role
    assert main(["team-member", "dana", "--role", "admin", "--db", postgres_url]) == 0
    as_dana = postgres_server.url(database, user="dana")
    assert main(["team-member", "eli", "--role", "editor", "--db", as_dana]) == 0
    assert Store.open(postgres_server.url(database, user="eli"), "Eli").may_publish()
    capsys.readouterr()
    for login in ("reelcheck", "reelcheck_admin"):
        assert main(["team-member", login, "--role", "reviewer", "--db", as_dana]) != 0
        assert "does not allow this" in capsys.readouterr().err
    assert main(["team-member", "eli", "--role", "reviewer", "--db", postgres_server.url(database, user="eli")]) != 0
    assert main(["team-member", "x", "--role", "admin", "--db", "case.db"]) != 0
    assert "Roles belong to a team case" in capsys.readouterr().err


def test_the_team_case_in_the_settings_is_the_case_commands_open(postgres_url, capsys) -> None:
    from app.preferences import Preferences, save_preferences
    from app.store.location import default_database

    Store.open(postgres_url, "ann").add_clip(Path("/clips/团队.mp4"), "9" * 64, 1, {})
    save_preferences(Preferences(reviewer="Ann", team_case=postgres_url))
    assert default_database() == postgres_url
    assert main(["queue", "--json"]) == 0  # no --db: the team's case
    assert "团队.mp4" in capsys.readouterr().out


def test_every_table_of_a_case_is_moved(tmp_path) -> None:
    Store.open(tmp_path / "case.db").close()
    with sqlite3.connect(tmp_path / "case.db") as raw:
        names = {row[0] for row in raw.execute("select name from sqlite_master where type = 'table'")}
    kept = {name for name in names if not name.startswith("sqlite_") and "_fts" not in name}
    assert kept == set(TABLES)  # a table added by a migration must be added to the move too


def test_a_row_the_server_will_not_take_is_said_and_nothing_is_copied(tmp_path, postgres_url, capsys) -> None:
    a_case_with_everything(tmp_path / "case.db").close()
    with sqlite3.connect(tmp_path / "case.db") as raw:  # SQLite keeps any value in any column; PostgreSQL does not
        raw.execute("update claims set frame_in = 'soon' where id = 1")
    assert main(["migrate-case", str(tmp_path / "case.db"), postgres_url]) != 0
    assert "refused a row" in capsys.readouterr().err
    with psycopg.connect(postgres_url) as check:
        assert check.execute("select count(*) from clips").fetchone() == (0,)


def test_a_team_case_is_not_restored_from_a_file_backup(postgres_url, tmp_path, capsys) -> None:
    (tmp_path / "backup.db").write_bytes(b"")
    assert main(["restore", str(tmp_path / "backup.db"), "--db", postgres_url]) != 0
    assert "backed up and restored on its server" in capsys.readouterr().err
