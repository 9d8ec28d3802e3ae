"""The Evidence panel: the clip's pinned frames as a gallery (thumbnail, frame and timecode, overlay, note), a note
editor for the chosen one, and the drawing commands. It shows plain items and reports choices; the shell pins,
saves and seeks. `paint_regions` draws an evidence frame's shapes, for the frame view and for exports.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QKeySequence, QPainter, QPen, QPixmap, QPolygonF, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.text.shown import with_visible_controls
from widgets.colours import ink, recolour_on_theme_change
from widgets.plain_text import plain_tip
from widgets.review_fields import CommitField, field_label

THUMBNAIL = QSize(128, 72)
REGION_COLOUR = QColor(0, 229, 255)  # cyan: apart from the heatmaps' reds and yellows and from most footage
_OUTLINE = QColor(0, 0, 0, 200)
_ARROW_HEAD_PX = 16  # on screen, at any zoom

# The chosen drawing tool must read at a glance: Fusion's checked tool button is barely darker.
# Palette roles only, so that the buttons change with the theme; a disabled one takes the palette's disabled words.
_COMMAND_STYLE = """
QToolButton { padding: 4px 6px; border: 1px solid palette(mid); border-radius: 3px; background: palette(button); }
QToolButton:checked {
    background: palette(highlight); border-color: palette(highlight); color: palette(highlighted-text);
}
"""


@dataclass(frozen=True)
class EvidenceItem:
    """What the panel shows of one evidence frame."""

    id: int
    frame: int
    timecode: str
    overlay: str  # the overlay shown when it was pinned, in the reviewer's words; "" for the plain frame
    note: str
    regions: tuple[dict, ...]  # the shapes drawn on it, in fractions of the frame
    thumbnail: QImage | None  # None until the player has shown that frame this session


class EvidencePanel(QWidget):
    selected = Signal(object)  # the evidence id the reviewer is on, or None
    chosen = Signal(int)  # clicked or Enter: go to that frame with that overlay
    note_edited = Signal(int, str)  # evidence id, the note as typed (after a pause or on leaving the editor)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: dict[int, EvidenceItem] = {}
        self._note_for: int | None = None  # the evidence the note editor holds
        self.commands = QGridLayout()
        self.commands.setSpacing(4)
        self.list = QListWidget()
        recolour_on_theme_change(self.list, self._recolour)  # a frame not shown yet is drawn in the theme's inks
        self.list.setIconSize(THUMBNAIL)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(translate("Evidence panel", "Evidence frames"))
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemClicked.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        # Help names it so
        remove.setWhatsThis(translate("Evidence panel", "Remove the chosen evidence frame (in the evidence list)"))
        remove.activated.connect(self._remove_current)
        self.empty = QLabel(
            translate(
                "Evidence panel",
                "No evidence frames yet. Stop on a frame that shows the problem, turn on the overlay that shows it, "
                "and pin it (P); then draw a rectangle (R), an ellipse (E) or an arrow (A) on it.",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); padding: 4px;")
        placeholder = translate("Evidence panel", "What this frame shows, and why it matters. Saved as you type.")
        self.note = CommitField("note", True, placeholder, 3)
        self.note.editor.setObjectName("evidence-note")
        self.note.editor.setEnabled(False)
        self.note.committed.connect(self._on_note_committed)
        note_label = field_label(translate("Evidence panel", "&Note on this frame"), self.note.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.commands)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(note_label)
        layout.addWidget(self.note)

    # --- content --------------------------------------------------------------------------------------------
    def set_commands(self, rows: list[list[QAction]]) -> None:
        """Buttons for the shell's commands, a row of buttons per list: they share the actions' state and keys."""
        for r, actions in enumerate(rows):
            for c, action in enumerate(actions):
                button = QToolButton()
                button.setDefaultAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                button.setStyleSheet(_COMMAND_STYLE)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                span = 6 // len(actions)
                self.commands.addWidget(button, r, c * span, 1, span)

    def set_items(self, items: list[EvidenceItem], select: int | None = None) -> None:
        """Show `items` (in frame order); `select` chooses one, else the one chosen before stays chosen."""
        current = self.current() if select is None else select
        self._items = {item.id: item for item in items}
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            row = QListWidgetItem(_icon(item), with_visible_controls(_describe(item)))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(plain_tip(item.note or translate("Evidence panel", "No note yet")))
            row.setSizeHint(QSize(0, THUMBNAIL.height() + 12))
            self.list.addItem(row)
            if item.id == current:
                self.list.setCurrentItem(row)
        self.list.blockSignals(False)
        if self.list.currentItem() is not None:
            self.list.scrollToItem(self.list.currentItem())
        self.empty.setVisible(not items)
        self._show_note(self.current())
        self.selected.emit(self.current())

    def set_thumbnail(self, frame: int, image: QImage) -> None:
        """The picture of `frame`, now that it is known: items pinned on that frame show it."""
        for i in range(self.list.count()):
            row = self.list.item(i)
            item = self._items[row.data(Qt.ItemDataRole.UserRole)]
            if item.frame == frame:
                item = EvidenceItem(**{**item.__dict__, "thumbnail": image})
                self._items[item.id] = item
                row.setIcon(_icon(item))

    def _recolour(self) -> None:
        for i in range(self.list.count()):
            row = self.list.item(i)
            row.setIcon(_icon(self._items[row.data(Qt.ItemDataRole.UserRole)]))

    def current(self) -> int | None:
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row is not None else None

    def select(self, evidence_id: int | None) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == evidence_id:
                self.list.setCurrentRow(i)
                return
        self.list.setCurrentItem(None)

    # --- the note -------------------------------------------------------------------------------------------
    def show_note_refusal(self, evidence_id: int, message: str) -> None:
        """The case would not take the note typed for `evidence_id`: it stays, with why under it, while that
        frame is the chosen one."""
        if evidence_id == self._note_for:
            self.note.show_refusal(message)

    def _show_note(self, evidence_id: int | None) -> None:
        """The case's note for the chosen frame; a note typed but not (or not yet) taken by the case stays."""
        item = self._items.get(evidence_id) if evidence_id is not None else None
        note = item.note if item else ""
        if evidence_id == self._note_for:
            self.note.show_value(note)
            return
        self.note.commit()  # what was typed for the frame left behind is saved, not lost
        self._note_for = evidence_id
        self.note.set_text(note)
        self.note.editor.setEnabled(item is not None)

    def _on_note_committed(self, _key: str, text: str) -> None:
        if self._note_for is not None:
            self.note_edited.emit(self._note_for, text)

    # --- events ---------------------------------------------------------------------------------------------
    def _on_current(self, *_) -> None:
        self._show_note(self.current())
        self.selected.emit(self.current())

    def _remove_current(self) -> None:
        if self.current() is not None:
            self.remove_requested.emit(self.current())


def paint_regions(painter: QPainter, bounds: QRectF, regions: list[dict], weight: float = 1.0) -> None:
    """Draw shapes given in fractions of the frame onto a painter in frame pixels: a clear colour on a dark
    outline, the same width on screen at any zoom (`weight` thins them for thumbnails)."""
    scale = max(1e-6, abs(painter.transform().m11()))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for colour, width in ((_OUTLINE, 5.0 * weight), (REGION_COLOUR, 2.5 * weight)):
        pen = QPen(colour, width)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        for region in regions:
            start = QPointF(bounds.x() + region["x0"] * bounds.width(), bounds.y() + region["y0"] * bounds.height())
            end = QPointF(bounds.x() + region["x1"] * bounds.width(), bounds.y() + region["y1"] * bounds.height())
            if region["shape"] == "rectangle":
                painter.drawRect(QRectF(start, end).normalized())
            elif region["shape"] == "ellipse":
                painter.drawEllipse(QRectF(start, end).normalized())
            elif region["shape"] == "arrow":
                painter.drawLine(start, end)
                painter.drawPolygon(_arrow_head(start, end, _ARROW_HEAD_PX * weight / scale))


def _arrow_head(tail: QPointF, tip: QPointF, length: float) -> QPolygonF:
    line = QLineF(tip, tail)
    if line.length() == 0:
        return QPolygonF()
    sides = []
    for turn in (-25, 25):
        side = QLineF(line)
        side.setLength(length)
        side.setAngle(line.angle() + turn)
        sides.append(side.p2())
    return QPolygonF([tip, sides[0], sides[1], tip])


def _describe(item: EvidenceItem) -> str:
    count = len(item.regions)
    if count == 0:
        shapes = translate("Evidence panel", "no region drawn")
    elif count == 1:
        shapes = translate("Evidence panel", "1 region")
    else:
        shapes = translate("Evidence panel", "{count} regions").format(count=count)
    note = item.note.strip().splitlines()[0] if item.note.strip() else translate("Evidence panel", "No note yet")
    if len(note) > 60:
        note = note[:59] + "…"
    overlay = item.overlay or translate("Evidence panel", "Plain frame")
    frame = translate("Evidence panel", "Frame {number} · {timecode}").format(number=item.frame, timecode=item.timecode)
    return f"{frame}\n{overlay} · {shapes}\n{note}"


def _icon(item: EvidenceItem) -> QIcon:
    """The frame's thumbnail with its regions, or until the player has shown it, its frame number and timecode."""
    if item.thumbnail is not None and not item.thumbnail.isNull():
        # a new pixmap, not QPixmap.fromImage: that one takes the image's cache key, so the icon's cached
        # selected-state picture would keep the regions of the first time this thumbnail was shown
        pixmap = QPixmap(item.thumbnail.size())
        painter = QPainter(pixmap)
        painter.drawImage(0, 0, item.thumbnail)
        paint_regions(painter, QRectF(pixmap.rect()), list(item.regions), weight=0.5)
        painter.end()
        icon = QIcon(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)  # the chosen frame untinted: its regions must show
        return icon
    pixmap = QPixmap(THUMBNAIL)
    pixmap.fill(ink("placeholder"))
    painter = QPainter(pixmap)
    painter.setPen(ink("quiet"))
    painter.drawText(
        QRectF(0, 0, THUMBNAIL.width(), THUMBNAIL.height()),
        Qt.AlignmentFlag.AlignCenter,
        translate("Evidence panel", "Frame {number}\n{timecode}").format(number=item.frame, timecode=item.timecode),
    )
    painter.end()
    return QIcon(pixmap)
