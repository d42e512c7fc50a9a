"""Place names in a Russian sentence: which are places, what role each plays in its clause
(location, destination, origin), and their gazetteer entries."""

from __future__ import annotations

from watchfloor.extract.ru_syntax import Cues, case_of, case_words, in_quotes, np_tokens
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Location
from watchfloor.nlp.russian import RuSentence, RuSpan, RuToken
from watchfloor.normalize.places import Gazetteer, Resolution

LOCATION_PREPS = word_class("ru_places", "LOCATION_PREPS")
ORIGIN_PREPS = word_class("ru_places", "ORIGIN_PREPS")


class RuPlaces:
    def __init__(self, gazetteer: Gazetteer, cues: Cues) -> None:
        self.gazetteer = gazetteer
        self.cues = cues

    def mentions(self, sent: RuSentence) -> list[tuple[RuSpan, RuToken]]:
        """LOC names that are places (not «quoted» names, not misread common nouns), each with the
        top of the noun phrase it sits in ("Таджикистана" → "районе" in "в Яванском районе …")."""
        out = []
        for span in sent.spans:
            if span.type not in ("LOC", "ORG") or not span.tokens or in_quotes(sent, span.start, span.stop):
                continue
            toks = [sent.tokens[i] for i in span.tokens]
            if span.type == "ORG" and not self._station(toks):
                continue
            if (
                all(t.pos != "PROPN" for t in toks)
                and all(t.text[:1].isupper() for t in toks[:1])
                and len(toks) == 1
            ):
                continue  # "Власти" at the start of a sentence
            root = next((t for t in toks if t.head is None or t.head.i not in span.tokens), toks[0])
            out.append((span, np_top(root)))
        return out

    def _station(self, toks: list[RuToken]) -> bool:
        """An airport or a station named after a noun saying so, which NER takes for the company
        that runs it ("в аэропорту Домодедово"; NEREL has "в аэропорту Шереметьево", "аэропорт
        Сукарно"): a place where the gazetteer knows the name."""
        head = toks[0].head
        if toks[0].rel != "appos" or head is None or head.lemma not in STATION_NOUNS:
            return False
        name = " ".join(t.text for t in toks)
        return self.gazetteer.resolve(name).place is not None

    def role(self, top: RuToken) -> str:
        prep = case_of(top)
        words = case_words(top)
        if prep in ORIGIN_PREPS or "из" in words:
            return "origin"
        if prep == "к":
            return "destination"
        if prep in LOCATION_PREPS:
            if prep in ("в", "во", "на") and top.feat("Case") == "Acc":
                return "destination"
            head = top.head
            if head is not None and head.lemma in self.cues.words["person_nouns"]:
                return "origin"
            return "location"
        if prep is None and top.rel == "nmod" and top.head is not None:
            return "other"
        return "other"

    def resolve(self, phrase: str, context: list[str]) -> Location | None:
        resolution: Resolution = self.gazetteer.resolve(phrase, context=context)
        place = resolution.place
        if place is None:
            return None
        return Location(
            text=phrase,
            country=place.country,
            admin1=place.admin1 if resolution.precision is not None else None,
            place=place.name
            if place.kind not in ("country", "admin1") and resolution.precision == 1
            else None,
            lat=place.lat,
            lon=place.lon,
            precision=resolution.precision,
        )


def np_top(tok: RuToken) -> RuToken:
    """Climb from a name to the phrase it names: "Газиантеп" → "провинции" (appos), "Таджикистана"
    → "области" → "районе" (nmod chains of places)."""
    node = tok
    for _ in range(4):
        head = node.head
        if head is None or head.pos not in ("NOUN", "PROPN"):
            break
        if node.rel == "appos" or node.rel == "nmod" and case_of(node) is None and is_place_noun(head):
            node = head
            continue
        if node.rel == "nmod" and case_of(node) is None and head.lemma in FACILITY_NOUNS:
            node = head  # "в больнице Сингапура", "в аэропорту Барселоны": the facility in that place
            while node.rel == "conj" and case_of(node) is None and node.head is not None and node.head.pos == "NOUN":
                node = node.head  # "в школах и больницах Алеппо": the first conjunct carries the preposition
            break
        break
    return node


# Buildings and sites a genitive place name locates ("в больнице Финикса", "на вокзале Лоди"); not
# an embassy or a consulate, whose genitive is the country that owns it ("посольство Эквадора в Лондоне").
FACILITY_NOUNS = word_class("ru_places", "FACILITY_NOUNS")


PLACE_NOUNS = word_class("ru_places", "PLACE_NOUNS")
# nouns an airport's or a station's own name follows in apposition ("в аэропорту Домодедово")
STATION_NOUNS = word_class("ru_places", "STATION_NOUNS")


def is_place_noun(tok: RuToken) -> bool:
    return tok.lemma in PLACE_NOUNS or tok.pos == "PROPN"


def place_phrase(sent: RuSentence, top: RuToken) -> str:
    if top.lemma in FACILITY_NOUNS:
        top = _facility_place(top) or top  # "в школах и больницах Алеппо": Алеппо
    toks = np_tokens(top)
    return sent.text[toks[0].start - sent.start : toks[-1].stop - sent.start]


def _facility_place(top: RuToken) -> RuToken | None:
    """The place named in the genitive after a facility noun or one of its conjuncts."""
    nouns = [top, *(c for c in top.children if c.rel == "conj" and c.pos == "NOUN")]
    for noun in nouns:
        for c in noun.children:
            if c.rel == "nmod" and case_of(c) is None and (c.pos == "PROPN" or c.lemma in PLACE_NOUNS):
                return c
    return None
