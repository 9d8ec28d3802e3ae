"""Batch analysis of the queue: for each clip, the whole-clip run of every detector on every Nth frame, its
clip-level figure, and its strongest peak, recorded as `reelcheck analyze --record` and `reelcheck evidence --record`
record them, with each clip's row updated as it finishes.

The detectors are opened once for the batch (an ONNX Runtime session costs more than scoring a short clip) and run
on the same worker thread that opened the store; every write happens there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.analysis.detector_words import error_words
from app.i18n import translate

_CACHE_MB = 128
_HIGHER = "higher_is_more_suspicious"


@dataclass
class BatchSummary:
    analysed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason in words)
    cancelled: bool = False


def analyze_queue(
    database: Path,
    clip_ids: list[int],
    *,
    stride: int = 10,
    provider: str = "auto",
    read_text: bool = False,
    on_progress: Callable[[float, str], None],
    on_clip: Callable[[int], None],
    cancelled: Callable[[], bool],
) -> BatchSummary:
    """Score each clip of `clip_ids` in the case at `database` with every installed detector (every `stride`-th
    frame), measure its clip-level figure under the calibration in use (the shipped one unless the newsroom chose
    its own, as `reelcheck evidence` does), and record its strongest peak; with `read_text`, read the text on its
    frames once a second, keep it, and put a visible generator mark or AI label read there in its badge. A clip
    that cannot be read is listed with the reason and the rest go on; cancelling stops inside a clip, and the clips
    finished stay recorded."""
    from analyzers.evidence.clip_model import CalibrationError
    from analyzers.registry import discover
    from analyzers.run import AnalysisCancelled
    from app.analysis.calibrations import calibration_in_use
    from app.analysis.clip_evidence import NotMeasured, measure_clip, needed_analyzers
    from app.analysis.whole_clip import score_clip
    from app.media.errors import Cancelled, MediaError
    from app.store.store import Store, StoreError

    if stride < 1:
        raise ValueError("the stride must be 1 or more")
    summary = BatchSummary()
    registry = discover()
    opened, unusable = _open_detectors(registry.analyzers, provider)
    analyzers = [a for a in registry.analyzers if a.manifest.id in opened]
    try:
        calibration = calibration_in_use()
        needed = needed_analyzers(calibration, registry)
        figure_problem = ""
    except (CalibrationError, NotMeasured, OSError) as error:
        calibration, needed, figure_problem = None, [], _no_figure(error)
    store = Store.open(database)
    reader = None  # RapidOCR, opened for the first clip that needs it
    detectors, reading = translate("Queue analysis", "detectors"), translate("Queue analysis", "on-screen text")
    try:
        for position, clip_id in enumerate(clip_ids):
            if cancelled():
                summary.cancelled = True
                break
            try:
                clip = store.clip(clip_id)
            except StoreError as error:
                summary.failed.append((translate("Queue analysis", "clip {id}").format(id=clip_id), str(error)))
                continue
            path, name = Path(clip["path"]), clip["file_name"]

            def progress(share: float, what: str, position=position, name=name) -> None:
                step = translate("Queue analysis", "{clip}: {step}").format(clip=name, step=what)
                on_progress((position + min(1.0, share)) / len(clip_ids), step)

            progress(0.0, detectors)
            try:
                tracks, _, _ = score_clip(
                    path,
                    analyzers,
                    provider,
                    stride,
                    _CACHE_MB,
                    lambda done, total: progress((0.5 if read_text else 0.7) * done / max(1, total or 1), detectors),
                    lambda _damaged: None,  # a damaged frame is left out of the runs, as `reelcheck analyze` does
                    cancelled=cancelled,
                    opened=opened,
                )
                # a detector that compares consecutive frames has nothing to say on a clip shorter than the stride
                scored = [t for t in tracks if not t.problem and t.scores]
                store.record_analyses(clip_id, [{**t.as_dict(), "stride": stride} for t in scored])
                problems = [*unusable, *(f"{t.analyzer.manifest.id}: {t.problem}" for t in tracks if t.problem)]
                if calibration is not None:
                    progress(0.7, translate("Queue analysis", "clip-level figure"))
                    try:
                        if any(a.manifest.id not in opened for a in needed):
                            raise NotMeasured(
                                translate("Queue analysis", "a detector the calibration needs could not be loaded")
                            )
                        measured = measure_clip(
                            path, clip["sha256"], calibration, registry, cancelled=cancelled, opened=opened
                        )
                        store.record_clip_evidence(clip_id, measured.as_record())
                    except NotMeasured as error:
                        problems.append(_no_figure(error))
                elif figure_problem:
                    problems.append(figure_problem)
                peak = strongest_peak(scored)
                if peak is not None:
                    store.record_measured(clip_id, {"peak": peak[0], "peak_detector": peak[1]})
                if read_text:
                    progress(0.8, reading)
                    reader = reader or _text_reader(provider)
                    _read_text(store, clip, reader, lambda f: progress(0.8 + 0.2 * f, reading), cancelled)
            except (AnalysisCancelled, Cancelled):
                summary.cancelled = True
                break
            except (MediaError, OSError, StoreError) as error:
                summary.failed.append((name, str(error)))
                continue
            if problems:  # the clip is analysed, partly: what is missing is said
                summary.failed.append((name, translate("Queue analysis", "; ").join(problems)))
            summary.analysed += 1
            on_clip(clip_id)
            progress(1.0, translate("Queue analysis", "done"))
    finally:
        store.close()
    return summary


def _no_figure(error: Exception) -> str:
    return translate("Queue analysis", "no clip-level figure: {reason}").format(reason=error_words(error))


def _text_reader(provider: str):
    from analyzers.words.ocr import ReaderUnavailable, TextReader
    from app.media.errors import MediaError

    try:
        return TextReader(provider)
    except ReaderUnavailable as error:
        raise MediaError(error_words(error)) from None


def _read_text(store, clip: dict, reader, on_progress: Callable[[float], None], cancelled) -> None:
    """The text on the clip's frames kept in the case, and a mark read there put in its badge."""
    from analyzers.words.captions import TRACK
    from analyzers.words.lines import ON_SCREEN
    from app.media.clip import open_clip
    from app.provenance.visible_marks import badge_with_marks
    from app.words.marks_found import known_marks
    from app.words.on_screen import marks_on_screen, read_on_screen_text

    opened = open_clip(clip["path"], _CACHE_MB << 20)
    try:
        lines = read_on_screen_text(opened, 1.0, on_progress=on_progress, cancelled=cancelled, reader=reader)
        store.replace_words(clip["id"], ON_SCREEN, TRACK, lines)
        marks = marks_on_screen(opened.facts, lines, known_marks()[0])
    finally:
        opened.close()
    if marks:
        words, level = badge_with_marks(clip["badge"] or "", clip["badge_level"] or "", marks)
        store.record_measured(clip["id"], {"badge": words, "badge_level": level})


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
