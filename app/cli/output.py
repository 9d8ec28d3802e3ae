"""What the command line prints. Tags, file names, claim text, findings and plugin names come from files, and a
terminal obeys the escape sequences in them (clear the screen, retitle the window, print a forged line): every line
goes through `one_line`, which writes control characters and bidi overrides as their codes. JSON stays JSON,
with the same characters escaped."""

from __future__ import annotations

import sys

from app.i18n import translate
from app.text.shown import one_line


def say(*lines: object, error: bool = False) -> None:
    """Each of `lines` as one line of the terminal (on stderr with `error`): a newline inside one is shown as a
    code, so text from a file can never start a line of its own."""
    stream = sys.stderr if error else sys.stdout
    for line in lines:
        print(one_line(line), file=stream, flush=error)


def fail(message: object) -> int:
    """Says `message` on stderr; the exit status of a command that could not do its work."""
    say(message, error=True)
    return 2


def file_said(file: object, reason: object) -> str:
    """What went wrong with `file`, after its name."""
    return translate("Command line", "{file}: {reason}").format(file=file, reason=reason)


def not_written(path: object, error: OSError) -> str:
    """The line for a file the command could not write."""
    words = translate("Command line", "Could not write {file}: {reason}.")
    return words.format(file=path, reason=error.strerror or error)


def sentence(words: object) -> str:
    """`words` ended as a sentence, with the full stop of the reader's language."""
    return translate("Command line", "{words}.").format(words=words)


def listed(items) -> str:
    """`items` as a list in a sentence of the reader's language."""
    return translate("Command line", ", ").join(map(str, items))


def json_help() -> str:
    """The help of every command's --json that prints JSON rather than text."""
    return translate("Command line", "print JSON instead of text")


def plugins_help() -> str:
    """The help of every command's --plugins."""
    return translate("Command line", "a folder of analyzer plugins to look in as well")


def trust_help() -> str:
    """The help of every command's --trust."""
    return translate("Command line", "the Content Credentials signers you trust (CA certificates, PEM)")


def stride_refused() -> str:
    """What every command with --stride says to one below 1."""
    return translate("Command line", "--stride must be 1 or more.")


def json_text(value: object) -> str:
    """`value` as indented JSON, readable (Chinese stays Chinese) and inert in a terminal: json.dumps escapes only
    C0 controls, so C1 controls (U+009B is a one-character escape), bidi overrides, other format characters and
    lone surrogates are escaped as \\u codes too."""
    import json  # here, not at the top: the parser imports this module on the way to the GUI's first paint

    text = json.dumps(value, indent=2, ensure_ascii=False)
    # Outside strings json.dumps writes only printable characters, spaces and newlines: every other character is
    # inside a string, where a \u escape means the same character.
    return "".join(c if c.isprintable() or c == "\n" else _escaped(c) for c in text)


def _escaped(character: str) -> str:
    point = ord(character)
    if point < 0x10000:
        return f"\\u{point:04x}"
    point -= 0x10000
    return f"\\u{0xD800 + (point >> 10):04x}\\u{0xDC00 + (point & 0x3FF):04x}"


def padded(text: str, width: int, right: bool = False) -> str:
    """`text` padded with spaces to `width` terminal columns (a Chinese character takes two), cut with … when it
    is wider: table columns line up whatever the script."""
    shown = one_line(text)
    if sum(map(columns, shown)) > width:
        kept, used = [], 0
        for character in shown:
            if used + columns(character) > width - 1:
                break
            kept.append(character)
            used += columns(character)
        shown = "".join(kept) + "…"
    gap = " " * max(0, width - sum(map(columns, shown)))
    return gap + shown if right else shown + gap


def at_least(text: str, width: int) -> str:
    """`text` followed by spaces up to `width` terminal columns, never cut: a label column whatever its script."""
    shown = one_line(text)
    return shown + " " * max(0, width - sum(map(columns, shown)))


def columns(character: str) -> int:
    """How many terminal columns `character` takes: a Chinese character two, a combining mark none."""
    import unicodedata

    return 2 if unicodedata.east_asian_width(character) in "WF" else 0 if unicodedata.combining(character) else 1
