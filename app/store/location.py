"""Where the case database lives unless --db says otherwise, and where scores go when it cannot take them."""

from __future__ import annotations

from pathlib import Path

SCHEMES = ("postgresql://", "postgres://")  # a team's case on a PostgreSQL server


def is_team_case(address: object) -> bool:
    """Whether a case address (--db, the settings) names a PostgreSQL database rather than a file."""
    return isinstance(address, str) and address.startswith(SCHEMES)


def shown_case(address: Path | str) -> str:
    """The case as messages show it: the file's path, or the team database's address without its password."""
    if not is_team_case(address):
        return str(address)
    scheme, rest = address.split("://", 1)
    where, _, options = rest.partition("?")
    if "@" in where:  # the last @ ends the login and password, whatever characters the password holds
        login, host = where.rsplit("@", 1)
        where = f"{login.split(':', 1)[0]}@{host}"
    kept = [option for option in options.split("&") if option and not option.lower().startswith("password=")]
    return f"{scheme}://{where}" + (f"?{'&'.join(kept)}" if kept else "")


def case_name(address: Path | str) -> str:
    """The case as a short message names it: the file's name, or the team database's address."""
    return shown_case(address) if is_team_case(address) else Path(address).name


def case_exists(address: Path | str) -> bool:
    """Whether there is a case there to read: a file that exists (a look must not make one); a team case is the
    server's to say, when it is opened."""
    return is_team_case(address) or Path(address).exists()


def case_address(given: str) -> Path | str:
    """A case as --db names it: a team's postgresql:// URL as it is, anything else a file's path."""
    return given if given.startswith(SCHEMES) else Path(given)


def default_database() -> Path | str:
    """The team case the settings name, else reelcheck.db in the data folder they name, else in the platform's user
    data folder."""
    from platformdirs import user_data_path

    from app.preferences import load_preferences

    chosen = load_preferences()
    if chosen.team_case:
        return chosen.team_case
    return (
        Path(chosen.data_folder) if chosen.data_folder else user_data_path("reelcheck", appauthor=False)
    ) / "reelcheck.db"


def unrecorded_scores_folder() -> Path:
    """Whole-clip scores that `analyze --record` computed but could not write into the case."""
    from platformdirs import user_data_path

    return user_data_path("reelcheck", appauthor=False) / "unrecorded scores"
