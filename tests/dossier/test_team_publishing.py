"""Publishing from a team case: a reviewer's export is refused before anything is written (and the server would refuse
the record anyway), an editor's is recorded in the case with its hashes and kept in the team's shared folder by
SHA-256; a shared folder that cannot take it leaves no dossier behind."""

from __future__ import annotations

from pathlib import Path

from app.dossier.selection import export_selection
from app.media.clip import open_clip
from app.media.hashing import sha256_file
from app.media.synth import ClipRecipe, write_clip
from app.store import team_case
from app.store.store import Store

ORGANISATION = {"name": "Desk", "url": "https://desk.example/"}


def team_with_a_decided_clip(tmp_path: Path, postgres_server, postgres_url) -> tuple[int, dict[str, str]]:
    admin = Store.open(postgres_url, "admin")
    path = write_clip(tmp_path / "长城 clip.mp4", ClipRecipe(frames=12, size=(96, 64)))
    clip = open_clip(Path(path))
    facts = clip.facts.as_dict()
    clip.close()
    row = admin.add_clip(Path(path), sha256_file(Path(path)), Path(path).stat().st_size, facts)
    admin.create("verdicts", row["id"], {"authenticity": "Likely AI-generated", "summary": "画面是生成的"})
    database = postgres_url.split("@/")[1].split("?")[0]
    logins = {}
    for role in ("reviewer", "editor"):
        team_case.add_member(admin._db, f"pub_{role}", role)
        logins[role] = postgres_server.url(database, user=f"pub_{role}")
    admin.close()
    return row["id"], logins


def test_a_reviewer_may_not_publish_and_an_editors_dossier_is_recorded_and_kept_by_hash(
    tmp_path, postgres_server, postgres_url
):
    clip_id, logins = team_with_a_decided_clip(tmp_path, postgres_server, postgres_url)
    reviewer = Store.open(logins["reviewer"], "Ann")
    summary = export_selection(reviewer, [clip_id], tmp_path / "ann", ORGANISATION, False, pdf=True)
    assert summary.written == [] and "Only the team case's editors may publish" in summary.refused[0][1]
    assert not any((tmp_path / "ann").glob("*dossier*"))
    editor = Store.open(logins["editor"], "Bo")
    shared = tmp_path / "shared"
    summary = export_selection(editor, [clip_id], tmp_path / "bo", ORGANISATION, False, pdf=True, shared_folder=shared)
    [(_, exported)] = summary.written
    [published] = editor.publications(clip_id)
    assert published["dossier_sha256"] == sha256_file(exported.json) and published["account"] == "pub_editor"
    assert published["pdf_sha256"] == sha256_file(exported.pdf) and published["reviewer"] == "Bo"
    kept = {path.name for path in shared.iterdir()}
    assert {f"{published['dossier_sha256']}.json", f"{published['pdf_sha256']}.pdf"} <= kept


def test_a_shared_folder_that_cannot_take_the_dossier_leaves_none_behind(tmp_path, postgres_server, postgres_url):
    clip_id, logins = team_with_a_decided_clip(tmp_path, postgres_server, postgres_url)
    editor = Store.open(logins["editor"], "Bo")
    (tmp_path / "shared").write_text("a file where the folder should be")
    summary = export_selection(
        editor, [clip_id], tmp_path / "bo", ORGANISATION, False, pdf=False, shared_folder=tmp_path / "shared"
    )
    assert summary.written == [] and "The team's shared folder" in summary.refused[0][1]
    assert not any((tmp_path / "bo").glob("*dossier*")) and editor.publications(clip_id) == []
