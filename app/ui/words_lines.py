"""The commands on a line of words: go to it, make a claim of it (the line chosen in the Words panel, or the one
under the playhead), copy it; from the Review menu, the Words panel and the timeline's lanes alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from analyzers.words.lines import ON_SCREEN, SUBTITLES, TextLine
from app.i18n import translate

if TYPE_CHECKING:
    from app.ui.words_view import WordsView


class LineCommands:
    def __init__(self, view: WordsView) -> None:
        self.view = view
        window = view.shell.window
        self.claim_action = QAction(translate("Words", "Claim from this &line"), window)
        self.claim_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.claim_action.setToolTip(
            translate(
                "Words",
                "A claim over the time range of the line chosen in the Words panel, or of the line under the "
                "playhead, quoting its words (Ctrl+Shift+Y)",
            )
        )
        self.claim_action.triggered.connect(self._claim_chosen_line)
        self.words_action = QAction(translate("Words", "Go to the &words list"), window)
        self.words_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.words_action.triggered.connect(self._focus_list)
        review = view.shell.menus["&Review"]
        review.addSeparator()
        review.addAction(self.claim_action)
        review.addAction(self.words_action)
        view.shell.actions_by_key["claim_from_line"] = self.claim_action
        self.claim_action.setEnabled(False)
        view.panel.line_chosen.connect(self.go_to_line)
        view.panel.claim_asked.connect(self.claim_from_line)
        view.shell.timeline.line_activated.connect(self.go_to_line)
        view.shell.timeline.line_menu_asked.connect(self._line_menu)

    def line(self, key: str, index: int) -> TextLine | None:
        lines = self.view.lines.get(key, [])
        return lines[index] if 0 <= index < len(lines) else None

    def go_to_line(self, key: str, index: int) -> None:
        line, player = self.line(key, index), self.view.shell.player
        if line is not None and player is not None:
            player.seek(self.view.frames_of(line)[0])
            self.view.panel.select(key, index)

    def _claim_chosen_line(self) -> None:
        chosen = self.view.panel.selected() or self._line_under_playhead()
        if chosen is None:
            self.view.shell.status_bar.showMessage(
                translate("Words", "Choose a line in the Words panel first, or put the playhead on a line of words."),
                5000,
            )
            return
        self.claim_from_line(*chosen)

    def _line_under_playhead(self) -> tuple[str, int] | None:
        player = self.view.shell.player
        if player is None:
            return None
        for key in (SUBTITLES, ON_SCREEN):
            for i, line in enumerate(self.view.lines[key]):
                first, last = self.view.frames_of(line)
                if first <= player.position <= last:
                    return key, i
        return None

    def claim_from_line(self, key: str, index: int) -> None:
        line = self.line(key, index)
        if line is None:
            return
        if self.view.case is None or self.view.case.clip is None:
            self.view.shell.status_bar.showMessage(
                translate("Words", "The clip is not in the case yet: wait for its hash."), 5000
            )
            return
        first, last = self.view.frames_of(line)
        self.view.case.claim_from_line(self.view.case.clip["id"], line, first, last)
        self.view.shell.show_dock("claims")

    def _line_menu(self, key: str, index: int, where: QPoint) -> None:
        line = self.line(key, index)
        if line is None:
            return
        menu = QMenu(self.view.shell.window)
        menu.addAction(translate("Words", "Go to the line"), lambda: self.go_to_line(key, index))
        menu.addAction(translate("Words", "Claim from this line"), lambda: self.claim_from_line(key, index))
        menu.addAction(translate("Words", "Copy the words"), lambda: QGuiApplication.clipboard().setText(line.text))
        menu.exec(where)

    def _focus_list(self) -> None:
        self.view.shell.show_dock("words")
        self.view.panel.lines.setFocus()
