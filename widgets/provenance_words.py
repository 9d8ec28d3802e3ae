"""The Provenance panel's words for what a provenance report stores: a credential's state, the signer's trust, a
finding's strength, as the reviewer reads them; and an action of Content Credentials in one line. The report keeps
these values in English (the dossier's JSON does too); only what is drawn is translated."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.i18n import translate

STRONG, WORTH_A_LOOK, NOTE = "strong", "worth a look", "note"

CREDENTIAL_STATES = {
    "valid": QT_TRANSLATE_NOOP("Provenance panel", "Signed, and the signature matches the file"),
    "invalid": QT_TRANSLATE_NOOP(
        "Provenance panel", "Signed, but the file or its credentials changed after signing, or the signature is bad"
    ),
    "stored online": QT_TRANSLATE_NOOP("Provenance panel", "Stored online; ReelCheck does not fetch it"),
    "none": QT_TRANSLATE_NOOP("Provenance panel", "No Content Credentials in the file"),
    "unreadable": QT_TRANSLATE_NOOP("Provenance panel", "Could not be read"),
    "format not supported": QT_TRANSLATE_NOOP("Provenance panel", "Not readable from files of this kind"),
}
TRUST = {
    "on the trust list": QT_TRANSLATE_NOOP("Provenance panel", "On the trust list"),
    "not on the trust list": QT_TRANSLATE_NOOP("Provenance panel", "Not on the trust list"),
    "not checked against a trust list": QT_TRANSLATE_NOOP("Provenance panel", "Not checked against a trust list"),
}
STRENGTHS = {
    STRONG: QT_TRANSLATE_NOOP("Provenance panel", "strong"),
    WORTH_A_LOOK: QT_TRANSLATE_NOOP("Provenance panel", "worth a look"),
    NOTE: QT_TRANSLATE_NOOP("Provenance panel", "note"),
    # a watermark reading's
    "no watermark found": QT_TRANSLATE_NOOP("Provenance panel", "no watermark found"),
    "inconclusive": QT_TRANSLATE_NOOP("Provenance panel", "inconclusive"),
    "very likely": QT_TRANSLATE_NOOP("Provenance panel", "very likely"),
}


def shown(labels: Mapping[str, str], stored: str) -> str:
    """The label of a stored value in the reviewer's language; a value the panel does not know, as it is."""
    return translate("Provenance panel", labels[stored]) if stored in labels else stored


def action_line(action: Mapping) -> str:
    """'• created: made by a generative AI model (software: X), 2026-01-02', each part there when the action has it."""
    line = str(action.get("words") or action.get("action", ""))
    if action.get("source_words"):
        line = translate("Provenance panel", "{action}: {source}").format(action=line, source=action["source_words"])
    if action.get("software_agent"):
        line = translate("Provenance panel", "{action} (software: {software})").format(
            action=line, software=action["software_agent"]
        )
    if action.get("when"):
        line = translate("Provenance panel", "{action}, {when}").format(action=line, when=action["when"])
    return f"• {line}"
