"""The Verdict panel: the reviewer's media authenticity assessment, the content rating, a summary and the review's
status, with who decided and when; under it, where the clip came from (its link, platform, uploader, upload date,
title and description), editable. Plain rows in, signals out; the scales come from the shell.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from widgets.provenance_panel import ElidedLabel
from widgets.review_fields import CommitField, FieldForm, SteadyLabel, is_web_link, open_web_link

_UNSET = "Not set"
_NO_CLIP = "Open a clip to record a verdict on it."
_NO_VERDICT = "No verdict yet: choosing an assessment or a rating records one."
_SAVED_AS_YOU_CHOOSE = "Saved as you choose; the time and your name are recorded when the assessment or rating changes."
# key, label, multiline, placeholder: the clip's source fields. The mnemonics (Alt+letter) keep clear of the menu
# bar's (File, Edit, Playback, View, Analysis, Review, Help).
_SOURCE_FIELDS = (
    ("source_url", "Lin&k", False, "https://… where the clip was posted"),
    ("platform", "Pla&tform", False, "YouTube, TikTok, …"),
    ("uploader", "&Uploader", False, "Account that posted it"),
    ("upload_date", "Upload &date", False, "YYYY-MM-DD"),
    ("title", "T&itle", False, "Title as posted"),
    ("description", "Des&cription", True, "Description as posted"),
)


class VerdictPanel(QWidget):
    verdict_edited = Signal(dict)  # the verdict's fields that changed
    clip_edited = Signal(int, dict)  # the clip's id, its source fields that changed
    link_opened = Signal(str)

    def __init__(
        self,
        authenticity: Mapping[str, str],
        ratings: Sequence[str],
        statuses: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        """`authenticity`: each assessment with the schema.org MediaReview category it exports as."""
        super().__init__(parent)
        self._categories = dict(authenticity)
        self._scales = {"authenticity": list(authenticity), "content_rating": list(ratings), "status": list(statuses)}
        self.combos: dict[str, QComboBox] = {}
        verdict = QGroupBox("Verdict on this clip")
        form = FieldForm()
        verdict.setLayout(form)
        # The lines that change with the verdict keep the height of their longest text: the fields under them stay
        # where they are, and a click aimed at one lands in it.
        self.note = SteadyLabel((_NO_VERDICT, _SAVED_AS_YOU_CHOOSE, _NO_CLIP))
        self.note.setStyleSheet("color: palette(mid);")
        form.addRow(self.note)
        for key, label in (("authenticity", "Assess&ment"), ("content_rating", "Co&ntent rating")):
            form.addRow(self._label(label, self._combo(key)), self.combos[key])
            if key == "authenticity":
                self.category = SteadyLabel([_category_line(c) for c in self._categories.values() if c])
                self.category.setObjectName("verdict-category")
                self.category.setStyleSheet("color: palette(mid);")
                form.addRow("", self.category)
        self.decided = ElidedLabel()  # one line whatever the name: the time first, a long name cut (whole on hover)
        self.decided.set_full_text("—")
        self.decided.setObjectName("verdict-decided")
        self.decided.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("Decided", self.decided)
        form.addRow(self._label("&Status", self._combo("status")), self.combos["status"])
        self.summary = CommitField("summary", True, "What the review found, in a few lines", lines=6, least_lines=4)
        self.summary.committed.connect(lambda key, text: self.verdict_edited.emit({key: text}))
        form.addRow(self._label("Summar&y", self.summary.editor), self.summary)
        self.clip_box = QGroupBox("Clip source")
        source_form = FieldForm()
        self.clip_box.setLayout(source_form)
        self.source_fields: dict[str, CommitField] = {}
        for key, label, multiline, placeholder in _SOURCE_FIELDS:
            field = CommitField(key, multiline, placeholder)
            field.committed.connect(lambda k, text: self.clip_edited.emit(self._clip_id, {k: text}))
            self.source_fields[key] = field
            if key == "source_url":
                self.open_button = QPushButton("Open")
                self.open_button.setToolTip("Open the clip's page in the system browser (http and https only)")
                self.open_button.clicked.connect(lambda: self.open_link(self.source_fields["source_url"].text()))
                row = QWidget()
                row_layout = QHBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                row_layout.addWidget(field, 1)
                row_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
                source_form.addRow(self._label(label, field.editor), row)
            else:
                source_form.addRow(self._label(label, field.editor), field)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(6, 6, 6, 6)
        inner_layout.addWidget(verdict)
        inner_layout.addWidget(self.clip_box)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the fields narrow instead
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._clip_id: int | None = None
        self.set_clip(None)

    def _combo(self, key: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"field-{key}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)  # long assessments are cut, not the dock widened
        combo.addItem(_UNSET, "")
        for value in self._scales[key]:
            combo.addItem(value, value)
            if key == "authenticity" and self._categories.get(value):
                tip = f"schema.org MediaReview: {self._categories[value]}"
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        combo.activated.connect(lambda index, k=key, c=combo: self.verdict_edited.emit({k: c.itemData(index) or ""}))
        self.combos[key] = combo
        return combo

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- what the shell tells the panel ---------------------------------------------------------------------
    def set_clip(self, clip: dict | None) -> None:
        """The clip in the case (its source fields), or None when no clip is open."""
        fresh = (clip or {}).get("id") != self._clip_id
        self._clip_id = (clip or {}).get("id")
        self.setEnabled(clip is not None)
        for key, field in self.source_fields.items():
            value = (clip or {}).get(key) or ""
            field.set_text(value) if fresh else field.show_value(value)
        if fresh:
            self.summary.set_text("")  # the clip's verdict follows
        self.open_button.setEnabled(is_web_link((clip or {}).get("source_url") or ""))
        if clip is None:
            self.set_verdict(None)
            self.note.setText(_NO_CLIP)

    def set_verdict(self, row: dict | None) -> None:
        row = row or {}
        for key, combo in self.combos.items():
            index = combo.findData(row.get(key) or "")
            combo.setCurrentIndex(max(index, 0))
        self.summary.show_value(row.get("summary") or "")
        category = self._categories.get(row.get("authenticity") or "", "")
        self.category.setText(_category_line(category) if category else "")
        if row.get("decided_at"):
            self.decided.set_full_text(_decided_line(row["decided_at"], row.get("reviewer") or ""))
        else:
            self.decided.set_full_text("—")
        self.note.setText(_SAVED_AS_YOU_CHOOSE if row else _NO_VERDICT)

    def show_refusal(self, key: str, message: str) -> None:
        field = self.source_fields.get(key) or (self.summary if key == "summary" else None)
        if field is not None:
            field.show_refusal(message)
        else:
            self.note.setText(message)

    def flush(self) -> None:
        """Save what is typed before the panel shows another clip."""
        for field in (self.summary, *self.source_fields.values()):
            field.commit()

    def focus_assessment(self) -> None:
        self.combos["authenticity"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_link(self, url: str) -> None:
        if open_web_link(url):
            self.link_opened.emit(url.strip())


def _category_line(category: str) -> str:
    return f"schema.org MediaReview: {category}"


def _decided_line(iso: str, reviewer: str) -> str:
    return f"{_when(iso)} by {reviewer or 'an unnamed reviewer'}"


def _when(iso: str) -> str:
    """2026-03-01T14:03:07+00:00 -> 2026-03-01 14:03 UTC (stored in UTC, as the audit trail is)."""
    text = iso.replace("T", " ")
    for suffix in ("+00:00", "Z"):
        text = text.removesuffix(suffix)
    return f"{text[:16]} UTC"
