"""The queue as a table model: the ordered clip ids the store returns for the filter and sort on screen, and their
rows fetched a page at a time, on the store thread, as the view first shows them. Sorting and filtering ask the
store again (SQL); the newest answer wins. Thumbnails come from QueueThumbnails, a placeholder until read."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from app.i18n import translate
from app.provenance import NO_PROVENANCE
from app.queue.labels import badge_label, decision_label, status_label
from app.store.queue import QueueFilter
from app.text.shown import one_line
from app.ui.queue_thumbnails import QueueThumbnails
from widgets.colours import badge, ink
from widgets.plain_text import plain_tip
from widgets.queue_roles import BADGE_ROLE, CLIP_ROLE

PAGE = 200
_KEPT_ROWS = 20 * PAGE  # rows kept in memory: scrolling ten thousand clips keeps memory flat


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # in English: translated where it is shown
    sort: str | None  # the store's sort key (app.store.queue.SORTS), None when the column does not sort
    tip: str = ""


# The titles and tips are marked for lupdate here and translated where the header shows them.
COLUMNS: tuple[Column, ...] = (
    Column("thumbnail", "", None, QT_TRANSLATE_NOOP("Queue table", "A keyframe of the clip")),
    Column("name", QT_TRANSLATE_NOOP("Queue table", "Name"), "name"),
    Column("duration", QT_TRANSLATE_NOOP("Queue table", "Length"), "duration"),
    Column(
        "source",
        QT_TRANSLATE_NOOP("Queue table", "Platform / uploader"),
        "uploader",
        QT_TRANSLATE_NOOP("Queue table", "From the .info.json beside the file, when there is one"),
    ),
    Column(
        "badge",
        QT_TRANSLATE_NOOP("Queue table", "Provenance"),
        "badge",
        QT_TRANSLATE_NOOP("Queue table", "What the file itself declares (Content Credentials, watermarks, metadata)"),
    ),
    Column(
        "evidence",
        QT_TRANSLATE_NOOP("Queue table", "Evidence"),
        "evidence",
        QT_TRANSLATE_NOOP(
            "Queue table",
            "The clip-level figure: how far the detectors' scores lie from camera "
            "footage's, as a percentage; — when not measured",
        ),
    ),
    Column(
        "peak",
        QT_TRANSLATE_NOOP("Queue table", "Strongest peak"),
        "peak",
        QT_TRANSLATE_NOOP("Queue table", "The detector that peaked highest on the clip, and its score"),
    ),
    Column("status", QT_TRANSLATE_NOOP("Queue table", "Status"), "status"),
    Column("decision", QT_TRANSLATE_NOOP("Queue table", "Decision"), "decision"),
    Column("priority", QT_TRANSLATE_NOOP("Queue table", "Priority"), "priority"),
    Column("assignee", QT_TRANSLATE_NOOP("Queue table", "Assignee"), "assignee"),
    Column("tags", QT_TRANSLATE_NOOP("Queue table", "Tags"), "tags"),
    Column("claims", QT_TRANSLATE_NOOP("Queue table", "Claims"), "claims"),
    Column(
        "evidence_frames",
        QT_TRANSLATE_NOOP("Queue table", "Pinned"),
        "evidence_frames",
        QT_TRANSLATE_NOOP("Queue table", "Evidence frames pinned on the clip"),
    ),
    Column(
        "group",
        QT_TRANSLATE_NOOP("Queue table", "Group"),
        "group",
        QT_TRANSLATE_NOOP("Queue table", "Near-duplicates (re-uploads) share a group; the number of clips in it"),
    ),
    Column("added", QT_TRANSLATE_NOOP("Queue table", "Added"), "added"),
)
COLUMN_KEYS = tuple(column.key for column in COLUMNS)
_NUMBERS = {"duration", "evidence", "priority", "claims", "evidence_frames", "group"}
_STATUS_COLOURS = {"New": "blue", "In review": "caution", "Second opinion": "purple", "Decided": "quiet"}
_DECISION_COLOURS = {"Remove": "refused", "Label as AI-generated": "caution", "Escalate to fact-check": "teal"}
_DISPLAY, _DECORATION, _TOOLTIP, _ALIGNMENT, _FOREGROUND = (
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    )
)
# The roles this model answers; a painted cell is asked for about seven, most of them answered None at once.
_ANSWERED = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _ALIGNMENT, _FOREGROUND, int(BADGE_ROLE), int(CLIP_ROLE)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGNMENTS = tuple(_RIGHT if column.key in _NUMBERS else None for column in COLUMNS)
_THUMBNAIL, _NAME, _BADGE = (COLUMN_KEYS.index(key) for key in ("thumbnail", "name", "badge"))
_PREFETCH = 120  # rows before the end of a page at which the next page is asked for (a few screens ahead)


class QueueSource(Protocol):
    """What the model asks of the case (QueueCase is one): answers arrive later, on the GUI thread."""

    def ids(self, shown: QueueFilter, sort: str, descending: bool, first: int, then: Callable[[tuple], None]) -> None:
        """then((ids in order, clips in the case, rows of the first `first` ids))"""

    def rows(self, clip_ids: list[int], then: Callable[[list[dict]], None]) -> None: ...


class QueueModel(QAbstractTableModel):
    reordering = Signal()  # the rows are about to be replaced: remember what is selected
    reordered = Signal()  # new ids are in: select again what was selected
    counted = Signal(int, int)  # clips shown, clips in the case

    def __init__(self, source: QueueSource, thumbnails: QueueThumbnails, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.thumbnails = thumbnails
        self.shown = QueueFilter()
        self.sort_key, self.descending = "added", True
        self.total = 0
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._rows: OrderedDict[int, dict] = OrderedDict()  # clip id -> its row, least recently fetched first
        self._cells: dict[int, tuple[tuple, tuple]] = {}  # clip id -> (texts, colours) per column, as painted
        self._by_sha: dict[str, int] = {}  # SHA-256 -> clip id, for thumbnails as they arrive
        self._asked_pages: set[int] = set()
        self._wanted_pages: set[int] = set()
        self._generation = 0  # the newest ids asked for; older answers are dropped
        self._loaded_once = False
        self._live = False  # the store is asked only once the case is open
        self._detector_names: dict[str, str] = {}  # analyzer id -> the name the Detectors panel shows
        thumbnails.loaded.connect(self._thumbnail_loaded)
        thumbnails.retry.connect(self._thumbnails_again)

    def set_detector_names(self, names: dict[str, str]) -> None:
        """The detectors' names, for the strongest-peak column (the case keeps their ids), once they are read."""
        self._detector_names = dict(names)
        self._cells.clear()
        if self._ids:
            column = COLUMN_KEYS.index("peak")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    def recolour(self) -> None:
        """The rows' colours worked out again, in the theme now in use."""
        self._cells.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # --- asking the store ---------------------------------------------------------------------------------------
    def start(self) -> None:
        """The case is open: ask it for the queue (and again whenever it is opened again, as after a restore)."""
        self._live = True
        self._rows.clear()
        self._cells.clear()
        self.refresh()

    def refresh(self, then: Callable[[], None] | None = None, reload_kept: bool = False) -> None:
        """Ask the store again for the ids (the filter, sort or the clips changed); with `reload_kept`, the rows
        kept from before are fetched again too (an import changed their badges and groups)."""
        if not self._live:
            return
        self._generation += 1
        generation = self._generation
        self._source.ids(
            self.shown,
            self.sort_key,
            self.descending,
            PAGE,
            lambda answer: self._ids_arrived(generation, answer, then, reload_kept),
        )

    def set_filter(self, shown: QueueFilter) -> None:
        self.shown = shown
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def reload_rows(self, clip_ids: list[int]) -> None:
        """The rows of these clips fetched again (they were edited): they stay where they are until the next
        refresh, so the queue does not jump under the moderator's keys."""
        wanted = [clip_id for clip_id in clip_ids if clip_id in self._rows or self.row_of(clip_id) is not None]
        if wanted:
            generation = self._generation
            self._source.rows(wanted, lambda rows: self._rows_arrived(generation, rows, None))

    def _ids_arrived(
        self, generation: int, answer: tuple, then: Callable[[], None] | None, reload_kept: bool = False
    ) -> None:
        if generation != self._generation:
            return
        ids, total, first_rows = answer
        self._keep_rows(first_rows)
        # the other rows kept from before, shown as they were until they are fetched again in one call
        fresh = {row["id"] for row in first_rows}
        stale = [clip_id for clip_id in self._rows if clip_id not in fresh] if reload_kept else []
        self.reordering.emit()
        self.beginResetModel()
        self._ids, self.total = ids, total
        self._row_of = None
        # rows already fetched are kept (a new order of the same clips paints at once); edited rows are fetched
        # again through reload_rows
        self._asked_pages = {0}  # it came with the ids
        self._wanted_pages.clear()
        self._loaded_once = True
        self.endResetModel()
        self.counted.emit(len(ids), total)
        self.reordered.emit()
        if stale:
            self.reload_rows(stale)
        if then is not None:
            then()

    def _want(self, page: int) -> None:
        if page in self._asked_pages or page in self._wanted_pages or page * PAGE >= len(self._ids):
            return
        if not self._wanted_pages:
            QTimer.singleShot(0, self._ask_pages)  # the pages one paint wants, asked in one call
        self._wanted_pages.add(page)

    def _ask_pages(self) -> None:
        pages, self._wanted_pages = sorted(self._wanted_pages), set()
        ids = [clip_id for page in pages for clip_id in self._ids[page * PAGE : (page + 1) * PAGE]]
        if not ids:
            return
        self._asked_pages.update(pages)
        generation = self._generation
        self._source.rows(ids, lambda rows: self._rows_arrived(generation, rows, pages))

    def _rows_arrived(self, generation: int, rows: list[dict], pages: list[int] | None) -> None:
        # Rows are asked for by clip id, so they are fresh whatever was asked for since: an edited row answered
        # after a refresh is still the edited row. Only page numbers belong to the order they were asked in.
        self._keep_rows(rows)
        if pages is not None and generation == self._generation:
            for page in pages:
                first, last = page * PAGE, min(len(self._ids), (page + 1) * PAGE) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        else:
            for row in rows:
                where = self.row_of(row["id"])
                if where is not None:
                    self.dataChanged.emit(self.index(where, 0), self.index(where, len(COLUMNS) - 1))

    def _keep_rows(self, rows: list[dict]) -> None:
        for row in rows:
            self._rows[row["id"]] = row
            self._rows.move_to_end(row["id"])
            self._cells.pop(row["id"], None)
            self._by_sha[row["sha256"]] = row["id"]
        while len(self._rows) > _KEPT_ROWS:
            dropped, row = self._rows.popitem(last=False)
            self._cells.pop(dropped, None)
            self._by_sha.pop(row["sha256"], None)
            where = self.row_of(dropped)
            if where is not None:
                self._asked_pages.discard(where // PAGE)

    # --- what the view reads ------------------------------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        """Whether the store has answered once (until then the view says it is reading, not that it is empty)."""
        return self._loaded_once

    def clip_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def clip_ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, clip_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {clip_id: n for n, clip_id in enumerate(self._ids)}
        return self._row_of.get(clip_id)

    def loaded_rows(self) -> list[dict]:
        """The rows fetched so far (a few pages at most)."""
        return list(self._rows.values())

    def row_data(self, row: int) -> dict | None:
        """The store's row for table row `row`, when it has been fetched."""
        clip_id = self.clip_id(row)
        return self._rows.get(clip_id) if clip_id is not None else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Queue table", column.title) if column.title else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Queue table", column.tip or column.title)
        return None

    def row_cells(self, row: int) -> tuple | None:
        """Everything the table paints of row `row`, in one call: (words, colours, alignments) per column, the
        thumbnail (or None) and the badge's colours (or None); None while the row is being fetched."""
        clip_id = self._ids[row] if 0 <= row < len(self._ids) else None
        found = self._rows.get(clip_id) if clip_id is not None else None
        if found is None:
            if clip_id is not None:
                self._want(row // PAGE)
            return None
        if row % PAGE >= PAGE - _PREFETCH:
            self._want(row // PAGE + 1)  # the next page before the reviewer scrolls into it
        cells = self._cells.get(clip_id)
        if cells is None:
            cells = self._cells[clip_id] = _cells(found, self._detector_names)
        thumbnail = self.thumbnails.pixmap(found["sha256"], found["path"])
        return cells[0], cells[1], _ALIGNMENTS, thumbnail, _badge_colours(found)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        # Called a few thousand times a frame: the cells' words and colours are worked out once per row.
        if role not in _ANSWERED:
            return None
        row = index.row()
        clip_id = self._ids[row] if 0 <= row < len(self._ids) else None
        if clip_id is None:
            return None
        if role == CLIP_ROLE:
            return clip_id
        cells = self._cells.get(clip_id)
        if cells is None:
            found = self._rows.get(clip_id)
            if found is None:
                self._want(row // PAGE)
                if index.column() == _NAME:
                    return "…" if role == _DISPLAY else None
                return None
            cells = self._cells[clip_id] = _cells(found, self._detector_names)
        column = index.column()
        if role == _DISPLAY:
            if column == _NAME and row % PAGE >= PAGE - _PREFETCH:
                self._want(row // PAGE + 1)  # the next page before the reviewer scrolls into it
            return cells[0][column]
        if role == _FOREGROUND:
            return cells[1][column]
        if role == _ALIGNMENT:
            return _ALIGNMENTS[column]
        if role == _DECORATION:
            found = self._rows[clip_id]
            return self.thumbnails.pixmap(found["sha256"], found["path"]) if column == _THUMBNAIL else None
        if role == BADGE_ROLE:
            return _badge_colours(self._rows[clip_id]) if column == _BADGE else None
        return _tip(COLUMNS[column].key, self._rows[clip_id])

    # --- thumbnails ---------------------------------------------------------------------------------------------
    def _thumbnail_loaded(self, sha256: str) -> None:
        clip_id = self._by_sha.get(sha256)
        where = self.row_of(clip_id) if clip_id is not None else None
        if where is not None:
            index = self.index(where, _THUMBNAIL)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def _thumbnails_again(self) -> None:
        self.thumbnails.forget_missing()
        if self._ids:  # the view repaints only the rows on screen, which ask again
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0), [Qt.ItemDataRole.DecorationRole])


# --- words for each cell ----------------------------------------------------------------------------------------
def _cells(row: dict, detector_names: dict[str, str]) -> tuple[tuple, tuple]:
    shown = tuple(_shown(key, row, detector_names) for key in COLUMN_KEYS)
    return shown, tuple(_foreground(key, row) for key in COLUMN_KEYS)


def _shown(key: str, row: dict, detector_names: dict[str, str] | None = None) -> str | None:
    if key == "thumbnail":
        return None
    if key == "name":
        return one_line(row["file_name"] or "")
    if key == "duration":
        return _duration(row["duration"])
    if key == "source":
        return one_line(" · ".join(part for part in (row["platform"], row["uploader"]) if part))
    if key == "badge":
        return one_line(badge_label(row["badge"] or ""))
    if key == "evidence":
        return "—" if row["evidence"] is None else f"{row['evidence'] * 100:.0f}%"
    if key == "peak":
        if row["peak"] is None:  # the evidence column's dash already says that nothing was measured
            return ""
        detector = row["peak_detector"] or "?"
        return f"{one_line((detector_names or {}).get(detector, detector))} {row['peak']:.2f}"
    if key == "status":
        status = status_label(row["queue_status"] or "New")
        if row.get("held_by"):  # another moderator is deciding it now (a lease, app/store/team_work.py)
            return f"{status} · {one_line(row['held_by'])}"
        return status
    if key == "decision":
        return decision_label(row["decision"] or "")
    if key == "priority":
        return str(row["priority"]) if row["priority"] else ""
    if key == "assignee":
        return one_line(row["assignee"] or "")
    if key == "tags":
        return one_line(", ".join(row["tags"]))
    if key == "claims":
        return str(row["claims"]) if row["claims"] else ""
    if key == "evidence_frames":
        return str(row["evidence_frames"]) if row["evidence_frames"] else ""
    if key == "group":
        return f"#{row['group_id']} ({row['group_size']})" if row["group_id"] is not None else ""
    if key == "added":
        return (row["added_at"] or "")[:16].replace("T", " ")
    return ""


def _tip(key: str, row: dict) -> str | None:
    if key in ("name", "thumbnail"):
        title = f"\n{row['title']}" if row["title"] else ""
        return plain_tip(f"{row['file_name']}{title}\n{row['path']}")
    if key == "source":
        return plain_tip("\n".join(part for part in (row["platform"], row["uploader"], row["source_url"]) if part))
    if key in ("badge", "assignee", "tags"):
        text = _shown(key, row)
        return plain_tip(text) if text else None
    if key == "status" and (row["queue_note"] or row.get("held_by")):
        deciding = translate("Queue table", "{reviewer} is deciding this clip now.") if row.get("held_by") else ""
        note = translate("Queue table", "Note: {note}") if row["queue_note"] else ""
        lines = [deciding.format(reviewer=row.get("held_by")), note.format(note=row["queue_note"])]
        return plain_tip("\n".join(line for line in lines if line))
    if key == "evidence" and row["evidence"] is None:
        return translate("Queue table", "Not measured yet: open the clip, or Queue > Analyse selection")
    return None


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _badge_colours(row: dict) -> tuple[str, str] | None:
    if not row["badge"] or row["badge"] == NO_PROVENANCE:  # no finding: words, not a coloured pill
        return None
    level = (row["badge_level"] or "note").replace("_", " ")
    return badge(level)


def _foreground(key: str, row: dict) -> QColor | None:
    if key == "status":
        status = _STATUS_COLOURS.get(row["queue_status"] or "New")
        return ink(status) if status else None
    if key == "decision" and row["decision"] in _DECISION_COLOURS:
        return ink(_DECISION_COLOURS[row["decision"]])
    if key in ("evidence", "peak") and row[key] is None:
        return ink("quiet")
    if key == "added":
        return ink("quiet")
    return None
