"""English event extraction over a spaCy parse.

A trigger (a verb or noun from the ontology's lexicon) anchors a clause; its arguments are read off
the dependency tree: the patient gives targets (count, nationality), the subject or by-phrase the
agent, prepositional phrases the place and destination, DATE entities the date. Clause-level
rules decide whether the trigger reports an event at all (infinitives of intent, definite
back-references and negations are not events) and with which modality.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc, Span, Token

from watchfloor.extract.assemble import DEFAULT_SECTOR, assemble
from watchfloor.extract.claims_en import extract_claims
from watchfloor.extract.en_draft import WEAPON_NOUNS, DocContext, Draft, period_told, to_candidate
from watchfloor.extract.en_event_place import place_spans
from watchfloor.extract.en_frames import (
    SENTENCE_TAKING,
    THROW_VERBS,
    _burnt_alive,
    _carrier,
    _gunned_down,
    _removal_heads,
    _to_death,
    came_under_attack,
    crowd_control,
    describes_a_ban_list,
    died_after,
    dismissal,
    frame_types,
    sentenced_person,
    warrant_served,
)
from watchfloor.extract.en_place_ranker import load_place_ranker
from watchfloor.extract.en_places import _ordered_of_a_host
from watchfloor.extract.en_referents import CITIZENSHIP_NOUNS, people_in
from watchfloor.extract.en_remainder import Remainder, is_rest, remainder_of
from watchfloor.extract.en_roles import VICTIM_HEADS, WEAPON_WORDS, add_story_roles
from watchfloor.extract.en_story import (
    _acronym_after,
    _arrival_day,
    _arrival_place,
    _dedupe_clause,
    _drop_travel_of_the_arrested,
    _group_told_after,
    _inherit_attribution,
    _inherit_dates,
    _inherit_places,
    _mentions_an_act,
    _merge_follow_up,
    _named_antecedent,
    _narrative_day,
    _told_again,
    _toll_told_after,
)
from watchfloor.extract.en_syntax import (
    ANAPHORS,
    ATTACK_NOUNS,
    ATTACKER_NOUNS,
    BRINGING_CHARGES,
    BRINGING_HOME_VERBS,
    COLLECTIVES,
    LOCATION_LABELS,
    NEGATING_HEADS,
    NEXT_IN_LINE,
    SPEECH_VERBS,
    _a_kind,
    _agent_np,
    _aggregate_cue,
    _clause_tokens,
    _compound_text,
    _count_near,
    _definite,
    _earlier_actor,
    _entry_ban_ok,
    _eventive_noun,
    _finite_or_planned,
    _headline_passive_subject,
    _in_question,
    _is_capital,
    _is_passive,
    _is_person_np,
    _listed_count,
    _main_group,
    _members,
    _modality,
    _negated,
    _np_text,
    _patient,
    _place_phrase,
    _place_role,
    _quantity_of,
    _sentence_dates,
    _sentence_gap_spans,
    _source_name,
    _speech_subject,
    _subject,
    _unnamed_no_one,
    act_it_followed,
    banned_from,
    believed_done,
    claimed_clause,
    continued_practice,
    counted_arrests,
    custody_verb,
    faced_after_a_number,
    helped_to_act,
    misread_main_verb,
    risen_toll,
    sent_to_join,
)
from watchfloor.extract.en_targets import (
    MEMBER_ACTS,
    EnglishTargets,
    _is_media,
    _named_person,
)
from watchfloor.extract.en_when import (
    _ahead_if_planned,
    act_date,
    told_ahead,
)
from watchfloor.extract.learned import TriggerModel, load_trigger_model
from watchfloor.extract.ontology import CONFLICT_ZONES, Ontology, load_ontology
from watchfloor.extract.sense import english_act
from watchfloor.extract.story_people import fill_back_references, fill_named_people
from watchfloor.extract.text import (
    cased_doc_text,
    doc_ents,
    forget_caches,
    span_ents,
    span_text,
)
from watchfloor.extract.text import is_headline as _is_headline
from watchfloor.extract.time import (
    date_told_after,
    hangs_from,
)
from watchfloor.extract.tree import ancestors, kids, sent_of, sentences, span_tokens, subtree
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Agent, Document, Extraction, Location, Target
from watchfloor.normalize.actors import Actor, actor_of
from watchfloor.normalize.dates import DateValue, first_dateline
from watchfloor.normalize.groups import find_groups, home_country
from watchfloor.normalize.nationality import country_code, nationality_of
from watchfloor.normalize.numbers import parse_quantity
from watchfloor.normalize.places import Gazetteer, Place

WAR_ITSELF = word_class("english", "WAR_ITSELF")  # places that are the war
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})  # (and any VB* tag) the only tokens a trigger can be


class EnglishExtractor(EnglishTargets):
    """Turns a parsed English document into event drafts."""

    requires = frozenset({"sentences", "entities", "dependencies", "lemmas"})
    provides = frozenset({"events"})

    def __init__(
        self, gazetteer: Gazetteer, ontology: Ontology | None = None, *, triggers: TriggerModel | None = None,
        learned: bool = True, ranked_places: bool = True,
    ) -> None:
        self.gazetteer = gazetteer
        self._known_places: dict[str, bool] = {}
        self._likeliest_places: dict[str, Place | None] = {}
        self._towns_named: dict[str, Place | None] = {}  # exact city names, once each (`_town_named`)
        self.ontology = ontology or load_ontology()
        # the learned trigger scorer proposes candidates the lexicon lacks (extract/learned.py)
        self.triggers = triggers if triggers is not None or not learned else load_trigger_model()
        # the learned place ranker weighs the place rules' verdicts with the path's shape (extract/en_place_ranker.py)
        self.place_ranker = load_place_ranker() if ranked_places else None

    # -- entry point -------------------------------------------------------------------------

    def drafts(self, doc: Doc, document: Document) -> list[Draft]:
        ctx = self._context(doc, document)
        drafts: list[Draft] = []
        mentions: list[tuple[str, Token]] = []  # nouns that name an act of a type but are no act of their own
        headline: list[Draft] = []
        for sent in sentences(doc):
            if _is_headline(sent):
                # a headline repeats what the body tells with more detail, or names an act the
                # story is about but does not tell ("… after Paris attacks"): read apart, kept only
                # where the body tells no act
                headline.extend(self._headline_drafts(sent, ctx))
                continue
            sentence_drafts: list[Draft] = []
            for tok in span_tokens(sent):
                for etype in self._trigger_types(tok):
                    draft = self._read_event(etype, tok, sent, ctx, drafts + sentence_drafts)
                    if draft is not None:
                        sentence_drafts.append(draft)
                        break
                    if _mentions_an_act(tok):
                        mentions.append((etype, tok))
            if not sentence_drafts and drafts:
                _toll_told_after(sent, drafts[-1])
            for draft in _dedupe_clause(sentence_drafts):
                host = _merge_follow_up(draft, drafts)
                if host is None:
                    drafts.append(draft)
                elif host.sent != draft.sent and draft.sent not in host.told_again:
                    host.told_again.append(draft.sent)
            self._follow_up(sent, drafts, ctx)
            drafts.extend(self._followers(sent, drafts, ctx))
        if not drafts:
            drafts = headline  # a body that tells no act: the headline's act stands
        drafts = _drop_travel_of_the_arrested(drafts)
        _told_again(mentions, drafts)
        main_group = _main_group(doc)
        for draft in drafts:
            # the story's group for what is done to its suspects (a planned deportation or a
            # takedown says nothing of the group by itself)
            suspects = (
                draft.modality == "asserted" and draft.type in ("ARREST", "CHARGE", "ATTACK", "TRAVEL", "DEPORT", "ENTRY_BAN")
                or draft.modality == "planned" and draft.type in ("ARREST", "CHARGE")  # "ordered the arrest of 37 defendants"
            )
            if draft.affiliation is None and main_group is not None and suspects and not _motive_ruled_out(draft.sent):
                draft.affiliation = main_group
        _group_told_after(doc, drafts)
        self._members_told_after(drafts)
        self._count_told_after(drafts)
        self._nationality_told_after(drafts, ctx.countries)
        self._everyone_told_after(drafts)
        _group_told_back(drafts)
        date_told_after(drafts, lambda s: _sentence_dates(s, ctx.reference, ctx.dateline_end))
        _inherit_dates(drafts)
        _narrative_day(drafts, lambda s: _sentence_dates(s, ctx.reference, ctx.dateline_end))
        _arrival_day(drafts)
        self._journey_day(drafts, ctx)
        _inherit_places(drafts)
        _arrival_place(drafts)
        _inherit_attribution(drafts)
        return drafts

    def _journey_day(self, drafts: list[Draft], ctx: DocContext) -> None:
        """A removal told with no day of its own takes the day of its people's journey to where they
        are sent, told in the next two sentences: "Russia has extradited a Kyrgyz citizen … He was
        flown to Bishkek under escort on Monday"; "… was sent to the United States on Wednesday"
        after his extradition was authorised (MUC-4); "expelled the man …  He was taken to the
        Pazarkule crossing" (reports-dev)."""
        for draft in drafts:
            if draft.type != "DEPORT" or draft.date_strong or draft.modality != "asserted":
                continue
            home = draft.destination or (next(iter(draft.nationalities)) if len(draft.nationalities) == 1 else None)
            if home is None:
                continue
            doc, sent = draft.sent.doc, draft.sent
            for _ in range(2):  # the next two sentences
                if sent.end >= len(doc):
                    break
                sent = sent_of(doc[sent.end])
                day = self._day_of_journey(sent, home, ctx)
                if day is not None:
                    draft.date, draft.date_strong = day, True
                    break

    def _day_of_journey(self, sent: Span, home: str, ctx: DocContext) -> DateValue | None:
        """The day of a passive "flown / sent / taken … to <a place in `home`>" of people told before."""
        for verb in span_tokens(sent):
            if verb.lemma_.lower() not in JOURNEY_VERBS or not _is_passive(verb):
                continue
            subject = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
            if subject is None and verb.dep_ == "conj":
                subject = next((c for c in kids(verb.head) if c.dep_ == "nsubjpass"), None)
            if subject is None or not (subject.pos_ == "PRON" or _definite(subject)):
                continue  # people told before: "he", "the man"
            places = [o for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "to" for o in kids(p) if o.dep_ == "pobj"]
            if not any(self._country_of(o) == home for o in places):
                continue
            days = [v for root, v in _sentence_dates(sent, ctx.reference, ctx.dateline_end)
                    if v.precision == "day" and v.date is not None and hangs_from(root, verb)]
            if days:
                return days[0]
        return None

    def _country_of(self, place: Token) -> str | None:
        """The country a named place is, or is in ("Bishkek", "Kyrgyzstan"); None for other words."""
        name = _compound_text(place)
        code = country_code(name, "en")
        if code is not None or place.ent_type_ not in ("GPE", "LOC", "FAC"):
            return code
        resolved = self.gazetteer.resolve(name).place
        return resolved.country if resolved is not None else None

    def _headline_drafts(self, sent: Span, ctx: DocContext) -> list[Draft]:
        found: list[Draft] = []
        for tok in span_tokens(sent):
            for etype in self._trigger_types(tok):
                draft = self._read_event(etype, tok, sent, ctx, found)
                if draft is not None:
                    found.append(draft)
                    break
        return _dedupe_clause(found)

    # -- triggers ----------------------------------------------------------------------------

    def _trigger_types(self, tok: Token) -> list[str]:
        """The lexicon's types for a token; where it has none, the learned scorer's candidate
        (checked by the same stages as any trigger)."""
        if tok.pos_ not in TRIGGER_POS and not tok.tag_.startswith("VB"):
            return []  # most tokens: neither in the lexicon nor ever scored by the model
        types = self._lexicon_types(tok)
        if self.triggers is None:
            return types
        if not types:
            if not self.triggers.may_propose(tok):
                return []  # most tokens: not a verb or noun, or a lemma the model never proposes
            if any(c.dep_ == "prt" for c in kids(tok)):
                return []  # "set up accounts": a particle verb the lexicon does not list is another verb
            if tok.lemma_.lower() in THROW_VERBS:
                return []  # a throw is an attack only with a weapon thrown (`_throws_a_weapon`), not stun grenades
            candidate = self.triggers.candidate(tok)
            if candidate == "CHARGE" and _describes_people(tok) and self._lexicon_types(_governor(tok.head)):
                return []  # "expelled two Russians who were accused of recruiting": what they are said to have done
            if candidate == "CHARGE" and _accused_by_no_authority(tok):
                return []  # "the coach accused the referee of killing the game": an accusation, no charge
            return [candidate] if candidate is not None else []
        if self.triggers.veto > 0 and tok.pos_ in ("VERB", "NOUN", "PROPN"):
            # a sense the model has learned is no act of ours ("caught the ball")
            probs = self.triggers.probabilities(tok)
            types = [t for t in types if probs.get(t, 1.0) >= self.triggers.veto]
        return types

    def _lexicon_types(self, tok: Token) -> list[str]:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            prts = [c.lower_ for c in kids(tok) if c.dep_ == "prt"]
            if lemma == "set" and "off" in prts and not _sets_off_a_device(tok):
                return []  # "set off from Manchester airport with their mother": they left, no bomb
            if prts and lemma in self.ontology.people_verbs:
                # "held up on the way", "caught up in": the particle makes another verb
                return next((t for t in (self.ontology.phrasal_types(lemma, p) for p in prts) if t), [])
            particles = [  # after the verb: "On Tuesday they were flown home" is no "fly on"
                c.text.lower() for c in kids(tok) if c.dep_ in ("prt", "prep", "advmod", "npadvmod") and c.i > tok.i
            ] + [c.lower_ for c in kids(tok) if c.dep_ == "dobj" and c.i == tok.i + 1]  # "opened fire": a noun as particle
            shifted = _shifted_particle(tok)
            if shifted is not None:
                particles.append(shifted)
            if _gave_oneself_up(tok, particles):
                return ["ARREST"]  # "handed herself over to Turkish soldiers", "turned themselves into the police"
            for particle in particles:
                types = self.ontology.phrasal_types(lemma, particle)
                if types and particle == "through" and not _blast_subject(tok):
                    continue  # "the storm tore through the town", "he tore through the defence"
                if types and lemma == "set" and particle in ("on", "to") and not _sets_fire(tok):
                    continue  # "set up a post … on Thursday": "set on" and "set to" burn only with fire
                if types and particle == "into" and not any(
                    o.lemma_.lower() in ("custody", "detention") for c in kids(tok) if c.lower_ == "into" for o in kids(c)
                ):
                    continue  # "took the four across the border into Syria": a trip, not custody
                if types:
                    return types
            types = self.ontology.verb_types(lemma)
            if not types and (_is_passive(tok) or _headline_passive_subject(tok) is not None) and not any(
                c.lower_ == "from" for c in kids(tok)
            ):
                types = self.ontology.passive_types(lemma)  # "were held"; not "stopped from leaving"
            if not types and lemma == "find" and any(c.lower_ == "guilty" for c in kids(tok)):
                types = ["CHARGE"]  # "was found guilty of …": a conviction
            if not types and lemma == "transfer" and _to_a_state(tok):
                types = ["DEPORT"]  # "was transferred to Egypt"; not "to hospital", "to Kabul"
            if not types:
                types = frame_types(tok)  # "put on a flight home", "lobbed a grenade at" (en_frames.py)
            if not types and self._flown_from_the_war(tok) is not None:
                types = ["DEPORT"]  # "a military aircraft flying from Baghdad brought 23 women and children to Kazan"
            return types
        if tok.pos_ in ("NOUN", "PROPN"):
            if lemma == "charge" and _charges_brought(tok):
                return ["CHARGE"]
            if lemma == "transfer" and _to_a_state(tok):
                return ["DEPORT"]  # "his transfer to the United States"; not "to hospital"
            if lemma == "strike" and any(c.dep_ in ("compound", "amod") and c.lower_ in STRIKE_KINDS for c in kids(tok)):
                return ["ATTACK"]  # "air strikes", "drone strike" (not a workers' strike)
            if lemma in ("toll", "number") and risen_toll(tok) is not None and not _names_its_attack(tok):
                return ["ATTACK"]  # "the death toll had risen to 31": the toll of the attack told before
            compound = tok.doc[tok.i - 1] if tok.i > 0 and tok.doc[tok.i - 1].dep_ == "compound" else None
            if compound is not None and (types := self.ontology.noun_types(f"{compound.lemma_.lower()} {lemma}")):
                return types  # "entry bans": a trigger of two words
            return self.ontology.noun_types(lemma)
        return []

    def _read_event(
        self, etype: str, trig: Token, sent: Span, ctx: DocContext, previous: list[Draft]
    ) -> Draft | None:
        is_noun = trig.pos_ in ("NOUN", "PROPN") and not _noun_with_a_verb_s_arguments(trig)
        tally = _counted_tally(trig)
        if tally is not None:
            return self._tally(etype, trig, sent, ctx, tally)
        if is_noun:
            learned_attack = etype == "ATTACK" and self.triggers is not None and not self._lexicon_types(trig)
            if not _eventive_noun(trig, attack=learned_attack):
                return None
        elif not _finite_or_planned(trig) and not (
            believed_done(trig) and (etype != "ATTACK" or not _is_passive(trig))  # "is said to have dropped bombs"
        ) and not (
            etype == "TAKEDOWN" and _ordered_of_a_host(trig)
        ) and not (etype != "TRAVEL" and act_it_followed(trig)):
            return None  # a believed attack ("believed to have been killed") is a death told, not an act
        if _in_question(trig):
            return None  # "how many people were stopped last week"
        if etype == "ENTRY_BAN" and describes_a_ban_list(trig):
            return None  # "added to the database of people refused entry": the adding is the act
        if etype == "ARREST" and (act := _since_when_act(trig)) is not None and "ARREST" in self._trigger_types(act):
            return None  # "held since January, when police picked her up": the picking up is the act
        if not is_noun and any(
            c.dep_ == "prep" and c.lower_ in ("in", "during") and any(_a_kind(o) for o in kids(c)) for c in kids(trig)
        ) and not period_told(_clause_tokens(trig)):
            # "civilians have been killed in such attacks": the toll of a kind of act; counted over a
            # period ("… since January") it is a statistic, kept to be filed as one
            return None
        if etype in ("ARREST", "DEPORT", "CHARGE", "ENTRY_BAN") and _described_by_what_was_done(trig):
            return None  # "students who had been held with him were let go": who they are, not news
        if etype == "ATTACK" and not is_noun and self._damage_of_nothing_told(trig, sent, previous):
            return None  # "Nobody was hurt, but the building was destroyed" after a warehouse blaze
        if not english_act(etype, trig, sent):
            return None  # sport, metaphor, disease, accident, agreement, fiction (extract/sense.py)
        if etype == "ATTACK" and not is_noun and (crowd_control(trig) or dismissal(trig)):
            return None  # "police fired tear gas to disperse protesters", "the company fired 200 workers"
        draft = Draft(type=etype, trigger=trig, sent=sent)
        departed: Token | None = None
        draft.modality = _modality(trig)
        if etype == "TAKEDOWN" and _ordered_of_a_host(trig):
            draft.modality = "asserted"  # "instructed access providers to cut off nine sites": the state's takedown is the order
        if _negated(trig) and (draft.modality == "asserted" or draft.modality == "planned" and told_ahead(trig)):
            draft.modality = "denied"  # "she was not arrested"; "she will not be charged": no act to come either
        if etype == "CHARGE" and not is_noun and _rushed(trig):
            return None  # "fans charged onto the pitch": they ran, no one was charged
        patient = _patient(trig, is_noun)
        if etype == "ARREST" and not is_noun and (served := warrant_served(trig)) is not None:
            patient = served  # "executed an arrest warrant against a former army officer": he is the one held
        sentenced = sentenced_person(trig) if etype == "CHARGE" and not is_noun else None
        if sentenced is not None:
            patient = sentenced  # "the court gave him two years", "two men received sentences": the ones sentenced
        elif not is_noun and self._affects_subject(trig):
            patient = _subject(trig)  # "a militant surrendered to police": he is the one held
        elif patient is None and not is_noun and etype in ("ARREST", "DEPORT", "CHARGE") and _held_subject(trig):
            patient = _subject(trig)  # "Two Kazakh women arrested in Istanbul … had travelled": a relative misread
        elif patient is None and not is_noun and trig.dep_ == "compound" and _noun_with_a_verb_s_arguments(trig):
            patient = trig.head  # "Police arrest suspects in …": the object the parser made the verb a compound of
        elif patient is None and not is_noun and trig.dep_ == "pcomp" and trig.head.lower_ in NEGATING_HEADS:
            main = trig.head.head  # "the suspect was released … without being charged": the one not charged
            patient = _subject(main) or next((c for c in kids(main) if c.dep_ == "nsubjpass"), None)
        nobody = None if is_noun else _unnamed_no_one(trig)  # "no one was arrested": an act denied, counting none
        if etype == "ARREST" and _held_captive(trig, patient):
            return None  # "gunmen held 12 hostages", "was held hostage": a kidnapping's captives, no arrest
        if etype == "DEPORT" and (patient is None or _carrier(patient)) and not is_noun:
            # a flight is never the one removed: "… landed in Dushanbe, …, the third such flight this year"
            shared = next((c for c in kids(trig.head) if c.dep_ == "nsubjpass"), None) if trig.dep_ == "conj" else None
            # "They were held for two days and then put on a flight to Moscow": the people held are put on it;
            # else "landed in Dushanbe on Monday with 61 Tajik children aboard"
            patient = shared or self._flown_from_the_war(trig)
        if etype == "ATTACK" and trig.dep_ == "relcl" and any(c.lower_ == "later" for c in kids(trig)) and not any(
            t.ent_type_ == "DATE" for t in _clause_tokens(trig)
        ):
            return None  # "her husband, a fighter who was later killed in Raqqa": a person's story, no act told
        if etype == "ATTACK" and not is_noun and patient is not None and patient.lower_ == "it" and not any(
            c.dep_ == "prt" for c in kids(trig)
        ) and trig.lemma_.lower() in WOUNDING_VERBS:
            return None  # "it had been shot in a hurry" (a film), "the band killed it": no one is hurt as "it"
        if etype == "ATTACK" and trig.lemma_.lower() in DISRUPTING_VERBS and patient is not None and _disarmed(patient):
            return None  # "the weapons were destroyed", "defused a bomb": arms disrupted, nobody attacked
        if etype != "ATTACK" and _ongoing_practice(trig, patient):
            return None  # "Indonesia is also turning people away": a practice, not one act
        if etype == "TAKEDOWN":
            if patient is None and not is_noun:  # "moved against jihadist channels"
                patient = next((o for p in kids(trig) if p.dep_ == "prep" and p.lower_ == "against"
                                for o in kids(p) if o.dep_ == "pobj"), None)
            if patient is None or not self._is_takedown_object(patient):
                return None
        elif etype == "TRAVEL":
            if not self._travel_ok(trig, sent, patient):
                _crossing_of_earlier_trip(trig, previous)
                self._leg_of_earlier_trip(trig, sent, ctx, previous)
                return None
            if patient is not None and (patient.ent_type_ in ("GPE", "LOC", "FAC") or not _is_person_np(patient)):
                departed, patient = patient, None  # "left Britain for Syria": the place left, not people
        elif etype == "ATTACK":
            self._attack_fields(draft, trig, sent)
        elif etype == "ENTRY_BAN":
            if not _entry_ban_ok(trig):
                return None
        elif etype == "DEPORT" and _handed_to_own_body(trig):
            return None  # "handed over to the police", "turned over to a child-care board": custody, no removal
        elif etype == "DEPORT" and trig.lemma_.lower() == "remove" and any(
            p.dep_ == "prep" and p.lower_ == "from"
            and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() not in ("country", "territory") for o in kids(p))
            for p in kids(trig)
        ):
            return None  # "removed 30 protesters from the square", "removed from office": no state's removal
        elif etype == "DEPORT" and trig.lemma_.lower() == "remove" and not is_noun and not any(
            p.dep_ == "prep" and p.lower_ in ("to", "from") for p in kids(trig)
        ):
            return None  # "police removed them after two hours": taken away, from no country to none
        elif patient is not None and _a_settlement_s_name(patient):
            return None  # "the port and trading hub of Beira, seized by rebels": a town, whatever NER typed it
        elif patient is not None and patient is not sentenced and patient is not nobody and not _is_person_np(patient) and patient.lower_ not in ANAPHORS and not is_rest(patient) and not (
            _named_person(patient) and not patient.ent_type_
            and (patient.dep_ == "nsubj" and patient.head.pos_ == "VERB" or patient.dep_ in ("dobj", "nsubjpass", "dative"))
        ) and not self._name_held(trig, patient) and not self._members_held(trig, patient):  # an unknown name that acted before it was held ("Amal
            # crossed … and was detained"), or that an arrest, removal or charge is done to ("police arrested
            # Karim Bensaid"), is a person
            return None  # "seized weapons", "removed content": not people
        elif patient is None and etype in ("ARREST", "DEPORT", "CHARGE") and not is_noun:
            return None
        if not (etype == "ATTACK" and is_noun):
            self._agent(draft, trig, ctx, previous)
        else:
            _state_strike_agent(draft, trig)
        if etype == "ARREST" and _held_by_armed_men(draft, trig):
            return None  # "27 women held by Boko Haram", "a soldier held by gunmen": captives, no arrest
        if etype == "ATTACK":
            pass  # victims are counted as killed / wounded, not as targets
        elif patient is None and etype == "ARREST" and is_noun and (made := counted_arrests(trig)) is not None:
            draft.targets, draft.total = [Target(count=made.value, text=_np_text(trig))], made.value
        elif patient is not None and patient is not nobody:
            self._targets(draft, patient, ctx, previous)
            if (patient is sentenced and patient.tag_ == "NNP" or self._name_held(trig, patient)) and len(
                draft.targets) == 1 and draft.targets[0].count is None:
                draft.targets[0].count = draft.total = 1  # "handed Karim a 78-month sentence": one person, whatever NER took the name for
        elif etype == "TRAVEL":
            subj = _subject(trig)
            if subj is not None:
                self._targets(draft, subj, ctx, previous)
        specific = any(t.count is not None or t.nationality for t in draft.targets) or draft.anaphoric
        if draft.modality == "planned" and _people_of_a_condition(trig, patient):
            return None  # "those found to have taken part … will face charges": a policy, no one yet
        if draft.modality == "planned" and not specific and etype in ("TAKEDOWN", "ARREST", "DEPORT", "ENTRY_BAN"):
            return None  # a policy ("it would remove bots and channels", "will deny entry to foreigners who …")
        act_date(draft, trig, sent, ctx)
        _same_day_as_before(draft, trig, previous)
        if continued_practice(trig):
            draft.period = True  # a practice, which GOLD-FORMAT files as a statistic
        self._location(draft, trig, sent, ctx)
        if etype == "ENTRY_BAN" and (draft.location is None or draft.location.country is None) and (home := banned_from(trig)):
            draft.location = Location(country=home)  # "barred from Kazakhstan": the country that bars
        if departed is not None and (draft.location is None or draft.location.text is None):
            self._departure(draft, departed, ctx)
        _own_nationals(draft)  # before the agent is completed: only a country the text gives counts
        _complete_agent(draft)
        self._destination_affiliation(draft, trig, sent)
        if etype == "DEPORT":
            _deported_from(draft, ctx, previous)
            _home_nationals(draft, trig)
            self._flown_home_place(draft, trig, ctx)
        self._attribution(draft, trig, sent)
        draft.aggregate_cue = _aggregate_cue(trig, sent)
        draft.tokens = {t.i for t in _clause_tokens(trig)}
        return draft

    # -- arguments ---------------------------------------------------------------------------


    def _travel_ok(self, trig: Token, sent: Span, patient: Token | None) -> bool:
        """A reported trip to a war zone or into an armed group — not background ("men who
        fought in Syria"), not a denial ("he never went"), not a guess ("may have gone")."""
        believed = believed_done(trig)  # "are thought to be heading for Syria": rumored
        dated = trig.dep_ == "relcl" and any(t.ent_type_ == "DATE" for t in _clause_tokens(trig))
        sent_off = sent_to_join(trig)  # "had sent 20 Tajiks to join the group": they went
        if trig.dep_ in ("relcl", "acl", "advcl", "pcomp", "xcomp", "amod") and not (
            claimed_clause(trig) or believed or dated or misread_main_verb(trig) or sent_off
        ) or _negated(trig):
            return False  # background ("men who fought in Syria"), unless reported ("reports that he had left")
        if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "would", "should") for c in kids(trig)):
            return False
        subj = _subject(trig)
        if subj is None and "TRAVEL" in self.ontology.passive_types(trig.lemma_.lower()) and _is_passive(trig):
            subj = patient  # "the sisters were smuggled into Syria": those taken across travel
        if subj is not None and subj.lower_ in ("who", "that") and believed:
            # "two brothers who are believed to have travelled to Syria": the ones the clause tells of
            clause = next((a for a in ancestors(trig) if a.dep_ == "relcl"), None)
            subj = clause.head if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") else subj
        if subj is None or subj.lower_ in ("who", "that", "which"):
            return False
        if subj.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in kids(subj)) and _quantity_of(subj) is None and (
            not _said_of_people_told(subj)
        ):
            return False  # a generic plural: "young men left for Syria"; not "Three Tajik women", a count tagged a name
        if trig.lemma_.lower() == "join":
            return patient is not None and bool(find_groups(_np_text(patient), "en")) and (trig.tag_ in ("VBD", "VBN") or sent_off)
        if trig.tag_ not in ("VBD", "VBN") and not believed and not helped_to_act(trig):
            return False
        if _to_join_a_group(trig):
            return True  # "left Kyrgyzstan … to join Islamic State": the purpose makes the trip
        places = [o for p in kids(trig) if p.dep_ == "prep" and p.lower_ in ("to", "into", "for")
                  for o in kids(p) if o.dep_ == "pobj"]
        places += [o for o in kids(trig) if o.dep_ == "dobj" and trig.lemma_.lower() in ("reach", "enter")]
        places += _onward_places(trig)
        places += _purpose_places(trig)
        return any(self._in_conflict_zone(place) for place in places)

    def _placed_by_its_verb(self, origin: Token) -> bool:
        """'bring them back from the al-Roj camp in north-eastern Syria', parsed with "in … Syria" on
        the verb: a common noun left is placed by the verb's "in" phrase."""
        if origin.pos_ != "NOUN":
            return False
        verb = next((a for a in ancestors(origin) if a.pos_ == "VERB"), None)
        return verb is not None and any(self._in_conflict_zone(o) for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "in"
                                        for o in kids(p) if o.dep_ == "pobj")

    def _flown_from_the_war(self, verb: Token) -> Token | None:
        """People a state flies home from a war: 'a government plane from Baghdad landed in Bishkek
        with 64 Kyrgyz citizens', 'a military aircraft flying from Baghdad brought 23 women and children
        to Kazan', 'thirty-one citizens were taken out of Iraq'. The people, or None. A flight from
        elsewhere, or with passengers, pilgrims or tourists, is travel, not a removal."""
        lemma = verb.lemma_.lower()
        if lemma not in FLOWN_VERBS:
            return None
        carrier = next((c for c in kids(verb) if c.dep_ == "nsubj" and _carrier(c)), None)
        if lemma == "take":  # "were taken out of Syria"
            out = [o for p in kids(verb) if p.lower_ == "out" for q in kids(p) if q.lower_ == "of"
                   for o in kids(q) if o.dep_ == "pobj"]
            people = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
            from_war = bool(out) and self._in_conflict_zone(out[0])
        elif carrier is None and _is_passive(verb) and _brought_home(verb):
            # "was flown back to the Netherlands from a camp in northeast Syria": the people flown
            people = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
            origins = [o for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "from" for o in kids(p) if o.dep_ == "pobj"]
            from_war = any(self._in_conflict_zone(o) or self._placed_by_its_verb(o) for o in origins)
        elif carrier is not None:
            if lemma in ("land", "arrive"):
                people = next((o for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "with"
                               for o in kids(p) if o.dep_ == "pobj"), None)
                if people is None:  # "a government plane carrying 84 women and children … landed"
                    people = next((o for a in kids(carrier) if a.dep_ == "acl" and a.lemma_.lower() in ("carry", "bring")
                                   for o in kids(a) if o.dep_ == "dobj"), None)
            else:
                people = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
            # where the flight or the people come from: "a plane from Baghdad", "156 citizens from a camp in Syria"
            flying = [c for c in kids(carrier) if c.dep_ == "acl"]  # "a military aircraft flying from Baghdad"
            # "… landed in Aktau after an operation to return them from the al-Hol camp": the return's origin
            returning = [t for t in verb.subtree if t.lemma_.lower() in RETURNING_VERBS and t.pos_ == "VERB" and t.i != verb.i]
            returning += [c for t in returning for c in kids(t) if c.dep_ in ("prt", "advmod")]  # "bring them back from"
            origins = [o for h in (verb, carrier, people, *flying, *returning) if h is not None for p in kids(h)
                       if p.dep_ == "prep" and p.lower_ == "from" for o in kids(p) if o.dep_ == "pobj"]
            # "a plane carrying 41 citizens, women and children held in Iraqi camps, landed": where they were held
            origins += [o for t in verb.subtree if t.dep_ == "acl" and t.lemma_.lower() in KEPT_VERBS
                        for p in kids(t) if p.dep_ == "prep" and p.lower_ == "in" for o in kids(p) if o.dep_ == "pobj"]
            from_war = any(self._in_conflict_zone(o) or self._placed_by_its_verb(o) for o in origins)
            if not origins and people is not None and _definite(people):
                # "has repatriated 79 children … from Iraq … A special flight carrying the children
                # landed in Bishkek late on Tuesday": the people told before, brought from the war
                from_war = self._brought_from_the_war_before(verb)
        else:
            return None
        if not from_war or people is None or not _is_person_np(people):
            return None
        if any(m.lemma_.lower() in LEISURE_TRAVELLERS for m in _members(people)):
            return None
        return people

    def _brought_from_the_war_before(self, verb: Token) -> bool:
        """Whether one of the two sentences before tells people brought home from a war ("has
        repatriated 79 children … from Iraq")."""
        here = sent_of(verb)
        before = [s for s in sentences(verb.doc) if s.end <= here.start][-2:]
        return any(
            tok.lemma_.lower() in BRINGING_HOME_VERBS and any(
                o.dep_ == "pobj" and self._in_conflict_zone(o)
                for p in subtree(tok) if p.dep_ == "prep" and p.lower_ == "from" for o in kids(p))
            for s in before for tok in span_tokens(s)
        )  # "repatriated 79 children of its citizens from Iraq": the from-phrase may hang on the people

    def _flown_home_place(self, draft: Draft, trig: Token, ctx: DocContext) -> None:
        """A flight home from a war is the home state's act, where it lands ("landed in Dushanbe",
        "brought … to Moscow"); citizens of no named state on it are that state's."""
        if self._flown_from_the_war(trig) is None:
            return
        preps = ("in", "at") if trig.lemma_.lower() in ("land", "arrive") else ("to",)
        heads = [trig, *(c for c in kids(trig) if c.lower_ in ("back", "home") and c.dep_ in ("advmod", "prt"))]
        home = next((o for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ in preps  # "flown back to X"
                     for o in kids(p) if o.dep_ == "pobj" and (o.pos_ == "PROPN" or _named_facility(o))), None)
        place = self._resolved(_np_text(home), ctx) if home is not None else None
        if place is None:
            return
        draft.location = place
        for target in draft.targets:
            if target.nationality is None and {"citizens", "nationals"} & set((target.text or "").lower().split()):
                target.nationality = place.country

    def _in_conflict_zone(self, place: Token) -> bool:
        """'Syria', 'Raqqa', 'the Syrian border': a place in a country at war; 'the war zone', 'the
        battlefield', 'the caliphate': the war itself."""
        lemma = place.lemma_.lower()
        if place.tag_ == "NN" and (  # "the war zone"; "gone to war zones" is any war, a tally's words
            lemma in WAR_ITSELF or lemma == "zone" and any(c.lemma_.lower() in ("war", "conflict", "combat") for c in kids(place))
        ):
            return True
        if lemma in HELD_GROUND and _held_by_armed_group(place):
            return True  # "reached Islamic State territory", "jihadist-held territory": a group's war
        inside = [o for p in kids(place) if p.dep_ == "prep" and p.lower_ == "in" for o in kids(p) if o.dep_ == "pobj"]
        if place.pos_ == "NOUN" and inside and self._in_conflict_zone(inside[0]):
            return True  # "territory in Syria", "a camp in northern Iraq"
        name = _compound_text(place)
        code = country_code(name, "en")
        if code is None and (place.ent_type_ in ("GPE", "LOC") or place.pos_ == "PROPN"):
            found = self.gazetteer.resolve(name).place  # NER misses some towns ("from Erbil"): the gazetteer decides
            code = found.country if found is not None and (place.ent_type_ in ("GPE", "LOC") or found.name.lower() == name.lower()) else None
        if code is None:
            nat = next((nationality_of(c.text, "en") for c in kids(place) if c.dep_ == "amod"), None)
            # "the Syrian border", "Iraqi prisons", "Syrian camps": a place of that state
            code = nat.country if nat is not None and place.lemma_.lower() in STATE_PLACE_NOUNS else None
        return code in CONFLICT_ZONES

    def _attack_fields(self, draft: Draft, trig: Token, sent: Span) -> None:
        # "stabbed two people to death", "gunmen shot dead a village chief", "two were shot dead"
        if _to_death(trig) or _gunned_down(trig) or _burnt_alive(trig) or died_after(trig) or any(c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "advmod", "xcomp", "ccomp", "prep") for c in kids(trig)):
            victim = next((c for c in kids(trig) if c.dep_ in ("dobj", "nsubjpass")), None)
            if victim is None:  # "shot dead a policeman": the parser makes "dead" a preposition of the victim
                victim = next((o for c in kids(trig) if c.lower_ == "dead" and c.dep_ == "prep" for o in kids(c) if o.dep_ == "pobj"), None)
            quantity = _quantity_of(victim) if victim is not None else None
            listed = _listed_count(victim) if victim is not None else None
            if listed is not None:
                draft.killed = listed  # "shot dead a soldier and his brother": 2
            elif quantity is not None and quantity.value is not None:
                draft.killed = quantity.value
            elif victim is not None and _one_person(victim):
                draft.killed = 1  # "the trader was shot dead", "gunmen shot him dead"
        for tok in span_tokens(sent):
            lemma = tok.lemma_.lower()
            risen = risen_toll(tok)  # "the death toll rose to 290": the latest figure
            if risen is not None:
                kind, figure = risen
                draft.toll_risen = True
                if kind == "killed":
                    draft.killed = figure
                else:
                    draft.wounded = figure
            if lemma in KILLING_WORDS or tok.lower_ in ("killing", "killed", "dead"):
                n = _count_near(tok)
                if n is not None and draft.killed is None:
                    draft.killed = n
            if lemma in ("wound", "injure", "hurt") or tok.lower_ in ("injuring", "wounding", "injured", "wounded"):
                n = _count_near(tok)
                if n is None and tok.dep_ == "conj" and tok.head.lemma_.lower() in ("shoot", "stab", "hit") and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in kids(tok)
                ):
                    n = _count_near(tok.head)  # "were shot and wounded", "troops shot and injured two rebels": one patient
                if n is not None and draft.wounded is None:
                    draft.wounded = n
            if lemma in WEAPON_NOUNS or lemma in ("axe", "knife", "gun", "rifle", "car", "truck"):
                draft.weapon = draft.weapon or lemma

    def _damage_of_nothing_told(self, trig: Token, sent: Span, previous: list[Draft]) -> bool:
        """'the building was destroyed', 'several cars were damaged': harm to things is an attack only
        as the work of one (an agent, a weapon or an attack told in the sentence, or an attack told
        before); alone it is what a fire, a storm or a crash left."""
        if "ATTACK" not in self.ontology.passive_types(trig.lemma_.lower()) or any(d.type == "ATTACK" for d in previous):
            return False
        if not _is_passive(trig) or any(c.dep_ == "agent" for c in kids(trig)):
            return False  # "jets destroyed weapon depots", "destroyed by a car bomb", "damaged by militants"
        return not any(
            t.i != trig.i and (t.lemma_.lower() in WEAPON_NOUNS or "ATTACK" in self._lexicon_types(t)) for t in span_tokens(sent)
        )

    def _affects_subject(self, trig: Token) -> bool:
        if sentenced_person(trig) is not None:
            return trig.lemma_.lower() in SENTENCE_TAKING  # "received sentences"; "the court gave him" acts on him
        return _reflexive_object(trig) or self.ontology.affects_subject(trig.lemma_.lower())

    def _agent(self, draft: Draft, trig: Token, ctx: DocContext, previous: list[Draft]) -> None:
        subj = _agent_np(trig)
        if draft.type == "ATTACK" and came_under_attack(trig):
            # "the jeep came under fire from unknown gunmen": the subject was attacked; "from" tells by whom
            subj = next((o for h in (trig, *kids(trig)) for p in kids(h) if p.dep_ == "prep" and p.lower_ in ("from", "by")
                         for o in kids(p) if o.dep_ == "pobj"), None)
        if trig.pos_ == "VERB" and _held_subject(trig):  # "a family …, also sent home by Ankara": Ankara acted
            subj = next((o for c in kids(trig) if c.dep_ == "prep" and c.lower_ == "by" for o in kids(c)
                         if o.dep_ == "pobj"), None)
        if trig.pos_ in ("VERB", "AUX") and self._affects_subject(trig):
            # "surrendered to police", "turned himself in to the authorities": the to-phrase holds them
            holders = [trig, *(c for c in kids(trig) if c.lower_ in SURRENDER_PARTICLES)]  # "handed herself over to …"
            subj = next((o for h in holders for p in kids(h) if p.dep_ == "prep" and p.lower_ in ("to", "into")
                         for o in kids(p) if o.dep_ == "pobj"), None)
        if subj is not None and subj.lemma_.lower() in PHASE_NOUNS:
            subj = None  # "a second round brought back 45 children": a part of an undertaking told before, whose agent acts
        if subj is None and _is_passive(trig):
            subj = _occasion_of_a_state(trig)  # "Uzbekistan's operation began on 2 March, when 90 citizens were taken out"
        if subj is None and _is_passive(trig) or subj is not None and subj.pos_ == "PRON":
            # "X said they arrested…", "officials said suspects were detained…"
            doer_told = subj is not None  # "police said they had arrested": the teller is the doer
            subj = _speech_subject(trig)
            if subj is not None and (subj.pos_ == "PRON" or _is_media(subj)):
                subj = None  # "a news portal reported that X was convicted": the portal convicted no one
            if subj is not None and subj.head.lemma_.lower() in ("deny", "reject", "dismiss", "refute"):
                subj = None  # "officials denied that anyone was detained": they name no arrester
            draft.agent_told_it = subj is not None and not doer_told
        if subj is not None and draft.type == "ATTACK" and subj.lemma_.lower() in WEAPON_NOUNS:
            draft.weapon = draft.weapon or subj.lemma_.lower()
            return  # "a bomb exploded": the weapon went off; who set it is not said
        if subj is not None:
            text = _np_text(subj)
            home = ctx.dateline.country if ctx.dateline is not None else None
            actor = actor_of(text, "en", context_country=home)
            if actor is not None and actor.name is None and _definite(subj):
                earlier = _earlier_actor(subj)  # "Azerbaijan's National Security Ministry … the ministry"
                if earlier is not None:
                    country = earlier.country or actor.country
                    actor = replace(actor, name=earlier.name, country=country, sector=earlier.sector)
            if actor is not None and actor.country is None and home is not None:
                actor = replace(actor, country=home)  # "the ministry" of a Baku dispatch
            if actor is None and subj.ent_type_ == "GPE":
                place = self.gazetteer.resolve(text).place
                if place is not None and _is_capital(place):
                    actor = Actor(None, place.country, "GOV")  # "Ankara deported …", "sent home by Ankara": the state
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


    def _leg_of_earlier_trip(self, trig: Token, sent: Span, ctx: DocContext, previous: list[Draft]) -> None:
        """ "Three teenagers are believed to have travelled to Syria … The three flew from Sarajevo to
        Istanbul on 2 May": a dated leg, to a country on the way, of the people of a trip just told
        with no day dates that trip by its start, and places it where the leg went."""
        trip = _trip_of_the_same_people(trig, previous)
        if trip is None:
            return
        day = next((v for r, v in _sentence_dates(sent, ctx.reference, ctx.dateline_end) if v.date is not None
                    and hangs_from(r, trig)), None)
        if day is None or trip.date is not None and not _a_day_within(day, trip.date):
            return  # a trip told with its own day keeps it; "last week" gives way to its "14 October"
        undated, trip.date = trip.date is None, day
        if not undated:
            return  # a trip told with its period was placed by its own sentence
        leg_end = next((o for p in kids(trig) if p.dep_ == "prep" and p.lower_ == "to" for o in kids(p) if o.dep_ == "pobj"), None)
        found = self._resolved(_place_phrase(leg_end.doc[leg_end.i : leg_end.i + 1]), ctx) if leg_end is not None else None
        if found is not None and found.country and found.country != trip.destination:
            trip.location = found


    def _tally(self, etype: str, trig: Token, sent: Span, ctx: DocContext, figure: int) -> Draft:
        """'1,154 deportations', '19,500 people banned from travelling': a count of acts or of
        people, told without an act of its own — a statistic, kept as an aggregate."""
        draft = Draft(type=etype, trigger=trig, sent=sent)
        draft.total = figure
        draft.period = True  # never an event: assemble keeps it as an aggregate
        people = trig.head if trig.dep_ == "acl" else trig
        nat = self._nationality(people)
        draft.targets = [Target(count=figure, nationality=nat[0] if nat else None, text=_np_text(people))]
        draft.reported = ctx.reference
        self._location(draft, trig, sent, ctx)
        draft.tokens = {t.i for t in subtree(people)} if people is not trig else {t.i for t in subtree(trig)}
        return draft

    def _departure(self, draft: Draft, place: Token, ctx: DocContext) -> None:
        """Where a trip started is where it is placed: "left Britain for Syria"."""
        found = self._resolved(_np_text(place), ctx)
        if found is not None:
            draft.location = found


    def _destination_affiliation(self, draft: Draft, trig: Token, sent: Span) -> None:
        for ent in span_ents(sent):
            if draft.type == "DEPORT" and ent.root.head.head not in _removal_heads(trig):
                continue  # where deportees are sent, not where they were heading
            if ent.label_ in LOCATION_LABELS and _place_role(ent) == "destination":
                code = country_code(ent.text, "en")
                if code is None and draft.type == "DEPORT":  # "sent to Brussels": the city's country
                    place = self.gazetteer.resolve(ent.text).place
                    code = place.country if place is not None else None
                if code:
                    draft.destination = code
                    break
        groups = find_groups(span_text(sent), "en")
        if groups:
            draft.affiliation = groups[0][2]

    def _attribution(self, draft: Draft, trig: Token, sent: Span) -> None:
        for tok in span_tokens(sent):
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
                pobjs = [c for c in kids(tok.doc[tok.i + 1]) if c.dep_ == "pobj"]
                if pobjs:
                    draft.attribution = _source_name(pobjs[0])
                    return
            if tok.lower_ in ("citing", "cited") and tok.dep_ in ("advcl", "relcl", "xcomp", "acl"):
                objs = [c for c in kids(tok) if c.dep_ == "dobj"]
                if objs:
                    draft.attribution = _np_text(objs[0])
        if draft.attribution:
            return
        speaker = _speech_subject(trig, any_speech=True)
        if speaker is not None and speaker.pos_ != "PRON":
            draft.attribution = _named_antecedent(speaker) or _np_text(speaker) + _acronym_after(speaker)

    # -- cross-sentence ----------------------------------------------------------------------

    def _followers(self, sent: Span, drafts: list[Draft], ctx: DocContext) -> list[Draft]:
        """Acts told of more people without a verb of their own, each group with its own day:
        "… would follow" ("three Danes and nine Swedes held there would follow") and gapping
        ("an Iraqi was to be flown out that evening, four more Iraqis on Friday")."""
        out: list[Draft] = []
        for tok in span_tokens(sent):
            if tok.lemma_.lower() != "follow" or tok.pos_ != "VERB":
                continue
            prior = next((d for d in reversed(drafts) if _sentence_gap_spans(d.sent, sent) <= 1), None)
            if prior is None or prior.type not in ("ARREST", "DEPORT", "ENTRY_BAN", "CHARGE", "TRAVEL"):
                continue
            planned = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in kids(tok))
            for subj in (c for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass") and _is_person_np(c)):
                out.extend(self._like(prior, subj, "planned" if planned else prior.modality, ctx, drafts + out))
        for prior in [d for d in drafts if d.sent == sent and not d.follower]:
            head = prior.trigger
            while head.dep_ in ("xcomp", "acomp") and head.head.i != head.i:
                head = head.head  # "was due to be sent": the clause is headed by "was"
            for gap in (c for c in kids(head) if c.dep_ == "dep" and c.i > prior.trigger.i and _is_person_np(c)):
                phrase = _gapped_phrase(gap, head)
                dated = any(root.i in phrase for root, _ in _sentence_dates(sent, ctx.reference, 0))
                if dated and _quantity_of(gap) is not None:
                    out.extend(self._like(prior, gap, prior.modality, ctx, drafts + out, phrase))
        return out

    def _like(
        self, prior: Draft, people: Token, modality: str, ctx: DocContext, previous: list[Draft],
        phrase: set[int] | None = None,
    ) -> list[Draft]:
        """The act `prior` done to another group, dated by the group's own phrase only."""
        draft = Draft(type=prior.type, trigger=people, sent=prior.sent if sent_of(people) == prior.sent else sent_of(people))
        draft.modality = modality
        self._targets(draft, people, ctx, previous)
        if not draft.targets:
            return []
        own = phrase or {t.i for t in subtree(people)}
        for root, value in _sentence_dates(draft.sent, ctx.reference, ctx.dateline_end):
            if root.i in own:
                draft.date, draft.date_strong = value, True
                draft.date = _ahead_if_planned(draft, root, ctx.reference)
        draft.reported = ctx.reference
        draft.agent, draft.location = prior.agent, prior.location
        draft.destination = None if prior.type == "DEPORT" else prior.destination
        draft.attribution = prior.attribution
        draft.tokens = own
        draft.follower = True
        return [draft]

    def _follow_up(self, sent: Span, drafts: list[Draft], ctx: DocContext) -> None:
        """A sentence that only adds nationalities to the event before it ("Among them were
        citizens of China and Russia.", "Chinese and Russian citizens were among them.")."""
        if not drafts or drafts[-1].sent == sent:
            return
        last = drafts[-1]
        if last.type not in ("TAKEDOWN", "ATTACK") and _sentence_gap_spans(last.sent, sent) == 1 and _rest_told_after(sent, last):
            return
        if last.type in ("TAKEDOWN", "ATTACK") or last.nationalities and _nationality_stated(last) or _sentence_gap_spans(last.sent, sent) > 2:
            return  # a nationality guessed from the agents ("Spanish police arrested four men") gives way to one told
        lowered = sent.text.lower()
        partitive = any(t.lower_ == "of" and t.head.pos_ == "NUM" and t.head.dep_ == "nsubj" for t in span_tokens(sent))
        if not partitive and not any(cue in lowered for cue in ("among them", "among the", "among those", "of them", "included", "including")):
            return  # "Two of the detainees are Moroccan": a part of those held, told as a subject
        if any(w.lower_ in ("more", "other", "another", "further") and (w.head.dep_ == "nummod" or _is_person_np(w.head))
               and not (w.lower_ == "other" and w.i > 0 and w.doc[w.i - 1].lower_ == "the")  # "the other two": the rest
               for w in span_tokens(sent)):
            return  # "Two more Belgian women …, among them …": other people, not those of the act before
        nats: list[Target] = []
        held = [tok for tok in span_tokens(sent) if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in CITIZENSHIP_NOUNS
                and (n := nationality_of(tok.text, "en")) is not None and n.country]
        for tok in span_tokens(sent):
            if held and tok not in held:
                continue  # "ethnic Uzbeks with Kyrgyz passports": the citizenship stated is the nationality
            if tok.dep_ == "amod" and not _is_person_np(tok.head) and tok not in held:
                continue  # "the Turkish police": who holds them, not who they are
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in (
                "citizen",
                "national",
            ):
                for member in _members(tok):
                    code = country_code(member.text, "en")
                    if code:
                        nats.append(Target(nationality=code, text=member.text))
            elif tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_ == "be" and tok.pos_ == "PROPN":
                code = country_code(tok.text, "en")  # "the rest were from Iraq": an origin stated as such (GOLD-FORMAT)
                if code and code not in {t.nationality for t in nats}:
                    nats.append(Target(nationality=code, text=tok.text))
            elif tok.pos_ in ("PROPN", "NOUN", "ADJ") and (
                tok.dep_ in ("attr", "nsubj", "conj", "appos", "amod", "acomp") or tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among")
                or tok.dep_ == "dobj" and tok.head.lemma_.lower() == "include"  # "They included 90 Syrians and 30 Afghans"
                or tok in held
            ):  # "Among them were foreigners, including Iraqis and Syrians"
                nat = nationality_of(tok.text, "en")
                if nat is not None and nat.country and nat.country not in {t.nationality for t in nats}:
                    nats.append(Target(nationality=nat.country, ethnicity=nat.ethnicity, text=tok.text, count=_counted_as(tok)))
        if nats:
            last.targets = nats
            counted = all(t.count is not None for t in nats)
            if last.total is None and counted:
                last.total = sum(t.count or 0 for t in nats)  # "a group of migrants … Eleven of them were Syrians and four were Iraqis"
            # every part told ("six of them …, the rest …", "among them eight Iraqis and four Syrians" of
            # twelve), not some ("among the suspects were citizens of China …")
            last.parts_told = partitive or counted and sum(t.count or 0 for t in nats) == last.total

    def _countries_of_big_places(self, doc: Doc) -> list[str]:
        """Countries of the cities (100,000 people and more) and provinces a story names without
        naming their country: context that keeps a small namesake abroad from winning."""
        out: list[str] = []
        # names NER missed where a place stands ("in Kisumu (Kisumu)" read as an organisation, "in
        # Rabat" as a person): the candidates every act's place is chosen from; taken only where
        # every big place of the name lies in one country ("Al Bayda" is a Libyan city and a Yemeni
        # province: the story's other words decide)
        missed = {span_text(span) for sent in sentences(doc) for span in place_spans(sent, self.is_place)
                  if span.label_ not in ("GPE", "LOC", "FAC")}
        names = [(ent.text, False) for ent in doc_ents(doc) if ent.label_ == "GPE"] + [(n, True) for n in sorted(missed)]
        for name, ner_missed in names:
            if country_code(name, "en") is not None:
                continue
            resolution = self.gazetteer.resolve(name)
            place = resolution.place
            if place is None or not (place.kind == "admin1" or place.population >= 100_000) or place.country in out:
                continue
            if ner_missed and len({c.country for c in resolution.candidates if c.kind == "admin1" or c.population >= 100_000}) > 1:
                continue
            out.append(place.country)
        return out

    def _context(self, doc: Doc, document: Document) -> DocContext:
        counts: dict[str, int] = {}
        places: set[str] = set()
        for ent in doc_ents(doc):
            if ent.label_ in ("GPE", "LOC", "NORP") and not _birthplace(ent.root):
                code = country_code(span_text(ent), "en")
                if code is not None and ent.label_ != "NORP":
                    places.add(code)
                if code is None and ent.label_ == "NORP":
                    nat = nationality_of(ent.text, "en")
                    code = nat.country if nat else None
                if code:
                    counts[code] = counts.get(code, 0) + 1
        for code in self._countries_of_big_places(doc):
            counts.setdefault(code, 0)  # a story about Ismailia and Cairo is about Egypt, after the countries it names
            places.add(code)
        for _, _, group in find_groups(document.text, "en"):
            if (home := home_country(group)) is not None:
                counts.setdefault(home, 0)  # "Houthi forces … in Al Bayda": Yemen's, after every country named
        ranked = sorted(counts, key=lambda c: -counts[c])
        dateline = None
        dateline_end = 0
        dateline_date = None
        # a text typed in lower case: its dateline as truecased ("ZAMBOANGA CITY - …"), same offsets
        found = first_dateline(cased_doc_text(doc), document.published)
        if found is not None:
            offset, paragraph, name, dateline_date = found
            resolution = self.gazetteer.resolve(name, context=ranked)
            if resolution.place is not None:
                dateline = resolution.place
                ranked = [dateline.country] + [c for c in ranked if c != dateline.country]
            dash = re.search(r"\s[-–—]\s", paragraph)
            dateline_end = offset + (dash.end() if dash and dash.start() < 80 else 0)
        return DocContext(
            document=document, countries=ranked, default_country=None, place_countries=frozenset(places),
            dateline=dateline, dateline_end=dateline_end,
            dateline_date=dateline_date, people_of=lambda: people_in(doc, partial(self._origins_or_home_town, countries=ranked)),
        )


# -- parse-tree helpers ------------------------------------------------------------------------


CHARGE_VERBS = BRINGING_CHARGES | {"drop"}  # "the charges were dropped": charges were brought
PHASE_NOUNS = word_class("english", "PHASE_NOUNS")


def _occasion_of_a_state(trig: Token) -> Token | None:
    """ "Uzbekistan's operation began on 2 March, when 90 citizens were taken out of Iraq",
    "Tajikistan's second airlift came on 3 March, when …": an act told as the moment of a state's own
    undertaking is that state's. The state named as the undertaking's possessor, or None."""
    if trig.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in kids(trig)):
        return None
    day = trig.head
    if day.ent_type_ != "DATE" or day.dep_ != "pobj" or day.head.dep_ != "prep":
        return None
    verb = day.head.head
    subject = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    owner = next((c for c in kids(subject) if c.dep_ == "poss"), None) if subject is not None else None
    return owner if owner is not None and country_code(owner.text, "en") is not None else None


# verbs that, done to arms, take them out of use (CASE 2021's "disrupted weapons use", unrelated to attacks)
DISRUPTING_VERBS = word_class("english", "DISRUPTING_VERBS")
ARMS_WORDS = WEAPON_WORDS | {"weapon", "ammunition", "arms", "munition", "ordnance", "cache", "stockpile", "drug"}


def _sets_off_a_device(tok: Token) -> bool:
    """'set off a car bomb', 'a bomb was set off', 'the device set off by …': something is set off."""
    if any(c.dep_ in ("dobj", "auxpass", "nsubjpass", "agent") for c in kids(tok)):
        return True
    return tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in ARMS_WORDS


def _disarmed(patient: Token) -> bool:
    """The patient is arms ("the weapons and explosives", "a roadside bomb", "an arms cache")."""
    heads = [patient, *patient.conjuncts]
    heads += [o for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj"]
    return any(m.lemma_.lower() in ARMS_WORDS or m.lower_ in ARMS_WORDS for m in heads)  # "the rest of the weapons"


def _charges_brought(tok: Token) -> bool:
    """'charges' as an act ("filed charges against", "released without charge", "no charges were
    brought"), not as the offence of another act ("arrested on charges of …")."""
    if _negated(tok) or tok.dep_ == "dobj" and tok.head.lemma_.lower() == "face" or faced_after_a_number(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() == "plead":
        return True  # "pleaded not guilty to charges of …": charges were brought
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in CHARGE_VERBS


def _described_by_what_was_done(trig: Token) -> bool:
    """A relative clause in the past perfect with no day of its own ("students who had been
    arrested", "six persons who had been arrested in an apartment in Bogota", as MUC-4's reports
    tell whom a release or a demand is about) names people by an earlier act, not an act told."""
    if trig.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in kids(trig)):
        return False
    return not any(t.ent_type_ == "DATE" for t in _clause_tokens(trig))


MOTIVE_RULED_OUT = re.compile(
    r"\b(?:rul(?:ed|es|ing) out|no sign of|no evidence of|found no|not)\s+(?:a|any)?\s*"
    r"(?:terrorist|terror|jihadist|islamist|extremist|political)[- ]?(?:motive|link|connection|related)",
    re.IGNORECASE,
)


def _motive_ruled_out(sent: Span) -> bool:
    """'… killed nine people; investigators have ruled out a terrorist motive': not the group's act."""
    return MOTIVE_RULED_OUT.search(sent.text) is not None


STRIKE_NOUNS = word_class("english", "STRIKE_NOUNS")


def _state_strike_agent(draft: Draft, trig: Token) -> None:
    """'Turkish airstrikes hit …': a state's air force or artillery is the agent of its strikes."""
    if trig.lemma_.lower() not in STRIKE_NOUNS and not trig.lower_.startswith("airstrike"):
        return
    for c in kids(trig):
        if c.dep_ in ("amod", "compound", "poss"):
            nat = nationality_of(c.text, "en")
            code = nat.country if nat is not None and nat.country else country_code(c.text, "en")
            if code:
                draft.agent = Agent(text=trig.doc[min(c.i, trig.i) : trig.i + 1].text, country=code, sector="MIL")
                return


SAME_DAY = re.compile(r"\b(?:later|earlier) (?:in the|that|the same) day\b|\bthe same day\b", re.IGNORECASE)
_A_DAY = re.compile("day", re.IGNORECASE)  # what every SAME_DAY match holds, as SAME_DAY reads it


def _gapped_phrase(gap: Token, head: Token) -> set[int]:
    """The tokens of an elliptic clause: the people and what hangs beside them up to the next
    comma ("three more Belgians on Monday", with "on Monday" parsed onto the main verb)."""
    out = {t.i for t in subtree(gap)}
    for sibling in (c for c in kids(head) if c.i > gap.i):
        if sibling.dep_ == "punct" or sibling.dep_ in ("cc", "conj"):
            break
        if sibling.dep_ in ("prep", "npadvmod", "advmod"):
            out |= {t.i for t in subtree(sibling)}
    return out


def _counted_tally(trig: Token) -> int | None:
    """The figure of a counted tally: a plural act noun with a number ("more than 1,350
    deportations") or a reduced relative on counted people ("19,500 people banned from travelling",
    "1,600 people detained in raids since July"), at least STATISTIC_FIGURE."""
    if trig.pos_ in ("NOUN", "PROPN") and trig.tag_ == "NNS":
        counted = trig
    elif trig.tag_ == "VBN" and trig.dep_ == "acl" and trig.head.tag_ == "NNS":
        counted = trig.head
    else:
        return None
    if any(c.dep_ == "nummod" and YEAR_LIKE.fullmatch(c.text) for c in kids(counted)):
        return None  # "the 2013 Boston Marathon bombings": a year, not a count
    quantity = _quantity_of(counted)
    figure = quantity.figure if quantity is not None else None
    return figure if figure is not None and figure >= STATISTIC_FIGURE else None


YEAR_LIKE = re.compile(r"(19|20)\d\d")
STATISTIC_FIGURE = 50  # smaller counted groups are usually one operation, told as an event


def _same_day_as_before(draft: Draft, trig: Token, previous: list[Draft]) -> None:
    """'… expelled a Pole on Friday. A Czech was to be sent back later that day': the day
    of the act told just before."""
    if not _A_DAY.search(span_text(draft.sent)):
        return  # most sentences: no "day" in any word of the clause (a clause is within its sentence)
    clause = " ".join(t.text for t in sorted(_clause_tokens(trig), key=lambda t: t.i))
    if not SAME_DAY.search(clause):
        return
    prior = next((d for d in reversed(previous) if d.date is not None and d.date.precision == "day"), None)
    if prior is not None and _sentence_gap_spans(prior.sent, draft.sent) <= 2:
        draft.date, draft.date_strong = prior.date, True


def _a_day_within(day: DateValue, period: DateValue) -> bool:
    """Whether `day` is a day inside the coarser `period` (a week, month or year told before)."""
    if day.precision != "day" or day.date is None or period.date is None:
        return False
    if period.precision == "week":
        return 0 <= (day.date - period.date).days < 7
    if period.precision == "month":
        return (day.date.year, day.date.month) == (period.date.year, period.date.month)
    return period.precision == "year" and day.date.year == period.date.year


def _crossing_of_earlier_trip(trig: Token, previous: list[Draft]) -> None:
    """'… all nine relatives have gone to Syria. … the nine crossed the frontier from Turkey':
    the crossing of the people just said to have gone tells where the trip left from."""
    if trig.lemma_.lower() != "cross" or not any(c.dep_ == "dobj" and c.lemma_.lower() == "border" for c in kids(trig)):
        return
    trip = _trip_of_the_same_people(trig, previous)
    if trip is None:
        return  # "twelve men crossed …" are new people, not the ones already told of
    origin = None
    border = [c for c in kids(trig) if c.dep_ == "dobj"]
    for prep in [c for head in [trig, *border] for c in kids(head)]:  # "crossed the border from X"
        if prep.dep_ == "prep" and prep.lower_ == "from":
            obj = next((o for o in kids(prep) if o.dep_ == "pobj"), None)
            origin = country_code(_compound_text(obj), "en") if obj is not None else None
    if origin is not None and trip.location is None and trip.destination != origin:
        trip.location = Location(text=None, country=origin)


def _trip_of_the_same_people(trig: Token, previous: list[Draft]) -> Draft | None:
    """The trip told within the two sentences before, when `trig`'s subject points back to its
    people ("the nine crossed …", "The three flew …", "they …"); None for people told afresh."""
    subj = _subject(trig)
    if subj is None or not (_definite(subj) or subj.pos_ == "PRON"):
        return None
    trip = next((d for d in reversed(previous) if d.type == "TRAVEL"), None)
    return trip if trip is not None and _sentence_gap_spans(trip.sent, sent_of(trig)) <= 2 else None


def _deported_from(draft: Draft, ctx: DocContext, previous: list[Draft]) -> None:
    """A removal happens in the state that removes: "expelled by Russia, landed in Bishkek" is
    Russia's act; the deportees' home or destination is never its place unless that state acts.
    With no place told, people are removed from where they were last held ("held in Izmir …
    after two days in detention she was sent home to Norway")."""
    agent_country = draft.agent.country if draft.agent is not None and draft.agent.text else None
    source = next(
        (code for p in kids(draft.trigger) if p.dep_ == "prep" and p.lower_ == "from"
         for o in kids(p) if o.dep_ == "pobj" and (code := country_code(_np_text(o), "en"))), None
    )
    if source is not None and agent_country in (None, source):
        # "had been deported from Turkey": the state the people were removed from
        if draft.location is None or draft.location.country != source:
            draft.location = Location(country=source, precision=None)
        return
    here = draft.location.country if draft.location is not None else None
    homes = {c for c in (draft.destination, *draft.nationalities) if c}
    if agent_country is not None and here not in (None, agent_country):
        draft.location = Location(country=agent_country, precision=None)
    elif agent_country is None and (here is None or here in homes) and not _brought_home(draft.trigger):
        told = [d for d in previous if d.modality == "asserted"][-3:]  # a plan told in between changes no one's whereabouts
        held = [d.location.country for d in reversed(told) if d.type in ("ARREST", "ENTRY_BAN")
                and d.location is not None and d.location.country not in (None, *homes) and d.modality == "asserted"]
        if here is None:
            if held:
                draft.location = Location(country=held[0], precision=None)
            return
        others = held[:1] + [c for c in ctx.countries if c not in homes]
        # the war zone people tried to reach is rarely the state that sends them home
        other = next((c for c in others if c not in CONFLICT_ZONES), others[0] if others else None)
        draft.location = Location(country=other, precision=None) if other is not None else None


BLAST_NOUNS = WEAPON_NOUNS | ATTACK_NOUNS | {"bomber"}


def _blast_subject(verb: Token) -> bool:
    """ "A bomb tore through a market", "the blast ripped through a bus": only an explosion
    tears through a place as an attack."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in BLAST_NOUNS


def _names_its_attack(toll: Token) -> bool:
    """ "the toll from the bombing …": the attack noun is the trigger, the toll its figure."""
    return any(t.lemma_.lower() in ATTACK_NOUNS for t in subtree(toll) if t.i != toll.i)


def _brought_home(trig: Token) -> bool:
    """'repatriated', 'brought back', 'flown home': the home state fetches its own people, so the
    act is placed at home (where no other state is said to act)."""
    lemma = trig.lemma_.lower()
    if lemma == "take" and any(c.lower_ == "out" and any(o.lower_ == "of" for o in kids(c)) for c in kids(trig)):
        return True  # "90 citizens were taken out of Iraq": fetched from the war by their own state
    return lemma in ("repatriate", "repatriation") or lemma in ("bring", "fly") and (any(
        c.lower_ in ("back", "home") and c.dep_ in ("prt", "advmod") for c in kids(trig)
    ) or _shifted_particle(trig) is not None)


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
    words = agent.text.lower().split()
    if draft.type == "ARREST" and agent.sector == "GOV" and ("authorities" in words or country_code(agent.text, "en")):
        agent.sector = "POL"  # a state or its "authorities" arrest through their security services


# a state that brings people back brings them to itself; one that sends them home may be sending them away
BRINGING_HOME = word_class("english", "BRINGING_HOME")


def _home_nationals(draft: Draft, trig: Token) -> None:
    """'Tajikistan repatriated 43 children from Iraq', 'Kazakhstan brought 19 women back': a state
    that repatriates people brings back its own citizens, and the country they are brought from is
    where they were, not their nationality. The destination alone gives none (GOLD-FORMAT): "flown
    back to the Netherlands" may be someone of another nationality."""
    if not _brought_home(trig) or trig.lemma_.lower() not in BRINGING_HOME or draft.agent is None or not draft.agent.text:
        return  # a state named as doing it: one presumed from the place tells no one's home
    home = draft.agent.country
    if home is None or draft.agent.sector not in (None, "GOV", "POL", "MIL"):
        return
    places_left = {
        country_code(o.text, "en") for p in subtree(trig) if p.dep_ == "prep" and p.lower_ in ("from", "of") for o in kids(p)
    }
    for target in draft.targets:
        if target.nationality is None or target.nationality in places_left and target.nationality != home:
            target.nationality = home


ONWARD_VERBS = word_class("english", "ONWARD_VERBS")


def _purpose_places(trip: Token) -> list[Token]:
    """'have gone to fight in Syria and Iraq', 'left a year ago to fight in El Salvador' (MUC-4), 'left
    Austria to join jihadist groups in Syria': the places of the fighting the trip was for."""
    purposes = [c for c in kids(trip) if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("fight", "serve", "join")]
    heads = [*purposes, *(o for c in purposes if c.lemma_.lower() == "join" for o in kids(c) if o.dep_ == "dobj")]
    return [m for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ == "in"
            for o in kids(p) if o.dep_ == "pobj" for m in _members(o)]


def _onward_places(trip: Token) -> list[Token]:
    """'travelled to Turkey … before crossing into Syria': the leg that ends the trip names where it
    went (the parser may hang the 'before' phrase on any word of the clause)."""
    out = []
    for tok in subtree(trip):
        if tok.dep_ == "pcomp" and tok.head.lower_ == "before" and tok.lemma_.lower() in ONWARD_VERBS:
            out += [o for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("to", "into", "for")
                    for o in kids(p) if o.dep_ == "pobj"]
    return out


def _birthplace(place: Token) -> bool:
    """'born in Georgia', 'a native of Osh': where someone was born says who they are, not where the
    story happens."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in ("in", "of"):
        return False
    return prep.head.lower_ in ("born", "native") or prep.head.lemma_.lower() == "bear" and prep.head.tag_ == "VBN"


HELD_GROUND = word_class("english", "HELD_GROUND")
WOUNDING_VERBS = word_class("english", "WOUNDING_VERBS")
FLOWN_VERBS = word_class("english", "FLOWN_VERBS")
LEISURE_TRAVELLERS = word_class("english", "LEISURE_TRAVELLERS")


def _held_by_armed_group(place: Token) -> bool:
    """'Islamic State territory', 'IS-held territory', 'rebel-controlled areas', 'jihadist-held
    territory' (WikiEvents, event_location): ground an armed group holds."""
    words = [t for t in subtree(place) if t.i < place.i]
    text = " ".join(t.text for t in words)
    if any(t.lower_ in ("held", "controlled", "run") for t in words) and any(
        t.lemma_.lower() in ("rebel", "jihadist", "militant", "insurgent", "extremist") or find_groups(t.text, "en") for t in words
    ):
        return True
    return bool(find_groups(text, "en")) and not any(t.lower_ in ("former", "liberated", "retaken", "recaptured") for t in words)


SURRENDER_PARTICLES = word_class("english", "SURRENDER_PARTICLES")


def _gave_oneself_up(verb: Token, particles: list[str]) -> bool:
    """'turned himself over to the police', 'turned themselves into the … authorities' (MUC-4,
    WikiEvents, event_location), 'handed herself over to Turkish soldiers': one who gives oneself
    up is held, whatever "hand over" or "turn over" do to others."""
    if verb.lemma_.lower() not in ("hand", "turn", "give"):
        return False
    return _reflexive_object(verb) and bool(SURRENDER_PARTICLES & set(particles))


RUSH_WAYS = word_class("english", "RUSH_WAYS")


def _rushed(verb: Token) -> bool:
    """"charged onto the pitch", "charged into the crowd": "charge" with a way and no one charged."""
    children = kids(verb)
    return not _is_passive(verb) and not any(c.dep_ in ("dobj", "dative") for c in children) and any(
        c.dep_ in ("prep", "prt", "advmod") and c.lower_ in RUSH_WAYS for c in children
    )


def _reflexive_object(verb: Token) -> bool:
    """'turned himself in', 'gave themselves up': the one who acts is the one acted on."""
    return any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves") for c in kids(verb))


def _rest_told_after(sent: Span, last: Draft) -> bool:
    """'… detained six foreigners, two of them British … The other four are Syrian nationals': the
    rest of a group whose other part was told with its nationality, told with its own in the next
    sentence (GOLD-FORMAT: a follow-up adds the nationalities of those held). True where it adds them."""
    if last.total is None:
        return False
    # the parts told with a nationality, not the whole group ("five men", which may have one lent)
    parts = [(t, n) for t in last.targets if t.nationality and (n := t.count or _leading_count(t.text)) != last.total]
    told = sum(n or 0 for _, n in parts)
    if not parts or any(n is None for _, n in parts) or told >= last.total:
        return False
    root = sent.root
    if root.lemma_.lower() in SPEECH_VERBS:  # "The other four are Syrian nationals, the governor's office said"
        root = next((c for c in kids(root) if c.dep_ == "ccomp" and c.lemma_ == "be"), root)
    subject = next((c for c in kids(root) if c.dep_ == "nsubj"), None)
    if subject is None or root.lemma_ != "be":
        return False
    rest = remainder_of(subject, last.total, last.trigger.i)
    if rest is None and subject.lower_ == "others" and any(c.lower_ == "the" for c in kids(subject)):
        rest = Remainder(None, False)  # "The others are Syrian"
    if rest is None or rest.count not in (None, last.total - told):
        return False
    said = [c for c in kids(root) if c.dep_ in ("attr", "acomp")]
    said += [a for c in said if c.dep_ == "attr" for a in kids(c) if a.dep_ in ("amod", "compound")]
    codes = {nat.country for c in said if (nat := nationality_of(c.text, "en")) is not None and nat.country}
    if len(codes) != 1:
        return False
    # the whole group ("six foreigners") is now its parts, each counted
    last.targets = [replace(t, count=n) for t, n in parts] + [
        Target(count=last.total - told, nationality=codes.pop(), text=_np_text(subject))]
    last.parts_told = True
    return True


def _leading_count(text: str | None) -> int | None:
    """'two of them British': the count a part's words open with."""
    first = (text or "").split(" ", 1)[0]
    q = parse_quantity(first, "en") if first else None
    return q.value if q is not None else None


def _nationality_stated(draft: Draft) -> bool:
    """Whether the act's own people words say a nationality ("four Moroccan men"), rather than one
    guessed for them."""
    return any(nationality_of(w, "en") is not None for t in draft.targets for w in (t.text or "").replace("-", " ").split())


def _group_told_back(drafts: list[Draft]) -> None:
    """'Turkey deported 19 suspected IS members … Six of them were German citizens, four were French
    … All had been held … since they were caught': an act of people told back ("they", "all") with
    no nationality of its own, within three sentences of an act of as many people whose
    nationalities a follow-up told part by part, is of those people. Not where the follow-up told
    only some of them ("Among the suspects were citizens of China …"): reports-dev leaves the later
    act's people without a nationality then."""
    for n, draft in enumerate(drafts):
        if draft.type not in MEMBER_ACTS or not draft.anaphoric or draft.nationalities or draft.total is None:
            continue
        prior = next((p for p in reversed(drafts[:n]) if p.total == draft.total and p.parts_told and p.nationalities
                      and p.sent.start < draft.sent.start and _sentence_gap_spans(p.sent, draft.sent) <= 3), None)
        if prior is not None:
            draft.targets = [replace(t) for t in prior.targets]


def _counted_as(nationality: Token) -> int | None:
    """'Eleven of them were Syrians', 'four were Iraqis': the count of the subject a nationality
    is said of."""
    own = next((c for c in kids(nationality) if c.dep_ == "nummod"), None)
    if own is not None and nationality.pos_ in ("NOUN", "PROPN"):  # "among them were eight Iraqis"
        q = parse_quantity(own.text, "en")
        return q.value if q is not None else None
    if nationality.dep_ == "amod" and nationality.head.dep_ == "attr":
        nationality = nationality.head  # "Two of the detainees are Moroccan nationals"
    if nationality.dep_ not in ("attr", "acomp"):
        return None  # "the other two are Spanish": an adjective said of them counts them too
    subject = next((c for c in kids(nationality.head) if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    q = parse_quantity(subject.text, "en")
    return q.value if q is not None else None


def _named_facility(tok: Token) -> bool:
    """'Manas airport', 'Vnukovo airport': a place noun named by a proper noun before it."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids(tok))


def _shifted_particle(verb: Token) -> str | None:
    """'flew home 112 of its citizens': a particle put before a long object, which the parser
    hangs on the object's number or noun instead of the verb."""
    nxt = verb.i + 1
    if nxt >= len(verb.doc):
        return None
    word = verb.doc[nxt]
    if word.lower_ in ("home", "back") and word.head.i != verb.i and word.head.i > nxt and word.dep_ in ("quantmod", "nummod", "amod", "compound", "advmod"):
        return word.lower_
    return None


def _said_of_people_told(noun: Token) -> bool:
    """'Both women are Belgian citizens who travelled to Syria', 'They are Syrians who …': a bare
    plural said of a subject that names people told (a pronoun, a determiner, a count) is those
    people, not people in general."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() != "be":
        return False
    subject = next((c for c in kids(noun.head) if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.lower_ in ("they", "both", "all") or any(c.dep_ in ("det", "nummod", "predet", "poss") for c in kids(subject))
    )


RETURNING_VERBS = word_class("english", "RETURNING_VERBS")
KEPT_VERBS = word_class("english", "KEPT_VERBS")
STATE_PLACE_NOUNS = word_class("english", "STATE_PLACE_NOUNS")  # "held in camps", "living in camps": where people were kept


def _own_nationals(draft: Draft) -> None:
    """'Police in Kosovo detained 40 men': men taken by their own state's agents, in that state,
    with no other nationality named, are its nationals."""
    agent_country = draft.agent.country if draft.agent else None
    here = draft.location.country if draft.location else None
    for target in draft.targets:  # "two local men" held in a country's town are its people
        if target.nationality is None and here and "local" in (target.text or "").lower().split():
            target.nationality = here
        # "17 citizens who were detained at Jakarta's airport": citizens of no named state are the
        # acting state's, or else those of the country where they are held
        words = (target.text or "").lower().split()
        home = (agent_country if draft.agent is not None and draft.agent.text else None) or here
        if target.nationality is None and home and words and words[-1] in ("citizens", "citizen", "nationals") and not (
            {"foreign", "other", "dual", "several", "many"} & set(words)
        ) and draft.type in ("ARREST", "CHARGE"):  # a state removes or bars others than its citizens
            target.nationality = home
    if agent_country is None or agent_country != here or draft.type not in ("ARREST", "CHARGE"):
        return
    if draft.agent is None or not draft.agent.text or draft.agent_told_it:
        # an agent only presumed from the place ("two other men were also held") tells no one's state,
        # nor one that only told of the act ("Kazakhstan says two men were arrested": GOLD-FORMAT,
        # the speaker's country never gives a nationality)
        return
    for target in draft.targets:
        words = (target.text or "").lower().split() or [""]
        if words[0] in ("the", "these", "those"):
            continue  # "the men" refers back to people already counted
        if any(w in ("other", "more", "another", "further") or w in NEXT_IN_LINE for w in words):
            continue  # "two other men", "a fifth man": beyond the people told, whose state the text does not give
        if target.nationality is None and words[-1] in ("man", "men", "citizen", "citizens"):
            target.nationality = agent_country


# who holds people captive, not in custody, and the verbs of holding or seizing them
CAPTORS = word_class("english", "CAPTORS")
HOLDING_CAPTIVE = word_class("english", "HOLDING_CAPTIVE")


def _held_by_armed_men(draft: Draft, trig: Token) -> bool:
    """People held or seized, by the passive's agent, that is an armed group or armed men ("27 women
    held by Boko Haram"; event_location has "to free a soldier held by gunmen"): captives, whom no
    state holds. Not those "detained" or "arrested" by a group that rules where it holds them
    ("Houthi forces detained 12 civilians at a checkpoint"), nor who surrendered."""
    if trig.lemma_.lower() not in HOLDING_CAPTIVE:
        return False
    agent = next((o for c in kids(trig) if c.dep_ == "agent" for o in kids(c) if o.dep_ == "pobj"), None)
    if agent is None:
        return False
    return bool(find_groups(_np_text(agent), "en")) or agent.lemma_.lower() in CAPTORS or (
        draft.agent is not None and draft.agent.sector in ("REB", "INS", "REB/INS"))


FREE_RELATIVES = word_class("english", "FREE_RELATIVES")


def _people_of_a_condition(trig: Token, patient: Token | None) -> bool:
    """People named only by a condition ("those found to have fought", "anyone who returns",
    "whoever helped them"): whom a planned act would reach, no one it has reached."""
    verb = trig.head if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj" else trig
    people = [p for p in (patient, _subject(verb)) if p is not None]
    return any(p.lower_ == "whoever" or p.lower_ in FREE_RELATIVES and (
        any(_a_condition(c) for c in kids(p)) or p.i + 1 < len(p.doc) and p.doc[p.i + 1].lower_ == "found"  # a misparse of "those found"
    ) for p in people)


def _a_condition(clause: Token) -> bool:
    """'who returns', 'who would help', 'found to have fought', 'found guilty': a clause that sets a
    condition, not one that tells who was acted on ("those arrested on Monday")."""
    if clause.dep_ == "relcl":  # "any who are found to have fought": a present passive sets one too
        return clause.tag_ in ("VBZ", "VBP") or clause.lemma_.lower() == "find" or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBZ", "VBP") for c in kids(clause))
    return clause.dep_ == "acl" and clause.lemma_.lower() == "find"


def _ongoing_practice(trig: Token, patient: Token | None) -> bool:
    """A present progressive on people of a kind ("are deporting migrants", "is turning people
    away") tells a practice, not an act with a count and a day."""
    progressive = trig.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re") for c in kids(trig))
    if not progressive or patient is None or patient.tag_ != "NNS":
        return False
    return not any(c.dep_ in ("det", "nummod", "poss") for c in kids(patient))


DOMESTIC_BODIES = word_class("english", "DOMESTIC_BODIES")


def _to_a_state(trig: Token) -> bool:
    """A to-phrase naming a country: people moved into another state's hands (on the noun, or on
    the verb it is the object of: "will seek his removal to Pakistan")."""
    heads = [trig, trig.head] if trig.pos_ == "NOUN" and trig.dep_ == "dobj" else [trig]
    for prep in (c for h in heads for c in kids(h)):
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for obj in (o for o in kids(prep) if o.dep_ == "pobj"):
                start = min([obj.i] + [c.i for c in kids(obj) if c.dep_ in ("compound", "det") and c.i < obj.i])
                if country_code(obj.doc[start : obj.i + 1].text, "en") or country_code(obj.text, "en"):
                    return True
    return False


# words whose people are dead: "murdered two teachers", "beheaded a village chief", "massacred 30 villagers"
KILLING_WORDS = word_class("english", "KILLING_WORDS")  # "martyred": killed, in South Asian and Afghan English (WikiEvents, event_location)


STRIKE_KINDS = word_class("english", "STRIKE_KINDS")
def _handed_to_own_body(trig: Token) -> bool:
    """'handed over to the police' hands people to a body of the same state; only a hand-over to
    another state ('to the Iranian authorities', 'to Iraq') is a removal."""
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("over", "in") for c in kids(trig)):
        return False
    for prep in kids(trig):
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for body in (o for o in kids(prep) if o.dep_ == "pobj"):
            foreign = any(nationality_of(t.text, "en") is not None or country_code(t.text, "en") for t in subtree(body))
            if body.lemma_.lower() in DOMESTIC_BODIES and not foreign:
                return True
    return False


def _to_join_a_group(trig: Token) -> bool:
    """'… to join Islamic State', 'in order to fight for al-Shabaab': a purpose clause naming an
    armed group."""
    return any(
        clause.dep_ in ("advcl", "xcomp")
        and clause.lemma_.lower() in ("join", "fight", "serve")
        and bool(find_groups(" ".join(t.text for t in subtree(clause)), "en"))
        for clause in kids(trig)
    )


ONLY_TRANSITIVE = word_class("english", "ONLY_TRANSITIVE")


def _held_subject(trig: Token) -> bool:
    """'Two Kazakh women arrested in Istanbul on 2 March had travelled from Almaty', parsed with
    "arrested" as the women's own verb: an arrest verb cannot go without its object, so people as
    its subject with none (and no agent body among them) are the ones held."""
    by_a_state = any(
        c.dep_ == "prep" and c.lower_ == "by" and any(o.ent_type_ in ("GPE", "ORG") or actor_of(o.text, "en") for o in kids(c))
        for c in kids(trig)
    )  # "a family …, also sent back by Ankara, was arrested": a passive's agent read as a by-phrase
    if trig.lemma_.lower() not in ONLY_TRANSITIVE and not by_a_state:
        return False  # "they flew back to Belfast": they went
    subj = next((c for c in kids(trig) if c.dep_ == "nsubj"), None)
    if subj is None or trig.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in kids(trig)):
        return False
    return _is_person_np(subj) and subj.pos_ != "PRON" and actor_of(_np_text(subj), "en") is None


def _since_when_act(trig: Token) -> Token | None:
    """The act of "since X, when …" on a standing state ("has been held since January, when police
    picked her up", "in custody since 12 May, when police detained him"): the verb of the clause."""
    state = custody_verb(trig) if trig.pos_ == "NOUN" else trig
    for prep in kids(state) if state is not None else ():
        if prep.dep_ == "prep" and prep.lower_ == "since":
            for date in kids(prep):
                for c in [date, *kids(date)]:
                    if c.dep_ == "relcl" and any(w.dep_ == "advmod" and w.lower_ == "when" for w in kids(c)):
                        return c
    return None


CAPTIVES = word_class("english", "CAPTIVES")


def _held_captive(trig: Token, patient: Token | None) -> bool:
    """The people held are hostages or captives ('held 12 hostages', 'was held hostage')."""
    if patient is not None and patient.lemma_.lower() in CAPTIVES:
        return True
    return any(c.dep_ in ("oprd", "dobj", "xcomp") and c.lemma_.lower() in CAPTIVES for c in kids(trig))


def extract_english(extractor: EnglishExtractor, doc: Doc, document: Document) -> Extraction:
    drafts = extractor.drafts(doc, document)
    sent_index = {s.start: n for n, s in enumerate(sentences(doc))}
    candidates = [to_candidate(d, sent_index.get(d.sent.start, 0)) for d in drafts]
    fill_named_people([c.event for c in candidates])  # before one happening's tellings merge their people
    events, aggregates = assemble(candidates, document, cased_doc_text(doc))
    fill_back_references(events, "en")
    add_story_roles(doc, events)  # roles told in sentences that are no event of their own
    covered = [(e.evidence.start, e.evidence.end) for e in events] + [
        (a.evidence.start, a.evidence.end) for a in aggregates
    ]
    # the acts that stand, as events or statistics: a draft dropped on the way ("the ministry denied
    # that anyone had been held") leaves its sentence free to be a claim
    told = [span for e in events for span in e.evidence_spans] + [a.evidence for a in aggregates]
    triggers = {i for i in ({d.trigger.i for d in drafts} | {i for d in drafts for i in d.absorbed})
                if any(span.start <= doc[i].idx < span.end for span in told)}
    claims = extract_claims(doc, document, triggers, covered)
    forget_caches(doc)
    return Extraction(doc_id=document.doc_id, events=events, aggregates=aggregates, claims=claims)


ONE_PERSON_PRONOUNS = word_class("english", "ONE_PERSON_PRONOUNS")


def _one_person(victim: Token) -> bool:
    """A single person killed with no count of their own: a name, "he", "the trader"; not "the
    family" or "the two" (their counts are read elsewhere)."""
    if any(c.dep_ in ("conj", "nummod") for c in kids(victim)) or victim.lemma_.lower() in COLLECTIVES | {"family", "crew", "couple"}:
        return False
    if victim.pos_ == "PRON":
        return victim.lower_ in ONE_PERSON_PRONOUNS
    if victim.pos_ == "PROPN":
        return victim.ent_type_ == "PERSON"
    if victim.tag_ in ("NNS", "NNPS") or victim.lower_ in ("dead", "injured", "wounded"):
        return False  # "the dead", "the injured" are any number
    return victim.lower_ in VICTIM_HEADS or victim.tag_ == "NN" and _is_person_np(victim)


ACCUSING_VERBS = word_class("english", "ACCUSING_VERBS")
# verbs of people moved where a removal sends them ("flown to Bishkek under escort")
JOURNEY_VERBS = word_class("english", "JOURNEY_VERBS")


def _describes_people(tok: Token) -> bool:
    """An accusation in a clause that describes people ("expelled two men who were accused of
    recruiting", "announced the detention of a dozen men it accused of …"). Where an act of ours is done to them in
    the same sentence, the reports' gold codes that act and no charge (WikiEvents, which marks "a
    man accused of …" alone as a charge, has no act beside it)."""
    return tok.lemma_.lower() in ACCUSING_VERBS and tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")


# who may bring a charge when they "accuse" someone: prosecutors, police, courts and states' bodies
CHARGING_BODIES = word_class("english", "CHARGING_BODIES")


def _accused_by_no_authority(tok: Token) -> bool:
    """An active accusation whose accuser is a person or group that brings no charges ("his coach
    accused the referee of …", "rights groups accused the army of …")."""
    if tok.lemma_.lower() not in ACCUSING_VERBS or any(c.dep_ == "auxpass" for c in kids(tok)):
        return False
    subject = _subject(tok)
    if subject is None or subject.pos_ == "PRON":
        return False
    if subject.ent_type_ in ("ORG", "GPE", "NORP") or subject.lemma_.lower() in CHARGING_BODIES:
        return False
    return not any(c.dep_ == "compound" and c.lemma_.lower() in CHARGING_BODIES for c in kids(subject))


SETTLEMENT_NOUNS = word_class("english", "SETTLEMENT_NOUNS")


def _a_settlement_s_name(tok: Token) -> bool:
    """'the city of Manbij', 'the port and trading hub of Beira': a name told as a settlement's
    (WikiEvents, event_location and CASE 2021 have such towns "taken" or "seized")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.pos_ != "PROPN":
        return False
    owner = tok.head.head
    return any(w.lemma_.lower() in SETTLEMENT_NOUNS for w in (owner, *(c for c in kids(owner) if c.dep_ in ("nmod", "compound", "conj"))))


def _sets_fire(verb: Token) -> bool:
    """'set fire to a school', 'set the car on fire': fire is set's object or the on-phrase's."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in kids(verb)) or any(
        o.lemma_.lower() == "fire" for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "on" for o in kids(p))


def _governor(tok: Token) -> Token:
    """The verb or noun a noun phrase is an argument of, through prepositions, appositions and
    lists ("expelled two citizens from the republic": "republic" → "expelled")."""
    node = tok
    while node.dep_ in ("pobj", "prep", "appos", "conj", "compound") and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ in ("dobj", "nsubjpass", "nsubj") else node


def _noun_with_a_verb_s_arguments(tok: Token) -> bool:
    """'Police in Kano arrest 3 suspects': a headline's present verb the tagger took for a noun,
    with a subject and an object of its own, as no noun has."""
    if tok.dep_ == "compound" and tok.head.dep_ == "ROOT" and tok.head.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in kids(tok)):
        return _is_person_np(tok.head)  # "Police arrest suspects in parcel bomb attack": the verb made a compound of its object
    return tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in kids(tok)) and any(c.dep_ == "dobj" for c in kids(tok))
