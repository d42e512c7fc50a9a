"""Dates anchored in the story's own time frame (English).

A story keeps its own clock. "The next morning", "two days later", "later that evening" and "the
day before" count from the last happening the text dated before them, not from publication:
after an arrest "on Monday", "the next morning" is Tuesday. `story_anchor` gives that date for a
sentence; `normalize.dates.find_dates` applies it. A date hanging from a saying ("…, police said
on Tuesday") or bounding a period ("since May 2014") does not move the clock.

Two more rules of the story's time:
- an asserted past act is never after publication: "on 21 January" in a report of 18 January
  is last year's (`not_after_publication`);
- the day told in the sentence right after an act ("Police arrested two men. The arrests took
  place on Saturday.", "It happened on Saturday night.") is that act's day (`date_told_after`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from watchfloor.extract.text import cased_span_text, span_text
from watchfloor.extract.tree import ancestors, kids, sent_of, sentences, span_tokens
from watchfloor.extract.word_classes import word_class
from watchfloor.normalize.dates import DateValue, calendar_table, find_dates, holiday_table

# verbs of saying: a date hanging from one dates the telling, not the story
SAYING = word_class("time", "SAYING")
BOUNDS = word_class("time", "BOUNDS")


def _date_word(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    words = [t for t in span_tokens(span) if t.pos_ not in ("ADP", "DET", "PUNCT")] or span_tokens(span)
    return words[0]


def _of_saying(tok: Token) -> bool:
    node = tok.head.head if tok.head.dep_ == "prep" else tok.head
    return node.lemma_.lower() in SAYING and node.i != tok.i


def story_anchor(sent: Span, published: dt.date | None, skip_before: int = 0) -> DateValue | None:
    """The story's date as `sent` begins: the last date an earlier sentence told of a happening.
    None before the story has told one (relative expressions then count from publication)."""
    doc = sent.doc
    cache = doc.user_data.setdefault("wf_story_anchor", {})
    key = (published, skip_before)
    if key not in cache:
        cache[key] = _timeline(doc, published, skip_before)
    anchors: dict[int, DateValue | None] = cache[key]
    return anchors.get(sent.start)


def _timeline(doc: Doc, published: dt.date | None, skip_before: int) -> dict[int, DateValue | None]:
    anchors: dict[int, DateValue | None] = {}
    anchor: DateValue | None = None
    for sent in sentences(doc):
        anchors[sent.start] = anchor
        base = sent.start_char
        for start, end, value in find_dates(cased_span_text(sent), published, "en", anchor):
            if value.date is None or base + start < skip_before:
                continue
            word = _date_word(doc, base + start, base + end)
            if word is None or _of_saying(word) or span_text(sent)[start:end].split()[0].lower() in BOUNDS:
                continue
            if word.head.lower_ in BOUNDS:
                continue
            if _background(value, anchor):
                continue
            anchor = value
    return anchors


def _background(value: DateValue, anchor: DateValue | None) -> bool:
    """A coarser date before the day the story has reached tells background ("detained on
    Saturday. The women … travelled to Syria in 2014"): the clock stays on the day, so "the next
    morning" after it is Sunday, not a morning of 2014."""
    return (
        anchor is not None and anchor.date is not None and value.date is not None and anchor.precision == "day"
        and value.precision in ("month", "year") and value.date <= anchor.date
    )


# -- a past act is not in the future ------------------------------------------------------------

_YEAR = re.compile(r"(?:19|20)\d\d")
_PLANNED = word_class("time", "PLANNED")


def not_after_publication(
    value: DateValue | None, root: Token | None, trig: Token, modality: str, published: dt.date | None
) -> DateValue | None:
    """An asserted act told in the past ("detained", "the arrest of") dated after publication by a
    day without a year ("on 21 January" in a report of 18 January) is last year's."""
    if (
        value is None or value.date is None or published is None or root is None or modality != "asserted"
        or value.date <= published or value.precision not in ("day", "week")
    ):
        return value
    if trig.tag_ not in ("VBD", "VBN", "NN", "NNS") or any(c.lower_ in _PLANNED for c in kids(trig)):
        return value
    near = root.doc[max(root.i - 3, sent_of(root).start) : min(root.i + 5, sent_of(root).end)]
    if any(_YEAR.fullmatch(t.text) for t in near):
        return value  # a year was written
    if not any(_calendar_word(t.lower_) for t in near):
        return value  # a weekday or a relative day already points back; only a day of a month is moved
    try:
        return DateValue(value.date.replace(year=value.date.year - 1), value.precision)
    except ValueError:  # 29 February
        return DateValue(value.date - dt.timedelta(days=365), value.precision)


def _calendar_word(word: str) -> bool:
    """A month name or a holiday's word ("January", "Jan.", "Christmas", "Eid")."""
    word = word.rstrip(".").replace("’", "'")
    if calendar_table("en").get(word, ("", 0))[0] in ("month", "month_abbr"):
        return True
    return any(word in key.split() for key in holiday_table("en")) and word not in ("day", "eve", "al", "ul")


# -- the day told in the next sentence --------------------------------------------------------

# "The arrests took place on Saturday", "It happened late on Friday", "The raid was carried out on …"
HAPPEN_VERBS = word_class("time", "HAPPEN_VERBS")
_ACT_NOUNS = word_class("time", "ACT_NOUNS")
# the act told back as the subject of "took place", "happened" ("the removals took place last week"), one or many
HAPPENING_NOUNS = frozenset({*_ACT_NOUNS, *(f"{n}s" for n in _ACT_NOUNS), "it", "this", "that"})


class _Dated(Protocol):
    """The part of an event draft this module reads and writes (extract/english.py's Draft)."""

    sent: Span
    date: DateValue | None
    date_strong: bool
    type: str


def date_told_after(drafts: Sequence[_Dated], dates_of: Callable[[Span], list[tuple[Token, DateValue]]]) -> None:
    """An act without a day of its own takes the day of a "took place / happened on …" sentence
    right after it whose subject is the act ("the arrests", "the raid", "it").

    `dates_of` gives a sentence's dates with the words they hang from, as the extractor reads them."""
    for n, draft in enumerate(drafts):
        if draft.date_strong:
            continue
        nxt = _next_sentence(draft.sent)
        if nxt is None or any(d.sent.start == nxt.start for d in drafts[n + 1 :] if d.date_strong):
            continue
        for root, value in dates_of(nxt):
            if value.date is None:
                continue
            verb = _happening_verb(root)
            if verb is not None and _subject_is_the_act(verb):
                draft.date, draft.date_strong = value, True
                break


def _next_sentence(sent: Span) -> Span | None:
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    return sent_of(doc[sent.end])


def _happening_verb(tok: Token) -> Token | None:
    """The verb a date hangs from ("on Saturday night" → "happened") when that verb says the act
    took place."""
    node = next((a for a in ancestors(tok)[:4] if a.pos_ in ("VERB", "AUX")), None)
    if node is None:
        return None
    lemma = node.lemma_.lower()
    if lemma in HAPPEN_VERBS:
        return node
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in kids(node)):
        return node
    if lemma in ("carry", "make", "conduct") and any(c.dep_ == "auxpass" for c in kids(node)):
        return node  # "the raid was carried out on …", "the arrests were made on …"
    return None


def _subject_is_the_act(verb: Token) -> bool:
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in HAPPENING_NOUNS


# -- which of a sentence's dates is the act's -----------------------------------------------------


def story_relative(sent: Span, published: dt.date | None, skip_before: int = 0) -> frozenset[int]:
    """The date words of `sent` whose value counts from the story's time ("the following day",
    "two days later"): those whose value changes with the story's date."""
    doc = sent.doc
    cache = doc.user_data.setdefault("wf_story_relative", {})
    key = (sent.start, published, skip_before)
    if key not in cache:
        here = find_dates(cased_span_text(sent), published, "en", story_anchor(sent, published, skip_before))
        elsewhere = find_dates(cased_span_text(sent), published, "en", DateValue(dt.date(1900, 1, 1), "day"))
        words = set()
        for (start, end, value), (_, _, other) in zip(here, elsewhere, strict=True):
            word = _date_word(doc, sent.start_char + start, sent.start_char + end)
            if word is not None and value != other:
                words.add(word.i)
        cache[key] = frozenset(words)
    found: frozenset[int] = cache[key]
    return found


def date_distance(root: Token, trig: Token, inside: bool, relative: frozenset[int]) -> int | None:
    """How far a date of the sentence is from being the act's own (smaller is nearer); None when it
    cannot be: a story-relative date of another clause after the act ("She was not arrested, and
    the family flew the following day") tells a later happening. A date that hangs from another
    verb inside the act's clause ("who slipped out … last month, was arrested on Tuesday") counts
    after one of the act's own."""
    if not inside and root.i > trig.i and root.i in relative:
        return None
    distance = abs(root.i - trig.i) + (0 if inside else 100)
    return distance if hangs_from(root, trig) else distance + 50


def hangs_from(root: Token, trig: Token) -> bool:
    """Whether the date word `root` hangs from `trig` with no other verb between."""
    for node in ancestors(root):
        if node.i == trig.i:
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass") and not _nominal_gerund(node):
            return False
    return False


def _nominal_gerund(tok: Token) -> bool:
    """'driven to the Upper Lars crossing on Monday': a gerund with a determiner, in a noun's place,
    is a noun the tagger called a verb; it opens no clause of its own."""
    return tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and any(
        c.dep_ == "det" for c in tok.children)
