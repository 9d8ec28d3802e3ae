"""Undo and redo for this session's edits. Every step is itself a committed, audited edit, so the audit log
shows what was undone, and a crash between steps loses nothing."""

from __future__ import annotations

from analyzers.translatable import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.store.store import Change, Store

# What a step did, as the Undo and Redo menu items name it: (action, table) -> words; a bulk step's action is ""
# when its edits did different things.
_ONE = {
    ("create", "claims"): QT_TRANSLATE_NOOP("Undo", "adding the claim"),
    ("edit", "claims"): QT_TRANSLATE_NOOP("Undo", "editing the claim"),
    ("delete", "claims"): QT_TRANSLATE_NOOP("Undo", "removing the claim"),
    ("create", "sources"): QT_TRANSLATE_NOOP("Undo", "adding the source"),
    ("edit", "sources"): QT_TRANSLATE_NOOP("Undo", "editing the source"),
    ("delete", "sources"): QT_TRANSLATE_NOOP("Undo", "removing the source"),
    ("create", "evidence"): QT_TRANSLATE_NOOP("Undo", "adding the evidence frame"),
    ("edit", "evidence"): QT_TRANSLATE_NOOP("Undo", "editing the evidence frame"),
    ("delete", "evidence"): QT_TRANSLATE_NOOP("Undo", "removing the evidence frame"),
    ("create", "verdicts"): QT_TRANSLATE_NOOP("Undo", "adding the verdict"),
    ("edit", "verdicts"): QT_TRANSLATE_NOOP("Undo", "editing the verdict"),
    ("delete", "verdicts"): QT_TRANSLATE_NOOP("Undo", "removing the verdict"),
    ("create", "clips"): QT_TRANSLATE_NOOP("Undo", "adding the clip"),
    ("edit", "clips"): QT_TRANSLATE_NOOP("Undo", "editing the clip"),
    ("delete", "clips"): QT_TRANSLATE_NOOP("Undo", "removing the clip"),
}
_MANY = {
    ("create", "claims"): QT_TRANSLATE_NOOP("Undo", "adding {count} claims"),
    ("edit", "claims"): QT_TRANSLATE_NOOP("Undo", "editing {count} claims"),
    ("delete", "claims"): QT_TRANSLATE_NOOP("Undo", "removing {count} claims"),
    ("", "claims"): QT_TRANSLATE_NOOP("Undo", "changing {count} claims"),
    ("create", "sources"): QT_TRANSLATE_NOOP("Undo", "adding {count} sources"),
    ("edit", "sources"): QT_TRANSLATE_NOOP("Undo", "editing {count} sources"),
    ("delete", "sources"): QT_TRANSLATE_NOOP("Undo", "removing {count} sources"),
    ("", "sources"): QT_TRANSLATE_NOOP("Undo", "changing {count} sources"),
    ("create", "evidence"): QT_TRANSLATE_NOOP("Undo", "adding {count} evidence frames"),
    ("edit", "evidence"): QT_TRANSLATE_NOOP("Undo", "editing {count} evidence frames"),
    ("delete", "evidence"): QT_TRANSLATE_NOOP("Undo", "removing {count} evidence frames"),
    ("", "evidence"): QT_TRANSLATE_NOOP("Undo", "changing {count} evidence frames"),
    ("create", "verdicts"): QT_TRANSLATE_NOOP("Undo", "adding {count} verdicts"),
    ("edit", "verdicts"): QT_TRANSLATE_NOOP("Undo", "editing {count} verdicts"),
    ("delete", "verdicts"): QT_TRANSLATE_NOOP("Undo", "removing {count} verdicts"),
    ("", "verdicts"): QT_TRANSLATE_NOOP("Undo", "changing {count} verdicts"),
    ("create", "clips"): QT_TRANSLATE_NOOP("Undo", "adding {count} clips"),
    ("edit", "clips"): QT_TRANSLATE_NOOP("Undo", "editing {count} clips"),
    ("delete", "clips"): QT_TRANSLATE_NOOP("Undo", "removing {count} clips"),
    ("", "clips"): QT_TRANSLATE_NOOP("Undo", "changing {count} clips"),
}


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
        if not self._done:
            return translate("Undo", "Undo")
        return translate("Undo", "Undo {step}").format(step=describe(self._done[-1]))

    def redo_text(self) -> str:
        if not self._undone:
            return translate("Undo", "Redo")
        return translate("Undo", "Redo {step}").format(step=describe(self._undone[-1]))

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()


def describe(change: Change | list[Change]) -> str:
    """'editing the claim', 'adding the source', 'editing 12 clips' ... for menus and the status bar, in the
    reviewer's language."""
    if isinstance(change, list):
        if len(change) > 1:
            actions = {each.action for each in change}
            action = change[0].action if len(actions) == 1 else ""
            words = _MANY.get((action, change[0].table), _MANY[("", change[0].table)])
            return translate("Undo", words).format(count=len(change))
        change = change[0]
    return translate("Undo", _ONE.get((change.action, change.table), _ONE[("edit", change.table)]))


def _each(step: Change | list[Change]) -> list[Change]:
    return step if isinstance(step, list) else [step]
