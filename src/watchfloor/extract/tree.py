"""Dependency-tree queries answered from per-document tables, built once per parsed text.

spaCy answers `Token.children`, `.subtree` and `.sent` by walking the token array anew on every
call (children scan the token's whole subtree, `.sent` scans to both sentence ends) and makes a
new Token object for each token it yields; the extractors ask these of the same tokens many
times. The answers here are the same tokens in the same order.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class _Tree:
    __slots__ = ("tokens", "kids", "subtrees", "sents", "starts")

    def __init__(self, doc: Doc) -> None:
        self.tokens: list[Token] = list(doc)
        kids: list[list[Token]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            head = tok.head.i
            if head != tok.i:
                kids[head].append(tok)  # in index order: lefts, then rights, as spaCy yields them
        self.kids: list[tuple[Token, ...]] = [tuple(k) for k in kids]
        self.subtrees: dict[int, tuple[Token, ...]] = {}
        self.sents: list[Span] | None = None  # built on first ask
        self.starts: list[int] = []


def _tree(doc: Doc) -> _Tree:
    tree = doc.user_data.get("wf_tree")
    if tree is None:
        tree = doc.user_data["wf_tree"] = _Tree(doc)
    return tree  # type: ignore[no-any-return]  # user_data holds Any


def tokens(doc: Doc) -> list[Token]:
    """The document's tokens (a shared list: do not change it)."""
    return _tree(doc).tokens


def kids(tok: Token) -> tuple[Token, ...]:
    """`tok.children`."""
    return _tree(tok.doc).kids[tok.i]


def subtree(tok: Token) -> tuple[Token, ...]:
    """`tok.subtree`: the left children's subtrees, the token, then the right children's subtrees."""
    tree = _tree(tok.doc)
    found = tree.subtrees.get(tok.i)
    if found is None:
        out: list[Token] = []
        stack: list[tuple[bool, int]] = [(False, tok.i)]  # (emit the token itself, index)
        while stack:  # a loop, not recursion: a long list of items can nest deep
            emit, i = stack.pop()
            if emit:
                out.append(tree.tokens[i])
                continue
            children = tree.kids[i]
            stack.extend((False, k.i) for k in reversed(children) if k.i > i)
            stack.append((True, i))
            stack.extend((False, k.i) for k in reversed(children) if k.i < i)
        found = tree.subtrees[tok.i] = tuple(out)
    return found


def sent_of(tok: Token) -> Span:
    """`tok.sent`."""
    tree = _tree(tok.doc)
    if tree.sents is None:
        tree.sents = list(tok.doc.sents)
        tree.starts = [s.start for s in tree.sents]
    return tree.sents[bisect_right(tree.starts, tok.i) - 1]


def span_tokens(span: Span) -> list[Token]:
    """The span's tokens, from the table: iterating a Span makes each Token anew."""
    return _tree(span.doc).tokens[span.start : span.end]
