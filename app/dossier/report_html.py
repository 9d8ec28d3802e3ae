"""The PDF dossier's pages as rich text: cover, claims, score charts, evidence, provenance, method, audit trail.

Everything a reviewer, a source or a clip typed is escaped here, once, by `_text`: user text is data and prints
literally. Pictures are named by URL (`keyframe:`, `chart:`, `evidence:`); the PDF writer supplies them. No Qt.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

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
    return f"{size / 1e6:,.1f} MB ({size:,} bytes)" if size >= 1e5 else f"{size:,} bytes"


def _cover(document: dict, keyframes: list[dict]) -> str:
    clip, verdict = document["clip"], document.get("verdict")
    media = clip.get("media") or {}
    organisation = document["organisation"]["name"] or "ReelCheck"
    if verdict:
        words = verdict["authenticity"] or "No authenticity assessment"
        colour = VERDICT_COLOURS.get(verdict["authenticity"], MUTED)
        summary = _text(verdict["summary"]) or _note("The reviewer wrote no summary.")
        status = verdict["status"] or ""
        by = f"{verdict['reviewer'] or 'unnamed reviewer'}, {verdict['decided_at'][:10] or 'undated'}"
    else:
        words, colour, summary, status, by = "No verdict recorded", MUTED, "", "", ""
    picture = (
        f"{media.get('display_width', '?')} x {media.get('display_height', '?')}, "
        f"{float(media.get('average_rate') or 0):.3f} fps, {media.get('codec', '?')}"
    )
    identity = [
        ("File", _text(clip["file_name"])),
        ("SHA-256", _mono(clip["sha256"])),
        ("Duration", _text(format_timecode(float(media.get("duration") or 0)))),
        ("Size", _text(_size(int(clip["size"])))),
        ("Picture", _text(picture)),
    ]
    source = clip.get("source") or {}
    if source.get("url"):
        identity.append(("Source", _link(source["url"])))
    for label, key in (
        ("Platform", "platform"),
        ("Uploader", "uploader"),
        ("Uploaded", "upload_date"),
        ("Title", "title"),
    ):
        if source.get(key):
            identity.append((label, _text(source[key])))
    rows = _pairs(identity)
    strip = "".join(
        f"<td align='center' style='font-size:7.5pt;color:{MUTED}'>"
        f"<img src='{keyframe_url(i)}' width='{BODY_WIDTH_PX // KEYFRAMES - 8}'/><br/>{_text(k['timecode'])}</td>"
        for i, k in enumerate(keyframes)
    )
    reviewer = document["reviewer"] or "an unnamed reviewer"
    tool = f"{document['tool']['name']} {document['tool']['version']}"
    decided = f"<br/><span style='font-size:8.5pt'>{_text(status)} · {_text(by)}</span>" if by else ""
    out = (
        f"<p style='font-size:9pt;color:{MUTED}'>{_text(organisation.upper())} · VERIFICATION DOSSIER</p>"
        f"<p style='font-size:22pt;font-weight:600;margin-bottom:2px'>{_text(clip['file_name'])}</p>"
        f"<p style='font-size:9pt;color:{MUTED};margin-top:0'>Prepared by {_text(reviewer)} on "
        f"{_text(document['created'][:10])} with {_text(tool)}</p>"
        f"<table width='100%' cellpadding='10' cellspacing='0' style='margin-top:10px'><tr>"
        f"<td style='background-color:{colour};color:#ffffff'><span style='font-size:8.5pt'>VERDICT</span><br/>"
        f"<span style='font-size:20pt;font-weight:600'>{_text(words)}</span>{decided}</td></tr></table>"
    )
    draft = document.get("draft") or {}
    if draft.get("is_draft"):
        out += (
            f"<p style='color:{DRAFT};font-weight:600;font-size:10pt'>Draft, not final: "
            f"{_text(', '.join(draft['reasons']))}.</p>"
        )
    if summary:
        out += f"<p style='font-size:10.5pt'>{summary}</p>"
    out += "<h3 style='font-size:11pt;margin-top:14px'>The clip</h3>" + rows
    if keyframes:
        out += (
            "<h3 style='font-size:11pt;margin-top:14px'>Frames across the clip</h3>"
            f"<table width='100%' cellspacing='2' cellpadding='0'><tr>{strip}</tr></table>"
        )
    return out + _note(
        "Detector scores in this dossier are evidence for a reviewer to weigh, never verdicts on their own. "
        "The verdict above is the reviewer's. Every page carries the clip's SHA-256: the dossier is about that "
        "exact file and no other copy."
    )


def _claims(document: dict) -> str:
    claims = document["claims"]
    out = _heading("Claims", page_break=True)  # the cover is a page of its own
    if not claims:
        return out + _note("No claims were marked on this clip.")
    rows = []
    for claim in claims:
        rating = claim["rating"] or "Not rated"
        said = _text(claim["text"])
        if claim["claimant"]:
            said += f"<br/><span style='color:{MUTED};font-size:8pt'>Claimed by {_text(claim['claimant'])}</span>"
        said += _words_beside(claim)
        sources = "".join(
            f"<br/><span style='font-size:8pt'>[{s['number']}] {_source_line(s)}</span>" for s in claim["sources"]
        )
        rows.append(
            [
                f"<b>{claim['number']}</b>",
                f"{_text(claim['timecode_in'])}<br/>– {_text(claim['timecode_out'])}",
                said,
                _badge(rating, RATING_COLOURS.get(rating, UNRATED), "8pt"),
                (_text(claim["explanation"]) or "") + sources,
            ]
        )
    out += _table(rows, [5, 15, 33, 13, 34], ["#", "Time", "Claim", "Rating", "Explanation and sources"])
    if document["clip_sources"]:
        out += f"<h3 style='{_KEEP}font-size:11pt'>Sources about the clip</h3>" + "".join(
            f"<p style='font-size:8.5pt;margin:2px'>[C{s['number']}] {_source_line(s)}</p>"
            for s in document["clip_sources"]
        )
    return out


def _words_beside(claim: dict) -> str:
    """Under the claim: the caption or transcript line it quotes, then the other lines said or shown during it."""
    quoted = claim.get("quoted_line")
    during = [line for line in claim.get("words_during") or [] if line != quoted]
    shown = [("Quotes", quoted)] if quoted else []
    shown += [("Said then" if line["source"] == "subtitles" else "Shown then", line) for line in during[:_WORDS_SHOWN]]
    more = len(during) - _WORDS_SHOWN + (claim.get("words_left_out") or 0)
    out = "".join(
        f"<br/><span style='font-size:8pt'><i>{label}</i> “{_text(line['text'])}” <span style='color:{MUTED}'>"
        f"({_text(line['track'])}, {_text(line['timecode_in'])}–{_text(line['timecode_out'])})</span></span>"
        for label, line in shown
    )
    if more > 0:
        out += f"<br/><span style='color:{MUTED};font-size:8pt'>and {more} more line{'s' * (more > 1)}</span>"
    return out


_WORDS_SHOWN = 5  # lines said or shown during a claim that its row in the table quotes


def _source_line(source: dict) -> str:
    title = source["title"] or source["url"]
    parts = [_link(source["url"], title) if source["url"] else _text(title)]
    details = ", ".join(_text(x) for x in (source["publisher"], source["published"]) if x)
    if details:
        parts.append(details)
    if source["stance"]:
        parts.append(f"<i>{_text(source['stance'])}</i>")
    if source["archive_url"]:
        parts.append(_link(source["archive_url"], "archived copy"))
    if source["accessed"]:
        parts.append(f"accessed {_text(source['accessed'])}")
    line = " · ".join(parts)
    if source["quote"]:
        line += f"<br/>&nbsp;&nbsp;“{_text(source['quote'])}”"
    return line


def _scores(document: dict) -> str:
    analyzers = document["analyzers"]
    out = _heading("Detector scores over time")
    if not analyzers:
        return out + _note("No detector was run over the whole clip, so there are no score charts.")
    out += _note(
        "Each chart shows one detector's score for every analysed frame. Shaded bands are the claims' time ranges, "
        "numbered as in the claims table; E marks an evidence frame. A high score is a cue worth looking at, "
        "not proof: see Method and limitations for what each detector measures and how it fails."
    )
    for number, analyzer in enumerate(analyzers):
        summary = analyzer["summary"]
        stats = (
            f"peak {summary['max']:.3f}, mean {summary['mean']:.3f}, 90th percentile {summary['p90']:.3f}"
            if summary["max"] is not None
            else "no frames analysed"
        )
        out += (
            f"<p style='{_KEEP}font-size:10pt;font-weight:600;margin-bottom:0;margin-top:10px'>"
            f"{_text(analyzer['name'] or analyzer['id'])} "
            f"<span style='font-weight:normal;color:{MUTED};font-size:8.5pt'>version {_text(analyzer['version'])}"
            f" · {analyzer['frames_analysed']:,} frames · {stats} · run on {_text(analyzer['provider'] or '?')}"
            f"</span></p><p style='margin:0'><img src='{chart_url(number)}' width='{BODY_WIDTH_PX}'/></p>"
        )
    return out


def _clip_evidence(document: dict) -> str:
    """The clip-level figure, its interval and calibration, beside the detector results it was computed from."""
    part = document.get("clip_evidence")
    out = _heading("Clip-level evidence")
    if part is None:  # a dossier from before clip-level evidence
        return out + _note("This dossier does not say whether a clip-level figure was measured.")
    figure = part["figure"]
    if figure is None:
        after = " The detector results below are the only scores in this dossier." if document["analyzers"] else ""
        return out + _note(part["reason"] + after)
    ratio = figure["likelihood_ratio"]
    # Below 1 as "1/117": a ratio of 0.01 reads as nothing, one in 117 reads as the weight it is.
    ratio_words = _ratio(ratio) if ratio >= 1 else f"1/{_ratio(1 / ratio)}"
    out += (
        f"<table width='100%' cellpadding='8' cellspacing='0' style='margin-top:6px'><tr>"
        f"<td style='background-color:{PAPER_TINT}'>"
        f"<span style='font-size:8.5pt;color:{MUTED}'>PROBABILITY THAT THE CLIP IS GENERATED, "
        f"{_text(_prior_words(figure['prior']).upper())}</span><br/>"
        f"<span style='font-size:18pt;font-weight:600'>{figure['probability']:.2f}</span>"
        f"<span style='font-size:10pt'>&nbsp;&nbsp;90% interval {figure['low']:.2f}–{figure['high']:.2f}"
        f"&nbsp;&nbsp;·&nbsp;&nbsp;likelihood ratio {ratio_words}</span><br/>"
        f"<span style='font-size:9.5pt'>{_text(figure['in_words'])}.</span></td></tr></table>"
    )
    calibration = part["calibration"]
    rows = [
        ("Measured on", _text(part["measured_on"] or "not recorded")),
        ("Calibration", f"{_text(calibration['name'])}{'' if calibration['in_use'] else ' (not the one in use)'}"),
        ("Calibration SHA-256", _mono(calibration["sha256"])),
    ]
    if calibration["fitted_on"]:
        rows.append(("Fitted on", _text(calibration["fitted_on"])))
    rows.append(
        (
            "Its accuracy",
            "<br/>".join(_accuracy_line(m) for m in calibration["measured"])
            or _text(calibration["note"] or "not stated by the calibration"),
        )
    )
    statistics = "<br/>".join(
        _text(
            f"{s['analyzer']} {s['version']}: mean {_number(s['mean'])}, 90th percentile {_number(s['p90'])} "
            f"over {s['frames']} frames"
        )
        for s in part["statistics"]
    )
    rows.append(("From the scores", statistics or _text("none recorded")))
    return (
        out
        + _pairs(rows)
        + _note(
            f"{part['what_it_is']} The interval is the {figure['interval']}. The calibration's known failure modes "
            "are listed under Method and limitations."
        )
    )


def _ratio(ratio: float) -> str:
    return f"{ratio:.1f}" if ratio < 10 else f"{ratio:,.0f}"


def _prior_words(prior: float | None) -> str:
    if prior is None:
        return "under a prior the dossier does not know"
    if abs(prior - 0.5) < 1e-9:
        return "if generated and camera clips were equally likely beforehand"
    return f"if {prior:.0%} of clips were generated beforehand"


def _accuracy_line(measured: dict) -> str:
    """ "AUC 0.87 (0.81–0.92) on ..., 120 generated and 140 camera clips" from a calibration's `measured` entry."""
    auc = "AUC not stated" if measured["auc"] is None else f"AUC {measured['auc']:.2f}"
    if measured["low"] is not None and measured["high"] is not None:
        auc += f" ({measured['low']:.2f}–{measured['high']:.2f})"
    counts = ""
    if measured["generated"] is not None and measured["camera"] is not None:
        counts = f", {measured['generated']:,} generated and {measured['camera']:,} camera clips"
    return _text(f"{auc}, {measured['where']}{counts}")


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _fitted(size: tuple[int, int] | None) -> tuple[int, int]:
    """A picture's shown width and height: the column's width, or less for a tall one."""
    width, height = size or (16, 9)
    shown = min(BODY_WIDTH_PX, round(EVIDENCE_HEIGHT_PX * width / max(height, 1)))
    return shown, round(shown * height / max(width, 1))


def _evidence(document: dict, sizes: dict[str, tuple[int, int]]) -> str:
    out = _heading("Evidence frames")
    if not document["evidence"]:
        return out + _note("No evidence frames were pinned.")
    for number, item in enumerate(document["evidence"], 1):
        overlay = item["overlay"].replace("+", ", ") or "none (the frame as decoded)"
        caption = f"<b>E{number}</b> · frame {item['frame']:,} · {_text(item['timecode'])} · overlay: {_text(overlay)}"
        if item["regions"]:
            caption += f" · {len(item['regions'])} region{'s' if len(item['regions']) > 1 else ''} marked"
        if item["overlay_not_drawn"]:
            caption += f" · not drawn here: {_text(', '.join(item['overlay_not_drawn']))}"
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
    out = _heading("Provenance and media facts")
    findings = provenance.get("findings") or []
    rows = [
        [
            _badge(f.get("strength") or "note", STRENGTH_COLOURS.get(f.get("strength"), MUTED), "7.5pt"),
            f"<b>{_text(f.get('title', ''))}</b><br/>{_text(f.get('sentence', ''))}{_finding_details(f)}",
        ]
        for f in findings
    ]
    if rows:
        out += _table(rows, [16, 84])
    out += _note(provenance.get("note") or "")
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
    if finding.get("kind") == "content_credentials" and details.get("present"):
        for label, key in (
            ("Signed by", "signer"),
            ("Issuer", "issuer"),
            ("Signed at", "signing_time"),
            ("Made with", "claim_generator"),
            ("Signer", "trust"),
        ):
            if details.get(key):
                lines.append(f"{label}: {details[key]}")
        for action in details.get("actions") or []:
            source = f" ({action['source_words']})" if action.get("source_words") else ""
            lines.append(f"Action: {action.get('words') or action.get('action')}{source}")
        lines += [f"Ingredient: {line}" for line in _ingredient_lines(details.get("ingredients") or [], 0)]
        lines += [f"Problem: {p.get('words') or p.get('code')}" for p in details.get("problems") or []]
    if finding.get("kind") == "watermark":
        lines += [
            f"{r['mark']}: {r['bits_matched']} of {r['bits_total']} bits match ({r['strength']})"
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
        ai = ", declares generative AI" if item.get("declares_ai_generation") else ""
        lines.append(f"{'· ' * depth}{item.get('title') or 'untitled'} ({item.get('relationship_words') or ''}{ai})")
        lines += _ingredient_lines(item.get("ingredients") or [], depth + 1)
    return lines


def _method(document: dict) -> str:
    out = _heading("Method and limitations")
    out += (
        "<p style='font-size:9.5pt'>The reviewer watched the clip frame by frame in ReelCheck, with the detectors "
        "below drawn over the picture as heatmaps and their scores plotted under the timeline. Detectors measure "
        "low-level cues that generators often leave; ordinary re-encoding, resizing, filters and low bitrates "
        "leave some of the same cues and remove others. A score therefore says where to look, never what a clip "
        "is. Claims were checked against the sources listed with them.</p>"
    )
    out += _calibration_method(document.get("clip_evidence"))
    if not document["analyzers"]:
        return out + _note("No detector was run over the whole clip.")
    for analyzer in document["analyzers"]:
        failures = "".join(f"<li>{_text(f)}</li>" for f in analyzer["failure_modes"]) or "<li>none listed</li>"
        missing = (
            ""
            if analyzer["in_this_installation"]
            else _note("This detector is not in the installation that wrote the dossier; its description is missing.")
        )
        out += (
            f"<p style='{_KEEP}font-size:10pt;font-weight:600;margin-bottom:2px;margin-top:10px'>"
            f"{_text(analyzer['name'] or analyzer['id'])}</p>"
            f"<p style='{_KEEP}font-size:9pt;margin:0'><i>What it measures:</i> "
            f"{_text(analyzer['cue'] or 'not described')}</p>"
            f"<p style='{_KEEP}font-size:8pt;color:{MUTED};margin:0'>id {_text(analyzer['id'])} · version "
            f"{_text(analyzer['version'])} · model SHA-256 <span style='font-family:monospace'>"
            f"{_text(analyzer['model_sha256'])}</span></p>"
            f"<p style='{_KEEP}font-size:9pt;margin-bottom:0'><i>Known to mislead when:</i></p>"
            f"<ul style='font-size:9pt;margin-top:0'>{failures}</ul>{missing}"
        )
    return out


def _calibration_method(part: dict | None) -> str:
    """How the clip-level figure was made, the calibration used and how it fails; nothing when there is none."""
    if not part or part["figure"] is None:
        return ""
    calibration = part["calibration"]
    features = ", ".join(f"{f['analyzer']} {f['pool']}" for f in calibration["features"])
    failures = "".join(f"<li>{_text(f)}</li>" for f in calibration["failure_modes"]) or "<li>none listed</li>"
    missing = _note(calibration["note"]) if calibration["note"] else ""
    return (
        f"<p style='{_KEEP}font-size:10pt;font-weight:600;margin-bottom:2px;margin-top:10px'>"
        f"Clip-level evidence: calibration {_text(calibration['name'])}</p>"
        f"<p style='{_KEEP}font-size:9pt;margin:0'>The clip was re-encoded the way the calibration's training clips "
        f"were ({_text(part['measured_on'] or 'not recorded')}); the detectors scored every frame of that, and a "
        "logistic model fitted on clips "
        "known to be generated or camera footage turned their statistics"
        f"{' (' + _text(features) + ')' if features else ''} into the figure. It is only as good as those clips "
        f"are like this one.</p>"
        f"<p style='{_KEEP}font-size:8pt;color:{MUTED};margin:0'>calibration SHA-256 "
        f"<span style='font-family:monospace'>{_text(calibration['sha256'])}</span></p>"
        f"<p style='{_KEEP}font-size:9pt;margin-bottom:0'><i>Known to mislead when:</i></p>"
        f"<ul style='font-size:9pt;margin-top:0'>{failures}</ul>{missing}"
    )


def _audit(document: dict) -> str:
    out = _heading("Audit trail")
    if not document["audit"]:
        return out + _note("No edits are recorded for this clip.")
    context = AuditContext(
        fps=float((document["clip"].get("media") or {}).get("average_rate") or 0),
        claims={claim["id"]: claim["number"] for claim in document["claims"]},
        evidence={item["id"]: f"E{number}" for number, item in enumerate(document["evidence"], 1)},
    )
    rows = [
        [
            _text(entry["at"].replace("T", " ")[:19]),
            _text(entry["reviewer"] or "—"),
            "<br/>".join(_text(line) for line in audit_lines(entry, context)),
        ]
        for entry in document["audit"]
    ]
    return (
        out
        + _note("Every edit made to this clip's review, oldest first.")
        + _table(rows, [19, 15, 66], ["When (UTC)", "Who", "What changed"])
    )
