"""Russian entity mentions beyond natasha's PER / ORG / LOC spans, read off a natasha parse.

Each rule covers a class of errors seen on real Russian news (NEREL's train part, Wikinews) and in
the project's reports, never one sentence:

- **Names without their titles.** natasha's PER span often starts with a capitalised common noun
  or participle ("Король Харальд", "Сын И. Петрова", "Отставной генерал …"): leading words
  that the dictionary knows only as common words (no name, surname or patronymic reading) are
  dropped. A span is cut at a line break and before a bracket; a name in brackets after a name is
  a mention of its own ("Карлос Ромеро (Carlos Romero)").
- **Nationalities and countries named by a word.** A people noun ("армян", "американцев",
  "поляк") is a Nationality. A country adjective ("российских", "японского") names a Nationality
  on a private person ("российский актёр", "американская певица") and the country (a Location)
  on anything else — a state's body, office-holder, army, media or territory ("японского
  правительства", "российские власти", "американский президент").
- **Numbers.** A cardinal in figures or words with what binds it ("более 30", "около 12 тысяч",
  "двое") is a Quantity, unless it belongs to a date, an age, a sum of money or a percentage.
- **Generic bodies.** "правительство", "полиция", "парламент", "прокуратура", "кабинет министров"
  are Organisations when written in lower case (they name the body of the place the text is about).
- **Dates as wholes.** A year range ("в 1996—2004 годах"), a part of a period ("в начале 1990-х",
  "во второй половине 1960-х") and a duration with its preposition ("в течение двух лет", "через
  три года", "за последние 30 лет") are one Temporal; the full stop of "г." is not part of it;
  a time of day after a date ("в субботу утром") is not part of the date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from watchfloor.extract.word_classes import word_class
from watchfloor.normalize.nationality import country_code, nationality_of

Span = tuple[int, int, str]  # start, end, type

# a country adjective on one of these is a Nationality (a private person); on anything else it names the country
PRIVATE_PERSONS = word_class("ru_entities", "PRIVATE_PERSONS")
CITIZENS = word_class("ru_entities", "CITIZENS")
GENERIC_BODIES = word_class("ru_entities", "GENERIC_BODIES")
_TIME_UNITS = r"(?:лет|года?|году|годам?и?|годах|месяц\w*|недел\w+|дн(?:я|ей|ям|и)|день|сут(?:ок|ки)|десятилети\w+|век\w*)"
_COUNT_WORD = (
    r"(?:\d+(?:[.,]\d+)?|одн\w+|один|дв\w+|тр\w+|четыр\w+|пят\w+|шест\w+|сем\w+|восем\w+|девят\w+|десят\w+|"
    r"двадцат\w+|тридцат\w+|сорок\w*|пятьдесят|сто|полтор\w+|нескольк\w+|многи\w+|последни\w+)"
)
_DURATION = re.compile(
    rf"(?i)(?<!\w)(?:в течение|на протяжении|за последние|за|через|спустя|на|до|около|почти|не более|более|свыше)"
    rf"(?:\s+(?:примерно|почти|около|более|ещё|еще))?\s+(?:{_COUNT_WORD}\s+)*{_TIME_UNITS}(?!\w)"
)
_RANGE_BEFORE = re.compile(r"(?:(?<!\w)(?:в|во|с|со)\s+)?\d{3,4}\s*[—–-]\s*$")
_PART_BEFORE = re.compile(r"(?i)(?<!\w)(?:в|во)\s+(?:начале|конце|середине|(?:первой|второй)\s+половине)\s+$")
_TIME_OF_DAY = re.compile(
    r"(?i)(?:\s+(?:утром|вечером|днем|днём|ночью))+$|^(?:утром|вечером|днем|днём|ночью)\s+"
)
_PREP_BEFORE = re.compile(r"(?i)(?<!\w)(?:в|во)\s+$")
_APPROX = re.compile(
    r"(?i)(?<!\w)(?:не более|не менее|более|менее|свыше|около|почти|примерно|порядка|до)\s+$"
)
# a number after these names an article, a part or an order, it counts nothing ("ч. 2 ст. 105", "№ 432")
_IDENTIFIER_BEFORE = re.compile(
    r"(?i)(?:(?<!\w)(?:ч|ст|п|пп)\.|№|(?<!\w)(?:стат\w+|част\w+|пункт\w*|номер\w*|приказ\w*))\s*$"
)
_MONEY_AFTER = re.compile(
    r"(?i)^\s*(?:фунт|рубл|руб\.|доллар|долл|евро|юан|иен|гривен|гривн|тенге|сом|франк|\$|€|£)"
)
_NOT_COUNTS = word_class("ru_entities", "NOT_COUNTS")
_NOT_COUNT_AFTER = re.compile(
    r"(?i)^\s*(?:%|процент\w*|лет(?!\w)|год\w*|рубл\w*|доллар\w*|евро|долл\.|руб\.|\$|-?(?:летн|лет)\w*|"
    r"час\w*|минут\w*|секунд\w*|(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"|г\.|гг\.|-?[йяегмх](?!\w))"
)
_SCALE = re.compile(r"(?i)^\s+(?:тысяч\w*|тыс\.|миллион\w*|млн|миллиард\w*|млрд)")


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


@cache
def _common_only(word: str) -> bool:
    """The dictionary knows `word` (lower case) and only as a common word, never as a name."""
    from watchfloor.nlp.russian import load_russian

    vocab = load_russian().vocab
    if not vocab.word_is_known(word):
        return False
    return not any(
        {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in vocab.parse(word)
    )


def person_spans(doc: Any, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """natasha's PER span trimmed (see the module docstring), and a bracketed name after it."""
    text = doc.text
    cut = min(
        (i for i in (text.find("\n", start, stop), text.find("(", start, stop)) if i >= 0), default=stop
    )
    tokens = [t for t in doc.tokens if start <= t.start and t.stop <= cut and t.pos != "PUNCT"]
    # short words stay: initials ("А.Кулешов") and short given names ("Си Цзиньпин", "Ли Вэй")
    while len(tokens) > 1 and len(tokens[0].text) >= 4 and _common_only(_fold(tokens[0].text)):
        tokens = tokens[1:]
    if tokens:
        yield tokens[0].start, tokens[-1].stop
    if cut < stop and text[cut] == "(":
        close = text.find(")", cut, stop + 1)
        inner = text[cut + 1 : close if close > 0 else stop].strip()
        if inner and inner[0].isupper() and "(" not in inner:
            at = text.index(inner, cut)
            yield at, at + len(inner)


def nationality_spans(doc: Any, taken: set[int]) -> Iterator[Span]:
    """People nouns (Nationality) and country adjectives (Nationality or Location) outside names."""
    tokens = doc.tokens
    for n, tok in enumerate(tokens):
        if tok.pos not in ("NOUN", "ADJ", "PROPN") or tok.start in taken or not tok.text[:1].isalpha():
            continue
        if country_code(tok.text):  # a country's own name: natasha's LOC
            continue
        nat = nationality_of(tok.text)
        if nat is None or nat.country is None:
            continue
        if tok.pos == "ADJ":
            head = next((t for t in tokens[n + 1 : n + 4] if t.pos in ("NOUN", "PROPN")), None)
            if head is not None and _fold(head.lemma) in CITIZENS and head.start - tok.stop <= 1:
                yield tok.start, head.stop, "Nationality"  # "турецких граждан": the citizens' nationality
                continue
            if head is not None and _fold(head.lemma) == "язык":
                continue  # a language never gives a nationality
            private = head is not None and _fold(head.lemma) in PRIVATE_PERSONS
            yield tok.start, tok.stop, "Nationality" if private else "Location"
        else:
            yield tok.start, tok.stop, "Nationality"


def citizen_spans(doc: Any) -> Iterator[Span]:
    """A citizen noun with the country after it is a Nationality ("гражданин России", "граждан США")."""
    tokens = doc.tokens
    for n, tok in enumerate(tokens[:-1]):
        if _fold(tok.lemma) not in CITIZENS:
            continue
        country = tokens[n + 1]
        if country.start - tok.stop <= 1 and country_code(country.text):
            yield tok.start, country.stop, "Nationality"


def quantity_spans(doc: Any, dates: list[tuple[int, int]]) -> Iterator[Span]:
    """Cardinals in figures or words, with a bound before and a scale after ("около 12 тысяч")."""
    text = doc.text
    tokens = doc.tokens
    n = 0
    while n < len(tokens):
        tok = tokens[n]
        if tok.pos != "NUM" or not (
            re.fullmatch(r"\d+(?:,\d+)?", tok.text) or _fold(tok.text) in _cardinals()
        ):
            n += 1
            continue
        m = n
        while (
            m + 1 < len(tokens)
            and tokens[m + 1].pos == "NUM"
            and tokens[m + 1].start - tokens[m].stop <= 1
            and (
                re.fullmatch(r"\d+(?:,\d+)?", tokens[m + 1].text) or _fold(tokens[m + 1].text) in _cardinals()
            )
        ):
            m += 1
        start, end = tok.start, tokens[m].stop
        n = m + 1
        scale = _SCALE.match(text[end:])
        if scale:
            end += scale.end()
        if _NOT_COUNT_AFTER.match(text[end:]) or any(a <= start < b or a < end <= b for a, b in dates):
            continue
        if _MONEY_AFTER.match(text[end:]) or text[max(0, start - 1) : start] in "$€£" and start > 0:
            continue
        if (
            _IDENTIFIER_BEFORE.search(text[max(0, start - 12) : start])
            or _fold(text[start:end]) in _NOT_COUNTS
        ):
            continue
        if (start > 0 and text[start - 1].isalnum()) or text[end : end + 1].isalnum():
            continue  # inside a code or an address ("H1N1", a URL)
        if _fold(text[start:end]).startswith("одн") and re.match(r"\s+из(?!\w)", text[end:]):
            continue  # "одной из ключевых фигур": one of, not a count
        if re.fullmatch(r"\d{4}", text[start:end]) and 1000 < int(text[start:end]) < 2100:
            continue  # a year
        if start >= 1 and text[start - 1] in "-–—:/№#" or text[end : end + 1] in ":-–—/":
            continue  # a score, a range or a time
        bound = _APPROX.search(text[max(0, start - 12) : start])
        if bound:
            start -= len(bound.group())
        yield start, end, "Quantity"


@cache
def _cardinals() -> frozenset[str]:
    """Cardinal words in every case (data/cardinals_ru.tsv, numbers_ru.tsv: "двух", "пятеро")."""
    from importlib.resources import files

    out: set[str] = set()
    for name in ("cardinals_ru.tsv", "numbers_ru.tsv"):
        for line in files("watchfloor.data").joinpath(name).read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#") and " " not in line.split("\t")[0]:
                out.add(_fold(line.split("\t")[0]))
    return frozenset(out)


def body_spans(text: str) -> Iterator[Span]:
    """Generic bodies written in lower case ("полиция", "правительства", "кабинета министров")."""
    from watchfloor.normalize.nationality import ru_lemma_key

    words = list(re.finditer(r"(?<![\w-])[а-яё]+(?![\w-])", text))
    n = 0
    while n < len(words):
        for k in (2, 1):
            chunk = words[n : n + k]
            if len(chunk) == k and ru_lemma_key(" ".join(w.group() for w in chunk)) in _body_keys():
                yield chunk[0].start(), chunk[-1].end(), "Organisation"
                n += k - 1
                break
        n += 1


@cache
def _body_keys() -> frozenset[str]:
    from watchfloor.normalize.nationality import ru_lemma_key

    return frozenset(ru_lemma_key(b) for b in GENERIC_BODIES)


def date_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A date span widened over a year range or a part of a period before it, without a time of
    day and without the full stop of "г." / "гг."."""
    before = text[max(0, start - 40) : start]
    for pattern in (_RANGE_BEFORE, _PART_BEFORE):
        m = pattern.search(before)
        if m:
            start -= len(before) - m.start()
            before = text[max(0, start - 40) : start]
            prep = _PREP_BEFORE.search(before)
            if prep and pattern is _RANGE_BEFORE and not m.group().lower().startswith(("в", "с")):
                start -= len(prep.group())
    surface = text[start:end]
    if re.search(r"(?<![а-яё])гг?\.$", surface):
        end -= 1
        surface = surface[:-1]
    trim = _TIME_OF_DAY.search(surface)
    if trim and trim.group().strip() != surface.strip():
        if trim.start() == 0:
            start += trim.end()
        else:
            end = start + trim.start()
    return start, end


def duration_spans(text: str) -> Iterator[Span]:
    for m in _DURATION.finditer(text):
        yield m.start(), m.end(), "Temporal"
