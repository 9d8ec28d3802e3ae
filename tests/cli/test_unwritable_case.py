"""A case database the command line cannot write to: a read-only folder is said as such (never "damaged"), nothing
in it changes, and `analyze --record` keeps the scores it computed and says where."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.media.hashing import sha256_file
from app.preferences import Preferences, save_preferences
from app.store.store import Store
from tests.case import add_to_case


def _read_only_mounts_work() -> bool:
    try:
        return subprocess.run(["unshare", "--mount", "true"], capture_output=True, timeout=30).returncode == 0
    except OSError:
        return False


@pytest.fixture
def read_only_case(h264_clip, tmp_path) -> Iterator[tuple[Path, Path, Path]]:
    """(case folder, clip, home): a case database with one clip in a folder the commands cannot write to, and a
    home folder they can. Root writes through any permission, so as root the commands run in a mount namespace of
    their own where the folder is mounted read-only (the kernel refuses every write, EROFS); otherwise the folder
    is made read-only by its permissions."""
    if os.geteuid() == 0 and not _read_only_mounts_work():
        pytest.skip("running as root without mount namespaces: no way to make a folder read-only here")
    case, home = tmp_path / "case", tmp_path / "home"
    case.mkdir()
    home.mkdir()
    save_preferences(Preferences(reviewer="tester"), home / "config" / "reelcheck" / "settings.json")
    clip = Path(shutil.copy(h264_clip, case / "clip.mp4"))
    store = Store.open(case / "case.db")
    add_to_case(store, clip)
    store.close()
    if os.geteuid() != 0:
        case.chmod(0o555)
    try:
        yield case, clip, home
    finally:
        case.chmod(0o755)


def reelcheck(case: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    """The command, run where `case` cannot be written to."""
    command = [sys.executable, "-m", "app.main", *args]
    if os.geteuid() == 0:
        read_only = f'mount --bind "{case}" "{case}" && mount -o remount,ro,bind "{case}" && exec "$@"'
        command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", read_only, "sh", *command]
    folders = {f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("DATA", "CACHE", "CONFIG", "STATE")}
    return subprocess.run(
        command, capture_output=True, text=True, timeout=300, env={**os.environ, "HOME": str(home), **folders}
    )


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_a_read_only_case_folder_is_said_and_analyze_keeps_its_scores(read_only_case):
    case, clip, home = read_only_case
    before = digests(case)
    database = str(case / "case.db")

    analysed = reelcheck(
        case, home, "analyze", str(clip), "--detectors", "noise_level", "--stride", "8", "--record", "--db", database
    )
    assert analysed.returncode == 2
    message = analysed.stderr.strip().splitlines()[-1]
    assert f"The folder {case} is read-only" in message and "damaged" not in message, analysed.stderr
    kept = Path(message.split("The scores are kept in ", 1)[1].removesuffix("."))
    assert kept.parent == home / "data" / "reelcheck" / "unrecorded scores"
    scores = json.loads(kept.read_text())
    assert scores["clip"]["sha256"] == sha256_file(clip)
    [run] = scores["analyzers"]
    assert run["id"] == "noise_level" and run["frames"][:2] == [0, 8] and len(run["scores"]) == len(run["frames"])

    exported = reelcheck(case, home, "export", "1", "--json", "--out", str(home / "out"), "--db", database)
    assert exported.returncode == 2 and f"The folder {case} is read-only" in exported.stderr
    assert "damaged" not in exported.stderr and "Traceback" not in exported.stderr

    backup = Path(shutil.copy(case / "case.db", home / "backup.db"))
    restored = reelcheck(case, home, "restore", str(backup), "--db", database)
    assert restored.returncode == 2 and f"The folder {case} is read-only" in restored.stderr, restored.stderr
    assert "Traceback" not in restored.stderr and "failed unexpectedly" not in restored.stderr

    assert digests(case) == before  # nothing in the folder changed, nothing was added


def test_analyze_keeps_its_scores_in_the_json_file_when_the_case_refuses_them(h264_clip, tmp_path):
    from app.store import schema

    database = tmp_path / "newer.db"
    Store.open(database).close()
    import sqlite3

    with sqlite3.connect(database) as connection:  # a newer ReelCheck's case: this one must not write into it
        connection.execute(f"PRAGMA user_version={schema.VERSION + 1}")
    connection.close()
    out = tmp_path / "scores.json"
    analysed = subprocess.run(
        [sys.executable, "-m", "app.main", "analyze", str(h264_clip), "--detectors", "noise_level", "--stride", "16"]
        + ["--record", "--json", str(out), "--db", str(database)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert analysed.returncode == 2 and "newer ReelCheck" in analysed.stderr
    assert f"The scores are kept in {out}." in analysed.stderr
    assert json.loads(out.read_text())["analyzers"][0]["id"] == "noise_level"
