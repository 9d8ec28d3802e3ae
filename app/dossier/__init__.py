"""The verdict dossier: what a review found, as JSON for machines (with schema.org ClaimReview and MediaReview) and
PDF for people, signed with the reviewer's key. No Qt here."""
