"""Held-out batches of English reports written for the test, one error class each.

Each batch was written and run once before any rule was changed for it; the first-pass figures
are recorded in docs/generalisation.md. A case lists the events it must give (type, total,
nationalities, modality and, where the text gives one, the date) and nothing else: an extra event
of the same type fails the case, so restatements and statistics are tested too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from _generalise import W, Want, check, matches, run

from watchfloor.extract.en_frames import frame_types
from watchfloor.model import Document
from watchfloor.nlp.english import load_english
from watchfloor.pipeline import Pipeline

# -- batch 1: forms of the act (participles, relative clauses, phrasal verbs, negation, plans) ----

FORMS = [
    ("Karim Haidari, an Afghan arrested in Graz on 2 March, was released on bail on Tuesday.",
     [W("ARREST", 1, "AFG", day="2021-03-02")]),
    ("The court also heard from a second suspect, who was detained last Friday in Lyon.",
     [W("ARREST", 1, day="2021-03-05")]),
    ("Three Tunisians who were caught near the border on Sunday appeared before a judge in Medenine.",
     [W("ARREST", 3, "TUN", day="2021-03-07")]),
    ("On Monday Turkey put four Germans on a plane back to Frankfurt.",
     [W("DEPORT", 4, "DEU", day="2021-03-08")]),
    ("Two Dutch women were flown home from Iraq on Tuesday.",
     [W("DEPORT", 2, "NLD", day="2021-03-09")]),
    ("Kazakh authorities brought back 19 Kazakh citizens from camps in Syria on Thursday.",
     [W("DEPORT", 19, "KAZ", day="2021-03-04")]),
    ("A wanted militant surrendered to police in Basilan on Saturday.",
     [W("ARREST", 1, day="2021-03-06")]),
    ("A Chechen commander turned himself in to the authorities in Grozny on Monday.",
     [W("ARREST", 1, "RUS", day="2021-03-08")]),
    ("The Belgian journalist was not arrested, police in Kilis said on Tuesday.",
     [W("ARREST", 1, "BEL", modality="denied")]),
    ("Both Moroccan men were released without charge on Monday.",
     [W("CHARGE", 2, "MAR", modality="denied")]),
    ("Five Uzbek nationals face deportation once their sentences end, the ministry said on Monday.",
     [W("DEPORT", 5, "UZB", modality="planned")]),
    ("Two Algerians are expected to be sent back to Algeria next week, officials in Rome said.",
     [W("DEPORT", 2, "DZA", modality="planned")]),
    ("Police in Izmir handed over three Iranians to the Iranian authorities on Friday.",
     [W("DEPORT", 3, "IRN", day="2021-03-05")]),
    ("Thirty-two suspects were detained in raids in Izmir on Monday.",
     [W("ARREST", 32, day="2021-03-08")]),
    ("Officers arrested a 19-year-old Syrian in Leeds on Sunday.",
     [W("ARREST", 1, "SYR", day="2021-03-07")]),
]


@pytest.mark.parametrize(("text", "wants"), FORMS, ids=[f"forms{i}" for i in range(len(FORMS))])
def test_forms(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 2: who and how many, told across the story ----------------------------------------

STORY = [
    ("Police in Surabaya on Monday arrested three Indonesian men suspected of planning a bombing. "
     "On Tuesday prosecutors charged the three with terrorism offences.",
     [W("ARREST", 3, "IDN", day="2021-03-08"), W("CHARGE", 3, "IDN", day="2021-03-09")]),
    ("Osman Kaya, a 34-year-old Turkish citizen, flew to Amsterdam on Friday. "
     "Dutch police arrested Kaya at Schiphol airport on Saturday.",
     [W("ARREST", 1, "TUR", day="2021-03-06")]),
    ("Two Chechen brothers reached Istanbul in January. "
     "The pair were detained by Turkish police in Hatay on Friday.",
     [W("ARREST", 2, "RUS", day="2021-03-05")]),
    ("A resident of Almaty was arrested on Monday on suspicion of recruiting for Islamic State.",
     [W("ARREST", 1, "KAZ", day="2021-03-08")]),
    ("Police detained six people, four of them women, in raids in Antwerp on Tuesday.",
     [W("ARREST", 6, day="2021-03-09")]),
    ("Greek police on Monday detained two Libyans and an Egyptian near the Evros river.",
     [W("ARREST", 3, "LBY EGY", day="2021-03-08")]),
    ("Four Tajik women and their nine children landed in Dushanbe on Sunday after Iraq expelled them. "
     "All four women were detained at the airport.",
     [W("DEPORT", 13, "TJK"), W("ARREST", 4, "TJK")]),
    ("Two French sisters were sent back to Paris by Turkey on Friday. "
     "Both were detained on arrival by French police.",
     [W("DEPORT", 2, "FRA", day="2021-03-05"), W("ARREST", 2, "FRA", day="2021-03-05")]),
]


@pytest.mark.parametrize(("text", "wants"), STORY, ids=[f"story{i}" for i in range(len(STORY))])
def test_story(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 3: one happening, one event --------------------------------------------------------

ONCE = [
    ("A car bomb exploded outside a police station in Kirkuk on Monday, killing four people. "
     "Eleven others were wounded. The injured were taken to a hospital in the city.",
     [W("ATTACK", day="2021-03-08", killed=4, wounded=11)]),
    ("Police arrested two men in Marseille on Tuesday. "
     "The men were detained during a dawn raid in the north of the city.",
     [W("ARREST", 2, day="2021-03-09")]),
    ("Gunmen attacked an army checkpoint near Arish on Sunday. The attack killed three soldiers.",
     [W("ATTACK", day="2021-03-07", killed=3)]),
    ("Two blasts hit a market in Maiduguri on Saturday evening. "
     "The first bomb went off near the fish stalls; 19 people died and 40 were hurt.",
     [W("ATTACK", day="2021-03-06", killed=19, wounded=40)]),
]


@pytest.mark.parametrize(("text", "wants"), ONCE, ids=[f"once{i}" for i in range(len(ONCE))])
def test_one_happening(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 4: event or statistic --------------------------------------------------------------

STATS = [
    ("Turkey has deported 5,600 foreign fighters since 2011, the interior minister said on Monday.", [], 1),
    ("Between January and June, border guards refused entry to about 400 suspected militants.", [], 1),
    ("Russia blocked 120 extremist websites in the first three months of the year.", [], 1),
    ("By the end of last year some 800 Tajiks had been sent home from Syria.", [], 1),
    ("Police have detained dozens of suspects in the region in recent weeks.", [], 1),
    ("Courts convicted 215 people of terrorism offences last year, the ministry said.", [], 1),
    ("On 9 February soldiers detained a group of 140 migrants near the border with Iran.",
     [W("ARREST", 140, day="2021-02-09")], 0),
    ("In a single operation on Tuesday, police arrested 230 suspects across twelve provinces.",
     [W("ARREST", 230, day="2021-03-09")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggs"), STATS, ids=[f"stats{i}" for i in range(len(STATS))])
def test_event_or_statistic(pipeline: Pipeline, text: str, wants: list[Want], aggs: int) -> None:
    check(pipeline, text, wants, aggregates=aggs)


# -- batch 5: coder notes (one to three sentences, places anywhere, qualified in brackets) --------

NOTES = [
    ("On 12 March 2019, police arrested 14 youths in Hodan district (Mogadishu, Banadir), accusing them of "
     "links to Al Shabaab.", [W("ARREST", 14, day="2019-03-12", country="SOM")]),
    ("On 3 June 2020, unidentified gunmen shot dead a village chief in Kidal (Kidal, Kidal). Two others were wounded.",
     [W("ATTACK", day="2020-06-03", killed=1, wounded=2, country="MLI")]),
    ("On 15 January 2021, military forces clashed with ISWAP militants near Damboa (Damboa, Borno). "
     "7 militants were killed.", [W("ATTACK", day="2021-01-15", killed=7, country="NGA")]),
    ("On 21 August 2018, security forces detained 5 suspected JNIM members in Djibo (Soum, Sahel).",
     [W("ARREST", 5, day="2018-08-21", country="BFA")]),
    ("On 9 May 2019, an IED exploded on the road between Kunduz and Khanabad (Kunduz), killing 3 ANA soldiers.",
     [W("ATTACK", day="2019-05-09", killed=3, country="AFG")]),
    ("On 2 February 2020, the Nigerian Air Force carried out airstrikes on Boko Haram positions in the Sambisa "
     "forest (Konduga, Borno). Fatalities unknown.", [W("ATTACK", day="2020-02-02", country="NGA")]),
    ("On 30 October 2019, police in Dhaka arrested 3 suspected members of Neo-JMB in Mirpur area (Dhaka, Dhaka).",
     [W("ARREST", 3, day="2019-10-30", country="BGD")]),
    ("On 4 April 2017, a court in Karachi (Sindh) sentenced two militants of Lashkar-e-Jhangvi to death.",
     [W("CHARGE", 2, day="2017-04-04", country="PAK")]),
    # failed until session 10 taught the gazetteer "Hiraan" (GeoNames: Hiiraan)
    ("On 7 July 2019, Al Shabaab militants attacked a police post in Bulo Burte (Bulo Burto, Hiraan), "
     "killing 4 policemen.", [W("ATTACK", day="2019-07-07", killed=4, country="SOM")]),
    ("On 19 September 2020, police arrested 6 suspected IS members in Tripoli (Tripoli, Tripoli) following a raid "
     "on a safe house.", [W("ARREST", 6, day="2020-09-19", country="LBY")]),
    ("On 11 November 2018, a suicide bomber blew himself up at a checkpoint in Diffa (Diffa, Diffa), killing "
     "2 soldiers and wounding 5 civilians.", [W("ATTACK", day="2018-11-11", killed=2, wounded=5, country="NER")]),
    ("On 28 February 2021, Ugandan security forces arrested 11 suspected ADF collaborators in Kasese town "
     "(Kasese, Western).", [W("ARREST", 11, day="2021-02-28", country="UGA")]),
    ("On 5 March 2019, unknown assailants kidnapped 3 aid workers near Menaka (Menaka, Menaka).",
     [W("ATTACK", day="2019-03-05", country="MLI")]),
    ("On 14 April 2020, Russian security services detained 4 members of Hizb ut-Tahrir in Kazan (Kazan, Tatarstan).",
     [W("ARREST", 4, day="2020-04-14", country="RUS")]),
    ("On 22 May 2017, a court in Rabat (Rabat-Sale-Kenitra) sentenced 8 men to prison terms for planning attacks.",
     [W("CHARGE", 8, day="2017-05-22", country="MAR")]),
    ("On 1 October 2019, Pakistani troops killed 3 militants in an exchange of fire in North Waziristan "
     "(Miranshah, Khyber Pakhtunkhwa).", [W("ATTACK", day="2019-10-01", killed=3, country="PAK")]),
    ("On 16 August 2018, Indonesian police shot dead 2 suspected militants during a raid in Bekasi (Bekasi, West Java).",
     [W("ATTACK", day="2018-08-16", killed=2, country="IDN")]),
    ("On 3 January 2019, Egyptian authorities deported 2 Turkish nationals from Cairo airport (Cairo, Cairo).",
     [W("DEPORT", 2, "TUR", day="2019-01-03", country="EGY")]),
    ("On 25 June 2021, the Philippine army captured a senior Abu Sayyaf commander in Patikul (Patikul, Sulu).",
     [W("ARREST", 1, day="2021-06-25", country="PHL")]),
]


@pytest.mark.parametrize(("text", "wants"), NOTES, ids=[f"note{i}" for i in range(len(NOTES))])
def test_coder_notes(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 6: the place of a removal is the removing state's ------------------------------------

REMOVALS = [
    ("Two Indonesian women were deported to Indonesia in 2017 after their arrest in Turkey.",
     [W("DEPORT", 2, "IDN", country="TUR")]),
    ("Twelve Kyrgyz nationals expelled by Russia landed in Bishkek on Monday.",
     [W("DEPORT", 12, "KGZ", day="2021-03-08", country="RUS")]),
    ("The Tunisian man was deported to Tunis in March, Italian police said.",
     [W("DEPORT", 1, "TUN", country="ITA")]),
]


@pytest.mark.parametrize(("text", "wants"), REMOVALS, ids=[f"removal{i}" for i in range(len(REMOVALS))])
def test_removal_place(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- written after the rules (regression tests, not a first-pass batch) -------------------------

AFTER = [
    # a toll told later, wherever the parts of a coordinated attack were
    ("Three bombs went off in Lahore and Multan on Sunday morning. Police said 60 people were injured in Multan.",
     [W("ATTACK", day="2021-03-07", wounded=60)]),
    # a named person arrested, then the arrest told again with its place
    ("Police in Lyon on Monday arrested Karim Benali, a French citizen. Benali was detained at his flat in the city.",
     [W("ARREST", 1, "FRA", day="2021-03-08")]),
    # a generic future rule is no act
    ("Officials said every returning fighter would be arrested.", []),
    # she turned back herself: nobody was refused entry
    ("Disappointed, the woman turned back and went home.", []),
    # thousands in a past perfect are a tally
    ("Officials said on Monday that Turkey had deported 4,000 foreign suspects.", []),
]


@pytest.mark.parametrize(("text", "wants"), AFTER, ids=[f"after{i}" for i in range(len(AFTER))])
def test_after_rules(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


AFTER_2 = [
    ("Police on Friday arrested Karim Benali, 31, in Lyon.", [W("ARREST", 1, day="2021-03-05")]),  # an age is no count
    ("Our bus was held up for two hours by roadworks near the coast.", []),  # a delay, not a detention
    ("The women returned from Iraq, where their husbands are held.", []),  # a standing state
]


@pytest.mark.parametrize(("text", "wants"), AFTER_2, ids=[f"after_b{i}" for i in range(len(AFTER_2))])
def test_after_rules_2(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 7: trips to join an armed group ---------------------------------------------------------

TRIPS = [
    ("The two sisters then crossed into Syria to join a French jihadist recruiter.", [W("TRAVEL", 2)]),
    # passes since session 14 (a trip told by its arrival, "reached Raqqa": batch 107's places in a war zone)
    ("A Tajik man left Dushanbe in June 2016 and reached Raqqa a month later, his family said.", [W("TRAVEL", 1, "TJK")]),
    # passes since session 12: "the family" is no one person (GOLD-FORMAT: a family with no number has no total)
    ("Police believe the family flew to Istanbul on 3 May and travelled on to the Syrian border.",
     [W("TRAVEL", modality="rumored")]),
    pytest.param("Rumours say one of the gunmen had gone to Syria to fight for Islamic State.",
                 [W("TRAVEL", modality="rumored")],
                 marks=pytest.mark.xfail(strict=True, reason="'reports say' as a hedge")),
    ("A young couple from Osh left Kyrgyzstan last week with their three children, apparently to join Islamic "
     "State in Syria.", [W("TRAVEL", 5, "KGZ", modality="rumored")]),
]


@pytest.mark.parametrize(("text", "wants"), TRIPS, ids=[f"trip{i}" for i in range(len(TRIPS))])
def test_trips(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_an_act_told_again_keeps_every_sentence_as_evidence(pipeline: Pipeline) -> None:
    text = ("A bomb exploded at a bus stop in Quetta on Monday, killing six people. "
            "Witnesses said the blast shattered windows across the street. "
            "No group has claimed the bombing. Previous attacks in the city were blamed on separatists.")
    x = run(pipeline, text)
    attack = next(e for e in x.events if e.type == "ATTACK")
    told = [text[e.start:e.end] for e in attack.more_evidence]
    assert any("the blast shattered" in t for t in told) and any("claimed the bombing" in t for t in told)
    assert not any("Previous attacks" in t for t in told)  # another occasion
    assert all(e.text == text[e.start:e.end] for e in attack.evidence_spans)


AFTER_3 = [
    ("The couple's three sons were placed with a foster family and handed over to a child protection board.", []),
    ("The suspect was then turned over to the police in Jolo.", []),
    ("Police in Izmir handed over three Iranians to the Iranian authorities on Friday.",
     [W("DEPORT", 3, "IRN", day="2021-03-05")]),
]


@pytest.mark.parametrize(("text", "wants"), AFTER_3, ids=[f"after_c{i}" for i in range(len(AFTER_3))])
def test_hand_over_to_own_bodies_is_no_removal(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


AFTER_4 = [
    ("In May, a Belarusian journalist was arrested and charged with treason in Minsk.",
     [W("ARREST", 1, "BLR"), W("CHARGE", 1, "BLR")]),  # the second verb shares the first one's passive
    ("A court in Boston has convicted a friend of the bombing suspect for lying to investigators.", [W("CHARGE", 1)]),
    ("Accounts that praise violence may be flagged and suspended, the company said.", []),  # a possibility
]


@pytest.mark.parametrize(("text", "wants"), AFTER_4, ids=[f"after_d{i}" for i in range(len(AFTER_4))])
def test_coordinated_verbs(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


AFTER_5 = [
    # the attack told again without a day or another place of its own
    ("Militants stormed a mosque in Bir al-Abed in North Sinai on Friday during prayers. "
     "They set off a bomb and then opened fire on the worshippers.", [W("ATTACK", day="2021-03-05")]),
    # another town with a day of its own is another attack
    ("Gunmen attacked a police post in Arish on Friday. On Sunday a bomb exploded at a checkpoint in Rafah.",
     [W("ATTACK", day="2021-03-05"), W("ATTACK", day="2021-03-07")]),
    # anyone of a kind takes no nationality from the story
    ("Two Tunisian recruiters were jailed in Tunis on Monday. Officials said every returning fighter would be "
     "arrested.", [W("CHARGE", 2, "TUN", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), AFTER_5, ids=[f"after_e{i}" for i in range(len(AFTER_5))])
def test_retellings(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


AFTER_6 = [
    ("Thailand is now turning migrants back at its southern border.", []),  # a practice
    ("Greek police are deporting three Afghans this morning, officials said.", [W("DEPORT", 3, "AFG")]),
]


@pytest.mark.parametrize(("text", "wants"), AFTER_6, ids=[f"after_f{i}" for i in range(len(AFTER_6))])
def test_practices_are_no_acts(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 8: coder notes without brackets (written after batch 5's rules; first pass 5 of 8) ------

NOTES_PLAIN = [
    ("On 4 March 2020, JNIM militants attacked an army base in Mondoro, Mopti region, killing 9 soldiers.",
     [W("ATTACK", day="2020-03-04", killed=9, country="MLI")]),
    ("On 18 May 2019, police arrested 7 suspected ISKP members in Jalalabad city.",
     [W("ARREST", 7, day="2019-05-18", country="AFG")]),
    ("On 2 July 2021, Boko Haram fighters abducted 12 farmers near Konduga.", [W("ATTACK", day="2021-07-02", country="NGA")]),
    ("On 11 October 2018, the Kenyan police arrested 3 Al Shabaab suspects in Mandera town.",
     [W("ARREST", 3, day="2018-10-11", country="KEN")]),
    ("On 27 January 2020, a roadside bomb killed 4 civilians in Kirkuk province.",
     [W("ATTACK", day="2020-01-27", killed=4, country="IRQ")]),
    ("On 3 September 2019, unidentified gunmen shot dead a Hindu trader in Sylhet.",
     [W("ATTACK", day="2019-09-03", killed=1, country="BGD")]),
    ("On 6 June 2020, security forces arrested 5 ADF suspects in Beni territory.",
     [W("ARREST", 5, day="2020-06-06", country="COD")]),
    ("On 14 February 2019, militants attacked a police checkpoint in Tillaberi region, killing 3 gendarmes.",
     [W("ATTACK", day="2019-02-14", killed=3, country="NER")]),
]


@pytest.mark.parametrize(("text", "wants"), NOTES_PLAIN, ids=[f"plain{i}" for i in range(len(NOTES_PLAIN))])
def test_coder_notes_without_brackets(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 9: who the people are, told before or by residence (written after the rules for the
# class were changed on reports-dev errors; first pass 7 of 8) ----------------------------------

PEOPLE_TOLD = [
    ("Three men crossed from Syria on Sunday night. They were detained by gendarmes near Reyhanli on Monday.",
     [W("ARREST", 3, day="2021-03-08", country="TUR")]),
    ("Two sisters had left a camp in northern Syria in January. Both were arrested at Brussels airport on Tuesday.",
     [W("ARREST", 2, day="2021-03-09", country="BEL")]),
    ("Police in Kano detained four local youths on Saturday over the killing of a vigilante.",
     [W("ARREST", 4, "NGA", day="2021-03-06", country="NGA")]),
    ("A Muscovite was detained by Turkish police in Antalya on Monday on suspicion of recruiting for IS.",
     [W("ARREST", 1, "RUS", day="2021-03-08", country="TUR")]),
    ("Border guards stopped a family of six at the Kapikule crossing on Friday.",  # passes since batch 208
     [W("ARREST", 6, day="2021-03-05", country="TUR")]),
    ("A Londoner and his two brothers were arrested in Izmir on Thursday.",
     [W("ARREST", 3, "GBR", day="2021-03-04", country="TUR")]),
    ("Five students went missing in Kyiv in February. They were later deported from Turkey to Ukraine.",
     [W("DEPORT", 5, country="TUR")]),
    ("Soldiers shot dead two local herders near Gao on Tuesday.",
     [W("ATTACK", killed=2, day="2021-03-09", country="MLI")]),
]


@pytest.mark.parametrize(("text", "wants"), PEOPLE_TOLD, ids=[f"people{i}" for i in range(len(PEOPLE_TOLD))])
def test_people_told_before_or_by_residence(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 10: counts told by ellipsis or over a list ("12 more", "five others", "148 women and
# children"; written after the rules for the class were changed on reports-dev errors; first pass
# 5 of 7) -------------------------------------------------------------------------------------------

COUNTS_TOLD = [
    ("Iraq repatriated 300 women and children from the al-Hol camp on Thursday.",
     [W("DEPORT", 300, "IRQ", day="2021-03-04")]),  # repatriated: Iraq's own people (batch 99)
    ("Kenyan police arrested two Somali men in Garissa on Monday. On Tuesday they arrested three more.",
     [W("ARREST", 2, "SOM", day="2021-03-08", country="KEN"), W("ARREST", 3, "SOM", day="2021-03-09", country="KEN")]),
    ("Gendarmes detained a Syrian driver and four others near Edirne on Sunday.",
     [W("ARREST", 5, "SYR", day="2021-03-07", country="TUR")]),
    pytest.param("Uzbekistan brought home 98 citizens from Syria on Friday, and Kazakhstan flew back 45 more.",
                 [W("DEPORT", 98, "UZB", day="2021-03-05"), W("DEPORT", 45, day="2021-03-05")],
                 marks=pytest.mark.xfail(reason="'45 more' returned by another state takes the first group's nationality")),
    ("The suicide bomber killed seven people and wounded 23 others at a market in Maiduguri on Sunday.",
     [W("ATTACK", killed=7, wounded=23, day="2021-03-07", country="NGA")]),
    ("Police in Dhaka detained 12 men and women on Saturday for links to a banned group.",
     [W("ARREST", 12, day="2021-03-06", country="BGD")]),
    ("Turkey deported 20 Tajiks in January; in February it deported 11 more.",
     [W("DEPORT", 20, "TJK", country="TUR"), W("DEPORT", 11, "TJK", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), COUNTS_TOLD, ids=[f"counts{i}" for i in range(len(COUNTS_TOLD))])
def test_counts_by_ellipsis_or_over_a_list(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 11: what came before ('had been arrested' after a dated act keeps no day of that act;
# written after the rule; first pass 3 of 4) --------------------------------------------------------

BEFORE = [
    ("A court in Almaty jailed a Kazakh man for seven years on Tuesday. He had been detained at the border "
     "as he tried to reach Syria.",
     [W("CHARGE", 1, "KAZ", day="2021-03-09"), W("ARREST", 1, "KAZ")]),
    ("Police said on Monday they had arrested four men in Kano.", [W("ARREST", 4, day="2021-03-08")]),
    ("Germany expelled two Tunisian preachers on Friday. Both had been convicted in 2018 of recruiting for IS.",
     [W("DEPORT", 2, "TUN", day="2021-03-05"), W("CHARGE", 2, "TUN")]),
    ("Iraq handed 12 French citizens to France on Thursday. Kurdish forces had captured them in Baghouz in 2019.",
     [W("DEPORT", 12, "FRA", day="2021-03-04"), W("ARREST", 12, "FRA")]),
]


@pytest.mark.parametrize(("text", "wants"), BEFORE, ids=[f"before{i}" for i in range(len(BEFORE))])
def test_what_came_before(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    x = run(pipeline, text)
    check(pipeline, text, wants)
    for want in wants:
        if want.day is None:  # told as earlier: never the other act's day
            assert all(e.date is None or e.date.year < 2021 for e in x.events if e.type == want.type)


# -- batch 12: moved into another state's hands ("transferred to Egypt"; not to a hospital, a town or
# a court; written after the rule; first pass 4 of 5) -----------------------------------------------

TRANSFERS = [
    ("A Tunisian suspect held in Milan was transferred to Tunisia on Tuesday.",
     [W("DEPORT", 1, "TUN", day="2021-03-09")]),
    ("Sudan transferred two Eritrean men to Eritrea last week.", [W("DEPORT", 2, "ERI")]),
    ("The injured were transferred to a hospital in Mosul.", []),
    ("The prisoner was transferred to Kandahar on Monday.", []),
    ("The case was transferred to a juvenile court in March.", []),
]


@pytest.mark.parametrize(("text", "wants"), TRANSFERS, ids=[f"transfer{i}" for i in range(len(TRANSFERS))])
def test_transfers_to_a_state(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 13: what could have happened and what may have ("could have been killed" is no event; "may
# have been detained" is rumored; written after the rule; first pass 4 of 4) --------------------------

MAYBE = [
    ("Officials said dozens of worshippers could have been killed had the guard not stopped the bomber.", []),
    ("Relatives fear the two students may have been detained by the security service in Dushanbe.",
     [W("ARREST", 2, modality="rumored", country="TJK")]),
    ("Without the warning, the passengers would have been taken hostage.", []),
    ("Police said on Monday they had detained two men in Kano.", [W("ARREST", 2, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), MAYBE, ids=[f"maybe{i}" for i in range(len(MAYBE))])
def test_could_and_may_have(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 14: people named by their age, their town or a nationality stated as a predicate; acts a
# state wants done ("wants her expelled", "ordered them deported"); a retelling placed only by the
# dateline. Written before the rules; first pass 3 of 8 (docs/generalisation.md) -------------------

TOLD_ELSEWHERE = [
    ("Police in Rotterdam said a 31-year-old from Eindhoven was detained at the city's airport on Tuesday.",
     [W("ARREST", 1, "NLD", day="2021-03-09", country="NLD")]),
    ("Two 17-year-olds from Lyon were arrested at the Turkish border on Sunday.",
     [W("ARREST", 2, "FRA", day="2021-03-07")]),
    ("A woman was stopped at Brussels airport on Monday. She lost her Belgian passport in 2019 and now holds "
     "only Moroccan nationality. The government wants her expelled to Morocco.",
     # she is Moroccan when stopped (batch 207: a pronoun opening the next sentence tells her back)
     [W("ARREST", 1, "MAR", day="2021-03-08", country="BEL"), W("DEPORT", 1, "MAR", modality="planned")]),
    ("A judge in Milan ordered the three Tunisian men deported.",
     [W("DEPORT", 3, "TUN", modality="planned")]),
    ("Ali Karimi is an Afghan citizen who lived in Hamburg for six years. He was arrested there on Friday.",
     [W("ARREST", 1, "AFG", day="2021-03-05", country="DEU")]),
    ("THE HAGUE, March 10 (Wire) - Two men who returned from Syria were arrested at Schiphol airport on Tuesday. "
     "On landing both were taken into custody by military police and passed on to detectives.",
     [W("ARREST", 2, day="2021-03-09", country="NLD")]),
    ("Kabul court jails two Taliban commanders \"for life\"\n\nA court in Kabul sentenced two Taliban commanders to "
     "life in prison on Monday.",
     [W("CHARGE", 2, day="2021-03-08", country="AFG")]),
    ("His companion went into hiding in March, turned himself in to police in Graz in May and was sentenced in "
     "October to two years.",
     [W("ARREST", 1, country="AUT"), W("CHARGE", 1, country="AUT")]),
]


@pytest.mark.parametrize(("text", "wants"), TOLD_ELSEWHERE, ids=[f"elsewhere{i}" for i in range(len(TOLD_ELSEWHERE))])
def test_people_and_wanted_acts_told_elsewhere(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 15: acts told in coordinated or relative clauses ("crossed into Turkey and was detained",
# "a third man, Rashid, who was detained"), and a dated total that is no sum of acts of other days.
# Written after the rules were changed on reports-dev2 error classes; first pass on the code before
# them 4 of 6 (docs/generalisation.md) ---------------------------------------------------------------

CLAUSES = [
    ("Amal left the camp in January, crossed into Turkey with smugglers and was detained in Gaziantep on 2 March.",
     [W("ARREST", 1, day="2021-03-02", country="TUR")]),
    ("The court also heard about a third man, Rashid, who was detained on Friday in Garissa.",
     [W("ARREST", 1, day="2021-03-05", country="KEN")]),
    ("Military police arrested a man and a woman at Brussels airport on Tuesday. The man had been detained in Turkey "
     "in 2019; the woman gave herself up to Turkish border guards last year.",
     [W("ARREST", 2, day="2021-03-09", country="BEL"), W("ARREST", 1, country="TUR"), W("ARREST", 1, country="TUR")]),
    ("Three Kyrgyz men flew to Istanbul in January and were arrested in Hatay on 1 March.",
     [W("ARREST", 3, "KGZ", day="2021-03-01", country="TUR")]),
    ("The minister said that the camp was full and that women found to have joined IS would be prosecuted on "
     "their return.", []),
    ("Police in Kano arrested four men on Monday. Two of them were later released.",
     [W("ARREST", 4, day="2021-03-08", country="NGA")]),
]


@pytest.mark.parametrize(("text", "wants"), CLAUSES, ids=[f"clauses{i}" for i in range(len(CLAUSES))])
def test_acts_told_in_coordinated_or_relative_clauses(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 16: acts at airports (the gazetteer's airports) and "N of its citizens" (the possessor
# country named before). Written after the airports and before the possessor rule: 2 of 5 pass on the
# code before both (ec91824), 3 of 5 with airports, 4 of 5 now (docs/generalisation.md) -------------

AIRPORTS_AND_OWN_CITIZENS = [
    ("Dutch police arrested two women at Schiphol airport on Tuesday.",
     [W("ARREST", 2, day="2021-03-09", country="NLD")]),
    ("A Kenyan man was detained at Heathrow on Sunday as he tried to board a flight to Istanbul.",
     [W("ARREST", 1, "KEN", day="2021-03-07", country="GBR")]),
    ("Two Indonesian students were held at Soekarno-Hatta airport on Monday.",
     [W("ARREST", 2, "IDN", day="2021-03-08", country="IDN")]),
    ("A plane chartered by Tajikistan brought back 40 more of its citizens from Baghdad on Sunday.",
     [W("DEPORT", 40, "TJK", day="2021-03-07", country="TJK")]),  # brought home: placed at home
    pytest.param("Kyrgyzstan said a second flight had returned 59 of its nationals from Iraq on Thursday.",
                 [W("DEPORT", 59, "KGZ", day="2021-03-04")],
                 marks=pytest.mark.xfail(strict=True, reason="transitive 'return' is no removal verb yet: no real-text example")),
]


@pytest.mark.parametrize(("text", "wants"), AIRPORTS_AND_OWN_CITIZENS, ids=[f"airports{i}" for i in range(5)])
def test_airports_and_own_citizens(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 17: acts told as the content of a report or an allegation ("reports that he had travelled
# to Syria", "allegations that soldiers killed six"): rumored, not background. Written before the
# rule (WikiEvents has the form twice: reports, and allegations, that people were arrested or killed);
# first pass 1 of 4 (docs/generalisation.md) ------------------------------

CLAIMED = [
    ("Police are examining reports that two of the attackers had gone to Syria to fight for IS.",
     [W("TRAVEL", 2, modality="rumored")]),
    ("There are reports that four men were detained near the Turkish border on Sunday.",
     [W("ARREST", 4, modality="rumored", day="2021-03-07")]),
    ("Rights groups cited allegations that soldiers killed six villagers in Kidal on Friday.",
     [W("ATTACK", modality="rumored", killed=6)]),
    ("The report that the committee wrote was published on Monday.", []),
]


@pytest.mark.parametrize(("text", "wants"), CLAIMED, ids=[f"claimed{i}" for i in range(len(CLAIMED))])
def test_acts_told_as_the_content_of_a_report(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 18: removal by carrier ("put on a flight home to X", "sent to X on a flight"); not the
# injured on a helicopter, goods on a plane or a minister flying home. Written before the rule
# (WikiEvents has a man flown back from Istanbul, MUC-4 an extradited man leaving aboard a plane);
# first pass 4 of 8 (docs/generalisation.md) -------------------------------------------------------

CARRIERS = [
    ("After a week in a holding centre near Izmir, the student was put on a flight home to Germany.", [W("DEPORT", 1)]),
    ("Turkish authorities put the three Belgians on a flight to Brussels on Saturday.",
     [W("DEPORT", 3, "BEL", day="2021-03-06", country="TUR")]),
    ("The two women were sent to Oslo on a commercial flight on Monday, escorted by police.",
     [W("DEPORT", 2, day="2021-03-08")]),
    ("Two Moroccan men were put on a ferry back to Tangier on Tuesday after Spanish police found them in Algeciras.",
     [W("DEPORT", 2, "MAR", day="2021-03-09", country="ESP")]),
    ("They were flown back to Sweden from Istanbul on Friday.", [W("DEPORT", day="2021-03-05")]),
    ("The minister flew back to Ankara on a government plane on Monday.", []),
    ("Food and medicine were put on a plane to Kabul.", []),
    ("The injured were put on a helicopter to Baghdad on Sunday.", []),
]


@pytest.mark.parametrize(("text", "wants"), CARRIERS, ids=[f"carrier{i}" for i in range(len(CARRIERS))])
def test_removal_by_carrier(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 19: names with their ages ("Karim Bensaid, 29, and Yusuf Demir, 33", "Fatima B. (24)"):
# an age is never a count, a name with an age is a person whatever the NER says, and a list of
# names is the group told before with its count. Written before the rules; first pass 1 of 5 ------

AGES = [
    ("Karim Bensaid, 29, and Yusuf Demir, 33, were detained in Izmir on Monday.",
     [W("ARREST", 2, day="2021-03-08", country="TUR")]),
    ("Amira Haddad, 24, and Leila Haddad, 31, were sent to Paris on a flight on Friday.",
     [W("DEPORT", 2, day="2021-03-05")]),
    ("Police said Samir K. (27) was arrested in Ghent on Sunday.", [W("ARREST", 1, day="2021-03-07")]),
    ("Two brothers from Lyon were stopped at the Syrian border last year. Nabil Amrani, 22, and "
     "Rachid Amrani, 19, were sent back to France on a flight on Monday.",
     [W("ARREST", 2, "FRA"), W("DEPORT", 2, "FRA", day="2021-03-08")]),
    pytest.param("Omar Said, 40, and his brother Ali, 35, were arrested on Friday.",
                 [W("ARREST", 2, day="2021-03-05")],
                 marks=pytest.mark.xfail(strict=True, reason="the parser makes the first name the root")),
]


@pytest.mark.parametrize(("text", "wants"), AGES, ids=[f"ages{i}" for i in range(len(AGES))])
def test_names_with_ages(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 20: time spent ("after three days in custody", "after two days of fighting") moves the
# story's clock; a removal with no place of its own leaves from where the people were held. Written
# before the rules (real text has "after three days of fighting", "after 16 days of testimony",
# "after two days of talks"); first pass 0 of 4 ------------------------------------------------------

TIME_SPENT = [
    ("Gendarmes in Kilis detained a 19-year-old from Graz on 3 March. After four days in custody the teenager was "
     "put aboard a flight to Vienna.",
     [W("ARREST", 1, "AUT", day="2021-03-03", country="TUR"), W("DEPORT", 1, "AUT", day="2021-03-07", country="TUR")]),
    ("The army began its assault on the town on 1 March. After three days of fighting, rebels ambushed a convoy "
     "outside the town, killing four soldiers.", [W("ATTACK", killed=4, day="2021-03-04")]),
    ("Greek police arrested two Syrians on the island of Kos on 2 March. After a week in detention they were sent "
     "back to Turkey.", [W("ARREST", 2, "SYR", day="2021-03-02", country="GRC"), W("DEPORT", 2, "SYR", country="GRC")]),
    ("Border guards detained a Tajik man at the Uzbek border on 4 March. After two days of questioning he was "
     "handed over to Tajikistan.",
     [W("ARREST", 1, "TJK", day="2021-03-04"), W("DEPORT", 1, "TJK", day="2021-03-06", country="UZB")]),
]


@pytest.mark.parametrize(("text", "wants"), TIME_SPENT, ids=[f"spent{i}" for i in range(len(TIME_SPENT))])
def test_time_spent_moves_the_story_clock(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 21: the story's clock: an act in the past simple with no day of its own, right after a
# sentence of the same paragraph that dates a happening, took place that day (not after a saying's
# day, not in another paragraph, not "later"). Written before the rule; first pass 0 of 5 ----------

NARRATIVE = [
    ("On 9 February officers at the airport questioned a British woman for six hours. She was not arrested.",
     [W("ARREST", 1, "GBR", modality="denied", day="2021-02-09")]),
    ("Police raided a flat in Leeds on 9 February. Two men were arrested.",
     [W("ARREST", 2, day="2021-02-09", country="GBR")]),
    ("On 9 February officers at the airport questioned a British woman for six hours. She was arrested and "
     "taken to a police station.", [W("ARREST", 1, "GBR", day="2021-02-09")]),
    ("Police raided a flat in Leeds on 9 February.\n\nTwo men have been arrested.",
     [W("ARREST", 2, day="2021-03-08", country="GBR")]),  # the present perfect: this week
]


@pytest.mark.parametrize(("text", "wants"), NARRATIVE, ids=[f"narrative{i}" for i in range(len(NARRATIVE))])
def test_the_story_clock_dates_a_narrated_act(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.parametrize("text", [
    "The minister said on 9 February that the border was calm. Two men were arrested in Leeds.",
    "Police raided a flat in Leeds on 9 February. One of the men was later arrested in Bradford.",
])
def test_a_saying_or_later_gives_no_narrated_day(pipeline: Pipeline, text: str) -> None:
    events = run(pipeline, text).events
    assert [e.type for e in events] == ["ARREST"] and events[0].date is None


# -- batch 22: removals asked for or awaited ("will seek her deportation", "asked Morocco for his
# extradition", "is waiting to be extradited"): planned, with the one named by the possessive or the
# waiting subject; the removal is not placed in the deportee's own country. Written before the rules
# (MUC-4 has "requesting his extradition", "guarantee their extradition", "awaiting extradition");
# first pass 2 of 6 ----------------------------------------------------------------------------------

ASKED_FOR = [
    ("Turkish police detained two Germans in Gaziantep on Monday. They were to be deported to Berlin the next day.",
     [W("ARREST", 2, "DEU", day="2021-03-08", country="TUR"), W("DEPORT", 2, "DEU", modality="planned")]),
    ("A Tunisian man held in Brussels is waiting to be extradited to France.",
     [W("DEPORT", 1, "TUN", modality="planned", country="BEL")]),
    ("The Dutch government will seek her deportation to Morocco, the minister said.",
     [W("DEPORT", 1, modality="planned")]),
    ("Prosecutors said they would seek the expulsion of the three Chechen men.",
     [W("DEPORT", 3, "RUS", modality="planned")]),
    ("Belgium has asked Morocco for his extradition.", [W("DEPORT", 1, modality="planned")]),
    ("A Tunisian man held in Brussels was extradited to France on Monday.",
     [W("DEPORT", 1, "TUN", day="2021-03-08", country="BEL")]),
]


@pytest.mark.parametrize(("text", "wants"), ASKED_FOR, ids=[f"asked{i}" for i in range(len(ASKED_FOR))])
def test_removals_asked_for_or_awaited(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 23: landmarks named after their town ("near London Bridge", "Peshawar Press Club",
# "outside Kandahar University"; event_location has 92 such places: airports, hospitals, squares,
# universities, bridges …): the town places the act. Written before the rule; first pass 1 of 4
# (the grenade case waited on batch 24) ------------------------------------------------------------

LANDMARKS = [
    ("An attacker stabbed two guards to death and hurt three visitors at a gallery near Westminster Bridge on Friday.",
     [W("ATTACK", killed=2, wounded=3, day="2021-03-05", country="GBR")]),
    ("A bomb exploded near Peshawar Press Club on Monday, killing three people.",
     [W("ATTACK", killed=3, day="2021-03-08", country="PAK")]),
    ("Police arrested two men outside Kandahar University on Sunday.", [W("ARREST", 2, day="2021-03-07", country="AFG")]),
    ("A grenade was thrown at a cafe near Mogadishu Stadium on Tuesday, wounding four people.",
     [W("ATTACK", wounded=4, day="2021-03-09", country="SOM")]),
]


@pytest.mark.parametrize(("text", "wants"), LANDMARKS, ids=[f"landmark{i}" for i in range(len(LANDMARKS))])
def test_landmarks_named_after_their_town(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 24: weapons thrown ("lobbed a grenade", "a petrol bomb was thrown at"; real text has 30
# such, and the police's stun grenades too) and killing "to death" ("beat two men to death": 114 uses
# in the real corpora; not "sentenced" or "crushed to death"). Written before the rules; first pass
# 4 of 8 -------------------------------------------------------------------------------------------

VIOLENT_FORMS = [
    ("A grenade was thrown at a cafe in Mogadishu on Tuesday, wounding four people.",
     [W("ATTACK", wounded=4, day="2021-03-09", country="SOM")]),
    ("Unknown attackers lobbed a grenade into a police post in Srinagar on Monday.",
     [W("ATTACK", day="2021-03-08", country="IND")]),
    ("Protesters threw petrol bombs at police in Belfast on Friday night.", [W("ATTACK", day="2021-03-05", country="GBR")]),
    ("Police threw stun grenades to disperse the crowd on Sunday.", []),
    ("The striker threw the ball into the box.", []),
    ("A mob beat two men to death in Kano on Sunday.", [W("ATTACK", killed=2, day="2021-03-07", country="NGA")]),
    ("Militants hacked three villagers to death near Beni on Saturday.", [W("ATTACK", killed=3, day="2021-03-06")]),
    ("Two children were crushed to death in the stampede.", []),
]


@pytest.mark.parametrize(("text", "wants"), VIOLENT_FORMS, ids=[f"violent{i}" for i in range(len(VIOLENT_FORMS))])
def test_weapons_thrown_and_killing_to_death(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 25: attacks told by their weapons (extract/en_frames.py): munitions fired, launched or
# dropped at a target ("dropped barrel bombs on the town"), munitions that land or hit, jets or
# artillery that destroy, chemicals used against a town, "air strikes"; an attack verb in the perfect
# with a bound toll is an act, not a tally. Not a missile test into the sea, leaflets, a campaign, a
# fire or a workers' strike. Real text has 44 munitions fired, 23 that land or hit, 38 platforms that
# strike or destroy (WikiEvents train, event_location, MUC-4 train). Written before the rules; first
# pass 7 of 14 --------------------------------------------------------------------------------------

WEAPONS_TOLD = [
    ("Militants have attacked two villages in the Menaka region, killing at least 20 people, officials said on "
     "Wednesday.", [W("ATTACK", country="MLI")]),
    ("Government helicopters dropped barrel bombs on the town of Daraya on Sunday.",
     [W("ATTACK", day="2021-03-07", country="SYR")]),
    ("The navy launched 30 cruise missiles at an airfield near Homs on Friday.", [W("ATTACK", day="2021-03-05", country="SYR")]),
    ("Several mortar rounds landed near the base in Mogadishu on Thursday.", [W("ATTACK", day="2021-03-04", country="SOM")]),
    ("Government forces used chlorine gas against the town on Tuesday, killing six people.",
     [W("ATTACK", killed=6, day="2021-03-09")]),
    ("Jets destroyed two ammunition stores near Mosul on Sunday.", [W("ATTACK", day="2021-03-07", country="IRQ")]),
    ("Air strikes targeted opposition-held villages in Hama province, killing four civilians.",
     [W("ATTACK", killed=4, country="SYR")]),
    ("A rocket hit a school in Sderot on Tuesday.", [W("ATTACK", day="2021-03-09", country="ISR")]),
    ("North Korea launched a ballistic missile into the sea on Monday.", []),
    ("The company launched a new rocket into orbit on Friday.", []),
    ("A drone dropped leaflets on the town on Sunday.", []),
    ("The government launched a campaign against corruption on Monday.", []),
    ("The fire destroyed three houses in the village on Monday.", []),
    ("Dock workers went on strike at the port on Monday.", []),
]


@pytest.mark.parametrize(("text", "wants"), WEAPONS_TOLD, ids=[f"weapons{i}" for i in range(len(WEAPONS_TOLD))])
def test_attacks_told_by_their_weapons(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 26: acts passed on as beliefs ("are believed to have travelled on to Syria", "is thought to
# be heading for Syria", "believed to have been detained": rumored; real text has "said to have
# arrested", "believed to have left", "reported to have killed"), continued trips ("travelled on
# to"), and companions told on the first of two coordinated verbs. A belief about a killing stays a
# death told, not an attack. Written before the rules; first pass 3 of 6 ------------------------------

BELIEVED = [
    ("A Belgian woman left Antwerp with her three children last week and is thought to be heading for Syria.",
     [W("TRAVEL", 4, "BEL", modality="rumored")]),
    ("A Dutch family of five flew to Istanbul on 3 May and are believed to have travelled on to Syria.",
     [W("TRAVEL", 5, "NLD", modality="rumored")]),
    ("Two Tajik men are believed to have been detained by Russian police in Moscow.",
     [W("ARREST", 2, "TJK", modality="rumored", country="RUS")]),
    ("The minister went on to say that the border was closed.", []),
    ("Police believe the man headed the local cell of the group.", []),
    ("Two Somali men are thought to be heading for the Kenyan border.", []),
]


@pytest.mark.parametrize(("text", "wants"), BELIEVED, ids=[f"believed{i}" for i in range(len(BELIEVED))])
def test_acts_passed_on_as_beliefs(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 27: acts at a border ("at the Turkish border", "on the Syrian-Turkish border": real text
# has 25 hyphenated pairs, now one token for the parser) are on the acting state's side, else the one
# not at war, else the first named; national bodies named without their country ("the Carabinieri",
# "Spain's Guardia Civil") act in their country (data/actors.tsv). Written before the rules; first
# pass 2 of 6 ---------------------------------------------------------------------------------------

BORDERS_AND_BODIES = [
    ("A French man was arrested at the Turkish border on Monday.",
     [W("ARREST", 1, "FRA", day="2021-03-08", country="TUR")]),
    ("A French man was arrested on the Syrian-Turkish border on Monday.",
     [W("ARREST", 1, "FRA", day="2021-03-08", country="TUR")]),
    ("Two Somali men were detained near the Kenya-Somalia border on Sunday.",
     [W("ARREST", 2, "SOM", day="2021-03-07", country="KEN")]),
    ("Spain's Guardia Civil arrested a Moroccan man in Ceuta on Tuesday.",
     [W("ARREST", 1, "MAR", day="2021-03-09", country="ESP")]),
    ("The Carabinieri arrested two Tunisian men on Monday.", [W("ARREST", 2, "TUN", day="2021-03-08", country="ITA")]),
    ("Indonesia's Densus 88 detained four suspects in Surabaya on Friday.",
     [W("ARREST", 4, day="2021-03-05", country="IDN")]),
]


@pytest.mark.parametrize(("text", "wants"), BORDERS_AND_BODIES, ids=[f"border{i}" for i in range(len(BORDERS_AND_BODIES))])
def test_borders_and_national_bodies(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 28: nationality told as a predicate of a count ("all thirteen were Sri Lankans", "both are
# Chadian nationals", "both women are Belgian") and nationality names of two words ("13 Sri
# Lankans", "two South Africans", "five Sri Lankan men"). Written before the rules; first pass 1 of 8

PREDICATED = [
    ("Police arrested 13 people in raids on Sunday; officials said all thirteen were Sri Lankans.",
     [W("ARREST", 13, "LKA", day="2021-03-07")]),
    ("Police arrested two men in Kano on Sunday. Both are Chadian nationals.", [W("ARREST", 2, "TCD", day="2021-03-07")]),
    ("Two women were detained at the airport on Monday. Both women are Belgian.", [W("ARREST", 2, "BEL", day="2021-03-08")]),
    ("Two women were detained at the airport on Monday. They are Dutch citizens.", [W("ARREST", 2, "NLD", day="2021-03-08")]),
    ("Police arrested 13 Sri Lankans in Colombo on Sunday.", [W("ARREST", 13, "LKA", day="2021-03-07", country="LKA")]),
    ("Two South Africans were detained in Maputo on Monday.", [W("ARREST", 2, "ZAF", day="2021-03-08", country="MOZ")]),
    ("Police arrested five Sri Lankan men on Sunday.", [W("ARREST", 5, "LKA", day="2021-03-07")]),
    ("Three New Zealanders were held at the airport on Monday.", [W("ARREST", 3, "NZL", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), PREDICATED, ids=[f"predicated{i}" for i in range(len(PREDICATED))])
def test_nationality_predicated_or_of_two_words(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 29: "were also arrested" right after an act of the same type, with no day or place of its
# own, adds its people to that act (WikiEvents: "a girlfriend of one of the men was also arrested";
# MUC-4: "about 24 people were also arrested along with …"); an act with its own place or day, or
# told in the past perfect, is another. Written before the rule; first pass 2 of 4 ----------------

ALSO = [
    # session 12: "two other men" held by police presumed from the place have no stated nationality
    # (GOLD-FORMAT: residence or citizenship stated as such); the batch first had DEU for them
    ("Police arrested a Syrian man in Hamburg on Monday. Two other men were also arrested.",
     [W("ARREST", 3, "SYR", day="2021-03-08")]),
    ("A judge charged a Moroccan man with murder on Saturday. Three other men were also charged.",
     [W("CHARGE", 4, "MAR", day="2021-03-06")]),
    ("Police arrested a Syrian man in Hamburg on Monday. Two other men were arrested in Bremen on Wednesday.",
     [W("ARREST", 1, "SYR", day="2021-03-08"), W("ARREST", 2, day="2021-03-10")]),
    ("Police arrested a Syrian man in Hamburg on Monday. They had also detained two Iraqis in Kiel in January.",
     [W("ARREST", 1, "SYR", day="2021-03-08"), W("ARREST", 2, "IRQ")]),
]


@pytest.mark.parametrize(("text", "wants"), ALSO, ids=[f"also{i}" for i in range(len(ALSO))])
def test_also_adds_people_to_the_act_before(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- after the frames met WikiEvents train (a tuning part), regression tests of what they must not
# read: the police's tear gas, buses to a polling station, strikes in general, a bomb dumped in a
# river (each kind found there among the frames' new events, written here in our own words)

@pytest.mark.parametrize("text", [
    "Riot police used tear gas against the protesters on Monday.",
    "Voters will be put on buses to the polling stations.",
    "Officials say drone strikes remain a common tactic in the region.",
    "A man had dropped a bomb into the river on Sunday.",
    "Shell struck a deal with the government on Monday.",  # a company's name is no shell
    "The company launched its new drone at a trade show in Berlin on Tuesday.",
])
def test_frames_need_their_arguments(pipeline: Pipeline, text: str) -> None:
    assert not any(e.type in ("ATTACK", "DEPORT") for e in run(pipeline, text).events)


def test_a_target_on_the_munition() -> None:
    """'launched drones against Kyiv': the target hangs on the munition, not on the verb."""
    doc = load_english()("Russia launched drones against Kyiv on Sunday night.")
    assert frame_types(doc[1]) == ["ATTACK"]


# -- after its rule (session 6), a regression test: an act told "hours after" the clause it hangs on
# has that clause's day, not a date inside its own offence ("murder over the attacks of 2 March").

def test_hours_after_takes_the_day_of_its_clause(pipeline: Pipeline) -> None:
    check(pipeline, "The suspect confessed on Monday, his lawyer said, hours after a judge charged him with "
          "murder over the attacks of 2 March.", [W("CHARGE", 1, day="2021-03-08")])


def test_hours_after_takes_the_day_of_the_clause_it_hangs_on(pipeline: Pipeline) -> None:
    """(session 9, after its rule) a day nearer in the words but inside another clause ("seen … on
    2 March") is not the day of the clause the act hangs on."""
    check(pipeline, "The suspect admitted on Monday that he was the man seen with the bombers at the station on "
          "2 March, the prosecutor said, hours after a judge charged him with murder.", [W("CHARGE", 1, day="2021-03-08")])


def test_attackers_take_no_nationality_from_the_story(pipeline: Pipeline) -> None:
    """GOLD-FORMAT: a nationality is stated (or residence, citizenship, origin); the story's one
    nationality is a guess for its own people, never for those who struck (written after the rule; "the
    bombers" told after a named group still refer back to it, through `en_referents`)."""
    check(pipeline, "Turkey deported an Indonesian man and an Indonesian woman on Monday. Officials are checking "
          "reports that a bomber in Jolo had travelled to Syria.",
          [W("DEPORT", 2, "IDN", day="2021-03-08"), W("TRAVEL", 1, modality="rumored")])


# -- batch 30 (session 8): an act noun naming a kind of act ("such attacks", "similar arrests",
# "this kind of attack"; real text has "killed in such attacks in Aleppo city this year" and
# "в результате таких нападений погибли") is no event; the act told beside it stays. Written
# before the rule; first pass recorded in docs/generalisation.md -----------------------------------

KINDS = [
    ("Hundreds of civilians have been killed in such attacks in the city this year.", []),
    ("Officials said the cell could not have carried out such attacks without foreign help.", []),
    ("Police say similar arrests have taken place in other provinces.", []),
    ("This kind of attack is rare in the capital.", []),
    ("A suicide attack killed 12 people in Kabul on Monday; officials said such attacks were becoming common.",
     [W("ATTACK", killed=12, day="2021-03-08", country="AFG")]),
    ("Police arrested two men in Izmir on Tuesday in a similar operation.",
     [W("ARREST", 2, day="2021-03-09", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), KINDS, ids=[f"kind{i}" for i in range(len(KINDS))])
def test_acts_of_a_kind_are_no_events(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 31 (session 8): "a family of five" counts five (real text: "gunmen killed a family of four
# people"); an arrest "on suspicion of planning …" is no metaphor (the sense filter read "plan" from
# the offence as what the act was on). Written before the rules; first pass in docs/generalisation.md

FAMILIES_AND_SUSPICIONS = [
    ("Police arrested a family of four at the airport in Izmir on Monday.", [W("ARREST", 4, day="2021-03-08", country="TUR")]),
    ("Immigration officers detained a family of six from Medan on Tuesday.", [W("ARREST", 6, day="2021-03-09")]),
    ("Police said they had caught three Uzbek men in Hatay on Tuesday on suspicion of planning to cross into Syria.",
     [W("ARREST", 3, "UZB", day="2021-03-09", country="TUR")]),
    ("Troops detained two men near Kidal on Monday on suspicion of plotting an attack.",
     [W("ARREST", 2, day="2021-03-08", country="MLI")]),
]


@pytest.mark.parametrize(("text", "wants"), FAMILIES_AND_SUSPICIONS, ids=[f"family{i}" for i in range(len(FAMILIES_AND_SUSPICIONS))])
def test_families_counted_and_suspicions_not_metaphors(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 32 (session 8): a town named before a word for people is where they live, and so their
# country (GOLD-FORMAT: residence stated; real text: "a Singapore man arrested … in Bangkok", "a London
# man", "a Boston resident"); a group's name is no town ("a Hamas man"). Written before the rule.

HOME_TOWNS = [
    ("Police arrested a Luton man at Heathrow on Monday.", [W("ARREST", 1, "GBR", day="2021-03-08", country="GBR")]),
    ("Turkish police detained two Antwerp women in Kilis on Tuesday.", [W("ARREST", 2, "BEL", day="2021-03-09", country="TUR")]),
    ("A Hamas man was arrested in Hebron on Monday.", [W("ARREST", 1, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), HOME_TOWNS, ids=[f"hometown{i}" for i in range(len(HOME_TOWNS))])
def test_a_home_town_gives_the_country(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 33 (session 8): the people of an act just told, told again one by one with no day, place
# or "later" of their own, are that act (GOLD-FORMAT: one happening, one event); with a day or place
# of their own, or "later", they are another. Written before the rule.

ONE_BY_ONE = [
    ("Six suspects in the attack on a bus in Marawi were taken into custody at the weekend, police said on "
     "Monday.\n\nTheir commander, Abu Kamal, gave himself up to the army. His five men surrendered to the "
     "police.", [W("ARREST", 6, country="PHL")]),
    ("Police arrested six men in Izmir on Monday. Their two leaders were arrested later in Ankara.",
     [W("ARREST", 6, day="2021-03-08", country="TUR"), W("ARREST", 2, country="TUR")]),
    ("Police arrested six men in Izmir on Monday. On Tuesday the two brothers were arrested in Ankara.",
     [W("ARREST", 6, day="2021-03-08", country="TUR"), W("ARREST", 2, day="2021-03-09", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), ONE_BY_ONE, ids=[f"onebyone{i}" for i in range(len(ONE_BY_ONE))])
def test_people_told_one_by_one_are_the_act_before(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 34 (session 9): people taken "along with" or "together with" others are counted with them
# (GOLD-FORMAT: "X along with his wife and two children" = 4; real news has both forms); "with" hangs
# from the adverb there, not from the verb. Written before the rule; first pass in docs/generalisation.md

ALONG_WITH = [
    ("Police arrested Ali Yusuf along with his wife and two children in Kilis on Monday.",
     [W("ARREST", 4, day="2021-03-08", country="TUR")]),
    ("Turkish gendarmes detained a Syrian man together with three Iraqis near Reyhanli on Tuesday.",
     [W("ARREST", 4, "SYR IRQ", day="2021-03-09", country="TUR")]),
    ("A Belgian woman was deported to Brussels on Monday along with her two children.",
     [W("DEPORT", 3, "BEL", day="2021-03-08")]),
    # reworded in session 30 (batch 370): a clash of police with protesters is no attack now; militants are
    ("Police clashed with militants along with the army in Kilis on Monday.", [W("ATTACK", None, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), ALONG_WITH, ids=[f"alongwith{i}" for i in range(len(ALONG_WITH))])
def test_people_along_with_others_are_counted(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 35 (session 9): an explosion that "tore" or "ripped through" a place is an attack (real
# news: "a roadside bomb tore through their patrol", "a car bomb ripped through a market"), a storm or
# a player that does is not; "a second" blast or device is a part of the act just told (real news: "a
# second bomb detonated in a snack bar", "the second device exploded 50 yards away"); a toll after a
# verb the lexicon lacks ("burst into a hall, killing 12") and an accident's toll are checks beside
# them. Written before the rules; first pass in docs/generalisation.md

BLASTS_AND_TOLLS = [
    ("A car bomb ripped through a crowded market in Baghdad on Monday, killing 20 people.",
     [W("ATTACK", day="2021-03-08", killed=20, country="IRQ")]),
    ("Two bombs tore through a mosque in Kano on Friday, killing 20 worshippers. A second exploded near the "
     "gate minutes later.", [W("ATTACK", day="2021-03-05", killed=20, country="NGA")]),
    ("The storm tore through the coastal towns of Bangladesh on Monday, killing 20 people.", []),
    ("The striker tore through the defence in the second half on Saturday.", []),
    ("Gunmen burst into a wedding hall in Mosul on Monday, killing 12 guests.",
     [W("ATTACK", day="2021-03-08", killed=12, country="IRQ")]),
    ("A gas boiler exploded in a factory in Dhaka on Monday, killing three workers.", []),
    ("A bomb exploded outside the station in Quetta on Monday. A second bomb went off inside the station "
     "minutes later, killing four policemen.", [W("ATTACK", day="2021-03-08", country="PAK")]),
]


@pytest.mark.parametrize(("text", "wants"), BLASTS_AND_TOLLS, ids=[f"blast{i}" for i in range(len(BLASTS_AND_TOLLS))])
def test_blasts_tolls_and_second_devices(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 36 (session 10): a day told before the verb ("On Tuesday, 40 children were flown home") is
# no particle of a phrasal verb: "on" there made "fly on", a trip, of a removal (real news has both the
# fronted day and the removal: "the second time he was flown back to Sweden from Istanbul", "brought
# back to the United States in February"). One's own flight home is no removal. Written before the
# rule; first pass in docs/generalisation.md

FRONTED_DAYS = [
    ("On Tuesday, 40 Tajik children were flown home from Baghdad.",
     [W("DEPORT", 40, "TJK", day="2021-03-09")]),
    ("On Friday the two Swedish women were flown back to Stockholm from Ankara.",
     [W("DEPORT", 2, "SWE", day="2021-03-05")]),
    ("On Monday a chartered plane brought 25 Kazakh women and children home from Syria.",
     [W("DEPORT", 25, "KAZ", day="2021-03-08")]),
    ("On Tuesday he flew home from Bangkok.", []),
    ("On Sunday the family went back to their village in Kent.", []),
]


@pytest.mark.parametrize(("text", "wants"), FRONTED_DAYS, ids=[f"fronted{i}" for i in range(len(FRONTED_DAYS))])
def test_a_fronted_day_is_no_particle(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 37 (session 10): a definite attack noun with a day of its own on it ("the January 27
# bombing", as "Monday's explosion"; real news: "the April 15 bombing", "the Feb. 25 massacre", "the
# August 17 blast") names one act wherever the sentence tells it; an attack noun that points back and
# tells the toll at the end of the story ("The bombings killed 32 people") continues the story's
# attack however far back it was told, as a bare toll does. Written before the rules; first pass in
# docs/generalisation.md

FILLER = (
    " Investigators have examined hours of camera footage. The terminal reopened two days later. Ministers met"
    " in the capital to discuss security. Flights were delayed for most of the week. The prime minister visited"
    " the site. Airlines changed their schedules. Shops near the terminal stayed closed."
)
DATED_ATTACK_NOUNS = [
    ("Two men linked to the February 3 bombing of a bus station in Quetta have surrendered, police said on Monday.",
     [W("ATTACK", day="2021-02-03", country="PAK"), W("ARREST", 2)]),
    ("The August 17 blast at a shrine in Bangkok killed 20 people.",
     [W("ATTACK", day="2020-08-17", killed=20, country="THA")]),
    ("Security was tightened across Bangkok after the blast.", []),
    ("A bomb exploded at the airport in Brussels on 22 February." + FILLER + " The bombing killed 12 people.",
     [W("ATTACK", day="2021-02-22", killed=12, country="BEL")]),
]


@pytest.mark.parametrize(("text", "wants"), DATED_ATTACK_NOUNS, ids=[f"dated{i}" for i in range(len(DATED_ATTACK_NOUNS))])
def test_dated_attack_nouns_and_late_tolls(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 38 (session 10): a toll that rises ("the death toll had risen to 39", "the number of
# casualties ... has increased to 70": real news in event_location and MUC-4) gives the attack its
# latest dead or wounded; a number of other things that rises is no toll. Written before the rule;
# first pass in docs/generalisation.md

RISING_TOLLS = [
    ("The number of people killed in Friday's bombing of a mosque in Kano rose to 52 on Saturday, police said.",
     [W("ATTACK", day="2021-03-05", killed=52, country="NGA")]),
    ("A car bomb exploded at a market in Baghdad on Monday. The death toll had risen to 31 by Tuesday evening.",
     [W("ATTACK", day="2021-03-08", killed=31, country="IRQ")]),
    ("Gunmen attacked a church in Jos on Sunday. The number of injured climbed to 45 on Monday.",
     [W("ATTACK", day="2021-03-07", wounded=45, country="NGA")]),
    ("The number of trains in service rose to 40 on Monday.", []),
]


@pytest.mark.parametrize(("text", "wants"), RISING_TOLLS, ids=[f"toll{i}" for i in range(len(RISING_TOLLS))])
def test_a_rising_toll_is_the_attacks_latest(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 39 (session 10): a pronoun's companions count too ("picked her up together with an
# Algerian man" = 2), as a named person's do (batch 34; GOLD-FORMAT: "X along with his wife and two
# children" = 4); help from the army is no companion. Written before the rule; first pass in
# docs/generalisation.md

PRONOUN_COMPANIONS = [
    ("On Tuesday police picked her up in Sanliurfa together with an Algerian man.",
     [W("ARREST", 2, "DZA", day="2021-03-09", country="TUR")]),
    ("Police detained him in Kilis on Monday along with his two brothers.",
     [W("ARREST", 3, day="2021-03-08", country="TUR")]),
    ("Police detained her in Kilis on Monday with help from the army.",
     [W("ARREST", 1, day="2021-03-08", country="TUR")]),
    ("Turkey deported him to Belgium on Friday together with his wife.",
     [W("DEPORT", 2, day="2021-03-05")]),
]


@pytest.mark.parametrize(("text", "wants"), PRONOUN_COMPANIONS, ids=[f"pronoun{i}" for i in range(len(PRONOUN_COMPANIONS))])
def test_a_pronouns_companions_are_counted(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 40 (session 11): "they" means the latest group of people told, not the count of an event
# told before it ("… deported 12 Uzbeks. On Friday guards caught three Tajik women; they were
# charged"): recency decides, as for every back-reference. Written before the rule; first pass in
# docs/generalisation.md

LATEST_GROUP = [
    ("Last month Turkey deported 12 Uzbeks. On Friday border guards caught three Tajik women near Hatay; "
     "they were charged with illegal entry on Saturday.",
     [W("DEPORT", 12, "UZB"), W("ARREST", 3, "TJK", day="2021-03-05"), W("CHARGE", 3, "TJK", day="2021-03-06")]),
    ("Greek police detained 25 migrants in Evros on Monday. On Tuesday officers detained four Moroccan men "
     "in Thessaloniki. They were sent back to Turkey on Wednesday.",
     [W("ARREST", 25, day="2021-03-08"), W("ARREST", 4, "MAR", day="2021-03-09"),
      W("DEPORT", 4, "MAR", day="2021-03-10")]),
    ("Police arrested 30 people in raids across Istanbul on Monday. A day later the embassy reported two "
     "Belgian women held in Kilis; they are to be deported to Brussels.",
     [W("ARREST", 30, day="2021-03-08"), W("DEPORT", 2, "BEL", modality="planned")]),
    ("Turkey deported 40 foreigners on Monday. Officials named two British women who had reached Kilis; "
     "they will be sent back to London.",
     [W("DEPORT", 40, day="2021-03-08"), W("DEPORT", 2, "GBR", modality="planned")]),
    ("Police arrested five Iraqis in Gaziantep on Monday. They were charged on Tuesday.",
     [W("ARREST", 5, "IRQ", day="2021-03-08"), W("CHARGE", 5, "IRQ", day="2021-03-09")]),
]


@pytest.mark.parametrize(("text", "wants"), LATEST_GROUP, ids=[f"latest{i}" for i in range(len(LATEST_GROUP))])
def test_they_means_the_latest_group_told(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 41 (session 11): a plan has no day of its own unless its own clause gives one ("On Monday
# the ministry said …; they are to be deported": the day is the saying's; GOLD-FORMAT, dates: an act
# known through its announcement has date null). Written after the rule; first pass (the rule
# stashed) in docs/generalisation.md

PLAN_DAYS = [
    ("On Monday the interior ministry said two Russians had been held in Hatay; they are to be deported to Moscow.",
     None),
    ("On Friday the court said the four Syrians will be sent back to Damascus.", None),
    ("On Tuesday a spokesman said that three Uzbeks held in Kilis would be expelled.", None),
    ("The two Germans are to be deported on Friday.", date(2021, 3, 12)),
    ("On Monday judges ordered the arrest of 12 suspects still believed to be in Syria.", date(2021, 3, 8)),
]


@pytest.mark.parametrize(("text", "day"), PLAN_DAYS, ids=[f"plan{i}" for i in range(len(PLAN_DAYS))])
def test_a_plan_has_only_its_own_day(pipeline: Pipeline, text: str, day: date | None) -> None:
    planned = [e for e in run(pipeline, text).events if e.modality == "planned"]
    assert len(planned) == 1, [e.to_gold() for e in planned]
    assert planned[0].date == day


# -- batch 42 (session 11): a sentence handed down is a verdict (CHARGE): "received prison
# sentences", "was given a suspended sentence", "handed down a four-year sentence to", and a court
# that "gave him two years in prison" (WikiEvents marks Justice.Sentence on "received … sentences",
# "was given 48 months", "handed down a suspended sentence"); serving a sentence is a standing
# state, and "two years" from anyone but a court, with no prison, is no sentence. Written before the
# rule; first pass in docs/generalisation.md

SENTENCES_HANDED = [
    ("Police arrested a Russian man in Vienna in May. In October a court in Graz gave him two years in prison.",
     [W("ARREST", 1, "RUS", day="2020-05-01"), W("CHARGE", 1, "RUS", day="2020-10-01")]),
    ("On Tuesday a Vienna court handed down a four-year sentence to a 22-year-old Chechen man.",
     [W("CHARGE", 1, "RUS", day="2021-03-09")]),
    ("The two Tajik men received prison sentences of five years on Monday.",
     [W("CHARGE", 2, "TJK", day="2021-03-08")]),
    ("A Belgian woman was given a suspended sentence of 20 months on Friday.",
     [W("CHARGE", 1, "BEL", day="2021-03-05")]),
    pytest.param("The court handed the three Syrians life sentences on Thursday.",
                 [W("CHARGE", 3, "SYR", day="2021-03-04")],
                 marks=pytest.mark.xfail(reason="the parser reads the people as a compound of 'sentences'", strict=True)),
    ("Fifteen Tajik women are serving sentences in Iraqi prisons.", []),
    ("The club's owner gave him two years to win the league.", []),
]


@pytest.mark.parametrize(("text", "wants"), SENTENCES_HANDED, ids=[f"sentence{i}" for i in range(len(SENTENCES_HANDED))])
def test_a_sentence_handed_down_is_a_verdict(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 43 (session 11): a covert crossing is a trip ("slipped across the border into Syria",
# "sneaked into Syria": the issue's unseen reports have "slipped across", real news "tried to sneak
# into the remote southwestern area", "trying to slip into the refugee groups"), checked like every
# trip (a war zone or a group); a slip into a coma or into the box is none. Written before the rule;
# first pass in docs/generalisation.md

COVERT_CROSSINGS = [
    ("On Sunday four Belgians slipped across the border into Syria.", [W("TRAVEL", 4, "BEL", day="2021-03-07")]),
    # the parser reads 'sneaked' as a participle of 'woman' (en_syntax.misread_main_verb, batch 183)
    ("A Dutch woman sneaked into Syria in May.", [W("TRAVEL", 1, "NLD", day="2020-05-01")]),
    ("The three Tajiks slipped into Iraq on Friday to join Islamic State.", [W("TRAVEL", 3, "TJK", day="2021-03-05")]),
    ("The striker slipped into the box and scored on Sunday.", []),
    ("The injured man slipped into a coma on Monday.", []),
    ("Two Moroccans sneaked into Spain on Monday.", []),
]


@pytest.mark.parametrize(("text", "wants"), COVERT_CROSSINGS, ids=[f"covert{i}" for i in range(len(COVERT_CROSSINGS))])
def test_a_covert_crossing_is_a_trip(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 44 (session 11): "N of them" taken down counts the accounts, channels or sites told
# before, as "N of them" arrested counts people (batch 2): the partitive points back to the latest
# counted thing of a kind that can be taken down. Written before the rule; first pass in
# docs/generalisation.md

TAKEN_DOWN_OF_THEM = [
    ("Moderators found 300 accounts on Monday. By Friday 120 of them had been suspended.",
     [W("TAKEDOWN", 120, day="2021-03-05")]),
    ("Analysts found 240 channels run by the group; by Thursday a hundred and thirty-one of them "
     "had been blocked.", [W("TAKEDOWN", 131, day="2021-03-04")]),
    pytest.param("Police identified 40 websites run by the group, and on Monday 25 of them were shut down.",
                 [W("TAKEDOWN", 25, day="2021-03-08")],
                 marks=pytest.mark.xfail(reason="the parser hangs '25 of them' on 'Monday'", strict=True)),
    ("Police questioned 30 men on Monday; 12 of them were blocked from leaving.", []),
]


@pytest.mark.parametrize(("text", "wants"), TAKEN_DOWN_OF_THEM, ids=[f"ofthem{i}" for i in range(len(TAKEN_DOWN_OF_THEM))])
def test_some_of_them_taken_down(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# A takedown is online: the state that orders it places it, a platform's has no place, and an attack
# told before lends it none (every takedown of reports-dev and reports-dev2 is coded so).
TAKEDOWN_PLACES = [
    ("A man stabbed two people in London on Friday. On Monday Telegram suspended 300 channels of the group.", None),
    ("Indonesia's communications ministry blocked 11 websites on Friday.", "IDN"),
    ("Police in Kilis detained two men on Monday. Twitter removed 40 accounts of the group on Tuesday.", None),
]


@pytest.mark.parametrize(("text", "country"), TAKEDOWN_PLACES, ids=[f"takedownplace{i}" for i in range(len(TAKEDOWN_PLACES))])
def test_a_takedown_is_placed_only_by_a_state(pipeline: Pipeline, text: str, country: str | None) -> None:
    takedowns = [e for e in run(pipeline, text).events if e.type == "TAKEDOWN"]
    assert len(takedowns) == 1, [e.to_gold() for e in takedowns]
    assert (takedowns[0].location.country if takedowns[0].location else None) == country


# -- batch 45 (session 11): "since X, when <act>" dates the act at X: the period runs from that act
# (real news: "since 7 may, when the terrorist group blew up another vehicle", "since 2017, when a
# lieutenant general was killed", "since last December, when Washington and London launched four
# days of … air raids"); a count "since X" stays a statistic. Written before the rule; first pass in
# docs/generalisation.md

SINCE_WHEN = [
    ("A Dutch woman has been held in Turkey since January 2020, when police picked her up in Sanliurfa.",
     [W("ARREST", 1, "NLD", day="2020-01-01", country="TUR")], None),
    ("The Briton has been in custody since 12 February, when police detained him at Istanbul airport.",
     [W("ARREST", 1, "GBR", day="2021-02-12", country="TUR")], None),
    ("Security has been tight in Kilis since 7 February, when a car bomb killed four soldiers near the base.",
     [W("ATTACK", None, day="2021-02-07", killed=4, country="TUR")], None),
    ("Police have detained 40 people in Kilis since 7 February.", [], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), SINCE_WHEN, ids=[f"since{i}" for i in range(len(SINCE_WHEN))])
def test_since_the_day_when_an_act_happened(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates)


# -- batch 46 (session 11): a lone person's arrest is part of a larger arrest of the same day only if
# that arrest could include them: one that lists its people one by one, without them, is another act
# ("Abrini was arrested in Schaerbeek" beside "B., who was detained together with K. in Laeken", both
# on Friday). Written after the rule; first pass with the rule stashed in docs/generalisation.md

SAME_DAY_OTHERS = [
    ("Police arrested Karim Bensaid in Molenbeek on Friday. Omar Haddad, a 25-year-old Moroccan who was "
     "detained together with Samir Aziz in Anderlecht on Friday, was charged on Saturday.",
     [W("ARREST", 1, day="2021-03-05"), W("ARREST", 2, "MAR", day="2021-03-05"), W("CHARGE", 1, "MAR", day="2021-03-06")]),
    ("Ali Demir was arrested in Kilis on Monday. Police detained Yusuf Kaya and Mehmet Arslan in Hatay on Monday.",
     [W("ARREST", 1, day="2021-03-08"), W("ARREST", 2, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), SAME_DAY_OTHERS, ids=[f"sameday{i}" for i in range(len(SAME_DAY_OTHERS))])
def test_a_lone_arrest_beside_others_of_the_day(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 47 (session 11): a verb whose past is its base form ("set", "put", "hit", "cut") that the
# tagger reads as present in a sentence dated to a past day is past ("On 15 May 2019, unknown
# assailants set fire to a church": coder notes open so; real news has "set fire to" 43 times);
# undated, it stays a habit. Written before the rule; first pass in docs/generalisation.md

PAST_AS_BASE = [
    ("On 15 February 2021, unknown assailants set fire to a church in Djibo.", [W("ATTACK", None, day="2021-02-15")]),
    ("On 2 March 2021, gunmen set ablaze 20 houses in Kajuru.", [W("ATTACK", None, day="2021-03-02")]),
    ("Militants often set fire to schools in the region.", []),
    ("Police set up checkpoints every day in Gao.", []),
]


@pytest.mark.parametrize(("text", "wants"), PAST_AS_BASE, ids=[f"pastbase{i}" for i in range(len(PAST_AS_BASE))])
def test_a_past_that_looks_like_a_present(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 48 (session 11): crowd control is no attack ("fired tear gas to disperse protesters",
# "tear gas, rubber bullets and water cannons"; CASE 2021 and WikiEvents have 14 such sentences),
# but live rounds fired at people, and a death, are (written after the rule; first pass with the
# rule stashed in docs/generalisation.md)

CROWD_CONTROL_CASES = [
    ("On 14 February 2021, police fired tear gas to disperse protesters in Khartoum.", []),
    ("On Sunday riot police fired rubber bullets, water cannons and tear gas at the marchers.", []),
    ("Police fired rubber bullets and live rounds at protesters in Baghdad on Friday, killing three.",
     [W("ATTACK", None, day="2021-03-05", killed=3)]),
]


@pytest.mark.parametrize(("text", "wants"), CROWD_CONTROL_CASES, ids=[f"crowd{i}" for i in range(len(CROWD_CONTROL_CASES))])
def test_crowd_control_is_no_attack(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 49 (session 11): general news that reads like attacks: markets and firms "hit" by news
# or sanctions, a company that "fired 200 workers", hackers who "attacked the bank's website"; shots
# fired on workers and a rocket that hit an exchange's building stay attacks (the issue's general
# news pages: sport, verbal attacks, illnesses, deals, games, and these; written after the senses,
# first pass with them stashed in docs/generalisation.md)

GENERAL_NEWS = [
    ("Shares in the bank were hit by the news on Friday.", []),
    ("The company fired 200 workers last week after profits fell.", []),
    ("Hackers attacked the bank's website on Monday, taking it offline for six hours.", []),
    ("Exporters were hit by the new sanctions in January.", []),
    ("Gunmen fired on the workers at the mine on Monday, killing two.", [W("ATTACK", None, day="2021-03-08", killed=2)]),
    ("A rocket hit the stock exchange building in Kabul on Monday.", [W("ATTACK", None, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS, ids=[f"general{i}" for i in range(len(GENERAL_NEWS))])
def test_general_news_that_reads_like_attacks(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 50 (session 11): subjects the parse hides. A raised subject is the traveller ("The
# 19-year-old is believed to have left for Syria": rumored, one person); people as the subject of an
# arrest verb with no object are the ones held (the parser read a reduced relative as their verb:
# "Two Kazakh women arrested in Istanbul on 2 March had travelled …"), never for verbs that go
# without an object ("flew back to Belfast"); "took … into Syria" is no custody. Written after the
# rules; first pass with them stashed in docs/generalisation.md

HIDDEN_SUBJECTS = [
    ("The 19-year-old is believed to have left for Syria in April.", [W("TRAVEL", 1, modality="rumored", day="2020-04-01")]),
    ("Two Kazakh women arrested in Istanbul on 2 March had travelled from Almaty.",
     [W("ARREST", 2, "KAZ", day="2021-03-02", country="TUR")]),
    ("A smuggler took the four Belgians across the border into Syria on 3 March.", []),
    ("The two ministers flew back to Belfast on Monday.", []),
    ("Police took two Syrians into custody in Kilis on Monday.", [W("ARREST", 2, "SYR", day="2021-03-08", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), HIDDEN_SUBJECTS, ids=[f"hidden{i}" for i in range(len(HIDDEN_SUBJECTS))])
def test_subjects_the_parse_hides(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 51 (session 11): a count the parser hangs on the nationality ("Three Tajik women held in
# Gaziantep are expected to …": "Three" parsed onto "Tajik") still counts the people (written after
# the rule; first pass with it stashed in docs/generalisation.md)

COUNT_ON_NATIONALITY = [
    ("Three Tajik women held in Gaziantep are expected to be sent back to Dushanbe.",
     [W("DEPORT", 3, "TJK", modality="planned")]),
    ("Three Tajik women were sent back to Dushanbe on Monday.", [W("DEPORT", 3, "TJK", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), COUNT_ON_NATIONALITY, ids=[f"countnat{i}" for i in range(len(COUNT_ON_NATIONALITY))])
def test_a_count_hung_on_the_nationality(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 52 (session 11): an act known only through an announcement made "this month" has no day
# of its own, as one announced on a day of the report's week (GOLD-FORMAT, dates: the day belongs
# to the saying); an act with its own day keeps it (written after the rule; first pass with it
# stashed in docs/generalisation.md)

ANNOUNCED_THIS_MONTH = [
    ("Uzbekistan's foreign ministry said this month that 64 Uzbek women had been brought home from Syria.", "DEPORT", None),
    ("Kazakhstan said this month that 30 children had been repatriated from Iraq.", "DEPORT", None),
    ("Kazakhstan said on Monday that it had repatriated 30 children on Sunday.", "DEPORT", date(2021, 3, 7)),
]


@pytest.mark.parametrize(("text", "etype", "day"), ANNOUNCED_THIS_MONTH, ids=[f"thismonth{i}" for i in range(len(ANNOUNCED_THIS_MONTH))])
def test_an_act_announced_this_month_has_no_day(pipeline: Pipeline, text: str, etype: str, day: date | None) -> None:
    events = [e for e in run(pipeline, text).events if e.type == etype]
    assert len(events) == 1, [e.to_gold() for e in events]
    assert events[0].date == day, events[0].to_gold()


# -- batch 53 (session 11): an act told again with the same day of its own, the same count and place,
# and nothing that sets it apart ("another", "also", "a second") is the same happening (the issue's
# largest class on unseen reports: "one happening told twice"); with such a word, or another count,
# it is another act. Written after the rule; first pass with it stashed in docs/generalisation.md

RETOLD_WITH_ITS_DAY = [
    ("Gunmen attacked a police station in Kunduz on Monday, killing four officers. The governor's spokesman said the "
     "attackers arrived on motorbikes. Militants struck the station in Kunduz on Monday before dawn, he said.",
     [W("ATTACK", None, day="2021-03-08", killed=4)]),
    ("Gunmen attacked a police station in Kunduz on Monday, killing four officers. In another attack in Kunduz on "
     "Monday, a bomb killed two soldiers.",
     [W("ATTACK", None, day="2021-03-08", killed=4), W("ATTACK", None, day="2021-03-08", killed=2)]),
    ("Police detained five Syrians in Kilis on Monday. The governor said officers detained five Syrians at a farm "
     "in Kilis on Monday.", [W("ARREST", 5, "SYR", day="2021-03-08")]),
    ("Police detained five Syrians in Kilis on Monday. Officers also detained three Iraqis in Kilis on Monday.",
     [W("ARREST", 5, "SYR", day="2021-03-08"), W("ARREST", 3, "IRQ", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), RETOLD_WITH_ITS_DAY, ids=[f"retold{i}" for i in range(len(RETOLD_WITH_ITS_DAY))])
def test_an_act_retold_with_its_day(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 54 (session 11): an attack repelled or fought off happened ("the army repelled an attack by
# ISWAP on a military base", "troops repulsed an assault"; real news in four sources has 37 such
# phrases: "repelled an attack by militants", "fought off the al-Shabab attackers", "repel the attacks on
# the towns"); one thwarted or foiled may never have come, and stays none. Written before the rule;
# first pass in docs/generalisation.md

REPELLED = [
    ("On 9 February 2021, the Nigerian army repelled an attack by ISWAP on a military base in Monguno (Borno), "
     "killing 12 insurgents.", [W("ATTACK", None, day="2021-02-09", country="NGA")]),
    ("Troops repulsed an assault by al-Shabaab fighters on their base in Afgooye on Monday.",
     [W("ATTACK", None, day="2021-03-08", country="SOM")]),
    ("Police thwarted an attack on a church in Lahore on Monday.", []),
]


@pytest.mark.parametrize(("text", "wants"), REPELLED, ids=[f"repelled{i}" for i in range(len(REPELLED))])
def test_an_attack_repelled_happened(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 55 (session 11): an entry ban keeps people out of a country, not out of a trial, a court or
# a building ("he was refused entry to her trial": WikiEvents); and a state keeps out or sends away
# others, so the people's own country, guessed from the story, is not where a ban or a removal
# happened ("The German was refused entry at the border": the issue's class "the nationality used as
# the event's place"). Written after the rules; first pass with them stashed in docs/generalisation.md

ENTRY_AND_PLACE = [
    ("He was refused entry to her trial on Monday.", [], None),
    ("The fans were barred from entering the stadium on Saturday.", [], None),
    ("Two Britons were refused entry to Turkey at Istanbul airport on Monday.", [W("ENTRY_BAN", 2, "GBR", country="TUR")], "TUR"),
    ("The German was refused entry at the border on Monday.", [W("ENTRY_BAN", 1, "DEU")], None),
]


@pytest.mark.parametrize(("text", "wants", "country"), ENTRY_AND_PLACE, ids=[f"entry{i}" for i in range(len(ENTRY_AND_PLACE))])
def test_entry_to_a_country_and_not_the_peoples_own(pipeline: Pipeline, text: str, wants: list[Want], country: str | None) -> None:
    check(pipeline, text, wants)
    for event in run(pipeline, text).events:
        assert (event.location.country if event.location else None) == country, event.location


# -- batch 56 (session 11): a by-phrase naming a state marks a passive the parser read as active ("a
# family of five …, also sent back by Ankara, was arrested": they were sent back); and acts told on
# other days of their own are no parts of a group told on its day, however the counts add up
# (17 = 5 + 12). Written after the rules; first pass with them stashed in docs/generalisation.md

OTHER_DAYS = [
    ("On 21 January, eight Uzbeks were detained at Tashkent airport. Three days later a family of four from Fergana, "
     "also sent home by Turkey, was held on landing in Samarkand.",
     [W("ARREST", 8, "UZB", day="2021-01-21"), W("DEPORT", 4, country="TUR", day="2021-01-24"),
      W("ARREST", 4, day="2021-01-24")]),
    ("On 2 February, 17 Syrians were deported by Turkey. On 5 February Turkey deported five more Syrians, and on "
     "8 February it deported twelve more.",
     [W("DEPORT", 17, "SYR", day="2021-02-02"), W("DEPORT", 5, "SYR", day="2021-02-05"),
      W("DEPORT", 12, "SYR", day="2021-02-08")]),
]


@pytest.mark.parametrize(("text", "wants"), OTHER_DAYS, ids=[f"otherdays{i}" for i in range(len(OTHER_DAYS))])
def test_acts_of_other_days(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 57 (session 11): the people of charges told by a participle ("no charges brought against
# them", "charges filed against two Syrians"): the against-phrase of the participle, as of the verb
# ("no charges were brought against them"). Written after the rule; first pass with it stashed in
# docs/generalisation.md

CHARGES_AGAINST = [
    ("Police charged a Rwandan man and a Swede on Friday. Two men who had been arrested with them were freed on "
     "Saturday, with no charges brought against them.",
     [W("CHARGE", 2, "RWA SWE", day="2021-03-05"), W("CHARGE", 2, modality="denied", day="2021-03-06")]),
    ("Charges filed against two Syrians in Kilis on Monday were dropped on Tuesday.",
     [W("CHARGE", 2, "SYR", modality="denied", day="2021-03-08")]),  # withdrawn: denied (GOLD-FORMAT)
]


@pytest.mark.parametrize(("text", "wants"), CHARGES_AGAINST, ids=[f"against{i}" for i in range(len(CHARGES_AGAINST))])
def test_charges_brought_against_people(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 58 (session 11): a trip told in a relative clause with a date of its own is an act, not
# background ("a man who quit Graz in early June 2015 and later reached the war zone"); the war itself
# is a destination ("the war zone", "the battlefield", "the caliphate"); "X-born" is an origin stated
# as such (GOLD-FORMAT, nationality). An undated relative trip stays background. Written after the
# rules; first pass with them stashed in docs/generalisation.md

DATED_RELATIVE_TRIPS = [
    ("She joined a cousin, a Pakistani-born man who quit Graz in June 2015 and later reached the war zone.",
     [W("TRAVEL", 1, "PAK", day="2015-06-01")]),
    ("Two Belgian brothers travelled to the caliphate in February.", [W("TRAVEL", 2, "BEL", day="2021-02-01")]),
    ("The man who travelled to Syria had been a teacher.", []),
    ("Police arrested a British-born man in Kilis on Monday.", [W("ARREST", 1, "GBR", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), DATED_RELATIVE_TRIPS, ids=[f"reltrip{i}" for i in range(len(DATED_RELATIVE_TRIPS))])
def test_a_dated_trip_in_a_relative_clause(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 59 (session 11): "five more" (the noun left out) are more of the same people, with their
# nationality; "two more suspects" names its own people, whose nationality the text does not give
# (batch 28 said as much of the story's one nationality). Written after the rule; first pass with it
# stashed in docs/generalisation.md

MORE_OF_THEM = [
    ("Police detained three Syrians in Kilis on Monday. Two more suspects were taken into custody in Hatay on Tuesday.",
     [W("ARREST", 3, "SYR", day="2021-03-08"), W("ARREST", 2, day="2021-03-09")]),
    ("Police detained three Syrians in Kilis on Monday. On Tuesday they detained two more in Hatay.",
     [W("ARREST", 3, "SYR", day="2021-03-08"), W("ARREST", 2, "SYR", day="2021-03-09")]),
]


@pytest.mark.parametrize(("text", "wants"), MORE_OF_THEM, ids=[f"more{i}" for i in range(len(MORE_OF_THEM))])
def test_more_of_the_same_or_others(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 60 (session 11): a state's takedown is its order to those who host or carry the content
# ("instructed access providers to cut off nine web addresses", "asked the regulator to block seven pages":
# GOLD-FORMAT's own example of an act known through its announcement; reports-dev2 codes such orders
# as takedowns in both languages), placed in the story's state when the order's body names none; a
# domain name is a kind of thing taken down. Not an order to a person, nor a wish. Written after the
# rules; first pass with them stashed in docs/generalisation.md

ORDERED_TAKEDOWNS = [
    ("On Friday the ministry instructed access providers to block nine domain names used by the group.",
     [W("TAKEDOWN", 9, day="2021-03-05")]),
    ("The prosecutor's office has asked the regulator to block seven pages, its spokeswoman said on Monday.",
     [W("TAKEDOWN", 7)]),
    ("KUALA LUMPUR, March 6 (Wire) - On Friday the ministry ordered telecom operators to close 14 websites.",
     [W("TAKEDOWN", 14, day="2021-03-05", country="MYS")]),
    ("Police told the man to remove the video.", []),
    ("The minister wants providers to block websites of the group.", []),
]


@pytest.mark.parametrize(("text", "wants"), ORDERED_TAKEDOWNS, ids=[f"ordered{i}" for i in range(len(ORDERED_TAKEDOWNS))])
def test_a_takedown_ordered_of_providers(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 61 (session 11): "moved against" channels or accounts is a takedown (the issue names "moved
# against" among the forms its unseen reports use); against people or a party it is no act of ours
# by itself. Written after the rule; first pass with it stashed in docs/generalisation.md

MOVED_AGAINST = [
    ("After Interpol and a messaging firm moved against jihadist channels two weeks ago, hundreds of accounts disappeared.",
     [W("TAKEDOWN", None, day="2021-02-22")]),
    ("Police moved against a cell of five men in Istanbul on Tuesday.", []),
    ("The government moved against the opposition on Monday.", []),
]


@pytest.mark.parametrize(("text", "wants"), MOVED_AGAINST, ids=[f"moved{i}" for i in range(len(MOVED_AGAINST))])
def test_moved_against_channels(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 62 (session 11): a capital that acts is its state ("Ankara deported …", "sent home by
# Ankara"): the agent's country, as "Turkey deported …" gives it (written after the rule; first pass
# with it stashed in docs/generalisation.md)

CAPITALS_ACT = [
    ("Ankara deported 12 Uzbeks on Monday.", "TUR"),
    ("Twelve Uzbeks deported by Ankara landed in Tashkent on Monday.", "TUR"),
    ("Moscow expelled 14 Tajik migrants on Friday.", "RUS"),
]


@pytest.mark.parametrize(("text", "country"), CAPITALS_ACT, ids=[f"capital{i}" for i in range(len(CAPITALS_ACT))])
def test_a_capital_that_acts_is_its_state(pipeline: Pipeline, text: str, country: str) -> None:
    events = run(pipeline, text).events
    assert [(e.agent.country, e.agent.sector) if e.agent else None for e in events] == [(country, "GOV")]


# -- batch 63 (session 12): an act told with no place of its own, in a story that names its people's
# nationality but sets the story in a town, is not placed in the people's country (GOLD-FORMAT: the
# nationality is no place); it takes the place of the act told before it. Written before the rule;
# first pass 1 of 4 (with the same session's dateline fix in)

NATIONALITY_IS_NO_PLACE = [
    ("Prosecutors in Ghent charged Ali K., a 24-year-old Moroccan, with membership of a terrorist group on Friday. "
     "The man was arrested in April.",
     [W("CHARGE", 1, "MAR", day="2021-03-05", country="BEL"), W("ARREST", 1, "MAR", country="BEL")]),
    ("Prosecutors in Ghent charged Ali K., a Moroccan, on Friday. He was arrested in April.",
     [W("CHARGE", 1, "MAR", day="2021-03-05", country="BEL"), W("ARREST", 1, "MAR", country="BEL")]),
    ("Police in Lyon said on Friday that a Tunisian man had been charged with terrorism. He was detained in January.",
     [W("CHARGE", 1, "TUN", country="FRA"), W("ARREST", 1, "TUN", country="FRA")]),
    ("Police in Belgium charged a Moroccan on Friday. He was arrested in April.",
     [W("CHARGE", 1, "MAR", day="2021-03-05", country="BEL"), W("ARREST", 1, "MAR", country="BEL")]),
]


@pytest.mark.parametrize(("text", "wants"), NATIONALITY_IS_NO_PLACE, ids=[f"nat_place{i}" for i in range(len(NATIONALITY_IS_NO_PLACE))])
def test_a_nationality_is_no_place(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 64 (session 12): "N other X were also <act>" tells more people of the act before it, one
# happening (GOLD-FORMAT: follow-ups add to the event): their count adds to one person's; a group
# told with its count already holds them when members were singled out in between ("One of those
# held … Another man and a woman were also detained", as real reports tell it); others killed or
# wounded add to the toll. Acts with their own day and place stay apart. Written before the rule

OTHERS_ALSO = [
    ("A court in Bruges charged a 27-year-old Belgian man with terrorist offences on Monday. He had been arrested at "
     "his home in Ostend on Friday. Three other men were also charged.",
     [W("CHARGE", 4, "BEL", day="2021-03-08"), W("ARREST", 1, "BEL", day="2021-03-05")]),
    ("Police arrested a Syrian man in Hamburg on Tuesday. Two other men were also detained.",
     [W("ARREST", 3, "SYR", day="2021-03-09")]),
    ("Police in Marseille arrested five people on Sunday. One of those held is a 20-year-old man from the city. "
     "Another man and a woman were also detained, prosecutors said.",
     [W("ARREST", 5, day="2021-03-07")]),
    ("Gunmen killed four soldiers in an ambush near Gao on Sunday, the army said. Six other soldiers were also wounded.",
     [W("ATTACK", killed=4, wounded=6, day="2021-03-07")]),
    ("A roadside bomb killed two policemen in Helmand on Monday. Three other officers were also killed.",
     [W("ATTACK", killed=5, day="2021-03-08")]),
    ("Police arrested a Syrian man in Hamburg on Tuesday. On Thursday two other men were also arrested in Bremen.",
     [W("ARREST", 1, "SYR", day="2021-03-09"), W("ARREST", 2, day="2021-03-04")]),
    ("A court charged a Belgian man on Monday. Two other men were also arrested.",
     [W("CHARGE", 1, "BEL", day="2021-03-08"), W("ARREST", 2)]),
    # one of the people told again by the name the act gave, with what the act left out
    ("Police in Antwerp arrested Karim Mansouri and two other men on Friday. Mansouri, a 29-year-old Belgian, "
     "was seized outside his flat.",
     [W("ARREST", 3, "BEL", day="2021-03-05")]),
]


@pytest.mark.parametrize(("text", "wants"), OTHERS_ALSO, ids=[f"others_also{i}" for i in range(len(OTHERS_ALSO))])
def test_others_also_told(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 65 (session 12): a date in a clause describing one of the act's people ("an Iraqi who was
# arrested on Friday", "a Syrian detained last month") dates what that clause tells, not the act the
# sentence tells of them; an act's noun is no person ("the bombing, which came on Friday, killed …").
# Written before the rule; the dates each act must have (None: no day of its own)

PARTICIPANTS_DATES = [
    ("Ahmed K., a 30-year-old Iraqi who was arrested in Kiel on Friday, and Omar S., 25, were charged with terrorism.",
     {"ARREST": date(2021, 3, 5), "CHARGE": None}),
    ("Ahmed K., a 30-year-old Iraqi who was arrested in Kiel on Friday, was charged with terrorism.",
     {"ARREST": date(2021, 3, 5), "CHARGE": None}),
    ("A Syrian man who was detained at Frankfurt airport on Monday was deported on Tuesday.",
     {"ARREST": date(2021, 3, 8), "DEPORT": date(2021, 3, 9)}),
    ("Two Tunisians arrested in Sfax on Sunday were charged with membership of a terrorist group.",
     {"ARREST": date(2021, 3, 7), "CHARGE": None}),
    ("The bombing, which came on Friday, killed three people in Kabul.", {"ATTACK": date(2021, 3, 5)}),
]


@pytest.mark.parametrize(("text", "days"), PARTICIPANTS_DATES, ids=[f"participant_date{i}" for i in range(len(PARTICIPANTS_DATES))])
def test_a_participants_own_date(pipeline: Pipeline, text: str, days: dict[str, date | None]) -> None:
    events = run(pipeline, text).events
    assert {e.type: e.date for e in events} == days, [e.to_gold() for e in events]


# -- batch 66 (session 12): one person told back after a group ("the older man", "him", "his
# companion" after "two Russian citizens") is one of that group, with its nationality, when the group
# is nearer than any one person told with a nationality of their own. Written before the rule

ONE_OF_THE_GROUP = [
    ("An Afghan man left Graz for Syria in 2016.\n\nTwo Russian citizens were arrested at Vienna airport on 2 March. "
     "On Friday a court charged the older man with terrorism.",
     [W("TRAVEL", 1, "AFG"), W("ARREST", 2, "RUS", day="2021-03-02"), W("CHARGE", 1, "RUS", day="2021-03-05")]),
    ("An Afghan man left Graz for Syria in 2016.\n\nTwo Russian citizens were arrested at Vienna airport on 2 March. "
     "The younger man was released. On Friday a court charged him with terrorism.",
     [W("TRAVEL", 1, "AFG"), W("ARREST", 2, "RUS", day="2021-03-02"), W("CHARGE", 1, "RUS", day="2021-03-05")]),
    ("An Afghan man left Graz for Syria in 2016.\n\nTwo Russian citizens were arrested at Vienna airport on 2 March. "
     "One of them was freed. His companion was charged with terrorism on Friday.",
     [W("TRAVEL", 1, "AFG"), W("ARREST", 2, "RUS", day="2021-03-02"), W("CHARGE", 1, "RUS", day="2021-03-05")]),
    ("Two Syrians were arrested in Kilis on Monday. An Iraqi man was charged on Tuesday. He was deported on Wednesday.",
     [W("ARREST", 2, "SYR", day="2021-03-08"), W("CHARGE", 1, "IRQ", day="2021-03-09"), W("DEPORT", 1, "IRQ", day="2021-03-10")]),
]


@pytest.mark.parametrize(("text", "wants"), ONE_OF_THE_GROUP, ids=[f"one_of_group{i}" for i in range(len(ONE_OF_THE_GROUP))])
def test_one_told_back_after_a_group(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 67 (session 12): an attack told again paragraphs later with its own day, as the subject of
# the verb that tells it ("Three blasts struck … on Sunday morning"), is the same happening when
# nothing sets it apart; the day hanging on that verb is the act's own. Written before the rule

_FILLER = (" The government declared a curfew. Schools stayed closed. The president called for calm. Officials "
           "said foreigners were among the dead. The airport remained open. Hospitals appealed for blood donors.")

RETOLD_LATER = [
    ("On Sunday bombs killed 40 people at churches in Colombo, police said." + _FILLER
     + " Three blasts struck within minutes on Sunday morning: at a church in Colombo and at two hotels.",
     [W("ATTACK", killed=40, day="2021-03-07")]),
    ("On Sunday bombs killed 40 people at churches in Colombo, police said." + _FILLER
     + " Another blast struck a hotel in Kandy on Sunday.",
     [W("ATTACK", killed=40, day="2021-03-07"), W("ATTACK", day="2021-03-07")]),
    ("On Sunday bombs killed 40 people at churches in Colombo, police said." + _FILLER
     + " A blast struck a market in Colombo on Tuesday.",
     [W("ATTACK", killed=40, day="2021-03-07"), W("ATTACK", day="2021-03-09")]),
]


@pytest.mark.parametrize(("text", "wants"), RETOLD_LATER, ids=[f"retold_later{i}" for i in range(len(RETOLD_LATER))])
def test_an_attack_retold_paragraphs_later(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 68 (session 12): coordinated verbs share the first verb's subject, a passive's too ("was
# arrested … and is due to be transferred to Spain"): the people of the second act. Written
# before the rule

SHARED_SUBJECT = [
    ("A Moroccan man was arrested in Antwerp on Monday and is due to be transferred to Spain.",
     [W("ARREST", 1, "MAR", day="2021-03-08"), W("DEPORT", 1, "MAR", modality="planned")]),
    ("Two Algerians were detained in Milan on Friday and will be deported to Algeria.",
     [W("ARREST", 2, "DZA", day="2021-03-05"), W("DEPORT", 2, "DZA", modality="planned")]),
    ("The suspect was detained in Lyon on Friday and escaped the next day.",
     [W("ARREST", 1, day="2021-03-05")]),
]


@pytest.mark.parametrize(("text", "wants"), SHARED_SUBJECT, ids=[f"shared_subject{i}" for i in range(len(SHARED_SUBJECT))])
def test_coordinated_verbs_share_a_passive_subject(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 69 (session 12): charges that someone faces are charges brought ("the suspect faces charges
# of possessing explosives": WikiEvents codes "faces charges", "face criminal charges" as charge events);
# charges he could face are none yet, and a deportation faced is still to come. Written before the rule

CHARGES_FACED = [
    ("The suspect faces charges of possessing explosives, prosecutors said.", [W("CHARGE", 1)]),
    ("A 30-year-old man from Leeds faced terrorism charges at the Old Bailey on Monday.", [W("CHARGE", 1, "GBR", day="2021-03-08")]),
    ("He could face charges of terrorism.", []),
    ("Two Tunisians face deportation to Tunisia, the ministry said.", [W("DEPORT", 2, "TUN", modality="planned")]),
]


@pytest.mark.parametrize(("text", "wants"), CHARGES_FACED, ids=[f"charges_faced{i}" for i in range(len(CHARGES_FACED))])
def test_charges_faced_are_brought(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 70 (session 12): charges "against" people whose phrase the parser hangs on a nearer noun
# of the charge's own phrase ("filed charges of murder with the prosecutor against three men"): the
# people charged. Written before the rule

CHARGES_AGAINST_2 = [
    ("On Monday police filed charges of murder with the provincial prosecutor against three men.",
     [W("CHARGE", 3, day="2021-03-08")]),
    ("Prosecutors brought charges of fraud in the regional court against two Belgian women on Friday.",
     [W("CHARGE", 2, "BEL", day="2021-03-05")]),
]


@pytest.mark.parametrize(("text", "wants"), CHARGES_AGAINST_2, ids=[f"charges_against{i}" for i in range(len(CHARGES_AGAINST_2))])
def test_charges_against_people_hung_on_another_noun(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 71 (session 12): a disease that opens the sentence is read by the tagger as a proper name
# ("Flu has killed 40 people …"), and names never count as sense cues: a common word so capitalised
# does. Written before the rule

DISEASE_FIRST = [
    ("Flu has killed 40 people across the region this winter, health officials said.", []),
    ("Cholera killed 12 children in the camp last week, aid workers said.", []),
    ("Measles has killed 30 children in the province since January.", []),
    ("Gunmen killed four people in Kano on Monday.", [W("ATTACK", killed=4, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), DISEASE_FIRST, ids=[f"disease_first{i}" for i in range(len(DISEASE_FIRST))])
def test_a_disease_that_opens_the_sentence(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 72 (session 12): more general news read as acts, written as a fresh batch before any change.
# A dismissal told with its day ("fired his chief of staff on Friday": a day is no target to fire on);
# the rest passed on the first run and stay as guards. A sporting "shot by" a player with no word of
# the game around it stays a strict xfail below.

GENERAL_NEWS_2 = [
    ("The prime minister fired his chief of staff on Friday.", []),
    ("Protesters stormed the stage at the music festival, organisers said.", []),
    ("The minister was grilled by MPs over the failed rail project.", []),
    ("Thousands of fans were detained at the border for hours because of a computer fault.", []),
    ("Apple was charged with breaking competition rules by the European Commission on Tuesday.", []),
    ("The actor was arrested in the film's final scene.", []),
    ("Four climbers died when an avalanche hit their camp on Everest on Tuesday.", []),
    ("Police seized 2 tonnes of cocaine at the port of Antwerp on Friday.", []),
    ("Gunmen fired on a police station in Kano on Friday.", [W("ATTACK", None, day="2021-03-05")]),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_2, ids=[f"general2_{i}" for i in range(len(GENERAL_NEWS_2))])
def test_more_general_news_that_reads_like_acts(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.xfail(reason="a shot by a player, with only team names (no words of the game) around it", strict=True)
def test_a_players_shot_with_no_game_words(pipeline: Pipeline) -> None:
    check(pipeline, "The Lakers beat the Celtics after a late shot by James on Sunday.", [])


# -- batch 73 (session 12): a sentence handed to someone is a verdict, whoever NER takes the name for
# ("a judge handed Karim a 78-month sentence": WikiEvents train has "handed Schneck a 78-month
# sentence", "gave a lighter sentence to …"), also when the parser reads both objects as direct ones
# ("handed a 35-year-old Chechen a five-year prison term"). Written before the rule

SENTENCES_HANDED_2 = [
    ("A judge handed Karim a 78-month sentence on Tuesday.", [W("CHARGE", 1, day="2021-03-09")]),
    ("The court handed a 35-year-old Chechen a five-year prison term on Monday.", [W("CHARGE", 1, "RUS", day="2021-03-08")]),
    ("The judge gave a lighter sentence to the second Kazakh defendant on Friday.", [W("CHARGE", 1, "KAZ", day="2021-03-05")]),
    ("The coach handed the young striker a new contract on Monday.", []),
]


@pytest.mark.parametrize(("text", "wants"), SENTENCES_HANDED_2, ids=[f"sentence_handed{i}" for i in range(len(SENTENCES_HANDED_2))])
def test_a_sentence_handed_to_someone(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 74 (session 12): a report of our own in the unseen reports' manner, run before any change.
# Three errors, each a class: "a Turkish removal centre" lent its nationality to the "he" told next
# (only people have one); "the group" counted one person (a group or a family is no one person and,
# told back, is the whole group, not some of it listed after "including"); a relative clause on
# "nine … citizens, including four women and three children" is about the nine (left as a strict xfail)

_TENTH = ("Turkey deported nine German citizens on Thursday, including four women and three children, the interior "
          "ministry said. A tenth German, a 27-year-old man from Dinslaken, remains in a Turkish removal centre. He "
          "had been caught with the group on 14 February near Reyhanli.")


def test_a_group_told_back_and_a_centres_nationality(pipeline: Pipeline) -> None:
    events = run(pipeline, _TENTH).events
    arrests = [e for e in events if e.type == "ARREST"]
    assert [(e.total, sorted(e.nationalities)) for e in arrests] == [(10, ["DEU"])], [e.to_gold() for e in events]


@pytest.mark.xfail(reason="a relative clause after an 'including' list is about the list's head", strict=True)
def test_a_relative_clause_after_an_including_list(pipeline: Pipeline) -> None:
    text = ("Turkey deported nine German citizens on Thursday, including four women and three children, who had "
            "been detained in Hatay province last month.")
    arrests = [e for e in run(pipeline, text).events if e.type == "ARREST"]
    assert [e.total for e in arrests] == [9]


# -- batch 75 (session 12): a second report of our own in the unseen reports' manner, run before any
# change, three classes. A sentence-final apposition naming the act ("…, the first conviction under a
# 2016 law") hung by the parser on the last noun made the law a sense cue of the man sentenced (a
# metaphor: "attacked the law"); a counted group spelled out member by member ("two foreign preachers,
# an Egyptian and a Jordanian"; GOLD-FORMAT: people already counted) was added up twice; "they are
# accused of …" is a standing allegation, no charge (WikiEvents train codes 10 of 44 "accused" as one).

REPORT_2 = [
    ("A Copenhagen court on Wednesday sentenced a 29-year-old Danish man who fought for Islamic State in Syria to six "
     "years in prison, the first conviction under a 2016 law against entering conflict zones.",
     [W("CHARGE", 1, "DNK", day="2021-03-10")]),
    ("The ministry said on Tuesday it had banned two foreign preachers, an Egyptian and a Jordanian, from entering "
     "Denmark.", [W("ENTRY_BAN", 2, "EGY JOR")]),
    ("Police arrested three men, two Syrians and an Iraqi, in Kilis on Monday.", [W("ARREST", 3, "SYR IRQ", day="2021-03-08")]),
    ("Police arrested two Syrians, three Iraqis and a Turk in Kilis on Monday.", [W("ARREST", 6, "SYR IRQ TUR", day="2021-03-08")]),
    ("They are accused of spreading hatred in sermons.", []),
    ("The senator attacked the new law on Tuesday.", []),
]


@pytest.mark.parametrize(("text", "wants"), REPORT_2, ids=[f"report2_{i}" for i in range(len(REPORT_2))])
def test_a_second_report_of_our_own(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 76 (session 12): a third report of our own (an attack, its claim, the army's count), run
# before any change. A group's statement that its fighters "had carried out the checkpoint attack" is
# its claim of the attack (a modifier between "the" and "attack" hid it); "the army said on Wednesday
# it had killed 20 militants … since Monday", parsed with the day on the reported verb: the day is the
# saying's, not the act's own, and the count since Monday is a statistic, not an event.

def test_a_groups_claim_of_its_fighters_attack(pipeline: Pipeline) -> None:
    text = ("Islamic State in the Greater Sahara said in a statement carried by its Amaq agency that its fighters "
            "had carried out the checkpoint attack.")
    claims = run(pipeline, text).claims
    assert [(c.topic, c.stance) for c in claims] == [("attack-responsibility", "affirm")]


def test_a_day_between_the_saying_and_what_is_said() -> None:
    from watchfloor.extract.en_syntax import _said_on

    nlp = load_english()
    for text in ("The army said on Wednesday it had killed 20 militants.", "The ministry said on Monday it had deported 12 Uzbeks."):
        doc = nlp(text)
        day = next(t for t in doc if t.ent_type_ == "DATE")
        assert _said_on(day), text
    doc = nlp("Police said they detained four men in Kano on Monday.")
    assert not _said_on(next(t for t in doc if t.lower_ == "monday"))


def test_a_count_since_a_day_told_by_the_army(pipeline: Pipeline) -> None:
    x = run(pipeline, "The army said on Wednesday it had killed 20 militants in air strikes on their hideouts since Monday.")
    assert not x.events and [a.type for a in x.aggregates] == ["ATTACK"], [e.to_gold() for e in x.events]


# -- batch 77 (session 12): "…, the paper reported on Saturday", parsed with "the paper" in apposition
# to the people of the act, is the one telling it, no one more held (GOLD-FORMAT's own example of a
# date: "were denied entry, the paper reported on Saturday"). Written before the rule

SOURCE_IN_APPOSITION = [
    ("Two Syrians were denied entry at the border, the paper reported on Saturday.", [W("ENTRY_BAN", 2, "SYR")]),
    ("Three Afghans were detained in Van, the agency said on Monday.", [W("ARREST", 3, "AFG")]),
]


@pytest.mark.parametrize(("text", "wants"), SOURCE_IN_APPOSITION, ids=[f"source_appos{i}" for i in range(len(SOURCE_IN_APPOSITION))])
def test_a_source_read_in_apposition(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 78 (session 12): a fourth report of our own, run before any change. A removal "from Turkey"
# happened in Turkey, whatever the story's other countries (it had been placed in the country that
# later refused the people entry); "the brothers" told back after "two Chechen brothers" are the two
# (the same word for the same people takes the count, as "the pair" does).

_BROTHERS = ("Georgian border guards refused entry to two Chechen brothers at the Sarpi crossing on Sunday. The "
             "brothers, aged 19 and 22, had been deported from Turkey earlier in the day.")


def test_a_removal_from_a_state_and_the_brothers_told_back(pipeline: Pipeline) -> None:
    events = run(pipeline, _BROTHERS).events
    deport = next(e for e in events if e.type == "DEPORT")
    assert (deport.total, deport.location.country if deport.location else None) == (2, "TUR"), deport.to_gold()


# -- batch 79 (session 12): a fifth report of our own (a platform's sweep), and the general news it led
# to, run before any change: "5,000 accounts and channels" is one count for the list (GOLD-FORMAT:
# "148 women and children"); people "removed from the square", an official "removed from office" are no
# state's removal, while men removed "from the country" are.

REMOVALS_AND_SWEEPS = [
    ("Telegram removed 5,000 accounts and channels used by Islamic State supporters this week.", [W("TAKEDOWN", 5000)]),
    ("Police removed 30 protesters from the square on Monday.", []),
    ("The mayor was removed from office on Monday.", []),
    ("Britain removed two Pakistani men from the country on Friday.", [W("DEPORT", 2, "PAK", day="2021-03-05")]),
]


@pytest.mark.parametrize(("text", "wants"), REMOVALS_AND_SWEEPS, ids=[f"removal_sweep{i}" for i in range(len(REMOVALS_AND_SWEEPS))])
def test_removals_and_sweeps(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 80 (session 13): a sixth report of our own (arrests in Austria, a return from camps, a family
# on its way), run before any change. "The men, aged 19 and 23, were detained …" made a second arrest
# dated 19 March 1923 (numbers joined by "and" are ages, never a date); "the brothers" was taken for
# the single man named last (a plural is the whole group, as "they" is); "from camps in Syria" was
# read as an origin (a common noun that is no settlement is where people were, not where they come
# from); "flew out of Manchester last week … and are thought to be travelling to Syria, police said on Monday" took
# the saying's day (the second of two coordinated verbs shares the first one's date). Origins that
# were right before: "a man from Tetovo", "brothers from Derby", "young men from Molenbeek".

_GRAZ = ("Austrian police on Tuesday arrested two Chechen brothers in Graz on suspicion of planning to join "
         "Islamic State in Syria, the interior ministry said.\n\nThe men, aged 19 and 23, were detained at a flat "
         "in the city's Gries district. A third man, a Bosnian citizen, was arrested the following morning in Linz.\n\n"
         "Prosecutors said the brothers had tried to reach Syria once before, in 2016, but were turned back by "
         "Turkish border guards near Gaziantep.")


def test_ages_are_no_date_and_the_brothers_are_the_two(pipeline: Pipeline) -> None:
    events = run(pipeline, _GRAZ).events
    arrests = sorted((e.total, sorted(e.nationalities), e.date) for e in events if e.type == "ARREST")
    assert arrests == [(1, ["BIH"], date(2021, 3, 10)), (2, ["RUS"], date(2021, 3, 9))], [e.to_gold() for e in events]
    ban = next(e for e in events if e.type == "ENTRY_BAN")
    assert (ban.total, sorted(ban.nationalities)) == (2, ["RUS"]), ban.to_gold()


ORIGINS_AND_WHEREABOUTS = [
    ("A 24-year-old man from Tetovo was arrested at Vienna airport on Tuesday.", [W("ARREST", 1, "MKD")]),
    ("Three young men from Molenbeek were charged on Thursday with terrorist offences.", [W("CHARGE", 3, "BEL")]),
    ("Police detained four women from camps in Syria at Almaty airport on Monday.", [W("ARREST", 4)]),
    ("Two brothers from Derby flew out of Manchester last week with their mother and are thought to be travelling to Syria, police "
     "said on Monday.",
     [W("TRAVEL", 3, "GBR", "rumored", day="2021-03-01")]),
]


@pytest.mark.parametrize(("text", "wants"), ORIGINS_AND_WHEREABOUTS, ids=[f"origin{i}" for i in range(len(ORIGINS_AND_WHEREABOUTS))])
def test_origins_whereabouts_and_a_shared_date(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 81 (session 13): a seventh report of our own (a sentence in Paris, arrests in Java, a border
# in Tajikistan), run before any change. The tagger reads the second of two passives as a past tense
# ("was arrested in Kilis and deported to Belgium": "deported" VBD), and the removal was lost: with no
# subject or object of its own it is the passive participle. "detained in May and later deported"
# took May for the removal. "The woman, from Nice, …" counted no one, and did not give the woman
# sentenced a paragraph before her country (one person told back by the same noun with a
# nationality: GOLD-FORMAT's follow-up that adds to the act).

SECOND_PASSIVES = [
    ("He was arrested in Kilis and deported to Belgium on Friday.", [W("ARREST", 1), W("DEPORT", 1, day="2021-03-05")]),
    ("Two Britons were arrested at the airport and deported to London on Sunday.",
     [W("ARREST", 2, "GBR"), W("DEPORT", 2, "GBR", day="2021-03-07")]),
    ("She was stopped at the border and sent back to Germany on Monday.", [W("ARREST", 1), W("DEPORT", 1, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), SECOND_PASSIVES, ids=[f"second_passive{i}" for i in range(len(SECOND_PASSIVES))])
def test_the_second_of_two_passives_tagged_past(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_later_is_not_the_first_acts_day(pipeline: Pipeline) -> None:
    events = run(pipeline, "The two men were detained in Izmir in May and later deported to Russia.").events
    dated = {e.type: e.date for e in events}
    assert dated == {"ARREST": date(2020, 5, 1), "DEPORT": None}, [e.to_gold() for e in events]


_NICE = ("A French court on Monday sentenced a 29-year-old woman to ten years in prison for trying to join Islamic "
         "State.\n\nThe woman, from Nice, was stopped at the Turkish border in March 2015 and deported to France a week later.")


def test_one_person_told_back_with_her_town(pipeline: Pipeline) -> None:
    events = run(pipeline, _NICE).events
    got = sorted((e.type, e.total, sorted(e.nationalities)) for e in events)
    assert got == [("ARREST", 1, ["FRA"]), ("CHARGE", 1, ["FRA"]), ("DEPORT", 1, ["FRA"])], [e.to_gold() for e in events]


# -- batch 82 (session 13): an eighth report of our own (a wedding-hall bombing, a raid on a base and
# the troops' pursuit, general news), run before any change. The troops who "later pursued the
# insurgents … and killed 20 of them" were joined to the insurgents' attack on the base (an armed
# group's act and the state forces' strike back are two acts); "killed two policemen and four
# villagers" counted two dead (a list of counted people adds up; an apposition that breaks a count
# down does not add).

_BORNO = ("Boko Haram fighters attacked a military base in Borno state on Sunday night, the army said.\n\n"
          "Troops later pursued the insurgents into the Sambisa forest and killed 20 of them, an army spokesman said.")


def test_the_troops_strike_back_is_an_act_of_its_own(pipeline: Pipeline) -> None:
    events = run(pipeline, _BORNO).events
    assert [e.type for e in events] == ["ATTACK", "ATTACK"], [e.to_gold() for e in events]
    assert events[1].killed == 20


LISTED_TOLLS = [
    ("Gunmen killed two policemen and four villagers in Zamfara on Monday.", [W("ATTACK", killed=6)]),
    ("A car bomb killed seven people, two soldiers and five shopkeepers, at a market on Monday.", [W("ATTACK", killed=7)]),
]


@pytest.mark.parametrize(("text", "wants"), LISTED_TOLLS, ids=[f"listed_toll{i}" for i in range(len(LISTED_TOLLS))])
def test_a_listed_toll_adds_up(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 83 (session 13): a ninth report of our own (channels blocked in Russia, an imam barred from
# Norway, raids in Turkey), run before any change. "detained 53 foreigners suspected of links to IS
# in raids … on Tuesday", parsed with the day on "suspected", lost its day (a suspicion describes the
# people, it has no day); "Prosecutors have charged 31 of the suspects; the rest are expected to be
# deported", parsed as one sentence with the charge under "expected", made the charge a plan (a
# clause hung across a semicolon is a sentence of its own).

SUSPICIONS_AND_SEMICOLONS = [
    ("Turkish police detained 53 foreigners suspected of links to Islamic State in raids in Istanbul on Tuesday, "
     "state media reported.", [W("ARREST", 53, day="2021-03-09")]),
    ("Police arrested two men wanted for robbery in Leeds on Monday.", [W("ARREST", 2, day="2021-03-08")]),
    ("Prosecutors have charged 31 of the suspects; the rest are expected to be released.", [W("CHARGE", 31)]),
]


@pytest.mark.parametrize(("text", "wants"), SUSPICIONS_AND_SEMICOLONS, ids=[f"suspicion{i}" for i in range(len(SUSPICIONS_AND_SEMICOLONS))])
def test_a_suspicion_has_no_day_and_a_semicolon_ends_a_clause(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 84 (session 13): from the same report, "detained six members of an IS cell in Dagestan, four
# of them Tajik citizens" (parsed with the description hung on the verb) gave the six no nationality
# (who some of a counted group are adds their nationality, not to the count: GOLD-FORMAT "nine of
# them children describes people already counted").

SOME_OF_THEM = [
    ("Officers detained six members of an Islamic State cell in Dagestan on Tuesday, four of them Tajik citizens.",
     [W("ARREST", 6, "TJK")]),
    ("Officers detained six members of an Islamic State cell in Dagestan on Tuesday, four of them natives of Tajikistan.",
     [W("ARREST", 6, "TJK")]),
    ("Police arrested eleven people in Kano on Monday, four of them women.", [W("ARREST", 11)]),
]


@pytest.mark.parametrize(("text", "wants"), SOME_OF_THEM, ids=[f"some_of_them{i}" for i in range(len(SOME_OF_THEM))])
def test_who_some_of_them_are(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 85 (session 13): the rest of a group (the issue's "the remaining N"; GOLD-FORMAT counting),
# run before any change: "the remaining five were deported" counted no one, "the rest were
# deported" was no removal at all ("the rest" is no person word), "All but three were deported"
# counted all fourteen. The rest is the group of the act before less the part set apart since.

def _rest(tail: str) -> str:
    return "Turkish police detained 14 Iraqis in Istanbul on Monday. " + tail


THE_REST = [
    (_rest("Nine of them were released after questioning; the remaining five were deported to Iraq on Tuesday."),
     [W("ARREST", 14, "IRQ"), W("DEPORT", 5, "IRQ", day="2021-03-09")]),
    (_rest("Nine were released; the rest were deported to Iraq on Tuesday."),
     [W("ARREST", 14, "IRQ"), W("DEPORT", 5, "IRQ", day="2021-03-09")]),
    (_rest("All but three were deported to Iraq on Tuesday."), [W("ARREST", 14, "IRQ"), W("DEPORT", 11, "IRQ", day="2021-03-09")]),
    ("Police seized 40 rifles in Mosul on Monday; the rest of the weapons were destroyed.", []),
]


@pytest.mark.parametrize(("text", "wants"), THE_REST, ids=[f"rest{i}" for i in range(len(THE_REST))])
def test_the_rest_of_a_group(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# Weapons destroyed or defused are arms taken out of use, no attack (CASE 2021 files "disrupted weapons
# use" apart from attacks; WikiEvents train: a bomb "defused", devices "being dismantled"); a bomb
# that destroyed a building is one. Found by the last case of batch 85; the passive ones were attacks
# (0 of 2 passives before, all after; CASE 2021 dev 0.798 → 0.799, one false alarm fewer).
DISARMED = [
    ("Soldiers destroyed the weapons and explosives they had found in a house in Kandahar on Sunday.", []),
    ("The army destroyed an arms cache belonging to the militants in Borno on Friday.", []),
    ("The seized rifles and explosives were destroyed near Herat on Monday.", []),
    ("A truck bomb destroyed a police station in Kandahar on Sunday, killing six officers.", [W("ATTACK", killed=6)]),
]


@pytest.mark.parametrize(("text", "wants"), DISARMED, ids=[f"disarmed{i}" for i in range(len(DISARMED))])
def test_arms_destroyed_are_no_attack(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 86 (session 13): a tenth report of our own (a trip from Osh, surrenders in the Sahara, a
# cell broken up in Jordan), run before any change: "security services moved against a cell … last
# week, arresting five men" lost its arrests (a participle set off by a comma after a past verb,
# with an object of its own, tells what the act did: MUC-4 train "…, arresting 600 persons").

ACCOMPANYING = [
    ("Jordanian security services moved against a cell in Irbid last week, arresting five men, a spokesman said on Sunday.",
     [W("ARREST", 5)]),
    ("Police raided a flat in Lyon on Monday, detaining two brothers.", [W("ARREST", 2, day="2021-03-08")]),
    # an act all the same, told before the main one (batch 147 changed this from "no act")
    ("After arresting two men in Lyon, police said on Monday they were looking for a third.", [W("ARREST", 2, country="FRA")]),
]


@pytest.mark.parametrize(("text", "wants"), ACCOMPANYING, ids=[f"accompanying{i}" for i in range(len(ACCOMPANYING))])
def test_a_participle_that_tells_what_the_act_did(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 87 (session 13): an eleventh report of our own (raids across Turkey, a raid in Dhaka, a
# verdict in Cairo), run before any change. "Turkish police have detained 748 people in raids … The
# suspects were detained … on Saturday" was filed as a running tally (the day told after is the
# act's own: one dated operation, however large, GOLD-FORMAT); "Islamist militants have killed 120
# soldiers … The attack took place on Saturday night" stayed two attacks (the report's week of a
# present perfect cannot disagree with the act's day); "Six others were sentenced" right after the
# verdict was a second verdict ("others" says "also"); "including Iraqis and Syrians" gave one.

_RAIDS = ("Turkish police have detained 748 people in raids against Islamic State suspects across 18 provinces, state "
          "media said on Wednesday.\n\nThe suspects were detained in simultaneous operations in Istanbul, Ankara and "
          "Izmir on Tuesday. Among them were foreigners, including Iraqis and Syrians.")
_BASE = ("Islamist militants have killed 120 soldiers in an attack on an army base in Borno state, officials said. "
         "The attack took place on Saturday night.")
_VERDICT = ("An Egyptian court on Saturday sentenced 13 Muslim Brotherhood members to life in prison. "
            "Six others were sentenced to 15 years.")


def test_a_large_operation_dated_after_is_an_event(pipeline: Pipeline) -> None:
    check(pipeline, _RAIDS, [W("ARREST", 748, "IRQ SYR", day="2021-03-09")], aggregates=0)


def test_the_attack_told_again_with_its_day(pipeline: Pipeline) -> None:
    check(pipeline, _BASE, [W("ATTACK", day="2021-03-06", killed=120)], aggregates=0)


def test_others_sentenced_with_them(pipeline: Pipeline) -> None:
    check(pipeline, _VERDICT, [W("CHARGE", 19, day="2021-03-06")])


# -- batch 88 (session 13): general news of our own (markets, football, an epidemic, a vote, a fire, a
# data breach), run before any change: only "the firm had been attacked by investors for months over
# its expansion plans" was read as an act (an attack by critics, investors or shareholders, or over a
# plan, a policy or a decision, is words: the metaphor sense); an arrest after a fire is a real one.

GENERAL_NEWS_88 = [
    ("Analysts said the firm had been attacked by investors for months over its expansion plans.", []),
    ("The minister was attacked by critics over his handling of the crisis.", []),
    ("Real Madrid were knocked out of the Champions League on Tuesday as Ajax stormed to a 4-1 win at the Bernabeu.", []),
    ("The measles outbreak has killed at least 12 children in the region since January, the WHO said.", []),
    ("The army base was attacked by opposition fighters near Aleppo on Monday.", [W("ATTACK")]),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_88, ids=[f"general88_{i}" for i in range(len(GENERAL_NEWS_88))])
def test_general_news_88(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 89 (session 13): dates of our own writing ("early on Sunday", "two days later", "on the eve
# of Ramadan", "the next morning", a semicolon), run before any change: only "intercepted a boat …
# between 7 and 9 May; nine of them were later charged", parsed as one sentence, was wrong (the
# clause across the semicolon is another sentence: its day is not the charge's, which came later).

DAYS_89 = [
    ("Italian police arrested a Tunisian man in Bari early on Sunday. His brother was detained in Milan two days later.",
     [W("ARREST", 1, "TUN", day="2021-03-07"), W("ARREST", 1, day="2021-03-09")]),
    ("Police detained an Egyptian student in Genoa late on Friday. The next morning, a court charged him with spreading "
     "propaganda.", [W("ARREST", 1, "EGY", day="2021-03-05"), W("CHARGE", 1, "EGY", day="2021-03-06")]),
]


@pytest.mark.parametrize(("text", "wants"), DAYS_89, ids=[f"days89_{i}" for i in range(len(DAYS_89))])
def test_days_89(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_clause_across_a_semicolon_keeps_its_day(pipeline: Pipeline) -> None:
    events = run(pipeline, "Coastguards intercepted a boat carrying 31 migrants on 7 March; nine of them were later "
                 "charged with smuggling.").events
    charge = next(e for e in events if e.type == "CHARGE")
    assert (charge.total, charge.date) == (9, None), charge.to_gold()


# -- batch 90 (session 13): nationalities and days of our own writing, run before any change: "12
# Pakistani and Uzbek fighters" gave one nationality, "two Syrian and three Iraqi men" (both counts and
# both adjectives parsed on "men") counted two of one nationality (a list adds up: GOLD-FORMAT "two
# Germans and three Kosovars" = 5); "arrested two men who had been living in Hamburg on Tuesday" lost
# its day to the relative clause (living is a state, it has no day).

NATIONALITIES_90 = [
    ("Afghan forces captured 12 Pakistani and Uzbek fighters in Kunduz province on Monday.", [W("ARREST", 12, "PAK UZB")]),
    ("Police arrested two Syrian and three Iraqi men in Izmir on Monday.", [W("ARREST", 5, "SYR IRQ")]),
    ("Police arrested a German and Tunisian dual national in Berlin on Monday.", [W("ARREST", 1, "DEU TUN")]),
    ("German police arrested two men who had been living in Hamburg on Tuesday.", [W("ARREST", 2, "DEU", day="2021-03-09")]),
]


@pytest.mark.parametrize(("text", "wants"), NATIONALITIES_90, ids=[f"nat90_{i}" for i in range(len(NATIONALITIES_90))])
def test_nationalities_90(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 91 (session 13): a twelfth report of our own (Bulgaria's borders), run before any change:
# "Bulgarian border police detained a group of 11 Afghans near the Turkish border" was placed in
# Turkey (a state's own forces act on their side of a border the text names by the other state).

BORDER_SIDES = [
    ("Bulgarian border police detained a group of 11 Afghans near the Turkish border on Sunday.",
     [W("ARREST", 11, "AFG", country="BGR")]),
    ("Kenyan police arrested three Somalis near the Somali border on Monday.", [W("ARREST", 3, "SOM", country="KEN")]),
]


@pytest.mark.parametrize(("text", "wants"), BORDER_SIDES, ids=[f"border_side{i}" for i in range(len(BORDER_SIDES))])
def test_the_acting_states_side_of_a_border(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 92 (session 13): a thirteenth report of our own (Moroccans held in Athens, a preacher sent
# back to Bosnia, a charge in Dublin), run before any change: "Austria has deported a preacher … The
# man, a citizen of Bosnia and Herzegovina, was flown to Sarajevo" gave the preacher no nationality
# (the one person told back by the plain word "the man", or "the man, a citizen of X", is the same).

_PREACHER = ("Austria has deported a preacher who called for jihad in Syria, the interior ministry said on Thursday. "
             "The man, a citizen of Bosnia and Herzegovina, was flown to Sarajevo on Wednesday evening.")


def test_a_person_told_back_as_the_man(pipeline: Pipeline) -> None:
    deport = next(e for e in run(pipeline, _PREACHER).events if e.type == "DEPORT")
    assert (deport.total, sorted(deport.nationalities)) == (1, ["BIH"]), deport.to_gold()


# -- batch 93 (session 13): found while rewording two cases of ours: "Two brothers from Derby set off
# from Manchester airport with their mother …" was an attack ("set off" is a bomb's only when
# something is set off), and "a car bomb killed seven people, two soldiers and five shopkeepers"
# counted fourteen dead (a list whose later counts add up to the first breaks it down).

SET_OFF = [
    ("Two brothers from Derby set off from Manchester airport on 1 March with their mother.", []),
    ("Militants set off a car bomb outside a police station in Kabul on Monday.", [W("ATTACK")]),
    ("A roadside bomb was set off as the convoy passed near Kandahar on Monday.", [W("ATTACK")]),
]


@pytest.mark.parametrize(("text", "wants"), SET_OFF, ids=[f"set_off{i}" for i in range(len(SET_OFF))])
def test_set_off_is_a_bombs_only_with_something_set_off(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 94 (session 13): trips of our own writing (a girl from Vilvoorde, brothers feared gone, a
# smuggler's help), run before any change: "A smuggler in Gaziantep helped three Belgian women cross
# into Syria in January" was no trip (the help told as done entails the crossing: a bare infinitive
# under a past "helped", "let", "made", which the tagger sometimes reads as a present).

HELPED = [
    ("A smuggler in Gaziantep helped three Belgian women cross into Syria in January.",
     [W("TRAVEL", 3, "BEL", day="2021-01-01")]),
    ("The guards let two Dutch men slip across the border into Syria in February.", [W("TRAVEL", 2, "NLD", day="2021-02-01")]),
    ("The smuggler wanted to help the women cross into Syria.", []),
]


@pytest.mark.parametrize(("text", "wants"), HELPED, ids=[f"helped{i}" for i in range(len(HELPED))])
def test_a_trip_helped_is_a_trip(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 95 (session 13): a fourteenth report of our own (Tunisia: a raid in the mountains, an imam
# sentenced, returnees counted), run before any change: "A Tunisian court sentenced a former imam …
# for praising the 2015 Sousse beach attack" was placed in Sousse (a place named inside another act's
# noun is that act's, never the court's only place).

def test_a_place_inside_another_acts_noun(pipeline: Pipeline) -> None:
    text = "A Tunisian court sentenced a former imam to five years in prison on Thursday for praising the 2015 Sousse beach attack."
    charge = next(e for e in run(pipeline, text).events if e.type == "CHARGE")
    assert charge.location is None or charge.location.admin1 != "Susah", charge.to_gold()


# -- batch 96 (session 13): a fifteenth report of our own (a hotel siege in Nairobi, arrests in
# Mogadishu, a deportation from Ethiopia), run before any change: "arrested 14 suspects in Mogadishu
# on Saturday night, a day after a car bomb killed at least 11 people" dated the bombing Saturday
# ("a day after", "two days before" shift the day the clause hangs on, as "hours after" keeps it).

DAYS_APART = [
    ("Somali forces arrested 14 suspects in Mogadishu on Saturday, a day after a car bomb killed 11 people at a checkpoint.",
     [W("ARREST", 14, day="2021-03-06"), W("ATTACK", day="2021-03-05", killed=11)]),
    ("Police arrested two men in Kano on Monday, hours after a bomb exploded at a market.",
     [W("ARREST", 2, day="2021-03-08"), W("ATTACK", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), DAYS_APART, ids=[f"days_apart{i}" for i in range(len(DAYS_APART))])
def test_days_apart(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 97 (session 13): from the same report, "charged five people … over last week's attack …, in
# which 21 people were killed. The suspects were arrested in Nairobi" counted no one (the attack's
# dead are never the suspects told back; "the suspects" are the people the act before told).

_SIEGE = ("Police on Sunday charged five people over last week's attack on a hotel in Nairobi, in which 21 people were "
          "killed. The suspects were arrested in Nairobi and Isiolo on Wednesday.")


def test_the_suspects_are_not_the_dead(pipeline: Pipeline) -> None:
    arrest = next(e for e in run(pipeline, _SIEGE).events if e.type == "ARREST")
    assert arrest.total == 5, arrest.to_gold()


# -- batch 98 (session 13): a sixteenth report of our own (a couple held in Surabaya, preachers barred
# by Malaysia, Uighurs held in Thailand), run before any change: "they had arrested a couple … The
# husband and wife … were detained at their home on Sunday night along with their teenage son" made
# two arrests (the people told back with their companions are more of the same act: one happening).

_COUPLE = ("Indonesian police said on Wednesday they had arrested a couple in Surabaya over a plot to bomb a church. "
           "The husband and wife were detained at their home on Sunday night along with their teenage son.")


def test_the_people_told_back_with_companions(pipeline: Pipeline) -> None:
    check(pipeline, _COUPLE, [W("ARREST", 3, day="2021-03-07")])


# -- batch 99 (session 14): a seventeenth report of our own (states bringing their citizens home from
# camps in Syria and Iraq), run before any change (3 of 7 passed): "flew home 112 of its citizens" was no act (the
# parser hangs "home" on the number), "repatriated 43 children from Iraq" made them Iraqis (people
# brought home are the home state's: the destination's, or the state that brings them), and stranded
# holidaymakers "flown home" were deported (travellers for leisure are nobody's removal). Real text
# has the same forms: a man "flown back to Sweden from Istanbul" (WikiEvents train), a suspect
# "brought back to the United States" and refugees "forcibly repatriated … to China" (event_location).

BROUGHT_HOME = [
    ("Uzbekistan flew home 112 of its citizens, most of them women and children, from a camp in north-east Syria on Monday.",
     [W("DEPORT", 112, "UZB", day="2021-03-08", country="UZB")]),
    ("Tajikistan repatriated 43 children from Iraq on Sunday.", [W("DEPORT", 43, "TJK", day="2021-03-07")]),
    ("Kazakhstan brought 19 women back from Syria on Saturday.", [W("DEPORT", 19, "KAZ", day="2021-03-06")]),
    ("A Swedish man stopped by Turkish police near the Syrian border was flown back to Stockholm on Friday.",
     [W("DEPORT", 1, "SWE", day="2021-03-05")]),
    ("Holidaymakers stranded by the airline's collapse were flown home on Sunday.", []),
    ("The national team was flown back to Lagos after the tournament.", []),
    ("Tourists stranded by the collapse of their tour operator were flown back to Britain on Saturday.", []),
]


@pytest.mark.parametrize(("text", "wants"), BROUGHT_HOME, ids=[f"brought_home{i}" for i in range(len(BROUGHT_HOME))])
def test_people_brought_home(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 100 (session 14): an eighteenth report of our own (a mother home from Turkey, sisters
# charged in Paris), run before any change (0 of 2 passed): "A mother of three from Bradford … She
# was not arrested" gave her no nationality (kin nouns name people, like "brother" and "wife"), and
# "The women, aged 22 and 25, had been detained" counted no one (as many people as ages told; MUC-4
# has "two … missionaries -- aged 19 and 21 --").

KIN_AND_AGES = [
    ("A mother of three from Bradford who took her children to Turkey last month has come back to Britain, police said "
     "on Tuesday. Aisha Begum, 31, flew back from Istanbul on Sunday with the children. She was not arrested, but "
     "officers questioned her for several hours.",
     [W("ARREST", 1, "GBR", modality="denied")]),
    ("Two French sisters who tried to reach Syria in 2016 were charged on Monday with membership of a terrorist group. "
     "The women, aged 22 and 25, had been detained at the airport in Nice on Saturday after Turkey expelled them. "
     "A third woman, a Belgian, was released without charge.",
     [W("CHARGE", 2, "FRA", day="2021-03-08"), W("ARREST", 2, "FRA", day="2021-03-06"), W("DEPORT", 2, "FRA"),
      W("CHARGE", 1, "BEL", modality="denied")]),
]


@pytest.mark.parametrize(("text", "wants"), KIN_AND_AGES, ids=[f"kin_and_ages{i}" for i in range(len(KIN_AND_AGES))])
def test_kin_and_ages_told(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 101 (session 14): a nineteenth report of our own (a family from Luton gone to Syria), run
# before any change (1 of 3 passed): a trip "to Turkey … before crossing into Syria" was no trip to the
# war (the leg that ends it names where it went), and "a Luton man" had no country (a town before a
# people noun is where they live: "a Tampa woman", "a Boston resident", "a Watertown resident" in
# event_location and WikiEvents).

HOME_TOWNS_AND_LEGS = [
    ("Police believe Omar Farooq, 41, travelled to Turkey with his wife, 38, and seven other relatives, two of them "
     "infants, before crossing into Syria.", [W("TRAVEL", 9, modality="rumored")]),
    ("A Luton man travelled to Syria in May with his wife and their four sons, his brother said on Wednesday.",
     [W("TRAVEL", 6, "GBR", day=None)]),
    ("A Brussels court charged two Molenbeek men with membership of a terrorist group on Friday.",
     [W("CHARGE", 2, "BEL", day="2021-03-05")]),
    # written after measuring: a town that names the act, not where the people live
    ("Three Kano bombing suspects were arrested on Monday.", [W("ARREST", 3, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), HOME_TOWNS_AND_LEGS, ids=[f"home_towns{i}" for i in range(len(HOME_TOWNS_AND_LEGS))])
def test_home_towns_and_the_last_leg(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 102 (session 14): a twentieth report of our own (a preacher to be sent home from Norway, a
# woman to be flown back to the Netherlands), run before any change (2 of 6 passed): "the woman, who
# holds only Moroccan nationality" gave her none (a relative clause states it as a clause does), and a
# removal "to Morocco" joined one "back to the Netherlands" (removals to different states are two);
# "flown back to the Netherlands" had made her Dutch (batch 99's rule read the destination, which
# GOLD-FORMAT says never gives a nationality: only a state repatriating its own people does). "will
# seek his removal to Pakistan" is no act: a removal to a state as a deportation (as "transfer" is)
# cost reports-dev2 0.646 → 0.632 through the place a later plan inherits, so it was not kept. Real
# text has "removal" only for other things, which must stay none: "announced his removal" (from
# power), "demanding the removal of … officials" (event_location), "the removal of Northern Ireland
# from" (WikiEvents).

REMOVALS_2 = [
    ("The second woman, who holds only Moroccan nationality, is to be flown back to the Netherlands shortly.",
     [W("DEPORT", 1, "MAR", modality="planned")]),
    ("A third woman is to be flown back to the Netherlands shortly. A fourth woman, who holds only Moroccan nationality, "
     "will be deported to Morocco after her trial.",
     [W("DEPORT", 1, modality="planned"), W("DEPORT", 1, "MAR", modality="planned")]),
    pytest.param("The Home Office will seek his removal to Pakistan once his sentence ends, a spokesman said on Tuesday.",
                 [W("DEPORT", 1, modality="planned")], marks=pytest.mark.xfail(strict=True, reason="removal: not kept")),
    pytest.param("Norway has ordered the removal of an Iraqi preacher to Iraq, the immigration directorate said on Monday.",
                 [W("DEPORT", 1, "IRQ", modality="planned")], marks=pytest.mark.xfail(strict=True, reason="removal: not kept")),
    ("Protesters marched on the palace demanding the removal of the governor.", []),
    ("The army announced his removal from office on Tuesday.", []),
]


@pytest.mark.parametrize(("text", "wants"), REMOVALS_2, ids=[f"removals{i}" for i in range(len(REMOVALS_2))])
def test_removal_to_a_state(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 103 (session 14): a twenty-first report of our own (Norway's list of barred preachers),
# run before any change (4 of 7 passed): "added three imams to the national blacklist of foreigners
# banned from entry" and "issued entry bans against four Saudi preachers" were no acts (people put
# on a list that keeps them out; a trigger of two words, "entry ban", imposed on people), nor was
# "denied visas to two Pakistani clerics" (a visa refused keeps people out as an entry refused does).
# Real text of the kind is rare here: MUC-4 train has preachers of a kind "declared persona non grata
# and … not being allowed to enter"; WikiEvents dev a son "refused entry to her trial" (no country).

BAN_LISTS = [
    ("On Wednesday Norway added three imams to the national blacklist of foreigners banned from entry, a ministry "
     "spokesman said.", [W("ENTRY_BAN", 3, day="2021-03-10", country="NOR")]),
    ("The government banned two British preachers from entering Norway for five years on Tuesday.",
     [W("ENTRY_BAN", 2, "GBR", day="2021-03-09")]),
    ("A Kuwaiti cleric was refused entry at Oslo airport on Monday and put on the next flight back to Kuwait.",
     [W("ENTRY_BAN", 1, "KWT", day="2021-03-08", country="NOR")]),
    ("Norway issued entry bans against four Saudi preachers on Tuesday, saying their sermons spread hatred.",
     [W("ENTRY_BAN", 4, "SAU", day="2021-03-09", country="NOR")]),
    ("The Netherlands has denied visas to two Pakistani clerics invited to speak at a conference in Rotterdam.",
     [W("ENTRY_BAN", 2, "PAK", country="NLD")]),
    ("Fans were barred from entering the stadium on Tuesday.", []),
    ("The organisers added two names to the list of speakers on Monday.", []),
]


@pytest.mark.parametrize(("text", "wants"), BAN_LISTS, ids=[f"ban_lists{i}" for i in range(len(BAN_LISTS))])
def test_ban_lists_and_visas(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 104 (session 14): from the same report and two more of our own, run before any change for
# them (0 of 3 passed): the people of an act named one by one in the next sentence ("The two are X,
# a US citizen living in Leeds, and Y, a Pakistani aged 45", "They are an Iraqi man,
# his Syrian wife and a Turkish driver") gave the act no nationality (GOLD-FORMAT: follow-up
# sentences add the nationalities of those held; the members named must be as many as the act's).

MEMBERS_NAMED = [
    ("Police arrested two men in Leeds on Friday. The suspects are Omar Haddad, a Syrian who lives in Bradford, and "
     "Karim Bensaid, a 29-year-old Algerian.", [W("ARREST", 2, "SYR DZA", day="2021-03-05")]),
    ("Sweden added two more clerics to its entry-ban list on Thursday. The two are Abu Bakr Noor, a US citizen living "
     "in Leeds, and Tariq Mahmood, a Pakistani aged 45.",
     [W("ENTRY_BAN", 2, "USA PAK", day="2021-03-04", country="SWE")]),
    ("Three people were detained near the border on Monday. They are an Iraqi man, his Syrian wife and a Turkish driver.",
     [W("ARREST", 3, "IRQ SYR TUR", day="2021-03-08")]),
    ("Police arrested three men in Leeds on Friday. The suspects are Omar Haddad, a Syrian, and Karim Bensaid, an Algerian.",
     [W("ARREST", 3, day="2021-03-05")]),  # written after: two named of three tell the act no nationality set
]


@pytest.mark.parametrize(("text", "wants"), MEMBERS_NAMED, ids=[f"members_named{i}" for i in range(len(MEMBERS_NAMED))])
def test_members_named_after(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 105 (session 14): a twenty-second report of our own (Indonesians sent back from Turkey and
# Malaysia), run before any change: "17 citizens who were detained at Jakarta's main airport" had no
# nationality (citizens of no named state are the acting state's, or those of the country that holds
# them: citizenship stated, GOLD-FORMAT; not "foreign citizens", and never for a removal or a ban,
# which a state does to others than its own).

CITIZENS = [
    ("Indonesian counter-terrorism police on Monday questioned 17 citizens who were detained at Jakarta's main airport "
     "on Saturday after Turkey deported them.",
     [W("ARREST", 17, "IDN", day="2021-03-06"), W("DEPORT", 17, "IDN", day="2021-03-06", country="TUR")]),
    ("Police in Almaty detained five citizens on Tuesday on suspicion of recruiting for Islamic State.",
     [W("ARREST", 5, "KAZ", day="2021-03-09")]),
    ("Police detained two foreign citizens in Almaty on Tuesday.", [W("ARREST", 2, day="2021-03-09")]),
]


@pytest.mark.parametrize(("text", "wants"), CITIZENS, ids=[f"citizens{i}" for i in range(len(CITIZENS))])
def test_citizens_of_no_named_state(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 106 (session 14): a twenty-third report of our own (two men held in Anderlecht), run before
# any change (0 of 1 passed): "A Swede, Osman Karimi, who was detained together with Youssef Bakri"
# gave the arrest no nationality (a name in apposition to a nationality noun is that person).


def test_a_name_in_apposition_to_a_nationality(pipeline: Pipeline) -> None:
    text = ("A Swede, Osman Karimi, who was detained together with Youssef Bakri in Anderlecht on Friday, was charged on "
            "Saturday with terrorist murder.")
    check(pipeline, text, [W("ARREST", 2, "SWE", day="2021-03-05"), W("CHARGE", 1, "SWE", day="2021-03-06")])


# -- batch 107 (session 14): a twenty-fourth report of our own (a family from Luton in Syria), run
# before any change (1 of 4 passed, the troops): "reached Islamic State territory in Syria" and "reached
# rebel-held territory in northern Syria" were no trips to the war (ground an armed group holds is the
# war, as "jihadist-held territory", "rebel-controlled territory", "Serb-held territory" are in
# WikiEvents and event_location; a place "in Syria" is in Syria), "they" after "a family of 12"
# counted one (a group "of N" is N), and "They have since reached …" was a statistic (an adverb
# "since" before a participle means "since then": no period).

HELD_GROUND = [
    ("A family of 12 from Luton has reached Islamic State territory in Syria, police said on Sunday.",
     [W("TRAVEL", 12, "GBR")]),
    ("Relatives said a family of 12 had left Luton. They have since reached Islamic State territory in Syria.",
     [W("TRAVEL", 12)]),
    ("Two brothers from Leeds reached rebel-held territory in northern Syria last week, their mother said.",
     [W("TRAVEL", 2, "GBR")]),
    ("Government troops reached the former Islamic State stronghold of Raqqa on Monday.", []),
]


@pytest.mark.parametrize(("text", "wants"), HELD_GROUND, ids=[f"held_ground{i}" for i in range(len(HELD_GROUND))])
def test_ground_an_armed_group_holds(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 108 (session 14): a twenty-fifth report of our own (a Maldivian family stopped on the way),
# run before any change (1 of 2 passed): "police said on Thursday that Sodiq had not been arrested"
# counted no one (the NER reads an unknown one-word name as a people, NORP: a singular proper noun
# that names no nationality and no faith is one person).

NORP_NAMES = [
    ("Maldivian police said on Thursday that Sodiq had not been arrested.", [W("ARREST", 1, modality="denied")]),
    ("Police said on Thursday that Hamdan had been detained at the airport on Monday.", [W("ARREST", 1, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), NORP_NAMES, ids=[f"norp_names{i}" for i in range(len(NORP_NAMES))])
def test_a_name_read_as_a_people(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 109 (session 14): our reports' datelines "JAKARTA, 23 January 2017 - Five Indonesians were
# sent home by Turkey on Friday", run before any change (0 of 2 passed): after the dateline's dash the
# parser split "Five" from its noun (and "Turkey" from "put"), losing the count and the agent (the
# lede's first words are one sentence; the dateline is still its own).

DATELINE_LEDES = [
    ("JAKARTA, 23 January 2017 - Five Indonesians were sent home by Turkey on Friday.", "2017-01-23",
     W("DEPORT", 5, "IDN", day="2017-01-20", country="TUR")),
    ("BRUSSELS, 4 October 2018 - Turkey put a Belgian man and his two children on a plane to Brussels on Wednesday.",
     "2018-10-04", W("DEPORT", 3, "BEL", day="2018-10-03", country="TUR")),
]


@pytest.mark.parametrize(("text", "published", "want"), DATELINE_LEDES, ids=[f"dateline_ledes{i}" for i in range(len(DATELINE_LEDES))])
def test_the_lede_after_a_dateline(pipeline: Pipeline, text: str, published: str, want: Want) -> None:
    x = pipeline.extract(Document(doc_id="t", text=text, language="en", published=date.fromisoformat(published)))
    assert len(x.events) == 1 and matches(want, x.events[0]), [e.to_gold() for e in x.events]


# -- batch 110 (session 14): a twenty-sixth report of our own (Tajiks in Iraqi prisons; MUC-4 train has
# "the group has killed several people", "who have killed many … judges"), run before any
# change (2 of 4 passed): "Iraqi judges have sentenced some Kyrgyz women to death and many others" and
# "Turkish courts have jailed many foreigners" were acts (people counted only as "some", "many",
# "several" are a vague count, a statistic when told as a running tally with no day of its own, as
# "dozens" and "hundreds" are; "several men … on Saturday" and "some 30 people" stay acts).

VAGUE_TALLIES = [
    ("Lawyers say Iraqi judges have sentenced some Kyrgyz women to death and many others to long prison terms.", [], 1),
    ("Turkish courts have jailed many foreigners for joining Islamic State.", [], 1),
    ("Police arrested several men in Kulob on Saturday.", [W("ARREST", day="2021-03-06")], 0),
    ("Some 30 people were detained in Kulob on Saturday.", [W("ARREST", day="2021-03-06")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggs"), VAGUE_TALLIES, ids=[f"vague_tallies{i}" for i in range(len(VAGUE_TALLIES))])
def test_vague_tallies(pipeline: Pipeline, text: str, wants: list[Want], aggs: int) -> None:
    check(pipeline, text, wants, aggregates=aggs)


# -- batch 111 (session 14): a twenty-seventh report of our own (Central Asian states flying their
# citizens home from Iraq and Syria), run before any change (3 of 9 passed: the negatives): a flight
# from a war that "landed in Dushanbe … with 61 Tajik children aboard", "brought 23 women and children
# to Kazan", and citizens "taken out of Iraq" were no acts (a state flying people home from a war
# removes them: the act is where they land, and citizens of no named state on it are that state's;
# flights with pilgrims or passengers, or from elsewhere, are travel), and "52 people - nine men, 13
# women and 30 children -" counted 104 (a breakdown set off by dashes adds no one; "three men,
# two women and a child" is still a list of six). No real text of the kind is in the corpora here.

FLOWN_HOME = [
    ("Thirty-one citizens were taken out of Iraq on Saturday, the interior ministry said.",
     [W("DEPORT", 31, day="2021-03-06")]),
    ("On Sunday a military aircraft flying from Baghdad brought 23 women and children to Kazan.",
     [W("DEPORT", 23, day="2021-03-07", country="RUS")]),
    ("A government plane from Baghdad landed in Bishkek with 64 Kyrgyz citizens on Wednesday.",
     [W("DEPORT", 64, "KGZ", day="2021-03-10", country="KGZ")]),
    ("An Iraqi plane from Erbil landed in Dushanbe on Monday with 61 Tajik children aboard.",
     [W("DEPORT", 61, "TJK", day="2021-03-08", country="TJK")]),
    ("A government jet landed in Samarkand on Thursday with 93 citizens from a camp in Syria.",
     [W("DEPORT", 93, "UZB", day="2021-03-04", country="UZB")]),
    pytest.param("On Saturday 52 of them - 14 mothers, a grandfather and 37 youngsters - were taken out of Iraq.",
                 [W("DEPORT", 52, day="2021-03-06")], marks=pytest.mark.xfail(
                     strict=True, reason="the parser makes the breakdown the subject and the count an adverb")),
    ("A charter flight from Cairo landed in Jeddah with 180 pilgrims on Friday.", []),
    ("A plane from Baghdad landed in Istanbul with 150 passengers on board on Friday.", []),
    ("Police arrested three men, two women and a child in Kilis on Monday.", [W("ARREST", 6, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), FLOWN_HOME, ids=[f"flown_home{i}" for i in range(len(FLOWN_HOME))])
def test_flown_home_from_a_war(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 112 (session 14): a twenty-eighth report of our own (would-be fighters before a court in
# Austria), run before any change (0 of 3 passed): "freed early from a sentence handed down in March
# 2016" was no act (a noun of an act with a participle dated of its own is an act, and the one released
# from it is the one sentenced), "found guilty on Wednesday … and sentenced to eight and nine years" made
# two (a verdict and its sentence, coordinated with no day of their own, are one act), "The Linz man,
# 22 and born in Georgia," counted 23 (an age followed by a description is an age) and took Austria from
# a town before "man" although he is one of two Russians told before (a description told back is not a
# residence stated: the existing home-town rule now leaves "the … man" to the story's people); written
# after: "three Tajik men, one from Khujand and two from Dushanbe" counted four (who they each
# is adds no one) and took Georgia, where one was born, for the story's country (a birthplace never is).

COURT_DAYS = [
    ("The court heard she had been freed early from a sentence handed down in March 2014 for the same crime.",
     [W("CHARGE", 1)]),
    ("Two Austrians were found guilty of planning an attack on a railway station and sentenced to eight and nine years "
     "in prison.", [W("CHARGE", 2, "AUT")]),
    ("Police in Linz held three Tajik men, one from Khujand and two from Dushanbe, on Monday. The older man, 41 and "
     "divorced, had been freed early from a sentence handed down in May 2017.",
     [W("ARREST", 3, "TJK", day="2021-03-08"), W("CHARGE", 1, "TJK")]),
]


@pytest.mark.parametrize(("text", "wants"), COURT_DAYS, ids=[f"court_days{i}" for i in range(len(COURT_DAYS))])
def test_court_days(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 113 (session 14): a twenty-ninth report of our own (suspects charged after a bombing in
# Jolo), run before any change (0 of 2 passed): "charges against the three and 12 others with the
# provincial prosecutor" counted 4 and "charged the three and two other suspects" 3 (people told back
# and more people with them add up, GOLD-FORMAT "a list adds up"; "the … other suspects" is no rest of
# a group when counted with the ones told; a prosecutor filed "with" is the agent's side, no companion).
# "The other three men were charged" after "two were freed" stays the rest of the group.

ADDED_UP = [
    ("Police arrested three men in Jolo on Saturday. On Monday police filed murder charges against the three and 12 "
     "others with the provincial prosecutor.", [W("ARREST", 3, day="2021-03-06"), W("CHARGE", 15, day="2021-03-08")]),
    ("Police arrested three men in Jolo on Saturday. On Monday prosecutors charged the three and two other suspects "
     "with murder.", [W("ARREST", 3, day="2021-03-06"), W("CHARGE", 5, day="2021-03-08")]),
    ("Police arrested five men in Kano on Monday. Two were freed on Tuesday; the other three men were charged with murder.",
     [W("ARREST", 5, day="2021-03-08"), W("CHARGE", 3)]),
]


@pytest.mark.parametrize(("text", "wants"), ADDED_UP, ids=[f"added_up{i}" for i in range(len(ADDED_UP))])
def test_told_back_and_more_add_up(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 114 (session 14): a thirtieth report of our own (a French woman out of Raqqa) with the real
# forms of MUC-4 train ("turned himself over to … military authorities", "turned themselves into the
# … authorities"), WikiEvents ("turned himself over to the police") and event_location ("turned
# themselves into the police"), run before any change (0 of 3 passed): one who gives oneself up is
# held, whatever "hand over" and "turn over" do to others (a removal to another state's hands).

GAVE_THEMSELVES_UP = [
    ("The woman handed herself over to Turkish soldiers at the border on Monday.",
     [W("ARREST", 1, day="2021-03-08", country="TUR")]),
    ("The boy turned himself over to the police on Monday.", [W("ARREST", 1, day="2021-03-08")]),
    ("Six members of the cell turned themselves into the police on Monday.", [W("ARREST", 6, day="2021-03-08")]),
    ("Turkey handed the woman over to French officials on Monday.", [W("DEPORT", 1, day="2021-03-08", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), GAVE_THEMSELVES_UP, ids=[f"gave_up{i}" for i in range(len(GAVE_THEMSELVES_UP))])
def test_gave_themselves_up(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 115 (session 14): from batch 105's report, run before any change (0 of 1 passed): "JAKARTA
# … 17 citizens deported by Turkey" made them Turkish (a state removes or bars others than its own:
# citizens of no named state deported by a foreign state are the reporting country's).


def test_citizens_removed_by_a_foreign_state(pipeline: Pipeline) -> None:
    text = ("JAKARTA, Jan 23 (Java Wire) - Indonesian police were questioning 17 citizens deported by Turkey, officials "
            "said. Turkish gendarmes had detained the group near Kilis in December.")
    x = pipeline.extract(Document(doc_id="t", text=text, language="en", published=date(2017, 1, 23)))
    assert sorted((e.type, e.total, sorted(e.nationalities)) for e in x.events) == [
        ("ARREST", 17, ["IDN"]), ("DEPORT", 17, ["IDN"])
    ], [e.to_gold() for e in x.events]


# -- batch 116 (session 14): a thirty-first report of our own (Kyrgyz women sent home from Turkey), run
# before any change (1 of 2 passed): "They had been held in a removal centre in Gaziantep since January"
# was a statistic (a group told back, with its count, held since a day is one custody, not a count
# over a period; "Police have arrested 40 people since January" stays a statistic).

HELD_SINCE = [
    ("Turkey deported three Kyrgyz women and their seven children on Monday. They had been held in a removal centre in "
     "Gaziantep since January after crossing from Syria.",
     [W("DEPORT", 10, "KGZ", day="2021-03-08", country="TUR"), W("ARREST", 10, "KGZ", country="TUR")], 0),
    ("Police have arrested 40 people since January.", [], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggs"), HELD_SINCE, ids=[f"held_since{i}" for i in range(len(HELD_SINCE))])
def test_a_group_held_since(pipeline: Pipeline, text: str, wants: list[Want], aggs: int) -> None:
    check(pipeline, text, wants, aggregates=aggs)


# -- batch 117 (session 14): from the same report, run before any change (1 of 3 passed): "about 850 of
# its citizens have gone to fight in Syria and Iraq" was no statistic and "Two brothers from Osh went to
# fight in Syria last year" no trip (a trip whose purpose is fighting in a war zone is a trip to the war;
# MUC-4 has "left a year ago to fight in el salvador"); "went to fight in the local elections" is none.

TO_FIGHT_IN = [
    ("Kyrgyzstan says about 850 of its citizens have gone to fight in Syria and Iraq, including some 200 women.", [], 1),
    ("Two brothers from Osh went to fight in Syria last year, their father said on Monday.", [W("TRAVEL", 2, "KGZ")], 0),
    ("He went to fight in the local elections.", [], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggs"), TO_FIGHT_IN, ids=[f"to_fight_in{i}" for i in range(len(TO_FIGHT_IN))])
def test_gone_to_fight_in_a_war(pipeline: Pipeline, text: str, wants: list[Want], aggs: int) -> None:
    check(pipeline, text, wants, aggregates=aggs)


# -- batch 118 (session 15): from the error classes of reports-dev2 (a home town NER reads as a surname;
# a series of acts parsed as a clause), run before any change (1 of 7 passed). "a Toulouse family",
# "a Blackburn couple", "a Bolton man": the small model types a town before a family word as a PERSON
# (of 18 British, French and Turkish towns we tried, 11 came out PERSON before "family"); only a city of
# 100,000 or more spelled so overrides it ("a Khan family" stays a surname). "left …, travelled … and
# was held": the middle verb parsed as an adverbial clause, so the passive had nobody to hold.

SERIES_AND_HOME_TOWNS = [
    ("She left in May from the village of Hajin, travelled north with smugglers and was held at the border on Friday.",
     [W("ARREST", 1, day="2021-03-05")]),
    ("He quit his job in Lyon in 2014, travelled to Gaziantep by coach and was detained by Turkish police in Kilis on Monday.",
     [W("ARREST", 1, day="2021-03-08", country="TUR")]),
    ("Ali deserted in 2016 from his unit, travelled on forged papers and was stopped at a checkpoint near Gaziantep on Sunday.",
     [W("ARREST", 1, day="2021-03-07", country="TUR")]),
    ("A Toulouse family of six flew to Istanbul in January. Border police had questioned the eldest son at Blagnac "
     "before the flight, but he was not arrested.", [W("ARREST", 1, "FRA", modality="denied")]),
    ("A Khan family of four was stopped at the airport on Monday.", [W("ARREST", 4, day="2021-03-08")]),
    ("Police believe a Blackburn couple crossed from Turkey into Syria last month.", [W("TRAVEL", 2, "GBR", modality="rumored")]),
    ("Police said a Bolton man was arrested on Monday after returning from Turkey.", [W("ARREST", 1, "GBR", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), SERIES_AND_HOME_TOWNS, ids=[f"series_home{i}" for i in range(len(SERIES_AND_HOME_TOWNS))])
def test_series_of_acts_and_home_towns(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 119 (session 15): from the error classes of reports-dev2 (a contrasting place, one person
# told apart from another, people told by name again, a count spelled out by names, a follow-up that
# names other people, the day of leaving), run before any change (2 of 8 passed). A semicolon joins two
# statements with their own subjects: the parser hangs the first on the second, but the second's place
# is not the first's act's. A woman's act and a man's are two. A first name told again means the person
# a story named with a nationality. "two French brothers, Karim and Yacine H.": the names are the two.
# "Two more women …, among them …" tells other people, and "the Turkish police" is who holds them. "quit
# Marseille in June and was caught": June is the day of leaving, not of the arrest at the journey's end.

TOLD_APART = [
    ("The man surrendered to Iraqi police on Monday; his brother remained in Syria.",
     [W("ARREST", 1, day="2021-03-08", country="IRQ")]),
    ("Police detained two men in Mosul on Sunday; a third suspect escaped to Turkey.",
     [W("ARREST", 2, day="2021-03-07", country="IRQ")]),
    ("The woman handed herself over to Turkish soldiers near Kilis. The man was arrested at the border as he tried to cross.",
     [W("ARREST", 1, country="TUR"), W("ARREST", 1, country="TUR")]),
    ("Turkey deported two Belgian sisters on Friday. Samira Amrani, 24, and Hind Amrani, 30, were put on a flight to "
     "Brussels. Samira was caught in Kilis on 3 March.",
     [W("DEPORT", 2, "BEL", day="2021-03-05", country="TUR"), W("ARREST", 1, "BEL", day="2021-03-03", country="TUR")]),
    ("Police in Lyon arrested two French brothers, Karim Haddad and Yacine Haddad, on Monday. Yacine was charged on "
     "Tuesday with terrorist conspiracy.",
     [W("ARREST", 2, "FRA", day="2021-03-08"), W("CHARGE", 1, "FRA", day="2021-03-09")]),
    ("Police in Hatay arrested a woman on Monday. Two more women are thought to be in the custody of the Turkish police, "
     "among them a teenager.", [W("ARREST", 1, day="2021-03-08", country="TUR"), W("ARREST", 2, modality="rumored", country="TUR")]),
    ("Her cousin quit Marseille in June and was caught by Turkish gendarmes near Kilis, the paper said on Monday.",
     [W("ARREST", 1, country="TUR")]),
    ("He flew to Istanbul on Monday and was detained at the airport.", [W("ARREST", 1, day="2021-03-08", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), TOLD_APART, ids=[f"told_apart{i}" for i in range(len(TOLD_APART))])
def test_people_and_places_told_apart(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_the_day_of_leaving_is_not_the_arrests(pipeline: Pipeline) -> None:
    x = run(pipeline, "Her cousin quit Marseille in June and was caught by Turkish gendarmes near Kilis, the paper said on Monday.")
    # not June: told by a paper, a recent act takes the report's week (GOLD-FORMAT; undated before session 21)
    assert [(e.type, e.date, e.date_precision) for e in x.events] == [("ARREST", date(2021, 3, 8), "week")]


# -- batch 120 (session 15): from an error class of reports-dev2 (repatriations told as a state's
# undertaking), run before any change (1 of 4 passed). "Uzbekistan's operation began on 2 March, when 90
# citizens were taken out of Iraq": the act told as the moment of a state's undertaking is that state's,
# and people a state takes out of a war abroad are its own; "a second round brought back …" is the same
# undertaking's, whose agent acts; a state that flies people home brings back its own. Foreigners
# detained by a state stay without a nationality.

UNDERTAKINGS = [
    ("Uzbekistan's operation began on 2 March, when 90 citizens were taken out of Iraq.",
     [W("DEPORT", 90, "UZB", day="2021-03-02", country="UZB")]),
    ("Tajikistan's second airlift came on 3 March, when 40 children were taken out of Syria.",
     [W("DEPORT", 40, "TJK", day="2021-03-03", country="TJK")]),
    ("Kyrgyzstan flew 30 women home from Iraq on 2 March. A second round brought back 45 children on 9 March.",
     [W("DEPORT", 30, "KGZ", day="2021-03-02", country="KGZ"), W("DEPORT", 45, "KGZ", day="2021-03-09", country="KGZ")]),
    ("Turkey's crackdown began on 2 March, when 12 foreigners were detained in Istanbul.",
     [W("ARREST", 12, day="2021-03-02", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), UNDERTAKINGS, ids=[f"undertaking{i}" for i in range(len(UNDERTAKINGS))])
def test_a_states_undertaking(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 121 (session 15): from an error class of reports-dev2 (a day told in another statement), run
# before any change (1 of 3 passed). A semicolon ends a statement: a day told before it, of another
# subject, does not date an act told after it with its own subject (as its places do not, batch 119).

SEMICOLON_DAYS = [
    ("In March the ministry revoked his passport; he was arrested at the airport in Vienna.",
     [W("ARREST", 1, country="AUT")]),
    ("Police raided the flat on Friday; the two brothers were charged in Graz.", [W("CHARGE", 2, country="AUT")]),
    ("The woman was detained in Kilis on Monday; her husband is still in Idlib.",
     [W("ARREST", 1, day="2021-03-08", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), SEMICOLON_DAYS, ids=[f"semicolon{i}" for i in range(len(SEMICOLON_DAYS))])
def test_a_day_beyond_a_semicolon(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    x = run(pipeline, text)
    check(pipeline, text, wants)
    if wants[0].day is None:
        assert x.events[0].date is None, x.events[0].to_gold()


# -- batch 122 (session 15): from an error class of reports-dev2 (one happening told twice), run before
# any change (1 of 2 passed). A group's claim that its men "had blown themselves up", paragraphs after the
# attack, tells the same attack again: an attack retold in reported speech as done before, with no day of
# its own, joins the one told within the usual reach of a continuation, not only the nearest sentences.
# With a day of its own, it is another attack.

RETOLD_IN_A_CLAIM = [
    ("Two bombs exploded at a market in Maiduguri on Sunday, killing 12 people. Police sealed off the area. Hospitals "
     "appealed for blood donors. Soldiers searched nearby houses. The governor visited the wounded. Boko Haram said in "
     "a statement that two of its fighters had blown themselves up among the crowd.",
     [W("ATTACK", day="2021-03-07", country="NGA", killed=12)]),
    ("Two bombs exploded at a market in Maiduguri on Sunday, killing 12 people. Police sealed off the area. Hospitals "
     "appealed for blood donors. Soldiers searched nearby houses. The governor visited the wounded. Boko Haram said its "
     "fighters had attacked an army base in Bama on Friday.",
     [W("ATTACK", day="2021-03-07", country="NGA", killed=12), W("ATTACK", day="2021-03-05", country="NGA")]),
]


@pytest.mark.parametrize(("text", "wants"), RETOLD_IN_A_CLAIM, ids=[f"retold{i}" for i in range(len(RETOLD_IN_A_CLAIM))])
def test_an_attack_retold_in_a_claim(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 123 (session 15): from an error class of reports-dev2 (nationality told in a breakdown), run
# before any change (1 of 3 passed). A counted group broken down after a colon, which the parser hangs
# on the verb as a second object ("brought 12 women and children to Kazan: Russian mothers and an Azerbaijani
# woman …"), adds no one (GOLD-FORMAT: people already counted) and gives the group its nationalities;
# members of no stated nationality ("three children") add none; a breakdown by sex and age gives none.

COLON_BREAKDOWNS = [
    ("A flight from Erbil brought 12 women and children to Kazan on Monday: Russian mothers and an Azerbaijani woman "
     "with her sons.", [W("DEPORT", 12, "RUS AZE", day="2021-03-08", country="RUS")]),
    ("Turkey deported six people on Monday: two Belgian women, a Dutch man and three children.",
     [W("DEPORT", 6, "BEL NLD", day="2021-03-08", country="TUR")]),
    ("Police detained 14 people in Izmir on Monday: eight men, four women and two children.",
     [W("ARREST", 14, day="2021-03-08", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), COLON_BREAKDOWNS, ids=[f"colon{i}" for i in range(len(COLON_BREAKDOWNS))])
def test_a_breakdown_after_a_colon(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 124 (session 15): a thirty-second report of our own (a Tajik preacher deported from Germany),
# run before any change: 1 of its 4 events right (the deportation). "the preacher", told back after a
# Kosovar was named, took the Kosovar's nationality (a definite role noun told before with the same noun
# is that person); "a week after officers detained him" was dated on the deportation's day (a week, as a
# day, shifts the day told); "The others, a 23-year-old Syrian and a Kosovar" added a third target (people
# told back with no count, then named one by one, are the named ones); "detained … on arrival in Dushanbe"
# took the day of the sentence before (an arrest on arrival is on the day of the removal told before).

PREACHER_REPORT = (
    "HAMBURG, March 9 (Elbe Wire) - German police on Tuesday deported a Tajik preacher accused of recruiting young "
    "men for Islamic State, a week after officers detained him in dawn raids across Hamburg, the interior ministry "
    "said.\n\nThe preacher, 44, was put on a scheduled flight to Dushanbe from Frankfurt airport. Of the four followers "
    "arrested with him, two Germans of Afghan origin were released on Friday. The others, a 23-year-old Syrian and a "
    "Kosovar, remain in custody and were charged on Monday with supporting a terrorist organisation.\n\nTajik "
    "authorities detained the preacher on arrival in Dushanbe, the Tajik interior ministry said on Wednesday."
)


def test_a_report_of_a_preacher_deported(pipeline: Pipeline) -> None:
    check(pipeline, PREACHER_REPORT, [
        W("DEPORT", 1, "TJK", day="2021-03-09", country="DEU"),
        W("ARREST", 1, "TJK", day="2021-03-02", country="DEU"),
        W("CHARGE", 2, "SYR XKX", day="2021-03-08", country="DEU"),
        W("ARREST", 1, "TJK", day="2021-03-09", country="TJK"),
    ])


@pytest.mark.xfail(strict=True, reason="the parser hangs 'four' on the verb: 'him and four of his followers' counts 1")
def test_him_and_four_of_his_followers(pipeline: Pipeline) -> None:
    check(pipeline, "Police detained him and four of his followers in dawn raids across Hamburg on Monday.",
          [W("ARREST", 5, day="2021-03-08", country="DEU")])



# -- batch 125 (session 15): a thirty-third report of our own (Spain expels an imam and bars two
# preachers), run before any change: 3 of its 4 events right and one false. "Both have been added to
# the Schengen database of people refused entry" was a ban of no one (a list noun of people kept out
# makes "added" the ban, and the participle describing the list is no act of its own; a bare "people"
# with a reduced relative is a kind); "He had been detained" took the Belgian preachers' nationality
# (a singular pronoun means the last one person named before it, here "the imam", a role told before
# with its nationality; imams, clerics and sheikhs are people words).

IMAM_REPORT = "MADRID, Oct 14 (Iberia Wire) - Spain expelled a Moroccan imam from Ceuta on Wednesday and barred two Belgian preachers from entering the country, the interior ministry said, in a week in which police also stopped three young men from Melilla trying to reach Syria.\n\nThe imam, who had led prayers at a mosque in Ceuta's Principe district for six years, was escorted across the border to Morocco at the Tarajal crossing. He had been detained by the Guardia Civil on Monday.\n\nThe two preachers, both Belgian nationals of Moroccan descent, were due to speak at a conference in Barcelona on Saturday. Both have been added to the Schengen database of people refused entry.\n\nThe three men from Melilla, aged 19, 20 and 22, were stopped at Malaga airport on Sunday as they were about to board a flight to Istanbul. Police believe a recruiter in Brussels had paid for their tickets.\n\nSo far this year Spain has expelled 11 people on grounds of national security, the ministry said."


def test_a_report_of_an_imam_expelled(pipeline: Pipeline) -> None:
    check(pipeline, IMAM_REPORT, [
        W("DEPORT", 1, "MAR", day="2020-10-14", country="ESP"),
        W("ENTRY_BAN", 2, "BEL", day="2020-10-14", country="ESP"),
        W("ARREST", 1, "MAR", day="2020-10-12", country="ESP"),
        W("ARREST", 3, "ESP", day="2020-10-11", country="ESP"),
    ], aggregates=1)



# -- batch 126 (session 15): a thirty-fourth report of our own (a suicide bombing in Peshawar), run
# before any change: of its 2 events the arrest right, the attack with the first toll (14, not 16), and
# a false attack dated last month. "the attack to avenge the killing of a commander last month": a day
# in what an act avenged or answered is that earlier act's, so the claim joins the attack; "two of them
# later died, raising the toll to 16" (CASE 2021 and event_location have "raising/bringing the death
# toll to"): a toll raised by a later telling is the figure that stands.

BOMBING_REPORT = 'PESHAWAR, Pakistan, Feb 17 (Frontier Wire) - A suicide bomber on a motorcycle blew himself up at a police checkpoint on the outskirts of Peshawar on Tuesday morning, killing 14 people, most of them policemen, and wounding 23, officials said.\n\nThe blast tore through the checkpoint as officers were searching vehicles at the start of the morning rush. Rescue workers said the wounded were taken to Lady Reading Hospital, where two of them later died, raising the toll to 16.\n\nThe Pakistani Taliban said in a message to reporters that one of its fighters had carried out the attack to avenge the killing of a commander last month.\n\nPolice said on Wednesday they had arrested three men in Peshawar suspected of helping the bomber, including a shopkeeper who had sold him the motorcycle. Security forces have detained more than 200 suspected militants in the province since January.'


def test_a_report_of_a_bombing_and_its_claim(pipeline: Pipeline) -> None:
    x = run(pipeline, BOMBING_REPORT)
    check(pipeline, BOMBING_REPORT, [W("ATTACK", day="2021-02-16", country="PAK", killed=16, wounded=23),
                                     W("ARREST", 3, country="PAK")], aggregates=1)
    assert all(e.date is None or e.date.month == 2 for e in x.events), [e.to_gold() for e in x.events]



# -- batch 127 (session 15): a thirty-fifth report of our own (three teenagers feared gone to Syria),
# run before any change: 2 of its 3 events right; the trip had no day and the home country for place.
# "are believed to have travelled to Syria … The three flew from Sarajevo to Istanbul on 2 May": a dated
# leg, to a country on the way, of the people of a trip just told with no day (a rejected trip of its
# own: Istanbul is no war zone) dates the trip by its start and places it where the leg went, as
# reports-dev codes a family's flight on to Istanbul.

TEENAGERS_REPORT = 'SARAJEVO, June 3 (Balkan Desk) - Three teenagers from the northern Bosnian town of Zenica are believed to have travelled to Syria to join Islamic State, police said on Wednesday, a month after they told their families they were going on a school trip to Istanbul.\n\nThe three, aged 16, 17 and 17, flew from Sarajevo to Istanbul on 2 May. A smuggler in the Turkish border town of Kilis is thought to have taken them across the frontier a week later, according to a relative who received a text message from one of the boys.\n\nBosnian police arrested a 41-year-old man in Zenica on Tuesday on suspicion of recruiting them. He is the brother of a local imam who was jailed in 2016 for inciting terrorism.'


def test_a_report_of_a_trip_told_by_its_legs(pipeline: Pipeline) -> None:
    check(pipeline, TEENAGERS_REPORT, [
        W("TRAVEL", 3, "BIH", modality="rumored", day="2020-05-02", country="TUR"),
        W("ARREST", 1, day="2020-06-02", country="BIH"),
        W("CHARGE", 1, "BIH", country="BIH"),
    ])



# -- batch 128 (session 15): a thirty-sixth report of our own (a Dutch returnee jailed), run before any
# change: 1 of its 3 events right. "was flown back to the Netherlands from a camp in northeast Syria"
# was placed in Syria (a state flying its people home from a war is its act, where they land: the
# passive form too, with the destination hung on "back"); "All six women were arrested on landing at
# Eindhoven air base" had no day ("on landing", like "on arrival", is the day of the flight told before).

RETURNEE_REPORT = 'ROTTERDAM, Nov 6 (Polder Post) - A Rotterdam court on Thursday sentenced a 29-year-old woman who spent four years with Islamic State in Syria to six years in prison for membership of a terrorist organisation.\n\nThe woman, from The Hague, was flown back to the Netherlands from a camp in northeast Syria in June with five other women and eleven children. All six women were arrested on landing at Eindhoven air base.\n\nJudges said she had posted propaganda online and had married two fighters. Her lawyer said she would appeal.\n\nThe trial of her second husband, a Moroccan-born man held in a Kurdish prison since 2019, cannot go ahead because the Netherlands has no way to bring him to court, prosecutors said.'


def test_a_report_of_a_returnee_jailed(pipeline: Pipeline) -> None:
    check(pipeline, RETURNEE_REPORT, [
        W("CHARGE", 1, "NLD", day="2020-11-05", country="NLD"),
        W("DEPORT", 17, "NLD", day="2020-06-01", country="NLD"),
        W("ARREST", 6, "NLD", day="2020-06-01", country="NLD"),
    ])



# -- batch 129 (session 15): a thirty-seventh report of our own (seven Kazakhs jailed for trying to reach
# Syria), run before any change: 1 of its 2 events right, and four sentences of the same class written
# with it, 0 of 4. "The men, all residents of the Almaty region" added a second target and lost the count
# (an "all …" or "both …" description of a group told just before adds no one and gives the group its
# nationality or residence, wherever the parser hangs it: in apposition, on the verb, as a second subject).

KAZAKH_REPORT = "ALMATY, April 22 (Steppe Desk) - A court in Almaty on Wednesday sentenced seven men to between three and eight years in prison for attempting to travel to Syria to fight for Islamic State, the prosecutor's office said.\n\nThe men, all residents of the Almaty region, were detained in February at the Khorgos border crossing with China, where they had planned to board a bus to Urumqi and fly on to Istanbul. Two of them had served in the army.\n\nA further three suspects in the case are still being sought, prosecutors said. Since 2013 Kazakh courts have convicted more than 400 people of terrorism offences."


def test_a_report_of_seven_jailed(pipeline: Pipeline) -> None:
    check(pipeline, KAZAKH_REPORT, [
        W("CHARGE", 7, "KAZ", day="2020-04-22", country="KAZ"),
        W("ARREST", 7, "KAZ", day="2020-02-01", country="KAZ"),
    ], aggregates=1)


ALL_OF_THEM = [
    ("Police detained the pair, both Belgian nationals, in Hatay on Monday.", [W("ARREST", 2, "BEL", day="2021-03-08")]),
    ("Police detained three men, all Tajik citizens, in Izmir on Monday.", [W("ARREST", 3, "TJK", day="2021-03-08")]),
    ("Police arrested two women, both residents of Antwerp, in Kilis on Monday.", [W("ARREST", 2, "BEL", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), ALL_OF_THEM, ids=[f"all_of_them{i}" for i in range(len(ALL_OF_THEM))])
def test_a_group_described_as_all(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_all_residents_told_back(pipeline: Pipeline) -> None:
    x = run(pipeline, "A court jailed five men on Monday. The men, all residents of Osh, had been detained in March.")
    arrest = next(e for e in x.events if e.type == "ARREST")
    assert (arrest.total, set(arrest.nationalities)) == (5, {"KGZ"}), arrest.to_gold()



# -- batch 130 (session 15): a thirty-eighth report of our own (an ambush in Burkina Faso and the army's
# answer), run before any change: 1 of its 2 events right and one false. "air and ground forces killed
# about 30 attackers" was joined to the ambush as the same happening (ground forces and air forces are
# the military, data/actors.tsv, so the two sides keep the acts apart); "Attacks by groups … have killed
# more than 2,000 people in Burkina Faso since 2015" was an event (an act noun that is its verb's subject
# has that verb's clause for its period words, and a tally is never more of an act told before).

AMBUSH_REPORT = 'OUAGADOUGOU, Aug 19 (Sahel Wire) - Suspected jihadists killed 11 soldiers in an ambush on a military convoy near the town of Djibo in northern Burkina Faso on Monday, the army said in a statement.\n\nThe convoy was escorting supply trucks from Ouahigouya when it came under fire. Four soldiers were wounded and two trucks were set on fire.\n\nIn a counter-offensive launched the same evening, air and ground forces killed about 30 attackers and seized weapons and motorcycles, the statement said.\n\nNo group has claimed the ambush. Attacks by groups linked to al-Qaeda and Islamic State have killed more than 2,000 people in Burkina Faso since 2015.'


def test_a_report_of_an_ambush_and_the_answer(pipeline: Pipeline) -> None:
    check(pipeline, AMBUSH_REPORT, [
        W("ATTACK", day="2020-08-17", country="BFA", killed=11, wounded=4),  # Monday before the dateline's 19 August
        W("ATTACK", day="2020-08-17", country="BFA"),
    ], aggregates=1)


# -- batch 131 (session 15): a thirty-ninth report of our own (four Chechens stopped at Vienna airport),
# run and left as found: 0 of its 2 events. "Austrian police stopped four Chechen men at Vienna airport"
# is no act (the active "stopped" is no arrest trigger: real text stops cars, talks and fires as often),
# and "expelled an imam from the Turkish religious association" reads, to the sense filter, as an
# expulsion from a body; both stay known misses.


def test_police_stopped_men_at_an_airport(pipeline: Pipeline) -> None:  # passes since batch 208
    check(pipeline, "Austrian police stopped four Chechen men at Vienna airport on Sunday as they were about to fly to "
          "Istanbul.", [W("ARREST", 4, "RUS", day="2021-03-07", country="AUT")])


# -- batch 132 (session 16): a fortieth report of our own (arrests after a foiled plot in Greater
# Manchester), written in the ARREST classes real news (WikiEvents train, event_location) misses, run
# before any change: 1 of its 3 events right and its tally right. "made two further arrests" was no act
# (an arrest counted is so many people held, so "two arrests were made" is an act of two); "dozens were
# detained" on a night had no people (a round number with nothing after it counts people, and dated it
# is one operation, GOLD-FORMAT); and, in the sentences written with it, nouns of trades and ages
# ("a pharmacist", "a juvenile", "an engineer") were no people (data/person_nouns_general_en.txt) and a
# lone surname NER typed as a body was not the one arrested (only people are arrested or jailed).

PLOT_ARRESTS_REPORT = "MANCHESTER, June 3 (Northern Desk) - Counter-terrorism officers arrested a pharmacist and a 19-year-old engineering student in Bolton on Tuesday over a foiled plot to bomb a concert hall, Greater Manchester Police said.\n\nDetectives made two further arrests in Salford on Wednesday. Whitlock, the older of the two, was detained at his flat, and a juvenile was held at a relative's home.\n\nOn Monday night dozens were detained in raids in the Cheetham Hill area, but most were released without charge.\n\nPolice have arrested more than 200 people under terrorism laws in the region since 2017."


def test_a_report_of_arrests_after_a_plot(pipeline: Pipeline) -> None:
    check(pipeline, PLOT_ARRESTS_REPORT, [
        W("ARREST", 2, day="2020-06-02", country="GBR"),
        W("ARREST", 2, day="2020-06-03", country="GBR"),
        W("ARREST", None, day="2020-06-01", country="GBR"),
    ], aggregates=1)


HELD_PEOPLE = [
    ("Police arrested a pharmacist in Leeds on Monday.", [W("ARREST", 1, day="2021-03-08")]),
    ("A juvenile was detained in Derby on Monday over the threats.", [W("ARREST", 1, day="2021-03-08")]),
    ("Though a young engineer was arrested on Monday, experts doubt he built the device.", [W("ARREST", 1, day="2021-03-08")]),
    ("Officers detained a nurse and two pupils in Kano on Monday.", [W("ARREST", 3, day="2021-03-08")]),
    ("Brennan was arrested on 14 May 1979 and held at a police barracks.", [W("ARREST", 1, day="1979-05-14")]),
    ("Dufresne was detained in Lille on Monday.", [W("ARREST", 1, day="2021-03-08")]),
    ("Karim Haddad was arrested on Monday and held at a police station.", [W("ARREST", 1, day="2021-03-08")]),
    ("Police made three arrests in Luton on Monday.", [W("ARREST", 3, day="2021-03-08")]),
    ("Two more arrests were made in Bristol on Monday.", [W("ARREST", 2, day="2021-03-08")]),
    ("Hundreds were detained across the capital on Monday night.", [W("ARREST", None, day="2021-03-08")]),
    ("Police arrested dozens in the market on Monday.", [W("ARREST", None, day="2021-03-08")]),
    ("Dozens have been detained in the province.", []),  # a vague total, undated: a tally
]


@pytest.mark.parametrize(("text", "wants"), HELD_PEOPLE, ids=[f"held_people{i}" for i in range(len(HELD_PEOPLE))])
def test_people_held_by_trade_name_or_count(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_no_arrests_made_is_denied(pipeline: Pipeline) -> None:
    x = run(pipeline, "No arrests have been made since the blast in Bradford on Monday.")
    assert all(e.modality == "denied" for e in x.events if e.type == "ARREST"), [e.to_gold() for e in x.events]


@pytest.mark.xfail(strict=True, reason="a surname the tagger reads as a plural common noun, with no entity: nothing marks a name")
def test_surname_read_as_a_plural_noun(pipeline: Pipeline) -> None:
    check(pipeline, "Hargreaves was arrested on 14 May 1979.", [W("ARREST", 1, day="1979-05-14")])


# -- batch 133 (session 16): what cameras caught is no arrest. Real news (WikiEvents train,
# event_location) has people "captured on video", "caught on CCTV", "captured by surveillance cameras",
# and "stopped in his tracks" by a blast; sentences of our own in those forms, run before any change:
# 2 of 6 right (the "caught on camera" phrase was known; "captured on …" and "… by cameras" were arrests).

RECORDED = [
    ("The suspect was captured on closed-circuit television leaving a bag near the station on Monday.", []),
    ("A woman was caught on CCTV placing a rucksack under a bench in Hull on Monday.", []),
    ("His face was captured by surveillance cameras near the depot on Monday.", []),
    ("A courier was stopped in his tracks by the blast on Monday.", []),
    ("Police captured the suspect in a flat in Hull on Monday.", [W("ARREST", 1, day="2021-03-08")]),
    ("The gunman was captured by soldiers near the depot on Monday.", [W("ARREST", 1, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), RECORDED, ids=[f"recorded{i}" for i in range(len(RECORDED))])
def test_what_cameras_caught_is_no_arrest(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 134 (session 16): arrests told by a second verb's object or by the noun made. Real news
# (WikiEvents train, event_location) has "police arrested and charged him", "a number of arrests were
# made after the attack", "troops made arrests in a raid"; sentences of our own in those forms, run
# before any change: 2 of 7 right. The first of two coordinated verbs had no people (an active verb with
# no object right before "and" shares the second verb's), and arrests made were acts only when counted
# (any arrest made in the past is one; "an arrest" is one person, a vague number none).

ARRESTS_TOLD_OTHERWISE = [
    ("Police arrested and charged two men in Derby on Monday.",
     [W("ARREST", 2, day="2021-03-08"), W("CHARGE", 2, day="2021-03-08")]),
    ("Officers detained and questioned a cleric in Kano on Monday.", [W("ARREST", 1, day="2021-03-08")]),
    ("A number of arrests were made in Derby on Monday after the stabbing.", [W("ARREST", None, day="2021-03-08")]),
    ("Soldiers made arrests during a raid on the village on Monday.", [W("ARREST", None, day="2021-03-08")]),
    ("An arrest was made in Leeds on Monday.", [W("ARREST", 1, day="2021-03-08")]),
    ("Police have yet to make an arrest.", []),
    ("Police have made 200 arrests in the county since January.", []),  # a tally
]


@pytest.mark.parametrize(("text", "wants"), ARRESTS_TOLD_OTHERWISE, ids=[f"arrests_told{i}" for i in range(len(ARRESTS_TOLD_OTHERWISE))])
def test_arrests_told_by_a_shared_object_or_a_noun_made(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 135 (session 16): "held" that holds nobody in custody. Real news (CASE 2021, event_location,
# WikiEvents train) has those responsible "held accountable", a militant "held responsible" for bombings,
# people "held hostage" by gunmen; sentences of our own in those forms, run before any change: 4 of 6
# right. Being held to account is a metaphor (what "held" is: accountable, responsible, liable), and
# hostages or captives held are no arrest (english._held_captive).

HELD_OTHERWISE = [
    ("The minister said on Sunday that whoever ordered the shelling must be held accountable.", []),
    ("No one was ever held responsible for the blast in Omagh.", []),
    ("Gunmen held 12 hostages in a bank in Kano on Monday.", []),
    ("The driver was held hostage for an hour on Monday.", []),
    ("Two men were held at a police station in Leeds on Monday.", [W("ARREST", 2, day="2021-03-08", country="GBR")]),
    ("Police held three suspects in Leeds on Monday.", [W("ARREST", 3, day="2021-03-08", country="GBR")]),
]


@pytest.mark.parametrize(("text", "wants"), HELD_OTHERWISE, ids=[f"held_otherwise{i}" for i in range(len(HELD_OTHERWISE))])
def test_held_to_account_or_hostage_is_no_arrest(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 136 (session 16): names in text typed in lower case. WikiEvents train, lower-cased as the
# evaluators' real lower-cased news is, lost arrests whose people are names the truecaser did not know
# ("officers arrested <surname> on <date>"): the tagger takes such a name for a common noun. Sentences
# of our own, run before any change: 2 of 5 right. A singular common noun needs a determiner, so in a
# text typed in lower case a bare one that an arrest verb holds is a name (in cased text it stays a
# thing: "the measures arrested inflation").

LOWER_CASE_NAMES = [
    # (a strict xfail until batch 151: the tagger read the name as an adverb; now capitalised, it is one)
    ("officers arrested okonjo in kano on july 27, 2011.", [W("ARREST", 1, day="2011-07-27")]),
    ("police said brannigan was detained in derby on monday.", [W("ARREST", 1, day="2021-03-08")]),
    ("prosecutors said tomasz wierzbicki was arrested in may 2019.", [W("ARREST", 1)]),
    ("The measures arrested inflation on Monday.", []),
    ("Police detained a suspect in Kano on Monday.", [W("ARREST", 1, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_NAMES, ids=[f"lower_case_names{i}" for i in range(len(LOWER_CASE_NAMES))])
def test_names_held_in_lower_case_text(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 137 (session 16): coder notes of our own, in the one-to-three-sentence form conflict coders
# write (the day first, the place with its district and province in brackets), 20 notes across ten
# countries, run before any change: 19 of 20 right. "arrested 3 suspected members … in Beni town
# (Nord-Kivu)" counted the bracketed province as a fourth person (the parser hangs it on the people as
# an apposition; a bracketed name that is a sizeable place is no one: EnglishExtractor._bracketed_place).

BRACKETED_NOTES = [
    ("On 28 February 2021, police arrested 3 suspected members of the Allied Democratic Forces in Beni town (Nord-Kivu).",
     [W("ARREST", 3, day="2021-02-28", country="COD")]),
    ("On 17 January 2021, security forces detained a suspected ISIS member in Ramadi (Al Anbar).",
     [W("ARREST", 1, day="2021-01-17", country="IRQ")]),
    ("On 2 March 2021, suspected ISWAP militants ambushed a military convoy near Damboa (Borno), killing 7 soldiers "
     "and injuring 4 others.", [W("ATTACK", day="2021-03-02", country="NGA", killed=7, wounded=4)]),
    ("On 6 March 2021, police detained 2 men near Gao (Gao) on suspicion of smuggling arms.",
     [W("ARREST", 2, day="2021-03-06", country="MLI")]),
]


@pytest.mark.parametrize(("text", "wants"), BRACKETED_NOTES, ids=[f"bracketed_notes{i}" for i in range(len(BRACKETED_NOTES))])
def test_coder_notes_with_bracketed_places(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 138 (session 16): general news of our own (sport, politics, markets, health, fire, jobs,
# games, traffic, crime), 20 sentences of which 3 tell an act of ours, run before any change: 18 of 20
# right. "The company fired 200 workers at its plant" was an attack (a count of staff let go is a
# dismissal, whatever "at" follows), and "a boy was hit by a car" one (traffic accidents join the
# accident sense; a phrase that runs on into a word of force, "hit by a car bomb", is none).

GENERAL_NEWS_LATER = [
    ("The company fired 200 workers at its plant in Ohio last week.", []),
    ("A 12-year-old boy was hit by a car in Leeds on Monday.", []),
    ("A pedestrian was struck by a bus in Hull on Monday.", []),
    ("A soldier was hit by a car bomb in Kabul on Monday.", [W("ATTACK", day="2021-03-08", country="AFG")]),
    ("Gunmen fired on workers at a plant in Kaduna on Monday.", [W("ATTACK", day="2021-03-08", country="NGA")]),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_LATER, ids=[f"general_news{i}" for i in range(len(GENERAL_NEWS_LATER))])
def test_general_news_tells_no_act(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 139 (session 16): a running death toll dated only by the year it runs to. Real news
# (WikiEvents dev, a history of a bombing campaign) tells "By the end of <year>, <N> had been killed, <M>
# of them civilians" — a running total, a statistic by GOLD-FORMAT — and we filed it as an attack:
# an attack's own date saved it from the running-total cue even when that date was only the year the
# count runs to. Sentences of our own, run before any change: 3 of 5 right. An attack keeps a day, week
# or month of its own against the statistic cues, never a year alone; and the later mentions of "the
# attacks" that joined such a tally go to the act told before it (assemble._retellings_to_the_act).

RUNNING_TOLLS = [
    ("By the end of 1985, 312 had been killed, 140 of them civilians.", [], 1),
    ("By the end of last year, more than 900 people had been killed in the province.", [], 1),
    ("In March militants attacked three villages near Gao, killing 40 people.", [W("ATTACK", country="MLI")], 0),
    ("On Monday a bomb killed 12 soldiers in Kabul, bringing the number killed this year to 300.",
     [W("ATTACK", day="2021-03-08", country="AFG")], None),
    ("Since 2014, about 90 Kosovars have been killed in Syria.", [], 1),
]


@pytest.mark.parametrize(("text", "wants", "tallies"), RUNNING_TOLLS, ids=[f"running_tolls{i}" for i in range(len(RUNNING_TOLLS))])
def test_running_tolls_are_statistics(pipeline: Pipeline, text: str, wants: list[Want], tallies: int | None) -> None:
    check(pipeline, text, wants, aggregates=tallies)


# -- batch 140 (session 16): arrests at protests, typed in lower case as the evaluators' real lower-cased
# news is: 12 sentences of our own (custody, round-ups, pick-ups, remands, warrants), run before any
# change: 9 of 12 as we read them. "riot police arrested hundreds of demonstrators" had no people: the
# nouns of protest and public order (demonstrator, rioter, looter, marcher …) join
# data/person_nouns_general_en.txt. A warrant issued and a remand in custody stay no arrest.

PROTEST_ARRESTS = [
    ("riot police arrested hundreds of demonstrators as the rally turned violent on sunday.",
     [W("ARREST", None, day="2021-03-07")]),
    ("police detained 47 protesters in the city centre on sunday, the interior ministry said.",
     [W("ARREST", 47, day="2021-03-07")]),
    ("gendarmes took 15 villagers into custody after the clashes on thursday.", [W("ARREST", 15, day="2021-03-04")]),
    ("officers detained six looters in the market on monday.", [W("ARREST", 6, day="2021-03-08")]),
    ("authorities have issued arrest warrants for 12 organisers of the strike.", []),
]


@pytest.mark.parametrize(("text", "wants"), PROTEST_ARRESTS, ids=[f"protest_arrests{i}" for i in range(len(PROTEST_ARRESTS))])
def test_arrests_at_protests_in_lower_case(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 141 (session 16): a forty-first report of our own (Norway bars four preachers, named one by
# one in the next sentence), run before any change: 1 of its 2 events right. "The four are A, a
# Jordanian; B, a Swede; and the Egyptian brothers C and D" gave no nationalities: a chain of members
# joined by semicolons came in only in part, and a plural member with names in apposition counts those
# names ("the Egyptian brothers C and D" are two Egyptians). With the list after a colon on the act's
# own sentence, and with "They are A, a Jordanian, B, …" (a nationality noun describing a name is no
# member), the same.

PREACHERS_REPORT = "OSLO, Sept 9 (Fjord Desk) - Norway has barred four foreign Islamist preachers from entering the country for two years, the Directorate of Immigration said on Monday.\n\nThe four are Abu Bakr al-Husseini, a Jordanian; Karim Osmani, a Swede of Bosnian origin; and the Egyptian brothers Tarek and Samir Fathy. All four had been invited to speak at a conference in Bergen later this month.\n\nThe directorate said the ban was the first under a rule introduced in June that lets it refuse entry to people who spread hatred. Last year it expelled a Somali imam who had lived in Oslo for a decade."


def test_a_report_of_preachers_named_one_by_one(pipeline: Pipeline) -> None:
    check(pipeline, PREACHERS_REPORT, [
        W("ENTRY_BAN", 4, "JOR SWE EGY", country="NOR"),
        W("DEPORT", 1, "SOM", country="NOR"),
    ])


NAMED_AFTER = [
    ("Norway has barred four preachers from entering the country: Abu Bakr al-Husseini, a Jordanian; Karim Osmani, "
     "a Swede; and the Egyptian brothers Tarek and Samir Fathy.", [W("ENTRY_BAN", 4, "JOR SWE EGY")]),
    ("Norway has barred four preachers from entering the country. They are Abu Bakr al-Husseini, a Jordanian, Karim "
     "Osmani, a Swede, and the Egyptian brothers Tarek and Samir Fathy.", [W("ENTRY_BAN", 4, "JOR SWE EGY")]),
]


@pytest.mark.parametrize(("text", "wants"), NAMED_AFTER, ids=[f"named_after{i}" for i in range(len(NAMED_AFTER))])
def test_people_named_after_with_a_plural_member(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 142 (session 16): a forty-second report of our own (Afghans facing removal from Germany, a
# Syrian held overnight at the centre), run and left as found: 2 of its 3 events right. "Thirty-two
# Afghan men … face removal to Kabul" is no planned deportation: "removal" is no trigger (in the real
# text we have it is removal from office or power, never a deportation), and reading it as one where
# a country follows changed another removal's place in reports-dev2: a strict xfail.

AFGHANS_REPORT = "HAMBURG, Feb 18 (Elbe Wire) - Thirty-two Afghan men held in a deportation centre near Hamburg face removal to Kabul after a court rejected their appeals on Tuesday, their lawyers said.\n\nThe men are expected to be put on a charter flight from Leipzig next week. Eleven of them have lived in Germany for more than five years.\n\nPolice had detained a 19-year-old Syrian at the centre on Monday evening after a scuffle with guards, but released him the next morning without charge.\n\nGermany deported 1,100 Afghans last year, according to the interior ministry."


def test_a_report_of_afghans_facing_removal(pipeline: Pipeline) -> None:
    check(pipeline, AFGHANS_REPORT, [
        W("ARREST", 1, "SYR", day="2021-02-15", country="DEU"),
        W("CHARGE", 1, "SYR", modality="denied", day="2021-02-16"),
    ], aggregates=1)


@pytest.mark.xfail(strict=True, reason="'removal' is no deportation trigger: real text has it for office")
def test_men_facing_removal(pipeline: Pipeline) -> None:
    check(pipeline, "Thirty-two Afghan men face removal to Kabul after a court rejected their appeals on Tuesday.",
          [W("DEPORT", 32, "AFG", modality="planned")])


# -- batch 143 (session 16): more general news of our own (markets, hacking, football, film, fires,
# politics, weather, crime, diplomacy, apps), 20 sentences of which 4 tell an act of ours (a detention
# of a footballer, a celebrity's arrest, a diplomat expelled, a mayor shot, a referee attacked…), run
# before any change: 19 of 20 right. "Storm Ciara battered the coast, killing two people" was an attack:
# a weather system's name hides its kind from the sense check (the names of storms, hurricanes,
# typhoons, cyclones and tornadoes now count by the word that opens them: sense.NAMED_KINDS).

NAMED_WEATHER = [
    ("Storm Ciara battered the coast on Sunday, killing two people.", []),
    ("Hurricane Ian killed 40 people in Florida on Thursday.", []),
    ("Cyclone Idai killed hundreds in Mozambique in March.", []),
    ("Gunmen killed two people on the coast road near Sirte on Sunday.", [W("ATTACK", day="2021-03-07", country="LBY")]),
]


@pytest.mark.parametrize(("text", "wants"), NAMED_WEATHER, ids=[f"named_weather{i}" for i in range(len(NAMED_WEATHER))])
def test_named_weather_kills_in_no_attack(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 144 (session 16): convictions real news tells (WikiEvents train): a year before an attack
# noun read as a count ("the 2013 … bombings" became a tally of 2,013 attacks), a surname NER types as
# a body sentenced, and a list whose second part the parser hangs on an origin noun ("18 men of North
# African origin and three Spanish accomplices were convicted"). Sentences of our own, run before any
# change: 2 of 5 right. A four-digit number from 1900 to 2099 before an act noun is a year; only
# people are sentenced (EnglishExtractor._name_held); counted people conjoined to an origin noun are
# the list's own members (en_syntax._listed_after_an_origin).

CONVICTIONS = [
    ("Karim Dahmani was convicted on Wednesday of all charges over the 2016 Brussels bombings.",
     [W("CHARGE", 1, day="2021-03-10")], 0),
    ("In May 2019, 14 men of mainly Chechen descent and two Austrian accomplices were convicted in Graz.",
     [W("CHARGE", 16, "AUT", country="AUT")], None),
    ("Dufresne, who had built the device, was sentenced to life in prison on Monday.",
     [W("CHARGE", 1, day="2021-03-08")], None),
    ("Police have carried out 2,016 deportations since January.", [], 1),
    ("A court in Lyon sentenced two men to ten years on Monday.", [W("CHARGE", 2, day="2021-03-08", country="FRA")], None),
]


@pytest.mark.parametrize(("text", "wants", "tallies"), CONVICTIONS, ids=[f"convictions{i}" for i in range(len(CONVICTIONS))])
def test_convictions_real_news_tells(pipeline: Pipeline, text: str, wants: list[Want], tallies: int | None) -> None:
    check(pipeline, text, wants, aggregates=tallies)


# -- batch 145 (session 16): a forty-third report of our own (a Bosnian family's trip to Syria, a
# neighbour believed gone, a running count), run before any change: all 3 right (its 2 trips and its
# tally). Kept as a test of what holds.

BOSNIAN_FAMILY_REPORT = "SARAJEVO, Nov 12 (Balkan Desk) - A Bosnian couple and their three children travelled to Syria last month to join Islamic State, police in Zenica said on Thursday.\n\nThe family flew from Sarajevo to Istanbul on October 3 and were smuggled across the border near Kilis two days later, the police said. A fourth child, aged 16, refused to go and stayed with his grandparents.\n\nA second man from the same village is believed to have left for Syria in September. Police said at least 300 Bosnians had gone to fight in Syria and Iraq since 2012."


def test_a_report_of_a_family_gone_to_syria(pipeline: Pipeline) -> None:
    check(pipeline, BOSNIAN_FAMILY_REPORT, [
        W("TRAVEL", 5, "BIH", country="BIH"),
        W("TRAVEL", 1, "BIH", modality="rumored"),
    ], aggregates=1)


# -- batch 146 (session 16): a forty-fourth report of our own (Uzbekistan blocks channels of a Central
# Asian group fighting in Syria, the group answers), run before any change: its takedown right but with
# no place, its claim given to the regulator's agency and dated a week after the dateline. A state's
# regulator acts in that state (data/actors.tsv: regulators are government); "the group said" is the
# armed group named last before (claims_en._group_named_before), and the Central Asian groups are
# named in data/groups.tsv (IMU, IJU, Katibat Imam al-Bukhari, KTJ, Jamaat Ansarullah, TIP); claims
# count relative days from the dateline, as events do (normalize.dates.report_day).

CHANNELS_REPORT = "TASHKENT, March 2 (Oxus Monitor) - Uzbekistan's telecoms regulator blocked 37 Telegram channels and 12 websites that spread extremist propaganda in February, the agency said on Monday.\n\nAmong them was a channel run by Katibat Imam al-Bukhari, an Uzbek militant group fighting in Syria's Idlib province, which had 14,000 subscribers. The group said in a post on Tuesday that it would open new channels \"within hours\" and urged followers not to fear the authorities.\n\nSince 2019 the regulator has restricted access to more than 1,500 online resources."


def test_a_report_of_channels_blocked_and_a_group_answering(pipeline: Pipeline) -> None:
    check(pipeline, CHANNELS_REPORT, [W("TAKEDOWN", 49, country="UZB")])
    claims = run(pipeline, CHANNELS_REPORT).claims
    assert [(c.speaker.text, c.speaker.kind, c.date) for c in claims] == [
        ("Katibat Imam al-Bukhari", "group", date(2021, 3, 2))], [c.to_gold() for c in claims]


# -- batch 147 (session 16): an act told in a gerund under "after". Real news has it in both forms:
# "the apartments they raided after arresting <name>" (WikiEvents train), "after being arrested …"
# (MUC-4 train, event_location); sentences of our own, run before any change: 2 of 5 right (the trip
# and the plan). A gerund under "after", "upon" or "following" with people of its own tells an act done
# before the main one; a passive gerund's people are the main clause's subject
# (en_syntax.act_it_followed); a trip so told stays background, as before. Batch 86 had "After arresting
# two men in Lyon, police said …" as no act; it is one (GOLD-FORMAT: an act the text reports).

ACTS_BEFORE = [
    ("Police found bomb-making manuals in the flat they raided after arresting Karim Salem on Monday.",
     [W("ARREST", 1, day="2021-03-08")]),
    ("After being arrested in Leeds on Monday, the man was charged with murder on Tuesday.",
     [W("ARREST", 1, day="2021-03-08", country="GBR"), W("CHARGE", 1, day="2021-03-09", country="GBR")]),
    ("Shortly after detaining two suspects on Monday, officers searched their homes.", [W("ARREST", 2, day="2021-03-08")]),
    ("They crossed into Syria after leaving Istanbul on Monday.", [W("TRAVEL", day="2021-03-08")]),
    ("Police plan to question him after arresting the others.", []),
]


@pytest.mark.parametrize(("text", "wants"), ACTS_BEFORE, ids=[f"acts_before{i}" for i in range(len(ACTS_BEFORE))])
def test_an_act_told_in_a_gerund_after(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 148 (session 16): diplomats expelled, told by a participle or an act noun. With "diplomat"
# now a person noun (batch 132), "Russian diplomats expelled by the US" and "Albania's expulsion of two
# Iranian diplomats" (forms of real news: CASE 2021) became removals: the sense check saw no object of
# a participle that modifies its noun, nor the of-phrase of an act noun. Sentences of our own, run
# before the fix: 2 of 4 right. A participle's noun and an act noun's of-phrase are what the act is
# done to (sense._en_near), so the diplomacy sense reads them.

DIPLOMATS = [
    ("Two Iranian diplomats expelled by Albania left Tirana on Monday.", []),
    ("Iran condemned Albania's expulsion of two Iranian diplomats on Monday.", []),
    ("Albania expelled two Iranian diplomats on Monday.", []),
    ("Two Iranian men expelled by Turkey landed in Tehran on Monday.", [W("DEPORT", 2, "IRN")]),
]


@pytest.mark.parametrize(("text", "wants"), DIPLOMATS, ids=[f"diplomats{i}" for i in range(len(DIPLOMATS))])
def test_diplomats_expelled_are_no_removal(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 149 (session 17): people held, removed or charged for what they said or wrote. Real news
# tells it so (CASE 2021, WikiEvents train: "jailed for …", "detained over …"; NEREL's Russian "за
# репост"); the metaphor sense read "for his comments", "over remarks", "in an interview" as what
# critics "attack", for every type. Sentences of our own, run before any change: 5 of 8 right (the
# three wrong where the parser hung the reason on the person or called it a dative). The reasons belong to words of criticism alone (a
# sense of their own in data/sense.json, ATTACK only); a phrase the parser hangs on the person held is
# not what the act is done to, and a "dative" preposition is a phrase (sense._en_near).

SPEECH = [
    ("Police arrested a blogger for his comments about the president.", [W("ARREST", 1)]),
    ("The journalist was detained on Monday for his views on the war.", [W("ARREST", 1, day="2021-03-08")]),
    ("Authorities detained an activist over remarks she made in an interview.", [W("ARREST", 1)]),
    ("Germany deported a preacher over his sermons on Monday.", [W("DEPORT", 1, day="2021-03-08")]),
    ("A student was charged over a post praising the Islamic State group.", [W("CHARGE", 1)]),
    ("Three men were arrested in Almaty for posts calling for jihad on Telegram.", [W("ARREST", 3, country="KAZ")]),
    ("The opposition attacked the government for its handling of the crisis.", []),
    ("The minister attacked the newspaper for its coverage of the war.", []),
]


@pytest.mark.parametrize(("text", "wants"), SPEECH, ids=[f"speech{i}" for i in range(len(SPEECH))])
def test_people_held_for_what_they_said(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 150 (session 17): an act told inside a reaction to it. Real news: "protest against the arrest
# of 12 activists" and "condemned the killing of <name>" (MUC-4 train), "protesting against the
# detention of <name>" (event_location); sentences of our own, run before any change: 1 of 5 right
# (the retelling). A definite act noun was read as a retelling, and "denounced", "criticised" spoke
# of criticism anywhere in the sentence. An act noun that a reaction is to, with people it brings in
# (counted or named), is the act (en_syntax._reacted_to); words of criticism rule out attacks alone.

REACTIONS = [
    ("Rights groups denounced the arrest of 20 activists in Minsk on Tuesday.", [W("ARREST", 20, day="2021-03-09", country="BLR")]),
    ("The UN criticised the deportation of 300 Afghans from Iran last week.", [W("DEPORT", 300, "AFG", country="IRN")]),
    ("Hundreds protested in Istanbul against the detention of two journalists on Monday.", [W("ARREST", 2, day="2021-03-08")]),
    ("Lawyers decried the expulsion of 40 Syrians from Lebanon on Sunday.", [W("DEPORT", 40, "SYR", day="2021-03-07")]),
    ("Police arrested seven Russians on Monday. Their lawyers condemned the arrest of the seven Russians.", [W("ARREST", 7, "RUS", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), REACTIONS, ids=[f"reactions{i}" for i in range(len(REACTIONS))])
def test_an_act_told_in_a_reaction_to_it(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 151 (session 17): names in text typed in lower case that no data file knows. In WikiEvents
# train, whose text kept its case, 87 % of the open-class words that no dictionary holds are written
# with a capital (names: "tsarnaev", "maduro", "quetta"); the rest are jargon, compounds ("gunbattle")
# and page code. Sentences of our own, run before any change: 3 of 7 right. The truecaser now
# capitalises a word that the lemmatizer's tables (WordNet's words, their inflections) do not hold,
# alone or as two words run together (nlp/english._unknown_word); and a town named like a storm
# ("Hurricane", Utah) is one before a common noun (sense.NAMED_KINDS).

LOWER_NAMES = [
    ("police arrested rahami on monday after a shootout in linden.", [W("ARREST", 1, day="2021-03-08")]),
    ("officers detained abdeslam in brussels on friday.", [W("ARREST", 1, day="2021-03-05", country="BEL")]),
    ("a court jailed mokhtarov for five years on monday for plotting an attack.", [W("CHARGE", 1, day="2021-03-08")]),
    ("officers from the hurricane police department arrested a juvenile on tuesday.", [W("ARREST", 1, day="2021-03-09")]),
    ("Officers from the Hurricane Police Department arrested a juvenile on Tuesday.", [W("ARREST", 1, day="2021-03-09")]),
    pytest.param("the army said it had captured dzhumaev near the border on sunday.", [W("ARREST", 1, day="2021-03-07")],
                 marks=pytest.mark.xfail(strict=True, reason="a lone name captured: towns are captured too, so only "
                                         "arresting verbs take a lone name for a person (cased text the same)")),
    ("hurricane ian killed 40 people in florida.", []),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_NAMES, ids=[f"lower_names{i}" for i in range(len(LOWER_NAMES))])
def test_names_no_data_file_knows_in_lower_case(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 152 (session 17): general news, the evaluators' third kind of real text (the issue names
# sport, disease, accidents and games read as acts). Sentences of our own across sport, wildlife,
# traffic and public life, run before any change: 4 of 10 right. A side "held to a draw" is sport; a car
# that "collided" speaks of an accident; an animal that kills, mauls or is shot is no security act
# (a sense of its own: real news has "a crocodile thought to have attacked and killed a fisherman" and
# "wolf attacks" in event_location); people of public life (an actor, a singer, a rapper) are people
# (data/person_nouns_general_en.txt).

GENERAL_NEWS_LATER_2 = [
    ("Manchester United were held to a goalless draw by Burnley on Saturday.", []),
    ("Leeds were held to a 1-1 draw at home by Brighton on Sunday.", []),
    ("A man was killed and two others injured when their car collided with a lorry on the M6 on Friday.", []),
    ("Two soldiers were killed when a roadside bomb hit their vehicle, which then collided with a truck.", [W("ATTACK", killed=2)]),
    ("A shark attacked a surfer off the coast of New South Wales on Sunday.", []),
    ("Two hikers were killed by a bear in Montana's Glacier National Park.", []),
    ("Rangers shot a crocodile that had attacked and killed a fisherman the day before.", []),
    ("Tamil Tiger rebels set off a landmine under a crowded bus on Tuesday, killing seven passengers.", [W("ATTACK", killed=7, day="2021-03-09")]),
    ("The actor was arrested for drunk driving in Los Angeles on Saturday, police said.", [W("ARREST", 1, day="2021-03-06", country="USA")]),
    ("A rapper was jailed for two years on Monday for inciting violence in his songs.", [W("CHARGE", 1, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_LATER_2, ids=[f"general_news{i}" for i in range(len(GENERAL_NEWS_LATER_2))])
def test_general_news_is_read_for_what_it_is(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 153 (session 17): labour strikes and penalties "hit" with. Real news has labour strikes
# beside the attacks it reports (event_location: "a two-week-old strike by public service workers
# demanding wage hikes", "a one-day strike against … reform plans", "a strike called by separatist
# groups", "on hunger strikes"; CASE 2021's DIPLO snippets "strike back"); sentences of our own, run
# before any change: 5 of 10 right (the four attacks, and one strike). A sense may now name the
# trigger lemmas it speaks of (sense.json "triggers"); a labour sense speaks of "strike" alone
# (strikers, their demands, hunger and general strikes, "called by"); "hit with a fine" is economy.

STRIKES = [
    ("Hundreds rallied in Ajaccio on Thursday in support of a week-long strike by public service workers demanding higher wages.", []),
    ("Opposition parties called a 12-hour nationwide strike on July 5 to protest a fuel price rise.", []),
    ("Shops stayed shut in Srinagar during a strike called by separatist groups on Monday.", []),
    ("Nurses and teachers marched across France on Thursday during a one-day strike against pension reforms.", []),
    ("Teachers walked out in a one-day strike over pay on Wednesday.", []),
    ("The tech giant was hit with a 500 million euro fine by EU regulators on Wednesday.", []),
    ("At least 25 fighters were killed in the strike on Friday, the coalition said.", [W("ATTACK", day="2021-03-05")]),
    ("A drone strike killed three militants in North Waziristan on Sunday.", [W("ATTACK", killed=3, day="2021-03-07", country="PAK")]),
    ("Dozens were killed in a two-day offensive on the town last week.", [W("ATTACK")]),
    ("The convoy was hit with rockets near Kandahar on Monday, killing two soldiers.", [W("ATTACK", killed=2, day="2021-03-08", country="AFG")]),
]


@pytest.mark.parametrize(("text", "wants"), STRIKES, ids=[f"strikes{i}" for i in range(len(STRIKES))])
def test_labour_strikes_and_fines_are_no_attacks(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 154 (session 17): people "booked" for an offence. South Asian news says so of a case
# registered against someone (event_location: "police had booked him for attempt to murder", "booked a
# case against <name> under Section 307", "booked rioting, assault and attempt to murder cases against
# the accused"); sentences of our own, run before any change: 3 of 6 right (the three bookings of
# tickets, rooms and bands). "Booked" under a law or for an offence is a charge (en_frames.booked_for_an_offence).

BOOKED = [
    ("Two suspects were booked under the anti-terror law, police said.", [W("CHARGE", 2)]),
    ("On January 30, police had booked him for attempt to murder after a brawl at a hotel in Panchkula.", [W("CHARGE", 1, day="2021-01-30")]),
    ("Police booked three men under Section 307 of the IPC on Monday.", [W("CHARGE", 3, day="2021-03-08")]),
    ("She booked a flight for Monday and a table for two.", []),
    ("The band was booked for the festival in June.", []),
    ("He booked a room under a false name.", []),
]


@pytest.mark.parametrize(("text", "wants"), BOOKED, ids=[f"booked{i}" for i in range(len(BOOKED))])
def test_people_booked_for_an_offence_are_charged(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 155 (session 17): a country named only as where people came from. When
# no place of the act is told, the last resort took the country the sentence names, though it named
# it as an origin ("on her return from London", "after arriving on a flight from Istanbul"; the issue's
# class "a contrasting place, the destination … used as the event's place"). Sentences of our own, run
# before any change: 1 of 4 right. Such a country is left out of the last resort
# (EnglishExtractor._origins_only); a destination is not (batch 119: "flew to Istanbul … and was
# detained at the airport").

ORIGINS = [
    ("A Belgian was arrested on arrival from Turkey, prosecutors said.", "BEL"),
    ("The man was arrested at the airport after arriving on a flight from Istanbul on Monday.", None),
    ("An Iranian woman was detained at the airport on her return from London.", "IRN"),
    ("Police in Antwerp said a Belgian was arrested on arrival from Turkey.", "BEL"),
]


@pytest.mark.parametrize(("text", "country"), ORIGINS, ids=[f"origins{i}" for i in range(len(ORIGINS))])
def test_an_origin_is_not_the_place(pipeline: Pipeline, text: str, country: str | None) -> None:
    events = run(pipeline, text).events
    assert [e.type for e in events] == ["ARREST"], [e.to_gold() for e in events]
    assert (events[0].location.country if events[0].location else None) == country, events[0].to_gold()


# -- batch 156 (session 17): coder notes of our own, second set (fifteen written across clashes,
# riots, shelling, territory, agreements, abductions and arrests; 11 read right), and the classes of
# the four wrong, with sentences of our own: "exchanged fire" was no act (real news has it in WikiEvents
# train, CASE 2021, event_location and MUC-4: "exchanged gunfire outside a cafe", "exchanging fire with
# the Kurdish security patrol", "two clans of bandits were exchanging fire"); tyres burned at a protest
# were an attack (WikiEvents train: "burn tires to block the main road during a protest"); a place
# name a hyphen joins ("Port-au-Prince", "Jisr al-Shughur") was cut to its last word. Run before any
# change: 2 of 7 right. A verb "exchange" with fire or shots is an attack (en_frames.EXCHANGED_FIRE);
# tyres, effigies and flags burned are gestures (data/sense.json); a name runs back over hyphens with
# no space (en_event_place._name_start), and a bracketed coder place may hold "al-", "ez-" words.

NOTES_TWO = [
    ("On 14 March 2021, Ukrainian forces and separatist fighters exchanged fire near Avdiivka (Donetsk). 1 Ukrainian "
     "soldier was killed.", [W("ATTACK", killed=1, day="2021-03-14", country="UKR")]),
    ("Saudi security forces surrounded a house in Qatif and exchanged fire with three gunmen on Monday.",
     [W("ATTACK", day="2021-03-08", country="SAU")]),
    ("The two leaders exchanged gifts in Beijing on Monday.", []),
    ("Protesters burned tyres and an effigy of the president in Lagos on Monday.", []),
]


@pytest.mark.parametrize(("text", "wants"), NOTES_TWO, ids=[f"notes_two{i}" for i in range(len(NOTES_TWO))])
def test_coder_notes_second_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


HYPHENED_PLACES = [
    ("On 15 March 2021, a woman was killed by a stray bullet during clashes between two gangs in Cite Soleil "
     "(Port-au-Prince, Ouest).", "Port-au-Prince"),
    ("Gunmen killed two people in Port-au-Prince on Monday.", "Port-au-Prince"),
    ("On 11 March 2021, Russian aircraft struck positions of HTS near Jisr al-Shughur (Idleb), killing 3 fighters.",
     "Jisr al-Shughur (Idleb)"),
]


@pytest.mark.parametrize(("text", "where"), HYPHENED_PLACES, ids=[f"hyphened{i}" for i in range(len(HYPHENED_PLACES))])
def test_a_place_name_a_hyphen_joins_is_whole(pipeline: Pipeline, text: str, where: str) -> None:
    events = run(pipeline, text).events
    assert [e.type for e in events] == ["ATTACK"], [e.to_gold() for e in events]
    # the whole name, alone or inside the brackets that place it ("Cite Soleil (Port-au-Prince, Ouest)")
    assert events[0].location is not None and where in (events[0].location.text or ""), events[0].to_gold()


# -- batch 157 (session 17): general news, second set: twenty sentences of our own where a trigger word
# has its everyday sense (a cardiac arrest, a fee charged, a player banned, a bill blocked or killed, a
# side that "stormed to victory", a site taken down for maintenance) or tells a platform's takedown.
# First run: 18 of 20 right. Kept here: five of the right ones, the two wrong, and three more of their
# kind (7 of 10 right when first run): a takedown of "a network of 300 fake accounts" had no object (a collection's of-phrase is what
# is taken down: en_targets.COLLECTION_NOUNS with en_syntax._collective_of), and a site "taken down for maintenance" was a takedown (an
# upkeep sense, data/sense.json).

GENERAL_NEWS_TWO = [
    ("The 58-year-old went into cardiac arrest during the marathon and was pronounced dead at the scene.", []),
    ("The company charged customers a 5 per cent fee for card payments.", []),
    ("The striker was banned for three matches after the red card.", []),
    ("Senate Republicans blocked the voting rights bill on Tuesday.", []),
    ("Liverpool stormed to a 4-0 victory over Leeds on Saturday.", []),
    ("Meta took down a network of 300 fake accounts run from Iran on Monday.", [W("TAKEDOWN", 300, day="2021-03-08")]),
    ("Telegram blocked a series of channels run by the group on Tuesday.", [W("TAKEDOWN", day="2021-03-09")]),
    ("The website was taken down for maintenance on Sunday night.", []),
    ("The bank's app was taken offline for an upgrade.", []),
    ("Telegram blocked 40 channels for spreading terrorist propaganda on Monday.", [W("TAKEDOWN", 40, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_TWO, ids=[f"general_two{i}" for i in range(len(GENERAL_NEWS_TWO))])
def test_general_news_second_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 158 (session 17): the dead of a killing told by its own verb, and one person killed. The
# issue's real lower-cased news scores "killings as ATTACK with killed"; killed was read only beside
# "kill", "die" and "dead", so "murdered two teachers", "massacred 30 villagers" and "beheaded a village
# chief" had no toll, "beheaded" was no act at all (event_location: "after beheading an elderly priest",
# "a fighter beheading the child"), and "killed the mayor" counted no one. Sentences of our own, run
# before any change: 2 of 7 right (the indefinite count, and "everyone"). Killing verbs give their toll
# (english.KILLING_WORDS; "behead", "decapitate", "beheading" in data/ontology.json, Russian
# "обезглавить"); one person killed, named or definite, counts one (en_syntax._count_near), "everyone"
# counts no one.

KILLINGS = [
    ("Militants murdered two teachers in Borno on Monday.", 2),
    ("Rebels massacred 30 villagers in Ituri on Monday.", 30),
    ("militants beheaded a village chief in cabo delgado province, local sources said.", 1),
    ("Gunmen killed the mayor of the town on Monday.", 1),
    ("Gunmen assassinated Hector Oqueli in Guatemala City on Monday.", 1),
    ("Gunmen killed a shopkeeper in Kano on Monday.", 1),
    ("Troops stormed the building and everyone inside was killed, the army said on Monday.", None),
]


@pytest.mark.parametrize(("text", "killed"), KILLINGS, ids=[f"killings{i}" for i in range(len(KILLINGS))])
def test_the_dead_of_a_killing_verb(pipeline: Pipeline, text: str, killed: int | None) -> None:
    events = run(pipeline, text).events
    assert [(e.type, e.killed) for e in events] == [("ATTACK", killed)], [e.to_gold() for e in events]


# -- batch 159 (session 17): the wounded of a passive whose "were" is left out ("12 were killed and 30
# wounded": the parser makes 30 the subject of "wounded" and the wounded were not counted). A form of
# every casualty report (CASE 2021: "killed and four others wounded", "killed and another wounded";
# event_location: "were killed and 40 others wounded"); sentences of our own, run before any change: 1
# of 5 right (the active one). A participle with no auxiliary and no object counts
# its subject, and "another" is one more (en_syntax._count_near).

ELIDED_PASSIVES = [
    ("Twelve people were killed and 30 wounded when a car bomb exploded near a market in Mogadishu on Saturday.", (12, 30)),
    ("Three soldiers were killed and two wounded in the ambush.", (3, 2)),
    ("Gunmen had killed three and wounded five before police arrived.", (3, 5)),
    ("Two soldiers were killed and four others wounded in the attack on Monday.", (2, 4)),
    ("A policeman was killed and another wounded when gunmen opened fire on Monday.", (1, 1)),
]


@pytest.mark.parametrize(("text", "toll"), ELIDED_PASSIVES, ids=[f"elided{i}" for i in range(len(ELIDED_PASSIVES))])
def test_the_wounded_of_an_elided_passive(pipeline: Pipeline, text: str, toll: tuple[int, int]) -> None:
    events = run(pipeline, text).events
    assert [(e.type, e.killed, e.wounded) for e in events] == [("ATTACK", *toll)], [e.to_gold() for e in events]


# -- batch 160 (session 17): people stopped at a traffic or routine check are not held. WikiEvents train
# has "were stopped by the police for a traffic violation" and "stops <name> on interstate 35 … for
# driving with no tag" beside its arrests; sentences of our own, run before any change: 2 of 4 right
# (the arrest for a traffic violation and the stop that ends in custody). A traffic sense speaks of the
# trigger "stop" alone (data/sense.json "triggers"): a traffic violation, speeding, a routine check.

STOPS = [
    ("The woman and her nephew were stopped by the police for a traffic violation at the time of the blast.", []),
    ("The gunman was stopped by police at a routine check near Lyon on Monday.", []),
    ("Two men were stopped by police at Dover on Monday and held under the Terrorism Act.", [W("ARREST", 2, day="2021-03-08")]),
    ("Police arrested the man for a traffic violation on Monday.", [W("ARREST", 1, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), STOPS, ids=[f"stops{i}" for i in range(len(STOPS))])
def test_a_traffic_stop_is_no_arrest(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 161 (session 17): an act named again far down a long story. WikiEvents train annotates every
# "the bombing" of an article about one bombing, and a reader takes each for that act; a mention more
# than eight sentences from the act joined nothing. Two stories of our own, run before any change: 1 of
# 2 right (the one with two acts). Far away, a singular mention with "the", "this" or a possessor joins the story's one act of
# its type (en_story._told_again); with two acts of the type it joins neither.

PARAGRAPHS_BETWEEN = " ".join(f"Paragraph {n} of the report tells of the city's history and its people." for n in range(1, 11))


def test_the_one_act_named_again_far_away(pipeline: Pipeline) -> None:
    text = ("A car bomb exploded outside a police station in Kirkuk on Monday, killing four officers. " + PARAGRAPHS_BETWEEN
            + " Residents said the bombing had shaken the whole district.")
    events = run(pipeline, text).events
    assert [e.type for e in events] == ["ATTACK"], [e.to_gold() for e in events]
    assert any("the bombing had shaken" in e.text for e in events[0].more_evidence), events[0].more_evidence


def test_a_far_mention_with_two_acts_joins_neither(pipeline: Pipeline) -> None:
    text = ("A car bomb exploded outside a police station in Kirkuk on Monday, killing four officers. "
            "A second bomb exploded at a market in Tuz Khurmatu on Tuesday, killing two traders. " + PARAGRAPHS_BETWEEN
            + " Residents said the bombing had shaken the whole district.")
    events = run(pipeline, text).events
    assert [e.type for e in events] == ["ATTACK", "ATTACK"], [e.to_gold() for e in events]
    assert not any("the bombing had shaken" in m.text for e in events for m in e.more_evidence)


# -- batch 162 (session 17): a sentence the parser gives no finite verb, its act read as a participle
# ("a vehicle laden with explosives detonated at a checkpoint": detonated hangs on "explosives" as
# "explosives that were detonated"). WikiEvents train has such sentences among its missed attacks and
# arrests; sentences of our own, run before any change: 1 of 4 right (the back-reference). A
# participle in a sentence whose main clause has no finite verb is that sentence's verb
# (en_syntax._finite_verb_in), unless it hangs on "those" (people told before); one that hangs on the
# people "including" others is done to them all (en_syntax._patient).

VERBLESS = [
    ("On 2 May 2019, a truck laden with explosives detonated at an army checkpoint near Kismayo, killing 9 soldiers.",
     [W("ATTACK", killed=9, day="2019-05-02", country="SOM")]),
    ("On 4 March 2019, an explosives-laden drone detonated above a parade ground where the president was speaking.",
     [W("ATTACK", day="2019-03-04")]),
    ("Twelve people including two guards arrested on Monday for helping the attackers in Quetta.", [W("ARREST", 12, day="2021-03-08")]),
    ("Those arrested in the raid on Monday.", []),
]


@pytest.mark.parametrize(("text", "wants"), VERBLESS, ids=[f"verbless{i}" for i in range(len(VERBLESS))])
def test_a_participle_that_is_the_sentence_s_verb(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 163 (session 17): acts done "overnight". Real news dates them so (CASE 2021: "Overnight, Boko
# Haram militants have attacked …", "shells … overnight, a source said"; event_location: "launched a
# powerful overnight assault", "captured 18 Palestinians Wednesday overnight") and the word gave no day.
# Sentences of our own, run before any change: 1 of 4 right (the one with its own day). "Overnight" is
# the night just gone, dated the day of the report, as Russian "этой ночью" was (normalize/dates.py);
# "overnight on 3 March" keeps its day.

OVERNIGHT = [
    ("Israeli jets struck targets in Gaza overnight, the army said.", [W("ATTACK", day="2021-03-10", country="PSE")]),
    ("Insurgents stormed two villages east of the town overnight on 3 March, killing a guard.", [W("ATTACK", killed=1, day="2021-03-03")]),
    ("Overnight, Boko Haram militants attacked a camp near Maiduguri.", [W("ATTACK", day="2021-03-10", country="NGA")]),
    ("Israeli forces detained 12 Palestinians in overnight raids across the West Bank.", [W("ARREST", 12, "PSE", day="2021-03-10")]),
]


@pytest.mark.parametrize(("text", "wants"), OVERNIGHT, ids=[f"overnight{i}" for i in range(len(OVERNIGHT))])
def test_acts_done_overnight(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 164 (session 18): coder notes of our own, third set (20 written across Mexico, Colombia, the
# DR Congo, Somalia, Nigeria, Burkina Faso, Bangladesh, India, Myanmar, the Philippines, Ukraine, Yemen
# and Pakistan; clashes, raids, car bombs, air strikes, ambushes, shelling, drones, arrests, and a
# protest, a checkpoint, a defused IED and a lynching that are none of ours): 19 read right when first
# run. The one wrong: a village the gazetteer lacks, named with its department and province in brackets
# as coders write it ("X (Seno, Sahel)"), took the country of a namesake of the department in Laos. The
# brackets run from fine to coarse, so a coarser name that resolves decides the country of the finer
# ones (en_places._parenthesised), as the province already did for the village itself.

CODER_NOTES_3 = [
    ("On 11 June 2022, JNIM militants ambushed an army convoy near Seytenga (Seno, Sahel). 8 soldiers were killed.",
     [W("ATTACK", killed=8, day="2022-06-11", country="BFA")]),
    ("On 19 July 2022, ELN militants attacked a police station with explosives in Tame (Arauca). Two police officers were wounded.",
     [W("ATTACK", wounded=2, day="2022-07-19", country="COL")]),
    ("On 9 January 2023, Russian forces shelled Kherson city (Kherson), killing 2 civilians and wounding 5.",
     [W("ATTACK", killed=2, wounded=5, day="2023-01-09", country="UKR")]),
    ("On 12 October 2022, around 300 people protested in Karachi (Sindh) against rising fuel prices. The protest was peaceful.", []),
    ("On 20 February 2023, police defused an IED planted on a road in Kismayo (Lower Juba).", []),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_3, ids=[f"coder_notes_3_{i}" for i in range(len(CODER_NOTES_3))])
def test_coder_notes_third_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 165 (session 18): clashes named by nouns the lexicon lacked, and the dead a happening "left".
# Real news names clashes "a shootout" (WikiEvents train 101 times, event_location 16, MUC-4 4), "a
# firefight", "a gunfight", "a gun battle", and shelling "a bombardment" (event_location 102), and counts
# their dead as "left seven people dead", "leaving 31 injured" (event_location, WikiEvents train); 6
# sentences of our own, run before any change: 1 of 6 right (the penalty shootout). The nouns joined the
# ontology and en_syntax.ATTACK_NOUNS; "left N dead" counts the object of "leave"
# (en_syntax._count_near); "a bombardment of questions" is the metaphor sense (sense.json "of:" cues).

CLASH_NOUNS = [
    ("A shootout between police and gunmen in Leeds on Friday left one man dead.", [W("ATTACK", killed=1, day="2021-03-05", country="GBR")]),
    ("Two men were arrested after a stabbing outside a nightclub in Glasgow on Friday.",
     [W("ARREST", 2, day="2021-03-05", country="GBR"), W("ATTACK", day="2021-03-05", country="GBR")]),
    ("A gun battle between police and robbers in Lagos on Friday left one man dead.", [W("ATTACK", killed=1, day="2021-03-05", country="NGA")]),
    ("An explosion at a market in Kano on Friday left 12 people dead.", [W("ATTACK", killed=12, day="2021-03-05", country="NGA")]),
    ("England lost to Italy in a penalty shootout at Wembley on Sunday.", []),
    ("The minister faced a bombardment of questions from reporters on Friday.", []),
]


@pytest.mark.parametrize(("text", "wants"), CLASH_NOUNS, ids=[f"clash_nouns{i}" for i in range(len(CLASH_NOUNS))])
def test_clash_nouns_and_the_dead_an_act_left(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 166 (session 18): general news of our own, sixth set: 25 sentences where a trigger word has an
# everyday sense (shot to fame, bombed at the box office, demand exploded, arrest the slide, expelled
# from school or a party, removed from the squad, raided reserves, captured the imagination, a charged
# atmosphere, fans charged onto the pitch, banned from driving, barred from competing, killed off in a
# series, a senator who blasted a decision, a lightning strike, seized the opportunity, detained by an
# injury) or tells an ordinary crime: 24 read right when first run; the one wrong missed "a stabbing"
# (batch 165).

GENERAL_NEWS_6 = [
    ("The pupil was expelled from the school last week after a fight in the playground.", []),
    ("Hundreds of fans charged onto the pitch at the final whistle.", []),
    ("The team's captain was detained by a hamstring injury and missed the match.", []),
    ("Police arrested a 34-year-old man on suspicion of burglary in Leeds on Saturday.", [W("ARREST", 1, day="2021-03-06", country="GBR")]),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_6, ids=[f"general_news_6_{i}" for i in range(len(GENERAL_NEWS_6))])
def test_general_news_sixth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 167 (session 18): people named by a participle, "the accused". South Asian news calls the
# person held "the accused" (event_location 4 times, WikiEvents train 2, CASE 2021 1; "the arrested",
# "the detained" too), and the tagger reads the word as a verb, so the arrest had no person and was
# dropped. 20 arrest sentences of our own typed in lower case, in the words of such news (nabbed,
# apprehended, rounded up, picked up, taken into custody, traced and arrested): 16 right when first
# run; 4 kept as tests, 1 right first. A participle of PEOPLE_PARTICIPLES after "the" names people
# (en_syntax._is_person_np), one when its verb is singular (en_targets._singular_verb).

PARTICIPLE_PEOPLE = [
    ("the accused, identified as ramesh kumar, was apprehended near the railway station on monday night.", [W("ARREST", 1, day="2021-03-08")]),
    ("The accused was arrested in Pune on Monday.", [W("ARREST", 1, day="2021-03-08", country="IND")]),
    ("The accused were arrested in Pune on Monday.", [W("ARREST", None, day="2021-03-08", country="IND")]),
    ("The injured were taken to a hospital in Quetta.", []),
]


@pytest.mark.parametrize(("text", "wants"), PARTICIPLE_PEOPLE, ids=[f"participle_people{i}" for i in range(len(PARTICIPLE_PEOPLE))])
def test_people_named_by_a_participle(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 168 (session 18): headlines. A headline tells a past act in the present ("Police arrest five
# over …", "Suicide bomber kills 9 at …"), and a present without an auxiliary was read as a habit, so a
# headline alone gave no event; a headline over a text was skipped even where the text tells no act.
# Real news has both: CASE 2021 (a headline of suicide bombers who "kill dozens" at an airport, a
# photo caption of officers who "detain" an activist), WikiEvents train (titles of police who "arrest
# suspects" and of blasts that "rock" a city). 14 headlines of our own: 7 right
# when first run (the six with no act of ours, and a passive). In a first line shaped as a title, a
# present is the act's tense unless the title asks "why" or "how" (en_syntax._headline_present); a
# headline's acts stand where its text tells none (english.drafts).

HEADLINES = [
    ("Israeli troops detain 14 Palestinians in West Bank raids", [W("ARREST", 14, "PSE", country="PSE")]),
    ("Suicide bomber kills 9 at Kabul wedding hall", [W("ATTACK", killed=9, country="AFG")]),
    ("Telegram blocks dozens of channels linked to Islamic State", [W("TAKEDOWN")]),
    ("Troops repel Taliban attack on Kunduz", [W("ATTACK", country="AFG")]),
    ("Why young Europeans join militant groups", []),
    ("Liverpool sink Everton to move top of the table", []),
    ("Police arrest five over Kano bombing\n\nPolice in Kano said on Monday they had detained five men over the bombing of a market.",
     [W("ARREST", 5, day="2021-03-08", country="NGA")]),
    ("Gunmen kill 12 in attack on Nigerian village\n\nResidents of the village said they had asked for more soldiers for months.",
     [W("ATTACK", killed=12)]),
]


@pytest.mark.parametrize(("text", "wants"), HEADLINES, ids=[f"headline{i}" for i in range(len(HEADLINES))])
def test_headlines_tell_acts_in_the_present(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 169 (session 18): a forty-fifth report of our own (two women back from a Syrian camp held at
# Copenhagen airport, charged the next morning, a channel's answer): 0 of its 2 events right when first
# run. The women's nationality, told in the next paragraph ("The women, aged 29 and 33, are Danish
# citizens"), reached the arrest only as the story's one nationality, and a later "dual Danish and
# Moroccan citizenship" made that two (en_referents.told_later now reads a group told back by its noun,
# "two women … The women", as it read one person); "the next morning" counted from "in 2014", a
# background year told between (extract/time._background: a coarser, earlier date does not move a
# story's clock that has reached a day). Dual citizenship told of "one of them" is still not added.

REPORT_45 = (
    "Two women returned from Syrian camp held at Copenhagen airport\n\n"
    "COPENHAGEN, 14 March (Nordic Desk) - Danish police detained two women at Copenhagen airport on Saturday evening shortly "
    "after they landed on a flight from Erbil, the Danish Security and Intelligence Service (PET) said on Sunday.\n\n"
    "The women, aged 29 and 33, are Danish citizens who travelled to Syria in 2014 and lived in the al-Roj camp in the "
    "north-east of the country since the fall of Baghuz.\n\n"
    "They were brought before a judge in Copenhagen the next morning and charged with joining a terrorist organisation. "
    "Both deny the charges.\n\n"
    "Their four children, who arrived with them, were taken into the care of social services."
)


def test_report_45_women_held_on_return(pipeline: Pipeline) -> None:
    x = pipeline.extract(Document(doc_id="t", text=REPORT_45, language="en", published=date(2021, 3, 15)))
    got = {(e.type, e.date, e.total, frozenset(e.nationalities), e.location.country if e.location else None) for e in x.events}
    # the trip of 2014, told in a relative clause, is an event since session 30 (batch 372): reports-dev2
    # codes a dated trip told in a relative clause on a person as one, and "a Dutch citizen who travelled
    # to Syria in 2014" was one here already; the plural had been read as people in general
    assert got == {
        ("ARREST", date(2021, 3, 13), 2, frozenset({"DNK"}), "DNK"),
        ("TRAVEL", date(2014, 1, 1), 2, frozenset({"DNK"}), "DNK"),
        ("CHARGE", date(2021, 3, 14), 2, frozenset({"DNK"}), "DNK"),
    }, [e.to_gold() for e in x.events]


# -- batch 170 (session 18): headlines, second set (18 of our own across arrests, removals, bans,
# takedowns, attacks, and sport, markets and politics): 16 right when first run, after batch 168. A
# headline's passive drops its "was" ("Man arrested over …", "Teen held over …"; WikiEvents train
# titles of a soldier "arrested in" a plot and a student "jailed over" one), and the parser makes the person the subject of an active verb, with the offence its object:
# in a title line such a person is the one the act is done to, and "held" is then the passive "held"
# (en_syntax._headline_passive_subject); not where the verb has people of its own or, in the past
# tense, any object ("Minister held talks"). "Twitter blocks accounts of …", parsed with "blocks" a
# noun's modifier, is still missed.

CLIPPED_HEADLINES = [
    ("Man arrested over Croydon stabbing", [W("ARREST", 1, country="GBR")]),
    ("Teen held over stabbing in Croydon", [W("ARREST", 1, country="GBR")]),
    ("Minister held talks with rebels in Doha", []),
    ("Gunmen abduct 30 students in northwest Nigeria", [W("ATTACK", country="NGA")]),
    ("Nadal crushes Djokovic to reach final", []),
]


@pytest.mark.parametrize(("text", "wants"), CLIPPED_HEADLINES, ids=[f"clipped_headline{i}" for i in range(len(CLIPPED_HEADLINES))])
def test_headline_passives_without_was(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 171 (session 18): a forty-seventh report of our own (three Bosnian teenagers feared gone to
# Syria, their route told leg by leg, a recruiter arrested, a running count): 1 of its 2 events right
# when first run (the arrest; the count an aggregate). The trip was dated by "disappeared last week"
# and kept that week though the next sentences give its day ("left their homes on 14 October",
# "crossed into Serbia … on the evening of 14 October"): a dated leg of the same people now gives a
# trip its day where the day lies inside the coarser period it had (english._a_day_within), as it did
# for a trip with none (batch of issue 12's class "the date given in the next sentence").

REPORT_47 = (
    "Three Bosnian teenagers feared to have joined militants in Syria\n\n"
    "SARAJEVO, 22 October (Balkan Insight Desk) - Police in the northern Bosnian town of Zenica are searching for three "
    "teenage boys who disappeared last week and are believed to have travelled to Syria to join Islamic State, a police "
    "spokesman said on Wednesday.\n\n"
    "The boys, aged 16, 17 and 17, left their homes on 14 October saying they were going on a school trip to Belgrade. "
    "Their families reported them missing two days later.\n\n"
    "A 34-year-old man from Zenica suspected of recruiting the boys was arrested on Tuesday and is being questioned by "
    "prosecutors, the spokesman added.\n\n"
    "Bosnia's security minister said about 330 Bosnian citizens had gone to fight in Syria and Iraq since 2012."
)


def test_report_47_a_trip_dated_by_its_first_leg(pipeline: Pipeline) -> None:
    x = pipeline.extract(Document(doc_id="t", text=REPORT_47, language="en", published=date(2015, 10, 22)))
    got = {(e.type, e.date, e.total, frozenset(e.nationalities), e.modality) for e in x.events}
    assert got == {
        ("TRAVEL", date(2015, 10, 14), 3, frozenset({"BIH"}), "rumored"),
        ("ARREST", date(2015, 10, 20), 1, frozenset({"BIH"}), "asserted"),
    }, [e.to_gold() for e in x.events]
    assert [a.type for a in x.aggregates] == ["TRAVEL"]


# -- batch 172 (session 18): coder notes of our own, fourth set: 15 notes whose places share their
# names with towns in other countries (San Jose, Santa Cruz, San Pablo, Victoria, Tirah, Jalalabad),
# each with its province in brackets: 11 right when first run. A province the gazetteer knows only as
# a second-level unit lost to a bigger town of its name ("Santa Cruz (Laguna)" in Brazil); "Occidental
# Mindoro" is "Mindoro Occidental" in GeoNames; Khyber, a district of Khyber Pakhtunkhwa since 2018,
# was not known, so "Tirah (Khyber)" went to Israel. A name in brackets is read as a unit
# (en_places._parenthesised asks for a province: a district so named, "Province of Laguna" first, comes
# before a town, normalize/places._kind_rank), admin2 names take the order the news writes, and the
# five former tribal agencies not yet listed joined data/places_supplement.tsv with the two
# Waziristans. "San Pablo (Bolivar)" of an ELN note stays Venezuelan: Bolívar is a province of both.

CODER_NOTES_4 = [
    ("On 3 May 2022, NPA rebels ambushed an army patrol in San Jose (Occidental Mindoro), killing 2 soldiers.",
     [W("ATTACK", killed=2, day="2022-05-03", country="PHL")]),
    ("On 7 June 2022, gunmen shot dead a local journalist in Santa Cruz (Laguna).", [W("ATTACK", killed=1, day="2022-06-07", country="PHL")]),
    ("On 2 November 2022, security forces clashed with militants in Tirah (Khyber), killing 2 militants.",
     [W("ATTACK", killed=2, day="2022-11-02", country="PAK")]),
    ("On 21 August 2022, police arrested 5 suspected gang members in Victoria (Tamaulipas).", [W("ARREST", 5, day="2022-08-21", country="MEX")]),
    ("On 10 February 2023, the Syrian army shelled Kafr Nouran (Aleppo), wounding 3 civilians.",
     [W("ATTACK", wounded=3, day="2023-02-10", country="SYR")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_4, ids=[f"coder_notes_4_{i}" for i in range(len(CODER_NOTES_4))])
def test_coder_notes_fourth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 173 (session 18): coder notes of our own, fifth set: 15 notes across Cameroon, Ethiopia,
# Mozambique, the Central African Republic, Iraq, Palestine, Thailand, India, Ukraine, Kosovo,
# Honduras, Brazil, Colombia, Lebanon and Myanmar: 14 right when first run. "Bamenda (Mezam,
# North-West)" went to South Africa: the coarsest bracket, "North-West", is a province of both, and
# the country it named first decided. Where the finest and the coarsest names of a bracket disagree
# but are both known in one country, that country holds, the finest name's place there
# (en_places._agreed); event_location unchanged.

CODER_NOTES_5 = [
    ("On 4 March 2023, Ambazonian separatists attacked a gendarmerie post in Bamenda (Mezam, North-West), killing 2 gendarmes.",
     [W("ATTACK", killed=2, day="2023-03-04", country="CMR")]),
    ("On 9 April 2023, Israeli forces detained 6 Palestinians in raids in Jenin (Jenin, West Bank).",
     [W("ARREST", 6, "PSE", day="2023-04-09", country="PSE")]),
    ("On 16 April 2023, suspected insurgents detonated a bomb near a school in Rueso (Narathiwat), wounding 2 rangers.",
     [W("ATTACK", wounded=2, day="2023-04-16", country="THA")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_5, ids=[f"coder_notes_5_{i}" for i in range(len(CODER_NOTES_5))])
def test_coder_notes_fifth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 174 (session 18): coder notes of our own, sixth set, with their places written out as
# coders do when there are no brackets ("in Tessit, Gao region", "in the Hodan district of Mogadishu",
# "in Kaduna's Kajuru area", "on the road between Kabul and Jalalabad"): 12 of 15 right when first
# run. "Kasese district" had no place (the tagger read Kasese as an adjective, as it reads "-ese"
# nationalities: a capitalised adjective before a place noun that is no nationality and that the
# gazetteer knows is a name, en_event_place._name_taken_for_an_adjective); a road between two towns
# of one country had none (real news: event_location "the road between Kakata and Monrovia", "the
# highway between Homs and Palmyra", CASE 2021 "road between" two villages; en_places.
# _road_between_towns, the second end read near the first); Palma, a district seat of Cabo Delgado,
# is missing from GeoNames' populated places and went to Mallorca (data/places_supplement.tsv now has
# it and five more district seats of the province). event_location 6,502 → 6,505.

CODER_NOTES_6 = [
    ("On 12 February 2021, police arrested a suspected ADF collaborator in Kasese district.", [W("ARREST", 1, day="2021-02-12", country="UGA")]),
    ("On 15 February 2021, armed men attacked a bus on the road between Kabul and Jalalabad, killing 4 passengers.",
     [W("ATTACK", killed=4, day="2021-02-15", country="AFG")]),
    ("On 17 March 2021, Mozambican troops clashed with insurgents in Palma, killing 10 insurgents.",
     [W("ATTACK", killed=10, day="2021-03-17", country="MOZ")]),
    ("On 2 February 2021, unknown gunmen killed a village chief in Tessit, Gao region.", [W("ATTACK", killed=1, day="2021-02-02", country="MLI")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_6, ids=[f"coder_notes_6_{i}" for i in range(len(CODER_NOTES_6))])
def test_coder_notes_sixth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 175 (session 18): coder notes of our own, seventh set (a county town in Kenya, an LGA of
# Zamfara, a Colombian municipality, a Yemeni governorate, a Ukrainian oblast, a capital named by
# apposition, a border province, "between Dori and Arbinda", a Syrian city "of Azaz", a Mombasa area):
# 14 of 15 right when first run. "in Kaura Namoda LGA of Zamfara state" had no place: "LGA", a
# Nigerian local government area (event_location has the word 27 times, CASE 2021 once), was no
# administrative word, so the gazetteer read "Kaura Namoda LGA" as one unknown name, and a name of two
# compounds ("Kaura Namoda" before "LGA") lost its first word (en_event_place._name_start now follows
# compounds of compounds). event_location unchanged (6,505).

CODER_NOTES_7 = [
    ("On 6 July 2021, bandits killed 7 villagers in Kaura Namoda LGA of Zamfara state.", [W("ATTACK", killed=7, day="2021-07-06", country="NGA")]),
    ("Boko Haram fighters killed 5 farmers in Gwoza LGA of Borno state on Monday.", [W("ATTACK", killed=5, day="2021-03-08", country="NGA")]),
    ("On 15 July 2021, Ukrainian forces shelled Horlivka in Donetsk oblast, wounding 2 civilians.",
     [W("ATTACK", wounded=2, day="2021-07-15", country="UKR")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_7, ids=[f"coder_notes_7_{i}" for i in range(len(CODER_NOTES_7))])
def test_coder_notes_seventh_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 177 (session 18): a page of sport news of our own (a derby report: a winner "snatched",
# the woodwork "hit", a captain "sent off", officials "attacked" and decisions that "killed the game",
# a player "banned" after a "clash", a coach "fired", a signing "arrested" in jest, a side "held" to a
# draw and one that "stormed" to a win), ending with two fans arrested outside the stadium: when first
# run, the page gave one event, wrong: the Football Association's charge of a manager, and missed the
# arrest, because "fans" named no people (data/person_nouns_general_en.txt, written from general
# usage, now lists "fan" and "spectator"). A sports body's charge is still read as a charge.

SPORT_PAGE = (
    "City edge past United in derby thriller\n\n"
    "Manchester City snatched a late winner against United on Sunday after a frantic second half in which both sides hit "
    "the woodwork. The visitors' captain was sent off for a second booking after he clattered into a defender, and the "
    "home fans booed the referee at the final whistle.\n\n"
    "United's manager attacked the officials in his post-match interview, saying the decisions had \"killed the game\". "
    "He was later charged by the Football Association with improper conduct.\n\n"
    "Elsewhere, Arsenal's striker was banned for three matches after a clash with an opponent, and Chelsea fired their "
    "goalkeeping coach. Tottenham's new signing was arrested in a contract dispute, his agent joked.\n\n"
    "In the Championship, Leeds were held to a goalless draw at home by Cardiff, while Sunderland stormed to a 4-0 win over Hull.\n\n"
    "Police said two fans were arrested outside the stadium for public order offences after scuffles broke out between "
    "rival supporters."
)


def test_a_sport_page_gives_its_one_arrest(pipeline: Pipeline) -> None:
    events = run(pipeline, SPORT_PAGE).events
    assert [(e.type, e.total) for e in events if e.type == "ARREST"] == [("ARREST", 2)], [e.to_gold() for e in events]


@pytest.mark.xfail(strict=True, reason="a sports body's disciplinary charge is read as a charge")
def test_a_sport_page_gives_nothing_else(pipeline: Pipeline) -> None:
    assert [e.type for e in run(pipeline, SPORT_PAGE).events] == ["ARREST"]


# -- batch 178 (session 18): a page of business news of our own (shares "hit hard", investors who
# "fled", a bank that would "strike a tougher line", a market "ambushed by the data", jobs axed, a
# takeover battle that "exploded into the open", a merger blocked, an airline fined), ending with a
# lender's chief executive arrested on suspicion of fraud: when first run the page gave one event,
# wrong (the ambushed market), and missed the arrest, as "chief executive" named no one. The general
# person nouns gained a section of business and public office (executive, director, chairman, founder,
# manager, banker, boss, ambassador, envoy, aide …; data/person_nouns_general_en.txt); a passive
# "ambushed by the data" or "by the figures" is the economy sense (sense.json), and a battle that
# "exploded into the open" the metaphor sense.

BUSINESS_PAGE = (
    "Markets slide as tech sell-off deepens\n\n"
    "Shares in Europe's biggest technology companies were hit hard on Tuesday as investors fled growth stocks, with "
    "chipmakers taking the brunt of the sell-off. The index of European tech shares shed 4 per cent, its worst day since March.\n\n"
    "The slump came as the central bank signalled it would strike a tougher line on inflation, and after a report showed "
    "factory orders had collapsed in the autumn. \"The market has been ambushed by the data,\" one trader said.\n\n"
    "In company news, the carmaker said it would axe 2,000 jobs, while a takeover battle for the brewer exploded into the "
    "open after a rival bid. Regulators blocked the merger of two telecoms groups, and the airline was fined 20 million "
    "euros for misleading passengers.\n\n"
    "The chief executive of a collapsed lender was arrested in Frankfurt on suspicion of fraud, prosecutors said."
)


def test_a_business_page_gives_its_one_arrest(pipeline: Pipeline) -> None:
    events = run(pipeline, BUSINESS_PAGE).events
    assert [(e.type, e.total, e.location.country if e.location else None) for e in events] == [("ARREST", 1, "DEU")], [
        e.to_gold() for e in events]


# -- batch 179 (session 18): coder notes of our own, ninth set, with coders' trailing tags ("[size=no
# report]", "Fatalities: 2.") and national forces named as coders name them (the Tatmadaw, FARDC, the
# Indian army): 7 of 8 right when first run. An arrest by "members of the Tatmadaw" in a township the
# gazetteer lacks had no country: a state's forces act on their own soil, but the national forces'
# names and acronyms were unknown (data/actors.tsv now has the Tatmadaw, FARDC, FAMa, ENDF, UPDF,
# KDF, IDF, SAA, ANDSF and the Armed Forces of the Philippines; real news in our corpora names SAA
# 174 times, the IDF 3, FARDC, UPDF and KDF once each; ambiguous acronyms such as SNA, AFP and FDS
# stay out).

CODER_NOTES_9 = [
    ("On 4 September 2022, members of the Tatmadaw raided Kyauk Sin village in Myaung township and arrested 6 villagers "
     "suspected of supporting the PDF. [size=no report]", [W("ARREST", 6, day="2022-09-04", country="MMR")]),
    ("On 10 September 2022, suspected Al Shabaab militants planted an IED that exploded near a checkpoint in Afgooye town. "
     "2 soldiers were killed. Fatalities: 2.", [W("ATTACK", killed=2, day="2022-09-10", country="SOM")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_9, ids=[f"coder_notes_9_{i}" for i in range(len(CODER_NOTES_9))])
def test_coder_notes_ninth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 180 (session 19): acts of our beat told in shapes the reports use (a removal "put on a
# flight to", a crossing after "then", a reduced relative with a place, a planned "removal", a
# takedown in a coordinated passive) and practices told as going on ("continue to detain", "kept
# arresting"): 4 of 11 right when first run. A practice was dropped as an infinitive of intent; it
# is now kept and filed as a statistic, as GOLD-FORMAT files vague and standing counts (real news
# in CASE 2021 tells security services that "continue to detain" and police that "continue to
# arrest"). Left as found: a reduced relative with only a place ("five Tajik men caught in
# Antalya"; real news in our corpora has almost none with a count), a crossing the parser hung on a
# trailing "told reporters" as an adverbial clause (4 in 3,000 real sentences), and "seek their
# removal to Algeria" (real news uses "removal" for office).

PRACTICES = [
    ("Security services in the region continue to detain men who attend the unregistered mosque, a rights group said "
     "on Monday.", "ARREST"),
    ("Police in Dhaka kept arresting members of the banned group ahead of the anniversary, officials said.", "ARREST"),
    ("Militias continue to attack villages along the river, aid workers said.", "ATTACK"),
]


@pytest.mark.parametrize(("text", "etype"), PRACTICES, ids=[f"practice{i}" for i in range(len(PRACTICES))])
def test_a_practice_told_as_going_on_is_a_statistic(pipeline: Pipeline, text: str, etype: str) -> None:
    x = run(pipeline, text)
    assert not x.events, [e.to_gold() for e in x.events]
    assert [a.type for a in x.aggregates] == [etype], [a.to_gold() for a in x.aggregates]


def test_keep_with_a_noun_is_no_practice(pipeline: Pipeline) -> None:
    x = run(pipeline, "Editors want to keep the Lyon shooting separate in their yearly tallies.")
    assert not x.events and not x.aggregates, [a.to_gold() for a in x.aggregates]


def test_a_practice_that_stopped_is_nothing(pipeline: Pipeline) -> None:
    x = run(pipeline, "The army did not continue to hold the men, a spokesman said.")
    assert not x.aggregates, [a.to_gold() for a in x.aggregates]


REMOVALS_180 = [
    ("Greek police put the three Syrian men on a flight to Istanbul on Thursday after their asylum claims were rejected.",
     [W("DEPORT", 3, "SYR", day="2021-03-04")]),
    ("The two Britons were detained in Izmir in March. Turkish officials put them on a plane back to London on Monday.",
     [W("ARREST", 2, "GBR", country="TUR"), W("DEPORT", 2, "GBR", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), REMOVALS_180, ids=[f"removal180_{i}" for i in range(len(REMOVALS_180))])
def test_put_on_a_flight_is_a_removal(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.xfail(strict=True, reason="a reduced relative with only a place is read as referring back")
def test_a_counted_reduced_relative_with_a_place_is_an_arrest(pipeline: Pipeline) -> None:
    check(pipeline, "Police said on Tuesday that five Tajik men caught in Antalya had been handed over to the "
          "migration service.", [W("ARREST", 5, "TJK", country="TUR")])


# -- batch 181 (session 19): two reports of our own in the wire style of the reports (a cell broken
# up in two countries the same day with an extradition sought; a repatriation flight with a court's
# sentence and an earlier stop at the border): 3 of 7 events right when first run. What failed, by
# class: a lone person's arrest in another country was folded into the larger arrest of the same day
# (one act happens in one country: assemble._other_countries); a planned noun act ("will seek his
# extradition") took the day of the act told before (extract/en_syntax.sought_ahead); a plane
# "carrying" the people that landed (real news: "a bus carrying 60 passengers", "a plane carrying
# the prime minister") was not read like one that landed "with" them, and the parser took "the third
# such flight" for the landing's object; a planned charge of people named only by a condition
# ("those found to have taken part … will face charges") was kept; "the men" did not count "two
# brothers", and "the men, both residents of …" was read as two groups.

REPORT_CEUTA = (
    "Spanish police break up cell recruiting for Islamic State in Ceuta\n\n"
    "MADRID, March 10 (Iberia Wire) - Spanish police arrested four Moroccan men and a Spanish woman in the North African "
    "enclave of Ceuta on Tuesday on suspicion of recruiting fighters for Islamic State, the interior ministry said.\n\n"
    "The five, aged between 22 and 41, had sent at least three young men to Syria since 2018, the ministry said in a statement.\n\n"
    "A sixth suspect, a Moroccan national, was detained the same day in Tetouan by Moroccan police acting on a Spanish "
    "warrant, and Madrid will seek his extradition, a ministry official said.\n\n"
    "A judge at the National Court in Madrid on Wednesday charged the four men with membership of a terrorist "
    "organisation and ordered them held without bail. The woman was released under judicial supervision.\n\n"
    "Spain has arrested more than 300 people on jihadist terrorism charges since 2015, according to ministry figures."
)

REPORT_DUSHANBE = (
    "Tajikistan brings home 84 women and children from Iraqi camps\n\n"
    "DUSHANBE, March 10 (Steppe Desk) - A government plane carrying 84 Tajik women and children from camps in northern "
    "Iraq landed in Dushanbe on Tuesday night, the foreign ministry said, the third such flight this year.\n\n"
    "Most of the returnees are wives and children of men who travelled to Iraq and Syria to fight for Islamic State "
    "between 2014 and 2016. Twelve of the women will be questioned by the State Committee for National Security, a "
    "ministry spokesman said, and those found to have taken part in the group's activities will face charges.\n\n"
    "Separately, a court in Khujand on Monday sentenced two brothers to 12 years in prison each for trying to travel to "
    "Afghanistan to join the Taliban. The men, both residents of the Sughd region, were stopped by border guards at the "
    "Panj river crossing in December.\n\n"
    "Human rights groups say the authorities have detained dozens of returnees in the past two years."
)

REPORTS_181 = [
    (REPORT_CEUTA, [W("ARREST", 5, "MAR ESP", day="2021-03-09", country="ESP"),
                    W("ARREST", 1, "MAR", day="2021-03-09", country="MAR"),
                    W("DEPORT", 1, "MAR", modality="planned"),
                    W("CHARGE", 4, "MAR", day="2021-03-10", country="ESP")], 1),
    (REPORT_DUSHANBE, [W("DEPORT", 84, "TJK", day="2021-03-09", country="TJK"),
                       W("CHARGE", 2, "TJK", day="2021-03-08", country="TJK"),
                       W("ARREST", 2, "TJK", day="2020-12-01", country="TJK")], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggs"), REPORTS_181, ids=["ceuta", "dushanbe"])
def test_reports_of_our_own_batch_181(pipeline: Pipeline, text: str, wants: list[Want], aggs: int) -> None:
    check(pipeline, text, wants, aggregates=aggs)


def test_a_sought_extradition_has_no_day_yet(pipeline: Pipeline) -> None:
    planned = [e for e in run(pipeline, REPORT_CEUTA).events if e.modality == "planned"]
    assert [(e.type, e.date) for e in planned] == [("DEPORT", None)], [e.to_gold() for e in planned]


def test_those_arrested_on_a_day_are_people_not_a_condition(pipeline: Pipeline) -> None:
    x = run(pipeline, "Those arrested on Monday will be charged with terrorism, police said.")
    assert [(e.type, e.modality) for e in x.events] == [("CHARGE", "planned")], [e.to_gold() for e in x.events]


@pytest.mark.parametrize("text", [
    "Anyone who returns from Syria will be charged, the minister said.",
    "Those found guilty will be deported, the minister said.",
], ids=["anyone_who", "those_found"])
def test_people_named_by_a_condition_are_no_act(pipeline: Pipeline, text: str) -> None:
    assert not run(pipeline, text).events


# -- batch 182 (session 19): two more reports of our own (a preacher barred and channels blocked, with
# an arrest of local men elsewhere in the same country; a group's claim of an attack that officials
# deny, with a running toll of the insurgency): 4 of 6 findings right when first run (events, the
# statistic, the claim's stance). By class: "three local men" took the story's one nationality
# (the barred Russian) before the place could give theirs; a toll over a period ("has killed more
# than 2,600 people since 2017") joined the attack told before as its late toll; and a rebuttal put
# after the content ("…, a claim the ministry denied") turned the group's claim into a denial.

REPORT_ALMATY = (
    "Kazakhstan bars Russian preacher, blocks 40 channels\n\n"
    "ALMATY, March 10 (Steppe Desk) - Kazakhstan has banned a Russian Salafi preacher from entering the country for "
    "five years and blocked 40 Telegram channels that spread his sermons, the Information Ministry said on Wednesday.\n\n"
    "The preacher, identified only as A. Ibragimov, 38, was turned back at Almaty airport on Sunday after arriving on a "
    "flight from Moscow, border service spokesman Daniyar Ospanov told reporters. He flew back to Moscow the same evening.\n\n"
    "Kazakh security services say they have blocked more than 1,500 extremist websites since January 2020.\n\n"
    "Separately, police in Shymkent detained three local men on Monday on suspicion of planning to travel to "
    "Afghanistan, the Interior Ministry said. A fourth suspect is being sought."
)

REPORT_CABO_DELGADO = (
    "Islamic State claims attack on Mozambique army post; officials deny losses\n\n"
    "MAPUTO, March 10 (Lusophone Desk) - Islamic State said on Tuesday its fighters had killed 15 soldiers in an attack "
    "on an army post near Mocimboa da Praia in Cabo Delgado province, a claim Mozambique's defence ministry denied.\n\n"
    "The ministry said insurgents attacked the post on Monday morning and were repelled, with two soldiers wounded.\n\n"
    "The insurgency in Cabo Delgado has killed more than 2,600 people since 2017, according to the ACLED monitoring group."
)


def test_report_almaty_batch_182(pipeline: Pipeline) -> None:
    check(pipeline, REPORT_ALMATY, [W("ENTRY_BAN", 1, "RUS", day="2021-03-07", country="KAZ"),
                                    W("TAKEDOWN", 40, country="KAZ"),
                                    W("ARREST", 3, "KAZ", day="2021-03-08", country="KAZ")], aggregates=1)


def test_a_toll_over_years_stays_a_statistic_beside_the_attack(pipeline: Pipeline) -> None:
    x = run(pipeline, REPORT_CABO_DELGADO)
    assert [(e.type, e.date, e.location.country if e.location else None) for e in x.events] == [
        ("ATTACK", date(2021, 3, 8), "MOZ")], [e.to_gold() for e in x.events]
    assert [a.type for a in x.aggregates] == ["ATTACK"], [a.to_gold() for a in x.aggregates]


def test_a_rebuttal_after_a_claim_is_not_the_claim_s_stance(pipeline: Pipeline) -> None:
    claims = run(pipeline, REPORT_CABO_DELGADO).claims
    assert [(c.speaker.text, c.stance) for c in claims] == [("Islamic State", "affirm")], [c.to_gold() for c in claims]


def test_local_men_are_the_place_s_people_in_a_story_of_a_foreigner(pipeline: Pipeline) -> None:
    x = run(pipeline, "A Russian preacher was turned back at Almaty airport on Sunday. Separately, police in Shymkent "
            "detained three local men on Monday.")
    assert [(e.type, sorted(e.nationalities)) for e in x.events] == [("ENTRY_BAN", ["RUS"]), ("ARREST", ["KAZ"])], [
        e.to_gold() for e in x.events]


# -- batch 183 (session 19): two more reports of our own (a family feared to have gone to Syria, with
# two others held at the border; three men charged over a plot, spelled out in the next sentence):
# 3 of 6 events right when first run. By class: "A Bosnian man, his wife and their three children"
# counted one (a singular "appositive" that opens a list of others was read as the man described
# again), and with a past tense the parser hung on the subject as a reduced relative the trip was
# lost (real news: "Jund Al-Aqsa, reportedly executed over 100 prisoners"); "The suspects, a 22-year-old
# Syrian, a … and a 24-year-old Iraqi, were arrested" gave neither count nor nationalities, and the
# three men charged before took the prosecutors' country instead of the nationalities told next.

REPORT_ZENICA = (
    "Bosnian family feared to have joined militants in Syria\n\n"
    "SARAJEVO, March 10 (Balkan Desk) - A Bosnian man, his wife and their three children are believed to have "
    "travelled to Syria to join Islamic State, police in the northern town of Zenica said on Wednesday.\n\n"
    "The family left their home in the village of Gornja Maoca on 20 February and crossed into Turkey by bus two days "
    "later, a police spokesman said.\n\n"
    "Turkish police detained two other Bosnians, both men in their twenties, in the border city of Gaziantep last week "
    "as they tried to cross into Syria, the spokesman added. The two are expected to be deported to Sarajevo in the "
    "coming days.\n\n"
    "More than 300 Bosnians have travelled to Syria and Iraq since 2012, according to a security ministry estimate."
)

REPORT_HAGEN = (
    "German prosecutors charge three over plot to attack synagogue\n\n"
    "KARLSRUHE, March 10 (Rhine Desk) - German federal prosecutors have charged three men with planning an attack on a "
    "synagogue in the western city of Hagen, the prosecutor's office said on Wednesday.\n\n"
    "The suspects, a 22-year-old Syrian, a 19-year-old German and a 24-year-old Iraqi, were arrested in Hagen and "
    "Dortmund in September after a tip-off from a foreign intelligence service, it said.\n\n"
    "The trial is due to start in May at the higher regional court in Duesseldorf. If convicted, they face up to ten "
    "years in prison.\n\n"
    "A fourth man, a Syrian, was released without charge."
)

REPORTS_183 = [
    (REPORT_ZENICA, [W("TRAVEL", 5, "BIH", modality="rumored", day="2021-02-20"),
                     W("ARREST", 2, "BIH", country="TUR"),
                     W("DEPORT", 2, "BIH", modality="planned", country="TUR")], 1),
    (REPORT_HAGEN, [W("CHARGE", 3, "SYR DEU IRQ", day="2021-03-08", country="DEU"),
                    W("ARREST", 3, "SYR DEU IRQ", day="2020-09-01", country="DEU"),
                    W("CHARGE", 1, "SYR", modality="denied")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggs"), REPORTS_183, ids=["zenica", "hagen"])
def test_reports_of_our_own_batch_183(pipeline: Pipeline, text: str, wants: list[Want], aggs: int) -> None:
    check(pipeline, text, wants, aggregates=aggs)


GROUPS_SPELLED_183 = [
    ("A Bosnian man, his wife and their three children travelled to Syria to join Islamic State in 2015.",
     [W("TRAVEL", 5, "BIH")]),
    ("The men, two Syrians and an Iraqi, were arrested in Hagen on Monday.", [W("ARREST", 3, "SYR IRQ", day="2021-03-08")]),
    ("The suspects, a Syrian, a German and an Iraqi, were arrested in Hagen on Monday.",
     [W("ARREST", 3, "SYR DEU IRQ", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), GROUPS_SPELLED_183, ids=["family_list", "men_two_and_one", "suspects_three"])
def test_groups_spelled_out_batch_183(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 184 (session 19): a page of culture and technology news of our own (a band that "killed
# it", a drummer who "attacked his kit", fans who "stormed the barriers", a film that "bombed" and was
# "shot in a hurry", a star "charged with carrying the picture", a heatwave that "struck", a battery
# "charged in ten minutes", a hacker group that "took down" a website), ending with a stabbing outside
# a nightclub and an arrest: when first run the page gave a false attack (the band that "killed
# it"), and with that idiom in the metaphor sense two more came up in turn (the drummer, and "it had
# been shot", which also took the heatwave's two dead as its toll). "It" names no one hurt; an
# instrument, a problem or a task attacked is the metaphor sense (data/sense.json); the page's
# fire that firefighters "battled" and its "front barriers" no longer make its acts armed conflict
# (about.json: "battle" as a whole word, "at the front").

CULTURE_PAGE = (
    "Festival review: a weekend of big sounds and bigger crowds\n\n"
    "The headliners killed it on Saturday night, and the crowd of 40,000 went wild as the band's drummer attacked his "
    "kit like a man possessed. Fans stormed the front barriers when the encore began, but security kept things calm.\n\n"
    "The new film from the director of last year's surprise hit bombed at the box office, taking only $3 million in its "
    "opening weekend. Critics savaged its plot, and one reviewer said it had been shot in a hurry. Its star, who was "
    "charged with carrying the whole picture, captured the mood of a tired cast.\n\n"
    "A heatwave struck the south of the country on Sunday, and two elderly people died of heat stroke in Seville, "
    "officials said. Firefighters battled a blaze that destroyed 300 hectares of forest near Huelva.\n\n"
    "In technology news, a phone maker said its new battery could be charged in ten minutes, and a hacker group claimed "
    "to have taken down the website of a ticket seller for several hours on Friday.\n\n"
    "Police arrested a 34-year-old man on Saturday after a woman was stabbed outside a nightclub in Malaga."
)


def test_a_culture_page_gives_only_its_stabbing_and_arrest(pipeline: Pipeline) -> None:
    events = run(pipeline, CULTURE_PAGE).events
    assert sorted(e.type for e in events) == ["ARREST", "ATTACK"], [e.to_gold() for e in events]
    assert not {e.about for e in events} & {"armed_conflict", "terrorism"}, [e.about for e in events]


@pytest.mark.parametrize("text", [
    "The headliners killed it on Saturday night.",
    "The drummer attacked his kit like a man possessed on Saturday.",
    "One reviewer said on Monday that it had been shot in a hurry.",
], ids=["killed_it", "attacked_kit", "it_shot"])
def test_idioms_of_a_culture_page_are_no_act(pipeline: Pipeline, text: str) -> None:
    assert not run(pipeline, text).events


def test_a_thing_shot_down_is_still_an_attack(pipeline: Pipeline) -> None:
    check(pipeline, "The helicopter was shot down near Idlib on Monday, killing two pilots.",
          [W("ATTACK", day="2021-03-08", killed=2, country="SYR")])


# -- batch 185 (session 19): coder notes of our own, tenth set, of arrests and attacks by the
# groups and forces coders name most (JNIM, the Houthis, LeT, ISWAP, IS): 7 of 10 right when first
# run (one protest and two acts outside our types, an arson by rioters and an abduction, read as
# attacks, are not checked here). "Houthi forces … in Al Bayda city (Al Bayda)" went to Libya's
# Al Bayda: a group whose acts lie in one country now adds that country to the note's context, after
# every country the note names (data/group_homes.tsv), and "Houthi" names the Houthis; "arrested two
# OGWs of LeT" held no one: counted members of an armed group held are people, whatever the word,
# and "LeT", "JeM" are matched as written (so the truecaser leaves "let" a verb: MUC-4 lost a
# point when it did not).

CODER_NOTES_10 = [
    ("On or around 14 April 2022, police arrested 3 suspected members of JNIM in Sevare (Mopti). The men were "
     "transferred to Bamako.", [W("ARREST", 3, day="2022-04-14", country="MLI")]),
    ("Around 20 April 2022 (month of), Houthi forces detained 12 civilians at a checkpoint in Al Bayda city (Al Bayda) "
     "on suspicion of collaborating with the coalition.", [W("ARREST", 12, country="YEM")]),
    ("On 22 April 2022, unidentified gunmen shot dead a police officer in Chaman (Killa Abdullah, Balochistan). "
     "Fatalities: 1.", [W("ATTACK", day="2022-04-22", killed=1, country="PAK")]),
    ("On 25 April 2022, Indian security forces arrested two OGWs of LeT during a search operation in Sopore "
     "(Baramulla, Jammu and Kashmir).", [W("ARREST", 2, day="2022-04-25", country="IND")]),
    ("On 30 April 2022, the Turkish gendarmerie detained 7 foreign nationals suspected of IS links in raids in "
     "Sanliurfa (Sanliurfa). (coded to Sanliurfa city)", [W("ARREST", 7, day="2022-04-30", country="TUR")]),
    ("On 1 May 2022, protesters gathered in front of the governor's office in Kirkuk (Kirkuk) to demand jobs. The "
     "protest was peaceful.", []),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_10, ids=[f"coder_notes_10_{i}" for i in range(len(CODER_NOTES_10))])
def test_coder_notes_tenth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 186 (session 19): reports typed in lower case. Measured first on lower-cased copies of the
# report sets (scripts/lowercase_gold.py): reports-dev English 0.754 and reports-dev2 English 0.529
# strict F1, against 0.928 and 0.746 cased. By class: "may" and "march" stayed verbs beside a day or
# a year; "turkey", "us" and "is" (the Islamic State) stayed plain words where only the name can
# stand; a wire dateline in lower case was not read as one; and the date finder read the text as
# typed ("on 11 august"), not as truecased. Our own lower-cased texts below: 0 of 4 right when first run.

LOWER_CASED_186 = [
    ("jakarta, jan 23 (island wire) - indonesian police on saturday detained 17 citizens deported by turkey over "
     "suspected links to is.", [W("ARREST", 17, "IDN", day="2021-01-23", country="IDN"), W("DEPORT", 17, "IDN", country="TUR")]),
    ("a dutch court jailed him in may 2020 for six years for recruiting fighters.",
     [W("CHARGE", 1, day="2020-05-01", country="NLD")]),
    ("police arrested two us citizens on 12 may in brussels on suspicion of recruiting for is.",
     [W("ARREST", 2, "USA", day="2020-05-12", country="BEL")]),
    ("pristina, march 8 (balkan desk) - police in kosovo detained 12 men on monday in raids against people "
     "suspected of fighting in syria.", [W("ARREST", 12, "XKX", day="2021-03-08", country="XKX")]),
    # a bare dateline whose place the gazetteer knows sets the story's country (written after its rule)
    ("five bombing suspects surrender\n\nzamboanga city - five men linked to the bombing of a cathedral in jolo "
     "gave themselves up to the military on sunday, police said.", [W("ARREST", 5, "PHL", day="2021-03-07", country="PHL")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASED_186, ids=[f"lower_cased_{i}" for i in range(len(LOWER_CASED_186))])
def test_reports_typed_in_lower_case(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 187 (session 19): two more reports of our own (a preacher deported and named in the next
# sentence with the day; a returnee on trial, her husband's death told in passing): 1 of 4 events
# right when first run, with a duplicate and a false attack. By class: "Russia has deported a Tajik
# preacher … Mirzo Karimov, 41, was put on a flight … on March 5" stayed two removals (a person
# first described, then named with the act's own day, is the same act; and a removal's agent has no
# "side" that could set two tellings apart, as an attack's does); "her then husband, a Chechen
# fighter" gave "she" his nationality; "a fighter who was later killed in Raqqa" was an attack; and
# "have left Austria to join jihadist groups in Syria" named no war zone (the place of the group
# joined is the trip's, as that of the fighting is).

REPORT_MOSCOW = (
    "Russia expels Tajik preacher, holds two Uzbeks over recruitment\n\n"
    "MOSCOW, March 10 (Steppe Desk) - Russia has deported a Tajik preacher accused of urging young migrants to join "
    "Islamic State, the Interior Ministry said on Wednesday, a week after a Moscow court ordered his removal.\n\n"
    "Mirzo Karimov, 41, was put on a flight to Dushanbe on the morning of March 5 and handed to Tajik security officers "
    "on arrival, his lawyer said. Karimov denies any links to the group.\n\n"
    "The next day, FSB officers in Yekaterinburg detained two Uzbek nationals, aged 23 and 27, on suspicion of "
    "recruiting fellow workers at a construction site for the group. A third man is being sought.\n\n"
    "Thirty-two foreigners have been expelled from the Sverdlovsk region on extremism grounds since the start of the "
    "year, according to regional police."
)

REPORT_VIENNA = (
    "Returnee goes on trial in Vienna; lawyer says she was coerced\n\n"
    "VIENNA, March 10 (Alpine Notes) - A 24-year-old Austrian woman who spent four years with Islamic State in Syria "
    "went on trial in Vienna on Tuesday on charges of membership of a terrorist organisation.\n\n"
    "The woman, identified only as Sabine K., left Austria for Syria in the third week of May 2015 with her then "
    "husband, a Chechen fighter who was later killed in Raqqa, prosecutors said. She was repatriated with her two "
    "children from the al-Hol camp in December and arrested at Vienna airport.\n\n"
    "Prosecutors say at least 320 people have left Austria to join jihadist groups in Syria and Iraq since 2012."
)


def test_report_moscow_batch_187(pipeline: Pipeline) -> None:
    check(pipeline, REPORT_MOSCOW, [W("DEPORT", 1, "TJK", day="2021-03-05", country="RUS"),
                                    W("ARREST", 2, "UZB", day="2021-03-06", country="RUS")], aggregates=1)


def test_report_vienna_batch_187(pipeline: Pipeline) -> None:
    x = run(pipeline, REPORT_VIENNA)
    assert sorted((e.type, e.total, tuple(sorted(e.nationalities))) for e in x.events) == [
        ("ARREST", 1, ("AUT",)), ("DEPORT", 3, ("AUT",))], [e.to_gold() for e in x.events]
    assert [(a.type, a.total) for a in x.aggregates] == [("TRAVEL", 320)], [a.to_gold() for a in x.aggregates]


# -- batch 188 (session 19): a page of political news of our own (an opposition that "attacked" a
# plan, a minister "grilled", a proposal "shot down", a party that "expelled" two members, a court
# that "blocked" a law, a senator "charged with steering" a bill, a journalist "barred from" a
# briefing, fireworks "banned"), ending with protesters detained: when first run the page gave four
# events, one real (the detention). A party, club or union that expels is the membership sense, as
# is being barred from a briefing, a meeting or a venue (data/sense.json); "charged with" a duty
# ("steering", "overseeing", "investigating") is no charge (a new "duty" sense). Written with it, a
# ban from a country by name ("barred from Kazakhstan for five years"), which was missed: a ban
# whose from-phrase is a country is an entry ban, placed in that country.

POLITICS_PAGE = (
    "Coalition wobbles as budget row deepens\n\n"
    "The opposition attacked the government's spending plan on Tuesday, and the finance minister was grilled for three "
    "hours by a parliamentary committee. A proposal to raise fuel duty was shot down by rebels in the ruling party, which "
    "later expelled two members who had voted against it.\n\n"
    "The constitutional court blocked a new law on public broadcasting. The senator charged with steering the bill "
    "through the upper house said he would try again.\n\n"
    "A journalist was barred from the prime minister's briefing after asking about the row, and the president banned "
    "fireworks at next month's national day celebrations.\n\n"
    "Outside parliament, police detained 14 protesters who had blocked a main road for several hours, a police "
    "spokeswoman said on Tuesday."
)


def test_a_politics_page_gives_only_its_detention(pipeline: Pipeline) -> None:
    events = run(pipeline, POLITICS_PAGE).events
    assert [(e.type, e.total) for e in events] == [("ARREST", 14)], [e.to_gold() for e in events]


@pytest.mark.parametrize(("text", "wants"), [
    ("The Russian preacher was barred from Kazakhstan for five years on Monday.",
     [W("ENTRY_BAN", 1, "RUS", day="2021-03-08", country="KAZ")]),
    ("The player was banned from the league for five games on Monday.", []),
    ("A commission charged with investigating the attack reported on Monday.", []),
    ("Three men were charged with carrying concealed weapons on Monday.", [W("CHARGE", 3, day="2021-03-08")]),
], ids=["barred_from_a_country", "banned_from_a_league", "charged_with_a_duty", "charged_with_a_crime"])
def test_bans_and_charges_of_a_politics_page(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 189 (session 19): arrests told as news snippets tell them, in ten phrasings ("took into
# custody", "picked up … from his home", "placed under arrest", "remanded in custody", "nabbed",
# "held for questioning", "apprehended", "rounded up", "executed an arrest warrant against", "detained
# and questioned"): 7 of 10 right when first run. Custody as a place one is put ("were placed under
# arrest") and a warrant of arrest carried out against someone are arrests now (en_frames.py); a
# court's remand in custody is left as found (one strict xfail: is it the arrest, or the court's
# order after it?).

ARREST_PHRASINGS = [
    ("Police in Karachi on Tuesday took into custody three men suspected of planning attacks on polling stations.",
     [W("ARREST", 3, day="2021-03-09", country="PAK")]),
    ("Security forces picked up a local leader of the banned group from his home in Bannu late on Sunday.",
     [W("ARREST", 1, "PAK", day="2021-03-07", country="PAK")]),
    ("Two suspects were placed under arrest after a raid on a house in Mombasa on Friday, police said.",
     [W("ARREST", 2, day="2021-03-05", country="KEN")]),
    pytest.param("A court in Dhaka remanded seven alleged militants in custody for five days on Monday.",
                 [W("ARREST", 7, day="2021-03-08", country="BGD")],
                 marks=pytest.mark.xfail(reason="a court's remand in custody is read as no act", strict=True)),
    ("Counter-terrorism officers nabbed a 22-year-old man at Lahore airport on Thursday as he tried to board a flight "
     "to Istanbul.", [W("ARREST", 1, day="2021-03-04", country="PAK")]),
    ("The three were held for questioning at a police station in Kano after the blast on Saturday.",
     [W("ARREST", 3, day="2021-03-06", country="NGA")]),
    ("Indonesian police apprehended four people in Poso on Wednesday in connection with the killing of two farmers.",
     [W("ARREST", 4, day="2021-03-10", country="IDN")]),
    ("Troops rounded up 12 young men in a village near Maiduguri on Monday, residents said.",
     [W("ARREST", 12, day="2021-03-08", country="NGA")]),
    ("Police executed an arrest warrant against a former army officer in Quito on Tuesday.",
     [W("ARREST", 1, day="2021-03-09", country="ECU")]),
    ("Officers detained and questioned a teenager in Vienna on Friday over online threats to attack a school.",
     [W("ARREST", 1, day="2021-03-05", country="AUT")]),
]


@pytest.mark.parametrize(("text", "wants"), ARREST_PHRASINGS, ids=[f"arrest_phrasing_{i}" for i in range(len(ARREST_PHRASINGS))])
def test_arrests_in_ten_phrasings(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 190 (session 19): a page of disaster and health news of our own (floods that killed, an
# earthquake that struck, a landslide that left passengers dead, an outbreak that "claimed 30 lives",
# a virus that "attacks" the immune system, a drug that "killed" bacteria, a factory fire, a lion
# that "attacked" herders), with one real act: the factory's owner arrested on suspicion of
# negligence. When first run the page gave nothing, the arrest missed too: "owner" named no one
# (data/person_nouns_general_en.txt now has owner, proprietor and employer among business
# words).

DISASTER_PAGE = (
    "Floods and fever: a grim week across the region\n\n"
    "Flash floods killed at least 12 people in northern Pakistan on Sunday, and an earthquake struck eastern Turkey on "
    "Monday, injuring 40 and destroying dozens of homes. A landslide buried a bus on a mountain road in Nepal, leaving "
    "eight passengers dead.\n\n"
    "Health officials said a cholera outbreak had claimed 30 lives in three districts since January. The virus attacks "
    "the immune system, doctors said, and a new drug killed the bacteria in trials within hours.\n\n"
    "A fire tore through a textile factory in Dhaka on Tuesday, killing six workers; police arrested the factory's owner "
    "on Wednesday on suspicion of negligence.\n\n"
    "In Kenya, a lion attacked and injured two herders near Tsavo national park, wildlife officials said."
)


def test_a_disaster_page_gives_only_its_arrest(pipeline: Pipeline) -> None:
    events = run(pipeline, DISASTER_PAGE).events
    assert [(e.type, e.total, e.location.country if e.location else None) for e in events] == [("ARREST", 1, "BGD")], [
        e.to_gold() for e in events]


# -- batch 191 (session 19): a report of our own on a channel's claim and a ministry's denial (a
# channel linked to IS's Khorasan branch says 15 Tajik fighters crossed into Afghanistan; the
# ministry calls it propaganda and tells of four men held at the border): both events right when
# first run, one of the two claims (the ministry's). A channel's telling of an act was read as the
# act with its source, as a ministry's is; like a group's, it is a claim (the reports' gold has
# channels' claims of attacks and of their members' deeds).

REPORT_CHANNEL_CLAIM = (
    "Channel claims Tajik fighters reached Afghanistan; Dushanbe calls it propaganda\n\n"
    "DUSHANBE, March 10 (Steppe Desk) - A Telegram channel linked to Islamic State's Khorasan branch said on Tuesday "
    "that a group of 15 Tajik fighters had crossed into Afghanistan to join the group, a claim Tajikistan's interior "
    "ministry dismissed as propaganda.\n\n"
    "\"No citizen of ours has crossed the border in recent weeks,\" ministry spokesman Sherali Rahimov told reporters. "
    "He said border guards had detained four men near the Panj river on Sunday as they tried to cross illegally."
)


def test_a_channel_s_telling_of_an_act_is_a_claim(pipeline: Pipeline) -> None:
    x = run(pipeline, REPORT_CHANNEL_CLAIM)
    assert sorted((e.type, e.total) for e in x.events) == [("ARREST", 4), ("TRAVEL", 15)], [e.to_gold() for e in x.events]
    assert sorted((c.speaker.kind, c.stance) for c in x.claims) == [("channel", "affirm"), ("official", "deny")], [
        c.to_gold() for c in x.claims]
    # the channel speaks, not the branch it is linked to
    assert [c.speaker.text for c in x.claims if c.speaker.kind == "channel"] == ["A Telegram channel"]


# -- batch 192 (session 20): arrests and killings in the police English of South Asian news, typed
# in lower case as the held-out articles are ("taken into custody", "nabbed the accused", "hacked to
# death", "gunned down in an encounter", "booked"): 7 of 12 right when first run. Wrong: "a police
# van" became the Turkish province of Van (a one-word place that is an everyday word is now a name
# only where a place stands); "the deceased was shot dead by two bike-borne men" was dropped as an
# animal attack ("borne" read as "bear"); "gunned down" and a lone victim gave no dead; "nabbed the
# accused from his hideout" counted no one; "were booked and … arrested for attacking" gave no charge.

SOUTH_ASIAN_POLICE_ENGLISH = [
    ("the police on tuesday arrested two youths from hyderabad for allegedly running a social media page that glorified "
     "terror outfits.", [W("ARREST", 2, "IND", day="2021-03-09")]),
    ("three persons, including a woman, were taken into custody on monday for pelting stones at a police van in "
     "srinagar.", [W("ARREST", 3, day="2021-03-08", country="IND")]),
    ("a 42-year-old farmer was hacked to death by unidentified assailants at his field near the village on sunday "
     "night, police said.", [W("ATTACK", day="2021-03-07", killed=1)]),
    ("cops nabbed the accused from his hideout in thane on tuesday, a day after the murder.",
     [W("ARREST", 1, day="2021-03-09", country="IND")]),
    ("the special cell of delhi police has arrested four alleged operatives of a banned outfit, officials said on "
     "wednesday.", [W("ARREST", 4)]),
    ("the deceased was shot dead by two bike-borne men outside his shop in ludhiana on monday evening.",
     [W("ATTACK", day="2021-03-08", killed=1, country="IND")]),
    ("police have detained over 50 protesters who tried to march towards the assembly, a senior officer said.",
     [W("ARREST")]),
    ("two maoists were gunned down in an encounter with security forces in the forests of bijapur district on tuesday.",
     [W("ATTACK", day="2021-03-09", killed=2, country="IND")]),
    ("the nia on monday arrested a man from kerala in connection with the case of recruitment for the islamic state.",
     [W("ARREST", 1, "IND", day="2021-03-08")]),
    ("a local leader of the ruling party was bludgeoned to death by a mob in the district on saturday.",
     [W("ATTACK", day="2021-03-06", killed=1)]),
    ("the accused, identified as ramesh kumar, 28, was arrested from his residence on tuesday and produced before a "
     "magistrate.", [W("ARREST", 1, day="2021-03-09")]),
    ("five men were booked and two of them arrested for attacking a dalit family in the village on sunday.",
     [W("CHARGE", 5, day="2021-03-07"), W("ARREST", 2, day="2021-03-07")]),
]


@pytest.mark.parametrize(("text", "wants"), SOUTH_ASIAN_POLICE_ENGLISH,
                         ids=[f"south_asian_{i}" for i in range(len(SOUTH_ASIAN_POLICE_ENGLISH))])
def test_south_asian_police_english_in_lower_case(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen shot him dead outside his shop on Monday.", 1),
    ("The trader was shot dead outside his shop on Monday.", 1),
    ("Militants gunned down a doctor in the north of the province on Monday.", 1),
    ("The family were shot dead outside their house on Monday.", None),
])
def test_the_dead_of_a_killing_told_without_a_number(pipeline: Pipeline, text: str, killed: int | None) -> None:
    (event,) = run(pipeline, text).events
    assert (event.type, event.killed) == ("ATTACK", killed)


@pytest.mark.parametrize(("text", "cased"), [
    ("stones were thrown at a police van in srinagar.", "police van in Srinagar"),
    ("a blast in van killed two.", "in Van killed"),
    ("clashes in plateau state left nine dead.", "in Plateau state"),
    ("the reading of the charges took an hour.", "The reading of"),
])
def test_everyday_words_are_places_only_where_a_place_stands(text: str, cased: str) -> None:
    from watchfloor.nlp.english import _truecase_many
    from watchfloor.normalize.places import Gazetteer

    (out,) = _truecase_many([text], Gazetteer.load())
    assert cased in out


# -- batch 193 (session 20): a page of screen and book reviews of our own (a film's plot told in the
# present under its quoted title, a novel's detective arrested by her colleagues, a game's drones and
# snipers, a docudrama "banned in two countries", a studio "hit by a cyberattack"), ending with an
# actor detained on suspicion of drunk driving: when first run the page gave three events, one real.
# Wrong: the plot's kidnapping ('In "Red Harbour", … a marine is kidnapped': a quoted title NER reads
# as a work is now the fiction sense's "in a work"), the cyberattack (the cyber sense now has the
# attack's own words as its agent or modifier), and the actor's arrest was about armed conflict
# (the page's battles and sieges; drunk driving is now an ordinary crime's cue).

SCREENS_PAGE = (
    "Weekend screens: a heist, a siege and a space opera\n\n"
    "In \"Red Harbour\", out on Friday, a retired marine is kidnapped by a cartel and his daughter storms their "
    "compound to free him. The director shot most of the film in Malta last spring, and the final battle, in which "
    "the villain's henchmen are mowed down in a warehouse, runs for twenty minutes.\n\n"
    "The novel \"Ash Road\" follows a young detective in 1970s Belfast who is arrested by her own colleagues after a "
    "bombing she was sent to investigate. Critics have praised its portrait of a city under siege.\n\n"
    "Gamers will find the new instalment of \"Frontline Zero\" harder than the last: players must defend a base from "
    "waves of drones, and enemy snipers kill careless soldiers in seconds. The studio was hit by a cyberattack in "
    "January that delayed the launch by a month.\n\n"
    "On television, the docudrama \"The Long Night\" retells the 2004 school siege through the eyes of a teacher; it "
    "was banned in two countries before it aired.\n\n"
    "Elsewhere, the actor who plays the villain was detained by police in Los Angeles on Sunday on suspicion of drunk "
    "driving and released on bail hours later."
)


def test_a_screens_page_gives_only_the_actor_s_arrest(pipeline: Pipeline) -> None:
    events = run(pipeline, SCREENS_PAGE).events
    assert [(e.type, e.total, e.about, e.location.country if e.location else None) for e in events] == [
        ("ARREST", 1, "crime", "USA")], [e.to_gold() for e in events]


@pytest.mark.parametrize("text", [
    "Hackers carried out a cyber attack on the ministry's website on Monday.",
    "The port was hit by a cyberattack on Monday that froze its booking systems.",
    "In \"Night Watch\", a guard is attacked by a masked intruder and must find out who sent him.",
])
def test_cyber_attacks_and_a_work_s_story_are_no_act(pipeline: Pipeline, text: str) -> None:
    assert run(pipeline, text).events == []


def test_a_town_hit_by_rockets_is_still_attacked(pipeline: Pipeline) -> None:
    (event,) = run(pipeline, "The town was hit by a rocket attack on Monday.").events
    assert event.type == "ATTACK"


# -- batch 194 (session 20): coder notes of our own, eleventh set, with the categories coders file
# beside ours (a defused IED, territory taken without a fight, a truce) and groups the lexicon lacked
# (JMB, CJNG): 10 of 12 right when first run (an abduction and an arson, read as attacks, are outside
# our types and left out here, as in batch 185). Wrong: "On 2 March 2021, suspected ISGS militants
# attacked …" was a rumour (the parser makes "suspected" the main verb; a modifier with no subject
# of its own, directly before the clause's subject, is none); "conducted air strikes on Kansafra"
# was strikes in general (a bare plural object in a dated clause is one happening). data/groups.tsv
# now has sixteen more groups coders name (JMB, Ansarul Islam, Abu Sayyaf, BIFF, NPA, CJNG, M23, …),
# with their home countries where they act in one.

CODER_NOTES_11 = [
    ("On 2 March 2021, suspected ISGS militants attacked a military post in Tillia (Tahoua), killing 4 soldiers. "
     "4 fatalities.", [W("ATTACK", day="2021-03-02", killed=4, country="NER")]),
    ("On 4 March 2021, Sudanese police arrested 7 members of a resistance committee in Omdurman (Khartoum) during a "
     "night raid.", [W("ARREST", 7, day="2021-03-04", country="SDN")]),
    ("On 1 March 2021, LNA forces shelled positions of GNA-affiliated militias south of Sirte (Sirte). No fatalities "
     "reported.", [W("ATTACK", day="2021-03-01", country="LBY")]),
    ("On 3 March 2021, an IED planted by unknown perpetrators was defused by police in Cotabato City (Maguindanao). "
     "No casualties.", []),
    ("On 6 March 2021, Taliban militants took control of Dand-e Ghori area (Baghlan) after government forces withdrew "
     "without fighting.", []),
    ("On 2 March 2021, Al Shabaab militants ambushed an AMISOM convoy near Afgoye (Lower Shabelle). Casualties "
     "unknown.", [W("ATTACK", day="2021-03-02", country="SOM")]),
    ("On 7 March 2021, Pakistani security forces killed 2 TTP militants during an intelligence-based operation in "
     "Datta Khel (North Waziristan). 2 fatalities.", [W("ATTACK", day="2021-03-07", killed=2, country="PAK")]),
    ("On 8 March 2021, Bangladeshi police detained 5 suspected JMB members in Gazipur (Dhaka).",
     [W("ARREST", 5, day="2021-03-08", country="BGD")]),
    ("On 1 March 2021, the Syrian regime and Russian forces conducted air strikes on Kansafra (Idleb). 3 civilians "
     "were killed. 3 fatalities.", [W("ATTACK", day="2021-03-01", killed=3, country="SYR")]),
    ("On 4 March 2021, JNIM and the Malian government agreed to a local truce in Niono (Segou) brokered by religious "
     "leaders.", []),
    ("On 9 March 2021, Burkinabe VDP members arrested 2 alleged jihadist informants in Djibo (Soum, Sahel) and handed "
     "them over to the gendarmerie.", [W("ARREST", 2, day="2021-03-09", country="BFA")]),
    ("On 5 March 2021, Colombian army troops clashed with ELN fighters in Tame (Arauca), killing 1 ELN member. "
     "1 fatality.", [W("ATTACK", day="2021-03-05", killed=1, country="COL")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_11, ids=[f"coder_notes_11_{i}" for i in range(len(CODER_NOTES_11))])
def test_coder_notes_eleventh_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.parametrize(("text", "about"), [
    ("On 8 March 2021, Bangladeshi police detained 5 suspected JMB members in Gazipur (Dhaka).", "terrorism"),
    ("On 3 March 2021, soldiers arrested 4 members of the Jalisco New Generation Cartel in Zapopan (Jalisco).", "crime"),
    ("On 6 March 2021, troops arrested 2 suspected Abu Sayyaf members in Patikul (Sulu).", "terrorism"),
])
def test_groups_coders_name_tell_what_an_arrest_is_about(pipeline: Pipeline, text: str, about: str) -> None:
    (event,) = run(pipeline, text).events
    assert event.about == about


# -- batch 195 (session 20): a report of our own (two Chechens expelled from Georgia and handed over
# at the border the evening before, a third man held on charges after a raid, a running count of
# those gone to Syria and prosecuted since, a Russian official's answer): 1 of 3 events right when
# first run. By class: the removal kept the saying's day (the hand-over that dates it, "handed to
# Russian border guards", was no removal, and "on Monday evening" hung from "the Upper Lars
# crossing", a gerund with a determiner that is a noun); "who were accused of recruiting" was a
# charge (an accusation describing people an act of ours is done to in the same sentence is none;
# WikiEvents' lone "a man accused of …" stays one); the third man was held twice ("said on
# Tuesday they had expelled … and were holding a third man": the saying's day, misparsed onto the
# first verb, dated the second); "and that 12 had been prosecuted on their return" was an event
# beside the count "since 2014" of the clause before it. Left: the Russian official's "no charges
# against them" has the men's number but not their nationality (a back-reference through "the two
# expelled men").

REPORT_PANKISI = (
    "Georgia expels two Chechens, holds a third after Pankisi raid\n\n"
    "TBILISI, March 9 (Caucasus Wire) - Georgian security services said on Tuesday they had expelled two Russian "
    "citizens from the Chechen republic who were accused of recruiting young men from the Pankisi gorge for Islamic "
    "State, and were holding a third man on charges of financing terrorism.\n\n"
    "The two were driven to the Upper Lars crossing on Monday evening and handed to Russian border guards, the State "
    "Security Service said. Neither had lived in Georgia for more than two years.\n\n"
    "The third suspect, a 38-year-old Georgian citizen of Kist origin, was detained in a raid on his home in the "
    "village of Duisi late on Sunday. A court in Tbilisi ordered him held for two months the next morning.\n\n"
    "Officials said that since 2014 about 200 people from Pankisi had gone to fight in Syria and Iraq, and that 12 had "
    "been prosecuted on their return.\n\n"
    "A spokesman for the Russian interior ministry in Grozny said the two expelled men were questioned on arrival and "
    "released. \"There are no charges against them in Russia,\" he said."
)


def test_report_pankisi_batch_195(pipeline: Pipeline) -> None:
    x = pipeline.extract(Document(doc_id="t", text=REPORT_PANKISI, language="en", published=date(2021, 3, 9)))
    got = sorted((e.type, e.total, tuple(sorted(e.nationalities)), str(e.date), e.modality) for e in x.events)
    assert got == [
        ("ARREST", 1, ("GEO",), "2021-03-07", "asserted"),
        ("CHARGE", 2, (), "None", "denied"),
        ("DEPORT", 2, ("RUS",), "2021-03-08", "asserted"),
    ], [e.to_gold() for e in x.events]
    assert sorted((a.type, a.total) for a in x.aggregates) == [("CHARGE", 12), ("TRAVEL", 200)]


@pytest.mark.parametrize(("text", "wants"), [
    ("Rashid Kamal was captured in Bangkok on Monday and then handed to Malaysian authorities.",
     [W("ARREST", 1, day="2021-03-08", country="THA"), W("DEPORT", 1, country="THA")]),
    ("The two men were handed to the Iraqi side at the Ibrahim Khalil crossing on Friday.",
     [W("DEPORT", 2, day="2021-03-05")]),
    ("A report handed to the Turkish government on Friday named six suspects.", []),
])
def test_handed_to_another_state_is_a_removal(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 196 (session 20): arrests in the police and army English of West and East African news
# ("operatives of the DSS have arrested", "were nabbed by soldiers at a checkpoint", "apprehended by
# vigilantes … and handed over to the police", a running count "have so far been arrested"): 5 of 9
# right when first run, left as found (an army's "smashed a kidnap syndicate", with no one counted,
# is not checked). The misses are words no real text we hold has in this sense: "neutralised four
# terrorists" (killed), "busted a cell of five youths", "recaptured a prisoner", and suspects
# "paraded before journalists" (held before): a rule for them waits for real examples.

AFRICAN_POLICE_ENGLISH = [
    ("Operatives of the Department of State Services have arrested three suspected kidnappers in Kogi State, the "
     "service's spokesman said on Tuesday.", [W("ARREST", 3, country="NGA")]),
    pytest.param("The suspects were paraded before journalists at the police headquarters in Maiduguri on Monday.",
                 [W("ARREST")], marks=pytest.mark.xfail(reason="suspects paraded: held before, no real example", strict=True)),
    pytest.param("Troops of Operation Hadin Kai have neutralised four terrorists and arrested two of their logistics "
                 "suppliers in Borno, the army said.", [W("ATTACK", killed=4), W("ARREST", 2, country="NGA")],
                 marks=pytest.mark.xfail(reason="'neutralised' as killed: no real example", strict=True)),
    pytest.param("Police in Mombasa on Sunday busted a cell of five youths suspected of planning attacks on churches.",
                 [W("ARREST", 5, day="2021-03-07", country="KEN")],
                 marks=pytest.mark.xfail(reason="'busted a cell of': no real example", strict=True)),
    ("Kenyan police have arrested a man suspected of recruiting youths for al-Shabaab in Lamu county.",
     [W("ARREST", 1, "KEN", country="KEN")]),
    ("A suspected bandit informant was apprehended by vigilantes in Katsina on Monday and handed over to the police.",
     [W("ARREST", 1, day="2021-03-08", country="NGA")]),
    ("Two suspected IPOB members were nabbed by soldiers at a checkpoint in Imo State on Sunday.",
     [W("ARREST", 2, day="2021-03-07", country="NGA")]),
    pytest.param("Security forces on Tuesday recaptured a prisoner who escaped from the Kuje jail last year.",
                 [W("ARREST", 1, day="2021-03-09")],
                 marks=pytest.mark.xfail(reason="a prisoner 'recaptured': no real example", strict=True)),
    ("Police say 23 persons have so far been arrested in connection with the violence in Jos.", []),
]


@pytest.mark.parametrize(("text", "wants"), AFRICAN_POLICE_ENGLISH,
                         ids=[f"african_police_{i}" for i in range(len(AFRICAN_POLICE_ENGLISH))])
def test_african_police_english(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_count_so_far_is_a_statistic(pipeline: Pipeline) -> None:
    x = run(pipeline, "Police say 23 persons have so far been arrested in connection with the violence in Jos.")
    assert [(a.type, a.total) for a in x.aggregates] == [("ARREST", 23)]


# -- batch 198 (session 20): a page of science and defence news of our own (missiles fired into the
# sea in a weapons test, a frigate that shot down a target drone during drills, marines who stormed a
# beach in a mock landing, a spacecraft crashed into an asteroid, a light aircraft crash, a vaccine
# that "attacked" a parasite), ending with a bar shooting and two arrests: when first run the page
# gave four events, two real. The test and the drill were attacks: a new "exercise" sense (fired
# "into the sea", "during drills", "test-fired", a "weapons test"). Left: the shooting and the
# arrest are about armed conflict, from the missiles and drills of the page's other items (read
# on the paragraph alone they lose the subject of many one-topic reports: tried and dropped).

DEFENCE_PAGE = (
    "Science and defence roundup\n\n"
    "North Korea fired two ballistic missiles into the sea off its east coast on Tuesday, the South Korean military "
    "said, the latest in a series of weapons tests this year.\n\n"
    "During joint drills in the Baltic, a German frigate shot down a target drone with a surface-to-air missile, and "
    "marines stormed a beach near Klaipeda in a mock landing.\n\n"
    "A NASA spacecraft deliberately crashed into a small asteroid in September, knocking it off course in the first "
    "test of planetary defence.\n\n"
    "A light aircraft crashed shortly after take-off from an airfield near Lyon on Sunday, killing both people on "
    "board; investigators are examining the wreckage.\n\n"
    "Researchers said a new vaccine candidate attacked the malaria parasite at two stages of its life cycle.\n\n"
    "Separately, police in Marseille arrested two men on Monday after a shooting outside a bar that wounded three "
    "people, prosecutors said."
)


def test_a_defence_page_gives_only_the_shooting_and_its_arrest(pipeline: Pipeline) -> None:
    events = run(pipeline, DEFENCE_PAGE).events
    assert sorted((e.type, e.total, e.wounded, e.location.country if e.location else None) for e in events) == [
        ("ARREST", 2, None, "FRA"), ("ATTACK", None, 3, "FRA")], [e.to_gold() for e in events]


@pytest.mark.parametrize(("text", "attack"), [
    ("Iran's navy test-fired cruise missiles during a drill in the Gulf of Oman on Thursday.", False),
    ("The army fired artillery shells into the sea during an exercise near the island on Monday.", False),
    ("Houthi rebels fired a ballistic missile at the Saudi city of Jizan on Monday, the coalition said.", True),
    ("Militants fired rockets into the town on Monday, killing two.", True),
])
def test_weapons_tests_and_drills_are_no_attack(pipeline: Pipeline, text: str, attack: bool) -> None:
    assert [e.type for e in run(pipeline, text).events] == (["ATTACK"] if attack else [])


# -- batch 199 (session 20): a report of our own on a bombing (a suicide bomber at a rally, the toll
# rising overnight, a group's claim and another's denial, four men held the next morning "including
# a Pakistani national", a running toll "since January"): 1 of 2 events right when first run, the
# statistic missed. By class: "in connection with the attack, including a Pakistani national" hung
# the inclusion on "attack", so the Pakistani was lost (an inclusion of people on a noun that holds
# none is the act's people's); "more than 80 people have been killed in such attacks since January"
# was dropped as the toll of a kind of act (counted over a period, it is a statistic).

REPORT_KABUL_RALLY = (
    "Suicide bomber kills 11 at Kabul rally; IS claims attack\n\n"
    "KABUL, March 8 (Hindukush Desk) - A suicide bomber blew himself up at a political rally in western Kabul on "
    "Sunday afternoon, killing at least nine people and wounding 23, the interior ministry said.\n\n"
    "The death toll rose to 11 overnight as two of the wounded died in hospital, a ministry spokesman said on Monday. "
    "Most of the victims were members of the Hazara minority.\n\n"
    "Islamic State's Khorasan branch said in a statement on its Amaq agency that one of its fighters had carried out "
    "the bombing. The Taliban denied any involvement.\n\n"
    "Police detained four men in the Dasht-e Barchi district early on Monday in connection with the attack, including "
    "a Pakistani national suspected of driving the bomber to the rally.\n\n"
    "It was the third attack on the Hazara community in the capital this year; more than 80 people have been killed in "
    "such attacks since January."
)


def test_report_kabul_rally_batch_199(pipeline: Pipeline) -> None:
    x = pipeline.extract(Document(doc_id="t", text=REPORT_KABUL_RALLY, language="en", published=date(2021, 3, 8)))
    check_events = sorted((e.type, e.total, e.killed, tuple(sorted(e.nationalities)), str(e.date)) for e in x.events)
    assert check_events == [
        ("ARREST", 4, None, ("AFG", "PAK"), "2021-03-08"),
        ("ATTACK", None, 11, (), "2021-03-07"),
    ], [e.to_gold() for e in x.events]
    assert [a.type for a in x.aggregates] == ["ATTACK"], [a.to_gold() for a in x.aggregates]
    assert sorted((c.speaker.kind, c.stance) for c in x.claims) == [("group", "affirm"), ("group", "deny")]


def test_the_toll_of_a_kind_of_act_without_a_period_is_nothing(pipeline: Pipeline) -> None:
    x = run(pipeline, "Civilians have often been killed in such attacks, the report said.")
    assert x.events == [] and x.aggregates == []


# -- batch 200 (session 20): coder notes of our own, twelfth set, with coders' date forms ("Between 1
# and 3 March", "During the week of", "(as reported)", "Around … (week of)", "On the night of 7-8
# March"): 9 of 10 right when first run. Wrong: "clashes … left 3 dead" had no dead (the parser hung
# the bare number on "dead"; "left three people dead" was read).

CODER_NOTES_12 = [
    ("Between 1 and 3 March 2021, Malian soldiers arrested 6 suspected jihadists in several villages around Douentza "
     "(Mopti).", [W("ARREST", 6, country="MLI")]),
    ("During the week of 8 March 2021, Turkish police detained 14 people suspected of links to IS in raids in Istanbul "
     "(Istanbul). Size: 14.", [W("ARREST", 14, day="2021-03-08", country="TUR")]),
    ("On 6 March 2021 (as reported), gunmen killed a village chief in Kukawa (Borno). 1 fatality.",
     [W("ATTACK", day="2021-03-06", killed=1, country="NGA")]),
    ("Around 5 March 2021 (week of), Kenyan authorities deported 3 Somali nationals suspected of ties to al-Shabaab "
     "from Nairobi (Nairobi).", [W("DEPORT", 3, "SOM", country="KEN")]),
    ("On the night of 7-8 March 2021, unknown assailants threw a grenade at a police post in Garissa (Garissa), "
     "wounding 2 officers.", [W("ATTACK", day="2021-03-07", wounded=2, country="KEN")]),
    ("On 2 March 2021, an Iraqi court in Baghdad (Baghdad) sentenced 4 IS members to death.",
     [W("CHARGE", 4, day="2021-03-02", country="IRQ")]),
    ("On 9 March 2021, clashes between Fulani militia and Dogon hunters near Bankass (Mopti) left 3 dead. "
     "3 fatalities.", [W("ATTACK", day="2021-03-09", killed=3, country="MLI")]),
    ("On 4 March 2021, Russian FSB officers detained a native of Central Asia in Novosibirsk (Novosibirsk) on "
     "suspicion of recruiting for IS.", [W("ARREST", 1, day="2021-03-04", country="RUS")]),
    ("On 8 March 2021, Pakistani police arrested a suspected TTP commander in Dera Ismail Khan (Khyber Pakhtunkhwa). "
     "He was wanted for several attacks on police.", [W("ARREST", 1, day="2021-03-08", country="PAK")]),
    ("On 3 March 2021, Lebanese army intelligence arrested 2 Syrians in Arsal (Baalbek-Hermel) over alleged ties to "
     "HTS.", [W("ARREST", 2, "SYR", day="2021-03-03", country="LBN")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_12, ids=[f"coder_notes_12_{i}" for i in range(len(CODER_NOTES_12))])
def test_coder_notes_twelfth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 201 (session 20): killings told in the lower-case police English of South Asian news
# ("strangled to death", "killed in an encounter", "shot at …, leaving him seriously injured",
# "burnt alive", a body found, a lynching, which is mob violence and none of ours): 7 of 9 right when
# first run. Wrong: "leaving him seriously injured" counted no wounded (a pronoun left injured is
# one); "burnt alive" counted no dead (event_location: "was burnt alive in his car", "burned alive").
# Written with them: an injured man who "succumbed …, taking the toll in the attack to three", where
# the parser hangs "to three" on the attack.

KILLINGS_IN_LOWER_CASE = [
    ("a 30-year-old woman was strangled to death by her husband in the village on monday night.",
     [W("ATTACK", day="2021-03-08", killed=1)]),
    ("two brothers were stabbed to death in a land dispute in the district on sunday, police said.",
     [W("ATTACK", day="2021-03-07", killed=2)]),
    ("a man was lynched by a mob on suspicion of cattle theft in the district on saturday.", []),
    ("three militants were killed in an encounter with security forces in shopian on tuesday.",
     [W("ATTACK", day="2021-03-09", killed=3, country="IND")]),
    ("unidentified gunmen shot at a shopkeeper in the market on monday, leaving him seriously injured.",
     [W("ATTACK", day="2021-03-08", wounded=1)]),
    ("a 55-year-old farmer was burnt alive after his hut was set on fire by unknown persons on sunday.",
     [W("ATTACK", day="2021-03-07", killed=1)]),
    ("a policeman and two civilians were killed when militants opened fire on a checkpoint in kulgam on monday.",
     [W("ATTACK", day="2021-03-08", killed=3, country="IND")]),
    ("the body of a missing youth was found in a canal on tuesday with gunshot wounds, police said.", []),
    ("six people, including two children, were killed and 14 injured when a bomb exploded in a crowded market on "
     "friday.", [W("ATTACK", day="2021-03-05", killed=6, wounded=14)]),
    ("militants attacked a police post in kulgam on sunday, killing two constables. the injured constable succumbed "
     "to his injuries in hospital on tuesday, taking the toll in the attack to three.",
     [W("ATTACK", day="2021-03-07", killed=3, country="IND")]),
]


@pytest.mark.parametrize(("text", "wants"), KILLINGS_IN_LOWER_CASE,
                         ids=[f"killings_lower_{i}" for i in range(len(KILLINGS_IN_LOWER_CASE))])
def test_killings_in_lower_case(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 202 (session 20): a report of our own on claims (a security service says it broke up a
# recruitment ring; a rights group alleges torture of two detainees; the service calls the
# allegations "baseless"; a channel close to the Taliban denies links): the arrest right when first
# run; of the three claims, the rights group's allegation missed and the rebuttal came with the
# wrong speaker and stance. By class: an allegation told as a past happening ("two of the detainees
# had been beaten") was an attribution; another speaker's rejection of "the allegations" in the next
# sentences now makes it a claim; "called the allegations baseless" is a denial (dismissive words:
# baseless, unfounded, lies, propaganda …); "The committee" is the State Committee named before
# (a definite noun of an earlier speaker's name); rights groups are organisations, and a speaker NER
# misses but the tagger calls a name is credible. An "introduction" verb "send" or "put" now needs a
# message as its object ("the network had sent 20 Tajiks", "the attacks put the app under
# scrutiny" named bogus speakers): on reports-dev this loses one claim that matched only through
# such a speaker (claims 0.864 → 0.837). Left: "sent … to join the group" is a statistic only where
# the group is named ("to join Islamic State"): a trip sent to join is now read as one.

REPORT_DUSHANBE_RING = (
    "Tajikistan says it broke up IS recruitment ring; rights group alleges torture\n\n"
    "DUSHANBE, March 10 (Steppe Desk) - Tajikistan's State Committee for National Security said on Wednesday it had "
    "dismantled a network that recruited young men for Islamic State in Afghanistan, detaining nine suspects in Khatlon "
    "province last week.\n\n"
    "The committee said the network had sent at least 20 Tajiks to join the group since 2019 and that its leader, a "
    "34-year-old resident of Kulob, was among those held. It did not give the dates of the arrests.\n\n"
    "Human Rights Watch said on Thursday that two of the detainees had been beaten in custody to extract confessions, "
    "citing relatives. The committee called the allegations \"baseless\".\n\n"
    "A Telegram channel close to the Taliban said the group had no links to the recruiters and accused Dushanbe of "
    "exaggerating the threat."
)


def test_report_dushanbe_ring_batch_202(pipeline: Pipeline) -> None:
    x = pipeline.extract(Document(doc_id="t", text=REPORT_DUSHANBE_RING, language="en", published=date(2021, 3, 11)))
    assert [(e.type, e.total, tuple(e.nationalities), str(e.date)) for e in x.events] == [
        ("ARREST", 9, ("TJK",), "2021-03-01")], [e.to_gold() for e in x.events]
    assert [(c.speaker.text, c.speaker.kind, c.stance) for c in x.claims] == [
        ("Human Rights Watch", "organisation", "affirm"),
        ("Tajikistan's State Committee for National Security", "official", "deny"),
        ("A Telegram channel close to the Taliban", "channel", "deny"),
    ], [c.to_gold() for c in x.claims]


@pytest.mark.parametrize(("text", "trips"), [
    ("Recruiters sent three young men to Syria to join Islamic State in 2015.", [("TRAVEL", 3, "asserted")]),
    ("The company sent two engineers to join the project in Kabul.", []),
])
def test_people_sent_to_join_a_group_went(pipeline: Pipeline, text: str, trips: list[tuple[str, int, str]]) -> None:
    assert [(e.type, e.total, e.modality) for e in run(pipeline, text).events] == trips


# -- batch 203 (session 20): a page of court news of our own (a sentence for planning an attack, a
# co-defendant acquitted, a conviction upheld on appeal, a trial opening, a release after no charges
# were filed, a company fined and its manager charged, a tennis player "charged with doping
# offences" and cleared): when first run the page gave the sentence and the manager's charge, both
# real, and nothing false; run and left as found. The appeal court's "upheld the conviction of a
# former imam" is missed: the rule that would read it (an act noun under "uphold") has no real
# example in the text we hold, so it waits (strict xfail below). An acquittal, a trial's opening and
# a release for want of charges are not coded (the report sets' gold codes none of them).

COURTS_PAGE = (
    "In the courts this week\n\n"
    "A Paris court on Monday sentenced a 27-year-old man to 12 years in prison for planning an attack on a concert hall "
    "in 2019. His co-defendant was acquitted.\n\n"
    "In Brussels, an appeals court upheld the conviction of a former imam for inciting hatred but reduced his sentence "
    "to three years.\n\n"
    "The trial of six men accused of helping a suicide bomber opened in Vienna on Tuesday; they deny the charges.\n\n"
    "A Berlin court ordered the release of a Syrian refugee held since January after prosecutors failed to file charges "
    "within the legal deadline.\n\n"
    "In London, a judge fined a supermarket chain 2 million pounds over a fatal fire and charged its former manager with "
    "gross negligence manslaughter.\n\n"
    "Separately, a tennis player charged with doping offences was cleared by an independent tribunal on Thursday."
)


def test_a_courts_page_gives_its_sentence_and_charge(pipeline: Pipeline) -> None:
    events = run(pipeline, COURTS_PAGE).events
    assert sorted((e.type, e.total, e.location.country if e.location else None) for e in events) == [
        ("CHARGE", 1, "FRA"), ("CHARGE", 1, "GBR")], [e.to_gold() for e in events]


@pytest.mark.xfail(reason="a conviction 'upheld' on appeal: no real example for the rule yet", strict=True)
def test_a_conviction_upheld_on_appeal_is_a_charge(pipeline: Pipeline) -> None:
    check(pipeline, "In Brussels, an appeals court upheld the conviction of a former imam for inciting hatred on Monday.",
          [W("CHARGE", 1, day="2021-03-08", country="BEL")])


# -- batch 204 (session 20): posts of news channels of our own, in English (a "BREAKING" headline with
# hashtags, an "URGENT" toll, a coder-like post with a bracketed place, a shouted "DEPORTED", a pinned
# post, a numbered thread): 4 of 6 right when first run. Wrong: "Police in #Kano arrest 3 suspected
# #ISWAP logistics suppliers" gave nothing (the tagger made "arrest" a noun with a subject and an
# object of its own, which only a verb has); "the brothers from #Almaty … were detained" lost their
# nationality (a hashtag is now read as the word it marks, with a space for the "#": same offsets).

CHANNEL_POSTS = [
    ("⚡️BREAKING: Police in #Kano arrest 3 suspected #ISWAP logistics suppliers — sources",
     [W("ARREST", 3, country="NGA")]),
    ("🔴 URGENT | Two soldiers killed, 4 injured as militants ambush convoy near #Diffa this morning. More to follow…",
     [W("ATTACK", day="2021-03-10", killed=2, wounded=4, country="NER")]),
    ("#Mali: JNIM fighters attacked a FAMa post in Boni (Douentza) last night. 5 soldiers dead according to local "
     "sources. #Sahel", [W("ATTACK", day="2021-03-09", killed=5, country="MLI")]),
    ("UPDATE: Turkish authorities have DEPORTED 11 Tajik nationals over alleged IS links, per @TRTWorld 👇",
     [W("DEPORT", 11, "TJK", country="TUR")]),
    ("📌 The brothers from #Almaty who left for Syria in 2014 have returned and were detained at the airport "
     "yesterday.", [W("ARREST", None, "KAZ", day="2021-03-09")]),
    ("Thread 🧵 1/ Yesterday's raid in Idlib: US forces killed an ISIS leader and two others. 2/ Pentagon says no "
     "civilians were harmed.", [W("ATTACK", day="2021-03-09", killed=3, country="SYR")]),
]


@pytest.mark.parametrize(("text", "wants"), CHANNEL_POSTS, ids=[f"channel_post_{i}" for i in range(len(CHANNEL_POSTS))])
def test_news_channel_posts(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_hashtag_keeps_its_offsets_in_the_evidence(pipeline: Pipeline) -> None:
    text = "Police in #Kano arrested 3 suspected #ISWAP members on Monday."
    (event,) = run(pipeline, text).events
    assert text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert "#Kano" in event.evidence.text


# -- batch 205 (session 20): entry bans, removals and takedowns in new words (refused entry and put
# on the next flight back, barred from entering for ten years, expelled after serving a sentence,
# stripped of citizenship and ordered removed, videos removed after a complaint, channels blocked,
# turned away at a border, deported on a charter flight, extradited, entry bans "issued"): 8 of 10
# right when first run. Wrong: "Denmark has issued entry bans against five foreign imams" had no
# date (an act noun under a verb in the present perfect now takes the report's week, as the verb
# would); "ordered their removal" stays no act ("removal" is no trigger: batches 102 and 142).

BANS_AND_REMOVALS = [
    # two acts against the same man, of two types (GOLD-FORMAT; reports-dev2 codes "put on a plane back to
    # Austria" after custody a removal): coded as the refusal alone until session 28
    ("A British preacher was refused entry at Bergen airport on Friday and put on the next flight back to London, "
     "Norwegian police said.", [W("ENTRY_BAN", 1, "GBR", day="2021-03-05", country="NOR"),
                                W("DEPORT", 1, "GBR", day="2021-03-05", country="NOR")]),
    ("Kazakhstan has barred a Russian blogger from entering the country for ten years over posts praising jihadist "
     "fighters.", [W("ENTRY_BAN", 1, "RUS", day="2021-03-08", country="KAZ")]),
    ("Morocco expelled a Belgian national of Moroccan origin on Tuesday after he served a sentence for terrorism.",
     [W("DEPORT", 1, "BEL", day="2021-03-09", country="MAR")]),
    pytest.param("The interior ministry said on Monday it had stripped seven dual nationals of their citizenship and "
                 "ordered their removal.", [W("DEPORT", 7, modality="planned")],
                 marks=pytest.mark.xfail(reason="'removal' is no trigger (batches 102, 142)", strict=True)),
    ("YouTube removed more than 300 videos of an extremist preacher this week following a complaint from French "
     "authorities.", [W("TAKEDOWN", day="2021-03-08")]),
    ("Russia's media regulator blocked access to 15 Telegram channels it said were recruiting for Islamic State on "
     "Wednesday.", [W("TAKEDOWN", 15, country="RUS")]),
    ("Three Uzbek men were turned away at the Kazakh border on Sunday after their names appeared on a watch list.",
     [W("ENTRY_BAN", 3, "UZB", day="2021-03-07", country="KAZ")]),
    ("Germany deported a 22-year-old Afghan convicted of planning a knife attack to Kabul on a charter flight on "
     "Thursday.", [W("DEPORT", 1, "AFG", day="2021-03-04", country="DEU")]),
    ("A Tunisian suspected of links to the Nice attacker was extradited from Italy to France on Monday.",
     [W("DEPORT", 1, "TUN", day="2021-03-08", country="ITA")]),
    ("Denmark has issued entry bans against five foreign imams, bringing the number on its list to 20.",
     [W("ENTRY_BAN", 5, day="2021-03-08", country="DNK")]),
]


@pytest.mark.parametrize(("text", "wants"), BANS_AND_REMOVALS, ids=[f"bans_removals_{i}" for i in range(len(BANS_AND_REMOVALS))])
def test_bans_removals_and_takedowns_in_new_words(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 206 (session 20): two short reports of our own, each telling one act three ways (an arrest
# in the headline, the lede and a paragraph with its day, then a running count; a repatriation in
# the headline, the lede and a landing "late on Tuesday", then an earlier flight): when first run
# the arrest was one event with its day, but the running count "brings to 14 the number of people
# held … since January 2020" gave no statistic; the repatriation kept the lede's week (the landing
# of "a special flight carrying the children" has no origin of its own, so it is no flight home
# from a war), and the earlier flight's children took Iraq, where the lede said they came from, as
# their nationality. Now: a landing whose people were told before as brought from a war (in the two
# sentences before) is that flight home, and "from Iraq" on people a state repatriates is where they
# were, not whence they come. Left: the earlier flight's children have no nationality (strict xfail).

REPORT_CEUTA_ONE_ARREST = (
    "Spanish police hold Moroccan over IS recruitment in Ceuta\n\n"
    "CEUTA, March 9 (Iberia Desk) - Spanish police have arrested a Moroccan man in the North African enclave of Ceuta "
    "on suspicion of recruiting women for Islamic State online, the interior ministry said on Tuesday.\n\n"
    "The 31-year-old, who was not named, was detained at his home in the Principe district on Monday morning in an "
    "operation with Moroccan intelligence, the ministry said in a statement. Officers seized two mobile phones and a "
    "laptop.\n\n"
    "His arrest brings to 14 the number of people held in Ceuta on terrorism charges since January 2020, according to "
    "ministry figures."
)

REPORT_BISHKEK_CHILDREN = (
    "Kyrgyzstan brings home 79 children from Iraq\n\n"
    "BISHKEK, March 10 (Steppe Desk) - Kyrgyzstan has repatriated 79 children of its citizens from Iraq, where their "
    "mothers are serving sentences for belonging to Islamic State, the foreign ministry said on Wednesday.\n\n"
    "A special flight carrying the children landed in Bishkek late on Tuesday. Officials said the youngest was two "
    "years old and that all would be placed in a rehabilitation centre near the capital.\n\n"
    "It was the country's second such operation; in March 2019, 79 children were also flown home from Baghdad."
)


def test_report_ceuta_one_arrest_batch_206(pipeline: Pipeline) -> None:
    x = pipeline.extract(Document(doc_id="t", text=REPORT_CEUTA_ONE_ARREST, language="en", published=date(2021, 3, 9)))
    assert [(e.type, e.total, tuple(e.nationalities), str(e.date), e.location.country if e.location else None)
            for e in x.events] == [("ARREST", 1, ("MAR",), "2021-03-08", "ESP")], [e.to_gold() for e in x.events]


def test_report_bishkek_children_batch_206(pipeline: Pipeline) -> None:
    x = pipeline.extract(Document(doc_id="t", text=REPORT_BISHKEK_CHILDREN, language="en", published=date(2021, 3, 10)))
    assert sorted((e.type, e.total, str(e.date)) for e in x.events) == [
        ("DEPORT", 79, "2019-03-01"), ("DEPORT", 79, "2021-03-09")], [e.to_gold() for e in x.events]
    landed = next(e for e in x.events if e.date == date(2021, 3, 9))
    assert set(landed.nationalities) == {"KGZ"} and landed.location is not None and landed.location.admin1 == "Bishkek"


@pytest.mark.xfail(reason="children 'also flown home' by 'the country': its nationality", strict=True)
def test_the_earlier_flight_s_children_are_the_country_s(pipeline: Pipeline) -> None:
    x = pipeline.extract(Document(doc_id="t", text=REPORT_BISHKEK_CHILDREN, language="en", published=date(2021, 3, 10)))
    earlier = next(e for e in x.events if e.date == date(2019, 3, 1))
    assert set(earlier.nationalities) == {"KGZ"}


# -- batch 207 (session 20): nationality told in the next sentence, by residence, by birth and by
# descent (both men "are Iraqi citizens", a woman who "holds Austrian and Turkish passports", "three
# of them were Uzbeks and two were Tajiks", "a man from Kosovo", "a British-born man of Bangladeshi
# descent", "residents of Mosul", "the suspect, an Algerian national", "a Somali-born Norwegian
# citizen"): 7 of 8 right when first run. Wrong: "She holds Austrian and Turkish passports", right
# after the woman's arrest, gave her none (a pronoun opening the next sentence, with no other person
# between, tells back that one person; and the second of two coordinated nationalities counts).

NATIONALITY_TOLD_ELSEWHERE = [
    ("Police in Malmo detained two men on Sunday on suspicion of planning an attack. Both are Iraqi citizens who "
     "arrived in Sweden in 2015.", [W("ARREST", 2, "IRQ", day="2021-03-07", country="SWE")]),
    ("A woman was arrested at Vienna airport on Thursday after returning from Syria. She holds Austrian and Turkish "
     "passports.", [W("ARREST", 1, "AUT TUR", day="2021-03-04", country="AUT")]),
    ("Turkish police caught five foreigners trying to cross into Syria near Kilis on Monday. Three of them were Uzbeks "
     "and two were Tajiks.", [W("ARREST", 5, "UZB TJK", day="2021-03-08", country="TUR")]),
    ("Prosecutors in Munich charged a man from Kosovo with membership of Islamic State on Tuesday. The 24-year-old had "
     "lived in Bavaria since childhood.", [W("CHARGE", 1, "XKX", day="2021-03-09", country="DEU")]),
    ("Authorities in Dhaka detained a British-born man of Bangladeshi descent on Friday over links to an extremist "
     "group.", [W("ARREST", 1, "GBR", day="2021-03-05", country="BGD")]),
    ("Two residents of Mosul were arrested in Erbil on Saturday, Kurdish security officials said.",
     [W("ARREST", 2, "IRQ", day="2021-03-06", country="IRQ")]),
    ("Police arrested a man in Lyon on Wednesday. The suspect, an Algerian national, was known to intelligence "
     "services.", [W("ARREST", 1, "DZA", day="2021-03-10", country="FRA")]),
    ("Kenyan police on Monday detained a Somali-born Norwegian citizen at Nairobi airport.",
     [W("ARREST", 1, "NOR", day="2021-03-08", country="KEN")]),
    ("A man was arrested at Vienna airport on Thursday. She holds a Turkish passport.",
     [W("ARREST", 1, day="2021-03-04", country="AUT")]),
]


@pytest.mark.parametrize(("text", "wants"), NATIONALITY_TOLD_ELSEWHERE,
                         ids=[f"nationality_elsewhere_{i}" for i in range(len(NATIONALITY_TOLD_ELSEWHERE))])
def test_nationality_told_elsewhere(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 208 (session 20): statistics both ways, in GOLD-FORMAT's classes (counts over the past
# month, "in January alone", vague "dozens … in recent weeks", "since 2015", a repatriation total
# "since January 2019", a year's convictions; and dated operations however large: 40 held in dawn
# raids on Tuesday, "a total of 17" deported on Saturday, "on 9 February troops stopped a group of 14
# men"): 8 of 10 right when first run. Wrong: the troops' stop gave nothing ("stop" was no trigger:
# people stopped by a state's forces are now held, as WikiEvents train has "was stopped by Italian
# police at the airport"; not cars, attacks or a stop for speeding); and "the number of foreign
# fighters held … has risen to about 2,000", a standing total, gave no statistic (left).

STATISTICS_BOTH_WAYS = [
    ("In the past month, Turkish police have detained 312 people suspected of links to Islamic State, the interior "
     "ministry said.", [], 1),
    ("On 9 February, troops stopped a group of 14 men near the Syrian border and handed them to the gendarmerie.",
     [W("ARREST", 14, day="2021-02-09")], 0),
    ("In January alone, Germany deported 1,050 people whose asylum claims had been rejected.", [], 1),
    ("Dozens of suspected militants have been detained across the region in recent weeks, officials said.", [], 1),
    ("Police detained 40 people in dawn raids across Istanbul on Tuesday, the largest operation against the group "
     "this year.", [W("ARREST", 40, day="2021-03-09", country="TUR")], 0),
    ("Since 2015, more than 5,000 Tunisians have travelled to fight in Syria, Iraq and Libya, according to UN "
     "experts.", [], 1),
    ("Kazakhstan has repatriated 600 citizens from Syria since January 2019, including 400 children.", [], 1),
    ("In 2020, Indonesian courts convicted 230 people on terrorism charges, a rise of 20 percent on the year before.",
     [], 1),
    ("A total of 17 Indonesians were deported by Turkey on Saturday and arrested on arrival in Jakarta.",
     [W("DEPORT", 17, "IDN", day="2021-03-06"), W("ARREST", 17, "IDN", day="2021-03-06", country="IDN")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggs"), STATISTICS_BOTH_WAYS,
                         ids=[f"statistics_both_ways_{i}" for i in range(len(STATISTICS_BOTH_WAYS))])
def test_statistics_both_ways(pipeline: Pipeline, text: str, wants: list[Want], aggs: int) -> None:
    check(pipeline, text, wants, aggs)


@pytest.mark.parametrize("text", [
    "Police stopped the car at a checkpoint on Tuesday.",
    "Troops stopped the attack before it began.",
    "Police stopped him for speeding on Tuesday.",
])
def test_what_is_stopped_is_no_arrest_unless_people_by_a_force(pipeline: Pipeline, text: str) -> None:
    assert run(pipeline, text).events == []


# -- batch 209 (session 20): a page of city news in brief of our own, typed in lower case (a chief
# minister who "attacked the opposition" and said they had "killed a scheme", a cricket side that
# "crushed" its visitors as bowlers "struck" and openers were "caught", a bank "barred" from lending,
# a leopard that attacked two women and was "captured", a film "shot" in the hills that "bombed"),
# ending with a man arrested for stabbing his neighbour: when first run the page gave two events,
# one real. The minister's verbal attack (with "killed a scheme" as its dead) was an attack: the
# criticism sense now has politicians and spokespeople as the subject of "attack" (the issue names
# politicians' verbal attacks among the real false alarms), and "a scheme", "a project",
# "talks" killed are the metaphor sense's objects.

CITY_PAGE_LOWER = (
    "city news in brief\n\n"
    "the chief minister attacked the opposition for blocking the water bill in the assembly on tuesday, saying they had "
    "killed a scheme that would help farmers.\n\n"
    "in cricket, the home side crushed the visitors by eight wickets after their bowlers struck early and the openers "
    "were caught behind for single-digit scores.\n\n"
    "shares of the state bank plunged after the regulator barred it from issuing new loans for three months.\n\n"
    "a leopard that strayed into a village near the forest attacked two women collecting firewood; forest officials "
    "captured the animal later in the day.\n\n"
    "police arrested a 35-year-old man on wednesday for allegedly stabbing his neighbour during a quarrel over parking "
    "in the old city.\n\n"
    "the film, shot in the hills last winter, bombed at the box office despite a strong cast."
)


def test_a_lower_case_city_page_gives_only_its_arrest(pipeline: Pipeline) -> None:
    events = run(pipeline, CITY_PAGE_LOWER).events
    assert [(e.type, e.total, e.about) for e in events] == [("ARREST", 1, "crime")], [e.to_gold() for e in events]


@pytest.mark.parametrize(("text", "attack"), [
    ("The president attacked the central bank for raising interest rates on Monday.", False),
    ("The senator attacked the plan as reckless in a speech on Tuesday.", False),
    ("Gunmen attacked the minister's convoy near Kabul on Monday.", True),
    ("The president was attacked by a man with a knife during a rally on Monday.", True),
])
def test_politicians_attack_in_words(pipeline: Pipeline, text: str, attack: bool) -> None:
    assert [e.type for e in run(pipeline, text).events] == (["ATTACK"] if attack else [])


# -- batch 210 (session 20): trips told as the reports tell them (believed crossed, taken across by a
# smuggler, a family's legs a month apart, a feared count, an attempt turned back, background of a
# dead brother, a couple stopped at the border, a convert who slipped across, men held before they
# flew, citizens who "had recently left"): 5 of 8 checked right when first run (the smuggler's
# crossing near a border town, the attempt turned back and the brother's background are not checked:
# GOLD-FORMAT leaves them open). Wrong: "reached Raqqa in May" after "left Tashkent in April 2015"
# was May 2020 (a month told without its year, in a story told years back, is now the story's:
# normalize.dates._in_the_story_s_year); "12 citizens had recently left for Syria", told by
# Indonesian police, had no nationality (citizens of no named state a state body tells of are its
# own, or the dateline's). Left: the family's trip takes the day of its second leg.

TRIPS_TOLD = [
    ("Two teenage sisters from Manchester flew to Istanbul on Tuesday and are believed to have crossed into Syria, "
     "police said.", [W("TRAVEL", 2, "GBR", modality="rumored", day="2021-03-09")]),
    ("Officials fear that as many as 40 Kosovars have gone to fight in Syria in the past year.", []),
    ("The couple never reached Syria: they were stopped by Turkish soldiers at the border on Saturday.",
     [W("ARREST", 2, day="2021-03-06", country="TUR")]),
    ("A Belgian convert slipped across the Turkish border into Syria last week to join an al-Qaeda affiliate, his "
     "mother told reporters.", [W("TRAVEL", 1, "BEL", day="2021-03-01")]),
    ("Five Dagestani men who had planned to join IS in Syria were detained at Makhachkala airport on Thursday before "
     "boarding a flight to Istanbul.", [W("ARREST", 5, "RUS", day="2021-03-04", country="RUS")]),
    ("Indonesian police said on Monday that 12 citizens had recently left for Syria via Malaysia.",
     [W("TRAVEL", 12, "IDN")]),
    ("JAKARTA, March 10 (Wire) - Police said on Monday that 12 citizens had recently left for Syria via Malaysia.",
     [W("TRAVEL", 12, "IDN")]),
    ("The family left Tashkent in April 2015. They reached Raqqa in May.", [W("TRAVEL", day="2015-05-01")]),
    ("Police arrested him in Kabul in April 2015 and he was charged in May.",
     [W("ARREST", 1, day="2015-04-01"), W("CHARGE", 1, day="2015-05-01")]),
]


@pytest.mark.parametrize(("text", "wants"), TRIPS_TOLD, ids=[f"trips_told_{i}" for i in range(len(TRIPS_TOLD))])
def test_trips_told_as_reports_tell_them(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 211 (session 20): days told relatively, by ordinal or by holiday ("the next morning", "the
# third week of February", "on the eve of Eid al-Fitr in 2020", "two days later", "earlier this
# month", "at the weekend", "last Friday", "New Year's Eve"): 7 of 7 checked right when first run
# (the eve of Eid is not checked: the feast's day differs by country).

DAYS_TOLD_RELATIVELY = [
    ("Police raided a flat in Lyon on Sunday evening and arrested two men the next morning.",
     [W("ARREST", 2, day="2021-03-08", country="FRA")]),
    ("The Tajik woman was deported in the third week of February, her lawyer said.",
     [W("DEPORT", 1, "TJK", day="2021-02-15")]),
    ("A car bomb exploded outside a police station in Mogadishu on Monday; two days later, police arrested three men "
     "in connection with the attack.", [W("ATTACK", day="2021-03-08", country="SOM"), W("ARREST", 3, day="2021-03-10")]),
    ("Earlier this month, Austria expelled a Chechen imam to Russia.", [W("DEPORT", 1, "RUS", day="2021-03-01")]),
    ("A Syrian refugee was detained in Hamburg at the weekend on suspicion of planning an attack.",
     [W("ARREST", 1, "SYR", day="2021-03-01", country="DEU")]),
    ("The teenager was arrested last Friday and charged on Monday.",
     [W("ARREST", 1, day="2021-03-05"), W("CHARGE", 1, day="2021-03-08")]),
    ("On New Year's Eve, gunmen attacked a nightclub in Istanbul, killing 39 people.",
     [W("ATTACK", day="2020-12-31", killed=39, country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), DAYS_TOLD_RELATIVELY, ids=[f"days_relative_{i}" for i in range(len(DAYS_TOLD_RELATIVELY))])
def test_days_told_relatively(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 212 (session 20): counting people (a part of the group told after a comma, an inclusion,
# ages that are no counts, a mother and her children, a couple and their son, two brothers and a
# cousin, a remainder still at large, "some 200"): 6 of 8 right when first run. Wrong: "arrested a
# couple and their adult son" counted two (the parser hangs the son on the verb as a coordinated
# noun: a person so hung after the object is listed with it); "A 17-year-old and two men aged 22 and
# 25" counted two (the parser makes the 17-year-old a modifier of "A … men": counted since batch 254).

COUNTING_PEOPLE = [
    ("Police detained eleven people, six of them women, in raids across Vienna on Tuesday.",
     [W("ARREST", 11, day="2021-03-09", country="AUT")]),
    ("Forty-one suspects, including 12 foreigners, were arrested in Ankara on Monday.",
     [W("ARREST", 41, day="2021-03-08", country="TUR")]),
    ("A 17-year-old and two men aged 22 and 25 were charged with terrorism offences in Leeds on Friday.",
     [W("CHARGE", 3, day="2021-03-05", country="GBR")]),
    ("Turkey deported a Dutch woman and her three children on Thursday; the family was flown to Amsterdam.",
     [W("DEPORT", 4, "NLD", day="2021-03-04", country="TUR")]),
    ("Spanish police arrested a couple and their adult son in Barcelona on Monday. All three are Moroccan nationals.",
     [W("ARREST", 3, "MAR", day="2021-03-08", country="ESP")]),
    ("Two brothers and a cousin were detained at the border on Sunday. Both brothers had fought in Syria.",
     [W("ARREST", 3, day="2021-03-07")]),
    ("Kenyan police arrested nine people on Saturday; the remaining four suspects are still at large.",
     [W("ARREST", 9, day="2021-03-06", country="KEN")]),
    ("Some 200 people were detained during the protests in Minsk on Sunday, a rights group said.",
     [W("ARREST", None, day="2021-03-07", country="BLR")]),
    ("Police arrested a man and seized weapons on Monday.", [W("ARREST", 1, day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), COUNTING_PEOPLE, ids=[f"counting_{i}" for i in range(len(COUNTING_PEOPLE))])
def test_counting_people(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 213 (session 20): takedowns in platforms' and regulators' words (accounts suspended, a
# court's blocking order, a network of pages taken down, a channel "terminated", access "restricted",
# channels closed on request, items flagged in a referral action, an account restored): 3 of 4
# checked right when first run, left as found. "Terminated the channel of a radical preacher" is
# missed: "terminate" has no real example in the text we hold (strict xfail); access "restricted",
# a request complied with and a referral are not checked (GOLD-FORMAT codes the takedowns done).

TAKEDOWNS = [
    ("Twitter suspended more than 1,000 accounts linked to Islamic State on Tuesday, the company said.",
     [W("TAKEDOWN", day="2021-03-09")]),
    ("A court in Moscow on Monday ordered the blocking of 15 websites that published jihadist propaganda.",
     [W("TAKEDOWN", 15, modality="planned", country="RUS")]),
    ("Facebook said it had taken down a network of 80 pages run by supporters of al-Shabaab in Somalia.",
     [W("TAKEDOWN", 80, day="2021-03-08")]),
    pytest.param("YouTube terminated the channel of a radical preacher from Bosnia after a complaint by the government.",
                 [W("TAKEDOWN", 1)], marks=pytest.mark.xfail(reason="'terminate': no real example", strict=True)),
    ("The blogger's account was restored a week after it was suspended, the platform said.", []),
]


@pytest.mark.parametrize(("text", "wants"), TAKEDOWNS, ids=[f"takedowns_{i}" for i in range(len(TAKEDOWNS))])
def test_takedowns_in_platforms_words(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 214 (session 20): coder notes of our own, thirteenth set, in places earlier sets left out
# (Northern Samar, Beni territory, Djugu, Mandalay, Yala, Kumba, Sulu, Metekel, Celaya, Pemba) and with
# the groups added in batch 194: 10 of 10 right when first run.

CODER_NOTES_13 = [
    ("On 3 March 2021, NPA rebels ambushed a Philippine army patrol in Las Navas (Northern Samar), killing 2 soldiers. "
     "2 fatalities.", [W("ATTACK", day="2021-03-03", killed=2, country="PHL")]),
    ("On 5 March 2021, suspected ADF militants killed 6 civilians with machetes in Mamove (Beni, Nord-Kivu). "
     "6 fatalities.", [W("ATTACK", day="2021-03-05", killed=6, country="COD")]),
    ("On 2 March 2021, members of CODECO attacked an IDP site near Djugu (Ituri), killing 4. 4 fatalities.",
     [W("ATTACK", day="2021-03-02", killed=4, country="COD")]),
    ("On 7 March 2021, Myanmar military forces arrested 14 protesters in Mandalay (Mandalay).",
     [W("ARREST", 14, day="2021-03-07", country="MMR")]),
    ("On 6 March 2021, a roadside bomb planted by suspected separatists wounded 3 rangers in Bannang Sata (Yala).",
     [W("ATTACK", day="2021-03-06", wounded=3, country="THA")]),
    ("On 4 March 2021, Ambazonian separatists abducted and later killed a teacher in Kumba (Meme, South-West). "
     "1 fatality.", [W("ATTACK", day="2021-03-04", killed=1, country="CMR")]),
    ("On 8 March 2021, Abu Sayyaf militants clashed with marines in Patikul (Sulu); 3 militants were killed. "
     "3 fatalities.", [W("ATTACK", day="2021-03-08", killed=3, country="PHL")]),
    ("On 1 March 2021, Fano militiamen attacked a village in Metekel zone (Benishangul/Gumuz), killing 5 civilians. "
     "5 fatalities.", [W("ATTACK", day="2021-03-01", killed=5, country="ETH")]),
    ("On 9 March 2021, CJNG gunmen shot dead a municipal police commander in Celaya (Guanajuato). 1 fatality.",
     [W("ATTACK", day="2021-03-09", killed=1, country="MEX")]),
    ("On 3 March 2021, Mozambican police arrested 2 suspected insurgents in Pemba (Cabo Delgado).",
     [W("ARREST", 2, day="2021-03-03", country="MOZ")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_13, ids=[f"coder_notes_13_{i}" for i in range(len(CODER_NOTES_13))])
def test_coder_notes_thirteenth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 215 (session 21): a markets page (a ransomware attack that "would kill any hope of a
# recovery", prices that "shot up", a cartel that "struck a deal", regulators' raids on offices, a
# chief executive arrested years before who fled abroad in a box, jobs "slashed", a budget called "an
# attack on working families"): one event, a real arrest, when first run; left as found. A false
# statistic stays: "the attack" told back after the ransomware attack, in a sentence with "the first
# quarter", is kept as a tally (no text we hold tells an act ruled out by its sense back by a
# definite noun, so no rule carries the sense over).

MARKETS_PAGE = (
    "Markets: shares slide as chipmaker is hit by a cyberattack\n\n"
    "Shares in the chipmaker fell 12 per cent on Tuesday after the company said a ransomware attack had shut "
    "down two of its plants in Eindhoven.\n\n"
    "Oil prices shot up after producers struck a deal to cut output, while the pound was hammered by weak retail "
    "figures. A takeover bid for the brewer was blocked by regulators in Brussels, who raided the offices of two "
    "rival firms last month.\n\n"
    "The carmaker's former chairman, who was arrested in Tokyo in 2018 over financial misconduct, fled to Lebanon "
    "a year later hidden in a box.\n\n"
    "Investors fled the bond market and the bank slashed 3,000 jobs. \"This budget is an attack on working "
    "families,\" the shadow chancellor said."
)


def test_a_markets_page_holds_one_real_act(pipeline: Pipeline) -> None:
    check(pipeline, MARKETS_PAGE, [W("ARREST", 1, country="JPN")])


# -- batch 216 (session 21): arrests in lower-case police English of five regions (operatives of a
# state command, a directorate's raid, an agency holding a recruiter, joint forces at a checkpoint, a
# former sergeant in federal custody, a banned party's activists rounded up "ahead of the planned
# march", a facilitator picked up late at night, an extradited man held on arrival, a ministry's
# announcement, a court remand): 8 of 10 right when first run. Wrong: "a former army sergeant" was no
# person (ranks of armed forces, police and prisons are now in data/person_nouns_general_en.txt); "the
# planned march" dated the round-up to March (the tagger's first pass read "march" as a proper noun, and
# its proper nouns were capitalised before the month patterns of nlp/truecase.py could decide: "may" and
# "march" are now months only where those patterns find one). The remand stays no arrest.

LOWER_CASE_ARRESTS_2 = [
    ("operatives of the nigeria police force in kano have arrested 23 suspected kidnappers and rescued five "
     "victims, the command's spokesman said on sunday.", [W("ARREST", 23, day="2021-03-08", country="NGA")]),
    ("the directorate of criminal investigations on tuesday apprehended two men linked to the hotel attack in a "
     "raid in eastleigh, nairobi.", [W("ARREST", 2, day="2021-03-09", country="KEN")]),
    ("the nia on friday arrested a man from bhatkal in karnataka for allegedly recruiting youths online for the "
     "islamic state.", [W("ARREST", 1, "IND", day="2021-03-05", country="IND")]),
    ("joint security forces nabbed three alleged members of the abu sayyaf group at a checkpoint in zamboanga "
     "city on wednesday.", [W("ARREST", 3, day="2021-03-10", country="PHL")]),
    ("a former army sergeant was taken into federal custody on monday after fbi agents searched his home in "
     "ohio, officials said.", [W("ARREST", 1, day="2021-03-08", country="USA")]),
    ("police in lahore have rounded up 40 activists of the banned party ahead of the planned march, a police "
     "official said on saturday.", [W("ARREST", 40, day="2021-03-08", country="PAK")]),
    ("ctd officials picked up a suspected facilitator of the ttp from a hideout in peshawar late on thursday "
     "night.", [W("ARREST", 1, day="2021-03-04", country="PAK")]),
    ("the man, who was wanted for the 2016 bombing, was extradited from sudan and arrested on arrival in cairo on "
     "tuesday.", [W("DEPORT", 1, day="2021-03-09"), W("ARREST", 1, day="2021-03-09", country="EGY")]),
    ("authorities in tajikistan detained 12 people suspected of membership in a banned islamist party, the "
     "interior ministry said on monday.", [W("ARREST", 12, country="TJK")]),
    ("an alleged recruiter was remanded in custody by a court in mombasa on thursday after police sought 30 "
     "days to complete investigations.", []),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARRESTS_2, ids=[f"lower_case_arrests_2_{i}" for i in range(len(LOWER_CASE_ARRESTS_2))])
def test_lower_case_arrests_second_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# GOLD-FORMAT: a recent act a paper reports with no day of its own takes the report's week; an act
# known only through the announcement of the body that did it has no date. Real news has both
# ("…, the news agency reported", CASE 2021, MUC-4 and event_location text; "…, the ministry said").
# The paper's form was undated before session 21.

TOLD_BY_THE_PRESS = [
    ("Two Russian men were denied entry at the border, the paper reported on Saturday.", "ENTRY_BAN", date(2021, 3, 8)),
    ("Three foreign journalists were expelled from the country, the newspaper said on Tuesday.", "DEPORT", date(2021, 3, 8)),
    ("Police detained four men in a raid on a flat, the state news agency reported on Monday.", "ARREST", date(2021, 3, 8)),
    ("Police detained four men in a raid on a flat, the ministry said on Monday.", "ARREST", None),
]


@pytest.mark.parametrize(("text", "etype", "day"), TOLD_BY_THE_PRESS, ids=[f"press_{i}" for i in range(len(TOLD_BY_THE_PRESS))])
def test_an_act_the_press_tells_takes_the_report_s_week(pipeline: Pipeline, text: str, etype: str, day: date | None) -> None:
    (event,) = run(pipeline, text).events
    assert event.type == etype and event.date == day, event.to_gold()
    assert day is None or event.date_precision == "week"


# -- batch 217 (session 21): a health page (an outbreak that "killed" children, a virus that "attacks"
# the immune system, a nurse arrested for selling fake vaccination cards, a ward shut after a fire, a
# minister who "struck back" at critics, a campaign "hijacked" by misinformation, cholera that "claimed"
# lives): one event when first run, the real arrest, and nothing false.

HEALTH_PAGE = (
    "Health: measles outbreak kills 40 children in northern province\n\n"
    "An outbreak of measles has killed at least 40 children in Zamfara state since January, health officials said "
    "on Tuesday, as vaccination teams struggled to reach villages cut off by insecurity.\n\n"
    "The virus attacks the immune system and leaves children open to pneumonia, doctors said. More than 2,000 cases "
    "have been recorded this year.\n\n"
    "In the capital, a nurse was arrested on Monday for selling fake vaccination cards, police said. A hospital in "
    "Kano was forced to shut its maternity ward after a fire broke out on Sunday night; no one was hurt.\n\n"
    "Separately, the health minister struck back at critics who accused the government of neglect, saying the "
    "campaign had been \"hijacked\" by misinformation. Cholera has claimed 12 lives in Borno over the past month."
)


def test_a_health_page_holds_one_real_act(pipeline: Pipeline) -> None:
    check(pipeline, HEALTH_PAGE, [W("ARREST", 1, day="2021-03-08", country="NGA")])


# -- batch 218 (session 21): coder notes of our own, fourteenth set (Mopti, the Kaduna-Abuja highway,
# Middle Shabelle, Taizz, Kirkuk, Arauca, Istanbul, Khartoum, Helmand, Dagestan; an abduction, mortars
# with no casualties, shelling that kills and injures, a deportation, police firing on protesters): 10 of
# 10 right when first run.

CODER_NOTES_14 = [
    ('On 1 March 2021, JNIM militants ambushed a Malian army convoy near Boni (Douentza, Mopti), killing 4 soldiers. '
     '4 fatalities.', [W("ATTACK", day="2021-03-01", killed=4, country="MLI")]),
    ('On 2 March 2021, unidentified gunmen abducted 15 passengers on the Kaduna-Abuja highway near Katari (Kachia, Kaduna).',
     [W("ATTACK", day="2021-03-02", country="NGA")]),
    ('On 10 March 2021, Al Shabaab fighters fired mortars at AMISOM base in Balcad (Middle Shabelle). '
     'No casualties reported.', [W("ATTACK", day="2021-03-10", country="SOM")]),
    ('On 3 March 2021, Houthi forces shelled residential areas in Taizz city (Taizz), killing a woman and injuring 3 children. '
     '1 fatality.', [W("ATTACK", day="2021-03-03", killed=1, wounded=3, country="YEM")]),
    ('On 9 March 2021, Iraqi security forces arrested 5 IS suspects in a raid in Hawija district (Kirkuk).',
     [W("ARREST", 5, day="2021-03-09", country="IRQ")]),
    ('On 4 March 2021, suspected ELN members detonated an explosive device against a police station in Tame (Arauca), injuring 2 police officers.',
     [W("ATTACK", day="2021-03-04", wounded=2, country="COL")]),
    ('On 2 March 2021, Turkish authorities deported 11 Moroccan nationals suspected of IS links from Istanbul (Istanbul).',
     [W("DEPORT", 11, "MAR", day="2021-03-02", country="TUR")]),
    ('On 1 March 2021, Sudanese police fired live ammunition at protesters in Khartoum (Khartoum), killing 1 protester. '
     '1 fatality.', [W("ATTACK", day="2021-03-01", killed=1, country="SDN")]),
    ('On 5 March 2021, an IED planted by Taliban militants exploded in Lashkar Gah (Helmand), killing 3 civilians. '
     '3 fatalities.', [W("ATTACK", day="2021-03-05", killed=3, country="AFG")]),
    ('On 10 March 2021, Russian forces detained 3 men accused of financing HTS in Makhachkala (Dagestan).',
     [W("ARREST", 3, day="2021-03-10", country="RUS")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_14, ids=[f"coder_notes_14_{i}" for i in range(len(CODER_NOTES_14))])
def test_coder_notes_fourteenth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 219 (session 21): acts told as stopped, withdrawn, refused or false (a court halting a
# deportation, charges dropped, a detention denied, reports of an arrest proved false, a ban lifted,
# release without charge, deportations suspended, an expulsion of diplomats called off, no arrests made,
# a judge refusing to extradite): 4 of 9 checked right when first run (the lifted ban is not checked:
# GOLD-FORMAT does not say whether a ban lifted a year on is an act of its own). Wrong: a removal
# "halted" or "suspended" was missed (now withdrawing heads beside "dropped" and "quashed": MUC-4 has
# governments that "suspend the extradition" of traffickers and extraditions "suspended"); a judge who
# "refused to extradite" him was missed (a refusal of an act on someone is a denied act: event_location
# has a state's "refusal to hand over" two suspects; a man who "refused to surrender" did nothing to
# anyone); "reports that the cleric had been arrested proved false" was asserted (a that-clause the
# parser hangs on "reports" as a complement is a report's content, and a report or claim "proved false"
# denies it: event_location has claims "proved wrong"). Left: the three men "held in Moscow last week"
# (the parser hangs "last week" on "released", so the participle has no day of its own; no real text
# of the form, strict xfail).

STOPPED_OR_DENIED = [
    ("A court in Strasbourg halted the deportation of a Chechen man to Russia on Tuesday, hours before his flight.",
     [W("DEPORT", 1, "RUS", modality="denied")]),
    ("Prosecutors in Vienna dropped all charges against the two Bosnian brothers on Monday for lack of evidence.",
     [W("CHARGE", 2, "BIH", modality="denied")]),
    ("Police in Almaty denied on Thursday that they had detained the blogger, saying he had left the country.",
     [W("ARREST", 1, modality="denied", country="KAZ")]),
    ("Reports that the cleric had been arrested in Karachi proved false, his lawyer said on Friday.",
     [W("ARREST", 1, modality="denied", country="PAK")]),
    pytest.param("Three Tajik men held in Moscow last week were released without charge on Saturday.",
                 [W("ARREST", 3, "TJK", country="RUS"), W("CHARGE", 3, "TJK", modality="denied")],
                 marks=pytest.mark.xfail(reason="the parser hangs 'last week' on 'released'", strict=True)),
    ("Germany suspended the deportation of 40 Afghans on Wednesday after the security situation worsened.",
     [W("DEPORT", 40, "AFG", modality="denied")]),
    ("The planned expulsion of two Iranian diplomats was called off at the last minute on Tuesday.", []),
    ("Police in Oslo said no arrests had been made after the stabbing on Sunday.",
     [W("ARREST", modality="denied", country="NOR")]),
    ("A judge in Brussels refused on Monday to extradite a Moroccan suspect to Rabat.",
     [W("DEPORT", 1, "MAR", modality="denied")]),
    ("The man refused to surrender and was shot dead by police on Monday.", [W("ATTACK", day="2021-03-08")]),
    ("Police refused to say whether the suspect had been arrested.", []),
]


@pytest.mark.parametrize(("text", "wants"), STOPPED_OR_DENIED, ids=[f"stopped_or_denied_{i}" for i in range(len(STOPPED_OR_DENIED))])
def test_acts_stopped_withdrawn_refused_or_false(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 220 (session 21): a politics page (a party expelling MPs, a speaker barring a leader from the
# chamber, a prime minister "ambushed" by reporters and "grilled", a reform "torpedoed", a country held
# "hostage", a court banning a nationalist party, candidates disqualified, a former deputy minister
# arrested for bribes): one event when first run, and it was false; the real arrest was missed. Wrong:
# "a nationalist party" was banned from entry ("nationalist" holds "list": the words that make a ban an
# entry ban are now matched whole); "a former deputy minister" was no person (office holders are now in
# data/person_nouns_general_en.txt).

PARTY_POLITICS_PAGE = (
    "Politics: party expels three rebels as budget row deepens\n\n"
    "The ruling party expelled three MPs on Tuesday after they voted against the budget, and the speaker barred an "
    "opposition leader from the chamber for a week for calling the finance minister a liar.\n\n"
    "The prime minister was ambushed by reporters outside parliament and grilled over the leaked memo. His "
    "spokesman said the opposition had torpedoed the reform and was holding the country hostage.\n\n"
    "The constitutional court banned a small nationalist party on Monday for inciting hatred, and the electoral "
    "commission disqualified two candidates who had failed to declare their assets.\n\n"
    "In a separate case, a former deputy minister was arrested on Wednesday on suspicion of taking bribes from a "
    "construction firm, anti-corruption investigators said."
)


def test_a_politics_page_holds_one_real_act(pipeline: Pipeline) -> None:
    check(pipeline, PARTY_POLITICS_PAGE, [W("ARREST", 1, day="2021-03-10")])


# -- batch 221 (session 21): a sports page (knocked out of the cup, a keeper "beaten", a captain "sent
# off", a striker "charged by the FA" facing a suspension, a sprinter banned for doping, a coach "fired"
# who said his side was "robbed" and "accused the referee of killing the game", a winger "shot down" by
# critics, a former midfielder arrested on suspicion of drink driving, a club owner detained at an
# airport over fraud): two events when first run, one real. Wrong: the coach's accusation was a charge
# (the learned scorer's "accused" now needs an accuser that can bring charges, prosecutors, police,
# courts, states' bodies, or a named organisation or state: WikiEvents train loses one span it codes as
# a charge, a president who "accused Colombia and the United States of conspiring"). Left: the
# midfielder's arrest, ruled out as sport by "midfielder" (no text we hold has an athlete arrested).

SPORTS_PAGE_2 = (
    "Sport: City crash out as holders are stunned in extra time\n\n"
    "City were knocked out of the cup on Tuesday after their keeper was beaten at the near post in the 118th minute, "
    "and their captain was sent off for a second booking.\n\n"
    "The striker has been charged by the FA with violent conduct after an off-the-ball clash, and faces a three-match "
    "suspension. A sprinter was banned for four years on Monday after testing positive for a steroid.\n\n"
    "The visitors' coach, who was fired in January, said his side had been \"robbed\" and accused the referee of "
    "killing the game. Rovers' winger was shot down by critics after missing a penalty.\n\n"
    "Off the pitch, a former midfielder was arrested in Manchester on Sunday on suspicion of drink driving, police "
    "said. The club's owner was detained at the airport in Dubai over a fraud inquiry last week."
)


@pytest.mark.xfail(reason="'midfielder' rules the arrest out as sport: no real example of an athlete arrested", strict=True)
def test_a_sports_page_holds_its_two_arrests(pipeline: Pipeline) -> None:
    check(pipeline, SPORTS_PAGE_2, [W("ARREST", 1, day="2021-03-07", country="GBR"), W("ARREST", 1, day="2021-03-01", country="ARE")])


def test_an_accusation_by_no_authority_is_no_charge(pipeline: Pipeline) -> None:
    check(pipeline, SPORTS_PAGE_2, [W("ARREST", 1, day="2021-03-01", country="ARE")])
    check(pipeline, "Prosecutors accused the two men of financing terrorism.", [W("CHARGE", 2)])


# -- batch 222 (session 21): trips feared, helped, attempted, background and counted (a teenager feared
# to have gone, sisters smuggled across a border, brothers who fought years before, men turned back at
# an airport, a woman who slipped across with her children, a teenager who flew to Istanbul and crossed
# "days later", a convert's dated trip, citizens who left "in recent weeks"): 6 of 8 right when first
# run. Wrong: the sisters "smuggled across the Turkish border into Syria" were missed (those smuggled
# into a war zone travel: "smuggle" is a passive-only TRAVEL verb; event_location has IS punishing men
# "for smuggling people out of" its territory, a reports-dev story a smuggler who took a family across,
# and the issue's error list "smuggled them across"). Left: "crossed into Syria days later" (the parser
# makes "Syria" a compound of "days", so "into" has no place; no real text of the form, strict xfail).

TRIPS_2 = [
    ("A 19-year-old from Cardiff is feared to have travelled to Syria to join Islamic State, his family said on "
     "Tuesday.", [W("TRAVEL", 1, "GBR", modality="rumored")]),
    ("Police believe the two sisters were smuggled across the Turkish border into Syria in early February.",
     [W("TRAVEL", 2, modality="rumored")]),
    ("The brothers, who fought with al-Nusra in 2014, returned to Belgium last year.", []),
    ("Three Kyrgyz men who tried to reach Syria via Istanbul were turned back at the airport on Monday.",
     [W("ENTRY_BAN", 3, "KGZ", day="2021-03-08", country="TUR")]),
    ("An Australian woman slipped across the border into Syria with her two children in late January, officials "
     "said.", [W("TRAVEL", 3, "AUS")]),
    pytest.param("Investigators say the teenager flew to Istanbul on 2 February and crossed into Syria days later.",
                 [W("TRAVEL", 1)], marks=pytest.mark.xfail(reason="the parser makes 'Syria' a compound of 'days'", strict=True)),
    ("A Danish convert left Copenhagen for Syria in 2013 and is believed to have been killed there.",
     [W("TRAVEL", 1, "DNK")]),
    ("Cigarettes were smuggled into Syria in February.", []),
]


@pytest.mark.parametrize(("text", "wants"), TRIPS_2, ids=[f"trips_2_{i}" for i in range(len(TRIPS_2))])
def test_trips_feared_helped_or_background(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_citizens_who_left_in_recent_weeks_are_a_statistic(pipeline: Pipeline) -> None:
    check(pipeline, "Indonesian police said on Monday that 12 citizens had left for Syria in recent weeks to join the group.",
          [], aggregates=1)


# -- batch 223 (session 21): one act told again in the sentences after it ("the three, aged 19 to 24,
# were detained in dawn raids", "the blast, which also wounded 30", "the injured were taken to", "the
# group … landed", "the deportees were questioned", "the operation ended", "his arrest came after a
# tip-off", "the returnees were flown to", "the repatriation … was carried out"): 6 of 6 right when
# first run, one event each.

TOLD_AGAIN = [
    ('Police in Hamburg arrested three Syrian men on Tuesday on suspicion of planning a knife attack. The three, '
     'aged 19 to 24, were detained in dawn raids on flats in Harburg, prosecutors said. All three men will appear '
     'before a judge on Wednesday.',
     [W("ARREST", 3, "SYR", day="2021-03-09", country="DEU")]),
    ('A suicide bomber killed 14 people at a market in Maiduguri on Sunday. The blast, which also wounded 30, '
     'ripped through stalls shortly after noon. The injured were taken to the state hospital, where three later '
     'died.',
     [W("ATTACK", day="2021-03-07", wounded=30, country="NGA")]),
    ('Turkey deported six Germans to Frankfurt on Thursday. The group, four women and two children, landed at '
     'Frankfurt airport on a scheduled flight. The deportees were questioned by federal police on arrival.',
     [W("DEPORT", 6, "DEU", day="2021-03-04", country="TUR")]),
    ('Security forces in Dagestan killed two suspected militants in a shootout in Khasavyurt on Friday, the '
     'National Anti-Terrorism Committee said. The men had opened fire when officers tried to check their documents, '
     'the committee said. The operation ended after two hours.',
     [W("ATTACK", day="2021-03-05", killed=2, country="RUS")]),
    ('French police detained a 25-year-old Chechen in Nice on Monday over a plot to attack a church. His arrest '
     'came after a tip-off from Moroccan intelligence. The suspect had pledged allegiance to Islamic State in a '
     'video, investigators said.',
     [W("ARREST", 1, "RUS", day="2021-03-08", country="FRA")]),
    ('Kazakhstan brought home 47 women and children from camps in Syria on Monday. The returnees were flown to '
     'Aktau aboard a government plane. The repatriation, the fifth since 2019, was carried out with the help of US '
     'forces.',
     [W("DEPORT", 47, "KAZ", day="2021-03-08", country="KAZ")]),
]


@pytest.mark.parametrize(("text", "wants"), TOLD_AGAIN, ids=[f"told_again_{i}" for i in range(len(TOLD_AGAIN))])
def test_one_act_told_again_in_the_sentences_after_it(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 224 (session 21): coder notes of what is no act of ours (a peaceful protest, a riot with
# arrests, a district taken without a fight, a base set up, a ceasefire signed, a faction defecting, a
# sit-in dispersed with batons, IEDs defused): 6 of 7 checked right when first run, nothing false (the
# sit-in broken up with injuries is not checked: CASE 2021 scores "force against protesters" as
# neither kind). Wrong: the seven arrested in Kisumu had no country (NER took "Kisumu (Kisumu)" for an
# organisation, so the story named no place; the names the act-place finder reads where NER missed
# them now give the story its countries too, as GPE names did, where every big place of the name lies in
# one country: event_location unchanged at 0.801).

CODER_NOTES_NO_ACTS = [
    ('On 2 March 2021, around 300 students protested in Dhaka (Dhaka) demanding the reopening of universities. The '
     'protest was peaceful.',
     []),
    ('On 3 March 2021, rioters looted shops and set fire to a police post in Kisumu (Kisumu) after a disputed '
     'by-election. Police arrested 7 people.',
     [W("ARREST", 7, day="2021-03-03", country="KEN")]),
    ('On 4 March 2021, the Taliban took control of Khan Neshin district (Helmand) without a fight after government '
     'forces withdrew.',
     []),
    ('On 5 March 2021, ISWAP established a new base near Malam Fatori (Abadam, Borno).',
     []),
    ('On 6 March 2021, the government and the ELN signed a local ceasefire agreement in Quibdo (Choco).',
     []),
    ('On 7 March 2021, a faction of the SPLM-IO led by a former general defected to the government in Juba (Central '
     'Equatoria).',
     []),
    ('On 9 March 2021, Iraqi forces defused 3 IEDs planted on a road near Tarmiyah (Baghdad). No casualties.',
     []),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_NO_ACTS, ids=[f"coder_notes_no_acts_{i}" for i in range(len(CODER_NOTES_NO_ACTS))])
def test_coder_notes_of_what_is_no_act(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_place_ner_missed_gives_the_story_its_country(pipeline: Pipeline) -> None:
    check(pipeline, "On 3 March 2021, rioters looted shops in Kisumu town. Police arrested 7 people.",
          [W("ARREST", 7, day="2021-03-03", country="KEN")])


# -- batch 225 (session 21): nationality where the text gives none or gives it by other words (men
# "Russian-speaking", men held at a neighbour's border by a state's police, a ministry telling of a man
# held in its city, French-speaking Belgians, a resident of Almaty, a Syrian refugee charged): 6 of 6
# right when first run (a residence told in the past, "who had lived in Sweden for a decade", and a
# "Dutch-born woman of Moroccan descent" are not checked: GOLD-FORMAT leaves both open). Men a state's
# own police hold in that state are its nationals (english._own_nationals), as before.

NATIONALITY_OTHER_WORDS = [
    ("Police in Istanbul detained four Russian-speaking men on Monday on suspicion of links to Islamic State.",
     [W("ARREST", 4, day="2021-03-08", country="TUR")]),
    ("Greek police arrested two men at the Turkish border on Tuesday as they tried to cross into Greece.",
     [W("ARREST", 2, "GRC", day="2021-03-09")]),
    ("The Moroccan interior ministry said on Monday that police had arrested a man in Fez who planned to travel to "
     "Syria.", [W("ARREST", 1, country="MAR")]),
    ("Two French-speaking Belgians were arrested in Brussels on Saturday over a plot against a synagogue.",
     [W("ARREST", 2, "BEL", day="2021-03-06", country="BEL")]),
    ("A resident of Almaty was detained at the airport on Sunday after returning from Istanbul.",
     [W("ARREST", 1, "KAZ", day="2021-03-07", country="KAZ")]),
    ("German prosecutors charged a Syrian refugee on Wednesday with membership of a terrorist group.",
     [W("CHARGE", 1, "SYR", day="2021-03-10", country="DEU")]),
]


@pytest.mark.parametrize(("text", "wants"), NATIONALITY_OTHER_WORDS, ids=[f"nationality_other_words_{i}" for i in range(len(NATIONALITY_OTHER_WORDS))])
def test_nationality_told_by_other_words_or_not_at_all(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 226 (session 21): days told in the next sentence or beside a birth date (a raid that "took
# place on Monday night", women "put on a flight on Friday", a man "born in 1990 in Grozny", an attack
# retold "on Saturday", an arrest "made on Thursday", a man "born on 5 May 1995"): 6 of 6 dates right when
# first run, the birth dates never taken. Wrong beside the dates: the man "born in Grozny" had no
# nationality (a birthplace is an origin stated as such, GOLD-FORMAT; WikiEvents has "born in Fez,
# Morocco, in 1995". It is the weakest: in a story that names a nationality anywhere it gives none, as
# a reports-dev2 class showed: "the Vienna man, born in Georgia" is a Chechen, Russian).

DAYS_TOLD_AFTER = [
    ("Police arrested three men in a raid on a flat in Izmir. The raid took place on Monday night, officials said.",
     [W("ARREST", 3, day="2021-03-08", country="TUR")]),
    ("Two Uzbek women were deported from Turkey. They were put on a flight to Tashkent on Friday.",
     [W("DEPORT", 2, "UZB", day="2021-03-05", country="TUR")]),
    ("A 31-year-old man born in 1990 in Grozny was detained in Vienna on Sunday.",
     [W("ARREST", 1, "RUS", day="2021-03-07", country="AUT")]),
    ("Militants attacked an army post in Menaka. The attack, on Saturday, killed five soldiers.",
     [W("ATTACK", day="2021-03-06", killed=5, country="MLI")]),
    ("Kyrgyz security services detained a recruiter in Osh. The arrest was made on Thursday, the service said.",
     [W("ARREST", 1, day="2021-03-04", country="KGZ")]),
    ("A Tajik man who was born on 5 May 1995 was charged in Moscow on Tuesday with financing terrorism.",
     [W("CHARGE", 1, "TJK", day="2021-03-09", country="RUS")]),
    ("A Chechen man was held in Vienna on Sunday. The man, born in Georgia, had fought in Syria.",
     [W("ARREST", 1, "RUS", day="2021-03-07", country="AUT")]),
]


@pytest.mark.parametrize(("text", "wants"), DAYS_TOLD_AFTER, ids=[f"days_told_after_{i}" for i in range(len(DAYS_TOLD_AFTER))])
def test_days_told_after_the_act_or_beside_a_birth(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 227 (session 21): places named that are not where the act was, and names several countries
# hold (Hyderabad beside "the Sindh police chief", a Turkish national held in Berlin, men held at Almaty
# airport before a flight to Istanbul, Tripoli with Lebanese troops, a place set against the act's
# with "unlike in", Santa Cruz with Bolivian officials, Bannu district, a checkpoint in Kharkiv): 7 of 8
# right when first run. Wrong: "Unlike in Iraq, …, Syria's Kurdish authorities have charged …" was
# placed in Iraq (a place under "unlike" is set against the act's: none, en_event_place._find_climb;
# WikiEvents has "unlike in the case of Israel"). Left: "have charged no foreign fighters" is asserted
# (an object under "no" on a verb is a denial, but the text we hold has one real example, "had killed no
# civilians", and that one a count over a year).

PLACES_SET_APART = [
    ("Police in Hyderabad arrested two suspected Lashkar militants on Monday, the Sindh police chief said.",
     [W("ARREST", 2, day="2021-03-08", country="PAK")]),
    ("A Turkish national was arrested in Berlin on Tuesday on suspicion of supporting the PKK.",
     [W("ARREST", 1, "TUR", day="2021-03-09", country="DEU")]),
    ("Two men were detained at Almaty airport on Friday before boarding a flight to Istanbul.",
     [W("ARREST", 2, day="2021-03-05", country="KAZ")]),
    ("Lebanese troops arrested three gunmen in Tripoli on Sunday after clashes in the Bab al-Tabbaneh district.",
     [W("ARREST", 3, day="2021-03-07", country="LBN")]),
    ("Unlike in Iraq, where hundreds have been tried, Syria's Kurdish authorities have charged two foreign "
     "fighters, a report said.", [W("CHARGE", 2, country="SYR")]),
    ("A bomb exploded in Santa Cruz on Saturday, wounding two police officers, Bolivian officials said.",
     [W("ATTACK", day="2021-03-06", wounded=2, country="BOL")]),
    ("Militants killed four villagers in Bannu district on Thursday, Pakistani officials said.",
     [W("ATTACK", day="2021-03-04", killed=4, country="PAK")]),
    ("Ukrainian border guards turned back a Russian citizen at the Kharkiv checkpoint on Wednesday.",
     [W("ENTRY_BAN", 1, "RUS", day="2021-03-10", country="UKR")]),
]


@pytest.mark.parametrize(("text", "wants"), PLACES_SET_APART, ids=[f"places_set_apart_{i}" for i in range(len(PLACES_SET_APART))])
def test_places_set_apart_and_names_many_countries_hold(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 228 (session 21, written after its rule): a town "seized" or "captured" that NER took for a
# person. A CASE 2021 dev snippet (a government regaining a town, told as the town and trading hub "of"
# its name, that IS had seized two months before) gave a false arrest: NER read the town as a person, and "seized" is
# an arrest verb in the passive. A proper name under "of" after a settlement noun is a place's
# (`english._a_settlement_s_name`; WikiEvents has "the city of Manbij was taken by", event_location
# "the western town of Man, which was seized by rebels"). The CASE figure does not move: it scores that
# snippet's kind, a government regaining ground, as neither attack nor arrest.

TOWNS_TAKEN = [
    ("Troops retook the town and port of Mocimboa da Praia, seized by insurgents in August.", []),
    ("Rebels seized the district and market hub of Bunia on Monday, officials said.", []),
    ("Police in the town of Kilis detained a Syrian man on Monday.", [W("ARREST", 1, "SYR", day="2021-03-08", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), TOWNS_TAKEN, ids=[f"towns_taken_{i}" for i in range(len(TOWNS_TAKEN))])
def test_a_town_seized_is_no_one_held(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 229 (session 21): explosions at works, depots and kitchens beside bombs at the same kinds of
# places (a fertiliser warehouse, a petroleum storage depot, a tank of solvents at a paint factory, a gas
# cylinder in a kitchen, a chemical plant in an industrial park; a bomb planted at a party's warehouse,
# militants blowing up an army depot): 4 of 7 right when first run. Wrong: three industrial accidents
# were attacks. The class is the one left in five of CASE 2021 dev's eleven false alarms (industrial
# explosions, read there as a class): "industrial", "petroleum", "solvent(s)", "storage" and
# "warehouse" are now context cues of the accident sense, which count only where no word of force
# (a bomb, militants, soldiers) is in the sentence. CASE 2021 dev: false alarms 6.2 % → 5.1 %, ATTACK
# 0.909 → 0.914 (measured on the set the class was read from). Left: "a tank of solvents" (a tank is
# a word of force to the filter: strict xfail).

WORKS_EXPLOSIONS = [
    ("An explosion tore through a fertiliser warehouse at the port on Tuesday, killing three workers and injuring 20, "
     "officials said.", []),
    ("A fire and a series of blasts at a petroleum storage depot in the industrial zone killed two firefighters on "
     "Sunday.", []),
    pytest.param("A tank of solvents exploded at a paint factory in the suburbs on Monday, injuring five employees.", [],
                 marks=pytest.mark.xfail(reason="'tank' is a word of force to the sense filter", strict=True)),
    ("Two people were killed when a gas cylinder exploded in a restaurant kitchen on Friday.", []),
    ("A blast at a chemical plant in the industrial park killed four workers on Thursday; the cause is being "
     "investigated.", []),
    ("A bomb planted at a warehouse of the ruling party exploded on Monday night, injuring a guard, police said.",
     [W("ATTACK", day="2021-03-08", wounded=1)]),
    ("Militants blew up a storage depot of the army in the industrial area on Saturday, killing two soldiers.",
     [W("ATTACK", day="2021-03-06", killed=2)]),
]


@pytest.mark.parametrize(("text", "wants"), WORKS_EXPLOSIONS, ids=[f"works_explosions_{i}" for i in range(len(WORKS_EXPLOSIONS))])
def test_explosions_at_works_and_bombs_at_them(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 230 (session 21): "set" with "on" or "to" and no fire (a date set "for the vote on Monday", a
# commission "set up … on Tuesday", a record "set on Sunday", the army's post "set up … on Thursday" of a
# CASE 2021 dev false alarm; beside "set fire to", "set … on fire"): 1 of 3 right when first run. "set
# on" and "set to" stand in the lexicon for "set on fire" and "set fire to", yet any "on Monday" or "to"
# after "set" made an attack. They now burn only with fire. CASE 2021 dev: false alarms 5.1 % → 4.5 %,
# ATTACK 0.914 → 0.917. reports-dev2 English 0.746 → 0.736: its Brussels report dated the bombings only
# through a false attack, the bombers' departure told with its day and read as "set on".

SET_WITHOUT_FIRE = [
    ("The committee set a date for the vote on Monday.", []),
    ("The government set up a commission of inquiry on Tuesday.", []),
    ("A new record was set on Sunday at the national stadium.", []),
    ("The army set up a new post near the border on Thursday, officials said.", []),
    ("Militants set fire to a school in Borno on Monday.", [W("ATTACK", day="2021-03-08", country="NGA")]),
    ("Rioters set three cars on fire in Paris on Saturday.", [W("ATTACK", day="2021-03-06", country="FRA")]),
]


@pytest.mark.parametrize(("text", "wants"), SET_WITHOUT_FIRE, ids=[f"set_without_fire_{i}" for i in range(len(SET_WITHOUT_FIRE))])
def test_set_burns_only_with_fire(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 231 (session 21): a crime page (a robbery with three held, a man charged with his
# neighbour's murder, "who was found stabbed … on Saturday", a cyclist killed in a hit-and-run and a
# driver detained, an officer jailed for bribes, cannabis seized with no one home): six events when first
# run, five real. Wrong: the murder charge took the day of the finding (a date under "found stabbed" in a
# relative clause on a person is that clause's: the climb now passes a verb's complement, as WikiEvents'
# "who was found hiding in a boat"). Left: the hit-and-run is an attack (real text we hold has a
# "hit-and-run style offensive" of an army, so the words alone make no accident; strict xfail).

CRIME_PAGE = (
    "Crime: three held after jewellery shop raid\n\n"
    "Three men were arrested on Tuesday after armed robbers raided a jewellery shop in Leeds city centre and "
    "threatened staff with a hammer, West Yorkshire Police said.\n\n"
    "A 45-year-old man has been charged with the murder of his neighbour, who was found stabbed at her home in "
    "Bradford on Saturday. He will appear before magistrates on Thursday.\n\n"
    "Police are appealing for witnesses after a cyclist was killed in a hit-and-run on the A64 on Sunday night. A "
    "driver was later detained on suspicion of causing death by dangerous driving.\n\n"
    "A council officer who took bribes to approve planning applications was jailed for four years on Monday. "
    "Separately, officers seized 20 kilograms of cannabis in a raid on a house in Halifax, but no one was home."
)


@pytest.mark.xfail(reason="a hit-and-run is an attack to the sense filter", strict=True)
def test_a_crime_page_holds_its_real_acts(pipeline: Pipeline) -> None:
    check(pipeline, CRIME_PAGE, [
        W("ARREST", 3, day="2021-03-09", country="GBR"), W("CHARGE", 1, day="2021-03-08", country="GBR"),
        W("ATTACK", day="2021-03-06", country="GBR"), W("ARREST", 1, day="2021-03-07", country="GBR"),
        W("CHARGE", 1, day="2021-03-08", country="GBR")])


def test_a_date_under_found_in_a_person_s_clause_is_the_finding_s(pipeline: Pipeline) -> None:
    x = run(pipeline, CRIME_PAGE)
    charges = [e for e in x.events if e.type == "CHARGE" and "murder" in e.evidence.text]
    assert [(e.date, e.date_precision) for e in charges] == [(date(2021, 3, 8), "week")], [e.to_gold() for e in x.events]


# -- batch 232 (session 21): news-channel posts in English, second set (emoji before the news, "JUST
# IN", hashtags at the end, a toll risen "yesterday", a protest with "no arrests reported"): 4 of 6 right
# when first run. Wrong: "‼️ Turkey deports 14 foreign terrorist fighters to Germany, France and
# Belgium #Turkey #ISIS" was placed in France and had no date (the emoji, read as part of the name, hid
# the state: a word with no letter or digit is no word of a country's name, normalize.nationality; and an
# act a headline or a post tells in the present with no day of its own is told as recent, the report's
# week, as GOLD-FORMAT has it: CASE 2021 and WikiEvents headlines "Police arrest suspects in parcel bomb
# attack"). Left: "🔴 Explosion … kills 3 fighters – local sources. More details soon." has no date (a
# line that goes on after a full stop is no headline).

CHANNEL_POSTS_2 = [
    ('⚡️BREAKING: Security forces have arrested 6 ISIS suspects in a dawn raid in #Kirkuk, Iraqi media report.',
     [W("ARREST", 6, day="2021-03-08", country="IRQ")]),
    ('🔴 Explosion at a checkpoint near #Idlib kills 3 fighters of HTS – local sources. More details soon.',
     [W("ATTACK", killed=3, country="SYR")]),
    ('‼️ Turkey deports 14 foreign terrorist fighters to Germany, France and Belgium #Turkey #ISIS',
     [W("DEPORT", 14, day="2021-03-08", country="TUR")]),
    ('JUST IN — Somali army says it killed 12 al-Shabaab militants in an operation in Lower Shabelle on Monday.',
     [W("ATTACK", day="2021-03-08", killed=12, country="SOM")]),
    ('Video 👇 Protesters chant slogans outside parliament in #Tbilisi. No arrests reported.',
     [W("ARREST", modality="denied", country="GEO")]),
    ("UPDATE: the number of people killed in yesterday's bombing in #Kabul has risen to 25, ministry says. 🕯",
     [W("ATTACK", day="2021-03-09", killed=25, country="AFG")]),
]


@pytest.mark.parametrize(("text", "wants"), CHANNEL_POSTS_2, ids=[f"channel_posts_2_{i}" for i in range(len(CHANNEL_POSTS_2))])
def test_news_channel_posts_second_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_headline_s_present_act_is_this_week_s(pipeline: Pipeline) -> None:
    check(pipeline, "Police arrest five over Kano bombing", [W("ARREST", 5, day="2021-03-08", country="NGA")])
    check(pipeline, "Police arrest five over Kano bombing\n\nPolice in Kano arrested five men on Friday over the bombing "
          "of a market.", [W("ARREST", 5, day="2021-03-05", country="NGA")])


# -- batch 233 (session 21): air strikes and gas attacks (warplanes' strikes on villages, a drone strike on
# a car, a day's 14 airstrikes, a suspected chlorine attack in eastern Ghouta, jets bombing a hospital,
# aircraft striking positions "overnight", warplanes that "pounded" positions; a rebels' accusation of
# gas use is not checked): 5 of 7 right when first run. Wrong: eastern Ghouta had no place (the
# gazetteer lacked it: data/places_supplement.tsv has Eastern Ghouta, Rif Dimashq, now; event_location
# names it 57 times). Left: "struck Hamas positions in Gaza overnight …, the army said on Thursday"
# takes the report's day, not Thursday's ("overnight" counts from publication; strict xfail).

AIR_AND_GAS = [
    ('Government warplanes carried out air strikes on rebel-held villages in Idlib province on Tuesday, killing nine civilians, a monitoring group said.',
     [W("ATTACK", day="2021-03-09", killed=9, country="SYR")]),
    ('A drone strike hit a car near Mir Ali in North Waziristan on Sunday, killing two suspected militants.',
     [W("ATTACK", day="2021-03-07", killed=2, country="PAK")]),
    ('The coalition said it had conducted 14 airstrikes against Islamic State targets near Raqqa on Monday.',
     [W("ATTACK", day="2021-03-08", country="SYR")]),
    ('Dozens of people suffered breathing problems after a suspected chlorine gas attack on a town in eastern Ghouta on Saturday, medics said.',
     [W("ATTACK", day="2021-03-06", country="SYR")]),
    ('Russian jets bombed a hospital in southern Idlib on Wednesday, putting it out of service, rescue workers said.',
     [W("ATTACK", day="2021-03-10", country="SYR")]),
    pytest.param('Israeli aircraft struck Hamas positions in Gaza overnight in response to rocket fire, the army said on Thursday.',
                 [W("ATTACK", day="2021-03-04", country="PSE")],
                 marks=pytest.mark.xfail(reason="'overnight' counts from publication, not from the saying", strict=True)),
    ('Saudi-led coalition warplanes pounded Houthi positions in Sanaa on Monday.',
     [W("ATTACK", day="2021-03-08", country="YEM")]),
]


@pytest.mark.parametrize(("text", "wants"), AIR_AND_GAS, ids=[f"air_and_gas_{i}" for i in range(len(AIR_AND_GAS))])
def test_air_strikes_and_gas_attacks(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 234 (session 21): "shut down" and "take down" outside the web and on it (a plant to close,
# decorations and a banner taken down, power lines shut down by storms; websites selling fake medicines
# and a group's channels shut down): 6 of 6 right when first run.

SHUT_AND_TAKEN_DOWN = [
    ('The carmaker will shut down its plant in Ohio next year, cutting 1,500 jobs.',
     []),
    ('Workers took down the Christmas decorations in the main square on Monday.',
     []),
    ('Storms shut down power lines across the region on Sunday.',
     []),
    ('The regulator shut down three websites selling fake medicines on Tuesday.',
     [W("TAKEDOWN", 3, day="2021-03-09")]),
    ('Police took down a banner praising Islamic State from a bridge in Bradford on Friday.',
     []),
    ('Telegram shut down 40 channels used by the group to spread propaganda, the company said on Wednesday.',
     [W("TAKEDOWN", 40)]),
]


@pytest.mark.parametrize(("text", "wants"), SHUT_AND_TAKEN_DOWN, ids=[f"shut_and_taken_down_{i}" for i in range(len(SHUT_AND_TAKEN_DOWN))])
def test_shut_and_taken_down_on_the_web_or_off_it(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 235 (session 21): two lower-case articles of arrests (suspects "paraded" after raids "last
# week", picked up in two local government areas, arms recovered, a leader who escaped; counter-terrorism
# police holding three men over a plot, "detained at addresses … on wednesday morning", a woman also
# held): the second right when first run, the first wrong. "12 suspected kidnappers arrested in a series
# of raids … last week" was ruled out as fiction ("in a series", a TV series): a word that counts what its
# of-phrase names ("a series of raids", "a wave of arrests") is no sense cue of its own (WikiEvents and
# CASE 2021 have "a series of explosions"); the arrest is now found, with its week and its twelve.

KANO_ARTICLE = (
    "kano police parade 12 suspected kidnappers\n\n"
    "the kano state police command on tuesday paraded 12 suspected kidnappers arrested in a series of raids across "
    "the state last week. the command's spokesman said the suspects were picked up in doguwa and tudun wada local "
    "government areas after a tip-off from residents. two ak-47 rifles and 300 rounds of ammunition were recovered "
    "from them. he said another suspect, believed to be the gang's leader, escaped during the raid and is being hunted."
)


def test_a_series_of_raids_is_no_tv_series(pipeline: Pipeline) -> None:
    check(pipeline, KANO_ARTICLE, [W("ARREST", 12, day="2021-03-01", country="NGA")])
    check(pipeline, "The detective is arrested in the third series of the show.", [])


# -- batch 236 (session 21, written after its rule): an attack told back by its definite noun after
# arrests or verdicts ("The bombing at the market killed 12 people" after "police arrested two men on
# Monday"). A reports-dev2 story gave its bombings the day men were freed, two sentences before: an
# undated act took the day of the act told just before it, of any type. An attack retold by "the
# bombing", "the attack" is an earlier happening: it takes no day of another type's act (an arrest
# ordered by "the judges" the day they ruled still takes the ruling's day, as reports-dev codes it).
# reports-dev2 merging links 0.721 → 0.742, B-cubed 0.940 → 0.944 (the wrong day had kept two reports'
# tellings of the bombings apart); strict event F1 unchanged.

ATTACKS_TOLD_BACK = [
    ("Police arrested two men in Kano on Monday. The bombing at the market killed 12 people.",
     [W("ARREST", 2, day="2021-03-08", country="NGA"), W("ATTACK", killed=12)]),
    ("A bomb exploded at a market in Kano on Monday. The blast killed 12 people.",
     [W("ATTACK", day="2021-03-08", killed=12, country="NGA")]),
]


@pytest.mark.parametrize(("text", "wants"), ATTACKS_TOLD_BACK, ids=[f"attacks_told_back_{i}" for i in range(len(ATTACKS_TOLD_BACK))])
def test_an_attack_told_back_takes_no_day_of_another_act(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)
    attacks = [e for e in run(pipeline, text).events if e.type == "ATTACK"]
    assert attacks and (attacks[0].date is None) == ("arrested" in text)


# -- batch 237 (session 22): arrests told in lower case in the words of five regions' police news
# ("nabbed", "taken into custody", "apprehended at a checkpoint", "booked under" an act and remanded,
# "rounded up", "picked up from his house", a commander who "surrendered", thieves caught by villagers
# and handed to the police, "placed under arrest", protesters detained): 8 of 10 right when first run.
# Wrong: "the accused, a resident of bhopal" counted two people and gave no country when the head was
# "the suspect" (an apposition naming the same person now tells the origin, and a participle like
# "accused" can head it); "caught the two thieves" held no people (offenders were no person nouns:
# data/person_nouns_general_en.txt has thief, robber, bandit, kidnapper … now).

LOWER_CASE_ARRESTS = [
    ("police in lahore on monday nabbed three suspects wanted for the bombing of a bus terminal, a spokesman said.",
     [W("ARREST", 3, day="2021-03-08", country="PAK")]),
    ("two men were taken into custody in mombasa on sunday after officers found explosives in their car.",
     [W("ARREST", 2, day="2021-03-07", country="KEN")]),
    ("the suspect was apprehended at a checkpoint near jalalabad on tuesday while trying to flee to pakistan.",
     [W("ARREST", 1, day="2021-03-09", country="AFG")]),
    ("a 24-year-old man was booked under the unlawful activities (prevention) act and remanded in judicial custody "
     "for 14 days, police in srinagar said on saturday.",
     [W("CHARGE", 1, country="IND")]),
    ("security forces rounded up 17 people during a search operation in the village of kashmore on friday.",
     [W("ARREST", 17, day="2021-03-05", country="PAK")]),
    ("the accused, a resident of bhopal, was picked up from his house in the early hours of monday, an official said.",
     [W("ARREST", 1, nats="IND", day="2021-03-08", country="IND")]),
    ("a wanted militant commander surrendered to police in bannu on thursday along with his weapons.",
     [W("ARREST", 1, day="2021-03-04", country="PAK")]),
    ("villagers caught the two thieves red-handed and handed them over to the police on sunday.",
     [W("ARREST", 2, day="2021-03-07")]),
    ("the man was placed under arrest at his home in leeds on tuesday on suspicion of preparing acts of terrorism.",
     [W("ARREST", 1, day="2021-03-09", country="GBR")]),
    ("police detained 40 protesters in minsk on saturday, a rights group said.",
     [W("ARREST", 40, day="2021-03-06", country="BLR")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARRESTS, ids=[f"lower_case_arrests_{i}" for i in range(len(LOWER_CASE_ARRESTS))])
def test_arrests_told_in_lower_case_in_five_regions_words(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_the_origin_told_by_an_apposition(pipeline: Pipeline) -> None:
    check(pipeline, "The suspect, a resident of Bhopal, was arrested on Monday.",
          [W("ARREST", 1, nats="IND", day="2021-03-08", country="IND")])


# -- batch 238 (session 22): coder notes, 15th set (machete killings in a village of a territory, a cult's
# members held in a raid, an IED under a military vehicle, a financier held, aid workers abducted on a road
# "between" two towns, militants killed in an "encounter", a commander held and weapons seized, a suicide
# vest at a checkpoint, foreign nationals deported, a protest dispersed with no fatalities): 10 of 10
# right when first run.

CODER_NOTES_15 = [
    ("On 14 February 2021, suspected ADF militants attacked Mamove village (Beni territory, Nord-Kivu), killing 11 "
     "civilians with machetes.",
     [W("ATTACK", day="2021-02-14", killed=11, country="COD")]),
    ("On 2 March 2021, police arrested 6 members of the Black Axe cult in Benin City (Oredo, Edo) during a raid on "
     "their shrine.",
     [W("ARREST", 6, day="2021-03-02", country="NGA")]),
    ("On 22 January 2021, an IED planted by JNIM exploded under a military vehicle near Boni (Hombori, Mopti), "
     "killing 3 Malian soldiers and wounding 2 others.",
     [W("ATTACK", day="2021-01-22", killed=3, wounded=2, country="MLI")]),
    ("On 9 February 2021, military forces arrested a suspected Al Shabaab financier in Beledweyne (Belet Weyne, Hiraan).",
     [W("ARREST", 1, day="2021-02-09", country="SOM")]),
    ("On 17 February 2021, unidentified armed men abducted 4 aid workers on the road between Ouallam and Tillaberi "
     "(Tillaberi). No fatalities reported.",
     [W("ATTACK", day="2021-02-17", country="NER")]),
    ("On 5 March 2021, Indian security forces killed 2 LeT militants in an encounter in Shopian district (Jammu and "
     "Kashmir).",
     [W("ATTACK", day="2021-03-05", killed=2, country="IND")]),
    ("On 28 February 2021, Filipino police arrested an alleged NPA commander in Davao City (Davao del Sur). Weapons "
     "were seized.",
     [W("ARREST", 1, day="2021-02-28", country="PHL")]),
    ("On 11 January 2021, a suicide bomber detonated his explosive vest at a checkpoint in Mogadishu (Banadir), "
     "killing 4 people including 2 soldiers.",
     [W("ATTACK", day="2021-01-11", killed=4, country="SOM")]),
    ("On 20 February 2021, Turkish authorities deported 7 foreign nationals suspected of IS links from Istanbul to "
     "their home countries.",
     [W("DEPORT", 7, day="2021-02-20", country="TUR")]),
    ("On 1 March 2021, protesters gathered in Yangon (Yangon) to demand the release of detained leaders. Police "
     "dispersed them with tear gas. No fatalities.",
     []),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_15, ids=[f"coder_notes_15_{i}" for i in range(len(CODER_NOTES_15))])
def test_coder_notes_fifteenth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 239 (session 22): an entertainment, technology and business page (a baseball side named
# "Pirates" whose catcher "threw out" runners, a sequel that "bombed" at the box office, hackers who
# stole data, a director who "shot" a thriller, a chief executive fired, a plan called "an attack on the
# poor", a singer detained at an airport over a visa, prisoners taken in a video game, a "killer"
# heatwave, episodes removed from a platform): 9 of 10 right when first run; the singer's detention is
# the page's one act. Wrong: "The director shot most of the thriller in Budapest" was an attack (the
# fiction sense knew films and scenes shot, not thrillers, dramas, comedies or sequels, nor a director
# or filmmaker shooting; data/sense.json).

ENTERTAINMENT_PAGE = [
    ("The Pirates beat the Cubs 5-3 on Monday after their catcher threw out two runners trying to steal second.", []),
    ("The sequel bombed at the box office over the weekend, taking just $4 million in its opening three days.", []),
    ("Hackers stole the personal data of 2 million customers from the retailer's servers, the company said on Tuesday.", []),
    ("The director shot most of the thriller in Budapest, where the crew spent four months last year.", []),
    ("The board fired the chief executive on Friday after an investigation into his expenses.", []),
    ("Critics slammed the minister's plan to cut pensions, calling it an attack on the poor.", []),
    ("The singer's tour was cancelled after she was detained at Heathrow for six hours over a visa problem on Sunday.",
     [W("ARREST", 1, day="2021-03-07", country="GBR")]),
    ("In the video game, players capture enemy bases and take prisoners to win points.", []),
    ("A killer heatwave has left 30 people dead across southern Europe this week, officials said.", []),
    ("The streaming giant removed 12 episodes of the show from its platform in India on Wednesday after complaints.", []),
]


@pytest.mark.parametrize(("text", "wants"), ENTERTAINMENT_PAGE, ids=[f"entertainment_page_{i}" for i in range(len(ENTERTAINMENT_PAGE))])
def test_an_entertainment_page_holds_one_act(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_films_shot_are_no_attack(pipeline: Pipeline) -> None:
    check(pipeline, "The filmmaker shot the final scenes in Morocco last spring.", [])
    check(pipeline, "Gunmen shot the director of the hospital in Kano on Monday.", [W("ATTACK", day="2021-03-08", country="NGA")])



# -- batch 240 (session 22): two reports written like the unseen ones. Kyrgyz deported by Turkey (a
# dateline, a group "which included six women and nine children" that "arrived … late on Monday", "four
# of the men" detained on arrival and to face charges, the men caught by Turkish border guards "last
# year", a standing count since 2012) and three Tajiks held over a market bomb plot ("all residents of the
# Khatlon region", "the three face charges", a court's sentences "last month"). Of the seven events, 3
# right when first run. Wrong: the removal is dated to its week (its day is the flight's, told in the
# next sentence: left, no real example of the class yet); "four of the men" took no nationality (the
# women told last were taken for them, and now a listed group of women and children is: left) and
# were placed where the removal began (an arrest on arrival with no place of its own is now in the
# country the removal sent them to, or the one they are citizens of); "The three face charges" was no
# act (after a bare number the tagger takes "face" for a noun; and "charges of murder" took the
# offence for the one charged, so "could face charges of terrorism" was none only by that accident: a
# charge one "could", "may" or "might" face is none, with or without its offence).

KYRGYZ_DEPORTED = (
    'Turkey sends back 23 Kyrgyz suspected of IS ties' "\n\n"
    "BISHKEK, March 9 - Turkish authorities have deported 23 citizens of Kyrgyzstan suspected of links to the Islamic State group, Kyrgyzstan's security service said on Tuesday." "\n\n"
    'The group, which included six women and nine children, arrived at Manas airport on a charter flight from Istanbul late on Monday, the State Committee for National Security (GKNB) said in a statement.' "\n\n"
    'Four of the men were detained on arrival and will face charges of taking part in an armed conflict abroad, the committee said. The others were released after questioning.' "\n\n"
    'According to the GKNB, the men had crossed into Syria from Turkey in 2014 and 2015. They were caught by Turkish border guards last year as they tried to return.' "\n\n"
    'Kyrgyzstan says some 850 of its citizens have left to fight in Syria and Iraq since 2012.'
)
TAJIK_PLOT = (
    'Three held in Tajikistan over plot to bomb Dushanbe market' "\n\n"
    'DUSHANBE - Tajik police have arrested three men suspected of planning a bombing at the Korvon market in the capital, the interior ministry said on Monday.' "\n\n"
    'The suspects, all residents of the Khatlon region aged between 22 and 31, were detained in Bokhtar on Saturday. Police found two homemade explosive devices and instructions from an Islamic State recruiter on their phones, the ministry said.' "\n\n"
    'One of the men had returned from Russia in January, where he is believed to have been radicalised online. The three face charges of preparing a terrorist act, which carries up to 20 years in prison.' "\n\n"
    'Last month a court in Dushanbe sentenced 12 people to prison terms for membership of banned groups.'
)


@pytest.mark.xfail(reason="the removal's day is the flight's, told in the next sentence; 'four of the men' after a group of "
                   "women and children has no nationality", strict=True)
def test_a_report_of_kyrgyz_deported(pipeline: Pipeline) -> None:
    check(pipeline, KYRGYZ_DEPORTED, [
        W("DEPORT", 23, nats="KGZ", day="2021-03-08", country="TUR"),
        W("ARREST", 4, nats="KGZ", day="2021-03-08", country="KGZ"),
        W("CHARGE", 4, nats="KGZ", modality="planned", country="KGZ"),
        W("ARREST", 4, nats="KGZ", day="2020-01-01", country="TUR"),
    ])
    assert run(pipeline, KYRGYZ_DEPORTED).events[0].date_precision == "day"


def test_a_report_of_a_tajik_plot(pipeline: Pipeline) -> None:
    check(pipeline, TAJIK_PLOT, [
        W("ARREST", 3, nats="TJK", day="2021-03-06", country="TJK"),
        W("CHARGE", 3, nats="TJK", country="TJK"),
        W("CHARGE", 12, nats="TJK", day="2021-02-01", country="TJK"),
    ])


def test_an_arrest_on_arrival_is_where_the_removal_sent_them(pipeline: Pipeline) -> None:
    text = "Turkey deported 23 Kyrgyz citizens on Monday. The group included six women. Four of the men were detained on arrival."
    check(pipeline, text, [W("DEPORT", 23, nats="KGZ", day="2021-03-08", country="TUR"),
                           W("ARREST", 4, nats="KGZ", day="2021-03-08", country="KGZ")])


def test_charges_faced_after_a_bare_number(pipeline: Pipeline) -> None:
    check(pipeline, "The three face charges of preparing a terrorist act.", [W("CHARGE", 3)])
    check(pipeline, "Both men face charges of murder.", [W("CHARGE", 2)])
    check(pipeline, "He could face charges.", [])
    check(pipeline, "He will face charges of murder.", [W("CHARGE", 1, modality="planned")])



# -- batch 241 (session 22): two lower-case articles (a "militant module busted" in kupwara, two held
# with pistols and grenades, "identified as residents of trehgam"; a nightclub gunman "arrested monday
# afternoon", who "surrendered without incident", charged with four counts): the second right when first
# run (its arrest and charge; the shooting told only as what he is suspected of is not checked), the
# first wrong: the two held take no nationality from the "occupants … identified as residents of" a
# town told in the next sentence (left: a strict xfail).

KUPWARA_MODULE = (
    'two held for supplying arms to militants in kupwara' "\n\n"
    "srinagar: police on tuesday said they have busted a militant module in north kashmir's kupwara district and arrested two persons who were allegedly supplying arms and ammunition to militants. a police spokesman said acting on specific input, a joint team of police and army laid a naka near trehgam and intercepted a vehicle. during search, two pistols, four grenades and cash were recovered from the occupants, who were identified as residents of trehgam. a case has been registered and further investigation is going on, he said."
)
MEMPHIS_GUNMAN = (
    'gunman who opened fire at nightclub taken into custody' "\n\n"
    "a man suspected of opening fire outside a nightclub in downtown memphis early sunday, wounding four people, was arrested monday afternoon, police said. the 27-year-old was found hiding at a relative's home in south memphis and surrendered without incident after a brief standoff. he has been charged with four counts of attempted first-degree murder and is being held on a $500,000 bond. investigators said the shooting followed an argument inside the club. the victims are expected to survive."
)


@pytest.mark.xfail(reason="the occupants identified as residents of a town are the two held", strict=True)
def test_a_lower_case_report_of_a_module_busted(pipeline: Pipeline) -> None:
    check(pipeline, KUPWARA_MODULE, [W("ARREST", 2, nats="IND", country="IND")])


def test_a_lower_case_report_of_a_gunman_held(pipeline: Pipeline) -> None:
    arrests = [e for e in run(pipeline, MEMPHIS_GUNMAN).events if e.type == "ARREST"]
    assert [(e.total, e.date, e.location.country if e.location else None) for e in arrests] == [(1, date(2021, 3, 8), "USA")]
    assert [e.total for e in run(pipeline, MEMPHIS_GUNMAN).events if e.type == "CHARGE"] == [1]


# -- batch 242 (session 22): statistics and operations side by side (arrests "so far this year", a dawn
# operation on a day, detentions "since the start of the crackdown", 18 stopped on a day "bringing to
# 560 the number stopped this year", deportations "every month", a custody count that "rose to 230", a
# weekend's sweep, deportations "since 2015"): 6 of 8 right when first run. Wrong: the running 560 is
# kept as no statistic beside the day's 18 (left), and the standing custody count is nothing (left: a
# strict xfail).

STATISTICS_AND_OPERATIONS = [
    ("Police have arrested 312 people suspected of links to militant groups so far this year, the interior minister "
     "told parliament on Tuesday.", [], 1),
    ("In a dawn operation on Thursday, police detained 41 suspects in raids across 12 provinces, the ministry said.",
     [W("ARREST", 41, day="2021-03-04")], 0),
    ("Since the start of the crackdown in January, more than 2,000 suspected militants have been detained.", [], 1),
    ("Border guards stopped 18 people trying to cross into Syria on Saturday, bringing to 560 the number stopped this year.",
     [W("ARREST", 18, day="2021-03-06")], None),
    ("Around 40 foreign fighters are deported from the country every month, officials say.", [], 1),
    pytest.param("The number of people in custody on terrorism charges rose to 230 at the end of February, official "
                 "figures showed.", [], 1,
                 marks=pytest.mark.xfail(reason="a standing custody count that rose is no statistic yet", strict=True)),
    ("Over the weekend, police arrested 27 people in a sweep against drug gangs in the capital.",
     [W("ARREST", 27, day="2021-03-01")], 0),
    ("Authorities have deported more than 5,000 foreigners over alleged militant links since 2015.", [], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), STATISTICS_AND_OPERATIONS,
                         ids=[f"statistics_and_operations_{i}" for i in range(len(STATISTICS_AND_OPERATIONS))])
def test_statistics_and_operations_side_by_side(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- written after its rule (session 22): a toll raised "since" a day, "so far", "this month alone" counts
# over a period, not the one act told (event_location has "bringing to 101 the number of insurgents killed
# since the campaign was launched" after three rebels shot, and "bringing to 158 the number of …" after
# one peacekeeper; WikiEvents "bringing their total death toll to 16 since the … campaign began"): the
# act's own dead are its figure. And one "shot … and later died", "stabbed … and died on the spot" (MUC-4,
# event_location) was killed by it.

RUNNING_TOLLS = [
    ("Soldiers shot dead three rebels in north Aceh on Saturday, bringing to 101 the number of insurgents killed "
     "since the campaign began in May.", [W("ATTACK", day="2021-03-06", killed=3, country="IDN")]),
    ("A peacekeeper was shot by a sniper on Friday and later died, bringing to 158 the number of peacekeepers "
     "killed in Bosnia since 1992.", [W("ATTACK", day="2021-03-05", killed=1)]),
    ("Four soldiers were killed on Monday when rebels detonated a roadside bomb in Vavuniya, bringing the death "
     "toll to 375 this month alone.", [W("ATTACK", day="2021-03-08", killed=4, country="LKA")]),
    ("Two soldiers were shot by a sniper on Friday and died later in hospital.",
     [W("ATTACK", day="2021-03-05", killed=2)]),
    ("The trader was stabbed six times and died on the spot, police said on Monday.", [W("ATTACK", killed=1)]),
]


@pytest.mark.parametrize(("text", "wants"), RUNNING_TOLLS, ids=[f"running_tolls_{i}" for i in range(len(RUNNING_TOLLS))])
def test_a_running_toll_is_not_the_act_s_dead(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 244 (session 22): a world-news page (a missile test, joint exercises, sanctions on officials,
# diplomats expelled for spying, a runoff, a law struck down, floods that killed 14, a clash that left
# "at least seven fighters dead", rumours "shot down" by a bank, tear gas fired at students): 10 of 10
# right when first run; the clash is the page's one act (diplomats expelled are diplomacy, CASE 2021's
# unrelated DIPLO, not a removal of our kind).

WORLD_NEWS_PAGE = [
    ("North Korea test-fired two short-range ballistic missiles into the sea off its east coast on Thursday, South Korea's military said.",
     []),
    ('Thousands of troops took part in joint military exercises near the border on Monday, the defence ministry said.',
     []),
    ('The European Union imposed sanctions on 11 officials over the crackdown on protesters, freezing their assets.',
     []),
    ('Poland expelled three Russian diplomats on Tuesday, accusing them of spying.',
     []),
    ('Voters in the capital went to the polls on Sunday in a runoff that the opposition has vowed to boycott.',
     []),
    ('The supreme court struck down the law on Wednesday, ruling that it violated the constitution.',
     []),
    ('Floods swept away hundreds of homes in the north of the country, killing at least 14 people.',
     []),
    ('Rebels and government forces clashed near the town of Beni on Saturday, leaving at least seven fighters dead, local officials said.',
     [W("ATTACK", day="2021-03-06", country="COD")]),
    ('The central bank shot down rumours of a devaluation on Friday.',
     []),
    ('Riot police fired tear gas to disperse hundreds of students who stormed the education ministry on Monday.',
     []),
]


@pytest.mark.parametrize(("text", "wants"), WORLD_NEWS_PAGE, ids=[f"world_news_page_{i}" for i in range(len(WORLD_NEWS_PAGE))])
def test_a_world_news_page_holds_one_act(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 246 (session 22): coder notes in the Global Terrorism Database's way ("MM/DD/YYYY:" first,
# then the place as "town, province, country", the toll in a sentence of its own, who claimed it): 0 of
# 8 right when first run. Wrong: no date at all (a slashed date with the month first was no date, and
# the day-first form came only from the dateparser fallback: normalize/dates._r_slash reads both, a
# number above 12 deciding, else the reading not after publication, else month first); "Assailants
# opened fire on a police checkpoint in Arish city, North Sinai governorate, Egypt" was no act beside
# its toll sentence (the lexicon's "open fire" never matched: its "particle" is the verb's object, so
# only the learned scorer found it, and not here); "in Inates, Tillaberi region, Niger" was placed in
# Niger alone (a village the gazetteer lacks now stands for its province named after it, before a
# place ranked lower). "At least 75 people were killed" keeps no killed figure (a bound, GOLD-FORMAT).

GTD_NOTES = [
    ('01/15/2017: Assailants opened fire on a police checkpoint in Arish city, North Sinai governorate, Egypt. Two '
     'police officers were killed and three others were wounded in the attack. Sinai Province of the Islamic State '
     'claimed responsibility for the incident.',
     [W("ATTACK", day="2017-01-15", killed=2, wounded=3, country="EGY")]),
    ('03/27/2016: A suicide bomber detonated an explosives-laden vest at a park in Lahore city, Punjab province, '
     'Pakistan. At least 75 people were killed and 340 others were injured in the blast. Jamaat-ul-Ahrar claimed '
     'responsibility for the incident.',
     [W("ATTACK", day="2016-03-27", wounded=340, country="PAK")]),
    ('11/02/2015: Assailants abducted a local councillor from his home in Kidal, Kidal region, Mali. No group '
     'claimed responsibility for the incident.',
     [W("ATTACK", day="2015-11-02", country="MLI")]),
    ('06/20/2018: An explosive device detonated near a market in Maiduguri city, Borno state, Nigeria. This was one '
     'of two related attacks on this date. At least 4 people were killed in the blast.',
     [W("ATTACK", day="2018-06-20", country="NGA")]),
    ('08/04/2014: Assailants set fire to a church in Mosul city, Nineveh governorate, Iraq. There were no reported '
     'casualties in the incident.',
     [W("ATTACK", day="2014-08-04", country="IRQ")]),
    ('12/09/2019: Assailants attacked a military camp in Inates, Tillaberi region, Niger. At least 71 soldiers were '
     'killed and 12 others were injured in the attack. The Islamic State in the Greater Sahara claimed '
     'responsibility.',
     [W("ATTACK", day="2019-12-09", wounded=12, country="NER")]),
    ('04/06/2017: Unknown assailants stabbed a police officer outside a police station in Makhachkala, Republic of '
     'Dagestan, Russia. The officer survived.',
     [W("ATTACK", day="2017-04-06", country="RUS")]),
    ('09/30/2013: Gunmen opened fire on students at a college in Gujba, Yobe state, Nigeria. At least 40 students '
     'were killed in the attack. Sources attributed the attack to Boko Haram.',
     [W("ATTACK", day="2013-09-30", country="NGA")]),
]


@pytest.mark.parametrize(("text", "wants"), GTD_NOTES, ids=[f"gtd_notes_{i}" for i in range(len(GTD_NOTES))])
def test_coder_notes_in_the_gtd_s_way(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 247 (session 22): coder notes in the GTD's way, second set (hostages "released on" a later
# slashed date, a pipeline bombed with no casualties, a car bomb "one of two related attacks", a patrol
# attacked, a truck driven into a Christmas market, arrests "in connection with" an attack): 5 of 6
# right when first run. Wrong: "A truck driven by an assailant plowed into a Christmas market in Berlin"
# was no act, so the toll sentence after it stood alone with no place. A vehicle driven into people is
# an attack now (en_frames.rams_into_people: "ram", "plough", "drive" … "into" a crowd, pedestrians or a
# market, or a vehicle laden with explosives; WikiEvents has "a truck ploughs into a crowded Christmas
# market", "plowed an SUV into pedestrians", "rammed a Humvee full of explosives into a training
# centre"), unless the sentence tells an accident ("lost control": data/sense.json).

GTD_NOTES_2 = [
    ('05/14/2016: Assailants kidnapped two aid workers from a hotel in Goma city, North Kivu province, Democratic '
     'Republic of the Congo. The hostages were released on 06/02/2016. No group claimed responsibility for the '
     'incident.',
     [W("ATTACK", day="2016-05-14", country="COD")]),
    ('10/03/2015: Assailants detonated an explosive device targeting a gas pipeline in Sheikh Zuweid, North Sinai '
     'governorate, Egypt. There were no reported casualties; however, the pipeline was damaged in the blast.',
     [W("ATTACK", day="2015-10-03", country="EGY")]),
    ('07/22/2011: An assailant detonated a car bomb outside government buildings in Oslo city, Oslo county, Norway. '
     'Eight people were killed and at least 209 others were injured in the blast. This was one of two related '
     'attacks on this date.',
     [W("ATTACK", day="2011-07-22", killed=8, country="NOR")]),
    ('02/13/2018: Assailants armed with firearms attacked a police patrol in Tabuk, Tabuk province, Saudi Arabia. '
     'One officer was killed and two others were wounded.',
     [W("ATTACK", day="2018-02-13", killed=1, wounded=2, country="SAU")]),
    ('12/19/2016: A truck driven by an assailant plowed into a Christmas market in Berlin, Berlin state, Germany. '
     'Twelve people were killed and 56 others were injured. The Islamic State claimed responsibility for the '
     'incident.',
     [W("ATTACK", day="2016-12-19", killed=12, wounded=56, country="DEU")]),
    ('08/30/2014: Security forces arrested three suspects in connection with an attack on a police station in '
     'Karachi, Sindh province, Pakistan.',
     [W("ARREST", 3, day="2014-08-30", country="PAK")]),
]


@pytest.mark.parametrize(("text", "wants"), GTD_NOTES_2, ids=[f"gtd_notes_2_{i}" for i in range(len(GTD_NOTES_2))])
def test_coder_notes_in_the_gtd_s_way_second_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_vehicle_driven_into_people(pipeline: Pipeline) -> None:
    check(pipeline, "A man plowed an SUV into pedestrians in Nice on Monday.", [W("ATTACK", day="2021-03-08", country="FRA")])
    check(pipeline, "Attackers rammed a Humvee full of explosives into a training centre in Zliten on Monday.",
          [W("ATTACK", day="2021-03-08", country="LBY")])
    check(pipeline, "An elderly driver lost control and ploughed into a crowd of shoppers in Leeds on Monday, injuring five.", [])
    check(pipeline, "The company plowed millions into new projects on Monday.", [])



# -- batch 248 (session 22): two reports written like the unseen ones, of entry bans and a takedown (two
# Russian preachers banned "for five years", one "turned back at Tashkent airport on Sunday", a Turkish
# cleric "barred" and a Kyrgyz deported "in January"; Telegram's removal of "more than 5,000 channels"
# that "took place over two days last week", a man held in Valencia over the channels): 4 of 6 events
# right when first run. Wrong: the takedown was a statistic (its week, told by "the removals took place
# … last week", was not its own: `time.HAPPENING_NOUNS` knew "raid" and "arrests" but no removals,
# takedowns or plurals of most acts) and was placed in the Netherlands (the platform's country, lent by
# the dateline: a takedown is placed only by a state that orders it); "barred a Turkish cleric" with no
# word of entry is no entry ban (left: no real text to learn it from).

UZBEK_BANS = (
    "Uzbekistan bars two Russian preachers over 'extremist' sermons" "\n\n"
    'TASHKENT, March 9 (Central Asia Wire) - Uzbekistan has banned two Russian Muslim preachers from entering the country for five years, the State Security Service said on Tuesday, accusing them of spreading extremist ideas online.' "\n\n"
    'The men, whose names were not released, had been due to speak at a conference in Samarkand later this month. One of them was turned back at Tashkent airport on Sunday and put on a flight to Moscow, the service said.' "\n\n"
    'The ban is the third of its kind this year. In January, the authorities barred a Turkish cleric and deported a Kyrgyz citizen accused of recruiting for the Islamic State group.' "\n\n"
    'A spokesman for the Spiritual Board of Muslims of Russia said the preachers "have never called for violence" and that the decision would be appealed.'
)
TELEGRAM_REMOVALS = (
    'Telegram removes thousands of IS channels after Europol request' "\n\n"
    'THE HAGUE - The messaging service Telegram has taken down more than 5,000 channels and bots used by the Islamic State group, Europol said on Friday, in what it called the largest operation of its kind.' "\n\n"
    "The removals took place over two days last week, following a referral action coordinated by the agency's Internet Referral Unit. Telegram did not respond to a request for comment." "\n\n"
    'Police in Spain arrested a man in Valencia on Thursday suspected of running several of the channels, the Guardia Civil said. He is a 31-year-old Moroccan national.'
)


@pytest.mark.xfail(reason="'barred a Turkish cleric' with no word of entry is no entry ban", strict=True)
def test_a_report_of_preachers_banned(pipeline: Pipeline) -> None:
    check(pipeline, UZBEK_BANS, [
        W("ENTRY_BAN", 2, nats="RUS", day="2021-03-08", country="UZB"),
        W("ENTRY_BAN", 1, nats="RUS", day="2021-03-07", country="UZB"),
        W("ENTRY_BAN", 1, nats="TUR", day="2021-01-01", country="UZB"),
        W("DEPORT", 1, nats="KGZ", day="2021-01-01", country="UZB"),
    ])


def test_a_report_of_channels_removed(pipeline: Pipeline) -> None:
    check(pipeline, TELEGRAM_REMOVALS, [W("TAKEDOWN", day="2021-03-01"), W("ARREST", 1, nats="MAR", day="2021-03-04", country="ESP")],
          aggregates=0)
    takedown = next(e for e in run(pipeline, TELEGRAM_REMOVALS).events if e.type == "TAKEDOWN")
    assert takedown.location is None or takedown.location.country is None



# -- batch 249 (session 22): courts (two men jailed "for a total of 25 years" and then named with their
# terms "at the Old Bailey on Friday", a recruiter sentenced in Almaty, charges dropped, a guilty plea
# with sentencing "next month", an acquittal, an indictment by a grand jury, a conviction in absentia;
# a sentence "upheld" on appeal is not checked, as before): 6 of 7 right when first run. Wrong: the
# two men jailed were a statistic beside a one-man sentence ("a total of 25 years" is a length of
# time, no running count: data/statistic_cues.json; "Khan was sentenced to 15 years and Hussain to 10"
# leaves out the second verb, and the second name is held too; two people counted, then named with
# their day in the next sentence, are the same act: coref._named_later took only one person).

COURTS = [
    ('Two men have been jailed for a total of 25 years for plotting to attack a police station in Birmingham. Amir '
     'Khan, 24, was sentenced to 15 years and Bilal Hussain, 22, to 10 years at the Old Bailey on Friday.',
     [W("CHARGE", 2, day="2021-03-05", country="GBR")]),
    ('A court in Almaty on Tuesday sentenced a 35-year-old local man to eight years in prison for recruiting '
     'fighters for the Islamic State group.',
     [W("CHARGE", 1, nats="KAZ", day="2021-03-09", country="KAZ")]),
    ('Prosecutors dropped all charges against the three students on Wednesday, citing a lack of evidence.',
     [W("CHARGE", 3, modality="denied", day="2021-03-10")]),
    ('The teenager pleaded guilty on Monday to preparing acts of terrorism and will be sentenced next month.',
     [W("CHARGE", 1, modality="planned", day="2021-04-01")]),
    ('A jury acquitted the 41-year-old of membership of a proscribed organisation on Thursday.',
     []),
    ('The suspect was indicted by a federal grand jury in Brooklyn on Wednesday on charges of providing material '
     'support to a terrorist organisation.',
     [W("CHARGE", 1, day="2021-03-10", country="USA")]),
    ('He was convicted in absentia and sentenced to death in 2019.',
     [W("CHARGE", 1, day="2019-01-01")]),
]


@pytest.mark.parametrize(("text", "wants"), COURTS, ids=[f"courts_{i}" for i in range(len(COURTS))])
def test_courts_and_their_sentences(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 250 (session 22, written after its rules): classes read from CASE 2021 dev's ATTACK misses (so
# that set is no longer unseen for them), each rule resting on real text of the train parts and
# event_location. "came under attack", "came under a grenade attack", "came under mortar fire" (WikiEvents
# and event_location have eleven): the subject was attacked, "from" tells by whom, and criticism comes
# "under fire" for a reason or from critics (en_frames.came_under_attack); a munition aimed deeper in its
# own phrase ("fired 40 artillery shells carrying toxic gas on …"), containers of a chemical
# dropped ("canisters of chlorine"), a chemical used in a clause that kills ("six people killed when
# forces used chlorine gas"); an attack passed on as hearsay ("is said to have dropped") is rumored, a
# saying over a clause ("police said two suspects were detained") still asserts it.

UNDER_ATTACK_AND_GAS = [
    ('An army patrol came under attack near Kidal on Tuesday, the UN mission said.',
     [W("ATTACK", day="2021-03-09", country="MLI")]),
    ('Their convoy came under heavy machine-gun fire outside Mosul on Sunday.',
     [W("ATTACK", day="2021-03-07", country="IRQ")]),
    ('The health minister came under fire from opposition lawmakers on Monday over the vaccine rollout.',
     []),
    ('Rescue workers said a helicopter dropped canisters of chlorine on a village in Hama province on Friday.',
     [W("ATTACK", day="2021-03-05", country="SYR")]),
    ('Government forces fired rockets loaded with toxic gas on rebel positions in eastern Ghouta on Monday.',
     [W("ATTACK", day="2021-03-08", country="SYR")]),
    ('Seven people were killed when militants used chlorine gas against a village near Tikrit on Saturday.',
     [W("ATTACK", day="2021-03-06", killed=7, country="IRQ")]),
    ('The gunmen are said to have attacked a checkpoint near Arish on Thursday.',
     [W("ATTACK", modality="rumored", day="2021-03-04", country="EGY")]),
    ('Police said two suspects were detained in Leeds on Monday.',
     [W("ARREST", 2, day="2021-03-08", country="GBR")]),
]


@pytest.mark.parametrize(("text", "wants"), UNDER_ATTACK_AND_GAS, ids=[f"under_attack_and_gas_{i}" for i in range(len(UNDER_ATTACK_AND_GAS))])
def test_attacks_suffered_and_chemicals_used(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 251 (session 22): custody in lower-case police English (a court that "sent him to judicial
# custody" and a remand "till march 15", an absconder "nabbed from his hideout", a manhunt for two "still
# at large", a driver "detained for questioning", one "let off after questioning", "the arrested men have
# been identified as", three "held for allegedly running a fake currency racket"): 5 of 6 checked right
# when first run ("the arrested men" point back to an arrest told before; the two remands are not
# checked: whether a court's remand is the arrest is left open, batch 189). Wrong: "the absconding
# accused was finally nabbed" held no one: the parser makes "absconding" the noun and "accused" its
# modifier (left, a strict xfail).

CUSTODY_LOWER_CASE = [
    pytest.param('the absconding accused was finally nabbed from his hideout in thane district on monday night.',
                 [W("ARREST", 1, day="2021-03-08", country="IND")],
                 marks=pytest.mark.xfail(reason="the parser makes 'absconding' the noun and 'accused' its modifier", strict=True)),
    ('a manhunt has been launched to trace the other two accused, who are still at large.',
     []),
    ('the police have detained the driver of the truck for questioning, an officer said.',
     [W("ARREST", 1, day="2021-03-08")]),
    ('he was let off after questioning and no case was registered against him.',
     []),
    ('the arrested men have been identified as ravi kumar, 28, and suresh yadav, 31, both residents of the same '
     'village.',
     []),
    ('three persons, including a woman, were held for allegedly running a fake currency racket in the city on '
     'wednesday.',
     [W("ARREST", 3, day="2021-03-10")]),
]


@pytest.mark.parametrize(("text", "wants"), CUSTODY_LOWER_CASE, ids=[f"custody_lower_case_{i}" for i in range(len(CUSTODY_LOWER_CASE))])
def test_custody_in_lower_case_police_english(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 252 (session 22): a local news page (a warehouse blaze, a council row, a drink-driving arrest
# after a car "hit a lamppost", a storm that "battered" the coast, a school locked down over a false
# report, a teenager stabbed in a fight, a woman found dead, a manager sacked, a cash machine
# "ram-raided", two charged after a shooting): 9 of 10 right when first run, five events of which four
# real. Wrong: "his car hit a lamppost" was an attack (a vehicle that hits a thing or a person is a
# collision: data/sense.json's "collision" sense, for "hit", "strike", "knock" only, so that a car bomb
# that hit a convoy and a truck driven into a market stay attacks).

LOCAL_NEWS_PAGE = [
    ('Firefighters battled a blaze at a disused warehouse in Salford for six hours on Tuesday night.',
     []),
    ('Councillors voted to scrap the parking charges after a row that split the ruling group.',
     []),
    ('A man was arrested on suspicion of drink-driving after his car hit a lamppost in Bolton on Saturday.',
     [W("ARREST", 1, day="2021-03-06", country="GBR")]),
    ('Storm Dennis battered the coast on Sunday, bringing down trees and cutting power to 20,000 homes.',
     []),
    ('The school was locked down for two hours on Monday after reports of a man with a knife, which turned out to '
     'be false.',
     []),
    ('A teenager was stabbed in the leg during a fight outside a takeaway in Oldham on Friday night and is in a '
     'stable condition.',
     [W("ATTACK", day="2021-03-05", country="GBR")]),
    ('Police have launched a murder investigation after a woman was found dead at a house in Rochdale on Wednesday.',
     []),
    ('The club sacked its manager after a run of seven straight defeats.',
     []),
    ('Thieves ram-raided a cash machine in Wigan in the early hours of Thursday and escaped with £40,000.',
     []),
    ('Two men have been charged with attempted murder after a shooting in Moss Side on Saturday.',
     [W("CHARGE", 2, day="2021-03-06"), W("ATTACK", day="2021-03-06")]),
]


@pytest.mark.parametrize(("text", "wants"), LOCAL_NEWS_PAGE, ids=[f"local_news_page_{i}" for i in range(len(LOCAL_NEWS_PAGE))])
def test_a_local_news_page(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_vehicle_that_hits_is_a_collision(pipeline: Pipeline) -> None:
    check(pipeline, "A driver hit a cyclist in Leeds on Monday and drove off.", [])
    check(pipeline, "A car bomb hit a police convoy in Kabul on Monday.", [W("ATTACK", day="2021-03-08", country="AFG")])



# -- batch 253 (session 22): offenders' names beside sides named like them (Orlando Pirates "captured" a
# title, a Pirates striker "sent off", bandits arrested, schoolchildren released by kidnappers, Somali
# pirates who "hijacked" a vessel, the Buccaneers who "shut down" an offence, hackers who "attacked"
# servers, bandits who shot dead three villagers): 8 of 8 right when first run (the day of "abducted from
# a school in Kagara on Saturday" after "released" is not checked: the sentence allows both readings).

OFFENDERS_AND_SIDES = [
    ('Orlando Pirates captured their first league title in a decade after beating Kaizer Chiefs 2-0 on Saturday.',
     []),
    ("The Pirates' striker was sent off in the second half for a dangerous tackle.",
     []),
    ('Police in Zamfara arrested 14 suspected bandits and recovered six rifles on Sunday.',
     [W("ARREST", 14, day="2021-03-07", country="NGA")]),
    ('Kidnappers released the 27 schoolchildren abducted from a school in Kagara on Saturday.',
     [W("ATTACK", country="NGA")]),
    ('Somali pirates hijacked a fishing vessel off the coast of Puntland on Tuesday.',
     []),
    ("The Buccaneers shut down the Chiefs' offence in a 31-9 win in the Super Bowl on Sunday.",
     []),
    ("Hackers linked to a foreign government attacked the ministry's servers last month, the minister said.",
     []),
    ('The bandits shot dead three villagers and rustled cattle in Katsina state on Monday.',
     [W("ATTACK", day="2021-03-08", killed=3, country="NGA")]),
]


@pytest.mark.parametrize(("text", "wants"), OFFENDERS_AND_SIDES, ids=[f"offenders_and_sides_{i}" for i in range(len(OFFENDERS_AND_SIDES))])
def test_offenders_beside_sides_named_like_them(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 254 (session 22): counting people, second set (a capitalised hyphenated number with "twenty-three
# of them foreigners", a woman and her three children, a group broken down in the next sentence, a
# leader and "two of his associates", "a 19-year-old and two men aged 24 and 31", "both women" released,
# a man and his two sons with "the other suspects" at large, a couple "along with their baby son"): 6 of
# 8 right when first run. Wrong: "a group of migrants … Eleven of them were Syrians and four were
# Iraqis" had no total (the counts said of each nationality now add up where the act gave none);
# "detained a 19-year-old and two men aged 24 and 31 … on Thursday" counted two and had no day (an age
# listed before counted people, which the parser makes an adjective of their noun, of the verb or of
# the article, is one person more: this also counts batch 212's "A 17-year-old and two men", a strict
# xfail until now; and "aged" is a state, whose clause dates nothing).

COUNTING_PEOPLE_2 = [
    ('Police detained Forty-one people, twenty-three of them foreigners, in raids across Izmir on Tuesday.',
     [W("ARREST", 41, day="2021-03-09", country="TUR")]),
    ('Turkey deported a Belgian woman and her three children to Brussels on Monday.',
     [W("DEPORT", 4, nats="BEL", day="2021-03-08", country="TUR")]),
    ('Border guards stopped a group of migrants near Edirne on Sunday. Eleven of them were Syrians and four were '
     'Iraqis.',
     [W("ARREST", 15, nats="IRQ SYR", day="2021-03-07", country="TUR")]),
    ('Police arrested the leader of the cell and two of his associates in Almaty on Friday.',
     [W("ARREST", 3, day="2021-03-05", country="KAZ")]),
    ('Officers detained a 19-year-old and two men aged 24 and 31 in Birmingham on Thursday.',
     [W("ARREST", 3, day="2021-03-04", country="GBR")]),
    ('Police arrested five people in Lyon on Monday. Both women were later released without charge.',
     [W("ARREST", 5, day="2021-03-08", country="FRA"), W("CHARGE", 2, modality="denied")]),
    ('Spanish police arrested a Moroccan man and his two sons in Ceuta on Wednesday; the other suspects remain at '
     'large.',
     [W("ARREST", 3, nats="MAR", day="2021-03-10", country="ESP")]),
    ('A couple from Luton were arrested at Gatwick airport on Saturday along with their baby son.',
     [W("ARREST", 3, nats="GBR", day="2021-03-06", country="GBR")]),
]


@pytest.mark.parametrize(("text", "wants"), COUNTING_PEOPLE_2, ids=[f"counting_people_2_{i}" for i in range(len(COUNTING_PEOPLE_2))])
def test_counting_people_second_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 255 (session 22): nationality told in the next sentence (a suspect "who holds Austrian and
# Bosnian citizenship", three "who speak Russian", "The Afghan had served a prison sentence", suspects who
# "live in the city", "ethnic Uzbeks with Kyrgyz passports", "a Swedish national of Somali origin"):
# 2 of 6 right when first run. Wrong: the one person held or removed took no nationality from the next
# sentence's subject told back by a nationality noun ("The Afghan") or with the citizenship its clause
# states (en_targets._nationality_told_after); ethnic Uzbeks with Kyrgyz passports were Uzbek (a
# citizenship stated wins over an ethnicity, GOLD-FORMAT); the woman "bound for Istanbul … on Saturday"
# had no day (the parser hangs the day on "bound", a state that dates nothing).

NATIONALITY_TOLD_AFTER = [
    ('Police in Vienna arrested a 24-year-old man on Tuesday on suspicion of planning an attack. The suspect, who '
     'holds Austrian and Bosnian citizenship, was known to the intelligence service.',
     [W("ARREST", 1, nats="AUT BIH", day="2021-03-09", country="AUT")]),
    ('Turkish police detained three foreigners in Gaziantep on Monday. The three, who speak Russian, were trying to '
     'cross into Syria, officials said.',
     [W("ARREST", 3, day="2021-03-08", country="TUR")]),
    ('Germany deported a man to Afghanistan on Wednesday. The Afghan had served a prison sentence for assault.',
     [W("DEPORT", 1, nats="AFG", day="2021-03-10", country="DEU")]),
    ('Dutch police arrested two men in Rotterdam on Friday. The suspects, aged 19 and 22, live in the city, '
     'prosecutors said.',
     [W("ARREST", 2, nats="NLD", day="2021-03-05", country="NLD")]),
    ('Kyrgyz security forces detained four people in Osh on Thursday. All of them are ethnic Uzbeks with Kyrgyz '
     'passports.',
     [W("ARREST", 4, nats="KGZ", day="2021-03-04", country="KGZ")]),
    ("Police stopped a woman bound for Istanbul at Stockholm's Arlanda airport on Saturday. She is a Swedish "
     'national of Somali origin.',
     [W("ARREST", 1, nats="SWE", day="2021-03-06", country="SWE")]),
]


@pytest.mark.parametrize(("text", "wants"), NATIONALITY_TOLD_AFTER, ids=[f"nationality_told_after_{i}" for i in range(len(NATIONALITY_TOLD_AFTER))])
def test_nationality_told_in_the_next_sentence(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 256 (session 22): days told in other words ("the next morning" after a raid on 2 March, "the
# third week of February", a man "born in 1990" jailed on Friday, "on New Year's Eve in Istanbul", "on
# the eve of the election", "two days after the bombing on 14 February", "in late January", "earlier this
# month"): 6 of 8 right when first run (the country of men held "near the Syrian border" is not
# checked). Wrong: the arrests on New Year's Eve were placed in a Norwegian "Eve" (a holiday NER types as
# an event is no place); "two days after the bombing on 14 February" took the 14th (a day under "after"
# or "before" with a span of days or weeks on it is that far from the act: WikiEvents has "three days
# after the April 15, 2013, attack", "four days before the bombing").

DAYS_IN_OTHER_WORDS = [
    ('Police raided a flat in Lille on 2 March. The next morning, officers arrested two men at a nearby station.',
     [W("ARREST", 2, day="2021-03-03", country="FRA")]),
    ('The men were detained in the third week of February near the Syrian border, the ministry said.',
     [W("ARREST", day="2021-02-15")]),
    ('A court in Tashkent jailed a man born in 1990 for eight years on Friday.',
     [W("CHARGE", 1, day="2021-03-05", country="UZB")]),
    ("Three suspects were arrested on New Year's Eve in Istanbul, police said on Monday.",
     [W("ARREST", 3, day="2020-12-31", country="TUR")]),
    ('On the eve of the election, gunmen attacked a polling station in Kandahar, killing two guards.',
     [W("ATTACK", killed=2, country="AFG")]),
    ('Two days after the bombing on 14 February, police arrested four suspects in Quetta.',
     [W("ARREST", 4, day="2021-02-16", country="PAK")]),
    ('In late January, Turkish authorities deported 12 Tajik citizens to Dushanbe.',
     [W("DEPORT", 12, nats="TJK", day="2021-01-01", country="TUR")]),
    ('Earlier this month, security forces killed three militants in a raid in Shopian.',
     [W("ATTACK", killed=3, day="2021-03-01", country="IND")]),
]


@pytest.mark.parametrize(("text", "wants"), DAYS_IN_OTHER_WORDS, ids=[f"days_in_other_words_{i}" for i in range(len(DAYS_IN_OTHER_WORDS))])
def test_days_told_in_other_words(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_day_so_far_after_another(pipeline: Pipeline) -> None:
    check(pipeline, "A day after the bombing on 14 February, police arrested four suspects in Quetta.",
          [W("ARREST", 4, day="2021-02-15", country="PAK")])
    check(pipeline, "Police arrested four suspects in Quetta a week after the 14 February bombing.",
          [W("ARREST", 4, day="2021-02-21", country="PAK")])



# -- batch 257 (session 22): one happening told again in the sentences after it, second set (a car bomb
# with "the explosion", "the wounded were taken to", "carried out the bombing"; a recruiter held, "the
# man, who was detained at his home", "his arrest came after"; 14 detained, "among those held were six
# Russians and four Chinese nationals", "the group was caught"; a church attacked, "the assailants, who
# arrived on motorbikes, opened fire", "the second attack on a church this month"): 3 of 4 right when
# first run, one event each (whether the recruiter held by Moroccan police in Fez is Moroccan is not
# checked). Wrong: "Among those held were …" gave no nationalities ("among those" was no cue of a
# follow-up beside "among them").

TOLD_AGAIN_2 = [
    ('A car bomb exploded outside a police station in Diyarbakir on Tuesday, killing three officers and wounding 12 '
     "people. The explosion shattered windows across the street. The wounded were taken to the city's state "
     'hospital. Kurdish militants carried out the bombing, the governor said.',
     [W("ATTACK", day="2021-03-09", killed=3, wounded=12, country="TUR")]),
    ('Turkish forces detained 14 people trying to cross into Syria near Kilis on Saturday. Among those held were '
     'six Russians and four Chinese nationals. The group was caught at a village close to the border.',
     [W("ARREST", 14, nats="CHN RUS", day="2021-03-06", country="TUR")]),
    ('Gunmen attacked a church in Ouagadougou on Sunday, killing six worshippers. The assailants, who arrived on '
     'motorbikes, opened fire as the service was ending. It was the second attack on a church in the country this '
     'month.',
     [W("ATTACK", day="2021-03-07", killed=6, country="BFA")]),
]


@pytest.mark.parametrize(("text", "wants"), TOLD_AGAIN_2, ids=[f"told_again_2_{i}" for i in range(len(TOLD_AGAIN_2))])
def test_one_act_told_again_second_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_recruiter_told_again(pipeline: Pipeline) -> None:
    text = 'Moroccan police arrested a suspected Islamic State recruiter in Fez on Thursday. The man, who was detained at his home, had been in contact with fighters in Syria, the interior ministry said. His arrest came after a months-long investigation.'
    assert [(e.type, e.total, e.date) for e in run(pipeline, text).events] == [("ARREST", 1, date(2021, 3, 4))]



# -- batch 258 (session 22): a travel page (tourists "turned away from the Acropolis", flights cancelled
# in a strike, cocaine seized at a port, a museum "stormed" by activists whom "police removed", a
# passenger detained for opening an exit mid-flight, a band "banned from performing", hikers killed by
# an avalanche, visa-free entry "suspended"): 6 of 8 right when first run; three events of which one
# real. Wrong: tourists turned away from a site were an entry ban (a place kept from that is a site or a
# building, not a country, makes none; the from-phrase may hang on "away"); "police removed them" was a
# deportation (a removal with neither "to" nor "from" is no state's removal).

TRAVEL_PAGE = [
    ('Tourists were turned away from the Acropolis on Monday as temperatures soared above 40C.',
     []),
    ('The airline cancelled 300 flights on Friday after air traffic controllers walked out over pay.',
     []),
    ('Customs officers seized 2 tonnes of cocaine hidden in banana crates at the port of Antwerp on Wednesday.',
     []),
    ('The museum was stormed by climate activists who glued themselves to a painting on Sunday; police removed them '
     'after two hours.',
     []),
    ('A passenger was detained after he tried to open an emergency exit mid-flight on a plane from Dubai to London '
     'on Tuesday.',
     [W("ARREST", 1, day="2021-03-09")]),
    ('The band was banned from performing in Russia after its singer criticised the war.',
     []),
    ('Three hikers were killed by an avalanche in the Swiss Alps on Saturday.',
     []),
    ('Visa-free entry for Chinese tourists was suspended on Thursday, the foreign ministry said.',
     []),
]


@pytest.mark.parametrize(("text", "wants"), TRAVEL_PAGE, ids=[f"travel_page_{i}" for i in range(len(TRAVEL_PAGE))])
def test_a_travel_page_holds_one_act(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_removals_and_refusals_of_a_state(pipeline: Pipeline) -> None:
    check(pipeline, "Three Pakistanis were removed to Islamabad on a charter flight on Monday.",
          [W("DEPORT", 3, nats="PAK", day="2021-03-08")])
    check(pipeline, "Two Britons were turned away from Turkey on Monday.", [W("ENTRY_BAN", 2, nats="GBR", day="2021-03-08")])
    check(pipeline, "Voters were turned away from polling stations in Lagos on Saturday.", [])



# -- batch 259 (session 22): news-channel posts, third set (an explosion that "rocks" a quarter, "#Mali 🇲🇱
# JNIM claims attack on army post near Boni", an entry ban credited "— TASS", homes raided with "4
# detained", a court that "jails" two men, a boat turned back): 3 of 6 right when first run. Wrong: the
# entry ban counted the credited agency as a fourth person (a name after a dash that ends the line is
# the outlet credited); the attack near Boni was placed in Germany (the gazetteer's "Boni" is a name of
# Bonn: now "near Boni in Mali" is placed by its wider place, but a post that names Mali only by a
# hashtag and a flag still goes to Germany: left, a strict xfail); "…, 4 detained" at the end of a
# headline is no arrest (left, a strict xfail).

CHANNEL_POSTS_3 = [
    ("BREAKING: Explosion rocks Kabul's diplomatic quarter, several casualties reported",
     [W("ATTACK", day="2021-03-08", country="AFG")]),
    ("Russia bars entry to 3 Georgian activists over 'provocations' — TASS",
     [W("ENTRY_BAN", 3, nats="GEO", day="2021-03-08", country="RUS")]),
    ('⚡️ Kenyan court jails two men for 15 years over Garissa University attack',
     [W("CHARGE", 2, nats="KEN", day="2021-03-08", country="KEN")]),
    ('Watch: Moment Greek coast guard turns back migrant boat off Lesbos',
     [W("ENTRY_BAN", day="2021-03-08", country="GRC")]),
]


@pytest.mark.parametrize(("text", "wants"), CHANNEL_POSTS_3, ids=[f"channel_posts_3_{i}" for i in range(len(CHANNEL_POSTS_3))])
def test_news_channel_posts_third_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.xfail(reason="a post naming its country by a hashtag and a flag only: 'Boni' resolves to Bonn", strict=True)
def test_a_post_placed_by_its_hashtag(pipeline: Pipeline) -> None:
    check(pipeline, '#Mali 🇲🇱 JNIM claims attack on army post near Boni, says 9 soldiers killed', [W("ATTACK", killed=9, country="MLI")])


@pytest.mark.xfail(reason="'…, 4 detained' closing a headline is no arrest", strict=True)
def test_a_headline_s_closing_count(pipeline: Pipeline) -> None:
    check(pipeline, 'Police raid homes of suspected IS sympathisers in Bavaria, 4 detained', [W("ARREST", 4, country="DEU")])


def test_a_wider_place_after_in(pipeline: Pipeline) -> None:
    check(pipeline, "Militants attacked an army post near Boni in Mali on Monday, killing 9 soldiers.",
          [W("ATTACK", day="2021-03-08", killed=9, country="MLI")])



# -- batch 260 (session 22): trips to the war told in other words, second set ("joined Islamic State in
# Syria in 2014", "went to fight in Syria in the summer of 2015", "slipped across the border into Syria
# with her two children", "returned from Syria … and was arrested on arrival", "some 300 Tajiks are
# believed to be fighting for the group", "flew to Istanbul on 3 May and crossed into Syria a week
# later", a holiday in Turkey, teenagers stopped as they tried to board a flight to Turkey): 7 of 8
# right when first run. Wrong: the 300 Tajiks believed to be fighting are no statistic (a standing
# count, GOLD-FORMAT; the Russian front end files "воюют в Сирии" so, the English one has no such cue:
# left, a strict xfail).

TRIPS_TO_THE_WAR_2 = [
    ('A 19-year-old from Cardiff joined Islamic State in Syria in 2014, his family said.',
     [W("TRAVEL", 1, nats="GBR", day="2014-01-01")], None),
    ('Two brothers from Almaty went to fight in Syria in the summer of 2015.',
     [W("TRAVEL", 2, nats="KAZ")], None),
    ('The woman slipped across the border into Syria with her two children in March 2016.',
     [W("TRAVEL", 3, day="2016-03-01")], None),
    ('He returned from Syria in 2017 and was arrested on arrival in Istanbul.',
     [W("ARREST", 1, day="2017-01-01", country="TUR")], None),
    pytest.param('Some 300 Tajiks are believed to be fighting for the group in Iraq and Syria.',
                 [], 1, marks=pytest.mark.xfail(reason='a standing count of fighters abroad is no statistic in English yet', strict=True)),
    ('The couple flew to Istanbul on 3 May and crossed into Syria a week later.',
     [W("TRAVEL", 2, day="2020-05-04")], None),
    ('She travelled to Turkey on holiday last summer.',
     [], None),
    ('Three teenagers were stopped at Gatwick on Friday as they tried to board a flight to Turkey, police said, '
     'fearing they planned to join IS.',
     [W("ARREST", 3, day="2021-03-05", country="GBR")], None),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), TRIPS_TO_THE_WAR_2, ids=[f"trips_to_the_war_2_{i}" for i in range(len(TRIPS_TO_THE_WAR_2))])
def test_trips_to_the_war_second_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)



# -- batch 261 (session 22): acts said not to have happened, second set ("no one was arrested after the
# clashes", reports of a detention denied, a deportation halted by a court, "has not extradited any of
# the suspects", "released on bail … without being charged"; a travel ban lifted is not checked: an
# entry ban or a ban on leaving): 3 of 5 right when first run. Wrong: "no one was arrested" was no act
# (the people named as none: an act denied, counting nobody, en_syntax._unnamed_no_one); "without being
# charged" had no one charged (the verb under "without" takes the main clause's subject, and is
# denied, as "released without charge" was).

DENIED_2 = [
    ('Officials said no one was arrested after the clashes in the old city on Friday.',
     [W("ARREST", modality="denied", day="2021-03-05")]),
    ('Police denied reports that a British man had been detained in Dubai over the plot.',
     [W("ARREST", 1, nats="GBR", modality="denied", country="ARE")]),
    ('The planned deportation of the family was halted by a court on Tuesday pending an appeal.',
     [W("DEPORT", modality="denied", day="2021-03-09")]),
    ('Ankara has not extradited any of the suspects requested by Stockholm, the minister said.',
     [W("DEPORT", modality="denied", country="TUR")]),
    ('The suspect was released on bail on Monday without being charged.',
     [W("CHARGE", 1, modality="denied", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), DENIED_2, ids=[f"denied_2_{i}" for i in range(len(DENIED_2))])
def test_acts_said_not_to_have_happened_second_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_slashed_date_makes_a_past_of_set_in_lower_case(pipeline: Pipeline) -> None:
    # written after its rule (session 22, the lower-cased run of batch 246): "set" tagged as a present
    # is a past when the line opens on a slashed date, as it is after "On 15 May 2019"
    check(pipeline, "08/04/2014: assailants set fire to a church in mosul city, nineveh governorate, iraq.",
          [W("ATTACK", day="2014-08-04", country="IRQ")])



# -- batch 262 (session 22): coder notes, 16th set (a chief "and his son" killed, a ballistic missile
# fired at a city, "at least 30 protesters" arrested, a landmine under a minibus, militants held and
# explosives seized, refugees deported "from Kassala (Kassala) to Eritrea", Chinese nationals abducted at
# a mine in "Bagassi (Balé, Boucle du Mouhoun)", a court sentencing six): 6 of 8 right when first run.
# Wrong: "killed a local chief and his son" had one dead (a person noun with no count in a list is one
# person); the abduction was placed in Basel, whose French name is Balé (a village the gazetteer
# lacks, with brackets after it, is placed by the brackets, coarse over fine, before an apposition:
# the Inates rule of batch 246 had taken "Balé" first).

CODER_NOTES_16 = [
    ('On 12 February 2021, unidentified gunmen killed a local chief and his son in Kipupu (Mwenga, Sud-Kivu).',
     [W("ATTACK", day="2021-02-12", killed=2, country="COD")]),
    ('On 4 March 2021, Houthi forces fired a ballistic missile at Marib city (Marib), wounding 5 civilians.',
     [W("ATTACK", day="2021-03-04", wounded=5, country="YEM")]),
    ('On 27 February 2021, Myanmar security forces arrested at least 30 protesters in Mandalay (Mandalay).',
     [W("ARREST", day="2021-02-27", country="MMR")]),
    ('On 6 February 2021, a landmine planted by Al Shabaab exploded under a minibus near Wanlaweyn (Lower '
     'Shabelle), killing 7 passengers.',
     [W("ATTACK", day="2021-02-06", killed=7, country="SOM")]),
    ('On 9 March 2021, Pakistani police arrested 3 TTP militants and seized explosives in Peshawar (Khyber '
     'Pakhtunkhwa).',
     [W("ARREST", 3, day="2021-03-09", country="PAK")]),
    ('On 15 February 2021, Sudanese authorities deported 12 Eritrean refugees from Kassala (Kassala) to Eritrea.',
     [W("DEPORT", 12, nats="ERI", day="2021-02-15", country="SDN")]),
    ('On 1 March 2021, an unidentified armed group abducted 3 Chinese nationals working at a mine in Bagassi (Balé, '
     'Boucle du Mouhoun).',
     [W("ATTACK", day="2021-03-01", country="BFA")]),
    ('On 8 February 2021, a court in Dushanbe (Dushanbe) sentenced 6 members of Group 24 to prison terms of 5 to 12 '
     'years.',
     [W("CHARGE", 6, day="2021-02-08", country="TJK")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_16, ids=[f"coder_notes_16_{i}" for i in range(len(CODER_NOTES_16))])
def test_coder_notes_sixteenth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 245 (session 22, run before batch 246, recorded at the session's end): coder notes in ACLED's
# own forms ("Around 14 February 2021 (week of)", "On an unspecified date in January 2021", "(as
# reported)", "[women targeted: none]", "Property destruction: none", "2 fatalities." and "Fatalities coded
# as 10." on a line of their own): 6 of 8 right when first run. Wrong: the toll given only on a coder's
# line of its own was no toll ("N fatalities", "Fatalities: N", "Fatalities coded as N": the line's one
# number is the act's dead, en_story._fatalities).

CODER_NOTES_ACLED_FORMS = [
    ('Around 14 February 2021 (week of), Boko Haram (JAS) militants attacked Kirawa (Gwoza, Borno) and killed 5 '
     'civilians. The militants also burned several houses.',
     [W("ATTACK", day="2021-02-14", killed=5, country="NGA")]),
    ('On an unspecified date in January 2021, police arrested 3 suspected members of Hizb ut-Tahrir in Osh city '
     '(Osh). They were charged with extremism.',
     [W("ARREST", 3, day="2021-01-01", country="KGZ"), W("CHARGE", 3)]),
    ('On 3 March 2021, 2 IEDs planted by unidentified militants exploded near a school in Mandera town (Mandera). 2 '
     'fatalities.',
     [W("ATTACK", day="2021-03-03", killed=2, country="KEN")]),
    ('On 6 March 2021 (as reported), military forces conducted airstrikes on suspected ISWAP positions in Marte LGA '
     '(Borno). Fatalities coded as 10.',
     [W("ATTACK", day="2021-03-06", killed=10, country="NGA")]),
    ('On 19 February 2021, unidentified gunmen shot dead a former village head in Chipata (Eastern). [women '
     'targeted: none]',
     [W("ATTACK", day="2021-02-19", killed=1, country="ZMB")]),
    ('On 8 February 2021, Uzbek border guards detained 4 Tajik nationals trying to cross the border illegally near '
     'Bekabad (Tashkent).',
     [W("ARREST", 4, nats="TJK", day="2021-02-08", country="UZB")]),
    ("On 26 February 2021, the Indonesian National Police's Densus 88 unit arrested 5 suspected JAD members in "
     'Makassar (South Sulawesi). Property destruction: none.',
     [W("ARREST", 5, day="2021-02-26", country="IDN")]),
    ('On 1 March 2021, Kurdish Workers Party (PKK) militants fired on a Turkish army base in Duhok province (Iraq). '
     'No casualties reported.',
     [W("ATTACK", day="2021-03-01", country="IRQ")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_ACLED_FORMS, ids=[f"coder_notes_acled_forms_{i}" for i in range(len(CODER_NOTES_ACLED_FORMS))])
def test_coder_notes_in_acled_s_own_forms(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 263 (session 23): families and groups leaving for the war (a mother with her children by
# coach, twin sisters who flew to Istanbul and are believed to have crossed, a man with his wife and
# baby, people smuggled over a border, a holiday flight, a trip hidden from parents, a couple believed
# to have gone, a smuggler paid to take women across, a man who left and was later killed): 7 of 10
# right when first run. Wrong: "on 14 June last year" was a month (a day of a year told relatively is
# that day, normalize/dates) and "the twin sisters" no count (children of one birth, plural, are two
# or three, en_referents.birth_size); the two below are left open.

FAMILIES_TO_THE_WAR = [
    ('A mother and her four children from Bradford left Britain for Syria in 2015, travelling by coach to the '
     'Turkish border.',
     [W("TRAVEL", 5, nats="GBR", day="2015-01-01")]),
    ('The twin sisters, 16, flew from Manchester to Istanbul on 14 June last year, and their father believes they '
     'crossed into Syria days later.',
     [W("TRAVEL", 2, modality="rumored")]),
    ('Police said a 23-year-old man from Dewsbury had travelled to Syria with his wife and their baby son in May.',
     [W("TRAVEL", 3, nats="GBR", day="2020-05-01")]),
    pytest.param('Seven Tunisians, including two women, were smuggled across the Libyan border last week to join the '
                 'group, a security source said.',
                 [W("TRAVEL", 7, nats="TUN", day="2021-03-01")],
                 marks=pytest.mark.xfail(reason='a trip "across" a border to join a group not named is not read: too few '
                                                'real examples to build on', strict=True)),
    ('The family flew to Antalya for a beach holiday in July.',
     []),
    ('Ahmed, 19, told his parents he was going to Egypt, but instead flew to Gaziantep and crossed into Syria to '
     'join al-Nusra in January 2014.',
     [W("TRAVEL", 1, day="2014-01-01")]),
    ('Three brothers from Sydney left Australia in 2014 to fight with Islamic State.',
     [W("TRAVEL", 3, nats="AUS", day="2014-01-01")]),
    ('The couple, both Dutch converts, are believed to have travelled to Iraq to join the group in 2015, '
     'prosecutors said.',
     [W("TRAVEL", 2, nats="NLD", modality="rumored", day="2015-01-01")]),
    pytest.param('A smuggler in Kilis was paid to take the two German women across the border into Syria in 2016.',
                 [W("TRAVEL", 2, nats="DEU", day="2016-01-01")],
                 marks=pytest.mark.xfail(reason='a trip told by its helper ("take them into Syria") is read only for '
                                                '"helped", "let" and "sent"', strict=True)),
    ('An Azerbaijani man who left for Syria with his wife in 2013 was later killed in fighting near Aleppo, '
     'relatives said.',
     [W("TRAVEL", 2, nats="AZE", day="2013-01-01"), W("ATTACK", killed=1, country="SYR")]),
]


@pytest.mark.parametrize(("text", "wants"), FAMILIES_TO_THE_WAR, ids=[f"families_to_the_war_{i}" for i in range(len(FAMILIES_TO_THE_WAR))])
def test_families_and_groups_leaving_for_the_war(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.parametrize("text", [
    'By 26 March, another 149 Indonesians had been sent back since January 1.',
    'By 30 June, police had detained 212 people since the curfew began on 1 May.',
    'By Friday, the authorities had deported 57 Afghans since 2 January.',
])
def test_a_count_from_one_day_to_another_is_a_statistic(pipeline: Pipeline, text: str) -> None:
    # written after its rule (session 23, a change to dates that dated the first): "by <day> … since
    # <day>" bounds a running count on both sides (GOLD-FORMAT: counts over a period are aggregates)
    x = run(pipeline, text)
    assert not x.events and len(x.aggregates) == 1, ([e.to_gold() for e in x.events], [a.to_gold() for a in x.aggregates])



# -- batch 264 (session 23): a business page, second set (a cyber attack on an airline, a crypto founder arrested
# abroad, a recall after deaths, a regulator's ban, profits slashed, bankers charged, a data breach,
# drone strikes on a refinery moving oil prices, an app blocked, a chief fired, a bid blocked): 9 of 11
# right when first run. Wrong: "hit a Saudi refinery" had no place (a settlement or site the act's
# clause names by a state's adjective alone is in that state, en_places._national_place, as "the Iraqi
# city of …" says on real pages); the app blocked is left open.

BUSINESS_PAGE_2 = [
    ('Shares in the airline plunged on Monday after it was hit by a cyber attack that disrupted bookings.',
     []),
    ('The founder of the cryptocurrency exchange was arrested in Montenegro on Thursday at the request of US '
     'prosecutors.',
     [W("ARREST", 1, day="2021-03-04", country="MNE")]),
    ('The carmaker recalled 40,000 vehicles after faulty airbags were blamed for two deaths.',
     []),
    ('Regulators banned the company from selling its products in the EU for two years.',
     []),
    ("The chipmaker's profits were slashed by a shortage of raw materials.",
     []),
    ('Two former executives of the bank were charged with fraud in Frankfurt on Tuesday.',
     [W("CHARGE", 2, day="2021-03-09", country="DEU")]),
    ('Hackers stole the data of 3 million customers in a breach disclosed on Friday.',
     []),
    ('Oil prices jumped after drone strikes hit a Saudi refinery on Saturday.',
     [W("ATTACK", day="2021-03-06", country="SAU")]),
    pytest.param('The telecoms firm blocked access to the messaging app across Iran on orders from the government.',
                 [W("TAKEDOWN", country="IRN")],
                 marks=pytest.mark.xfail(reason='an app or messenger blocked whole is no takedown object: no real text '
                                                'we hold tells one', strict=True)),
    ('The retailer fired its chief executive over a bribery scandal.',
     []),
    ("The bank's shares were hammered after a rival bid was blocked by regulators.",
     []),
]


@pytest.mark.parametrize(("text", "wants"), BUSINESS_PAGE_2, ids=[f"business_page_2_{i}" for i in range(len(BUSINESS_PAGE_2))])
def test_a_business_page_second_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.parametrize(("text", "country"), [
    ('Gunmen attacked a Nigerian village on Saturday, killing five people.', "NGA"),
    ('A rocket hit a Syrian town on Saturday.', "SYR"),
    ('Rebels shelled an Ethiopian airport on Saturday.', "ETH"),
    ('Turkish jets bombed a Kurdish village on Saturday.', None),  # an ethnicity names no state
    ('Gunmen attacked a Turkish school on Saturday.', None),  # schools, bases, embassies are often abroad
])
def test_a_place_named_only_by_a_state_s_adjective(pipeline: Pipeline, text: str, country: str | None) -> None:
    # written after its rule (session 23, batch 264)
    x = run(pipeline, text)
    assert len(x.events) == 1
    assert (x.events[0].location.country if x.events[0].location else None) == country



# -- batch 265 (session 23): arrests in lower-case police English, third set (men held "in connection
# with the murder of" a shopkeeper, peddlers "nabbed", an accused "picked up from his residence", a
# woman "taken into custody" after a brawl, people "rounded up" for gambling, "the duo" apprehended at
# a crossing, a man held "over the stabbing of" a teenager, a man "wanted for a string of burglaries"):
# 8 of 8 right when first run.

LOWER_CASE_ARRESTS_3 = [
    ('police on tuesday arrested three men in connection with the murder of a shopkeeper in kanpur.',
     [W("ARREST", 3, day="2021-03-09", country="IND")]),
    ('two suspected drug peddlers were nabbed by the anti-narcotics cell near the bus stand in ludhiana on sunday.',
     [W("ARREST", 2, day="2021-03-07", country="IND")]),
    ('the accused was picked up from his residence in rawalpindi late on friday night, officials said.',
     [W("ARREST", 1, day="2021-03-05", country="PAK")]),
    ('a 35-year-old woman was taken into custody in durban on monday after a brawl at a tavern.',
     [W("ARREST", 1, day="2021-03-08", country="ZAF")]),
    ("cops rounded up 14 people for gambling in a raid on a house in the city's east on saturday.",
     [W("ARREST", 14, day="2021-03-06")]),
    ('the duo were apprehended at the border crossing with 20 kilograms of cannabis, the police said.',
     [W("ARREST", 2)]),
    ('police have arrested a 19-year-old man over the stabbing of a teenager in leeds city centre.',
     [W("ARREST", 1, day="2021-03-08", country="GBR")]),
    ('a man wanted for a string of burglaries was arrested in auckland yesterday.',
     [W("ARREST", 1, day="2021-03-09", country="NZL")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARRESTS_3, ids=[f"lower_case_arrests_3_{i}" for i in range(len(LOWER_CASE_ARRESTS_3))])
def test_arrests_in_lower_case_police_english_third_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 266 (session 23): coder notes, 17th set (a police officer shot in Jalalabad, a clash near
# Mocimboa da Praia with "6 fatalities." on its own, opposition members held in Kampala, an IED at a
# Maiduguri market, FARC dissidents killed in Tumaco, rangers ambushed in Rueso district, an IS suspect
# extradited from Russia, mortars at a palace in Mogadishu, a sentence in Almaty, militants held in
# "Sopore (Baramulla, Jammu & Kashmir)"): 10 of 10 right when first run.

CODER_NOTES_17 = [
    ('On 2 March 2021, unidentified gunmen shot and killed a police officer in Jalalabad (Nangarhar).',
     [W("ATTACK", day="2021-03-02", killed=1, country="AFG")]),
    ('On 24 February 2021, Mozambican security forces clashed with Ahlu Sunnah Wa-Jama militants near Mocimboa da '
     'Praia (Cabo Delgado). 6 fatalities.',
     [W("ATTACK", day="2021-02-24", killed=6, country="MOZ")]),
    ('On 18 February 2021, police arrested 11 members of an opposition party in Kampala (Kampala) for allegedly '
     'planning violent protests.',
     [W("ARREST", 11, day="2021-02-18", country="UGA")]),
    ('On 10 February 2021, an IED exploded at a market in Maiduguri (Borno), injuring 4 people.',
     [W("ATTACK", day="2021-02-10", wounded=4, country="NGA")]),
    ('On 7 March 2021, Colombian military forces killed 2 FARC dissidents in a clash in Tumaco (Narino).',
     [W("ATTACK", day="2021-03-07", killed=2, country="COL")]),
    ('On 1 March 2021, Thai rangers were ambushed by suspected insurgents in Rueso district (Narathiwat), wounding 2 '
     'rangers.',
     [W("ATTACK", day="2021-03-01", wounded=2, country="THA")]),
    ('On 22 February 2021, Russian authorities extradited a suspected IS member to Tajikistan.',
     [W("DEPORT", 1, day="2021-02-22", country="RUS")]),
    ('On 5 March 2021, Al Shabaab militants fired mortars at the presidential palace in Mogadishu (Banadir). No '
     'casualties reported.',
     [W("ATTACK", day="2021-03-05", country="SOM")]),
    ('On 27 February 2021, a court in Almaty (Almaty) sentenced a man to 7 years in prison for propaganda of '
     'terrorism on social media.',
     [W("CHARGE", 1, day="2021-02-27", country="KAZ")]),
    ('On 3 March 2021, Indian security forces arrested 2 suspected militants and recovered weapons in Sopore '
     '(Baramulla, Jammu & Kashmir).',
     [W("ARREST", 2, day="2021-03-03", country="IND")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_17, ids=[f"coder_notes_17_{i}" for i in range(len(CODER_NOTES_17))])
def test_coder_notes_seventeenth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)




# -- batch 267 (session 23): two reports written like the unseen ones (Georgia expels three Turkish
# men, detained before and then barred, and charges a Georgian; Spanish police hold four men of two
# nationalities in Ceuta and a fifth in Melilla): 3 of 6 events right when first run. Wrong: "They
# have been banned" after "The three men" had no nationality (a back-reference that names none takes
# that of the phrase it points back to, en_referents.antecedent); "Two of the detainees are Moroccan
# nationals and the other two are Spanish" added nothing ("the other two" is the rest of the group, a
# partitive subject is a follow-up's cue, an adjective said of a subject counts it, and a nationality
# guessed from "Spanish police" gives way to the ones told); "a fifth man" took the police's country
# (an ordinal person is beyond those told, as "another" is).

REPORTS_LIKE_THE_UNSEEN_3 = [
    (('Georgia expels three Turkish nationals over alleged IS links\n'
     '\n'
     'TBILISI, March 10 — Georgian authorities have expelled three Turkish citizens suspected of financing the Islamic State group, the State Security Service said on Wednesday.\n'
     '\n'
     'The three men, aged between 28 and 41, were detained near Lagodekhi on 2 March and put on a flight to Istanbul on Monday, the service said in a statement.\n'
     '\n'
     'They have been banned from entering Georgia for ten years.\n'
     '\n'
     'A fourth suspect, a Georgian citizen from the town of Zugdidi, has been charged with financing terrorism.\n'),
     [W("DEPORT", 3, nats="TUR", day="2021-03-08", country="GEO"), W("ARREST", 3, nats="TUR", day="2021-03-02", country="GEO"),
      W("ENTRY_BAN", 3, nats="TUR", country="GEO"), W("CHARGE", 1, nats="GEO", country="GEO")]),
    (('Spanish police dismantle jihadist cell in Ceuta\n'
     '\n'
     'MADRID — Spanish police arrested four men in Ceuta early on Tuesday in an operation against a cell that recruited fighters for Islamic State, the Interior Ministry said.\n'
     '\n'
     'Two of the detainees are Moroccan nationals and the other two are Spanish, the ministry said. One of the Moroccans had spent two years in Syria before returning to Morocco in 2019.\n'
     '\n'
     'Officers searched five homes and seized electronic devices. A fifth man was arrested in Melilla on Wednesday morning in connection with the same investigation.\n'
     '\n'
     'A judge at the National Court in Madrid is expected to question the men on Friday.\n'),
     [W("ARREST", 4, nats="MAR ESP", day="2021-03-09", country="ESP"), W("ARREST", 1, day="2021-03-10", country="ESP")]),
]


@pytest.mark.parametrize(("text", "wants"), REPORTS_LIKE_THE_UNSEEN_3, ids=[f"reports_like_the_unseen_3_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_3))])
def test_reports_written_like_the_unseen_ones_third_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


RULES_OF_BATCH_267 = [
    ('Greek police detained five Afghan men near the border on Monday. The men were taken to Alexandroupolis. They '
     'have been charged with illegal entry.',
     [W("ARREST", 5, nats="AFG", day="2021-03-08", country="GRC"), W("CHARGE", 5, nats="AFG", country="GRC")]),
    ('Police detained six people in Lyon on Monday. Four of the suspects are French and the other two are Algerian.',
     [W("ARREST", 6, nats="FRA DZA", day="2021-03-08", country="FRA")]),
    ('Police arrested two Iraqi men in Malmo on Monday. A third man was arrested in Lund on Tuesday.',
     [W("ARREST", 2, nats="IRQ", day="2021-03-08", country="SWE"), W("ARREST", 1, day="2021-03-09", country="SWE")]),
]


@pytest.mark.parametrize(("text", "wants"), RULES_OF_BATCH_267, ids=[f"rules_of_batch_267_{i}" for i in range(len(RULES_OF_BATCH_267))])
def test_back_references_partitive_follow_ups_and_people_next_in_line(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    # written after their rules (session 23, batch 267)
    check(pipeline, text, wants)




# -- batch 268 (session 23): two reports written like the unseen ones, fourth set (a government plane
# brings 14 Kazakhs home from a Syrian camp, the five women among them held on arrival, with a running
# count since 2019; a court in Almaty jails the Uzbek who ran jihadist channels, held in December, and
# orders the channels blocked): 3 of 5 events right when first run. Wrong: the flight was no removal
# (its origin was told by "an operation to return them from the al-Hol camp": a returning verb's
# from-phrase under the landing, english.RETURNING_VERBS), and "The women" held on arrival were the 14
# (a definite plural with no number means the nearest same noun counted before, "five women", with
# the nationality of the group it is among, en_referents._same_plural_counted).

REPORTS_LIKE_THE_UNSEEN_4 = [
    (('Kazakhstan brings home 14 women and children from Syrian camp\n'
     '\n'
     'NUR-SULTAN — A government plane carrying 14 Kazakh citizens, among them five women and nine children, landed in Aktau on Tuesday after an operation to return them from the al-Hol camp in north-eastern Syria, the Foreign Ministry said.\n'
     '\n'
     'The women, who had lived in territory held by Islamic State, were detained on arrival and will be questioned by the National Security Committee, a spokesman said.\n'
     '\n'
     'Since 2019 Kazakhstan has repatriated more than 600 of its nationals from Syria and Iraq.\n'),
     [W("DEPORT", 14, nats="KAZ", day="2021-03-09"), W("ARREST", 5, nats="KAZ", day="2021-03-09", country="KAZ")], 1),
    (('Court jails Telegram admin, orders channels blocked\n'
     '\n'
     'ALMATY — A court in Almaty on Tuesday sentenced a 27-year-old man to six years in prison for running Telegram channels that called for jihad, prosecutors said.\n'
     '\n'
     'The man, a citizen of Uzbekistan, was arrested in December after police traced the channels to his flat. The court also ordered the blocking of the four channels, which had more than 30,000 subscribers.\n'
     '\n'
     'His lawyer said he would appeal.\n'),
     [W("CHARGE", 1, nats="UZB", day="2021-03-09", country="KAZ"), W("ARREST", 1, nats="UZB", day="2020-12-01", country="KAZ"),
      W("TAKEDOWN", 4, modality="planned", country="KAZ")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_4, ids=[f"reports_like_the_unseen_4_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_4))])
def test_reports_written_like_the_unseen_ones_fourth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


RULES_OF_BATCH_268 = [
    ('Police detained two men and three women in Kano on Monday. The women were later released.',
     [W("ARREST", 5, day="2021-03-08", country="NGA")]),
    ('A military plane carrying 22 Uzbek children landed in Tashkent on Friday after a mission to bring them back from '
     'camps in north-east Syria.',
     [W("DEPORT", 22, nats="UZB", day="2021-03-05")]),
]


@pytest.mark.parametrize(("text", "wants"), RULES_OF_BATCH_268, ids=[f"rules_of_batch_268_{i}" for i in range(len(RULES_OF_BATCH_268))])
def test_the_same_plural_counted_before_and_a_return_told_by_its_mission(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    # written after their rules (session 23, batch 268)
    check(pipeline, text, wants)




# -- batch 269 (session 23): a sports, culture and weather page (a striker sent off, lightning on a
# spire, a labour strike, a camera capturing a whale, a budget "blasted", fans storming a pitch, a gas
# explosion, a chef fired, a hiker found, a film shot in Morocco, a minister convicted, a chess attack,
# a helicopter shot down "killing both pilots"): 11 of 13 right when first run. Wrong: the chess
# champion's attack was an act (chess words join the sport sense's context, data/sense.json), and
# "killing both pilots" had no toll ("both" before a plural counts two, en_syntax._count_near).

SPORTS_AND_CULTURE_PAGE = [
    ('The striker was sent off for a reckless challenge in the second half, and his side were knocked out of the cup.',
     []),
    ('Lightning struck a church spire in Devon on Sunday, sparking a fire that gutted the roof.',
     []),
    ('Thousands of workers went on strike in Lagos on Monday over unpaid wages.',
     []),
    ('The documentary captures the moment a whale breaches off the coast of Alaska.',
     []),
    ("Critics blasted the government's budget as a betrayal of pensioners.",
     []),
    ('Fans stormed the pitch after the final whistle to celebrate the title.',
     []),
    ('A gas explosion destroyed a block of flats in Lyon on Tuesday, killing three residents.',
     []),
    ("The chef was fired after a row with the restaurant's owner.",
     []),
    ('Police said the missing hiker was found alive after three days in the mountains.',
     []),
    ('The film, shot in Morocco, follows a soldier who deserts his unit.',
     []),
    ('A court in Paris convicted a former minister of embezzlement on Thursday and gave him a suspended sentence.',
     [W("CHARGE", 1, day="2021-03-04", country="FRA")]),
    ("The chess champion attacked his rival's king in a daring sacrifice.",
     []),
    ('Rebels shot down an army helicopter over Idlib on Monday, killing both pilots.',
     [W("ATTACK", day="2021-03-08", killed=2, country="SYR")]),
    ('Both soldiers were killed in the ambush near Gao on Monday.',  # written after its rule
     [W("ATTACK", day="2021-03-08", killed=2, country="MLI")]),
]


@pytest.mark.parametrize(("text", "wants"), SPORTS_AND_CULTURE_PAGE, ids=[f"sports_and_culture_page_{i}" for i in range(len(SPORTS_AND_CULTURE_PAGE))])
def test_a_sports_culture_and_weather_page(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)




# -- batch 270 (session 23): two reports written like the unseen ones, fifth set (a Belgian woman who
# left for Syria in 2014, deported by Turkey and arrested at Zaventem, who had been caught in January
# trying to cross the border with her son, and faces charges; a Shabaab raid on a Kenyan police post,
# the group's inflated claim and the police's denial): 5 of 6 events right when first run. Wrong: the
# January capture joined Monday's arrest (two tellings whose own days have no day in common are two
# acts, en_story._periods_apart); fixed with it, as the report showed them: the son "with" whom she was
# caught trying to cross was not counted (an attempt's companions were caught too,
# en_syntax.people_along) and "near Reyhanli" under the attempt was not the capture's place (an
# attempt is where its people were caught, en_event_place._same_moment); a flight "to Istanbul" they
# were trying to board placed an arrest in Turkey (a destination not reached is no fallback place).

REPORTS_LIKE_THE_UNSEEN_5 = [
    (('Belgian teenager who joined IS is arrested on return\n'
     '\n'
     'BRUSSELS — A 19-year-old woman from Vilvoorde who left for Syria in 2014 to marry an Islamic State fighter was arrested at Zaventem airport on Monday after Turkey deported her, prosecutors said.\n'
     '\n'
     'She had been held in a Turkish detention centre since January, when she was caught trying to cross the border near Reyhanli with her two-year-old son.\n'
     '\n'
     'The boy has been placed with relatives. The woman faces charges of membership of a terrorist organisation.\n'),
     [W("TRAVEL", 1, nats="BEL", day="2014-01-01"), W("ARREST", 1, nats="BEL", day="2021-03-08", country="BEL"),
      W("DEPORT", 1, nats="BEL", country="TUR"), W("ARREST", 2, nats="BEL", day="2021-01-01", country="TUR"),
      W("CHARGE", 1, nats="BEL")]),
    (('Gunmen kill four at Kenyan police post, Shabaab claims attack\n'
     '\n'
     'NAIROBI — Suspected al-Shabaab gunmen attacked a police post in Mandera county near the Somali border before dawn on Tuesday, killing four officers and wounding two, police said.\n'
     '\n'
     'In a statement on a pro-Shabaab website, the group said its fighters had killed "more than 10 Kenyan crusaders" and seized weapons.\n'
     '\n'
     'Police spokesman Bruno Shioso said the figure was false. "Four of our officers lost their lives. The attackers fled towards the border," he said.\n'),
     [W("ATTACK", day="2021-03-09", killed=4, wounded=2, country="KEN")]),
]


@pytest.mark.parametrize(("text", "wants"), REPORTS_LIKE_THE_UNSEEN_5, ids=[f"reports_like_the_unseen_5_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_5))])
def test_reports_written_like_the_unseen_ones_fifth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


RULES_OF_BATCH_270 = [
    ('Three men were detained near Kilis on Monday trying to cross into Syria.',
     [W("ARREST", 3, day="2021-03-08", country="TUR")]),
    ('Two men were arrested on Monday trying to board a flight to Istanbul.',
     [W("ARREST", 2, day="2021-03-08")]),
    ('She was caught trying to cross the border near Reyhanli with her two-year-old son in January.',
     [W("ARREST", 2, day="2021-01-01", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), RULES_OF_BATCH_270, ids=[f"rules_of_batch_270_{i}" for i in range(len(RULES_OF_BATCH_270))])
def test_an_attempt_is_where_its_people_were_caught(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    # written after their rules (session 23, batch 270)
    x = run(pipeline, text)
    check(pipeline, text, wants)
    if "Istanbul" in text:
        assert x.events[0].location is None or x.events[0].location.country != "TUR"




# -- batch 271 (session 23): entry bans in many words (refused entry at an airport, "banned from
# entering … for two years", foreigners added to a register of those banned from entry, an imam
# turned back at a border, an entry ban lifted, a man stopped "from entering the country", a policy
# of denying entry to foreigners who fought abroad, women refused entry and sent back): 4 of 8 right
# when first run. Wrong: the list addition was missed (the parser hung "to its list" inside the
# people's own phrase, en_frames.added_to_a_ban_list; its words were changed after the run, when they
# turned out to echo a measuring report's); the lifted "entry ban on the Turkish cleric"
# had no one (a ban's on-phrase names its people, en_syntax._patient); "stopped … from entering" was
# an arrest (kept from entering is refused entry, en_frames.kept_from_entering); the policy was an
# event (a planned entry ban on no one counted or named is a policy, as removals and takedowns are).

ENTRY_BANS_IN_MANY_WORDS = [
    ('Moldovan border police refused entry to three Russian men at Chisinau airport on Sunday, citing security concerns.',
     [W("ENTRY_BAN", 3, nats="RUS", day="2021-03-07", country="MDA")]),
    ('A Saudi preacher known for extremist sermons has been banned from entering Denmark for two years, the immigration ministry said.',
     [W("ENTRY_BAN", 1, nats="SAU", day="2021-03-08", country="DNK")]),
    ('Uzbekistan has added 40 foreign nationals suspected of ties to extremist groups to the national register of '
     'foreigners banned from entry.',
     [W("ENTRY_BAN", 40, country="UZB")]),
    ('A Bosnian imam was turned back at the Austrian border on Saturday and told he was not welcome in the country.',
     [W("ENTRY_BAN", 1, nats="BIH", day="2021-03-06", country="AUT")]),
    ('Kazakhstan lifted the entry ban on the Turkish cleric last year.',
     [W("ENTRY_BAN", 1, nats="TUR", modality="denied", country="KAZ")]),
    ('Georgian border guards stopped a Chechen man from entering the country at the Larsi checkpoint on Thursday.',
     [W("ENTRY_BAN", 1, nats="RUS", day="2021-03-04", country="GEO")]),
    ('Thailand will deny entry to foreigners who have fought for armed groups abroad, the immigration chief said.',
     []),
    ('Two German women were refused entry to Turkey at Antalya airport last week and sent back to Frankfurt.',
     [W("ENTRY_BAN", 2, nats="DEU", day="2021-03-01", country="TUR"), W("DEPORT", 2, nats="DEU", country="TUR")]),
    ('Two Tunisians were prevented from entering Italy at Fiumicino airport on Friday.',  # written after its rule
     [W("ENTRY_BAN", 2, nats="TUN", day="2021-03-05", country="ITA")]),
    ('Russia imposed an entry ban on two Georgian journalists on Monday.',  # written after its rule
     [W("ENTRY_BAN", 2, nats="GEO", day="2021-03-08", country="RUS")]),
    ('Police stopped the car from entering the square.', []),
]


@pytest.mark.parametrize(("text", "wants"), ENTRY_BANS_IN_MANY_WORDS, ids=[f"entry_bans_in_many_words_{i}" for i in range(len(ENTRY_BANS_IN_MANY_WORDS))])
def test_entry_bans_in_many_words(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)




# -- batch 272 (session 23): acts planned, hedged or feared ("expected to be sent back", "face
# expulsion", "will seek the extradition of", "plans to … deport them", "preparing the deportation of
# 14 Uzbek nationals detained in raids last month", "set to deport a British woman arrested in
# Gaziantep", "fear the teenager has travelled", "believed to have left"): 5 of 8 right when first
# run. Wrong: "preparing the deportation of" was no act (a noun act that is prepared, planned or
# scheduled is planned for the people told); the arrests told by a participle under a plan were
# planned, or none (a past participle or relative clause tells an act already done, and one done to
# someone new at a named place is told, en_syntax._modality and _finite_or_planned); "plans to …
# deport them" is left open.

PLANNED_HEDGED_FEARED = [
    ('The two Tajik men are expected to be sent back to Dushanbe later this week, a police source said.',
     [W("DEPORT", 2, nats="TJK", modality="planned")]),
    ('Five Afghans who entered the country illegally face expulsion, the interior ministry said.',
     [W("DEPORT", 5, nats="AFG", modality="planned")]),
    ('Prosecutors will seek the extradition of the suspect from Spain.',
     [W("DEPORT", 1, modality="planned", country="ESP")]),
    ('The government plans to strip 20 convicted jihadists of their citizenship and deport them.',
     [W("DEPORT", 20, modality="planned")]),  # passes since session 24 (batch 288: a state's plan is a planned act)
    ('The ministry said it was preparing the deportation of 14 Uzbek nationals detained in raids last month.',
     [W("DEPORT", 14, nats="UZB", modality="planned"), W("ARREST", 14, nats="UZB", day="2021-02-01")]),
    ('Turkey is set to deport a British woman arrested in Gaziantep on suspicion of trying to join IS.',
     [W("DEPORT", 1, nats="GBR", modality="planned"), W("ARREST", 1, nats="GBR", country="TUR")]),
    ('Police fear the teenager has travelled to Syria to join the group.',
     [W("TRAVEL", 1, modality="rumored")]),
    ('The family is believed to have left for Syria in the autumn of 2015.',
     [W("TRAVEL", modality="rumored", day="2015-01-01")]),
    ('Turkey will deport the two men who were arrested in Gaziantep on Monday.',  # written after its rule
     [W("DEPORT", 2, modality="planned"), W("ARREST", 2, day="2021-03-08", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), PLANNED_HEDGED_FEARED, ids=[f"planned_hedged_feared_{i}" for i in range(len(PLANNED_HEDGED_FEARED))])
def test_acts_planned_hedged_or_feared(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)




# -- batch 274 (session 23): two lower-case articles (three men held after a stabbing outside a
# mosque, the suspects "detained … on saturday"; a Tanzanian recruiter "picked up at a bus terminal"
# in Mombasa, his companions questioned and released): 2 of 3 events right when first run. Wrong,
# and left open: the arrest took the stabbing's Friday from "after a man was stabbed … on friday
# evening" and so was told apart from "were detained … on saturday". Tried and dropped: a day inside
# an after-clause with its own subject as that other happening's only; it undated "arrested … after
# his car hit a lamppost in Bolton on Saturday" (batch 252), where the cause's day is the arrest's.
# Session 29: right, as an act told in the perfect ("have arrested") takes no day of such a clause
# (en_when.act_date), while "arrested … after his car hit …" still does.

LOWER_CASE_ARTICLES_2 = [
    (('three held over attack on mosque in birmingham\n'
     '\n'
     'police have arrested three men after a man was stabbed outside a mosque in birmingham on friday evening, west midlands police said.\n'
     '\n'
     'the victim, a 58-year-old worshipper, was taken to hospital with serious injuries. the suspects, aged 19, 22 and 31, were detained at addresses in the city on saturday and remain in custody.\n'
     '\n'
     'officers are treating the attack as a hate crime.\n'),
     [W("ARREST", 3, day="2021-03-06", country="GBR"), W("ATTACK", day="2021-03-05", country="GBR")],),
    (('kenya police nab suspected al-shabaab recruiter in mombasa\n'
     '\n'
     'mombasa - anti-terror police officers on tuesday arrested a man suspected of recruiting young people for the al-shabaab militant group in somalia.\n'
     '\n'
     'the suspect, a 34-year-old tanzanian national, was picked up at a bus terminal as he waited for a bus to the border town of lamu, a police source said. three young men who were travelling with him were questioned and released.\n'),
     [W("ARREST", 1, nats="TZA", day="2021-03-09", country="KEN")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARTICLES_2, ids=[f"lower_case_articles_2_{i}" for i in range(len(LOWER_CASE_ARTICLES_2))])
def test_two_lower_case_articles_second_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)




# -- batch 275 (session 23): news-channel posts, fourth set (flags and emoji, hashtags, "says it
# detained", a headline's present with "— the 3rd such flight this year", a toll update ending on a
# candle): 3 of 6 right when first run. Wrong: "5 soldiers killed as …" had no toll (a headline's or
# post's counted people with a participle are its toll, en_syntax._count_near); "the 3rd such flight
# this year" dated the removal by the year (the period of a "such" count dates nothing); the candle
# after "rises to 12" was parsed as what the 12 count (pictographs are spaces to the English parser
# too, nlp/pictographs.py, as they were to the Russian one; those opening a line stay, as "⚡️BREAKING:"
# parses right only so).

CHANNEL_POSTS_4 = [
    ('🇹🇷 Turkish police detained 14 ISIS suspects in dawn raids across Istanbul today, Anadolu reports.',
     [W("ARREST", 14, day="2021-03-10", country="TUR")]),
    ('#Mali: 5 soldiers killed as their convoy hit an IED near Gao this morning.',
     [W("ATTACK", day="2021-03-10", killed=5, country="MLI")]),
    ('❗️Russia: FSB says it detained 3 members of a cell planning attacks in Moscow. Video of the raid below 👇',
     [W("ARREST", 3, country="RUS")]),
    ('Germany deports 26 Afghans on charter flight from Leipzig to Kabul — the 3rd such flight this year',
     [W("DEPORT", 26, nats="AFG", day="2021-03-08", country="DEU")]),
    ("UPDATE: death toll from yesterday's car bomb in #Mogadishu rises to 12 🕯",
     [W("ATTACK", day="2021-03-09", killed=12, country="SOM")]),
    ('Follow us for more updates 🔔 t.me/newsfeed',
     []),
    ('Three people injured in a blast in Quetta on Monday.',  # written after its rule
     [W("ATTACK", day="2021-03-08", wounded=3, country="PAK")]),
]


@pytest.mark.parametrize(("text", "wants"), CHANNEL_POSTS_4, ids=[f"channel_posts_4_{i}" for i in range(len(CHANNEL_POSTS_4))])
def test_news_channel_posts_fourth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)




# -- batch 276 (session 23): coder notes, 18th set (an ambush near Beni with killed and wounded, aid
# workers kidnapped on a road between two towns, a logistician held at a checkpoint, a man shot and
# injured in a refugee camp, "6 fatalities." after a checkpoint attack, a cross-border rocket, detentions
# in a province's operations, a sentence "to between 6 and 9 years"): 8 of 8 right when first run.

CODER_NOTES_18 = [
    ('On 12 February 2021, militants of the Islamic State Central Africa Province (ISCAP) ambushed an FARDC patrol near Beni (Nord-Kivu), killing 4 soldiers and wounding 2.',
     [W("ATTACK", day="2021-02-12", killed=4, wounded=2, country="COD")]),
    ('On 23 February 2021, an unidentified armed group kidnapped 3 humanitarian workers on the road between Djibo and Ouagadougou (Burkina Faso).',
     [W("ATTACK", day="2021-02-23", country="BFA")]),
    ('On 5 March 2021, security forces arrested a suspected JNIM logistician at a checkpoint in Sevare (Mopti).',
     [W("ARREST", 1, day="2021-03-05", country="MLI")]),
    ('On 28 February 2021, Israeli forces shot and injured a Palestinian man during a raid in Jenin refugee camp (Jenin, West Bank).',
     [W("ATTACK", day="2021-02-28", wounded=1, country="PSE")]),
    ('On 17 February 2021, the Afghan Taliban attacked an ANA checkpoint in Chahar Dara district (Kunduz). 6 fatalities.',
     [W("ATTACK", day="2021-02-17", killed=6, country="AFG")]),
    ('On 3 March 2021, 2 civilians were killed when a rocket fired by Houthi forces hit a residential area in Jazan (Saudi Arabia).',
     [W("ATTACK", day="2021-03-03", killed=2, country="SAU")]),
    ('On 20 February 2021, Turkish police detained 18 people over alleged links to the PKK in operations in Diyarbakir province.',
     [W("ARREST", 18, day="2021-02-20", country="TUR")]),
    ('On 9 March 2021, a court in Tashkent sentenced 4 men to between 6 and 9 years for membership of Hizb ut-Tahrir.',
     [W("CHARGE", 4, day="2021-03-09", country="UZB")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_18, ids=[f"coder_notes_18_{i}" for i in range(len(CODER_NOTES_18))])
def test_coder_notes_eighteenth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)




# -- batch 277 (session 23): two reports written like the unseen ones, sixth set (Kyrgyzstan's GKNB
# blocks 17 sites and 9 channels, holds their administrator "last week", with a count since the start
# of the year; Sweden expels an Uzbek imam "put on a flight to Tashkent", with the men who left "between
# 2013 and 2015"): 3 of 4 events right when first run. Wrong: "The administrator of several of the
# channels" counted no one (administrators, moderators, editors and bloggers are people,
# data/person_nouns_general_en.txt).

REPORTS_LIKE_THE_UNSEEN_6 = [
    (('Kyrgyz security service blocks 17 extremist websites, detains administrator\n'
     '\n'
     "BISHKEK — Kyrgyzstan's State Committee for National Security (GKNB) said on Tuesday it had blocked 17 websites and 9 Telegram channels that spread the propaganda of banned groups.\n"
     '\n'
     'The administrator of several of the channels, a 27-year-old resident of Osh, was detained last week, the committee said. He faces up to eight years in prison if convicted.\n'
     '\n'
     'Since the start of the year the GKNB has blocked more than 300 online resources.\n'),
     [W("TAKEDOWN", 26, country="KGZ"), W("ARREST", 1, nats="KGZ", day="2021-03-01", country="KGZ")], 1),
    (('Sweden expels Uzbek imam accused of recruiting for IS\n'
     '\n'
     'STOCKHOLM — Sweden on Monday expelled an Uzbek imam who the security police said had encouraged young men in Gothenburg to travel to Syria and fight for Islamic State.\n'
     '\n'
     'The 46-year-old, who had lived in Sweden since 2012, was put on a flight to Tashkent from Arlanda airport, the Migration Agency said. At least six men from his congregation left for Syria between 2013 and 2015, according to the security police.\n'),
     [W("DEPORT", 1, nats="UZB", day="2021-03-08", country="SWE")], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_6, ids=[f"reports_like_the_unseen_6_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_6))])
def test_reports_written_like_the_unseen_ones_sixth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)




# -- batch 278 (session 23): one act told again in the next sentences, third set (migrants found in a
# lorry, then to be "returned to Turkey"; a suspect "detained at his parents' flat" after "arrested in
# Vienna"; a cell "dismantled", its members "arrested in simultaneous raids" and a fifth held elsewhere
# two days later; a removal "last week" and "among those sent back"): 6 of 7 events right when first
# run. Wrong, and left open: "will be returned to Turkey" is no removal ("return" has no removal sense
# in the lexicon, and the text we hold has no real example of one).

ONE_ACT_TOLD_AGAIN_3 = [
    pytest.param(('Bulgarian border police detained 11 Afghan migrants near the Turkish border on Sunday. The '
     'migrants, all men, were found hiding in a lorry near Svilengrad. The 11 Afghans will be returned to '
     'Turkey, officials said.'),
                 [W("ARREST", 11, nats="AFG", day="2021-03-07", country="BGR"), W("DEPORT", 11, nats="AFG", modality="planned")],
                 marks=pytest.mark.xfail(reason='"returned to Turkey" is no removal: no real example to learn it from', strict=True)),
    (('Austrian police arrested a 20-year-old man in Vienna on Thursday on suspicion of planning an attack '
     "on a concert. The suspect, an Austrian citizen of Turkish descent, was detained at his parents' "
     'flat. Officers found bomb-making instructions on his phone during the arrest.'),
     [W("ARREST", 1, nats="AUT", day="2021-03-04", country="AUT")]),
    (('Moroccan security forces dismantled a four-member cell linked to Islamic State in Tangier on '
     'Wednesday. The four suspects, aged between 21 and 33, were arrested in simultaneous raids, the '
     'interior ministry said. A fifth suspect was detained in Fez on Friday.'),
     [W("ARREST", 4, day="2021-03-10", country="MAR"), W("ARREST", 1, day="2021-03-05", country="MAR")]),
    (('Turkey deported 35 foreign fighters to their home countries last week, the interior ministry said '
     'on Monday. Among those sent back were 12 Germans, 15 French citizens and 8 Belgians.'),
     [W("DEPORT", 35, nats="DEU FRA BEL", day="2021-03-01", country="TUR")]),
]


@pytest.mark.parametrize(("text", "wants"), ONE_ACT_TOLD_AGAIN_3, ids=[f"one_act_told_again_3_{i}" for i in range(len(ONE_ACT_TOLD_AGAIN_3))])
def test_one_act_told_again_third_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 279 (session 24): two reports written like the unseen ones, seventh set (Dutch brothers
# charged over a plan to join al-Shabaab, held at Schiphol, and the man who paid for their tickets;
# Jordan refuses entry to an Egyptian preacher and puts him on the next flight to Cairo, with the
# kingdom's count of clerics barred last year): 4 of 5 events right when first run, and one false.
# Wrong: the flight home, the second verb after "denied entry", was read as denied (a sister act takes
# no sense from the first verb, only its auxiliary: en_syntax._modality); "Last year Jordan barred at
# least 40 foreign clerics" was an event (people acted on in a year, counted by a bound or ten and
# more, with no place narrower than the country, are the year's count: statistics.is_statistic).

REPORTS_LIKE_THE_UNSEEN_7 = [
    (('Dutch prosecutors charge two brothers over plan to join al-Shabaab\n'
     '\n'
     'THE HAGUE — Dutch prosecutors on Tuesday charged two brothers from Rotterdam with preparing to join the Somali militant group al-Shabaab, the Public Prosecution Service said.\n'
     '\n'
     'The men, aged 22 and 25, both Dutch nationals, were arrested at Schiphol airport on 14 February. Officers found camping equipment, cash and the phone numbers of contacts in Mogadishu in their luggage.\n'
     '\n'
     "A third suspect, a 30-year-old Somali man who prosecutors say paid for the brothers' tickets, was detained in Eindhoven two days later. He remains in custody. The trial is expected to open in June.\n"),
     [W("CHARGE", 2, nats="NLD", day="2021-03-09", country="NLD"), W("ARREST", 2, nats="NLD", day="2021-02-14", country="NLD"),
      W("ARREST", 1, nats="SOM", day="2021-02-16", country="NLD")], 0),
    (('Jordan refuses entry to Egyptian preacher, sends him back to Cairo\n'
     '\n'
     'AMMAN — Jordanian authorities on Saturday denied entry to a prominent Egyptian preacher at Queen Alia International Airport and put him on the next flight back to Cairo, an interior ministry official said.\n'
     '\n'
     'The preacher, who has more than two million followers online, had been invited to speak at a charity event in Amman. Officials said his sermons praising militants who fought in Syria made him a threat to public order.\n'
     '\n'
     'Last year Jordan barred at least 40 foreign clerics from entering the kingdom, according to a local rights group.\n'),
     [W("ENTRY_BAN", 1, nats="EGY", day="2021-03-06", country="JOR"), W("DEPORT", 1, nats="EGY", day="2021-03-06", country="JOR")], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_7, ids=[f"reports_like_the_unseen_7_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_7))])
def test_reports_written_like_the_unseen_ones_seventh_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


YEAR_COUNTS = [
    ("Some six Uzbek women were flown home from Iraq by their government in 2019.", [], 1),
    ("Last year police arrested three men in Leeds over the plot.", [W("ARREST", 3, country="GBR")], 0),
    ("In 2019 police arrested 12 members of the cell in a raid on a flat in Leeds.", [W("ARREST", 12, country="GBR")], 0),
    ("Last year the interior ministry announced the arrest of 20 men who had returned from Syria.", [W("ARREST", 20)], 0),
    ("Last year Kazakhstan expelled more than 60 foreign preachers, the religious affairs agency said.", [], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), YEAR_COUNTS, ids=[f"year_counts_{i}" for i in range(len(YEAR_COUNTS))])
def test_a_year_s_count_and_one_operation_dated_by_its_year(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_a_sister_act_of_a_denial_is_not_denied(pipeline: Pipeline) -> None:
    check(pipeline, "Police denied the report and said the man had been arrested in Kabul on Monday.",
          [W("ARREST", 1, day="2021-03-08", country="AFG")])
    check(pipeline, "Officials denied that police had arrested and deported the two men.",
          [W("ARREST", 2, modality="denied"), W("DEPORT", 2, modality="denied")])


# -- batch 280 (session 24): arrests in lower-case articles, third set (recruiters held in Malindi,
# Jemaah Islamiyah members in Central Java, a woman sentenced in France and stopped at Lyon airport
# with her children in 2019, a boy held in Leeds): 5 of 5 events right when first run.

LOWER_CASE_ARTICLES_3 = [
    ('police in kenya have arrested three men suspected of recruiting young people for al-shabaab in the coastal town of malindi. the suspects, all kenyan nationals, were picked up on monday during a raid on a house where officers found laptops and recruitment leaflets, the county police commander said.',
     [W("ARREST", 3, nats="KEN", day="2021-03-08", country="KEN")]),
    ('indonesian counter-terrorism police detained 12 suspected members of jemaah islamiyah in raids across central java on wednesday, a national police spokesman said. among those held was a 52-year-old man believed to have trained fighters in the southern philippines.',
     [W("ARREST", 12, day="2021-03-10", country="IDN")]),
    ('a french court on thursday sentenced a 24-year-old woman to nine years in prison for trying to join islamic state in syria. she was stopped at lyon airport in 2019 with her two young children.',
     [W("CHARGE", 1, day="2021-03-04", country="FRA"), W("ARREST", 3, country="FRA")]),
    ('british counter-terrorism officers arrested a 17-year-old boy in leeds on friday on suspicion of preparing acts of terrorism. the teenager was held under the terrorism act and taken to a police station in west yorkshire, where he remains in custody.',
     [W("ARREST", 1, day="2021-03-05", country="GBR")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARTICLES_3, ids=[f"lower_case_articles_3_{i}" for i in range(len(LOWER_CASE_ARTICLES_3))])
def test_arrests_in_lower_case_articles_third_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 281 (session 24): a general-news page, third set (a politician's "fierce attack" on a
# minister, a striker banned for three matches, a measles outbreak that kills, a central bank's rates,
# a film review of a heist, farmers' road blocks with "no one was detained"): 5 of 6 pages right when
# first run (the protest's "no one was detained" is an act denied, as the project files it). Wrong, and
# left open: the verbal attack (its subject, "the leader of the opposition", is no cue of criticism,
# and "accusing him of" follows real attacks too: CASE 2021 has a gas attack told beside an accusation).

GENERAL_NEWS_3 = [
    pytest.param(('Opposition leader attacks government over rising food prices\n'
     '\n'
     'The leader of the opposition launched a fierce attack on the finance minister on Tuesday, accusing him of ignoring families hit by rising food prices. The minister fired back, saying the opposition had no plan of its own.\n'), [],
                 marks=pytest.mark.xfail(reason="a politician's verbal attack, told by no word of criticism", strict=True)),
    (('Striker banned for three matches after red card\n'
     '\n'
     "United's leading scorer has been banned for three matches after he was sent off for a reckless challenge in Saturday's derby. The club said it would not appeal against the suspension.\n"), []),
    (('Measles outbreak kills four children in northern province\n'
     '\n'
     'A measles outbreak has killed four children and infected more than 200 people in the northern province, health officials said on Wednesday. Vaccination teams have been deployed to the worst-hit villages.\n'), []),
    (('Central bank holds rates as inflation cools\n'
     '\n'
     'The central bank kept its key interest rate unchanged on Thursday, saying inflation had eased for a third month in a row. Analysts had expected the decision, though some had warned that a weaker currency could push prices up again.\n'), []),
    (('Film review: a heist thriller that never takes off\n'
     '\n'
     'The gang storms the bank at dawn, takes the staff hostage and blows open the vault, but the director cannot decide whether he is making a comedy or a crime drama. The police chief, played by a veteran actor, arrests the wrong man in the final scene.\n'), []),
    (('Farmers block roads in protest at fuel tax\n'
     '\n'
     'Hundreds of farmers blocked main roads with their tractors on Monday to protest against a planned rise in fuel tax. Police said the protest was peaceful and no one was detained.\n'), [W("ARREST", modality="denied", day="2021-03-08")]),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_3, ids=[f"general_news_3_{i}" for i in range(len(GENERAL_NEWS_3))])
def test_a_general_news_page_third_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 282 (session 24): coder notes, 19th set (Mali, Nigeria, Tajikistan, Somalia, Kashmir,
# Lahore, Konya, Dagestan): 6 of 8 right when first run. Wrong: "an IED … hit an AMISOM convoy" was
# no attack (an IED and an explosive device are munitions that hit, as WikiEvents' "IED hits" and
# "explosive device hits": en_frames._munition); "sentenced 4 members … to 10 years in prison each for
# terror financing" lost its count ("each", hung on the verb, was read as a second group of people).

CODER_NOTES_19 = [
    ('On 2 March 2021, suspected JNIM militants attacked a gendarmerie post in Tessit (Ansongo, Gao). Four gendarmes were killed and two wounded.',
     [W("ATTACK", day="2021-03-02", killed=4, wounded=2, country="MLI")]),
    ('On 3 March 2021, police arrested 7 suspected ISWAP logistics suppliers at a market in Damboa (Borno). The suspects were handed over to the military.',
     [W("ARREST", 7, day="2021-03-03", country="NGA")]),
    ('On 5 March 2021, the Tajik border guards detained 3 Afghan nationals who had crossed illegally into Shamsiddin Shohin district (Khatlon). They were later deported.',
     [W("ARREST", 3, nats="AFG", day="2021-03-05", country="TJK"), W("DEPORT", 3, nats="AFG", country="TJK")]),
    ('On 6 March 2021, an IED planted by Al Shabaab hit an AMISOM convoy near Leego (Bay). No casualties reported.',
     [W("ATTACK", day="2021-03-06", country="SOM")]),
    ('On 7 March 2021, Indian security forces killed 2 LeT militants in an encounter in Shopian (Jammu and Kashmir). A soldier was injured.',
     [W("ATTACK", day="2021-03-07", killed=2, wounded=1, country="IND")]),
    ('On 8 March 2021, the Anti-Terrorism Court in Lahore (Punjab) sentenced 4 members of a banned outfit to 10 years in prison each for terror financing.',
     [W("CHARGE", 4, day="2021-03-08", country="PAK")]),
    ('Around 4 March 2021 (as reported), Turkish police detained 16 foreign nationals, including 9 Iraqis and 7 Syrians, suspected of IS membership in raids in Konya province.',
     [W("ARREST", 16, nats="IRQ SYR", day="2021-03-04", country="TUR")]),
    ('On 9 March 2021, Russian FSB officers detained a native of Dagestan in Makhachkala (Dagestan) suspected of financing militants in Syria.',
     [W("ARREST", 1, nats="RUS", day="2021-03-09", country="RUS")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_19, ids=[f"coder_notes_19_{i}" for i in range(len(CODER_NOTES_19))])
def test_coder_notes_19th_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_munitions_that_hit(pipeline: Pipeline) -> None:
    check(pipeline, "An improvised explosive device hit a police patrol in Kirkuk on Monday, wounding three officers.",
          [W("ATTACK", day="2021-03-08", wounded=3, country="IRQ")])
    check(pipeline, "A roadside bomb hit a minibus in Kandahar on Tuesday, killing six passengers.",
          [W("ATTACK", day="2021-03-09", killed=6, country="AFG")])



# -- batch 283 (session 24): two reports written like the unseen ones, eighth set (Turkey deports 19
# IS suspects, their nationalities told part by part in the next sentence, held since caught "last
# autumn"; an Uzbek family held in Almaty on its way to Syria, the man to be charged and his wife and
# children handed over): 2 of 5 events right when first run. Wrong: "the rest were from Iraq" gave no
# nationality (an origin stated as the predicate of a part: english._follow_up); "All had been held …
# since they were caught" took "four were French" for "they" (numbers and "the rest" told as parts of a
# group are parts: en_referents._part_of_group) and then none of the group's nationalities (an act of
# people told back within three sentences of an act of as many takes the nationalities a follow-up
# told: english._group_told_back); "his wife and children" counted the wife only (the second noun shares
# the first one's "his" and points back to "their three children": en_referents.possessed_conjunct).

REPORTS_LIKE_THE_UNSEEN_8 = [
    (('Turkey deports 19 foreign fighters, including 6 Germans\n'
     '\n'
     'ANKARA — Turkey deported 19 suspected Islamic State members to their home countries on Friday, the interior ministry said in a statement.\n'
     '\n'
     'Six of them were German citizens, four were French, and the rest were from Iraq. The ministry did not name them. All had been held at a removal centre in Gaziantep since they were caught near the Syrian border last autumn.\n'
     '\n'
     'Turkey says it has sent back more than 1,000 foreign fighters since November 2019.\n'),
     [W("DEPORT", 19, nats="DEU FRA IRQ", day="2021-03-05", country="TUR"), W("ARREST", 19, nats="DEU FRA IRQ", country="TUR")], 1),
    (('Uzbek family detained in Almaty on way to Syria\n'
     '\n'
     "ALMATY — Kazakh police on Sunday detained an Uzbek man, his wife and their three children at Almaty's bus station as they prepared to board a bus to Kyrgyzstan, from where they planned to travel on to Syria, police said.\n"
     '\n'
     'The man, 34, had been in contact with a recruiter for Hayat Tahrir al-Sham, according to the statement. He faces charges of attempting to join a terrorist group, while his wife and children will be handed over to the Uzbek authorities.\n'),
     [W("ARREST", 5, nats="UZB", day="2021-03-07", country="KAZ"), W("CHARGE", 1, nats="UZB", country="KAZ"),
      W("DEPORT", 4, nats="UZB", modality="planned")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_8, ids=[f"reports_like_the_unseen_8_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_8))])
def test_reports_written_like_the_unseen_ones_eighth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_parts_of_a_group_are_no_antecedent_of_the_whole(pipeline: Pipeline) -> None:
    check(pipeline, "Police arrested nine men in Izmir on Monday. Two of them were Syrians and three were Iraqis. "
          "They were later deported.",
          [W("ARREST", 9, nats="SYR IRQ", day="2021-03-08", country="TUR"), W("DEPORT", 9, nats="SYR IRQ", modality="asserted")])


def test_a_group_told_in_full_among_them_is_the_group_told_back(pipeline: Pipeline) -> None:
    # every part counted ("eight Iraqis and four Syrians" of 12): "All of them" are those people
    check(pipeline, "Police in Istanbul detained 12 foreigners suspected of links to IS on Monday. Among them were eight "
          "Iraqis and four Syrians. All of them will be deported.",
          [W("ARREST", 12, nats="IRQ SYR", day="2021-03-08", country="TUR"), W("DEPORT", 12, nats="IRQ SYR", modality="planned")])



# -- batch 285 (session 24): news-channel posts, fifth set (a blast in Jerusalem "at least 1 killed and 14
# injured, police say"; "#Niger: Gunmen … attack a village …, 19 civilians killed"; 27 IS suspects held
# in Turkey; "UPDATE 2: The suspect in Sunday's knife attack … has been charged"; a group banned and "No
# arrests so far"; "6 soldiers martyred as terrorists attack check post"): 2 of 7 events right when first
# run. Wrong: the posts' tolls told without "were" had no date (a toll's participle with no auxiliary,
# on a number or a counted noun, is telegraphic news: the report's week, en_when._telegraphic_toll);
# "UPDATE 2" was taken for the one charged (a label before a colon at the sentence's start is no
# argument, en_syntax._label_before_colon) and the charge then took the attack's Sunday (a date on an
# act noun inside the person's phrase is that act's, en_when._a_participants_own_date); "No arrests so
# far" was a statistic (an act said not to have happened counts nothing); "martyred" was no killing
# (WikiEvents and event_location tell deaths so: passive-only in data/ontology.json, a toll word).

POSTS_5 = [
    ('🔴 BREAKING: Explosion at a bus stop in central Jerusalem, at least 1 killed and 14 injured, police say. Suspected terror attack.',
     [W("ATTACK", day="2021-03-08", wounded=14, country="ISR")]),
    ('⚡️ #Niger: Gunmen on motorbikes attack a village near Tillaberi, 19 civilians killed — local officials.',
     [W("ATTACK", day="2021-03-08", killed=19, country="NER")]),
    ('🇹🇷 Turkish police detain 27 ISIS suspects in dawn raids across 8 provinces #Turkey',
     [W("ARREST", 27, day="2021-03-08", country="TUR")]),
    ("UPDATE 2: The suspect in Sunday's knife attack in Solingen has been charged with murder and membership of a terrorist organisation, federal prosecutors said today.",
     [W("ATTACK", day="2021-03-07", country="DEU"), W("CHARGE", 1, day="2021-03-08", country="DEU")]),
    ('📌 Germany bans "Muslim Interaktiv" group, police search homes in Hamburg this morning. No arrests so far.',
     [W("ARREST", modality="denied", country="DEU")]),
    ('Pakistan: 6 soldiers martyred as terrorists attack check post in North Waziristan last night – ISPR 🇵🇰',
     [W("ATTACK", day="2021-03-09", killed=6, country="PAK")]),
]


@pytest.mark.parametrize(("text", "wants"), POSTS_5, ids=[f"posts_5_{i}" for i in range(len(POSTS_5))])
def test_news_channel_posts_fifth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_martyred_is_killed(pipeline: Pipeline) -> None:
    check(pipeline, "Two soldiers were martyred in an IED blast in Kurram district on Tuesday, the military said.",
          [W("ATTACK", day="2021-03-09", killed=2, country="PAK")])



# -- batch 286 (session 24): one act told again in the next sentences, fourth set (a hotel stormed in
# Mogadishu, "the siege ended", "carried out the assault"; a Syrian held in Hamburg, "taken into custody
# at a refugee shelter", "a judge ordered him held pending trial on Friday"; migrants intercepted off
# Lesbos and "two men believed to be the smugglers were arrested"; a Belgian expelled by Morocco and
# "escorted onto a flight"): 2 of 4 right when first run. Wrong: the judge's order gave its Friday to the
# arrest told again, which then stood apart (a planned act joined to an act done gives it no day,
# en_story); left open: "Two men believed to be the smugglers were arrested", where the parser makes
# "believed" the main verb (the hedge is on who they are, not on the arrest; no real text we hold has
# the form).

ONE_ACT_TOLD_AGAIN_4 = [
    ('Gunmen stormed a hotel in Mogadishu on Saturday evening, killing at least nine people. The siege ended early on Sunday when security forces killed the last of the four attackers. Al-Shabaab said it carried out the assault.',
     [W("ATTACK", day="2021-03-06", country="SOM")]),
    ('Police in Hamburg detained a 19-year-old Syrian on Thursday on suspicion of planning a knife attack at a Christmas market. The young man was taken into custody at a refugee shelter in the Harburg district. A judge ordered him held pending trial on Friday.',
     [W("ARREST", 1, nats="SYR", day="2021-03-04", country="DEU")]),
    pytest.param('Greek coastguards intercepted a boat carrying 34 migrants off Lesbos on Tuesday. The migrants, mostly Afghans, were taken to a reception centre on the island. Two men believed to be the smugglers were arrested.',
                 [W("ARREST", 2, day="2021-03-09", country="GRC")],
                 marks=pytest.mark.xfail(reason="'Two men believed to be the smugglers were arrested': the parser makes 'believed' the main verb", strict=True)),
    ('Moroccan authorities expelled a Belgian national suspected of Islamic State sympathies on Monday. The man, who had arrived in Tangier by ferry a week earlier, was escorted onto a flight to Brussels.',
     [W("DEPORT", 1, nats="BEL", day="2021-03-08", country="MAR")]),
]


@pytest.mark.parametrize(("text", "wants"), ONE_ACT_TOLD_AGAIN_4, ids=[f"one_act_told_again_4_{i}" for i in range(len(ONE_ACT_TOLD_AGAIN_4))])
def test_one_act_told_again_fourth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 287 (session 24): a general-news page, fourth set: words of our acts in other senses (a
# musical that "bombed", a shark that "attacked", a title "captured", a chief executive "fired", a
# collection "shot", a plan "executed", a candidate "banned from running") and one real arrest after a
# pitch invasion: 8 of 8 right when first run (the arrest's subject reads as armed conflict, from
# "invasion": not checked here).

GENERAL_NEWS_4 = [
    ('The new musical bombed on Broadway and closed after just two weeks, its producers said on Monday.', []),
    ('A shark attacked a surfer off the coast of Western Australia on Sunday, leaving him with serious leg injuries.', []),
    ('Manchester City captured their fourth straight title on Sunday after a 3-1 win over West Ham.', []),
    ('The company fired its chief executive on Tuesday after an investigation into his expenses.', []),
    ('The photographer shot the new collection in Marrakech last month.', []),
    ("The central bank's plan was executed flawlessly, analysts said, as inflation fell to 2 percent.", []),
    ('Fans stormed the pitch after the final whistle, and police said three people were arrested for pitch invasion.', [W("ARREST", 3)]),
    ("The opposition leader has been banned from running in next year's election by the electoral commission.", []),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_4, ids=[f"general_news_4_{i}" for i in range(len(GENERAL_NEWS_4))])
def test_a_general_news_page_fourth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 288 (session 24): acts planned, hedged or feared, second set ("Austria plans to deport 12
# Chechens … convicted of terrorism offences"; two women "expected to be sent back"; a teenager "feared
# to have travelled"; a proposal to strip citizenship; men who "face extradition"; a plot foiled and
# three held): 5 of 6 right when first run. Wrong: "plans to deport" was no act (a plan of a state or
# one of its bodies is a planned act, a person's plan an intent: en_syntax._state_subject), and the
# conviction told inside the relative clause on the Chechens took the plan's modality (a past clause
# inside a relative clause tells an act done: en_syntax._told_as_done). Batch 272's "plans to strip …
# and deport them" passes with it (a bare verb joined to a "to" infinitive shares its "to").

PLANNED_HEDGED_FEARED_2 = [
    ('Austria plans to deport 12 Chechens whose asylum status was revoked after they were convicted of terrorism offences, the interior minister said on Monday.',
     [W("DEPORT", 12, nats="RUS", modality="planned", country="AUT"), W("CHARGE", 12, nats="RUS")]),
    ('The two Kazakh women, who were detained in Istanbul last week, are expected to be sent back to Almaty in the coming days.',
     [W("ARREST", 2, nats="KAZ", day="2021-03-01", country="TUR"), W("DEPORT", 2, nats="KAZ", modality="planned")]),
    ('A French teenager is feared to have travelled to Syria to join Islamic State, her family said on Tuesday.',
     [W("TRAVEL", 1, nats="FRA", modality="rumored")]),
    ('The Dutch cabinet has proposed stripping citizenship from dual nationals who join terrorist groups abroad.',
     []),
    ('Five Tajik men face extradition to Dushanbe after a court in Moscow approved the request on Thursday.',
     [W("DEPORT", 5, nats="TJK", modality="planned", country="RUS")]),
    ('Police said they had foiled a plan to bomb a synagogue in Vienna and arrested three suspects on Wednesday.',
     [W("ARREST", 3, day="2021-03-10", country="AUT")]),
]


@pytest.mark.parametrize(("text", "wants"), PLANNED_HEDGED_FEARED_2, ids=[f"planned_hedged_feared_2_{i}" for i in range(len(PLANNED_HEDGED_FEARED_2))])
def test_acts_planned_hedged_or_feared_second_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_person_s_plan_is_an_intent(pipeline: Pipeline) -> None:
    check(pipeline, "The man planned to travel to Syria to join Islamic State.", [])
    check(pipeline, "Prosecutors are seeking to extradite the Belgian suspect to Brussels.", [W("DEPORT", 1, nats="BEL", modality="planned")])



# -- batch 289 (session 24): two reports written like the unseen ones, ninth set (Kazakhstan bans 11
# foreign preachers, "citizens of Egypt, Saudi Arabia and Pakistan", one of them stopped at Almaty
# airport and sent back the next morning; a car bomb south of Kirkuk and two men held the following
# day): 2 of 5 events right when first run. Wrong: the ban had no nationalities (a group told back as
# the next sentence's subject with the states whose citizens they are beside it: en_targets
# ._group_citizenship_told_after); "One of them, an Egyptian" counted two (the one of a group,
# described by a singular appositive, is one: en_syntax.the_one_described). The two men held near
# Kirkuk are Iraqi by the project's reading of people held at home by their state's forces.

REPORTS_LIKE_THE_UNSEEN_9 = [
    (('Kazakhstan bars entry to 11 foreign preachers\n'
     '\n'
     'ASTANA — Kazakhstan has banned 11 foreign Islamic preachers from entering the country for five years, the Agency for Religious Affairs said on Thursday.\n'
     '\n'
     "The preachers, citizens of Egypt, Saudi Arabia and Pakistan, had been invited by local mosques to lead prayers during Ramadan. The agency said their sermons promoted views incompatible with the country's laws.\n"
     '\n'
     'One of them, an Egyptian who arrived in Almaty on Tuesday, was stopped at the airport and sent back to Cairo the next morning.\n'),
     [W("ENTRY_BAN", 11, nats="EGY SAU PAK", day="2021-03-08", country="KAZ"), W("ARREST", 1, nats="EGY", country="KAZ"),
      W("DEPORT", 1, nats="EGY", day="2021-03-10", country="KAZ")], 0),
    (('Car bomb kills 5 soldiers in northern Iraq; two suspects held\n'
     '\n'
     'KIRKUK — A car bomb exploded near an army checkpoint south of Kirkuk on Sunday afternoon, killing five soldiers and wounding seven others, a security official said.\n'
     '\n'
     'No group has claimed responsibility, but officials blamed Islamic State, which still has cells in the area. Security forces arrested two men suspected of helping to prepare the bomb in a nearby village the following day.\n'),
     [W("ATTACK", day="2021-03-07", killed=5, wounded=7, country="IRQ"), W("ARREST", 2, nats="IRQ", day="2021-03-08", country="IRQ")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_9, ids=[f"reports_like_the_unseen_9_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_9))])
def test_reports_written_like_the_unseen_ones_ninth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_one_of_them_described_is_one(pipeline: Pipeline) -> None:
    check(pipeline, "Police in Ankara detained four foreigners on Monday. One of them, a Jordanian, was released on Tuesday.",
          [W("ARREST", 4, nats="JOR", day="2021-03-08", country="TUR")])  # the one named gives the set its nationality



# -- batch 290 (session 24): coder notes, 20th set (an abduction on a road in the Central African
# Republic, a peaceful protest in Bamako, a clash near Djibo, arrests in Garissa, an airstrike in the
# Hamrin mountains, a deportation flight from Van, houses burned in Beni territory, a recruiter jailed
# in Dushanbe): 7 of 8 right when first run. Wrong: the airstrike "on a hideout in the Hamrin mountains
# (Salah al-Din)" had no place (a natural feature the gazetteer lacks, qualified by its province in
# brackets as coders write it, is placed by the brackets: en_places.PARENTHESISED_PLACE).

CODER_NOTES_20 = [
    ('On 1 March 2021, unidentified armed men abducted 3 aid workers on the road between Kaga Bandoro and Mbres (Nana-Grebizi). Their whereabouts remain unknown.',
     [W("ATTACK", day="2021-03-01", country="CAF")]),
    ('On 2 March 2021, around 200 people protested peacefully in Bamako (Bamako) against the rising cost of living. No incidents were reported.',
     []),
    ('On 3 March 2021, Burkinabe soldiers clashed with JNIM militants near Djibo (Soum, Sahel). 6 militants and 1 soldier were killed.',
     [W("ATTACK", day="2021-03-03", killed=7, country="BFA")]),
    ('On 4 March 2021, Kenyan police arrested 4 suspected Al Shabaab sympathisers in Garissa town (Garissa) during a security operation.',
     [W("ARREST", 4, day="2021-03-04", country="KEN")]),
    ('On 5 March 2021, the Iraqi Counter-Terrorism Service killed 3 IS members in an airstrike on a hideout in the Hamrin mountains (Salah al-Din).',
     [W("ATTACK", day="2021-03-05", killed=3, country="IRQ")]),
    ('On 6 March 2021, Turkish authorities deported 45 Afghan migrants from Van (Van) to Kabul on a charter flight.',
     [W("DEPORT", 45, nats="AFG", day="2021-03-06", country="TUR")]),
    ('On 7 March 2021, suspected ADF militants burned down 12 houses in Kainama (Beni, Nord-Kivu). No fatalities were reported.',
     [W("ATTACK", day="2021-03-07", country="COD")]),
    ('On 8 March 2021, a court in Dushanbe (Dushanbe) sentenced a local man to 12 years in prison for recruiting for IS.',
     [W("CHARGE", 1, nats="TJK", day="2021-03-08", country="TJK")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_20, ids=[f"coder_notes_20_{i}" for i in range(len(CODER_NOTES_20))])
def test_coder_notes_20th_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_natural_feature_placed_by_its_brackets(pipeline: Pipeline) -> None:
    check(pipeline, "On 5 March 2021, Nigerian troops killed 12 Boko Haram fighters in the Mandara mountains (Gwoza, Borno).",
          [W("ATTACK", day="2021-03-05", killed=12, country="NGA")])



# -- batch 291 (session 24): arrests in lower-case articles, fourth set (militants "rounded up" near Tal
# Afar, a man "apprehended" at Manila's airport, two brothers "from the west midlands" "taken into
# custody", five people "picked up for questioning" in Nairobi): 3 of 4 right when first run. Wrong: the
# brothers were Zimbabwean (the gazetteer lacked England's metropolitan counties and read "West
# Midlands" as Zimbabwe's Midlands province: data/places_supplement.tsv now has them). Left: where they
# were held ("at their home") is not placed by where they are from.

LOWER_CASE_ARTICLES_4 = [
    ('security forces rounded up 23 suspected militants in a pre-dawn sweep of three villages near the town of tal afar on saturday, iraqi military officials said.',
     [W("ARREST", 23, day="2021-03-06", country="IRQ")]),
    ("a 41-year-old man was apprehended at manila's international airport on monday as he tried to board a flight to istanbul, immigration officials said. he is suspected of links to the abu sayyaf group.",
     [W("ARREST", 1, day="2021-03-08", country="PHL")]),
    ('two brothers from the west midlands were taken into custody on wednesday after officers found chemicals that could be used to make explosives at their home, west midlands police said.',
     [W("ARREST", 2, nats="GBR", day="2021-03-10")]),
    ('police in nairobi have picked up five people for questioning over the attack on the shopping mall, a police spokesman said, adding that none had yet been charged.',
     [W("ARREST", 5, day="2021-03-08", country="KEN")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARTICLES_4, ids=[f"lower_case_articles_4_{i}" for i in range(len(LOWER_CASE_ARTICLES_4))])
def test_arrests_in_lower_case_articles_fourth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 292 (session 24): nationality told in the next sentence, third set (residents of a village
# in the Pankisi Gorge; a young man born in Austria to Chechen parents who "holds Russian citizenship";
# "Both are Spanish citizens of Moroccan descent"; "Four of the suspects are citizens of Bosnia and
# Herzegovina and the fifth is a Serbian national"): 3 of 4 right when first run. Wrong: the citizenship
# the next sentence's own clause states of the one person told back gave none (only a relative clause
# on it was read: en_targets._nationality_told_after).

NATIONALITY_TOLD_AFTER_3 = [
    ('Georgian police detained three men in the Pankisi Gorge on Friday on suspicion of recruiting for Islamic State. All three are residents of the village of Duisi.',
     [W("ARREST", 3, nats="GEO", day="2021-03-05", country="GEO")]),
    ('A court in Vienna on Monday sentenced a 22-year-old to two years in prison for spreading IS propaganda online. The young man, who was born in Austria to Chechen parents, holds Russian citizenship.',
     [W("CHARGE", 1, nats="RUS", day="2021-03-08", country="AUT")]),
    ('Spanish police arrested a man and a woman in Valencia on Monday over a suspected plot. Both are Spanish citizens of Moroccan descent, the interior ministry said.',
     [W("ARREST", 2, nats="ESP", day="2021-03-08", country="ESP")]),  # reworded after its first run: the first wording echoed a measuring report's
    ('Bosnian police arrested five people in a raid on a house in Zenica on Wednesday. Four of the suspects are citizens of Bosnia and Herzegovina and the fifth is a Serbian national.',
     [W("ARREST", 5, nats="BIH SRB", day="2021-03-10", country="BIH")]),
]


@pytest.mark.parametrize(("text", "wants"), NATIONALITY_TOLD_AFTER_3, ids=[f"nationality_told_after_3_{i}" for i in range(len(NATIONALITY_TOLD_AFTER_3))])
def test_nationality_told_in_the_next_sentence_third_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)



# -- batch 294 (session 24): two reports written like the unseen ones, tenth set (seven Azerbaijanis
# jailed in Baku, "The men left for Syria in 2014 and 2015 and were detained when they returned …
# last year"; an Afghan held in Greece over a migrant boat "that sank off … Samos, killing at least
# eight people"): 2 of 3 events right when first run, and one false. Wrong: the arrest on return
# counted no one and so was a statistic of the trip's years ("The men" told back a group named by
# what it is, "seven Azerbaijani citizens", when that group is of neither sex by its noun:
# en_targets.GROUP_OF_EITHER_SEX); left open: the boat's sinking is an attack, as the parser hangs
# "killing" on the arrest's verb and the sense check sees police killing.

REPORTS_LIKE_THE_UNSEEN_10 = [
    (('Azerbaijan jails seven for fighting in Syria\n'
     '\n'
     "BAKU — A court in Baku on Wednesday sentenced seven Azerbaijani citizens to between eight and 12 years in prison for joining armed groups in Syria, the prosecutor's office said.\n"
     '\n'
     'The men left for Syria in 2014 and 2015 and were detained when they returned to Azerbaijan last year. A further three defendants were acquitted for lack of evidence.\n'),
     [W("CHARGE", 7, nats="AZE", day="2021-03-10", country="AZE"), W("ARREST", 7, nats="AZE", country="AZE")], 0),
    pytest.param(('Greek police detain Afghan over deadly migrant boat sinking\n'
     '\n'
     'ATHENS — Greek police on Friday detained a 23-year-old Afghan man suspected of steering a migrant boat that sank off the island of Samos, killing at least eight people, including three children.\n'
     '\n'
     'The coast guard rescued 19 survivors. The suspect will appear before a prosecutor on Monday.\n'),
                 [W("ARREST", 1, nats="AFG", day="2021-03-05", country="GRC")], 0,
                 marks=pytest.mark.xfail(reason="the parser hangs the sinking boat's 'killing' on the arrest's verb: police killing", strict=True)),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_10, ids=[f"reports_like_the_unseen_10_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_10))])
def test_reports_written_like_the_unseen_ones_tenth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_the_men_told_back_after_a_group_named_by_what_it_is(pipeline: Pipeline) -> None:
    check(pipeline, "Police in Almaty detained four Kyrgyz citizens on Monday. The men were deported on Wednesday.",
          [W("ARREST", 4, nats="KGZ", day="2021-03-08", country="KAZ"), W("DEPORT", 4, nats="KGZ", day="2021-03-10")])



# -- batch 295 (session 24): two reports written like the unseen ones, eleventh set (a Tajik woman
# brought back from al-Hol with her three children and detained on arrival; Niger's army kills about
# 30 jihadists, with the group's attacks "since 2019"): 2 of 3 events right when first run, and one
# false. Wrong: the flight home, told in a relative clause on the woman "suspected of membership", was
# rumored (what is suspected of a person is no hedge on the act a clause about her tells); "has carried
# out repeated attacks on villages … since 2019" was an attack (an act noun the object of a verb that
# does it has that verb's clause, where the period is told: en_draft._clause_text).

REPORTS_LIKE_THE_UNSEEN_11 = [
    (('Tajik woman returned from Syrian camp, detained on arrival\n'
     '\n'
     'DUSHANBE — A Tajik woman who spent four years in the al-Hol camp in north-eastern Syria was detained on arrival at Dushanbe airport on Saturday, the Interior Ministry said.\n'
     '\n'
     'The 29-year-old, who was brought back together with her three children on a flight organised by the government, is suspected of membership of Islamic State. Her children were handed over to relatives.\n'),
     [W("ARREST", 1, nats="TJK", day="2021-03-06", country="TJK"), W("DEPORT", 4, nats="TJK", day="2021-03-06", country="TJK")], 0),
    (('Niger army says 30 militants killed in Tillaberi operation\n'
     '\n'
     'NIAMEY — Nigerien soldiers killed around 30 jihadists in an operation near the border with Mali on Thursday, the defence ministry said on Friday. Two soldiers were wounded.\n'
     '\n'
     'The ministry said the militants belonged to the Islamic State in the Greater Sahara, which has carried out repeated attacks on villages in the Tillaberi region since 2019.\n'),
     [W("ATTACK", day="2021-03-04", wounded=2, country="NER")], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_11, ids=[f"reports_like_the_unseen_11_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_11))])
def test_reports_written_like_the_unseen_ones_eleventh_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- batch 296 (session 25): two reports written like the unseen ones, twelfth set (three men held in
# the Pankisi Gorge, told again with who they are, then charged "all three"; two Uzbeks refused entry
# at Almaty airport and sent back by two roads on two days): 1 of 6 events right when first run. Wrong:
# the retelling "The men, two Georgian citizens and a Russian national …, were picked up" did not
# change the nationality the place had lent the first telling (a group's make-up told in full now
# does: en_story._make_up_told), and "all three" took none (a back-reference counting a group told
# with its parts takes them: story_people._groups_told_back); the entry ban lost its day, told on the
# people's "arriving … on Sunday" (what people were doing as the act caught them shares its day); "the
# older one was handed over" was no person ("one" with a determiner or an adjective stands for the
# subject or object told before it: en_syntax._one_standing_for, as "killing the other one",
# "a second one injured" in WikiEvents and MUC-4; "the other one" counts one: en_remainder).

REPORTS_LIKE_THE_UNSEEN_12 = [
    (('Georgian police hold three over Pankisi recruitment cell\n'
     '\n'
     'Caucasus Ledger - 10 March 2021\n'
     '\n'
     'Georgian security officers detained three men in the Pankisi Gorge on Monday on suspicion of recruiting young people for the Islamic State group, the State Security Service said on Tuesday.\n'
     '\n'
     'The men, two Georgian citizens and a Russian national from Dagestan, were picked up in simultaneous raids on houses in Duisi and Jokolo. Officers seized phones, a laptop and religious literature.\n'
     '\n'
     'On Wednesday a court in Tbilisi charged all three with recruiting for a terrorist organisation and ordered them held for two months.\n'
     '\n'
     'The service said 14 people had been charged with terrorism offences in Georgia since the start of 2020.\n'
     '\n'
     'A relative of one of the detained men told local television the arrests were "a provocation" and that the men had done nothing wrong.\n'),
     [W("ARREST", 3, nats="GEO RUS", day="2021-03-08", country="GEO"),
      W("CHARGE", 3, nats="GEO RUS", day="2021-03-10", country="GEO")], 1),
    (('Two Uzbeks turned back at Almaty airport, one handed to Tashkent\n'
     '\n'
     'ALMATY, March 9 - Kazakh border guards refused entry to two Uzbek citizens arriving on a flight from Istanbul on Sunday, saying both were on a list of people wanted for links to extremist groups.\n'
     '\n'
     'The pair, aged 31 and 26, were questioned at the airport. The younger man was put on a plane back to Istanbul on Monday morning, while the older one was handed over to Uzbek officers at the Zhibek Zholy crossing on Tuesday.\n'
     '\n'
     "Uzbekistan's interior ministry said he would face charges of membership of a banned organisation.\n"
     '\n'
     'Kazakhstan has refused entry to more than 300 foreigners on security grounds since January 2020, according to the border service.\n'),
     [W("ENTRY_BAN", 2, nats="UZB", day="2021-03-07", country="KAZ"), W("DEPORT", 1, nats="UZB", day="2021-03-08", country="KAZ"),
      W("DEPORT", 1, nats="UZB", day="2021-03-09", country="KAZ"), W("CHARGE", 1, nats="UZB", modality="planned", country="UZB")], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_12, ids=[f"reports_like_the_unseen_12_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_12))])
def test_reports_written_like_the_unseen_ones_twelfth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_one_with_an_adjective_stands_for_the_person_before_it(pipeline: Pipeline) -> None:
    check(pipeline, "Police in Izmir detained a Syrian man and a Jordanian man on Monday. The Syrian was released on Tuesday, "
          "while the other one was deported to Jordan on Wednesday.",
          [W("ARREST", 2, nats="SYR JOR", day="2021-03-08", country="TUR"), W("DEPORT", 1, day="2021-03-10", country="TUR")])


# -- batch 297 (session 25): coder notes, 21st set (twelve notes from eleven countries: attacks with
# tolls, arrests by police and courts, a deportation, a sentence for a past attack): 12 of 12 events
# right when first run; a past attack named with its year ("for their role in a 2019 attack") is an
# event, as the reports' gold files acts told with their year ("convicted in absentia in 2015").

CODER_NOTES_21 = [
    ('On 14 February 2021, suspected ADF militants attacked Kisima village in Beni territory (Nord-Kivu), killing 7 civilians with machetes.',
     [W("ATTACK", day="2021-02-14", killed=7, country="COD")]),
    ('On 2 March 2021, police arrested 3 suspected members of Boko Haram in Maiduguri (Borno). They were handed over to the army.',
     [W("ARREST", 3, day="2021-03-02", country="NGA")]),
    ('On 27 February 2021, Burkinabe soldiers clashed with JNIM militants near Tin-Akoff (Oudalan, Sahel). 12 militants were killed.',
     [W("ATTACK", day="2021-02-27", killed=12, country="BFA")]),
    ('On 5 March 2021, an IED planted by the Taliban exploded near a police vehicle in Nad-e Ali district (Helmand), wounding 2 policemen.',
     [W("ATTACK", day="2021-03-05", wounded=2, country="AFG")]),
    ('On 1 March 2021, a protester was arrested by police during a demonstration against rising fuel prices in Lilongwe (Malawi).',
     [W("ARREST", 1, day="2021-03-01", country="MWI")]),
    ('On 6 March 2021, Indian security forces killed 2 militants of Lashkar-e-Taiba in an encounter at Shopian (Jammu and Kashmir).',
     [W("ATTACK", day="2021-03-06", killed=2, country="IND")]),
    ('On 4 March 2021, Pakistani police detained 6 men accused of links to the TTP in a raid in Peshawar (Khyber Pakhtunkhwa).',
     [W("ARREST", 6, nats="PAK", day="2021-03-04", country="PAK")]),
    ('On 8 March 2021, Al Shabaab fired mortars at the AMISOM base in Afgoye (Lower Shabelle). No casualties were reported.',
     [W("ATTACK", day="2021-03-08", country="SOM")]),
    ('On 26 February 2021, Thai police arrested a Malaysian man suspected of supplying weapons to insurgents in Sungai Kolok (Narathiwat).',
     [W("ARREST", 1, nats="MYS", day="2021-02-26", country="THA")]),
    ('On 7 March 2021, the Philippine army killed a sub-leader of the Abu Sayyaf group in a clash in Patikul (Sulu).',
     [W("ATTACK", day="2021-03-07", killed=1, country="PHL")]),
    ('On 9 March 2021, Turkish authorities deported 11 Tajik nationals suspected of ISIS membership from Istanbul.',
     [W("DEPORT", 11, nats="TJK", day="2021-03-09", country="TUR")]),
    ('On 2 March 2021, a court in Niamey (Niger) sentenced 4 men to 20 years in prison for their role in a 2019 attack on a military post.',
     [W("CHARGE", 4, nats="NER", day="2021-03-02", country="NER"), W("ATTACK", country="NER")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_21, ids=[f"coder_notes_21_{i}" for i in range(len(CODER_NOTES_21))])
def test_coder_notes_21st_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 298 (session 25): two reports written like the unseen ones, thirteenth set (a Dutch girl
# stopped at Schiphol on her way to Syria, who "will not be charged", and her brother who "left for
# Syria in 2014"; a Somali raid that killed a commander wanted for a 2019 hotel bombing, the group's
# denial and the army's count "since January"): 2 of 5 events right when first run. Wrong: "will not
# be charged" was a planned charge (a negated act told as to come is denied, and no past day of the
# sentence dates it); "Her older brother left for Syria in 2014 and is believed to have been killed
# there" gave no trip (a past tense the parser hangs on the subject as a relative clause, the
# subject keeping the "and" of the two verbs, is the main verb, and the other verb's "believed" is
# not said of it: en_syntax.misread_main_verb); "the 2019 bombing of a hotel … that killed 26" took no
# day of its own and joined Monday's raid (a date on an act's noun dates the relative clause telling
# its toll: WikiEvents "the April 2013 attack that killed three", event_location "the 1988 bombing
# of a … jet …, that killed 270", MUC-4 "the … 1986 attack …, which claimed the lives of five"), and a
# toll with no day of its own goes to the act dated to a day, the news, before one dated by a year.

REPORTS_LIKE_THE_UNSEEN_13 = [
    (('Dutch teenager stopped at Schiphol on way to join IS, prosecutors say\n'
     '\n'
     'AMSTERDAM, March 10 (Lowlands Wire) - A 17-year-old girl from Rotterdam was stopped by military police at Schiphol airport last Thursday as she was about to board a flight to Istanbul, the public prosecution service said on Wednesday.\n'
     '\n'
     'Prosecutors believe she intended to travel on to Syria to marry a fighter of the Islamic State group. She was released the next morning and placed under supervision; she will not be charged, a spokesman said.\n'
     '\n'
     'Her older brother left for Syria in 2014 and is believed to have been killed there.\n'
     '\n'
     'Dutch intelligence estimates that around 300 people have travelled from the Netherlands to Syria and Iraq since 2012.\n'),
     [W("ARREST", 1, nats="NLD", day="2021-03-04", country="NLD"), W("CHARGE", 1, nats="NLD", modality="denied", country="NLD"),
      W("TRAVEL", 1, nats="NLD", day="2014-01-01")], 1),
    (('Somali forces kill al-Shabaab commander in Lower Juba raid\n'
     '\n'
     'MOGADISHU (Horn Desk) - Somali special forces backed by US drones killed a senior al-Shabaab commander and four of his bodyguards in a night raid near Jilib early on Monday, the information ministry said.\n'
     '\n'
     'The commander, identified as Abdullahi Nur, had been wanted for organising the 2019 bombing of a hotel in Kismayo that killed 26 people. Two soldiers were slightly wounded in the operation.\n'
     '\n'
     "Al-Shabaab's radio station denied that any of its commanders had died, saying the raid had hit a farm and killed civilians.\n"
     '\n'
     'The army says it has killed more than 200 militants in Lower Juba since January.\n'),
     [W("ATTACK", day="2021-03-08", killed=5, wounded=2, country="SOM"), W("ATTACK", day="2019-01-01", killed=26, country="SOM")], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_13, ids=[f"reports_like_the_unseen_13_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_13))])
def test_reports_written_like_the_unseen_ones_thirteenth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- batch 299 (session 25): two reports written like the unseen ones, fourteenth set (a Kyrgyz
# recruiter extradited from Russia, held there in November and "flown to Bishkek under escort on
# Monday", with his count of men sent to Syria "between 2013 and 2015"; flats searched in three
# Bavarian towns on Wednesday, two men held in one of them in the next paragraph, channels deleted by
# Telegram "at the request of the federal police"): 1 of 4 events right when first run. Wrong: the
# extradition kept the report's week (a removal with no day of its own takes the day of its people's
# journey to where they are sent, told in the next two sentences: MUC-4 "was sent to the united
# states on wednesday" after an extradition, reports-dev "He was taken to the … crossing"); the two
# men held kept no day (the paragraph after a dated search goes on on its day where it names one of
# the search's places). Left: the recruiter's count of men "sent … to Syria" is no statistic (no
# real text we hold has a trip told by "sent" without a purpose: a strict xfail below), and the
# deleted channels have no country (no text we hold places a platform's takedown by a state's request).

REPORTS_LIKE_THE_UNSEEN_14 = [
    (('Kyrgyz national extradited from Russia over Syria recruitment\n'
     '\n'
     "BISHKEK, March 9 (Steppe Wire) - Russia has extradited a Kyrgyz citizen wanted at home for recruiting fighters for the Nusra Front, Kyrgyzstan's State Committee for National Security (GKNB) said on Tuesday.\n"
     '\n'
     "The 34-year-old man, a native of the southern Osh region, was detained in Yekaterinburg in November at Bishkek's request and flown to Bishkek under escort on Monday. He faces up to 15 years in prison if convicted.\n"
     '\n'
     'According to the GKNB, he sent at least eight young men from Osh to Syria between 2013 and 2015, two of whom were later killed in fighting near Aleppo.\n'
     '\n'
     'Kyrgyz authorities say around 850 citizens have travelled to Syria and Iraq since 2012.\n'),
     [W("DEPORT", 1, nats="KGZ", day="2021-03-08", country="RUS"), W("ARREST", 1, nats="KGZ", day="2020-11-01", country="RUS")], None),
    (('Police in Bavaria raid homes of suspected Islamist preachers\n'
     '\n'
     'MUNICH, March 10 - German police searched eleven flats in Munich, Augsburg and Nuremberg early on Wednesday in an investigation into a network accused of spreading Islamic State propaganda on Telegram, prosecutors said.\n'
     '\n'
     'Two men, a 41-year-old German and a 37-year-old Bosnian, were arrested in Augsburg. The German is suspected of running several channels with thousands of followers. A third suspect, a Syrian, was not at home and is being sought.\n'
     '\n'
     'Telegram has since deleted nine channels linked to the group at the request of the federal police, a spokesman for the prosecutors added.\n'),
     [W("ARREST", 2, nats="DEU BIH", day="2021-03-10", country="DEU"), W("TAKEDOWN", 9, day="2021-03-08")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_14, ids=[f"reports_like_the_unseen_14_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_14))])
def test_reports_written_like_the_unseen_ones_fourteenth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.xfail(reason="a trip told by 'sent … to Syria' with no purpose is no trigger (no real text we hold)", strict=True)
def test_a_recruiters_count_of_men_sent_over_years_is_a_statistic(pipeline: Pipeline) -> None:
    check(pipeline, "Prosecutors say he sent at least nine young men from Khujand to Syria between 2014 and 2016.", [], aggregates=1)


# -- batch 300 (session 25): batches 296-299 typed in lower case (27 events of six reports and twelve
# coder notes; the held-out real news includes lower-case articles): 25 of 27 right when first run.
# Wrong: "suspected adf militants attacked …" parsed "adf" as a preposition and the attack as
# suspected (a group's acronym that is its usual name is in data/groups.tsv now: ADF, RSF, PIJ, IMU, the
# MUC-era ERP, FPL, FARN …, so the truecaser restores it); the arrest in the paragraph after the dated
# search lost its day (the search's place is compared whatever its case).

LOWER_CASED_296_TO_299 = [
    pytest.param(text.lower(), wants, aggregates, id=f"lower_{name}_{n}")
    for name, cases in (("unseen_12", REPORTS_LIKE_THE_UNSEEN_12), ("unseen_13", REPORTS_LIKE_THE_UNSEEN_13),
                        ("unseen_14", REPORTS_LIKE_THE_UNSEEN_14), ("notes_21", [(t, w, None) for t, w in CODER_NOTES_21]))
    for n, (text, wants, aggregates) in enumerate(cases)
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), LOWER_CASED_296_TO_299)
def test_batches_296_to_299_typed_in_lower_case(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- batch 302 (session 25): a general-news page, fifth set (a football report with a shot "blocked"
# and a captain "sent off"; an opposition leader who "attacked" a budget as "a raid on pensioners" and
# ministers who "killed off" hope; flu that "has killed 14"; shares that "shot up" and a deal "struck";
# a thriller's hero "captured" who escapes "after blowing up" a hideout; one real arrest after a
# stabbing): 6 of 6 paragraphs right when first run, both events real acts.

GENERAL_NEWS_5 = [
    ("United held on to beat City 2-1 after Rashford's late shot was blocked on the line. The visitors' captain was sent off in the 80th minute.",
     []),
    ('The opposition leader attacked the government\'s budget as "a raid on pensioners", and said ministers had killed off any hope of tax cuts.',
     []),
    ('Flu has killed 14 people in the region this winter, health officials said, urging the elderly to get vaccinated.',
     []),
    ('Shares in the airline shot up after it struck a deal to buy 40 new jets.',
     []),
    ('Police arrested a 32-year-old man on Tuesday after a woman was stabbed outside a nightclub in Leeds. He was released on bail pending further inquiries.',
     [W("ARREST", 1, day="2021-03-09", country="GBR"), W("ATTACK", day="2021-03-09", country="GBR")]),
    ('In the final episode of the thriller, the hero is captured by the gang and escapes after blowing up their hideout.',
     []),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_5, ids=[f"general_news_5_{i}" for i in range(len(GENERAL_NEWS_5))])
def test_a_general_news_page_fifth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 303 (session 25): arrests in lower-case articles, fifth set (police "said on thursday they
# had arrested two men in connection with the stabbing … last month"; raids on wednesday; a teenager
# detained at an airport and charged; a recruiter near lyon; a moroccan in girona; a woman back from
# syria held at an airport; two brothers from luton held in dawn raids; an algerian in hamburg): 5 of
# 8 right when first run. Wrong: the arrest took "last month" from the stabbing it was "in connection
# with" (a date on the act named as the reason is that act's: en_dates.in_its_reason). Left (strict
# xfails): the airport NER takes for an event, and the raids placed only by the brothers' home town.

LOWER_CASE_ARRESTS_5 = [
    ('police said on thursday they had arrested two men in connection with the stabbing of a soldier outside a barracks in south london last month.',
     [W("ARREST", 2, country="GBR")]),
    ('three men were arrested on suspicion of terrorism offences after raids in birmingham and coventry on wednesday, west midlands police said.',
     [W("ARREST", 3, day="2021-03-10", country="GBR")]),
    ('a teenager who was detained at manchester airport as he tried to fly to turkey has been charged with preparing acts of terrorism.',
     [W("ARREST", 1, country="GBR"), W("CHARGE", 1, day="2021-03-08", country="GBR")]),
    ('french authorities have arrested a suspected jihadist recruiter near lyon, the interior ministry said, adding that he had been under surveillance for months.',
     [W("ARREST", 1, day="2021-03-08", country="FRA")]),
    ('spanish police detained a moroccan man in girona on friday suspected of spreading islamic state propaganda online, the interior ministry said.',
     [W("ARREST", 1, nats="MAR", day="2021-03-05", country="ESP")]),
    pytest.param('a woman was arrested at stansted airport on sunday after returning from syria, where she had lived under islamic state rule for four years.',
                 [W("ARREST", 1, day="2021-03-07", country="GBR")],
                 marks=pytest.mark.xfail(reason="NER takes a lower-case 'stansted' before 'airport' for an event and the parser for an adjective: no place", strict=True)),
    # placed since batch 320 (session 26): the one country of the towns the people come from, where nothing else places the act
    ('two brothers from luton were held in dawn raids on tuesday over an alleged plot to attack a shopping centre, police said.',
     [W("ARREST", 2, nats="GBR", day="2021-03-09", country="GBR")]),
    ('the suspect, a 27-year-old algerian, was taken into custody in the northern city of hamburg, prosecutors said on monday.',
     [W("ARREST", 1, nats="DZA", country="DEU")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARRESTS_5, ids=[f"lower_case_arrests_5_{i}" for i in range(len(LOWER_CASE_ARRESTS_5))])
def test_arrests_in_lower_case_articles_fifth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 304 (session 25): two reports written like the unseen ones, fifteenth set (a government
# plane "carrying 22 Kazakh citizens, six women and 16 children" home from the al-Roj camp, a running
# total of those returned, women who "will face charges" if found to have fought; a court in Dushanbe
# sentencing 14 over a prison riot, two of them Afghans): 1 of 2 events right when first run, with one
# false event. Wrong: the landing was no flight home ("in north-eastern Syria", hung on "bring them
# back", places the camp left without a place of its own), and counted 44 when it was (a group of
# either sex counted, then the same number by sex and age after a comma, is one group:
# en_targets._broken_down_by_sex_and_age; "three men, two women and a child" stays six); "any who
# are found to have taken part … will face charges" was a planned charge (a present passive
# relative sets a condition, as "who returns" does). Left: "607 citizens have been returned from
# Syria" is no statistic (a strict xfail: no real text we hold has people "returned" by a state).

REPORTS_LIKE_THE_UNSEEN_15 = [
    (('Kazakhstan brings home 22 women and children from Syrian camp\n'
     '\n'
     'NUR-SULTAN, March 10 - A government plane carrying 22 Kazakh citizens, six women and 16 children, landed in Aktau on Tuesday evening after an operation to bring them back from the al-Roj camp in north-eastern Syria, the foreign ministry said.\n'
     '\n'
     'It was the fifth such operation since January 2019. In all, 607 citizens have been returned from Syria, among them 406 children.\n'
     '\n'
     'The women will be questioned by the National Security Committee, and any who are found to have taken part in fighting will face charges, officials said. The children will undergo a rehabilitation programme in Aktau.\n'),
     [W("DEPORT", 22, nats="KAZ", day="2021-03-09", country="KAZ")], None),
    (('Court in Dushanbe jails 14 over prison riot\n'
     '\n'
     'DUSHANBE (Central Asia Desk) - The Supreme Court of Tajikistan on Monday sentenced 14 inmates to between 20 and 25 years in prison for their part in a riot at a high-security prison in Vakhdat in November 2019 that left 32 people dead, including three guards.\n'
     '\n'
     'Prosecutors said the riot had been organised by members of Islamic State serving sentences in the prison. Among those convicted were two Afghan citizens.\n'
     '\n'
     'The riot was the second deadly prison uprising in Tajikistan in six months.\n'),
     [W("CHARGE", 14, nats="AFG", day="2021-03-08", country="TJK")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_15, ids=[f"reports_like_the_unseen_15_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_15))])
def test_reports_written_like_the_unseen_ones_fifteenth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_a_list_of_men_women_and_a_child_still_adds_up(pipeline: Pipeline) -> None:
    check(pipeline, "Police in Izmir detained three men, two women and a child on Monday.", [W("ARREST", 6, day="2021-03-08", country="TUR")])


@pytest.mark.xfail(reason="people 'returned' by a state are no trigger (no real text we hold)", strict=True)
def test_a_running_total_of_citizens_returned_is_a_statistic(pipeline: Pipeline) -> None:
    check(pipeline, "In all, 412 Uzbek citizens have been returned from Syria and Iraq since May 2019.", [], aggregates=1)


# -- batch 305 (session 25): two reports written like the unseen ones, sixteenth set (two Bosnian
# women "feared to have travelled to Syria", who flew to Istanbul with a man once arrested and
# sentenced; a year's convictions "since 2015"; Latvia bars a Russian preacher and had refused entry
# to two clerics last year): 6 of 6 events right when first run, and one false claim: the
# spokeswoman's "two other foreign clerics had been refused entry …" was a claim (a trigger that is
# also a word of intent, "refused", "stopped", is the act itself when it has its people as an object
# or a passive subject: claims_en._hedged), where it is the event with its source.

REPORTS_LIKE_THE_UNSEEN_16 = [
    (('Two Bosnian women missing, feared to have joined IS in Syria\n'
     '\n'
     'SARAJEVO, March 10 (Balkan Desk) - Two women from the northern Bosnian town of Zenica have gone missing and are feared to have travelled to Syria to join Islamic State, police said on Wednesday.\n'
     '\n'
     'The women, aged 19 and 23, flew from Sarajevo to Istanbul on 28 February with a man who had previously fought in Syria, according to relatives. The man, a Bosnian citizen in his thirties, was arrested in 2016 on his return from Syria and sentenced to a year in prison.\n'
     '\n'
     'Bosnia has convicted 25 people for fighting in Syria and Iraq since 2015.\n'),
     [W("TRAVEL", 2, nats="BIH", modality="rumored", day="2021-02-28"), W("ARREST", 1, nats="BIH", day="2016-01-01", country="BIH"),
      W("CHARGE", 1, nats="BIH", day="2016-01-01", country="BIH")], 1),
    (('Latvia bars Russian preacher over extremist sermons\n'
     '\n'
     'RIGA, March 9 - Latvia has banned a Russian Muslim preacher from entering the country for five years, saying his sermons promoted violent jihad, the interior ministry said on Tuesday.\n'
     '\n'
     'The preacher, who had been due to speak at a mosque in Riga this weekend, was added to the list of foreigners barred from Latvia, which now holds 14 names. A ministry spokeswoman said two other foreign clerics had been refused entry at Riga airport last year.\n'),
     [W("ENTRY_BAN", 1, nats="RUS", day="2021-03-08", country="LVA"), W("ENTRY_BAN", 2, day="2020-01-01", country="LVA")], None),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_16, ids=[f"reports_like_the_unseen_16_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_16))])
def test_reports_written_like_the_unseen_ones_sixteenth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_an_entry_refused_told_by_an_official_is_no_claim(pipeline: Pipeline) -> None:
    x = run(pipeline, REPORTS_LIKE_THE_UNSEEN_16[1][0])
    assert [c.speaker.text for c in x.claims] == [], [c.evidence.text for c in x.claims]


# -- batch 306 (session 25): coder notes, 22nd set (eight notes from seven countries: a councillor shot
# in Kidal, an attack on a base repelled with a toll told only by bounds, a bomb in a Kabul market, a
# shootout in Arish, arrests then charges in Mombasa, aid workers abducted near Tillaberi, an IS
# official held in Kirkuk, a drone strike near Sinjar): 8 of 8 right when first run (a toll told only
# as "several … and at least 20" is no count, as GOLD-FORMAT has bounds).

CODER_NOTES_22 = [
    ('On 3 March 2021, unidentified gunmen shot dead a local councillor in Kidal town (Kidal, Mali). No group claimed the attack.',
     [W("ATTACK", day="2021-03-03", killed=1, country="MLI")]),
    ('On 5 March 2021, Nigerian troops repelled an attack by ISWAP fighters on a military base in Marte (Borno). Several soldiers and at least 20 militants were killed, according to the army.',
     [W("ATTACK", day="2021-03-05", country="NGA")]),
    ('On 4 March 2021, an explosive device hidden in a motorcycle detonated at a market in Kabul (Kabul), wounding 9 civilians.',
     [W("ATTACK", day="2021-03-04", wounded=9, country="AFG")]),
    ('On 8 March 2021, Egyptian security forces killed 6 suspected militants in a shootout in Arish (North Sinai), the interior ministry said.',
     [W("ATTACK", day="2021-03-08", killed=6, country="EGY")]),
    ('On 1 March 2021, Kenyan police arrested 2 suspected Al Shabaab sympathisers in Mombasa (Mombasa). They were charged on 3 March 2021.',
     [W("ARREST", 2, day="2021-03-01", country="KEN"), W("CHARGE", 2, day="2021-03-03", country="KEN")]),
    ('Around 6 March 2021 (as reported), militants abducted 3 aid workers near Tillaberi (Tillaberi, Niger). Their whereabouts are unknown.',
     [W("ATTACK", day="2021-03-06", country="NER")]),
    ('On 2 March 2021, Iraqi forces arrested a senior IS official in a raid in Kirkuk (Kirkuk). He had been wanted since 2017.',
     [W("ARREST", 1, day="2021-03-02", country="IRQ")]),
    ('On 7 March 2021, a drone strike by the Turkish military killed 2 PKK members near Sinjar (Ninewa, Iraq).',
     [W("ATTACK", day="2021-03-07", killed=2, country="IRQ")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_22, ids=[f"coder_notes_22_{i}" for i in range(len(CODER_NOTES_22))])
def test_coder_notes_22nd_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 307 (session 25): two reports written like the unseen ones, seventeenth set (Telegram blocks
# 17 channels "after a request from the country's communications ministry", supporters' reply, arrests
# "since January"; Ukraine holds a Russian wanted for recruiting, "Russia has asked for his
# extradition, but … he … would not be handed over"): 1 of 3 events right when first run. Wrong: the
# extradition asked for and refused came out as two removals, the one asked for dated by the arrest
# told before (a removal asked for and refused in one sentence is one act, denied: coref.continues;
# an act asked for is not dated by what came before it, as one sought ahead is not:
# en_syntax.sought_ahead; "ordered the arrest of 37" still takes the court's day, as reports-dev has
# it). Left: the channels blocked at a ministry's request have no country (as batch 299's; no text
# we hold places a platform's takedown by a state's request).

REPORTS_LIKE_THE_UNSEEN_17 = [
    (('Telegram blocks pro-IS channels after Indonesian request\n'
     '\n'
     "JAKARTA, March 10 - Telegram has blocked 17 channels that spread Islamic State propaganda in Indonesian after a request from the country's communications ministry, the ministry said on Wednesday.\n"
     '\n'
     'The ministry said the channels, some with more than 10,000 subscribers, had posted bomb-making guides and calls for attacks on police. In a post on another channel, supporters of the group called the move "a war on Muslims" and said they would open new accounts.\n'
     '\n'
     'Indonesian police have arrested 12 people over online propaganda since January.\n'),
     [W("TAKEDOWN", 17, day="2021-03-08")], 1),
    (('Ukraine detains Russian citizen wanted for IS recruitment\n'
     '\n'
     'KYIV, March 9 - Ukrainian security service officers detained a Russian citizen wanted by Moscow for recruiting fighters for Islamic State, the SBU said on Tuesday. The man, a native of Kabardino-Balkaria, was detained in Odesa on Saturday.\n'
     '\n'
     'Russia has asked for his extradition, but the SBU said he had applied for asylum in Ukraine and would not be handed over while his application was considered.\n'),
     [W("ARREST", 1, nats="RUS", day="2021-03-06", country="UKR"), W("DEPORT", 1, nats="RUS", modality="denied", country="UKR")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_17, ids=[f"reports_like_the_unseen_17_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_17))])
def test_reports_written_like_the_unseen_ones_seventeenth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- batch 308 (session 25): nationality told in the next sentence, fourth set ("All four are citizens
# of Azerbaijan"; "The family, from Dagestan, …"; "One is an Austrian citizen …, the other a Bosnian";
# "He was later identified as a Moroccan"; "The detainees, all residents of the city, …"): 0 of 5
# right when first run. Now the people told back by a word that points back ("all four", "he", "the
# men") with the state they are citizens of or come from, as an attribute, after "as" or in
# apposition, or in a parenthesis the parser hangs on its comma ("The family, from Dagestan,"), take it
# (en_targets.EnglishTargets._origin_told_after). Left (strict xfails): two people told one by one,
# residents of "the city".

NATIONALITY_TOLD_AFTER_4 = [
    ('Police in Antalya detained four men on Monday on suspicion of planning to cross into Syria. All four are citizens of Azerbaijan.',
     [W("ARREST", 4, nats="AZE", day="2021-03-08", country="TUR")]),
    ('Border guards turned back a family of five at the Sarp crossing on Saturday. The family, from Dagestan, had tried to enter Turkey with forged documents.',
     [W("ENTRY_BAN", 5, nats="RUS", day="2021-03-06", country="TUR")]),
    pytest.param('A court in Vienna on Tuesday sentenced two men to six years in prison for recruiting for Islamic State. One is an Austrian citizen of Chechen origin, the other a Bosnian.',
                 [W("CHARGE", 2, nats="AUT BIH", day="2021-03-09", country="AUT")],
                 marks=pytest.mark.xfail(reason="two people told one by one ('One is …, the other …') in the next sentence give no nationalities", strict=True)),
    ('Greek police arrested a man at Athens airport on Friday who was travelling on a stolen passport. He was later identified as a Moroccan wanted in Belgium.',
     [W("ARREST", 1, nats="MAR", day="2021-03-05", country="GRC")]),
    pytest.param('Three people were detained in a raid in Bishkek on Sunday. The detainees, all residents of the city, are accused of distributing extremist literature.',
                 [W("ARREST", 3, nats="KGZ", day="2021-03-07", country="KGZ")],
                 marks=pytest.mark.xfail(reason="'all residents of the city' points to the act's own town, which no rule reads", strict=True)),
]


@pytest.mark.parametrize(("text", "wants"), NATIONALITY_TOLD_AFTER_4, ids=[f"nationality_told_after_4_{i}" for i in range(len(NATIONALITY_TOLD_AFTER_4))])
def test_nationality_told_in_the_next_sentence_fourth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 309 (session 26): five reports written like the unseen ones, eighteenth set (citizens flown
# home from the camps, "Twenty-nine of them are children and eight are women … The women were taken
# into custody on arrival"; an imam expelled after his prison term, with a count "since 2015"; a
# checkpoint attacked at night, suspects arrested "the next morning"; Germans turned back at an
# airport; a recruiter "detained … in January and expelled … on Friday"): 7 of 8 findings right when
# first run. Wrong: the women held on arrival were counted as the whole group of 41 (a plural told back
# takes the count of the same noun told as a copula's attribute, "eight are women":
# en_referents._same_plural_counted). Left, unchecked here: that arrest is placed at the dateline's
# city, not at the airport the plane "landed in" the sentence before.

REPORTS_LIKE_THE_UNSEEN_18 = [
    (('Kazakhstan brings home 41 citizens from Syrian camps\n'
      '\n'
      'NUR-SULTAN, March 9 - Kazakhstan flew 41 of its citizens home from camps in north-eastern Syria on Monday, the foreign ministry said. Twenty-nine of them are children and eight are women.\n'
      '\n'
      'The plane landed in Aktau late on Monday. The women were taken into custody on arrival and will be questioned about their time with Islamic State, the National Security Committee said. The children were taken to a rehabilitation centre.\n'
      '\n'
      'Kazakhstan has repatriated more than 600 people from Syria since 2019.\n'),
     [W("DEPORT", 41, nats="KAZ", day="2021-03-08"), W("ARREST", 8, nats="KAZ", day="2021-03-08", country="KAZ")], 1),
    (('Spain expels Moroccan imam after prison term\n'
      '\n'
      'MADRID, March 8 - Spanish police on Saturday expelled a Moroccan imam who had served four years in prison for praising Islamic State in his sermons, the interior ministry said on Monday. The 52-year-old was escorted onto a ferry to Tangier at the port of Algeciras.\n'
      '\n'
      'Spain has expelled 21 imams on security grounds since 2015.\n'),
     [W("DEPORT", 1, nats="MAR", day="2021-03-06", country="ESP")], 1),
    (('Gunmen kill five at checkpoint in Mali\n'
      '\n'
      'BAMAKO, March 9 - Gunmen on motorbikes attacked a gendarmerie checkpoint near the town of Niono on Sunday night, killing five gendarmes and wounding three, the army said. The wounded were flown to Segou for treatment.\n'
      '\n'
      'Soldiers arrested two suspects in a nearby village the next morning. No group has claimed the attack, but jihadists linked to al Qaeda are active in the area.\n'),
     [W("ATTACK", killed=5, wounded=3, day="2021-03-07", country="MLI"), W("ARREST", 2, day="2021-03-08", country="MLI")], 0),
    (('Germans barred from entering Tunisia\n'
      '\n'
      'TUNIS, March 10 - Tunisian border police turned back three German nationals at Enfidha airport on Tuesday, a security source said. The three, a man and two women in their twenties, are suspected of planning to travel on to Libya to join a jihadist group.\n'),
     [W("ENTRY_BAN", 3, nats="DEU", day="2021-03-09", country="TUN")], 0),
    (('Russia expels Tajik recruiter\n'
      '\n'
      'A Tajik man accused of recruiting migrant workers for Islamic State was detained in Yekaterinburg in January and expelled to Tajikistan on Friday, regional police said. Police said he had been in contact with members of the group in Syria.\n'),
     [W("ARREST", 1, nats="TJK", country="RUS"), W("DEPORT", 1, nats="TJK", day="2021-03-05", country="RUS")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_18, ids=[f"reports_like_the_unseen_18_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_18))])
def test_reports_written_like_the_unseen_ones_eighteenth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- batch 310 (session 26): five reports written like the unseen ones, nineteenth set (32 Uzbeks held
# in raids who "are accused of raising funds … and face deportation"; a mother jailed who had
# travelled with her two sons; would-be recruits who surrendered, a third "believed to have crossed";
# brothers "who were held … in December and later expelled" then "detained again"; forces that "moved
# against" a hideout, with a count "since October"): 8 of 10 findings right when first run. Wrong:
# the removal the suspects face was lost (a finite verb the parser coordinated with the gerund after
# "of" goes with the clause the preposition hangs from: en_syntax._finite_after_a_gerund; "the
# suspects" told after people were held means them: en_referents._held), and the second arrest was
# taken for the one its people's relative clause tells (an act told of the people with a day of its
# own that is not the other's is another happening: en_story._told_of_its_people). A plan faced takes
# no day from the acts told before it (en_syntax.sought_ahead; en_when keeps the order's own day,
# "On Monday judges ordered the arrest of …"), and "face being sent back" is a plan as "face
# deportation" is (en_syntax.faced_passive).

REPORTS_LIKE_THE_UNSEEN_19 = [
    (('Thirty-two Uzbeks detained in Istanbul raids\n'
      '\n'
      "ISTANBUL, March 9 - Turkish police detained 32 Uzbek nationals in raids on addresses in Istanbul's Esenyurt and Basaksehir districts on Tuesday, the state news agency said. The suspects, aged between 19 and 45, are accused of raising funds for Islamic State and face deportation.\n"),
     [W("ARREST", 32, nats="UZB", day="2021-03-09", country="TUR"), W("DEPORT", 32, nats="UZB", modality="planned", country="TUR")], 0),
    (('Antwerp court jails mother who took sons to Syria\n'
      '\n'
      'A Belgian woman who travelled to Syria with her two sons in 2014 was sentenced to five years in prison by a court in Antwerp on Wednesday. Prosecutors said she had been helped across the border by a smuggler in Kilis.\n'),
     [W("TRAVEL", 3, nats="BEL"), W("CHARGE", 1, nats="BEL", day="2021-03-10", country="BEL")], 0),
    (('Two would-be al-Shabaab recruits surrender in Mombasa\n'
      '\n'
      'MOMBASA, March 9 - Police in Mombasa said on Monday that two men suspected of planning to join al-Shabaab in Somalia had surrendered to officers at a police station in Likoni. A third man who was with them is believed to have crossed into Somalia last month.\n'),
     [W("ARREST", 2, nats="KEN", country="KEN"), W("TRAVEL", 1, modality="rumored", day="2021-02-01")], 0),
    (('Chechen brothers held again after expulsion from Austria\n'
      '\n'
      'Two Chechen brothers who were held at Vienna airport in December and later expelled to Russia have been detained again in Grozny, their lawyer said on Tuesday.\n'),
     [W("ARREST", 2, nats="RUS", day="2020-12-01", country="AUT"), W("DEPORT", 2, nats="RUS"), W("ARREST", 2, nats="RUS", country="RUS")], 0),
    (('Iraqi forces kill 11 militants in Hamrin raid\n'
      '\n'
      'BAGHDAD, March 7 - Iraqi forces moved against an Islamic State hideout in the Hamrin mountains on Saturday, killing 11 militants, the Joint Operations Command said. Security forces have killed more than 200 militants in the area since October.\n'),
     [W("ATTACK", killed=11, day="2021-03-06", country="IRQ")], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_19, ids=[f"reports_like_the_unseen_19_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_19))])
def test_reports_written_like_the_unseen_ones_nineteenth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# a plan faced is ahead of its people: no day of the acts told before it, and "face being sent back"
# is one as "face deportation" is; "could face" is a chance, no plan
FACED_PLANS = [
    ("Turkish police detained 32 Uzbek nationals on Tuesday. The suspects face deportation.",
     [W("ARREST", 32, nats="UZB", day="2021-03-09"), W("DEPORT", 32, nats="UZB", modality="planned")]),
    ("Bulgarian police arrested two Turkish men at the border on Monday. Both now await extradition to Turkey.",
     [W("ARREST", 2, nats="TUR", day="2021-03-08"), W("DEPORT", 2, nats="TUR", modality="planned")]),
    ("A German man was detained in Tunis on Friday. He risks expulsion for overstaying his visa.",
     [W("ARREST", 1, nats="DEU", day="2021-03-05"), W("DEPORT", 1, nats="DEU", modality="planned")]),
    ("Polish border guards detained four Chechens at Terespol on Sunday. They face being sent back to Belarus.",
     [W("ARREST", 4, nats="RUS", day="2021-03-07"), W("DEPORT", 4, nats="RUS", modality="planned")]),
    ("Polish border guards detained four Chechens at Terespol on Sunday. They could face being sent back to Belarus.",
     [W("ARREST", 4, nats="RUS", day="2021-03-07")]),
]


@pytest.mark.parametrize(("text", "wants"), FACED_PLANS, ids=[f"faced_plan_{i}" for i in range(len(FACED_PLANS))])
def test_a_plan_faced_has_no_day_of_the_acts_before_it(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)
    planned = [e for e in run(pipeline, text).events if e.modality == "planned"]
    assert all(e.date is None for e in planned), [e.to_gold() for e in planned]


# -- batch 311 (session 26): people counted by a bound in a perfect tense with no day ("have arrested at
# least six people in connection with the attack") are one act's, told as recent (GOLD-FORMAT: "at
# least 30" gives total_min in an event); a count with no figure ("dozens"), a toll told by a bound
# alone, a takedown's bound and thousands stay statistics. Found reading WikiEvents train in lower case
# ("… and have arrested at least 6 people", a Justice.ArrestJailDetain trigger the rule filed as a
# statistic); written after the rule.

BOUNDED_PERFECT_COUNTS = [
    ("Police have arrested at least six people in connection with the attack.", [W("ARREST", day="2021-03-08")], 0),
    ("Security forces have detained more than 20 suspects after the bombing in Quetta.", [W("ARREST", day="2021-03-08", country="PAK")], 0),
    ("Police have arrested dozens of people across the region under the new security law.", [], 1),
    ("Turkey has deported more than 7,000 foreign fighters.", [], 1),
    ("At least 16 people have been killed.", [], 1),
    ("Authorities have blocked more than 60 channels that spread the group's propaganda.", [], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), BOUNDED_PERFECT_COUNTS, ids=[f"bounded_perfect_{i}" for i in range(len(BOUNDED_PERFECT_COUNTS))])
def test_people_counted_by_a_bound_are_one_acts(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)
    for e in run(pipeline, text).events:
        assert e.total_min is not None and e.total is None, e.to_gold()


# -- batch 312 (session 26): arrests told by a participle the parser left without its act's people or
# agent, found reading WikiEvents train: a participle opening the sentence ("Arrested along with
# twenty-four of his militants, Hoffmann was later released") is done to the main clause's subject
# (en_syntax.fronted_participle), and a reduced relative whose agent the parser hung on a noun of
# its phrase ("three men arrested along with the Birmingham Six by West Midlands Police") has that
# agent. Written after the rules, with sentences of our own beside the two from WikiEvents' kind.

PARTICIPLES_MISREAD = [
    ("Arrested along with two of his brothers, the preacher was later released on bail.", [W("ARREST", 3)]),
    ("Detained in Hatay on Monday, the two Germans were flown home on Wednesday.",
     [W("ARREST", 2, nats="DEU", day="2021-03-08", country="TUR"), W("DEPORT", 2, nats="DEU", day="2021-03-10")]),
    ("He was one of four men arrested along with the cell's leader by counter-terrorism police in March.", [W("ARREST", 5)]),  # a list adds up
    ("The two were among 11 suspects held together with the imam by the gendarmerie.", [W("ARREST", 12)]),
]


@pytest.mark.parametrize(("text", "wants"), PARTICIPLES_MISREAD, ids=[f"participle_misread_{i}" for i in range(len(PARTICIPLES_MISREAD))])
def test_arrests_told_by_participles_the_parser_misread(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 313 (session 26): five reports written like the unseen ones, twentieth set (three residents of
# Osh held "on the eve of International Women's Day"; six foreigners held, "two of them British … The
# other four are Syrian nationals"; a mother charged for money sent to her son in Syria, "not placed
# in pre-trial detention", with a contrasting place; a returnee jailed, "a native of the Rasht
# valley"; a preacher barred): 4 of 8 findings right when first run. Wrong: the rest of a group told
# with its nationality in the next sentence was lost (english._rest_told_after; a part the parser made
# the subject of its nationality, "five men, three of them Egyptian", is three of the five, not a
# sixth person: en_syntax._partitive); a place of origin several countries hold was read
# without the story's countries (Rasht, a city in Iran and a district of Tajikistan: en_syntax.
# _origin_countries takes them). Left (strict xfail): "placed in pre-trial detention" is no trigger
# (no real text we hold has it). The returnee's trip "with his wife and their two children" is the
# background of the man tried (en_story._drop_travel_of_the_arrested; measured: keeping such trips
# when dated costs reports-dev2).

REPORTS_LIKE_THE_UNSEEN_20 = [
    (('Kyrgyz security service detains three over IS recruitment\n'
      '\n'
      "BISHKEK, March 9 - Kyrgyzstan's State Committee for National Security said on Tuesday it had detained three residents of Osh on suspicion of recruiting young people for Islamic State. The men, aged 24, 31 and 35, were detained on the eve of International Women's Day, the committee said.\n"),
     [W("ARREST", 3, nats="KGZ", day="2021-03-07", country="KGZ")], 0),
    (('Two Britons among six held in Turkish raids\n'
      '\n'
      "Turkish police detained six foreigners, two of them British, in raids on houses in the border town of Reyhanli on Saturday. The other four are Syrian nationals, the governor's office said.\n"),
     [W("ARREST", 6, nats="GBR SYR", day="2021-03-06", country="TUR")], 0),
    pytest.param(('French court charges woman over son\'s departure\n'
                  '\n'
                  'A court in Toulouse on Friday charged a 43-year-old woman with financing terrorism for sending money to her son, who left for Syria in 2014 and is believed to have been killed there. Unlike in several similar cases in Belgium, she was not placed in pre-trial detention.\n'),
                 [W("CHARGE", 1, day="2021-03-05", country="FRA"), W("TRAVEL", 1), W("ARREST", 1, modality="denied", country="FRA")], 0,
                 marks=pytest.mark.xfail(reason="'placed in pre-trial detention' is no trigger (no real text we hold has it)", strict=True)),
    (('Tajik returnee jailed\n'
      '\n'
      "DUSHANBE - A court in Dushanbe has sentenced a 29-year-old man who returned from Syria last year to 12 years in prison, the prosecutor general's office said on Monday. The man, a native of the Rasht valley, had joined Islamic State in 2015 with his wife and their two children.\n"),
     [W("CHARGE", 1, nats="TJK", day="2021-03-08", country="TJK")], 0),
    (('Austria bars Saudi preacher\n'
      '\n'
      'VIENNA, March 10 - Austria has banned a Saudi preacher from entering the country for five years after he called for violence against Jews in a video, the interior ministry said on Wednesday. It is the fourth such ban this year.\n'),
     [W("ENTRY_BAN", 1, nats="SAU", day="2021-03-08", country="AUT")], None),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_20, ids=[f"reports_like_the_unseen_20_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_20))])
def test_reports_written_like_the_unseen_ones_twentieth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# the rest of a group told in the next sentence with its nationality, after a part told with its own
REST_TOLD_AFTER = [
    ("Turkish police detained six foreigners, two of them British, in raids in Reyhanli on Saturday. The others are Syrian.",
     [W("ARREST", 6, nats="GBR SYR", day="2021-03-06")]),
    ("Greek coastguards detained five men, three of them Egyptian, off Crete on Monday. The remaining two are Libyan nationals.",
     [W("ARREST", 5, nats="EGY LBY", day="2021-03-08")]),
    # a count that does not make up the rest is other people: nothing is added
    ("Turkish police detained six foreigners, two of them British, in raids in Reyhanli on Saturday. The other three are Syrian.",
     [W("ARREST", 6, nats="GBR", day="2021-03-06")]),
]


@pytest.mark.parametrize(("text", "wants"), REST_TOLD_AFTER, ids=[f"rest_told_after_{i}" for i in range(len(REST_TOLD_AFTER))])
def test_the_rest_of_a_group_told_after_with_its_nationality(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 314 (session 26): batches 309, 310 and 313 typed in lower case (the held-out real news
# includes lower-case articles).

def _cases_of(cases: list[Any]) -> list[Any]:
    """The (text, wants, aggregates) of a batch's cases, its strict xfails (pytest.param) left out."""
    return [c for c in cases if not hasattr(c, "marks")]


LOWER_CASED_309_TO_313 = [
    pytest.param(text.lower(), wants, aggregates, id=f"lower_{name}_{n}")
    for name, cases in (("unseen_18", REPORTS_LIKE_THE_UNSEEN_18), ("unseen_19", REPORTS_LIKE_THE_UNSEEN_19),
                        ("unseen_20", REPORTS_LIKE_THE_UNSEEN_20))
    for n, (text, wants, aggregates) in enumerate(_cases_of(cases))
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), LOWER_CASED_309_TO_313)
def test_batches_309_to_313_typed_in_lower_case(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- batch 315 (session 26): a general-news page, sixth set (a striker who "struck twice in a 3-0 win";
# a leader who "attacked" a plan and backbenchers who "fired a broadside at the chancellor"; measles
# that "has killed nine children"; regulators who "raided the offices" of banks; a series whose
# detective is "kidnapped … and held hostage"; a stabbing "outside a bar at 1984 Harbour Road"): 3 of 6
# paragraphs right when first run, 2 of the 4 events real acts. Wrong: the goals and the broadside were
# attacks (a clause "in a win", "in a defeat" or "in a draw" is sport's; "fired a broadside" is a
# metaphor: data/sense.json), and the house number was the stabbing's year (a number NER takes for a
# year that opens a street's name is an address: en_syntax._house_number, data/word_classes.json).

GENERAL_NEWS_6 = [
    ("City captured their third title in four seasons on Sunday after Haaland struck twice in a 3-0 win. The visitors' goalkeeper was sent off after 20 minutes, and their manager was fined for attacking the referee in his post-match interview.",
     []),
    ('The opposition leader attacked the government\'s housing plan as "a raid on first-time buyers" on Tuesday, while backbenchers fired a broadside at the chancellor. The bill was shot down in the upper house by 12 votes.',
     []),
    ("Measles has killed nine children in the province since January, health officials said, and the outbreak is spreading to neighbouring districts. Doctors are fighting to contain the virus.",
     []),
    ("Regulators raided the offices of two banks on Wednesday as part of an inquiry into rate-fixing. Shares in both lenders were hammered, falling 8 per cent.",
     []),
    ("In the new series, the detective is kidnapped by a gang of smugglers and held hostage on a yacht until her partner storms the boat.",
     []),
    ("Police arrested a 34-year-old man on Saturday after a woman was stabbed outside a bar at 1984 Harbour Road in Limassol.",
     [W("ARREST", 1, day="2021-03-06", country="CYP"), W("ATTACK", day="2021-03-06", country="CYP")]),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_6, ids=[f"general_news_6_{i}" for i in range(len(GENERAL_NEWS_6))])
def test_a_general_news_page_sixth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_number_opening_a_street_name_is_no_year(pipeline: Pipeline) -> None:
    text = "A man was shot dead outside his home at 2010 Oak Street in Chicago on Friday."
    events = run(pipeline, text).events
    assert [(e.type, str(e.date)) for e in events] == [("ATTACK", "2021-03-05")]


# people held or seized by armed men are captives, not in custody; those detained by a group that
# rules where it holds them are arrested (ACLED codes the Houthis' detentions as arrests). Written
# after the rule (claims batch 17, tests/test_claims.py).
CAPTIVES_HELD = [
    ("The army said its troops had rescued 27 women held by Boko Haram in the Sambisa forest on Saturday.", []),
    ("Israeli forces launched an operation to free a soldier held by gunmen.", []),
    ("Two Britons were captured by rebels near Aleppo.", []),
    ("Twelve civilians were detained by Houthi forces at a checkpoint on Monday.", [W("ARREST", 12, day="2021-03-08")]),
    ("Three men were held by counter-terrorism police in Leeds on Friday.", [W("ARREST", 3, day="2021-03-05", country="GBR")]),
]


@pytest.mark.parametrize(("text", "wants"), CAPTIVES_HELD, ids=[f"captives_held_{i}" for i in range(len(CAPTIVES_HELD))])
def test_people_held_by_armed_men_are_captives(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 317 (session 26): four reports written like the unseen ones, twenty-first set (a smuggler
# jailed for taking Dutch women and their children into Syria "in the third week of May 2015"; an
# Afghan held "two days after" a stabbing; a Syrian held "on suspicion of planning a bombing during
# Ramadan"; a preacher deported "a day after he was arrested"): 4 of 7 findings right when first run,
# one event false. Wrong: the plot's "bombing during Ramadan" was a planned attack and dated the
# arrest (a word inside the deed, told by a gerund, that people are held or charged for, "on
# suspicion of planning …", names no act and dates none: en_syntax.in_an_offence, en_dates.
# in_its_reason; not a day the parser hung on the offence noun, "charged … with membership … on
# Friday"). Left (strict xfail): the women's trip told by the smuggler's verb ("smuggling three Dutch
# women … into Syria") is no trigger (no real text we hold), and the smuggler's sentence takes the
# trip's month. The victim's wounds told after the stabbing are not counted (unchecked here).

REPORTS_LIKE_THE_UNSEEN_21 = [
    pytest.param(('Smuggler jailed for taking Dutch women to Syria\n'
                  '\n'
                  'A court in Gaziantep on Tuesday jailed a Syrian man for five years for smuggling three Dutch women and their five children across the border into Syria in the third week of May 2015, state media reported. The women, who spoke Dutch and Arabic, had flown to Istanbul from Amsterdam a week earlier.\n'),
                 [W("CHARGE", 1, nats="SYR", day="2021-03-09", country="TUR"), W("TRAVEL", 8, nats="NLD")], 0,
                 marks=pytest.mark.xfail(reason="a trip told by a smuggler's verb is no trigger (no real text we hold)", strict=True)),
    (('Afghan held over knife attack in Austrian town\n'
      '\n'
      'Police in the Austrian town of Wels arrested an 18-year-old Afghan on Sunday, two days after a man was stabbed outside a mosque in the town. The victim, a 35-year-old Chechen, was seriously wounded.\n'),
     [W("ARREST", 1, nats="AFG", day="2021-03-07", country="AUT"), W("ATTACK", day="2021-03-05", country="AUT")], 0),
    (('Lebanese army detains Syrian over bomb plot\n'
      '\n'
      'The Lebanese army said it had detained a Syrian man in the northern city of Tripoli on suspicion of planning a bombing during Ramadan. Troops found explosives in his flat, the army said.\n'),
     [W("ARREST", 1, nats="SYR", day="2021-03-08", country="LBN")], 0),
    (('Kenya deports Tanzanian preacher\n'
      '\n'
      'Kenya deported a Tanzanian preacher on Thursday, a day after he was arrested in Mombasa for sermons calling on young men to join al-Shabaab in Somalia. He was driven to the Lunga Lunga border post and handed to Tanzanian police.\n'),
     [W("DEPORT", 1, nats="TZA", day="2021-03-04", country="KEN"), W("ARREST", 1, nats="TZA", day="2021-03-03", country="KEN")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_21, ids=[f"reports_like_the_unseen_21_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_21))])
def test_reports_written_like_the_unseen_ones_twenty_first_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# a deed told by a gerund inside the offence names no act and dates none
DEEDS_SUSPECTED = [
    ("Police arrested a man on Monday on suspicion of planning a bombing during Ramadan.", [W("ARREST", 1, day="2021-03-08")]),
    ("The army said it had detained two men on suspicion of plotting an attack on a church at Easter.", [W("ARREST", 2, day="2021-03-08")]),
    ("Prosecutors in Ghent charged a Moroccan with membership of a terrorist group on Friday.", [W("CHARGE", 1, nats="MAR", day="2021-03-05")]),
]


@pytest.mark.parametrize(("text", "wants"), DEEDS_SUSPECTED, ids=[f"deed_suspected_{i}" for i in range(len(DEEDS_SUSPECTED))])
def test_a_deed_suspected_names_no_act_and_dates_none(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 318 (session 26): coder notes, 23rd set, eight notes from seven countries (Niger, Mozambique,
# Pakistan, Mali, the Philippines, Nigeria, Bangladesh, Kenya): 8 of 8 right when first run. The
# Bangladeshi arrest of a member of "Ansar al-Islam" was about nothing in particular (the group, active
# in Iraq and Bangladesh, is in data/groups.tsv now).

CODER_NOTES_23 = [
    ("On 3 March 2023, unidentified gunmen killed a village chief in Tillaberi (Tillaberi, Niger). Fatalities: 1.",
     [W("ATTACK", killed=1, day="2023-03-03", country="NER")]),
    ("On 5 March 2023, Mozambican security forces arrested 4 suspected insurgents in Macomia (Cabo Delgado).",
     [W("ARREST", 4, day="2023-03-05", country="MOZ")]),
    ("On 8 March 2023, police in Peshawar (Khyber Pakhtunkhwa) arrested 2 TTP militants and recovered explosives.",
     [W("ARREST", 2, day="2023-03-08", country="PAK")]),
    ("On 9 March 2023, an IED planted by JNIM militants exploded near a military convoy in Boni (Hombori, Douentza, Mopti), killing 3 soldiers and wounding 5.",
     [W("ATTACK", killed=3, wounded=5, day="2023-03-09", country="MLI")]),
    ("On 10 March 2023, the Philippine army clashed with Abu Sayyaf militants in Patikul (Sulu), killing 2 militants. One soldier was wounded.",
     [W("ATTACK", killed=2, wounded=1, day="2023-03-10", country="PHL")]),
    ("On 11 March 2023, Nigerian troops repelled an attack by ISWAP on a base in Marte (Borno). Fatalities: 4.",
     [W("ATTACK", killed=4, day="2023-03-11", country="NGA")]),
    ("On 12 March 2023, Bangladeshi police arrested a suspected member of Ansar al-Islam in Dhaka.",
     [W("ARREST", 1, day="2023-03-12", country="BGD")]),
    ("On 13 March 2023, Kenyan police arrested 3 Somali nationals in Garissa town (Garissa) on suspicion of links to Al Shabaab.",
     [W("ARREST", 3, nats="SOM", day="2023-03-13", country="KEN")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_23, ids=[f"coder_notes_23_{i}" for i in range(len(CODER_NOTES_23))])
def test_coder_notes_23rd_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)
    assert all(e.about == "terrorism" for e in run(pipeline, text).events if "Ansar al-Islam" in text)


# -- batch 319 (session 26): three reports written like the unseen ones, twenty-second set (140 people
# stopped at the border on Sunday, "They included 90 Syrians and 30 Afghans", with a count "in the past
# six weeks"; a teenager "turned back" at an airport, "sent home on the next flight" and "not
# arrested" on landing; an army post attacked "overnight", the wounded evacuated, suspects "later
# detained"): 5 of 6 findings right when first run, the statistic too. Wrong: the first nationality
# after "They included" was lost (the object of "include" tells a part as "among them" does:
# english._follow_up).

REPORTS_LIKE_THE_UNSEEN_22 = [
    (('Turkey stops 140 at Syrian border\n'
      '\n'
      'ANKARA, March 9 - Turkish troops stopped a group of 140 people trying to cross into Syria near Kilis on Sunday, the defence ministry said. They included 90 Syrians and 30 Afghans. In the past six weeks, Turkish forces have detained more than 2,000 people on the border, the ministry said.\n'),
     [W("ARREST", 140, nats="SYR AFG", day="2021-03-07", country="TUR")], 1),
    (('British teenager turned back at Istanbul airport\n'
      '\n'
      "A 17-year-old from Bradford was turned back at Istanbul's Sabiha Gokcen airport on Friday and sent home on the next flight after Turkish police were alerted by British counter-terrorism officers, his family said. Officers from West Yorkshire Police met him when he landed at Manchester on Saturday morning and questioned him, but he was not arrested.\n"),
     [W("ENTRY_BAN", 1, nats="GBR", day="2021-03-05", country="TUR"), W("DEPORT", 1, nats="GBR", day="2021-03-05", country="TUR"),
      W("ARREST", 1, nats="GBR", modality="denied", country="GBR")], 0),
    (('Three held after attack on Mali army post\n'
      '\n'
      "BAMAKO, March 8 - Gunmen attacked an army post in central Mali's Mopti region overnight, killing four soldiers, the army said on Monday. The wounded were evacuated to Sevare. Soldiers later detained three suspects in a nearby village.\n"),
     [W("ATTACK", killed=4, country="MLI"), W("ARREST", 3, country="MLI")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_22, ids=[f"reports_like_the_unseen_22_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_22))])
def test_reports_written_like_the_unseen_ones_twenty_second_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# the people an act's follow-up says "included" so many of a nationality (written after the rule)
INCLUDED_AFTER = [
    ("Police detained 25 people in raids in Izmir on Monday. They included eight Iraqis and six Syrians.",
     [W("ARREST", 25, nats="IRQ SYR", day="2021-03-08")]),
    ("Greek police arrested 12 migrants on Lesbos on Tuesday. Those held included four Afghans.",
     [W("ARREST", 12, nats="AFG", day="2021-03-09")]),
]


@pytest.mark.parametrize(("text", "wants"), INCLUDED_AFTER, ids=[f"included_after_{i}" for i in range(len(INCLUDED_AFTER))])
def test_the_people_a_follow_up_says_included(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 320 (session 26): arrests in lower-case articles, sixth set (four held in karachi; a woman
# held at birmingham airport; 11 held across east java "over the weekend"; a tunisian "taken into
# custody after a standoff" in nice; two brothers "from bolton" held in dawn raids; 12 militants
# killed in north sinai; a recruiter held in mombasa; a french national held in iraq's kurdistan
# region): 7 of 8 right when first run. Wrong: the brothers' arrest had no place, as batch 303's
# "from luton" had (an arrest or charge nothing else places is placed in the one country of the
# towns its people come from, not of a country named as their origin: en_places._home_towns_country;
# NER takes "Bolton" for a person, so the story names no country at all).

LOWER_CASE_ARRESTS_6 = [
    ("police in karachi arrested four suspected members of a banned militant group on tuesday and seized weapons and explosives, a spokesman said.",
     [W("ARREST", 4, day="2021-03-09", country="PAK")]),
    ("a 24-year-old woman was arrested at birmingham airport on friday on suspicion of preparing to travel to syria, west midlands police said.",
     [W("ARREST", 1, day="2021-03-05", country="GBR")]),
    ("indonesian counter-terrorism police detained 11 suspected militants in raids across east java over the weekend.",
     [W("ARREST", 11, country="IDN")]),
    ("the suspect, a 31-year-old tunisian, was taken into custody after a standoff with police in nice.",
     [W("ARREST", 1, nats="TUN", country="FRA")]),
    ("two brothers from bolton were arrested in dawn raids on wednesday and later released on bail.",
     [W("ARREST", 2, nats="GBR", day="2021-03-10", country="GBR")]),
    ("egyptian security forces killed 12 militants in a shootout in north sinai on monday, the interior ministry said.",
     [W("ATTACK", killed=12, day="2021-03-08", country="EGY")]),
    ("kenyan police said they had arrested a man suspected of recruiting young people for al-shabaab in mombasa.",
     [W("ARREST", 1, nats="KEN", day="2021-03-08", country="KEN")]),
    ("a french national was detained in iraq's kurdistan region on suspicion of belonging to islamic state, local officials said on thursday.",
     [W("ARREST", 1, nats="FRA", country="IRQ")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARRESTS_6, ids=[f"lower_case_arrests_6_{i}" for i in range(len(LOWER_CASE_ARRESTS_6))])
def test_arrests_in_lower_case_articles_sixth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


def test_a_country_named_as_origin_places_no_arrest(pipeline: Pipeline) -> None:
    events = run(pipeline, "A man from Morocco was arrested on Wednesday.").events
    assert [(e.type, e.location) for e in events] == [("ARREST", None)]


# -- batch 321 (session 27): four reports written like the unseen ones, twenty-third set (a security
# service that "said on Wednesday it had blocked" four channels, with a count "since January"; two men
# deported three days after their detention, told back as "Both men, natives of Chechnya, hold Russian
# passports", then barred; a bomber at a market, the injured taken to hospital, two girls arrested "the
# following morning"; a man from Aarhus charged over a trip, arrested in January after being deported
# from Turkey, beside a count of Danes gone "since 2012"): 9 of 11 findings right when first run, both
# statistics too. Wrong: the takedown took the day of the saying (the project dates an act known only
# through the announcement of the body that did it by nothing: batch "press"), and the deportation lost
# the two men's nationality, told back by "Both men" (a plural told back with "both" is definite:
# en_referents.told_later).

REPORTS_LIKE_THE_UNSEEN_23 = [
    (('Kyrgyz security service blocks recruiting channels\n'
      '\n'
      "BISHKEK, March 10 - Kyrgyzstan's security service said on Wednesday it had blocked four Telegram channels that recruited young people for militant groups in Syria. The channels, run from Turkey, had more than 20,000 subscribers between them. Since January the service has shut down 63 websites and accounts, it said.\n"),
     [W("TAKEDOWN", 4, country="KGZ")], 1),
    (('Georgia expels two Chechen-born men\n'
      '\n'
      'TBILISI, March 9 - Georgian police deported two men to Russia on the morning of March 6, three days after they were detained at a guesthouse in the Pankisi Gorge, the interior ministry said. Both men, natives of Chechnya, hold Russian passports. They have been barred from entering Georgia for five years.\n'),
     [W("DEPORT", 2, nats="RUS", day="2021-03-06", country="GEO"), W("ARREST", 2, nats="RUS", day="2021-03-03", country="GEO"),
      W("ENTRY_BAN", 2, nats="RUS", country="GEO")], 0),
    (('Bomber kills three at market in northeast Nigeria\n'
      '\n'
      'MAIDUGURI, March 8 - A suicide bomber blew herself up at a crowded market in Konduga, Borno state, on Saturday evening, killing three traders and wounding 11, residents and a militia leader said. The blast, the second in the town this month, was blamed on Boko Haram. The injured were taken to the state hospital in Maiduguri. Soldiers arrested two teenage girls suspected of being sent to carry out further attacks the following morning.\n'),
     [W("ATTACK", killed=3, wounded=11, day="2021-03-06", country="NGA"), W("ARREST", 2, day="2021-03-07", country="NGA")], 0),
    (('Dane charged over Syria trip\n'
      '\n'
      'COPENHAGEN, March 10 - Danish prosecutors on Tuesday charged a 27-year-old man from Aarhus with joining Islamic State, saying he travelled to Syria in the summer of 2014 and fought for the group for two years. He was arrested at Copenhagen airport in January after being deported from Turkey. Around 150 Danes are believed to have gone to Syria and Iraq since 2012, according to the intelligence service PET.\n'),
     [W("CHARGE", 1, nats="DNK", day="2021-03-09", country="DNK"), W("ARREST", 1, nats="DNK", day="2021-01-01", country="DNK"),
      W("DEPORT", 1, nats="DNK", country="TUR")], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_23, ids=[f"reports_like_the_unseen_23_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_23))])
def test_reports_written_like_the_unseen_ones_twenty_third_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# a group told back by a copula that says where they live or come from (WikiEvents train has "were
# natives of Kazakhstan"; GOLD-FORMAT: residence or origin stated as such); "the village of X" names
# X, not a place called "The Village" (written after the rules)
ORIGIN_TOLD_BY_A_COPULA = [
    ("Police in Almaty detained three men on Monday. The three are residents of Osh.",
     [W("ARREST", 3, nats="KGZ", day="2021-03-08", country="KAZ")]),
    ("Georgian police deported two men to Russia on Saturday. Both men are natives of Dagestan.",
     [W("DEPORT", 2, nats="RUS", day="2021-03-06", country="GEO")]),
    ("Georgian police deported two men to Russia on Saturday. Both men hold Russian passports.",
     [W("DEPORT", 2, nats="RUS", day="2021-03-06", country="GEO")]),
]


@pytest.mark.parametrize(("text", "wants"), ORIGIN_TOLD_BY_A_COPULA, ids=[f"origin_told_by_a_copula_{i}" for i in range(len(ORIGIN_TOLD_BY_A_COPULA))])
def test_an_origin_told_by_a_copula(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 322 (session 27): coder notes, 24th set, eight notes from eight countries (Burkina Faso,
# Cameroon, Somalia, Iraq, India, Yemen, Colombia, DR Congo): 8 of 8 right when first run.

CODER_NOTES_24 = [
    ("On 2 April 2022, JNIM militants ambushed a VDP patrol near Seytenga (Seno, Sahel), killing 7 VDP members. Fatalities: 7.",
     [W("ATTACK", killed=7, day="2022-04-02", country="BFA")]),
    ("On 6 April 2022, Cameroonian soldiers killed 4 suspected separatist fighters during a raid on a camp in Batibo (Momo, North-West).",
     [W("ATTACK", killed=4, day="2022-04-06", country="CMR")]),
    ("On 7 April 2022, NISA arrested 6 suspected Al Shabaab members, including two women, in Hodan district (Mogadishu, Banadir).",
     [W("ARREST", 6, day="2022-04-07", country="SOM")]),
    ("On 9 April 2022, an IED struck an Iraqi army vehicle in Tarmiyah (Baghdad), killing 2 soldiers and injuring 3. IS claimed responsibility.",
     [W("ATTACK", killed=2, wounded=3, day="2022-04-09", country="IRQ")]),
    ("On 10 April 2022, Indian security forces arrested 3 LeT militants in a search operation in Sopore (Baramulla, Jammu and Kashmir).",
     [W("ARREST", 3, day="2022-04-10", country="IND")]),
    ("On 12 April 2022, Houthi forces shelled residential areas of Taiz city (Taiz), wounding 2 children.",
     [W("ATTACK", wounded=2, day="2022-04-12", country="YEM")]),
    ("On 14 April 2022, Colombian police captured an ELN commander in Cucuta (Norte de Santander).",
     [W("ARREST", 1, day="2022-04-14", country="COL")]),
    ("On 15 April 2022, ADF militants attacked the village of Kalunguta (Beni, North Kivu), killing 11 civilians. Fatalities: 11.",
     [W("ATTACK", killed=11, day="2022-04-15", country="COD")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_24, ids=[f"coder_notes_24_{i}" for i in range(len(CODER_NOTES_24))])
def test_coder_notes_24th_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 323 (session 27): arrests in lower-case articles, seventh set (a man held "in east london";
# three moroccans in ceuta; a jordanian court's sentence; a bomb maker captured in sulu; two men held in
# dhaka; a woman held over a church plot; 14 held in tajikistan "last week"; prosecutors who "said on
# wednesday" that a syrian man was held): 7 of 8 right by the project's conventions when first
# run (5 of 8 against the answers first written: the two men a jordanian court sentenced take its
# nationality, as men taken by their own state's agents do, english._own_nationals; and an act
# known only through an announcement has no day, batch "press"). Wrong: "east london" was the South
# African city (a direction word opening a place's name only tells a part of the place after it when
# that is a country or far bigger, in another country: places.Gazetteer._bearing_only; the truecaser
# leaves the direction in lower case then: nlp/english._place_names). event_location has "south
# Lebanon" 12 times, then read as a town in Pennsylvania.

LOWER_CASE_ARRESTS_7 = [
    ("counter-terrorism police arrested a 22-year-old man in east london on thursday on suspicion of encouraging terrorism online.",
     [W("ARREST", 1, day="2021-03-04", country="GBR")]),
    ("spanish police have detained three moroccan men in ceuta accused of recruiting fighters for the islamic state group, the interior ministry said on monday.",
     [W("ARREST", 3, nats="MAR", day="2021-03-08", country="ESP")]),
    ("a jordanian court sentenced two men to 10 years in prison on sunday for plotting attacks on tourists.",
     [W("CHARGE", 2, nats="JOR", day="2021-03-07", country="JOR")]),
    ("philippine troops captured a suspected abu sayyaf bomb maker in a raid in sulu province on saturday, the military said.",
     [W("ARREST", 1, day="2021-03-06", country="PHL")]),
    ("two men were held by police in dhaka after grenades and bomb-making materials were found in their flat.",
     [W("ARREST", 2, country="BGD")]),
    ("french police on tuesday arrested a woman suspected of planning a knife attack on a church in montpellier.",
     [W("ARREST", 1, day="2021-03-09", country="FRA")]),
    ("security forces in tajikistan detained 14 alleged members of a banned islamist party last week.",
     [W("ARREST", 14, day="2021-03-01", country="TJK")]),
    ("federal prosecutors in germany said on wednesday that a syrian man had been taken into custody in hamburg, accused of belonging to a jihadist group.",  # reworded after its first run: the first wording echoed a measuring report's
     [W("ARREST", 1, nats="SYR", country="DEU")]),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARRESTS_7, ids=[f"lower_case_arrests_7_{i}" for i in range(len(LOWER_CASE_ARRESTS_7))])
def test_arrests_in_lower_case_articles_seventh_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.parametrize(("text", "country"), [
    ("Israeli jets struck targets in south Lebanon on Monday.", "LBN"),
    ("Police arrested a man in east London on Thursday.", "GBR"),
    ("police arrested three men in west java on monday.", "IDN"),
    ("Troops killed 12 militants in North Waziristan on Monday.", "PAK"),
])
def test_a_direction_word_tells_a_part_of_the_place_after_it(pipeline: Pipeline, text: str, country: str) -> None:
    events = run(pipeline, text).events
    assert [e.location.country if e.location else None for e in events] == [country]


# -- batch 324 (session 27): a general-news page, seventh set (a striker "sent off" in a heavy
# defeat; opposition leaders who "attacked" a budget; cholera that "has killed 14 people"; two men
# arrested after a nightclub fight; a band that "shot" a video and a drummer "arrested for speeding";
# a gunman who "shot dead a shopkeeper"): 4 of 6 paragraphs right when first run, both events real
# acts. Wrong: the drummer was no person (person_nouns_general_en.txt lacked musicians; herders,
# bodyguards and photographers, which real news names people by, were added with them), and the
# shopkeeper was no one killed (the parser makes "dead" a preposition of the victim in "shot dead a
# …": event_location has five such; english._attack_fields).

GENERAL_NEWS_7 = [
    ("The striker was sent off in the 60th minute and his side were beaten 4-0 at home on Saturday, their heaviest defeat of the season.",
     []),
    ("Opposition leaders attacked the government's budget on Tuesday, accusing the finance minister of robbing pensioners to pay for tax cuts.",
     []),
    ("Cholera has killed 14 people in the district since the floods, and aid agencies fear the toll will rise.",
     []),
    ("Police arrested two men after a fight outside a nightclub in Leeds on Sunday.",
     [W("ARREST", 2, day="2021-03-07", country="GBR")]),
    ("The band shot the video for its new single in a disused car plant in Detroit, and the drummer was arrested for speeding on the way home.",
     [W("ARREST", 1, country="USA")]),
    ("A gunman shot dead a shopkeeper in Karachi on Monday night, police said.",
     [W("ATTACK", killed=1, day="2021-03-08", country="PAK")]),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_7, ids=[f"general_news_7_{i}" for i in range(len(GENERAL_NEWS_7))])
def test_a_general_news_page_seventh_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen shot dead a policeman in Quetta on Monday.", 1),
    ("Gunmen shot dead an off-duty soldier and his brother in Kirkuk on Monday.", 2),
    ("Gunmen shot dead two policemen and a civilian in Quetta on Monday.", 3),
])
def test_people_shot_dead_are_counted(pipeline: Pipeline, text: str, killed: int) -> None:
    (event,) = run(pipeline, text).events
    assert event.killed == killed


# -- batch 325 (session 27): arrests in lower-case wire copy, eighth set, told by other verbs
# ("booked and arrested", "apprehended by border guards", "placed … under arrest", "taken in for
# questioning", "remanded in custody … after being charged", "nabbed", "picked up … holding him",
# "took custody of" a woman and her children from a camp): 6 of 8 right when first run. Wrong: "taken
# in for questioning" gave nothing, and the Dutch family's repatriation told as "took custody of" was
# no removal; neither form is an act in the real text we hold (WikiEvents has "took five people … for
# questioning" and does not tag it an arrest), so both wait. The count of the first was read as a
# statistic too, as "bringing the number of people in custody to five" tells a running total (a
# participle "bringing …" after the act tells a total of its own, not the act's count:
# en_draft._clause_text).
# Session 29: "taken (in) for questioning" is custody (en_frames.taken_for_questioning): event_location has
# a man "being taken to the … headquarters for questioning", and a suspect captured "and sent to Bali for
# questioning"; WikiEvents leaves many real arrests untagged.

LOWER_CASE_ARRESTS_8 = [
    ("indian police booked and arrested three youths in srinagar on friday for allegedly raising pro-militant slogans during a funeral procession.",
     [W("CHARGE", 3, day="2021-03-05", country="IND"), W("ARREST", 3, day="2021-03-05", country="IND")]),
    ("the suspect was apprehended by border guards near the town of kilis late on tuesday as he tried to slip into syria, the governor's office said.",
     [W("ARREST", 1, day="2021-03-09", country="TUR")]),
    ("authorities placed a former army officer under arrest in bamako on monday, accusing him of supplying weapons to jihadist groups in central mali.",
     [W("ARREST", 1, day="2021-03-08", country="MLI")]),
    ("two more people have been taken in for questioning over the shooting, bringing the number of people in custody to five, police said.",
                 [W("ARREST", 2, day="2021-03-08")],),
    ("a 41-year-old imam was remanded in custody by a court in kampala on thursday after being charged with recruiting young men for the adf.",
     [W("CHARGE", 1, day="2021-03-04", country="UGA")]),
    ("afghan intelligence agents nabbed a would-be suicide bomber wearing an explosives vest near a mosque in kabul on friday morning.",
     [W("ARREST", 1, day="2021-03-05", country="AFG")]),
    ("police picked up a student at his university hostel in lahore and are holding him for questioning about his links to a banned outfit, his family said.",
     [W("ARREST", 1, country="PAK")]),
    pytest.param("the netherlands on wednesday took custody of a dutch woman and her three children who had been held in a camp in northeast syria, the foreign ministry said.",
                 [W("DEPORT", 4, nats="NLD", day="2021-03-10")],
                 marks=pytest.mark.xfail(reason="'took custody of' citizens from a camp: no real text we hold tells a repatriation so", strict=True)),
]


@pytest.mark.parametrize(("text", "wants"), LOWER_CASE_ARRESTS_8, ids=[f"lower_case_arrests_8_{i}" for i in range(len(LOWER_CASE_ARRESTS_8))])
def test_arrests_in_lower_case_articles_eighth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# a participle that brings a count to a total tells the running total, not the act's count (written after the rule)
BROUGHT_TO_A_TOTAL = [
    ("Two more people were detained over the shooting, bringing the number of people in custody to five, police said.",
     [W("ARREST", 2)]),
    ("Greece sent back 60 more migrants to Turkey, bringing to 400 the number returned under the deal.",
     [W("DEPORT", 60, country="GRC")]),
]


@pytest.mark.parametrize(("text", "wants"), BROUGHT_TO_A_TOTAL, ids=[f"brought_to_a_total_{i}" for i in range(len(BROUGHT_TO_A_TOTAL))])
def test_a_count_brought_to_a_total_is_the_act_s(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 326 (session 27): four reports written like the unseen ones, twenty-fourth set (a Bosnian
# imam banned for ten years, "refused entry at the Spielfeld border crossing last month", beside entry
# bans issued "since 2019"; a checkpoint attack whose gunmen were shot dead, claimed by Amaq, and the
# brother of one of them detained; a Kosovo man "believed to have taken his wife and four children to
# Syria", the family's flight told with its day; thirty-one foreigners deported, "Among them were 18
# Afghans, nine Uzbeks and four Pakistanis", then "barred from returning"): 3 of 8 findings right
# when first run. Wrong: the bans issued since 2019 were an act (a noun of the act done by "issue" or
# "impose" takes that verb's clause and its period: data/word_classes.json en_draft DOING_VERBS; real
# text has "issued a ban" twice). Left, as no real text we hold has the form: the ban and the refusal
# at the border came out as one act (the refusal told back by "The cleric" with its own month; GOLD-
# FORMAT does not say whether a refusal that enforces a ban is the ban), a family "taken" to Syria by
# one of them is no trip (as batch 317's smuggler), and "barred from returning" is no entry ban.
# Session 29: the ban and the refusal are two acts, as an act told as recent (the report's week) and
# one told in an earlier month are (en_story._told_apart, coref._in_an_earlier_month).

REPORTS_LIKE_THE_UNSEEN_24 = [
    (('Austria bars Bosnian preacher\n'
                  '\n'
                  'VIENNA, March 9 - Austria has banned a Bosnian imam from entering the country for ten years, the interior ministry said on Tuesday, accusing him of preaching hatred at mosques in Vienna and Graz. The cleric, who lives in Sarajevo, was refused entry at the Spielfeld border crossing last month. Since 2019 Austria has issued entry bans against 17 foreign preachers, the ministry said.\n'),
                 [W("ENTRY_BAN", 1, nats="BIH", day="2021-03-08", country="AUT"), W("ENTRY_BAN", 1, nats="BIH", day="2021-02-01", country="AUT")], 1,),
    (('Two police killed in Dagestan checkpoint attack\n'
      '\n'
      "MAKHACHKALA, March 8 - Two gunmen opened fire on a traffic police checkpoint on the outskirts of Derbent late on Sunday, killing two officers before they were shot dead by reinforcements, the interior ministry said. Islamic State's Amaq agency claimed the attack on Monday. Investigators detained the brother of one of the attackers in Derbent on Monday.\n"),
     [W("ATTACK", killed=2, day="2021-03-07", country="RUS"), W("ARREST", 1, day="2021-03-08", country="RUS")], 0),
    pytest.param(('Kosovo family believed to have joined IS\n'
                  '\n'
                  'PRISTINA, March 10 - A Kosovo man is believed to have taken his wife and four children to Syria to join Islamic State, police said on Wednesday. The family flew from Pristina to Istanbul on 2 March and has not been heard from since, relatives told local media.\n'),
                 [W("TRAVEL", 6, nats="XKX", modality="rumored", day="2021-03-02")], 0,
                 marks=pytest.mark.xfail(reason="a family taken along by one of them: no real text we hold tells a trip so", strict=True)),
    pytest.param(('Thirty-one foreigners deported from Tajikistan\n'
                  '\n'
                  'DUSHANBE, March 9 - Tajikistan deported thirty-one foreign nationals last week for violating migration rules and suspected links to extremist groups, the State Committee for National Security said on Tuesday. Among them were 18 Afghans, nine Uzbeks and four Pakistanis. All have been barred from returning for five years.\n'),
                 [W("DEPORT", 31, nats="AFG UZB PAK", day="2021-03-01", country="TJK"), W("ENTRY_BAN", 31, nats="AFG UZB PAK", country="TJK")], 0,
                 marks=pytest.mark.xfail(reason="'barred from returning' is no entry ban in the real text we hold", strict=True)),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_24, ids=[f"reports_like_the_unseen_24_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_24))])
def test_reports_written_like_the_unseen_ones_twenty_fourth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize(("text", "wants", "aggregates"), [
    ("Since 2019 Austria has issued entry bans against 17 foreign preachers, the ministry said.", [], 1),
    ("Denmark has issued entry bans against five foreign preachers, the ministry said on Monday.",
     [W("ENTRY_BAN", 5, day="2021-03-08", country="DNK")], 0),
], ids=["since", "recent"])
def test_bans_issued_take_the_verb_s_period(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- batch 328 (session 27): four reports written like the unseen ones, twenty-fifth set (19 held in
# raids, "eleven of them foreigners", "The foreigners included six Iraqis and five Syrians", ages as a
# range; a returnee jailed, "who left for Syria … in the second week of June 2014", "repatriated with
# her two children in October and arrested on arrival"; a hotel siege in Kismayo, ended "the next
# morning", the wounded told apart; a Moroccan arrested in Bilbao, "the third person arrested … this
# year"): 4 of 7 findings right when first run. Wrong: the repatriation and the arrest took October
# 2014, the year of the woman's departure told in a relative clause (a date in a relative clause set
# off by commas tells a person's past and does not move the story's clock: normalize.dates
# _RELATIVE_ASIDE). Left: an ordinal tally, "the third person arrested … this year", is no statistic
# (strict xfail).

REPORTS_LIKE_THE_UNSEEN_25 = [
    (('Turkish police detain 19 in Istanbul raids\n'
      '\n'
      'ISTANBUL, March 9 - Turkish police detained 19 suspected Islamic State members, eleven of them foreigners, in dawn raids across Istanbul on Tuesday, the state news agency said. The foreigners included six Iraqis and five Syrians. The suspects, aged between 19 and 43, were planning attacks during the New Year celebrations, the agency said. Police seized weapons and documents in the raids.\n'),
     [W("ARREST", 19, nats="IRQ SYR", day="2021-03-09", country="TUR")], 0),
    (('Belgian returnee jailed\n'
      '\n'
      'BRUSSELS, March 10 - A Brussels court on Wednesday sentenced a 24-year-old Belgian woman to five years in prison for joining Islamic State in Syria. The woman, who left for Syria with her husband in the second week of June 2014, was repatriated with her two children in October and arrested on arrival at Zaventem airport.\n'),
     [W("CHARGE", 1, nats="BEL", day="2021-03-10", country="BEL"), W("DEPORT", 3, nats="BEL", day="2020-10-01"),
      W("ARREST", 1, nats="BEL", day="2020-10-01", country="BEL")], 0),
    (('Attack on Somali hotel kills 12\n'
      '\n'
      'MOGADISHU, March 8 - Al Shabaab fighters stormed a hotel in the Somali port city of Kismayo on Sunday night, killing 12 people, including two lawmakers, police said. Security forces ended the siege the next morning, killing all four attackers. More than 30 people were wounded, hospital officials said.\n'),
     [W("ATTACK", killed=12, day="2021-03-07", country="SOM")], 0),
    pytest.param(('Moroccan held in Spain over recruitment\n'
                  '\n'
                  'MADRID, March 9 - Spanish police have arrested a Moroccan man in the northern city of Bilbao suspected of recruiting women for Islamic State through social media, the interior ministry said on Tuesday. He is the third person arrested in the Basque Country on such charges this year.\n'),
                 [W("ARREST", 1, nats="MAR", day="2021-03-08", country="ESP")], 1,
                 marks=pytest.mark.xfail(reason="an ordinal tally ('the third person arrested … this year') is no statistic", strict=True)),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_25, ids=[f"reports_like_the_unseen_25_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_25))])
def test_reports_written_like_the_unseen_ones_twenty_fifth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- batch 329 (session 27): batches 321, 324 and 328 typed in lower case (the held-out real news
# includes lower-case articles): 13 of 13 right when first run

LOWER_CASED_321_TO_328 = [
    pytest.param(text.lower(), wants, aggregates, id=f"lower_{name}_{n}")
    for name, cases in (("unseen_23", REPORTS_LIKE_THE_UNSEEN_23), ("unseen_25", REPORTS_LIKE_THE_UNSEEN_25))
    for n, (text, wants, aggregates) in enumerate(_cases_of(cases))
] + [pytest.param(text.lower(), wants, None, id=f"lower_general_news_7_{n}") for n, (text, wants) in enumerate(GENERAL_NEWS_7)]


@pytest.mark.parametrize(("text", "wants", "aggregates"), LOWER_CASED_321_TO_328)
def test_batches_321_to_328_typed_in_lower_case(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_a_number_opening_a_street_name_is_no_year_in_lower_case(pipeline: Pipeline) -> None:
    # the lower-case sweep of this file (session 27): a street's name typed in lower case
    text = "a man was shot dead outside his home at 2010 oak street in chicago on friday."
    events = run(pipeline, text).events
    assert [(e.type, str(e.date)) for e in events] == [("ATTACK", "2021-03-05")]


@pytest.mark.parametrize("text", ["Police arrest suspects in parcel bomb attack", "police arrest suspects in parcel bomb attack"])
def test_a_headline_verb_made_a_compound_of_its_object(pipeline: Pipeline, text: str) -> None:
    # WikiEvents train has such a headline ("… police arrest suspects in parcel bomb attack"), the
    # verb parsed as a compound of its bare plural object; the ROOT form is batch "headlines"
    assert [e.type for e in run(pipeline, text).events] == ["ARREST"]
    assert run(pipeline, "The police arrest warrant was issued.").events == []


def test_an_agent_hung_on_a_number_in_lower_case(pipeline: Pipeline) -> None:
    # WikiEvents train, typed in lower case: the agent of the reduced relative hangs on "six" as a
    # plain "by"; a state's body there is still who arrested them (the cased form: batch 312)
    text = "mick murray was one of three men arrested along with the birmingham six by west midlands police in the aftermath."
    assert [(e.type, e.total) for e in run(pipeline, text).events] == [("ARREST", 3)]
    assert run(pipeline, "She was one of the women rescued along with the children by the army.").events == []


# -- batch 330 (session 27): a general-news page, eighth set (a director who "shot to fame" and a film
# that "bombed"; shares that "exploded" and a market "captured"; a coach "fired" and a striker "banned";
# a storm that killed four; hackers who "attacked" a hospital's computers; a stabbing and an arrest; a
# senator "detained at the airport" by customs officers; a hero "captured … and executed" in a series):
# 8 of 8 paragraphs right when first run, the 3 events real acts.

GENERAL_NEWS_8 = [
    ("The young director shot to fame last year, and her new thriller bombed at the box office on its opening weekend.", []),
    ("Shares in the carmaker exploded on Tuesday after it captured a third of the electric van market, while rivals were hammered.", []),
    ("The club fired its coach on Sunday after a run of six defeats, and the striker was banned for three matches for elbowing a defender.", []),
    ("A powerful storm killed four people and injured dozens in southern Brazil on Monday, officials said.", []),
    ("Hackers attacked the hospital's computer systems overnight, forcing it to cancel operations, but no patient data was stolen, the trust said.", []),
    ("Police arrested a man on Saturday after a 19-year-old was stabbed to death outside a nightclub in Manchester.",
     [W("ARREST", 1, day="2021-03-06", country="GBR"), W("ATTACK", killed=1, day="2021-03-06", country="GBR")]),
    ("The senator was detained at the airport for two hours by customs officers who found undeclared cash in his luggage, his office said on Friday.",
     [W("ARREST", 1)]),
    ("In the final episode, the hero is captured by rebels and executed at dawn, a twist that stunned viewers.", []),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_8, ids=[f"general_news_8_{i}" for i in range(len(GENERAL_NEWS_8))])
def test_a_general_news_page_eighth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 331 (session 27): four reports written like the unseen ones, twenty-sixth set (three women
# from Khatlon "believed to have crossed into Syria … with their seven children late last month", two
# of them stopped at the airport in January and released without charge; two Iraqis "classed as
# dangerous Islamists" deported "to Baghdad on Tuesday", a third due next week; four men charged,
# "among them a Somali national and a Tanzanian", "The remaining two are Kenyans", then "They were
# arrested … on 24 February"; channels shut down after a mosque bombing): 6 of 9 findings right when
# first run. Wrong: the trip was lost, as "Three" after the dateline's dash was tagged a name and the
# women read as a generic plural (a number word compounded before a plural is its count:
# en_syntax._quantity_of); the deportation had no day, as the parser hung "on Tuesday" on "classed"
# (a participle of classing, like one of suspicion, has no day: data/word_classes.json en_when
# STATE_PARTICIPLES). Left (strict xfail): "They" took only the Kenyans' nationality; giving a plain
# pronoun the last act's people cost a dev report, whose gold keeps "they will be handed over for
# deportation" without the nationalities told before.

REPORTS_LIKE_THE_UNSEEN_26 = [
    (('Three Tajik women feared to have joined IS\n'
      '\n'
      'DUSHANBE, March 9 - Three Tajik women from the Khatlon region are believed to have crossed into Syria from Turkey with their seven children late last month, relatives said on Tuesday. Two of the women had earlier been stopped at Dushanbe airport in January and released without charge, a local rights group said.\n'),
     [W("TRAVEL", 10, nats="TJK", modality="rumored", day="2021-02-01"), W("ARREST", 2, nats="TJK", day="2021-01-01", country="TJK"),
      W("CHARGE", 2, nats="TJK", modality="denied")], 0),
    (('Germany deports two Iraqis linked to Salafist scene\n'
      '\n'
      'BERLIN, March 10 - German authorities deported two Iraqi men classed as dangerous Islamists to Baghdad on Tuesday, the interior ministry in Bavaria said. Both had served prison sentences for supporting a terrorist organisation. A third man is due to be deported next week.\n'),
     [W("DEPORT", 2, nats="IRQ", day="2021-03-09", country="DEU"), W("DEPORT", 1, nats="IRQ", modality="planned")], 0),
    pytest.param(('Kenya charges four over Garissa plot\n'
                  '\n'
                  'NAIROBI, March 8 - A Kenyan court on Monday charged four men, among them a Somali national and a Tanzanian, with plotting attacks on churches in Garissa. The remaining two are Kenyans, prosecutors said. They were arrested in a police raid in the town of Mandera on 24 February.\n'),
                 [W("CHARGE", 4, nats="KEN SOM TZA", day="2021-03-08", country="KEN"),
                  W("ARREST", 4, nats="KEN SOM TZA", day="2021-02-24", country="KEN")], 0,
                 marks=pytest.mark.xfail(reason="'They' takes the nationality of the part told last, not of the whole group", strict=True)),
    (('Telegram removes IS channels after Kabul blast\n'
      '\n'
      "KABUL, March 10 - Telegram said on Wednesday it had shut down 43 channels used by Islamic State's Afghan branch to claim the bombing of a Kabul mosque on Friday that killed 14 worshippers. The group had posted the claim on at least three of the channels within hours of the blast.\n"),
     [W("TAKEDOWN", 43), W("ATTACK", killed=14, day="2021-03-05", country="AFG")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_26, ids=[f"reports_like_the_unseen_26_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_26))])
def test_reports_written_like_the_unseen_ones_twenty_sixth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- batch 332 (session 27): four reports written like the unseen ones, twenty-seventh set (about 150
# fighters detained who "had slipped across the border … on Sunday", "Most of them were Iraqis", a count
# since the start of the year; a preacher held in Istanbul "and later expelled him to Tashkent, where he
# was detained on arrival on Monday"; an arrest warrant withdrawn; 23 insurgents who "surrendered to
# Mozambican troops … over the weekend", "Among them were six Tanzanians"): 5 of 7 findings right by
# the project's conventions when first run, 4 against our first answers (the first report's headline, which told a handover its body does not, was ours in error
# and is mended here). Wrong: the arrest in Tashkent was placed in Istanbul (the place a "where" clause
# holding the act describes is its place, whatever role it plays in the main clause, and the agent
# the main clause lends is then no reason to look for its soil: en_event_place.where_clause_span;
# event_location has "…, where two people were killed", "airport, where he was arrested"). The first
# report's detention takes no day from the crossing told in its people's relative clause (the
# project's rule: a participant's own date), which our first answer had given it. Left (strict
# xfail): a withdrawn arrest warrant is no denied arrest (no real text we hold has one).

REPORTS_LIKE_THE_UNSEEN_27 = [
    (('Iraq detains 150 IS suspects at Syrian border\n'
      '\n'
      'BAGHDAD, March 9 - Iraqi forces detained about 150 suspected Islamic State fighters who had slipped across the border from Syria near al-Qaim on Sunday, a military spokesman said. Most of them were Iraqis, he said, but the group also included 11 foreigners. Since the start of the year, more than 1,000 suspected militants have been detained along the frontier.\n'),
     [W("ARREST", None, nats="IRQ", country="IRQ")], 1),
    (('Uzbek preacher held, then expelled by Turkey\n'
      '\n'
      'TASHKENT, March 10 - Turkish police held an Uzbek preacher in Istanbul for four days last week and later expelled him to Tashkent, where he was detained on arrival on Monday, his lawyer said. Uzbek prosecutors accuse him of recruiting for Islamic State.\n'),
     [W("ARREST", 1, nats="UZB", day="2021-03-01", country="TUR"), W("DEPORT", 1, nats="UZB", country="TUR"),
      W("ARREST", 1, nats="UZB", day="2021-03-08", country="UZB")], 0),
    pytest.param(('Kosovo withdraws arrest warrant for imam\n'
                  '\n'
                  'PRISTINA, March 8 - Kosovo prosecutors on Friday withdrew an arrest warrant issued last month for a prominent imam accused of inciting hatred, saying there was not enough evidence. The imam, who denies the charges, had been living in Austria.\n'),
                 [W("ARREST", 1, modality="denied", country="XKX")], 0,
                 marks=pytest.mark.xfail(reason="a withdrawn arrest warrant is no denied arrest (no real text we hold)", strict=True)),
    (('Mozambique militants surrender\n'
      '\n'
      'MAPUTO, March 9 - Twenty-three insurgents surrendered to Mozambican troops in Cabo Delgado province over the weekend, handing over weapons and ammunition, the defence ministry said on Tuesday. Among them were six Tanzanians.\n'),
     [W("ARREST", 23, nats="TZA", day="2021-03-01", country="MOZ")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_27, ids=[f"reports_like_the_unseen_27_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_27))])
def test_reports_written_like_the_unseen_ones_twenty_seventh_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- batch 333 (session 27): coder notes, 25th set, eight notes from eight countries (Mali, Chad,
# Somalia, Pakistan, the Philippines, Syria, Turkey, Afghanistan; an abduction that ended in a killing,
# "Around … (as reported)", a bomb with no casualties): 8 of 8 right when first run.

CODER_NOTES_25 = [
    ("On 3 May 2022, unidentified armed men abducted and later killed a local councillor in Kidal (Kidal). Fatalities: 1.",
     [W("ATTACK", killed=1, day="2022-05-03", country="MLI")]),
    ("On 4 May 2022, Chadian soldiers arrested 9 Boko Haram suspects on an island near Bol (Lac). No casualties were reported.",
     [W("ARREST", 9, day="2022-05-04", country="TCD")]),
    ("On 5 May 2022, an Al Shabaab suicide bomber blew himself up at a checkpoint in Afgooye (Lower Shabelle), killing 3 soldiers and himself. Fatalities: 4.",
     [W("ATTACK", killed=3, day="2022-05-05", country="SOM")]),
    ("On 7 May 2022, Pakistani security forces killed 5 TTP militants in an intelligence-based operation in Mir Ali (North Waziristan). Two soldiers were also killed in the exchange of fire.",
     [W("ATTACK", killed=7, day="2022-05-07", country="PAK")]),
    ("Around 8 May 2022 (as reported), police in Cotabato City (Maguindanao) arrested a suspected BIFF bomb maker and seized improvised explosive devices.",
     [W("ARREST", 1, country="PHL")]),
    ("On 9 May 2022, the Syrian regime shelled the outskirts of Idlib city (Idleb), wounding 6 civilians, including 2 children.",
     [W("ATTACK", wounded=6, day="2022-05-09", country="SYR")]),
    ("On 10 May 2022, Turkish gendarmerie detained 14 suspected ISIS members, including 6 foreign nationals, in raids across Sanliurfa province (Sanliurfa).",
     [W("ARREST", 14, day="2022-05-10", country="TUR")]),
    ("On 11 May 2022, a roadside bomb targeted a police vehicle in Jalalabad (Nangarhar); no casualties were reported.",
     [W("ATTACK", day="2022-05-11", country="AFG")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_25, ids=[f"coder_notes_25_{i}" for i in range(len(CODER_NOTES_25))])
def test_coder_notes_25th_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 334 (session 27): three reports written like the unseen ones, twenty-eighth set (12 held in
# raids "over the past two days" after a mosque bombing claimed by IS's affiliate; a woman from
# Rotterdam jailed, who "travelled to Syria in 2014 with her then husband, a Belgian fighter", and was
# "brought back … with 11 other women and 28 children in February"; a coastguard that "turned back two
# boats carrying about 90 migrants" and detained two Turkish smugglers): 3 of 6 findings right when
# first run. Wrong: the raids of two days were a statistic (a span of hours, days or one week is an
# operation's time, not a period's: data/statistic_cues.json; reports-dev codes channels blocked "over
# the course of a single week" as one act). Left (strict xfails): the women and children brought back
# with her are not counted and the husband's nationality is taken, and boats turned back are counted
# as the people they carry (no real text we hold tells an act on people so). The companions are
# counted now (people told as others or as one's own, hung on the place of the act: en_syntax.people_along).

REPORTS_LIKE_THE_UNSEEN_28 = [
    (('Pakistan arrests 12 over Peshawar mosque bombing\n'
      '\n'
      "ISLAMABAD, March 9 - Pakistani counter-terrorism police arrested 12 suspects, including the alleged handler of the bomber, in raids in Peshawar and the Khyber district over the past two days, provincial officials said on Tuesday. The suicide bombing at a Shia mosque in Peshawar on 4 March killed 63 worshippers and wounded nearly 200. Islamic State's local affiliate said it carried out the attack.\n"),
     [W("ARREST", 12, country="PAK"), W("ATTACK", killed=63, day="2021-03-04", country="PAK")], 0),
    pytest.param(('Dutch court jails Syria returnee\n'
                  '\n'
                  'THE HAGUE, March 10 - A Dutch court on Wednesday sentenced a 31-year-old woman from Rotterdam to three years in prison for membership of a terrorist organisation. She travelled to Syria in 2014 with her then husband, a Belgian fighter who was later killed in an air strike, and was brought back to the Netherlands from a Kurdish-run camp with 11 other women and 28 children in February.\n'),
                 [W("CHARGE", 1, nats="NLD", day="2021-03-10", country="NLD"), W("DEPORT", 40, nats="NLD", day="2021-02-01")], 0,
                 marks=pytest.mark.xfail(reason="the trip's companion, her husband, lends his nationality to the women brought back", strict=True)),
    pytest.param(('Greece turns back migrant boats\n'
                  '\n'
                  'ATHENS, March 8 - The Greek coastguard turned back two boats carrying about 90 migrants off Lesbos on Sunday and detained two suspected Turkish smugglers, the coastguard said. Human rights groups accused Greece of illegal pushbacks, which Athens denies.\n'),
                 [W("ENTRY_BAN", None, day="2021-03-07", country="GRC"), W("ARREST", 2, nats="TUR", day="2021-03-07", country="GRC")], 0,
                 marks=pytest.mark.xfail(reason="boats turned back are counted, not the people they carry", strict=True)),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_28, ids=[f"reports_like_the_unseen_28_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_28))])
def test_reports_written_like_the_unseen_ones_twenty_eighth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize(("text", "events", "aggregates"), [
    ("Police arrested 12 suspects in raids in Peshawar over the past two days, officials said on Tuesday.", 1, 0),
    ("Police have arrested 40 people in the past three days, officials said.", 1, 0),
    ("Police have arrested 400 people in the past six weeks, officials said.", 0, 1),
    ("In the past month, police have detained 30 people.", 0, 1),
], ids=["two_days", "three_days", "six_weeks", "month"])
def test_an_operation_s_days_are_no_period(pipeline: Pipeline, text: str, events: int, aggregates: int) -> None:
    x = run(pipeline, text)
    assert (len(x.events), len(x.aggregates)) == (events, aggregates)


@pytest.mark.parametrize(("text", "total"), [
    ("A woman from Rotterdam was brought back to the Netherlands from a Kurdish-run camp with 11 other women and 28 children in February.", 40),
    ("Police arrested a man at a flat with two other suspects.", 3),
], ids=["camp", "flat"])
def test_companions_the_parser_hung_on_a_place(pipeline: Pipeline, text: str, total: int) -> None:
    # batch 334: people told as others or as one's own, hung on the place of the act, go along
    assert [e.total for e in run(pipeline, text).events] == [total]


# -- batch 335 (session 27): three reports written like the unseen ones, twenty-ninth set (14 foreign
# preachers added to a no-entry list, "Two of them were stopped at Baku airport last month and put on
# the next flight out"; 300 sites blocked "since the start of the year" and "On Monday alone a court
# ordered the closure of 22 pages"; a man and his two sons detained at Tashkent airport "after they were
# deported from Turkey, where they had been held for three months"): 4 of 8 findings right when first
# run, the last findings of the session, left as strict xfails: the two refused at the airport came out
# as an arrest, with no removal (a passive "put on the next flight out" coordinated with "stopped" is
# no removal yet: the parser hangs "out" on the verb); a court's "closure" of pages is no takedown
# noun; and the detention in Turkey, told in a "where" clause as lasting three months, took the day
# of the deportation.

REPORTS_LIKE_THE_UNSEEN_29 = [
    pytest.param(('Azerbaijan bars 14 foreign preachers\n'
                  '\n'
                  'BAKU, March 9 - Azerbaijan has added 14 foreign preachers, most of them from Iran, to a list of people banned from entering the country, the State Committee for Religious Associations said on Tuesday. Two of them were stopped at Baku airport last month and put on the next flight out.\n'),
                 [W("ENTRY_BAN", 14, nats="IRN", day="2021-03-08", country="AZE"), W("ENTRY_BAN", 2, nats="IRN", day="2021-02-01", country="AZE"),
                  W("DEPORT", 2, nats="IRN", day="2021-02-01", country="AZE")], 0,
                 marks=pytest.mark.xfail(reason="refused at the airport and 'put on the next flight out' is read as an arrest", strict=True)),
    pytest.param(('Kazakhstan blocks 300 extremist sites\n'
                  '\n'
                  "ASTANA, March 10 - Kazakhstan's information ministry said on Wednesday it had blocked access to 300 websites carrying extremist material since the start of the year. On Monday alone a court ordered the closure of 22 pages on VKontakte run by a banned Islamist group, it said.\n"),
                 [W("TAKEDOWN", 22, day="2021-03-08", country="KAZ")], 1,
                 marks=pytest.mark.xfail(reason="a court's 'closure' of pages is no takedown noun", strict=True)),
    (('Uzbek returnees held at Tashkent airport\n'
      '\n'
      'TASHKENT, March 8 - Uzbek security officers detained a man and his two adult sons at Tashkent airport on Saturday after they were deported from Turkey, where they had been held for three months on suspicion of trying to reach Syria, a relative said.\n'),
     [W("ARREST", 3, nats="UZB", day="2021-03-06", country="UZB"), W("DEPORT", 3, nats="UZB", country="TUR"),
      W("ARREST", 3, nats="UZB", country="TUR")], 0),
]


@pytest.mark.xfail(reason="a detention told as lasting, in a 'where' clause, takes the removal's day", strict=True)
def test_a_detention_told_as_lasting_has_no_day(pipeline: Pipeline) -> None:
    text = REPORTS_LIKE_THE_UNSEEN_29[2][0]
    held = [e for e in run(pipeline, text).events if e.type == "ARREST" and e.location is not None and e.location.country == "TUR"]
    assert [e.date for e in held] == [None]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_29, ids=[f"reports_like_the_unseen_29_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_29))])
def test_reports_written_like_the_unseen_ones_twenty_ninth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


# -- batch 336 (session 28): three reports written like the unseen ones, thirtieth set (seven men jailed
# in Khujand for recruiting, "Four of them had been extradited from Russia in November"; two held in
# Graz over a church plot, "Both hold Russian passports", the older "turned away at the Hungarian
# border in January while trying to travel to Syria, the ministry said"; Iraq bringing back "94 Iraqi
# families" from al-Hol, "The 381 people, most of them women and children, were taken to …"): 3 of 5
# findings right when first run (the seven men of a Dushanbe dispatch held by a court in Khujand are
# Tajik by the project's conventions: reports-dev codes "Police in Kosovo detained 40 men" so). Wrong:
# the border refusal took Austria, the country of the ministry that told of it (the side of a border is
# the acting state's, never the teller's: Draft.agent_told_it); and the repatriation counted 94
# families as 94 people (households are no head-count; the next sentence's "The 381 people" counts them:
# en_targets._count_told_after).

REPORTS_LIKE_THE_UNSEEN_30 = [
    (('Tajik court jails seven Islamic State recruiters\n'
      '\n'
      "DUSHANBE, March 9 - A court in the northern city of Khujand on Tuesday sentenced seven men to between nine and 14 years in prison for recruiting young Tajiks to fight for Islamic State in Syria, the prosecutor-general's office said. Four of them had been extradited from Russia in November, the office said.\n"),
     [W("CHARGE", 7, nats="TJK", day="2021-03-09", country="TJK"), W("DEPORT", 4, nats="TJK", day="2020-11-01", country="RUS")], 0),
    (('Austrian police hold two over church plot\n'
      '\n'
      'VIENNA, March 8 - Austrian police on Sunday arrested a 19-year-old Chechen-born man and his 22-year-old cousin in Graz on suspicion of planning an attack on a church in Vienna, the interior ministry said. Both hold Russian passports. The older man had been turned away at the Hungarian border in January while trying to travel to Syria, the ministry said.\n'),
     [W("ARREST", 2, nats="RUS", day="2021-03-07", country="AUT"), W("ENTRY_BAN", 1, nats="RUS", day="2021-01-01", country="HUN")], 0),
    (('Iraq repatriates 94 families from al-Hol\n'
      '\n'
      'BAGHDAD, March 9 - Iraq brought back 94 Iraqi families of suspected Islamic State members from the al-Hol camp in north-east Syria on Monday, the migration ministry said. The 381 people, most of them women and children, were taken to a rehabilitation centre at al-Jadaa near Mosul, where they will be screened by security services.\n'),
     [W("DEPORT", 381, nats="IRQ", day="2021-03-08", country="IRQ")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_30, ids=[f"reports_like_the_unseen_30_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_30))])
def test_reports_written_like_the_unseen_ones_thirtieth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize(("text", "country"), [
    ("VIENNA, March 8 - The man had been turned away at the Hungarian border in January, the ministry said.", "HUN"),
    ("VIENNA, March 8 - The man was refused entry at the Hungarian border in January.", "HUN"),
    ("SOFIA, March 8 - Bulgarian border police turned back 50 migrants at the Turkish border on Sunday.", "BGR"),
    ("SOFIA, March 8 - Bulgarian border police detained 11 Afghans near the Turkish border on Sunday.", "BGR"),
], ids=["told_by_a_ministry", "on_the_object", "acting_police", "acting_police_arrest"])
def test_the_side_of_a_border_is_the_acting_state_s(pipeline: Pipeline, text: str, country: str) -> None:
    # batch 336: the body that told of a refusal is not the state that refused
    [event] = run(pipeline, text).events
    assert event.location is not None and event.location.country == country


@pytest.mark.parametrize(("text", "country"), [
    ("VIENNA, March 8 - The man had been turned away at the Greek border in January while trying to reach Turkey, the ministry said.", "GRC"),
    ("The man was arrested in January as he tried to enter Afghanistan.", None),
], ids=["turned_away", "arrested"])
def test_a_place_only_aimed_at_is_not_the_act_s(pipeline: Pipeline, text: str, country: str | None) -> None:
    # event_location marks no place for "killed while trying to enter Turkey", "captured … as he tried to enter Afghanistan"
    [event] = run(pipeline, text).events
    assert (event.location.country if event.location is not None else None) == country


@pytest.mark.parametrize(("text", "total"), [
    ("Iraq brought back 94 Iraqi families from the al-Hol camp in Syria on Monday.", None),
    ("Iraq brought back 94 Iraqi families, 381 people in all, from the al-Hol camp in Syria on Monday.", 381),
    ("Police detained a family of five in Kayseri on Monday.", 5),
    ("Police detained three families in Kayseri on Monday. The five children were taken into care.", None),
    ("Police detained a group of migrants near Van on Monday. The 23 Afghans were taken to a removal centre.", 23),
    ("Police detained a group of migrants near Van on Monday. The 23 were taken to a removal centre.", 23),
], ids=["families", "families_in_all", "family_of_five", "part_told_after", "nationals_told_after", "number_told_after"])
def test_households_are_no_head_count(pipeline: Pipeline, text: str, total: int | None) -> None:
    [event] = run(pipeline, text).events
    assert event.total == total


# -- batch 337 (session 28): three reports written like the unseen ones, thirty-first set (eleven held
# "as they tried to slip across the border into Tajikistan", "Thirty-two others were detained … the
# following morning. All are Uzbek citizens"; a Syrian to be deported, "convicted last year", in custody
# "since his arrest in October 2020", who "faces expulsion"; a raid that killed a commander and two
# bodyguards, "The raid took place on Saturday"): 4 of 6 findings right when first run, and one event
# too many. Wrong: "All are Uzbek citizens" after two acts gave neither its nationality (a subject
# meaning everyone told before gives it to the acts of the sentences just before:
# en_targets._everyone_told_after); and "faces expulsion" was a second planned removal of "the man"
# (a definite noun that takes an earlier person's nationality points back to that person).

REPORTS_LIKE_THE_UNSEEN_31 = [
    (('Kyrgyz border guards detain 11 trying to cross into Tajikistan\n'
      '\n'
      'BISHKEK, March 9 - Kyrgyz border guards detained eleven people, six of them women, as they tried to slip across the border into Tajikistan near Batken on Sunday night, the State Border Service said. Thirty-two others were detained in the same area the following morning. All are Uzbek citizens, it said.\n'),
     [W("ARREST", 11, nats="UZB", day="2021-03-07", country="KGZ"), W("ARREST", 32, nats="UZB", day="2021-03-08", country="KGZ")], 0),
    (('Germany to deport Syrian convicted of IS membership\n'
      '\n'
      'BERLIN, March 10 - German authorities plan to deport a 21-year-old Syrian who was convicted last year of membership of Islamic State, a spokesman for the Saxony interior ministry said on Wednesday. The man, who has been in custody since his arrest in October 2020, faces expulsion once he has served his sentence.\n'),
     [W("DEPORT", 1, nats="SYR", modality="planned", country="DEU"), W("CHARGE", 1, nats="SYR", day="2020-01-01", country="DEU"),
      W("ARREST", 1, nats="SYR", day="2020-10-01", country="DEU")], 0),
    (('Somali forces kill Shabaab commander in raid\n'
      '\n'
      'MOGADISHU, March 8 - Somali special forces killed a senior al Shabaab commander and two of his bodyguards in a night raid on a village near Jilib in the Middle Juba region, the information ministry said on Monday. Four soldiers were wounded. The raid took place on Saturday, a military officer told reporters.\n'),
     [W("ATTACK", killed=3, wounded=4, day="2021-03-06", country="SOM")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_31, ids=[f"reports_like_the_unseen_31_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_31))])
def test_reports_written_like_the_unseen_ones_thirty_first_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize(("text", "nats"), [
    ("Border guards detained eleven people near Batken on Sunday. All are Uzbek citizens, it said.", [["UZB"]]),
    ("Border guards detained eleven people near Batken on Sunday. Thirty-two others were detained there on Monday. All of them are Uzbek citizens.", [["UZB"], ["UZB"]]),
    ("Border guards detained eleven people near Batken on Sunday. Thirty-two others were detained there on Monday. They are all Uzbek citizens.", [["UZB"], ["UZB"]]),
    ("Police detained two men in Osh on Sunday. Both are Kazakh.", [["KAZ"]]),
], ids=["all_are", "all_of_them", "they_are_all", "both_are"])
def test_everyone_told_after(pipeline: Pipeline, text: str, nats: list[list[str]]) -> None:
    # batch 337: a subject meaning everyone told before gives its nationality to the acts just before
    assert [sorted(e.nationalities) for e in run(pipeline, text).events] == nats


@pytest.mark.parametrize(("text", "total", "nats"), [
    ("Police detained a Syrian and two Iraqis near Van on Sunday.", 3, ["IRQ", "SYR"]),
    ("Police detained an Afghan and three Pakistanis near Van on Sunday.", 4, ["AFG", "PAK"]),
], ids=["syrian", "afghan"])
def test_a_nationality_listed_before_a_counted_noun(pipeline: Pipeline, text: str, total: int, nats: list[str]) -> None:
    # the parser makes "a Syrian" an adjective of "two Iraqis", as it does "a 19-year-old" of "two men"
    [event] = run(pipeline, text).events
    assert (event.total, sorted(event.nationalities)) == (total, nats)


# -- batch 338 (session 28): a general-news page, ninth set (a side "held to a goalless draw" and
# "robbed of a clear penalty"; a central bank that "fired a warning shot at lenders"; a warehouse blaze,
# "Nobody was hurt, but the building was destroyed"; a carmaker "charged … with misleading investors";
# a "blistering attack" in parliament; a storm "killing at least 14"; a stabbing and two arrests;
# subscribers who "would face extra charges"): 6 of 8 paragraphs right when first run, 2 of the 4
# events real acts. Wrong: the building destroyed in the blaze was an attack (harm to things is an
# attack only as the work of one: an agent, a weapon or an attack told in the sentence or before;
# `_damage_of_nothing_told`; CASE 2021 has "jets destroyed weapon depots" with its doer). Left (strict
# xfail): fees read as criminal charges (WikiEvents has "additional charges may be brought" of a
# teenager, so a modifier alone cannot tell them apart).

GENERAL_NEWS_9 = [
    ("Liverpool were held to a goalless draw at Burnley on Saturday, and Jurgen Klopp said his side had been robbed of a clear penalty when Mohamed Salah was brought down in the box.", []),
    ("The central bank fired a warning shot at lenders on Tuesday, saying it would not hesitate to raise rates if mortgage arrears kept climbing.", []),
    ("Firefighters battled for six hours to contain a blaze that tore through a furniture warehouse in Leeds overnight. Nobody was hurt, but the building was destroyed.", []),
    ("Shares in the carmaker plunged 12 per cent after regulators in Washington charged the company with misleading investors about the range of its electric vehicles.", []),
    ("The opposition leader launched a blistering attack on the government's housing policy in parliament on Wednesday, accusing ministers of abandoning first-time buyers.", []),
    ("A tropical storm battered the coast of Mozambique on Monday, killing at least 14 people and leaving thousands without power, disaster officials said.", []),
    ("Police in Manchester arrested two men on Sunday after a man was stabbed to death outside a nightclub in the city centre. Both suspects are being questioned.",
     [W("ARREST", 2, day="2021-03-07", country="GBR"), W("ATTACK", killed=1, day="2021-03-07", country="GBR")]),
    pytest.param("The streaming giant has banned password sharing in 30 more countries, and said subscribers caught sharing accounts would face extra charges from next month.", [],
                 marks=pytest.mark.xfail(reason="fees ('would face extra charges') read as criminal charges", strict=True)),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_9, ids=[f"general_news_9_{i}" for i in range(len(GENERAL_NEWS_9))])
def test_a_general_news_page_ninth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


@pytest.mark.parametrize(("text", "attacks"), [
    ("Nobody was hurt, but the building was destroyed.", 0),
    ("Several cars were damaged in the car park.", 0),
    ("The building was destroyed by a car bomb.", 1),
    ("Turkish jets destroyed weapon depots used by the PKK in northern Iraq.", 1),
    ("Militants attacked the village on Monday. Dozens of houses were destroyed.", 1),
], ids=["nothing_told", "cars", "by_a_bomb", "jets", "attack_told_before"])
def test_damage_is_an_attack_only_as_the_work_of_one(pipeline: Pipeline, text: str, attacks: int) -> None:
    assert sum(e.type == "ATTACK" for e in run(pipeline, text).events) == attacks


# -- batch 339 (session 28): coder notes, 26th set, ten notes from ten countries (Burkina Faso, DR
# Congo, Myanmar, Yemen, Bangladesh, Colombia, Mozambique, India, Kenya; group initials JNIM, VDP, ADF,
# ELN, ASWJ, JMB): 9 of 10 right when first run. Wrong: "a VDP position near Djibo" was in Venezuela,
# the militia's initials read as the airport code of Valle de La Pascua (a city's other names in the
# data hold airport codes; the gazetteer indexes none that are not the name's own initials:
# gazetteer._code; "PKK" was Pakokku, "SDF" Louisville, "ADF" Adiyaman, "HTS" Huntington).

CODER_NOTES_26 = [
    ("On 12 June 2022, JNIM militants attacked a VDP position near Djibo (Soum, Sahel). 4 VDP members were killed and several others wounded.",
     [W("ATTACK", killed=4, day="2022-06-12", country="BFA")]),
    ("On 14 June 2022, ADF rebels attacked the village of Mamove in Beni territory (Nord-Kivu), killing 7 civilians with machetes.",
     [W("ATTACK", killed=7, day="2022-06-14", country="COD")]),
    ("On 15 June 2022, the Tatmadaw shelled Kyauk Kyi village in Pale township (Sagaing), killing 2 civilians and injuring 5.",
     [W("ATTACK", killed=2, wounded=5, day="2022-06-15", country="MMR")]),
    ("On 16 June 2022, Houthi forces fired a ballistic missile at a government military camp in Marib city (Marib). Fatalities: 3.",
     [W("ATTACK", killed=3, day="2022-06-16", country="YEM")]),
    ("On 17 June 2022, the Rapid Action Battalion arrested 3 suspected JMB members in Gazipur (Dhaka). Bomb-making materials were seized.",
     [W("ARREST", 3, day="2022-06-17", country="BGD")]),
    ("On 18 June 2022, ELN guerrillas ambushed an army patrol in the rural area of Tame (Arauca), killing 2 soldiers.",
     [W("ATTACK", killed=2, day="2022-06-18", country="COL")]),
    ("On 19 June 2022, suspected ASWJ insurgents beheaded a civilian in Ancuabe district (Cabo Delgado). Fatalities: 1.",
     [W("ATTACK", killed=1, day="2022-06-19", country="MOZ")]),
    ("Around 20 June 2022 (as reported), security forces killed 3 Maoists in an encounter in the forests of Bijapur district (Chhattisgarh).",
     [W("ATTACK", killed=3, country="IND")]),
    ("On 21 June 2022, Burkinabe authorities arrested a local imam in Ouahigouya (Yatenga, Nord) on suspicion of links with jihadist groups.",
     [W("ARREST", 1, nats="BFA", day="2022-06-21", country="BFA")]),
    ("On 22 June 2022, an IED planted by Al Shabaab exploded near a police station in Mandera town (Mandera, North Eastern), injuring 3 police officers.",
     [W("ATTACK", wounded=3, day="2022-06-22", country="KEN")]),
]


@pytest.mark.parametrize(("text", "wants"), CODER_NOTES_26, ids=[f"coder_notes_26_{i}" for i in range(len(CODER_NOTES_26))])
def test_coder_notes_26th_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 340 (session 28): three reports written like the unseen ones, thirty-second set (a Chechen
# held in the Pankisi Gorge "last week" and "handed … over to Russian border guards … on Monday"; four
# smugglers charged "after they allegedly helped at least 30 foreigners, among them Moroccans and
# Egyptians, slip across the border into Syria in 2015 and 2016", "The four, all Turkish nationals,
# were arrested … during the third week of February"; a Bosnian woman flown back from al-Roj with her
# three children and detained, "expected to be charged"): 5 of 8 findings right when first run.
# Wrong: the four arrested took the Egyptians' nationality told before, not the one their own words
# give (a group's apposition outweighs the antecedent); and the charge took the trip's years, was
# "alleged" and filed as a statistic. Left (strict xfail): after the list in apposition the parser
# makes "slip" a verb of the main clause, so the charge is still a statistic and the trips are lost.
# Fixed for the class: a date in an "after" clause with its own subject dates that earlier act
# (en_dates.in_an_earlier_clause), and a hedge there hedges that act only.

REPORTS_LIKE_THE_UNSEEN_32 = [
    (('Georgia hands over Chechen to Russia\n'
      '\n'
      'TBILISI, March 9 - Georgian police detained a 34-year-old Russian citizen of Chechen origin in the Pankisi Gorge last week and handed him over to Russian border guards at the Upper Lars crossing on Monday, the Georgian interior ministry said. Moscow had sought him on charges of fighting for Islamic State in Syria between 2014 and 2016.\n'),
     [W("ARREST", 1, nats="RUS", day="2021-03-01", country="GEO"), W("DEPORT", 1, nats="RUS", day="2021-03-08", country="GEO")], 0),
    pytest.param(('Smugglers charged over Syria route\n'
                  '\n'
                  'ISTANBUL, March 10 - A Turkish court has charged four men with people smuggling after they allegedly helped at least 30 foreigners, among them Moroccans and Egyptians, slip across the border into Syria in 2015 and 2016. The four, all Turkish nationals, were arrested in Gaziantep during the third week of February.\n'),
                 [W("CHARGE", 4, nats="TUR", day="2021-03-08", country="TUR"), W("ARREST", 4, nats="TUR", day="2021-02-15", country="TUR")], 1,
                 marks=pytest.mark.xfail(reason="after a list in apposition the parser makes 'slip' a verb of the main clause", strict=True)),
    (('Bosnian woman returns from camp, faces trial\n'
      '\n'
      'SARAJEVO, March 8 - A Bosnian woman who spent four years in the al-Roj camp in Syria was flown back to Sarajevo on Saturday with her three children and was immediately detained, prosecutors said. She is expected to be charged with joining a terrorist organisation. Her husband, a Bosnian fighter, is believed to have been killed in Baghouz in 2019.\n'),
     [W("DEPORT", 4, nats="BIH", day="2021-03-06", country="BIH"), W("ARREST", 1, nats="BIH", day="2021-03-06", country="BIH"),
      W("CHARGE", 1, nats="BIH", modality="planned", country="BIH")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_32, ids=[f"reports_like_the_unseen_32_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_32))])
def test_reports_written_like_the_unseen_ones_thirty_second_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_an_after_clause_dates_and_hedges_its_own_act(pipeline: Pipeline) -> None:
    text = "A Turkish court has charged four men with people smuggling after they allegedly helped 30 foreigners cross into Syria in 2015."
    [charge] = run(pipeline, text).events
    assert (charge.type, charge.modality, charge.date, charge.date_precision) == ("CHARGE", "asserted", date(2021, 3, 8), "week")


def test_a_group_s_apposition_outweighs_its_antecedent(pipeline: Pipeline) -> None:
    text = ("Police detained 30 foreigners, among them Moroccans and Egyptians, near Kilis on Monday. "
            "The four smugglers, all Turkish nationals, were arrested in Gaziantep on Tuesday.")
    assert [sorted(e.nationalities) for e in run(pipeline, text).events] == [["EGY", "MAR"], ["TUR"]]


# -- batch 341 (session 28): arrests in lower-case wire copy, ninth set ("apprehended three suspected
# militants", "have nabbed 12 suspected kidnappers", "remanded two men in police custody … after they
# were picked up", "has taken into custody a 28-year-old man from kerala", "were rounded up in connection
# with the lynching …", "was finally caught from a hideout", "released on bail on monday, a day after he
# was arrested", "hundreds of protesters were detained across the country over the weekend"): 7 of 8
# right when first run. Wrong: the hundreds detained across the country were one event (a count with no
# figure over a whole country is a statistic, whatever its days, unless it names one operation:
# data/statistic_cues.json "spread"; the Kosovo report of reports-dev, "detained 40 men … in a
# nationwide operation", stays one act).

LOWER_CASE_ARRESTS_9 = [
    ("the counter-terrorism department on tuesday apprehended three suspected militants of a banned outfit during a raid in dera ismail khan and recovered explosives and weapons from their possession.",
     [W("ARREST", 3, day="2021-03-09", country="PAK")], 0),
    ("police in kaduna state have nabbed 12 suspected kidnappers and rescued four victims held in a forest near birnin gwari, the state police spokesman said on sunday.",
     [W("ARREST", 12, country="NGA")], 0),
    ("a local court in srinagar remanded two men in police custody for seven days after they were picked up for allegedly sheltering militants.",
     [W("ARREST", 2, country="IND")], 0),
    ("the national investigation agency has taken into custody a 28-year-old man from kerala for his alleged links with the islamic state, officials said.",
     [W("ARREST", 1, nats="IND", day="2021-03-08", country="IND")], 0),
    ("six people, including a woman, were rounded up in connection with the lynching of a cattle trader in alwar district last week.",
     [W("ARREST", 6, country="IND")], 0),
    ("police said the accused, who had been absconding since the incident in june, was finally caught from a hideout in the outskirts of the city on friday.",
     [W("ARREST", 1, day="2021-03-05")], 0),
    ("the suspect was released on bail on monday, a day after he was arrested at the airport in lagos.",
     [W("ARREST", 1, day="2021-03-07", country="NGA")], 0),
    ("hundreds of protesters were detained across the country over the weekend as demonstrations against the new law turned violent.",
     [], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), LOWER_CASE_ARRESTS_9, ids=[f"lower_case_arrests_9_{i}" for i in range(len(LOWER_CASE_ARRESTS_9))])
def test_arrests_in_lower_case_articles_ninth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize(("text", "events", "aggregates"), [
    ("Hundreds of protesters were detained across the country over the weekend.", 0, 1),
    ("Dozens of migrants have been detained nationwide.", 0, 1),
    ("Hundreds of protesters were detained in Minsk on Sunday.", 1, 0),
    ("Police detained dozens of suspects in a nationwide operation on Monday.", 1, 0),
    ("Police in Kosovo detained 40 men on Monday in a nationwide operation.", 1, 0),
], ids=["across_the_country", "nationwide", "one_city", "one_operation", "counted"])
def test_a_count_with_no_figure_over_a_country(pipeline: Pipeline, text: str, events: int, aggregates: int) -> None:
    x = run(pipeline, text)
    assert (len(x.events), len(x.aggregates)) == (events, aggregates)


# -- batch 342 (session 28): three reports written like the unseen ones, thirty-third set (two brothers
# "who are believed to have travelled to Syria through Sri Lanka and Turkey last month", "at least 200
# Maldivians have gone to fight … since 2014"; 11 Russians caught near Akcakale, "among them four women",
# "They were held for two days and then put on a flight to Moscow", a twelfth who "surrendered to police"
# two days later; a returnee from Mitrovica sentenced, "arrested at Pristina airport in April 2019 when he
# returned with 109 other Kosovars repatriated from camps in Syria"): 5 of 7 findings right when first
# run, and one event too many (the 109 others' repatriation, a reduced relative, is not counted either
# way). Wrong: the brothers' believed trip was lost (a relative pronoun's antecedent is the one a
# believed trip is told of); "They were held" took the four women named "among them" for its group and
# became an act of its own (a part named in the act's own clause leaves the whole group the one pointed
# back to); and "then put on a flight to Moscow", a participle tagged as a base form with "on" read as a
# particle and its people the subject of "held", was no removal (en_frames._removed_by_carrier).

REPORTS_LIKE_THE_UNSEEN_33 = [
    (('Two Maldivian brothers feared to have joined IS\n'
      '\n'
      'MALE, March 9 - Police are searching for two brothers from Fuvahmulah who are believed to have travelled to Syria through Sri Lanka and Turkey last month to join Islamic State, a police spokesman said on Tuesday. Their father told reporters the pair had left for what they said was a religious course in Colombo. Police say at least 200 Maldivians have gone to fight in Syria and Iraq since 2014.\n'),
     [W("TRAVEL", 2, nats="MDV", modality="rumored", day="2021-02-01")], 1),
    (('Turkey sends back 11 Russians caught at border\n'
      '\n'
      'ANKARA, March 10 - Turkish gendarmes caught 11 Russian citizens, among them four women, trying to cross into Syria near Akcakale on Saturday. They were held for two days and then put on a flight to Moscow, the Anadolu agency reported on Wednesday. Two days later a twelfth member of the group surrendered to police in Sanliurfa.\n'),
     [W("ARREST", 11, nats="RUS", day="2021-03-06", country="TUR"), W("DEPORT", 11, nats="RUS", country="TUR"),
      W("ARREST", 1, nats="RUS", day="2021-03-08", country="TUR")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_33, ids=[f"reports_like_the_unseen_33_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_33))])
def test_reports_written_like_the_unseen_ones_thirty_third_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_a_returnee_jailed_and_held_on_his_return(pipeline: Pipeline) -> None:
    # batch 342's third report: the sentence and the arrest on return (the others' repatriation, told
    # by a reduced relative, is left unchecked)
    text = ('PRISTINA, March 8 - A court in Pristina on Monday sentenced a 33-year-old man from Mitrovica to five years in prison for fighting with the Nusra Front in Syria between 2013 and 2015. '
            'He was arrested at Pristina airport in April 2019 when he returned with 109 other Kosovars repatriated from camps in Syria.')
    got = {(e.type, e.total, tuple(sorted(e.nationalities)), e.date) for e in run(pipeline, text).events}
    assert {("CHARGE", 1, ("XKX",), date(2021, 3, 8)), ("ARREST", 1, ("XKX",), date(2019, 4, 1))} <= got


@pytest.mark.parametrize(("text", "types"), [
    ("They were held for two days and then put on a flight to Moscow.", ["ARREST", "DEPORT"]),
    ("The men were detained at the airport and put on the next plane to Istanbul.", ["ARREST", "DEPORT"]),
], ids=["then_put", "next_plane"])
def test_put_on_a_flight_after_being_held(pipeline: Pipeline, text: str, types: list[str]) -> None:
    assert sorted(e.type for e in run(pipeline, text).events) == types


# -- batch 343 (session 28): a general-news page, tenth set (an investor's "dawn raid" on shares; a
# golfer who "shot a seven-under 65"; a software bug that "crashed" a booking system; a book on the
# Volga Germans "deported to Kazakhstan in 1941"; climbers killed by an avalanche; an executive charged
# with fraud; a drag artist "banned" from a library; a lorry driver arrested at Dover after 14 migrants
# were found): 7 of 8 paragraphs right when first run, 2 of the 3 events real acts. Wrong: the golf
# round was an attack (golf's words join the sport sense's context: data/sense.json; the general-news
# pages of issue 12 read sport as acts, "a shot on goal" among them).

GENERAL_NEWS_10 = [
    ("The activist investor launched a dawn raid on the retailer's shares on Monday, snapping up a 12 per cent stake before the market opened.", []),
    ("Rory McIlroy shot a seven-under 65 on Thursday to take a two-shot lead, while the defending champion was knocked out of contention by a triple bogey on the 17th.", []),
    ("A software bug that crashed the airline's booking system left thousands of passengers stranded at Heathrow, and the company said hackers were not involved.", []),
    ("The historian's new book tells how thousands of Volga Germans were deported to Kazakhstan in 1941 and how many died on the journey.", []),
    ("Two climbers were killed and three injured when an avalanche swept through their camp on the slopes of Mont Blanc on Sunday.", []),
    ("Prosecutors in Milan charged the former chief executive with fraud on Tuesday over the collapse of the energy company, which left 4,000 investors out of pocket.",
     [W("CHARGE", 1, day="2021-03-09", country="ITA")]),
    ("The council banned a drag artist from performing at the town's library after complaints from a local church group.", []),
    ("Border Force officers arrested a 45-year-old man at Dover on Saturday after finding 14 migrants hidden in the back of his lorry.",
     [W("ARREST", 1, day="2021-03-06")]),
]


@pytest.mark.parametrize(("text", "wants"), GENERAL_NEWS_10, ids=[f"general_news_10_{i}" for i in range(len(GENERAL_NEWS_10))])
def test_a_general_news_page_tenth_set(pipeline: Pipeline, text: str, wants: list[Want]) -> None:
    check(pipeline, text, wants)


# -- batch 344 (session 28): three reports written like the unseen ones, thirty-fourth set (a grenade
# thrown at a police post near Derbent, "The injured officers were taken to the city hospital"; 27
# migrants held in a Moscow hostel "on New Year's Eve", "Four of them … were later charged with
# financing terrorism"; two Yemenis sentenced to death in Riyadh "for planning a suicide bombing … during
# Ramadan in 2019", "A third defendant, a Saudi, received 25 years in prison"): 2 of 4 findings right
# when first run. Wrong: the charge "later" took the arrest's day (an act told as later than the one
# before takes no day of it: en_story._inherit_dates); the death sentences took the plot's Ramadan (a
# date under "for planning …" on the act is the deed's: en_dates.in_its_reason), and the third
# defendant's 25 years were no part of the verdict ("received 25 years in prison" is a sentence taken,
# as WikiEvents' "gets life in prison"; "a third defendant" is one more of the act's people, as
# "another" is).

REPORTS_LIKE_THE_UNSEEN_34 = [
    (('Grenade attack on Dagestan police post\n'
      '\n'
      'MAKHACHKALA, March 9 - Two policemen were wounded when unknown attackers threw a grenade at a traffic police post on the outskirts of Derbent late on Sunday. The injured officers were taken to the city hospital, where one of them underwent surgery. Investigators have opened a criminal case.\n'),
     [W("ATTACK", wounded=2, day="2021-03-07", country="RUS")], 0),
    (('Uzbek migrants held in Moscow raid\n'
      '\n'
      "MOSCOW, March 10 - Moscow police detained 27 migrants from Central Asia, most of them Uzbek citizens, during a raid on a hostel in the south of the city on New Year's Eve, the interior ministry's regional branch said. Four of them, all aged between 19 and 23, were later charged with financing terrorism. The other suspects were fined and released.\n"),
     [W("ARREST", 27, nats="UZB", day="2020-12-31", country="RUS"), W("CHARGE", 4, nats="UZB", country="RUS")], 0),
    (('Saudi court sentences two over Mecca plot\n'
      '\n'
      'RIYADH, March 8 - A Saudi court has sentenced two Yemeni nationals to death for planning a suicide bombing at the Grand Mosque in Mecca during Ramadan in 2019, the state news agency said. A third defendant, a Saudi, received 25 years in prison. Unlike Yemen, where the men were recruited, Saudi Arabia applies the death penalty for terrorism.\n'),
     [W("CHARGE", 3, nats="YEM SAU", day="2021-03-08", country="SAU")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_34, ids=[f"reports_like_the_unseen_34_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_34))])
def test_reports_written_like_the_unseen_ones_thirty_fourth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_a_charge_told_as_later_takes_no_day(pipeline: Pipeline) -> None:
    text = "Police detained 27 migrants in Moscow on Saturday. Four of them were later charged with financing terrorism."
    charge = next(e for e in run(pipeline, text).events if e.type == "CHARGE")
    assert charge.date is None


@pytest.mark.parametrize(("text", "day"), [
    ("A court has sentenced two men to death for planning a suicide bombing in Mecca in 2019.", date(2021, 3, 8)),
    ("A court on Monday jailed a man for joining Islamic State in 2014.", date(2021, 3, 8)),
], ids=["planning", "joining"])
def test_a_deed_s_date_is_not_the_sentence_s(pipeline: Pipeline, text: str, day: date) -> None:
    [charge] = run(pipeline, text).events
    assert charge.date == day


# -- batch 345 (session 28): three reports written like the unseen ones, thirty-fifth set (three
# teenagers "taken off a bus at the Uzbek border … as they tried to make their way to Syria", a fourth
# boy "thought to have reached Syria in January"; the Netherlands banning "a Syrian-born imam based in
# Belgium"; six Somalis deported "a day after they were arrested in the Eastleigh district of Nairobi",
# two Kenyan women "also detained"): 3 of 6 findings right when first run. Wrong: the ban took Belgium,
# where the imam is based (a place one is based in, like one born or living in, is no act's:
# en_event_place._find_climb; event_location marks none of its 12 "based in X" so); the arrest
# took a South African town for Eastleigh (a place noun's "of" names the wider place, as apposition
# does: "the Eastleigh district of Nairobi"). Left (strict xfail): "taken off a bus" is no stop (no
# real text we hold has the form).

REPORTS_LIKE_THE_UNSEEN_35 = [
    pytest.param(('Tajik teenagers stopped on way to Syria\n'
                  '\n'
                  'DUSHANBE, March 9 - Three teenagers from the Khatlon region were taken off a bus at the Uzbek border on Sunday as they tried to make their way to Syria via Turkey, the interior ministry said. Their parents had reported them missing two days earlier. A fourth boy from the same village is thought to have reached Syria in January.\n'),
                 [W("ARREST", 3, nats="TJK", day="2021-03-07"), W("TRAVEL", 1, nats="TJK", modality="rumored", day="2021-01-01")], 0,
                 marks=pytest.mark.xfail(reason="'taken off a bus' is no stop", strict=True)),
    (('Netherlands bars Syrian imam\n'
      '\n'
      'THE HAGUE, March 8 - The Netherlands has banned a Syrian-born imam based in Belgium from entering the country for five years after he praised attacks on Dutch soldiers in a sermon, the justice ministry said on Monday. It is the third entry ban imposed on a foreign preacher this year.\n'),
     [W("ENTRY_BAN", 1, nats="SYR", day="2021-03-08", country="NLD")], None),
    (('Kenya deports six Somalis over Shabaab links\n'
      '\n'
      'NAIROBI, March 10 - Kenya deported six Somali nationals suspected of links to al Shabaab on Tuesday, a day after they were arrested in the Eastleigh district of Nairobi. Kenyan police also detained two Kenyan women who had hosted the men.\n'),
     [W("DEPORT", 6, nats="SOM", day="2021-03-09", country="KEN"), W("ARREST", 6, nats="SOM", day="2021-03-08", country="KEN"),
      W("ARREST", 2, nats="KEN", country="KEN")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_35, ids=[f"reports_like_the_unseen_35_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_35))])
def test_reports_written_like_the_unseen_ones_thirty_fifth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize(("text", "country"), [
    ("Police arrested six men in the Eastleigh district of Nairobi on Monday.", "KEN"),
    ("The Netherlands has banned an imam based in Belgium from entering the country.", "NLD"),
], ids=["district_of", "based_in"])
def test_wider_places_and_bases(pipeline: Pipeline, text: str, country: str) -> None:
    [event] = run(pipeline, text).events
    assert event.location is not None and event.location.country == country


# -- batch 346 (session 28): three reports written like the unseen ones, thirty-sixth set (a boy of 17
# held in Malmo over a synagogue plot, "Police searched his family's flat …", "The boy, who has Swedish
# and Iraqi citizenship, was remanded in custody … on Tuesday"; 26 children flown home to Azerbaijan from
# Baghdad "late on Tuesday"; traders killed at a market in Titao, "A week earlier, eight soldiers were
# killed in an ambush in the same province"): 4 of 5 findings right when first run. Wrong: the boy's
# citizenships, told two sentences on, past a sentence about a search, were lost (the one person told
# back by the same noun after one sentence of no act: en_targets._same_person_next).

REPORTS_LIKE_THE_UNSEEN_36 = [
    (('Swedish police arrest teenager over synagogue plot\n'
      '\n'
      "STOCKHOLM, March 9 - Swedish police arrested a 17-year-old boy in Malmo on Monday on suspicion of preparing a terrorist attack on a synagogue, the Security Service said. Police searched his family's flat and seized a knife and a home-made explosive device. The boy, who has Swedish and Iraqi citizenship, was remanded in custody by a district court on Tuesday.\n"),
     [W("ARREST", 1, nats="SWE IRQ", day="2021-03-08", country="SWE")], 0),
    (('Azerbaijan returns 26 children from Iraq\n'
      '\n'
      "BAKU, March 10 - Azerbaijan has repatriated 26 children of citizens who joined Islamic State, flying them home from Baghdad on a government plane late on Tuesday, the ombudsman's office said. The youngest is two years old; most of their mothers are serving prison sentences in Iraq.\n"),
     [W("DEPORT", 26, nats="AZE", day="2021-03-09", country="AZE")], 0),
    (('Gunmen kill five at Burkina market\n'
      '\n'
      'OUAGADOUGOU, March 8 - Suspected jihadists on motorbikes opened fire at a cattle market in the northern town of Titao on Sunday, killing five traders, security sources said. A week earlier, eight soldiers were killed in an ambush in the same province.\n'),
     [W("ATTACK", killed=5, day="2021-03-07", country="BFA"), W("ATTACK", killed=8, country="BFA")], 0),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_36, ids=[f"reports_like_the_unseen_36_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_36))])
def test_reports_written_like_the_unseen_ones_thirty_sixth_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


@pytest.mark.parametrize(("text", "nats"), [
    ("Police arrested a 17-year-old boy in Malmo on Monday. Police searched his family's flat. The boy has Swedish and Iraqi citizenship.", ["IRQ", "SWE"]),
    ("Police arrested a man in Graz on Monday. Officers searched the flat. The man holds Austrian citizenship.", ["AUT"]),
    ("Police arrested a man in Graz on Monday. Officers searched the flat. The officer holds Austrian citizenship.", []),
], ids=["same_noun", "the_man", "another_person"])
def test_one_person_told_back_past_a_sentence_of_no_act(pipeline: Pipeline, text: str, nats: list[str]) -> None:
    [event] = run(pipeline, text).events
    assert sorted(event.nationalities) == nats


# -- batch 347 (session 28, its last): two reports written like the unseen ones, thirty-seventh set (six
# women and ten children repatriated to Belgium "overnight", "The women, all Belgian nationals, were
# detained on arrival", beside "16 children in 2019"; four militants killed in a Karachi shootout, "A
# policeman was injured", "wanted for the killing of a Shia cleric last year"): 4 of 4 findings right when
# first run (the cleric's killing, named as what the dead were wanted for, is left unjudged).

REPORTS_LIKE_THE_UNSEEN_37 = [
    (('Belgium takes back six IS women from Syria\n'
      '\n'
      "BRUSSELS, March 9 - Belgium repatriated six women and ten children from the Roj camp in north-eastern Syria overnight, the federal prosecutor's office said on Tuesday. The women, all Belgian nationals, were detained on arrival at Melsbroek military airport and will be questioned by investigating judges. Belgium brought back 16 children in 2019.\n"),
     [W("DEPORT", 16, nats="BEL", day="2021-03-09", country="BEL"), W("ARREST", 6, nats="BEL", day="2021-03-09", country="BEL")], 1),
]


@pytest.mark.parametrize(("text", "wants", "aggregates"), REPORTS_LIKE_THE_UNSEEN_37, ids=[f"reports_like_the_unseen_37_{i}" for i in range(len(REPORTS_LIKE_THE_UNSEEN_37))])
def test_reports_written_like_the_unseen_ones_thirty_seventh_set(pipeline: Pipeline, text: str, wants: list[Want], aggregates: int | None) -> None:
    check(pipeline, text, wants, aggregates=aggregates)


def test_a_shootout_and_what_the_dead_were_wanted_for(pipeline: Pipeline) -> None:
    text = ('Pakistan police kill four militants in Karachi shootout\n\n'
            'KARACHI, March 10 - Counter-terrorism police killed four suspected militants of a banned sectarian group in a shootout in '
            "Karachi's Manghopir area early on Wednesday, a police spokesman said. A policeman was injured. The dead men were wanted for "
            'the killing of a Shia cleric last year, he said.')
    shootout = [e for e in run(pipeline, text).events if e.type == "ATTACK" and e.date == date(2021, 3, 10)]
    assert [(e.killed, e.wounded, e.location.country if e.location else None) for e in shootout] == [(4, 1, "PAK")]
