"""`watchfloor alert ...`: alerts on saved searches (see watchfloor.alerts), and `run_alerts`, what
`ingest`, `watch` and `failures --retry` call once they have stored what they read."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click

from watchfloor.errors import InputError
from watchfloor.extract.ontology import event_types
from watchfloor.model import ABOUTS, MODALITIES, STANCES


def run_alerts(store: Any, *, always: bool = False) -> None:
    """Evaluate the alerts against what is new and deliver their hits; one line if anything
    happened (or `always`)."""
    from watchfloor.alerts import check_alerts

    run = check_alerts(store, echo=click.echo)
    for channel, why in run.failed:
        click.echo(f"alert delivery failed ({channel}): {why}", err=True)
    if always or run.hits or run.delivered or run.failed:
        click.echo(run.describe())


def _code(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise InputError(f"--{name} takes an ISO 3166-1 alpha-3 code, e.g. TUR", input=value)
    return code


@click.group("alert")
def alert() -> None:
    """Alerts on saved searches: matched against what every ingest and watch round adds, each hit
    delivered once (terminal, JSON-lines file, webhook) and listed on the web app's Alerts page."""


@alert.command("add")
@click.argument("name")
@click.option("--type", "types", multiple=True, type=click.Choice(event_types(), case_sensitive=False),
              help="Event type; repeatable (any of them).")  # fmt: skip
@click.option("--nationality", help="ISO3 code of a target's nationality.")
@click.option("--country", help="ISO3 code of the event's location.")
@click.option("--admin1", help="Province (first-level division) of the event's location, exactly.")
@click.option("--agent", help="Agent sector code (POL, MIL, ...) or part of the agent's name.")
@click.option("--about", type=click.Choice(ABOUTS, case_sensitive=False), help="What the event is about.")
@click.option("--modality", type=click.Choice(MODALITIES, case_sensitive=False), help="Asserted, claimed, ...")
@click.option("--claims", "on_claims", is_flag=True, help="Match claims, not events (implied by --topic, --stance, --speaker).")
@click.option("--topic", help="Claims on this topic: its id in the topics file (data/topics.json or $WATCHFLOOR_TOPICS).")
@click.option("--stance", type=click.Choice(STANCES, case_sensitive=False), help="Claims with this stance.")
@click.option("--speaker", help="Claims by this kind of speaker, or with this in the speaker's name.")
@click.option("--source", help="Outlet or channel, exactly.")
@click.option("--text", help="Words in the evidence sentence (events: also the place and agent; claims: the summary).")
@click.option("--deliver", "channels", multiple=True, metavar="WHERE",
              help="'terminal', a file path (JSON lines) or an http(s) URL (a webhook POST); repeatable.")  # fmt: skip
@click.option("--allow-private", is_flag=True, help="Let webhooks post to private, loopback and link-local addresses.")
@click.option("--backfill", is_flag=True, help="Match what is stored already too (at the next evaluation), not only what arrives.")
@click.pass_context
def alert_add(
    ctx: click.Context,
    name: str,
    types: Sequence[str],
    nationality: str | None,
    country: str | None,
    admin1: str | None,
    agent: str | None,
    about: str | None,
    modality: str | None,
    on_claims: bool,
    topic: str | None,
    stance: str | None,
    speaker: str | None,
    source: str | None,
    text: str | None,
    channels: Sequence[str],
    allow_private: bool,
    backfill: bool,
) -> None:
    """Save an alert NAME on events (the filters of `watchfloor events`) or on claims."""
    from watchfloor.alerts import describe, parse_channel
    from watchfloor.alerts.channels import private_host
    from watchfloor.cli import _store

    event_filters: dict[str, Any] = {
        "type": sorted({t.upper() for t in types}) or None, "nationality": _code(nationality, "nationality"),
        "country": _code(country, "country"), "admin1": admin1, "agent": agent,
        "about": about.lower() if about else None, "modality": modality.lower() if modality else None,
    }  # fmt: skip
    claim_filters: dict[str, Any] = {"topic": topic, "stance": stance.lower() if stance else None, "speaker": speaker}
    shared: dict[str, Any] = {"source": source, "text": text}
    kind = "claims" if on_claims or any(v is not None for v in claim_filters.values()) else "events"
    if kind == "claims":
        wrong = [k for k, v in event_filters.items() if v is not None]
        if wrong:
            raise click.UsageError(f"--{wrong[0]} filters events; an alert on claims takes --topic, --stance, "
                                   "--speaker, --source, --text")  # fmt: skip
        filters = {**claim_filters, **shared}
    else:
        filters = {**event_filters, **shared}
    filters = {k: v for k, v in filters.items() if v is not None}
    if topic is not None:
        from watchfloor.extract.topics import load_topics

        known = [t.id for t in load_topics()]
        if topic not in known:
            click.echo(f"warning: no topic {topic!r} in the topics file (it has {', '.join(known)}); "
                       "the alert matches only claims stored under that id", err=True)  # fmt: skip
    parsed = list(dict.fromkeys(parse_channel(c) for c in channels))
    with _store(ctx.find_root()) as store:
        created = store.add_alert(name, kind, filters, deliver=parsed, allow_private=allow_private, backfill=backfill)
    where = ", ".join(describe(c) for c in created.deliver) or "the store only (watchfloor alert show, the Alerts page)"
    click.echo(f"alert {created.name} on {kind} {_filters_text(filters)}; hits go to {where}")
    for channel in created.deliver:
        host = private_host(channel)
        if host is not None and not allow_private:
            click.echo(f"warning: {host} is a private or loopback address: webhooks to it are refused "
                       "unless the alert is added with --allow-private", err=True)  # fmt: skip


def _filters_text(filters: dict[str, Any]) -> str:
    if not filters:
        return "(everything new)"
    return " ".join(f"{k}={','.join(v) if isinstance(v, list) else v}" for k, v in filters.items())


@alert.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def alert_list(ctx: click.Context, fmt: str) -> None:
    """List alerts with their filters, channels and numbers of hits."""
    from watchfloor.alerts import describe
    from watchfloor.cli import _store, _table

    with _store(ctx.find_root()) as store:
        rows = [_alert_json(a) for a in store.alerts()]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    flat = [{**r, "filters": _filters_text(r["filters"]), "deliver": ", ".join(describe(c) for c in r["deliver"])}
            for r in rows]  # fmt: skip
    click.echo(_table(flat, ["name", "kind", "filters", "deliver", "hits", "unread", "evaluated_at"],
                      widths={"filters": 50, "deliver": 50, "evaluated_at": 26}))  # fmt: skip
    click.echo(f"{len(rows)} alerts")


def _alert_json(a: Any) -> dict[str, Any]:
    return {
        "name": a.name, "kind": a.kind, "filters": a.filters, "deliver": a.deliver, "allow_private": a.allow_private,
        "hits": a.n_hits, "unread": a.n_unread, "created_at": a.created_at.isoformat(timespec="seconds"),
        "evaluated_at": a.evaluated_at.isoformat(timespec="seconds") if a.evaluated_at else None,
        "event_position": a.event_position, "claim_position": a.claim_position,
    }  # fmt: skip


@alert.command("show")
@click.argument("name")
@click.option("--unread", is_flag=True, help="Only hits not yet marked read.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Most recent hits shown.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def alert_show(ctx: click.Context, name: str, unread: bool, limit: int, fmt: str) -> None:
    """Show an alert and its latest hits, with each hit's deliveries."""
    from watchfloor.alerts import body, describe, summary
    from watchfloor.cli import _store

    with _store(ctx.find_root()) as store:
        found = store.alert(name)
        hits = store.hits(alert=name, unread=unread, limit=limit)
        deliveries: dict[int, list[Any]] = {}
        for d in store.deliveries(alert=name, hit_ids=[h.id for h in hits]):
            deliveries.setdefault(d.hit.id, []).append(d)
    if fmt == "json":
        out = _alert_json(found)
        out["recent_hits"] = [
            {**body(h, found.filters), "read_at": h.read_at.isoformat(timespec="seconds") if h.read_at else None,
             "deliveries": [_delivery_json(d) for d in deliveries.get(h.id, [])]}
            for h in hits
        ]  # fmt: skip
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    click.echo(f"{found.name}: {found.kind} {_filters_text(found.filters)}")
    click.echo(f"deliver to: {', '.join(describe(c) for c in found.deliver) or '(the store only)'}"
               f"{'; webhooks may reach private addresses' if found.allow_private else ''}")  # fmt: skip
    click.echo(f"{found.n_hits} hits, {found.n_unread} unread; last evaluated "
               f"{found.evaluated_at.isoformat(timespec='seconds') if found.evaluated_at else 'never'}")  # fmt: skip
    for h in hits:
        mark = " " if h.read_at else "*"
        click.echo(f"{mark} #{h.id} {h.created_at.isoformat(timespec='seconds')} {summary(h)}")
        for d in deliveries.get(h.id, []):
            click.echo(f"      → {describe(d.channel)}: {_state(d)}")


def _state(d: Any) -> str:
    if d.delivered_at is not None:
        return f"delivered {d.delivered_at.isoformat(timespec='seconds')}"
    if d.attempts:
        return f"pending after {d.attempts} failed attempt{'s' if d.attempts != 1 else ''}: {d.last_error}"
    return "pending"


def _delivery_json(d: Any) -> dict[str, Any]:
    return {
        "channel": d.channel, "attempts": d.attempts, "last_error": d.last_error,
        "delivered_at": d.delivered_at.isoformat(timespec="seconds") if d.delivered_at else None,
    }  # fmt: skip


@alert.command("remove")
@click.argument("name")
@click.pass_context
def alert_remove(ctx: click.Context, name: str) -> None:
    """Delete an alert with its hits."""
    from watchfloor.cli import _store

    with _store(ctx.find_root()) as store:
        store.remove_alert(name)
    click.echo(f"alert {name} removed")


@alert.command("read")
@click.argument("name", required=False)
@click.pass_context
def alert_read(ctx: click.Context, name: str | None) -> None:
    """Mark every unread hit (of alert NAME, or of all alerts) read."""
    from watchfloor.cli import _store

    with _store(ctx.find_root()) as store:
        if name is not None:
            store.alert(name)  # NotFound names it
        n = store.mark_read(alert=name)
    click.echo(f"{n} hits marked read")


@alert.command("run")
@click.pass_context
def alert_run(ctx: click.Context) -> None:
    """Evaluate every alert against what is new now and deliver (ingest and watch do this themselves)."""
    from watchfloor.cli import _store
    from watchfloor.merge import assign_pending

    with _store(ctx.find_root()) as store:
        assign_pending(store)  # events stored without merging (an import, an older version) join canonical events
        run_alerts(store, always=True)


@alert.command("deliver")
@click.pass_context
def alert_deliver(ctx: click.Context) -> None:
    """Try every pending delivery again now, also those that failed many times."""
    from watchfloor.alerts import deliver_pending
    from watchfloor.cli import _store

    with _store(ctx.find_root()) as store:
        run = deliver_pending(store, echo=click.echo, retry_all=True)
    for channel, why in run.failed:
        click.echo(f"alert delivery failed ({channel}): {why}", err=True)
    click.echo(f"{run.delivered} delivered, {len(run.failed)} failed")
