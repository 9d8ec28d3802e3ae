"""Every command of the main window as data: menu, label, shortcuts, icon, and what it does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from app.ui.case import CaseController
    from app.ui.detector_view import DetectorOverlays
    from app.ui.player import PlayerController
    from app.ui.shell import Shell
    from app.ui.sound_view import SoundView
    from widgets.frame_view import FrameView


class CommandedWindow(Protocol):
    """What the commands below use of the window they run in (the main window is one)."""

    shell: Shell
    player: PlayerController  # the commands that use it are enabled once a clip is open
    case: CaseController | None
    detectors: DetectorOverlays | None  # with the player
    sound_view: SoundView | None  # with the player
    view: FrameView
    actions_by_key: dict[str, QAction]

    def close(self) -> bool: ...
    def open_settings(self) -> None: ...
    def set_side_by_side(self, on: bool) -> None: ...
    def jump_to_peak(self, direction: int) -> None: ...


# The menus' titles, in English: a command and a view name their menu by it (shell.menus["&Review"]); the menu bar
# shows it translated.
MENU_TITLES = (
    QT_TRANSLATE_NOOP("Menus", "&File"),
    QT_TRANSLATE_NOOP("Menus", "&Edit"),
    QT_TRANSLATE_NOOP("Menus", "&Playback"),
    QT_TRANSLATE_NOOP("Menus", "&View"),
    QT_TRANSLATE_NOOP("Menus", "&Analysis"),
    QT_TRANSLATE_NOOP("Menus", "&Review"),
    QT_TRANSLATE_NOOP("Menus", "&Help"),
)


@dataclass(frozen=True)
class Command:
    """`label` and `tip` are English, marked for lupdate; the window shows them translated (context "Menus")."""

    key: str  # without `run`, the command calls MainWindow.do_<key>
    menu: str  # one of MENU_TITLES
    label: str
    shortcuts: tuple[str, ...] = ()
    icon: str = ""
    tip: str = ""
    checkable: bool = False
    toolbar: bool = False
    run: Callable[[CommandedWindow], None] | None = None


COMMANDS: tuple[Command, ...] = (
    Command(
        "open",
        "&File",
        QT_TRANSLATE_NOOP("Menus", "&Open clip…"),
        ("Ctrl+O",),
        "fa6s.folder-open",
        QT_TRANSLATE_NOOP("Menus", "Open a video file"),
        toolbar=True,
    ),
    Command(
        "demo",
        "&File",
        QT_TRANSLATE_NOOP("Menus", "Open &demo clips"),
        (),
        "fa6s.film",
        QT_TRANSLATE_NOOP("Menus", "Generate and open the demo clips"),
    ),
    Command(
        "export_frame",
        "&File",
        QT_TRANSLATE_NOOP("Menus", "&Save frame as PNG…"),
        ("Ctrl+Shift+S",),
        "fa6s.camera",
        QT_TRANSLATE_NOOP("Menus", "Save the exact frame on screen, full resolution"),
    ),
    Command(
        "copy_frame",
        "&File",
        QT_TRANSLATE_NOOP("Menus", "Cop&y frame"),
        ("Ctrl+C",),
        "fa6s.copy",
        QT_TRANSLATE_NOOP("Menus", "Copy the exact frame on screen"),
    ),
    Command("close_clip", "&File", QT_TRANSLATE_NOOP("Menus", "&Close clip"), ("Ctrl+W",)),
    Command("quit", "&File", QT_TRANSLATE_NOOP("Menus", "&Quit"), ("Ctrl+Q",), run=lambda w: w.close()),
    Command(
        "undo",
        "&Edit",
        QT_TRANSLATE_NOOP("Menus", "&Undo"),
        ("Ctrl+Z",),
        "fa6s.rotate-left",
        QT_TRANSLATE_NOOP(
            "Menus", "Undo the last change to the case (Ctrl+Z); on the Queue page, the queue's last edit"
        ),
    ),
    Command(
        "redo",
        "&Edit",
        QT_TRANSLATE_NOOP("Menus", "&Redo"),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        "fa6s.rotate-right",
        QT_TRANSLATE_NOOP("Menus", "Redo what was undone (Ctrl+Shift+Z)"),
    ),
    Command(
        "settings",
        "&Edit",
        QT_TRANSLATE_NOOP("Menus", "&Settings…"),
        ("Ctrl+,",),
        "fa6s.gear",
        QT_TRANSLATE_NOOP("Menus", "Your name, organisation, rating scale, detectors, files, language and theme"),
        run=lambda w: w.open_settings(),
    ),
    Command(
        "trusted_signers", "&Edit", QT_TRANSLATE_NOOP("Menus", "&Trusted signers…"), run=lambda w: _trusted_signers(w)
    ),
    Command(
        "play",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "&Play / pause"),
        ("Space", "K"),
        "fa6s.play",
        QT_TRANSLATE_NOOP("Menus", "Play or pause (Space, K)"),
        toolbar=True,
        run=lambda w: w.player.toggle_play(),
    ),
    Command(
        "shuttle_back",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Shuttle &backward"),
        ("J",),
        "fa6s.backward",
        QT_TRANSLATE_NOOP("Menus", "Play backwards; press again to go faster (J)"),
        toolbar=True,
        run=lambda w: w.player.shuttle(-1),
    ),
    Command(
        "shuttle_forward",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Shuttle &forward"),
        ("L",),
        "fa6s.forward",
        QT_TRANSLATE_NOOP("Menus", "Play forwards; press again to go faster (L)"),
        toolbar=True,
        run=lambda w: w.player.shuttle(1),
    ),
    Command(
        "step_back",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Previous frame"),
        ("Left",),
        "fa6s.backward-step",
        QT_TRANSLATE_NOOP("Menus", "One frame back (Left)"),
        toolbar=True,
        run=lambda w: w.player.step(-1),
    ),
    Command(
        "step_forward",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Next frame"),
        ("Right",),
        "fa6s.forward-step",
        QT_TRANSLATE_NOOP("Menus", "One frame forward (Right)"),
        toolbar=True,
        run=lambda w: w.player.step(1),
    ),
    Command(
        "second_back",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Back one second"),
        ("Shift+Left",),
        run=lambda w: w.player.jump_seconds(-1.0),
    ),
    Command(
        "second_forward",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Forward one second"),
        ("Shift+Right",),
        run=lambda w: w.player.jump_seconds(1.0),
    ),
    Command(
        "keyframe_back",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Previous keyframe"),
        ("Ctrl+Left",),
        run=lambda w: w.player.jump_keyframe(-1),
    ),
    Command(
        "keyframe_forward",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Next keyframe"),
        ("Ctrl+Right",),
        run=lambda w: w.player.jump_keyframe(1),
    ),
    Command(
        "first",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "First frame"),
        ("Home",),
        "mdi6.page-first",
        run=lambda w: w.player.first(),
    ),
    Command(
        "last",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Last frame"),
        ("End",),
        "mdi6.page-last",
        run=lambda w: w.player.last(),
    ),
    Command(
        "go_to",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "&Go to frame or timecode…"),
        ("Ctrl+G",),
        "fa6s.location-crosshairs",
        QT_TRANSLATE_NOOP("Menus", "Go to a frame number or timecode (Ctrl+G)"),
        toolbar=True,
    ),
    Command(
        "mark_in",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Set &in mark"),
        ("I",),
        "mdi6.contain-start",
        QT_TRANSLATE_NOOP("Menus", "Set the in mark (I)"),
        toolbar=True,
        run=lambda w: w.player.set_in(),
    ),
    Command(
        "mark_out",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Set &out mark"),
        ("O",),
        "mdi6.contain-end",
        QT_TRANSLATE_NOOP("Menus", "Set the out mark (O)"),
        toolbar=True,
        run=lambda w: w.player.set_out(),
    ),
    Command(
        "clear_marks",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Clear in/out marks"),
        ("Alt+X",),
        "mdi6.eraser",
        run=lambda w: w.player.clear_marks(),
    ),
    Command(
        "loop",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "&Loop between marks"),
        ("Ctrl+L",),
        "fa6s.repeat",
        QT_TRANSLATE_NOOP("Menus", "Loop playback between the in and out marks (Ctrl+L)"),
        checkable=True,
        toolbar=True,
        run=lambda w: w.player.set_loop(w.actions_by_key["loop"].isChecked()),
    ),
    Command(
        "mute",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "&Mute sound"),
        ("Shift+M",),
        "fa6s.volume-xmark",
        QT_TRANSLATE_NOOP("Menus", "Mute or unmute the clip's sound; the picture keeps following it (Shift+M)"),
        checkable=True,
        run=lambda w: w.sound_view.set_muted(w.actions_by_key["mute"].isChecked()),
    ),
    Command(
        "volume_up",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Volume up"),
        ("Ctrl+Up",),
        "fa6s.volume-high",
        QT_TRANSLATE_NOOP("Menus", "Louder (Ctrl+Up)"),
        run=lambda w: w.sound_view.change_volume(1),
    ),
    Command(
        "volume_down",
        "&Playback",
        QT_TRANSLATE_NOOP("Menus", "Volume down"),
        ("Ctrl+Down",),
        "fa6s.volume-low",
        QT_TRANSLATE_NOOP("Menus", "Quieter (Ctrl+Down)"),
        run=lambda w: w.sound_view.change_volume(-1),
    ),
    Command(
        "fit",
        "&View",
        QT_TRANSLATE_NOOP("Menus", "&Fit to window"),
        ("F", "Ctrl+0"),
        "mdi6.fit-to-screen-outline",
        QT_TRANSLATE_NOOP("Menus", "Fit the frame to the window (F)"),
        toolbar=True,
        run=lambda w: w.view.fit(),
    ),
    Command(
        "actual_size",
        "&View",
        QT_TRANSLATE_NOOP("Menus", "&Actual pixels (100%)"),
        ("1", "Ctrl+1"),
        "mdi6.numeric-1-box-outline",
        QT_TRANSLATE_NOOP("Menus", "Show real pixels, one to one (1)"),
        toolbar=True,
        run=lambda w: w.view.actual_size(),
    ),
    Command(
        "zoom_in",
        "&View",
        QT_TRANSLATE_NOOP("Menus", "Zoom &in"),
        ("+", "=", "Ctrl++"),
        "fa6s.magnifying-glass-plus",
        QT_TRANSLATE_NOOP("Menus", "Zoom in (+, mouse wheel)"),
        toolbar=True,
        run=lambda w: w.view.zoom_in(),
    ),
    Command(
        "zoom_out",
        "&View",
        QT_TRANSLATE_NOOP("Menus", "Zoom &out"),
        ("-", "Ctrl+-"),
        "fa6s.magnifying-glass-minus",
        QT_TRANSLATE_NOOP("Menus", "Zoom out (-, mouse wheel)"),
        toolbar=True,
        run=lambda w: w.view.zoom_out(),
    ),
    Command(
        "side_by_side",
        "&View",
        QT_TRANSLATE_NOOP("Menus", "Detectors &side by side"),
        ("S",),
        "mdi6.view-split-vertical",
        QT_TRANSLATE_NOOP(
            "Menus",
            "The frame on the left, the same frame with the detector heatmaps on the right; both zoom and pan "
            "together (S)",
        ),
        checkable=True,
        toolbar=True,
        run=lambda w: w.set_side_by_side(w.actions_by_key["side_by_side"].isChecked()),
    ),
    Command(
        "overlay_strongest",
        "&View",
        QT_TRANSLATE_NOOP("Menus", "Overlay the s&trongest detector per pixel"),
        ("M",),
        "mdi6.layers-triple-outline",
        QT_TRANSLATE_NOOP(
            "Menus",
            "With several detectors on: each cell in the colour of the detector most above where camera footage "
            "usually lies there, instead of one detector at a time (M)",
        ),
        checkable=True,
        run=lambda w: (
            w.detectors
            and w.detectors.set_mode("strongest" if w.actions_by_key["overlay_strongest"].isChecked() else "one")
        ),
    ),
    Command(
        "next_overlay",
        "&View",
        QT_TRANSLATE_NOOP("Menus", "Overlay the &next detector"),
        ("D",),
        "mdi6.layers-outline",
        QT_TRANSLATE_NOOP("Menus", "One detector's heatmap at a time: show the next detector switched on (D)"),
        run=lambda w: w.detectors and w.detectors.show_next(),
    ),
    Command(
        "reset_layout",
        "&View",
        QT_TRANSLATE_NOOP("Menus", "&Reset workspace"),
        tip=QT_TRANSLATE_NOOP("Menus", "The panels of the current workspace as they first were"),
    ),
    Command(
        "show_queue",
        "&View",
        QT_TRANSLATE_NOOP("Menus", "The &queue"),
        ("F2",),
        "mdi6.format-list-checks",
        QT_TRANSLATE_NOOP(
            "Menus", "The moderator's queue: every clip of the case, sorted and filtered, decided by keyboard (F2)"
        ),
        checkable=True,
    ),
    Command(
        "show_player",
        "&View",
        QT_TRANSLATE_NOOP("Menus", "The &player"),
        ("F3",),
        "fa6s.film",
        QT_TRANSLATE_NOOP("Menus", "The clip in the player, with its panels (F3)"),
        checkable=True,
    ),
    Command(
        "back_to_queue",
        "&View",
        QT_TRANSLATE_NOOP("Menus", "&Back to the queue"),
        ("Esc",),
        tip=QT_TRANSLATE_NOOP("Menus", "From the player back to the queue's row (Esc)"),
    ),
    Command(
        "peak_back",
        "&Analysis",
        QT_TRANSLATE_NOOP("Menus", "Previous score peak"),
        ("Alt+Left",),
        run=lambda w: w.jump_to_peak(-1),
    ),
    Command(
        "peak_forward",
        "&Analysis",
        QT_TRANSLATE_NOOP("Menus", "Next score peak"),
        ("Alt+Right",),
        run=lambda w: w.jump_to_peak(1),
    ),
    Command(
        "analyze",
        "&Analysis",
        QT_TRANSLATE_NOOP("Menus", "&Analyze whole clip"),
        ("Ctrl+Shift+A",),
        "fa6s.chart-line",
        QT_TRANSLATE_NOOP(
            "Menus", "Score every frame with the detectors; the tracks appear under the timeline (Ctrl+Shift+A)"
        ),
        toolbar=True,
    ),
    Command(
        "shortcuts",
        "&Help",
        QT_TRANSLATE_NOOP("Menus", "&Keyboard shortcuts"),
        ("F1",),
        "fa6s.keyboard",
        run=lambda w: _help().show_shortcuts(w.shell.window),
    ),
    Command(
        "about",
        "&Help",
        QT_TRANSLATE_NOOP("Menus", "&About ReelCheck"),
        (),
        "fa6s.circle-info",
        run=lambda w: _help().show_about(w.shell.window),
    ),
)


def _help():
    from app.ui import help as help_dialogs  # imported when asked: help reads COMMANDS, so not at the top

    return help_dialogs


def _trusted_signers(window) -> None:
    # imported when asked for: its key handling costs the first paint about 30 ms
    from app.ui.trusted_signers import show_trusted_signers

    show_trusted_signers(window.shell.window)
