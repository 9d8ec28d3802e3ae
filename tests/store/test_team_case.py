"""Several reviewers on one case: leases, edits made on stale rows, decisions made at once from two threads, on a SQLite
file and on PostgreSQL; and what only a team case has: roles the server enforces, an audit its accounts cannot
rewrite, changes said to the other reviewers' windows, another program's database left alone."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psycopg
import pytest

from app.store import team_case
from app.store.queue import QueueFilter
from app.store.store import Refused, Store, StoreError
from tests.postgres import SUPERUSER


def new_clips(store: Store, count: int) -> list[int]:
    return [store.add_clip(Path(f"/clips/长城{n}.mp4"), f"{n:064x}", n, {"frames": 64})["id"] for n in range(count)]


def test_two_reviewers_deciding_at_once_lose_and_double_nothing(case_at) -> None:
    ids = new_clips(Store.open(case_at, "setup"), 40)
    problems = []

    def decide(reviewer: str, share: list[int]) -> None:
        store = Store.open(case_at, reviewer)
        try:
            for clip_id in share:
                store.edit("clips", clip_id, {"decision": "Remove", "queue_status": "Decided", "assignee": reviewer})
        except Exception as error:  # noqa: BLE001 (reported by the assertion below)
            problems.append(error)
        finally:
            store.close()

    threads = [threading.Thread(target=decide, args=(name, ids[i::2])) for i, name in enumerate(["安", "bo"])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not problems
    store = Store.open(case_at, "check")
    rows = store.queue_rows(ids)
    assert {row["assignee"] for row in rows[0::2]} == {"安"} and {row["assignee"] for row in rows[1::2]} == {"bo"}
    edits = [row for row in store.audit() if row["action"] == "edit"]
    assert len(edits) == 40 and len({row["row_id"] for row in edits}) == 40
    assert all(row["version"] == 2 for row in store.queue_rows(ids))  # created, then decided once


def test_a_lease_keeps_others_off_until_it_expires_or_is_given_back(case_at) -> None:
    ann, bo = Store.open(case_at, "ann"), Store.open(case_at, "bo")
    clip_id, other = new_clips(ann, 2)
    ann.claim(clip_id, seconds=0.8)
    with pytest.raises(Refused, match=r"ann is deciding 长城0\.mp4 until \d\d:\d\d: you can look at it"):
        bo.claim(clip_id)
    assert bo.queue_rows([clip_id])[0]["held_by"] == "ann" and ann.queue_rows([clip_id])[0]["held_by"] == ""
    with pytest.raises(Refused, match=r"ann is deciding 长城0\.mp4 \(until \d\d:\d\d\); it was left as they have"):
        bo.edit("clips", clip_id, {"decision": "No action"})
    assert bo.held_by(clip_id)[0] == "ann" and ann.held_by(clip_id) is None  # one's own lease holds nothing back
    bo.claim(other)  # another clip is free
    ann.edit("clips", clip_id, {"decision": "Remove"})  # the holder decides
    time.sleep(1.0)  # ann's window died: the lease runs out
    bo.queue_rows([clip_id])
    bo.claim(clip_id)
    bo.release(clip_id)
    assert ann.held_by(clip_id) is None and bo.queue_rows([clip_id])[0]["claimed_by"] == ""


def test_an_edit_made_on_a_row_changed_since_is_refused_with_the_change_said(case_at) -> None:
    ann, bo = Store.open(case_at, "ann"), Store.open(case_at, "博")
    clip_id = new_clips(ann, 1)[0]
    claim = ann.create("claims", clip_id, {"text": "金字塔是奴隶建造的", "frame_in": 0, "frame_out": 10}).row_id
    ann.claims(clip_id), bo.claims(clip_id), ann.queue_rows([clip_id]), bo.queue_rows([clip_id])
    bo.edit("claims", claim, {"rating": "False"})
    with pytest.raises(Refused, match=r"Not saved: 博 changed this at \d\d:\d\d \(.*rating.*False.*\)"):
        ann.edit("claims", claim, {"rating": "True"})
    assert ann.claims(clip_id)[0]["rating"] == "False"  # theirs stays
    ann.edit("claims", claim, {"rating": "True"})  # looked at it: now ann's edit is made on what is there
    bo.edit("clips", clip_id, {"decision": "Remove"})
    with pytest.raises(Refused, match="Not saved: 博 changed this"):
        ann.edit("clips", clip_id, {"decision": "No action"})
    with pytest.raises(Refused, match="Not saved"):
        bo.delete("claims", claim)  # bo's view of the claim is older than ann's edit
    assert [row["rating"] for row in Store.open(case_at).claims(clip_id)] == ["True"]


def test_a_reviewer_may_not_publish_and_an_editor_may(postgres_server, postgres_url) -> None:
    admin = Store.open(postgres_url, "admin")
    clip_id = new_clips(admin, 1)[0]
    database = postgres_url.split("@/")[1].split("?")[0]
    team_case.add_member(admin._db, "rc_reviewer", "reviewer")
    team_case.add_member(admin._db, "rc_editor", "editor")
    reviewer = Store.open(postgres_server.url(database, user="rc_reviewer"), "Ann")
    editor = Store.open(postgres_server.url(database, user="rc_editor"), "Bo")
    reviewer.edit("clips", clip_id, {"decision": "Remove"})  # reviewers make audited edits
    assert not reviewer.may_publish() and editor.may_publish()
    with pytest.raises(Refused, match="Your role in the team case .* does not allow this"):
        reviewer.record_publication(clip_id, "a" * 64, "", "key")
    editor.record_publication(clip_id, "b" * 64, "c" * 64, "key")
    assert [row["account"] for row in admin.publications(clip_id)] == ["rc_editor"]
    # the audit names the account that logged in, whatever the client wrote, and nobody rewrites it
    assert admin.audit(clip_id)[-1]["account"] == "rc_reviewer"
    for store in (reviewer, editor, admin):
        with pytest.raises(Refused), store.transaction():
            store._db.execute("update audit set reviewer = 'someone else'")
    for statement in ("delete from audit", "truncate audit"):
        with pytest.raises(Refused):
            admin._db.execute(statement)
    team_case.add_member(admin._db, "rc_reviewer", "editor")  # promoted: the new role is the one they have
    assert Store.open(postgres_server.url(database, user="rc_reviewer"), "Ann").may_publish()


def test_the_others_see_a_change_said_within_a_second(postgres_url) -> None:
    ann = Store.open(postgres_url, "ann")
    clip_id = new_clips(ann, 1)[0]
    listener = team_case.ChangeListener(postgres_url)
    try:
        bo = Store.open(postgres_url, "bo")
        bo.edit_many("clips", [clip_id], {"queue_note": "看看配音"})
        said = listener.wait(timeout=5)
        assert {"table": "clips", "row": clip_id, "clip": clip_id, "reviewer": "bo"} in said
        bo.claim(clip_id)
        assert any(notice["clip"] == clip_id for notice in listener.wait(timeout=5))  # a lease: every window reads it
        assert listener.wait(timeout=0.2) == []
    finally:
        listener.close()


def test_another_programs_database_is_left_untouched(postgres_url) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as other:
        other.execute("create table invoices (id int)")
    with pytest.raises(StoreError, match="belongs to another program"):
        Store.open(postgres_url)
    with psycopg.connect(postgres_url, autocommit=True) as other:
        tables = other.execute("select tablename from pg_tables where schemaname = 'public'").fetchall()
    assert tables == [("invoices",)]


def test_a_newer_team_case_is_refused(postgres_url) -> None:
    Store.open(postgres_url).close()
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("update reelcheck_case set version = 99")
    with pytest.raises(StoreError, match="made by a newer ReelCheck"):
        Store.open(postgres_url)


def test_an_unreachable_server_is_said_without_its_password(tmp_path: Path) -> None:
    url = f"postgresql://{SUPERUSER}:s3cret@/case?host={tmp_path}&port=1"
    started = time.monotonic()
    with pytest.raises(StoreError, match="The team case .* cannot be opened") as refused:
        Store.open(url)
    assert "s3cret" not in str(refused.value) and time.monotonic() - started < 10


def test_text_with_nul_and_escape_codes_is_kept_clean_on_the_server(postgres_url) -> None:
    store = Store.open(postgres_url, "ann\x1b[31m")
    clip_id = new_clips(store, 1)[0]
    store.create("claims", clip_id, {"text": "a\x00b\x1b[2J 百分之百", "frame_in": 0, "frame_out": 1})
    assert store.claims(clip_id)[0]["text"] == "ab[2J 百分之百"
    assert store.queue_ids(QueueFilter(text="百分之")) == [clip_id]
    assert store.queue_ids(QueueFilter(text="%")) == []  # a like pattern's own characters are literal


def test_moderators_asking_for_the_next_clip_at_once_never_get_the_same_one(case_at) -> None:
    ids = new_clips(Store.open(case_at, "setup"), 30)
    got: dict[str, list[int]] = {}

    def take(reviewer: str) -> None:
        store = Store.open(case_at, reviewer)
        mine = got.setdefault(reviewer, [])
        while (clip_id := store.claim_next(QueueFilter(statuses=("New",)))) is not None:
            mine.append(clip_id)
            store.queue_rows([clip_id])
            store.edit("clips", clip_id, {"queue_status": "Decided", "decision": "No action"})
        store.close()

    threads = [threading.Thread(target=take, args=(name,)) for name in ("安", "bo", "cy")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    taken = [clip_id for mine in got.values() for clip_id in mine]
    assert sorted(taken) == ids  # each clip once, none left
    assert Store.open(case_at, "安").claim_next(QueueFilter(statuses=("New",))) is None


def test_a_connection_the_server_dropped_is_said_then_made_again(postgres_url) -> None:
    store = Store.open(postgres_url, "ann")
    clip_id = new_clips(store, 1)[0]
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'ReelCheck'")
    with pytest.raises(StoreError, match="The team case .* cannot be reached"):
        store.clip(clip_id)
    assert store.clip(clip_id)["id"] == clip_id  # the next call reconnects
    store.edit("clips", clip_id, {"queue_note": "又连上了"})
    assert store.clip(clip_id)["queue_note"] == "又连上了"


def test_a_row_shown_again_for_a_colleagues_change_still_refuses_an_edit_typed_before_it(case_at) -> None:
    ann, bo = Store.open(case_at, "ann"), Store.open(case_at, "bo")
    clip_id = new_clips(ann, 1)[0]
    claim = ann.create("claims", clip_id, {"text": "原话", "frame_in": 0, "frame_out": 5}).row_id
    ann.claims(clip_id), bo.claims(clip_id)  # both have it on screen; ann starts typing
    bo.edit("claims", claim, {"text": "博的改动"})
    with ann.versions_kept():  # ann's window shows bo's change as it arrives, her field keeps her text
        assert ann.claims(clip_id)[0]["text"] == "博的改动"
    with pytest.raises(Refused, match="Not saved: bo changed this"):
        ann.edit("claims", claim, {"text": "安的文字"})


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://ann:s3cret@db.example/case",
        "postgresql://ann:s3@c/ret@db.example/case",
        "postgresql://ann@db.example/case?password=s3cret&sslmode=require",
    ],
)
def test_a_password_is_never_shown_or_kept_in_the_settings(url) -> None:
    from app.preferences import Preferences
    from app.store.location import shown_case

    shown = shown_case(url)
    assert "s3" not in shown and "ret" not in shown and shown.startswith("postgresql://ann@")
    assert "team_case" in Preferences(team_case=url).problems()
    assert Preferences(team_case=shown).problems() == {}
