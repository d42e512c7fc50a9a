"""The place the English extractor chooses for one marked verb (the event_location question), for
the tests of each class of place choice (tests/test_event_place_*.py)."""

from __future__ import annotations

from watchfloor.model import Document
from watchfloor.pipeline import Pipeline


def chosen_place(pipeline: Pipeline, text: str, verb: str) -> str | None:
    """The text of the place chosen for the first token spelled `verb`, or None."""
    from watchfloor.extract.english import EnglishExtractor
    from watchfloor.nlp.english import parse_many

    extractor = EnglishExtractor(pipeline.gazetteer, learned=False)
    doc, _ = next(parse_many([(text, None)], gazetteer=pipeline.gazetteer))
    trig = next(t for t in doc if t.text == verb)
    chosen = extractor.place_of(doc, Document(doc_id="t", text=text, language="en"), trig)
    return text[chosen[0] : chosen[1]] if chosen else None
