"""Subtitle files (.srt and WebVTT) read into lines of words, and the ones that sit beside a clip found.

A subtitle file comes from anywhere (yt-dlp writes them beside a download): it may be in UTF-16 or in GB18030, be
truncated half-way through a cue, carry escape codes, or not be subtitles at all. Broken cues are skipped and
counted, the rest is read; the times are the file's own, which are the clip's seconds for a file made for it.
"""

from __future__ import annotations

import codecs
import html
import os
import re
from dataclasses import dataclass
from pathlib import Path

from analyzers.files import NotARegularFile, read_regular
from analyzers.translatable import QT_TRANSLATE_NOOP, Said
from analyzers.words.lines import SUBTITLES, TextLine

MAX_BYTES = 8 << 20  # a two-hour film's subtitles are under 200 KiB
MAX_CUES = 20_000  # a cue every half second for almost three hours
MAX_CUE_CHARACTERS = 1_000  # a cue longer than this is cut (…): no caption says that much at once
MAX_FILES_BESIDE = 50  # subtitle files taken from beside one clip
EXTENSIONS = (".srt", ".vtt")

_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})"  # hours in three digits: a huge number is no time
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s.*)?$")
# Blocks of a WebVTT file that are not cues: the header, comments, style sheets and regions.
_NOT_CUES = ("WEBVTT", "NOTE", "STYLE", "REGION")
_TAG = re.compile(r"<[^<>\n]*>")  # <i>, </b>, <c.yellow>, <v Speaker>, <00:00:01.000>, <font color=...>
_OVERRIDE = re.compile(r"\{\\[^{}\n]*\}")  # ASS overrides that .srt files carry along: {\an8}, {\i1}
# Terminal escape sequences (CSI, OSC, and the two-character ones), removed whole so their arguments go too.
_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]")
# Control characters that are not white space, and those that reorder text (bidi embeddings, overrides, isolates)
# or hide in it (byte order mark). White space, line breaks included, becomes one space.
_REMOVED = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")


class SubtitlesUnreadable(ValueError):
    """The file cannot be read as subtitles; the message says why in one line, naming the file (a Said, context
    "Analyzers": the application says it in the reader's language)."""


@dataclass(frozen=True)
class Subtitles:
    lines: tuple[TextLine, ...]  # in the order they appear
    skipped: int  # broken cues left out (no readable time, the end before the start, cut off)
    left_out: int  # cues past MAX_CUES
    encoding: str  # how the file's text was written: "utf-8", "utf-16", "gb18030"


def read_subtitles(path: Path | str) -> Subtitles:
    """The lines of the .srt or .vtt file at `path`, its name as their track. Raises SubtitlesUnreadable when it is
    not a regular file, is over MAX_BYTES, or holds no subtitles at all."""
    path = Path(path)
    track = clean_text(path.name)
    try:
        data = read_regular(path, MAX_BYTES)
    except NotARegularFile as error:
        words = QT_TRANSLATE_NOOP("Analyzers", "The subtitle file {track} {reason}.")
        raise SubtitlesUnreadable(Said(words, track=track, reason=error.said)) from None
    except OSError as error:
        words = QT_TRANSLATE_NOOP("Analyzers", "The subtitle file {track} cannot be read ({reason}).")
        raise SubtitlesUnreadable(Said(words, track=track, reason=error.strerror or error)) from None
    return parse_subtitles(data, track)


def parse_subtitles(data: bytes, track: str) -> Subtitles:
    """The lines of subtitles given as bytes (see read_subtitles); `track` names them."""
    text, encoding = decoded(data)
    lines: list[TextLine] = []
    skipped = left_out = 0
    timed = 0  # timing lines seen, read or not: none at all means the file is not subtitles
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        rows = block.strip("\n").split("\n")
        if not rows[0].strip() or rows[0].lstrip().startswith(_NOT_CUES):
            continue
        if len(lines) >= MAX_CUES:  # the rest is counted, not read
            left_out += block.count("-->")
            continue
        cues, broken, seen = _cues(rows)
        skipped += broken
        timed += seen
        for start, end, cue_rows in cues:
            said = cue_text(cue_rows)
            if not said:
                continue  # an empty cue clears the screen: nothing was said
            if len(lines) >= MAX_CUES:
                left_out += 1
                continue
            lines.append(TextLine(SUBTITLES, track, start, end, said))
    if not timed:
        words = QT_TRANSLATE_NOOP(
            "Analyzers", "{track} is not a subtitle file: it has no cue times such as 00:00:01,000 --> 00:00:03,500."
        )
        raise SubtitlesUnreadable(Said(words, track=track))
    return Subtitles(tuple(lines), skipped, left_out, encoding)


def _cues(rows: list[str]) -> tuple[list[tuple[float, float, list[str]]], int, int]:
    """The timed cues of one block of lines, the broken ones counted. A block may hold several cues when the blank
    lines between them were lost; the number line in front of each following cue is then not its text."""
    cues: list[tuple[float, float, list[str]]] = []
    broken = seen = 0
    current: list[str] | None = None  # the text rows of the cue being read; None while none is
    passing = False  # over the text of a broken cue, counted already
    for number, row in enumerate(rows):
        if "-->" not in row:
            if current is not None:
                current.append(row)
            elif not passing and number > 1:  # more than an identifier in front of the first time: text without one
                broken += 1
                passing = True
            continue
        seen += 1
        if current and current[-1].strip().isdigit():
            current.pop()
        times = _timing(row)
        current = None if times is None else []
        passing = times is None
        if times is None:
            broken += 1
        else:
            cues.append((*times, current))
    if not seen and not passing:
        broken += 1  # a line or two of text with no time at all: the rest of a cue whose times were lost
    return cues, broken, seen


def _timing(row: str) -> tuple[float, float] | None:
    found = _TIMING.match(row)
    if found is None:
        return None
    values = found.groups()
    start, end = _seconds(values[:4]), _seconds(values[4:])
    if start is None or end is None or end < start:
        return None
    return start, end


def _seconds(parts: tuple[str | None, ...]) -> float | None:
    hours, minutes, seconds, fraction = parts
    if int(minutes) > 59 or int(seconds) > 59:
        return None
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(fraction.ljust(3, "0")) / 1000


def cue_text(rows: list[str]) -> str:
    """A cue's lines as one line of plain text: tags, overrides and escape codes gone, entities read, control
    characters removed, its lines joined by " / "; cut at MAX_CUE_CHARACTERS."""
    said: list[str] = []
    length = 0
    for row in rows:
        if length > MAX_CUE_CHARACTERS:
            break  # the rest would be cut off: not cleaned at all, however long
        # markup takes room too, but no more than this: a longer row is cut before it is cleaned
        row = clean_text(html.unescape(_OVERRIDE.sub("", _TAG.sub("", row[: 4 * MAX_CUE_CHARACTERS]))))
        if row:
            said.append(row)
            length += len(row) + 3
    joined = " / ".join(said)
    return joined if len(joined) <= MAX_CUE_CHARACTERS else joined[: MAX_CUE_CHARACTERS - 1] + "…"


def clean_text(text: str) -> str:
    """`text` without escape sequences, control characters or characters that reorder it; runs of white space made
    one space."""
    return " ".join(_REMOVED.sub("", _ESCAPE.sub("", text)).split())


def decoded(data: bytes) -> tuple[str, str]:
    """The file's text and its encoding: a byte order mark says UTF-8 or UTF-16; without one UTF-8 is tried, then
    GB18030 (which reads GBK and GB2312 too), the way Chinese subtitles are written when they are not UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030", "replace"), "gb18030"


def find_subtitle_files(clip_path: Path | str) -> list[Path]:
    """The subtitle files beside the clip that belong to it, by name: `<stem>.srt`, `<stem>.vtt` and
    `<stem>.<language>.srt|vtt` (as yt-dlp writes them: clip.en.vtt, clip.zh-Hans.srt). Regular files only (a named
    pipe is left alone, never opened), sorted by name, at most MAX_FILES_BESIDE."""
    clip_path = Path(clip_path)
    stem = clip_path.stem
    found = []
    try:
        entries = os.scandir(clip_path.parent)
    except OSError:
        return []
    with entries:
        for entry in entries:
            if _belongs(entry.name, stem) and _is_regular(entry):
                found.append(Path(entry.path))
    return sorted(found)[:MAX_FILES_BESIDE]


def _belongs(name: str, stem: str) -> bool:
    lowered = name.lower()
    extension = next((e for e in EXTENSIONS if lowered.endswith(e)), None)
    if extension is None or not name.startswith(stem + "."):
        return False
    middle = name[len(stem) : -len(extension)]  # "" or ".<language>"
    return middle == "" or re.fullmatch(r"\.[\w-]{1,40}", middle) is not None


def _is_regular(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()  # follows a symbolic link; looks, never opens
    except OSError:
        return False
