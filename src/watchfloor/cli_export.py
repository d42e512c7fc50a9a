"""`watchfloor export`: canonical events, mentions or claims in the formats analysts' tools read."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from watchfloor.model import ABOUTS, MODALITIES, STANCES

FORMATS = ("csv", "jsonl", "parquet", "geojson", "acled")  # export.FORMATS, without importing it at start-up


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


_CLAIM_ONLY = ("topic", "stance", "speaker")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="csv; jsonl (one JSON record a line); parquet; geojson (events with coordinates); "
              "acled (ACLED's columns, CSV).")  # fmt: skip
@click.option("-o", "--output", required=True, metavar="FILE", help="The file to write ('-': standard output).")
@click.option("--mentions", "kind", flag_value="mentions", help="Each source's event instead of canonical events.")
@click.option("--claims", "kind", flag_value="claims", help="Claims instead of events.")
@click.option("--type", "type_", multiple=True, metavar="TYPE", help="Event type (repeatable), e.g. ARREST.")
@click.option("--country", help="ISO 3166-1 alpha-3 code of the event's location.")
@click.option("--nationality", help="ISO3 code of a target's nationality.")
@click.option("--since", callback=_date, metavar="DATE", help="On or after this date (YYYY-MM-DD).")
@click.option("--until", callback=_date, metavar="DATE", help="On or before this date (YYYY-MM-DD).")
@click.option("--about", type=click.Choice(ABOUTS, case_sensitive=False), help="What the event is about.")
@click.option("--admin1", help="Province / first-level division name, e.g. Gaziantep.")
@click.option("--agent", help="Agent sector code (POL, MIL, ...) or part of the agent's name.")
@click.option("--source", help="Outlet or channel, exactly.")
@click.option("--modality", type=click.Choice(MODALITIES, case_sensitive=False))
@click.option("--text", help="Text contained in the evidence (and, for events, the place or agent).")
@click.option("--topic", help="Claims: topic id.")
@click.option("--stance", type=click.Choice(STANCES, case_sensitive=False), help="Claims: stance.")
@click.option("--speaker", help="Claims: speaker kind or part of the speaker's name.")
@click.pass_context
def export(ctx: click.Context, /, fmt: str, output: str, kind: str | None, type_: tuple[str, ...], **filters: Any) -> None:
    """Write canonical events (default), mentions or claims to FILE as CSV, JSON lines, Parquet,
    GeoJSON or ACLED's column layout, with the filters of `watchfloor events`.

    \b
    watchfloor export --format parquet -o events.parquet --type ARREST --since 2015-01-01
    watchfloor export --format acled -o acled.csv --country TUR
    watchfloor export --claims --format jsonl -o claims.jsonl --topic turkey-syria-border-crossable
    """
    from watchfloor.export import FILTERS, Filters
    from watchfloor.export import export as run
    from watchfloor.store import Store

    kind = kind or "events"
    given = {name: value for name, value in filters.items() if value is not None}
    if type_:
        given["type"] = type_
    for name in given:
        if name not in FILTERS[kind]:
            applies = "--claims" if name in _CLAIM_ONLY else "events and --mentions"
            raise click.UsageError(f"--{name} applies to {applies} only")
    chosen = Filters.of(kind, given)
    with Store.open(ctx.find_root().obj["db"]) as store:
        report = run(store, kind, fmt, output, chosen)
    click.echo(report.describe(), err=output == "-")
