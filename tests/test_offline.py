"""Nothing leaves the machine: `analyze`, `provenance`, `export` and `verify` run with every socket refused, and
ONNX Runtime's telemetry (a device id and a queue of usage events in the user cache, uploaded to Microsoft) stays
off. Each command runs in a fresh Python whose home and XDG folders are a temporary folder, so what it writes
there can be seen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analyzers.registry import discover
from app.media.synth import ClipRecipe, write_clip
from app.preferences import Preferences, save_preferences
from app.store.store import Store
from tests.case import add_to_case

# The network made to fail loudly: a socket made, a name looked up or a connection opened ends the process with
# NETWORK_USED and the stack that tried.
NETWORK_USED = 97
_REFUSE_NETWORK = rf"""
import json, os, socket, sys, traceback

def refuse(*args, **kwargs):
    sys.stderr.write("network used:\n" + "".join(traceback.format_stack()))
    sys.stderr.flush()
    os._exit({NETWORK_USED})

class RefusedSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        refuse()

socket.socket = RefusedSocket
for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
    setattr(socket, name, refuse)
"""
_OFFLINE = (  # one `reelcheck` command
    _REFUSE_NETWORK
    + """
from app.main import main

code = main(sys.argv[1:])
print(json.dumps({"ORT_DISABLE_TELEMETRY": os.environ.get("ORT_DISABLE_TELEMETRY")}))
sys.exit(code)
"""
)


@pytest.fixture
def case(tmp_path) -> tuple[Path, Path, dict]:
    """A clip and a case database in which it has been reviewed (a rated claim, a verdict), and the environment
    of a user whose home is a temporary folder."""
    home = tmp_path / "home"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "ORT_"))}
    env.update(
        HOME=str(home),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
    )
    save_preferences(Preferences(reviewer="tester"), home / ".config" / "reelcheck" / "settings.json")
    clip = write_clip(tmp_path / "clip.mp4", ClipRecipe(frames=12, gop=6, size=(160, 96)))
    database = tmp_path / "case.db"
    store = Store.open(database, "tester")
    row = add_to_case(store, clip)
    claim = {"frame_in": 0, "frame_out": 11, "text": "金字塔 in one night", "rating": "False"}
    store.create("claims", row["id"], claim)
    verdict = {"authenticity": "Undetermined", "content_rating": "False", "summary": "Checked offline."}
    store.create("verdicts", row["id"], {**verdict, "reviewer": "tester", "decided_at": "2026-11-20T10:00:00Z"})
    store.close()
    return clip, database, env


def _offline(env: dict, *argv: str, program: str = _OFFLINE) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", program, *argv]
    root = Path(__file__).resolve().parents[1]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env, cwd=root)


@pytest.mark.parametrize(
    "attempt",
    ["socket.getaddrinfo('example.org', 443)", "socket.create_connection(('192.0.2.1', 443))", "socket.socket()"],
)
def test_the_blocked_network_fails_whoever_tries_it(attempt):
    tried = _offline(dict(os.environ), program=_REFUSE_NETWORK + attempt)
    assert tried.returncode == NETWORK_USED and "network used" in tried.stderr


def _telemetry_files(home: Path) -> list[Path]:
    """What ONNX Runtime's telemetry leaves: Microsoft/DeveloperTools/.onnxruntime/{deviceid,onnxruntime.db}."""
    words = ("onnxruntime", "microsoft", "deviceid", "telemetry")
    return [path for path in home.rglob("*") if any(word in path.name.lower() for word in words)]


def test_commands_reach_no_network_and_onnx_runtime_keeps_no_device_id(case, tmp_path):
    clip, database, env = case
    home = Path(env["HOME"])
    out = tmp_path / "dossier"
    scores = tmp_path / "scores.json"
    analysed = _offline(env, "--db", str(database), "analyze", str(clip), "--json", str(scores), "--record")
    assert analysed.returncode == 0, analysed.stderr
    assert _telemetry_files(home) == []
    assert json.loads(analysed.stdout.splitlines()[-1]) == {"ORT_DISABLE_TELEMETRY": "1"}  # and left so
    provenance = _offline(env, "provenance", str(clip))
    assert provenance.returncode == 0, provenance.stderr
    exported = _offline(env, "--db", str(database), "export", str(clip), "--out", str(out), "--json")
    assert exported.returncode == 0, exported.stderr
    [dossier] = out.glob("*.json")
    verified = _offline(env, "verify", str(dossier), "--clip", str(clip))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    recorded = json.loads(dossier.read_text("utf-8"))["analyzers"]
    assert len(recorded) == len(discover().analyzers)  # the analysis was really run and recorded
    assert _telemetry_files(home) == []
