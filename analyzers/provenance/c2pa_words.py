"""The C2PA vocabulary in a reviewer's words: digital source types, actions, ingredient relationships and validation
status codes, each marked for translation (context "Provenance") and said next to its code."""

from __future__ import annotations

from analyzers.translatable import QT_TRANSLATE_NOOP, Said

# The IPTC digital source types (https://cv.iptc.org/newscodes/digitalsourcetype/), known by their last path
# segment so the http, https and older c2pa.org spellings all match.
SOURCE_TYPES = {
    "trainedAlgorithmicMedia": QT_TRANSLATE_NOOP("Provenance", "made by a generative AI model"),
    "compositeWithTrainedAlgorithmicMedia": QT_TRANSLATE_NOOP(
        "Provenance", "a composite that includes elements made by a generative AI model"
    ),
    "trainedAlgorithmicData": QT_TRANSLATE_NOOP("Provenance", "made by a generative AI model (older C2PA term)"),
    "algorithmicMedia": QT_TRANSLATE_NOOP(
        "Provenance", "made by an algorithm without training data (not generative AI)"
    ),
    "compositeSynthetic": QT_TRANSLATE_NOOP(
        "Provenance", "a composite that includes synthetic (computer-made) elements"
    ),
    "algorithmicallyEnhanced": QT_TRANSLATE_NOOP(
        "Provenance", "a capture enhanced by an algorithm (such as AI upscaling or denoising)"
    ),
    "digitalCapture": QT_TRANSLATE_NOOP("Provenance", "captured from real life by a digital camera or recorder"),
    "computationalCapture": QT_TRANSLATE_NOOP(
        "Provenance", "captured from real life with computational photography (as most phones do)"
    ),
    "negativeFilm": QT_TRANSLATE_NOOP("Provenance", "digitised from a photographic negative"),
    "positiveFilm": QT_TRANSLATE_NOOP("Provenance", "digitised from a photographic positive (slide)"),
    "print": QT_TRANSLATE_NOOP("Provenance", "digitised from a print"),
    "minorHumanEdits": QT_TRANSLATE_NOOP("Provenance", "a capture with minor human edits"),
    "humanEdits": QT_TRANSLATE_NOOP("Provenance", "edited by a person"),
    "compositeCapture": QT_TRANSLATE_NOOP("Provenance", "a composite of several captures"),
    "composite": QT_TRANSLATE_NOOP("Provenance", "a composite of several elements"),
    "digitalArt": QT_TRANSLATE_NOOP("Provenance", "made by a person with digital tools"),
    "digitalCreation": QT_TRANSLATE_NOOP("Provenance", "made by a person with digital tools"),
    "dataDrivenMedia": QT_TRANSLATE_NOOP("Provenance", "made by a program from data (such as a chart or map)"),
    "virtualRecording": QT_TRANSLATE_NOOP("Provenance", "a recording of a virtual scene (such as a video game)"),
    "screenCapture": QT_TRANSLATE_NOOP("Provenance", "a screen capture"),
    "empty": QT_TRANSLATE_NOOP("Provenance", "no source type stated"),
}
# The source types that declare generation by a generative AI model, in whole or in part.
AI_SOURCE_TYPES = frozenset(
    {"trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia", "trainedAlgorithmicData"}
)

ACTIONS = {
    "c2pa.created": QT_TRANSLATE_NOOP("Provenance", "created"),
    "c2pa.opened": QT_TRANSLATE_NOOP("Provenance", "opened an existing file"),
    "c2pa.placed": QT_TRANSLATE_NOOP("Provenance", "placed another file into it"),
    "c2pa.edited": QT_TRANSLATE_NOOP("Provenance", "edited"),
    "c2pa.edited.metadata": QT_TRANSLATE_NOOP("Provenance", "edited its metadata"),
    "c2pa.color_adjustments": QT_TRANSLATE_NOOP("Provenance", "adjusted its colours"),
    "c2pa.cropped": QT_TRANSLATE_NOOP("Provenance", "cropped"),
    "c2pa.resized": QT_TRANSLATE_NOOP("Provenance", "resized"),
    "c2pa.orientation": QT_TRANSLATE_NOOP("Provenance", "rotated or flipped"),
    "c2pa.filtered": QT_TRANSLATE_NOOP("Provenance", "applied a filter"),
    "c2pa.drawing": QT_TRANSLATE_NOOP("Provenance", "drew on it"),
    "c2pa.converted": QT_TRANSLATE_NOOP("Provenance", "converted to another format"),
    "c2pa.transcoded": QT_TRANSLATE_NOOP("Provenance", "re-encoded"),
    "c2pa.repackaged": QT_TRANSLATE_NOOP("Provenance", "re-packaged without re-encoding"),
    "c2pa.published": QT_TRANSLATE_NOOP("Provenance", "published"),
    "c2pa.produced": QT_TRANSLATE_NOOP("Provenance", "produced"),
    "c2pa.removed": QT_TRANSLATE_NOOP("Provenance", "removed something"),
    "c2pa.redacted": QT_TRANSLATE_NOOP("Provenance", "redacted part of its Content Credentials"),
    "c2pa.watermarked": QT_TRANSLATE_NOOP("Provenance", "added a watermark"),
    "c2pa.translated": QT_TRANSLATE_NOOP("Provenance", "translated"),
    "c2pa.managed": QT_TRANSLATE_NOOP("Provenance", "managed by an asset management system"),
    "c2pa.deleted": QT_TRANSLATE_NOOP("Provenance", "deleted part of it"),
    "c2pa.unknown": QT_TRANSLATE_NOOP("Provenance", "changed in an unstated way"),
}

RELATIONSHIPS = {
    "parentOf": QT_TRANSLATE_NOOP("Provenance", "the file this one was made from"),
    "componentOf": QT_TRANSLATE_NOOP("Provenance", "a part placed into this file"),
    "inputTo": QT_TRANSLATE_NOOP("Provenance", "an input used to make this file (such as a prompt image)"),
}

# Validation status codes of the C2PA specification, in words; the code's prefix covers codes not listed.
PROBLEMS = {
    "assertion.dataHash.mismatch": QT_TRANSLATE_NOOP("Provenance", "the file's content changed after it was signed"),
    "assertion.bmffHash.mismatch": QT_TRANSLATE_NOOP("Provenance", "the video's content changed after it was signed"),
    "assertion.boxesHash.mismatch": QT_TRANSLATE_NOOP("Provenance", "the file's content changed after it was signed"),
    "assertion.collectionHash.mismatch": QT_TRANSLATE_NOOP(
        "Provenance", "files in the signed collection changed after signing"
    ),
    "assertion.hashedURI.mismatch": QT_TRANSLATE_NOOP(
        "Provenance", "a statement in the manifest was changed after it was signed"
    ),
    "assertion.missing": QT_TRANSLATE_NOOP("Provenance", "a statement the signature covers is missing"),
    "assertion.inaccessible": QT_TRANSLATE_NOOP("Provenance", "a statement in the manifest could not be read"),
    "assertion.undeclared": QT_TRANSLATE_NOOP(
        "Provenance", "the manifest holds a statement the signature does not cover"
    ),
    "assertion.multipleHardBindings": QT_TRANSLATE_NOOP(
        "Provenance", "the manifest binds itself to the file more than once"
    ),
    "assertion.action.ingredientMismatch": QT_TRANSLATE_NOOP(
        "Provenance", "an action names an ingredient that does not match"
    ),
    "claim.missing": QT_TRANSLATE_NOOP("Provenance", "the manifest has no claim"),
    "claim.multiple": QT_TRANSLATE_NOOP("Provenance", "the manifest has more than one claim"),
    "claim.hardBindings.missing": QT_TRANSLATE_NOOP("Provenance", "the manifest is not bound to the file's content"),
    "claim.cbor.invalid": QT_TRANSLATE_NOOP("Provenance", "the claim is malformed"),
    "claimSignature.missing": QT_TRANSLATE_NOOP("Provenance", "the signature is missing"),
    "claimSignature.mismatch": QT_TRANSLATE_NOOP(
        "Provenance", "the signature does not match the manifest, which was altered after signing"
    ),
    "claimSignature.outsideValidity": QT_TRANSLATE_NOOP(
        "Provenance", "the signature was made outside the certificate's validity period"
    ),
    "signingCredential.untrusted": QT_TRANSLATE_NOOP(
        "Provenance", "the signer's certificate is not on your trust list"
    ),
    "signingCredential.invalid": QT_TRANSLATE_NOOP(
        "Provenance", "the signer's certificate is not valid for signing Content Credentials"
    ),
    "signingCredential.revoked": QT_TRANSLATE_NOOP("Provenance", "the signer's certificate was revoked"),
    "signingCredential.expired": QT_TRANSLATE_NOOP("Provenance", "the signer's certificate had expired"),
    "signingCredential.ocsp.revoked": QT_TRANSLATE_NOOP("Provenance", "the signer's certificate was revoked"),
    "timeStamp.mismatch": QT_TRANSLATE_NOOP("Provenance", "the timestamp does not match the signature"),
    "timeStamp.untrusted": QT_TRANSLATE_NOOP("Provenance", "the timestamp authority is not on a trust list"),
    "timeStamp.outsideValidity": QT_TRANSLATE_NOOP(
        "Provenance", "the timestamp lies outside the certificate's validity period"
    ),
    "manifest.missing": QT_TRANSLATE_NOOP("Provenance", "a manifest the file refers to is missing"),
    "manifest.inaccessible": QT_TRANSLATE_NOOP("Provenance", "a manifest could not be read"),
    "manifest.multipleParents": QT_TRANSLATE_NOOP("Provenance", "the manifest names more than one parent file"),
    "ingredient.manifest.missing": QT_TRANSLATE_NOOP("Provenance", "an ingredient's Content Credentials are missing"),
    "ingredient.hashedURI.mismatch": QT_TRANSLATE_NOOP(
        "Provenance", "an ingredient's Content Credentials changed after this file was signed"
    ),
    "ingredient.claimSignature.mismatch": QT_TRANSLATE_NOOP(
        "Provenance", "an ingredient's signature does not match its manifest"
    ),
    "algorithm.unsupported": QT_TRANSLATE_NOOP(
        "Provenance", "it was signed or hashed with an algorithm c2pa does not accept"
    ),
    "general.error": QT_TRANSLATE_NOOP("Provenance", "an error occurred while validating"),
}
_PROBLEM_PREFIXES = {
    "assertion.": QT_TRANSLATE_NOOP("Provenance", "a statement in the manifest failed validation"),
    "claim.": QT_TRANSLATE_NOOP("Provenance", "the claim failed validation"),
    "claimSignature.": QT_TRANSLATE_NOOP("Provenance", "the signature failed validation"),
    "signingCredential.": QT_TRANSLATE_NOOP("Provenance", "the signer's certificate failed validation"),
    "timeStamp.": QT_TRANSLATE_NOOP("Provenance", "the timestamp failed validation"),
    "manifest.": QT_TRANSLATE_NOOP("Provenance", "the manifest failed validation"),
    "ingredient.": QT_TRANSLATE_NOOP("Provenance", "an ingredient's Content Credentials failed validation"),
}


def source_type_name(uri: str) -> str:
    """A digital source type's name, the last segment of its URI (trainedAlgorithmicMedia)."""
    return uri.rstrip("/").rsplit("/", 1)[-1]


def source_type_words(uri: str) -> str:
    known = SOURCE_TYPES.get(source_type_name(uri))
    return Said(known) if known else Said(QT_TRANSLATE_NOOP("Provenance", "source type {uri}"), uri=uri)


def declares_ai(uri: str) -> bool:
    return bool(uri) and source_type_name(uri) in AI_SOURCE_TYPES


def action_words(label: str) -> str:
    """The action in words (a Said); an action the specification does not name, as its label."""
    return Said(ACTIONS[label]) if label in ACTIONS else label


def relationship_words(relationship: str) -> str:
    return Said(RELATIONSHIPS[relationship]) if relationship in RELATIONSHIPS else relationship


def problem_words(code: str) -> str:
    """A validation status code in words (a Said): its own, else its family's; a code of no known family, as itself."""
    if code in PROBLEMS:
        return Said(PROBLEMS[code])
    prefix = next((words for start, words in _PROBLEM_PREFIXES.items() if code.startswith(start)), "")
    return Said(prefix) if prefix else code


def with_code(words: str, code: str) -> str:
    """Words followed by the code they say (a reviewer may look the code up); the code alone when it has no words
    of its own."""
    return Said(CODED, said=words, code=code) if words != code else code


CODED = QT_TRANSLATE_NOOP("Provenance", "{said} ({code})")
_JOINED = QT_TRANSLATE_NOOP("Provenance", "{first}; {then}")


def joined(parts: list[str]) -> str:
    """Parts said one after the other, as one Said (each part may be translated)."""
    said = parts[0]
    for part in parts[1:]:
        said = Said(_JOINED, first=said, then=part)
    return said
