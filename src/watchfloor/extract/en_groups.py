"""How a group of people is told again without adding anyone (English): a description of the
whole group ("the men, all residents of Osh", "the pair, both Belgian nationals"), a breakdown
after a colon ("flew 20 people home: Uzbek mothers and a Tajik widow"), and its people named one by
one ("The four are A, a Jordanian; B, a Swede; and the Egyptian brothers C and D"). They give the
group its nationalities; none is a further target (GOLD-FORMAT: people already counted)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from watchfloor.extract.en_syntax import _compound_text, _definite, _members
from watchfloor.extract.tree import kids, subtree
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Target
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
    """ "all Tajik citizens", "both Belgian nationals", "all residents of Osh", "both Kenyans": a description of
    every one of a group told just before, no people of its own."""
    return phrase.tag_ in ("NNS", "NNPS") and any(d.dep_ in ("det", "predet", "preconj") and d.lower_ in ("all", "both") for d in kids(phrase))


def beside(member: Token) -> list[Token]:
    """Phrases in apposition to `member`, or hung by the parser beside it on its verb right after it
    ("three men, all Tajik citizens, …" parsed with the description on the verb)."""
    out = list(kids(member))
    head = member.head
    if head.i != member.i:
        out += [c for c in kids(head) if member.i < c.i <= member.i + 8 and c.i < head.i or c.dep_ in ("npadvmod", "dep")
                and member.i < c.i <= member.i + 8]
    return out


def names_for_plurals(members: list[Token], targets: list[Target]) -> tuple[list[Token], list[Target]]:
    """'the Egyptian brothers Tarek and Samir Fathy' in a list: the names in apposition to a plural
    member are its people, with its nationality; the plural itself counts no one more."""
    keep_m, keep_t = [members[0]], [targets[0]]
    for m, t in zip(members[1:], targets[1:], strict=True):
        if m.tag_ == "NNS" and t.count is None and names_under(m) > 1:
            named = {c.i for c in subtree(m) if c.pos_ == "PROPN" and c.dep_ in ("appos", "conj")}
            for m2, t2 in zip(members, targets, strict=True):
                if m2.i in named and t2.nationality is None:
                    t2.nationality, t2.ethnicity = t.nationality, t.ethnicity
            continue
        keep_m.append(m)
        keep_t.append(t)
    return keep_m, keep_t


# who a copular sentence names back: "The two are …", "They are …", "The suspects are …"
NAMED_BACK = word_class("en_groups", "NAMED_BACK")


def members_named(sent: Span) -> list[Token]:
    """'The suspects are Omar Haddad, a Syrian, and Karim Bensaid, an Algerian': the people a
    copular sentence about people told before names one by one (its attribute and the attribute's
    conjuncts)."""
    root = sent.root
    if root.lemma_.lower() != "be":
        return []
    subj = next((c for c in kids(root) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in NAMED_BACK or subj.pos_ not in ("PRON", "NOUN", "NUM"):
        return []
    if subj.pos_ == "NOUN" and not _definite(subj):
        return []  # "Two men are suspects": new people, not those told
    attr = next((c for c in kids(root) if c.dep_ == "attr"), None)
    if attr is None:
        return []
    # "an Iraqi man, his Syrian wife and a Turkish driver": the parser may hang the list on an appositive;
    # one that only describes the name before it ("Abu Bakr, a Jordanian, Karim Osmani, …") is no one
    listed = [c for c in kids(attr) if c.dep_ == "appos" and any(g.dep_ == "conj" for g in kids(c))]
    members = [attr]
    for head in [attr, *listed]:
        if head is not attr and not (attr.pos_ == "PROPN" and _a_nationality_word(head)):
            members.append(head)
        for c in subtree(head):  # in order, so a chain "A; B; and C" (C hung on B) comes in whole
            if c.dep_ == "conj" and c.head.i in {head.i} | {m.i for m in members} | {t.i for t in listed}:
                members.append(c)
    return [m for m in dict.fromkeys(members) if m.pos_ in ("PROPN", "NOUN")]


def _a_nationality_word(tok: Token) -> bool:
    """'a Jordanian', 'a Swede': a noun that says only whose national someone is."""
    return nationality_of(tok.text, "en") is not None and not any(c.dep_ in ("amod", "compound") for c in kids(tok))


def names_under(member: Token) -> int:
    """How many people a member of a list names: 'the Egyptian brothers Tarek and Samir Fathy' two
    (a plural noun and the names in apposition to it), any other member one."""
    if member.tag_ != "NNS":
        return 1
    names = [c for c in kids(member) if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if not names:
        return 1
    return 1 + sum(1 for c in subtree(names[0]) if c.dep_ == "conj" and c.pos_ == "PROPN")
