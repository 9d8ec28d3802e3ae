"""The Sources panel: the sources of the claim the reviewer is on (or of the clip itself when no claim is chosen),
a list and an editor for the one chosen. It takes plain rows and says what the reviewer did with signals; the
shell saves the edits and sends the fresh rows back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.text.shown import with_visible_controls
from widgets.plain_text import plain_tip
from widgets.review_fields import CommitField, FieldForm, field_label, is_web_link, open_web_link

# key, label, multiline, placeholder: the editor's text fields, in order. The mnemonics (Alt+letter) keep clear of
# the menu bar's (File, Edit, Playback, View, Analysis, Review, Help).
_FIELDS = (
    ("url", QT_TRANSLATE_NOOP("Sources panel", "&Link"), False, "https://…"),
    (
        "title",
        QT_TRANSLATE_NOOP("Sources panel", "&Title"),
        False,
        QT_TRANSLATE_NOOP("Sources panel", "The article's or post's title"),
    ),
    (
        "publisher",
        QT_TRANSLATE_NOOP("Sources panel", "Pu&blisher"),
        False,
        QT_TRANSLATE_NOOP("Sources panel", "Filled from the link's site"),
    ),
    (
        "published",
        QT_TRANSLATE_NOOP("Sources panel", "Publishe&d"),
        False,
        QT_TRANSLATE_NOOP("Sources panel", "YYYY-MM-DD"),
    ),
    (
        "accessed",
        QT_TRANSLATE_NOOP("Sources panel", "A&ccessed"),
        False,
        QT_TRANSLATE_NOOP("Sources panel", "YYYY-MM-DD"),
    ),
    ("archive_url", QT_TRANSLATE_NOOP("Sources panel", "Arch&ive"), False, "https://web.archive.org/…"),
    (
        "quote",
        QT_TRANSLATE_NOOP("Sources panel", "&Quote"),
        True,
        QT_TRANSLATE_NOOP("Sources panel", "The passage that matters, as written (any language)"),
    ),
)
# The stances a source takes (app.store.rules.STANCES), stored in English and shown in the reviewer's language.
_STANCES = (
    QT_TRANSLATE_NOOP("Stance", "supports"),
    QT_TRANSLATE_NOOP("Stance", "refutes"),
    QT_TRANSLATE_NOOP("Stance", "context"),
)


def stance_label(stance: str) -> str:
    return translate("Stance", stance) if stance in _STANCES else stance


class SourcesPanel(QWidget):
    add_requested = Signal()
    remove_requested = Signal(int)  # the source's id
    edited = Signal(int, dict)  # the source's id, the fields that changed
    link_opened = Signal(str)  # a link handed to the system browser

    def __init__(self, stances: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []  # every source of the clip
        self._claim: int | None = None
        self._claim_label = ""
        self._shown_id: int | None = None
        self._want_newest = False
        self._known_ids: set[int] = set()
        self.scope = QLabel(translate("Sources panel", "Open a clip to attach sources."))
        self.scope.setObjectName("sources-scope")
        self.scope.setWordWrap(True)
        self.scope.setStyleSheet("font-weight: 600; padding: 2px 0;")
        self.list = QListWidget()
        self.list.setObjectName("sources-list")
        self.list.setAccessibleName(translate("Sources panel", "Sources"))
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(4 * self.list.fontMetrics().lineSpacing() + 8)  # two sources at least
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda item: self.open_link(self._row(item).get("url") or ""))
        remove = QAction(translate("Sources panel", "Remove source"), self.list)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in the list, not while typing
        remove.triggered.connect(self.request_remove)
        self.list.addAction(remove)
        self.add_button = QPushButton(translate("Sources panel", "Add s&ource"))
        self.add_button.setToolTip(
            translate("Sources panel", "Attach a new source to the claim (or to the clip when no claim is chosen)")
        )
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(translate("Sources panel", "Re&move source"))
        self.remove_button.setToolTip(
            translate("Sources panel", "Take the chosen source out of the case (Delete in the list); Undo restores it")
        )
        self.remove_button.clicked.connect(self.request_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.scope)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(buttons)
        self.editor = self._build_editor()
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self._stances = list(stances)
        self.stance.addItems([translate("Sources panel", "No stance"), *map(stance_label, self._stances)])
        self.set_clip_open(False)

    def _build_editor(self) -> QWidget:
        self.fields: dict[str, CommitField] = {}
        self.open_buttons: dict[str, QPushButton] = {}
        form = FieldForm()
        for key, label, multiline, placeholder in _FIELDS:
            field = CommitField(key, multiline, translate("Sources panel", placeholder))
            field.committed.connect(self._on_committed)
            self.fields[key] = field
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(field, 1)
            if key in ("url", "archive_url"):
                button = QPushButton(translate("Sources panel", "Open"))
                button.setObjectName(f"open-{key}")
                button.setToolTip(
                    translate("Sources panel", "Open this link in the system browser (http and https links only)")
                )
                button.clicked.connect(lambda _=False, k=key: self.open_link(self.fields[k].text(), k))
                row_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.open_buttons[key] = button
            form.addRow(field_label(translate("Sources panel", label), field.editor), row)
        self.stance = QComboBox()
        self.stance.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stance.setObjectName("field-stance")
        self.stance.activated.connect(self._on_stance)
        form.insertRow(3, field_label(translate("Sources panel", "&Stance"), self.stance), self.stance)
        self.link = QLabel()
        self.link.setObjectName("sources-link")
        self.link.setWordWrap(True)
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.link.linkActivated.connect(self.open_link)
        form.insertRow(0, self.link)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return scroll

    # --- what the shell tells the panel ---------------------------------------------------------------------
    def set_clip_open(self, is_open: bool) -> None:
        if not is_open:
            self._rows, self._known_ids = [], set()
            self._claim, self._claim_label = None, ""
        self.add_button.setEnabled(is_open)
        self._refresh()

    def set_claim(self, claim_id: int | None, label: str = "") -> None:
        """Follow the claim the reviewer is on; None shows the clip's own sources."""
        if claim_id != self._claim:
            self._flush()
        self._claim, self._claim_label = claim_id, label
        self._refresh()

    def set_sources(self, rows: list[dict]) -> None:
        """Every source of the clip (its own and its claims'), fresh from the case."""
        self._rows = list(rows)
        self._refresh()

    def show_refusal(self, key: str, message: str) -> None:
        if key in self.fields:  # the stance is chosen from a list: its refusal is in the status bar only
            self.fields[key].show_refusal(message)

    def expect_new_source(self) -> None:
        """The next source that appears is the one just asked for: choose it and put the cursor in its link."""
        self._want_newest = True
        self._known_ids = {row["id"] for row in self._rows}

    # --- reading --------------------------------------------------------------------------------------------
    @property
    def claim_id(self) -> int | None:
        return self._claim

    def current_source(self) -> dict | None:
        return next((row for row in self._rows if row["id"] == self._shown_id), None)

    def visible_rows(self) -> list[dict]:
        return [row for row in self._rows if (row.get("claim_id") or None) == self._claim]

    # --- actions --------------------------------------------------------------------------------------------
    def request_remove(self) -> None:
        if self._shown_id is not None:
            self.remove_requested.emit(self._shown_id)

    def open_link(self, url: str, key: str = "url") -> None:
        if open_web_link(url):
            self.link_opened.emit(url.strip())
        elif url.strip():
            self.fields[key].show_refusal(translate("Sources panel", "Only http:// and https:// links are opened."))

    def focus_link(self) -> None:
        self.fields["url"].editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- inside ---------------------------------------------------------------------------------------------
    def _refresh(self) -> None:
        if not self.add_button.isEnabled():
            self.scope.setText(translate("Sources panel", "Open a clip to attach sources."))
        elif self._claim is None:
            self.scope.setText(translate("Sources panel", "Sources of the clip itself (no claim chosen)"))
        elif self._claim_label:
            self.scope.setText(
                translate("Sources panel", "Sources of the claim: {claim}").format(claim=self._claim_label)
            )
        else:
            self.scope.setText(translate("Sources panel", "Sources of claim {number}").format(number=self._claim))
        rows = self.visible_rows()
        wanted, newest = self._shown_id, None
        if self._want_newest:
            fresh = [row["id"] for row in rows if row["id"] not in self._known_ids]
            if fresh:
                wanted = newest = max(fresh)
                self._want_newest = False
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(with_visible_controls(_summary(row)))  # titles come from pages and reviewers
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setToolTip(plain_tip(row.get("url") or ""))
            self.list.addItem(item)
            if row["id"] == wanted:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and rows:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        current = self.list.currentItem()
        new_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        if new_id != self._shown_id:
            self._flush()
        self._show(self.current_row_by_id(new_id), fresh=new_id != self._shown_id)
        if newest is not None and new_id == newest:
            self.focus_link()

    def current_row_by_id(self, row_id: int | None) -> dict | None:
        return next((row for row in self._rows if row["id"] == row_id), None)

    def _row(self, item: QListWidgetItem) -> dict:
        return self.current_row_by_id(item.data(Qt.ItemDataRole.UserRole)) or {}

    def _on_current(self, current: QListWidgetItem | None, previous) -> None:
        self._flush()
        row = self._row(current) if current is not None else None
        self._show(row, fresh=True)

    def _show(self, row: dict | None, fresh: bool) -> None:
        self._shown_id = row["id"] if row else None
        self.editor.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        for key, field in self.fields.items():
            value = (row or {}).get(key) or ""
            field.set_text(value) if fresh else field.show_value(value)
        stance = (row or {}).get("stance") or ""
        self.stance.setCurrentIndex(self._stances.index(stance) + 1 if stance in self._stances else 0)
        url = (row or {}).get("url") or ""
        if is_web_link(url):
            self.link.setText(f'<a href="{_escaped(url)}">{_escaped(with_visible_controls(_shortened(url)))}</a>')
            self.link.setToolTip(translate("Sources panel", "Open {link} in the system browser").format(link=url))
        else:
            empty = (
                translate("Sources panel", "No link yet")
                if row
                else translate("Sources panel", "Choose or add a source")
            )
            self.link.setText(f"<i>{_escaped(empty)}</i>")
            self.link.setToolTip("")

    def _flush(self) -> None:
        """Save whatever is typed in the shown source before the editor shows another one."""
        for field in self.fields.values():
            field.commit()

    def _on_committed(self, key: str, text: str) -> None:
        if self._shown_id is not None:
            self.edited.emit(self._shown_id, {key: text})

    def _on_stance(self, index: int) -> None:
        if self._shown_id is not None:
            self.edited.emit(self._shown_id, {"stance": self._stances[index - 1] if index > 0 else ""})


def _summary(row: dict) -> str:
    title = row.get("title") or row.get("url") or translate("Sources panel", "New source (no link yet)")
    details = [d for d in (row.get("publisher"), row.get("published"), stance_label(row.get("stance") or "")) if d]
    return f"{title}\n{' · '.join(details)}" if details else title


def _shortened(url: str, most: int = 70) -> str:
    return url if len(url) <= most else url[: most - 1] + "…"


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
