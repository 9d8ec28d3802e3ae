"""The case's words in Simplified Chinese, read through the real code paths: the built-in detectors' and the shipped
calibration's texts, media refusals, media facts, the store's refusals, undo and audit lines, provenance hints and
levels. Also: every text a built-in manifest shows is marked for translation, so none is left in English."""

from __future__ import annotations

import errno
import json
import os
import re
import sqlite3

import pytest

from analyzers.built_in_words import CALIBRATION_TEXTS, MANIFEST_TEXTS
from analyzers.evidence.clip_model import load_calibration
from analyzers.registry import discover
from analyzers.resources import models_dir, resources_dir
from app import i18n
from app.analysis.detector_words import camera_band_words, evidence_in_words, shown_calibration, shown_manifest
from app.files.regular import what_it_is, why_unreadable
from app.media.clip import open_clip
from app.media.errors import MediaError
from app.provenance.metadata import metadata_hints
from app.provenance.report import shown_sentence, strength_label
from app.store.history import describe
from app.store.rules import ORGANISATION_URL, Refused, check_url
from app.store.store import Change, Store, StoreError
from app.text.audit import AuditContext, audit_lines
from app.text.facts import facts_sections

# Latin words the Chinese texts keep: names, formats, units and figures' labels.
_KEPT = {"AUC", "CRF", "px", "fps", "SHA", "GIF", "CCTV", "CGI", "OK", "ReelCheck", "FFmpeg", "HandBrake", "CapCut"}


@pytest.fixture(autouse=True)
def chinese():
    assert i18n.use_language("zh_CN") == "zh_CN"
    yield
    i18n.use_language("en")


def _shown_texts(manifest) -> list[str]:
    band = [manifest.camera_band.measured_on] if manifest.camera_band else []
    meanings = [manifest.output.heatmap_meaning, manifest.output.score_meaning]
    return [manifest.name, manifest.cue, *meanings, *band, *manifest.failure_modes, *manifest.measured]


def _english(text: str) -> list[str]:
    words = re.findall(r"(?<![0-9A-Za-z])[A-Za-z]{2,}(?![0-9A-Za-z])", text.replace("H.264", ""))  # not hex digits
    return [word for word in words if word not in _KEPT]


def test_every_text_a_built_in_manifest_shows_is_marked_and_shown_in_chinese():
    for folder in sorted(models_dir().iterdir()):
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        band = data["output"].get("camera_band")
        written = [data["name"], data["cue"], data["output"]["heatmap_meaning"], data["output"]["score_meaning"]]
        written += [band["measured_on"]] if band else []
        written += data["failure_modes"] + data.get("measured", [])
        assert set(written) <= MANIFEST_TEXTS, f"{folder.name}: run the markers again from its manifest"
    analyzers = discover().analyzers
    assert len(analyzers) == 7
    for analyzer in analyzers:
        shown = shown_manifest(analyzer.manifest)
        for text in _shown_texts(shown):
            assert not _english(text), (analyzer.manifest.id, text)
    noise = shown_manifest(discover().get("noise_level").manifest)
    assert noise.name == "比画面其余部分更平滑（噪声水平）"
    assert camera_band_words(noise.camera_band).startswith("相机拍摄的画面在此通常得分 0.008-0.316：")


def test_the_shipped_calibration_is_marked_and_its_figure_is_said_in_chinese():
    shipped = load_calibration(resources_dir() / "calibrations" / "shipped.json")
    assert {shipped.name, shipped.fitted_on, *shipped.failure_modes, *shipped.measured} <= CALIBRATION_TEXTS
    shown = shown_calibration(shipped)
    assert shown.name == "ReelCheck 随附校准 1"
    assert all(not _english(text) for text in [shown.fitted_on, *shown.failure_modes, *shown.measured])
    evidence = shipped.evidence({name: [0.9] * 8 for name in shipped.analyzers})
    words = evidence_in_words(evidence)
    assert words.startswith("这些分数出现在") and words.endswith("假设事先两者可能性相同）")


def test_media_refusals_and_facts_are_in_chinese(tmp_path, h264_clip):
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    with pytest.raises(MediaError, match="^文件 empty.mp4 是空的（0 字节）。$"):
        open_clip(empty)
    clip = open_clip(h264_clip)
    try:
        sections = facts_sections(clip.facts)
        hints = metadata_hints(clip.facts, h264_clip)
    finally:
        clip.close()
    assert [title for title, _ in sections] == ["文件", "视频", "音频", "标签"]
    video = dict(sections[1][1])
    assert video["时序"] in ("恒定帧率", "可变帧率") and video["旋转"] == "无"
    titles = [shown_sentence(hint.title) for hint in hints]  # said where the findings are shown
    assert titles and all(not _english(title) for title in titles)
    assert "没有音轨" in titles


def test_the_store_refuses_in_chinese(tmp_path):
    with pytest.raises(Refused) as refused:
        check_url("javascript:alert(1)", ORGANISATION_URL)
    assert str(refused.value) == "机构网址必须以 http:// 或 https:// 开头（现在是 'javascript:'）。"
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("create table notes (text)")
    with pytest.raises(StoreError, match="属于另一个程序（不含 ReelCheck 数据表的 SQLite 数据库）"):
        Store.open(foreign)


def test_undo_texts_and_the_audit_trail_are_in_chinese():
    assert describe(Change("claims", 4, 1, {"rating": ""}, {"rating": "False"}, "edit")) == "编辑说法"
    bulk = [Change("clips", n, n, {"decision": ""}, {"decision": "Remove"}, "edit") for n in (1, 2, 3)]
    assert describe(bulk) == "编辑 3 个片段"
    context = AuditContext(fps=25.0, claims={4: 2})
    entry = {"table": "claims", "row_id": 4, "action": "undo", "before": {"rating": "Mostly false"}}
    entry["after"] = {"rating": "False"}
    # the stored ratings in the words the claims panel uses; the audit row keeps them in English
    assert audit_lines(entry, context) == ["已撤销：说法 2：评级从 基本不实 改为 不实"]
    created = {"table": "clips", "row_id": 1, "action": "create", "before": {}, "after": {"file_name": "桥.mp4"}}
    assert audit_lines(created, context) == ["片段已加入案卷：桥.mp4"]


def test_provenance_strengths_are_shown_in_chinese():
    assert [strength_label(s) for s in ("strong", "worth a look", "note")] == ["强", "值得一看", "备注"]


def test_what_a_path_is_and_why_it_cannot_be_read_are_said_in_chinese(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    assert what_it_is(os.stat(tmp_path / "pipe")) == "是命名管道（FIFO），不是文件：读取它会一直等待写入方"
    assert what_it_is(os.stat(tmp_path)) == "是文件夹，不是文件"
    assert why_unreadable(OSError(errno.ENOENT, "No such file")) == "不存在"
    assert why_unreadable(OSError(errno.EIO, "Input/output error")) == "无法读取（Input/output error）"


def test_the_watermark_readings_details_are_in_chinese():
    import numpy as np

    from analyzers.provenance.watermark import read_picture
    from app.provenance.report import watermark_details

    finding = read_picture(np.zeros((256, 256, 3), np.uint8))
    chinese = watermark_details(finding)  # the module's fixture speaks Chinese
    i18n.use_language("en")
    english = watermark_details(finding)
    assert english["summary"] == finding.summary and english["caveat"] == finding.caveat
    for key in ("summary", "caveat"):
        assert chinese[key] != english[key] and re.search(r"[\u4e00-\u9fff]", chinese[key])
    for reading in chinese["readings"]:
        assert re.search(r"[\u4e00-\u9fff]", reading["sentence"])
