"""Start-up benchmark: launching `reelcheck` to its first painted window, and `reelcheck open FILE` to the clip's
first frame on screen, against a bare PySide6 window.

`reelcheck` reports `first-paint SECONDS` and, when it opens a clip, `first-frame SECONDS` (both from the entry of
its main(), once painted), and quits after the last with REELCHECK_REPORT_STARTUP=exit (see
app/ui/startup_report.py). With REELCHECK_REPORT_FRAME it also saves the picture painted as the first frame: every
run reads the frame number back from its pixels (`synth.read_index`), so the figure is for frame 0, not for a
placeholder. This launches each program with QT_QPA_PLATFORM=offscreen and times the wall clock from `Popen` to
each line: interpreter start, imports, building the window, opening the clip and painting.

The baseline is the same measurement for a minimal PySide6 script that shows one QWidget and quits on its first
paint, i.e. the floor set by Python and Qt themselves. The clips are 1080p30 H.264 (GOP 250, 3 B-frames, from
bench/seek.py): a short one (10 s) and a long one (3 minutes by default), whose index takes longest to build; the
first run writes them into bench/.cache/ (minutes for the long one).
The project's bytecode is compiled first, as an installed copy has it (`pip install` compiles it, the PyInstaller
build bundles it): where PYTHONDONTWRITEBYTECODE is set (as on the CI machines) a start would otherwise compile
some fifty modules from source every time, about 45 ms here.
One warm-up run each, then the median of 7 warm runs, all programs in turn within each run so that they share
the machine's noise; every run is printed, and the first paint's worst run, since its target holds for every run.

Run from the repository root:

    python -m bench.startup
    python -m bench.startup --runs 15 --minutes 5
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import cv2

from app.media.synth import read_index
from bench.seek import FPS, ensure_clip

FIRST_PAINT_TARGET_MS = 300.0  # in every run
FIRST_FRAME_TARGET_MS = 400.0  # warm, the median
SHORT_SECONDS = 10
ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "widgets", "analyzers")

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


@dataclass(frozen=True)
class Program:
    name: str
    command: list[str]
    clip: Path | None = None  # the clip it opens, whose first frame it reports


@dataclass(frozen=True)
class Run:
    """Milliseconds from Popen to each line, and what the program reported from inside."""

    wall: dict[str, float]
    reported: dict[str, float]


def reelcheck_command() -> list[str]:
    script = Path(sys.executable).parent / "reelcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "app.main"]


def run_once(program: Program, env: dict[str, str], shown: Path, timeout: float = 60.0) -> Run:
    awaited = {"first-paint", "first-frame"} if program.clip is not None else {"first-paint"}
    wall: dict[str, float] = {}
    reported: dict[str, float] = {}
    shown.unlink(missing_ok=True)
    started = time.perf_counter()
    with subprocess.Popen(
        program.command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            what, _, seconds = line.partition(" ")
            if what in awaited:
                wall[what] = (time.perf_counter() - started) * 1000
                reported[what] = float(seconds) * 1000
                if awaited <= wall.keys():
                    break
        else:
            raise RuntimeError(
                f"{program.name} exited ({process.wait()}) without reporting {sorted(awaited - wall.keys())}"
            )
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    if program.clip is not None:
        _check_frame_zero(program, shown)
    return Run(wall, reported)


def _check_frame_zero(program: Program, shown: Path) -> None:
    """The picture painted as the first frame must be frame 0 of the clip, read back from its pixels."""
    image = cv2.imread(str(shown), cv2.IMREAD_COLOR)
    if image is None:
        raise RuntimeError(f"{program.name} did not save the picture it painted as the first frame")
    number = read_index(image[:, :, ::-1])
    if number != 0:
        raise RuntimeError(f"{program.name} painted frame {number} as its first frame, not frame 0")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="warm runs to take the median of (default 7)")
    parser.add_argument("--minutes", type=float, default=3.0, help="length of the long clip (default 3)")
    args = parser.parse_args(argv)
    short = ensure_clip(SHORT_SECONDS * FPS, crf=23)
    long = ensure_clip(round(args.minutes * 60 * FPS), crf=23)
    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory(prefix="reelcheck-startup-") as folder:
        scratch = Path(folder)
        shown = scratch / "first-frame.png"
        # Settings, case database and log of their own: the reviewer's own are neither read nor changed.
        env = dict(
            os.environ,
            REELCHECK_REPORT_STARTUP="exit",
            REELCHECK_REPORT_FRAME=str(shown),
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(scratch / "config"),
            XDG_STATE_HOME=str(scratch / "state"),
        )
        reelcheck = [*reelcheck_command(), "--db", str(scratch / "case.db")]
        programs = [
            Program("bare PySide6", [sys.executable, "-c", MINIMAL_QT]),
            Program("reelcheck", reelcheck),
            Program(f"open {SHORT_SECONDS} s", [*reelcheck, "open", str(short)], short),
            Program(f"open {args.minutes:g} min", [*reelcheck, "open", str(long)], long),
        ]
        for program in programs:
            run_once(program, env, shown)  # warm-up: the file cache, not the program, is what a cold run measures
        runs: dict[str, list[Run]] = {program.name: [] for program in programs}
        print(f"wall ms from Popen (first paint / first frame), QT_QPA_PLATFORM=offscreen, {os.cpu_count()} CPUs:")
        print("  run  " + "".join(f"{program.name:>22}" for program in programs))
        for number in range(1, args.runs + 1):
            for program in programs:
                runs[program.name].append(run_once(program, env, shown))
            print(f"  {number:>3}  " + "".join(f"{_figures(runs[p.name][-1]):>22}" for p in programs), flush=True)
    _summarise(programs, runs)
    return 0


def _figures(run: Run) -> str:
    return " / ".join(f"{run.wall[what]:.0f}" for what in ("first-paint", "first-frame") if what in run.wall)


def _summarise(programs: list[Program], runs: dict[str, list[Run]]) -> None:
    def walls(name: str, what: str) -> list[float]:
        return [run.wall[what] for run in runs[name]]

    def inside(name: str, what: str) -> float:
        return statistics.median(run.reported[what] for run in runs[name])

    floor = statistics.median(walls("bare PySide6", "first-paint"))
    print(f"\nmedian of {len(runs['bare PySide6'])} warm runs (ms; reported from inside in brackets):")
    print(f"  bare PySide6 window painted     {floor:6.0f}  (baseline)")
    worst_paint = 0.0
    for program in programs[1:]:
        paints = walls(program.name, "first-paint")
        worst_paint = max(worst_paint, *paints)
        median = statistics.median(paints)
        print(
            f"  {program.name:<14} first paint    {median:6.0f}  ({inside(program.name, 'first-paint'):.0f})"
            f"  max {max(paints):.0f}, ratio {median / floor:.2f}"
        )
        if program.clip is not None:
            frames = walls(program.name, "first-frame")
            median = statistics.median(frames)
            result = "PASS" if median <= FIRST_FRAME_TARGET_MS else "MISS"
            print(
                f"  {program.name:<14} first frame    {median:6.0f}  ({inside(program.name, 'first-frame'):.0f})"
                f"  min {min(frames):.0f}, max {max(frames):.0f}, ratio {median / floor:.2f},"
                f" target <= {FIRST_FRAME_TARGET_MS:.0f}: {result}"
            )
    result = "PASS" if worst_paint <= FIRST_PAINT_TARGET_MS else "MISS"
    print(
        f"\n  first window painted, worst run of every reelcheck start: {worst_paint:.0f} ms,"
        f" target <= {FIRST_PAINT_TARGET_MS:.0f} in every run: {result}"
    )


if __name__ == "__main__":
    sys.exit(main())
