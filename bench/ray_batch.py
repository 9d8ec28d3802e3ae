"""Batch analysis throughput on a local Ray cluster (a head that runs no tasks and two one-CPU worker nodes, as
tests/queue/ray_cluster.py starts them) against the same clips analysed in one process (`analyze_queue`), measured
in the same run on the same case copied. Both record every clip's runs, figure and peak; the cluster's time includes
connecting to it and each worker opening the detectors for its first clip, not starting the cluster.

    python -m bench.ray_batch [--clips 12] [--stride 5]

On one machine the cluster can only win by running clips side by side on cores the single process leaves idle: the
ratio says what two workers buy here, not what a newsroom's machines would. Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from pathlib import Path


def make_case(folder: Path, count: int) -> tuple[Path, list[int]]:
    from tests.queue.footage import imported_case, write_footage

    files = [write_footage(folder / f"clip{n:03d}.mp4", n, size=(320, 180), seconds=3, fps=15) for n in range(count)]
    return imported_case(folder, files, reviewer="bench")


def timed(run) -> tuple[float, object]:
    started = time.perf_counter()
    summary = run()
    return time.perf_counter() - started, summary


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=12)
    parser.add_argument("--stride", type=int, default=5)
    args = parser.parse_args()

    from app.queue.batch import analyze_queue
    from app.queue.cluster import analyze_on_cluster
    from tests.queue.footage import copied_case
    from tests.queue.ray_cluster import LocalCluster, new_token

    batch = {
        "stride": args.stride,
        "provider": "cpu",
        "on_progress": lambda *_: None,
        "on_clip": lambda _: None,
        "cancelled": lambda: False,
    }
    with tempfile.TemporaryDirectory(prefix="ray_batch_") as folder:
        folder = Path(folder)
        database, ids = make_case(folder, args.clips)
        alone_case = copied_case(database, folder / "alone.db")
        alone_s, alone = timed(lambda: analyze_queue(alone_case, ids, **batch))
        cluster = LocalCluster(folder, new_token(folder))
        try:
            os.environ.update(cluster.environment)
            cluster_s, spread = timed(lambda: analyze_on_cluster(database, ids, address=cluster.address, **batch))
        finally:
            cluster.stop()
    assert alone.analysed == spread.analysed == len(ids), (alone, spread)
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores")
    print(f"clips: {len(ids)} (320x180, 3 s at 15 fps), every {args.stride}th frame, detectors on the CPU")
    print(f"one process:            {len(ids) / alone_s:6.2f} clips/s ({alone_s:.1f} s)")
    print(f"Ray, head + 2 workers:  {len(ids) / cluster_s:6.2f} clips/s ({cluster_s:.1f} s)")
    print(f"ratio (cluster / one process): {alone_s / cluster_s:.2f}x")


if __name__ == "__main__":
    main()
