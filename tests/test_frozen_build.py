"""What can be checked of the frozen build without running PyInstaller (bench/frozen.py builds it and runs its smoke
test): build.spec bundles the translations and icons and keeps Qt's Chinese strings, the application icon draws at
every size, and the Linux desktop entry is one a desktop accepts."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
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


def test_icu_keeps_the_shared_tables_and_the_english_and_chinese_locales(spec):
    wanted = spec["icu_item_wanted"]
    for name in ("root.res", "res_index.res", "zh_Hant_TW.res", "en_GB.res", "coll/zh.res", "coll/ucadata.icu"):
        assert wanted(f"icudt73l/{name}"), name
    for name in ("brkitr/cjdict.dict", "brkitr/line_cj.brk", "zone/tzdbNames.res", "zoneinfo64.res", "uts46.nrm"):
        assert wanted(f"icudt73l/{name}"), name
    for name in ("de.res", "coll/ja.res", "zone/fr_CA.res", "curr/yue_Hans.res", "gb18030.cnv"):
        assert not wanted(f"icudt73l/{name}"), name


# What the window and the dossier ask of ICU: Chinese sorted by pinyin, time-zone names, case mapping.
ICU_PROBE = """
import functools
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QTimeZone
app = QCoreApplication([])
for name in ("zh_CN", "zh_TW", "en_US", "de_DE"):
    locale = QLocale(name)
    order = functools.cmp_to_key(QCollator(locale).compare)
    words = sorted(["张三", "李四", "王五", "阿", "中国", "b", "Ä", "a"], key=order)
    zone = QTimeZone(b"Asia/Shanghai").displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, locale)
    print(name, " ".join(words), zone, locale.toUpper("straße"), locale.nativeLanguageName())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle's own ICU is Linux's")
def test_the_smaller_icu_answers_english_and_chinese_as_the_whole_one(spec, tmp_path):
    library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler: the build bundles ICU whole")
    dest = f"PySide6/Qt/lib/{library.name}"
    [(kept_as, built, kind)] = spec["smaller_icu"]([(dest, str(library), "BINARY")], str(tmp_path))
    assert (kept_as, kind) == (dest, "BINARY") and Path(built).stat().st_size < library.stat().st_size / 3

    def probe(preload: str | None) -> list[str]:
        env = {**os.environ, "LD_PRELOAD": preload} if preload else dict(os.environ)
        done = subprocess.run([sys.executable, "-c", ICU_PROBE], env=env, capture_output=True, text=True, check=True)
        return done.stdout.splitlines()

    whole, smaller = probe(None), probe(built)
    assert smaller[:3] == whole[:3]  # English and Chinese: the same answers
    assert smaller[0] == "zh_CN 阿 李四 王五 张三 中国 a Ä b 中国标准时间 STRASSE 简体中文"
    assert "China Standard Time" in smaller[3] and "Chinesische" in whole[3]  # another language's: in English
