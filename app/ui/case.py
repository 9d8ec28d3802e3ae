"""The open case in the GUI: the store runs on its own thread, one call at a time; the panels send edits here and
get the clip's claims, sources, evidence and verdict back as plain rows. Panels never touch the database.

Every edit is committed on the store thread as soon as it is made; an edit the store refuses comes back as a
sentence (`refused`, for the status bar, and the edit's own `refused` callback, for the field it was typed in) and
the panel keeps what the reviewer typed.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from app.i18n import translate
from app.store.history import History, describe
from app.store.location import is_team_case, shown_case
from app.store.rules import Refused
from app.store.store import Change, Store, StoreError
from app.ui.leases import Leases
from app.ui.team_watch import TeamWatch

if TYPE_CHECKING:
    from analyzers.words.lines import TextLine

log = logging.getLogger(__name__)

_RELOADS = ("claims", "sources", "evidence", "verdicts")

# What the status bar says of an edit once it is saved ({change}: "editing the claim", as the history describes it).
_SAVED = QT_TRANSLATE_NOOP("Case", "Saved: {change}")
_UNDONE = QT_TRANSLATE_NOOP("Case", "Undone: {change}")
_REDONE = QT_TRANSLATE_NOOP("Case", "Redone: {change}")
_FROM_THE_LINE = QT_TRANSLATE_NOOP("Case", "Claim from the line: {change}")

Refusal = Callable[[str], None] | None  # told the sentence when the store refuses one edit
Saved = Callable[[], None] | None  # told when the store has saved one edit


class StoreWorker(QObject):
    """Runs calls on the store's thread in the order they were made; answers arrive on the GUI thread."""

    _answered = Signal(object, object)  # the callback, its argument

    def __init__(self) -> None:
        super().__init__()
        self._calls: queue.Queue = queue.Queue()
        self._answered.connect(lambda callback, value: callback(value))
        # Not a daemon: edits still queued when the window closes are written before the process ends.
        self._thread = threading.Thread(target=self._serve, name="case-store")
        self._thread.start()

    def call(self, work: Callable[[], Any], then: Callable[[Any], None], failed: Callable[[str], None]) -> None:
        self._calls.put((work, then, failed))

    def close(self) -> None:
        """Finish the calls already made (nothing the reviewer did is dropped), then stop."""
        self._calls.put(None)
        self._thread.join(timeout=10)

    def _serve(self) -> None:
        while (call := self._calls.get()) is not None:
            work, then, failed = call
            try:
                result = work()
            except (Refused, StoreError) as error:
                self._answered.emit(failed, str(error))
            except Exception as error:  # a bug: the reviewer gets a sentence, the log gets the traceback
                log.exception("case store call failed")
                could_not = translate("Case", "The case database could not do that ({error}); see the log.")
                self._answered.emit(failed, could_not.format(error=type(error).__name__))
            else:
                self._answered.emit(then, result)


class CaseController(QObject):
    opened = Signal(str)  # the database's path
    failed = Signal(str)  # the database cannot be used: why, and what to do
    clip_changed = Signal(object)  # the clip's row, or None when no clip is in the case
    claims_changed = Signal(list)
    sources_changed = Signal(list)
    evidence_changed = Signal(list)
    verdict_changed = Signal(object)  # the verdict row or None
    refused = Signal(str)  # an edit the store would not take, in the reviewer's words
    saved = Signal(str)  # what was just done, for the status bar ("Saved: editing the claim")
    history_changed = Signal(str, str)  # undo and redo texts for the Edit menu
    search_done = Signal(str, list)  # the text searched, its hits
    similar_found = Signal(list)  # claims on other clips like the one being written
    claim_selected = Signal(object)  # the claim the reviewer is working on (its id), or None: sources follow it
    clips_listed = Signal(list)  # the case's clips whose files are on this machine, newest first: once opened
    others_changed = Signal(list)  # ids of clips another reviewer of the team case has just changed

    def __init__(self, reviewer: str) -> None:
        super().__init__()
        self.reviewer = reviewer
        self.clip: dict | None = None
        self._store: Store | None = None  # touched only on the store thread
        self.path: Path | None = None  # the database asked for, even when it could not be opened
        self._history = History()
        self._worker = StoreWorker()
        self.leases = Leases(self)
        self._watch: TeamWatch | None = None

    # --- the database and the clip --------------------------------------------------------------------------
    def open_store(self, path: Path | str) -> None:
        """Open the case: a file, or a team's postgresql:// URL (whose other reviewers' changes are then listened
        to)."""
        self.path = path

        def work() -> str:
            from app.store.backup import daily_backup

            self._store = Store.open(path, self.reviewer)
            try:
                daily_backup(self._store)
            except (OSError, sqlite3.Error):  # the case is open and usable; only today's copy is missing
                log.exception("the daily backup of %s failed", path)
            return shown_case(path)

        def opened(shown: str) -> None:
            if is_team_case(path) and self._watch is None:
                self._watch = TeamWatch(path)
                self._watch.changed.connect(self._on_others_changed)
            self.opened.emit(shown)

        self._worker.call(work, opened, self.failed.emit)
        # the clips reviewed before, for the Clips list; a database that could not be opened has none to list
        self._worker.call(self._clips_here, self.clips_listed.emit, lambda message: None)

    def _clips_here(self) -> list[dict]:
        if self._store is None:
            return []
        return [row for row in self._store.clips() if Path(row["path"]).is_file()]

    def clip_path(self, clip_id: int, then: Callable[[str], None]) -> None:
        """The path the case knows the clip `clip_id` by, told to `then` (on the GUI thread)."""
        self._call(lambda store: store.clip(clip_id)["path"], then)

    def restore_backup(self, backup: Path) -> None:
        """Put `backup` in place of the database (the file it replaces is kept beside it) and carry on with it;
        the clip on screen shows the work the backup holds for it."""
        shown = dict(self.clip) if self.clip else None  # read here: self.clip belongs to the GUI thread

        def work() -> tuple:
            from app.store.backup import restore

            if self._store is not None:
                self._store.close()
                self._store = None
            try:
                kept = restore(self.path, backup)
            finally:
                if self.path.exists():  # the restored file, or (a refused backup) the one that was there
                    self._store = Store.open(self.path, self.reviewer)
            self._history.clear()
            rows = {}
            if shown is not None:
                again = self._store.add_clip(Path(shown["path"]), shown["sha256"], shown["size"], shown["facts"])
                rows = {"clips": again, **self._load(self._store, again["id"], _RELOADS)}
            return str(self.path), kept, rows

        def done(result: tuple) -> None:
            path, kept, rows = result
            self.opened.emit(path)
            if shown is not None and self.clip is not None and self.clip["sha256"] == shown["sha256"]:
                self._emit_rows(rows)
            self._emit_history()
            restored = translate("Case", "The case is now the backup {backup}; the file it replaced is kept as {kept}.")
            self.saved.emit(restored.format(backup=backup.name, kept=kept.name))

        self._worker.call(work, done, self.failed.emit)

    def set_reviewer(self, name: str) -> None:
        self.reviewer = name
        self._call(lambda store: setattr(store, "reviewer", name), lambda _: None)

    def show_clip(self, path: Path, sha256: str, size: int, facts: dict) -> None:
        """The player opened this clip and knows its hash: add it to the case (or find it) and load its work."""
        from app.store.info_json import source_fields

        def work(store: Store) -> tuple:
            known = store.clip_by_sha256(sha256)
            fields, note = source_fields(path) if known is None else ({}, "")
            clip = store.add_clip(path, sha256, size, facts, fields)
            self._history.clear()  # undo stays with the clip it was done on
            return clip, note, self._load(store, clip["id"], _RELOADS)

        self._call(work, self._on_clip)

    def forget_clip(self) -> None:
        self.clip = None
        self.leases.hold("review", None)
        self._call(lambda store: self._history.clear(), lambda _: self._emit_history())
        self.clip_changed.emit(None)

    def select_claim(self, claim_id: int | None) -> None:
        self.claim_selected.emit(claim_id)

    # --- edits ----------------------------------------------------------------------------------------------
    # Each edit takes `refused`, called on the GUI thread with the sentence when the store refuses that edit (the
    # general `refused` signal is emitted too), and `done`, called when it is saved, before the fresh rows are shown.
    def create(
        self, table: str, values: dict, *, clip_id: int | None = None, refused: Refusal = None, done: Saved = None
    ) -> None:
        """Add a claim, source, evidence frame or verdict to the clip on screen, or to `clip_id` (a panel saving
        what was typed for a clip that is being closed)."""
        if clip_id is None and self.clip is None:
            self._refuse(translate("Case", "Open a clip first: work is saved with the clip it is about."), refused)
            return
        clip_id = clip_id if clip_id is not None else self.clip["id"]
        self._change(lambda store: store.create(table, clip_id, values), refused=refused, done=done)

    def edit(self, table: str, row_id: int, values: dict, *, refused: Refusal = None, done: Saved = None) -> None:
        self._change(lambda store: store.edit(table, row_id, values), refused=refused, done=done)

    def delete(self, table: str, row_id: int, *, refused: Refusal = None, done: Saved = None) -> None:
        self._change(lambda store: store.delete(table, row_id), refused=refused, done=done)

    def claim_from_line(self, clip_id: int, line: TextLine, first: int, last: int) -> None:
        """A claim over frames `first`..`last` saying the line's words and quoting the line (one undoable step)."""
        self._change(lambda store: store.claim_from_line(clip_id, line, first, last), said=_FROM_THE_LINE)

    def undo(self) -> None:
        self._change(lambda store: self._history.undo(store), recorded=False, said=_UNDONE)

    def redo(self) -> None:
        self._change(lambda store: self._history.redo(store), recorded=False, said=_REDONE)

    def add_demo_case(self, clips: list[Path], then: Callable[[], None] | None = None) -> None:
        """The demo clips' review work (see app.demo.case), then the clip on screen shown again with it, and
        `then` called."""

        shown = self.clip["id"] if self.clip else None  # read here: self.clip belongs to the GUI thread

        def work(store: Store) -> tuple:
            from app.demo.case import build_demo_case

            build_demo_case(store, clips)
            return shown, self._load(store, shown, (*_RELOADS, "clips")) if shown is not None else {}

        def done(result: tuple) -> None:
            clip_id, rows = result
            if self.clip is not None and self.clip["id"] == clip_id:  # still the clip on screen
                self._emit_rows(rows)
            if then is not None:
                then()

        self._call(work, done, refused=lambda message: then() if then is not None else None)

    def record_analysis(self, clip_id: int, tracks: list[dict]) -> None:
        """Whole-clip runs of the clip `clip_id` (the clip analysed, whichever is on screen when they finish)."""
        self._call(lambda store: store.record_analyses(clip_id, tracks), lambda _: None)

    # --- clip-level evidence (measured, not entered: not audited, not in the undo history) --------------------
    def clip_evidence(self, sha256: str, calibration_sha256: str, then: Callable[[tuple], None]) -> None:
        """(the case's clip with this hash or None, its figure under that calibration or None), told to `then`;
        (None, None) when no case is open."""

        def work() -> tuple:
            clip = self._store.clip_by_sha256(sha256) if self._store is not None else None
            return clip, self._store.clip_evidence(clip["id"], calibration_sha256) if clip else None

        self._worker.call(work, then, lambda message: then((None, None)))

    def record_clip_evidence(self, sha256: str, record: dict, then: Callable[[int | None], None]) -> None:
        """The figure kept with the case's clip of this hash; `then` gets its id, or None when the clip is not in
        the case (it is shown, not kept) or the case refused it."""

        def work() -> int | None:
            clip = self._store.clip_by_sha256(sha256) if self._store is not None else None
            if clip is not None:
                self._store.record_clip_evidence(clip["id"], record)
            return clip["id"] if clip else None

        self._worker.call(work, then, lambda message: (self.refused.emit(message), then(None)))

    def decided_clip_scores(self, then: Callable[[list], None], failed: Callable[[str], None]) -> None:
        """The decided clips with measured scores (Store.decided_clip_scores), for a newsroom calibration."""
        self._call(lambda store: store.decided_clip_scores(), then, failed)

    def when_saved(self, then: Callable[[], None]) -> None:
        """Call `then` (on the GUI thread) once every edit asked for so far is committed: for readers with their
        own connection, such as an export."""
        self._worker.call(lambda: None, lambda _: then(), self.refused.emit)

    # --- search ---------------------------------------------------------------------------------------------
    def search(self, text: str) -> None:
        self._call(lambda store: store.search(text), lambda hits: self.search_done.emit(text, hits))

    def find_similar(self, text: str) -> None:
        """Claims on other clips like `text`: was this checked before?"""
        clip_id = self.clip["id"] if self.clip else -1
        self._call(lambda store: store.claims_like(text, clip_id), self.similar_found.emit)

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
        self.leases.release_all()
        self._call(lambda store: store.close(), lambda _: None)
        self._worker.close()

    def run_on_store(self, work: Callable[[Store], Any], then: Callable[[Any], None], refused: Refusal = None) -> None:
        """`work(store)` on the store thread, after every call made before it; `then(result)` on the GUI thread, or
        `refused(sentence)` (and the `refused` signal) when the store says no. For views with their own queries,
        such as the queue."""
        self._call(work, then, refused)

    # --- plumbing -------------------------------------------------------------------------------------------
    def _call(self, work: Callable[[Store], Any], then: Callable[[Any], None], refused: Refusal = None) -> None:
        def guarded() -> Any:
            if self._store is None:
                raise StoreError(
                    translate("Case", "The case database is not open; see the message shown when ReelCheck started.")
                )
            return work(self._store)

        self._worker.call(guarded, then, lambda message: self._refuse(message, refused))

    def _refuse(self, message: str, refused: Refusal) -> None:
        if refused is not None:
            refused(message)  # the field first: the status bar may be watched by whoever waits on the field
        self.refused.emit(message)

    def _change(
        self,
        edit: Callable[[Store], Change | None],
        recorded: bool = True,
        said: str = _SAVED,
        refused: Refusal = None,
        done: Saved = None,
    ) -> None:
        """Run an edit on the store thread (where the history lives too), then show the fresh rows; `said`: what the
        status bar says of it (one of the sentences marked at the top of this module, the edit as {change})."""

        def work(store: Store) -> tuple:
            change = edit(store)
            if change is not None and recorded:
                self._history.record(change)
            fresh = self._load(store, change.clip_id, (change.table,)) if change is not None else {}
            return change, fresh, self._history.undo_text(), self._history.redo_text()

        def finish(result: tuple) -> None:
            change, fresh, undo_text, redo_text = result
            self.history_changed.emit(undo_text, redo_text)
            if done is not None:
                done()  # before the rows: a panel showing them knows its values were taken
            if change is not None:
                self._emit_rows(fresh)
                self.saved.emit(translate("Case", said).format(change=describe(change)))

        self._call(work, finish, refused)

    def _load(self, store: Store, clip_id: int, tables) -> dict:
        rows = {}
        for table in tables:
            if table == "verdicts":
                rows[table] = store.verdict(clip_id)
            elif table == "clips":
                rows[table] = store.clip(clip_id)
            else:
                rows[table] = getattr(store, table)(clip_id)
        return rows

    def _on_clip(self, result: tuple) -> None:
        clip, note, rows = result
        self.clip = clip
        self.leases.hold("review", clip["id"])
        self.clip_changed.emit(clip)
        self._emit_rows(rows)
        self._emit_history()
        if note:
            self.saved.emit(note)

    def _on_others_changed(self, notices: list[dict]) -> None:
        """Another reviewer's change: the queue is told, and the clip on screen shows it when it is theirs."""
        others = [n for n in notices if n.get("reviewer") != self.reviewer and n.get("clip")]
        if not others:
            return
        self.others_changed.emit(sorted({n["clip"] for n in others}))
        # A lease or a measurement says no reviewer: the queue's row shows it; the review panels show edits.
        if self.clip is not None and any(n["clip"] == self.clip["id"] and n.get("reviewer") for n in others):
            self.show_again()

    def show_again(self) -> None:
        """The clip on screen read again, with its claims, sources, evidence and verdict."""
        clip_id = self.clip["id"] if self.clip else None
        if clip_id is None:
            return

        def work(store: Store) -> dict:
            # Shown, but not as read by this reviewer: a field they are typing in keeps their text, and saving it
            # must still be refused as made on the row before the other reviewer's change.
            with store.versions_kept():
                return {"clips": store.clip(clip_id), **self._load(store, clip_id, _RELOADS)}

        def done(rows: dict) -> None:
            if self.clip is not None and self.clip["id"] == clip_id:  # still the clip on screen
                self._emit_rows(rows)

        self._call(work, done, lambda message: None)

    def _emit_rows(self, rows: dict) -> None:
        if "clips" in rows:
            self.clip = rows["clips"]
            self.clip_changed.emit(self.clip)
        signals = {
            "claims": self.claims_changed,
            "sources": self.sources_changed,
            "evidence": self.evidence_changed,
            "verdicts": self.verdict_changed,
        }
        for table, value in rows.items():
            if table in signals:
                signals[table].emit(value)

    def _emit_history(self) -> None:
        self.history_changed.emit(*nothing_to_undo())  # a fresh clip starts a fresh history


def nothing_to_undo() -> tuple[str, str]:
    """The Edit menu's Undo and Redo texts when there is nothing to undo or redo, as the history words them."""
    return History().undo_text(), History().redo_text()
