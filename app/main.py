"""The `reelcheck` command: GUI commands start the window, the others run headless (see app.cli)."""

from __future__ import annotations

import logging
import sys
import time


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    from app.diagnostics import start_logging
    from app.i18n import system_language, use_language
    from app.preferences import load_preferences

    start_logging()
    preferences = load_preferences()
    use_language(preferences.language or system_language())  # before the parser: its help is translated too
    from app.cli.parser import build_parser, headless_command

    args = build_parser().parse_args(argv)
    if args.cache_mb is None:
        args.cache_mb = preferences.cache_mb
    command = headless_command(args)
    if command is not None:
        try:
            return command(args)
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:  # `reelcheck queue | head`: the reader has all it wanted
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
            return 0
        except Exception as error:  # a bug: one line for the user, the traceback for the log
            logging.getLogger("reelcheck").exception("command failed")
            from app.cli.output import say
            from app.diagnostics import log_path
            from app.i18n import translate

            words = translate("Command line", "reelcheck {command} failed unexpectedly ({error}); see {log}")
            say(words.format(command=args.command, error=type(error).__name__, log=log_path()), error=True)
            return 1
    from app.store.location import default_database
    from app.ui.start import run_gui

    files = [str(args.file)] if args.command == "open" else []
    return run_gui(
        files,
        demo=args.command == "demo",
        cache_mb=args.cache_mb,
        provider=args.engine_provider,
        database=args.db or default_database(),
        started=started,
    )


if __name__ == "__main__":
    sys.exit(main())
