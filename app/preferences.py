"""The reviewer's settings that the window and the command line share: who signs, for which organisation, in which
language, where detectors run. One JSON file in the user's config folder, beside the trusted signers and the
calibration in use; the window's own layout stays in Qt's settings.

A damaged or hostile settings file never stops ReelCheck: each value that cannot be used falls back to its
default, and the file is kept aside (`settings.json.damaged`) until the reviewer saves new settings.
"""

from __future__ import annotations

import errno
import json
import logging
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

from app.files.atomic import write_text_atomically
from app.files.regular import read_regular
from app.i18n import LANGUAGES, translate
from app.text.shown import one_line

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 256 << 10
MAX_NAME = 120
THEMES = ("system", "dark", "light")
PROVIDERS = ("auto", "cuda", "cpu")
CACHE_MB = (64, 65536)  # the frame cache's bounds, in MiB


@dataclass(frozen=True)
class Preferences:
    language: str = ""  # a key of app.i18n.LANGUAGES; "" follows the system's locale
    reviewer: str = ""  # "" until the reviewer has given their name: nothing is signed before
    organisation: str = ""
    organisation_url: str = ""
    theme: str = "system"
    provider: str = "auto"
    cache_mb: int = 512
    data_folder: str = ""  # where the case database lives; "" is the platform's user data folder
    trust_list: str = ""  # a PEM file of Content Credentials CA certificates; "" trusts none
    rating_scale: tuple[str, ...] = field(default=())  # () is the default scale
    cluster: str = ""  # the Ray cluster the queue is analysed on (auto, ray://HOST:PORT, HOST:PORT); "" is here
    team_case: str = ""  # the team's shared case, a postgresql:// address; "" is the local case
    shared_folder: str = ""  # the team's folder for evidence files and dossiers

    def problems(self) -> dict[str, str]:
        """{field: what is wrong with it, in the reviewer's words} for each value that cannot be kept."""
        found = {}
        if self.reviewer != one_line(self.reviewer) or len(self.reviewer) > MAX_NAME:
            found["reviewer"] = translate(
                "Settings", "A name is one line of at most {most} characters, without control characters."
            ).format(most=MAX_NAME)
        if self.organisation != one_line(self.organisation) or len(self.organisation) > MAX_NAME:
            found["organisation"] = translate(
                "Settings", "An organisation's name is one line of at most {most} characters."
            ).format(most=MAX_NAME)
        if self.organisation_url and not _web_address(self.organisation_url):
            found["organisation_url"] = translate(
                "Settings", "The organisation's address must start with https:// or http:// and name a site."
            )
        if not CACHE_MB[0] <= self.cache_mb <= CACHE_MB[1]:
            found["cache_mb"] = translate("Settings", "The frame cache takes {least} to {most} MiB.").format(
                least=CACHE_MB[0], most=CACHE_MB[1]
            )
        if self.data_folder and not Path(self.data_folder).is_absolute():
            found["data_folder"] = translate("Settings", "The data folder must be a full path.")
        if any(name != one_line(name) or not name.strip() for name in self.rating_scale):
            found["rating_scale"] = translate("Settings", "Each rating is one line of text.")
        found |= self._team_problems()
        return found

    def _team_problems(self) -> dict[str, str]:
        from app.queue.cluster import address_problem
        from app.store.location import shown_case

        found = {}
        if self.team_case and (
            not self.team_case.startswith(("postgresql://", "postgres://"))
            or self.team_case != one_line(self.team_case)
        ):
            found["team_case"] = translate(
                "Settings", "A team case is a PostgreSQL address: it starts with postgresql:// or postgres://."
            )
        elif self.team_case and shown_case(self.team_case) != self.team_case:
            found["team_case"] = translate(
                "Settings",
                "Leave the password out of the team case's address (the settings file is not the place for it): "
                "keep it in ~/.pgpass.",
            )
        if self.cluster and (problem := address_problem(self.cluster)):
            found["cluster"] = problem
        if self.shared_folder and not Path(self.shared_folder).is_absolute():
            found["shared_folder"] = translate("Settings", "The shared folder must be a full path.")
        return found


def _web_address(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and text == one_line(text)


def audit_name() -> str:
    """The name a change to a case is recorded under: the reviewer's own, the login name until they give it (a
    dossier is never signed with the login name: see `signer_name`)."""
    from app.login import login_name

    return load_preferences().reviewer or login_name()


def signer_name() -> str:
    """The reviewer's own name, "" until they give it: nothing is signed before."""
    return load_preferences().reviewer


def nameless_signing() -> str:
    """Why nothing was signed, and how to give a name."""
    return translate(
        "Settings",
        'Nothing is signed without your name. Give it once with: reelcheck settings --reviewer "Your Name" '
        "(in the window: Edit > Settings).",
    )


def settings_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path("reelcheck", appauthor=False) / "settings.json"


def load_preferences(path: Path | None = None) -> Preferences:
    path = path or settings_path()
    try:
        stored = json.loads(read_regular(path, MAX_FILE_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        if getattr(error, "errno", None) == errno.ENOENT:  # not saved yet: the first run
            return Preferences()
        log.warning("the settings file %s cannot be read (%s); using the defaults", path, error)
        _keep_aside(path)
        return Preferences()
    preferences, refused = _from_stored(stored if isinstance(stored, dict) else {})
    if refused:
        log.warning("settings %s in %s could not be used; their defaults apply", sorted(refused), path)
        _keep_aside(path)
    return preferences


def _from_stored(stored: dict) -> tuple[Preferences, set[str]]:
    defaults, values, refused = Preferences(), {}, set()
    for each in fields(Preferences):
        if each.name not in stored:
            continue
        value, default = stored[each.name], getattr(defaults, each.name)
        if isinstance(default, tuple) and isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = tuple(value)
        if type(value) is not type(default):
            refused.add(each.name)
            continue
        values[each.name] = value
    preferences = replace(defaults, **values)
    for name in preferences.problems():
        preferences = replace(preferences, **{name: getattr(defaults, name)})
        refused.add(name)
    if preferences.language not in ("", *LANGUAGES):
        preferences, refused = replace(preferences, language=""), refused | {"language"}
    for name, allowed in (("theme", THEMES), ("provider", PROVIDERS)):
        if getattr(preferences, name) not in allowed:
            preferences, refused = replace(preferences, **{name: getattr(defaults, name)}), refused | {name}
    return preferences, refused


def _keep_aside(path: Path) -> None:
    """The unusable file, kept for the reviewer to look at: it is replaced only when they save settings."""
    aside = path.with_name(path.name + ".damaged")
    try:
        if path.is_file() and not aside.exists():
            aside.write_bytes(read_regular(path, MAX_FILE_BYTES))
    except OSError:
        log.info("the damaged settings file could not be copied aside", exc_info=True)


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Writes them whole (never half a file); ValueError names the first problem when one value cannot be kept."""
    if problems := preferences.problems():
        raise ValueError(next(iter(problems.values())))
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(path, json.dumps(asdict(preferences), ensure_ascii=False, indent=2) + "\n")
