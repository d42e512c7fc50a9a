"""How a group of people is told again without adding anyone (English): a description of the
whole group ("the men, all residents of Osh", "the pair, both Belgian nationals") and a breakdown
after a colon ("flew 20 people home: Uzbek mothers and a Tajik widow"). Both give the group its
nationality; neither is a further target (GOLD-FORMAT: people already counted)."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.extract.en_syntax import _compound_text, _members
from watchfloor.extract.tree import kids
from watchfloor.normalize.nationality import nationality_of


def nationalities_after_a_colon(verb: Token, head: Token) -> list[tuple[str, str | None]]:
    """The nationalities of a breakdown the parser hangs on the verb as a second object after a
    colon or a dash ("brought 12 people home: Russian mothers … and a Kazakh woman …")."""
    marks = [c.i for c in kids(verb) if c.dep_ == "punct" and c.text in (":", "-", "–", "—") and c.i > head.i]
    if not marks:
        return []
    second = next((c for c in kids(verb) if c.dep_ == "dobj" and c.i > marks[0] and c is not head), None)
    if second is None:
        return []
    out: list[tuple[str, str | None]] = []
    for member in _members(second):
        words = [member.text, _compound_text(member)] + [c.text for c in kids(member) if c.dep_ in ("amod", "compound")]
        nat = next((n for w in words if (n := nationality_of(w, "en")) is not None and n.country), None)
        if nat is None or nat.country is None:
            continue  # "… and three children": a member of no stated nationality (a breakdown by sex or age gives none)
        if (nat.country, nat.ethnicity) not in out:
            out.append((nat.country, nat.ethnicity))
    return out


def describes_all(phrase: Token) -> bool:
    """ "all Tajik citizens", "both Belgian nationals", "all residents of Osh": a description of
    every one of a group told just before, no people of its own."""
    return phrase.tag_ == "NNS" and any(d.dep_ in ("det", "predet") and d.lower_ in ("all", "both") for d in kids(phrase))


def beside(member: Token) -> list[Token]:
    """Phrases in apposition to `member`, or hung by the parser beside it on its verb right after it
    ("three men, all Tajik citizens, …" parsed with the description on the verb)."""
    out = list(kids(member))
    head = member.head
    if head.i != member.i:
        out += [c for c in kids(head) if member.i < c.i <= member.i + 8 and c.i < head.i or c.dep_ in ("npadvmod", "dep")
                and member.i < c.i <= member.i + 8]
    return out
