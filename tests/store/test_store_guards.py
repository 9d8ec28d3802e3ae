"""What the store refuses and how it says so: bidi overrides in links, another program's SQLite file (left byte for
byte as it was), evidence pinned outside the clip, and a read-only folder or a full disk said as what they are."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.store import rules, schema
from app.store.rules import Refused
from app.store.store import Store, StoreError
from app.text.shown import BIDI_CONTROLS
from tests.conftest import made_in

NOBODY = 65534


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def new_clip(store: Store, frame_count: int | None = 64) -> int:
    facts = {"fps": 25.0} | ({"frame_count": frame_count} if frame_count is not None else {})
    return store.add_clip(Path("/clips/a.mp4"), "a" * 64, 1000, facts)["id"]


# --- links ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS))
def test_a_link_with_a_bidi_override_is_refused_by_its_code(tmp_path: Path, control: str) -> None:
    url = f"https://{control}moc.elgoog/"
    code = f"\\u{ord(control):04x}"
    with pytest.raises(Refused, match=f"direction character.*{code.replace(chr(92), chr(92) * 2)}"):
        rules.check_url(url)
    store = Store.open(tmp_path / "case.db")
    clip_id = new_clip(store)
    for field in ("url", "archive_url"):
        with pytest.raises(Refused) as refused:
            store.create("sources", clip_id, {field: f"https://example.org/a{control}b"})
        assert code in str(refused.value) and control not in str(refused.value)
    with pytest.raises(Refused):
        store.edit("clips", clip_id, {"source_url": url})
    assert store.sources(clip_id) == [] and not store.clip(clip_id)["source_url"]
    # the same characters in free text are kept (the window and the PDF show them as codes)
    claim = store.create("claims", clip_id, {"text": f"a {control}quote"})
    assert store.row("claims", claim.row_id)["text"] == f"a {control}quote"
    store.close()


# --- whose file ---------------------------------------------------------------------------------------------------
def _other_programs_database(path: Path, application_id: int = 0) -> None:
    connection = sqlite3.connect(path)
    connection.execute("create table moz_places (id integer primary key, url text)")
    connection.execute("insert into moz_places (url) values ('https://example.org/')")
    if application_id:
        connection.execute(f"PRAGMA application_id={application_id}")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("application_id", [0, 0x0F055112, schema.APPLICATION_ID + 1])
def test_another_programs_database_is_refused_byte_for_byte_untouched(tmp_path: Path, application_id: int) -> None:
    path = tmp_path / "places.sqlite"
    _other_programs_database(path, application_id)
    before = digest(path)
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    message = str(refused.value)
    assert "belongs to another program" in message and str(path) in message and "damaged" not in message
    assert digest(path) == before
    assert made_in(tmp_path) == ["places.sqlite"]  # no -wal, no -shm: no WAL switch


def test_an_empty_database_with_another_programs_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA application_id=1234")
    connection.close()
    before = digest(path)
    with pytest.raises(StoreError, match="belongs to another program"):
        Store.open(path)
    assert digest(path) == before


def test_reelcheck_marks_its_databases_and_older_cases_are_marked_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    store = Store.open(path)
    new_clip(store)
    store.close()
    assert path.read_bytes()[68:72] == b"RChk"  # the header's application id
    with sqlite3.connect(path) as connection:  # as a ReelCheck from before the id was set left it
        connection.execute("PRAGMA application_id=0")
    connection.close()
    assert path.read_bytes()[68:72] == b"\0\0\0\0"
    store = Store.open(path)
    assert len(store.clips()) == 1
    store.close()
    assert path.read_bytes()[68:72] == b"RChk"
    empty = tmp_path / "empty.db"
    empty.touch()  # a file made empty beforehand (mktemp) is a new case
    Store.open(empty).close()
    assert empty.read_bytes()[68:72] == b"RChk"


# --- evidence frames ----------------------------------------------------------------------------------------------
def test_evidence_outside_the_clip_is_refused_when_pinned(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "case.db")
    clip_id = new_clip(store, frame_count=64)
    for frame in (64, 65, 10**6):
        with pytest.raises(Refused, match=f"Frame {frame} is outside the clip: its frames are 0 to 63"):
            store.create("evidence", clip_id, {"frame": frame, "note": "late"})
    with pytest.raises(Refused, match="cannot be negative"):
        store.create("evidence", clip_id, {"frame": -1})
    assert store.evidence(clip_id) == []
    first, last = (store.create("evidence", clip_id, {"frame": n}).row_id for n in (0, 63))
    with pytest.raises(Refused, match="outside the clip"):
        store.edit("evidence", last, {"frame": 64})
    assert [row["frame"] for row in store.evidence(clip_id)] == [0, 63]
    assert store.edit("evidence", first, {"frame": 10}) is not None
    store.close()


# --- a read-only folder, a full disk ------------------------------------------------------------------------------
@contextmanager
def read_only_folder() -> Iterator[Path]:
    """A folder this process cannot write to. As root (who writes anywhere) the process takes the identity of the
    user nobody for the duration, so the kernel really refuses; the folder lies where nobody can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="reelcheck-ro-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def as_someone_who_cannot_write(folder: Path) -> Iterator[None]:
    folder.chmod(0o555)
    root = os.geteuid() == 0
    if root:
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
    try:
        assert not os.access(folder, os.W_OK, effective_ids=True)
        yield
    finally:
        if root:
            os.seteuid(0)
            os.setegid(0)
        folder.chmod(0o755)


def test_a_read_only_folder_is_called_read_only_not_damaged() -> None:
    with read_only_folder() as folder:
        Store.open(folder / "case.db").close()
        before = digest(folder / "case.db")
        with as_someone_who_cannot_write(folder):
            for path in (folder / "case.db", folder / "new.db", folder / "sub" / "new.db"):
                with pytest.raises(StoreError) as refused:
                    Store.open(path)
                message = str(refused.value)
                assert f"The folder {folder} is read-only" in message, message
                assert "damaged" not in message and "restore" not in message.lower()
        assert digest(folder / "case.db") == before
        assert sorted(p.name for p in folder.iterdir()) == ["case.db"]


def test_a_full_disk_is_called_full_and_loses_nothing_saved(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "case.db")
    clip_id = new_clip(store)
    saved = store.create("claims", clip_id, {"text": "saved before the disk filled"}).row_id
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own SQLITE_FULL, as on a full disk
    with pytest.raises(StoreError) as refused:
        for n in range(1000):
            store.create("claims", clip_id, {"text": f"claim {n} " + "x" * 4000})
    message = str(refused.value)
    assert message.startswith("The disk is full") and "damaged" not in message
    assert not store._db.conn.in_transaction  # the failed edit is rolled back, not left open
    assert [c["id"] for c in store.claims(clip_id)][0] == saved
    store._db.execute(f"PRAGMA max_page_count={pages * 100}")
    store.create("claims", clip_id, {"text": "after space was freed"})  # the store goes on working
    assert store.integrity() == "ok"
    store.close()
