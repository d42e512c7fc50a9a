"""The per-document caches of the English extractors give what spaCy itself gives."""

from __future__ import annotations

from watchfloor.extract.en_syntax import _clause_tokens, _place_spans, _walk_clause
from watchfloor.extract.text import doc_ents, span_ents, span_text
from watchfloor.nlp.english import parse

TEXT = (
    "Police in Berlin detained two men from Hamburg on Monday, a spokesman for the Interior Ministry said.\n"
    "The pair had travelled through Austria and Hungary before they were stopped near Munich.\n"
    "Officials in Ankara said 14 Syrians were deported to Idlib and three Iraqis were held in Van province."
)


def test_entities_are_spacys() -> None:
    doc = parse(TEXT)
    assert doc_ents(doc) == doc.ents
    assert doc_ents(doc) is doc_ents(doc)  # built once
    for sent in doc.sents:
        assert span_ents(sent) == list(sent.ents)
    for start in range(0, len(doc), 3):  # spans that cut through entities too
        span = doc[start : start + 7]
        assert span_ents(span) == list(span.ents)


def test_span_text_is_spacys() -> None:
    doc = parse(TEXT + "\n\n  Two  spaces, a tab\there and a line's end.  ")
    spans = list(doc.sents) + list(doc.ents) + [doc[a:b] for a in range(0, len(doc), 4) for b in range(a, len(doc) + 1, 5)]
    for span in spans:
        assert span_text(span) == span.text


def test_clause_walked_once_and_the_same() -> None:
    doc = parse(TEXT)
    for tok in doc:
        assert _clause_tokens(tok) == _walk_clause(tok)
        assert _clause_tokens(tok) is _clause_tokens(tok)


def test_place_spans_per_sentence_are_a_fresh_list() -> None:
    doc = parse(TEXT)
    for sent in doc.sents:
        first = _place_spans(sent)
        first.clear()  # a caller's list: the cache keeps its own
        assert _place_spans(sent) == _place_spans(sent)
    assert any(_place_spans(s) for s in doc.sents)


def test_gazetteer_remembers_each_phrase_in_its_context() -> None:
    from watchfloor.normalize.places import Gazetteer

    gazetteer = Gazetteer.load()
    first = gazetteer.resolve("Kilis province", context=("TUR",))
    assert gazetteer.resolve("Kilis province", context=["TUR"]) is first  # the same context, any sequence
    fresh = Gazetteer.load()._resolve("Kilis province", ("TUR",))
    assert fresh == first
    other = gazetteer.resolve("Georgia", context=("USA",))
    assert other == Gazetteer.load()._resolve("Georgia", ("USA",))
    assert gazetteer.resolve("Georgia", context=("GEO",)) == Gazetteer.load()._resolve("Georgia", ("GEO",))


def test_attribute_rules_match_as_spacys_matcher() -> None:
    import spacy

    from watchfloor.nlp.attribute_rules import FastMatch
    from watchfloor.nlp.english import MODEL_NAME

    nlp = spacy.load(MODEL_NAME)  # the model as shipped: spaCy's own attribute ruler
    ruler = nlp.get_pipe("attribute_ruler")
    fast = FastMatch(ruler)
    texts = [
        TEXT,
        "I ain't gonna go, let's see. You gotta do it!  \n\n  There is a man. But I said it to you.",
        "It is there, isn't it? Y'all can't, won't and don't. Whatcha doin'? That which I saw was this.",
        "   ",
    ]
    later = nlp.pipe_names[nlp.pipe_names.index("attribute_ruler") :]
    with nlp.select_pipes(disable=later):
        for doc in nlp.pipe(texts):
            assert fast(doc) == ruler.match(doc)


VARIED = [
    TEXT,
    "I ain't gonna go, let's see. You gotta do it!  \n\n  There is a man. But I said it to you.",
    "It is there, isn't it? Y'all can't, won't and don't. Whatcha doin'? That which I saw was this.",
    "   ",
    "",
    "The prosecutors said the two brothers had been deported to Belgium; their lawyers were appealing the rulings.",
    "BAKU, Sept 22 (Wire) - Police arrested 14 men, including three Russians, who were planning to cross into Syria.",
]


def _annotations(doc: object) -> list[tuple[str, str, str, str, str, int]]:
    return [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_, t.head.i) for t in doc]  # type: ignore[attr-defined]


def test_fast_attribute_ruler_sets_what_spacys_sets() -> None:
    import spacy

    from watchfloor.nlp.attribute_rules import FastRuler
    from watchfloor.nlp.english import MODEL_NAME

    stock, fast_nlp = spacy.load(MODEL_NAME), spacy.load(MODEL_NAME)
    fast = FastRuler(fast_nlp.get_pipe("attribute_ruler"))
    later = stock.pipe_names[stock.pipe_names.index("attribute_ruler") :]
    with stock.select_pipes(disable=later), fast_nlp.select_pipes(disable=later):
        for text in VARIED * 2:  # the second round reads the shapes it remembers
            a, b = stock(text), fast_nlp(text)
            stock.get_pipe("attribute_ruler")(a)
            fast(b)
            assert _annotations(a) == _annotations(b), text


def test_fast_lemmas_are_spacys_lemmas() -> None:
    import spacy

    from watchfloor.nlp.english import MODEL_NAME
    from watchfloor.nlp.lemmas import use_fast_lemmas

    stock, fast = spacy.load(MODEL_NAME), spacy.load(MODEL_NAME)
    use_fast_lemmas(fast)
    assert "lemmatizer" not in fast.pipe_names and "wf_lemmatizer" in fast.pipe_names
    for text in VARIED * 2:
        assert _annotations(stock(text)) == _annotations(fast(text)), text


def test_tree_tables_are_spacys() -> None:
    from watchfloor.extract.tree import kids, sent_of, span_tokens, subtree, tokens

    # a particle moved onto its verb after the parse ("handed over"), a list, a question, a quote
    doc = parse(
        TEXT + "\nPolice handed over 148 women, rounded up 20 men and freed the rest, officials said. "
        "Who was held, and why? \"We will not stop,\" the minister told reporters in Vienna on Friday."
    )
    assert tokens(doc) == list(doc)
    assert tokens(doc) is tokens(doc)  # built once
    for tok in doc:
        assert kids(tok) == tuple(tok.children)
        assert subtree(tok) == tuple(tok.subtree)
        assert subtree(tok) is subtree(tok)
        assert sent_of(tok) == tok.sent
        assert (sent_of(tok).start, sent_of(tok).end) == (tok.sent.start, tok.sent.end)
    for span in [*doc.sents, doc[3:9], doc[5:5]]:
        assert span_tokens(span) == list(span)


def test_place_paths_climbs_and_links_are_worked_out_anew_per_doc() -> None:
    from watchfloor.extract.en_event_place import (
        _climb,
        _find_climb,
        _find_link,
        _link,
        _no_place_sense,
        no_place_sense,
    )
    from watchfloor.extract.tree import path_up

    for text in (TEXT, "Gunmen shot and killed three guards in Kabul, police in Herat said on Friday."):
        doc = parse(text)
        for tok in doc:
            walked = [tok]
            while walked[-1].head.i != walked[-1].i:
                walked.append(walked[-1].head)
            assert [t.i for t in path_up(tok)] == [t.i for t in walked]
            assert _climb(tok) == _find_climb(tok) and _climb(tok) == _find_climb(tok)
            assert no_place_sense(tok) == _no_place_sense(tok)
            for trig in doc:
                for speech in (False, True):
                    assert _link(tok, trig, speech) == _find_link(tok, trig, speech)


def test_words_text_is_the_spans_text() -> None:
    from watchfloor.extract.text import words_text

    doc = parse(TEXT + "\n\n  Two  spaces, a tab\there and a line's end.  ")
    for a in range(len(doc)):
        for b in range(a, min(a + 12, len(doc))):
            assert words_text(doc[a], doc[b]) == span_text(doc[a : b + 1])
    assert words_text(doc[5], doc[4]) == ""


def test_sentences_are_spacys_and_built_once() -> None:
    from watchfloor.extract.tree import sent_of, sentences

    doc = parse(TEXT)
    assert sentences(doc) == list(doc.sents)
    assert sentences(doc) is sentences(doc)
    assert all(sent_of(tok) == tok.sent for tok in doc)


def test_extraction_leaves_no_cycle_behind() -> None:
    """The extractors' caches hold tokens, which hold the doc: dropped after extraction, the doc
    goes as soon as it is unused, without waiting for the collector's full pass."""
    import gc

    from watchfloor.extract.english import EnglishExtractor, extract_english
    from watchfloor.extract.text import PARSED_KEYS
    from watchfloor.model import Document
    from watchfloor.normalize.places import Gazetteer

    extractor = EnglishExtractor(Gazetteer.load())
    doc = parse(TEXT)
    extraction = extract_english(extractor, doc, Document(doc_id="d", text=TEXT, language="en"))
    assert extraction.events
    assert not {k for k in doc.user_data if isinstance(k, str) and k.startswith("wf_")} - PARSED_KEYS
    before = len([o for o in gc.get_objects() if type(o).__name__ == "Doc"])
    del doc
    after = len([o for o in gc.get_objects() if type(o).__name__ == "Doc"])
    assert after == before - 1
