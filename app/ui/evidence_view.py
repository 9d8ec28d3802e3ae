"""Evidence frames in the window: pin the exact frame on screen with the overlay it shows, draw rectangles,
ellipses and arrows on it, note it, and go back to it from the Evidence panel with that overlay on again.

Regions are kept as fractions of the frame (0..1), so they mean the same at any zoom and in an export. Hashing the
frame (about 19 ms for a 4K frame) and making its thumbnail run on a worker thread; the GUI thread only paints.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QImage, QKeySequence, QPainter

from analyzers.filters import FILTERS
from app.i18n import translate
from app.text.timecode import format_timecode
from app.ui.case import CaseController
from widgets.evidence_panel import THUMBNAIL, EvidenceItem, EvidencePanel, paint_regions
from widgets.frame_view import FrameView

if TYPE_CHECKING:
    from app.ui.overlays import LiveOverlays
    from app.ui.shell import Shell
    from widgets.detector_panel import DetectorPanel

log = logging.getLogger(__name__)

FILTER_PREFIX = "filter:"
# shape, menu label, the panel's shorter label, key
SHAPES = (
    (
        "rectangle",
        QT_TRANSLATE_NOOP("Evidence", "Draw &rectangle"),
        QT_TRANSLATE_NOOP("Evidence", "Rectangle (R)"),
        "R",
    ),
    ("ellipse", QT_TRANSLATE_NOOP("Evidence", "Draw &ellipse"), QT_TRANSLATE_NOOP("Evidence", "Ellipse (E)"), "E"),
    ("arrow", QT_TRANSLATE_NOOP("Evidence", "Draw &arrow"), QT_TRANSLATE_NOOP("Evidence", "Arrow (A)"), "A"),
)
# A shape as the sentences below name it ("Drag on the frame to draw {shape}...").
_A_SHAPE = {
    "rectangle": QT_TRANSLATE_NOOP("Evidence", "a rectangle"),
    "ellipse": QT_TRANSLATE_NOOP("Evidence", "an ellipse"),
    "arrow": QT_TRANSLATE_NOOP("Evidence", "an arrow"),
}
_LEAST_DRAG_PX = 4  # a shorter drag on screen is a click, not a shape


@dataclass(frozen=True)
class PinnedFrame:
    """A frame made ready for the case on the worker: its pixels' hash and its thumbnail."""

    clip_id: int
    frame: int
    overlay: str
    sha256: str
    thumbnail: QImage


def frame_sha256(bgra: np.ndarray) -> str:
    """SHA-256 of the frame's BGRA pixels, row after row with no padding: the same frame gives the same hash."""
    return hashlib.sha256(np.ascontiguousarray(bgra).data).hexdigest()


def thumbnail(bgra: np.ndarray) -> QImage:
    """The frame made small enough for the gallery, its shape kept (run off the GUI thread)."""
    height, width = bgra.shape[:2]
    scale = min(THUMBNAIL.width() / width, THUMBNAIL.height() / height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = np.ascontiguousarray(cv2.resize(bgra, size, interpolation=cv2.INTER_AREA))
    return QImage(small.data, size[0], size[1], small.strides[0], QImage.Format.Format_RGB32).copy()


def install_evidence(
    shell: Shell,
    case: CaseController,
    detector_panel: DetectorPanel,
    overlays: Callable[[], LiveOverlays],
    filters: Callable[[], dict[str, QAction]],
) -> EvidenceView:
    return EvidenceView(shell, case, detector_panel, overlays, filters)


class EvidenceView(QObject):
    _worked = Signal(object, object)  # from a worker thread: what to call on the GUI thread, and its argument

    def __init__(
        self,
        shell: Shell,
        case: CaseController,
        detector_panel: DetectorPanel,
        overlays: Callable[[], LiveOverlays],
        filters: Callable[[], dict[str, QAction]],
    ) -> None:
        super().__init__(shell.window)
        self._shell, self._case = shell, case
        self._detector_panel = detector_panel  # its toggles name the detectors and turn them on and off
        self._overlays = overlays  # the live detector overlays, once the media engine has loaded
        self._filters = filters  # the forensic filters' commands by filter id, once the media engine has loaded
        self._rows: dict[int, dict] = {}
        self._selected: int | None = None
        self._regions: list[dict] = []  # the selected frame's shapes, with any drawn and not yet answered
        self._shape: str | None = None  # the drawing tool chosen
        self._drawing: tuple[FrameView, QPointF, dict] | None = None  # view, press point, the shape so far
        self._thumbnails: dict[int, QImage] = {}  # frame -> picture, for the clip in the case
        self._making: set[int] = set()  # frames whose thumbnails are being made
        self._awaited: tuple[int, str] | None = None  # (frame, hash) of a pin sent to the case: select it
        self._clip_id: int | None = None
        self._player_joined = False
        self._worked.connect(lambda then, value: then(value))
        self.panel = EvidencePanel()
        self.actions = self._build_actions(shell)
        self.panel.set_commands(
            [
                [self.actions["pin"]],
                [self.actions[shape] for shape, *_ in SHAPES],
                [self.actions["remove_region"], self.actions["remove"]],
            ]
        )
        self.panel.selected.connect(self._on_selected)
        self.panel.chosen.connect(self.go_to)
        self.panel.note_edited.connect(self._save_note)
        self.panel.remove_requested.connect(lambda row_id: case.delete("evidence", row_id))
        shell.add_dock("evidence", translate("Evidence", "Evidence"), self.panel, Qt.DockWidgetArea.RightDockWidgetArea)
        shell.window.tabifyDockWidget(shell.docks["media"], shell.docks["evidence"])
        shell.docks["media"].raise_()
        for view in self._views():
            view.add_layer("evidence", self._paint, on_top=True)
        case.clip_changed.connect(self._on_clip)
        case.evidence_changed.connect(self._on_rows)

    # --- commands -------------------------------------------------------------------------------------------
    def _build_actions(self, shell: Shell) -> dict[str, QAction]:
        window = shell.window
        menu = shell.menus["&Review"]
        menu.addSection(translate("Evidence", "Evidence"))
        pin_tip = translate("Evidence", "Pin the exact frame on screen, with its overlay (P)")
        specs: list[tuple[str, str, tuple[str, ...], str, Callable[[], Any]]] = [
            ("pin", translate("Evidence", "&Pin frame as evidence"), ("P",), pin_tip, self.pin),
        ]
        draw = translate("Evidence", "Drag on the frame to draw {shape} on the chosen evidence frame ({key})")
        specs += [
            (shape, translate("Evidence", label), (key,), draw.format(shape=_a(shape), key=key), None)
            for shape, label, _, key in SHAPES
        ]
        specs += [
            (
                "stop_drawing",
                translate("Evidence", "Stop drawing"),
                ("Esc",),
                translate("Evidence", "Leave the drawing mode: dragging pans again (Esc)"),
                self.stop,
            ),
            (
                "remove_region",
                translate("Evidence", "Remove &last region"),
                ("Ctrl+Backspace",),
                translate("Evidence", "Take away the shape drawn last on the chosen evidence frame (Ctrl+Backspace)"),
                self.remove_last_region,
            ),
            (
                "remove",
                translate("Evidence", "Remove evidence &frame"),
                (),
                translate(
                    "Evidence", "Take the chosen frame out of the evidence (Delete in the list); Undo brings it back"
                ),
                self.remove,
            ),
            (
                "show_list",
                translate("Evidence", "Evidence &list"),
                ("Ctrl+Shift+E",),
                translate("Evidence", "Go to the evidence list: arrows choose, Enter goes to the frame (Ctrl+Shift+E)"),
                self.focus_list,
            ),
        ]
        tools = QActionGroup(window)
        tools.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        actions = {}
        for key, label, shortcuts, tip, run in specs:
            action = QAction(label, window)
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            if run is None:  # a drawing tool
                action.setCheckable(True)
                tools.addAction(action)
                action.toggled.connect(lambda on, shape=key: self._on_tool(shape, on))
            else:
                action.triggered.connect(lambda checked=False, run=run: run())
            if key == "stop_drawing":
                window.addAction(action)  # a key, not a menu entry: it only means something while drawing
                action.setEnabled(False)
            else:
                menu.addAction(action)
            actions[key] = action
        # the panel's buttons say it shorter than the menu
        actions["pin"].setIconText(translate("Evidence", "Pin frame as evidence (P)"))
        for shape, _, short, _ in SHAPES:
            actions[shape].setIconText(translate("Evidence", short))
        actions["remove_region"].setIconText(translate("Evidence", "Remove last region"))
        actions["remove"].setIconText(translate("Evidence", "Remove frame"))
        return actions

    def pin(self) -> None:
        """The exact frame on screen becomes an evidence frame, with the overlay it shows."""
        shell = self._shell
        clip = shell.player.clip if shell.player is not None else None
        if clip is None or self._case.clip is None:
            self._say(
                translate("Evidence", "Open a clip first: evidence frames are saved with the clip they come from.")
            )
            return
        number, pixels = shell.exact_frame, shell.frame_pixels
        if number is None or pixels is None:
            self._say(
                translate(
                    "Evidence", "The picture on screen is a preview, not the exact frame: wait for it, then pin again."
                )
            )
            return
        clip_id, overlay = self._case.clip["id"], self.overlay_on_screen()
        self._in_background(
            lambda: PinnedFrame(clip_id, number, overlay, frame_sha256(pixels), thumbnail(pixels)), self._on_pinned
        )

    def overlay_on_screen(self) -> str:
        """The detectors on (their ids joined by '+') and the forensic filter ('filter:<id>'), '' for neither."""
        parts = sorted(self._overlays().enabled) if self._shell.player is not None else []
        chosen = next((k for k, a in self._filters().items() if a.isChecked()), "none")
        if chosen != "none":
            parts.append(FILTER_PREFIX + chosen)
        return "+".join(parts)

    def show_overlay(self, overlay: str) -> None:
        """Turn on what `overlay` names and everything else off."""
        parts = [p for p in overlay.split("+") if p]
        detectors = {p for p in parts if not p.startswith(FILTER_PREFIX)}
        filters = [p.removeprefix(FILTER_PREFIX) for p in parts if p.startswith(FILTER_PREFIX)]
        toggles = self._detector_panel.toggles
        for analyzer_id, toggle in toggles.items():
            toggle.setChecked(analyzer_id in detectors)
        missing = sorted(detectors - set(toggles))
        action = self._filters().get(filters[0] if filters else "none")
        if action is None:
            missing += filters
        elif not action.isChecked():
            action.trigger()
        if missing:
            missing_here = translate("Evidence", "This frame was pinned with {overlays}, which is not loaded here.")
            self._say(missing_here.format(overlays=", ".join(missing)))

    def reveal(self, evidence_id: int) -> None:
        """The Evidence panel raised and the player on the evidence frame (a search hit on it)."""
        self._shell.show_dock("evidence")
        self.go_to(evidence_id)

    def go_to(self, evidence_id: int) -> None:
        """The player on the evidence frame, with the overlay that was on when it was pinned."""
        row = self._rows.get(evidence_id)
        if row is None or self._shell.player is None or self._shell.player.clip is None:
            return
        self.show_overlay(row["overlay"] or "")
        self._shell.player.seek(row["frame"])

    def stop(self) -> None:
        checked = next((self.actions[s] for s, *_ in SHAPES if self.actions[s].isChecked()), None)
        if checked is not None:
            checked.setChecked(False)

    def remove_last_region(self) -> None:
        if self._selected is None:
            self._say(translate("Evidence", "Choose an evidence frame first (Ctrl+Shift+E goes to the list)."))
        elif not self._regions:
            self._say(translate("Evidence", "No region is drawn on this evidence frame."))
        else:
            self._regions = self._regions[:-1]
            self._save_regions()

    def remove(self) -> None:
        if self._selected is None:
            self._say(translate("Evidence", "Choose an evidence frame first (Ctrl+Shift+E goes to the list)."))
        else:
            self._case.delete("evidence", self._selected)

    def focus_list(self) -> None:
        self._shell.show_dock("evidence")
        self.panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.panel.current() is None and self.panel.list.count():
            self.panel.list.setCurrentRow(0)

    # --- drawing: the frame views hand the left button here while a tool is chosen ----------------------------
    def _on_tool(self, shape: str, on: bool) -> None:
        if on:
            row = self._rows.get(self._selected) if self._selected is not None else None
            if row is None:
                self._say(
                    translate("Evidence", "Pin a frame (P) or choose one in the Evidence panel, then draw on it.")
                )
                self.actions[shape].setChecked(False)
                return
            self._shape = shape
            if self._shell.exact_frame != row["frame"]:
                self.go_to(row["id"])
            drag = translate("Evidence", "Drag on the frame to draw {shape} on frame {number}. Esc stops drawing.")
            self._say(drag.format(shape=_a(shape), number=row["frame"]))
        elif self._shape == shape:
            self._shape = None
        self._drawing = None
        drawing = self._shape is not None
        self.actions["stop_drawing"].setEnabled(drawing)
        for view in self._views():
            view.set_tool(self if drawing else None)
        self._update_views()

    def press(self, view: FrameView, point: QPointF) -> None:
        row = self._rows.get(self._selected) if self._selected is not None else None
        if row is None or self._shape is None:
            return
        if self._shell.exact_frame != row["frame"]:
            back = translate(
                "Evidence", "Regions go on the evidence frame, {number}: go back to it (Enter in the Evidence panel)."
            )
            self._say(back.format(number=row["frame"]))
            return
        start = _fraction(view, point)
        self._drawing = (view, point, {"shape": self._shape, "x0": start[0], "y0": start[1], **_corner(start)})

    def move(self, view: FrameView, point: QPointF) -> None:
        if self._drawing is not None:
            origin, start, shape = self._drawing
            self._drawing = (origin, start, {**shape, **_corner(_fraction(view, point))})
            self._update_views()

    def release(self, view: FrameView, point: QPointF) -> None:
        if self._drawing is None or self._selected is None:
            return
        _, start, shape = self._drawing
        self._drawing = None
        shape = {**shape, **_corner(_fraction(view, point))}
        dragged = (point - start) * view.scale
        if max(abs(dragged.x()), abs(dragged.y())) < _LEAST_DRAG_PX:
            self._say(translate("Evidence", "Drag across the frame to draw {shape}.").format(shape=_a(shape["shape"])))
            self._update_views()
            return
        self._regions = [*self._regions, shape]
        self._save_regions()

    def _paint(self, painter: QPainter, bounds: QRectF) -> None:
        row = self._rows.get(self._selected) if self._selected is not None else None
        if row is None or self._shell.exact_frame != row["frame"]:
            return
        drawn = [self._drawing[2]] if self._drawing is not None else []
        paint_regions(painter, bounds, self._regions + drawn)

    # --- the case and the player ----------------------------------------------------------------------------
    def _on_clip(self, clip: dict | None) -> None:
        if not self._player_joined and self._shell.player is not None:
            # the clip enters the case once the player has hashed it: the player is there by now
            self._shell.player.shown.connect(self._on_shown)
            self._shell.timeline.scrubbed.connect(lambda _: self._update_views())
            self._player_joined = True
        clip_id = clip["id"] if clip else None
        if clip_id != self._clip_id:
            self._clip_id = clip_id
            self._thumbnails.clear()
            self._awaited = None
            self._on_rows([])

    def _on_pinned(self, pinned: PinnedFrame) -> None:
        if self._case.clip is None or self._case.clip["id"] != pinned.clip_id:
            return  # another clip is open now
        self._thumbnails[pinned.frame] = pinned.thumbnail
        self._awaited = (pinned.frame, pinned.sha256)
        values = {"frame": pinned.frame, "overlay": pinned.overlay, "regions": [], "note": ""}
        self._case.create("evidence", {**values, "image_sha256": pinned.sha256})

    def _on_rows(self, rows: list[dict]) -> None:
        known = set(self._rows)
        self._rows = {row["id"]: row for row in rows}
        select = None
        if self._awaited is not None:
            fresh = [r for r in rows if r["id"] not in known and (r["frame"], r["image_sha256"]) == self._awaited]
            if fresh:
                select, self._awaited = fresh[-1]["id"], None
                self._shell.show_dock("evidence")
        self.panel.set_items([self._item(row) for row in rows], select)
        if self._shell.exact_frame is not None:
            self._make_thumbnail(self._shell.exact_frame)

    def _on_selected(self, evidence_id: int | None) -> None:
        self._selected = evidence_id if evidence_id in self._rows else None
        row = self._rows.get(self._selected) if self._selected is not None else None
        self._regions = list(row["regions"] or []) if row else []
        self._drawing = None
        if row is None:
            self.stop()
        self._update_views()

    def _on_shown(self, shown) -> None:
        if shown.exact:
            self._make_thumbnail(shown.number)
        self._update_views()

    def _make_thumbnail(self, number: int) -> None:
        """A thumbnail for evidence on this frame, which is on screen, if it has none yet."""
        pixels = self._shell.frame_pixels
        wanted = any(row["frame"] == number for row in self._rows.values())
        if not wanted or number in self._thumbnails or number in self._making or pixels is None:
            return
        self._making.add(number)
        clip_id = self._clip_id
        self._in_background(lambda: (clip_id, number, thumbnail(pixels)), self._on_thumbnail)

    def _on_thumbnail(self, made: tuple[int | None, int, QImage]) -> None:
        clip_id, number, image = made
        self._making.discard(number)
        if clip_id == self._clip_id:
            self._thumbnails[number] = image
            self.panel.set_thumbnail(number, image)

    def _save_regions(self) -> None:
        self._case.edit("evidence", self._selected, {"regions": self._regions}, refused=self._forget_drawn)
        self._update_views()

    def _save_note(self, evidence_id: int, text: str) -> None:
        refused = partial(self.panel.show_note_refusal, evidence_id)  # under the note, while it is on screen
        self._case.edit("evidence", evidence_id, {"note": text}, refused=refused)

    def _forget_drawn(self, _message: str) -> None:
        """The case refused the shapes: show the regions it holds."""
        row = self._rows.get(self._selected) if self._selected is not None else None
        self._regions = list(row["regions"] or []) if row else []
        self._update_views()

    # --- plumbing -------------------------------------------------------------------------------------------
    def _item(self, row: dict) -> EvidenceItem:
        clip = self._shell.player.clip if self._shell.player is not None else None
        timecode = format_timecode(clip.index.seconds(row["frame"])) if clip is not None else ""
        return EvidenceItem(
            row["id"],
            row["frame"],
            timecode,
            self._overlay_name(row["overlay"] or ""),
            row["note"] or "",
            tuple(row["regions"] or []),
            self._thumbnails.get(row["frame"]),
        )

    def _overlay_name(self, overlay: str) -> str:
        toggles = self._detector_panel.toggles
        filters = {f.id: f.name for f in FILTERS}
        names = []
        for part in (p for p in overlay.split("+") if p):
            if part.startswith(FILTER_PREFIX):
                names.append(filters.get(part.removeprefix(FILTER_PREFIX), part))
            else:
                names.append(toggles[part].text() if part in toggles else part)
        return " + ".join(names)

    def _views(self) -> tuple[FrameView, FrameView]:
        return self._shell.frame_views

    def _update_views(self) -> None:
        for view in self._views():
            view.update()

    def _say(self, text: str) -> None:
        self._shell.status_bar.showMessage(text, 6000)

    def _in_background(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run `work` on a thread of its own (a pin must not wait behind a whole-clip analysis); `then` gets its
        result on the GUI thread."""

        def run() -> None:
            try:
                result = work()
            except Exception:  # a bug: the reviewer is told, the log has the traceback
                log.exception("evidence work failed")
                self._worked.emit(
                    self._say, translate("Evidence", "The frame could not be prepared as evidence; see the log.")
                )
            else:
                self._worked.emit(then, result)

        threading.Thread(target=run, name="evidence", daemon=True).start()


def _fraction(view: FrameView, point: QPointF) -> tuple[float, float]:
    """An image point as fractions of the frame, kept inside it."""
    size = view.frame_size()
    if size.isEmpty():
        return 0.0, 0.0
    return (
        round(min(1.0, max(0.0, point.x() / size.width())), 6),
        round(min(1.0, max(0.0, point.y() / size.height())), 6),
    )


def _corner(point: tuple[float, float]) -> dict:
    return {"x1": point[0], "y1": point[1]}


def _a(shape: str) -> str:
    return translate("Evidence", _A_SHAPE[shape])
