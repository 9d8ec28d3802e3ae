"""Who is reviewing: the name every change is audited under and dossiers are signed with, as the settings give it
(the login name stands in for the audit until the reviewer gives theirs; nothing is signed with it)."""

from __future__ import annotations

from app.login import login_name
from app.preferences import load_preferences


def reviewer_name() -> str:
    return load_preferences().reviewer or login_name()
