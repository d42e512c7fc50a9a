"""The verb's particle misread as a quantifier ('handed over 148 women') is given back to the verb."""

from __future__ import annotations

import pytest

from watchfloor.nlp.english import load_english

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "particle"),
    [
        ("The administration handed over 148 Uzbek women to a delegation.", "over"),
        ("Soldiers rounded up 35 men in the village.", "up"),
    ],
)
def test_particle_after_its_verb(text: str, particle: str) -> None:
    doc = load_english()(text)
    tok = next(t for t in doc if t.lower_ == particle)
    assert tok.dep_ != "quantmod"
    assert tok.head.pos_ == "VERB"


def test_a_quantifier_stays_one() -> None:
    doc = load_english()("Police arrested over 20 suspects in Kano.")
    over = next(t for t in doc if t.lower_ == "over")
    assert over.head.lower_ == "20"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Belgian was arrested at the Turkish-Syrian border on Monday.", "Turkish-Syrian"),
        ("Two men crossed the Kenya-Somalia border on Friday.", "Kenya-Somalia"),
    ],
)
def test_two_nations_joined_by_a_hyphen_are_one_word(text: str, pair: str) -> None:
    doc = load_english()(text)
    word = next(t for t in doc if t.text == pair)
    assert word.head.lemma_ == "border" and word.dep_ in ("amod", "compound")
    assert doc[:].root.pos_ == "VERB"  # the sentence keeps its verb


@pytest.mark.parametrize("text", ["A well-known preacher was held.", "The Russian-speaking men were held."])
def test_other_hyphenated_words_are_left_alone(text: str) -> None:
    assert "-" in [t.text for t in load_english()(text)]


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Soldiers captured an Abu Sayyaf sub-leader and two of his followers.", "sub-leader", "leader"),
        ("Police arrested 12 ex-rebels in Lyon.", "ex-rebels", "rebel"),
        ("The vice-president and a co-founder of the group were held.", "co-founder", "founder"),
    ],
)
def test_a_prefix_joined_by_a_hyphen_is_one_word_with_its_noun(text: str, word: str, lemma: str) -> None:
    doc = load_english()(text)
    merged = next(t for t in doc if t.text == word)
    assert merged.lemma_ == lemma and merged.pos_ == "NOUN"
    assert doc.text == text  # offsets hold: the merge joins tokens, it changes no character


def test_a_chain_of_prefixes_is_left_split() -> None:
    doc = load_english()("The anti-co-op campaign and a co-chair were held.")
    assert "co-chair" in [t.text for t in doc] and "co-op" not in [t.text for t in doc]
