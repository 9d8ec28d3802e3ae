"""Text as the reviewer reads it: timecodes, media facts in words. Plain Python, no Qt, nothing heavy."""
