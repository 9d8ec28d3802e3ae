"""The time the case writes on its rows: UTC, to the millisecond, as ISO 8601 with a Z."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
