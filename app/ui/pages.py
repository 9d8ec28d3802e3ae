"""The window's centre: the moderator's Queue page and the Player page, one shown at a time.

The queue takes the whole window, as a mail client's list does: the player's docks, toolbar and readouts go while
it is shown and come back as they were; in the Triage workspace a preview of the chosen clip stands beside the
table. The queue's triage keys (J, K, 1 ... ) are the player's keys too, so the player's are off while the queue
is shown; Edit > Undo names and undoes the shown page's own last edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QStackedWidget, QWidget

from app.i18n import translate

if TYPE_CHECKING:
    from app.ui.case import CaseController
    from app.ui.main_window import MainWindow
    from app.ui.queue_preview import QueuePreviewView
    from app.ui.queue_view import QueueView

PAGE_KEY = "view/page"  # "queue" or "player": the page shown when ReelCheck last closed
QUEUE, PLAYER = "queue", "player"


class Pages:
    def __init__(self, window: MainWindow, player_page: QWidget) -> None:
        self._window = window
        self.queue_view: QueueView | None = None
        self.preview: QueuePreviewView | None = None  # with the queue
        self._queue_page: QSplitter | None = None  # the queue's page and the preview beside it
        self._preview_shown = False
        self.stack = QStackedWidget()
        # The player shows first (its first paint starts the media engine and the case); the queue follows once
        # the case is open, if it was last shown.
        waiting = QLabel(translate("Main window", "Opening the case…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(waiting)
        self.stack.addWidget(player_page)
        self.stack.setCurrentWidget(player_page)
        self._player_page = player_page
        self._silenced: list[QAction] = []  # the player's keys turned off while the queue is shown
        self._case_undo = ("Undo", "Redo")  # as the case's history says them (app.ui.case.nothing_to_undo)
        self.player_layout: QByteArray | None = None  # the docks as the player had them, while the queue is shown

    def attach_queue(self, case: CaseController, video_filter: str) -> None:
        from app.ui.queue_preview import QueuePreviewView
        from app.ui.queue_view import QueueView

        window = self._window
        self.queue_view = QueueView(
            window.shell,
            case,
            show_player=lambda: self.show(PLAYER),
            show_queue=lambda: self.show(QUEUE),
            video_filter=video_filter,
        )
        self.preview = QueuePreviewView(self.queue_view)
        self._queue_page = QSplitter(Qt.Orientation.Horizontal)
        self._queue_page.setChildrenCollapsible(False)
        self._queue_page.addWidget(self.queue_view.page)
        self._queue_page.addWidget(self.preview.panel)
        self._queue_page.setStretchFactor(0, 3)
        self._queue_page.setStretchFactor(1, 1)
        self.show_preview(self._preview_shown)
        old = self.stack.widget(0)
        self.stack.insertWidget(0, self._queue_page)
        _hold_size(self._queue_page, False)
        self.stack.removeWidget(old)
        old.deleteLater()
        case.history_changed.connect(self._on_case_history)
        self.queue_view.queue.history_changed.connect(self._on_queue_history)
        stop_drawing = window.evidence.actions.get("stop_drawing")
        if stop_drawing is not None:  # Esc stops drawing while drawing, and goes back to the queue otherwise
            stop_drawing.changed.connect(self.sync_back_key)
        window.actions_by_key["back_to_queue"].setEnabled(True)
        saved = window.settings.value(PAGE_KEY)
        if window.opening_a_clip():
            return  # the player stays
        if saved == QUEUE or self._preview_shown:  # Triage shows the queue
            self.show(QUEUE)
        elif saved is None:  # never chosen: the queue when the case has clips in it
            self.queue_view.model.counted.connect(self._first_count)

    def _first_count(self, shown: int, total: int) -> None:
        self.queue_view.model.counted.disconnect(self._first_count)
        if total and self._window.settings.value(PAGE_KEY) is None and not self._window.opening_a_clip():
            self.show(QUEUE)

    def show_preview(self, shown: bool) -> None:
        """The preview of the chosen clip beside the queue's table (the Triage workspace), or the table alone."""
        self._preview_shown = shown
        if self.preview is not None:
            self.preview.panel.setVisible(shown)

    def current(self) -> str:
        return PLAYER if self.stack.currentWidget() is self._player_page else QUEUE

    def on_queue(self) -> bool:
        return self.queue_view is not None and self.current() == QUEUE

    def show(self, page: str) -> None:
        """The Queue or the Player page in the centre; the queue's keys work only while it is shown, and the
        player's keys that share them only while the player is."""
        window = self._window
        if page == QUEUE and self.queue_view is None:
            window.statusBar().showMessage(translate("Main window", "The queue appears once the case is open."), 4000)
            return
        shown = self._queue_page if page == QUEUE else self._player_page
        window.settings.setValue(PAGE_KEY, page)
        window.actions_by_key["show_queue"].setChecked(page == QUEUE)
        window.actions_by_key["show_player"].setChecked(page == PLAYER)
        if self.stack.currentWidget() is shown:
            return
        # the page out of sight does not hold the centre's size: the queue's filter bar would squeeze the docks
        _hold_size(self._queue_page, page == QUEUE)
        _hold_size(self._player_page, page == PLAYER)
        self.stack.setCurrentWidget(shown)
        window.readout.show_player_readouts(page == PLAYER)  # frame, time, zoom ... say nothing about the queue
        if page == QUEUE:
            self._leave_player()
        else:
            self._back_to_player()
        self.sync_back_key()
        self._show_undo_texts()

    def _leave_player(self) -> None:
        window = self._window
        self.player_layout = window.saveState()
        for dock in window.docks.values():
            dock.hide()
        window.transport.hide()
        keys = self.queue_view.shortcut_keys()
        own = set(self.queue_view.actions.values())
        self._silenced = [
            action
            for action in window.findChildren(QAction)
            if action not in own and action.isEnabled() and any(s.toString() in keys for s in action.shortcuts())
        ]
        for action in self._silenced:
            action.setEnabled(False)
        self.queue_view.set_active(True)

    def _back_to_player(self) -> None:
        window = self._window
        self.queue_view.set_active(False)
        for action in self._silenced:  # a clip command stays off when the clip was closed meanwhile
            action.setEnabled(window.clip_is_open() or window.always_on(action))
        self._silenced = []
        if self.player_layout is not None:
            window.restoreState(self.player_layout)
            self.player_layout = None
        window.view.setFocus()

    def sync_back_key(self) -> None:
        window = self._window
        back = window.actions_by_key["back_to_queue"]
        stop_drawing = window.evidence.actions.get("stop_drawing") if self.queue_view is not None else None
        drawing = stop_drawing is not None and stop_drawing.isEnabled()
        back.setEnabled(self.queue_view is not None and self.current() == PLAYER and not drawing)

    # --- undo follows the page shown ----------------------------------------------------------------------------
    def _on_case_history(self, undo_text: str, redo_text: str) -> None:
        self._case_undo = (undo_text, redo_text)
        self._show_undo_texts()

    def _on_queue_history(self, undo_text: str, redo_text: str) -> None:
        self.queue_view.undo_texts = (undo_text, redo_text)
        self._show_undo_texts()

    def _show_undo_texts(self) -> None:
        """Edit > Undo names the queue's last edit on the Queue page and the clip's on the Player page."""
        from app.ui.case import nothing_to_undo  # loaded with the case, after the first paint

        texts = self.queue_view.undo_texts if self.on_queue() else self._case_undo
        undo, redo = nothing_to_undo()
        nothing = {undo: translate("Menus", "&Undo"), redo: translate("Menus", "&Redo")}  # the commands' own names
        for key, text in zip(("undo", "redo"), texts, strict=True):
            self._window.actions_by_key[key].setText(nothing.get(text, text))
            self._window.actions_by_key[key].setEnabled(text not in nothing)


def _hold_size(page: QWidget, shown: bool) -> None:
    """Whether `page` counts in its stack's minimum size (a hidden page's size policy is Ignored)."""
    policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
    page.setSizePolicy(policy, policy)
