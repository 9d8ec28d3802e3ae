"""Shared fixtures: clips are generated per session, each frame carrying its own index in its pixels."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.media.synth import ClipRecipe, write_clip  # noqa: E402
from tests.postgres import postgres_server, postgres_url  # noqa: E402, F401 (fixtures for the shared case's tests)

# name: (file name, recipe). Each is a case the issue lists; 64 frames keeps the suite quick.
CLIPS = {
    "h264": ("h264.mp4", ClipRecipe(frames=64, gop=30, b_frames=3)),
    "h264_open_gop": ("h264_open.mkv", ClipRecipe(frames=64, gop=20, b_frames=3, open_gop=True)),
    "h264_long_gop": ("h264_long.mp4", ClipRecipe(frames=300, gop=250, b_frames=3, size=(192, 108))),
    "hevc_open_gop_10bit": (
        "hevc.mp4",
        ClipRecipe(codec="libx265", frames=64, gop=24, pix_fmt="yuv420p10le", open_gop=True),
    ),
    "vp9": ("vp9.webm", ClipRecipe(codec="libvpx-vp9", frames=64, gop=24)),
    "av1": ("av1.mkv", ClipRecipe(codec="libsvtav1", frames=64, gop=24, size=(320, 176))),
    "mpeg4": ("mpeg4.avi", ClipRecipe(codec="mpeg4", frames=64, gop=24, b_frames=2)),
    # AVI stamps packets in decode order: frames are known by counting, not by timestamps.
    "h264_in_avi": ("h264.avi", ClipRecipe(frames=64, gop=24, b_frames=3)),
    "mjpeg": ("mjpeg.mkv", ClipRecipe(codec="mjpeg", frames=40, gop=0, b_frames=0, pix_fmt="yuvj420p")),
    "vfr": ("vfr.mkv", ClipRecipe(frames=64, gop=24, vfr=True)),
    "rotated_phone": ("rotated.mp4", ClipRecipe(frames=48, gop=24, size=(180, 320), rotation=-90)),
    "rotated_180": ("rotated180.mov", ClipRecipe(frames=32, gop=16, rotation=180)),
    "vertical_1080x1920": ("vertical.mp4", ClipRecipe(frames=24, gop=12, size=(1080, 1920), crf=28)),
    "odd_size": ("odd.mkv", ClipRecipe(frames=40, gop=16, size=(161, 97), pix_fmt="yuv444p")),
    "with_audio": ("audio.mp4", ClipRecipe(frames=48, gop=24, audio=True)),
}


@pytest.fixture(scope="session")
def clip_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("clips")


@pytest.fixture(scope="session")
def make_clip(clip_dir: Path):
    """make_clip(name) -> path of the fixture clip `name` from CLIPS, written once per session."""

    def make(name: str) -> Path:
        file_name, recipe = CLIPS[name]
        path = clip_dir / file_name
        if not path.exists():
            write_clip(path, recipe)
        return path

    return make


@pytest.fixture(scope="session")
def h264_clip(make_clip) -> Path:
    return make_clip("h264")


@pytest.fixture(scope="session", autouse=True)
def one_application(qapp):
    """The suite's one QApplication, made first: code that needs only a QGuiApplication (the PDF writer) would
    otherwise make one that the widget tests after it cannot build a widget on."""
    return qapp


def _keep_the_sound_server() -> None:
    """Each test gets its own config folder (tests/conftest.py), and libpulse finds the reviewer's sound server
    through it (~/.config/pulse/<machine>-runtime): name the server before any test moves the folder. Qt connects
    to it once a process, so this runs when the suite's fixtures load, before any test of the session runs."""
    if "PULSE_SERVER" in os.environ:
        return
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "pulse"
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR") or "/nonexistent") / "pulse" / "native"
    for socket_path in (runtime, *sorted(config.glob("*-runtime/native"))):
        if socket_path.is_socket():
            os.environ["PULSE_SERVER"] = f"unix:{socket_path}"
            break
    if (config / "cookie").is_file():
        os.environ.setdefault("PULSE_COOKIE", str(config / "cookie"))


_keep_the_sound_server()


REVIEWER = "Test Reviewer"
USER_FOLDERS = ("cache", "config", "data", "state")  # in each test's tmp_path: see own_user_folders


def made_in(folder: Path) -> list[str]:
    """The names in a test's folder, without the user folders every test gets there."""
    return sorted(p.name for p in folder.iterdir() if p.name not in USER_FOLDERS)


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path, monkeypatch):
    """Stored analyses, demo clips, keys and the trusted signers go to the test's own folders, never the user's."""
    for name in USER_FOLDERS:  # state: the log of commands run in a subprocess
        monkeypatch.setenv(f"XDG_{name.upper()}_HOME", str(tmp_path / name))
    # A reviewer who has given their name: the first-run question and signing without a name have tests of their own
    from app.preferences import Preferences, save_preferences

    save_preferences(Preferences(reviewer=REVIEWER))


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path):
    """Each test gets its own settings file, never the reviewer's real one."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # beside the test's folder, not in it: tests list what their folder holds
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, f"{tmp_path}-settings")
    # Clip evidence costs seconds of CPU per clip opened: off unless a test is about it (tests/ui/
    # test_clip_evidence_window.py turns it on, and checks what it does when off).
    QSettings().setValue("analysis/measure_clip_evidence_automatically", False)
    # Reading the text on a clip's frames costs seconds too: tests/ui/test_words_window.py turns it on.
    QSettings().setValue("words/read_on_open", False)


@pytest.fixture(autouse=True)
def no_reader_left_running():
    """A test that leaves a frame reader decoding fails: every reader must be closed with its clip."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    while True:
        left = [t for t in threading.enumerate() if t not in before and t.name == "frame-reader"]
        if not left:
            return
        if time.monotonic() > deadline:
            pytest.fail(f"{len(left)} frame reader thread(s) left running")
        time.sleep(0.02)


# (kind, words the refusal must hold)
NOT_FILES = [
    ("fifo", "named pipe"),
    ("device", "device"),
    ("socket", "socket"),
    ("folder", "folder"),
    ("link_loop", "loop of symbolic links"),
]


@pytest.fixture
def not_a_file(tmp_path):
    """not_a_file(kind) -> a path of that kind, cleaned up after the test."""
    made: list[socket.socket] = []

    def make(kind: str) -> Path:
        path = tmp_path / "clip.mp4"  # a neutral name: the words must come from the refusal, not the path
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "device":
            return Path("/dev/zero")
        elif kind == "socket":
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.bind(str(path))
            server.listen(1)
            made.append(server)
        elif kind == "folder":
            path.mkdir()
        elif kind == "link_loop":
            other = tmp_path / "clip2.mp4"
            path.symlink_to(other)
            other.symlink_to(path)
        return path

    yield make
    for server in made:
        server.close()


def _write_png_mov(path: Path, declared: tuple[int, int], pictures: int = 2) -> Path:
    """A MOV of `pictures` flat grey 16000x16000 PNG frames whose header declares `declared` (width, height):
    a few megabytes on disk, 256 MB each once decoded."""
    from fractions import Fraction

    import av
    import numpy as np

    side = 16000
    encoder = av.CodecContext.create("png", "w")
    encoder.width, encoder.height, encoder.pix_fmt = side, side, "gray"
    encoder.time_base = Fraction(1, 1)
    encoder.options = {"compression_level": "1"}  # a few seconds to write instead of twenty
    picture = av.VideoFrame.from_ndarray(np.full((side, side), 90, np.uint8), format="gray")
    packets = [packet for n in range(pictures) for packet in encoder.encode(picture)] + list(encoder.encode(None))
    with av.open(str(path), "w") as out:
        stream = out.add_stream("png", rate=1)
        stream.width, stream.height = declared
        stream.pix_fmt = "gray"
        for n, packet in enumerate(packets):
            packet.stream = stream
            packet.pts = packet.dts = n
            packet.time_base = Fraction(1, 1)
            out.mux(packet)
    return path


@pytest.fixture(scope="session")
def pixel_bombs(clip_dir: Path) -> dict[str, Path]:
    """Two 16000x16000 pixel bombs: one that says its size, one whose header claims 320x240."""
    return {
        "honest": _write_png_mov(clip_dir / "bomb.mov", (16000, 16000)),
        "lying": _write_png_mov(clip_dir / "bomb_lying.mov", (320, 240)),
    }


_VOP = b"\x00\x00\x01\xb6"
_DIVX_PACKED = b"\x00\x00\x01\xb2DivX503b1393p"  # user data: DivX 5.03 build 1393, 'p' for a packed bitstream


def _vop_type(data: bytes) -> str:
    start = data.find(_VOP)
    return "IPBS"[data[start + 4] >> 6]


def _n_vop(b_picture: bytes, time_bits: int) -> bytes:
    """The placeholder DivX left where it took a B-picture out: a P-VOP header with the B-picture's time, coded=0."""
    bits = "".join(f"{byte:08b}" for byte in b_picture[4:16])
    seconds = len(bits[2:]) - len(bits[2:].lstrip("1"))  # modulo_time_base: a 1 for each whole second, then 0
    header = "01" + bits[2 : 2 + seconds + 1 + 1 + time_bits + 1] + "0"  # ... marker, time, marker, not coded
    header += "0" + "1" * (-(len(header) + 1) % 8)  # stuffing to the byte
    return _VOP + int(header, 2).to_bytes(len(header) // 8, "big")


def _pack_b_frames(source: Path, target: Path, fps: int) -> Path:
    """Re-pack an MPEG-4 Part 2 AVI the way DivX 5 and MEncoder wrote it: each B-picture travels in the packet of the
    reference picture before it, an N-VOP takes its place, and user data says the bitstream is packed. FFmpeg can
    only unpack (mpeg4_unpack_bframes), so this does the reverse of that filter."""
    from fractions import Fraction

    import av

    time_bits = (fps - 1).bit_length()  # the encoder's vop_time_increment_resolution is the frame rate
    with av.open(str(source)) as container:
        stream = container.streams.video[0]
        packets = [(bytes(p), p.is_keyframe) for p in container.demux(stream) if p.size]
        packed: list[tuple[bytes, bool]] = []
        i = 0
        while i < len(packets):
            data, key = packets[i]
            if key:
                start = data.find(_VOP)
                data = data[:start] + _DIVX_PACKED + data[start:]
            following = packets[i + 1][0] if i + 1 < len(packets) else None
            if following is not None and _vop_type(following) == "B":
                packed += [(data + following, key), (_n_vop(following, time_bits), False)]
                i += 2
            else:
                packed.append((data, key))
                i += 1
        with av.open(str(target), "w") as out:
            copy = out.add_stream_from_template(stream)
            for n, (data, key) in enumerate(packed):
                packet = av.Packet(data)
                packet.stream, packet.pts, packet.dts = copy, n, n
                packet.time_base, packet.is_keyframe = Fraction(1, fps), key
                out.mux(packet)
    return target


@pytest.fixture(scope="session")
def packed_b_frames(clip_dir: Path) -> Path:
    """MPEG-4 Part 2 in AVI with packed B-frames (DivX/MEncoder style), 48 frames, a keyframe every 12."""
    recipe = ClipRecipe(codec="mpeg4", frames=48, gop=12, b_frames=1)
    source = write_clip(clip_dir / "mpeg4_unpacked.avi", recipe)
    return _pack_b_frames(source, clip_dir / "mpeg4_packed.avi", recipe.fps)


def _shifted_ts(source: Path, target: Path, ticks: int) -> Path:
    """`source` with every timestamp `ticks` later (90 kHz)."""
    import av

    with av.open(str(source)) as container, av.open(str(target), "w") as out:
        stream = container.streams.video[0]
        copy = out.add_stream_from_template(stream)
        for packet in container.demux(stream):
            if packet.size:
                packet.pts, packet.dts, packet.stream = packet.pts + ticks, packet.dts + ticks, copy
                out.mux(packet)
    return target


@pytest.fixture(scope="session", params=["restarting", "overlapping"])
def joined_ts(clip_dir: Path, request) -> Path:
    """Two H.264 MPEG-TS files joined end to end (`cat a.ts b.ts`), 40 frames each, the second's frames carrying the
    numbers 40 to 79. "restarting": the second repeats the first's timestamps from the start; "overlapping": it
    goes on from the first but begins two frames early, so two pairs of frames share their timestamps."""
    first = write_clip(clip_dir / "part_a.ts", ClipRecipe(frames=40, gop=12, b_frames=2))
    second = write_clip(clip_dir / "part_b.ts", ClipRecipe(frames=40, gop=12, b_frames=2, first=40))
    if request.param == "overlapping":
        second = _shifted_ts(second, clip_dir / "part_b_later.ts", ticks=38 * 3000)  # 30 fps on a 90 kHz clock
    joined = clip_dir / f"joined_{request.param}.ts"
    joined.write_bytes(first.read_bytes() + second.read_bytes())
    return joined
