"""Queue view benchmark: a case of 10,000 clips (rows written straight into SQLite, thumbnails for some), opened in
the queue's model and table as the window has them (the store on its own thread, pages of rows fetched as shown),
then sorted by three columns, filtered by text and by status, and scrolled page by page to the end.

Each operation is timed from the call to the first page of rows painted (a forced repaint of the table). The
baseline, measured in the same run on the same rows, is the plain way: every row read at once into a
QStandardItemModel, sorted and filtered by Qt (QSortFilterProxyModel), scrolled the same way.

    python -m bench.queue_view [--clips 10000] [--thumbnails 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OPEN_TARGET_MS, SORT_TARGET_MS, FPS_TARGET = 200.0, 50.0, 60.0
_STATUSES = ("New", "In review", "Second opinion", "Decided")
_DECISIONS = ("", "No action", "Label as AI-generated", "Remove", "Escalate to fact-check")
_BADGES = (
    ("", ""),
    ("Content Credentials", "strong"),
    ("Made with a generator", "worth a look"),
    ("Re-encoded", "note"),
)
_WORDS = ("history", "hack", "ancient", "secret", "river", "pyramid", "kitchen", "雪山", "老街", "chef", "mystery")


def make_case(folder: Path, clips: int, thumbnails: int) -> tuple[Path, Path]:
    """A case of `clips` rows and a thumbnail folder with `thumbnails` of them; (database, thumbnail folder)."""
    from PySide6.QtGui import QColor, QImage

    from app.store.store import Store
    from app.ui.queue_thumbnails import thumbnail_path

    database = folder / "queue.db"
    Store.open(database, "bench").close()  # the schema, as ReelCheck makes it
    rng = random.Random(13)
    rows, evidence, claims = [], [], []
    for n in range(1, clips + 1):
        badge, level = rng.choice(_BADGES)
        status = rng.choice(_STATUSES)
        words = " ".join(rng.sample(_WORDS, 3))
        rows.append(
            (
                n,
                f"{n:064x}",
                f"/clips/{n:05d} {words}.mp4",
                f"{n:05d} {words}.mp4",
                1_000_000 + n,
                "{}",
                rng.choice(("TikTok", "YouTube", "Instagram", "")),
                f"uploader {n % 700}",
                status,
                rng.choice(_DECISIONS) if status == "Decided" else "",
                "",
                rng.choice(("", "", "Mei", "Omar")),
                rng.randint(0, 3),
                json.dumps(rng.sample(["farm", "history", "hack", "repost"], rng.randint(0, 2))),
                f"2026-11-{1 + n % 28:02d}T{n % 24:02d}:00:00",
                rng.uniform(5, 90),
                badge,
                level,
                rng.random() if n % 3 else None,
                "Spectral grid" if n % 3 else "",
                n // 4 if n % 5 == 0 else None,
            )
        )
        if n % 2:
            evidence.append((n, "bench", "b" * 64, rng.random(), 0.0, 1.0, 1.0, "whole clip", "{}", "2026-12-01"))
        if n % 7 == 0:
            claims.append((n, 0, 10, f"claim {words}", "", "", "", "2026-12-01", 0))
    with sqlite3.connect(database) as db:
        db.executemany(
            "insert into clips (id, sha256, path, file_name, size, facts, platform, uploader, queue_status, decision, "
            "queue_note, assignee, priority, tags, added_at, duration, badge, badge_level, peak, peak_detector, "
            "group_id) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        db.executemany(
            "insert into clip_evidence (clip_id, calibration, calibration_sha256, probability, low, high, "
            "likelihood_ratio, rendition, scores, created_at) values (?,?,?,?,?,?,?,?,?,?)",
            evidence,
        )
        db.executemany(
            "insert into claims (clip_id, frame_in, frame_out, text, claimant, rating, explanation, created_at, "
            "deleted) values (?,?,?,?,?,?,?,?,?)",
            claims,
        )
    thumbs = folder / "thumbnails"
    image = QImage(160, 90, QImage.Format.Format_RGB32)
    for n in range(1, thumbnails + 1):
        image.fill(QColor.fromHsv(n * 37 % 360, 120, 160))
        target = thumbnail_path(thumbs, f"{n:064x}")
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target), "JPEG", 80)
    return database, thumbs


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def wait_until(app, done, timeout_s: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the queue did not answer in time")
        app.processEvents()
        time.sleep(0.0002)


def visible_rows(table) -> range:
    first = max(0, table.rowAt(0))
    last = table.rowAt(table.viewport().height() - 1)
    last = table.model().rowCount() - 1 if last < 0 else last
    return range(first, last + 1)


def measure_queue(app, database: Path, thumbs: Path, size) -> dict:
    from PySide6.QtCore import Qt

    from app.store.queue import QueueFilter
    from app.ui.case import CaseController
    from app.ui.queue_case import QueueCase
    from app.ui.queue_model import COLUMN_KEYS, QueueModel
    from app.ui.queue_thumbnails import THUMBNAIL, QueueThumbnails
    from widgets.queue_table import QueueTable

    case = CaseController("bench")
    listed = []
    case.clips_listed.connect(listed.append)
    began = time.perf_counter()
    case.open_store(database)
    # The case's own start-up work (opening, the daily backup, the Clips dock's list of every clip whose file is
    # here) runs on the store thread first: the queue is timed from a settled case, and that work reported apart.
    wait_until(app, lambda: listed, timeout_s=60)
    results: dict = {"case start-up": time.perf_counter() - began}
    started = time.perf_counter()
    thumbnails = QueueThumbnails(thumbs)
    model = QueueModel(QueueCase(case), thumbnails)
    table = QueueTable(THUMBNAIL)
    table.setModel(model)
    table.paint_columns(COLUMN_KEYS.index("thumbnail"), COLUMN_KEYS.index("badge"))
    table.resize(size)
    table.show()
    model.start()

    def page_painted() -> None:
        wait_until(app, lambda: model.loaded and all(model.row_data(r) for r in visible_rows(table)))
        table.viewport().repaint()

    page_painted()
    results["open"] = time.perf_counter() - started

    def timed(change) -> float:
        got = []
        model.reordered.connect(lambda: got.append(1))
        began = time.perf_counter()
        change()
        wait_until(app, lambda: got)
        page_painted()
        model.reordered.disconnect()
        return time.perf_counter() - began

    for key in ("name", "evidence", "added"):
        column = COLUMN_KEYS.index(key)
        results[f"sort {key}"] = statistics.median(
            timed(lambda c=column, o=order: model.sort(c, o))
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * 2
        )
    results["filter text"] = timed(lambda: model.set_filter(QueueFilter(text="pyramid")))
    results["filter status"] = timed(lambda: model.set_filter(QueueFilter(statuses=("In review",))))
    results["filter none"] = timed(lambda: model.set_filter(QueueFilter()))
    results.update(scroll(app, table, lambda: all(model.row_data(r) for r in visible_rows(table))))
    results["thumbnails cached"] = len(thumbnails)
    thumbnails.close()
    case.close()
    table.close()
    return results


def scroll(app, table, page_ready) -> dict:
    """Page by page to the end. A frame is the step and its paint; when the page's rows were not there yet, the
    wait for them (and the paint that shows them) counts towards the frames per second too."""
    bar = table.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    frames, waits, rss = [], [], [rss_mb()]
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    began = time.perf_counter()
    while bar.value() < bar.maximum():
        step = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        table.viewport().repaint()
        painted = time.perf_counter()
        frames.append(painted - step)
        app.processEvents()  # the rows asked for by that paint, and anything else the frame had queued
        if not page_ready():
            wait_until(app, page_ready)
            table.viewport().repaint()
        waits.append(time.perf_counter() - painted)
        if len(frames) % 50 == 0:
            rss.append(rss_mb())
    total = time.perf_counter() - began
    rss.append(rss_mb())
    return {
        "pages": len(frames),
        "scroll fps": len(frames) / total,
        "paint ms p50": statistics.median(frames) * 1000,
        "paint ms max": max(frames) * 1000,
        "rows wait ms max": max(waits) * 1000,
        "steps waiting": sum(1 for wait in waits if wait > 0.004),
        "rss start MB": rss[0],
        "rss end MB": rss[-1],
        "rss max MB": max(rss),
        "peak rss growth MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - peak_before,
    }


def measure_plain(app, database: Path, size) -> dict:
    """The baseline: every row read into a QStandardItemModel, Qt sorting and filtering it."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from app.store.queue import QueueFilter
    from app.store.store import Store
    from app.ui.queue_model import COLUMN_KEYS, COLUMNS, _shown

    results: dict = {}
    started = time.perf_counter()
    store = Store.open(database, "bench")
    rows = store.queue_rows(store.queue_ids(QueueFilter(), "added", True))
    store.close()
    model = QStandardItemModel(len(rows), len(COLUMNS))
    for r, row in enumerate(rows):
        for c, column in enumerate(COLUMNS):
            item = QStandardItem(_shown(column.key, row) or "")
            model.setItem(r, c, item)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(COLUMN_KEYS.index("name"))
    table = QTableView()
    table.setModel(proxy)
    table.verticalHeader().setDefaultSectionSize(56)
    table.resize(size)
    table.show()
    table.viewport().repaint()
    results["open"] = time.perf_counter() - started

    def timed(change) -> float:
        began = time.perf_counter()
        change()
        table.viewport().repaint()
        return time.perf_counter() - began

    for key in ("name", "evidence", "added"):
        column = COLUMN_KEYS.index(key)
        results[f"sort {key}"] = statistics.median(
            timed(lambda c=column, o=order: proxy.sort(c, o))
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * 2
        )
    results["filter text"] = timed(lambda: proxy.setFilterFixedString("pyramid"))
    proxy.setFilterKeyColumn(COLUMN_KEYS.index("status"))
    results["filter status"] = timed(lambda: proxy.setFilterFixedString("In review"))
    results["filter none"] = timed(lambda: proxy.setFilterFixedString(""))
    results.update(scroll(app, table, lambda: True))
    table.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=10_000)
    parser.add_argument("--thumbnails", type=int, default=2_000)
    args = parser.parse_args()
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    size = QSize(1600, 900)
    warm = QTableView()  # Qt's first table (fonts, style, platform window) is paid for before either is timed
    warm.setModel(QStandardItemModel(10, 10))
    warm.show()
    warm.viewport().repaint()
    warm.close()
    with tempfile.TemporaryDirectory(prefix="reelcheck-bench-queue-") as folder:
        made = time.perf_counter()
        database, thumbs = make_case(Path(folder), args.clips, args.thumbnails)
        print(
            f"case of {args.clips:,} clips ({args.thumbnails:,} thumbnails) made in {time.perf_counter() - made:.1f} s"
        )
        queue = measure_queue(app, database, thumbs, size)
        plain = measure_plain(app, database, size)
    print(f"{'operation':<22}{'queue':>12}{'plain':>12}{'ratio':>8}  target")
    for key in ("open", "sort name", "sort evidence", "sort added", "filter text", "filter status", "filter none"):
        target = OPEN_TARGET_MS if key == "open" else SORT_TARGET_MS
        ours, theirs = queue[key] * 1000, plain[key] * 1000
        verdict = "met" if ours <= target else "NOT met"
        print(f"{key:<22}{ours:>10.1f}ms{theirs:>10.1f}ms{ours / theirs:>8.2f}  <= {target:.0f} ms: {verdict}")
    for key in (
        "scroll fps",
        "paint ms p50",
        "paint ms max",
        "rows wait ms max",
        "steps waiting",
        "rss start MB",
        "rss end MB",
        "rss max MB",
        "peak rss growth MB",
    ):
        ratio = f"{queue[key] / plain[key]:>8.2f}" if plain[key] else f"{'-':>8}"
        print(f"{key:<22}{queue[key]:>12.1f}{plain[key]:>12.1f}{ratio}")
    print(f"scrolled {queue['pages']} pages; thumbnails in memory at the end: {queue['thumbnails cached']}")
    print(
        f"the case's own start-up before the queue asks (open, backup, Clips dock list): "
        f"{queue['case start-up'] * 1000:.0f} ms"
    )
    print(
        f"scrolling at {queue['scroll fps']:.0f} fps (target {FPS_TARGET:.0f}): "
        f"{'met' if queue['scroll fps'] >= FPS_TARGET else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
