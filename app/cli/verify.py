"""`reelcheck verify DOSSIER.json [--clip FILE] [--trusted-keys FILE]`: is this the signed dossier, with its
evidence files and clip, and is its signer one you trust?"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.output import say
from app.text.shown import one_line

VERIFIED = 0  # intact, signed by a trusted key (or an older one of theirs, dated before it was replaced)
CHANGED = 1  # changed, damaged, unsigned or not a dossier
CANNOT_CHECK = 2  # the command could not run: its options, or the trusted keys file
UNKNOWN_KEY = 3  # intact, but signed by a key you do not trust
REVOKED_KEY = 4  # intact, but signed by a revoked key
RETIRED_KEY = 5  # intact, but signed by an older key and dated after it was replaced

EXIT_CODES = f"""exit codes:
  {VERIFIED}  verified: intact and signed by a key you trust (yours on this machine, or one in the trusted keys)
  {CHANGED}  not verified: something changed since signing (named), or it is unsigned or not a dossier
  {CANNOT_CHECK}  the check could not run (the options, or a trusted keys file that cannot be read)
  {UNKNOWN_KEY}  intact, but signed by a key you do not trust: check its fingerprint with the signer
  {REVOKED_KEY}  intact, but signed by a revoked key
  {RETIRED_KEY}  intact, but signed by an older key of a signer and dated after it was replaced

the trusted keys: --trusted-keys FILE, else the file chosen in the player (Edit > Trusted signers), and always this
machine's own signing keys. A trusted keys file lists keys one after another, each a fingerprint (64 hex digits, as
`reelcheck key show` prints it) or a PEM public key block (as `reelcheck key export` writes it; such exports can
simply be joined), followed by lines about that key:
  name: Ana Ruiz, Example Fact Check         how verify names the signer
  revoked: 2026-05-02                        never trusted again (a lost or stolen key)
  replaced: 2026-03-01 by FINGERPRINT        an older key, trusted for dossiers dated before that day
Lines starting with # are comments."""


def add_parsers(commands: argparse._SubParsersAction) -> None:
    verify = commands.add_parser(
        "verify",
        help="check a JSON dossier's signature and signer, its evidence files, its PDF and (with --clip) the clip",
        description="Check that a JSON dossier is as it was signed (its content, evidence files, PDF and, with "
        "--clip, the clip) and that the key that signed it is one you trust.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument("dossier", type=Path, metavar="DOSSIER.json")
    verify.add_argument("--clip", type=Path, metavar="FILE", help="the clip file, checked against the dossier's hash")
    verify.add_argument(
        "--trusted-keys",
        type=Path,
        metavar="FILE",
        help="the signers you trust: fingerprints and/or PEM public keys (the format is below); "
        "instead of the file chosen in the player",
    )


def verify_dossier(args: argparse.Namespace) -> int:
    from app.dossier.signing import check
    from app.dossier.trusted_keys import Outcome, TrustedKeysError, judge, trusted_signers

    try:
        signers = trusted_signers(args.trusted_keys)
    except TrustedKeysError as error:
        say(str(error), error=True)
        return CANNOT_CHECK
    result = check(args.dossier, args.clip)
    if result.problems:
        for problem in result.problems:
            say(f"{args.dossier}: {problem}")  # the file's name is text from outside too
        return CHANGED
    standing = judge(signers, result.fingerprint, result.dated)
    files = f"{result.evidence_files} evidence file{'' if result.evidence_files == 1 else 's'}"
    if result.pdf_checked:
        files += " and the PDF"
    clip = "clip hash matches" if result.clip_checked else "clip not checked (give --clip FILE)"
    # What the key is first; the name the dossier itself supplies last and shown as data: a name cannot pose as
    # the rest of the line.
    reviewer = one_line(result.reviewer)
    said = f"{standing.words}; {files}, {clip}; the dossier names its reviewer {reviewer!r}"
    if standing.trusted:
        say(f"verified: {said}")
        return VERIFIED
    say(f"{args.dossier}: not verified: {said}")
    return {Outcome.UNKNOWN: UNKNOWN_KEY, Outcome.REVOKED: REVOKED_KEY}.get(standing.outcome, RETIRED_KEY)
