"""The dossier's signature: a private key per reviewer, and `verify` naming exactly which part was changed."""

from __future__ import annotations

import base64
import json
from hashlib import sha256
from pathlib import Path

import pytest

from app.dossier.reviewer_keys import SigningError, key_path, reviewer_key
from app.dossier.signing import CONTENT_ONLY_FORM, canonical_bytes, sign, verify
from tests.dossier.signed import CLAIM, REVIEWER, forge, png, read, reelcheck, signed_dossier, write


@pytest.fixture
def dossier(tmp_path) -> tuple[Path, Path]:
    """A signed dossier with two evidence PNGs beside it, and the clip it is about."""
    return signed_dossier(tmp_path)


def _change_one_byte(path: Path, needle: str | None = None, offset: int = 0) -> None:
    """Change one (ASCII) byte of the file: at `offset`, counted from where `needle` starts if given."""
    data = bytearray(path.read_bytes())
    at = (data.index(needle.encode("utf-8")) if needle else 0) + offset
    data[at] = ord("1") if data[at] == ord("0") else ord("0")
    path.write_bytes(bytes(data))


def _signature(path: Path) -> dict:
    return read(path)["signature"]


def test_key_is_made_once_private_and_reused(tmp_path):
    key = reviewer_key(REVIEWER)
    path = key_path(REVIEWER)
    assert path.is_relative_to(tmp_path / "config" / "reelcheck" / "keys")
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    made = path.read_bytes()
    again = reviewer_key(REVIEWER)
    assert path.read_bytes() == made
    assert again.public_key().public_bytes_raw() == key.public_key().public_bytes_raw()
    other = reviewer_key("Ana_Ruiz")  # a name that looks the same once made file-safe still has its own key
    assert other.public_key().public_bytes_raw() != key.public_key().public_bytes_raw()
    assert sorted(p.name for p in path.parent.iterdir()) == sorted({path.name, key_path("Ana_Ruiz").name})


def test_key_readable_by_others_is_refused_with_a_sentence():
    reviewer_key(REVIEWER)
    key_path(REVIEWER).chmod(0o644)
    with pytest.raises(SigningError, match="chmod 600"):
        reviewer_key(REVIEWER)


def test_signed_dossier_verifies_with_its_clip(dossier):
    path, clip = dossier
    signature = _signature(path)
    assert signature["algorithm"] == "Ed25519"
    assert signature["key_id"] == sha256(reviewer_key(REVIEWER).public_key().public_bytes_raw()).hexdigest()[:16]
    assert CLAIM not in json.dumps(signature, ensure_ascii=False)  # what was signed is described, not copied
    assert set(signature["signed"]) == {"form", "sha256", "parts"}
    assert verify(path) == []
    assert verify(path, clip) == []


@pytest.mark.parametrize(
    ("part", "named"),
    [
        ("claim text", "the signature does not match the dossier's content (changed since signing: claims.1)"),
        ("verdict", "the dossier's content (changed since signing: verdict.content_rating)"),
        ("clip hash", "the signature does not match the dossier's content (changed since signing: clip.sha256)"),
        ("public key", "public key does not match its key id"),
        ("signature value", "the signature value does not match what it says was signed"),
        ("evidence png", "evidence file evidence/frame_0040.png: its SHA-256 does not match"),
        ("clip file", "clip clip.mp4: its SHA-256 does not match the dossier's clip hash"),
    ],
)
def test_one_changed_byte_names_exactly_that_part(dossier, part, named):
    path, clip = dossier
    signature = _signature(path)
    if part == "claim text":
        _change_one_byte(path, "the bridge", offset=1)
    elif part == "verdict":
        _change_one_byte(path, '"content_rating": "False"', offset=20)
    elif part == "clip hash":
        _change_one_byte(path, json.loads(path.read_text(encoding="utf-8"))["clip"]["sha256"], offset=10)
    elif part == "public key":
        _change_one_byte(path, signature["public_key"], offset=10)
    elif part == "signature value":
        _change_one_byte(path, signature["value"], offset=20)
    elif part == "evidence png":
        _change_one_byte(path.parent / "evidence" / "frame_0040.png", offset=60)
    else:
        _change_one_byte(clip, offset=100)
    problems = verify(path, clip if part == "clip file" else None)
    assert len(problems) == 1, problems
    assert named in problems[0]


def test_missing_evidence_file_is_named(dossier):
    path, clip = dossier
    (path.parent / "evidence" / "frame_0012.png").unlink()
    assert verify(path, clip) == ["evidence file evidence/frame_0012.png: is missing."]


def test_unreadable_dossier_is_named_not_a_traceback(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"clip": ', encoding="utf-8")
    assert verify(broken)[0].startswith("it is not valid JSON")
    assert verify(tmp_path / "absent.json") == ["there is no such file."]


def test_signing_refuses_a_missing_or_changed_evidence_file(tmp_path):
    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "a.png").write_bytes(png(4, 4, 1))
    document = {"reviewer": REVIEWER, "clip": {"sha256": "0" * 64, "file_name": "c.mp4"}, "signature": None}
    document["evidence"] = [{"file": "evidence/a.png", "sha256": "0" * 64}]
    with pytest.raises(SigningError, match="evidence/a.png is not the one the dossier lists"):
        sign(document, tmp_path)
    document["evidence"] = [{"file": "evidence/b.png", "sha256": "0" * 64}]
    with pytest.raises(SigningError, match="evidence/b.png is missing"):
        sign(document, tmp_path)
    assert document["signature"] is None


def test_verify_command_end_to_end(dossier, tmp_path):
    path, clip = dossier
    config = tmp_path / "config"  # holds the key that signed it: the reviewer's own machine
    fingerprint = sha256(reviewer_key(REVIEWER).public_key().public_bytes_raw()).hexdigest()
    result = reelcheck(config, "verify", str(path), "--clip", str(clip))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == (
        f"verified: signed by your own key on this machine (key {fingerprint}); 2 evidence files, clip hash matches; "
        f"the dossier names its reviewer {REVIEWER!r}"
    )
    _change_one_byte(path.parent / "evidence" / "frame_0012.png", offset=50)
    _change_one_byte(clip, offset=7)
    result = reelcheck(config, "verify", str(path), "--clip", str(clip))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2, result.stdout + result.stderr
    assert "evidence/frame_0012.png" in lines[0] and "clip.mp4" in lines[1]
    assert "Traceback" not in result.stderr


def test_a_forged_dossier_re_signed_under_the_same_name_is_not_verified(dossier, tmp_path):
    """The attack: change the verdict, sign again with a freshly made key under the same reviewer name. The
    signature is valid, but the key is nobody the reader trusts."""
    path, clip = dossier
    forger_keys = tmp_path / "forger"
    forge(path, forger_keys, content_rating="True")
    forged = sha256(reviewer_key(REVIEWER, forger_keys).public_key().public_bytes_raw()).hexdigest()
    assert read(path)["reviewer"] == REVIEWER and verify(path, clip) == []  # intact as its (new) signer left it

    result = reelcheck(tmp_path / "config", "verify", str(path), "--clip", str(clip))
    assert result.returncode == 3, result.stdout + result.stderr
    assert not result.stdout.startswith("verified")
    [line] = result.stdout.strip().splitlines()
    assert line.startswith(f"{path}: not verified: the signature is valid, but key {forged} is not one you trust")
    assert "check this fingerprint with the signer" in line and repr(REVIEWER) in line


def test_a_tampered_digest_list_cannot_move_the_blame(dossier):
    """Changing the verdict and then the signed digests, so that they name the claims instead, is found as a
    change to the signature, not blamed on the claims."""
    path, _clip = dossier
    document = read(path)
    document["verdict"]["content_rating"] = "True"
    parts = document["signature"]["signed"]["parts"]

    def digest(value: object) -> str:
        return sha256(json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()).hexdigest()

    for name in parts:
        if name.startswith("verdict"):
            field = name.partition(".")[2]
            parts[name] = digest(document["verdict"][field] if field else document["verdict"])[: len(parts[name])]
        if name.startswith("claims"):
            parts[name] = "0" * len(parts[name])
    write(path, document)
    [problem] = verify(path)
    assert "claims" not in problem and "verdict" not in problem
    assert problem.startswith("the signature value does not match what it says was signed")


def test_an_older_dossier_whose_digests_were_not_signed_still_verifies_but_names_no_part(tmp_path):
    """Dossiers signed before the part digests were signed (the signature over the content alone) are read."""
    path, _clip = signed_dossier(tmp_path)
    document = read(path)
    key = reviewer_key(REVIEWER)
    content = canonical_bytes(document)
    document["signature"]["signed"] = {"form": CONTENT_ONLY_FORM, "sha256": sha256(content).hexdigest(), "parts": {}}
    document["signature"]["value"] = base64.b64encode(key.sign(content)).decode("ascii")
    write(path, document)
    assert verify(path) == []
    result = reelcheck(tmp_path / "config", "verify", str(path))
    assert result.returncode == 0 and result.stdout.startswith("verified: signed by your own key"), result.stdout
    _change_one_byte(path, "the bridge", offset=1)
    [problem] = verify(path)
    assert "which part changed cannot be told" in problem


def test_a_signature_of_an_unknown_kind_is_refused_in_words(dossier):
    path, _clip = dossier
    document = read(path)
    document["signature"]["signed"]["form"] = "something newer"
    write(path, document)
    assert verify(path) == ["the signature is of a kind this version of ReelCheck cannot check (a newer one may)."]


def test_a_key_added_twice_is_named_not_verified(dossier):
    path, _clip = dossier
    text = path.read_text("utf-8")
    # a second "reviewer" slipped in front: Python would read the signed one, other readers this one
    path.write_text(text.replace("{", '{"reviewer": "Someone Else", ', 1), "utf-8")
    problems = verify(path)
    assert problems == ["it holds the key 'reviewer' twice, so readers disagree on what it says."]


@pytest.mark.parametrize(
    "content",
    [
        '{"a": ' + "[" * 100000 + "]" * 100000 + "}",
        '{"a": ' + "1" * 5000 + "}",
        '{"evidence": [{"file": "x\\u0000y"}]}',
    ],
    ids=["deep", "long_number", "nul_in_a_name"],
)
def test_hostile_dossiers_are_named_not_a_traceback(tmp_path, content):
    path = tmp_path / "hostile.json"
    path.write_text(content, "utf-8")
    problems = verify(path)
    assert problems and all(isinstance(p, str) for p in problems)
