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
