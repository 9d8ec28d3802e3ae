"""Text from a file reaches the terminal inert: a container tag, a file name, a folder name or a plugin's name that
holds escape sequences, a newline with a forged `SHA-256` line, C1 controls or bidi overrides is printed with those
characters as codes, by every command that prints it; JSON output stays JSON that means the same text."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import av
import pytest

from app.media.synth import ClipRecipe, write_clip
from app.text.shown import BIDI_CONTROLS
from tests.analyzers.test_analyzers import models_dir
from tests.case import add_to_case

EVIL = "\x1b]0;pwned\x07\x1b[2J\nSHA-256 deadbeef\u202e\x9b[2J"
FORBIDDEN = {"\x1b", "\x07", "\n", *BIDI_CONTROLS, *map(chr, range(0x80, 0xA0))}


def reelcheck(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.main", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def assert_inert(output: str) -> None:
    """No character a terminal would obey, and no line of its own that a file's text began."""
    for line in output.splitlines():
        assert not FORBIDDEN & set(line), repr(line)
        assert not line.lstrip().startswith("SHA-256 deadbeef"), repr(line)


@pytest.fixture(scope="module")
def hostile_clips(tmp_path_factory) -> list[Path]:
    """An MKV and an MP4 whose names and title/comment tags hold EVIL."""
    folder = tmp_path_factory.mktemp("hostile")
    plain = write_clip(folder / "plain.mp4", ClipRecipe(frames=8, gop=4, size=(64, 48)))
    clips = []
    for extension in ("mkv", "mp4"):
        target = folder / f"clip {EVIL}.{extension}"
        with av.open(str(plain)) as source, av.open(str(target), "w") as out:
            out.metadata.update({"title": EVIL, "comment": EVIL})
            stream = out.add_stream_from_template(source.streams.video[0])
            for packet in source.demux(source.streams.video[0]):
                if packet.dts is not None:
                    packet.stream = stream
                    out.mux(packet)
        clips.append(target)
    return clips


def test_probe_shows_hostile_tags_and_names_as_codes(hostile_clips):
    for clip in hostile_clips:
        shown = reelcheck("probe", str(clip))
        assert shown.returncode == 0, shown.stderr
        assert_inert(shown.stdout)
        assert "\\x1b]0;pwned\\x07\\x1b[2J\\x0aSHA-256 deadbeef\\u202e\\x9b[2J" in shown.stdout  # seen, as codes
        as_json = reelcheck("probe", str(clip), "--json")
        assert_inert(as_json.stdout)
        facts = json.loads(as_json.stdout)  # still JSON, with the very same text in it
        assert EVIL in {value for key, value in facts["container_tags"].items() if key.lower() == "title"}
        assert EVIL in facts["path"]


def test_provenance_shows_hostile_names_as_codes(hostile_clips):
    clip = hostile_clips[0]
    shown = reelcheck("provenance", str(clip))
    assert shown.returncode == 0, shown.stderr
    assert_inert(shown.stdout + shown.stderr)
    as_json = reelcheck("provenance", str(clip), "--json")
    assert_inert(as_json.stdout)
    assert json.loads(as_json.stdout)["file"] == str(clip)


def test_frame_errors_and_written_paths_show_hostile_names_as_codes(hostile_clips, tmp_path):
    out = tmp_path / f"frames {EVIL}"
    written = reelcheck("frame", str(hostile_clips[1]), "2", "99", "--out", str(out))
    assert written.returncode == 1
    assert_inert(written.stdout + written.stderr)
    assert (out / "frame_2.png").exists() and "outside the clip" in written.stderr
    damaged = reelcheck("probe", str(tmp_path / f"missing {EVIL}.mp4"))
    assert damaged.returncode == 2
    assert_inert(damaged.stderr)


def test_detectors_show_hostile_plugin_names_as_codes(tmp_path):
    plugin = tmp_path / "plugins" / "hostile"
    shutil.copytree(models_dir() / "noise_level", plugin)
    manifest = json.loads((plugin / "manifest.json").read_text())
    manifest |= {"id": "hostile", "name": f"Noise {EVIL}", "cue": f"cue {EVIL}"}
    (plugin / "manifest.json").write_text(json.dumps(manifest))
    broken = tmp_path / "plugins" / f"broken {EVIL}"
    broken.mkdir()
    (broken / "manifest.json").write_text(f"{{ not json {EVIL}")
    shown = reelcheck("detectors", "--plugins", str(tmp_path / "plugins"))
    assert shown.returncode == 0, shown.stderr
    assert "Noise \\x1b]0;pwned" in shown.stdout and "cannot use" in shown.stdout
    assert_inert(shown.stdout)
    as_json = reelcheck("detectors", "--plugins", str(tmp_path / "plugins"), "--json")
    assert_inert(as_json.stdout)
    listing = json.loads(as_json.stdout)
    assert f"Noise {EVIL}" in [a["name"] for a in listing["analyzers"]]


def test_export_shows_hostile_paths_as_codes(hostile_clips, tmp_path):
    from app.store.store import Store

    database = tmp_path / f"case {EVIL}.db"
    store = Store.open(database)
    add_to_case(store, hostile_clips[0])
    store.close()
    out = tmp_path / f"out {EVIL}"
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    written = reelcheck("export", "1", "--json", "--out", str(out), "--db", str(database), env=env)
    assert written.returncode == 0, written.stderr
    assert_inert(written.stdout + written.stderr)
    assert len(list(out.glob("*.json"))) == 1
    missing = reelcheck("export", f"9 {EVIL}", "--out", str(out), "--db", str(database), env=env)
    assert missing.returncode == 2 and "has no clip" in missing.stderr
    assert_inert(missing.stderr)


def test_json_text_escapes_what_json_dumps_leaves_raw():
    from app.cli.output import json_text

    value = {"tag": "a\x9bb\u202ec\u2066d\x1be\U000e0001f\ud800g 中文 عربي", "n": [1, 2]}
    shown = json_text(value)
    assert json.loads(shown) == value
    assert "中文 عربي" in shown and "\\u009b" in shown and "\\udb40\\udc01" in shown
    assert all(c.isprintable() or c == "\n" for c in shown)


def test_table_columns_line_up_in_any_script_and_long_names_are_cut():
    from app.cli.output import padded

    assert padded("长城 history.mp4", 20) == "长城 history.mp4    "  # two columns per Chinese character
    assert padded("a\x1b[2J", 10) == "a\\x1b[2J  "  # the escape shown as its code, then padded
    cut = padded("很长的文件名" * 10, 12)
    assert cut == "很长的文件… " and padded("7", 3, right=True) == "  7"


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path):
    """`reelcheck queue --json | head -1`: the pipe closes before the command is done; no error, no traceback."""
    from app.store.store import Store

    store = Store.open(tmp_path / "case.db", "ann")
    for n in range(400):
        store.add_clip(Path(f"/clips/{n}.mp4"), f"{n:064x}", 1, {})
    store.close()
    command = [sys.executable, "-m", "app.main", "--db", str(tmp_path / "case.db"), "queue", "--json"]
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as process:
        process.stdout.readline()
        process.stdout.close()  # as `head -1` does
        errors = process.stderr.read().decode()
        assert process.wait(timeout=60) == 0
    assert errors == ""
