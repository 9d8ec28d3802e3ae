"""The case store (app/store) on real SQLite files: round trips, the audit log, undo/redo, migrations, refusal of
newer and damaged files, a process killed mid-edit, two writers at once, hostile input, search, backups and the
yt-dlp sidecar."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.store import backup, info_json, rules, schema
from app.store.history import History
from app.store.rules import MAX_TEXT, Refused
from app.store.store import Store, StoreError, check_field
from app.text.shown import BIDI_CONTROLS
from tests.conftest import made_in

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("store_writer.py")
FEW = settings(max_examples=25, deadline=None)


# --- helpers ------------------------------------------------------------------------------------------------------
def open_store(tmp_path: Path, name: str = "case.db", reviewer: str = "ann") -> Store:
    return Store.open(tmp_path / name, reviewer)


def open_case(address: Path | str, reviewer: str = "ann") -> Store:
    """The case at `address` (the case_at fixture: a file, or a database on the test's PostgreSQL server)."""
    return Store.open(address, reviewer)


def new_clip(store: Store, n: int = 1) -> int:
    return store.add_clip(Path(f"/clips/clip{n}.mp4"), f"{n:064x}", 1000 + n, {"fps": 25.0, "frames": 64})["id"]


def as_stored(text: str) -> str:
    """What the store keeps of typed text: without C0 controls (tab, newline and carriage return stay), without DEL
    and lone surrogates, in NFC."""
    kept = "".join(
        ch
        for ch in text
        if not ((ord(ch) < 0x20 and ch not in "\t\n\r") or ch == "\x7f" or 0xD800 <= ord(ch) <= 0xDFFF)
    )
    return unicodedata.normalize("NFC", kept)


def audit_rows(store: Store, table: str | None = None, row_id: int | None = None) -> list[dict]:
    rows = [
        {**row, "before": json.loads(row["before"]), "after": json.loads(row["after"])}
        for row in store.audit()
        if (table is None or row["table_name"] == table) and (row_id is None or row["row_id"] == row_id)
    ]
    return rows


def header(path: Path) -> bytes:
    return path.read_bytes()[:100]


def count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"select count(*) from {table}").fetchone()[0]


any_text = st.text(max_size=200)  # every code point hypothesis draws: RTL, CJK, emoji, newlines, controls
frames = st.integers(min_value=0, max_value=10**9)
hosts = st.from_regex(r"(www\.)?[a-z0-9]{1,12}(\.[a-z]{2,6}){1,2}", fullmatch=True)
url_paths = st.text(  # bidi overrides are refused in links (tests/store/test_store_guards.py)
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp"), exclude_characters=BIDI_CONTROLS),
    max_size=40,
)
corners = st.one_of(st.floats(min_value=0, max_value=1), st.sampled_from([0, 1]))
regions = st.lists(
    st.fixed_dictionaries(
        {"shape": st.sampled_from(rules.SHAPES), "x0": corners, "y0": corners, "x1": corners, "y1": corners}
    ),
    max_size=4,
)


# --- round trips --------------------------------------------------------------------------------------------------
def test_claims_round_trip_any_text(case_at) -> None:
    store = open_case(case_at)
    clip_id = new_clip(store)
    written: dict[int, dict] = {}

    @FEW
    @given(text=any_text, claimant=any_text, explanation=any_text, start=frames, length=frames, data=st.data())
    def write(text, claimant, explanation, start, length, data) -> None:
        rating = data.draw(st.sampled_from(list(rules.RATINGS)))
        values = {
            "text": text,
            "claimant": claimant,
            "explanation": explanation,
            "rating": rating,
            "frame_in": start,
            "frame_out": start + length,
        }
        change = store.create("claims", clip_id, values)
        expected = {**values, "text": as_stored(text), "claimant": as_stored(claimant)}
        expected["explanation"] = as_stored(explanation)
        row = store.row("claims", change.row_id)
        assert {k: row[k] for k in values} == expected
        edited = data.draw(any_text)
        store.edit("claims", change.row_id, {"text": edited})
        written[change.row_id] = {**expected, "text": as_stored(edited)}

    write()
    store.close()
    store = open_case(case_at)  # read back from the file, not from this connection
    rows = {row["id"]: row for row in store.claims(clip_id)}
    assert set(rows) == set(written)
    for row_id, expected in written.items():
        assert {k: rows[row_id][k] for k in expected} == expected
    assert store.integrity() == "ok"
    store.close()


def test_sources_evidence_verdicts_round_trip(case_at) -> None:
    store = open_case(case_at)
    clip_id = new_clip(store)
    counter = iter(range(2, 10**6))

    @FEW
    @given(
        scheme=st.sampled_from(["http", "https", "HTTPS", "Http"]),
        host=hosts,
        path=url_paths,
        title=any_text,
        quote=any_text,
        published=st.dates(),
        accessed=st.dates(),
        stance=st.sampled_from(rules.STANCES),
        frame=frames,
        shapes=regions,
        note=any_text,
        summary=any_text,
        authenticity=st.sampled_from(list(rules.AUTHENTICITY)),
        status=st.sampled_from(rules.REVIEW_STATUSES),
    )
    def write(
        scheme,
        host,
        path,
        title,
        quote,
        published,
        accessed,
        stance,
        frame,
        shapes,
        note,
        summary,
        authenticity,
        status,
    ) -> None:
        url = f"{scheme}://{host}/{path}"
        source = {
            "url": url,
            "title": title,
            "quote": quote,
            "published": published.isoformat(),
            "accessed": accessed.strftime("%Y%m%d") if accessed.year >= 1000 else accessed.isoformat(),
            "stance": stance,
        }
        row = store.row("sources", store.create("sources", clip_id, source).row_id)
        assert row["url"] == as_stored(url)
        assert row["publisher"] == host.lower().removeprefix("www.")
        assert (row["title"], row["quote"]) == (as_stored(title), as_stored(quote))
        assert (row["published"], row["accessed"]) == (published.isoformat(), accessed.isoformat())
        assert row["stance"] == stance

        evidence = {"frame": frame, "overlay": "noise residual", "regions": shapes, "note": note}
        row = store.row("evidence", store.create("evidence", clip_id, evidence).row_id)
        assert row["frame"] == frame and row["note"] == as_stored(note)
        assert row["regions"] == [{k: (v if k == "shape" else float(v)) for k, v in shape.items()} for shape in shapes]
        assert all(isinstance(shape[k], float) for shape in row["regions"] for k in ("x0", "y0", "x1", "y1"))

        verdict_clip = new_clip(store, next(counter))  # one verdict per clip
        values = {"authenticity": authenticity, "summary": summary, "status": status, "reviewer": "ann"}
        store.create("verdicts", verdict_clip, values)
        verdict = store.verdict(verdict_clip)
        assert {k: verdict[k] for k in values} == {**values, "summary": as_stored(summary)}

    write()
    store.close()


def test_control_characters_are_removed_exactly(case_at) -> None:
    store = open_case(case_at)
    clip_id = new_clip(store)
    typed = "a\x00b\x01c\x07d\x08e\x0bf\x0cg\x1bh\x1fi\x7fj\tk\nl\r\nm\u202eн\u0085o\ud800p"
    row = store.row("claims", store.create("claims", clip_id, {"text": typed}).row_id)
    assert row["text"] == "abcdefghij\tk\nl\r\nm\u202eн\u0085op"
    # composed on the way in: e + combining acute is stored as é
    row = store.row("claims", store.create("claims", clip_id, {"text": "cafe\u0301"}).row_id)
    assert row["text"] == "caf\u00e9"
    store.close()


def test_clip_fields_round_trip_and_reopen_keeps_work(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    clip = store.add_clip(tmp_path / "a.mp4", "ab" * 32, 42, {"fps": 29.97, "codec": "h264"}, {"platform": "TikTok"})
    assert (clip["file_name"], clip["size"], clip["facts"], clip["platform"]) == (
        "a.mp4",
        42,
        {"fps": 29.97, "codec": "h264"},
        "TikTok",
    )
    store.edit("clips", clip["id"], {"tags": ["flood", "حلب", "洪水"], "priority": 3, "queue_status": "In review"})
    store.create("claims", clip["id"], {"text": "kept"})
    moved = store.add_clip(tmp_path / "moved" / "b.mp4", "ab" * 32, 42, {})  # the same clip found elsewhere
    assert moved["id"] == clip["id"] and moved["file_name"] == "b.mp4"
    assert moved["tags"] == ["flood", "حلب", "洪水"] and moved["priority"] == 3
    assert [c["text"] for c in store.claims(clip["id"])] == ["kept"]
    assert len(store.clips()) == 1
    store.record_analysis(
        clip["id"], {"id": "npr", "version": "1", "model_sha256": "", "frames": [0, 1], "scores": [0.5, 0.25]}
    )
    assert store.analyses(clip["id"])[0]["scores"] == [0.5, 0.25]
    store.close()


# --- audit log and history ----------------------------------------------------------------------------------------
def test_audit_rows_for_every_kind_of_edit(case_at) -> None:
    store = open_case(case_at, reviewer="Ann Lee")
    clip_id = new_clip(store)
    started = datetime.now(UTC) - timedelta(seconds=1)
    history = History()

    history.record(created := store.create("claims", clip_id, {"text": "old", "rating": "False"}))
    history.record(store.edit("claims", created.row_id, {"text": "new", "rating": "False"}))
    assert store.edit("claims", created.row_id, {"text": "new"}) is None  # nothing changed: no edit, no audit row
    history.record(store.delete("claims", created.row_id))
    assert store.claims(clip_id) == [] and store.row("claims", created.row_id)["deleted"] == 1
    assert history.undo_text() == "Undo removing the claim"
    history.undo(store)  # the deletion
    assert [c["text"] for c in store.claims(clip_id)] == ["new"]
    history.undo(store)  # the edit
    assert [c["text"] for c in store.claims(clip_id)] == ["old"]
    assert history.redo_text() == "Redo editing the claim"
    history.redo(store)
    assert [c["text"] for c in store.claims(clip_id)] == ["new"]

    rows = audit_rows(store, "claims", created.row_id)
    assert [(r["action"], r["before"], r["after"]) for r in rows] == [
        ("create", {}, {"text": "old", "rating": "False"}),
        ("edit", {"text": "old"}, {"text": "new"}),
        ("delete", {"deleted": 0}, {"deleted": 1}),
        ("undo", {"deleted": 1}, {"deleted": 0}),
        ("undo", {"text": "new"}, {"text": "old"}),
        ("redo", {"text": "old"}, {"text": "new"}),
    ]
    for row in rows:
        assert row["reviewer"] == "Ann Lee" and row["clip_id"] == clip_id
        at = datetime.fromisoformat(row["at"].replace("Z", "+00:00"))
        assert started <= at <= datetime.now(UTC) and row["at"].endswith("Z")
    clip_rows = audit_rows(store, "clips")
    assert [(r["action"], r["row_id"]) for r in clip_rows] == [("create", clip_id)]
    assert store.audit(clip_id)[-1]["action"] == "redo" and store.audit(clip_id + 1) == []
    store.close()


def test_history_new_edit_clears_redo_and_undo_of_create(case_at) -> None:
    store = open_case(case_at)
    clip_id = new_clip(store)
    history = History()
    assert (history.undo(store), history.redo(store)) == (None, None)
    assert (history.undo_text(), history.redo_text()) == ("Undo", "Redo")
    history.record(first := store.create("sources", clip_id, {"url": "https://example.org/a"}))
    history.record(None)  # an edit that changed nothing is not a step
    assert history.undo_text() == "Undo adding the source"
    assert history.undo(store) == first
    assert store.sources(clip_id) == []
    assert history.redo_text() == "Redo adding the source"
    history.record(store.create("claims", clip_id, {"text": "another"}))
    assert history.redo(store) is None and history.redo_text() == "Redo"  # the new edit ended the redo
    assert store.sources(clip_id) == []
    history.undo(store)
    assert history.undo(store) is None  # the source's creation was undone already and is no longer in the history
    assert store.claims(clip_id) == []
    history.clear()
    assert history.undo_text() == "Undo"
    store.close()


def test_verdict_added_again_after_deletion_or_undo(case_at) -> None:
    store = open_case(case_at)
    clip_id = new_clip(store)
    history = History()
    history.record(store.create("verdicts", clip_id, {"summary": "first", "authenticity": "Likely AI-generated"}))
    history.undo(store)
    assert store.verdict(clip_id) is None
    history.record(again := store.create("verdicts", clip_id, {"summary": "second"}))
    verdict = store.verdict(clip_id)
    assert (verdict["summary"], verdict["authenticity"], verdict["deleted"]) == ("second", None, 0)
    store.delete("verdicts", again.row_id)
    store.create("verdicts", clip_id, {"summary": "third", "status": "Done"})
    assert (store.verdict(clip_id)["summary"], store.verdict(clip_id)["status"]) == ("third", "Done")
    with pytest.raises(Refused, match="has a verdict already"):  # one per clip: a live one is edited, not added
        store.create("verdicts", clip_id, {"summary": "fourth"})
    history.record(store.delete("verdicts", again.row_id))
    replaced = store.create("verdicts", clip_id, {"summary": "fifth"})
    store.replay(replaced.reversed(), "undo")  # undoing the new verdict brings back what the deleted one said
    history.undo(store)
    assert (store.verdict(clip_id)["summary"], store.verdict(clip_id)["status"]) == ("third", "Done")
    assert store.search("third")[0]["table"] == "verdicts" and store.search("first") == []
    store.close()


# --- opening: migrations, newer and damaged files -----------------------------------------------------------------
def test_fresh_file_is_at_the_current_version_in_wal(tmp_path: Path) -> None:
    store = open_store(tmp_path, "sub/dir/case.db")
    store.close()
    path = tmp_path / "sub/dir/case.db"
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in connection.execute("select name from sqlite_master where type = 'table'")}
    connection.close()
    assert {"clips", "claims", "sources", "evidence", "verdicts", "analyses", "audit", "claims_fts"} <= tables


def test_forward_migration_runs_once_and_a_failing_one_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.db"
    store = Store.open(path)
    new_clip(store)
    store.close()

    def broken(db) -> None:
        db["half_made"].create({"id": int}, pk="id")
        raise RuntimeError("migration failed half-way")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "VERSION", len(schema.MIGRATIONS))
    with pytest.raises(RuntimeError):
        Store.open(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION - 1
        assert connection.execute("select count(*) from sqlite_master where name = 'half_made'").fetchone()[0] == 0
    connection.close()

    def add_column(db) -> None:
        db["claims"].add_column("language", str)

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS[:-1], add_column])
    store = Store.open(path)
    assert "language" in store.row("claims", store.create("claims", 1, {"text": "x"}).row_id)
    assert len(store.clips()) == 1  # the work from before the migration is all there
    store.close()
    store = Store.open(path)  # migrated already: nothing runs twice
    store.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    connection.close()


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    connection = sqlite3.connect(path)
    connection.execute("create table clips (id integer primary key, future text)")
    connection.execute("insert into clips (future) values ('from ReelCheck 9')")
    connection.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")  # a newer ReelCheck marks its files
    connection.execute(f"PRAGMA user_version={schema.VERSION + 1}")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    assert before[18:20] == b"\x01\x01"  # rollback journal, not WAL
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    message = str(refused.value)
    assert str(path) in message and "newer ReelCheck" in message and f"version {schema.VERSION + 1}" in message
    assert path.read_bytes() == before
    assert header(path)[18:20] == b"\x01\x01"  # no switch to WAL happened
    assert made_in(tmp_path) == ["newer.db"]


@pytest.mark.parametrize("kind", ["random bytes", "header then garbage", "page header flipped"])
def test_damaged_file_is_refused_untouched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "damaged.db"
    noise = random.Random(7).randbytes(16384)
    if kind == "random bytes":
        path.write_bytes(noise)
    elif kind == "header then garbage":
        path.write_bytes(b"SQLite format 3\x00" + noise)
    else:
        store = Store.open(path)
        clip_id = new_clip(store)
        for n in range(150):
            store.create("claims", clip_id, {"text": f"claim number {n} about the flood " * 10})
        store.close()
        data = bytearray(path.read_bytes())
        page_size = int.from_bytes(data[16:18], "big")
        middle = (len(data) // page_size // 2) * page_size
        for offset in range(middle, middle + 16):
            data[offset] ^= 0xFF
        path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    assert str(path) in str(refused.value) and "damaged" in str(refused.value)
    assert "restore" in str(refused.value).lower()
    assert path.read_bytes() == before
    assert made_in(tmp_path) == ["damaged.db"]


def test_busy_database_is_not_called_damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "case.db"
    Store.open(path).close()
    monkeypatch.setattr("app.store.database._BUSY_MS", 300)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as refused:
            Store.open(path)
        assert "busy" in str(refused.value) and "damaged" not in str(refused.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    Store.open(path).close()


# --- a process killed mid-edit, and two writers at once -----------------------------------------------------------
def start_writer(database: Path, tag: str, seconds: float | None = None) -> subprocess.Popen:
    arguments = [sys.executable, str(WRITER), str(database), tag, *([str(seconds)] if seconds else [])]
    return subprocess.Popen(arguments, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)


def wait_ready(process: subprocess.Popen, timeout: float = 30) -> bytes:
    """What the writer printed up to and including its "ready" line."""
    seen = b""
    deadline = time.monotonic() + timeout
    while b"ready\n" not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"the writer never got ready: {seen!r}"
        readable, _, _ = select.select([process.stdout], [], [], left)
        if readable:
            chunk = os.read(process.stdout.fileno(), 65536)
            assert chunk, f"the writer ended before it was ready: {process.stderr.read()!r}"
            seen += chunk
    return seen


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=30)


def printed_edits(output: bytes) -> list[list[str]]:
    """The edits the writer reported as committed (whole lines only: a kill may cut the last one)."""
    lines = output.decode("utf-8", errors="replace").split("\n")[:-1]
    return [line.split(" ", 3) for line in lines if line != "ready"]


def assert_all_present(store: Store, edits: list[list[str]]) -> None:
    audit = {(r["action"], r["table_name"], r["row_id"], json.dumps(r["after"])) for r in audit_rows(store)}
    for edit in edits:
        action, table, row_id = edit[0], edit[1], int(edit[2])
        row = store.row(table, row_id)  # raises when the row is not in the file
        if action == "create":
            assert any(a[:3] == ("create", table, row_id) for a in audit), edit
        elif action == "edit":
            assert ("edit", table, row_id, json.dumps({"text": edit[3]})) in audit, edit
        else:
            assert row["deleted"] == 1, edit
            assert ("delete", table, row_id, json.dumps({"deleted": 1})) in audit, edit


def test_killed_writer_loses_no_committed_edit(tmp_path: Path) -> None:
    database = tmp_path / "case.db"
    seed = random.randrange(10**6)
    pause = random.Random(seed)
    edits: list[list[str]] = []
    for run in range(5):
        process = start_writer(database, f"run{run}")
        try:
            output = wait_ready(process)
            time.sleep(pause.uniform(0.2, 1.5))
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            output += process.stdout.read()
            assert process.returncode == -signal.SIGKILL, (seed, process.stderr.read())
        finally:
            stop(process)
            process.stdout.close()
            process.stderr.close()
        edits += printed_edits(output)
    store = Store.open(database)
    try:
        assert store.integrity() == "ok"
        assert sum(edit[0] == "create" for edit in edits) >= 5, (seed, edits)
        assert_all_present(store, edits)
        assert len(store.clips()) == 1
    finally:
        store.close()


def test_two_writer_processes_at_once_on_a_new_file(tmp_path: Path) -> None:
    database = tmp_path / "case.db"  # does not exist yet: both create and migrate it at the same moment
    processes = [start_writer(database, tag, seconds=2) for tag in ("left", "right")]
    outputs = []
    try:
        for process in processes:
            out, err = process.communicate(timeout=60)
            outputs.append(out)
            assert process.returncode == 0, err.decode()
            assert b"Traceback" not in err, err.decode()
    finally:
        for process in processes:
            stop(process)
    store = Store.open(database)
    try:
        assert store.integrity() == "ok"
        assert len(store.clips()) == 1  # both added the same clip: one row
        for out in outputs:
            edits = printed_edits(out)
            assert sum(edit[0] == "create" for edit in edits) >= 3
            assert_all_present(store, edits)
        reviewers = {row["reviewer"] for row in store.audit() if row["table_name"] == "claims"}
        assert reviewers == {"left", "right"}
    finally:
        store.close()


def test_two_stores_on_two_threads(tmp_path: Path) -> None:
    database = tmp_path / "case.db"
    made: dict[str, list[int]] = {}
    errors: list[BaseException] = []
    go = threading.Barrier(2)

    def work(tag: str) -> None:
        try:
            go.wait(timeout=10)
            store = Store.open(database, reviewer=tag)
            clip_id = store.add_clip(Path("/clips/same.mp4"), "d" * 64, 1, {})["id"]
            ids = []
            for n in range(40):
                change = store.create("claims", clip_id, {"text": f"{tag} {n}"})
                store.edit("claims", change.row_id, {"explanation": f"checked by {tag}"})
                ids.append(change.row_id)
            made[tag] = ids
            store.close()
        except BaseException as error:  # noqa: BLE001 - reported by the test thread
            errors.append(error)

    threads = [threading.Thread(target=work, args=(tag,)) for tag in ("one", "two")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    store = Store.open(database)
    try:
        assert store.integrity() == "ok"
        [clip] = store.clips()
        rows = {row["id"]: row for row in store.claims(clip["id"])}
        for tag, ids in made.items():
            assert len(ids) == 40
            assert [rows[i]["text"] for i in ids] == [f"{tag} {n}" for n in range(40)]
            assert {rows[i]["explanation"] for i in ids} == {f"checked by {tag}"}
        assert len(rows) == 80
    finally:
        store.close()


# --- hostile input ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("javascript:alert(1)", "must start with http:// or https://"),
        ("JaVaScRiPt:alert(document.cookie)", "must start with http:// or https://"),
        ("  javascript:alert(1)", "must start with http:// or https://"),
        ("java\tscript:alert(1)", "must start with http:// or https://"),
        ("\x00javascript:alert(1)", "must start with http:// or https://"),
        ("file:///etc/passwd", "must start with http:// or https://"),
        ("FILE://c:/windows/system32", "must start with http:// or https://"),
        ("data:text/html,<script>alert(1)</script>", "must start with http:// or https://"),
        ("vbscript:msgbox(1)", "must start with http:// or https://"),
        ("ftp://example.com/a", "must start with http:// or https://"),
        ("example.com/page", "no scheme"),
        ("//example.com/page", "no scheme"),
        ("http://", "no site name"),
        ("https:///etc/passwd", "no site name"),
        ("https:example.com", "no site name"),
        ("http://:80/", "no site name"),
        ("http://[::1", "not a web address"),
    ],
)
def test_hostile_urls_are_refused_and_nothing_is_written(tmp_path: Path, url: str, says: str) -> None:
    store = open_store(tmp_path)
    clip_id = new_clip(store)
    audit_before = len(store.audit())
    for field in ("url", "archive_url"):
        with pytest.raises(Refused) as refused:
            store.create("sources", clip_id, {field: url, "title": "x"})
        assert says in str(refused.value)
    with pytest.raises(Refused):
        store.edit("clips", clip_id, {"source_url": url})
    assert count(tmp_path / "case.db", "sources") == 0
    assert len(store.audit()) == audit_before and store.clip(clip_id)["source_url"] is None
    store.close()


def test_a_field_is_checked_before_it_is_sent_with_the_sentence_the_store_refuses_it_with(case_at) -> None:
    store = open_case(case_at)
    clip_id = new_clip(store)
    cases = [
        ("sources", "archive_url", "file:///etc/passwd"),
        ("clips", "source_url", "javascript:alert(1)"),
        ("sources", "published", "14 March 2025"),
        ("verdicts", "summary", "x" * (MAX_TEXT + 1)),
        ("sources", "stance", "agrees"),
    ]
    for table, key, value in cases:
        with pytest.raises(Refused) as checked:
            check_field(table, key, value)
        with pytest.raises(Refused) as refused:
            if table == "clips":
                store.edit(table, clip_id, {key: value})
            else:
                store.create(table, clip_id, {key: value})
        assert str(checked.value) == str(refused.value)
    assert check_field("clips", "upload_date", "20250314") == "2025-03-14"  # what the store would keep
    assert check_field("sources", "url", "  https://example.org/a ") == "https://example.org/a"
    store.close()


def test_http_urls_are_taken_with_the_publisher_from_the_domain(case_at) -> None:
    store = open_case(case_at)
    clip_id = new_clip(store)
    cases = {
        "https://www.bbc.co.uk/news/articles/x?y=1#z": "bbc.co.uk",
        "HTTP://Example.COM:8080/a": "example.com",
        "  https://user@reuters.com/fact-check  ": "reuters.com",
        "https://例子.测试/路径": "例子.测试",
    }
    for url, publisher in cases.items():
        row = store.row("sources", store.create("sources", clip_id, {"url": url}).row_id)
        assert (row["url"], row["publisher"]) == (url.strip(), publisher)
    row = store.row("sources", store.create("sources", clip_id, {"url": "https://a.org/", "publisher": "AP"}).row_id)
    assert row["publisher"] == "AP"
    row = store.row("sources", store.create("sources", clip_id, {"title": "a printed leaflet"}).row_id)
    assert (row["url"], row["publisher"]) == (None, None)
    store.close()


def test_text_length_limit(case_at) -> None:
    store = open_case(case_at)
    clip_id = new_clip(store)
    with pytest.raises(Refused) as refused:
        store.create("claims", clip_id, {"text": "x" * (MAX_TEXT + 1)})
    assert str(refused.value) == "The text is 100,001 characters long; the most a field holds is 100,000."
    with pytest.raises(Refused):
        store.create("sources", clip_id, {"quote": "q" * (MAX_TEXT + 1)})
    assert store.claims(clip_id) == [] and store.sources(clip_id) == []
    longest = "论" * MAX_TEXT
    change = store.create("claims", clip_id, {"text": longest})
    assert store.row("claims", change.row_id)["text"] == longest
    assert store.create("claims", clip_id, {"text": "y" * MAX_TEXT + "\x00" * 10}).row_id  # counted after cleaning
    store.close()


def test_bad_numbers_regions_and_choices_are_refused(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    clip_id = new_clip(store)
    refused = [
        ("claims", {"frame_in": -1}),
        ("claims", {"frame_in": True}),
        ("claims", {"frame_in": 1.5}),
        ("claims", {"frame_in": "12"}),
        ("claims", {"frame_in": 2**63}),
        ("claims", {"frame_in": 10, "frame_out": 9}),
        ("claims", {"text": 12}),
        ("evidence", {"regions": [{"shape": "rectangle", "x0": 0, "y0": 0, "x1": 1.01, "y1": 1}]}),
        ("evidence", {"regions": [{"shape": "rectangle", "x0": -0.1, "y0": 0, "x1": 1, "y1": 1}]}),
        ("evidence", {"regions": [{"shape": "rectangle", "x0": float("nan"), "y0": 0, "x1": 1, "y1": 1}]}),
        ("evidence", {"regions": [{"shape": "rectangle", "x0": True, "y0": 0, "x1": 1, "y1": 1}]}),
        ("evidence", {"regions": [{"shape": "star", "x0": 0, "y0": 0, "x1": 1, "y1": 1}]}),
        ("evidence", {"regions": [{"shape": "ellipse", "x0": 0, "y0": 0}]}),
        ("evidence", {"regions": {"shape": "ellipse"}}),
        ("sources", {"stance": "maybe"}),
        ("sources", {"published": "yesterday"}),
        ("sources", {"published": "2026-02-30"}),
        ("verdicts", {"authenticity": "Fake!!"}),
        ("verdicts", {"status": "'; drop table verdicts; --"}),
    ]
    for table, values in refused:
        with pytest.raises(Refused):
            store.create(table, clip_id, values)
    with pytest.raises(ValueError, match="no editable field"):
        store.create("claims", clip_id, {"deleted": 1})
    with pytest.raises(ValueError):
        store.create("audit", clip_id, {})
    assert all(count(tmp_path / "case.db", t) == 0 for t in ("claims", "sources", "evidence", "verdicts"))
    store.close()


def test_rtl_cjk_and_sql_text_stored_literally_and_found(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    clip_id = new_clip(store)
    texts = [
        "الفيديو مزيف تماما",  # Arabic
        "הסרטון הזה מזויף",  # Hebrew
        "这个视频是人工智能生成的",  # Chinese
        "この動画はAIで作られた",  # Japanese
        "'; drop table claims; --",
        'Robert"); DELETE FROM audit; --',
        "\u202eevil\u202c mixed עברית and English 🎥",
    ]
    ids = [store.create("claims", clip_id, {"text": text}).row_id for text in texts]
    assert [store.row("claims", i)["text"] for i in ids] == texts
    assert count(tmp_path / "case.db", "claims") == len(texts) and count(tmp_path / "case.db", "audit") > len(texts)
    for query, expected in [
        ("مزيف", 0),
        ("מזויף", 1),
        ("人工智能", 2),
        ("作られた", 3),
        ("drop table claims", 4),
        ("DELETE FROM audit", 5),
        ("עברית and", 6),
    ]:
        assert [hit["id"] for hit in store.search(query)] == [ids[expected]], query
    store.close()


FTS_SYNTAX = [
    '"',
    '""',
    "*",
    "OR",
    "AND",
    "NOT",
    "NEAR(",
    "NEAR(a b)",
    "-",
    "-flood",
    "^",
    "a:b",
    "claims_fts:x",
    "(((",
    ")",
    "flood*",
    "%",
    "_",
    "\\",
    "'",
    "{text}: x",
    "\x00",
    "00\x00",
    "flood\x00*",
    "   ",
    "",
]


def test_search_query_syntax_never_raises(case_at) -> None:
    store = open_case(case_at)
    first, other = new_clip(store), new_clip(store, 2)
    store.create("claims", first, {"text": 'The "official" video: 50% of it is NEAR(fake) - flood*'})
    for query in FTS_SYNTAX:
        assert isinstance(store.search(query), list), query
        assert isinstance(store.claims_like(query, other), list), query
    assert len(store.search('"official"')) == 1
    assert len(store.search("NEAR(fake)")) == 1
    assert len(store.search("flood*")) == 1
    assert len(store.search("flood\x00*")) == 1
    assert len(store.search("%")) == 1 and len(store.search("50%")) == 1
    store.create("claims", first, {"text": "no per cent sign here"})
    assert len(store.search("%")) == 1  # % is a character to look for, not a wildcard
    assert len(store.search("_")) == 0
    store.close()


@FEW
@given(query=st.text(max_size=30))
@example(query="00\x00")
def test_search_any_text_never_raises(query: str) -> None:
    store = Store.open(Path(":memory:"))
    try:
        clip_id = new_clip(store)
        store.create("claims", clip_id, {"text": "flood in the city"})
        assert isinstance(store.search(query), list)
        assert isinstance(store.claims_like(query, clip_id + 1), list)
    finally:
        store.close()


# --- search -------------------------------------------------------------------------------------------------------
def test_search_across_clips_and_kinds_not_deleted(case_at) -> None:
    store = open_case(case_at)
    one, two = new_clip(store, 1), new_clip(store, 2)
    claim = store.create("claims", one, {"text": "The Flood in Valencia was filmed in 2019"}).row_id
    source = store.create("sources", two, {"url": "https://news.example/a", "title": "Valencia flood archive"}).row_id
    note = store.create("evidence", two, {"frame": 3, "note": "water edge boils: flood composited"}).row_id
    verdict = store.create("verdicts", one, {"summary": "Old flood footage, miscaptioned"}).row_id
    gone = store.create("claims", two, {"text": "flood deleted claim"}).row_id
    store.delete("claims", gone)
    store.create("claims", two, {"text": "unrelated"})
    hits = store.search("FLOOD")
    assert {(h["table"], h["id"], h["clip_id"]) for h in hits} == {
        ("claims", claim, one),
        ("sources", source, two),
        ("evidence", note, two),
        ("verdicts", verdict, one),
    }
    kinds = {h["table"]: h for h in hits}
    assert kinds["sources"]["kind"] == "source" and kinds["sources"]["shown"] == "Valencia flood archive"
    assert kinds["evidence"]["kind"] == "evidence note" and kinds["claims"]["file_name"] == "clip1.mp4"
    assert [h["id"] for h in store.search("news.example")] == [source]  # the URL is searched too
    assert len(store.search("flood", limit=2)) == 2
    assert store.search("nothing like this") == [] and store.search("") == []
    store.edit("claims", claim, {"text": "renamed"})  # the index follows edits
    assert all(h["table"] != "claims" for h in store.search("flood"))
    assert [h["id"] for h in store.search("renamed")] == [claim]
    store.close()


def test_short_cjk_search_falls_back_to_like(case_at) -> None:
    store = open_case(case_at)
    clip_id = new_clip(store)
    flood = store.create("claims", clip_id, {"text": "洪水淹没了城市"}).row_id
    store.create("claims", clip_id, {"text": "地震"})
    note = store.create("evidence", clip_id, {"note": "水面有洪水的痕迹"}).row_id
    assert {(h["table"], h["id"]) for h in store.search("洪水")} == {("claims", flood), ("evidence", note)}
    assert [h["id"] for h in store.search("城")] == [flood]
    assert store.search("火山") == []
    store.close()


def test_claims_like_finds_other_clips_only(case_at) -> None:
    store = open_case(case_at)
    one, two, three = new_clip(store, 1), new_clip(store, 2), new_clip(store, 3)
    bridge = store.create("claims", one, {"text": "The flood in Valencia destroyed the old bridge", "rating": "False"})
    also = store.create("claims", two, {"text": "The bridge was destroyed by the flood"})
    cjk = store.create("claims", one, {"text": "洪水淹没了城市"})
    gone = store.create("claims", three, {"text": "destroyed bridge flood"})
    store.delete("claims", gone.row_id)
    similar = store.claims_like("bridge destroyed by flood", other_than_clip=two)
    assert [(s["id"], s["clip_id"], s["rating"]) for s in similar] == [(bridge.row_id, one, "False")]
    assert [s["id"] for s in store.claims_like("bridge destroyed by flood", other_than_clip=one)] == [also.row_id]
    assert [s["id"] for s in store.claims_like("城市被洪水淹没", other_than_clip=two)] == [cjk.row_id]
    assert store.claims_like("城市被洪水淹没", other_than_clip=one) == []
    assert store.claims_like("the and was", other_than_clip=two) == []  # short words say nothing
    store.close()


# --- backups ------------------------------------------------------------------------------------------------------
def test_daily_backup_once_a_day_keeps_the_newest(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    clip_id = new_clip(store)
    store.create("claims", clip_id, {"text": "backed up ✓"})
    first = backup.daily_backup(store, today="2026-01-01")
    assert first == tmp_path / "backups" / "case-2026-01-01.db" and first.is_file()
    assert backup.daily_backup(store, today="2026-01-01") is None
    copy = Store.open(first)
    assert [c["text"] for c in copy.claims(clip_id)] == ["backed up ✓"] and copy.integrity() == "ok"
    copy.close()
    other = tmp_path / "backups" / "case-archive-2026-01-01.db"  # another database's copy in the same folder
    other.write_bytes(b"not ours")
    days = [(date(2026, 1, 2) + timedelta(days=n)).isoformat() for n in range(backup.KEEP + 2)]
    for day in days:
        assert backup.daily_backup(store, today=day) is not None
    kept = backup.backups(tmp_path / "case.db")
    assert [p.name for p in kept] == [f"case-{day}.db" for day in reversed(days)][: backup.KEEP]
    assert other.read_bytes() == b"not ours"
    assert not list((tmp_path / "backups").glob("*.partial"))
    store.close()


def test_daily_backup_while_another_connection_reads(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    clip_id = new_clip(store)
    reader = sqlite3.connect(tmp_path / "case.db")
    reader.execute("BEGIN")
    reader.execute("select count(*) from claims").fetchone()  # a read transaction open elsewhere
    try:
        store.create("claims", clip_id, {"text": "written while read"})
        made = backup.daily_backup(store, today="2026-03-01")
    finally:
        reader.close()
    copy = Store.open(made)
    assert [c["text"] for c in copy.claims(clip_id)] == ["written while read"]
    copy.close()
    store.close()


def test_restore_replaces_a_damaged_file_and_keeps_it(tmp_path: Path) -> None:
    database = tmp_path / "case.db"
    store = Store.open(database)
    clip_id = new_clip(store)
    store.create("claims", clip_id, {"text": "before the damage"})
    made = backup.daily_backup(store, today="2026-02-01")
    store.close()
    damage = random.Random(3).randbytes(8192)
    database.write_bytes(damage)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(database)
    kept = backup.restore(database, made)
    assert kept.read_bytes() == damage and kept.parent == database.parent and kept != database
    store = Store.open(database)
    assert [c["text"] for c in store.claims(clip_id)] == ["before the damage"] and store.integrity() == "ok"
    store.close()
    again = backup.restore(database, made)  # a second restore within the same second keeps the first file too
    assert again != kept and kept.read_bytes() == damage and again.is_file()
    assert made.is_file()


def test_restore_refuses_a_damaged_or_missing_backup(tmp_path: Path) -> None:
    database = tmp_path / "case.db"
    store = Store.open(database)
    new_clip(store)
    store.close()
    before = database.read_bytes()
    bad = tmp_path / "bad-backup.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(StoreError) as refused:
        backup.restore(database, bad)
    assert str(bad) in str(refused.value) and "damaged" in str(refused.value)
    missing = tmp_path / "no-such-backup.db"
    with pytest.raises(StoreError, match="does not exist"):
        backup.restore(database, missing)
    assert not missing.exists()
    assert database.read_bytes() == before
    assert made_in(tmp_path) == ["bad-backup.db", "case.db"]


# --- yt-dlp sidecar -----------------------------------------------------------------------------------------------
INFO = {
    "webpage_url": "https://www.youtube.com/watch?v=abc123",
    "extractor_key": "Youtube",
    "uploader": "Канал новостей",
    "upload_date": "20260101",
    "title": "Flood\x07 in the city 洪水",
    "description": "Line one\nLine two\x00",
    "duration": 12,
}


@pytest.mark.parametrize("name", ["clip.mp4.info.json", "clip.info.json"])
def test_info_json_fills_the_source_fields(tmp_path: Path, name: str) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00")
    (tmp_path / name).write_text(json.dumps(INFO, ensure_ascii=False), encoding="utf-8")
    fields, note = info_json.source_fields(clip)
    assert fields == {
        "source_url": "https://www.youtube.com/watch?v=abc123",
        "platform": "YouTube",  # as people know it, not as yt-dlp's extractor is named
        "uploader": "Канал новостей",
        "upload_date": "2026-01-01",
        "title": "Flood in the city 洪水",
        "description": "Line one\nLine two",
    }
    assert note == f"Source details filled from {name}."
    store = open_store(tmp_path)
    row = store.add_clip(clip, "e" * 64, 1, {}, fields)
    assert {k: row[k] for k in fields} == fields
    store.close()


@pytest.mark.parametrize(
    ("url", "left_out"),
    [("file:///etc/passwd", "source url"), ("javascript:alert(1)", "source url"), ("http://[::1", "source url")],
)
def test_info_json_unusable_url_is_left_out_with_a_note(tmp_path: Path, url: str, left_out: str) -> None:
    clip = tmp_path / "clip.webm"
    (tmp_path / "clip.webm.info.json").write_text(json.dumps({**INFO, "webpage_url": url, "upload_date": "2026-13-45"}))
    fields, note = info_json.source_fields(clip)
    assert "source_url" not in fields and "upload_date" not in fields
    assert fields["platform"] == "YouTube" and fields["title"] == "Flood in the city 洪水"
    assert note.endswith(f"Left out as unusable: {left_out}, upload date.")


def test_info_json_broken_or_absent(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    assert info_json.source_fields(clip) == ({}, "")
    sidecar = tmp_path / "clip.info.json"
    for content, says in [
        (b'{"webpage_url": "https://x.org/", ', "could not be read (JSONDecodeError)"),
        (b"\xff\xfe\x00garbage", "could not be read"),
        (b'["a list"]', "is not a yt-dlp info file"),
    ]:
        sidecar.write_bytes(content)
        fields, note = info_json.source_fields(clip)
        assert fields == {} and note.startswith("clip.info.json") and says in note
    sidecar.write_text(json.dumps({"webpage_url": 5, "original_url": "https://x.org/v", "uploader": None}))
    fields, _ = info_json.source_fields(clip)
    assert fields["source_url"] == "https://x.org/v" and fields["uploader"] == ""


def test_info_json_nested_too_deeply_is_a_note_not_a_crash(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    (tmp_path / "clip.info.json").write_text("[" * 200_000 + "]" * 200_000)
    fields, note = info_json.source_fields(clip)
    assert (
        fields == {}
        and note == "clip.info.json could not be read (nested too deeply); the source fields were left empty."
    )


def test_info_json_too_large_or_not_a_file_is_never_read(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    sidecar = tmp_path / "clip.info.json"
    padding = " " * (info_json.MAX_SIDECAR_BYTES + 1 - len(json.dumps(INFO)))
    sidecar.write_text(json.dumps(INFO) + padding)  # valid JSON, one byte over the bound
    read = info_json.read_source(clip)
    assert read.fields == {} and read.unread
    assert read.note.startswith(f"clip.info.json is {info_json.MAX_SIDECAR_BYTES + 1:,} bytes, more than the")
    sidecar.unlink()
    os.mkfifo(tmp_path / "clip.mp4.info.json")  # sidecar() passes it over: it is not a file
    assert info_json.source_fields(clip) == ({}, "")


def test_undo_never_overwrites_a_change_made_since_in_another_window(case_at) -> None:
    mine, theirs = open_case(case_at), open_case(case_at)
    clip_id = new_clip(mine)
    history = History()
    claim = mine.create("claims", clip_id, {"text": "orig"})
    history.record(mine.edit("claims", claim.row_id, {"text": "mine"}))
    theirs.edit("claims", claim.row_id, {"text": "theirs"})
    with pytest.raises(Refused, match="changed since"):
        history.undo(mine)
    assert mine.claims(clip_id)[0]["text"] == "theirs"
    assert history.undo_text() == "Undo editing the claim"  # still there to undo once the other change is gone
    theirs.edit("claims", claim.row_id, {"text": "mine"})
    history.undo(mine)
    assert mine.claims(clip_id)[0]["text"] == "orig"
    mine.close()
    theirs.close()


def test_a_restore_failing_half_way_puts_everything_back(tmp_path: Path, monkeypatch) -> None:
    store = open_store(tmp_path)
    backup_copy = backup.daily_backup(store, today="2026-11-01")
    clip_id = new_clip(store)
    store.create("claims", clip_id, {"text": "work after the backup"})
    store.close()
    database = tmp_path / "case.db"
    real_replace = Path.replace

    def failing(self: Path, target):
        if self.name.endswith(".restoring"):
            raise OSError(28, "No space left on device")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", failing)
    with pytest.raises(StoreError, match="left as it was"):
        backup.restore(database, backup_copy)
    monkeypatch.undo()
    reopened = Store.open(database)
    assert [c["text"] for c in reopened.claims(clip_id)] == ["work after the backup"]
    assert not list(tmp_path.glob("case.replaced-*")) and not list(tmp_path.glob("*.restoring"))
    reopened.close()


def test_no_restore_while_another_window_has_the_case_open(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    saved = backup.daily_backup(store, today="2026-11-02")
    other_window = open_store(tmp_path)
    store.close()
    with pytest.raises(StoreError, match="open in another ReelCheck window"):
        backup.restore(tmp_path / "case.db", saved)
    other_window.close()
    backup.restore(tmp_path / "case.db", saved)
    Store.open(tmp_path / "case.db").close()


def test_a_claims_frames_and_a_sources_claim_are_checked_against_what_is_stored(case_at) -> None:
    store = open_case(case_at)
    clip_id, other_clip = new_clip(store, 1), new_clip(store, 2)
    claim = store.create("claims", clip_id, {"text": "x", "frame_in": 10, "frame_out": 20})
    with pytest.raises(Refused, match="same or a later one"):
        store.edit("claims", claim.row_id, {"frame_in": 500})  # past the stored out-point
    elsewhere = store.create("claims", other_clip, {"text": "y", "frame_in": 0, "frame_out": 1})
    with pytest.raises(Refused, match="not on this clip"):
        store.create("sources", clip_id, {"claim_id": elsewhere.row_id, "url": "https://example.org/a"})
    source = store.create("sources", clip_id, {"claim_id": claim.row_id, "url": "https://example.org/b"})
    with pytest.raises(Refused, match="not on this clip"):
        store.edit("sources", source.row_id, {"claim_id": elsewhere.row_id})
    assert store.claims(clip_id)[0]["frame_in"] == 10 and store.sources(clip_id)[0]["claim_id"] == claim.row_id
    store.close()
