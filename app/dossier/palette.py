"""Colours: the dossier's ink on paper, and the colour of each claim rating, which the window (claims list,
timeline) and the PDF (badges, charts) share so that a rating looks the same wherever a reader meets it. No Qt.
"""

from __future__ import annotations

# The paper: text, the running head and foot (pdf.py), tables (report_markup.py) and charts (pdf_charts.py).
INK, MUTED, RULE, PAPER_TINT = "#1b1d21", "#5b616b", "#c9ccd1", "#f3f4f6"
LINK, GRID = "#1a4f9c", "#d9dce1"
DRAFT = "#b3261e"  # the running head of a dossier that is not final

# Colours a newsroom reader knows: red for false, green for true, amber between, blue for missing context, purple
# for satire, grey for open. Mid tones: white words on them print legibly, and they stand out on the window's
# dark panels.
RATING_COLOURS = {
    "True": "#2e8540",
    "Mostly true": "#5e8f1f",
    "Mixed": "#b7791f",
    "Mostly false": "#d35400",
    "False": "#c0392b",
    "Missing context": "#2471a3",
    "Unverifiable": "#6b707a",
    "Satire": "#8e44ad",
}
UNRATED = "#6b707a"
VERDICT_COLOURS = {
    "AI-generated, confirmed by provenance": "#9b1c1c",
    "Likely AI-generated": "#c2510e",
    "Undetermined": "#5b616b",
    "Likely authentic": "#2f7d46",
    "Authentic, verified provenance": "#1e6430",
}
STRENGTH_COLOURS = {"strong": "#9b1c1c", "worth a look": "#a36a00", "note": MUTED}
