"""The filter bar above the queue: status, decision, provenance badge, "evidence at least", tag, assignee, a search
box, and saved filters. It speaks plain dicts (the fields of app.store.queue.QueueFilter) and signals; the shell
turns them into store queries and keeps the saved ones, and gives the choices with their words on screen."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate

_TYPING_MS = 200  # a search is asked for once typing pauses


class QueueFilterBar(QWidget):
    changed = Signal(dict)  # the filter on screen, as QueueFilter.as_dict() writes it
    save_requested = Signal()  # "Save as…": the shell asks for a name
    saved_chosen = Signal(str)
    delete_requested = Signal(str)

    def __init__(
        self,
        statuses: tuple[tuple[str, str], ...],
        decisions: tuple[tuple[str, str], ...],
        levels: tuple[tuple[str, str], ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queue-filters")
        self._group: int | None = None
        self._quiet = False
        # (words shown, value) pairs; each chooser says what it filters in its first choice: no captions, so the bar
        # fits a 1366 px screen
        self.status = _combo(
            translate("Queue filters", "Status"), [(translate("Queue filters", "Any status"), None), *statuses]
        )
        self.decision = _combo(
            translate("Queue filters", "Decision"),
            [
                (translate("Queue filters", "Any decision"), None),
                (translate("Queue filters", "Not decided"), ""),
                *decisions,
            ],
        )
        self.badge = _combo(
            translate("Queue filters", "Provenance badge"), [(translate("Queue filters", "Any badge"), None), *levels]
        )
        self.evidence = QSpinBox()
        self.evidence.setRange(0, 100)
        self.evidence.setSuffix("%")
        self.evidence.setPrefix(translate("Queue filters", "evidence ≥ "))
        self.evidence.setSpecialValueText(translate("Queue filters", "any evidence"))
        self.evidence.setAccessibleName(translate("Queue filters", "Clip-level evidence at least"))
        self.evidence.setToolTip(
            translate(
                "Queue filters", "Only clips whose clip-level evidence is at least this (0: any, measured or not)"
            )
        )
        self.tag = _line(translate("Queue filters", "tag"), translate("Queue filters", "Only clips with this tag"))
        self.assignee = _line(
            translate("Queue filters", "assignee"), translate("Queue filters", "Only clips assigned to this reviewer")
        )
        self.search = _line(
            translate("Queue filters", "Search names, uploaders, claims, notes"),
            translate("Queue filters", "Search (any script; three letters or more use the index)"),
            width=110,
            wide=True,
        )
        self.search.setClearButtonEnabled(True)
        self.group = QToolButton()
        self.group.setObjectName("queue-group-filter")
        self.group.setStyleSheet(
            "#queue-group-filter { border: 1px solid palette(highlight); border-radius: 3px; padding: 2px 8px;"
            " color: palette(link); }"
        )
        self.group.setToolTip(
            translate("Queue filters", "Showing one group of near-duplicates: click to show the whole queue again")
        )
        self.group.setAccessibleName(translate("Queue filters", "Show the whole queue again"))
        self.group.hide()
        self.group.clicked.connect(lambda: self.set_group(None))
        self.saved = QComboBox()
        self.saved.setToolTip(translate("Queue filters", "Saved filters"))
        self.saved.setAccessibleName(translate("Queue filters", "Saved filters"))
        self.saved.setMinimumContentsLength(15)  # "No saved filter", and 没有已保存的筛选 whole
        self.saved.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.save = QPushButton(translate("Queue filters", "Save…"))
        self.save.setToolTip(translate("Queue filters", "Keep the filter on screen under a name"))
        self.delete = QPushButton(translate("Queue filters", "Delete"))
        self.delete.setToolTip(translate("Queue filters", "Forget the saved filter chosen"))
        self.count = QLabel()
        self.count.setObjectName("queue-count")
        # Two rows: in one, the filters and the saved ones would not fit a laptop's screen beside the preview
        filters, kept = QHBoxLayout(), QHBoxLayout()
        for widget in (self.status, self.decision, self.badge, self.evidence, self.tag, self.assignee):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        for widget in (self.group, self.saved, self.save, self.delete):
            kept.addWidget(widget)
        kept.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        for row in (filters, kept):
            row.setSpacing(6)
            layout.addLayout(row)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(_TYPING_MS)
        self._typing.timeout.connect(self._emit)
        for combo in (self.status, self.decision, self.badge):
            combo.currentIndexChanged.connect(self._emit)
        self.evidence.valueChanged.connect(lambda _value: self._typing.start())
        for line in (self.tag, self.assignee, self.search):
            line.textChanged.connect(lambda _text: self._typing.start())
            line.returnPressed.connect(self._emit)
        for fixed in (self.status, self.decision, self.badge, self.evidence, self.saved, self.save, self.delete):
            fixed.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # the search box takes the rest
        self.save.clicked.connect(self.save_requested.emit)
        self.saved.activated.connect(lambda n: n > 0 and self.saved_chosen.emit(self.saved.itemText(n)))
        self.delete.clicked.connect(self._ask_delete)
        self.set_saved_names([])

    def values(self) -> dict:
        evidence = self.evidence.value()
        return {
            "statuses": _chosen(self.status),
            "decisions": _chosen(self.decision),
            "badge_levels": _chosen(self.badge),
            "evidence_at_least": evidence / 100 if evidence else None,
            "tag": self.tag.text().strip(),
            "assignee": self.assignee.text().strip(),
            "text": self.search.text().strip(),
            "group": self._group,
        }

    def set_values(self, values: dict) -> None:
        """Show a saved filter (a dict as values() writes it) and ask for it once."""
        self._quiet = True
        try:
            _choose(self.status, values.get("statuses") or [])
            _choose(self.decision, values.get("decisions") or [])
            _choose(self.badge, values.get("badge_levels") or [])
            at_least = values.get("evidence_at_least")
            self.evidence.setValue(round(at_least * 100) if at_least else 0)
            self.tag.setText(values.get("tag") or "")
            self.assignee.setText(values.get("assignee") or "")
            self.search.setText(values.get("text") or "")
            self._show_group(values.get("group"))
        finally:
            self._quiet = False
        self._typing.stop()
        self._emit()

    def set_group(self, group: int | None) -> None:
        self._show_group(group)
        self._emit()

    def set_saved_names(self, names: list[str], current: str = "") -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(
            translate("Queue filters", "Saved filters…") if names else translate("Queue filters", "No saved filters")
        )
        self.saved.addItems(names)
        self.saved.setCurrentIndex(max(0, self.saved.findText(current)) if current else 0)
        self.saved.blockSignals(False)
        self.delete.setEnabled(bool(names))

    def set_count(self, shown: int, total: int) -> None:
        shown_of = (
            translate("Queue filters", "{shown} of 1 clip")
            if total == 1
            else translate("Queue filters", "{shown} of {total} clips")
        )
        self.count.setText(shown_of.format(shown=f"{shown:,}", total=f"{total:,}"))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_group(self, group: int | None) -> None:
        self._group = group
        self.group.setText(
            translate("Queue filters", "Group #{group} ✕").format(group=group) if group is not None else ""
        )
        self.group.setVisible(group is not None)

    def _ask_delete(self) -> None:
        if self.saved.currentIndex() > 0:
            self.delete_requested.emit(self.saved.currentText())

    def _emit(self) -> None:
        if not self._quiet:
            self._typing.stop()
            self.changed.emit(self.values())


def _combo(name: str, items: list[tuple[str, str | None]]) -> QComboBox:
    combo = QComboBox()
    combo.setToolTip(name)
    combo.setAccessibleName(name)
    # as narrow as a short choice: "Escalate to fact-check" elides in the box and shows whole in the list
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(9)
    for words, value in items:
        combo.addItem(words, value)
    return combo


def _line(placeholder: str, tip: str, width: int = 72, wide: bool = False) -> QLineEdit:
    line = QLineEdit()
    line.setPlaceholderText(placeholder)
    line.setToolTip(tip)
    line.setAccessibleName(tip)
    line.setMinimumWidth(width)
    line.setMaximumWidth(16777215 if wide else 160)
    return line


def _chosen(combo: QComboBox) -> list[str]:
    value = combo.currentData()
    return [] if value is None else [value]


def _choose(combo: QComboBox, values: list[str]) -> None:
    index = combo.findData(values[0]) if values else 0
    combo.setCurrentIndex(max(0, index))
