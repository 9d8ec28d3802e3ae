"""Text from a file or a dossier, shown so that it cannot act: control characters and bidirectional overrides are
made visible instead of being obeyed by a terminal, a PDF viewer or a window.

A terminal obeys escape sequences (clear the screen, retitle the window, print a forged line); a bidi override
turns `https://\u202emoc.elgoog/` into what reads as google.com. Either is shown as its code, so the reader sees
that it is there.
"""

from __future__ import annotations

# Explicit embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): the characters that reorder text.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _code(character: str) -> str:
    point = ord(character)
    return f"\\x{point:02x}" if point < 0x100 else f"\\u{point:04x}"


def one_line(text: object) -> str:
    """One line for a terminal, a table cell or a status bar: every character that is not printable (escapes,
    newlines and line separators, format characters such as bidi overrides) is written as its code, so text from a
    file can never start a line of its own."""
    return "".join(c if c.isprintable() else _code(c) for c in str(text))


def with_visible_controls(text: str) -> str:
    """Free text for a window or a PDF: line breaks and tabs stay, control characters and bidi overrides are
    written as their codes."""
    return "".join(
        _code(c) if c in BIDI_CONTROLS or (not c.isprintable() and c not in "\n\t" and _is_control(c)) else c
        for c in text
    )


def bidi_controls_in(text: str) -> list[str]:
    """The bidi overrides in `text`, as their codes (for a message that says which were found)."""
    return sorted({_code(c) for c in text if c in BIDI_CONTROLS})


def _is_control(character: str) -> bool:
    point = ord(character)
    return point < 0x20 or 0x7F <= point < 0xA0
