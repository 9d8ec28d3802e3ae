"""`reelcheck analyze-queue`: the detectors over the clips waiting in the queue, on this machine or on a Ray
cluster (app.queue.cluster), with progress on stderr and Ctrl-C to stop after the clips in hand."""

from __future__ import annotations

import argparse
import threading

from app.cli.output import fail, say, stride_refused
from app.i18n import translate


def add_parsers(commands: argparse._SubParsersAction) -> None:
    analyse = commands.add_parser(
        "analyze-queue",
        help=translate("Cluster command", "run the detectors on the queue's clips, here or on a Ray cluster"),
    )
    analyse.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help=translate(
            "Cluster command",
            "ray://HOST:PORT or HOST:PORT of a Ray cluster whose workers reach the clips' folder, or auto for the "
            "Ray instance on this machine (started for the run if none is running); without it: this machine",
        ),
    )
    analyse.add_argument(
        "--status",
        action="append",
        help=translate("Cluster command", "the clips with this status (may be repeated; default: New)"),
    )
    analyse.add_argument(
        "--stride", type=int, default=10, help=translate("Cluster command", "every Nth frame (default 10)")
    )
    analyse.add_argument(
        "--read-text",
        action="store_true",
        help=translate(
            "Cluster command", "also read the text on the frames (once a second) and badge visible AI marks"
        ),
    )


def analyze_queue_command(args: argparse.Namespace) -> int:
    from app.cli.case import _database
    from app.cli.queue import _choice, _existing_store, _interrupt_sets, _progress_printer, say_analysed
    from app.queue.batch import analyze_queue
    from app.queue.cluster import ClusterError, analyze_on_cluster
    from app.store.queue import QueueFilter
    from app.store.rules import QUEUE_STATUSES, Refused
    from app.store.store import StoreError

    if args.stride < 1:
        return fail(stride_refused())
    try:
        statuses = tuple(_choice(s, QUEUE_STATUSES, "status") for s in args.status or ("New",))
        database = _database(args)
        store = _existing_store(args)
        try:
            clip_ids = store.queue_ids(QueueFilter(statuses=statuses))
        finally:
            store.close()
    except (Refused, StoreError) as error:
        return fail(str(error))
    if not clip_ids:
        say(translate("Cluster command", "No clip in the queue has that status: nothing to analyse."))
        return 0
    stop = threading.Event()
    common = {
        "stride": args.stride,
        "provider": args.engine_provider or "auto",
        "read_text": args.read_text,
        "on_progress": _progress_printer("analysis"),
        "on_clip": lambda _clip_id: None,
        "cancelled": stop.is_set,
    }
    with _interrupt_sets(stop):
        try:
            if args.cluster:
                summary = analyze_on_cluster(database, clip_ids, address=args.cluster, **common)
            else:
                summary = analyze_queue(database, clip_ids, **common)
        except (ClusterError, StoreError) as error:
            return fail(str(error))
    say_analysed(summary, len(clip_ids))
    return 0 if summary.analysed == len(clip_ids) or summary.cancelled else 1
