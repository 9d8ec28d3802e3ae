"""The dossier's claims: each claim's time, words, rating, explanation and sources, with the lines it quotes or
that were said or shown during it, and the sources about the clip itself. No Qt."""

from __future__ import annotations

from app.dossier.labels import value_words
from app.dossier.palette import MUTED, RATING_COLOURS, UNRATED
from app.dossier.report_markup import (
    KEEP_STYLE,
    badge,
    day,
    fine_print,
    frame_time,
    link,
    printed,
    ruled_table,
    section_heading,
)
from app.i18n import translate


def claims_section(document: dict) -> str:
    claims = document["claims"]
    out = section_heading(translate("Dossier PDF", "Claims"), page_break=True)  # the cover is a page of its own
    if not claims:
        return out + fine_print(translate("Dossier PDF", "No claims were marked on this clip."))
    rows = []
    for claim in claims:
        rating = value_words(claim["rating"]) or translate("Dossier PDF", "Not rated")
        said = printed(claim["text"])
        if claim["claimant"]:
            claimed = translate("Dossier PDF", "Claimed by {claimant}").format(claimant=claim["claimant"])
            said += f"<br/><span style='color:{MUTED};font-size:8pt'>{printed(claimed)}</span>"
        said += _words_beside(claim)
        sources = "".join(
            f"<br/><span style='font-size:8pt'>[{s['number']}] {_source_line(s)}</span>" for s in claim["sources"]
        )
        rows.append(
            [
                f"<b>{claim['number']}</b>",
                f"{printed(frame_time(document, claim['frame_in']))}<br/>"
                f"– {printed(frame_time(document, claim['frame_out']))}",
                said,
                badge(rating, RATING_COLOURS.get(claim["rating"], UNRATED), "8pt"),
                (printed(claim["explanation"]) or "") + sources,
            ]
        )
    header = [
        "#",
        translate("Dossier PDF", "Time"),
        translate("Dossier PDF", "Claim"),
        translate("Dossier PDF", "Rating"),
        translate("Dossier PDF", "Explanation and sources"),
    ]
    out += ruled_table(rows, [5, 15, 33, 13, 34], header)
    if document["clip_sources"]:
        title = translate("Dossier PDF", "Sources about the clip")
        out += f"<h3 style='{KEEP_STYLE}font-size:11pt'>{printed(title)}</h3>" + "".join(
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
        f"<br/><span style='font-size:8pt'><i>{printed(label)}</i> “{printed(line['text'])}” "
        f"<span style='color:{MUTED}'>({printed(line['track'])}, "
        f"{printed(line['timecode_in'])}–{printed(line['timecode_out'])})</span></span>"
        for label, line in shown
    )
    if more > 0:
        words = (
            translate("Dossier PDF", "and 1 more line")
            if more == 1
            else translate("Dossier PDF", "and {count} more lines").format(count=more)
        )
        out += f"<br/><span style='color:{MUTED};font-size:8pt'>{printed(words)}</span>"
    return out


_WORDS_SHOWN = 5  # lines said or shown during a claim that its row in the table quotes


def _source_line(source: dict) -> str:
    title = source["title"] or source["url"]
    parts = [link(source["url"], title) if source["url"] else printed(title)]
    details = ", ".join(printed(x) for x in (source["publisher"], day(source["published"])) if x)
    if details:
        parts.append(details)
    if source["stance"]:
        parts.append(f"<i>{printed(value_words(source['stance']))}</i>")
    if source["archive_url"]:
        parts.append(link(source["archive_url"], translate("Dossier PDF", "archived copy")))
    if source["accessed"]:
        parts.append(printed(translate("Dossier PDF", "accessed {date}").format(date=day(source["accessed"]))))
    line = " · ".join(parts)
    if source["quote"]:
        line += f"<br/>&nbsp;&nbsp;“{printed(source['quote'])}”"
    return line
