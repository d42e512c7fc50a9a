# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # watchfloor in a notebook: events, claims and a timeline
#
# This notebook is a Python file in the "percent" format: Jupyter (with jupytext), VS Code and
# Spyder open it as cells, and `python docs/notebook.py` runs it top to bottom (the test suite
# does, so it stays true). It uses only what watchfloor installs: pandas for tables, and
# matplotlib for the one chart *if* you have installed it — without it the timeline prints as text.
#
# It loads the sample corpus in `examples/` into a throw-away store, asks for canonical events,
# their mentions and the claims as pandas DataFrames with typed columns, filters them, draws
# a timeline and lines the channels' claims up against the events, the analyst's daily question:
# *the channel says the border is still open; what happened at the border that month?*

# %%
import builtins
import tempfile
from pathlib import Path

import pandas as pd

import watchfloor
from watchfloor.ingest.options import IngestOptions
from watchfloor.pipeline import Pipeline

pd.set_option("display.width", 160)
pd.set_option("display.max_columns", 12)
pd.set_option("display.max_colwidth", 48)

HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path.cwd()
EXAMPLES = HERE.parent / "examples"
show = getattr(builtins, "display", print)  # Jupyter's rich tables (a builtin there); print in a script

# %% [markdown]
# ## Load the examples
#
# `watchfloor ingest examples/` does the same from a shell; here the pipeline is called
# directly. Any store works: a SQLite path or a PostgreSQL URL (`watchfloor.open(url)`).

# %%
workdir = Path(tempfile.mkdtemp(prefix="watchfloor-notebook-"))
store = watchfloor.open(workdir / "examples.db")
report = Pipeline().ingest([EXAMPLES], store, IngestOptions())
print(f"{report.new} documents, {report.events} events extracted, {len(report.failed)} failed")

# %% [markdown]
# ## Canonical events as a DataFrame
#
# `store.frame(kind, **filters)` takes the kinds `"events"` (canonical events: one per
# real-world event, merged across outlets and languages), `"mentions"` (each source's report),
# `"claims"` and `"documents"`, and the filters of `watchfloor export`. Dates are datetime64,
# counts nullable integers (`<NA>` where no source gave one), lists are lists.

# %%
events = store.frame("events")
print(events.dtypes[["date", "type", "total", "killed", "n_sources", "nationalities"]].to_string())
show(events[["date", "type", "about", "total", "nationalities", "country", "admin1", "n_sources"]].head(10))

# %% [markdown]
# ## Filter: arrests in Turkey from 2015, and who was arrested
#
# Filters run in the store (SQL), so they stay fast on a large one; pandas does the rest.

# %%
arrests = store.frame("events", type="ARREST", country="TUR", since="2015-01-01")
print(f"{len(arrests)} arrests in Turkey, {int(arrests['total'].sum())} people where counts were given")
by_nationality = arrests.explode("nationalities").groupby("nationalities", dropna=True)["total"].sum()
print(by_nationality.sort_values(ascending=False).to_string())

# %% [markdown]
# ## A timeline: events per month by type
#
# Undated events (the sources gave no date we could resolve) are left out of a timeline.

# %%
dated = events.dropna(subset=["date"])
per_month = dated.groupby([pd.Grouper(key="date", freq="MS"), "type"]).size().unstack(fill_value=0)
per_month.index = per_month.index.strftime("%Y-%m")
print(per_month.to_string())

# %%
try:
    import matplotlib.pyplot as plt
except ImportError:  # not a dependency of watchfloor: a text chart instead
    letters = {"ARREST": "A", "DEPORT": "D", "ENTRY_BAN": "E", "CHARGE": "C", "TAKEDOWN": "T", "ATTACK": "X",
               "TRAVEL": "V"}
    for month, row in per_month.iterrows():
        bar = "".join(letters.get(kind, "?") * int(n) for kind, n in row.items() if n)
        print(f"{month}  {bar}")
    print("one letter an event: " + ", ".join(f"{letter} {kind}" for kind, letter in letters.items()))
else:
    per_month.plot(kind="bar", stacked=True, figsize=(10, 3), title="Events per month")
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## Claims against events
#
# Each claim has a topic and a stance (affirm, deny, neutral). For every month with claims,
# set what was claimed beside what happened: the events of that month and how many people
# they concerned.

# %%
claims = store.frame("claims")
show(claims[["date", "topic", "stance", "speaker", "speaker_kind", "source"]].head(10))

# %%
dated_claims = claims.dropna(subset=["date"]).assign(month=lambda f: f["date"].dt.to_period("M"))
said = dated_claims.pivot_table(index="month", columns="stance", values="id", aggfunc="count", fill_value=0)
happened = dated.assign(month=lambda f: f["date"].dt.to_period("M")).groupby("month").agg(
    events=("cluster", "count"), arrests=("type", lambda t: int((t == "ARREST").sum())), people=("total", "sum")
)
side_by_side = said.join(happened, how="outer").fillna(0).astype("int64")
print(side_by_side.to_string())

# %% [markdown]
# And claim by claim: for each claim on the border, the events of the 30 days around it in
# the same country (from the mentions, which keep their source and sentence).

# %%
border = claims[claims["topic"].str.contains("border", na=False) & claims["date"].notna()]
mentions = store.frame("mentions", country="TUR")
for claim in border.itertuples():
    near = mentions[(mentions["date"] - claim.date).abs() <= pd.Timedelta(days=30)]
    print(f"{claim.date:%Y-%m-%d} {claim.stance:7} {claim.speaker}: {claim.evidence[:70]}")
    for event in near.itertuples():
        print(f"    {event.date:%Y-%m-%d} {event.type:9} {event.total if pd.notna(event.total) else '?':>3}  "
              f"{event.source}: {event.evidence[:60]}")

# %% [markdown]
# ## Take it elsewhere
#
# The same tables leave as files for R, DuckDB, QGIS or a comparison with ACLED:
# `watchfloor export --format parquet|jsonl|csv|geojson|acled -o FILE [filters]`, or from here:

# %%
from watchfloor.export import Filters, export  # noqa: E402 - shown where it is used

for fmt in ("parquet", "acled"):
    done = export(store, "events", fmt, str(workdir / f"events.{fmt}"), Filters.of("events", {"country": "TUR"}))
    print(done.describe())
print(pd.read_csv(workdir / "events.acled")[["event_date", "event_type", "sub_event_type", "actor1", "actor2"]].head())
store.close()
