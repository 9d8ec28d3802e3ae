"""The main window: frame view and timeline in the centre, dockable panels, menus, toolbar and status bar.

The window starts without the media engine (PyAV, OpenCV, numpy load after the first paint); clips asked for
before it is ready open as soon as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from app.i18n import translate
from app.ui.clip_in_window import ClipInWindow, video_filter
from app.ui.clip_on_screen import SIDE_BY_SIDE_KEY, ClipOnScreen, player_page
from app.ui.demo_job import open_demo
from app.ui.frame_on_screen import copy_frame, export_frame
from app.ui.pages import PLAYER, QUEUE, Pages
from app.ui.panel_keys import PanelKeys
from app.ui.recent import RecentClips
from app.ui.settings_view import SettingsController, window_preferences
from app.ui.shell import Shell
from app.ui.status_readout import StatusReadout
from app.ui.tasks import Jobs
from app.ui.window_commands import WindowCommands
from app.ui.window_layout import DockLayout
from app.ui.workspaces import Workspaces

if TYPE_CHECKING:  # these load the media and detector engines, after the first paint
    from PySide6.QtGui import QAction, QCloseEvent

    from app.preferences import Preferences
    from app.ui.case import CaseController
    from app.ui.overlays import LiveOverlays
    from app.ui.player import PlayerController
    from app.ui.queue_view import QueueView
from widgets.detector_panel import DetectorPanel
from widgets.frame_view import FrameView, link_views
from widgets.go_to_dialog import GoToDialog
from widgets.panels import ClipList, FactsPanel, scrolled
from widgets.provenance_panel import ProvenanceBadge, ProvenancePanel
from widgets.timeline import Timeline


class MainWindow(QMainWindow):
    def __init__(
        self, settings: QSettings, jobs: Jobs, preferences: Preferences | None = None, screen_width: int | None = None
    ) -> None:
        """`screen_width`: the screen's, which chooses the workspace of a first start (Compact on a laptop)."""
        super().__init__()
        self.settings = settings
        self.preferences = SettingsController(preferences or window_preferences(settings))
        self.jobs = jobs
        self.player = None  # PlayerController, once the media engine has loaded
        self.case = None  # CaseController, once the case database has been asked for
        self.detectors = None  # DetectorOverlays, with the player
        self.sound_view = None  # SoundView (mute, volume, the sound's status line), with the player
        self.forensic = None  # ForensicView, with the player
        self._demo_pending = False
        self.setWindowTitle("ReelCheck")
        self.setAcceptDrops(True)
        self.view = FrameView()
        self.view.files_dropped.connect(self.open_paths)
        self.view.setAccessibleName(translate("Main window", "Frame"))
        # Detectors side by side: the same frame again, with the heatmaps, zooming and panning with the first.
        self.heatmap_view = FrameView()
        self.heatmap_view.placeholder = translate(
            "Main window", "Detector heatmaps appear here: turn a detector on in the Detectors panel."
        )
        self.heatmap_view.setAccessibleName(translate("Main window", "Frame with detector heatmaps"))
        self.heatmap_view.files_dropped.connect(self.open_paths)
        self.heatmap_view.hide()
        link_views(self.view, self.heatmap_view)
        self.timeline = Timeline()
        self.timeline.setAccessibleName(translate("Main window", "Timeline"))
        self.provenance_badge = ProvenanceBadge()  # above the frame: what the file declares is seen first
        central = player_page(self.provenance_badge, (self.view, self.heatmap_view), self.timeline)
        self.pages = Pages(self, central)  # the moderator's queue and the player
        self.setCentralWidget(self.pages.stack)
        self.facts = FactsPanel()
        self.clips = ClipList()
        self.menus: dict[str, QMenu] = {}  # by title, once the commands are built
        self.dock_layout = DockLayout(self, settings, self.menus)
        self.docks = self.dock_layout.docks
        self.dock_layout.add_dock("media", translate("Main window", "Media facts"), self.facts, Qt.RightDockWidgetArea)
        self.dock_layout.add_dock("clips", translate("Main window", "Clips"), self.clips, Qt.LeftDockWidgetArea)
        self.detector_panel = DetectorPanel()
        self.detector_panel.side_by_side_changed.connect(self.set_side_by_side)
        # scrolled: a row per detector would otherwise set the window's least height (seven rows: 590 px)
        detectors = scrolled(self.detector_panel)
        self.dock_layout.add_dock("detectors", translate("Main window", "Detectors"), detectors, Qt.RightDockWidgetArea)
        self.provenance_panel = ProvenancePanel()
        provenance = translate("Main window", "Provenance")
        self.dock_layout.add_dock("provenance", provenance, self.provenance_panel, Qt.RightDockWidgetArea)
        self.dock_layout.add_planned_panels()
        self.commands = WindowCommands(self, self.menus, self.preferences)
        self.actions_by_key, self.transport = self.commands.actions_by_key, self.commands.transport
        self.provider_menu = self.commands.provider_menu
        self.dock_layout.list_in_view_menu()
        recent_menu = QMenu(translate("Main window", "Open &recent"), self)
        self.menus["&File"].insertMenu(self.actions_by_key["demo"], recent_menu)
        self.recent = RecentClips(recent_menu, settings, self.open_paths)
        self.readout = StatusReadout(self.statusBar())
        self.clip_on_screen = ClipOnScreen(
            (self.view, self.heatmap_view),
            self.readout,
            side_by_side=self.actions_by_key["side_by_side"],
            detector_panel=self.detector_panel,
            timeline=self.timeline,
            status_bar=self.statusBar(),
            settings=settings,
        )
        self.clip_in_window = ClipInWindow(
            self,
            self.clip_on_screen,
            self.commands,
            self.readout,
            timeline=self.timeline,
            facts=self.facts,
            clips=self.clips,
            recent=self.recent,
            settings=settings,
            case=lambda: self.case,
            show_player=lambda: None if self.queue_view is None else self.show_page(PLAYER),
        )
        self.first_clip = self.clip_in_window.first_clip
        self.resizeDocks([self.docks["media"], self.docks["clips"]], [340, 300], Qt.Orientation.Horizontal)
        self.dock_layout.restore()
        self.set_side_by_side(self.settings.value(SIDE_BY_SIDE_KEY, False, type=bool))
        self.commands.enable_clip_actions(False)
        self.shell = Shell(  # what the views get of this window
            self,
            settings,
            jobs,
            self.preferences,
            menus=self.menus,
            actions_by_key=self.actions_by_key,
            docks=self.docks,
            add_dock=self.dock_layout.add_dock,
            frame_views=(self.view, self.heatmap_view),
            timeline=self.timeline,
            clips=self.clips,
            open_paths=self.open_paths,
            player=lambda: self.player,
            on_screen=lambda: (self.clip_on_screen.exact_frame, self.clip_on_screen.frame_pixels),
        )
        self.workspaces = Workspaces(self.shell, self.pages, (self.transport,), screen_width)
        self.panel_keys = PanelKeys(self)  # P, I, Space, ... type in a panel's field rather than drive the player
        self.actions_by_key["back_to_queue"].setEnabled(False)  # until the case (and its queue) is there
        self.actions_by_key["show_player"].setChecked(True)

    # --- the media engine -----------------------------------------------------------------------------------
    def attach_case(self, case: CaseController) -> None:
        from app.ui.case_view import CaseView
        from app.ui.claims_view import install_claims
        from app.ui.evidence_view import install_evidence
        from app.ui.export_view import install_export
        from app.ui.review_view import install_review

        self.case = case
        self.case_view = CaseView(self.shell, case)
        self.evidence = install_evidence(
            self.shell, case, self.detector_panel, overlays=lambda: self.overlays, filters=lambda: self.forensic.actions
        )
        self.claims_view = install_claims(self.shell, case, self.evidence.reveal)
        self.review = install_review(self.shell, case)
        self.export_view = install_export(self.shell, case)
        self.pages.attach_queue(case, video_filter())

    # --- the queue page -------------------------------------------------------------------------------------
    @property
    def queue_view(self) -> QueueView | None:
        return self.pages.queue_view

    def page(self) -> str:
        return self.pages.current()

    def show_page(self, page: str) -> None:
        self.pages.show(page)

    def opening_a_clip(self) -> bool:
        """A clip is open or being opened: the player stays in front when the case opens."""
        return self.clip_in_window.waiting() or (self.player is not None and self.player.clip is not None)

    def clip_is_open(self) -> bool:
        return self.player is not None and self.player.clip is not None

    def always_on(self, action: QAction) -> bool:
        """Whether `action` works without a clip open."""
        return self.commands.always_on(action)

    def do_undo(self) -> None:
        if self.pages.on_queue():
            self.queue_view.undo()
        elif self.case is not None:
            self.case.undo()

    def do_redo(self) -> None:
        if self.pages.on_queue():
            self.queue_view.redo()
        elif self.case is not None:
            self.case.redo()

    def do_show_queue(self) -> None:
        self.show_page(QUEUE)

    def do_show_player(self) -> None:
        self.show_page(PLAYER)

    def do_back_to_queue(self) -> None:
        self.show_page(QUEUE)

    def open_settings(self) -> None:
        from app.ui.settings_in_window import open_settings

        open_settings(self.shell, self._open_calibration)

    def _open_calibration(self) -> None:
        if getattr(self, "clip_evidence", None) is None:
            self.statusBar().showMessage(
                translate("Main window", "The calibration can be chosen once the case has opened."), 5000
            )
            return
        self.clip_evidence.ask_calibration()

    def attach_player(self, player: PlayerController, overlays: LiveOverlays) -> None:
        from app.ui.clip_evidence_view import install_clip_evidence
        from app.ui.detector_view import DetectorOverlays
        from app.ui.forensic_view import ForensicView
        from app.ui.provenance_view import install_provenance
        from app.ui.score_tracks import ScoreTracks
        from app.ui.sound_evidence_view import install_sound_evidence
        from app.ui.sound_view import SoundView
        from app.ui.words_view import install_words

        self.player = player
        self.overlays = overlays
        self.detectors = DetectorOverlays(
            self.clip_on_screen.heatmaps_view(),
            self.detector_panel,
            overlays,
            self.statusBar(),
            settings=self.settings,
            mode_action=self.actions_by_key["overlay_strongest"],
        )
        self.forensic = ForensicView(self.view, self.commands.filter_menu, self.readout.filter)
        self.provenance_view = install_provenance(self.shell, self.provenance_panel, self.provenance_badge)
        self.sound_view = SoundView(self.shell, player)
        self.clip_evidence = install_clip_evidence(self.shell, self.case, lambda: self.overlays.provider)
        self.words = install_words(self.shell, self.case, self.provenance_view)
        self.sound_evidence = install_sound_evidence(self.shell, self.facts)
        self.dock_layout.place_words_and_sound()
        self.tracks = ScoreTracks(self.shell, self.case, overlays)
        self.clip_on_screen.attach(player, overlays, self.detectors, self.forensic)
        self.clip_in_window.attach(player, self.tracks, self.detectors, self.forensic)
        self.dock_layout.adopt_late_docks(self.pages.on_queue())
        self.workspaces.adopt(self.dock_layout.default_state)
        self.load_icons()
        self.statusBar().showMessage(translate("Main window", "Ready"), 2000)
        self.clip_in_window.open_waiting()
        if self._demo_pending:
            self.do_demo()

    def open_paths(self, paths: list[str] | str) -> None:
        self.clip_in_window.open_paths(paths)

    def set_side_by_side(self, on: bool) -> None:
        """Detector heatmaps over the frame, or beside it in a second view that zooms and pans with the first."""
        self.clip_on_screen.set_side_by_side(on)

    # --- commands -------------------------------------------------------------------------------------------
    def do_open(self) -> None:
        self.clip_in_window.ask_for_clips()

    def do_demo(self) -> None:
        if self.player is None:
            self._demo_pending = True
            self.statusBar().showMessage(translate("Main window", "Loading the media engine…"))
            return
        self._demo_pending = False
        open_demo(self.shell, self.case, self.claims_view.panel if self.case is not None else None)

    def do_copy_frame(self) -> None:
        copy_frame(self.shell)

    def do_export_frame(self) -> None:
        export_frame(self.shell)

    def do_close_clip(self) -> None:
        self.clip_in_window.close()

    def do_analyze(self) -> None:
        self.tracks.analyze()

    def jump_to_peak(self, direction: int) -> None:
        self.tracks.jump_to_peak(direction)

    def do_go_to(self) -> None:
        dialog = GoToDialog(self.player.resolve, str(self.player.position), self)
        if dialog.exec() and dialog.frame is not None:
            self.player.seek(dialog.frame)

    def do_reset_layout(self) -> None:
        self.workspaces.reset()

    def load_icons(self) -> None:
        """Once qtawesome is imported: it takes longer to import than the whole window takes to paint, so the
        icons come just after the first paint (app.ui.engine_loader), or with the player."""
        self.commands.load_icons()
        self.workspaces.load_icons()

    # --- closing --------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.dock_layout.save(self.pages.player_layout)
        self.workspaces.keep()
        if self.queue_view is not None:
            self.queue_view.close()
        if self.player is not None:
            self.player.close()
            self.overlays.close()
            self.forensic.close()
        self.first_clip.close()
        if self.case is not None:
            focused = QApplication.focusWidget()
            if focused is not None:
                focused.clearFocus()  # a field being typed in saves itself now, before the case closes
            self.case.close()  # after the calls already made: nothing the reviewer did is dropped
        super().closeEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        self.open_paths([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
