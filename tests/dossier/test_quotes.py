"""The dossier quotes the clip's words beside each claim (app/dossier/quotes.py): the line a claim was made from, as
it read then, and the lines said or shown during the claim, in the JSON (following its schema, which an earlier
dossier without them still follows) and under the claim in the PDF's claims table, read back with pypdf."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from pypdf import PdfReader

from analyzers.words.lines import ON_SCREEN, SUBTITLES, TextLine
from app.dossier.export import export
from app.store.store import Store
from tests.case import add_to_case

SCHEMA = json.loads((Path(__file__).parents[2] / "resources/schemas/dossier-1.schema.json").read_text("utf-8"))
TRACK = "clip.zh-Hans.srt"
QUOTED = TextLine(SUBTITLES, TRACK, 0.5, 1.0, "金字塔是用激光切割的", 15, 29)


@pytest.fixture(scope="module")
def written(make_clip, tmp_path_factory, qapp):
    """A 64-frame clip at 30 fps with subtitles and on-screen text, one claim made from a line and one typed, its
    dossier exported as JSON and PDF."""
    folder = tmp_path_factory.mktemp("quotes")
    store = Store.open(folder / "case.db", "tester")
    try:
        clip = add_to_case(store, make_clip("h264"))["id"]
        store.replace_words(clip, SUBTITLES, TRACK, [TextLine(SUBTITLES, TRACK, 0.0, 0.5, "请看", 0, 14), QUOTED])
        store.replace_words(
            clip, ON_SCREEN, "on-screen text", [TextLine(ON_SCREEN, "on-screen text", 0.9, 2.0, "AI生成", 27, 59)]
        )
        store.claim_from_line(clip, QUOTED, QUOTED.first_frame, QUOTED.last_frame)
        store.create("claims", clip, {"frame_in": 40, "frame_out": 50, "text": "Typed by the reviewer"})
        # read again after the claim was made: the dossier still quotes what the line said then
        store.replace_words(clip, SUBTITLES, TRACK, [TextLine(SUBTITLES, TRACK, 0.5, 1.0, "读错了", 15, 29)])
        files = export(store, clip, folder / "out", {"name": "Desk", "url": ""}, False, pdf=True)
    finally:
        store.close()
    return json.loads(files.json.read_text("utf-8")), files.pdf


def test_the_json_quotes_the_line_as_it_read_then_and_the_lines_during_each_claim(written):
    document, _ = written
    Draft202012Validator(SCHEMA).validate(document)
    made, typed = document["claims"]
    assert made["quoted_line"] == {
        "source": SUBTITLES,
        "track": TRACK,
        "start": 0.5,
        "end": 1.0,
        "timecode_in": "00:00:00.500",
        "timecode_out": "00:00:01.000",
        "text": "金字塔是用激光切割的",
    }
    assert [(line["text"], line["source"]) for line in made["words_during"]] == [
        ("读错了", SUBTITLES),
        ("AI生成", ON_SCREEN),
    ]
    assert typed["quoted_line"] is None and [line["text"] for line in typed["words_during"]] == ["AI生成"]
    assert made["words_left_out"] == typed["words_left_out"] == 0


def test_a_dossier_from_before_the_quotes_still_follows_the_schema(written):
    earlier = copy.deepcopy(written[0])
    for claim in earlier["claims"]:
        for key in ("quoted_line", "words_during", "words_left_out"):
            del claim[key]
    Draft202012Validator(SCHEMA).validate(earlier)
    earlier["claims"][0]["quoted_line"] = {"source": "gossip", "track": "", "start": 0, "end": 1, "text": "x"}
    assert not Draft202012Validator(SCHEMA).is_valid(earlier)


def test_the_pdf_prints_the_quote_in_chinese_under_its_claim(written):
    _, pdf = written
    # without spaces: pypdf puts one wherever the font changes (Chinese is set in another font)
    text = "".join("".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    claims = text[text.index("Claims#TimeClaim") : text.index("Clip-levelevidence")]
    first, second = claims.split("TypedbythereviewerShownthen")
    assert "Quotes“金字塔是用激光切割的”(clip.zh-Hans.srt,00:00:00.500–00:00:01.000)" in first
    assert "Saidthen“读错了”" in first and "Shownthen“AI生成”(on-screentext,00:00:00.900–00:00:02.000)" in first
    assert second.startswith("“AI生成”") and "Quotes" not in second


def test_a_visible_label_read_on_the_frames_is_a_provenance_finding_of_the_dossier(written):
    document, pdf = written
    [label] = [f for f in document["provenance"]["findings"] if f["kind"] == "visible_mark"]
    assert label["title"] == "Visible AI label: AI生成" and label["strength"] == "strong"
    assert "frames 27–59" in label["details"]["seen"] and "pasted onto camera footage" in label["sentence"]
    text = "".join("".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "VisibleAIlabel:AI生成" in text and "frames27–59" in text
