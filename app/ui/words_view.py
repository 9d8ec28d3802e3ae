"""Words in the window: what the open clip says (its subtitles, beside it or inside it) and what it shows (text read
on its frames), as two lanes under the timeline and the Words panel; a line becomes a claim in one action, and a
visible generator mark or AI label read on the frames joins the provenance findings (the commands on a line, go
there and claim from it, are in app/ui/words_lines.py).

Subtitles are read when a clip opens. On-screen text is read in the background (when the clip opens, unless the
reviewer turned that off, or on request), the lane filling as lines are found; the lines are kept in the case, so
a clip opened again shows them at once.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPen

from analyzers.words.captions import TRACK as ON_SCREEN_TRACK
from analyzers.words.lines import ON_SCREEN, SUBTITLES, TextLine
from app.i18n import translate
from app.text.timecode import format_timecode
from app.ui.progress import show_progress
from app.ui.tasks import Job
from app.ui.words_lines import LineCommands
from widgets.word_lanes import SHOWN, SPOKEN, WordLane, WordSpan
from widgets.words_panel import WordRow, WordsPanel

if TYPE_CHECKING:
    from app.media.clip import Clip
    from app.ui.case import CaseController
    from app.ui.provenance_view import ProvenanceView
    from app.ui.shell import Shell

log = logging.getLogger(__name__)

READ_ON_OPEN_KEY = "words/read_on_open"


class WordsView:
    def __init__(self, shell: Shell, case: CaseController | None, provenance: ProvenanceView) -> None:
        self.shell, self.case, self.provenance = shell, case, provenance
        self.panel = WordsPanel()
        shell.add_dock("words", translate("Words", "Words"), self.panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.clip: Clip | None = None
        self.lines: dict[str, list[TextLine]] = {SUBTITLES: [], ON_SCREEN: []}
        self._notes: dict[str, str] = {SUBTITLES: "", ON_SCREEN: ""}
        self._reading: Job | None = None  # the on-screen text being read
        self._said: Job | None = None  # the subtitles being read
        self._stored_for: int | None = None  # the case clip whose stored lines are shown
        self._boxes = False
        self._marks = ()  # the marks looked for (analyzers.words.marks.Mark), read when a clip opens
        self._before: tuple[list[TextLine], bool] = ([], False)  # the on-screen lines before a reading started
        self._shown_marks: list | None = None  # the marks last reported, so that the case hears only of changes
        self._show_soon = QTimer()
        self._show_soon.setSingleShot(True)
        self._show_soon.setInterval(250)
        self._show_soon.timeout.connect(self._show)
        self._text_read = False  # the on-screen text of the whole clip has been read (now or before, in the case)
        self._build_actions()
        self.commands = LineCommands(self)
        self.claim_action = self.commands.claim_action
        self.panel.read_asked.connect(self.read_on_screen_text)
        self.panel.boxes_toggled.connect(self.show_boxes)
        shell.player.opened.connect(self._opened)
        shell.player.shown.connect(lambda shown: self._follow(shown.number))
        shell.actions_by_key["close_clip"].triggered.connect(self.clear)
        if case is not None:
            case.clip_changed.connect(self._case_clip)
            provenance.on_shown.append(self._record_badge)
        for view in shell.frame_views[:1]:
            view.add_layer("text boxes", self._paint_boxes, below="evidence")  # the regions drawn stay on top

    def _build_actions(self) -> None:
        window, settings = self.shell.window, self.shell.settings
        self.read_action = QAction(translate("Words", "Read on-screen &text"), window)
        self.read_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.read_action.setToolTip(
            translate("Words", "Read the text on the clip's frames: captions, marks, labels (Ctrl+Shift+T)")
        )
        self.read_action.triggered.connect(self.read_on_screen_text)
        self.read_on_open = QAction(translate("Words", "Read on-screen text when a clip &opens"), window)
        self.read_on_open.setCheckable(True)
        self.read_on_open.setChecked(settings.value(READ_ON_OPEN_KEY, True, type=bool))
        self.read_on_open.toggled.connect(lambda on: settings.setValue(READ_ON_OPEN_KEY, on))
        analysis = self.shell.menus["&Analysis"]
        analysis.addSeparator()
        analysis.addAction(self.read_action)
        analysis.addAction(self.read_on_open)
        self.boxes_action = QAction(translate("Words", "Text &boxes on frame"), window)
        self.boxes_action.setCheckable(True)
        self.boxes_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.boxes_action.toggled.connect(self.panel.boxes.setChecked)
        self.shell.menus["&View"].addAction(self.boxes_action)
        self.shell.actions_by_key["read_text"] = self.read_action
        self.read_action.setEnabled(False)

    # --- a clip opens, closes -------------------------------------------------------------------------------
    def _opened(self, clip: Clip) -> None:
        from app.words.marks_found import known_marks

        self._forget(clip, reading_subtitles=True)
        self._marks, problem = known_marks()  # read again for each clip: a newsroom's file may have changed
        if problem:
            self.shell.status_bar.showMessage(problem, 10000)
        self._show()
        self._read_subtitles(clip)

    def clear(self) -> None:
        self._forget(None)
        self._show()

    def _forget(self, clip: Clip | None, reading_subtitles: bool = False) -> None:
        """The words of the clip before gone (jobs cancelled); `clip` the one whose words come next."""
        self._cancel_jobs()
        self.clip = clip
        self.lines = {SUBTITLES: [], ON_SCREEN: []}
        reading = translate("Words", "Reading the subtitles…") if reading_subtitles else ""
        self._notes = {SUBTITLES: reading, ON_SCREEN: ""}
        self._stored_for = None
        self._text_read = False
        self._shown_marks = None
        self.read_action.setEnabled(clip is not None)
        self.commands.claim_action.setEnabled(clip is not None)

    def _cancel_jobs(self) -> None:
        self._show_soon.stop()
        for job in (self._reading, self._said):
            if job is not None:
                job.cancel()
        self._reading = self._said = None
        self.panel.set_reading(False)

    # --- subtitles ------------------------------------------------------------------------------------------
    def _read_subtitles(self, clip: Clip) -> None:
        from app.words.said import read_said

        path = Path(clip.path)
        job = self.shell.jobs.start(
            translate("Words", "Reading subtitles"), lambda job: read_said(path, clip.index, job.is_cancelled)
        )
        self._said = job
        job.succeeded.connect(lambda said: self._subtitles_read(job, said))
        job.failed.connect(lambda reason: self._subtitles_read(job, None, reason))

    def _subtitles_read(self, job: Job, said, problem: str = "") -> None:
        if job is not self._said:
            return
        self._said = None
        if said is None:
            self._notes[SUBTITLES] = translate("Words", "The subtitles could not be read: {reason}").format(
                reason=problem
            )
        else:
            self.lines[SUBTITLES] = list(said.lines)
            self._notes[SUBTITLES] = said.note
            self._store(SUBTITLES)
        self._show()

    # --- on-screen text -------------------------------------------------------------------------------------
    def _case_clip(self, row: dict | None) -> None:
        """The open clip's row in the case: its stored on-screen text is shown, or read if it never was."""
        if row is None or self.clip is None or self._stored_for == row["id"]:
            return
        if Path(row["path"]) != Path(self.clip.path):
            return  # the row of a clip opened before, answered late
        self._stored_for = row["id"]
        clip_id = row["id"]
        if self._said is None:  # else they are stored once read
            self._store(SUBTITLES)
        self.case.run_on_store(
            lambda store: (store.words(clip_id), ON_SCREEN_TRACK in store.tracks_read(clip_id, ON_SCREEN)),
            lambda found: self._stored(clip_id, *found),
        )

    def _stored(self, clip_id: int, lines: list[TextLine], read: bool) -> None:
        if self._stored_for != clip_id or self.clip is None:
            return
        shown = [line for line in lines if line.source == ON_SCREEN]
        if read:
            self.lines[ON_SCREEN] = shown
            self._notes[ON_SCREEN] = "" if shown else translate("Words", "No text was read on the frames sampled.")
            self._text_read = True
            self._show()
        elif self._reading is None and self.read_on_open.isChecked():
            self.read_on_screen_text()

    def read_on_screen_text(self) -> None:
        if self.clip is None:
            return
        if self._reading is not None:
            self.shell.status_bar.showMessage(translate("Words", "The on-screen text is being read already."), 4000)
            return
        path = Path(self.clip.path)
        job = self.shell.jobs.start(translate("Words", "Reading on-screen text"), lambda job: _read_text(path, job))
        self._reading = job
        # kept until the new reading succeeds: a cancel or a failure leaves what was read before on screen
        self._before = (self.lines[ON_SCREEN], self._text_read)
        self.lines[ON_SCREEN] = []
        self._text_read = False  # "no mark read" is said only once the whole clip has been read
        self._notes[ON_SCREEN] = translate("Words", "Reading the text on the frames…")
        self.panel.set_reading(True)
        self._show()
        show_progress(self.shell.status_bar, job, translate("Words", "On-screen text"))
        job.partial.connect(lambda line: self._line_found(job, line))
        job.succeeded.connect(lambda lines: self._reading_ended(job, lines))
        job.failed.connect(lambda reason: self._reading_ended(job, None, reason))
        cancelled = translate("Words", "Reading the on-screen text was cancelled.")
        job.cancelled.connect(lambda: self._reading_ended(job, None, cancelled))

    def _line_found(self, job: Job, line: TextLine) -> None:
        """A line read: appended, so that every line keeps its place (the panel and the timeline name lines by it);
        shown a few times a second at most, however fast lines come."""
        if job is self._reading:
            self.lines[ON_SCREEN].append(line)
            if not self._show_soon.isActive():
                self._show_soon.start()

    def _reading_ended(self, job: Job, lines: list[TextLine] | None, problem: str = "") -> None:
        if job is not self._reading:
            return
        self._reading = None
        self.panel.set_reading(False)
        self._show_soon.stop()
        if lines is None:
            self.lines[ON_SCREEN], self._text_read = self._before
            self._notes[ON_SCREEN] = problem
        else:  # the lines were all delivered on the way, in the order kept since
            self._notes[ON_SCREEN] = "" if lines else translate("Words", "No text was read on the frames sampled.")
            self._text_read = True
            self._store(ON_SCREEN)
        self._show()

    # --- keeping lines in the case --------------------------------------------------------------------------
    def _store(self, source: str) -> None:
        """The lines of `source` kept in the case, track by track; subtitles no longer beside the clip or in it are
        taken away, and on-screen text that gave no line is kept as read."""
        if self.case is None or self._stored_for is None or self.clip is None:
            return
        clip_id, index = self._stored_for, self.clip.index
        lines = self.lines[source]
        tracks = {line.track for line in lines} or ({ON_SCREEN_TRACK} if source == ON_SCREEN else set())

        def work(store) -> None:
            for track in sorted(tracks | store.tracks_read(clip_id, source)):
                framed = [_framed(line, index) for line in lines if line.track == track]
                store.replace_words(clip_id, source, track, framed)

        self.case.run_on_store(work, lambda _: None)

    # --- showing --------------------------------------------------------------------------------------------
    def _show(self) -> None:
        lanes, rows = [], []
        for source, name, colour, where in (
            (SUBTITLES, translate("Words", "Said"), SPOKEN, translate("Words", "Said")),
            (ON_SCREEN, translate("Words", "On screen"), SHOWN, translate("Words", "Shown")),
        ):
            spans = []
            for i, line in enumerate(self.lines[source]):
                first, last = self.frames_of(line)
                timing = f"{format_timecode(line.start)} – {format_timecode(line.end)}"
                spans.append(WordSpan(first, last, line.text, timing))
                rows.append(WordRow(source, i, first, last, timing, where, line.track, line.text))
            lanes.append(WordLane(source, name, tuple(spans), QColor(colour)))
        self.shell.timeline.set_word_lanes(lanes)
        notes = [note for note in self._notes.values() if note]
        if not rows and not notes and self.clip is not None:
            notes = [
                translate("Words", "No subtitles beside this clip or inside it, and no text read on its frames yet.")
            ]
        self.panel.show_rows(rows, "\n".join(notes))
        self._report_marks()
        self.shell.frame_views[0].update()

    def _report_marks(self) -> None:
        """Marks read so far join the provenance findings; 'none read' only once the whole clip has been read."""
        from app.words.on_screen import marks_on_screen

        clip = self.clip
        marks = marks_on_screen(clip.facts, self.lines[ON_SCREEN], self._marks) if clip is not None else []
        shown = marks if marks or self._text_read else None
        if shown != self._shown_marks:
            self._shown_marks = shown
            self.provenance.show_marks(shown)

    def _record_badge(self, report) -> None:
        """A mark read on the frames goes into the case's badge too, for the Queue's Badge column."""
        case = self.case
        if report.visible_marks and case.clip is not None and self.clip is not None and self._stored_for:
            clip_id, badge = self._stored_for, report.badge
            values = {"badge": badge.words, "badge_level": badge.level}
            case.run_on_store(lambda store: store.record_measured(clip_id, values), lambda _: None)

    def frames_of(self, line: TextLine) -> tuple[int, int]:
        if line.first_frame is not None and line.last_frame is not None:
            return line.first_frame, line.last_frame
        framed = _framed(line, self.clip.index) if self.clip is not None else line
        return framed.first_frame or 0, framed.last_frame or 0

    def _follow(self, frame: int) -> None:
        self.panel.follow(frame)
        if self._boxes:
            self.shell.frame_views[0].update()

    def show_boxes(self, on: bool) -> None:
        self._boxes = on
        self.boxes_action.setChecked(on)
        self.shell.frame_views[0].update()

    def _paint_boxes(self, painter: QPainter, bounds: QRectF) -> None:
        """A box where each line on screen now was read (image coordinates)."""
        player = self.shell.player
        if not self._boxes or player is None or self.clip is None:
            return
        frame = player.position
        pen = QPen(QColor(SHOWN), 2)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for line in self.lines[ON_SCREEN]:
            first, last = self.frames_of(line)
            if line.box is not None and first <= frame <= last:
                x, y, width, height = line.box
                painter.drawRect(QRectF(x, y, width, height))


def _read_text(path: Path, job: Job) -> list[TextLine]:
    """On a job's thread: the clip opened again for the reading, so that the player's own decoder is left alone."""
    from analyzers.words.ocr import ReaderUnavailable
    from app.analysis.detector_words import error_words
    from app.media.clip import open_clip
    from app.media.errors import MediaError
    from app.words.on_screen import read_on_screen_text

    clip = open_clip(path)
    try:
        return read_on_screen_text(clip, on_progress=job.report, cancelled=job.is_cancelled, on_line=job.deliver)
    except ReaderUnavailable as error:
        raise MediaError(error_words(error)) from None
    finally:
        clip.close()


def _framed(line: TextLine, index) -> TextLine:
    from app.media.line_frames import on_frames

    return on_frames([line], index)[0]


def install_words(shell: Shell, case: CaseController | None, provenance: ProvenanceView) -> WordsView:
    return WordsView(shell, case, provenance)
