"""Text from a file is shown, never obeyed: terminal escapes and bidi overrides appear as their codes."""

from __future__ import annotations

from app.text.shown import bidi_controls_in, one_line, with_visible_controls


def test_terminal_escapes_are_written_as_codes():
    assert one_line("root (key 92ec), clip hash matches\x1b[8m") == "root (key 92ec), clip hash matches\\x1b[8m"
    assert one_line("line\nSHA-256 deadbeef") == "line\\x0aSHA-256 deadbeef"
    assert one_line("\x9b2J") == "\\x9b2J"  # the one-byte C1 form of ESC [


def test_bidi_overrides_are_visible_and_chinese_stays():
    assert one_line("https://\u202emoc.elgoog/") == "https://\\u202emoc.elgoog/"
    assert with_visible_controls("AI生成\n第二行\u2066x\u2069") == "AI生成\n第二行\\u2066x\\u2069"
    assert with_visible_controls("tab\there\x07") == "tab\there\\x07"
    assert bidi_controls_in("a\u202eb\u2067c\u202e") == ["\\u202e", "\\u2067"]
