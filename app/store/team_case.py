"""The team's case as a whole on PostgreSQL: whose database it is and at which version (a one-row table, as the SQLite
file's PRAGMA user_version and application id), what a new case needs before its first migration (trigram search,
a case-blind collation), and the roles a newsroom gives its people, enforced by the server itself.

Roles (group roles, granted to each person's login by the case's admin, `reelcheck team-member`):
- reelcheck_reviewer: reads the case and makes audited edits, claims queue items, records analyses;
- reelcheck_editor: a reviewer who may also publish: record a signed dossier in the case;
- reelcheck_admin: an editor who may add people and give them roles.
Nobody may change or delete an audit row (a trigger refuses it, superusers included, short of dropping the trigger
as the tables' owner); the server writes each row's account itself.
"""

from __future__ import annotations

from app.i18n import translate
from app.store import postgres, schema
from app.store.database import StoreError
from app.store.location import shown_case

ROLES = ("reviewer", "editor", "admin")
CHANGES = "reelcheck_changes"  # the channel the server says every committed change on
NOW = "extract(epoch from clock_timestamp())::double precision"  # the server's clock, seconds since 1970

_NEW_CASE = [
    "create extension if not exists pg_trgm",
    # ORDER BY name and `assignee = ?` ignore the case of letters, as SQLite's `collate nocase` does
    "create collation if not exists nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
    "create table reelcheck_case (version integer not null)",
    "insert into reelcheck_case (version) values (0)",
]


def connect(url: str) -> tuple[postgres.Database, int]:
    """The team case at `url` and the version it holds (0: a new, empty database); refuses another program's
    database and a newer ReelCheck's, leaving them as they were."""
    db = postgres.connect(url)
    try:
        marked = db.execute("select to_regclass('reelcheck_case') is not null").fetchone()[0]
        if not marked:
            tables = db.execute("select count(*) from pg_tables where schemaname = current_schema()").fetchone()[0]
            if tables:
                words = translate(
                    "Case",
                    "The database {case} belongs to another program (it has tables and is not a ReelCheck case). "
                    "ReelCheck left it untouched; give --db an empty database or a team case.",
                )
                raise StoreError(words.format(case=db.conn.where))
            return db, 0
        found = version(db)
        if found > schema.VERSION:
            words = translate(
                "Case",
                "The team case {case} was made by a newer ReelCheck (database version {version}; this one knows up to "
                "{known}). It was left untouched: update ReelCheck to open it.",
            )
            raise StoreError(words.format(case=db.conn.where, version=found, known=schema.VERSION))
    except BaseException:
        db.close()
        raise
    return db, found


def version(db: postgres.Database) -> int:
    if not db.execute("select to_regclass('reelcheck_case') is not null").fetchone()[0]:
        return 0
    return db.execute("select version from reelcheck_case").fetchone()[0]


def start_new_case(db: postgres.Database) -> None:
    for statement in _NEW_CASE:
        db.execute(statement)


def set_version(db: postgres.Database, target: int) -> None:
    db.execute("update reelcheck_case set version = ?", [target])


def marked_as_ours(db: postgres.Database) -> bool:
    return True  # the reelcheck_case table marks it, from its first migration on


def mark_as_ours(db: postgres.Database) -> None:
    """What the tables need on the server beyond the migrations, after each one: the audit's account and change
    notices, and the roles' grants (made again, so that a new table has them)."""
    for statement in _AUDIT + _GRANTS:
        db.execute(statement)


def integrity(db: postgres.Database) -> str:
    """'ok' when every table of the case is there and readable (the server checks its own pages)."""
    missing = [t for t in sorted(schema.TABLES) if not db.execute("select to_regclass(?)", [t]).fetchone()[0]]
    return "ok" if not missing else translate("Case", "missing tables: {tables}").format(tables=", ".join(missing))


_AUDIT = [
    # The account that wrote an audit row is the server's to say, not the client's: a row names who logged in.
    """create or replace function reelcheck_audit_written() returns trigger language plpgsql as $$
       begin
         new.account := session_user;
         perform pg_notify('reelcheck_changes', json_build_object(
           'table', new.table_name, 'row', new.row_id, 'clip', new.clip_id, 'reviewer', new.reviewer)::text);
         return new;
       end $$""",
    "drop trigger if exists audit_written on audit",
    "create trigger audit_written before insert on audit for each row execute function reelcheck_audit_written()",
    # The audit log is only ever added to, by superusers too (they bypass grants, not triggers).
    """create or replace function reelcheck_audit_kept() returns trigger language plpgsql as $$
       begin raise exception 'the audit log is never changed' using errcode = 'insufficient_privilege'; end $$""",
    "drop trigger if exists audit_kept on audit",
    "create trigger audit_kept before update or delete on audit for each row execute function reelcheck_audit_kept()",
    "drop trigger if exists audit_kept_whole on audit",
    "create trigger audit_kept_whole before truncate on audit execute function reelcheck_audit_kept()",
    """create or replace function reelcheck_account() returns trigger language plpgsql as $$
       begin new.account := session_user; return new; end $$""",
    "drop trigger if exists publication_account on publications",
    "create trigger publication_account before insert on publications for each row execute function "
    "reelcheck_account()",
    # Leases and measured fields are not audited, but the others' queue must see a clip taken or analysed.
    """create or replace function reelcheck_clip_changed() returns trigger language plpgsql as $$
       begin
         -- by whom is not known here (a lease, a batch analysis): every window reads the row again
         perform pg_notify('reelcheck_changes', json_build_object('table', 'clips', 'row', new.id, 'clip', new.id,
           'reviewer', '')::text);
         return new;
       end $$""",
    "drop trigger if exists clip_changed on clips",
    "create trigger clip_changed after update on clips for each row execute function reelcheck_clip_changed()",
]

_ALL = "select, insert, update, delete"
_GRANTS = [
    *(
        f"""do $$ begin
              if not exists (select 1 from pg_roles where rolname = 'reelcheck_{role}') then
                create role reelcheck_{role} nologin;
              end if;
            end $$"""
        for role in ROLES
    ),
    "grant reelcheck_reviewer to reelcheck_editor",
    "grant reelcheck_editor to reelcheck_admin",
    "grant reelcheck_reviewer, reelcheck_editor to reelcheck_admin with admin option",
    "grant usage on schema public to reelcheck_reviewer",
    "grant select on all tables in schema public to reelcheck_reviewer",
    "grant usage, select on all sequences in schema public to reelcheck_reviewer",
    f"grant {_ALL} on clips, claims, sources, evidence, verdicts, analyses, clip_evidence, keyframe_hashes, "
    "imports, words, words_read to reelcheck_reviewer",
    "grant insert on audit to reelcheck_reviewer",
    "revoke update, delete, truncate on audit from public",
    # Publishing (a signed dossier recorded in the case) is the editors' alone.
    "revoke insert, update, delete on publications from reelcheck_reviewer",
    "grant insert on publications to reelcheck_editor",
    "grant update on reelcheck_case to reelcheck_admin",
    # An admin gives people roles through this function, which runs with the rights of the case's owner (who made
    # the roles): an admin's own login may create no role. A superuser's login and the group roles are not theirs.
    """create or replace function reelcheck_add_member(login text, given text) returns void
       language plpgsql security definer set search_path = pg_catalog as $$
       declare other text;
       begin
         if given not in ('reviewer', 'editor', 'admin') then
           raise exception 'unknown role %', given using errcode = 'invalid_parameter_value';
         end if;
         if exists (select 1 from pg_roles where rolname = login and (rolsuper or rolname like 'reelcheck\\_%')) then
           raise exception 'the login % is not given ReelCheck roles', login using errcode = 'insufficient_privilege';
         end if;
         if not exists (select 1 from pg_roles where rolname = login) then
           execute format('create role %I login', login);
         end if;
         foreach other in array array['reviewer', 'editor', 'admin'] loop
           if other <> given and exists (
               select 1 from pg_auth_members m join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member
               where r.rolname = 'reelcheck_' || other and u.rolname = login) then
             execute format('revoke %I from %I', 'reelcheck_' || other, login);
           end if;
         end loop;
         execute format('grant %I to %I', 'reelcheck_' || given, login);
       end $$""",
    "revoke all on function reelcheck_add_member(text, text) from public",
    "grant execute on function reelcheck_add_member(text, text) to reelcheck_admin",
]


def add_member(db: postgres.Database, login: str, role: str) -> None:
    """Give the person who logs in as `login` one of ROLES in the case (made a login role when the server has none
    by that name; their password or certificate is the server's business); their other ReelCheck roles are taken
    away, so that the role given is the one they have. Only the case's admins (and its owner) may."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role}")
    with postgres.Transaction(db.conn):
        db.execute("select reelcheck_add_member(?, ?)", [login, role])


class ChangeListener:
    """The changes other reviewers commit to the team case, as the server says them (LISTEN/NOTIFY) on a
    connection of its own: `wait` returns those said within `timeout` seconds, each {table, row, clip, reviewer}.
    A dropped connection raises StoreError: listen again with a new one."""

    def __init__(self, url: str) -> None:
        self._where = shown_case(url)
        self._raw = postgres.opened(url)
        try:
            with postgres.said_in_words(self._where):
                self._raw.execute(f"listen {CHANGES}")
        except BaseException:
            self._raw.close()
            raise

    def wait(self, timeout: float) -> list[dict]:
        import json

        with postgres.said_in_words(self._where):
            said = list(self._raw.notifies(timeout=timeout, stop_after=1))
            # the first notice ended the wait: the rest of a burst (a bulk edit) is taken with it
            said += list(self._raw.notifies(timeout=0.05)) if said else []
        return [json.loads(notice.payload) for notice in said]

    def close(self) -> None:
        self._raw.close()
