"""Text from files and reviewers shown as it is, never as markup, its control characters and bidi overrides made
visible (app.text.shown)."""

from __future__ import annotations

import re

from app.text.shown import with_visible_controls

_MNEMONIC = re.compile(r"\(&[^&]\)|&(?=[^&])")  # "&Open", and "打开(&O)" as Chinese menus write it


def without_mnemonic(label: str) -> str:
    """A menu's or a form's label as words: without its mnemonic mark, a doubled "&&" as the one "&" it shows."""
    return _MNEMONIC.sub("", label).replace("&&", "&")


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` as it is, line breaks kept: Qt guesses whether a tooltip is markup, so it is
    always escaped."""
    from html import escape  # here: imported by panels built before the first paint, used once they fill

    return "<p>" + escape(with_visible_controls(text)).replace("\n", "<br/>") + "</p>" if text else ""
