"""Groups of re-uploads in the queue: show a clip's group, decide it at once, carry one clip's decision or verdict to
the rest (each after a confirmation that says how many clips change), and compare two members side by side."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.i18n import translate
from app.queue.labels import decision_label
from app.store.rules import DECISIONS
from app.text.shown import one_line

if TYPE_CHECKING:
    from app.ui.queue_view import QueueView


class QueueGroups:
    def __init__(self, view: QueueView) -> None:
        self._view = view
        self._status = view.shell.status_bar

    def current_row(self) -> dict | None:
        table, model = self._view.table, self._view.model
        return model.row_data(table.currentIndex().row()) if table.currentIndex().isValid() else None

    def _current_group(self) -> tuple[dict, int] | None:
        row = self.current_row()
        if row is None or row["group_id"] is None:
            self._status.showMessage(translate("Queue groups", "This clip is in no group of near-duplicates."), 5000)
            return None
        return row, row["group_id"]

    def show_group(self) -> None:
        found = self._current_group()
        if found is not None:
            self._view.filters.set_group(found[1])

    def ask_decide_group(self) -> None:
        found = self._current_group()
        if found is None:
            return
        labels = [decision_label(decision) for decision in DECISIONS]
        chosen, accepted = QInputDialog.getItem(
            self._view.shell.window,
            translate("Queue groups", "Decide the whole group"),
            translate("Queue groups", "The decision for every clip of group #{group}:").format(group=found[1]),
            labels,
            0,
            False,
        )
        if accepted:
            self.decide_group(found[1], DECISIONS[labels.index(chosen)])

    def decide_group(self, group: int, decision: str, others_than: int | None = None) -> None:
        def confirm(ids: list[int]) -> None:
            if others_than is None:
                question = translate("Queue groups", "Decide '{decision}' for all {count} clips of group #{group}?")
            elif len(ids) == 1:
                question = translate("Queue groups", "Decide '{decision}' for the other clip of group #{group}?")
            else:
                question = translate(
                    "Queue groups", "Decide '{decision}' for the other {count} clips of group #{group}?"
                )
            question = question.format(decision=decision_label(decision), count=count(len(ids)), group=group)
            if confirmed(self._view.shell.window, translate("Queue groups", "Decide the group"), question):
                self._view.queue.edit(ids, {"decision": decision, "queue_status": "Decided"})

        self._members(group, others_than, confirm)

    def carry_decision(self) -> None:
        found = self._current_group()
        if found is None:
            return
        row, group = found
        if not row["decision"]:
            first = translate("Queue groups", "Decide this clip first: its decision is what is carried.")
            self._status.showMessage(first, 5000)
            return
        self.decide_group(group, row["decision"], others_than=row["id"])

    def carry_verdict(self) -> None:
        """The clip's verdict given to every other member of its group: made where a member has none, replacing
        what a member's own verdict said (undo brings it back)."""
        from app.store.carry import carry_verdict
        from app.ui.review_view import now_utc

        found = self._current_group()
        if found is None:
            return
        row, group = found
        queue, reviewer = self._view.queue, self._view.queue.reviewer

        def ask(answer: tuple[dict | None, list[int], int]) -> None:
            verdict, ids, own = answer
            if verdict is None:
                none = translate("Queue groups", "This clip has no verdict yet: record one in the player first.")
                self._status.showMessage(none, 6000)
                return
            question = _carry_question(len(ids), own).format(
                count=count(len(ids)),
                group=group,
                verdict=verdict["authenticity"] or translate("Queue groups", "no assessment"),
                own=count(own),
            )
            if confirmed(self._view.shell.window, translate("Queue groups", "Carry the verdict"), question):
                queue.change(lambda store: carry_verdict(store, row["id"], ids, reviewer, now_utc()))

        def look(store) -> tuple[dict | None, list[int], int]:
            from app.store.queue import QueueFilter

            ids = [i for i in store.queue_ids(QueueFilter(group=group), "added", False) if i != row["id"]]
            return store.verdict(row["id"]), ids, sum(1 for i in ids if store.verdict(i) is not None)

        self._view.case.run_on_store(look, lambda answer: ask(answer) if answer[1] else self._alone(group))

    def compare(self) -> None:
        """Two selected clips side by side; with one chosen, it and the next member of its group."""
        from app.ui.compare_view import compare_clips

        chosen = self._view.selected_ids()
        if len(chosen) == 2:
            self._view.queue.rows(chosen, lambda rows: self._compare(rows, compare_clips))
            return
        found = self._current_group()
        if found is None:
            choose = translate("Queue groups", "Choose two clips to compare, or a clip in a group of re-uploads.")
            self._status.showMessage(choose, 6000)
            return
        row, group = found

        def with_next(ids: list[int]) -> None:
            later = ids[(ids.index(row["id"]) + 1) % len(ids)] if row["id"] in ids else ids[0]
            self._view.queue.rows([row["id"], later], lambda rows: self._compare(rows, compare_clips))

        self._members(group, row["id"], lambda others: with_next(sorted([row["id"], *others])))

    def _compare(self, rows: list[dict], compare_clips: Callable) -> None:
        from pathlib import Path

        missing = [row["file_name"] for row in rows if not Path(row["path"]).is_file()]
        if missing:
            gone = translate("Queue groups", "{clip} is no longer where it was imported from.")
            self._status.showMessage(gone.format(clip=one_line(missing[0])), 6000)
            return
        shell = self._view.shell
        compare_clips(shell.jobs, rows[0]["path"], rows[1]["path"], shell.window)

    def _members(self, group: int, others_than: int | None, then: Callable[[list[int]], None]) -> None:
        def given(ids: list[int]) -> None:
            ids = [clip_id for clip_id in ids if clip_id != others_than]
            if ids:
                then(ids)
            else:
                self._alone(group)

        self._view.queue.group_ids(group, given)

    def _alone(self, group: int) -> None:
        self._status.showMessage(
            translate("Queue groups", "Group #{group} has no other clip now.").format(group=group), 5000
        )


def confirmed(parent: QWidget, title: str, text: str) -> bool:
    """Yes or no, with `text` shown as plain text: the words in it may come from the case (a decision, a verdict),
    and a label takes text that looks like HTML for HTML."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes


def count(n: int) -> str:
    """A number of clips as a sentence shows it (the sentences choose their singular or plural form)."""
    return f"{n:,}"


def _carry_question(clips: int, own: int) -> str:
    """Whether to give the group the clip's verdict, as a whole sentence for each case (word order differs between
    languages); its placeholders are {count}, {group}, {verdict} and {own}."""
    if own == 0:
        if clips == 1:
            return translate(
                "Queue groups",
                "Give 1 clip of group #{group} this clip's verdict ('{verdict}')? "
                "Each summary says where it came from.",
            )
        return translate(
            "Queue groups",
            "Give {count} clips of group #{group} this clip's verdict ('{verdict}')? "
            "Each summary says where it came from.",
        )
    if clips == 1:
        return translate(
            "Queue groups",
            "Give 1 clip of group #{group} this clip's verdict ('{verdict}')? It has a verdict of its own, which "
            "this replaces. Each summary says where it came from.",
        )
    return translate(
        "Queue groups",
        "Give {count} clips of group #{group} this clip's verdict ('{verdict}')? {own} of them have a verdict of "
        "their own, which this replaces. Each summary says where it came from.",
    )
