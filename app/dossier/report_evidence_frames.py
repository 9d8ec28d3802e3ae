"""The dossier's evidence frames: each pinned frame as large as the page allows, with its caption, note and hash.
No Qt."""

from __future__ import annotations

from app.dossier.palette import MUTED
from app.dossier.report_markup import (
    BODY_WIDTH_PX,
    KEEP_STYLE,
    evidence_url,
    fine_print,
    frame_time,
    printed,
    section_heading,
)
from app.i18n import translate

EVIDENCE_HEIGHT_PX = 380  # at most: two tall phone frames and their captions share a page


def evidence_section(document: dict, sizes: dict[str, tuple[int, int]]) -> str:
    out = section_heading(translate("Dossier PDF", "Evidence frames"))
    if not document["evidence"]:
        return out + fine_print(translate("Dossier PDF", "No evidence frames were pinned."))
    for number, item in enumerate(document["evidence"], 1):
        overlay = item["overlay"].replace("+", ", ") or translate("Dossier PDF", "none (the frame as decoded)")
        about = [
            translate("Dossier PDF", "frame {number}").format(number=f"{item['frame']:,}"),
            frame_time(document, item["frame"]),
            translate("Dossier PDF", "overlay: {overlay}").format(overlay=overlay),
        ]
        if regions := len(item["regions"]):
            marked = (
                translate("Dossier PDF", "1 region marked")
                if regions == 1
                else translate("Dossier PDF", "{count} regions marked").format(count=regions)
            )
            about.append(marked)
        if item["overlay_not_drawn"]:
            not_drawn = translate("Dossier PDF", "not drawn here: {overlays}")
            about.append(not_drawn.format(overlays=", ".join(item["overlay_not_drawn"])))
        caption = " · ".join([f"<b>E{number}</b>", *(printed(words) for words in about)])
        note = f"<p style='{KEEP_STYLE}font-size:10pt;margin:2px 0'>{printed(item['note'])}</p>" if item["note"] else ""
        width, height = _fitted(sizes.get(evidence_url(item["id"])))
        # The picture, its caption, note and hash stay on one page.
        out += (
            f"<p style='{KEEP_STYLE}margin-top:14px;margin-bottom:4px'>"
            f"<img src='{evidence_url(item['id'])}' width='{width}' height='{height}'/></p>"
            f"<p style='{KEEP_STYLE}margin:0;font-size:9pt'>{caption}</p>{note}"
            f"<p style='font-size:7.5pt;color:{MUTED};margin-top:0'>PNG SHA-256 "
            f"<span style='font-family:monospace'>{printed(item['sha256'])}</span></p>"
        )
    return out


def _fitted(size: tuple[int, int] | None) -> tuple[int, int]:
    """A picture's shown width and height: the column's width, or less for a tall one."""
    width, height = size or (16, 9)
    shown = min(BODY_WIDTH_PX, round(EVIDENCE_HEIGHT_PX * width / max(height, 1)))
    return shown, round(shown * height / max(width, 1))
