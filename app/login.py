"""The login name of whoever runs ReelCheck: the reviewer's name until they give their own."""

from __future__ import annotations


def login_name() -> str:
    import getpass  # here: the GUI imports this module before its first paint, and needs the name only after

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        return "reviewer"
