"""Plain keys belong to what has the keyboard: the player's single-key shortcuts (P, I, O, J, K, L, Space, arrows,
...) yield to a text field, a button, a chooser or a slider that has focus, so typing "explainer" in a panel types
it instead of pinning evidence, marking and playing. Shortcuts with Ctrl, Alt or Meta work everywhere.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def keeps_plain_keys(widget: QWidget | None) -> bool:
    """Whether a plain key pressed while `widget` has focus is the widget's own (typing, pressing, choosing)."""
    return isinstance(widget, _keeps_plain_keys())


@functools.cache
def _keeps_plain_keys() -> tuple[type[QWidget], ...]:
    """What a reviewer types into or presses with the keyboard: a plain key there means the widget, not the player.
    Looked up on the first key, not at import: Python makes these classes' enums on first use, 3 ms of the first
    paint."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    return (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractButton, QAbstractSlider)


def is_plain(event: QKeyEvent) -> bool:
    """A key without Ctrl, Alt or Meta (Shift and the keypad allowed): one that types or moves in a widget."""
    return not event.modifiers() & _COMMAND_MODIFIERS


class PanelKeys(QObject):
    """Qt asks the focus widget first (ShortcutOverride) whether it wants a key before any shortcut fires; for a
    plain key on a widget of the window that keeps plain keys the answer is yes. It watches only the widget that
    has focus, so the rest of the application's events (paints, timers, frames) never pass through Python here."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # goes with the window, and its connection to the application with it
        self._window = window
        self._watched: QWidget | None = None
        app = QApplication.instance()
        app.focusChanged.connect(self._follow_focus)
        self._follow_focus(None, app.focusWidget())

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if keeps_plain_keys(new) and self._inside(new):
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and is_plain(event):
            event.accept()  # the key goes to the widget as an ordinary key press
        return False

    def _inside(self, widget: QWidget) -> bool:
        """Whether `widget` is part of the window, a floating dock or one of its dialogs included."""
        while widget is not None:
            if widget is self._window:
                return True
            widget = widget.parentWidget()
        return False
