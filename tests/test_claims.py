"""Claims in English and Russian: statements whose content is itself the news.

Every sentence here is written for the test (none is taken from an evaluation folder). Each case
names the words that must lie inside a claim's evidence and the claim's stance, or says that the
text holds no claim: a report of an arrest with its source is an attribution, not a claim.
"""

from __future__ import annotations

import json
from datetime import date
from importlib.resources import files

import pytest

from watchfloor.model import Claim, Document, Extraction
from watchfloor.pipeline import Pipeline

PUBLISHED = date(2018, 6, 13)  # a Wednesday


def run(pipeline: Pipeline, text: str, lang: str) -> Extraction:
    x = pipeline.extract(Document(doc_id="t", text=text, language=lang, published=PUBLISHED))
    for claim in x.claims:
        for ev in [claim.evidence, *claim.more_evidence]:
            assert text[ev.start : ev.end] == ev.text
    return x


def covering(x: Extraction, text: str, words: str) -> Claim | None:
    """The claim whose evidence (or further evidence) overlaps the words."""
    start = text.index(words)
    end = start + len(words)
    for claim in x.claims:
        if any(ev.start < end and start < ev.end for ev in [claim.evidence, *claim.more_evidence]):
            return claim
    return None


# (text, words inside the claim, stance or None where the stance is not the point) — batch 1, English
CLAIMS_EN = [
    # a group owns up to an attack: the object of "claim" is the attack
    ("The Khorasan branch claimed the ambush on a police convoy through its news agency.", "claimed the ambush", "affirm"),
    ("Two days later the group claimed it in a short message.", "claimed it", "affirm"),
    # attitudes and admissions are statements too
    ("The accused admitted in court that he had sent money to a recruiter in Idlib.", "he had sent money", "affirm"),
    ("The young man insisted he had only travelled to visit his grandmother.", "he had only travelled", "affirm"),
    ("Interior Minister Lena Varga has promised that no citizen will be abandoned in the camps.", "no citizen will be abandoned", "affirm"),
    ("The government regrets that the neighbouring state has chosen to expel the woman.", "chosen to expel the woman", None),
    ("A researcher at the university believes the supporters had prepared backup accounts long before.", "had prepared backup accounts", "affirm"),
    # several content clauses: the later one is a claim even when the first gives a figure
    ("The minister told lawmakers on Monday that 450 citizens were abroad and that any returnee found guilty would face trial.", "would face trial", "affirm"),
    # "according to" puts the speaker before the content
    ("According to the village council, the family had planned the trip for months.", "planned the trip", "affirm"),
    # a quotation, speaker after it
    ('"We will not take back anyone who fought for the militants," the prime minister said.', "We will not take back", "deny"),
    # a denial with a noun object
    ("The preacher denies any role in the plot.", "denies any role", "deny"),
    # media reports of what someone is believed to have done
    pytest.param(
        "Danish media have reported that the suspect had spent a year in Raqqa.",
        "had spent a year in Raqqa",
        "affirm",
        marks=pytest.mark.xfail(
            reason="a neutral report of a past deed is read as an attribution; annotators count some media reports as claims",
            strict=True,
        ),
    ),
    # a lawyer's statement
    ("Her lawyer says the prosecution has no evidence that she ever carried a weapon.", "has no evidence", "deny"),
    # added remark, speaker only as a pronoun (named in the sentence before), content before the verb
    (
        "Foreign Minister Anna Berg said the deportations had been lawful. Not every deportee, she added, held extremist views.",
        "held extremist views",
        "deny",
    ),
]

# texts with no claim: events with their source, operational details, unsourced prose
NO_CLAIMS_EN = [
    "Police said they had detained three men in a raid on Tuesday.",
    "Officers arrested two brothers at the airport, a spokesman said.",
    "The ministry said 1,200 people had been barred from entering the country since 2015.",
    "Rifles and a laptop were seized during the search, the prosecutor's office said.",
    "Many observers say the region has changed.",
]

CLAIMS_RU = [
    ("Группировка в среду заявила, что стоит за нападением на колонну.", "стоит за нападением", "affirm"),
    ("Адвокат обвиняемой утверждает, что следствие не располагает доказательствами её участия в боях.", "не располагает доказательствами", "deny"),
    ("Представитель министерства заявил, что такая маленькая ячейка не могла бы действовать без помощи извне.", "не могла бы действовать", "deny"),
    ("По словам главы сельсовета, семья готовила отъезд несколько месяцев.", "семья готовила отъезд", "affirm"),
    # a pronoun speaker: the person named in the sentence before
    (
        "Начальник полиции Аслан Гериев провёл брифинг. По его словам, среди задержанных есть уроженцы Чечни и Ингушетии.",
        "уроженцы Чечни",
        "affirm",
    ),
    ("«Многие из них, вероятно, уже дома», — добавил консул.", "Многие из них", "affirm"),
    ("«Мы не помогаем террористам и никогда не будем», — подчеркнул основатель компании.", "Мы не помогаем террористам", None),
    ("В заявлении ведомства говорится, что все граждане за границей находятся под защитой государства.", "находятся под защитой", "affirm"),
    ("Обе женщины утверждали, что мужья увезли их в Сирию обманом.", "мужья увезли их", "affirm"),
    ("Бывший офицер заявил, что вступил в ряды боевиков по собственной воле.", "вступил в ряды боевиков", "affirm"),
    ("Министр пригрозил закрыть доступ к мессенджеру полностью.", "закрыть доступ к мессенджеру", "affirm"),
    ("Ещё в пятницу глава компании уверял, что никаких жалоб от властей не поступало.", "никаких жалоб", "deny"),
    ("Подозреваемые свою вину не признают.", "вину не признают", "deny"),
    ("Другие источники утверждают, что большинство задержанных — выходцы из Киргизии.", "большинство задержанных", "affirm"),
]

NO_CLAIMS_RU = [
    "Полиция сообщила, что задержала троих мужчин во время рейда во вторник.",
    "В МВД сообщили, что в аэропорту задержаны двое братьев.",
    "Как сообщил представитель прокуратуры, у подозреваемых изъяли оружие.",
    "Многие наблюдатели говорят, что регион изменился.",
]

# batch 2: who is no speaker, what a group says of its own deeds, statements after a colon
CLAIMS_EN += [
    pytest.param(
        "A security source, who asked not to be named, said the men had planned to reach Idlib.",
        "planned to reach Idlib",
        "affirm",
        marks=pytest.mark.xfail(reason="an unnamed source is no credible speaker for an off-topic statement", strict=True),
    ),
    ("The channel threatened to publish the names of informers.", "publish the names", "affirm"),
    ("The militants' news outlet said its fighters had attacked the checkpoint at dawn.", "its fighters had attacked", "affirm"),
    ('The governor said: "The border is closed to everyone."', "The border is closed", None),
]
NO_CLAIMS_EN += [
    "A spokesman declined to say how many people were held.",
    "No group has claimed the bombing so far.",
    "The ministry said 14 of the 20 returnees had since been charged.",
]
CLAIMS_RU += [
    ("Источник, попросивший не называть его имени, сообщил, что мужчины собирались добраться до Идлиба.", "собирались добраться", "affirm"),
    ("Канал пригрозил опубликовать имена информаторов.", "опубликовать имена", "affirm"),
    ("Боевики в своём канале заявили, что их отряд атаковал блокпост.", "их отряд атаковал", "affirm"),
    pytest.param(
        "Губернатор заявил: «Граница закрыта для всех».",
        "Граница закрыта",
        None,
        marks=pytest.mark.xfail(reason="a state told with an event verb ('закрыта') is read as the event", strict=True),
    ),
]
NO_CLAIMS_RU += [
    "Представитель полиции отказался называть имена задержанных.",
    "Ни одна группировка пока не взяла на себя ответственность за взрыв.",
    "В министерстве сообщили, что 14 из 20 вернувшихся уже осуждены.",
]

# batch 3: armed groups speak of their own attacks; policies told with an operation's verb;
# states told with a passive; the speaker's clauses coordinated; a denial of a trip
CLAIMS_EN += [
    ("A suicide bomber struck a mosque in Jalalabad on Friday, killing 12. IS claimed it.", "claimed it", "affirm"),
    ("Islamic State said through its news outlet that two gunmen had opened fire on the checkpoint.", "two gunmen had opened fire", "affirm"),
    ("The prime minister said on Monday that every returning militant would be detained and put on trial.", "would be detained", "affirm"),
    (
        "The interior minister had said last month that the camps were well guarded and that there was no risk of escapes.",
        "the camps were well guarded",
        None,
    ),
    (
        "An analyst at the institute said the men had probably planned to settle in the caliphate and that some might have joined the fighting.",
        "planned to settle",
        "affirm",
    ),
    ("The cabinet secretary said no citizen had travelled to the war zone from the islands.", "no citizen had travelled", "deny"),
]

# batch 5: a quotation the parser splits, with a hedge in one of its pieces; an indefinite "they"
CLAIMS_RU += [
    ("Консул приехал в Стамбул. «Часть из них, видимо, уже уехала обратно», — добавил консул.", "уже уехала обратно", "affirm"),
]
NO_CLAIMS_RU += ["Беженцам обещают жильё и работу."]

# batch 6: a mixed set written after the rules above, to measure them on text they were not made for
CLAIMS_EN += [
    ("Officials in Ankara insisted the border remained sealed to smugglers.", "remained sealed", "affirm"),
    ("The woman's father told reporters his daughter had been tricked into going.", "had been tricked", "affirm"),
    ("A Telegram channel run by the group's supporters urged followers to move to other apps.", "move to other apps", "affirm"),
    ("Her lawyer argued that she had been a victim rather than a member of the group.", "a victim rather than a member", "affirm"),
    ("The company said it would remove channels that call for violence.", "would remove channels", "affirm"),
    ("The group denied any involvement in the shooting.", "any involvement in the shooting", "deny"),
]
NO_CLAIMS_EN += [
    "The interior ministry said 12 suspects were detained in dawn raids across the province.",
    "Police declined to comment on the report.",
    "According to prosecutors, the men had wired money to a contact in Syria.",
    "Residents said the fighting had stopped by evening.",
]
CLAIMS_RU += [
    ("Власти Турции настаивают, что граница надёжно закрыта для контрабандистов.", "граница надёжно закрыта", "affirm"),
    ("Отец девушки рассказал журналистам, что дочь обманом заманили в Сирию.", "дочь обманом заманили", "affirm"),
    ("Канал сторонников группировки призвал подписчиков перейти в другие мессенджеры.", "перейти в другие мессенджеры", "affirm"),
    ("Адвокат настаивает, что его подзащитная была жертвой, а не членом группировки.", "была жертвой", None),
    ("Компания заявила, что будет удалять каналы с призывами к насилию.", "будет удалять каналы", "affirm"),
    ("Группировка отрицает свою причастность к стрельбе.", "причастность к стрельбе", "deny"),
]
NO_CLAIMS_RU += [
    "МВД сообщило, что в ходе рейдов задержаны 12 подозреваемых.",
    "В полиции отказались комментировать эти сообщения.",
    "Местные жители говорят, что бои к вечеру прекратились.",
]


@pytest.mark.parametrize(("text", "words", "stance"), CLAIMS_EN)
def test_english_claim(pipeline: Pipeline, text: str, words: str, stance: str | None) -> None:
    claim = covering(run(pipeline, text, "en"), text, words)
    assert claim is not None, "no claim"
    assert stance is None or claim.stance == stance


@pytest.mark.parametrize("text", NO_CLAIMS_EN)
def test_english_no_claim(pipeline: Pipeline, text: str) -> None:
    assert run(pipeline, text, "en").claims == []


@pytest.mark.parametrize(("text", "words", "stance"), CLAIMS_RU)
def test_russian_claim(pipeline: Pipeline, text: str, words: str, stance: str | None) -> None:
    claim = covering(run(pipeline, text, "ru"), text, words)
    assert claim is not None, "no claim"
    assert stance is None or claim.stance == stance


@pytest.mark.parametrize("text", NO_CLAIMS_RU)
def test_russian_no_claim(pipeline: Pipeline, text: str) -> None:
    assert run(pipeline, text, "ru").claims == []


def test_two_speakers_after_a_colon(pipeline: Pipeline) -> None:
    """Batch 4: the clause before a colon is nobody's statement; the second speaker's words are
    a claim of their own."""
    text = (
        "The dangers were debated long before the attack: in March the defence minister told parliament "
        "that 40 citizens had joined the militants, and weeks later a government spokesman said no citizen "
        "had left from the island."
    )
    x = run(pipeline, text, "en")
    claim = covering(x, text, "no citizen had left")
    assert claim is not None and claim.speaker.text == "a government spokesman" and claim.stance == "deny"
    assert covering(x, text, "The dangers were debated") is None


# batch 7: a statement noun whose author is named inside it; a speech verb reached through
# another verb; a platform named beside the author is not the speaker
def test_statement_noun_with_its_author(pipeline: Pipeline) -> None:
    text = (
        "The video by the militant outlet Sham Voice on Telegram claiming that the checkpoints are "
        "still unguarded was shared widely. Sham Voice even went as far as to accuse rival channels "
        "of spreading lies."
    )
    x = run(pipeline, text, "en")
    first = covering(x, text, "still unguarded")
    second = covering(x, text, "accuse rival channels")
    assert first is not None and first.speaker.text == "Sham Voice"
    assert second is not None and second.speaker.text == "Sham Voice"


@pytest.mark.xfail(reason="a statement reported inside another keeps only the inner clause and speaker", strict=True)
def test_unable_to_confirm_is_part_of_the_statement(pipeline: Pipeline) -> None:
    text = "Detectives thought the brothers had got to Mosul but could not yet verify it, a police spokesman said."
    claim = covering(run(pipeline, text, "en"), text, "could not yet verify it")
    assert claim is not None and claim.speaker.text == "a police spokesman"


def test_she_is_the_person_named_last(pipeline: Pipeline) -> None:
    """Batch 8: a pronoun speaker is the person named most recently, even when that person was
    introduced without a speech verb."""
    text = (
        "The ministry said on Monday that the camps would be closed. "
        "Later, Interior Minister Dana Holt gave parliament the first figures on returnees. "
        "Not all of them, she added, had been fighters."
    )
    claim = covering(run(pipeline, text, "en"), text, "had been fighters")
    assert claim is not None and claim.speaker.text.endswith("Dana Holt")


@pytest.mark.parametrize(
    ("text", "words"),
    [  # batch 9: an authority named only by its kind speaks when it is the subject
        ("Главным подозреваемым власти называют малоизвестную местную группировку.", "малоизвестную местную группировку"),
        ("Полиция настаивает, что взрывное устройство было самодельным.", "было самодельным"),
    ],
)
def test_authority_as_subject_speaks(pipeline: Pipeline, text: str, words: str) -> None:
    assert covering(run(pipeline, text, "ru"), text, words) is not None


def test_authority_as_place_says_nothing(pipeline: Pipeline) -> None:
    assert run(pipeline, "Как уточнили в ведомстве, проверяются и другие версии.", "ru").claims == []


# batch 10: a second mixed set written after the rules, to measure them on fresh text
BATCH_10 = [
    ("en", "Kazakhstan's foreign ministry said on Tuesday that 14 women and 30 children had been flown home from Syria.", None, None),
    ("en", "The justice minister warned that returnees who had fought would face long prison terms.", "would face long prison terms", "affirm"),
    ("en", "A spokesman for the platform said the accounts had been removed for breaking its rules.", None, None),
    ("en", "Relatives insist the young men were lured abroad by a recruiter they met online.", "were lured abroad", "affirm"),
    ("en", "The channel's administrators wrote that the blocking would not stop them.", "would not stop them", "deny"),
    ("en", "Turkish officials said the woman had been handed over to Dutch police at the airport.", None, None),
    ("en", "The imam denied that he had ever preached violence.", "preached violence", "deny"),
    ("en", "Prosecutors said the suspect, 24, had travelled to Syria in 2014.", None, None),
    ("ru", "МИД Казахстана сообщил, что из Сирии вывезены 14 женщин и 30 детей.", None, None),
    ("ru", "Министр юстиции предупредил, что воевавших ждут длительные сроки.", "длительные сроки", "affirm"),
    ("ru", "Представитель платформы сообщил, что аккаунты удалены за нарушение правил.", None, None),
    ("ru", "Родственники уверяют, что молодых людей заманил вербовщик, с которым они познакомились в интернете.", "заманил вербовщик", "affirm"),
    ("ru", "Администраторы канала написали, что блокировка их не остановит.", "блокировка их не остановит", "deny"),
    ("ru", "Турецкие власти сообщили, что женщину передали нидерландской полиции в аэропорту.", None, None),
    ("ru", "Имам отрицает, что когда-либо призывал к насилию.", "призывал к насилию", "deny"),
    ("ru", "В прокуратуре сообщили, что 24-летний подозреваемый выехал в Сирию в 2014 году.", None, None),
]


@pytest.mark.parametrize(("lang", "text", "words", "stance"), BATCH_10)
def test_batch_10(pipeline: Pipeline, lang: str, text: str, words: str | None, stance: str | None) -> None:
    x = run(pipeline, text, lang)
    if words is None:
        assert x.claims == []
        return
    claim = covering(x, text, words)
    assert claim is not None, "no claim"
    assert stance is None or claim.stance == stance


def test_a_report_inside_a_report_frames_nothing(pipeline: Pipeline) -> None:
    """Batch 11: "police said relatives had reported …": neither the inner nor the outer frame is
    a claim of the relatives."""
    text = "In March, police said relatives had reported 40 young people missing from the district."
    x = run(pipeline, text, "en")
    assert covering(x, text, "In March, police said") is None


def test_claim_cues_are_lowercase_lemmas_without_duplicates() -> None:
    raw = json.loads(files("watchfloor.data").joinpath("claim_cues.json").read_text("utf-8"))
    assert set(raw) == {"_comment", "en", "ru"}
    for lang in ("en", "ru"):
        for key, value in raw[lang].items():
            items = value if isinstance(value, list) else [w for ws in value.values() for w in (ws if isinstance(ws, list) else [ws])]
            for item in items:
                assert item == item.lower().strip(), (lang, key, item)
            if isinstance(value, list):
                assert len(value) == len(set(value)), f"duplicate in {lang}.{key}"
    en = raw["en"]
    assert set(en["whole_clause_verbs"]) <= set(en["committed_verbs"]) | set(en["report_verbs"])
    assert set(en["position_verbs"]) <= set(en["committed_verbs"]) | set(en["report_verbs"])


def test_a_later_that_clause_hung_deep_is_its_own_content(pipeline: Pipeline) -> None:
    """Batch 12: "told … that A, N of whom …, and that B": B is judged apart from the figure in A."""
    text = (
        "Interior Minister Ivan Petrov told a parliamentary committee on 3 March that more than 400 citizens "
        "had gone to war zones, 120 of whom had taken up arms, and that any returnee guilty of crimes "
        "would be put on trial once home."
    )
    x = run(pipeline, text, "en")
    assert covering(x, text, "would be put on trial once home") is not None
    assert covering(x, text, "more than 400 citizens") is None


# batch 13: short stories of three sentences, written after the rules; each claim is named by
# words inside it, and the count of claims is the story's own
STORIES = [
    (
        "en",
        "Police in Izmir detained nine foreigners on Thursday as they tried to reach the Syrian border. "
        "The governor's office said the group had planned to cross at night with the help of a smuggler. "
        "A lawyer for two of the men insisted they were aid workers and had never met any militants.",
        ["had planned to cross at night", "they were aid workers"],
    ),
    (
        "en",
        "A pro-IS channel on Telegram posted a message on Sunday. "
        "The blocks will not silence the brothers, it said, and new channels are already open. "
        "Telegram said it had removed 40 channels that week.",
        ["will not silence the brothers"],
    ),
    (
        "ru",
        "В Стамбуле полиция задержала восемь иностранцев, которые пытались добраться до границы с Сирией. "
        "Как заявил представитель губернатора, задержанные собирались перейти границу ночью. "
        "Адвокат двоих из них настаивает, что его подзащитные — волонтёры и никогда не встречались с боевиками.",
        ["собирались перейти границу", "его подзащитные"],
    ),
    (
        "ru",
        "В воскресенье телеграм-канал сторонников ИГ опубликовал обращение. "
        "«Блокировки не заставят братьев замолчать», — говорится в нём. "
        "Администрация мессенджера сообщила, что за неделю удалила 40 каналов.",
        ["не заставят братьев замолчать"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "claimed"), STORIES)
def test_story(pipeline: Pipeline, lang: str, text: str, claimed: list[str]) -> None:
    x = run(pipeline, text, lang)
    for words in claimed:
        assert covering(x, text, words) is not None, words
    assert len(x.claims) == len(claimed), [c.evidence.text for c in x.claims]


# batch 14 (session 23): four short stories (a channel's claim of a jet shot down and the military's
# denial; a security service's figure and rights groups disputing it; an arrest with its source; a
# preacher's son on his father and a ministry's view of the sermons). First run: 5 of the 6 claims
# found, 4 with the right speaker; two events wrong. Wrong: "the son told reporters his father had
# never called for violence" was the father's claim (a speech verb inside what was said, with no
# comma or "and" before it, is part of the statement, claims_en._separate); the channel's "its
# fighters had shot down a jet" was an asserted act (an act told in what a party claims is claimed,
# en_syntax._modality); "at least 50 women and children were still held there" was an arrest (a
# custody that goes on is no act). "Rights groups disputed the figure" makes no claim: a kind of
# speaker, with no topic, is not an identifiable one (kept so).
STORIES_14 = [
    ("A Telegram channel linked to the Islamic State group claimed on Wednesday that its fighters had shot down a "
     "Nigerian air force jet. The military denied the claim, saying the aircraft had crashed because of a technical "
     "fault.", [("had shot down a Nigerian air force jet", "A Telegram channel", "affirm"),
                ("the aircraft had crashed", "The military", "deny")], [("ATTACK", "claimed")]),
    ("Kyrgyzstan's security service said on Monday that no Kyrgyz citizens remain in the camps in north-eastern Syria. "
     "Rights groups disputed the figure, saying at least 50 women and children were still held there.",
     [("no Kyrgyz citizens remain", "Kyrgyzstan's security service", "deny")], []),
    ("Police arrested two men in Leeds on Tuesday, a spokeswoman said. Officers also searched three homes.",
     [], [("ARREST", "asserted")]),
    ("The preacher's son told reporters his father had never called for violence and would appeal against the ban. "
     "The interior ministry insists the sermons incited hatred.",
     [("had never called for violence", "The preacher's son", "deny"),
      ("the sermons incited hatred", "The interior ministry", "affirm")], []),
]


def check_story(pipeline: Pipeline, text: str, claimed: list[tuple[str, str, str]], events: list[tuple[str, str]],
                aggregates: int | None = None) -> None:
    """Each claim found with its speaker and stance, no other claim, and the events (and statistics) told."""
    x = run(pipeline, text, "en")
    for words, speaker, stance in claimed:
        claim = covering(x, text, words)
        assert claim is not None, words
        assert (claim.speaker.text, claim.stance) == (speaker, stance)
    assert len(x.claims) == len(claimed), [c.evidence.text for c in x.claims]
    assert sorted((e.type, e.modality) for e in x.events) == sorted(events)
    if aggregates is not None:
        assert len(x.aggregates) == aggregates


@pytest.mark.parametrize(("text", "claimed", "events"), STORIES_14)
def test_story_batch_14(pipeline: Pipeline, text: str, claimed: list[tuple[str, str, str]], events: list[tuple[str, str]]) -> None:
    check_story(pipeline, text, claimed, events)


def test_a_past_report_relayed_by_another_is_no_claim(pipeline: Pipeline) -> None:
    # written after its rule (session 23, batch 14): one party's past telling, relayed by another,
    # with a figure, is the figure's source, not a position
    text = "In May, officials said families had reported 40 young people as missing, feared gone to Syria."
    assert run(pipeline, text, "en").claims == []


# batch 15 (session 24): four short stories (a group's radio claim of 30 soldiers killed and the army's
# rejection of the figure; a detained blogger's lawyer and the prosecutors; a ministry's accusation and
# Kyiv's denial; a ministry's count of removals). First run: 5 of the 6 claims found, all 5 with the
# right speaker; one event wrong. Wrong: "240 foreign nationals were deported last month" was an event
# (a hundred and more people acted on in a month, over a whole country and not told as one act, are
# the month's count: statistics.is_statistic). Left: the prosecutors' "the blogger ran a channel that
# called for attacks on police" is read as the happening with its source (a past deed told neutrally,
# claims_en._past_happening), where an analyst would file the accusation as their claim.
STORIES_15 = [
    ("Al-Shabaab said in a statement on its radio station that its fighters had killed 30 Kenyan soldiers in an attack "
     "on a base in Lamu county. The Kenya Defence Forces rejected the figure as propaganda and said two soldiers were "
     "wounded.", [("its fighters had killed 30 Kenyan soldiers", "Al-Shabaab", "affirm"),
                  ("rejected the figure as propaganda", "The Kenya Defence Forces", "deny")], [("ATTACK", "asserted")], 0),
    pytest.param("The lawyer of the detained blogger said his client was being held for his posts criticising the "
                 "government, not for any links to extremists. Prosecutors say the blogger ran a channel that called "
                 "for attacks on police.",
                 [("his client was being held for his posts", "The lawyer of the detained blogger", "deny"),
                  ("the blogger ran a channel", "Prosecutors", "affirm")], [], 0,
                 marks=pytest.mark.xfail(reason="prosecutors' word on a past deed is read as its source", strict=True)),
    ("Russia's foreign ministry accused Ukraine of training militants to carry out attacks inside Russia. Kyiv has "
     "denied any involvement.", [("accused Ukraine of training militants", "Russia's foreign ministry", "affirm"),
                                 ("has denied any involvement", "Kyiv", "deny")], [], 0),
    ("According to the interior ministry, 240 foreign nationals were deported last month for violating residence rules.",
     [], [], 1),
]


@pytest.mark.parametrize(("text", "claimed", "events", "aggregates"), STORIES_15)
def test_story_batch_15(pipeline: Pipeline, text: str, claimed: list[tuple[str, str, str]], events: list[tuple[str, str]],
                        aggregates: int) -> None:
    check_story(pipeline, text, claimed, events, aggregates)



# batch 16 (session 25): a report written like the unseen ones, on claims (a ministry blames an exiled
# movement for a border attack; its leader rejects it "in a video posted on YouTube" and says "the
# movement had never used violence"; rights groups' count of relatives detained and the ministry's
# denial; five men held). First run: 2 of the 4 claims found with the right speaker, 1 of 2 events
# right. Wrong: "He said …" after "The group's leader rejected …" was given to the ministry (a person
# named by a noun, "the group's leader", is who "he" is: claims_en._one_person_speaks, with "leader",
# "commander", "founder" among the person words of data/claim_cues.json); the ministry's denial "that
# anyone had been held" was no claim (a draft dropped on the way, here a denied arrest of no one, no
# longer makes its sentence a telling of the act); the attack took the blaming's day ("blamed … on
# Tuesday" is a saying, as "accused" is, and the clause "that killed two guards last week" dates the
# attack its noun names).
STORY_16 = ('Tajik opposition group denies links to border attack\n'
     '\n'
     "DUSHANBE, March 10 - Tajikistan's interior ministry on Tuesday blamed the banned opposition movement Group 24 for an attack on a border post in the Rasht valley that killed two guards last week, saying the attackers had been trained in Afghanistan.\n"
     '\n'
     'The group\'s leader, speaking from exile in Europe, rejected the accusation in a video posted on YouTube, calling it "a lie to justify a new wave of repression". He said the movement had never used violence.\n'
     '\n'
     "Human rights groups say at least 40 relatives of exiled activists have been detained across the country since January. The ministry denied that anyone had been held for their relatives' activities.\n"
     '\n'
     'Police detained five men in the town of Gharm on Monday on suspicion of helping the attackers, the ministry said.\n')


def test_story_batch_16(pipeline: Pipeline) -> None:
    check_story(pipeline, STORY_16,
                [("blamed the banned opposition movement Group 24", "Tajikistan's interior ministry", "affirm"),
                 ("rejected the accusation", "The group's leader", "deny"),
                 ("the movement had never used violence", "The group's leader", "deny"),
                 ("anyone had been held for their relatives' activities", "Tajikistan's interior ministry", "deny")],
                [("ATTACK", "asserted"), ("ARREST", "asserted")], aggregates=1)


def test_story_batch_16_dates(pipeline: Pipeline) -> None:
    x = pipeline.extract(Document(doc_id="t", text=STORY_16, language="en", published=date(2021, 3, 10)))
    assert sorted((e.type, str(e.date), e.date_precision) for e in x.events) == [
        ("ARREST", "2021-03-08", "day"), ("ATTACK", "2021-03-01", "week")]


# batch 17 (session 26): three short stories (an army's attribution of an attack, the accused
# movement's rejection and another group's claim of responsibility; a pro-government channel's
# report of migrants caught at the border and the neighbour's officials who have no record of it; an
# army's rescue of 27 women "held by Boko Haram" and the group's denial). First run: 6 of 7 claims
# found with their speaker and stance; 1 of 2 events right, one false. Wrong: the women "held by Boko
# Haram" were an arrest (people a passive's agent holds that is an armed group or armed men are
# captives: english._held_by_armed_men; event_location has "to free a soldier held by gunmen"), and
# as that false arrest was the army's content, its statement was no claim. Left (strict xfail): the
# migrants' capture, told only by a partisan channel, is asserted where an analyst files it claimed.
STORIES_17 = [
    ("Pakistan's army said on Monday that militants based in Afghanistan had carried out an attack on a checkpoint in "
     "North Waziristan that killed four soldiers. The Afghan Taliban rejected the accusation, saying they did not allow "
     "anyone to use Afghan soil against other countries. The Pakistani Taliban claimed responsibility for the attack in "
     "a statement to reporters.",
     [("militants based in Afghanistan had carried out an attack", "Pakistan's army", "affirm"),
      ("rejected the accusation", "The Afghan Taliban", "deny"),
      ("claimed responsibility for the attack", "The Pakistani Taliban", "affirm")], [("ATTACK", "asserted")]),
    pytest.param(
        "A pro-government Telegram channel in Belarus said on Tuesday that border guards had caught a group of 14 "
        "migrants trying to cross into Poland near Grodno. Polish officials said they had no record of the incident. "
        "The channel did not give the migrants' nationalities.",
        [("border guards had caught a group of 14 migrants", "A pro-government Telegram channel in Belarus", "affirm"),
         ("they had no record of the incident", "Polish officials", "deny")], [("ARREST", "claimed")],
        marks=pytest.mark.xfail(reason="an act told only by a partisan channel's saying is asserted, not claimed", strict=True)),
    ("The Nigerian army said its troops had rescued 27 women held by Boko Haram in the Sambisa forest on Saturday. A "
     "spokesman for the group denied that any hostages had been freed and said the army's account was \"pure "
     "fabrication\".",
     [("its troops had rescued 27 women", "The Nigerian army", "affirm"),
      ("any hostages had been freed", "A spokesman for the group", "deny")], []),
]


@pytest.mark.parametrize(("text", "claimed", "events"), STORIES_17)
def test_story_batch_17(pipeline: Pipeline, text: str, claimed: list[tuple[str, str, str]], events: list[tuple[str, str]]) -> None:
    check_story(pipeline, text, claimed, events)


# batch 18 (session 27): four short stories (a platform's count of channels removed and a minister who
# says the app "had become a tool for terrorists" and "called for it to be blocked"; a group's claim of a
# church bombing and officials naming the bombers; the mother of a woman "jailed for joining IS" and the
# prosecutors; a ministry that denied reports of its citizens' detention and its spokesman's account).
# First run: 4 of 7 claims found with their speaker (the mother's taken for a group's voice, as the
# phrase after her names IS), 3 of 4 events right. Wrong: the minister's claim was lost, as a state
# reached by "become" was read as a past happening and "called for X to be blocked" has its clause
# parsed as adverbial (claims_en: "become" is stative, a for-clause under "call" is the content); kin
# and counsel speak as persons (claims_en.KIN_SPEAKERS). Left (strict xfails): the prosecutors' and the
# spokesman's accounts of a person's past are read as the happening with its source, and "a woman
# jailed for joining IS", a reduced relative with no day, place or agent, describes her (no act).
STORIES_18 = [
    ("Telegram said on Thursday it had removed more than 200 channels linked to Islamic State in the past week after "
     "complaints from Indonesian officials. Indonesia's communications minister said the app had become a tool for "
     "terrorists and called for it to be blocked entirely.",
     [("the app had become a tool for terrorists", "Indonesia's communications minister", "affirm")], [("TAKEDOWN", "asserted")]),
    ("Islamic State claimed responsibility on Saturday for a suicide bombing at a church in Jolo that killed 20 people, "
     "saying two of its fighters carried it out. Philippine officials said the bombers were an Indonesian couple.",
     [("claimed responsibility", "Islamic State", "affirm"),
      ("the bombers were an Indonesian couple", "Philippine officials", "affirm")], [("ATTACK", "asserted")]),
    pytest.param(
        "The mother of a Dagestani woman jailed for joining IS told a local news site that her daughter had been deceived "
        "by recruiters and never took part in fighting. Prosecutors say the woman spent two years in Raqqa.",
        [("her daughter had been deceived by recruiters", "The mother of a Dagestani woman jailed for joining IS", "affirm"),
         ("the woman spent two years in Raqqa", "Prosecutors", "affirm")], [("CHARGE", "asserted")],
        marks=pytest.mark.xfail(reason="an account of a person's past is read as the happening; a reduced relative with no day describes", strict=True)),
    pytest.param(
        "Kazakhstan's foreign ministry denied reports that 15 of its citizens had been detained in Turkey while trying to "
        "cross into Syria. A ministry spokesman said the group had travelled to Istanbul as tourists.",
        [("denied reports", "Kazakhstan's foreign ministry", "deny"),
         ("the group had travelled to Istanbul as tourists", "A ministry spokesman", "affirm")], [("ARREST", "denied")],
        marks=pytest.mark.xfail(reason="a spokesman's account of a past trip is read as the happening with its source", strict=True)),
]


@pytest.mark.parametrize(("text", "claimed", "events"), STORIES_18)
def test_story_batch_18(pipeline: Pipeline, text: str, claimed: list[tuple[str, str, str]], events: list[tuple[str, str]]) -> None:
    check_story(pipeline, text, claimed, events)


def test_kin_speak_as_persons(pipeline: Pipeline) -> None:
    text = "The mother of a Dagestani woman jailed for joining IS told a local news site that her daughter had been deceived by recruiters."
    (claim,) = run(pipeline, text, "en").claims
    assert claim.speaker.kind == "person"


# batch 19 (session 28): four short stories (a ministry that "said it planned to deport a Syrian" and
# his lawyer's objection; border guards' arrest of eleven Uzbeks and Tashkent's account of them; the
# Taliban's denial of an attack "where local officials said eight policemen were killed" and its
# spokesman's "the attack was carried out by Islamic State"; a platform's blocking of 45 channels and
# activists' view that "the move set a dangerous precedent"). First run: 3 of 5 claims found with their
# speaker, one claim too many, 2 of 4 events right. Wrong: the ministry's plan was a claim and no
# event (a state's plan told by it is the planned act with its source: reports-dev2 codes seven such
# plans as events and none as claims; "said it planned" has the state as its subject through the
# pronoun), and the spokesman's blame was no claim (an act told back by a definite noun and put down
# to someone by a passive's agent is a position: claims_en._blames). Left (strict xfails): the attack
# is filed as denied though only the Taliban's part in it is, and the activists' view is dropped (a
# generic speaker on no listed topic makes no claim, by design).
STORIES_19 = [
    ("Germany's interior ministry said on Wednesday it planned to deport a Syrian convicted of membership of Islamic "
     "State once he had served his sentence. His lawyer said the deportation would breach the European Convention on "
     "Human Rights because his client faced torture in Syria.",
     [("the deportation would breach the European Convention on Human Rights", "His lawyer", "affirm")], [("DEPORT", "planned")]),
    ("Kyrgyz border guards detained eleven Uzbek citizens near Batken on Sunday night, the State Border Service said. "
     "Uzbekistan's foreign ministry said the group were seasonal workers who had lost their way and demanded their "
     "immediate release.",
     [("the group were seasonal workers who had lost their way", "Uzbekistan's foreign ministry", "affirm")], [("ARREST", "asserted")]),
    pytest.param(
        "The Taliban denied on Tuesday that its fighters had attacked a checkpoint in Kunduz, where local officials said "
        "eight policemen were killed overnight. A spokesman for the group said the attack was carried out by Islamic State.",
        [("its fighters had attacked a checkpoint", "The Taliban", "deny"),
         ("the attack was carried out by Islamic State", "A spokesman for the group", "affirm")], [("ATTACK", "asserted")],
        marks=pytest.mark.xfail(reason="the attack is filed as denied, though only the Taliban's part in it is", strict=True)),
    pytest.param(
        "Telegram said it had blocked 45 channels run by the Islamist group after a request from Pakistani authorities. "
        "Digital rights activists said the move set a dangerous precedent for censorship of political speech.",
        [("the move set a dangerous precedent", "Digital rights activists", "affirm")], [("TAKEDOWN", "asserted")],
        marks=pytest.mark.xfail(reason="a generic speaker on no listed topic makes no claim", strict=True)),
]


@pytest.mark.parametrize(("text", "claimed", "events"), STORIES_19)
def test_story_batch_19(pipeline: Pipeline, text: str, claimed: list[tuple[str, str, str]], events: list[tuple[str, str]]) -> None:
    check_story(pipeline, text, claimed, events)


@pytest.mark.parametrize(("text", "claims", "events"), [
    ("Germany's interior ministry said on Wednesday it planned to deport a Syrian man.", 0, [("DEPORT", "planned")]),
    ("German authorities plan to deport a 21-year-old Syrian, a spokesman said.", 0, [("DEPORT", "planned")]),
    ("The group said it planned to attack more bases.", 1, []),
    ("A spokesman said the attack was carried out by Islamic State.", 1, []),
    ("The minister said the ban set a dangerous precedent.", 1, []),
], ids=["state_s_plan", "plan_told_by_a_spokesman", "group_s_threat", "blame", "view_of_a_decision"])
def test_plans_blames_and_views(pipeline: Pipeline, text: str, claims: int, events: list[tuple[str, str]]) -> None:
    x = run(pipeline, text, "en")
    assert (len(x.claims), sorted((e.type, e.modality) for e in x.events)) == (claims, events)


@pytest.mark.parametrize(("text", "modality"), [
    ("The Taliban denied involvement in the attack on a checkpoint in Kunduz, which killed eight policemen.", "asserted"),
    ("The group denied responsibility for the bombing that killed 12 people in Kabul on Monday.", "asserted"),
    ("The government has denied any role in the attack on the convoy, which killed four soldiers.", "asserted"),
    ("Police denied that anyone had been killed in the raid.", "denied"),
], ids=["involvement", "responsibility", "role", "the_act_itself"])
def test_a_part_in_an_act_denied_leaves_the_act(pipeline: Pipeline, text: str, modality: str) -> None:
    # written after batch 19's Taliban story: WikiEvents has "denied any link to the bombing", "has denied
    # any role in the violence", "denied responsibility and blamed the UVF" of acts that happened
    attacks = [e for e in run(pipeline, text, "en").events if e.type == "ATTACK"]
    assert [e.modality for e in attacks] == [modality]



# batch 20 (session 29): four short stories (Islamic State's claim of a bombing near Tal Afar and Iraqi
# officials' account of a roadside bomb; Russia's denial that a Chechen commander killed in Istanbul had
# worked for its intelligence, and two arrests in the killing; a pro-Kremlin channel's claim of saboteurs
# captured and officials' denial; a prosecutor general's word that 17 repatriated citizens would not face
# charges). First run: 4 of 5 claims found with their speaker, one claim too many, 2 of 5 events right.
# Wrong: the killing was filed as denied (an act told as done in a modifier of one the denial is about is
# asserted: en_syntax._modality). Left (strict xfails): Russia's denial is no claim (its content holds an
# event's trigger), and the prosecutor's decision is a claim with a planned charge and a planned removal,
# where it is a charge denied and a removal done.
STORIES_20 = [
    ('Islamic State claimed responsibility on Thursday for a bombing that killed four soldiers near Tal Afar, saying in a statement on its Amaq agency that one of its fighters had detonated an explosive belt. Iraqi military officials said the blast was caused by a roadside bomb.',
     [("one of its fighters had detonated an explosive belt", "Islamic State", "affirm"),
      ("the blast was caused by a roadside bomb", "Iraqi military officials", "affirm")], [("ATTACK", "asserted")]),
    pytest.param(
        "Russia's foreign ministry denied on Monday that a Chechen commander killed in Istanbul last week had been working for Russian intelligence. Turkish police arrested two suspects in the killing on Saturday.",
        [("had been working for Russian intelligence", "Russia's foreign ministry", "deny")], [("ATTACK", "asserted"), ("ARREST", "asserted")],
        marks=pytest.mark.xfail(reason="a denial whose content holds an event's trigger is no claim", strict=True)),
    ('A pro-Kremlin Telegram channel with 400,000 subscribers claimed that Ukrainian saboteurs had been captured near Belgorod, but regional officials said no such arrests had taken place.',
     [("Ukrainian saboteurs had been captured near Belgorod", "A pro-Kremlin Telegram channel with 400,000 subscribers", "affirm"),
      ("no such arrests had taken place", "regional officials", "deny")], []),
    pytest.param(
        "Uzbekistan's prosecutor general said on Tuesday that 17 citizens repatriated from Syria would not face criminal charges and would be helped to return to normal life.",
        [], [("DEPORT", "asserted"), ("CHARGE", "denied")],
        marks=pytest.mark.xfail(reason="'would not face charges' is read as a claim with a planned charge", strict=True)),
]


@pytest.mark.parametrize(("text", "claimed", "events"), STORIES_20)
def test_story_batch_20(pipeline: Pipeline, text: str, claimed: list[tuple[str, str, str]], events: list[tuple[str, str]]) -> None:
    check_story(pipeline, text, claimed, events)


def test_a_killing_described_in_a_denial_is_told_as_done(pipeline: Pipeline) -> None:
    x = run(pipeline, "Russia's foreign ministry denied on Monday that a Chechen commander killed in Istanbul last week had been working for Russian intelligence. Turkish police arrested two suspects in the killing on Saturday.", "en")
    assert sorted((e.type, e.modality) for e in x.events) == [("ARREST", "asserted"), ("ATTACK", "asserted")]


# batch 21 (session 30): five short stories (the Taliban's denial that its fighters attacked a bus,
# "blaming enemies of Islam for the blast that killed 11"; a security committee's own report of three
# detained; a rights group's allegation of torture "an allegation the Federal Security Service did not
# comment on"; the SDF's figure of 100 fighters killed "in three days of fighting, a figure that could not
# be independently verified"; a channel's call to attack churches). First run: 1 of 4 claims right (one
# stance wrong, one speaker wrong, one claim missed), 1 of 3 events (the bus attack denied, a figure over
# three days filed as an attack). Changed for the class beside it (denial of a part in an act, with real
# text: CASE 2021 and WikiEvents have a spokesman or a suspect denying that his side was responsible for,
# or he involved in, an attack told as done): "responsible" and "involved" deny a part in the
# act as "responsibility" and "involvement" did, and a relative clause set off by a comma ("…, which
# killed 11 people") is the writer's own telling, not the denial's (en_syntax._modality). Left (strict
# xfails), with no real text we hold for them: the blaming participle the parser hangs inside the denied
# clause; the allegation's own apposition read as its stance; the figure over three days of fighting;
# the channel named by whom it serves.
STORIES_21 = [
    pytest.param(
        "The Taliban denied on Sunday that its fighters had attacked a bus in Ghazni province, blaming enemies of Islam for the blast that killed 11 passengers.",
        [("its fighters had attacked a bus in Ghazni province", "The Taliban", "deny")], [("ATTACK", "asserted")],
        marks=pytest.mark.xfail(reason="the parser hangs 'blaming …' inside the denied clause, so the blast is denied", strict=True)),
    ("Kazakhstan's security committee said on Friday it had detained three Islamic State supporters suspected of plotting to bomb a police station in Aktobe.",
     [], [("ARREST", "asserted")]),
    pytest.param(
        "The human rights group Memorial said the men had been tortured in custody, an allegation the Federal Security Service did not comment on.",
        [("the men had been tortured in custody", "The human rights group Memorial", "affirm")], [],
        marks=pytest.mark.xfail(reason="the allegation's apposition ('did not comment') is read as the claim's stance", strict=True)),
    pytest.param(
        "The Syrian Democratic Forces said on Wednesday that more than 100 Islamic State fighters had been killed in three days of fighting, a figure that could not be independently verified.",
        [("more than 100 Islamic State fighters had been killed", "The Syrian Democratic Forces", "affirm")], [],
        marks=pytest.mark.xfail(reason="a toll over three days of fighting is an attack, not a party's figure", strict=True)),
    pytest.param(
        "A Telegram channel run by supporters of Islamic State urged followers to attack churches during Christmas, a call that French officials said they were taking seriously.",
        [("urged followers to attack churches during Christmas", "A Telegram channel run by supporters of Islamic State", "affirm")], [],
        marks=pytest.mark.xfail(reason="the channel is named by the group it serves", strict=True)),
]


@pytest.mark.parametrize(("text", "claimed", "events"), STORIES_21)
def test_story_batch_21(pipeline: Pipeline, text: str, claimed: list[tuple[str, str, str]], events: list[tuple[str, str]]) -> None:
    check_story(pipeline, text, claimed, events)


@pytest.mark.parametrize(("text", "modality"), [
    ("The militia's spokesman denied that its men were responsible for the ambush, which killed nine soldiers.", "asserted"),
    ("The group denied involvement in the bombing of a market in Kabul, which killed 11 people.", "asserted"),
    ("The group denied involvement in the bombing of a market in Kabul on Monday, which killed 11 people.", "asserted"),
    ("The army denied that its troops had killed civilians.", "denied"),
    ("Police denied that officers had killed two protesters in the square.", "denied"),
], ids=["responsible_for", "involvement", "aside_on_the_day", "denied_killing", "denied_with_place"])
def test_a_denied_part_in_an_act_leaves_the_act_told(pipeline: Pipeline, text: str, modality: str) -> None:
    assert [e.modality for e in run(pipeline, text, "en").events if e.type == "ATTACK"] == [modality]
