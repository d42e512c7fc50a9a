"""Restore capitals in all-lower-case English text, keeping every character offset.

spaCy's NER and tagger lean on capitals; a channel post or a benchmark text typed in lower case
loses its names. `truecase()` only changes the case of letters (same length, same characters
otherwise), so spans found on the cased text point into the original one:

    truecase("the fmln attacked san salvador. police said")
    == "The FMLN attacked San Salvador. Police said"

It capitalises sentence starts, "i", months and weekdays, and the names watchfloor's own data
knows (countries, nationalities, armed groups with their acronyms, named bodies from the actor
list); `proper` adds spans a tagger read as proper nouns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib.resources import files

from spacy.lang.en.stop_words import STOP_WORDS

MAX_WORDS = 6
_WORD = re.compile(r"[a-z0-9][a-z0-9'’.\-]*[a-z0-9]|[a-z]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?:^\s*|[.!?]['\"”’)]*\s+)['\"“(]?(?=[a-z])")
_CLOCK_GOES_ON = re.compile(r"(?:in|on|at|and|or|but|when|as|after|before|local|gmt|utc|to|while|near|outside|"
                            r"inside|from|until|till|by|with|for|of|that|which|because|during|yesterday|today|"
                            r"tomorrow|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_INITIALS = re.compile(r"(?<![\w.])(?!(?:a|p)\.m\.)(?:[a-z]\.){2,}")  # "u.s.", "u.n."; not "a.m.", "p.m."
# "… liberation front (fmln)": a lone short word in brackets after a name is its acronym
_BRACKETED = re.compile(r"(?<=[a-z] \()[a-z]{2,6}(?=\))")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP = frozenset(STOP_WORDS) | {"mr", "mrs", "dr"}
# Single words that name some province or city but are mostly plain English.
_PLAIN_WORDS = _words(
    "north south east west northern southern eastern western central capital man unity bay littoral meta mesa "
    "coast island river lake sound national independence liberty victory hope progress union police front "
    "liberation market city town village state district province region department"
)
# Single words that name a province or a big town and are everyday English too ("a police van",
# "the bar", "oral evidence", "delta", "plateau"): a name only where a place stands, after a
# preposition of place or before a place's kind ("in van", "plateau state", "batman province").
_EVERYDAY_PLACES = _words(
    "apace archway bar barking batman bender bled bole bong cascade cascades centre colon commonwealth cypress "
    "delta dorado encamp erode est falcon garland grad gulf ha lac lacs lakes mara maritime mascara meads mon "
    "mono mus nada nan natal nice northeast northwest ogre oral oriental pest plateau plateaux pool queens reading "
    "rivers samba sari store tabor van warder yap"
)
_PLACE_BEFORE = _words("in from to near at into across outside around towards toward via of inside")
_PLACE_KINDS = _words("state province city district region town county governorate area department municipality")
_ABBREVIATIONS = _words("mr mrs ms dr col gen lt sgt capt maj cmdr adm st no gov sen rep rev fr msgr jr sr co corp inc ltd vs")
# Titles a name follows ("msgr romero"); adjectives that are also ranks ("general", "major") are left out.
NAME_TITLES = _words(
    "msgr monsignor mr mrs ms dr col colonel gen lt lieutenant sgt sergeant capt captain cmdr commander father "
    "senator sen judge mayor president minister candidate ambassador governor bishop archbishop priest journalist "
    "deputy congressman rector professor engineer lawyer businessman announcer newsman leader cattleman landowner "
    "rancher policeman magistrate publisher councilman industrialist banker physician director secretary "
    "spokesman hopeful chairman"
)
_NOT_ACRONYMS = frozenset({"sic", "ret", "pbuh", "file", "left", "right", "above", "below", "photo", "ed", "est"})
_MINOR = frozenset({"of", "and", "the", "de", "del", "la", "el", "los", "las", "y", "for", "in", "al", "bin", "ibn"})
_CALENDAR = (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
# Words that are also names (a month, a country, a group acronym) but far more often plain words.
_AMBIGUOUS = frozenset({"may", "march", "is", "chad", "turkey", "jordan", "georgia", "guinea", "niger", "us", "it", "an"})


# "may" and "march" are months beside a day or a year ("12 may", "may 2015", "on march 20") or after a
# preposition of time ("in march", "since may", "by late march"); after a day, only where no verb
# follows ("3 may face charges" keeps its verb)
_AMBIGUOUS_MONTH = re.compile(
    r"(?<![\w.,])(?:[12]?\d|3[01])(?:st|nd|rd|th)?\s+(?P<month>may|march)\b"
    r"(?=\s*(?:[,.;:)]|$|\d{4}\b|(?:in|at|on|when|and|after|before|the|a|to|as|while|last|this|that|police|officials)\b))"
    r"|\b(?P<month2>may|march)(?=\s+\d{4}\b)"
    r"|\b(?:on|between)\s+(?P<month3>may|march)(?=\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b)"
    r"|\b(?:in|since|until|till|by|early|late|mid|from|of|last|next)[\s-]+(?P<month4>may|march)\b"
)


# countries whose names are also plain words ("turkey", "jordan", "niger"): the country after a
# preposition of place or movement, or as the subject of a state's act or saying
_AMBIGUOUS_COUNTRY = re.compile(
    r"\b(?:in|to|from|via|into|across|through|and|by|of|with|leave|left|reach|reached|entered)\s+(?P<name>turkey|jordan|niger)\b(?!\s+(?:meat|dinner|sandwich|breast|leg|river))"
    r"|\b(?P<subject>turkey|jordan|niger)(?='s\b|\s+(?:has|had|is|was|said|says|deported|deports|sent|expelled|arrested|"
    r"detained|extradited|returned|will|would|refused|barred|banned|handed|flew)\b)"
)


# "is" for the Islamic State where no verb can stand: after a preposition or "joined" ("propaganda of
# is online", "travelled to join is"), or before a word for its people or its things ("is fighters")
_IS_GROUP = re.compile(
    r"\b(?:of|for|to|joined|join|joining|with|from|against|pro|ex|anti)[\s-]+(?P<after>is)\b(?!\s+(?:a|an|the|not|being|to)\b)"
    r"|\b(?P<before>is)(?=[\s-]+(?:fighters?|militants?|members?|supporters?|propaganda|group|leaders?|cells?|suspects?|"
    r"ideology|territory|flag|channels?|recruiters?|commanders?|affiliates?|brides?|wives|detainees?|camps?|linked|held|"
    r"controlled|inspired|affiliated)\b)"
)


# a line's first word, after a bullet ("* police raided …")
_LINE_START = re.compile(r"(?m)^[ \t]*(?:[*•–-][ \t]+)?(?=[a-z])")


def _restore(pattern: re.Pattern[str], text: str, chars: list[str], *, whole: bool = False) -> None:
    """Capitalise the word each match of `pattern` names in its one matching group ("US", "IS" as
    wholes with `whole`, else the first letter: "Turkey", "May")."""
    for m in pattern.finditer(text):
        group = next(g for g, value in m.groupdict().items() if value)
        start, end = m.span(group)
        chars[start:end] = text[start:end].upper() if whole else text[start].upper() + text[start + 1 : end]


def _dateline_cased(text: str, chars: list[str], is_place: Callable[[str], bool] | None = None) -> None:
    """A wire dateline typed in lower case ("pristina, aug 11 (wire) - police in kosovo …", or a bare
    "zamboanga city - five men …" where the gazetteer knows the place): its place, its month and the
    first word of the lead take their capitals, as the lead opens a sentence."""
    from watchfloor.normalize.dates import first_dateline  # normalize needs nothing of nlp

    found = first_dateline(text, None)
    if found is None and is_place is not None:
        found = _bare_dateline(text, is_place)
    if found is None:
        return
    offset, paragraph, _, _ = found
    dash = re.search(r"\s[-–—]+\s*", paragraph)
    if dash is None or dash.start() > 80:
        return
    head = paragraph[: dash.start()]
    place = re.match(r"[^,(]*", head)
    end = place.end() if place else 0
    chars[offset : offset + end] = head[:end].upper()  # "PRISTINA", as wires write it
    for m in re.finditer(r"(?<![\w'’])[a-z]", head[end:]):  # the month, the agency's name
        chars[offset + end + m.start()] = chars[offset + end + m.start()].upper()
    lead = offset + dash.end()
    if lead < len(chars):
        chars[lead] = chars[lead].upper()


# "us" for the United States where the pronoun cannot stand: after an article, or before a word for
# its people, bodies or forces ("a us citizen", "us officials said")
_US = re.compile(
    r"\b(?:a|an|the)\s+(?P<after>us)\b"
    r"|\b(?P<before>us)(?=[\s-]+(?:citizens?|nationals?|man|woman|men|women|embassy|forces|troops|military|officials?|"
    r"government|soldiers?|army|navy|president|authorities|born|led|drones?|air\s?strikes?|administration|envoy)\b)"
)


_BARE_DATELINE = re.compile(r"([a-z][a-z .'’-]{1,30}?)\s+[-–—]+\s+(?=[a-z])")


def _bare_dateline(text: str, is_place: Callable[[str], bool]) -> tuple[int, str, str, None] | None:
    """'zamboanga city - five men …': a place the gazetteer knows, then a dash, opening one of the
    first paragraphs (as `first_dateline` reads a dated one)."""
    offset = 0
    for paragraph in text.split("\n")[:6]:
        m = _BARE_DATELINE.match(paragraph)
        if m is not None and len(m.group(1).split()) <= 3 and is_place(m.group(1).strip()):
            return offset, paragraph, m.group(1), None
        offset += len(paragraph) + 1
    return None


def is_lower_case(text: str, *, share: float = 0.01) -> bool:
    """True when a text of some length has (almost) no capital letters."""
    letters = sum(1 for c in text if c.isalpha())
    upper = sum(1 for c in text if c.isupper())
    return letters >= 20 and upper <= share * letters


def truecase(
    text: str,
    proper: Iterable[tuple[int, int]] = (),
    *,
    is_place: Callable[[str], bool] | None = None,
    is_bracketed_place: Callable[[str], bool] | None = None,
) -> str:
    """The text with capitals restored (see the module docstring); `proper` gives (start, end)
    spans to capitalise word by word as proper names; `is_place` tells a place name (of up to
    three words, lower-case) from the gazetteer; `is_bracketed_place` a lone word in brackets that
    names a place by a looser test (a coder's province, a town of its own spelling), no acronym."""
    chars = list(text)
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    lexicon = _lexicon()
    n = 0
    while n < len(words):
        for size in range(min(MAX_WORDS, len(words) - n), 0, -1):
            key = " ".join(text[s:e].lower() for s, e in words[n : n + size])
            cased = lexicon.get(key)
            if (cased is None and is_place is not None and size <= 3 and _may_be_place(key)
                    and (size > 1 or _placed(text, words, n)) and is_place(key)):
                cased = tuple(w if w in _MINOR and n else _capital(w) for n, w in enumerate(key.split()))
            if cased is None or len(cased) != size:
                continue
            for (start, end), form in zip(words[n : n + size], cased, strict=True):
                if len(form) == end - start:
                    chars[start:end] = form
            n += size
            break
        else:
            n += 1
    for start, end in proper:
        for m in _WORD.finditer(text, start, end):
            # the tagger's proper noun is no month: "may" and "march" are months only where
            # _AMBIGUOUS_MONTH finds one ("ahead of the planned march" is a protest)
            if m.group().lower() not in _MINOR and m.group().lower() not in ("may", "march"):
                chars[m.start()] = chars[m.start()].upper()
    _dateline_cased(text, chars, is_place)
    for m in _LINE_START.finditer(text):  # a paragraph or a list item opens a sentence
        chars[m.end()] = chars[m.end()].upper()
    # words that are names only where the name alone can stand: the word each pattern names is capitalised
    _restore(_AMBIGUOUS_COUNTRY, text, chars)  # "deported from turkey", "turkey sent home twelve"
    _restore(_US, text, chars, whole=True)  # "a us citizen"
    _restore(_IS_GROUP, text, chars, whole=True)  # "is fighters"
    _restore(_AMBIGUOUS_MONTH, text, chars)  # "on 12 may", "in may 2015": the month, not the verb
    acronyms = {m.group() for m in _BRACKETED.finditer(text)} - _NOT_ACRONYMS
    if is_place is not None:  # "sevare (mopti)": a coder's province in brackets, no acronym
        acronyms = {a for a in acronyms if not is_place(a)}
    if is_bracketed_place is not None:  # "sirte (sirte)", "kansafra (idleb)": a smaller town, a spelling of its own
        places = {a for a in acronyms if is_bracketed_place(a)}
        acronyms -= places
        if places:  # a name wherever the text has it: "south of sirte (sirte)"
            for m in re.finditer(r"\b(?:" + "|".join(sorted(places)) + r")\b", text):
                chars[m.start()] = chars[m.start()].upper()
    if acronyms:
        for m in re.finditer(r"\b(?:" + "|".join(sorted(acronyms)) + r")\b", text):
            chars[m.start() : m.end()] = m.group().upper()
    for m in _INITIALS.finditer(text):
        chars[m.start() : m.end()] = m.group().upper()
    for m in _SENTENCE_END.finditer(text):
        before = text[: m.start() + 1].rsplit(None, 1)[-1].lower() if m.start() else ""
        if before.endswith(".") and (before[:-1] in _ABBREVIATIONS or _INITIALS.fullmatch(before)):
            continue  # "col. isaacs", "the u.s. embassy": no sentence ends there
        if before in ("a.m.", "p.m.") and _CLOCK_GOES_ON.match(text, m.end()):
            continue  # "at 9 p.m. in the capital", "8 a.m. local time": the sentence goes on
        chars[m.end()] = chars[m.end()].upper()
    for m in re.finditer(r"(?<![\w'’])i(?=[\s'’,.;:!?]|$)", text):
        chars[m.start()] = "I"
    out = "".join(chars)
    assert len(out) == len(text)  # offsets are the whole point
    return out


@cache
def _lexicon() -> dict[str, tuple[str, ...]]:
    """Lower-cased phrase → its words as written, from watchfloor's data files."""
    from watchfloor.normalize.nationality import forms, names

    table: dict[str, tuple[str, ...]] = {}

    def add(phrase: str, *, cased: bool = False) -> None:
        words = phrase.split()
        if not words or not phrase.isascii() or len(words) > MAX_WORDS:
            return
        key = " ".join(w.lower() for w in words)
        if key in _AMBIGUOUS:
            return
        if not cased:
            words = [w if w in _MINOR else _capital(w) for w in (w.lower() for w in words)]
            words[0] = _capital(words[0])
        table.setdefault(key, tuple(words))

    for phrase in _CALENDAR.split():
        add(phrase)
    for row in _tsv("groups.tsv"):
        mixed_acronym = len(row[0]) <= 4 and not row[0].isupper() and any(c.isupper() for c in row[0][1:])
        if len(row) >= 3 and row[2] == "en" and not mixed_acronym:  # "let" stays a verb, not "LeT"
            add(row[0], cased=True)  # "FMLN", "al-Qaeda", "Sendero Luminoso"
    for row in _tsv("actors.tsv"):
        if len(row) >= 3 and row[1] == "en" and row[2] and any(c.isupper() for c in row[0]):
            add(row[0], cased=True)  # named bodies only, not "police"
    for key in [*names(), *forms()]:
        add(key)
    return table


def _placed(text: str, words: list[tuple[int, int]], n: int) -> bool:
    """Whether the one word at `n` may be a place name where it stands (see _EVERYDAY_PLACES)."""
    start, end = words[n]
    if text[start:end].lower() not in _EVERYDAY_PLACES:
        return True
    before = text[slice(*words[n - 1])].lower() if n else ""
    after = text[slice(*words[n + 1])].lower() if n + 1 < len(words) else ""
    return before in _PLACE_BEFORE or after in _PLACE_KINDS


def _may_be_place(phrase: str) -> bool:
    words = phrase.split()
    return words[0] not in _STOP and words[-1] not in _STOP and not (len(words) == 1 and words[0] in _PLAIN_WORDS)


def _capital(word: str) -> str:
    """'salvador' → 'Salvador', 'al-qaeda' stays as the lexicon wrote it, 'o'neill' → "O'neill"."""
    return word[:1].upper() + word[1:]


def _tsv(name: str) -> Iterable[list[str]]:
    for line in files("watchfloor.data").joinpath(name).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")
