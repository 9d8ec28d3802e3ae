"""Importing clips into the queue, in two phases: first each file's row (probe, SHA-256, source fields from its
yt-dlp `.info.json`), so that the queue fills as fast as files can be read; then each new clip's thumbnail,
keyframe hashes and provenance badge, and the groups of re-uploads.

It runs on a worker thread with its own Store on the case file (SQLite in WAL mode: the window keeps reading through
its own connection). Files are probed on that thread, and hashed and thumbnailed a few at a time on a small thread
pool (hashlib and the decoders let go of the GIL); every write happens on the thread that called import_clips,
which opened the store. Each file's outcome
is recorded, so an import cancelled or killed half-way resumes where it stopped.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from app.i18n import translate
from app.media.hashing import is_sha256
from app.queue.finding import kind_in_words
from app.queue.thumbnail_cache import default_thumbnail_folder, keep_thumbnail, keyframes, thumbnail_path
from app.store.info_json import SourceRead

log = logging.getLogger(__name__)

__all__ = ["ImportSummary", "default_thumbnail_folder", "import_clips", "thumbnail_path"]

_CACHE_BYTES = 64 << 20  # frames a probe may hold: it decodes one, and a picture that large is refused
_WRITES_AT_ONCE = 64  # rows written in one transaction (one sync to disk, not 64) ...
_COMMIT_EVERY_S = 0.25  # ... or fewer, so that the queue fills in steps the eye takes as steady
_HASHED_HERE_BELOW = 1 << 20  # bytes: a smaller file is hashed on the import's thread, in less than a hand-off costs
_PHASE_1 = 0.5  # share of the progress bar for the rows; the rest is thumbnails, hashes and badges


@dataclass
class ImportSummary:
    added: int = 0  # new clips in the case
    already_in_case: int = 0  # files whose SHA-256 was a clip of the case already (a copy, or imported before)
    resumed_skipped: int = 0  # files recorded by an earlier import, unchanged since, not read again
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason in words)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path, note): a sidecar that could not be used
    cancelled: bool = False


@dataclass(frozen=True)
class _Probed:
    path: Path
    size: int
    mtime_ns: int
    sha256: str = ""
    facts: dict | None = None
    problem: str = ""
    cancelled: bool = False
    source: SourceRead = field(default_factory=SourceRead)  # from the .info.json, read before the write lock is held
    sidecars: dict = field(default_factory=dict)


@dataclass(frozen=True)
class _Hashed:
    """A file's SHA-256 and its (size, mtime_ns) just before and just after it was read: equal when the hash is the
    content those describe."""

    sha256: str
    before: tuple[int, int] | None
    after: tuple[int, int] | None


@dataclass(frozen=True)
class _Finished:
    clip_id: int
    path: Path
    hashes: list[tuple[int, int, int]] = field(default_factory=list)
    badge: str = ""
    badge_level: str = ""
    problem: str = ""
    cancelled: bool = False
    thumbnail_only: bool = False


def import_clips(
    database: Path,
    paths: list[Path],
    *,
    reviewer: str,
    thumbnails: Path,
    on_progress: Callable[[float, str], None],
    on_clip: Callable[[int], None],
    cancelled: Callable[[], bool],
) -> ImportSummary:
    """Import the clip files `paths` (find_clips finds them in folders) into the case at `database`.
    `on_clip(id)` is called once the clip's row is in the file, and again once its thumbnail, hashes and badge are.
    Cancelling stops between files (and inside hashing and thumbnailing); what was done stays done."""
    from app.store.store import Store

    store = Store.open(database, reviewer)
    try:
        return _Import(store, thumbnails, on_progress, on_clip, cancelled).run(paths)
    finally:
        store.close()


def workers() -> int:
    """Files read at once: a few, so that one waiting on the disk does not hold up the others."""
    return max(2, min(4, os.cpu_count() or 2))


class _Import:
    def __init__(self, store, thumbnails: Path, on_progress, on_clip, cancelled) -> None:
        self.store = store
        self.thumbnails = Path(thumbnails)
        self.on_progress = on_progress
        self.on_clip = on_clip
        self.cancelled = cancelled
        self.summary = ImportSummary()
        self.unfinished: dict[int, Path] = {}  # clip id -> file: the clips whose second phase is to run
        self.thumbnail_only: set[int] = set()  # of those, clips with hashes or a badge that only lack a thumbnail
        self.hashed: set[int] = set()  # clips with keyframe hashes before this import
        self.listings: dict[Path, list[str]] = {}  # folder -> its subtitle files, for the sidecars
        self.known: dict[str, dict] = {}  # the case's clips by SHA-256: one query, not one per file
        self.regroup = False  # whether this import recorded keyframe hashes, which may change the groups

    def run(self, paths: list[Path]) -> ImportSummary:
        files = list(dict.fromkeys(Path(os.path.abspath(path)) for path in paths))
        with ThreadPoolExecutor(workers(), thread_name_prefix="import") as pool:
            to_read = self._resumed(files)
            self._first_phase(pool, to_read, len(files))
            if self.cancelled():
                self.summary.cancelled = True
                return self.summary
            self._second_phase(pool)
        if self.regroup and not self.summary.cancelled:
            self._group()
        return self.summary

    # --- phase 1: the rows ---------------------------------------------------------------------------------------
    def _resumed(self, files: list[Path]) -> list[Path]:
        """The files to read; files an earlier import took, unchanged since, are left out (their second phase is
        queued when it never ran)."""
        self.hashed = set(self.store.keyframe_hashes())
        self.known = {clip["sha256"]: clip for clip in self.store.clips()}
        to_read = []
        for path in files:
            record = self.store.imported(path)
            status = _status(path)
            if record is None or status is None or record["clip_id"] is None or record["problem"]:
                to_read.append(path)
                continue
            if (record["size"], record["mtime_ns"]) != (status.st_size, status.st_mtime_ns):
                to_read.append(path)
                continue
            self.summary.resumed_skipped += 1
            clip = self._clip_or_none(record["clip_id"])
            if clip is None:  # the clip was taken out of the case since: read it again
                self.summary.resumed_skipped -= 1
                to_read.append(path)
            elif clip["id"] not in self.hashed and clip["badge"] is None:
                self.unfinished[clip["id"]] = path
            elif self._lacks_thumbnail(clip):  # the cache was emptied, or the case was made on another machine
                self.unfinished[clip["id"]] = path
                self.thumbnail_only.add(clip["id"])
        return to_read

    def _first_phase(self, pool: ThreadPoolExecutor, to_read: list[Path], total: int) -> None:
        """Each file probed here and hashed on the pool a few files ahead; the rows written a batch at a time.

        Probing a short clip is mostly Python (PyAV's demuxing loop) and holds the GIL, and so does the store:
        probing on the pool made every write wait for a prober to let go of the GIL (three times slower rows on
        two cores), while hashing lets go of it for each chunk it reads and digests."""
        done = total - len(to_read)
        batch: list[_Probed] = []
        since = float("-inf")  # the first row is shown at once
        with _HashesAhead(pool, to_read, self.cancelled) as hashes:
            for path in to_read:
                if self.cancelled():
                    break
                probed = _probe(path, hashes.sha256, self.cancelled, self.listings)
                hashes.drop(path)  # a file refused before its hash was asked for
                if probed.cancelled:
                    break
                batch.append(probed)
                if len(batch) >= _WRITES_AT_ONCE or time.monotonic() - since > _COMMIT_EVERY_S:
                    done = self._write_rows(batch, done, total)
                    batch, since = [], time.monotonic()
        self._write_rows(batch, done, total)

    def _write_rows(self, batch: list[_Probed], done: int, total: int) -> int:
        """The rows in one commit (one sync to disk), then shown."""
        if not batch:
            return done
        with self.store.transaction():
            shown = [self._write_row(probed) for probed in batch]
        for probed, clip_id in zip(batch, shown, strict=True):
            done += 1
            if clip_id is not None:
                self.on_clip(clip_id)
            self._progress(_PHASE_1 * done / max(1, total), probed.path.name, translate("Queue import", "read"))
        return done

    def _write_row(self, probed: _Probed) -> int | None:
        """The file's row (or the clip it duplicates), its measured fields and its import record; the clip id.
        Nothing here reads a file: this runs while the case's write lock is held."""
        if probed.problem:
            self.store.record_import(probed.path, probed.size, probed.mtime_ns, None, probed.problem)
            self.summary.failed.append((str(probed.path), probed.problem))
            return None
        known = self.known.get(probed.sha256)
        if known is not None and known["path"] != str(probed.path) and Path(known["path"]).is_file():
            clip = known  # a copy of a clip whose file is still where it was: the clip keeps its path
        else:
            clip = self.store.add_clip(
                probed.path, probed.sha256, probed.size, probed.facts or {}, probed.source.fields
            )
            self.known[probed.sha256] = clip
        if probed.source.unread:
            self.summary.notes.append((str(probed.path), probed.source.note))
        if known is None:
            self.summary.added += 1
        else:
            self.summary.already_in_case += 1
        if known is None or known["duration"] is None:
            measured = {
                "duration": (probed.facts or {}).get("duration"),
                "sidecars": probed.sidecars,
            }
            self.store.record_measured(clip["id"], measured)
            self.known[probed.sha256] = {**clip, **measured}
        if known is None or (known["badge"] is None and known["id"] not in self.hashed):
            self.unfinished.setdefault(clip["id"], Path(clip["path"]))
        elif clip["id"] not in self.unfinished and self._lacks_thumbnail(clip):
            self.unfinished[clip["id"]] = Path(clip["path"])
            self.thumbnail_only.add(clip["id"])
        self.store.record_import(probed.path, probed.size, probed.mtime_ns, clip["id"])
        return clip["id"]

    # --- phase 2: thumbnails, keyframe hashes, provenance badges -------------------------------------------------
    def _second_phase(self, pool: ThreadPoolExecutor) -> None:
        if not self.unfinished:
            return
        shas = {clip_id: self.store.clip(clip_id)["sha256"] for clip_id in self.unfinished}
        jobs = (self._finish_job(clip_id, path, shas[clip_id]) for clip_id, path in list(self.unfinished.items()))
        done = 0
        for batch in _in_order(pool, jobs, self.cancelled):
            with self.store.transaction():
                for finished in batch:
                    self._write_finished(finished)
            for finished in batch:
                done += 1
                if not finished.problem:
                    self.on_clip(finished.clip_id)
                fraction = _PHASE_1 + (1 - _PHASE_1) * done / len(self.unfinished)
                made = translate("Queue import", "thumbnail, keyframe hashes and badge")
                self._progress(fraction, finished.path.name, made)
        self.summary.cancelled = done < len(self.unfinished)  # cancelled before the last clip was done

    def _finish_job(self, clip_id: int, path: Path, sha256: str) -> Callable[[], _Finished]:
        only = clip_id in self.thumbnail_only
        return lambda: _finish(clip_id, path, sha256, self.thumbnails, self.cancelled, thumbnail_only=only)

    def _write_finished(self, finished: _Finished) -> None:
        if finished.problem:
            self.summary.failed.append((str(finished.path), finished.problem))
            return
        if finished.thumbnail_only:
            return  # the hashes and badge recorded before are kept: only the picture in the cache was missing
        self.store.record_keyframe_hashes(finished.clip_id, finished.hashes)
        self.regroup = True
        self.store.record_measured(finished.clip_id, {"badge": finished.badge, "badge_level": finished.badge_level})

    def _group(self) -> None:
        from app.queue.groups import group_clips

        self.on_progress(1.0, translate("Queue import", "grouping re-uploads"))
        self.store.set_groups(group_clips(self.store.keyframe_hashes()))

    # --- helpers -------------------------------------------------------------------------------------------------
    def _lacks_thumbnail(self, clip: dict) -> bool:
        """Whether the clip's thumbnail is missing from the cache (a SHA-256 that is not one never has one)."""
        sha256 = clip.get("sha256")
        return is_sha256(sha256) and not thumbnail_path(self.thumbnails, sha256).is_file()

    def _clip_or_none(self, clip_id: int) -> dict | None:
        from app.store.store import StoreError

        try:
            return self.store.clip(clip_id)
        except StoreError:
            return None

    def _progress(self, fraction: float, name: str, what: str) -> None:
        self.on_progress(min(1.0, fraction), translate("Queue import", "{clip}: {step}").format(clip=name, step=what))


def _in_order(pool: ThreadPoolExecutor, jobs: Iterable[Callable], cancelled: Callable[[], bool]) -> Iterator[list]:
    """The jobs' results in the order of the jobs, in batches of those ready together; a few jobs run ahead of the
    one waited on. Once `cancelled` says so, no job starts, the ones queued are dropped and the running ones end
    (their own `cancelled` checks stop them); results that came back cancelled are left out."""
    ahead = 2 * workers()
    pending: deque[Future] = deque()
    jobs = iter(jobs)

    def fill() -> None:
        while len(pending) < ahead and not cancelled():
            job = next(jobs, None)
            if job is None:
                return
            pending.append(pool.submit(job))

    fill()
    try:
        while pending:
            batch = [pending.popleft().result()]
            while pending and pending[0].done() and len(batch) < _WRITES_AT_ONCE:
                batch.append(pending.popleft().result())
            fill()
            kept = [result for result in batch if not result.cancelled]
            if kept:
                yield kept
            if cancelled():
                return
    finally:
        for future in pending:
            future.cancel()
        for future in pending:
            if not future.cancelled():
                future.exception()  # wait for it: nothing is left running when the import returns


class _HashesAhead:
    """SHA-256s of the files, computed on the pool a few files ahead of the one being probed. Leaving the `with`
    drops the ones not started and waits for the running ones (they stop at `cancelled`)."""

    def __init__(self, pool: ThreadPoolExecutor, files: list[Path], cancelled: Callable[[], bool]) -> None:
        self._pool = pool
        self._files = iter(files)
        self._cancelled = cancelled
        self._futures: dict[Path, Future] = {}
        self._ahead = 2 * workers()

    def __enter__(self) -> _HashesAhead:
        self._fill()
        return self

    def __exit__(self, *_exc) -> None:
        for future in self._futures.values():
            future.cancel()
        for future in self._futures.values():
            if not future.cancelled():
                future.exception()

    def sha256(self, path: Path) -> _Hashed:
        """The file's SHA-256 with its size and time around the hashing; raises what hashing it raised (Cancelled,
        NotAFile, OSError)."""
        future = self._futures.pop(path, None)
        self._fill()
        if future is None:  # a small file, or one named twice: hashed here
            return _hashed(path, self._cancelled)
        return future.result()

    def drop(self, path: Path) -> None:
        future = self._futures.pop(path, None)
        if future is not None and not future.cancel():
            future.exception()
        self._fill()

    def _fill(self) -> None:
        while len(self._futures) < self._ahead:
            path = next(self._files, None)
            if path is None:
                return
            status = _status(path)
            if status is not None and status.st_size < _HASHED_HERE_BELOW:
                continue  # hashed when it is asked for: quicker than handing it to a thread
            self._futures[path] = self._pool.submit(_hashed, path, self._cancelled)


def _status(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _identity(path: Path) -> tuple[int, int] | None:
    status = _status(path)
    return None if status is None else (status.st_size, status.st_mtime_ns)


def _hashed(path: Path, cancelled: Callable[[], bool]) -> _Hashed:
    from app.media.hashing import sha256_file

    before = _identity(path)
    sha256 = sha256_file(path, None, cancelled)
    return _Hashed(sha256, before, _identity(path))


def _probe(
    path: Path,
    hashed_of: Callable[[Path], _Hashed],
    cancelled: Callable[[], bool],
    listings: dict[Path, list[str]] | None = None,
) -> _Probed:
    """The file's media facts, SHA-256 (`hashed_of` waits for it) and sidecars, or why it cannot be imported.

    The size and time recorded are those the hash was taken at: a hash computed ahead, before a change that the
    stat here sees, is taken again once; a file that changes while it is hashed is refused (resume reads it again)."""
    from analyzers.files import why_unreadable
    from app.files.regular import NotAFile
    from app.media.clip import open_clip
    from app.media.errors import Cancelled, MediaError
    from app.queue.finding import sidecars
    from app.store.info_json import read_source

    try:
        status = path.stat()
    except OSError as error:
        return _Probed(path, 0, 0, problem=why_unreadable(error))
    size, mtime_ns = status.st_size, status.st_mtime_ns
    if not stat.S_ISREG(status.st_mode):  # told from its status alone: a named pipe is never opened
        return _Probed(path, size, mtime_ns, problem=kind_in_words(status))
    if cancelled():
        return _Probed(path, size, mtime_ns, cancelled=True)
    try:
        clip = open_clip(path, cache_bytes=_CACHE_BYTES)
        facts = clip.facts.as_dict()
        clip.close()
        hashed = hashed_of(path)
        if not hashed.before == hashed.after == (size, mtime_ns):
            hashed = _hashed(path, cancelled)  # changed since it was looked at: once more, here
            if hashed.before is None or hashed.before != hashed.after:
                changed = translate("Queue import", "changed while it was read (still being written?)")
                return _Probed(path, size, mtime_ns, problem=changed)
            size, mtime_ns = hashed.before
    except Cancelled:
        return _Probed(path, size, mtime_ns, cancelled=True)
    except MediaError as error:
        return _Probed(path, size, mtime_ns, problem=str(error))
    except NotAFile as error:
        return _Probed(path, size, mtime_ns, problem=error.reason)
    except OSError as error:
        unread = translate("Queue import", "cannot be read ({reason})").format(reason=error.strerror or error)
        return _Probed(path, size, mtime_ns, problem=unread)
    except Exception as error:  # a file no rule foresaw must not stop the import of the others
        log.exception("probing %s failed", path)
        unread = translate("Queue import", "could not be read ({reason})")
        return _Probed(path, size, mtime_ns, problem=unread.format(reason=f"{type(error).__name__}: {error}"))
    # the sidecars are read here, not where the row is written: a slow or large one must not hold the write lock
    source = read_source(path)
    return _Probed(path, size, mtime_ns, hashed.sha256, facts, source=source, sidecars=sidecars(path, listings))


def _finish(
    clip_id: int,
    path: Path,
    sha256: str,
    thumbnails: Path,
    cancelled: Callable[[], bool],
    *,
    thumbnail_only: bool = False,
) -> _Finished:
    """The clip's thumbnail (written to the cache), keyframe hashes and provenance badge; with `thumbnail_only`,
    the thumbnail alone. A SHA-256 from the case that is not one gets no thumbnail (its name would leave the cache)."""
    from app.media.clip import open_clip
    from app.media.errors import Cancelled, MediaError
    from app.provenance.report import read_provenance
    from app.queue.likeness import clip_hashes

    if cancelled():
        return _Finished(clip_id, path, cancelled=True)
    try:
        clip = open_clip(path, cache_bytes=_CACHE_BYTES)
        try:
            strip = keyframes(clip, cancelled)
            keep_thumbnail(thumbnails, sha256, strip)
            if thumbnail_only:
                return _Finished(clip_id, path, thumbnail_only=True)
            hashes = clip_hashes(strip)
            badge = read_provenance(path, clip.facts, None, None, cancelled, cache_bytes=_CACHE_BYTES).badge
        finally:
            clip.close()
    except Cancelled:
        return _Finished(clip_id, path, cancelled=True)
    except (MediaError, OSError) as error:
        unmade = translate("Queue import", "its thumbnail and keyframe hashes were not made: {reason}")
        return _Finished(clip_id, path, problem=unmade.format(reason=error))
    except Exception as error:  # nor may one clip's thumbnail or badge stop the others'
        log.exception("the second phase of %s failed", path)
        unmade = translate("Queue import", "its thumbnail and keyframe hashes were not made ({reason})")
        return _Finished(clip_id, path, problem=unmade.format(reason=error))
    return _Finished(clip_id, path, hashes, badge.words, badge.level)
