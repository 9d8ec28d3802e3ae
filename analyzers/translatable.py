"""Marking the texts a reviewer reads for translation. Analyzers run without the application and speak English; a
text they hand up for a reviewer (what a file is, what a detector measures and how it fails) is marked with
`QT_TRANSLATE_NOOP(context, text)`, so that Qt's lupdate lists it, and the application translates it where it shows
it: `app.i18n.translate(context, text)`. Texts that are not in the catalogue (a plugin's manifest) stay as written."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """`text`, unchanged: the mark is for lupdate, which reads `context` and `text` from the source."""
    return text
