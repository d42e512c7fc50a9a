"""Two "in" phrases in a row name a place and the wider place around it, even where the parser hangs
both on the same word ("killed by a shell in the Midan neighbourhood in central Damascus", "In San
Alberto, in northern Cesar province, gunmen shot …"): the first is the act's place. Sentences
written for this work (session 14)."""

from __future__ import annotations

import pytest

from watchfloor.model import Document
from watchfloor.pipeline import Pipeline


def _chosen(pipeline: Pipeline, text: str, verb: str) -> str | None:
    from watchfloor.extract.english import EnglishExtractor
    from watchfloor.nlp.english import parse_many

    extractor = EnglishExtractor(pipeline.gazetteer, learned=False)
    doc, _ = next(parse_many([(text, None)], gazetteer=pipeline.gazetteer))
    trig = next(t for t in doc if t.text == verb)
    chosen = extractor.place_of(doc, Document(doc_id="t", text=text, language="en"), trig)
    return text[chosen[0] : chosen[1]] if chosen else None


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("A boy was killed by a shell in the Midan neighbourhood in central Damascus on Friday.", "killed", "Midan"),
        ("A car bomb parked on a busy road in Karrada district in central Baghdad detonated at dawn.", "detonated", "Karrada"),
        ("Four farmers were shot dead in the village of Kafr Nabl in southern Idlib on Monday.", "shot", "Kafr Nabl"),
        ("In Tumaco, in southern Narino province, gunmen killed three police officers.", "killed", "Tumaco"),
        ("Two soldiers were wounded in Kandahar in an ambush on Tuesday.", "wounded", "Kandahar"),
    ],
)  # fmt: skip
def test_the_first_of_two_in_phrases_is_the_place(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = _chosen(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen
