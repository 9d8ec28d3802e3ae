"""The settings in the real window: asked for on the first run, edited in Edit > Settings and applied where they
show, and a dossier never signed before the reviewer gave their name."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.preferences import Preferences, load_preferences, save_preferences, settings_path
from app.ui.first_run import FirstRunDialog
from app.ui.settings_dialog import SettingsDialog
from tests.ui import test_player_window as player_tests

window = player_tests.window  # the real window with its player and a case database in tmp_path

pytestmark = pytest.mark.gui


def _answer(kind, answer) -> None:
    """Answers the next modal dialog of `kind` once it is up (it runs its own event loop)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            answer(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def test_the_first_run_asks_for_the_name_and_the_case_records_under_it(qtbot, window):
    window.preferences.current = Preferences()
    window.preferences.offer_first_run(window)
    dialog = window.findChild(FirstRunDialog, "first-run")
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.reviewer.setText("李明")
    dialog.organisation.setText("核查中心")
    dialog.accept()
    assert load_preferences().reviewer == "李明" and load_preferences().organisation == "核查中心"
    assert window.case.reviewer == "李明"


def test_edit_settings_applies_the_name_and_the_rating_scale(qtbot, window):
    def change(dialog: SettingsDialog) -> None:
        dialog.reviewer.setText("王芳")
        dialog.ratings.set_ratings(("Correct", "Fabricated"))
        dialog.accept()

    _answer(SettingsDialog, change)
    window.actions_by_key["settings"].trigger()
    assert load_preferences().reviewer == "王芳"
    assert window.case.reviewer == "王芳"
    rating = window.claims_view.panel.rating
    assert [rating.itemText(i) for i in range(1, rating.count())] == ["Correct", "Fabricated"]


def test_no_dossier_is_signed_before_the_reviewer_gave_a_name(qtbot, window, h264_clip):
    player_tests.open_and_wait(qtbot, window, h264_clip)
    qtbot.waitUntil(lambda: window.case.clip is not None, timeout=10000)
    settings_path().unlink()
    window.preferences.current = Preferences()
    _answer(FirstRunDialog, lambda dialog: dialog.reject())  # "Later"
    window.export_view.export_action.trigger()
    assert window.export_view.dialog is None or not window.export_view.dialog.isVisible()
    assert not settings_path().exists()

    def give_name(dialog: FirstRunDialog) -> None:
        dialog.reviewer.setText("李明")
        dialog.accept()

    _answer(FirstRunDialog, give_name)
    window.export_view.export_action.trigger()
    qtbot.waitUntil(lambda: window.export_view.dialog is not None and window.export_view.dialog.isVisible())
    assert load_preferences().reviewer == "李明" and window.case.reviewer == "李明"
    window.export_view.dialog.reject()


def test_settings_taken_over_from_an_earlier_version_once(qtbot):
    from PySide6.QtCore import QSettings

    from app.ui.settings_view import window_preferences

    settings_path().unlink()
    earlier = QSettings()
    earlier.setValue("review/reviewer", "Ann Lee")
    earlier.setValue("dossier/organisation", "Desk")
    earlier.setValue("detectors/provider", "cpu")
    earlier.setValue("review/rating_scale", ["Correct", "Fabricated"])
    taken = window_preferences(earlier)
    assert taken == Preferences(
        reviewer="Ann Lee", organisation="Desk", provider="cpu", rating_scale=("Correct", "Fabricated")
    )
    assert load_preferences() == taken
    save_preferences(replace(taken, reviewer="Li Ming"))
    assert window_preferences(earlier).reviewer == "Li Ming"  # the settings file wins from then on
