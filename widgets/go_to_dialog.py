"""Go to a frame number or a timecode (Ctrl+G)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.i18n import translate
from widgets.colours import mark


class GoToDialog(QDialog):
    """Asks for a position; `resolve(text)` turns it into a frame number or raises ValueError with the reason."""

    def __init__(self, resolve: Callable[[str], int], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Go to dialog", "Go to"))
        self._resolve = resolve
        self.frame: int | None = None
        self.edit = QLineEdit(current)
        self.edit.selectAll()
        self.edit.setPlaceholderText(translate("Go to dialog", "1234 or 00:01:02.500"))
        self.edit.setAccessibleName(translate("Go to dialog", "Frame number or timecode"))
        self.message = QLabel(translate("Go to dialog", "Frame number (from 0) or timecode HH:MM:SS.mmm"))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(340)

    def _accept(self) -> None:
        try:
            self.frame = self._resolve(self.edit.text())
        except ValueError as error:
            # The text stays as typed, so the reviewer can correct it.
            self.message.setText(str(error))
            mark(self.message, "refused")
            return
        self.accept()
