"""Layout facts about a parsed text that every extractor needs."""

from __future__ import annotations

from spacy.tokens import Span


def is_headline(sent: Span) -> bool:
    """A title line: within the document's first line, when that line has no full stop."""
    text = sent.doc.text
    lead = len(text) - len(text.lstrip())
    first_end = text.find("\n", lead)
    first_end = len(text) if first_end < 0 else first_end
    first_line = text[lead:first_end].strip()
    if first_line and first_line[-1] not in ".!?" and "\n" in text[first_end:first_end + 1]:
        return sent.end_char <= first_end
    return _single_title_line(sent)


def _single_title_line(sent: Span) -> bool:
    text = sent.text.strip()
    if not text or sent.start_char > 0 and "\n" not in sent.doc.text[: sent.start_char]:
        return False
    starts_line = sent.start_char == 0 or sent.doc.text[sent.start_char - 1] == "\n"
    ends_line = sent.end_char >= len(sent.doc.text) or sent.doc.text[sent.end_char : sent.end_char + 1] in ("\n", "")
    first_line = "\n" not in sent.doc.text[: sent.start_char].strip()
    return starts_line and ends_line and first_line and text[-1] not in ".!?\"»”"
