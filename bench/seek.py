"""Seek, step, scrub, playback and memory benchmark of the media engine on a 1080p30 H.264 clip.

Everything is measured in one run, against baselines measured in the same run on the same machine:

1. Exact random seek: `Clip.frame(n, "bgra")` with the cache cleared, against plain PyAV (seek to the keyframe,
   decode forward to the target, convert only the target) and OpenCV (`CAP_PROP_POS_FRAMES` + `read()`), in
   interleaved order so that all three share the machine's noise. Every frame's number is read back from its
   pixels (`synth.read_index`), so exactness is checked, not assumed.
2. Stepping through the `FrameReader` the way the player does it (request, wait for the frame), forward and
   backward, at a 40 ms auto-repeat period; OpenCV's back-step cost for comparison.
3. Scrubbing: a 60 events/s drag across the clip with preview requests; previews delivered and shown per second,
   and how many drag positions the keyframe thumbnail strip would cover instantly. Then the preview track: the
   different pictures shown per second while dragging before the track exists (keyframes stand in) and once it is
   made (each picture's frame number read back from its pixels), in interleaved runs; the time to make the track
   against a plain decode pass of the same clip, interleaved; its size on disk.
4. Playback: frames dropped by the player's loop (`FrameReader.play` + `PlaybackClock`) over 20 s of wall time,
   with plain sequential PyAV decode speed as the headroom baseline.
5. Peak memory while scrubbing a long clip end to end with the default cache budget, in a child process.

The clips are synthetic (`app.media.synth`): 1080p30, GOP 250, 3 B-frames, written once into bench/.cache/.

Run from the repository root:

    python -m bench.seek              # full run; the first run also writes a 10-minute clip, which takes a while
    python -m bench.seek --minutes 1  # the memory test on a 1-minute clip instead
    python -m bench.seek --quick      # smoke run: a 10 s clip, few samples, memory test on that clip
    python -m bench.seek --parts scrub  # only part 3 (parts: seek, step, scrub, play, memory)

The machine's noise is in every number: nothing here asserts on time, the summary only compares with targets.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import av
import cv2
import numpy as np

from app.media.cache import DEFAULT_BUDGET
from app.media.clip import Clip, Frame, open_clip
from app.media.index import FrameIndex
from app.media.playback import PlaybackClock
from app.media.preview_cache import KIND, keep_track
from app.media.preview_track import MAX_BYTES, PreviewPicture, PreviewTrack, build_track, planned_frames
from app.media.reader import FrameReader, Request
from app.media.sound_cache import cache_path
from app.media.synth import ClipRecipe, read_index, write_clip
from app.media.thumbnails import build_strip

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = Path(__file__).resolve().parent / ".cache"
SIZE = (1920, 1080)
FPS = 30
GOP = 250
B_FRAMES = 3
AUTO_REPEAT = 0.040  # seconds between key auto-repeat steps
DRAG_RATE = 60  # mouse move events per second while dragging
POLL = 0.004  # the playback loop's polling period
MIB = 1 << 20
PARTS = ("seek", "step", "scrub", "play", "memory")


# --- configuration ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Config:
    seek_seconds: int  # length of the clip for parts 1-4
    seek_samples: int  # random seek targets
    step_runs: int  # runs of steps from random positions, per direction
    steps_per_run: int
    opencv_back_steps: int
    scrub_seconds: float
    play_seconds: float
    decode_frames: int  # frames for the sequential decode baseline
    memory_stride: int = 37
    memory_back_runs: int = 3
    scrub_runs: int = 3  # interleaved drags without and with the preview track, and track builds against decodes


FULL = Config(
    seek_seconds=60,
    seek_samples=60,
    step_runs=10,
    steps_per_run=30,
    opencv_back_steps=6,
    scrub_seconds=5.0,
    play_seconds=20.0,
    decode_frames=300,
)
QUICK = Config(
    seek_seconds=10,
    seek_samples=8,
    step_runs=2,
    steps_per_run=30,
    opencv_back_steps=2,
    scrub_seconds=2.0,
    play_seconds=5.0,
    decode_frames=100,
    scrub_runs=1,
)


@dataclass(frozen=True)
class Row:
    """One line of the summary table."""

    metric: str
    ours: str
    baseline: str
    ratio: str
    target: str
    verdict: str  # PASS, MISS or info


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def sleep_until(moment: float) -> None:
    delay = moment - time.perf_counter()
    if delay > 0:
        time.sleep(delay)


# --- clips --------------------------------------------------------------------------------------------------


def clip_path(frames: int, crf: int) -> Path:
    return CACHE_DIR / f"h264_{SIZE[1]}p{FPS}_gop{GOP}_b{B_FRAMES}_crf{crf}_{frames}f.mp4"


def ensure_clip(frames: int, crf: int) -> Path:
    """The synthetic clip with this many frames, written on first use."""
    recipe = ClipRecipe(size=SIZE, frames=frames, fps=FPS, gop=GOP, b_frames=B_FRAMES, crf=crf)
    return ensure_written(clip_path(frames, crf), recipe, f"{frames} frames, {frames / FPS:.0f} s")


def ensure_written(path: Path, recipe: ClipRecipe, what: str) -> Path:
    """`path`, written from `recipe` unless it is there already: into a temporary name, then renamed, so that a
    run stopped half-way leaves no clip that looks finished."""
    if path.exists():
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial.mp4")
    print(f"writing {path.name} ({what}) ...", flush=True)
    started = time.perf_counter()
    write_clip(partial, recipe)
    partial.rename(path)
    print(f"  written in {time.perf_counter() - started:.0f} s, {path.stat().st_size / MIB:.0f} MiB", flush=True)
    return path


# --- 1. exact random seek -----------------------------------------------------------------------------------


class OursSeek:
    name = "ours"

    def __init__(self, clip: Clip) -> None:
        self.clip = clip

    def reset(self) -> None:
        self.clip.cache.clear()  # nothing cached: the frame has to come from the decoder

    def frame(self, n: int) -> np.ndarray | None:
        return self.clip.frame(n, "bgra").image


class PlainPyAVSeek:
    """The lower bound: seek to the keyframe, decode forward to the target's pts, convert only the target."""

    name = "plain PyAV"

    def __init__(self, path: Path, index: FrameIndex) -> None:
        self.index = index
        self.container = av.open(str(path))
        self.stream = self.container.streams.video[0]
        self.stream.thread_type = "AUTO"  # the same decoder threading as ours

    def reset(self) -> None:
        pass

    def frame(self, n: int) -> np.ndarray | None:
        target = int(self.index.pts[n])
        keyframe = int(self.index.pts[self.index.keyframe_before(n)])
        self.container.seek(keyframe, stream=self.stream, backward=True)
        for frame in self.container.decode(self.stream):
            if frame.pts == target:
                return frame.to_ndarray(format="bgra")
            if frame.pts is not None and frame.pts > target:
                return None
        return None


class OpenCVSeek:
    name = "OpenCV"

    def __init__(self, path: Path) -> None:
        self.capture = cv2.VideoCapture(str(path))

    def reset(self) -> None:
        pass

    def frame(self, n: int) -> np.ndarray | None:
        self.capture.set(cv2.CAP_PROP_POS_FRAMES, n)
        ok, image = self.capture.read()
        return image if ok else None


def far_apart_targets(index: FrameIndex, samples: int, rng: np.random.Generator) -> list[int]:
    """Random frames, each in another GOP than the one before, so that every method really has to seek."""
    targets: list[int] = []
    while len(targets) < samples:
        n = int(rng.integers(0, index.count))
        if not targets or index.keyframe_before(n) != index.keyframe_before(targets[-1]):
            targets.append(n)
    return targets


def bench_random_seek(path: Path, cfg: Config, rng: np.random.Generator) -> list[Row]:
    print("\n[1] exact random seek, cache cleared before each (ms)", flush=True)
    clip = open_clip(path)
    methods = [OursSeek(clip), PlainPyAVSeek(path, clip.index), OpenCVSeek(path)]
    for method in methods:  # warm up: first-use allocations are not what we measure
        method.reset()
        method.frame(clip.frame_count // 2)
    targets = far_apart_targets(clip.index, cfg.seek_samples, rng)
    times: dict[str, list[float]] = {m.name: [] for m in methods}
    wrong: dict[str, int] = {m.name: 0 for m in methods}
    seeks_before = clip._decoder.seeks
    for i, n in enumerate(targets):
        for method in methods[i % 3 :] + methods[: i % 3]:  # rotate the order to share the noise
            method.reset()
            started = time.perf_counter()
            image = method.frame(n)
            times[method.name].append((time.perf_counter() - started) * 1000)
            if image is None or read_index(image) != n:
                wrong[method.name] += 1
    samples = len(targets)
    for method in methods:
        t = times[method.name]
        exact = samples - wrong[method.name]
        print(
            f"  {method.name:<11} p50 {pct(t, 50):7.1f}  p95 {pct(t, 95):7.1f}  max {max(t):7.1f}"
            f"  exact {exact}/{samples}"
        )
    print(
        f"  ours used {clip._decoder.seeks - seeks_before} decoder seeks for {samples} targets"
        f" ({len(set(clip.index.keyframe_before(n) for n in targets))} different GOPs)"
    )
    ours, plain, opencv = (times[m.name] for m in methods)
    ratio_plain = pct(ours, 95) / pct(plain, 95)
    ratio_cv = pct(ours, 95) / pct(opencv, 95)
    # The same target costs both about the same: per-target ratios are far less noisy than a ratio of two p95s.
    paired = [a / b for a, b in zip(ours, plain, strict=True)]
    print(f"  ours/plain PyAV per target: median {pct(paired, 50):.2f}, p95 {pct(paired, 95):.2f}")
    clip.close()
    return [
        Row(
            "random seek p50 (ms) vs plain PyAV",
            f"{pct(ours, 50):.1f}",
            f"{pct(plain, 50):.1f}",
            f"{pct(ours, 50) / pct(plain, 50):.2f}",
            "-",
            "info",
        ),
        Row(
            "random seek p95 (ms) vs plain PyAV",
            f"{pct(ours, 95):.1f}",
            f"{pct(plain, 95):.1f}",
            f"{ratio_plain:.2f}",
            "ratio <= 1.15",
            verdict(ratio_plain <= 1.15),
        ),
        Row(
            "random seek ours/plain per target",
            f"p50 {pct(paired, 50):.2f}",
            f"p95 {pct(paired, 95):.2f}",
            f"{pct(paired, 50):.2f}",
            "-",
            "info",
        ),
        Row(
            "random seek p95 (ms) vs OpenCV",
            f"{pct(ours, 95):.1f}",
            f"{pct(opencv, 95):.1f}",
            f"{ratio_cv:.2f}",
            "-",
            "info",
        ),
        Row(
            "random seek exact frames",
            f"{samples - wrong['ours']}/{samples}",
            f"OpenCV wrong {wrong['OpenCV']}/{samples} ({100 * wrong['OpenCV'] / samples:.0f}%)",
            "-",
            "100%",
            verdict(wrong["ours"] == 0),
        ),
    ]


# --- the reader, as the player drives it --------------------------------------------------------------------


@dataclass(frozen=True)
class Delivery:
    at: float
    frame: int  # the frame delivered
    request: int  # the frame asked for
    shown: bool  # the player would show it: it answers the newest request
    preview: bool = False  # a preview track's picture, shown at once; `frame` is read back from its pixels


class Player:
    """Drives a `FrameReader` like `PlayerController`: frames for anything but the newest request are ignored."""

    def __init__(self, clip: Clip) -> None:
        self.clip = clip
        self.reader = FrameReader(clip, self._on_frame, self._on_error, pixel_format="bgra")
        self.wanted = -1
        self.wanted_preview = False
        self.frame: Frame | None = None
        self.delivered_at = 0.0
        self.error: str | None = None
        self.log: list[Delivery] = []
        self.preview_ms: list[float] = []  # what showing a preview picture costs the GUI thread: decode, convert
        self.wrong_previews = 0  # pictures whose pixels show another frame than the one they stand for
        self._arrived = threading.Event()

    def close(self) -> None:
        self.reader.close()
        self.clip.close()

    def ask(self, n: int, preview: bool = False) -> None:
        self.wanted, self.wanted_preview = n, preview
        self._arrived.clear()
        picture = self.reader.preview_for(n) if preview else None
        if picture is not None:
            self._show_preview(picture, n)
        self.reader.request(n, preview)

    def _show_preview(self, picture: PreviewPicture, n: int) -> None:
        """What `PlayerController.scrub` does with a preview picture, timed; its frame number read from its pixels."""
        started = time.perf_counter()
        image = picture.bgra()
        self.preview_ms.append((time.perf_counter() - started) * 1000)
        shows = read_index(image)
        self.wrong_previews += shows != picture.number
        self.log.append(Delivery(time.perf_counter(), shows, n, shown=True, preview=True))

    def wait(self, timeout: float = 60.0) -> Frame:
        if not self._arrived.wait(timeout):
            raise TimeoutError(f"frame {self.wanted} did not arrive in {timeout:.0f} s")
        if self.error is not None or self.frame is None:
            raise RuntimeError(f"frame {self.wanted}: {self.error}")
        return self.frame

    def show(self, n: int) -> tuple[float, Frame]:
        """Ask for frame n exactly; (ms from the request to the reader's callback, the frame)."""
        started = time.perf_counter()
        self.ask(n)
        frame = self.wait()
        return (self.delivered_at - started) * 1000, frame

    def _on_frame(self, frame: Frame, request: Request) -> None:
        now = time.perf_counter()
        shown = request.number == self.wanted
        self.log.append(Delivery(now, frame.number, request.number, shown))
        # A stand-in that answers a preview request for the same frame is late for an exact request: not it.
        if shown and request.preview == self.wanted_preview and (frame.number == request.number or request.preview):
            self.frame, self.delivered_at, self.error = frame, now, None
            self._arrived.set()

    def _on_error(self, number: int, reason: str) -> None:
        if number == self.wanted:
            self.frame, self.error = None, reason
            self._arrived.set()


# --- 2. stepping --------------------------------------------------------------------------------------------


def step_latencies(player: Player, cfg: Config, rng: np.random.Generator, direction: int) -> tuple[list[float], int]:
    """Runs of steps from random starts (the seek to the start is not timed); (latencies in ms, wrong frames)."""
    count, span = player.clip.frame_count, cfg.steps_per_run
    latencies: list[float] = []
    wrong = 0
    for _ in range(cfg.step_runs):
        start = int(rng.integers(span, count)) if direction < 0 else int(rng.integers(0, count - span))
        player.show(start)
        next_at = time.perf_counter() + AUTO_REPEAT
        for k in range(1, span + 1):
            sleep_until(next_at)
            issued = time.perf_counter()
            n = start + k * direction
            latency, frame = player.show(n)
            latencies.append(latency)
            wrong += frame.number != n or read_index(frame.image) != n
            next_at = issued + AUTO_REPEAT
    return latencies, wrong


def opencv_back_steps(path: Path, steps: int, count: int, rng: np.random.Generator) -> tuple[list[float], int]:
    capture = cv2.VideoCapture(str(path))
    start = int(rng.integers(steps + 1, count))
    capture.set(cv2.CAP_PROP_POS_FRAMES, start)
    capture.read()
    times: list[float] = []
    wrong = 0
    for k in range(1, steps + 1):
        started = time.perf_counter()
        capture.set(cv2.CAP_PROP_POS_FRAMES, start - k)
        ok, image = capture.read()
        times.append((time.perf_counter() - started) * 1000)
        wrong += not ok or read_index(image) != start - k
    capture.release()
    return times, wrong


def bench_steps(path: Path, cfg: Config, rng: np.random.Generator) -> list[Row]:
    print(f"\n[2] stepping through the FrameReader, {AUTO_REPEAT * 1000:.0f} ms auto-repeat (ms)", flush=True)
    player = Player(open_clip(path))
    player.show(0)
    forward, wrong_forward = step_latencies(player, cfg, rng, +1)
    seeks = player.clip._decoder.seeks
    backward, wrong_backward = step_latencies(player, cfg, rng, -1)
    back_seeks = player.clip._decoder.seeks - seeks
    count = player.clip.frame_count
    player.close()
    cv_times, cv_wrong = opencv_back_steps(path, cfg.opencv_back_steps, count, rng)
    for name, t, bad in (("forward", forward, wrong_forward), ("backward", backward, wrong_backward)):
        print(
            f"  {name:<9} p50 {pct(t, 50):7.1f}  p95 {pct(t, 95):7.1f}  max {max(t):7.1f}"
            f"  ({len(t)} steps in {cfg.step_runs} runs, wrong frames {bad})"
        )
    print(f"  backward runs needed {back_seeks} decoder seeks (start positions included)")
    print(
        f"  OpenCV back-step p50 {pct(cv_times, 50):7.1f}  p95 {pct(cv_times, 95):7.1f}"
        f"  ({len(cv_times)} steps, wrong frames {cv_wrong})"
    )
    back_p95, cv_p95 = pct(backward, 95), pct(cv_times, 95)
    return [
        Row(
            "step forward p95 (ms)",
            f"{pct(forward, 95):.1f}",
            "-",
            "-",
            "<= 10 ms",
            verdict(pct(forward, 95) <= 10 and wrong_forward == 0),
        ),
        Row(
            "step backward p95 (ms) vs OpenCV",
            f"{back_p95:.1f}",
            f"{cv_p95:.1f}",
            f"{back_p95 / cv_p95:.3f}",
            "<= 30 ms",
            verdict(back_p95 <= 30 and wrong_backward == 0),
        ),
    ]


# --- 3. scrubbing -------------------------------------------------------------------------------------------


def longest_gap_ms(moments: list[float], start: float, end: float) -> float:
    edges = [start, *moments, end]
    return max(b - a for a, b in zip(edges, edges[1:], strict=False)) * 1000


@dataclass(frozen=True)
class Drag:
    """One drag across the clip, as the player would have shown it."""

    started: float
    seconds: float
    log: list[Delivery]  # what arrived during the drag
    release_ms: float  # from releasing the mouse to the exact frame
    preview_ms: list[float]
    wrong_previews: int

    @property
    def shown(self) -> list[Delivery]:
        return [d for d in self.log if d.shown]

    @property
    def pictures_per_second(self) -> float:
        return len({d.frame for d in self.shown}) / self.seconds


def drag(path: Path, positions: list[int], track: PreviewTrack | None) -> Drag:
    """A drag through `positions` at DRAG_RATE, with the preview track's pictures standing in when there is one."""
    player = Player(open_clip(path))
    player.show(0)  # the player shows frame 0 when a clip opens
    if track is not None:
        player.reader.use_previews(track)
    player.log = []
    started = time.perf_counter()
    for i, n in enumerate(positions):
        sleep_until(started + i / DRAG_RATE)
        player.ask(n, preview=True)
    ended = started + len(positions) / DRAG_RATE
    sleep_until(ended)
    log = [d for d in player.log if d.at <= ended]
    release_ms, _ = player.show(positions[-1])  # the drag ends: the exact frame under the playhead
    player.close()
    return Drag(started, ended - started, log, release_ms, player.preview_ms, player.wrong_previews)


def timed_track(path: Path, index: FrameIndex, rotation: int) -> tuple[float, PreviewTrack]:
    """(seconds, the preview track) for making the track from nothing, as the player's job does when no track is
    kept."""
    started = time.perf_counter()
    planned = planned_frames(index)
    track = PreviewTrack.planned_for(planned)
    build_track(str(path), index, rotation, track, planned)
    return time.perf_counter() - started, track


def track_bytes_on_disk(track: PreviewTrack, frame_count: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        keep_track(Path(folder), "0" * 64, track, frame_count)
        return cache_path(Path(folder), "0" * 64, KIND).stat().st_size


def bench_scrub(path: Path, cfg: Config) -> list[Row]:
    print(f"\n[3] scrubbing: a {DRAG_RATE} events/s drag across the clip for {cfg.scrub_seconds:.0f} s", flush=True)
    clip = open_clip(path)
    index, rotation = clip.index, clip.facts.rotation
    clip.close()
    events = int(DRAG_RATE * cfg.scrub_seconds)
    positions = [int(n) for n in np.linspace(0, index.count - 1, events).round()]

    builds, decodes = [], []
    for _ in range(cfg.scrub_runs):  # interleaved: both share the machine's noise
        decodes.append(index.count / sequential_decode_fps(path, index.count, convert=False))
        seconds, track = timed_track(path, index, rotation)
        builds.append(seconds)
    bare: list[Drag] = []
    previewed: list[Drag] = []
    for _ in range(cfg.scrub_runs):
        bare.append(drag(path, positions, None))
        previewed.append(drag(path, positions, track))

    strip_started = time.perf_counter()
    strip = build_strip(path, index, rotation)
    strip_seconds = time.perf_counter() - strip_started
    covered = sum(index.keyframe_before(n) in strip for n in positions)
    distinct_thumbnails = len({index.keyframe_before(n) for n in positions if index.keyframe_before(n) in strip})

    # The run with the median number of different pictures speaks for the drags without a track.
    first = sorted(bare, key=lambda d: d.pictures_per_second)[len(bare) // 2]
    seconds, log, shown = first.seconds, first.log, first.shown
    delivered_rate, shown_rate = len(log) / seconds, len(shown) / seconds
    exact = sum(d.frame == d.request for d in log)
    gap = longest_gap_ms([d.at for d in shown], first.started, first.started + seconds)
    print(
        f"  previews delivered {len(log)} ({delivered_rate:.1f}/s): {exact} exact frames, {len(log) - exact}"
        f" keyframe stand-ins; {len({d.frame for d in log})} different pictures"
    )
    print(
        f"  previews the player would show (answering the newest request) {len(shown)} ({shown_rate:.1f}/s);"
        f" longest time without a new picture {gap:.0f} ms"
    )
    print(f"  exact frame after releasing the mouse: {first.release_ms:.0f} ms")
    print(
        f"  keyframe strip: built in {strip_seconds:.1f} s ({len(strip)} thumbnails, fitting 160x120); it covers"
        f" {covered}/{events} drag positions instantly with {distinct_thumbnails} different thumbnails"
    )

    build, decode = float(np.median(builds)), float(np.median(decodes))
    # Each build ran beside its own decode pass: the ratio of each pair is far less noisy than a ratio of medians.
    paired = float(np.median([b / d for b, d in zip(builds, decodes, strict=True)]))
    on_disk = track_bytes_on_disk(track, index.count)
    without = [d.pictures_per_second for d in bare]
    with_track = [d.pictures_per_second for d in previewed]
    preview_ms = [ms for d in previewed for ms in d.preview_ms]
    wrong = sum(d.wrong_previews for d in previewed)
    ours, baseline = float(np.median(with_track)), float(np.median(without))
    shown_with_track = float(np.median([len(d.shown) / d.seconds for d in previewed]))
    gap_with_track = float(
        np.median([longest_gap_ms([s.at for s in d.shown], d.started, d.started + d.seconds) for d in previewed])
    )
    print(
        f"  preview track: {len(track)} pictures standing up to {track.reach} frames away; made in"
        f" {', '.join(f'{b:.1f}' for b in builds)} s against a plain decode pass of the clip in"
        f" {', '.join(f'{d:.1f}' for d in decodes)} s (median of the pairs' ratios {paired:.2f});"
        f" {on_disk / MIB:.1f} MiB on disk ({on_disk / max(1, len(track)) / 1024:.1f} KiB a picture)"
    )
    print(
        f"  different pictures shown per second while dragging: keyframes standing in"
        f" {', '.join(f'{v:.1f}' for v in without)}; with the preview track {', '.join(f'{v:.1f}' for v in with_track)}"
        f" ({wrong} of {len(preview_ms)} preview pictures showed another frame than they stand for)"
    )
    print(
        f"  showing a preview picture (decode the JPEG, convert to BGRA) p50 {pct(preview_ms, 50):.2f} ms,"
        f" p95 {pct(preview_ms, 95):.2f} ms; pictures shown {shown_with_track:.1f}/s, longest time without a new"
        f" one {gap_with_track:.0f} ms; exact frame after the release"
        f" {np.median([d.release_ms for d in previewed]):.0f} ms"
    )
    return [
        Row(
            "scrub pictures shown /s, preview track",
            f"{shown_with_track:.1f}",
            f"no track {shown_rate:.1f}",
            f"{shown_with_track / shown_rate:.1f}" if shown_rate else "-",
            ">= 30/s",
            verdict(shown_with_track >= 30),
        ),
        Row(
            "scrub previews delivered /s, no track yet",
            f"{delivered_rate:.1f}",
            f"thumbs {covered}/{events} instant",
            "-",
            ">= 30/s",
            verdict(delivered_rate >= 30),
        ),
        Row(
            "scrub previews shown /s, no track yet",
            f"{shown_rate:.1f}",
            f"longest gap {gap:.0f} ms",
            "-",
            ">= 30/s",
            verdict(shown_rate >= 30),
        ),
        Row(
            "scrub different pictures /s, preview track",
            f"{ours:.1f}",
            f"keyframes {baseline:.1f}",
            f"{ours / baseline:.1f}" if baseline else "-",
            ">= 10/s",
            verdict(ours >= 10 and wrong == 0),
        ),
        Row(
            "preview track made (s) vs decode pass",
            f"{build:.1f}",
            f"{decode:.1f}",
            f"{paired:.2f}",
            "-",
            "info",
        ),
        Row(
            "preview track on disk (MiB)",
            f"{on_disk / MIB:.1f}",
            f"{len(track)} pictures",
            "-",
            f"<= {MAX_BYTES >> 20} MiB",
            verdict(on_disk <= MAX_BYTES + MIB),
        ),
    ]


# --- 4. playback --------------------------------------------------------------------------------------------


def sequential_decode_fps(path: Path, frames: int, convert: bool) -> float:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        decoded = 0
        started = time.perf_counter()
        for frame in container.decode(stream):
            if convert:
                frame.to_ndarray(format="bgra")
            decoded += 1
            if decoded >= frames:
                break
        return decoded / (time.perf_counter() - started)


def bench_playback(path: Path, cfg: Config, rng: np.random.Generator) -> list[Row]:
    print(f"\n[4] playback for {cfg.play_seconds:.0f} s of wall time, polling every {POLL * 1000:.0f} ms", flush=True)
    bgra_fps = sequential_decode_fps(path, cfg.decode_frames, convert=True)
    yuv_fps = sequential_decode_fps(path, cfg.decode_frames, convert=False)
    print(
        f"  plain PyAV sequential decode: {yuv_fps:.0f} fps, with to_ndarray('bgra') {bgra_fps:.0f} fps"
        f" (the clip needs {FPS})"
    )
    player = Player(open_clip(path))
    count = player.clip.frame_count
    start = int(rng.integers(0, max(1, count - int(cfg.play_seconds * FPS) - FPS)))
    player.show(start)  # paused on the start frame, as the player is before Play
    clock = PlaybackClock(player.clip.index, start)
    player.reader.play(start, clock.direction)
    shown = checked = wrong = 0
    deadline = time.perf_counter() + cfg.play_seconds
    while time.perf_counter() < deadline:
        due = clock.due()
        if due != clock.last_shown:
            frame = player.reader.take(due)
            if frame is not None:  # the newest ready at or before the due frame, as the player shows it
                clock.shown(frame.number)
                shown += 1
                if shown % FPS == 0:  # reading the number back costs ms: check one frame a second
                    checked += 1
                    wrong += read_index(frame.image) != frame.number
        if clock.finished(due):
            break
        time.sleep(POLL)
    player.reader.pause()
    player.close()
    print(f"  from frame {start}: {shown} frames shown, {clock.dropped} dropped, {wrong}/{checked} checked wrong")
    return [
        Row(
            f"playback dropped frames in {cfg.play_seconds:.0f} s",
            str(clock.dropped),
            f"PyAV+bgra {bgra_fps:.0f} fps",
            f"{bgra_fps / FPS:.1f}x rt",
            "0",
            verdict(clock.dropped == 0 and not wrong),
        ),
    ]


# --- 5. memory (in a child process) -------------------------------------------------------------------------


def proc_status_mib(field: str = "VmRSS") -> float:
    """A memory line of /proc/self/status in MiB: VmRSS now, VmHWM the peak of this process since its exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def vm_rss_mib() -> float:
    return proc_status_mib("VmRSS")


def max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def memory_child(path: Path, cfg: Config, seed: int) -> int:
    """Scrub the whole clip with the default cache budget and print the memory figures as one JSON line."""
    clip = open_clip(path)
    baseline = vm_rss_mib()
    baseline_max = max_rss_mib()
    peak_sampled, wrong, frames = baseline, 0, 0
    started = time.perf_counter()

    def visit(n: int) -> None:
        nonlocal peak_sampled, wrong, frames
        image = clip.frame(n, "bgra").image
        wrong += read_index(image) != n
        frames += 1
        peak_sampled = max(peak_sampled, vm_rss_mib())

    targets = range(0, clip.frame_count, cfg.memory_stride)
    for i, n in enumerate(targets):
        visit(n)
        if i % max(1, len(targets) // 10) == 0:
            print(
                f"  scrubbing: frame {n}/{clip.frame_count}, VmRSS {vm_rss_mib():.0f} MiB,"
                f" cache {clip.cache.used_bytes / MIB:.0f} MiB",
                file=sys.stderr,
                flush=True,
            )
    rng = np.random.default_rng(seed)
    for _ in range(cfg.memory_back_runs):
        start = int(rng.integers(cfg.steps_per_run, clip.frame_count))
        for n in range(start, start - cfg.steps_per_run - 1, -1):
            visit(n)
    result = {
        "frames": clip.frame_count,
        "visited": frames,
        "wrong": wrong,
        "seeks": clip._decoder.seeks,
        "seconds": time.perf_counter() - started,
        "baseline_rss": baseline,
        "baseline_max": baseline_max,
        "peak_max": max_rss_mib(),
        "peak_hwm": proc_status_mib("VmHWM"),
        "peak_sampled": peak_sampled,
        "end_rss": vm_rss_mib(),
        "cache_used": clip.cache.used_bytes / MIB,
        "cache_frames": len(clip.cache),
    }
    print("MEMORY-RESULT " + json.dumps(result), flush=True)
    return 0


def bench_memory(path: Path, quick: bool, seed: int) -> list[Row]:
    print(f"\n[5] peak memory scrubbing {path.name} end to end in a child process", flush=True)
    # Linux hands a process that execs the peak RSS of the one it was forked from as its ru_maxrss: a small shell
    # in between (it forks, it does not exec, because of the `exit`) keeps ours out of the child's figure.
    child = [sys.executable, "-m", "bench.seek", "--memory-child", str(path), "--seed", str(seed)]
    command = ["/bin/sh", "-c", '"$@"; exit $?', "sh", *child, *(["--quick"] if quick else [])]
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True, timeout=3600, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("MEMORY-RESULT ")]
    if done.returncode or not lines:
        print(f"  the child failed (exit {done.returncode}):\n{done.stdout}")
        return [Row("memory peak growth (MiB)", "failed", "-", "-", "-", "MISS")]
    r = json.loads(lines[-1].removeprefix("MEMORY-RESULT "))
    budget = DEFAULT_BUDGET / MIB
    limit = budget + 300
    growth = r["peak_max"] - r["baseline_rss"]
    sampled = r["peak_sampled"] - r["baseline_rss"]
    print(
        f"  {r['frames']} frames, {r['visited']} visited in {r['seconds']:.0f} s with {r['seeks']} seeks,"
        f" wrong frames {r['wrong']}"
    )
    print(
        f"  RSS after imports and open {r['baseline_rss']:.0f} MiB (ru_maxrss then {r['baseline_max']:.0f});"
        f" peak ru_maxrss {r['peak_max']:.0f} MiB, VmHWM {r['peak_hwm']:.0f} MiB, sampled VmRSS"
        f" {r['peak_sampled']:.0f} MiB; at the end {r['end_rss']:.0f} MiB"
    )
    print(
        f"  growth: peak {growth:.0f} MiB (sampled {sampled:.0f}); cache holds {r['cache_used']:.0f} MiB"
        f" in {r['cache_frames']} frames; budget {budget:.0f} MiB"
    )
    return [
        Row(
            "memory peak growth, ru_maxrss (MiB)",
            f"{growth:.0f}",
            f"budget {budget:.0f}",
            f"{growth / budget:.2f}",
            f"<= {limit:.0f}",
            verdict(growth <= limit and r["wrong"] == 0),
        ),
        Row(
            "memory peak growth, sampled VmRSS (MiB)",
            f"{sampled:.0f}",
            f"budget {budget:.0f}",
            f"{sampled / budget:.2f}",
            f"<= {limit:.0f}",
            verdict(sampled <= limit),
        ),
    ]


# --- the summary --------------------------------------------------------------------------------------------


def print_summary(rows: list[Row]) -> None:
    headers = Row("metric", "ours", "baseline", "ratio", "target", "result")
    table = [headers, *rows]
    widths = [max(len(getattr(r, f)) for r in table) for f in Row.__dataclass_fields__]
    print("\nSUMMARY")
    for i, row in enumerate(table):
        cells = [getattr(row, f) for f in Row.__dataclass_fields__]
        print(
            "  "
            + "  ".join(
                c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(zip(cells, widths, strict=True))
            )
        )
        if i == 0:
            print("  " + "  ".join("-" * w for w in widths))


def describe_machine(seek_clip: Path) -> None:
    versions = av.library_versions.get("libavcodec", ())
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()},"
        f" PyAV {av.__version__} (libavcodec {'.'.join(map(str, versions))}), OpenCV {cv2.__version__},"
        f" numpy {np.__version__}"
    )
    print(f"clip: {seek_clip.name}, {seek_clip.stat().st_size / MIB:.0f} MiB")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.seek", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: a 10 s clip and few samples")
    parser.add_argument(
        "--minutes",
        type=float,
        default=None,
        help="length of the long clip for the memory test (default 10; --quick: the short clip)",
    )
    parser.add_argument("--seed", type=int, default=1, help="seed of the random positions")
    parser.add_argument(
        "--parts", default=",".join(PARTS), help=f"the parts to run, comma-separated (default: {','.join(PARTS)})"
    )
    parser.add_argument("--memory-child", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run_part(rows: list[Row], name: str, part: Callable[[], list[Row]]) -> None:
    """Run one part; a part that crashes shows up in the table instead of hiding the others' results."""
    try:
        rows.extend(part())
    except Exception as error:  # a benchmark reports, it does not stop at the first broken part
        print(f"  {name} failed: {type(error).__name__}: {error}", flush=True)
        rows.append(Row(name, "failed", "-", "-", "-", "MISS"))
    # The reader and its owner refer to each other: collect them now, so that a closed clip's decoder (and the
    # frame buffers its pool still holds) is gone before the next part starts.
    gc.collect()
    print(f"  (this process: VmRSS {vm_rss_mib():.0f} MiB after the part)", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    cfg = QUICK if args.quick else FULL
    if args.memory_child is not None:
        return memory_child(args.memory_child, cfg, args.seed)
    chosen = set(args.parts.split(","))
    if not chosen <= set(PARTS):
        print(f"unknown parts: {', '.join(sorted(chosen - set(PARTS)))} (the parts are {', '.join(PARTS)})")
        return 2
    seek_clip = ensure_clip(cfg.seek_seconds * FPS, crf=23)
    minutes = args.minutes if args.minutes is not None else (None if args.quick else 10)
    wants_long = minutes and "memory" in chosen
    memory_clip = ensure_clip(round(minutes * 60 * FPS), crf=30) if wants_long else seek_clip
    describe_machine(seek_clip)
    rng = np.random.default_rng(args.seed)
    rows: list[Row] = []
    parts = {
        "seek": ("random seek", lambda: bench_random_seek(seek_clip, cfg, rng)),
        "step": ("stepping", lambda: bench_steps(seek_clip, cfg, rng)),
        "scrub": ("scrubbing", lambda: bench_scrub(seek_clip, cfg)),
        "play": ("playback", lambda: bench_playback(seek_clip, cfg, rng)),
        "memory": ("memory", lambda: bench_memory(memory_clip, args.quick, args.seed)),
    }
    for key in PARTS:
        if key in chosen:
            run_part(rows, *parts[key])
    print_summary(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
