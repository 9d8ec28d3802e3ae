"""Start-up benchmark: wall time from launching `reelcheck` to its first painted window, against bare PySide6.

`reelcheck` reports `first-paint SECONDS` (measured from the entry of its main()) and quits when started with
REELCHECK_REPORT_STARTUP=exit (see app/ui/start.py). This launches it with QT_QPA_PLATFORM=offscreen and times
the wall clock from `Popen` to that line: interpreter start, imports, building the window and its first paint.
The baseline is the same measurement for a minimal PySide6 script that shows one QWidget and quits on its first
paint, i.e. the floor set by Python and Qt themselves. One warm-up run each, then the median of 7 warm runs,
alternating the two so that they share the machine's noise.

Run from the repository root:

    python -m bench.startup
    python -m bench.startup --runs 15
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_MS = 300.0

MINIMAL_QT = """
import sys
import time

started = time.perf_counter()  # before the Qt imports, as reelcheck's clock starts before its own

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


class Window(QWidget):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"first-paint {time.perf_counter() - started:.4f}", flush=True)
            QTimer.singleShot(0, app.quit)


app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""


def reelcheck_command() -> list[str]:
    script = Path(sys.executable).parent / "reelcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "app.main"]


def time_first_paint(command: list[str], env: dict[str, str], timeout: float = 60.0) -> tuple[float, float]:
    """(ms from Popen to the `first-paint` line, the seconds the process itself reported, in ms)."""
    started = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("first-paint "):
                wall = (time.perf_counter() - started) * 1000
                reported = float(line.split()[1]) * 1000
                break
        else:
            raise RuntimeError(f"{command[0]} exited ({process.wait()}) without reporting its first paint")
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    return wall, reported


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="warm runs to take the median of (default 7)")
    args = parser.parse_args(argv)
    env = dict(os.environ, REELCHECK_REPORT_STARTUP="exit", QT_QPA_PLATFORM="offscreen")
    commands = {"reelcheck": reelcheck_command(), "minimal PySide6": [sys.executable, "-c", MINIMAL_QT]}
    for command in commands.values():
        time_first_paint(command, env)  # warm-up: the file cache, not the program, is what a cold run measures
    walls: dict[str, list[float]] = {name: [] for name in commands}
    reported: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            wall, inside = time_first_paint(command, env)
            walls[name].append(wall)
            reported[name].append(inside)
    print(f"first window painted, median of {args.runs} warm runs (ms), QT_QPA_PLATFORM=offscreen:")
    for name in commands:
        w = walls[name]
        print(
            f"  {name:<16} wall from Popen {statistics.median(w):6.0f}  (min {min(w):.0f}, max {max(w):.0f});"
            f" reported from inside {statistics.median(reported[name]):6.0f}"
        )
    ours, floor = statistics.median(walls["reelcheck"]), statistics.median(walls["minimal PySide6"])
    result = "PASS" if ours <= TARGET_MS else "MISS"
    print(
        f"\n  reelcheck {ours:.0f} ms, minimal PySide6 {floor:.0f} ms, ratio {ours / floor:.2f},"
        f" target <= {TARGET_MS:.0f} ms: {result}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
