"""Reading the translations out of a `.qm` file, the catalogue Qt's lrelease compiles, without Qt: the command line
and the PDF writer speak the reviewer's language too, and they run without a display (DESIGN.md).

A `.qm` file is a 16-byte magic number followed by tagged blocks. The block of messages is a run of records; each
record is a run of tagged fields (translation, source text, context, comment) ending with an end tag.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9
_MOST_BYTES = 16 << 20  # ReelCheck's own catalogues are a few hundred kB; anything larger is not one of them


class NotACatalogue(ValueError):
    """The file is not a `.qm` catalogue lrelease wrote."""


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """{(context, source text): translation} of every translated message in the file."""
    with path.open("rb") as file:
        data = file.read(_MOST_BYTES + 1)
    if len(data) > _MOST_BYTES or not data.startswith(MAGIC):
        raise NotACatalogue(f"{path.name} is not a translation catalogue")
    try:
        return _messages(_block(memoryview(data)[len(MAGIC) :], _MESSAGES_BLOCK))
    except (struct.error, UnicodeDecodeError, IndexError) as error:
        raise NotACatalogue(f"{path.name} is damaged: {error}") from None


def _block(data: memoryview, wanted: int) -> memoryview:
    at = 0
    while at < len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        end = at + 5 + length
        if end > len(data):
            raise IndexError("a block runs past the end of the file")
        if tag == wanted:
            return data[at + 5 : end]
        at = end
    return memoryview(b"")


def _messages(data: memoryview) -> dict[tuple[str, str], str]:
    catalogue: dict[tuple[str, str], str] = {}
    at, fields = 0, {}
    while at < len(data):
        tag = data[at]
        at += 1
        if tag == _END:
            if _TRANSLATION in fields and _SOURCE in fields:
                catalogue[(fields.get(_CONTEXT, ""), fields[_SOURCE])] = fields[_TRANSLATION]
            fields = {}
            continue
        if tag in (_OBSOLETE1, _OBSOLETE2):  # old formats' markers, without a payload
            continue
        (length,) = struct.unpack_from(">I", data, at)
        at += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        if at + length > len(data):
            raise IndexError("a message runs past the end of its block")
        raw = bytes(data[at : at + length])
        at += length
        if tag == _TRANSLATION:  # UTF-16 big-endian; a plural message has one per form, the first serves Chinese
            fields.setdefault(_TRANSLATION, raw.decode("utf-16-be"))
        elif tag in (_SOURCE, _CONTEXT, _COMMENT):
            fields[tag] = raw.decode("utf-8")
    return catalogue
