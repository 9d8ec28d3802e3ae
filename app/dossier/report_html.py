"""The PDF dossier's pages as rich text: cover, claims, score charts, evidence, provenance, method, audit trail.

The report's own words are in the reviewer's language; the clip's and the reviewer's (claims, sources, names)
print as they were typed. Everything a reviewer, a source or a clip typed is escaped here, once, by `_text`: user
text is data and prints literally. Pictures are named by URL (`keyframe:`, `chart:`, `evidence:`); the PDF writer
supplies them. No Qt.
"""

from __future__ import annotations

import html
from datetime import datetime
from urllib.parse import urlsplit

from app.dossier.clip_evidence import INTERVAL_PERCENT, INTERVAL_TEMPLATE
from app.dossier.content import document_draft_reasons, timecode
from app.dossier.labels import calibration_words, detector_words, list_words, value_words
from app.dossier.palette import (
    DRAFT,
    INK,
    LINK,
    MUTED,
    PAPER_TINT,
    RATING_COLOURS,
    RULE,
    STRENGTH_COLOURS,
    UNRATED,
    VERDICT_COLOURS,
)
from app.i18n import translate
from app.i18n.dates import format_date, format_datetime
from app.text.audit import AuditContext, audit_lines
from app.text.shown import with_visible_controls
from app.text.timecode import format_timecode

BODY_WIDTH_PX = 650  # the text column at 96 px per inch: A4 less 18 mm margins on each side
EVIDENCE_HEIGHT_PX = 380  # at most: two tall phone frames and their captions share a page
KEYFRAMES = 6
# A block marked so (a heading, a chart's title, an evidence frame's picture and caption) starts a new page rather
# than end one apart from what follows it: the PDF writer moves it (pdf.py).
KEEP_WITH_NEXT = 1
_KEEP = f"-qt-user-state:{KEEP_WITH_NEXT};"


_HREF_UNSAFE = {"'": "%27", '"': "%22", "<": "%3C", ">": "%3E", " ": "%20", "\n": "", "\r": "", "\t": ""}


def keyframe_url(number: int) -> str:
    return f"keyframe:{number}"


def chart_url(number: int) -> str:
    return f"chart:{number}"


def evidence_url(evidence_id: int) -> str:
    return f"evidence:{evidence_id}"


def report_html(
    document: dict,
    keyframes: list[dict],
    media_rows: list[tuple[str, list[tuple[str, str]]]],
    sizes: dict[str, tuple[int, int]],
) -> str:
    """The whole report. `keyframes` are {"frame", "timecode"} in strip order (pictures at keyframe_url(i));
    `media_rows` are the media facts as (section, [(label, value)]) rows; `sizes` are the pictures' pixel sizes
    by URL, so that each is shown as large as the page allows."""
    parts = [
        _cover(document, keyframes),
        _claims(document),
        _clip_evidence(document),
        _scores(document),
        _evidence(document, sizes),
        _provenance(document, media_rows),
        _method(document),
        _audit(document),
    ]
    return f"<html><body style='color:{INK}'>{''.join(parts)}</body></html>"


def _text(value: object) -> str:
    """User text as printed characters: markup is escaped, line breaks are kept, and control characters and bidi
    overrides are shown as their codes, so that `https://\u202emoc.elgoog/` cannot pose as google.com."""
    shown = with_visible_controls(str(value if value is not None else ""))
    return html.escape(shown, quote=True).replace("\n", "<br/>")


def _link(url: str, label: str | None = None) -> str:
    """A clickable link for http(s) addresses; anything else prints as text only."""
    shown = _text(label if label is not None else url)
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return shown
    return f"<a href='{_href(url)}' style='color:{LINK}'>{shown}</a>"


def _href(url: str) -> str:
    """`url` for a quoted href: Qt takes the attribute's text as it is (it decodes no entities), so the few
    characters that could end or break the attribute are percent-encoded, as a browser would send them."""
    return "".join(_HREF_UNSAFE.get(ch, ch) for ch in url)


def _heading(title: str, page_break: bool = False) -> str:
    """A section's title; sections follow each other on a page, a title never ends one."""
    brk = "page-break-before:always;margin-top:0;" if page_break else "margin-top:22px;"
    return (
        f"<h2 style='{brk}{_KEEP}font-size:15pt;font-weight:600;margin-bottom:6px'>{_text(title)}</h2>"
        f"<hr style='height:1px;background-color:{RULE};border:none'/>"
    )


def _subheading(title: str) -> str:
    return f"<h3 style='font-size:11pt;margin-top:14px'>{_text(title)}</h3>"


def _note(words: str) -> str:
    return f"<p style='color:{MUTED};font-size:8.5pt;margin-top:4px'>{_text(words)}</p>"


def _badge(words: str, colour: str, size: str = "9pt") -> str:
    return (
        f"<span style='background-color:{colour};color:#ffffff;font-size:{size};font-weight:600'>"
        f"&nbsp;{_text(words)}&nbsp;</span>"
    )


def _table(rows: list[list[str]], widths: list[int], header: list[str] | None = None) -> str:
    """A ruled table; cells are HTML already escaped by the caller."""
    rule = f"border-bottom:1px solid {RULE}"
    head = ""
    if header:
        head = (
            "<tr>"
            + "".join(
                f"<td width='{w}%' style='background-color:{PAPER_TINT};font-weight:600;font-size:8.5pt;{rule}'>"
                f"{_text(h)}</td>"
                for h, w in zip(header, widths, strict=True)
            )
            + "</tr>"
        )
    body = "".join(
        "<tr>"
        + "".join(f"<td width='{w}%' style='{rule}'>{cell}</td>" for cell, w in zip(row, widths, strict=True))
        + "</tr>"
        for row in rows
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='5' border='0' "
        f"style='border-collapse:collapse;font-size:9pt'>{head}{body}</table>"
    )


def _pairs(rows: list[tuple[str, str]]) -> str:
    """Label and value rows; the values are HTML already escaped by the caller."""
    return _table([[f"<span style='color:{MUTED}'>{_text(label)}</span>", value] for label, value in rows], [26, 74])


def _mono(text: str) -> str:
    return f"<span style='font-family:monospace'>{_text(text)}</span>"


def _size(size: int) -> str:
    if size >= 1e5:
        return translate("Dossier PDF", "{megabytes} MB ({bytes} bytes)").format(
            megabytes=f"{size / 1e6:,.1f}", bytes=f"{size:,}"
        )
    return translate("Dossier PDF", "{bytes} bytes").format(bytes=f"{size:,}")


def _date(iso: str) -> str:
    """A stored ISO 8601 date or time ("2026-12-06T22:15:30Z") as the reader writes the day; as stored when it is
    not one."""
    try:
        return format_date(datetime.fromisoformat(iso))
    except ValueError:
        return iso


def _moment(iso: str) -> str:
    """A stored ISO 8601 time as the reader writes it, to the second and with its time zone."""
    try:
        return format_datetime(datetime.fromisoformat(iso), seconds=True)
    except ValueError:
        return iso


def _frame_time(document: dict, frame: int) -> str:
    """A frame's time in the clip, or its number where the frame rate is unknown, in the reader's words."""
    return timecode(frame, float((document["clip"].get("media") or {}).get("average_rate") or 0), in_english=False)


def _cover(document: dict, keyframes: list[dict]) -> str:
    clip, verdict = document["clip"], document.get("verdict")
    media = clip.get("media") or {}
    organisation = document["organisation"]["name"] or "ReelCheck"
    if verdict:
        words = value_words(verdict["authenticity"]) or translate("Dossier PDF", "No authenticity assessment")
        colour = VERDICT_COLOURS.get(verdict["authenticity"], MUTED)
        summary = _text(verdict["summary"]) or _note(translate("Dossier PDF", "The reviewer wrote no summary."))
        status = value_words(verdict["status"] or "")
        by = translate("Dossier PDF", "{reviewer}, {date}").format(
            reviewer=verdict["reviewer"] or translate("Dossier PDF", "unnamed reviewer"),
            date=_date(verdict["decided_at"]) if verdict["decided_at"] else translate("Dossier PDF", "undated"),
        )
    else:
        words, colour, summary, status, by = translate("Dossier PDF", "No verdict recorded"), MUTED, "", "", ""
    picture = (
        f"{media.get('display_width', '?')} x {media.get('display_height', '?')}, "
        f"{float(media.get('average_rate') or 0):.3f} fps, {media.get('codec', '?')}"
    )
    identity = [
        (translate("Dossier PDF", "File"), _text(clip["file_name"])),
        ("SHA-256", _mono(clip["sha256"])),
        (translate("Dossier PDF", "Duration"), _text(format_timecode(float(media.get("duration") or 0)))),
        (translate("Dossier PDF", "Size"), _text(_size(int(clip["size"])))),
        (translate("Dossier PDF", "Picture"), _text(picture)),
    ]
    source = clip.get("source") or {}
    if source.get("url"):
        identity.append((translate("Dossier PDF", "Source"), _link(source["url"])))
    for label, key in (
        (translate("Dossier PDF", "Platform"), "platform"),
        (translate("Dossier PDF", "Uploader"), "uploader"),
        (translate("Dossier PDF", "Uploaded"), "upload_date"),
        (translate("Dossier PDF", "Title"), "title"),
    ):
        if source.get(key):
            identity.append((label, _text(_date(source[key]) if key == "upload_date" else source[key])))
    rows = _pairs(identity)
    strip = "".join(
        f"<td align='center' style='font-size:7.5pt;color:{MUTED}'>"
        f"<img src='{keyframe_url(i)}' width='{BODY_WIDTH_PX // KEYFRAMES - 8}'/><br/>{_text(k['timecode'])}</td>"
        for i, k in enumerate(keyframes)
    )
    prepared = translate("Dossier PDF", "Prepared by {reviewer} on {date} with {tool}").format(
        reviewer=document["reviewer"] or translate("Dossier PDF", "an unnamed reviewer"),
        date=_date(document["created"]),
        tool=f"{document['tool']['name']} {document['tool']['version']}",
    )
    decided = f"<br/><span style='font-size:8.5pt'>{_text(status)} · {_text(by)}</span>" if by else ""
    heading = translate("Dossier PDF", "{organisation} · VERIFICATION DOSSIER").format(
        organisation=organisation.upper()
    )
    verdict_label = translate("Dossier PDF", "VERDICT")
    out = (
        f"<p style='font-size:9pt;color:{MUTED}'>{_text(heading)}</p>"
        f"<p style='font-size:22pt;font-weight:600;margin-bottom:2px'>{_text(clip['file_name'])}</p>"
        f"<p style='font-size:9pt;color:{MUTED};margin-top:0'>{_text(prepared)}</p>"
        f"<table width='100%' cellpadding='10' cellspacing='0' style='margin-top:10px'><tr>"
        f"<td style='background-color:{colour};color:#ffffff'>"
        f"<span style='font-size:8.5pt'>{_text(verdict_label)}</span><br/>"
        f"<span style='font-size:20pt;font-weight:600'>{_text(words)}</span>{decided}</td></tr></table>"
    )
    draft = document.get("draft") or {}
    if draft.get("is_draft"):
        reasons = list_words(document_draft_reasons(document))
        words = translate("Dossier PDF", "Draft, not final: {reasons}.").format(reasons=reasons)
        out += f"<p style='color:{DRAFT};font-weight:600;font-size:10pt'>{_text(words)}</p>"
    if summary:
        out += f"<p style='font-size:10.5pt'>{summary}</p>"
    out += _subheading(translate("Dossier PDF", "The clip")) + rows
    if keyframes:
        out += (
            _subheading(translate("Dossier PDF", "Frames across the clip"))
            + f"<table width='100%' cellspacing='2' cellpadding='0'><tr>{strip}</tr></table>"
        )
    return out + _note(
        translate(
            "Dossier PDF",
            "Detector scores in this dossier are evidence for a reviewer to weigh, never verdicts on their own. "
            "The verdict above is the reviewer's. Every page carries the clip's SHA-256: the dossier is about that "
            "exact file and no other copy.",
        )
    )


def _claims(document: dict) -> str:
    claims = document["claims"]
    out = _heading(translate("Dossier PDF", "Claims"), page_break=True)  # the cover is a page of its own
    if not claims:
        return out + _note(translate("Dossier PDF", "No claims were marked on this clip."))
    rows = []
    for claim in claims:
        rating = value_words(claim["rating"]) or translate("Dossier PDF", "Not rated")
        said = _text(claim["text"])
        if claim["claimant"]:
            claimed = translate("Dossier PDF", "Claimed by {claimant}").format(claimant=claim["claimant"])
            said += f"<br/><span style='color:{MUTED};font-size:8pt'>{_text(claimed)}</span>"
        said += _words_beside(claim)
        sources = "".join(
            f"<br/><span style='font-size:8pt'>[{s['number']}] {_source_line(s)}</span>" for s in claim["sources"]
        )
        rows.append(
            [
                f"<b>{claim['number']}</b>",
                f"{_text(_frame_time(document, claim['frame_in']))}<br/>"
                f"– {_text(_frame_time(document, claim['frame_out']))}",
                said,
                _badge(rating, RATING_COLOURS.get(claim["rating"], UNRATED), "8pt"),
                (_text(claim["explanation"]) or "") + sources,
            ]
        )
    header = [
        "#",
        translate("Dossier PDF", "Time"),
        translate("Dossier PDF", "Claim"),
        translate("Dossier PDF", "Rating"),
        translate("Dossier PDF", "Explanation and sources"),
    ]
    out += _table(rows, [5, 15, 33, 13, 34], header)
    if document["clip_sources"]:
        title = translate("Dossier PDF", "Sources about the clip")
        out += f"<h3 style='{_KEEP}font-size:11pt'>{_text(title)}</h3>" + "".join(
            f"<p style='font-size:8.5pt;margin:2px'>[C{s['number']}] {_source_line(s)}</p>"
            for s in document["clip_sources"]
        )
    return out


def _words_beside(claim: dict) -> str:
    """Under the claim: the caption or transcript line it quotes, then the other lines said or shown during it."""
    quoted = claim.get("quoted_line")
    during = [line for line in claim.get("words_during") or [] if line != quoted]
    shown = [(translate("Dossier PDF", "Quotes"), quoted)] if quoted else []
    shown += [
        (
            translate("Dossier PDF", "Said then")
            if line["source"] == "subtitles"
            else translate("Dossier PDF", "Shown then"),
            line,
        )
        for line in during[:_WORDS_SHOWN]
    ]
    more = len(during) - _WORDS_SHOWN + (claim.get("words_left_out") or 0)
    out = "".join(
        f"<br/><span style='font-size:8pt'><i>{_text(label)}</i> “{_text(line['text'])}” <span style='color:{MUTED}'>"
        f"({_text(line['track'])}, {_text(line['timecode_in'])}–{_text(line['timecode_out'])})</span></span>"
        for label, line in shown
    )
    if more > 0:
        words = (
            translate("Dossier PDF", "and 1 more line")
            if more == 1
            else translate("Dossier PDF", "and {count} more lines").format(count=more)
        )
        out += f"<br/><span style='color:{MUTED};font-size:8pt'>{_text(words)}</span>"
    return out


_WORDS_SHOWN = 5  # lines said or shown during a claim that its row in the table quotes


def _source_line(source: dict) -> str:
    title = source["title"] or source["url"]
    parts = [_link(source["url"], title) if source["url"] else _text(title)]
    details = ", ".join(_text(x) for x in (source["publisher"], _date(source["published"])) if x)
    if details:
        parts.append(details)
    if source["stance"]:
        parts.append(f"<i>{_text(value_words(source['stance']))}</i>")
    if source["archive_url"]:
        parts.append(_link(source["archive_url"], translate("Dossier PDF", "archived copy")))
    if source["accessed"]:
        parts.append(_text(translate("Dossier PDF", "accessed {date}").format(date=_date(source["accessed"]))))
    line = " · ".join(parts)
    if source["quote"]:
        line += f"<br/>&nbsp;&nbsp;“{_text(source['quote'])}”"
    return line


def _scores(document: dict) -> str:
    analyzers = document["analyzers"]
    out = _heading(translate("Dossier PDF", "Detector scores over time"))
    if not analyzers:
        return out + _note(
            translate("Dossier PDF", "No detector was run over the whole clip, so there are no score charts.")
        )
    out += _note(
        translate(
            "Dossier PDF",
            "Each chart shows one detector's score for every analysed frame. Shaded bands are the claims' time "
            "ranges, numbered as in the claims table; E marks an evidence frame. A high score is a cue worth looking "
            "at, not proof: see Method and limitations for what each detector measures and how it fails.",
        )
    )
    for number, analyzer in enumerate(analyzers):
        summary = analyzer["summary"]
        stats = (
            translate("Dossier PDF", "peak {peak}, mean {mean}, 90th percentile {p90}").format(
                peak=f"{summary['max']:.3f}", mean=f"{summary['mean']:.3f}", p90=f"{summary['p90']:.3f}"
            )
            if summary["max"] is not None
            else translate("Dossier PDF", "no frames analysed")
        )
        about = translate("Dossier PDF", "version {version} · {frames} frames · {statistics} · run on {provider}")
        about = about.format(
            version=analyzer["version"],
            frames=f"{analyzer['frames_analysed']:,}",
            statistics=stats,
            provider=analyzer["provider"] or "?",
        )
        out += (
            f"<p style='{_KEEP}font-size:10pt;font-weight:600;margin-bottom:0;margin-top:10px'>"
            f"{_text(detector_words(analyzer['name']) or analyzer['id'])} "
            f"<span style='font-weight:normal;color:{MUTED};font-size:8.5pt'>{_text(about)}</span></p>"
            f"<p style='margin:0'><img src='{chart_url(number)}' width='{BODY_WIDTH_PX}'/></p>"
        )
    return out


def _clip_evidence(document: dict) -> str:
    """The clip-level figure, its interval and calibration, beside the detector results it was computed from."""
    part = document.get("clip_evidence")
    out = _heading(translate("Dossier PDF", "Clip-level evidence"))
    if part is None:  # a dossier from before clip-level evidence
        return out + _note(
            translate("Dossier PDF", "This dossier does not say whether a clip-level figure was measured.")
        )
    figure = part["figure"]
    if figure is None:
        out += _note(translate("Dossier clip-level evidence", part["reason"]))
        if document["analyzers"]:
            out += _note(translate("Dossier PDF", "The detector results below are the only scores in this dossier."))
        return out
    ratio = figure["likelihood_ratio"]
    # Below 1 as "1/117": a ratio of 0.01 reads as nothing, one in 117 reads as the weight it is.
    ratio_words = _ratio(ratio) if ratio >= 1 else f"1/{_ratio(1 / ratio)}"
    title = translate("Dossier PDF", "PROBABILITY THAT THE CLIP IS GENERATED, {prior}").format(
        prior=_prior_words(figure["prior"]).upper()
    )
    interval = translate("Dossier PDF", "{percent}% interval {low}–{high}").format(
        percent=INTERVAL_PERCENT, low=f"{figure['low']:.2f}", high=f"{figure['high']:.2f}"
    )
    weight = translate("Dossier PDF", "likelihood ratio {ratio}").format(ratio=ratio_words)
    out += (
        f"<table width='100%' cellpadding='8' cellspacing='0' style='margin-top:6px'><tr>"
        f"<td style='background-color:{PAPER_TINT}'>"
        f"<span style='font-size:8.5pt;color:{MUTED}'>{_text(title)}</span><br/>"
        f"<span style='font-size:18pt;font-weight:600'>{figure['probability']:.2f}</span>"
        f"<span style='font-size:10pt'>&nbsp;&nbsp;{_text(interval)}&nbsp;&nbsp;·&nbsp;&nbsp;{_text(weight)}</span>"
        f"<br/><span style='font-size:9.5pt'>{_text(_lean_words(ratio))}</span></td></tr></table>"
    )
    calibration = part["calibration"]
    name = calibration_words(calibration["name"])
    if not calibration["in_use"]:
        name = translate("Dossier PDF", "{name} (not the one in use)").format(name=name)
    rows = [
        (
            translate("Dossier PDF", "Measured on"),
            _text(calibration_words(part["measured_on"]) or translate("Dossier PDF", "not recorded")),
        ),
        (translate("Dossier PDF", "Calibration"), _text(name)),
        (translate("Dossier PDF", "Calibration SHA-256"), _mono(calibration["sha256"])),
    ]
    if calibration["fitted_on"]:
        rows.append((translate("Dossier PDF", "Fitted on"), _text(calibration_words(calibration["fitted_on"]))))
    not_stated = (
        translate("Dossier clip-level evidence", calibration["note"])
        if calibration["note"]
        else translate("Dossier PDF", "not stated by the calibration")
    )
    rows.append(
        (
            translate("Dossier PDF", "Its accuracy"),
            "<br/>".join(_accuracy_line(m) for m in calibration["measured"]) or _text(not_stated),
        )
    )
    statistics = "<br/>".join(
        _text(
            translate(
                "Dossier PDF", "{analyzer} {version}: mean {mean}, 90th percentile {p90} over {frames} frames"
            ).format(
                analyzer=s["analyzer"],
                version=s["version"],
                mean=_number(s["mean"]),
                p90=_number(s["p90"]),
                frames=s["frames"],
            )
        )
        for s in part["statistics"]
    )
    rows.append(
        (translate("Dossier PDF", "From the scores"), statistics or _text(translate("Dossier PDF", "none recorded")))
    )
    about = translate(
        "Dossier PDF",
        "{what_it_is} The interval is the {interval}. The calibration's known failure modes are listed under Method "
        "and limitations.",
    ).format(
        what_it_is=translate("Dossier clip-level evidence", part["what_it_is"]),
        interval=translate("Dossier clip-level evidence", INTERVAL_TEMPLATE).format(percent=INTERVAL_PERCENT),
    )
    return out + _pairs(rows) + _note(about)


def _ratio(ratio: float) -> str:
    return f"{ratio:.1f}" if ratio < 10 else f"{ratio:,.0f}"


def _lean_words(ratio: float) -> str:
    """Which way the clip's scores lean, and how far, as a reader says it; beyond 1000 times no calibration
    measured on a few hundred clips can tell how far."""
    times = ratio if ratio >= 1 else 1 / ratio
    if times > 1000:
        if ratio >= 1:
            return translate(
                "Dossier PDF",
                "These scores are more than 1000 times likelier for a generated clip than for a camera clip.",
            )
        return translate(
            "Dossier PDF", "These scores are more than 1000 times likelier for a camera clip than for a generated clip."
        )
    shown = f"{times:.1f}" if times < 10 else f"{times:.0f}"
    if ratio >= 1:
        words = translate(
            "Dossier PDF", "These scores are {times} times likelier for a generated clip than for a camera clip."
        )
    else:
        words = translate(
            "Dossier PDF", "These scores are {times} times likelier for a camera clip than for a generated clip."
        )
    return words.format(times=shown)


def _prior_words(prior: float | None) -> str:
    if prior is None:
        return translate("Dossier PDF", "under a prior the dossier does not know")
    if abs(prior - 0.5) < 1e-9:
        return translate("Dossier PDF", "if generated and camera clips were equally likely beforehand")
    return translate("Dossier PDF", "if {share} of clips were generated beforehand").format(share=f"{prior:.0%}")


def _accuracy_line(measured: dict) -> str:
    """ "AUC 0.87 (0.81–0.92), on ..., 120 generated and 140 camera clips" from a calibration's `measured` entry."""
    auc = translate("Dossier PDF", "AUC not stated") if measured["auc"] is None else f"AUC {measured['auc']:.2f}"
    if measured["low"] is not None and measured["high"] is not None:
        auc += f" ({measured['low']:.2f}–{measured['high']:.2f})"
    if measured["generated"] is None or measured["camera"] is None:
        return _text(f"{auc}, {calibration_words(measured['where'])}")
    line = translate("Dossier PDF", "{auc}, {where}, {generated} generated and {camera} camera clips").format(
        auc=auc,
        where=calibration_words(measured["where"]),
        generated=f"{measured['generated']:,}",
        camera=f"{measured['camera']:,}",
    )
    return _text(line)


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _fitted(size: tuple[int, int] | None) -> tuple[int, int]:
    """A picture's shown width and height: the column's width, or less for a tall one."""
    width, height = size or (16, 9)
    shown = min(BODY_WIDTH_PX, round(EVIDENCE_HEIGHT_PX * width / max(height, 1)))
    return shown, round(shown * height / max(width, 1))


def _evidence(document: dict, sizes: dict[str, tuple[int, int]]) -> str:
    out = _heading(translate("Dossier PDF", "Evidence frames"))
    if not document["evidence"]:
        return out + _note(translate("Dossier PDF", "No evidence frames were pinned."))
    for number, item in enumerate(document["evidence"], 1):
        overlay = item["overlay"].replace("+", ", ") or translate("Dossier PDF", "none (the frame as decoded)")
        about = [
            translate("Dossier PDF", "frame {number}").format(number=f"{item['frame']:,}"),
            _frame_time(document, item["frame"]),
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
        caption = " · ".join([f"<b>E{number}</b>", *(_text(words) for words in about)])
        note = f"<p style='{_KEEP}font-size:10pt;margin:2px 0'>{_text(item['note'])}</p>" if item["note"] else ""
        width, height = _fitted(sizes.get(evidence_url(item["id"])))
        # The picture, its caption, note and hash stay on one page.
        out += (
            f"<p style='{_KEEP}margin-top:14px;margin-bottom:4px'>"
            f"<img src='{evidence_url(item['id'])}' width='{width}' height='{height}'/></p>"
            f"<p style='{_KEEP}margin:0;font-size:9pt'>{caption}</p>{note}"
            f"<p style='font-size:7.5pt;color:{MUTED};margin-top:0'>PNG SHA-256 "
            f"<span style='font-family:monospace'>{_text(item['sha256'])}</span></p>"
        )
    return out


def _provenance(document: dict, media_rows: list[tuple[str, list[tuple[str, str]]]]) -> str:
    provenance = document["provenance"]
    out = _heading(translate("Dossier PDF", "Provenance and media facts"))
    findings = provenance.get("findings") or []
    rows = [
        [
            _badge(value_words(f.get("strength") or "note"), STRENGTH_COLOURS.get(f.get("strength"), MUTED), "7.5pt"),
            f"<b>{_text(f.get('title', ''))}</b><br/>{_text(f.get('sentence', ''))}{_finding_details(f)}",
        ]
        for f in findings
    ]
    if rows:
        out += _table(rows, [16, 84])
    out += _note(translate("Provenance", provenance.get("note") or ""))
    for section, pairs in media_rows:
        out += f"<h3 style='{_KEEP}font-size:10.5pt;margin-top:12px'>{_text(section)}</h3>" + _pairs(
            [(label, _mono(value) if label == "SHA-256" else _text(value)) for label, value in pairs]
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
            source = f" ({action['source_words']})" if action.get("source_words") else ""
            words = f"{action.get('words') or action.get('action')}{source}"
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
    return f"<br/><span style='font-size:8pt;color:{MUTED}'>{'<br/>'.join(_text(x) for x in lines)}</span>"


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


def _method(document: dict) -> str:
    out = _heading(translate("Dossier PDF", "Method and limitations"))
    method = translate(
        "Dossier PDF",
        "The reviewer watched the clip frame by frame in ReelCheck, with the detectors below drawn over the picture "
        "as heatmaps and their scores plotted under the timeline. Detectors measure low-level cues that generators "
        "often leave; ordinary re-encoding, resizing, filters and low bitrates leave some of the same cues and remove "
        "others. A score therefore says where to look, never what a clip is. Claims were checked against the sources "
        "listed with them.",
    )
    out += f"<p style='font-size:9.5pt'>{_text(method)}</p>"
    out += _calibration_method(document.get("clip_evidence"))
    if not document["analyzers"]:
        return out + _note(translate("Dossier PDF", "No detector was run over the whole clip."))
    for analyzer in document["analyzers"]:
        missing = (
            ""
            if analyzer["in_this_installation"]
            else _note(
                translate(
                    "Dossier PDF",
                    "This detector is not in the installation that wrote the dossier; its description is missing.",
                )
            )
        )
        about = _text(translate("Dossier PDF", "id {id} · version {version} · model SHA-256 {sha256}")).format(
            id=_text(analyzer["id"]),
            version=_text(analyzer["version"]),
            sha256=f"<span style='font-family:monospace'>{_text(analyzer['model_sha256'])}</span>",
        )
        measures = translate("Dossier PDF", "What it measures:")
        cue = detector_words(analyzer["cue"]) or translate("Dossier PDF", "not described")
        out += (
            f"<p style='{_KEEP}font-size:10pt;font-weight:600;margin-bottom:2px;margin-top:10px'>"
            f"{_text(detector_words(analyzer['name']) or analyzer['id'])}</p>"
            f"<p style='{_KEEP}font-size:9pt;margin:0'><i>{_text(measures)}</i> {_text(cue)}</p>"
            f"<p style='{_KEEP}font-size:8pt;color:{MUTED};margin:0'>{about}</p>"
            + _failures([detector_words(f) for f in analyzer["failure_modes"]])
            + missing
        )
    return out


def _calibration_method(part: dict | None) -> str:
    """How the clip-level figure was made, the calibration used and how it fails; nothing when there is none."""
    if not part or part["figure"] is None:
        return ""
    calibration = part["calibration"]
    features = ", ".join(f"{f['analyzer']} {f['pool']}" for f in calibration["features"])
    missing = _note(translate("Dossier clip-level evidence", calibration["note"])) if calibration["note"] else ""
    title = translate("Dossier PDF", "Clip-level evidence: calibration {name}")
    title = title.format(name=calibration_words(calibration["name"]))
    how = translate(
        "Dossier PDF",
        "The clip was re-encoded the way the calibration's training clips were ({rendition}); the detectors scored "
        "every frame of that, and a logistic model fitted on clips known to be generated or camera footage turned "
        "their statistics ({features}) into the figure. It is only as good as those clips are like this one.",
    ).format(
        rendition=calibration_words(part["measured_on"]) or translate("Dossier PDF", "not recorded"),
        features=features or translate("Dossier PDF", "none listed"),
    )
    sha256 = _text(translate("Dossier PDF", "calibration SHA-256 {sha256}")).format(
        sha256=f"<span style='font-family:monospace'>{_text(calibration['sha256'])}</span>"
    )
    return (
        f"<p style='{_KEEP}font-size:10pt;font-weight:600;margin-bottom:2px;margin-top:10px'>{_text(title)}</p>"
        f"<p style='{_KEEP}font-size:9pt;margin:0'>{_text(how)}</p>"
        f"<p style='{_KEEP}font-size:8pt;color:{MUTED};margin:0'>{sha256}</p>"
        + _failures([calibration_words(f) for f in calibration["failure_modes"]])
        + missing
    )


def _failures(failures: list[str]) -> str:
    """How a detector or a calibration is known to mislead, as a list under its title."""
    title = translate("Dossier PDF", "Known to mislead when:")
    items = "".join(f"<li>{_text(f)}</li>" for f in failures or [translate("Dossier PDF", "none listed")])
    return (
        f"<p style='{_KEEP}font-size:9pt;margin-bottom:0'><i>{_text(title)}</i></p>"
        f"<ul style='font-size:9pt;margin-top:0'>{items}</ul>"
    )


def _audit(document: dict) -> str:
    out = _heading(translate("Dossier PDF", "Audit trail"))
    if not document["audit"]:
        return out + _note(translate("Dossier PDF", "No edits are recorded for this clip."))
    context = AuditContext(
        fps=float((document["clip"].get("media") or {}).get("average_rate") or 0),
        claims={claim["id"]: claim["number"] for claim in document["claims"]},
        evidence={item["id"]: f"E{number}" for number, item in enumerate(document["evidence"], 1)},
    )
    rows = [
        [
            _text(_moment(entry["at"])),
            _text(entry["reviewer"] or "—"),
            "<br/>".join(_text(line) for line in audit_lines(entry, context)),
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
        + _note(translate("Dossier PDF", "Every edit made to this clip's review, oldest first."))
        + _table(rows, [19, 15, 66], header)
    )
