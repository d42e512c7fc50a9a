"""Reading Russian clauses off natasha's UD trees: noun phrases, prepositions, clause edges, and the
word lists (data/russian_cues.json) the Russian event and claim extractors share."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from watchfloor.errors import ConfigError
from watchfloor.model import Evidence
from watchfloor.nlp.russian import RuSentence, RuToken

CLAUSE_RELS = frozenset(
    {"conj", "parataxis", "advcl", "acl:relcl", "ccomp", "csubj", "csubj:pass", "xcomp", "acl"}
)
NP_SKIP = frozenset({"acl:relcl", "acl", "conj", "cc", "punct", "parataxis", "advcl", "appos"})
VERBAL = frozenset({"VERB", "AUX"})
QUOTES_OPEN = '«„“"'
QUOTES_CLOSE = '»“”"'


@dataclass(frozen=True, slots=True)
class Cues:
    """The word lists of data/russian_cues.json, as sets (lemmas) and tuples (phrases)."""

    words: dict[str, frozenset[str]]
    tables: dict[str, dict[str, str]]

    def has(self, key: str, word: str) -> bool:
        return word in self.words[key]

    def phrases(self, key: str) -> frozenset[str]:
        return self.words[key]


@cache
def load_cues() -> Cues:
    raw: dict[str, Any] = json.loads(
        files("watchfloor.data").joinpath("russian_cues.json").read_text("utf-8")
    )
    words: dict[str, frozenset[str]] = {}
    tables: dict[str, dict[str, str]] = {}
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        if isinstance(value, list):
            words[key] = frozenset(fold_ru(v) for v in value)
        elif isinstance(value, dict):
            tables[key] = {fold_ru(k): str(v) for k, v in value.items()}
        else:
            raise ConfigError(f"{key}: expected a list or an object", input="russian_cues.json")
    return Cues(words, tables)


def fold_ru(s: str) -> str:
    return s.lower().replace("ё", "е")


# -- tree helpers -------------------------------------------------------------------------------------


def case_of(tok: RuToken) -> str | None:
    """The preposition governing a noun ("в", "на", "со ссылкой на" → its first word), lower case."""
    for c in tok.children:
        if c.rel == "case" and c.i < tok.i:
            return c.lower
    return None


def case_words(tok: RuToken) -> list[str]:
    """The words of a noun's preposition, compound ones too ("в отношении", "в виде")."""
    out = []
    for c in tok.children:
        if c.rel in ("case", "fixed") and c.i < tok.i:
            out.append(c.lower)
            out.extend(g.lower for g in c.children if g.rel == "fixed")
    return out


def np_tokens(tok: RuToken, skip: frozenset[str] = NP_SKIP) -> list[RuToken]:
    """A noun phrase: the head and its dependents, without clauses, coordination and punctuation.
    A sibling right after it in the same role is part of it: natasha sometimes splits one object
    in two ("задержали уроженца | одного из регионов")."""
    out = [tok]
    for c in tok.children:
        if c.rel in skip or c.rel == "case" or c.rel == "punct":
            continue
        out.extend(_without_clauses(c))
    out.sort(key=lambda t: t.i)
    if tok.head is not None and tok.rel in ("obj", "nsubj:pass", "nsubj"):
        for sib in sorted(tok.head.children, key=lambda t: t.i):
            if sib.rel == tok.rel and sib.i == out[-1].i + 1 and sib.pos in ("NUM", "ADJ", "DET"):
                out.extend(np_tokens(sib, skip))
    return out


def _without_clauses(tok: RuToken) -> list[RuToken]:
    """A subtree without the relative clauses and asides hanging anywhere inside it."""
    out = [tok]
    for c in tok.children:
        if c.rel in ("acl:relcl", "parataxis") or c.rel == "punct" and c.text in ",;—":
            continue
        out.extend(_without_clauses(c))
    return out


def span_text(sent_text: str, sent_start: int, toks: list[RuToken]) -> str:
    """The document text from the first to the last token, with quotes balanced and edges trimmed."""
    if not toks:
        return ""
    first, last = toks[0], toks[-1]
    text = sent_text[first.start - sent_start : last.stop - sent_start]
    return _balance(text).strip(" ,;:—-")


def np_text(sent: RuSentence, tok: RuToken, skip: frozenset[str] = NP_SKIP) -> str:
    toks = np_tokens(tok, skip)
    # keep the phrase contiguous: stop at a gap the parse left (a comma-separated aside)
    return span_text(sent.text, sent.start, _contiguous(toks, tok))


def _contiguous(toks: list[RuToken], head: RuToken) -> list[RuToken]:
    ids = [t.i for t in toks]
    at = ids.index(head.i)
    lo = hi = at
    while lo > 0 and ids[lo - 1] == ids[lo] - 1:
        lo -= 1
    while hi + 1 < len(ids) and ids[hi + 1] == ids[hi] + 1:
        hi += 1
    return toks[lo : hi + 1]


def _balance(text: str) -> str:
    """Add or drop a quote so that «…» pairs stay whole in a phrase cut from the text."""
    opened = sum(text.count(q) for q in "«„")
    closed = text.count("»")
    if opened > closed and text.rstrip().endswith(tuple("«„")):
        return text.rstrip()[:-1]
    if closed > opened and text.lstrip().startswith("»"):
        return text.lstrip()[1:]
    return text


def members(head: RuToken) -> list[RuToken]:
    """A noun phrase and the phrases coordinated with it."""
    out = [head]
    stack = [head]
    while stack:
        node = stack.pop()
        for c in node.children:
            if c.rel == "conj" and c.pos in ("NOUN", "PROPN", "NUM", "PRON", "ADJ") and not _including(c):
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _including(tok: RuToken) -> bool:
    """'14 граждан РФ, в том числе пятерых женщин': the phrase after "в том числе" is part of the
    group told before it, not more people (NEREL: "были ранены 28 человек, в том числе пять
    полицейских", "50 человек, в том числе дети")."""
    return any(c.lemma == "число" and has_child(c, "det", frozenset({"тот"})) and has_child(c, "case", frozenset({"в"}))
               for c in tok.children)


def has_child(tok: RuToken, rel: str | None = None, lemmas: frozenset[str] | None = None) -> bool:
    return any((rel is None or c.rel == rel) and (lemmas is None or c.lemma in lemmas) for c in tok.children)


def clause_tokens(trig: RuToken) -> set[int]:
    """Indices of the trigger's subtree, without coordinated or embedded clauses of other verbs."""
    out: set[int] = set()
    stack = [trig]
    while stack:
        node = stack.pop()
        out.add(node.i)
        for c in node.children:
            if c.rel in ("conj", "parataxis") and c.pos in VERBAL:
                continue
            if c.rel in ("ccomp", "advcl", "acl:relcl", "csubj") and c.pos in VERBAL:
                continue
            stack.append(c)
    return out


def clause_head(trig: RuToken) -> RuToken:
    """The verb whose clause a nominal trigger belongs to ("произошел взрыв" → "произошел")."""
    if trig.pos in VERBAL:
        return trig
    node = trig
    for anc in trig.ancestors:
        if anc.pos in VERBAL:
            return anc
        node = anc
    return node


def is_finite(tok: RuToken) -> bool:
    return tok.feat("VerbForm") == "Fin"


def is_short_passive(tok: RuToken) -> bool:
    return tok.feat("VerbForm") == "Part" and tok.feat("Variant") == "Short"


def is_infinitive(tok: RuToken) -> bool:
    return tok.feat("VerbForm") == "Inf"


def is_full_participle(tok: RuToken) -> bool:
    return tok.feat("VerbForm") == "Part" and tok.feat("Variant") != "Short"


def aux_words(tok: RuToken) -> list[str]:
    return [c.lower for c in tok.children if c.rel in ("aux", "aux:pass", "cop")]


def in_quotes(sent: RuSentence, start: int, stop: int) -> bool:
    """Is the character span inside «…» (a station, a film, an organisation's name)?"""
    before = sent.text[: start - sent.start].rstrip()
    after = sent.text[stop - sent.start :].lstrip()
    return bool(before) and before[-1] in QUOTES_OPEN and bool(after) and after[0] in QUOTES_CLOSE


def evidence(sent: RuSentence, toks: list[RuToken], trim_case: bool = False) -> Evidence:
    toks = sorted(toks, key=lambda t: t.i)
    while len(toks) > 1 and (toks[-1].pos == "PUNCT" or toks[-1].rel in ("cc", "mark")):
        if toks[-1].text in QUOTES_CLOSE and any(t.text in QUOTES_OPEN for t in toks[:-1]):
            break
        toks.pop()
    lead_rels = ("cc", "mark", "case") if trim_case else ("cc", "mark")
    while len(toks) > 1 and (toks[0].pos == "PUNCT" or toks[0].rel in lead_rels):
        if toks[0].text in QUOTES_OPEN:
            break
        toks.pop(0)
    start, end = toks[0].start, toks[-1].stop
    text = sent.text[start - sent.start : end - sent.start]
    return Evidence(start=start, end=end, text=text)


def subject(verb: RuToken) -> RuToken | None:
    for c in verb.children:
        if c.rel == "nsubj" and not misread_object(c):
            if c.lemma == "который" and verb.rel == "acl:relcl" and verb.head is not None:
                return verb.head
            return c
    if verb.rel in ("conj", "xcomp") and verb.head is not None and verb.head.pos in VERBAL:
        return subject(verb.head)
    return None


def misread_object(tok: RuToken) -> bool:
    """ "Ещё пятерых остановили": natasha reads an accusative numeral as the subject."""
    case = tok.feat("Case")
    head = tok.head
    if tok.rel == "nsubj" and head is not None and tok.i > head.i and any(
        c.rel == "nsubj" and c is not tok and c.i < head.i for c in head.children
    ):
        return True  # "Роскомнадзор заблокировал Telegram-канал": a second subject after the verb is its object
    if case == "Gen" and tok.pos == "PROPN" and tok.feat("Animacy") == "Anim" and not any(c.rel == "nummod" for c in tok.children):
        return True  # "Абакарову … арестовали": a person in an oblique case is no subject
    if case == "Acc" and tok.feat("Animacy") == "Inan" and tok.head is not None and any(
        c.rel == "obj" and c is not tok for c in tok.head.children
    ):
        return False  # "Казахстан … вернул 231 человека": an inanimate name reads the same in both cases; the verb has its object
    return case == "Acc" or tok.pos == "NUM" and case == "Gen" and tok.lemma.endswith("ое")


def parenthetical_subject(verb: RuToken) -> RuToken | None:
    """ "Как сообщил в понедельник представитель …, всех допросили": natasha may hang the speaker
    on the main verb; a subject inside the aside (before the aside's closing comma) is the speaker's."""
    if verb.rel != "parataxis" or verb.head is None:
        return None
    end = max(t.i for t in verb.subtree())
    for c in verb.head.children:
        if c.rel == "nsubj" and verb.i < c.i < end:
            return c
    return None
