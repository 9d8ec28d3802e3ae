"""What a newsroom's own calibration says of itself: its name and what it was fitted on are written when it is fitted,
in English (they are stored with it, in its JSON file), and said in the reader's language where they are shown, from
the sentences they were made of. The shipped calibration's words are in the catalogue as they are."""

from __future__ import annotations

import re

from analyzers.translatable import QT_TRANSLATE_NOOP
from app.i18n import translate

NEWSROOM_NAME = QT_TRANSLATE_NOOP("Calibration", "Newsroom calibration of {date}")
FITTED_ON = QT_TRANSLATE_NOOP(
    "Calibration",
    "{clips} clips decided in this case ({generated} generated, {camera} camera, {groups} uploaders or sources), "
    "measured on their renditions",
)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def calibration_words(text: str) -> str:
    """What a calibration says of itself (its name, what it was fitted on, where it was measured, how it fails) in
    the reader's language: a newsroom's from the sentence it was made of, the shipped one's from the catalogue; a
    text neither knows (a calibration from elsewhere) as written."""
    for sentence in (NEWSROOM_NAME, FITTED_ON):
        values = _values_in(sentence, text)
        if values is not None:
            return translate("Calibration", sentence).format(**values)
    return translate("Calibration", text) if text else text


def _values_in(sentence: str, text: str) -> dict[str, str] | None:
    """The values that fill `sentence`'s {placeholders} to give `text`; None when `text` is not made from it."""
    parts = _PLACEHOLDER.split(sentence)  # literal, name, literal, name, ..., literal
    pattern = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    found = re.fullmatch(pattern, text, re.DOTALL)
    return found.groupdict() if found else None
