"""Dependency-tree queries answered from per-document tables, built once per parsed text.

spaCy answers `Token.children`, `.subtree` and `.sent` by walking the token array anew on every
call (children scan the token's whole subtree, `.sent` scans to both sentence ends) and makes a
new Token object for each token it yields; the extractors ask these of the same tokens many
times. The answers here are the same tokens in the same order.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

R = TypeVar("R")


class _Tree:
    __slots__ = (
        "tokens", "heads", "kids", "kid_indices", "subtrees", "paths", "index_paths", "path_ranks", "ancestors", "sents",
        "starts", "memo",
    )

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import HEAD  # here: the Russian side imports this module without spaCy

        self.tokens: list[Token] = list(doc)
        # the heads from the array: `tok.head` makes a Token object on every ask
        offsets = doc.to_array([HEAD]).view("int64").ravel().tolist() if self.tokens else []
        indices: list[list[int]] = [[] for _ in self.tokens]
        for i, offset in enumerate(offsets):
            if offset:
                indices[i + offset].append(i)  # in index order: lefts, then rights, as spaCy yields them
        self.heads = [i + offset for i, offset in enumerate(offsets)]
        # tuples: ints only, so the collector stops tracking them, and a leaf's is the one empty tuple
        self.kid_indices: list[tuple[int, ...]] = [tuple(ks) for ks in indices]
        at = self.tokens.__getitem__
        self.kids: list[tuple[Token, ...]] = [tuple(map(at, ks)) if ks else () for ks in indices]
        self.subtrees: dict[int, tuple[Token, ...]] = {}
        self.paths: dict[int, tuple[Token, ...]] = {}
        self.index_paths: dict[int, tuple[int, ...]] = {}
        self.path_ranks: dict[int, dict[int, int]] = {}
        self.ancestors: dict[int, tuple[Token, ...]] = {}
        self.sents: list[Span] | None = None  # built on first ask
        self.starts: list[int] = []
        self.memo: dict[str, dict[int, object]] = {}  # `per_token` readings: function -> token index -> answer


# the document last asked of and its tables, swapped as one tuple (atomic for threads): the
# extractors ask of one document hundreds of thousands of times in a row (`kids` alone)
_latest: tuple[object, _Tree | None] = (None, None)


def _tree(doc: Doc) -> _Tree:
    global _latest
    latest_doc, tree = _latest
    if latest_doc is doc and tree is not None:
        return tree
    tree = doc.user_data.get("wf_tree")
    if tree is None:
        tree = doc.user_data["wf_tree"] = _Tree(doc)
    _latest = (doc, tree)
    return tree  # type: ignore[no-any-return]  # user_data holds Any


def forget_tree(doc: Doc) -> None:
    """Drop the document's tables (extract.text.forget_caches): the next ask builds them anew."""
    global _latest
    doc.user_data.pop("wf_tree", None)
    if _latest[0] is doc:
        _latest = (None, None)


def per_token(reading: Callable[[Token], R]) -> Callable[[Token], R]:
    """`reading` remembered per document and token, with the document's tables: for a pure reading
    of the parse that the extractors ask of the same token again and again (a count, a phrase's text).
    Only for answers that are values (no Token: a caller may compare tokens by identity)."""
    name = f"{reading.__module__}.{reading.__qualname__}"

    @wraps(reading)
    def remembered(tok: Token) -> R:
        doc = tok.doc
        latest_doc, tree = _latest  # `_tree`'s first step inline, as in `kids`
        if latest_doc is not doc or tree is None:
            tree = _tree(doc)
        memo = tree.memo.get(name)
        if memo is None:
            memo = tree.memo[name] = {}
        i = tok.i
        if i not in memo:
            memo[i] = reading(tok)
        return memo[i]  # type: ignore[return-value]  # what `reading` gave for this token

    return remembered


def tokens(doc: Doc) -> list[Token]:
    """The document's tokens (a shared list: do not change it)."""
    return _tree(doc).tokens


def kids(tok: Token) -> tuple[Token, ...]:
    """`tok.children`."""
    doc = tok.doc
    latest_doc, tree = _latest  # `_tree`'s first step, without the call: the extractors' most frequent ask
    if latest_doc is not doc or tree is None:
        tree = _tree(doc)
    return tree.kids[tok.i]


def subtree(tok: Token) -> tuple[Token, ...]:
    """`tok.subtree`: the left children's subtrees, the token, then the right children's subtrees."""
    doc = tok.doc
    latest_doc, tree = _latest  # `_tree`'s first step inline, as in `kids`
    if latest_doc is not doc or tree is None:
        tree = _tree(doc)
    found = tree.subtrees.get(tok.i)
    if found is None:
        tokens, kid_indices = tree.tokens, tree.kid_indices
        out: list[Token] = []
        stack = [tok.i]  # an index to expand, or ~index: the token itself, to emit
        while stack:  # a loop, not recursion: a long list of items can nest deep
            i = stack.pop()
            if i < 0:
                out.append(tokens[~i])
                continue
            children = kid_indices[i]
            if not children:
                out.append(tokens[i])
                continue
            stack.extend(k for k in reversed(children) if k > i)
            stack.append(~i)
            stack.extend(k for k in reversed(children) if k < i)
        found = tree.subtrees[tok.i] = tuple(out)
    return found


def path_up(tok: Token) -> tuple[Token, ...]:
    """`tok`, its head, the head's head … up to the root, at most 40 tokens (the place rules walk
    it for every place and trigger of a sentence)."""
    tree = _tree(tok.doc)
    found = tree.paths.get(tok.i)
    if found is None:
        found = tree.paths[tok.i] = tuple(map(tree.tokens.__getitem__, path_indices(tok)))
    return found


def ancestors(tok: Token) -> tuple[Token, ...]:
    """`tok.ancestors`: its head, the head's head … up to the root. spaCy's generator, left early
    (as `any` and `next` leave it), raises and records an exception to close."""
    doc = tok.doc
    latest_doc, tree = _latest  # `_tree`'s first step inline, as in `kids`
    if latest_doc is not doc or tree is None:
        tree = _tree(doc)
    found = tree.ancestors.get(tok.i)
    if found is None:
        heads, i = tree.heads, tok.i
        path: list[int] = []
        while heads[i] != i and len(path) < len(heads):  # spaCy's bound too
            i = heads[i]
            path.append(i)
        found = tree.ancestors[tok.i] = tuple(map(tree.tokens.__getitem__, path))
    return found


def path_indices(tok: Token) -> tuple[int, ...]:
    """The indices of `path_up(tok)`: where two paths meet is found on plain ints."""
    tree = _tree(tok.doc)
    found = tree.index_paths.get(tok.i)
    if found is None:
        heads, path = tree.heads, [tok.i]
        while heads[path[-1]] != path[-1] and len(path) < 40:
            path.append(heads[path[-1]])
        found = tree.index_paths[tok.i] = tuple(path)
    return found


def path_rank(tok: Token) -> dict[int, int]:
    """{index: its step on `path_up(tok)`} (a shared dict: do not change it)."""
    tree = _tree(tok.doc)
    found = tree.path_ranks.get(tok.i)
    if found is None:
        found = tree.path_ranks[tok.i] = {i: n for n, i in enumerate(path_indices(tok))}
    return found


def sentences(doc: Doc) -> list[Span]:
    """`list(doc.sents)`, built once (a shared list: do not change it): spaCy walks the whole
    document and makes each Span anew on every `doc.sents`."""
    tree = _tree(doc)
    if tree.sents is None:
        tree.sents = list(doc.sents)
        tree.starts = [s.start for s in tree.sents]
    return tree.sents


def sent_of(tok: Token) -> Span:
    """`tok.sent`."""
    tree = _tree(tok.doc)
    if tree.sents is None:
        sentences(tok.doc)
    return tree.sents[bisect_right(tree.starts, tok.i) - 1]  # type: ignore[index]  # built just above


def span_tokens(span: Span) -> list[Token]:
    """The span's tokens, from the table: iterating a Span makes each Token anew."""
    doc = span.doc
    latest_doc, tree = _latest  # `_tree`'s first step inline, as in `kids`
    if latest_doc is not doc or tree is None:
        tree = _tree(doc)
    return tree.tokens[span.start : span.end]
