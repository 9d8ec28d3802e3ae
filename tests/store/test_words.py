"""Words in the case store (app/store/words.py, store version 4) on real SQLite files: a version 3 case comes
forward keeping its work, a track's lines are replaced whole, the case-wide search and the queue's text filter find
lines across clips in Chinese and English with their clip and time, and a claim made from a line quotes it, is
audited, undone and redone, and keeps its quote when the words are read again."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from analyzers.words.lines import ON_SCREEN, SUBTITLES, TextLine
from app.store import schema
from app.store.history import History
from app.store.queue import QueueFilter
from app.store.rules import Refused
from app.store.store import Store


def add(store: Store, n: int, name: str) -> int:
    return store.add_clip(Path(f"/clips/{name}"), f"{n:064x}", 100 + n, {"frame_count": 300})["id"]


def subtitle(track: str, start: float, end: float, text: str, fps: int = 30) -> TextLine:
    return TextLine(SUBTITLES, track, start, end, text, round(start * fps), round(end * fps) - 1)


@pytest.fixture
def store(case_at):
    store = Store.open(case_at, "ann")
    yield store
    store.close()


def test_a_version_3_case_comes_forward_with_its_claims_and_words_to_search(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "VERSION", 3)
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
    old = Store.open(tmp_path / "case.db", "ann")
    clip = old._db["clips"].insert({"sha256": "ab" * 32, "path": "/x/a.mp4", "file_name": "a.mp4"}).last_pk
    old._db["claims"].insert({"clip_id": clip, "frame_in": 0, "frame_out": 5, "text": "金字塔", "deleted": 0})
    assert "words" not in old._db.table_names()
    old.close()
    monkeypatch.undo()
    store = Store.open(tmp_path / "case.db", "ann")
    try:
        [claim] = store.claims(clip)
        assert claim["text"] == "金字塔" and claim["quoted_line"] is None
        store.replace_words(clip, SUBTITLES, "a.zh.srt", [subtitle("a.zh.srt", 1, 2, "长城是用糯米建造的")])
        assert [hit["shown"] for hit in store.search("糯米建造")] == ["长城是用糯米建造的"]
    finally:
        store.close()
    with sqlite3.connect(tmp_path / "case.db") as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION == 5


def test_a_track_is_replaced_whole_and_other_tracks_stay(store):
    clip = add(store, 1, "a.mp4")
    store.replace_words(
        clip, SUBTITLES, "a.en.vtt", [subtitle("a.en.vtt", 2, 3, "second"), subtitle("a.en.vtt", 0, 1, "first")]
    )
    shown = TextLine(ON_SCREEN, "on-screen text", 0.5, 1.5, "AI生成", 15, 44, (10, 20, 120, 30), 0.93)
    store.replace_words(clip, ON_SCREEN, "on-screen text", [shown])
    assert [line.text for line in store.words(clip)] == ["first", "AI生成", "second"]
    assert store.words(clip)[1] == shown  # box and confidence round-trip
    store.replace_words(clip, SUBTITLES, "a.en.vtt", [subtitle("a.en.vtt", 4, 5, "read again")])
    assert [line.text for line in store.words(clip)] == ["AI生成", "read again"]
    assert store.search("second") == []  # the index follows the replacement
    store.replace_words(clip, ON_SCREEN, "on-screen text", [])
    assert [line.text for line in store.words(clip)] == ["read again"]
    with pytest.raises(ValueError, match="given to replace"):
        store.replace_words(clip, SUBTITLES, "a.fr.vtt", [subtitle("a.en.vtt", 0, 1, "wrong track")])
    assert [line.text for line in store.words(clip)] == ["read again"]  # nothing half-written
    bell = "a\x07.srt"  # a file name with a control character: kept cleaned, and replaced under that name
    for text in ("once", "twice"):
        store.replace_words(clip, SUBTITLES, bell, [subtitle(bell, 6, 7, text)])
    assert [(line.track, line.text) for line in store.words(clip)][-1:] == [("a.srt", "twice")]
    assert len(store.words(clip)) == 2


def test_search_finds_lines_across_clips_with_their_clip_and_time_in_chinese_and_english(store):
    first, second = add(store, 1, "wall.mp4"), add(store, 2, "pyramid.mp4")
    store.replace_words(first, SUBTITLES, "wall.zh.srt", [subtitle("wall.zh.srt", 3.5, 6, "长城是用糯米建造的")])
    store.replace_words(
        second,
        SUBTITLES,
        "pyramid.en.vtt",
        [subtitle("pyramid.en.vtt", 1, 2, "Lasers cut the pyramid stones"), subtitle("pyramid.en.vtt", 8, 9, "长城")],
    )
    [hit] = store.search("糯米")  # two characters: below a trigram, still found
    assert (hit["kind"], hit["clip_id"], hit["file_name"], hit["track"], hit["start"], hit["end"]) == (
        "subtitle line",
        first,
        "wall.mp4",
        "wall.zh.srt",
        3.5,
        6.0,
    )
    assert (hit["first_frame"], hit["last_frame"]) == (105, 179)
    assert [(h["clip_id"], h["start"]) for h in store.search("长城")] == [(second, 8.0), (first, 3.5)]
    assert [h["file_name"] for h in store.search("PYRAMID STONES")] == ["pyramid.mp4"]
    assert store.search("' or 1=1 --") == [] and store.search('"') == []

    def ids(text: str) -> list[int]:
        return store.queue_ids(QueueFilter(text=text), "name", False)

    assert ids("糯米建造") == [first] and ids("糯米") == [first] and ids("lasers") == [second]
    assert ids("长城") == [second, first]


def test_a_claim_from_a_line_quotes_it_and_is_undone_like_any_added_claim(store):
    clip = add(store, 1, "wall.mp4")
    line = subtitle("wall.zh-Hans.srt", 3.5, 6, "长城是用糯米建造的")
    store.replace_words(clip, SUBTITLES, line.track, [line])
    history = History()
    change = store.claim_from_line(clip, line, line.first_frame, line.last_frame)
    history.record(change)
    [claim] = store.claims(clip)
    assert (claim["frame_in"], claim["frame_out"], claim["text"]) == (105, 179, "长城是用糯米建造的")
    quoted = {"source": SUBTITLES, "track": "wall.zh-Hans.srt", "start": 3.5, "end": 6.0, "text": "长城是用糯米建造的"}
    assert claim["quoted_line"] == quoted
    [audit] = [row for row in store.audit(clip) if row["table_name"] == "claims"]
    assert audit["action"] == "create" and "糯米" in audit["after"] and "wall.zh-Hans.srt" in audit["after"]

    store.replace_words(clip, SUBTITLES, line.track, [replace(line, text="长城是用石头建造的")])  # read again
    store.edit("claims", claim["id"], {"rating": "False"})
    assert store.claims(clip)[0]["quoted_line"] == quoted  # the quote is what the line said when it was quoted

    history.clear()
    history.record(store.claim_from_line(clip, line, 10, 20))
    assert len(store.claims(clip)) == 2
    history.undo(store)
    assert [c["id"] for c in store.claims(clip)] == [claim["id"]]
    history.redo(store)
    assert len(store.claims(clip)) == 2 and store.claims(clip)[1]["quoted_line"] == quoted
    assert [row["action"] for row in store.audit(clip) if row["table_name"] == "claims"][-2:] == ["undo", "redo"]


def test_a_line_with_impossible_frames_or_times_makes_no_claim(store):
    clip = add(store, 1, "a.mp4")
    with pytest.raises(Refused, match="same or a later one"):
        store.claim_from_line(clip, subtitle("a.srt", 1, 2, "x"), 40, 20)
    with pytest.raises(Refused, match="ends when it starts or later"):
        store.claim_from_line(clip, TextLine(SUBTITLES, "a.srt", 5, 1, "x"), 0, 1)
    with pytest.raises(Refused, match="subtitles or of on-screen text"):
        store.claim_from_line(clip, TextLine("gossip", "a.srt", 0, 1, "x"), 0, 1)
    assert store.claims(clip) == []


def test_a_track_read_without_lines_is_kept_as_read(store):
    clip = add(store, 1, "bare.mp4")
    assert store.tracks_read(clip, ON_SCREEN) == set()
    store.replace_words(clip, ON_SCREEN, "on-screen text", [])  # the frames showed no text
    assert store.tracks_read(clip, ON_SCREEN) == {"on-screen text"}
    assert store.words(clip) == []
    store.replace_words(clip, SUBTITLES, "bare.en.srt", [subtitle("bare.en.srt", 0, 1, "Hello")])
    assert store.tracks_read(clip, SUBTITLES) == {"bare.en.srt"}
    assert store._db.execute("select lines from words_read where track = 'bare.en.srt'").fetchone()[0] == 1
