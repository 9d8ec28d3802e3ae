"""`reelcheck verify` names whose key signed a dossier: a trusted signer (0), a key you do not trust (3), a revoked
key (4), an older key dated after it was replaced (5); the trusted keys come from --trusted-keys, the setting, and
this machine's own keys. `reelcheck key show` and `key export` hand the public key to a colleague."""

from __future__ import annotations

from hashlib import sha256

import pytest

from app.dossier.reviewer_keys import reviewer_key
from tests.dossier.signed import REVIEWER, forge, reelcheck, signed_dossier

REVIEWER_FILE_NAME = "Ana Ruiz, Example Fact Check"


@pytest.fixture
def ana(tmp_path, monkeypatch):
    """Ana signs a dossier on her machine and exports her public key; the reader is a colleague on another
    machine, with no keys of their own. Returns (dossier, clip, Ana's exported key file, her fingerprint, the
    reader's config folder)."""
    ana_config = tmp_path / "ana"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(ana_config))
    path, clip = signed_dossier(tmp_path)
    exported = tmp_path / "ana.pem"
    result = reelcheck(ana_config, "key", "export", "--reviewer", REVIEWER, "--out", str(exported))
    assert result.returncode == 0 and result.stdout.strip() == str(exported), result.stderr
    fingerprint = sha256(reviewer_key(REVIEWER).public_key().public_bytes_raw()).hexdigest()
    return path, clip, exported, fingerprint, tmp_path / "reader"


def _verify(config, path, *options):
    """The exit code, the line printed (without the dossier's path before a "not verified") and the errors."""
    result = reelcheck(config, "verify", str(path), *options)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout.strip().removeprefix(f"{path}: "), result.stderr.strip()


def test_key_export_is_pem_with_its_fingerprint_and_key_show_prints_the_fingerprint(ana):
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    _path, _clip, exported, fingerprint, _reader = ana
    text = exported.read_text("utf-8")
    assert f"# fingerprint {fingerprint}" in text and f"name: {REVIEWER}" in text
    public = reviewer_key(REVIEWER).public_key().public_bytes_raw()
    assert load_pem_public_key(text.encode()).public_bytes_raw() == public  # as OpenSSL and others read it
    shown = reelcheck(exported.parent / "ana", "key", "show", "--reviewer", REVIEWER)
    assert shown.returncode == 0 and shown.stdout.strip() == f"{fingerprint}  {REVIEWER}"


def test_a_colleague_without_ana_s_key_is_told_it_is_not_one_they_trust(ana):
    path, _clip, _exported, fingerprint, reader = ana
    code, out, _ = _verify(reader, path)
    assert code == 3
    assert out.startswith(f"not verified: the signature is valid, but key {fingerprint} is not one you trust")


def test_with_ana_s_exported_key_trusted_it_verifies_naming_her(ana):
    path, clip, exported, fingerprint, reader = ana
    code, out, _ = _verify(reader, path, "--clip", str(clip), "--trusted-keys", str(exported))
    assert code == 0, out
    assert out.startswith(f"verified: signed by {REVIEWER} (key {fingerprint}); 2 evidence files, clip hash matches")


def test_the_keys_file_chosen_in_the_settings_is_used(ana, monkeypatch):
    from app.dossier.trusted_keys import choose_keys_file, settings_path

    path, _clip, exported, fingerprint, reader = ana
    listing = reader.parent / "newsroom.keys"
    listing.write_text(f"# the newsroom's signers\n{fingerprint}\nname: {REVIEWER_FILE_NAME}\n", "utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(reader))
    choose_keys_file(listing)
    assert settings_path().is_relative_to(reader)
    code, out, _ = _verify(reader, path)
    assert code == 0 and out.startswith(f"verified: signed by {REVIEWER_FILE_NAME} (key {fingerprint})"), out


def test_a_forged_dossier_stays_untrusted_though_the_real_key_is_trusted(ana):
    path, _clip, exported, fingerprint, reader = ana
    forge(path, reader.parent / "forger", content_rating="True")
    code, out, _ = _verify(reader, path, "--trusted-keys", str(exported))
    assert code == 3 and fingerprint not in out and "is not one you trust" in out


def test_a_revoked_key_is_named_with_its_date(ana):
    path, _clip, exported, fingerprint, reader = ana
    listing = reader.parent / "revoked.keys"
    listing.write_text(exported.read_text("utf-8") + "revoked: 2026-05-02\n", "utf-8")
    code, out, _ = _verify(reader, path, "--trusted-keys", str(listing))
    assert code == 4
    revoked = "not verified: signed by a revoked key (revoked on 2026-05-02)"
    assert out.startswith(f"{revoked}: {REVIEWER}, key {fingerprint}")


def test_a_revoked_own_key_is_not_trusted_on_its_own_machine(ana):
    path, _clip, exported, _fingerprint, _reader = ana
    listing = exported.parent / "revoked.keys"
    listing.write_text(exported.read_text("utf-8") + "revoked: 2026-05-02\n", "utf-8")
    assert _verify(exported.parent / "ana", path)[0] == 0  # her own key, on her machine
    assert _verify(exported.parent / "ana", path, "--trusted-keys", str(listing))[0] == 4


@pytest.mark.parametrize(
    ("replaced", "code", "words"),
    [
        ("2026-03-01", 0, f"verified: signed by an older key of {REVIEWER}, replaced on 2026-03-01 (the dossier is "),
        ("2025-12-01", 5, f"not verified: signed by an older key of {REVIEWER}, replaced on 2025-12-01, but the "),
    ],
    ids=["dated_before", "dated_after"],
)
def test_an_older_key_is_named_with_the_day_it_was_replaced(ana, replaced, code, words):
    path, _clip, exported, _fingerprint, reader = ana
    newer = "ab" * 32
    listing = reader.parent / "rotated.keys"
    listing.write_text(f"{exported.read_text('utf-8')}replaced: {replaced} by {newer}\n{newer}\nname: {REVIEWER}\n")
    got, out, _ = _verify(reader, path, "--trusted-keys", str(listing))
    assert got == code and out.startswith(words), out
    if code:
        assert "dated 2026-01-15, after that" in out and newer in out


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("0123456789abcdef\n", "line 1: 0123456789abcdef is too short for a fingerprint"),
        ("name: x\n", "line 1: a line about a key comes before any key"),
        ("ab" * 32 + "\nrevoked: soon\n", "line 2: 'soon' is not a date written YYYY-MM-DD"),
        ("ab" * 32 + "\n" + "AB" * 32 + "\n", "line 2: the key abab"),
        ("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "line 1: the PEM block is not a public key"),
    ],
    ids=["short_id", "field_first", "bad_date", "twice", "bad_pem"],
)
def test_a_broken_trusted_keys_file_is_named_by_line_and_nothing_is_verified(ana, content, words):
    path, _clip, _exported, _fingerprint, reader = ana
    listing = reader.parent / "broken.keys"
    listing.write_text(content, "utf-8")
    code, out, err = _verify(reader, path, "--trusted-keys", str(listing))
    assert code == 2 and out == ""
    assert err.startswith(f"broken.keys, {words}") and "(the format: reelcheck verify --help)" in err


def test_the_help_names_the_exit_codes_and_the_file_format(tmp_path):
    result = reelcheck(tmp_path, "verify", "--help")
    assert "exit codes:" in result.stdout and "3  intact, but signed by a key you do not trust" in result.stdout
    assert "revoked: 2026-05-02" in result.stdout and "replaced: 2026-03-01 by FINGERPRINT" in result.stdout
