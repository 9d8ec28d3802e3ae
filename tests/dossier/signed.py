"""A small signed dossier for the signing, verifying and trust tests: two evidence PNGs beside it, the clip it is
about, a claim in several scripts and a verdict, signed by Ana Ruiz's key in the test's own config folder."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from hashlib import sha256
from pathlib import Path

from app.dossier.signing import sign

REVIEWER = "Ana Ruiz"
CLAIM = "Le maire a dit « non » — 市长说 the bridge collapsed on Monday"
CREATED = "2026-01-15T10:00:00+00:00"


def png(width: int, height: int, shade: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes((shade + x + y) % 256 for x in range(width * 3)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def signed_dossier(folder: Path, key_folder: Path | None = None) -> tuple[Path, Path]:
    """Writes a signed dossier into `folder`/out and its clip into `folder`; returns (dossier path, clip path)."""
    clip = folder / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypisom" + bytes(range(256)) * 40)
    out = folder / "out"
    (out / "evidence").mkdir(parents=True)
    evidence = []
    for number in (12, 40):
        picture = out / "evidence" / f"frame_{number:04d}.png"
        picture.write_bytes(png(16, 9, number))
        evidence.append({"file": f"evidence/{picture.name}", "sha256": sha256(picture.read_bytes()).hexdigest()})
    document = {
        "version": 1,
        "created": CREATED,
        "clip": {"sha256": sha256(clip.read_bytes()).hexdigest(), "file_name": clip.name},
        "reviewer": REVIEWER,
        "claims": [{"text": CLAIM, "rating": "False"}],
        "verdict": {"content_rating": "False", "summary": "The bridge stands; the clip is generated."},
        "evidence": evidence,
        "signature": None,
    }
    path = out / "dossier.json"
    write(path, sign(document, out, key_folder))
    return path, clip


def write(path: Path, document: dict) -> None:
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def forge(path: Path, forger_keys: Path, **verdict: str) -> None:
    """What a forger does: changes the verdict, and signs again under the same reviewer name with a key of their
    own, freshly made."""
    document = read(path)
    document["verdict"].update(verdict)
    document["signature"] = None
    write(path, sign(document, path.parent, forger_keys))


def reelcheck(config: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """The `reelcheck` command, run as the user would, with `config` as the user's config folder."""
    environment = {**os.environ, "XDG_CONFIG_HOME": str(config)}
    command = [sys.executable, "-m", "app.main", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=environment)
