"""Search all cases: a small window that asks for text and lists what the case database holds with it (claims,
sources, evidence notes, verdicts, on every clip), so a reviewer sees at once what was checked before."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.i18n import translate
from app.text.shown import with_visible_controls
from widgets.plain_text import plain_tip

_PAUSE_MS = 250
# What a hit is, as the case's search names it (app.store.search), in the reviewer's language.
_KINDS = (
    QT_TRANSLATE_NOOP("Search hit", "claim"),
    QT_TRANSLATE_NOOP("Search hit", "source"),
    QT_TRANSLATE_NOOP("Search hit", "evidence note"),
    QT_TRANSLATE_NOOP("Search hit", "verdict"),
    QT_TRANSLATE_NOOP("Search hit", "subtitle line"),
    QT_TRANSLATE_NOOP("Search hit", "line of on-screen text"),
    QT_TRANSLATE_NOOP("Search hit", "line"),
)
_WAITING = QT_TRANSLATE_NOOP("Case search", "Type to search every clip in the case database.")


def kind_label(kind: str) -> str:
    """What a search hit is ("claim", "evidence note"...), as the reviewer reads it."""
    return translate("Search hit", kind) if kind in _KINDS else kind


class CaseSearchDialog(QDialog):
    searched = Signal(str)  # the text to look for
    hit_chosen = Signal(dict)  # a hit the reviewer double-clicked or pressed Enter on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Case search", "Search all cases"))
        self.setModal(False)
        self.resize(620, 380)
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            translate("Case search", "Words from a claim, a source, a note or a verdict, in any language")
        )
        self.query.setAccessibleName(translate("Case search", "Text to search for"))
        self.query.setClearButtonEnabled(True)
        self.query.textEdited.connect(lambda _text: self._pause.start())
        self.query.returnPressed.connect(self._search_now)
        self.hits = QTreeWidget()
        self.hits.setHeaderLabels(
            [translate("Case search", "Kind"), translate("Case search", "Clip"), translate("Case search", "Text")]
        )
        self.hits.setAccessibleName(translate("Case search", "What was found"))
        self.hits.setRootIsDecorated(False)
        self.hits.setUniformRowHeights(True)
        self.hits.setAlternatingRowColors(True)
        self.hits.itemActivated.connect(lambda item: self.hit_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.summary = QLabel(translate("Case search", _WAITING))
        self.summary.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.summary)
        self._pause = QTimer(self, singleShot=True, interval=_PAUSE_MS)
        self._pause.timeout.connect(self._search_now)
        self._asked = ""

    def ask(self) -> None:
        """Show the window with the query ready to type over."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def show_hits(self, text: str, hits: list[dict]) -> None:
        if text != self._asked:
            return  # an answer to an older query: a newer one is on its way
        self.hits.clear()
        for hit in hits:
            shown = with_visible_controls(" ".join((hit.get("shown") or "").split()))
            item = QTreeWidgetItem([kind_label(hit["kind"]), with_visible_controls(hit["file_name"] or ""), shown])
            item.setData(0, Qt.ItemDataRole.UserRole, hit)
            item.setToolTip(2, plain_tip(hit.get("shown") or ""))
            self.hits.addTopLevelItem(item)
        for column in (0, 1):
            self.hits.resizeColumnToContents(column)
        count = len(hits)
        if count:
            found = translate(
                "Case search", "{count} found for “{text}”; double-click one to go to it (its clip opens)."
            )
        else:
            found = translate("Case search", "Nothing in the case database has “{text}”.")
        self.summary.setText(found.format(count=count, text=text))

    def _search_now(self) -> None:
        self._pause.stop()
        text = self.query.text().strip()
        self._asked = text
        if text:
            self.searched.emit(text)
        else:
            self.hits.clear()
            self.summary.setText(translate("Case search", _WAITING))
