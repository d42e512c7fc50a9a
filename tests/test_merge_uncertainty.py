"""Decisions under uncertainty (issue 15, items 2 and 3): a conflict on a field the extraction is
unsure of weighs against instead of forbidding; agreement on a rare specific weighs more than on a
common one; names meet across languages after transliteration. Invented mentions only."""

from __future__ import annotations

from datetime import date
from typing import Any

from test_merge import mention

from watchfloor.merge.cluster import Clusterer
from watchfloor.merge.compat import THRESHOLD, compare
from watchfloor.merge.mention import Mention, name_keys
from watchfloor.merge.rarity import Rarity
from watchfloor.model import Target


def score(a: Mention, b: Mention, rarity: Rarity | None = None) -> float | None:
    result = compare(a, b, rarity)
    return None if result is None else result.score


def with_targets(m: Mention, *targets: Target, **fields: Any) -> Mention:
    event = m.event
    event.targets = list(targets)
    for key, value in fields.items():
        setattr(event, key, value)
    return Mention(id=m.id, key=m.key, document=m.document, event=event, doc_id=m.doc_id, source=m.source,
                   language=m.language, published=m.published)  # fmt: skip


def test_a_count_summed_from_a_list_weighs_against_without_forbidding() -> None:
    stated = mention(1, total=1, nats=("NLD",), admin1="Hatay")
    assert stated.count_sure
    listed = with_targets(mention(2, total=2, admin1="Hatay"), Target(count=1, nationality="NLD"),
                          Target(count=1, nationality="DZA"))  # fmt: skip
    assert not listed.count_sure
    assert score(stated, listed) is not None
    assert score(stated, mention(3, total=2, nats=("NLD",), admin1="Hatay")) is None  # both stated: never


def test_a_weekday_may_be_any_day_of_the_week_before_the_report() -> None:
    told = mention(1, day=date(2021, 5, 6), total=1, nats=("BEL",), text="arrested by police on Tuesday",
                   published=date(2021, 5, 8))  # fmt: skip
    assert told.date_doubt == "weekday"
    holiday = mention(2, day=date(2021, 5, 2), total=1, nats=("BEL",), published=date(2021, 5, 30))
    assert holiday.date_sure
    assert (score(told, holiday) or 0) >= THRESHOLD
    # two days of the act's own, four days apart, stay apart
    assert score(mention(3, day=date(2021, 5, 6), total=1, nats=("BEL",)), holiday) is None
    # a date that is the report's own day may be any day of the week before it
    on_report_day = mention(4, day=date(2021, 5, 8), total=17, nats=("IDN",), published=date(2021, 5, 8))
    assert on_report_day.date_doubt == "report"
    assert (score(on_report_day, mention(5, day=date(2021, 5, 6), total=17, nats=("IDN",))) or 0) >= THRESHOLD


def test_an_unsure_date_is_off_only_towards_the_past() -> None:
    week = mention(1, day=date(2021, 5, 10), precision="week", total=6, published=date(2021, 5, 12))
    assert week.date_doubt == "coarse"
    before = mention(2, day=date(2021, 5, 7), total=6)
    after = mention(3, day=date(2021, 5, 18), total=6)
    assert score(week, before) is not None and score(week, after) is None


def test_an_inferred_nationality_weighs_against_without_forbidding() -> None:
    stated = with_targets(mention(1, total=4, admin1="Osh"), Target(count=4, nationality="KGZ", text="four Kyrgyz men"))
    inferred = with_targets(mention(2, total=4, admin1="Osh"), Target(count=4, nationality="UZB", text="four local men"))
    other = with_targets(mention(3, total=4, admin1="Osh"), Target(count=4, nationality="UZB", text="four Uzbeks"))
    assert score(stated, inferred) is not None
    assert score(stated, other) is None


def test_agreeing_on_a_rare_count_weighs_more_than_on_a_common_one() -> None:
    corpus = [mention(10 + i, total=2) for i in range(200)] + [mention(50, total=156), mention(51, total=156)]
    rarity = Rarity(corpus)
    a, b = mention(1, total=156), mention(2, total=156)
    c, d = mention(3, total=2), mention(4, total=2)
    assert (score(a, b, rarity) or 0) > (score(c, d, rarity) or 0)
    assert score(c, d, rarity) == score(c, d)  # a common value keeps the rule's own weight


def test_names_meet_across_languages() -> None:
    assert name_keys("В четверг в Ташкент доставлены граждане") == name_keys("a flight landed in Tashkent")
    assert name_keys("Police detained Osama Krayem in Laeken on Friday") == {"osama", "kraem", "laeke"}
    assert name_keys("Turkish police held Syrians in Istanbul") == {"istan"}  # nationalities are not names
    en = mention(1, total=3, text="Police detained Ahmed Saidov and two others in Vanadzor", lang="en")
    ru = mention(2, total=3, text="Полиция задержала Ахмеда Саидова и ещё двоих в Ванадзоре", lang="ru")
    assert en.names == ru.names == {"ahmed", "saido", "vanad"}
    result = compare(en, ru)
    assert result is not None and "names ahmed saido vanad" in result.reasons and result.score >= THRESHOLD
    clusterer = Clusterer()
    clusterer.add_all([en, ru])
    assert clusterer.cluster_of(en.id) == clusterer.cluster_of(ru.id)


def test_a_name_alone_does_not_merge() -> None:
    a = mention(1, text="raid near the Vanadzor market", lang="en")
    b = mention(2, text="a second raid in Vanadzor", lang="en")
    assert (score(a, b) or 0) < THRESHOLD
