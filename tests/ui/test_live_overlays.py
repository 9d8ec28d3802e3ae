"""Live overlays: a detector that cannot draw on a frame (too small for it, or failing) is named once, and the
detectors after it still draw; one that cannot even be opened leaves the others loaded."""

from __future__ import annotations

import numpy as np
import pytest

from app.ui import overlays as overlays_module
from app.ui.overlays import LiveOverlays
from app.ui.tasks import Jobs

pytestmark = pytest.mark.gui

_SINGLE_FRAME = ("noise_level", "npr_residual", "spectral_periodicity")  # each needs only the frame on screen


def _loaded(qtbot, jobs: Jobs) -> tuple[LiveOverlays, str]:
    overlays = LiveOverlays(jobs)
    with qtbot.waitSignal(overlays.loaded, timeout=60000) as loaded:
        pass
    return overlays, loaded.args[1]


def _close(overlays: LiveOverlays, jobs: Jobs) -> None:
    overlays.close()
    jobs.cancel_all()
    assert jobs.wait(10000)


def test_frames_too_small_are_said_for_every_detector_and_a_large_frame_still_draws(qtbot):
    jobs = Jobs()
    overlays, _ = _loaded(qtbot, jobs)
    said: list[tuple[str, str]] = []
    drawn: list[str] = []
    overlays.cannot_draw.connect(lambda analyzer_id, reason: said.append((analyzer_id, reason)))
    overlays.ready.connect(lambda heatmap: drawn.append(heatmap.analyzer_id))
    try:
        for analyzer_id in _SINGLE_FRAME:
            overlays.set_enabled(analyzer_id, True)
        tiny = np.full((8, 8, 4), 128, np.uint8)
        overlays.submit(0, tiny)
        qtbot.waitUntil(lambda: len(said) == len(_SINGLE_FRAME), timeout=20000)
        assert sorted(analyzer_id for analyzer_id, _ in said) == sorted(_SINGLE_FRAME)
        assert all("8x8" in reason for _, reason in said), said
        overlays.submit(1, tiny)  # the same reason again is not said again
        rng = np.random.default_rng(3)
        overlays.submit(2, rng.integers(0, 255, (96, 128, 4), dtype=np.uint8))
        qtbot.waitUntil(lambda: sorted(drawn) == sorted(_SINGLE_FRAME), timeout=20000)
        assert len(said) == len(_SINGLE_FRAME)
    finally:
        _close(overlays, jobs)


def test_a_detector_that_cannot_be_opened_leaves_the_others(qtbot, monkeypatch):
    real_open = overlays_module.open_detector

    def open_all_but_noise(manifest, provider):
        if manifest.id == "noise_level":
            raise RuntimeError("the model file is damaged")
        return real_open(manifest, provider)

    monkeypatch.setattr(overlays_module, "open_detector", open_all_but_noise)
    jobs = Jobs()
    overlays, note = _loaded(qtbot, jobs)
    try:
        ids = {analyzer.manifest.id for analyzer in overlays.analyzers()}
        assert "noise_level" not in ids and {"npr_residual", "spectral_periodicity"} <= ids
        assert "could not be opened" in note
    finally:
        _close(overlays, jobs)
