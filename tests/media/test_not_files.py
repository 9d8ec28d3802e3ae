"""Things that are not files, named as a clip, are refused at once and said for what they are: a named pipe, a
device, a socket, a folder, a loop of symbolic links (tests/cli/test_not_files_cli.py runs every command on them)."""

from __future__ import annotations

import pytest

from app.files.regular import NotAFile
from app.media.clip import open_clip
from app.media.errors import MediaError
from app.media.hashing import sha256_file
from tests.conftest import NOT_FILES


@pytest.mark.parametrize(("kind", "words"), NOT_FILES)
def test_open_clip_refuses_at_once_saying_what_it_is(not_a_file, kind, words):
    with pytest.raises(MediaError, match=words) as caught:
        open_clip(not_a_file(kind))
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(("kind", "words"), NOT_FILES)
def test_hashing_refuses_what_is_not_a_file(not_a_file, kind, words):
    with pytest.raises(NotAFile, match=words):
        sha256_file(not_a_file(kind))
