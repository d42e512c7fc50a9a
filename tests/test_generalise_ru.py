"""Held-out batches of Russian reports written for this test, one error class of issue 14 each.

Each batch was written and run once before any rule was changed for it; its first-pass figure is
recorded here and in docs/generalisation.md (cases passing / cases). The cases are coded by the
conventions of GOLD-FORMAT.md, with the helpers of tests/test_russian_general.py: a case lists
every event the text reports, with the fields an analyst would check.

Batch 1 (2026-12-03), classes: nationality by residence or origin; people in a list added up;
statistics are aggregates; one happening told twice; triggers of returning, removing and
blocking; planned acts in nominal form; year-less dates; first pass **9 / 16**; after the rules below 15 / 16 (the court-ordered expulsion, whose person is the dative of another verb, still has no target).

Batch 2 (2026-12-03), the same classes in other words, written after batch 1's rules and run once
with no rule changed: first pass **8 / 8**. Written by the same hand that wrote the rules, so it
is a check that the rules are not tied to batch 1's wording, not an unseen-text figure (that is
reports-dev2 and NEREL).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_russian_general import MON, TUE, Case, E, differences, run

from watchfloor.pipeline import Pipeline

BATCH_1: dict[str, Case] = {
    # nationality by residence or origin, stated as such
    "resident-of-osh": Case(
        "В Бишкеке сотрудники ГКНБ задержали жителя Оша, подозреваемого в вербовке боевиков.",
        [E("ARREST", total=1, nats={"KGZ"})],
    ),
    "residents-of-dushanbe": Case(
        "Полиция Стамбула задержала двоих жителей Душанбе, пытавшихся перейти границу с Сирией.",
        [E("ARREST", total=2, nats={"TJK"})],
    ),
    "native-of-andijan": Case(
        "Уроженец Андижана задержан в Москве сотрудниками ФСБ по подозрению в финансировании ИГ.",
        [E("ARREST", total=1, nats={"UZB"})],
    ),
    # a list adds up
    "two-groups": Case(
        "В Анталье задержаны трое граждан России и двое граждан Азербайджана.",
        [E("ARREST", total=5, nats={"RUS", "AZE"})],
    ),
    "with-wife-and-children": Case(
        "В Газиантепе задержан уроженец Дагестана вместе с женой и двумя детьми.",
        [E("ARREST", total=4, nats={"RUS"})],
    ),
    # statistics are aggregates
    "since-new-year": Case(
        "С начала года в республике задержаны 42 человека, подозреваемых в связях с ИГ.",
        [], aggregates=["ARREST"],
    ),
    "last-year-total": Case(
        "Всего за прошлый год из страны выдворены более 300 иностранцев.",
        [], aggregates=["DEPORT"],
    ),
    # one happening told twice
    "told-twice": Case(
        "В понедельник в Казани задержан вербовщик ИГ. Задержанный, уроженец Таджикистана, вербовал студентов.",
        [E("ARREST", total=1, date=MON, nats={"TJK"})],
    ),
    "arrest-then-detail": Case(
        "Полиция задержала в Хатае пятерых иностранцев. Все задержанные оказались гражданами Узбекистана.",
        [E("ARREST", total=5, nats={"UZB"})],
    ),
    # triggers of returning, removing and blocking
    "returned-home": Case(
        "Двоих граждан Таджикистана возвратили на родину после отбытия наказания в Турции.",
        [E("DEPORT", total=2, nats={"TJK"})],
    ),
    "channels-blocked": Case(
        "По требованию Генпрокуратуры заблокированы пять телеграм-каналов, распространявших пропаганду ИГ.",
        [E("TAKEDOWN", total=5)],
    ),
    "pages-removed": Case(
        "Администрация соцсети удалила 30 страниц с призывами к терроризму.",
        [E("TAKEDOWN", total=30)],
    ),
    # planned acts in nominal form
    "subject-to-expulsion": Case(
        "Пятеро граждан Узбекистана подлежат выдворению за пределы России.",
        [E("DEPORT", total=5, nats={"UZB"}, modality="planned")],
    ),
    "court-ordered-expulsion": Case(
        "Суд назначил гражданину Киргизии наказание в виде штрафа с последующим выдворением из страны.",
        [E("DEPORT", total=1, nats={"KGZ"}, modality="planned")],
    ),
    # year-less dates take the year of the report (published 2024-03-13)
    "day-and-month": Case(
        "8 марта в Казани задержан гражданин Таджикистана.",
        [E("ARREST", total=1, nats={"TJK"}, date=date(2024, 3, 8), precision="day")],
    ),
    "day-month-last-year": Case(
        "25 декабря в Москве задержаны трое граждан Азербайджана.",
        [E("ARREST", total=3, nats={"AZE"}, date=date(2023, 12, 25), precision="day")],
    ),
}


KNOWN_MISSES = {"court-ordered-expulsion"}


@pytest.mark.parametrize("name", [n for n in BATCH_1 if n not in KNOWN_MISSES])
def test_batch_1(pipeline: Pipeline, name: str) -> None:
    case = BATCH_1[name]
    assert differences(run(pipeline, case), case) == []


@pytest.mark.parametrize("name", sorted(KNOWN_MISSES))
def test_batch_1_known_misses_still_miss(pipeline: Pipeline, name: str) -> None:
    """A known miss that starts to pass moves to the passing set (and the docstring's figure)."""
    case = BATCH_1[name]
    assert differences(run(pipeline, case), case) != []


# Batch 2 (2026-12-03), written after batch 1's rules and run once as it stands: the same classes
# in other words; no rule was changed for it. Its misses stay as expected failures (the honest
# held-out figure is in the module docstring).
BATCH_2: dict[str, Case] = {
    "native-of-khujand": Case(
        "Уроженка Худжанда задержана в аэропорту Внуково при попытке вылететь в Стамбул.",
        [E("ARREST", total=1, nats={"TJK"})],
    ),
    "resident-of-namangan-and-son": Case(
        "Житель Намангана задержан в Бишкеке вместе с сыном.",
        [E("ARREST", total=2, nats={"UZB"})],
    ),
    "counted-objects": Case(
        "Жандармы задержали в Шанлыурфе семерых сирийцев, пытавшихся перейти границу.",
        [E("ARREST", total=7, nats={"SYR"})],
    ),
    "detail-by-participle": Case(
        "В Махачкале задержан вербовщик. Задержанный, житель Ташкента, переправлял людей в Сирию.",
        [E("ARREST", total=1, nats={"UZB"})],
    ),
    "repatriated-home": Case(
        "В четверг 12 граждан Казахстана вернули на родину из лагерей в Сирии.",
        [E("DEPORT", total=12, nats={"KAZ"})],
    ),
    "subject-to-deportation": Case(
        "Трое граждан Таджикистана подлежат депортации.",
        [E("DEPORT", total=3, nats={"TJK"}, modality="planned")],
    ),
    "monthly-tally": Case(
        "За месяц из Турции выдворены около 200 иностранцев, связанных с ИГ.",
        [], aggregates=["DEPORT"],
    ),
    "recent-week": Case(
        "Полиция Анкары задержала двоих граждан Туркменистана.",
        [E("ARREST", total=2, nats={"TKM"}, date=MON, precision="week")],
    ),
}
BATCH_2_MISSES: set[str] = set()


@pytest.mark.parametrize("name", list(BATCH_2))
def test_batch_2_first_pass(pipeline: Pipeline, name: str) -> None:
    case = BATCH_2[name]
    if name in BATCH_2_MISSES:
        pytest.xfail("missed on the first pass; kept as the honest held-out figure")
    assert differences(run(pipeline, case), case) == []


# Written after their rule ("вместе с ним / ней / ними" opening a sentence continues the act just
# told; NEREL has a kidnapping told so), as regression tests: no first-pass figure.
AFTER: dict[str, Case] = {
    "together-with-them": Case(
        "Полиция задержала в Измире двух граждан Туркмении. Вместе с ними полицейские задержали ещё "
        "троих граждан Узбекистана.",
        [E("ARREST", total=5, nats={"TKM", "UZB"})],
    ),
    "together-with-him": Case(
        "В Оше задержан вербовщик ИГ. Вместе с ним задержан его помощник.",
        [E("ARREST", total=2)],
    ),
    "a-named-group-stays-apart": Case(
        "В Стамбуле задержан гражданин России. Вместе с россиянами был задержан гражданин Таджикистана.",
        [E("ARREST", total=1, nats={"RUS"}), E("ARREST", total=1, nats={"TJK"})],
    ),
    # a short passive with its subject dropped is an act on someone named before (NEREL train has
    # such arrests, the arrested named only in an earlier sentence)
    "elided-subject": Case(
        "Бывшего мэра обвиняли во взятках. В 2019 году был задержан в Анкаре.",
        [E("ARREST", date=date(2019, 1, 1), precision="year")],
    ),
}


@pytest.mark.parametrize("name", list(AFTER))
def test_after(pipeline: Pipeline, name: str) -> None:
    case = AFTER[name]
    assert differences(run(pipeline, case), case) == []


# Written after their rules (session 5, on reports-dev2 Russian error classes), as regression
# tests: no first-pass figure. A surname in an oblique case the parser took for the subject is the
# one acted on; the headline's person is the lead's; a person named again keeps the nationality told
# with the name; a cue counts only at the start of a word ("уже" is not in "вооружённом").
AFTER_SESSION_5: dict[str, Case] = {
    "surnames-held": Case(
        "Петрову и 30-летнюю Аминат Гасанову, вернувшихся из Ирака, арестовали в Махачкале в марте.",
        [E("ARREST", total=2)],
    ),
    "headline-person": Case(
        "Жительницу Чечни приговорили к шести годам\n\nЛенинский районный суд Грозного признал Мадину "
        "Исаеву виновной в участии в незаконном вооружённом формировании.",
        [E("CHARGE", total=1, nats={"RUS"}, date=MON, precision="week")],
        title="Жительницу Чечни приговорили к шести годам",
    ),
    "dash-predicate-nationalities": Case(
        "Полиция задержала в Анталье двух молодых людей. Задержанные — 24-летний гражданин Киргизии и "
        "20-летний гражданин Казахстана.",
        [E("ARREST", total=2, nats={"KGZ", "KAZ"})],
    ),
    "together-with-them-later": Case(
        "Полиция задержала в Анталье двух граждан Киргизии. По версии полиции, они собирались перейти границу. "
        "Суд отправил обоих под арест. Их допрашивают. Вместе с ними полицейские задержали ещё двоих граждан "
        "Киргизии.",
        [E("ARREST", total=4, nats={"KGZ"})],
    ),
}


# Batch 3 (session 6): a count spelled out person by person after a dash ("ещё двоих — гражданина X
# и уроженца Y"; NEREL train and dev have the form several times: a count of people, a dash, then
# each one named), and "этих двоих" as the people told last. Written before the
# rules; first pass 1 / 4, now 3 / 4 (docs/generalisation.md).
BATCH_3: dict[str, Case] = {
    "spelled-out-pair": Case(
        "В Измире полиция задержала ещё двоих — гражданина Таджикистана и уроженца Киргизии.",
        [E("ARREST", total=2, nats={"TJK", "KGZ"})],
    ),
    "spelled-out-with-group-nationality": Case(
        "В Анкаре задержаны трое граждан Узбекистана — Алишер Каримов, Бахтиёр Юсупов и Рустам Алиев.",
        [E("ARREST", total=3, nats={"UZB"})],
    ),
    "these-two-after-a-list": Case(
        "В Стамбуле полиция задержала двоих — гражданина Казахстана и гражданина Азербайджана. "
        "Суд решил, что этих двоих депортируют на следующей неделе.",
        [E("ARREST", total=2, nats={"KAZ", "AZE"}), E("DEPORT", total=2, nats={"KAZ", "AZE"}, modality="planned")],
    ),
    "list-and-later-description": Case(
        "Полиция задержала в Анталье двух мужчин. Вместе с ними задержали ещё двоих — гражданина Таджикистана "
        "и уроженца Киргизии. Задержанные первыми — граждане Узбекистана.",
        [E("ARREST", total=4, nats={"TJK", "KGZ", "UZB"})],
    ),
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="the parser reads 'Задержанные первыми' as a modifier"))
        if name == "list-and-later-description" else name
        for name in BATCH_3
    ],
)
def test_batch_3(pipeline: Pipeline, name: str) -> None:
    case = BATCH_3[name]
    assert differences(run(pipeline, case), case) == []


# Written after their rules (session 6), as regression tests: an act dated by a span of years is a
# count over a period, an aggregate (GOLD-FORMAT), not one event; "обвиняется в / по статье" is a
# charge that stands now (NEREL train has 12 of the form "обвиняется в" + an offence), told as news of the report's week; "обвиняют" (someone accuses) is not; "под
# стражей находится" is an arrest known now (as English "is in custody"), "останется" is not news.
AFTER_SESSION_6: dict[str, Case] = {
    "charged-now": Case(
        "Сейчас оба брата обвиняются в финансировании терроризма.",
        [E("CHARGE", total=2, date=MON, precision="week")],
    ),
    "accused-by-someone": Case("Соседи обвиняют его в краже велосипеда.", []),
    # held now, as English "is in custody" (NEREL dev has the construction once)
    "in-custody-now": Case(
        "В Анталье под стражей находится гражданин Таджикистана.",
        [E("ARREST", total=1, nats={"TJK"}, date=MON, precision="week")],
    ),
    "staying-in-custody": Case("Суд постановил, что он останется под стражей до суда.", []),
    "over-years-relative": Case(
        "Среди них есть женщины, которых задерживали в 2012–2016 годах по подозрению в связях с ИГ.",
        [], aggregates=["ARREST"],
    ),
    "over-years-main-clause": Case(
        "В 2014-2016 гг. полиция республики задержала 35 человек по подозрению в вербовке.",
        [], aggregates=["ARREST"],
    ),
}


# Batch 4 (session 7): relative and participial clauses that describe a participant tell another
# act: their date is not the act's ("женщины, которые уехали в Сирию в 2014 году, задержаны в
# понедельник"), and a trip or a ban told in one is who the people are, not news of its own ("людей,
# которым въезд закрыт"; "уехала в Стамбул, откуда отправилась в Сирию" is one trip). The English
# side has the same rules with real-text support (docs/generalisation.md). Written before the rules;
# first pass 3 / 5.
BATCH_4: dict[str, Case] = {
    "trip-year-in-relative-clause": Case(
        "Две женщины, которые уехали в Сирию в 2014 году, были задержаны в Махачкале во вторник.",
        [E("ARREST", total=2, date=TUE)],
    ),
    "return-month-in-participle": Case(
        "Полиция Казани в понедельник задержала мужчину, вернувшегося из Турции в январе.",
        [E("ARREST", total=1, date=MON)],
    ),
    "ban-as-description": Case("Власти опубликовали список иностранцев, для которых въезд в страну закрыт.", []),
    "trip-continued-in-relative-clause": Case(
        "В январе она уехала в Стамбул, откуда отправилась в Сирию.",
        [E("TRAVEL", total=1)],
    ),
    "arrest-in-relative-clause": Case(
        "Полиция назвала имена троих мужчин, которые были задержаны в Казани в понедельник.",
        [E("ARREST", total=3, date=MON)],
    ),
}


# Batch 5 (session 7): an attack told by a noun with its own day is an attack wherever the sentence
# names it ("организатор теракта 14 октября", "через неделю после взрыва 3 марта"; English has the same
# rule, "a blast in Ansbach on 24 July"), and that day is not the day of another act in the
# sentence; an attack named with no day of its own ("дело о теракте") refers back. Written before
# the rules; first pass 2 / 4 (the negatives).
BATCH_5: dict[str, Case] = {
    "attack-under-organiser": Case(
        "Следствие установило, что организатором теракта 14 октября в Стамбуле был выходец из Дагестана.",
        [E("ATTACK", date=date(2023, 10, 14))],
    ),
    "attack-after-which": Case(
        "Через неделю после взрыва 3 марта в Махачкале полиция задержала двоих подозреваемых.",
        [E("ATTACK", date=date(2024, 3, 3)), E("ARREST", total=2, date=MON, precision="week")],
    ),
    "case-about-an-attack": Case("Суд рассмотрит дело о теракте в метро.", []),
    "after-an-attack": Case("После теракта усилены меры безопасности.", []),
}


# Session 8, batch 6: a present-tense act told as a practice (a word of frequency, or done to
# everyone of a kind) is no event, as English "platforms remove such material"; acts with their own
# time, past acts with "все", and a present that announces a removal stay.
BATCH_6: dict[str, Case] = {
    "monthly-removals": Case("Ежемесячно платформа удаляет сотни аккаунтов, связанных с ИГ.", []),
    "as-a-rule-deported": Case("Как правило, таких иностранцев депортируют на родину.", []),
    "everyone-detained": Case("В республике задерживают всех, кто вернулся из Сирии.", []),
    "regularly-detained": Case("Пограничники регулярно задерживают на границе вербовщиков.", []),
    "every-week-blocked": Case("Каждую неделю Роскомнадзор блокирует десятки экстремистских сайтов.", []),
    "past-all-five": Case(
        "В понедельник в Дагестане задержаны все пятеро подозреваемых.",
        [E("ARREST", total=5, date=MON, modality="asserted")],
    ),
    # acts of a kind ("такие атаки", "подобные теракты"), as English "such attacks": no event
    "such-attacks": Case("Эксперты сомневаются, что одиночки способны устроить такие атаки без посторонней помощи.", []),
    "similar-attacks": Case("По словам экспертов, подобные теракты невозможно организовать в одиночку.", []),
    "such-detentions": Case("Такие задержания в регионе проходят почти каждую неделю.", []),
    "present-announces-removal": Case(
        "Как сообщили в МВД, задержанного гражданина Таджикистана депортируют на родину.",
        [E("DEPORT", modality="planned", nats={"TJK"})],
    ),
}


# Session 8, batch 7: an attack noun dated by a named day of its own ("в Рождество", "в пасхальное
# воскресенье"), as English "the Easter Sunday bombings"; a place named in the genitive after a building ("в
# больнице Махачкалы", real text: "в аэропорту Барселоны", "в больнице Сингапура"), never the owner of an
# embassy ("посольство Эквадора в Лондоне").
SUNDAY = date(2024, 3, 10)
BATCH_7: dict[str, Case] = {
    "attack-noun-christmas": Case(
        "Группировка взяла на себя ответственность за взрыв на рынке в Кабуле в Рождество.",
        [E("ATTACK", date=date(2024, 1, 7), country="AFG")],  # the Orthodox Christmas: the language's own calendar
    ),
    "attack-noun-easter-sunday": Case(
        "Боевики заявили, что стоят за нападением на церковь в Лахоре в пасхальное воскресенье.",
        [E("ATTACK", date=date(2023, 4, 9), country="PAK")],  # the last Western Easter before 13 March 2024
    ),
    "hospital-of-a-city": Case(
        "Во вторник в больнице Махачкалы задержали двоих подозреваемых.",
        [E("ARREST", total=2, date=TUE, country="RUS")],
    ),
    "schools-and-hospitals": Case(
        "В воскресенье прогремели взрывы в школах и больницах Алеппо.",
        [E("ATTACK", date=SUNDAY, country="SYR")],
    ),
    # the lead act's country, named no closer than the country, places a later act told with no place
    "story-country": Case(
        "В воскресенье в отелях Шри-Ланки прогремели взрывы. Во вторник полиция задержала гражданина Сирии.",
        [E("ATTACK", date=SUNDAY, country="LKA"), E("ARREST", total=1, nats={"SYR"}, country="LKA", date=TUE)],
    ),
    "embassy-owner": Case(
        "В понедельник его задержали у посольства Эквадора в Лондоне.",
        [E("ARREST", date=MON, country="GBR")],
    ),
}


@pytest.mark.parametrize("name", list(BATCH_7))
def test_batch_7_days_of_attacks_and_places_of_buildings(pipeline: Pipeline, name: str) -> None:
    case = BATCH_7[name]
    assert differences(run(pipeline, case), case) == []


def test_standing_behind_an_act_is_a_claim_beside_the_event(pipeline: Pipeline) -> None:
    """ "объявила, что стоит за нападением": the attack is an event and owning up to it a claim
    (natasha lemmatises "стоит" as "стоить")."""
    case = Case("В среду группировка объявила, что стоит за нападением на церковь в Лахоре в пасхальное воскресенье.", [])
    extraction = run(pipeline, case)
    assert [e.type for e in extraction.events] == ["ATTACK"]
    assert any("стоит за" in c.evidence.text for c in extraction.claims), extraction.claims


@pytest.mark.parametrize("name", list(BATCH_6))
def test_batch_6_practices_are_no_events(pipeline: Pipeline, name: str) -> None:
    case = BATCH_6[name]
    assert differences(run(pipeline, case), case) == []


@pytest.mark.parametrize("name", [*BATCH_4, *BATCH_5])
def test_batches_4_and_5(pipeline: Pipeline, name: str) -> None:
    case = BATCH_4.get(name) or BATCH_5[name]
    assert differences(run(pipeline, case), case) == []


@pytest.mark.parametrize("name", [*AFTER_SESSION_5, *AFTER_SESSION_6])
def test_after_sessions_5_and_6(pipeline: Pipeline, name: str) -> None:
    case = AFTER_SESSION_5.get(name) or AFTER_SESSION_6[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 8 (session 9): a trip told of people the story reports arrested or charged is their
# background, not an act of its own (the English stage's rule, now shared: "the women had left for
# Syria"); in Russian a pronoun, "обе/оба/все", or a plural subject with no number told before its
# verb (the given, not the new) names them. A trip with a number of its own, or told after its verb
# (new people), stays an act. Written before the rule; first pass in docs/generalisation.md
BATCH_8: dict[str, Case] = {
    "pronoun": Case(
        "Во вторник в Махачкале арестованы две жительницы Дагестана. По данным следствия, они выехали в Сирию в 2014 году.",
        [E("ARREST", total=2, nats={"RUS"}, date=TUE, country="RUS")],
    ),
    "plural-given": Case(
        "Во вторник полиция задержала в Казани троих жителей Татарстана. По версии следствия, мужчины уехали в Сирию "
        "в 2015 году и воевали там.",
        [E("ARREST", total=3, nats={"RUS"}, date=TUE, country="RUS")],
    ),
    "both": Case(
        "Во вторник суд в Грозном арестовал двух братьев. Оба уехали в Сирию в 2014 году.",
        [E("ARREST", total=2, date=TUE, country="RUS")],
    ),
    "new-people-counted": Case(
        "Во вторник полиция задержала в Казани троих мужчин. В понедельник в Сирию уехали ещё пять жителей Татарстана.",
        [E("ARREST", total=3, date=TUE, country="RUS"), E("TRAVEL", total=5, nats={"RUS"}, date=MON)],
    ),
}


@pytest.mark.parametrize("name", list(BATCH_8))
def test_batch_8_trips_of_the_arrested_are_their_background(pipeline: Pipeline, name: str) -> None:
    case = BATCH_8[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 9 (session 10): a country after "в" inside a noun phrase is where, not whose ("сторонники
# запрещённой в России организации": Russian media's legal formula, also in NEREL; "россиян,
# воевавших в Сирии"); a nationality said of part of the people ("большинство из них", real text:
# "большинство из них учащиеся", "many of them were …") is not the group's; a count only the
# headline gives is the lead act's (GOLD-FORMAT: sentences that tell more of an act add to it).
# Written before the rules; first pass in docs/generalisation.md
BATCH_9: dict[str, Case] = {
    "banned-formula": Case(
        "В понедельник в Казани задержаны сторонники запрещённой в России организации «Хизб ут-Тахрир».",
        [E("ARREST", nats=set(), country="RUS", date=MON)],
    ),
    "banned-formula-counted": Case(
        "Полиция во вторник задержала в Дербенте троих членов запрещённой в РФ группировки.",
        [E("ARREST", total=3, nats=set(), country="RUS", date=TUE)],
    ),
    "where-they-fought": Case(
        "Во вторник в Стамбуле задержали двух россиян, воевавших в Сирии.",
        [E("ARREST", total=2, nats={"RUS"}, country="TUR", date=TUE)],
    ),
    "most-of-them": Case(
        "Во вторник в Москве задержали пятерых подозреваемых. Задержанные — в основном выходцы из Таджикистана, "
        "большинство из них — выходцы из Хатлонской области.",
        [E("ARREST", total=5, nats=set(), country="RUS", date=TUE)],
    ),
    "headline-count": Case(
        "В Казани задержаны 12 сторонников ИГ\n\nВо вторник сотрудники ФСБ задержали в Казани группу сторонников "
        "запрещённого «Исламского государства».",
        [E("ARREST", total=12, country="RUS", date=TUE)],
    ),
    "headline-of-another-act": Case(
        "В Казани осуждены 12 сторонников ИГ\n\nВо вторник полиция задержала в Казани группу сторонников "
        "«Исламского государства».",
        [E("ARREST", total=None, country="RUS", date=TUE)],
    ),
}


@pytest.mark.parametrize("name", list(BATCH_9))
def test_batch_9_places_parts_and_headline_counts(pipeline: Pipeline, name: str) -> None:
    case = BATCH_9[name]
    assert differences(run(pipeline, case), case) == []


# Session 11 (coref.py is shared): an act told again with the same day, place and count, and no word
# that sets it apart ("также", "ещё", "другой"), is the same happening; with such a word, another act.
RETOLD: dict[str, Case] = {
    "retold-same-day": Case(
        "Во вторник в Казани полиция задержала пятерых граждан Таджикистана. Как сообщили в МВД, во вторник в "
        "Казани полицейские задержали пятерых граждан Таджикистана на рынке.",
        [E("ARREST", total=5, nats={"TJK"}, country="RUS", date=TUE)],
    ),
    "also-same-day": Case(
        "Во вторник в Казани полиция задержала пятерых граждан Таджикистана. Во вторник в Казани полицейские "
        "также задержали троих граждан Узбекистана.",
        [E("ARREST", total=5, nats={"TJK"}, country="RUS", date=TUE), E("ARREST", total=3, nats={"UZB"}, country="RUS", date=TUE)],
    ),
}


@pytest.mark.parametrize("name", list(RETOLD))
def test_an_act_retold_with_its_day_ru(pipeline: Pipeline, name: str) -> None:
    case = RETOLD[name]
    assert differences(run(pipeline, case), case) == []


# Session 15, from an error class of reports-dev2 (repatriation flights, fetched home from a war): a
# state that brings its people back from abroad ("вернул из Ирака", "спецрейсом доставлены", "самолёт
# … доставил в Грозный") removes them, placed at home, and people of no told nationality are its own;
# "доставили в больницу" and "вернула владельцу автомобиль" are no removal. First pass 2 / 6 (the two
# with no event).
REPATRIATED: dict[str, Case] = {
    "returned-from-iraq": Case(
        "Таджикистан во вторник вернул из Ирака 43 ребёнка.",
        [E("DEPORT", total=43, nats={"TJK"}, country="TJK", date=TUE)],
    ),
    "delivered-by-special-flight": Case(
        "Во вторник в Бишкек специальным рейсом доставлены 79 граждан Киргизии.",
        [E("DEPORT", total=79, nats={"KGZ"}, country="KGZ", date=TUE)],
    ),
    "a-plane-delivered": Case(
        "Во вторник самолёт из Эрбиля доставил в Грозный пять женщин и девять детей.",
        [E("DEPORT", total=14, country="RUS", date=TUE)],
    ),
    "taken-home": Case(
        "Во вторник Казахстан вывез из Сирии 30 своих граждан.",
        [E("DEPORT", total=30, nats={"KAZ"}, country="KAZ", date=TUE)],
    ),
    "to-hospital": Case("Во вторник раненых доставили в больницу.", []),
    "a-car-returned": Case("Во вторник полиция вернула владельцу похищенный автомобиль.", []),
}


@pytest.mark.parametrize("name", list(REPATRIATED))
def test_repatriated_ru(pipeline: Pipeline, name: str) -> None:
    case = REPATRIATED[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 11 (session 16): arrests told as English ones were in batches 132-136 of test_generalise_en.py
# (a counted arrest noun, people named by trade or age, a round number, coordinated verbs, a surname
# alone), in Russian sentences of our own. First pass 5 / 6: "провели три задержания" had no count (an
# arrest is one person's, so the noun's count is the number held: russian._counted_arrests).
ARRESTS_TOLD: dict[str, Case] = {
    "three-arrests-made": Case(
        "Сотрудники ФСБ во вторник провели три задержания в Уфе.",
        [E("ARREST", total=3, country="RUS", date=TUE)],
    ),
    "trades": Case(
        "Во вторник в Казани полиция задержала фармацевта и студента.",
        [E("ARREST", total=2, country="RUS", date=TUE)],
    ),
    "a-minor": Case(
        "Во вторник в Грозном силовики задержали несовершеннолетнего.",
        [E("ARREST", total=1, country="RUS", date=TUE)],
    ),
    "dozens": Case(
        "Во вторник в Махачкале были задержаны десятки человек.",
        [E("ARREST", country="RUS", date=TUE)],
    ),
    "detained-and-arrested": Case(
        "Полиция во вторник задержала и арестовала двух мужчин в Москве.",
        [E("ARREST", total=2, country="RUS", date=TUE)],
    ),
    "a-surname": Case(
        "Во вторник в Самаре был задержан Сидоренко.",
        [E("ARREST", total=1, country="RUS", date=TUE)],
    ),
}


@pytest.mark.parametrize("name", list(ARRESTS_TOLD))
def test_arrests_told_ru(pipeline: Pipeline, name: str) -> None:
    case = ARRESTS_TOLD[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 12 (session 16): two passive subjects, one of them the people. NEREL train has "поступили
# документы …, в связи с чем … <фамилия> был задержан", which natasha parses with both nouns as
# the passive subjects of "задержан"; the first (the documents) was taken for those held, and no
# arrest came out. Sentences of our own, first pass 1 / 2: among several passive subjects, as among
# several objects, the people are the one held.
TWO_SUBJECTS: dict[str, Case] = {
    "documents-and-a-name": Case(
        "3 марта 2020 года поступили бумаги из Франции, требовавшей его выдачи, в связи с чем 5 марта 2020 года "
        "Кравчук был задержан при выходе из здания суда в Вене.",
        [E("ARREST", total=1, country="AUT", date=date(2020, 3, 5))],
    ),
    "one-subject": Case(
        "Во вторник в Вене был задержан Кравчук.",
        [E("ARREST", total=1, country="AUT", date=TUE)],
    ),
}


@pytest.mark.parametrize("name", list(TWO_SUBJECTS))
def test_two_passive_subjects_ru(pipeline: Pipeline, name: str) -> None:
    case = TWO_SUBJECTS[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 13 (session 16): murder, attempts, kidnapping and arson as acts, as the English lexicon has
# them (murder, assassination, kidnapping, arson). NEREL train tells "Покушение … произошло утром в
# понедельник, 28 апреля", "Убийство произошло в день, когда …" and the Russian lexicon had none of
# these nouns. Sentences of our own, first pass 1 / 4 (the one with no act): убийство, покушение,
# похищение / похитить, поджог / поджечь, резня, зарезать join data/ontology.json; a murder named in a
# charge with no day of its own stays no act. NEREL train sample (300 texts): 93 → 97 of 184 acts found.
MURDERS: dict[str, Case] = {
    "an-attempt-happened": Case(
        "Покушение на мэра города произошло во вторник утром, когда он выходил из дома.",
        [E("ATTACK", date=TUE)],
    ),
    "a-murder-happened": Case(
        "Убийство произошло во вторник в центре Приштины.",
        [E("ATTACK", date=TUE, country="XKX")],
    ),
    "kidnapped": Case(
        "Во вторник боевики похитили двух инженеров в Кидале.",
        [E("ATTACK", date=TUE, country="MLI")],
    ),
    "a-charge-of-murder": Case("Его обвиняют в убийстве.", []),
}


@pytest.mark.parametrize("name", list(MURDERS))
def test_murders_and_attempts_ru(pipeline: Pipeline, name: str) -> None:
    case = MURDERS[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 14 (session 17): a killing told in a headline and again in the body, and the dead counted one
# by one. NEREL train has whole stories that came out with no event: a headline ("Убит муфтий …") took
# the body's "был убит …" and "был застрелен …" as casualties of its own act, and then was dropped as
# a headline; and a single person killed ("убит председатель", "погиб полицейский") was no count.
# Sentences of our own, first pass 2 / 5 (the counted and the pronoun): a headline's act takes nothing
# from the body (RussianExtractor._casualty_duplicate), a later sentence that only adds casualties is
# kept as the act's further evidence, and the victims of a killing told one by one count one each
# (RussianExtractor._people_one_by_one). NEREL train sample (300 texts): 106 → 118 of 230 acts found.
HEADLINE_KILLINGS: dict[str, Case] = {
    "headline-and-body": Case(
        "Убит глава сельской администрации\n\nВ Буйнакске вечером во вторник был убит глава сельской "
        "администрации. Он был застрелен двумя неизвестными у своего дома.",
        [E("ATTACK", killed=1, country="RUS", admin1="Dagestan", date=TUE)],
    ),
    "one-officer": Case("Во вторник в Назрани боевики убили полицейского.", [E("ATTACK", killed=1, date=TUE)]),
    "two-named-one-by-one": Case(
        "Во вторник имам мечети и его помощник были застрелены на улице в Хасавюрте.", [E("ATTACK", killed=2, date=TUE)]
    ),
    "counted": Case("Во вторник в Назрани убиты двое полицейских.", [E("ATTACK", killed=2, date=TUE)]),
    "them": Case("Их убили во вторник в Назрани.", [E("ATTACK", killed=None, date=TUE)]),
}


@pytest.mark.parametrize("name", list(HEADLINE_KILLINGS))
def test_killings_told_in_a_headline_and_counted_ru(pipeline: Pipeline, name: str) -> None:
    case = HEADLINE_KILLINGS[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 15 (session 17): one person arrested, told twice by name. NEREL train tells an arrest in a
# sentence and again in the next by the person's surname in another case ("… арестован в Нью-Йорке.
# 62-летнего <фамилия> арестовали в салоне самолёта"), and the two came out as two arrests. Sentences
# of our own, first pass 1 / 2 (two people apart): a person named in an act of the type a sentence or
# two before, case endings aside, points back to it (RussianExtractor: _person_told_again), and the
# shared coref.continues joins the two when nothing they state conflicts.
NAMED_TWICE: dict[str, Case] = {
    "one-person-twice": Case(
        "Во вторник в Вене задержан Иван Кравчук. 35-летнего Кравчука задержали в аэропорту, когда он "
        "проходил паспортный контроль.",
        [E("ARREST", total=1, country="AUT", date=TUE)],
    ),
    "two-people": Case(
        "Во вторник в Вене задержан Иван Кравчук. В тот же день в Граце задержан Пётр Сидоренко.",
        [E("ARREST", total=1, country="AUT", date=TUE), E("ARREST", total=1, country="AUT")],
    ),
}


@pytest.mark.parametrize("name", list(NAMED_TWICE))
def test_one_person_told_twice_by_name_ru(pipeline: Pipeline, name: str) -> None:
    case = NAMED_TWICE[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 16 (session 17): an explosive device thrown or set off. NEREL train tells a Kyiv blast as
# "неизвестные бросили взрывное устройство" and "в автомобиле сработало взрывное устройство"; the
# Russian lexicon had grenades and Molotov cocktails thrown, not a device, a bomb or explosives, and
# no device that "went off". Sentences of our own, first pass 2 / 4 (the ball and the alarm): these
# join the compound triggers of data/russian_cues.json.
DEVICES: dict[str, Case] = {
    "device-thrown": Case("Во вторник неизвестные бросили взрывное устройство во двор отдела полиции в Назрани.",
                          [E("ATTACK", date=TUE, country="RUS", admin1="Ingushetia")]),
    "device-went-off": Case("Во вторник в Махачкале сработало самодельное взрывное устройство.",
                            [E("ATTACK", date=TUE, country="RUS", admin1="Dagestan")]),
    "a-ball": Case("Мальчик бросил мяч в окно.", []),
    "an-alarm": Case("Сигнализация сработала в 3 часа ночи.", []),
}


@pytest.mark.parametrize("name", list(DEVICES))
def test_explosive_devices_thrown_or_set_off_ru(pipeline: Pipeline, name: str) -> None:
    case = DEVICES[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 17 (session 18): the wounded told as "получили травмы". NEREL train tells the wounded of
# blasts and crashes as "получили ранения" (24 times) and "получили травмы" (6); the lexicon had the
# first only. Sentences of our own, first pass 1 / 3 (the athlete's injury, no act): "травма" joins
# the wounded words of data/russian_cues.json, counted as "ранение" is (the subject of "получить").
INJURIES: dict[str, Case] = {
    "five-injured": Case("В понедельник пять человек получили травмы в результате взрыва на рынке в Махачкале.",
                         [E("ATTACK", date=MON, wounded=5, country="RUS", admin1="Dagestan")]),
    "two-dead-six-injured": Case("В понедельник в результате взрыва погибли два человека, еще шестеро получили травмы.",
                                 [E("ATTACK", date=MON, killed=2, wounded=6)]),
    "an-athlete": Case("Спортсмен получил травму колена на тренировке.", []),
}


@pytest.mark.parametrize("name", list(INJURIES))
def test_the_injured_told_by_their_injuries_ru(pipeline: Pipeline, name: str) -> None:
    case = INJURIES[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 18 (session 22): news lines of six kinds (supporters of a banned group held in Kazan, a local
# man jailed in Makhachkala, "17 граждан республики" deported by Turkey to Tajikistan, a checkpoint
# attacked in Kabardino-Balkaria, 15 Telegram channels blocked, the held who "планировали выехать в
# Сирию"): 5 of 6 right when first run. Wrong: "граждан республики" gave no nationality (the republic
# unnamed in its phrase is the one named just before it, GOLD-FORMAT's "гражданин республики"); and
# "вернули на родину 50 граждан республики из Сирии" made them Syrians (a war zone they were brought
# back from is where they were; the citizenship a citizen noun names wins over a country its phrase
# holds).
NEWS_LINES: dict[str, Case] = {
    "kazan-supporters": Case("В понедельник в Казани сотрудники ФСБ задержали троих сторонников запрещённой "
                             "организации «Хизб ут-Тахрир».",
                             [E("ARREST", date=MON, total=3, country="RUS", admin1="Tatarstan")]),
    "local-man-jailed": Case("Суд в Махачкале приговорил 25-летнего местного жителя к 12 годам колонии за участие в "
                             "деятельности ИГ.", [E("CHARGE", total=1, nats={"RUS"}, country="RUS", admin1="Dagestan")]),
    "citizens-of-the-republic": Case("Турция депортировала в Таджикистан 17 граждан республики, подозреваемых в связях "
                                     "с боевиками.", [E("DEPORT", total=17, nats={"TJK"}, country="TUR")]),
    "checkpoint-attacked": Case("Во вторник боевики напали на блокпост в Кабардино-Балкарии, ранив двух полицейских.",
                                [E("ATTACK", date=TUE, wounded=2, country="RUS", admin1="Kabardino-Balkaria")]),
    "channels-blocked": Case("Роскомнадзор заблокировал 15 телеграм-каналов, распространявших экстремистские материалы.",
                             [E("TAKEDOWN", total=15, country="RUS")]),
    "a-plan-to-leave": Case("Задержанные, по данным следствия, планировали выехать в Сирию.", []),
    "brought-back-from-syria": Case("Власти Узбекистана вернули на родину 50 граждан республики из Сирии.",
                                    [E("DEPORT", total=50, nats={"UZB"}, country="UZB")]),
}


@pytest.mark.parametrize("name", list(NEWS_LINES))
def test_news_lines_of_six_kinds_ru(pipeline: Pipeline, name: str) -> None:
    case = NEWS_LINES[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 19 (session 23): a short report and news lines (12 foreigners held in Istanbul, "Среди
# задержанных — восемь граждан Ирака и четыре гражданина Сирии", "Все они будут депортированы"; a
# Russian who fought in Syria kept out of Kazakhstan; two locals held in Ufa; a woman of Dagestan gone
# to Syria with three children; a blast in Kabul; a footballer's foul): 5 of 6 right when first run.
# Wrong: the list under "Среди задержанных" gave the act no nationalities (a sentence opening on
# "среди" with the act's participle or "них" lists the people of the act just told, russian._among_them,
# and the act that points back to them, "Все они", takes them too).
RU_REPORT_AND_LINES: dict[str, Case] = {
    "among-the-held": Case("В понедельник полиция Стамбула задержала 12 иностранцев, подозреваемых в связях с ИГ. "
                           "Среди задержанных — восемь граждан Ирака и четыре гражданина Сирии. Все они будут депортированы.",
                           [E("ARREST", date=MON, total=12, nats={"IRQ", "SYR"}, country="TUR"),
                            E("DEPORT", modality="planned", total=12, nats={"IRQ", "SYR"})]),
    "kept-out": Case("Пограничники Казахстана не пустили в страну гражданина России, который ранее воевал в Сирии.",
                     [E("ENTRY_BAN", total=1, nats={"RUS"}, country="KAZ")]),
    "two-locals-in-ufa": Case("Во вторник в Уфе задержаны двое местных жителей, подозреваемых в вербовке в запрещённую "
                              "организацию.", [E("ARREST", date=TUE, total=2, nats={"RUS"}, country="RUS", admin1="Bashkortostan")]),
    "mother-and-children": Case("Жительница Дагестана вместе с тремя детьми выехала в Сирию в 2015 году.",
                                [E("TRAVEL", total=4, nats={"RUS"}, date=date(2015, 1, 1), precision="year")]),
    "kabul-blast": Case("В Кабуле в результате взрыва у здания министерства погибли по меньшей мере 10 человек.",
                        [E("ATTACK", country="AFG")]),
    "a-foul": Case("Футболист «Зенита» получил красную карточку за удар соперника.", []),
    # written after its rule: "Среди них" and a list of citizens by country
    "among-them": Case("В понедельник в Москве задержали пятерых мигрантов. Среди них три гражданина Узбекистана и два "
                       "гражданина Таджикистана.", [E("ARREST", date=MON, total=5, nats={"UZB", "TJK"}, country="RUS")]),
}


@pytest.mark.parametrize("name", list(RU_REPORT_AND_LINES))
def test_a_short_report_and_news_lines_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_REPORT_AND_LINES[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 20 (session 24): a court report and news lines (two Kyrgyz citizens sentenced, who "выехали
# в Сирию …, а в прошлом году были задержаны в Турции и выданы Кыргызстану"; three held in Kazan; a
# count of foreigners expelled since the start of the year; a checkpoint fired on in Ingushetia; 25
# women and children brought back from Syria): 3 of 6 events right when first run, the count right.
# Wrong: the arrest and the extradition counted no one (natasha made the second predicate a root of its
# own: a subjectless short passive takes the subject of the root before it, russian._split_clause_subject;
# and "мужчины", a plural subject with no number told before its verb, means the people told before,
# russian._given_plural); "25 женщин и детей" counted none (a number before a list of plurals with
# none of their own counts them all).
RU_COURT_REPORT_AND_LINES: dict[str, Case] = {
    "sentenced-held-extradited": Case(
        "Суд в Бишкеке приговорил двух граждан Кыргызстана к восьми годам лишения свободы за участие в боевых "
        "действиях в Сирии. Как сообщила пресс-служба суда, мужчины выехали в Сирию в 2014 году, а в прошлом году "
        "были задержаны в Турции и выданы Кыргызстану.",
        [E("CHARGE", total=2, nats={"KGZ"}, country="KGZ"),
         E("ARREST", total=2, nats={"KGZ"}, date=date(2023, 1, 1), precision="year", country="TUR"),
         E("DEPORT", total=2, nats={"KGZ"}, date=date(2023, 1, 1), precision="year")]),
    "kazan-three": Case("Во вторник сотрудники ФСБ задержали в Казани троих сторонников запрещённой организации "
                        "«Хизб ут-Тахрир». У них изъята экстремистская литература.",
                        [E("ARREST", date=TUE, total=3, country="RUS", admin1="Tatarstan")]),
    "expelled-since-january": Case("МВД Таджикистана сообщило, что с начала года из страны выдворены более 200 иностранцев.",
                                   [], aggregates=["DEPORT"]),
    "checkpoint-fired-on": Case("В ночь на понедельник неизвестные обстреляли блокпост полиции в Ингушетии, ранен "
                                "один полицейский.", [E("ATTACK", wounded=1, country="RUS", admin1="Ingushetia")]),
    "women-and-children": Case("Власти Узбекистана вернули из Сирии 25 женщин и детей, сообщил в среду МИД республики.",
                               [E("DEPORT", total=25, nats={"UZB"})]),
    # written after the rules
    "given-men-deported": Case("Во вторник полиция задержала трёх граждан Узбекистана. Мужчины будут выдворены из страны.",
                               [E("ARREST", date=TUE, total=3, nats={"UZB"}), E("DEPORT", total=3, nats={"UZB"}, modality="planned")]),
    "thirty-and-seventy": Case("Из Сирии вернули 30 женщин и 70 детей.", [E("DEPORT", total=100)]),
}


@pytest.mark.parametrize("name", list(RU_COURT_REPORT_AND_LINES))
def test_a_court_report_and_news_lines_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_COURT_REPORT_AND_LINES[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 21 (session 24): news lines (two local men held in Dagestan and "Задержанным предъявлено
# обвинение"; 14 Uzbeks held by Turkish border guards "на прошлой неделе", "Все они депортированы"; a
# native of Chechnya arrested in absentia; videos added to the list of extremist materials, not
# checked: a ban of materials, no takedown of ours): 3 of 4 events right when first run. Wrong: the
# charge counted no one (a participle used as a noun, which natasha tags NOUN with the verb's
# infinitive as its lemma, points back as "задержанных" does: russian._participle_as_noun; the locals
# it points back to are the place's people).
RU_NEWS_LINES_21: dict[str, Case] = {
    "locals-held-and-charged": Case(
        "В Дагестане сотрудники полиции задержали двух местных жителей, которые, по данным следствия, планировали "
        "теракт в Махачкале. Задержанным предъявлено обвинение в приготовлении к теракту.",
        [E("ARREST", total=2, nats={"RUS"}, country="RUS", admin1="Dagestan"),
         E("CHARGE", total=2, nats={"RUS"}, country="RUS")]),
    "border-then-home": Case(
        "Турецкие пограничники на прошлой неделе задержали 14 граждан Узбекистана при попытке незаконно пересечь "
        "границу с Сирией. Все они депортированы на родину.",
        [E("ARREST", total=14, nats={"UZB"}, country="TUR", precision="week"),
         E("DEPORT", total=14, nats={"UZB"})]),
    "in-absentia": Case("В среду в Москве суд заочно арестовал уроженца Чечни, воюющего на стороне ИГ в Сирии.",
                        [E("ARREST", total=1, nats={"RUS"}, modality="planned", country="RUS")]),
}


@pytest.mark.parametrize("name", list(RU_NEWS_LINES_21))
def test_news_lines_21_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_NEWS_LINES_21[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 22 (session 25): two reports (three men held in Novosibirsk, "Двое из них — граждане
# Таджикистана, третий — гражданин Узбекистана", then "Всем троим предъявлено обвинение", and a count
# "С начала года"; two natives of Dagestan deported by Turkey on Friday, "По прибытии в Махачкалу оба
# были задержаны", and a channel's denial "В Telegram-канале «…» утверждается, что …"): 2 of 5 events
# right when first run, the channel's claim not found. Wrong: the group told in parts took no
# nationality (extract/ru_parts.py; "всем троим" points back as "все" does), the arrest on arrival
# had the report's week and Turkey (it has the removal's day and the place arrived at:
# RussianExtractor._on_arrival, as the English front end's `_arrival_day`), and "утверждается" was no
# saying (NEREL: "В этой публикации утверждается, что …", "В Указе отмечается, что …", "Как
# указывается в документе"); a "Telegram-канал" speaks as a channel.
RU_REPORTS_22: dict[str, Case] = {
    "parts-told-then-charged": Case(
        ('В Новосибирске задержаны трое выходцев из Средней Азии\n'
        '\n'
        'Сотрудники ФСБ во вторник задержали в Новосибирске троих мужчин, подозреваемых в подготовке теракта в местной синагоге. Двое из них — граждане Таджикистана, третий — гражданин Узбекистана.\n'
        '\n'
        'По данным ведомства, задержанные получали инструкции от куратора ИГ через Telegram. Всем троим предъявлено обвинение в приготовлении к теракту.\n'
        '\n'
        'С начала года в регионе задержаны 17 сторонников запрещённых организаций.\n'),
        [E("ARREST", total=3, nats={"TJK", "UZB"}, date=TUE, country="RUS"),
         E("CHARGE", total=3, nats={"TJK", "UZB"}, precision="week", country="RUS")],
        aggregates=["ARREST"]),
    "held-on-arrival": Case(
        ('Турция выслала в Россию двух уроженцев Дагестана\n'
        '\n'
        'В пятницу турецкие власти депортировали в Россию двух уроженцев Дагестана, которых подозревают в участии в боевых действиях в Сирии на стороне ИГ. По прибытии в Махачкалу оба были задержаны.\n'
        '\n'
        'В Telegram-канале «Вестник Кавказа» утверждается, что мужчины никогда не были в Сирии и работали в Стамбуле строителями.\n'),
        [E("DEPORT", total=2, nats={"RUS"}, date=date(2024, 3, 8), country="TUR"),
         E("ARREST", total=2, nats={"RUS"}, date=date(2024, 3, 8), country="RUS", admin1="Dagestan")]),
}


@pytest.mark.parametrize("name", list(RU_REPORTS_22))
def test_reports_22_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_REPORTS_22[name]
    assert differences(run(pipeline, case), case) == []


def test_a_channel_s_impersonal_statement_is_its_claim(pipeline: Pipeline) -> None:
    claims = run(pipeline, RU_REPORTS_22["held-on-arrival"]).claims
    assert [(c.speaker.text, c.speaker.kind, c.stance) for c in claims] == [("Вестник Кавказа", "channel", "deny")]


# -- batch 23 (session 25): news lines of six kinds (11 foreigners held in Istanbul "Среди них — семь
# граждан Таджикистана"; two residents of Buynaksk sentenced in Makhachkala; 25 Tajiks deported from
# Turkey; two fighters killed resisting arrest in Ingushetia; 40 sites blocked by Roskomnadzor; a
# year's convictions "с начала года"): 6 of 6 right when first run.
RU_NEWS_LINES_23: dict[str, Case] = {
    "among-them-part": Case('В Стамбуле полиция задержала 11 иностранцев, подозреваемых в связях с ИГ. Среди них — семь граждан Таджикистана.',
                 [E("ARREST", total=11, nats={"TJK"}, country="TUR", admin1="Istanbul")]),
    "residents-sentenced": Case('Суд в Махачкале приговорил двух жителей Буйнакска к 15 годам колонии за участие в боевых действиях в Сирии.',
                 [E("CHARGE", total=2, nats={"RUS"}, country="RUS", admin1="Dagestan")]),
    "deported-to-dushanbe": Case('Из Турции в Душанбе депортированы 25 граждан Таджикистана.',
                 [E("DEPORT", total=25, nats={"TJK"}, country="TUR")]),
    "killed-resisting": Case('В понедельник в Ингушетии силовики ликвидировали двух боевиков, оказавших вооружённое сопротивление при задержании.',
                 [E("ATTACK", killed=2, date=MON, country="RUS", admin1="Ingushetia")]),
    "sites-blocked": Case('Роскомнадзор заблокировал 40 сайтов с пропагандой терроризма.',
                 [E("TAKEDOWN", total=40, country="RUS")]),
    "year-convictions": Case('Генпрокуратура Казахстана сообщила, что с начала года за экстремизм осуждены 37 человек.',
                 [], aggregates=["CHARGE"]),
}


@pytest.mark.parametrize("name", list(RU_NEWS_LINES_23))
def test_news_lines_23_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_NEWS_LINES_23[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 24 (session 26): five short reports (three Uzbeks held "в аэропорту Домодедово", "все трое
# воевали в Сирии"; a local man sentenced in Almaty, held the November before; 12 Tajiks deported from
# Turkey, held in Gaziantep; a channel's denial and the arrest of its administrators; three fighters
# killed and a policeman wounded): 7 of 8 findings right when first run, one event too many. Wrong:
# the airport NER took for its company placed nothing (an airport or station named in apposition
# after the noun that says so is a place where the gazetteer knows it: ru_places.RuPlaces._station;
# NEREL has "в аэропорту Шереметьево", "аэропорт Сукарно"), and "все трое воевали в Сирии" after
# their arrest was a trip of its own (people told back by "все" and their number are given:
# russian._trip_of_the_arrested, as in English).
RU_REPORTS_24: dict[str, Case] = {
    "airport-named-after": Case('В аэропорту Домодедово задержаны трое граждан Узбекистана, прибывших из Стамбула. По данным ФСБ, все трое воевали в Сирии на стороне ИГ. Их доставили в Москву для допроса.',
                 [E("ARREST", total=3, nats={"UZB"}, country="RUS")]),
    "sentenced-held-before": Case('Суд в Алма-Ате в четверг приговорил 28-летнего местного жителя к семи годам лишения свободы за попытку выехать в Сирию. Его задержали в аэропорту в ноябре прошлого года.',
                 [E("CHARGE", total=1, nats={"KAZ"}, date=date(2024, 3, 7), country="KAZ"),
                  E("ARREST", total=1, nats={"KAZ"}, date=date(2023, 11, 1), precision="month", country="KAZ")]),
    "deported-held-at-border": Case('Власти Турции депортировали в Душанбе 12 граждан Таджикистана, среди них четыре женщины и пятеро детей. Их задержали в Газиантепе при попытке незаконно пересечь границу с Сирией.',
                 [E("DEPORT", total=12, nats={"TJK"}, country="TUR"), E("ARREST", total=12, nats={"TJK"}, country="TUR", admin1="Gaziantep")]),
    "channel-denies": Case('Telegram-канал «Вестник джихада» заявил, что его администраторы не имеют отношения к нападению. Ранее МВД Таджикистана сообщило о задержании двух граждан Таджикистана, администрировавших канал.',
                 [E("ARREST", total=2, nats={"TJK"}, country="TJK")]),
    "killed-and-wounded": Case('В Ингушетии в ходе спецоперации в среду уничтожены трое боевиков, ранен один сотрудник полиции.',
                 [E("ATTACK", killed=3, wounded=1, date=date(2024, 3, 13), country="RUS", admin1="Ingushetia")]),
}


@pytest.mark.parametrize("name", list(RU_REPORTS_24))
def test_reports_24_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_REPORTS_24[name]
    assert differences(run(pipeline, case), case) == []


def test_a_channels_denial_is_its_claim_ru(pipeline: Pipeline) -> None:
    claims = run(pipeline, RU_REPORTS_24["channel-denies"]).claims
    assert [(c.speaker.text, c.speaker.kind, c.stance) for c in claims] == [("Вестник джихада", "channel", "deny")]


# -- batch 25 (session 27): six short reports (three local men held in Makhachkala, weapons seized and
# a case opened; 15 migrants from Central Asia expelled from St Petersburg and barred; a police car
# shot at in Kabardino-Balkaria, two dead and one wounded; more than 40 held in Tajikistan "since the
# start of the year" and five more on Tuesday; two residents of Osh who went to Syria, came home "и
# были задержаны ГКНБ"; an Uzbek sentenced in Kazakhstan who had fought in Syria): 7 of 8 findings
# right when first run. Wrong: the returnees' arrest was lost, as natasha made the agency, an
# instrumental, the passive's subject (an instrumental is the agent: russian._patient), and the
# statistic kept no figure for "более 40" (the figure a statistic states is read in both languages:
# draft.stated_figure).
RU_REPORTS_25: dict[str, Case] = {
    "local-men-held": Case('В Махачкале сотрудники ФСБ задержали троих местных жителей, подозреваемых в подготовке теракта. У задержанных изъяты самодельное взрывное устройство и оружие. Возбуждено уголовное дело.',
                 [E("ARREST", total=3, nats={"RUS"}, country="RUS", admin1="Dagestan", date=MON, precision="week")]),
    "migrants-expelled": Case('Из Санкт-Петербурга выдворены 15 мигрантов из Центральной Азии, нарушивших миграционное законодательство. Им запрещён въезд в Россию на пять лет.',
                 [E("DEPORT", total=15, nats=set(), country="RUS", admin1="Saint Petersburg"), E("ENTRY_BAN", total=15, nats=set(), country="RUS")]),
    "police-car-shot-at": Case('В пятницу вечером в Кабардино-Балкарии неизвестные обстреляли автомобиль полиции. Погибли двое полицейских, ещё один ранен. Нападавшие скрылись.',
                 [E("ATTACK", killed=2, wounded=1, date=date(2024, 3, 8), country="RUS", admin1="Kabardino-Balkaria")]),
    "year-and-five-more": Case('С начала года в Таджикистане задержаны более 40 членов запрещённых организаций, сообщил генпрокурор. Во вторник в Худжанде задержаны ещё пятеро.',
                 [E("ARREST", total=5, date=TUE, country="TJK")], aggregates=["ARREST"]),
    "returnees-held": Case('Двое жителей Оша, выехавших в Сирию в 2015 году, вернулись на родину и были задержаны ГКНБ Кыргызстана.',
                 [E("ARREST", total=2, nats={"KGZ"}, country="KGZ")]),
    "sentenced-fought-before": Case('Верховный суд Казахстана приговорил 32-летнего гражданина Узбекистана к девяти годам заключения за участие в террористической организации. По данным следствия, в 2016–2018 годах он воевал в Сирии.',
                 [E("CHARGE", total=1, nats={"UZB"}, country="KAZ")]),
}


@pytest.mark.parametrize("name", list(RU_REPORTS_25))
def test_reports_25_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_REPORTS_25[name]
    assert differences(run(pipeline, case), case) == []


def test_a_statistic_keeps_the_figure_it_states_ru(pipeline: Pipeline) -> None:
    (aggregate,) = run(pipeline, RU_REPORTS_25["year-and-five-more"]).aggregates
    assert aggregate.total == 40


# -- batch 26 (session 27): news lines of six kinds (three fighters killed in Nalchik, a post with an
# emoji and a hashtag; a commander sentenced in absentia; 23 foreigners held in Hatay, "Среди них — 12
# граждан Узбекистана"; a "Telegram-канал" blocked; 112 criminal cases "за год"; 25 children brought
# home from Syria): 4 of 6 findings right when first run. Wrong: the channel written half in Latin
# letters was no thing blocked (natasha made it a second subject after the verb, which is its object:
# ru_syntax.misread_object; "telegram-канал" is a channel: russian._object_word, and natasha gives it
# no number, its ending does). Left: a year's count of criminal cases opened is no statistic of
# charges (strict xfail).
RU_NEWS_LINES_26: dict[str, Case] = {
    "fighters-killed-post": Case('⚡️ В Нальчике силовики ликвидировали троих боевиков, готовивших теракт. Среди сотрудников ФСБ пострадавших нет. #КБР',
                 [E("ATTACK", killed=3, country="RUS", admin1="Kabardino-Balkaria")]),
    "sentenced-in-absentia": Case('Суд в Душанбе заочно приговорил к 15 годам лишения свободы бывшего командира ОМОНа, воюющего на стороне ИГ.',
                 [E("CHARGE", total=1, country="TJK")]),
    "held-in-hatay": Case('Турецкие пограничники задержали в провинции Хатай 23 иностранца, пытавшихся незаконно перейти границу с Сирией. Среди них — 12 граждан Узбекистана.',
                 [E("ARREST", total=23, nats={"UZB"}, country="TUR", admin1="Hatay")]),
    "channel-blocked": Case('Роскомнадзор по требованию Генпрокуратуры заблокировал Telegram-канал, распространявший инструкции по изготовлению взрывчатки.',
                 [E("TAKEDOWN", total=1, country="RUS")]),
    "children-home": Case('Из Сирии на родину вернули 25 детей граждан Казахстана, сообщил МИД республики в четверг.',
                 [E("DEPORT", total=25, nats={"KAZ"})]),
}


@pytest.mark.parametrize("name", list(RU_NEWS_LINES_26))
def test_news_lines_26_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_NEWS_LINES_26[name]
    assert differences(run(pipeline, case), case) == []


@pytest.mark.xfail(reason="a year's count of criminal cases opened is no statistic of charges", strict=True)
def test_a_year_of_cases_opened_is_a_statistic_ru(pipeline: Pipeline) -> None:
    case = Case('В Кыргызстане за год возбуждено 112 уголовных дел по статьям об экстремизме, сообщили в ГКНБ.', [], aggregates=["CHARGE"])
    assert differences(run(pipeline, case), case) == []


# -- batch 27 (session 28): six short reports (a native of Fergana held at Sheremetyevo, "Его
# планируется экстрадировать на родину"; two local men sentenced in Makhachkala; 17 held in Istanbul
# raids "в пятницу", nine of them foreigners; a suspect who "оказал вооружённое сопротивление и был
# ликвидирован"; 46 sites of a banned movement blocked; three Tajik citizens held in Bishkek, "Двое из
# них ранее были депортированы из России"): 6 of 8 findings right when first run. Wrong: the suspect
# killed was not counted (coordinated verbs share a subject: russian._people_one_by_one), and the
# removal told as earlier ("ранее") took the report's week (data/russian_cues.json: earlier_words).
RU_REPORTS_27: dict[str, Case] = {
    "fergana-native-extradition": Case('В аэропорту Шереметьево задержан 24-летний уроженец Ферганы, которого разыскивали в Узбекистане за участие в деятельности запрещённой организации. Его планируется экстрадировать на родину.',
                 [E("ARREST", total=1, nats={"UZB"}, country="RUS"), E("DEPORT", total=1, nats={"UZB"}, modality="planned")]),
    "makhachkala-sentence": Case('Суд в Махачкале приговорил двоих местных жителей к 12 и 14 годам колонии за финансирование ИГ. По данным следствия, в 2019 году они перевели боевикам более 300 тысяч рублей.',
                 [E("CHARGE", total=2, nats={"RUS"}, country="RUS", admin1="Dagestan")]),
    "istanbul-friday-raids": Case('В пятницу в Стамбуле полиция провела рейды и задержала 17 подозреваемых в связях с ИГ, в том числе девять иностранцев.',
                 [E("ARREST", total=17, nats=set(), date=date(2024, 3, 8), country="TUR")]),
    "suspect-killed-resisting": Case('ФСБ: в Ставропольском крае предотвращён теракт. При задержании подозреваемый оказал вооружённое сопротивление и был ликвидирован.',
                 [E("ATTACK", killed=1, country="RUS", admin1="Stavropol Krai")]),
    "sites-blocked": Case('Роскомнадзор заблокировал 46 сайтов и страниц в соцсетях, где публиковались материалы запрещённого движения «АУЕ», сообщает ведомство.',
                 [E("TAKEDOWN", total=46, country="RUS")]),
    "bishkek-deported-earlier": Case('В Бишкеке задержаны трое граждан Таджикистана, которые, по данным ГКНБ, собирались выехать в Сирию. Двое из них ранее были депортированы из России.',
                 [E("ARREST", total=3, nats={"TJK"}, country="KGZ"), E("DEPORT", total=2, nats={"TJK"}, country="RUS", date=None)]),
}


@pytest.mark.parametrize("name", list(RU_REPORTS_27))
def test_reports_27_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_REPORTS_27[name]
    assert differences(run(pipeline, case), case) == []


# -- batch 28 (session 28): four news lines (two local men held in Ingushetia over a planned attack on a
# police station; a Kazakh citizen sentenced in absentia in Almaty, "который в 2014 году выехал в Сирию и
# вступил в ряды ИГ"; 14 Tajik citizens deported from Turkey "в среду", "задержанных при попытке незаконно
# пересечь границу с Сирией"; more than 3,000 items blocked "с начала года"): 3 of 6 findings right when
# first run. Wrong: the sentence took the trip's year (natasha makes the relative clause a root of its
# own; a root whose subject is "который" describes a participant: russian._in_description), and the
# arrest told by a participle describing the deported took their removal's day (only its own words date
# it). Left (strict xfail): the trip told in the relative clause is no event.
RU_NEWS_LINES_28: dict[str, Case] = {
    "ingushetia-locals": Case('В Ингушетии сотрудники полиции задержали двоих местных жителей, подозреваемых в подготовке нападения на отдел полиции в Назрани. У них изъяли самодельное взрывное устройство и два автомата.',
                 [E("ARREST", total=2, nats={"RUS"}, country="RUS", admin1="Ingushetia", date=MON, precision="week")]),
    "deported-after-detention": Case('В среду из Турции в Душанбе депортировали 14 граждан Таджикистана, задержанных при попытке незаконно пересечь границу с Сирией.',
                 [E("DEPORT", total=14, nats={"TJK"}, date=date(2024, 3, 13)), E("ARREST", total=14, nats={"TJK"}, date=None)]),
    "blocked-since-new-year": Case('Роскомнадзор сообщил, что с начала года заблокировал более 3 тысяч материалов с призывами к терроризму.',
                 [], aggregates=["TAKEDOWN"]),
}


@pytest.mark.parametrize("name", list(RU_NEWS_LINES_28))
def test_news_lines_28_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_NEWS_LINES_28[name]
    assert differences(run(pipeline, case), case) == []


def test_a_sentence_is_not_dated_by_its_man_s_trip_ru(pipeline: Pipeline) -> None:
    case = Case('Суд в Алматы заочно приговорил к 12 годам лишения свободы гражданина Казахстана, который в 2014 году выехал в Сирию и вступил в ряды ИГ.',
                [E("CHARGE", total=1, nats={"KAZ"}, country="KAZ", date=MON, precision="week")])
    charge = [e for e in run(pipeline, case).events if e.type == "CHARGE"]
    assert [(e.date, e.date_precision) for e in charge] == [(MON, "week")]


@pytest.mark.xfail(reason="a trip told in a relative clause natasha makes a root of its own is no event", strict=True)
def test_the_trip_told_of_the_sentenced_man_ru(pipeline: Pipeline) -> None:
    case = Case('Суд в Алматы заочно приговорил к 12 годам лишения свободы гражданина Казахстана, который в 2014 году выехал в Сирию и вступил в ряды ИГ.', [])
    assert any(e.type == "TRAVEL" for e in run(pipeline, case).events)



# -- batch 29 (session 29): three reports (three Uzbek citizens held by the FSB in Kazan "во вторник",
# their case opened; a Khasavyurt man sentenced to 15 years, "выехал в Сирию в 2014 году и вернулся в
# Россию в 2019 году, где был задержан"; 12 Tajik citizens deported from Turkey, "Ещё пятеро ожидают
# депортации"): 3 of 6 findings right when first run. Wrong: the Kazan arrest was lost, natasha leaving
# "троих граждан" with no head (a counted accusative of people after the verb, in its clause:
# russian._detached_counted_object; NEREL and reports-dev have "задержала двоих человек", "задержали 11
# военнослужащих"). Left: the trip takes no nationality from the sentenced resident told before, and the
# arrest "где был задержан" (natasha hangs the clause on the year) is no event.
RU_REPORTS_29: dict[str, Case] = {
    "kazan-uzbeks": Case('В Казани задержаны сторонники запрещённой организации\n\nСотрудники ФСБ во вторник задержали в Казани троих граждан Узбекистана, подозреваемых в вербовке жителей республики в ряды «Исламского государства», сообщила пресс-служба ведомства. В ходе обысков у задержанных изъяты экстремистская литература и средства связи. Возбуждено уголовное дело по статье об участии в террористической организации.',
                 [E("ARREST", total=3, nats={"UZB"}, country="RUS", admin1="Tatarstan", date=TUE, precision="day")]),
    "deported-and-waiting": Case('Из Турции в Таджикистан депортированы 12 граждан республики, сообщило МВД Таджикистана в среду. По данным ведомства, все они находились в турецких миграционных центрах. Ещё пятеро ожидают депортации.',
                 [E("DEPORT", total=12, nats={"TJK"}, country="TUR", date=MON, precision="week"),
                  E("DEPORT", total=5, nats={"TJK"}, modality="planned")]),
}


@pytest.mark.parametrize("name", list(RU_REPORTS_29))
def test_reports_29_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_REPORTS_29[name]
    assert differences(run(pipeline, case), case) == []


@pytest.mark.xfail(reason="a trip takes no nationality from the resident told before; 'где был задержан' hung on the year is no arrest", strict=True)
def test_the_returnee_sentenced_in_makhachkala_ru(pipeline: Pipeline) -> None:
    case = Case('Суд в Махачкале приговорил жителя Хасавюрта к 15 годам колонии за участие в бандформировании в Сирии, сообщили в Южном окружном военном суде в понедельник. По данным следствия, мужчина выехал в Сирию в 2014 году и вернулся в Россию в 2019 году, где был задержан.',
                [E("CHARGE", total=1, nats={"RUS"}, country="RUS", date=MON, precision="week"),
                 E("TRAVEL", total=1, nats={"RUS"}), E("ARREST", total=1, nats={"RUS"}, country="RUS")])
    assert differences(run(pipeline, case), case) == []



# -- batch 30 (session 29): four news lines (17 foreigners held in Istanbul, ", среди них шесть граждан
# Таджикистана и четыре гражданина Узбекистана", told "в четверг"; 59 children brought back to Kyrgyzstan,
# the plane landing "в ночь на субботу"; 12 Telegram channels blocked; two militants "нейтрализованы" in
# Dagestan): 1 of 4 right when first run. Wrong: the parts listed after a comma under "среди них" gave no
# nationalities (as a sentence that opens with it: russian._among_them; NEREL has ", среди них одна
# женщина", ", среди них раввин"), and "нейтрализованы двое боевиков" was no attack (the security
# services' word for killing, with people as its object; "нейтрализовали угрозу", "… взрывное
# устройство" stay no act). Left: the arrest takes the publication's week, not that of the Thursday it
# was reported on, and the landing "в ночь на субботу" gives the removal no day.
RU_NEWS_LINES_30: dict[str, Case] = {
    "blocked-channels": Case('Роскомнадзор по требованию Генпрокуратуры заблокировал 12 телеграм-каналов, распространявших инструкции по изготовлению взрывных устройств.',
                 [E("TAKEDOWN", total=12, country="RUS", date=MON, precision="week")]),
    "neutralised": Case('В Дагестане в ходе контртеррористической операции нейтрализованы двое боевиков, оказавших вооружённое сопротивление, сообщил НАК. Пострадавших среди мирных жителей и силовиков нет.',
                 [E("ATTACK", killed=2, country="RUS", admin1="Dagestan")]),
}


@pytest.mark.parametrize("name", list(RU_NEWS_LINES_30))
def test_news_lines_30_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_NEWS_LINES_30[name]
    assert differences(run(pipeline, case), case) == []


def test_parts_listed_after_a_comma_under_sredi_ru(pipeline: Pipeline) -> None:
    case = Case('В Стамбуле полиция задержала 17 иностранцев, подозреваемых в связях с ИГ, среди них шесть граждан Таджикистана и четыре гражданина Узбекистана, сообщило агентство «Анадолу» в четверг.', [])
    [event] = run(pipeline, case).events
    assert (event.total, sorted(event.nationalities)) == (17, ["TJK", "UZB"])


@pytest.mark.parametrize(("text", "types"), [
    ("Силовики нейтрализовали взрывное устройство у здания суда.", []),
    ("Специалисты нейтрализовали угрозу кибератаки на сервер.", []),
], ids=["device", "threat"])
def test_neutralising_things_is_no_attack_ru(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert [e.type for e in run(pipeline, Case(text, [])).events] == types


@pytest.mark.xfail(reason="told 'в четверг', the arrest takes the publication's week; 'в ночь на субботу' gives no day", strict=True)
@pytest.mark.parametrize("text", ['В Стамбуле полиция задержала 17 иностранцев, подозреваемых в связях с ИГ, среди них шесть граждан Таджикистана и четыре гражданина Узбекистана, сообщило агентство «Анадолу» в четверг.', 'Киргизия вернула из Ирака 59 детей, чьи родители воевали на стороне ИГ, сообщил МИД республики. Самолёт с детьми приземлился в Бишкеке в ночь на субботу.'], ids=["reported_thursday", "night_to_saturday"])
def test_days_of_the_report_and_of_the_night_ru(pipeline: Pipeline, text: str) -> None:
    [event] = run(pipeline, Case(text, [])).events
    assert (event.date, event.date_precision) in ((date(2024, 3, 4), "week"), (date(2024, 3, 9), "day"))



# -- batch 31 (session 30): five news lines (three "уроженцев Средней Азии" held by the FSB over a plot;
# a Kazan court's sentence for a "местного жителя"; Turkey returning "14 граждан РФ, в том числе пятерых
# женщин"; a firefight in Kabardino-Balkaria; Tajikistan barring 40 foreigners): 4 of 5 right when first
# run. Wrong, and now right: the 14 with "в том числе пятерых женщин" counted 19 (what follows "в том
# числе" is part of the group told, not more people: ru_syntax.members; NEREL has "были ранены 28
# человек, в том числе пять полицейских", "50 человек, в том числе дети"). Beside it, the FSB's arrest
# over "подготовке теракта" was about nothing: "теракт" joins the Russian terrorism cues of
# data/about.json ("террор" does not begin it; NEREL train has it in 25 texts).
RU_NEWS_LINES_31: dict[str, Case] = {
    'fsb-central-asians': Case('В Москве сотрудники ФСБ задержали троих уроженцев Средней Азии, подозреваемых в подготовке теракта в торговом центре, сообщили в ведомстве в понедельник.',
                 [E("ARREST", total=3, country="RUS", admin1="Moscow", date=MON, precision="week")]),
    'kazan-sentence': Case('Суд в Казани приговорил 25-летнего местного жителя к шести годам колонии за участие в деятельности запрещённой организации «Хизб ут-Тахрир».',
                 [E("CHARGE", total=1, nats={"RUS"}, country="RUS", admin1="Tatarstan", date=MON, precision="week")]),
    'turkey-returns-14': Case('Турция депортировала в Россию 14 граждан РФ, в том числе пятерых женщин, подозреваемых в связях с ИГ.',
                 [E("DEPORT", total=14, nats={"RUS"}, country="TUR", date=MON, precision="week")]),
    'kbr-firefight': Case('В Кабардино-Балкарии в ходе перестрелки убиты двое боевиков, ещё один силовик получил ранение, сообщил НАК во вторник.',
                 [E("ATTACK", killed=2, wounded=1, country="RUS", admin1="Kabardino-Balkaria")]),
    'tajik-entry-ban': Case('Власти Таджикистана запретили въезд в страну 40 иностранцам, которые, по данным ГКНБ, являются членами экстремистских групп.',
                 [E("ENTRY_BAN", total=40, country="TJK", date=MON, precision="week")]),
}


@pytest.mark.parametrize("name", list(RU_NEWS_LINES_31))
def test_news_lines_31_ru(pipeline: Pipeline, name: str) -> None:
    case = RU_NEWS_LINES_31[name]
    assert differences(run(pipeline, case), case) == []


def test_including_is_part_of_the_group_ru(pipeline: Pipeline) -> None:
    case = Case("В ходе беспорядков полиция задержала 28 человек, в том числе пятерых иностранцев.", [])
    assert [e.total for e in run(pipeline, case).events] == [28]


def test_a_terrorist_act_word_makes_it_terrorism_ru(pipeline: Pipeline) -> None:
    case = Case("В Москве задержаны трое мужчин, подозреваемых в подготовке теракта.", [])
    assert [e.about for e in run(pipeline, case).events] == ["terrorism"]
