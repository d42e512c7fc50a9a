"""The rest of a group told before: "Nine of them were released; the remaining five / the rest were
deported", "All but three were deported" (GOLD-FORMAT: counting people; the issue's "the remaining N").

A remainder counts the people of the latest act with a count, less the part the text has set
apart since ("Nine of them were released"), or less the number after "all but". Its nationality
is the group's when the group has one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from watchfloor.extract.tree import kids
from watchfloor.extract.word_classes import word_class
from watchfloor.normalize.numbers import parse_quantity

REST_NOUNS = word_class("en_remainder", "REST_NOUNS")
REMAINING = word_class("en_remainder", "REMAINING")


@dataclass(frozen=True, slots=True)
class Remainder:
    count: int | None  # None when the part set apart is not told with a number
    own_count: bool  # "the remaining five": the text gives the figure itself


def is_rest(tok: Token) -> bool:
    """'the rest', 'the remainder', 'the others' (not "the rest of the weapons"): people told before."""
    if tok.lemma_.lower() not in REST_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)):
        return False
    return not any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ not in ("them", "those", "these") for o in kids(p))
        for p in kids(tok)
    )


def _number(tok: Token) -> int | None:
    q = parse_quantity(tok.text, "en") if tok.like_num or tok.pos_ == "NUM" else None
    return q.value if q is not None else None


def remainder_of(head: Token, whole: int | None, whole_at: int) -> Remainder | None:
    """`head` as the rest of a group of `whole` people told at token `whole_at`; None when the
    phrase is no remainder."""
    det = any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head))
    remaining = any(c.dep_ == "amod" and c.lower_ in REMAINING for c in kids(head))
    if head.lower_ == "all":  # "all but three"
        excepted = [c for c in kids(head) if c.dep_ == "conj" and any(b.lower_ == "but" for b in kids(head))]
        if excepted and whole is not None and (n := _number(excepted[0])) is not None and n < whole:
            return Remainder(whole - n, False)
        return None
    if not det or not (head.lemma_.lower() in REST_NOUNS or remaining):
        return None
    if any(c.dep_ == "nummod" and any(n.dep_ == "conj" for n in kids(c)) for c in kids(head)):
        return None  # "the three and two other suspects": a group told back and more people, added up
    own = _number(head) if head.pos_ == "NUM" else None
    if own is None:
        own = next((v for c in kids(head) if c.dep_ == "nummod" and (v := _number(c)) is not None), None)
    if own is None and head.lower_ == "one":
        own = 1  # "the other one": one person, as "the other man" is
    if own is not None:
        return Remainder(own, True)  # "the remaining five", "the other three men"
    if whole is None:
        return Remainder(None, False)
    part = _part_set_apart(head, whole_at)
    return Remainder(whole - part if part is not None and part < whole else None, False)


def _part_set_apart(head: Token, since: int) -> int | None:
    """The count of the people told between the group and `head` as a subject ("Nine of them were
    released", "Nine were released")."""
    doc = head.doc
    for tok in doc[since + 1 : head.i]:
        if tok.dep_ in ("nsubj", "nsubjpass") and (tok.pos_ == "NUM" or tok.like_num):
            n = _number(tok)
            if n is not None:
                return n
    return None
