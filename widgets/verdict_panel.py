"""The Verdict panel: the reviewer's media authenticity assessment, the content rating, a summary and the review's
status, with who decided and when; under it, where the clip came from (its link, platform, uploader, upload date,
title and description), editable. Plain rows in, signals out; the scales come from the shell.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.i18n.dates import format_datetime
from widgets.claims_panel import rating_label
from widgets.provenance_panel import ElidedLabel
from widgets.review_fields import CommitField, FieldForm, SteadyLabel, field_label, is_web_link, open_web_link

_NO_CLIP = QT_TRANSLATE_NOOP("Verdict panel", "Open a clip to record a verdict on it.")
_NO_VERDICT = QT_TRANSLATE_NOOP("Verdict panel", "No verdict yet: choosing an assessment or a rating records one.")
_SAVED_AS_YOU_CHOOSE = QT_TRANSLATE_NOOP(
    "Verdict panel",
    "Saved as you choose; the time and your name are recorded when the assessment or rating changes.",
)
# key, label, multiline, placeholder: the clip's source fields. The mnemonics (Alt+letter) keep clear of the menu
# bar's (File, Edit, Playback, View, Analysis, Review, Help).
_SOURCE_FIELDS = (
    (
        "source_url",
        QT_TRANSLATE_NOOP("Verdict panel", "Lin&k"),
        False,
        QT_TRANSLATE_NOOP("Verdict panel", "https://… where the clip was posted"),
    ),
    ("platform", QT_TRANSLATE_NOOP("Verdict panel", "Pla&tform"), False, "YouTube, TikTok, …"),
    (
        "uploader",
        QT_TRANSLATE_NOOP("Verdict panel", "&Uploader"),
        False,
        QT_TRANSLATE_NOOP("Verdict panel", "Account that posted it"),
    ),
    (
        "upload_date",
        QT_TRANSLATE_NOOP("Verdict panel", "Upload &date"),
        False,
        QT_TRANSLATE_NOOP("Verdict panel", "YYYY-MM-DD"),
    ),
    (
        "title",
        QT_TRANSLATE_NOOP("Verdict panel", "T&itle"),
        False,
        QT_TRANSLATE_NOOP("Verdict panel", "Title as posted"),
    ),
    (
        "description",
        QT_TRANSLATE_NOOP("Verdict panel", "Des&cription"),
        True,
        QT_TRANSLATE_NOOP("Verdict panel", "Description as posted"),
    ),
)
# The stored values of the verdict's scales (app.store.rules), shown in the reviewer's language.
_STORED_WORDS = {
    "authenticity": (
        QT_TRANSLATE_NOOP("Assessment", "AI-generated, confirmed by provenance"),
        QT_TRANSLATE_NOOP("Assessment", "Likely AI-generated"),
        QT_TRANSLATE_NOOP("Assessment", "Undetermined"),
        QT_TRANSLATE_NOOP("Assessment", "Likely authentic"),
        QT_TRANSLATE_NOOP("Assessment", "Authentic, verified provenance"),
    ),
    "status": (
        QT_TRANSLATE_NOOP("Review status", "In review"),
        QT_TRANSLATE_NOOP("Review status", "Needs second opinion"),
        QT_TRANSLATE_NOOP("Review status", "Done"),
    ),
}


def value_label(key: str, value: str) -> str:
    """A stored value of the verdict's `key` ("authenticity", "content_rating", "status") as the reviewer reads it."""
    if key == "content_rating":
        return rating_label(value)
    if value not in _STORED_WORDS.get(key, ()):
        return value
    return translate("Assessment", value) if key == "authenticity" else translate("Review status", value)


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
        verdict = QGroupBox(translate("Verdict panel", "Verdict on this clip"))
        form = FieldForm()
        verdict.setLayout(form)
        # The lines that change with the verdict keep the height of their longest text: the fields under them stay
        # where they are, and a click aimed at one lands in it.
        self.note = SteadyLabel(
            [translate("Verdict panel", text) for text in (_NO_VERDICT, _SAVED_AS_YOU_CHOOSE, _NO_CLIP)]
        )
        self.note.setStyleSheet("color: palette(mid);")
        form.addRow(self.note)
        for key, label in (
            ("authenticity", translate("Verdict panel", "Assess&ment")),
            ("content_rating", translate("Verdict panel", "Co&ntent rating")),
        ):
            form.addRow(field_label(label, self._combo(key)), self.combos[key])
            if key == "authenticity":
                self.category = SteadyLabel([_category_line(c) for c in self._categories.values() if c])
                self.category.setObjectName("verdict-category")
                self.category.setStyleSheet("color: palette(mid);")
                form.addRow("", self.category)
        self.decided = ElidedLabel()  # one line whatever the name: the time first, a long name cut (whole on hover)
        self.decided.set_full_text("—")
        self.decided.setObjectName("verdict-decided")
        self.decided.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(translate("Verdict panel", "Decided"), self.decided)
        form.addRow(field_label(translate("Verdict panel", "&Status"), self._combo("status")), self.combos["status"])
        found = translate("Verdict panel", "What the review found, in a few lines")
        self.summary = CommitField("summary", True, found, lines=6, least_lines=4)
        self.summary.committed.connect(lambda key, text: self.verdict_edited.emit({key: text}))
        form.addRow(field_label(translate("Verdict panel", "Summar&y"), self.summary.editor), self.summary)
        self.clip_box = QGroupBox(translate("Verdict panel", "Clip source"))
        source_form = FieldForm()
        self.clip_box.setLayout(source_form)
        self.source_fields: dict[str, CommitField] = {}
        for key, label, multiline, placeholder in _SOURCE_FIELDS:
            field = CommitField(key, multiline, translate("Verdict panel", placeholder))
            field.committed.connect(lambda k, text: self.clip_edited.emit(self._clip_id, {k: text}))
            self.source_fields[key] = field
            if key == "source_url":
                self.open_button = QPushButton(translate("Verdict panel", "Open"))
                self.open_button.setToolTip(
                    translate("Verdict panel", "Open the clip's page in the system browser (http and https only)")
                )
                self.open_button.clicked.connect(lambda: self.open_link(self.source_fields["source_url"].text()))
                row = QWidget()
                row_layout = QHBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                row_layout.addWidget(field, 1)
                row_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
                source_form.addRow(field_label(translate("Verdict panel", label), field.editor), row)
            else:
                source_form.addRow(field_label(translate("Verdict panel", label), field.editor), field)
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
        combo.addItem(translate("Verdict panel", "Not set"), "")
        for value in self._scales[key]:
            combo.addItem(value_label(key, value), value)
            if key == "authenticity" and self._categories.get(value):
                tip = _category_line(self._categories[value])
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        combo.activated.connect(lambda index, k=key, c=combo: self.verdict_edited.emit({k: c.itemData(index) or ""}))
        self.combos[key] = combo
        return combo

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
            self.note.setText(translate("Verdict panel", _NO_CLIP))

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
        self.note.setText(translate("Verdict panel", _SAVED_AS_YOU_CHOOSE if row else _NO_VERDICT))

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
    return translate("Verdict panel", "schema.org MediaReview: {category}").format(category=category)


def _decided_line(iso: str, reviewer: str) -> str:
    if not reviewer:
        return translate("Verdict panel", "{when} by an unnamed reviewer").format(when=_when(iso))
    return translate("Verdict panel", "{when} by {reviewer}").format(when=_when(iso), reviewer=reviewer)


def _when(iso: str) -> str:
    """2026-03-01T14:03:07+00:00 -> 1 March 2026, 14:03 UTC (stored in UTC, as the audit trail is), as the
    reviewer's language writes it."""
    try:
        return format_datetime(datetime.fromisoformat(iso))
    except ValueError:  # not written by ReelCheck: shown as stored
        return iso
