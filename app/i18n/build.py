"""Keeping the translations in step with the code: `python -m app.i18n.build` runs Qt's lupdate over the sources of
each area into its `.ts` file in resources/i18n (new strings appear there untranslated, vanished ones go), then
lrelease compiles every language's `.ts` files into the one `.qm` catalogue ReelCheck reads.
`python -m app.i18n.build --check` changes nothing and names each string that is new, untranslated or stale.

The areas split the strings the way a translator works through them, one part of the product at a time; a source
file belongs to the first area whose patterns match it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from app.i18n import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "i18n"
AREAS: dict[str, tuple[str, ...]] = {
    "settings": (
        "app/preferences.py",
        "app/cli/settings.py",
        "app/ui/settings_dialog.py",
        "app/ui/settings_view.py",
        "app/ui/settings_in_window.py",
        "app/ui/first_run.py",
        "app/ui/signing_key.py",
        "app/ui/about_dialog.py",
        "app/ui/language.py",
        "widgets/rating_scale_editor.py",
    ),
    "queue": ("app/ui/queue_*.py", "widgets/queue_*.py", "app/queue/*.py"),
    "review": (
        "app/ui/case*.py",
        "app/ui/claims_view.py",
        "app/ui/evidence_view.py",
        "app/ui/export_view.py",
        "app/ui/review_view.py",
        "app/ui/clip_evidence_*.py",
        "app/ui/calibration_dialog.py",
        "app/ui/trusted_signers.py",
        "widgets/claims_panel.py",
        "widgets/evidence_panel.py",
        "widgets/sources_panel.py",
        "widgets/verdict_panel.py",
        "widgets/review_fields.py",
        "widgets/clip_evidence_panel.py",
        "widgets/case_search.py",
    ),
    "player": ("app/ui/*.py",),
    "widgets": ("widgets/*.py",),
    "dossier": ("app/dossier/*.py",),
    "cli": ("app/cli/*.py", "app/main.py"),
    # Path.match reads ** as one folder (before Python 3.13): the modules at the top of each package are named too.
    "case": ("app/*.py", "app/**/*.py", "analyzers/*.py", "analyzers/**/*.py"),
}
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def area_of(relative: str) -> str | None:
    path = Path(relative)
    return next((area for area, patterns in AREAS.items() if any(path.match(p) for p in patterns)), None)


def sources_by_area() -> dict[str, list[Path]]:
    by_area: dict[str, list[Path]] = {area: [] for area in AREAS}
    for package in ("app", "widgets", "analyzers"):
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if (area := area_of(relative)) is not None:
                by_area[area].append(path)
    return by_area


def ts_path(area: str, language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{area}_{language}.ts"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} is not installed (it comes with PySide6)")
    return found


def update(folder: Path = FOLDER) -> None:
    """Each area's strings into its `.ts` file of each language, translations kept."""
    folder.mkdir(parents=True, exist_ok=True)
    for area, sources in sources_by_area().items():
        for language in LANGUAGES:
            if language == SOURCE_LANGUAGE:
                continue
            command = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
            command += ["-source-language", "en", "-target-language", language]
            subprocess.run([*command, *map(str, sources), "-ts", str(ts_path(area, language, folder))], check=True)


def release(folder: Path = FOLDER) -> None:
    for language in LANGUAGES:
        if language != SOURCE_LANGUAGE:
            sources = [str(ts_path(area, language, folder)) for area in AREAS]
            target = folder / f"reelcheck_{language}.qm"
            subprocess.run([_tool("lrelease"), "-silent", *sources, "-qm", str(target)], check=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            state = translation.get("type", "") if translation is not None else "unfinished"
            text = (translation.text or "") if translation is not None else ""
            found.append(Message(name, message.findtext("source", ""), text, state == "" and bool(text.strip())))
    return found


def problems() -> list[str]:
    """What is out of step, each in a line: strings in the code that a `.ts` file lacks or still lists though the code
    dropped them (run the build), translations unfinished or with other placeholders than their source, and a `.qm`
    that is not what its `.ts` files compile to."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        for path in FOLDER.glob("*.ts"):
            shutil.copy(path, fresh / path.name)
        update(fresh)
        release(fresh)
        for area in AREAS:
            for language in LANGUAGES:
                if language == SOURCE_LANGUAGE:
                    continue
                found += _area_problems(ts_path(area, language), ts_path(area, language, fresh))
        for language in LANGUAGES:
            if language != SOURCE_LANGUAGE:
                name = f"reelcheck_{language}.qm"
                kept = FOLDER / name
                if not kept.exists() or kept.read_bytes() != (fresh / name).read_bytes():
                    found.append(f"{name} is not what the .ts files compile to: run python -m app.i18n.build")
    return found


def _area_problems(kept: Path, fresh: Path) -> list[str]:
    found = []
    kept_keys = {(m.context, m.source) for m in messages(kept)} if kept.exists() else set()
    for message in messages(fresh):
        where = f"{fresh.name} [{message.context}] {message.source!r}"
        if (message.context, message.source) not in kept_keys:
            found.append(f"{where}: new in the code, not yet in the .ts file")
        elif not message.finished:
            found.append(f"{where}: not translated")
        elif set(_PLACEHOLDER.findall(message.source)) != set(_PLACEHOLDER.findall(message.translation)):
            found.append(f"{where}: the translation's placeholders differ from the source's")
    fresh_keys = {(m.context, m.source) for m in messages(fresh)}
    found += [f"{kept.name} [{c}] {s!r}: no longer in the code" for c, s in sorted(kept_keys - fresh_keys)]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.i18n.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; list what is out of step")
    if parser.parse_args(argv).check:
        found = problems()
        print("\n".join(found) or "the translations are in step with the code")
        return 1 if found else 0
    update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
