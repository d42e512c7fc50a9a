"""One happening, one event: later mentions of an act already told join it (language-neutral).

A report tells an attack and then its toll ("Eleven others were wounded", "the injured were
taken to …", "The attack killed three soldiers"), or an arrest and then more of it ("the arrests
took place on Saturday"). Those later mentions add what they know to the act they continue; they
are not events of their own. Two acts of one type stay apart when anything they state conflicts:
their days, their countries or provinces, their counts or their people's nationalities.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from typing import Protocol, TypeVar

from watchfloor.model import Event, Target
from watchfloor.normalize.dates import days_covered
from watchfloor.normalize.numbers import parse_quantity

MAX_SENTENCE_GAP = 6  # a continuation is told within a few sentences of the act
MAX_TOLL_GAP = 10  # a toll may come at the end of the story
RETELLING_GAP = 3  # an undated attack told again follows closely


class Mention(Protocol):
    event: Event
    sentence: int
    refers_back: bool  # "the attack", "the men", "they": the words point back to something told
    casualties_only: bool  # an attack known only by its dead and wounded ("40 were hurt")
    date_strong: bool  # the date is the act's own, not the report's
    sex: str | None  # "m" or "f": the one person acted on is told as a man or a woman
    retold: bool  # told in reported speech as done before ("IS said its men had blown themselves up")
    toll_risen: bool  # its killed or wounded figure is a toll that rose since first told
    statistic_cue: bool  # words only statistics carry ("since 2015", "so far"): a tally, no telling of one act


def _day_span(event: Event) -> tuple[dt.date, dt.date] | None:
    return days_covered(event.date, event.date_precision)


def _undated_retelling(earlier: Mention, later: Mention) -> bool:
    """An attack told again with no day and no other place of its own ("gunmen opened fire on the
    worshippers" after the attack on the mosque): the same happening. Another town, or a day of its
    own, makes it another attack."""
    a, b = earlier.event, later.event
    # a claim or a report of the attack as done before ("had blown themselves up") may come later
    gap = MAX_SENTENCE_GAP if later.retold else RETELLING_GAP
    if b.type != "ATTACK" or later.date_strong or later.sentence - earlier.sentence > gap:
        return False
    if b.location is None or b.location.country is None:
        return True
    here = a.location
    return (
        here is not None
        and (here.country, here.admin1) == (b.location.country, b.location.admin1)
        and b.location.place in (None, here.place)
    )


@cache
def _apart() -> re.Pattern[str]:
    """Words that set a retold act apart ("another", "also", "также"): `data/apart_cues.json`."""
    raw = json.loads(files("watchfloor.data").joinpath("apart_cues.json").read_text("utf-8"))
    words = [w for lang, cues in raw.items() if not lang.startswith("_") for w in cues]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _dated_retelling(earlier: Mention, later: Mention) -> bool:
    """An act told again with the same day of its own, nothing that sets it apart ("another",
    "a second", "also", "separately") and no count, toll or place that differs ("Sunday's suicide
    bombings …" and, paragraphs on, "Six blasts struck … on Easter morning"): the same happening
    (GOLD-FORMAT: one happening, one event)."""
    a, b = earlier.event, later.event
    if not later.date_strong or a.date is None or b.date != a.date or a.date_precision != "day" or b.date_precision != "day":
        return False
    if _apart().search(b.evidence.text or ""):
        return False
    for told, retold in ((a.killed, b.killed), (a.wounded, b.wounded)):
        if told is not None and retold is not None and told != retold:
            return False
    return a.location is not None and b.location is not None and a.location.country == b.location.country


NAMED_LATER_DAYS = 14  # how far before the report's week the day of a recent act may lie


def _named_later(earlier: Mention, later: Mention) -> bool:
    """'Russia has deported a Tajik preacher … Mirzo Karimov, 41, was put on a flight to Dushanbe on
    5 March': the people acted on, first counted by an indefinite description with the report's
    week, then by name with the act's own day, in the sentence after: the same act, now dated
    (GOLD-FORMAT: a follow-up tells the date)."""
    a, b = earlier.event, later.event
    if a.type == "ATTACK" or a.total is None or a.total != b.total or later.sentence - earlier.sentence > 2:
        return False
    if earlier.date_strong or not later.date_strong or a.date is None or b.date is None or b.date_precision != "day":
        return False
    first, then = (a.targets[0].text or "") if a.targets else "", (b.targets[0].text or "") if b.targets else ""
    if not _counted_indefinitely(first, a.total) or not then[:1].isupper() or then.split()[0].lower() in ("he", "she", "the"):
        return False
    span = _day_span(a)
    if span is None or not span[0] - dt.timedelta(days=NAMED_LATER_DAYS) <= b.date <= span[1]:
        return False
    if b.nationalities and a.nationalities and not b.nationalities <= a.nationalities:
        return False
    return not _apart().search(b.evidence.text or "")


def _counted_indefinitely(text: str, total: int) -> bool:
    """'a Tajik preacher' for one; 'Two men', '3 suspects' for more ("Two men have been jailed … Amir
    Khan … and Bilal Hussain … were sentenced on Friday")."""
    if total == 1:
        return text.lower().startswith(("a ", "an "))
    words = text.split()
    told = parse_quantity(words[0], "en") if words else None
    return told is not None and told.value == total


def _late_toll(later: Mention) -> bool:
    """ "The bombings killed 32 people" at the end of a story: an attack that points back, with no day
    of its own, telling its toll; as a bare toll, it may come at the end."""
    b = later.event
    return b.type == "ATTACK" and later.refers_back and not later.date_strong and (b.killed is not None or b.wounded is not None)


def _dates_agree(a: Event, b: Event) -> bool:
    span_a, span_b = _day_span(a), _day_span(b)
    if span_a is None or span_b is None:
        return True
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def _in_an_earlier_month(recent: Event, b: Event) -> bool:
    """'have barred a preacher' (the report's week, nothing stated) and 'was turned back at the
    airport in February': a month or a year told that ends before the week is another act's."""
    if recent.date_precision != "week" or b.date_precision not in ("month", "year"):
        return False
    span_a, span_b = _day_span(recent), _day_span(b)
    return span_a is not None and span_b is not None and span_b[1] < span_a[0]


def _places_agree(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None or la.country is None or lb.country is None:
        return True
    if la.country != lb.country:
        return False
    if la.text is None or lb.text is None:
        return True  # a province only inferred (the dateline's, the story's) cannot contradict one stated
    return la.admin1 is None or lb.admin1 is None or la.admin1 == lb.admin1


def _countries_agree(a: Event, b: Event) -> bool:
    ca = a.location.country if a.location else None
    cb = b.location.country if b.location else None
    return ca is None or cb is None or ca == cb


def _one_of_them(a: Event, b: Event) -> Target | None:
    """The person of `a` whom `b` tells of alone, by the name `a` gave ("police arrested Mohamed
    Abrini and two other men … Abrini, a 31-year-old Belgian, was seized in …")."""
    if b.total != 1 or len(b.targets) != 1 or not b.targets[0].text:
        return None
    name = b.targets[0].text.split(",")[0].split()
    if not name or not name[-1][:1].isupper():
        return None
    return next((t for t in a.targets if t.count == 1 and t.text and name[-1] in t.text.split(",")[0].split()), None)


def _people_agree(a: Event, b: Event) -> bool:
    if a.total is not None and b.total is not None and a.total != b.total:
        return _one_of_them(a, b) is not None
    na, nb = a.nationalities, b.nationalities
    return not na or not nb or na <= nb or nb <= na


STATE_SECTORS = frozenset({"MIL", "POL", "GOV"})
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "REB/INS"})


def _opposed_agents(a: Event, b: Event) -> bool:
    """An armed group's attack and the troops' strike back ("Boko Haram fighters attacked a base …
    Troops later pursued the insurgents and killed 20 of them"): two acts, whatever else agrees."""
    if a.type != "ATTACK":
        return False  # only attacks have sides; a removal's "agent" may be whoever handed the man over
    return _side(a) is not None and _side(b) is not None and _side(a) != _side(b)


def _side(event: Event) -> str | None:
    if event.agent is None or not event.agent.text:
        return None  # a side is read from the words that name who acted, not from the weapon
    sector = event.agent.sector
    if sector in STATE_SECTORS:
        return "state"
    if sector in ARMED_GROUP_SECTORS or sector is None and event.affiliation:
        return "armed group"  # "Boko Haram fighters": the group named, no sector of its own
    return None


def continues(earlier: Mention, later: Mention) -> bool:
    """Whether `later` tells more of the act `earlier` told."""
    a, b = earlier.event, later.event
    # a toll, or the act told again with its own day, may come at the end of the story
    late = later.casualties_only or _late_toll(later) or _dated_retelling(earlier, later)
    gap = MAX_TOLL_GAP if late else MAX_SENTENCE_GAP
    if a.type != b.type or later.sentence - earlier.sentence > gap or later.sentence < earlier.sentence:
        return False
    if later.statistic_cue and not earlier.statistic_cue and not later.casualties_only:
        return False  # "attacks have killed more than 2,000 people since 2015": a tally, not more of the act
    refused = {a.modality, b.modality} == {"planned", "denied"} and later.sentence == earlier.sentence
    if a.modality != b.modality and "asserted" not in (a.modality, b.modality) and not refused:
        return False  # "Russia has asked for his extradition, but … he would not be handed over": one act, refused
    if _opposed_agents(a, b):
        return False
    if a.destination and b.destination and a.destination != b.destination:
        return False  # "brought back to the Netherlands" and "her removal to Morocco": two removals
    if earlier.sex and later.sex and earlier.sex != later.sex:
        return False  # "the woman gave herself up …; the man was arrested at the border": two people
    if {a.modality, b.modality} == {"asserted", "denied"} and a.targets and b.targets:
        return False  # "charged a Rwandan …; two men were freed with no charges brought against them"
    if not (later.refers_back or later.casualties_only or _undated_retelling(earlier, later) or _dated_retelling(earlier, later)
            or _named_later(earlier, later)):
        return False
    # a continuation with no day of its own only has the report's: it cannot disagree
    dates = _dates_agree(a, b) or not later.date_strong or not earlier.date_strong and not _in_an_earlier_month(a, b)
    # a toll counts the whole act, wherever its parts were ("450 injured" in one of six places)
    places = _places_agree(a, b) if not later.casualties_only else _countries_agree(a, b)
    return dates and places and _people_agree(a, b)


def _enrich(into: Event, other: Event) -> None:
    """What the continuation adds; what the first telling stated stays."""
    if {into.modality, other.modality} == {"planned", "denied"}:
        into.modality = "denied"  # an act asked for or planned, then refused ("… but he would not be handed over")
    vague = into.date is None or into.date_precision in ("month", "year", "unknown")
    if vague and other.date is not None and (into.date is None or other.date_precision in ("day", "week")):
        into.date, into.date_precision = other.date, other.date_precision
    if into.location is None or into.location.country is None or other.location is not None and into.location.admin1 is None and other.location.admin1 and (
        other.location.country == into.location.country
    ):
        into.location = other.location
    into.killed = into.killed if into.killed is not None else other.killed
    into.wounded = into.wounded if into.wounded is not None else other.wounded
    one = _one_of_them(into, other) if into.total != other.total else None
    if one is not None:
        one.nationality = one.nationality or other.targets[0].nationality
        one.ethnicity = one.ethnicity or other.targets[0].ethnicity
    elif into.total is None and other.total is not None:
        into.total, into.targets = other.total, other.targets
    elif not into.nationalities and other.nationalities and (into.total is None or into.total == other.total):
        into.targets = other.targets
    if into.agent is None or not into.agent.text:
        into.agent = other.agent or into.agent
    into.weapon = into.weapon or other.weapon
    into.more_evidence.extend(e for e in other.evidence_spans if e not in into.evidence_spans)
    for name in ("perpetrators", "victims", "objects", "weapons"):
        mine: list[str] = getattr(into, name)
        mine.extend(v for v in getattr(other, name) if v not in mine)


M = TypeVar("M", bound=Mention)


def _host(kept: Sequence[M], mention: M) -> M | None:
    """The latest act `mention` continues; a toll with no day of its own ("Two soldiers were wounded
    in the operation") goes to an act the story dates to a day or week, the news, before one it
    dates only by a year or month ("the 2019 bombing … that killed 26"), the background."""
    if not mention.casualties_only or mention.date_strong:
        return next((k for k in reversed(kept) if continues(k, mention)), None)
    hosts = [k for k in reversed(kept) if continues(k, mention)]
    return next((k for k in hosts if k.event.date_precision in ("day", "week")), hosts[0] if hosts else None)


def join_continuations(mentions: Sequence[M]) -> list[M]:
    """The mentions that are acts of their own, each enriched by the ones that continue it."""
    kept: list[M] = []
    for mention in mentions:
        host = _host(kept, mention)
        if host is None:
            kept.append(mention)
        else:
            _enrich(host.event, mention.event)
            if mention.toll_risen:  # "… two later died, raising the toll to 16": the latest figure stands
                host.event.killed = mention.event.killed if mention.event.killed is not None else host.event.killed
                host.event.wounded = mention.event.wounded if mention.event.wounded is not None else host.event.wounded
            if mention.date_strong and not host.date_strong and mention.event.date is not None:
                # "have detained 748 people … The suspects were detained … on Saturday": the act's
                # own day, told after, dates it (and makes it one operation, not a running tally)
                host.event.date, host.event.date_precision = mention.event.date, mention.event.date_precision
                host.date_strong = True
                if mention.event.location is not None and mention.event.location.text:
                    host.event.location = mention.event.location  # and its own place: "… on Friday in Mutterstadt"
    return kept
