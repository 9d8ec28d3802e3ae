"""The last English a Chinese reviewer met, read back in Chinese through the code that shows it: the analyzers'
problems (broken plugins, an unknown detector, frames too small), Content Credentials' actions and problems with
their codes, the audit trail's stored values, a carried verdict's line, a newsroom calibration's name and the command
line's help headings. What is stored or written for machines stays English."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from onnx import helper

from analyzers.evidence.clip_model import load_calibration
from analyzers.provenance.c2pa_words import action_words, problem_words
from analyzers.provenance.credentials import Problem, read_credentials
from app import i18n
from app.analysis.calibration_names import FITTED_ON, NEWSROOM_NAME, calibration_words
from app.analysis.calibrations import shipped_path
from app.analysis.detector_words import shown_calibration
from app.main import main
from app.media.synth import ClipRecipe, write_clip
from app.provenance.report import ProvenanceReport, read_provenance
from app.provenance.sample_credentials import created_action, make_chain, manifest_definition, sign_file
from app.store.carry import carry_verdict, shown_summary
from app.store.store import Store
from app.text.audit import AuditContext, audit_lines
from app.words.marks_found import known_marks
from app.words.said import read_said
from tests.analyzers.plugins import brightness_model, write_plugin
from tests.case import add_to_case
from tests.i18n.test_cli_in_chinese import _run
from tests.provenance.test_credentials import flip_bytes_inside


@pytest.fixture(autouse=True)
def chinese(monkeypatch):
    """A reviewer whose system speaks Chinese: the command line follows it, and so does what is said here."""
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    i18n.use_language("zh_CN")
    yield
    i18n.use_language("en")


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    return write_clip(tmp_path_factory.mktemp("clip") / "clip.mp4", ClipRecipe(frames=8, gop=4, size=(64, 48)))


def test_broken_plugins_are_listed_in_chinese_and_in_english_as_json(capsys, tmp_path):
    plugins = tmp_path / "plugins"
    write_plugin(plugins / "taken", "noise_level", brightness_model())
    write_plugin(plugins / "thief", "thief", None, model="../../elsewhere.onnx")
    (tmp_path / "elsewhere.onnx").write_bytes(brightness_model().SerializeToString())
    future = brightness_model()
    future.opset_import[0].CopyFrom(helper.make_opsetid("", 999))  # an opset no ONNX Runtime knows
    write_plugin(plugins / "future", "future", future)
    (plugins / "bare").mkdir()
    (plugins / "bare" / "manifest.json").write_text("{}", encoding="utf-8")

    code, out, _ = _run(capsys, "detectors", "--plugins", str(plugins))
    assert code == 0
    lines = out.splitlines()
    assert f"无法使用 {plugins / 'taken'}（插件文件夹）：ID“noise_level”已被占用" in lines
    assert f"无法使用 {plugins / 'bare'}（插件文件夹）：manifest.json 缺少“output.heatmap_meaning”" in lines
    named = "manifest.json 指明的模型为“../../elsewhere.onnx”，但它位于分析器文件夹之外（在 "
    thief = f"无法使用 {plugins / 'thief'}（插件文件夹）：{named}"
    assert any(line.startswith(thief) for line in lines), lines
    future_line = f"无法使用 {plugins / 'future'}（插件文件夹）：ONNX Runtime 无法加载 model.onnx："
    assert any(line.startswith(future_line) for line in lines), lines

    code, out, _ = _run(capsys, "detectors", "--plugins", str(plugins), "--json")
    reasons = {row["folder"]: row["reason"] for row in json.loads(out)["unusable"]}  # for machines: English
    assert reasons[str(plugins / "taken")] == "the id 'noise_level' is taken already"
    assert reasons[str(plugins / "bare")] == "manifest.json has no 'output.heatmap_meaning'"


def test_an_unknown_detector_and_frames_too_small_are_said_in_chinese(capsys, tmp_path, clip):
    code, _, err = _run(capsys, "frame", str(clip), "0", "--out", str(tmp_path / "frames"), "--overlay", "nope")
    assert code == 2 and err.startswith("没有分析器“nope”（已知的：") and err.rstrip().endswith("）。")

    plugins = tmp_path / "plugins"
    write_plugin(plugins / "big", "big", brightness_model(), input={"min_size": 100})
    scores = tmp_path / "scores.json"
    code, _, err = _run(
        capsys, "analyze", str(clip), "--plugins", str(plugins), "--detectors", "big", "--json", str(scores)
    )
    assert f"{clip}：检测器 big 无法为它打分：帧为 64x48 像素，小于它进行任何测量所需的 100x100。" in err.splitlines()


def test_a_damaged_calibration_marks_file_or_subtitle_file_is_said_in_chinese(capsys, tmp_path, clip):
    calibration = tmp_path / "calibration.json"
    calibration.write_bytes(b"\xff not JSON")
    code, _, err = _run(capsys, "evidence", str(clip), "--calibration", str(calibration))
    assert code == 2 and err.strip() == f"{calibration}：calibration.json 不是校准文件（不是 JSON 文本）"

    (tmp_path / "marks").mkdir()
    (tmp_path / "marks" / "own.json").write_text('{"marks": [{"name": " "}]}', encoding="utf-8")
    _, problem = known_marks(tmp_path / "marks")
    assert problem.startswith("标识文件 own.json 的第 1 个标识的“name”必须是非空文本。")

    beside = tmp_path / "clip.mp4"
    beside.write_bytes(clip.read_bytes())
    (tmp_path / "clip.srt").write_text("no cues here\n", encoding="utf-8")
    assert read_said(beside).problems == [
        "clip.srt 不是字幕文件：其中没有 00:00:01,000 --> 00:00:03,500 这样的时间码。"
    ]


@pytest.fixture(scope="module")
def tampered(tmp_path_factory, clip):
    """A clip signed as made by a generative AI model, then changed: its credentials no longer validate."""
    folder = tmp_path_factory.mktemp("signed")
    signed = folder / "signed.mp4"
    sign_file(clip, signed, make_chain(), manifest_definition("signed.mp4", [created_action()]), "video/mp4")
    changed = folder / "changed.mp4"
    changed.write_bytes(flip_bytes_inside(signed.read_bytes(), b"mdat", offset=64))
    return changed


def test_content_credentials_words_are_chinese_beside_their_codes(capsys, tmp_path, tampered):
    code, out, _ = _run(capsys, "provenance", str(tampered))
    assert code == 0
    lines = out.splitlines()
    assert "  操作：创建（c2pa.created）：由生成式 AI 模型生成（trainedAlgorithmicMedia）" in lines
    assert "  问题：视频内容在签名后被更改（assertion.bmffHash.mismatch）" in lines
    assert any("，但未通过验证：视频内容在签名后被更改。" in line for line in lines), lines  # the summary

    code, out, _ = _run(capsys, "provenance", str(tampered), "--json")  # for machines: English, codes apart
    details = json.loads(out)["findings"][0]["details"]
    assert details["actions"][0]["words"] == "created" and details["actions"][0]["action"] == "c2pa.created"
    assert details["problems"][0]["words"] == "the video's content changed after it was signed"


def test_the_provenance_panel_shows_the_words_in_chinese_beside_their_codes(qtbot, tampered):
    from widgets.provenance_panel import ProvenancePanel

    panel = ProvenancePanel()
    qtbot.addWidget(panel)
    panel.show_report(read_provenance(tampered, None).as_dict())
    shown = panel.shown_text().splitlines()
    assert (
        "• 创建（c2pa.created）：由生成式 AI 模型生成（trainedAlgorithmicMedia）（软件：Test Video Generator 2）"
        in shown
    )
    assert any(line.startswith("• 视频内容在签名后被更改（assertion.bmffHash.mismatch）") for line in shown), shown


def test_an_unknown_code_is_shown_as_itself_without_its_control_characters(tampered):
    credentials = read_credentials(tampered)
    code, label = "vendor.\x1b[2Jstrange", "com.example.\x07ring"
    credentials = replace(
        credentials,
        problems=(Problem(code, problem_words(code), "", ""),),
        actions=(replace(credentials.actions[0], action=label, words=action_words(label)),),
    )
    details = ProvenanceReport(credentials, None, "", ()).findings()[0]["details"]
    assert details["problems"][0]["words"] == "vendor.\\x1b[2Jstrange"
    assert details["actions"][0]["words"] == "com.example.\\x07ring"


def test_the_audit_trail_shows_stored_values_in_the_products_words():
    context = AuditContext(claims={7: 1})
    rating = {"table": "claims", "row_id": 7, "action": "edit", "before": {"rating": "Mixed"}}
    assert audit_lines(rating | {"after": {"rating": "False"}}, context) == ["说法 1：评级从 真假参半 改为 不实"]
    queue = {"table": "clips", "row_id": 3, "action": "edit", "before": {"queue_status": "New", "decision": ""}}
    after = {"queue_status": "Decided", "decision": "Label as AI-generated"}
    assert audit_lines(queue | {"after": after}, context) == [
        "片段：处理决定设为 标注为 AI 生成",
        "片段：队列状态从 待处理 改为 已处理",
    ]
    verdict = {"authenticity": "Likely AI-generated", "content_rating": "False", "status": "Done"}
    [line] = audit_lines({"table": "verdicts", "row_id": 1, "action": "create", "after": verdict}, context)
    assert line == "已记录核查结论：很可能由 AI 生成；内容评级 不实；状态 已完成"
    source = {"claim_id": 7, "title": "Quarry marks", "stance": "refutes"}
    [line] = audit_lines({"table": "sources", "row_id": 2, "action": "create", "after": source}, context)
    assert line == "说法 1 的一个信源已添加：“Quarry marks”，反驳"


def test_a_carried_verdict_says_where_it_came_from_in_chinese(tmp_path, clip):
    second = write_clip(tmp_path / "reupload.mp4", ClipRecipe(frames=10, gop=5, size=(64, 48)))
    store = Store.open(tmp_path / "case.db", "王芳")
    try:
        first, other = add_to_case(store, clip), add_to_case(store, second)
        verdict = {"authenticity": "Likely AI-generated", "summary": "生成的视频。", "status": "Done"}
        store.create("verdicts", first["id"], verdict | {"reviewer": "王芳", "decided_at": "2026-11-20T10:00:00Z"})
        carry_verdict(store, first["id"], [other["id"]], "王芳", "2026-11-21T10:00:00Z")
        stored = store.verdict(other["id"])["summary"]
    finally:
        store.close()
    sha = first["sha256"][:12]
    # stored in English, as every case before has stored it; shown in the reader's language
    assert stored == f"生成的视频。\n\nCarried from clip.mp4 (SHA-256 {sha}…), a near-duplicate of this clip."
    assert shown_summary(stored) == f"生成的视频。\n\n沿用自 clip.mp4（SHA-256 {sha}…），它是本片段的近似重复。"
    assert shown_summary("Carried from my notes.") == "Carried from my notes."  # the reviewer's own words


def test_a_newsroom_calibrations_name_and_fitting_are_chinese():
    shipped = load_calibration(shipped_path())
    fitted = FITTED_ON.format(clips=40, generated=18, camera=22, groups=9)
    local = replace(shipped, name=NEWSROOM_NAME.format(date="2026-12-07"), fitted_on=fitted)
    shown = shown_calibration(local)
    assert shown.name == "2026-12-07 的本机构校准"
    assert (
        shown.fitted_on
        == "本案卷中已有核查结论的 40 个片段（18 个生成、22 个摄像机拍摄，9 个上传者或来源），在其转码版本上测量"
    )
    assert calibration_words("A calibration from elsewhere") == "A calibration from elsewhere"


def test_the_help_headings_end_with_a_full_width_colon(capsys):
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    shown = capsys.readouterr().out
    assert "\n选项：\n" in shown and "选项:" not in shown and "位置参数：\n" in shown
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "\n命令：\n" in capsys.readouterr().out


def test_where_and_when_a_visible_mark_was_seen_is_chinese_and_english_for_the_json(clip):
    from analyzers.words.marks import GENERATOR, VisibleMark

    def seen(first, last, start, end, where):
        return VisibleMark("Sora", GENERATOR, "OpenAI Sora", "Sora", first, last, start, end, None, where)

    marks = [seen(3, 9, 0.1, 0.3, "bottom right"), seen(40, 40, 1.3, 1.3, "top left")]
    marks += [seen(50 + n, 51 + n, 2.0 + n, 2.1 + n, "in the subtitles") for n in range(6)]
    report = ProvenanceReport(read_credentials(clip), None, "", (), visible_marks=tuple(marks))
    (shown,) = [f for f in report.findings() if f["kind"] == "visible_mark"]
    (english,) = [f for f in report.findings(in_english=True) if f["kind"] == "visible_mark"]
    assert shown["details"]["seen"].startswith("见于第 3–9 帧（0.1–0.3 秒），右下；第 40 帧（1.3 秒），左上；")
    assert shown["details"]["seen"].endswith("字幕中；另有 2 次。")
    assert english["details"]["seen"].startswith("Seen on frames 3–9 (0.1–0.3 s), bottom right; frame 40 (1.3 s), ")
    as_json = json.loads(json.dumps(report.as_dict(in_english=True)))
    assert as_json["findings"][-1]["details"]["seen"].endswith("; and 2 more times.")
    assert (report.as_dict()["badge"]["words"], as_json["badge"]["words"]) == ("可见标识：Sora", "Visible mark: Sora")
