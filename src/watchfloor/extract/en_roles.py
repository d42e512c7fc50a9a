"""Who attacked, whom, what and with what: the roles of an English ATTACK event.

Read off the dependency tree of every attack predicate in the event's sentences ("urban
guerrillas set fire to a bus", "the mayor was kidnapped by gunmen", "the murder of X", "a car bomb
exploded outside the embassy"):

- perpetrators: the people who did it, as described ("urban guerrillas", "two men", "members of
  the FMLN"); a named group goes to the event's affiliation instead;
- victims: people killed, wounded, kidnapped or attacked, by name when the text names them;
- objects: physical targets ("the embassy", "a bus", "power pylons");
- weapons: "a car bomb", "dynamite", "rifles".

These are MUC-4's role fillers (PerpInd, Victim, Target, Weapon) and what an analyst wants from
an attack report.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from watchfloor.extract.ontology import Ontology, load_ontology
from watchfloor.extract.text import doc_ents, ent_of, span_text
from watchfloor.extract.tree import ancestors, kids, sent_of, span_tokens, subtree
from watchfloor.extract.tree import sentences as doc_sentences
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Event
from watchfloor.normalize.groups import find_groups

# Predicates beyond the ontology's ATTACK triggers whose arguments are still roles of the attack
# ("destroyed two vehicles", "set fire to the office", "hurled a grenade at the patrol").
ROLE_VERBS = word_class("en_roles", "ROLE_VERBS")
WEAPON_WORDS = word_class("en_roles", "WEAPON_WORDS")
# Verbs whose subject suffered the attack.
SUFFER_VERBS = word_class("en_roles", "SUFFER_VERBS")
# "device" and "charge" are weapons only as "explosive device", "dynamite charge"; bare "weapons"
# names no kind (MUC-4 train keys it once in 27 uses, WikiEvents train 4 times in some 50).
WEAK_WEAPONS = word_class("en_roles", "WEAK_WEAPONS")
WEAPON_MODIFIERS = word_class("en_roles", "WEAPON_MODIFIERS")
PERP_NOUNS = word_class("en_roles", "PERP_NOUNS")
VICTIM_NOUNS = word_class("en_roles", "VICTIM_NOUNS")
# Physical things attacks are aimed at; a place name is where, not what.
OBJECT_NOUNS = word_class("en_roles", "OBJECT_NOUNS")
NOT_OBJECTS = word_class("en_roles", "NOT_OBJECTS")
SKIP_MODIFIERS = frozenset({"det", "poss", "predet", "case", "punct", "prep", "relcl", "acl", "appos", "cc", "conj", "advcl", "neg"})
ATTACK_ROLE_PREPS = word_class("en_roles", "ATTACK_ROLE_PREPS")


@dataclass(slots=True)
class Roles:
    perpetrators: list[str] = field(default_factory=list)
    victims: list[str] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # group codes named as the perpetrators

    def add(self, kind: str, text: str) -> None:
        values: list[str] = getattr(self, kind)
        if text and text.lower() not in {v.lower() for v in values}:
            values.append(text)


def add_roles(event: Event, trigger: Token, absorbed: Iterable[int], ontology: Ontology | None = None) -> None:
    """Fill an ATTACK event's role lists from its sentence and the sentences of the triggers it
    absorbed ("… The bus was then set on fire.")."""
    ontology = ontology or load_ontology()
    doc = trigger.doc
    sentences = {sent_of(trigger).start: sent_of(trigger)}
    for i in absorbed:
        sentences.setdefault(sent_of(doc[i]).start, sent_of(doc[i]))
    roles = Roles()
    for start in sorted(sentences):
        read_sentence(sentences[start], ontology, roles)
    event.perpetrators = roles.perpetrators
    event.victims = roles.victims
    event.objects = roles.objects
    event.weapons = roles.weapons
    if roles.weapons:  # the kind of the first weapon told ("car bomb" is a bomb, not a car)
        head = roles.weapons[0].split()[-1].lower()
        event.weapon = head[:-1] if head.endswith("s") and head[:-1] in WEAPON_WORDS else head
    if event.affiliation is None and roles.groups:
        event.affiliation = roles.groups[0]


def read_sentence(sent: Span, ontology: Ontology, roles: Roles) -> Roles:
    attack = ontology.types.get("ATTACK")
    verbs = (attack.verbs if attack else frozenset()) | ROLE_VERBS
    nouns = attack.nouns if attack else frozenset()
    for tok in span_tokens(sent):
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and (lemma in verbs or _phrasal_attack(tok, attack_phrasal(ontology))):
            _verb_roles(tok, roles)
        elif tok.pos_ in ("NOUN", "PROPN") and lemma in nouns:
            _noun_roles(tok, roles)
        elif _claims_responsibility(tok):
            subject = _subject_of(tok)  # "the Extraditables claimed responsibility for the bombing"
            if subject is not None:
                _agent(subject, roles)
        elif tok.pos_ == "VERB" and lemma in CULPRIT_VERBS:
            _perpetrated(tok, nouns, roles)
        elif (culprit := _culprit(tok, nouns)) is not None:
            _agent(culprit, roles)
        elif (named := _victims_named(tok)) is not None:
            _patient(named, roles)  # "the victims were identified as A and B"
        elif tok.pos_ == "VERB" and lemma in SUFFER_VERBS:
            subject = _subject_of(tok)  # "the labor leader died in hospital as a result of the attack"
            if subject is not None:
                _patient(subject, roles)
    for tok in span_tokens(sent):
        if _is_weapon(tok) and tok.dep_ != "compound" and not _seized(tok):
            roles.add("weapons", _weapon_text(tok))
    return roles


# Who the dead of an act are, when the story names them after it.
VICTIM_HEADS = word_class("en_roles", "VICTIM_HEADS")


def _victims_named(tok: Token) -> Token | None:
    """The names in 'the victims were identified as A and B', 'the dead man was identified as
    A', 'the victims were A, B and C'."""
    lemma = tok.lemma_.lower()
    if lemma not in ("identify", "be"):
        return None
    subject = next((c for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (
        subject.lemma_.lower() in VICTIM_HEADS
        or subject.lower_ in VICTIM_HEADS  # "the injured" parsed as a verb
        or any(c.lower_ in ("dead", "murdered", "slain") for c in kids(subject))
    ):
        return None
    if lemma == "be":
        named = next((c for c in kids(tok) if c.dep_ == "attr"), None)
    else:
        as_ = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "as"), None)
        named = next((o for o in kids(as_) if o.dep_ == "pobj"), None) if as_ is not None else None
    return named if named is not None and (named.pos_ == "PROPN" or named.ent_type_ == "PERSON") else None


def _claims_responsibility(tok: Token) -> bool:
    """'claimed responsibility for', 'took credit for', 'assumed authorship of'."""
    return tok.lemma_.lower() in CLAIM_VERBS and any(c.lower_ in CLAIMED for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass"))


CLAIM_VERBS = word_class("en_roles", "CLAIM_VERBS")
CLAIMED = word_class("en_roles", "CLAIMED")
# Verbs whose object is the attack itself: their subject, or their by-agent, did it ("guerrillas
# carried out the attack", "the massacre was perpetrated by soldiers", "it was committed by …").
PERPETRATE_VERBS = word_class("en_roles", "PERPETRATE_VERBS")
# "the murder was attributed to the MRTA", "the bombing was blamed on drug traffickers"
BLAME_VERBS = word_class("en_roles", "BLAME_VERBS")
CULPRIT_VERBS = PERPETRATE_VERBS | BLAME_VERBS


def _perpetrated(verb: Token, nouns: frozenset[str], roles: Roles) -> None:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(verb))
    acts = [c for c in kids(verb) if c.dep_ in (("nsubjpass",) if passive else ("dobj",))]
    if not any(_is_act(a, nouns) for a in acts):
        return
    if verb.lemma_.lower() == "claim" and not passive:
        return  # "IS claimed two attacks in July" may be other attacks than this one; "was claimed by" is its own
    blame = verb.lemma_.lower() in BLAME_VERBS
    if passive or blame:  # "police blamed the attack on …": the police did not do it
        for c in kids(verb):
            if c.dep_ == "agent" and not blame or c.dep_ == "prep" and blame and c.lower_ in ("to", "on"):
                for obj in (o for o in kids(c) if o.dep_ == "pobj"):
                    _agent(obj, roles)
        return
    else:
        subject = _subject_of(verb)
        if subject is not None:
            _agent(subject, roles)


def _culprit(tok: Token, nouns: frozenset[str]) -> Token | None:
    """Who a sentence names as having done the act: 'the army was responsible for the massacre',
    'the attack was the work of the Shining Path'."""
    word = tok.lower_
    if word == "responsible" and tok.dep_ in ("acomp", "amod", "oprd"):
        for prep in (c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "for"):
            if any(_is_act(o, nouns) or o.lemma_.lower() in ("death", "deaths") for o in kids(prep) if o.dep_ == "pobj"):
                return _subject_of(tok.head) if tok.dep_ != "amod" else None
    if tok.lemma_.lower() in TAKING_PART and _in_the_act(tok, nouns):
        # "soldiers were involved in the murder", "took part in", "implicated two officers in"
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head  # "the officers implicated in the massacre"
        if tok.lemma_.lower() == "implicate" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(tok)):
            return next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        return _subject_of(tok.head if tok.dep_ == "acomp" else tok)
    if word == "work" and tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subject = _subject_of(tok.head)
        of = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if subject is not None and of is not None and _is_act(subject, nouns):
            return next((o for o in kids(of) if o.dep_ == "pobj"), None)
    return None


TAKING_PART = word_class("en_roles", "TAKING_PART")


def _in_the_act(tok: Token, nouns: frozenset[str]) -> bool:
    """The word's 'in' names the act ('involved in the killing'; 'took part in the attack')."""
    if tok.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in kids(tok)):
        return False
    heads = [tok, *(c for c in kids(tok) if c.dep_ == "dobj" and c.lower_ == "part")]
    return any(
        _is_act(o, nouns)
        for h in heads
        for prep in kids(h)
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for o in kids(prep)
        if o.dep_ == "pobj"
    )


def _is_act(tok: Token, nouns: frozenset[str]) -> bool:
    """The attack told as a noun or a pronoun standing for it ('the attack', 'it', 'the crime')."""
    return tok.lemma_.lower() in nouns | ACT_NOUNS or tok.lower_ in ("it", "this", "which", "that")


ACT_NOUNS = word_class("en_roles", "ACT_NOUNS")


def _seized(tok: Token) -> bool:
    """'troops recovered rifles and grenades': weapons found or seized were not used."""
    head = tok
    while head.head.i != head.i and (
        head.dep_ in ("conj", "appos")
        or head.dep_ == "pobj" and head.head.lower_ == "of"  # "250 sticks of dynamite"
    ):
        head = head.head.head if head.dep_ == "pobj" else head.head
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    return verb is not None and verb.lemma_.lower() in SEIZE_VERBS


SEIZE_VERBS = word_class("en_roles", "SEIZE_VERBS")


def attack_phrasal(ontology: Ontology) -> frozenset[tuple[str, str]]:
    attack = ontology.types.get("ATTACK")
    return attack.phrasal if attack else frozenset()


def _phrasal_attack(tok: Token, phrasal: frozenset[tuple[str, str]]) -> bool:
    lemma = tok.lemma_.lower()
    return any((lemma, c.lower_) in phrasal for c in kids(tok))


def _verb_roles(verb: Token, roles: Roles) -> None:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(verb))
    subject = _subject_of(verb)
    if subject is not None:
        if passive:
            _patient(subject, roles)
        else:
            _agent(subject, roles)
    for c in kids(verb):
        if c.dep_ in ("dobj", "obj") and not passive:
            _patient(c, roles)
        elif c.dep_ == "agent":
            for obj in (o for o in kids(c) if o.dep_ == "pobj"):
                _agent(obj, roles)
        elif c.dep_ == "prep" and c.lower_ in ATTACK_ROLE_PREPS | {"with"}:
            for obj in (o for o in kids(c) if o.dep_ == "pobj"):
                if c.lower_ == "with":
                    if _is_weapon(obj):
                        roles.add("weapons", _weapon_text(obj))
                elif c.lower_ in ("to", "on", "at", "against") or _is_object(obj):
                    _patient(obj, roles, things_only=c.lower_ in ("at", "outside", "near", "into"))
        elif c.dep_ == "prep" and c.lower_ in PLACED_PREPS:
            _things_at(c, roles)  # "a bomb exploded in a restaurant", "placed under a bus"


def _noun_roles(noun: Token, roles: Roles) -> None:
    for c in kids(noun):
        if c.dep_ == "poss" and _is_perpetrator(c):
            _agent(c, roles)
        elif c.dep_ == "prep" and c.lower_ in ("on", "against", "of"):
            for obj in (o for o in kids(c) if o.dep_ == "pobj"):
                _patient(obj, roles)
        elif c.dep_ == "prep" and c.lower_ == "by":
            for obj in (o for o in kids(c) if o.dep_ == "pobj"):
                _agent(obj, roles)
        elif c.dep_ == "prep" and c.lower_ in PLACED_PREPS | {"at", "outside", "near"}:
            _things_at(c, roles)  # "the explosion at the party's headquarters"
        elif c.dep_ == "compound" and _is_weapon(c, as_modifier=True):
            roles.add("weapons", _phrase(c))
    head = noun.head
    if noun.dep_ in ("nsubj",) and head.pos_ == "VERB":  # "the attack destroyed the office"
        for c in kids(head):
            if c.dep_ == "dobj":
                _patient(c, roles)


# Prepositions of the place an attack hit: their object is a target only when it is a thing
# ("in a restaurant", "under a bus", "in front of the monastery"; not "in Lima", "in the area").
PLACED_PREPS = word_class("en_roles", "PLACED_PREPS")


def _things_at(prep: Token, roles: Roles) -> None:
    for obj in (o for o in kids(prep) if o.dep_ == "pobj"):
        if obj.lower_ in ("front", "side", "door", "doors", "entrance", "basement"):  # "in front of the X"
            of = next((c for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((o for o in kids(of) if o.dep_ == "pobj"), obj) if of is not None else obj
        if _is_object(obj):
            _patient(obj, roles, things_only=True)


def _subject_of(verb: Token) -> Token | None:
    node = verb
    for _ in range(3):
        subj = next((c for c in kids(node) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in ("who", "that", "which") and node.dep_ == "relcl":
                return node.head
            return subj
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head.pos_ in ("VERB", "AUX"):
            node = node.head  # "gunmen stopped the bus and killed the driver"
            continue
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head if verb.dep_ != "acl" else None
        break
    return None


def _agent(np: Token, roles: Roles) -> None:
    for member in _coordinated(np):
        groups = [code for _, _, code in find_groups(_phrase(member, with_of=True), "en")]
        roles.groups.extend(code for code in groups if code not in roles.groups)
        if _is_weapon(member):
            roles.add("weapons", _weapon_text(member))
        elif _is_perpetrator(member) and not (groups and member.pos_ == "PROPN") and not _bare_collective(member):
            roles.add("perpetrators", _perp_text(member))  # "FMLN guerrillas": people of a group


def _patient(np: Token, roles: Roles, *, things_only: bool = False) -> None:
    if np.lower_ in ("he", "him", "she", "her") and not things_only:
        name = _antecedent(np)  # "… died after he was shot": the person just named
        if name:
            roles.add("victims", name)
        return
    for member in _coordinated(np):
        names = [] if things_only else _names_in(member)
        if names:
            for name in names:
                roles.add("victims", name)
        elif _is_person(member) and not things_only:
            roles.add("victims", _phrase(member))
        elif _is_weapon(member) and not _seized(member):
            roles.add("weapons", _weapon_text(member))
        elif _is_object(member):
            roles.add("objects", _object_text(member))


def _names_in(np: Token) -> list[str]:
    """The people a phrase names: itself, or in apposition and its coordination ("two reporters,
    Juan Perez and Mario Rojas"), not inside its clauses or prepositions."""
    out: list[str] = []
    stack = [np]
    while stack:
        tok = stack.pop()
        name = _person_name(tok) if tok.ent_type_ == "PERSON" else _untagged_name(tok)
        if name and name not in out:
            out.append(name)
        stack.extend(c for c in kids(tok) if c.dep_ in ("appos", "conj", "compound") or c.ent_type_ == "PERSON" and c.dep_ != "prep")
        for prep in (c for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("including", "among")):
            stack.extend(o for o in kids(prep) if o.dep_ == "pobj")  # "12 miners, including X"
    return out


def _antecedent(pronoun: Token) -> str | None:
    doc = pronoun.doc
    start = sent_of(doc[sent_of(pronoun).start - 1]).start if sent_of(pronoun).start > 0 else 0
    people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and start <= e.start and e.end <= pronoun.i]
    return _strip_titles(people[-1]) or None if people else None


def _coordinated(np: Token) -> list[Token]:
    out = [np]
    for tok in subtree(np):
        if tok.dep_ == "conj" and tok.head in out and tok.pos_ in ("NOUN", "PROPN"):
            out.append(tok)
    return out


def _person_name(tok: Token) -> str | None:
    """The name of a person the phrase names: its own PERSON entity, or one in apposition
    ("the driver, Mario Quesada") or as its compound head ("candidate Luis Galan")."""
    if tok.ent_type_ == "PERSON":
        ent = ent_of(tok)
        if ent is not None:
            return _strip_titles(ent) or None
    for c in kids(tok):
        if c.dep_ == "appos" and c.ent_type_ == "PERSON":
            return _person_name(c)
    return None


TITLES = word_class("en_roles", "TITLES")


def _strip_titles(ent: Span) -> str:
    words = list(ent)
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and ent.end - start < 6 and _name_part(doc[start - 1]) and doc[start - 1].lower_ not in TITLES:
        start -= 1
        words.insert(0, doc[start])  # "gustavo" + "Alvarez Martinez"
    while end < len(doc) and end - ent.start < 6 and _name_part(doc[end]):
        words.append(doc[end])  # "Carlos Valencia" + "garcia" the NER left out
        end += 1
    while words and (
        words[0].lower_.rstrip(".") in TITLES or words[0].pos_ != "PROPN" or words[0].lower_ in VICTIM_NOUNS
    ):  # "hopeful", "Col.", "policemen Gabriel Garay": a role before the name
        words = words[1:]
    while words and (words[-1].is_punct or words[-1].lower_ in ("'s", "’s")):
        words = words[:-1]
    if not words:
        return ""
    return ent.doc[words[0].i : words[-1].i + 1].text


def _untagged_name(tok: Token) -> str | None:
    """A run of proper nouns the NER gave no type, after a title or a person's noun ("radio
    announcer Diego Vargas Escobar"): a person's name."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "PERSON", "ORG"):
        return None  # "national police officer Fidel Sanchez" may read as an organisation
    run = [c for c in kids(tok) if c.dep_ == "compound" and c.i < tok.i]
    words = [t for t in tok.doc[min([tok.i, *(c.i for c in run)]) : tok.i + 1]]
    lead = [t for t in words if t.pos_ != "PROPN" or t.lower_ in TITLES]
    names = [t for t in words if t not in lead]
    if not lead or len(names) < 2 or not any(t.lower_ in TITLES or t.lemma_.lower() in VICTIM_NOUNS for t in lead):
        return None
    return tok.doc[names[0].i : names[-1].i + 1].text


def _name_part(tok: Token) -> bool:
    return tok.is_alpha and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON") and not tok.is_stop


def _is_person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in VICTIM_NOUNS or tok.lower_ in VICTIM_NOUNS


def _is_perpetrator(tok: Token) -> bool:
    if tok.pos_ == "PRON":
        return False
    return tok.lemma_.lower() in PERP_NOUNS or tok.lower_ in PERP_NOUNS or tok.ent_type_ == "PERSON"


def _is_weapon(tok: Token, *, as_modifier: bool = False) -> bool:
    lemma = tok.lemma_.lower()
    word = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ") and word not in ("dynamite", "tnt"):
        return False
    if lemma not in WEAPON_WORDS and word not in WEAPON_WORDS:
        return False
    if as_modifier:
        return lemma not in WEAK_WEAPONS
    if lemma in WEAK_WEAPONS or tok.pos_ == "ADJ":
        return any(c.dep_ in ("amod", "compound") and c.lower_ in WEAPON_MODIFIERS | WEAPON_WORDS for c in kids(tok))
    return True


def _is_object(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN") or lemma in NOT_OBJECTS or tok.lower_ in NOT_OBJECTS:
        return False
    if tok.ent_type_ in ("GPE", "LOC", "PERSON", "DATE", "TIME", "CARDINAL", "NORP"):
        return False
    return lemma in OBJECT_NOUNS or tok.lower_ in OBJECT_NOUNS or tok.ent_type_ in ("FAC", "ORG")


def _phrase(tok: Token, *, with_of: bool = False) -> str:
    """The head and its left modifiers (no determiners), and an of-phrase when asked."""
    start, end = _bounds(tok, with_of=with_of)
    return tok.doc[start:end].text


def _bounds(tok: Token, *, with_of: bool = False) -> tuple[int, int]:
    doc = tok.doc
    left = [c.left_edge.i for c in kids(tok) if c.i < tok.i and c.dep_ not in SKIP_MODIFIERS]
    start = min([tok.i, *left])
    while start < tok.i and (doc[start].dep_ in SKIP_MODIFIERS or doc[start].is_punct):
        start += 1
    end = tok.i + 1
    if with_of:
        of = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((o for o in kids(of) if o.dep_ == "pobj"), None) if of is not None else None
        if owner is not None:
            end = owner.i + 1  # "a group of men", not "… wearing uniforms during a curfew"
    while end - 1 > tok.i and doc[end - 1].is_punct:
        end -= 1
    return start, end


def _perp_text(tok: Token) -> str:
    """'urban guerrillas', 'two men', 'members of the FMLN'; a name or a bracket before the
    people is their group, not their description ('FMLN urban commandos' → 'urban commandos')."""
    doc = tok.doc
    start, end = _bounds(tok, with_of=tok.lemma_.lower() in GROUPING_NOUNS)
    for i in range(start, tok.i):
        if doc[i].pos_ == "PROPN" or doc[i].is_punct or doc[i].is_bracket:
            start = i + 1
    return span_text(doc[start:end])


def _bare_collective(tok: Token) -> bool:
    """'the group', 'the same gang': a collective that says nothing of who its people are."""
    if tok.lemma_.lower() not in GROUPING_NOUNS | {"gang"}:
        return False
    described = [c for c in kids(tok) if c.dep_ in ("amod", "compound", "prep") and c.lower_ not in ("same", "other")]
    return not described


GROUPING_NOUNS = word_class("en_roles", "GROUPING_NOUNS")


def _object_text(tok: Token) -> str:
    """'electric power substation', 'offices of the Democratic Front', 'home of a judge', 'El
    Diario's offices': no counts or quantifiers ('five offices', 'several structures'); the owner
    is part of the thing (MUC-4 train keys 'residence of X', 'offices of labor unions', 'X's
    offices'), its place or clause is not ('… in Bogota', '… where …')."""
    doc = tok.doc
    start, end = _bounds(tok)
    owner_poss = next((c for c in kids(tok) if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if owner_poss is not None:
        start = min(start, _bounds(owner_poss)[0])
    while start < tok.i and (
        doc[start].like_num or doc[start].lower_ in QUANTIFIERS or _in_count(doc[start], tok)
    ):  # "at least 10 power towers" → "power towers"
        start += 1
    return doc[start : max(end, _owner_end(tok))].text


def _owner_end(tok: Token) -> int:
    """Where the thing's of-owner ends ('of leaders of popular movements'), or 0 without one."""
    of = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((o for o in kids(of) if o.dep_ == "pobj"), None) if of is not None else None
    if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
        return 0
    return max(owner.i + 1, _owner_end(owner))


def _in_count(word: Token, head: Token) -> bool:
    """A word of the phrase's count ("at", "least" of "at least 10")."""
    return any(a.dep_ == "nummod" for a in [word, *ancestors(word)] if a.i < head.i)


QUANTIFIERS = word_class("en_roles", "QUANTIFIERS")


# How far (in sentences) a story's later or earlier sentence still tells of its attack: news
# reports name the culprits, the claim and the victims' names well after the lead (measured on
# MUC-4 train: 12 finds more fillers than 3 at about the same precision).
STORY_WINDOW = 12


def add_story_roles(doc: Doc, events: list[Event], ontology: Ontology | None = None) -> None:
    """Roles told in sentences that are no event of their own ("The bomb had been placed under a
    bus", "the attacks on five offices …", "the group claimed responsibility") belong to the
    nearest attack of the story: the one before them, else the one after, within STORY_WINDOW
    sentences."""
    ontology = ontology or load_ontology()
    attacks = [e for e in events if e.type == "ATTACK"]
    if not attacks:
        return
    sentences = doc_sentences(doc)
    starts = [sent.start_char for sent in sentences]
    placed = [(bisect_right(starts, e.evidence.start) - 1, e) for e in attacks]
    told = {n for n, _ in placed}
    words = _attack_words(ontology)
    for n, sent in enumerate(sentences):
        if n in told or not any(_tells_of_an_attack(t, words) for t in span_tokens(sent)):
            continue
        before = [(n - m, e) for m, e in placed if 0 <= n - m <= STORY_WINDOW]
        after = [(m - n, e) for m, e in placed if 0 < m - n <= STORY_WINDOW]
        nearest = min(before, key=lambda x: x[0], default=None) or min(after, key=lambda x: x[0], default=None)
        if nearest is None:
            continue
        roles = read_sentence(sent, ontology, Roles())
        event = nearest[1]
        for kind in ("perpetrators", "victims", "objects", "weapons"):
            values: list[str] = getattr(event, kind)
            for value in getattr(roles, kind):
                if value.lower() not in {v.lower() for v in values}:
                    values.append(value)
        if event.affiliation is None and roles.groups:
            event.affiliation = roles.groups[0]
    _full_names(doc, attacks)


def _tells_of_an_attack(tok: Token, words: frozenset[str]) -> bool:
    """An attack's word, a weapon used, a claim of responsibility, a culprit's cue or the victims
    named; the lemma read once and each reader asked only of the lemmas it reads (every token of a
    story's sentences is asked)."""
    lemma = tok.lemma_.lower()
    return (
        lemma in words
        or lemma in WEAPON_VERBS and _weapon_used(tok)
        or lemma in CLAIM_VERBS and _claims_responsibility(tok)
        or tok.lower_ in CULPRIT_CUES
        or lemma in ("identify", "be") and _victims_named(tok) is not None
    )


def _full_names(doc: Doc, attacks: list[Event]) -> None:
    """A person told by part of the name ("Ferrer", "Valencia Garcia") is the one the story names
    in full ("Ignacio Ferrer Olmos"): news name a person once in full, then by a part."""
    full = {name.lower(): name for e in doc_ents(doc) if e.label_ == "PERSON" and (name := _strip_titles(e))}
    forms = [name.split() for name in full.values()]
    # the NER reads some full names as bodies or places: such a run of proper nouns counts when
    # it ends with the person's name ("Marta Elena Quiroga Salas" as ORG, "Quiroga Salas" as PERSON)
    others = [e for e in doc_ents(doc) if e.label_ in ("ORG", "GPE", "NORP", "FAC") and all(t.pos_ == "PROPN" for t in e)]
    tails = [e.text.split() for e in others if not find_groups(e.text, "en")]
    for event in attacks:
        for kind in ("victims", "perpetrators"):
            values: list[str] = getattr(event, kind)
            out: list[str] = []
            for value in values:
                value = _fullest(value, forms + [t for t in tails if _ends_with(t, value)])
                if value.lower() not in {v.lower() for v in out}:
                    out.append(value)
            setattr(event, kind, out)


def _ends_with(words: list[str], name: str) -> bool:
    tail = name.lower().split()
    return 0 < len(tail) < len(words) and [w.lower() for w in words[-len(tail) :]] == tail


def _fullest(name: str, forms: list[list[str]]) -> str:
    """The longest name of the story that holds `name` as a run of its words, when the longer
    names holding it are all one person (not "Lopez" with "Juan Lopez" and "Ana Lopez")."""
    words = name.lower().split()
    if not words or not all(w[:1].isupper() for w in name.split()):
        return name
    n = len(words)
    holding = [f for f in forms if len(f) > n and any([w.lower() for w in f[i : i + n]] == words for i in range(len(f) - n + 1))]
    if not holding:
        return name
    longest = max(holding, key=len)
    low = [w.lower() for w in longest]
    if all(any([w.lower() for w in f] == low[i : i + len(f)] for i in range(len(low) - len(f) + 1)) for f in holding):
        return " ".join(longest)
    return name


CULPRIT_CUES = word_class("en_roles", "CULPRIT_CUES")


def _weapon_used(tok: Token) -> bool:
    """'the attackers used Molotov cocktails', 'placed a powerful explosive device at …'."""
    return tok.lemma_.lower() in WEAPON_VERBS and any(c.dep_ in ("dobj", "nsubjpass") and _is_weapon(c) for c in kids(tok))


WEAPON_VERBS = word_class("en_roles", "WEAPON_VERBS")


def _attack_words(ontology: Ontology) -> frozenset[str]:
    attack = ontology.types.get("ATTACK")
    own = attack.verbs | attack.nouns if attack else frozenset()
    return own | {"destroy", "damage", "plant", "hurl", "throw", "sabotage"}


def _weapon_text(tok: Token) -> str:
    """'car bomb', 'explosive device', 'dynamite': compounds and weapon adjectives, no counts."""
    doc = tok.doc
    start = tok.i
    for c in sorted(kids(tok), key=lambda t: -t.i):
        if c.i == start - 1 and (c.dep_ == "compound" or c.dep_ == "amod" and c.lower_ in WEAPON_MODIFIERS) or c.i == start - 1 and c.is_punct and c.text == "-":
            start = c.i
    return doc[start : tok.i + 1].text
