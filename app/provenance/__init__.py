"""Provenance: what a clip's file declares about where it came from (Content Credentials, watermarks, metadata)."""

NO_PROVENANCE = "No provenance"  # the badge when the file declares nothing: absence of evidence, not a finding
