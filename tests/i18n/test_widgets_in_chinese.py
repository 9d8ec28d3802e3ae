"""The player's own widgets speak Chinese once it is chosen: the frame view, the timeline and its hover help, the
Detectors, Provenance, Words and Media facts panels, the sound's lane, the spectrogram and the Go to dialog show no
English word of ours, and every control without visible text has a name a screen reader says. What the data holds
(clip text, file metadata, detector manifests) is given here in Chinese: it is shown as it is, never translated."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QLibraryInfo, QPoint, QTimer, QTranslator
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QSlider

from app import i18n
from tests.i18n.shown_words import english_shown
from widgets.detector_panel import DetectorItem, DetectorPanel
from widgets.frame_view import FrameView
from widgets.go_to_dialog import GoToDialog
from widgets.panels import ClipList, FactsPanel
from widgets.provenance_panel import ProvenanceBadge, ProvenancePanel
from widgets.sound_lane import SoundLane
from widgets.spectrogram_view import SpectrogramView
from widgets.timeline import ClaimRange, ScoreLane, Timeline
from widgets.word_lanes import SPOKEN, WordLane, WordSpan
from widgets.words_panel import WordRow, WordsPanel

pytestmark = pytest.mark.gui

FRAMES = 100


@pytest.fixture(autouse=True)
def chinese(qapp):
    """Chinese for our words, and Qt's own catalogue for the words Qt draws (OK, Cancel), as the window installs."""
    assert i18n.use_language("zh_CN") == "zh_CN"
    qt_words = QTranslator()
    assert qt_words.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    QApplication.installTranslator(qt_words)
    yield
    QApplication.removeTranslator(qt_words)
    i18n.use_language("en")


def _tip_on(qtbot, widget, spot: QPoint) -> str:
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, spot, widget.mapToGlobal(spot)))
    tip = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label")
    qtbot.waitUntil(tip.isVisible, timeout=2000)
    return tip.text()


def test_the_frame_view_and_the_spectrogram_say_what_they_are(qtbot):
    view, spectrogram = FrameView(), SpectrogramView()
    for widget in (view, spectrogram):
        qtbot.addWidget(widget)
        assert english_shown(widget) == []
    assert view.placeholder == "打开片段：文件 > 打开片段（Ctrl+O），或将视频文件拖放到这里。"
    assert view.accessibleName() == "帧"
    assert spectrogram.accessibleName() == "频谱图" and spectrogram.toolTip().startswith("声音的频率随时间的变化")
    assert spectrogram.message == "尚未测量声音。"
    spectrogram.set_spectrogram(None)
    assert spectrogram.message == "声音太短，无法生成频谱图。"


def test_the_timeline_s_hover_help_and_thumbnail_caption(qtbot):
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.set_clip(FRAMES, [0, 50], lambda n: n / 25, lambda s: f"{s:.1f}")
    picture = QImage(64, 36, QImage.Format.Format_RGB32)
    picture.fill(QColor("#336699"))
    timeline.add_thumbnail(50, picture)
    readouts = tuple(f"{n}% 的画面" for n in range(10, FRAMES))
    lane = ScoreLane("噪声", tuple(range(10, FRAMES)), (0.5,) * 90, QColor("#ffb347"), readouts, "<p>噪声检测器</p>")
    timeline.set_lanes([lane])
    timeline.set_claims(
        [ClaimRange(1, 0, 40, QColor("#c0392b"), ""), ClaimRange(2, 60, 90, QColor("#27ae60"), "猫会发光")]
    )
    said = WordLane("subtitles", "所说", (WordSpan(0, 99, "拿破仑其实很高", "00:00 – 00:04"),), QColor(SPOKEN))
    timeline.set_word_lanes([said])
    timeline.resize(900, timeline.sizeHint().height())
    timeline.show()
    qtbot.waitExposed(timeline)
    assert english_shown(timeline) == []
    assert timeline.accessibleName() == "时间轴"
    assert lane.readout_at(5) == "此帧之前没有分数"
    assert lane.readout_at(12) == "第 12 帧：12% 的画面"

    claim = _tip_on(qtbot, timeline, QPoint(int(timeline.x_of(20)), timeline.band_y()))
    assert "（尚无文字）" in claim and "双击：跳到该说法" in claim
    line = _tip_on(qtbot, timeline, QPoint(int(timeline.x_of(20)), timeline.word_line_y("subtitles")))
    assert "拿破仑其实很高" in line and "双击：跳到该行 · 右键：据此创建说法" in line

    qtbot.mouseMove(timeline, QPoint(int(timeline.x_of(60)), timeline.lane_y(0)))
    qtbot.waitUntil(timeline._popup.isVisible, timeout=2000)
    assert timeline._popup._caption == "2.4  ·  关键帧 #50"


def test_the_sound_lane_says_how_loud_in_chinese():
    peaks = np.zeros((40, 2), np.int8)
    peaks[20:] = (-64, 64)  # silence for the first second, then half of full scale
    lane = SoundLane(peaks, 20.0, lambda n: n / 25, 50)
    assert lane.name == "声音"
    assert lane.tip_at(5) == "<p>0.20 秒处的声音：静音</p><p><i>频谱图面板显示它的频率。</i></p>"
    assert lane.tip_at(40).startswith("<p>1.60 秒处的声音：最响 -6 dBFS</p>")
    assert lane.tip_at(200) == "<p>此帧没有声音。</p>"


def test_the_detectors_panel(qtbot):
    panel = DetectorPanel()
    qtbot.addWidget(panel)
    assert panel.status.text() == "正在加载检测器…"
    item = DetectorItem(
        id="noise",
        name="噪声残差",
        version="1.0",
        cue="传感器噪声",
        meaning="越亮越不像相机拍摄",
        failure_modes=("重新编码", "缩放"),
        colours=(QColor("black"), QColor("yellow")),
        low=0.0,
        high=1.0,
        opacity=0.6,
        model_sha256="0123456789012345",
        lane_colour=QColor("#ffb347"),
        camera_band="",
    )
    panel.set_detectors([item], "检测器已就绪")
    assert english_shown(panel) == []
    assert [b.text() for b in panel.findChildren(QPushButton)] == ["叠加层", "并排对比", "逐个显示", "最强"]
    tip = panel.findChild(QCheckBox).toolTip()
    assert "模型 012345678901…" in tip and "<i>实拍素材：</i>" in tip and "以下情况会误导：" in tip
    assert "未测量此检测器的区间" in tip and "尚未测量它区分生成片段与实拍片段的能力" in tip
    assert panel.findChild(QSlider).accessibleName() == "噪声残差：叠加层不透明度"


def _report() -> dict:
    """A provenance report in the form ProvenanceReport.as_dict() makes, its sentences in Chinese (they are another
    part's words); the states, trust and strengths are the values the report stores."""
    credentials = {
        "state": "valid",
        "trust": "not checked against a trust list",
        "issuer": "新闻编辑室",
        "signer": "新闻编辑室",
        "signing_time": "",
        "claim_generator": "视频生成器 2",
        "title": "生成的 {片段} <b>视频</b>",
        "actions": [{"words": "创建", "source_words": "由生成式模型制作", "software_agent": "生成器", "when": "2026"}],
        "ingredients": [{"title": "", "format": "", "has_credentials": False, "problems": ["签名不符"]}],
        "problems": [{"words": "时间戳无效", "where": "清单"}],
    }
    reading = {"mark": "SDXL / SVD", "bits_matched": 46, "bits_total": 48, "strength": "very likely", "marked": True}
    return {
        "badge": {"words": "内容凭证：AI 生成", "level": "strong"},
        "findings": [
            {
                "kind": "content_credentials",
                "sentence": "有效的内容凭证。",
                "strength": "strong",
                "details": credentials,
            },
            {"kind": "watermark", "sentence": "", "details": {"summary": "发现水印", "readings": [reading]}},
            {"kind": "metadata", "title": "编码器", "sentence": "由某软件编码", "strength": "worth a look"},
        ],
    }


def test_the_provenance_panel_in_each_state(qtbot):
    panel, badge = ProvenancePanel(), ProvenanceBadge()
    qtbot.addWidget(panel)
    qtbot.addWidget(badge)
    assert english_shown(panel) == [] and "打开片段，读取其文件对自身来源的声明。" in panel.shown_text()
    panel.show_reading("拿破仑")
    assert english_shown(panel) == [] and "正在读取 拿破仑 的内容凭证、水印和元数据。" in panel.shown_text()
    panel.show_problem("读取已取消。")
    assert english_shown(panel) == [] and panel.findChild(QPushButton).text() == "重新读取"

    panel.show_report(_report())
    assert english_shown(panel) == []
    shown = panel.shown_text().splitlines()
    for line in (
        "内容凭证",
        "可见生成标识与 AI 标识",
        "已签名，且签名与文件相符",
        "未对照信任列表检查",
        "无可信时间戳",
        "生成的 {片段} <b>视频</b>",  # the file's words, as they are
        "• 创建：由生成式模型制作（软件：生成器），2026",
        "• 时间戳无效（清单）",
        "SDXL / SVD：48 位中 46 位相符，很可能",
        "值得一看",
        "尚未读取帧上的文字。",
    ):
        assert line in shown
    assert panel.ingredients.topLevelItem(0).text(0) == "无标题\n没有内容凭证\n问题：签名不符"
    assert badge.toolTip() == "显示来源信息面板"


def test_the_words_panel(qtbot):
    panel = WordsPanel()
    qtbot.addWidget(panel)
    assert english_shown(panel) == []
    assert panel.note.text() == "打开片段：它的字幕和帧上的文字会列在这里。"
    panel.show_rows([WordRow("subtitles", 0, 0, 59, "00:00 – 00:02", "所说", "字幕", "拿破仑其实很高")])
    assert english_shown(panel) == []
    assert panel.lines.topLevelItem(0).toolTip(0) == "00:00 – 00:02 · 所说（字幕）\n拿破仑其实很高"
    panel.set_reading(True)
    assert panel.read_button.text() == "正在读取画面文字…"
    assert panel.search.accessibleName() == "搜索文字"


def test_the_media_facts_its_menu_and_the_clip_list(qtbot):
    facts, clips = FactsPanel(), ClipList()
    qtbot.addWidget(facts)
    qtbot.addWidget(clips)
    facts.show_sections([("文件", [("大小", "1 MB")])])
    # the clip list holds no text of ours: its name is what a screen reader says of it
    assert english_shown(facts) == []
    assert facts.headerItem().text(0) == "项目" and clips.accessibleName() == "片段列表"
    facts.topLevelItem(0).child(0).setSelected(True)
    seen: list[tuple[list[str], list[str]]] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        seen.append((english_shown(menu), [action.text() for action in menu.actions()]))
        menu.close()

    QTimer.singleShot(0, read_menu)
    facts._menu(QPoint(5, 5))
    assert seen == [([], ["复制值"])]


def test_the_go_to_dialog_with_qt_s_own_buttons(qtbot):
    def resolve(text: str) -> int:
        raise ValueError("片段只有 100 帧")

    dialog = GoToDialog(resolve, "12")
    qtbot.addWidget(dialog)
    assert english_shown(dialog) == []
    assert dialog.windowTitle() == "跳转"
    assert dialog.message.text() == "帧号（从 0 开始）或时间码 时:分:秒.毫秒"
    dialog._accept()  # the reason the position was refused is the player's words, shown as they are
    assert dialog.message.text() == "片段只有 100 帧" and dialog.frame is None
