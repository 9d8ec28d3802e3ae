"""The PDF dossier: the report's rich text laid out on A4 pages by Qt, with the clip's SHA-256 and the page number on
every page. Qt shapes and embeds text in any script from the fonts the system has, so Chinese and Arabic claims
are real, searchable text (pdf_text.py keeps Arabic in logical letters); links stay clickable.

This is the one module outside app/ui that uses Qt (DESIGN.md allows the PDF writer). It draws with QPainter on a
QPdfWriter and needs no window: the command line starts an offscreen QGuiApplication for it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from app.dossier.content import document_draft_reasons
from app.dossier.labels import list_words
from app.dossier.palette import DRAFT, MUTED, RULE
from app.dossier.pdf_charts import ChartMarks, score_chart
from app.dossier.pdf_text import logical_text_layer
from app.dossier.report_html import KEEP_WITH_NEXT, chart_url, evidence_url, keyframe_url, report_html
from app.i18n import translate
from app.text.shown import with_visible_controls

DPI = 300
MARGIN_MM = 18
SANS = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]
CHART_SIZE = (2030, 470)
SEAM_PX = 10  # device pixels, 0.85 mm at 300 dpi


@dataclass(frozen=True)
class PdfMaterial:
    """What the pages show besides the dossier's own words: pictures and the full score series."""

    evidence: dict[int, np.ndarray]  # evidence id -> the BGR picture whose PNG is written beside the JSON
    keyframes: list[tuple[int, str, np.ndarray]]  # (frame, timecode, RGB picture)
    series: list[tuple[list[int], list[float]]]  # per analyzer in the dossier's order: frames, scores
    media_rows: list[tuple[str, list[tuple[str, str]]]]


def ensure_application() -> None:
    """A QGuiApplication for fonts and painting. The command line's is offscreen: the PDF writer shows no window,
    so a display that is missing or out of reach (an SSH session without X forwarding) must not matter."""
    if QGuiApplication.instance() is not None:
        return
    QGuiApplication(["reelcheck", "-platform", os.environ.get("QT_QPA_PLATFORM") or "offscreen"])


def write_pdf(document: dict, material: PdfMaterial, target: Path) -> None:
    """Lays out and writes the PDF to `target` (the caller stages and renames it). Raises OSError."""
    ensure_application()
    writer = QPdfWriter(str(target))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    title = translate("Dossier PDF", "Verification dossier: {clip}").format(clip=document["clip"]["file_name"])
    writer.setTitle(with_visible_controls(title))
    writer.setCreator(f"{document['tool']['name']} {document['tool']['version']}")
    text = _document(document, material, writer)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not start writing {target}")
    try:
        _paint_pages(painter, writer, text, document)
    finally:
        painter.end()
    if not target.is_file() or target.stat().st_size == 0:
        raise OSError(f"nothing was written to {target}")
    written = target.read_bytes()
    logical = logical_text_layer(written)
    if logical != written:
        target.write_bytes(logical)


def _document(document: dict, material: PdfMaterial, writer: QPdfWriter) -> QTextDocument:
    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)
    text.setDefaultFont(_font(9.5))
    text.setDocumentMargin(0)
    sizes: dict[str, tuple[int, int]] = {}

    def add(url: str, image: QImage) -> None:
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        sizes[url] = (image.width(), image.height())

    for i, (_, _, picture) in enumerate(material.keyframes):
        add(keyframe_url(i), _qimage(picture, QImage.Format.Format_RGB888))
    marks = _marks(document)
    for i, (frames, scores) in enumerate(material.series):
        add(chart_url(i), score_chart(frames, scores, marks, CHART_SIZE))
    for evidence_id, picture in material.evidence.items():
        add(evidence_url(evidence_id), _qimage(picture, QImage.Format.Format_BGR888))
    keyframes = [{"frame": frame, "timecode": timecode} for frame, timecode, _ in material.keyframes]
    text.setHtml(report_html(document, keyframes, material.media_rows, sizes))
    text.setPageSize(_body(writer).size())
    _keep_with_next(text)
    return text


def _keep_with_next(text: QTextDocument) -> None:
    """Qt breaks pages wherever a page is full; a block marked KEEP_WITH_NEXT (a title, an evidence frame's
    picture and caption) and the marked blocks after it move to a new page when the first unmarked block after
    them would start on a later one, so that no title ends a page and no caption parts from its picture."""
    page = text.pageSize().height()
    text.pageCount()  # the whole layout, done: Qt lays out lazily, and a half-done layout has no true places
    block = text.begin()
    while block.isValid():
        if block.userState() != KEEP_WITH_NEXT:
            block = block.next()
            continue
        last = block
        while last.next().isValid() and (last.next().userState() == KEEP_WITH_NEXT or _is_rule(last.next())):
            last = last.next()
        follower = last.next() if last.next().isValid() else last
        top, bottom = _line(text, block, 0), _follower_bottom(text, follower)
        if int(top // page) != int((bottom - 1) // page) and bottom - top < page * 0.9:
            keep = block.blockFormat()
            keep.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(keep)
            text.pageCount()
        block = last.next()


def _is_rule(block: QTextBlock) -> bool:
    return block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth)


def _follower_bottom(text: QTextDocument, block: QTextBlock) -> float:
    """Where the first thing after kept blocks ends: its first line, or the first row of the table it starts."""
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is None:
        return _line(text, block, 0, bottom=True)
    row = table.cellAt(cursor).row()
    cells = (table.cellAt(row, column).lastCursorPosition().block() for column in range(table.columns()))
    return max(_line(text, cell, -1, bottom=True) for cell in cells)


def _line(text: QTextDocument, block: QTextBlock, number: int, bottom: bool = False) -> float:
    """Where line `number` of a block (-1: its last) starts, or ends (`bottom`), in the document: a line that Qt's
    own breaking pushed to the next page counts where it prints."""
    frame = text.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return frame.bottom() if bottom else frame.top()
    line = layout.lineAt(number % layout.lineCount())
    return frame.top() + line.y() + (line.height() if bottom else 0)


def _font(points: float) -> QFont:
    """The dossier's sans-serif without ligatures: a hash or a word copied out of the PDF reads as it was typed
    ("8cffe2", not "8c\ufb00e2")."""
    font = QFont()
    font.setFamilies(SANS)
    font.setPointSizeF(points)
    for feature in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def _qimage(pixels: np.ndarray, colour_order: QImage.Format) -> QImage:
    """The picture as a QImage over the same memory, not a copy (PySide keeps the array alive for the QImage):
    twenty copies of 4K evidence frames would cost half a gigabyte more."""
    pixels = np.ascontiguousarray(pixels)
    height, width = pixels.shape[:2]
    return QImage(pixels.data, width, height, pixels.strides[0], colour_order)


def _marks(document: dict) -> ChartMarks:
    media = document["clip"].get("media") or {}
    return ChartMarks(
        frame_count=int(media.get("frame_count") or 0),
        fps=float(media.get("average_rate") or 0),
        claims=tuple((c["number"], c["frame_in"], c["frame_out"]) for c in document["claims"]),
        evidence=tuple((f"E{i}", e["frame"]) for i, e in enumerate(document["evidence"], 1)),
    )


def _draft_mark(document: dict) -> str:
    """ "DRAFT: no verdict recorded, 2 claims not rated" for a dossier that is not final; "" for one that is."""
    if not (document.get("draft") or {}).get("is_draft"):
        return ""
    return translate("Dossier PDF", "DRAFT: {reasons}").format(reasons=list_words(document_draft_reasons(document)))


def _body(writer: QPdfWriter) -> QRectF:
    """The text column in device pixels: the page less its margins, with room for the running head and foot."""
    margin = MARGIN_MM / 25.4 * writer.resolution()
    return QRectF(margin, margin * 1.15, writer.width() - 2 * margin, writer.height() - 2.3 * margin)


def _paint_pages(painter: QPainter, writer: QPdfWriter, text: QTextDocument, document: dict) -> None:
    body = _body(writer)
    pages = text.pageCount()
    small = _font(7)
    clip = document["clip"]
    head = translate("Dossier PDF", "{organisation} · verification dossier · {clip}")
    head = with_visible_controls(
        head.format(organisation=document["organisation"]["name"] or "ReelCheck", clip=clip["file_name"])
    )
    draft = _draft_mark(document)
    bold = _font(7)
    bold.setBold(True)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(body.left(), body.top() - page * body.height())
        # Qt places a picture moved to the next page a hair above that page's top: the clip keeps its first rows
        # from showing at the foot of this one.
        text.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height() - SEAM_PX))
        painter.restore()
        painter.setFont(small)
        painter.setPen(QPen(QColor(RULE), 2))
        margin = body.left()
        foot_y = body.bottom() + margin * 0.35
        painter.drawLine(int(margin), int(foot_y), int(writer.width() - margin), int(foot_y))
        painter.setPen(QColor(MUTED))
        line = margin * 0.4
        head_box = QRectF(margin, margin * 0.55, body.width(), line)
        if draft:  # on every page, the cover too: a page printed alone still says it is a draft
            painter.setFont(bold)
            painter.setPen(QColor(DRAFT))
            painter.drawText(head_box, Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextSingleLine, draft)
            head_box.setRight(head_box.right() - painter.fontMetrics().horizontalAdvance(draft) - margin * 0.3)
            painter.setFont(small)
            painter.setPen(QColor(MUTED))
        if page:  # the cover carries the same words large
            shown = painter.fontMetrics().elidedText(head, Qt.TextElideMode.ElideMiddle, int(head_box.width()))
            painter.drawText(head_box, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine, shown)
        painter.drawText(
            QRectF(margin, foot_y + line * 0.2, body.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            translate("Dossier PDF", "Clip SHA-256 {sha256}").format(sha256=clip["sha256"]),
        )
        painter.drawText(
            QRectF(margin, foot_y + line * 0.2, body.width(), line),
            Qt.AlignmentFlag.AlignRight,
            translate("Dossier PDF", "Page {page} of {pages}").format(page=page + 1, pages=pages),
        )
