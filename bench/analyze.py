"""Whole-clip analysis throughput, engine overhead and live-overlay refresh on a 1080p30 H.264 clip, and the
throughput on a 4K HEVC 10-bit clip.

Every figure is compared with a baseline measured in the same run on the same machine:

1. Throughput: frames per second of `analyze` over the clip (decode, convert, every chosen analyzer), against
   decode-only throughput of the same frames through the same media engine. Each analyzer's own cost per frame,
   and the size it analyses a 1080p frame at, are printed beside it.
2. Engine overhead: `analyze` over frames already in memory, against raw `InferenceSession.run` calls on the
   same batches (ONNX analyzers only; the built-in Python ones have no session to compare with).
3. Live overlays: the real window plays the clip (offscreen) for a few seconds without detectors, then with all
   chosen detectors on; frames shown against frames due, and how often each overlay was refreshed per second.

    python -m bench.analyze [--provider auto|cuda|cpu] [--frames 150] [--detectors a,b] [--live-seconds 8]
    python -m bench.analyze --4k

The clip is the synthetic 1080p30 GOP-250 clip of bench.seek. With --4k it is the 48-frame 4K HEVC 10-bit clip of
bench.memory, and only the throughput is measured, against plain PyAV decoding as well (threads on, frames left
in FFmpeg's own format), the "decode" of the target there. Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from analyzers.engine import ModelSession, ort, session_options  # ort: imported there, with its telemetry off
from analyzers.registry import Analyzer, discover
from analyzers.run import analyze, batch_size

_CACHE = 64 << 20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--provider", choices=("auto", "cuda", "cpu"), default="auto")
    parser.add_argument("--frames", type=int, default=150, help="frames of the clip to analyse (default 150)")
    parser.add_argument("--detectors", help="analyzer ids, comma-separated (default: all)")
    parser.add_argument("--live-seconds", type=float, default=8.0, help="0 skips the live-overlay part")
    parser.add_argument("--4k", dest="uhd", action="store_true", help="throughput on the 4K HEVC 10-bit clip only")
    args = parser.parse_args()
    from bench.seek import ensure_clip

    registry = discover()
    chosen = [registry.get(i) for i in args.detectors.split(",")] if args.detectors else list(registry.analyzers)
    if args.uhd:
        return uhd_throughput(chosen, args.provider)
    path = ensure_clip(60 * 30, 23)
    print(f"{path.name}: {args.frames} frames of 1080p30; {machine()}")
    throughput(lambda analyzers: _decoded(path, args.frames, analyzers), chosen, args.provider, args.frames)
    overhead(list(_decoded(path, 24, chosen)), chosen, args.provider)
    if args.live_seconds > 0:
        live(path, chosen, args.provider, args.live_seconds)
    return 0


def uhd_throughput(chosen: list[Analyzer], provider: str) -> int:
    from bench.memory import ensure_4k_clip

    frames = 48
    path = ensure_4k_clip(frames)
    print(f"{path.name}: {frames} frames of 4K HEVC 10-bit; {machine()}")
    started = time.perf_counter()
    decoded = _plain_decode(path)
    plain_fps = decoded / (time.perf_counter() - started)
    print(f"\n  plain PyAV decode     {plain_fps:7.1f} frames/s")
    figures = throughput(
        # with the frame cache `reelcheck analyze` has by default: its decoder threads are held to a share of it
        lambda analyzers: _decoded(path, frames, analyzers, 512 << 20),
        chosen,
        provider,
        frames,
        (3840, 2160),
        ">= 0.5x decode",
    )
    print(f"  ratio to plain PyAV decode {figures['analysed_fps'] / plain_fps:.2f} (target >= 0.5)")
    return 0


def _plain_decode(path: Path) -> int:
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        return sum(1 for _ in container.decode(stream))


def machine() -> str:
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, onnxruntime {ort.__version__}"


def _decoded(path, count: int, analyzers: list[Analyzer], cache_bytes: int = _CACHE):
    """The frames as analyze() gets them in the app: decoded straight to the analyzers' colour order."""
    from app.analysis.frames import pictures
    from app.media.clip import open_clip

    clip = open_clip(path, cache_bytes=cache_bytes)
    try:
        yield from pictures(clip, range(count), analyzers, on_damaged=print)
    finally:
        clip.close()


def throughput(
    frames,
    chosen: list[Analyzer],
    provider: str,
    count: int,
    size: tuple[int, int] = (1920, 1080),
    target: str = ">= 30 on 2 CPU cores; >= 0.9x decode-only on a GPU",
) -> dict:
    """`frames(analyzers)` decodes the clip's first `count` frames afresh each time it is called; the frames are
    `size` (width, height)."""
    started, cpu = time.perf_counter(), time.process_time()
    for _ in frames(chosen):
        pass
    decode_fps = count / (time.perf_counter() - started)
    decode_cpu = (time.process_time() - cpu) / count
    started, cpu = time.perf_counter(), time.process_time()
    tracks = analyze(frames(chosen), chosen, provider)
    analysed_fps = count / (time.perf_counter() - started)
    analysed_cpu = (time.process_time() - cpu) / count
    print("\n1. whole-clip analysis")
    print(f"  decode only           {decode_fps:7.1f} frames/s   {1000 * decode_cpu:6.1f} ms of CPU per frame")
    print(
        f"  decode + analysis     {analysed_fps:7.1f} frames/s   {1000 * analysed_cpu:6.1f} ms of CPU per frame   "
        f"ratio {analysed_fps / decode_fps:.2f} of decode-only"
        f"  (target {target})"
    )
    # On a shared machine the wall clock counts other people's work; CPU time per frame does not.
    print(f"  at most {os.cpu_count() / analysed_cpu:5.1f} frames/s with all {os.cpu_count()} cores to itself")
    for track in tracks:
        spec = track.analyzer.manifest.input
        factor = spec.reduction(size[0])
        analysed = f"{size[0] // factor}x{size[1] // factor}"
        print(
            f"  {track.analyzer.manifest.id:<22} {1000 * track.seconds / max(1, len(track.frames)):6.1f} ms/frame"
            f" at {analysed:<9} on the {track.provider}"
        )
    return {
        "decode_fps": round(decode_fps, 1),
        "analysed_fps": round(analysed_fps, 1),
        "analysed_cpu_ms": round(1000 * analysed_cpu, 1),
        "providers": {t.analyzer.manifest.id: t.provider for t in tracks},
    }


def overhead(frames: list, chosen: list[Analyzer], provider: str, rounds: int = 3) -> float:
    """Each ONNX analyzer alone through analyze() against plain session.run on the same batches (frames already
    in memory), so that analyze() running analyzers side by side does not hide its own cost."""
    graphs = [a for a in chosen if a.manifest.model]
    print(f"\n2. engine overhead over {len(frames)} frames in memory, each analyzer alone, median of {rounds}")
    total_raw = total_ours = 0.0
    for analyzer in graphs:
        detector = ModelSession(analyzer.manifest, provider)
        raw = ort.InferenceSession(str(analyzer.manifest.model_path), session_options(), providers=detector.providers)
        images = [picture.pixels(analyzer.manifest.input.colour_order) for _, picture in frames]
        ours_times, raw_times = [], []
        for _ in range(rounds):
            started = time.perf_counter()
            analyze(iter(frames), [analyzer], opened={analyzer.manifest.id: detector})
            ours_times.append(time.perf_counter() - started)
            raw_times.append(_raw_runs(images, analyzer, raw))
        ours, plain = statistics.median(ours_times), statistics.median(raw_times)
        total_ours, total_raw = total_ours + ours, total_raw + plain
        print(
            f"  {analyzer.manifest.id:<22} raw {1000 * plain:6.0f} ms   analyze() {1000 * ours:6.0f} ms   "
            f"{100 * (ours / plain - 1):+5.1f}%"
        )
    print(
        f"  all                    raw {1000 * total_raw:6.0f} ms   analyze() {1000 * total_ours:6.0f} ms   "
        f"{100 * (total_ours / total_raw - 1):+5.1f}%  (target <= 15%; sessions made beforehand)"
    )
    return total_ours / total_raw - 1


def _raw_runs(images: list[np.ndarray], analyzer: Analyzer, session: ort.InferenceSession) -> float:
    """Seconds of plain InferenceSession.run over the batches analyze() makes."""
    keep = analyzer.manifest.window - 1
    batch = batch_size(images[0].shape[:2], analyzer.manifest.window)
    started = time.perf_counter()
    for start in range(0, len(images) - keep, batch):
        session.run(["heatmap", "score"], {"frames": np.stack(images[start : start + keep + batch])})
    return time.perf_counter() - started


def live(path, chosen: list[Analyzer], provider: str, seconds: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow
    from app.ui.overlays import LiveOverlays
    from app.ui.player import PlayerController
    from app.ui.tasks import Jobs

    app = QApplication.instance() or QApplication(sys.argv[:1])
    jobs = Jobs()
    # a fresh settings file: detectors left on by an earlier run would be on in the "no detectors" phase
    settings_file = Path(tempfile.mkdtemp(prefix="reelcheck-bench-analyze-")) / "settings.ini"
    window = MainWindow(QSettings(str(settings_file), QSettings.Format.IniFormat), jobs)
    window.settings.setValue("analysis/measure_clip_evidence_automatically", False)  # not part of what is timed
    overlays = LiveOverlays(jobs, provider)
    window.attach_player(PlayerController(jobs), overlays)
    window.resize(1440, 900)
    window.show()
    phases: list[dict] = []
    refreshed: dict[str, int] = {}
    overlays.ready.connect(
        lambda heatmap: refreshed.__setitem__(heatmap.analyzer_id, refreshed.get(heatmap.analyzer_id, 0) + 1)
    )

    def play(name: str, then) -> None:
        shown: list[int] = []
        window.player.shown.connect(lambda frame: shown.append(frame.number))
        refreshed.clear()
        window.player.play(1.0)

        def stop() -> None:
            clock = window.player._clock
            clock_due = clock.due() - shown[0] + 1 if clock and shown else 0
            window.player.pause()
            phases.append({"name": name, "shown": len(shown), "due": clock_due, "refreshed": dict(refreshed)})
            window.player.seek(0)
            QTimer.singleShot(1500, then)

        QTimer.singleShot(int(seconds * 1000), stop)

    def with_detectors() -> None:
        for analyzer in chosen:
            window.detector_panel.toggles[analyzer.manifest.id].setChecked(True)
        QTimer.singleShot(1000, lambda: play("all chosen detectors on", finish))

    def finish() -> None:
        window.player.close()
        overlays.close()
        jobs.cancel_all()
        app.quit()

    def when_ready() -> None:
        if not all(a.manifest.id in window.detector_panel.toggles for a in chosen):
            QTimer.singleShot(200, when_ready)
            return
        play("no detectors", with_detectors)

    window.player.opened.connect(lambda clip: QTimer.singleShot(1000, when_ready))
    window.open_paths([str(path)])
    app.exec()
    jobs.wait(5000)
    print(f"\n3. live overlays while playing 1080p30 in the real window (offscreen), {seconds:.0f} s each")
    for phase in phases:
        print(
            f"  {phase['name']:<26} shown {phase['shown']}/{phase['due']} due "
            f"({phase['shown'] / max(1, phase['due']):.3f})"
        )
        for analyzer_id, count in sorted(phase["refreshed"].items()):
            print(f"    {analyzer_id:<22} refreshed {count / seconds:5.1f} times/s  (target >= 10 on 2 CPU cores)")


if __name__ == "__main__":
    sys.exit(main())
