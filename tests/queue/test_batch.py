"""Batch analysis of the queue on real ONNX sessions (CPU): each clip's runs, clip-level figure and strongest peak
recorded; a clip whose file is gone is listed with the reason; a cancelled batch records nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.registry import discover
from app.queue.batch import analyze_queue
from app.queue.importer import import_clips
from app.queue.measuring import strongest_peak
from app.store.store import Store
from tests.queue.footage import imported_case, write_footage


@pytest.fixture
def queued(tmp_path) -> tuple[Path, list[int]]:
    """A case with two tiny clips imported."""
    small = {"size": (160, 90), "seconds": 2, "fps": 10}
    files = [write_footage(tmp_path / f"clip{seed}.mp4", seed, **small) for seed in (31, 32)]
    return imported_case(tmp_path, files, reviewer="Moderator")


def test_batch_analysis_records_runs_figure_and_peak(queued):
    database, ids = queued
    finished: list[int] = []
    progress: list[float] = []
    summary = analyze_queue(
        database,
        [*ids, 999],
        stride=8,
        provider="cpu",
        on_progress=lambda fraction, _words: progress.append(fraction),
        on_clip=finished.append,
        cancelled=lambda: False,
    )
    assert summary.analysed == 2 and not summary.cancelled
    assert summary.failed == [("clip 999", "There is no clip 999 in case.db.")]
    assert finished == ids
    assert progress == sorted(progress) and progress[-1] == pytest.approx(2 / 3)
    detectors = {analyzer.manifest.id for analyzer in discover().analyzers}
    store = Store.open(database)
    try:
        for row in store.queue_rows(ids):
            runs = store.analyses(row["id"])
            assert {run["analyzer_id"] for run in runs} == detectors
            assert all(run["params"] == {"stride": 8} and run["frames"] for run in runs)
            assert all(frame % 8 == 0 for run in runs for frame in run["frames"])
            assert 0.0 <= row["evidence"] <= 1.0  # the clip-level figure, under the calibration in use
            assert store.clip_evidence(row["id"])["rendition"]
            assert row["peak_detector"] in detectors and 0.0 <= row["peak"] <= 1.0
    finally:
        store.close()


def test_a_cancelled_batch_stops_and_a_missing_file_is_listed(queued):
    database, ids = queued
    stopped = analyze_queue(
        database, ids, on_progress=lambda *_: None, on_clip=lambda _id: None, cancelled=lambda: True
    )
    assert (stopped.analysed, stopped.cancelled) == (0, True)
    store = Store.open(database)
    path = Path(store.clip(ids[0])["path"])
    assert store.analyses(ids[0]) == []
    store.close()
    path.unlink()
    summary = analyze_queue(
        database, ids[:1], stride=50, on_progress=lambda *_: None, on_clip=lambda _id: None, cancelled=lambda: False
    )
    assert summary.analysed == 0
    [(name, reason)] = summary.failed
    assert name == path.name and "does not exist" in reason


def test_the_strongest_peak_is_the_one_furthest_beyond_its_camera_band():
    registry = discover()

    class Track:
        def __init__(self, analyzer_id: str, scores: list[float]) -> None:
            self.analyzer = registry.get(analyzer_id)
            self.scores = scores

    banded = [a for a in registry.analyzers if a.manifest.camera_band is not None]
    assert len(banded) >= 2
    first, second = banded[0].manifest, banded[1].manifest

    def at(manifest, share: float) -> float:
        """A score `share` of the way up the lane, counted from the camera band's suspicious edge."""
        low, high = manifest.lane_range
        higher = manifest.output.score_direction == "higher_is_more_suspicious"
        band = manifest.camera_band
        edge = (band.high - low) / (high - low) if higher else (high - band.low) / (high - low)
        place = edge + share * (1 - edge)
        return low + place * (high - low) if higher else high - place * (high - low)

    tracks = [Track(first.id, [at(first, 0.1)]), Track(second.id, [at(second, 0.6)])]
    assert strongest_peak(tracks)[1] == second.id
    tracks = [Track(first.id, [at(first, 0.9)]), Track(second.id, [at(second, 0.2)])]
    assert strongest_peak(tracks)[1] == first.id
    assert strongest_peak([]) is None


def test_reading_the_text_in_a_batch_badges_a_visible_mark_and_keeps_the_lines(tmp_path):
    """A clip with a burned-in "Sora" mark and an "AI生成" label, analysed with its text read: the Queue's badge
    says the marks and the lines are in the case, as the player would have kept them."""
    from analyzers.words.lines import ON_SCREEN
    from app.media.synth_text import captioned_recipe, write_text_clip

    clip = write_text_clip(tmp_path / "marked.mp4", captioned_recipe(seconds=2.0))
    database = tmp_path / "case.db"
    ids: list[int] = []
    import_clips(
        database,
        [clip],
        reviewer="Moderator",
        thumbnails=tmp_path / "thumbs",
        on_progress=lambda _fraction, _words: None,
        on_clip=lambda clip_id: ids.append(clip_id) if clip_id not in ids else None,
        cancelled=lambda: False,
    )
    summary = analyze_queue(
        database,
        ids,
        stride=10,
        provider="cpu",
        read_text=True,
        on_progress=lambda _fraction, _words: None,
        on_clip=lambda _clip_id: None,
        cancelled=lambda: False,
    )
    assert summary.analysed == 1
    store = Store.open(database)
    try:
        [row] = store.queue_rows(ids)
        assert row["badge"] == "Visible mark: Sora, AI生成" and row["badge_level"] == "strong"
        assert any(line.source == ON_SCREEN and "Sora" in line.text for line in store.words(ids[0]))
    finally:
        store.close()


def test_each_run_names_the_provider_and_the_machine_that_measured_it(queued):
    import platform

    from app.queue.measuring import BatchSettings, Instruments, measure_queued_clip, record_measures

    database, ids = queued
    store = Store.open(database)
    try:
        clip = store.clip(ids[0])
        measures = measure_queued_clip(
            clip,
            Instruments("cpu"),
            BatchSettings(stride=20, provider="cpu"),
            on_progress=lambda *_: None,
            cancelled=lambda: False,
        )
        assert measures.tracks and {(t["provider"], t["machine"]) for t in measures.tracks} == {
            ("CPU", platform.node())
        }
        record_measures(store, ids[0], measures)
        assert {(run["provider"], run["machine"]) for run in store.analyses(ids[0])} == {("CPU", platform.node())}
    finally:
        store.close()
