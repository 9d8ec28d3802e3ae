"""The files an analyzer's ONNX model is made of, all inside its folder, and one SHA-256 over all of them.

A model may keep its weights in other files ("external data": each such tensor names a file relative to the
model). Those weights change the scores as much as the graph does, so the model hash covers them too; and like the
model they must lie inside the analyzer's folder (symbolic links followed), so that a plugin cannot make ReelCheck
load, or vouch for, a file elsewhere. The model is read here as protobuf wire format because the `onnx` package is
not something ReelCheck needs at run time.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from analyzers.files import NotARegularFile, open_regular, read_regular
from analyzers.translatable import QT_TRANSLATE_NOOP, Said

MAX_MODEL_BYTES = 2 << 30  # protobuf's own limit for one message
MAX_WEIGHTS_BYTES = 64 << 30
_MAX_NESTING = 64  # graphs inside graphs (If, Loop, Scan bodies); real models nest a few levels
_CHUNK = 1 << 20

# Where tensors can sit in an ONNX model: message -> {field number: message it holds} (from onnx.proto).
_HOLDS = {
    "model": {7: "graph", 20: "training", 25: "function"},
    "training": {1: "graph", 2: "graph"},
    "function": {7: "node", 11: "attribute"},
    "graph": {1: "node", 5: "tensor", 15: "sparse"},
    "node": {5: "attribute"},
    "attribute": {5: "tensor", 6: "graph", 10: "tensor", 11: "graph", 22: "sparse", 23: "sparse"},
    "sparse": {1: "tensor", 2: "tensor"},
    "tensor": {13: "entry"},  # external_data: key/value pairs, one of them the file's "location"
}


class UnusableModel(Exception):
    """The model (or a file it needs) cannot be used as an analyzer; the message says why, in words (a Said, context
    "Analyzers": the application says it in the reader's language)."""


# "{file} {reason}": a file named, then why it cannot be used (the reason follows the name in every language).
_FILE_AND_REASON = QT_TRANSLATE_NOOP("Analyzers", "{file} {reason}")
_NOT_PROTOBUF = Said(QT_TRANSLATE_NOOP("Analyzers", "is not an ONNX model (its bytes are not protobuf)"))


def model_sha256(folder: Path, name: str) -> str:
    """The SHA-256 of the model `name` in `folder` and of the weight files it names, once each is found to lie
    inside the folder; raises UnusableModel otherwise.

    The hash of a model without external data is the SHA-256 of its file; with external data, each weight file
    follows in the order of its path in the folder, preceded by that path and its size."""
    root = folder.resolve()
    given = folder / name  # the path ONNX Runtime is given, and from whose folder it finds the weights
    naming = Said(QT_TRANSLATE_NOOP("Analyzers", "manifest.json names the model '{name}'"), name=name)
    model = _inside(root, given, naming)
    try:
        data = read_regular(model, MAX_MODEL_BYTES)
    except NotARegularFile as error:
        raise UnusableModel(Said(_FILE_AND_REASON, file=model.name, reason=error.said)) from None
    try:
        locations = sorted(set(_external_locations(memoryview(data))))
    except UnusableModel as error:
        raise UnusableModel(Said(_FILE_AND_REASON, file=given.name, reason=error.args[0])) from None
    names_weights = QT_TRANSLATE_NOOP("Analyzers", "{model} names the weights file '{place}'")
    weights = sorted(
        {
            _inside(root, given.parent / place, Said(names_weights, model=given.name, place=place))
            for place in locations
        },
        key=lambda path: path.relative_to(root).as_posix(),
    )
    digest = hashlib.sha256(data)
    for path in weights:
        with _opened(path, MAX_WEIGHTS_BYTES) as file:
            size = os.fstat(file.fileno()).st_size
            digest.update(f"\0{path.relative_to(root).as_posix()}\0{size}\0".encode())
            left = size
            while left and (chunk := file.read(min(_CHUNK, left))):
                digest.update(chunk)
                left -= len(chunk)
    return digest.hexdigest()


def _inside(root: Path, path: Path, naming: Said) -> Path:
    """`path` resolved, if it is there and inside `root`; `naming` says who names it, for the reason."""
    try:
        resolved = path.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a loop of links
        words = QT_TRANSLATE_NOOP("Analyzers", "{naming}, which is not in the folder")
        raise UnusableModel(Said(words, naming=naming)) from None
    if not resolved.is_relative_to(root):
        words = QT_TRANSLATE_NOOP("Analyzers", "{naming}, which lies outside the analyzer's folder (at {resolved})")
        raise UnusableModel(Said(words, naming=naming, resolved=resolved))
    return resolved


def _opened(path: Path, max_bytes: int):
    try:
        return open_regular(path, max_bytes)
    except NotARegularFile as error:
        raise UnusableModel(Said(_FILE_AND_REASON, file=path.name, reason=error.said)) from None


def _external_locations(model: memoryview) -> Iterator[str]:
    """The file named by every tensor with external data, anywhere in the model (subgraphs and functions too)."""
    pending = [("model", model, 0)]
    while pending:
        kind, message, depth = pending.pop()
        if depth > _MAX_NESTING:
            words = QT_TRANSLATE_NOOP("Analyzers", "has graphs nested more than {most} deep")
            raise UnusableModel(Said(words, most=_MAX_NESTING))
        entry: dict[int, bytes] = {}
        for number, value in _fields(message):
            held = _HOLDS.get(kind, {}).get(number)
            if held is not None and isinstance(value, memoryview):
                pending.append((held, value, depth + 1))
            elif kind == "entry" and isinstance(value, memoryview):
                entry[number] = bytes(value)
        if kind == "entry" and entry.get(1) == b"location":
            yield entry.get(2, b"").decode("utf-8", "replace")


def _fields(message: memoryview) -> Iterator[tuple[int, int | memoryview | None]]:
    """(field number, value) of each field: an int for a varint, the bytes of a length-delimited field, None for a
    fixed-size number (never needed here)."""
    at, end = 0, len(message)
    while at < end:
        key, at = _varint(message, at)
        number, wire = key >> 3, key & 7
        value: int | memoryview | None = None
        if wire == 0:
            value, at = _varint(message, at)
        elif wire == 1:
            at += 8
        elif wire == 2:
            length, at = _varint(message, at)
            value, at = message[at : at + length], at + length
        elif wire == 5:
            at += 4
        else:
            raise UnusableModel(_NOT_PROTOBUF)
        if at > end:
            raise UnusableModel(
                Said(QT_TRANSLATE_NOOP("Analyzers", "is not an ONNX model (it ends in the middle of a field)"))
            )
        yield number, value


def _varint(message: memoryview, at: int) -> tuple[int, int]:
    value = shift = 0
    while at < len(message) and shift < 70:
        byte = message[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, at
        shift += 7
    raise UnusableModel(Said(QT_TRANSLATE_NOOP("Analyzers", "is not an ONNX model (a number in it never ends)")))
