"""Decoders that run threads (the keyframe strip, the picture changes of the sound-sync check) are closed while no
container is being opened: opening captures FFmpeg's log, whose callback then takes the GIL, and a closing
decoder's threads logging meanwhile once deadlocked against the thread dropping it (seen in a full CI run). Each
waits for an opening in progress before it closes, and gives its result once that opening is done."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from app.media.av_events import picture_changes
from app.media.budget import no_opening_meanwhile
from app.media.clip import open_clip
from app.media.synth import ClipRecipe, write_clip
from app.media.thumbnails import build_strip


@pytest.fixture(scope="module")
def clip_path(tmp_path_factory):
    return write_clip(tmp_path_factory.mktemp("threaded") / "clip.mp4", ClipRecipe(frames=24, gop=6, size=(96, 64)))


def _strip(path, on_way):
    clip = open_clip(path)
    clip.close()
    return build_strip(path, clip.index, clip.facts.rotation, on_thumbnail=lambda *_: on_way())


def _changes(path, on_way):
    return picture_changes(path, seconds=10.0, on_progress=lambda _: on_way())


@pytest.mark.parametrize("work", [_strip, _changes], ids=["keyframe strip", "picture changes"])
def test_it_closes_its_decoder_only_once_no_container_is_being_opened(clip_path, work):
    decoding, opening = threading.Event(), threading.Event()

    def on_way() -> None:  # the decoder is open: now a container starts opening elsewhere
        decoding.set()
        opening.wait(10)

    results = []
    worker = threading.Thread(target=lambda: results.append(work(clip_path, on_way)))
    worker.start()
    assert decoding.wait(10)
    with no_opening_meanwhile():  # an opening in progress, as far as the decoder can tell
        opening.set()
        worker.join(timeout=2)
        assert worker.is_alive() and not results  # done decoding, waiting to close
    worker.join(timeout=30)
    assert not worker.is_alive()
    [result] = results
    if work is _strip:
        assert sorted(result) == [0, 6, 12, 18] and all(isinstance(t, np.ndarray) for t in result.values())
    else:
        times, origin = result
        assert origin == 0.0 and times.ndim == 1
