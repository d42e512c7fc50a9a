"""Sense: a trigger word reports a security act only where its context means one.

Every sentence here was written for this test. The first group must yield no event of the given
type (sport, metaphor, health, accidents and disasters, agreements, games and fiction, gestures,
diplomacy);
the second must keep its event.
"""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.model import Document
from watchfloor.pipeline import Pipeline

PUBLISHED = date(2024, 3, 14)

NOT_ACTS: list[tuple[str, str, str]] = [
    # sport
    ("sport", "ARREST", "The goalkeeper caught the ball cleanly under the crossbar in the second half."),
    ("sport", "ATTACK", "United attacked down the left wing for most of the first half but could not score."),
    ("sport", "ATTACK", "The striker shot wide from the edge of the box after twenty minutes."),
    ("sport", "ATTACK", "The two sides clashed in a bruising cup semi-final at the weekend."),
    ("sport", "ATTACK", "The midfielder injured his hamstring in training on Tuesday and will miss the derby."),
    ("sport", "ARREST", "The champions captured their third league title in four seasons on Sunday."),
    # metaphor and words
    ("metaphor", "ATTACK", "The opposition leader attacked the minister's pension plan in a speech on Monday."),
    ("metaphor", "ATTACK", "Critics attacked the new budget as reckless and unfair."),
    ("metaphor", "ATTACK", "The senator launched a blistering political attack on the governor's record."),
    ("metaphor", "ATTACK", "Union leaders described the reform as an assault on workers' rights."),
    ("metaphor", "ATTACK", "The committee killed the bill before it reached the floor."),
    ("metaphor", "ATTACK", "Demand for electric cars exploded last year, the industry body said."),
    ("metaphor", "ATTACK", "The president attacked the newspaper for its coverage of the scandal."),
    # health and disease
    ("health", "ATTACK", "The virus has killed more than 300 people in the province since January."),
    ("health", "ATTACK", "The former mayor died of a heart attack at his home on Friday."),
    ("health", "ATTACK", "A cholera epidemic killed 40 villagers in the region last month."),
    ("health", "ARREST", "The singer suffered a cardiac arrest on stage during the concert."),
    ("health", "ATTACK", "She had a panic attack before the exam and left the hall."),
    # accidents and disasters
    ("accident", "ATTACK", "Twelve people were killed when a bus plunged off a bridge into a river on Friday."),
    ("accident", "ATTACK", "A gas explosion in a residential building injured seven people on Tuesday."),
    ("accident", "ATTACK", "Gas blast at a wedding hall kills 6; dozens more were hurt after a heater exploded."),
    ("accident", "ATTACK", "A boiler exploded at a textile factory, killing three workers."),
    ("accident", "ATTACK", "The earthquake killed at least 90 people and destroyed hundreds of homes."),
    ("accident", "ATTACK", "Floods triggered by heavy rain have killed 15 people in the north of the country."),
    ("accident", "ATTACK", "Five firefighters were injured as a fire swept through a warehouse on Sunday."),
    ("accident", "ATTACK", "A lightning strike killed two farmers working in a field near the village."),
    # agreements
    ("agreement", "ATTACK", "The two companies struck a deal worth two billion dollars on Wednesday."),
    ("agreement", "ATTACK", "Negotiators struck an agreement on fishing quotas after three days of talks."),
    # games and fiction
    ("fiction", "ATTACK", "In the game, players kill enemies and collect coins to unlock new levels."),
    ("fiction", "ATTACK", "The director shot the film in Morocco over six weeks last summer."),
    ("fiction", "ATTACK", "In the novel, the hero is kidnapped by pirates and sold as a slave."),
    # gestures: what is blown is a whistle, a kiss or a horn (real news has all three)
    ("gesture", "ATTACK", "Thousands of marchers blew whistles outside the ministry on Monday."),
    ("gesture", "ATTACK", "The clerk who blew the whistle on the bribes was dismissed last year."),
    ("gesture", "ATTACK", "Led out of the courtroom, the defendant blew a kiss to his sister."),
    ("gesture", "ATTACK", "Drivers blew their horns in protest at the fuel prices on Friday."),
    # diplomacy and membership
    ("diplomacy", "DEPORT", "Moscow expelled two diplomats from the embassy in response to the sanctions."),
    ("membership", "DEPORT", "The party expelled the deputy from its ranks for breaking the whip."),
    # Russian
    ("sport", "ATTACK", "Нападающий нанёс удар по воротам, но вратарь отразил мяч."),
    ("health", "ATTACK", "От коронавируса в регионе за сутки погибли 12 человек."),
    ("accident", "ATTACK", "В результате ДТП на трассе погибли три человека."),
    ("accident", "ATTACK", "Взрыв бытового газа в жилом доме ранил пятерых жильцов."),
]

ACTS: list[tuple[str, str]] = [
    ("ATTACK", "A bomber blew himself up at a police checkpoint in Kandahar on Monday, killing four officers."),
    ("ATTACK", "Gunmen attacked a police checkpoint in the province on Monday, killing four officers."),
    ("ATTACK", "A suicide bomber killed 20 fans outside a football stadium in the capital on Sunday."),
    ("ATTACK", "Militants attacked an army post near the border, the defence ministry said."),
    ("ATTACK", "A car bomb exploded near a market on Tuesday, killing 12 people."),
    ("ATTACK", "A former footballer was shot dead by gunmen in the city on Saturday."),
    ("ATTACK", "Insurgents struck a military convoy with a roadside bomb on Wednesday."),
    ("ATTACK", "Rebels shelled the town overnight, wounding nine civilians."),
    ("ATTACK", "Two servicemen were killed by sniper fire on the front line on Sunday."),  # "fire" of a weapon
    ("ATTACK", "Mortar fire killed three civilians in the market on Tuesday."),
    ("ARREST", "Police arrested three suspected Islamic State members in Istanbul on Friday."),
    ("ARREST", "Turkish border guards caught 14 Syrians trying to cross into Turkey."),
    ("DEPORT", "Germany deported two Islamist preachers to Tunisia last week."),
    ("ATTACK", "Боевики обстреляли позиции военных в районе села, погибли два человека."),
    ("ARREST", "Сотрудники ФСБ задержали в Москве троих сторонников ИГ."),
]

# A later batch, written after the rules and run once before anything was changed for it: 23/25
# (a methane explosion at a coal mine read as an attack; one act the extractor misses without the
# filter too, left out here).
NOT_ACTS += [
    ("accident", "ATTACK", "Storms and flash floods killed at least 23 people across the region over the weekend."),
    ("accident", "ATTACK", "A truck collided with a minibus on the highway, killing nine passengers."),
    ("health", "ATTACK", "Measles has killed 40 children in the district since the start of the year."),
    ("sport", "ATTACK", "The Lions attacked relentlessly in the second half and scored twice."),
    ("metaphor", "ATTACK", "The minister was attacked by opposition lawmakers for his handling of the crisis."),
    ("metaphor", "ARREST", "The photographer captured the moment the president arrived at the summit."),
    ("accident", "ATTACK", "Three miners were killed in a methane explosion at a coal mine on Thursday."),
    ("accident", "ATTACK", "The drought has killed thousands of cattle in the north of the country."),
    ("fiction", "ATTACK", "The new film about the siege was shot in Jordan and premieres next month."),
    ("metaphor", "ATTACK", "Oil prices exploded after the announcement, traders said."),
    ("accident", "ATTACK", "A landslide triggered by heavy rains buried a village, killing 14 people."),
    ("sport", "ATTACK", "The tennis star injured her wrist during the semi-final on Friday."),
    ("membership", "DEPORT", "The football association expelled the club from the league for match fixing."),
    ("accident", "ATTACK", "Lightning struck a school building, injuring six pupils."),
    ("accident", "ATTACK", "Около 30 человек погибли в результате наводнения в регионе."),
    ("accident", "ATTACK", "Водитель погиб в ДТП на трассе М-4."),
    ("sport", "ATTACK", "Игрок нанёс удар по воротам в добавленное время."),
]
ACTS += [
    ("ATTACK", "An explosion at a checkpoint killed three police officers on Monday."),
    ("ATTACK", "A roadside bomb struck an army patrol, killing two soldiers."),
    ("ATTACK", "Militants stormed a hotel in the capital and took hostages; five guests were killed."),
    ("ATTACK", "A man stabbed two police officers outside the station on Friday."),
    ("ATTACK", "Drone strikes killed six fighters near the town, the coalition said."),
    ("ARREST", "Police arrested a teenager over an online plot to bomb a concert."),
    ("ATTACK", "Боевики атаковали блокпост полиции, погибли двое полицейских."),
    ("ATTACK", "Troops killed 20 militants in a counter-attack near the border on Friday."),  # military, not sport
]


def _types(pipeline: Pipeline, text: str) -> set[str]:
    lang = "ru" if any("а" <= ch <= "я" for ch in text.lower()) else "en"
    document = Document(doc_id="s", text=text, language=lang, published=PUBLISHED)
    return {e.type for e in pipeline.extract(document).events}


@pytest.mark.parametrize(("kind", "etype", "text"), NOT_ACTS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(NOT_ACTS)])
def test_not_an_act(pipeline: Pipeline, kind: str, etype: str, text: str) -> None:
    assert etype not in _types(pipeline, text)


@pytest.mark.parametrize(("etype", "text"), ACTS, ids=[f"act-{i}" for i in range(len(ACTS))])
def test_act_survives(pipeline: Pipeline, etype: str, text: str) -> None:
    assert etype in _types(pipeline, text)


# -- the lexicon is data: its shape is tested here ----------------------------------------------------

ROLES = {"*", "subj", "obj", "mod", "by", "of", "in", "on", "for", "as", "from", "after", "during", "over", "to", "against", "with", "into"}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_lexicon_is_well_formed(lang: str) -> None:
    from watchfloor.extract.sense import load_lexicon
    from watchfloor.model import EVENT_TYPES

    lexicon = load_lexicon(lang)
    assert len(lexicon.anchors) >= 30
    names = {s.name for s in lexicon.senses}
    assert {"sport", "metaphor", "health", "accident", "agreement", "fiction"} <= names
    if lang == "en":
        assert {"criticism", "animal"} <= names
    for sense in lexicon.senses:
        assert sense.types and sense.types <= set(EVENT_TYPES), sense.name
        assert sense.near or sense.phrases, sense.name
        assert {role for role, _ in sense.near} <= ROLES, sense.name
        # a word of force is never a sign of another sense
        assert not (sense.context_words & lexicon.anchors), (sense.name, sense.context_words & lexicon.anchors)
        assert not ({lemma for _, lemma in sense.near} & lexicon.anchors), sense.name


def test_the_reason_is_named() -> None:
    from watchfloor.extract.sense import english_view, sense_of
    from watchfloor.nlp.english import load_english

    nlp = load_english()
    sent = next(iter(nlp("The two companies struck a deal on Wednesday.").sents))
    trig = next(t for t in sent if t.lemma_ == "strike")
    assert sense_of(english_view("ATTACK", trig, sent)) == "agreement"
    sent = next(iter(nlp("Insurgents struck a military convoy with a roadside bomb.").sents))
    trig = next(t for t in sent if t.lemma_ == "strike")
    assert sense_of(english_view("ATTACK", trig, sent)) is None


@pytest.mark.parametrize("name", ["sense.json", "about.json"])
def test_cue_lists_are_lower_case_and_unique(name: str) -> None:
    import json
    from importlib.resources import files

    def lists(node: object, path: str = "") -> list[tuple[str, list[str]]]:
        if isinstance(node, list):
            return [(path, node)]
        if isinstance(node, dict):
            return [item for k, v in node.items() if k not in ("types", "groups") for item in lists(v, f"{path}.{k}")]
        return []

    raw = json.loads(files("watchfloor.data").joinpath(name).read_text("utf-8"))
    for path, cues in lists(raw):
        assert len(cues) == len(set(cues)), path
        for cue in cues:
            assert cue == cue.lower() and cue == cue.strip() and cue, (path, cue)
