"""Who is reviewing: the name every change is audited under, kept in the settings."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings

KEY = "review/reviewer"


def reviewer_name(settings: QSettings) -> str:
    name = settings.value(KEY, "")
    if isinstance(name, str) and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        return "reviewer"
