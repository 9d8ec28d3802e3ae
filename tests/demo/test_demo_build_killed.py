"""`reelcheck demo --no-gui` killed while it records the detector runs, then started again: no clip is left with
part of its runs (which would look complete, and never be redone)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from analyzers.registry import discover
from app.store.store import Store


def _runs_recorded(database: Path) -> int:
    if not database.exists():
        return 0
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0)
    try:
        return connection.execute("select count(*) from analyses").fetchone()[0]
    except sqlite3.Error:  # being made
        return 0
    finally:
        connection.close()


def _runs_per_reviewed_clip(database: Path) -> dict[str, int]:
    store = Store.open(database)
    try:
        return {c["file_name"]: len(store.analyses(c["id"])) for c in store.clips() if store.verdict(c["id"])}
    finally:
        store.close()


def test_a_kill_while_runs_are_recorded_leaves_no_clip_half_scored(tmp_path):
    database = tmp_path / "demo.db"
    command = [sys.executable, "-m", "app.main", "demo", "--no-gui", "--db", str(database)]
    build = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 600
        while _runs_recorded(database) == 0:  # the first run of the first clip is in the file: kill now
            assert build.poll() is None, "the demo build ended before its first run was recorded"
            assert time.monotonic() < deadline, "no run was recorded in ten minutes"
            time.sleep(0.0005)
        build.send_signal(signal.SIGKILL)
    finally:
        build.kill()
        build.wait(timeout=60)
    every = len(discover().analyzers)
    assert set(_runs_per_reviewed_clip(database).values()) <= {0, every}  # each clip: all its runs, or none yet

    again = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert set(_runs_per_reviewed_clip(database).values()) == {every}

    with sqlite3.connect(database) as connection:  # as a build from before runs were recorded together left it
        connection.execute("delete from analyses where id in (select max(id) from analyses group by clip_id)")
    connection.close()
    assert every - 1 in _runs_per_reviewed_clip(database).values()
    completed = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr
    assert set(_runs_per_reviewed_clip(database).values()) == {every}
