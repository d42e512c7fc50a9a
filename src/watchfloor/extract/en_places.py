"""Where an English act happened: the place stage of the English front end.

`EnglishPlaces` holds what `EnglishExtractor` (extract/english.py) asks of places: the candidate
place names of a sentence weighed by the rules and the learned ranker (extract/en_event_place.py,
extract/en_place_ranker.py), resolved in the gazetteer with the story's countries as context; a
coder's bracketed province; a body's seat; an agent's own soil; a border's country; and, with no
place told, the story's dateline or the country it is about (docs/places.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from watchfloor.extract.en_draft import DocContext, Draft
from watchfloor.extract.en_event_place import (
    FACILITY_NOUNS,
    PLACE_NOUNS,
    _climb,
    another_acts,
    body_name,
    event_place_spans,
    place_spans,
    reported_place_spans,
    where_clause_span,
)
from watchfloor.extract.en_place_ranker import PlaceRanker
from watchfloor.extract.en_syntax import (
    ATTACK_NOUNS,
    LOCATION_LABELS,
    _agent_np,
    _clause_tokens,
    _compound_text,
    _is_capital,
    _np_text,
    _origin_countries,
    _patient,
    _place_phrase,
    _plausible,
    _speech_subject,
)
from watchfloor.extract.ontology import CONFLICT_ZONES
from watchfloor.extract.text import cased_span_text, ents_before, span_text
from watchfloor.extract.tree import kids, sent_of, sentences, span_tokens, subtree, tokens
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Document, Location
from watchfloor.normalize.actors import actor_of
from watchfloor.normalize.nationality import country_code, nationality_of
from watchfloor.normalize.places import Gazetteer, Place, Resolution
from watchfloor.normalize.text import ARABIC_ARTICLES

LARGE_TOWN = 100_000  # people: a name NER read as a person's is a town only at this size
SEATED_BODIES = word_class("en_places", "SEATED_BODIES")
UNIT_WORD = re.compile(r"\b(?:district|province|region|state|county|governorate|department|prefecture|municipality)\b", re.I)
SHORT_FORM = re.compile(r"[A-Z]{2,6}")  # an acronym in brackets: a name's short form ("(KNU)", "(AP)")
PARENTHESISED_PLACE = re.compile(
    r"\b((?:[A-Z][\w'’.-]+)(?:[ -](?:(?:al|el|ad|ar|as|ash|at|az|ed|en|es|ez)-)?[A-Z][\w'’-]+){0,3})"  # "Jisr al-Shughur"
    r"(?: (?:district|area|village|town|city|forest|province|region|county|municipality|commune|camp|territory"
    r"|department|prefecture|state|governorate|zone|woreda|sub-county|subcounty|division|tehsil|upazila|LGA"
    # natural features coders place the same way: "the Hamrin mountains (Salah al-Din)", "Sambisa forest (Borno)"
    r"|mountains?|hills?|valley|desert|river|lake|islands?|marshes|plateau))?"
    r" \(([A-Z][^()\d]{1,80})\)"
)


def _agreed(found: list[tuple[str, Resolution]]) -> Place | None:
    """Where the finest and the coarsest names of a bracket disagree on their likeliest country but
    both are known in one ("Bamenda (Mezam, North-West)": Cameroon's North-West, not South Africa's;
    "San Jose (Occidental Mindoro)": the Philippine San Jose), the finest name's place in that
    country, in the coarsest's province where it has one there. None where they agree or share none."""
    if len(found) < 2:
        return None
    fine, coarse = found[0][1], found[-1][1]
    if fine.place is None or coarse.place is None or fine.place.country == coarse.place.country:
        return None
    def options(r: Resolution) -> list[Place]:
        return [p for p in [r.place, *r.candidates] if p is not None]
    shared = {p.country for p in options(fine)} & {p.country for p in options(coarse)}
    country = next((c for c in (coarse.place.country, fine.place.country) if c in shared), None)
    if country is None:
        return None
    province = next(p for p in options(coarse) if p.country == country)
    there = [p for p in options(fine) if p.country == country]
    return next((p for p in there if p.admin1 == province.admin1), there[0])


def _unit_precision(place: Place) -> int:
    return 3 if place.kind in ("admin1", "region") else 2 if place.kind == "district" else 1


def _in_an_act_noun(span: Span) -> bool:
    """A place named inside the phrase of another act's noun ("the 2015 Sousse beach attack")."""
    node = span.root
    while node.dep_ in ("compound", "amod", "nmod") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in ATTACK_NOUNS:
            return True
    return False


def _places_elsewhere(wider: Location, found: Location) -> bool:
    """Whether a wider place the text names with a place (in apposition, in brackets) puts it in
    another country or province than the place's name alone resolved to."""
    return (wider.country, wider.admin1 or found.admin1) != (found.country, found.admin1)


# Heads of landmark names that carry their town's name ("London Bridge", "Peshawar Press Club").
LANDMARK_HEADS = FACILITY_NOUNS | {"club", "hall", "college", "mall", "cafe", "restaurant", "bazaar", "court", "tower",
                                   "centre", "center", "park", "gate", "cathedral", "synagogue", "barracks", "checkpoint"}


BORDER_NOUNS = word_class("en_places", "BORDER_NOUNS")


def _border_country(trig: Token, agent_country: str | None) -> str | None:
    """'arrested at the Turkish border', 'on the Syrian-Turkish border': the act is on the side of
    the state that acts, else of the one state named that is not at war, else of the first named.
    The parser may hang the phrase on the act's object ("refused entry at the Hungarian border",
    "detained 11 Afghans near the Turkish border")."""
    holders = (trig, *(c for c in kids(trig) if c.dep_ == "dobj"))
    for prep in (p for h in holders for p in kids(h)):
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "on", "near", "along", "across"):
            continue
        for obj in (o for o in kids(prep) if o.dep_ == "pobj" and o.lemma_.lower() in BORDER_NOUNS):
            codes: list[str] = []
            for mod in (c for c in kids(obj) if c.dep_ in ("amod", "compound") and c.i < obj.i):
                for part in mod.text.split("-"):
                    nat = nationality_of(part, "en")
                    code = nat.country if nat is not None else country_code(part, "en")
                    if code and code not in codes:
                        codes.append(code)
            if not codes:
                continue
            if agent_country in codes or agent_country and len(codes) == 1:
                return agent_country  # "Bulgarian border police detained 11 Afghans near the Turkish border": their side
            at_peace = [c for c in codes if c not in CONFLICT_ZONES]
            return at_peace[0] if len(at_peace) == 1 else codes[0]
    return None


ORDERING_VERBS = word_class("en_places", "ORDERING_VERBS")
HOSTS = word_class("en_places", "HOSTS")


# settlements and areas a nationality's adjective places in its country ("a Nigerian village", "the
# Somali town of …" when the name is unknown); not bases, embassies or schools, often abroad
NATIONAL_PLACE_NOUNS = word_class("en_places", "NATIONAL_PLACE_NOUNS")


def _national_place(trig: Token) -> str | None:
    """The country of a place the act's own clause names only by a nationality ("gunmen attacked a
    Nigerian village", "drone strikes hit a Saudi refinery"): a state's, not an ethnicity's."""
    clause = list(_clause_tokens(trig))
    if trig.pos_ == "NOUN" and trig.dep_ == "nsubj":
        clause += _clause_tokens(trig.head)  # "drone strikes hit a Saudi refinery"
    for tok in clause:
        if tok.lemma_.lower() not in NATIONAL_PLACE_NOUNS or tok.pos_ != "NOUN":
            continue
        for adj in kids(tok):
            nat = nationality_of(adj.text, "en") if adj.dep_ in ("amod", "compound") and adj.ent_type_ == "NORP" else None
            if nat is not None and nat.country and not nat.ethnicity:
                return nat.country
    return None


def _ordered_of_a_host(trig: Token) -> bool:
    """'The ministry instructed access providers to cut off nine web addresses', 'asked the regulator to block
    seven pages': a state's takedown is its order to those who host or carry the content
    (GOLD-FORMAT's own example of an act known through its announcement; reports-dev2 codes both
    languages' orders to providers as takedowns)."""
    head = trig.head
    if trig.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in ORDERING_VERBS or not any(
        c.tag_ == "TO" or c.dep_ == "aux" and c.lower_ == "to" for c in kids(trig)
    ):
        return False
    hosts = [c for c in kids(head) if c.dep_ in ("dobj", "dative")]
    return any(h.lemma_.lower() in HOSTS or any(m.lemma_.lower() in HOSTS for m in kids(h) if m.dep_ == "compound") for h in hosts)


ROAD_WORDS = word_class("en_places", "ROAD_WORDS")
# where people are sent: "will be deported to Turkey", "their expulsion to Turkey" (not where they go themselves:
# "flew to Istanbul and was detained at the airport")
SENT_THERE_WORDS = word_class("en_places", "SENT_THERE_WORDS")


def _road_end(span: Span) -> bool:
    """'the Kabul-Kandahar highway', 'the Gao-Ansongo road': a town that names one end of a road is
    no place of what happened on it (the province named beside the road is)."""
    words = tokens(span.doc)
    after = words[span.end : span.end + 4]
    before = words[max(0, span.start - 2) : span.start]
    hyphened = "-" in span_text(span) or any(t.text in ("-", "–") for t in [*before[-1:], *after[:1]])
    return hyphened and any(t.lemma_.lower() in ROAD_WORDS for t in after)


def _road_through(ends: list[Location | None]) -> Location | None:
    """A road's place from the towns at its ends: their country when all resolve in one, and their
    province when they share it; None otherwise."""
    if len(ends) < 2 or any(e is None for e in ends) or len({e.country for e in ends if e}) != 1:
        return None
    first = ends[0]
    assert first is not None
    same_province = len({e.admin1 for e in ends if e}) == 1 and first.admin1 is not None
    return Location(country=first.country, admin1=first.admin1 if same_province else None, precision=3 if same_province else None)


class EnglishPlaces:
    """The place methods of the English extractor (a mixin: `EnglishExtractor` holds the state)."""

    gazetteer: Gazetteer
    place_ranker: PlaceRanker | None
    _known_places: dict[str, bool]
    _likeliest_places: dict[str, Place | None]
    _towns_named: dict[str, Place | None]
    _context: Callable[[Doc, Document], DocContext]  # the story's context (EnglishExtractor._context)

    def _town_named(self, name: str) -> Place | None:
        """The likeliest city spelled exactly `name` (not a fuzzy match, an airport or a county)."""
        seen = self._towns_named
        if name not in seen:
            if len(seen) >= 50_000:
                seen.clear()
            low = name.lower()
            seen[name] = next((p for p in self.gazetteer.candidates(name)[:5] if p.kind == "city" and p.name.lower() == low), None)
        return seen[name]

    def _large_town(self, name: str) -> bool:
        """A city of 100,000 people or more spelled `name`: strong enough to take a name NER read as
        a person's for a place."""
        town = self._town_named(name)
        return town is not None and town.population >= LARGE_TOWN

    def _sizeable_place(self, name: str) -> bool:
        """A town of 20,000 people or more (or a country) by this name: a name NER typed otherwise
        is taken for a place only then."""
        if country_code(name, "en") is not None:
            return True
        found = self._likeliest(name)
        # a district of our gazetteer supplement (no GeoNames id: curated, no population) counts too
        return found is not None and (found.population >= 20_000 or found.geonameid is None and found.kind == "district")

    def event_place(self, trig: Token, sent: Span, ctx: DocContext) -> tuple[tuple[int, int] | None, Location | None]:
        """The place in the sentence where the act of `trig` happened (extract/en_event_place.py):
        its character span (None when the sentence names no place of this act; `watchfloor eval` of
        the event_location format measures this choice) and its location (from the best place that
        resolves, or from a parenthesis "(town, province)")."""
        if self.place_ranker is not None:
            ranked = [span for span, _ in self.place_ranker.rank(trig, sent, self.is_place, self.place_kind)]
        else:
            ranked = event_place_spans(trig, sent, self.is_place)
        where_told = where_clause_span(trig, sent, self.is_place)
        if where_told is not None:  # "expelled him to Tashkent, where he was detained": there, whatever the ranker says
            ranked = [where_told, *(span for span in ranked if span != where_told)]
        if ranked and all(_road_end(span) for span in ranked):  # "the Kabul-Kandahar highway in Ghazni province"
            ranked = [span for span in event_place_spans(trig, sent, self.is_place) if not _road_end(span)] or ranked
        where = (ranked[0].start_char, ranked[0].end_char) if ranked else None
        for span in ranked:
            owner = self._owner_place(span, ctx)  # "Cabo Delgado's Palma district": Palma in Mozambique
            if _road_end(span) and "-" in span.text:
                found = self._road_between(span, ctx)  # "on the Abuja-Kaduna highway": Nigeria, between two states
            else:
                found = self._resolved(_place_phrase(span), ctx, owner) or self._named_after_town(span, ctx)
            if owner is not None and (found is None or found.country != owner.country):
                found = owner  # the gazetteer knows the name only elsewhere: the wider place stands
            if found is None:
                qualified = self._parenthesised(sent, ctx)
                if qualified is not None and span.text in (qualified.text or ""):
                    return where, qualified  # "Bagassi (Balé, Boucle du Mouhoun)": the brackets decide
                # "in Inates, Tillaberi region, Niger": a village the gazetteer lacks stands for its
                # province named after it, before a place ranked lower
                found = self._wider_place(span, sent, ctx)
                if found is not None:
                    return where, found
                continue
            wider = self._wider_place(span, sent, ctx)  # "Tchoma Bangou village, Tillaberi region"
            if wider is not None and _places_elsewhere(wider, found):
                found = wider  # the name matched a place elsewhere; the province named after it stands
            qualified = self._parenthesised(sent, ctx)
            if qualified is not None and (
                found.admin1 is None and qualified.country == found.country  # the parenthesis is finer
                or span.text in (qualified.text or "") and _places_elsewhere(qualified, found)  # "X (its province)"
            ):
                return where, qualified
            return where, found
        for span in ranked:  # "in Bir al-Abed, North Sinai": a village the gazetteer lacks, its province
            found = self._wider_place(span, sent, ctx)
            if found is not None:
                return where, found
        for span in reported_place_spans(trig, sent, self.is_place):  # "…, police in Kilis said"
            found = self._resolved(_place_phrase(span), ctx)
            if found is not None:
                return where, found
        between = self._road_between_towns(sent, ctx)
        if between is not None:  # "on the road between Homs and Palmyra"
            return where, between
        qualified = self._parenthesised(sent, ctx)
        if qualified is not None:  # "in Kidal (Kidal, Kidal)", "near Damboa (Damboa, Borno)"
            if where is None:
                at = sent.start_char + max(0, sent.text.find(qualified.text or ""))
                where = (at, at + len(qualified.text or ""))
            return where, qualified
        return where, None

    def is_place(self, name: str) -> bool:
        """Does the gazetteer know a populated place, a region or a country by this proper name?"""
        known = self._known_places
        if len(name) < 3 or name.lower() in ARABIC_ARTICLES:
            return False  # "al" of "al-Qaida" is no town
        if name not in known:
            known[name] = bool(self.gazetteer.candidates(name)) and not name.isupper() or country_code(name, "en") is not None
        return known[name]

    def place_kind(self, name: str) -> str:
        """What the gazetteer's likeliest entry of this name is ("country", "admin1", "city", …), or
        "-" when it knows none (a feature of the place ranker)."""
        if country_code(name, "en") is not None:
            return "country"
        found = self._likeliest(name)
        return found.kind if found is not None else "-"

    def _likeliest(self, name: str) -> Place | None:
        """The gazetteer's likeliest entry spelled `name`, looked up once per name."""
        seen = self._likeliest_places
        if name not in seen:
            if len(seen) >= 50_000:
                seen.clear()
            found = self.gazetteer.candidates(name) if len(name) >= 3 else []
            seen[name] = found[0] if found else None
        return seen[name]

    def place_of(self, doc: Doc, document: Document, trig: Token) -> tuple[int, int] | None:
        """The character span of the place where the act of `trig` happened, or None (the
        event_location benchmark asks this of any marked verb)."""
        return self.event_place(trig, sent_of(trig), self._context(doc, document))[0]

    def _location(self, draft: Draft, trig: Token, sent: Span, ctx: DocContext) -> None:
        self._place_of(draft, trig, sent, ctx)
        here = draft.location
        if (
            here is not None and here.text is None and draft.type == "ENTRY_BAN"
            and (draft.agent is None or not draft.agent.text) and here.country in draft.nationalities
        ):
            # "The German was refused entry at the border": a state keeps out others, so the people's
            # own country, guessed from the story, is not where it happened (removals: `_deported_from`)
            draft.location = None

    def _place_of(self, draft: Draft, trig: Token, sent: Span, ctx: DocContext) -> None:
        _, found = self.event_place(trig, sent, ctx)
        if found is not None and draft.type in ("ARREST", "ENTRY_BAN", "CHARGE") and draft.agent is not None and found.country != draft.agent.country and (
            where_clause_span(trig, sent, self.is_place) is None  # "expelled him to Tashkent, where he was detained": not the expellers' soil
        ):
            # "the boat left Cesme … but Greek coastguards detained the 12 on board": police, guards
            # and courts act on their own soil, at its one place the sentence names
            found = self._agents_only_place(draft, sent, ctx) or found
        if found is not None:
            draft.location = found
            return
        if draft.type == "TAKEDOWN":
            # online: a takedown is where the state that orders it rules; a platform's or an
            # unknown hand's has no place (every takedown of reports-dev and reports-dev2 is so coded)
            state = draft.agent is not None and (
                draft.agent.sector in ("GOV", "POL", "JUD") or country_code(draft.agent.text or "", "en") is not None)
            # a platform's country is no place of its takedown (one the dateline lent it least of all)
            ruler = draft.agent.country if draft.agent is not None and state else None
            if ruler is None and (state or _ordered_of_a_host(trig)):
                # "the Ministry of Communications … had told internet providers to block …": the story's state
                ruler = ctx.dateline.country if ctx.dateline is not None else ctx.default_country
            draft.location = Location(country=ruler) if ruler else None
            return
        national = _national_place(trig)
        if national is not None:
            draft.location = Location(country=national)
            return
        # a refusal of entry is by the state whose border it is, not by the body that told of it ("turned
        # away at the Hungarian border, the ministry said" in a Vienna dispatch is Hungary's); an arrest
        # there is the telling state's own as much as the acting one's
        told = draft.agent_told_it and draft.type == "ENTRY_BAN"
        doer = draft.agent.country if draft.agent is not None and not told else None
        border = _border_country(trig, doer)
        if border is not None:
            draft.location = Location(country=border)
            return
        seat = self._agents_seat(trig, ctx)  # "an Istanbul court jailed …": the body's seat
        if seat is not None:
            draft.location = seat
            return
        own = self._agents_only_place(draft, sent, ctx) if draft.type in ("ARREST", "ENTRY_BAN", "CHARGE") else None
        if own is not None:  # not a removal: it spans two countries (docs/places.md)
            draft.location = own
            return
        if any(t.lower_ in ("there", "province", "region", "district", "area") for t in _clause_tokens(trig)):
            place = self._last_place(trig, ctx.countries)  # "raids around the province", "detained there"
            if place is not None:
                draft.location = Location(country=place.country, admin1=place.admin1, precision=3)
                return
        country = draft.agent.country if draft.agent and draft.agent.country else ctx.default_country
        if country is None:
            speaker = _speech_subject(trig, any_speech=True)
            actor = actor_of(_np_text(speaker), "en") if speaker is not None and speaker.pos_ != "PRON" else None
            country = actor.country if actor is not None else None  # "Bosnia's SIPA said … detained"
        state_acts = draft.agent is not None and bool(draft.agent.text) and bool(country_code(draft.agent.text or "", "en"))
        if ctx.dateline is not None and country in (None, ctx.dateline.country) and not state_acts:
            # a dateline names where the report was filed; a capital's desk covers the whole country;
            # "Turkey deported …" is the state acting, not its dateline's province
            place = ctx.dateline
            admin1 = None if _is_capital(place) or place.kind == "country" else place.admin1
            draft.location = Location(country=place.country, admin1=admin1, precision=3 if admin1 else None)
        elif country:
            draft.location = Location(country=country)
        else:
            # last resort: the country the story is about (most named, war zones aside: they are
            # where people went, rarely where the news happened), named as a place where one is: "a
            # Moroccan … was arrested" in a story set in Ghent is no arrest in Morocco
            # "arrested on arrival from Turkey" (a removal "from Iran" is Iran's: `_deported_from`)
            origins = self._elsewhere_only(trig.doc, ctx) if draft.type != "DEPORT" else frozenset()
            homes = [c for c in ctx.countries if c not in CONFLICT_ZONES and c not in origins]
            home = next((c for c in homes if c in ctx.place_countries), homes[0] if homes else None)
            if home is not None and draft.type in ("ARREST", "CHARGE", "DEPORT", "ENTRY_BAN"):
                draft.location = Location(country=home)
                draft.place_guessed = home not in ctx.place_countries
            elif home is None and draft.type in ("ARREST", "CHARGE") and (town := self._home_towns_country(trig, ctx)):
                # "two brothers from Bolton were arrested in dawn raids": nothing else places it
                draft.location = Location(country=town)
                draft.place_guessed = True

    def _home_towns_country(self, trig: Token, ctx: DocContext) -> str | None:
        """The one country of the towns the act's people are said to come from ("two brothers from
        Bolton"), not of a country named as their origin ("a man from Morocco" says nothing of where
        he was held)."""
        people = _patient(trig, trig.pos_ in ("NOUN", "PROPN"))
        if people is None:
            return None
        origins = _origin_countries(people, self.gazetteer, context=ctx.countries)
        towns = {code for code, name in origins if country_code(name, "en") is None}
        return towns.pop() if len(towns) == 1 and len(origins) == 1 else None

    def _elsewhere_only(self, doc: Doc, ctx: DocContext) -> frozenset[str]:
        """Countries the story names only as where people came from ("on her return from London",
        "after arriving on a flight from Istanbul"), were trying to reach ("trying to board a flight
        to Istanbul") or are sent ("They will be deported to Turkey", "face expulsion to Turkey"):
        not where anything of it happened, so no last-resort place (the issue's unseen reports have
        "the destination used as the event's place" as a class). Where they went and were held may
        be: "flew to Istanbul and was detained at the airport" names it otherwise too."""
        cache = doc.user_data.setdefault("wf_elsewhere_only", {})
        if "found" not in cache:
            away: set[str] = set()
            here: set[str] = set()
            for sent in sentences(doc):
                for span in place_spans(sent, self.is_place):
                    place = self._resolved(_place_phrase(span), ctx)
                    if place is None or place.country is None:
                        continue
                    root = span.root
                    origin = root.dep_ == "pobj" and root.head.lower_ == "from"
                    bound = root.dep_ == "pobj" and root.head.lower_ in ("to", "for")
                    unreached = bound and any(a.lemma_.lower() in ("try", "attempt", "board") for a in root.ancestors)
                    verb = root.head.head
                    sent_there = bound and (verb.lemma_.lower() in SENT_THERE_WORDS or any(  # "face expulsion to Turkey"
                        o.dep_ == "dobj" and o.lemma_.lower() in SENT_THERE_WORDS for o in kids(verb)))
                    (away if origin or unreached or sent_there else here).add(place.country)
            cache["found"] = frozenset(away - here)
        return cache["found"]  # type: ignore[no-any-return]  # user_data holds Any

    def _road_between(self, span: Span, ctx: DocContext) -> Location | None:
        """'on the Gao-Ansongo road': a road between two towns of one country (and one province)
        lies in it; the towns themselves are not the place."""
        if not _road_end(span) or "-" not in span.text:
            return None
        return _road_through([self._resolved(part.strip(), ctx) for part in span.text.split("-") if part.strip()])

    def _road_between_towns(self, sent: Span, ctx: DocContext) -> Location | None:
        """'on the road between Kakata and Monrovia', 'the highway linking Homs and Palmyra': a road
        between two towns of one country lies in it (in their province, if they share one)."""
        for road in span_tokens(sent):
            if road.lemma_.lower() not in ROAD_WORDS:
                continue
            heads = [p for p in kids(road) if p.dep_ == "prep" and p.lower_ == "between"]
            after = road.doc[road.i + 1] if road.i + 1 < sent.end else None  # "the highway linking …", however hung
            if after is not None and after.tag_ == "VBG" and after.lemma_.lower() in ("link", "connect"):
                heads.append(after)
            for head in heads:
                first = next((o for o in kids(head) if o.dep_ in ("pobj", "dobj")), None)
                if first is None:
                    continue
                ends = [first, *(c for c in kids(first) if c.dep_ == "conj")]
                start = self._resolved(_compound_text(ends[0]), ctx)
                found = _road_through([start, *(self._resolved(_compound_text(e), ctx, start) for e in ends[1:])])  # the other end near the first
                if found is not None:
                    return found
        return None

    def _agents_only_place(self, draft: Draft, sent: Span, ctx: DocContext) -> Location | None:
        """'… waded towards a Bulgarian post, but Bulgarian guards sent him back': an
        agent named by its country acts on its own soil, so the one place of that country the
        sentence names (a province, town or post; none of another province beside it) is where."""
        agent = draft.agent
        if agent is None or not agent.country or not agent.text:
            return None
        named = any(
            (nat := nationality_of(w, "en")) is not None and nat.country == agent.country or country_code(w, "en") == agent.country
            for w in agent.text.replace("'s", "").split()
        )
        if not named:
            return None  # "police": a country inferred, not told
        found = {}
        for span in place_spans(sent, self.is_place):
            if span.root.dep_ in ("nsubj", "nsubjpass", "poss"):
                continue  # "a note Ankara sent", "Ankara's campaign": the government, no place
            climbed = _climb(span.root)
            if climbed is None and _in_an_act_noun(span):
                continue  # "for praising the 2015 Sousse beach attack": that attack's place
            if climbed is not None and another_acts(climbed[0], draft.trigger, span.root):
                continue  # "… who had been detained in Hatay province": the place of another act
            place = self._resolved(_place_phrase(span), ctx)
            if place is not None and place.country == agent.country and place.admin1:
                found[place.admin1] = place
        return next(iter(found.values())) if len(found) == 1 else None

    def _agents_seat(self, trig: Token, ctx: DocContext) -> Location | None:
        """A court, prosecutor or police force named by its city ("an Istanbul court", "Ankara
        prosecutors") acts there."""
        agent = _agent_np(trig)
        if agent is None or agent.lemma_.lower() not in SEATED_BODIES:
            return None
        for c in kids(agent):
            if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "LOC") and c.i < agent.i:
                found = self._resolved(c.text, ctx)
                if found is not None and found.admin1 is not None:  # a city or province, not a country
                    return found
        return None

    def _parenthesised(self, sent: Span, ctx: DocContext) -> Location | None:
        """A place qualified by its district, province or country in brackets, as coders and
        wires write it: "in Hodan district (Mogadishu, Banadir)", "Djibo (Soum, Sahel)"."""
        for match in PARENTHESISED_PLACE.finditer(cased_span_text(sent)):
            name, qualifiers = match.group(1), [q.strip() for q in match.group(2).split(",") if q.strip()]
            if body_name(name) or any(body_name(q) for q in qualifiers):
                continue  # "the Free Syrian Army (FSA)", "Al-Sham (ISIS)": a body and its short name
            if len(qualifiers) == 1 and SHORT_FORM.fullmatch(qualifiers[0]) and country_code(qualifiers[0], "en") is None:
                continue  # "the Karen National Union (KNU)", "Salvation Front (FIS)": a name and its acronym, no province
            found = []
            for phrase in (name, *qualifiers):
                # a name in the brackets is a unit (district, province), not a town of that name abroad
                asked = phrase if phrase == name or UNIT_WORD.search(phrase) else f"{phrase} province"
                resolution = self.gazetteer.resolve(asked, context=[*ctx.countries, *reversed(qualifiers)])
                if resolution.place is not None and resolution.precision is not None:
                    found.append((phrase, resolution))
            agreed = _agreed(found)
            if agreed is not None:
                return Location(
                    text=match.group(0), country=agreed.country, admin1=agreed.admin1,
                    place=agreed.name if agreed.kind not in ("country", "admin1") else None,
                    lat=agreed.lat, lon=agreed.lon, precision=_unit_precision(agreed),
                )
            # the brackets run from fine to coarse, and a coarser name decides the country: "Chardara
            # district (Kunduz)" is Afghan though the gazetteer knows a Chardara only in Kazakhstan,
            # and "Seytenga (Seno, Sahel)" is not the Laotian village Seno
            for k, (_, resolution) in enumerate(found):
                place = resolution.place
                coarser = {r.place.country for _, r in found[k + 1 :] if r.place is not None}
                if place is None or coarser and place.country not in coarser:
                    continue
                return Location(
                    text=match.group(0), country=place.country, admin1=place.admin1,
                    place=place.name if place.kind not in ("country", "admin1") else None,
                    lat=place.lat, lon=place.lon, precision=resolution.precision,
                )
        return None

    def _named_after_town(self, span: Span, ctx: DocContext) -> Location | None:
        """A landmark the gazetteer does not know, named after its town ("London Bridge", "the
        Peshawar Press Club", "Kabul University"; NER may run "X Hall near London Bridge" into
        one name): the town it is named after."""
        words = list(span)
        for i, tok in enumerate(words[1:-1], start=1):
            if tok.lower_ in ("near", "in", "outside", "at", "off"):
                rest = span.doc[words[i + 1].i : span.end]
                return self._resolved(rest.text, ctx) or self._named_after_town(rest, ctx)
        if len(words) < 2 or words[-1].lemma_.lower() not in LANDMARK_HEADS:
            return None
        for k in range(len(words) - 1, 0, -1):
            prefix = words[:k]
            if not all(t.pos_ == "PROPN" for t in prefix):
                continue
            found = self._resolved(span.doc[prefix[0].i : prefix[-1].i + 1].text, ctx)
            if found is not None and found.precision is not None:
                return found
        return None

    def _wider_place(self, span: Span, sent: Span, ctx: DocContext) -> Location | None:
        """The wider place named after a place, in apposition ("Bir al-Abed, North Sinai",
        "near Boulkessi, Mopti region", "Tchoma Bangou village, Tillaberi region") or by "of" after its
        place noun ("the Eastleigh district of Nairobi"), resolved."""
        anchors = {span.root.i} | ({span.root.head.i} if span.root.dep_ == "compound" else set())
        for wider in place_spans(sent, self.is_place):
            node = wider.root
            if node.dep_ == "compound" and node.head.lemma_.lower() in PLACE_NOUNS:
                node = node.head  # "Mopti region"
            within = node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head.i in anchors  # "near Boni in Mali"
            # "the Eastleigh district of Nairobi", "the Hodan district of Mogadishu"
            within = within or node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i in anchors and (
                node.head.head.lemma_.lower() in PLACE_NOUNS)
            if within or node.dep_ in ("appos", "conj") and (node.head.i in anchors or span.start <= node.head.i < span.end):
                found = self._resolved(_place_phrase(wider), ctx)
                if found is not None:
                    return found
        return None

    def _owner_place(self, span: Span, ctx: DocContext) -> Location | None:
        """The wider place a possessive names before a place ("Mogadishu's Yaqshid district",
        "Hatay's Reyhanli district", "Cabo Delgado's Palma district")."""
        head = span.root.head if span.root.dep_ == "compound" else span.root
        for c in kids(head):
            if c.dep_ == "poss" and not span.start <= c.i < span.end and c.ent_type_ in ("GPE", "LOC"):
                words = [t for t in subtree(c) if t.dep_ != "case"]
                return self._resolved(span.doc[words[0].i : words[-1].i + 1].text, ctx)
        return None

    def _resolved(self, phrase: str, ctx: DocContext, within: Location | None = None) -> Location | None:
        """The location a place phrase names, when the gazetteer finds a plausible one; `within`, a
        wider place the text puts it in, comes first in the context."""
        countries = ctx.countries
        context = list(countries)
        if within is not None and within.country:
            countries = [within.country, *(c for c in ctx.countries if c != within.country)]
            context = [*([within.admin1] if within.admin1 else []), *countries]
        resolution = self.gazetteer.resolve(phrase, context=context)
        place = resolution.place
        if place is None or not _plausible(place, countries, resolution.candidates, phrase):
            return None
        return Location(
            text=phrase,
            country=place.country,
            admin1=place.admin1 if resolution.precision is not None else None,
            place=place.name if place.kind not in ("country", "admin1") and resolution.precision == 1 else None,
            lat=place.lat,
            lon=place.lon,
            precision=resolution.precision,
        )

    def _last_place(self, trig: Token, countries: list[str]) -> Place | None:
        """The last province-level place named before the trigger (a destination counts too:
        it is where people were last put)."""
        doc = trig.doc
        for ent in reversed([e for e in ents_before(doc, trig.i) if e.label_ in LOCATION_LABELS]):
            resolution = self.gazetteer.resolve(ent.text, context=countries)
            place = resolution.place
            if place is not None and place.admin1 and _plausible(place, countries, resolution.candidates):
                return place
        return None
