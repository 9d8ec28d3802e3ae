"""A dossier published from a team case: recorded in the case (which only its editors may write, the server says
so), and its files kept in the team's shared folder by their SHA-256, so that what was published can always be found
again, byte for byte, whoever exported it and wherever they put their own copy."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from app.i18n import translate
from app.media.hashing import sha256_file
from app.store.rules import Refused


def publish(store, clip_id: int, document: dict, staged: list[tuple[Path, Path]], shared_folder: Path | None) -> None:
    """Record the dossier whose files were just placed (`staged`: staging file, final file); raises ExportError in
    words when the case refuses it (a reviewer who is not an editor) or the shared folder cannot take a file."""
    written = {final.suffix: final for _, final in staged if final.suffix in (".json", ".pdf")}
    hashes = {suffix: sha256_file(path) for suffix, path in written.items()}
    if shared_folder is not None:
        for _, final in staged:
            keep_by_hash(final, Path(shared_folder))
    from app.dossier.export import ExportError

    signer = (document.get("signature") or {}).get("key_id", "")
    try:
        store.record_publication(clip_id, hashes.get(".json", ""), hashes.get(".pdf", ""), signer)
    except Refused as refused:
        raise ExportError(str(refused)) from refused


def keep_by_hash(path: Path, folder: Path) -> Path:
    """`path`'s content in `folder` as <sha256><suffix> (already there: nothing is written again), written whole or
    not at all."""
    from app.dossier.export import ExportError

    digest = sha256_file(path)
    target = folder / f"{digest}{path.suffix}"
    if target.is_file() and sha256_file(target) == digest:  # kept already (a file of another content is replaced)
        return target
    partial = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".partial-", dir=folder)
        os.close(handle)
        partial = Path(name)
        shutil.copyfile(path, partial)
        os.chmod(partial, 0o644)  # mkstemp makes it the publisher's alone: the team reads what is published
        os.replace(partial, target)
    except OSError as error:
        if partial is not None:
            partial.unlink(missing_ok=True)
        words = translate("Dossier export", "The team's shared folder {folder} cannot take {file}: {why}.")
        raise ExportError(words.format(folder=folder, file=path.name, why=error.strerror or error)) from error
    return target
