"""Held-out batches of English reports written for the test, from batch 348 on (batches 1-347 are in
tests/test_generalise_en.py; the checks are tests/_generalise.py).

Each batch was written and run once before any rule was changed for it; the first-pass figures
are recorded in docs/generalisation.md. A case lists the events it must give (type, total,
nationalities, modality and, where the text gives one, the date) and nothing else.
"""

from __future__ import annotations

import pytest
from _generalise import W, Want, check, run

from watchfloor.pipeline import Pipeline

# the texts of batches 348-350, as written
B0 = ('Tajik man detained in Poland over IS links\n'
      '\n'
      'WARSAW, March 9 - Polish counter-intelligence officers detained a 31-year-old Tajik national in the eastern city of Lublin on Sunday on suspicion of raising money for Islamic State, the Internal Security Agency said on Tuesday. The man, who had lived in Poland for four years, will be expelled once the proceedings end, a spokesman said. Poland has expelled 19 foreigners over extremism since January 2020.\n')

B1 = ('Four soldiers killed in Niger ambush\n'
      '\n'
      'NIAMEY, March 10 - Gunmen ambushed a military convoy near the village of Banibangou in western Niger on Monday evening, killing four soldiers and wounding seven, the defence ministry said in a statement read on state television on Tuesday. The wounded were flown to Niamey for treatment. The ministry said 17 of the attackers were "neutralised" in the fighting that followed.\n')

B2 = ('Germany bars Salafist preacher\n'
      '\n'
      'BERLIN, March 8 - German authorities have barred a Salafist preacher from Bosnia and Herzegovina from entering the country for five years, the interior ministry of the state of North Rhine-Westphalia said on Monday. The preacher, whose sermons circulate widely on YouTube, had been due to speak at a mosque in Duisburg later this month. He was turned back at Dusseldorf airport in February after arriving on a flight from Sarajevo.\n')

C0 = ('Kyrgyzstan brings home women and children from Iraq\n'
      '\n'
      'BISHKEK, March 5 - A plane carrying 41 Kyrgyz citizens, all of them women and children held in Iraqi prisons and camps, landed at Manas airport late on Thursday, the foreign ministry said. It was the second such flight in a month: 79 children were flown back from Baghdad on February 11. The women were taken for questioning by the State Committee for National Security on arrival.\n')

C1 = ('Man charged after Birmingham knife attack\n'
      '\n'
      'LONDON, March 10 - Prosecutors have charged a 22-year-old man with attempted murder after two worshippers were stabbed outside a mosque in Birmingham on Friday night, West Midlands Police said on Wednesday. Kamran Ali, from the Small Heath area of the city, was arrested at his home hours after the attack. He will appear before magistrates on Thursday.\n')

C2 = ('Philippine troops capture Abu Sayyaf sub-leader\n'
      '\n'
      "MANILA, March 9 - Soldiers captured an Abu Sayyaf sub-leader and two of his followers in a raid on a hideout in Patikul, Sulu province, before dawn on Tuesday, the military's Western Mindanao Command said. A third man was killed when he fired at the troops. The sub-leader faces charges over the kidnapping of two Indonesian fishermen in 2019.\n")

D0 = ('Turkey deports Russian jihadist suspects\n'
      '\n'
      "ISTANBUL, March 8 - Turkish police detained 11 Russian nationals, among them three women, in a raid on two flats in Istanbul's Basaksehir district last week, and eight of them were deported to Moscow on Sunday, the state-run Anadolu agency reported. The remaining three are still in a removal centre awaiting deportation. Russian police arrested the deported men at Vnukovo airport on arrival.\n")

D1 = ('Mali: 12 civilians killed in attack on bus\n'
      '\n'
      'BAMAKO, March 6 - Unidentified gunmen attacked a passenger bus on the road between Bandiagara and Bankass in central Mali on Thursday afternoon, killing 12 civilians, local officials said on Saturday. Three passengers were wounded and at least four are missing. It was the third attack on the road this year.\n')


# -- batch 348 (session 29): three reports written like the unseen ones, thirty-eighth set (a Tajik held
# in Lublin, "will be expelled once the proceedings end", beside "19 foreigners … since January 2020"; an
# ambush in western Niger, "The wounded were flown to Niamey"; a Bosnian preacher barred from Germany for
# five years, "He was turned back at Dusseldorf airport in February"): 4 of 6 findings right when first
# run. Wrong: the foreigners' statistic took the story's one nationality (a foreigner is of no nationality
# the story gives: en_syntax._foreign), and the refusal in February was merged into the ban told as
# recent (an act told as recent, the report's week, and one told in an earlier month are two:
# en_story._told_apart, coref._in_an_earlier_month; batch 326's ban and refusal, left then, pass too).

REPORTS_LIKE_THE_UNSEEN_38 = [
    (B0,
     [W("ARREST", 1, nats="TJK", day="2021-03-07", country="POL"), W("DEPORT", 1, nats="TJK", modality="planned")], 1),
    (B1,
     [W("ATTACK", day="2021-03-08", killed=4, wounded=7, country="NER")], 0),
    (B2,
     [W("ENTRY_BAN", 1, nats="BIH", day="2021-03-08", country="DEU"),
      W("ENTRY_BAN", 1, nats="BIH", day="2021-02-01", country="DEU")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_38, ids=[f"reports_like_the_unseen_38_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_38))])
def test_reports_written_like_the_unseen_ones_thirty_eighth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_foreigners_take_no_nationality_from_the_story(pipeline: Pipeline) -> None:
    x = run(pipeline, B0)
    assert [(a.total, a.nationality) for a in x.aggregates] == [(19, None)]


# -- batch 349 (session 29): three reports written like the unseen ones, thirty-ninth set (a plane
# "carrying 41 Kyrgyz citizens, all of them women and children held in Iraqi prisons and camps" landing
# at Manas airport, a first flight of 79 children on February 11, "The women were taken for questioning
# … on arrival"; a man charged after two worshippers were stabbed outside a Birmingham mosque, "from the
# Small Heath area of the city", arrested "hours after the attack"; soldiers capturing "an Abu Sayyaf
# sub-leader and two of his followers", a third man killed, the sub-leader facing charges over a 2019
# kidnapping): 2 of 8 findings right when first run (the charges faced are left unjudged). Wrong: the
# flight of 41 was no removal (where people were held, "held in Iraqi prisons", is where a flight brings
# them from; an Iraqi prison or camp is in Iraq: english.KEPT_VERBS, STATE_PLACE_NOUNS; the landing's
# place may be an airport named by a proper noun); "taken for questioning" was no arrest
# (en_frames.taken_for_questioning); the charge told in the perfect took the stabbing's day from an
# after-clause (en_when); "sub-leader", split at its hyphen, lost the parse (nlp.english
# wf_prefixed_words: "ex-", "sub-", "co-", "vice-" joined before tagging, read as the noun they end
# with). Left: the women's arrest "on arrival" takes the day of the flight told just before (the
# children's), not theirs; two worshippers "stabbed" are not counted as wounded (no real text we hold
# has a stabbing that is not to death); "from the Small Heath area of the city" gives no residence;
# the charges faced take the kidnapping's year, which the parser hangs on "faces".

REPORTS_LIKE_THE_UNSEEN_39 = [
    pytest.param(C0,
                 [W("DEPORT", 41, nats="KGZ", day="2021-03-04", country="KGZ"), W("DEPORT", 79, day="2021-02-11"),
                  W("ARREST", None, nats="KGZ", day="2021-03-04", country="KGZ")], 0,
                 marks=pytest.mark.xfail(reason="the women's arrest 'on arrival' takes the day of the flight told just before", strict=True)),
    pytest.param(C1,
                 [W("CHARGE", 1, nats="GBR", day="2021-03-08", country="GBR"), W("ATTACK", day="2021-03-05", wounded=2, country="GBR"),
                  W("ARREST", 1, nats="GBR", day="2021-03-05", country="GBR")], 0,
                 marks=pytest.mark.xfail(reason="people stabbed are not counted as wounded; a district of 'the city' gives no residence", strict=True)),
    (C2,
     [W("ARREST", 3, day="2021-03-09", country="PHL"), W("ATTACK", day="2021-03-09", killed=1, country="PHL"), W("CHARGE", 1, country="PHL")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_39, ids=[f"reports_like_the_unseen_39_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_39))])
def test_reports_written_like_the_unseen_ones_thirty_ninth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_the_flight_of_people_held_in_a_war_s_prisons(pipeline: Pipeline) -> None:
    removals = [e for e in run(pipeline, C0).events if e.type == "DEPORT" and e.total == 41]
    assert [(sorted(e.nationalities), e.location.country if e.location else None) for e in removals] == [(["KGZ"], "KGZ")]


def test_the_charge_and_the_attack_of_its_after_clause(pipeline: Pipeline) -> None:
    events = {e.type: e for e in run(pipeline, C1).events}
    assert (events["CHARGE"].date_precision, events["ATTACK"].date.isoformat() if events["ATTACK"].date else None) == ("week", "2021-03-05")


@pytest.mark.parametrize(("text", "total"), [
    ("Soldiers captured a sub-commander in a raid on Tuesday.", 1),
    ("Police arrested 12 ex-rebels in Lyon on Tuesday.", 12),
    ("Police detained a co-founder of the group and two vice-presidents on Tuesday.", 3),
], ids=["sub", "ex", "co_vice"])
def test_people_named_with_a_hyphened_prefix(pipeline: Pipeline, text: str, total: int) -> None:
    [event] = run(pipeline, text).events
    assert (event.type, event.total) == ("ARREST", total)


@pytest.mark.parametrize(("text", "total"), [
    ("Police took three men in for questioning on Monday.", 3),
    ("Two men were taken in for questioning in Lyon on Monday.", 2),
    ("The minister was summoned for questioning by the committee on Monday.", None),
    ("The photos were taken for questioning witnesses.", None),
], ids=["took_in", "taken_in", "summoned", "no_people"])
def test_taken_for_questioning(pipeline: Pipeline, text: str, total: int | None) -> None:
    arrests = [e.total for e in run(pipeline, text).events if e.type == "ARREST"]
    assert arrests == ([] if total is None else [total])


@pytest.mark.parametrize(("text", "wounded"), [
    ("Two people were shot and wounded in Lyon on Friday.", 2),
    ("Troops shot and injured two rebels in a clash on Tuesday.", 2),
    ("Twelve were killed and 30 wounded in the blast on Friday.", 30),
], ids=["passive", "active", "own_count"])
def test_shot_and_wounded(pipeline: Pipeline, text: str, wounded: int) -> None:
    [event] = run(pipeline, text).events
    assert event.wounded == wounded


# -- batch 350 (session 29): two reports written like the unseen ones, fortieth set (eleven Russians held
# in Istanbul, "eight of them were deported to Moscow on Sunday", "The remaining three are still in a
# removal centre awaiting deportation", "Russian police arrested the deported men … on arrival"; a bus
# attacked in central Mali, "It was the third attack on the road this year"): 3 of 5 findings right when
# first run. Wrong: the remaining three's planned removal was merged into the eight's (the rest of a group
# told with another modality is another act: en_story; "awaiting deportation" hung on the place by the
# parser waits for the clause's subject, as WikiEvents' "in a … Belgian prison awaiting extradition to
# France"), and "the deported men" counted the eleven (a group named by what was done to it is the group
# of the latest such act: en_targets._people_an_act_was_done_to; MUC-4 and WikiEvents have "the arrested
# men", "the arrested persons").

REPORTS_LIKE_THE_UNSEEN_40 = [
    (D0,
     [W("ARREST", 11, nats="RUS", day="2021-03-01", country="TUR"), W("DEPORT", 8, nats="RUS", day="2021-03-07", country="TUR"),
      W("DEPORT", 3, nats="RUS", modality="planned"), W("ARREST", 8, nats="RUS", day="2021-03-07", country="RUS")], 0),
    (D1,
     [W("ATTACK", day="2021-03-04", killed=12, wounded=3, country="MLI")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_40, ids=[f"reports_like_the_unseen_40_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_40))])
def test_reports_written_like_the_unseen_ones_fortieth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_a_prisoner_awaiting_extradition(pipeline: Pipeline) -> None:
    [event] = run(pipeline, "The suspect is in a Belgian prison awaiting extradition to France, his lawyer said.").events
    assert (event.type, event.modality, event.total) == ("DEPORT", "planned", 1)


# -- regressions read off WikiEvents train (the tuning part) and GOLD-FORMAT, not a batch

@pytest.mark.parametrize(("text", "nats"), [
    ("A Croat militia captured the commander when he attempted to enter Bosnia.", []),
    ("An Afghan army patrol captured the detainee near the border.", []),
    ("The commander was captured by a Croat militia on Monday.", []),
    ("An Afghan was seen near the border. Police arrested the man on Monday.", ["AFG"]),
    ("Kazakhstan says two men were arrested on Monday.", []),
], ids=["captors_subject", "patrol", "captors_agent", "told_before", "teller"])
def test_the_captors_or_the_teller_give_no_nationality(pipeline: Pipeline, text: str, nats: list[str]) -> None:
    [event] = run(pipeline, text).events
    assert sorted(event.nationalities) == nats


# -- batch 351 (session 29): coder notes, 27th set (an ambush on a FAMa patrol near Boni, ISWAP
# collaborators held at a Maiduguri checkpoint and "handed over to the army", a chief abducted in Kidal
# "and later released", mortars on an AMISOM base in Leego, a US drone strike near Jilib, an HTS
# commander detained in Afrin, three TTP militants sentenced in Lahore, an encounter in Shopian): 8 of 8
# right when first run.

CODER_NOTES_27 = [
    ('On 14 February 2021, JNIM militants ambushed a FAMa patrol near Boni (Hombori, Douentza, Mopti). 5 soldiers were killed and 3 others injured.',
     [W("ATTACK", day="2021-02-14", killed=5, wounded=3, country="MLI")]),
    ('On 2 March 2021, police arrested 4 suspected ISWAP collaborators at a checkpoint in Maiduguri (Borno). The suspects were handed over to the army.',
     [W("ARREST", 4, day="2021-03-02", country="NGA")]),
    ('Around 20 February 2021, unidentified gunmen abducted a local chief in Kidal town (Kidal) and later released him. No casualties reported.',
     [W("ATTACK", day="2021-02-20", country="MLI")]),
    ('On 6 March 2021, Al Shabaab fighters attacked an AMISOM base in Leego (Bay) with mortars. Fatalities unknown.',
     [W("ATTACK", day="2021-03-06", country="SOM")]),
    ('On 27 February 2021, a drone strike by the US military killed 2 Al Shabaab members near Jilib (Middle Juba).',
     [W("ATTACK", day="2021-02-27", killed=2, country="SOM")]),
    ('On 9 March 2021, security forces detained a HTS commander at a checkpoint in Afrin (Aleppo) run by the SNA.',
     [W("ARREST", 1, day="2021-03-09", country="SYR")]),
    ('On 1 March 2021, the Anti-Terrorism Court in Lahore (Punjab) sentenced 3 TTP militants to 10 years in prison each for financing terrorism.',
     [W("CHARGE", 3, day="2021-03-01", country="PAK")]),
    ('On 4 March 2021, Indian Army troops killed 2 LeT militants in an encounter at Shopian (Jammu and Kashmir). One soldier was injured.',
     [W("ATTACK", day="2021-03-04", killed=2, wounded=1, country="IND")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_27, ids=[f"coder_notes_27_{i}" for i in range(len(CODER_NOTES_27))])
def test_coder_notes_27th_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 352 (session 29): arrests in lower-case wire copy, tenth set (a woman held at her home in
# walsall, nine jemaah islamiyah suspects "picked up … since last weekend", a court ordering the arrest
# of "a former syria fighter", two jmb operatives held in mirpur, two brothers from bradford held at
# manchester airport, a suspect detained on friday and "released without charge on sunday"): 4 of 7
# findings right when first run. Wrong: the nine were an event, where "since Saturday" made a statistic
# (a date word inside its phrase, "since last weekend", is that phrase's: en_when._phrase_head); the
# fighter took Syria's nationality (a country's name before "fighter", "returnee", "veteran" is where
# they went: en_targets._where_they_went; reports-dev has "suspected Syria, Iraq fighters" and "Syria
# returnees", event_location "Iraq and Afghanistan Veterans"). Left: "at her home in walsall" gave no
# residence (right since batch 365, where the class met real text).

LOWER_CASE_ARRESTS_10 = [
    ('counter-terrorism police in the west midlands arrested a 27-year-old woman at her home in walsall early on thursday on suspicion of sharing extremist material online, the force said. she remains in custody.',
     [W("ARREST", 1, nats="GBR", day="2021-03-04", country="GBR")]),  # passes since batch 365 (a home told is a residence)
    ('indonesian anti-terror squad densus 88 has picked up nine suspected members of jemaah islamiyah in raids across central java and lampung since last weekend, a national police spokesman told reporters on wednesday.', []),
    ('a dutch court on tuesday ordered the arrest of a former syria fighter who failed to appear at his trial in the hague, prosecutors said.', [W("ARREST", 1, modality="planned", country="NLD")]),
    ('police in dhaka arrested two alleged jmb operatives with bomb-making materials in a raid on a house in mirpur on monday night, a rab spokesman said. a third man escaped.', [W("ARREST", 2, day="2021-03-08", country="BGD")]),
    ('two brothers from bradford were arrested at manchester airport on saturday as they prepared to board a flight to istanbul, police said, adding that they were suspected of planning to join islamic state.', [W("ARREST", 2, nats="GBR", day="2021-03-06", country="GBR")]),
    ('the suspect, who was detained on friday, was released without charge on sunday.', [W("ARREST", 1, day="2021-03-05"), W("CHARGE", 1, modality="denied")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARRESTS_10, ids=[f"lower_case_arrests_10_{i}" for i in range(len(LOWER_CASE_ARRESTS_10))])
def test_arrests_in_lower_case_articles_tenth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_count_since_last_weekend_is_a_statistic(pipeline: Pipeline) -> None:
    x = run(pipeline, LOWER_CASE_ARRESTS_10[1][0])
    assert ([e.type for e in x.events], [(a.type, a.total) for a in x.aggregates]) == ([], [("ARREST", 9)])


@pytest.mark.parametrize(("text", "nats"), [
    ("Kosovo police arrested 40 suspected Syria fighters on Monday.", []),
    ("Police arrested two Syrian fighters on Monday.", ["SYR"]),
    ("Police arrested a US citizen in Paris on Monday.", ["USA"]),
], ids=["went_there", "nationality", "citizen"])
def test_a_country_before_the_fighters(pipeline: Pipeline, text: str, nats: list[str]) -> None:
    [event] = run(pipeline, text).events
    assert sorted(event.nationalities) == nats


E0 = ('Spain arrests Moroccan over IS propaganda\n'
      '\n'
      'MADRID, March 9 - Spanish police arrested a 24-year-old Moroccan man in the northern city of Bilbao on Monday on suspicion of spreading Islamic State propaganda on social media and trying to recruit teenagers, the interior ministry said. Officers seized two laptops and several phones during a search of his flat. He was the fifth person held in Spain on such charges this year.\n')

E1 = ('Uzbekistan repatriates 98 from Syria camps\n'
      '\n'
      'TASHKENT, March 10 - Uzbekistan has brought back 98 of its citizens, most of them children, from camps in north-east Syria in a fourth operation since 2019, the foreign ministry said on Wednesday. The group, which included 25 women, was flown from Qamishli to Termez on Tuesday. The women will undergo a rehabilitation programme, the ministry said; none has been charged.\n')

E2 = ('Suicide bomber kills three soldiers in Somalia\n'
      '\n'
      'MOGADISHU, March 8 - A suicide bomber rammed a car packed with explosives into a military checkpoint on the outskirts of Mogadishu on Sunday morning, killing three soldiers and a civilian, a police officer said. Al Shabaab said it carried out the attack and claimed to have killed 12 soldiers.\n')

# -- batch 353 (session 29): three reports written like the unseen ones, forty-first set (a Moroccan held
# in Bilbao, "the fifth person held in Spain on such charges this year"; 98 Uzbeks brought back "in a
# fourth operation since 2019", "The group … was flown from Qamishli to Termez on Tuesday", "none has been
# charged"; a suicide car bomb at a checkpoint outside Mogadishu, Al Shabaab claiming 12 dead): 2 of 4
# events right when first run, and the claim (the fifth person held this year is left unjudged). Wrong:
# the repatriation was a statistic, "since 2019" being the period of the operations counted by "fourth",
# not of this one's count (a period right after a noun counted by an ordinal is that count's:
# en_draft._period_after, en_when._such_count; MUC-4 has "carried out its sixth attack this year", and
# our reports-dev "the third such flight this year"). Left: the flight's day, told in a sentence the
# parser breaks ("to Termez" read as a verb), and "none has been charged" (no real text we hold).

REPORTS_LIKE_THE_UNSEEN_41 = [
    (E0, [W("ARREST", 1, nats="MAR", day="2021-03-08", country="ESP")], None),
    pytest.param(E1, [W("DEPORT", 98, nats="UZB", day="2021-03-09", country="UZB"), W("CHARGE", 25, nats="UZB", modality="denied")], 0,
                 marks=pytest.mark.xfail(reason="the flight's day is in a sentence the parser breaks; 'none has been charged' is no denial yet", strict=True)),
    (E2, [W("ATTACK", day="2021-03-07", killed=4, country="SOM")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_41, ids=[f"reports_like_the_unseen_41_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_41))])
def test_reports_written_like_the_unseen_ones_forty_first_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize(("text", "day"), [
    (E1, None),
    ("The rebels today carried out their sixth attack this year against the pipeline, blowing up a section near the town.", "2021-03-10"),
], ids=["operation_since", "attack_this_year"])
def test_an_ordinal_s_period_is_no_count_s(pipeline: Pipeline, text: str, day: str | None) -> None:
    x = run(pipeline, text)
    assert (len(x.events), len(x.aggregates)) == (1, 0)
    if day is not None:
        assert x.events[0].date is not None and x.events[0].date.isoformat() == day


# -- batch 354 (session 29): a general-news page, eleventh set (a football match with a captain "sent off for a
# second booking" and a home side that "struck twice", an airline's shares "hammered" by a strike, a
# "blistering attack" on a budget, a factory fire that killed nine, a virus variant, an arrest after a woman
# was found dead, a central bank holding rates, troops shelling rebel positions): 7 of 8 paragraphs right
# when first run; of 3 events, 2 real acts. Wrong: the home side "struck" was an attack (the words of a
# match report: "home side", "away side", "red card", "yellow card", "second booking" join the sport
# sense's context, data/sense.json).

GENERAL_NEWS_11 = [
    ('The visitors were reduced to ten men when their captain was sent off for a second booking, and the home side struck twice in the last ten minutes to seal the win.',
     []),
    ('Shares in the airline were hammered on Monday after it warned that the strike by cabin crew would wipe out its profits for the quarter.',
     []),
    ("The opposition leader launched a blistering attack on the prime minister's budget, accusing the government of raiding pensions to pay for tax cuts.",
     []),
    ('A fire that broke out in a textile factory in Gazipur on Sunday killed at least nine workers, the fire service said. The cause is being investigated.',
     []),
    ('Health officials said the new variant had been detected in three more districts, and hospitals were told to prepare for a surge in admissions.',
     []),
    ('A man was arrested on Saturday after a woman was found dead at a flat in Leicester, police said. A post-mortem examination will take place on Monday.',
     ["ARREST"]),
    ('The central bank held interest rates steady on Thursday, but two members of its committee voted for a cut.',
     []),
    ('Troops shelled rebel positions around the town for a third day on Tuesday, and residents said several houses had been hit.',
     ["ATTACK"]),
]


@pytest.mark.parametrize(("text", "types"), GENERAL_NEWS_11, ids=[f"general_news_11_{i}" for i in range(len(GENERAL_NEWS_11))])
def test_a_general_news_page_eleventh_set(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert [e.type for e in run(pipeline, text).events] == types


F0 = ('Turkey deports British woman linked to IS\n'
      '\n'
      'ANKARA, March 9 - Turkey deported a British woman suspected of links to Islamic State to London on Monday, a week after she was caught trying to cross into Syria near the town of Akcakale, a Turkish security official said. The 23-year-old, who is originally from Birmingham, was handed over to British police at Heathrow and arrested on arrival. Her two young children travelled with her.\n')

F1 = ('Nigeria: gunmen kill 11 villagers in Zamfara\n'
      '\n'
      'KANO, March 8 - Armed bandits on motorcycles stormed the village of Kadawa in Zamfara state late on Saturday, shooting dead 11 residents and abducting at least 20 others, a local official said. The next morning, troops deployed to the area arrested four suspects. Attacks by bandits have killed more than 200 people in the state since January.\n')

F2 = ('Pakistan arrests five over Peshawar mosque bombing\n'
      '\n'
      'ISLAMABAD, March 10 - Pakistani counter-terrorism officials have arrested five men accused of helping the suicide bomber who killed 63 worshippers at a mosque in Peshawar in the third week of February, officials said on Wednesday. Two of those held are Afghan nationals; the others are from the Khyber district.\n')

# -- batch 355 (session 29): three reports written like the unseen ones, forty-second set (a British woman
# deported to London "a week after she was caught trying to cross into Syria", "arrested on arrival", her
# children travelling with her; bandits killing 11 in a Zamfara village "late on Saturday", "The next
# morning, troops … arrested four suspects", a toll "since January"; five men held over a Peshawar mosque
# bombing "in the third week of February", "Two of those held are Afghan nationals; the others are from
# the Khyber district"): 6 of 7 findings right when first run (the children's part in the removal is left
# unjudged). Left: the others' origin in a district gives no nationality to the rest of the group.

REPORTS_LIKE_THE_UNSEEN_42 = [
    (F0, [W("DEPORT", 1, nats="GBR", day="2021-03-08", country="TUR"), W("ARREST", 1, nats="GBR", day="2021-03-01", country="TUR"),
          W("ARREST", 1, nats="GBR", day="2021-03-08", country="GBR")], 0),
    (F1, [W("ATTACK", day="2021-03-06", killed=11, country="NGA"), W("ARREST", 4, day="2021-03-07", country="NGA")], 1),
    pytest.param(F2, [W("ARREST", 5, nats="AFG PAK", country="PAK"), W("ATTACK", day="2021-02-15", killed=63, country="PAK")], 0,
                 marks=pytest.mark.xfail(reason="'the others are from the Khyber district' gives the rest no nationality", strict=True)),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_42, ids=[f"reports_like_the_unseen_42_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_42))])
def test_reports_written_like_the_unseen_ones_forty_second_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


G0 = ('Car bomb kills seven in Mogadishu\n'
      '\n'
      'MOGADISHU, March 7 - A car bomb exploded outside a busy restaurant near the port of Mogadishu on Saturday evening, killing at least seven people and wounding 15, police said. The blast destroyed several vehicles and shattered the windows of nearby shops. Most of the dead were civilians, among them two waiters. The wounded were rushed to Madina hospital. Al Shabaab said it was behind the bombing.\n')

G1 = ('Belgium expels Moroccan imam\n'
      '\n'
      'BRUSSELS, March 9 - Belgium has expelled a Moroccan imam accused of spreading hate speech at a mosque in Verviers, the migration secretary said on Tuesday. The cleric was put on a flight to Casablanca on Monday afternoon under police escort. He had lived in Belgium for more than 20 years and had been the subject of an expulsion order since 2019.\n')

G2 = ('Eight held in Germany over plot to attack police\n'
      '\n'
      'BERLIN, March 10 - German police detained eight people in raids in Hamburg and Bremen early on Wednesday over an alleged plot to attack police officers with knives, prosecutors said. Seven of the suspects are Syrian nationals and one is Iraqi, they said. The eight, aged between 19 and 31, are due to appear before a judge on Thursday.\n')

# -- batch 356 (session 29): three reports written like the unseen ones, forty-third set, each told again
# in its follow-ups (a car bomb outside a Mogadishu restaurant, "The blast destroyed several vehicles",
# "Most of the dead were civilians", "The wounded were rushed to Madina hospital"; a Moroccan imam expelled
# by Belgium, "put on a flight to Casablanca on Monday afternoon", an expulsion order "since 2019"; eight
# held in Hamburg and Bremen, "Seven of the suspects are Syrian nationals and one is Iraqi", "The eight …
# are due to appear before a judge"): 3 of 3 right when first run.

REPORTS_LIKE_THE_UNSEEN_43 = [
    (G0, [W("ATTACK", day="2021-03-06", wounded=15, country="SOM")], 0),
    (G1, [W("DEPORT", 1, nats="MAR", day="2021-03-08", country="BEL")], 0),
    (G2, [W("ARREST", 8, nats="SYR IRQ", day="2021-03-10", country="DEU")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_43, ids=[f"reports_like_the_unseen_43_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_43))])
def test_reports_written_like_the_unseen_ones_forty_third_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


H0 = ("Georgia turns back Chechen fighters' relatives\n"
      '\n'
      "TBILISI, March 9 - Georgian border guards turned back a Russian woman and her three children at the Kazbegi crossing on Sunday as they tried to enter the country to reach relatives in the Pankisi Gorge, the interior ministry said. The woman's husband is believed to have left for Syria in 2015 and to have been killed there. The family was sent home to Grozny the same evening.\n")

H1 = ('Kenya deports Tanzanian cleric\n'
      '\n'
      'NAIROBI, March 10 - Kenya deported a Tanzanian cleric accused of radicalising young people in the coastal town of Lamu, putting him on a bus to the border town of Namanga on Tuesday, police said. He had been held since his arrest in Lamu on February 26. Two of his students, both Kenyans, were charged on Wednesday with possessing extremist material.\n')

H2 = ('Mozambique insurgents raid coastal village\n'
      '\n'
      'MAPUTO, March 8 - Islamist insurgents raided the village of Quissanga in Cabo Delgado province before dawn on Saturday, beheading five men and burning dozens of homes, residents said. Some 2,000 people fled into the bush. The army said it had retaken the village by Sunday afternoon.\n')

# -- batch 358 (session 29): three reports written like the unseen ones, forty-fourth set (a Russian woman
# and her three children turned back at the Kazbegi crossing, "The woman's husband is believed to have left
# for Syria in 2015", "The family was sent home to Grozny the same evening"; a Tanzanian cleric deported
# by bus, "held since his arrest in Lamu on February 26", "Two of his students, both Kenyans, were
# charged"; insurgents raiding Quissanga, "beheading five men"): 5 of 7 findings right when first run.
# Wrong: the students were counted twice ("both Kenyans", a proper plural, describes the two: en_groups.
# describes_all and en_syntax._members read NNPS as NNS; the description on the count's own word gives
# the people of its of-phrase their nationality). Left: the husband's trip takes the story's one
# nationality and the place of the report.

REPORTS_LIKE_THE_UNSEEN_44 = [
    pytest.param(H0, [W("ENTRY_BAN", 4, nats="RUS", day="2021-03-07", country="GEO"), W("TRAVEL", 1, modality="rumored"),
                      W("DEPORT", 4, nats="RUS", day="2021-03-07", country="GEO")], 0,
                 marks=pytest.mark.xfail(reason="the husband's trip takes the story's one nationality", strict=True)),
    (H1, [W("DEPORT", 1, nats="TZA", day="2021-03-09", country="KEN"), W("ARREST", 1, nats="TZA", day="2021-02-26", country="KEN"),
          W("CHARGE", 2, nats="KEN", day="2021-03-10", country="KEN")], 0),
    (H2, [W("ATTACK", day="2021-03-06", killed=5, country="MOZ")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_44, ids=[f"reports_like_the_unseen_44_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_44))])
def test_reports_written_like_the_unseen_ones_forty_fourth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize(("text", "total", "nats"), [
    ("Two of his students, both Kenyans, were charged on Wednesday with possessing extremist material.", 2, ["KEN"]),
    ("Police arrested three men, all Afghans, on Monday.", 3, ["AFG"]),
], ids=["of_phrase", "plain"])
def test_a_proper_plural_describing_a_group(pipeline: Pipeline, text: str, total: int, nats: list[str]) -> None:
    [event] = run(pipeline, text).events
    assert (event.total, sorted(event.nationalities)) == (total, nats)



# -- batch 359 (session 29): coder notes, 28th set (machetes in Mangina, recruiters held in Kisauni, a police
# station attacked in Suarez, Hizb ut-Tahrir members sentenced in Dushanbe, Syrians deported through Bab
# al-Hawa, a landmine in Tame): 6 of 6 right when first run.

CODER_NOTES_28 = [
    ('On 3 March 2021, ADF rebels killed 9 civilians with machetes in Mangina (Beni, Nord-Kivu). 2 others were kidnapped.', [W("ATTACK", day="2021-03-03", killed=9, country="COD")]),
    ('On 5 March 2021, police in Mombasa (Mombasa) arrested 3 suspected Al Shabaab recruiters, including a woman, in a raid on a house in Kisauni.', [W("ARREST", 3, day="2021-03-05", country="KEN")]),
    ('On 25 February 2021, FARC dissidents attacked a police station in Suarez (Cauca) with explosives and rifles, wounding 2 officers.', [W("ATTACK", day="2021-02-25", wounded=2, country="COL")]),
    ('On 8 March 2021, a court in Dushanbe (Dushanbe) sentenced 7 members of Hizb ut-Tahrir to between 5 and 12 years in prison.', [W("CHARGE", 7, day="2021-03-08", country="TJK")]),
    ('On 1 March 2021, Turkish forces deported 27 Syrian men to Syria via the Bab al-Hawa crossing (Idleb), according to the Syrian Observatory.', [W("DEPORT", 27, nats="SYR", day="2021-03-01", country="TUR")]),
    ('On 7 March 2021, a landmine believed to have been laid by ELN members exploded in Tame (Arauca), killing a soldier.', [W("ATTACK", day="2021-03-07", killed=1, country="COL")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_28, ids=[f"coder_notes_28_{i}" for i in range(len(CODER_NOTES_28))])
def test_coder_notes_28th_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 360 (session 29): arrests in lower-case wire copy, eleventh set (a boy held in beziers over a
# church plot; three men "taken into custody in raids in the kosovan capital pristina"; "a tajik national
# wanted in his home country on extremism charges was detained at moscow's domodedovo airport … and faces
# extradition"; two syrian brothers remanded in hamburg "after they were arrested in a dawn raid"): 3 of 5
# findings right when first run. Left: the tajik's arrest and planned extradition, as the parser makes
# "wanted" the sentence's verb and "national" an adjective (cased, the same; "a Syrian wanted by Interpol
# was arrested" parses right).

LOWER_CASE_ARRESTS_11 = [
    ('french anti-terror police arrested a 17-year-old boy in the southern city of beziers on tuesday on suspicion of planning an attack on a church, the interior minister said. the teenager had pledged allegiance to islamic state in messages on telegram.', [W("ARREST", 1, day="2021-03-09", country="FRA")]),
    ('three men were taken into custody in raids in the kosovan capital pristina early on monday over suspected links to a jihadist cell, police spokesman baki kelani said. a fourth suspect is being sought.', [W("ARREST", 3, day="2021-03-08", country="XKX")]),
    pytest.param("a tajik national wanted in his home country on extremism charges was detained at moscow's domodedovo airport on saturday and faces extradition to dushanbe, an interior ministry source said.", [W("ARREST", 1, nats="TJK", day="2021-03-06", country="RUS"), W("DEPORT", 1, nats="TJK", modality="planned")],
                 marks=pytest.mark.xfail(reason="the parser makes 'wanted' the verb of 'a tajik national wanted in …'", strict=True)),
    ('the court in hamburg remanded two syrian brothers in custody on thursday after they were arrested in a dawn raid on their flat, prosecutors said.', [W("ARREST", 2, nats="SYR", day="2021-03-04", country="DEU")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARRESTS_11, ids=[f"lower_case_arrests_11_{i}" for i in range(len(LOWER_CASE_ARRESTS_11))])
def test_arrests_in_lower_case_articles_eleventh_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 361 (session 29): a general-news page typed in lower case, twelfth set (a striker "arrested by
# the referee's whistle", a deportation plan blocked in court, a driver charged after a motorway crash, a
# star "banned from driving", wildfires "since saturday", hackers who "attacked" a hospital's systems, a
# singer "shot by photographers", militants ambushing a patrol): 7 of 8 paragraphs right when first run;
# of 3 events, 2 real acts. Wrong: the singer "shot by photographers" was an attack (a photographer's
# shooting: data/sense.json "photography", for "shoot" by or of photographers, cameramen, paparazzi).

GENERAL_NEWS_12 = [
    ("the striker was arrested by the referee's whistle just as he broke clear, and the home fans booed as the flag went up for offside.",
     []),
    ("the government's plan to deport failed asylum seekers to rwanda was blocked by the court of appeal on thursday, in a fresh blow to ministers.",
     []),
    ('a 34-year-old man has been charged with dangerous driving after a crash on the m6 that left two people seriously injured, police said.',
     ["CHARGE"]),
    ('the star was banned from driving for six months after being caught speeding on the a1 twice in a week.',
     []),
    ('wildfires have killed at least 20 people and forced thousands from their homes across the region since saturday.',
     []),
    ("hackers attacked the hospital's computer systems overnight, forcing staff to cancel operations.",
     []),
    ('the singer was shot by photographers as she left the awards ceremony in a silver gown.',
     []),
    ('the militants ambushed an army patrol in the hills near the border, killing three soldiers, the military said on tuesday.',
     ["ATTACK"]),
]


@pytest.mark.parametrize(("text", "types"), GENERAL_NEWS_12, ids=[f"general_news_12_{i}" for i in range(len(GENERAL_NEWS_12))])
def test_a_lower_case_general_news_page_twelfth_set(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert [e.type for e in run(pipeline, text).events] == types


@pytest.mark.parametrize(("text", "types"), [
    ("Photographers shot the couple as they left the church.", []),
    ("The singer was shot by a gunman as she left the awards ceremony.", ["ATTACK"]),
], ids=["photographers", "gunman"])
def test_a_photographer_s_shot(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert [e.type for e in run(pipeline, text).events] == types


I0 = ('Austria charges teenager over Vienna attack plot\n'
      '\n'
      "VIENNA, March 9 - Austrian prosecutors have charged an 18-year-old man of Chechen origin with membership of a terrorist organisation, accusing him of planning a knife attack on a Pride march in Vienna last June, the prosecutor's office said on Tuesday. The man, who holds Austrian citizenship, was arrested two days before the march and has been in custody since. Two friends detained with him were released.\n")

I1 = ('Niger: army says 40 jihadists killed in counter-attack\n'
      '\n'
      'NIAMEY, March 8 - Nigerien troops killed about 40 jihadists after repelling an attack on an army base in Tillaberi region on Saturday, the defence ministry said. Six soldiers died in the assault on the base at Tchoma Bangou and nine were wounded.\n')

# -- batch 362 (session 29): two reports written like the unseen ones, forty-fifth set (an 18-year-old
# "of Chechen origin" charged over a plot against a Pride march "last June", "The man, who holds Austrian
# citizenship, was arrested two days before the march and has been in custody since"; Nigerien troops
# killing "about 40 jihadists after repelling an attack", "Six soldiers died … and nine were wounded"):
# 0 of 3 findings right when first run, with one false statistic and one false arrest. Wrong, and now
# right: "has been in custody since" made the arrest a count over a period ("since" with no object is
# an adverb, no period: data/statistic_cues.json) and a second arrest (a state of custody coordinated
# with the arrest, held "since" then, is the arrest: en_story._one_act_in_two_verbs). Left: the charge
# takes no nationality from the citizenship told in the next sentence, which tells an act of its own;
# the arrest, "two days before the march" of last June, has no date; the nine wounded of the assault are
# not counted into the counter-attack.

REPORTS_LIKE_THE_UNSEEN_45 = [
    pytest.param(I0, [W("CHARGE", 1, nats="AUT", day="2021-03-08", country="AUT"), W("ARREST", 1, nats="AUT", day="2020-06-01", country="AUT")], 0,
                 marks=pytest.mark.xfail(reason="the citizenship told with the arrest does not reach the charge; 'two days before the march' of last June gives no date", strict=True)),
    pytest.param(I1, [W("ATTACK", day="2021-03-06", killed=6, wounded=9, country="NER")], 0,
                 marks=pytest.mark.xfail(reason="the assault's wounded are not counted into the counter-attack", strict=True)),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_45, ids=[f"reports_like_the_unseen_45_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_45))])
def test_reports_written_like_the_unseen_ones_forty_fifth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize("text", [
    I0,
    "Police arrested a man in Lyon on Monday and he has been in custody since.",
    "The man was detained in May and has been held ever since.",
], ids=["custody_since", "custody_since_own_subject", "held_ever_since"])
def test_held_since_then_is_the_arrest(pipeline: Pipeline, text: str) -> None:
    x = run(pipeline, text)
    assert ([e.type for e in x.events if e.type == "ARREST"], x.aggregates) == (["ARREST"], [])


J0 = ('Tajikistan jails 11 over IS recruitment\n'
      '\n'
      "DUSHANBE, March 10 - A court in the northern city of Khujand has sentenced 11 men to between eight and 17 years in prison for recruiting young Tajiks to fight for Islamic State in Syria and Afghanistan, the prosecutor-general's office said on Wednesday. Three of the defendants were tried in absentia; they are believed to be in Afghanistan. The others were detained in raids across the Sughd region last October.\n")

J1 = ('Thai police arrest two Uighurs over Bangkok shrine plot\n'
      '\n'
      'BANGKOK, March 9 - Thai police have arrested two Uighur men suspected of planning to bomb a shrine in central Bangkok, a police spokesman said on Tuesday. The men, who entered Thailand illegally from Malaysia in January, were picked up at a guesthouse in the Sukhumvit area on Sunday night. Police said they had found bomb-making materials in their room.\n')

# -- batch 363 (session 29, its last): two reports written like the unseen ones, forty-sixth set (11 men
# sentenced in Khujand, "Three of the defendants were tried in absentia", "The others were detained in
# raids across the Sughd region last October"; two Uighurs held in Bangkok, "picked up at a guesthouse …
# on Sunday night"): 2 of 3 findings right when first run. Left: "The others" (the tagger's lemma
# "other") is no rest of the group, so their arrest is lost; reading it as one (the word as written)
# moved two older cases where "the others" are other people, and was dropped.

REPORTS_LIKE_THE_UNSEEN_46 = [
    pytest.param(J0, [W("CHARGE", 11, nats="TJK", day="2021-03-08", country="TJK"), W("ARREST", 8, nats="TJK", day="2020-10-01", country="TJK")], 0,
                 marks=pytest.mark.xfail(reason="'The others' is no rest of the group the act before told", strict=True)),
    (J1, [W("ARREST", 2, nats="CHN", day="2021-03-07", country="THA")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_46, ids=[f"reports_like_the_unseen_46_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_46))])
def test_reports_written_like_the_unseen_ones_forty_sixth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


K0 = ('Germany deports convicted Afghan Islamist\n'
      '\n'
      'BERLIN, March 9 - German authorities deported a 29-year-old Afghan man convicted of supporting Islamic State to Kabul on Tuesday, the Bavarian interior ministry said. He was flown out of Leipzig on a charter flight along with 25 other Afghans whose asylum claims had been rejected.\n')

K1 = ('Kazakhstan turns back 14 Uzbeks at border\n'
      '\n'
      "ALMATY, March 9 - Kazakh border guards turned back 14 Uzbek nationals at the Zhibek Zholy crossing on Monday after finding extremist material on their phones, the border service said. Since the start of the year, more than 300 foreigners have been refused entry at the country's southern crossings, it added.\n")

K2 = ('Iraqi forces detain nine IS suspects near Mosul\n'
      '\n'
      'MOSUL, Iraq, March 8 - Iraqi security forces arrested nine suspected Islamic State militants, two of them Syrians, in a raid on a village west of Mosul on Sunday, a military statement said.\n')

K3 = ('Turkey detains German woman over IS links\n'
      '\n'
      'ISTANBUL, March 10 - Turkish police detained a woman at Istanbul Airport last Thursday on suspicion of links to Islamic State, state media reported on Wednesday. The 23-year-old, a resident of Hamburg, was placed in a removal centre and will be deported to Germany, an official said.\n')

K4 = ('Bomb hits minibus in west Kabul, four dead\n'
      '\n'
      'KABUL, March 9 - A roadside bomb struck a minibus carrying university staff in the west of Kabul on Tuesday morning, killing four people and wounding six, police said. The blast in the Dasht-e-Barchi area was the third attack on the neighbourhood this month. The wounded were taken to a nearby hospital, where two were in a critical condition.\n')

K5 = ('France charges three over Lyon church plot\n'
      '\n'
      'PARIS, March 10 - French anti-terrorism prosecutors have charged three men over a plot to attack a church in Lyon during Easter services, a judicial source said on Wednesday. The men, aged 19 to 24, were arrested in the Lyon suburb of Venissieux last Friday. A fourth man held with them was released without charge.\n')

# -- batch 364 (session 30): six reports written like the unseen ones, forty-seventh set (an Afghan
# deported to Kabul, "flown out of Leipzig … along with 25 other Afghans"; 14 Uzbeks "turned back" at a
# crossing beside a count "since the start of the year"; nine IS suspects "two of them Syrians"; a woman
# held at Istanbul Airport "last Thursday", "The 23-year-old, a resident of Hamburg, … will be deported";
# a roadside bomb in Kabul, "the third attack on the neighbourhood this month", "The wounded were taken
# to …"; three men charged "over a plot to attack a church … during Easter services", arrested "last
# Friday", "A fourth man held with them was released without charge"): 5 of 9 events right when first
# run. Wrong, and now right: "The 23-year-old, a resident of Hamburg" to be deported counted no one (an
# age used as a noun is one person, with a residence as without: en_targets; WikiEvents has "The
# 21-year-old, an ethnic Chechen", event_location "The 50-year-old widow"). Left: the companions of a
# flight told in the next sentence are not added; the Easter of the plot dates the charge (the plotted
# act's day; one real example only, WikiEvents' "plot to detonate a bomb in Times Square on May 1");
# "a fourth man held with them" is not added to the arrest (no real text we hold has the form).

REPORTS_LIKE_THE_UNSEEN_47 = [
    pytest.param(K0, [W("DEPORT", 26, nats="AFG", day="2021-03-09", country="DEU")], 0,
                 marks=pytest.mark.xfail(reason="the companions of the flight, told in the next sentence, are not added", strict=True)),
    (K1, [W("ENTRY_BAN", 14, nats="UZB", day="2021-03-08", country="KAZ")], 1),
    (K2, [W("ARREST", 9, nats="SYR", day="2021-03-07", country="IRQ")], 0),
    (K3, [W("ARREST", 1, nats="DEU", day="2021-03-04", country="TUR"), W("DEPORT", 1, nats="DEU", modality="planned")], 0),
    (K4, [W("ATTACK", day="2021-03-09", killed=4, wounded=6, country="AFG")], 0),
    pytest.param(K5, [W("CHARGE", 3, nats="FRA", country="FRA"), W("ARREST", 4, nats="FRA", day="2021-03-05", country="FRA"),
                      W("CHARGE", 1, modality="denied")], 0,
                 marks=pytest.mark.xfail(reason="the Easter of the plot dates the charge; 'a fourth man held with them' is not added to the arrest", strict=True)),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_47, ids=[f"reports_like_the_unseen_47_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_47))])
def test_reports_written_like_the_unseen_ones_forty_seventh_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize("text", [
    "Police detained a woman in Izmir on Monday. The 31-year-old, a resident of Lyon, will be deported.",
    "Police detained a woman in Izmir on Monday. The 31-year-old, from Lyon, will be deported.",
], ids=["age_noun_resident", "age_noun_from"])
def test_an_age_used_as_a_noun_is_one_person_with_a_residence(pipeline: Pipeline, text: str) -> None:
    deport = next(e for e in run(pipeline, text).events if e.type == "DEPORT")
    assert (deport.total, set(deport.nationalities)) == (1, {"FRA"})



# -- batch 365 (session 30): arrests in lower-case articles, twelfth set (members of a banned group "taken
# into custody", 17 people "rounded up" after a grenade, a commander "and two of his aides" apprehended
# (the day only the officials' saying: no day of the act, as the project codes an act its own side tells),
# an imam "picked up from his home in the outskirts of dhaka", "at least 30" detained, fighters
# "captured" as hostages were freed): 6 of 7 events right when first run. Wrong, and now right: "from
# his home in the outskirts of dhaka" gave no residence. People acted on at their own home live there,
# a residence stated (GOLD-FORMAT), so their country (en_targets._taken_from_home; real text: WikiEvents
# "was arrested … at his home in Quincy", "arrested at his home in an Ottawa suburb", event_location "has
# been arrested … at his home in Mankhurd"); batch 352's "at her home in walsall" passes with it.

LOWER_CASE_ARRESTS_12 = [
    ('two suspected members of a banned islamist group were taken into custody in the southern city of multan on monday, a police spokesman said.',
     [W("ARREST", 2, day="2021-03-08", country="PAK")]),
    ('police in karachi rounded up 17 people after a grenade was hurled at a police van in the lyari area on sunday night, wounding three constables.',
     [W("ARREST", 17, day="2021-03-07", country="PAK"), W("ATTACK", day="2021-03-07", wounded=3, country="PAK")]),
    ('security forces apprehended a wanted militant commander and two of his aides during a search operation in the kupwara district of kashmir, officials said on tuesday.',
     [W("ARREST", 3, country="IND")]),
    ('a 41-year-old imam was picked up from his home in the outskirts of dhaka by counter-terrorism officers late on friday, his family said.',
     [W("ARREST", 1, nats="BGD", day="2021-03-05", country="BGD")]),
    ('authorities in uzbekistan have detained at least 30 people accused of spreading extremist material on messaging apps, the interior ministry said.',
     [W("ARREST", None, day="2021-03-08", country="UZB")]),
    ('the nigerian army said its troops had captured 12 boko haram fighters and freed 30 hostages in a raid on a camp in borno state last week.',
     [W("ARREST", 12, day="2021-03-01", country="NGA")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARRESTS_12, ids=[f"lower_case_arrests_12_{i}" for i in range(len(LOWER_CASE_ARRESTS_12))])
def test_arrests_in_lower_case_articles_twelfth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.parametrize(("text", "nats"), [
    ("Police arrested a man at his home in Quincy, Massachusetts, on Friday.", {"USA"}),
    ("Two brothers were detained at their flat in Leeds on Monday.", {"GBR"}),
    ("A Syrian man was arrested at his home in Berlin on Friday.", {"SYR"}),  # a stated nationality first
    ("Police arrested a man at a house in Leeds on Friday.", set()),  # anyone's house
    ("Police raided the home of a preacher in Leeds and arrested his son on Friday.", set()),  # not "his home"
], ids=["home_in_a_town", "flat_plural", "stated_first", "a_house", "home_of_another"])
def test_a_home_told_is_a_residence(pipeline: Pipeline, text: str, nats: set[str]) -> None:
    arrest = next(e for e in run(pipeline, text).events if e.type == "ARREST")
    assert set(arrest.nationalities) == nats


L0 = ('Bulgaria catches 32 migrants hidden in truck, arrests smugglers\n'
      '\n'
      'SOFIA, March 9 - Bulgarian border police found thirty-two Afghan migrants, six of them children, hidden in a truck at the Kapitan Andreevo checkpoint on the border with Turkey on Monday night and arrested the Turkish driver and his Bulgarian accomplice. The migrants face expulsion to Turkey, police said.\n')

L1 = ('Dutch teenager who joined IS returns, held at Schiphol\n'
      '\n'
      "AMSTERDAM, March 10 - A Dutch woman who left for Syria in 2014 at the age of 16 to join Islamic State was arrested on arrival at Schiphol airport on Tuesday after being flown back from northern Iraq, the public prosecutor's office said. She is suspected of membership of a terrorist organisation and will appear before a judge in Rotterdam on Friday.\n")

L2 = ('Tunisian police free man held over Sousse plot\n'
      '\n'
      'TUNIS, March 10 - Tunisian police have released a man detained last week on suspicion of plotting an attack in the resort town of Sousse, saying there was no evidence against him, the interior ministry said on Wednesday. Two other suspects arrested with him remain in custody.\n')

L3 = ('Gunmen kill five at Burkina checkpoint\n'
      '\n'
      'OUAGADOUGOU, March 8 - Suspected jihadists killed five members of a civilian defence militia at a checkpoint near the town of Djibo in northern Burkina Faso early on Sunday, security sources said. The next morning, troops sent to the area were ambushed on the road to Djibo and two soldiers were wounded.\n')

L4 = ('Uzbekistan says 40 citizens left for Afghanistan\n'
      '\n'
      "TASHKENT, March 10 - Uzbekistan's security service said on Wednesday that at least 40 of its citizens had travelled to Afghanistan to join militant groups in the past two years, and that smugglers had helped a family of six cross into the country from Tajikistan in January.\n")

# -- batch 366 (session 30): five reports written like the unseen ones, forty-eighth set ("thirty-two
# Afghan migrants, six of them children" found in a truck, the driver and "his Bulgarian accomplice"
# arrested, "The migrants face expulsion"; a woman who "left for Syria in 2014" arrested on arrival after
# "being flown back"; a man released a week after his arrest, "Two other suspects arrested with him remain
# in custody"; a checkpoint attack and, "The next morning", an ambush; a count "in the past two years"
# beside smugglers who "had helped a family of six cross into the country"): 6 of 9 events right when
# first run. Wrong, and now right: "The migrants" to be expelled counted 2, the "two" of "thirty-two" (the
# parser hangs "thirty" and the hyphen under "two"; the story's people read the number's word alone,
# en_referents.number_phrase; the issue names the class, real text has "Twenty-seven militants",
# "twenty - four of his militants"). Left: "Two other suspects arrested with him" are not added to the
# arrest (with batch 364's "a fourth man held with them": no real text we hold has the form); the parser
# makes "cross" a noun in "a family of six cross into the country".

REPORTS_LIKE_THE_UNSEEN_48 = [
    (L0, [W("ARREST", 2, nats="BGR TUR", day="2021-03-08", country="BGR"), W("DEPORT", 32, nats="AFG", modality="planned")], 0),
    (L1, [W("TRAVEL", 1, nats="NLD", day="2014-01-01"), W("ARREST", 1, nats="NLD", day="2021-03-09", country="NLD"),
          W("DEPORT", 1, nats="NLD", day="2021-03-09")], 0),
    pytest.param(L2, [W("ARREST", 3, day="2021-03-01", country="TUN")], 0,
                 marks=pytest.mark.xfail(reason="'Two other suspects arrested with him' are not added to the arrest", strict=True)),
    (L3, [W("ATTACK", day="2021-03-07", killed=5, country="BFA"), W("ATTACK", day="2021-03-08", wounded=2, country="BFA")], 0),
    pytest.param(L4, [W("TRAVEL", 6, day="2021-01-01")], 1,
                 marks=pytest.mark.xfail(reason="the parser makes 'cross' a noun in 'a family of six cross into the country'", strict=True)),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_48, ids=[f"reports_like_the_unseen_48_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_48))])
def test_reports_written_like_the_unseen_ones_forty_eighth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize(("text", "total"), [
    ("Police stopped twenty-seven migrants in a van on Monday. The migrants will be deported.", 27),
    ("Troops detained forty-one foreigners near the border on Monday. The foreigners face deportation.", 41),
], ids=["twenty_seven", "forty_one"])
def test_a_hyphenated_number_counts_the_people_told_again(pipeline: Pipeline, text: str, total: int) -> None:
    deport = next(e for e in run(pipeline, text).events if e.type == "DEPORT")
    assert deport.total == total


# -- batch 367 (session 30): where people are sent or came from is no place of the story (found while
# reading batch 366: an arrest with no place of its own took the country of a later "expulsion to
# Turkey"; the issue's unseen reports have "the destination used as the event's place" as a class).
# 4 sentences of our own: 1 right when first run. A country the story names only as where people are
# sent ("will be deported to", "face expulsion to"), came from or tried to reach is no last-resort
# place of its acts; the sentence of the act alone was read before (en_places._elsewhere_only).

@pytest.mark.parametrize(("text", "country"), [
    ("Police arrested the driver on Monday night. The migrants face expulsion to Turkey.", None),
    ("Police arrested two men on Monday night. They will be deported to Turkey.", None),
    ("Police arrested two Syrians on Monday. They had arrived from Turkey a week earlier.", None),
    ("Two men were arrested in Turkey on Monday. They will be deported to Germany.", "TUR"),
], ids=["expulsion_to", "deported_to", "arrived_from", "own_place"])
def test_where_people_are_sent_is_no_place_of_the_story(pipeline: Pipeline, text: str, country: str | None) -> None:
    arrest = next(e for e in run(pipeline, text).events if e.type == "ARREST")
    assert (arrest.location.country if arrest.location else None) == country


# -- batch 368 (session 30): who is one of a group told before, and a common noun taken for a name
# (found while reading batch 366; written after the rules). "the driver" arrested with "32 Afghan
# migrants" found took their nationality as one of the group, as "the older man" of "two Russian
# citizens" rightly does: the people who carry or guide a group (driver, smuggler, trafficker,
# organiser, guide, captain, pilot) are words for people of another kind than those they carry
# (data/word_classes.json en_referents.PEOPLE_WORDS). And "drove the van", "van" tagged a name as in
# "van Gogh", placed a charge in Van province, Turkey: in cased text a place is capitalised.

@pytest.mark.parametrize(("text", "etype", "nats", "country"), [
    ("Police found 32 Afghan migrants hidden in a truck on Monday night and arrested the driver.", "ARREST", set(), None),
    ("Police detained two Afghan smugglers and 30 migrants on Monday. The smuggler who drove the boat was charged on Tuesday.",
     "CHARGE", {"AFG"}, None),
    ("Police arrested two Russian citizens in Antalya on Monday. The older man was charged on Tuesday.", "CHARGE", {"RUS"}, "TUR"),
    ("The smuggler who drove the van was charged on Tuesday.", "CHARGE", set(), None),
], ids=["driver_of_migrants", "smuggler_told_before", "one_of_two_citizens", "the_van"])
def test_one_of_a_group_and_a_common_noun_taken_for_a_name(
    pipeline: Pipeline, text: str, etype: str, nats: set[str], country: str | None
) -> None:
    event = next(e for e in run(pipeline, text).events if e.type == etype)
    assert (set(event.nationalities), event.location.country if event.location else None) == (nats, country)



# -- batch 369 (session 30): coder notes, twenty-ninth set (machete killings in Beni territory, JMB
# members held in Gazipur, an IED near Afgooye, an extradition from Tajikistan to Uzbekistan, a sentence
# in Almaty for a "local resident", an encounter in Shopian, an FSB sweep of "11 members of a cell of
# Katiba at-Tawhid wal-Jihad", an ambush between Boni and Hombori): 7 of 8 notes right when first run.
# Wrong, and now right: the FSB's arrest counted 12, the parser having broken the group's name so that
# "wal-Jihad" stood in apposition to the members as a twelfth person (a word inside a group's name the
# text gives is no person: en_syntax._members; the name's spellings "Katiba"/"Katibat", "at-"/"al-" are in
# data/groups.tsv).

CODER_NOTES_29 = [
    ('On 4 March 2021, suspected ADF militants attacked Kisima village (Beni territory, Nord-Kivu), killing 6 civilians with machetes and abducting 3 others.',
     [W("ATTACK", day="2021-03-04", killed=6, country="COD")]),
    ('On 5 March 2021, police arrested 4 suspected members of Jamaat-ul-Mujahideen Bangladesh in Gazipur (Gazipur, Dhaka). Explosives and leaflets were seized.',
     [W("ARREST", 4, day="2021-03-05", country="BGD")]),
    ('On 6 March 2021, an IED planted by suspected Al Shabaab militants exploded near a checkpoint in Afgooye (Lower Shabelle), wounding 2 soldiers.',
     [W("ATTACK", day="2021-03-06", wounded=2, country="SOM")]),
    ('On 2 March 2021, the Tajik authorities extradited a man wanted for membership of Hizb ut-Tahrir to Uzbekistan. He was handed over at the Oybek border crossing.',
     [W("DEPORT", 1, day="2021-03-02", country="TJK")]),
    ('On 7 March 2021, a court in Almaty sentenced a local resident to 5 years in prison for spreading ISIS propaganda on WhatsApp.',
     [W("CHARGE", 1, nats="KAZ", day="2021-03-07", country="KAZ")]),
    ('On 3 March 2021, Indian security forces killed 2 militants of Lashkar-e-Taiba in an encounter in Shopian district (Jammu and Kashmir). One soldier was injured.',
     [W("ATTACK", day="2021-03-03", killed=2, country="IND")]),
    ('On 8 March 2021, the Russian FSB detained 11 members of a cell of Katiba at-Tawhid wal-Jihad in Moscow and St Petersburg. They were recruiting migrants from Central Asia.',
     [W("ARREST", 11, day="2021-03-08", country="RUS")]),
    ('On 1 March 2021, suspected JNIM militants ambushed a Malian army convoy between Boni and Hombori (Douentza, Mopti), killing 4 soldiers. The attackers fled with 2 vehicles.',
     [W("ATTACK", day="2021-03-01", killed=4, country="MLI")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_29, ids=[f"coder_notes_29_{i}" for i in range(len(CODER_NOTES_29))])
def test_coder_notes_29th_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 370 (session 30): a general-news page, thirteenth set (an opposition leader who "attacked" a
# budget, a title "captured" and a keeper "sent off", a variant that "has killed more than 300", an
# airline "banned" from flying, a film about a bomb plot, a storm that "tore through" the north, a man
# arrested after a stabbing, protesters who "clashed with riot police" and 45 detained): 7 of 8
# paragraphs right when first run; of 4 events, 3 real acts. Wrong, and now right: the protesters' clash
# with police was an attack. A clash of protesters, demonstrators, rioters or fans with police is a
# violent demonstration, no armed attack (data/sense.json "protest"; CASE 2021 labels "demonstrators
# clashed with police", "rioters clashed with IDF troops", "others clashed" VIOL_DEMONSTR, and
# event_location has "students clashed with … police", "demonstrators clashed with police near the
# … summit"); a clash told with its dead stays an attack by its toll.

GENERAL_NEWS_13 = [
    ("The opposition leader attacked the government's budget plans on Tuesday, calling them a betrayal of working families.",
     []),
    ('United captured the league title with two games to spare after a 3-1 win over City, whose keeper was sent off in the first half.',
     []),
    ('The new variant has killed more than 300 people in the region since January, health officials said.',
     []),
    ('Shares in the airline plunged after regulators banned it from flying to the European Union over safety concerns.',
     []),
    ('The film, which opens on Friday, tells the story of a bomb plot against a London hotel in the 1980s.',
     []),
    ('Storm Klaus tore through the north of the country overnight, killing two motorists and cutting power to 40,000 homes.',
     []),
    ('A man was arrested on Saturday after a woman was stabbed to death at a house in Bristol, police said.',
     ["ARREST", "ATTACK"]),
    ('Protesters clashed with riot police in the capital on Sunday, and 45 people were detained, according to the interior ministry.',
     ["ARREST"]),
]


@pytest.mark.parametrize(("text", "types"), GENERAL_NEWS_13, ids=[f"general_news_13_{i}" for i in range(len(GENERAL_NEWS_13))])
def test_a_general_news_page_thirteenth_set(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert sorted(e.type for e in run(pipeline, text).events) == sorted(types)


@pytest.mark.parametrize(("text", "types"), [
    ("Protesters clashed with riot police in the capital on Sunday.", []),
    ("Police clashed with protesters outside parliament on Sunday.", []),
    ("Fans clashed with police after the match.", []),
    ("Militants clashed with troops near the border on Sunday.", ["ATTACK"]),
    ("Troops and protesters clashed on Sunday, with two protesters killed.", ["ATTACK"]),
], ids=["protesters", "police_with_protesters", "fans", "militants", "with_a_toll"])
def test_a_protest_clash_is_no_attack(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert [e.type for e in run(pipeline, text).events] == types


# -- batch 371 (session 30): a toll told by what an attack "left" (found while reading batch 370's
# clashes). 4 sentences of our own: 2 right when first run ("leaving 12 people dead", "killing three
# people and leaving 264 others injured"). Wrong, and now right: "leaving five dead" counted no dead,
# and "leaving 64 dead and more than 300 injured" counted the 64 as wounded. The parser makes the
# bare casualty word the object of "leaving" with its count hung on it, and the wounded's count is the
# number coordinated with the dead (en_syntax: WikiEvents has a train bombing's toll told so, CASE 2021
# two snippets and event_location nine sentences of the form); a bound ("more
# than 300") is no count (GOLD-FORMAT).

@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Militants clashed with troops near the border on Sunday, leaving five dead.", 5, None),
    ("Bombs exploded on three commuter trains in the capital on Thursday, leaving 64 dead and more than 300 injured.", 64, None),
    ("A car bomb exploded in the market on Monday, leaving three dead and 20 wounded.", 3, 20),
    ("Gunmen attacked a village on Sunday, leaving 12 people dead.", 12, None),
    ("Two bombs exploded near the finish line on Monday, killing three people and leaving 264 others injured.", 3, 264),
], ids=["five_dead", "dead_and_more_than", "dead_and_wounded", "people_dead", "others_injured"])
def test_a_toll_told_by_what_an_attack_left(pipeline: Pipeline, text: str, killed: int | None, wounded: int | None) -> None:
    attack = next(e for e in run(pipeline, text).events if e.type == "ATTACK")
    assert (attack.killed, attack.wounded) == (killed, wounded)


M0 = ('Two Belgian women held in Turkey after leaving Syrian camp\n'
      '\n'
      'ANKARA, March 9 - Turkish gendarmes detained two women and their four children near the Syrian border in Hatay province on Sunday after they crossed from a camp in northern Syria, a security source said. Both women are Belgian citizens who travelled to Syria in 2014, the source said. They will be sent home once their identities are confirmed.\n')

M1 = ('Moroccan preacher sent home from Spain\n'
      '\n'
      'MADRID, March 10 - Spain expelled a Moroccan imam accused of preaching hatred in a mosque near Barcelona on Tuesday, putting him on a flight to Casablanca hours after a court rejected his appeal, the interior ministry said. In the past six weeks, Spain has expelled 11 foreigners considered a threat to national security.\n')

M2 = ('Ugandan rebels surrender in eastern Congo\n'
      '\n'
      'GOMA, March 8 - Twenty-three fighters of the Allied Democratic Forces, six of them women, surrendered to Congolese troops near Beni on Saturday, the army said. The group handed over 15 rifles.\n')

M3 = ('Briton believed to have joined IS in Somalia\n'
      '\n'
      'LONDON, March 10 - A 22-year-old man from east London is believed to have travelled to Somalia last month to join al-Shabaab, police said on Wednesday, appealing for information. His family reported him missing on February 20.\n')

# -- batch 372 (session 30): four reports written like the unseen ones, forty-ninth set (two women and
# their four children held near the border, "Both women are Belgian citizens who travelled to Syria in
# 2014", "They will be sent home"; a Moroccan imam expelled beside a count "In the past six weeks";
# "Twenty-three fighters …, six of them women, surrendered"; a man from east London "believed to have
# travelled to Somalia last month"): 5 of 6 events right when first run. Wrong, and now right: the
# women's trip of 2014 was lost, "Belgian citizens" read as people in general (a bare plural said of a
# subject that names people told, "Both women are …", "They are …", is those people, counted as its
# subject counts: english._said_of_people_told, en_targets). With it, "They will be sent home" pointed
# back to the trip's two women: an act told in a relative clause describes people and is the
# antecedent of "they" only when no act told in a clause of its own is near (en_targets._antecedent).

REPORTS_LIKE_THE_UNSEEN_49 = [
    (M0, [W("ARREST", 6, nats="BEL", day="2021-03-07", country="TUR"), W("TRAVEL", 2, nats="BEL", day="2014-01-01"),
          W("DEPORT", 6, nats="BEL", modality="planned")], 0),
    (M1, [W("DEPORT", 1, nats="MAR", day="2021-03-09", country="ESP")], 1),
    (M2, [W("ARREST", 23, day="2021-03-06", country="COD")], 0),
    (M3, [W("TRAVEL", 1, nats="GBR", modality="rumored", day="2021-02-01")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_49, ids=[f"reports_like_the_unseen_49_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_49))])
def test_reports_written_like_the_unseen_ones_forty_ninth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize(("text", "total"), [
    ("Both women are Belgian citizens who travelled to Syria in 2014.", 2),
    ("The three men are Tajik nationals who travelled to Syria in 2015.", 3),
    ("Young men are often people who travelled to Syria in 2014.", None),
], ids=["both", "the_three", "in_general"])
def test_a_plural_said_of_people_told_is_those_people(pipeline: Pipeline, text: str, total: int | None) -> None:
    travels = [e.total for e in run(pipeline, text).events if e.type == "TRAVEL"]
    assert travels == ([total] if total is not None else [])



# -- batch 373 (session 30): arrests in lower-case articles, thirteenth set (operatives "nabbed" from a
# hideout in thane district, five youths "booked" under the anti-terror law, an accused sent to judicial
# custody (a remand: no new arrest, batch 140), a man "held at the airport" with a pistol, troops who
# "arrested a notorious kidnapper", "three more suspects were arrested … taking the number of arrests to
# seven"): 6 of 6 right when first run.

LOWER_CASE_ARRESTS_13 = [
    ('the anti-terrorism squad nabbed two suspected operatives of a banned outfit from a hideout in thane district on tuesday night.',
     [W("ARREST", 2, day="2021-03-09", country="IND")]),
    ('police have booked five youths under the unlawful activities prevention act for raising pro-isis slogans at a rally in the town.',
     [W("CHARGE", 5)]),
    ('the accused was produced before a court which sent him to judicial custody for 14 days.',
     []),
    ('a 30-year-old man was held at the airport on friday after security staff found a pistol in his luggage.',
     [W("ARREST", 1, day="2021-03-05")]),
    ('the army said its troops had arrested a notorious kidnapper and recovered an ak-47 rifle during a raid in zamfara state.',
     [W("ARREST", 1, country="NGA")]),
    ('three more suspects were arrested on wednesday in connection with the killing of a police officer, taking the number of arrests to seven.',
     [W("ARREST", 3, day="2021-03-10")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARRESTS_13, ids=[f"lower_case_arrests_13_{i}" for i in range(len(LOWER_CASE_ARRESTS_13))])
def test_arrests_in_lower_case_articles_thirteenth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 374 (session 30, its last): coder notes, thirtieth set, far from Turkey (an ELN attack in Tame,
# Arauca; Abu Sayyaf members killed in Patikul; civilians beheaded in Muidumbe district; protesters shot
# dead in Monywa; TTP militants held in Peshawar; an attack on a base in Koudougou repelled, "killing 8
# assailants. One soldier died."): 5 of 6 right when first run, every place's country right. Left: a
# death told in the next sentence ("One soldier died", "A ninth soldier died of his wounds") is not
# added to the toll of the attack it continues.

CODER_NOTES_30 = [
    ('On 2 March 2021, ELN guerrillas attacked a police station in Tame (Arauca) with explosives, wounding 3 policemen.',
     [W("ATTACK", day="2021-03-02", wounded=3, country="COL")]),
    ('On 3 March 2021, the Philippine army killed 4 suspected Abu Sayyaf members in a clash in Patikul (Sulu).',
     [W("ATTACK", day="2021-03-03", killed=4, country="PHL")]),
    ('On 4 March 2021, suspected insurgents beheaded 5 civilians in Muidumbe district (Cabo Delgado).',
     [W("ATTACK", day="2021-03-04", killed=5, country="MOZ")]),
    ('On 5 March 2021, security forces shot dead 2 protesters in Monywa (Sagaing region).',
     [W("ATTACK", day="2021-03-05", killed=2, country="MMR")]),
    ('On 6 March 2021, CTD officers arrested 3 suspected TTP militants in Peshawar (Khyber Pakhtunkhwa) and recovered weapons.',
     [W("ARREST", 3, day="2021-03-06", country="PAK")]),
    pytest.param('On 7 March 2021, Burkinabe troops repelled an attack on their base in Koudougou (Centre-Ouest), killing 8 assailants. One soldier died.',
                 [W("ATTACK", day="2021-03-07", killed=9, country="BFA")],
                 marks=pytest.mark.xfail(reason="a death told in the next sentence is not added to the toll", strict=True)),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_30, ids=[f"coder_notes_30_{i}" for i in range(len(CODER_NOTES_30))])
def test_coder_notes_30th_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)
