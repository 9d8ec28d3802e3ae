"""The Queue page: the filter bar and the table over the case's clips, the Queue menu, and triage by keyboard in a
mail client's flow (J/K move, Enter opens the clip in the player, one key per decision and status, bulk edits on
a selection, its own undo). Every edit is an audited store edit made on the store thread through QueueCase."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.queue.labels import decision_label, status_label
from app.store.queue import QueueFilter
from app.store.rules import DECISIONS, QUEUE_STATUSES
from app.text.shown import one_line
from app.ui.queue_case import QueueCase
from app.ui.queue_commands import queue_commands
from app.ui.queue_groups import QueueGroups, count
from app.ui.queue_jobs import start_analysis, start_dossiers, start_export, start_import
from app.ui.queue_model import COLUMN_KEYS, COLUMNS, QueueModel
from app.ui.queue_thumbnails import THUMBNAIL, QueueThumbnails, default_thumbnail_folder
from widgets.colours import recolour_on_theme_change
from widgets.queue_filters import QueueFilterBar
from widgets.queue_table import QueueTable

if TYPE_CHECKING:
    from app.ui.case import CaseController
    from app.ui.shell import Shell

SAVED_FILTERS_KEY = "queue/saved_filters"
HEADER_KEY = "queue/header"
ASSIGNEES_KEY = "queue/assignees"
# marked for lupdate, translated where they are shown
EMPTY = QT_TRANSLATE_NOOP(
    "Queue", "No clips in this case yet.\n\nDrop a folder here or use Queue > Import folder… (Ctrl+Shift+I)"
)
NONE_MATCH = QT_TRANSLATE_NOOP("Queue", "No clip matches this filter.")
_LEVELS = (
    (QT_TRANSLATE_NOOP("Queue", "Strong"), "strong"),
    (QT_TRANSLATE_NOOP("Queue", "Worth a look"), "worth a look"),
    (QT_TRANSLATE_NOOP("Queue", "Note"), "note"),
)
_LEASE_AFTER_MS = 400  # on a row this long, the moderator is deciding it
_WIDTHS = {
    "thumbnail": 74,
    "name": 300,
    "duration": 60,
    "source": 160,
    "badge": 215,
    "evidence": 72,
    "peak": 175,
    "status": 130,  # "In review · Ann Lee": a colleague deciding the clip now
    "decision": 160,
    "priority": 60,
    "assignee": 100,
    "tags": 120,
    "claims": 56,
    "evidence_frames": 60,
    "group": 70,
    "added": 130,
}


class QueueView:
    def __init__(
        self,
        shell: Shell,
        case: CaseController,
        show_player: Callable[[], None],
        show_queue: Callable[[], None],
        video_filter: str = "",
    ) -> None:
        self.shell, self.case, self._show_player, self._show_queue = shell, case, show_player, show_queue
        self._video_filter = video_filter  # the file dialog's filter, as File > Open has it
        self.queue = QueueCase(case)
        self.thumbnail_folder = default_thumbnail_folder()
        self.thumbnails = QueueThumbnails(self.thumbnail_folder)
        self.model = QueueModel(self.queue, self.thumbnails)
        self.undo_texts = ("Undo", "Redo")  # what History says with nothing to undo: the window compares them
        self.importing = None  # the running import Job
        self.filters = QueueFilterBar(
            tuple((status_label(status), status) for status in QUEUE_STATUSES),
            tuple((decision_label(decision), decision) for decision in DECISIONS),
            tuple((translate("Queue", words), level) for words, level in _LEVELS),
        )
        self.table = QueueTable(THUMBNAIL)
        self.table.setAccessibleName(translate("Queue", "Clips in the queue"))
        self.table.setModel(self.model)
        recolour_on_theme_change(self.table, self.model.recolour)
        self.table.paint_columns(
            COLUMN_KEYS.index("thumbnail"),
            COLUMN_KEYS.index("badge"),
            tuple(COLUMN_KEYS.index(key) for key in ("source", "peak", "assignee", "tags")),
        )
        self.table.set_column_widths([_WIDTHS[key] for key in COLUMN_KEYS])
        self.table.horizontalHeader().setSortIndicator(COLUMN_KEYS.index("added"), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # asks the model to sort; it asks the store once the case is open
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header_state = shell.settings.value(HEADER_KEY)
        if header_state is not None:
            self.table.horizontalHeader().restoreState(header_state)
        else:  # what triage decides, beside the name: on a 1366 px screen the rest scrolls
            for place, key in enumerate(("status", "decision"), start=2):
                header.moveSection(header.visualIndex(COLUMN_KEYS.index(key)), place)
        self.table.stretch_column(COLUMN_KEYS.index("name"), _WIDTHS["name"])
        self.table.set_empty_text(translate("Queue", "Reading the case…"))
        self.page = QWidget()
        self.page.setObjectName("queue-page")
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self._remembered: tuple[list[int], int | None] = ([], None)
        self.groups = QueueGroups(self)
        self._read_detector_names()
        self._connect()
        self.actions = self._build_menu()
        self.set_active(False)
        self._show_saved_names()

    # --- wiring -------------------------------------------------------------------------------------------------
    def _read_detector_names(self) -> None:
        """The detectors' names for the strongest-peak column, read off the GUI thread (their manifests)."""

        def names(job) -> dict[str, str]:
            from analyzers.registry import discover
            from app.analysis.detector_words import shown_manifest

            return {analyzer.manifest.id: shown_manifest(analyzer.manifest).name for analyzer in discover().analyzers}

        self.shell.jobs.start(translate("Queue", "Reading the detectors' names"), names).succeeded.connect(
            self.model.set_detector_names
        )

    def _connect(self) -> None:
        status = self.shell.status_bar
        self.case.opened.connect(lambda _path: self.model.start())
        self.filters.changed.connect(lambda values: self.model.set_filter(QueueFilter.from_dict(values)))
        self.filters.save_requested.connect(self.ask_save_filter)
        self.filters.saved_chosen.connect(self.choose_saved_filter)
        self.filters.delete_requested.connect(self.delete_saved_filter)
        self.model.counted.connect(self._on_counted)
        self.model.reordering.connect(self._remember_selection)
        self.model.reordered.connect(self._restore_selection)
        self.queue.saved.connect(lambda text: status.showMessage(text, 5000))
        self.queue.refused.connect(lambda text: status.showMessage(text, 8000))
        self.queue.edited.connect(self.model.reload_rows)
        self.case.others_changed.connect(self.model.reload_rows)  # a team case: another reviewer's change
        self._lease_wait = QTimer(self.page)  # the moderator's keys run through rows: claim where they stop
        self._lease_wait.setSingleShot(True)
        self._lease_wait.setInterval(_LEASE_AFTER_MS)
        self._lease_wait.timeout.connect(self._hold_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._lease_wait.start())
        self.table.open_requested.connect(lambda row: self.open_row(row))
        self.table.files_dropped.connect(lambda paths: self.import_paths([Path(p) for p in paths], recursive=True))

    def _hold_current(self) -> None:
        """The current row's clip is the one this moderator is deciding: it is claimed for them while it stays."""
        current = self.table.currentIndex()
        self.case.leases.hold("queue", self.model.clip_id(current.row()) if current.isValid() else None)

    def _build_menu(self) -> dict[str, QAction]:
        window = self.shell.window
        menu = QMenu(translate("Queue", "&Queue"), window)
        self.shell.menus["&Queue"] = menu
        window.menuBar().insertMenu(self.shell.menus["&Review"].menuAction(), menu)
        commands = queue_commands(self)
        actions: dict[str, QAction] = {}
        self._triage: list[QAction] = []
        for command in commands:
            if command is None:
                menu.addSeparator()
                continue
            action = QAction(command.label, window)
            action.setShortcuts([QKeySequence(s) for s in command.shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(command.tip)
            action.setStatusTip(command.tip)
            action.triggered.connect(lambda checked=False, run=command.run: run())
            menu.addAction(action)
            actions[command.key] = action
            if command.triage:
                self._triage.append(action)
        return actions

    def set_active(self, shown: bool) -> None:
        """The triage keys work only while the Queue page is shown (J, K, 1... are the player's keys there). Shown, it
        asks the case again: clips opened in the player or added by the demo meanwhile join it."""
        for action in self._triage:
            action.setEnabled(shown)
        if shown:
            self.model.refresh()
            self.table.setFocus()
            current = self.table.currentIndex()
            if current.isValid():
                self.table.scrollTo(current)
            self._lease_wait.start()
        else:  # back in the player: the queue's row is not being decided any more
            self._lease_wait.stop()
            self.case.leases.hold("queue", None)

    def shortcut_keys(self) -> set[str]:
        """The triage keys, as QKeySequence strings: the window turns its own off while the queue is shown."""
        return {s.toString() for action in self._triage for s in action.shortcuts()}

    def close(self) -> None:
        self.shell.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        self.thumbnails.close()

    # --- moving and opening -------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [clip_id for clip_id in (self.model.clip_id(row) for row in rows) if clip_id is not None]

    def go_to_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, COLUMN_KEYS.index("name"))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def next(self) -> None:
        current = self.table.currentIndex()
        self.go_to_row(current.row() + 1 if current.isValid() else 0)

    def previous(self) -> None:
        current = self.table.currentIndex()
        self.go_to_row(max(0, current.row() - 1) if current.isValid() else 0)

    def open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self.open_row(self.table.currentIndex().row())

    def open_row(self, row: int) -> None:
        clip_id = self.model.clip_id(row)
        if clip_id is None:
            return
        self.go_to_row(row)
        found = self.model.row_data(row)
        if found is not None:
            self._open(found)
        else:
            self.queue.rows([clip_id], lambda rows: rows and self._open(rows[0]))

    def _open(self, row: dict) -> None:
        if not Path(row["path"]).is_file():
            gone = translate("Queue", "{clip} is no longer at {where}.")
            self.shell.status_bar.showMessage(
                gone.format(clip=one_line(Path(row["path"]).name), where=one_line(row["path"])), 8000
            )
            return
        self._show_player()
        self.shell.open_paths([row["path"]])

    # --- triage edits -------------------------------------------------------------------------------------------
    def edit(self, values: dict, ids: list[int] | None = None, refused: Callable[[str], None] | None = None) -> None:
        ids = self.selected_ids() if ids is None else ids
        if not ids:
            self.shell.status_bar.showMessage(translate("Queue", "Choose a clip in the queue first."), 4000)
            return
        self.queue.edit(ids, values, refused=refused)

    def decide(self, decision: str) -> None:
        """The decision on the selected clips (they are Decided now), then on to the row after them."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        current = self.table.currentIndex().row()
        last = max(rows) if rows else current
        self.edit({"decision": decision, "queue_status": "Decided"})
        if last + 1 < self.model.rowCount():
            self.go_to_row(last + 1)

    def set_status(self, status: str) -> None:
        self.edit({"queue_status": status})

    def assign(self, name: str) -> None:
        name = name.strip()
        if name:
            known = self.known_assignees()
            self.shell.settings.setValue(ASSIGNEES_KEY, json.dumps([name, *(n for n in known if n != name)][:30]))
        self.edit({"assignee": name})

    def set_note(self, note: str, refused: Callable[[str], None] | None = None) -> None:
        self.edit({"queue_note": note}, refused=refused)

    def set_tags(self, tags: list[str], refused: Callable[[str], None] | None = None) -> None:
        self.edit({"tags": [tag for tag in dict.fromkeys(t.strip() for t in tags) if tag]}, refused=refused)

    def set_priority(self, priority: int) -> None:
        self.edit({"priority": priority})

    def undo(self) -> None:
        self.queue.undo()

    def redo(self) -> None:
        self.queue.redo()

    def known_assignees(self) -> list[str]:
        """Names assigned before on this machine, the reviewer's own, and those on the rows read so far."""
        try:
            kept = json.loads(self.shell.settings.value(ASSIGNEES_KEY, "[]"))
        except (TypeError, ValueError):
            kept = []
        seen = [row["assignee"] for row in self.model.loaded_rows() if row["assignee"]]
        names = [str(n) for n in kept if isinstance(n, str)] + [self.case.reviewer] + seen
        return [name for name in dict.fromkeys(names) if name]

    def ask_assignee(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        name, accepted = QInputDialog.getItem(
            self.shell.window,
            translate("Queue", "Assign"),
            translate("Queue", "Assign 1 clip to (empty: nobody):")
            if len(ids) == 1
            else translate("Queue", "Assign {count} clips to (empty: nobody):").format(count=count(len(ids))),
            ["", *self.known_assignees()],
            0,
            True,
        )
        if accepted:
            self.assign(name)

    # A note or tags the case refuses come back in their dialog with the reason: what was typed is not lost.
    def ask_note(self, typed: str | None = None, problem: str = "") -> None:
        ids = self.selected_ids()
        if not ids:
            return
        first = self._first_selected_row()
        current = first["queue_note"] if first is not None and len(ids) == 1 else ""
        asked = (
            translate("Queue", "A note on 1 clip for whoever reviews next:")
            if len(ids) == 1
            else translate("Queue", "A note on {count} clips for whoever reviews next:").format(count=count(len(ids)))
        )
        note, accepted = QInputDialog.getMultiLineText(
            self.shell.window,
            translate("Queue", "Queue note"),
            asked + (f"\n\n{problem}" if problem else ""),
            current if typed is None else typed,
        )
        if accepted:
            self.set_note(note, refused=lambda why: self.ask_note(note, why))

    def ask_tags(self, typed: str | None = None, problem: str = "") -> None:
        ids = self.selected_ids()
        if not ids:
            return
        first = self._first_selected_row()
        current = ", ".join(first["tags"]) if first is not None and len(ids) == 1 else ""
        asked = (
            translate("Queue", "Tags of 1 clip, separated by commas (they replace the tags there):")
            if len(ids) == 1
            else translate("Queue", "Tags of {count} clips, separated by commas (they replace the tags there):").format(
                count=count(len(ids))
            )
        )
        text, accepted = QInputDialog.getText(
            self.shell.window,
            translate("Queue", "Tags"),
            asked + (f"\n\n{problem}" if problem else ""),
            QLineEdit.EchoMode.Normal,
            current if typed is None else typed,
        )
        if accepted:
            # a Chinese keyboard types the full-width comma
            self.set_tags(re.split("[,，]", text), refused=lambda why: self.ask_tags(text, why))

    def ask_priority(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        first = self._first_selected_row()
        current = first["priority"] or 0 if first is not None else 0
        asked = (
            translate("Queue", "Priority of 1 clip (0 none, 9 most urgent):")
            if len(ids) == 1
            else translate("Queue", "Priority of {count} clips (0 none, 9 most urgent):").format(count=count(len(ids)))
        )
        value, accepted = QInputDialog.getInt(self.shell.window, translate("Queue", "Priority"), asked, current, 0, 9)
        if accepted:
            self.set_priority(value)

    def _first_selected_row(self) -> dict | None:
        ids = self.selected_ids()
        row = self.model.row_of(ids[0]) if ids else None
        return self.model.row_data(row) if row is not None else None

    # --- filters ------------------------------------------------------------------------------------------------
    def saved_filters(self) -> dict[str, dict]:
        try:
            saved = json.loads(self.shell.settings.value(SAVED_FILTERS_KEY, "{}"))
        except (TypeError, ValueError):
            return {}
        return saved if isinstance(saved, dict) else {}

    def save_filter(self, name: str) -> None:
        saved = self.saved_filters()
        saved[name] = QueueFilter.from_dict(self.filters.values()).as_dict()
        self.shell.settings.setValue(SAVED_FILTERS_KEY, json.dumps(saved, ensure_ascii=False))
        self._show_saved_names(name)
        self.shell.status_bar.showMessage(translate("Queue", "Filter saved as '{name}'.").format(name=name), 4000)

    def choose_saved_filter(self, name: str) -> None:
        values = self.saved_filters().get(name)
        if values is not None:
            self.filters.set_values(QueueFilter.from_dict(values).as_dict())

    def delete_saved_filter(self, name: str) -> None:
        saved = self.saved_filters()
        if saved.pop(name, None) is not None:
            self.shell.settings.setValue(SAVED_FILTERS_KEY, json.dumps(saved, ensure_ascii=False))
            self._show_saved_names()
            deleted = translate("Queue", "Saved filter '{name}' deleted.")
            self.shell.status_bar.showMessage(deleted.format(name=name), 4000)

    def ask_save_filter(self) -> None:
        name, accepted = QInputDialog.getText(
            self.shell.window, translate("Queue", "Save filter"), translate("Queue", "Name of this filter:")
        )
        if accepted and name.strip():
            self.save_filter(name.strip())

    def _show_saved_names(self, current: str = "") -> None:
        self.filters.set_saved_names(sorted(self.saved_filters(), key=str.casefold), current)

    def _on_counted(self, shown: int, total: int) -> None:
        self.filters.set_count(shown, total)
        self.table.set_empty_text(translate("Queue", EMPTY) if total == 0 else translate("Queue", NONE_MATCH))

    def _remember_selection(self) -> None:
        current = self.table.currentIndex()
        ids = self.selected_ids()
        if ids:  # none: the clips chosen were filtered out; they are chosen again when a filter lets them back
            self._remembered = (ids, self.model.clip_id(current.row()) if current.isValid() else ids[0])

    def _restore_selection(self) -> None:
        ids, current = self._remembered
        selection = QItemSelection()
        for clip_id in ids:
            row = self.model.row_of(clip_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, len(COLUMNS) - 1))
        model = self.table.selectionModel()
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            model.setCurrentIndex(
                self.model.index(row, COLUMN_KEYS.index("name")), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if row is not None:
            self.table.scrollTo(self.model.index(row, 0))

    # --- long work ----------------------------------------------------------------------------------------------
    def ask_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.shell.window,
            translate("Queue", "Import a folder of clips"),
            str(self.shell.settings.value("files/last_folder", str(Path.home()))),
        )
        if folder:
            self.import_paths([Path(folder)], recursive=True)

    def ask_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.shell.window,
            translate("Queue", "Import clips"),
            str(self.shell.settings.value("files/last_folder", str(Path.home()))),
            self._video_filter,
        )
        if paths:
            self.import_paths([Path(p) for p in paths], recursive=False)

    def import_paths(self, paths: list[Path], recursive: bool) -> None:
        if self.importing is not None:
            running = translate("Queue", "An import is running: wait for it, or cancel it first.")
            self.shell.status_bar.showMessage(running, 5000)
            return
        if self.case.path is None:
            return

        self._show_queue()  # the rows appear there as they are read
        self.importing = True  # until the job is started, after the edits made so far are saved

        def start() -> None:
            self.importing = start_import(
                self.shell,
                self.case.path,
                self.case.reviewer,
                self.thumbnail_folder,
                paths,
                recursive,
                on_clips=lambda _ids: self._refresh_after_import(),
                on_done=self._import_done,
            )

        self.queue.when_saved(start)  # the import's own connection sees every edit made so far

    def _refresh_after_import(self) -> None:
        """New rows in, the moderator's place kept: the table does not scroll back to the chosen row four times a
        second while the import runs."""
        self.thumbnails.forget_missing()
        bar = self.table.verticalScrollBar()
        position = bar.value()
        self.model.refresh(then=lambda: bar.setValue(position), reload_kept=True)

    def _import_done(self) -> None:
        self.importing = None
        self._refresh_after_import()

    def analyse_selection(self) -> None:
        self._analyse(self.selected_ids())

    def analyse_all(self) -> None:
        self._analyse(self.model.clip_ids())

    def _analyse(self, ids: list[int]) -> None:
        if not ids:
            self.shell.status_bar.showMessage(translate("Queue", "No clips to analyse."), 4000)
            return
        provider = self.shell.preferences.current.provider
        self.queue.when_saved(
            lambda: start_analysis(self.shell, self.case.path, ids, provider, on_clips=self.model.reload_rows)
        )

    def ask_export(self, kind: str) -> None:
        folder = str(self.shell.settings.value("files/export_folder", str(Path.home())))
        suffix = {"csv": "CSV (*.csv)", "json": "JSON (*.json)"}[kind]
        title = translate("Queue", "Export the queue as {format}").format(format=kind.upper())
        target, _ = QFileDialog.getSaveFileName(self.shell.window, title, str(Path(folder) / f"queue.{kind}"), suffix)
        if target:
            self.export(Path(target), kind)

    def export(self, target: Path, kind: str) -> None:
        ids = self.model.clip_ids()
        self.queue.rows(ids, lambda rows: start_export(self.shell, rows, target, kind))

    def ask_dossiers(self) -> None:
        """Each selected clip's dossier, written into one folder as File > Export dossier writes one."""
        from app.ui.export_view import ExportDialog

        ids = self.selected_ids()
        if not ids:
            self.shell.status_bar.showMessage(translate("Queue", "Choose the clips whose dossiers to write."), 4000)
            return
        # the dialog says "The dossier of {clip}, ..." with these words in the place of a clip's name
        chosen = (
            translate("Queue", "the 1 clip selected")
            if len(ids) == 1
            else translate("Queue", "each of the {count} clips selected").format(count=count(len(ids)))
        )
        dialog = ExportDialog(self.shell.settings, chosen, self.shell.window)
        dialog.open_pdf.setVisible(False)  # a dozen PDFs opening at once helps nobody
        if dialog.exec():
            self.queue.when_saved(lambda: start_dossiers(self.shell, self.case.path, self.case.reviewer, ids, dialog))
