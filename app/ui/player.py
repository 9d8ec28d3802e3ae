"""The player controller: one open clip, its frame reader, playback, marks, and the background jobs around it.

It owns no widget. The main window connects its signals to the views and its slots to actions and keys. Frames
arrive from the reader thread already converted for the screen; the GUI thread only wraps and paints them. At 1x
forwards the clip's sound plays and leads: the picture shows the frame of the sound being heard.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from app.i18n import translate
from app.media.cache import DEFAULT_BUDGET
from app.media.clip import Clip, Frame, OpenedClip, open_for_screen
from app.media.errors import Cancelled
from app.media.hashing import sha256_file
from app.media.index import FrameIndex
from app.media.playback import PlaybackClock, next_shuttle_speed
from app.media.preview_cache import previews_for
from app.media.preview_track import PreviewPicture
from app.media.reader import FrameReader, Request
from app.media.thumbnails import build_strip
from app.text.timecode import format_timecode, parse_position
from app.ui.frame_image import wrap_bgra, wrap_rgb
from app.ui.sound_output import SoundOutput
from app.ui.tasks import Job, Jobs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ShownFrame:
    """What the status bar says about the picture on screen."""

    number: int
    pts: int
    seconds: float
    exact: bool  # False for a stand-in shown while dragging (a preview picture, a keyframe, a thumbnail)
    keyframe: bool


class PlayerController(QObject):
    opened = Signal(object)  # Clip
    open_failed = Signal(str, str)  # path, reason
    picture = Signal(QImage, object, QSize)  # image, buffer to keep alive, full frame size
    shown = Signal(object)  # ShownFrame
    frame_failed = Signal(str)
    thumbnail = Signal(int, QImage)
    hashed = Signal(str)
    hash_progress = Signal(float)
    playing_changed = Signal(float)  # speed; 0 when paused
    marks_changed = Signal(object, object)
    dropped_changed = Signal(int)
    sound_changed = Signal(str)  # a line on the sound: why there is none, or muted at this speed; "" when it plays
    # From worker threads to the GUI thread, each with the generation of the clip it belongs to: anything that
    # arrives for a clip closed since is dropped.
    _delivered = Signal(int, object, object)  # generation, Frame, Request
    _reader_error = Signal(int, int, str)  # generation, frame number, reason
    _thumbnail_found = Signal(int, int, QImage)  # generation, keyframe number, picture

    def __init__(self, jobs: Jobs, cache_bytes: int = DEFAULT_BUDGET) -> None:
        super().__init__()
        self._jobs = jobs
        self._cache_bytes = cache_bytes
        self.clip: Clip | None = None
        self._reader: FrameReader | None = None
        self._background: list[Job] = []
        self._opening: Job | None = None
        self._generation = 0
        self.position = 0
        self._wanted = 0
        self.mark_in: int | None = None
        self.mark_out: int | None = None
        self.loop = False
        self._clock: PlaybackClock | None = None
        self.sound = SoundOutput(self)
        self.sound.failed.connect(self.sound_changed)
        self._ticker = QTimer(self)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.setInterval(4)
        self._ticker.timeout.connect(self._tick)
        self._delivered.connect(self._on_delivered)
        self._reader_error.connect(self._on_reader_error)
        self._thumbnail_found.connect(self._on_thumbnail)

    # --- opening --------------------------------------------------------------------------------------------
    def open(self, path: str) -> Job:
        """Open `path` in the background; `opened` or `open_failed` follows."""
        if self._opening is not None:
            self._opening.cancel()
        cache_bytes = self._cache_bytes

        def work(job: Job) -> OpenedClip:
            opened = open_for_screen(path, cache_bytes)
            if job.is_cancelled():  # a newer open superseded this one
                opened.clip.close()
                raise Cancelled()
            return opened

        job = self._jobs.start(translate("Player", "Opening {clip}").format(clip=Path(path).name), work)
        job.succeeded.connect(lambda opened: self._adopt(opened, job))
        job.failed.connect(lambda reason: self._open_failed(path, reason, job))
        self._opening = job
        return job

    def is_opening(self) -> bool:
        return self._opening is not None

    def _open_failed(self, path: str, reason: str, job: Job) -> None:
        if job is self._opening:
            self._opening = None
            self.open_failed.emit(path, reason)

    def _adopt(self, opened: OpenedClip, job: Job) -> None:
        if job is not self._opening:
            opened.clip.close()
            return
        self.adopt(opened)

    def adopt(self, opened: OpenedClip) -> None:
        """Make `opened` the clip on screen (closing the one before, and any open in flight): its first frame is
        shown at once, then `opened` is emitted and the work in the background starts."""
        self.close()
        clip = self.clip = opened.clip
        self._generation += 1
        generation = self._generation
        self._reader = FrameReader(
            clip,
            lambda frame, request: self._delivered.emit(generation, frame, request),
            lambda number, reason: self._reader_error.emit(generation, number, reason),
            pixel_format="bgra",
        )
        self.position, self._wanted = 0, 0
        self.mark_in = self.mark_out = None
        if opened.first is not None:
            self._show(opened.first, exact=True)
        else:
            self._reader.request(0)  # the reader says why frame 0 cannot be shown
        self.opened.emit(clip)
        self.marks_changed.emit(None, None)
        # The device opens now, not on Space: a newly opened sound stream can take a second to start playing.
        if not self.has_sound:
            self.sound_changed.emit(translate("Sound", NO_SOUND))
        else:
            self.sound_changed.emit("" if self.sound.open_device() else self.sound.silent_reason)
        self._start_background(clip)

    def _start_background(self, clip: Clip) -> None:
        path, index, rotation = clip.path, clip.index, clip.facts.rotation
        generation, found = self._generation, self._thumbnail_found.emit

        def strip(job: Job) -> None:
            def on_thumbnail(n: int, rgb: np.ndarray) -> None:
                found(generation, n, wrap_rgb(rgb))

            build_strip(path, index, rotation, on_thumbnail=on_thumbnail, cancelled=job.is_cancelled)

        def digest(job: Job) -> str:
            return sha256_file(path, job.report, job.is_cancelled)

        def previews(sha256: str) -> None:  # the track is kept under the clip's SHA-256: it starts once that is known
            def work(job: Job) -> None:
                previews_for(
                    path, index, rotation, sha256, job.deliver, on_progress=job.report, cancelled=job.is_cancelled
                )

            if self._generation == generation:
                making = self._jobs.start(translate("Player", "Making the scrubbing previews"), work)
                # The reader of this clip only: a track that arrives after the clip was closed is dropped.
                making.partial.connect(
                    lambda track: self._reader.use_previews(track) if self._generation == generation else None
                )
                self._background.append(making)

        hashing = self._jobs.start(translate("Player", "Computing SHA-256"), digest)
        hashing.progress.connect(self.hash_progress)
        hashing.succeeded.connect(lambda value: self.hashed.emit(value) if self._generation == generation else None)
        hashing.succeeded.connect(previews)
        self._background = [self._jobs.start(translate("Player", "Building the keyframe strip"), strip), hashing]

    def close(self) -> None:
        """Close the clip and stop everything working for it, an open still in flight included."""
        self.pause()
        self._generation += 1
        for job in [*self._background, self._opening]:
            if job is not None:
                job.cancel()
        self._background, self._opening = [], None
        if self._reader is not None:
            self._reader.close_with_clip()
            self._reader = None
        self.clip = None
        self.sound_changed.emit("")

    # --- moving ---------------------------------------------------------------------------------------------
    def seek(self, n: int) -> None:
        if self.clip is None:
            return
        self.pause()
        self._go(max(0, min(self.clip.frame_count - 1, n)), preview=False)

    def step(self, frames: int) -> None:
        self.seek(self._wanted + frames)

    def jump_keyframe(self, direction: int) -> None:
        """To the previous or next keyframe: where a re-encode or a splice most often shows."""
        if self.clip is None:
            return
        keyframes = self.clip.index.keyframes
        if direction > 0:
            later = keyframes[keyframes > self._wanted]
            target = int(later[0]) if len(later) else self.clip.frame_count - 1
        else:
            earlier = keyframes[keyframes < self._wanted]
            target = int(earlier[-1]) if len(earlier) else 0
        self.seek(target)

    def jump_seconds(self, seconds: float) -> None:
        if self.clip is None:
            return
        index = self.clip.index
        target = index.frame_at(index.seconds(self._wanted) + seconds)
        if target == self._wanted:  # a jump shorter than the frame it starts on still moves
            target += 1 if seconds > 0 else -1
        self.seek(target)

    def first(self) -> None:
        self.seek(0)

    def last(self) -> None:
        if self.clip is not None:
            self.seek(self.clip.frame_count - 1)

    def resolve(self, text: str) -> int:
        """Frame number for what a reviewer typed in Go to; ValueError with the reason otherwise."""
        if self.clip is None:
            raise ValueError(translate("Player", "Open a clip first."))
        kind, value = parse_position(text)
        last = self.clip.frame_count - 1
        if kind == "frame":
            if value > last:
                raise ValueError(translate("Player", "This clip has frames 0 to {last}.").format(last=last))
            return int(value)
        if value > self.clip.facts.duration:
            duration = format_timecode(self.clip.facts.duration)
            raise ValueError(translate("Player", "This clip lasts {duration}.").format(duration=duration))
        return self.clip.index.frame_at(value)

    def scrub_started(self) -> None:
        self.pause()

    def scrub(self, n: int) -> None:
        """While dragging: show the preview track's picture nearest n at once; the reader sends a decoded frame
        instead when one is nearer, or when there is no picture near n (a keyframe)."""
        if self.clip is None or self._reader is None:
            return
        self._wanted = n
        picture = self._reader.preview_for(n)
        if picture is not None:
            self._scrub_show(picture)
        self._reader.request(n, preview=True)

    def _scrub_show(self, picture: PreviewPicture) -> None:
        """Show a preview picture stretched to the frame's size, said to be a preview of the frame it stands for."""
        image = picture.bgra()
        if image is None:
            return
        facts, index = self.clip.facts, self.clip.index
        size = QSize(facts.height, facts.width) if facts.rotation % 180 else QSize(facts.width, facts.height)
        self.picture.emit(wrap_bgra(image), image, size)
        n = picture.number
        self.shown.emit(ShownFrame(n, int(index.pts[n]), index.seconds(n), exact=False, keyframe=False))

    def scrub_finished(self, n: int) -> None:
        self.seek(n)

    def _go(self, n: int, preview: bool) -> None:
        self._wanted = n
        if self._reader is not None:
            self._reader.request(n, preview)

    # --- playback -------------------------------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self._clock is not None

    def toggle_play(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play(1.0)

    def shuttle(self, direction: int) -> None:
        current = self._clock.speed if self._clock else 0.0
        self.play(next_shuttle_speed(current, direction))

    def play(self, speed: float, start: int | None = None) -> None:
        """Play from `start` (by default where the reviewer is; from the other end when already at this end)."""
        if self.clip is None or self._reader is None:
            return
        first, last = self._play_range()
        if start is None:
            start = self._wanted
            at_end = (speed > 0 and start >= last) or (speed < 0 and start <= first)
            if at_end or not first <= start <= last:
                start = first if speed > 0 else last
        dropped = self._clock.dropped if self._clock else 0
        self._clock = PlaybackClock(self.clip.index, start, speed, heard=self._start_sound(start, speed))
        self._clock.dropped = dropped
        self._reader.play(start, self._clock.direction)
        self._ticker.start()
        self.playing_changed.emit(speed)

    def pause(self) -> None:
        if self._clock is None:
            return
        self.sound.stop()
        self._ticker.stop()
        self._clock = None
        if self._reader is not None:
            self._reader.pause()
            self._reader.request(self.position)
        self._wanted = self.position
        self.playing_changed.emit(0.0)

    @property
    def has_sound(self) -> bool:
        return self.clip is not None and bool(self.clip.facts.audio)

    def _start_sound(self, start: int, speed: float) -> Callable[[], float | None] | None:
        """Start the sound from frame `start` when it can lead at `speed`; the clock to follow, or None."""
        self.sound.stop()
        if not self.has_sound:
            return None
        if speed != 1.0:
            if speed > 0:
                self.sound_changed.emit(translate("Sound", "Sound muted at {speed}x").format(speed=f"{speed:g}"))
            else:
                self.sound_changed.emit(translate("Sound", "Sound muted playing backwards"))
            return None
        index = self.clip.index
        _, last = self._play_range()
        end = _frame_end(index, last) if self.loop else None
        if not self.sound.play(self.clip.path, float(index.pts[0] * index.time_base), index.seconds(start), end):
            self.sound_changed.emit(self.sound.silent_reason)
            return None
        self.sound_changed.emit("")
        return self.sound.heard

    def set_volume(self, volume: float) -> None:
        self.sound.set_volume(volume)

    def set_muted(self, muted: bool) -> None:
        self.sound.set_muted(muted)

    def _play_range(self) -> tuple[int, int]:
        """The frames playback runs through: between the marks when looping, else the whole clip."""
        last = self.clip.frame_count - 1
        if not self.loop:
            return 0, last
        return self.mark_in or 0, self.mark_out if self.mark_out is not None else last

    def _tick(self) -> None:
        clock, reader = self._clock, self._reader
        if clock is None or reader is None:
            return
        due = clock.due()
        first, last = self._play_range()
        if self.loop and (not first <= due <= last or clock.finished(due)):
            self.play(clock.speed, start=first if clock.speed > 0 else last)  # round again from the other mark
            return
        if due != clock.last_shown:
            # The newest frame ready at or before the due one: a slow decoder shows fewer frames, never none.
            frame = reader.take(due)
            if frame is not None:
                before = clock.dropped
                clock.shown(frame.number)
                self._wanted = frame.number
                self._show(frame, exact=True)
                if clock.dropped != before:
                    self.dropped_changed.emit(clock.dropped)
        if clock.finished(due) and not self.loop:
            self.seek(due)  # stops on the exact last frame, shown or not

    # --- marks ----------------------------------------------------------------------------------------------
    def set_in(self) -> None:
        self.mark_in = self.position
        if self.mark_out is not None and self.mark_out < self.mark_in:
            self.mark_out = None
        self.marks_changed.emit(self.mark_in, self.mark_out)

    def set_out(self) -> None:
        self.mark_out = self.position
        if self.mark_in is not None and self.mark_in > self.mark_out:
            self.mark_in = None
        self.marks_changed.emit(self.mark_in, self.mark_out)

    def clear_marks(self) -> None:
        self.mark_in = self.mark_out = None
        self.marks_changed.emit(None, None)

    def set_loop(self, enabled: bool) -> None:
        self.loop = enabled

    # --- frames arriving ------------------------------------------------------------------------------------
    def _on_delivered(self, generation: int, frame: Frame, request: Request) -> None:
        if generation != self._generation or self.clip is None or self.playing:
            return
        if request.number != self._wanted:
            return  # a newer request is on its way
        self._show(frame, exact=frame.number == request.number)

    def _show(self, frame: Frame, exact: bool) -> None:
        height, width = frame.image.shape[:2]
        self.picture.emit(wrap_bgra(frame.image), frame.image, QSize(width, height))
        if exact:
            self.position = frame.number
        self.shown.emit(ShownFrame(frame.number, frame.pts, frame.seconds, exact, frame.keyframe))

    def _on_thumbnail(self, generation: int, number: int, image: QImage) -> None:
        if generation == self._generation:
            self.thumbnail.emit(number, image)

    def _on_reader_error(self, generation: int, number: int, reason: str) -> None:
        if generation == self._generation and number == self._wanted:
            self.position = number
            self.frame_failed.emit(reason)


NO_SOUND = QT_TRANSLATE_NOOP("Sound", "This clip has no sound.")


def _frame_end(index: FrameIndex, n: int) -> float:
    """Clip seconds at which frame n leaves the screen."""
    return index.seconds(n + 1) if n + 1 < index.count else index.seconds(n) + index.typical_frame_seconds()
