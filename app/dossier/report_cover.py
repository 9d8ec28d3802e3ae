"""The dossier's cover page: the verdict, the clip's identity and source, a strip of frames across the clip. No Qt."""

from __future__ import annotations

from app.dossier.content import document_draft_reasons
from app.dossier.labels import list_words, value_words
from app.dossier.palette import DRAFT, MUTED, VERDICT_COLOURS
from app.dossier.report_markup import (
    BODY_WIDTH_PX,
    KEYFRAMES,
    day,
    fine_print,
    keyframe_url,
    labelled_rows,
    link,
    monospace,
    printed,
    subheading,
)
from app.i18n import translate
from app.text.timecode import format_timecode


def cover_page(document: dict, keyframes: list[dict]) -> str:
    clip, verdict = document["clip"], document.get("verdict")
    media = clip.get("media") or {}
    organisation = document["organisation"]["name"] or "ReelCheck"
    if verdict:
        words = value_words(verdict["authenticity"]) or translate("Dossier PDF", "No authenticity assessment")
        colour = VERDICT_COLOURS.get(verdict["authenticity"], MUTED)
        summary = printed(verdict["summary"]) or fine_print(translate("Dossier PDF", "The reviewer wrote no summary."))
        status = value_words(verdict["status"] or "")
        by = translate("Dossier PDF", "{reviewer}, {date}").format(
            reviewer=verdict["reviewer"] or translate("Dossier PDF", "unnamed reviewer"),
            date=day(verdict["decided_at"]) if verdict["decided_at"] else translate("Dossier PDF", "undated"),
        )
    else:
        words, colour, summary, status, by = translate("Dossier PDF", "No verdict recorded"), MUTED, "", "", ""
    picture = (
        f"{media.get('display_width', '?')} x {media.get('display_height', '?')}, "
        f"{float(media.get('average_rate') or 0):.3f} fps, {media.get('codec', '?')}"
    )
    identity = [
        (translate("Dossier PDF", "File"), printed(clip["file_name"])),
        ("SHA-256", monospace(clip["sha256"])),
        (translate("Dossier PDF", "Duration"), printed(format_timecode(float(media.get("duration") or 0)))),
        (translate("Dossier PDF", "Size"), printed(_size(int(clip["size"])))),
        (translate("Dossier PDF", "Picture"), printed(picture)),
    ]
    source = clip.get("source") or {}
    if source.get("url"):
        identity.append((translate("Dossier PDF", "Source"), link(source["url"])))
    for label, key in (
        (translate("Dossier PDF", "Platform"), "platform"),
        (translate("Dossier PDF", "Uploader"), "uploader"),
        (translate("Dossier PDF", "Uploaded"), "upload_date"),
        (translate("Dossier PDF", "Title"), "title"),
    ):
        if source.get(key):
            identity.append((label, printed(day(source[key]) if key == "upload_date" else source[key])))
    rows = labelled_rows(identity)
    strip = "".join(
        f"<td align='center' style='font-size:7.5pt;color:{MUTED}'>"
        f"<img src='{keyframe_url(i)}' width='{BODY_WIDTH_PX // KEYFRAMES - 8}'/><br/>{printed(k['timecode'])}</td>"
        for i, k in enumerate(keyframes)
    )
    prepared = translate("Dossier PDF", "Prepared by {reviewer} on {date} with {tool}").format(
        reviewer=document["reviewer"] or translate("Dossier PDF", "an unnamed reviewer"),
        date=day(document["created"]),
        tool=f"{document['tool']['name']} {document['tool']['version']}",
    )
    decided = f"<br/><span style='font-size:8.5pt'>{printed(status)} · {printed(by)}</span>" if by else ""
    heading = translate("Dossier PDF", "{organisation} · VERIFICATION DOSSIER").format(
        organisation=organisation.upper()
    )
    verdict_label = translate("Dossier PDF", "VERDICT")
    out = (
        f"<p style='font-size:9pt;color:{MUTED}'>{printed(heading)}</p>"
        f"<p style='font-size:22pt;font-weight:600;margin-bottom:2px'>{printed(clip['file_name'])}</p>"
        f"<p style='font-size:9pt;color:{MUTED};margin-top:0'>{printed(prepared)}</p>"
        f"<table width='100%' cellpadding='10' cellspacing='0' style='margin-top:10px'><tr>"
        f"<td style='background-color:{colour};color:#ffffff'>"
        f"<span style='font-size:8.5pt'>{printed(verdict_label)}</span><br/>"
        f"<span style='font-size:20pt;font-weight:600'>{printed(words)}</span>{decided}</td></tr></table>"
    )
    draft = document.get("draft") or {}
    if draft.get("is_draft"):
        reasons = list_words(document_draft_reasons(document))
        words = translate("Dossier PDF", "Draft, not final: {reasons}.").format(reasons=reasons)
        out += f"<p style='color:{DRAFT};font-weight:600;font-size:10pt'>{printed(words)}</p>"
    if summary:
        out += f"<p style='font-size:10.5pt'>{summary}</p>"
    out += subheading(translate("Dossier PDF", "The clip")) + rows
    if keyframes:
        out += (
            subheading(translate("Dossier PDF", "Frames across the clip"))
            + f"<table width='100%' cellspacing='2' cellpadding='0'><tr>{strip}</tr></table>"
        )
    return out + fine_print(
        translate(
            "Dossier PDF",
            "Detector scores in this dossier are evidence for a reviewer to weigh, never verdicts on their own. "
            "The verdict above is the reviewer's. Every page carries the clip's SHA-256: the dossier is about that "
            "exact file and no other copy.",
        )
    )


def _size(size: int) -> str:
    if size >= 1e5:
        return translate("Dossier PDF", "{megabytes} MB ({bytes} bytes)").format(
            megabytes=f"{size / 1e6:,.1f}", bytes=f"{size:,}"
        )
    return translate("Dossier PDF", "{bytes} bytes").format(bytes=f"{size:,}")
