"""An English event under construction (`Draft`), the document context the stages read
(`DocContext`), and how a draft becomes an `assemble.Candidate`: its evidence (the trigger's clause
as character offsets), the figure it states and whether its words point back to something told.
The English counterpart of `ru_draft.py`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from watchfloor.extract.assemble import Candidate, event_of
from watchfloor.extract.draft import Draft as BaseDraft
from watchfloor.extract.draft import stated_figure
from watchfloor.extract.en_frames import came_under_attack
from watchfloor.extract.en_referents import People
from watchfloor.extract.en_roles import add_roles
from watchfloor.extract.en_syntax import (
    ATTACK_NOUNS,
    FEMALE,
    MALE,
    _clause_tokens,
    _definite,
    _patient,
    _perfect,
    _present_passive,
    _reported_past_perfect,
    _subject,
    counted_by_an_ordinal,
)
from watchfloor.extract.statistics import cues_in
from watchfloor.extract.text import doc_text, words_text
from watchfloor.extract.tree import kids, sent_of, subtree, tokens
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Document, Evidence
from watchfloor.normalize.dates import reference_day
from watchfloor.normalize.places import Place


@dataclass(slots=True)
class Draft(BaseDraft[Token, Span]):
    """An English event under construction: the shared record and the marks of the English passes."""

    absorbed: list[int] = field(default_factory=list)
    period: bool = False  # dated by a span of months or years, not a moment
    follower: bool = False  # "… would follow": the trigger is the followers' noun phrase
    tokens: set[int] = field(default_factory=set)
    new_group: bool = False  # its "they" means people told after the last act, not that act's people
    of_another_act: bool = False  # its people are named by another type's act ("arrested the deported men")
    parts_told: bool = False  # a follow-up told its people's nationalities part by part ("six of them …, the rest …")


WEAPON_NOUNS = word_class("en_draft", "WEAPON_NOUNS")


@dataclass(slots=True)
class DocContext:
    document: Document
    countries: list[str]  # countries named in the document, most frequent first
    default_country: str | None
    place_countries: frozenset[str] = frozenset()  # of those, the ones named as places, not only as nationalities
    dateline: Place | None = None  # "KILIS - …", "BAKU, Sept 22 (Wire) - …"
    dateline_end: int = 0  # character offset where the dateline ends: its date is the report's
    dateline_date: dt.date | None = None  # "ISTANBUL, March 3 (Reuters) -" in a story published later
    # people named with a nationality, in text order: read on first ask (many stories never ask)
    people_of: Callable[[], list[People]] | None = None
    _people: list[People] | None = None

    @property
    def people(self) -> list[People]:
        if self._people is None:
            self._people = self.people_of() if self.people_of is not None else []
        return self._people

    @property
    def reference(self) -> dt.date | None:
        """The day relative dates count from: the dateline's when it has one, else publication."""
        return reference_day(self.dateline_date, self.document.published)


def _sentence_evidence(sent: Span) -> Evidence:
    text = doc_text(sent.doc)  # the text as written, also when the parser read a truecased copy
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start=start, end=end, text=text[start:end])


def evidence_of(draft: Draft) -> Evidence:
    """The clause of the trigger and its arguments, as character offsets into the text."""
    toks = sorted(_evidence_tokens(draft), key=lambda t: t.i)
    doc = draft.trigger.doc
    start_tok, end_tok = toks[0], toks[-1]
    while end_tok.i > start_tok.i and (end_tok.is_punct or end_tok.is_space):
        end_tok = doc[end_tok.i - 1]
    start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
    return Evidence(start=start, end=end, text=doc_text(doc)[start:end])


def _evidence_tokens(draft: Draft) -> set[Token]:
    trig = draft.trigger
    if draft.follower:
        return {trig.doc[i] for i in draft.tokens} or set(subtree(trig))  # "seven more Germans on Thursday"
    toks = {trig}
    skip = {"punct", "cc", "mark"}
    for c in kids(trig):
        if c.dep_ in skip:
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            continue
        if c.dep_ == "prep" and c.lower_ == "according":
            continue
        if c.dep_ in ("advcl",) and c.lower_ in ("citing", "saying"):
            continue
        toks.update(subtree(c))
    if trig.dep_ in ("relcl", "acl"):
        toks.add(trig.head)
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in ("nsubj", "nsubjpass") and trig.head.pos_ == "VERB":
        # "clashes erupted … in Z district, killing 3": the clause tells the event
        toks.add(trig.head)
        for c in kids(trig.head):
            if c.dep_ not in ("punct", "cc", "mark", "nsubj", "nsubjpass") and not (c.dep_ == "conj" and c.pos_ == "VERB"):
                toks.update(subtree(c))
    return toks


def to_candidate(draft: Draft, sentence_index: int) -> Candidate:
    event = event_of(draft, evidence_of(draft))
    event.more_evidence = [_sentence_evidence(s) for s in draft.told_again]
    if draft.type == "ATTACK":
        add_roles(event, draft.trigger, draft.absorbed)  # perpetrators, victims, objects, weapons
    cues = cues_in(_clause_text(draft), "en")
    return Candidate(
        event=event,
        figure=stated_figure(draft, "en"),
        sentence=sentence_index,
        aggregate_cue=draft.aggregate_cue,
        # people told back ("They had been held … since January") are one group, not a count over a period
        statistic_cue=(draft.period or cues.period or cues.running or cues.rate or _period_of_the_first_clause(draft)) and not (
            draft.anaphoric and draft.type != "ATTACK" and draft.total is not None
        ),
        date_strong=draft.date_strong,
        perfect=_perfect(draft.trigger) or _present_passive(draft.trigger),
        refers_back=_refers_back(draft),
        one_act=draft.anaphoric or draft.trigger.tag_ == "NN",
        spread=cues.spread,
        # a toll over a period ("has killed more than 2,600 people since 2017") counts many acts, not one's dead
        casualties_only=draft.type == "ATTACK" and draft.trigger.lemma_.lower() in CASUALTY_WORDS and not cues.period,
        bare_toll=draft.type == "ATTACK" and draft.trigger.lower_ in ("injured", "wounded", "dead")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(draft.trigger)),
        sex=sex_of(draft),
        retold=_reported_past_perfect(draft.trigger),
        toll_risen=draft.toll_risen,
    )


def sex_of(draft: Draft) -> str | None:
    """ "m" or "f" when the one person acted on is told as a man or a woman ("the man", "she")."""
    if draft.total != 1 or len(draft.targets) != 1:
        return None
    words = (draft.targets[0].text or "").split(",")[0].lower().split()
    if not words:
        return None
    return "m" if words[-1] in MALE else "f" if words[-1] in FEMALE else None


DOING_VERBS = word_class("en_draft", "DOING_VERBS")  # "carried out attacks", "made arrests"


def _clause_text(draft: Draft) -> str:
    """The words of the act's own clause (with its modifiers), where a period cue counts: "the
    deadliest attack in the past year" puts no period on the attack."""
    trig = draft.trigger
    # "Attacks by … have killed more than 2,000 people since 2015": an act noun the subject of its
    # verb has that verb's clause
    # ("the number of injured climbed to 45" is a toll); so has one the object of a verb that does it
    # ("has carried out repeated attacks on villages since 2019")
    subject = trig.dep_ in ("nsubj", "nsubjpass") and trig.lemma_.lower() not in CASUALTY_WORDS
    done = trig.dep_ == "dobj" and trig.tag_ == "NNS" and trig.head.lemma_.lower() in DOING_VERBS
    told_by = trig.head if trig.pos_ == "NOUN" and trig.head.pos_ == "VERB" and (subject or done) else trig
    tokens = sorted(_clause_tokens(told_by), key=lambda t: t.i)
    # "Two more were detained, bringing the number in custody to five": the participle tells the
    # running total, a statistic of its own; the act's count is what its own clause says
    for tally in (c for c in kids(told_by) if c.lemma_.lower() == "bring" and c.tag_ == "VBG" and c.i > told_by.i):
        tokens = [t for t in tokens if t.i < tally.left_edge.i]
    # "in a fourth operation since 2019", "its sixth attack this year" (MUC-4): the period an ordinal
    # counts acts over, not one of this act's count
    counted = {t.i for n in tokens if n.pos_ == "NOUN" and counted_by_an_ordinal(n) for t in _period_after(n)}
    tokens = [t for t in tokens if t.i not in counted]
    if not tokens:
        return draft.sent.text
    return words_text(tokens[0], tokens[-1])


def _period_after(noun: Token) -> list[Token]:
    """The period phrase right after a noun ("operation since 2019", "attack this year"), wherever the
    parser hangs it."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is None:
        return []
    if nxt.lower_ == "since":
        return list(subtree(nxt))
    if nxt.ent_type_ == "DATE" and nxt.ent_iob_ == "B":
        end = nxt.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return list(doc[nxt.i : end])
    return []


def _period_of_the_first_clause(draft: Draft) -> bool:
    """'said that since 2014 about 200 people had gone to Syria, and that 12 had been prosecuted on
    their return': the second of two reported clauses, with no date of its own, counts over the
    first one's period."""
    trig = draft.trigger
    first = trig.head
    if trig.dep_ != "conj" or first.pos_ not in ("VERB", "AUX") or first.dep_ not in ("ccomp", "conj"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(trig)):
        return False
    if any(t.ent_type_ == "DATE" for t in _clause_tokens(trig)):
        return False
    return period_told(_clause_tokens(first) - set(subtree(trig)))


def period_told(tokens: Iterable[Token]) -> bool:
    """Whether these words (a clause) count over a period ("since January", "this year")."""
    words = sorted(tokens, key=lambda t: t.i)
    return bool(words) and cues_in(" ".join(t.text for t in words), "en").period


CASUALTY_WORDS = word_class("en_draft", "CASUALTY_WORDS")
BACK_DETERMINERS = word_class("en_draft", "BACK_DETERMINERS")
POINTING_BACK = BACK_DETERMINERS | {"its", "their"}  # determiners and possessives pointing back
DEVICE_NOUNS = ATTACK_NOUNS | WEAPON_NOUNS  # an attack or its device ("the blast", "the first device")


def _refers_back(draft: Draft) -> bool:
    """'the attack', 'the blast killed …', 'the men were held …', 'they were deported': the
    words point back to an act or people already told."""
    trig = draft.trigger
    if draft.anaphoric:
        return True
    if trig.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ in ("det", "poss") and c.lower_ in POINTING_BACK for c in kids(trig))
    subject = _subject(trig)
    if subject is not None and subject.lemma_.lower() in DEVICE_NOUNS and _definite(subject):
        return True  # "The attack killed three soldiers", "the first device exploded inside …"
    if subject is not None and draft.type == "ATTACK" and _a_further_one(subject):
        return True  # "Three bombs hit the market … a second exploded near the gate minutes later"
    # "it came under fire", "the convoy came under attack": the one attacked is the subject
    patient = subject if draft.type == "ATTACK" and came_under_attack(trig) else _patient(trig, False)
    if patient is not None and _named_before(patient):
        return True  # "Abrini … was seized in Anderlecht" after "police arrested Mohamed Abrini"
    return patient is not None and (patient.pos_ == "PRON" or _definite(patient))


ORDINALS = word_class("en_draft", "ORDINALS")


def _a_further_one(subject: Token) -> bool:
    """ "a second", "a second bomb", "the third blast": one more of the devices or blasts just told,
    so a part of the act before it (the date and place checks of coref keep other days apart)."""
    if subject.lower_ in ORDINALS:
        return True  # elliptic: "a second went off"
    return subject.lemma_.lower() in DEVICE_NOUNS and any(
        c.dep_ in ("amod", "nummod") and c.lower_ in ORDINALS for c in kids(subject)
    )


def _named_before(person: Token) -> bool:
    """Whether a person's name was told in an earlier sentence of the document."""
    if person.pos_ != "PROPN" or person.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC"):
        return False
    before = tokens(person.doc)[: sent_of(person).start]
    return any(t.pos_ == "PROPN" and t.lower_ == person.lower_ for t in before)
