"""spaCy's English lemmatizer, remembered: the same lemmas in a fraction of the time.

The rule lemmatizer's answer depends only on a token's form, part of speech and morphology, yet
spaCy works it out again for every token (its own cache skips words already in their base form,
most of them). `FastLemmas` asks it once per (form, part of speech, morphology) and writes a
document's lemmas in one call."""

from __future__ import annotations

from typing import Any, cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

_MAX_KNOWN = 500_000  # word shapes remembered before starting afresh (a long-running process)


class FastLemmas:
    """Runs in place of the `lemmatizer` component it wraps (`use_fast_lemmas`)."""

    def __init__(self) -> None:
        self.inner: Any = None  # spaCy's Lemmatizer
        self._known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        inner = self.inner
        if inner is None or not len(doc):
            return doc
        known = self._known
        if len(known) > _MAX_KNOWN:
            known.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not inner.overwrite:
                continue  # set before (the attribute ruler's exceptions)
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = strings.add(inner.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], cast(Any, lemmas))
        return doc


@Language.factory("wf_lemmatizer")
def _make_fast_lemmas(nlp: Language, name: str) -> FastLemmas:
    return FastLemmas()


def use_fast_lemmas(nlp: Language) -> None:
    """Put FastLemmas where the pipeline's `lemmatizer` was, wrapping it."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    inner = nlp.get_pipe("lemmatizer")
    if getattr(inner, "mode", None) != "rule":
        return  # a lookup lemmatizer is already a table
    fast = nlp.add_pipe("wf_lemmatizer", after="lemmatizer")
    assert isinstance(fast, FastLemmas)
    fast.inner = inner
    nlp.remove_pipe("lemmatizer")
