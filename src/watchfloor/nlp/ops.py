"""The English models' matrix products, by numpy's BLAS on one thread.

thinc multiplies with blis by default. numpy's OpenBLAS picks its kernels for the CPU when it
loads, and on the machines we measure (x86-64 with AVX2 and AVX-512) its single-threaded products
parse 1.25-1.4 times as fast as blis's, the parses identical (bench/bench_english.py; the
hash of every tag, head, dependency and entity of 600 texts is the same either way). Only the
models' `ops` change: the weights, the layers and what they compute stay as loaded.

The parse keeps to one thread, as bare spaCy's does with blis: OpenBLAS starts a thread per core,
which gains about 5 % here and would contend with `--workers` and with the Russian models.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language
from thinc.api import NumpyOps


def use_numpy_blas(nlp: Language) -> None:
    """Give every layer of the pipeline's models numpy's matrix products instead of blis's."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue  # a rule-based component: no layers
        for layer in model.walk():
            layer.ops = ops


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Within the block, BLAS libraries run on one thread (their own count again after it). The
    libraries are looked up on each entry (a fraction of a millisecond, once per batch of texts): one
    loaded since the last, by another package, is held too."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield
