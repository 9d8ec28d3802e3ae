"""The queue's calls to the case: which clips a filter lets through, a page of their rows, and the triage edits,
all run on the case's store thread (CaseController's worker), never on the GUI thread. The queue keeps a history of
its own, so Ctrl+Z on the queue undoes the last bulk edit as one step whatever clip the player has open."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.i18n import translate
from app.store.history import History, describe
from app.store.queue import QueueFilter

if TYPE_CHECKING:
    from app.store.store import Change, Store
    from app.ui.case import CaseController


class QueueCase(QObject):
    saved = Signal(str)  # "Saved: editing 12 clips", for the status bar
    refused = Signal(str)  # what the store would not do, in words
    history_changed = Signal(str, str)  # undo and redo texts
    edited = Signal(list)  # the clip ids whose rows changed

    def __init__(self, case: CaseController) -> None:
        super().__init__()
        self._case = case
        self._history = History()  # touched only on the store thread

    @property
    def database(self):
        return self._case.path

    @property
    def reviewer(self) -> str:
        return self._case.reviewer

    # --- reading ------------------------------------------------------------------------------------------------
    def ids(self, shown: QueueFilter, sort: str, descending: bool, first: int, then: Callable[[tuple], None]) -> None:
        """(the ids the filter lets through in that order, how many clips the case holds in all, the rows of the
        first `first` of them): the first page comes with the order, in one trip to the store thread."""

        def work(store: Store) -> tuple[list[int], int, list[dict]]:
            ids = store.queue_ids(shown, sort, descending)
            total = len(ids) if shown == QueueFilter() else _total(store)
            return ids, total, store.queue_rows(ids[:first])

        self._case.run_on_store(work, then, self.refused.emit)

    def rows(self, clip_ids: list[int], then: Callable[[list[dict]], None]) -> None:
        ids = list(clip_ids)
        self._case.run_on_store(lambda store: store.queue_rows(ids), then, self.refused.emit)

    def group_ids(self, group_id: int, then: Callable[[list[int]], None]) -> None:
        self._case.run_on_store(lambda store: store.queue_ids(QueueFilter(group=group_id), "added", False), then)

    def when_saved(self, then: Callable[[], None]) -> None:
        self._case.when_saved(then)

    # --- edits --------------------------------------------------------------------------------------------------
    def edit(
        self,
        clip_ids: list[int],
        values: dict,
        done: Callable[[], None] | None = None,
        refused: Callable[[str], None] | None = None,
    ) -> None:
        """The same fields on every clip named, as one audited bulk edit and one undo step; `refused` hears the
        store's sentence when it will not take them (the `refused` signal too)."""
        ids = list(clip_ids)

        def said_no(sentence: str) -> None:
            self.edited.emit(ids)  # shown again as the case has them: a colleague's change may be why
            if refused is not None:
                refused(sentence)

        self.change(lambda store: store.edit_many("clips", ids, values), done, said_no)

    def change(
        self,
        edits: Callable[[Store], list[Change]],
        done: Callable[[], None] | None = None,
        refused: Callable[[str], None] | None = None,
    ) -> None:
        """`edits(store)` (audited store edits in one transaction, such as carrying a verdict to a group) run on the
        store thread and recorded as one undo step."""

        def work(store: Store) -> tuple:
            changes = edits(store)
            self._history.record(changes)
            return changes, self._history.undo_text(), self._history.redo_text()

        def finish(result: tuple) -> None:
            changes, undo_text, redo_text = result
            self.history_changed.emit(undo_text, redo_text)
            if changes:
                self.saved.emit(translate("Queue edits", "Saved: {edit}").format(edit=describe(changes)))
                self.edited.emit(_clips_of(changes))
            else:
                self.saved.emit(translate("Queue edits", "Nothing to change: the clips already said so."))
            if done is not None:
                done()

        def say_no(sentence: str) -> None:
            self.refused.emit(sentence)
            if refused is not None:
                refused(sentence)

        self._case.run_on_store(work, finish, say_no)

    def undo(self) -> None:
        self._step(
            lambda store: self._history.undo(store),
            translate("Queue edits", "Undone: {edit}"),
            translate("Queue edits", "Nothing to undo in the queue."),
        )

    def redo(self) -> None:
        self._step(
            lambda store: self._history.redo(store),
            translate("Queue edits", "Redone: {edit}"),
            translate("Queue edits", "Nothing to redo in the queue."),
        )

    def forget_history(self) -> None:
        self._case.run_on_store(
            lambda store: self._history.clear(), lambda _: self.history_changed.emit("Undo", "Redo")
        )

    def _step(self, run: Callable[[Store], Change | list[Change] | None], done: str, nothing: str) -> None:
        """`done` says what was undone or redone: its {edit} is the step's description."""

        def work(store: Store) -> tuple:
            step = run(store)
            return step, self._history.undo_text(), self._history.redo_text()

        def finish(result: tuple) -> None:
            step, undo_text, redo_text = result
            self.history_changed.emit(undo_text, redo_text)
            if not step:
                self.saved.emit(nothing)
                return
            self.saved.emit(done.format(edit=describe(step)))
            self.edited.emit(_clips_of(step if isinstance(step, list) else [step]))

        self._case.run_on_store(work, finish, self.refused.emit)


def _total(store: Store) -> int:
    return len(store.queue_ids(QueueFilter(), "added", True))


def _clips_of(changes: list[Change]) -> list[int]:
    """The clips whose queue rows the changes touch (a verdict's change touches its clip's row)."""
    return list(dict.fromkeys(change.clip_id for change in changes))
