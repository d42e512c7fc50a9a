"""The `watchfloor` command. Thin: parses arguments, calls the pipeline or the store."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import click

from watchfloor.cli_scale import DASK, WORKERS
from watchfloor.errors import WatchfloorError
from watchfloor.extract.ontology import event_types
from watchfloor.limits import MAX_CHARS, SECONDS, WINDOW_CHARS, Limits
from watchfloor.model import ABOUTS

DEFAULT_DB = "watchfloor.db"


class _Date(click.ParamType):  # type: ignore[type-arg]
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


DATE = _Date()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="WATCHFLOOR_DB",
    default=DEFAULT_DB,
    show_default=True,
    help="The store: a SQLite file path or an SQLAlchemy URL (also $WATCHFLOOR_DB).",
)
@click.version_option(package_name="watchfloor")
@click.pass_context
def main(ctx: click.Context, db: str) -> None:
    """watchfloor: security events and claims from news and channel posts, with provenance."""
    ctx.obj = {"db": db}


def _store(ctx: click.Context) -> Any:
    from watchfloor.store import Store

    return Store.open(ctx.obj["db"])


_ALLOW_PRIVATE = click.option(
    "--allow-private",
    is_flag=True,
    envvar="WATCHFLOOR_ALLOW_PRIVATE",
    help="Fetch URLs on private, loopback and link-local addresses too (also $WATCHFLOOR_ALLOW_PRIVATE=1).",
)
_HOST_DELAY = click.option(
    "--host-delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    envvar="WATCHFLOOR_HOST_DELAY",
    help="Seconds between two requests to one host.",
)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", type=DATE, help="Publication date for plain files without one.")
@click.option("--source", help="Outlet or channel name for plain files.")
@click.option("--lang", type=click.Choice(["en", "ru"]), help="Language of plain files (default: detected).")
@_ALLOW_PRIVATE
@_HOST_DELAY
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    envvar="WATCHFLOOR_MAX_CHARS",
    default=MAX_CHARS,
    show_default=True,
    help="A longer document is a failure, not parsed.",
)
@click.option(
    "--window-chars",
    type=click.IntRange(1_000, 1_000_000),
    envvar="WATCHFLOOR_WINDOW_CHARS",
    default=WINDOW_CHARS,
    show_default=True,
    help="A longer document is parsed in windows of at most this many characters.",
)
@click.option(
    "--seconds-per-document",
    type=click.FloatRange(min=0),
    envvar="WATCHFLOOR_SECONDS_PER_DOCUMENT",
    default=SECONDS,
    show_default=True,
    help="Time to parse and extract one document; past it the document is a failure (0: no limit).",
)
@WORKERS
@DASK
@click.option("--quiet", "-q", is_flag=True, help="Only print the summary.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: Sequence[str],
    published: date | None,
    source: str | None,
    lang: str | None,
    allow_private: bool,
    host_delay: float,
    max_chars: int,
    window_chars: int,
    seconds_per_document: float,
    workers: int,
    dask: str | None,
    quiet: bool,
) -> None:
    """Ingest files, folders and URLs into the store.

    Files: .txt, .html, gold pairs, Telegram / VK exports (.json), web archives (.warc, .warc.gz).
    URLs (http, https): a page, or a feed whose entries' pages are fetched.
    """
    from watchfloor import cli_scale
    from watchfloor.ingest.options import IngestOptions

    options = IngestOptions(published=published, source=source, lang=lang, seconds=seconds_per_document)
    limits = Limits(max_chars=max_chars, window_chars=window_chars, seconds=seconds_per_document)
    with _store(ctx) as store:
        with _fetcher(store, allow_private, host_delay) as fetcher, _Progress(quiet) as progress:
            report = cli_scale.ingest(list(paths), store, ctx.obj["db"], options, limits, workers=workers, dask=dask,
                                      on_document=progress.document, fetcher=fetcher)  # fmt: skip
        _summary(report, quiet=quiet)
        run_alerts(store)  # alerts (cli_alerts)


def _fetcher(store: Any, allow_private: bool, host_delay: float) -> Any:
    from watchfloor.sources.fetch import Fetcher, FetchSettings

    return Fetcher(FetchSettings(allow_private=allow_private, min_interval=host_delay), state=store)


class _Progress:
    """A progress bar on stderr when it is a terminal; one line per document otherwise."""

    def __init__(self, quiet: bool) -> None:
        self._quiet = quiet
        self._bar: Any = None

    def __enter__(self) -> _Progress:
        if not self._quiet and sys.stderr.isatty():
            import itertools

            self._bar = click.progressbar(
                itertools.count(), label="ingesting", file=sys.stderr, show_pos=True, show_eta=False
            ).__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)

    def document(self, document: Any, created: bool) -> None:
        if self._bar is not None:
            self._bar.update(1, document.doc_id)
        elif not self._quiet:
            state = "new      " if created else "unchanged"
            click.echo(f"{state} {document.doc_id}", err=True)


def _summary(report: Any, *, quiet: bool = False) -> None:
    for failure in report.failed:
        click.echo(f"failed    {failure.input}: {failure.reason}", err=True)
    click.echo(
        f"{report.new} new, {report.unchanged} unchanged, {len(report.failed)} failed; "
        f"{report.events} events extracted"
    )


@main.command()
@click.option("--type", "type_", type=click.Choice(event_types(), case_sensitive=False), help="Event type.")
@click.option("--country", help="ISO 3166-1 alpha-3 code of the event's location.")
@click.option("--nationality", help="ISO3 code of a target's nationality.")
@click.option("--since", type=DATE, help="Events on or after this date.")
@click.option("--until", type=DATE, help="Events on or before this date.")
@click.option(
    "--about", type=click.Choice(ABOUTS, case_sensitive=False),
    help="What the event is about: terrorism, armed_conflict, crime, migration or other.",
)
@click.option("--mentions", "with_mentions", is_flag=True, help="Show each source's sentence (and its values).")
@click.option("--possible-merges", "possible", is_flag=True, help="List pairs the merger kept apart near its threshold.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.pass_context
def events(
    ctx: click.Context,
    type_: str | None,
    country: str | None,
    nationality: str | None,
    since: date | None,
    until: date | None,
    about: str | None,
    with_mentions: bool,
    possible: bool,
    fmt: str,
) -> None:
    """List canonical events: one per real-world event, merged across sources and languages,
    with their number of sources and where the sources disagree."""
    from watchfloor.merge import assign_pending

    with _store(ctx) as store:
        if possible:
            from watchfloor.cli_merging import print_possible_merges

            return print_possible_merges(store, None, fmt)
        assign_pending(store)  # a store filled before merging existed, or by an older version
        rows = store.clusters(
            type=type_.upper() if type_ else None,
            country=country.upper() if country else None,
            nationality=nationality.upper() if nationality else None,
            since=since,
            until=until,
            about=about.lower() if about else None,
            limit=1_000_000,
        )
        mentions = _mentions_of(store, [r.id for r in rows]) if with_mentions else {}
    records = [_canonical_record(row, mentions.get(row.id)) for row in rows]
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    flat = [_flat_canonical(r) for r in records]
    if fmt == "csv":
        from watchfloor.export.spreadsheet import spreadsheet_safe

        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(_flat_canonical({}).keys()))
        writer.writeheader()
        writer.writerows({k: spreadsheet_safe(v) if isinstance(v, str) else v for k, v in r.items()} for r in flat)
        click.echo(out.getvalue(), nl=False)
        return
    columns = ["cluster", "date", "type", "about", "total", "nationalities", "country", "admin1", "n_sources", "disagree",
               "evidence"]  # fmt: skip
    widths = {"evidence": 60, "disagree": 24, "cluster": 16}
    if not with_mentions:
        click.echo(_table(flat, columns, widths=widths))
    else:
        for record, row in zip(records, flat, strict=True):
            click.echo(_table([row], columns, widths=widths).splitlines()[-1])
            for m in record["mentions"]:
                click.echo(f"    #{m['event']} {m['source'] or m['doc_id']} ({m['date'] or 'undated'}, "
                           f"{m['total'] if m['total'] is not None else '?'}): {_cell(m['evidence'], 100)}")
            for d in record["disagreements"]:
                said = "; ".join(f"{v['value']} ({', '.join(v['sources'])})" for v in d["values"])
                click.echo(f"    ≠ {d['field']}: {said}")
    n_mentions = sum(r["n_mentions"] for r in records)
    click.echo(f"{len(flat)} canonical events from {n_mentions} mentions")


def _mentions_of(store: Any, cluster_ids: list[str]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for start in range(0, len(cluster_ids), 500):
        for row in store.merge_mentions(cluster_ids=cluster_ids[start : start + 500]):
            out.setdefault(row.event.event.cluster, []).append(row.event)
    return out


def _canonical_record(cluster: Any, mentions: list[Any] | None) -> dict[str, Any]:
    record = {
        **cluster.canonical,
        "cluster": cluster.id,
        "n_mentions": cluster.n_mentions,
        "n_sources": cluster.n_sources,
        "n_disagreements": cluster.n_disagreements,
        "disagreements": cluster.disagreements,
    }
    if mentions is not None:
        record["mentions"] = [
            {
                "event": m.id, "doc_id": m.doc_id, "source": m.source, "local_id": m.event.id,
                "date": m.event.date.isoformat() if m.event.date else None,
                "date_precision": m.event.date_precision, "total": m.event.total,
                "nationalities": sorted(m.event.nationalities), "about": m.event.about,
                "evidence": m.event.evidence.text,
            }  # fmt: skip
            for m in mentions
        ]
    return record


def _flat_canonical(r: dict[str, Any]) -> dict[str, Any]:
    flat = _flat_event(r)
    for key in ("doc_id", "event", "source"):
        flat.pop(key)
    disagree = "; ".join(
        f"{d['field']} " + "/".join(str(v["value"]) for v in d["values"]) for d in r.get("disagreements", [])
    )
    return {
        "cluster": r.get("cluster"),
        **flat,
        "n_mentions": r.get("n_mentions"),
        "n_sources": r.get("n_sources"),
        "n_disagreements": r.get("n_disagreements"),
        "source_names": " | ".join(r.get("sources", [])),
        "disagree": disagree,
        "evidence": r.get("evidence"),
    }


_USER = click.option(
    "--user", envvar="USER", required=True, show_envvar=True, help="Who decides (default: $USER)."
)
_REASON = click.option("--reason", help="Why, in a few words (kept with the decision).")


@main.command("merge")
@click.argument("a")
@click.argument("b")
@_USER
@_REASON
@click.pass_context
def merge_(ctx: click.Context, a: str, b: str, user: str, reason: str | None) -> None:
    """Merge canonical event B into A (same type and country): an analyst's decision, recorded
    with who, when and why, and kept by every later run."""
    from watchfloor.merge import merge_clusters

    with _store(ctx) as store:
        survivor = merge_clusters(store, a, b, user=user, reason=reason)
        merged = store.cluster(survivor)
    click.echo(f"merged {b} into {survivor}: {merged.n_mentions} mentions from {merged.n_sources} sources, "
               f"{merged.n_disagreements} disagreements")


@main.command("split")
@click.argument("cluster")
@click.argument("event_ids", metavar="EVENT...", nargs=-1, required=True, type=int)
@_USER
@_REASON
@click.pass_context
def split_(ctx: click.Context, cluster: str, event_ids: Sequence[int], user: str, reason: str | None) -> None:
    """Split mentions (event ids, see `events --mentions`) out of CLUSTER into a new canonical
    event: recorded with who, when and why, and kept by every later run."""
    from watchfloor.merge import split_cluster

    with _store(ctx) as store:
        new_id = split_cluster(store, cluster, list(event_ids), user=user, reason=reason)
    click.echo(f"split {len(event_ids)} mention(s) of {cluster} into {new_id}")


@main.command()
@click.pass_context
def recluster(ctx: click.Context) -> None:
    """Recompute every canonical event from the stored events and analysts' decisions (ids are
    kept where the members are the same)."""
    from watchfloor.merge import recluster as run

    with _store(ctx) as store:
        report = run(store)
    click.echo(f"{report.clusters} canonical events from {report.mentions} mentions; {report.assigned} reassigned")


@main.command()
@click.argument("cluster", required=False)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def decisions(ctx: click.Context, cluster: str | None, fmt: str) -> None:
    """List analysts' merges and splits (of one canonical event, if given)."""
    with _store(ctx) as store:
        if cluster is not None:
            store.cluster(cluster)  # NotFound names it
        rows = store.decisions(cluster)
    records = [
        {"id": d.id, "kind": d.kind, "user": d.user, "at": d.at.isoformat(timespec="seconds"), "reason": d.reason,
         "mentions": len(d.mentions), "others": len(d.others)}
        for d in rows
    ]  # fmt: skip
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    click.echo(_table(records, ["id", "kind", "user", "at", "mentions", "others", "reason"], widths={"reason": 60}))
    click.echo(f"{len(records)} decisions")


def _flat_event(r: dict[str, Any]) -> dict[str, Any]:
    loc = r.get("location") or {}
    agent = r.get("agent") or {}
    return {
        "doc_id": r.get("doc_id"),
        "event": r.get("id"),
        "type": r.get("type"),
        "date": r.get("date"),
        "date_precision": r.get("date_precision"),
        "total": r.get("total"),
        "nationalities": " ".join(sorted({t["nationality"] for t in r.get("targets", []) if t.get("nationality")})),
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "place": loc.get("place"),
        "location_text": loc.get("text"),
        "agent": agent.get("text"),
        "agent_country": agent.get("country"),
        "agent_sector": agent.get("sector"),
        "killed": r.get("killed"),
        "wounded": r.get("wounded"),
        "destination": r.get("destination"),
        "affiliation": r.get("affiliation"),
        "attribution": r.get("attribution"),
        "modality": r.get("modality"),
        "about": r.get("about"),
        "source": r.get("source"),
        "evidence": r.get("evidence"),
    }


def _table(rows: list[dict[str, Any]], columns: list[str], widths: dict[str, int] | None = None) -> str:
    widths = widths or {}
    cells = [[_cell(r.get(c), widths.get(c, 24)) for c in columns] for r in rows]
    sizes = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(sizes[i]) for i, c in enumerate(columns))]
    lines.append("  ".join("-" * s for s in sizes))
    lines.extend("  ".join(v.ljust(sizes[i]) for i, v in enumerate(row)) for row in cells)
    return "\n".join(line.rstrip() for line in lines)


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command()
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--published", type=DATE, help="Publication date (default: from a gold sidecar, else none).")
@click.option("--lang", type=click.Choice(["en", "ru"]), help="Language (default: detected).")
@click.option("--source", help="Outlet or channel name.")
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
def extract(file: Path, published: date | None, lang: str | None, source: str | None, fmt: str) -> None:
    """Extract events, aggregates and claims from one file and print them (nothing is stored)."""
    from watchfloor.ingest import IngestFailure, iter_inputs
    from watchfloor.ingest.options import IngestOptions
    from watchfloor.model import Document
    from watchfloor.pipeline import Pipeline

    options = IngestOptions(published=published, source=source, lang=lang)
    items = list(iter_inputs([file], options))
    failures = [i for i in items if isinstance(i, IngestFailure)]
    if failures:
        raise WatchfloorError(failures[0].reason, input=failures[0].input)
    pipeline = Pipeline()
    out = []
    for document, extraction in pipeline.extract_many([i for i in items if isinstance(i, Document)]):
        gold = extraction.to_gold(document)
        out.append({"events": gold["events"], "aggregates": gold["aggregates"], "claims": gold["claims"]})
    click.echo(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=1))


@main.command()
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--lang", type=click.Choice(["en", "ru"]), help="Language (default: detected).")
@click.option("--published", type=DATE, help="Publication date, to resolve relative dates ('last Friday').")
@click.option("--pronouns", is_flag=True, help="Also list pronouns that refer to people ('he', 'we').")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def entities(file: Path, lang: str | None, published: date | None, pronouns: bool, fmt: str) -> None:
    """List the entities of one file: people, organisations, places, nationalities, dates,
    quantities, money, weapons, platforms, vehicles, references, with offsets and normalised values."""
    from watchfloor.extract.entities import EntityExtractor
    from watchfloor.ingest import IngestFailure, iter_inputs
    from watchfloor.ingest.options import IngestOptions
    from watchfloor.model import Document

    items = list(iter_inputs([file], IngestOptions(published=published, lang=lang)))
    failures = [i for i in items if isinstance(i, IngestFailure)]
    if failures:
        raise WatchfloorError(failures[0].reason, input=failures[0].input)
    documents = [i for i in items if isinstance(i, Document)]
    found = list(EntityExtractor(pronouns=pronouns).extract_many(documents))
    if fmt == "json":
        out = [{"doc_id": d.doc_id, "language": d.language, "entities": [e.to_dict() for e in ents]}
               for d, ents in found]  # fmt: skip
        click.echo(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=1))
        return
    for document, ents in found:
        if len(found) > 1:
            click.echo(f"# {document.doc_id}")
        rows = [
            {"start": e.start, "end": e.end, "type": e.type, "text": e.text, "value": e.value,
             "details": " ".join(f"{k}={v}" for k, v in e.attrs.items() if v is not None)}
            for e in ents
        ]  # fmt: skip
        click.echo(_table(rows, ["start", "end", "type", "text", "value", "details"],
                          widths={"text": 40, "value": 24, "details": 60}))
        click.echo(f"{len(rows)} entities")


@main.command("eval")
@click.argument("gold_dir", type=click.Path(path_type=Path, exists=True))
@click.option("--predictions", "out_dir", type=click.Path(path_type=Path), help="Where to write predictions.")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--lang", type=click.Choice(["en", "ru"]), help="Score only the documents in this language.")
@click.option("--gold-mentions", is_flag=True, help="Score the merger alone: cluster the gold events, not predicted ones.")
@click.option(
    "--format", "fmt", type=click.Choice(["auto", "gold", "muc4", "re3d", "wikievents", "case2021", "event_location", "nerel"]),
    default="auto",
    show_default=True,
    help="gold: watchfloor's gold folders; muc4: MUC-4 role fillers (GRIT JSON lines); re3d: re3d entity folders; "
    "wikievents: WikiEvents triggers (JSON lines); case2021: CASE 2021 task 2 snippets (.tsv); "
    "event_location: an event verb's place in English sentences (JSON lines, may be gzip'd); "
    "nerel: NEREL Russian entities and acts (brat folder).",
)
def eval_(gold_dir: Path, out_dir: Path | None, as_json: bool, lang: str | None, gold_mentions: bool, fmt: str) -> None:
    """Score extraction against gold: watchfloor's own format, or a public benchmark's."""
    import tempfile

    from watchfloor.evaluate import detect_format, format_report, gold_pairs, run_eval
    from watchfloor.pipeline import Pipeline

    if fmt == "auto":
        fmt = detect_format(gold_dir)
    if fmt in ("muc4", "re3d", "wikievents", "case2021", "event_location", "nerel"):
        from importlib import import_module

        benchmark = import_module(f"watchfloor.external.{fmt}")
        result = benchmark.run(gold_dir, Pipeline(), out_dir=out_dir)
        click.echo(json.dumps(result.as_dict(), indent=1) if as_json else result.format())
        return
    if not gold_dir.is_dir() or not gold_pairs(gold_dir):
        raise WatchfloorError("no gold documents (<doc>.json beside <doc>.txt) found", input=str(gold_dir))
    if gold_mentions:
        from watchfloor.merge_eval import eval_gold_mentions

        return eval_gold_mentions(gold_dir, out_dir, as_json=as_json, lang=lang)
    with tempfile.TemporaryDirectory() as tmp:
        report = run_eval(gold_dir, out_dir or Path(tmp) / "predictions", Pipeline(), lang=lang)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=1))
    else:
        click.echo(format_report(report))
        if out_dir:
            click.echo(f"predictions written to {out_dir}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def documents(ctx: click.Context, fmt: str) -> None:
    """List stored documents."""
    with _store(ctx) as store:
        rows = store.documents()
    records = [
        {
            "id": r.id,
            "doc_id": r.doc_id,
            "source": r.source,
            "language": r.language,
            "published": r.published.isoformat() if r.published else None,
            "title": r.title,
            "events": r.n_events,
        }
        for r in rows
    ]
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    click.echo(_table(records, ["id", "doc_id", "source", "language", "published", "events", "title"],
                      widths={"title": 50, "doc_id": 36, "source": 28}))
    click.echo(f"{len(records)} documents")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--retry", is_flag=True, help="Ingest every failed input again; clear the ones that now succeed.")
@_ALLOW_PRIVATE
@_HOST_DELAY
@click.pass_context
def failures(ctx: click.Context, fmt: str, retry: bool, allow_private: bool, host_delay: float) -> None:
    """List inputs that could not be ingested, with the reason (or retry them)."""
    if retry:
        from watchfloor.ingest.options import IngestOptions
        from watchfloor.pipeline import Pipeline, retry_failures

        with _store(ctx) as store:
            with _fetcher(store, allow_private, host_delay) as fetcher, _Progress(False) as progress:
                report, cleared = retry_failures(
                    Pipeline(), store, IngestOptions(), on_document=progress.document, fetcher=fetcher
                )
            for input in cleared:
                click.echo(f"cleared   {input}", err=True)
            _summary(report)
            click.echo(f"{len(cleared)} failures cleared, {len({f.input for f in report.failed})} still failing")
            run_alerts(store)  # alerts (cli_alerts)
        return
    with _store(ctx) as store:
        rows = store.failures()
    records = [
        {"input": r.input, "stage": r.stage, "reason": r.reason, "attempts": r.attempts,
         "last_seen": r.last_seen.isoformat(timespec="seconds")}
        for r in rows
    ]
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    click.echo(_table(records, ["input", "stage", "attempts", "last_seen", "reason"], widths={"input": 50, "reason": 70}))
    click.echo(f"{len(records)} failures")


@main.command()
@click.argument("name")
@click.option("--context", multiple=True, help="ISO3 country (or admin1 name) the text is about; repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def place(name: str, context: Sequence[str], fmt: str) -> None:
    """Show how a place name resolves: the candidates, the chosen one and why."""
    from watchfloor.normalize.places import Gazetteer

    resolution = Gazetteer.load().resolve(name, context=list(context))
    chosen = resolution.place
    candidates = [
        {"name": p.name, "kind": p.kind, "country": p.country, "admin1": p.admin1,
         "population": p.population, "lat": p.lat, "lon": p.lon}
        for p in resolution.candidates[:10]
    ]
    if fmt == "json":
        click.echo(json.dumps({
            "query": name, "context": list(context), "reason": resolution.reason, "precision": resolution.precision,
            "chosen": candidates[0] if chosen is not None and candidates else None, "candidates": candidates,
        }, ensure_ascii=False, indent=1))
        return
    if chosen is None:
        click.echo(f"{name!r}: no place found ({resolution.reason})")
        return
    precision = {1: "the place itself", 2: "district (admin2) or near it", 3: "province (admin1)", None: "country only"}
    click.echo(f"{name!r} → {chosen.name} ({chosen.kind}), admin1 {chosen.admin1 or '-'}, {chosen.country}")
    click.echo(f"precision: {precision.get(resolution.precision, resolution.precision)}; why: {resolution.reason}")
    click.echo(_table(candidates, ["name", "kind", "country", "admin1", "population", "lat", "lon"]))


@main.command()
@click.argument("sources_file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--once", is_flag=True, help="Poll what is due once and exit (for cron and tests).")
@_ALLOW_PRIVATE
@_HOST_DELAY
@WORKERS
@click.pass_context
def watch(ctx: click.Context, sources_file: Path, once: bool, allow_private: bool, host_delay: float, workers: int) -> None:
    """Poll the feeds, pages and exports listed in SOURCES_FILE (YAML), each on its interval.

    The schedule is kept in the store, so a restarted watcher resumes where it stopped.
    """
    from watchfloor.pipeline import Pipeline
    from watchfloor.sources.config import load_sources
    from watchfloor.sources.watch import Poll, Watcher, interval_text

    config = load_sources(sources_file)

    def report(poll: Poll) -> None:
        click.echo(f"{_clock()} {poll.describe()}")
        for failure in poll.report.failed:
            click.echo(f"  failed {failure.input}: {failure.reason}", err=True)

    with _store(ctx) as store, _fetcher(store, allow_private, host_delay) as fetcher, Pipeline(workers=workers) as pipeline:
        watcher = Watcher(config, store, pipeline, fetcher, on_poll=report, on_round=lambda _: run_alerts(store))
        listed = ", ".join(f"{s.kind} every {interval_text(s.interval)}" for s in config.sources)
        click.echo(f"{_clock()} watching {len(config.sources)} sources ({listed})")
        if once:
            if not watcher.run_once():
                click.echo(f"{_clock()} nothing due; next at {watcher.next_due().isoformat(timespec='seconds')}")
            return
        watcher.run()


def _clock() -> str:
    from datetime import datetime

    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback needs an account first (watchfloor user add).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Serve the web app and the REST API (OpenAPI schema at /openapi.json)."""
    import uvicorn

    from watchfloor.web import create_app

    store = _store(ctx)
    app = create_app(store, host=host)  # refuses a non-loopback host while there is no account
    mode = "accounts required" if store.has_users() else "single-user local mode, no login"
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"watchfloor on http://{shown}:{port}/ ({mode}); Ctrl-C stops it", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False, server_header=False)
    finally:
        store.close()


@main.group()
def user() -> None:
    """Accounts of the web app: add, list, issue API tokens."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["viewer", "analyst", "admin"]), default="analyst", show_default=True)
@click.option("--password", envvar="WATCHFLOOR_PASSWORD", help="The password (default: asked for; also $WATCHFLOOR_PASSWORD).")
@click.pass_context
def user_add(ctx: click.Context, name: str, role: str, password: str | None) -> None:
    """Create an account."""
    if password is None:
        password = click.prompt("password", hide_input=True, confirmation_prompt=True)
    with _store(ctx.find_root()) as store:
        created = store.add_user(name, password, role)
    click.echo(f"user {created.name} ({created.role}) created")


@user.command("list")
@click.pass_context
def user_list(ctx: click.Context) -> None:
    """List accounts."""
    with _store(ctx.find_root()) as store:
        rows = [{"name": u.name, "role": u.role, "created": u.created_at.isoformat(timespec="seconds"),
                 "tokens": len(store.tokens(u.name))} for u in store.users()]  # fmt: skip
    click.echo(_table(rows, ["name", "role", "created", "tokens"], widths={"created": 26}))
    click.echo(f"{len(rows)} users")


@user.command("token")
@click.argument("name")
@click.option("--label", help="What the token is for, e.g. 'notebook'.")
@click.pass_context
def user_token(ctx: click.Context, name: str, label: str | None) -> None:
    """Issue an API token for an account (shown once: only its hash is stored)."""
    with _store(ctx.find_root()) as store:
        token = store.add_token(name, label)
    click.echo(token)


@user.command("tokens")
@click.argument("name")
@click.pass_context
def user_tokens(ctx: click.Context, name: str) -> None:
    """List an account's API tokens: id, label, when issued and last used (never the token)."""
    with _store(ctx.find_root()) as store:
        rows = store.tokens(name)
    click.echo(_table(rows, ["id", "label", "created_at", "last_used"], widths={"created_at": 26, "last_used": 26}))
    click.echo(f"{len(rows)} tokens")


@user.command("revoke")
@click.argument("name")
@click.argument("token_id", type=int)
@click.pass_context
def user_revoke(ctx: click.Context, name: str, token_id: int) -> None:
    """Revoke one of an account's API tokens (its id from `watchfloor user tokens NAME`)."""
    with _store(ctx.find_root()) as store:
        store.revoke_token(name, token_id)
    click.echo(f"token {token_id} of {name} revoked")


# -- commands in their own modules ----------------------------------------------------------------
from watchfloor.cli_alerts import alert, run_alerts  # noqa: E402
from watchfloor.cli_channels import channels  # noqa: E402
from watchfloor.cli_merging import reject  # noqa: E402

main.add_command(reject)
main.add_command(alert)
main.add_command(channels)


def run() -> None:
    """Entry point: one clear line and exit status 1 for a WatchfloorError, never a traceback."""
    try:
        main(standalone_mode=False)
    except WatchfloorError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)


from watchfloor.cli_export import export as _export  # noqa: E402 - commands of their own modules

main.add_command(_export)
