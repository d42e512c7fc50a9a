"""Adapters that score watchfloor on public benchmarks in their own formats (`watchfloor eval --format`).

Each module has `run(path, pipeline, *, out_dir=None)` returning a result with `as_dict()` and
`format()`: muc4 (MUC-4 terrorism role fillers, GRIT processing), re3d (Dstl defence entities),
wikievents (KAIROS event triggers and arguments in English news), case2021 (CASE 2021 task 2
news snippets with ACLED-style sub-event types). `common` holds what they share.
"""
