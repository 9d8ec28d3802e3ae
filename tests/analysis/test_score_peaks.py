"""Peaks of a score track: where the detectors fire, for the next/previous peak keys."""

from __future__ import annotations

from app.analysis.peaks import next_peak, peak_frames


def test_peaks_stand_out_and_close_ones_merge():
    frames = list(range(0, 60, 2))
    values = [0.1] * 30
    values[5], values[6] = 0.8, 0.7  # frames 10 and 12: one event
    values[20] = 0.9  # frame 40
    assert peak_frames(frames, values) == [10, 40]


def test_a_flat_or_short_track_has_no_peaks():
    assert peak_frames(list(range(10)), [0.3] * 10) == []
    assert peak_frames([0, 1], [0.1, 0.9]) == []


def test_next_and_previous_peak():
    peaks = [10, 40, 90]
    assert next_peak(peaks, 10, 1) == 40
    assert next_peak(peaks, 10, -1) is None
    assert next_peak(peaks, 60, -1) == 40
    assert next_peak(peaks, 95, 1) is None
