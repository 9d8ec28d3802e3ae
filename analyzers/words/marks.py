"""Visible generator marks and AI labels found in the text read on a clip's frames.

The marks are data (resources/marks/visible_marks.json, and any file of a newsroom's own marks in the same form).
Latin spellings match whole words, so that "Pikachu" or "Soraya" name no generator; Chinese ones match anywhere in a
line. Both sides are compared after NFKC (full-width letters and punctuation become plain ones) and case folding,
with the letters OCR confuses taken as one (0 and o; 1, l, I and |), and a space, a hyphen or nothing between words.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from analyzers.files import NotARegularFile, read_regular
from analyzers.resources import resources_dir
from analyzers.translatable import QT_TRANSLATE_NOOP, Said
from analyzers.words.lines import SUBTITLES, TextLine

GENERATOR = "generator"
AI_LABEL = "ai_label"
KINDS = (GENERATOR, AI_LABEL)
_MOST_BYTES = 1 << 20  # a file of marks is a few kilobytes
_MOST_CHARACTERS = 200  # in a name or a spelling

WHAT_A_MARK_MEANS = QT_TRANSLATE_NOOP(
    "Provenance",
    "A visible mark is strong evidence that the clip came from the generator it names, or that its maker or "
    "platform labelled it as AI-generated; but a mark can also be pasted onto camera footage, so check it against "
    "the other findings.",
)
WHAT_NO_MARK_MEANS = QT_TRANSLATE_NOOP(
    "Provenance",
    "No visible generator mark or AI label was read. That means nothing: marks are often cropped, blurred or "
    "covered, and many generators add none.",
)


class MarksFileError(ValueError):
    """A file of marks cannot be used; the message names the file and says why in one line (a Said, context
    "Analyzers": the application says it in the reader's language)."""


@dataclass(frozen=True)
class Mark:
    """A generator's mark or an AI label as it may appear on frames."""

    name: str  # what the reviewer reads: "Kling 可灵", "AI生成"
    kind: str  # GENERATOR or AI_LABEL
    of: str  # the generator or platform it names
    spellings: tuple[str, ...]


@dataclass(frozen=True)
class VisibleMark:
    """A mark read on the clip: which, what exactly was read, on which frames and where."""

    name: str
    kind: str
    of: str
    read: str  # the line of on-screen text it was found in
    first_frame: int | None
    last_frame: int | None
    start: float
    end: float
    box: tuple[int, int, int, int] | None
    where: str  # on the frame, in words: "bottom right", "top left", "centre"

    def describe(self) -> str:
        """One line for the provenance panel and the dossier."""
        what = "generator mark" if self.kind == GENERATOR else "AI label"
        frames = f" (frames {self.first_frame}-{self.last_frame})" if self.first_frame is not None else ""
        return (
            f'Visible {what} "{self.name}" ({self.of}) read as "{self.read}", {self.where}, '
            f"from {self.start:.2f} s to {self.end:.2f} s{frames}."
        )


def bundled_marks_path() -> Path:
    return resources_dir() / "marks" / "visible_marks.json"


def load_marks(paths: Sequence[Path] = ()) -> tuple[Mark, ...]:
    """The marks ReelCheck ships, then those of each file in `paths` (a newsroom's own). Raises MarksFileError."""
    return tuple(mark for path in (bundled_marks_path(), *paths) for mark in _read_marks(Path(path)))


def _read_marks(path: Path) -> list[Mark]:
    # Each problem is a Said (context "Analyzers"): the application says it in the reader's language.
    file = Said(QT_TRANSLATE_NOOP("Analyzers", "The marks file {file}"), file=path.name)
    try:
        document = json.loads(read_regular(path, _MOST_BYTES).decode("utf-8"))
    except NotARegularFile as error:
        raise MarksFileError(
            Said(QT_TRANSLATE_NOOP("Analyzers", "{file} {reason}."), file=file, reason=error.said)
        ) from None
    except OSError as error:
        words = QT_TRANSLATE_NOOP("Analyzers", "{file} cannot be read ({reason}).")
        raise MarksFileError(Said(words, file=file, reason=error.strerror or error)) from None
    except UnicodeDecodeError:
        raise MarksFileError(Said(QT_TRANSLATE_NOOP("Analyzers", "{file} is not UTF-8 text."), file=file)) from None
    except json.JSONDecodeError as error:
        words = QT_TRANSLATE_NOOP("Analyzers", "{file} is not JSON (line {line}: {reason}).")
        raise MarksFileError(Said(words, file=file, line=error.lineno, reason=error.msg)) from None
    entries = document.get("marks") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        words = QT_TRANSLATE_NOOP("Analyzers", 'The marks file {file} must hold an object with a list "marks".')
        raise MarksFileError(Said(words, file=path.name))
    where = QT_TRANSLATE_NOOP("Analyzers", "The marks file {file}, mark {number}")
    return [_mark(entry, Said(where, file=path.name, number=number)) for number, entry in enumerate(entries, 1)]


def _mark(entry: object, where: Said) -> Mark:
    if not isinstance(entry, dict):
        raise MarksFileError(Said(QT_TRANSLATE_NOOP("Analyzers", "{where} is not an object."), where=where))
    field = QT_TRANSLATE_NOOP("Analyzers", '{where} "{key}"')
    name, kind, of = (_text(entry.get(key), Said(field, where=where, key=key)) for key in ("name", "kind", "of"))
    if kind not in KINDS:
        words = QT_TRANSLATE_NOOP("Analyzers", '{where} has kind "{kind}"; it must be {kinds}.')
        raise MarksFileError(Said(words, where=where, kind=kind, kinds=" or ".join(KINDS)))
    spellings = entry.get("spellings")
    if not isinstance(spellings, list) or not spellings:
        words = QT_TRANSLATE_NOOP("Analyzers", '{where} needs a non-empty list "spellings".')
        raise MarksFileError(Said(words, where=where))
    spelling = Said(QT_TRANSLATE_NOOP("Analyzers", "{where}, a spelling,"), where=where)
    return Mark(name, kind, of, tuple(_text(s, spelling) for s in spellings))


def _text(value: object, what: Said) -> str:
    if not isinstance(value, str) or not value.strip():
        raise MarksFileError(Said(QT_TRANSLATE_NOOP("Analyzers", "{what} must be a non-empty text."), what=what))
    if len(value) > _MOST_CHARACTERS:
        words = QT_TRANSLATE_NOOP("Analyzers", "{what} is longer than {most} characters.")
        raise MarksFileError(Said(words, what=what, most=_MOST_CHARACTERS))
    if any(not c.isprintable() for c in value):
        raise MarksFileError(Said(QT_TRANSLATE_NOOP("Analyzers", "{what} holds control characters."), what=what))
    return value.strip()


# Letters OCR reads for one another, each taken as the first of its group.
_CONFUSED = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l"})
_SEPARATOR = re.compile(r"[\s\-‐‑–—_.·・]+")


def comparable(text: str) -> str:
    """`text` as marks are compared: NFKC, case-folded, OCR's confusions merged, separators as single spaces."""
    return _SEPARATOR.sub(" ", unicodedata.normalize("NFKC", text).casefold().translate(_CONFUSED)).strip()


def _is_latin(character: str) -> bool:
    return character.isascii() and character.isalnum()


def _pattern(spelling: str) -> re.Pattern[str]:
    words = comparable(spelling).split(" ")
    body = r"[ ]?".join(re.escape(word) for word in words)  # OCR drops and adds spaces between words
    before = r"(?<![a-z0-9])" if _is_latin(words[0][0]) else ""
    after = r"(?![a-z0-9])" if _is_latin(words[-1][-1]) else ""
    return re.compile(before + body + after)


def find_marks(
    lines: Iterable[TextLine], frame_size: tuple[int, int], marks: Sequence[Mark] | None = None
) -> list[VisibleMark]:
    """The marks read in `lines` (on frames `frame_size` = width, height), each once per line. Where a longer mark
    holds a shorter one ("内容由AI生成" holds "AI生成"), only the longer, more specific one is reported."""
    marks = load_marks() if marks is None else marks
    patterns = [(mark, [_pattern(s) for s in mark.spellings]) for mark in marks]
    found = []
    for line in lines:
        text = comparable(line.text)
        spans = []
        for mark, mark_patterns in patterns:
            hits = [m.span() for pattern in mark_patterns for m in pattern.finditer(text)]
            if hits:
                spans.append((max(hits, key=lambda span: span[1] - span[0]), mark))
        for span, mark in spans:
            if not any(_inside(span, other) for other, _ in spans if other != span):
                found.append(_visible(mark, line, frame_size))
    return found


def _inside(span: tuple[int, int], other: tuple[int, int]) -> bool:
    return other[0] <= span[0] and span[1] <= other[1]


def _visible(mark: Mark, line: TextLine, frame_size: tuple[int, int]) -> VisibleMark:
    return VisibleMark(
        name=mark.name,
        kind=mark.kind,
        of=mark.of,
        read=line.text,
        first_frame=line.first_frame,
        last_frame=line.last_frame,
        start=line.start,
        end=line.end,
        box=line.box,
        where=_where(line, frame_size),
    )


def _where(line: TextLine, frame_size: tuple[int, int]) -> str:
    if line.box is not None:
        return where_on_frame(line.box, frame_size)
    return "in the subtitles" if line.source == SUBTITLES else "somewhere on the frame"


def where_on_frame(box: tuple[int, int, int, int], frame_size: tuple[int, int]) -> str:
    """Where a box's centre lies on the frame, by thirds: "top left", "bottom centre", "centre", "right"..."""
    x, y, width, height = box
    frame_width, frame_height = frame_size
    across = ("left", "centre", "right")[min(2, max(0, int(3 * (x + width / 2) / max(1, frame_width))))]
    down = ("top", "middle", "bottom")[min(2, max(0, int(3 * (y + height / 2) / max(1, frame_height))))]
    if down == "middle":
        return across
    return f"{down} {across}"
