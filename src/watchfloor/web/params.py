"""Query parameters shared by the API and the pages, parsed into the store's query objects.

Parameters arrive as strings (an HTML form sends empty fields), so each is parsed here and a bad
one is answered with a 400 naming it.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Query

from watchfloor.model import ABOUTS
from watchfloor.store.search import REVIEW_FILTERS, ClaimQuery, DocumentQuery, EventQuery
from watchfloor.web.errors import HTTPProblem

Text = Annotated[str | None, Query()]


def _blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def parse_date(value: str | None, name: str) -> date | None:
    value = _blank(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPProblem(400, f"{value!r} is not a date in the form YYYY-MM-DD", input=name) from None


def parse_int(value: str | None, name: str) -> int | None:
    value = _blank(value)
    if value is None:
        return None
    if not value.isdigit():
        raise HTTPProblem(400, f"{value!r} is not a whole number", input=name)
    return int(value)


def _code(value: str | None) -> str | None:
    value = _blank(value)
    return value.upper() if value else None


def event_query(
    type: Annotated[list[str], Query(description="Event type(s), e.g. ARREST; repeat or comma-separate")] = [],  # noqa: B006
    since: Annotated[str | None, Query(description="On or after this date (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(description="On or before this date (YYYY-MM-DD)")] = None,
    country: Annotated[str | None, Query(description="ISO3 code of where it happened")] = None,
    admin1: Annotated[str | None, Query(description="Province / first-level division name")] = None,
    nationality: Annotated[str | None, Query(description="ISO3 code of a target's nationality")] = None,
    agent: Annotated[str | None, Query(description="Agent sector code (POL, MIL, ...) or part of its name")] = None,
    source: Annotated[str | None, Query(description="Outlet or channel, exactly")] = None,
    modality: Annotated[str | None, Query(description="asserted, claimed, denied, rumored or planned")] = None,
    about: Annotated[
        str | None,
        Query(description=f"What the event is about: {', '.join(ABOUTS)}", json_schema_extra={"enum": [*ABOUTS, ""]}),
    ] = None,
    q: Annotated[str | None, Query(description="Text contained in the evidence, place or agent")] = None,
    document: Annotated[str | None, Query(description="Only events of this document (row id)")] = None,
    cluster: Annotated[str | None, Query(description="Only mentions of this canonical event")] = None,
    review: Annotated[str | None, Query(description=f"One of {', '.join(REVIEW_FILTERS)} (default active: not rejected)")] = None,
) -> EventQuery:
    types = tuple(t.strip().upper() for value in type for t in value.split(",") if t.strip())
    about_value = _blank(about)
    if about_value is not None and about_value.lower() not in ABOUTS:
        raise HTTPProblem(400, f"about must be one of {', '.join(ABOUTS)}", input="about")
    review_value = _blank(review) or "active"
    if review_value not in REVIEW_FILTERS:
        raise HTTPProblem(400, f"review must be one of {', '.join(REVIEW_FILTERS)}", input="review")
    return EventQuery(
        types=types,
        since=parse_date(since, "since"),
        until=parse_date(until, "until"),
        country=_code(country),
        admin1=_blank(admin1),
        nationality=_code(nationality),
        agent=_blank(agent),
        source=_blank(source),
        modality=_blank(modality),
        about=about_value.lower() if about_value else None,
        text=_blank(q),
        document_id=parse_int(document, "document"),
        cluster=_blank(cluster),
        review=review_value,
    )


def claim_query(
    topic: Annotated[str | None, Query(description="Topic id")] = None,
    stance: Annotated[str | None, Query(description="affirm, deny or neutral")] = None,
    speaker: Annotated[str | None, Query(description="Speaker kind or part of the speaker's name")] = None,
    since: Annotated[str | None, Query(description="On or after this date (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(description="On or before this date (YYYY-MM-DD)")] = None,
    q: Annotated[str | None, Query(description="Text contained in the statement")] = None,
    source: Annotated[str | None, Query(description="Outlet or channel, exactly")] = None,
    document: Annotated[str | None, Query(description="Only claims of this document (row id)")] = None,
) -> ClaimQuery:
    return ClaimQuery(
        topic=_blank(topic),
        stance=_blank(stance),
        speaker=_blank(speaker),
        since=parse_date(since, "since"),
        until=parse_date(until, "until"),
        text=_blank(q),
        source=_blank(source),
        document_id=parse_int(document, "document"),
    )


def document_query(
    source: Annotated[str | None, Query(description="Outlet or channel, exactly")] = None,
    language: Annotated[str | None, Query(description="en or ru")] = None,
    since: Annotated[str | None, Query(description="Published on or after (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(description="Published on or before (YYYY-MM-DD)")] = None,
    q: Annotated[str | None, Query(description="Text contained in the title or text")] = None,
) -> DocumentQuery:
    return DocumentQuery(
        source=_blank(source),
        language=_blank(language),
        since=parse_date(since, "since"),
        until=parse_date(until, "until"),
        text=_blank(q),
    )
