"""The dossier in Chinese: a real export read back with pypdf has Chinese headings and labels and no English one left,
the clip's and the reviewer's own text untouched, and a JSON whose field names, schema and stored values stay
English, with its ClaimReview and MediaReview in the reviewer's language; verifying, trusted keys and the
selection's summary speak Chinese too."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from jsonschema import Draft202012Validator
from pypdf import PdfReader

from app import i18n
from app.dossier.export import ExportError, check_document, export
from app.dossier.selection import SelectionSummary
from app.dossier.signing import verify
from app.dossier.trusted_keys import TrustedKeysError, parse_trusted_keys
from app.media.synth import ClipRecipe, write_clip
from app.store.store import Store
from tests.case import add_to_case

SCHEMA = json.loads((Path(__file__).parents[2] / "resources/schemas/dossier-1.schema.json").read_text("utf-8"))
CLAIM = "金字塔是用激光切割的石块建造的。"
# A verdict carried from a re-upload ends with a line the store writes in English (app.store.carry).
CARRIED = "Carried from first.mp4 (SHA-256 0123456789ab…), a near-duplicate of this clip."
ENGLISH_CLAIM = "The Great Wall of China was built in 1950 to keep out tourists."
EXPLANATION = "No laser existed before 1960."
HEADINGS = {
    "Claims": "说法",
    "Clip-level evidence": "片段级证据",
    "Detector scores over time": "检测器分数随时间变化",
    "Evidence frames": "证据帧",
    "Provenance and media facts": "来源信息与媒体信息",
    "Method and limitations": "方法与局限",
    "Audit trail": "审计记录",
}


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.use_language("en")


@pytest.fixture(scope="module")
def written(tmp_path_factory, qapp):
    """A clip's dossier exported while ReelCheck speaks Chinese: a Chinese and an English claim (one not rated, so
    it is a draft), a source, an evidence frame, a detector's scores and a verdict."""
    folder = tmp_path_factory.mktemp("zh")
    clip = write_clip(folder / "clip.mp4", ClipRecipe(size=(320, 180), frames=48, fps=24, gop=12, b_frames=0))
    store = Store.open(folder / "case.db", "王芳")
    try:
        row = add_to_case(store, clip)
        claim = store.create(
            "claims",
            row["id"],
            {"frame_in": 4, "frame_out": 20, "text": CLAIM, "claimant": "@历史", "rating": "False"}
            | {"explanation": EXPLANATION},
        )
        store.create("claims", row["id"], {"frame_in": 24, "frame_out": 30, "text": ENGLISH_CLAIM})
        source = {
            "claim_id": claim.row_id,
            "url": "https://example.org/a",
            "title": "Quarry marks",
            "stance": "refutes",
        }
        store.create("sources", row["id"], source | {"accessed": "2026-11-20"})
        region = {"shape": "rectangle", "x0": 0.1, "y0": 0.2, "x1": 0.6, "y1": 0.45}
        store.create("evidence", row["id"], {"frame": 10, "overlay": "", "regions": [region], "note": "手部模糊"})
        verdict = {"authenticity": "Likely AI-generated", "summary": f"生成的视频。\n\n{CARRIED}", "status": "Done"}
        store.create("verdicts", row["id"], verdict | {"reviewer": "王芳", "decided_at": "2026-11-20T10:00:00Z"})
        track = {"id": "noise_level", "version": "1.0.0", "model_sha256": "cd" * 32, "provider": "cpu"}
        scores = [float(0.3 + 0.2 * np.sin(i / 7.0)) for i in range(48)]
        store.record_analysis(row["id"], {**track, "frames": list(range(48)), "scores": scores})
        i18n.use_language("zh_CN")
        exported = export(store, row["id"], folder / "out", {"name": "", "url": ""}, False, pdf=True)
    finally:
        i18n.use_language("en")
        store.close()
    return exported


def _pages(pdf: Path) -> list[str]:
    """Each page's text without spaces: pypdf puts a space where Chinese runs into a Latin word or a number."""
    return ["".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def test_the_pdf_is_in_chinese_and_the_clips_own_text_is_untouched(written):
    pages = _pages(written.pdf)
    text = "".join(pages)
    for english, chinese in HEADINGS.items():
        assert chinese in text and english.replace(" ", "") not in text, english
    for english in ("VERIFICATIONDOSSIER", "verificationdossier", "Preparedby", "DRAFT", "Page1of", "VERDICT"):
        assert english not in text
    for own in (CLAIM, ENGLISH_CLAIM, EXPLANATION, "手部模糊", "生成的视频。"):  # as typed, spaces aside
        assert own.replace(" ", "") in text
    for label in ("很可能由AI生成", "不实", "未评级", "反驳"):  # stored values, in the window's words
        assert label in text
    assert "由王芳于2026年" in pages[0]  # "prepared by", with the date as Chinese writes it
    for number, page in enumerate(pages, 1):
        assert f"第{number}页，共{len(pages)}页" in page
        assert "草稿：未指定发布机构；1条说法未评级" in page
    assert PdfReader(written.pdf).metadata.title == "核查报告：clip.mp4"


def test_the_json_keeps_english_fields_and_values_and_names_the_reviews_language(written):
    document = json.loads(written.json.read_text("utf-8"))
    Draft202012Validator(SCHEMA).validate(document)
    assert document["draft"]["reasons"] == ["no publishing organisation named", "1 claim not rated"]
    assert document["verdict"]["authenticity"] == "Likely AI-generated"
    assert [claim["rating"] for claim in document["claims"]] == ["False", ""]
    assert {review["inLanguage"] for review in document["json_ld"]} == {"zh-CN"}
    assert written.draft_reasons == ("未指定发布机构", "1 条说法未评级")  # what the window and the CLI show


def test_provenance_and_a_carried_line_are_english_in_the_json_and_chinese_in_the_pdf(written):
    document = json.loads(written.json.read_text("utf-8"))
    titles = [finding["title"] for finding in document["provenance"]["findings"]]
    assert "No Content Credentials" in titles and "No camera make or model" in titles
    assert document["provenance"]["note"].startswith("Content Credentials, invisible generator watermarks")
    assert document["verdict"]["summary"].endswith(CARRIED)
    text = "".join(_pages(written.pdf))
    assert "没有内容凭证" in text and "没有相机品牌或型号" in text and "NoContentCredentials" not in text
    assert "沿用自first.mp4（SHA-2560123456789ab…），它是本片段的近似重复。" in text and "Carriedfrom" not in text


def test_in_language_is_a_language_tag_or_nothing(written):
    document = json.loads(written.json.read_text("utf-8"))
    document["signature"] = None
    document["json_ld"][0]["inLanguage"] = "en"
    check_document(document)
    del document["json_ld"][0]["inLanguage"]  # a dossier written before the field was there
    check_document(document)
    document["json_ld"][0]["inLanguage"] = "Chinese"
    with pytest.raises(ExportError, match="json_ld/0"):
        check_document(document)


def test_verify_speaks_chinese(written, tmp_path):
    i18n.use_language("zh_CN")
    assert verify(written.json) == []
    tampered = json.loads(written.json.read_text("utf-8"))
    tampered["claims"][0]["rating"] = "True"
    copy = written.json.parent / "tampered.json"
    copy.write_text(json.dumps(tampered, ensure_ascii=False), "utf-8")
    [problem] = verify(copy)
    assert problem.startswith("签名与核查报告的内容不符（签名后改动过：claims.") and problem.endswith("）。")
    assert verify(tmp_path / "missing.json") == ["文件不存在。"]


def test_trusted_keys_and_a_selections_summary_speak_chinese():
    i18n.use_language("zh_CN")
    with pytest.raises(TrustedKeysError, match="^受信任密钥，第 1 行：PEM 块不是公钥"):
        parse_trusted_keys("-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n")
    summary = SelectionSummary(refused=[("a.mp4", "无法读取。")], cancelled=True)
    assert summary.sentence() == "已写入 0 份核查报告，1 份被拒绝，随后已取消。"
