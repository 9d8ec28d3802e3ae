"""The spectrogram view, grabbed as pixels: a measured spectrogram of noise with an 8 kHz ceiling reads dark above
it and bright below, in the dark and the light theme; the axes, the playhead, zoom, pan and click-to-seek."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.media.audio import open_sound
from app.media.spectrogram import measure_spectrogram
from app.ui.theme import apply_theme
from tests import sound_clips
from widgets.spectrogram_view import SpectrogramView


@pytest.fixture(scope="module")
def ceiling_spectrogram(clip_dir):
    with open_sound(sound_clips.noise_sounds(clip_dir)["ceiling"]) as track:
        return measure_spectrogram(track)


@pytest.fixture
def view(qtbot, ceiling_spectrogram):
    view = SpectrogramView()
    qtbot.addWidget(view)
    view.resize(800, 300)
    view.set_spectrogram(ceiling_spectrogram)
    view.show()
    return view


def _lightness(image, x: float, y: float) -> int:
    return QColor(image.pixel(int(x), int(y))).lightness()


def _y_of_khz(view, khz: float) -> float:
    plot = view.plot_rect()
    return plot.bottom() - khz / 24 * plot.height()


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_quiet_above_the_ceiling_is_dark_loud_below_is_bright_and_the_axes_read(qapp, view, theme):
    before = (qapp.palette(), qapp.styleSheet())
    if theme == "dark":
        apply_theme(qapp)
    else:
        qapp.setPalette(QPalette())
    try:
        view.setPalette(qapp.palette())
        image = view.grab().toImage()
        plot = view.plot_rect()
        xs = [plot.left() + plot.width() * share for share in (0.2, 0.5, 0.8)]
        assert all(_lightness(image, x, _y_of_khz(view, 16)) < 40 for x in xs)
        assert all(_lightness(image, x, _y_of_khz(view, 4)) > 100 for x in xs)
        window = QColor(qapp.palette().window().color()).lightness()
        # The kHz labels left of the plot and the times under it stand out from the window in either theme.
        left = [_lightness(image, x, y) for x in range(4, int(plot.left()) - 6) for y in range(int(plot.top()), 290)]
        below = [
            _lightness(image, x, y) for x in range(int(plot.left()), 790) for y in range(int(plot.bottom()) + 6, 298)
        ]
        for axis in (left, below):
            assert max(abs(level - window) for level in axis) > 100
    finally:
        qapp.setPalette(before[0])
        qapp.setStyleSheet(before[1])


def test_the_playhead_is_drawn_where_it_is(view):
    view.set_playhead(1.0)
    image = view.grab().toImage()
    x, y = view.x_of(1.0), _y_of_khz(view, 16)
    colour = QColor(image.pixel(round(x), int(y)))
    assert colour.red() > 200 and colour.green() < 130
    assert QColor(image.pixel(round(x) + 30, int(y))).red() < 100


def test_a_click_asks_to_seek_there_and_a_drag_pans_without_seeking(qtbot, view):
    seeks: list[float] = []
    view.seek_requested.connect(seeks.append)
    y = int(_y_of_khz(view, 10))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(view.x_of(1.5)), y))
    assert seeks == [pytest.approx(1.5, abs=0.01)]
    view.zoom(4.0, around=1.0)
    first, last = view.visible_span()
    assert last - first == pytest.approx(0.5, rel=0.02) and first < 1.0 < last
    start = QPoint(400, y)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start - QPoint(200, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start - QPoint(200, 0))
    moved = view.visible_span()
    assert moved[0] - first == pytest.approx(200 / view.plot_rect().width() * (last - first), rel=0.05)
    assert len(seeks) == 1


def test_wheel_and_keys_zoom_around_the_cursor_and_zero_shows_it_all(qtbot, view):
    whole = view.visible_span()
    x = view.x_of(0.5)
    wheel = QWheelEvent(
        QPointF(x, 100),
        view.mapToGlobal(QPointF(x, 100)),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, wheel)
    first, last = view.visible_span()
    assert last - first == pytest.approx((whole[1] - whole[0]) / 1.25**2, rel=0.01)
    assert view.seconds_at(x) == pytest.approx(0.5, abs=0.005)  # the second under the cursor stays under it
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.visible_span()[1] - view.visible_span()[0] < last - first
    for _ in range(20):
        qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.visible_span() == pytest.approx(whole)  # never wider than the sound
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.visible_span() == pytest.approx(whole)


def test_without_a_spectrogram_it_says_why(qtbot):
    view = SpectrogramView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.set_spectrogram(None, "This clip has no sound.")
    image = view.grab().toImage()
    window = QColor(view.palette().window().color()).lightness()
    middle = int(view.plot_rect().center().y())
    drawn = [_lightness(image, x, y) for x in range(100, 300) for y in range(middle - 8, middle + 8)]
    assert max(abs(level - window) for level in drawn) > 80  # the words are written
    view.zoom(2.0)  # nothing to zoom: no error
    assert view.visible_span() == (0.0, 0.0)
