"""Sound in sync: how soon playback starts after Space, and how far the picture strays from the sound over a minute.

A synthetic 60 s clip with a tone (640x360, 30 fps, GOP 30) plays through the real PlayerController and QAudioSink:

1. Start: from toggle_play() to the first sample of the run reaching the sink (the sink's own count of bytes
   played passes the run's first byte) and to the first new frame shown, each against a baseline measured in the
   same run: decoding the frame at that point alone, with a fresh decoder (what any start must pay).
2. Drift: at each frame shown, (the frame's clip seconds − the sound clock). The picture follows the sound, so a
   frame starts at most one frame's time before the sound being heard: the figure that matters is how far the
   sound lies outside the shown frame's own interval (0 when the frame on screen is the one being heard), over the
   whole run. The sound clock is the sink's count of bytes played; on PulseAudio's null sink that count advances
   at the server's pace, so the figures test the player's following of the clock, not a loudspeaker's latency.

    python -m bench.sound_sync [--seconds 60]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.media.clip import open_clip  # noqa: E402
from app.media.synth import ClipRecipe, write_clip  # noqa: E402
from app.ui.player import PlayerController  # noqa: E402
from app.ui.tasks import Jobs  # noqa: E402
from bench.seek import CACHE_DIR  # noqa: E402

START_AT = 300  # frame where the start is timed: mid-GOP, as a reviewer's Space usually is
PRIMING_S = 2.5  # a newly opened PulseAudio stream takes 1-2 s to play its first byte; the player opens it early


def ensure_clip(seconds: int) -> object:
    path = CACHE_DIR / f"sound_sync_{seconds}s_640x360.mp4"
    if not path.exists():
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.mp4")
        print(f"writing {path.name} ...", flush=True)
        write_clip(partial, ClipRecipe(size=(640, 360), frames=seconds * 30, gop=30, audio=True, crf=28))
        partial.rename(path)
    return path


def decode_alone(path, n: int) -> float:
    """Seconds to open a fresh decoder and decode frame n: the baseline of any start."""
    clip = open_clip(path)
    try:
        started = time.perf_counter()
        clip.frame(n, "bgra")
        return time.perf_counter() - started
    finally:
        clip.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    path = ensure_clip(args.seconds)
    app = QApplication(sys.argv[:1])
    jobs = Jobs()
    player = PlayerController(jobs)
    notes: list[str] = []
    player.sound_changed.connect(lambda line: notes.append(line) if line else None)
    start: dict[str, float] = {}
    rows: list[tuple[float, float, float, float]] = []  # frame start, frame end, sound clock when shown, wall clock

    def on_shown(frame) -> None:
        if not player.playing or frame.number == START_AT:
            return
        now = time.perf_counter()
        start.setdefault("picture", now - start["pressed"])
        if frame.number + 1 < player.clip.frame_count:
            heard = player.sound.device_seconds()  # the sink's count of bytes played alone, no wall clock
            rows.append((frame.seconds, player.clip.index.seconds(frame.number + 1), heard, now))

    def watch_first_sound() -> None:
        heard = player.sound.device_seconds()
        if "sound" not in start and heard is not None and heard > player.clip.index.seconds(START_AT):
            start["sound"] = time.perf_counter() - start["pressed"]

    watcher = QTimer()
    watcher.setTimerType(Qt.TimerType.PreciseTimer)
    watcher.setInterval(1)
    watcher.timeout.connect(watch_first_sound)

    def press_space() -> None:
        player.seek(START_AT)
        QTimer.singleShot(300, play)

    def play() -> None:
        player.shown.connect(on_shown)
        watcher.start()
        start["pressed"] = time.perf_counter()
        player.toggle_play()
        QTimer.singleShot(int((args.seconds - START_AT / 30 - 1) * 1000), stop)

    dropped = [0]
    player.dropped_changed.connect(lambda n: dropped.__setitem__(0, n))

    def stop() -> None:
        watcher.stop()
        player.close()
        jobs.cancel_all()
        app.quit()

    player.opened.connect(lambda clip: QTimer.singleShot(int(PRIMING_S * 1000), press_space))
    player.open(str(path))
    app.exec()
    jobs.wait(5000)
    baseline = decode_alone(path, START_AT)
    frames = np.array(rows)
    raw = frames[:, 0] - frames[:, 2]
    outside = np.maximum(frames[:, 0] - frames[:, 2], 0) + np.maximum(frames[:, 2] - frames[:, 1], 0)
    span = frames[-1, 0] - frames[0, 0]
    print(f"{path.name}: played from frame {START_AT} for {span:.1f} s, {len(rows)} frames shown")
    if notes:
        print(f"  sound notes: {notes}")
    print(f"  baseline: decoding frame {START_AT} alone with a fresh decoder {baseline * 1000:.1f} ms")
    for what in ("sound", "picture"):
        took = start.get(what)
        said = f"{took * 1000:.1f} ms, {took / baseline:.2f}x the baseline" if took is not None else "never"
        print(f"  Space to first {'sample at the sink' if what == 'sound' else 'new frame shown'}: {said}")
    print(
        f"  frame start - sound clock: {raw.min() * 1000:+.1f} to {raw.max() * 1000:+.1f} ms "
        f"(spread {np.ptp(raw) * 1000:.1f} ms; below 0 down to one frame's time: the sound is inside the frame; "
        "above 0: the wall clock carried the reading past the sink's last count)"
    )
    print(
        f"  sound outside the shown frame: max {outside.max() * 1000:.1f} ms, 99th percentile "
        f"{np.percentile(outside, 99) * 1000:.1f} ms, mean {outside.mean() * 1000:.2f} ms; "
        f"frames dropped {dropped[0]} (the picture late: the decoder behind)"
    )
    pace = (frames[-1, 2] - frames[0, 2]) / (frames[-1, 3] - frames[0, 3])
    print(f"  the sink's clock against the wall clock: {(pace - 1) * 1e6:+.0f} ppm (the null sink sets its own pace)")
    print(f"  target: start under 100 ms, sound outside the frame under 20 ms (ratio {outside.max() / 0.020:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
