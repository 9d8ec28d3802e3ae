"""Detectors side by side: the frame on the left, the same frame with its heatmaps on the right, zooming and
panning together; the choice between that and heatmaps over the frame is remembered."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow
from app.ui.tasks import Jobs
from tests.ui import test_player_window as player_tests
from tests.ui.test_player_window import open_and_wait, press

pytestmark = pytest.mark.gui

window = player_tests.window  # the real window with its player, from the player tests


def widget_point(view, image_point: QPointF) -> QPointF:
    """Where an image point lies in a view's widget coordinates."""
    rect = view.image_rect()
    return rect.topLeft() + image_point * view.scale


def assert_same_place(window) -> None:
    left, right = window.view, window.heatmap_view
    assert right.scale == pytest.approx(left.scale)
    assert right.image_rect() == left.image_rect()
    for image_point in (QPointF(0, 0), QPointF(100, 50), QPointF(319, 179)):
        assert widget_point(right, image_point) == widget_point(left, image_point)


def wheel(view, at: QPointF, clicks: int) -> None:
    event = QWheelEvent(
        at,
        view.mapToGlobal(at),
        QPoint(0, 0),
        QPoint(0, 120 * clicks),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def pixels(view) -> np.ndarray:
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    array = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return array[:, : image.width(), :3].astype(int).copy()


def patch_at(view, grab: np.ndarray, image_point: QPointF) -> np.ndarray:
    point = widget_point(view, image_point)
    x, y = int(point.x()), int(point.y())
    return grab[y - 3 : y + 4, x - 3 : x + 4]


def test_switching_shows_a_second_view_of_the_same_picture_and_back(qtbot, window, h264_clip):
    open_and_wait(qtbot, window, h264_clip)
    full_width = window.view.width()
    assert window.heatmap_view.isHidden() and not window.actions_by_key["side_by_side"].isChecked()
    press(qtbot, window, Qt.Key.Key_S)
    assert window.heatmap_view.isVisible() and window.detector_panel.display["side_by_side"].isChecked()
    qtbot.waitUntil(lambda: window.view.width() < full_width * 0.6)
    assert abs(window.view.width() - window.heatmap_view.width()) <= 1
    assert window.heatmap_view.image() is window.view.image()  # one decoded picture, shared
    window.player.step(1)
    qtbot.waitUntil(lambda: player_tests.shown_index(window) == 1, timeout=5000)
    assert window.heatmap_view.image() is window.view.image()
    qtbot.mouseClick(window.detector_panel.display["overlay"], Qt.MouseButton.LeftButton)
    assert window.heatmap_view.isHidden() and not window.actions_by_key["side_by_side"].isChecked()
    qtbot.waitUntil(lambda: window.view.width() == full_width)
    window.actions_by_key["side_by_side"].trigger()
    assert window.heatmap_view.isVisible() and window.detector_panel.display["side_by_side"].isChecked()


def test_zoom_and_pan_in_either_view_move_both(qtbot, window, h264_clip):
    open_and_wait(qtbot, window, h264_clip)
    window.set_side_by_side(True)
    left, right = window.view, window.heatmap_view
    qtbot.waitUntil(lambda: right.width() > 300 and abs(left.width() - right.width()) <= 1)
    assert left.fits_window and right.fits_window
    assert_same_place(window)

    wheel(right, QPointF(right.width() * 0.3, right.height() * 0.4), 3)
    assert left.scale == pytest.approx(right.scale) and not left.fits_window
    assert_same_place(window)
    assert window.readout.zoom.text() == f"{right.scale * 100:.0f}%"

    before = left.image_rect()
    qtbot.mousePress(left, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    qtbot.mouseMove(left, QPoint(170, 180))
    qtbot.mouseRelease(left, Qt.MouseButton.LeftButton, pos=QPoint(170, 180))
    assert left.image_rect().topLeft() == before.topLeft() + QPointF(-30, -20)
    assert_same_place(window)

    press(qtbot, window, Qt.Key.Key_1)  # 100%
    assert right.scale == pytest.approx(1.0)
    assert_same_place(window)
    qtbot.mouseDClick(right, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))  # back to fit
    assert left.fits_window and right.fits_window
    assert_same_place(window)


def test_the_pixel_readout_works_from_both_views(qtbot, window, h264_clip):
    open_and_wait(qtbot, window, h264_clip)
    window.set_side_by_side(True)
    left, right = window.view, window.heatmap_view
    qtbot.waitUntil(lambda: right.width() > 300)
    for view, image_point in ((right, QPointF(40, 30)), (left, QPointF(250, 120))):
        point = widget_point(view, image_point + QPointF(0.5, 0.5)).toPoint()
        qtbot.mouseMove(view, point)
        expected = f"x {int(image_point.x())}  y {int(image_point.y())}   RGB "
        qtbot.waitUntil(lambda e=expected: window.readout.pixel.text().startswith(e), timeout=2000)


def test_heatmaps_are_painted_in_the_right_view_only(qtbot, window, tmp_path):
    from tests.analyzers.test_analyzers import write_waxy_clip

    clip = tmp_path / "waxy.mp4"
    write_waxy_clip(clip)  # 640x360; the detector fires on x 320-480, y 96-224
    hot, cold = QPointF(400, 160), QPointF(100, 330)
    qtbot.waitUntil(lambda: "noise_level" in window.detector_panel.toggles, timeout=15000)
    window.set_side_by_side(True)
    with qtbot.waitSignal(window.player.opened, timeout=10000):
        window.open_paths([str(clip)])
    qtbot.waitUntil(lambda: window.shell.exact_frame == 0, timeout=5000)
    left, right = window.view, window.heatmap_view
    plain = pixels(left)
    width = min(left.width(), right.width())
    assert np.array_equal(pixels(right)[60:, :width], plain[60:, :width])  # below the captions, all the same

    window.detector_panel.toggles["noise_level"].setChecked(True)
    qtbot.waitUntil(lambda: "noise_level" in window.detectors._heatmaps, timeout=10000)
    with_heatmaps = pixels(right)
    difference = np.abs(patch_at(right, with_heatmaps, hot) - patch_at(left, plain, hot)).sum(axis=2)
    assert difference.min() > 60, difference
    assert np.abs(patch_at(right, with_heatmaps, cold) - patch_at(left, plain, cold)).sum(axis=2).max() < 30
    assert np.array_equal(pixels(left), plain)  # the left view shows the frame without heatmaps

    window.set_side_by_side(False)  # back to one view, with the heatmaps over the frame
    qtbot.waitUntil(lambda: right.isHidden() and left.width() > 2 * right.width() - 10)
    frame = left.image().pixelColor(hot.toPoint())
    overlaid = patch_at(left, pixels(left), hot) - [frame.blue(), frame.green(), frame.red()]
    assert np.abs(overlaid).sum(axis=2).min() > 60


def test_the_choice_is_remembered_in_a_new_window(qtbot):
    jobs = Jobs()
    first = MainWindow(QSettings(), jobs)
    qtbot.addWidget(first)
    first.show()
    assert first.heatmap_view.isHidden()
    first.actions_by_key["side_by_side"].trigger()
    first.close()
    second = MainWindow(QSettings(), jobs)
    qtbot.addWidget(second)
    second.show()
    assert not second.heatmap_view.isHidden()
    assert second.actions_by_key["side_by_side"].isChecked()
    assert second.detector_panel.display["side_by_side"].isChecked()
    qtbot.mouseClick(second.detector_panel.display["overlay"], Qt.MouseButton.LeftButton)
    second.close()
    third = MainWindow(QSettings(), jobs)
    qtbot.addWidget(third)
    third.show()
    assert third.heatmap_view.isHidden() and not third.actions_by_key["side_by_side"].isChecked()


def test_each_side_names_what_it_shows(qtbot, window, h264_clip):
    qtbot.waitUntil(lambda: "noise_level" in window.detector_panel.toggles, timeout=15000)
    open_and_wait(qtbot, window, h264_clip)
    window.set_side_by_side(True)
    assert window.view.caption == "As decoded, without heatmaps"
    assert window.heatmap_view.caption == "No detector is on: turn one on in the Detectors panel"
    window.forensic.actions["ela"].trigger()  # the filter is drawn on the left only
    assert window.view.caption == "Error level analysis, without heatmaps"
    window.detector_panel.toggles["noise_level"].setChecked(True)
    assert window.heatmap_view.caption == "As decoded, with detector heatmaps"
    window.forensic.actions["none"].trigger()
    assert window.view.caption == "As decoded, without heatmaps"
    window.set_side_by_side(False)
    assert window.view.caption == "" and window.heatmap_view.caption == ""


def test_the_detectors_switched_on_are_remembered_in_a_new_window(qtbot, window, tmp_path):
    from app.ui.case import CaseController
    from app.ui.overlays import LiveOverlays
    from app.ui.player import PlayerController

    qtbot.waitUntil(lambda: "noise_level" in window.detector_panel.toggles, timeout=15000)
    window.set_side_by_side(True)
    window.detector_panel.toggles["noise_level"].setChecked(True)
    window.close()

    jobs = Jobs()
    again = MainWindow(QSettings(), jobs)
    qtbot.addWidget(again)
    case = CaseController("Test Reviewer")
    again.attach_case(case)
    again.attach_player(PlayerController(jobs), LiveOverlays(jobs))
    try:
        qtbot.waitUntil(lambda: "noise_level" in again.detector_panel.toggles, timeout=15000)
        assert again.actions_by_key["side_by_side"].isChecked()
        on = [key for key, toggle in again.detector_panel.toggles.items() if toggle.isChecked()]
        assert on == ["noise_level"] and again.overlays.enabled == {"noise_level"}
        assert again.heatmap_view.caption == "As decoded, with detector heatmaps"
    finally:
        again.player.close()
        again.overlays.close()
        case.close()
        jobs.cancel_all()
        assert jobs.wait(5000)
