"""Engine-load benchmark: how long the window stops answering while the media and detector engines load after its
first paint, and how long until they are ready, against loading the same modules in one piece on the GUI thread.

Each run is a fresh interpreter (an import happens once per process), offscreen, with the main window built and
shown as `reelcheck` builds it. A 1 ms timer on the GUI thread records the gaps between its ticks: the longest gap
is the longest the window could not paint or take a key press. ReelCheck's way is app.ui.engine_loader (a thread
for what has nothing of Qt, the Qt side in slices on the GUI thread); the baseline imports the same modules, in the
same order, on the GUI thread in one go. Median of the runs, every run printed.

Run from the repository root:

    python -m bench.engine_load
    python -m bench.engine_load --runs 9
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

PROBE = """
import importlib, sys, time
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from app.ui.engine_loader import QT_MODULES_IN_FULL, WITH_QT, WITHOUT_QT, EngineLoader
from app.ui.main_window import MainWindow
from app.ui.tasks import Jobs

application = QApplication(sys.argv[:1])
window = MainWindow(QSettings(), Jobs())
window.resize(1280, 800)
window.show()
gaps, last, started = [], [time.perf_counter()], time.perf_counter()

def tick():
    now = time.perf_counter()
    gaps.append(now - last[0])
    last[0] = now

def done():
    print(f"ready {time.perf_counter() - started:.4f} stall {max(gaps):.4f}", flush=True)
    application.quit()

ticks = QTimer()
ticks.setInterval(1)
ticks.timeout.connect(tick)
ticks.start()
if sys.argv[1] == "sliced":
    loader = EngineLoader()
    loader.icons_ready.connect(window.load_icons)
    loader.ready.connect(done)
    QTimer.singleShot(0, lambda: loader.start(None, 64 << 20))
else:
    def in_one_piece():
        for name in (*WITHOUT_QT, *QT_MODULES_IN_FULL, "qtawesome", *WITH_QT):
            module = importlib.import_module(name)
            if name in QT_MODULES_IN_FULL:
                for attribute in dir(module):
                    getattr(module, attribute)
        window.load_icons()
        QTimer.singleShot(0, done)
    QTimer.singleShot(0, in_one_piece)
application.exec()
"""


def measure(way: str) -> tuple[float, float]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, way], env=environment, capture_output=True, text=True, timeout=300, check=True
    )
    words = next(line for line in done.stdout.splitlines() if line.startswith("ready")).split()
    return float(words[1]), float(words[3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    measure("sliced")  # a warm-up: the files in the page cache
    figures: dict[str, list[tuple[float, float]]] = {"sliced": [], "one piece": []}
    for run in range(runs):
        for way in figures:  # in turn within each run, so that both share the machine's noise
            figures[way].append(ready_and_stall := measure(way.split()[0] if way == "sliced" else "whole"))
            print(
                f"run {run + 1} {way:>9}: ready {ready_and_stall[0] * 1000:6.0f} ms, "
                f"longest stall {ready_and_stall[1] * 1000:5.0f} ms"
            )
    median = {way: [statistics.median(f[i] for f in runs_of) for i in (0, 1)] for way, runs_of in figures.items()}
    (ready, stall), (ready_base, stall_base) = median["sliced"], median["one piece"]
    print(
        f"engines ready after (median): {ready * 1000:.0f} ms sliced vs {ready_base * 1000:.0f} ms in one piece "
        f"({ready / ready_base:.2f}x)"
    )
    print(
        f"longest the window stops answering (median): {stall * 1000:.0f} ms vs {stall_base * 1000:.0f} ms "
        f"({stall / stall_base:.2f}x)"
    )


if __name__ == "__main__":
    main()
