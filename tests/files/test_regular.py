"""Only regular files are read: pipes, devices, sockets, folders and link loops are named, and nothing waits."""

from __future__ import annotations

import os
import socket

import pytest

from app.files.regular import NotAFile, open_regular, read_regular, regular_file_problem


def test_a_regular_file_is_read_within_its_bound(tmp_path):
    path = tmp_path / "dossier.json"
    path.write_bytes(b"{}")
    assert read_regular(path, 10) == b"{}"
    with pytest.raises(NotAFile, match="more than the 1 bytes"):
        read_regular(path, 1)


def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "clip.mp4"
    os.mkfifo(fifo)
    with pytest.raises(NotAFile, match="named pipe"):
        open_regular(fifo)  # a blocking open() would wait here for ever


def test_a_device_a_socket_a_folder_and_a_link_loop_are_named(tmp_path):
    assert "device" in regular_file_problem("/dev/zero")
    assert "folder" in regular_file_problem(tmp_path)
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    assert "loop of symbolic links" in regular_file_problem(loop)
    assert "does not exist" in regular_file_problem(tmp_path / "missing.mp4")
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(tmp_path / "s"))
        assert "socket" in regular_file_problem(tmp_path / "s")
    finally:
        listener.close()
    assert regular_file_problem(__file__) is None
