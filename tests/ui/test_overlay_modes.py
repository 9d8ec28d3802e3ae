"""Overlays with several detectors on: one at a time (D cycles), or per cell the detector most above ITS camera
band in its lane colour, strength as opacity; a legend on the frame names what is shown; M and the View menu switch,
and the choice is remembered. Pixels are read back from the frame view as painted."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QObject, QPointF, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStatusBar

from analyzers.manifest import CameraBand
from analyzers.registry import discover
from app.ui.detector_view import ONE, STRONGEST, DetectorOverlays
from app.ui.overlays import Heatmap, colour_heatmap, detector_item, strength_above_band, strongest_per_cell
from app.ui.score_lanes import lane_colours
from tests.ui import test_player_window as player_tests
from widgets.detector_panel import DetectorPanel
from widgets.frame_view import FrameView

pytestmark = pytest.mark.gui

WIDTH, HEIGHT = 256, 128
NOISE, NPR = "noise_level", "npr_residual"  # lane colours: orange, blue


class StubWorker(QObject):
    """The live overlay worker's signals and switches, without detectors: the test hands it heatmaps."""

    loaded = Signal(list, str)
    ready = Signal(object)
    cannot_draw = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.enabled: set[str] = set()

    def set_enabled(self, analyzer_id: str, on: bool) -> None:
        (self.enabled.add if on else self.enabled.discard)(analyzer_id)

    def submit(self, frame: int, bgra: np.ndarray) -> None:
        pass


def _analyzers(noise_band: CameraBand | None):
    registry = discover()
    noise, npr = registry.get(NOISE), registry.get(NPR)
    noise = dataclasses.replace(noise, manifest=dataclasses.replace(noise.manifest, camera_band=noise_band))
    npr = dataclasses.replace(npr, manifest=dataclasses.replace(npr.manifest, camera_band=None))  # none measured
    return {NOISE: noise, NPR: npr}


def _heatmap(analyzer, values: np.ndarray) -> Heatmap:
    low, high = analyzer.manifest.output.heatmap_range
    image = colour_heatmap(values, low, high, analyzer.manifest.colour_map)
    return Heatmap(analyzer.manifest.id, 0, image, float(values.mean()), strength_above_band(values, analyzer.manifest))


@pytest.fixture
def shown(qtbot):
    """A frame view over a grey frame with two detectors on: noise_level fires at 0.9 on the left half (its band
    ends at 0.5: strength 0.8) and weakly (0.55: strength 0.1) on the right; npr_residual, with no band measured,
    fires at 0.6 on the right half (strength 0.6) in cells half as big."""
    analyzers = _analyzers(CameraBand(0.0, 0.5, "a test band"))
    view, panel, worker, status = FrameView(), DetectorPanel(), StubWorker(), QStatusBar()
    for widget in (view, panel, status):
        qtbot.addWidget(widget)
    grey = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    grey.fill(QColor(128, 128, 128))
    view.set_image(grey)
    view.resize(WIDTH + 16, HEIGHT + 16)  # fitted: one frame pixel per screen pixel
    view.show()
    overlays = DetectorOverlays(view, panel, worker, status)
    colours = lane_colours(analyzers)
    worker.loaded.emit([detector_item(a, colours[i]) for i, a in analyzers.items()], "test")
    for analyzer_id in (NPR, NOISE):
        panel.toggles[analyzer_id].setChecked(True)
        panel.sliders[analyzer_id].setValue(100)
    overlays.frame_shown(0, np.zeros((HEIGHT, WIDTH, 4), np.uint8), playing=False)
    noise = np.full((HEIGHT // 16, WIDTH // 16), 0.55, np.float32)
    noise[:, : WIDTH // 32] = 0.9
    npr = np.zeros((HEIGHT // 8, WIDTH // 8), np.float32)
    npr[:, WIDTH // 16 :] = 0.6
    worker.ready.emit(_heatmap(analyzers[NOISE], noise))
    worker.ready.emit(_heatmap(analyzers[NPR], npr))
    return view, panel, overlays, status


def _pixel(view: FrameView, x: float, y: float) -> QColor:
    """The colour painted on screen at frame pixel (x, y)."""
    rect = view.image_rect()
    scale = rect.width() / WIDTH
    return QColor(view.grab().toImage().pixel((rect.topLeft() + QPointF(x, y) * scale).toPoint()))


def _orange(c: QColor) -> bool:
    return c.red() > c.blue() + 60


def _blue(c: QColor) -> bool:
    return c.blue() > c.red() + 40


def _grey(c: QColor) -> bool:
    return max(abs(c.red() - 128), abs(c.green() - 128), abs(c.blue() - 128)) < 12


def test_strength_starts_at_the_top_of_the_camera_band_when_the_heatmap_is_in_the_score_units():
    analyzers = _analyzers(CameraBand(0.0, 0.5, "a test band"))
    values = np.array([[0.2, 0.5, 0.75, 1.0]], np.float32)
    assert strength_above_band(values, analyzers[NOISE].manifest) == pytest.approx(np.array([[0, 0, 0.5, 1.0]]))
    assert strength_above_band(values, analyzers[NPR].manifest) == pytest.approx(
        np.array([[0.2, 0.5, 0.75, 1.0]])
    )  # no band


def test_strongest_per_cell_meets_on_the_finest_grid():
    coarse = np.array([[0.8, 0.1]], np.float32)  # cells of 16 px over a 32 x 16 frame
    fine = np.array([[0.0, 0.0, 0.6, 0.6], [0.0, 0.0, 0.05, 0.6]], np.float32)  # cells of 8 px
    picture, cell, winner = strongest_per_cell([(coarse, 16, (255, 0, 0), 1.0), (fine, 8, (0, 0, 255), 0.5)], 32, 16)
    assert cell == 8 and picture.shape == (2, 4, 4)
    assert winner.tolist() == [[0, 0, 1, 1], [0, 0, 0, 1]]
    assert picture[0, 0].tolist() == [0, 0, 255, 204]  # BGRA: red, 0.8 opaque
    assert picture[0, 3].tolist() == [255, 0, 0, 76]  # blue, 0.6 x its opacity of 0.5
    empty, _, nobody = strongest_per_cell([(np.zeros((1, 2), np.float32), 16, (255, 0, 0), 1.0)], 32, 16)
    assert nobody.tolist() == [[-1, -1]] and empty[..., 3].max() == 0


def test_one_at_a_time_shows_the_chosen_detector_and_d_cycles(qtbot, shown):
    view, panel, overlays, status = shown
    assert overlays.mode == ONE and panel.modes["one"].isChecked()
    assert "camera footage usually scores 0-0.5 here: a test band" in panel.toggles[NOISE].toolTip()
    assert "no band was measured for this detector" in panel.toggles[NPR].toolTip()
    assert overlays.shown() == [NOISE]  # the one turned on last
    left, right = _pixel(view, 30, 60), _pixel(view, 200, 60)
    assert not _grey(left) and not _grey(right)  # noise_level's own colour map, wherever it has a value
    title, entries = view.legend
    assert title.startswith("One at a time (1 of 2, D: next") and [e.text for e in entries] == [
        "Smoother than the rest of the frame (noise level): 0 to 1"
    ]
    assert len(entries[0].colours) > 2  # its colour scale, not a swatch
    overlays.show_next()
    assert overlays.shown() == [NPR] and "npr_residual" not in status.currentMessage()
    assert "(2 of 2; D: next)" in status.currentMessage()
    assert _grey(_pixel(view, 30, 60)) and not _grey(_pixel(view, 200, 60))  # npr fires on the right only
    overlays.show_next()
    assert overlays.shown() == [NOISE]


def test_strongest_per_pixel_colours_each_cell_by_the_detector_most_above_its_band(qtbot, shown):
    view, panel, overlays, _ = shown
    qtbot.mouseClick(panel.modes["strongest"], Qt.MouseButton.LeftButton)
    assert overlays.mode == STRONGEST and overlays.shown() == [NOISE, NPR]
    left, right = _pixel(view, 30, 60), _pixel(view, 200, 60)
    assert _orange(left), left.name()  # noise_level, 0.8 above its band
    assert _blue(right), right.name()  # npr 0.6 beats noise_level's 0.1 above its band
    title, entries = view.legend
    assert "Strongest above camera footage's band" in title
    assert [(e.text, e.colours[0].name()) for e in entries] == [
        ("Smoother than the rest of the frame (noise level)", "#ffb347"),
        (overlays._items[NPR].name + " · no camera band measured", "#6ec6ff"),
    ]
    legend_row = view.grab().toImage()
    chips = {
        QColor(legend_row.pixel(x, y)).name() for x in range(8, 40) for y in range(view.height() - 60, view.height())
    }
    assert {"#ffb347", "#6ec6ff"} <= chips  # both swatches are painted on the frame
    panel.sliders[NPR].setValue(50)  # the strength is the opacity, times the detector's own opacity
    weaker = _pixel(view, 200, 60)
    assert _blue(weaker) and weaker.blue() - weaker.red() < right.blue() - right.red()


def test_the_legend_follows_the_detectors_on_and_says_what_their_strength_counts_from(qtbot, shown):
    view, panel, overlays, _ = shown
    overlays.set_mode(STRONGEST)
    panel.toggles[NOISE].setChecked(False)
    assert [e.text for e in view.legend[1]] == [overlays._items[NPR].name + " · no camera band measured"]
    panel.toggles[NOISE].setChecked(True)
    quiet = np.full((HEIGHT // 16, WIDTH // 16), 0.4, np.float32)  # under its band's top (0.5) everywhere
    overlays._overlays.ready.emit(_heatmap(_analyzers(CameraBand(0.0, 0.5, "a test band"))[NOISE], quiet))
    assert view.legend[1][0].text == "Smoother than the rest of the frame (noise level) · nowhere above its band"
    assert _blue(_pixel(view, 200, 60)) and _grey(_pixel(view, 30, 60))  # npr alone is drawn
    panel.toggles[NPR].setChecked(False)
    panel.toggles[NOISE].setChecked(False)
    assert view.legend == ("", ())
    assert _grey(_pixel(view, 200, 60))


window = player_tests.window  # the real window with its player, its panels and a case database


def test_m_and_d_in_the_view_menu_switch_and_the_choice_is_remembered(qtbot, window, h264_clip):
    from app.ui.main_window import MainWindow
    from app.ui.overlays import LiveOverlays
    from app.ui.player import PlayerController
    from app.ui.tasks import Jobs

    labels = {a.text().replace("&", ""): a.shortcut().toString() for a in window.menus["&View"].actions()}
    assert labels["Overlay the strongest detector per pixel"] == "M"
    assert labels["Overlay the next detector"] == "D"
    qtbot.waitUntil(lambda: NPR in window.detector_panel.toggles, timeout=15000)
    player_tests.open_and_wait(qtbot, window, h264_clip)
    for analyzer_id in (NOISE, NPR):
        window.detector_panel.toggles[analyzer_id].setChecked(True)
    window.view.setFocus()
    assert window.detectors.shown() == [NPR]
    qtbot.keyClick(window.view, Qt.Key.Key_D)
    assert window.detectors.shown() == [NOISE]
    qtbot.keyClick(window.view, Qt.Key.Key_M)
    assert window.detectors.mode == STRONGEST and window.actions_by_key["overlay_strongest"].isChecked()
    assert window.detector_panel.modes["strongest"].isChecked()
    window.close()

    jobs = Jobs()
    again = MainWindow(QSettings(), jobs)
    qtbot.addWidget(again)
    again.attach_player(PlayerController(jobs), LiveOverlays(jobs))
    try:
        qtbot.waitUntil(lambda: NPR in again.detector_panel.toggles, timeout=15000)
        assert again.detectors.mode == STRONGEST and again.actions_by_key["overlay_strongest"].isChecked()
        again.detectors.set_mode(ONE)
        assert again.detectors.shown() == [NOISE]  # the one shown last, not the last turned on again
        assert not again.actions_by_key["overlay_strongest"].isChecked()
    finally:
        again.player.close()
        again.overlays.close()
        jobs.cancel_all()
        assert jobs.wait(5000)
