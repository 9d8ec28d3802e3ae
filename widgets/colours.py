"""Colours with a meaning on the panels (a refused value, a caution, quiet words, a provenance level), one for each
theme: red text that reads on a dark window vanishes on a light one. tests/ui/test_theme.py measures each on its
theme's window and lists.

A widget `mark`ed with one takes it from the theme's style sheet (`theme_rules`), so it changes with the theme;
painters and item models ask for `ink` as they draw; a colour set once (an item's words, a painted icon) is set again
by `recolour_on_theme_change`.

The media surfaces (frame, timeline, score, word and sound lanes, spectrogram) stay dark in both themes, as video
tools do, and keep their own colours."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# name: (on the dark theme, on the light theme)
INKS = {
    "refused": ("#ff8a80", "#b3261e"),  # a value refused, a problem
    "caution": ("#ffcc80", "#8a5200"),  # a draft, a filter in force, a finding worth a look
    "alarm": ("#ffb3a8", "#a3201a"),  # a strong finding: generative AI declared
    "changing": ("#c8a27a", "#7a5230"),  # a refused value being edited: no longer the refused value
    "quiet": ("#9aa0ab", "#5c626c"),  # words said quietly so that findings stand out
    "heading": ("#e6e8ee", "#15171a"),
    "subheading": ("#c3c7d0", "#33373f"),
    "blue": ("#6aa8ff", "#1a56b0"),  # hues that tell states apart (the queue's status and decision)
    "purple": ("#ce93d8", "#7b1fa2"),
    "teal": ("#80cbc4", "#00695c"),
    "said": ("#78beff", "#1a56b0"),  # words spoken (subtitles), as in the word lanes
    "shown": ("#ffbe5a", "#8a5200"),  # words shown on the frames
    "icon": ("#d8dbe2", "#2b2f36"),  # the tool bar's and menus' icons
}
# Edges and fills: only told apart from what is beside them.
EDGES = {
    "rule": ("#3a3e46", "#c9ccd1"),
    "placeholder": ("#2c2f36", "#e3e6eb"),  # a thumbnail not made yet
    "placeholder edge": ("#3a3e46", "#c3c7cf"),
}
# (background, text) of a provenance level's badge and of the badge's own states; unknown levels read as a note.
BADGES = {
    "strong": (("#9b1c1c", "#ffffff"), ("#9b1c1c", "#ffffff")),
    "worth a look": (("#8a5a00", "#fff3d6"), ("#fff0cc", "#6b4500")),
    "note": (("#3a3e46", "#dcdfe6"), ("#e3e6eb", "#2b2f36")),
    "reading": (("#2c2f36", "#b9bdc7"), ("#eceef1", "#4a4f58")),
    "failed": (("#5a3a14", "#ffe2b8"), ("#fbe3c4", "#5a3a14")),
}
# The strip above the frame that holds the provenance badge: (strong, any other level), and its lower edge.
BADGE_STRIPS = {"strong": ("#3b1414", "#fde8e6"), "other": ("#23252b", "#eceef1"), "edge": ("#33363d", "#d5d8de")}


def dark_theme(palette: QPalette | None = None) -> bool:
    """Whether the theme in use (or `palette`) is dark: read from the window's lightness, so that any palette,
    the reviewer's own included, gets the colours that read on it."""
    window = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def _chosen(pair: tuple, palette: QPalette | None):
    return pair[0] if dark_theme(palette) else pair[1]


def ink(name: str, palette: QPalette | None = None) -> QColor:
    """The text colour `name` of INKS (or an edge of EDGES) for the theme in use."""
    return QColor(_chosen(INKS[name] if name in INKS else EDGES[name], palette))


def same_ink(colour: str) -> str:
    """`colour`, an ink of INKS in either theme, as that ink in the theme in use (other colours as they are)."""
    wanted = QColor(colour)
    pair = next((pair for pair in INKS.values() if wanted in (QColor(pair[0]), QColor(pair[1]))), None)
    return _chosen(pair, None) if pair is not None else colour


def badge(level: str, palette: QPalette | None = None) -> tuple[str, str]:
    """(background, text) of the badge of a provenance level, or of "reading" and "failed"."""
    return _chosen(BADGES.get(level, BADGES["note"]), palette)


def mark(widget: QWidget, ink_name: str | None) -> None:
    """Shows `widget`'s words (or a rule's line) in the ink `ink_name` of INKS or EDGES, in whichever theme is in use,
    now and after the reviewer chooses another; None: the palette's own colour again."""
    _restyle(widget, "ink", ink_name)


def mark_strip(widget: QWidget, level: str) -> None:
    """The background and lower edge of the strip that holds the badge of a provenance `level`."""
    _restyle(widget, "strip", "strong" if level == "strong" else "other")


def recolour_on_theme_change(widget: QWidget, recolour: Callable[[], None]) -> None:
    """Calls `recolour` soon after the theme in use changes, for as long as `widget` lives: for the colours set once
    (an item's words, an icon drawn in an ink, a colour kept as data), which the theme's style sheet does not reach."""
    _ThemeFollower(widget, recolour)


class _ThemeFollower(QObject):
    def __init__(self, widget: QWidget, recolour: Callable[[], None]) -> None:
        super().__init__(widget)  # goes with the widget
        self._recolour = recolour
        self._palette = QGuiApplication.palette().cacheKey()  # the application's, which a theme sets
        self._due = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A widget hears of the application's new palette as a change of its own, as it does of a style sheet's.
        # It recolours once Qt has restyled every widget: items and widgets made in the middle of that crash Qt.
        if event.type() in _PALETTE_CHANGES and not self._due and QGuiApplication.palette().cacheKey() != self._palette:
            self._due = True
            QTimer.singleShot(0, self, self._recolour_now)
        return False

    def _recolour_now(self) -> None:
        self._due = False
        self._palette = QGuiApplication.palette().cacheKey()
        self._recolour()


_PALETTE_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def _restyle(widget: QWidget, kind: str, value: str | None) -> None:
    widget.setProperty(kind, value)
    widget.style().unpolish(widget)  # a dynamic property is matched when a widget is polished
    widget.style().polish(widget)


def theme_rules(dark: bool) -> str:
    """The style sheet rules of `mark` and `mark_strip` for the dark or the light theme."""
    side = 0 if dark else 1
    rules = [f'*[ink="{name}"] {{ color: {pair[side]}; }}' for name, pair in (INKS | EDGES).items()]
    edge = BADGE_STRIPS["edge"][side]
    for strip in ("strong", "other"):
        background = BADGE_STRIPS[strip][side]
        rules.append(f'*[strip="{strip}"] {{ background: {background}; border-bottom: 1px solid {edge}; }}')
    return "\n".join(rules)
