"""Provenance: what a clip's file declares about where it came from (Content Credentials, watermarks, metadata)."""

from analyzers.translatable import QT_TRANSLATE_NOOP

# The badge when the file declares nothing: absence of evidence, not a finding.
NO_PROVENANCE = QT_TRANSLATE_NOOP("Provenance", "No provenance")
