"""Text from files and reviewers shown as it is, never as markup."""

from __future__ import annotations

from html import escape


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` as it is, line breaks kept: Qt guesses whether a tooltip is markup, so it is
    always escaped."""
    return "<p>" + escape(text).replace("\n", "<br/>") + "</p>" if text else ""
