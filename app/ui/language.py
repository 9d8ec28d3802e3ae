"""The window's language: ReelCheck's own words from app.i18n, and Qt's (OK, Cancel, the file dialogs, a text
field's context menu) from the catalogue PySide6 ships, both chosen once when the window starts."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.i18n import SOURCE_LANGUAGE, language_of_locale, use_language

_qt_words: QTranslator | None = None


def speak(app: QApplication, chosen: str) -> str:
    """Speak `chosen` (a language of app.i18n, or "" for the system's, which Qt knows on every platform); returns
    the language in use."""
    global _qt_words
    code = use_language(chosen or language_of_locale(QLocale.system().name()))
    if _qt_words is not None:
        app.removeTranslator(_qt_words)
        _qt_words = None
    QLocale.setDefault(QLocale(code))
    if code != SOURCE_LANGUAGE:
        translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(QLocale(code), "qtbase", "_", folder):
            app.installTranslator(translator)
            _qt_words = translator
    return code
