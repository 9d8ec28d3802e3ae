"""Edit > Trusted signers: the reviewer chooses the organisation's keys file, sees each key's fingerprint and state
(and their own key's), and a file that cannot be read is refused in words, the earlier choice kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.dossier.reviewer_keys import fingerprint, reviewer_key
from app.dossier.trusted_keys import chosen_keys_file, exported_key, parse_trusted_keys
from app.preferences import Preferences, audit_name, save_preferences
from app.ui.trusted_signers import TrustedSignersDialog

pytestmark = pytest.mark.gui


def _rows(dialog: TrustedSignersDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]


def test_the_chosen_file_s_keys_and_the_own_key_are_shown_with_their_fingerprints(qtbot, tmp_path):
    own = fingerprint(reviewer_key("Test Reviewer").public_key().public_bytes_raw())
    colleague = reviewer_key("李伟", tmp_path / "elsewhere").public_key().public_bytes_raw()
    listing = tmp_path / "newsroom.keys"
    listing.write_text(exported_key(colleague, "李伟") + "ab" * 32 + "\nname: Old key\nrevoked: 2026-05-02\n", "utf-8")
    dialog = TrustedSignersDialog("Test Reviewer")
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [("your own key on this machine", "trusted", own)]
    assert not dialog.stop_button.isEnabled()

    assert dialog.choose(listing)
    assert chosen_keys_file() == listing.resolve()  # the setting `reelcheck verify` reads too
    assert _rows(dialog) == [
        ("李伟", "trusted", fingerprint(colleague)),
        ("Old key", "revoked on 2026-05-02", "ab" * 32),
        ("your own key on this machine", "trusted", own),
    ]
    assert str(listing.resolve()) in dialog.source.text() and dialog.stop_button.isEnabled()

    broken = tmp_path / "broken.keys"
    broken.write_text("0123abcd\n", "utf-8")
    assert not dialog.choose(broken)
    assert "broken.keys, line 1" in dialog.problem.text() and "not chosen" in dialog.problem.text()
    assert chosen_keys_file() == listing.resolve()

    dialog.stop_using()
    assert chosen_keys_file() is None and len(_rows(dialog)) == 1


def test_a_chosen_file_that_broke_later_is_said_and_can_be_let_go(qtbot, tmp_path):
    listing = tmp_path / "newsroom.keys"
    listing.write_text("ab" * 32 + "\n", "utf-8")
    dialog = TrustedSignersDialog("Test Reviewer")
    qtbot.addWidget(dialog)
    assert dialog.choose(listing)
    listing.write_text("name: nobody\n", "utf-8")
    dialog.refresh()
    assert "newsroom.keys, line 1" in dialog.problem.text() and "only your own keys count" in dialog.problem.text()
    assert dialog.stop_button.isEnabled()


def test_the_reviewer_s_public_key_is_exported_for_colleagues(qtbot, tmp_path):
    save_preferences(Preferences(reviewer="王芳"))
    dialog = TrustedSignersDialog(audit_name())
    qtbot.addWidget(dialog)
    assert "your key is made with your first signed dossier" in dialog.own_key.text()
    assert dialog.export_own_key(tmp_path / "wang.pem")
    public = reviewer_key("王芳").public_key().public_bytes_raw()  # the key the player signs with
    assert dialog.own_key.text().startswith(f"You sign as 王芳 with the key {fingerprint(public)}; written to ")
    [key] = parse_trusted_keys((tmp_path / "wang.pem").read_text("utf-8"))
    assert (key.fingerprint, key.name) == (fingerprint(public), "王芳")


def test_the_edit_menu_has_the_entry(qtbot):
    from app.ui.main_window import MainWindow
    from app.ui.tasks import Jobs

    window = MainWindow(QSettings(), Jobs())
    qtbot.addWidget(window)
    labels = [action.text() for action in window.menus["&Edit"].actions()]
    assert "&Trusted signers…" in labels
