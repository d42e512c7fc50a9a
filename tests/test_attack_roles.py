"""ATTACK roles (perpetrators, victims, objects, weapons): the record, the store, the extractor."""

from __future__ import annotations

from pathlib import Path

from watchfloor.model import Document, Event, Evidence, Extraction
from watchfloor.store import Store

TEXT = "Gunmen shot dead the mayor, Ana Ruiz, and set fire to the town hall with petrol bombs."


def _attack(**roles: list[str]) -> Event:
    return Event(id="e1", type="ATTACK", evidence=Evidence(0, len(TEXT), TEXT), **roles)  # type: ignore[arg-type]


def test_roles_are_in_the_gold_dict_only_when_found() -> None:
    bare = _attack().to_gold()
    assert not {"perpetrators", "victims", "objects", "weapons"} & set(bare)
    full = _attack(perpetrators=["Gunmen"], victims=["Ana Ruiz"], objects=["the town hall"], weapons=["petrol bombs"])
    gold = full.to_gold()
    assert gold["perpetrators"] == ["Gunmen"] and gold["victims"] == ["Ana Ruiz"]
    assert gold["objects"] == ["the town hall"] and gold["weapons"] == ["petrol bombs"]


def test_roles_round_trip_through_the_store(tmp_path: Path) -> None:
    event = _attack(perpetrators=["Gunmen"], victims=["Ana Ruiz"], objects=["the town hall"], weapons=["petrol bombs"])
    document = Document(doc_id="d1", text=TEXT, language="en")
    with Store.open(tmp_path / "wf.sqlite") as store:
        store.add(document, Extraction(doc_id="d1", events=[event, Event(id="e2", type="ATTACK", evidence=event.evidence)]))
    with Store.open(tmp_path / "wf.sqlite") as store:
        stored = {s.event.id: s.event for s in store.events()}
    assert stored["e1"].perpetrators == ["Gunmen"] and stored["e1"].victims == ["Ana Ruiz"]
    assert stored["e1"].objects == ["the town hall"] and stored["e1"].weapons == ["petrol bombs"]
    assert stored["e2"].perpetrators == [] and stored["e2"].weapons == []


def _attack_of(pipeline, text: str) -> Event:  # type: ignore[no-untyped-def]
    extraction = pipeline.extract(Document(doc_id="t", text=text, language="en"))
    attacks: list[Event] = [e for e in extraction.events if e.type == "ATTACK"]
    assert attacks, f"no attack found in {text!r}"
    return attacks[0]


def _lower(values: list[str]) -> list[str]:
    return [v.lower() for v in values]


def test_muc_style_triggers_are_attacks() -> None:
    from watchfloor.extract.ontology import load_ontology

    ontology = load_ontology()
    for verb in ("kidnap", "abduct", "murder", "assassinate", "massacre", "dynamite", "torch"):
        assert ontology.verb_types(verb) == ["ATTACK"], verb
    for noun in ("kidnapping", "assassination", "arson", "massacre", "murder"):
        assert ontology.noun_types(noun) == ["ATTACK"], noun
    assert ontology.phrasal_types("gun", "down") == ["ATTACK"]
    assert ontology.phrasal_types("set", "on") == ["ATTACK"]  # "set the bus on fire"
    assert ontology.passive_types("destroy") == ["ATTACK"]  # "500 homes were destroyed"
    assert ontology.verb_types("destroy") == []  # "destroyed their ballots" is no attack


def test_perpetrators_objects_and_a_named_victim(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(
        pipeline,
        "Urban guerrillas set fire to a bus in the town of Usulutan on Tuesday. "
        "The driver, Mario Quesada, was killed in the attack.",
    )
    assert "urban guerrillas" in _lower(event.perpetrators)
    assert "bus" in _lower(event.objects)
    assert "mario quesada" in _lower(event.victims)


def test_passive_kidnapping_by_armed_men(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(pipeline, "The mayor of Santa Ana, Rosa Lopez, was kidnapped by three armed men on Monday.")
    assert _lower(event.victims) == ["rosa lopez"]
    assert _lower(event.perpetrators) == ["three armed men"]


def test_a_car_bomb_and_the_building_it_hit(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(pipeline, "A car bomb exploded outside the offices of the Electoral Council in Bogota on Friday.")
    assert _lower(event.weapons) == ["car bomb"]
    assert _lower(event.objects) == ["offices of the electoral council"]
    assert event.weapon == "bomb"


def test_a_named_group_is_the_affiliation_its_fighters_the_perpetrators(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(pipeline, "FMLN urban commandos blew up two power pylons near the capital on Sunday.")
    assert _lower(event.perpetrators) == ["urban commandos"]
    assert event.affiliation == "FMLN"
    assert _lower(event.objects) == ["power pylons"]


def test_lower_case_text_gives_the_same_roles(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(pipeline, "police are investigating the murder of journalist ana ortiz in lima on friday.")
    assert _lower(event.victims) == ["ana ortiz"]
    assert event.evidence.text == event.evidence.text.lower()  # evidence quotes the text as written


def test_a_later_sentence_adds_to_the_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(
        pipeline,
        "Gunmen attacked a police station in the north of the country on Monday. "
        "The attackers used grenades and rifles, officials said.",
    )
    assert {"grenades", "rifles"} <= set(_lower(event.weapons))
    assert "police station" in _lower(event.objects)


def test_weapons_seized_are_not_weapons_used(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(
        pipeline, "Rebels attacked a bus with grenades near the border on Monday, and troops later recovered three rifles."
    )
    assert "grenades" in _lower(event.weapons)
    assert "rifles" not in _lower(event.weapons)


# Role patterns added for MUC-4 (issue 12), each seen in several MUC-4 train documents and in
# WikiEvents train; the sentences below are our own. First pass of the first batch (9 tests,
# written after the rules from the train analysis): 7 passed; the two failures were a test too
# strict ("rebel commandos of the ELN" is a right answer) and weapons seized read as a verb's
# object. A rule for "X's murder" (X the victim) was dropped: MUC-4 has it, no other source here.


def test_whoever_claimed_credit_did_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(
        pipeline,
        "A bomb exploded at a bank in the centre of the city on Monday. "
        "Rebel commandos of the ELN later claimed credit for the bombing.",
    )
    assert any(p.startswith("rebel commandos") for p in _lower(event.perpetrators))


def test_the_subject_of_carried_out_and_the_agent_of_perpetrated(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(pipeline, "Masked gunmen carried out an attack on a police post near the border on Friday.")
    assert "masked gunmen" in _lower(event.perpetrators)
    event = _attack_of(
        pipeline, "Three farmers were killed on Sunday in a massacre that was perpetrated by paramilitary squads."
    )
    assert "paramilitary squads" in _lower(event.perpetrators)


def test_the_thing_a_bomb_went_off_in_or_in_front_of(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(pipeline, "A bomb exploded in a crowded restaurant of the old town on Saturday night.")
    assert "restaurant" in " ".join(_lower(event.objects))
    event = _attack_of(pipeline, "A grenade exploded in front of the courthouse on Tuesday morning, wounding a guard.")
    assert "courthouse" in " ".join(_lower(event.objects))
    event = _attack_of(pipeline, "A bomb exploded in Lima on Tuesday morning.")
    assert event.objects == []  # a place is where, not what


def test_the_short_name_of_a_victim_told_in_full_is_the_same_victim() -> None:
    from watchfloor.external.muc4 import _longest_names

    entities = [["maria elena gomez"], ["gomez"], ["pedro ruiz"], ["elena gomez"]]
    assert _longest_names(entities) == [["maria elena gomez"], ["pedro ruiz"]]


def test_weapons_in_a_list_of_what_was_seized_are_not_weapons_used(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(
        pipeline,
        "Rebels ambushed a convoy with grenades on Monday; troops later seized two rifles and 40 sticks of dynamite.",
    )
    assert "grenades" in _lower(event.weapons)
    assert not {"rifles", "dynamite", "sticks of dynamite"} & set(_lower(event.weapons))


def test_who_the_text_holds_responsible_attributes_or_credits(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(
        pipeline,
        "Two bombs exploded at a bus terminal in the capital on Monday, wounding six people. "
        "The bombing was attributed to drug traffickers.",
    )
    assert "drug traffickers" in _lower(event.perpetrators)
    event = _attack_of(
        pipeline,
        "Nine farmers were massacred in a village in the north on Sunday. "
        "The minister said that paramilitary gunmen were responsible for the massacre.",
    )
    assert "paramilitary gunmen" in _lower(event.perpetrators)
    event = _attack_of(
        pipeline,
        "A priest was shot dead outside his church on Friday. Officials said the crime was the work of hired killers.",
    )
    assert "hired killers" in _lower(event.perpetrators)


def test_the_one_who_blamed_an_attack_did_not_do_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(
        pipeline, "A bomb exploded at a market on Monday. Police officers blamed the bombing on rebel commandos."
    )
    assert "police officers" not in _lower(event.perpetrators)
    assert any(p.startswith("rebel commandos") for p in _lower(event.perpetrators))



def test_a_target_is_named_without_its_count(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(pipeline, "Rebels set fire to at least three buses at a depot in the capital on Sunday.")
    assert _lower(event.objects) == ["buses"]
    event = _attack_of(pipeline, "Guerrillas dynamited about five power pylons near the town of Rio Frio on Sunday night.")
    assert _lower(event.objects) == ["power pylons"]


def test_a_role_before_a_name_is_no_part_of_it() -> None:
    from spacy.tokens import Span

    from watchfloor.extract.en_roles import _strip_titles
    from watchfloor.nlp.english import load_english

    doc = load_english()("Policemen Gabriel Garay and Soldier Luis Ortega were killed.")
    doc.ents = [Span(doc, 0, 3, "PERSON"), Span(doc, 4, 7, "PERSON")]  # the NER took the role in
    assert [_strip_titles(e) for e in doc.ents] == ["Gabriel Garay", "Luis Ortega"]


# Batch M1 (session 7): a victim told by part of the name is the person the story named in full.
# First pass: 0/3.
def test_a_victim_named_by_surname_is_the_person_named_in_full(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(
        pipeline,
        "Union leader Marta Elena Quiroga Salas spoke at a rally in the port on Sunday. "
        "On Monday night Quiroga Salas was shot dead by two men outside her home.",
    )
    assert "marta elena quiroga salas" in _lower(event.victims) and "quiroga salas" not in _lower(event.victims)
    event = _attack_of(
        pipeline,
        "Judge Tomas Arriaga Benitez had received threats for months. "
        "Gunmen killed Arriaga on Tuesday as he left the courthouse.",
    )
    assert _lower(event.victims) == ["tomas arriaga benitez"]
    event = _attack_of(
        pipeline, "Father Ignacio Ferrer Olmos was a known critic of the army. Ferrer was abducted on Saturday by armed men."
    )
    assert _lower(event.victims) == ["ignacio ferrer olmos"]


# Batch M2 (session 7): people said to have taken part in the act are its culprits ("were involved
# in", "took part in", "implicated in"). First pass: 0/4.
def test_people_involved_in_the_act_are_its_culprits(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(
        pipeline,
        "Two farm workers were shot dead near the river on Saturday. "
        "The governor said that three policemen were involved in the killing.",
    )
    assert "three policemen" in _lower(event.perpetrators)
    event = _attack_of(
        pipeline,
        "A car bomb exploded outside the tax office on Monday. "
        "Investigators believe that at least four urban guerrillas participated in the attack.",
    )
    assert any(p.endswith("urban guerrillas") for p in _lower(event.perpetrators))
    event = _attack_of(
        pipeline,
        "The judge was kidnapped outside his home last week. The minister implicated two soldiers in the kidnapping.",
    )
    assert "two soldiers" in _lower(event.perpetrators)
    event = _attack_of(
        pipeline,
        "A radio station was set on fire on Friday. Police named the gunmen implicated in the arson.",
    )
    assert "gunmen" in _lower(event.perpetrators)


# Batch M3 (session 7): a weapon named only as "weapons" says no kind; a kind makes it one.
# First pass: 1/2.
def test_bare_weapons_name_no_weapon(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(pipeline, "Gunmen attacked a bus with weapons near the market on Tuesday.")
    assert event.weapons == []
    event = _attack_of(pipeline, "Gunmen attacked a bus with assault weapons near the market on Tuesday.")
    assert _lower(event.weapons) == ["assault weapons"]


# Batch M4 (session 7): a target's owner is part of it, by "of" or a possessive; its place is not.
# First pass: 2/4.
def test_a_target_keeps_its_owner(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(pipeline, "Rebels dynamited the home of a local judge in the north on Sunday.")
    assert _lower(event.objects) == ["home of a local judge"]
    event = _attack_of(pipeline, "Unknown men set fire to the offices of two farm cooperatives on Monday.")
    assert _lower(event.objects) == ["offices of two farm cooperatives"]
    event = _attack_of(pipeline, "A bomb exploded at El Diario's offices in the capital on Friday.")
    assert _lower(event.objects) == ["el diario's offices"]
    event = _attack_of(pipeline, "Guerrillas burned the police station of San Pedro on Sunday.")
    assert _lower(event.objects) == ["police station of san pedro"]


# Batch M5 (session 7): victims named after the act ("the dead were identified as …", "the
# victims are …"). First pass: 0/3.
def test_victims_named_after_the_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(
        pipeline,
        "Gunmen shot dead two farmers on a road near the border on Thursday. "
        "The victims were identified as Pedro Almeida Rocha and Jorge Villanueva.",
    )
    assert {"pedro almeida rocha", "jorge villanueva"} <= set(_lower(event.victims))
    event = _attack_of(
        pipeline,
        "A bomb exploded in a bus station on Sunday, killing a guard. The dead man was identified as Hugo Serrano.",
    )
    assert "hugo serrano" in _lower(event.victims)
    event = _attack_of(
        pipeline,
        "Three people died when rebels attacked a farm on Monday. The victims were Ana Beltran, Luis Beltran and Rosa Mejia.",
    )
    assert {"ana beltran", "luis beltran", "rosa mejia"} <= set(_lower(event.victims))


# Batch M5b: the same with the wounded ("the injured were …"). First pass: 0/1.
def test_wounded_named_after_the_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _attack_of(
        pipeline,
        "A grenade exploded at a bus stop in the north of the city on Friday. "
        "The injured were Marcos Quintanilla and Elena Navarro.",
    )
    assert {"marcos quintanilla", "elena navarro"} <= set(_lower(event.victims))
