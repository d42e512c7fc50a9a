"""Russian parsing on natasha: sentences, tokens, morphology, lemmas, dependencies and NER.

natasha ships its models inside the wheel (navec news embeddings, slovnet morph / syntax / NER),
so nothing is downloaded. natasha must be imported before pymorphy2: it patches pymorphy2 0.9.1
to run on Python 3.11 (and pymorphy2 needs `pkg_resources`, hence the `setuptools<81` pin).

The batch path is the main path: the sentences of a whole batch of documents go through each
slovnet model together, which is several times faster than natasha's one-document `Doc` calls.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from typing import Any, TypeVar

from watchfloor.errors import ConfigError
from watchfloor.nlp.pictographs import without_pictographs

T = TypeVar("T")

BATCH_SIZE = 32


@dataclass(frozen=True, slots=True)
class RussianModels:
    segmenter: Any
    morph: Any
    syntax: Any
    ner: Any
    vocab: Any  # natasha.MorphVocab: pymorphy2 behind an LRU cache


@cache
def load_russian() -> RussianModels:
    """Load natasha's models once per process (about 1.5 s)."""
    try:
        import natasha
    except ImportError as exc:
        raise ConfigError("natasha is not installed; run `make install`", input="natasha") from exc
    embedding = natasha.NewsEmbedding()
    return RussianModels(
        segmenter=natasha.Segmenter(),
        morph=natasha.NewsMorphTagger(embedding),
        syntax=natasha.NewsSyntaxParser(embedding),
        ner=natasha.NewsNERTagger(embedding),
        vocab=natasha.MorphVocab(),
    )


def parse_many(
    items: Iterable[tuple[str, T]], *, batch_size: int = BATCH_SIZE, syntax: bool = True
) -> Iterator[tuple[Any, T]]:
    """Parse texts into `natasha.Doc`s (segmented, morph-tagged, lemmatised, parsed, NER-tagged),
    carrying a context value beside each. `sentences(doc)` gives the linked tree view the
    extractors read, with the entities' normal forms."""
    models = load_russian()
    iterator = iter(items)
    while True:
        chunk = list(islice(iterator, batch_size))
        if not chunk:
            return
        docs = _parse_batch([text for text, _ in chunk], models, syntax)
        yield from zip(docs, (context for _, context in chunk), strict=True)


def parse(text: str) -> Any:
    return next(parse_many([(text, None)]))[0]


def _parse_batch(texts: list[str], models: RussianModels, syntax: bool) -> list[Any]:
    from natasha import Doc
    from natasha.doc import adapt_spans, inject_morph, inject_syntax, offset_syntax

    docs = []
    for text in texts:
        doc = Doc(without_pictographs(text))
        doc.segment(models.segmenter)
        _split_lines(doc)
        docs.append(doc)
    # sentences of similar length share a slovnet batch: less padding, same results
    sents = sorted((sent for doc in docs for sent in doc.sents), key=lambda s: len(s.tokens))
    words = [[token.text for token in sent.tokens] for sent in sents]
    for sent, markup in zip(sents, models.morph.map(words), strict=True):
        inject_morph(sent.tokens, markup.tokens)
    if syntax:
        for sent, markup in zip(sents, models.syntax.map(words), strict=True):
            inject_syntax(sent.tokens, markup.tokens)
    lemma = _lemmatizer(models.vocab)
    for doc in docs:
        for number, sent in enumerate(doc.sents, start=1):
            if syntax:
                offset_syntax(number, sent.tokens)
            for token in sent.tokens:
                token.lemma = lemma(token.text, token.pos, token.feats)
    texty = [doc for doc in docs if doc.text.strip()]  # slovnet's NER fails on empty input
    for doc in docs:
        doc.spans = []
    for doc, markup in zip(texty, models.ner.map([doc.text for doc in texty]), strict=True):
        doc.spans = list(adapt_spans(doc, markup.spans))
    for doc, text in zip(docs, texts, strict=True):
        doc.envelop_span_tokens()
        doc.envelop_sent_spans()
        doc.text = text  # offsets are the same: every pictograph was one space
    return docs


def _split_lines(doc: Any) -> None:
    """A line break ends a sentence: razdel joins a headline without a full stop to the next line."""
    from natasha.doc import DocSent

    if "\n" not in doc.text:
        return
    sents = []
    for sent in doc.sents:
        offset = sent.start
        for line in sent.text.split("\n"):
            stripped = line.strip()
            if stripped:
                start = offset + line.index(stripped)
                sents.append(DocSent(start, start + len(stripped), stripped))
            offset += len(line) + 1
    doc.sents = sents
    doc.envelop_sent_tokens()


def _lemmatizer(vocab: Any) -> Callable[[str, str, dict[str, str]], str]:
    """natasha's lemmatiser memoised on (word, tag): the same forms recur across documents."""
    memo: dict[tuple[str, str, tuple[tuple[str, str], ...]], str] = _lemma_memo()

    def lemma(word: str, pos: str, feats: dict[str, str]) -> str:
        key = (word, pos, tuple(sorted(feats.items())))
        found = memo.get(key)
        if found is None:
            found = str(vocab.lemmatize(word, pos, feats))
            if len(memo) < 500_000:
                memo[key] = found
        return found

    return lemma


@cache
def _lemma_memo() -> dict[tuple[str, str, tuple[tuple[str, str], ...]], str]:
    return {}


# -- a tree view of natasha's output ---------------------------------------------------------------


@dataclass(eq=False, slots=True)
class RuToken:
    """One token of a parsed sentence, linked to its head and children."""

    i: int  # index in the sentence
    text: str
    lemma: str  # lower case, ё folded to е
    pos: str
    feats: dict[str, str]
    rel: str
    start: int  # character offsets into the document text
    stop: int
    head: RuToken | None = None
    children: list[RuToken] = field(default_factory=list)

    @property
    def lower(self) -> str:
        return self.text.lower().replace("ё", "е")

    def feat(self, name: str) -> str | None:
        return self.feats.get(name)

    @property
    def ancestors(self) -> Iterator[RuToken]:
        node = self.head
        seen = 0
        while node is not None and seen < 64:  # guards against cycles in a bad parse
            yield node
            node = node.head
            seen += 1

    def subtree(self) -> list[RuToken]:
        out: list[RuToken] = []
        stack = [self]
        while stack:
            node = stack.pop()
            if len(out) > 512:
                break
            out.append(node)
            stack.extend(node.children)
        return sorted(out, key=lambda t: t.i)

    def __repr__(self) -> str:
        return f"RuToken({self.i}:{self.text}/{self.lemma}/{self.pos}/{self.rel})"


@dataclass(frozen=True, slots=True)
class RuSpan:
    """A named entity: PER, LOC or ORG, with natasha's normal form."""

    type: str
    text: str
    normal: str
    start: int
    stop: int
    tokens: tuple[int, ...]  # token indices in the sentence


@dataclass(eq=False, slots=True)
class RuSentence:
    index: int
    start: int
    stop: int
    text: str
    tokens: list[RuToken]
    spans: list[RuSpan]

    @property
    def roots(self) -> list[RuToken]:
        return [t for t in self.tokens if t.head is None]


def sentences(doc: Any) -> list[RuSentence]:
    """The sentences of a parsed `natasha.Doc` as linked token trees (a sentence may have several
    roots: natasha does not always join clauses)."""
    vocab = load_russian().vocab
    out: list[RuSentence] = []
    for n, sent in enumerate(doc.sents):
        toks: list[RuToken] = []
        by_id: dict[str, RuToken] = {}
        for i, t in enumerate(sent.tokens):
            tok = RuToken(
                i=i,
                text=t.text,
                lemma=(t.lemma or t.text).lower().replace("ё", "е"),
                pos=t.pos or "X",
                feats=dict(t.feats or {}),
                rel=t.rel or "dep",
                start=t.start,
                stop=t.stop,
            )
            toks.append(tok)
            if t.id:
                by_id[t.id] = tok
        for t, tok in zip(sent.tokens, toks, strict=True):
            head = by_id.get(t.head_id or "")
            if head is not None and head is not tok and tok.rel != "root":
                tok.head = head
                head.children.append(tok)
        _break_cycles(toks)
        _adopt_orphans(toks)
        index = {tok.start: tok.i for tok in toks}
        spans = []
        for span in sent.spans or []:
            _normalize(span, vocab)
            ids = tuple(index[t.start] for t in span.tokens if t.start in index)
            spans.append(RuSpan(span.type, span.text, span.normal or span.text, span.start, span.stop, ids))
        out.append(RuSentence(n, sent.start, sent.stop, doc.text[sent.start : sent.stop], toks, spans))
    return out


_NORMALS: dict[tuple[Any, ...], str] = {}


def _normalize(span: Any, vocab: Any) -> None:
    """natasha's normal form of a name, remembered: news names the same places and people again and
    again, and inflecting them is a tenth of the parse. An organisation's form depends on its
    syntax, so it is computed each time."""
    if span.type == "ORG":
        span.normalize(vocab)
        return
    key = (
        span.type,
        tuple((t.text, t.pos, tuple(sorted((t.feats or {}).items())), t.start - span.start) for t in span.tokens),
    )
    normal = _NORMALS.get(key)
    if normal is None:
        if len(_NORMALS) > 100_000:
            _NORMALS.clear()
        span.normalize(vocab)
        normal = _NORMALS[key] = span.normal
    span.normal = normal


def _break_cycles(toks: list[RuToken]) -> None:
    for tok in toks:
        seen = {id(tok)}
        node = tok.head
        while node is not None:
            if id(node) in seen:
                if node.head is not None:
                    node.head.children.remove(node)
                node.head = None
                break
            seen.add(id(node))
            node = node.head


def _adopt_orphans(toks: list[RuToken]) -> None:
    """A token that lost its head to a cycle or a self-loop: a genitive or modifier goes to the
    nearest noun before (after, for a modifier), anything else to the sentence's first root."""
    roots = [t for t in toks if t.head is None and t.rel == "root"]
    for tok in toks:
        if tok.head is not None or tok.rel == "root":
            continue
        head: RuToken | None = None
        nominal = ("NOUN", "PROPN", "PRON", "NUM")
        if tok.rel in ("amod", "det", "nummod", "nummod:gov", "case"):
            head = next((t for t in toks[tok.i + 1 :] if t.pos in nominal), None)
        elif tok.rel.startswith(("nmod", "appos", "flat")):
            head = next((t for t in reversed(toks[: tok.i]) if t.pos in nominal), None)
        if head is None and roots and roots[0] is not tok:
            head = roots[0]
            if any(c.rel == "mark" for c in tok.children):
                tok.rel = "ccomp"  # "говорится, что … ложные": a clause, whatever natasha called it
        if (
            head is not None
            and tok.rel in ("nummod", "nummod:gov")
            and (tok in head.ancestors or head is tok)
            and roots
            and roots[0] is not tok
        ):
            # "депортированы свыше 2 тысяч боевиков": a counted phrase whose noun hangs below its
            # numeral is the root's argument
            head = roots[0]
            tok.rel = "nsubj:pass" if head.feat("Voice") == "Pass" else "obj"
        if head is not None and tok not in head.ancestors and head is not tok:
            tok.head = head
            head.children.append(tok)
