"""The demo case: clips generated on the spot, and the review work done on them."""
