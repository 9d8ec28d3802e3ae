"""The reviewer's signing key as the settings and the trusted signers show it: its fingerprint, and its public half
written to a file for a colleague's trusted keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.i18n import translate
from app.text.shown import with_visible_controls


def own_key_line(reviewer: str) -> str:
    """Whose key signs, and its fingerprint; a key is made with the first signed dossier, not by looking."""
    from app.dossier.reviewer_keys import SigningError, fingerprint, key_path, load_key

    name = with_visible_controls(reviewer)
    try:
        path = key_path(reviewer)
        if not path.exists():
            return translate(
                "Signing key", "You sign as {name}; your key is made with your first signed dossier."
            ).format(name=name)
        public = load_key(path).public_key().public_bytes_raw()
    except SigningError as error:
        return with_visible_controls(str(error))
    return translate("Signing key", "You sign as {name} with the key {fingerprint}").format(
        name=name, fingerprint=fingerprint(public)
    )


def ask_where_to_write(parent: QWidget) -> Path | None:
    """The file the reviewer chooses for their public key; None when they cancel."""
    picked, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Signing key", "Export my public key"),
        str(Path.home() / "reelcheck-key.pem"),
        translate("Signing key", "Keys (*.pem);;All files (*)"),
    )
    return Path(picked) if picked else None


def write_public_key(reviewer: str, target: Path) -> str | None:
    """Writes the reviewer's public key (making the key pair if it is the first time) as PEM for a colleague's
    trusted keys file; None when written, else why not, in words."""
    from app.dossier.reviewer_keys import SigningError, reviewer_key
    from app.dossier.trusted_keys import exported_key
    from app.files.atomic import write_text_atomically

    try:
        public = reviewer_key(reviewer).public_key().public_bytes_raw()
        write_text_atomically(target, exported_key(public, reviewer))
    except SigningError as error:
        return with_visible_controls(str(error))
    except OSError as error:
        return translate("Signing key", "Could not write {path}: {reason}.").format(
            path=target, reason=error.strerror or error
        )
    return None
