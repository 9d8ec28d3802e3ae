"""File > Export dossier in the real window: the signed JSON written by a job, naming the publishing organisation set
in Edit > Publishing organisation; a refused web address and a failed export are said in words."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from app.dossier.signing import verify
from app.preferences import load_preferences
from app.store.rules import Refused, check_url
from tests.ui import test_player_window as player_tests

window = player_tests.window  # the real window with its player and a case database in tmp_path

pytestmark = pytest.mark.gui


def _set_organisation(qtbot, window, name: str, url: str):
    window.export_view.organisation_action.trigger()
    dialog = window.export_view.organisation_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.name.setText(name)
    dialog.url.setText(url)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog


def _open_clip_with_a_claim(qtbot, window, h264_clip) -> None:
    player_tests.open_and_wait(qtbot, window, h264_clip)
    qtbot.waitUntil(lambda: window.case.clip is not None, timeout=10000)
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        window.case.create(
            "claims", {"text": "The tower was built in 1999", "frame_in": 0, "frame_out": 20, "rating": "False"}
        )


def _export_into(qtbot, window, folder, monkeypatch, series: bool = True, viewer: bool = True) -> list[str]:
    """Exports through the dialog (PDF and JSON, the PDF to be opened); returns the files and folders opened (asked
    to be opened, and refused, without a `viewer`)."""
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or viewer)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    window.export_view.export_action.trigger()
    dialog = window.export_view.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(folder)
    dialog.series.setChecked(series)
    for box in (dialog.pdf, dialog.open_pdf, dialog.json):
        box.setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return opened


def test_the_dossier_is_written_signed_and_names_the_organisation(
    qtbot, qtlog, window, h264_clip, tmp_path, monkeypatch
):
    dialog = _set_organisation(qtbot, window, "Example Fact Check", "https://factcheck.example/")
    assert not dialog.isVisible()
    _open_clip_with_a_claim(qtbot, window, h264_clip)
    out = tmp_path / "out"
    opened = _export_into(qtbot, window, out, monkeypatch)

    target = out / f"h264-{window.case.clip['id']}-dossier.json"
    pdf = target.with_suffix(".pdf")
    qtbot.waitUntil(lambda: window.export_view.open_folder is not None, timeout=30000)
    assert target.exists() and pdf.read_bytes().startswith(b"%PDF-")
    assert opened == [str(pdf)]  # the PDF opens, as asked
    assert window.statusBar().currentMessage() == f"Dossier written to {pdf}"
    assert verify(target) == []
    document = json.loads(target.read_text("utf-8"))
    [review] = [r for r in document["json_ld"] if r["@type"] == "ClaimReview"]
    assert review["claimReviewed"] == "The tower was built in 1999"
    # The claim's times read the same in the window's list of claims and in the PDF.
    tip = window.claims_view.panel.list.topLevelItem(0).toolTip(0)
    first, last = re.search(r"(\d\d:\d\d:\d\d\.\d{3})–(\d\d:\d\d:\d\d\.\d{3})", tip).groups()
    assert first == "00:00:00.000"
    assert f"{first} – {last}" in " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert review["author"] == {
        "@type": "Organization",
        "name": "Example Fact Check",
        "url": "https://factcheck.example/",
    }

    qtbot.mouseClick(window.export_view.open_folder, Qt.MouseButton.LeftButton)
    assert opened == [str(pdf), str(out)]
    assert window.export_view.open_folder is None
    assert window.export_view.message is None  # both opened: nothing to say
    assert [r.message for r in qtlog.records if "QStatusBar" in r.message] == []


def test_a_pdf_that_nothing_can_open_is_said_with_its_folder_and_path(qtbot, window, h264_clip, tmp_path, monkeypatch):
    _open_clip_with_a_claim(qtbot, window, h264_clip)
    out = tmp_path / "out"
    opened = _export_into(qtbot, window, out, monkeypatch, viewer=False)
    pdf = out / f"h264-{window.case.clip['id']}-dossier.pdf"
    qtbot.waitUntil(lambda: window.export_view.message is not None, timeout=30000)
    message = window.export_view.message
    assert opened == [str(pdf)] and message.isVisible()
    assert "No program to open PDF files" in message.text() and str(pdf) in message.text()
    buttons = {b.text(): b for b in message.buttons()}
    qtbot.mouseClick(buttons["Copy path"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(pdf)
    qtbot.mouseClick(window.export_view.open_folder, Qt.MouseButton.LeftButton)  # no file manager either
    assert opened == [str(pdf), str(out)]
    assert "No file manager" in window.export_view.message.text()
    window.export_view.message.close()


def test_a_bad_organisation_url_is_refused_with_the_sentence(qtbot, window):
    window.preferences.keep(replace(window.preferences.current, organisation_url="https://kept.example/"))
    dialog = _set_organisation(qtbot, window, "Desk", "ftp://files.example/")
    with pytest.raises(Refused) as refused:
        check_url("ftp://files.example/", "organisation URL")
    assert dialog.isVisible()  # still open, with what was typed
    assert dialog.problem.text() == str(refused.value)
    assert "http:// or https://" in dialog.problem.text()
    assert dialog.url.text() == "ftp://files.example/"
    assert load_preferences().organisation_url == "https://kept.example/"
    assert load_preferences().organisation == ""
    dialog.reject()


def test_a_failed_export_is_said_in_a_message_box(qtbot, window, h264_clip, tmp_path, monkeypatch):
    _open_clip_with_a_claim(qtbot, window, h264_clip)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    _export_into(qtbot, window, blocker / "out", monkeypatch, series=False)

    qtbot.waitUntil(lambda: window.export_view.message is not None, timeout=30000)
    text = window.export_view.message.text()
    assert text.endswith(".") and "Traceback" not in text and "\n" not in text
    assert window.export_view.open_folder is None
    assert not (blocker.parent / "out").exists()
    window.export_view.message.close()


def test_export_asks_for_a_clip_and_has_its_own_shortcut(qtbot, window):
    window.export_view.export_action.trigger()
    assert window.export_view.dialog is None
    assert "Open a clip" in window.statusBar().currentMessage()
    ctrl_e = QKeySequence("Ctrl+E")
    users = [a for a in window.findChildren(QAction) if ctrl_e in a.shortcuts()]
    assert users == [window.export_view.export_action]
    file_actions = window.menus["&File"].actions()
    assert file_actions.index(window.export_view.export_action) < file_actions.index(window.actions_by_key["quit"])


def test_an_edit_made_just_before_the_export_is_in_the_dossier(qtbot, window, h264_clip, tmp_path, monkeypatch):
    _open_clip_with_a_claim(qtbot, window, h264_clip)
    # not waited for: the export itself waits until the edits already made are in the file
    window.case.create("sources", {"url": "https://example.org/just-now", "title": "Added a moment before"})
    _export_into(qtbot, window, tmp_path / "out", monkeypatch)
    target = tmp_path / "out" / f"h264-{window.case.clip['id']}-dossier.json"
    qtbot.waitUntil(lambda: window.export_view.open_folder is not None, timeout=30000)
    document = json.loads(target.read_text("utf-8"))
    assert [s["title"] for s in document["clip_sources"]] == ["Added a moment before"]


def test_dossiers_go_to_a_folder_of_their_own_until_one_is_chosen(qtbot, window, h264_clip):
    _open_clip_with_a_claim(qtbot, window, h264_clip)
    window.export_view.export_action.trigger()
    dialog = window.export_view.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.folder.text().endswith("ReelCheck dossiers")
    dialog.reject()


def test_the_dialog_asks_for_at_least_one_file(qtbot, window, h264_clip):
    _open_clip_with_a_claim(qtbot, window, h264_clip)
    window.export_view.export_action.trigger()
    dialog = window.export_view.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.pdf.setChecked(False)
    assert not dialog.open_pdf.isEnabled()
    dialog.json.setChecked(False)
    assert not dialog.series.isEnabled()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.text() == "Choose the PDF, the JSON, or both."
    dialog.reject()


def test_the_dialog_says_a_dossier_is_a_draft_before_it_is_written(qtbot, window, h264_clip):
    _open_clip_with_a_claim(qtbot, window, h264_clip)  # rated, but no organisation and no verdict yet
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000) as changed:
        window.case.create("claims", {"text": "Unrated", "frame_in": 2, "frame_out": 4})
    unrated = next(row["id"] for row in changed.args[0] if row["text"] == "Unrated")
    window.export_view.export_action.trigger()
    dialog = window.export_view.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.draft.isVisible() and dialog.draft.text() == (
        "A draft: no publishing organisation named, no verdict recorded, 1 claim not rated. "
        "Every page of the PDF will say so."
    )
    dialog.reject()

    _set_organisation(qtbot, window, "Example Fact Check", "")
    with qtbot.waitSignal(window.case.verdict_changed, timeout=5000):
        window.case.create("verdicts", {"authenticity": "Undetermined"})
    with qtbot.waitSignal(window.case.claims_changed, timeout=5000):
        window.case.edit("claims", unrated, {"rating": "Mixed"})
    window.export_view.export_action.trigger()
    dialog = window.export_view.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert not dialog.draft.isVisible()  # final: nothing to say
    dialog.reject()
