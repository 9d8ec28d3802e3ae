"""The case database from the command line: the demo case built headless, and the way back from a damaged file."""

from __future__ import annotations

import subprocess
import sys

from app.store.backup import backups
from app.store.store import Store


def _reelcheck(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.main", *args], capture_output=True, text=True, timeout=300)


def test_demo_case_is_built_without_a_window_and_a_damaged_file_is_restored(tmp_path):
    database = tmp_path / "cases" / "demo.db"
    first = _reelcheck("--db", str(database), "demo", "--no-gui")
    assert first.returncode == 0, first.stderr
    assert "5 clips, 4 claims, 3 sources, 3 evidence frames, 2 verdicts" in first.stdout
    again = _reelcheck("--db", str(database), "demo", "--no-gui")
    assert again.stdout == first.stdout  # building twice changes nothing

    store = Store.open(database)
    clips = {clip["file_name"]: clip for clip in store.clips()}
    short = clips["vertical_short_h264.mp4"]
    assert short["platform"] == "TikTok" and short["upload_date"] == "2026-11-02"
    texts = [claim["text"] for claim in store.claims(short["id"])]
    assert "金字塔是用激光切割的石块建造的。" in texts and "الأهرامات بنيت في ليلة واحدة" in texts
    assert store.verdict(short["id"])["authenticity"] == "Likely AI-generated"
    assert all(len(item["image_sha256"]) == 64 for item in store.evidence(short["id"]))
    assert store.integrity() == "ok"
    store.close()

    [backup] = backups(database)  # made the first time the database was opened today
    database.write_bytes(b"\0" * 4096)
    broken = _reelcheck("--db", str(database), "demo", "--no-gui")
    assert broken.returncode == 2 and "is damaged" in broken.stderr and "reelcheck restore" in broken.stderr
    listed = _reelcheck("--db", str(database), "restore")
    assert listed.stdout.strip() == str(backup)
    restored = _reelcheck("--db", str(database), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    kept = [p for p in database.parent.iterdir() if p.name.startswith("demo.replaced-")]
    assert kept and kept[0].read_bytes() == b"\0" * 4096  # the damaged file is kept, never deleted
    Store.open(database).close()
    assert _reelcheck("--db", str(database), "restore", str(tmp_path / "nothing.db")).returncode == 2


def test_the_demo_case_has_score_runs_and_analyze_records_into_the_case(tmp_path):
    database = tmp_path / "demo.db"
    assert _reelcheck("--db", str(database), "demo", "--no-gui").returncode == 0
    store = Store.open(database)
    short = next(c for c in store.clips() if c["file_name"] == "vertical_short_h264.mp4")
    runs = store.analyses(short["id"])
    assert {run["analyzer_id"] for run in runs} >= {"noise_level", "spectral_periodicity"}
    assert all(run["frames"] and len(run["frames"]) == len(run["scores"]) for run in runs)
    unreviewed = next(c for c in store.clips() if store.verdict(c["id"]) is None)
    assert store.analyses(unreviewed["id"]) == []
    store.close()

    recorded = _reelcheck(
        "--db", str(database), "analyze", unreviewed["path"], "--detectors", "noise_level", "--stride", "4", "--record"
    )
    assert recorded.returncode == 0, recorded.stderr
    store = Store.open(database)
    [run] = store.analyses(unreviewed["id"])
    assert run["analyzer_id"] == "noise_level" and run["frames"][:2] == [0, 4]
    store.close()
    nowhere = _reelcheck("--db", str(database), "analyze", unreviewed["path"])
    assert nowhere.returncode == 2 and "--json OUT, --record" in nowhere.stderr


def test_another_programs_database_given_as_db_is_refused_untouched(tmp_path, h264_clip):
    import hashlib
    import sqlite3

    other = tmp_path / "places.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("create table moz_places (id integer primary key, url text)")
    connection.commit()
    connection.close()
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    for args in (
        ("export", "1", "--out", str(tmp_path / "out"), "--db", str(other)),
        ("--db", str(other), "analyze", str(h264_clip), "--detectors", "noise_level", "--stride", "32", "--record"),
        ("--db", str(other), "restore", str(other)),
    ):
        refused = _reelcheck(*args)
        assert refused.returncode == 2 and "belongs to another program" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("places.sqlite?*"))  # no -wal or -shm: it was never switched to WAL
