"""The Russian pipeline: natasha parsing and event / claim extraction, on sentences written for the test."""

from __future__ import annotations

import json
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest
from conftest import shared_data

from watchfloor.model import EVENT_TYPES, SECTORS, Document, Event, Extraction
from watchfloor.pipeline import Pipeline

PUBLISHED = date(2016, 3, 9)  # a Wednesday


def run(pipeline: Pipeline, text: str, published: date = PUBLISHED, title: str | None = None) -> Extraction:
    extraction = pipeline.extract(
        Document(doc_id="t", text=text, language="ru", published=published, title=title)
    )
    for event in extraction.events:  # every fact points back to its characters
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
    for claim in extraction.claims:
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    return extraction


def only(extraction: Extraction, type_: str | None = None) -> Event:
    events = [e for e in extraction.events if type_ is None or e.type == type_]
    assert len(events) == 1, [e.to_gold() for e in extraction.events]
    return events[0]


# -- parsing -------------------------------------------------------------------------------------


def test_parse_many_keeps_order_context_and_offsets() -> None:
    from watchfloor.nlp.russian import parse_many, sentences

    texts = ["Полиция задержала двоих.", "Суд вынес приговор\n\nВ Казани задержаны трое мужчин."]
    docs = list(parse_many([(t, n) for n, t in enumerate(texts)], batch_size=1))
    assert [n for _, n in docs] == [0, 1]
    sents = sentences(docs[1][0])
    assert [s.text for s in sents] == [
        "Суд вынес приговор",
        "В Казани задержаны трое мужчин.",
    ]  # a line ends a sentence
    for sent in sents:
        for tok in sent.tokens:
            assert texts[1][tok.start : tok.stop] == tok.text
    verb = next(t for t in sents[1].tokens if t.text == "задержаны")
    assert verb.lemma == "задержать" and verb.feat("Variant") == "Short"
    assert any(c.rel == "nsubj:pass" and c.lemma == "мужчина" for c in verb.children)
    assert [(s.type, s.normal) for s in sents[1].spans] == [("LOC", "Казань")]


def test_remembered_normal_forms_are_natashas() -> None:
    """Names are normalised once per form; a name met again, in another case or another document,
    gets the form natasha gives it afresh."""
    from watchfloor.nlp.russian import load_russian, parse_many, sentences

    texts = [
        "В Казани задержан Ивана Петрова брат. Полиция Казани сообщила об этом.",
        "Из Казани в Москву выехал Иван Петров. В Москве его задержали.",
    ]
    vocab = load_russian().vocab
    for _ in range(2):  # the second round is served from memory
        for doc, _n in parse_many([(t, n) for n, t in enumerate(texts)]):
            mine = [s.normal for sent in sentences(doc) for s in sent.spans]
            for span in doc.spans:
                span.normalize(vocab)
            assert mine == [span.normal or span.text for span in doc.spans]
    names = [s.normal for doc, _ in parse_many([(texts[1], 0)]) for sent in sentences(doc) for s in sent.spans]
    assert names == ["Казань", "Москва", "Иван Петров", "Москва"]


def test_parse_of_empty_text() -> None:
    from watchfloor.nlp.russian import parse, sentences

    assert sentences(parse("")) == []


# -- triggers of every type ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Полиция Казани задержала двоих местных жителей.", "ARREST"),
        ("В Стамбуле арестован гражданин Азербайджана.", "ARREST"),
        ("Сотрудники полиции взяли под стражу троих мужчин.", "ARREST"),
        ("Власти Турции депортировали пятерых граждан Узбекистана.", "DEPORT"),
        ("Из Германии выдворен уроженец Чечни.", "DEPORT"),
        ("Двоим гражданам Таджикистана запретили въезд в Россию.", "ENTRY_BAN"),
        ("Суд приговорил жителя Уфы к восьми годам колонии.", "CHARGE"),
        ("Суд в Махачкале осудил троих жителей Дагестана.", "CHARGE"),
        ("Роскомнадзор заблокировал 15 сайтов с пропагандой ИГ.", "TAKEDOWN"),
        ("В среду в центре Кабула прогремел взрыв.", "ATTACK"),
        ("Двое граждан Казахстана уехали в Сирию и вступили в ряды ИГИЛ.", "TRAVEL"),
    ],
)
def test_trigger_lemmas(pipeline: Pipeline, text: str, type_: str) -> None:
    assert only(run(pipeline, text)).type == type_


def test_words_that_look_like_triggers_but_report_nothing(pipeline: Pipeline) -> None:
    text = (
        "Имена задержанных не называются. "  # a participle used as a noun refers back
        "Следователи возбудили дело о теракте. "  # a case about an attack is no attack
        "Движение поездов на станции остановлено. "  # no people stopped
        "Организация запрещена в России."  # no entry ban without an entry
    )
    assert run(pipeline, text).events == []


# -- targets: counts and nationalities -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total", "count", "approx"),
    [
        ("Полиция задержала трёх граждан Грузии.", 3, 3, None),
        ("Пограничники задержали семерых граждан Грузии.", 7, 7, None),
        ("В Анкаре задержаны двое граждан Грузии.", 2, 2, None),
        ("Полиция задержала 12 граждан Грузии.", 12, 12, None),
        ("Полиция задержала несколько граждан Грузии.", None, None, None),
        ("Полиция в понедельник задержала десятки граждан Грузии.", None, None, None),  # dated: one operation
        ("Полиция задержала более 20 граждан Грузии.", None, None, 20),
        ("Полиция задержала около 30 граждан Грузии.", None, None, 30),
        ("Полиция задержала гражданина Грузии.", 1, 1, None),
    ],
)
def test_counts(
    pipeline: Pipeline, text: str, total: int | None, count: int | None, approx: int | None
) -> None:
    event = only(run(pipeline, text))
    assert event.total == total
    assert [(t.count, t.approx_count, t.nationality) for t in event.targets] == [(count, approx, "GEO")]


@pytest.mark.parametrize(
    ("phrase", "nationality", "region"),
    [
        ("двоих граждан России", "RUS", None),
        ("двоих россиян", "RUS", None),
        ("гражданина Таджикистана", "TJK", None),
        ("двоих уроженцев Дагестана", "RUS", "Dagestan"),
        ("двоих выходцев из Средней Азии", None, None),
    ],
)
def test_nationalities(pipeline: Pipeline, phrase: str, nationality: str | None, region: str | None) -> None:
    event = only(run(pipeline, f"Полиция Стамбула задержала {phrase}."))
    assert [(t.nationality, t.region) for t in event.targets] == [(nationality, region)]


def test_each_country_of_a_coordination_is_a_target(pipeline: Pipeline) -> None:
    event = only(run(pipeline, "Пограничники задержали граждан Ирака и Ливана."))
    assert sorted(event.nationalities) == ["IRQ", "LBN"]
    assert event.total is None


def test_local_residents_take_the_country_of_the_place(pipeline: Pipeline) -> None:
    event = only(run(pipeline, "В Бишкеке задержаны девять местных жителей."))
    assert (event.total, sorted(event.nationalities), event.location and event.location.country) == (
        9,
        ["KGZ"],
        "KGZ",
    )


# -- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "day", "precision"),
    [
        ("4 марта", date(2016, 3, 4), "day"),
        ("в среду", date(2016, 3, 9), "day"),
        ("в прошлую среду", date(2016, 3, 2), "day"),
        ("на прошлой неделе", date(2016, 2, 29), "week"),
        ("в конце января", date(2016, 1, 1), "month"),
    ],
)
def test_dates_relative_to_publication(pipeline: Pipeline, when: str, day: date, precision: str) -> None:
    event = only(run(pipeline, f"Полиция Стамбула {when} задержала двоих граждан Ирана."))
    assert (event.date, event.date_precision) == (day, precision)
    assert event.reported == PUBLISHED


def test_the_day_of_a_report_is_not_the_day_of_the_event(pipeline: Pipeline) -> None:
    # the Monday dates the saying; the act, told as recent, takes the week of the report (GOLD-FORMAT)
    x = run(pipeline, "Как сообщили в понедельник в МВД, полиция Стамбула задержала двоих граждан Ирана.")
    assert (only(x).date, only(x).date_precision) == (date(2016, 3, 7), "week")


def test_an_act_told_as_recent_news_dates_to_the_week(pipeline: Pipeline) -> None:
    # GOLD-FORMAT: an act told as recent with no day of its own takes the week of the report,
    # whether a fresh result ("задержаны") or a past tense ("задержала"); a tally takes none
    for text in ("В Казани задержаны трое мужчин.", "В Казани полиция задержала троих мужчин."):
        event = only(run(pipeline, text))
        assert (event.date, event.date_precision) == (date(2016, 3, 7), "week")


def test_same_days_and_duration(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Во вторник полиция задержала двоих граждан Ирана. В те же дни пограничники задержали также гражданина Ирака.",
    )
    assert [(e.date, e.date_precision) for e in x.events] == [
        (date(2016, 3, 8), "day"),
        (date(2016, 3, 7), "week"),
    ]
    takedown = only(run(pipeline, "Администрация сайта сообщила, что за неделю заблокировала 40 аккаунтов."))
    assert (takedown.date, takedown.date_precision, takedown.total) == (date(2016, 3, 7), "week", 40)
    assert takedown.targets[0].kind == "account"


# -- places and agents ---------------------------------------------------------------------------


def test_cyrillic_place_resolves_like_its_latin_name(pipeline: Pipeline) -> None:
    event = only(run(pipeline, "Полиция задержала двоих граждан Ирана в Газиантепе."))
    assert event.location is not None
    assert (event.location.country, event.location.admin1) == ("TUR", "Gaziantep")


@pytest.mark.parametrize(
    ("agent", "country", "sector"),
    [("Сотрудники ФСБ", "RUS", "POL"), ("Турецкие силовики", "TUR", "POL")],
)
def test_country_falls_back_to_the_agent(pipeline: Pipeline, agent: str, country: str, sector: str) -> None:
    event = only(run(pipeline, f"{agent} задержали двоих мужчин."))
    assert event.agent is not None and (event.agent.country, event.agent.sector) == (country, sector)
    assert event.location is not None and event.location.country == country


def test_destination_and_affiliation(pipeline: Pipeline) -> None:
    event = only(
        run(
            pipeline,
            "Полиция Стамбула задержала троих россиян, которые направлялись в Сирию, чтобы вступить в ИГИЛ.",
        )
    )
    assert (event.destination, event.affiliation) == ("SYR", "IS")


# -- attribution and modality --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("По данным ТАСС, полиция Стамбула задержала двоих мужчин.", "ТАСС"),
        ("По данным РИА Новости, полиция Стамбула задержала двоих мужчин.", "РИА Новости"),
        ("Полиция Стамбула задержала двоих мужчин, сообщает «Интерфакс».", "Интерфакс"),
        ("Как сообщил прокурор области, полиция задержала двоих мужчин.", "прокурор области"),
        ("Со ссылкой на источник в полиции газета пишет, что задержаны двое мужчин.", "источник в полиции"),
    ],
)
def test_attribution(pipeline: Pipeline, text: str, source: str) -> None:
    assert only(run(pipeline, text)).attribution == source


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("МВД опровергло сообщения о задержании двух граждан Грузии.", "denied"),
        ("Полиция не задерживала граждан Грузии.", "denied"),
        ("Троих граждан Грузии планируется депортировать.", "planned"),
        ("Трое граждан Грузии будут депортированы.", "planned"),
        ("По слухам, в Стамбуле задержаны трое граждан Грузии.", "rumored"),
        ("Полиция задержала троих граждан Грузии.", "asserted"),
    ],
)
def test_modality(pipeline: Pipeline, text: str, modality: str) -> None:
    assert only(run(pipeline, text)).modality == modality


def test_intent_and_purpose_are_no_events(pipeline: Pipeline) -> None:
    x = run(pipeline, "Трое жителей Ингушетии пытались уехать в Сирию, чтобы вступить в ИГИЛ.")
    assert x.events == []


def test_trip_is_no_event_beside_the_arrest(pipeline: Pipeline) -> None:
    x = run(pipeline, "Двое граждан Казахстана, которые уехали в Сирию, задержаны в Анкаре.")
    assert [e.type for e in x.events] == ["ARREST"]


# -- documents: headline, follow-ups, aggregates, attacks ------------------------------------------


def test_story_context_flows_to_later_sentences(pipeline: Pipeline) -> None:
    text = (
        "Анталья: задержаны шестеро граждан Ирана\n\n"
        "Власти турецкой провинции Анталья сообщили о задержании шестерых граждан Ирана.\n\n"
        "Двое иранцев были задержаны 1 марта. Ещё четверых остановили в аэропорту в субботу, 5 марта. "
        "Всех передали полиции, их ожидает депортация."
    )
    x = run(pipeline, text, title="Анталья: задержаны шестеро граждан Ирана")
    arrests = [e for e in x.events if e.type == "ARREST"]
    assert [(e.date, e.total, sorted(e.nationalities)) for e in arrests] == [
        (date(2016, 3, 1), 2, ["IRN"]),
        (date(2016, 3, 5), 4, ["IRN"]),  # "ещё четверых": the group named before
    ]
    assert all(e.location and (e.location.country, e.location.admin1) == ("TUR", "Antalya") for e in arrests)
    deport = only(x, "DEPORT")
    assert (deport.modality, deport.total, deport.date, sorted(deport.nationalities)) == (
        "planned",
        6,
        None,
        ["IRN"],
    )
    # the lead's six is the sum of two and four: an aggregate, never a third arrest; the headline repeats it
    assert [(a.total, a.covers) for a in x.aggregates] == [(6, ["e1", "e2"])]


def test_statistic_since_a_date_is_an_aggregate(pipeline: Pipeline) -> None:
    x = run(pipeline, "С января 2015 года в провинции были задержаны 48 граждан Ирана.")
    assert x.events == []
    assert [(a.total, a.covers) for a in x.aggregates] == [(48, [])]


def test_attack_with_casualties_in_the_next_sentence(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Во вторник на рынке в Кабуле произошёл взрыв. По последним данным, погибли 7 человек, ещё 12 ранены.",
    )
    event = only(x)
    assert (event.type, event.killed, event.wounded, event.date) == ("ATTACK", 7, 12, date(2016, 3, 8))
    assert event.location is not None and event.location.country == "AFG"
    assert event.targets == []


def test_casualties_alone_make_one_attack_and_a_plot_makes_none(pipeline: Pipeline) -> None:
    event = only(run(pipeline, "В результате теракта в Анкаре погибли 30 человек."))
    assert (event.type, event.killed, event.location and event.location.country) == ("ATTACK", 30, "TUR")
    x = run(pipeline, "Вчера полиция задержала двух братьев, которые планировали теракт.")
    assert [e.type for e in x.events] == ["ARREST"]


# -- claims ---------------------------------------------------------------------------------------


def test_channel_claim(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Канал «Вилаят Шам» в Telegram сообщил, что граница с Турцией по-прежнему открыта и её можно перейти.",
    )
    [claim] = x.claims
    assert (claim.speaker.text, claim.speaker.kind, claim.platform) == ("Вилаят Шам", "channel", "Telegram")
    assert (claim.topic, claim.stance, claim.date) == ("turkey-syria-border-crossable", "affirm", PUBLISHED)


def test_statement_and_call_of_a_channel_named_before(pipeline: Pipeline) -> None:
    text = (
        "В пятницу канал «Голос Халифата» опубликовал заявление. "
        "В заявлении говорится, что слухи о закрытии границы ложные. "
        "Канал также призвал сторонников приезжать в Сирию."
    )
    x = run(pipeline, text)
    assert [(c.speaker.text, c.topic, c.stance, c.date) for c in x.claims] == [
        ("Голос Халифата", "border-closure-rumours", "deny", date(2016, 3, 4)),
        ("Голос Халифата", "recruitment-call", "affirm", date(2016, 3, 4)),
    ]


def test_responsibility_claim(pipeline: Pipeline) -> None:
    [claim] = run(pipeline, "Телеграм-канал «Амак» взял на себя ответственность за нападение.").claims
    assert (claim.speaker.text, claim.speaker.kind, claim.platform) == ("Амак", "channel", "Telegram")
    assert (claim.topic, claim.stance) == ("attack-responsibility", "affirm")


def test_statement_on_no_topic_from_a_credible_speaker(pipeline: Pipeline) -> None:
    [claim] = run(
        pipeline, "Министр внутренних дел Турции заявил, что ситуация на границе под контролем."
    ).claims
    assert (claim.topic, claim.speaker.kind, claim.stance) == ("unassigned", "official", "affirm")
    # what happened to an event's people is its aftermath, not a claim
    assert run(pipeline, "Как сообщил представитель МВД, всех задержанных допросили.").claims == []


def test_a_report_of_an_event_is_no_claim(pipeline: Pipeline) -> None:
    x = run(pipeline, "МВД сообщило, что полиция задержала двоих граждан Грузии.")
    assert x.claims == [] and len(x.events) == 1


# -- the same arrest in two languages ------------------------------------------------------------


def test_english_and_russian_reports_normalise_alike(pipeline: Pipeline) -> None:
    published = date(2015, 4, 8)
    english = pipeline.extract(
        Document(
            doc_id="en",
            text="Turkish police detained two Russian citizens in Gaziantep on April 4.",
            language="en",
            published=published,
        )
    )
    russian = pipeline.extract(
        Document(
            doc_id="ru",
            text="Турецкая полиция задержала двоих граждан России в Газиантепе 4 апреля.",
            language="ru",
            published=published,
        )
    )

    def values(x: Extraction) -> tuple[object, ...]:
        e = only(x)
        assert e.location is not None
        return (
            e.type,
            e.date,
            e.date_precision,
            e.location.country,
            e.location.admin1,
            e.total,
            e.nationalities,
        )

    assert (
        values(english)
        == values(russian)
        == ("ARREST", date(2015, 4, 4), "day", "TUR", "Gaziantep", 2, frozenset({"RUS"}))
    )


# -- the cue lists -------------------------------------------------------------------------------


def test_cue_file() -> None:
    raw = json.loads(files("watchfloor.data").joinpath("russian_cues.json").read_text("utf-8"))
    for key, value in raw.items():
        if isinstance(value, list):
            assert len(value) == len(set(value)), f"{key} has duplicates"
            assert all(v == v.lower() or not v.isalpha() for v in value if key != "_comment"), key
    assert set(raw["agent_sectors"].values()) <= set(SECTORS)
    assert set(raw["takedown_kinds"].values()) <= {"account", "channel", "page", "link"}
    assert set(raw["same_time_phrases"].values()) | set(raw["duration_phrases"].values()) <= {
        "day",
        "week",
        "month",
    }


def test_russian_triggers_belong_to_one_type() -> None:
    from watchfloor.extract.ontology import load_ontology

    seen: dict[str, str] = {}
    for code, spec in load_ontology().types.items():
        assert code in EVENT_TYPES
        for lemma in spec.ru:
            assert lemma == lemma.lower() and "ё" not in lemma, lemma
            assert lemma not in seen, f"{lemma} is a trigger of {seen.get(lemma)} and {code}"
            seen[lemma] = code


# -- acceptance on the Russian documents of reports-dev --------------------------------------------


def test_reports_dev_russian_acceptance(pipeline: Pipeline, tmp_path: Path) -> None:
    from watchfloor.evaluate import run_eval

    source = shared_data("reports-dev")
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in source.glob("ru-*"):
        if path.suffix in (".json", ".txt"):
            (gold / path.name).symlink_to(path)
    if not any(gold.glob("*.json")):
        pytest.skip(f"no Russian documents in {source}")
    report = run_eval(gold, tmp_path / "out", pipeline)
    assert report.events.f1 >= 0.80, report.as_dict()["events"]
    assert report.claims.f1 >= 0.60, report.as_dict()["claims"]
    assert report.aggregates_as_events == 0


def test_offence_place_is_not_the_court_place(pipeline: Pipeline) -> None:
    doc = Document(
        doc_id="ru-court", language="ru", published=date(2016, 5, 25),
        text="Суд в Казани в среду приговорил трёх жителей Татарстана к пяти годам за участие в боевых действиях в Ираке.",
    )
    (event,) = pipeline.extract(doc).events
    assert event.type == "CHARGE"
    assert event.location is not None and event.location.country == "RUS"


def test_a_running_total_since_the_start_of_the_month_is_an_aggregate(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Пограничники в Хатае во вторник задержали троих граждан Узбекистана. "
        "Всего с начала месяца в провинции задержаны по меньшей мере 20 иностранцев.",
    )
    assert [(e.type, e.total) for e in x.events] == [("ARREST", 3)]
    # GOLD-FORMAT: a statistic keeps the figure the text states, a bound too (session 27, as English)
    assert [(a.type, a.total) for a in x.aggregates] == [("ARREST", 20)]


def test_an_unnamed_agent_is_the_states_police_or_an_armed_group(pipeline: Pipeline) -> None:
    arrest = only(run(pipeline, "В понедельник в Стамбуле задержаны семь граждан Таджикистана."), "ARREST")
    assert arrest.agent is not None and (arrest.agent.text, arrest.agent.country, arrest.agent.sector) == (None, "TUR", "POL")
    attack = only(run(pipeline, "Во вторник в Махачкале на рынке взорвалась бомба, погибли три человека."), "ATTACK")
    assert attack.agent is not None and attack.agent.sector == "REB/INS"
