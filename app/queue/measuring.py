"""One queued clip measured with no case in reach: the clip's file and the batch's settings in, a plain picklable
ClipMeasures out (its runs, clip-level figure, strongest peak, on-screen text and badge, and what could not be
measured). The batch on this machine (app.queue.batch) and a Ray cluster's workers (app.queue.cluster) call the
same `measure_queued_clip`, so a clip scores the same wherever it ran; only the process holding the case records
it (`record_measures`).
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.analysis.detector_words import error_words
from app.i18n import translate
from app.text.shown import one_line

_CACHE_MB = 128
_HIGHER = "higher_is_more_suspicious"


@dataclass(frozen=True)
class BatchSettings:
    stride: int = 10
    provider: str = "auto"
    read_text: bool = False
    # The calibration the clip-level figure is measured under, chosen where the batch starts and sent with it: a
    # cluster's workers measure under the driver's choice, not under whatever their own machines have chosen.
    calibration: object = None


@dataclass
class ClipMeasures:
    tracks: list[dict]  # the scored runs, as Store.record_analyses takes them, each with its provider and machine
    evidence: dict | None = None  # the clip-level figure's record; None when it could not be measured
    peak: tuple[float, str] | None = None  # (place on its lane, detector id)
    lines: list | None = None  # the on-screen text's TextLines; None when the text was not read
    badge: tuple[str, str] | None = None  # (words, level) when a mark read on the frames changes the badge
    problems: list[str] = field(default_factory=list)  # what is missing, in words: the clip is analysed, partly


class Instruments:
    """What a batch opens once and measures every clip with: the detectors (an ONNX Runtime session costs more than
    scoring a short clip), the calibration given (else the one in use here), and the text reader when a clip first
    needs it."""

    def __init__(self, provider: str, calibration=None) -> None:
        from analyzers.evidence.clip_model import CalibrationError
        from analyzers.registry import discover
        from app.analysis.calibrations import calibration_in_use
        from app.analysis.clip_evidence import NotMeasured, needed_analyzers

        self.provider = provider
        self.registry = discover()
        self.opened, self.unusable = _open_detectors(self.registry.analyzers, provider)
        self.analyzers = [a for a in self.registry.analyzers if a.manifest.id in self.opened]
        try:
            self.calibration = calibration or calibration_in_use()
            self.needed = needed_analyzers(self.calibration, self.registry)
            self.figure_problem = ""
        except (CalibrationError, NotMeasured, OSError) as error:
            self.calibration, self.needed, self.figure_problem = None, [], _no_figure(error)
        self._reader = None

    def reader(self):
        """RapidOCR, opened for the first clip that needs it."""
        from analyzers.words.ocr import ReaderUnavailable, TextReader
        from app.media.errors import MediaError

        if self._reader is None:
            try:
                self._reader = TextReader(self.provider)
            except ReaderUnavailable as error:
                raise MediaError(error_words(error)) from None
        return self._reader


def measure_queued_clip(
    clip: dict,
    instruments: Instruments,
    settings: BatchSettings,
    *,
    on_progress: Callable[[float, str], None],
    cancelled: Callable[[], bool],
) -> ClipMeasures:
    """Every detector over `clip` (its "path", "sha256", "badge" and "badge_level") on every `stride`-th frame, its
    clip-level figure under the calibration in use, its strongest peak, and with `read_text` the text on its frames
    once a second and a generator mark or AI label read there put in its badge. Raises MediaError or OSError for a
    clip that cannot be read, AnalysisCancelled or Cancelled when `cancelled` says so."""
    from app.analysis.clip_evidence import NotMeasured, measure_clip
    from app.analysis.whole_clip import score_clip

    path, stride, read_text = Path(clip["path"]), settings.stride, settings.read_text
    detectors = translate("Queue analysis", "detectors")
    on_progress(0.0, detectors)
    tracks, _, _ = score_clip(
        path,
        instruments.analyzers,
        settings.provider,
        stride,
        _CACHE_MB,
        lambda done, total: on_progress((0.5 if read_text else 0.7) * done / max(1, total or 1), detectors),
        lambda _damaged: None,  # a damaged frame is left out of the runs, as `reelcheck analyze` does
        cancelled=cancelled,
        opened=instruments.opened,
    )
    # a detector that compares consecutive frames has nothing to say on a clip shorter than the stride
    scored = [t for t in tracks if not t.problem and t.scores]
    machine = one_line(platform.node())
    measures = ClipMeasures(
        tracks=[{**t.as_dict(), "stride": stride, "machine": machine} for t in scored],
        peak=strongest_peak(scored),
        problems=[*instruments.unusable, *(f"{t.analyzer.manifest.id}: {t.problem}" for t in tracks if t.problem)],
    )
    if instruments.calibration is not None:
        on_progress(0.7, translate("Queue analysis", "clip-level figure"))
        try:
            if any(a.manifest.id not in instruments.opened for a in instruments.needed):
                raise NotMeasured(translate("Queue analysis", "a detector the calibration needs could not be loaded"))
            measured = measure_clip(
                path,
                clip["sha256"],
                instruments.calibration,
                instruments.registry,
                cancelled=cancelled,
                opened=instruments.opened,
            )
            measures.evidence = measured.as_record()
        except NotMeasured as error:
            measures.problems.append(_no_figure(error))
    elif instruments.figure_problem:
        measures.problems.append(instruments.figure_problem)
    if read_text:
        reading = translate("Queue analysis", "on-screen text")
        on_progress(0.8, reading)
        _read_text(clip, instruments.reader(), measures, lambda f: on_progress(0.8 + 0.2 * f, reading), cancelled)
    return measures


def record_measures(store, clip_id: int, measures: ClipMeasures) -> None:
    """What was measured on the clip, written to the case through `store`."""
    from analyzers.words.captions import TRACK
    from analyzers.words.lines import ON_SCREEN

    store.record_analyses(clip_id, measures.tracks)
    if measures.evidence is not None:
        store.record_clip_evidence(clip_id, measures.evidence)
    if measures.peak is not None:
        store.record_measured(clip_id, {"peak": measures.peak[0], "peak_detector": measures.peak[1]})
    if measures.lines is not None:
        store.replace_words(clip_id, ON_SCREEN, TRACK, measures.lines)
    if measures.badge is not None:
        store.record_measured(clip_id, {"badge": measures.badge[0], "badge_level": measures.badge[1]})


def _no_figure(error: Exception) -> str:
    return translate("Queue analysis", "no clip-level figure: {reason}").format(reason=error_words(error))


def _read_text(clip: dict, reader, measures: ClipMeasures, on_progress: Callable[[float], None], cancelled) -> None:
    """The text on the clip's frames, and its badge with a mark read there."""
    from app.media.clip import open_clip
    from app.provenance.visible_marks import badge_with_marks
    from app.words.marks_found import known_marks
    from app.words.on_screen import marks_on_screen, read_on_screen_text

    opened = open_clip(clip["path"], _CACHE_MB << 20)
    try:
        lines = read_on_screen_text(opened, 1.0, on_progress=on_progress, cancelled=cancelled, reader=reader)
        marks = marks_on_screen(opened.facts, lines, known_marks()[0])
    finally:
        opened.close()
    measures.lines = lines
    if marks:
        measures.badge = badge_with_marks(clip["badge"] or "", clip["badge_level"] or "", marks)


def strongest_peak(tracks: list) -> tuple[float, str] | None:
    """(peak, detector id) of the detector that fires hardest on the clip, or None without scores.

    Detectors score on different scales, some with lower meaning more suspicious, so a raw score of one says
    nothing beside another's. Each track's peak is therefore placed on its detector's lane (the manifest's
    `display.lane_range`, the fixed scale the score lanes draw: 0 at the unsuspicious end, 1 at the suspicious
    end), and "strongest" is the peak that lies furthest beyond its detector's camera band (`output.camera_band`,
    where camera footage usually scores) measured in lane units: a detector whose camera footage already scores
    high on its lane does not win by that. Detectors without a measured band count only when none has one. The
    value kept is the winning peak's place on its lane, 0..1, so the queue sorts clips by it on one scale."""
    best: tuple[tuple[bool, float], float, str] | None = None
    for track in tracks:
        if not track.scores:
            continue
        manifest = track.analyzer.manifest
        low, high = manifest.lane_range
        higher = manifest.output.score_direction == _HIGHER

        def place(score: float, low=low, high=high, higher=higher) -> float:
            share = min(1.0, max(0.0, (score - low) / ((high - low) or 1.0)))
            return share if higher else 1.0 - share

        peak = max(place(score) for score in track.scores)
        band = manifest.camera_band
        beyond = peak - place(band.high if higher else band.low) if band is not None else peak
        rank = (band is not None, beyond)
        if best is None or rank > best[0]:
            best = (rank, peak, manifest.id)
    return (round(best[1], 4), best[2]) if best is not None else None


def _open_detectors(analyzers, provider: str) -> tuple[dict, list[str]]:
    """{analyzer id: detector} for those that open, and why the others did not, once for the whole batch."""
    from analyzers.engine import first_line, open_detector

    opened, unusable = {}, []
    for analyzer in analyzers:
        try:
            opened[analyzer.manifest.id] = open_detector(analyzer.manifest, provider)
        except Exception as error:  # a broken plugin must not stop the built-ins
            unloaded = translate("Queue analysis", "{detector} could not be loaded ({reason})")
            unusable.append(unloaded.format(detector=analyzer.manifest.id, reason=first_line(error, most=200)))
    return opened, unusable
