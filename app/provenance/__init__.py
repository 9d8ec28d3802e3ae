"""Provenance: what a clip's file declares about where it came from (container metadata for now), as hints."""
