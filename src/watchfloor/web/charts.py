"""Geometry of the timeline chart (events stacked by type, claims as dots by topic and stance),
computed here and drawn by a template as SVG: no script needed, and every label is escaped."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from watchfloor.store.search import bucket_start

MAX_PERIODS = 240


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    cls: str
    title: str
    href: str


@dataclass(frozen=True, slots=True)
class Dot:
    x: float
    y: float
    r: float
    cls: str
    title: str


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(slots=True)
class Chart:
    width: int
    height: int
    bucket: str
    bars: list[Rect] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    lanes: list[tuple[float, str]] = field(default_factory=list)  # claim topic rows: (y, topic)
    y_ticks: list[tuple[float, int]] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    axis_y: float = 0.0
    left: float = 0.0
    empty: bool = True


def _step(day: date, bucket: str) -> date:
    if bucket == "day":
        return day + timedelta(days=1)
    if bucket == "week":
        return day + timedelta(days=7)
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def choose_bucket(first: date, last: date, wanted: str) -> str:
    """The wanted bucket, or a coarser one when it would make too many bars to read."""
    days = (last - first).days + 1
    if wanted == "day" and days > MAX_PERIODS:
        wanted = "week"
    if wanted == "week" and days / 7 > MAX_PERIODS:
        wanted = "month"
    return wanted


def periods(first: date, last: date, bucket: str) -> list[date]:
    out, day = [], bucket_start(first, bucket)
    while day <= last:
        out.append(day)
        day = _step(day, bucket)
    return out


def timeline_chart(
    events: list[tuple[date, str, int]],
    claims: list[tuple[date, str, str, int]],
    bucket: str,
    *,
    link: str = "/events?",
    width: int = 1100,
) -> Chart:
    """Stacked bars of events per period and type; below the axis, a row of dots per claim topic."""
    days = [d for d, _, _ in events] + [d for d, _, _, _ in claims]
    if not days:
        return Chart(width, 120, bucket)
    slots = periods(min(days), max(days), bucket)
    index = {day: i for i, day in enumerate(slots)}
    topics = sorted({t for _, t, _, _ in claims})
    left, top, plot_h, lane_h = 48.0, 12.0, 220.0, 26.0
    plot_w = width - left - 12
    slot_w = plot_w / max(len(slots), 1)
    axis_y = top + plot_h
    height = int(axis_y + 44 + lane_h * len(topics) + 10)
    chart = Chart(width, height, bucket, axis_y=axis_y, left=left, empty=False)

    stacks: dict[date, list[tuple[str, int]]] = defaultdict(list)
    for day, type_, count in events:
        stacks[day].append((type_, count))
    peak = max((sum(c for _, c in stack) for stack in stacks.values()), default=1)
    scale = plot_h / max(peak, 1)
    chart.types = sorted({t for _, t, _ in events})
    for day, stack in stacks.items():
        x = left + index[day] * slot_w
        y = axis_y
        for type_, count in sorted(stack):
            h = count * scale
            y -= h
            until = _step(day, bucket) - timedelta(days=1)
            chart.bars.append(Rect(
                x + 0.5, y, max(slot_w - 1, 1), h, f"t-{type_}",
                f"{day.isoformat()}: {count} {type_}", f"{link}type={type_}&since={day.isoformat()}&until={until.isoformat()}",
            ))  # fmt: skip
    step = max(1, -(-peak // 4))  # whole-number ticks, at most five
    for value in range(0, peak + 1, step):
        chart.y_ticks.append((axis_y - value * scale, value))
    every = max(1, len(slots) // 10)
    for i, day in enumerate(slots):
        if i % every == 0 and left + i * slot_w < width - 70:  # room for the label
            chart.ticks.append(Tick(left + i * slot_w, day.isoformat() if bucket != "month" else day.isoformat()[:7]))
    for row, topic in enumerate(topics):
        chart.lanes.append((axis_y + 52 + row * lane_h, topic))
    lane_y = {topic: y for y, topic in chart.lanes}
    biggest = max((c for *_, c in claims), default=1)
    offsets = {"affirm": -0.25, "neutral": 0.0, "deny": 0.25}
    for day, topic, stance, count in claims:
        x = left + (index[day] + 0.5 + offsets.get(stance, 0.0)) * slot_w
        r = 3 + 6 * (count / biggest) ** 0.5
        chart.dots.append(Dot(x, lane_y[topic], r, f"s-{stance}", f"{day.isoformat()}: {count} {stance} claim(s) on {topic}"))
    return chart
