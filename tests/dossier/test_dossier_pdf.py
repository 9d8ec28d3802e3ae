"""The PDF dossier, read back with pypdf: text in Chinese and Arabic is real text, user text prints literally, links
are clickable, every page carries the clip's SHA-256 and its number, the pictures are in it, and a cancelled
export leaves an earlier dossier as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader

from app.demo.case import build_demo_case
from app.demo.clips import ensure_demo_clips
from app.dossier.export import Progress, export
from app.media.errors import Cancelled
from app.store.store import Store

HOSTILE = "<b>x</b> & <img src=https://evil.example/p.png> <a href='javascript:alert(1)'>y</a>"
QUERY_URL = "https://video.example/watch?v=1&t=2s&note='a b'"


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    database = folder / "case.db"
    store = Store.open(database, "tester")
    build_demo_case(store, ensure_demo_clips(folder / "clips"))
    short = next(c for c in store.clips() if c["file_name"] == "vertical_short_h264.mp4")
    claim = store.create("claims", short["id"], {"frame_in": 10, "frame_out": 20, "text": HOSTILE, "rating": "Mixed"})
    store.create("sources", short["id"], {"claim_id": claim.row_id, "url": QUERY_URL, "title": "A query <i>link</i>"})
    track = {"id": "noise_level", "version": "1.0.0", "model_sha256": "cd" * 32, "provider": "cpu"}
    scores = [float(0.3 + 0.2 * np.sin(i / 7.0)) for i in range(180)]
    scores[7], scores[9] = float("nan"), float("inf")  # a detector's bad frames: left out, never a failed export
    store.record_analysis(short["id"], {**track, "frames": list(range(180)), "scores": scores})
    store.close()
    return database, short


@pytest.fixture(autouse=True)
def _own_keys(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


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


def _logical(text: str) -> str:
    """Text as typed: presentation forms folded (NFKC) and bidi marks dropped, line by line; an Arabic line that
    the extractor gave in visual order is turned round."""
    lines = []
    for line in text.splitlines():
        line = " ".join("".join(ch for ch in line if ch not in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e").split())
        lines.append(unicodedata.normalize("NFKC", line))
        lines.append(unicodedata.normalize("NFKC", line[::-1]))
    return "\n".join(lines)


def test_text_in_any_script_is_text_and_user_text_prints_literally(pdf):
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "金字塔是用激光切割的石块建造的。" in text
    assert "الأهرامات بنيت في ليلة واحدة" in _logical(text)
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
    assert "Over-smooth regions" in flat and "Written by FFmpeg" in flat  # a chart's title; a provenance hint
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
    from app.media.clip import open_clip
    from app.media.hashing import sha256_file
    from app.media.synth import ClipRecipe, write_clip
    from app.provenance.sample_credentials import created_action, make_chain, manifest_definition, sign_file

    chain = make_chain("Example Video AI")
    plain = write_clip(tmp_path / "plain.mp4", ClipRecipe(size=(160, 96), frames=24, fps=24, gop=12, b_frames=0))
    signed = tmp_path / "signed.mp4"
    sign_file(plain, signed, chain, manifest_definition("signed.mp4", [created_action()]), "video/mp4")
    clip = open_clip(signed)
    facts = clip.facts.as_dict()
    clip.close()
    store = Store.open(tmp_path / "case.db", "tester")
    try:
        row = store.add_clip(signed, sha256_file(signed), signed.stat().st_size, facts)
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
