"""Joins the Detectors panel, the live overlay worker and the frame view: toggles become layers, heatmaps for
the frame on screen are painted over it at the chosen opacity, in the frame view or in the one beside it. With
several detectors on, the overlay shows one of them at a time (D cycles), or per cell the one most above where
camera footage usually lies, in its lane colour (M switches); a legend on the frame names what is shown. The
detectors switched on, the mode and the detector shown are remembered for the next start."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSettings
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import QStatusBar

from analyzers.colour import cell_size
from app.i18n import translate
from app.ui.overlays import Heatmap, LiveOverlays, strongest_per_cell
from widgets.detector_panel import OVERLAY_MODES, DetectorItem, DetectorPanel
from widgets.frame_view import FrameView, LegendEntry

SWITCHED_ON_KEY = "view/detectors_on"
MODE_KEY = "view/overlay_mode"
SHOWN_KEY = "view/overlay_shown"  # the detector shown when one is shown at a time
ONE, STRONGEST = OVERLAY_MODES


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
        mode_action: QAction | None = None,
    ) -> None:
        self._view, self._panel, self._overlays, self._status = view, panel, overlays, status
        self._settings = settings
        self._mode_action = mode_action  # checked: strongest per pixel
        self._heatmaps: dict[str, Heatmap] = {}
        self._items: dict[str, DetectorItem] = {}
        self._opacity: dict[str, float] = {}
        self._frame: tuple[int, np.ndarray] | None = None  # the exact frame on screen
        self._composite: tuple[tuple[int, int], QImage, int] | None = None  # for a frame size: picture, cell size
        mode = str(settings.value(MODE_KEY, ONE)) if settings is not None else ONE
        self._mode = mode if mode in OVERLAY_MODES else ONE
        self._shown = str(settings.value(SHOWN_KEY, "")) if settings is not None else ""
        overlays.loaded.connect(self._on_loaded)
        overlays.ready.connect(self._on_ready)
        overlays.cannot_draw.connect(self._on_cannot_draw)
        panel.toggled.connect(self._on_toggled)
        panel.opacity_changed.connect(self._on_opacity)
        panel.overlay_mode_changed.connect(self.set_mode)
        self.set_mode(self._mode)
        view.add_layer("detectors", self._paint)

    # --- what is shown ---------------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """ONE: the chosen detector's heatmap; STRONGEST: per cell the detector most above its camera band."""
        self._mode = mode if mode in OVERLAY_MODES else ONE
        self._panel.set_overlay_mode(self._mode)
        if self._mode_action is not None:
            self._mode_action.setChecked(self._mode == STRONGEST)
        if self._settings is not None:
            self._settings.setValue(MODE_KEY, self._mode)
        self._refresh()

    def shown(self) -> list[str]:
        """The detectors whose heatmaps the overlay shows now."""
        on = sorted(self._overlays.enabled)
        if self._mode == STRONGEST or not on:
            return on
        return [self._shown if self._shown in on else on[0]]

    def show_next(self, step: int = 1) -> None:
        """One detector at a time, the next one switched on (from "strongest per pixel": the first)."""
        on = sorted(self._overlays.enabled)
        if not on:
            self._status.showMessage(
                translate("Detector overlays", "No detector is on: turn one on in the Detectors panel."), 4000
            )
            return
        if self._mode == ONE:
            current = self.shown()[0]
            self._choose(on[(on.index(current) + step) % len(on)])
        else:
            self._choose(self.shown()[0])
        self.set_mode(ONE)
        name = self._name(self._shown)
        words = translate("Detector overlays", "Overlay: {detector} ({number} of {count}; D: next)")
        self._status.showMessage(words.format(detector=name, number=on.index(self._shown) + 1, count=len(on)), 4000)

    def _choose(self, analyzer_id: str) -> None:
        self._shown = analyzer_id
        if self._settings is not None:
            self._settings.setValue(SHOWN_KEY, analyzer_id)

    def _name(self, analyzer_id: str) -> str:
        item = self._items.get(analyzer_id)
        return item.name if item is not None else analyzer_id

    # --- frames ----------------------------------------------------------------------------------------------
    def frame_shown(self, number: int, bgra: np.ndarray, playing: bool) -> None:
        """A new exact frame is on screen: analyse it. Paused, heatmaps of other frames go at once; playing,
        they stay until the new ones arrive, so that overlays do not flicker."""
        self._frame = (number, bgra)
        if not playing:
            self._heatmaps = {k: h for k, h in self._heatmaps.items() if h.frame == number}
            self._refresh()
        self._overlays.submit(number, bgra)

    def paint_on(self, view: FrameView) -> None:
        """Paint the heatmaps in `view` from now on (the frame view, or the view beside it), and nowhere else."""
        self._view.remove_layer("detectors")
        self._view.set_legend("", [])
        self._view = view
        view.add_layer("detectors", self._paint)
        self._refresh()

    def clear(self) -> None:
        self._frame = None
        self._heatmaps.clear()
        self._refresh()

    # --- the panel and the worker ----------------------------------------------------------------------------
    def _on_loaded(self, items: list[DetectorItem], note: str) -> None:
        self._items = {item.id: item for item in items}
        self._opacity = {item.id: item.opacity for item in items}
        self._panel.set_detectors(items, note)
        self._status.showMessage(note, 8000)
        shown = self._shown
        for analyzer_id in switched_on(self._settings):
            if analyzer_id in self._panel.toggles:  # a plugin removed since is simply not there
                self._panel.toggles[analyzer_id].setChecked(True)
        self._choose(shown)  # turning them on again does not change which one was shown

    def _on_cannot_draw(self, analyzer_id: str, reason: str) -> None:
        self._heatmaps.pop(analyzer_id, None)
        self._refresh()
        words = translate("Detector overlays", "{detector} draws nothing on this frame: {reason}.")
        self._status.showMessage(words.format(detector=self._name(analyzer_id), reason=reason), 8000)

    def _on_toggled(self, analyzer_id: str, on: bool) -> None:
        self._overlays.set_enabled(analyzer_id, on)
        if self._settings is not None:
            self._settings.setValue(SWITCHED_ON_KEY, sorted(self._overlays.enabled))
        if on:
            self._choose(analyzer_id)  # the detector just turned on is the one the reviewer wants to see
            if self._frame is not None:
                self._overlays.submit(*self._frame)
        else:
            self._heatmaps.pop(analyzer_id, None)
        self._refresh()

    def _on_opacity(self, analyzer_id: str, opacity: float) -> None:
        self._opacity[analyzer_id] = opacity
        self._refresh()

    def _on_ready(self, heatmap: Heatmap) -> None:
        if heatmap.analyzer_id in self._overlays.enabled and self._frame is not None:
            self._heatmaps[heatmap.analyzer_id] = heatmap
            self._refresh()

    # --- painting --------------------------------------------------------------------------------------------
    def _refresh(self) -> None:
        """Something shown changed (heatmaps, detectors, opacity, mode): the legend and the picture follow."""
        self._composite = None
        self._view.set_legend(*self._legend())
        self._view.update()

    def _legend(self) -> tuple[str, list[LegendEntry]]:
        drawn = [i for i in self.shown() if i in self._heatmaps and i in self._items]
        if not drawn:
            return "", []
        if self._mode == ONE:
            item = self._items[drawn[0]]
            on = sorted(self._overlays.enabled)
            scale = translate("Detector overlays", "{detector}: {low} to {high}").format(
                detector=item.name, low=f"{item.low:g}", high=f"{item.high:g}"
            )
            if len(on) > 1:
                title = translate(
                    "Detector overlays", "One at a time ({number} of {count}, D: next · M: strongest per pixel)"
                )
                title = title.format(number=on.index(item.id) + 1, count=len(on))
            else:
                title = translate("Detector overlays", "One at a time (M: strongest per pixel)")
            return title, [LegendEntry(item.colours, scale)]
        entries = [LegendEntry((self._items[i].lane_colour,), self._strongest_words(i)) for i in drawn]
        title = translate(
            "Detector overlays", "Strongest above camera footage's band (opaque: far above; M: one at a time)"
        )
        return title, entries

    def _strongest_words(self, analyzer_id: str) -> str:
        """A detector in the strongest-per-pixel legend, with what its strength is measured from."""
        item = self._items[analyzer_id]
        if not item.camera_band:  # then its strength counts from the low end of its heatmap
            return translate("Detector overlays", "{detector} · no camera band measured").format(detector=item.name)
        if self._heatmaps[analyzer_id].strength.max() > 0:
            return item.name
        return translate("Detector overlays", "{detector} · nowhere above its band").format(detector=item.name)

    def _paint(self, painter: QPainter, bounds: QRectF) -> None:
        if self._mode == STRONGEST:
            composite = self._strongest(bounds)
            if composite is not None:
                image, cell = composite
                painter.drawImage(QRectF(0, 0, image.width() * cell, image.height() * cell), image)
            return
        for analyzer_id in self.shown():
            heatmap = self._heatmaps.get(analyzer_id)
            if heatmap is None:
                continue
            painter.setOpacity(self._opacity.get(analyzer_id, 0.5))
            cells = heatmap.image.size()
            cell = cell_size(int(bounds.width()), cells.width())
            painter.drawImage(QRectF(0, 0, cells.width() * cell, cells.height() * cell), heatmap.image)

    def _strongest(self, bounds: QRectF) -> tuple[QImage, int] | None:
        """The composite of the heatmaps on screen, made once for each change (_refresh) and frame size."""
        drawn = [i for i in self.shown() if i in self._heatmaps and i in self._items]
        if not drawn:
            return None
        width, height = int(bounds.width()), int(bounds.height())
        key = (width, height)
        if self._composite is None or self._composite[0] != key:
            layers = []
            for i in drawn:
                heatmap, colour = self._heatmaps[i], self._items[i].lane_colour
                cell = cell_size(width, heatmap.strength.shape[1])
                rgb = (colour.red(), colour.green(), colour.blue())
                layers.append((heatmap.strength, cell, rgb, self._opacity.get(i, 0.5)))
            bgra, cell, _ = strongest_per_cell(layers, width, height)
            image = QImage(bgra.data, bgra.shape[1], bgra.shape[0], bgra.strides[0], QImage.Format.Format_ARGB32)
            self._composite = (key, image.copy(), cell)
        return self._composite[1], self._composite[2]
