"""The reviewer's signing key: an Ed25519 key per reviewer name in the user config folder, made on first use and
readable only by its owner, and a key's fingerprint. No Qt here."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.files.regular import NotAFile, read_regular
from app.i18n import translate


class SigningError(Exception):
    """A sentence for the reviewer: why the dossier could not be signed (or the key not used)."""


def keys_folder() -> Path:
    from platformdirs import user_config_path

    return user_config_path("reelcheck", appauthor=False) / "keys"


def key_path(reviewer: str, folder: Path | None = None) -> Path:
    """The key file of `reviewer`: a file-safe name, made unique by a short hash when characters were replaced."""
    if not reviewer.strip():
        raise SigningError(
            translate("Dossier signing", "The dossier names no reviewer, so there is no key to sign it with.")
        )
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", reviewer).strip("._") or "reviewer"
    if safe != reviewer:
        safe = f"{safe[:60]}-{hashlib.sha256(reviewer.encode('utf-8')).hexdigest()[:8]}"
    return (folder or keys_folder()) / f"{safe}.pem"


def reviewer_key(reviewer: str, folder: Path | None = None) -> Ed25519PrivateKey:
    """The reviewer's signing key, made on first use (mode 0600, in a 0700 folder) and reused afterwards."""
    path = key_path(reviewer, folder)
    if not path.exists():
        _create_key(path)
    return load_key(path)


def _create_key(path: Path) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)
    except OSError as error:
        raise SigningError(
            translate("Dossier signing", "Could not make the key folder {folder} ({why}).").format(
                folder=path.parent, why=error.strerror
            )
        ) from None
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        # Created private from the start: the key is never readable by others, not even for a moment.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(pem)
            file.flush()
            os.fsync(file.fileno())
        # A link, not a rename: if another export made the key meanwhile, theirs is kept and used.
        with contextlib.suppress(FileExistsError):
            os.link(partial, path)
    except OSError as error:
        raise SigningError(
            translate("Dossier signing", "Could not write the signing key {path} ({why}).").format(
                path=path, why=error.strerror
            )
        ) from None
    finally:
        partial.unlink(missing_ok=True)


def load_key(path: Path) -> Ed25519PrivateKey:
    """The private key in `path`, if it is one and private to its owner; else SigningError in words."""
    try:
        mode = path.stat().st_mode
        if os.name == "posix" and mode & 0o077:
            words = translate(
                "Dossier signing",
                "The signing key {path} can be read or changed by other users (mode {mode}); make it private "
                "(chmod 600 '{path}') before signing with it.",
            )
            raise SigningError(words.format(path=path, mode=f"{stat.S_IMODE(mode):o}"))
        pem = read_regular(path, 64 << 10)
    except NotAFile as error:
        raise SigningError(translate("Dossier signing", "The signing key {problem}.").format(problem=error)) from None
    except OSError as error:
        raise SigningError(
            translate("Dossier signing", "Could not read the signing key {path} ({why}).").format(
                path=path, why=error.strerror
            )
        ) from None
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        raise SigningError(
            translate("Dossier signing", "The signing key {path} is damaged or not an unencrypted Ed25519 key.").format(
                path=path
            )
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError(
            translate("Dossier signing", "The signing key {path} is not an Ed25519 key.").format(path=path)
        )
    return key


def fingerprint(public: bytes) -> str:
    """A key's fingerprint: the SHA-256 of its 32 raw bytes in hex (its first 16 digits are the dossier's key id,
    too short to trust a key by)."""
    return hashlib.sha256(public).hexdigest()
