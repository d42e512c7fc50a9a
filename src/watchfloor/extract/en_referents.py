"""People told about earlier in an English story, and the back-references that point to them.

A report names its people once with their nationality ("three Indonesian men", "Osman Kaya, a
34-year-old Turkish citizen", "two Chechen brothers") and then refers back to them ("the three",
"Kaya", "the pair", "they", "all four women"). This stage lists the first kind of phrase for a
parsed document and resolves the second kind to the latest compatible one, so an act told in a
later sentence keeps who its people are and how many.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from watchfloor.extract.en_syntax import (
    FEMALE_NOUNS,
    MALE_NOUNS,
    PERSON_NOUNS,
    RESIDENCE_NOUNS,
    _added_counts,
    _compound_text,
    _definite,
    is_age_noun,
    number_phrase,
    sex_differs,
)
from watchfloor.extract.ontology import load_ontology
from watchfloor.extract.text import ent_of
from watchfloor.extract.tree import kids, subtree, tokens
from watchfloor.extract.word_classes import word_class
from watchfloor.normalize.nationality import nationality_of
from watchfloor.normalize.numbers import parse_quantity

# nouns that name a group by its size
GROUP_SIZES = {"pair": 2, "couple": 2, "duo": 2, "both": 2, "trio": 3}
# children of one birth: "the twins", "twin sisters" are two, "triplets" three (plurals only: "his twin brother" is one)
BIRTH_SIZES = {"twin": 2, "triplet": 3, "quadruplet": 4}


def birth_size(tok: Token) -> int | None:
    """How many children of one birth a plural names ("the twins", "twin sisters"), or None."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    if tok.lemma_.lower() in BIRTH_SIZES:
        return BIRTH_SIZES[tok.lemma_.lower()]
    return next((BIRTH_SIZES[c.lower_] for c in kids(tok) if c.dep_ in ("amod", "compound") and c.lower_ in BIRTH_SIZES), None)


PLURAL_PRONOUNS = word_class("en_referents", "PLURAL_PRONOUNS")
SINGULAR_PRONOUNS = word_class("en_referents", "SINGULAR_PRONOUNS")
PERSONAL_PRONOUNS = SINGULAR_PRONOUNS | PLURAL_PRONOUNS
BACK_DETERMINERS = word_class("en_referents", "BACK_DETERMINERS")
# nouns of people, kin among them ("a mother of three from Bradford … She was not arrested") and the
# religious roles a report names the people it is about by ("a Moroccan imam … the imam")
PEOPLE_WORDS = word_class("en_referents", "PEOPLE_WORDS")


@dataclass(frozen=True, slots=True)
class People:
    """A phrase that introduces people: where, how many, of which nationalities, by which names."""

    token: int
    count: int | None
    nationalities: tuple[tuple[str, str | None], ...]  # (country, ethnicity)
    lemma: str
    names: frozenset[str]
    part: bool = False  # "among the suspects were citizens of China and Russia": some of a group told


def _part_of_group(tok: Token) -> bool:
    """People told as a subset of others: "among them …", "including …"."""
    if any(c.dep_ == "prep" and c.lower_ == "among" for c in kids(tok)):
        return True  # "citizens among them"; "nine citizens, including four women" are the whole
    if tok.dep_ in ("nsubj", "nsubjpass", "attr") and any(
        c.dep_ == "prep" and c.lower_ in ("among", "including") for c in kids(tok.head)
    ):
        return True  # "among them were citizens of China"
    if tok.dep_ in ("attr", "acomp") and (subject := _copula_subject(tok)) is not None and _partitive_subject(subject):
        return True  # "Six of them were German citizens": the citizens are the six
    if _partitive_subject(tok):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("among", "including")


REST_WORDS = word_class("en_referents", "REST_WORDS")


def _copula_subject(tok: Token) -> Token | None:
    return next((c for c in kids(tok.head) if c.dep_ == "nsubj"), None) if tok.head.lemma_ == "be" else None


def _partitive_subject(tok: Token) -> bool:
    """'Six of them', 'two of the detainees', 'the rest', and a bare number beside one ("Six of them
    were German citizens, four were French and the rest Iraqis"): some of a group told before."""
    if tok.pos_ != "NUM" and tok.lemma_.lower() not in REST_WORDS:
        return False
    if _of_a_group(tok):
        return True
    if tok.dep_ != "nsubj":
        return False
    clause = tok.head  # the clauses it is coordinated with (the parser may make the first a complement)
    beside = [c for c in kids(clause) if c.dep_ in ("conj", "ccomp")]
    if clause.dep_ in ("conj", "ccomp"):
        beside.append(clause.head)
    return any(s.i != tok.i and _of_a_group(s) for b in beside for s in kids(b) if s.dep_ == "nsubj")


def _of_a_group(tok: Token) -> bool:
    """'Six of them', 'two of the detainees', 'the rest'."""
    if tok.lemma_.lower() in REST_WORDS:
        return any(d.dep_ == "det" and d.lower_ == "the" for d in kids(tok))
    return tok.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.lower_ in ("them", "these", "those") or o.tag_ == "NNS" and any(d.lower_ == "the" for d in kids(o))
        for o in kids(c)) for c in kids(tok))


def _count(tok: Token) -> int | None:
    if tok.lemma_.lower() in GROUP_SIZES:
        return GROUP_SIZES[tok.lemma_.lower()]
    if (born := birth_size(tok)) is not None:
        return born
    if tok.lemma_.lower() in GROUP_NOUNS:  # "a family of 12": the group's size, not one family
        sized = [o for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p)
                 if o.dep_ == "pobj" and o.pos_ == "NUM"]
        if sized:
            q = parse_quantity(sized[0].text, "en")
            return q.value if q is not None else None
    for c in kids(tok):
        added = _added_counts(tok, c)
        if added is not None:
            return added.value  # "the three and two other suspects": five
        if c.dep_ == "nummod":
            sub = list(subtree(c))
            q = parse_quantity(tok.doc[sub[0].i : sub[-1].i + 1].text, "en")
            return q.value if q is not None else None
        if c.dep_ == "det" and c.lower_ in ("a", "an") and (tok.tag_ in ("NN", "NNP") or tok.lower_ == "old"):
            return 1
    if tok.ent_type_ == "PERSON":
        return 1
    return None


def _nationalities(tok: Token) -> tuple[tuple[str, str | None], ...]:
    words = [tok, *(c for c in kids(tok) if c.dep_ in ("amod", "compound") and c.i < tok.i)]
    for appos in (c for c in kids(tok) if c.dep_ == "appos"):
        words += [appos, *(c for c in kids(appos) if c.dep_ in ("amod", "compound"))]
    out: list[tuple[str, str | None]] = []
    for word in words:
        nat = nationality_of(word.text, "en")
        if nat is not None and nat.country and (nat.country, nat.ethnicity) not in out:
            out.append((nat.country, nat.ethnicity))
    return tuple(out)


def _names(tok: Token) -> frozenset[str]:
    if tok.ent_type_ != "PERSON":
        return frozenset()
    ent = ent_of(tok)
    words = ent if ent is not None else [tok]
    return frozenset(w.lower_ for w in words if w.pos_ == "PROPN" and len(w.text) > 1)


Origins = Callable[[Token], list[tuple[str, str]]]
# "she holds Moroccan nationality", "he has a Belgian passport": a nationality stated as a predicate
HOLDING_VERBS = word_class("en_referents", "HOLDING_VERBS")
CITIZENSHIP_NOUNS = word_class("en_referents", "CITIZENSHIP_NOUNS")
NATIONAL_NOUNS = word_class("en_referents", "NATIONAL_NOUNS")


def _is_person_word(tok: Token) -> bool:
    """A word that names people: a person's name, a people noun, a nationality noun, or an age
    used as a noun ("the 23-year-old")."""
    return tok.ent_type_ in ("PERSON", "NORP") or tok.lemma_.lower() in PEOPLE_WORDS or is_age_noun(tok)


def stated_nationality(tok: Token) -> tuple[tuple[str, str | None], ...]:
    """The nationality a clause states of its subject `tok`: "she holds only Moroccan
    nationality", "he has a Belgian passport", "she is a Dutch citizen"."""
    if tok.dep_ != "nsubj":
        return ()
    # the subject's verb and the verbs coordinated with it ("lost her passport and now holds …")
    verbs = [tok.head, *(c for c in kids(tok.head) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    objs = []
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in HOLDING_VERBS:
            objs += [c for c in kids(verb) if c.dep_ == "dobj" and c.lemma_.lower() in CITIZENSHIP_NOUNS]
        elif lemma == "be":
            objs += [c for c in kids(verb) if c.dep_ == "attr" and c.lemma_.lower() in NATIONAL_NOUNS]
            # "all thirteen were Sri Lankans": the attribute is itself a nationality noun
            objs += [c for c in kids(verb) if c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS", "NNP") and _nationality_noun(c)]
            objs += [c for c in kids(verb) if c.dep_ == "acomp" and _nationality_noun(c)]  # "both are Belgian"
    out: list[tuple[str, str | None]] = []
    for obj in objs:
        words = [obj] if _nationality_noun(obj) else [c for c in kids(obj) if c.dep_ in ("amod", "compound")]
        words += [c for w in words for c in kids(w) if c.dep_ == "conj"]  # "Austrian and Turkish passports"
        for word in words:
            nat = nationality_of(_compound_text(word), "en")
            if nat is not None and nat.country and (nat.country, nat.ethnicity) not in out:
                out.append((nat.country, nat.ethnicity))
    return tuple(out)


def _nationality_noun(tok: Token) -> bool:
    return tok.lemma_.lower() not in NATIONAL_NOUNS and nationality_of(_compound_text(tok), "en") is not None


def people_in(doc: Doc, origins: Origins | None = None) -> list[People]:
    """Every phrase that names people with a nationality, in text order. `origins` reads a
    phrase's place of origin or residence ("a 23-year-old from Apeldoorn"), which gives the
    nationality when none is stated (GOLD-FORMAT: residence or origin stated as such)."""
    out: list[People] = []
    for tok in tokens(doc):
        pos, dep = tok.pos_, tok.dep_  # each read of a token's attribute crosses into spaCy anew
        if pos == "PRON" and tok.lower_ in PERSONAL_PRONOUNS:
            stated = stated_nationality(tok)
            if stated:  # "… she now holds only Moroccan nationality": what later "her" means
                out.append(People(tok.i, 1 if tok.lower_ in SINGULAR_PRONOUNS else None, stated, tok.lower_, frozenset()))
            continue
        if dep == "nsubj" and (tok.lower_ == "both" or pos == "NUM"):
            stated = stated_nationality(tok)  # "both are Chadian nationals", "all thirteen were Sri Lankans"
            said = _origin_predicate(tok) if not stated and origins is not None else None
            if said is not None and origins is not None:  # "the three are residents of Osh"
                stated = tuple(dict.fromkeys((code, None) for code, _ in origins(said)))
            if stated:
                count = 2 if tok.lower_ == "both" else (q.value if (q := parse_quantity(number_phrase(tok), "en")) else None)
                out.append(People(tok.i, count, stated, tok.lower_, frozenset(), _part_of_group(tok)))
            continue
        if pos not in ("NOUN", "PROPN", "ADJ") or dep in ("compound", "amod"):
            continue
        if not _is_person_word(tok):
            continue
        spelled = spelled_list(tok)
        if spelled:  # "The suspects, a Syrian, a German and an Iraqi": the group is its list
            counts = [_count(m) for m in spelled]
            together = tuple(dict.fromkeys(n for m in spelled for n in _nationalities(m)))
            total = sum(c for c in counts if c is not None) if None not in counts else None
            out.append(People(tok.i, total, together, tok.lemma_.lower(), frozenset()))
            continue
        nats = _nationalities(tok) or stated_nationality(tok)
        if not nats and origins is not None:
            nats = tuple(dict.fromkeys((code, None) for code, _ in origins(tok)))
            said = _origin_predicate(tok)
            if not nats and said is not None:  # "both men are natives of Dagestan"
                nats = tuple(dict.fromkeys((code, None) for code, _ in origins(said)))
        count = _count(tok)
        listed = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in kids(tok))
        if nats or count is not None and count >= 2 and not listed:  # "two women … they were held"
            out.append(People(tok.i, count, nats, tok.lemma_.lower(), _names(tok), _part_of_group(tok)))
        group = _coordinated(tok)
        if len(group) > 1:  # "four Tajik women and their nine children": 13 people together
            counts = [_count(m) for m in group]
            together = tuple(dict.fromkeys(n for m in group for n in _nationalities(m)))
            total = sum(c for c in counts if c is not None) if None not in counts else None
            if together or total is not None:
                out.append(People(group[-1].i, total, together, "people", frozenset(), _part_of_group(group[0])))
    return sorted(out, key=lambda p: p.token)


def _origin_predicate(subject: Token) -> Token | None:
    """The noun of residence or origin a copula says its subject is ("the two are residents of
    Osh", "both men were natives of Kazakhstan"), whose "of" tells the place."""
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() != "be":
        return None
    return next((c for c in kids(subject.head) if c.dep_ == "attr" and c.lemma_.lower() in RESIDENCE_NOUNS), None)


def spelled_list(group: Token) -> list[Token]:
    """The people a definite plural is spelled out as after a comma ("The suspects, a 22-year-old
    Syrian, a … and a 24-year-old Iraqi, were …"), as an apposition or as the second subject the
    parser makes of it; empty when there is none."""
    doc = group.doc
    if group.tag_ != "NNS" or not _definite(group) or group.i + 1 >= len(doc) or doc[group.i + 1].text != ",":
        return []
    first = next((c for c in kids(group) if c.dep_ == "appos"), None)
    if first is None and group.dep_ in ("nsubj", "nsubjpass"):
        first = next((c for c in kids(group.head) if c.dep_ == group.dep_ and c.i > group.i), None)
    if first is None:
        return []
    listed = [first] + [t for t in subtree(first) if t.dep_ in ("conj", "appos") and t.head.i != group.i and t.pos_ in ("NOUN", "PROPN", "ADJ")]
    if len(listed) < 2 or not all(_nationalities(m) for m in listed):
        return []
    return sorted(listed, key=lambda t: t.i)


def _coordinated(tok: Token) -> list[Token]:
    if tok.dep_ == "conj":
        return [tok]
    out = [tok]
    stack = [tok]
    while stack:
        node = stack.pop()
        for c in kids(node):
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


GROUP_NOUNS = word_class("en_referents", "GROUP_NOUNS")
# one of the same group as another ("his companion", "her accomplice"), unlike "his wife"
FELLOW_WORDS = word_class("en_referents", "FELLOW_WORDS")
MEMBER_REACH = 150  # tokens: a group this near is what one of its members is told back to


def refers_back(member: Token) -> bool:
    """'the three', 'the pair', 'they', 'both men', 'all four women', a name told before, 'his companion'."""
    low = member.lower_
    if low in PLURAL_PRONOUNS or low in SINGULAR_PRONOUNS or member.lemma_.lower() in GROUP_SIZES:
        return True
    if member.lemma_.lower() in FELLOW_WORDS and any(c.dep_ == "poss" for c in kids(member)):
        return True
    if member.ent_type_ == "PERSON":
        return True
    return any(c.dep_ in ("det", "predet") and c.lower_ in BACK_DETERMINERS for c in kids(member)) or possessed_conjunct(member)


def possessed_conjunct(member: Token) -> bool:
    """'his wife and children': the second noun, with no word of its own before it, shares the
    first one's possessive (his children, those told before)."""
    return member.dep_ == "conj" and member.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod", "amod") for c in kids(member)
    ) and any(c.dep_ == "poss" for c in kids(member.head))


def _nouns_of_two_sexes(lemma: str, told: str) -> bool:
    """'… included six women. Four of the men were detained': "the men" are not the women told last."""
    return lemma in MALE_NOUNS and told in FEMALE_NOUNS or lemma in FEMALE_NOUNS and told in MALE_NOUNS


def antecedent(member: Token, people: list[People], depth: int = 0) -> People | None:
    """The latest earlier phrase the back-reference `member` can mean; told with no nationality but
    itself a back-reference, with the nationalities of the phrase it means ("three Turkish citizens
    … The three men … They": the citizens' country)."""
    found = _antecedent_phrase(member, people)
    if found is None or found.nationalities or depth >= 2:
        return found
    told = member.doc[found.token]
    if told.i >= member.i or told.lower_ in PERSONAL_PRONOUNS and depth > 0:
        return found
    before = antecedent(told, people, depth + 1)
    same_size = before is not None and (
        before.count == found.count if before.count is not None or found.count is not None
        else member.doc[before.token].tag_ == told.tag_
    )
    if before is None or not before.nationalities or not same_size:
        return found  # "the two expelled men" is not "the third suspect"
    return People(found.token, found.count, before.nationalities, found.lemma, found.names, found.part)


def _antecedent_phrase(member: Token, people: list[People]) -> People | None:
    if not refers_back(member):
        return None
    count = _count(member)
    if member.tag_ == "CD" or member.pos_ == "NUM":
        q = parse_quantity(number_phrase(member), "en")
        count = q.value if q is not None else None
    if member.lower_ in SINGULAR_PRONOUNS or (
        count is None and member.tag_ == "NN" and member.pos_ == "NOUN" and member.lemma_.lower() not in GROUP_NOUNS
    ):
        count = 1  # "him", "the older man", "his companion"; not "the group"
    names = _names(member)
    same_noun = same_noun_told(member, people) or _pronoun_of_a_role(member, people)
    if same_noun is not None:
        return same_noun  # "a Tajik preacher … the preacher": the noun told before, whoever came between
    if count is None and member.tag_ == "NNS" and (_definite(member) or possessed_conjunct(member)):
        counted = _same_plural_counted(member, people)
        if counted is not None:
            return counted  # "14 citizens, among them five women and nine children … The women": the five
    for p in reversed(people):
        if p.token >= member.i:
            continue
        if member.i - p.token > 400:
            break
        if names:
            if names & p.names:
                return p
            continue
        if (member.lower_ in PLURAL_PRONOUNS or member.tag_ == "NNS") and (p.count == 1 or p.part):
            continue  # "they", "the brothers" are the whole group, not one of them nor some of them
        if member.lemma_.lower() in GROUP_NOUNS and (p.count == 1 or p.part):
            continue  # "caught with the group": the whole group, not the one person told last nor some of it
        if _other_kind(member, p) or sex_differs(member.lower_, p.lemma) or _nouns_of_two_sexes(member.lemma_.lower(), p.lemma):
            continue  # "the brothers" does not mean "the preachers"; "she" does not mean "a man"
        if member.lemma_.lower() in SUSPECT_WORDS and _casualties(member.doc[p.token]):
            continue  # "the attack, in which 21 people were killed … The suspects were arrested": not the dead
        if count is not None and p.count is not None and count != p.count:
            if count == 1 and p.count >= 2 and len(p.nationalities) == 1 and member.i - p.token <= MEMBER_REACH:
                # "two Russian citizens … the older man", "… his companion": one of the nearer group
                return People(p.token, 1, p.nationalities, p.lemma, frozenset(), part=True)
            continue
        return p
    return None


GENERIC_PEOPLE = word_class("en_referents", "GENERIC_PEOPLE")


def _same_plural_counted(member: Token, people: list[People]) -> People | None:
    """The nearest earlier plural of the same noun with a number of its own ("five women" for "the
    women", or "eight are women": real news breaks its counts down so, "53 were men and boys"), with the nationalities of the phrase it heads, if any; None when the nearest one has no
    number, or the noun is no word for people."""
    lemma = member.lemma_.lower()
    if lemma not in PEOPLE_WORDS or lemma in ("people", "person"):
        return None
    for tok in reversed(member.doc[max(0, member.i - 400) : member.i]):
        if tok.lemma_.lower() != lemma or tok.tag_ != "NNS":
            continue
        number = next((c for c in kids(tok) if c.dep_ == "nummod"), None)
        if number is None and tok.dep_ == "attr" and (subject := _copula_subject(tok)) is not None and subject.pos_ == "NUM":
            number = subject  # "Twenty-nine of them are children and eight are women … The women": the eight
        q = parse_quantity(number_phrase(number), "en") if number is not None else None
        if q is None or not q.value:
            return None
        own = next((p for p in people if p.token == tok.i and not p.part), None)
        if own is None:  # "14 Kazakh citizens, among them five women": those of the group it is part of
            head = tok
            while head.dep_ == "conj":
                head = head.head
            group = next((o for pr in kids(head) if pr.lower_ == "among" for o in kids(pr) if o.lower_ in ("them", "those")), None)
            own = _antecedent_phrase(group, people) if group is not None else None
        return People(tok.i, q.value, own.nationalities if own is not None else (), lemma, frozenset())
    return None


def _one_common_noun(tok: Token) -> bool:
    """A singular common noun, also where the tagger took it for a name ("The imam" opening a sentence)."""
    return tok.tag_ == "NN" or tok.tag_ == "NNP" and tok.text.islower()


def _pronoun_of_a_role(member: Token, people: list[People]) -> People | None:
    """ "a Moroccan imam … two Belgian preachers … The imam was escorted … He had been detained":
    "he" means the last one person named before it, here by a role told before with its nationality."""
    if member.lower_ not in SINGULAR_PRONOUNS:
        return None
    doc = member.doc
    for tok in reversed(doc[max(0, member.i - 60) : member.i]):
        if _one_common_noun(tok) and tok.dep_ not in ("compound", "poss", "amod") and tok.lemma_.lower() in PERSON_NOUNS:
            told = same_noun_told(tok, people)
            return told if told is not None and not sex_differs(member.lower_, told.lemma) else None
    return None


def same_noun_told(member: Token, people: list[People]) -> People | None:
    """ "the preacher", "the imam": a definite noun naming one person by a role told before with
    the same noun; not the generic "the man" or "the woman", which may mean anyone told."""
    lemma = member.lemma_.lower()
    if not _one_common_noun(member) or lemma in GENERIC_PEOPLE or not _definite(member):
        return None
    return next((p for p in reversed(people) if p.token < member.i and p.lemma == lemma and p.count in (None, 1)
                 and member.i - p.token <= 400), None)


SUSPECT_WORDS = word_class("en_referents", "SUSPECT_WORDS")
CASUALTY_VERBS = word_class("en_referents", "CASUALTY_VERBS")


def _casualties(tok: Token) -> bool:
    """People told as an attack's dead or wounded ("in which 21 people were killed")."""
    return tok.dep_ in ("nsubjpass", "dobj", "nsubj") and tok.head.lemma_.lower() in CASUALTY_VERBS


def _held(tok: Token) -> bool:
    """People told as arrested or charged ("police detained 32 Uzbek nationals", "two men were
    charged"): whom "the suspects", "the detainees" told after them mean."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _holding_verbs()


@cache
def _holding_verbs() -> frozenset[str]:
    """The ontology's verbs of arresting and charging, joined once."""
    types = load_ontology().types
    return types["ARREST"].verbs | types["CHARGE"].verbs


def _other_kind(member: Token, told: People) -> bool:
    lemma = member.lemma_.lower()
    if member.pos_ != "NOUN" or lemma not in PEOPLE_WORDS or lemma in GROUP_SIZES or told.lemma == lemma:
        return False
    if lemma in SUSPECT_WORDS and _held(member.doc[told.token]):
        return False  # "detained 32 Uzbek nationals … The suspects face deportation": those held
    return lemma not in GENERIC_PEOPLE and told.lemma not in GENERIC_PEOPLE


def same_group(member: Token, count: int | None, people: list[People]) -> People | None:
    """'17 people expelled by Turkey' in a story of 'seventeen Indonesians': a group of two or
    more told with the same count elsewhere in the story, the nearest one."""
    if count is None or count < 2:
        return None
    same = [p for p in people if p.count == count and p.nationalities and p.token != member.i and abs(p.token - member.i) <= 600]
    return min(same, key=lambda p: abs(p.token - member.i)) if same else None


def _count_of(member: Token) -> int | None:
    number = next((c for c in kids(member) if c.dep_ == "nummod"), None)
    q = parse_quantity(number_phrase(number), "en") if number is not None else None
    return q.value if q is not None else None



TOLD_LATER_REACH = 300  # tokens: "a 29-year-old woman … The woman, from Nice, …" a paragraph or two on


def told_later(member: Token, people: list[People]) -> People | None:
    """'sentenced a 29-year-old woman … The woman, from Nice, had …': one person first told with
    no nationality, then told back by the same noun with one (GOLD-FORMAT: a follow-up that gives
    the nationality of those acted on adds to the act). None when another of the same noun comes
    between, or the later phrase names several people or nationalities."""
    if member.tag_ not in ("NN", "NNS") or _definite(member) or member.lemma_.lower() in GROUP_NOUNS:
        return None
    lemma = member.lemma_.lower()
    doc = member.doc
    plural = member.tag_ == "NNS"  # "detained two women … The women are Danish citizens"
    for p in people:
        if not plural and p.lemma in ("he", "she") and p.token > member.i and _next_sentence_subject(member, p):
            # "A woman was arrested at Vienna airport … She holds Austrian and Turkish passports."
            return p if not sex_differs(p.lemma, lemma) else None
        # "charged three men … The suspects, a Syrian, a German and an Iraqi, …": the same people by role
        by_role = plural and p.lemma in SUSPECT_WORDS and p.count is not None and p.count == _count_of(member)
        if p.token <= member.i or p.lemma != lemma and not by_role and (plural or p.lemma not in ("man", "woman", "citizen", "national")):
            continue  # "a preacher … The man, a citizen of Bosnia, …": the plain word for the one person
        if p.token - member.i > TOLD_LATER_REACH or not p.nationalities or len(p.nationalities) > 1 and not by_role:
            return None
        if p.count not in (None, 1) if not plural else p.count not in (None, _count_of(member)):
            return None
        told = doc[p.token]
        told = told.head if told.dep_ == "appos" else told  # "The man, a citizen of Bosnia": the man's article
        both = any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in kids(told))
        return p if _definite(told) or both and plural else None  # "Both men hold Russian passports"
    return None


def _next_sentence_subject(member: Token, p: People) -> bool:
    """Whether the pronoun of `p` opens the sentence right after `member`'s, with no other person
    word between them (then it can only mean that one person)."""
    doc = member.doc
    pronoun = doc[p.token]
    here, there = member.sent, pronoun.sent
    if there.start != here.end or pronoun.i - there.start > 2 or pronoun.dep_ != "nsubj":
        return False
    return not any(_is_person_word(t) for t in doc[member.i + 1 : pronoun.i] if t.pos_ in ("NOUN", "PROPN"))


def story_nationality(people: list[People]) -> tuple[str, str | None] | None:
    """The one nationality of every person a story names with one, if it names two or more."""
    named = [p for p in people if p.nationalities]
    seen = {n for p in named for n in p.nationalities}
    return next(iter(seen)) if len(seen) == 1 and len(named) >= 2 else None
