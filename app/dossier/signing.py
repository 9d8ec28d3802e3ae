"""The reviewer's signature on a JSON dossier, and `verify`: is this the dossier that was signed, with its files?

Each reviewer has an Ed25519 key in the user config folder, readable only by them. The key signs a short statement:
the SHA-256 of the document's canonical form (sorted keys, no spaces, UTF-8, without "signature"), which holds the
clip's, the evidence files' and the PDF's SHA-256, and the SHA-256 of each part, so a changed byte anywhere is found
and the part that changed is named from digests the signer vouched for. Whose key it is, is for trusted_keys to say.
No Qt here.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import errno
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.dossier.reviewer_keys import SigningError, fingerprint, reviewer_key
from app.files.regular import NotAFile, read_regular
from app.i18n import translate
from app.media.hashing import sha256_file

ALGORITHM = "Ed25519"
SIGNED_FORM = (
    'Ed25519 over the line "ReelCheck dossier signature" and the canonical JSON of this "signed" object (sorted '
    'keys, separators "," and ":", UTF-8, characters unescaped); its "sha256" is that of the canonical JSON of the '
    "document without \"signature\", which holds the clip's, the evidence files' and the PDF's SHA-256, and its "
    '"parts" that of each part'
)
# Dossiers signed before the part digests were signed: the signature covers the content alone. Still read.
CONTENT_ONLY_FORM = (
    'canonical JSON of the document without "signature" (sorted keys, separators "," and ":", UTF-8, '
    "characters unescaped), including the clip's and the evidence files' SHA-256"
)
# A signature on a statement can never pass for one on a dossier's content (which starts with "{"), nor the reverse.
_STATEMENT_PREFIX = b"ReelCheck dossier signature\n"
MAX_DOSSIER_BYTES = 64 << 20


@dataclass
class Verification:
    """What `verify` found: no problems means the dossier, its evidence files and (if given) the clip are as signed
    by the key with `fingerprint`; whether that key is one the reader trusts is not decided here."""

    problems: list[str] = field(default_factory=list)
    reviewer: str = ""
    key_id: str = ""
    fingerprint: str = ""  # of the key that made a valid signature, else empty
    dated: datetime.date | None = None  # the day the dossier says it was made
    evidence_files: int = 0
    pdf_checked: bool = False
    clip_checked: bool = False


# --- signing ---------------------------------------------------------------------------------------------------


def canonical_bytes(document: dict) -> bytes:
    """The bytes the signature covers: the document without "signature", as canonical JSON in UTF-8."""
    content = {key: value for key, value in document.items() if key != "signature"}
    return _canonical(content)


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def _part_digests(document: dict) -> dict[str, str]:
    """The SHA-256 of each part, of each field of a part that is an object and of each item of a part that is a
    list (numbered from 1), so that `verify` can name what changed from digests the signer vouched for."""
    digests = {}
    for key, value in document.items():
        if key == "signature":
            continue
        digests[key] = _digest(value)
        inner = value.items() if isinstance(value, dict) else enumerate(value, 1) if isinstance(value, list) else ()
        for name, inner_value in inner:
            digests[f"{key}.{name}"] = _digest(inner_value)
    return digests


def _digest(value: object) -> str:
    return hashlib.sha256(_canonical(value)).hexdigest()


def _statement_bytes(statement: dict) -> bytes:
    return _STATEMENT_PREFIX + _canonical(statement)


def sign(document: dict, folder: Path, key_folder: Path | None = None) -> dict:
    """Sign `document` (whose evidence files lie under `folder`) with its reviewer's key; returns the document."""
    for number, item in enumerate(_evidence(document)):
        if not isinstance(item, dict) or not isinstance(item.get("file"), str):
            raise SigningError(
                translate("Dossier signing", "Evidence entry {number} names no file, so it cannot be signed.").format(
                    number=number + 1
                )
            )
        path = _inside(folder, item["file"])
        if path is None:
            raise SigningError(
                translate("Dossier signing", "The evidence file {file} lies outside the dossier's folder.").format(
                    file=item["file"]
                )
            )
        try:
            actual = sha256_file(path)
        except OSError:
            raise SigningError(
                translate(
                    "Dossier signing", "The evidence file {file} is missing from {folder}; nothing was signed."
                ).format(file=item["file"], folder=folder)
            ) from None
        if actual != item.get("sha256"):
            raise SigningError(
                translate(
                    "Dossier signing",
                    "The evidence file {file} is not the one the dossier lists (its SHA-256 differs); nothing was "
                    "signed.",
                ).format(file=item["file"])
            )
    reviewer = document.get("reviewer")
    if not isinstance(reviewer, str):
        raise SigningError(
            translate("Dossier signing", "The dossier names no reviewer, so there is no key to sign it with.")
        )
    key = reviewer_key(reviewer, key_folder)
    try:
        statement = {
            "form": SIGNED_FORM,
            "sha256": hashlib.sha256(canonical_bytes(document)).hexdigest(),
            "parts": _part_digests(document),
        }
    except ValueError:
        raise SigningError(
            translate("Dossier signing", "The dossier holds a number that JSON cannot write (NaN or infinity).")
        ) from None
    public = key.public_key().public_bytes_raw()
    document["signature"] = {
        "algorithm": ALGORITHM,
        "public_key": base64.b64encode(public).decode("ascii"),
        "key_id": fingerprint(public)[:16],
        "signed": statement,
        "value": base64.b64encode(key.sign(_statement_bytes(statement))).decode("ascii"),
    }
    return document


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
    """`verify`, with what a verified dossier says about itself (reviewer, key, date, evidence files)."""
    result = Verification()
    document = _read(path, result.problems)
    if document is None:
        return result
    reviewer = document.get("reviewer")
    result.reviewer = reviewer if isinstance(reviewer, str) else translate("Dossier signing", "an unnamed reviewer")
    result.dated = _date_of(document.get("created"))
    _check_signature(document, result)
    _check_evidence(document, path.parent, result)
    _check_pdf(document, path.parent, result)
    if clip is not None:
        result.clip_checked = True
        _check_clip(document, clip, result.problems)
    if result.problems:
        result.fingerprint = ""  # a key vouches for nothing in a dossier that is not as it signed it
    return result


def _date_of(created: object) -> datetime.date | None:
    try:
        return datetime.datetime.fromisoformat(created).date() if isinstance(created, str) else None
    except ValueError:
        return None


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
        text = read_regular(path, MAX_DOSSIER_BYTES).decode("utf-8")
    except NotAFile as error:
        problems.append(
            translate("Dossier signing", "there is no such file.")
            if error.errno == errno.ENOENT
            else translate("Dossier signing", "it {reason}.").format(reason=error.reason)
        )
        return None
    except OSError as error:
        problems.append(translate("Dossier signing", "it could not be read ({why}).").format(why=error.strerror))
        return None
    except UnicodeDecodeError:
        problems.append(translate("Dossier signing", "it is not UTF-8 text, so not a JSON dossier."))
        return None
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as error:
        problems.append(
            translate("Dossier signing", "it is not valid JSON ({why} at line {line}, column {column}).").format(
                why=error.msg, line=error.lineno, column=error.colno
            )
        )
        return None
    except _DuplicateKey as error:
        # Python keeps the last of two equal keys, other readers the first: a second "verdict" added after signing
        # would verify here and be what others read.
        problems.append(
            translate("Dossier signing", "it holds the key '{key}' twice, so readers disagree on what it says.").format(
                key=error.args[0]
            )
        )
        return None
    except (ValueError, RecursionError):  # numbers too long to read, nesting too deep: not a dossier we wrote
        problems.append(
            translate(
                "Dossier signing",
                "it is not a JSON dossier ReelCheck can read (too deeply nested or too long numbers).",
            )
        )
        return None
    if not isinstance(document, dict):
        problems.append(translate("Dossier signing", "it is JSON but not a dossier (not an object)."))
        return None
    return document


def _check_signature(document: dict, result: Verification) -> None:
    problems = result.problems
    signature = document.get("signature")
    if signature is None:
        problems.append(translate("Dossier signing", "the dossier is not signed."))
        return
    if not isinstance(signature, dict) or signature.get("algorithm") != ALGORITHM:
        problems.append(
            translate(
                "Dossier signing", "the dossier's signature is not an {algorithm} signature this program can check."
            ).format(algorithm=ALGORITHM)
        )
        return
    public = _decode(signature.get("public_key"))
    value = _decode(signature.get("value"))
    key_id = signature.get("key_id")
    result.key_id = key_id if isinstance(key_id, str) else "?"
    if public is None or len(public) != 32:
        problems.append(translate("Dossier signing", "the signature's public key is damaged (not 32 bytes of base64)."))
        return
    if key_id != fingerprint(public)[:16]:
        problems.append(
            translate(
                "Dossier signing", "the signature's public key does not match its key id ({key_id}): it was changed."
            ).format(key_id=result.key_id)
        )
        return
    if value is None or len(value) != 64:
        problems.append(translate("Dossier signing", "the signature value is damaged (not 64 bytes of base64)."))
        return
    try:
        content = canonical_bytes(document)
    except ValueError:
        problems.append(
            translate(
                "Dossier signing", "the dossier holds a number that canonical JSON cannot write (NaN or infinity)."
            )
        )
        return
    statement = signature.get("signed")
    form = statement.get("form") if isinstance(statement, dict) else None
    if form == SIGNED_FORM:
        problem = _check_statement(document, statement, content, public, value)
    elif form == CONTENT_ONLY_FORM:
        problem = _check_content_only(content, public, value)
    else:
        problem = translate(
            "Dossier signing", "the signature is of a kind this version of ReelCheck cannot check (a newer one may)."
        )
    if problem:
        problems.append(problem)
    else:
        result.fingerprint = fingerprint(public)


def _valid(public: bytes, value: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(value, message)
    except InvalidSignature:
        return False
    return True


def _check_statement(document: dict, statement: dict, content: bytes, public: bytes, value: bytes) -> str:
    """The problem with a signed statement of digests, or "": first the signature on the statement, then the
    content against the statement's digest, naming the parts whose signed digests differ."""
    parts = statement.get("parts")
    if not (
        isinstance(statement.get("sha256"), str)
        and isinstance(parts, dict)
        and all(isinstance(d, str) for d in parts.values())
    ):
        return translate("Dossier signing", "the signature's list of signed digests is damaged.")
    try:
        message = _statement_bytes(statement)
    except ValueError:
        return translate("Dossier signing", "the signature's list of signed digests is damaged.")
    if not _valid(public, value, message):
        # The digests themselves are not what was signed, so they cannot say which part changed.
        return translate(
            "Dossier signing",
            "the signature value does not match what it says was signed: the value or its list of digests was changed.",
        )
    if statement["sha256"] == hashlib.sha256(content).hexdigest():
        return ""
    now = _part_digests(document)
    changed = sorted(name for name in parts.keys() | now.keys() if parts.get(name) != now.get(name))
    # A changed field or item is named instead of the part that holds it.
    changed = [name for name in changed if not any(other.startswith(f"{name}.") for other in changed)]
    if not changed:
        return translate("Dossier signing", "the signature does not match the dossier's content.")
    return translate(
        "Dossier signing", "the signature does not match the dossier's content (changed since signing: {parts})."
    ).format(parts=", ".join(changed))


def _check_content_only(content: bytes, public: bytes, value: bytes) -> str:
    if _valid(public, value, content):
        return ""
    # Such a dossier's part digests were not signed: anyone could have set them to blame another part.
    return translate(
        "Dossier signing",
        "the signature does not match the dossier's content (a dossier signed by an older ReelCheck, whose part "
        "digests were not signed, so which part changed cannot be told).",
    )


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
        result.problems.append(translate("Dossier signing", "the dossier's evidence is not a list of files."))
        return
    for number, item in enumerate(_evidence(document)):
        name = item.get("file") if isinstance(item, dict) else None
        if not isinstance(name, str):
            result.problems.append(
                translate("Dossier signing", "evidence entry {number} names no file.").format(number=number + 1)
            )
            continue
        if _file_matches(folder, name, item.get("sha256"), False, result.problems):
            result.evidence_files += 1


def _check_pdf(document: dict, folder: Path, result: Verification) -> None:
    pdf = document.get("pdf")
    if pdf is None:
        return
    name = pdf.get("file") if isinstance(pdf, dict) else None
    if not isinstance(name, str):
        result.problems.append(translate("Dossier signing", "the dossier's PDF entry names no file."))
        return
    result.pdf_checked = _file_matches(folder, name, pdf.get("sha256"), True, result.problems)


def _file_matches(folder: Path, name: str, expected: object, is_pdf: bool, problems: list[str]) -> bool:
    """Whether the file `name` (relative to `folder`) has the SHA-256 `expected`; says what is wrong if not. The
    file is the dossier's PDF, else an evidence file."""
    file = (
        translate("Dossier signing", "PDF {name}") if is_pdf else translate("Dossier signing", "evidence file {name}")
    ).format(name=name)
    path = _inside(folder, name) if "\0" not in name else None
    if path is None:
        problems.append(translate("Dossier signing", "{file}: lies outside the dossier's folder.").format(file=file))
        return False
    try:
        actual = sha256_file(path)
    except NotAFile as error:
        if error.errno == errno.ENOENT:
            problems.append(translate("Dossier signing", "{file}: is missing.").format(file=file))
        else:
            problems.append(translate("Dossier signing", "{file}: {reason}.").format(file=file, reason=error.reason))
        return False
    except OSError as error:
        problems.append(
            translate("Dossier signing", "{file}: could not be read ({why}).").format(file=file, why=error.strerror)
        )
        return False
    if actual != expected:
        mismatch = (
            translate(
                "Dossier signing",
                "{file}: its SHA-256 does not match the dossier's (the file changed, or the PDF was exported again "
                "without this JSON).",
            )
            if is_pdf
            else translate("Dossier signing", "{file}: its SHA-256 does not match the dossier's (the file changed).")
        )
        problems.append(mismatch.format(file=file))
        return False
    return True


def _check_clip(document: dict, clip: Path, problems: list[str]) -> None:
    expected = document.get("clip", {}).get("sha256") if isinstance(document.get("clip"), dict) else None
    if not isinstance(expected, str):
        problems.append(translate("Dossier signing", "the dossier holds no clip hash to check the clip against."))
        return
    try:
        actual = sha256_file(clip)
    except NotAFile as error:
        if error.errno == errno.ENOENT:
            problems.append(translate("Dossier signing", "clip {clip}: there is no such file.").format(clip=clip))
        else:
            problems.append(
                translate("Dossier signing", "clip {clip}: {reason}.").format(clip=clip, reason=error.reason)
            )
        return
    except OSError as error:
        problems.append(
            translate("Dossier signing", "clip {clip}: could not be read ({why}).").format(
                clip=clip, why=error.strerror
            )
        )
        return
    if actual != expected:
        problems.append(
            translate(
                "Dossier signing",
                "clip {clip}: its SHA-256 does not match the dossier's clip hash (another or a changed file).",
            ).format(clip=clip.name)
        )
