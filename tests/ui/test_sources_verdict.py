"""The Sources and Verdict panels in the real window, driven from the keyboard and mouse like a reviewer would, and
read back from the SQLite file the case is kept in."""

from __future__ import annotations

import json
import shutil
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.store.store import Store
from tests.ui import test_player_window as player_tests
from widgets import review_fields

pytestmark = pytest.mark.gui
window = player_tests.window

TIMEOUT = 15000


@pytest.fixture
def browser(monkeypatch):
    """The system browser, stood in for: the links it was asked to open."""
    opened: list[str] = []

    class Desktop:
        @staticmethod
        def openUrl(url) -> bool:  # noqa: N802 - Qt's name
            opened.append(url.toString())
            return True

    monkeypatch.setattr(review_fields, "QDesktopServices", Desktop)
    return opened


def open_in_case(qtbot, window, path) -> dict:
    """Open a clip and wait until it is in the case (its SHA-256 known)."""
    with qtbot.waitSignal(window.case.clip_changed, check_params_cb=lambda clip: clip is not None, timeout=TIMEOUT):
        window.open_paths([str(path)])
    return window.case.clip


def stored(tmp_path) -> Store:
    return Store.open(tmp_path / "case.db")


def add_source(qtbot, window) -> dict:
    panel = window.review.sources
    before = {row["id"] for row in panel.visible_rows()}
    with qtbot.waitSignal(window.case.sources_changed, timeout=TIMEOUT):
        window.actions_by_key["add_source"].trigger()
    qtbot.waitUntil(lambda: panel.current_source() is not None and panel.current_source()["id"] not in before)
    return panel.current_source()


def type_line(qtbot, field, text: str) -> None:
    """Type into a one-line field as a reviewer does, then press Enter (which saves it)."""
    field.editor.setFocus()
    field.editor.selectAll()
    qtbot.keyClicks(field.editor, text)
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)


def type_text(editor, text: str) -> None:
    """Text in any script as an input method (or a paste) gives it: committed whole, not key by key."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def saved(qtbot, window, source_id: int, key: str, value) -> None:
    """Wait until the case has written `value` in the source, as the Sources panel gets it back."""
    panel = window.review.sources
    qtbot.waitUntil(lambda: (panel.current_row_by_id(source_id) or {}).get(key) == value, timeout=TIMEOUT)


def test_sources_of_the_clip_and_of_a_claim_with_the_publisher_from_the_domain(qtbot, window, h264_clip, tmp_path):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.review.sources
    assert "clip itself" in panel.scope.text()
    source = add_source(qtbot, window)
    assert QApplication.focusWidget() is panel.fields["url"].editor  # a new source starts at its link
    with qtbot.waitSignal(window.case.sources_changed, timeout=TIMEOUT):
        type_line(qtbot, panel.fields["url"], "https://www.reuters.com/fact-check/eiffel-tower-1999")
    qtbot.waitUntil(lambda: panel.fields["publisher"].text() == "reuters.com", timeout=TIMEOUT)
    assert panel.list.item(0).text().startswith("https://www.reuters.com/fact-check/eiffel-tower-1999")

    with qtbot.waitSignal(window.case.claims_changed, timeout=TIMEOUT):
        window.case.create("claims", {"frame_in": 0, "frame_out": 20, "text": "The Eiffel Tower was built in 1999"})
    claim_id = max(row["id"] for row in stored(tmp_path).claims(clip["id"]))
    window.case.select_claim(claim_id)
    assert "The Eiffel Tower was built in 1999" in panel.scope.text()
    assert panel.list.count() == 0  # the clip's own source is not the claim's
    claim_source = add_source(qtbot, window)
    type_line(qtbot, panel.fields["url"], "https://apnews.com/article/eiffel")
    type_line(qtbot, panel.fields["title"], "Eiffel Tower opened in 1889")
    saved(qtbot, window, claim_source["id"], "title", "Eiffel Tower opened in 1889")
    assert panel.fields["publisher"].text() == "apnews.com"

    rows = {row["id"]: row for row in stored(tmp_path).sources(clip["id"])}
    assert rows[source["id"]]["claim_id"] is None and rows[source["id"]]["publisher"] == "reuters.com"
    assert rows[claim_source["id"]]["claim_id"] == claim_id
    assert rows[claim_source["id"]]["url"] == "https://apnews.com/article/eiffel"
    assert rows[claim_source["id"]]["publisher"] == "apnews.com"

    window.case.select_claim(None)
    assert "clip itself" in panel.scope.text()
    assert [panel.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.list.count())] == [source["id"]]


def test_a_publisher_typed_by_the_reviewer_is_kept(qtbot, window, h264_clip, tmp_path):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.review.sources
    source = add_source(qtbot, window)
    type_line(qtbot, panel.fields["publisher"], "Agence France-Presse")
    saved(qtbot, window, source["id"], "publisher", "Agence France-Presse")
    type_line(qtbot, panel.fields["url"], "https://factcheck.afp.com/doc.afp.com.123")
    saved(qtbot, window, source["id"], "url", "https://factcheck.afp.com/doc.afp.com.123")
    assert stored(tmp_path).sources(clip["id"])[0]["publisher"] == "Agence France-Presse"


@pytest.mark.parametrize(
    "link", ["javascript:alert(document.cookie)", "file:///etc/passwd", "data:text/html,<script>alert(1)</script>"]
)
def test_links_other_than_http_are_refused_next_to_the_field(qtbot, window, h264_clip, tmp_path, browser, link):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.review.sources
    add_source(qtbot, window)
    for key in ("url", "archive_url"):
        field = panel.fields[key]
        type_line(qtbot, field, link)
        assert field.refusal.isVisible()
        assert "must start with http:// or https://" in field.refusal.text()
        assert field.text() == link  # what the reviewer typed stays, to be corrected
        assert "must start with http://" in window.statusBar().currentMessage()
    qtbot.mouseClick(panel.open_buttons["url"], Qt.MouseButton.LeftButton)
    qtbot.wait(300)  # anything the case would still answer
    assert browser == []
    row = stored(tmp_path).sources(clip["id"])[0]
    assert not row["url"] and not row["archive_url"]
    # corrected, it is saved and the sentence goes
    type_line(qtbot, panel.fields["url"], "https://example.org/report")
    saved(qtbot, window, row["id"], "url", "https://example.org/report")
    assert not panel.fields["url"].refusal.isVisible()
    assert panel.fields["archive_url"].text() == link  # the other refused field still holds its text


def test_a_click_opens_the_link_in_the_system_browser(qtbot, window, h264_clip, browser):
    open_in_case(qtbot, window, h264_clip)
    panel = window.review.sources
    source = add_source(qtbot, window)
    type_line(qtbot, panel.fields["url"], "https://www.bbc.co.uk/news/articles/c0000000")
    type_line(qtbot, panel.fields["archive_url"], "https://web.archive.org/web/2025/https://www.bbc.co.uk/news")
    saved(qtbot, window, source["id"], "archive_url", "https://web.archive.org/web/2025/https://www.bbc.co.uk/news")
    qtbot.mouseClick(panel.open_buttons["url"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.open_buttons["archive_url"], Qt.MouseButton.LeftButton)
    panel.link.linkActivated.emit(panel.fields["url"].text())  # the link over the editor
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # from the keyboard: Enter on a source opens its link
    assert browser == [
        "https://www.bbc.co.uk/news/articles/c0000000",
        "https://web.archive.org/web/2025/https://www.bbc.co.uk/news",
        "https://www.bbc.co.uk/news/articles/c0000000",
        "https://www.bbc.co.uk/news/articles/c0000000",
    ]
    assert "bbc.co.uk/news/articles" in panel.link.text()


def test_typing_is_saved_after_a_pause_not_per_keystroke(qtbot, window, h264_clip, tmp_path):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.review.sources
    source = add_source(qtbot, window)
    field = panel.fields["title"]
    field.editor.setFocus()
    qtbot.keyClicks(field.editor, "Pisa tower")
    qtbot.wait(200)
    assert not stored(tmp_path).sources(clip["id"])[0]["title"]  # nothing per keystroke
    saved(qtbot, window, source["id"], "title", "Pisa tower")  # the typing pause saved it
    edits = [a for a in stored(tmp_path).audit(clip["id"]) if a["table_name"] == "sources" and a["action"] == "edit"]
    assert len(edits) == 1
    assert field.editor.hasFocus() and field.text() == "Pisa tower"


def test_undo_and_redo_of_a_source_edit(qtbot, window, h264_clip, tmp_path):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.review.sources
    source = add_source(qtbot, window)
    type_line(qtbot, panel.fields["title"], "First title")
    saved(qtbot, window, source["id"], "title", "First title")
    type_line(qtbot, panel.fields["title"], "Second title")
    saved(qtbot, window, source["id"], "title", "Second title")
    window.review.sources.list.setFocus()
    window.actions_by_key["undo"].trigger()
    saved(qtbot, window, source["id"], "title", "First title")
    assert panel.fields["title"].text() == "First title"
    assert stored(tmp_path).sources(clip["id"])[0]["title"] == "First title"
    window.actions_by_key["redo"].trigger()
    saved(qtbot, window, source["id"], "title", "Second title")
    assert panel.fields["title"].text() == "Second title"
    # removing a source (the menu command, or Delete in the list) is undone the same way
    with qtbot.waitSignal(window.case.sources_changed, timeout=TIMEOUT):
        window.actions_by_key["remove_source"].trigger()
    assert panel.list.count() == 0
    with qtbot.waitSignal(window.case.sources_changed, timeout=TIMEOUT):
        window.actions_by_key["undo"].trigger()
    assert panel.list.count() == 1 and panel.fields["title"].text() == "Second title"
    panel.list.setFocus()
    with qtbot.waitSignal(window.case.sources_changed, timeout=TIMEOUT):
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.list.count() == 0 and stored(tmp_path).sources(clip["id"]) == []


def test_right_to_left_and_chinese_text_in_a_quote(qtbot, window, h264_clip, tmp_path):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.review.sources
    source = add_source(qtbot, window)
    quote = "قال المتحدث إن الفيديو مزيف. הסרטון נוצר בבינה מלאכותית. 这段视频是人工智能生成的。"
    field = panel.fields["quote"]
    field.editor.setFocus()
    type_text(field.editor, quote)
    title = panel.fields["title"].editor
    title.setFocus()  # leaving the quote saves it
    saved(qtbot, window, source["id"], "quote", quote)
    type_text(title, "وكالة الأنباء — 新华社")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    saved(qtbot, window, source["id"], "title", "وكالة الأنباء — 新华社")
    row = stored(tmp_path).sources(clip["id"])[0]
    assert row["quote"] == quote and row["title"] == "وكالة الأنباء — 新华社"
    assert field.text() == quote
    assert panel.list.item(0).text().startswith("وكالة الأنباء — 新华社")
    assert stored(tmp_path).search("新华社")  # found again by search, in any script


def test_verdict_saved_and_read_back_from_the_file(qtbot, window, h264_clip, tmp_path):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.review.verdict
    assert panel.decided.full_text == "—"
    window.actions_by_key["focus_verdict"].trigger()
    assessment = panel.combos["authenticity"]
    assert assessment.hasFocus()
    qtbot.keyClick(assessment, Qt.Key.Key_Down)  # AI-generated, confirmed by provenance: creates the verdict
    qtbot.keyClick(assessment, Qt.Key.Key_Down)  # Likely AI-generated: while the first save may be on its way
    rating = panel.combos["content_rating"]
    rating.setFocus()
    for _ in range(5):
        qtbot.keyClick(rating, Qt.Key.Key_Down)  # True, Mostly true, Mixed, Mostly false, False
    panel.summary.editor.setFocus()
    qtbot.keyClicks(panel.summary.editor, "Generated clip; the 1999 claim is false.")
    status = panel.combos["status"]
    status.setFocus()  # leaving the summary saves it
    for _ in range(3):
        qtbot.keyClick(status, Qt.Key.Key_Down)  # In review, Needs second opinion, Done

    def complete() -> bool:
        row = window.review._verdict or {}
        return (row.get("status"), row.get("summary"), row.get("content_rating")) == (
            "Done",
            "Generated clip; the 1999 claim is false.",
            "False",
        )

    qtbot.waitUntil(complete, timeout=TIMEOUT)
    assert panel.category.text() == "schema.org MediaReview: TransformedContent"
    assert panel.decided.full_text.endswith(" UTC by Test Reviewer")
    window.close()

    verdict = stored(tmp_path).verdict(clip["id"])
    assert verdict["authenticity"] == "Likely AI-generated"
    assert verdict["content_rating"] == "False"
    assert verdict["summary"] == "Generated clip; the 1999 claim is false."
    assert verdict["status"] == "Done"
    assert verdict["reviewer"] == "Test Reviewer"
    decided = datetime.fromisoformat(verdict["decided_at"])
    assert decided.utcoffset().total_seconds() == 0
    assert abs((datetime.now(decided.tzinfo) - decided).total_seconds()) < 120


def test_clip_source_fields_from_a_yt_dlp_info_json_shown_and_editable(qtbot, window, h264_clip, tmp_path):
    clip_path = tmp_path / "downloads" / "tiktok_7301.mp4"
    clip_path.parent.mkdir()
    shutil.copy(h264_clip, clip_path)
    info = {
        "webpage_url": "https://www.tiktok.com/@history.facts/video/7301",
        "extractor_key": "TikTok",
        "uploader": "history.facts",
        "upload_date": "20250314",
        "title": "Ancient Romans had smartphones 🤯",
        "description": "Historians don't want you to know #history",
    }
    clip_path.with_suffix(".info.json").write_text(json.dumps(info), encoding="utf-8")
    clip = open_in_case(qtbot, window, clip_path)
    fields = window.review.verdict.source_fields
    assert fields["source_url"].text() == info["webpage_url"]
    assert fields["platform"].text() == "TikTok"
    assert fields["uploader"].text() == "history.facts"
    assert fields["upload_date"].text() == "2025-03-14"
    assert fields["title"].text() == info["title"]
    assert fields["description"].text() == info["description"]
    assert window.review.verdict.open_button.isEnabled()

    with qtbot.waitSignal(window.case.clip_changed, timeout=TIMEOUT):
        type_line(qtbot, fields["uploader"], "history.facts.daily")
    type_line(qtbot, fields["upload_date"], "14 March 2025")
    assert "is not a date like" in fields["upload_date"].refusal.text()
    assert fields["upload_date"].text() == "14 March 2025"
    type_line(qtbot, fields["source_url"], "file:///home/me/clip.mp4")
    assert "must start with http:// or https://" in fields["source_url"].refusal.text()
    row = stored(tmp_path).clip(clip["id"])
    assert row["uploader"] == "history.facts.daily"
    assert row["upload_date"] == "2025-03-14" and row["source_url"] == info["webpage_url"]


def test_an_earlier_edits_answer_leaves_the_text_sent_after_it(qtbot):
    field = review_fields.CommitField("note", multiline=True)
    qtbot.addWidget(field)
    sent: list[str] = []
    field.committed.connect(lambda _key, text: sent.append(text))
    field.set_text("first")
    for text in ("second", "third"):
        field.editor.setPlainText(text)
        field.commit()
    assert sent == ["second", "third"]
    field.show_value("second")  # the answer to "second" comes while "third" is on its way
    assert field.text() == "third"
    field.show_refusal("Too long.")
    assert field.text() == "third" and field.refusal.text() == "Too long."
    field.show_value("second")  # another edit's reload: what was refused stays
    assert field.text() == "third"
    field.editor.setPlainText("fourth")
    field.commit()
    field.show_value("fourth")
    assert field.text() == "fourth" and field.refusal.isHidden()


def test_review_commands_are_in_the_menu_with_free_shortcuts(qtbot, window):
    labels = {a.text().replace("&", ""): a.shortcut().toString() for a in window.menus["&Review"].actions()}
    assert labels["Add source"] == "Ctrl+K"
    assert labels["Remove source"] == "Ctrl+Shift+K"
    assert labels["Verdict"] == "Ctrl+Shift+V"
    taken = [s.toString() for a in window.findChildren(type(window.actions_by_key["open"])) for s in a.shortcuts()]
    for shortcut in ("Ctrl+K", "Ctrl+Shift+K", "Ctrl+Shift+V"):
        assert taken.count(shortcut) == 1, shortcut
    assert not window.actions_by_key["add_source"].isEnabled()  # no clip yet


def test_without_a_clip_the_panels_say_so(qtbot, window, h264_clip):
    assert "Open a clip" in window.review.sources.scope.text()
    assert not window.review.verdict.isEnabled()
    open_in_case(qtbot, window, h264_clip)
    assert window.review.verdict.isEnabled() and window.review.sources.add_button.isEnabled()
    with qtbot.waitSignal(window.case.clip_changed, check_params_cb=lambda clip: clip is None, timeout=TIMEOUT):
        window.actions_by_key["close_clip"].trigger()
    assert not window.review.verdict.isEnabled() and not window.review.sources.add_button.isEnabled()


def test_what_is_typed_is_saved_when_the_clip_closes(qtbot, window, h264_clip, tmp_path):
    clip = open_in_case(qtbot, window, h264_clip)
    panel = window.review.verdict
    window.actions_by_key["focus_verdict"].trigger()
    qtbot.keyClick(panel.combos["authenticity"], Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.review._verdict is not None, timeout=TIMEOUT)
    panel.summary.editor.setFocus()
    qtbot.keyClicks(panel.summary.editor, "Closed before the pause")
    type_text(panel.source_fields["uploader"].editor, "someone")  # typed, not yet left
    window.actions_by_key["close_clip"].trigger()  # within the typing pause
    assert panel.summary.text() == ""
    qtbot.waitUntil(lambda: (stored(tmp_path).verdict(clip["id"]) or {}).get("summary") == "Closed before the pause")
    qtbot.waitUntil(lambda: stored(tmp_path).clip(clip["id"])["uploader"] == "someone")  # sent after the summary
