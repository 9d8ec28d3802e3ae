"""The case store's part for words: the lines a clip's subtitles say and its frames show (read, not entered: they
are replaced whole per track and not audited), and a claim made from one line, which is an ordinary audited claim
that keeps the line it quotes."""

from __future__ import annotations

import json

from analyzers.words.lines import ON_SCREEN, SUBTITLES, TextLine
from app.store.clock import now
from app.store.rules import clean_text


class WordsRecords:
    """Mixed into Store, whose connection (`_db`), transactions, claim creation and plain-SQL writes it uses."""

    def replace_words(self, clip_id: int, source: str, track: str, lines: list[TextLine]) -> None:
        """The clip's lines of one source and track (one subtitle file or stream, one reader) replaced by `lines`,
        all at once: a search never sees half a track. Each line's first and last frame are the caller's (the
        frames shown from its start to its end: app.media.line_frames.on_frames); an empty list takes the track
        away."""
        if source not in (SUBTITLES, ON_SCREEN):
            raise ValueError(f"no source of words {source}")
        stray = [line for line in lines if (line.source, line.track) != (source, track)]
        if stray:
            raise ValueError(f"a line of {stray[0].source}/{stray[0].track} given to replace {source}/{track}")
        track = clean_text(track, "track")  # as it is kept, so that the next replacement finds it
        rows = [
            (
                clip_id,
                source,
                track,
                line.first_frame,
                line.last_frame,
                line.start,
                line.end,
                clean_text(line.text, "line"),
                json.dumps(list(line.box)) if line.box else "",
                line.confidence,
            )
            for line in lines
        ]
        with self.transaction():
            self._db.execute(
                "delete from words where clip_id = ? and source = ? and track = ?", [clip_id, source, track]
            )
            self._db.conn.executemany(
                "insert into words (clip_id, source, track, first_frame, last_frame, start, [end], text, box, "
                "confidence) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            self._db.execute(
                "insert or replace into words_read (clip_id, source, track, read_at, lines) values (?, ?, ?, ?, ?)",
                [clip_id, source, track, now(), len(rows)],
            )

    def words(self, clip_id: int) -> list[TextLine]:
        """Every line recorded for the clip, in the order they appear (then by source and track)."""
        return [
            line_of(row)
            for row in self._db.query(
                "select * from words where clip_id = ? order by start, source, track, id", [clip_id]
            )
        ]

    def tracks_read(self, clip_id: int, source: str) -> set[str]:
        """The tracks of `source` read for the clip, whether they gave lines or none."""
        query = "select track from words_read where clip_id = ? and source = ?"
        return {row["track"] for row in self._db.query(query, [clip_id, source])}

    def claim_from_line(self, clip_id: int, line: TextLine, frame_in: int, frame_out: int):
        """A claim over `frame_in`..`frame_out` (the frames the line is said or shown on) saying the line's text, and
        quoting it: its source, track, times and text are kept with the claim as they are now. One audited edit,
        undone like any added claim; returns its Change."""
        quoted = {"source": line.source, "track": line.track, "start": line.start, "end": line.end, "text": line.text}
        return self.create(
            "claims", clip_id, {"frame_in": frame_in, "frame_out": frame_out, "text": line.text, "quoted_line": quoted}
        )


def line_of(row: dict) -> TextLine:
    """A stored words row as a line."""
    box = json.loads(row["box"]) if row["box"] else None
    return TextLine(
        source=row["source"],
        track=row["track"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        first_frame=row["first_frame"],
        last_frame=row["last_frame"],
        box=tuple(box) if box else None,
        confidence=row["confidence"],
    )
