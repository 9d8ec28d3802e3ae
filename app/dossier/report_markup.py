"""The dossier report's building blocks: how user text prints (escaped once, here), links, headings, tables, notes
and dates, and what the report and the PDF writer agree on (the pictures' URLs, the text column's width, the mark
that keeps a block with the next). No Qt.
"""

from __future__ import annotations

import html
from datetime import datetime
from urllib.parse import urlsplit

from app.dossier.content import timecode
from app.dossier.palette import LINK, MUTED, PAPER_TINT, RULE
from app.i18n.dates import format_date
from app.text.shown import with_visible_controls

BODY_WIDTH_PX = 650  # the text column at 96 px per inch: A4 less 18 mm margins on each side
KEYFRAMES = 6  # frames in the cover's strip across the clip
# A block marked so (a heading, a chart's title, an evidence frame's picture and caption) starts a new page rather
# than end one apart from what follows it: the PDF writer moves it (pdf.py).
KEEP_WITH_NEXT = 1
KEEP_STYLE = f"-qt-user-state:{KEEP_WITH_NEXT};"


_HREF_UNSAFE = {"'": "%27", '"': "%22", "<": "%3C", ">": "%3E", " ": "%20", "\n": "", "\r": "", "\t": ""}


# The pictures, named by URL: the PDF writer supplies them (pdf.py).
def keyframe_url(number: int) -> str:
    return f"keyframe:{number}"


def chart_url(number: int) -> str:
    return f"chart:{number}"


def evidence_url(evidence_id: int) -> str:
    return f"evidence:{evidence_id}"


def printed(value: object) -> str:
    """User text as printed characters: markup is escaped, line breaks are kept, and control characters and bidi
    overrides are shown as their codes, so that `https://\u202emoc.elgoog/` cannot pose as google.com."""
    shown = with_visible_controls(str(value if value is not None else ""))
    return html.escape(shown, quote=True).replace("\n", "<br/>")


def link(url: str, label: str | None = None) -> str:
    """A clickable link for http(s) addresses; anything else prints as text only."""
    shown = printed(label if label is not None else url)
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return shown
    return f"<a href='{_href(url)}' style='color:{LINK}'>{shown}</a>"


def _href(url: str) -> str:
    """`url` for a quoted href: Qt takes the attribute's text as it is (it decodes no entities), so the few
    characters that could end or break the attribute are percent-encoded, as a browser would send them."""
    return "".join(_HREF_UNSAFE.get(ch, ch) for ch in url)


def section_heading(title: str, page_break: bool = False) -> str:
    """A section's title; sections follow each other on a page, a title never ends one."""
    brk = "page-break-before:always;margin-top:0;" if page_break else "margin-top:22px;"
    return (
        f"<h2 style='{brk}{KEEP_STYLE}font-size:15pt;font-weight:600;margin-bottom:6px'>{printed(title)}</h2>"
        f"<hr style='height:1px;background-color:{RULE};border:none'/>"
    )


def subheading(title: str) -> str:
    return f"<h3 style='font-size:11pt;margin-top:14px'>{printed(title)}</h3>"


def fine_print(words: str) -> str:
    return f"<p style='color:{MUTED};font-size:8.5pt;margin-top:4px'>{printed(words)}</p>"


def badge(words: str, colour: str, size: str = "9pt") -> str:
    return (
        f"<span style='background-color:{colour};color:#ffffff;font-size:{size};font-weight:600'>"
        f"&nbsp;{printed(words)}&nbsp;</span>"
    )


def ruled_table(rows: list[list[str]], widths: list[int], header: list[str] | None = None) -> str:
    """A ruled table; cells are HTML already escaped by the caller."""
    rule = f"border-bottom:1px solid {RULE}"
    head = ""
    if header:
        head = (
            "<tr>"
            + "".join(
                f"<td width='{w}%' style='background-color:{PAPER_TINT};font-weight:600;font-size:8.5pt;{rule}'>"
                f"{printed(h)}</td>"
                for h, w in zip(header, widths, strict=True)
            )
            + "</tr>"
        )
    body = "".join(
        "<tr>"
        + "".join(f"<td width='{w}%' style='{rule}'>{cell}</td>" for cell, w in zip(row, widths, strict=True))
        + "</tr>"
        for row in rows
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='5' border='0' "
        f"style='border-collapse:collapse;font-size:9pt'>{head}{body}</table>"
    )


def labelled_rows(rows: list[tuple[str, str]]) -> str:
    """Label and value rows; the values are HTML already escaped by the caller."""
    return ruled_table(
        [[f"<span style='color:{MUTED}'>{printed(label)}</span>", value] for label, value in rows], [26, 74]
    )


def monospace(text: str) -> str:
    return f"<span style='font-family:monospace'>{printed(text)}</span>"


def day(iso: str) -> str:
    """A stored ISO 8601 date or time ("2026-12-06T22:15:30Z") as the reader writes the day; as stored when it is
    not one."""
    try:
        return format_date(datetime.fromisoformat(iso))
    except ValueError:
        return iso


def frame_time(document: dict, frame: int) -> str:
    """A frame's time in the clip, or its number where the frame rate is unknown, in the reader's words."""
    return timecode(frame, float((document["clip"].get("media") or {}).get("average_rate") or 0), in_english=False)
