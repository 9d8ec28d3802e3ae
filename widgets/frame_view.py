"""The frame view: the picture under review, zoomable and pannable, painted in layers.

Layers are painted back to front in image coordinates: the frame first, then whatever later panels add (detector
heatmaps, evidence regions). Above 100% pixels are drawn as sharp squares, the way forensic viewers show them.
Over them, in screen coordinates, the caption (top left) and the legend of the heatmaps shown (bottom left).
Linked views (`link_views`) show the same frame side by side and zoom and pan together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QLinearGradient, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.i18n import translate

# A layer paints onto a painter already transformed to image pixels: (painter, image size) -> None.
Layer = Callable[[QPainter, QRectF], None]


class Tool(Protocol):
    """Something the reviewer does with the left button on the frame (drawing a region), in image coordinates."""

    def press(self, view: FrameView, point: QPointF) -> None: ...
    def move(self, view: FrameView, point: QPointF) -> None: ...
    def release(self, view: FrameView, point: QPointF) -> None: ...


@dataclass(frozen=True)
class LegendEntry:
    """A line of the legend: a swatch (one colour) or a colour scale (several, low to high), and what it is."""

    colours: tuple[QColor, ...]
    text: str


ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 64.0
_BACKGROUND = QColor(18, 19, 22)
_HUD_BACK, _HUD_TEXT = QColor(0, 0, 0, 170), QColor(225, 228, 235)  # on any frame, in any theme


class FrameView(QWidget):
    zoom_changed = Signal(float, bool)  # scale, whether it follows the window (fit)
    view_moved = Signal()  # zoom or pan changed here: linked views follow
    pixel_hovered = Signal(int, int)  # image coordinates under the cursor; (-1, -1) when outside
    first_painted = Signal()
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 160)  # two side by side fit between both dock columns of a 1280 px window
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # Said to screen readers, not as a tooltip: a tip would keep covering the pixels under review.
        self.setAccessibleName(translate("Frame view", "Frame"))
        self.setAccessibleDescription(
            translate(
                "Frame view",
                "The frame under review: the wheel zooms, dragging pans, a double-click switches between fitting "
                "the window and actual size.",
            )
        )
        self._image: QImage | None = None
        self._size = QSizeF()  # the frame's full size: a smaller preview image is drawn stretched to it
        self._keep_alive: object = None  # the buffer behind a QImage that wraps it without copying
        self._layers: list[tuple[str, Layer]] = [("frame", self._paint_frame)]
        self._on_top: set[str] = set()  # layers that stay above any added later (evidence regions)
        self._tool: Tool | None = None
        self._tool_down = False
        self._fit = True
        self._scale = 1.0
        self._offset = QPointF(0, 0)  # widget position of the image's top-left corner
        self._drag_from: QPointF | None = None
        self._painted_once = False
        self.placeholder = translate("Frame view", "Open a clip: File > Open (Ctrl+O), or drop a video file here.")
        self.caption = ""  # what this view shows, when two stand side by side
        self._legend: tuple[str, tuple[LegendEntry, ...]] = ("", ())

    # --- content -------------------------------------------------------------------------------------------
    def set_image(self, image: QImage | None, keep_alive: object = None, size: QSize | None = None) -> None:
        """Show `image` as a frame of `size` (its own size by default); `keep_alive` owns its pixels."""
        new_size = QSizeF(size if size is not None and size.isValid() else image.size()) if image else QSizeF()
        size_changed = new_size != self._size
        self._image, self._keep_alive, self._size = image, keep_alive, new_size
        if size_changed and self._fit:
            self._fit_to_window()
        self.update()

    def image(self) -> QImage | None:
        return self._image

    def set_legend(self, title: str, entries: list[LegendEntry]) -> None:
        """Name the heatmaps shown, bottom left over the frame; no entries: no legend."""
        legend = (title, tuple(entries))
        if legend != self._legend:
            self._legend = legend
            self.update()

    @property
    def legend(self) -> tuple[str, tuple[LegendEntry, ...]]:
        return self._legend

    def frame_size(self) -> QSizeF:
        """The full frame's size in pixels (a smaller preview is drawn stretched to it)."""
        return QSizeF(self._size)

    def set_tool(self, tool: Tool | None) -> None:
        """Give the left button to `tool` (drawing), or back to panning with None; the middle button always pans."""
        self._tool, self._tool_down = tool, False
        if tool is not None:
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.unsetCursor()

    def add_layer(self, name: str, layer: Layer, below: str | None = None, on_top: bool = False) -> None:
        """Paint `layer` after those added before it (but under those added `on_top`), or just under the layer
        named `below`."""
        names = [n for n, _ in self._layers]
        if on_top:
            self._on_top.add(name)
        elif below not in names:
            below = next((n for n in names if n in self._on_top), None)
        position = names.index(below) if below in names else len(self._layers)
        self._layers.insert(position, (name, layer))
        self.update()

    def remove_layer(self, name: str) -> None:
        self._layers = [(n, f) for n, f in self._layers if n != name or n == "frame"]
        self.update()

    # --- zoom and pan ---------------------------------------------------------------------------------------
    @property
    def scale(self) -> float:
        return self._scale

    @property
    def fits_window(self) -> bool:
        return self._fit

    def fit(self) -> None:
        self._fit = True
        self._fit_to_window()
        self.view_moved.emit()
        self.update()

    def actual_size(self) -> None:
        self.zoom_to(1.0, self._center())

    def zoom_in(self) -> None:
        self.zoom_to(self._scale * ZOOM_STEP, self._center())

    def zoom_out(self) -> None:
        self.zoom_to(self._scale / ZOOM_STEP, self._center())

    def zoom_to(self, scale: float, anchor: QPointF) -> None:
        """Zoom so that the image point under `anchor` (widget coordinates) stays under it."""
        scale = min(MAX_ZOOM, max(MIN_ZOOM, scale))
        image_point = (anchor - self._offset) / self._scale
        self._scale = scale
        self._offset = anchor - image_point * scale
        self._fit = False
        self._clamp_offset()
        self.zoom_changed.emit(self._scale, False)
        self.view_moved.emit()
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        self._offset += QPointF(dx, dy)
        self._fit = False
        self._clamp_offset()
        self.view_moved.emit()
        self.update()

    def follow(self, other: FrameView) -> None:
        """Take `other`'s zoom and pan as they are, so that both map each image point to the same place. Where
        `other` fits its window, this one fits its own: side by side both are the same size, but a resize reaches
        one before the other. A view off screen leads nothing: the heatmap's, with side by side off, is laid out at
        another size, and the frame took its fit (the frame drawn small and off centre in a larger window)."""
        if not other.isVisible():
            return
        if other._fit:
            self._fit = True
            self._fit_to_window()
        else:
            self._scale, self._offset, self._fit = other._scale, QPointF(other._offset), False
            self.zoom_changed.emit(self._scale, False)
        self.update()

    def image_rect(self) -> QRectF:
        """Where the image lies in widget coordinates."""
        if self._image is None:
            return QRectF()
        return QRectF(self._offset, self._size * self._scale)

    def map_to_image(self, point: QPointF) -> QPointF:
        return (point - self._offset) / self._scale

    # --- events ---------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), _BACKGROUND)
        if self._image is None:
            painter.setPen(QColor(150, 154, 162))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
        else:
            painter.translate(self._offset)
            painter.scale(self._scale, self._scale)
            # Below 100% smoothing keeps detail legible; above it, sharp squares show the real pixels.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self._scale < 1.0)
            bounds = QRectF(0, 0, self._size.width(), self._size.height())
            for _, layer in self._layers:
                painter.save()
                layer(painter, bounds)
                painter.restore()
            painter.resetTransform()
            self._paint_caption(painter)
            self._paint_legend(painter)
        painter.end()
        if not self._painted_once:
            self._painted_once = True
            self.first_painted.emit()

    def _paint_frame(self, painter: QPainter, bounds: QRectF) -> None:
        painter.drawImage(bounds, self._image)

    def _paint_caption(self, painter: QPainter) -> None:
        if not self.caption:
            return
        box = painter.fontMetrics().boundingRect(self.caption).adjusted(-6, -3, 6, 3)
        box.moveTopLeft(QPoint(8, 8))
        painter.fillRect(box, QColor(0, 0, 0, 160))
        painter.setPen(QColor(220, 223, 230))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.caption)

    def _paint_legend(self, painter: QPainter) -> None:
        title, entries = self._legend
        if not entries:
            return
        metrics = painter.fontMetrics()
        line, swatch = metrics.height() + 3, 26
        lines = ([title] if title else []) + [entry.text for entry in entries]
        width = max(metrics.horizontalAdvance(text) for text in lines) + swatch + 16
        box = QRectF(8, self.height() - 8 - len(lines) * line - 8, min(width, self.width() - 16), len(lines) * line + 8)
        painter.fillRect(box, _HUD_BACK)
        painter.setPen(_HUD_TEXT)
        y = box.top() + 4
        if title:
            painter.drawText(QRectF(box.left() + 6, y, box.width() - 12, line), Qt.AlignmentFlag.AlignVCenter, title)
            y += line
        for entry in entries:
            chip = QRectF(box.left() + 6, y + line / 2 - 5, swatch - 6, 10)
            if len(entry.colours) == 1:
                painter.fillRect(chip, entry.colours[0])
            else:
                gradient = QLinearGradient(chip.topLeft(), chip.topRight())
                for i, colour in enumerate(entry.colours):
                    gradient.setColorAt(i / (len(entry.colours) - 1), colour)
                painter.fillRect(chip, gradient)
            text = QRectF(box.left() + 6 + swatch, y, box.width() - swatch - 12, line)
            painter.drawText(
                text,
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(entry.text, Qt.TextElideMode.ElideRight, int(text.width())),
            )
            y += line

    def resizeEvent(self, event) -> None:  # noqa: N802
        if self._fit:
            self._fit_to_window()
        else:
            self._clamp_offset()
        self.view_moved.emit()
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self._image is None:
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_to(self._scale * ZOOM_STEP**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._tool is not None and event.button() == Qt.MouseButton.LeftButton and self._image is not None:
            self._tool_down = True
            self._tool.press(self, self.map_to_image(event.position()))
            return
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton) and self._image is not None:
            self._drag_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._tool_down:
            self._tool.move(self, self.map_to_image(event.position()))
        elif self._drag_from is not None:
            delta = event.position() - self._drag_from
            self._drag_from = event.position()
            self.pan_by(delta.x(), delta.y())
        self._report_hover(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._tool_down and event.button() == Qt.MouseButton.LeftButton:
            self._tool_down = False
            self._tool.release(self, self.map_to_image(event.position()))
            return
        self._drag_from = None
        self.set_tool(self._tool)  # the cursor the tool (or panning) shows

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._tool is not None:
            return  # a quick second click while drawing must not jump the zoom
        if self._fit:
            self.zoom_to(1.0, event.position())
        else:
            self.fit()

    def leaveEvent(self, event) -> None:  # noqa: N802
        self.pixel_hovered.emit(-1, -1)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            event.acceptProposedAction()

    # --- internals ------------------------------------------------------------------------------------------
    def _center(self) -> QPointF:
        return QPointF(self.width() / 2, self.height() / 2)

    def _fit_to_window(self) -> None:
        if self._image is None or self._size.isEmpty():
            return
        margin = 8
        scale = min(
            (self.width() - 2 * margin) / self._size.width(), (self.height() - 2 * margin) / self._size.height()
        )
        self._scale = max(MIN_ZOOM, scale)
        size = self._size * self._scale
        self._offset = QPointF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2)
        self.zoom_changed.emit(self._scale, True)

    def _clamp_offset(self) -> None:
        """Keep at least a quarter of the view filled with image, so it cannot be panned out of sight."""
        if self._image is None:
            return
        size = self._size * self._scale
        keep_w, keep_h = min(size.width(), self.width() / 4), min(size.height(), self.height() / 4)
        x = min(max(self._offset.x(), keep_w - size.width()), self.width() - keep_w)
        y = min(max(self._offset.y(), keep_h - size.height()), self.height() - keep_h)
        self._offset = QPointF(x, y)

    def _report_hover(self, position: QPointF) -> None:
        if self._image is None:
            return
        point = self.map_to_image(position)
        x, y = int(point.x()), int(point.y())
        inside = 0 <= point.x() < self._size.width() and 0 <= point.y() < self._size.height()
        self.pixel_hovered.emit(x if inside else -1, y if inside else -1)


def link_views(*views: FrameView) -> None:
    """Zoom and pan in any of `views` moves the others identically (views of the same size, side by side)."""
    for view in views:
        for other in views:
            if other is not view:
                view.view_moved.connect(lambda v=view, o=other: o.follow(v))
