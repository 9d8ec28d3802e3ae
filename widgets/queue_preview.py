"""The preview beside the queue's table in the Triage workspace: the chosen clip's keyframe, large, and its key facts,
so that a clip can be judged at a glance before it is opened."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.i18n import translate
from app.text.shown import one_line

PICTURE = QSize(320, 180)  # the least the keyframe is shown at: twice the thumbnail cache's own size


class QueuePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queue-preview")
        self.setAccessibleName(translate("Queue preview", "Preview of the selected clip"))
        self.setMinimumWidth(PICTURE.width() + 24)
        self._pixmap: QPixmap | None = None
        self.picture = QLabel()
        self.picture.setMinimumSize(PICTURE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(translate("Queue preview", "Keyframe of the selected clip"))
        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture)
        layout.addLayout(self.facts)
        layout.addStretch(1)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.show_facts([])
        self._set_picture(None, translate("Queue preview", "Choose a clip in the queue to see it here."))

    def show_facts(self, facts: list[tuple[str, str]]) -> None:
        """`facts`, (name, value) pairs shown as one line each; the picture stays as it is until show_picture."""
        while self.facts.rowCount():
            self.facts.removeRow(0)
        for name, value in facts:
            shown = QLabel(one_line(value))
            shown.setTextFormat(Qt.TextFormat.PlainText)  # a clip's name is data: never read as markup
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(one_line(name), shown)

    def show_picture(self, picture: QPixmap | None, reading: bool = False) -> None:
        """The clip's keyframe; None: none made yet, or, `reading`, not read yet (nothing shown for that moment)."""
        self._set_picture(
            picture, "" if picture is not None or reading else translate("Queue preview", "No keyframe yet")
        )

    def _set_picture(self, picture: QPixmap | None, words: str) -> None:
        self._pixmap = picture
        self.picture.clear()
        self.picture.setText(words)
        self._scale_picture()

    def has_picture(self) -> bool:
        return self._pixmap is not None

    def fact_texts(self) -> list[tuple[str, str]]:
        """The facts as shown: (name, value) per row."""
        rows = []
        for row in range(self.facts.rowCount()):
            name = self.facts.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            value = self.facts.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            rows.append((name.text(), value.text()))
        return rows

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._scale_picture()

    def _scale_picture(self) -> None:
        if self._pixmap is None:
            return
        width = max(PICTURE.width(), self.picture.width())
        size = QSize(width, width * PICTURE.height() // PICTURE.width())
        mode = Qt.TransformationMode.SmoothTransformation
        self.picture.setPixmap(self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, mode))
