"""A sound stream whose timestamps jump (a cut-together file, or a forged one): the gap is handed out as silence a
second at a time, never as one block the size of the jump, and a jump past the stated end ends the sound."""

from __future__ import annotations

from fractions import Fraction

import av
import numpy as np

from app.media.audio import open_sound


def _jumping_sound(path, jump_seconds: float):
    """One second of tone, then one more stamped `jump_seconds` later (Matroska keeps the stamps as written)."""
    with av.open(str(path), "w") as out:
        stream = out.add_stream("pcm_s16le", rate=8000)
        stream.layout = "mono"
        tone = (0.3 * np.sin(np.arange(8000) / 8000 * 2 * np.pi * 440)).astype(np.float32)
        for start in (0, round((1 + jump_seconds) * 8000)):
            for offset in range(0, 8000, 1000):
                frame = av.AudioFrame.from_ndarray(
                    (tone[None, offset : offset + 1000] * 32767).astype(np.int16), format="s16", layout="mono"
                )
                frame.sample_rate, frame.pts, frame.time_base = 8000, start + offset, Fraction(1, 8000)
                out.mux(stream.encode(frame))
        out.mux(stream.encode())
    return path


def test_a_gap_is_silence_a_second_at_a_time(tmp_path):
    path = _jumping_sound(tmp_path / "gap.mkv", jump_seconds=30.0)
    with open_sound(path) as track:
        blocks = list(track.blocks(rate=8000, channels=1))
    assert max(len(block.samples) for block in blocks) <= 8000
    total = sum(len(block.samples) for block in blocks)
    assert abs(total / 8000 - 32.0) < 0.05  # the tone, 30 s of silence, the tone again, each on its second
    silent = [block for block in blocks if 1.0 <= block.start < 31.0]
    assert silent and all(not block.samples.any() for block in silent)


def test_a_jump_past_the_stated_end_ends_the_sound(tmp_path):
    path = _jumping_sound(tmp_path / "forged.mkv", jump_seconds=36_000.0)  # ten hours on
    with open_sound(path) as track:
        track.duration = 2.0  # what an honest header of this sound would say
        blocks = list(track.blocks(rate=8000, channels=1))
    assert sum(len(block.samples) for block in blocks) / 8000 < 1.1
