"""Marking the texts a reviewer reads for translation. Analyzers run without the application and speak English; a
text they hand up for a reviewer (what a file is, what a detector measures and how it fails) is marked with
`QT_TRANSLATE_NOOP(context, text)`, so that Qt's lupdate lists it, and the application translates it where it shows
it: `app.i18n.translate(context, text)`. Texts that are not in the catalogue (a plugin's manifest) stay as written."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """`text`, unchanged: the mark is for lupdate, which reads `context` and `text` from the source."""
    return text


class Said(str):
    """A text made of a marked sentence and values: the English text itself wherever it goes (stored, exported,
    logged, compared), and what it was made of for the application to say it in the reader's language: `words`
    (marked with QT_TRANSLATE_NOOP) and the `values` that fill its {placeholders}, each of which may be a Said too."""

    words: str
    values: dict[str, object]

    def __new__(cls, words: str, **values: object) -> Said:
        said = super().__new__(cls, words.format(**values))
        said.words, said.values = words, values
        return said

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, object]]:
        # copy, deepcopy (dataclasses.asdict) and pickle make a Said again from its words and values, not from the
        # text they made: that text may hold braces of a file's own ("Lavf{0}"), which a second format() reads.
        return (self.words,), self.values
