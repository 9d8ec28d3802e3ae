"""Playback through the real window: the 1080p30 GOP-250 clip played for 20 s in the player, frames counted.

Where bench.seek drives the reader and clock directly, this runs the whole Qt path (reader thread, signals,
the GUI thread's ticker, painting) offscreen, and compares the frames shown with the frames the clock made due.

    python -m bench.playback [--seconds 20]
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.overlays import LiveOverlays
from app.ui.player import PlayerController  # noqa: E402
from app.ui.tasks import Jobs  # noqa: E402
from bench.seek import ensure_clip  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    path = ensure_clip(60 * 30, 23)
    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    jobs = Jobs()
    window = MainWindow(QSettings("/tmp/reelcheck-bench-playback.ini", QSettings.Format.IniFormat), jobs)
    window.attach_player(PlayerController(jobs), LiveOverlays(jobs))
    window.resize(1440, 900)
    window.show()
    shown: list[int] = []
    result: dict[str, int] = {}

    def start() -> None:
        window.player.shown.connect(lambda frame: shown.append(frame.number))
        window.player.play(1.0)
        QTimer.singleShot(int(args.seconds * 1000), stop)

    def stop() -> None:
        clock = window.player._clock
        result["due"] = clock.due() - shown[0] + 1 if clock and shown else 0
        result["dropped"] = clock.dropped if clock else -1
        window.player.close()
        jobs.cancel_all()
        app.quit()

    window.player.opened.connect(lambda clip: QTimer.singleShot(1000, start))
    window.open_paths([str(path)])
    app.exec()
    jobs.wait(5000)
    in_order = all(b > a for a, b in zip(shown, shown[1:], strict=False))
    print(f"{path.name}, {args.seconds:.0f} s of playback in the real window (offscreen)")
    print(f"  frames due {result['due']}, shown {len(shown)}, dropped {result['dropped']}, in order: {in_order}")
    print(f"  shown/due ratio {len(shown) / max(1, result['due']):.3f} (target 1.000, 0 dropped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
