"""The clip named on the command line, opened while the window starts: its first picture shows before the media
engine has loaded (app.ui.start opens it), and the player takes the clip, open already, once it is there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from app.ui.frame_image import wrap_bgra

if TYPE_CHECKING:  # the media engine loads after the window's first paint
    from app.media.clip import OpenedClip

Show = Callable[[QImage, object, QSize], None]  # picture, what keeps its pixels alive, the frame's size


class FirstClip:
    def __init__(self, show: Show, asked: Callable[[], str | None]) -> None:
        self._show = show
        self._asked = asked  # the clip the window waits to open, while it has no player
        self._opened: OpenedClip | None = None

    def show_picture(self, path: str, picture: QImage) -> None:
        """Its first frame decoded, before its index is built: on screen at once, without a frame number until the
        clip is open."""
        if self._asked() == path:
            self._show(picture, None, picture.size())

    def keep(self, path: str, opened: OpenedClip | None) -> None:
        """The clip open, for the player to take: its frame 0, exact, takes the place of the first picture. None: it
        could not be opened here, and the player will say why when it opens it again."""
        if opened is None:
            return
        if self._asked() != path:
            opened.clip.close()  # another clip was asked for meanwhile
            return
        self._opened = opened
        if opened.first is not None:
            image = opened.first.image
            self._show(wrap_bgra(image), image, QSize(image.shape[1], image.shape[0]))

    def forget_unless(self, path: str) -> None:
        """Another clip than `path` is no longer wanted: closed, with its memory."""
        if self._opened is not None and self._opened.clip.path != Path(path):
            self.close()

    def take(self) -> OpenedClip | None:
        opened, self._opened = self._opened, None
        return opened

    def close(self) -> None:
        if self._opened is not None:
            self._opened.clip.close()
            self._opened = None
