"""Edit > Trusted signers: choose the organisation's trusted keys file, the one `reelcheck verify` also reads, see
the fingerprints of the keys it names and of this machine's own signing keys, and export the reviewer's public key
for colleagues."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.preferences import audit_name
from app.text.shown import with_visible_controls
from app.ui.signing_key import ask_where_to_write, own_key_line, write_public_key
from widgets.colours import mark

_EXPLAINED = QT_TRANSLATE_NOOP(
    "Trusted signers",
    "A signed dossier is verified only when the key that signed it is one you trust: your own key on this machine, "
    "or one in the organisation's trusted keys file (a key anyone made under a colleague's name is not). "
    "Ask colleagues for the output of “reelcheck key export” and check each fingerprint with them; the file can "
    "mark a key revoked or replaced (see “reelcheck verify --help”). The file is read again at every check, so a "
    "key revoked in it stops being trusted at once.",
)


class TrustedSignersDialog(QDialog):
    """The trusted keys file in use, its keys and this machine's own, with their fingerprints and state."""

    def __init__(self, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviewer = reviewer  # the name the player signs dossiers with
        self.setWindowTitle(translate("Trusted signers", "Trusted signers"))
        self.resize(760, 380)
        explained = QLabel(translate("Trusted signers", _EXPLAINED))
        explained.setWordWrap(True)
        self.source = QLabel()
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_key = QLabel()
        self.own_key.setTextFormat(Qt.TextFormat.PlainText)
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        mark(self.problem, "refused")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Trusted signers", "Signer"),
                translate("Trusted signers", "State"),
                translate("Trusted signers", "Fingerprint (SHA-256)"),
            ]
        )
        self.table.setAccessibleName(translate("Trusted signers", "Trusted keys"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.choose_button = QPushButton(translate("Trusted signers", "&Choose keys file…"))
        self.choose_button.clicked.connect(lambda: self.choose())
        self.stop_button = QPushButton(translate("Trusted signers", "&Stop using it"))
        self.stop_button.clicked.connect(self.stop_using)
        self.export_button = QPushButton(translate("Trusted signers", "&Export my public key…"))
        self.export_button.clicked.connect(lambda: self.export_own_key())
        for button in (self.choose_button, self.stop_button, self.export_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (explained, self.source, self.table, self.own_key, self.problem, buttons):
            layout.addWidget(widget)
        self.refresh()

    def refresh(self) -> None:
        """Shows the chosen file and every trusted key; a file that cannot be read is said, with its own keys."""
        from app.dossier.trusted_keys import TrustedKeysError, chosen_keys_file, trusted_signers

        self.problem.clear()
        chosen = None
        try:
            chosen = chosen_keys_file()
            signers = trusted_signers(chosen, use_settings=False)
        except TrustedKeysError as error:
            signers = trusted_signers(use_settings=False)
            until = translate("Trusted signers", "{problem} Until it is fixed, only your own keys count.")
            self.problem.setText(with_visible_controls(until.format(problem=error)))
        if chosen:
            self.source.setText(translate("Trusted signers", "Trusted keys file: {path}").format(path=chosen))
        else:
            self.source.setText(translate("Trusted signers", "Trusted keys file: none chosen"))
        self._show_own_key()
        self.stop_button.setEnabled(chosen is not None or bool(self.problem.text()))
        self.table.setRowCount(len(signers.keys))
        for row, key in enumerate(signers.keys):
            for column, text in enumerate((key.label, key.state(), key.fingerprint)):
                self.table.setItem(row, column, QTableWidgetItem(with_visible_controls(text)))
        self.table.resizeColumnsToContents()

    def choose(self, path: Path | None = None) -> bool:
        """Uses the keys file at `path` (asked for when None) if it can be read; says why not otherwise."""
        from app.dossier.trusted_keys import TrustedKeysError, choose_keys_file, read_trusted_keys

        if path is None:
            picked, _ = QFileDialog.getOpenFileName(
                self,
                translate("Trusted signers", "Trusted keys file"),
                str(Path.home()),
                translate("Trusted signers", "Keys (*.keys *.pem *.txt);;All files (*)"),
            )
            if not picked:
                return False
            path = Path(picked)
        try:
            read_trusted_keys(path)
            choose_keys_file(path)
        except TrustedKeysError as error:
            not_chosen = translate("Trusted signers", "{problem} The file was not chosen.")
            self.problem.setText(with_visible_controls(not_chosen.format(problem=error)))
            return False
        except OSError as error:
            self.problem.setText(
                translate("Trusted signers", "Could not keep the choice: {reason}.").format(
                    reason=error.strerror or error
                )
            )
            return False
        self.refresh()
        return True

    def _show_own_key(self) -> None:
        self.own_key.setText(own_key_line(self.reviewer))

    def export_own_key(self, target: Path | None = None) -> bool:
        """Writes the reviewer's public key (asked where when `target` is None) for a colleague's trusted keys."""
        target = target or ask_where_to_write(self)
        if target is None:
            return False
        if (problem := write_public_key(self.reviewer, target)) is not None:
            self.problem.setText(problem)
            return False
        self.problem.clear()
        self._show_own_key()
        written = translate(
            "Trusted signers", "{signing}; written to {path}: hand it over and read them the fingerprint."
        )
        self.own_key.setText(written.format(signing=self.own_key.text(), path=target))
        return True

    def stop_using(self) -> None:
        from app.dossier.trusted_keys import choose_keys_file

        try:
            choose_keys_file(None)
        except OSError as error:
            self.problem.setText(
                translate("Trusted signers", "Could not keep the choice: {reason}.").format(
                    reason=error.strerror or error
                )
            )
            return
        self.refresh()


def show_trusted_signers(parent: QWidget) -> None:
    TrustedSignersDialog(audit_name(), parent).exec()
