"""Layout facts about a parsed text that every extractor needs."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the Russian side imports this without spaCy
    from spacy.tokens import Doc, Span, Token


def doc_text(doc: Doc) -> str:
    """The document's text, built once: spaCy joins the tokens on every `Doc.text`."""
    text = doc.user_data.get("wf_text")
    if text is None:
        text = doc.text
        doc.user_data["wf_text"] = text
    return str(text)


# what the parser itself records (nlp/english.py): part of the parse, never a cache
PARSED_KEYS = frozenset({"wf_text", "wf_typed_lower", "wf_cased_text"})


def cased_doc_text(doc: Doc) -> str:
    """The document's text as parsed: truecased where it was typed in lower case, else as given."""
    cased = doc.user_data.get("wf_cased_text")
    return str(cased) if cased is not None else doc_text(doc)


def cased_span_text(span: Span) -> str:
    """The span's text as parsed: with its capitals restored where the text was typed in lower case
    ("on 11 august" reads as a date once it is "on 11 August"), else as given."""
    return cased_doc_text(span.doc)[span.start_char : span.end_char]


def forget_caches(doc: Doc) -> None:
    """Drop the extractors' per-document caches (the `wf_` entries of `doc.user_data`, but what
    the parser recorded): they hold tokens and spans, which hold the doc, so an extracted doc is a
    reference cycle that only the collector's full passes free (measured: most of its time while
    extracting). Forgotten, it is freed as soon as its last use ends; asked again, they are rebuilt."""
    from watchfloor.extract.tree import forget_tree  # here: tree imports nothing of this module, nor should

    forget_tree(doc)  # the tables, and the memory of the document last asked of
    data = doc.user_data
    for key in [k for k in data if isinstance(k, str) and k.startswith("wf_") and k not in PARSED_KEYS]:
        del data[key]


def typed_in_lower_case(doc: Doc) -> bool:
    """Whether the text was typed in lower case and parsed truecased (nlp/english.py): names the
    truecaser did not know are still lower case in it."""
    return bool(doc.user_data.get("wf_typed_lower"))


def span_text(span: Span) -> str:
    """`span.text`, cut from the document's text: spaCy joins the span's tokens anew on every call."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def words_text(first: Token, last: Token) -> str:
    """`span_text(doc[first.i : last.i + 1])` without making the Span (spaCy checks the slice and
    builds the Span's bounds anew each time)."""
    if last.i < first.i:
        return ""
    return doc_text(first.doc)[first.idx : last.idx + len(last.text)]


def doc_ents(doc: Doc) -> Sequence[Span]:
    """The document's entities, built once: spaCy builds every span anew on each `Doc.ents`
    (a walk over the whole document), and the extractors ask for them per sentence and per token."""
    ents = doc.user_data.get("wf_ents")
    if ents is None:
        ents = tuple(doc.ents)
        doc.user_data["wf_ents"] = ents
        doc.user_data["wf_ent_starts"] = [e.start for e in ents]
        doc.user_data["wf_ent_ends"] = [e.end for e in ents]  # in order too: entities do not overlap
    return ents  # type: ignore[no-any-return]  # user_data holds Any


def ent_of(tok: Token) -> Span | None:
    """The entity that holds `tok`, if any."""
    ents = doc_ents(tok.doc)
    k = bisect_right(tok.doc.user_data["wf_ent_starts"], tok.i) - 1
    return ents[k] if k >= 0 and tok.i < ents[k].end else None


def ents_before(doc: Doc, i: int) -> Sequence[Span]:
    """The entities that end at token `i` or before it, in order."""
    ents = doc_ents(doc)
    return ents[: bisect_right(doc.user_data["wf_ent_ends"], i)]


def span_ents(span: Span) -> list[Span]:
    """`span.ents` (the entities wholly inside a span, in order) from the document's cached ones."""
    ents = doc_ents(span.doc)
    out = []
    end = span.end
    for ent in ents[bisect_left(span.doc.user_data["wf_ent_starts"], span.start) :]:
        if ent.end > end:
            break  # as spaCy's Span.ents: an entity running past the span ends the list
        out.append(ent)
    return out


def _first_line(doc: Doc) -> tuple[int, int, bool]:
    """(start, end) of the first non-blank line, and whether it reads as a title (no full stop,
    a line of its own)."""
    cached = doc.user_data.get("wf_first_line")
    if cached is None:
        text = doc_text(doc)
        lead = len(text) - len(text.lstrip())
        end = text.find("\n", lead)
        end = len(text) if end < 0 else end
        line = text[lead:end].strip()
        # a title may end on a quoted phrase (Minister "very disappointed"); a sentence ends
        # on its full stop, inside the quotes or out
        bare = line.rstrip("\"'»”’")
        cached = (lead, end, bool(bare) and bare[-1] not in ".!?" and end < len(text))
        doc.user_data["wf_first_line"] = cached
    return cached  # type: ignore[no-any-return]


def is_headline(sent: Span) -> bool:
    """A sentence within the document's first line, when that line is a title."""
    _, end, title = _first_line(sent.doc)
    return title and sent.start_char < end  # the line's trailing newlines may ride along


TITLE_LENGTH = 200  # characters: the longest headlines run to about 120


def in_title_line(sent: Span) -> bool:
    """A sentence within a first line shaped as a title (no full stop), with or without a text
    after it: a headline alone ("Police arrest five over Kano bombing") is one too."""
    lead, end, _ = _first_line(sent.doc)
    line = doc_text(sent.doc)[lead:end].strip().rstrip("\"'»”’")
    # a title is short: a text of one long line with no full stop at its end is no headline
    return bool(line) and len(line) <= TITLE_LENGTH and line[-1] not in ".!?" and sent.start_char < end
