"""Dates as a reader of the reviewer's language writes them: "6 December 2026, 22:15" or "2026年12月6日 22:15".
Machine-readable places (JSON, file names, the audit log's stored times) keep ISO 8601."""

from __future__ import annotations

from datetime import datetime

from app.i18n import language

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def format_date(moment: datetime) -> str:
    if language() == "zh_CN":
        return f"{moment.year}年{moment.month}月{moment.day}日"
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def format_datetime(moment: datetime, seconds: bool = False) -> str:
    """The date and the time of day; with the time zone's offset where the moment carries one, since a dossier's
    reader may be elsewhere."""
    clock = moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    if offset := moment.strftime("%z"):  # "+0800"; empty for a moment without a time zone
        clock += " UTC" if offset == "+0000" else f" UTC{offset[:3]}:{offset[3:5]}"
    separator = " " if language() == "zh_CN" else ", "
    return f"{format_date(moment)}{separator}{clock}"
