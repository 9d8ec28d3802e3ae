"""The Provenance panel and the badge shown above the frame: what a clip's own file declares about where it came
from (Content Credentials, invisible generator watermarks, metadata hints), in the reviewer's words.

Both are fed the provenance report as plain data, the dict `ProvenanceReport.as_dict()` makes:
{"badge": {"words", "level"}, "findings": [{"kind", "title", "sentence", "strength", "details"}, ...], "note"}.
Every string in it may come from the file (titles, names, software agents): it is shown as plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.text.shown import with_visible_controls
from widgets.colours import badge, ink, mark, mark_strip, recolour_on_theme_change
from widgets.plain_text import plain_tip
from widgets.provenance_words import CREDENTIAL_STATES, NOTE, STRENGTHS, STRONG, TRUST, WORTH_A_LOOK, action_line, shown

READING, FAILED = "reading", "failed"  # the badge's own states while a report is not there

# The badge's words as text (the clip list): only levels that ask for attention are coloured.
_TEXT_INKS = {STRONG: "refused", WORTH_A_LOOK: "caution"}


def text_colour(level: str) -> str:
    """The colour of a badge's words shown as text, for the theme in use; "" for levels that are not coloured."""
    return ink(_TEXT_INKS[level]).name() if level in _TEXT_INKS else ""


_MUTED = "color: palette(mid);"  # the theme's quiet words, also where the theme changes after the panel is built


def plain_label(text: str, style: str = "", selectable: bool = True, ink_name: str | None = None) -> QLabel:
    """A wrapping label that shows `text` as it is: file metadata is hostile input, never rich text."""
    label = QLabel(with_visible_controls(text))  # manifests are written by whoever made the file
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    if ink_name:
        mark(label, ink_name)
    return label


def level_style(level: str) -> str:
    background, text = badge(level)
    return f"background: {background}; color: {text}; border-radius: 4px; padding: 4px 8px; font-weight: bold;"


class ProvenanceBadge(QFrame):
    """One line above the frame: the badge's words in its level's colour, then the first finding's sentence.
    Clicking it asks for the Provenance panel."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = ""
        self.words = QLabel()
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence = ElidedLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(8)
        layout.addWidget(self.words)
        layout.addWidget(self.sentence, 1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(translate("Provenance panel", "Show the Provenance panel"))
        self.hide()
        # every level's colours in the theme now in use: "reading" and "failed" too, which no report redraws
        recolour_on_theme_change(self, self._recolour)

    def show_badge(self, words: str, level: str, sentence: str = "") -> None:
        self.level = level
        self.words.setText(words)
        self.words.setStyleSheet(level_style(level))
        self.sentence.set_full_text(sentence)
        mark_strip(self, level)
        self.show()

    def _recolour(self) -> None:
        if self.level:
            self.words.setStyleSheet(level_style(self.level))
            mark_strip(self, self.level)

    def clear(self) -> None:
        self.level = ""
        self.words.clear()
        self.sentence.set_full_text("")
        self.hide()

    def text(self) -> str:
        return self.words.text()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class ElidedLabel(QLabel):
    """One line of plain text cut with an ellipsis to the width it gets; the whole text is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # as tall with Chinese (a taller fallback font) as without: what lies under it does not move
        probe = QLabel("Mg文")
        probe.setFont(self.font())
        self.setMinimumHeight(probe.sizeHint().height())
        self.full_text = ""

    def set_full_text(self, text: str) -> None:
        self.full_text = with_visible_controls(text)
        self.setToolTip(plain_tip(text))
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(0, self.width())))


class ProvenancePanel(QScrollArea):
    """The whole report: the badge, then Content Credentials, Invisible watermarks and Metadata hints."""

    read_again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ingredients: QTreeWidget | None = None
        self.clear()

    # --- states ---------------------------------------------------------------------------------------------
    def clear(self) -> None:
        body = self._new_body()
        body.layout().addWidget(
            plain_label(
                translate("Provenance panel", "Open a clip to read what its file declares about where it came from."),
                _MUTED,
            )
        )

    def show_reading(self, clip_name: str) -> None:
        body = self._new_body()
        body.layout().addWidget(
            plain_label(translate("Provenance panel", "Reading provenance…"), level_style("reading"))
        )
        reading = translate("Provenance panel", "Reading the Content Credentials, watermarks and metadata of {clip}.")
        body.layout().addWidget(plain_label(reading.format(clip=clip_name), _MUTED))

    def show_problem(self, sentence: str) -> None:
        """Reading failed or was cancelled: the sentence says which, and the reviewer can read again."""
        body = self._new_body()
        body.layout().addWidget(plain_label(translate("Provenance panel", "Provenance not read"), level_style(FAILED)))
        body.layout().addWidget(plain_label(sentence))
        again = QPushButton(translate("Provenance panel", "Read again"))
        again.clicked.connect(self.read_again)
        body.layout().addWidget(again, 0, Qt.AlignmentFlag.AlignLeft)

    def show_report(self, report: Mapping) -> None:
        body = self._new_body()
        layout = body.layout()
        badge = report.get("badge") or {}
        layout.addWidget(plain_label(str(badge.get("words", "")), level_style(str(badge.get("level", NOTE)))))
        findings = list(report.get("findings") or ())
        for kind, title, build in (
            ("content_credentials", translate("Provenance panel", "Content Credentials"), self._credentials),
            ("visible_mark", translate("Provenance panel", "Visible marks and AI labels"), self._visible_marks),
            ("watermark", translate("Provenance panel", "Invisible watermarks"), self._watermarks),
            ("metadata", translate("Provenance panel", "Metadata hints"), self._hints),
        ):
            mine = [f for f in findings if f.get("kind") == kind]
            layout.addWidget(_heading(title))
            build(layout, mine)
        if report.get("note"):
            layout.addWidget(_rule())
            layout.addWidget(plain_label(str(report["note"]), _MUTED))

    def shown_text(self) -> str:
        """Every text the panel shows, labels and tree rows, one per line (what a reviewer can read)."""
        lines = [label.text() for label in self.widget().findChildren(QLabel)]
        for tree in self.widget().findChildren(QTreeWidget):
            lines += [item.text(0) for item in _items(tree)]
        return "\n".join(lines)

    # --- sections -------------------------------------------------------------------------------------------
    def _credentials(self, layout: QVBoxLayout, findings: Sequence[Mapping]) -> None:
        if not findings:
            layout.addWidget(plain_label(translate("Provenance panel", "Not read."), _MUTED))
            return
        finding = findings[0]
        details = finding.get("details") or {}
        layout.addWidget(plain_label(str(finding.get("sentence", ""))))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        no_timestamp = translate("Provenance panel", "No trusted timestamp") if details.get("signer") else ""
        rows = (
            (translate("Provenance panel", "State"), shown(CREDENTIAL_STATES, str(details.get("state", "")))),
            (
                translate("Provenance panel", "Signer trust"),
                _first_upper(shown(TRUST, str(details.get("trust", "")))),
            ),
            (translate("Provenance panel", "Issuer"), details.get("issuer", "")),
            (translate("Provenance panel", "Signer"), details.get("signer", "")),
            (translate("Provenance panel", "Signing time"), details.get("signing_time", "") or no_timestamp),
            (translate("Provenance panel", "Claim generator"), details.get("claim_generator", "")),
            (translate("Provenance panel", "Title"), details.get("title", "")),
            (translate("Provenance panel", "Stored at"), details.get("remote_url", "")),
        )
        for name, value in rows:
            if value:
                form.addRow(_form_name(name), plain_label(str(value)))
        layout.addLayout(form)
        actions = details.get("actions") or ()
        if actions:
            layout.addWidget(_subheading(translate("Provenance panel", "Actions")))
            for action in actions:
                layout.addWidget(_action_label(action))
        ingredients = details.get("ingredients") or ()
        if ingredients:
            layout.addWidget(_subheading(translate("Provenance panel", "Ingredients")))
            tree = QTreeWidget()
            tree.setHeaderHidden(True)
            tree.setColumnCount(1)
            tree.setUniformRowHeights(False)
            tree.setTextElideMode(Qt.TextElideMode.ElideRight)
            lines = sum(_add_ingredient(tree.invisibleRootItem(), ingredient, 0) for ingredient in ingredients)
            tree.expandAll()
            rows = sum(1 for _ in _items(tree))
            tree.setFixedHeight(min(280, lines * tree.fontMetrics().lineSpacing() + rows * 6 + 8))
            self.ingredients = tree
            layout.addWidget(tree)
        problems = details.get("problems") or ()
        if problems:
            layout.addWidget(_subheading(translate("Provenance panel", "Problems")))
            for problem in problems:
                words, where = str(problem.get("words", "")), str(problem.get("where") or "")
                if where:
                    words = translate("Provenance panel", "{problem} ({where})").format(problem=words, where=where)
                layout.addWidget(plain_label(f"• {words}", ink_name="alarm"))
        for note in details.get("notes") or ():
            layout.addWidget(plain_label(str(note), _MUTED))

    def _watermarks(self, layout: QVBoxLayout, findings: Sequence[Mapping]) -> None:
        if not findings:
            layout.addWidget(plain_label(translate("Provenance panel", "Not read."), _MUTED))
            return
        finding = findings[0]
        details = finding.get("details") or {}
        if not details:  # the frames could not be decoded: the sentence says why
            layout.addWidget(plain_label(str(finding.get("title", ""))))
            layout.addWidget(plain_label(str(finding.get("sentence", "")), _MUTED))
            return
        summary, caveat = str(details.get("summary", "")), str(details.get("caveat", ""))
        layout.addWidget(plain_label(summary, "font-weight: bold;" if details.get("marked") else ""))
        for reading in details.get("readings") or ():
            matched, total = reading.get("bits_matched", 0), reading.get("bits_total", 0)
            line = translate("Provenance panel", "{mark}: {matched} of {total} bits, {strength}").format(
                mark=reading.get("mark", ""),
                matched=matched,
                total=total,
                strength=shown(STRENGTHS, str(reading.get("strength", ""))),
            )
            layout.addWidget(plain_label(line, level_style(STRONG) if reading.get("marked") else "font-weight: bold;"))
            layout.addWidget(plain_label(str(reading.get("sentence", "")), _MUTED))
        if caveat and caveat not in summary:
            layout.addWidget(plain_label(caveat, _MUTED))

    def _visible_marks(self, layout: QVBoxLayout, findings: Sequence[Mapping]) -> None:
        """Generator marks and AI labels read on the frames, each with where and when it was seen."""
        if not findings:
            layout.addWidget(
                plain_label(translate("Provenance panel", "The text on the frames has not been read yet."), _MUTED)
            )
            return
        for finding in findings:
            self._titled(layout, [finding])
            seen = (finding.get("details") or {}).get("seen")
            if seen:
                layout.addWidget(plain_label(str(seen)))

    def _hints(self, layout: QVBoxLayout, findings: Sequence[Mapping]) -> None:
        if not findings:
            layout.addWidget(plain_label(translate("Provenance panel", "No metadata hints."), _MUTED))
            return
        self._titled(layout, findings)

    def _titled(self, layout: QVBoxLayout, findings: Sequence[Mapping]) -> None:
        """Each finding's title with its strength beside it, and its sentence under them."""
        for hint in findings:
            strength = str(hint.get("strength", NOTE))
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(plain_label(str(hint.get("title", "")), "font-weight: bold;"), 1)
            tag_style = level_style(strength) + " font-weight: normal; padding: 1px 6px;"
            tag = plain_label(shown(STRENGTHS, strength), tag_style, False)
            tag.setWordWrap(False)
            row.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            layout.addWidget(plain_label(str(hint.get("sentence", "")), _MUTED))

    # --- building -------------------------------------------------------------------------------------------
    def _new_body(self) -> QWidget:
        self.ingredients = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)
        return body


def _heading(text: str) -> QLabel:
    label = plain_label(text, "font-weight: bold; font-size: 11pt; padding-top: 8px;", False, "heading")
    return label


def _subheading(text: str) -> QLabel:
    return plain_label(text, "font-weight: bold; padding-top: 4px;", False, "subheading")


def _form_name(text: str) -> QLabel:
    return plain_label(text, _MUTED, False)


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    mark(line, "rule")
    return line


def _action_label(action: Mapping) -> QLabel:
    """An action in the manifest's history; one a generative AI model took stands out."""
    if action.get("declares_ai_generation"):
        return plain_label(action_line(action), "font-weight: bold;", ink_name="alarm")
    return plain_label(action_line(action))


def _add_ingredient(parent: QTreeWidgetItem, ingredient: Mapping, depth: int) -> int:
    """Adds the ingredient and its own ingredients under `parent`; returns the number of text lines added."""
    title = str(ingredient.get("title") or translate("Provenance panel", "Untitled"))
    kind = str(ingredient.get("format") or "")
    lines = [translate("Provenance panel", "{title} ({format})").format(title=title, format=kind) if kind else title]
    if ingredient.get("relationship_words"):
        lines.append(_first_upper(str(ingredient["relationship_words"])))
    if ingredient.get("declares_ai_generation"):
        lines.append(translate("Provenance panel", "Declares a generative AI model made it"))
    if ingredient.get("has_credentials"):
        lines.append(translate("Provenance panel", "Has its own Content Credentials"))
    else:
        lines.append(translate("Provenance panel", "No Content Credentials"))
    problem_line = translate("Provenance panel", "Problem: {problem}")
    lines += [problem_line.format(problem=problem) for problem in ingredient.get("problems") or ()]
    text = "\n".join(lines)
    item = QTreeWidgetItem(parent, [with_visible_controls(text)])  # item text is never interpreted as markup
    item.setToolTip(0, plain_tip(text))
    if ingredient.get("declares_ai_generation"):
        item.setForeground(0, ink("alarm"))
    added = len(lines)
    if depth < 32:
        for child in ingredient.get("ingredients") or ():
            added += _add_ingredient(item, child, depth + 1)
    return added


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _items(tree: QTreeWidget):
    stack = [tree.invisibleRootItem()]
    while stack:
        item = stack.pop()
        for i in range(item.childCount()):
            stack.append(item.child(i))
            yield item.child(i)
