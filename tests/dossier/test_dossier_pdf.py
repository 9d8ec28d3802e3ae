"""The PDF dossier, read back with pypdf: text in Chinese and Arabic is real text (Arabic in logical letters), user
text prints literally with bidi overrides shown, links are clickable, every page carries the clip's SHA-256 and its
number (and a draft says so on each), times are written one way, the audit trail is in words, short sections share
pages, the pictures are in it, and a cancelled export leaves an earlier dossier as it was."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader

from app.demo.case import build_demo_case
from app.demo.clips import ensure_demo_clips
from app.dossier.export import Progress, export
from app.dossier.palette import RATING_COLOURS
from app.dossier.pdf_text import is_presentation_form
from app.dossier.report_html import report_html
from app.media.errors import Cancelled
from app.store.rules import RATINGS
from app.store.store import Store
from app.text.timecode import format_timecode
from tests.case import add_to_case

HOSTILE = "<b>x</b> & <img src=https://evil.example/p.png> <a href='javascript:alert(1)'>y</a>"
QUERY_URL = "https://video.example/watch?v=1&t=2s&note='a b'"
POSING = "https://\u202emoc.elgoog/"  # reads as https://google.com/ where the override is obeyed


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    database = folder / "case.db"
    store = Store.open(database, "tester")
    build_demo_case(store, ensure_demo_clips(folder / "clips"))
    short = next(c for c in store.clips() if c["file_name"] == "vertical_short_h264.mp4")
    claim = store.create("claims", short["id"], {"frame_in": 10, "frame_out": 20, "text": HOSTILE, "rating": "Mixed"})
    store.create("sources", short["id"], {"claim_id": claim.row_id, "url": QUERY_URL, "title": "A query <i>link</i>"})
    store.create("sources", short["id"], {"claim_id": claim.row_id, "title": f"Seen at {POSING}"})
    track = {"id": "noise_level", "version": "1.0.0", "model_sha256": "cd" * 32, "provider": "cpu"}
    scores = [float(0.3 + 0.2 * np.sin(i / 7.0)) for i in range(180)]
    scores[7], scores[9] = float("nan"), float("inf")  # a detector's bad frames: left out, never a failed export
    store.record_analysis(short["id"], {**track, "frames": list(range(180)), "scores": scores})
    store.close()
    return database, short


@pytest.fixture(scope="module")
def pdf(case, tmp_path_factory, qapp):
    """The demo clip's PDF dossier, written once for the module (qapp: the suite's one QApplication paints it)."""
    database, short = case
    store = Store.open(database, "tester")
    try:
        written = export(
            store,
            short["id"],
            tmp_path_factory.mktemp("out"),
            {"name": "Desk", "url": ""},
            False,
            json_dossier=False,
            pdf=True,
        )
    finally:
        store.close()
    assert written.json is None
    return written.pdf


def _lines_both_ways(text: str) -> list[str]:
    """Each line with its words one space apart, as extracted and turned round: pypdf gives an Arabic line in the
    order its glyphs print (right to left), where a PDF viewer reorders it."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return lines + [line[::-1] for line in lines]


def _pages_text(pdf: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def test_text_in_any_script_is_text_and_user_text_prints_literally(pdf):
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "金字塔是用激光切割的石块建造的。" in text
    # The text layer holds the letters as typed, not the presentation forms Qt's glyph lookup names.
    assert "الأهرامات بنيت في ليلة واحدة" in _lines_both_ways(text)
    assert not [c for c in text if is_presentation_form(c)]
    flat = " ".join(text.split())
    assert "<b>x</b> &" in flat and "<img src=https://evil.example/p.png>" in flat  # printed, not obeyed
    assert "Likely AI-generated" in flat and "vertical_short_h264.mp4" in flat
    for heading in (
        "Claims",
        "Detector scores over time",
        "Evidence frames",
        "Provenance and media facts",
        "Method and limitations",
        "Audit trail",
    ):
        assert heading in flat
    assert "Smoother than the rest of the frame" in flat  # a chart's title
    assert "Written by FFmpeg" in flat  # a provenance hint
    assert reader.metadata.title == "Verification dossier: vertical_short_h264.mp4"


def test_every_page_carries_the_clips_hash_and_its_number(pdf, case):
    _, short = case
    pages = PdfReader(pdf).pages
    assert len(pages) >= 6
    for number, page in enumerate(pages, 1):
        words = " ".join(page.extract_text().split())
        assert short["sha256"] in words and f"Page {number} of {len(pages)}" in words


def test_sources_are_clickable_links_and_only_web_links_are(pdf):
    links = []
    for page in PdfReader(pdf).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            links.append(action.get("/URI"))
    assert "https://en.wikipedia.org/wiki/Great_Wall_of_China" in links
    assert "https://www.tiktok.com/@history.facts.daily/video/7300000000000000001" in links  # the clip's source
    assert "https://video.example/watch?v=1&t=2s&note=%27a%20b%27" in links  # a query string survives
    assert not any(str(link).startswith("javascript") for link in links)


def test_pictures_are_in_it(pdf):
    heights = []
    for page in PdfReader(pdf).pages:
        for item in (page["/Resources"].get("/XObject") or {}).values():
            item = item.get_object()
            if item.get("/Subtype") == "/Image":
                heights.append(int(item["/Height"]))
    assert len(heights) >= 9  # six frames across the clip, one chart, two evidence frames
    assert max(heights) == 1280  # an evidence frame of the 720 x 1280 clip, at full size


def test_the_command_line_writes_the_pdf_even_with_a_display_out_of_reach(case, tmp_path):
    """An SSH session whose X forwarding is gone: the PDF writer shows no window, so it needs no display."""
    database, short = case
    env = {**os.environ, "DISPLAY": ":77", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("QT_QPA_PLATFORM", None)
    command = [sys.executable, "-m", "app.main", "--db", str(database), "export", str(short["id"]), "--pdf"]
    result = subprocess.run(
        [*command, "--out", str(tmp_path / "out")], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).read_bytes().startswith(b"%PDF-")


def test_a_cancelled_export_keeps_the_earlier_dossier(case, tmp_path, qapp):
    database, short = case
    out = tmp_path / "out"
    store = Store.open(database, "tester")
    try:
        first = export(store, short["id"], out, {"name": "", "url": ""}, False, json_dossier=False, pdf=True)
        before = first.pdf.read_bytes()
        steps = iter(range(100))
        with pytest.raises(Cancelled):  # cancelled on the way, after the new PDF was laid out
            export(
                store,
                short["id"],
                out,
                {"name": "", "url": ""},
                False,
                pdf=True,
                progress=Progress(cancelled=lambda: next(steps) >= 3),
            )
    finally:
        store.close()
    assert first.pdf.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == [first.pdf.name]  # no staging folder, no JSON, no evidence


def test_the_dossier_carries_signed_ai_credentials(tmp_path, qapp):
    """A clip signed with Content Credentials that declare generative AI: the JSON records the finding with the
    signer on the trust list, and the PDF says it in words."""
    from app.media.synth import ClipRecipe, write_clip
    from app.provenance.sample_credentials import created_action, make_chain, manifest_definition, sign_file

    chain = make_chain("Example Video AI")
    plain = write_clip(tmp_path / "plain.mp4", ClipRecipe(size=(160, 96), frames=24, fps=24, gop=12, b_frames=0))
    signed = tmp_path / "signed.mp4"
    sign_file(plain, signed, chain, manifest_definition("signed.mp4", [created_action()]), "video/mp4")
    store = Store.open(tmp_path / "case.db", "tester")
    try:
        row = add_to_case(store, signed)
        written = export(
            store,
            row["id"],
            tmp_path / "out",
            {"name": "", "url": ""},
            False,
            pdf=True,
            trust_list=chain.write_ca(tmp_path / "trust.pem"),
        )
    finally:
        store.close()
    findings = json.loads(written.json.read_text("utf-8"))["provenance"]["findings"]
    credentials = findings[0]
    assert credentials["kind"] == "content_credentials" and credentials["strength"] == "strong"
    assert credentials["title"] == "Content Credentials: AI-generated"
    assert credentials["details"]["trust"] == "on the trust list"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(written.pdf).pages).split())
    assert "Content Credentials: AI-generated" in text and "made by a generative AI model" in text
    assert "Example Video AI" in text  # the issuer


def test_score_charts_take_bad_scores_one_frame_and_ranges_past_the_end():
    from app.dossier.pdf_charts import LINE, ChartMarks, score_chart

    marks = ChartMarks(frame_count=10, fps=0, claims=((1, 5, 50),), evidence=(("E1", 99),))

    def line_pixels(image) -> int:
        """Pixels of the score line's own colour (within antialiasing's reach)."""
        pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
        blue, green, red = (pixels[..., i].astype(int) for i in range(3))
        close = (abs(red - LINE.red()) + abs(green - LINE.green()) + abs(blue - LINE.blue())) < 60
        return int(close.sum())

    size = (1015, 235)
    assert line_pixels(score_chart([4], [0.5], marks, size)) > 0  # one frame: a dot
    assert line_pixels(score_chart([1, 2], [float("nan"), float("inf")], marks, size)) == 0
    assert line_pixels(score_chart([0, 5, 9], [0.1, float("nan"), 0.3], marks, size)) > 20


def test_the_signed_json_names_the_pdf_and_verify_checks_it(case, tmp_path):
    from app.dossier.signing import check

    database, short = case
    store = Store.open(database, "tester")
    try:
        written = export(store, short["id"], tmp_path / "out", {"name": "", "url": ""}, False, pdf=True)
    finally:
        store.close()
    document = json.loads(written.json.read_text("utf-8"))
    assert document["pdf"]["file"] == written.pdf.name
    result = check(written.json)
    assert result.problems == [] and result.pdf_checked
    data = bytearray(written.pdf.read_bytes())
    data[len(data) // 2] ^= 0x01
    written.pdf.write_bytes(bytes(data))
    assert check(written.json).problems == [
        f"PDF {written.pdf.name}: its SHA-256 does not match the dossier's "
        "(the file changed, or the PDF was exported again without this JSON)."
    ]
    written.pdf.unlink()
    assert check(written.json).problems == [f"PDF {written.pdf.name}: is missing."]
    os.mkfifo(written.pdf)  # a pipe unpacked from an archive: said, never read (reading it would never end)
    assert check(written.json).problems == [
        f"PDF {written.pdf.name}: is a named pipe (FIFO), not a file: it would wait for a writer for ever."
    ]


def test_bidi_overrides_and_control_characters_in_user_text_are_shown_as_codes(pdf):
    text = " ".join(_pages_text(pdf))
    assert "Seen at https://\\u202emoc.elgoog/" in text  # the override shown, not obeyed
    assert "\u202e" not in text
    # Text read from a file (an encoder tag, a credential's title) can carry escapes the store never sees.
    page = report_html(_one_claim_document("False", text="Tag\x1b]0;forged\x07 \u2066isolate\u2069"), [], [], {})
    assert "Tag\\x1b]0;forged\\x07 \\u2066isolate\\u2069" in page and "\x1b" not in page


def test_times_are_written_one_way(pdf):
    """HH:MM:SS.mmm, as the window writes them (format_timecode); chart ticks are drawn, not text."""
    text = " ".join(_pages_text(pdf))
    times = re.findall(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\.\d+", text)  # clock times in the audit have no fraction
    assert times and all(re.fullmatch(r"\d{2}:\d{2}:\d{2}\.\d{3}", t) for t in times), times
    assert f"{format_timecode(10 / 30)} – {format_timecode(20 / 30)}" in text  # the claim marked at frames 10-20


def test_the_audit_trail_is_in_words(pdf):
    pages = _pages_text(pdf)
    audit = " ".join(pages[next(i for i, p in enumerate(pages) if "Audit trail" in p) :])
    assert "Claim 1 marked at 00:00:00.333–00:00:00.667, rated Mixed" in audit
    assert "Evidence E1 at 00:00:01.000 pinned (overlay noise_level, 1 region marked)" in audit
    assert "Verdict recorded: Likely AI-generated" in audit
    assert '{"' not in audit and "frame_in" not in audit


def test_short_sections_share_a_page_and_titles_stay_with_what_follows(pdf):
    pages = _pages_text(pdf)

    def page_of(words: str) -> int:
        return next(i for i, page in enumerate(pages) if words in page)

    assert page_of("Detector scores over time") == page_of("Claims")  # one chart follows the claims
    assert page_of("Evidence frames") == page_of("E1 · frame") == page_of("E2 · frame")  # two frames share
    assert page_of("Smoother than the rest of the frame (noise level) version") == page_of("Detector scores over time")
    assert len(pages) <= 6


def test_a_final_dossier_is_not_marked_a_draft(pdf):
    assert not any("DRAFT" in page for page in _pages_text(pdf))


def test_the_window_and_the_pdf_colour_each_rating_alike():
    from widgets.claims_panel import rating_colour

    for rating in RATINGS:
        assert rating_colour(rating, list(RATINGS)).name() == RATING_COLOURS[rating], rating
    assert RATING_COLOURS["Satire"] in report_html(_one_claim_document("Satire"), [], [], {})


def _one_claim_document(rating: str, text: str = "A claim") -> dict:
    claim = {
        "id": 1,
        "number": 1,
        "frame_in": 0,
        "frame_out": 1,
        "timecode_in": "00:00:00.000",
        "timecode_out": "00:00:00.033",
        "text": text,
        "claimant": "",
        "rating": rating,
        "explanation": "",
        "sources": [],
    }
    return {
        "clip": {"file_name": "a.mp4", "sha256": "0" * 64, "size": 1, "media": {}, "source": {}},
        "organisation": {"name": "Desk", "url": ""},
        "reviewer": "",
        "created": "2026-01-01T00:00:00Z",
        "tool": {"name": "ReelCheck", "version": "0"},
        "verdict": None,
        "claims": [claim],
        "clip_sources": [],
        "analyzers": [],
        "evidence": [],
        "provenance": {"findings": [], "note": ""},
        "audit": [],
    }


def test_marks_on_one_frame_share_a_label_and_close_marks_stack():
    from PySide6.QtGui import QFont, QFontMetricsF

    from app.dossier.pdf_charts import _merged, _stacked

    merged = _merged([(30, "E1"), (30, "E2"), (31, "E3"), (90, "E4")])
    assert merged == [(30, "E1, E2"), (31, "E3"), (90, "E4")]
    metrics = QFontMetricsF(QFont())
    placed = _stacked([(float(frame) * 10, label) for frame, label in merged], metrics, 4.0)
    rows = {label: row for row, (_, label) in placed}
    assert rows == {"E1, E2": 0, "E3": 1, "E4": 0}  # E3 would print over "E1, E2": it goes a row up


def test_chart_ticks_fall_on_round_times():
    from app.dossier.pdf_charts import _time_ticks

    assert [label for _, label in _time_ticks(179, 30.0)] == [f"00:00:0{s}" for s in range(6)]
    ticks = _time_ticks(35, 29.97)  # 1.168 s
    assert [label for _, label in ticks] == [f"00:00:0{t // 10}.{t % 10}" for t in range(0, 12, 2)]
    assert [round(frame, 3) for frame, _ in ticks[:2]] == [0, round(0.2 * 29.97, 3)]
    assert [label for _, label in _time_ticks(1000, 0)] == [f"frame {n}" for n in range(0, 1001, 200)]


def test_a_draft_is_named_on_every_page_and_in_the_json(case, tmp_path):
    database, short = case
    store = Store.open(database, "tester")
    try:
        other = next(c for c in store.clips() if c["file_name"] == "phone_rotated_h264.mp4")
        store.create("claims", other["id"], {"frame_in": 1, "frame_out": 2, "text": "Not rated yet"})
        store.delete("verdicts", store.verdict(other["id"])["id"])
        written = export(store, other["id"], tmp_path / "out", {"name": "", "url": ""}, False, pdf=True)
    finally:
        store.close()
    document = json.loads(written.json.read_text("utf-8"))
    reasons = ["no publishing organisation named", "no verdict recorded", "1 claim not rated"]
    assert document["draft"] == {"is_draft": True, "reasons": reasons}
    for page in _pages_text(written.pdf):
        assert f"DRAFT: {', '.join(reasons)}" in page
    assert f"Draft, not final: {', '.join(reasons)}." in _pages_text(written.pdf)[0]  # under the verdict


def test_the_text_layer_names_letters_for_ranges_and_leaves_other_files_alone():
    from app.dossier.pdf_text import _cmap_entries, _folded_cmap, logical_text_layer

    cmap = (
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\n"
        b"endcodespacerange\n2 beginbfrange\n<0000> <0000> <0000>\n<0003> <0005> <FEDF>\nendbfrange\n"
        b"1 beginbfchar\n<0007> <FEFB>\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )
    assert _cmap_entries(cmap) == {0: "\x00", 3: "\ufedf", 4: "\ufee0", 5: "\ufee1", 7: "\ufefb"}
    assert _cmap_entries(_folded_cmap(cmap)) == {0: "\x00", 3: "ل", 4: "ل", 5: "م", 7: "لا"}  # lam-alef: two
    assert logical_text_layer(b"%PDF-1.4\n% not as Qt writes it\n") == b"%PDF-1.4\n% not as Qt writes it\n"
