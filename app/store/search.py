"""Full-text search over the whole case database (SQLite FTS5 or PostgreSQL pg_trgm: trigrams find any script)."""

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
        where, parameters = holding(db, table, "t", columns, text)
        rows = db.query(
            f"select t.id, t.clip_id, t.[{shown}] as shown, c.file_name from [{table}] t "
            f"join clips c on c.id = t.clip_id where t.deleted = 0 and {where} order by t.id desc limit ?",
            [*parameters, limit],
        )
        hits += [{"kind": kind, "table": table, **row} for row in rows]
    return (hits + _lines(db, text, limit))[:limit]


def holding(db: Database, table: str, alias: str, columns: tuple[str, ...], text: str) -> tuple[str, list]:
    """An SQL condition, and its parameters: the row `alias` of `table` holds `text` in one of `columns`, in any
    script and case. SQLite looks three letters or more up in the table's FTS5 trigram index; PostgreSQL's trigram
    indexes (pg_trgm, one per column) serve the `like` itself, as they do any shorter text's scan."""
    if len(text) >= TRIGRAM and not getattr(db, "postgres", False):
        return f"{alias}.rowid in (select rowid from [{table}_fts] where [{table}_fts] match ?)", [phrase(text)]
    pattern = f"%{like_escaped(text)}%"
    return "(" + " or ".join(f"{alias}.[{c}] like ? escape '\\'" for c in columns) + ")", [pattern] * len(columns)


def _lines(db: Database, text: str, limit: int) -> list[dict]:
    """Lines of words holding `text`, each with its clip and when it is said or shown, in the clip's order."""
    where, parameters = holding(db, "words", "t", ("text",), text)
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
    if getattr(db, "postgres", False):
        return _similar_by_terms(db, terms, other_than_clip, limit)
    query = " OR ".join(phrase(term) for term in terms)
    return list(
        db.query(
            "select t.id, t.clip_id, t.text, t.rating, c.file_name from claims_fts f "
            "join claims t on t.rowid = f.rowid join clips c on c.id = t.clip_id "
            "where claims_fts match ? and t.deleted = 0 and t.clip_id != ? order by f.rank limit ?",
            [query, other_than_clip, limit],
        )
    )


def _similar_by_terms(db: Database, terms: list[str], other_than_clip: int, limit: int) -> list[dict]:
    """PostgreSQL has no FTS5 rank: the claims holding most of the terms come first."""
    held = [holding(db, "claims", "t", SEARCHED["claims"][1], term) for term in terms]
    shared = " + ".join(f"(case when {where} then 1 else 0 end)" for where, _ in held)
    parameters = [value for _, found in held for value in found]
    return list(
        db.query(
            f"select * from (select t.id, t.clip_id, t.text, t.rating, c.file_name, {shared} as shared "
            "from claims t join clips c on c.id = t.clip_id where t.deleted = 0 and t.clip_id != ?) found "
            "where shared > 0 order by shared desc, id desc limit ?",
            [*parameters, other_than_clip, limit],
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
