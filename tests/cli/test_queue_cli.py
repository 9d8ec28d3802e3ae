"""The queue from the command line, in a subprocess as a moderator runs it: import a folder, list the queue as JSON,
decide a clip (an audited edit), export it; hostile names printed inert, wrong choices refused with the list."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from app.store.store import Store
from tests.queue.footage import write_footage

ESCAPED = "evil\x1b[2J\x1b]0;pwned\x07name.mp4"


def _reelcheck(database: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.main", "--db", str(database), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_import_list_decide_and_export_round_trip(tmp_path):
    folder = tmp_path / "reports"
    (folder / "nested").mkdir(parents=True)
    small = {"size": (160, 90), "seconds": 2, "fps": 10}
    write_footage(folder / "slop.mp4", 41, **small)
    write_footage(folder / "nested" / ESCAPED, 42, **small)
    (folder / "fake.mp4").write_text("not a video\n")
    os.mkfifo(folder / "pipe.mp4")
    database = tmp_path / "case.db"

    imported = _reelcheck(database, "import", str(folder), "--recursive")
    assert imported.returncode == 0, imported.stderr
    assert "2 clips added, 0 already in the case, 0 unchanged since the last import, 2 not imported" in imported.stdout
    assert "fake.mp4: This is not a video file" in imported.stdout and "pipe.mp4: is a named pipe" in imported.stdout
    assert "import 100%" in imported.stderr
    assert "\x1b" not in imported.stdout + imported.stderr  # the escape codes in a name are shown, not obeyed

    listed = _reelcheck(database, "queue")
    assert listed.returncode == 0 and "\x1b" not in listed.stdout and "evil\\x1b[2J" in listed.stdout
    assert "2 clips" in listed.stdout

    rows = json.loads(_reelcheck(database, "queue", "--json").stdout)
    assert sorted(row["name"] for row in rows) == sorted(["slop.mp4", ESCAPED])
    assert all(row["status"] == "New" and row["decision"] == "" and len(row["sha256"]) == 64 for row in rows)
    slop = next(row for row in rows if row["name"] == "slop.mp4")

    decided = _reelcheck(database, "decide", slop["sha256"][:10], "--decision", "label as ai-generated")
    assert decided.returncode == 0, decided.stderr
    assert "status New -> Decided" in decided.stdout and "Label as AI-generated" in decided.stdout
    by_file = _reelcheck(database, "decide", str(folder / "slop.mp4"), "--assignee", "Lin", "--note", "ask the desk")
    assert by_file.returncode == 0, by_file.stderr
    wrong = _reelcheck(database, "decide", str(slop["id"]), "--status", "finished")
    assert wrong.returncode == 2
    assert "New, In review, Second opinion, Decided" in wrong.stderr

    store = Store.open(database)
    try:
        clip = store.clip(slop["id"])
        assert (clip["decision"], clip["queue_status"], clip["assignee"]) == ("Label as AI-generated", "Decided", "Lin")
        edits = [row for row in store.audit(slop["id"]) if row["action"] == "edit"]
        assert len(edits) == 2 and all(row["reviewer"] for row in edits)
        assert '"decision": "Label as AI-generated"' in edits[0]["after"]
    finally:
        store.close()

    only_decided = json.loads(_reelcheck(database, "queue", "--status", "DECIDED", "--json").stdout)
    assert [row["name"] for row in only_decided] == ["slop.mp4"]
    target = tmp_path / "queue.csv"
    exported = _reelcheck(database, "queue", "--decision", "undecided", "--export", str(target))
    assert exported.returncode == 0, exported.stderr
    with target.open(encoding="utf-8-sig", newline="") as file:
        assert [row["Name"] for row in csv.DictReader(file)] == [ESCAPED]

    again = _reelcheck(database, "import", str(folder), "--recursive")
    assert again.returncode == 0 and "2 unchanged since the last import" in again.stdout
    nothing = _reelcheck(database, "import", str(folder / "fake.mp4"))
    assert nothing.returncode == 1 and "0 clips added" in nothing.stdout


def test_a_clip_whose_info_json_is_broken_is_imported_and_the_note_says_so(tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    write_footage(folder / "repost.mp4", seed=9, seconds=1)
    (folder / "repost.info.json").write_text("[" * 100_000 + "]" * 100_000)  # nested past any parser's depth
    done = _reelcheck(tmp_path / "case.db", "import", str(folder))
    assert done.returncode == 0, done.stderr
    assert "1 clip added" in done.stdout
    [note] = [line for line in done.stdout.splitlines() if "repost.mp4: imported;" in line]
    assert "repost.info.json could not be read" in note
