"""What an event is about: terrorism, armed conflict, ordinary crime, migration, or other.

An arrest is an arrest; the analyst of extremism wants the arrests of IS suspects, not those of
drug couriers or of migrants caught at the border. The subject is read from the event and its
context, the same way for every language:

- the event's group (its affiliation, a group among its perpetrators) and groups named in its
  sentence or, more weakly, in the document (data/groups.tsv codes, mapped in data/about.json);
- cue words of each subject in the event's sentence (strong) and in the whole document (weak):
  offences ("terrorism", "drug trafficking", "illegally crossed"), agencies ("counter-terrorism
  police"), weapons and units ("shelling", "battalion"), people ("migrants", "jihadists");
- the event itself: a journey to an armed group is terrorism unless told otherwise, the armed
  forces' acts lean to armed conflict, deportations and entry bans to migration.

The subject with the highest score wins when it reaches `THRESHOLD`; otherwise the event is `other`.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from itertools import chain

from watchfloor.model import ABOUTS, Document, Event
from watchfloor.normalize.groups import find_groups

SUBJECTS = ABOUTS[:-1]  # every subject but "other", in the order that breaks ties
THRESHOLD = 1.0
SENTENCE_WEIGHT = 2.0
SENTENCE_CAP = 3  # distinct cues of one subject counted in the sentence
DOCUMENT_WEIGHT = 0.5
DOCUMENT_CAP = 4
OWN_GROUP = 5.0  # the event's own affiliation or perpetrator
SENTENCE_GROUP = 3.0
DOCUMENT_GROUP = 1.0

_SENTENCE_END = re.compile(r"[.!?…]\s|\n")


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


@dataclass(frozen=True, slots=True)
class Cues:
    groups: dict[str, str]
    patterns: dict[str, dict[str, tuple[re.Pattern[str], ...]]]  # lang -> subject -> cues
    type_priors: dict[str, dict[str, float]]
    sector_priors: dict[str, dict[str, float]]


def _pattern(cue: str) -> re.Pattern[str]:
    """A cue at a word start ("terror" also finds "terrorist"); "=war" is the whole word only."""
    whole = cue.startswith("=")
    body = re.escape(_fold(cue.removeprefix("=")))
    return re.compile(r"(?<!\w)" + body + (r"(?!\w)" if whole else ""))


@cache
def load_cues() -> Cues:
    data = json.loads(files("watchfloor.data").joinpath("about.json").read_text("utf-8"))
    patterns = {
        lang: {subject: tuple(_pattern(c) for c in data[lang].get(subject, [])) for subject in SUBJECTS}
        for lang in ("en", "ru")
    }
    return Cues(
        groups=dict(data["groups"]),
        patterns=patterns,
        type_priors=data.get("type_priors", {}),
        sector_priors=data.get("sector_priors", {}),
    )


@lru_cache(maxsize=256)
def _cue_hits(language: str, text: str, cap: int) -> dict[str, int]:
    """Cue hits per subject in one text (a document's events share its text: computed once)."""
    low = _fold(text)
    starts = frozenset(_WORD_START.findall(low))
    return {subject: _hits(cues, low, cap, starts) for subject, cues in _indexed_cues(language).items()}


# A cue is found at a word's start ("(?<!\w)terror"): one whose first two characters are word
# characters is only in a text with a word starting so. The text's word starts are listed once, and
# only the cues they admit are tested (most texts admit few of the 240 cues).
_WORD_START = re.compile(r"\b\w\w")
_TWO_WORD_CHARS = re.compile(r"\w\w")


@dataclass(frozen=True, slots=True)
class _Cues:
    cues: tuple[tuple[str, re.Pattern[str]], ...]  # (literal, pattern), in the data's order
    by_start: dict[str, tuple[int, ...]]  # first two characters -> the cues' positions
    anywhere: tuple[int, ...]  # the positions of cues not opening with two word characters


@cache
def _indexed_cues(language: str) -> dict[str, _Cues]:
    """Each subject's cues with their literal text, for the substring test before the search, and
    indexed by their first two characters."""
    out = {}
    for subject, patterns in load_cues().patterns[language].items():
        cues = tuple((_literal_of(p), p) for p in patterns)
        by_start: dict[str, list[int]] = {}
        anywhere = []
        for n, (literal, pattern) in enumerate(cues):
            if pattern.pattern.startswith(r"(?<!\w)") and _TWO_WORD_CHARS.fullmatch(literal[:2]):
                by_start.setdefault(literal[:2], []).append(n)
            else:
                anywhere.append(n)
        out[subject] = _Cues(cues, {k: tuple(v) for k, v in by_start.items()}, tuple(anywhere))
    return out


@lru_cache(maxsize=256)
def _group_subjects(text: str) -> frozenset[str]:
    groups = load_cues().groups
    return frozenset(groups[code] for _, _, code in find_groups(text) if code in groups)


@cache
def _literal_of(pattern: re.Pattern[str]) -> str:
    return _LITERAL.sub("", pattern.pattern).replace("\\", "")


_LITERAL = re.compile(r"\(\?<!\\w\)|\(\?!\\w\)")


def _hits(indexed: _Cues, text: str, cap: int, starts: frozenset[str]) -> int:
    """How many of the cues are in `text`, up to `cap`; `starts`: the first two characters of its words."""
    by_start, cues = indexed.by_start, indexed.cues
    admitted = [k for start in starts & by_start.keys() for k in by_start[start]]
    n = 0
    for k in chain(admitted, indexed.anywhere):  # in any order: only the count matters
        literal, pattern = cues[k]
        if literal in text and pattern.search(text):  # a substring test first: far cheaper
            n += 1
            if n >= cap:
                break
    return n


def sentence_around(text: str, start: int, end: int, ends: list[int] | None = None) -> str:
    """The sentence (or line) of `text` that holds the span start..end; `ends`: where the text's
    sentence ends end (`sentence_ends`), for a text asked of again and again."""
    ends = sentence_ends(text) if ends is None else ends
    k = bisect_right(ends, max(start, 0))  # the sentence ends before the span: the last one begins it
    begin = ends[k - 1] if k else 0
    stop = _SENTENCE_END.search(text, max(end - 1, 0))
    return text[begin : stop.start() + 1 if stop else len(text)]


def sentence_ends(text: str) -> list[int]:
    """Where each of the text's sentence ends (a full stop and a space, a line break) ends, in order."""
    return [m.end() for m in _SENTENCE_END.finditer(text)]


def _languages(lang: str | None, text: str) -> tuple[str, ...]:
    if lang in ("en", "ru"):
        return (lang,)
    return ("ru",) if re.search("[а-яА-ЯёЁ]", text) else ("en",)


def scores(event: Event, sentence: str, document: str = "", lang: str | None = None) -> dict[str, float]:
    """Each subject's score for one event, from its own fields, its sentence and its document."""
    cues = load_cues()
    out = dict.fromkeys(SUBJECTS, 0.0)
    for language in _languages(lang, sentence or document):
        for subject, n in _cue_hits(language, sentence, SENTENCE_CAP).items():
            out[subject] += SENTENCE_WEIGHT * n
        if document:
            for subject, n in _cue_hits(language, document, DOCUMENT_CAP).items():
                out[subject] += DOCUMENT_WEIGHT * n
    own = {event.affiliation} if event.affiliation else set()
    for text in event.perpetrators:
        own.update(code for _, _, code in find_groups(text))
    for code in own:
        if code in cues.groups:
            out[cues.groups[code]] += OWN_GROUP
    for weight, text in ((SENTENCE_GROUP, sentence), (DOCUMENT_GROUP, document)):
        for subject in _group_subjects(text):
            out[subject] += weight
    for subject, prior in cues.type_priors.get(event.type, {}).items():
        out[subject] += prior
    sector = event.agent.sector if event.agent else None
    # a sector the text gives, not the default; soldiers fighting say armed conflict, gendarmes arresting do not
    if sector and event.agent is not None and event.agent.text and event.type == "ATTACK":
        for subject, prior in cues.sector_priors.get(sector, {}).items():
            out[subject] += prior
    return out


def about_of(event: Event, sentence: str, document: str = "", lang: str | None = None) -> str:
    """The subject of one event (one of model.ABOUTS)."""
    found = scores(event, sentence, document, lang)
    best = max(SUBJECTS, key=lambda s: (found[s], -SUBJECTS.index(s)))
    return best if found[best] >= THRESHOLD else "other"


def classify(events: list[Event], document: Document | None, cased: str | None = None) -> None:
    """Set `about` on each event of one document (in place). `cased` is the document's text with
    its capitals restored, where it was typed in lower case (same offsets): "jmb" is only a group
    as "JMB"."""
    text = cased if cased is not None else document.text if document is not None else ""
    lang = document.language if document is not None else None
    ends = sentence_ends(text)  # once per document, not a scan from its start per event
    for event in events:
        told = text[event.evidence.start : event.evidence.end]
        sentence = (
            sentence_around(text, event.evidence.start, event.evidence.end, ends)
            if text and told.lower() == event.evidence.text.lower()
            else event.evidence.text
        )
        event.about = about_of(event, sentence, text, lang)
