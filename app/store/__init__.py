"""The case store: one SQLite file holding clips, claims, sources, evidence, verdicts, analyses and an audit log.

No Qt here: the GUI runs the store on its own thread, and the command line uses it directly.
"""
