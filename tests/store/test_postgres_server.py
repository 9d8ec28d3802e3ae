"""The throwaway PostgreSQL server the shared-case tests use (tests/postgres.py): it starts, a test's database is its
own, it is reached through its socket only, and trigram search finds Chinese, Arabic and English as SQLite's FTS5
trigram index does."""

from __future__ import annotations

import pytest

psycopg = pytest.importorskip("psycopg")


def test_each_test_has_a_database_of_its_own(postgres_url):
    with psycopg.connect(postgres_url) as connection:
        name = connection.execute("SELECT current_database()").fetchone()[0]
        assert name in postgres_url
        assert connection.execute("SHOW listen_addresses").fetchone()[0] == ""  # the socket only: no network


def test_trigram_search_finds_any_script(postgres_url):
    lines = ["金字塔是用激光切割的石块建造的", "The Great Wall of China was built in 1950", "الأهرامات بنيت في ليلة"]
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute("CREATE EXTENSION pg_trgm")
        connection.execute("CREATE TABLE claims (text text)")
        connection.execute("CREATE INDEX ON claims USING gin (text gin_trgm_ops)")
        for line in lines:
            connection.execute("INSERT INTO claims VALUES (%s)", (line,))
        search = "SELECT text FROM claims WHERE text ILIKE %s"
        found = {
            query: [row[0] for row in connection.execute(search, (f"%{query}%",))]
            for query in ("激光切割", "great wall", "بنيت في")
        }
    assert found == {"激光切割": [lines[0]], "great wall": [lines[1]], "بنيت في": [lines[2]]}
