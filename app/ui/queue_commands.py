"""The Queue menu's commands: triage keys (live only while the Queue page is shown, where the player's own keys
that share them are off), the groups of re-uploads, and the queue's long work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.i18n import translate
from app.queue.labels import decision_label, status_label
from app.store.rules import DECISIONS

if TYPE_CHECKING:
    from app.ui.queue_view import QueueView

_STATUS_KEYS = {"New": "Shift+N", "In review": "Shift+R", "Second opinion": "Shift+S"}


@dataclass(frozen=True)
class QueueCommand:
    key: str
    label: str
    shortcuts: tuple[str, ...]
    tip: str
    run: Callable[[], None]
    triage: bool = True  # a key that acts on the queue's rows: live only while the Queue page is shown


def queue_commands(view: QueueView) -> list[QueueCommand | None]:
    """The menu's commands in order; None is a separator."""
    return [
        QueueCommand(
            "queue_next",
            translate("Queue commands", "&Next clip"),
            ("J",),
            translate("Queue commands", "Go to the next clip in the queue (J, Down)"),
            view.next,
        ),
        QueueCommand(
            "queue_previous",
            translate("Queue commands", "&Previous clip"),
            ("K",),
            translate("Queue commands", "Go to the clip before (K, Up)"),
            view.previous,
        ),
        QueueCommand(
            "queue_open",
            translate("Queue commands", "&Open in the player"),
            ("Return", "Enter"),
            translate("Queue commands", "Open the clip in the player; Esc there comes back to this row (Enter)"),
            view.open_current,
        ),
        QueueCommand(
            "queue_search",
            translate("Queue commands", "&Search the queue"),
            ("/",),
            translate("Queue commands", "Type to search names, uploaders, claims, notes (/)"),
            view.filters.focus_search,
        ),
        None,
        *(
            QueueCommand(
                f"queue_decide_{n}",
                translate("Queue commands", "Decide: {decision}").format(decision=decision_label(decision)),
                (str(n),),
                translate(
                    "Queue commands", "Decide '{decision}' for the selected clips and go to the next ({key})"
                ).format(decision=decision_label(decision), key=n),
                lambda d=decision: view.decide(d),
            )
            for n, decision in enumerate(DECISIONS, 1)
        ),
        None,
        *(
            QueueCommand(
                f"queue_status_{status.replace(' ', '_').lower()}",
                translate("Queue commands", "Status: {status}").format(status=status_label(status)),
                (key,),
                translate("Queue commands", "Set the status of the selected clips to '{status}' ({key})").format(
                    status=status_label(status), key=key
                ),
                lambda s=status: view.set_status(s),
            )
            for status, key in _STATUS_KEYS.items()
        ),
        QueueCommand(
            "queue_assign",
            translate("Queue commands", "&Assign to…"),
            ("A",),
            translate("Queue commands", "Hand the selected clips to a reviewer (A)"),
            view.ask_assignee,
        ),
        QueueCommand(
            "queue_note",
            translate("Queue commands", "Queue &note…"),
            ("N",),
            translate("Queue commands", "A note on the selected clips for the next reviewer (N)"),
            view.ask_note,
        ),
        QueueCommand(
            "queue_tags",
            translate("Queue commands", "&Tags…"),
            ("T",),
            translate("Queue commands", "Set the tags of the selected clips (T)"),
            view.ask_tags,
        ),
        QueueCommand(
            "queue_priority",
            translate("Queue commands", "P&riority…"),
            ("P",),
            translate("Queue commands", "Set the priority of the selected clips (P)"),
            view.ask_priority,
        ),
        QueueCommand(
            "queue_undo",
            translate("Queue commands", "Undo queue edit"),
            (),
            translate("Queue commands", "Undo the queue's last edit (Ctrl+Z on the queue)"),
            view.queue.undo,
        ),
        QueueCommand(
            "queue_redo",
            translate("Queue commands", "Redo queue edit"),
            (),
            translate("Queue commands", "Redo the queue's edit undone (Ctrl+Shift+Z on the queue)"),
            view.queue.redo,
        ),
        None,
        QueueCommand(
            "queue_group",
            translate("Queue commands", "Show this clip's &group"),
            ("G",),
            translate(
                "Queue commands",
                "Show only the clip's near-duplicates (G); the button in the filter bar shows the whole queue again",
            ),
            view.groups.show_group,
        ),
        QueueCommand(
            "queue_decide_group",
            translate("Queue commands", "&Decide the whole group…"),
            (),
            translate("Queue commands", "One decision for every clip of the group, after a confirmation"),
            view.groups.ask_decide_group,
        ),
        QueueCommand(
            "queue_carry",
            translate("Queue commands", "&Carry this decision to the group…"),
            (),
            translate("Queue commands", "The clip's decision for the rest of its group, after a confirmation"),
            view.groups.carry_decision,
        ),
        QueueCommand(
            "queue_carry_verdict",
            translate("Queue commands", "Carry this &verdict to the group…"),
            (),
            translate(
                "Queue commands",
                "The clip's verdict for the rest of its group, after a confirmation "
                "(each summary says where it came from)",
            ),
            view.groups.carry_verdict,
        ),
        QueueCommand(
            "queue_compare",
            translate("Queue commands", "Co&mpare side by side"),
            ("C",),
            translate(
                "Queue commands",
                "Two selected clips side by side, or this clip and the next of its group, one slider moving both (C)",
            ),
            view.groups.compare,
        ),
        None,
        QueueCommand(
            "queue_import_folder",
            translate("Queue commands", "&Import folder…"),
            ("Ctrl+Shift+I",),
            translate("Queue commands", "Add every clip in a folder and its subfolders to the queue (Ctrl+Shift+I)"),
            view.ask_import_folder,
            triage=False,
        ),
        QueueCommand(
            "queue_import_files",
            translate("Queue commands", "Import &files…"),
            (),
            translate("Queue commands", "Add clips to the queue"),
            view.ask_import_files,
            triage=False,
        ),
        QueueCommand(
            "queue_analyse_selection",
            translate("Queue commands", "Analyse &selection"),
            (),
            translate(
                "Queue commands",
                "Run the detectors over the selected clips (every 5th frame) and fill in their evidence",
            ),
            view.analyse_selection,
        ),
        QueueCommand(
            "queue_analyse_all",
            translate("Queue commands", "Analyse &whole queue"),
            (),
            translate("Queue commands", "Run the detectors over every clip the filter shows"),
            view.analyse_all,
            triage=False,
        ),
        QueueCommand(
            "queue_export_csv",
            translate("Queue commands", "Export queue as &CSV…"),
            (),
            translate("Queue commands", "The clips the filter shows, as the table shows them, with SHA-256s"),
            lambda: view.ask_export("csv"),
            triage=False,
        ),
        QueueCommand(
            "queue_export_json",
            translate("Queue commands", "Export queue as &JSON…"),
            (),
            translate("Queue commands", "The clips the filter shows, as JSON"),
            lambda: view.ask_export("json"),
            triage=False,
        ),
        QueueCommand(
            "queue_dossiers",
            translate("Queue commands", "Export &dossiers for selection…"),
            (),
            translate(
                "Queue commands",
                "The PDF and signed JSON dossier of each selected clip, with a summary of what was written and refused",
            ),
            view.ask_dossiers,
        ),
    ]
