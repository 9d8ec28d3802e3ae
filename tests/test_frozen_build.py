"""What can be checked of the frozen build without running PyInstaller (bench/frozen.py builds it and runs its smoke
test): build.spec bundles the translations and icons and keeps Qt's Chinese strings, the application icon draws at
every size, and the Linux desktop entry is one a desktop accepts."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage

from app.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[1]
ICON = ROOT / "resources" / "icons" / "reelcheck.svg"
DESKTOP_ENTRY = ROOT / "resources" / "linux" / "reelcheck.desktop"


@pytest.fixture(scope="module")
def spec() -> dict:
    """The names build.spec defines before it imports PyInstaller: its plain-Python part, run as the build runs it."""
    text = (ROOT / "build.spec").read_text(encoding="utf-8")
    plain, marker, _ = text.partition("\nfrom PyInstaller")
    assert marker, "build.spec no longer imports PyInstaller after its plain-Python part"
    names: dict = {}
    exec(compile(plain, str(ROOT / "build.spec"), "exec"), names)
    return names


def test_the_bundle_holds_the_translations_icons_and_desktop_entry(spec, tmp_path):
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    (tmp_path / "resources" / "i18n" / "reelcheck_zh_CN.qm").write_bytes(b"\x3c\xb8\x64\x18")
    (tmp_path / "resources" / "empty").mkdir()
    assert spec["bundled_resources"](str(tmp_path)) == [
        (str(tmp_path / "resources" / "i18n" / "reelcheck_zh_CN.qm"), str(Path("resources", "i18n")))
    ]
    ours = spec["bundled_resources"](str(ROOT))
    assert (str(ICON), str(Path("resources", "icons"))) in ours
    assert (str(DESKTOP_ENTRY), str(Path("resources", "linux"))) in ours
    assert (str(ROOT / "resources" / "schemas" / "dossier-1.schema.json"), str(Path("resources", "schemas"))) in ours


def test_qt_keeps_its_chinese_strings_and_drops_the_other_languages(spec):
    wanted = spec["wanted"]
    assert wanted("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert wanted("PySide6\\Qt\\translations\\qtbase_zh_CN.qm")  # as a Windows build names it
    assert not wanted("PySide6/Qt/translations/qtbase_de.qm")
    assert not wanted("PySide6/Qt/translations/qtmultimedia_zh_CN.qm")
    assert wanted("resources/i18n/reelcheck_zh_CN.qm")
    assert not wanted("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so")
    assert wanted("PySide6/Qt/plugins/platforms/libqxcb.so")


def test_the_network_plugins_go_and_what_reelcheck_loads_stays(spec):
    wanted = spec["wanted"]
    assert not wanted("PySide6/Qt/plugins/tls/libqopensslbackend.so")
    assert not wanted("PySide6\\Qt\\plugins\\networkinformation\\qnetworklistmanager.dll")
    assert wanted("PySide6/Qt/lib/libQt6Network.so.6")  # QtMultimedia links it
    assert wanted("PySide6/Qt/plugins/imageformats/libqjpeg.so")  # pictures in the queue
    assert wanted("PySide6/Qt/plugins/iconengines/libqsvgicon.so")  # the toolbar's and the app's icons
    assert wanted("onnxruntime/capi/libonnxruntime_providers_cuda.so")  # the GPU build stays whole


def test_the_icon_draws_at_16_and_256_pixels():
    icon = QIcon(str(ICON))
    for size in (16, 256):
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.size() == QSize(size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not a transparent square
        assert image.pixelColor(0, 0).alpha() < 128  # its rounded corner


def test_the_build_renders_the_icon_at_each_size(spec, tmp_path):
    pairs = spec["rendered_icons"](str(ICON), str(tmp_path))
    assert [Path(file).name for file, _ in pairs] == [f"reelcheck-{size}.png" for size in spec["ICON_SIZES"]]
    for (file, folder), size in zip(pairs, spec["ICON_SIZES"], strict=True):
        image = QImage(file)
        assert (image.width(), image.height(), folder) == (size, size, str(Path("resources", "icons")))
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    assert not QImage(str(tmp_path / "reelcheck.ico")).isNull()


def test_the_desktop_entry_is_valid():
    lines = DESKTOP_ENTRY.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry: dict[str, str] = {}
    for line in lines[1:]:
        if not line or line.startswith("#"):
            continue
        key, equals, value = line.partition("=")
        assert equals and re.fullmatch(r"[A-Za-z0-9-]+(\[[a-z]{2,3}(_[A-Z]{2})?\])?", key), line
        assert key not in entry, f"{key} twice"
        entry[key] = value
    assert entry["Type"] == "Application"
    assert {"Name", "Comment", "Exec", "Icon", "Categories"} <= entry.keys()
    for key in ("Name[zh_CN]", "Comment[zh_CN]"):
        assert re.search("[\u4e00-\u9fff]", entry[key]), f"{key} is not in Chinese"
    assert entry["Categories"].endswith(";") and "AudioVideo" in entry["Categories"].split(";")
    program, *arguments = shlex.split(entry["Exec"])
    assert program == "reelcheck"
    build_parser().parse_args(arguments)  # what the menu starts is a command reelcheck takes
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
