"""The Words panel: every line the clip says (subtitles) or shows (text read on its frames), in time order, with a
search field; the line under the playhead is marked as the clip plays. A line becomes a claim in one action.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.text.shown import with_visible_controls
from widgets.colours import ink, recolour_on_theme_change

_KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class WordRow:
    key: str  # the lane the line is on: "subtitles" or "on_screen"
    index: int  # its index there
    first: int  # frames it lasts
    last: int
    timing: str  # "00:00:01.200 – 00:00:03.000"
    where: str  # "Said", "Shown"
    track: str  # which subtitles or reader: "clip.zh-Hans.srt", "on-screen text"
    text: str


class WordsPanel(QWidget):
    line_chosen = Signal(str, int)  # double-click or Enter: go to the line
    claim_asked = Signal(str, int)  # make a claim of the line
    read_asked = Signal()  # read the text on the frames
    boxes_toggled = Signal(bool)  # draw where each line on screen was read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WordRow] = []
        self._bold: set[int] = set()  # the rows marked as on screen now
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Words panel", "Search the words of this clip…"))
        self.search.setAccessibleName(translate("Words panel", "Search the words"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.lines = QTreeWidget()
        # where each line is (said or shown) in its ink
        recolour_on_theme_change(self.lines, lambda: self.show_rows(self._rows, self.note.text()))
        self.lines.setRootIsDecorated(False)
        self.lines.setUniformRowHeights(True)
        self.lines.setAlternatingRowColors(True)
        self.lines.setHeaderLabels([translate("Words panel", "Time"), "", translate("Words panel", "Words")])
        self.lines.setAccessibleName(translate("Words panel", "Lines said and shown"))
        header = self.lines.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.lines.itemActivated.connect(lambda item, _column: self.line_chosen.emit(*item.data(0, _KEY_ROLE)))
        self.lines.itemSelectionChanged.connect(self._selection_changed)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.read_button = QPushButton()
        self.read_button.setToolTip(
            translate("Words panel", "Read the text on the clip's frames (burned-in captions, marks, labels)")
        )
        self.read_button.clicked.connect(self.read_asked)
        self.claim_button = QPushButton(translate("Words panel", "Claim from this line"))
        self.claim_button.setToolTip(
            translate("Words panel", "A claim over the line's time range, quoting its words (Review menu)")
        )
        self.claim_button.setEnabled(False)
        self.claim_button.clicked.connect(self._claim_selected)
        self.boxes = QCheckBox(translate("Words panel", "Boxes on frame"))
        self.boxes.setToolTip(
            translate("Words panel", "Draw where each line of on-screen text was read, on the frames it was seen")
        )
        self.boxes.toggled.connect(self.boxes_toggled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.claim_button)
        buttons.addStretch(1)
        buttons.addWidget(self.boxes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.set_reading(False)
        self.show_rows(
            [], translate("Words panel", "Open a clip: its subtitles and the text on its frames are listed here.")
        )

    # --- content --------------------------------------------------------------------------------------------
    def show_rows(self, rows: list[WordRow], note: str = "") -> None:
        """The lines, in time order, and a line under them saying where they come from (or why there are none)."""
        chosen = self.selected()
        self._rows = sorted(rows, key=lambda row: (row.first, row.key))
        # with no current row first: Qt moves a current row along item by item as they go (seconds for 1,000 rows)
        self.lines.setCurrentIndex(QModelIndex())
        self.lines.clear()
        self._bold = set()
        items = []
        tip_of = translate("Words panel", "{timing} · {where} ({track})")
        for row in self._rows:
            start = row.timing.split(" – ")[0]
            item = QTreeWidgetItem([start, row.where, with_visible_controls(row.text)])
            item.setData(0, _KEY_ROLE, (row.key, row.index))
            item.setForeground(1, ink("said" if row.key == "subtitles" else "shown"))
            tip = tip_of.format(timing=row.timing, where=row.where, track=with_visible_controls(row.track))
            for column in range(3):
                item.setToolTip(column, f"{tip}\n{with_visible_controls(row.text)}")
            items.append(item)
        self.lines.addTopLevelItems(items)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._filter(self.search.text())
        if chosen is not None:
            self.select(*chosen)

    def set_reading(self, reading: bool) -> None:
        self.read_button.setEnabled(not reading)
        if reading:
            self.read_button.setText(translate("Words panel", "Reading on-screen text…"))
        else:
            self.read_button.setText(translate("Words panel", "Read on-screen text"))

    def selected(self) -> tuple[str, int] | None:
        items = self.lines.selectedItems()
        return tuple(items[0].data(0, _KEY_ROLE)) if items else None

    def select(self, key: str, index: int) -> None:
        for i in range(self.lines.topLevelItemCount()):
            item = self.lines.topLevelItem(i)
            if tuple(item.data(0, _KEY_ROLE)) == (key, index):
                self.lines.setCurrentItem(item)
                self.lines.scrollToItem(item)
                return

    def follow(self, frame: int) -> None:
        """Marks the lines on screen at `frame` (bold), as the clip plays or the reviewer steps."""
        now = {i for i, row in enumerate(self._rows) if row.first <= frame <= row.last}
        for i in now ^ self._bold:  # only the lines that change: a tick while playing touches a few items at most
            item = self.lines.topLevelItem(i)
            font = item.font(2)
            font.setBold(i in now)
            item.setFont(2, font)
        self._bold = now

    # --- input ----------------------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i, row in enumerate(self._rows):
            self.lines.topLevelItem(i).setHidden(bool(wanted) and wanted not in row.text.casefold())

    def _selection_changed(self) -> None:
        self.claim_button.setEnabled(self.selected() is not None)

    def _claim_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.claim_asked.emit(*chosen)
