"""Undo and redo for this session's edits. Every step is itself a committed, audited edit, so the audit log
shows what was undone, and a crash between steps loses nothing."""

from __future__ import annotations

from app.store.store import Change, Store

_NAMES = {"claims": "claim", "sources": "source", "evidence": "evidence frame", "verdicts": "verdict", "clips": "clip"}
_VERBS = {"create": "adding", "edit": "editing", "delete": "removing"}


class History:
    """Each step is one edit, or the edits of one bulk change (undone and redone together)."""

    def __init__(self) -> None:
        self._done: list[Change | list[Change]] = []
        self._undone: list[Change | list[Change]] = []

    def record(self, change: Change | list[Change] | None) -> None:
        """Remember an edit just made (a new edit ends what could be redone)."""
        if change:
            self._done.append(change)
            self._undone.clear()

    def undo(self, store: Store) -> Change | list[Change] | None:
        if not self._done:
            return None
        step = self._done[-1]
        with store.transaction():  # a refused undo (changed elsewhere since) stays on the stack, all of it
            for change in reversed(_each(step)):
                store.replay(change.reversed(), "undo")
        self._undone.append(self._done.pop())
        return step

    def redo(self, store: Store) -> Change | list[Change] | None:
        if not self._undone:
            return None
        step = self._undone[-1]
        with store.transaction():
            for change in _each(step):
                store.replay(change, "redo")
        self._done.append(self._undone.pop())
        return step

    def undo_text(self) -> str:
        return f"Undo {describe(self._done[-1])}" if self._done else "Undo"

    def redo_text(self) -> str:
        return f"Redo {describe(self._undone[-1])}" if self._undone else "Redo"

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()


def describe(change: Change | list[Change]) -> str:
    """'editing the claim', 'adding a source', 'editing 12 clips' ... for menus and the status bar."""
    if isinstance(change, list):
        if len(change) > 1:
            actions = {each.action for each in change}
            verb = _VERBS.get(change[0].action, change[0].action) if len(actions) == 1 else "changing"
            return f"{verb} {len(change)} {_NAMES[change[0].table]}s"
        change = change[0]
    thing = _NAMES.get(change.table, change.table)
    if change.action == "create":
        return f"adding the {thing}"
    return f"{_VERBS.get(change.action, change.action)} the {thing}"


def _each(step: Change | list[Change]) -> list[Change]:
    return step if isinstance(step, list) else [step]
