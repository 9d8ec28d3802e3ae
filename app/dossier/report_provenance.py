"""The dossier's provenance and media facts: each finding (Content Credentials, watermarks, visible marks) with its
details, then the media facts panel's sections. No Qt."""

from __future__ import annotations

from app.dossier.labels import value_words
from app.dossier.palette import MUTED, STRENGTH_COLOURS
from app.dossier.report_markup import (
    KEEP_STYLE,
    badge,
    fine_print,
    labelled_rows,
    monospace,
    printed,
    ruled_table,
    section_heading,
)
from app.i18n import translate


def provenance_section(document: dict, media_rows: list[tuple[str, list[tuple[str, str]]]]) -> str:
    provenance = document["provenance"]
    out = section_heading(translate("Dossier PDF", "Provenance and media facts"))
    findings = provenance.get("findings") or []
    rows = [
        [
            badge(value_words(f.get("strength") or "note"), STRENGTH_COLOURS.get(f.get("strength"), MUTED), "7.5pt"),
            f"<b>{printed(f.get('title', ''))}</b><br/>{printed(f.get('sentence', ''))}{_finding_details(f)}",
        ]
        for f in findings
    ]
    if rows:
        out += ruled_table(rows, [16, 84])
    out += fine_print(translate("Provenance", provenance.get("note") or ""))
    for section, pairs in media_rows:
        out += f"<h3 style='{KEEP_STYLE}font-size:10.5pt;margin-top:12px'>{printed(section)}</h3>" + labelled_rows(
            [(label, monospace(value) if label == "SHA-256" else printed(value)) for label, value in pairs]
        )
    return out


def _finding_details(finding: dict) -> str:
    """The signer, actions and ingredients of Content Credentials; the bits matched of each watermark; the frames
    and place a visible mark was read on."""
    details = finding.get("details") or {}
    lines: list[str] = []

    def labelled(label: str, value: object) -> str:
        return translate("Dossier PDF", "{label}: {value}").format(label=label, value=value)

    if finding.get("kind") == "content_credentials" and details.get("present"):
        for label, key in (
            (translate("Dossier PDF", "Signed by"), "signer"),
            (translate("Dossier PDF", "Issuer"), "issuer"),
            (translate("Dossier PDF", "Signed at"), "signing_time"),
            (translate("Dossier PDF", "Made with"), "claim_generator"),
            (translate("Dossier PDF", "Signer"), "trust"),
        ):
            if details.get(key):
                lines.append(labelled(label, details[key]))
        for action in details.get("actions") or []:
            words = action.get("words") or action.get("action")
            if action.get("source_words"):
                words = translate("Dossier PDF", "{action}: {source}").format(
                    action=words, source=action["source_words"]
                )
            lines.append(labelled(translate("Dossier PDF", "Action"), words))
        ingredient = translate("Dossier PDF", "Ingredient")
        lines += [labelled(ingredient, line) for line in _ingredient_lines(details.get("ingredients") or [], 0)]
        problem = translate("Dossier PDF", "Problem")
        lines += [labelled(problem, p.get("words") or p.get("code")) for p in details.get("problems") or []]
    if finding.get("kind") == "watermark":
        lines += [
            translate("Dossier PDF", "{mark}: {matched} of {total} bits match ({strength})").format(
                mark=r["mark"], matched=r["bits_matched"], total=r["bits_total"], strength=value_words(r["strength"])
            )
            for r in details.get("readings") or []
        ]
    if finding.get("kind") == "visible_mark" and details.get("seen"):
        lines.append(str(details["seen"]))  # which frames, where on them
    if not lines:
        return ""
    return f"<br/><span style='font-size:8pt;color:{MUTED}'>{'<br/>'.join(printed(x) for x in lines)}</span>"


def _ingredient_lines(ingredients: list[dict], depth: int) -> list[str]:
    lines = []
    for item in ingredients:
        title = item.get("title") or translate("Dossier PDF", "untitled")
        relationship = item.get("relationship_words") or ""
        about = (
            translate("Dossier PDF", "{title} ({relationship}, declares generative AI)")
            if item.get("declares_ai_generation")
            else translate("Dossier PDF", "{title} ({relationship})")
        )
        lines.append("· " * depth + about.format(title=title, relationship=relationship))
        lines += _ingredient_lines(item.get("ingredients") or [], depth + 1)
    return lines
