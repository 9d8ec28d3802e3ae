"""`reelcheck verify` given something that is not a regular file (a named pipe, /dev/zero, a socket, a folder) as
the dossier, as --clip, or as a file the dossier lists, says what it is and ends, never waits or reads for ever."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from tests.dossier.signed import read, reelcheck, signed_dossier, write

WORDS = {
    "fifo": "is a named pipe (FIFO), not a file",
    "device": "is a device, not a file: it has no end",
    "socket": "is a socket, not a file",
    "folder": "is a folder, not a file",
}


@pytest.fixture
def dossier(tmp_path):
    return signed_dossier(tmp_path)


@pytest.fixture
def make_hostile(tmp_path):
    """make_hostile(kind, path): puts a FIFO, a socket or a folder at `path` (a device is /dev/zero itself)."""
    sockets = []

    def make(kind: str, path: Path) -> Path:
        path.unlink(missing_ok=True)
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "socket":
            server = socket.socket(socket.AF_UNIX)
            server.bind(str(path))
            server.listen()  # a listening socket: opening it must not wait for a connection either
            sockets.append(server)
        elif kind == "folder":
            path.mkdir()
        else:
            return Path("/dev/zero")
        return path

    yield make
    for server in sockets:
        server.close()


def _verify(config: Path, *args: str):
    # The timeout is the test: a verify that waits on a pipe or reads /dev/zero never ends by itself.
    result = reelcheck(config, "verify", *args, timeout=30)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout.strip()


@pytest.mark.parametrize("kind", list(WORDS))
def test_as_the_dossier(tmp_path, make_hostile, kind):
    given = make_hostile(kind, tmp_path / "d.json")
    code, out = _verify(tmp_path / "config", str(given))
    assert code == 1 and out == f"{given}: it {WORDS[kind]}" + out.partition(WORDS[kind])[2], out
    assert out.endswith(".")


@pytest.mark.parametrize("kind", list(WORDS))
def test_as_the_clip(dossier, make_hostile, kind):
    path, clip = dossier
    given = make_hostile(kind, clip)
    code, out = _verify(path.parents[1] / "config", str(path), "--clip", str(given))
    assert code == 1 and out.startswith(f"{path}: clip {given}: {WORDS[kind]}"), out


@pytest.mark.parametrize("kind", ["fifo", "socket", "folder"])
def test_as_an_evidence_file(dossier, make_hostile, kind):
    path, _clip = dossier
    make_hostile(kind, path.parent / "evidence" / "frame_0040.png")
    code, out = _verify(path.parents[1] / "config", str(path))
    assert code == 1 and out.startswith(f"{path}: evidence file evidence/frame_0040.png: {WORDS[kind]}"), out


def test_an_evidence_file_linked_to_dev_zero_is_outside_the_folder(dossier):
    path, _clip = dossier
    evidence = path.parent / "evidence" / "frame_0040.png"
    evidence.unlink()
    evidence.symlink_to("/dev/zero")
    code, out = _verify(path.parents[1] / "config", str(path))
    assert code == 1 and out == f"{path}: evidence file evidence/frame_0040.png: lies outside the dossier's folder."


def test_as_the_pdf(dossier, make_hostile):
    path, _clip = dossier
    document = read(path)
    document["pdf"] = {"file": "dossier.pdf", "sha256": "0" * 64}  # the signature no longer matches: also said
    write(path, document)
    make_hostile("fifo", path.parent / "dossier.pdf")
    code, out = _verify(path.parents[1] / "config", str(path))
    assert code == 1 and out.splitlines()[-1].startswith(f"{path}: PDF dossier.pdf: {WORDS['fifo']}"), out


def test_a_dossier_past_64_mib_is_refused_unread(tmp_path):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as file:
        file.truncate((64 << 20) + 1)  # sparse: nothing is written, and nothing should be read
    code, out = _verify(tmp_path / "config", str(huge))
    assert code == 1 and out == f"{huge}: it is 67,108,865 bytes, more than the 67,108,864 bytes such a file may have."


def test_a_dossier_whose_name_holds_escapes_is_named_inert(tmp_path):
    """An archive can name a file anything: the name is printed with its escapes shown, like any text from outside."""
    hostile = tmp_path / "d\x1b]0;pwned\x07\x1b[2J.json"
    hostile.write_text("not json", "utf-8")
    code, out = _verify(tmp_path / "config", str(hostile))
    assert code == 1 and "\x1b" not in out and "\x07" not in out
    assert "d\\x1b]0;pwned\\x07\\x1b[2J.json" in out
