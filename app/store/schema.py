"""The case database's tables, and the forward migrations that build them; PRAGMA user_version holds the version.

A migration runs inside one transaction with the version bump, so a database is always at a whole version.
PRAGMA application_id marks the file as a ReelCheck case, so that another program's SQLite file is never taken
for one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

APPLICATION_ID = int.from_bytes(b"RChk", "big")  # 0x5243686B, in the file's header at offset 68
# The tables every ReelCheck case has had since version 1: a file with all of them and no application id is a case
# made before the id was set.
TABLES = frozenset({"clips", "claims", "sources", "evidence", "verdicts", "analyses", "audit"})

# Columns every reviewer-made row has: soft deletion keeps deleted work (and its audit trail) and makes undo a flag.
_KEPT = {"created_at": str, "deleted": int}


def _version_1(db: Database) -> None:
    db["clips"].create(
        {
            "id": int,
            "sha256": str,
            "path": str,
            "file_name": str,
            "size": int,
            "phash": str,
            "facts": str,  # media facts as JSON
            "source_url": str,
            "platform": str,
            "uploader": str,
            "upload_date": str,
            "title": str,
            "description": str,
            "queue_status": str,
            "priority": int,
            "assignee": str,
            "tags": str,  # JSON list
            "added_at": str,
        },
        pk="id",
        not_null={"sha256"},
    )
    db["clips"].create_index(["sha256"], unique=True)
    db["claims"].create(
        {
            "id": int,
            "clip_id": int,
            "frame_in": int,
            "frame_out": int,
            "text": str,
            "claimant": str,
            "rating": str,
            "explanation": str,
            **_KEPT,
        },
        pk="id",
        foreign_keys=[("clip_id", "clips", "id")],
    )
    db["sources"].create(
        {
            "id": int,
            "clip_id": int,
            "claim_id": int,  # empty for a source about the clip itself
            "url": str,
            "title": str,
            "publisher": str,
            "published": str,
            "accessed": str,
            "archive_url": str,
            "quote": str,
            "stance": str,
            **_KEPT,
        },
        pk="id",
        foreign_keys=[("clip_id", "clips", "id"), ("claim_id", "claims", "id")],
    )
    db["evidence"].create(
        {
            "id": int,
            "clip_id": int,
            "frame": int,
            "overlay": str,  # the analyzer or forensic filter on screen, empty for the plain frame
            "regions": str,  # JSON list of shapes, coordinates 0..1 of the frame
            "note": str,
            "image_sha256": str,
            **_KEPT,
        },
        pk="id",
        foreign_keys=[("clip_id", "clips", "id")],
    )
    db["verdicts"].create(
        {
            "id": int,
            "clip_id": int,
            "authenticity": str,
            "content_rating": str,
            "summary": str,
            "reviewer": str,
            "decided_at": str,
            "status": str,
            **_KEPT,
        },
        pk="id",
        foreign_keys=[("clip_id", "clips", "id")],
    )
    db["verdicts"].create_index(["clip_id"], unique=True)
    db["analyses"].create(
        {
            "id": int,
            "clip_id": int,
            "analyzer_id": str,
            "version": str,
            "model_sha256": str,
            "provider": str,
            "params": str,  # JSON
            "frames": str,  # JSON list
            "scores": str,  # JSON list
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("clip_id", "clips", "id")],
    )
    db["audit"].create(
        {
            "id": int,
            "at": str,
            "reviewer": str,
            "table_name": str,
            "row_id": int,
            "clip_id": int,
            "action": str,  # create, edit, delete, restore, undo, redo
            "before": str,  # JSON of the fields that changed
            "after": str,
        },
        pk="id",
    )
    for table in ("claims", "sources", "evidence", "analyses", "audit"):
        db[table].create_index(["clip_id"])
    # Full-text search across clips, kept in step with every write by triggers. Trigrams find any three letters
    # in a row in any script, so Chinese and Arabic text is found without a word splitter.
    db["claims"].enable_fts(["text", "claimant", "explanation"], create_triggers=True, tokenize="trigram")
    db["sources"].enable_fts(["title", "publisher", "quote", "url"], create_triggers=True, tokenize="trigram")
    db["evidence"].enable_fts(["note"], create_triggers=True, tokenize="trigram")
    db["verdicts"].enable_fts(["summary"], create_triggers=True, tokenize="trigram")


def _version_2(db: Database) -> None:
    """Clip-level evidence: one figure per clip and calibration, with the per-frame scores it came from, so that a
    newsroom can refit a calibration on its own decided clips without analysing them again."""
    db["clip_evidence"].create(
        {
            "id": int,
            "clip_id": int,
            "calibration": str,
            "calibration_sha256": str,
            "probability": float,
            "low": float,
            "high": float,
            "likelihood_ratio": float,
            "rendition": str,  # in words: what of the clip was measured
            "scores": str,  # JSON: analyzer id -> {"version", "model_sha256", "scores": [per-frame scores]}
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("clip_id", "clips", "id")],
    )
    db["clip_evidence"].create_index(["clip_id", "calibration_sha256"], unique=True)


def _version_3(db: Database) -> None:
    """The moderator's queue: a decision and a hand-off note per clip, what the import measured (duration, the
    provenance badge, the strongest detector peak, the yt-dlp sidecars), keyframe hashes for grouping re-uploads,
    and each imported file's outcome, so that an interrupted import resumes where it stopped."""
    clips = db["clips"]
    for column, kind in (
        ("decision", str),
        ("queue_note", str),
        ("duration", float),
        ("badge", str),
        ("badge_level", str),
        ("peak", float),
        ("peak_detector", str),
        ("group_id", int),
        ("evidence", float),  # the newest clip-level figure, kept here so that ten thousand clips sort by it at once
        ("sidecars", str),  # JSON: {"info_json": path, "subtitles": [paths]}
    ):
        clips.add_column(column, kind)
    db.execute("update clips set queue_status = 'New' where queue_status is null or queue_status = 'new'")
    db.execute("update clips set decision = '', queue_note = '', assignee = coalesce(assignee, '')")
    db.execute(
        "update clips set evidence = (select probability from clip_evidence e where e.clip_id = clips.id "
        "order by e.created_at desc, e.id desc limit 1)"
    )
    for columns in (["queue_status"], ["decision"], ["group_id"], ["added_at"], ["evidence"]):
        clips.create_index(columns)
    searched = ["file_name", "title", "uploader", "queue_note"]
    clips.enable_fts(searched, create_triggers=True, tokenize="trigram")
    if not getattr(db, "postgres", False):  # PostgreSQL's trigram indexes are kept by the engine, without triggers
        # The index follows the searched columns only: an import writes every clip's group and badge, and
        # re-indexing each of them for that made regrouping ten thousand clips take seconds under the write lock.
        sql = "select sql from sqlite_master where type = 'trigger' and name = 'clips_au'"
        trigger = db.execute(sql).fetchone()[0]
        db.execute("drop trigger clips_au")
        db.execute(trigger.replace('AFTER UPDATE ON "clips"', f'AFTER UPDATE OF {", ".join(searched)} ON "clips"'))
    db["keyframe_hashes"].create(
        {"clip_id": int, "frame": int, "hash": int, "mirror_hash": int},
        pk=("clip_id", "frame"),
        foreign_keys=[("clip_id", "clips", "id")],
    )
    db["imports"].create(
        {
            "path": str,
            "size": int,
            "mtime_ns": int,
            "clip_id": int,
            "problem": str,  # why the file was not imported, in the reviewer's words; empty when it was
            "at": str,
        },
        pk="path",
    )


def _version_4(db: Database) -> None:
    """Words: the lines a clip's subtitles say and its frames show, each on the clip's clock and frames, searched
    across clips like the review's own text; and on a claim made from a line, the line it quotes, kept as it was
    when the claim was made (the words may be read again later, differently)."""
    db["words"].create(
        {
            "id": int,
            "clip_id": int,
            "source": str,  # analyzers.words.lines: SUBTITLES or ON_SCREEN
            "track": str,  # which subtitles or reader, in words
            "first_frame": int,
            "last_frame": int,
            "start": float,  # clip seconds
            "end": float,
            "text": str,
            "box": str,  # JSON [x, y, width, height] in upright frame pixels; empty for subtitles
            "confidence": float,
        },
        pk="id",
        foreign_keys=[("clip_id", "clips", "id")],
    )
    db["words"].create_index(["clip_id", "source", "track"])
    db["words"].enable_fts(["text"], create_triggers=True, tokenize="trigram")
    # Which tracks were read, when, and how many lines they gave: a clip whose frames show no text was read too,
    # and is not read again each time it opens.
    db["words_read"].create(
        {"clip_id": int, "source": str, "track": str, "read_at": str, "lines": int},
        pk=("clip_id", "source", "track"),
        foreign_keys=[("clip_id", "clips", "id")],
    )
    db["claims"].add_column("quoted_line", str)  # JSON: source, track, start, end, text of the line quoted


def _version_5(db: Database) -> None:
    """A team on one case: a queue item's lease (who is deciding it, until when: seconds since 1970 on the
    database's clock), each reviewer-made row's version (an edit made on an older one is refused), the account
    that wrote each audit row (the server's login on a team case), the machine a whole-clip run was measured on,
    and the dossiers published from the case."""
    db["clips"].add_column("claimed_by", str, not_null_default="")
    db["clips"].add_column("claimed_until", float, not_null_default=0.0)
    for table in ("clips", *EDITED):
        db[table].add_column("version", int, not_null_default=0)
    db["audit"].add_column("account", str, not_null_default="")
    db["analyses"].add_column("machine", str, not_null_default="")
    db["publications"].create(
        {
            "id": int,
            "clip_id": int,
            "dossier_sha256": str,  # the signed JSON dossier, as stored by its hash in the team's shared folder
            "pdf_sha256": str,
            "signer": str,  # the signing key's fingerprint
            "reviewer": str,
            "account": str,
            "published_at": str,
        },
        pk="id",
        foreign_keys=[("clip_id", "clips", "id")],
    )
    db["publications"].create_index(["clip_id"])


# The tables of the reviewer's own rows (claims, sources, evidence frames, verdicts), edited, deleted and undone.
EDITED = ("claims", "sources", "evidence", "verdicts")

MIGRATIONS: list[Callable[[Database], None]] = [
    _version_1,
    _version_2,
    _version_3,
    _version_4,
    _version_5,
]  # MIGRATIONS[i] takes a database to version i + 1
VERSION = len(MIGRATIONS)
