"""One RapidOCR reader for every test of on-screen text: opening its sessions costs a second or more."""

from __future__ import annotations

import pytest

from analyzers.words.ocr import TextReader


@pytest.fixture(scope="session")
def reader() -> TextReader:
    return TextReader(provider="cpu")
