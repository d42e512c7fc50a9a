"""English event extraction over a spaCy parse.

A trigger (a verb or noun from the ontology's lexicon) anchors a clause; its arguments are read off
the dependency tree: the patient gives targets (count, nationality), the subject or by-phrase the
agent, prepositional phrases the place and destination, DATE entities the date. Clause-level
rules decide whether the trigger reports an event at all (infinitives of intent, definite
back-references and negations are not events) and with which modality.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from watchfloor.extract.assemble import Candidate, assemble
from watchfloor.extract.claims_en import extract_claims
from watchfloor.extract.ontology import Ontology, load_ontology
from watchfloor.extract.text import is_headline as _is_headline
from watchfloor.model import Agent, Document, Event, Evidence, Extraction, Location, Target
from watchfloor.normalize.actors import Actor, actor_of
from watchfloor.normalize.dates import DateValue, find_dates, parse_dateline, resolve_date
from watchfloor.normalize.groups import find_groups
from watchfloor.normalize.nationality import country_code, nationality_of
from watchfloor.normalize.numbers import Quantity, parse_quantity
from watchfloor.normalize.places import Gazetteer, Place
from watchfloor.normalize.text import fold

SPEECH_VERBS = frozenset(
    ["say", "tell", "report", "announce", "add", "state", "claim", "confirm", "insist", "cite", "write", "quote", "allege", "deny", "reject", "argue", "warn", "accuse", "explain", "note", "declare", "post", "publish"]
)
PLAN_AUX = frozenset({"will", "would", "shall", "'ll"})
PLAN_HEADS = frozenset({"due", "set", "expect", "plan", "order", "seek", "request", "schedule", "prepare"})
RUMOR_HEADS = frozenset({"fear", "believe", "suspect", "think", "rumor", "rumour", "feared", "suggest"})
DENY_HEADS = frozenset({"deny", "reject", "refute", "dismiss"})
INTENT_HEADS = frozenset({"try", "attempt", "seek", "want", "plan", "hope", "aim", "intend", "fail", "manage"})
PERSON_NOUNS = frozenset(
    ["person", "people", "man", "men", "woman", "women", "suspect", "citizen", "national", "foreigner", "migrant", "militant", "fighter", "member", "supporter", "recruiter", "individual", "teenager", "youth", "child", "children", "family", "defendant", "jihadist", "refugee", "student", "worker", "passenger", "national", "resident", "returnee", "traveller", "traveler", "boy", "girl", "adult", "minor", "extremist", "terrorist"]
)
ANAPHORS = frozenset({"they", "them", "he", "she", "him", "her", "all", "those", "these", "group"})
DIRECTIONS = frozenset(
    ["southern", "northern", "eastern", "western", "southeastern", "southwestern", "northeastern", "northwestern", "central", "south", "north", "east", "west"]
)
AGGREGATE_CUES = (
    "so far", "in total", "a total of", "since ", "to date", "this year", "in all", "altogether",
    "the number of", "brings to", "bringing the", "bringing to", "over the past", "in the past",
    "in under", "in less than", "over the last", "in recent", "at least", "more than", "as many as",
)
COLLECTIVES = frozenset({"group", "dozen", "hundred", "score", "number", "batch", "total", "couple", "handful", "thousand"})
ATTACK_NOUNS = frozenset({"attack", "bombing", "explosion", "blast", "shelling", "airstrike", "clash", "ambush", "shooting", "assault"})
ATTACK_HAPPEN_VERBS = frozenset({"erupt", "occur", "happen", "kill", "hit", "rock", "strike", "take", "break", "leave", "wound", "injure"})
OFFENCE_NOUNS = frozenset({"suspicion", "charge", "accusation", "allegation", "involvement", "membership"})
# Countries a trip to which, for this beat, means joining a war ("travelled to Syria").
CONFLICT_ZONES = frozenset({"SYR", "IRQ", "AFG", "LBY", "YEM", "SOM", "MLI", "PAK"})
LOCATION_LABELS = frozenset({"GPE", "LOC", "FAC"})
DESTINATION_PREPS = frozenset({"into", "to", "toward", "towards", "for"})


@dataclass(slots=True)
class Draft:
    """An event under construction, with the parse tokens it was read from."""

    type: str
    trigger: Token
    sent: Span
    targets: list[Target] = field(default_factory=list)
    total: int | None = None
    total_min: int | None = None
    date: DateValue | None = None
    date_strong: bool = False
    reported: dt.date | None = None
    agent: Agent | None = None
    location: Location | None = None
    destination: str | None = None
    affiliation: str | None = None
    attribution: str | None = None
    modality: str = "asserted"
    killed: int | None = None
    wounded: int | None = None
    weapon: str | None = None
    anaphoric: bool = False
    absorbed: list[int] = field(default_factory=list)
    period: bool = False  # dated by a span of months or years, not a moment  # triggers of follow-ups merged into this one
    aggregate_cue: bool = False
    tokens: set[int] = field(default_factory=set)

    @property
    def nationalities(self) -> set[str]:
        return {t.nationality for t in self.targets if t.nationality}


@dataclass(slots=True)
class DocContext:
    document: Document
    countries: list[str]  # countries named in the document, most frequent first
    default_country: str | None
    dateline: Place | None = None  # "KILIS - …", "BAKU, Sept 22 (Wire) - …"
    dateline_end: int = 0  # character offset where the dateline ends: its date is the report's


class EnglishExtractor:
    """Turns a parsed English document into event drafts."""

    requires = frozenset({"sentences", "entities", "dependencies", "lemmas"})
    provides = frozenset({"events"})

    def __init__(self, gazetteer: Gazetteer, ontology: Ontology | None = None) -> None:
        self.gazetteer = gazetteer
        self.ontology = ontology or load_ontology()

    # -- entry point -------------------------------------------------------------------------

    def drafts(self, doc: Doc, document: Document) -> list[Draft]:
        ctx = self._context(doc, document)
        drafts: list[Draft] = []
        for sent in doc.sents:
            if _is_headline(sent):
                continue  # a headline repeats what the body tells with more detail
            sentence_drafts: list[Draft] = []
            for tok in sent:
                for etype in self._trigger_types(tok):
                    draft = self._read_event(etype, tok, sent, ctx, drafts + sentence_drafts)
                    if draft is not None:
                        sentence_drafts.append(draft)
                        break
            for draft in _dedupe_clause(sentence_drafts):
                if not _merge_follow_up(draft, drafts):
                    drafts.append(draft)
            self._follow_up(sent, drafts, ctx)
        drafts = _drop_travel_of_the_arrested(drafts)
        main_group = _main_group(doc)
        for draft in drafts:
            if draft.affiliation is None and main_group is not None and draft.type != "TAKEDOWN":
                draft.affiliation = main_group  # the story's group, unless the sentence names another
        _inherit_dates(drafts)
        _inherit_places(drafts)
        return drafts

    # -- triggers ----------------------------------------------------------------------------

    def _trigger_types(self, tok: Token) -> list[str]:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            particles = [c.text.lower() for c in tok.children if c.dep_ in ("prt", "prep", "advmod", "npadvmod")]
            for particle in particles:
                types = self.ontology.phrasal_types(lemma, particle)
                if types:
                    return types
            types = self.ontology.verb_types(lemma)
            if not types and _is_passive(tok) and not any(c.lower_ == "from" for c in tok.children):
                types = self.ontology.passive_types(lemma)  # "were held"; not "stopped from leaving"
            return types
        if tok.pos_ in ("NOUN", "PROPN"):
            return self.ontology.noun_types(lemma)
        return []

    def _read_event(
        self, etype: str, trig: Token, sent: Span, ctx: DocContext, previous: list[Draft]
    ) -> Draft | None:
        is_noun = trig.pos_ in ("NOUN", "PROPN")
        if is_noun:
            if not _eventive_noun(trig):
                return None
        elif not _finite_or_planned(trig):
            return None
        if _in_question(trig):
            return None  # "how many people were stopped last week"
        draft = Draft(type=etype, trigger=trig, sent=sent)
        draft.modality = _modality(trig)
        if _negated(trig) and draft.modality == "asserted":
            draft.modality = "denied"
        patient = _patient(trig, is_noun)
        if etype == "TAKEDOWN":
            if patient is None or not self._is_takedown_object(patient):
                return None
        elif etype == "TRAVEL":
            if not self._travel_ok(trig, sent, patient):
                return None
        elif etype == "ATTACK":
            self._attack_fields(draft, trig, sent)
        elif etype == "ENTRY_BAN":
            if not _entry_ban_ok(trig):
                return None
        elif patient is not None and not _is_person_np(patient) and patient.lower_ not in ANAPHORS:
            return None  # "seized weapons", "removed content": not people
        elif patient is None and etype in ("ARREST", "DEPORT", "CHARGE") and not is_noun:
            return None
        if not (etype == "ATTACK" and is_noun):
            self._agent(draft, trig, ctx, previous)
        if etype == "ATTACK":
            pass  # victims are counted as killed / wounded, not as targets
        elif patient is not None:
            self._targets(draft, patient, ctx, previous)
        elif etype == "TRAVEL":
            subj = _subject(trig)
            if subj is not None:
                self._targets(draft, subj, ctx, previous)
        specific = any(t.count is not None or t.nationality for t in draft.targets) or draft.anaphoric
        if draft.modality == "planned" and not specific and etype in ("TAKEDOWN", "ARREST", "DEPORT"):
            return None  # a policy ("it would remove bots and channels"), not an announced act
        self._date(draft, trig, sent, ctx)
        self._location(draft, trig, sent, ctx)
        _own_nationals(draft)  # before the agent is completed: only a country the text gives counts
        _complete_agent(draft)
        self._destination_affiliation(draft, trig, sent)
        self._attribution(draft, trig, sent)
        draft.aggregate_cue = _aggregate_cue(trig, sent)
        draft.tokens = {t.i for t in _clause_tokens(trig)}
        return draft

    # -- arguments ---------------------------------------------------------------------------

    def _targets(self, draft: Draft, head: Token, ctx: DocContext, previous: list[Draft]) -> None:
        if head.lower_ in ("he", "him", "she", "her"):
            draft.anaphoric = True
            nat = _earlier_nationality(head)  # "an American … Greek police turned him back"
            draft.targets = [Target(count=1, nationality=nat[0] if nat else None, text=head.text)]
            draft.total = 1
            return
        if head.lower_ in ANAPHORS and head.lower_ != "group" or head.lemma_.lower() == "group" and _definite(head):
            draft.anaphoric = True
            antecedent = _antecedent(previous, draft)
            if antecedent is not None and antecedent.total is not None:
                draft.total = antecedent.total
                draft.targets = [Target(count=antecedent.total, text=_np_text(head))]
            return
        inner = _collective_of(head)
        if inner is not None:
            # "dozens of migrants" counts the people; "a group of 16 Syrians" leaves it to them
            quantity = parse_quantity(head.text, "en") if head.tag_ == "NNS" else None
            self._targets(draft, inner, ctx, previous)
            if quantity is not None and draft.total is None and draft.targets:
                if quantity.value is not None and len(draft.targets) == 1:
                    draft.total = draft.targets[0].count = quantity.value
                elif quantity.low:
                    draft.targets[0].approx_count = quantity.low  # "dozens of migrants"
            return
        members = _members(head)
        # a misparsed list: "detained 300 Syrians, two Iraqis and a Turkish national" (Iraqis as dep)
        for c in draft.trigger.children:
            if c.dep_ == "dep" and c.i > head.i and _is_person_np(c):
                members += _members(c)
        targets: list[Target] = []
        for member in members:
            targets.extend(self._member_targets(member, draft, previous))
        # "23 foreign nationals from China and Russia": the head count is the total.
        head_q = _quantity_of(head)
        counted = [t for t in targets if t.count is not None]
        if head_q is not None and head_q.value is None and head_q.low and targets and targets[0].approx_count is None:
            targets[0].approx_count = head_q.low  # "more than 700 people from the UK"
        if head_q is not None and head_q.value is not None and len(members) == 1:
            draft.total = head_q.value
        elif targets and len(counted) == len(targets):
            draft.total = sum(t.count or 0 for t in targets)
        else:
            lows = [_low(t) for t in targets]
            if targets and all(low is not None for low in lows) and len(targets) > 1:
                draft.total_min = sum(low or 0 for low in lows)
        for tok in draft.trigger.subtree:
            if tok.lower_ == "including" and tok.dep_ in ("prep", "advcl") and tok.head.i in (draft.trigger.i, head.i):
                for obj in (o for o in tok.children if o.dep_ in ("pobj", "dobj")):
                    for extra in _members(obj):  # "…, including one Turkish citizen"
                        targets.extend(self._member_targets(extra, draft, previous))
        if draft.type in ("ARREST", "CHARGE") and targets and not any(t.nationality for t in targets):
            # "detained 14 men from Yovon district" (the from-phrase hangs on the verb)
            for prep in draft.trigger.children:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    origins = _origin_countries(prep.head, self.gazetteer, only=prep)
                    if len({c for c, _ in origins}) == 1:
                        for t in targets:
                            t.nationality = origins[0][0]
        draft.targets = targets

    def _member_targets(self, member: Token, draft: Draft, previous: list[Draft]) -> list[Target]:
        quantity = _quantity_of(member)
        count = quantity.value if quantity else None
        approx = None
        if quantity is not None and quantity.value is None and quantity.approx and quantity.low:
            approx = quantity.low
        text = _np_text(member)
        origins = [] if self._nationality(member) else _origin_countries(member, self.gazetteer)
        if origins:  # "suspects from X and Y"; "two Iraqis … from Syria into Turkey" keeps IRQ
            return [Target(count=None, nationality=c, text=n) for c, n in origins]
        nat = self._nationality(member)
        of_np = [o for p in member.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if nat is None and member.tag_ == "CD" and of_np:
            member = of_np[0]  # "five of its citizens": the people are in the of-phrase
            nat = self._nationality(member)
        if nat is None and any(c.lower_ == "more" for c in member.children) and previous:
            prior = previous[-1].nationalities
            if len(prior) == 1:
                nat = (next(iter(prior)), None, None)
        own = member.lemma_.lower() in ("citizen", "national") and not _foreign(member)
        if nat is None and own and draft.agent is not None and draft.agent.country:
            # "Azerbaijan has arrested ten (of its) citizens": the agent's own nationals
            nat = (draft.agent.country, None, None)
        if nat is None and _definite(member) and member.tag_ == "NN" and member.lemma_.lower() in PERSON_NOUNS:
            nat = _earlier_nationality(member)  # "an American … Turkey expelled the man"
            count = 1 if count is None else count
        target = Target(count=count, text=text, approx_count=approx)
        if nat is not None:
            target.nationality, target.ethnicity, target.region = nat
        if quantity is None and member.tag_ in ("NNS", "NNPS") and target.nationality is None:
            pass
        elif quantity is None and member.tag_ in ("NN", "NNP") and member.lemma_.lower() in PERSON_NOUNS | {
            "chechen"
        }:
            target.count = 1
        return [target]

    def _nationality(self, member: Token) -> tuple[str | None, str | None, str | None] | None:
        candidates = [member.text]
        candidates += [c.text for c in member.children if c.dep_ in ("amod", "compound") and c.i < member.i]
        for word in candidates:
            nat = nationality_of(word, "en")
            if nat is not None and (nat.country or nat.ethnicity):
                return (nat.country, nat.ethnicity, nat.region)
        return None

    def _is_takedown_object(self, patient: Token) -> bool:
        return any(member.lemma_.lower() in self.ontology.takedown_objects for member in _members(patient))

    def _travel_ok(self, trig: Token, sent: Span, patient: Token | None) -> bool:
        """A reported trip to a war zone or into an armed group — not background ("men who
        fought in Syria"), not a denial ("he never went"), not a guess ("may have gone")."""
        if trig.dep_ in ("relcl", "acl", "advcl", "pcomp", "xcomp", "amod") or _negated(trig):
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "would", "should") for c in trig.children):
            return False
        subj = _subject(trig)
        if subj is None or subj.lower_ in ("who", "that", "which"):
            return False
        if subj.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in subj.children):
            return False  # a generic plural: "young men left for Syria"
        if trig.lemma_.lower() == "join":
            return patient is not None and bool(find_groups(_np_text(patient), "en")) and trig.tag_ in ("VBD", "VBN")
        if trig.tag_ not in ("VBD", "VBN"):
            return False
        for prep in trig.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "into", "for"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and country_code(_compound_text(obj), "en") in CONFLICT_ZONES:
                        return True
        return False

    def _attack_fields(self, draft: Draft, trig: Token, sent: Span) -> None:
        for tok in sent:
            lemma = tok.lemma_.lower()
            if lemma in ("kill", "die", "dead") or tok.lower_ in ("killing", "killed", "dead"):
                n = _count_near(tok)
                if n is not None and draft.killed is None:
                    draft.killed = n
            if lemma in ("wound", "injure", "hurt") or tok.lower_ in ("injuring", "wounding", "injured", "wounded"):
                n = _count_near(tok)
                if n is not None and draft.wounded is None:
                    draft.wounded = n
            if lemma in ("axe", "knife", "gun", "rifle", "bomb", "explosive", "ied", "grenade", "car", "truck"):
                draft.weapon = draft.weapon or lemma

    def _agent(self, draft: Draft, trig: Token, ctx: DocContext, previous: list[Draft]) -> None:
        subj = _agent_np(trig)
        if subj is None and _is_passive(trig) or subj is not None and subj.pos_ == "PRON":
            # "X said they arrested…", "officials said suspects were detained…"
            subj = _speech_subject(trig)
            if subj is not None and subj.pos_ == "PRON":
                subj = None
        if subj is not None:
            text = _np_text(subj)
            home = ctx.dateline.country if ctx.dateline is not None else None
            actor = actor_of(text, "en", context_country=home)
            if actor is not None and actor.country is None and _definite(subj):
                earlier = _earlier_actor(subj)  # "Azerbaijan's National Security Ministry … the ministry"
                if earlier is not None:
                    actor = replace(actor, country=earlier.country, sector=earlier.sector)
            if actor is not None and actor.country is None and home is not None:
                actor = replace(actor, country=home)  # "the ministry" of a Baku dispatch
            draft.agent = Agent(
                text=text,
                country=actor.country if actor else None,
                sector=actor.sector if actor else None,
                name=actor.name if actor else None,
            )
            return
        for prior in reversed(previous[-3:]):
            if prior.agent is not None and prior.agent.text and prior.type == draft.type:
                draft.agent = Agent(prior.agent.text, prior.agent.country, prior.agent.sector, prior.agent.name)
                return

    def _date(self, draft: Draft, trig: Token, sent: Span, ctx: DocContext) -> None:
        published = ctx.document.published
        draft.reported = published
        owned = _clause_tokens(trig)
        best: tuple[int, DateValue, bool] | None = None
        speech_dated = False
        for root, value in _sentence_dates(sent, published, ctx.dateline_end):
            if root.head.lower_ in ("since", "from", "until", "till"):
                continue  # the bound of a period: a tally, not the day of an act
            if _is_period(root):
                draft.period = True  # "in July and August": a tally over months
                continue
            inside = root in owned and not _under_speech(root, trig)
            distance = abs(root.i - trig.i) + (0 if inside else 100)
            if best is None or distance < best[0]:
                best = (distance, value, inside)
                speech_dated = _speech_attached(root)
        announced = (
            best is not None
            and not best[2]
            and best[1].precision == "day"
            and published is not None
            and best[1].date is not None
            and abs((published - best[1].date).days) <= 7
            and speech_dated
        )
        if announced:
            draft.reported = best[1].date if best is not None else published  # "…, police said on Monday"
            if best is not None and best[1].date is not None and any(t.lower_ == "week" for t in owned):
                # "blocked 78 channels over the course of a single week", said on Wednesday
                day = best[1].date
                draft.date = DateValue(day - dt.timedelta(days=day.weekday()), "week")
                return
        if best is not None and not announced and (best[2] or not _perfect(trig)):
            draft.date, draft.date_strong = best[1], best[2]
        elif (
            (_perfect(trig) or best is None and _reported_past_perfect(trig))
            and published is not None
            and draft.modality == "asserted"
        ):
            # "Azerbaijan has arrested five…": the present perfect reports the days before publication
            monday = published - dt.timedelta(days=published.weekday())
            draft.date = DateValue(monday, "week")

    def _location(self, draft: Draft, trig: Token, sent: Span, ctx: DocContext) -> None:
        owned = _clause_tokens(trig)
        scored = []
        for span in _place_spans(sent):
            if _place_role(span) != "location" or not _governed_by(span.root, trig):
                continue
            score = (0 if span.root in owned else 50) + abs(span.root.i - trig.i)
            scored.append((score, span.start, span))
        for _, _, span in sorted(scored, key=lambda x: (x[0], x[1])):
            phrase = _place_phrase(span)
            resolution = self.gazetteer.resolve(phrase, context=ctx.countries)
            place = resolution.place
            if place is None or not _plausible(place, ctx.countries, resolution.candidates):
                continue
            draft.location = Location(
                text=phrase,
                country=place.country,
                admin1=place.admin1 if resolution.precision is not None else None,
                place=place.name if place.kind not in ("country", "admin1") and resolution.precision == 1 else None,
                lat=place.lat,
                lon=place.lon,
                precision=resolution.precision,
            )
            return
        if any(t.lower_ in ("there", "province", "region", "district", "area") for t in owned):
            place = self._last_place(trig)  # "raids around the province", "detained there"
            if place is not None:
                draft.location = Location(country=place.country, admin1=place.admin1, precision=3)
                return
        country = draft.agent.country if draft.agent and draft.agent.country else ctx.default_country
        if country is None:
            speaker = _speech_subject(trig, any_speech=True)
            actor = actor_of(_np_text(speaker), "en") if speaker is not None and speaker.pos_ != "PRON" else None
            country = actor.country if actor is not None else None  # "Bosnia's SIPA said … detained"
        if ctx.dateline is not None and country in (None, ctx.dateline.country):
            # a dateline names where the report was filed; a capital's desk covers the whole country
            place = ctx.dateline
            admin1 = None if _is_capital(place) or place.kind == "country" else place.admin1
            draft.location = Location(country=place.country, admin1=admin1, precision=3 if admin1 else None)
        elif country:
            draft.location = Location(country=country)
        else:
            # last resort: the country the story is about (most named, war zones aside: they are
            # where people went, rarely where the news happened)
            home = next((c for c in ctx.countries if c not in CONFLICT_ZONES), None)
            if home is not None and draft.type in ("ARREST", "CHARGE", "DEPORT", "ENTRY_BAN"):
                draft.location = Location(country=home)

    def _last_place(self, trig: Token) -> Place | None:
        """The last province-level place named before the trigger."""
        doc = trig.doc
        for ent in reversed([e for e in doc.ents if e.end <= trig.i and e.label_ in LOCATION_LABELS]):
            resolution = self.gazetteer.resolve(ent.text)
            if resolution.place is not None and resolution.place.admin1:
                return resolution.place
        return None

    def _destination_affiliation(self, draft: Draft, trig: Token, sent: Span) -> None:
        for ent in sent.ents:
            if draft.type == "DEPORT" and ent.root.head.head.i != trig.i:
                continue  # where deportees are sent, not where they were heading
            if ent.label_ in LOCATION_LABELS and _place_role(ent) == "destination":
                code = country_code(ent.text, "en")
                if code:
                    draft.destination = code
                    break
        groups = find_groups(sent.text, "en")
        if groups:
            draft.affiliation = groups[0][2]

    def _attribution(self, draft: Draft, trig: Token, sent: Span) -> None:
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
                pobjs = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
                if pobjs:
                    draft.attribution = _source_name(pobjs[0])
                    return
            if tok.lower_ in ("citing", "cited") and tok.dep_ in ("advcl", "relcl", "xcomp", "acl"):
                objs = [c for c in tok.children if c.dep_ == "dobj"]
                if objs:
                    draft.attribution = _np_text(objs[0])
        if draft.attribution:
            return
        speaker = _speech_subject(trig, any_speech=True)
        if speaker is not None and speaker.pos_ != "PRON":
            draft.attribution = _np_text(speaker)

    # -- cross-sentence ----------------------------------------------------------------------

    def _follow_up(self, sent: Span, drafts: list[Draft], ctx: DocContext) -> None:
        """A sentence that only adds nationalities to the event before it ("Among them were
        citizens of China and Russia.", "Chinese and Russian citizens were among them.")."""
        if not drafts or drafts[-1].sent == sent:
            return
        last = drafts[-1]
        if last.nationalities or _sentence_gap_spans(last.sent, sent) > 2:
            return
        lowered = sent.text.lower()
        if not any(cue in lowered for cue in ("among them", "among the", "of them", "included", "including")):
            return
        nats: list[Target] = []
        for tok in sent:
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in (
                "citizen",
                "national",
            ):
                for member in _members(tok):
                    code = country_code(member.text, "en")
                    if code:
                        nats.append(Target(nationality=code, text=member.text))
            elif tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.dep_ in ("attr", "nsubj", "conj", "appos", "amod"):
                nat = nationality_of(tok.text, "en")
                if nat is not None and nat.country and nat.country not in {t.nationality for t in nats}:
                    nats.append(Target(nationality=nat.country, ethnicity=nat.ethnicity, text=tok.text))
        if nats:
            last.targets = nats

    def _context(self, doc: Doc, document: Document) -> DocContext:
        counts: dict[str, int] = {}
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC", "NORP"):
                code = country_code(ent.text, "en")
                if code is None and ent.label_ == "NORP":
                    nat = nationality_of(ent.text, "en")
                    code = nat.country if nat else None
                if code:
                    counts[code] = counts.get(code, 0) + 1
        ranked = sorted(counts, key=lambda c: -counts[c])
        dateline = None
        dateline_end = 0
        offset = 0
        for paragraph in document.text.split("\n")[:6]:
            found = parse_dateline(paragraph.strip(), document.published)
            if found and found[0]:
                resolution = self.gazetteer.resolve(found[0], context=ranked)
                if resolution.place is not None:
                    dateline = resolution.place
                    ranked = [dateline.country] + [c for c in ranked if c != dateline.country]
                dash = re.search(r"\s[-–—]\s", paragraph)
                dateline_end = offset + (dash.end() if dash and dash.start() < 80 else 0)
                break
            offset += len(paragraph) + 1
        return DocContext(
            document=document, countries=ranked, default_country=None, dateline=dateline, dateline_end=dateline_end
        )


# -- parse-tree helpers ------------------------------------------------------------------------


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    import countryinfo

    out = set()
    for info in countryinfo.all_countries():
        try:
            capital = info.capital()
            if capital:
                out.add((info.iso()["alpha3"], fold(capital)))
        except (KeyError, TypeError, AttributeError):
            continue  # a territory without a capital
    return frozenset(out)


def _is_capital(place: Place) -> bool:
    return (place.country, fold(place.name)) in _capitals()


def _plausible(place: Place, countries: list[str], candidates: list[Place]) -> bool:
    """An ambiguous small town abroad that the document never names the country of is more likely
    a misread ("Central Asia" is not the Philippine town of Asia)."""
    return (
        place.kind in ("country", "admin1", "region")
        or place.country in countries
        or place.population >= 100_000
        or all(c.country == place.country for c in candidates)
    )


def _sentence_dates(sent: Span, published: dt.date | None, skip_before: int) -> list[tuple[Token, DateValue]]:
    """Dates in a sentence with the token each hangs from: the rule-based finder first, then
    spaCy's DATE entities it did not cover. A dateline's date is the report's, not the event's."""
    out: list[tuple[Token, DateValue]] = []
    covered: list[tuple[int, int]] = []
    base = sent.start_char
    for start, end, value in find_dates(sent.text, published, "en"):
        if value.date is None or base + start < skip_before:
            continue
        span = sent.doc.char_span(base + start, base + end, alignment_mode="expand")
        if span is not None:
            words = [t for t in span if t.pos_ not in ("ADP", "DET", "PUNCT")] or list(span)
            out.append((words[0], value))  # the date word, not its preposition
            covered.append((base + start, base + end))
    for ent in sent.ents:
        if ent.label_ != "DATE" or ent.start_char < skip_before:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        resolved = resolve_date(ent.text, published, "en")
        if resolved is not None and resolved.date is not None:
            out.append((ent.root, resolved))
    return out


def _present_passive(trig: Token) -> bool:
    """'10,000 people are banned': a standing state, counted like a tally."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in trig.children)


def _reported_past_perfect(trig: Token) -> bool:
    """'the security forces said they had detained…' with no date anywhere: a recent act."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in trig.children) and any(
        a.lemma_.lower() in SPEECH_VERBS for a in trig.ancestors
    )


def _perfect(trig: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in trig.children)


def _sentence_gap_spans(a: Span, b: Span) -> int:
    starts = [s.start for s in a.doc.sents]
    return starts.index(b.start) - starts.index(a.start)


def _in_question(trig: Token) -> bool:
    """An indirect question ("how many were stopped", "whether he was arrested")."""
    for tok in _clause_tokens(trig):
        if tok.lower_ in ("how", "whether") or tok.lower_ == "if" and tok.dep_ == "mark":
            return True
    return False


def _foreign(member: Token) -> bool:
    return any(c.lower_ in ("foreign", "other") for c in member.children)


def _governed_by(tok: Token, trig: Token) -> bool:
    """Is `tok` an argument of the trigger's clause (or of the report around it), rather than of
    another verb — "suspected of fighting in Syria", "born in Kyrgyzstan", "who fought in Iraq"?"""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.i == trig.i:
            return True
        if node.lemma_.lower() in OFFENCE_NOUNS or node.tag_ == "NN" and node.lower_.endswith("ing"):
            return False  # "on suspicion of fighting in Syria": where the offence was, not the arrest
        if node.lower_ in ("after", "before", "following", "amid", "ahead"):
            return False  # "hours after the first air strikes in Syria": another event's place
        if node.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "as") for c in node.children):
            continue  # "arrested … when he landed in Copenhagen": same moment, same place
        if (node.pos_ in ("VERB", "AUX") or node.tag_.startswith("VB")) and node.dep_ not in ("aux", "auxpass"):
            return node.lemma_.lower() in SPEECH_VERBS or node.lemma_.lower() == "accord" or trig in node.subtree
    return False


def _merge_follow_up(draft: Draft, drafts: list[Draft]) -> bool:
    """'A further 15 Syrians were caught with them on Sunday' adds to the event before it;
    'The men were held on suspicion of…' tells more of it. Returns True when merged."""
    same = [d for d in drafts[-3:] if d.type == draft.type and d.sent.start != draft.sent.start]
    if not same:
        return False
    prior = same[-1]
    if _sentence_gap_spans(prior.sent, draft.sent) > 3:
        return False
    trig = draft.trigger
    with_them = any(
        c.dep_ == "prep" and c.lower_ in ("with", "alongside") and any(o.lower_ in ("them", "him", "her") for o in c.children)
        for c in trig.children
    )
    if with_them:
        prior.absorbed.append(trig.i)
        prior.targets = prior.targets + draft.targets
        if prior.total is not None and draft.total is not None:
            prior.total += draft.total
        if draft.date is not None and (draft.date_strong or prior.date is None) and not prior.date_strong:
            prior.date, prior.date_strong = draft.date, draft.date_strong
        return True
    patient = _patient(trig, trig.pos_ in ("NOUN", "PROPN"))
    if patient is None or (draft.total is not None or draft.nationalities) and not draft.anaphoric:
        return False
    if patient.pos_ == "PRON" or _definite(patient):
        prior.absorbed.append(trig.i)
        if prior.date is None and draft.date is not None and draft.date_strong and draft.date.precision in ("day", "week"):
            prior.date, prior.date_strong = draft.date, draft.date_strong
        if draft.location is not None and draft.location.text and (prior.location is None or not prior.location.admin1):
            prior.location = draft.location
        return True
    return False


def _inherit_dates(drafts: list[Draft]) -> None:
    """An undated act told right after a dated one of the same report shares its day
    ("A court on Wednesday sentenced… The court convicted 45…")."""
    for prev, draft in zip(drafts, drafts[1:], strict=False):
        separate = any(t.lower_ in ("separate", "separately") for t in draft.sent)
        datable = (draft.modality == "asserted" or draft.trigger.pos_ == "NOUN") and not separate
        near = _sentence_gap(prev, draft) <= (4 if prev.type == draft.type else 3)
        if draft.date is None and datable and prev.date is not None and prev.date.precision == "day" and near:
            draft.date = prev.date


def _main_group(doc: Doc) -> str | None:
    """The armed group a story is about: named in its first lines or more often than any other."""
    hits = find_groups(doc.text, "en")
    if not hits:
        return None
    counts: dict[str, int] = {}
    for _, _, code in hits:
        counts[code] = counts.get(code, 0) + 1
    top = max(counts, key=lambda c: counts[c])
    early = [code for start, _, code in hits if start < 300]
    if counts[top] >= 2 or top in early:
        return top
    return None


def _drop_travel_of_the_arrested(drafts: list[Draft]) -> list[Draft]:
    """A trip told of people the text reports arrested, deported or tried ("nine of them crossed
    into Syria") is their background, not a separate TRAVEL event."""
    if not any(d.type in ("ARREST", "DEPORT", "CHARGE") for d in drafts):
        return drafts
    kept = []
    for d in drafts:
        subj = _subject(d.trigger) if d.type == "TRAVEL" else None
        if subj is not None and (subj.pos_ == "PRON" or _definite(subj) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PRON" for o in c.children) for c in subj.children
        )):
            continue
        kept.append(d)
    return kept


def _inherit_places(drafts: list[Draft]) -> None:
    """An act with no place of its own, told after one with a place in the same country ("raids
    around the province"), happened there too."""
    for prev, draft in zip(drafts, drafts[1:], strict=False):
        if prev.location is None or prev.location.admin1 is None:
            continue
        if any(t.lower_ in ("separate", "separately") for t in draft.sent):
            continue
        if draft.agent is not None and draft.agent.text and draft.agent.country:
            continue  # "Turkey deported a Dane": the agent places it, no finer
        here = draft.location
        if here is None or here.text is None and here.country in (None, prev.location.country):
            draft.location = Location(
                text=None, country=prev.location.country, admin1=prev.location.admin1, precision=3
            )


def _sentence_gap(a: Draft, b: Draft) -> int:
    sents = list(a.sent.doc.sents)
    starts = [s.start for s in sents]
    return starts.index(b.sent.start) - starts.index(a.sent.start)


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN"
        and tok.dep_ in ("acl", "relcl")
        and not any(c.dep_ in ("nsubj", "aux") for c in tok.children)
    )


def _finite_or_planned(tok: Token) -> bool:
    """Finite clauses and passive participles report events; bare infinitives and gerunds of
    intent ("trying to cross", "after crossing") do not — unless planned ("to be deported")."""
    children = list(tok.children)
    has_to = any(c.tag_ == "TO" or c.lower_ == "to" and c.dep_ == "aux" for c in children)
    if has_to:
        if any(c.dep_ == "aux" and c.lower_ == "have" for c in children):
            return False  # "believed to have been killed": a belief about the past
        passive = any(c.dep_ == "auxpass" for c in children)
        head = tok.head.lemma_.lower()
        if head in INTENT_HEADS:
            return False
        return passive or head in PLAN_HEADS
    if tok.tag_ == "VBG":
        return any(c.dep_ in ("aux", "auxpass") for c in children) and tok.dep_ not in ("pcomp", "pobj")
    if tok.tag_ == "VB":
        return any(c.lower_ in PLAN_AUX or c.dep_ == "aux" and c.lemma_ in ("will", "would", "do") for c in children)
    if tok.tag_ == "VBN" and tok.dep_ == "amod":
        return False
    if tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in children):
        return False  # habitual present ("platforms remove such material"); headlines are skipped
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in children):
        # a reduced relative ("those arrested", "the men detained") refers back to people,
        # unless it carries its own circumstances ("40 men detained on Monday in Pristina")
        words = [t.lower_ for t in tok.subtree]
        return "since" not in words and any(t.ent_type_ == "DATE" and t.head.lower_ != "in" for t in tok.subtree)
    return True


def _eventive_noun(tok: Token) -> bool:
    """'announced the arrest of 26 men', 'last Friday's arrest of a Syrian' are events;
    'the arrests of the seven Russians are part of…' refers back to them and is not."""
    of_np = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        return True  # "handed over for deportation"
    if tok.lemma_.lower() in ATTACK_NOUNS:
        # "clashes erupted…, killing 3", "Monday's explosion on the metro", "a blast in Ansbach on 24 July"
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in ATTACK_HAPPEN_VERBS:
            return True
        if any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in tok.children):
            return True
        return any(t.ent_type_ == "DATE" for t in tok.subtree) and not _definite(tok)
    if not of_np:
        return False
    governor = tok.head.lemma_.lower() if tok.dep_ in ("dobj", "nsubjpass") else ""
    if governor in ("announce", "order", "report", "confirm", "make"):
        return True
    if any(c.dep_ == "poss" for c in tok.children):
        return True
    det = [c.lower_ for c in tok.children if c.dep_ == "det"]
    return not det or det[0] in ("a", "an")


def _modality(trig: Token) -> str:
    children = list(trig.children)
    if any(c.lower_ in PLAN_AUX for c in children if c.dep_ in ("aux", "auxpass")):
        return "planned"
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        return "planned"
    for anc in trig.ancestors:
        lemma = anc.lemma_.lower()
        if lemma in DENY_HEADS:
            return "denied"
        planned_aux = any(c.lower_ in PLAN_AUX for c in anc.children if c.dep_ == "aux")
        if lemma in PLAN_HEADS or planned_aux and anc.dep_ != "ROOT":
            return "planned"
        if lemma in RUMOR_HEADS:
            return "rumored"
        if anc.dep_ == "ROOT":
            break
    if trig.dep_ == "pobj" and trig.head.lower_ == "for":
        verb = trig.head.head
        if any(c.lower_ in PLAN_AUX for c in verb.children):
            return "planned"
    return "asserted"


def _negated(trig: Token) -> bool:
    return any(c.dep_ == "neg" for c in trig.children)


def _patient(trig: Token, is_noun: bool) -> Token | None:
    if is_noun:
        for prep in trig.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if trig.dep_ == "pobj" and trig.head.lower_ == "for":
            verb = trig.head.head
            return _patient(verb, False)
        return None
    for dep in ("nsubjpass", "dobj"):
        for c in trig.children:
            if c.dep_ == dep:
                if c.lower_ in ("who", "that", "which"):
                    return trig.head if trig.dep_ == "relcl" else None
                return c
    if trig.dep_ in ("acl", "relcl") and trig.tag_ == "VBN":
        return trig.head
    if trig.dep_ == "conj" and _is_passive(trig):
        return _patient(trig.head, False)
    if trig.dep_ == "xcomp" and trig.head.lemma_ == "be":
        return _subject(trig.head)  # "All were to be deported"
    if trig.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in trig.children):
        if trig.head.pos_ == "ADJ" and trig.head.dep_ == "acomp":
            return _subject(trig.head.head)  # "a German was due to be sent home"
        return _patient(trig.head, False)  # "were handed over to police to be deported"
    return None


def _subject(trig: Token) -> Token | None:
    for c in trig.children:
        if c.dep_ == "nsubj":
            if c.lower_ in ("who", "that") and trig.dep_ == "relcl":
                return trig.head
            return c
    if trig.dep_ == "conj":
        return _subject(trig.head)
    if trig.dep_ == "xcomp":
        return _subject(trig.head)
    return None


def _agent_np(trig: Token) -> Token | None:
    for c in trig.children:
        if c.dep_ == "agent":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    if _is_passive(trig):
        return None
    if trig.pos_ in ("NOUN", "PROPN"):
        if trig.head.pos_ == "VERB":
            return _subject(trig.head)
        return None
    return _subject(trig)


def _speech_subject(trig: Token, any_speech: bool = False) -> Token | None:
    """The subject of the speech verb governing the trigger: 'X said (that) they arrested…'."""
    node = trig
    for _ in range(4):
        if node.dep_ in ("ccomp", "parataxis", "conj") or (any_speech and node.dep_ != "ROOT"):
            node = node.head
        else:
            return None
        if node.lemma_.lower() in SPEECH_VERBS:
            return _subject(node)
    return None


def _under_speech(tok: Token, trig: Token) -> bool:
    """Is `tok` attached to a speech verb (a report date, not the event's date)?"""
    node = tok
    while node.head.i != node.i and node.i != trig.i:
        node = node.head
        if node.i == trig.i:
            return False
        if node.lemma_.lower() in SPEECH_VERBS:
            return True
    return False


def _is_period(tok: Token) -> bool:
    """A date coordinated with another ("in July and August", "between 2013 and 2015")."""
    if any(c.dep_ == "conj" and c.ent_type_ == "DATE" for c in tok.children):
        return True
    return tok.dep_ == "conj" and tok.head.ent_type_ == "DATE" or tok.head.lower_ == "between"


def _speech_attached(tok: Token) -> bool:
    """Does the date hang from a speech verb ("…, the ministry said on Monday")?"""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":":
        return False  # "* 19 August: the governor's office said…" dates the item, not the saying
    node = tok.head.head if tok.head.dep_ == "prep" else tok.head
    if node.lemma_.lower() not in SPEECH_VERBS:
        return False
    subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
    # "On Wednesday, X said it had detained…" dates what was said; "X said on Monday" the saying
    return subj is None or tok.i > subj.i


def _clause_tokens(trig: Token) -> set[Token]:
    """The trigger's subtree, without the subtrees of coordinated or embedded other clauses."""
    out: set[Token] = set()
    stack = [trig]
    while stack:
        node = stack.pop()
        out.add(node)
        for c in node.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and node.i == trig.i:
                continue
            stack.append(c)
    return out


def _members(head: Token) -> list[Token]:
    """A noun phrase and the phrases coordinated or in apposition with it."""
    out = [head]
    stack = [head]
    while stack:
        node = stack.pop()
        for c in node.children:
            if c.dep_ in ("conj", "appos") and c.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "PRON"):
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _np_text(tok: Token) -> str:
    """The noun phrase of `tok` without relative clauses, coordinations or trailing clauses."""
    skip = {"relcl", "acl", "conj", "cc", "appos", "punct", "advcl"}
    left = tok.i
    right = tok.i
    for c in tok.children:
        if c.dep_ in skip:
            continue
        sub = list(c.subtree)
        left = min(left, sub[0].i)
        right = max(right, sub[-1].i)
    span = tok.doc[left : right + 1]
    return span.text.strip(" ,;:")


def _quantity_of(member: Token) -> Quantity | None:
    if member.pos_ == "NUM" or member.tag_ == "CD":
        words = [t for t in member.subtree if t.i <= member.i and t.dep_ not in ("det",)]
        return parse_quantity(" ".join(t.text for t in words), "en")
    for c in member.children:
        if c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in ("several", "numerous", "dozens")):
            return parse_quantity(" ".join(t.text for t in c.subtree), "en")
        if c.dep_ == "det" and c.lower_ in ("a", "an", "one") and member.tag_ in ("NN", "NNP"):
            return parse_quantity("one", "en")
        if c.dep_ == "quantmod":
            return parse_quantity(" ".join(t.text for t in c.subtree) + " " + member.text, "en")
    return None


def _low(target: Target) -> int | None:
    if target.count is not None:
        return target.count
    if target.text:
        q = parse_quantity(target.text.split(" ")[0], "en")
        if q is not None:
            return q.value if q.value is not None else q.low
    return None


def _origin_countries(member: Token, gazetteer: Gazetteer, only: Token | None = None) -> list[tuple[str, str]]:
    """'suspects from Switzerland, Kosovo and Syria', 'citizens of China', 'men from Yovon
    district' → countries (a place of origin gives its country)."""
    out: list[tuple[str, str]] = []
    for prep in member.children:
        if only is not None and prep.i != only.i:
            continue
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
            if prep.lower_ == "of" and member.lemma_.lower() not in ("citizen", "national", "native"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for country_tok in _members(obj):
                    name = _compound_text(country_tok)
                    code = country_code(name, "en")
                    if code is None and prep.lower_ == "from" and any(t.pos_ == "PROPN" for t in country_tok.subtree):
                        place = gazetteer.resolve(_np_text(country_tok)).place
                        code = place.country if place is not None else None
                    if code:
                        out.append((code, country_tok.text))
    return out


DEFAULT_SECTOR = {"ARREST": "POL", "DEPORT": "GOV", "ENTRY_BAN": "GOV", "CHARGE": "JUD", "TAKEDOWN": "OTH"}
ATTACKER_NOUNS = frozenset(
    ["attacker", "assailant", "gunman", "bomber", "teenager", "man", "woman", "youth", "militant", "refugee", "suspect", "jihadist", "fighter"]
)


def _complete_agent(draft: Draft) -> None:
    """Fill what the text implies of the agent: police, courts and authorities act in their own
    country; an arrest with no named agent was made by that country's police; an attacker's
    nationality is in the description ("a 27-year-old Syrian refugee")."""
    here = draft.location.country if draft.location else None
    agent = draft.agent
    if draft.type == "ATTACK":
        if agent is not None and agent.text and agent.sector is None:
            words = agent.text.split()
            if words and words[-1].lower() in ATTACKER_NOUNS:
                agent.sector = "REB/INS"
                for word in words:
                    nat = nationality_of(word, "en")
                    if nat is not None and nat.country:
                        agent.country = nat.country
                        break
        return
    if agent is None or not agent.text:
        if here is not None and draft.type in DEFAULT_SECTOR:
            draft.agent = Agent(text=None, country=here, sector=DEFAULT_SECTOR[draft.type])
        return
    if agent.country is None and agent.sector in ("POL", "MIL", "JUD", "GOV") and here is not None:
        agent.country = here


def _own_nationals(draft: Draft) -> None:
    """'Police in Kosovo detained 40 men': men taken by their own state's agents, in that state,
    with no other nationality named, are its nationals."""
    agent_country = draft.agent.country if draft.agent else None
    here = draft.location.country if draft.location else None
    if agent_country is None or agent_country != here or draft.type not in ("ARREST", "CHARGE"):
        return
    for target in draft.targets:
        words = (target.text or "").lower().split() or [""]
        if words[0] in ("the", "these", "those"):
            continue  # "the men" refers back to people already counted
        if target.nationality is None and words[-1] in ("man", "men", "citizen", "citizens"):
            target.nationality = agent_country


def _earlier_actor(tok: Token) -> Actor | None:
    """The body a definite description refers back to: the last earlier organisation named with
    the same head noun and a country."""
    head = tok.lemma_.lower()
    for ent in reversed([e for e in tok.doc.ents if e.end <= tok.i and e.label_ in ("ORG", "GPE", "NORP")]):
        start = ent.start
        while start > 0 and tok.doc[start - 1].dep_ in ("poss", "case", "compound", "amod"):
            start -= 1  # "Azerbaijan's National Security Ministry"
        phrase = tok.doc[start : ent.end]
        if head in {t.lemma_.lower() for t in phrase}:
            actor = actor_of(phrase.text, "en")
            if actor is not None and actor.country:
                return actor
    return None


def _earlier_nationality(member: Token) -> tuple[str | None, str | None, str | None] | None:
    """The nationality of the last single person named by nationality before `member`."""
    doc = member.doc
    for tok in reversed(doc[max(0, member.sent.start - 120) : member.i]):
        if tok.tag_ not in ("NN", "NNP", "JJ") or tok.i == member.i:
            continue
        nat = nationality_of(tok.text, "en")
        if nat is None or not nat.country:
            continue
        head = tok.head if tok.dep_ in ("amod", "compound") else tok
        if head.tag_ in ("NN", "NNP") and any(c.lower_ in ("a", "an", "one") for c in head.children):
            return (nat.country, nat.ethnicity, nat.region)
    return None


def _compound_text(tok: Token) -> str:
    parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    start = min([tok.i] + [p.i for p in parts])
    return tok.doc[start : tok.i + 1].text


def _collective_of(tok: Token) -> Token | None:
    """'a group of 16 Syrians', 'dozens of migrants' → the people of the of-phrase."""
    if tok.lemma_.lower() not in COLLECTIVES:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _is_person_np(tok: Token) -> bool:
    inner = _collective_of(tok)
    if inner is not None:
        return _is_person_np(inner)
    for member in _members(tok):
        lemma = member.lemma_.lower()
        if lemma in PERSON_NOUNS or member.ent_type_ in ("NORP", "PERSON"):
            return True
        if nationality_of(member.text, "en") is not None:
            return True
        if member.pos_ in ("NUM", "PRON"):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in member.children) and member.tag_ == "CD":
            return True
    return False


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children)


def _antecedent(previous: list[Draft], draft: Draft) -> Draft | None:
    for prior in reversed(previous[-3:]):
        if prior.total is not None:
            return prior
    return None


def _entry_ban_ok(trig: Token) -> bool:
    lemma = trig.lemma_.lower()
    if lemma in ("turn",):
        return True
    around = " ".join(t.lower_ for t in trig.subtree)
    return "enter" in around or "entry" in around


def _count_near(tok: Token) -> int | None:
    """The number of people killed or wounded next to a casualty word."""
    victim_deps = ("nsubj", "nsubjpass") if tok.lemma_.lower() in ("die", "dead") else ("dobj", "nsubjpass")
    for c in tok.children:
        if c.dep_ in victim_deps:
            q = _quantity_of(c)
            if q is not None and q.value is not None:
                return q.value
            if c.tag_ == "CD":
                q = parse_quantity(c.text, "en")
                if q is not None:
                    return q.value
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "NUM"):
        q = _quantity_of(tok.head)
        if q is not None:
            return q.value
    return None


def _place_spans(sent: Span) -> list[Span]:
    """Place-name entities, and proper nouns after a locative preposition that NER missed."""
    spans = [e for e in sent.ents if e.label_ in LOCATION_LABELS]
    covered = {t.i for e in spans for t in e}
    for tok in sent:
        if tok.ent_type_ and tok.ent_type_ not in ("PERSON", "ORG"):
            continue  # dates, numbers, nationalities
        locative = ("in", "near", "at", "outside", "around")
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.i not in covered and tok.head.lower_ in locative:
            start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound"])
            spans.append(tok.doc[start : tok.i + 1])
        elif (
            tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.i not in covered
            and tok.head.lower_ in ("province", "region", "district", "governorate")
            and tok.head.dep_ == "pobj" and tok.head.head.lower_ in locative
        ):
            spans.append(tok.doc[tok.i : tok.head.i + 1])  # "in Tillaberi region"
    return spans


def _place_role(ent: Span) -> str:
    """How a place name relates to its clause: location, destination, origin or other."""
    root = ent.root
    head = root.head
    if root.dep_ == "poss":
        return "other"
    if ent.label_ == "GPE" and root.dep_ in ("amod", "compound") and head.pos_ in ("NOUN", "PROPN"):
        if head.lemma_.lower() in ("province", "district", "region", "city", "town", "village"):
            return "location"
        if head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "near", "outside", "on"):
            return "location"  # "at a Munich shopping centre"
        return "other"
    if root.dep_ == "pobj":
        prep = head.lower_
        if prep in DESTINATION_PREPS:
            return "destination"
        if prep == "from":
            return "origin"
        if prep == "of":
            owner = head.head.lemma_.lower()
            if owner in ("province", "district", "region", "city", "town", "village", "republic", "outskirts"):
                return "location"
            return "other"
        if prep in ("in", "at", "near", "across", "around", "outside", "on", "inside"):
            return "location"
    return "other"


def _place_phrase(ent: Span) -> str:
    """The place phrase with its directional adjective or administrative noun kept."""
    root = ent.root
    doc = ent.doc
    start, end = ent.start, ent.end
    if start > 0 and doc[start - 1].lower_ in DIRECTIONS:
        start -= 1
    if end < len(doc) and doc[end].lower_ in ("province", "district", "region", "governorate", "oblast"):
        end += 1
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in ("province", "district"):
        return f"{ent.text} {root.head.head.lower_}"
    return doc[start:end].text


def _source_name(tok: Token) -> str:
    """'the reports, which cited X' → X; "Turkey's Daily Sabah news website" → Daily Sabah."""
    for c in tok.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in ("cite", "quote"):
            objs = [o for o in c.children if o.dep_ == "dobj"]
            if objs:
                return _np_text(objs[0])
    sub = tok.doc[tok.left_edge.i : tok.i + 1]
    orgs = [e for e in sub.ents if e.label_ in ("ORG", "PERSON")]
    if orgs:
        return orgs[-1].text
    return _np_text(tok)


def _aggregate_cue(trig: Token, sent: Span) -> bool:
    text = sent.text.lower()
    return any(cue in text for cue in AGGREGATE_CUES)


def _dedupe_clause(drafts: list[Draft]) -> list[Draft]:
    """One event per clause: a noun trigger inside a verb trigger's clause of the same type
    ('handed over for deportation', 'detained … under arrest') is the same happening."""
    kept: list[Draft] = []
    for d in drafts:
        attack = next((k for k in kept if k.type == d.type == "ATTACK"), None)
        if attack is not None:  # "a bomb killed four soldiers and wounded seven": one attack
            attack.killed = attack.killed if attack.killed is not None else d.killed
            attack.wounded = attack.wounded if attack.wounded is not None else d.wounded
            attack.date = attack.date or d.date
            if attack.location is None or attack.location.text is None and d.location is not None and d.location.text:
                attack.location = d.location
            continue
        duplicate = False
        for k in kept:
            if k.type == d.type and (d.trigger in _clause_tokens(k.trigger) or k.trigger in _clause_tokens(d.trigger)):
                if d.modality == "planned" or d.trigger.pos_ == "NOUN" and k.modality == "asserted":
                    k.modality = d.modality  # "handed over to police to be deported": planned
                duplicate = True
                break
        if not duplicate:
            kept.append(d)
    return kept


def iter_sentences(doc: Doc) -> Iterable[Span]:
    return doc.sents


def evidence_of(draft: Draft) -> Evidence:
    """The clause of the trigger and its arguments, as character offsets into the text."""
    toks = sorted(_evidence_tokens(draft), key=lambda t: t.i)
    doc = draft.trigger.doc
    start_tok, end_tok = toks[0], toks[-1]
    while end_tok.i > start_tok.i and end_tok.is_punct:
        end_tok = doc[end_tok.i - 1]
    start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
    return Evidence(start=start, end=end, text=doc.text[start:end])


def _evidence_tokens(draft: Draft) -> set[Token]:
    trig = draft.trigger
    toks = {trig}
    skip = {"punct", "cc", "mark"}
    for c in trig.children:
        if c.dep_ in skip:
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            continue
        if c.dep_ == "prep" and c.lower_ == "according":
            continue
        if c.dep_ in ("advcl",) and c.lower_ in ("citing", "saying"):
            continue
        toks.update(c.subtree)
    if trig.dep_ in ("relcl", "acl"):
        toks.add(trig.head)
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in ("nsubj", "nsubjpass") and trig.head.pos_ == "VERB":
        # "clashes erupted … in Z district, killing 3": the clause tells the event
        toks.add(trig.head)
        for c in trig.head.children:
            if c.dep_ not in ("punct", "cc", "mark", "nsubj", "nsubjpass") and not (c.dep_ == "conj" and c.pos_ == "VERB"):
                toks.update(c.subtree)
    return toks


def to_candidate(draft: Draft, sentence_index: int) -> Candidate:
    date_value = draft.date
    event = Event(
        id="",
        type=draft.type,
        evidence=evidence_of(draft),
        date=date_value.date if date_value else None,
        date_precision=date_value.precision if date_value and date_value.date else "unknown",
        reported=draft.reported,
        agent=draft.agent,
        targets=draft.targets,
        total=draft.total,
        total_min=draft.total_min,
        killed=draft.killed,
        wounded=draft.wounded,
        weapon=draft.weapon,
        location=draft.location,
        destination=draft.destination,
        affiliation=draft.affiliation,
        attribution=draft.attribution,
        modality=draft.modality,
    )
    lowered = draft.sent.text.lower()
    return Candidate(
        event=event,
        sentence=sentence_index,
        aggregate_cue=draft.aggregate_cue,
        statistic_cue=draft.period
        or any(cue in lowered for cue in STATISTIC_CUES)
        or bool(TALLY_PERIOD.search(draft.sent.text)),  # "captured during the offensive"
        date_strong=draft.date_strong,
        perfect=_perfect(draft.trigger) or _present_passive(draft.trigger),
    )


TALLY_PERIOD = re.compile(
    r"\bduring (the|its|their|\w+'s) (recent |latest |ongoing |months-long |year-long )?"
    r"(offensive|operation|campaign|crackdown|war|conflict|incursion)\b",
    re.IGNORECASE,
)
STATISTIC_CUES = (" since ", "so far", "to date", "a total of", "in total", "the number of", "brings to", "bringing the")


def extract_english(extractor: EnglishExtractor, doc: Doc, document: Document) -> Extraction:
    drafts = extractor.drafts(doc, document)
    sent_index = {s.start: n for n, s in enumerate(doc.sents)}
    candidates = [to_candidate(d, sent_index.get(d.sent.start, 0)) for d in drafts]
    events, aggregates = assemble(candidates)
    triggers = {d.trigger.i for d in drafts} | {i for d in drafts for i in d.absorbed}
    covered = [(e.evidence.start, e.evidence.end) for e in events] + [
        (a.evidence.start, a.evidence.end) for a in aggregates
    ]
    claims = extract_claims(doc, document, triggers, covered)
    return Extraction(doc_id=document.doc_id, events=events, aggregates=aggregates, claims=claims)
