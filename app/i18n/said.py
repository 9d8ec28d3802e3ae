"""Saying a Said (analyzers.translatable: a marked sentence and its values) in the reader's language."""

from __future__ import annotations

from analyzers.translatable import Said
from app.i18n import translate


def said_in(text: str, *contexts: str) -> str:
    """`text` in the reader's language where it is a Said: its sentence from the first of `contexts` whose catalogue
    has it, each of its values said the same way; any other text as it is."""
    if not isinstance(text, Said):
        return text
    values = {name: said_in(value, *contexts) for name, value in text.values.items()}
    words = next(
        (said for context in contexts if (said := translate(context, text.words)) != text.words),
        text.words,
    )
    return words.format(**values)
