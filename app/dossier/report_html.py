"""The PDF dossier's pages as rich text: cover, claims, score charts, evidence, provenance, method, audit trail.

The report's own words are in the reviewer's language; the clip's and the reviewer's (claims, sources, names)
print as they were typed. Everything a reviewer, a source or a clip typed is escaped once, by
`report_markup.printed`: user text is data and prints literally. Pictures are named by URL (`keyframe:`, `chart:`,
`evidence:`); the PDF writer supplies them. Each section is written by its own module (report_*.py). No Qt.
"""

from __future__ import annotations

from app.dossier.palette import INK
from app.dossier.report_audit import audit_section
from app.dossier.report_claims import claims_section
from app.dossier.report_cover import cover_page
from app.dossier.report_evidence_frames import evidence_section
from app.dossier.report_markup import KEEP_WITH_NEXT, KEYFRAMES, chart_url, evidence_url, keyframe_url
from app.dossier.report_method import method_section
from app.dossier.report_provenance import provenance_section
from app.dossier.report_scores import clip_evidence_section, scores_section

# The PDF writer (pdf.py, pdf_inputs.py) names the pictures and moves the marked blocks with these.
__all__ = ["KEEP_WITH_NEXT", "KEYFRAMES", "chart_url", "evidence_url", "keyframe_url", "report_html"]


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
        cover_page(document, keyframes),
        claims_section(document),
        clip_evidence_section(document),
        scores_section(document),
        evidence_section(document, sizes),
        provenance_section(document, media_rows),
        method_section(document),
        audit_section(document),
    ]
    return f"<html><body style='color:{INK}'>{''.join(parts)}</body></html>"
