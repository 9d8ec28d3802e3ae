"""Who is reviewing: the name every change is audited under, kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.login import login_name

KEY = "review/reviewer"


def reviewer_name(settings: QSettings) -> str:
    name = settings.value(KEY, "")
    if isinstance(name, str) and name.strip():
        return name.strip()
    return login_name()
