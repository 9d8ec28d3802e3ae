"""`reelcheck settings [--reviewer NAME] [--organisation NAME] ...`: the settings the window's Edit > Settings keeps,
shown or changed from the command line (the same file: app/preferences.py)."""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
from pathlib import Path

from app.cli.output import fail, json_text, say
from app.i18n import LANGUAGES, translate

# The options that change a setting: option, the setting, its metavar or choices.
_OPTIONS = (
    ("--reviewer", "reviewer", "NAME"),
    ("--organisation", "organisation", "NAME"),
    ("--organisation-url", "organisation_url", "URL"),
    ("--language", "language", ("system", *LANGUAGES)),
    ("--theme", "theme", ("system", "dark", "light")),
    ("--provider", "provider", ("auto", "cuda", "cpu")),
    ("--cache-mb", "cache_mb", "MIB"),
    ("--data-folder", "data_folder", "FOLDER"),
    ("--trust-list", "trust_list", "PEM"),
    ("--cluster", "cluster", "ADDRESS"),
)


def add_parsers(commands: argparse._SubParsersAction) -> None:
    settings = commands.add_parser(
        "settings",
        help=translate("Settings command", "show your settings (name, organisation, language...), or change them"),
    )
    for option, name, kind in _OPTIONS:
        if isinstance(kind, tuple):
            settings.add_argument(option, dest=f"set_{name}", choices=kind)
        elif name == "cache_mb":
            settings.add_argument(option, dest=f"set_{name}", type=int, metavar=kind)
        else:
            settings.add_argument(option, dest=f"set_{name}", metavar=kind)
    settings.add_argument("--json", action="store_true", help=translate("Settings command", "print them as JSON"))


def settings_command(args: argparse.Namespace) -> int:
    from app.preferences import load_preferences, save_preferences, settings_path

    kept = load_preferences()
    changes = {
        name: getattr(args, f"set_{name}") for _, name, _ in _OPTIONS if getattr(args, f"set_{name}") is not None
    }
    if changes.get("language") == "system":
        changes["language"] = ""
    for folder in ("data_folder", "trust_list"):  # as typed, relative to where the command runs
        if changes.get(folder):
            changes[folder] = str(Path(changes[folder]).expanduser().absolute())
    chosen = replace(kept, **changes)
    if changes:
        try:
            save_preferences(chosen)
        except ValueError as refused:
            return fail(str(refused))
        except OSError as error:
            return fail(
                translate("Settings command", "Could not write {path}: {reason}.").format(
                    path=settings_path(), reason=error.strerror or error
                )
            )
    if args.json:
        print(json_text(asdict(chosen)))
    else:
        say(*(f"{name}: {_shown(value)}" for name, value in asdict(chosen).items()))
    return 0


def _shown(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(value) if value else translate("Settings command", "(the default)")
    return str(value) if value != "" else translate("Settings command", "(not set)")
