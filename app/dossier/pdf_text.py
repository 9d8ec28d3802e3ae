"""The PDF's text layer in logical characters: Arabic copied or searched out of the dossier is the text as typed.

Qt shapes Arabic right (each letter takes its initial, medial, final or isolated glyph), but it writes each font's
ToUnicode map by looking the glyphs up in the font's own character map, where a shaped glyph stands for an Arabic
*presentation form* (U+FE70-U+FEFF, U+FB50-U+FDFF): "ليلة" then copies out as "ﻟﻴﻠﺔ", which looks alike and
matches nothing. Qt has no setting for this (no font or shaping option, no ActualText). So once Qt has written the
PDF, each glyph that its map names by a presentation form is named instead by the letters it stands for (the
form's Unicode compatibility decomposition, NFKC): the pages print the same glyphs, and their text is the logical
text. Only Qt's own ToUnicode streams are rewritten, and the cross-reference table is moved to match. No Qt.
"""

from __future__ import annotations

import logging
import re
import unicodedata

log = logging.getLogger(__name__)

# Qt writes each ToUnicode map as an uncompressed stream with its length before it.
_CMAP_STREAM = re.compile(rb"<< /Length (\d+) >>\nstream\n(?=/CIDInit /ProcSet findresource begin\n)")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")
_SECTION = re.compile(rb"\d+ begin(bfrange|bfchar)\n(.*?)end\1\n", re.S)
_PER_SECTION = 100  # entries in one bfchar section, the most a CMap section may hold


def is_presentation_form(character: str) -> bool:
    """Alphabetic presentation forms (Latin and Hebrew ligatures, Arabic Forms-A) and Arabic Forms-B."""
    point = ord(character)
    return 0xFB00 <= point <= 0xFDFF or 0xFE70 <= point <= 0xFEFE


def logical_text_layer(pdf: bytes) -> bytes:
    """`pdf` (as QPdfWriter writes it) with every presentation form in its ToUnicode maps replaced by the letters
    it stands for; the same bytes when there is none, or when the file is not laid out as Qt writes it."""
    edits: list[tuple[int, int, bytes]] = []  # (start, end, new bytes) in the old file, in order
    for match in _CMAP_STREAM.finditer(pdf):
        start, length = match.end(), int(match.group(1))
        if not pdf.startswith(b"\nendstream", start + length):
            log.warning("A ToUnicode map is not laid out as Qt writes it; the PDF's text is left as it is.")
            return pdf
        body = pdf[start : start + length]
        folded = _folded_cmap(body)
        if folded != body:
            edits.append((match.start(1), match.end(1), str(len(folded)).encode()))
            edits.append((start, start + length, folded))
    if not edits:
        return pdf
    try:
        return _with_xref_moved(pdf, edits)
    except ValueError as error:
        log.warning("The PDF's cross-reference table could not be moved (%s); its text is left as it is.", error)
        return pdf


def _folded_cmap(body: bytes) -> bytes:
    mapping = _cmap_entries(body)
    if not any(is_presentation_form(c) for text in mapping.values() for c in text):
        return body
    head = body[: body.index(b"endcodespacerange\n") + len(b"endcodespacerange\n")]
    tail = body[body.index(b"endcmap") :]
    entries = sorted((code, _folded(text)) for code, text in mapping.items())
    sections = b""
    for first in range(0, len(entries), _PER_SECTION):
        chunk = entries[first : first + _PER_SECTION]
        lines = b"".join(
            b"<%04X> <%s>\n" % (code, text.encode("utf-16-be").hex().upper().encode()) for code, text in chunk
        )
        sections += b"%d beginbfchar\n%sendbfchar\n" % (len(chunk), lines)
    return head + sections + tail


def _cmap_entries(body: bytes) -> dict[int, str]:
    """Glyph code -> the text the map gives it, from bfrange and bfchar sections."""
    mapping: dict[int, str] = {}
    for kind, section in _SECTION.findall(body):
        if kind == b"bfchar":
            for source, target in _CHAR.findall(section):
                mapping[int(source, 16)] = _utf16(target)
            continue
        for low, high, target in _RANGE.findall(section):
            codes = range(int(low, 16), int(high, 16) + 1)
            if target.startswith(b"["):
                for code, each in zip(codes, re.findall(rb"<([0-9A-Fa-f]*)>", target), strict=False):
                    mapping[code] = _utf16(each)
            else:
                text = _utf16(target[1:-1])
                for step, code in enumerate(codes):  # consecutive glyphs, consecutive characters
                    mapping[code] = text[:-1] + chr(ord(text[-1]) + step) if text else ""
    return mapping


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be", errors="replace")


def _folded(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", c) if is_presentation_form(c) else c for c in text)


def _with_xref_moved(pdf: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """`pdf` with `edits` made and the cross-reference table's offsets and startxref moved by what they added."""
    position = pdf.rindex(b"startxref")
    xref_at = int(pdf[position + len(b"startxref") :].split()[0])
    if not pdf.startswith(b"xref", xref_at) or any(end > xref_at for _, end, _ in edits):
        raise ValueError("no single cross-reference table after the objects")

    def moved(offset: int) -> int:
        return offset + sum(len(new) - (end - start) for start, end, new in edits if end <= offset)

    table_end = pdf.index(b"trailer", xref_at)
    lines = pdf[xref_at:table_end].split(b"\n")
    for number, line in enumerate(lines):
        parts = line.split()
        if len(parts) == 3 and parts[2] == b"n" and len(parts[0]) == 10:
            lines[number] = b"%010d %s n " % (moved(int(parts[0])), parts[1])
    out, last = [], 0
    for start, end, new in edits:
        out += [pdf[last:start], new]
        last = end
    out += [pdf[last:xref_at], b"\n".join(lines), pdf[table_end:position]]
    out.append(b"startxref\n%d \n%%%%EOF\n" % moved(xref_at))
    return b"".join(out)
