"""Sentence boundaries set before the parser (`wf_line_breaks`): a line break ends a sentence and
a dateline's dash ends the dateline; a hyphen inside a word ends nothing."""

from __future__ import annotations

import pytest

from watchfloor.nlp.english import load_english

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "first_sentence"),
    [
        ("BAKU, Sept 22 (Wire) - Police arrested two men.", "BAKU, Sept 22 (Wire) -"),
        ("WASHINGTON (AP) — A man was shot in a park.", "WASHINGTON (AP) —"),
        ("LONDON, 3 June - A court jailed a 30-year-old man.", "LONDON, 3 June -"),
    ],
)
def test_a_dateline_ends_at_its_dash(text: str, first_sentence: str) -> None:
    doc = load_english()(text)
    assert next(iter(doc.sents)).text == first_sentence


@pytest.mark.parametrize(
    "text",
    [
        "JAKARTA, 23 January 2017 - Five Indonesians were sent home by Turkey on Friday.",
        "BRUSSELS, 4 October 2018 - Turkey put a Belgian man on a plane to Brussels on Wednesday.",
    ],
)
def test_the_lede_after_a_dateline_is_one_sentence(text: str) -> None:
    doc = load_english()(text)
    assert len(list(doc.sents)) == 2, [s.text for s in doc.sents]


@pytest.mark.parametrize(
    "text",
    [
        # a line that opens with the article "A" or the pronoun "I" is no dateline in capitals
        "A judge in York charged a 30-year-old Iraqi man with fraud on Monday.",
        "A pro-government militia shelled the town of Dara on Friday.",
        "I saw a 19-year-old woman being led away by police.",
        "UN monitors said a 25-year-old man was shot dead near the border.",
    ],
)
def test_a_hyphen_inside_a_word_ends_no_sentence(text: str) -> None:
    doc = load_english()(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]
