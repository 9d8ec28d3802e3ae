"""The Provenance panel and badge in the real window: a signed, AI-declared clip says so above the frame and brings
the panel forward; an unsigned clip says no provenance, as absence of evidence; the reading can be cancelled; a newer
clip's reading replaces an older; file text is shown as plain text; Edit > trust list is stored and used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from analyzers.provenance.credentials import ABSENCE_SENTENCE, NOT_CHECKED, TRUSTED
from app.media.synth import ClipRecipe, write_clip
from app.preferences import load_preferences
from app.provenance.sample_credentials import created_action, make_chain, manifest_definition, sign_file
from tests.ui import test_player_window as player_tests
from tests.watermark_fixtures import embed, moving_frames, write_h264
from widgets.colours import ink

window = player_tests.window  # the real window with its player and a case database in tmp_path

pytestmark = pytest.mark.gui

HOSTILE_TITLE = "生成的视频 <b>bold</b> <img src=x>.mp4"
AGENT = "视频生成器 <i>2</i>"


@pytest.fixture(scope="module")
def chain():
    return make_chain("新闻编辑室 Newsroom")


@pytest.fixture(scope="module")
def clips(tmp_path_factory, chain) -> dict[str, Path]:
    """An unsigned MP4, and the same clip signed with Content Credentials declaring a generative AI model."""
    folder = tmp_path_factory.mktemp("provenance")
    plain = folder / "plain.mp4"
    write_clip(plain, ClipRecipe(frames=24, gop=12, b_frames=0, size=(96, 64)))
    ai = folder / "ai.mp4"
    sign_file(plain, ai, chain, manifest_definition(HOSTILE_TITLE, [created_action(agent=AGENT)]), "video/mp4")
    from analyzers.provenance.watermark import KNOWN_MARKS

    sdxl = KNOWN_MARKS[1]
    marked = folder / "sdxl.mp4"
    write_h264(marked, [embed(frame, sdxl.bits) for frame in moving_frames(320, 240, 24, seed=3)], crf=12)
    return {"plain": plain, "ai": ai, "sdxl": marked}


def _read(qtbot, window, path: Path) -> None:
    with qtbot.waitSignal(window.player.opened, timeout=10000):
        window.open_paths([str(path)])
    qtbot.waitUntil(lambda: window.provenance_view.report is not None, timeout=20000)


def _labels_showing(widget, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def test_signed_ai_declared_clip_is_seen_first(qtbot, window, clips):
    window.docks["media"].raise_()
    _read(qtbot, window, clips["ai"])
    badge = window.provenance_badge
    assert badge.isVisible() and badge.text() == "Content Credentials: AI-generated"
    assert badge.level == "strong"
    # above the frame, and the panel's tab is brought forward over Media facts
    assert badge.mapTo(window, badge.rect().topLeft()).y() < window.view.mapTo(window, window.view.rect().topLeft()).y()
    assert window.provenance_panel.isVisible()
    shown = window.provenance_panel.shown_text()
    assert "Content Credentials: AI-generated" in shown
    # each word with the C2PA code it says, for a reviewer to look up
    source = "made by a generative AI model (trainedAlgorithmicMedia)"
    assert f"• created (c2pa.created): {source} (software: {AGENT})" in shown
    assert "新闻编辑室 Newsroom" in shown and NOT_CHECKED[:1].upper() + NOT_CHECKED[1:] in shown
    assert "Invisible watermarks" in shown and "SDXL / SVD: " in shown and " of 48 bits" in shown
    assert "Metadata hints" in shown
    # the clip list carries the badge too, under the clip's name and in the badge's colour
    [item] = [
        window.clips.item(r)
        for r in range(window.clips.count())
        if window.clips.item(r).data(Qt.ItemDataRole.UserRole) == str(clips["ai"])
    ]
    assert item.text() == f"{clips['ai'].name}\n    Content Credentials: AI-generated"
    assert item.foreground().color() == ink("refused")  # the theme's red


def test_file_text_is_plain_text(qtbot, window, clips):
    _read(qtbot, window, clips["ai"])
    panel = window.provenance_panel
    (title,) = _labels_showing(panel, HOSTILE_TITLE)
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in panel.findChildren(QLabel))
    assert window.provenance_badge.sentence.textFormat() == Qt.TextFormat.PlainText
    window.provenance_badge.show_badge("Words", "note", "<b>not bold</b>")
    assert window.provenance_badge.sentence.toolTip() == "<p>&lt;b&gt;not bold&lt;/b&gt;</p>"  # Qt guesses markup


def test_unsigned_clip_says_no_provenance_as_absence(qtbot, window, clips):
    _read(qtbot, window, clips["plain"])
    assert window.provenance_badge.text() == "No provenance"
    assert window.provenance_badge.level == "note"
    shown = window.provenance_panel.shown_text()
    assert ABSENCE_SENTENCE in shown
    assert "AI-generated" not in shown


def test_watermarked_clip_shows_the_bits_matched(qtbot, window, clips):
    _read(qtbot, window, clips["sdxl"])
    assert window.provenance_badge.text() == "Generator watermark found"
    assert window.provenance_badge.sentence.full_text.startswith("Watermark found")
    assert window.provenance_badge.level == "strong"
    reading = next(r for r in window.provenance_view.report.watermarks.readings if r.mark == "SDXL / SVD")
    shown = window.provenance_panel.shown_text()
    assert f"SDXL / SVD: {reading.bits_matched} of 48 bits, very likely" in shown
    assert reading.bits_matched > 35


def test_reading_can_be_cancelled_and_read_again(qtbot, window, clips):
    _read(qtbot, window, clips["plain"])
    view = window.provenance_view
    job = view.read(clips["ai"], None)
    assert "Reading provenance…" in window.provenance_panel.shown_text()
    assert window.provenance_badge.text() == "Reading provenance…"
    # the job starts from the event loop: Cancel pressed now is seen before it reads a frame
    cancel = [b for b in window.statusBar().findChildren(QPushButton) if b.text() == "Cancel"][-1]
    with qtbot.waitSignal(job.cancelled, timeout=10000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert view.report is None
    assert window.provenance_badge.text() == "Provenance: reading cancelled"
    assert "Reading the provenance was cancelled." in window.provenance_panel.shown_text()
    again = [b for b in window.provenance_panel.findChildren(QPushButton) if b.text() == "Read again"][0]
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.report is not None, timeout=20000)
    assert window.provenance_badge.text() == "Content Credentials: AI-generated"


def test_a_newer_clip_replaces_an_older_reading(qtbot, window, clips):
    _read(qtbot, window, clips["plain"])
    view = window.provenance_view
    older = view.read(clips["ai"], None)
    newer = view.read(clips["plain"], None)
    assert older.is_cancelled()
    with qtbot.waitSignal(newer.finished, timeout=20000):
        pass
    qtbot.wait(50)
    assert window.provenance_badge.text() == "No provenance"
    assert "AI-generated" not in window.provenance_panel.shown_text()


def test_a_failed_reading_is_said_in_words(qtbot, window, clips, monkeypatch):
    import app.provenance.report as report

    def broken(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(report, "read_provenance", broken)
    _read_failure = window.provenance_view.read(clips["ai"], None)
    with qtbot.waitSignal(_read_failure.failed, timeout=10000):
        pass
    shown = window.provenance_panel.shown_text()
    assert "Provenance not read" in shown and "Input/output error" in shown
    assert "Traceback" not in shown
    assert window.provenance_badge.text() == "Provenance not read"


def test_trust_list_is_stored_used_and_cleared(qtbot, window, clips, chain, tmp_path, monkeypatch):
    anchors = chain.write_ca(tmp_path / "anchors.pem")
    _read(qtbot, window, clips["ai"])
    view = window.provenance_view
    assert not view.clear_trust_action.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(anchors), ""))
    view.trust_action.trigger()
    assert load_preferences().trust_list == str(anchors)
    assert view.clear_trust_action.isEnabled()
    qtbot.waitUntil(lambda: view.report is not None, timeout=20000)
    assert view.report.credentials.trust == TRUSTED
    assert TRUSTED[:1].upper() + TRUSTED[1:] in window.provenance_panel.shown_text()
    view.clear_trust_action.trigger()
    assert load_preferences().trust_list == ""
    qtbot.waitUntil(lambda: view.report is not None, timeout=20000)
    assert view.report.credentials.trust == NOT_CHECKED


def test_closing_the_clip_clears_provenance(qtbot, window, clips):
    _read(qtbot, window, clips["ai"])
    window.actions_by_key["close_clip"].trigger()
    assert not window.provenance_badge.isVisible()
    assert "Open a clip" in window.provenance_panel.shown_text()


def test_clip_list_tooltips_show_file_names_as_they_are(qtbot):
    from PySide6.QtGui import QTextDocument

    from widgets.panels import ClipList

    clips = ClipList()
    qtbot.addWidget(clips)
    path = "/tmp/<b>fake</b> & news.mp4"
    clips.add_clip(path, "fake")
    clips.set_badge(path, "No provenance", "")
    shown = QTextDocument()
    shown.setHtml(clips.item(0).toolTip())
    assert shown.toPlainText() == f"{path}\nNo provenance"


def test_every_listed_clip_gets_its_badge_without_being_opened(qtbot, window, clips):
    _read(qtbot, window, clips["plain"])
    window.clips.add_clip(str(clips["ai"]), clips["ai"].name)  # listed, never opened
    window.clips.add_clip(str(clips["sdxl"]), clips["sdxl"].name)
    qtbot.waitUntil(lambda: all(window.clips.badge_of(str(p)) for p in clips.values()), timeout=30000)
    assert window.clips.badge_of(str(clips["ai"])) == "Content Credentials: AI-generated"
    assert window.clips.badge_of(str(clips["sdxl"])) == "Generator watermark found"
    assert window.clips.badge_of(str(clips["plain"])) == "No provenance"
    names = {
        window.clips.item(r).data(Qt.ItemDataRole.UserRole): window.clips.item(r).text()
        for r in range(window.clips.count())
    }
    assert names[str(clips["plain"])] == "plain.mp4"  # a quiet badge stays in the tooltip
    assert names[str(clips["sdxl"])] == "sdxl.mp4\n    Generator watermark found"
    assert window.player.clip.path == clips["plain"]  # nothing else was opened in the player


def test_the_open_clip_is_read_once_and_first(qtbot, window, clips, monkeypatch):
    from app.provenance import report as report_module

    real, reads = report_module.read_provenance, []

    def counted(path, *args, **kwargs):
        reads.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(report_module, "read_provenance", counted)
    window.clips.add_clip(str(clips["sdxl"]), clips["sdxl"].name)  # listed only
    _read(qtbot, window, clips["ai"])  # listed and opened
    qtbot.waitUntil(lambda: window.clips.badge_of(str(clips["sdxl"])) != "", timeout=30000)
    assert reads.count("ai.mp4") == 1 and reads.count("sdxl.mp4") == 1
