"""Undo and redo for this session's edits. Every step is itself a committed, audited edit, so the audit log
shows what was undone, and a crash between steps loses nothing."""

from __future__ import annotations

from app.store.store import Change, Store

_NAMES = {"claims": "claim", "sources": "source", "evidence": "evidence frame", "verdicts": "verdict", "clips": "clip"}
_VERBS = {"create": "adding", "edit": "editing", "delete": "removing"}


class History:
    def __init__(self) -> None:
        self._done: list[Change] = []
        self._undone: list[Change] = []

    def record(self, change: Change | None) -> None:
        """Remember an edit just made (a new edit ends what could be redone)."""
        if change is not None:
            self._done.append(change)
            self._undone.clear()

    def undo(self, store: Store) -> Change | None:
        if not self._done:
            return None
        change = self._done[-1]
        store.replay(change.reversed(), "undo")  # a refused undo (changed elsewhere since) stays on the stack
        self._undone.append(self._done.pop())
        return change

    def redo(self, store: Store) -> Change | None:
        if not self._undone:
            return None
        change = self._undone[-1]
        store.replay(change, "redo")
        self._done.append(self._undone.pop())
        return change

    def undo_text(self) -> str:
        return f"Undo {describe(self._done[-1])}" if self._done else "Undo"

    def redo_text(self) -> str:
        return f"Redo {describe(self._undone[-1])}" if self._undone else "Redo"

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()


def describe(change: Change) -> str:
    """'editing the claim', 'adding a source', ... for menus and the status bar."""
    thing = _NAMES.get(change.table, change.table)
    if change.action == "create":
        return f"adding the {thing}"
    return f"{_VERBS.get(change.action, change.action)} the {thing}"
