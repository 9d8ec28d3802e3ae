"""The clip on screen: the picture the frame view and the heatmap view beside it share, which frame it exactly is,
what each view says it shows side by side, the picture while scrubbing, and the pixel under the cursor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QHBoxLayout, QStatusBar, QVBoxLayout, QWidget

from app.i18n import translate

if TYPE_CHECKING:  # annotations: the player and its views load the media and detector engines after the first paint
    from app.ui.detector_view import DetectorOverlays
    from app.ui.forensic_view import ForensicView
    from app.ui.overlays import LiveOverlays
    from app.ui.player import PlayerController
    from app.ui.status_readout import StatusReadout
    from widgets.detector_panel import DetectorPanel
    from widgets.frame_view import FrameView
    from widgets.timeline import Timeline

SIDE_BY_SIDE_KEY = "view/detectors_side_by_side"


def player_page(badge: QWidget, views: tuple[FrameView, FrameView], timeline: Timeline) -> QWidget:
    """The Player page: `badge` above the frame and its heatmap view, side by side, and the timeline under them."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(badge)
    side_by_side = QHBoxLayout()
    side_by_side.setSpacing(2)
    for view in views:
        side_by_side.addWidget(view, 1)
    layout.addLayout(side_by_side, 1)
    layout.addWidget(timeline)
    return page


class ClipOnScreen:
    def __init__(
        self,
        views: tuple[FrameView, FrameView],
        readout: StatusReadout,
        *,
        side_by_side: QAction,
        detector_panel: DetectorPanel,
        timeline: Timeline,
        status_bar: QStatusBar,
        settings: QSettings,
    ) -> None:
        self.view, self.heatmap_view = views  # the frame, and the one beside it that shows the heatmaps
        self._readout = readout
        self._side_by_side = side_by_side
        self._detector_panel = detector_panel
        self._timeline = timeline
        self._status_bar = status_bar
        self._settings = settings
        self.exact_frame: int | None = None  # the frame number when the picture is that exact frame
        self.frame_pixels = None  # the BGRA array behind the picture on screen
        self._frame_size = QSize()
        self._player: PlayerController | None = None  # these, once the media engine has loaded
        self._overlays: LiveOverlays | None = None
        self._detectors: DetectorOverlays | None = None
        self._forensic: ForensicView | None = None
        self.view.zoom_changed.connect(lambda scale, fitted: readout.show_zoom(scale, fitted))
        for view in views:
            view.pixel_hovered.connect(self._show_pixel)

    def attach(
        self, player: PlayerController, overlays: LiveOverlays, detectors: DetectorOverlays, forensic: ForensicView
    ) -> None:
        """The player's pictures on screen, with the detectors' heatmaps and the forensic filter over them."""
        self._player, self._overlays, self._detectors, self._forensic = player, overlays, detectors, forensic
        overlays.earlier_frame = self._decoded_frame
        forensic.chosen.connect(lambda _name: self.show_captions())
        self._detector_panel.toggled.connect(lambda *_toggle: self.show_captions())
        player.picture.connect(self.show_picture)
        player.shown.connect(self._on_shown)
        player.frame_failed.connect(self._on_frame_failed)
        self._timeline.scrubbed.connect(self._on_scrubbed)

    def _decoded_frame(self, number: int):
        """Frame `number` as BGRA if the decoder has it already, else None (never decodes): for detectors that
        compare the frame on screen with the one before it. Asked from the overlay worker's thread."""
        clip = self._player.clip
        frame = clip.cached_frame(number, "bgra") if clip is not None and 0 <= number < clip.frame_count else None
        return frame.image if frame is not None else None

    def show_picture(self, image: QImage, keep_alive: object, size: QSize) -> None:
        self._frame_size = size
        self.frame_pixels = keep_alive
        self.show_image(image, keep_alive, size)

    def show_image(self, image: QImage | None, keep_alive: object = None, size: QSize | None = None) -> None:
        # Both views share the one decoded picture, shown or not: switching to side by side shows it at once.
        self.view.set_image(image, keep_alive, size)
        self.heatmap_view.set_image(image, keep_alive, size)

    def set_side_by_side(self, on: bool) -> None:
        """Detector heatmaps over the frame, or beside it in a second view that zooms and pans with the first."""
        self.heatmap_view.setVisible(on)
        self._side_by_side.setChecked(on)
        self.show_captions()
        self._detector_panel.set_side_by_side(on)
        if self._detectors is not None:
            self._detectors.paint_on(self.heatmaps_view())
        self._settings.setValue(SIDE_BY_SIDE_KEY, on)

    def show_captions(self) -> None:
        """Side by side, each view names what it shows: on the left the frame as decoded or through the forensic
        filter that is on (drawn there only), on the right the frame as decoded with the heatmaps of the detectors
        that are on."""
        on = self._side_by_side.isChecked()
        seen_through = self._forensic.name if self._forensic is not None else ""
        detecting = self._detectors is not None and bool(self._overlays.enabled)
        if not on:
            self.view.caption = ""
        elif seen_through:
            self.view.caption = translate("Player", "{filter}, without heatmaps").format(filter=seen_through)
        else:
            self.view.caption = translate("Player", "As decoded, without heatmaps")
        if not on:
            self.heatmap_view.caption = ""
        elif detecting:
            self.heatmap_view.caption = translate("Player", "As decoded, with detector heatmaps")
        else:
            self.heatmap_view.caption = translate("Player", "No detector is on: turn one on in the Detectors panel")
        self.view.update()
        self.heatmap_view.update()

    def heatmaps_view(self) -> FrameView:
        return self.heatmap_view if self._side_by_side.isChecked() else self.view

    def _on_shown(self, shown) -> None:
        player = self._player
        self.exact_frame = shown.number if shown.exact else None
        if shown.exact and self.frame_pixels is not None:
            self._detectors.frame_shown(shown.number, self.frame_pixels, player.playing)
            self._forensic.frame_shown(shown.number, self.frame_pixels, player.playing)
        self._readout.show_frame(shown, player.clip.frame_count if player and player.clip else 0)
        if not self._timeline.dragging:
            self._timeline.set_position(shown.number)

    def _on_frame_failed(self, reason: str) -> None:
        self.exact_frame = None  # the picture left on screen is not the frame the reviewer is on
        self._status_bar.showMessage(reason, 8000)

    def _on_scrubbed(self, n: int) -> None:
        self.exact_frame = None
        found = self._timeline.thumbnail_before(n)
        if found is not None and self._player.clip is not None and n not in self._player.clip.cache:
            self.show_image(found[1], None, self._frame_size)
        self._readout.show_scrub(n)
        self._player.scrub(n)

    def _show_pixel(self, x: int, y: int) -> None:
        self._readout.show_pixel(self.view.image(), self._frame_size, x, y)
