"""File > Open recent: every clip opened is listed, those opened while the detectors are still loading included
(the detectors were read half-loaded then, and the opening stopped before the clip was remembered)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings

from app.ui import overlays as overlays_module
from app.ui.main_window import MainWindow
from app.ui.overlays import LiveOverlays
from app.ui.player import PlayerController
from app.ui.tasks import Jobs

pytestmark = pytest.mark.gui


def test_clips_opened_while_the_detectors_load_are_remembered(qtbot, make_clip, monkeypatch):
    real_open = overlays_module.open_detector

    def slow_open(manifest, provider):  # a slow disk or a large model: loading takes a while
        time.sleep(0.15)
        return real_open(manifest, provider)

    monkeypatch.setattr(overlays_module, "open_detector", slow_open)
    jobs = Jobs()
    window = MainWindow(QSettings(), jobs)
    qtbot.addWidget(window)
    overlays = LiveOverlays(jobs)
    window.attach_player(PlayerController(jobs), overlays)
    seen: set[int] = set()
    loaded = []
    overlays.loaded.connect(lambda items, note: loaded.append(len(items)))
    try:
        names = ["h264", "mjpeg", "vp9"]
        for name in names:
            with qtbot.waitSignal(window.player.opened, timeout=10000):
                window.open_paths([str(make_clip(name))])
            seen.add(len(overlays.analyzers()))
        qtbot.waitUntil(lambda: bool(loaded), timeout=30000)
        assert seen <= {0, loaded[0]}, "the detectors were seen half-loaded"
        assert window.recent.paths() == [str(make_clip(n)) for n in reversed(names)]
    finally:
        window.player.close()
        overlays.close()
        jobs.cancel_all()
        assert jobs.wait(10000)
