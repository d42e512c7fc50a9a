"""Russian event extraction over natasha's parse (the counterpart of extract/english.py).

A trigger (a lemma from the ontology's `ru` lists) anchors a clause; its arguments come off the UD
tree: the patient (obj, nsubj:pass, the genitive of a nominal trigger) gives the targets with their
counts and nationalities, the subject or an instrumental the agent, prepositional phrases with
place names the location and destination, date phrases the date. Clause-level rules decide
whether a trigger reports an event at all (infinitives of intent, purpose clauses, participles used
as nouns, back-references such as "дело о теракте" are not events) and with which modality.

A news story's headline repeats its lead: it gives context (the story's place, group and
nationality) but no events of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from watchfloor.extract.assemble import assemble
from watchfloor.extract.claims_ru import extract_claims
from watchfloor.extract.ontology import CONFLICT_ZONES, Ontology, load_ontology
from watchfloor.extract.ru_draft import Draft, at_precision, copy_location, to_candidate
from watchfloor.extract.ru_entities import CITIZENS
from watchfloor.extract.ru_parts import parts_told
from watchfloor.extract.ru_places import RuPlaces, place_phrase
from watchfloor.extract.ru_story import DocContext, Story, headline_end
from watchfloor.extract.ru_syntax import (
    VERBAL,
    Cues,
    aux_words,
    case_of,
    case_words,
    clause_head,
    clause_tokens,
    fold_ru,
    is_finite,
    is_full_participle,
    is_infinitive,
    is_short_passive,
    load_cues,
    members,
    misread_object,
    np_text,
    np_tokens,
    subject,
)
from watchfloor.extract.sense import russian_act
from watchfloor.extract.story_people import PEOPLE_ACTS
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Agent, Document, Extraction, Location, Target
from watchfloor.nlp.russian import RuSentence, RuToken, parse_many, sentences
from watchfloor.normalize.actors import actor_of
from watchfloor.normalize.dates import DateValue, find_dates
from watchfloor.normalize.groups import find_groups
from watchfloor.normalize.nationality import country_code, forms, nationality_of, ru_lemma_key
from watchfloor.normalize.numbers import Quantity, parse_quantity
from watchfloor.normalize.places import Gazetteer

ARREST_LIKE = frozenset({"ARREST", "DEPORT", "CHARGE", "ENTRY_BAN"})
QUANTITY_NOUNS = word_class("russian", "QUANTITY_NOUNS")


# residence or origin nouns whose genitive names the place: "житель Оша", "уроженка Андижана"
_BY_GENITIVE = word_class("russian", "BY_GENITIVE")



# verbs of bringing people home from a war zone: "из Сирии" after them is where they were
BRINGING_BACK_RU = word_class("russian", "BRINGING_BACK_RU")

def _split_clause_subject(verb: RuToken, sent: RuSentence) -> RuToken | None:
    """The subject of the clause before, where natasha made two roots of one sentence's coordinated
    predicates ("мужчины выехали …, а … были задержаны …"): a subjectless short passive takes the
    subject of the nearest root to its left, with no sentence-like break between them."""
    before = [r for r in sent.roots if r.i < verb.i and r.pos in VERBAL]
    if not before:
        return None
    other = before[-1]
    if any(t.text in (";", ":", "—") for t in sent.tokens[other.i : verb.i]):
        return None
    shared = subject(other)
    return shared if shared is not None and shared.feat("Case") == "Nom" else None


ARRIVAL_NOUNS = word_class("russian", "ARRIVAL_NOUNS")  # "по прибытии в Махачкалу", "по прилёте"


class RussianExtractor:
    """Turns parsed Russian sentences into event drafts."""

    requires = frozenset({"sentences", "entities", "dependencies", "lemmas"})
    provides = frozenset({"events"})

    def __init__(
        self, gazetteer: Gazetteer, ontology: Ontology | None = None, cues: Cues | None = None
    ) -> None:
        self.gazetteer = gazetteer
        self.ontology = ontology or load_ontology()
        self.cues = cues or load_cues()
        self.places = RuPlaces(gazetteer, self.cues)
        self.story = Story(self.places, self.cues, self.ontology)

    # -- entry point -------------------------------------------------------------------------

    def drafts(self, sents: list[RuSentence], document: Document) -> list[Draft]:
        ctx = self.story.context(sents, document)
        drafts: list[Draft] = []
        for n, sent in enumerate(sents):
            found: list[Draft] = []
            for tok in sent.tokens:
                for etype in self._trigger_types(tok):
                    draft = self._read_event(etype, tok, sent, ctx, drafts + found)
                    if draft is not None:
                        found.append(draft)
                        break
            found = self._merge_clauses(_dedupe(found))
            found = self._together_with_them(sent, found, drafts)
            found = [d for d in found if not self._casualty_duplicate(d, found, drafts)]
            found = _one_toll(found)
            _places_within_sentence(found)
            for draft in found:
                draft.headline = sent.stop <= ctx.headline_end
                draft.lead = n == ctx.lead_index
            drafts.extend(found)
            if n <= ctx.lead_index:
                ctx.story.extend(found)
                self.story.update_location(ctx, found, sent)
        self._details(sents, drafts)
        self._among_them(sents, drafts)
        parts_told(sents, drafts, self._quantity)
        self._on_arrival(drafts, ctx)
        self.story.fill(drafts, ctx)
        _headline_people(drafts)
        _named_again(drafts)
        _person_told_again(drafts)
        return [
            d for d in drafts
            if not d.headline and not _travel_with_arrest(d, drafts) and not _trip_of_the_arrested(d, drafts)
        ]

    def _details(self, sents: list[RuSentence], drafts: list[Draft]) -> None:
        """One happening, one event: a later sentence that names the people of an act by its
        participle ("Задержанный, уроженец Таджикистана, …", "Все задержанные оказались гражданами
        Узбекистана") gives their nationality to the act told before, not a new event."""
        for sent in sents:
            for tok in sent.tokens:
                if tok.pos != "VERB" or not is_full_participle(tok) or tok.rel not in ("nsubj", "nsubj:pass", "obj"):
                    continue
                types = self.ontology.russian_types(tok.lemma)
                earlier = [d for d in drafts if d.type in types and d.sent.start < sent.start and not d.headline]
                if not earlier or all(t.nationality for t in earlier[-1].targets):
                    continue  # every person of the act already has one
                described = [c for c in tok.children if c.rel == "appos"]
                head = tok.head
                if tok.rel == "nsubj" and head is not None and head.lemma in ("оказаться", "являться", "быть"):
                    described += [c for c in head.children if c.rel in ("xcomp", "obl") and c.feat("Case") == "Ins"]
                if tok.rel == "nsubj" and head is not None and head.pos == "NOUN":
                    # "Задержанные — гражданин Таджикистана и гражданин Узбекистана": the dash's predicate
                    described += [head, *(c for c in head.children if c.rel == "conj")]
                codes: list[str] = []
                for person in described:
                    if self._said_of_part(person):
                        continue
                    nat = nationality_of(np_text(sent, person), "ru")
                    code = nat.country if nat is not None else None
                    if code is None and person.lemma in _BY_GENITIVE:
                        code = self._resident_country(person, sent, (None, "из"))
                    if code and code not in codes:
                        codes.append(code)
                if len(codes) == 1:
                    for target in earlier[-1].targets:
                        target.nationality = target.nationality or codes[0]
                elif codes:
                    # one per nationality, under the act's total ("двух молодых людей" → TJK + UZB)
                    targets = earlier[-1].targets
                    at = next((n for n, t in enumerate(targets) if t.nationality is None), len(targets))
                    earlier[-1].targets = targets[:at] + [Target(nationality=c) for c in codes] + targets[at + 1 :]

    def _among_them(self, sents: list[RuSentence], drafts: list[Draft]) -> None:
        """ "Среди задержанных — восемь граждан Ирака и четыре гражданина Сирии", "Среди них …": a
        sentence that lists, under "среди", the people of the act told in one of the two sentences
        before gives their nationalities and counts to that act (as "Among them were …" does)."""
        starts = [sent.start for sent in sents]
        for n, sent in enumerate(sents):
            # the sentence's first word, or one after a comma or a dash: "задержала 17 иностранцев, среди них …"
            opener = next((t for t in sent.tokens if t.lemma == "среди" and (
                t.i == 0 or sent.tokens[t.i - 1].text in (",", "—", "–", ":"))), None)
            group = opener.head if opener is not None else None
            if opener is None or group is None or not (group.lemma == "они" or group.pos == "VERB" and is_full_participle(group)):
                continue
            earlier = [d for d in drafts if not d.headline and d.type in PEOPLE_ACTS and (
                d.sent.start in starts[max(0, n - 2) : n] or d.sent.start == sent.start and d.trigger.i < opener.i)]
            if not earlier:
                continue
            last = earlier[-1]
            if group.pos == "VERB" and last.type not in self.ontology.russian_types(group.lemma):
                continue  # "Среди погибших …" after an arrest: other people
            if last.targets and all(t.nationality for t in last.targets):
                continue
            first = next((c for c in group.children if c.rel.startswith("nsubj")), None)
            members = [first, *(c for c in first.children if c.rel == "conj")] if first is not None else []
            found: list[Target] = []
            for member in members:
                nat = nationality_of(np_text(sent, member), "ru")
                if nat is None or not nat.country:
                    found = []  # one of them of no country: a list of something else
                    break
                q = self._quantity(member, sent)
                found.append(Target(count=q.value if q is not None else None, nationality=nat.country, ethnicity=nat.ethnicity))
            if not found:
                continue
            last.targets = found
            if last.total is None and all(t.count is not None for t in found):
                last.total = sum(t.count or 0 for t in found)
            for later in drafts:  # "Все они будут депортированы": the same people, pointed back to
                if later.anaphoric and later.sent.start in starts[n + 1 : n + 3] and not later.nationalities and later.total == last.total:
                    later.targets = [replace(t) for t in found]

    def _on_arrival(self, drafts: list[Draft], ctx: DocContext) -> None:
        """ "Турция депортировала двух уроженцев Дагестана … По прибытии в Махачкалу оба были
        задержаны": an arrest or refusal on arrival with no day of its own is on the day of the
        removal told before, and where they arrived (as the English front end's `_arrival_day`)."""
        for n, draft in enumerate(drafts):
            if draft.type not in ("ARREST", "ENTRY_BAN") or draft.date_strong:
                continue
            arrival = next((c for c in draft.trigger.children if c.lemma in ARRIVAL_NOUNS and case_of(c) == "по"), None)
            removal = next((d for d in reversed(drafts[:n]) if d.type == "DEPORT" and d.modality == "asserted"
                            and d.date is not None and d.date_strong), None)
            if arrival is None or removal is None:
                continue
            draft.date = removal.date
            where = next((c for c in arrival.children if c.pos in ("PROPN", "NOUN") and case_of(c) in ("в", "во")), None)
            found = self.places.resolve(place_phrase(draft.sent, where), ctx.countries) if where is not None else None
            if found is not None:
                draft.location = found

    def _said_of_part(self, predicate: RuToken) -> bool:
        """ "большинство из них — выходцы из Узбекистана", "в основном граждане Турции": a predicate
        told of some or most of the people is not the whole group's nationality."""
        part, adverbs = self.cues.words["part_words"], self.cues.words["part_adverbs"]
        return any(
            c.rel.startswith("nsubj") and c.lemma in part  # "большинство из них — …"
            or c.lemma in adverbs  # "в основном …", "преимущественно …"
            for c in predicate.children
        )

    # -- triggers ----------------------------------------------------------------------------

    def _trigger_types(self, tok: RuToken) -> list[str]:
        if tok.pos not in ("VERB", "NOUN", "AUX"):
            return []
        compound = self._compound_type(tok)
        return [compound] if compound else self.ontology.russian_types(tok.lemma)

    def _compound_type(self, tok: RuToken) -> str | None:
        """A verb whose event is named by its companions: "избрать меру пресечения", "возбудить
        дело", "направить дело в суд", "ограничить доступ", "закрыть въезд", "не пустили"."""
        near: set[str] | None = None
        for key, etype in self.cues.tables["compound_triggers"].items():
            lemma, *companions = key.split("+")
            if lemma != tok.lemma:
                continue
            if near is None:  # "получили от 19 до 22 лет колонии": companions anywhere in the clause
                owned = clause_tokens(tok)
                near = _near_lemmas(tok) | {t.lemma for t in tok.subtree() if t.i in owned}
            if all(c in near for c in companions):
                return etype
        return None

    def _read_event(
        self, etype: str, trig: RuToken, sent: RuSentence, ctx: DocContext, previous: list[Draft]
    ) -> Draft | None:
        is_noun = trig.pos == "NOUN"
        modality = self._noun_status(trig, etype) if is_noun else self._verb_status(trig, etype)
        if modality is None or not self._requirements_met(trig, etype, sent):
            return None
        if not russian_act(etype, trig, sent):
            return None  # спорт, метафора, болезнь, авария … (extract/sense.py)
        draft = Draft(type=etype, trigger=trig, sent=sent, modality=modality)
        if modality == "standing":
            draft.modality, draft.statistic_cue = "asserted", True
        patient = self._patient(trig, etype, is_noun, sent)
        if etype == "TAKEDOWN":
            if patient is None or not any(
                _object_word(m.lemma) in self.ontology.takedown_objects and not self._of_people(m, sent) for m in members(patient)
            ):
                return None  # "заблокировали группу боевиков" is a siege, not a takedown
            draft.targets_kind = self.cues.tables["takedown_kinds"].get(_object_word(members(patient)[0].lemma))
        elif etype == "TRAVEL":
            if patient is None or not self._is_person(patient, sent) or not self._travel_goal(trig, sent):
                return None
        elif etype == "ATTACK":
            if trig.lemma in self.cues.words["casualty_killed"] | self.cues.words["casualty_wounded"]:
                draft.casualty_only = True
                if patient is not None and not self._is_person(patient, sent):
                    return None  # "уничтожили тайник с оружием": no one killed
        elif patient is None and not is_noun and etype in ARREST_LIKE and not _elided_subject(trig):
            return None
        elif patient is not None and not self._is_person(patient, sent):
            return None  # "задержали партию оружия": not people
        draft.resultative = is_short_passive(trig) and not aux_words(trig)
        if patient is not None and etype != "ATTACK":
            self._targets(draft, patient, sent, previous)
        elif etype == "ARREST" and is_noun and (made := _counted_arrests(trig)) is not None:
            draft.targets, draft.total = [Target(count=made, text=trig.text)], made  # "провели три задержания"
        draft.at_border = self._at_border(trig)
        self._agent(draft, trig, sent, previous)
        if draft.agent is not None and draft.agent.country and patient is not None:
            for target, member in zip(draft.targets, members(patient), strict=False):
                if target.nationality is None and any(c.lemma == "свой" for c in _person_of(member, self.cues.words).children):
                    target.nationality = draft.agent.country  # "власти Узбекистана … своих граждан"
        self._date(draft, trig, sent, ctx)
        self._location(draft, trig, sent, ctx)
        self._destination_affiliation(draft, trig, sent)
        if etype == "DEPORT" and self._brought_home(trig):
            self._at_home(draft, trig, sent, ctx)
        self._attribution(draft, trig, sent)
        self._modality_cues(draft, trig, sent)
        if etype == "ATTACK":
            self._casualties(draft, sent)
        lowered = fold_ru(sent.text)
        draft.statistic_cue = draft.statistic_cue or any(
            _has_phrase(lowered, cue) for cue in self.cues.words["statistic_phrases"]
        )
        # hundreds of accounts go in one sweep; hundreds of people "at least" are a tally
        cues = "statistic_phrases" if etype == "TAKEDOWN" else "aggregate_phrases"
        draft.aggregate_cue = draft.statistic_cue or any(_has_phrase(lowered, cue) for cue in self.cues.words[cues])
        return draft

    def _verb_status(self, trig: RuToken, etype: str) -> str | None:
        """The modality of a verbal trigger, or None when its clause reports no event."""
        cues = self.cues
        if trig.lemma == "обвиняться" and not (is_finite(trig) and _held_or_charged_now(trig, etype)):
            return None  # "оправдал жителя, обвинявшегося в терроризме": who he is, not news
        if any(c.lemma in cues.words["purpose_marks"] and c.rel == "mark" for c in trig.children):
            return None
        if any(c.lower in cues.words["conditional_particles"] for c in trig.children):
            return None
        if trig.feat("VerbForm") == "Conv" and etype == "TRAVEL":
            return None
        if etype in ("TRAVEL", "ENTRY_BAN") and _relative_clause(trig):
            # "женщины, которые уехали в Сирию": who they are; "лиц, которым въезд закрыт": a
            # standing ban; "уехала в Стамбул, откуда отправилась в Сирию": the trip already told
            # (as English "men who fought in Syria", `EnglishExtractor._travel_ok`)
            return None
        modality = "asserted"
        if is_infinitive(trig):
            # "планируется депортировать" announces a state's act; "пытались уехать", "планировали
            # взорвать" are someone's intent, and no event
            governor = trig.head
            if etype not in ARREST_LIKE | {"TAKEDOWN"} or governor is None:
                return None
            if governor.lemma not in cues.words["plan_heads"]:
                return None
            if any(c.lemma in cues.words["purpose_marks"] for c in governor.children if c.rel == "mark"):
                return None
            modality = "planned"
        elif is_full_participle(trig):
            # "задержанный в Анкаре вербовщик" reports an arrest; "имена задержанных" refers back
            # a place or a time of its own, not the offence ("осуждённым за терроризм")
            own_scene = any(
                c.rel == "obl" and c.pos in ("NOUN", "PROPN") and case_of(c) not in ("за", "по", "к", "о", "об")
                for c in trig.children
            )
            if not (
                trig.rel in ("amod", "acl")
                and own_scene
                and trig.head is not None
                and trig.head.pos == "NOUN"
            ):
                return None
        elif is_short_passive(trig):
            if any(a in cues.words["future_auxiliaries"] for a in aux_words(trig)):
                modality = "planned"
        elif is_finite(trig):
            if _held_or_charged_now(trig, etype):
                return "asserted"  # "обвиняется в мошенничестве": charged now, as "is charged with"
            if trig.feat("Tense") == "Pres" and self._habitual(trig):
                return None  # "ежемесячно платформа удаляет сотни аккаунтов": a practice, as English "platforms remove such material"
            if trig.feat("Tense") in ("Pres", "Fut") and etype != "TRAVEL":
                modality = "planned"
            elif trig.feat("Tense") == "Pres" and _counted_subject(trig):
                return "standing"  # "около 500 граждан воюют в Сирии": a standing count
            elif trig.feat("Tense") in ("Pres", "Fut"):
                return None
        if etype == "TRAVEL" and _under_purpose(trig, cues):
            return None
        return modality

    def _habitual(self, trig: RuToken) -> bool:
        """A present-tense act told as a practice: with a word of frequency ("ежегодно", "как
        правило", "каждый месяц") or done to everyone of a kind ("задерживают всех вернувшихся")."""
        words = self.cues.words
        clause = [trig, *trig.children]
        if any(t.lemma in words["habitual_words"] for t in clause):
            return True
        own = clause_tokens(trig)
        lowered = fold_ru(" ".join(t.text for t in trig.subtree() if t.i in own))
        if any(_has_phrase(lowered, phrase) for phrase in words["habitual_phrases"]):
            return True
        return any(
            c.rel == "obj" and any(g.lemma in words["all_words"] and g.rel == "det" for g in c.children)
            or c.rel == "obj" and c.lemma in words["all_words"]
            for c in trig.children
        )

    def _noun_status(self, trig: RuToken, etype: str) -> str | None:
        """A nominal trigger reports an event when something happens to it ("произошел взрыв"),
        it is announced ("сообщили о задержании семерых"), awaited ("их ожидает депортация"),
        or it carries its own patient, place or date; "дело о теракте" refers back."""
        cues = self.cues
        head = trig.head
        prep = case_of(trig)
        if etype == "ATTACK" and prep in (None, "о", "об", "после", "за") and _own_day(trig):
            # "организатор теракта 14 октября на вокзале", "через неделю после теракта 14 октября": an
            # attack told with its own day is one, wherever the sentence mentions it ("стоят за взрывом в пятницу")
            return "asserted"
        if prep in ("после", "до", "при", "без", "против", "за", "из-за", "ради", "для"):
            return None
        if etype == "ATTACK" and head is not None and head.lemma == "результат" and case_of(head) == "в":
            return "asserted"  # "в результате взрыва погибли двое": the act that caused the toll
        if any(c.rel in ("amod", "det") and c.lemma in cues.words["kind_words"] for c in trig.children):
            return None  # "такие атаки", "подобные теракты": acts of a kind, as English "such attacks"
        if head is not None and head.lemma in cues.words["reference_nouns"]:
            return None
        if head is not None and head.lemma in cues.words["report_nouns"] and prep in ("о", "об"):
            # "опровергли сообщения о задержании", "слухи о депортации"
            governor = head.head
            if governor is not None and governor.lemma in cues.words["deny_heads"]:
                return "denied"
            return "rumored" if head.lemma == "слух" else "asserted"
        planned_kind = etype in ARREST_LIKE | {"TAKEDOWN"}
        if planned_kind and any(c.lemma == "последующий" for c in trig.children):
            return "planned"  # "штраф с последующим выдворением": ordered, not yet done
        if head is not None and head.pos in VERBAL:
            if head.lemma == "подлежать" and planned_kind:
                return "planned"  # "подлежат выдворению", "подлежит депортации"
            if head.lemma in cues.words["plan_heads"] and trig.rel in ("nsubj", "obj", "nsubj:pass"):
                # "их ожидает депортация" is announced; "планировали теракт" is a plot, not an attack
                return "planned" if etype in ARREST_LIKE | {"TAKEDOWN"} else None
            if head.lemma in cues.words["deny_heads"]:
                return "denied"
            if head.lemma in cues.words["occurrence_verbs"] and trig.rel in (
                "nsubj",
                "obj",
                "obl",
                "nsubj:pass",
            ):
                if trig.rel == "obl" and prep not in ("о", "об"):
                    return None
                return "asserted"
        if head is None and any(
            c.rel == "nmod"
            and c.feat("Case") == "Gen"
            and case_of(c) is None
            and c.pos in ("NOUN", "PROPN", "NUM", "PRON")
            for c in trig.children
        ):
            return "asserted"  # a headline: "Задержание двух россиян в Стамбуле"
        if (
            etype == "ATTACK"
            and head is None
            and any(case_of(c) in ("в", "на", "у", "под") for c in trig.children if c.rel in ("nmod", "obl"))
        ):
            return "asserted"
        return None

    def _requirements_met(self, trig: RuToken, etype: str, sent: RuSentence) -> bool:
        """Triggers that need a second word: "взять под стражу", "запретить въезд",
        "предъявить обвинение", "передать/выдать властям России"."""
        cues = self.cues
        near = _near_lemmas(trig)
        lemma = trig.lemma
        if lemma == "взять":
            return bool(near & cues.words["custody_words"])
        if etype == "ATTACK":
            return self._violent_scene(trig, sent)
        if etype == "ENTRY_BAN":
            if lemma in cues.words["admission_verbs"]:  # "не пустили в Россию"
                return self._enters_place(trig, sent)
            return bool(near & cues.words["entry_words"]) or lemma == "развернуть"
        if lemma == "предъявить":
            return bool(near & cues.words["charge_objects"])
        if lemma in ("передать", "выдать"):
            return self._foreign_recipient(trig, sent)
        if lemma in cues.words["return_verbs"]:
            # "вернул из Сирии 231 человека", "вернули на родину", "спецрейсом вернули 156 граждан":
            # people fetched home from abroad, not "вернули деньги" or "вернули в камеру"
            return bool(near & (cues.words["home_words"] | cues.words["flight_words"])) or self._fetched_from_abroad(trig, sent)
        if lemma == "доставить":
            # "спецрейсом доставлены 156 граждан", "самолёт из Багдада доставил 84 ребёнка": a flight
            # home; not "доставили в больницу" nor "доставили в суд"
            owned = clause_tokens(trig)
            lemmas = near | {t.lemma for t in sent.tokens if t.i in owned}
            return bool(lemmas & cues.words["flight_words"]) and not lemmas & cues.words["hospital_words"]
        return True

    def _brought_home(self, trig: RuToken) -> bool:
        """ "вернули на родину", "вернул из Сирии", "спецрейсом доставлены", "репатриировали": a state
        fetching people home, not removing foreigners."""
        return trig.lemma in self.cues.words["return_verbs"] or trig.lemma in ("доставить", "репатриировать", "репатриация")

    def _at_home(self, draft: Draft, trig: RuToken, sent: RuSentence, ctx: DocContext) -> None:
        """A state brings back its own (as `english._home_nationals`): people of no told nationality
        are the acting state's, and the act is placed at home, where it lands ("в Душанбе"), not
        where they were taken from. The destination alone gives no nationality (GOLD-FORMAT)."""
        home = draft.agent.country if draft.agent is not None and draft.agent.text else None
        if home is not None and draft.agent is not None and draft.agent.sector in (None, "GOV", "POL", "MIL"):
            for target in draft.targets:
                target.nationality = target.nationality or home
        landing = next((top for _, top in self.places.mentions(sent)
                        if top.head is trig and case_of(top) in ("в", "во") and top.feat("Case") == "Acc"), None)
        if landing is not None:
            found = self.places.resolve(place_phrase(sent, landing), ctx.countries)
            if found is not None and found.country:
                draft.location = found
                return
        if home is not None:
            draft.location = Location(country=home)

    def _fetched_from_abroad(self, trig: RuToken, sent: RuSentence) -> bool:
        """ "вернул из Сирии", "вывезли из Ирака": the verb's own from-phrase names a country."""
        return any(
            case_of(c) == "из" and (country_code(c.text, "ru") is not None or country_code(np_text(sent, c), "ru") is not None)
            for c in trig.children
        )

    def _travel_goal(self, trig: RuToken, sent: RuSentence) -> bool:
        """A trip counts when it heads into a country or a group: "уехали в Сирию", "вступили в ряды ИГ"."""
        owned = clause_tokens(trig)
        for _, top in self.places.mentions(sent):
            if top.i in owned and self.places.role(top) == "destination":
                return True
            if top.i in owned and trig.lemma == "воевать" and case_of(top) in ("в", "на"):
                return True  # "воюют в Сирии": where they fight is where they went
        for c in trig.children:
            if c.lemma == "ряд" or case_of(c) == "к" and (
                find_groups(np_text(sent, c), "ru") or c.lemma in self.cues.words["militant_nouns"]
            ):
                return True
        return trig.lemma in ("вступить", "примкнуть", "присоединиться") and bool(
            find_groups(sent.text, "ru")
        )

    def _violent_scene(self, trig: RuToken, sent: RuSentence) -> bool:
        """ "Взрыв газа", "погибли в ДТП": an accident is no attack unless the sentence tells of
        violence; "пострадали", "удар по экономике" need that violence told."""
        words = self.cues.words
        lemmas = {t.lemma for t in sent.tokens if t is not trig}
        violent = bool(lemmas & words["violence_words"]) or any(t in self.cues.tables["weapons"] for t in lemmas)
        if lemmas & words["accident_words"] and not violent:
            return False
        if trig.lemma in words["attack_context_casualties"]:
            attack = self.ontology.types["ATTACK"].ru - words["attack_context_casualties"]
            return violent or bool(lemmas & attack)
        return True

    def _enters_place(self, trig: RuToken, sent: RuSentence) -> bool:
        owned = clause_tokens(trig)
        if any(
            top.i in owned and self.places.role(top) == "destination" for _, top in self.places.mentions(sent)
        ):
            return True
        return any(
            c.lemma in self.cues.words["entry_places"] and case_of(c) in ("в", "на") for c in trig.children
        )

    def _foreign_recipient(self, trig: RuToken, sent: RuSentence) -> bool:
        for c in trig.children:
            if (
                c.rel in ("iobj", "obl")
                and c.feat("Case") == "Dat"
                or case_of(c) == "в"
                and c.feat("Case") == "Acc"
            ):
                phrase = np_text(sent, c)
                nat = nationality_of(phrase, "ru")
                if (nat is not None and nat.country) or country_code(c.text, "ru"):
                    return True
        return False

    # -- arguments ---------------------------------------------------------------------------

    def _patient(self, trig: RuToken, etype: str, is_noun: bool, sent: RuSentence) -> RuToken | None:
        if etype == "TRAVEL":
            return subject(trig)
        if is_noun:
            for c in trig.children:
                if c.rel == "nmod" and c.feat("Case") == "Gen" and case_of(c) is None:
                    return c
            head = trig.head
            if head is not None and head.pos in VERBAL and head.lemma in self.cues.words["plan_heads"]:
                for c in head.children:
                    if c.rel in ("obj", "iobj") and c is not trig:
                        return c
                for c in head.children:  # "ещё 12 иностранцев ожидают высылки"
                    if c.rel == "nsubj" and c is not trig and trig.rel != "nsubj" and self._is_person(c, sent):
                        return c
            return None
        if etype in ARREST_LIKE:  # "возбудили дело в отношении двоих", "закрыт въезд для 12 граждан"
            accused = self._accused(trig, sent)
            if accused is not None:
                return accused
        if etype in ("ENTRY_BAN", "CHARGE") or self._compound_type(trig):
            # "запретили въезд гражданам …", "предъявили обвинение", "избрали меру пресечения троим"
            for c in trig.children:
                if c.rel in ("iobj", "obl") and c.feat("Case") == "Dat" and case_of(c) is None:
                    return c
        if trig.lemma in self.cues.words["patient_subject_verbs"]:
            return subject(trig)  # "житель Оренбурга получил семь лет колонии"
        objects = [c for c in trig.children if c.rel == "obj"]
        if len(objects) < 2:  # "поступили документы …, в связи с чем … Фирташ был задержан": two passive subjects
            objects = [c for c in trig.children if c.rel == "nsubj:pass"]
        if len(objects) > 1 and etype != "TAKEDOWN":
            # "самолёт … доставил … 84 ребёнка", both read as objects: the people are the one acted on
            people = [c for c in objects if self._is_person(c, sent)]
            if len(people) == 1:
                return people[0]
        for rel in ("obj", "nsubj:pass", "nsubj"):
            for c in trig.children:
                if rel == "nsubj:pass" and c.feat("Case") == "Ins":
                    continue  # "были задержаны ГКНБ": an instrumental is the agent, however natasha hung it
                if c.rel == rel and (rel != "nsubj" or misread_object(c)):
                    if c.lemma == "который" and trig.rel == "acl:relcl" and trig.head is not None:
                        return trig.head
                    if c.lemma in self.cues.words["access_words"]:  # "ограничили доступ к сайтам"
                        return next((g for g in c.children if case_of(g) == "к"), c)
                    return c
        for c in trig.children:  # "задержала вербовщика": an accusative natasha gave another relation
            if (
                c.rel in ("acl", "nmod", "obl", "dep", "appos", "iobj")
                # "задержала пятерых иностранцев": the genitive of a counted accusative
                and (c.feat("Case") == "Acc" or c.feat("Case") == "Gen" and any(
                    g.rel == "nummod" and g.feat("Case") == "Acc" for g in c.children))
                and case_of(c) is None
                and c.pos in ("NOUN", "PROPN")
                and c.feat("Animacy") == "Anim"
            ):
                return c
        if trig.rel in ("acl", "amod") and trig.head is not None:
            return trig.head
        if trig.rel == "csubj:pass" or is_infinitive(trig):
            head = trig.head
            if head is not None:
                for c in head.children:
                    if c.rel in ("nsubj", "nsubj:pass", "obj") and c.pos in ("PRON", "NOUN", "PROPN", "NUM"):
                        return c
        if trig.rel == "conj" and trig.head is not None and trig.head.pos in VERBAL:
            if is_short_passive(trig):  # "пыталась вылететь в Стамбул, но была задержана"
                shared = subject(trig.head)
                if shared is not None:
                    return shared
            return self._patient(trig.head, etype, False, sent)
        if trig.head is None and is_short_passive(trig):
            shared = _split_clause_subject(trig, sent)
            if shared is not None:  # "мужчины выехали в Сирию в 2014 году, а в прошлом году были задержаны в Турции"
                return shared
        return self._stray_object(trig, sent)

    def _describes_person(self, top: RuToken, trig: RuToken, sent: RuSentence) -> bool:
        """Is the place inside a clause that describes a person ("гражданина, воюющего в Сирии",
        "мужчина, который жил в Москве"), not the trigger's own clause?"""
        for anc in top.ancestors:
            if anc is trig:
                return False
            if (
                anc.rel in ("acl", "acl:relcl")
                and anc.head is not None
                and anc.head is not trig
                and self._is_person(anc.head, sent)
            ):
                return True
        return False

    def _of_people(self, tok: RuToken, sent: RuSentence) -> bool:
        """ "группа боевиков", "группа из пяти человек": people, not an online group ("аккаунт
        проповедника" is still an account)."""
        return tok.lemma in QUANTITY_NOUNS and any(
            c.rel == "nmod" and case_of(c) in (None, "из") and self._is_person(c, sent) for c in tok.children
        )

    def _accused(self, trig: RuToken, sent: RuSentence) -> RuToken | None:
        """A person the act is "в отношении", "против" or "для" of, in the trigger's clause."""
        owned = clause_tokens(trig)
        marks = self.cues.words["accused_marks"]
        for tok in sent.tokens:
            if (
                tok.i in owned
                and tok.pos in ("NOUN", "PROPN", "NUM", "PRON")
                and any(w in marks for w in case_words(tok))
                and self._is_person(tok, sent)
            ):
                return tok
        return None

    def _stray_object(self, trig: RuToken, sent: RuSentence | None = None) -> RuToken | None:
        """ "развернули на границе двух граждан": an accusative person natasha hung on a nearby noun."""
        for c in trig.children:
            if c.rel != "obl":
                continue
            for g in c.children:
                counted = any(n.rel.startswith("nummod") and n.feat("Case") == "Acc" for n in g.children)
                if (
                    g.rel == "nmod"
                    and case_of(g) is None
                    and g.lemma in self.cues.words["person_nouns"]
                    and (g.feat("Case") == "Acc" or counted)
                ):
                    return g
        return self._detached_counted_object(trig, sent) if sent is not None else None

    def _detached_counted_object(self, trig: RuToken, sent: RuSentence) -> RuToken | None:
        """ "задержали в Казани троих граждан Узбекистана": a counted accusative of people after the
        verb, in its clause, that natasha left with no head at all."""
        after = [t for t in sent.tokens if t.i > trig.i]
        for tok in after:
            if tok.text in (",", ";", ":") or tok.pos in VERBAL and tok.feat("VerbForm") == "Fin":
                return None  # the clause ends
            counted = any(n.rel.startswith("nummod") and n.feat("Case") == "Acc" for n in tok.children)
            if tok.head is None and tok.pos in ("NOUN", "PROPN") and case_of(tok) is None and counted and self._is_person(tok, sent):
                return tok
        return None

    def _is_person(self, head: RuToken, sent: RuSentence) -> bool:
        words = self.cues.words
        for member in members(head):
            member = _person_of(member, words)
            if member.lemma in words["person_nouns"] or member.pos in ("NUM", "PRON"):
                return True
            if member.pos in ("NOUN", "PROPN") and member.feat("Animacy") == "Anim":  # "подозреваемый", "Абакарову"
                return True
            if member.lemma in words["all_words"] or member.lemma in QUANTITY_NOUNS:
                return True
            if member.pos == "VERB" and is_full_participle(member):  # "задержанных"
                return True
            if any(member.i in s.tokens and s.type == "PER" for s in sent.spans):
                return True
            if member.pos in ("NOUN", "ADJ") and nationality_of(member.text, "ru") is not None:
                return True
        return False

    def _targets(self, draft: Draft, head: RuToken, sent: RuSentence, previous: list[Draft]) -> None:
        words = self.cues.words
        back_reference = (  # "всех задержанных": the people of an earlier arrest
            (head.pos == "VERB" and is_full_participle(head) or _participle_as_noun(head))
            and bool(self.ontology.russian_types(head.lemma))
            and self._quantity(head, sent) is None
        )
        if head.lemma in words["pronouns"] or head.lemma in words["all_words"] or back_reference:
            self._anaphor(draft, head, sent, previous)
            return
        if _given_plural(head, draft.trigger) and any(
            d.total is not None and d.type != "ATTACK" and not d.headline for d in previous[-6:]
        ):  # "Суд приговорил двух граждан Кыргызстана … Мужчины были задержаны в Турции": those two
            self._anaphor(draft, head, sent, previous)
            return
        if self._these_last(draft, head, sent, previous):
            return
        group = members(head)
        targets: list[Target] = []
        for member in group:
            targets.extend(self._member_targets(member, draft, sent, previous))
        spelled = self._spelled_out(head, sent) if len(group) == 1 and len(targets) == 1 else []
        if spelled and targets[0].count == len(spelled):
            # "ещё троих — двух граждан Грузии и уроженца Чечни": the count, person by person
            group_nationality = targets[0].nationality
            targets = [t for person in spelled for t in self._member_targets(person, draft, sent, previous)]
            for target in targets:
                target.nationality = target.nationality or group_nationality
                target.count = 1 if target.count is None else target.count
        # "уроженец Дагестана вместе с женой и двумя детьми" = 4: companions add up (GOLD-FORMAT)
        # a bare plural ("вместе с россиянами") is a group told before, already counted
        companions = [
            m for c in _companions(draft.trigger, head) for m in members(c)
            if m.pos != "PRON"  # "вместе с ним": the people already told
            and self._is_person(m, sent) and (m.feat("Number") != "Plur" or self._quantity(m, sent) is not None)
        ]  # fmt: skip
        for companion in companions:
            found = self._member_targets(companion, draft, sent, previous)
            for target in found:
                if target.count is None and target.approx_count is None and companion.feat("Number") == "Sing":
                    target.count = 1  # a named or single companion counts one
            targets.extend(found)
        head_q = self._quantity(head, sent)
        counted = [t for t in targets if t.count is not None]
        # "25 женщин и детей": a number before a list of plurals with none of their own counts them all
        shared_count = len(group) > 1 and all(
            t.count is None and t.approx_count is None and m.feat("Number") == "Plur" for m, t in zip(group[1:], targets[1:], strict=False)
        ) and len(targets) == len(group)
        if head_q is not None and head_q.value is not None and (len(group) == 1 or shared_count) and not companions:
            draft.total = head_q.value
        elif targets and len(counted) == len(targets):
            draft.total = sum(t.count or 0 for t in targets)
        else:
            lows = [t.count if t.count is not None else t.approx_count for t in targets]
            if targets and all(low is not None for low in lows):
                draft.total_min = sum(low or 0 for low in lows)
        for target in targets:
            target.kind = draft.targets_kind
        draft.targets = targets

    def _these_last(self, draft: Draft, head: RuToken, sent: RuSentence, previous: list[Draft]) -> bool:
        """ "Этих троих отпустили": a demonstrative count means the people told last, as many as it
        says (the last targets of the act before whose counts add up to it)."""
        quantity = self._quantity(head, sent)
        demonstrative = any(c.lemma in ("этот", "тот") and c.rel == "det" for c in head.children)
        if not demonstrative or quantity is None or not quantity.value or not previous:
            return False
        taken: list[Target] = []
        for target in reversed(previous[-1].targets):
            if target.count is None or sum(t.count or 0 for t in taken) + target.count > quantity.value:
                break
            taken.insert(0, target)
            if sum(t.count or 0 for t in taken) == quantity.value:
                draft.anaphoric = True
                draft.total = quantity.value
                draft.targets = [replace(t, text=np_text(sent, head)) for t in taken]
                return True
        return False

    def _spelled_out(self, head: RuToken, sent: RuSentence) -> list[RuToken]:
        """The people a dash lists after a count ("троих — двух граждан Грузии и уроженца Чечни",
        "двоих сирийцев — Хасана и Омара"), each one person."""
        for c in head.children:
            if c.rel in ("parataxis", "appos") and c.pos in ("NOUN", "PROPN") and c.i > head.i:
                listed = members(c)
                if all(m.feat("Number") != "Plur" and self._is_person(m, sent) for m in listed):
                    return listed
        return []

    def _anaphor(self, draft: Draft, head: RuToken, sent: RuSentence, previous: list[Draft]) -> None:
        """ "их", "всех", "задержанных": the group of an earlier event; "все" is the largest one."""
        draft.anaphoric = True
        everyone = head.lemma in self.cues.words["all_words"] or any(
            t.lemma in self.cues.words["all_words"] and t.pos in ("PRON", "DET") and t.i < head.i
            for t in sent.tokens
        )
        singular = head.feat("Number") == "Sing" and head.lemma in self.cues.words["pronouns"]
        pool = [
            d
            for d in previous[-6:]
            if not d.headline
            and d.total is not None
            and d.type != "ATTACK"
            and (not singular or d.total == 1)
        ]
        if everyone and pool and not singular:
            # "всех": every group told before; one nationality's largest figure covers its parts
            largest: dict[str, Draft] = {}
            for d in pool:
                if d.type == pool[-1].type and len(d.nationalities) == 1:
                    key = next(iter(d.nationalities))
                    if key not in largest or (d.total or 0) > (largest[key].total or 0):
                        largest[key] = d
            if len(largest) > 1 and all(len(d.nationalities) <= 1 for d in pool if d.type == pool[-1].type):
                draft.total = sum(d.total or 0 for d in largest.values())
                draft.targets = [
                    Target(count=d.total, nationality=code, text=np_text(sent, head)) for code, d in largest.items()
                ]
                return
        antecedent = (
            (max(reversed(pool), key=lambda d: d.total or 0) if everyone else pool[-1]) if pool else None
        )
        total = 1 if singular else antecedent.total if antecedent else None
        nats = antecedent.nationalities if antecedent else set()
        if antecedent is not None and antecedent.local_targets and not nats:
            draft.local_targets = True  # "двух местных жителей … Задержанным предъявлено обвинение": locals still
        if total is None and not nats:
            return
        draft.total = total
        draft.targets = [
            Target(
                count=total,
                nationality=next(iter(nats)) if len(nats) == 1 else None,
                text=np_text(sent, head),
            )
        ]

    def _member_targets(
        self, member: RuToken, draft: Draft, sent: RuSentence, previous: list[Draft]
    ) -> list[Target]:
        words = self.cues.words
        quantity = self._quantity(member, sent)
        count = quantity.value if quantity else None
        approx = quantity.figure if quantity is not None and quantity.value is None else None
        text = np_text(sent, member)
        person = _person_of(member, words)
        countries = self._countries_of(person, sent)
        if len(countries) > 1:
            return [Target(count=None, nationality=code, text=phrase) for code, phrase in countries]
        target = Target(count=count, text=text, approx_count=approx)
        nat = nationality_of(text, "ru")
        if countries and (nat is None or nat.country != countries[0][0]) and person.lemma in CITIZENS:
            # "граждан республики из Сирии" after "вернули": the citizenship its noun names, not a
            # country the phrase's words hold
            target.nationality = countries[0][0]
        elif nat is not None and (nat.country or nat.ethnicity):
            target.nationality, target.ethnicity, target.region = nat.country, nat.ethnicity, nat.region
        elif countries:
            target.nationality = countries[0][0]
        elif person.lemma in words["resident_nouns"]:
            if (
                any(c.lemma in words["local_adjectives"] for c in person.children)
                or person.lemma == "местный"
            ):
                draft.local_targets = True
            elif person.lemma in _BY_GENITIVE:  # "житель Оша", "уроженец Андижана" (GOLD-FORMAT: origin)
                target.nationality = self._resident_country(person, sent, (None, "из"))
        draft.home = draft.home or self._home(person, sent, (None,) if person.lemma in _BY_GENITIVE else ("из",))
        if target.nationality is None and not draft.local_targets and person.lemma not in words["all_words"]:
            target.nationality = self._resident_country(person, sent, ("из",))  # "студенты из Казани"
        if (
            target.nationality is None
            and not draft.local_targets
            and person is member
            and member.pos == "NUM"
        ):
            # an elided noun ("ещё пятерых") is the group named before
            prior = [d for d in previous[-3:] if not d.headline and d.nationalities]
            if prior and len(prior[-1].nationalities) == 1:
                target.nationality = next(iter(prior[-1].nationalities))
        # "Telegram-канал": natasha gives a word written half in Latin letters no number; its ending tells it
        word = _object_word(person.lemma)
        latin_named = person.feat("Number") is None and word != person.lemma and person.lower.endswith(word)
        if (
            quantity is None
            and (person.feat("Number") == "Sing" or latin_named)
            and (
                person.lemma in words["person_nouns"]
                or target.nationality
                or person.pos == "PROPN"
                or person.pos == "NOUN"
                and person.feat("Animacy") == "Anim"
                or draft.type == "TAKEDOWN"
                and word in self.ontology.takedown_objects  # "доступ к сайту": one site
            )
        ):
            target.count = 1
        return [target]

    def _quantity(self, member: RuToken, sent: RuSentence) -> Quantity | None:
        left = np_tokens(member)
        first = left[0].i
        text = sent.text[left[0].start - sent.start : left[-1].stop - sent.start]
        q = parse_quantity(text, "ru")
        if q is None and member.pos == "NUM":
            q = parse_quantity(member.text, "ru")
        counts = [t for t in left if t.head is member and t.rel.startswith("nummod") and t.i < member.i]
        if q is None and counts and counts[0].i > first:
            # "в провинциях X и Y 18 человек": a phrase natasha hung before the count
            first = counts[0].i
            q = parse_quantity(sent.text[counts[0].start - sent.start : left[-1].stop - sent.start], "ru")
        if q is not None and q.value is not None:
            # "около 30 мигрантов": natasha may hang the modifier on the verb
            for k in range(max(0, first - 3), first):
                before = sent.tokens[k:first]
                if all(t.pos in ("ADV", "ADP", "PART", "ADJ") or t.lemma == "порядок" for t in before):
                    wider = parse_quantity(
                        sent.text[before[0].start - sent.start : member.stop - sent.start], "ru"
                    )
                    if wider is not None and wider.value is None and wider.figure == q.value:
                        return wider
        return q

    def _countries_of(self, person: RuToken, sent: RuSentence) -> list[tuple[str, str]]:
        """ "граждан Косово и Швейцарии", "выходцев из Грузии": the countries a person noun names."""
        out: list[tuple[str, str]] = []
        for c in person.children:
            if c.rel != "nmod" or case_of(c) not in (None, "из"):
                continue
            if c.lemma == "республика" and not any(g.pos == "PROPN" or g.rel in ("amod", "nmod") for g in c.children):
                # "депортировала в Таджикистан 17 граждан республики": the republic named just before
                named = [(code, t.text) for t in sent.tokens if t.i < person.i and t.pos == "PROPN"
                         and (code := country_code(self._normal(t, sent), "ru") or country_code(t.text, "ru"))]
                out.extend(named[-1:])
                continue
            brought_back = case_of(c) == "из" and any(t.lemma in BRINGING_BACK_RU for t in sent.tokens)
            for country in members(c):
                code = country_code(self._normal(country, sent), "ru") or country_code(country.text, "ru")
                if code and brought_back and code in CONFLICT_ZONES:
                    continue  # "вернули на родину 50 граждан республики из Сирии": where they were, not whose
                if code:
                    out.append((code, np_text(sent, country)))
        return out

    def _resident_country(
        self, person: RuToken, sent: RuSentence, preps: tuple[str | None, ...]
    ) -> str | None:
        """ "жителей Явана", "студентов из Казани" → the country of the place they live in or come
        from; a region of several states ("из Центральной Азии") gives none."""
        for c in person.children:
            if c.rel == "nmod" and case_of(c) in preps and c.pos in ("PROPN", "NOUN"):
                phrase = np_text(sent, c)
                region = forms().get(ru_lemma_key(phrase))  # a region with no single state gives None
                if region is not None:
                    return region.country
                if not any(c.i in span.tokens and span.type == "LOC" for span in sent.spans):
                    continue
                found = self.gazetteer.resolve(phrase)
                if found.place is not None and (found.precision is not None or found.place.kind == "country"):
                    return found.place.country
        return None

    def _home(self, person: RuToken, sent: RuSentence, preps: tuple[str | None, ...]) -> Location | None:
        """ "жителя Башкирии", "полицейского из Ингушетии", "участников ячейки из Челябинска": the
        region a person lives in or comes from, a precise place only."""
        phrase = [c for c in person.children if c.rel == "nmod"]
        phrase += [g for c in phrase if case_of(c) is None for g in c.children if g.rel == "nmod" and case_of(g) == "из"]
        for c in phrase:
            if case_of(c) in preps and c.pos in ("PROPN", "NOUN"):
                place = self.places.resolve(np_text(sent, c), [])
                if place is not None and (place.admin1 or place.place):
                    return place
        return None

    def _normal(self, tok: RuToken, sent: RuSentence) -> str:
        for span in sent.spans:
            if tok.i in span.tokens:
                return span.normal
        return tok.text

    def _agent(self, draft: Draft, trig: RuToken, sent: RuSentence, previous: list[Draft]) -> None:
        killer = draft.casualty_only and any(c.rel == "obj" for c in trig.children)  # "силовики ликвидировали двоих"
        if (
            draft.type == "TRAVEL"
            or draft.casualty_only and not killer
            or trig.lemma in self.cues.words["patient_subject_verbs"]
        ):
            return  # the subject is the traveller, the victim or the convict, not an agent
        subj: RuToken | None = None
        if trig.pos == "NOUN":
            head = trig.head
            if head is not None and head.pos in VERBAL and head.lemma not in self.cues.words["plan_heads"]:
                subj = next((c for c in head.children if c.rel == "nsubj" and c is not trig), None)
        elif trig.feat("Voice") == "Pass" or trig.rel == "csubj:pass":
            subj = next(
                (
                    c
                    for c in trig.children
                    if c.rel == "obl"
                    and c.feat("Case") == "Ins"
                    and case_of(c) is None
                    and c.pos in ("NOUN", "PROPN")
                ),
                None,
            )
        else:
            subj = subject(trig)
        if subj is None or subj.pos == "PRON":
            speech = self._speech_verb(trig)
            if speech is not None:
                subj = subject(speech)
        weapon = subj is not None and subj.lemma in self.cues.tables["weapons"] and subj.lemma != "смертник"
        if draft.type == "ATTACK" and weapon:
            subj = None  # "взорвалась бомба": the weapon went off; who set it is not said
        if subj is not None and subj.pos != "PRON" and subj.lemma not in self.cues.words["all_words"]:
            draft.agent, draft.agent_place = self._actor(subj, sent)
            return
        if draft.type == "DEPORT":
            receiver = self._handed_to(sent)
            if receiver is not None:  # "всех передали правоохранительным органам, их ожидает депортация"
                draft.agent, draft.agent_place = self._actor(receiver, sent)
                return
        if draft.at_border and draft.type in ("ARREST", "ENTRY_BAN"):
            draft.agent = Agent(None, None, "MIL")  # stopped at the border: its guards
            return
        for prior in reversed(previous[-3:]):
            if prior.agent is not None and prior.agent.text and (prior.type == draft.type or prior.lead):
                draft.agent = Agent(
                    prior.agent.text, prior.agent.country, prior.agent.sector, prior.agent.name
                )
                draft.agent_place = prior.agent_place
                return

    def _at_border(self, trig: RuToken) -> bool:
        owned = clause_tokens(clause_head(trig)) | clause_tokens(trig)
        return any(
            t.i in owned and t.lemma in self.cues.words["border_words"] and case_of(t) in ("на", "у", "через")
            for t in clause_head(trig).subtree() + trig.subtree()
        )

    def _handed_to(self, sent: RuSentence) -> RuToken | None:
        """The body people were handed to in the sentence ("передали полиции"), if it is one."""
        for tok in sent.tokens:
            if tok.lemma not in ("передать", "передавать"):
                continue
            for c in tok.children:
                if (
                    c.rel in ("iobj", "obl")
                    and c.feat("Case") == "Dat"
                    and case_of(c) is None
                    and actor_of(np_text(sent, c), "ru") is not None
                ):
                    return c
        return None

    def _actor(self, subj: RuToken, sent: RuSentence) -> tuple[Agent, Location | None]:
        text = np_text(sent, subj)
        actor = actor_of(text, "ru")
        # "власти турецкой провинции Газиантеп", "полиция Стамбула": the agent's jurisdiction
        phrase = np_tokens(subj)
        ids = {t.i for t in phrase}
        after = [t for t in phrase if t.i > subj.i]
        place = None
        if after and any(s.type == "LOC" and set(s.tokens) <= ids for s in sent.spans):
            place = self.places.resolve(
                sent.text[after[0].start - sent.start : after[-1].stop - sent.start], []
            )
        country = actor.country if actor else None
        if country is None and place is not None:
            country = place.country
        if country is None:
            nat = nationality_of(text, "ru")
            country = nat.country if nat else None
        sector = actor.sector if actor else self.cues.tables["agent_sectors"].get(subj.lemma)
        return Agent(text=text, country=country, sector=sector, name=actor.name if actor else None), place

    def _speech_verb(self, trig: RuToken) -> RuToken | None:
        """The speech verb whose content clause holds the trigger ("сообщила, что заблокировала")."""
        node = clause_head(trig)
        for _ in range(4):
            head = node.head
            if head is None:
                return None
            if head.lemma in self.cues.words["speech_verbs"] and node.rel in (
                "ccomp",
                "parataxis",
                "obl",
                "conj",
            ):
                return head
            node = head
        return None

    def _date(self, draft: Draft, trig: RuToken, sent: RuSentence, ctx: DocContext) -> None:
        published = ctx.document.published
        draft.reported = published
        owned = clause_tokens(clause_head(trig)) | clause_tokens(trig)
        speech = self._speech_verb(trig)
        # an act told by a participle that describes the people of another act ("граждан, задержанных при
        # попытке пересечь границу"): only its own words date it, and it is no news of the report's week
        describing = trig.rel in ("acl", "acl:relcl") and trig.head is not None and trig.head.pos in ("NOUN", "PROPN", "NUM") and (
            trig.feat("VerbForm") == "Part")
        best: tuple[int, DateValue, bool] | None = None
        for start, end, value in find_dates(sent.text, published, "ru"):
            if value.date is None:
                continue
            toks = [t for t in sent.tokens if start <= t.start - sent.start < end]
            if not toks:
                continue
            before = fold_ru(sent.text[max(0, start - 12) : start])
            phrase = fold_ru(sent.text[start:end])
            # "с июня 2011 года": a running total's start; "до", "к": a deadline. Neither dates the event.
            since = phrase.startswith(("с ", "со ")) or bool(re.search(r"(?:^|\s)(с|со)\s*$", before))
            if since and value.precision == "week" and " по " in phrase:
                since = False  # "с 7 по 9 мая": one operation over a few days (its week), no running total
            if since or phrase.startswith(("до ", "к ")) or re.search(r"(?:^|\s)(до|к)\s*$", before):
                draft.statistic_cue = draft.statistic_cue or since
                continue
            if _YEAR_RANGE.search(phrase):
                draft.statistic_cue = True  # "задерживали в 2012–2016 годах": over years, a count (GOLD-FORMAT)
            root = next((t for t in toks if t.head is None or t.head not in toks), toks[0])
            if speech is not None and _attached_to(root, speech) or self._under_other_speech(root, trig):
                continue  # the day of the report, not of the event
            if _in_description(root, trig, sent):
                continue  # "женщины, которые уехали в Сирию в 2014 году, задержаны": the trip's year
            if self._dates_another_act(root, trig):
                continue  # "через неделю после взрыва 3 марта задержали": the blast's day
            if describing and not any(t is root for t in trig.subtree()):
                continue  # "в среду депортировали 14 граждан, задержанных при попытке …": the removal's day
            inside = root.i in owned
            distance = abs(root.i - trig.i) + (0 if inside else 100)
            if best is None or distance < best[0]:
                best = (distance, value, inside)
        if best is not None:
            draft.date, draft.date_strong = best[1], best[2]
            return
        lowered = fold_ru(sent.text)
        for phrase, precision in self.cues.tables["same_time_phrases"].items():
            if phrase in lowered:
                draft.same_time = precision
                return
        if published is None:
            return
        for phrase, precision in self.cues.tables["duration_phrases"].items():
            if phrase in lowered:
                draft.date, draft.date_strong = at_precision(published, precision), True
                return
        tally = any(_has_phrase(lowered, cue) for cue in self.cues.words["aggregate_phrases"])  # a total has no week
        told_as_done = draft.resultative or trig.feat("Tense") == "Past" or _held_or_charged_now(trig, draft.type)
        # "ранее были депортированы": told as before the news, at no time the text gives
        earlier = any(c.rel == "advmod" and c.lemma in self.cues.words["earlier_words"] for c in trig.children)
        if draft.modality == "asserted" and not tally and told_as_done and not earlier and not describing:
            # "задержаны 14 человек", "силовики задержали двоих" with no day of their own: an act
            # told as recent news takes the week of the report (GOLD-FORMAT, as English's perfect)
            draft.date = DateValue(published - timedelta(days=published.weekday()), "week")

    def _dates_another_act(self, tok: RuToken, trig: RuToken) -> bool:
        """A date inside the words of another act named by a noun ("после взрыва 3 марта")."""
        for anc in tok.ancestors:
            if anc is trig:
                return False
            if anc.pos == "NOUN" and self._trigger_types(anc):
                return True
        return False

    def _under_other_speech(self, tok: RuToken, trig: RuToken) -> bool:
        for anc in tok.ancestors:
            if anc is trig or anc is clause_head(trig):
                return False
            if anc.lemma in self.cues.words["speech_verbs"]:
                return True
        return False

    def _location(self, draft: Draft, trig: RuToken, sent: RuSentence, ctx: DocContext) -> None:
        owned = clause_tokens(clause_head(trig)) | clause_tokens(trig)
        best: tuple[int, str] | None = None
        for _, top in self.places.mentions(sent):
            role = self.places.role(top)
            if draft.type == "ATTACK" and role == "destination" and case_of(top) in ("на", "по"):
                role = "location"  # "атака беспилотника на Белгород": the place struck
            if role != "location" and not (
                role == "origin"
                and draft.type == "DEPORT"
                and case_of(top) == "из"
                and top.head is not None
                and top.head.pos in VERBAL
            ):
                continue  # "выдворены из Турции": deported from where they were ("мигранты из Киргизии" are not)
            if _in_offence(top, trig):
                continue  # "за участие в боевых действиях в Сирии": where the offence was
            if self._describes_person(top, trig, sent):
                continue  # "гражданина России, воюющего в Сирии": where the person was, not the act
            score = (0 if top.i in owned else 50) + abs(top.i - trig.i)
            if best is None or score < best[0]:
                best = (score, place_phrase(sent, top))
        if best is not None:
            draft.location = self.places.resolve(best[1], ctx.countries)

    def _destination_affiliation(self, draft: Draft, trig: RuToken, sent: RuSentence) -> None:
        """Where the targets were heading: a place they went to in the trigger's own clause, else
        elsewhere in the sentence ("…, которые направлялись в Сирию"); a border "с Сирией" is the
        country beyond it. The country a deportation sends people to is no trip's goal."""
        owned = clause_tokens(clause_head(trig)) | clause_tokens(trig)
        best: tuple[int, str] | None = None
        for span, top in self.places.mentions(sent):
            role = self.places.role(top)
            border = (
                top.head is not None
                and top.head.lemma in self.cues.words["border_words"]
                and case_of(top) == "с"
            )
            joined = draft.type == "TRAVEL" and role != "destination" and case_of(top) in ("в", "во", "на")
            if not (role == "destination" or border or joined):
                continue
            if joined and (top.i not in owned or self._describes_person(top, trig, sent)):
                continue  # "примкнули к боевикам в Сирии": where the group they joined is
            sent_by = top.head is not None and "DEPORT" in self._trigger_types(top.head)
            if sent_by != (draft.type == "DEPORT") and top.head is not trig:
                continue
            code = country_code(span.normal, "ru") or country_code(span.text, "ru")
            if code is None:  # "экстрадируют в Баку": a city's country
                place = self.places.resolve(span.normal, [])
                code = place.country if place is not None and place.precision is not None else None
            if code:
                score = (0 if top.i in owned else 50) + (20 if joined or border else 0) + abs(top.i - trig.i)
                if draft.type == "TRAVEL" and not joined:
                    score = -top.i  # "уехал в Турцию, откуда перебрался в Сирию": the last stop is the goal
                if best is None or score < best[0]:
                    best = (score, code)
        if best is not None:
            draft.destination = best[1]
        if draft.destination is None and draft.type == "DEPORT" and len(draft.nationalities) == 1:
            draft.destination = next(iter(draft.nationalities))  # deported home unless said otherwise
        groups = find_groups(sent.text, "ru")
        if groups:
            draft.affiliation = groups[0][2]

    def _attribution(self, draft: Draft, trig: RuToken, sent: RuSentence) -> None:
        speech = self._speech_verb(trig)
        if (
            speech is None
            and trig.pos == "NOUN"
            and trig.head is not None
            and (trig.head.lemma in self.cues.words["speech_verbs"])
        ):
            speech = trig.head
        clause = {clause_head(trig).i} | ({speech.i} if speech is not None else set())
        for tok, source in self.story.cited_sources(sent):
            if tok.head is not None and tok.head.i in clause:  # "со ссылкой на X газета пишет, что …"
                draft.attribution = source
                return
        if speech is not None:
            speaker = self.story.speaker_of(speech, sent)
            if speaker:
                draft.attribution = speaker
                return
        draft.attribution = self.story.sentence_attribution(sent)

    def _modality_cues(self, draft: Draft, trig: RuToken, sent: RuSentence) -> None:
        words = self.cues.words
        if draft.type == "ARREST" and any(c.lemma in words["in_absentia"] for c in trig.children):
            draft.modality = "planned"  # "заочно арестован": an arrest order, no one in custody
            return
        admission = draft.type == "ENTRY_BAN" and trig.lemma in words["admission_verbs"]  # "не пустили"
        unhurt = draft.casualty_only  # "никто не пострадал": an attack without victims
        if not admission and not unhurt and any(
            c.lemma in words["negations"] and c.rel in ("advmod", "discourse") for c in trig.children
        ):
            draft.modality = "denied"
            return
        for anc in list(trig.ancestors)[:4]:
            if anc.lemma in words["deny_heads"]:
                draft.modality = "denied"
                return
        lowered = fold_ru(sent.text)
        if draft.modality == "asserted":
            if any(p in lowered for p in words["rumor_phrases"]):
                draft.modality = "rumored"
            elif any(p in lowered for p in words["claimed_phrases"]):
                draft.modality = "claimed"

    def _casualties(self, draft: Draft, sent: RuSentence) -> None:
        """Killed and wounded from this sentence (and, after the pass, the next one)."""
        killed, wounded = self._casualty_counts(sent)
        draft.killed = draft.killed if draft.killed is not None else killed
        draft.wounded = draft.wounded if draft.wounded is not None else wounded
        for tok in sent.tokens:
            weapon = self.cues.tables["weapons"].get(tok.lemma)
            if weapon and draft.weapon is None:
                draft.weapon = weapon

    def _casualty_counts(self, sent: RuSentence) -> tuple[int | None, int | None]:
        words = self.cues.words
        killed = wounded = None
        for tok in sent.tokens:
            kind = None
            if tok.lemma in words["casualty_killed"]:
                kind = "killed"
            elif (
                tok.lemma in words["casualty_wounded"]
                or tok.lemma == "доставить"
                and any(c.lemma in words["hospital_words"] for c in tok.children)
            ):
                kind = "wounded"
            if kind is None:
                continue
            count = None
            for c in tok.children:
                if c.rel in ("nsubj", "nsubj:pass", "obj"):
                    q = self._quantity(c, sent)
                    if q is not None and q.value is not None:
                        count = q.value
            if count is None and tok.pos == "VERB":
                count = self._people_one_by_one(tok, sent)  # "убит председатель", "застрелены имам и его помощник"
            if tok.rel == "amod" and tok.head is not None:  # "11 погибших"? "11 раненых человек"
                q = self._quantity(tok.head, sent)
                count = q.value if q is not None else None
            if (
                count is None
                and tok.pos == "NOUN"
                and tok.head is not None
                and (tok.rel == "obj" or tok.rel in ("obl", "xcomp") and tok.head.lemma in ("стать", "оказаться"))
            ):
                # "ещё восемь получили ранения", "жертвами стали 59 человек": the count is the subject
                subj = next((c for c in tok.head.children if c.rel == "nsubj"), None)
                q = self._quantity(subj, sent) if subj is not None else None
                count = q.value if q is not None else None
            elif count is None and tok.pos == "NOUN":
                q = self._quantity(tok, sent)
                count = q.value if q is not None else None
            if kind == "killed" and killed is None:
                killed = count
            elif kind == "wounded" and wounded is None:
                wounded = count
        return killed, wounded

    def _people_one_by_one(self, verb: RuToken, sent: RuSentence) -> int | None:
        """The victims of a killing or wounding verb told one by one, each a single person ("убит
        председатель" 1, "были застрелены имам и его помощник" 2): the object of an active verb, else
        its subject; None when any of them is counted, plural or no person."""
        objects = [c for c in verb.children if c.rel == "obj"]
        victims = objects or [c for c in verb.children if c.rel in ("nsubj", "nsubj:pass")]
        if not victims and verb.rel == "conj" and verb.head is not None:
            # "подозреваемый оказал сопротивление и был ликвидирован": coordinated verbs share a subject
            victims = [c for c in verb.head.children if c.rel in ("nsubj", "nsubj:pass")]
        if len(victims) != 1:
            return None
        people = members(victims[0])
        if all(m.feat("Number") == "Sing" and m.pos != "NUM" and self._is_person(m, sent) for m in people):
            return len(people)
        return None

    def _casualty_duplicate(self, draft: Draft, found: list[Draft], drafts: list[Draft]) -> bool:
        """ "погибли 11 человек" after "произошел взрыв" adds casualties; it is no second attack."""
        if not draft.casualty_only:
            return False
        others = [d for d in found if d.type == "ATTACK" and not d.casualty_only]
        # a headline's act is dropped at the end: what a body sentence tells stays the body's own
        recent = [d for d in drafts[-4:] if d.type == "ATTACK" and draft.sent.index - d.sent.index <= 2 and not d.headline]
        if not others and not recent:
            return False
        target = (others or recent)[-1]
        if target.sent is not draft.sent:
            target.told_again.append(draft.sent)
        killed, wounded = self._casualty_counts(draft.sent)
        target.killed = target.killed if target.killed is not None else killed
        target.wounded = target.wounded if target.wounded is not None else wounded
        return True

    # -- clauses in one sentence -------------------------------------------------------------

    def _together_with_them(self, sent: RuSentence, found: list[Draft], drafts: list[Draft]) -> list[Draft]:
        """ "… задержала двух молодых людей. Вместе с ними задержали ещё двоих": a sentence that
        opens on "вместе с ним / ней / ними" tells more people of the act just told (one happening,
        one event); a named group ("вместе с россиянами") may be another act and stays apart."""
        if not re.match(r"вместе с (?:ним|ней|ними)\b", fold_ru(sent.text).lstrip()):
            return found
        kept = []
        for d in found:
            prior = next((p for p in reversed(drafts) if p.type == d.type and not p.headline), None)
            if prior is not None and d.sent.index - prior.sent.index <= 5 and not d.anaphoric:
                _absorb(prior, d, same_sentence=False)
            else:
                kept.append(d)
        return kept

    def _merge_clauses(self, drafts: list[Draft]) -> list[Draft]:
        """ "задержан уроженец Киргизии, а в те же дни задержали ещё и граждан Албании": two
        clauses of one type in one sentence that say they happened together are one event."""
        kept: list[Draft] = []
        for d in drafts:
            partner = next((k for k in kept if self._together(k, d)), None)
            if partner is None:
                kept.append(d)
                continue
            _absorb(partner, d)
        return kept

    def _together(self, a: Draft, b: Draft) -> bool:
        if a.type != b.type or a.type == "ATTACK" or a.anaphoric or b.anaphoric:
            return False
        if a.date and b.date and a.date != b.date:
            return False
        if (
            a.location
            and b.location
            and (a.location.country, a.location.admin1) != (b.location.country, b.location.admin1)
        ):
            return False
        lowered = fold_ru(a.sent.text)
        together = (
            any(c.lemma in self.cues.words["also_words"] for c in b.trigger.children)
            or b.same_time is not None
        )
        return together or "вместе с" in lowered

    # -- document context --------------------------------------------------------------------


# -- helpers -------------------------------------------------------------------------------------


def _held_or_charged_now(trig: RuToken, etype: str) -> bool:
    """ "Оба обвиняются в вербовке": a charge that stands now; "под стражей находится житель Казани":
    held now (as English "is in custody")."""
    now = trig.feat("Tense") == "Pres"
    return now and (etype == "CHARGE" and trig.lemma == "обвиняться" or etype == "ARREST" and trig.lemma == "находиться")


_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:-|–|—|по)\s*(?:19|20)?\d\d")


def _relative_clause(verb: RuToken) -> bool:
    """A clause opened by "который" / "откуда" / "куда", whatever relation natasha gave it."""
    if verb.rel == "acl:relcl":
        return True
    return any(c.lemma in ("который", "откуда", "куда") or any(g.lemma == "который" for g in c.children)
               for c in verb.children if c.rel not in ("conj", "parataxis"))


MONTHS_RU = word_class("russian", "MONTHS_RU")


def _own_day(noun: RuToken) -> bool:
    """A day of a month hanging on the noun itself ("теракта 14 октября", "взрыва 3 апреля"), as
    English "a blast in Ansbach on 24 July" names the attack it dates."""
    for c in noun.children:
        if c.rel not in ("nmod", "obl", "nummod"):
            continue
        if c.lemma in MONTHS_RU and any(g.pos == "NUM" for g in c.children):
            return True
        if (c.pos == "NUM" or c.text.isdigit()) and any(g.lemma in MONTHS_RU for g in c.children):
            return True  # natasha hangs "июня" on "28" as a flat name
        if case_of(c) in ("в", "на") and _names_a_day(" ".join(t.text for t in c.subtree())):
            return True  # "взрывов … в пасхальное воскресенье", "теракт в воскресенье", as English "Sunday's bombings"
    return False


_ANY_DAY = date(2000, 6, 15)  # a publication day for reading a phrase's precision, not its value


def _names_a_day(phrase: str) -> bool:
    """Does the phrase name one day (a holiday, a weekday, a day of a month)? Years, months and
    periods do not."""
    return any(found.precision == "day" for _, _, found in find_dates(phrase, _ANY_DAY, "ru"))


def _in_description(tok: RuToken, trig: RuToken, sent: RuSentence) -> bool:
    """Is `tok` inside a relative or participial clause that describes a participant ("женщины,
    которые уехали в Сирию в 2014 году", "мужчину, вернувшегося из Турции в мае") rather than in
    the act's own clause? Such a clause tells another act, with its own time and place."""
    for anc in (tok, *tok.ancestors):
        if anc is trig:
            return False
        if anc.rel in ("acl", "acl:relcl") and anc.head is not None and anc.head.pos in ("NOUN", "PROPN", "PRON", "NUM"):
            if any(t is trig for t in anc.subtree()):
                return False
            # the clause ends at its closing comma; a date after it is the parser's misreading
            # ("…, которые уехали в Сирию, были задержаны во вторник": Tuesday hung on "уехали")
            after = [t for t in sent.tokens if t.i > anc.i and t.text == ","]
            return not after or tok.i < after[0].i
        if anc.head is None and any(c.rel == "nsubj" and c.lemma == "который" for c in anc.children):
            # "…гражданина Казахстана, который в 2014 году выехал в Сирию": natasha makes the relative
            # clause a sentence root of its own; its subject "который" tells what it is
            return not any(t is trig for t in anc.subtree())
    return False


def _has_phrase(text: str, phrase: str) -> bool:
    """A cue at the start of a word ("уже", "за последн…"), not inside one ("вооружённом")."""
    at = text.find(phrase)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            return True
        at = text.find(phrase, at + 1)
    return False


def _headline_people(drafts: list[Draft]) -> None:
    """One happening, one event: the headline names the lead's person ("жительницу Дагестана
    приговорили …" over "суд признал Загидат Абакарову виновной"); the first act of the headline's
    type in the body, of one person with no nationality, takes the headline's. A count only the
    headline gives ("задержаны 18 человек" over "задержали группу сторонников") is that act's too
    (GOLD-FORMAT: sentences that tell more of an act add to it)."""
    for head in (d for d in drafts if d.headline and d.total is not None):
        body = next((d for d in drafts if not d.headline and d.type == head.type), None)
        if body is None:
            continue
        if head.total == 1 and len(head.nationalities) == 1 and body.total == 1 and not body.nationalities:
            for target in body.targets:
                target.nationality = next(iter(head.nationalities))
        uncounted = all(t.count is None and t.approx_count is None for t in body.targets)
        if body.total is None and body.total_min is None and body.targets and uncounted and not body.anaphoric:
            body.total = head.total


def _surnames(text: str | None) -> set[str]:
    """Capitalised words of a target's text, without their case endings ("Абакарову" → "абакаро")."""
    return {w.lower()[:-2] if len(w) > 5 else w.lower() for w in (text or "").split() if w[:1].isupper()}


def _named_again(drafts: list[Draft]) -> None:
    """A person named again ("Абакарову и … арестовали в октябре") is the one named before with a
    nationality, in whichever act."""
    known: dict[str, str] = {}
    for draft in drafts:
        for target in draft.targets:
            if target.nationality and target.count == 1:
                for name in _surnames(target.text):
                    known.setdefault(name, target.nationality)
    for draft in drafts:
        for target in draft.targets:
            if target.nationality is None:
                found = {known[n] for n in _surnames(target.text) if n in known}
                if len(found) == 1:
                    target.nationality = found.pop()


def _person_told_again(drafts: list[Draft]) -> None:
    """ "Доминик Стросс-Кан арестован в Нью-Йорке … 62-летнего Стросс-Кана арестовали в салоне
    самолёта": one person named in two acts of one type a sentence or two apart is one act told
    twice, unless what the two state conflicts (coref.continues decides)."""
    for n, draft in enumerate(drafts):
        if draft.headline or len(draft.targets) != 1 or draft.targets[0].count != 1:
            continue
        names = _surnames(draft.targets[0].text)
        if not names:
            continue
        draft.named_again = any(
            earlier.type == draft.type and not earlier.headline and 0 < draft.sent.index - earlier.sent.index <= 2
            and any(_same_name(names, _surnames(t.text)) for t in earlier.targets)
            for earlier in drafts[:n]
        )


def _same_name(ours: set[str], theirs: set[str]) -> bool:
    """A name in both sets, its case endings aside ("стросс-к" of Стросс-Кан, "стросс-ка" of Стросс-Кана)."""
    return any(len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)) for a in ours for b in theirs)


def _near_lemmas(trig: RuToken) -> set[str]:
    """Lemmas of the trigger's own dependents and, for a passive or nominal use, its head's."""
    out = {c.lemma for c in trig.children}
    for c in trig.children:
        out |= {g.lemma for g in c.children}
    if trig.head is not None:
        out.add(trig.head.lemma)
        out |= {c.lemma for c in trig.head.children}
    return out


def _counted_subject(verb: RuToken) -> bool:
    subj = subject(verb)
    return subj is not None and (
        subj.pos == "NUM" or any(c.rel.startswith("nummod") or c.pos == "NUM" for c in subj.children)
    )


def _under_purpose(trig: RuToken, cues: Cues) -> bool:
    node: RuToken | None = trig
    for _ in range(3):
        if node is None:
            return False
        if any(c.rel == "mark" and c.lemma in cues.words["purpose_marks"] for c in node.children):
            return True
        if (
            node.head is not None
            and node.head.lemma in cues.words["intent_heads"]
            and node.rel in ("xcomp", "ccomp")
        ):
            return True
        node = node.head
    return False


def _attached_to(tok: RuToken, verb: RuToken) -> bool:
    """Is `tok` a dependent of `verb` itself (not of a clause below it)?"""
    node = tok
    for anc in tok.ancestors:
        if anc is verb:
            return node.rel not in ("ccomp", "parataxis", "conj", "advcl", "xcomp")
        node = anc
    return False


def _person_of(member: RuToken, words: dict[str, frozenset[str]]) -> RuToken:
    """The person noun of a quantity phrase: "десятки боевиков" → "боевиков", "трое из них" → "трое"."""
    if member.lemma in QUANTITY_NOUNS or member.pos in ("NUM", "ADV"):
        for c in member.children:
            if (
                c.rel in ("nmod", "obl")
                and c.feat("Case") == "Gen"
                and case_of(c) is None
                and (c.pos in ("NOUN", "PROPN") or is_full_participle(c))  # "более 1200 подозреваемых"
            ):
                return c
    return member


OFFENCE_LEMMAS = word_class("russian", "OFFENCE_LEMMAS")


def _in_offence(top: RuToken, trig: RuToken) -> bool:
    """Does the place sit in the phrase that names the offence ("за участие в …", "по подозрению
    в …"), not the act's own circumstances?"""
    node: RuToken | None = top.head
    while node is not None and node.i != trig.i:
        if node.lemma in OFFENCE_LEMMAS or case_of(node) == "за":
            return True
        node = node.head
    return False


def _travel_with_arrest(draft: Draft, drafts: list[Draft]) -> bool:
    """A trip is no event of its own when the same sentence reports the travellers' arrest."""
    return draft.type == "TRAVEL" and any(
        d.type in ARREST_LIKE and d.sent is draft.sent and not d.headline for d in drafts
    )


GIVEN_PEOPLE = word_class("russian", "GIVEN_PEOPLE")  # "двое", "трое" count: new people, as a number does
QUANTIFIERS = word_class("russian", "QUANTIFIERS")


def _trip_of_the_arrested(draft: Draft, drafts: list[Draft]) -> bool:
    """A trip told of people the story reports arrested, deported or tried ("по данным следствия,
    они уехали в Сирию") is their background, not an act of its own (the English story's rule).
    Russian marks them given by a pronoun, "обе", "все", "все трое", or a plural subject with no number told
    before its verb ("женщины уехали"); "в Сирию уехали ещё пять жителей" are new people."""
    if draft.type != "TRAVEL" or not any(
        d.type in ("ARREST", "DEPORT", "CHARGE") and d.sent.index < draft.sent.index for d in drafts
    ):
        return False
    trig = draft.trigger
    subj = subject(trig)
    if subj is None:
        return False
    if subj.pos == "PRON" or subj.lemma in GIVEN_PEOPLE:
        return True
    if subj.pos == "NUM" and any(c.lemma in GIVEN_PEOPLE or c.lemma == "весь" for c in subj.children):
        return True  # "все трое воевали в Сирии": the three told before, all of them
    counted = any(c.rel == "nummod" or c.lemma in QUANTIFIERS for c in subj.children)
    return subj.pos == "NOUN" and subj.feat("Number") == "Plur" and not counted and subj.i < trig.i


def _participle_as_noun(tok: RuToken) -> bool:
    """'Задержанным предъявлено обвинение': a participle used as a noun, which natasha tags NOUN
    with the verb's infinitive as its lemma."""
    return tok.pos == "NOUN" and tok.lemma.endswith(("ть", "ться", "чь", "чься"))


def _given_plural(people: RuToken, trig: RuToken) -> bool:
    """A plural noun subject with no number, quantifier or modifier of its own, told before its verb
    ("мужчины выехали", "женщины были задержаны"): people already told (as `_trip_of_the_arrested` reads them)."""
    return (
        people.pos == "NOUN"
        and people.feat("Number") == "Plur"
        and people.feat("Case") == "Nom"
        and people.i < trig.i
        and people.rel in ("nsubj", "nsubj:pass")
        and not any(c.rel in ("nummod", "nummod:gov", "amod", "nmod") or c.lemma in QUANTIFIERS for c in people.children)
    )


def _one_toll(found: list[Draft]) -> list[Draft]:
    """ "ликвидированы трое боевиков, ранен полицейский": one sentence's tolls are one attack."""
    first = next((d for d in found if d.casualty_only), None)
    return [d for d in found if not d.casualty_only or d is first]


def _places_within_sentence(found: list[Draft]) -> None:
    """An act with no place of its own happened where the sentence's other act did ("депортировали
    из Турции семерых, задержанных на границе"); an entry ban is the entered country's."""
    for draft in found:
        if draft.location is not None:
            continue
        sibling = next((d for d in found if d.location is not None and d.type != "TAKEDOWN"), None)
        if sibling is not None and sibling.location is not None and draft.type != "TAKEDOWN":
            draft.location = copy_location(sibling.location)
        elif draft.type == "ENTRY_BAN" and draft.destination:
            draft.location = Location(country=draft.destination)


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """One event per clause: a nominal trigger inside a verbal trigger's clause of the same type
    ("провели задержание … задержали"), or a verb sharing the first one's subject and object
    ("уехали в Сирию и вступили в ИГИЛ"), is the same happening."""
    kept: list[Draft] = []
    for d in drafts:
        same = next((k for k in kept if k.type == d.type and _same_happening(k, d)), None)
        if same is None:
            kept.append(d)
            continue
        same.destination = same.destination or d.destination
        same.affiliation = same.affiliation or d.affiliation
        same.date = same.date or d.date
    return kept


def _same_happening(k: Draft, d: Draft) -> bool:
    if d.trigger.i in clause_tokens(k.trigger) or k.trigger.i in clause_tokens(d.trigger):
        return True
    shared = d.trigger.rel == "conj" and d.trigger.head is k.trigger
    own_args = any(c.rel in ("nsubj", "obj", "nsubj:pass") for c in d.trigger.children)
    return shared and not own_args


# -- candidates and the document entry point ------------------------------------------------------


def extract_russian(extractor: RussianExtractor, sents: list[RuSentence], document: Document) -> Extraction:
    drafts = extractor.drafts(sents, document)
    events, aggregates = assemble([to_candidate(d) for d in drafts], document)
    triggers = {(d.sent.index, d.trigger.i) for d in drafts}
    covered = [(e.evidence.start, e.evidence.end) for e in events] + [
        (a.evidence.start, a.evidence.end) for a in aggregates
    ]
    lemmas = frozenset(lemma for t in extractor.ontology.types.values() for lemma in t.ru)
    claims = extract_claims(sents, document, triggers, headline_end(document), covered, lemmas)
    return Extraction(doc_id=document.doc_id, events=events, aggregates=aggregates, claims=claims)


def extract_russian_many(documents: list[Document], gazetteer: Gazetteer) -> list[Extraction]:
    """One Extraction per document, in order; the batch goes through natasha together."""
    extractor = RussianExtractor(gazetteer)  # cheap: the lexicons and models are cached per process
    parsed = parse_many((d.text, d) for d in documents)
    return [extract_russian(extractor, sentences(doc), document) for doc, document in parsed]


def _companions(trig: RuToken, head: RuToken) -> list[RuToken]:
    """Nouns joined to the act's people by "вместе с" ("задержан вместе с женой", "вместе с двумя
    сообщниками"), whether the parser hangs them on the verb or on the noun."""
    out: list[RuToken] = []
    for anchor in (trig, head):
        for c in anchor.children:
            if c.lemma == "вместе":
                out.extend(g for g in c.children if case_of(g) in ("с", "со"))
            elif case_of(c) in ("с", "со") and any(g.lemma == "вместе" for g in c.children):
                out.append(c)
    return out


def _absorb(partner: Draft, d: Draft, *, same_sentence: bool = True) -> None:
    """`d` tells more of `partner`'s act: its people join, its facts fill what is missing; the
    evidence runs on to `d`'s trigger only within one sentence."""
    partner.targets += d.targets
    counts = [t.count for t in partner.targets]
    partner.total = (
        sum(c for c in counts if c is not None) if all(c is not None for c in counts) else None
    )
    partner.total_min = None
    partner.same_time = partner.same_time or d.same_time
    partner.date = partner.date or d.date
    partner.location = partner.location or d.location
    partner.destination = partner.destination or d.destination
    partner.affiliation = partner.affiliation or d.affiliation
    partner.agent = partner.agent or d.agent
    partner.at_border = partner.at_border or d.at_border
    if same_sentence:
        partner.tail = d.trigger


def _counted_arrests(trig: RuToken) -> int | None:
    """'провели три задержания', 'два ареста': an arrest is one person's, so the noun's count is the
    number of people held."""
    if trig.lemma not in ("задержание", "арест"):
        return None
    for c in trig.children:
        if c.rel.startswith("nummod"):
            quantity = parse_quantity(c.text, "ru")
            return quantity.value if quantity is not None else None
    return None


def _object_word(lemma: str) -> str:
    """ "telegram-канал", "youtube-канал": the noun after a platform's name written in Latin letters."""
    head = lemma.rsplit("-", 1)[-1]
    return head if head != lemma and lemma[:1].isascii() else lemma


def _elided_subject(trig: RuToken) -> bool:
    """ "В 2019 году был задержан в Анкаре", "позже арестован": a short passive in the third
    person whose subject is dropped is said of someone the text named before."""
    if not is_short_passive(trig) or trig.rel not in ("root", "conj"):
        return False
    if trig.rel == "conj" and trig.head is not None and subject(trig.head) is not None:
        return False  # "X пытался уехать, но был задержан": X, found by the patient rules
    return not any(c.rel.startswith("nsubj") or c.rel in ("obj", "csubj") for c in trig.children)
