"""What a Russian news story gives the clauses that leave it out.

A story's headline and lead name its place, group and nationality; a later clause without its
own place happened there. "В те же дни" takes the date of the event before; "местные жители"
are of the location's country. A source cited before a clause ("По данным ТАСС, …") or, failing
that, after it ("Об этом сообщили в ведомстве") is the clause's attribution.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from watchfloor.extract.ontology import Ontology, load_ontology
from watchfloor.extract.ru_draft import Draft, at_precision, copy_location
from watchfloor.extract.ru_places import RuPlaces
from watchfloor.extract.ru_syntax import (
    Cues,
    case_of,
    fold_ru,
    is_full_participle,
    np_text,
    parenthetical_subject,
    subject,
)
from watchfloor.model import Document, Location
from watchfloor.nlp.russian import RuSentence, RuToken
from watchfloor.normalize.dates import DateValue, find_dates
from watchfloor.normalize.nationality import country_code

NAME_SKIP = frozenset(
    {"acl:relcl", "acl", "conj", "cc", "punct", "parataxis", "advcl"}
)  # keeps appositions: "РИА Новости"


@dataclass(slots=True)
class DocContext:
    document: Document
    sents: list[RuSentence]
    countries: list[str]  # countries named in the document, most frequent first
    headline_end: int
    lead_index: int  # index of the first sentence after the headline
    story: list[Draft] = field(default_factory=list)  # drafts of the headline and the lead
    story_location: Location | None = None
    border_country: str | None = None  # "границу с Сирией": the country beyond the story's border


def headline_end(document: Document) -> int:
    """Where the headline ends: a first line followed by a blank line, with no full stop, or the
    document's title."""
    text = document.text
    first, _, rest = text.partition("\n")
    line = first.strip()
    if not line or not rest.strip():
        return 0
    if document.title and fold_ru(document.title.strip()) == fold_ru(line):
        return len(first)
    blank_after = rest.startswith(("\n", "\r\n"))
    if blank_after and not line.endswith((".", "!", "?", "…")) and len(line) <= 200:
        return len(first)
    return 0


class Story:
    """Document-level reading: the story context and the sources cited in each sentence."""

    def __init__(self, places: RuPlaces, cues: Cues, ontology: Ontology | None = None) -> None:
        self.places = places
        self.cues = cues
        self.ontology = ontology or load_ontology()

    def context(self, sents: list[RuSentence], document: Document) -> DocContext:
        counts: dict[str, int] = {}
        border: str | None = None
        for sent in sents:
            for span, top in self.places.mentions(sent):
                if border is None and top.head is not None and top.head.lemma in self.cues.words["border_words"]:
                    border = country_code(span.normal, "ru") if case_of(top) in ("с", "со") else None
                if self.places.role(top) not in ("location", "destination"):
                    continue  # "уроженец Таджикистана" says nothing of where things happen
                code = country_code(span.normal, "ru")
                if code:
                    counts[code] = counts.get(code, 0) + 1
        end = headline_end(document)
        lead = next((n for n, s in enumerate(sents) if s.start >= end), 0)
        ctx = DocContext(document, sents, sorted(counts, key=lambda c: -counts[c]), end, lead)
        ctx.border_country = border
        return ctx

    def update_location(self, ctx: DocContext, found: list[Draft], sent: RuSentence) -> None:
        """The story's place: where its lead event happened, else the jurisdiction of the lead's
        agent, else the headline's place."""
        for draft in found:
            place = draft.location or draft.agent_place
            if place is not None and (place.admin1 or place.place):
                if ctx.story_location is None or sent.stop > ctx.headline_end:
                    ctx.story_location = place
                return
            if place is not None and place.country and ctx.story_location is None and sent.stop > ctx.headline_end:
                ctx.story_location = place  # the lead's act in a country named no closer ("взрывы в больницах Алеппо")
                return
        if ctx.story_location is None:
            for span, top in self.places.mentions(sent):
                if self.places.role(top) != "location" and top.rel not in ("root", "nsubj", "appos"):
                    continue
                place = self.places.resolve(span.normal, ctx.countries)
                if place is not None and (place.admin1 or place.place):
                    ctx.story_location = place
                    return

    def fill(self, drafts: list[Draft], ctx: DocContext) -> None:
        """What a clause leaves out, the story gives: place, date of "в те же дни", nationality
        of "местные жители", destination and group, and the source cited before or after."""
        story = [d for d in ctx.story if d.type]
        own_group = {id(s): s.affiliation for s in story}  # before the story lends its group to the headline
        for n, draft in enumerate(drafts):
            if draft.same_time and draft.date is None:
                prior = next(
                    (d for d in reversed(drafts[:n]) if d.date and d.date.date and not d.headline), None
                )
                if prior is not None and prior.date is not None and prior.date.date is not None:
                    draft.date = at_precision(prior.date.date, draft.same_time)
            if draft.type == "ATTACK" and not draft.date_strong and (draft.date is None or draft.resultative):
                draft.date = self._scene_date(draft, ctx) or draft.date
            if draft.location is None:
                sibling = next(  # the sentence's other act: "депортировали семерых, задержанных на границе"
                    (d for d in drafts if d.sent is draft.sent and d.location and d.type != "TAKEDOWN"), None
                )
                if sibling is not None and sibling.location is not None and draft.type != "TAKEDOWN":
                    draft.location = copy_location(sibling.location)
                else:
                    draft.location = self._fallback_location(draft, ctx)
            if draft.local_targets and draft.location is not None:
                for target in draft.targets:
                    target.nationality = target.nationality or draft.location.country
            agent = draft.agent
            if (  # "пограничники": the state's, where it happened
                agent is not None
                and agent.country is None
                and agent.name is None
                and agent.sector in ("GOV", "MIL", "POL", "JUD")
                and draft.location is not None
            ):
                agent.country = draft.location.country
            related = [
                s
                for s in story
                if s is not draft
                and s.type == draft.type
                and (not draft.nationalities or not s.nationalities or draft.nationalities & s.nationalities)
            ]
            if draft.affiliation is None:
                # the same happening told in the lead, else the group the headline is about
                if related:
                    draft.affiliation = next((s.affiliation for s in related if s.affiliation), None)
                else:
                    headline = [own_group[id(s)] for s in story if s.headline]
                    draft.affiliation = next((a for a in headline if a), None)
            if draft.destination is None and related:
                draft.destination = next((s.destination for s in related if s.destination), None)
            if draft.destination is None and draft.at_border and draft.type == "ARREST":
                draft.destination = ctx.border_country
            if draft.destination is None and draft.lead and draft.affiliation and draft.type in ("ARREST", "CHARGE"):
                draft.destination = self._later_goal(draft, drafts, ctx)
        self._fill_attribution(drafts, ctx)

    def _scene_date(self, draft: Draft, ctx: DocContext) -> DateValue | None:
        """ "В среду силовики блокировали боевиков. В ходе боя уничтожены четверо": a toll told after
        its scene has the scene's day."""
        for sent in reversed(ctx.sents[max(0, draft.sent.index - 2) : draft.sent.index]):
            if sent.stop <= ctx.headline_end:
                break
            for start, _, value in find_dates(sent.text, ctx.document.published, "ru"):
                if value.date is not None and value.precision == "day" and not sent.text[start:].startswith("с"):
                    return value
        return None

    def _later_goal(self, draft: Draft, drafts: list[Draft], ctx: DocContext) -> str | None:
        """The lead's recruiter or would-be fighter, told more of in the next sentences: "он склонял
        жителей к поездке в Сирию" names where they were to go."""
        for sent in ctx.sents[draft.sent.index + 1 : draft.sent.index + 3]:
            if any(d.sent is sent for d in drafts):
                return None  # a happening of its own
            for span, top in self.places.mentions(sent):
                head = top.head
                if self.places.role(top) == "destination" and head is not None and (
                    head.lemma in self.cues.words["motion_words"]
                ):
                    code = country_code(span.normal, "ru")
                    if code:
                        return code
        return None

    def _fallback_location(self, draft: Draft, ctx: DocContext) -> Location | None:
        agent_country = draft.agent.country if draft.agent else None
        if draft.agent_place is not None:
            return copy_location(draft.agent_place)
        story = ctx.story_location
        online = draft.type == "TAKEDOWN"  # a blocked channel has no scene
        if story is not None and not online and agent_country in (None, story.country):
            return copy_location(story)
        home = draft.home
        if home is not None and draft.type in ("ARREST", "CHARGE") and agent_country in (None, home.country):
            return copy_location(home)  # "жителю Ставрополья предъявлено обвинение": at home
        if agent_country:
            return Location(country=agent_country)
        return None

    def _fill_attribution(self, drafts: list[Draft], ctx: DocContext) -> None:
        by_sentence: dict[int, str] = {}
        for sent in ctx.sents:
            if sent.stop <= ctx.headline_end:
                continue
            own = self.sentence_attribution(sent)
            if own:
                by_sentence[sent.index] = own
        for draft in drafts:
            if draft.attribution is None:
                # a source named right after the act ("Об этом сообщили в ведомстве"), or later where
                # the sentence tells more of the same act ("Как сообщил X, всех задержанных допросили")
                after = [
                    a
                    for i, a in sorted(by_sentence.items())
                    if i == draft.sent.index + 1 or i > draft.sent.index and self._continues(ctx.sents[i], draft)
                ]
                draft.attribution = _latest(drafts, by_sentence, draft) or (after[0] if after else None)
            if (
                draft.attribution
                and _generic(draft.attribution, self.cues)
                and draft.agent
                and draft.agent.text
            ):
                draft.attribution = draft.agent.text

    def _continues(self, sent: RuSentence, draft: Draft) -> bool:
        """Does the sentence speak of the act's people ("всех задержанных", "осуждённого")?"""
        return any(
            (is_full_participle(t) or t.pos == "NOUN" and t.feat("Animacy") == "Anim")
            and draft.type in self.ontology.russian_types(t.lemma)
            for t in sent.tokens
        )

    def cited_sources(self, sent: RuSentence) -> list[tuple[RuToken, str]]:
        """ "по данным X", "по словам X", "со ссылкой на X": (the phrase's head word, X)."""
        words = self.cues.words
        out = []
        for tok in sent.tokens:
            cited = tok.lemma in words["source_nouns"] and case_of(tok) == "по"
            cited = cited or tok.lemma == "ссылка" and case_of(tok) in ("со", "с")
            source = next((c for c in tok.children if c.rel in ("nmod", "appos")), None) if cited else None
            if source is not None:
                out.append((tok, np_text(sent, source, NAME_SKIP)))
        return out

    def sentence_attribution(self, sent: RuSentence) -> str | None:
        """ "по данным X", "по словам X", "со ссылкой на X", "как сообщил X", "сообщает X"."""
        words = self.cues.words
        cited = self.cited_sources(sent)
        if cited:
            return cited[0][1]
        for tok in sent.tokens:
            if (
                tok.lemma in words["speech_verbs"]
                and tok.pos == "VERB"
                and (
                    tok.rel == "parataxis"
                    or tok.head is None
                    and any(c.lemma == "как" for c in tok.children)
                    or any(
                        c.lemma == "это" and case_of(c) in ("о", "об") for c in tok.children
                    )  # "об этом сообщает X"
                    or tok.head is None
                    and tok.i > 0
                    and sent.tokens[tok.i - 1].text == ","
                )
            ):
                speaker = self.speaker_of(tok, sent)
                if speaker:
                    return speaker
        return None

    def speaker_of(self, verb: RuToken, sent: RuSentence) -> str | None:
        subj = subject(verb) or parenthetical_subject(verb)
        if subj is not None and subj.pos != "PRON":
            return np_text(sent, subj, NAME_SKIP)
        for c in verb.children:  # "сообщили в ведомстве"
            if c.rel == "obl" and case_of(c) in ("в", "во") and c.feat("Case") == "Loc":
                return np_text(sent, c)
        return None


def _generic(text: str, cues: Cues) -> bool:
    """ "в ведомстве", "спецслужбы": an agency named only by its kind, i.e. the agent's own."""
    words = fold_ru(text).split()
    return len(words) == 1 and any(
        words[0].startswith(w[:-1]) for w in cues.words["generic_sources"] if len(w) > 3
    )


def _latest(drafts: list[Draft], by_sentence: dict[int, str], draft: Draft) -> str | None:
    """The source cited last before the draft: a sentence's "по данным X" or an earlier event's."""
    best: tuple[int, str] | None = None
    for i, a in by_sentence.items():
        if i < draft.sent.index and (best is None or i >= best[0]):
            best = (i, a)
    for d in drafts:
        if (
            d.sent.index < draft.sent.index
            and d.attribution
            and not d.headline
            and (best is None or d.sent.index > best[0])
        ):
            best = (d.sent.index, d.attribution)
    return best[1] if best else None
