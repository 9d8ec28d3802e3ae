"""The dossier's audit trail: every edit made to the clip's review, oldest first, in the reader's words. No Qt."""

from __future__ import annotations

from datetime import datetime

from app.dossier.report_markup import fine_print, printed, ruled_table, section_heading
from app.i18n import translate
from app.i18n.dates import format_datetime
from app.text.audit import AuditContext, audit_lines


def audit_section(document: dict) -> str:
    out = section_heading(translate("Dossier PDF", "Audit trail"))
    if not document["audit"]:
        return out + fine_print(translate("Dossier PDF", "No edits are recorded for this clip."))
    context = AuditContext(
        fps=float((document["clip"].get("media") or {}).get("average_rate") or 0),
        claims={claim["id"]: claim["number"] for claim in document["claims"]},
        evidence={item["id"]: f"E{number}" for number, item in enumerate(document["evidence"], 1)},
    )
    rows = [
        [
            printed(_moment(entry["at"])),
            printed(entry["reviewer"] or "—"),
            "<br/>".join(printed(line) for line in audit_lines(entry, context)),
        ]
        for entry in document["audit"]
    ]
    header = [
        translate("Dossier PDF", "When"),
        translate("Dossier PDF", "Who"),
        translate("Dossier PDF", "What changed"),
    ]
    return (
        out
        + fine_print(translate("Dossier PDF", "Every edit made to this clip's review, oldest first."))
        + ruled_table(rows, [19, 15, 66], header)
    )


def _moment(iso: str) -> str:
    """A stored ISO 8601 time as the reader writes it, to the second and with its time zone."""
    try:
        return format_datetime(datetime.fromisoformat(iso), seconds=True)
    except ValueError:
        return iso
