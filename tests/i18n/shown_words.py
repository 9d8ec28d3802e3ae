"""English words a window still shows once ReelCheck speaks another language: every text a reader can see or hear
from a screen reader, gathered from a widget and all it holds (menus and their actions, tabs, table headers, list
and combo box items, tooltips, placeholders, accessible names)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Names that stay as they are in a Chinese interface: products, formats, standards, units and key names.
NAMES = frozenset(
    [
        "ReelCheck",
        "SHA",
        "AI",
        "GPU",
        "CPU",
        "CUDA",
        "ONNX",
        "PDF",
        "JSON",
        "CSV",
        "PNG",
        "JPEG",
        "URL",
        "https",
        "CA",
        "English",
        "http",
        "URLs",
        "ID",
        "C2PA",
        "PEM",
        "Ed25519",
        "UTF",
        "BOM",
        "OCR",
        "RapidOCR",
        "PP",
        "OCRv6",
        "yt",
        "dlp",
        "H264",
        "HEVC",
        "VP9",
        "AV1",
        "MPEG",
        "MJPEG",
        "fps",
        "Hz",
        "kHz",
        "dB",
        "dBFS",
        "ms",
        "SD",
        "SDXL",
        "SVD",
        "Sora",
        "Veo",
        "Runway",
        "Pika",
        "Kling",
        "AUC",
        "RGB",
        "ClaimReview",
        "MediaReview",
        "TransformedContent",
        "OriginalMediaContent",
        "UTC",
        "schema",
        "org",
        "ISO",
        "EXIF",
        "XMP",
        "QuickTime",
        "Ctrl",
        "Shift",
        "Alt",
        "Del",
        "Esc",
        "Tab",
        "Enter",
        "Space",
        "Home",
        "End",
        "PgUp",
        "PgDown",
        "Left",
        "Right",
        "Up",
        "Down",
        "Backspace",
        "Return",
        "F1",
        "F2",
        "F3",
        "F4",
        "F5",
        "F6",
        "F7",
        "F8",
        "F9",
        "F10",
        "F11",
        "F12",
        "PTS",
        "SRT",
        "VTT",
        "ASS",
        "WebVTT",
        "TikTok",
        "YouTube",
        "Shorts",
        "Reels",
        "Instagram",
        "Douyin",
        "Bilibili",
        "SQLite",
        "Ray",
        "Qt",
        "PySide6",
        "PyAV",
        "FFmpeg",
        "OpenCV",
        "numpy",
        "min",
        "max",
        "px",
    ]
)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['’][a-z]+)?")
_TAG = re.compile(r"<[^>]+>|&[a-z]+;")
_PATH = re.compile(r"\S*[/\\]\S*")  # a file's path is data, whatever its words


def english_shown(root: QWidget) -> list[str]:
    """'where: text' for each text under `root` that holds an English word outside NAMES."""
    return [f"{where}: {text}" for where, text in _texts(root) if _english(text)]


def _english(text: str) -> bool:
    words = _WORD.findall(_PATH.sub(" ", _TAG.sub(" ", text)))
    return any(word not in NAMES and len(word) > 1 for word in words)


def _texts(root: QWidget):
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root and not isinstance(widget, QMenu):
            continue
        name = type(widget).__name__
        yield from ((f"{name} title", widget.windowTitle()) for _ in [0] if widget.isWindow())
        yield f"{name} tooltip", widget.toolTip()
        yield f"{name} accessible name", widget.accessibleName()
        yield f"{name} accessible description", widget.accessibleDescription()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QMenu):
            yield "menu", widget.title()
        if isinstance(widget, QTabWidget):
            yield from (("tab", widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            yield from (("combo item", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _item_texts(widget)
        for action in widget.actions():
            yield "action", action.text()
            yield "action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""


def _item_texts(view: QAbstractItemView):
    model, top = view.model(), QModelIndex()
    columns = 1 if isinstance(view, QListView) else model.columnCount(top)  # a list model's count is private
    for section in range(columns):
        yield "header", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(top), 50)):
        for column in range(columns):
            index = model.index(row, column)
            yield "item", str(index.data() or "")
            yield "item tooltip", str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
