"""The window is built from views that get the shell (app/ui/shell.py), never the window itself: no module of app/ui
but the window's own (and start.py, which makes it) names MainWindow, none reaches another object's private
attributes, and what a view asks of the shell's Qt window is Qt's own QMainWindow API."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QDockWidget, QMainWindow

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
# the window, its starter, and the switch between its two pages (which hides and brings back the window's docks)
MAKE_THE_WINDOW = {"main_window.py", "start.py", "pages.py"}


def names_of_the_main_window(tree: ast.Module) -> list[int]:
    """Lines that import app.ui.main_window or name MainWindow."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            hit = node.module == "app.ui.main_window" or (node.level > 0 and node.module == "main_window")
        elif isinstance(node, ast.Import):
            hit = any(alias.name == "app.ui.main_window" for alias in node.names)
        else:
            hit = isinstance(node, ast.Name) and node.id == "MainWindow"
        if hit:
            found.append(node.lineno)
    return found


def private_reaches(tree: ast.Module) -> list[str]:
    """`x._name` where x is not the object itself (self or cls)."""
    return [
        f"{node.lineno}: .{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
        and not _is_own(node.value)
    ]


def asked_of_the_shells_window(tree: ast.Module) -> list[str]:
    """What `shell.window`, `self.shell.window` or `self._shell.window` is asked for."""
    return [
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "window"
        and _is_shell(node.value.value)
    ]


def _is_own(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in ("self", "cls")


def _is_shell(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id == "shell"
    return isinstance(node, ast.Attribute) and node.attr in ("shell", "_shell") and _is_own(node.value)


def _trees() -> dict[str, ast.Module]:
    return {path.name: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(UI.glob("*.py"))}


def test_only_the_window_and_its_starter_name_the_main_window():
    found = {name: lines for name, tree in _trees().items() if (lines := names_of_the_main_window(tree))}
    assert set(found) <= MAKE_THE_WINDOW, f"views get the shell (app/ui/shell.py), not MainWindow: {found}"


def test_no_module_reaches_into_another_objects_private_attributes():
    found = {name: reaches for name, tree in _trees().items() if (reaches := private_reaches(tree))}
    assert found == {}


def test_views_ask_the_shells_window_only_what_qt_gives_every_window():
    found = {
        name: sorted({attr for attr in asked_of_the_shells_window(tree) if not hasattr(QMainWindow, attr)})
        for name, tree in _trees().items()
    }
    assert {name: attrs for name, attrs in found.items() if attrs} == {}


def test_the_checks_find_what_they_forbid():
    tree = ast.parse(
        "from app.ui.main_window import MainWindow\n"
        "def f(self, shell: MainWindow):\n"
        "    return self._window._frame_pixels, shell.window.player, self._shell.window.statusBar()\n"
    )
    assert names_of_the_main_window(tree) == [1, 2]
    assert private_reaches(tree) == ["3: ._frame_pixels"]
    assert sorted(asked_of_the_shells_window(tree)) == ["player", "statusBar"]
    assert not hasattr(QMainWindow, "player") and hasattr(QMainWindow, "statusBar")


def test_the_case_views_are_built_on_a_shell_alone(qtbot, tmp_path):
    """No MainWindow: a bare QMainWindow with a File, Edit, View and Review menu and a Clips dock is all the case's
    views need, and they take their places in it."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QAction

    from app.preferences import Preferences
    from app.ui.case import CaseController
    from app.ui.case_view import CaseView
    from app.ui.claims_view import install_claims
    from app.ui.export_view import install_export
    from app.ui.review_view import install_review
    from app.ui.settings_view import SettingsController
    from app.ui.shell import Shell
    from app.ui.tasks import Jobs
    from widgets.frame_view import FrameView
    from widgets.panels import ClipList
    from widgets.timeline import Timeline

    window = QMainWindow()
    qtbot.addWidget(window)
    menus = {title: window.menuBar().addMenu(title) for title in ("&File", "&Edit", "&View", "&Review")}
    actions = {key: QAction(key, window) for key in ("quit", "undo", "redo", "close_clip")}
    menus["&File"].addAction(actions["quit"])
    docks = {}

    def add_dock(key, title, widget, area):
        docks[key] = QDockWidget(title, window)
        docks[key].setWidget(widget)
        window.addDockWidget(area, docks[key])

    clips = ClipList()
    add_dock("clips", "Clips", clips, Qt.DockWidgetArea.LeftDockWidgetArea)
    shell = Shell(
        window,
        QSettings(),
        Jobs(),
        SettingsController(Preferences(reviewer="Test Reviewer")),
        menus=menus,
        actions_by_key=actions,
        docks=docks,
        add_dock=add_dock,
        frame_views=(FrameView(), FrameView()),
        timeline=Timeline(),
        clips=clips,
        open_paths=lambda paths: None,
        player=lambda: None,
        on_screen=lambda: (None, None),
    )
    case = CaseController("Test Reviewer")
    case_view = CaseView(shell, case)
    claims = install_claims(shell, case, go_to_evidence=lambda evidence_id: None)
    review = install_review(shell, case)
    export = install_export(shell, case)
    try:
        with qtbot.waitSignal(case.opened, timeout=10000):
            case.open_store(tmp_path / "case.db")
        assert case_view.database.text() == "Case: case.db"
        file_menu = [a for a in menus["&File"].actions() if not a.isSeparator()]
        assert file_menu == [case_view.restore_action, export.export_action, actions["quit"]]
        assert {"claims", "sources", "verdict"} <= set(docks) and docks["claims"].widget() is claims.panel
        assert docks["verdict"].widget() is review.verdict and "add_source" in actions
        assert not actions["undo"].isEnabled()  # nothing done yet
        claims.new_claim()  # no clip is open: said in the shell's status bar
        assert shell.status_bar.currentMessage() == "Open a clip first: claims are saved with the clip."
    finally:
        case.close()
