"""The dark theme: an empty check box keeps a visible edge and a ticked one shows its tick."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox

from app.ui.theme import apply_theme


def _lightest(image, width: int, height: int) -> int:
    return max(QColor(image.pixel(x, y)).lightness() for x in range(width) for y in range(height))


def test_check_boxes_are_seen_on_the_dark_theme(qapp, qtbot):
    before = (qapp.style().name(), qapp.palette(), qapp.styleSheet())
    apply_theme(qapp)
    try:
        empty, ticked = QCheckBox("Include each analyzer's per-frame scores"), QCheckBox("PDF for people")
        ticked.setChecked(True)
        for box in (empty, ticked):
            qtbot.addWidget(box)
            box.resize(300, 24)
        edge = _lightest(empty.grab().toImage(), 20, 24)
        window = QColor(qapp.palette().window().color()).lightness()
        assert edge > window + 60, (edge, window)  # the empty box's edge stands out from the window
        assert _lightest(ticked.grab().toImage(), 20, 24) > 230  # the white tick on the blue box
    finally:
        qapp.setStyle(before[0])
        qapp.setPalette(before[1])
        qapp.setStyleSheet(before[2])
