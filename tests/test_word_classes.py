"""data/word_classes.json: the word classes of the extraction stages are data, well formed and read."""

from __future__ import annotations

import ast
import importlib
import json
import re
from importlib.resources import files
from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.extract.word_classes import DATA_FILE, word_class, word_classes

EXTRACT = Path(importlib.import_module("watchfloor.extract").__file__ or "").parent
RAW = json.loads(files("watchfloor.data").joinpath(DATA_FILE).read_text("utf-8"))

# the parser's vocabulary, which the code compares labels with: not words of a language
PARSE_LABELS = frozenset({
    "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass", "case", "cc", "ccomp",
    "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj", "expl", "intj", "mark", "meta", "neg",
    "nmod", "npadvmod", "nsubj", "nsubjpass", "nn", "nummod", "oprd", "parataxis", "pcomp", "pobj", "poss", "preconj",
    "predet", "prep", "prt", "punct", "quantmod", "relcl", "xcomp", "obj", "iobj", "obl", "flat", "fixed", "root",
})
# classes of the code's own vocabulary that are spelled like words: the kinds of speaker (model.Speaker)
OWN_VOCABULARY = {("claims_ru", "CREDIBLE"), ("claims_en", "PARTISAN_KINDS")}
WORD = re.compile(r"^[a-zа-яё'][a-zа-яё' -]*$")


def test_every_class_is_a_list_of_distinct_lower_case_words() -> None:
    for stage, classes in RAW.items():
        if stage.startswith("_"):
            continue
        for name, words in classes.items():
            assert isinstance(words, list) and words, f"{stage}.{name}: empty or not a list"
            assert len(set(words)) == len(words), f"{stage}.{name}: a word twice"
            bad = [w for w in words if not isinstance(w, str) or w != w.strip() or w != w.lower() or not w]
            assert not bad, f"{stage}.{name}: not lower-case words: {bad}"


def _classes_read(path: Path) -> set[tuple[str, str]]:
    """The (stage, name) of every `word_class(stage, name)` call in a module."""
    return {
        (node.args[0].value, node.args[1].value)
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "word_class"
        and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)
    }


def test_every_class_is_read_by_its_stage() -> None:
    for stage, classes in word_classes().items():
        read = _classes_read(EXTRACT / f"{stage}.py")
        assert {s for s, _ in read} <= {stage}, f"{stage}.py reads another stage's classes: {read}"
        unread = sorted(set(classes) - {name for _, name in read})
        assert not unread, f"classes of {stage} its module never reads: {unread}"
        missing = sorted({name for _, name in read} - set(classes))
        assert not missing, f"classes {stage}.py reads that the data lacks: {missing}"


def test_a_missing_class_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match=r"word_classes.json: no word class 'NO_SUCH' for the stage 'en_syntax'"):
        word_class("en_syntax", "NO_SUCH")


def _word_lists_in_code(path: Path) -> list[str]:
    """Module-level sets, tuples and lists of three or more single words, in a stage's code."""
    found = []
    for node in ast.parse(path.read_text("utf-8")).body:
        if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name):
            continue
        value = node.value
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in ("frozenset", "set", "tuple"):
            value = value.args[0] if value.args else value
        if not isinstance(value, ast.Set | ast.Tuple | ast.List) or len(value.elts) < 3:
            continue
        words = [e.value for e in value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if len(words) != len(value.elts) or not all(WORD.match(w) and " " not in w for w in words):
            continue  # labels in capitals, phrases, punctuation, or not strings
        if set(words) <= PARSE_LABELS or (path.stem, node.targets[0].id) in OWN_VOCABULARY:
            continue
        found.append(node.targets[0].id)
    return found


def test_no_stage_keeps_a_word_class_in_its_code() -> None:
    in_code = {path.stem: names for path in sorted(EXTRACT.glob("*.py")) if (names := _word_lists_in_code(path))}
    assert not in_code, f"word classes written in code, not in data/{DATA_FILE}: {in_code}"


def test_the_check_above_finds_a_word_class_in_code(tmp_path: Path) -> None:
    stage = tmp_path / "stage.py"
    stage.write_text('KIN = frozenset({"mother", "father", "son"})\nDEPS = frozenset({"nsubj", "dobj", "prep"})\n')
    assert _word_lists_in_code(stage) == ["KIN"]
