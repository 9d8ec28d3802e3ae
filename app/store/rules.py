"""What the store accepts from a reviewer, and the scales reviewers rate with; every refusal is a sentence."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from urllib.parse import urlsplit

from analyzers.translatable import QT_TRANSLATE_NOOP
from analyzers.words.lines import ON_SCREEN, SUBTITLES
from app.i18n import translate
from app.text.shown import BIDI_CONTROLS, bidi_controls_in

MAX_TEXT = 100_000  # characters in one field: a long article quote fits, a pasted file does not

# The default claim rating scale, each with the ClaimReview ratingValue it exports as (1 worst .. 5 best, 0 for
# ratings that are not on the truth scale).
RATINGS: dict[str, int] = {
    "True": 5,
    "Mostly true": 4,
    "Mixed": 3,
    "Mostly false": 2,
    "False": 1,
    "Missing context": 0,
    "Unverifiable": 0,
    "Satire": 0,
}

# The media authenticity assessment, each with the schema.org MediaReview mediaAuthenticityCategory it exports as.
AUTHENTICITY: dict[str, str] = {
    "AI-generated, confirmed by provenance": "TransformedContent",
    "Likely AI-generated": "TransformedContent",
    "Undetermined": "",
    "Likely authentic": "OriginalMediaContent",
    "Authentic, verified provenance": "OriginalMediaContent",
}

REVIEW_STATUSES = ("In review", "Needs second opinion", "Done")
# A clip's place in the moderator's queue, and what the moderator decided about it (empty: not decided yet).
QUEUE_STATUSES = ("New", "In review", "Second opinion", "Decided")
DECISIONS = ("No action", "Label as AI-generated", "Remove", "Escalate to fact-check")
# The fields a refusal names, as callers name them (check_url(value, ORGANISATION_URL)).
ORGANISATION_URL = QT_TRANSLATE_NOOP("Fields", "organisation URL")
_FIELDS = (  # each field of the store a refusal may name (fields.py names a field by its column)
    QT_TRANSLATE_NOOP("Fields", "link"),
    QT_TRANSLATE_NOOP("Fields", "clip's link"),
    QT_TRANSLATE_NOOP("Fields", "archive link"),
    QT_TRANSLATE_NOOP("Fields", "upload date"),
    QT_TRANSLATE_NOOP("Fields", "publication date"),
    QT_TRANSLATE_NOOP("Fields", "access date"),
    QT_TRANSLATE_NOOP("Fields", "stance"),
    QT_TRANSLATE_NOOP("Fields", "assessment"),
    QT_TRANSLATE_NOOP("Fields", "review status"),
    QT_TRANSLATE_NOOP("Fields", "queue status"),
    QT_TRANSLATE_NOOP("Fields", "decision"),
    QT_TRANSLATE_NOOP("Fields", "quoted line's track"),
    QT_TRANSLATE_NOOP("Fields", "quoted line"),
    QT_TRANSLATE_NOOP("Fields", "platform"),
    QT_TRANSLATE_NOOP("Fields", "uploader"),
    QT_TRANSLATE_NOOP("Fields", "title"),
    QT_TRANSLATE_NOOP("Fields", "description"),
    QT_TRANSLATE_NOOP("Fields", "queue note"),
    QT_TRANSLATE_NOOP("Fields", "priority"),
    QT_TRANSLATE_NOOP("Fields", "assignee"),
    QT_TRANSLATE_NOOP("Fields", "tag"),
    QT_TRANSLATE_NOOP("Fields", "frame in"),
    QT_TRANSLATE_NOOP("Fields", "frame out"),
    QT_TRANSLATE_NOOP("Fields", "frame"),
    QT_TRANSLATE_NOOP("Fields", "text"),
    QT_TRANSLATE_NOOP("Fields", "claimant"),
    QT_TRANSLATE_NOOP("Fields", "rating"),
    QT_TRANSLATE_NOOP("Fields", "explanation"),
    QT_TRANSLATE_NOOP("Fields", "claim id"),
    QT_TRANSLATE_NOOP("Fields", "publisher"),
    QT_TRANSLATE_NOOP("Fields", "quote"),
    QT_TRANSLATE_NOOP("Fields", "overlay"),
    QT_TRANSLATE_NOOP("Fields", "note"),
    QT_TRANSLATE_NOOP("Fields", "content rating"),
    QT_TRANSLATE_NOOP("Fields", "summary"),
    QT_TRANSLATE_NOOP("Fields", "reviewer"),
    QT_TRANSLATE_NOOP("Fields", "status"),
    QT_TRANSLATE_NOOP("Fields", "track"),
    QT_TRANSLATE_NOOP("Fields", "line"),
)
STANCES = ("supports", "refutes", "context")
SHAPES = ("rectangle", "ellipse", "arrow")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")  # and lone surrogates: not text


class Refused(ValueError):
    """Input the store will not take; the message says why, in the reviewer's words and language."""


def _field(field: str) -> str:
    """A field's name, as a caller gives it (in English), in the reader's language."""
    return translate("Fields", field) if field in _FIELDS or field == ORGANISATION_URL else field


def clean_text(value: object, field: str) -> str:
    """Text as the reviewer typed it, minus invisible control characters (newlines and tabs stay)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Refused(translate("Fields", "The {field} must be text.").format(field=_field(field)))
    text = unicodedata.normalize("NFC", _CONTROL.sub("", value))
    if len(text) > MAX_TEXT:
        words = translate("Fields", "The {field} is {length:,} characters long; the most a field holds is {most:,}.")
        raise Refused(words.format(field=_field(field), length=len(text), most=MAX_TEXT))
    return text


def check_url(value: str, field: str = "link") -> str:
    """An http or https address, or nothing; anything else (javascript:, file:, data:, ...) is refused, and so is
    an address with a bidi override or isolate in it."""
    url = clean_text(value, field).strip()
    if not url:
        return ""
    if BIDI_CONTROLS & set(url):
        # a direction override makes `https://\u202emoc.elgoog/` read as google.com: no honest link holds one
        words = translate(
            "Fields",
            "The {field} holds the invisible direction character(s) {characters}, which make an address read as "
            "another site: type or paste the address again without them.",
        )
        raise Refused(words.format(field=_field(field), characters=", ".join(bidi_controls_in(url))))
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 - raises on a broken [IPv6] address
    except ValueError:
        raise Refused(translate("Fields", "The {field} is not a web address.").format(field=_field(field))) from None
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"'{parts.scheme}:'" if parts.scheme else translate("Fields", "no scheme")
        words = translate("Fields", "The {field} must start with http:// or https:// (it has {scheme}).")
        raise Refused(words.format(field=_field(field), scheme=shown))
    if not parts.netloc or not parts.hostname:
        words = translate("Fields", "The {field} has no site name after {scheme}://.")
        raise Refused(words.format(field=_field(field), scheme=parts.scheme))
    return url


def publisher_from_url(url: str) -> str:
    """The site a link points to, as a first guess at its publisher: https://www.bbc.co.uk/x -> bbc.co.uk."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def check_choice(value: str, allowed, field: str) -> str:
    if value and value not in allowed:
        words = translate("Fields", "The {field} '{value}' is not one of: {choices}.")
        raise Refused(words.format(field=_field(field), value=value, choices=", ".join(allowed)))
    return value or ""


def check_frames(frame_in: int, frame_out: int) -> tuple[int, int]:
    if frame_in < 0 or frame_out < frame_in:
        words = translate("Fields", "A claim runs from a frame to the same or a later one (not {first} to {last}).")
        raise Refused(words.format(first=frame_in, last=frame_out))
    return frame_in, frame_out


def check_frame_in_clip(frame: int | None, frame_count: int | None) -> None:
    """An evidence frame is one of the clip's frames (0 to frame_count - 1), when the clip's length is known."""
    if frame is not None and frame_count and not 0 <= frame < frame_count:
        words = translate("Fields", "Frame {frame} is outside the clip: its frames are 0 to {last}.")
        raise Refused(words.format(frame=frame, last=frame_count - 1))


def check_date(value: str, field: str) -> str:
    """A calendar date as YYYY-MM-DD (yt-dlp's YYYYMMDD is taken too), or nothing."""
    text = clean_text(value, field).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        words = translate("Fields", "The {field} '{text}' is not a date like 2026-11-27.")
        raise Refused(words.format(field=_field(field), text=text)) from None


def check_number(value: object, field: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refused(translate("Fields", "The {field} must be a whole number.").format(field=_field(field)))
    if value < 0:
        raise Refused(translate("Fields", "The {field} cannot be negative.").format(field=_field(field)))
    if value >= 2**63:
        raise Refused(translate("Fields", "The {field} is too large.").format(field=_field(field)))
    return value


def check_regions(value: object) -> list[dict]:
    """Shapes drawn on an evidence frame: {"shape": rectangle|ellipse|arrow, "x0", "y0", "x1", "y1"} with the
    coordinates as fractions of the frame (0..1), so they survive zoom and export."""
    if not isinstance(value, list):
        raise Refused(translate("Fields", "The regions must be a list of shapes."))
    regions = []
    for region in value:
        if not isinstance(region, dict) or region.get("shape") not in SHAPES:
            raise Refused(translate("Fields", "A region must be one of: {shapes}.").format(shapes=", ".join(SHAPES)))
        corners = [region.get(k) for k in ("x0", "y0", "x1", "y1")]
        if not all(isinstance(c, int | float) and not isinstance(c, bool) and 0 <= c <= 1 for c in corners):
            raise Refused(translate("Fields", "A region's corners must lie inside the frame (0 to 1 across and down)."))
        regions.append(
            {"shape": region["shape"], **dict(zip(("x0", "y0", "x1", "y1"), map(float, corners), strict=True))}
        )
    return regions


def check_quoted_line(value: object) -> dict | None:
    """The line a claim quotes: {"source": subtitles|on_screen, "track", "start", "end" (clip seconds), "text"}, or
    nothing."""
    if value is None:
        return None
    if not isinstance(value, dict) or value.get("source") not in (SUBTITLES, ON_SCREEN):
        raise Refused(translate("Fields", "A claim quotes a line of subtitles or of on-screen text."))
    times = [value.get("start"), value.get("end")]
    if not all(isinstance(t, int | float) and not isinstance(t, bool) and math.isfinite(t) for t in times):
        raise Refused(translate("Fields", "A quoted line says when it starts and ends, in seconds."))
    if times[1] < times[0]:
        raise Refused(translate("Fields", "A quoted line ends when it starts or later."))
    return {
        "source": value["source"],
        "track": clean_text(value.get("track"), "quoted line's track"),
        "start": float(times[0]),
        "end": float(times[1]),
        "text": clean_text(value.get("text"), "quoted line"),
    }
