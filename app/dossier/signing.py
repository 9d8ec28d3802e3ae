"""The reviewer's signature on a JSON dossier, and `verify`: is this the dossier that was signed, with its files?

Each reviewer has an Ed25519 key in the user config folder, readable only by them. The signature covers the canonical
form of the document (sorted keys, no spaces, UTF-8, without "signature"), which holds the clip's and the evidence
files' SHA-256, so a changed byte in the JSON or in a file is found. No Qt here.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.media.hashing import sha256_file

ALGORITHM = "Ed25519"
SIGNED_FORM = (
    'canonical JSON of the document without "signature" (sorted keys, separators "," and ":", UTF-8, '
    "characters unescaped), including the clip's and the evidence files' SHA-256"
)


class SigningError(Exception):
    """A sentence for the reviewer: why the dossier could not be signed (or the key not used)."""


@dataclass
class Verification:
    """What `verify` found: no problems means the dossier, its evidence files and (if given) the clip are as signed."""

    problems: list[str] = field(default_factory=list)
    reviewer: str = ""
    key_id: str = ""
    evidence_files: int = 0
    pdf_checked: bool = False
    clip_checked: bool = False


# --- the reviewer's key ---------------------------------------------------------------------------------------


def keys_folder() -> Path:
    from platformdirs import user_config_path

    return user_config_path("reelcheck", appauthor=False) / "keys"


def key_path(reviewer: str, folder: Path | None = None) -> Path:
    """The key file of `reviewer`: a file-safe name, made unique by a short hash when characters were replaced."""
    if not reviewer.strip():
        raise SigningError("The dossier names no reviewer, so there is no key to sign it with.")
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", reviewer).strip("._") or "reviewer"
    if safe != reviewer:
        safe = f"{safe[:60]}-{hashlib.sha256(reviewer.encode('utf-8')).hexdigest()[:8]}"
    return (folder or keys_folder()) / f"{safe}.pem"


def reviewer_key(reviewer: str, folder: Path | None = None) -> Ed25519PrivateKey:
    """The reviewer's signing key, made on first use (mode 0600, in a 0700 folder) and reused afterwards."""
    path = key_path(reviewer, folder)
    if not path.exists():
        _create_key(path)
    return _load_key(path)


def _create_key(path: Path) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)
    except OSError as error:
        raise SigningError(f"Could not make the key folder {path.parent} ({error.strerror}).") from None
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
        raise SigningError(f"Could not write the signing key {path} ({error.strerror}).") from None
    finally:
        partial.unlink(missing_ok=True)


def _load_key(path: Path) -> Ed25519PrivateKey:
    try:
        mode = path.stat().st_mode
        if os.name == "posix" and mode & 0o077:
            raise SigningError(
                f"The signing key {path} can be read or changed by other users (mode {stat.S_IMODE(mode):o}); "
                f"make it private (chmod 600 '{path}') before signing with it."
            )
        pem = path.read_bytes()
    except OSError as error:
        raise SigningError(f"Could not read the signing key {path} ({error.strerror}).") from None
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        raise SigningError(f"The signing key {path} is damaged or not an unencrypted Ed25519 key.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError(f"The signing key {path} is not an Ed25519 key.")
    return key


# --- signing ---------------------------------------------------------------------------------------------------


def canonical_bytes(document: dict) -> bytes:
    """The bytes the signature covers: the document without "signature", as canonical JSON in UTF-8."""
    content = {key: value for key, value in document.items() if key != "signature"}
    return _canonical(content)


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def _part_digests(document: dict) -> dict[str, str]:
    """Short digests of each part (and of each field of a part that is an object), so that `verify` can name the
    part that changed. They only name; the signature alone decides."""
    digests = {}
    for key, value in document.items():
        if key == "signature":
            continue
        digests[key] = _short_digest(value)
        if isinstance(value, dict):
            for inner, inner_value in value.items():
                digests[f"{key}.{inner}"] = _short_digest(inner_value)
    return digests


def _short_digest(value: object) -> str:
    return hashlib.sha256(_canonical(value)).hexdigest()[:16]


def sign(document: dict, folder: Path, key_folder: Path | None = None) -> dict:
    """Sign `document` (whose evidence files lie under `folder`) with its reviewer's key; returns the document."""
    for number, item in enumerate(_evidence(document)):
        if not isinstance(item, dict) or not isinstance(item.get("file"), str):
            raise SigningError(f"Evidence entry {number + 1} names no file, so it cannot be signed.")
        path = _inside(folder, item["file"])
        if path is None:
            raise SigningError(f"The evidence file {item['file']} lies outside the dossier's folder.")
        try:
            actual = sha256_file(path)
        except OSError:
            raise SigningError(
                f"The evidence file {item['file']} is missing from {folder}; nothing was signed."
            ) from None
        if actual != item.get("sha256"):
            raise SigningError(
                f"The evidence file {item['file']} is not the one the dossier lists (its SHA-256 differs); "
                "nothing was signed."
            )
    reviewer = document.get("reviewer")
    if not isinstance(reviewer, str):
        raise SigningError("The dossier names no reviewer, so there is no key to sign it with.")
    key = reviewer_key(reviewer, key_folder)
    try:
        content = canonical_bytes(document)
        parts = _part_digests(document)
    except ValueError:
        raise SigningError("The dossier holds a number that JSON cannot write (NaN or infinity).") from None
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    document["signature"] = {
        "algorithm": ALGORITHM,
        "public_key": base64.b64encode(public).decode("ascii"),
        "key_id": _key_id(public),
        "signed": {"form": SIGNED_FORM, "sha256": hashlib.sha256(content).hexdigest(), "parts": parts},
        "value": base64.b64encode(key.sign(content)).decode("ascii"),
    }
    return document


def _key_id(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:16]


def _evidence(document: dict) -> list:
    evidence = document.get("evidence") or []
    return evidence if isinstance(evidence, list) else []


def _inside(folder: Path, relative: str) -> Path | None:
    if Path(relative).is_absolute():
        return None
    path = (folder / relative).resolve()
    return path if path.is_relative_to(folder.resolve()) else None


# --- verifying -------------------------------------------------------------------------------------------------


def verify(path: Path, clip: Path | None = None) -> list[str]:
    """The problems found in the dossier at `path` (and in `clip`, if given), in words; an empty list: verified."""
    return check(path, clip).problems


def check(path: Path, clip: Path | None = None) -> Verification:
    """`verify`, with what a verified dossier says about itself (reviewer, key id, evidence files)."""
    result = Verification()
    document = _read(path, result.problems)
    if document is None:
        return result
    reviewer = document.get("reviewer")
    result.reviewer = reviewer if isinstance(reviewer, str) else "an unnamed reviewer"
    _check_signature(document, result)
    _check_evidence(document, path.parent, result)
    _check_pdf(document, path.parent, result)
    if clip is not None:
        result.clip_checked = True
        _check_clip(document, clip, result.problems)
    return result


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    keys = [key for key, _ in pairs]
    for key in keys:
        if keys.count(key) > 1:
            raise _DuplicateKey(key)
    return dict(pairs)


def _read(path: Path, problems: list[str]) -> dict | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append("there is no such file.")
        return None
    except OSError as error:
        problems.append(f"it could not be read ({error.strerror}).")
        return None
    except UnicodeDecodeError:
        problems.append("it is not UTF-8 text, so not a JSON dossier.")
        return None
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as error:
        problems.append(f"it is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno}).")
        return None
    except _DuplicateKey as error:
        # Python keeps the last of two equal keys, other readers the first: a second "verdict" added after signing
        # would verify here and be what others read.
        problems.append(f"it holds the key '{error.args[0]}' twice, so readers disagree on what it says.")
        return None
    except (ValueError, RecursionError):  # numbers too long to read, nesting too deep: not a dossier we wrote
        problems.append("it is not a JSON dossier ReelCheck can read (too deeply nested or too long numbers).")
        return None
    if not isinstance(document, dict):
        problems.append("it is JSON but not a dossier (not an object).")
        return None
    return document


def _check_signature(document: dict, result: Verification) -> None:
    problems = result.problems
    signature = document.get("signature")
    if signature is None:
        problems.append("the dossier is not signed.")
        return
    if not isinstance(signature, dict) or signature.get("algorithm") != ALGORITHM:
        problems.append(f"the dossier's signature is not an {ALGORITHM} signature this program can check.")
        return
    public = _decode(signature.get("public_key"))
    value = _decode(signature.get("value"))
    key_id = signature.get("key_id")
    result.key_id = key_id if isinstance(key_id, str) else "?"
    if public is None or len(public) != 32:
        problems.append("the signature's public key is damaged (not 32 bytes of base64).")
        return
    if key_id != _key_id(public):
        problems.append(f"the signature's public key does not match its key id ({result.key_id}): it was changed.")
        return
    if value is None or len(value) != 64:
        problems.append("the signature value is damaged (not 64 bytes of base64).")
        return
    try:
        content = canonical_bytes(document)
    except ValueError:
        problems.append("the dossier holds a number that canonical JSON cannot write (NaN or infinity).")
        return
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(value, content)
    except InvalidSignature:
        problems.append(_mismatch(document, signature, content))


def _mismatch(document: dict, signature: dict, content: bytes) -> str:
    """Which part changed since signing, from the digests stored beside the signature (they name, never decide)."""
    signed = signature.get("signed") if isinstance(signature.get("signed"), dict) else {}
    if signed.get("sha256") == hashlib.sha256(content).hexdigest():
        return "the signature value does not match the dossier: the value was changed (or made with another key)."
    recorded = signed.get("parts") if isinstance(signed.get("parts"), dict) else {}
    now = _part_digests(document)
    changed = sorted(name for name in recorded.keys() | now.keys() if recorded.get(name) != now.get(name))
    # A changed field is named instead of the object that holds it.
    changed = [name for name in changed if not any(other.startswith(f"{name}.") for other in changed)]
    where = f" (changed since signing: {', '.join(changed)})" if changed else ""
    return f"the signature does not match the dossier's content{where}."


def _decode(text: object) -> bytes | None:
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    # Unused low bits of the last character would decode the same: a changed one is a change too.
    return raw if base64.b64encode(raw).decode("ascii") == text else None


def _check_evidence(document: dict, folder: Path, result: Verification) -> None:
    evidence = document.get("evidence")
    if evidence is not None and not isinstance(evidence, list):
        result.problems.append("the dossier's evidence is not a list of files.")
        return
    for number, item in enumerate(_evidence(document)):
        name = item.get("file") if isinstance(item, dict) else None
        if not isinstance(name, str):
            result.problems.append(f"evidence entry {number + 1} names no file.")
            continue
        if _file_matches(folder, name, item.get("sha256"), "evidence file", result.problems):
            result.evidence_files += 1


def _check_pdf(document: dict, folder: Path, result: Verification) -> None:
    pdf = document.get("pdf")
    if pdf is None:
        return
    name = pdf.get("file") if isinstance(pdf, dict) else None
    if not isinstance(name, str):
        result.problems.append("the dossier's PDF entry names no file.")
        return
    result.pdf_checked = _file_matches(folder, name, pdf.get("sha256"), "PDF", result.problems)


def _file_matches(folder: Path, name: str, expected: object, kind: str, problems: list[str]) -> bool:
    """Whether the file `name` (relative to `folder`) has the SHA-256 `expected`; says what is wrong if not."""
    path = _inside(folder, name) if "\0" not in name else None
    if path is None:
        problems.append(f"{kind} {name}: lies outside the dossier's folder.")
        return False
    if not path.exists():
        problems.append(f"{kind} {name}: is missing.")
        return False
    if not path.is_file():  # a folder, or a pipe that would never end
        problems.append(f"{kind} {name}: is not a regular file.")
        return False
    try:
        actual = sha256_file(path)
    except OSError as error:
        problems.append(f"{kind} {name}: could not be read ({error.strerror}).")
        return False
    if actual != expected:
        why = "the file changed" + (", or the PDF was exported again without this JSON" if kind == "PDF" else "")
        problems.append(f"{kind} {name}: its SHA-256 does not match the dossier's ({why}).")
        return False
    return True


def _check_clip(document: dict, clip: Path, problems: list[str]) -> None:
    expected = document.get("clip", {}).get("sha256") if isinstance(document.get("clip"), dict) else None
    if not isinstance(expected, str):
        problems.append("the dossier holds no clip hash to check the clip against.")
        return
    try:
        actual = sha256_file(clip)
    except FileNotFoundError:
        problems.append(f"clip {clip}: there is no such file.")
        return
    except OSError as error:
        problems.append(f"clip {clip}: could not be read ({error.strerror}).")
        return
    if actual != expected:
        problems.append(
            f"clip {clip.name}: its SHA-256 does not match the dossier's clip hash (another or a changed file)."
        )
