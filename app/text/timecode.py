"""Timecodes as reviewers read and type them: HH:MM:SS.mmm, plain seconds, or a frame number.

Every time the window and the dossier show is written by `format_timecode`; a time axis labels its ticks with
`tick_timecode`, the same format with the milliseconds cut to the digits its step needs.
"""

from __future__ import annotations

import math
import re

from app.i18n import translate

_TIMECODE = re.compile(r"^(?:(\d+):)?(?:(\d+):)?(\d+(?:\.\d*)?)$")
# Steps of a time axis in seconds: round times a reader can count on, from a tenth of a second to an hour.
TICK_STEPS = (0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600)


def format_timecode(seconds: float) -> str:
    """00:01:02.500: hours, minutes, seconds and milliseconds, always all four."""
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def tick_step(duration: float, most: int) -> float:
    """The smallest round step that marks `duration` seconds with at most `most` intervals (an hour at least)."""
    hours = max(1, math.ceil(duration / most / 3600))
    return next((step for step in TICK_STEPS if duration / step <= most), 3600 * hours)


def tick_timecode(seconds: float, step: float) -> str:
    """A tick's time on an axis marked every `step` seconds: format_timecode with as many decimals as the step has
    (00:00:05, 00:00:01.5), so that every label on the axis is a prefix of the full timecode."""
    full = format_timecode(seconds)
    decimals = next((d for d in range(3) if abs(step * 10**d - round(step * 10**d)) < 1e-9), 3)
    return full[: len(full) - 3 + decimals] if decimals else full[:-4]


def parse_position(text: str) -> tuple[str, float]:
    """('frame', n) for '1234' or '#1234'; ('seconds', s) for '1:02.5', '00:01:02.500' or '62.5s'.

    Raises ValueError with a message fit for the reviewer.
    """
    text = text.strip()
    if not text:
        raise ValueError(translate("Timecode", "Type a frame number (1234) or a timecode (00:01:02.500)."))
    if text.startswith("#"):
        text = text[1:].strip()
        if text.isdigit():
            return "frame", float(int(text))
    elif text.isdigit():
        return "frame", float(int(text))
    if text.endswith("s") and _is_number(text[:-1]):
        return "seconds", float(text[:-1])
    match = _TIMECODE.match(text)
    if match and ":" in text:
        first, second, secs = match.groups()
        hours, minutes = (first, second) if second is not None else ("0", first)
        if int(minutes) >= 60 and hours != "0":
            words = translate("Timecode", "'{text}' has {minutes} minutes; a timecode has at most 59.")
            raise ValueError(words.format(text=text, minutes=minutes))
        return "seconds", int(hours) * 3600 + int(minutes) * 60 + float(secs)
    words = translate("Timecode", "'{text}' is neither a frame number (1234) nor a timecode (00:01:02.500).")
    raise ValueError(words.format(text=text))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
