"""English extraction rules, each on sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.model import Document, Extraction
from watchfloor.pipeline import Pipeline

PUBLISHED = date(2015, 4, 9)  # a Thursday


def run(pipeline: Pipeline, text: str, published: date = PUBLISHED) -> Extraction:
    return pipeline.extract(Document(doc_id="t", text=text, language="en", published=published))


def only(extraction: Extraction, type_: str | None = None):  # type: ignore[no-untyped-def]
    events = [e for e in extraction.events if type_ is None or e.type == type_]
    assert len(events) == 1, [e.to_gold() for e in extraction.events]
    return events[0]


def test_two_clauses_two_events_with_their_own_dates(pipeline: Pipeline) -> None:
    x = run(pipeline, "Three Uzbeks were arrested on April 2, and four more were detained on April 6, police in Kilis said.")
    assert [(e.type, e.date, e.total, set(e.nationalities)) for e in x.events] == [
        ("ARREST", date(2015, 4, 2), 3, {"UZB"}),
        ("ARREST", date(2015, 4, 6), 4, {"UZB"}),
    ]
    assert all(e.location and e.location.country == "TUR" for e in x.events)


def test_total_of_earlier_events_is_an_aggregate(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Over the past week, police in Turkey say they have detained nine Uzbek citizens. "
        "Four Uzbeks were caught on Monday near Kilis, and five more were held on Tuesday.",
    )
    assert len(x.events) == 2
    assert len(x.aggregates) == 1
    agg = x.aggregates[0]
    assert agg.total == 9 and agg.nationality == "UZB" and agg.covers == ["e1", "e2"]


def test_list_of_nationalities_with_counts_and_ethnicity(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "In March, Germany said it had deported several Tunisians, a Chechen, and an Uzbek."))
    assert e.type == "DEPORT"
    assert (e.date, e.date_precision) == (date(2015, 3, 1), "month")
    targets = [(t.count, t.nationality, t.ethnicity) for t in e.targets]
    assert targets == [(None, "TUN", None), (1, "RUS", "Chechen"), (1, "UZB", None)]
    assert e.total is None and e.total_min == 4
    assert e.location is not None and e.location.country == "DEU"


def test_origins_give_nationalities_and_week_precision(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Officials said suspects from Belgium, Kosovo and Tajikistan had been held in southern Turkey this week."))
    assert e.nationalities == {"BEL", "XKX", "TJK"}
    assert (e.date, e.date_precision) == (date(2015, 4, 6), "week")
    assert e.location is not None and (e.location.country, e.location.admin1) == ("TUR", None)


def test_intent_is_not_an_event(pipeline: Pipeline) -> None:
    x = run(pipeline, "Many young men keep trying to travel to Syria to join the militants.")
    assert x.events == []


def test_definite_back_reference_is_not_a_new_event(pipeline: Pipeline) -> None:
    x = run(pipeline, "The arrests of the nine Uzbeks are part of a wider crackdown.")
    assert x.events == []


def test_planned_deportation(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "The 12 foreigners will be deported after questioning, the governor's office said."))
    assert (e.type, e.modality, e.total) == ("DEPORT", "planned", 12)


def test_attribution_from_according_to(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Police detained 15 Afghan nationals in Hatay on Sunday, according to the Anadolu news agency."))
    assert e.attribution == "Anadolu"
    assert (e.date, e.total, e.nationalities) == (date(2015, 4, 5), 15, {"AFG"})
    assert e.location is not None and e.location.admin1 == "Hatay"


def test_statistic_is_not_an_event(pipeline: Pipeline) -> None:
    x = run(pipeline, "Since 2014, about 2,000 people have been deported, the ministry said.")
    assert x.events == []
    assert len(x.aggregates) == 1 and x.aggregates[0].covers == []


def test_military_agent_and_digits(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "The Turkish Armed Forces said they had captured 11 Moroccans and 4 Libyans on Monday."))
    assert e.total == 15 and e.nationalities == {"MAR", "LBY"}
    assert e.agent is not None and (e.agent.country, e.agent.sector) == ("TUR", "MIL")
    assert e.date == date(2015, 4, 6)


def test_evidence_points_into_the_text(pipeline: Pipeline) -> None:
    text = "Border guards arrested two Dutch nationals near Reyhanli on Tuesday."
    e = only(run(pipeline, text))
    assert text[e.evidence.start : e.evidence.end] == e.evidence.text
    assert "arrested two Dutch nationals" in e.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people protested peacefully in the capital on Sunday.",
        "The minister said the government would review its border policy.",
    ],
)
def test_no_event_in_protest_or_policy(pipeline: Pipeline, text: str) -> None:
    assert run(pipeline, text).events == []


def test_channel_claim_with_speaker_platform_and_date(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "On April 6, Border Watch, a channel on Telegram, published an urgent post. "
        "It is still possible to cross the border, the post said.",
    )
    assert len(x.claims) == 1
    c = x.claims[0]
    assert (c.topic, c.stance, c.platform) == ("turkey-syria-border-crossable", "affirm", "Telegram")
    assert c.speaker.text == "Border Watch" and c.speaker.kind == "channel"
    assert c.date == date(2015, 4, 6)


def test_dateline_gives_country_not_the_event_date(pipeline: Pipeline) -> None:
    text = "ISTANBUL, April 8 (Border Wire) - Police detained six Tunisians on Monday, officials said."
    e = only(run(pipeline, text))
    assert e.date == date(2015, 4, 6)  # Monday, not the dateline's April 8
    assert e.location is not None and e.location.country == "TUR"
    assert e.evidence.text.startswith("Police detained")


def test_follow_up_sentence_adds_nationalities(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Police detained 19 foreign nationals in Kilis on Tuesday. "
        "Among the suspects were citizens of Egypt, Jordan and Libya, the sources said.",
    )
    e = only(x)
    assert e.total == 19 and e.nationalities == {"EGY", "JOR", "LBY"}


def test_with_them_merges_into_the_earlier_event(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Gendarmes detained twelve Uzbek nationals near the border, a local paper reported on Wednesday. "
        "Eight more Afghans were caught with them at dawn on Sunday, April 5, the newspaper added.",
    )
    e = only(x)
    assert e.total == 20 and e.nationalities == {"UZB", "AFG"} and e.date == date(2015, 4, 5)


def test_planned_deportation_of_the_same_group(pipeline: Pipeline) -> None:
    x = run(pipeline, "Police caught a group of 16 Syrians in Kilis on Tuesday. They were handed over to the gendarmerie to be deported.")
    arrest, deport = x.events
    assert (arrest.type, arrest.total, arrest.nationalities) == ("ARREST", 16, {"SYR"})
    assert (deport.type, deport.modality, deport.total) == ("DEPORT", "planned", 16)


def test_including_adds_a_target(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Dozens of migrants were detained in Edirne on Sunday, including one Turkish citizen."))
    assert (1, "TUR") in [(t.count, t.nationality) for t in e.targets]
    assert e.total is None  # "dozens" commits to no figure


def test_denied_report(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Officials denied reports that 20 Russians had been detained in Akcakale."))
    assert (e.modality, e.total, e.nationalities) == ("denied", 20, {"RUS"})
    assert e.location is not None and e.location.admin1 == "Sanliurfa"


def test_standing_bans_and_tallies_are_not_events(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Some 10,000 people from 91 countries are banned from entering Turkey. "
        "Judges sentenced 13 recruits during July and August for joining the militants.",
    )
    assert x.events == []
    assert len(x.aggregates) == 2 and all(a.covers == [] for a in x.aggregates)


def test_terse_conflict_description(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "On 9 May 2020, clashes erupted between the army and rebels in Tillaberi region, killing 3 soldiers."))
    assert (e.type, e.date, e.killed, e.targets) == ("ATTACK", date(2020, 5, 9), 3, [])
    assert e.location is not None and (e.location.country, e.location.admin1) == ("NER", "Tillaberi")


def test_one_attack_with_killed_and_wounded(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "A roadside bomb killed four soldiers and wounded seven in Hakkari province on Thursday."))
    assert (e.type, e.killed, e.wounded, e.date) == ("ATTACK", 4, 7, date(2015, 4, 9))
    assert e.location is not None and e.location.admin1 == "Hakkari"


def test_arrest_abroad_with_security_forces(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Security forces arrested two members of a militant cell in Kano on Friday."))
    assert (e.type, e.total, e.date) == ("ARREST", 2, date(2015, 4, 3))
    assert e.location is not None and (e.location.country, e.location.admin1) == ("NGA", "Kano")


def test_offence_place_is_not_the_arrest_place(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Azerbaijan has arrested five of its citizens suspected of fighting in Iraq and Syria."))
    assert e.location is not None and e.location.country == "AZE"
    assert e.nationalities == {"AZE"} and e.total == 5
    assert (e.date, e.date_precision) == (date(2015, 4, 6), "week")  # present perfect: this week


def test_background_travel_of_the_arrested_is_not_an_event(pipeline: Pipeline) -> None:
    x = run(pipeline, "Police detained nine men in Tashkent on Monday. Six of them had travelled to Syria in 2014.")
    assert [e.type for e in x.events] == ["ARREST"]


def test_reported_trip_to_a_war_zone_is_travel(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Two brothers from Cardiff travelled to Syria on Monday, their family said."))
    assert (e.type, e.date, e.destination) == ("TRAVEL", date(2015, 4, 6), "SYR")


def test_official_statement_without_a_topic_is_an_unassigned_claim(pipeline: Pipeline) -> None:
    x = run(pipeline, "The interior minister said on Tuesday that the new law would not target refugees.")
    (claim,) = x.claims
    assert claim.topic == "unassigned" and claim.stance == "deny" and claim.speaker.kind == "official"
    assert claim.date == date(2015, 4, 7)


def test_event_reports_and_figures_are_attributions_not_claims(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Police said they had detained four Belgians in Hatay on Monday. "
        "Rifles and ammunition were seized, a spokesman said. "
        "The ministry said 1,400 people had been deported since 2014.",
    )
    assert x.claims == []


def test_denial_by_a_ministry_is_a_claim_with_its_stance(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "A tabloid described the suspect as a senior commander of the group. "
        "The state interior ministry rejected that description, saying the man was not a leader.",
    )
    speakers = [(c.speaker.text, c.stance) for c in x.claims]
    assert ("A tabloid", "affirm") in speakers and ("The state interior ministry", "deny") in speakers
    assert len(x.claims) == 2  # "rejected…, saying…" is one statement


def test_nobody_in_particular_makes_no_claim(pipeline: Pipeline) -> None:
    x = run(pipeline, "For years, governments were accused of looking away. News reports say more men are leaving.")
    assert x.claims == []


def test_lone_sentence_inside_a_larger_verdict_is_one_event(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "A court in Ghent on Wednesday sentenced the group's leader Omar Veldt to ten years in prison. "
        "The court convicted 30 of the 31 people who had been indicted.",
    )
    e = only(x, "CHARGE")
    assert e.total == 30 and e.date == date(2015, 4, 8)


def test_captures_during_an_offensive_are_a_tally(pipeline: Pipeline) -> None:
    x = run(pipeline, "The ministry said 240 militants had been captured during the recent offensive.")
    assert x.events == [] and len(x.aggregates) == 1


def test_announced_week_long_count(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "The platform said on Wednesday that it had blocked 40 channels over the course of a single week."))
    assert (e.type, e.total, e.date, e.date_precision) == ("TAKEDOWN", 40, date(2015, 4, 6), "week")


def test_statement_clause_on_the_noun(pipeline: Pipeline) -> None:
    x = run(pipeline, "The president said in a statement that the country would never become a haven for militants.")
    (claim,) = x.claims
    assert claim.evidence.text.startswith("the country would never become")


def test_takedown_counts_channels_without_nationality(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "A messaging service said on Monday it had blocked 31 public channels that spread propaganda. "
        "Among them were channels in Turkish and Arabic.",
    )
    e = only(x)
    assert (e.type, e.total, e.nationalities) == ("TAKEDOWN", 31, frozenset())
    assert e.targets[0].kind == "channel"


def test_headline_is_not_extracted(pipeline: Pipeline) -> None:
    x = run(pipeline, "Officials deny mass arrest of Afghans in Kilis\n\nKILIS - Police detained three Afghans on Monday.")
    e = only(x)
    assert e.total == 3 and "Police detained" in e.evidence.text


def test_a_news_portal_is_not_the_agent_of_a_conviction(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "A local news portal reported that a man had been convicted of fighting in Syria."))
    assert e.type == "CHARGE" and (e.agent is None or e.agent.text is None)


def test_authorities_arrest_as_police(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Authorities in Turkey said they had arrested four Uzbeks on Monday."))
    assert e.agent is not None and (e.agent.country, e.agent.sector) == ("TUR", "POL")


def test_deportees_go_home_unless_told_otherwise(pipeline: Pipeline) -> None:
    home = only(run(pipeline, "On Tuesday Turkey deported a Belgian national who had been held in Izmir."), "DEPORT")
    assert home.destination == "BEL"
    mixed = only(run(pipeline, "Turkey deported two Belgians and a Moroccan on Tuesday."), "DEPORT")
    assert mixed.destination is None  # two nationalities: no single home to infer


def test_the_same_ministry_is_the_one_named_before(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "BAKU, April 9 (Caspian Wire) - Azerbaijan has detained nine men, the national security ministry said. "
        "Last year the same ministry announced the arrest of 20 men who had returned from Syria.",
    )
    later = x.events[-1]
    assert later.agent is not None
    assert (later.agent.sector, later.agent.country, later.agent.name) == ("POL", "AZE", "Ministry of National Security")


def test_an_acronym_in_brackets_joins_the_attribution(pipeline: Pipeline) -> None:
    e = only(
        run(pipeline, "Bosnia's Border Protection Bureau (BPB) said officers had detained four men near Zvornik on Monday.")
    )
    assert e.attribution is not None and "BPB" in e.attribution  # the form other outlets use


def test_a_follow_up_of_the_same_people_keeps_the_source(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Gendarmes detained twelve Moroccans near the border on Monday, security sources said. "
        "They will be handed over to the migration office for deportation.",
    )
    arrest, deport = only(x, "ARREST"), only(x, "DEPORT")
    assert arrest.attribution == "security sources"
    assert deport.attribution == "security sources" and deport.modality == "planned"


def test_a_platform_named_in_apposition_is_the_source(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "The video platform YouTube said on Friday it had removed 40 channels run by the group."))
    assert e.type == "TAKEDOWN"
    assert e.attribution == "YouTube"
    assert e.agent is not None and e.agent.sector == "OTH"


def test_the_crossing_of_the_same_people_places_their_trip(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Relatives now believe the two brothers have travelled to Iraq. "
        "A friend said the pair crossed the border from Syria last week.",
    )
    trip = only(x, "TRAVEL")
    assert trip.destination == "IRQ"
    assert trip.location is not None and trip.location.country == "SYR"
    strangers = run(pipeline, "Relatives believe the brothers have travelled to Iraq. Four men crossed the border from Syria.")
    assert only(strangers, "TRAVEL").location is None  # other people's crossing says nothing of this trip


def test_a_state_acting_is_not_placed_in_the_datelines_province(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "IZMIR, Turkey, April 9 (Aegean Wire) - Police detained six Moroccans on Wednesday. "
        "Separately, Turkey deported a Dutch national on Tuesday.",
    )
    arrest, deport = only(x, "ARREST"), only(x, "DEPORT")
    assert arrest.location is not None and arrest.location.admin1 == "Izmir"
    assert deport.location is not None and (deport.location.country, deport.location.admin1) == ("TUR", None)


def test_a_vague_source_gives_way_to_the_named_official_quoted_next(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Police in Albania detained 12 men on Monday in raids on suspected recruiters, officials said. "
        "Weapons were seized at several addresses, police spokeswoman Ana Duka told reporters.",
    )
    assert only(x, "ARREST").attribution == "police spokeswoman Ana Duka"
    kept = run(pipeline, "Police in Albania detained 12 men on Monday, officials said. The raids went on all day.")
    assert only(kept, "ARREST").attribution == "officials"


def test_a_source_several_clauses_above_the_act_is_found(pipeline: Pipeline) -> None:
    e = only(
        run(
            pipeline,
            "Kent Police now say one of the brothers has sent a message in a way that suggests "
            "the whole family has travelled to Syria.",
        )
    )
    assert e.type == "TRAVEL" and e.attribution == "Kent Police"


def test_the_storys_group_for_its_deported_and_wanted_suspects(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "A court in Antwerp on Tuesday convicted 20 members of an Islamic State cell. "
        "The judges also ordered the arrest of 12 defendants believed to be abroad. "
        "On Wednesday Turkey deported a Dutch national, and seven more Dutch citizens will be deported next week.",
    )
    wanted = only(x, "ARREST")
    assert (wanted.modality, wanted.affiliation) == ("planned", "IS")
    deported = [e for e in x.events if e.type == "DEPORT"]
    assert [(e.modality, e.affiliation) for e in deported] == [("asserted", "IS"), ("planned", None)]


def test_a_group_named_of_those_just_arrested_is_their_affiliation(pipeline: Pipeline) -> None:
    # a long first paragraph keeps the group out of the story's opening lines
    opening = (
        "Albania has spent the year rebuilding its border service, with new posts in the mountains, "
        "new vehicles from European donors and a training programme run with Italian officers. "
        "Ministers have promised more of the same next year, and the budget debate in parliament "
        "was mostly about roads and schools rather than security.\n\n"
    )
    x = run(
        pipeline,
        opening + "Police in Albania detained 12 men on Monday in raids across the country. "
        "A spokesman said those arrested had fought for the al-Nusra Front in Syria.",
    )
    assert only(x, "ARREST").affiliation == "Nusra"
    unrelated = run(
        pipeline,
        opening + "Police in Albania detained 12 men on Monday in raids across the country. "
        "The al-Nusra Front has lost ground in Syria this year.",
    )
    assert only(unrelated, "ARREST").affiliation is None  # the group is not said of these men


def test_an_attack_whose_terrorist_motive_is_ruled_out_is_not_the_groups(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Islamic State claimed two attacks in Bavaria in July. On 22 July a gunman killed four people "
        "in a shopping street in Bamberg; investigators have ruled out a terrorist motive.",
    )
    attack = only(x, "ATTACK")
    assert attack.killed == 4 and attack.affiliation is None


def test_among_them_counts_are_part_of_the_total(pipeline: Pipeline) -> None:
    e = only(
        run(pipeline, "Greece on Friday expelled nine foreign nationals, among them two Tunisians and three Moroccans, officials said."),
        "DEPORT",
    )
    assert e.total == 9
    assert {(t.count, t.nationality) for t in e.targets} >= {(2, "TUN"), (3, "MAR")}


def test_an_attack_by_no_named_side_is_an_unidentified_armed_groups(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "On Tuesday a bomb exploded at a market in Quetta, killing three people."), "ATTACK")
    assert e.killed == 3
    assert e.agent is not None and (e.agent.text, e.agent.sector) == (None, "REB/INS")


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("On 9 May 2020, clashes erupted between al-Shabaab and army troops in Janaale, Marka district, killing 3.", "SOM", "Lower Shabelle"),
        ("On 20 August 2020, Turkish airstrikes hit a village in Sinjat district, Nineveh, killing one PKK member.", "IRQ", "Ninawa"),
        ("Russian airstrikes on Idlib killed 12 civilians on Sunday.", "SYR", "Idlib"),
    ],
)
def test_terse_conflict_reports_find_the_wider_place(pipeline: Pipeline, text: str, country: str, admin1: str) -> None:
    e = only(run(pipeline, text), "ATTACK")
    assert e.location is not None and (e.location.country, e.location.admin1) == (country, admin1)
    assert e.killed is not None


def test_a_states_strikes_are_its_military(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Russian airstrikes on Idlib killed 12 civilians on Sunday."), "ATTACK")
    assert e.agent is not None and (e.agent.text, e.agent.country, e.agent.sector) == ("Russian airstrikes", "RUS", "MIL")


def test_a_place_in_apposition_is_not_a_target(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "On 2 November 2022, police arrested 12 suspected ISWAP members in Maiduguri, Borno state."))
    assert (e.total, e.affiliation) == (12, "ISWAP")
    assert e.location is not None and e.location.admin1 == "Borno"


def test_a_planned_act_on_a_weekday_is_the_coming_one(pipeline: Pipeline) -> None:
    planned = only(run(pipeline, "Eleven Dutch citizens will be deported on Monday, the ministry said."))
    assert (planned.modality, planned.date) == ("planned", date(2015, 4, 13))  # published on a Thursday
    done = only(run(pipeline, "Eleven Dutch citizens were deported on Monday, the ministry said."))
    assert (done.modality, done.date) == ("asserted", date(2015, 4, 6))


def test_later_in_the_day_is_the_day_just_told(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Greece expelled a Libyan national on Tuesday. A Tunisian was due to be flown back later in the day, an official said.",
    )
    assert [(e.modality, e.date) for e in x.events] == [("asserted", date(2015, 4, 7)), ("planned", date(2015, 4, 7))]


def test_people_who_would_follow_undergo_the_same_act(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "Greece expelled a Libyan national on Tuesday, and officials said four Egyptians "
        "and two Sudanese held in Athens would follow.",
    )
    deport, follow = [e for e in x.events if e.type == "DEPORT"]
    assert (deport.modality, deport.total) == ("asserted", 1)
    assert (follow.modality, follow.total, follow.nationalities, follow.date) == ("planned", 6, {"EGY", "SDN"}, None)


def test_a_gapped_clause_is_another_act_with_its_own_day(pipeline: Pipeline) -> None:
    x = run(
        pipeline,
        "The spokesman said a Belgian was due to be sent home on Friday, three more Belgians on Monday.",
        published=date(2015, 4, 9),
    )
    deports = sorted((e.total, e.date) for e in x.events if e.type == "DEPORT")
    assert deports == [(1, date(2015, 4, 10)), (3, date(2015, 4, 13))]


@pytest.mark.parametrize(
    ("phrase", "total", "total_min"),
    [
        ("more than 30 Pakistanis", None, 31),  # the bound itself is excluded
        ("at least 30 Pakistanis", None, 30),
        ("about 30 Pakistanis", None, None),  # an approximation commits to no minimum
        ("30 Pakistanis", 30, None),
    ],
)
def test_a_committed_lower_bound_is_the_minimum(pipeline: Pipeline, phrase: str, total: int | None, total_min: int | None) -> None:
    e = only(run(pipeline, f"Saudi Arabia deported {phrase} in March."))
    assert (e.total, e.total_min) == (total, total_min)


@pytest.mark.parametrize(
    "text",
    [
        "Greek police said they had denied entry to eight Moroccans at Athens airport on Saturday.",
        "Hungary denied eight Moroccans entry on Saturday.",
        "Border guards refused entry to eight Moroccans at the Kapikule crossing on Saturday.",
    ],
)
def test_denied_entry_is_an_entry_ban_of_those_people(pipeline: Pipeline, text: str) -> None:
    e = only(run(pipeline, text))
    assert (e.type, e.total, e.nationalities, e.date) == ("ENTRY_BAN", 8, {"MAR"}, date(2015, 4, 4))


def test_those_who_deny_an_arrest_did_not_make_it(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Officials denied that any Russians had been detained in Hatay."))
    assert e.modality == "denied"
    assert e.agent is None or e.agent.text is None


def test_relative_days_count_from_the_datelines_date(pipeline: Pipeline) -> None:
    # published a week after the dispatch was filed: "on Tuesday" is the Tuesday before the dateline
    e = only(
        run(
            pipeline,
            "IZMIR, April 2 (Aegean Wire) - Police detained nine Afghans near Cesme on Tuesday, officials said.",
            published=date(2015, 4, 9),
        )
    )
    assert (e.date, e.reported) == (date(2015, 3, 31), date(2015, 4, 2))


def test_a_trip_is_placed_where_it_started(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Two brothers from Cardiff left Britain for Syria in February, their family said."))
    assert (e.type, e.total, e.destination) == ("TRAVEL", 2, "SYR")
    assert e.location is not None and e.location.country == "GBR"


def test_arrested_on_return_to_a_city_is_arrested_there(pipeline: Pipeline) -> None:
    e = only(
        run(pipeline, "A Kazakh man who fought in Syria was arrested on his return to Almaty, the National Security Committee said.")
    )
    assert e.location is not None and (e.location.country, e.location.place) == ("KAZ", "Almaty")
    assert e.agent is not None and (e.agent.country, e.agent.sector) == ("KAZ", "POL")


def test_one_person_described_twice_is_one_person(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "The suspect, a 32-year-old Tunisian, was taken into custody in Milan on Thursday."))
    assert (e.total, e.nationalities) == (1, {"TUN"})
    listed = only(run(pipeline, "Gendarmes detained 300 Syrians, two Iraqis and a Turkish citizen close to Kilis."))
    assert listed.total == 303


def test_a_court_named_by_its_city_acts_there(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "An Istanbul court on Wednesday jailed 12 suspects pending trial."))
    assert e.type == "CHARGE" and e.location is not None and e.location.admin1 == "Istanbul"


def test_a_person_named_by_a_role_is_a_target(pipeline: Pipeline) -> None:
    e = only(run(pipeline, "Tajikistan's Supreme Court sentenced a former police commander to 20 years in absentia."))
    assert (e.type, e.total) == ("CHARGE", 1)


@pytest.mark.parametrize(
    ("text", "type_", "total"),
    [
        ("Turkey carried out 1,154 deportations last year, the ministry said.", "DEPORT", 1154),
        ("The register now counts 19,500 people banned from ever travelling to Turkey.", "ENTRY_BAN", 19500),
        ("Police said roughly 1,600 people had been detained in raids since 24 July.", "ARREST", 1600),
        ("Roughly 1,500 suspected would-be fighters have been deported since 2014.", "DEPORT", 1500),
    ],
)
def test_counted_tallies_are_aggregates_with_their_stated_figure(pipeline: Pipeline, text: str, type_: str, total: int) -> None:
    x = run(pipeline, text)
    assert x.events == []
    assert [(a.type, a.total) for a in x.aggregates] == [(type_, total)]


def test_a_small_counted_group_is_still_an_event(pipeline: Pipeline) -> None:
    x = run(pipeline, "Police detained 40 men in raids in Pristina on Monday.")
    assert [(e.type, e.total) for e in x.events] == [("ARREST", 40)] and x.aggregates == []


def test_an_operation_over_a_few_days_is_an_event_dated_by_its_first(pipeline: Pipeline) -> None:
    x = run(pipeline, "Between 6 and 8 April Kazakhstan brought back 120 Kazakh citizens from camps in Syria.")
    event = only(x, "DEPORT")
    assert (event.date, event.total) == (date(2015, 4, 6), 120)
    assert not x.aggregates


def test_a_count_between_two_distant_days_is_a_statistic(pipeline: Pipeline) -> None:
    x = run(pipeline, "Between 1 January and 30 March police in Almaty detained 40 people.")
    assert not x.events
    assert [a.total for a in x.aggregates] == [40]


def test_a_holiday_before_a_time_word_is_no_place(pipeline: Pipeline) -> None:
    # the gazetteer knows hamlets named after holidays; "Easter morning" is a time
    event = only(run(pipeline, "Two bombs exploded on Easter morning at a church in Colombo, killing nine people."), "ATTACK")
    assert event.location is not None and event.location.country == "LKA"


def test_a_building_named_by_its_saint_is_no_town(pipeline: Pipeline) -> None:
    event = only(run(pipeline, "A bomb went off at St Mary's Church in Negombo on Sunday, killing four people."), "ATTACK")
    assert event.location is not None and (event.location.country, event.location.place) == ("LKA", "Negombo")


def test_a_headline_ending_on_a_quote_is_a_headline(pipeline: Pipeline) -> None:
    x = run(pipeline, 'Two men held at Schiphol; minister "shocked"\n\nTwo men were arrested at Schiphol airport on Tuesday.')
    assert [(e.type, e.total, e.date) for e in x.events] == [("ARREST", 2, date(2015, 4, 7))]


def test_she_does_not_take_the_nationality_of_a_man_told_before(pipeline: Pipeline) -> None:
    x = run(pipeline, "A Dutch woman was held in Urfa in 2018 together with an Algerian man. The Netherlands now wants her "
                      "expelled to Morocco, as she holds only Moroccan nationality.")
    event = only(x, "DEPORT")
    assert event.modality == "planned"
    assert set(event.nationalities) != {"DZA"}


def test_the_wider_place_of_a_persons_origin_is_not_where_she_was_held(pipeline: Pipeline) -> None:
    event = only(run(pipeline, "Amina K. (27), from Molenbeek in Brussels, was detained by Turkish police in April, "
                               "her family said."), "ARREST")
    assert event.location is not None and event.location.country == "TUR"
    assert (event.total, set(event.nationalities)) == (1, {"BEL"})


def test_the_place_of_an_act_under_inquiry_is_not_the_arrests(pipeline: Pipeline) -> None:
    event = only(run(pipeline, "Dutch police on Tuesday arrested Karim Z., the last suspect at large in the "
                               "investigation into the March bombings on Brussels."), "ARREST")
    assert event.location is not None and event.location.country == "NLD"


def test_a_past_tense_the_parser_reads_as_a_participle_is_still_the_act(pipeline: Pipeline) -> None:
    # a reduced relative cannot take a direct object: "a bomber on foot killed 12 people" is finite
    event = only(run(pipeline, "SYRIA. On 2 April 2015, a gunman on a motorbike killed at least nine people near a "
                               "market in Azaz (Aleppo province)."), "ATTACK")
    assert (event.date, event.killed) == (date(2015, 4, 2), None)  # "at least nine" is a bound, not a count


def test_an_attack_told_by_its_rising_toll_is_the_attack(pipeline: Pipeline) -> None:
    event = only(run(pipeline, "The death toll from the suicide car bombing in Peshawar on Monday has risen to 52, "
                               "police said on Wednesday."), "ATTACK")
    assert (event.date, event.location and event.location.country) == (date(2015, 4, 6), "PAK")


def test_a_small_namesake_abroad_under_another_spelling_is_no_place(pipeline: Pipeline) -> None:
    # the gazetteer's Ravda (Bulgaria, 2,500 people) is not the Egyptian village of al-Rawda
    x = run(pipeline, "CAIRO, 8 April 2015 - Gunmen killed four people at a mosque in al-Rawda on Tuesday, "
                      "officials in Ismailia said.")
    event = only(x, "ATTACK")
    assert event.location is not None and event.location.country == "EGY"


def test_the_group_acronym_is_is_no_verb(pipeline: Pipeline) -> None:
    # with "IS" read as the verb "is", the couple's removal had no subject and was lost
    event = only(run(pipeline, "The Malaysian pair wanted to get into IS territory via Turkey but were deported "
                               "to Malaysia in 2014."), "DEPORT")
    assert (event.total, set(event.nationalities)) == (2, {"MYS"})


def test_people_named_by_an_earlier_act_in_the_past_perfect_are_no_new_act(pipeline: Pipeline) -> None:
    x = run(pipeline, "Two men who had been arrested with the suspect were freed on Saturday after questioning.")
    assert not [e for e in x.events if e.type == "ARREST"]


@pytest.mark.parametrize(("text", "total"), [
    ("Four men linked to the bombing are in police custody, police in Kano said on Wednesday.", 4),
    ("A teenager is in custody, police said on Wednesday.", 1),
])
def test_people_in_custody_now_were_taken_this_week(pipeline: Pipeline, text: str, total: int) -> None:
    event = only(run(pipeline, text), "ARREST")
    assert (event.total, event.date, event.date_precision) == (total, date(2015, 4, 6), "week")


def test_remaining_in_custody_tells_no_new_arrest(pipeline: Pipeline) -> None:
    x = run(pipeline, "Police in Kano arrested two men on Monday. Ten others were released; the two remain in custody.")
    assert [(e.type, e.total) for e in x.events] == [("ARREST", 2)]


def test_refused_entry_is_done_to_the_passives_subject_with_her_stated_nationality(pipeline: Pipeline) -> None:
    x = run(pipeline, "A Dutch woman was stopped in Turkey in 2014. The Netherlands stripped her of her citizenship; "
                      "these days she has only Moroccan citizenship, and was refused entry at Brussels airport on Tuesday.")
    event = only(x, "ENTRY_BAN")
    assert (event.total, set(event.nationalities), event.date) == (1, {"MAR"}, date(2015, 4, 7))
