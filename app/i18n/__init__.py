"""The reviewer's language. Every string a person reads goes through `translate(context, text)`; English is the
source language, and the other languages' catalogues are the `.qm` files Qt's lupdate and lrelease build from the
`.ts` sources in resources/i18n (`python -m app.i18n.build`).

The lookup is plain Python, so the command line and the PDF writer, which run without a display, speak the same
language as the window. The window also installs Qt's own catalogue for the texts Qt draws itself (app/ui/language.py).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from app.i18n.qm import NotACatalogue, read_catalogue

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# Each language in its own words, as the settings list them.
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}

_catalogue: dict[tuple[str, str], str] = {}
_language = SOURCE_LANGUAGE


def translate(context: str, text: str) -> str:
    """`text` in the reviewer's language. Both arguments must be string literals where they are written: lupdate
    reads them from the source. Placeholders are named (`{clip}`) and filled after: `translate(...).format(clip=x)`."""
    return _catalogue.get((context, text), text)


def language() -> str:
    return _language


def catalogue_path(code: str) -> Path:
    # Found as analyzers.resources finds the resources, in a checkout or a frozen build; not imported from there:
    # the widgets translate, and they may not reach the analyzers (DESIGN.md).
    bundle = getattr(sys, "_MEIPASS", None)
    resources = Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[2] / "resources"
    return resources / "i18n" / f"reelcheck_{code}.qm"


def use_language(code: str) -> str:
    """Speak `code` (a key of LANGUAGES) from now on; returns the language in use, English where that one's catalogue
    is missing or damaged (said in the log: the reviewer still gets every word, in English)."""
    global _catalogue, _language
    code = code if code in LANGUAGES else language_of_locale(code)
    if code == _language and (code == SOURCE_LANGUAGE or _catalogue):
        return code  # already spoken: the command line chose it, and the window asks again with Qt's locale
    catalogue: dict[tuple[str, str], str] = {}
    if code != SOURCE_LANGUAGE:
        try:
            catalogue = read_catalogue(catalogue_path(code))
        except (OSError, NotACatalogue):
            log.warning("the %s catalogue could not be read; speaking English", code, exc_info=True)
            code = SOURCE_LANGUAGE
    _catalogue, _language = catalogue, code
    return code


def language_of_locale(name: str) -> str:
    """The language of ours that a reader of locale `name` ("zh_CN.UTF-8", "zh-Hans-SG", "en_GB") reads best: any
    Chinese locale reads the Simplified Chinese one, the rest English."""
    return "zh_CN" if name.lower().replace("-", "_").startswith("zh") else SOURCE_LANGUAGE


def system_language() -> str:
    """The language of this machine's locale, as POSIX programs read it (the window asks Qt, which also knows
    Windows' and macOS' settings)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(variable):
            return language_of_locale(value)
    return SOURCE_LANGUAGE
