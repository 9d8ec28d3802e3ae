"""Help > Keyboard shortcuts and About ReelCheck."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from app import __version__
from app.ui.actions import COMMANDS

if TYPE_CHECKING:
    from app.ui.shell import Shell


def show_shortcuts(shell: Shell) -> None:
    rows = "".join(
        f"<tr><td>{c.label.replace('&', '').rstrip('…')}</td><td><b>{', '.join(c.shortcuts)}</b></td></tr>"
        for c in COMMANDS
        if c.shortcuts
    )
    rows += "".join(  # the review panels' commands, which they add to the Review menu themselves
        f"<tr><td>{a.text().replace('&', '').rstrip('…')}</td><td><b>{a.shortcut().toString()}</b></td></tr>"
        for a in shell.menus["&Review"].actions()
        if not a.shortcut().isEmpty()
    )
    QMessageBox.information(shell.window, "Keyboard shortcuts", f"<table cellspacing=6>{rows}</table>")


def show_about(shell: Shell) -> None:
    QMessageBox.about(
        shell.window,
        "About ReelCheck",
        f"<b>ReelCheck {__version__}</b><p>A review workstation for suspected AI-generated video clips. "
        "It runs offline: nothing leaves this machine.</p><p>Detector scores are evidence, never verdicts: "
        "the reviewer decides.</p>",
    )
