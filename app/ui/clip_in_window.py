"""The clip open in the window, beyond its picture (app/ui/clip_on_screen.py): the clips asked for before the media
engine is there, opened once it is; what the window says of a clip once open (its title, the timeline, the media
facts, the Clips list, the readouts, the SHA-256, the clip's commands) or could not open; all of it put back when
the clip is closed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from app.i18n import translate
from app.text.facts import facts_sections
from app.text.shown import with_visible_controls
from app.text.timecode import format_timecode
from app.ui.first_clip import FirstClip
from app.ui.window_commands import set_icon

if TYPE_CHECKING:  # annotations: the player and its views load the media and detector engines after the first paint
    from app.ui.case import CaseController
    from app.ui.clip_on_screen import ClipOnScreen
    from app.ui.detector_view import DetectorOverlays
    from app.ui.forensic_view import ForensicView
    from app.ui.player import PlayerController
    from app.ui.recent import RecentClips
    from app.ui.score_tracks import ScoreTracks
    from app.ui.status_readout import StatusReadout
    from app.ui.window_commands import WindowCommands
    from widgets.panels import ClipList, FactsPanel
    from widgets.timeline import Timeline

VIDEO_PATTERNS = "*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.3gp *.ts *.mts *.flv *.wmv"


def video_filter() -> str:
    """The file dialog's filter for clips, in the reviewer's language."""
    videos = translate("Main window", "Video files ({patterns})").format(patterns=VIDEO_PATTERNS)
    all_files = translate("Main window", "All files (*)")
    return f"{videos};;{all_files}"


class ClipInWindow:
    def __init__(
        self,
        window: QMainWindow,
        screen: ClipOnScreen,
        commands: WindowCommands,
        readout: StatusReadout,
        *,
        timeline: Timeline,
        facts: FactsPanel,
        clips: ClipList,
        recent: RecentClips,
        settings: QSettings,
        case: Callable[[], CaseController | None],
        show_player: Callable[[], None],
    ) -> None:
        self._window = window  # its title names the clip; the parent of the message saying a clip did not open
        self._screen, self._commands, self._readout = screen, commands, readout
        self._timeline, self._facts, self._clips, self._recent = timeline, facts, clips, recent
        self._settings = settings
        self._case = case  # once the case database has been asked for
        self._show_player = show_player  # the Player page in front, where the Queue page is there
        self._pending: list[str] = []
        self.first_clip = FirstClip(screen.show_picture, asked=self._waiting_to_open)
        self._player: PlayerController | None = None  # these, once the media engine has loaded
        self._tracks: ScoreTracks | None = None
        self._detectors: DetectorOverlays | None = None
        self._forensic: ForensicView | None = None

    def attach(
        self, player: PlayerController, tracks: ScoreTracks, detectors: DetectorOverlays, forensic: ForensicView
    ) -> None:
        """The player opens the clips asked for, and the window follows it; those asked for so far open now."""
        self._player, self._tracks, self._detectors, self._forensic = player, tracks, detectors, forensic
        readout, timeline = self._readout, self._timeline
        player.opened.connect(self._on_opened)
        player.open_failed.connect(self._on_open_failed)
        player.thumbnail.connect(timeline.add_thumbnail)
        player.hashed.connect(self._on_hashed)
        player.hash_progress.connect(lambda f: readout.hash_bar.setValue(round(f * 100)))
        player.playing_changed.connect(self._on_playing_changed)
        player.marks_changed.connect(timeline.set_marks)
        player.marks_changed.connect(lambda first, last: readout.show_marks(player.clip, first, last))
        player.dropped_changed.connect(readout.show_dropped)
        timeline.scrub_started.connect(player.scrub_started)
        timeline.scrub_finished.connect(player.scrub_finished)
        self._clips.clip_chosen.connect(self.open_paths)

    def open_waiting(self) -> None:
        """The clips asked for before there was a player to open them."""
        pending, self._pending = self._pending, []
        if pending:
            self.open_paths(pending)

    def waiting(self) -> bool:
        """A clip was asked for before there was a player to open it."""
        return bool(self._pending)

    def open_paths(self, paths: list[str] | str) -> None:
        if isinstance(paths, str):
            paths = [paths]
        for path in paths:
            self._clips.add_clip(str(path), Path(path).name)
        if not paths:
            return
        self._show_player()
        self.first_clip.forget_unless(str(paths[0]))
        if self._player is None:
            self._pending = [str(p) for p in paths]
            self._window.statusBar().showMessage(translate("Main window", "Loading the media engine…"))
            return
        first = self.first_clip.take()  # the clip named on the command line, open already
        if first is not None:
            self._player.adopt(first)
            return
        self._window.statusBar().showMessage(
            translate("Main window", "Opening {clip}…").format(clip=with_visible_controls(Path(paths[0]).name))
        )
        self._player.open(str(paths[0]))

    def ask_for_clips(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # here, as QMessageBox below

        folder = str(self._settings.value("files/last_folder", str(Path.home())))
        paths, _ = QFileDialog.getOpenFileNames(
            self._window, translate("Main window", "Open clip"), folder, video_filter()
        )
        self.open_paths(paths)

    def close(self) -> None:
        if self._player is not None:
            self._player.close()
            self._detectors.clear()
            self._forensic.clear()
        self._screen.show_image(None)
        self._timeline.set_clip(0, [], lambda n: 0.0, format_timecode)
        self._facts.clear()
        if (case := self._case()) is not None:
            case.forget_clip()
        self._readout.clear()
        self._window.setWindowTitle("ReelCheck")
        self._commands.enable_clip_actions(False)

    def _waiting_to_open(self) -> str | None:
        """The clip asked for before there was a player to open it."""
        return self._pending[0] if self._pending and self._player is None else None

    def _on_opened(self, clip) -> None:
        facts = clip.facts
        self._recent.add(facts.path)  # first: whatever fails below, the clip was opened
        self._window.setWindowTitle(f"{with_visible_controls(Path(facts.path).name)} – ReelCheck")
        self._timeline.set_clip(
            clip.frame_count, [int(k) for k in clip.index.keyframes], clip.index.seconds, format_timecode
        )
        self._facts.show_sections(facts_sections(facts))
        self._clips.mark_current(facts.path)
        if (case := self._case()) is not None:
            case.forget_clip()  # until the new clip's hash says which case work is its own
        self._readout.opened()
        self._commands.enable_clip_actions(True)
        self._settings.setValue("files/last_folder", str(Path(facts.path).parent))
        self._tracks.clip_opened()
        words = translate("Main window", "{frames} frames, {width}x{height}, {codec}").format(
            frames=facts.frame_count, width=facts.display_width, height=facts.display_height, codec=facts.codec
        )
        self._window.statusBar().showMessage(words, 5000)

    def _on_open_failed(self, path: str, reason: str) -> None:
        # Imported here: Python makes a Qt class's enums when it is first used, which the first paint need not wait for.
        from PySide6.QtWidgets import QMessageBox

        name = with_visible_controls(Path(path).name)
        self._window.statusBar().showMessage(translate("Main window", "Could not open {clip}").format(clip=name), 8000)
        said = reason[:1].upper() + reason[1:]  # a reason reads on after the file's name elsewhere ("x: it is ...")
        QMessageBox.warning(self._window, translate("Main window", "Could not open the clip"), f"{name}\n\n{said}")

    def _on_hashed(self, digest: str) -> None:
        self._readout.hash_bar.hide()
        self._facts.set_value("SHA-256", digest)
        clip = self._player.clip
        if (case := self._case()) is not None and clip is not None:
            case.show_clip(clip.path, digest, clip.facts.file_size, clip.facts.as_dict())

    def _on_playing_changed(self, speed: float) -> None:
        set_icon(self._commands.actions_by_key["play"], "fa6s.pause" if speed else "fa6s.play")
        if speed and speed != 1.0:
            self._window.statusBar().showMessage(
                translate("Main window", "Playing at {speed}x").format(speed=f"{speed:g}")
            )
        elif not speed:
            self._window.statusBar().clearMessage()
