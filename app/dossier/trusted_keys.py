"""Whose signatures count: the trusted signers file (keys by fingerprint or PEM, with names, revocations and
rotations), this machine's own keys, and what a dossier's signing key is to the reader. No Qt here.

A valid signature only proves that the dossier is as its key's holder left it; anyone can make a key and sign under
any name. Only a key the reader knows (their own, or one in the organisation's file) makes a dossier verified.

The file, one key after another (`reelcheck key export` writes one such entry; several can simply be joined):

    # a comment
    <fingerprint: 64 hex digits>  or  a PEM public key block
    name: Ana Ruiz, Example Fact Check
    revoked: 2026-05-02                       (lost or stolen: never trusted again)
    replaced: 2026-03-01 by <fingerprint>     (an older key, trusted for dossiers dated before that day)
"""

from __future__ import annotations

import base64
import datetime
import json
import logging
import re
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.dossier.reviewer_keys import SigningError, fingerprint, keys_folder, load_key
from app.files.regular import NotAFile, read_regular
from app.i18n import translate
from app.text.shown import one_line

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1 << 20  # thousands of keys; a bigger file is not a keys file
_FINGERPRINT = re.compile(r"[0-9a-fA-F]{64}")
_PEM_BEGIN = "-----BEGIN PUBLIC KEY-----"
_PEM_END = "-----END PUBLIC KEY-----"


class TrustedKeysError(Exception):
    """The trusted keys (or the setting naming them) cannot be used; the message says where and why."""


@dataclass(frozen=True)
class TrustedKey:
    """One key the reader knows, and what they know about it."""

    fingerprint: str
    name: str = ""
    revoked: datetime.date | None = None
    replaced: datetime.date | None = None
    replaced_by: str = ""

    @property
    def label(self) -> str:
        return self.name or translate("Trusted keys", "key {key_id}").format(key_id=self.fingerprint[:16])

    def state(self) -> str:
        """What this key is now, in a few words (for the Trusted signers window)."""
        if self.revoked:
            return translate("Trusted keys", "revoked on {date}").format(date=self.revoked.isoformat())
        if self.replaced:
            return translate("Trusted keys", "replaced on {date}").format(date=self.replaced.isoformat())
        return translate("Trusted keys", "trusted")


@dataclass(frozen=True)
class TrustedSigners:
    """The keys whose signatures the reader accepts (with revoked and replaced ones named), and where they came
    from."""

    keys: tuple[TrustedKey, ...] = ()
    source: Path | None = None

    def find(self, key_fingerprint: str) -> TrustedKey | None:
        return next((k for k in self.keys if k.fingerprint == key_fingerprint.lower()), None)


class Outcome(Enum):
    TRUSTED = "trusted"
    OLDER_KEY = "an older key, dated before it was replaced"
    UNKNOWN = "not a key you trust"
    REVOKED = "a revoked key"
    RETIRED = "an older key, dated after it was replaced"


@dataclass(frozen=True)
class Standing:
    """What the dossier's (validly signing) key is to the reader, and the words for it."""

    outcome: Outcome
    words: str

    @property
    def trusted(self) -> bool:
        return self.outcome in (Outcome.TRUSTED, Outcome.OLDER_KEY)


def judge(signers: TrustedSigners, key_fingerprint: str, dated: datetime.date | None) -> Standing:
    """The standing of the key `key_fingerprint` that made a valid signature on a dossier dated `dated`."""
    key = signers.find(key_fingerprint)
    if key is None:
        words = translate(
            "Trusted keys",
            "the signature is valid, but key {fingerprint} is not one you trust (anyone can make a key and sign under "
            "any name): check this fingerprint with the signer, in person or by phone, then add their key to your "
            "trusted keys (--trusted-keys FILE, or Edit > Trusted signers in the player)",
        )
        return Standing(Outcome.UNKNOWN, words.format(fingerprint=key_fingerprint))
    if key.revoked:
        words = translate(
            "Trusted keys",
            "signed by a revoked key (revoked on {date}): {name}, key {fingerprint}; the signature is valid, but "
            "whoever holds this key may not be its owner",
        )
        return Standing(
            Outcome.REVOKED, words.format(date=key.revoked.isoformat(), name=key.label, fingerprint=key.fingerprint)
        )
    if key.replaced:
        names = {"name": key.label, "replaced": key.replaced.isoformat()}
        if dated is not None and dated < key.replaced:
            words = translate(
                "Trusted keys",
                "signed by an older key of {name}, replaced on {replaced} (the dossier is dated {dated}, before that)",
            )
            return Standing(Outcome.OLDER_KEY, words.format(**names, dated=dated.isoformat()))
        newer = key.replaced_by or translate("Trusted keys", "(not named)")
        if dated is None:
            words = translate(
                "Trusted keys",
                "signed by an older key of {name}, replaced on {replaced}, but the dossier is undated: ask {name} why "
                "it is not signed with their new key {newer}",
            )
        else:
            words = translate(
                "Trusted keys",
                "signed by an older key of {name}, replaced on {replaced}, but the dossier is dated {dated}, after "
                "that: ask {name} why it is not signed with their new key {newer}",
            )
        return Standing(Outcome.RETIRED, words.format(**names, newer=newer, dated=dated and dated.isoformat()))
    words = translate("Trusted keys", "signed by {name} (key {fingerprint})")
    return Standing(Outcome.TRUSTED, words.format(name=key.label, fingerprint=key.fingerprint))


# --- the file ---------------------------------------------------------------------------------------------------


def read_trusted_keys(path: Path) -> TrustedSigners:
    """The keys in the trusted keys file at `path` (its format is above). Raises TrustedKeysError naming the line."""
    try:
        text = read_regular(path, MAX_FILE_BYTES).decode("utf-8")
    except NotAFile as error:
        raise TrustedKeysError(
            translate("Trusted keys", "The trusted keys file {problem}.").format(problem=error)
        ) from None
    except UnicodeDecodeError:
        raise TrustedKeysError(
            translate("Trusted keys", "The trusted keys file {path} is not UTF-8 text.").format(path=path)
        ) from None
    return TrustedSigners(parse_trusted_keys(text, path.name), path)


def parse_trusted_keys(text: str, where: str | None = None) -> tuple[TrustedKey, ...]:
    """The keys in the text of a trusted keys file (named `where`), in order; TrustedKeysError names the first line
    that is wrong."""
    where = where or translate("Trusted keys", "the trusted keys")
    keys: list[TrustedKey] = []
    first_line: dict[str, int] = {}
    lines = text.splitlines()
    number = 0
    while number < len(lines):
        line = lines[number].strip()
        number += 1
        if not line or line.startswith("#"):
            continue
        key_line = number

        def fail(why: str, at: int = number) -> TrustedKeysError:
            words = translate("Trusted keys", "{file}, line {line}: {why} (the format: reelcheck verify --help).")
            return TrustedKeysError(words.format(file=where, line=at, why=why))

        if line == _PEM_BEGIN:
            body = []
            while number < len(lines) and lines[number].strip() != _PEM_END:
                body.append(lines[number].strip())
                number += 1
            if number == len(lines):
                raise fail(translate("Trusted keys", "the PEM block has no {end} line").format(end=_PEM_END), key_line)
            number += 1
            key = TrustedKey(_pem_fingerprint("".join(body), fail))
        elif _FINGERPRINT.fullmatch(line):
            key = TrustedKey(line.lower())
        elif ":" in line:
            if not keys:
                raise fail(translate("Trusted keys", "a line about a key comes before any key"))
            field, _, value = line.partition(":")
            keys[-1] = _with_field(keys[-1], field.strip().lower(), value.strip(), fail)
            continue
        elif "PRIVATE KEY-----" in line:
            raise fail(
                translate(
                    "Trusted keys",
                    "this is a private key, which must never leave its owner: ask for `reelcheck key export`",
                )
            )
        elif re.fullmatch(r"[0-9a-fA-F]{8,63}", line):
            raise fail(
                translate(
                    "Trusted keys",
                    "{text} is too short for a fingerprint (64 hex digits); a short key id is too easy to imitate",
                ).format(text=line)
            )
        else:
            raise fail(
                translate(
                    "Trusted keys",
                    "this is neither a fingerprint, a PEM public key nor a 'name:', 'revoked:' or 'replaced:' line",
                )
            )
        if key.fingerprint in first_line:
            first = first_line[key.fingerprint]
            raise fail(
                translate(
                    "Trusted keys", "the key {fingerprint} is listed a second time (first on line {line})"
                ).format(fingerprint=key.fingerprint, line=first)
            )
        first_line[key.fingerprint] = key_line
        keys.append(key)
    return tuple(keys)


def _pem_fingerprint(body: str, fail) -> str:
    try:
        der = base64.b64decode(body, validate=True)
        public = serialization.load_der_public_key(der)
    except (ValueError, TypeError):
        raise fail(translate("Trusted keys", "the PEM block is not a public key")) from None
    if not isinstance(public, Ed25519PublicKey):
        raise fail(
            translate("Trusted keys", "the PEM block is not an Ed25519 public key, the kind ReelCheck signs with")
        )
    return fingerprint(public.public_bytes_raw())


def _with_field(key: TrustedKey, field: str, value: str, fail) -> TrustedKey:
    if field == "name":
        return replace(key, name=value)
    if field == "revoked":
        return replace(key, revoked=_date(value, fail))
    if field == "replaced":
        day, _, newer = value.partition(" by ")
        newer = newer.strip().lower()
        if newer and not _FINGERPRINT.fullmatch(newer):
            raise fail(
                translate("Trusted keys", "'{text}' after 'by' is not a fingerprint (64 hex digits)").format(text=newer)
            )
        return replace(key, replaced=_date(day.strip(), fail), replaced_by=newer)
    raise fail(
        translate("Trusted keys", "'{field}' is not something a key can have (name, revoked, replaced)").format(
            field=field
        )
    )


def _date(text: str, fail) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise fail(translate("Trusted keys", "'{text}' is not a date written YYYY-MM-DD").format(text=text)) from None


def exported_key(public: bytes, name: str) -> str:
    """A public key as a colleague adds it to their trusted keys: a comment with its fingerprint, the PEM block (as
    OpenSSL reads it) and the owner's name."""
    pem = (
        Ed25519PublicKey.from_public_bytes(public)
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )
    name = one_line(" ".join(name.split()))  # one inert line: a name cannot add lines about the key
    return (
        f"# ReelCheck signing key of {name}\n"
        f"# fingerprint {fingerprint(public)}: check it with its owner before trusting it\n"
        f"{pem}"
        f"name: {name}\n"
    )


# --- what the reader trusts ---------------------------------------------------------------------------------------


def settings_path() -> Path:
    """The plain settings file both the command line and the player read: which trusted keys file is chosen."""
    from platformdirs import user_config_path

    return user_config_path("reelcheck", appauthor=False) / "trusted-signers.json"


def chosen_keys_file() -> Path | None:
    """The trusted keys file chosen in the settings (Edit > Trusted signers), or None."""
    path = settings_path()
    if not path.exists():
        return None
    try:
        setting = json.loads(read_regular(path, 64 << 10).decode("utf-8"))
        chosen = setting["trusted_keys"]
    except NotAFile as error:
        raise TrustedKeysError(
            translate("Trusted keys", "The trusted signers setting {problem}.").format(problem=error)
        ) from None
    except (ValueError, KeyError, TypeError):
        raise TrustedKeysError(
            translate("Trusted keys", "The trusted signers setting {path} is damaged; choose the file again.").format(
                path=path
            )
        ) from None
    return Path(chosen) if isinstance(chosen, str) and chosen else None


def choose_keys_file(chosen: Path | None) -> None:
    """Sets (or with None, clears) the trusted keys file in the settings."""
    from app.files.atomic import write_text_atomically

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = str(Path(chosen).resolve()) if chosen else ""
    write_text_atomically(path, json.dumps({"trusted_keys": value}, ensure_ascii=False) + "\n")


def own_keys(folder: Path | None = None) -> tuple[TrustedKey, ...]:
    """This machine's signing keys (one per reviewer name), trusted here: the reader signed with them."""
    folder = folder or keys_folder()
    keys = []
    for path in sorted(folder.glob("*.pem")) if folder.is_dir() else ():
        try:
            key = load_key(path)
        except SigningError as error:  # not this machine's usable key: it cannot vouch for anything
            log.warning("%s", error)
            continue
        own = translate("Trusted keys", "your own key on this machine")
        keys.append(TrustedKey(fingerprint(key.public_key().public_bytes_raw()), own))
    return tuple(keys)


def trusted_signers(keys_file: Path | None = None, use_settings: bool = True) -> TrustedSigners:
    """The keys the reader trusts: those in `keys_file` (else the one chosen in the settings) and this machine's own.
    What the file says about an own key (revoked, replaced) wins."""
    if keys_file is None and use_settings:
        keys_file = chosen_keys_file()
    listed = read_trusted_keys(keys_file) if keys_file is not None else TrustedSigners()
    known = {k.fingerprint for k in listed.keys}
    own = tuple(k for k in own_keys() if k.fingerprint not in known)
    return TrustedSigners(listed.keys + own, keys_file)
