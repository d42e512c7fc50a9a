"""Layout facts about a parsed text that every extractor needs."""

from __future__ import annotations

from spacy.tokens import Span


def is_headline(sent: Span) -> bool:
    """A title line: the document's first line, without a full stop, on a line of its own."""
    text = sent.text.strip()
    if not text or sent.start_char > 0 and "\n" not in sent.doc.text[: sent.start_char]:
        return False
    starts_line = sent.start_char == 0 or sent.doc.text[sent.start_char - 1] == "\n"
    ends_line = sent.end_char >= len(sent.doc.text) or sent.doc.text[sent.end_char : sent.end_char + 1] in ("\n", "")
    first_line = "\n" not in sent.doc.text[: sent.start_char].strip()
    return starts_line and ends_line and first_line and text[-1] not in ".!?\"»”"
