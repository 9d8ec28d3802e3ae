"""The review panels, dialogs and commands in Simplified Chinese: no English word left on them, the glossary's terms
where a reviewer reads them, and every stored value (ratings, assessments, statuses, stances) still English in the
case while it is shown in Chinese."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from app.store import rules
from app.ui.language import speak
from tests.i18n.shown_words import english_shown
from tests.ui import test_player_window as player_tests
from tests.ui.test_sources_verdict import open_in_case

pytestmark = pytest.mark.gui

window = player_tests.window
CLAIMS = [
    {"id": 1, "clip_id": 1, "frame_in": 3, "frame_out": 9, "text": "这段视频拍于 1999 年。", "claimant": "旁白"}
    | {"rating": "False", "explanation": "画面中的手机是 2020 年后的型号。"},
    {"id": 2, "clip_id": 1, "frame_in": 12, "frame_out": 12, "text": "", "claimant": "", "rating": ""}
    | {"explanation": ""},
]


@pytest.fixture(autouse=True)
def chinese(qapp):
    """Chinese as the window speaks it: ReelCheck's words, and Qt's own (a dialog's Close)."""
    assert speak(qapp, "zh_CN") == "zh_CN"
    yield
    speak(qapp, "en")


def test_the_claims_panel_shows_the_default_ratings_in_chinese_and_sends_them_in_english(qtbot):
    from widgets.claims_panel import ClaimsPanel

    panel = ClaimsPanel(tuple(rules.RATINGS))
    qtbot.addWidget(panel)
    panel.set_claims(CLAIMS)
    panel.select(1)
    panel.show_similar([{"text": "视频拍于 1999 年", "rating": "Mostly false", "file_name": "另一段采访"}])
    panel.refused(1, {"claimant": "x" * 3}, "声称者一栏太长。")
    assert english_shown(panel) == []
    assert panel.new_button.text() == "新建说法"
    assert [panel.rating.itemText(i) for i in range(3)] == ["未评级", "属实", "基本属实"]
    assert [panel.list.topLevelItem(i).text(1) for i in range(2)] == ["不实", "未评级"]
    assert panel.similar_title.text() == "其他片段上核查过的相似说法（1）"
    assert "基本不实" in panel.similar.item(0).text()

    with qtbot.waitSignal(panel.edited) as sent:
        panel.rating.setCurrentIndex(panel.rating.findText("缺少背景"))
        panel.rating.activated.emit(panel.rating.currentIndex())
    assert sent.args == [1, {"rating": "Missing context"}]  # the case keeps the English value


def test_a_reviewer_s_own_ratings_are_shown_as_they_wrote_them(qtbot):
    from widgets.claims_panel import ClaimsPanel

    panel = ClaimsPanel(("True", "Needs a look", "假"))
    qtbot.addWidget(panel)
    assert [panel.rating.itemText(i) for i in range(4)] == ["未评级", "属实", "Needs a look", "假"]


def test_the_verdict_and_sources_panels_speak_chinese(qtbot):
    from widgets.sources_panel import SourcesPanel
    from widgets.verdict_panel import VerdictPanel

    verdict = VerdictPanel(rules.AUTHENTICITY, tuple(rules.RATINGS), rules.REVIEW_STATUSES)
    qtbot.addWidget(verdict)
    verdict.set_clip({"id": 1, "source_url": "https://例子.中国/视频/1", "title": "一段视频"})
    verdict.set_verdict(
        {"authenticity": "Likely AI-generated", "content_rating": "False", "status": "Needs second opinion"}
        | {"summary": "生成的片段。", "decided_at": "2026-03-01T14:03:07+00:00", "reviewer": "文静"}
    )
    assert english_shown(verdict) == []
    assert verdict.combos["authenticity"].currentText() == "很可能由 AI 生成"
    assert verdict.combos["content_rating"].currentText() == "不实"
    assert verdict.combos["status"].currentText() == "待复核"
    assert verdict.decided.full_text == "2026年3月1日 14:03 UTC，由 文静 判定"
    with qtbot.waitSignal(verdict.verdict_edited) as chosen:
        verdict.combos["status"].activated.emit(verdict.combos["status"].findText("已完成"))
    assert chosen.args == [{"status": "Done"}]

    sources = SourcesPanel(rules.STANCES)
    qtbot.addWidget(sources)
    sources.set_clip_open(True)
    sources.set_claim(1, "“这段视频拍于 1999 年。”")
    sources.set_sources(
        [{"id": 7, "claim_id": 1, "url": "https://例子.中国/文章", "title": "辟谣文章"} | {"stance": "refutes"}]
    )
    assert english_shown(sources) == []
    assert sources.scope.text() == "说法的信源：“这段视频拍于 1999 年。”"
    assert sources.list.item(0).text() == "辟谣文章\n反驳"
    assert sources.stance.currentText() == "反驳"


def test_a_decision_time_reelcheck_did_not_write_is_shown_as_stored(qtbot):
    from widgets.verdict_panel import VerdictPanel

    verdict = VerdictPanel(rules.AUTHENTICITY, tuple(rules.RATINGS), rules.REVIEW_STATUSES)
    qtbot.addWidget(verdict)
    verdict.set_clip({"id": 1})
    verdict.set_verdict({"authenticity": "Undetermined", "decided_at": "上周二", "reviewer": ""})
    assert verdict.decided.full_text == "上周二，由未署名的核查员判定"
    assert verdict.combos["authenticity"].currentText() == "无法确定"


def test_the_evidence_panel_and_case_search_speak_chinese(qtbot):
    from widgets.case_search import CaseSearchDialog
    from widgets.evidence_panel import EvidenceItem, EvidencePanel

    panel = EvidencePanel()
    qtbot.addWidget(panel)
    assert english_shown(panel) == []  # nothing pinned yet: how to pin
    regions = ({"shape": "arrow", "x0": 0.1, "y0": 0.1, "x1": 0.5, "y1": 0.5},) * 2
    panel.set_items([EvidenceItem(3, 30, "00:00:01.000", "", "手指数目不对", regions, None)])
    assert english_shown(panel) == []
    assert panel.list.item(0).text() == "第 30 帧 · 00:00:01.000\n原始画面 · 2 个区域\n手指数目不对"

    search = CaseSearchDialog()
    qtbot.addWidget(search)
    search.query.setText("1999")
    search._search_now()
    hits = [{"kind": "claim", "table": "claims", "file_name": "采访片段", "shown": "拍于 1999 年"}]
    hits.append({"kind": "subtitle line", "table": "words", "file_name": "采访片段", "shown": "1999 年夏天"})
    search.show_hits("1999", hits)
    assert english_shown(search) == []
    assert [search.hits.topLevelItem(i).text(0) for i in range(2)] == ["说法", "字幕行"]
    assert search.summary.text() == "找到 2 条“1999”；双击一条即可跳转（会打开其片段）。"


def test_the_clip_evidence_figure_is_said_in_chinese(qtbot):
    from analyzers.evidence.clip_model import ClipEvidence, load_calibration
    from app.analysis.calibrations import shipped_path
    from app.ui.clip_evidence_words import figure_shown
    from widgets.clip_evidence_panel import ClipEvidencePanel

    # the calibration's own words (its name, what it was fitted and measured on, how it fails) are its file's
    shipped = load_calibration(shipped_path())
    measured = {"本案卷的分组交叉验证": {"auc": 0.71, "low": 0.6, "high": 0.8, "generated": 20, "camera": 22}}
    calibration = dataclasses.replace(
        shipped, name="本机构校准", fitted_on="42 个已处理片段", measured=measured, failure_modes=("只看前 3 秒。",)
    )
    evidence = ClipEvidence(0.86, 0.71, 0.93, 6.14, calibration.name, calibration.sha256)
    panel = ClipEvidencePanel()
    qtbot.addWidget(panel)
    assert english_shown(panel) == []
    panel.show_figure(figure_shown(evidence, calibration, "前 3 秒，16 fps"))
    assert english_shown(panel) == []
    assert panel.in_words.text().startswith("这些分数出现在生成片段上的可能性是出现在相机拍摄片段上的 6.1 倍")
    assert "AUC 0.71（0.60-0.80，95% 区间），测量数据：本案卷的分组交叉验证" in panel.details.text()
    assert panel.measure_button.text() == "重新测量"


def test_the_trusted_signers_and_export_dialogs_speak_chinese(qtbot, tmp_path):
    from app.dossier.reviewer_keys import fingerprint, reviewer_key
    from app.dossier.trusted_keys import exported_key
    from app.preferences import Preferences
    from app.ui.export_view import ExportDialog, OrganisationDialog
    from app.ui.settings_view import SettingsController
    from app.ui.trusted_signers import TrustedSignersDialog

    colleague = reviewer_key("李伟", tmp_path / "elsewhere").public_key().public_bytes_raw()
    listing = tmp_path / "newsroom.keys"
    listing.write_text(exported_key(colleague, "李伟") + "ab" * 32 + "\nname: 旧密钥\nrevoked: 2026-05-02\n", "utf-8")
    dialog = TrustedSignersDialog("王芳")
    qtbot.addWidget(dialog)
    assert dialog.choose(listing)
    # a fingerprint is a number, not a word; a command is typed as it is written
    data = re.compile(r"item: [0-9a-f]{64}|QLabel: .*“reelcheck key export”.*“reelcheck verify --help”.*")
    assert [shown for shown in english_shown(dialog) if not data.fullmatch(shown)] == []
    rows = [tuple(dialog.table.item(row, column).text() for column in range(3)) for row in range(2)]
    assert rows == [("李伟", "受信任", fingerprint(colleague)), ("旧密钥", "已于 2026-05-02 吊销", "ab" * 32)]
    assert dialog.own_key.text() == "你以 王芳 的身份签名；密钥会在你第一次签署核查报告时生成。"

    export = ExportDialog(QSettings(), "采访片段", draft=("未指定发布机构", "1 条说法未评级"))
    qtbot.addWidget(export)
    assert english_shown(export) == []
    assert export.draft.text() == "这是草稿：未指定发布机构；1 条说法未评级。PDF 的每一页都会注明。"
    export.folder.clear()
    export.accept()
    assert export.problem.text() == "请选择写入核查报告的文件夹。"
    organisation = OrganisationDialog(SettingsController(Preferences(reviewer="王芳")))
    qtbot.addWidget(organisation)
    assert english_shown(organisation) == []


def test_the_review_docks_and_commands_of_the_window_speak_chinese(qtbot, window, h264_clip):
    clip = open_in_case(qtbot, window, h264_clip)
    with qtbot.waitSignal(window.case.claims_changed, timeout=10000):
        window.case.create("claims", {"text": "这段视频拍于 1999 年。", "frame_in": 0, "frame_out": 3})
    for key in ("claims", "sources", "verdict", "evidence", "clip_evidence"):
        assert english_shown(window.docks[key].widget()) == [], key
    titles = [window.docks[key].windowTitle() for key in ("claims", "evidence", "clip_evidence")]
    assert titles == ["说法", "证据", "片段级证据"]  # the Sources and Verdict docks are the window's own
    actions = [*window.claims_view.actions.values(), *window.review.actions.values(), *window.evidence.actions.values()]
    actions += [
        window.export_view.export_action,
        window.export_view.organisation_action,
        window.clip_evidence.measure_action,
        window.clip_evidence.automatic_action,
        window.clip_evidence.calibrate_action,
        window.case_view.restore_action,
    ]
    holder = QWidget()  # the actions' texts and tips as english_shown reads a widget's
    holder.addActions(actions)
    assert english_shown(holder) == []
    assert window.claims_view.actions["new_claim"].toolTip() == "在入点/出点之间或当前帧上新建说法（Ctrl+Shift+N）"
    assert window.case_view.database.text() == "案卷：case.db"
    with qtbot.waitSignal(window.case.saved, timeout=10000) as saved:
        window.case.edit("clips", clip["id"], {"title": "一段视频"})
    assert saved.args[0].startswith("已保存：")


def test_a_carried_verdicts_line_is_edited_in_chinese_and_stored_in_english(qtbot, window, h264_clip, tmp_path):
    from app.store.store import Store

    clip = open_in_case(qtbot, window, h264_clip)
    carried = "Carried from 原片.mp4 (SHA-256 0123456789ab…), a near-duplicate of this clip."
    with qtbot.waitSignal(window.case.verdict_changed, timeout=10000):
        window.case.create("verdicts", {"summary": f"生成的视频。\n\n{carried}", "status": "Done"})
    panel = window.review.verdict
    shown = "生成的视频。\n\n沿用自 原片.mp4（SHA-256 0123456789ab…），它是本片段的近似重复。"
    qtbot.waitUntil(lambda: panel.summary.text() == shown, timeout=10000)

    panel.summary.editor.setFocus()
    panel.summary.editor.moveCursor(panel.summary.editor.textCursor().MoveOperation.Start)
    panel.summary.editor.insertPlainText("已核实。")  # as an input method gives it (QtTest types ASCII keys only)
    panel.combos["status"].setFocus()  # leaving the summary saves it
    qtbot.waitUntil(lambda: (window.review._verdict or {}).get("summary", "").startswith("已核实。"), timeout=10000)
    window.close()
    store = Store.open(tmp_path / "case.db", "王芳")
    try:
        assert store.verdict(clip["id"])["summary"] == f"已核实。生成的视频。\n\n{carried}"  # the record stays English
    finally:
        store.close()
