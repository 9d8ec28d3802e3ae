"""The timeline's hover help: a score lane's tooltip stands beside the thumbnail of the hovered frame, not over it,
wherever the timeline is on the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication

from widgets.timeline import ScoreLane, Timeline

pytestmark = pytest.mark.gui

FRAMES = 100


def _lane() -> ScoreLane:
    frames = tuple(range(FRAMES))
    return ScoreLane(
        "Noise level",
        frames,
        tuple(n / FRAMES for n in frames),
        QColor("#ffb347"),
        tuple(f"{n}% of the picture" for n in frames),
        "<p>noise_level 1.0.0 · model 0123456789ab…</p><p><i>Misleads when:</i> re-encoded, resized, low bitrate.</p>",
    )


@pytest.mark.parametrize("where", ["bottom left", "bottom right", "top"])
def test_a_lane_tooltip_does_not_cover_the_thumbnail(qtbot, where):
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.set_clip(FRAMES, [0, 50], lambda n: n / 25, lambda s: f"{s:.1f}")
    picture = QImage(160, 90, QImage.Format.Format_RGB32)
    picture.fill(QColor("#336699"))
    timeline.add_thumbnail(0, picture)
    timeline.set_lanes([_lane()])
    screen = QApplication.primaryScreen().availableGeometry()
    timeline.resize(min(900, screen.width()), timeline.sizeHint().height())
    y = screen.top() if where == "top" else screen.bottom() - timeline.height()
    timeline.move(screen.left(), y)
    timeline.show()
    qtbot.waitExposed(timeline)
    x = timeline.width() - 40 if where == "bottom right" else 120
    spot = QPoint(x, timeline.lane_y(0))
    qtbot.mouseMove(timeline, spot)
    thumbnail = timeline._popup
    qtbot.waitUntil(thumbnail.isVisible, timeout=2000)
    QApplication.sendEvent(timeline, QHelpEvent(QEvent.Type.ToolTip, spot, timeline.mapToGlobal(spot)))
    tip = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label")
    qtbot.waitUntil(tip.isVisible, timeout=2000)
    assert "% of the picture" in tip.text()
    assert not tip.geometry().intersects(thumbnail.geometry()), (tip.geometry(), thumbnail.geometry())
