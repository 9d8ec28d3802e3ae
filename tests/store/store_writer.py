"""Edits a case database in a loop, for the store's crash and two-writer tests.

    python tests/store/store_writer.py DB TAG [SECONDS]

Opens the Store at DB as reviewer TAG, prints "ready", then until SECONDS have passed (and at least three
rounds, or forever, until killed) makes edits, printing one line per edit only after the store call that
committed it has returned:

    create <table> <row id>
    edit <table> <row id> <new text>
    delete <table> <row id>
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.store.store import Store  # noqa: E402

CLIP_SHA256 = "c1" * 32


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    database, tag = Path(sys.argv[1]), sys.argv[2]
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else None
    store = Store.open(database, reviewer=tag)
    clip_id = store.add_clip(Path(f"/clips/{tag}.mp4"), CLIP_SHA256, 1234, {"fps": 25})["id"]
    say("ready")
    end = None if seconds is None else time.monotonic() + seconds
    n = 0
    while end is None or time.monotonic() < end or n < 3:  # a few rounds even on a slow, busy machine
        n += 1
        claim = store.create("claims", clip_id, {"text": f"{tag} claim {n}", "frame_in": n, "frame_out": n + 5})
        say(f"create claims {claim.row_id}")
        text = f"{tag} edited {n} مرحبا 你好"
        store.edit("claims", claim.row_id, {"text": text})
        say(f"edit claims {claim.row_id} {text}")
        source = store.create("sources", clip_id, {"url": f"https://example.org/{tag}/{n}", "title": f"{tag} {n}"})
        say(f"create sources {source.row_id}")
        if n % 3 == 0:
            store.delete("sources", source.row_id)
            say(f"delete sources {source.row_id}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
