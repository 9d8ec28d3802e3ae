"""Live detector overlays: the enabled analyzers run on the frame on screen, on a worker where the newest frame
wins; heatmaps come back coloured by each analyzer's colour map, with each cell's strength above camera footage's
usual level, for the shell to paint one at a time or the strongest per pixel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QImage

from analyzers.colour import heatmap_bgra, ramp_rgb
from analyzers.engine import Detector, FramesNotAnalysable, open_detector
from analyzers.manifest import Manifest
from analyzers.pictures import Picture, stack
from analyzers.registry import Analyzer, discover
from app.analysis.detector_words import problem_words
from app.i18n import translate
from app.ui.newest import NewestWins
from app.ui.score_lanes import camera_band_words, lane_colours
from app.ui.tasks import Job, Jobs
from widgets.detector_panel import DetectorItem

log = logging.getLogger(__name__)

_RECENT = 4  # frames shown last that are kept for detectors comparing consecutive frames


@dataclass(frozen=True)
class Heatmap:
    analyzer_id: str
    frame: int
    image: QImage  # coloured, transparent where the value is at its low end
    score: float
    strength: np.ndarray  # per cell, 0..1: how far above camera footage's usual level (strength_above_band)


def strength_above_band(values: np.ndarray, manifest: Manifest) -> np.ndarray:
    """Per heatmap cell, 0 at or below where camera footage usually lies and 1 at the top of the heatmap's range.
    The camera band is measured on per-frame scores; it is the floor here only when the heatmap is in the score's
    units (the same range, higher more suspicious), else the floor is the heatmap's low end."""
    output = manifest.output
    low, high = output.heatmap_range
    band = manifest.camera_band
    same_units = output.heatmap_range == output.score_range and output.score_direction == "higher_is_more_suspicious"
    floor = min(band.high, high) if band is not None and same_units else low
    if floor >= high:
        return np.zeros(values.shape, np.float32)
    return np.clip((values.astype(np.float32) - floor) / (high - floor), 0.0, 1.0)


def strongest_per_cell(
    layers: list[tuple[np.ndarray, int, tuple[int, int, int], float]], width: int, height: int
) -> tuple[np.ndarray, int, np.ndarray]:
    """Each cell coloured by the layer that is strongest there, its strength (times the layer's opacity) as
    opacity. `layers` are (strength per cell, cell size in frame pixels, RGB, opacity) over a frame `width` x
    `height`; cells of different sizes meet on the finest grid. Returns the BGRA picture, its cell size in frame
    pixels, and per cell the index of the layer shown (-1 where none is above its band)."""
    cell = min(size for _, size, _, _ in layers)
    rows, columns = max(1, height // cell), max(1, width // cell)
    stacked = np.zeros((len(layers), rows, columns), np.float32)
    centres_y, centres_x = (np.arange(rows) + 0.5) * cell, (np.arange(columns) + 0.5) * cell
    for n, (strength, size, _, _) in enumerate(layers):
        ys, xs = (centres_y // size).astype(int), (centres_x // size).astype(int)
        inside_y, inside_x = ys < strength.shape[0], xs < strength.shape[1]  # a model drops the last partial cell
        picked = strength[np.ix_(ys[inside_y], xs[inside_x])]
        stacked[n, : picked.shape[0], : picked.shape[1]] = picked
    winner = stacked.argmax(axis=0)
    strongest = np.take_along_axis(stacked, winner[None], axis=0)[0]
    winner = np.where(strongest > 0, winner, -1)
    bgr = np.array([rgb[::-1] for _, _, rgb, _ in layers], np.uint8)
    opacity = np.array([o for _, _, _, o in layers], np.float32)
    picture = np.zeros((rows, columns, 4), np.uint8)
    picture[..., :3] = bgr[np.maximum(winner, 0)]
    picture[..., 3] = np.round(strongest * opacity[np.maximum(winner, 0)] * 255).astype(np.uint8)
    return picture, cell, winner


def colour_heatmap(values: np.ndarray, low: float, high: float, colour_map: str) -> QImage:
    bgra = heatmap_bgra(values, low, high, colour_map)
    height, width = bgra.shape[:2]
    return QImage(bgra.data, width, height, bgra.strides[0], QImage.Format.Format_ARGB32).copy()


def detector_item(analyzer: Analyzer, lane_colour: QColor) -> DetectorItem:
    from app.analysis.detector_words import shown_manifest

    manifest = shown_manifest(analyzer.manifest)  # its words in the reviewer's language
    low, high = manifest.output.heatmap_range
    band = manifest.camera_band
    return DetectorItem(
        id=manifest.id,
        name=manifest.name,
        version=manifest.version,
        cue=manifest.cue,
        meaning=manifest.output.heatmap_meaning,
        failure_modes=manifest.failure_modes,
        colours=tuple(QColor(*rgb) for rgb in ramp_rgb(manifest.colour_map)),
        low=low,
        high=high,
        opacity=manifest.default_opacity,
        model_sha256=analyzer.model_sha256,
        lane_colour=lane_colour,
        camera_band=camera_band_words(band) if band is not None else "",
        measured=" ".join(manifest.measured),
    )


class LiveOverlays(QObject):
    """Loads the analyzers in the background, then analyses frames on its own thread, newest first."""

    loaded = Signal(list, str)  # DetectorItems, a line for the status bar (which provider runs)
    ready = Signal(object)  # Heatmap
    cannot_draw = Signal(str, str)  # analyzer id, why it draws nothing on this frame (said once per reason)

    def __init__(self, jobs: Jobs, provider: str = "auto") -> None:
        super().__init__()
        self.provider = provider
        self._analyzers: dict[str, tuple[Analyzer, Detector]] = {}
        self.enabled: set[str] = set()
        # Detectors that compare a frame with the ones before it find those among the frames shown last, or
        # ask `earlier_frame` (BGRA, or None when it is not decoded: never decode for an overlay).
        self._recent: dict[int, np.ndarray] = {}
        self.earlier_frame: Callable[[int], np.ndarray | None] = lambda number: None
        job = jobs.start(translate("Detector overlays", "Loading the detectors"), lambda job: self._load(job, provider))
        job.succeeded.connect(self._on_loaded)
        job.failed.connect(
            lambda reason: self.loaded.emit(
                [], translate("Detector overlays", "The detectors could not be loaded: {reason}").format(reason=reason)
            )
        )
        self._said: dict[str, str] = {}  # analyzer id: the last reason given for drawing nothing
        self._worker = NewestWins("live-overlays", self._analyse)

    def _load(self, job: Job, provider: str) -> tuple[list[DetectorItem], str]:
        from app.analysis.detector_words import provider_words

        registry = discover()
        note = translate("Detector overlays", "No detectors found.")
        cannot_use = translate("Detector overlays", "Cannot use {detector}: {reason}.")
        unusable = [
            cannot_use.format(detector=broken.folder.name, reason=problem_words(broken.reason))
            for broken in registry.broken
        ]
        found = {}
        for analyzer in registry.analyzers:
            try:
                detector = open_detector(analyzer.manifest, provider)
            except Exception as error:  # one detector that cannot start leaves the others drawing
                log.error("%s could not be opened", analyzer.manifest.id, exc_info=error)
                unusable.append(
                    translate("Detector overlays", "Cannot use {detector}: it could not be opened ({error}).").format(
                        detector=analyzer.manifest.name, error=type(error).__name__
                    )
                )
                continue
            found[analyzer.manifest.id] = (analyzer, detector)
            if analyzer.manifest.model:  # built-in code always runs on the CPU; the graphs say where they run
                note = provider_words(detector.report) + "."
        # All at once: the GUI thread reads them (a clip opened meanwhile), and a dict filled here while it is read
        # there breaks the reading ("dictionary changed size during iteration")
        self._analyzers = found
        colours = lane_colours(found)
        return [detector_item(a, colours[i]) for i, (a, _) in found.items()], " ".join([note, *unusable])

    def _on_loaded(self, result: tuple[list[DetectorItem], str]) -> None:
        self.loaded.emit(*result)

    def analyzers(self) -> list[Analyzer]:
        return [analyzer for analyzer, _ in self._analyzers.values()]

    def shared_sessions(self) -> dict[str, Detector]:
        """The loaded ONNX sessions, by analyzer id, for whole-clip runs to reuse (ORT sessions may run on two
        threads at once; the built-in Python analyzers may not, so those are not shared)."""
        return {i: detector for i, (analyzer, detector) in self._analyzers.items() if analyzer.manifest.model}

    def set_enabled(self, analyzer_id: str, on: bool) -> None:
        if on:
            self.enabled.add(analyzer_id)
        else:
            self.enabled.discard(analyzer_id)

    def submit(self, frame: int, bgra: np.ndarray) -> None:
        """Analyse this frame next; a frame submitted before and not started yet is dropped."""
        if self.enabled:
            self._recent = {n: f for n, f in self._recent.items() if frame - _RECENT < n < frame} | {frame: bgra}
            self._worker.submit(frame, bgra)

    def close(self) -> None:
        self._worker.close()

    def _analyse(self, frame: int, bgra: np.ndarray) -> None:
        wanted = [self._analyzers[i] for i in sorted(self.enabled) if i in self._analyzers]
        recent, pictures = self._recent, {}
        for analyzer, detector in wanted:
            window = range(frame - analyzer.manifest.window + 1, frame + 1)
            for n in window:
                if n not in pictures:
                    earlier = recent.get(n) if n != frame else bgra
                    earlier = earlier if earlier is not None else self.earlier_frame(n)
                    pictures[n] = Picture(earlier, "bgra") if earlier is not None else None
            if any(pictures[n] is None for n in window):
                continue  # the frame before is not decoded (the clip's first frame, or just after a seek)
            manifest = analyzer.manifest
            try:
                heatmaps, scores = detector.run(stack((pictures[n] for n in window), manifest.input.colour_order))
            except FramesNotAnalysable as error:  # frames too small for it: the other detectors still draw
                self._say_cannot_draw(manifest.id, problem_words(error.args[0]))
                continue
            except Exception as error:
                log.error("%s failed on frame %d", manifest.id, frame, exc_info=error)
                reason = translate("Detector overlays", "it stopped with an error ({error})")
                self._say_cannot_draw(manifest.id, reason.format(error=type(error).__name__))
                continue
            self._said.pop(manifest.id, None)
            low, high = manifest.output.heatmap_range
            image = colour_heatmap(heatmaps[0], low, high, manifest.colour_map)
            strength = strength_above_band(heatmaps[0], manifest)
            self.ready.emit(Heatmap(manifest.id, frame, image, float(scores[0]), strength))

    def _say_cannot_draw(self, analyzer_id: str, reason: str) -> None:
        if self._said.get(analyzer_id) != reason:  # once, not on every frame of playback
            self._said[analyzer_id] = reason
            self.cannot_draw.emit(analyzer_id, reason)
