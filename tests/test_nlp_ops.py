"""nlp/ops.py: the English models multiply with numpy's BLAS, on one thread, and parse as they do
with thinc's default blis."""

from __future__ import annotations

import spacy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from watchfloor.nlp.english import MODEL_NAME, load_english
from watchfloor.nlp.ops import one_blas_thread, use_numpy_blas

# our own sentences: a passive, a list, numbers, places, a group, a quote
TEXTS = [
    "Police in Almaty detained three men suspected of recruiting for Islamic State on Monday.",
    "Twenty-two Tajik women and their children were flown home from Baghdad, the ministry said.",
    "A roadside bomb killed four soldiers near Kandahar; the Taliban said it had planted the device.",
    '"We will not allow these channels to spread hatred," the regulator said in a statement on Friday.',
    "The court in Hamburg sentenced a 24-year-old Syrian to six years in prison for membership of a terrorist group.",
]


def _layers(nlp: spacy.language.Language) -> list[object]:
    return [layer for _, c in nlp.pipeline if getattr(c, "model", None) is not None and hasattr(c.model, "walk")
            for layer in c.model.walk()]  # fmt: skip


def _reading(docs: list[spacy.tokens.Doc]) -> list[list[tuple[str, str, int, str, str]]]:
    return [[(t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in doc] for doc in docs]


def test_every_layer_of_the_english_models_uses_numpy_blas() -> None:
    layers = _layers(load_english())
    assert layers and all(isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis for layer in layers)  # type: ignore[attr-defined]


def test_the_parse_is_the_same_as_with_blis() -> None:
    default, ours = spacy.load(MODEL_NAME), spacy.load(MODEL_NAME)
    assert any(getattr(layer, "ops", None) is not None and layer.ops.use_blis for layer in _layers(default))  # type: ignore[attr-defined]
    use_numpy_blas(ours)
    with one_blas_thread():
        mine = list(ours.pipe(TEXTS))
    theirs = list(default.pipe(TEXTS))
    assert _reading(mine) == _reading(theirs)
    assert [d.tensor.shape for d in mine] == [d.tensor.shape for d in theirs]


def test_one_blas_thread_holds_within_the_block_only() -> None:
    import numpy  # noqa: F401  # loads the BLAS library threadpoolctl looks for

    def blas_threads() -> list[int]:
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    before = blas_threads()
    with one_blas_thread():
        assert blas_threads() and set(blas_threads()) == {1}
    assert blas_threads() == before
