"""Whose day a told date is (English): rules that keep a day off an act it does not date.

`english.EnglishExtractor._date` weighs every date of the sentence for an act; these say when a date
belongs to another happening or statement: the leaving that began a journey, a statement beyond a
semicolon, the earlier act a deed avenged. Each takes the date's root token and the act's trigger.
"""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.extract.en_syntax import _clause_tokens, in_an_offence
from watchfloor.extract.ontology import load_ontology
from watchfloor.extract.time import HAPPENING_NOUNS, hangs_from
from watchfloor.extract.tree import ancestors, kids, tokens
from watchfloor.extract.word_classes import word_class

# what an act was done for, which happened before it: "to avenge", "in revenge for", "in retaliation for"
MOTIVE_WORDS = word_class("en_dates", "MOTIVE_WORDS")


def in_its_motive(root: Token, trig: Token) -> bool:
    """A date in the words that tell what the act avenged or answered is that earlier act's."""
    for node in ancestors(root):
        if node.i == trig.i:
            return False
        if node.lemma_.lower() in MOTIVE_WORDS:
            return True
    return False


def in_its_reason(root: Token, trig: Token) -> bool:
    """'arrested two men in connection with the stabbing of a soldier … last month', 'charged over
    the bombing in 2019': a date on the act named as the reason is that act's, not this one's (as the
    day of "the suspect in Sunday's knife attack" is the attack's)."""
    if in_an_offence(root, trig) and not in_an_offence(trig):
        return True  # "detained … on suspicion of planning a bombing during Ramadan": the plot's time
    for node in ancestors(root):
        if node.i == trig.i or node.pos_ in ("VERB", "AUX"):
            return False
        if node.pos_ == "NOUN" and (node.lower_ in HAPPENING_NOUNS or load_ontology().noun_types(node.lemma_.lower())):
            prep = node.head
            return node.dep_ == "pobj" and (
                prep.lower_ in ("over", "for") and prep.head.i == trig.i
                or prep.lower_ == "with" and prep.head.lemma_.lower() == "connection"
                or prep.lower_ == "to" and prep.head.lemma_.lower() == "relation"
            )
    return False


def in_its_deed(root: Token, trig: Token) -> bool:
    """'sentenced … for planning a bombing … in 2019', 'jailed for joining IS in 2014': a date under the
    gerund of what the act punishes is the deed's. The caller asks only of a month or a year: the
    parser hangs the act's own day there too ("blocked 40 channels for spreading propaganda on Monday")."""
    for node in ancestors(root):
        if node.i == trig.i:
            return False
        if node.tag_ == "VBG" and node.dep_ == "pcomp" and node.head.lower_ in ("for", "over") and node.head.head.i == trig.i:
            return True
    return False


def in_an_earlier_clause(root: Token, trig: Token) -> bool:
    """'charged four men after they allegedly helped 30 foreigners … in 2015 and 2016': a date in an
    "after" or "since" clause with a subject of its own dates that earlier act, not this one (whose
    day it bounds; "hours after …" is read apart, `en_when._hours_from`). The caller asks only of a
    month or a year: news tells a chain of one day so ("arrested after his car hit a lamppost on
    Saturday")."""
    for node in ancestors(root):
        if node.i == trig.i:
            return False
        if (
            node.dep_ == "advcl" and node.head.i == trig.i
            and any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in kids(node))
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(node))
        ):
            return True
    return False


def beyond_a_semicolon(root: Token, trig: Token) -> bool:
    """ "In March the ministry revoked his passport; he was arrested at the airport in Vienna": a
    semicolon ends a statement, and a day told before it, of another subject, is not
    the day of an act told after it with its own subject (and the other way round)."""
    low, high = sorted((root.i, trig.i))
    marks = [t.i for t in tokens(root.doc)[low:high] if t.text == ";"]
    if not marks:
        return False
    own_side = range(marks[-1] + 1, high + 1) if trig.i > root.i else range(low, marks[0])
    verb = trig
    while verb.dep_ in ("conj", "xcomp") and verb.head.i in own_side:
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in own_side for c in kids(verb))


# leaving a place starts a journey: what befalls the traveller at its end is not on the day of leaving
DEPARTURE_VERBS = word_class("en_dates", "DEPARTURE_VERBS")
JOURNEY_VERBS = word_class("en_dates", "JOURNEY_VERBS")


def day_of_leaving(root: Token, trig: Token) -> bool:
    """ "quit Marseille in June and was caught near Kilis": the day told is the leaving's; an
    arrest, removal or charge coordinated after it came later in the journey, on a day not told."""
    first = trig.head
    return (
        trig.dep_ == "conj" and first.i < trig.i and first.lemma_.lower() in DEPARTURE_VERBS
        and trig.lemma_.lower() not in JOURNEY_VERBS and hangs_from(root, first)
        and not any(t.ent_type_ == "DATE" for t in _clause_tokens(trig))
    )
