"""Timecodes as reviewers read and type them: HH:MM:SS.mmm, plain seconds, or a frame number."""

from __future__ import annotations

import re

_TIMECODE = re.compile(r"^(?:(\d+):)?(?:(\d+):)?(\d+(?:\.\d*)?)$")


def format_timecode(seconds: float) -> str:
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def parse_position(text: str) -> tuple[str, float]:
    """('frame', n) for '1234' or '#1234'; ('seconds', s) for '1:02.5', '00:01:02.500' or '62.5s'.

    Raises ValueError with a message fit for the reviewer.
    """
    text = text.strip()
    if not text:
        raise ValueError("Type a frame number (1234) or a timecode (00:01:02.500).")
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
            raise ValueError(f"'{text}' has {minutes} minutes; a timecode has at most 59.")
        return "seconds", int(hours) * 3600 + int(minutes) * 60 + float(secs)
    raise ValueError(f"'{text}' is neither a frame number (1234) nor a timecode (00:01:02.500).")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
