"""Team queue benchmark: ten moderators triaging one queue of 10,000 clips at once, each on a connection of their own
(a thread each, as ten windows are ten processes with one store each): take the next clip nobody holds
(Store.claim_next), read its row, decide it (an audited edit), and go on. Timed per decision, from asking for the
clip to the decision committed. The baseline, measured in the same run on the same case, is one moderator alone
doing the same. Then every decision is checked: each clip decided once, none lost, one audit row each.

Both backends: a team case on PostgreSQL (a throwaway server from Debian's binaries, as the tests start, unless
--db names one) and a SQLite file on this machine.

    python -m bench.team_queue [--clips 10000] [--reviewers 10] [--decisions 2000]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import threading
import time
from pathlib import Path

from app.store.queue import QueueFilter
from app.store.store import Store

_NEW = QueueFilter(statuses=("New",))
_DECISIONS = ("No action", "Label as AI-generated", "Remove", "Escalate to fact-check")


def fill(address, clips: int) -> None:
    """A queue of `clips` new clips, written as an import leaves them."""
    store = Store.open(address, "import")
    rows = [
        (f"{n:064x}", f"/clips/{n:05d} 视频.mp4", f"{n:05d} 视频.mp4", 1000 + n, "{}", "New", "", "", "", 0, "[]")
        for n in range(clips)
    ]
    with store.transaction():
        store._db.conn.executemany(
            "insert into clips (sha256, path, file_name, size, facts, queue_status, decision, queue_note, assignee, "
            "priority, tags) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    store.close()


def triage(address, reviewer: str, decisions: int, latencies: list[float], decided: list[int]) -> None:
    store = Store.open(address, reviewer)
    try:
        for number in range(decisions):
            started = time.perf_counter()
            clip_id = store.claim_next(_NEW)
            if clip_id is None:
                return
            store.queue_rows([clip_id])
            store.edit("clips", clip_id, {"decision": _DECISIONS[number % 4], "queue_status": "Decided"})
            latencies.append(time.perf_counter() - started)
            decided.append(clip_id)
    finally:
        store.close()


def run(address, reviewers: int, decisions: int) -> tuple[list[float], list[int], float]:
    latencies: list[float] = []
    decided: list[int] = []
    share = decisions // reviewers
    threads = [
        threading.Thread(target=triage, args=(address, f"moderator {n}", share, latencies, decided))
        for n in range(reviewers)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, decided, time.perf_counter() - started


def checked(address, decided: list[int]) -> str:
    """'ok', or what was lost or doubled."""
    store = Store.open(address, "check")
    try:
        audit = [row for row in store.audit() if row["action"] == "edit" and '"decision"' in row["after"]]
        rows = store.queue_rows(sorted(set(decided)))
    finally:
        store.close()
    problems = []
    if len(set(decided)) != len(decided):
        problems.append(f"{len(decided) - len(set(decided))} clips decided twice")
    if len(audit) != len(decided) or len({row["row_id"] for row in audit}) != len(audit):
        problems.append(f"{len(audit)} audit rows for {len(decided)} decisions")
    if any(row["queue_status"] != "Decided" for row in rows):
        problems.append("a decision was lost")
    return "; ".join(problems) or "ok"


def measure(name: str, address, args) -> None:
    fill(address, args.clips)
    alone, alone_decided, alone_s = run(address, 1, args.decisions // args.reviewers)
    team, team_decided, team_s = run(address, args.reviewers, args.decisions)
    verdict = checked(address, alone_decided + team_decided)

    def ms(values: list[float], share: float) -> float:
        return statistics.quantiles(values, n=100)[round(share * 100) - 1] * 1000

    print(f"\n{name}: {args.clips:,} clips, {len(team_decided):,} decisions by {args.reviewers} at once")
    print(f"  {'':<24}{'p50 ms':>9}{'p95 ms':>9}{'decisions/s':>14}")
    print(f"  {'one moderator alone':<24}{ms(alone, 0.5):9.1f}{ms(alone, 0.95):9.1f}{len(alone) / alone_s:14.0f}")
    team_rate = len(team) / team_s
    print(f"  {f'{args.reviewers} at once':<24}{ms(team, 0.5):9.1f}{ms(team, 0.95):9.1f}{team_rate:14.0f}")
    print(
        f"  ratio (at once / alone): p50 latency {ms(team, 0.5) / ms(alone, 0.5):.2f}x, "
        f"throughput {team_rate / (len(alone) / alone_s):.2f}x"
    )
    print(f"  lost or doubled decisions: {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=10_000)
    parser.add_argument("--reviewers", type=int, default=10)
    parser.add_argument("--decisions", type=int, default=2_000)
    parser.add_argument("--db", help="a postgresql:// URL of an empty database (default: a throwaway server)")
    args = parser.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    with tempfile.TemporaryDirectory() as folder:
        if args.db:
            measure("PostgreSQL", args.db, args)
        else:
            from tests.postgres import SUPERUSER, start_server, stop_server

            server = start_server(Path(f"/tmp/rc-bench-{os.getpid()}"), 55000 + os.getpid() % 1000)
            try:
                import psycopg

                with psycopg.connect(server.url(), autocommit=True) as admin:
                    admin.execute("create database bench")
                measure("PostgreSQL (throwaway server, unix socket, fsync off)", server.url("bench", SUPERUSER), args)
            finally:
                stop_server(server)
        measure("SQLite file", Path(folder) / "case.db", args)


if __name__ == "__main__":
    main()
