"""The store's tests run against both backends: a SQLite file, and a database of its own on the throwaway PostgreSQL
server (tests/postgres.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def case_at(request, tmp_path):
    """The address of a new case: a file, or a postgresql:// URL."""
    if request.param == "sqlite":
        return tmp_path / "case.db"
    return request.getfixturevalue("postgres_url")
