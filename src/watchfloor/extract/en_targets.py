"""Who an English act was done to: the people stage of the English front end.

`EnglishTargets` holds what `EnglishExtractor` (extract/english.py) asks of an act's people: the
targets of its patient, counted (lists, companions, "N of them", the rest of a group, ages never
counts), with a nationality stated, told before or after, by residence or origin (GOLD-FORMAT's
conventions for counting and nationality), a lone name held taken for a person, and the objects of
an online takedown counted by kind.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from watchfloor.extract.en_draft import DocContext, Draft
from watchfloor.extract.en_event_place import place_spans
from watchfloor.extract.en_groups import (
    beside,
    describes_all,
    members_named,
    names_for_plurals,
    names_under,
    nationalities_after_a_colon,
)
from watchfloor.extract.en_places import EnglishPlaces
from watchfloor.extract.en_referents import (
    GROUP_NOUNS,
    GROUP_SIZES,
    SUSPECT_WORDS,
    antecedent,
    birth_size,
    possessed_conjunct,
    same_group,
    same_noun_told,
    spelled_list,
    stated_nationality,
    story_nationality,
    told_later,
)
from watchfloor.extract.en_remainder import remainder_of
from watchfloor.extract.en_syntax import (
    ANAPHORS,
    FEMALE_NOUNS,
    MALE_NOUNS,
    PEOPLE_PARTICIPLES,
    PERSON_NOUNS,
    SPEECH_VERBS,
    _collective_of,
    _compound_text,
    _definite,
    _earlier_nationality,
    _elliptical_count,
    _foreign,
    _is_person_np,
    _low,
    _members,
    _np_text,
    _origin_countries,
    _partitive,
    _quantity_of,
    _speech_subject,
    has_age,
    is_age_noun,
    people_along,
    possessor_country,
    same_referent,
    the_one_described,
)
from watchfloor.extract.ontology import Ontology
from watchfloor.extract.text import span_text, typed_in_lower_case, words_text
from watchfloor.extract.tree import kids, sent_of, sentences, span_tokens, subtree
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Target
from watchfloor.normalize.actors import actor_of
from watchfloor.normalize.groups import find_groups, group_of
from watchfloor.normalize.nationality import country_code, nationality_of
from watchfloor.normalize.numbers import Quantity, parse_quantity
from watchfloor.normalize.places import Gazetteer

# "sentenced 4 men to 10 years each": a word that shares out what each got, no second group
DISTRIBUTIVES = word_class("en_targets", "DISTRIBUTIVES")

TOWNSPEOPLE = word_class("en_targets", "TOWNSPEOPLE")
HOME_NOUNS = word_class("en_targets", "HOME_NOUNS")
PERPETRATOR_NOUNS = word_class("en_targets", "PERPETRATOR_NOUNS")
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})  # NER labels of names (not numbers, days)
# verbs that only ever hold people: their object is a person whatever NER typed its name
ARRESTING_VERBS = word_class("en_targets", "ARRESTING_VERBS")
# Heads that only count the people of their of-phrase ("120 more of its citizens", "dozens of Uzbeks").
QUANTITY_HEADS = word_class("en_targets", "QUANTITY_HEADS")


def _spelled_out(
    head: Token, members: list[Token], targets: list[Target], head_q: Quantity | None
) -> tuple[list[Token], list[Target]] | None:
    """'two foreign preachers, an Egyptian and a Jordanian', 'three men, two Syrians and an Iraqi':
    an apposition that lists a counted group member by member adds no one (GOLD-FORMAT: people
    already counted); its members, with their nationalities, are the group. None otherwise."""
    if head_q is None and _told_back_then_named(head, members, targets):
        return members[1:], targets[1:]  # "The others, a 23-year-old Syrian and a Kosovar, …": the two, by who they are
    if head_q is None or head_q.value is None or len(members) < 3 or len(members) != len(targets) or members[0] is not head:
        return None
    members, targets = names_for_plurals(members, targets)
    if _broken_down_by_sex_and_age(head, members, targets, head_q.value):
        return [head], targets[:1]  # "22 Kazakh citizens, six women and 16 children": the 22, by who they are
    named = all(_named_person(m) and t.nationality is None for t, m in zip(targets[1:], members[1:], strict=True))
    if targets[0].nationality is not None and not named:
        return None  # "two Syrians, three Iraqis and a Turk": a list of groups
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    before_first = members[1].left_edge.i - 1
    if before_first > head.i and head.doc[before_first].text == ":":
        after = head.doc[before_first]  # "barred four preachers from entering the country: A, …; B, …"
    if after is None or after.text not in (",", "-", "–", "—", "--", "(", ":"):
        return None  # the group is set off from the members that spell it out
    rest = targets[1:]
    counts = [t.count for t in rest]
    if None in counts or sum(c or 0 for c in counts) != head_q.value:
        return None
    if targets[0].nationality is not None:  # "two French brothers, Karim and Yacine H.": the two, by name
        for t in rest:
            t.nationality, t.ethnicity = targets[0].nationality, targets[0].ethnicity
        return members[1:], rest
    if not all(t.nationality or _named_person(m) for t, m in zip(rest, members[1:], strict=True)):
        if all(m.pos_ == "NUM" for m in members[1:]):
            return [head], targets[:1]  # "three Tajik men, one from Khujand and two from Dushanbe": the same three
        if after.text == ",":
            return None  # "three men, two women and a child": a list, six people
        return [head], targets[:1]  # "52 people - nine men, 13 women and 30 children -": a breakdown by sex and age
    return members[1:], rest


SEX_AND_AGE_NOUNS = word_class("en_targets", "SEX_AND_AGE_NOUNS")


def _broken_down_by_sex_and_age(head: Token, members: list[Token], targets: list[Target], count: int) -> bool:
    """A group of either sex counted, then the same number by sex and age after a comma, with no
    other nationality ("22 Kazakh citizens, six women and 16 children"): one group ("three men, two
    women and a child" is a list of six)."""
    rest = list(zip(members[1:], targets[1:], strict=True))
    return (
        head.lemma_.lower() in GROUP_OF_EITHER_SEX
        and all(m.lemma_.lower() in SEX_AND_AGE_NOUNS and t.nationality in (None, targets[0].nationality) and t.count is not None
                for m, t in rest)  # the story's one nationality may have been lent them
        and sum(t.count or 0 for _, t in rest) == count
        and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text in (",", "-", "–", "—", "(")
    )


BACK_HEADS = word_class("en_targets", "BACK_HEADS")


def _told_back_then_named(head: Token, members: list[Token], targets: list[Target]) -> bool:
    """ "the others, a Syrian and a Kosovar", "the pair, a Briton and an Algerian": people told back
    with no count of their own, then named one by one in apposition: the named ones are the group."""
    if len(members) < 3 or len(members) != len(targets) or members[0] is not head:
        return False
    if head.lemma_.lower() not in BACK_HEADS and not (head.tag_ == "NNS" and head.lemma_.lower() in PERSON_NOUNS):
        return False  # "the suspects, a Syrian, a German and an Iraqi", too
    if not _definite(head) or head.i + 1 >= len(head.doc) or head.doc[head.i + 1].text != ",":
        return False
    return all(t.count is not None and (t.nationality or _named_person(m)) for t, m in zip(targets[1:], members[1:], strict=True))


def _committed_lower_bound(quantity: Quantity | None) -> bool:
    """'more than 30', 'at least 12', '100 to 200' commit to a smallest count; 'about 50' and
    'dozens' do not."""
    return quantity is not None and quantity.value is None and quantity.low is not None and not quantity.vague and (
        quantity.high is None or quantity.high != quantity.low
    )


MEDIA_WORDS = word_class("en_targets", "MEDIA_WORDS")


def _a_source(tok: Token) -> bool:
    """'Two Syrians were denied entry at the border, the paper reported', parsed with "the paper" in
    apposition to the people: the one telling it, no one the act was done to."""
    return _is_media(tok) or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in SPEECH_VERBS for c in kids(tok)) or (
        _credit_line(tok))


def _credit_line(tok: Token) -> bool:
    """'Russia bars entry to 3 Georgian activists — TASS': a name after a dash that ends the line is
    the outlet credited, whatever NER made of it."""
    doc, left = tok.doc, tok.left_edge.i
    if tok.dep_ != "appos" or tok.pos_ != "PROPN" or left == 0 or doc[left - 1].text not in ("—", "–", "-", "|"):
        return False
    rest = doc[tok.right_edge.i + 1 : sent_of(tok).end]
    return all(t.is_punct or t.is_space for t in rest)


def _is_media(tok: Token) -> bool:
    return tok.lemma_.lower() in MEDIA_WORDS or tok.lower_ in MEDIA_WORDS


def _coordinated_nationalities(member: Token, first: Target) -> list[Target]:
    """'12 Pakistani and Uzbek fighters': the nationalities after the first, each a target with no
    count of its own (the head count holds them all); 'two Syrian and three Iraqi men', parsed with
    both counts and both adjectives on "men": each nationality with its count."""
    if first.nationality is None:
        return []
    counts = [c for c in kids(member) if c.dep_ == "nummod" and c.i < member.i]
    nats = [c for c in kids(member) if c.dep_ == "amod" and c.i < member.i and nationality_of(c.text, "en") is not None]
    if len(counts) >= 2 and len(counts) == len(nats) and all(n.i == q.i + 1 for q, n in zip(counts, nats, strict=True)):
        pairs: list[Target] = []
        for q, n in zip(counts, nats, strict=True):
            quantity, nat = parse_quantity(q.text, "en"), nationality_of(n.text, "en")
            if quantity is None or quantity.value is None or nat is None or not nat.country:
                break
            pairs.append(Target(count=quantity.value, nationality=nat.country, ethnicity=nat.ethnicity, text=f"{q.text} {n.text}"))
        else:
            first.count = pairs[0].count
            return pairs[1:]
    out: list[Target] = []
    for amod in (c for c in kids(member) if c.dep_ in ("amod", "compound") and c.i < member.i):
        for other in amod.conjuncts:
            nat = nationality_of(other.text, "en")
            if nat is not None and nat.country and nat.country != first.nationality and all(t.nationality != nat.country for t in out):
                out.append(Target(nationality=nat.country, ethnicity=nat.ethnicity, text=other.text))
    return out


def _ages_told(people: Token) -> int | None:
    """'The women, aged 22 and 25', 'two missionaries -- aged 19 and 21': as many people as ages."""
    for acl in kids(people):
        if acl.dep_ == "acl" and acl.lemma_.lower() == "age":
            ages = [c for c in kids(acl) if c.dep_ == "dobj" and c.like_num]
            if ages:
                listed = [ages[0], *(c for c in subtree(ages[0]) if c.dep_ == "conj" and c.like_num)]
                return len(listed) if len(listed) >= 2 else None
    return None


MEMBER_ACTS = frozenset({"ARREST", "DEPORT", "ENTRY_BAN", "CHARGE", "TRAVEL"})


def _everyone(tok: Token) -> bool:
    """A subject meaning everyone told before: "All", "Both", "All of them", "They are all"."""
    if tok.dep_ != "nsubj":
        return False
    if tok.lower_ in ("all", "both"):
        return True
    return tok.lower_ == "they" and any(c.lower_ in ("all", "both") and c.dep_ in ("dep", "advmod", "appos", "det")
                                        for c in kids(tok.head))


def _next_sentence_of_no_act(draft: Draft, acted: set[int]) -> Span | None:
    """The sentence after the act's, where it tells no act of its own (`acted`: the first tokens of
    the sentences that do): a follow-up that can only tell more of this one."""
    doc = draft.sent.doc
    if draft.sent.end >= len(doc):
        return None
    following = sent_of(doc[draft.sent.end])
    return None if following.start in acted else following


CITIZEN_NOUNS = word_class("en_targets", "CITIZEN_NOUNS")


WENT_THERE_NOUNS = word_class("en_targets", "WENT_THERE_NOUNS")


def _where_they_went(modifier: Token, member: Token) -> bool:
    """'a former Syria fighter', 'Syria returnees', 'Iraq veterans': a country's name before a noun of
    those who went to fight is where they went, not their nationality ("a US citizen" is)."""
    return member.lemma_.lower() in WENT_THERE_NOUNS and country_code(modifier.text, "en") is not None


def _told_back(subject: Token, total: int | None) -> bool:
    """'the men', 'they', 'he', 'all four', 'both': the people of the act told before, by words that
    point back (a number counts them all)."""
    if subject.lower_ in ("he", "she", "they", "both") or _definite(subject) and subject.pos_ in ("NOUN", "PROPN"):
        return True
    if subject.pos_ == "NUM" and any(c.lower_ in ("all", "both") for c in kids(subject)):
        q = parse_quantity(subject.text, "en")
        return q is not None and q.value == total
    return False


def _group_citizenship_told_after(draft: Draft, following: Span) -> None:
    """'Kazakhstan has banned 11 foreign preachers … The preachers, citizens of Egypt, Saudi Arabia
    and Pakistan, had been invited …': a group told back as the next sentence's subject, with the
    states whose citizens they are in apposition, is of those states (GOLD-FORMAT: a follow-up adds
    the nationalities of the people of the act it continues)."""
    subject = next((c for c in kids(following.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NNS" or not _definite(subject):
        return
    codes: list[str] = []
    listed = not any(c.dep_ == "cc" for c in kids(subject))  # "The preachers, citizens of …": a comma, no list
    for appos in (c for c in kids(subject) if (c.dep_ == "appos" or c.dep_ == "conj" and listed) and c.lemma_.lower() in CITIZEN_NOUNS):
        states = [o for p in kids(appos) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj"]
        for state in (m for o in states for m in _members(o)):
            code = country_code(_compound_text(state), "en")
            if code is not None and code not in codes:
                codes.append(code)
    if codes:
        text = draft.targets[0].text if draft.targets else None
        draft.targets = [Target(count=draft.total if len(codes) == 1 else None, nationality=c, text=text) for c in codes]


def _age_listed_before(head: Token) -> str | None:
    """'a 19-year-old and two men', 'a 17-year-old and three women': one person named by an age,
    listed before counted people, which the parser hangs on their noun as an adjective."""
    # on the noun, or on the verb when the list is its subject ("A 17-year-old and two men were arrested")
    owners = (head, head.head, *(d for d in kids(head) if d.dep_ == "det"))  # or on the article ("A … men")
    age = next((c for h in owners for c in kids(h) if c.dep_ == "amod" and c.lower_ == "old" and c.i < head.i
                and any(d.dep_ == "cc" and d.lower_ == "and" for d in kids(c))), None)
    if age is None or not any(c.dep_ == "nummod" for c in kids(head)):
        return None
    det = next((c for h in (head, age) for c in kids(h) if c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < age.i), None)
    det = det or next((h for h in owners if h.dep_ == "det" and h.lower_ in ("a", "an") and h.i < age.i), None)
    return words_text(det, age) if det is not None else None


def _national_listed_before(head: Token) -> Token | None:
    """The nationality word of 'a Syrian and two Iraqis', 'an Afghan and three Pakistanis' when the
    parser makes the first person an adjective of the counted noun, joined to it by "and"."""
    if not any(c.dep_ == "nummod" for c in kids(head)):
        return None
    for c in kids(head):
        if c.dep_ == "amod" and c.i < head.i and any(d.dep_ == "cc" and d.lower_ == "and" for d in kids(c)):
            det = head.doc[c.i - 1] if c.i > 0 else None
            if det is not None and det.lower_ in ("a", "an") and nationality_of(c.text, "en") is not None:
                return c
    return None


def _one_of_a_group(member: Token, ctx: DocContext) -> tuple[str, str | None, None] | None:
    """'Two Russian citizens … a court jailed him', '… the older man': one person told back to a
    group of one nationality told nearer than any one person with a nationality (en_referents)."""
    found = antecedent(member, ctx.people)
    if found is None or not found.part or found.count != 1 or len(found.nationalities) != 1:
        return None
    country, ethnicity = found.nationalities[0]
    return country, ethnicity, None


# what a group told back by "the men" or "the women" may have been named as: no word of one sex
GROUP_OF_EITHER_SEX = word_class("en_targets", "GROUP_OF_EITHER_SEX")


def _from_antecedent(target: Target, member: Token, ctx: DocContext) -> bool:
    """'the three', 'Kaya', 'the pair', 'they': the people told before, with their nationality."""
    found = antecedent(member, ctx.people)
    if found is None:
        return False
    # "him", "the pair"; and "the brothers" after "two Chechen brothers" (the same word for the same people)
    lemma = member.lemma_.lower()
    # "two brothers … The men": a group of one sex told back by its generic noun is the same people
    same_sex = lemma == "man" and found.lemma in MALE_NOUNS or lemma == "woman" and found.lemma in FEMALE_NOUNS
    # "sentenced seven Azerbaijani citizens … The men left for Syria": a group named by what it is
    # (citizens, a nationality) told back by the generic noun of one sex, when it is of neither
    same_sex = same_sex or lemma in ("man", "woman") and found.lemma in GROUP_OF_EITHER_SEX and found.count is not None
    same_word = (lemma == found.lemma or lemma in SUSPECT_WORDS or same_sex) and member.tag_.endswith("S") and (
        _definite(member) or possessed_conjunct(member)  # "the children", "his wife and children"
    )
    # "charged five people … The suspects were arrested": those held are the people told
    counted = target.count is None and found.count is not None and (not member.tag_.endswith("S") or same_word)
    if counted:
        target.count = found.count
    if len(found.nationalities) == 1:
        target.nationality, target.ethnicity = found.nationalities[0]
        return True
    return counted


def _split_by_antecedent(draft: Draft, member: Token, ctx: DocContext) -> None:
    """'a German convert and a Tunisian man … They were charged': the people of several
    nationalities told before, one target per nationality under the same total."""
    found = antecedent(member, ctx.people)
    if found is None or len(found.nationalities) < 2:
        return
    if found.count is not None and draft.total is not None and found.count != draft.total:
        return
    draft.targets = [Target(nationality=c, ethnicity=e, text=_np_text(member)) for c, e in found.nationalities]


# nouns that gather what an online takedown removes: "a network of 300 fake accounts", "a series of channels"
COLLECTION_NOUNS = word_class("en_targets", "COLLECTION_NOUNS")


def _count_shared(members: list[Token], targets: list[Target]) -> bool:
    """'60 Kazakh women and children': a count before a list whose other members are bare
    plurals counts the whole list."""
    if len(members) < 2 or len(targets) != len(members) or targets[0].count is None:
        return False
    return all(
        m.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "nummod", "poss") for c in kids(m))
        for m in members[1:]
    )


def _sized_by(member: Token) -> int | None:
    """'a family of five', 'a family of four people': a group noun whose of-phrase is only its size."""
    if member.lemma_.lower() not in ("family", "household", "group", "cell", "gang", "team", "unit", "party"):
        return None
    for prep in kids(member):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [o for o in kids(prep) if o.dep_ == "pobj"]
            if len(objs) != 1:
                continue
            obj = objs[0]
            number: Token | None
            if obj.pos_ == "NUM" and all(c.dep_ == "prep" for c in kids(obj)):  # "of six from Medan"
                number = obj
            elif obj.lemma_.lower() in ("people", "person", "member"):
                number = next((c for c in kids(obj) if c.dep_ == "nummod"), None)
            else:
                continue
            q = parse_quantity(number.text, "en") if number is not None else None
            return q.value if q is not None else None
    return None


def _from_story(target: Target, member: Token, ctx: DocContext) -> list[Target]:
    """People with no nationality of their own: the group told with the same count elsewhere in
    the story ("17 people" of "seventeen Indonesians"), else the story's one nationality; never
    anyone of a kind ("every returning fighter")."""
    if any(c.dep_ == "det" and c.lower_ in ("every", "any", "each") for c in kids(member)):
        return []
    if any(c.lower_ == "local" for c in kids(member)):
        return []  # "three local men": the people of the place they were held in (english._own_nationals)
    group = same_group(member, target.count, ctx.people)
    if group is not None and len(group.nationalities) == 1:
        target.nationality, target.ethnicity = group.nationalities[0]
        return []
    later = told_later(member, ctx.people)
    if later is not None:
        target.nationality, target.ethnicity = later.nationalities[0]
        return [Target(nationality=c, ethnicity=e, text=target.text) for c, e in later.nationalities[1:]]
    if member.lemma_.lower() in PERPETRATOR_NOUNS:
        return []  # "one of the bombers": the story's named people are rarely those who struck
    if any(c.lower_ in ("more", "other", "further", "additional") for c in [*kids(member), *subtree(member)]):
        return []  # "two more suspects", "three other men": people beyond those the story has told of
    if member.lemma_.lower() in PERSON_NOUNS or member.pos_ == "NUM":
        only = story_nationality(ctx.people)
        if only is not None:
            target.nationality, target.ethnicity = only
    return []


def _antecedent(previous: list[Draft]) -> Draft | None:
    """The act whose people "they", "the group" point back to: the latest counted one of the last
    three, an act told in a relative clause ("… citizens who travelled to Syria in 2014") only when
    no act told in a clause of its own is there (the clause describes people; it does not bring them in)."""
    recent = [prior for prior in reversed(previous[-3:]) if prior.total is not None]
    return next((prior for prior in recent if prior.trigger.dep_ != "relcl"), recent[0] if recent else None)


def _told_since(prior: Draft, member: Token, ctx: DocContext) -> bool:
    """Is the group that `member` ("they", "the group") points back to told after the act `prior`
    ("… deported 12 Uzbeks. The embassy named three Tajik women; they were charged")? Then the
    back-reference means those people, the latest told, and the act is no follow-up of `prior`."""
    told = antecedent(member, ctx.people)
    if told is None or told.count is None or not prior.trigger.i < told.token < member.i:
        return False
    # "caught 11 Russians, among them four women, … They were held": a part of the act's own people
    # named in its clause leaves the whole group the one pointed back to
    part = member.doc[told.token]
    if part.sent.start != prior.sent.start:
        return True
    before = [t.lower_ for t in member.doc[max(part.left_edge.i - 2, 0) : part.left_edge.i]]
    return not ("including" in before[-1:] or before == ["among", "them"])  # the parser may hang the part anywhere


def _coordinated(a: Token, b: Token) -> bool:
    """Two subjects of one verb the parser failed to join: an "and" ends the first one's phrase."""
    first, second = sorted((a, b), key=lambda t: t.i)
    return any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in kids(first)) and first.right_edge.i < second.i


FAITHS = word_class("en_targets", "FAITHS")


def _named_person(member: Token) -> bool:
    """'arrested Karim Benali': a proper name that is no place, body or people is one person."""
    if member.ent_type_ == "PERSON" or has_age(member):
        return True
    if member.pos_ != "PROPN" or member.tag_ != "NNP" or any(c.dep_ == "det" for c in kids(member)):
        return False
    if member.dep_ == "appos" and member.head.lemma_.lower() in PERSON_NOUNS:
        return True  # "a second militant, Novendri": whatever the NER made of the name
    first_name = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids(member))
    listed_with_a_person = (member.dep_ == "conj" and member.head.ent_type_ == "PERSON") or any(
        c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in kids(member)
    )
    if first_name and listed_with_a_person:
        return True  # "Yusuf Kaya and Mehmet Arslan": the NER made the second name a body
    if member.ent_type_ == "NORP" and nationality_of(member.text, "en") is None and member.lower_ not in FAITHS:
        return True  # "Sodiq had not been arrested": the NER reads an unknown name as a people
    return not member.ent_type_ or first_name and member.ent_type_ != "ORG"  # the tagger calls some names places


HOUSEHOLDS = frozenset({"family", "household"})


def _households(tok: Token) -> bool:
    """'94 families': households counted, not people (GOLD-FORMAT: a family with no number has none)."""
    return tok.lemma_.lower() in HOUSEHOLDS and tok.tag_ in ("NNS", "NNPS")

# nouns of one person ("the preacher"), not of a group ("the family"); with "chechen", the nouns a
# lone mention counts one of (sets made once, not per member)
ONE_PERSON_NOUNS = PERSON_NOUNS - GROUP_NOUNS
COUNTED_PERSON_NOUNS = PERSON_NOUNS | {"chechen"}


class EnglishTargets(EnglishPlaces):
    """The people methods of the English extractor, over its place methods (a mixin:
    `EnglishExtractor` holds the state)."""

    gazetteer: Gazetteer
    ontology: Ontology

    def _targets(self, draft: Draft, head: Token, ctx: DocContext, previous: list[Draft]) -> None:
        if draft.type == "TAKEDOWN":
            # accounts, channels, pages: counted by kind, no nationality
            head = _collective_of(head, COLLECTION_NOUNS) or head  # "a network of 300 fake accounts"
            objects = [m for m in _members(head) if self._takedown_kind(m)]
            kind = self._partitive_object(head) if not objects else None
            if kind is not None:  # "120 of them had been suspended": so many of the accounts told before
                quantity = _quantity_of(head)
                draft.targets = [Target(count=quantity.value if quantity else None, kind=kind.lemma_.lower(), text=_np_text(head))]
                draft.total = draft.targets[0].count
                return
            for member in objects:
                quantity = _quantity_of(member)
                count = quantity.value if quantity else None
                approx = quantity.least if quantity is not None and count is None else None
                draft.targets.append(
                    Target(count=count, approx_count=approx, kind=self._takedown_kind(member), text=_np_text(member))
                )
            counts = [t.count for t in draft.targets]
            draft.total = sum(c for c in counts if c is not None) if counts and None not in counts else None
            bare = all(not any(c.dep_ in ("det", "nummod", "amod") for c in kids(m)) for m in objects[1:])
            if draft.total is None and len(counts) > 1 and counts[0] is not None and bare and all(c is None for c in counts[1:]):
                draft.total = counts[0]  # "5,000 accounts and channels": one count for the list (GOLD-FORMAT)
            return
        if self._rest_of_a_group(draft, head, previous):
            return
        if head.lower_ in ("he", "him", "she", "her", "his"):
            draft.anaphoric = True
            stated = stated_nationality(head)  # "he has only a Syrian passport now and was turned away at the border""
            nat = (stated[0][0], stated[0][1], None) if len(stated) == 1 else _one_of_a_group(head, ctx) or _earlier_nationality(head)
            # "an American … Greek police turned him back"
            draft.targets = [Target(count=1, nationality=nat[0] if nat else None, text=head.text)]
            if nat is None:
                _from_antecedent(draft.targets[0], head, ctx)
            draft.total = 1
            self._add_companions(draft, head, draft.targets, previous, ctx)
            return
        if head.lower_ in ANAPHORS and head.lower_ != "group" or head.lemma_.lower() == "group" and _definite(head):
            draft.anaphoric = True
            act_before = _antecedent(previous)
            if act_before is not None and _told_since(act_before, head, ctx):
                act_before, draft.new_group = None, True
            if act_before is not None and act_before.total is not None:
                draft.total = act_before.total
                draft.targets = [Target(count=act_before.total, text=_np_text(head))]
                if not _from_antecedent(draft.targets[0], head, ctx) or draft.targets[0].nationality is None:
                    _split_by_antecedent(draft, head, ctx)
            else:
                told = Target(count=None, text=_np_text(head))
                if _from_antecedent(told, head, ctx):  # "… after Iraq expelled them"
                    draft.targets, draft.total = [told], told.count
                    if told.nationality is None:
                        _split_by_antecedent(draft, head, ctx)
            return
        inner = _collective_of(head)
        if inner is not None:
            # "dozens of migrants" counts the people; "a group of 16 Syrians" leaves it to them
            quantity = parse_quantity(head.text, "en") if head.tag_ == "NNS" else None
            self._targets(draft, inner, ctx, previous)
            if quantity is not None and draft.total is None and draft.targets:
                if quantity.value is not None and len(draft.targets) == 1:
                    draft.total = draft.targets[0].count = quantity.value
                elif quantity.least:
                    draft.targets[0].approx_count = quantity.least  # "dozens of migrants"
            return
        members = [m for m in _members(head) if m is head or not _a_source(m) and not self._bracketed_place(m)]
        # a misparsed list: "held 40 Afghans, three Pakistanis and an Iranian" (the second noun as dep)
        subsets: list[Token] = []  # "eleven foreign nationals, among them four Germans": part of the head
        for c in kids(draft.trigger):
            if c.dep_ == "dep" and c.i > head.i and _is_person_np(c) and not describes_all(c) and c.lower_ not in DISTRIBUTIVES:
                among = any(p.dep_ == "prep" and p.lower_ in ("among", "including") for p in kids(c)) or _partitive(c)
                (subsets if among and _quantity_of(head) is not None else members).extend(_members(c))
            elif c.dep_ == head.dep_ and c.dep_ in ("nsubjpass", "nsubj") and c.i != head.i and _coordinated(head, c):
                members.extend(m for m in _members(c) if m not in members)  # "Ali, 24, and Omar, 31, were …"
            elif c.dep_ == head.dep_ == "nsubjpass" and c in (listed := spelled_list(head)):
                members = listed  # "The suspects, a 22-year-old Syrian, a … and a 24-year-old Iraqi, were arrested"
        if _quantity_of(head) is not None:
            for c in [*kids(draft.trigger), *kids(head)]:
                if c.dep_ in ("npadvmod", "appos", "dep", "advcl") and c.i > head.i and _partitive(c) and c not in subsets:
                    subsets.append(c)  # "detained six members …, four of them Tajik citizens": who some of them are
            for prep in [*kids(draft.trigger), *kids(head)]:
                if prep.dep_ == "prep" and prep.lower_ == "among":  # "…, among them two Tunisians"
                    people = [o for o in kids(prep) if o.dep_ == "pobj" and o.pos_ != "PRON" and _is_person_np(o)]
                    for person in people:
                        subsets.extend(m for m in _members(person) if m not in subsets)
        targets: list[Target] = []
        for member in members:
            targets.extend(self._member_targets(member, draft, previous, ctx))
        age = _age_listed_before(head)
        if age is not None:  # "a 19-year-old and two men": the parser makes the first person an adjective
            targets.insert(0, Target(count=1, text=age))
        national = _national_listed_before(head) if age is None else None
        if national is not None:  # "a Syrian and two Iraqis": the same misreading of a nationality
            first = nationality_of(national.text, "en")
            targets.insert(0, Target(count=1, nationality=first.country if first else None,
                                     ethnicity=first.ethnicity if first else None, text=f"a {national.text}"))
        # "23 foreign nationals from China and Russia": the head count is the total.
        head_q = _quantity_of(head)
        if _households(head):
            head_q = None  # "94 families": households; the people, where told, are counted apart
            in_all = next((c for c in kids(head) if c.dep_ == "appos" and _quantity_of(c) is not None and _is_person_np(c)), None)
            if in_all is not None:  # "94 families, 381 people in all"
                targets = self._member_targets(in_all, draft, previous, ctx)
                members = [in_all]
        spelled = _spelled_out(head, members, targets, head_q)
        if spelled is not None:  # "two foreign preachers, an Egyptian and a Jordanian": the two, one by one
            members, targets = spelled
        counted = [t for t in targets if t.count is not None]
        if head_q is not None and head_q.value is None and head_q.least and targets and targets[0].approx_count is None:
            targets[0].approx_count = head_q.least  # "more than 700 people from the UK"
        single = len(members) == 1 and head.lemma_.lower() not in GROUP_SIZES and _sized_by(head) is None and age is None
        if head_q is not None and head_q.value is not None and single and len(counted) > 1 and len(counted) == len(targets):
            draft.total = sum(t.count or 0 for t in targets)  # "two Syrian and three Iraqi men"
        elif head_q is not None and head_q.value is not None and single:
            draft.total = head_q.value
        elif targets and len(counted) == len(targets):
            draft.total = sum(t.count or 0 for t in targets)
        elif _count_shared(members, targets):
            draft.total = targets[0].count  # "148 women and children": one count for the list
        else:
            lows = [_low(t) for t in targets]
            if targets and all(low is not None for low in lows) and len(targets) > 1:
                draft.total_min = sum(low or 0 for low in lows)
            elif len(members) == 1 and _committed_lower_bound(head_q or _quantity_of(members[0])):
                draft.total_min = (head_q or _quantity_of(members[0])).least  # type: ignore[union-attr]
        if draft.total is not None and len(targets) == draft.total and not any(t.nationality for t in targets):
            # "Fatima B., 24, and Rahma B., 31" after "two sisters from Antwerp": the named
            # ones are the group told with their count (as for "17 people", `_from_story`)
            group = same_group(head, draft.total, ctx.people) if all(map(_named_person, members)) else None
            if group is not None and len(group.nationalities) == 1:
                draft.anaphoric = group.token < head.i  # the group told before: these words point back to it
                for t in targets:
                    t.nationality, t.ethnicity = group.nationalities[0]
        for extra in subsets:
            targets.extend(self._member_targets(extra, draft, previous, ctx))
        for tok in subtree(draft.trigger):
            if tok.lower_ == "including" and tok.dep_ in ("prep", "advcl") and (
                tok.head.i in (draft.trigger.i, head.i) or _misattached_inclusion(tok)
            ):
                for obj in (o for o in kids(tok) if o.dep_ in ("pobj", "dobj")):
                    for extra in _members(obj):  # "…, including one Turkish citizen"
                        targets.extend(self._member_targets(extra, draft, previous, ctx))
        if draft.type in ("ARREST", "CHARGE") and targets and not any(t.nationality for t in targets):
            # "detained 14 men from Yovon district" (the from-phrase hangs on the verb)
            for prep in kids(draft.trigger):
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    origins = _origin_countries(prep.head, self.gazetteer, only=prep, context=ctx.countries)
                    if len({c for c, _ in origins}) == 1:
                        for t in targets:
                            t.nationality = origins[0][0]
        companions = self._add_companions(draft, head, targets, previous, ctx)
        size = _sized_by(head)
        if size is not None and len(targets) == 1 and not companions:
            draft.total = size  # "a family of five" is five people (real text: "killed a family of four people")
        broken_down = nationalities_after_a_colon(draft.trigger, head)
        if broken_down and draft.total is not None and not any(t.nationality for t in targets):
            # "flew 20 people home: Uzbek mothers and a Tajik widow with her sons": the people counted,
            # by nationality (GOLD-FORMAT: people already counted)
            targets = [Target(nationality=c, ethnicity=e, text=_np_text(head)) for c, e in broken_down]
        draft.targets = targets

    def _rest_of_a_group(self, draft: Draft, head: Token, previous: list[Draft]) -> bool:
        """'the remaining five', 'the rest', 'all but three' of the people of the act before."""
        prior = _antecedent(previous)
        rest = remainder_of(head, prior.total if prior else None, prior.trigger.i if prior else -1)
        if rest is None:
            return False
        draft.anaphoric = True
        target = Target(count=rest.count, text=_np_text(head))
        if prior is not None and len(prior.nationalities) == 1:
            target.nationality = next(iter(prior.nationalities))
        draft.targets, draft.total = [target], rest.count
        return True

    def _add_companions(
        self, draft: Draft, head: Token, targets: list[Target], previous: list[Draft], ctx: DocContext
    ) -> list[Token]:
        """ "X along with his wife and two children", "together with Krayem", "picked her up together
        with an Algerian man": the companions' targets join `targets` and their counts the total."""
        companions = [m for c in people_along(draft.trigger, head) for m in _members(c)]
        for companion in companions:
            found = self._member_targets(companion, draft, previous, ctx)
            targets.extend(found)
            counts = [t.count for t in found]
            if draft.total is not None and counts and None not in counts:
                draft.total += sum(c or 0 for c in counts)
        return companions

    def _member_targets(self, member: Token, draft: Draft, previous: list[Draft], ctx: DocContext) -> list[Target]:
        quantity = _quantity_of(member)
        count = quantity.value if quantity else None
        if member.lemma_.lower() in GROUP_SIZES and count in (None, 1):
            count = GROUP_SIZES[member.lemma_.lower()]  # "a young couple" is two
        if _households(member):
            count = None
        if count is None:
            count = birth_size(member)  # "the twin sisters"
        if count is None and member.tag_ in ("NNS", "NNPS"):
            count = _ages_told(member)  # "the women, aged 22 and 25": one person an age
        approx = None
        if quantity is not None and quantity.value is None and quantity.approx and quantity.least:
            approx = quantity.least
        text = _np_text(member)
        counted = member  # the count's own word, where the people are named in its of-phrase
        nat = self._nationality(member)  # read once: the origins are asked for only without one
        done_to = self._people_an_act_was_done_to(member, previous) if count is None else None
        if done_to is not None:  # "the deported men", "the arrested persons": the people of that act
            count = done_to.total
            draft.of_another_act = done_to.type != draft.type  # not those of the act of this type told before
            if nat is None and len(done_to.nationalities) == 1:
                nat = (next(iter(done_to.nationalities)), None, None)
        origins = [] if nat else _origin_countries(member, self.gazetteer, context=ctx.countries)
        if origins:  # "suspects from X and Y"; "two Iraqis … from Syria into Turkey" keeps IRQ
            if len(origins) == 1:  # "two brothers from Cardiff": one origin keeps the count
                if count is None and draft.type != "TAKEDOWN" and (
                    _named_person(member) or member.tag_ == "NN" and member.lemma_.lower() in ONE_PERSON_NOUNS
                    or member.lower_ in PEOPLE_PARTICIPLES and (_singular_verb(member) or _his_own(member))
                    or member.lower_ in ("old", "year-old") and is_age_noun(member)
                ):
                    count = 1  # "Fatima B., from Antwerp", "the woman, from Nice", "the 23-year-old, a resident of Hamburg": one person
                return [Target(count=count, nationality=origins[0][0], text=text, approx_count=approx)]
            return [Target(count=None, nationality=c, text=n) for c, n in origins]
        of_np = [o for p in kids(member) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj"]
        if nat is None and (member.tag_ == "CD" or member.lower_ in QUANTITY_HEADS or _elliptical_count(member)) and of_np:
            counted, member = member, of_np[0]  # "five of its citizens", "120 more of its citizens": the people are in the of-phrase
            nat = self._nationality(member)
        # "five more" (the noun left out) are more of the same people; "two more suspects" names its
        # own people, whose nationality the text does not give
        more = member.lower_ == "more" or member.pos_ == "NUM" and any(c.lower_ == "more" for c in kids(member))
        if nat is None and more and previous:
            prior = previous[-1].nationalities
            if len(prior) == 1:
                nat = (next(iter(prior)), None, None)
        own = member.lemma_.lower() in ("citizen", "national") and not _foreign(member)
        possessor = possessor_country(member) if nat is None and own else None
        if possessor is not None:
            nat = (possessor, None, None)  # "Kazakhstan said … 120 of its citizens"
        elif nat is None and own and draft.agent is not None and draft.agent.country and draft.type not in ("DEPORT", "ENTRY_BAN"):
            # "Azerbaijan has arrested ten (of its) citizens": the agent's own nationals
            nat = (draft.agent.country, None, None)
        elif nat is None and own and draft.type == "TRAVEL" and (told_by := _speakers_country(draft.trigger, ctx)) is not None:
            # "Indonesian police said … 12 citizens had recently left for Syria": a state tells of its own
            nat = (told_by, None, None)
        elif nat is None and own and draft.type in ("DEPORT", "ENTRY_BAN") and ctx.dateline is not None and (
            draft.agent is None or draft.agent.country != ctx.dateline.country
        ):
            # "JAKARTA - … 17 citizens deported by Turkey": a state removes or bars others than its
            # own; citizens of no named state are the reporting country's
            nat = (ctx.dateline.country, None, None)
        if nat is None:
            home = self._home_town_country(member, ctx) or self._taken_from_home(member, draft, ctx)
            if home is not None:
                nat = (home, None, None)  # "a Luton family", "a Singapore man": residence stated (GOLD-FORMAT)
        if nat is None and _definite(member) and member.tag_ == "NN" and member.lemma_.lower() in ONE_PERSON_NOUNS:
            told = same_noun_told(member, ctx.people)  # "a Tajik preacher … the preacher", whoever came between
            nat = ((told.nationalities[0][0], told.nationalities[0][1], None) if told is not None and len(told.nationalities) == 1
                   else _one_of_a_group(member, ctx) or _earlier_nationality(member))  # "an American … Turkey expelled the man"
            if nat is not None:
                draft.anaphoric = True  # "the man" of a person told before, whose nationality it takes
            count = 1 if count is None else count
        target = Target(count=count, text=text, approx_count=approx)
        if nat is not None:
            target.nationality, target.ethnicity, target.region = nat
        if quantity is None and member.tag_ in ("NNS", "NNPS") and target.nationality is None:
            pass
        elif quantity is None and member.tag_ in ("NN", "NNP") and member.lemma_.lower() in COUNTED_PERSON_NOUNS and member.lemma_.lower() not in GROUP_NOUNS:  # "the group", "a family": no one person, no number
            target.count = GROUP_SIZES.get(member.lemma_.lower(), 1)
        elif quantity is None and member.lower_ in PEOPLE_PARTICIPLES and (_singular_verb(member) or _his_own(member)):
            target.count = 1  # "the accused was arrested", "nabbed the accused from his hideout": one person
        elif quantity is None and member.lower_ in ("old", "year-old") and is_age_noun(member):
            target.count = 1  # "the 19-year-old": one person
        elif quantity is None and member.tag_ in ("NN", "NNP") and not member.text.endswith("s") and nationality_of(member.text, "en"):
            # "the German", "the Briton": one person named by nationality; "five men, three of them
            # Egyptian": the three the parser made its subject
            part = next((c for c in kids(member) if c.dep_ == "nsubj" and c.pos_ == "NUM" and _partitive(c)), None)
            q = parse_quantity(part.text, "en") if part is not None else None
            target.count = q.value if q is not None else 1
        if target.count is None and draft.type != "TAKEDOWN" and _named_person(member):
            target.count = 1  # a named person counts one
        if any(c.dep_ == "det" and c.lower_ in ("every", "any", "each") for c in kids(member)):
            target.count = None  # "every returning fighter": anyone of a kind, not a person
        if target.count is None and any(c.lower_ == "both" for c in kids(member)) or member.lower_ == "both":
            target.count = 2
        elif target.count is None and any(c.dep_ == "appos" and any(d.lower_ == "both" for d in kids(c)) for c in kids(member)):
            target.count = 2  # "the men, both residents of the Sughd region"
        elif target.count is None and member.dep_ == "attr" and member.head.lemma_.lower() == "be":
            # "Both women are Belgian citizens who travelled …": as many as the subject counts
            subject = next((c for c in kids(member.head) if c.dep_ == "nsubj"), None)
            if subject is not None and (subject.lower_ == "both" or any(c.lower_ == "both" for c in kids(subject))):
                target.count = 2
            elif subject is not None and (counted_as := _quantity_of(subject)) is not None:
                target.count = counted_as.value
            elif subject is not None and _definite(subject) and (subject_told := antecedent(subject, ctx.people)) is not None:
                target.count = subject_told.count  # "two women … The women, aged 29 and 33, are Danish citizens who …"
        sized = _sized_by(member)
        if sized is not None:
            target.count = sized  # "a family of five", "a group of four"
        # who the words themselves say the group is outweighs whom they point back to ("The four, all
        # Turkish nationals, were arrested" after foreigners "among them Moroccans and Egyptians")
        described = None if target.nationality is not None else self._described_group_nationality(member) or (
            self._described_group_nationality(counted) if counted is not member else None)  # "Two of his students, both Kenyans"
        if target.nationality is None and _from_antecedent(target, member, ctx):
            draft.anaphoric = True  # the people told before: this tells more of them
        if described is not None:  # "the men, all residents of the Almaty region"
            target.nationality, target.ethnicity, target.region = described
        described_later = _from_story(target, member, ctx) if target.nationality is None and not _foreign(member) else []
        return [target, *described_later, *_coordinated_nationalities(member, target)]

    def _people_an_act_was_done_to(self, member: Token, previous: list[Draft]) -> Draft | None:
        """'Russian police arrested the deported men on arrival' after "eight of them were deported": a
        group named by the act done to it is the group of the latest such act told (MUC-4 and WikiEvents
        have "the arrested men", "the arrested persons", "the detained people")."""
        if not member.tag_.endswith("S") or not _definite(member):
            return None
        # the tagger makes some such participles adjectives ("the deported men"): their verb, by its ending
        done = [c for c in kids(member) if c.dep_ == "amod" and c.tag_ in ("VBN", "JJ") and c.lower_.endswith("ed")]
        lemmas = {w for c in done for w in (c.lemma_.lower(), c.lower_[:-2], c.lower_[:-1], c.lower_[:-3])}
        types = {t for lemma in lemmas for t in (*self.ontology.verb_types(lemma), *self.ontology.passive_types(lemma))}
        return next((d for d in reversed(previous) if d.type in types and d.modality == "asserted" and d.total is not None), None)

    def _described_group_nationality(self, member: Token) -> tuple[str, str | None, None] | None:
        """The one nationality or residence an "all …" or "both …" apposition gives a whole group
        ("the men, all residents of the Almaty region", "the pair, both Belgian nationals")."""
        described = next((c for c in beside(member) if c.dep_ in ("appos", "dep", "npadvmod", "nsubjpass", "nsubj")
                          and describes_all(c)), None)
        if described is None:
            return None
        own = self._nationality(described)  # "all Tajik citizens"
        if own is not None and own[0]:
            return own[0], own[1], None
        stated = stated_nationality(described)
        if len(stated) == 1:
            return stated[0][0], stated[0][1], None
        origins = {code for code, _ in self._origins_or_home_town(described)}
        return (next(iter(origins)), None, None) if len(origins) == 1 else None

    def _home_town_country(self, member: Token, ctx: DocContext | None) -> str | None:
        """ "a Luton family", "two Antwerp women", "a Watertown resident" (real text: "a Singapore man
        arrested … in Bangkok", "a London man", "a Boston resident"): a place name before a word for
        people names where they live, and so their country; not "the Tsarnaev family" (a surname)."""
        if member.lemma_.lower() not in TOWNSPEOPLE or _definite(member):
            return None  # "the Tsarnaev family" (a surname), "the Linz man" (someone told before)
        compounds = [c for c in kids(member) if c.dep_ == "compound" and c.i < member.i]
        if len(compounds) != 1:
            return None  # "Jolo bombing suspects": people of an act named by its place
        town = compounds[0]
        if town.pos_ != "PROPN" or town.ent_type_ not in ("GPE", "LOC", "ORG", "PERSON", ""):
            return None
        name = _compound_text(town)
        if find_groups(name):
            return None  # "a Hamas man": a member of a group, wherever a village of that name lies
        if town.ent_type_ == "PERSON" and not self._large_town(name):
            return None  # "a Bolton family" read as a surname: only a large town of that very name overrides NER
        if town.ent_type_ != "GPE" and not self._sizeable_place(name):
            return None  # NER takes a town before a noun for an organisation ("a Luton man"); the gazetteer decides
        code = country_code(name, "en")
        if code is not None:
            return code
        if ctx is not None:  # resolved among the story's countries
            found = self._resolved(name, ctx)
            return found.country if found is not None and found.country else None
        place = self.gazetteer.resolve(name).place  # the story's referents are read before its countries
        if place is None or place.name.lower() != name.lower():
            place = self._town_named(name)  # a name the gazetteer resolves to an airport: the town of that name
        return place.country if place is not None else None

    def _taken_from_home(self, member: Token, draft: Draft, ctx: DocContext) -> str | None:
        """'arrested a woman at her home in Walsall', 'picked up from his home in the outskirts of Dhaka'
        (real text: WikiEvents "was arrested … at his home in Quincy", "arrested at his home in an Ottawa
        suburb"; event_location "has been arrested … at his home in Mankhurd"): where people are
        acted on at their own home is where they live, a residence stated (GOLD-FORMAT), and so their
        country. Not for "the 31-year-old" told before as "a Moroccan man": a stated nationality first."""
        trig = draft.trigger
        if draft.type == "ATTACK" or member.i == trig.i or _definite(member):
            return None
        preps = [c for c in (*kids(trig), *kids(member)) if c.dep_ == "prep" and c.lower_ in ("at", "from", "in")]
        for home in (o for p in preps for o in kids(p) if o.dep_ == "pobj" and o.lemma_.lower() in HOME_NOUNS):
            if not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in kids(home)):
                continue  # "at a house in Walsall": anyone's
            for within in (p for p in kids(home) if p.dep_ == "prep" and p.lower_ == "in"):
                # the place spans the act's rules read: NER types a town after "of" as an organisation at times
                name = next((span_text(e) for e in place_spans(sent_of(within), self.is_place)
                             if within.i < e.start and e.end <= within.right_edge.i + 1), None)
                if name is None:
                    continue
                code = country_code(name, "en")
                if code is None:
                    found = self._resolved(name, ctx)
                    code = found.country if found is not None else None
                return code
        return None

    def _origins_or_home_town(self, tok: Token, countries: Sequence[str] = ()) -> list[tuple[str, str]]:
        """Where people come from or live, for the story's referents ("men from Cardiff", "a Luton man"),
        read among the story's `countries`."""
        origins = _origin_countries(tok, self.gazetteer, context=countries)
        home = None if origins else self._home_town_country(tok, None)
        return origins or ([(home, tok.text)] if home else [])

    def _bracketed_place(self, member: Token) -> bool:
        """'… in Beni town (Nord-Kivu)': the province a coder's note gives in brackets, which the
        parser hangs on the people as an apposition, whatever NER typed it."""
        left = member.left_edge.i
        if member.dep_ != "appos" or member.pos_ != "PROPN" or left == 0 or member.doc[left - 1].text != "(":
            return False
        return member.ent_type_ != "PERSON" and self._sizeable_place(_compound_text(member))

    def _members_held(self, trig: Token, patient: Token) -> bool:
        """'arrested two OGWs of LeT', 'detained three cadres of the TTP': a counted word the lexicon
        lacks, of an armed group, held: its members, whatever the word."""
        if trig.lemma_.lower() not in ARRESTING_VERBS or not any(c.dep_ == "nummod" for c in kids(patient)):
            return False
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and group_of(_np_text(o), "en") for o in kids(p)) for p in kids(patient))

    def _name_held(self, trig: Token, patient: Token) -> bool:
        """'Campbell was arrested', 'police detained Abdeslam': only people are arrested or jailed, so a
        lone name held is a person's whatever NER typed it, unless it names a group, country or town."""
        if trig.lemma_.lower() not in ARRESTING_VERBS:
            return False
        opening_name = patient.i == patient.sent.start and patient.is_title and patient.ent_type_ in NAME_LABELS
        # a singular common noun needs a determiner: in a text typed in lower case (parsed truecased,
        # nlp/english.py), a bare one held is a name nothing capitalised ("police arrested rahami")
        bare = patient.tag_ == "NN" and typed_in_lower_case(patient.doc) and not any(
            c.dep_ in ("det", "poss", "nummod", "amod", "quantmod", "prep") for c in kids(patient))
        if not (patient.pos_ == "PROPN" and patient.tag_ == "NNP" or opening_name or bare):
            return False  # a name that opens the sentence may be tagged a common noun ("Dufresne was detained")
        if patient.ent_type_ == "PERSON" or patient.text.isupper() or any(c.dep_ == "det" for c in kids(patient)):
            return False
        name = _compound_text(patient)
        return (group_of(name, "en") is None and nationality_of(name, "en") is None
                and country_code(name, "en") is None and not self._large_town(name))  # many surnames are small towns

    def _nationality(self, member: Token) -> tuple[str | None, str | None, str | None] | None:
        went = [c for c in kids(member) if c.dep_ in ("amod", "compound") and _where_they_went(c, member)]
        candidates = [member.text] + ([] if went else [_compound_text(member)])  # "Pakistanis", "Sri Lankans"
        candidates += [w for c in kids(member) if c.dep_ in ("amod", "compound") and c.i < member.i
                       and c not in went for w in (c.text, _compound_text(c))]  # "Sri Lankan men"
        candidates += [n.text for c in kids(member) if c.dep_ == "amod" and c.lower_ == "born"
                       for n in kids(c) if n.i < c.i]  # "an Afghan-born man": origin stated (GOLD-FORMAT)
        for appos in (c for c in kids(member) if c.dep_ == "appos" and (same_referent(member, c) or the_one_described(member, c))):
            candidates += [appos.text] + [c.text for c in kids(appos) if c.dep_ in ("amod", "compound")]
        if member.dep_ == "appos" and same_referent(member.head, member):  # "A Swede, Osman Karimi, who was detained"
            candidates += [member.head.text] + [c.text for c in kids(member.head) if c.dep_ == "amod"]
        for word in candidates:
            nat = nationality_of(word, "en")
            if nat is not None and (nat.country or nat.ethnicity):
                return (nat.country, nat.ethnicity, nat.region)
        for clause in (c for c in kids(member) if c.dep_ == "relcl"):  # "the woman, who holds only Moroccan nationality"
            stated = [s for w in kids(clause) if w.dep_ == "nsubj" and w.lower_ in ("who", "that") for s in stated_nationality(w)]
            if len(stated) == 1:
                return (stated[0][0], stated[0][1], None)
        return None

    def _members_told_after(self, drafts: list[Draft]) -> None:
        """'added two clerics to its entry-ban list … The two are Abu Bakr Noor, a US citizen, and
        Tariq Mahmood, a Pakistani': the people of an act named one by one in the next sentence,
        with no act of its own, give it their nationalities (GOLD-FORMAT: follow-up sentences
        add the nationalities of those held to the event they continue)."""
        acted = {d.sent.start for d in drafts}
        for draft in drafts:
            if draft.type not in MEMBER_ACTS or draft.total is None or draft.total < 2:
                continue
            following = _next_sentence_of_no_act(draft, acted)
            if following is None:
                continue
            members = members_named(following)
            nats = [self._nationality(m) for m in members]
            counts = [names_under(m) for m in members]
            if sum(counts) == draft.total and all(n is not None and n[0] for n in nats):
                draft.targets = [Target(count=k, nationality=n[0], ethnicity=n[1], text=_np_text(m))  # type: ignore[index]
                                 for m, n, k in zip(members, nats, counts, strict=True)]

    def _everyone_told_after(self, drafts: list[Draft]) -> None:
        """'detained eleven people … Thirty-two others were detained … All are Uzbek citizens': a
        sentence of no act whose subject is everyone told before ("All", "All of them", "They are
        all", "Both"), stating one nationality, gives it to the people of each act told in the
        sentences just before it that has none (GOLD-FORMAT: a follow-up adds the nationalities of
        those held to the events it continues)."""
        if not drafts:
            return
        acted = {d.sent.start for d in drafts}
        doc = drafts[0].sent.doc
        for sent in sentences(doc):
            if sent.start in acted or sent.start == 0:
                continue
            codes = {code for tok in span_tokens(sent) if _everyone(tok) for code in stated_nationality(tok)}
            if len(codes) != 1:
                continue
            (code, ethnicity), = codes
            told, before = [], sent_of(doc[sent.start - 1])
            for _ in range(2):  # the acts of the two sentences just before, no act-less sentence between
                here = [d for d in drafts if d.sent.start == before.start]
                if not here:
                    break
                told += here
                if before.start == 0:
                    break
                before = sent_of(doc[before.start - 1])
            for draft in told:
                if draft.type in MEMBER_ACTS and not draft.nationalities and draft.targets:
                    for target in draft.targets:
                        target.nationality, target.ethnicity = code, ethnicity

    def _count_told_after(self, drafts: list[Draft]) -> None:
        """'brought back 94 families … The 381 people, most of them women and children, were taken to
        a camp': people acted on with no count of their own (households, "a group of migrants"),
        counted by the definite subject of the next sentence, which tells no act of its own
        (GOLD-FORMAT: follow-up sentences add to the event they continue)."""
        acted = {d.sent.start for d in drafts}
        for draft in drafts:
            if draft.type not in MEMBER_ACTS or draft.total is not None or draft.total_min is not None or not draft.targets:
                continue
            if any(t.count is not None or t.approx_count is not None for t in draft.targets):
                continue
            following = _next_sentence_of_no_act(draft, acted)
            subject = next((c for c in kids(following.root) if c.dep_ in ("nsubj", "nsubjpass")), None) if following else None
            if subject is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(subject)):
                continue
            quantity = _quantity_of(subject)
            # all of them: "the 381 people", "the 23 Afghans", "the 23"; not "the five children", a part
            whole = subject.lemma_.lower() in ("people", "person", "individual") or subject.pos_ == "NUM" or (
                subject.tag_ in ("NNS", "NNPS") and nationality_of(subject.text, "en") is not None)
            if quantity is not None and quantity.value is not None and whole:
                draft.total = quantity.value
                if len(draft.targets) == 1:
                    draft.targets[0].count = quantity.value

    def _nationality_told_after(self, drafts: list[Draft], countries: Sequence[str]) -> None:
        """'Germany deported a man to Afghanistan … The Afghan had served a sentence', 'arrested a
        24-year-old man … The suspect, who holds Austrian and Bosnian citizenship, …': one person
        acted on with no nationality, told back as the next sentence's subject, by a nationality
        noun or with the citizenship it holds (GOLD-FORMAT: follow-up sentences add the nationalities
        of those held)."""
        acted = {d.sent.start for d in drafts}
        for draft in drafts:
            if draft.type not in MEMBER_ACTS or draft.total is None or draft.nationalities:
                continue
            following = _next_sentence_of_no_act(draft, acted)
            if following is None:
                continue
            if draft.total > 1:
                _group_citizenship_told_after(draft, following)
                if not draft.nationalities:
                    self._origin_told_after(draft, following, countries)
                continue
            subject = next((c for c in kids(following.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or not _definite(subject) and subject.lower_ not in ("he", "she"):
                # "arrested a 17-year-old boy … Police searched his family's flat … The boy, who has Swedish
                # and Iraqi citizenship, was remanded": one sentence of no act about others between
                following, subject = self._same_person_next(draft, following, acted)
                if subject is None:
                    continue
            told = nationality_of(subject.text, "en") if subject.tag_ in ("NNP", "NNPS", "NN") and subject.lower_ not in ("he", "she") else None
            codes = [(told.country, told.ethnicity)] if told is not None and told.country else []
            if not codes:
                relative = [c for c in kids(subject) if c.dep_ == "relcl"]
                codes = [n for clause in relative for w in kids(clause) if w.dep_ == "nsubj" for n in stated_nationality(w)]
            if not codes and subject.pos_ != "PRON":  # "The young man, who was born in Austria, holds Russian
                codes = list(stated_nationality(subject))  # citizenship": its own clause says (a pronoun may be another's)
            if codes:
                text = draft.targets[0].text if draft.targets else None
                draft.targets = [Target(count=1 if n == 0 else None, nationality=c, ethnicity=e, text=text)
                                 for n, (c, e) in enumerate(codes)]
            else:
                self._origin_told_after(draft, following, countries)

    def _same_person_next(self, draft: Draft, between: Span, acted: set[int]) -> tuple[Span, Token | None]:
        """The sentence after `between` and its subject, when that subject tells back the act's one
        person by the same noun ("a boy … The boy"; not "he" or "she", who may be someone told between)
        and tells no act of its own (`between`, of no act, is the caller's)."""
        doc = between.doc
        if between.end >= len(doc):
            return between, None
        following = sent_of(doc[between.end])
        if following.start in acted:
            return following, None  # a sentence with an act of its own tells of that act
        subject = next((c for c in kids(following.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        nouns = {w.lower() for t in draft.targets for w in (t.text or "").split()}
        if subject is None or not (_definite(subject) and subject.lower_ in nouns):
            return following, None
        return following, subject

    def _origin_told_after(self, draft: Draft, following: Span, countries: Sequence[str]) -> None:
        """The people of an act told back as the next sentence's subject, with where they are citizens
        of or come from: "All four are citizens of Azerbaijan", "The family, from Dagestan, had tried
        …", "He was later identified as a Moroccan" (GOLD-FORMAT: a follow-up adds the nationalities
        of those held; origin stated as such gives the country)."""
        root = following.root
        subject = next((c for c in kids(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not _told_back(subject, draft.total):
            return
        said = [c for c in kids(root) if c.dep_ == "attr"] if root.lemma_.lower() == "be" else []
        said += [o for p in kids(root) if p.dep_ == "prep" and p.lower_ == "as" for o in kids(p) if o.dep_ == "pobj"]
        said += [c for c in kids(subject) if c.dep_ == "appos"] + [subject]
        codes: list[str] = []
        for tok in said:
            nat = nationality_of(_compound_text(tok), "en") if tok.lemma_.lower() not in CITIZEN_NOUNS else None
            found = [nat.country] if nat is not None and nat.country else [
                c for c, _ in _origin_countries(tok, self.gazetteer, context=countries)]
            codes += [c for c in found if c not in codes]
        after = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
        if not codes and after is not None and after.text == ",":
            # "The family, from Dagestan, had tried …": the parser hangs the parenthesis on its comma
            codes = [c for p in kids(after) if p.dep_ == "prep" and p.lower_ == "from"
                     for c, _ in _origin_countries(after, self.gazetteer, only=p, context=countries)]
        if len(codes) == 1:  # one state for the whole group; several would need their parts
            text = draft.targets[0].text if draft.targets else None
            draft.targets = [Target(count=draft.total, nationality=codes[0], text=text)]

    def _takedown_kind(self, member: Token) -> str | None:
        """'channels' → channel; 'domain names' → domain (the kind in a compound before a general noun)."""
        objects = self.ontology.takedown_objects
        if member.lemma_.lower() in objects:
            return member.lemma_.lower()
        if member.lemma_.lower() in ("name", "address"):
            return next((c.lemma_.lower() for c in kids(member) if c.dep_ == "compound" and c.lemma_.lower() in objects), None)
        return None

    def _is_takedown_object(self, patient: Token) -> bool:
        patient = _collective_of(patient, COLLECTION_NOUNS) or patient  # "took down a network of 300 fake accounts"
        return any(self._takedown_kind(member) for member in _members(patient)) or (
            self._partitive_object(patient) is not None
        )

    def _partitive_object(self, tok: Token) -> Token | None:
        """'120 of them had been suspended': the accounts, channels or sites "them" points back to,
        the latest plural noun told before in this sentence or the one before (None when that is
        people or anything else)."""
        if tok.pos_ != "NUM" and tok.tag_ != "CD":
            return None
        if not any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in ("them", "these", "those") for o in kids(p))
                   for p in kids(tok)):
            return None
        sent = sent_of(tok)
        start = sent_of(tok.doc[sent.start - 1]).start if sent.start > 0 else 0
        for earlier in reversed(tok.doc[start : tok.i]):
            if earlier.tag_ in ("NNS", "NNPS"):
                return earlier if earlier.lemma_.lower() in self.ontology.takedown_objects else None
        return None


def _speakers_country(trig: Token, ctx: DocContext) -> str | None:
    """The country of the state body that tells of the act ("Indonesian police said …"; "JAKARTA -
    … police said": the dateline's)."""
    speaker = _speech_subject(trig)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    actor = actor_of(_np_text(speaker), "en")
    if actor is None or actor.sector not in ("GOV", "MIL", "POL", "JUD"):
        return None
    return actor.country or (ctx.dateline.country if ctx.dateline is not None else None)


def _misattached_inclusion(including: Token) -> bool:
    """'detained four men … in connection with the attack, including a Pakistani national': the
    parser hangs "including" on the nearest noun, a thing that holds no people; its people are the
    act's ("four men … including a Pakistani")."""
    holder = including.head
    return holder.pos_ == "NOUN" and not _is_person_np(holder) and any(
        o.dep_ == "pobj" and _is_person_np(o) for o in kids(including))


def _his_own(obj: Token) -> bool:
    """An object told back as one person in its own clause: "arrested the accused from his home"
    (not "their homes")."""
    if obj.dep_ != "dobj":
        return False
    after = [t for t in subtree(obj.head) if t.i > obj.i and t.dep_ == "poss"]
    return bool(after) and all(t.lower_ in ("his", "her") for t in after)


def _singular_verb(subject: Token) -> bool:
    """Whether the verb of this subject agrees with one person ("the accused was", "has been")."""
    return subject.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "is", "has") for c in kids(subject.head)
    )
