"""Whole-clip analysis: every chosen analyzer over a stream of frames, in batches, with progress and cancel.

Frames come from the caller (the media engine decodes them); this module only analyses, so it runs headless, in
batch, on a GPU machine without Qt.
"""

from __future__ import annotations

import contextlib
import heapq
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np

from analyzers.engine import Detector, FramesNotAnalysable, first_line, open_detector
from analyzers.pictures import Picture, as_picture, stack
from analyzers.registry import Analyzer
from analyzers.translatable import QT_TRANSLATE_NOOP, Said

log = logging.getLogger(__name__)

BATCH = 4  # frames between progress reports, and the least batch of an analyzer that looks at several frames
BATCH_PIXELS = 1920 * 1088  # frames per ONNX run: a graph's intermediates grow with the pixels it is given at once
MOST_FRAMES_PER_RUN = 16
ANALYSIS_NICENESS = 10  # of 19: below the GUI and the player, above nothing else the reviewer runs


def batch_size(frame_size: tuple[int, int], window: int) -> int:
    """Frames scored per detector run: one 1080p frame at a time (ONNX Runtime is as fast per frame, and a 4K
    frame's intermediates alone are hundreds of MB), more when frames are small, so that the cost of each run is
    spread. An analyzer that looks at several frames re-reads, in each batch, the frames that start its windows:
    it gets the pixels of BATCH 1080p frames (the built-in ones reduce frames to a small size first)."""
    return _frames_within(frame_size, BATCH_PIXELS * (BATCH if window > 1 else 1), MOST_FRAMES_PER_RUN)


def _frames_within(frame_size: tuple[int, int], pixels: int, most: int) -> int:
    height, width = frame_size
    return max(1, min(most, pixels // max(1, height * width)))


class AnalysisCancelled(Exception):
    """The reviewer cancelled the analysis."""


@dataclass
class Track:
    """One analyzer's per-frame scores over a clip, with what is needed to trust and reproduce them."""

    analyzer: Analyzer
    provider: str
    frames: list[int] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    seconds: float = 0.0
    problem: str = ""  # why the analyzer could not score this clip, in words (a Said); it then has no frames or scores

    def failed(self, error: Exception) -> None:
        """The analyzer stopped with `error`: the scores so far are dropped (a part of a track would read as the
        whole), and why is kept in words."""
        if isinstance(error, FramesNotAnalysable):
            self.problem = error.args[0]
        else:
            log.error("%s failed", self.analyzer.manifest.id, exc_info=error)
            words = QT_TRANSLATE_NOOP("Analyzers", "it stopped with an error ({error})")
            self.problem = Said(words, error=first_line(error, most=300))
        self.frames, self.scores = [], []

    def as_dict(self) -> dict:
        manifest = self.analyzer.manifest
        return {
            "id": manifest.id,
            "name": manifest.name,
            "version": manifest.version,
            "model_sha256": self.analyzer.model_sha256,
            "provider": self.provider,
            "measures": manifest.output.score_meaning,
            "direction": manifest.output.score_direction,
            "score_range": list(manifest.output.score_range),
            "failure_modes": list(manifest.failure_modes),
            "frames": self.frames,
            "scores": [round(s, 6) for s in self.scores],
            "seconds": round(self.seconds, 3),
        }


def frames_needed(analyzers: list[Analyzer], stride: int = 1) -> Callable[[int], bool]:
    """Which frame numbers the analysis must be given: every `stride`-th frame, and the frames just before it
    that analyzers looking at several consecutive frames need."""
    windows = {a.manifest.window for a in analyzers} or {1}
    reach = max(windows)
    return lambda n: any((n + back) % stride == 0 for back in range(reach))


def analyze(
    frames: Iterable[tuple[int, Picture | np.ndarray]],
    analyzers: list[Analyzer],
    provider: str = "auto",
    total: int | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    stride: int = 1,
    opened: dict[str, Detector] | None = None,
    ahead_bytes: int | None = None,
) -> list[Track]:
    """Run `analyzers` over (frame number, Picture or RGB uint8 array) pairs in batches; each scores every `stride`-th
    frame (frames_needed says which frames to pass). A frame's score needs the analyzer's whole window of
    consecutive frames before it, so a gap (a damaged frame, the start of the clip) starts windows again.
    `opened` holds detectors already loaded, by analyzer id; the others are opened on `provider`. `ahead_bytes`
    bounds the frames decoded ahead of the detectors (the frame cache's budget): one frame at least, whatever its
    size, and never more than a few batches.

    An analyzer that cannot be opened or fails on the frames does not stop the others: its track comes back
    without scores and says why in `problem`."""
    opened = opened or {}
    turns = _Turns(os.cpu_count() or 2)
    feeds = [_Feed(analyzer, opened.get(analyzer.manifest.id), provider, stride, turns) for analyzer in analyzers]
    # Each analyzer works on its own thread (ONNX Runtime and OpenCV let go of the GIL), while this one decodes:
    # on two cores the decoder and the detectors run side by side instead of taking turns.
    workers: list[_Worker] = []  # made at the first frame, whose size says how many may wait
    seen = 0
    try:
        for number, image in frames:
            if cancelled is not None and cancelled():
                raise AnalysisCancelled()
            picture = as_picture(image)
            if not workers:
                workers = [_Worker(feed, _queue_depth(picture, ahead_bytes)) for feed in feeds]
            for worker in workers:
                worker.give(number, picture)
            seen += 1
            if on_progress is not None and seen % BATCH == 0:
                on_progress(seen, total)
    finally:
        for worker in workers:  # all told first, so that they score what is left side by side
            worker.finish()
        for worker in workers:
            worker.wait()
    if on_progress is not None and seen % BATCH:
        on_progress(seen, total)
    return [feed.track for feed in feeds]


def _queue_depth(picture: Picture, ahead_bytes: int | None) -> int:
    """How many frames may wait for each analyzer: four 1080p frames' worth (enough to keep the detectors busy;
    more only holds memory), never more than `ahead_bytes` holds, counting every colour order kept."""
    depth = _frames_within(picture.size, BATCH * BATCH_PIXELS, 2 * BATCH)
    if ahead_bytes is None:
        return depth
    return max(1, min(depth, ahead_bytes // max(1, picture.nbytes)))


class _Turns:
    """Detector runs at once: one per core. Each analyzer has its own thread, and seven of them scoring at once on two
    cores evict each other's frames from the caches (1080p: 87 instead of 96 ms of CPU per frame, measured). Of the
    runs waiting, the one with the oldest frames goes first: a frame is let go of once every analyzer has scored it,
    and an analyzer left behind would keep frames alive (at 4K, 33 MB each)."""

    def __init__(self, at_once: int) -> None:
        self._free = at_once
        self._waiting: list[int] = []  # a heap of the first frame number of each batch waiting for its turn
        self._changed = threading.Condition()

    @contextlib.contextmanager
    def turn(self, first_frame: int) -> Iterator[None]:
        with self._changed:
            heapq.heappush(self._waiting, first_frame)
            self._changed.wait_for(lambda: self._free > 0 and self._waiting[0] == first_frame)
            heapq.heappop(self._waiting)
            self._free -= 1
            self._changed.notify_all()  # the next oldest may go too, where a core is still free
        try:
            yield
        finally:
            with self._changed:
                self._free += 1
                self._changed.notify_all()


class _Worker:
    """A thread feeding one analyzer; a short queue keeps the decoder at most a few frames ahead of it. Once its
    analyzer has failed it takes no more frames, and it always ends when finished."""

    def __init__(self, feed: _Feed, depth: int) -> None:
        self._feed = feed
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._thread = threading.Thread(target=self._run, name=f"analyze-{feed.track.analyzer.manifest.id}")
        self._thread.start()

    def give(self, number: int, picture: Picture) -> None:
        if not self._feed.track.problem:
            self._queue.put((number, picture))

    def finish(self) -> None:
        """Score what is left, then end."""
        self._queue.put(None)

    def wait(self) -> None:
        self._thread.join()

    def _run(self) -> None:
        _yield_to_the_reviewer()
        while (item := self._queue.get()) is not None:
            self._feed.guarded(self._feed.add, *item)
        self._feed.guarded(self._feed.flush)


def _yield_to_the_reviewer() -> None:
    """Lower this thread's scheduling priority: a whole-clip run takes every core it can, and the window the
    reviewer is working in must still get one at once. Linux only, where a thread has its own nice value."""
    if sys.platform == "linux":
        thread = threading.get_native_id()
        with contextlib.suppress(OSError):
            if os.getpriority(os.PRIO_PROCESS, thread) < ANALYSIS_NICENESS:
                os.setpriority(os.PRIO_PROCESS, thread, ANALYSIS_NICENESS)


class _Feed:
    """One analyzer's share of the stream: consecutive frames gathered into batches, scores into its track."""

    def __init__(
        self, analyzer: Analyzer, detector: Detector | None, provider: str, stride: int, turns: _Turns
    ) -> None:
        self.track = Track(analyzer, detector.report.running if detector else "")
        self._detector = detector
        self._window = analyzer.manifest.window
        self._stride = stride
        self._turns = turns
        self._order = analyzer.manifest.input.colour_order
        self._frames: list[tuple[int, Picture]] = []
        self._batch = 0  # set by the first frame's size
        if detector is None:
            self.guarded(self._open, provider)

    def _open(self, provider: str) -> None:
        self._detector = open_detector(self.track.analyzer.manifest, provider)
        self.track.provider = self._detector.report.running

    def guarded(self, step: Callable, *args) -> None:
        """Take `step` unless the analyzer has failed; if it fails now, the track says so and the rest go on."""
        if self.track.problem:
            return
        try:
            step(*args)
        except Exception as error:
            self.track.failed(error)

    def add(self, number: int, picture: Picture) -> None:
        if not any((number + back) % self._stride == 0 for back in range(self._window)):
            return
        if self._frames:
            last_number, last_picture = self._frames[-1]
            if number != last_number + 1 or picture.size != last_picture.size:
                self.flush()
                self._frames = []
        if not self._frames:
            self._batch = batch_size(picture.size, self._window)
        self._frames.append((number, picture))
        if len(self._frames) == self._window - 1 + self._batch:
            self.flush()

    def flush(self) -> None:
        """Score the frames gathered so far; keep the last few, the start of the next frames' windows."""
        keep = self._window - 1
        if len(self._frames) > keep:
            with self._turns.turn(self._frames[0][0]):
                started = time.perf_counter()
                _, scores = self._detector.run(stack((picture for _, picture in self._frames), self._order))
                self.track.seconds += time.perf_counter() - started
            for (number, _), score in zip(self._frames[keep:], scores, strict=True):
                if number % self._stride == 0:
                    self.track.frames.append(number)
                    self.track.scores.append(float(score))
        self._frames = self._frames[len(self._frames) - keep :] if keep else []
