"""`reelcheck words CLIP [--json]` in a subprocess, as a reviewer runs it: the case's stored lines, the subtitle
files beside the clip (a Chinese GB18030 one read, a pipe left alone, a file that is not subtitles said in one line)
and the stream inside it, each with its times; printed inert, and as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from analyzers.words.lines import ON_SCREEN, TextLine
from app.store.store import Store
from tests.case import add_to_case
from tests.media.subtitled import write_subtitled


def reelcheck(database: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.main", "--db", str(database), "words", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_words_prints_the_stored_beside_and_inside_lines_with_times(tmp_path):
    clip = tmp_path / "Pyramids [x1].mkv"
    write_subtitled(clip, "subrip", [(0.25, 1.0, "Lasers cut the stones")], language="eng")
    (tmp_path / "Pyramids [x1].zh-Hans.srt").write_bytes(
        "1\n00:00:01,000 --> 00:00:03,500\n金字塔\x1b[2J是用激光切割的\n".encode("gb18030")
    )
    os.mkfifo(tmp_path / "Pyramids [x1].en.vtt")
    (tmp_path / "Pyramids [x1].fr.srt").write_bytes(b"\x00\x01 not subtitles")
    database = tmp_path / "case.db"

    before = reelcheck(database, str(clip))  # no case yet: none is made by looking
    assert not database.exists() and "does not have this clip" in before.stdout

    store = Store.open(database, "ann")
    try:
        clip_id = add_to_case(store, clip)["id"]
        shown = TextLine(ON_SCREEN, "on-screen text", 0.5, 1.5, "AI生成 \u202eevil", 15, 44, (1, 2, 3, 4), 0.9)
        store.replace_words(clip_id, ON_SCREEN, "on-screen text", [shown])
    finally:
        store.close()

    said = reelcheck(database, str(clip))
    assert said.returncode == 1  # one file beside it could not be read, and says so
    assert said.stderr.strip() == (
        "Pyramids [x1].fr.srt is not a subtitle file: it has no cue times such as 00:00:01,000 --> 00:00:03,500."
    )
    out = said.stdout
    assert "00:00:00.500–00:00:01.500  [on-screen text]  AI生成 \\u202eevil" in out  # the override shown as its code
    assert "Beside the clip: Pyramids [x1].zh-Hans.srt (gb18030)" in out
    assert "00:00:01.000–00:00:03.500  [Pyramids [x1].zh-Hans.srt]  金字塔是用激光切割的" in out
    assert "00:00:00.250–00:00:01.000  [stream 1 (eng)]  Lasers cut the stones" in out
    assert "\x1b" not in out and "\u202e" not in out and "en.vtt" not in out

    document = json.loads(reelcheck(database, str(clip), "--json").stdout)
    assert [line["text"] for line in document["stored"]] == ["AI生成 \u202eevil"]
    [beside] = document["files"]
    assert (beside["file"], beside["encoding"], beside["skipped"]) == ("Pyramids [x1].zh-Hans.srt", "gb18030", 0)
    assert beside["lines"] == [
        {"source": "subtitles", "track": beside["file"], "start": 1.0, "end": 3.5, "text": "金字塔是用激光切割的"}
    ]
    [stream] = document["streams"]
    assert (stream["stream"], stream["language"], stream["codec"]) == (1, "eng", "srt")
    assert stream["lines"][0]["text"] == "Lasers cut the stones"


def test_words_refuses_a_pipe_for_a_clip_at_once(tmp_path):
    fifo = tmp_path / "clip.mp4"
    os.mkfifo(fifo)
    said = reelcheck(tmp_path / "case.db", str(fifo))
    assert said.returncode == 2 and "named pipe" in said.stderr and "Traceback" not in said.stderr
