"""The translations: in step with the code, read the same without Qt as Qt reads them, and safe to read."""

from __future__ import annotations

import logging
from datetime import UTC
from pathlib import Path

import pytest

from app import i18n
from app.i18n import build
from app.i18n.qm import MAGIC, NotACatalogue, read_catalogue


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.use_language("en")


def test_every_string_in_the_code_is_translated_and_every_catalogue_is_current():
    assert build.problems() == []


def test_the_catalogue_reads_the_same_without_qt_as_qt_reads_it(qapp):
    from PySide6.QtCore import QTranslator

    path = i18n.catalogue_path("zh_CN")
    ours = read_catalogue(path)
    translator = QTranslator()
    assert translator.load(str(path))
    assert ours, "the Chinese catalogue holds no translation"
    for (context, source), translation in ours.items():
        assert translator.translate(context, source) == translation


def test_chinese_is_spoken_once_chosen_and_english_again_after():
    (context, source), translation = next(iter(read_catalogue(i18n.catalogue_path("zh_CN")).items()))
    assert i18n.use_language("zh_CN") == "zh_CN"
    assert i18n.translate(context, source) == translation
    assert i18n.use_language("en") == "en"
    assert i18n.translate(context, source) == source


@pytest.mark.parametrize(
    ("locale", "language"),
    [("zh_CN.UTF-8", "zh_CN"), ("zh-Hans-SG", "zh_CN"), ("zh_TW", "zh_CN"), ("en_GB.UTF-8", "en"), ("C", "en")],
)
def test_a_locale_reads_our_nearest_language(locale, language):
    assert i18n.language_of_locale(locale) == language


def test_the_system_language_follows_the_posix_locale(monkeypatch):
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert i18n.system_language() == "en"


@pytest.mark.parametrize(
    "content",
    [b"", b"not a catalogue at all", MAGIC + b"\x69\x00\x00\x10\x00\x03\xff", MAGIC + b"\x69\xff\xff\xff\xff"],
    ids=["empty", "text", "truncated-message", "huge-length"],
)
def test_a_damaged_catalogue_is_named_not_obeyed(tmp_path: Path, content: bytes):
    path = tmp_path / "reelcheck_zh_CN.qm"
    path.write_bytes(content)
    with pytest.raises(NotACatalogue, match="reelcheck_zh_CN.qm"):
        read_catalogue(path)


def test_a_catalogue_larger_than_any_of_ours_is_not_read_whole(tmp_path: Path):
    path = tmp_path / "big.qm"
    with path.open("wb") as file:
        file.write(MAGIC)
        file.truncate(64 << 20)
    with pytest.raises(NotACatalogue, match="not a translation catalogue"):
        read_catalogue(path)


def test_a_missing_catalogue_leaves_english_and_says_so_in_the_log(monkeypatch, tmp_path: Path, caplog):
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: tmp_path / f"reelcheck_{code}.qm")
    with caplog.at_level(logging.WARNING, logger="app.i18n"):
        assert i18n.use_language("zh_CN") == "en"
    assert "could not be read" in caplog.text
    assert i18n.translate("Any", "Open clip") == "Open clip"


@pytest.mark.parametrize(
    ("code", "date", "moment"),
    [
        ("en", "6 December 2026", "6 December 2026, 22:15 UTC"),
        ("zh_CN", "2026年12月6日", "2026年12月6日 22:15 UTC"),
    ],
)
def test_dates_are_written_as_the_reader_writes_them(code, date, moment):
    from datetime import datetime

    from app.i18n.dates import format_date, format_datetime

    i18n.use_language(code)
    when = datetime(2026, 12, 6, 22, 15, 30, tzinfo=UTC)
    assert format_date(when) == date
    assert format_datetime(when) == moment
    assert format_datetime(when.replace(tzinfo=None), seconds=True).endswith("22:15:30")
