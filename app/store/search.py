"""Full-text search over the whole case database (SQLite FTS5, trigram tokens so any script is found)."""

from __future__ import annotations

import re

from sqlite_utils import Database

from analyzers.words.lines import ON_SCREEN, SUBTITLES

SEARCHED = {  # table -> (what a hit is called, its searched columns, the column shown)
    "claims": ("claim", ("text", "claimant", "explanation"), "text"),
    "sources": ("source", ("title", "publisher", "quote", "url"), "title"),
    "evidence": ("evidence note", ("note",), "note"),
    "verdicts": ("verdict", ("summary",), "summary"),
}
_LINE_KINDS = {SUBTITLES: "subtitle line", ON_SCREEN: "line of on-screen text"}
TRIGRAM = 3  # the shortest text the index can look up; shorter searches scan the tables


def find(db: Database, text: str, limit: int) -> list[dict]:
    text = text.replace("\x00", "").strip()  # stored text has no NUL, and FTS5 reads a query only up to one
    if not text:
        return []
    hits = []
    for table, (kind, columns, shown) in SEARCHED.items():
        if len(text) >= TRIGRAM:
            where, parameters = (
                f"t.rowid in (select rowid from [{table}_fts] where [{table}_fts] match ?)",
                [phrase(text)],
            )
        else:
            where = "(" + " or ".join(f"t.[{c}] like ? escape '\\'" for c in columns) + ")"
            parameters = [f"%{like_escaped(text)}%"] * len(columns)
        rows = db.query(
            f"select t.id, t.clip_id, t.[{shown}] as shown, c.file_name from [{table}] t "
            f"join clips c on c.id = t.clip_id where t.deleted = 0 and {where} order by t.id desc limit ?",
            [*parameters, limit],
        )
        hits += [{"kind": kind, "table": table, **row} for row in rows]
    return (hits + _lines(db, text, limit))[:limit]


def _lines(db: Database, text: str, limit: int) -> list[dict]:
    """Lines of words holding `text`, each with its clip and when it is said or shown, in the clip's order."""
    if len(text) >= TRIGRAM:
        where, parameters = "t.rowid in (select rowid from words_fts where words_fts match ?)", [phrase(text)]
    else:
        where, parameters = "t.text like ? escape '\\'", [f"%{like_escaped(text)}%"]
    rows = db.query(
        "select t.id, t.clip_id, t.text as shown, c.file_name, t.source, t.track, t.start, t.[end], t.first_frame, "
        f"t.last_frame from words t join clips c on c.id = t.clip_id where {where} "
        "order by c.file_name, t.clip_id, t.start limit ?",
        [*parameters, limit],
    )
    return [{"kind": _LINE_KINDS.get(row["source"], "line"), "table": "words", **row} for row in rows]


def similar_claims(db: Database, text: str, other_than_clip: int, limit: int) -> list[dict]:
    """Claims on other clips sharing words (or, in scripts without spaces, three-letter runs) with `text`."""
    terms = sorted(_terms(text))
    if not terms:
        return []
    query = " OR ".join(phrase(term) for term in terms)
    return list(
        db.query(
            "select t.id, t.clip_id, t.text, t.rating, c.file_name from claims_fts f "
            "join claims t on t.rowid = f.rowid join clips c on c.id = t.clip_id "
            "where claims_fts match ? and t.deleted = 0 and t.clip_id != ? order by f.rank limit ?",
            [query, other_than_clip, limit],
        )
    )


def _terms(text: str) -> set[str]:
    terms = set()
    for word in re.findall(r"\w+", text.lower()):
        if word.isascii():
            if len(word) >= 4:  # short English words (the, was, and) say nothing about a claim
                terms.add(word)
        else:
            terms |= (
                {word[i : i + TRIGRAM] for i in range(max(1, len(word) - TRIGRAM + 1))} if len(word) >= 2 else set()
            )
    return {t for t in terms if len(t) >= TRIGRAM}


def phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
