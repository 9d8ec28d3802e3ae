"""The Claims panel: the clip's claims (time range, rating in its colour, first line of text) and an editor for the
one selected, with the claims checked before on other clips. It shows plain rows and emits plain values; the
shell saves them, and tells the panel what the case took or refused.

Text is sent when a field loses focus or after a short pause in typing, never per keystroke. A value the case
refuses stays in its field, with the reason under it, until the reviewer changes it.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.dossier.palette import RATING_COLOURS, UNRATED
from app.i18n import translate
from app.text.shown import with_visible_controls
from widgets.colours import ink, mark, recolour_on_theme_change
from widgets.plain_text import plain_tip

PAUSE_MS = 800  # typing stopped this long: the text is sent
FIELDS = ("frames", "rating", "text", "claimant", "explanation")
_UNRATED = QColor(UNRATED)


def rating_colour(rating: str | None, scale: Sequence[str]) -> QColor:
    """The colour a rating is drawn in: the default scale's own, else green to red along a custom scale."""
    if rating in RATING_COLOURS:
        return QColor(RATING_COLOURS[rating])
    if rating in scale:
        position = list(scale).index(rating) / max(1, len(scale) - 1)
        red, green, blue = colorsys.hsv_to_rgb((1 - position) / 3, 0.65, 0.85)
        return QColor.fromRgbF(red, green, blue)
    return QColor(_UNRATED)


# The default scale's ratings are stored in English (app.store.rules.RATINGS) and shown in the reviewer's language;
# ratings of a reviewer's own scale are shown as they were written.
_DEFAULT_RATINGS = (
    QT_TRANSLATE_NOOP("Rating", "True"),
    QT_TRANSLATE_NOOP("Rating", "Mostly true"),
    QT_TRANSLATE_NOOP("Rating", "Mixed"),
    QT_TRANSLATE_NOOP("Rating", "Mostly false"),
    QT_TRANSLATE_NOOP("Rating", "False"),
    QT_TRANSLATE_NOOP("Rating", "Missing context"),
    QT_TRANSLATE_NOOP("Rating", "Unverifiable"),
    QT_TRANSLATE_NOOP("Rating", "Satire"),
)


def rating_label(rating: str) -> str:
    """A stored rating as the reviewer reads it: the default scale's in their language, their own scale's as typed."""
    return translate("Rating", rating) if rating in _DEFAULT_RATINGS else rating


_NO_CLAIMS = QT_TRANSLATE_NOOP(
    "Claims panel", "No claims yet. Set in and out marks (I, O) on the timeline, then New claim."
)


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class RatingBox(QComboBox):
    """The rating chooser: typing a rating's first letters picks it, even letters the window uses as shortcuts
    (F for False would otherwise fit the frame, and S, I, O, K, J, L do as much)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if plain and event.text().isprintable() and event.text():
                event.accept()
                return True
        return super().event(event)


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


class ClaimsPanel(QWidget):
    new_requested = Signal()
    claim_selected = Signal(object)  # the claim's id, or None
    claim_activated = Signal(int)  # double-click or Enter on a claim: go to its in-point
    edited = Signal(int, dict)  # claim id, the fields the reviewer changed
    delete_requested = Signal(int)
    range_from_marks = Signal(int)  # claim id: the shell answers with set_range()
    similar_wanted = Signal(str)  # the claim text being written: was it checked before?

    def __init__(self, scale: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale: list[str] = list(scale)
        self._rows: dict[int, dict] = {}
        self._current: int | None = None
        self._typed: set[str] = set()  # fields of the current claim changed and not sent yet
        self._unsaved: dict[tuple[int, str], tuple[object, str]] = {}  # refused: the value, and why
        self._loading = False
        self._label_of: Callable[[int], str] = str
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self.commit_all)
        self._build()
        self._load_editor()

    # --- building -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.new_button = QPushButton(translate("Claims panel", "New claim"))
        self.new_button.setToolTip(
            translate("Claims panel", "A claim on the in/out marks, or on the frame on screen (Ctrl+Shift+N)")
        )
        self.new_button.clicked.connect(self.new_requested)
        self.hint = QLabel(translate("Claims panel", _NO_CLAIMS))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.list = QTreeWidget()
        self.list.setHeaderLabels(
            [translate("Claims panel", "Time"), translate("Claims panel", "Rating"), translate("Claims panel", "Claim")]
        )
        self.list.setAccessibleName(translate("Claims panel", "Claims of this clip"))
        # a claim not rated or without words yet is listed quietly, in the theme's quiet ink
        recolour_on_theme_change(self.list, lambda: self.set_claims(list(self._rows.values())))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()  # the claim's words take the room the time and the rating do not need
        header.setStretchLastSection(True)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._on_current_item)
        self.list.itemActivated.connect(lambda item: self.claim_activated.emit(item.data(0, Qt.ItemDataRole.UserRole)))

        self.frame_in, self.frame_out = QSpinBox(), QSpinBox()
        for spin, name in (
            (self.frame_in, translate("Claims panel", "First frame of the claim")),
            (self.frame_out, translate("Claims panel", "Last frame of the claim")),
        ):
            spin.setKeyboardTracking(False)
            spin.setRange(0, 10**9)
            spin.setToolTip(name)
            spin.setAccessibleName(name)
            spin.valueChanged.connect(lambda _value: self._typing("frames"))
            spin.installEventFilter(self)
        self.marks_button = QPushButton(translate("Claims panel", "Set from marks"))
        self.marks_button.setToolTip(translate("Claims panel", "Put this claim on the timeline's in/out marks"))
        self.marks_button.clicked.connect(lambda: self._emit_for_current(self.range_from_marks))
        self.rating = RatingBox()
        self.set_scale(self.scale)
        self.rating.activated.connect(lambda _index: self._typing("rating", at_once=True))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(translate("Claims panel", "The claim, as the clip makes it"))
        self.claimant = QLineEdit()
        self.claimant.setPlaceholderText(translate("Claims panel", "Who makes it (narrator, caption, account…)"))
        self.explanation = QPlainTextEdit()
        self.explanation.setPlaceholderText(translate("Claims panel", "Why it has this rating"))
        for field, edit in (("text", self.text), ("explanation", self.explanation)):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(48)
            edit.setMaximumHeight(120)  # room left for the list above
            edit.textChanged.connect(lambda field=field: self._typing(field))
            edit.installEventFilter(self)
        self.claimant.textEdited.connect(lambda _text: self._typing("claimant"))
        self.claimant.editingFinished.connect(lambda: self.commit("claimant"))
        self.delete_button = QPushButton(translate("Claims panel", "Delete claim"))
        self.delete_button.setToolTip(
            translate("Claims panel", "Take this claim out of the case (Delete in the list; Ctrl+Z brings it back)")
        )
        self.delete_button.clicked.connect(lambda: self._emit_for_current(self.delete_requested))

        self._notes = {field: self._note() for field in FIELDS}
        span = QHBoxLayout()
        span.setContentsMargins(0, 0, 0, 0)
        span.addWidget(self.frame_in, 1)
        span.addWidget(QLabel(translate("Claims panel", "to")))
        span.addWidget(self.frame_out, 1)
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 4, 0, 0)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field, widget in (
            (translate("Claims panel", "Frames"), "frames", span),
            (translate("Claims panel", "Rating"), "rating", self.rating),
            (translate("Claims panel", "Claim"), "text", self.text),
            (translate("Claims panel", "Claimant"), "claimant", self.claimant),
            (translate("Claims panel", "Explanation"), "explanation", self.explanation),
        ):
            form.addRow(label, widget)
            form.addRow("", self._notes[field])
        buttons = QHBoxLayout()  # below the fields, so that the dock stays narrow beside two frame views
        buttons.addWidget(self.marks_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)

        self.similar_title = QLabel(translate("Claims panel", "Checked before"))
        self.similar_title.setWordWrap(True)
        self.similar = QListWidget()
        self.similar.setWordWrap(True)
        self.similar.setToolTip(translate("Claims panel", "Claims like this one on other clips in the case"))
        self.similar.setAccessibleName(translate("Claims panel", "Checked before"))
        self.similar_box = similar_box = QWidget()
        similar_layout = QVBoxLayout(similar_box)
        similar_layout.setContentsMargins(0, 4, 0, 0)
        similar_layout.setSpacing(2)
        similar_layout.addWidget(self.similar_title)
        similar_layout.addWidget(self.similar, 1)
        similar_layout.addStretch(0)
        self.show_similar([])

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.hint)
        upper_layout.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for widget, stretch in ((upper, 3), (self.editor, 0), (similar_box, 1)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([260, 360, 90])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    def _emit_for_current(self, signal) -> None:
        if self._current is not None:
            signal.emit(self._current)

    def _note(self) -> QLabel:
        note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet("font-size: 11px;")
        mark(note, "refused")
        note.hide()
        return note

    # --- what the shell gives -------------------------------------------------------------------------------
    def set_scale(self, scale: Sequence[str]) -> None:
        self.scale = list(scale)
        self.rating.clear()
        self.rating.addItem(translate("Claims panel", "Not rated"), "")
        for name in self.scale:
            self.rating.addItem(_swatch(rating_colour(name, self.scale)), rating_label(name), name)

    def set_label_of(self, label_of: Callable[[int], str]) -> None:
        """How a frame number is written in the list (a timecode, once the clip's timing is known)."""
        self._label_of = label_of

    def set_frame_count(self, count: int) -> None:
        for spin in (self.frame_in, self.frame_out):
            spin.setMaximum(max(0, count - 1) if count else 10**9)

    def set_can_create(self, enabled: bool) -> None:
        self.new_button.setEnabled(enabled)

    def set_claims(self, rows: list[dict]) -> None:
        """The clip's claims as the case has them now; what the reviewer is typing stays as it is."""
        self._rows = {row["id"]: row for row in rows}
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            self.list.addTopLevelItem(self._item(row))
        self.list.blockSignals(False)
        self.hint.setVisible(not rows)
        if self._current not in self._rows:
            self._typed.clear()
            self._current = None
            self.claim_selected.emit(None)
        else:
            self._select_item(self._current)
        for column in (0, 1):
            self.list.resizeColumnToContents(column)
        self._load_editor()

    def say_while_empty(self, text: str = "") -> None:
        """What the panel says while the clip has no claims: how to make one, or (`text`) why there are none yet,
        such as a case still being written."""
        self.hint.setText(text or translate("Claims panel", _NO_CLAIMS))

    def select(self, claim_id: int | None, edit_text: bool = False) -> None:
        if claim_id is not None and claim_id not in self._rows:
            return
        self._select_item(claim_id)
        self._switch_to(claim_id)
        if edit_text and claim_id is not None:
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def current(self) -> int | None:
        return self._current

    def claim(self, claim_id: int) -> dict | None:
        """The claim's row as last shown."""
        return self._rows.get(claim_id)

    def claim_ids(self) -> set[int]:
        return set(self._rows)

    def set_range(self, claim_id: int, frame_in: int, frame_out: int) -> None:
        """New frames for a claim (from the marks): shown and sent at once."""
        if claim_id != self._current:
            return
        self._loading = True
        self.frame_in.setValue(frame_in)
        self.frame_out.setValue(frame_out)
        self._loading = False
        self._typed.add("frames")
        self.commit("frames")

    def accepted(self, claim_id: int, values: dict) -> None:
        """The case took these values: no refusal stands for their fields any more."""
        for field in self._fields_of(values):
            self._unsaved.pop((claim_id, field), None)
        if claim_id == self._current:
            self._show_notes()

    def refused(self, claim_id: int, values: dict, message: str) -> None:
        """The case would not take these values: they stay in their fields, with the reason under them."""
        for field in self._fields_of(values):
            value = (values["frame_in"], values["frame_out"]) if field == "frames" else values[field]
            self._unsaved[(claim_id, field)] = (value, message)
        if claim_id == self._current:
            self._show_notes()

    def show_similar(self, rows: list[dict]) -> None:
        self.similar.clear()
        for row in rows:
            rating = row.get("rating") or ""
            shown = rating_label(rating) if rating else translate("Claims panel", "not rated")
            text = f"{first_line(row['text'])}  ·  {shown}  ·  {row['file_name']}"
            item = QListWidgetItem(_swatch(rating_colour(rating, self.scale)), with_visible_controls(text))
            tip = translate("Claims panel", "{claim}\n\nRated: {rating}\nOn: {clip}")
            item.setToolTip(plain_tip(tip.format(claim=row["text"], rating=shown, clip=row["file_name"])))
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.similar.addItem(item)
        self.similar.setVisible(bool(rows))
        self.similar_title.setStyleSheet("font-weight: bold;" if rows else "color: palette(mid);")
        self.similar_box.layout().setStretch(2, 0 if rows else 1)  # the title stays at the top when alone
        if rows:
            title = translate("Claims panel", "Checked before on other clips ({count})")
            self.similar_title.setText(title.format(count=len(rows)))
        elif self._current is not None and self.text.toPlainText().strip():
            self.similar_title.setText(translate("Claims panel", "Checked before: no claim like this on other clips"))
        else:
            self.similar_title.setText(
                translate("Claims panel", "Checked before: claims like this one on other clips appear here")
            )

    # --- the list -------------------------------------------------------------------------------------------
    def _item(self, row: dict) -> QTreeWidgetItem:
        first, last = row["frame_in"] or 0, row["frame_out"] or 0
        span = self._label_of(first) if first == last else f"{self._label_of(first)}–{self._label_of(last)}"
        rating = row["rating"] or ""
        # by another reviewer, maybe
        text = with_visible_controls(first_line(row["text"] or "")) or translate("Claims panel", "(no text yet)")
        shown = with_visible_controls(rating_label(rating)) or translate("Claims panel", "Not rated")
        # The list is narrow: it shows where the claim starts, the tip its whole range as the PDF writes it.
        item = QTreeWidgetItem([self._label_of(first), shown, text])
        item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
        item.setIcon(1, _swatch(rating_colour(rating, self.scale)))
        if not rating:
            item.setForeground(1, ink("quiet"))
        if not (row["text"] or "").strip():
            item.setForeground(2, ink("quiet"))
        tip = translate("Claims panel", "{span} (frames {first}–{last})\n\n{claim}")
        tip = plain_tip(tip.format(span=span, first=first, last=last, claim=row["text"] or ""))
        for column in range(3):
            item.setToolTip(column, tip)
        return item

    def _select_item(self, claim_id: int | None) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(self._find_item(claim_id))  # None clears it
        self.list.blockSignals(False)

    def _find_item(self, claim_id: int | None) -> QTreeWidgetItem | None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == claim_id:
                return item
        return None

    def _on_current_item(self, item: QTreeWidgetItem | None, _previous) -> None:
        self._switch_to(item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None)

    def _switch_to(self, claim_id: int | None) -> None:
        if claim_id == self._current:
            return
        self.commit_all()  # what was typed goes to the claim it was typed for
        self._current = claim_id
        self._typed.clear()
        self._load_editor()
        self.claim_selected.emit(claim_id)
        row = self._rows.get(claim_id) if claim_id is not None else None
        self.similar_wanted.emit((row["text"] or "") if row else "")

    # --- the editor -----------------------------------------------------------------------------------------
    def _load_editor(self) -> None:
        row = self._rows.get(self._current) if self._current is not None else None
        self.editor.setEnabled(row is not None)
        self._loading = True
        for field in FIELDS:
            stored = self._stored(row, field) if row is not None else self._blank(field)
            unsaved = self._unsaved.get((self._current, field)) if row is not None else None
            if unsaved is not None:
                self._set_value(field, unsaved[0])
            elif field not in self._typed:
                self._set_value(field, stored)
        self._loading = False
        self._show_notes()

    def _show_notes(self) -> None:
        for field, note in self._notes.items():
            unsaved = self._unsaved.get((self._current, field)) if self._current is not None else None
            note.setText(translate("Claims panel", "Not saved: {reason}").format(reason=unsaved[1]) if unsaved else "")
            note.setVisible(unsaved is not None)

    def _stored(self, row: dict, field: str) -> object:
        if field == "frames":
            return (row["frame_in"] or 0, row["frame_out"] or 0)
        return row[field] or ""

    def _blank(self, field: str) -> object:
        return (0, 0) if field == "frames" else ""

    def _value(self, field: str) -> object:
        if field == "frames":
            return (self.frame_in.value(), self.frame_out.value())
        if field == "rating":
            return self.rating.currentData() or ""
        if field == "claimant":
            return self.claimant.text()
        return getattr(self, field).toPlainText()

    def _set_value(self, field: str, value) -> None:
        if self._value(field) == value:
            return  # the same text: leave the cursor where it is
        if field == "frames":
            self.frame_in.setValue(value[0])
            self.frame_out.setValue(value[1])
        elif field == "rating":
            if value and self.rating.findData(value) < 0:  # a rating from another scale stays readable
                self.rating.addItem(_swatch(rating_colour(value, self.scale)), rating_label(value), value)
            self.rating.setCurrentIndex(max(0, self.rating.findData(value)))
        elif field == "claimant":
            self.claimant.setText(value)
        else:
            getattr(self, field).setPlainText(value)

    def _typing(self, field: str, at_once: bool = False) -> None:
        if self._loading or self._current is None:
            return
        self._typed.add(field)
        note = self._notes[field]
        if note.isVisible():
            mark(note, "changing")  # being changed: no longer the refused value
        if at_once:
            self.commit(field)
        else:
            self._pause.start()

    def commit(self, field: str) -> None:
        """Send `field` if the reviewer changed it since it was last sent."""
        if self._current is None or field not in self._typed:
            return
        self._typed.discard(field)
        mark(self._notes[field], "refused")
        value = self._value(field)
        values = {"frame_in": value[0], "frame_out": value[1]} if field == "frames" else {field: value}
        row = self._rows[self._current]
        if value == self._stored(row, field) and (self._current, field) not in self._unsaved:
            return
        self.edited.emit(self._current, values)
        if field == "text":
            self.similar_wanted.emit(value)

    def commit_all(self) -> None:
        self._pause.stop()
        for field in FIELDS:
            self.commit(field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            field = {self.text: "text", self.explanation: "explanation"}.get(watched, "frames")
            if field == "frames":
                QTimer.singleShot(0, lambda: self.commit("frames"))  # after the spin box has taken its typed value
            else:
                self.commit(field)
        return False

    @staticmethod
    def _fields_of(values: dict) -> list[str]:
        fields = [key for key in values if key not in ("frame_in", "frame_out")]
        return fields + (["frames"] if "frame_in" in values or "frame_out" in values else [])
