"""The moderator's queue: import, grouping of re-uploads, triage."""
