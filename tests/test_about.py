"""What an event is about: terrorism, armed_conflict, crime, migration, other.

Every text here was written for this test; each must yield at least one event, and the first
event's subject is checked.
"""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.extract.about import about_of, load_cues, sentence_around
from watchfloor.model import ABOUTS, Agent, Document, Event, Evidence
from watchfloor.pipeline import Pipeline

PUBLISHED = date(2024, 5, 20)

BATCH: list[tuple[str, str, str]] = [
    # terrorism
    ("terrorism", "en", "Police detained five suspected Islamic State members in Istanbul on Friday."),
    ("terrorism", "en", "Counter-terrorism police arrested a 19-year-old man in Leeds on suspicion of preparing acts of terrorism."),
    ("terrorism", "en", "A court in Paris sentenced two jihadists to 12 years in prison for planning a bomb plot."),
    ("terrorism", "en", "Turkish police caught four Russians trying to cross into Syria to join the group."),
    ("terrorism", "en", "A suicide bomber killed 14 worshippers at a mosque in Peshawar on Friday."),
    ("terrorism", "en", "Germany deported a radicalised Islamist preacher to Tunisia on Wednesday."),
    ("terrorism", "ru", "Сотрудники ФСБ задержали в Казани троих сторонников террористической организации «Исламское государство»."),
    ("terrorism", "ru", "Суд приговорил вербовщика ИГ к 15 годам колонии."),
    ("terrorism", "ru", "В Дагестане задержали члена ячейки экстремистской организации, запрещенной в России."),
    # armed conflict
    ("armed_conflict", "en", "Army artillery shelled rebel positions near the front line overnight, killing six fighters."),
    ("armed_conflict", "en", "Government troops and militia fighters clashed near the town on Tuesday, leaving 11 soldiers dead."),
    ("armed_conflict", "en", "An airstrike by coalition warplanes killed nine people in the village on Monday."),
    ("armed_conflict", "ru", "ВСУ обстреляли село из артиллерии, погибли два человека."),
    ("armed_conflict", "ru", "В результате атаки беспилотника на позиции военных погиб один военнослужащий."),
    # crime
    ("crime", "en", "Police arrested three men in Izmir after seizing 40 kilograms of heroin in a drug raid."),
    ("crime", "en", "A man was charged with murder after stabbing his wife at their home in Leeds."),
    ("crime", "en", "Prosecutors charged three Turkish nationals with fraud and bribery on Monday."),
    ("crime", "ru", "Полицейские задержали в Москве двоих закладчиков наркотиков."),
    ("crime", "ru", "Суд приговорил бывшего чиновника к шести годам за взятку и мошенничество."),
    # migration
    ("migration", "en", "Greek coast guards detained 40 migrants who illegally crossed the border from Turkey."),
    ("migration", "en", "Turkish gendarmes caught 23 irregular migrants, among them Afghans and Pakistanis, near Van on Sunday."),
    ("migration", "en", "Police arrested two people smugglers and 18 migrants on the motorway near Edirne."),
    ("migration", "en", "Russia deported 12 Uzbek citizens for violating the rules of residence and visa regulations."),
    ("migration", "ru", "Пограничники задержали 15 нелегальных мигрантов при попытке незаконно пересечь границу."),
    ("migration", "ru", "Из Москвы выдворили 30 иностранных граждан за нарушение миграционного законодательства."),
    # other
    ("other", "en", "Police detained 12 students during a protest in Ankara on Monday."),
    ("other", "en", "Police arrested two British nationals after a football match in Istanbul on Saturday."),
]

# A second batch, written after the lexicon and run once before anything was changed for it:
# 13/14 (the miss was no event at all: the sense filter read "killed by sniper fire" as a fire).
BATCH += [
 ("terrorism","en","Spanish police arrested two Moroccan men in Barcelona accused of spreading jihadist propaganda online."),
 ("terrorism","en","A French court jailed a woman for 10 years for trying to join the Islamic State group in Syria with her children."),
 ("terrorism","en","Three men were charged with preparing a terrorist attack on a Christmas market in Strasbourg."),
 ("armed_conflict","en","Separatist fighters shelled government positions near Donetsk overnight, wounding three soldiers."),
 ("armed_conflict","en","Two Ukrainian servicemen were killed by sniper fire on the front line on Sunday."),
 ("crime","en","Police in Antalya detained four Ukrainians suspected of running an online investment fraud."),
 ("crime","en","Three members of a criminal gang were arrested in Marseille after a shooting linked to drug trafficking."),
 ("migration","en","Bulgarian border police detained 35 Afghan migrants hidden in a lorry near the Turkish border."),
 ("migration","en","The ministry deported 40 foreigners whose residence permits had expired."),
 ("other","en","Police detained 30 Belarusian opposition supporters at a rally in Minsk on Sunday."),
 ("terrorism","ru","В Ингушетии задержан сторонник международной террористической организации, готовивший теракт."),
 ("crime","ru","В Новосибирске полицейские задержали троих мужчин по подозрению в краже автомобилей."),
 ("migration","ru","В Подмосковье задержали 20 нелегальных мигрантов из Средней Азии."),
 ("armed_conflict","ru","Украинские военные обстреляли Горловку из миномётов, ранены двое мирных жителей."),
]

def _first(pipeline: Pipeline, lang: str, text: str) -> Event:
    document = Document(doc_id="a", text=text, language=lang, published=PUBLISHED)
    events = pipeline.extract(document).events
    assert events, text
    return events[0]


@pytest.mark.parametrize(("about", "lang", "text"), BATCH, ids=[f"{a}-{lang}-{i}" for i, (a, lang, _) in enumerate(BATCH)])
def test_batch(pipeline: Pipeline, about: str, lang: str, text: str) -> None:
    event = _first(pipeline, lang, text)
    assert event.about == about, event.to_gold()


def test_every_event_says_what_it_is_about(pipeline: Pipeline) -> None:
    event = _first(pipeline, "en", BATCH[0][2])
    assert event.about in ABOUTS
    assert event.to_gold()["about"] == event.about


def _event(type_: str = "ARREST", affiliation: str | None = None, text: str = "x") -> Event:
    return Event(id="e1", type=type_, evidence=Evidence(0, len(text), text), affiliation=affiliation,
                 agent=Agent(text=None, country="TUR", sector="POL"))


def test_own_group_outweighs_the_crossing() -> None:
    sentence = "Four Russians were caught crossing illegally into Syria."
    assert about_of(_event(text=sentence), sentence, lang="en") == "migration"
    assert about_of(_event(affiliation="IS", text=sentence), sentence, lang="en") == "terrorism"


def test_document_cues_are_weaker_than_the_sentence() -> None:
    sentence = "Police detained two men in Ankara on Monday."
    document = "Drug squad officers seized cocaine. " + sentence
    assert about_of(_event(text=sentence), sentence, document, "en") == "crime"
    nothing = "Police detained two men in Ankara on Monday."
    assert about_of(_event(text=nothing), nothing, nothing, "en") == "other"


def test_sentence_around() -> None:
    text = "First one. Police detained two men. Third one."
    start = text.index("Police")
    assert sentence_around(text, start, start + 6).strip() == "Police detained two men."


def test_cue_lexicon_is_well_formed() -> None:
    cues = load_cues()
    assert set(cues.groups.values()) <= set(ABOUTS)
    from watchfloor.normalize.groups import _patterns

    known = {code for _, code, _ in _patterns()}
    assert set(cues.groups) <= known, set(cues.groups) - known
    for lang in ("en", "ru"):
        for subject in ABOUTS[:-1]:
            assert len(cues.patterns[lang][subject]) >= 20, (lang, subject)
    assert set(cues.type_priors) | set(cues.sector_priors) <= {"TRAVEL", "ATTACK", "ENTRY_BAN", "DEPORT", "ARREST", "CHARGE", "TAKEDOWN", "MIL", "REB/INS", "POL", "GOV", "JUD", "MED", "OTH"}


def test_gendarmes_arresting_recruits_is_no_armed_conflict(pipeline: Pipeline) -> None:
    """The armed forces' sector says armed conflict only for fighting, not for an arrest."""
    text = "Gendarmes in Hatay detained two Russians on Monday as they tried to cross the border."
    events = pipeline.extract(Document(doc_id="g", text=text, language="en", published=date(2021, 3, 10))).events
    assert events and all(e.about != "armed_conflict" for e in events)
