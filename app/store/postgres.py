"""The team's shared case in PostgreSQL (psycopg 3), behind the small part of sqlite-utils' interface the store uses
(`execute`, `query`, `conn.execute`, `conn.executemany`, and the table methods the migrations call), so that the
store's reading, audited edits and migrations are the same code on both backends. The store's SQL is written for
SQLite and said here in PostgreSQL's words: `?` placeholders, [bracketed] names, `insert or replace`, a `like` that
ignores the case of letters as SQLite's does.

Writers take the case's write lock for their transaction, as SQLite's BEGIN IMMEDIATE does, so every rule the
store checks inside a transaction (one clip per SHA-256, one verdict per clip, a lease held by someone else, a row
changed since it was read) holds across reviewers on different machines too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from app.i18n import translate
from app.store.database import StoreError
from app.store.location import shown_case
from app.store.rules import Refused

_WRITE_LOCK = int.from_bytes(b"RChk", "big")  # the advisory lock every writer of the case takes first
_WAIT_S = 10  # how long a write waits for another reviewer's to finish, as the SQLite file's busy timeout
_TYPES = {int: "bigint", str: "text", float: "double precision"}


@lru_cache(maxsize=1024)
def in_postgres_words(sql: str) -> str:
    """The store's SQLite SQL as PostgreSQL reads it. The store writes no ? or [ in its SQL other than placeholders
    and names; a % is doubled, as psycopg reads a single one as a placeholder."""
    sql = sql.replace("%", "%%")
    sql = re.sub(r"\[(\w+)\]", r'"\1"', sql)
    sql = re.sub(r"\blike\b", "ilike", sql)  # SQLite's like ignores the case of (ASCII) letters
    return sql.replace("?", "%s")


_NAME = r"""[\["]?(\w+)[\]"]?"""  # a table's name, bare, [bracketed] or "quoted"
_REPLACING = re.compile(rf"\s*insert or replace into\s+{_NAME}\s*\(([^)]*)\)(.*)", re.S | re.I)
_INSERTING = re.compile(rf"\s*insert into\s+{_NAME}", re.I)


class Cursor:
    """What a statement returned, as sqlite3's cursor shows it (rows as tuples, `lastrowid`, `rowcount`)."""

    def __init__(self, cursor, lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid
        self.rowcount = cursor.rowcount

    def fetchone(self):
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list:
        return self._cursor.fetchall() if self._cursor.description else []

    def fetchmany(self, size: int) -> list:
        return self._cursor.fetchmany(size) if self._cursor.description else []

    def __iter__(self) -> Iterator:
        return iter(self.fetchall())


class Connection:
    """The store's `_db.conn`: statements in SQLite's words, errors in the reviewer's."""

    def __init__(self, connection, url: str) -> None:
        self._raw = connection
        self._url = url
        self.where = shown_case(url)
        self._keys: dict[str, tuple[str, ...]] = {}

    @property
    def raw(self):
        """The server connection; one the server dropped (a restart, a network cut) is made again before the next
        statement, outside a transaction (inside one, the transaction's failure has been said already)."""
        if self._raw.broken and not self._raw.closed:
            self._raw.close()
        if self._raw.closed:
            self._raw = opened(self._url)
        return self._raw

    def close(self) -> None:
        self._raw.close()

    def rollback(self) -> None:
        if not (self._raw.closed or self._raw.broken):
            self._raw.execute("rollback")

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, parameters=()) -> Cursor:
        sql, returning = self._said(sql)
        with said_in_words(self.where):
            cursor = self.raw.execute(sql, _cleaned(parameters))
            return Cursor(cursor, cursor.fetchone()[0] if returning else None)

    def executemany(self, sql: str, rows) -> None:
        sql, _ = self._said(sql)
        with said_in_words(self.where), self.raw.cursor() as cursor:
            cursor.executemany(sql, [_cleaned(row) for row in rows])

    def _said(self, sql: str) -> tuple[str, bool]:
        """The statement in PostgreSQL's words, and whether it returns the id of the row it inserts."""
        replacing = _REPLACING.match(sql)
        if replacing:
            table, columns, rest = replacing.groups()
            keys = self.primary_key(table)
            names = [name.strip().strip('"[]') for name in columns.split(",")]
            kept = ", ".join(f'"{name}" = excluded."{name}"' for name in names if name not in keys)
            sql = f'insert into "{table}" ({columns}){rest} on conflict ({", ".join(keys)}) do ' + (
                f"update set {kept}" if kept else "nothing"
            )
        inserting = _INSERTING.match(sql)
        returning = bool(inserting) and self.primary_key(inserting.group(1)) == ("id",)
        return in_postgres_words(sql) + (" returning id" if returning else ""), returning

    def primary_key(self, table: str) -> tuple[str, ...]:
        if table not in self._keys:
            rows = self.raw.execute(
                "select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid "
                "and a.attnum = any(i.indkey) where i.indrelid = to_regclass(%s) and i.indisprimary",
                [f'"{table}"'],
            ).fetchall()
            self._keys[table] = tuple(row[0] for row in rows)
        return self._keys[table]


def _cleaned(parameters):
    """PostgreSQL's text cannot hold a NUL character, which no reviewer types and no clip's text needs."""
    return [value.replace("\x00", "") if isinstance(value, str) else value for value in parameters or ()]


class Table:
    """The table methods of sqlite-utils the migrations call, made in PostgreSQL's words."""

    def __init__(self, database: Database, name: str) -> None:
        self._database = database
        self.name = name

    def create(self, columns: dict, pk="id", not_null=(), foreign_keys=()) -> None:
        keys = (pk,) if isinstance(pk, str) else tuple(pk)
        made = []
        for column, kind in columns.items():
            if keys == ("id",) and column == "id":
                made.append('"id" bigint generated by default as identity primary key')
                continue
            made.append(f'"{column}" {_TYPES[kind]}' + (" not null" if column in not_null else ""))
        if keys != ("id",):
            made.append(f"primary key ({', '.join(keys)})")
        made += [f'foreign key ("{column}") references "{other}" ("{key}")' for column, other, key in foreign_keys]
        self._database.execute(f'create table "{self.name}" ({", ".join(made)})')

    def create_index(self, columns: list[str], unique: bool = False) -> None:
        name = f"idx_{self.name}_{'_'.join(columns)}"
        listed = ", ".join(f'"{column}"' for column in columns)
        self._database.execute(f'create {"unique " if unique else ""}index "{name}" on "{self.name}" ({listed})')

    def add_column(self, column: str, kind: type, not_null_default=None) -> None:
        made = f'alter table "{self.name}" add column "{column}" {_TYPES[kind]}'
        if not_null_default is not None:
            made += f" not null default {not_null_default!r}"
        self._database.execute(made)

    def enable_fts(self, columns: list[str], **_sqlite_options) -> None:
        """SQLite's trigram FTS5 table is, here, a trigram index (pg_trgm) on each searched column: the engine keeps
        it in step by itself, and `ilike '%text%'` finds any three letters in a row in any script through it."""
        for column in columns:
            self._database.execute(
                f'create index "trgm_{self.name}_{column}" on "{self.name}" using gin ("{column}" gin_trgm_ops)'
            )


class Database:
    """The team's case database, as the store uses sqlite-utils' Database."""

    postgres = True

    def __init__(self, connection, url: str) -> None:
        self.conn = Connection(connection, url)

    def __getitem__(self, table: str) -> Table:
        return Table(self, table)

    def execute(self, sql: str, parameters=None) -> Cursor:
        return self.conn.execute(sql, parameters or ())

    def query(self, sql: str, parameters=None) -> Iterator[dict]:
        from psycopg.rows import dict_row

        sql, _ = self.conn._said(sql)
        with said_in_words(self.conn.where), self.conn.raw.cursor(row_factory=dict_row) as cursor:
            cursor.execute(sql, _cleaned(parameters))
            yield from cursor.fetchall()

    def close(self) -> None:
        self.conn.close()


class Transaction:
    """BEGIN ... COMMIT with the case's write lock taken first (SQLite's BEGIN IMMEDIATE, across machines);
    transactions inside it join it, and an error rolls everything back."""

    def __init__(self, connection: Connection, whole_case: bool = True) -> None:
        self._connection = connection
        self._whole_case = whole_case
        self._outer = False

    def __enter__(self) -> None:
        self._outer = not self._connection.in_transaction
        if self._outer:
            self._connection.execute("begin")
            if self._whole_case:
                try:
                    self._connection.execute("select pg_advisory_xact_lock(?)", [_WRITE_LOCK])
                except BaseException:  # waited too long: the transaction must not stay open for the next call
                    self._connection.rollback()
                    raise

    def __exit__(self, kind, error, trace) -> None:
        if not self._outer:
            return
        if kind is None:
            with said_in_words(self._connection.where):
                self._connection.raw.execute("commit")
        else:
            self._connection.rollback()


class said_in_words:
    """PostgreSQL's errors as the reviewer reads them: a role that may not do this is a refusal, a server that
    cannot be reached or a write that waited too long is a StoreError; anything else goes on as it was."""

    def __init__(self, where: str) -> None:
        self._where = where

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, trace) -> None:
        import psycopg

        if isinstance(error, psycopg.errors.InsufficientPrivilege):
            words = translate(
                "Case", "Your role in the team case {case} does not allow this; ask its admin ({reason})."
            )
            raise Refused(words.format(case=self._where, reason=first_line(error))) from error
        if isinstance(error, psycopg.errors.LockNotAvailable):
            words = translate(
                "Case",
                "The team case {case} is busy: another reviewer's change has held it for {seconds} seconds. Nothing "
                "was changed; try again.",
            )
            raise StoreError(words.format(case=self._where, seconds=_WAIT_S)) from error
        if isinstance(error, psycopg.OperationalError):
            words = translate("Case", "The team case {case} cannot be reached: {reason}.")
            raise StoreError(words.format(case=self._where, reason=first_line(error))) from error


def first_line(error: Exception) -> str:
    """An error's first line, for a sentence (its type when it says nothing)."""
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def connect(url: str) -> Database:
    """The connection to the team's case at `url`; raises StoreError in words when the server cannot be reached or
    psycopg is not installed."""
    return Database(opened(url), url)


def opened(url: str):
    """A new psycopg connection to `url` (autocommit: the store's transactions say BEGIN themselves)."""
    where = shown_case(url)
    try:
        import psycopg
    except ImportError:
        words = translate(
            "Case",
            "Opening the team case {case} needs PostgreSQL support, which is not installed: pip install "
            "'reelcheck[team]'.",
        )
        raise StoreError(words.format(case=where)) from None
    try:
        raw = psycopg.connect(url, autocommit=True, connect_timeout=_WAIT_S, application_name="ReelCheck")
    except (psycopg.Error, ValueError) as error:
        words = translate("Case", "The team case {case} cannot be opened: {reason}.")
        raise StoreError(words.format(case=where, reason=first_line(error))) from error
    raw.execute(f"set lock_timeout = '{_WAIT_S}s'")
    raw.execute("set standard_conforming_strings = on")  # the store's `escape '\\'` is one backslash, as in SQLite
    return raw
