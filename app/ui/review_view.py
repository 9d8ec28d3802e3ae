"""Joins the Sources and Verdict panels to the case and the main window: their docks, their Review menu commands,
and the edits they make (checked with the store's own rules first, so a refusal shows next to its field at once;
one the store still makes is shown by the field of the edit it refused).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.i18n import translate
from app.store import rules
from app.store.carry import shown_summary, stored_summary
from app.store.store import check_field
from app.ui.case import CaseController
from widgets.sources_panel import SourcesPanel
from widgets.verdict_panel import VerdictPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.ui.shell import Shell

# key, menu label, shortcut, tip: the Review menu's commands for these panels
COMMANDS = (
    (
        "add_source",
        QT_TRANSLATE_NOOP("Review", "Add &source"),
        "Ctrl+K",
        QT_TRANSLATE_NOOP("Review", "Attach a new source to the claim, or to the clip when no claim is chosen"),
    ),
    (
        "remove_source",
        QT_TRANSLATE_NOOP("Review", "Re&move source"),
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("Review", "Take the chosen source out of the case (Undo brings it back)"),
    ),
    (
        "focus_verdict",
        QT_TRANSLATE_NOOP("Review", "&Verdict"),
        "Ctrl+Shift+V",
        QT_TRANSLATE_NOOP("Review", "Go to the verdict: the assessment, rating, summary and status"),
    ),
)


def install_review(shell: Shell, case: CaseController) -> ReviewView:
    """The Sources and Verdict panels in their docks, joined to `case`; one call when the window gets its case."""
    return ReviewView(shell, case)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ReviewView:
    def __init__(self, shell: Shell, case: CaseController) -> None:
        self._shell, self._case = shell, case
        self._sources: list[dict] = []
        self._claims: dict[int, str] = {}
        self._verdict: dict | None = None
        self._clip_id: int | None = None
        self._verdict_waiting: dict | None = None  # edits made while the verdict's first save is on its way
        self.sources = SourcesPanel(rules.STANCES)
        self.verdict = VerdictPanel(rules.AUTHENTICITY, tuple(rules.RATINGS), rules.REVIEW_STATUSES)
        self._put_in_dock("sources", translate("Review", "Sources"), self.sources)
        self._put_in_dock("verdict", translate("Review", "Verdict"), self.verdict)
        self.actions = self._add_commands()
        self.sources.add_requested.connect(self.add_source)
        self.sources.remove_requested.connect(self._remove_source)
        self.sources.edited.connect(self._edit_source)
        self.sources.link_opened.connect(self._say_opened)
        self.verdict.verdict_edited.connect(self._edit_verdict)
        self.verdict.clip_edited.connect(self._edit_clip)
        self.verdict.link_opened.connect(self._say_opened)
        case.clip_changed.connect(self._on_clip)
        case.claims_changed.connect(self._on_claims)
        case.claim_selected.connect(self._on_claim_selected)
        case.sources_changed.connect(self._on_sources)
        case.verdict_changed.connect(self._on_verdict)
        self._on_clip(case.clip)

    # --- building -------------------------------------------------------------------------------------------
    def _put_in_dock(self, key: str, title: str, panel: QWidget) -> None:
        """Into the dock the window keeps for this panel (so a saved layout holds it), else a new one."""
        dock = self._shell.docks.get(key)
        if dock is None:
            self._shell.add_dock(key, title, panel, Qt.DockWidgetArea.LeftDockWidgetArea)
            return
        old = dock.widget()
        dock.setWidget(panel)
        if old is not None:
            old.deleteLater()

    def _add_commands(self) -> dict[str, QAction]:
        menu = self._shell.menus["&Review"]
        menu.addSection(translate("Review", "Sources and verdict"))
        handlers = {"add_source": self.add_source, "remove_source": self.remove_source, "focus_verdict": self.focus}
        actions = {}
        for key, label, shortcut, tip in COMMANDS:
            tip = translate("Review", tip)
            action = QAction(translate("Review", label), self._shell.window)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(translate("Review", "{what} ({keys})").format(what=tip, keys=shortcut))
            action.setStatusTip(tip)
            action.triggered.connect(lambda checked=False, run=handlers[key]: run())
            menu.addAction(action)
            self._shell.window.addAction(action)  # its shortcut works while the menu bar is hidden too
            self._shell.actions_by_key[key] = action  # enabled with the other clip commands
            action.setEnabled(self._shell.actions_by_key["close_clip"].isEnabled())
            actions[key] = action
        return actions

    # --- commands -------------------------------------------------------------------------------------------
    def add_source(self) -> None:
        """A new, empty source (accessed today) on the claim the reviewer is on, or on the clip; the case refuses
        it when no clip is in the case yet."""
        self._shell.show_dock("sources")
        self.sources.expect_new_source()
        self._case.create("sources", {"claim_id": self.sources.claim_id, "accessed": now_utc()[:10]})

    def remove_source(self) -> None:
        self._shell.show_dock("sources")
        self.sources.request_remove()

    def focus(self) -> None:
        self._shell.show_dock("verdict")
        self.verdict.focus_assessment()

    # --- edits ----------------------------------------------------------------------------------------------
    def _checked(self, panel: SourcesPanel | VerdictPanel, table: str, values: dict) -> bool:
        """Check the typed values as the store will; a refusal is shown next to its field at once and not sent."""
        for key, value in values.items():
            try:
                check_field(table, key, value)
            except rules.Refused as error:
                panel.show_refusal(key, str(error))
                self._shell.status_bar.showMessage(str(error), 8000)
                return False
        return True

    def _refused_by(self, panel: SourcesPanel | VerdictPanel, values: dict) -> Callable[[str], None]:
        """What the store still refuses of an edit (the database itself, say) shows by the field it was typed in,
        while the panel still shows what it was typed for; the status bar shows it too (CaseView)."""
        key, shown = next(iter(values)), self._shown_in(panel)

        def refused(message: str) -> None:
            if self._shown_in(panel) == shown:
                panel.show_refusal(key, message)

        return refused

    def _shown_in(self, panel: SourcesPanel | VerdictPanel) -> int | None:
        """The source the Sources panel shows, or the clip the Verdict panel is about."""
        return (self.sources.current_source() or {}).get("id") if panel is self.sources else self._clip_id

    def _edit_source(self, source_id: int, values: dict) -> None:
        if not self._checked(self.sources, "sources", values):
            return
        refused = self._refused_by(self.sources, values)
        url = values.get("url", "").strip()
        row = next((r for r in self._sources if r["id"] == source_id), {})
        if url and not (row.get("publisher") or "") and not self.sources.fields["publisher"].text().strip():
            values = {**values, "publisher": rules.publisher_from_url(url)}
        self._case.edit("sources", source_id, values, refused=refused)

    def _remove_source(self, source_id: int) -> None:
        self._case.delete("sources", source_id)

    def _edit_verdict(self, values: dict) -> None:
        if "summary" in values:
            values = {**values, "summary": stored_summary(values["summary"])}
        if not self._checked(self.verdict, "verdicts", values):
            return
        refused = self._refused_by(self.verdict, values)
        if "authenticity" in values or "content_rating" in values:
            values = {**values, "reviewer": self._case.reviewer, "decided_at": now_utc()}
        if self._verdict is not None:
            self._case.edit("verdicts", self._verdict["id"], values, refused=refused)
        elif self._clip_id is None:
            self._shell.status_bar.showMessage(
                translate("Review", "The verdict was not saved: its clip was closed first."), 8000
            )
        elif self._verdict_waiting is not None:
            self._verdict_waiting.update(values)  # one verdict per clip: these follow its first save
        else:
            self._verdict_waiting = {}
            self._case.create(  # the panel's clip, which a closing clip still is while its fields are saved
                "verdicts",
                values,
                clip_id=self._clip_id,
                refused=lambda message: self._first_verdict_refused(refused, message),
            )

    def _first_verdict_refused(self, refused: Callable[[str], None], message: str) -> None:
        self._verdict_waiting = None  # the verdict's first save failed: the next choice tries again
        refused(message)

    def _edit_clip(self, clip_id: int | None, values: dict) -> None:
        if clip_id is not None and self._checked(self.verdict, "clips", values):
            self._case.edit("clips", clip_id, values, refused=self._refused_by(self.verdict, values))

    def _say_opened(self, url: str) -> None:
        self._shell.status_bar.showMessage(translate("Review", "Opened {link} in the browser").format(link=url), 4000)

    # --- what the case says ---------------------------------------------------------------------------------
    def _on_clip(self, clip: dict | None) -> None:
        clip_id = clip["id"] if clip else None
        if clip_id != self._clip_id:  # another clip (or none): what is typed is saved, then its own work follows
            self.verdict.flush()
            self._verdict, self._verdict_waiting, self._claims = None, None, {}
            self.sources.set_claim(None)
        self._clip_id = clip_id
        self.sources.set_clip_open(clip is not None)
        self.verdict.set_clip(clip)

    def _on_claims(self, claims: list[dict]) -> None:
        self._claims = {claim["id"]: claim.get("text") or "" for claim in claims}
        claim = self.sources.claim_id
        if claim is not None:
            self.sources.set_claim(claim, _claim_label(self._claims.get(claim, "")))

    def _on_claim_selected(self, claim_id: int | None) -> None:
        self.sources.set_claim(claim_id, _claim_label(self._claims.get(claim_id, "")) if claim_id else "")

    def _on_sources(self, rows: list[dict]) -> None:
        self._sources = rows
        self.sources.set_sources(rows)

    def _on_verdict(self, row: dict | None) -> None:
        self._verdict = row
        waiting, self._verdict_waiting = self._verdict_waiting, None
        self.verdict.set_verdict(row if row is None else {**row, "summary": shown_summary(row["summary"] or "")})
        if row is not None and waiting:
            self._case.edit("verdicts", row["id"], waiting, refused=self._refused_by(self.verdict, waiting))


def _claim_label(text: str, most: int = 80) -> str:
    text = " ".join(text.split())
    if not text:
        return ""
    return f"“{text if len(text) <= most else text[: most - 1] + '…'}”"
