"""pandas DataFrames of the store, for notebooks: `watchfloor.open(db).frame("events", type="ARREST")`.

The columns are those of the Parquet export (export/tables.py), typed: dates as datetime64,
counts as nullable Int64 (a missing count is <NA>, not 0 and not a float), text as pandas'
string dtype, lists (nationalities, sources) as Python lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from watchfloor.export.select import Filters, select
from watchfloor.export.tables import COLUMNS, arrow_table, flat_rows

if TYPE_CHECKING:
    import pandas as pd

    from watchfloor.store import Store


def frame(store: Store, kind: str, **filters: Any) -> pd.DataFrame:
    """The `kind` ("events", "mentions", "claims" or "documents") rows the filters select, as
    a DataFrame; the filters are those of `watchfloor export` (export/select.py: FILTERS)."""
    import pandas as pd
    import pyarrow as pa

    chosen = Filters.of(kind, filters)
    columns = COLUMNS[kind]
    table = arrow_table(columns, flat_rows(kind, select(store, kind, chosen)))
    mapper = {pa.int64(): pd.Int64Dtype(), pa.string(): pd.StringDtype()}.get
    out = table.to_pandas(types_mapper=mapper, date_as_object=False)
    for name, column_kind in columns:
        if column_kind in ("codes", "names"):
            out[name] = out[name].map(list)
        elif column_kind == "date":
            out[name] = out[name].astype("datetime64[ns]")
    out.attrs["watchfloor"] = {"kind": kind, "filters": chosen.given(), "store": store.name}
    return out
