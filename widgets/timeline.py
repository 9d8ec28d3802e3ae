"""The timeline: a time ruler, keyframe ticks, the in/out range, the playhead, and a thumbnail on hover; under the
track, a thin band with the clip's claims in their rating colours, the sound's lane, the lanes of words (what the
clip says and what it shows), and the score lanes.

Dragging the playhead emits `scrubbed` for every move and `scrub_finished` on release; the shell decides what
to show meanwhile (keyframe previews) and asks for the exact frame on release.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from app.i18n import translate
from app.text.shown import with_visible_controls
from app.text.timecode import TICK_STEPS, format_timecode, tick_timecode
from widgets.word_lanes import WordLane, paint_word_lane

_RULER_H = 18
_TRACK_H = 26
_LANE_H = 22
_BAND_GAP = 3  # between the track and the claims band
_BAND_H = 9
_WORD_ROW_H = 18
_PALETTE = {
    "background": QColor(28, 30, 34),
    "track": QColor(44, 47, 54),
    "ruler_text": QColor(150, 155, 165),
    "tick": QColor(90, 95, 105),
    "keyframe": QColor(95, 170, 255),
    "range": QColor(255, 196, 61, 70),
    "range_edge": QColor(255, 196, 61),
    "playhead": QColor(255, 82, 82),
    "hover": QColor(255, 255, 255, 90),
    "band": QColor(36, 38, 44),
    "camera_band": QColor(200, 215, 235, 60),  # where camera footage scores: faint, under the curve
    "camera_band_edge": QColor(200, 215, 235, 190),
}


@dataclass(frozen=True)
class ScoreLane:
    """One analyzer's per-frame score on its fixed scale, 0 the lane's bottom and 1 its top (the suspicious end),
    drawn under the track with the band where camera footage usually scores."""

    name: str
    frames: tuple[int, ...]
    values: tuple[float, ...]
    colour: QColor
    readouts: tuple[str, ...]  # each frame's score in the analyzer's own words and units
    about: str  # version, model hash, the camera band and where it was measured, failure modes
    band: tuple[float, float] | None = None  # where camera footage lies, in the lane's 0..1; None: not measured

    def readout_at(self, frame: int) -> str:
        """The score of the analysed frame at or just before `frame`."""
        at = bisect.bisect_right(self.frames, frame) - 1
        if at < 0:
            return translate("Timeline", "no score before this frame")
        return translate("Timeline", "frame {frame}: {score}").format(frame=self.frames[at], score=self.readouts[at])


class PaintedLane(Protocol):
    """A lane that paints itself (the sound's waveform): its height, its picture, and what hovering it says."""

    name: str
    height: int

    def paint(self, painter: QPainter, box: QRectF, x_of: Callable[[int], float]) -> None: ...
    def tip_at(self, frame: int) -> str: ...


@dataclass(frozen=True)
class ClaimRange:
    """A claim as the band under the track draws it: its frames, its rating colour, and its text on hover."""

    claim_id: int
    first: int
    last: int
    colour: QColor
    text: str


class HoverThumbnail(QWidget):
    """A small frameless picture that follows the cursor above the timeline."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._image: QImage | None = None
        self._caption = ""

    def show_image(self, image: QImage, caption: str, anchor: QPoint) -> None:
        self._image, self._caption = image, caption
        caption_width = self.fontMetrics().horizontalAdvance(caption) + 12
        size = QSize(max(image.width() + 8, caption_width), image.height() + 24)
        self.resize(size)
        self.move(anchor - QPoint(size.width() // 2, size.height() + 6))
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 21, 24))
        painter.setPen(QColor(90, 95, 105))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self._image is not None:
            painter.drawImage(QPoint((self.width() - self._image.width()) // 2, 4), self._image)
            painter.setPen(QColor(220, 222, 228))
            text_rect = QRect(0, self._image.height() + 4, self.width(), 20)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self._caption)


class Timeline(QWidget):
    scrub_started = Signal()
    scrubbed = Signal(int)
    scrub_finished = Signal(int)
    hovered = Signal(int)  # -1 when the cursor leaves
    claim_activated = Signal(int)  # a claim's range was double-clicked: its id
    line_activated = Signal(str, int)  # a line of words was double-clicked: its lane's key, its index there
    line_menu_asked = Signal(str, int, QPoint)  # a line was right-clicked: lane key, index, where (global)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Said to screen readers: hovering shows what lies under the pointer, so no tooltip of its own.
        self.setAccessibleName(translate("Timeline", "Timeline"))
        self.setAccessibleDescription(
            translate(
                "Timeline",
                "The clip's frames from start to end, with the playhead, the in and out marks, the claims, the "
                "sound, the words and the score lanes: click or drag to go to a frame.",
            )
        )
        self._count = 0
        self._duration = 0.0
        self._keyframes: list[int] = []
        self._position = 0
        self._marks: tuple[int | None, int | None] = (None, None)
        self._hover = -1
        self._dragging = False
        self._seconds_of: Callable[[int], float] = lambda n: 0.0
        self._label_of: Callable[[float], str] = format_timecode
        self._thumbnails: dict[int, QImage] = {}
        self._lanes: list[ScoreLane] = []
        self._sound: PaintedLane | None = None
        self._word_lanes: list[WordLane] = []
        self._rows_picture: tuple[tuple, QPixmap] | None = None  # the lanes of sound and words as last drawn
        self._claims: list[ClaimRange] = []
        self._popup = HoverThumbnail(self)
        self.setMinimumHeight(self._height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, self._height())

    def _height(self) -> int:
        extras = sum(box.height() + 3 for _kind, _lane, box in self._extra_rows())
        return round(_RULER_H + _TRACK_H + 6 + _BAND_GAP + _BAND_H + extras + len(self._lanes) * _LANE_H)

    def set_lanes(self, lanes: list[ScoreLane]) -> None:
        self._lanes = lanes
        self._grown()

    def set_sound(self, lane: PaintedLane | None) -> None:
        """The sound's lane, just under the claims band; None: the clip has no sound (or it is not read yet)."""
        self._sound = lane
        self._grown()

    def set_word_lanes(self, lanes: list[WordLane]) -> None:
        """The lanes of words, under the sound's; empty lanes are not drawn."""
        self._word_lanes = [lane for lane in lanes if lane.spans]
        self._grown()

    def word_lane(self, key: str) -> WordLane | None:
        return next((lane for lane in self._word_lanes if lane.key == key), None)

    def _grown(self) -> None:
        self._rows_picture = None
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def set_claims(self, claims: list[ClaimRange]) -> None:
        self._claims = list(claims)
        self.update()

    @property
    def claim_ranges(self) -> list[ClaimRange]:
        return list(self._claims)

    # --- content --------------------------------------------------------------------------------------------
    def set_clip(
        self,
        frame_count: int,
        keyframes: list[int],
        seconds_of: Callable[[int], float],
        label_of: Callable[[float], str],
    ) -> None:
        self._count, self._keyframes = frame_count, keyframes
        self._seconds_of, self._label_of = seconds_of, label_of
        self._duration = seconds_of(frame_count - 1) if frame_count else 0.0
        self._thumbnails.clear()
        self._sound, self._word_lanes = None, []
        self.set_lanes([])
        self._claims = []
        self._position, self._marks = 0, (None, None)
        self.update()

    def add_thumbnail(self, frame: int, image: QImage) -> None:
        self._thumbnails[frame] = image

    def thumbnail_before(self, frame: int) -> tuple[int, QImage] | None:
        """The thumbnail of the last keyframe at or before `frame`, if the strip has it yet."""
        best = max((k for k in self._thumbnails if k <= frame), default=None)
        return (best, self._thumbnails[best]) if best is not None else None

    def set_position(self, frame: int) -> None:
        if frame != self._position:
            self._position = frame
            self.update()

    def set_marks(self, mark_in: int | None, mark_out: int | None) -> None:
        self._marks = (mark_in, mark_out)
        self.update()

    @property
    def dragging(self) -> bool:
        return self._dragging

    # --- geometry -------------------------------------------------------------------------------------------
    def _track(self) -> QRectF:
        return QRectF(8, _RULER_H, max(1, self.width() - 16), _TRACK_H)

    def _band(self) -> QRectF:
        track = self._track()
        return QRectF(track.left(), track.bottom() + _BAND_GAP, track.width(), _BAND_H)

    def band_y(self) -> int:
        """The middle of the claims band, for pointing at it."""
        return int(self._band().center().y())

    def x_of(self, frame: int) -> float:
        track = self._track()
        return track.left() + track.width() * (frame / max(1, self._count - 1))

    def frame_at_x(self, x: float) -> int:
        track = self._track()
        ratio = (x - track.left()) / track.width()
        return max(0, min(self._count - 1, round(ratio * (self._count - 1))))

    # --- painting -------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), _PALETTE["background"])
        track = self._track()
        painter.fillRect(track, _PALETTE["track"])
        if self._count:
            self._paint_ruler(painter, track)
            self._paint_range(painter, track)
            self._paint_keyframes(painter, track)
            self._paint_claims(painter)
            self._paint_extra_rows(painter)
            self._paint_lanes(painter, track)
            self._paint_heads(painter, track)
        painter.end()

    def _paint_ruler(self, painter: QPainter, track: QRectF) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        painter.setFont(font)
        step = next((s for s in TICK_STEPS if track.width() * s / max(self._duration, 1e-6) >= 90), 3600)
        t = 0.0
        while t <= self._duration + 1e-9:
            x = track.left() + track.width() * (t / max(self._duration, 1e-6))
            painter.setPen(_PALETTE["tick"])
            painter.drawLine(int(x), _RULER_H - 5, int(x), _RULER_H)
            painter.setPen(_PALETTE["ruler_text"])
            painter.drawText(int(x) + 3, _RULER_H - 5, tick_timecode(t, step))
            t += step

    def _paint_range(self, painter: QPainter, track: QRectF) -> None:
        mark_in, mark_out = self._marks
        if mark_in is None and mark_out is None:
            return
        left = self.x_of(mark_in if mark_in is not None else 0)
        right = self.x_of(mark_out if mark_out is not None else self._count - 1)
        painter.fillRect(QRectF(left, track.top(), max(2.0, right - left), track.height()), _PALETTE["range"])
        painter.setPen(QPen(_PALETTE["range_edge"], 2))
        if mark_in is not None:
            painter.drawLine(int(left), int(track.top()), int(left), int(track.bottom()))
        if mark_out is not None:
            painter.drawLine(int(right), int(track.top()), int(right), int(track.bottom()))

    def _paint_keyframes(self, painter: QPainter, track: QRectF) -> None:
        painter.setPen(QPen(_PALETTE["keyframe"], 1))
        last_x = -10.0
        for k in self._keyframes:
            x = self.x_of(k)
            if x - last_x >= 2:  # dense keyframes (all-intra codecs) would paint the track solid
                painter.drawLine(int(x), int(track.bottom()) - 7, int(x), int(track.bottom()))
                last_x = x

    def _paint_claims(self, painter: QPainter) -> None:
        band = self._band()
        painter.fillRect(band, _PALETTE["band"])
        # longest first, so that a short claim inside a long one stays visible on top of it
        for claim in sorted(self._claims, key=lambda c: c.first - c.last):
            left, right = self.x_of(claim.first), self.x_of(claim.last)
            box = QRectF(left, band.top() + 1, max(3.0, right - left), band.height() - 2)
            painter.fillRect(box, claim.colour)
            painter.setPen(QPen(claim.colour.lighter(150), 1))
            painter.drawLine(box.topLeft(), box.bottomLeft())

    def claims_at(self, x: float) -> list[ClaimRange]:
        """The claims whose range covers `x`, shortest first (a few pixels either side, for short ones)."""
        slack = round(3 * max(1, self._count - 1) / self._track().width())
        frame = self.frame_at_x(x)
        hits = [c for c in self._claims if c.first - slack <= frame <= c.last + slack]
        return sorted(hits, key=lambda c: (c.last - c.first, c.first))

    def _in_band(self, y: float) -> bool:
        band = self._band()
        return band.top() - 2 <= y <= band.bottom() + 2

    def _extra_rows(self) -> list[tuple[str, PaintedLane | WordLane, QRectF]]:
        """The sound's lane and the lanes of words, with their boxes, top to bottom."""
        track, y = self._track(), self._band().bottom() + 3
        rows: list[tuple[str, PaintedLane | WordLane, QRectF]] = []
        lanes = [("sound", self._sound, self._sound.height)] if self._sound is not None else []
        lanes += [("words", lane, lane.row_count * _WORD_ROW_H) for lane in self._word_lanes]
        for kind, lane, height in lanes:
            rows.append((kind, lane, QRectF(track.left(), y, track.width(), height)))
            y += height + 3
        return rows

    def _paint_extra_rows(self, painter: QPainter) -> None:
        """The sound's and the words' lanes, drawn once per size and content and then copied: the playhead moves
        every frame while playing, and a film's subtitles are thousands of blocks."""
        rows = self._extra_rows()
        if not rows:
            return
        key = (self.size(), self.devicePixelRatioF())
        if self._rows_picture is None or self._rows_picture[0] != key:
            picture = QPixmap(self.size() * self.devicePixelRatioF())
            picture.setDevicePixelRatio(self.devicePixelRatioF())
            picture.fill(Qt.GlobalColor.transparent)
            drawing = QPainter(picture)
            font = QFont(self.font())
            font.setPointSizeF(max(7.0, font.pointSizeF() - 1.0))
            drawing.setFont(font)
            for kind, lane, box in rows:
                drawing.save()
                drawing.setClipRect(box)
                if kind == "sound":
                    lane.paint(drawing, box, self.x_of)
                else:
                    paint_word_lane(drawing, box, lane, self.x_of, _PALETTE["track"])
                drawing.restore()
            drawing.end()
            self._rows_picture = (key, picture)
        painter.drawPixmap(0, 0, self._rows_picture[1])

    def word_line_at(self, point: QPointF) -> tuple[WordLane, int] | None:
        """The line of words under `point`, if any (a few pixels either side, for short lines)."""
        if not self._count:
            return None
        slack = round(3 * max(1, self._count - 1) / self._track().width())
        for kind, lane, box in self._extra_rows():
            if kind == "words" and box.top() <= point.y() <= box.bottom():
                row = int((point.y() - box.top()) // (box.height() / lane.row_count))
                index = lane.index_at(self.frame_at_x(point.x()), min(row, lane.row_count - 1), slack)
                return (lane, index) if index is not None else None
        return None

    def word_line_y(self, key: str) -> int | None:
        """The middle of the first row of the lane of words `key`, for pointing at it."""
        box = next((box for kind, lane, box in self._extra_rows() if kind == "words" and lane.key == key), None)
        return int(box.top() + _WORD_ROW_H / 2) if box is not None else None

    def _sound_at(self, y: float) -> PaintedLane | None:
        rows = self._extra_rows()
        if rows and rows[0][0] == "sound" and rows[0][2].top() <= y <= rows[0][2].bottom():
            return rows[0][1]
        return None

    def _paint_lanes(self, painter: QPainter, track: QRectF) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        painter.setFont(font)
        for i, lane in enumerate(self._lanes):
            box = self.lane_box(i)
            painter.fillRect(box, _PALETTE["track"].darker(130))
            top_of_band = self._paint_band(painter, box, lane.band)
            points = [
                QPointF(self.x_of(n), box.bottom() - v * box.height())
                for n, v in zip(lane.frames, lane.values, strict=True)
            ]
            if points:  # the area under the curve, so that a quiet lane reads empty and a firing one full
                area = [QPointF(points[0].x(), box.bottom()), *points, QPointF(points[-1].x(), box.bottom())]
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_with_alpha(lane.colour, 70))
                painter.drawPolygon(area)
                if top_of_band is not None:  # what rises above camera footage's band is drawn solid: seen at a glance
                    painter.save()
                    painter.setClipRect(QRectF(box.left(), box.top(), box.width(), top_of_band - box.top()))
                    painter.setBrush(_with_alpha(lane.colour, 200))
                    painter.drawPolygon(area)
                    painter.restore()
            painter.setPen(QPen(lane.colour, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(points)
            label = painter.boundingRect(box.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, lane.name)
            painter.fillRect(label.adjusted(-3, 0, 3, 0), _PALETTE["track"].darker(150))
            painter.setPen(_PALETTE["ruler_text"])
            painter.drawText(label, Qt.AlignmentFlag.AlignVCenter, lane.name)

    def _paint_band(self, painter: QPainter, box: QRectF, band: tuple[float, float] | None) -> float | None:
        """Camera footage's band as a faint strip with thin edges; returns the y of its top edge."""
        if band is None:
            return None
        low, high = (min(1.0, max(0.0, v)) for v in band)
        top, bottom = box.bottom() - high * box.height(), box.bottom() - low * box.height()
        painter.fillRect(QRectF(box.left(), top, box.width(), max(1.0, bottom - top)), _PALETTE["camera_band"])
        painter.setPen(QPen(_PALETTE["camera_band_edge"], 1, Qt.PenStyle.DashLine))
        for y in {top, bottom} - {box.top(), box.bottom()}:  # an edge on the lane's own edge says nothing
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        return top

    def _paint_heads(self, painter: QPainter, track: QRectF) -> None:
        if self._hover >= 0 and not self._dragging:
            painter.setPen(QPen(_PALETTE["hover"], 1))
            x = int(self.x_of(self._hover))
            painter.drawLine(x, int(track.top()), x, int(track.bottom()))
        x = int(self.x_of(self._position))
        painter.setPen(QPen(_PALETTE["playhead"], 2))
        painter.drawLine(x, _RULER_H - 4, x, self.height() - 2)
        painter.setBrush(_PALETTE["playhead"])
        painter.drawPolygon([QPoint(x - 5, _RULER_H - 8), QPoint(x + 5, _RULER_H - 8), QPoint(x, _RULER_H - 2)])

    def _lanes_top(self) -> float:
        rows = self._extra_rows()
        return rows[-1][2].bottom() if rows else self._band().bottom()

    def lane_box(self, index: int) -> QRectF:
        """Where score lane `index` draws its curve."""
        track = self._track()
        return QRectF(track.left(), self._lanes_top() + 3 + index * _LANE_H, track.width(), _LANE_H - 4)

    def lane_y(self, index: int) -> int:
        """The middle of score lane `index`, for pointing at it."""
        return int(self._lanes_top() + 3 + index * _LANE_H + (_LANE_H - 4) / 2)

    def _lane_at(self, y: float) -> ScoreLane | None:
        index = int((y - self._lanes_top() - 3) // _LANE_H)
        return self._lanes[index] if 0 <= index < len(self._lanes) and y > self._lanes_top() else None

    # --- input ----------------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        """Hovering a score lane says the score there and what stands behind it; hovering a claim, its text."""
        if event.type() == QEvent.Type.ToolTip:
            claims = self.claims_at(event.pos().x()) if self._count and self._in_band(event.pos().y()) else []
            lane = self._lane_at(event.pos().y()) if self._count else None
            line = self.word_line_at(QPointF(event.pos()))
            sound = self._sound_at(event.pos().y()) if self._count else None
            if line is not None:
                words, index = line
                span = words.spans[index]
                hint = translate("Timeline", "Double-click: go to the line · right-click: claim from it")
                QToolTip.showText(
                    event.globalPos(),
                    f"<p><b>{escape(span.timing)}</b> · {escape(words.name)}</p>"
                    f"<p>{escape(_shortened(with_visible_controls(span.text)))}</p>"
                    f"<p><i>{escape(hint)}</i></p>",
                    self,
                )
                self._keep_tip_clear_of_thumbnail()
            elif sound is not None:
                QToolTip.showText(event.globalPos(), sound.tip_at(self.frame_at_x(event.pos().x())), self)
                self._keep_tip_clear_of_thumbnail()
            elif claims:
                no_text = "<i>" + escape(translate("Timeline", "(no text yet)")) + "</i>"
                text = "".join(f"<p>{escape(_shortened(with_visible_controls(c.text))) or no_text}</p>" for c in claims)
                hint = escape(translate("Timeline", "Double-click: go to the claim"))
                QToolTip.showText(event.globalPos(), f"{text}<p><i>{hint}</i></p>", self)
                self._keep_tip_clear_of_thumbnail()
            elif lane is None:
                QToolTip.hideText()
            else:
                readout = lane.readout_at(self.frame_at_x(event.pos().x()))
                # the score is the hovered frame's: moving on hides it (a stale score would mislead)
                spot = QRect(event.pos() - QPoint(3, 3), QSize(7, 7))
                QToolTip.showText(event.globalPos(), f"<p>{escape(readout)}</p>{lane.about}", self, spot)
                self._keep_tip_clear_of_thumbnail()
            return True
        return super().event(event)

    def _keep_tip_clear_of_thumbnail(self) -> None:
        """Qt puts a tooltip by the cursor, above it near the bottom of the screen: right over the thumbnail of
        the frame hovered. Beside the thumbnail, both are seen."""
        tip = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label"), None)
        thumbnail = self._popup.geometry()
        if tip is None or not tip.isVisible() or not self._popup.isVisible():
            return
        if not tip.geometry().intersects(thumbnail):
            return
        screen = self.screen().availableGeometry()
        x = thumbnail.right() + 8
        if x + tip.width() > screen.right():
            x = thumbnail.left() - 8 - tip.width()
        y = max(screen.top(), min(thumbnail.top(), screen.bottom() - tip.height()))
        tip.move(x, y)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        line = self.word_line_at(QPointF(event.pos()))
        if line is not None:
            self.line_menu_asked.emit(line[0].key, line[1], event.globalPos())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or not self._count:
            return
        self._dragging = True
        self._popup.hide()
        self.scrub_started.emit()
        self._move_playhead(event.position().x())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        line = self.word_line_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if line is not None:
            self.line_activated.emit(line[0].key, line[1])
            return
        claims = self.claims_at(event.position().x()) if self._count and self._in_band(event.position().y()) else []
        if event.button() == Qt.MouseButton.LeftButton and claims:
            self.claim_activated.emit(claims[0].claim_id)
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self._count:
            return
        if self._dragging:
            self._move_playhead(event.position().x())
            return
        self._hover = self.frame_at_x(event.position().x())
        self.hovered.emit(self._hover)
        self._show_hover_thumbnail(event.position().x())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging:
            self._dragging = False
            self._move_playhead(event.position().x())
            self.scrub_finished.emit(self._position)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._hover = -1
        self._popup.hide()
        self.hovered.emit(-1)
        self.update()

    def _move_playhead(self, x: float) -> None:
        frame = self.frame_at_x(x)
        if frame != self._position or not self._dragging:
            self.set_position(frame)
            self.scrubbed.emit(frame)

    def _show_hover_thumbnail(self, x: float) -> None:
        found = self.thumbnail_before(self._hover)
        if found is None:
            self._popup.hide()
            return
        keyframe, image = found
        # The picture is the keyframe's, not the hovered frame's: the caption says so.
        caption = translate("Timeline", "{time}  ·  keyframe #{keyframe}").format(
            time=self._label_of(self._seconds_of(self._hover)), keyframe=keyframe
        )
        self._popup.show_image(image, caption, self.mapToGlobal(QPoint(int(x), 0)))


def _with_alpha(colour: QColor, alpha: int) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded


def _shortened(text: str, limit: int = 280) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"
