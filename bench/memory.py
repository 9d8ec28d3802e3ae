"""Peak memory (RSS) of the commands that decode the most, each against a baseline measured in the same run.

1. `reelcheck analyze` over a 4K HEVC 10-bit clip with the default detectors, with the default frame cache and
   with `--cache-mb 64`, against a plain PyAV pass that decodes the same frames to luma (what FFmpeg itself needs).
   Beside them, to tell the parts apart: the same analysis with every detector replaced by a stand-in that holds
   no memory (the frames decoded, queued and batched for the detectors: what is left once the graphs cost
   nothing), ReelCheck's own reading of the frames with no detector at all, and each analyzer alone, above that
   reading (its graph or its code, and the frames queued for it).
2. `reelcheck frame FILE N` for a far frame of a 1080p GOP-250 clip (249 frames after its keyframe), against a
   minimal PyAV seek + decode + PNG write of the same frame (what `ffmpeg -ss T -i FILE -frames:v 1 out.png` does;
   there is no ffmpeg binary here). `reelcheck probe` on the same clip is shown beside it.

Each figure is the peak resident memory of its own process (getrusage of a launcher's only child), so the runs
cannot see each other.

    python -m bench.memory [--frames 48] [--skip-alone] [--only analyze|frame]

The 4K clip is written once into bench/.cache/ (libx265, yuv420p10le), the 1080p one is bench.seek's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.seek import CACHE_DIR, FPS, ensure_clip, ensure_written
from bench.startup import reelcheck_command

MIB = 1 << 20
ANALYZE_TARGET_MIB = 1024
FRAME_TARGET_MIB = 200
FAR_FRAME = 1749  # the last frame of the GOP that starts at 1500

DECODE_ALONE = """
import sys
import av

with av.open(sys.argv[1]) as container:
    stream = container.streams.video[0]
    stream.thread_type = "AUTO"
    for frame in container.decode(stream):
        frame.to_ndarray(format="gray")
"""

SEEK_ONE_FRAME = """
import sys
from fractions import Fraction

import av

path, seconds, out = sys.argv[1], Fraction(sys.argv[2]), sys.argv[3]
with av.open(path) as container:
    stream = container.streams.video[0]
    stream.thread_type = "AUTO"
    container.seek(int(seconds / stream.time_base), stream=stream, backward=True)
    frame = next(f for f in container.decode(stream) if f.time >= seconds - 1 / (2 * stream.average_rate))
    png = av.CodecContext.create("png", "w")
    png.width, png.height, png.pix_fmt = frame.width, frame.height, "rgb24"
    with open(out, "wb") as file:
        for packet in png.encode(frame.reformat(format="rgb24")) + png.encode(None):
            file.write(bytes(packet))
"""


# The command runs as a grandchild, under this small launcher: Linux starts a child's peak RSS from its parent's
# resident memory at the fork, and this process holds a decoded clip after writing one.
LAUNCHER = """
import resource
import subprocess
import sys

done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
if done.returncode:
    sys.exit(f"exited {done.returncode}: {done.stderr.decode(errors='replace')[-500:]}")
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_mib(command: list[str]) -> float:
    """The peak resident memory of `command`, in MiB; raises when it fails."""
    done = subprocess.run([sys.executable, "-c", LAUNCHER, *command], capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command[:3])} ...: {done.stderr.strip()}")
    return int(done.stdout) / 1024  # kB on Linux


def ensure_4k_clip(frames: int) -> Path:
    """A 4K HEVC 10-bit clip of `frames` frames (GOP 30, B-frames), written on first use."""
    from app.media.synth import ClipRecipe

    recipe = ClipRecipe(
        codec="libx265", size=(3840, 2160), frames=frames, fps=FPS, gop=30, b_frames=3, pix_fmt="yuv420p10le", crf=26
    )
    return ensure_written(
        CACHE_DIR / f"hevc10_2160p{FPS}_gop30_{frames}f.mp4", recipe, f"{frames} frames of 4K HEVC 10-bit"
    )


def row(name: str, figure: float, baseline: float, target: float | None = None) -> None:
    verdict = "" if target is None else f"  target <= {target:.0f}: {'PASS' if figure <= target else 'MISS'}"
    print(f"  {name:<52} {figure:7.0f} MiB   baseline {baseline:5.0f}   ratio {figure / baseline:5.2f}{verdict}")


def analyze_memory(frames: int, alone: bool) -> None:
    from analyzers.registry import discover

    clip = ensure_4k_clip(frames)
    folder = Path(tempfile.mkdtemp(prefix="reelcheck-bench-memory-"))
    reelcheck = reelcheck_command()

    def analyze(*options: str) -> float:
        return peak_mib([*reelcheck, "analyze", str(clip), "--json", str(folder / "scores.json"), *options])

    baseline = peak_mib([sys.executable, "-c", DECODE_ALONE, str(clip)])
    print(f"\n1. reelcheck analyze, {clip.name}: peak RSS against a plain PyAV decode to luma ({baseline:.0f} MiB)")
    for cache_mb in (512, 64):
        figure, in_flight = analyze("--cache-mb", str(cache_mb)), _in_flight_mib(clip, cache_mb)
        row(f"default detectors, --cache-mb {cache_mb}", figure, baseline, ANALYZE_TARGET_MIB)
        row("  the same with stand-ins that hold nothing", in_flight, baseline)
        print(f"  {'  so the graphs take':<52} {figure - in_flight:7.0f} MiB together")
    analyzers = discover().analyzers
    floors = {}  # colour order -> reelcheck reading the frames in it, with no detector
    for analyzer in analyzers:
        order = analyzer.manifest.input.colour_order
        if order not in floors:
            floors[order] = _engine_decode_mib(clip, analyzer.manifest.id)
            row(f"reelcheck's own reading to {order}, no detector", floors[order], baseline)
    if not alone:
        return
    print("  each analyzer alone (default cache); 'above' is above reelcheck's own reading in its colour order:")
    for analyzer in analyzers:
        figure = analyze("--detectors", analyzer.manifest.id)
        above = figure - floors[analyzer.manifest.input.colour_order]
        print(f"    {analyzer.manifest.id:<22} {figure:7.0f} MiB   above {above:6.0f} MiB")


IN_FLIGHT = """
import sys
import time

import numpy as np

from analyzers.engine import ProviderReport
from analyzers.registry import discover
from app.analysis.whole_clip import score_clip


class StandIn:
    \"\"\"A detector that holds no memory and takes a while, so that every queue and batch fills.\"\"\"

    report = ProviderReport("CPU", fell_back=False)

    def __init__(self, window):
        self.window = window

    def run(self, frames):
        time.sleep(0.2)
        results = len(frames) - self.window + 1
        return np.zeros((results, 1, 1), np.float32), np.zeros(results, np.float32)


chosen = list(discover().analyzers)
opened = {a.manifest.id: StandIn(a.manifest.window) for a in chosen}
score_clip(sys.argv[1], chosen, "cpu", 1, int(sys.argv[2]), None, print, opened=opened)
"""


def _in_flight_mib(clip: Path, cache_mb: int) -> float:
    """score_clip with the default detectors' windows and colour orders, each replaced by a stand-in that holds
    no memory: what the frames decoded ahead, queued and batched for the detectors take, without any graph."""
    return peak_mib([sys.executable, "-c", IN_FLIGHT, str(clip), str(cache_mb)])


def _engine_decode_mib(clip: Path, analyzer_id: str) -> float:
    """The media engine reading every frame as `analyze` reads them for this analyzer, with nothing to analyse
    them (no frame cache: score_clip keeps none)."""
    script = (
        "import sys\n"
        "from analyzers.registry import discover\n"
        "from app.analysis.frames import pictures\n"
        "from app.media.clip import open_clip\n"
        "clip = open_clip(sys.argv[1])\n"
        "clip.cache.hold_at_most(0)\n"
        "for _ in pictures(clip, range(clip.frame_count), [discover().get(sys.argv[2])], print):\n"
        "    pass\n"
    )
    return peak_mib([sys.executable, "-c", script, str(clip), analyzer_id])


def frame_memory() -> None:
    clip = ensure_clip(60 * 30, 23)
    folder = Path(tempfile.mkdtemp(prefix="reelcheck-bench-memory-"))
    seconds = f"{FAR_FRAME}/{FPS}"
    baseline = peak_mib([sys.executable, "-c", SEEK_ONE_FRAME, str(clip), seconds, str(folder / "plain.png")])
    ours = peak_mib([*reelcheck_command(), "frame", str(clip), str(FAR_FRAME), "--out", str(folder)])
    probe = peak_mib([*reelcheck_command(), "probe", str(clip)])
    print(f"\n2. one far frame ({FAR_FRAME}, 249 after its keyframe) of {clip.name}, as PNG")
    print(f"  baseline: PyAV seek + decode + PNG write in a child process, {baseline:.0f} MiB")
    row("reelcheck frame", ours, baseline, FRAME_TARGET_MIB)
    row("reelcheck probe", probe, baseline, FRAME_TARGET_MIB)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__.split("\n\n")[0])
    parser.add_argument("--frames", type=int, default=48, help="frames in the 4K clip (default 48)")
    parser.add_argument("--skip-alone", action="store_true", help="leave out each analyzer alone (the slow part)")
    parser.add_argument("--only", choices=("analyze", "frame"), help="run one part")
    args = parser.parse_args(argv)
    print(f"peak resident memory (RSS) of each command in its own process; {os.cpu_count()} cores")
    if args.only != "frame":
        analyze_memory(args.frames, not args.skip_alone)
    if args.only != "analyze":
        frame_memory()
    return 0


if __name__ == "__main__":
    sys.exit(main())
