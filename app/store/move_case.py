"""A reviewer's case file moved into a team's case on PostgreSQL, losing nothing: every table copied row for row with
its ids, in one transaction on the server (a failure or a cancel leaves the team case as it was), then each table's
row count and a hash of its content compared, as read back from both.

The team case must be new or empty: merging two cases would renumber rows the audit trail names by number."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.i18n import translate
from app.media.errors import Cancelled
from app.store.database import StoreError
from app.store.postgres import first_line
from app.store.store import Store

# Every table of the case, each after the ones it refers to.
TABLES = (
    "clips",
    "claims",
    "sources",
    "evidence",
    "verdicts",
    "analyses",
    "clip_evidence",
    "keyframe_hashes",
    "imports",
    "words",
    "words_read",
    "audit",
    "publications",
)
# Written by the server itself on a team case (the account that logged in), so not compared.
_SERVER_WRITTEN = {"account"}
_BATCH = 2000


@dataclass(frozen=True)
class TableMoved:
    table: str
    rows: int
    sha256: str  # of the content, as read back from the team case
    same: bool  # the same count and content as the file's


def move_case(
    source: Path,
    url: str,
    *,
    on_progress: Callable[[float, str], None],
    cancelled: Callable[[], bool],
) -> list[TableMoved]:
    """Copy the case file at `source` into the (new or empty) team case at `url`, and compare them: each table as
    moved. When one is not the same, nothing is committed (the team case stays as it was). Raises StoreError in words
    when either cannot be opened or the team case already holds work, Cancelled when cancelled (nothing is left in
    the team case)."""
    if not Path(source).is_file():
        raise StoreError(translate("Case", "There is no case database {database}.").format(database=source))
    local, team = Store.open(source), None
    try:
        team = Store.open(url)
        if any(_count(team, table) for table in TABLES):
            words = translate(
                "Case",
                "The team case {case} already holds work: a case moves only into a new or empty one, so that the "
                "audit trail keeps the row numbers it names. Nothing was copied.",
            )
            raise StoreError(words.format(case=team.name))
        total = sum(_count(local, table) for table in TABLES) or 1
        done = 0
        with _refused_in_words(team.name), team.transaction():
            for table in TABLES:
                columns = _columns(local, table)
                marks = ", ".join("?" * len(columns))
                insert = f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) values ({marks})"
                for rows in _batches(local, table, columns):
                    if cancelled():
                        raise Cancelled()
                    team._db.conn.executemany(insert, rows)
                    done += len(rows)
                    on_progress(done / total, table)
                if "id" in columns:  # new rows made on the team case go on after the moved ones
                    team._db.execute(
                        f"select setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) "
                        f"from [{table}]"
                    )
            on_progress(1.0, translate("Case", "comparing"))
            compared = [_compared(local, team, table) for table in TABLES]  # read back before it is committed
            if not all(table.same for table in compared):
                raise _NotTheSame(compared)
        return compared
    except _NotTheSame as different:  # rolled back: the team case is as it was
        return different.tables
    finally:
        local.close()
        if team is not None:
            team.close()


class _NotTheSame(Exception):
    def __init__(self, tables: list[TableMoved]) -> None:
        super().__init__()
        self.tables = tables


def _count(store: Store, table: str) -> int:
    return store._db.execute(f"select count(*) from [{table}]").fetchone()[0]


def _columns(store: Store, table: str) -> list[str]:
    return [row[1] for row in store._db.execute(f"select * from pragma_table_info('{table}')").fetchall()]


def _batches(store: Store, table: str, columns: list[str]):
    cursor = store._db.conn.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}] order by rowid")
    while rows := cursor.fetchmany(_BATCH):
        yield rows


def _content(store: Store, table: str, columns: list[str]) -> tuple[int, str]:
    """The table's row count and a hash of its rows, whatever order each database returns them in (they may sort
    text differently): the sum of each row's SHA-256, its values as JSON, read a batch at a time."""
    compared = [c for c in columns if c not in _SERVER_WRITTEN]
    cursor = store._db.conn.execute(f"select {', '.join(f'[{c}]' for c in compared)} from [{table}]")
    count, total = 0, 0
    while rows := cursor.fetchmany(_BATCH):
        for row in rows:
            line = json.dumps(list(row), ensure_ascii=False).encode()
            total = (total + int.from_bytes(hashlib.sha256(line).digest(), "big")) % (1 << 256)
        count += len(rows)
    return count, f"{total:064x}"


class _refused_in_words:
    """A row the server will not take (a value of the wrong kind, a broken reference) is said as such; the
    transaction is rolled back."""

    def __init__(self, case: str) -> None:
        self._case = case

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, trace) -> None:
        import psycopg

        if isinstance(error, psycopg.Error) and not isinstance(error, psycopg.OperationalError):
            words = translate("Case", "The team case {case} refused a row: {reason}. Nothing was copied.")
            raise StoreError(words.format(case=self._case, reason=first_line(error))) from error


def _compared(local: Store, team: Store, table: str) -> TableMoved:
    columns = _columns(local, table)
    here, there = _content(local, table, columns), _content(team, table, columns)
    return TableMoved(table, there[0], there[1], here == there)
