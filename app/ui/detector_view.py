"""Joins the Detectors panel, the live overlay worker and the frame view: toggles become layers, heatmaps for
the frame on screen are painted over it at the chosen opacity, in the frame view or in the one beside it. The
detectors switched on are remembered for the next start."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSettings
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStatusBar

from analyzers.colour import cell_size
from app.ui.overlays import Heatmap, LiveOverlays
from widgets.detector_panel import DetectorItem, DetectorPanel
from widgets.frame_view import FrameView

SWITCHED_ON_KEY = "view/detectors_on"


def switched_on(settings: QSettings | None) -> list[str]:
    """The detectors the reviewer had switched on when last here."""
    value = settings.value(SWITCHED_ON_KEY, []) if settings is not None else []
    return [value] if isinstance(value, str) else [str(v) for v in value or []]


class DetectorOverlays:
    def __init__(
        self,
        view: FrameView,
        panel: DetectorPanel,
        overlays: LiveOverlays,
        status: QStatusBar,
        settings: QSettings | None = None,
    ) -> None:
        self._view, self._panel, self._overlays, self._status = view, panel, overlays, status
        self._settings = settings
        self._heatmaps: dict[str, Heatmap] = {}
        self._opacity: dict[str, float] = {}
        self._frame: tuple[int, np.ndarray] | None = None  # the exact frame on screen
        overlays.loaded.connect(self._on_loaded)
        overlays.ready.connect(self._on_ready)
        overlays.cannot_draw.connect(self._on_cannot_draw)
        panel.toggled.connect(self._on_toggled)
        panel.opacity_changed.connect(self._on_opacity)
        view.add_layer("detectors", self._paint)

    def frame_shown(self, number: int, bgra: np.ndarray, playing: bool) -> None:
        """A new exact frame is on screen: analyse it. Paused, heatmaps of other frames go at once; playing,
        they stay until the new ones arrive, so that overlays do not flicker."""
        self._frame = (number, bgra)
        if not playing:
            self._heatmaps = {k: h for k, h in self._heatmaps.items() if h.frame == number}
            self._view.update()
        self._overlays.submit(number, bgra)

    def paint_on(self, view: FrameView) -> None:
        """Paint the heatmaps in `view` from now on (the frame view, or the view beside it), and nowhere else."""
        self._view.remove_layer("detectors")
        self._view = view
        view.add_layer("detectors", self._paint)

    def clear(self) -> None:
        self._frame = None
        self._heatmaps.clear()
        self._view.update()

    def _on_loaded(self, items: list[DetectorItem], note: str) -> None:
        self._opacity = {item.id: item.opacity for item in items}
        self._panel.set_detectors(items, note)
        self._status.showMessage(note, 8000)
        for analyzer_id in switched_on(self._settings):
            if analyzer_id in self._panel.toggles:  # a plugin removed since is simply not there
                self._panel.toggles[analyzer_id].setChecked(True)

    def _on_cannot_draw(self, analyzer_id: str, reason: str) -> None:
        self._heatmaps.pop(analyzer_id, None)
        self._view.update()
        toggle = self._panel.toggles.get(analyzer_id)
        name = toggle.text() if toggle is not None else analyzer_id
        self._status.showMessage(f"{name} draws nothing on this frame: {reason}.", 8000)

    def _on_toggled(self, analyzer_id: str, on: bool) -> None:
        self._overlays.set_enabled(analyzer_id, on)
        if self._settings is not None:
            self._settings.setValue(SWITCHED_ON_KEY, sorted(self._overlays.enabled))
        if not on:
            self._heatmaps.pop(analyzer_id, None)
            self._view.update()
        elif self._frame is not None:
            self._overlays.submit(*self._frame)

    def _on_opacity(self, analyzer_id: str, opacity: float) -> None:
        self._opacity[analyzer_id] = opacity
        self._view.update()

    def _on_ready(self, heatmap: Heatmap) -> None:
        if heatmap.analyzer_id in self._overlays.enabled and self._frame is not None:
            self._heatmaps[heatmap.analyzer_id] = heatmap
            self._view.update()

    def _paint(self, painter: QPainter, bounds: QRectF) -> None:
        for analyzer_id, heatmap in sorted(self._heatmaps.items()):
            painter.setOpacity(self._opacity.get(analyzer_id, 0.5))
            cells = heatmap.image.size()
            cell = cell_size(int(bounds.width()), cells.width())
            covered = QRectF(0, 0, cells.width() * cell, cells.height() * cell)
            painter.drawImage(covered, heatmap.image)
