"""The exact frame on screen, copied to the clipboard or saved as PNG at full resolution: only when the picture is
that exact frame (a preview while scrubbing is refused, with the reason)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.i18n import translate

if TYPE_CHECKING:
    from app.ui.shell import Shell


def _exact_image(shell: Shell) -> tuple[QImage, int] | None:
    """The picture on screen and its frame number when it is the exact frame; otherwise None, and why is said."""
    image, player = shell.frame_views[0].image(), shell.player
    if image is None or player is None or player.clip is None:
        return None
    if shell.exact_frame is None:
        shell.status_bar.showMessage(
            translate("Frame export", "The picture on screen is a preview: wait for the exact frame."), 6000
        )
        return None
    return image, shell.exact_frame


def copy_frame(shell: Shell) -> None:
    found = _exact_image(shell)
    if found is not None:
        QGuiApplication.clipboard().setImage(found[0].copy())
        shell.status_bar.showMessage(translate("Frame export", "Frame {number} copied").format(number=found[1]), 3000)


def export_frame(shell: Shell) -> None:
    found = _exact_image(shell)
    if found is None:
        return
    image, number = found
    settings = shell.settings
    name = f"{Path(shell.player.clip.path).stem}_frame_{number}.png"
    folder = str(settings.value("files/export_folder", str(Path.home())))
    target, _ = QFileDialog.getSaveFileName(
        shell.window,
        translate("Frame export", "Save frame"),
        str(Path(folder) / name),
        translate("Frame export", "PNG image (*.png)"),
    )
    if not target:
        return
    if not image.save(target, "PNG"):
        QMessageBox.warning(
            shell.window,
            translate("Frame export", "Could not save the frame"),
            translate("Frame export", "{file} could not be written.").format(file=target),
        )
        return
    settings.setValue("files/export_folder", str(Path(target).parent))
    shell.status_bar.showMessage(translate("Frame export", "Saved {file}").format(file=target), 5000)
