"""The moderator's queue from the command line: `reelcheck import`, `reelcheck queue` and `reelcheck decide`."""

from __future__ import annotations

import argparse
import signal
import threading
import time
from pathlib import Path

from app.cli.output import fail, json_text, padded, say
from app.login import login_name

_UNDECIDED = ("undecided", "none")  # words for the empty decision, on the command line


def add_parsers(commands: argparse._SubParsersAction) -> None:
    importer = commands.add_parser(
        "import", help="import clips (files, folders, yt-dlp downloads) into the case's queue"
    )
    importer.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    importer.add_argument("--recursive", action="store_true", help="take clips in sub-folders too")
    importer.add_argument("--analyze", action="store_true", help="then run the detectors on the clips imported")
    importer.add_argument("--stride", type=int, default=10, help="with --analyze: every Nth frame (default 10)")
    importer.add_argument(
        "--read-text",
        action="store_true",
        help="with --analyze: also read the text on the frames (once a second) and badge visible AI marks",
    )
    listing = commands.add_parser("queue", help="list the case's queue (or export it as CSV or JSON)")
    listing.add_argument("--status", action="append", help="only clips with this status (may be repeated)")
    listing.add_argument("--decision", action="append", help="only clips with this decision ('undecided' too)")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.add_argument("--export", type=Path, metavar="FILE", help="write the queue to FILE.csv or FILE.json")
    decide = commands.add_parser("decide", help="set a clip's status, decision, assignee or note (audited)")
    decide.add_argument("clip", metavar="CLIP", help="the clip's id, SHA-256 (or 8+ hex digits of it) or file")
    decide.add_argument("--status", help="New, In review, Second opinion or Decided")
    decide.add_argument(
        "--decision",
        help="No action, Label as AI-generated, Remove, Escalate to fact-check, or undecided; "
        "a decision without --status sets the status to Decided",
    )
    decide.add_argument("--assignee", help="who reviews it next")
    decide.add_argument("--note", help="the hand-off note on the queue item")


# --- reelcheck import ------------------------------------------------------------------------------------------
def import_command(args: argparse.Namespace) -> int:
    from app.cli.case import _database
    from app.media.errors import Cancelled
    from app.queue.batch import analyze_queue
    from app.queue.finding import find_clips
    from app.queue.importer import default_thumbnail_folder, import_clips
    from app.store.store import StoreError

    if args.stride < 1:
        return fail("--stride must be 1 or more.")
    database = _database(args)
    stop = threading.Event()
    imported: dict[int, None] = {}  # the clips of this import, in order, each once
    with _interrupt_sets(stop):
        try:
            found = find_clips(args.paths, args.recursive, cancelled=stop.is_set)
        except Cancelled:
            return fail("Cancelled while looking for clips; nothing was imported.")
        try:
            summary = import_clips(
                database,
                found.clips,
                reviewer=login_name(),
                thumbnails=default_thumbnail_folder(),
                on_progress=_progress_printer("import"),
                on_clip=lambda clip_id: imported.setdefault(clip_id),
                cancelled=stop.is_set,
            )
        except StoreError as error:
            return fail(str(error))
        failed = [(str(path), reason) for path, reason in found.skipped] + summary.failed
        say(
            f"{database}: {_clips(summary.added)} added, {summary.already_in_case} already in the case, "
            f"{summary.resumed_skipped} unchanged since the last import, {len(failed)} not imported"
            + (" (cancelled: run the same command again to go on)" if summary.cancelled else "")
        )
        for path, reason in failed:
            say(f"  {path}: {reason}")
        for path, note in summary.notes:  # imported, without what its sidecar would have said
            say(f"  {path}: imported; {note}")
        if args.analyze and imported and not summary.cancelled:
            batch = analyze_queue(
                database,
                list(imported),
                stride=args.stride,
                provider=args.engine_provider or "auto",
                read_text=args.read_text,
                on_progress=_progress_printer("analysis"),
                on_clip=lambda _clip_id: None,
                cancelled=stop.is_set,
            )
            say(f"analysed {batch.analysed} of {len(imported)} clips" + (" (cancelled)" if batch.cancelled else ""))
            for name, reason in batch.failed:
                say(f"  {name}: {reason}")
    taken = summary.added + summary.already_in_case + summary.resumed_skipped
    return 0 if taken else 1


class _interrupt_sets:
    """Ctrl-C sets `stop` (the import ends after the file in hand, keeping what it did); a second one is Python's
    usual KeyboardInterrupt."""

    def __init__(self, stop: threading.Event) -> None:
        self._stop = stop
        self._before = None

    def __enter__(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return

        def interrupted(_signal, _frame) -> None:
            say("stopping after the files in hand (Ctrl-C again to stop at once)", error=True)
            self._stop.set()
            signal.signal(signal.SIGINT, signal.default_int_handler)

        self._before = signal.signal(signal.SIGINT, interrupted)

    def __exit__(self, *_exc) -> None:
        if self._before is not None:
            signal.signal(signal.SIGINT, self._before)


def _progress_printer(what: str):
    last = [0.0]

    def report(fraction: float, words: str) -> None:
        now = time.monotonic()
        if now - last[0] > 1.0 or fraction >= 1.0:
            last[0] = now
            say(f"{what} {round(fraction * 100)}% {words}", error=True)

    return report


# --- reelcheck queue -------------------------------------------------------------------------------------------
def show_queue(args: argparse.Namespace) -> int:
    from app.queue.export import export_queue, exported
    from app.store.queue import QueueFilter
    from app.store.rules import DECISIONS, QUEUE_STATUSES, Refused
    from app.store.store import StoreError

    try:
        statuses = tuple(_choice(s, QUEUE_STATUSES, "status") for s in args.status or ())
        decisions = tuple(_choice(d, DECISIONS, "decision", _UNDECIDED) for d in args.decision or ())
    except Refused as error:
        return fail(str(error))
    kind = args.export.suffix.lower().lstrip(".") if args.export else ""
    if args.export and kind not in ("csv", "json"):
        return fail(f"{args.export}: the queue is exported to a .csv or a .json file.")
    try:
        store = _existing_store(args)
        try:
            rows = store.queue_rows(store.queue_ids(QueueFilter(statuses=statuses, decisions=decisions)))
        finally:
            store.close()
    except StoreError as error:
        return fail(str(error))
    if args.export:
        try:
            export_queue(rows, args.export, kind)
        except OSError as error:
            return fail(f"Could not write {args.export}: {error.strerror or error}.")
        say(f"{args.export}: {len(rows)} clips", error=args.json)
    if args.json:
        print(json_text([{"id": row["id"], **exported(row)} for row in rows]))
    elif not args.export:
        _table(rows)
    return 0


def _table(rows: list[dict]) -> None:
    say(f"{'id':>5}  {'status':<14}  {'decision':<22}  {'evidence':>8}  {'group':>5}  {padded('name', 40)}  uploader")
    for row in rows:
        evidence = f"{row['evidence']:.2f}" if row["evidence"] is not None else "-"
        group = str(row["group_id"]) if row["group_id"] is not None else "-"
        say(
            f"{row['id']:>5}  {row['queue_status'] or 'New':<14}  {row['decision'] or '-':<22}  {evidence:>8}  "
            f"{group:>5}  {padded(row['file_name'], 40)}  {row['uploader'] or ''}"
        )
    say(_clips(len(rows)))


# --- reelcheck decide ------------------------------------------------------------------------------------------
def decide_command(args: argparse.Namespace) -> int:
    from app.store.rules import DECISIONS, QUEUE_STATUSES, Refused
    from app.store.store import StoreError

    values: dict = {}
    try:
        if args.status is not None:
            values["queue_status"] = _choice(args.status, QUEUE_STATUSES, "status")
        if args.decision is not None:
            values["decision"] = _choice(args.decision, DECISIONS, "decision", _UNDECIDED)
            if values["decision"] and "queue_status" not in values:
                values["queue_status"] = "Decided"
    except Refused as error:
        return fail(str(error))
    if args.assignee is not None:
        values["assignee"] = args.assignee
    if args.note is not None:
        values["queue_note"] = args.note
    if not values:
        return fail("Say what to set: --status, --decision, --assignee or --note.")
    try:
        store = _existing_store(args)
        try:
            clip, problem = _find_clip(store, args.clip)
            if clip is None:
                return fail(problem)
            change = store.edit("clips", clip["id"], values)
        finally:
            store.close()
    except (Refused, StoreError) as error:
        return fail(str(error))
    if change is None:
        say(f"clip {clip['id']} {clip['file_name']}: nothing changed")
        return 0
    said = ", ".join(f"{_NAMES[k]} {change.before[k] or '-'} -> {change.after[k] or '-'}" for k in change.after)
    say(f"clip {clip['id']} {clip['file_name']}: {said}")
    return 0


_NAMES = {"queue_status": "status", "decision": "decision", "assignee": "assignee", "queue_note": "note"}


def _find_clip(store, given: str) -> tuple[dict | None, str]:
    """The clip named by its id, its SHA-256 or a prefix of 8 or more hex digits, or its file; else why not."""
    import re

    from app.files.regular import NotAFile
    from app.media.hashing import sha256_file
    from app.store.store import StoreError

    text = given.strip()
    if text.isdigit() and len(text) < 8:
        try:
            return store.clip(int(text)), ""
        except StoreError as error:
            return None, str(error)
    if re.fullmatch(r"[0-9a-fA-F]{8,64}", text):
        matches = [clip for clip in store.clips() if clip["sha256"].startswith(text.lower())]
        if len(matches) == 1:
            return matches[0], ""
        if len(matches) > 1:
            return None, f"{len(matches)} clips have a SHA-256 starting with {text}: give more of it."
    path = Path(given)
    by_path = [clip for clip in store.clips() if clip["path"] == str(path.absolute())]
    if len(by_path) == 1:
        return by_path[0], ""
    if path.exists():
        try:
            clip = store.clip_by_sha256(sha256_file(path))
        except (NotAFile, OSError) as error:
            return None, f"{given}: {error}"
        if clip is not None:
            return clip, ""
        return None, f"The file {given} is not a clip of this case (no clip has its SHA-256)."
    return None, f"No clip of this case is {given!r}: give its id, its SHA-256 (8 or more hex digits) or its file."


# --- shared ----------------------------------------------------------------------------------------------------
def _choice(given: str, allowed: tuple[str, ...], field: str, empty: tuple[str, ...] = ()) -> str:
    """`given` as the one of `allowed` it names, whatever its case; refused with the list otherwise."""
    from app.store.rules import Refused

    wanted = given.strip().casefold()
    if empty and wanted in (*empty, ""):
        return ""
    for choice in allowed:
        if choice.casefold() == wanted:
            return choice
    also = f", or {empty[0]}" if empty else ""
    raise Refused(f"The {field} {given!r} is not one of: {', '.join(allowed)}{also}.")


def _existing_store(args: argparse.Namespace):
    from app.cli.case import _database, _open
    from app.store.store import StoreError

    database = _database(args)
    if not database.exists():
        raise StoreError(f"There is no case database {database}: import clips into it first (reelcheck import).")
    return _open(database)


def _clips(count: int) -> str:
    return f"{count} clip" if count == 1 else f"{count} clips"
