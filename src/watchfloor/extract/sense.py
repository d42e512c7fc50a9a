"""Sense: does a trigger word mean a security act here?

"The keeper caught the ball", "critics attacked the plan", "the virus killed 300", "a gas
explosion injured seven", "the two firms struck a deal", "in the game, players kill enemies": the
trigger words are the ontology's, the acts are not. A candidate act is read in the context of its
trigger in the parse and dropped when that context gives it another sense (sport, metaphor,
health, accident, animals, labour, agreement, fiction, diplomacy, membership, …).

Each front end turns its parse into a `SenseView` (the trigger's arguments as role:lemma pairs, the
sentence's lemmas and text); the decision over that view is shared by both languages and its cues
are data (data/sense.json):

- a *near* cue among the trigger's own arguments decides alone ("obj:deal" for "struck a deal",
  "subj:virus" for "the virus killed", "mod:heart" for "a heart attack");
- a *phrase* that contains the trigger decides alone ("heart attack", "shot on goal");
- a *context* cue anywhere in the sentence decides only when nothing in the sentence speaks of
  force (an *anchor*: a weapon, an armed actor, a named armed group): "a suicide bomber killed 20
  fans outside a football stadium" stays an attack.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from watchfloor.extract.text import span_text
from watchfloor.extract.tree import kids, span_tokens, subtree
from watchfloor.extract.word_classes import word_class
from watchfloor.normalize.groups import find_groups

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from watchfloor.nlp.russian import RuSentence, RuToken

ANY_ROLE = "*"


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


@dataclass(frozen=True, slots=True)
class Sense:
    name: str
    types: frozenset[str]
    near: frozenset[tuple[str, str]]  # (role or "*", lemma)
    phrases: tuple[re.Pattern[str], ...]
    context_words: frozenset[str]
    context_phrases: tuple[re.Pattern[str], ...]
    phrase_keys: tuple[str, ...] = ()  # the longest word of each phrase, for a quick substring test
    context_keys: tuple[str, ...] = ()  # the longest word of each context phrase, as phrase_keys
    triggers: frozenset[str] = frozenset()  # the trigger lemmas it speaks of; empty: any


@dataclass(frozen=True, slots=True)
class Lexicon:
    anchors: frozenset[str]
    senses: tuple[Sense, ...]


def _phrase(text: str) -> re.Pattern[str]:
    # a left word boundary only: Russian endings and English plurals follow freely
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in _fold(text).split()))


def _cue(raw: str) -> tuple[str, str]:
    role, sep, lemma = raw.partition(":")
    return (role, _fold(lemma)) if sep else (ANY_ROLE, _fold(raw))


def _sense(name: str, entry: dict[str, Any]) -> Sense:
    context = [_fold(c) for c in entry.get("context", [])]
    return Sense(
        name=name,
        types=frozenset(entry["types"]),
        near=frozenset(_cue(c) for c in entry.get("near", [])),
        phrases=tuple(_phrase(p) for p in entry.get("phrases", [])),
        phrase_keys=tuple(max(_fold(p).split(), key=len) for p in entry.get("phrases", [])),
        context_words=frozenset(c for c in context if " " not in c),
        context_phrases=tuple(_phrase(c) for c in context if " " in c),
        context_keys=tuple(max(c.split(), key=len) for c in context if " " in c),
        triggers=frozenset(_fold(t) for t in entry.get("triggers", [])),
    )


@cache
def load_lexicon(lang: str) -> Lexicon:
    data = json.loads(files("watchfloor.data").joinpath("sense.json").read_text("utf-8"))
    entry = data[lang]
    return Lexicon(
        anchors=frozenset(_fold(a) for a in entry["anchors"]),
        senses=tuple(_sense(name, sense) for name, sense in entry["senses"].items()),
    )


@dataclass(frozen=True, slots=True)
class SenseView:
    """What the decision needs of one candidate act, whatever the language."""

    lang: str
    etype: str
    raw: str  # the sentence as written (named armed groups are anchors too)
    text: str  # the sentence, lower case
    trigger_at: int  # the trigger's first character in `text`
    heads_at: frozenset[int]  # the first characters of its arguments' head words (a phrase may hold one)
    near: frozenset[tuple[str, str]]  # the trigger's arguments: (role, lemma), proper names left out
    words: frozenset[str]  # the sentence's lemmas and lower-case words, proper names left out
    others: frozenset[str]  # the same without the trigger itself (where anchors are looked for)
    trigger: str = ""  # the trigger's lemma, lower case


def sense_of(view: SenseView) -> str | None:
    """The name of the sense that rules the act out, or None when it stands."""
    lexicon = load_lexicon(view.lang)
    senses = [s for s in _senses_of(view.lang, view.etype) if not s.triggers or view.trigger in s.triggers]
    any_role = frozenset((ANY_ROLE, lemma) for _, lemma in view.near)  # the cues of any role they hold
    at = {view.trigger_at} | view.heads_at
    for sense in senses:
        if _near_hit(sense, view.near, any_role) or _phrase_hit(sense, view, at):
            return sense.name
    anchored: bool | None = None
    for sense in senses:
        if not sense.context_words.isdisjoint(view.words) or any(
            key in view.text and p.search(view.text) for p, key in zip(sense.context_phrases, sense.context_keys, strict=True)
        ):
            if anchored is None:
                anchored = bool(lexicon.anchors & view.others) or bool(find_groups(view.raw))
            if not anchored:
                return sense.name
    return None


@cache
def _senses_of(lang: str, etype: str) -> tuple[Sense, ...]:
    return tuple(s for s in load_lexicon(lang).senses if etype in s.types)


def _near_hit(sense: Sense, near: frozenset[tuple[str, str]], any_role: frozenset[tuple[str, str]]) -> bool:
    """A cue of the sense among the act's arguments, in its role or in any (`any_role`: the
    arguments' lemmas under ANY_ROLE, made once per act, not once per sense)."""
    return not sense.near.isdisjoint(near) or not sense.near.isdisjoint(any_role)


def _phrase_hit(sense: Sense, view: SenseView, at: set[int]) -> bool:
    """A phrase that holds the trigger ("heart attack") or one of its arguments ("killed in a
    methane explosion"); `at`: where the trigger and the arguments' heads begin."""
    return any(start <= i < end for start, end in _phrase_spans(view.lang, sense.name, view.text) for i in at)


@lru_cache(maxsize=1024)  # every candidate act of a sentence asks, sense by sense
def _phrase_spans(lang: str, name: str, text: str) -> tuple[tuple[int, int], ...]:
    """Where the phrases of the language's sense `name` are in the text."""
    lexicon = load_lexicon(lang)
    sense, by_start, anywhere = _indexed_phrases(lang, name)
    starts = _word_starts(text)
    admitted = [n for start in starts & by_start.keys() for n in by_start[start]]
    out: list[tuple[int, int]] = []
    for n in sorted(admitted + anywhere):
        pattern, key = sense.phrases[n], sense.phrase_keys[n]
        if key not in text:
            continue  # a substring test first: most phrases are not in the sentence at all
        out.extend(m.span() for m in pattern.finditer(text) if not _into_force(text, m.end(), lexicon.anchors))
    return tuple(out)


# A phrase opens a word (`_phrase`): one whose first two characters are word characters is only in a
# text with a word starting so. A sentence's word starts are listed once, and only the phrases they
# admit are tried (most sentences admit few of a sense's dozens of phrases).
_WORD_START = re.compile(r"\b\w\w")
_TWO_WORD_CHARS = re.compile(r"\w\w")
_OPENING = r"(?<!\w)"


@lru_cache(maxsize=32)  # the senses of a sentence's candidate acts ask of the same text, one after another
def _word_starts(text: str) -> frozenset[str]:
    return frozenset(_WORD_START.findall(text))


@cache
def _indexed_phrases(lang: str, name: str) -> tuple[Sense, dict[str, list[int]], list[int]]:
    """The sense, its phrases' positions by their first two characters, and the positions of those
    that open otherwise (tried on every text)."""
    sense = next(s for s in load_lexicon(lang).senses if s.name == name)
    by_start: dict[str, list[int]] = {}
    anywhere = []
    for n, pattern in enumerate(sense.phrases):
        body = pattern.pattern.removeprefix(_OPENING)
        if body != pattern.pattern and _TWO_WORD_CHARS.match(body):
            by_start.setdefault(body[:2], []).append(n)
        else:
            anywhere.append(n)
    return sense, by_start, anywhere


_NEXT_WORD = re.compile(r"[\s-]+(\w+)")


def _into_force(text: str, end: int, anchors: frozenset[str]) -> bool:
    """The phrase runs on into a word of force: "hit by a car bomb" is no traffic accident."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word in anchors or word.endswith("s") and word[:-1] in anchors


# -- English (spaCy) ---------------------------------------------------------------------------------

_EN_SUBJ = frozenset({"nsubj", "csubj", "expl"})
_EN_OBJ = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative", "csubjpass"})
_EN_ARGS = _EN_SUBJ | _EN_OBJ
_EN_MOD = frozenset({"amod", "compound", "advmod", "nmod", "npadvmod", "acomp", "nn", "poss"})
_EN_INNER = frozenset({"compound", "amod", "nmod", "poss", "appos", "conj", "prep", "pobj"})


# words that open the names of weather systems, as a kind before the name ("Storm Ciara", "Cyclone Idai")
NAMED_KINDS = word_class("sense", "NAMED_KINDS")


def _en_lemma(tok: Token) -> str | None:
    pos = tok.pos_  # spaCy looks the name up on every ask
    if pos in ("PUNCT", "NUM", "DET", "PRON"):
        return None
    if pos == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE"):
        if tok.dep_ == "compound" and tok.lower_ in NAMED_KINDS and tok.head.pos_ == "PROPN" and tok.head.i == tok.i + 1:
            # "Storm Ciara", "Hurricane Ian", "Typhoon Haiyan": the kind the name is of; not a town
            # of that name before a common noun ("the Hurricane police department")
            return tok.lower_
        if tok.is_sent_start and tok.is_title and _alone(tok):
            # a common word capitalised to open the sentence ("Flu has killed 40", "Cholera killed
            # 12") is read by the tagger, or NER, as a name; as a cue it is the word
            return _fold(tok.lower_)
        return None  # names never count
    if tok.dep_ == "amod" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 2].whitespace_:
        # the second half of a hyphenated modifier is not the word alone: "bike-borne men" are
        # no bear, "Iran-backed" no back
        first = tok.doc[tok.i - 2]
        return _fold(f"{first.lower_}-{tok.lower_}")
    return _fold(tok.lemma_)


def _alone(tok: Token) -> bool:
    """No other word of a name with it: neither a compound of the next word nor an entity of several."""
    if tok.dep_ == "compound":
        return False
    if tok.i + 1 == len(tok.doc):
        return True
    nxt = tok.doc[tok.i + 1]
    return nxt.pos_ != "PROPN" and nxt.ent_iob_ != "I"


OFFENCE_HEADS = word_class("sense", "OFFENCE_HEADS")
COUNTING_NOUNS = word_class("sense", "COUNTING_NOUNS")
# a sentence-final apposition naming the act itself, which the parser hangs on the last noun before it
ACT_APPOSITIVES = word_class("sense", "ACT_APPOSITIVES")


def _en_inner(head: Token, role: str, depth: int = 2, phrases: bool = True) -> Iterable[tuple[str, str]]:
    """The head's lemma under `role`, and its modifiers' (two steps down, prepositions free). A
    word of force among its own modifiers keeps the head out: "sniper fire" is no fire.
    `phrases=False` leaves the head's prepositional phrases out."""
    lemma = _en_lemma(head)
    anchors = load_lexicon("en").anchors
    # "in a series of raids", "a wave of arrests": a word that counts what its of-phrase names is no
    # cue of its own (a TV "series" is fiction; WikiEvents and CASE 2021 have "a series of explosions")
    counting = lemma in COUNTING_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(head))
    if lemma and not counting and not any(
        _fold(c.lemma_) in anchors for c in kids(head) if c.dep_ in ("compound", "amod", "nmod")
    ):
        yield role, lemma
    if depth == 0 or lemma in anchors:
        return  # "an exchange of fire": what a word of force governs is force too
    if lemma in OFFENCE_HEADS:
        return  # "caught … on suspicion of planning …": the offence, not what the act is on
    for child in kids(head):
        if child.dep_ not in _EN_INNER or child.dep_ == "prep" and not phrases:
            continue
        if child.dep_ == "appos" and _fold(child.lemma_) in ACT_APPOSITIVES:
            continue  # "sentenced a man …, the first conviction under a 2016 law": what the act was, not the man
        yield from _en_inner(child, role, depth if child.dep_ == "prep" else depth - 1)


def _en_heads(trig: Token) -> set[int]:
    """The argument heads' first characters: subjects, objects, prepositional objects."""
    out: set[int] = set()
    for child in kids(trig):
        if child.dep_ in _EN_ARGS:
            out.add(child.idx)
        elif child.dep_ in ("prep", "agent"):
            out.update(p.idx for p in kids(child) if p.dep_ in ("pobj", "pcomp"))
    return out


# acts done to people: the phrases the parser hangs on their object tell why it was done to them
# ("arrested a blogger for his comments", "deported a preacher over his sermons"), not what the object is
ON_PEOPLE = frozenset({"ARREST", "DEPORT", "CHARGE", "ENTRY_BAN"})


def _en_near(trig: Token, etype: str = "") -> set[tuple[str, str]]:
    near: set[tuple[str, str]] = set()
    object_phrases = etype not in ON_PEOPLE
    has_subject = False
    for child in kids(trig):
        dep = child.dep_
        if dep == "dative" and child.pos_ == "ADP":
            dep = "prep"  # "arrested a blogger for his comments": the parser may call the phrase a dative
        if dep in _EN_SUBJ:
            has_subject = True
            near.update(_en_inner(_antecedent(child, trig), "subj"))
        elif dep in _EN_OBJ:
            near.update(_en_inner(child, "obj", phrases=object_phrases))
        elif dep == "agent":
            for pobj in kids(child):
                near.update(_en_inner(pobj, "by"))
        elif dep == "prep":
            word = child.lower_
            # "the expulsion of two diplomats": what an act noun is done to is its object
            role = "obj" if word == "of" and trig.pos_ == "NOUN" else word
            for pobj in kids(child):
                if pobj.dep_ in ("pobj", "pcomp"):
                    near.update(_en_inner(pobj, role))
                    if role != word:
                        near.update(_en_inner(pobj, word))
                    if _quoted_work(pobj):
                        near.add((word, "work"))  # 'In "Red Harbour", a marine is kidnapped': the work's story
        elif dep in _EN_MOD:
            near.update(_en_inner(child, "mod", 1))
    if trig.dep_ == "acl" and trig.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in kids(trig)
    ):  # a reduced relative, not a clause of its own ("reports that 20 men had been detained")
        near.update(_en_inner(trig.head, "obj"))  # "diplomats expelled by the US": they are the ones expelled
    if not has_subject and trig.dep_ in ("advcl", "xcomp", "conj") and trig.head is not trig:
        # "a boiler exploded, killing three workers": the clause's subject is the trigger's
        for child in kids(trig.head):
            if child.dep_ in _EN_SUBJ:
                near.update(_en_inner(_antecedent(child, trig.head), "subj"))
    return near


def _quoted_work(tok: Token) -> bool:
    """A title in quotation marks that NER reads as a work (a film, a book, a game, a song)."""
    if tok.ent_type_ != "WORK_OF_ART":
        return False
    span = subtree(tok)
    doc = tok.doc
    before = doc[span[0].i - 1] if span[0].i > 0 else None
    return span[0].is_quote or before is not None and before.is_quote


def _antecedent(subject: Token, verb: Token) -> Token:
    """The noun a relative pronoun subject stands for ("a crocodile that had attacked a fisherman"),
    or the subject itself."""
    return verb.head if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else subject


@dataclass(frozen=True, slots=True)
class _SentenceWords:
    raw: str
    text: str  # folded
    words: frozenset[str]  # every common word's lemma and form
    counts: dict[str, int]  # how many tokens give each word

    def without(self, tok: Token) -> frozenset[str]:
        """The sentence's words without those only `tok` (one of its tokens) gives."""
        if tok.pos_ == "PROPN":
            return self.words  # a name gives no words
        return self.words - {w for w in _lemma_and_form(tok) if self.counts[w] == 1}


def _en_sentence_words(sent: Span) -> _SentenceWords:
    """The sentence's text and each common word's lemma and form, once per sentence (every
    candidate act of a sentence asks)."""
    cache = sent.doc.user_data.setdefault("wf_sense_words", {})
    found = cache.get(sent.start)
    if found is None:
        counts: dict[str, int] = {}
        for tok in span_tokens(sent):
            if tok.pos_ != "PROPN":  # `_lemma_and_form` inline: a sentence's every word
                lemma, form = _fold(tok.lemma_), tok.lower_
                counts[lemma] = counts.get(lemma, 0) + 1
                if form != lemma:
                    counts[form] = counts.get(form, 0) + 1
        raw = span_text(sent)
        found = cache[sent.start] = _SentenceWords(raw, _fold(raw), frozenset(counts), counts)
    return found  # type: ignore[no-any-return]


def _lemma_and_form(tok: Token) -> tuple[str, ...]:
    """The token's lemma and lower-case form, once when they are the same word (a tuple is made
    far faster than a set, and a sentence makes one per word)."""
    lemma, form = _fold(tok.lemma_), tok.lower_
    return (lemma,) if lemma == form else (lemma, form)


def english_view(etype: str, trig: Token, sent: Span) -> SenseView:
    sentence = _en_sentence_words(sent)
    return SenseView(
        lang="en",
        etype=etype,
        raw=sentence.raw,
        text=sentence.text,
        trigger_at=trig.idx - sent.start_char,
        trigger=_fold(trig.lemma_),
        heads_at=frozenset(i - sent.start_char for i in _en_heads(trig)),
        near=frozenset(_en_near(trig, etype)),
        words=sentence.words,
        others=sentence.without(trig),
    )


def english_act(etype: str, trig: Token, sent: Span) -> bool:
    """Whether an English candidate act means a security act (the call from the English front end)."""
    return sense_of(english_view(etype, trig, sent)) is None


# -- Russian (natasha) -------------------------------------------------------------------------------

_RU_SUBJ = frozenset({"nsubj", "csubj"})
_RU_OBJ = frozenset({"obj", "nsubj:pass", "iobj"})
_RU_MOD = frozenset({"amod", "nmod", "compound", "advmod", "flat", "appos"})


def _ru_lemma(tok: RuToken) -> str | None:
    if tok.pos in ("PROPN", "PUNCT", "NUM", "DET", "PRON", "ADP"):
        return None
    return _fold(tok.lemma)


def _ru_inner(head: RuToken, role: str, depth: int = 2) -> Iterable[tuple[str, str]]:
    lemma = _ru_lemma(head)
    anchors = load_lexicon("ru").anchors
    if lemma and not any(_fold(c.lemma) in anchors for c in head.children if c.rel in ("amod", "nmod", "compound")):
        yield role, lemma
    if depth == 0:
        return
    for child in head.children:
        if child.rel in ("amod", "nmod", "compound", "flat", "appos", "conj"):
            yield from _ru_inner(child, role, depth - 1)


def _ru_role(tok: RuToken) -> str:
    for c in tok.children:
        if c.rel == "case" and c.i < tok.i:
            return c.lower
    return "obl"


def _ru_near(trig: RuToken) -> set[tuple[str, str]]:
    near: set[tuple[str, str]] = set()
    for child in trig.children:
        rel = child.rel
        if rel in _RU_SUBJ:
            near.update(_ru_inner(child, "subj"))
        elif rel in _RU_OBJ:
            near.update(_ru_inner(child, "obj"))
        elif rel in ("obl", "nmod") and any(c.rel == "case" for c in child.children):
            near.update(_ru_inner(child, _ru_role(child)))
        elif rel in _RU_MOD:
            near.update(_ru_inner(child, "mod", 1))
        elif rel == "obl":
            near.update(_ru_inner(child, "obl"))
    return near


def russian_view(etype: str, trig: RuToken, sent: RuSentence) -> SenseView:
    words: set[str] = set()
    others: set[str] = set()
    for tok in sent.tokens:
        if tok.pos == "PROPN":
            continue
        pair = {_fold(tok.lemma), tok.lower}
        words |= pair
        if tok.i != trig.i:
            others |= pair
    return SenseView(
        lang="ru",
        etype=etype,
        raw=sent.text,
        text=_fold(sent.text),
        trigger_at=trig.start - sent.start,
        trigger=_fold(trig.lemma),
        heads_at=frozenset(
            c.start - sent.start for c in trig.children if c.rel in _RU_SUBJ | _RU_OBJ | {"obl", "nmod"}
        ),
        near=frozenset(_ru_near(trig)),
        words=frozenset(words),
        others=frozenset(others),
    )


def russian_act(etype: str, trig: RuToken, sent: RuSentence) -> bool:
    """Whether a Russian candidate act means a security act (the call from the Russian front end)."""
    return sense_of(russian_view(etype, trig, sent)) is None
