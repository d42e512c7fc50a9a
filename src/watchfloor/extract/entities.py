"""Typed entity mentions: who, where and with what, in any document.

Types follow re3d's scheme (model.ENTITY_TYPES): Person, Organisation, Location, Nationality,
Temporal, Quantity, Money, Weapon, MilitaryPlatform, Vehicle, DocumentReference, CommsIdentifier,
Frequency, Coordinate, Url. Each mention keeps its character offsets and a normalised value:

- Location → the gazetteer's place (value: name; attrs: country ISO3, admin1, lat, lon, kind);
- Nationality → ISO3 (or the ethnic / religious group when no single country);
- Organisation → canonical name, country and sector (normalize.actors), armed group code (normalize.groups);
- Temporal → ISO date with precision (normalize.dates); Quantity and Money → number (normalize.numbers);
- Weapon, MilitaryPlatform, Vehicle, generic organisations, titles and kinds of place → the lexicon's class
  (data/entities_en.tsv).

Spans follow re3d's conventions: a noun phrase keeps its determiner and modifiers ("the UK Government",
"the moderate Syrian Opposition", "its allies"), a title stays with the name ("Foreign Secretary Boris
Johnson"), "of" phrases naming a place or body stay with their head ("the Government of Iraq", "the city
of Mosul"), a date drops its preposition ("on Friday" → "Friday"). Names inside a longer mention are
mentions too ("Russian" and "Sergei Lavrov" in "Russian Foreign Minister Sergei Lavrov"). A country is an
Organisation when it acts ("Russia said", "The UK stands by Iraq"), a Location otherwise.

English reads a spaCy parse (nlp.english), Russian natasha's NER spans (nlp.russian). Pronouns that
refer to people ("he", "we") are mentions only when asked for (`pronouns=True`): re3d annotates them,
an analyst's table rarely wants them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from watchfloor.extract.word_classes import word_class
from watchfloor.model import Document, Entity
from watchfloor.normalize.actors import actor_of
from watchfloor.normalize.dates import find_dates, resolve_date
from watchfloor.normalize.groups import find_groups
from watchfloor.normalize.nationality import country_code, nationality_of
from watchfloor.normalize.numbers import parse_quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from watchfloor.normalize.places import Gazetteer

# -- lexicon --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Term:
    type: str
    cls: str

    @property
    def generic(self) -> bool:
        return self.cls.endswith("generic")


def _plurals(term: str) -> list[str]:
    *rest, last = term.split(" ")
    if last.endswith(("s", "x", "ch", "sh")):
        forms = [last + "es"]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms = [last[:-1] + "ies"]
    elif last.endswith("man"):
        forms = [last[:-3] + "men"]
    else:
        forms = [last + "s"]
    return [" ".join([*rest, f]) for f in forms]


@cache
def lexicon() -> dict[str, Term]:
    """data/entities_en.tsv: lowercase term (and derived plural) → type and class. Listed forms win
    over derived ones ("fighters" is a group of people, "fighter" an aircraft)."""
    listed: dict[str, Term] = {}
    for line in files("watchfloor.data").joinpath("entities_en.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        term, type_, cls = line.split("\t")
        listed[term.lower()] = Term(type_, cls)
    table = dict(listed)
    for term, value in listed.items():
        if value.type not in ("Money",) and not term.endswith("s"):
            # Several people are a group: "ministers", "three women" (re3d's Organisation by class).
            plural_value = Term("Organisation", "people") if value.type == "Person" else value
            for plural in _plurals(term):
                table.setdefault(plural, plural_value)
    return table


# -- regular expressions for identifiers ----------------------------------------------------------

_DEG = r"\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?[′'])?(?:\s?\d{1,2}(?:\.\d+)?[″\"])?\s?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Coordinate", re.compile(rf"{_DEG}[NS][,\s]\s*{_DEG}[EW]\b")),
    ("Coordinate", re.compile(r"\b(?:MGRS\s+)?\d{1,2}[C-X]\s?[A-Z]{2}\s?\d{4,10}\b")),
    ("Frequency", re.compile(r"(?i)\b\d+(?:[.,]\d+)?\s?(?:[kMG]Hz)\b")),
    ("Url", re.compile(r"\bhttps?://[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]")),
    ("Url", re.compile(r"\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s<>\"')\]]*[^\s<>\"')\].,;:!?])?", re.IGNORECASE)),
    ("CommsIdentifier", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    ("CommsIdentifier", re.compile(r"(?<![\w@])@\w{2,30}\b")),
    ("CommsIdentifier", re.compile(r"(?<![\w+])\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}\b")),
    ("Money", re.compile(
        r"(?:(?<![\w$£€])(?:US|U\.S\.|A|C)?[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|billion|mn|m|million|k|thousand|trillion)\b)?)"
        r"|\b(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions|billions)"
        r"(?:\s(?:hundred|thousand|million|billion))?(?:\sof)?\s(?:[A-Z]\w+\s)?(?:dollars?|pounds?|euros?|dinars?|dirhams?|"
        r"riyals?|liras?|roubles?|rubles?|rupees?)\b")),
    ("DocumentReference", re.compile(
        r"\b(?:(?:UN |United Nations )?(?:Security Council |UNSC )?Resolutions? \d{3,4}(?: \(\d{4}\))?"
        r"|Executive Order \d{4,6}|(?:[A-Z]{1,4}/)+\d{2,4}(?:/\d+)+)\b")),
)  # fmt: skip

_PRONOUNS = {
    "i": "Person", "me": "Person", "myself": "Person", "he": "Person", "him": "Person", "himself": "Person",
    "she": "Person", "herself": "Person", "we": "Organisation", "us": "Organisation",
    "ourselves": "Organisation", "they": "Organisation",
}  # fmt: skip

# spaCy label → our type; GPE and NORP are decided by their role in the sentence.
_NER_TYPES = {
    "PERSON": "Person", "ORG": "Organisation", "LOC": "Location", "FAC": "Location", "GPE": "Location",
    "NORP": "Nationality", "DATE": "Temporal", "TIME": "Temporal", "MONEY": "Money", "QUANTITY": "Quantity",
    "PERCENT": "Quantity", "CARDINAL": "Quantity", "LAW": "DocumentReference",
}  # fmt: skip
_DET = word_class("entities", "DET")
_SUBJECT_DEPS = frozenset({"nsubj", "agent", "csubj"})
_LEFT_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod", "npadvmod", "predet"})
_OF_HEADS = frozenset({"Organisation", "Location", "Person", "DocumentReference"})
_DATE_PREPS = re.compile(
    r"(?i)^(?:(?:on|in|at|since|by|from|until|till|during|of|for|before|after|over|within|earlier|later)\s+)+"
)
_MONTHS = re.compile(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
# Kinds of source, best first, for choosing among overlapping candidates.
_RANK = {"regex": 0, "phrase": 1, "group": 2, "ner": 3, "country": 4, "date": 5, "pronoun": 6}


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    type: str
    source: str
    cls: str | None = None
    also: bool = False  # a second reading of a span: stands beside a mention of another type there


class EntityExtractor:
    """Entity mentions for English and Russian documents. The constructor loads nothing: the
    gazetteer is loaded on first use unless given."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        pronouns: bool = False,
        on_error: Callable[[Document, Exception], None] | None = None,
    ) -> None:
        self._gazetteer = gazetteer
        self.pronouns = pronouns
        # With `on_error`, a document the layer fails on is reported there and gets no entities,
        # and the batch goes on; without it, the error propagates.
        self.on_error = on_error

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from watchfloor.normalize.places import Gazetteer

            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def extract_many(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Entity]]]:
        """Entities of each document, in input order (batched through each language's parser)."""
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= 32:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[Document]) -> Iterator[tuple[Document, list[Entity]]]:
        out: dict[int, list[Entity]] = {}
        english = [(d.text, n) for n, d in enumerate(batch) if (d.language or "en") != "ru"]
        if english:
            from watchfloor.nlp.english import parse_many

            for doc, n in parse_many(english):
                document = batch[n]
                out[n] = self._guarded(
                    document, partial(self.from_spacy, doc, published=document.published, original=document.text)
                )
        russian = [(d.text, n) for n, d in enumerate(batch) if d.language == "ru"]
        if russian:
            from watchfloor.nlp.russian import parse_many as parse_ru

            for rdoc, n in parse_ru(russian, syntax=False):
                out[n] = self._guarded(batch[n], partial(self.from_natasha, rdoc, published=batch[n].published))
        for n, document in enumerate(batch):
            yield document, out[n]

    def _guarded(self, document: Document, make: Callable[[], list[Entity]]) -> list[Entity]:
        if self.on_error is None:
            return make()
        try:
            return make()
        except Exception as exc:  # one bad document must not stop the batch: reported, then skipped
            self.on_error(document, exc)
            return []

    # -- English ------------------------------------------------------------------------------

    def from_spacy(self, doc: Doc, *, published: date | None = None, original: str | None = None) -> list[Entity]:
        """Entities of a spaCy-parsed English text. `original` is the text as written when the parse
        read a recased copy of it (nlp.english truecases all-lowercase text, keeping offsets): the
        mentions quote the original."""
        text = doc.text
        cands: list[_Candidate] = []
        for type_, regex in _PATTERNS:
            cands.extend(_Candidate(m.start(), m.end(), type_, "regex") for m in regex.finditer(text))
        # One sense per document: a word of a person's full name elsewhere is that person ("Karim").
        names = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 for t in e if t.is_title}
        for ent in doc.ents:
            cands.extend(self._ner_candidates(ent, names))
        cands.extend(self._phrase_candidates(doc))
        cands.extend(_Candidate(s, e, "Organisation", "group", cls="armed group") for s, e, _ in find_groups(text, "en"))
        cands.extend(_country_names(doc))
        # A coordinate is also a place, "referenced with a coordinate system" in re3d's words.
        cands.extend(_Candidate(c.start, c.end, "Location", "regex", also=True) for c in list(cands)
                     if c.type == "Coordinate")  # fmt: skip
        for s, e, _ in find_dates(text, published, "en"):
            s += _prep_length(text[s:e])
            if e > s:
                cands.append(_Candidate(s, e, "Temporal", "date"))
        if self.pronouns:
            cands.extend(
                _Candidate(t.idx, t.idx + len(t), _PRONOUNS[t.lower_], "pronoun")
                for t in doc
                if t.lower_ in _PRONOUNS and t.pos_ == "PRON"
            )
        chosen = _choose(cands)
        countries = _countries(text, chosen)
        if original is not None and len(original) == len(text):
            text = original
        return [self._entity(text, c, published, countries) for c in chosen]

    def _ner_candidates(self, ent: Span, names: frozenset[str] | set[str] = frozenset()) -> Iterator[_Candidate]:
        label = ent.label_
        if label in ("GPE", "ORG", "NORP") and ent.text in names and not country_code(ent.text):
            label = "PERSON"
        type_ = _NER_TYPES.get(label)
        if type_ is None:
            return
        doc = ent.doc
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in _DET | {"'s", "’s"}:  # spaCy may put "the" in; we decide below
            start += 1
        while end > start and doc[end - 1].tag_ == "POS":
            end -= 1
        if type_ in ("Quantity", "Money", "Temporal"):
            start += _approximator_length(doc, start, end)
        if start >= end:
            return
        head = doc[start:end].root
        if label == "CARDINAL" and (_part_of_time(doc, start, end) or _SMALL_WORD.fullmatch(doc[start:end].text)):
            return  # a day or year of a date; "two men", "one of them" (counts written out, not amounts)
        surface = doc[start:end].text
        if label == "GPE":
            type_ = "Organisation" if _acts(head) and country_code(surface) else "Location"
        elif label == "NORP" and nationality_of(surface) is None and self._is_place(surface, big=not _locative(head)):
            type_ = "Location"  # the small model calls some cities nationalities ("in Aleppo")
        elif label == "NORP":  # "Syrians" are a group of people, "Syrian" and "Arabic" a nationality
            plural = head.tag_ in ("NNS", "NNPS") and head.lower_.endswith("s")
            type_ = "Organisation" if plural and not _is_modifier(doc[start:end]) else "Nationality"
        elif label in ("ORG", "PERSON") and self._is_place(surface, big=not _locative(head)):
            type_ = "Location"
        if type_ == "Temporal":
            skip = _prep_length(doc[start:end].text)
            if not skip and not doc[start].like_num:  # "the past three days", but "13 November"
                start = _with_determiner(doc, start)
            yield _Candidate(doc[start].idx + skip, _end(doc, end), type_, "ner")
            return
        if type_ == "Person":
            titled = _title_start(doc, start)
            if titled < start:
                yield _Candidate(doc[_with_determiner(doc, titled)].idx, _end(doc, end), type_, "ner", cls="title")
        if type_ == "Organisation" and label == "ORG":
            start = min(start, _left_edge(doc[end - 1]) if doc[end - 1] is head else start)
        if type_ in ("Organisation", "DocumentReference"):
            start = _with_determiner(doc, start)
        stop = _end(doc, end)
        if type_ == "Quantity":  # "300m", "84 MW", "9,000 m3/s": the unit is part of the measure
            unit = _UNIT_AFTER.match(doc.text, stop)
            stop = unit.end() if unit else stop
        yield _Candidate(doc[start].idx, stop, type_, "ner")

    def _is_place(self, name: str, *, big: bool = False) -> bool:
        """A name the gazetteer knows as a country, province or sizeable town (a city when `big`)."""
        for place in self.gazetteer.candidates(name)[:1]:
            return place.kind in ("country", "admin1") or place.population >= (500_000 if big else 20_000)
        return False

    def _phrase_candidates(self, doc: Doc) -> Iterator[_Candidate]:
        """Noun phrases headed by a lexicon term, grown to their modifiers and "of" complements."""
        table = lexicon()
        taken: set[int] = set()
        for tok in doc:
            if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            # The longest term ending at this token (multi-word terms: "machine gun", "prime minister").
            found = None
            for n in (7, 6, 5, 4, 3, 2, 1):
                if tok.i - n + 1 < 0:
                    continue
                words = doc[tok.i - n + 1 : tok.i + 1]
                key = " ".join(t.lower_ for t in words).replace(" - ", "-").replace(" -", "-")
                if key in table:
                    found = (tok.i - n + 1, table[key])
                    break
            if found is None:
                continue
            term_start, term = found
            head = tok
            if head.i + 1 < len(doc) and doc[head.i + 1].pos_ in ("NOUN", "PROPN") and doc[head.i + 1].dep_ == "compound":
                continue  # a modifier of a longer noun ("weapons inspectors"), not the head
            start = min(term_start, _left_edge(head, numbers=term.type not in ("Organisation", "Person")))
            end = head.i + 1
            if term.type in _OF_HEADS:  # "reports of atrocities" are news, not a document's name
                end = _of_complement(doc, head, end, named_only=term.type == "DocumentReference")
            if term.type == "Organisation" and term.cls == "people":  # "women and children": one group
                for conj in head.conjuncts:
                    if conj.i > head.i and conj.tag_ == "NNS" and conj.right_edge.i - start < 10:
                        end = max(end, conj.right_edge.i + 1)
            has_modifier = start < term_start
            if term.generic and not has_modifier and end == head.i + 1:
                continue
            taken.update(range(start, end))
            yield _Candidate(doc[start].idx, _end(doc, end), term.type, "phrase", cls=term.cls)

    def _entity(
        self, text: str, c: _Candidate, published: date | None, countries: list[str], lang: str = "en"
    ) -> Entity:
        surface = text[c.start : c.end]
        value: str | None = None
        attrs: dict[str, Any] = {}
        if _class_name(c.cls):
            attrs["class"] = _class_name(c.cls)
        if c.type == "Location":
            value, attrs = self._place(surface, countries, attrs)
        elif c.type == "Nationality":
            nat = nationality_of(surface)
            if nat is not None:
                value = nat.country or nat.ethnicity
                attrs.update({k: v for k, v in (("country", nat.country), ("ethnicity", nat.ethnicity)) if v})
        elif c.type == "Organisation":
            value = self._organisation(surface, attrs)
        elif c.type == "Temporal":
            found = resolve_date(surface, published, lang)
            if found is not None and found.date is not None:
                value = found.date.isoformat()
                attrs["precision"] = found.precision
        elif c.type == "Money":
            amount = _amount(surface)
            value = None if amount is None else _num(amount)
            currency = _currency(surface)
            if currency:
                attrs["currency"] = currency
        elif c.type == "Quantity":
            amount = _amount(surface)
            q = parse_quantity(surface)
            if q is not None and q.figure is not None:
                value = str(q.figure)
                if q.value is None:
                    attrs.update({k: v for k, v in (("low", q.low), ("high", q.high)) if v is not None})
            elif amount is not None:
                value = _num(amount)
            unit = _UNIT.search(surface)
            if unit:
                attrs["unit"] = (unit.group(1) or unit.group(2)).lower()
        elif c.type == "Person":
            value = _person_name(surface)
            attrs.pop("class", None)
            if value and surface.endswith(value) and surface != value:
                attrs["title"] = re.sub(r"(?i)^the\s+", "", surface[: -len(value)].strip(" ,"))
        elif c.type == "Coordinate":
            latlon = _latlon(surface)
            if latlon:
                value = f"{latlon[0]:.6f},{latlon[1]:.6f}"
                attrs.update({"lat": round(latlon[0], 6), "lon": round(latlon[1], 6)})
        elif c.type == "Frequency":
            hz = _hertz(surface)
            value = None if hz is None else f"{_num(hz)} Hz"
        else:
            value = _class_name(c.cls)
        return Entity(c.start, c.end, surface, c.type, value, attrs)

    def _place(self, surface: str, countries: list[str], attrs: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        code = country_code(surface)
        if code:
            return code, {**attrs, "country": code, "kind": "country"}
        resolution = self.gazetteer.resolve(surface, context=countries)
        place = resolution.place
        if place is None:
            return None, attrs
        return place.name, {
            **attrs, "country": place.country, "admin1": place.admin1, "lat": place.lat, "lon": place.lon,
            "kind": place.kind,
        }  # fmt: skip

    def _organisation(self, surface: str, attrs: dict[str, Any]) -> str | None:
        groups = find_groups(surface.replace("’", "").replace("'", ""))  # "Da’esh" is Daesh
        if groups:
            attrs["group"] = groups[0][2]
            return groups[0][2]
        actor = actor_of(surface)
        if actor is not None:
            attrs.update({k: v for k, v in (("country", actor.country), ("sector", actor.sector)) if v})
            if actor.name or actor.country:
                return actor.name or actor.country
        nationality = nationality_of(surface)  # "Kurdish fighters", "Iraqi forces"
        if nationality is None:
            return None
        attrs.update({k: v for k, v in (("country", nationality.country), ("ethnicity", nationality.ethnicity)) if v})
        return nationality.country or nationality.ethnicity

    # -- Russian ------------------------------------------------------------------------------

    def from_natasha(self, doc: Any, *, published: date | None = None) -> list[Entity]:
        """Entities of a natasha-parsed Russian text: its PER / ORG / LOC spans, dates, groups."""
        from watchfloor.extract import ru_entities as ru

        text = doc.text
        cands: list[_Candidate] = []
        for s in doc.spans:
            if s.type == "PER":  # without titles, cut at a bracket (ru_entities)
                cands.extend(_Candidate(a, b, "Person", "ner") for a, b in ru.person_spans(doc, s.start, s.stop))
            elif s.type in ("ORG", "LOC"):
                cands.append(_Candidate(s.start, s.stop, "Organisation" if s.type == "ORG" else "Location", "ner"))
        cands.extend(_Candidate(s, e, "Organisation", "group", cls="armed group") for s, e, _ in find_groups(text, "ru"))
        dates = [ru.date_span(text, s, e) for s, e, _ in find_dates(text, published, "ru")]
        dates += [(s, e) for s, e, _ in ru.duration_spans(text)]
        cands.extend(_Candidate(s, e, "Temporal", "date") for s, e in dates)
        names = {i for c in cands if c.type == "Person" for i in range(c.start, c.end)}
        cands.extend(_Candidate(s, e, t, "country") for s, e, t in ru.nationality_spans(doc, names))
        cands.extend(_Candidate(s, e, t, "country") for s, e, t in ru.citizen_spans(doc))
        cands.extend(_Candidate(s, e, t, "regex") for s, e, t in ru.quantity_spans(doc, dates))
        cands.extend(_Candidate(s, e, t, "phrase", cls="generic") for s, e, t in ru.body_spans(text))
        chosen = _choose(cands)
        countries = _countries(text, chosen)
        return [self._entity(text, c, published, countries, "ru") for c in chosen]


# -- span helpers ---------------------------------------------------------------------------------


def _country_names(doc: Doc) -> Iterator[_Candidate]:
    """Country names wherever they stand, as places: inside a body's name ("the Government of Iraq")
    or beside the organisation a country is when it acts ("The UK stands by Iraq")."""
    i = 0
    while i < len(doc):
        for n in (3, 2, 1):
            words = doc[i : i + n]
            if (
                len(words) == n
                and (words[0].is_title or words[0].is_upper)
                and words[0].lower_ != "the"
                and all(w.is_alpha or re.fullmatch(r"(?:[A-Z]\.)+", w.text) for w in words)
                and words.root.dep_ not in ("compound", "amod", "nmod", "poss")  # "U.S. military", "Iraq's people"
                and not (words.end < len(doc) and doc[words.end].tag_ == "POS")
                and country_code(words.text)
            ):
                yield _Candidate(words.start_char, words.end_char, "Location", "country", also=True)
                i += n - 1
                break
        i += 1


def _class_name(cls: str | None) -> str | None:
    """The lexicon class as shown to users: "generic" only says how the term matches."""
    return (cls or "").removesuffix("generic").strip() or None


def _end(doc: Doc, end: int) -> int:
    last = doc[end - 1]
    return last.idx + len(last.text)


def _prep_length(phrase: str) -> int:
    m = _DATE_PREPS.match(phrase)
    return m.end() if m else 0


def _part_of_time(doc: Doc, start: int, end: int) -> bool:
    """A number that is a day of month or a year next to a month name is the date's, not a quantity."""
    near = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    return any(_MONTHS.match(t.text) and t.ent_type_ in ("DATE", "") and t.is_title for t in near)


_SMALL_WORD = re.compile(r"(?i)one|two|three|four|five|six|seven|eight|nine|a few|several|both")
_UNIT_AFTER = re.compile(
    r"[ \u00a0]?(?:km|m|mi|ft|nm|MW|GW|kW|m3/s|m3|km2|sq km|kg|miles?|kilomet(?:re|er)s?|metres?|meters?|feet|"
    r"acres?|hectares?|cu[ \u00a0]ft/s|acre·ft|tonnes?|tons?|per ?cent|percent|%)(?![\w/])"
)
_APPROX = re.compile(
    r"(?i)^(?:about|around|some|nearly|almost|approximately|roughly|over|under|more than|less than|fewer than|"
    r"up to|at least|at most|an estimated|estimated|an additional|additional|another|a further|further|only|"
    r"just|more|close to|as many as|as much as)\s+"
)


def _approximator_length(doc: Doc, start: int, end: int) -> int:
    """Tokens of "about", "more than", "up to" before a number: re3d's quantity is the number alone."""
    text = doc[start:end].text
    m = _APPROX.match(text)
    if not m or m.end() >= len(text):
        return 0
    offset = doc[start].idx + m.end()
    n = 0
    while start + n < end and doc[start + n].idx < offset:
        n += 1
    return n


def _words(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


_LOCATIVE = _words("in at near from to into inside outside across around towards toward through throughout of between")


def _locative(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE and not any(c.tag_ == "POS" for c in tok.children)


_HONORIFICS = _words(
    "mr mrs ms miss dr sir lord lady gen general col colonel lt lieutenant maj major capt captain sgt sergeant brig",
    "brigadier adm admiral staff rev reverend sheikh imam ayatollah hon judge justice mullah",
    "deputy acting special presidential former vice assistant senior chief under",  # parts of a title
)


def _title_words() -> frozenset[str]:
    return frozenset(w for t, term in lexicon().items() if term.type == "Person" for w in t.split()) | _HONORIFICS


def _title_start(doc: Doc, start: int) -> int:
    """The first token of a title written before a name ("U.S. Secretary of Defense Ash Carter",
    "Foreign Secretary Boris Johnson", "Mr Colville"); `start` when there is none."""
    titles = _title_words()
    best = start
    i = start - 1
    while i >= 0:
        tok = doc[i]
        word = tok.lower_.rstrip(".")
        if word in ("of", "for") and i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper):
            i -= 1
            continue
        if not (tok.is_title or tok.is_upper or word in titles) or tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP"):
            break
        if word in titles:
            best = i
        elif tok.ent_type_ in ("GPE", "NORP", "ORG") or tok.pos_ in ("PROPN", "ADJ"):
            pass
        else:
            break
        i -= 1
    # A country or office before the title belongs to it ("Russian Foreign Minister", "U.S. Secretary").
    while 0 < best < start and doc[best - 1].ent_type_ in ("GPE", "NORP", "ORG"):
        best -= 1
    return best


def _acts(tok: Token) -> bool:
    """A country acting: the subject of a verb (or conjoined with one), the agent of a passive."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head is not tok:
        if tok.dep_ == "compound":
            return False  # "Iraq Government", "UK forces": the country names the body
        tok = tok.head
    return tok.dep_ in _SUBJECT_DEPS


def _is_modifier(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("amod", "compound", "nmod") or root.tag_ == "JJ" or root.pos_ == "ADJ"


def _with_determiner(doc: Doc, start: int) -> int:
    if start > 0 and doc[start - 1].lower_ in ("the",) and doc[start - 1].dep_ == "det":
        return start - 1
    return start


def _left_edge(head: Token, *, numbers: bool = True) -> int:
    """The first token of the head's left modifiers (determiner, adjectives, compounds, possessor).
    Without `numbers`, a count ends the phrase: re3d's group is "people" in "at least 28 people"."""
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _LEFT_DEPS or child.right_edge.i != start - 1:
            break
        if not numbers and (child.dep_ in ("nummod", "quantmod") or child.like_num):
            break
        start = child.left_edge.i
    while start < head.i and (head.doc[start].is_punct or head.doc[start].lower_ in ("and", "or")):
        start += 1
    return start


def _of_complement(doc: Doc, head: Token, end: int, *, named_only: bool = False) -> int:
    """Extend through "of X" ("the Government of Iraq", "the families of the victims", "the city of
    Mosul"), and through "for X" / "at X" when X is a name ("Minister for the Middle East")."""
    for child in head.rights:
        if child.dep_ != "prep" or child.i != end or child.lower_ not in ("of", "for", "at"):
            continue
        objs = [c for c in child.children if c.dep_ == "pobj"]
        if not objs:
            continue
        obj = objs[0]
        named = obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC")
        if (child.lower_ != "of" or named_only) and not named:
            continue
        stop = obj.i + 1
        for right in obj.rights:  # the object's own "of" phrase, not its conjuncts or clauses
            if right.dep_ == "prep" and right.i == stop and right.lower_ == "of":
                stop = _of_complement(doc, obj, stop)
        if stop - end <= 8:
            return stop
    return end


def _choose(cands: list[_Candidate]) -> list[_Candidate]:
    """The mentions: the best non-overlapping candidates (longest first, then by kind), plus names
    nested inside them (a name, group or nationality within a longer phrase)."""
    ordered = sorted(cands, key=lambda c: (-(c.end - c.start), _RANK[c.source], c.start))
    outer: list[_Candidate] = []
    for c in ordered:
        if all(c.end <= o.start or c.start >= o.end for o in outer):
            outer.append(c)
    inner: list[_Candidate] = []
    seen = {(c.start, c.end, c.type) for c in outer}
    spans = {(c.start, c.end) for c in outer}
    for c in sorted(cands, key=lambda c: (_RANK[c.source], c.start)):
        if (c.start, c.end, c.type) in seen or c.source not in ("ner", "group", "regex", "country"):
            continue
        if c.type in ("Quantity", "Temporal", "Money") or ((c.start, c.end) in spans and not c.also):
            continue
        within = [o for o in outer if o.start <= c.start and c.end <= o.end]
        # a body named in a title is rarely a mention of its own ("Foreign Office" in "Foreign Office Minister")
        inside = bool(within) and not (c.type == "Organisation" and within[0].type == "Person")
        if inside and all(c.end <= n.start or c.start >= n.end or c.also for n in inner):
            inner.append(c)
            seen.add((c.start, c.end, c.type))
    chosen = outer + inner
    return sorted(chosen, key=lambda c: (c.start, -c.end))


def _countries(text: str, chosen: list[_Candidate]) -> list[str]:
    """ISO3 codes of countries named in the document, most named first (context for places)."""
    counts: dict[str, int] = {}
    for c in chosen:
        if c.type in ("Location", "Organisation", "Nationality"):
            code = country_code(text[c.start : c.end])
            if code:
                counts[code] = counts.get(code, 0) + 1
    return sorted(counts, key=lambda k: -counts[k])


_CURRENCIES = (("a$", "AUD"), ("c$", "CAD"), ("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("dollar", "USD"), ("pound", "GBP"), ("euro", "EUR"),
               ("dinar", "dinar"), ("rouble", "RUB"), ("ruble", "RUB"), ("lira", "TRY"), ("рубл", "RUB"))  # fmt: skip


_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)(?:\s*(bn|billion|m|mn|million|k|thousand|trillion)(?![a-z]))?", re.I)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12}
_UNIT = re.compile(r"(?i)\d\s*(km|kilomet(?:re|er)s?|miles?|m|metres?|meters?|ft|feet|kg|tonnes?|tons?|mw|%|per ?cent)\b|(%)")


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:.6g}"


def _amount(surface: str) -> float | None:
    """The number in a money or measure phrase: "£1.1bn" → 1.1e9, "$530,000" → 530000; words via
    normalize.numbers ("one dinar" → 1)."""
    m = _NUMBER.search(surface)
    if m is None:
        q = parse_quantity(surface)
        return float(q.figure) if q is not None and q.figure is not None else None
    figure = m.group(1)
    # "2,5" is a decimal comma (Russian, most of Europe); "530,000" groups thousands
    figure = figure.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", figure) else figure.replace(",", "")
    try:
        number = float(figure)
    except ValueError:  # "54.231.19.48" is an address, not a number
        return None
    scale = (m.group(2) or "").lower()
    if scale == "m" and not re.search(r"[$£€]", surface):  # "50m" is metres unless it is money
        scale = ""
    return number * _SCALE.get(scale, 1)


_DMS = re.compile(r"(\d+(?:\.\d+)?)°(?:\s?(\d+(?:\.\d+)?)[′'])?(?:\s?(\d+(?:\.\d+)?)[″\"])?\s?([NSEW])")


def _latlon(surface: str) -> tuple[float, float] | None:
    parts = _DMS.findall(surface)
    if len(parts) != 2:
        return None
    values = []
    for deg, mins, secs, hemi in parts:
        v = float(deg) + float(mins or 0) / 60 + float(secs or 0) / 3600
        values.append(-v if hemi in "SW" else v)
    return values[0], values[1]


def _hertz(surface: str) -> float | None:
    m = re.search(r"(?i)(\d+(?:[.,]\d+)?)\s?([kMG])Hz", surface)
    if m is None:
        return None
    return float(m.group(1).replace(",", ".")) * {"k": 1e3, "m": 1e6, "g": 1e9}[m.group(2).lower()]


def _currency(surface: str) -> str | None:
    low = surface.lower()
    return next((code for sign, code in _CURRENCIES if sign in low), None)


_TITLE_WORDS = frozenset(t for t, term in lexicon().items() if term.type == "Person" for t in t.split()) | {
    "mr", "mrs", "ms", "dr", "sir", "lord", "the", "foreign", "office", "deputy", "fco", "senior", "us", "u.s.", "uk",
}  # fmt: skip


def _person_name(surface: str) -> str | None:
    """The name in a person mention without the title ("Foreign Secretary Boris Johnson" → "Boris
    Johnson"); None for a title alone."""
    words = surface.replace("’s", "").replace("'s", "").split()
    while words and (words[0].lower().strip(".,") in _TITLE_WORDS or nationality_of(words[0]) is not None):
        words = words[1:]
    name = [w for w in words if w[:1].isupper()]
    return " ".join(name) if name and len(name) == len(words) else None


def extract_entities(text: str, *, lang: str = "en", published: date | None = None, pronouns: bool = False) -> list[Entity]:
    """Entities of one text (the batch path with one item)."""
    document = Document(doc_id="text", text=text, language=lang, published=published)
    return next(EntityExtractor(pronouns=pronouns).extract_many([document]))[1]
