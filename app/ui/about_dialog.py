"""Help > About ReelCheck: what it is and which version, where its logs are and their last lines, and a button that
copies the diagnostic details for a bug report (nothing is sent anywhere: the reviewer pastes them themselves)."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app import __version__
from app.diagnostics import crash_path, diagnostic_details, last_lines, log_path
from app.i18n import LANGUAGES, language, translate


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About ReelCheck"))
        about = QLabel(
            "<b>ReelCheck {version}</b><p>{what}</p><p>{evidence}</p>".format(
                version=__version__,
                what=translate(
                    "About",
                    "A review workstation for suspected AI-generated video clips. It runs offline: nothing leaves "
                    "this machine.",
                ),
                evidence=translate("About", "Detector scores are evidence, never verdicts: the reviewer decides."),
            )
        )
        about.setWordWrap(True)
        where = QLabel(translate("About", "Log: {log}\nCrash log: {crash}").format(log=log_path(), crash=crash_path()))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log = QPlainTextEdit("\n".join(last_lines(log_path())))
        self.log.setReadOnly(True)
        self.log.setAccessibleName(translate("About", "The last lines of the log"))
        self.log.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.log.setPlaceholderText(translate("About", "The log is empty."))
        self.log.moveCursor(self.log.textCursor().MoveOperation.End)
        copy = QPushButton(translate("About", "&Copy diagnostic details"))
        copy.setToolTip(translate("About", "Versions, platform and the logs' last lines, to paste into a bug report"))
        copy.clicked.connect(self.copy_details)
        self.copied = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(where)
        layout.addWidget(QLabel(translate("About", "The log's last lines:")))
        layout.addWidget(self.log, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def copy_details(self) -> str:
        import PySide6

        details = diagnostic_details(
            {"Qt": qVersion(), "PySide6": PySide6.__version__, "Language": LANGUAGES.get(language(), language())}
        )
        QGuiApplication.clipboard().setText(details)
        self.copied.setText(translate("About", "Copied: paste them into your report."))
        return details
