"""The frame and the heatmap's view side by side move together; a view off screen never moves the frame
(widgets.frame_view.link_views)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QHBoxLayout, QWidget

from widgets.frame_view import FrameView, link_views

pytestmark = pytest.mark.gui


@pytest.fixture
def side_by_side(qtbot):
    holder = QWidget()
    layout = QHBoxLayout(holder)
    frame, heatmap = FrameView(), FrameView()
    for view in (frame, heatmap):
        picture = QImage(720, 1280, QImage.Format.Format_RGB32)
        picture.fill(QColor(40, 90, 160))
        view.set_image(picture)
        layout.addWidget(view)
    link_views(frame, heatmap)
    qtbot.addWidget(holder)
    holder.resize(1300, 700)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, frame, heatmap


def _fits(view: FrameView) -> bool:
    """Whether the picture is as large as the view allows, and centred in it."""
    shown = view.image_rect()
    return abs(shown.center().x() - view.width() / 2) < 1 and abs(shown.center().y() - view.height() / 2) < 1


def test_a_hidden_views_fit_leaves_the_frame_fitted_to_its_own_size(qtbot, side_by_side):
    holder, frame, heatmap = side_by_side
    heatmap.hide()  # side by side off
    holder.resize(1800, 900)
    qtbot.waitUntil(lambda: frame.width() > 1500)
    heatmap.resize(600, 480)  # laid out off screen, at another size
    heatmap.fit()  # what it says while off screen moves nothing on screen
    assert frame.fits_window and _fits(frame)
    assert frame.image_rect().height() == frame.height() - 16


def test_zoom_and_pan_in_either_view_move_the_other_and_fit_refits_each(qtbot, side_by_side):
    _, frame, heatmap = side_by_side
    heatmap.zoom_to(2.0, QPointF(100, 100))
    heatmap.pan_by(30, -20)
    assert (frame.scale, frame.image_rect()) == (heatmap.scale, heatmap.image_rect())
    assert not frame.fits_window
    heatmap.fit()
    assert frame.fits_window and _fits(frame) and _fits(heatmap)
