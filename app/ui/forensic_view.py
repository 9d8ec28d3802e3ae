"""View > Forensic filter: the frame on screen seen through one filter (ELA, noise residual, ...), computed on a
worker where the newest frame wins and painted as a layer over the frame, under the detector heatmaps."""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRectF, Signal
from PySide6.QtGui import QAction, QActionGroup, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import QLabel, QMenu

from analyzers.filters import FILTERS, ForensicFilter
from app.i18n import translate
from app.ui.newest import NewestWins
from widgets.frame_view import FrameView

# The filters' names and what each shows, as analyzers/filters.py writes them (it runs without app, so without
# translations): here for lupdate, translated where the menu shows them.
_FILTER_WORDS = (
    QT_TRANSLATE_NOOP("Forensic filters", "Error level analysis"),
    QT_TRANSLATE_NOOP("Forensic filters", "Regions saved or pasted at another quality stand out."),
    QT_TRANSLATE_NOOP("Forensic filters", "Noise residual"),
    QT_TRANSLATE_NOOP("Forensic filters", "Patches without the sensor noise of the rest look dark."),
    QT_TRANSLATE_NOOP("Forensic filters", "High-pass"),
    QT_TRANSLATE_NOOP("Forensic filters", "Edges and texture; smeared or repeated textures show."),
    QT_TRANSLATE_NOOP("Forensic filters", "Luma"),
    QT_TRANSLATE_NOOP("Forensic filters", "Brightness only, without colour."),
    QT_TRANSLATE_NOOP("Forensic filters", "Red channel"),
    QT_TRANSLATE_NOOP("Forensic filters", "The red channel alone."),
    QT_TRANSLATE_NOOP("Forensic filters", "Green channel"),
    QT_TRANSLATE_NOOP("Forensic filters", "The green channel alone."),
    QT_TRANSLATE_NOOP("Forensic filters", "Blue channel"),
    QT_TRANSLATE_NOOP("Forensic filters", "The blue channel alone."),
)


def filter_name(filt: ForensicFilter) -> str:
    """The filter's name in the reviewer's language."""
    return translate("Forensic filters", filt.name)


class ForensicView(QObject):
    _filtered = Signal(int, str, QImage)  # frame, filter id, picture: from the worker to the GUI thread
    chosen = Signal(str)  # the filter's name as shown, or "" for the frame as decoded

    def __init__(self, view: FrameView, menu: QMenu, indicator: QLabel) -> None:
        super().__init__()
        self._view, self._indicator = view, indicator
        self._filter: ForensicFilter | None = None
        self._frame: tuple[int, np.ndarray] | None = None
        self._picture: tuple[int, str, QImage] | None = None
        self._worker = NewestWins("forensic-filter", self._apply)
        self._filtered.connect(self._on_filtered)
        self.actions = self._build_menu(menu)
        view.add_layer("forensic", self._paint, below="detectors")

    def _build_menu(self, menu: QMenu) -> dict[str, QAction]:
        group = QActionGroup(menu)
        actions = {}
        for number, filt in enumerate((None, *FILTERS)):
            label = filter_name(filt) if filt else translate("Forensic filters", "&None (the frame as decoded)")
            action = QAction(label, menu, checkable=True)
            shows = translate("Forensic filters", filt.shows) if filt else translate("Forensic filters", "No filter")
            if number <= 9:  # Alt+0 the frame as decoded, Alt+1 the first filter, ...
                action.setShortcut(QKeySequence(f"Alt+{number}"))
                shows = translate("Forensic filters", "{shows} (Alt+{number})").format(shows=shows, number=number)
            action.setToolTip(shows)
            action.setChecked(filt is None)
            action.triggered.connect(lambda checked=False, f=filt: self.choose(f))
            group.addAction(action)
            menu.addAction(action)
            actions[filt.id if filt else "none"] = action
        return actions

    def choose(self, filt: ForensicFilter | None) -> None:
        self._filter, self._picture = filt, None
        # The reviewer must always know when the picture is not the frame as decoded.
        self._indicator.setText(
            translate("Forensic filters", "Filter: {name}").format(name=filter_name(filt)) if filt else ""
        )
        self.chosen.emit(filter_name(filt) if filt else "")
        if filt is not None and self._frame is not None:
            self._worker.submit(*self._frame, filt)
        self._view.update()

    @property
    def name(self) -> str:
        """The filter on as the reviewer reads its name, or "" when the frame is shown as decoded."""
        return filter_name(self._filter) if self._filter else ""

    def frame_shown(self, number: int, bgra: np.ndarray, playing: bool) -> None:
        self._frame = (number, bgra)
        if self._filter is None:
            return
        if not playing and self._picture is not None and self._picture[0] != number:
            self._picture = None
            self._view.update()
        self._worker.submit(number, bgra, self._filter)

    def clear(self) -> None:
        self._frame = self._picture = None
        self._view.update()

    def close(self) -> None:
        self._worker.close()

    def _apply(self, number: int, bgra: np.ndarray, filt: ForensicFilter) -> None:
        filtered = cv2.cvtColor(filt.apply(cv2.cvtColor(bgra, cv2.COLOR_BGRA2BGR)), cv2.COLOR_BGR2BGRA)
        height, width = filtered.shape[:2]
        image = QImage(filtered.data, width, height, filtered.strides[0], QImage.Format.Format_RGB32).copy()
        self._filtered.emit(number, filt.id, image)

    def _on_filtered(self, number: int, filter_id: str, image: QImage) -> None:
        if self._filter is not None and self._filter.id == filter_id and self._frame is not None:
            self._picture = (number, filter_id, image)
            self._view.update()

    def _paint(self, painter: QPainter, bounds: QRectF) -> None:
        if self._filter is not None and self._picture is not None:
            painter.drawImage(bounds, self._picture[2])
