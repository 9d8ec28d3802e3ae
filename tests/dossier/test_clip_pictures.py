"""The dossier's pictures from one pass through the clip: the same evidence pictures as drawn one at a time, the
strip's exact frames, and a cancel that stops the pass without leaving its drawing thread behind."""

from __future__ import annotations

import threading

import pytest

from app.dossier.clip_pictures import clip_pictures
from app.dossier.evidence_images import EvidencePainter
from app.dossier.pdf_inputs import strip_numbers
from app.media.errors import Cancelled
from app.media.synth import ClipRecipe, read_index, write_clip

REGION = {"shape": "rectangle", "x0": 0.1, "y0": 0.2, "x1": 0.5, "y1": 0.6}


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pictures")
    return write_clip(folder / "gops.mp4", ClipRecipe(frames=48, gop=12, b_frames=2, size=(256, 144)))


def _rows() -> list[dict]:
    # Out of frame order, one frame twice, overlays with and without a detector: the pass must not care.
    frames = [(1, 40, "noise_level"), (2, 3, ""), (3, 25, "filter:ela"), (4, 3, "noise_level"), (5, 0, "")]
    return [{"id": i, "frame": n, "overlay": overlay, "regions": [REGION]} for i, n, overlay in frames]


def test_one_pass_draws_what_drawing_each_frame_alone_draws(clip):
    rows = _rows()
    with EvidencePainter(clip) as painter:
        alone = {row["id"]: painter.picture(row) for row in rows}
    drawn = clip_pictures(clip, rows, for_pdf=True)
    assert list(drawn.evidence) == [row["id"] for row in rows]  # in the rows' order, whatever the frames' order
    for row in rows:
        picture = drawn.evidence[row["id"]]
        assert (picture.name, picture.sha256, picture.not_drawn) == (
            alone[row["id"]].name,
            alone[row["id"]].sha256,
            alone[row["id"]].not_drawn,
        )
        assert picture.image is not None and picture.image.shape == (144, 256, 3)  # kept for the PDF
    assert [n for n, _, _ in drawn.strip] == strip_numbers(48)
    for n, _, rgb in drawn.strip:
        assert read_index(rgb) == n  # the exact frame, not a keyframe near it


def test_without_the_pdf_there_is_no_strip_and_no_picture_kept(clip):
    drawn = clip_pictures(clip, _rows())
    assert drawn.strip == []
    assert all(picture.image is None for picture in drawn.evidence.values())
    assert clip_pictures(clip, []).evidence == {}


def test_a_cancel_stops_the_pass_and_its_drawing_thread(clip):
    asked = iter(range(100))
    with pytest.raises(Cancelled):
        clip_pictures(clip, _rows(), for_pdf=True, cancelled=lambda: next(asked) >= 3)
    assert not [t for t in threading.enumerate() if t.name.startswith("evidence")]


def test_a_frame_outside_the_clip_is_an_error_not_a_hang(clip):
    from app.media.errors import MediaError

    rows = [*_rows(), {"id": 9, "frame": 480, "overlay": "", "regions": []}]
    with pytest.raises(MediaError):
        clip_pictures(clip, rows)
    assert not [t for t in threading.enumerate() if t.name.startswith("evidence")]
