"""The rating scale as the reviewer edits it: one rating per line, in the order the claims' rating menu lists them,
renamed in place, added, removed, moved, or put back to the default scale. The default scale's ratings are shown in
the reviewer's language and kept as stored (in English) unless the reviewer renames them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.i18n import translate
from widgets.claims_panel import rating_label


class RatingScaleEditor(QWidget):
    def __init__(self, ratings: Sequence[str], default: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = tuple(default)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Settings", "Rating scale"))
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        buttons = QVBoxLayout()
        for label, tip, slot in (
            (translate("Settings", "&Add"), translate("Settings", "A new rating under the selected one"), self.add),
            (translate("Settings", "&Remove"), translate("Settings", "Remove the selected rating"), self.remove),
            (translate("Settings", "Move &up"), translate("Settings", "Earlier in the rating menu"), self.move_up),
            (translate("Settings", "Move do&wn"), translate("Settings", "Later in the rating menu"), self.move_down),
            (translate("Settings", "&Default scale"), translate("Settings", "Put the default scale back"), self.reset),
        ):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_ratings(ratings)

    def set_ratings(self, ratings: Sequence[str]) -> None:
        self.list.clear()
        for rating in ratings:
            self._append(rating)
        self.list.setCurrentRow(0)

    def ratings(self) -> tuple[str, ...]:
        """The ratings in order, each trimmed, blanks and repeats left out."""
        names = (_stored(self.list.item(row)) for row in range(self.list.count()))
        return tuple(dict.fromkeys(name for name in names if name))

    def add(self) -> None:
        item = self._append(translate("Settings", "New rating"), self.list.currentRow() + 1)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove(self) -> None:
        if self.list.count() > 1:  # a scale with no rating cannot rate a claim
            self.list.takeItem(self.list.currentRow())

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def reset(self) -> None:
        self.set_ratings(self._default)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if 0 <= row + step < self.list.count():
            self.list.insertItem(row + step, self.list.takeItem(row))
            self.list.setCurrentRow(row + step)

    def _append(self, rating: str, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(rating_label(rating))
        item.setData(Qt.ItemDataRole.UserRole, rating)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.insertItem(self.list.count() if row is None else row, item)
        return item


def _stored(item: QListWidgetItem) -> str:
    """The rating as the case stores it: the default one's own value while its shown label is unchanged."""
    shown, rating = item.text().strip(), item.data(Qt.ItemDataRole.UserRole)
    return rating if shown == rating_label(rating) else shown
