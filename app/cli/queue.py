"""The moderator's queue from the command line: `reelcheck import`, `reelcheck queue` and `reelcheck decide`."""

from __future__ import annotations

import argparse
import signal
import threading
import time
from pathlib import Path

from analyzers.translatable import QT_TRANSLATE_NOOP
from app.cli.output import at_least, fail, file_said, json_text, listed, not_written, padded, say, stride_refused
from app.i18n import translate
from app.preferences import audit_name
from app.store.location import case_exists, shown_case

_UNDECIDED = ("undecided", "none")  # words for the empty decision, on the command line


def add_parsers(commands: argparse._SubParsersAction) -> None:
    importer = commands.add_parser(
        "import",
        help=translate("Queue command", "import clips (files, folders, yt-dlp downloads) into the case's queue"),
    )
    importer.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    importer.add_argument(
        "--recursive", action="store_true", help=translate("Queue command", "take clips in sub-folders too")
    )
    importer.add_argument(
        "--analyze",
        action="store_true",
        help=translate("Queue command", "then run the detectors on the clips imported"),
    )
    importer.add_argument(
        "--stride",
        type=int,
        default=10,
        help=translate("Queue command", "with --analyze: every Nth frame (default 10)"),
    )
    importer.add_argument(
        "--read-text",
        action="store_true",
        help=translate(
            "Queue command",
            "with --analyze: also read the text on the frames (once a second) and badge visible AI marks",
        ),
    )
    listing = commands.add_parser(
        "queue", help=translate("Queue command", "list the case's queue (or export it as CSV or JSON)")
    )
    listing.add_argument(
        "--status", action="append", help=translate("Queue command", "only clips with this status (may be repeated)")
    )
    listing.add_argument(
        "--decision",
        action="append",
        help=translate("Queue command", "only clips with this decision ('undecided' too)"),
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Queue command", "print JSON instead of a table")
    )
    listing.add_argument(
        "--export",
        type=Path,
        metavar="FILE",
        help=translate("Queue command", "write the queue to FILE.csv or FILE.json"),
    )
    decide = commands.add_parser(
        "decide", help=translate("Queue command", "set a clip's status, decision, assignee or note (audited)")
    )
    decide.add_argument(
        "clip",
        metavar="CLIP",
        help=translate("Queue command", "the clip's id, SHA-256 (or 8+ hex digits of it) or file"),
    )
    decide.add_argument("--status", help=translate("Queue command", "New, In review, Second opinion or Decided"))
    decide.add_argument(
        "--decision",
        help=translate(
            "Queue command",
            "No action, Label as AI-generated, Remove, Escalate to fact-check, or undecided; "
            "a decision without --status sets the status to Decided",
        ),
    )
    decide.add_argument("--assignee", help=translate("Queue command", "who reviews it next"))
    decide.add_argument("--note", help=translate("Queue command", "the hand-off note on the queue item"))


# --- reelcheck import ------------------------------------------------------------------------------------------
def import_command(args: argparse.Namespace) -> int:
    from app.cli.case import _database
    from app.media.errors import Cancelled
    from app.queue.batch import analyze_queue
    from app.queue.finding import find_clips
    from app.queue.importer import default_thumbnail_folder, import_clips
    from app.store.store import StoreError

    if args.stride < 1:
        return fail(stride_refused())
    database = _database(args)
    stop = threading.Event()
    imported: dict[int, None] = {}  # the clips of this import, in order, each once
    with _interrupt_sets(stop):
        try:
            found = find_clips(args.paths, args.recursive, cancelled=stop.is_set)
        except Cancelled:
            return fail(translate("Queue command", "Cancelled while looking for clips; nothing was imported."))
        try:
            summary = import_clips(
                database,
                found.clips,
                reviewer=audit_name(),
                thumbnails=default_thumbnail_folder(),
                on_progress=_progress_printer("import"),
                on_clip=lambda clip_id: imported.setdefault(clip_id),
                cancelled=stop.is_set,
            )
        except StoreError as error:
            return fail(str(error))
        failed = [(str(path), reason) for path, reason in found.skipped] + summary.failed
        if summary.cancelled:
            words = translate(
                "Queue command",
                "{database}: {added} added, {already} already in the case, {unchanged} unchanged since the last "
                "import, {failed} not imported (cancelled: run the same command again to go on)",
            )
        else:
            words = translate(
                "Queue command",
                "{database}: {added} added, {already} already in the case, {unchanged} unchanged since the last "
                "import, {failed} not imported",
            )
        said = {"added": _clips(summary.added), "already": summary.already_in_case, "failed": len(failed)}
        say(words.format(database=shown_case(database), unchanged=summary.resumed_skipped, **said))
        for path, reason in failed:
            say(f"  {path}: {reason}")
        for path, note in summary.notes:  # imported, without what its sidecar would have said
            say(translate("Queue command", "  {file}: imported; {note}").format(file=path, note=note))
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
            say_analysed(batch, len(imported))
    taken = summary.added + summary.already_in_case + summary.resumed_skipped
    return 0 if taken else 1


def say_analysed(batch, count: int) -> None:
    """How a batch analysis of `count` clips ended, and each clip that failed with its reason."""
    if batch.cancelled:
        words = translate("Queue command", "analysed {analysed} of {count} clips (cancelled)")
    else:
        words = translate("Queue command", "analysed {analysed} of {count} clips")
    say(words.format(analysed=batch.analysed, count=count))
    for name, reason in batch.failed:
        say(f"  {name}: {reason}")


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
            say(
                translate("Queue command", "stopping after the files in hand (Ctrl-C again to stop at once)"),
                error=True,
            )
            self._stop.set()
            signal.signal(signal.SIGINT, signal.default_int_handler)

        self._before = signal.signal(signal.SIGINT, interrupted)

    def __exit__(self, *_exc) -> None:
        if self._before is not None:
            signal.signal(signal.SIGINT, self._before)


def _progress_printer(what: str):
    """Progress lines on stderr: `what` is "import" or "analysis"."""
    last = [0.0]
    line = (
        translate("Queue command", "import {percent}% {doing}")
        if what == "import"
        else translate("Queue command", "analysis {percent}% {doing}")
    )

    def report(fraction: float, words: str) -> None:
        now = time.monotonic()
        if now - last[0] > 1.0 or fraction >= 1.0:
            last[0] = now
            say(line.format(percent=round(fraction * 100), doing=words), error=True)

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
        words = translate("Queue command", "{file}: the queue is exported to a .csv or a .json file.")
        return fail(words.format(file=args.export))
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
            return fail(not_written(args.export, error))
        say(
            translate("Queue command", "{file}: {clips}").format(file=args.export, clips=_clips(len(rows))),
            error=args.json,
        )
    if args.json:
        print(json_text([{"id": row["id"], **exported(row)} for row in rows]))
    elif not args.export:
        _table(rows)
    return 0


def _table(rows: list[dict]) -> None:
    from app.queue.labels import decision_label, status_label

    headings = [
        padded(translate("Queue command", "id"), 5, right=True),
        at_least(translate("Queue command", "status"), 14),
        at_least(translate("Queue command", "decision"), 22),
        padded(translate("Queue command", "evidence"), 8, right=True),
        padded(translate("Queue command", "group"), 5, right=True),
        padded(translate("Queue command", "name"), 40),
        translate("Queue command", "uploader"),
    ]
    say("  ".join(headings))
    for row in rows:
        evidence = f"{row['evidence']:.2f}" if row["evidence"] is not None else "-"
        group = str(row["group_id"]) if row["group_id"] is not None else "-"
        status = status_label(row["queue_status"] or "New")
        decision = decision_label(row["decision"]) if row["decision"] else "-"
        say(
            f"{row['id']:>5}  {at_least(status, 14)}  {at_least(decision, 22)}  {evidence:>8}  "
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
        return fail(translate("Queue command", "Say what to set: --status, --decision, --assignee or --note."))
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
        words = translate("Queue command", "clip {id} {name}: nothing changed")
        say(words.format(id=clip["id"], name=clip["file_name"]))
        return 0
    said = listed(
        translate("Queue command", _CHANGES[k]).format(
            before=_shown(k, change.before[k]), after=_shown(k, change.after[k])
        )
        for k in change.after
    )
    say(
        translate("Queue command", "clip {id} {name}: {changes}").format(
            id=clip["id"], name=clip["file_name"], changes=said
        )
    )
    return 0


_CHANGES = {
    "queue_status": QT_TRANSLATE_NOOP("Queue command", "status {before} -> {after}"),
    "decision": QT_TRANSLATE_NOOP("Queue command", "decision {before} -> {after}"),
    "assignee": QT_TRANSLATE_NOOP("Queue command", "assignee {before} -> {after}"),
    "queue_note": QT_TRANSLATE_NOOP("Queue command", "note {before} -> {after}"),
}


def _shown(field: str, value: str | None) -> str:
    """A field's value as the reader reads it: statuses and decisions by their labels, names and notes as typed."""
    from app.queue.labels import decision_label, status_label

    if not value:
        return "-"
    return {"queue_status": status_label, "decision": decision_label}.get(field, str)(value)


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
            words = translate("Queue command", "{count} clips have a SHA-256 starting with {digits}: give more of it.")
            return None, words.format(count=len(matches), digits=text)
    path = Path(given)
    by_path = [clip for clip in store.clips() if clip["path"] == str(path.absolute())]
    if len(by_path) == 1:
        return by_path[0], ""
    if path.exists():
        try:
            clip = store.clip_by_sha256(sha256_file(path))
        except (NotAFile, OSError) as error:
            return None, file_said(given, error)
        if clip is not None:
            return clip, ""
        words = translate("Queue command", "The file {file} is not a clip of this case (no clip has its SHA-256).")
        return None, words.format(file=given)
    words = translate(
        "Queue command", "No clip of this case is {given}: give its id, its SHA-256 (8 or more hex digits) or its file."
    )
    return None, words.format(given=repr(given))


# --- shared ----------------------------------------------------------------------------------------------------
def _choice(given: str, allowed: tuple[str, ...], field: str, empty: tuple[str, ...] = ()) -> str:
    """`given` as the one of `allowed` it names, whatever its case; refused with the list otherwise."""
    from app.queue.labels import decision_label, status_label
    from app.store.rules import Refused

    label = status_label if field == "status" else decision_label
    wanted = given.strip().casefold()
    if empty and wanted in (*empty, ""):
        return ""
    for choice in allowed:  # as stored, or as the reader's language names it
        if wanted in (choice.casefold(), label(choice).casefold()):
            return choice
    choices = ", ".join(allowed)
    if field == "status":
        raise Refused(
            translate("Queue command", "The status {given} is not one of: {choices}.").format(
                given=repr(given), choices=choices
            )
        )
    words = translate("Queue command", "The decision {given} is not one of: {choices}, or {empty}.")
    raise Refused(words.format(given=repr(given), choices=choices, empty=empty[0]))


def _existing_store(args: argparse.Namespace):
    from app.cli.case import _database, _open
    from app.store.store import StoreError

    database = _database(args)
    if not case_exists(database):
        words = translate(
            "Queue command", "There is no case database {database}: import clips into it first (reelcheck import)."
        )
        raise StoreError(words.format(database=shown_case(database)))
    return _open(database)


def _clips(count: int) -> str:
    return (
        translate("Queue command", "1 clip")
        if count == 1
        else translate("Queue command", "{count} clips").format(count=count)
    )
