"""Text fields of the review panels that save themselves: a field commits when the reviewer leaves it, presses
Enter, or pauses typing (never per keystroke), and keeps what was typed when the case refuses it, with the reason
shown under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from widgets.colours import mark
from widgets.plain_text import without_mnemonic

TYPING_PAUSE_MS = 1200  # a pause this long while typing saves the field
WEB_SCHEMES = ("http", "https")


class SteadyLabel(QLabel):
    """A wrapped line of words as tall as the tallest of the texts it is known to show, whichever it shows: what
    lies under it does not move when it changes. The room is a minimum height kept for the width it has (QLabel's
    own size hints follow the one text it shows)."""

    def __init__(self, texts: Sequence[str], lines: int = 1, parent: QWidget | None = None) -> None:
        """`lines`: room kept at least, for texts not known in advance (a reviewer's name)."""
        super().__init__(parent)
        self._texts = tuple(texts)
        self._lines = lines
        self._probe = QLabel()
        self._probe.setWordWrap(True)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the room and no more: spare height in the form must not gather here one time and not the next
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._keep_room()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._keep_room()  # a text not known in advance (a refusal) may need more

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False  # its height is the room kept for its width (below), never the one text's

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self.minimumHeight())  # as tall as the room, whatever it shows

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # after the layout pass that resized it: a minimum changed during that pass would be lost to it
        QTimer.singleShot(0, self, self._keep_room)

    def _keep_room(self) -> None:
        # Measured as QLabel lays text out (a label of the same font, never shown), so the room is exactly that.
        probe = self._probe
        probe.setFont(self.font())
        probe.setContentsMargins(self.contentsMargins())
        # lines that may hold Chinese are taller where the fallback font is: the room kept is for those
        room = "\n".join(["Mg文"] * self._lines)
        tallest = 0
        for text in (*self._texts, self.text(), room):
            probe.setText(text)
            tallest = max(tallest, probe.heightForWidth(max(1, self.width())))
        if tallest != self.minimumHeight():
            self.setMinimumHeight(tallest)


class CommitField(QWidget):
    """One line (QLineEdit) or a paragraph (QPlainTextEdit), with a line under it for a refusal.

    `committed(key, text)` is emitted once per finished edit, and only when the text differs from what the case
    holds. `show_value` puts the case's value in, unless the reviewer has typed something the case does not have
    yet (a refused or unsaved edit stays on screen).
    """

    committed = Signal(str, str)

    def __init__(
        self,
        key: str,
        multiline: bool = False,
        placeholder: str = "",
        lines: int = 5,
        parent: QWidget | None = None,
        least_lines: int = 2,
    ) -> None:
        """`lines`: how many lines a multiline field shows before it scrolls (docks are short); `least_lines`: how
        few it may be squeezed to (the panel scrolls instead)."""
        super().__init__(parent)
        self.key = key
        self.editor: QLineEdit | QPlainTextEdit = QPlainTextEdit() if multiline else QLineEdit()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setObjectName(f"field-{key}")
        if multiline:
            self.editor.setTabChangesFocus(True)  # Tab moves on: every field stays reachable from the keyboard
            spacing = self.editor.fontMetrics().lineSpacing()
            self.editor.setMinimumHeight(least_lines * spacing + 12)
            self.editor.setMaximumHeight(lines * spacing + 12)
            self.editor.textChanged.connect(self._typed)
            self.editor.installEventFilter(self)
        else:
            self.editor.textEdited.connect(self._typed)
            self.editor.editingFinished.connect(self.commit)
        self.refusal = QLabel()
        self.refusal.setObjectName(f"refusal-{key}")
        self.refusal.setWordWrap(True)
        mark(self.refusal, "refused")
        self.refusal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusal.hide()
        self._stored = ""  # what the case holds
        self._sent: list[str] = []  # texts committed and not answered yet, oldest first
        self._setting = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.commit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.editor)
        layout.addWidget(self.refusal)

    def text(self) -> str:
        return self.editor.toPlainText() if isinstance(self.editor, QPlainTextEdit) else self.editor.text()

    def set_text(self, text: str) -> None:
        """Put text in as if the case held it (a fresh row)."""
        self._pause.stop()
        self._stored, self._sent = text, []
        self._put(text)
        self.refusal.hide()

    def show_value(self, text: str) -> None:
        """The case's value after a save, an undo or another panel's edit; typing in progress stays, and so does
        text sent after the edit this value answers."""
        typed = self.text()
        if text in self._sent[:-1]:  # an earlier edit's answer: the latest one is still on its way
            del self._sent[: self._sent.index(text) + 1]
            self._stored = text
            return
        latest = self._sent[-1] if self._sent else None
        if typed in (self._stored, latest) or typed == text:
            if typed != text:
                self._put(text)
            if typed in (text, latest):
                self.refusal.hide()
            self._sent = []
        self._stored = text

    def show_refusal(self, message: str) -> None:
        self._sent = []  # what was typed stays until the reviewer changes it
        self.refusal.setText(message)
        self.refusal.show()

    def dirty(self) -> bool:
        return self.text() != self._stored and self.text() != (self._sent[-1] if self._sent else None)

    def commit(self) -> None:
        self._pause.stop()
        if self.dirty():
            self._sent.append(self.text())
            self.committed.emit(self.key, self._sent[-1])

    def _put(self, text: str) -> None:
        self._setting = True
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)
            self.editor.setCursorPosition(0)
        self._setting = False

    def _typed(self, *_) -> None:
        if not self._setting:
            self._pause.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False


def field_label(text: str, field: QWidget) -> QLabel:
    """A form's label for `field`: its mnemonic ("&Summary", "摘要(&Y)") moves the focus there, and a screen reader
    says its words as the field's name (Qt reads a label as its buddy's name only beside it, and a CommitField's
    editor sits inside the CommitField)."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(without_mnemonic(text))
    return label


class FieldForm(QFormLayout):
    """A form of labelled rows whose fields take the dock's width."""

    def __init__(self) -> None:
        super().__init__()
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.setVerticalSpacing(6)


def is_web_link(url: str) -> bool:
    return QUrl(url.strip()).scheme().lower() in WEB_SCHEMES and bool(QUrl(url.strip()).host())


def open_web_link(url: str) -> bool:
    """Open an http(s) link in the system browser; anything else is never handed to the desktop."""
    if not is_web_link(url):
        return False
    return bool(QDesktopServices.openUrl(QUrl(url.strip())))
