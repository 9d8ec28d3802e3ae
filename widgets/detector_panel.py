"""The Detectors panel: each analyzer with a toggle, its lane colour, an opacity slider and its colour scale; what
it measures, where camera footage lies and how it fails are on hover; heatmaps drawn over the frame or beside it,
one detector at a time or the strongest per pixel. It shows data and reports choices; the shell runs the
detectors."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate

OVERLAY_MODES = ("one", "strongest")  # one detector's heatmap at a time, or per cell the detector most above its band

# The chosen display must read at a glance in any theme: Fusion's dark checked button is barely darker.
_CHOICE_STYLE = """
QPushButton { padding: 4px 10px; border: 1px solid palette(mid); background: palette(button); }
QPushButton:checked {
    background: palette(highlight); border-color: palette(highlight); color: palette(highlighted-text);
}
"""


_NO_BAND = QT_TRANSLATE_NOOP(
    "Detectors panel", "no band was measured for this detector: nothing here says where camera footage lies"
)


@dataclass(frozen=True)
class DetectorItem:
    """What the panel shows of one analyzer."""

    id: str
    name: str
    version: str
    cue: str
    meaning: str  # what a heatmap value means
    failure_modes: tuple[str, ...]
    colours: tuple[QColor, ...]  # the colour map from its low end to its high end
    low: float
    high: float
    opacity: float
    model_sha256: str
    lane_colour: QColor  # its score lane's colour, and its colour in "strongest per pixel"
    camera_band: str  # where camera footage usually scores and where that was measured, in words; "": not measured
    measured: str = ""  # how well it tells generated from camera clips, and where that was measured


_NOT_MEASURED = QT_TRANSLATE_NOOP(
    "Detectors panel", "how well it tells generated from camera clips has not been measured"
)


def about_html(name: str, version: str, model_sha256: str, lines: list[tuple[str, str]], failure_modes) -> str:
    """An analyzer in a tooltip: what stands behind its figures, and when they mislead. Manifest text is data,
    never markup (plugins write manifests too). The labels of `lines` come translated."""
    from html import escape  # here: this module is imported before the window's first paint, tooltips come later

    model = translate("Detectors panel", "model {hash}…").format(hash=model_sha256[:12])
    parts = [f"<b>{escape(name)}</b> {escape(version)} · {escape(model)}"]
    parts += [
        "<p><i>" + escape(translate("Detectors panel", "{label}:").format(label=label)) + f"</i> {escape(text)}</p>"
        for label, text in lines
    ]
    misleads = escape(translate("Detectors panel", "Misleads when:"))
    parts.append(f"<p><i>{misleads}</i></p><ul>" + "".join(f"<li>{escape(m)}</li>" for m in failure_modes) + "</ul>")
    return "".join(parts)


class ColourScale(QWidget):
    """A colour bar with the values at its ends."""

    def __init__(self, item: DetectorItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item = item
        self.setFixedHeight(26)
        self.setMinimumWidth(120)
        self.setAccessibleName(
            translate("Detectors panel", "{detector}: colour scale from {low} to {high}").format(
                detector=item.name, low=f"{item.low:g}", high=f"{item.high:g}"
            )
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        bar = QRectF(0, 0, self.width(), 10)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for i, colour in enumerate(self._item.colours):
            gradient.setColorAt(i / max(1, len(self._item.colours) - 1), colour)
        painter.fillRect(bar, gradient)
        painter.setPen(self.palette().color(self.foregroundRole()))
        font = painter.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        painter.setFont(font)
        text = QRectF(0, 11, self.width(), 14)
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft, f"{self._item.low:g}")
        painter.drawText(text, Qt.AlignmentFlag.AlignRight, f"{self._item.high:g}")
        painter.end()


class DetectorPanel(QWidget):
    toggled = Signal(str, bool)
    opacity_changed = Signal(str, float)
    side_by_side_changed = Signal(bool)  # heatmaps beside the frame rather than over it
    overlay_mode_changed = Signal(str)  # one of OVERLAY_MODES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(self._display_choice())
        self._layout.addLayout(self._mode_choice())
        self.status = QLabel(translate("Detectors panel", "Loading the detectors…"))
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(mid);")
        self._layout.addWidget(self.status)
        self.toggles: dict[str, QCheckBox] = {}
        self.sliders: dict[str, QSlider] = {}

    def set_side_by_side(self, on: bool) -> None:
        self.display["side_by_side" if on else "overlay"].setChecked(True)

    def _display_choice(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(0)
        group = QButtonGroup(self)
        self.display: dict[str, QPushButton] = {}
        for key, label, tip in (
            (
                "overlay",
                translate("Detectors panel", "Overlay"),
                translate("Detectors panel", "Heatmaps drawn over the frame"),
            ),
            (
                "side_by_side",
                translate("Detectors panel", "Side by side"),
                translate("Detectors panel", "The frame on the left, the same frame with its heatmaps on the right"),
            ),
        ):
            button = QPushButton(label, checkable=True, toolTip=tip, styleSheet=_CHOICE_STYLE)
            group.addButton(button)
            row.addWidget(button)
            self.display[key] = button
        self.display["overlay"].setChecked(True)
        self.display["side_by_side"].toggled.connect(self.side_by_side_changed)
        return row

    def set_overlay_mode(self, mode: str) -> None:
        self.modes[mode].setChecked(True)

    def _mode_choice(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(0)
        group = QButtonGroup(self)
        self.modes: dict[str, QPushButton] = {}
        for key, label, tip in (
            (
                "one",
                translate("Detectors panel", "One at a time"),
                translate(
                    "Detectors panel", "One detector at a time: its heatmap in its colour map; D shows the next one"
                ),
            ),
            (
                "strongest",
                translate("Detectors panel", "Strongest"),
                translate(
                    "Detectors panel",
                    "Strongest per pixel: each cell in the lane colour of the detector most above where camera "
                    "footage usually lies there; the stronger, the more opaque (M switches)",
                ),
            ),
        ):
            button = QPushButton(label, checkable=True, toolTip=tip, styleSheet=_CHOICE_STYLE)
            button.toggled.connect(lambda on, key=key: on and self.overlay_mode_changed.emit(key))
            group.addButton(button)
            row.addWidget(button)
            self.modes[key] = button
        self.modes["one"].setChecked(True)
        return row

    def set_detectors(self, items: list[DetectorItem], note: str) -> None:
        for item in items:
            self._layout.addWidget(self._row(item))
        self.status.setText(note)

    def _row(self, item: DetectorItem) -> QWidget:
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 6, 0, 6)
        toggle = QCheckBox(item.name)
        opacity = QSlider(Qt.Orientation.Horizontal)
        opacity.setRange(0, 100)
        opacity.setValue(round(item.opacity * 100))
        opacity.setToolTip(translate("Detectors panel", "Overlay opacity"))
        opacity.setAccessibleName(
            translate("Detectors panel", "{detector}: overlay opacity").format(detector=item.name)
        )
        tip = about_html(
            item.name,
            item.version,
            item.model_sha256,
            [
                (translate("Detectors panel", "Cue"), item.cue),
                (translate("Detectors panel", "Heatmap"), item.meaning),
                (
                    translate("Detectors panel", "Camera footage"),
                    item.camera_band or translate("Detectors panel", _NO_BAND),
                ),
                (
                    translate("Detectors panel", "Measured"),
                    item.measured or translate("Detectors panel", _NOT_MEASURED),
                ),
            ],
            item.failure_modes,
        )
        for widget in (row, toggle):
            widget.setToolTip(tip)
        toggle.toggled.connect(lambda on: self.toggled.emit(item.id, on))
        opacity.valueChanged.connect(lambda value: self.opacity_changed.emit(item.id, value / 100))
        swatch = QLabel()  # the colour of its score lane, and of its cells in "strongest per pixel"
        swatch.setFixedSize(12, 12)
        swatch.setStyleSheet(f"background: {item.lane_colour.name()}; border: 1px solid palette(mid);")
        swatch.setToolTip(
            translate(
                "Detectors panel",
                "Its score lane's colour, and its colour when the strongest detector per pixel is shown",
            )
        )
        swatch.setAccessibleName(translate("Detectors panel", "{detector}: lane colour").format(detector=item.name))
        grid.addWidget(toggle, 0, 0, 1, 3)
        grid.addWidget(swatch, 1, 0)
        grid.addWidget(ColourScale(item), 1, 1)
        grid.addWidget(opacity, 1, 2)
        self.toggles[item.id], self.sliders[item.id] = toggle, opacity
        return row
