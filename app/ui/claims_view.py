"""Joins the Claims panel and the timeline's claims band to the case and the player: claims made from the in/out
marks, edits sent to the case as they are made (and what it refused shown by the field), a double-click that goes
to a claim's in-point, claims like the one being written found on other clips, and Search all cases."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from app.i18n import translate
from app.store.rules import RATINGS
from app.text.timecode import format_timecode
from app.ui.case import CaseController
from widgets.case_search import CaseSearchDialog, kind_label
from widgets.claims_panel import ClaimsPanel, first_line, rating_colour
from widgets.timeline import ClaimRange

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from app.ui.shell import Shell

SCALE_KEY = "review/rating_scale"  # a list of rating names; the default scale when unset


# The Review menu's claim commands: key, label, shortcut, what it does, the ClaimsView method that does it.
_COMMANDS = (
    (
        "new_claim",
        QT_TRANSLATE_NOOP("Claims", "&New claim"),
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("Claims", "A claim on the in/out marks, or on this frame"),
        "new_claim",
    ),
    (
        "claim_from_marks",
        QT_TRANSLATE_NOOP("Claims", "Claim on the &marks"),
        "Ctrl+Shift+M",
        QT_TRANSLATE_NOOP("Claims", "The selected claim to the in/out marks"),
        "to_marks",
    ),
    (
        "claims_list",
        QT_TRANSLATE_NOOP("Claims", "Go to the claims &list"),
        "Ctrl+Shift+L",
        QT_TRANSLATE_NOOP("Claims", "The keyboard in the claims list"),
        "focus_list",
    ),
    (
        "delete_claim",
        QT_TRANSLATE_NOOP("Claims", "&Delete claim"),
        "Delete",
        QT_TRANSLATE_NOOP("Claims", "Out of the case (Ctrl+Z brings it back)"),
        "delete_selected",
    ),
    (
        "search",
        QT_TRANSLATE_NOOP("Claims", "&Search all cases…"),
        "Ctrl+F",
        QT_TRANSLATE_NOOP("Claims", "Claims, sources, notes and verdicts on every clip"),
        "search",
    ),
)


def rating_scale(settings: QSettings) -> list[str]:
    """The reviewer's rating scale from the settings, or the default one (True ... Satire)."""
    value = settings.value(SCALE_KEY)
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    names = list(dict.fromkeys(str(name).strip() for name in names if str(name).strip()))
    return names or list(RATINGS)


def marked_range(mark_in: int | None, mark_out: int | None, position: int, frame_count: int) -> tuple[int, int]:
    """The frames a new claim covers: the marks as the timeline draws them (one mark runs to the clip's end or
    from its start), or the frame on screen when no mark is set."""
    if mark_in is None and mark_out is None:
        return position, position
    first = mark_in if mark_in is not None else 0
    last = mark_out if mark_out is not None else frame_count - 1
    return first, max(first, last)


def install_claims(shell: Shell, case: CaseController, go_to_evidence: Callable[[int], None]) -> ClaimsView:
    return ClaimsView(shell, case, go_to_evidence)


class ClaimsView(QObject):
    def __init__(self, shell: Shell, case: CaseController, go_to_evidence: Callable[[int], None]) -> None:
        super().__init__(shell.window)
        self._shell, self._case = shell, case
        self._go_to_evidence = go_to_evidence  # a search hit on an evidence frame opens it in the Evidence panel
        self.panel = ClaimsPanel(rating_scale(shell.settings))
        self.dock = self._add_dock()
        self.search_dialog: CaseSearchDialog | None = None
        self._before_new: set[int] | None = None  # the claims there were when a new one was asked for
        self._pending_hit: dict | None = None  # a search hit on a clip being opened: gone to once it is
        self.actions = self._add_actions()
        panel = self.panel
        panel.new_requested.connect(self.new_claim)
        panel.edited.connect(self._send_edit)
        panel.delete_requested.connect(self._delete)
        panel.claim_selected.connect(self._on_selected)
        panel.claim_activated.connect(self.go_to_claim)
        panel.range_from_marks.connect(self._range_from_marks)
        panel.similar_wanted.connect(self._find_similar)
        shell.timeline.claim_activated.connect(self.go_to_claim)
        case.clip_changed.connect(self._on_clip)
        case.claims_changed.connect(self._on_claims)
        case.similar_found.connect(panel.show_similar)
        case.search_done.connect(self._on_search_done)
        shell.window.installEventFilter(self)  # what is being typed is sent before the window closes the case
        self._on_clip(case.clip)

    # --- building -------------------------------------------------------------------------------------------
    def _add_dock(self) -> QDockWidget:
        shell, window = self._shell, self._shell.window
        dock = QDockWidget(translate("Claims", "Claims"), window)
        dock.setObjectName("dock-claims")  # the name the window's saved layout knows it by
        dock.setWidget(self.panel)
        dock.setMinimumWidth(220)
        shell.docks["claims"] = dock
        # where the reviewer left it last time (the layout was restored before this dock existed), else under
        # the clip list, which needs little room
        self._first_layout = not window.restoreDockWidget(dock)
        if self._first_layout:
            window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
            window.splitDockWidget(shell.docks["clips"], dock, Qt.Orientation.Vertical)
            if window.isVisible():  # the case arrives after the first paint: the Show event is gone by then
                self._first_layout = False
                QTimer.singleShot(0, self._size_docks)
        shell.menus["&View"].addAction(dock.toggleViewAction())
        return dock

    def _add_actions(self) -> dict[str, QAction]:
        menu = self._shell.menus["&Review"]
        menu.addSection(translate("Claims", "Claims"))
        actions = {}
        for key, label, shortcut, tip, method in _COMMANDS:
            action = QAction(translate("Claims", label), self._shell.window)
            action.setShortcut(QKeySequence(shortcut))
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(translate("Claims", "{what} ({keys})").format(what=translate("Claims", tip), keys=keys))
            action.triggered.connect(lambda checked=False, method=method: getattr(self, method)())
            menu.addAction(action)
            actions[key] = action
        # Delete belongs to the list: in a text field it deletes a letter
        actions["delete_claim"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.panel.list.addAction(actions["delete_claim"])
        return actions

    # --- the case -------------------------------------------------------------------------------------------
    def _on_clip(self, clip: dict | None) -> None:
        self.panel.commit_all()  # typed for the clip that was open: saved with it
        if clip is not None and self._pending_hit is not None and clip["id"] != self._pending_hit["clip_id"]:
            self._pending_hit = None  # another clip was opened meanwhile
        has_clip = clip is not None
        for key in ("new_claim", "claim_from_marks"):
            self.actions[key].setEnabled(has_clip)
        self.panel.set_can_create(has_clip)
        player = self._shell.player
        media = player.clip if player is not None else None
        if has_clip and media is not None:
            self.panel.set_label_of(lambda n, index=media.index: format_timecode(index.seconds(n)))
            self.panel.set_frame_count(media.frame_count)
        if not has_clip:
            self._before_new = None
            self._show([])
            self.panel.show_similar([])

    def _on_claims(self, rows: list[dict]) -> None:
        clip = self._case.clip
        if rows and (clip is None or rows[0]["clip_id"] != clip["id"]):
            return  # an edit answered for a clip no longer open
        self._show(rows)
        hit = self._pending_hit
        if hit is not None and clip is not None and clip["id"] == hit["clip_id"]:
            self._pending_hit = None
            QTimer.singleShot(0, self, lambda: self._go_to_hit(hit))  # after the clip's evidence and verdict too
        if self._before_new is not None:
            new = [row["id"] for row in rows if row["id"] not in self._before_new]
            if new:
                self._before_new = None
                self.panel.select(new[-1], edit_text=True)

    def _show(self, rows: list[dict]) -> None:
        self.panel.set_claims(rows)
        self._shell.timeline.set_claims([self._range(row) for row in rows])
        self.actions["delete_claim"].setEnabled(self.panel.current is not None)

    def _range(self, row: dict) -> ClaimRange:
        colour = rating_colour(row["rating"], self.panel.scale)
        return ClaimRange(row["id"], row["frame_in"] or 0, row["frame_out"] or 0, colour, row["text"] or "")

    def _send_edit(self, claim_id: int, values: dict) -> None:
        """A refusal goes back to the claim and the field it was typed in (the status bar shows it too)."""
        self._case.edit(
            "claims",
            claim_id,
            values,
            refused=lambda message: self.panel.refused(claim_id, values, message),
            done=lambda: self.panel.accepted(claim_id, values),
        )

    # --- commands -------------------------------------------------------------------------------------------
    def new_claim(self) -> None:
        player = self._shell.player
        if self._case.clip is None or player is None or player.clip is None:
            self._shell.status_bar.showMessage(
                translate("Claims", "Open a clip first: claims are saved with the clip."), 5000
            )
            return
        first, last = marked_range(player.mark_in, player.mark_out, player.position, player.clip.frame_count)
        self.panel.commit_all()
        self._before_new = self.panel.claim_ids()
        self._shell.show_dock("claims")
        values = {"frame_in": first, "frame_out": last, "text": "", "claimant": "", "rating": "", "explanation": ""}
        self._case.create("claims", values)

    def to_marks(self) -> None:
        if self.panel.current is not None:
            self._range_from_marks(self.panel.current)

    def _range_from_marks(self, claim_id: int) -> None:
        player = self._shell.player
        if player is None or player.clip is None:
            return
        if player.mark_in is None and player.mark_out is None:
            self._shell.status_bar.showMessage(translate("Claims", "Set an in or out mark first (I, O)."), 5000)
            return
        first, last = marked_range(player.mark_in, player.mark_out, player.position, player.clip.frame_count)
        self.panel.set_range(claim_id, first, last)

    def delete_selected(self) -> None:
        if self.panel.current is not None:
            self._delete(self.panel.current)

    def _delete(self, claim_id: int) -> None:
        self._case.delete("claims", claim_id)

    def focus_list(self) -> None:
        self._shell.show_dock("claims")
        self.panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def go_to_claim(self, claim_id: int) -> None:
        """Select the claim and show its first frame."""
        row = self.panel.claim(claim_id)
        if row is None:
            return
        self._shell.show_dock("claims")
        self.panel.select(claim_id)
        if self._shell.player is not None:
            self._shell.player.seek(row["frame_in"] or 0)

    def _on_selected(self, claim_id: int | None) -> None:
        self.actions["delete_claim"].setEnabled(claim_id is not None)
        self._case.select_claim(claim_id)

    def _find_similar(self, text: str) -> None:
        if text.strip():
            self._case.find_similar(text)
        else:
            self.panel.show_similar([])

    # --- search ---------------------------------------------------------------------------------------------
    def search(self) -> None:
        if self.search_dialog is None:
            self.search_dialog = CaseSearchDialog(self._shell.window)
            self.search_dialog.searched.connect(self._case.search)
            self.search_dialog.hit_chosen.connect(self._on_hit)
        self.search_dialog.ask()

    def _on_search_done(self, text: str, hits: list) -> None:
        if self.search_dialog is not None:
            self.search_dialog.show_hits(text, hits)

    def _on_hit(self, hit: dict) -> None:
        """Go to the hit: on the open clip at once; on another, once that clip is open and its work loaded."""
        clip = self._case.clip
        if clip is not None and hit["clip_id"] == clip["id"]:
            self._go_to_hit(hit)
            return
        self._pending_hit = hit
        opening = translate("Claims", "Opening {clip} at that {kind}…")
        self._shell.status_bar.showMessage(opening.format(clip=hit["file_name"], kind=kind_label(hit["kind"])), 5000)
        self._case.clip_path(hit["clip_id"], self._shell.open_paths)

    def _go_to_hit(self, hit: dict) -> None:
        if hit["table"] == "claims":
            self.go_to_claim(hit["id"])
        elif hit["table"] == "evidence":
            self._go_to_evidence(hit["id"])
        elif hit["table"] == "verdicts":
            self._shell.actions_by_key["focus_verdict"].trigger()
        elif hit["table"] == "words" and self._shell.player is not None:  # a line said or shown: to its first frame
            self._shell.player.seek(hit["first_frame"])
            self._shell.show_dock("words")
        else:
            shown = first_line(hit.get("shown") or "")
            here = translate("Claims", "That {kind} is on this clip: {text}")
            self._shell.status_bar.showMessage(here.format(kind=kind_label(hit["kind"]), text=shown), 8000)

    # --- closing --------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._shell.window and event.type() == QEvent.Type.Close:
            self.panel.commit_all()
        elif watched is self._shell.window and event.type() == QEvent.Type.Show and self._first_layout:
            self._first_layout = False
            QTimer.singleShot(0, self._size_docks)
        return False

    def _size_docks(self) -> None:
        docks = [self._shell.docks["clips"], self.dock]
        self._shell.window.resizeDocks(docks, [150, 700], Qt.Orientation.Vertical)
