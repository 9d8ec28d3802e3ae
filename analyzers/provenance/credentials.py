"""Content Credentials (C2PA): what a clip's signed manifest declares, read offline with c2pa-python.

Nothing is fetched: a manifest stored online is named, not downloaded, and certificate status (OCSP) is not
asked for. "No Content Credentials" is absence of evidence, never evidence that a clip is authentic.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from analyzers.provenance.c2pa_words import (
    action_words,
    declares_ai,
    joined,
    problem_words,
    relationship_words,
    source_type_words,
    with_code,
)
from analyzers.translatable import QT_TRANSLATE_NOOP, Said

log = logging.getLogger(__name__)

# What the reader found, in one word each.
NONE = "none"  # no Content Credentials in the file
VALID = "valid"  # signed, and the signature and the hashes of the file match
INVALID = "invalid"  # signed, but the file or the manifest changed after signing, or the signature is bad
REMOTE = "stored online"  # the file points to a manifest stored online, which ReelCheck does not fetch
UNREADABLE = "unreadable"  # the file or its manifest could not be read
UNSUPPORTED = "format not supported"  # c2pa reads no Content Credentials from files of this kind

# Whether the signer was checked against the reviewer's trust list.
TRUSTED = "on the trust list"
UNTRUSTED = "not on the trust list"
NOT_CHECKED = "not checked against a trust list"

ABSENCE_SENTENCE = Said(
    QT_TRANSLATE_NOOP(
        "Provenance",
        "No Content Credentials were found in this file. That is absence of evidence, not evidence of "
        "authenticity: most cameras, apps and platforms write none, and re-encoding or uploading strips them.",
    )
)

# Remote manifests and certificate status checks stay off, and an empty host list forbids every request
# c2pa could still make (it treats unknown setting names as absent, so the host list is the second lock).
OFFLINE_SETTINGS = {
    "verify": {"remote_manifest_fetch": False, "ocsp_fetch": False},
    "core": {"allowed_network_hosts": []},
}
_TRUST_CODES = frozenset(
    {"signingCredential.untrusted", "signingCredential.trusted", "timeStamp.untrusted", "timeStamp.trusted"}
)
_REMOTE_URL = re.compile(r"(?:from url|remote URI)\s+\"?([^\s\"]+)")
_MAX_DEPTH = 16


@dataclass(frozen=True)
class Problem:
    """One validation status code c2pa reported, with what it means in words."""

    code: str
    words: str
    explanation: str  # c2pa's own short text
    where: str  # the part of the manifest it concerns


@dataclass(frozen=True)
class Action:
    action: str  # the C2PA label, e.g. c2pa.created
    words: str
    source_type: str  # the digitalSourceType URI, or ""
    source_words: str
    software_agent: str
    when: str
    declares_ai_generation: bool  # its source type says a generative AI model made the content


@dataclass(frozen=True)
class Ingredient:
    title: str
    format: str
    relationship: str  # parentOf, componentOf, inputTo
    relationship_words: str
    has_credentials: bool  # the ingredient carried its own manifest
    declares_ai_generation: bool
    problems: tuple[str, ...]  # its validation problems, in words, each followed by its code
    ingredients: tuple[Ingredient, ...]


@dataclass(frozen=True)
class ContentCredentials:
    """What a file's Content Credentials say, worded for a reviewer. Safe to pass between threads."""

    path: str
    state: str  # NONE, VALID, INVALID, REMOTE, UNREADABLE or UNSUPPORTED
    trust: str  # TRUSTED, UNTRUSTED, NOT_CHECKED, or "" when there is no signature to check
    summary: str  # one sentence the UI can show first
    notes: tuple[str, ...]  # further sentences: why a file could not be read, a trust list problem, ...
    problems: tuple[Problem, ...]
    issuer: str  # the signing certificate's organisation
    signer: str  # the signing certificate's common name
    signing_time: str  # from a trusted timestamp, "" when the manifest has none
    claim_generator: str
    title: str
    actions: tuple[Action, ...]
    declares_ai_generation: bool
    ingredients: tuple[Ingredient, ...]
    remote_url: str

    @property
    def present(self) -> bool:
        return self.state in (VALID, INVALID, REMOTE)

    @property
    def ingredient_declares_ai(self) -> bool:
        """Whether a file this one was made from, at any depth, declares it was made by generative AI."""
        return any(i.declares_ai_generation for i in _walk(self.ingredients))

    def as_dict(self) -> dict:
        return {**asdict(self), "present": self.present}


def read_credentials(path: Path, trust_anchors_pem: Path | None = None) -> ContentCredentials:
    """Read and validate the Content Credentials of `path`; never raises for a bad file, says why instead.

    `trust_anchors_pem` is a PEM file of the CA certificates the reviewer trusts; without it the signer is
    reported as not checked against a trust list.
    """
    path = Path(path)
    notes: list[str] = []
    anchors = _trust_anchors(trust_anchors_pem, notes)
    if not path.is_file():
        why = "does not exist" if not path.exists() else "is not a file"
        return _finding(path, UNREADABLE, f"{path.name} {why}, so no Content Credentials could be read.", notes)
    try:
        with path.open("rb") as stream:
            store = _read_store(stream, _reader_format(path), anchors)
    except OSError as error:
        log.warning("Could not read %s for Content Credentials", path, exc_info=error)
        return _finding(path, UNREADABLE, f"{path.name} could not be read ({error.strerror or error}).", notes)
    except Exception as error:  # c2pa reports every kind of bad input as an exception
        return _from_error(path, error, notes)
    return _from_store(path, store, trusted_list=anchors is not None, notes=notes)


def _trust_anchors(pem_path: Path | None, notes: list[str]) -> str | None:
    if pem_path is None:
        return None
    try:
        data = Path(pem_path).read_bytes()
        certificates = x509.load_pem_x509_certificates(data)
    except OSError as error:
        log.warning("Could not read the trust list %s: %s", pem_path, error)
        notes.append(
            f"The trust list {Path(pem_path).name} could not be read, so the signer was not checked against it."
        )
        return None
    except ValueError as error:
        log.warning("The trust list %s holds no usable certificates: %s", pem_path, error)
        notes.append(
            f"The trust list {Path(pem_path).name} holds no readable PEM certificates, so the signer was not checked."
        )
        return None
    return "".join(c.public_bytes(Encoding.PEM).decode("ascii") for c in certificates)


def _settings(anchors: str | None) -> dict:
    if anchors is None:
        return {**OFFLINE_SETTINGS, "verify": {**OFFLINE_SETTINGS["verify"], "verify_trust": False}}
    # trust_anchors replaces c2pa's own anchors: the reviewer's list is the only one.
    return {**OFFLINE_SETTINGS, "trust": {"trust_anchors": anchors}}


def _reader_format(path: Path) -> str | None:
    import c2pa

    extension = path.suffix.lower().lstrip(".")
    # None lets c2pa recognise the container from its bytes.
    return extension if extension in c2pa.Reader.get_supported_mime_types() else None


def _read_store(stream, format_: str | None, anchors: str | None) -> dict | None:
    import c2pa

    context = c2pa.Context.from_dict(_settings(anchors))
    try:
        reader = c2pa.Reader.try_create(format_, stream, None, context)
        if reader is None:
            return None
        with reader:
            return json.loads(reader.json())
    finally:
        context.close()


def _finding(path: Path, state: str, summary: str, notes: list[str], remote_url: str = "") -> ContentCredentials:
    return ContentCredentials(
        path=str(path),
        state=state,
        trust="",
        summary=summary,
        notes=tuple(notes),
        problems=(),
        issuer="",
        signer="",
        signing_time="",
        claim_generator="",
        title="",
        actions=(),
        declares_ai_generation=False,
        ingredients=(),
        remote_url=remote_url,
    )


def _from_error(path: Path, error: Exception, notes: list[str]) -> ContentCredentials:
    import c2pa

    message = str(error)
    remote = _REMOTE_URL.search(message)
    if remote and message.startswith("Remote"):
        url = remote.group(1)
        words = QT_TRANSLATE_NOOP(
            "Provenance",
            "This file points to Content Credentials stored online at {url}; ReelCheck does not fetch them, so they "
            "were not checked.",
        )
        return _finding(path, REMOTE, Said(words, url=url), notes, remote_url=url)
    if isinstance(error, c2pa.C2paError.NotSupported):
        words = QT_TRANSLATE_NOOP(
            "Provenance",
            "Content Credentials cannot be read from {kind} files, so none were looked for in {name}; that says "
            "nothing either way about where the file came from.",
        )
        kind = path.suffix.lower() or Said(QT_TRANSLATE_NOOP("Provenance", "files of this kind"))
        return _finding(path, UNSUPPORTED, Said(words, kind=kind, name=path.name), notes)
    log.warning("Could not read the Content Credentials of %s", path, exc_info=error)
    notes.append(f"c2pa said: {message}")
    if isinstance(error, c2pa.C2paError.Io):
        words = QT_TRANSLATE_NOOP("Provenance", "{name} could not be read.")
    elif "asset could not be parsed" in message:
        words = QT_TRANSLATE_NOOP(
            "Provenance",
            "{name} could not be parsed (it may be truncated or damaged), so its Content Credentials, if any, could "
            "not be read.",
        )
    else:
        words = QT_TRANSLATE_NOOP(
            "Provenance",
            "{name} carries Content Credentials that are damaged and could not be read; the file may have been "
            "corrupted or tampered with.",
        )
    return _finding(path, UNREADABLE, Said(words, name=path.name), notes)


def _from_store(path: Path, store: dict | None, trusted_list: bool, notes: list[str]) -> ContentCredentials:
    if store is None:
        return _finding(path, NONE, ABSENCE_SENTENCE, notes)
    manifests = store.get("manifests") or {}
    active = manifests.get(store.get("active_manifest", "")) or {}
    codes = [s for s in store.get("validation_status") or [] if isinstance(s, dict)]
    problems = tuple(
        Problem(
            code=str(s.get("code", "")),
            words=problem_words(str(s.get("code", ""))),
            explanation=str(s.get("explanation", "")),
            where=str(s.get("url", "")),
        )
        for s in codes
        if s.get("code") not in _TRUST_CODES or trusted_list
    )
    validation = str(store.get("validation_state", ""))
    state = INVALID if validation == "Invalid" or not active else VALID
    # An invalid file is never "Trusted" as a whole; whether its signer was on the list is still worth saying.
    successes = ((store.get("validation_results") or {}).get("activeManifest") or {}).get("success") or []
    signer_trusted = validation == "Trusted" or any(
        isinstance(s, dict) and s.get("code") == "signingCredential.trusted" for s in successes
    )
    trust = (TRUSTED if signer_trusted else UNTRUSTED) if trusted_list else NOT_CHECKED
    signature = active.get("signature_info") or {}
    actions = _actions(active)
    ingredients = tuple(_ingredient(i, manifests, 1) for i in active.get("ingredients") or [] if isinstance(i, dict))
    ai = any(a.declares_ai_generation for a in actions)
    credentials = ContentCredentials(
        path=str(path),
        state=state,
        trust=trust,
        summary="",
        notes=tuple(notes),
        problems=problems,
        issuer=str(signature.get("issuer", "")),
        signer=str(signature.get("common_name", "")),
        signing_time=str(signature.get("time", "")),
        claim_generator=_claim_generator(active),
        title=str(active.get("title", "")),
        actions=actions,
        declares_ai_generation=ai,
        ingredients=ingredients,
        remote_url="",
    )
    return _with_summary(credentials)


def _actions(manifest: dict) -> tuple[Action, ...]:
    found = []
    for assertion in manifest.get("assertions") or []:
        if not isinstance(assertion, dict) or not str(assertion.get("label", "")).startswith("c2pa.actions"):
            continue
        for action in (assertion.get("data") or {}).get("actions") or []:
            if not isinstance(action, dict):
                continue
            label = str(action.get("action", ""))
            source = str(action.get("digitalSourceType", ""))
            agent = action.get("softwareAgent", "")
            if isinstance(agent, dict):
                agent = " ".join(str(agent[k]) for k in ("name", "version") if agent.get(k))
            found.append(
                Action(
                    action=label,
                    words=action_words(label),
                    source_type=source,
                    source_words=source_type_words(source) if source else "",
                    software_agent=str(agent),
                    when=str(action.get("when", "")),
                    declares_ai_generation=declares_ai(source),
                )
            )
    return tuple(found)


def _ingredient(entry: dict, manifests: dict, depth: int) -> Ingredient:
    manifest = manifests.get(entry.get("active_manifest", "")) if entry.get("active_manifest") else None
    nested: tuple[Ingredient, ...] = ()
    ai = False
    if isinstance(manifest, dict):
        ai = any(a.declares_ai_generation for a in _actions(manifest))
        if depth < _MAX_DEPTH:  # a manifest store is data from outside: never trust it to end
            nested = tuple(
                _ingredient(i, manifests, depth + 1) for i in manifest.get("ingredients") or [] if isinstance(i, dict)
            )
    results = (entry.get("validation_results") or {}).get("activeManifest") or {}
    failures = [f for f in results.get("failure") or [] if isinstance(f, dict) and f.get("code") not in _TRUST_CODES]
    relationship = str(entry.get("relationship", ""))
    return Ingredient(
        title=str(entry.get("title", "")),
        format=str(entry.get("format", "")),
        relationship=relationship,
        relationship_words=relationship_words(relationship),
        has_credentials=isinstance(manifest, dict),
        declares_ai_generation=ai or any(nested_ai.declares_ai_generation for nested_ai in nested),
        problems=tuple(with_code(problem_words(code), code) for code in (str(f.get("code", "")) for f in failures)),
        ingredients=nested,
    )


def _claim_generator(manifest: dict) -> str:
    info = manifest.get("claim_generator_info")
    if isinstance(info, list) and info and isinstance(info[0], dict):
        return " ".join(str(info[0][k]) for k in ("name", "version") if info[0].get(k))
    return str(manifest.get("claim_generator", ""))


def _with_summary(credentials: ContentCredentials) -> ContentCredentials:
    who = credentials.issuer or credentials.signer
    if credentials.state == INVALID:
        said = list(dict.fromkeys(p.words for p in credentials.problems))
        what = joined(said) if said else Said(QT_TRANSLATE_NOOP("Provenance", "the manifest is incomplete"))
        listed = Said(_LISTED[credentials.trust]) if credentials.trust in _LISTED else ""
        words = (
            QT_TRANSLATE_NOOP(
                "Provenance", "Content Credentials signed by {who}{listed} are present but do not validate: {what}."
            )
            if who
            else QT_TRANSLATE_NOOP("Provenance", "Content Credentials{listed} are present but do not validate: {what}.")
        )
        summary = Said(words, who=who, listed=listed, what=what)
    else:
        words = QT_TRANSLATE_NOOP("Provenance", "Valid Content Credentials, signed by {who} ({trust}).")
        who = who or Said(QT_TRANSLATE_NOOP("Provenance", "an unnamed signer"))
        summary = Said(words, who=who, trust=Said(_TRUST[credentials.trust]))
    if credentials.declares_ai_generation:
        words = QT_TRANSLATE_NOOP("Provenance", "{summary} They declare the content was made by a generative AI model.")
        summary = Said(words, summary=summary)
    elif credentials.ingredient_declares_ai:
        words = QT_TRANSLATE_NOOP(
            "Provenance", "{summary} An ingredient's Content Credentials declare it was made by a generative AI model."
        )
        summary = Said(words, summary=summary)
    return replace(credentials, summary=summary)


# A signer's standing, in the summary's words (marked for translation, context "Provenance").
_LISTED = {
    TRUSTED: QT_TRANSLATE_NOOP("Provenance", " (a signer on your trust list)"),
    UNTRUSTED: QT_TRANSLATE_NOOP("Provenance", " (not on your trust list)"),
}
_TRUST = {
    TRUSTED: QT_TRANSLATE_NOOP("Provenance", "a signer on your trust list"),
    UNTRUSTED: QT_TRANSLATE_NOOP("Provenance", "a signer who is not on your trust list"),
    NOT_CHECKED: QT_TRANSLATE_NOOP("Provenance", "a signer not checked against a trust list"),
}


def _walk(ingredients: tuple[Ingredient, ...]):
    for ingredient in ingredients:
        yield ingredient
        yield from _walk(ingredient.ingredients)
