"""The waveform of a 10-minute clip: peaks measured (one decode pass), read back from the cache, and painted into a
1920 px timeline lane, against decoding the sound alone in the same run.

    python -m bench.waveform [--minutes 10]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402

from app.media.audio import open_sound  # noqa: E402
from app.media.spectrogram import measure_spectrogram  # noqa: E402
from app.media.synth import ClipRecipe, write_clip  # noqa: E402
from app.media.waveform import measure_waveform, waveform_of  # noqa: E402
from bench.seek import CACHE_DIR  # noqa: E402
from widgets.waveform_painter import paint_waveform  # noqa: E402

FPS = 30
LANE = QRectF(8, 0, 1920, 40)


def ensure_clip(minutes: float) -> Path:
    """A small-picture clip with AAC sound of this length, written on first use."""
    frames = round(minutes * 60 * FPS)
    path = CACHE_DIR / f"sound_{frames}f.mp4"
    if not path.exists():
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        print(f"writing {path.name} ({minutes:g} min) ...", flush=True)
        partial = path.with_suffix(".partial.mp4")
        write_clip(partial, ClipRecipe(size=(160, 90), frames=frames, fps=FPS, gop=250, audio=True))
        partial.rename(path)
    return path


def timed(work, repeats: int = 1) -> float:
    """Seconds `work()` takes, the best of `repeats`."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def decode_only(path: Path) -> None:
    with open_sound(path) as track:
        for _block in track.blocks(0.0, rate=track.facts.sample_rate, channels=1):
            pass


def measured(measure, path: Path) -> None:
    with open_sound(path) as track:
        measure(track)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()
    path = ensure_clip(args.minutes)
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter on a QImage wants one for its fonts)
    frames = round(args.minutes * 60 * FPS)
    baseline = timed(lambda: decode_only(path), 3)
    measuring = timed(lambda: measured(measure_waveform, path), 3)
    spectrum = timed(lambda: measured(measure_spectrogram, path), 1)
    with tempfile.TemporaryDirectory() as folder:
        sha = "b" * 64  # the bench's own name for its clip in a throw-away cache
        waveform = waveform_of(path, sha, folder=Path(folder))
        loading = timed(lambda: waveform_of(path, sha, folder=Path(folder)), 5)
    image = QImage(int(LANE.right()) + 8, int(LANE.height()), QImage.Format.Format_RGB32)

    def paint() -> None:
        image.fill(QColor(28, 30, 34))
        painter = QPainter(image)
        paint_waveform(
            painter,
            LANE,
            waveform.peaks,
            waveform.per_second,
            lambda n: LANE.left() + LANE.width() * n / (frames - 1),
            lambda n: n / FPS,
            frames,
            QColor(120, 190, 255),
        )
        painter.end()

    painting = timed(paint, 20)
    print(f"{path.name}: {args.minutes:g} min of sound, {len(waveform.peaks)} buckets ({waveform.peaks.nbytes} bytes)")
    print(f"  decoding the sound alone (baseline)   {baseline * 1000:8.0f} ms")
    print(f"  measuring the peaks (one pass)        {measuring * 1000:8.0f} ms   ratio {measuring / baseline:.2f}")
    print(f"  measuring the spectrogram (one pass)  {spectrum * 1000:8.0f} ms   ratio {spectrum / baseline:.2f}")
    print(f"  loading the peaks from the cache      {loading * 1000:8.1f} ms   ratio {loading / baseline:.4f}")
    print(f"  painting the lane at 1920 px          {painting * 1000:8.1f} ms   ratio {painting / baseline:.4f}")
    shown = loading + painting
    print(f"  drawn from the cache in {shown * 1000:.1f} ms (target under 1000 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
