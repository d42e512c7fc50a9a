"""Verb frames that make an act from their arguments (English).

A verb that is no trigger by itself names an act of ours when its arguments say so: a person put on
a plane bound elsewhere is being removed; a grenade thrown, a missile fired at a town, shells that
land on it, jets that destroy a depot, chlorine used against a town are attacks; "beaten to death"
kills. Each frame needs its arguments (a weapon, a carrier and a bound), so the verb alone ("threw the
ball", "launched a campaign", "used the money") stays nothing. `extract/english.py` asks
`frame_types` for the tokens its lexicon does not know.
"""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.extract.tree import kids, subtree
from watchfloor.extract.word_classes import word_class
from watchfloor.normalize.nationality import country_code, nationality_of

# Violence that kills when done "to death" (not "sentenced", "starved" or "crushed to death").
TO_DEATH_VERBS = word_class("en_frames", "TO_DEATH_VERBS")


def _to_death(verb: Token) -> bool:
    """'stabbed two people to death', 'was beaten to death'."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "death" for o in kids(c)) for c in kids(verb))


def died_after(verb: Token) -> bool:
    """'was shot six times and died on the spot', 'was shot by a sniper and later died' (MUC-4 and
    event_location have both): the one hurt died of it."""
    return any(c.dep_ == "auxpass" for c in kids(verb)) and any(
        c.dep_ == "conj" and c.lemma_.lower() == "die" and not any(s.dep_ in ("nsubj", "nsubjpass") for s in kids(c))
        for c in kids(verb))


# phrasal verbs that tell a killing in news use ("gunned down a doctor", "were mowed down"): real
# news and MUC-4 write them of the dead; a wounding is told by its own word beside them
KILLING_PHRASALS = word_class("en_frames", "KILLING_PHRASALS")


def _burnt_alive(verb: Token) -> bool:
    """'was burnt alive in his car', 'burned alive': a killing (event_location has both spellings)."""
    return verb.lemma_.lower() == "burn" and any(c.lower_ == "alive" for c in kids(verb))


def _gunned_down(verb: Token) -> bool:
    """'gunned down a doctor', 'two officers were gunned down', 'mowed down by a truck'."""
    return verb.lemma_.lower() in KILLING_PHRASALS and any(c.dep_ == "prt" and c.lower_ == "down" for c in kids(verb))


THROW_VERBS = word_class("en_frames", "THROW_VERBS")
THROWN_WEAPONS = word_class("en_frames", "THROWN_WEAPONS")
POLICE_MUNITIONS = word_class("en_frames", "POLICE_MUNITIONS")


def _throws_a_weapon(verb: Token) -> bool:
    """'lobbed a grenade at', 'a petrol bomb was thrown at the house', 'hurled explosives': a
    weapon thrown is an attack (not the police's smoke or stun grenades, not "bombs" of an idiom
    without a weapon's word beside them)."""
    for c in kids(verb):
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        lemma = c.lemma_.lower()
        if lemma not in THROWN_WEAPONS or any(m.lower_ in POLICE_MUNITIONS for m in kids(c)):
            continue
        if lemma == "device" and not any(m.lower_ in ("explosive", "incendiary") for m in kids(c)):
            continue
        if lemma == "cocktail" and not any(m.lower_ == "molotov" for m in subtree(c)):
            continue
        return True
    return False



CARRIER_VERBS = word_class("en_frames", "CARRIER_VERBS")
CARRIER_NOUNS = word_class("en_frames", "CARRIER_NOUNS")
CARED_FOR = word_class("en_frames", "CARED_FOR")


def _carrier(tok: Token) -> bool:
    """'a plane', 'a flight', and "a flight home" that the parser reads as a compound."""
    return tok.lemma_.lower() in CARRIER_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in CARRIER_NOUNS for c in kids(tok)
    )


def _boarded(trig: Token) -> list[Token]:
    """The carriers people are put on ("on a plane to Brussels"); also where the parser takes the "on"
    for a particle and the carrier for the object ("then put on a flight to Moscow")."""
    carriers = [o for prep in kids(trig) if prep.dep_ == "prep" and prep.lower_ in ("on", "onto", "aboard")
                for o in kids(prep) if o.dep_ == "pobj" and _carrier(o)]
    if not carriers and any(c.dep_ == "prt" and c.lower_ in ("on", "onto", "aboard") for c in kids(trig)):
        carriers = [o for o in kids(trig) if o.dep_ == "dobj" and _carrier(o)]
    return carriers


def _removal_heads(trig: Token) -> list[Token]:
    """Where a removal's "to" phrase hangs: the verb, its "back" or "home", or its carrier
    ("put on a flight home to Norway", "on a plane to Brussels")."""
    heads = [trig]
    if trig.pos_ == "NOUN" and trig.dep_ == "dobj":
        heads.append(trig.head)  # "will seek her removal to Morocco": the phrase hangs on the verb
    heads.extend(_boarded(trig))
    return heads + [c for h in heads for c in kids(h) if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home")]


def _removed_by_carrier(trig: Token) -> bool:
    """People put on a plane, ferry or bus bound elsewhere ("back to Austria", "to Oslo",
    "home") by those who hold them are being removed; the injured put on a helicopter to a
    hospital and goods put on a plane are not (the carrier and the bound both needed)."""
    carriers = _boarded(trig)
    if not carriers:
        return False
    people = [c for c in kids(trig) if c.dep_ in ("dobj", "nsubjpass") and c not in carriers]
    if not people and trig.dep_ == "conj":
        people = [c for c in kids(trig.head) if c.dep_ == "nsubjpass"]  # "They were held … and then put on a flight"
    if not people or any(p.lemma_.lower() in CARED_FOR or p.lower_ in CARED_FOR for p in people):
        return False
    heads = _removal_heads(trig)
    return any(h.lower_ in ("back", "home") for h in heads) or any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to"
        and any(o.ent_type_ in ("GPE", "LOC") or o.pos_ == "PROPN" and o.ent_type_ != "PERSON" for o in kids(c))
        for h in heads for c in kids(h)
    )  # bound for a country or a city ("to Oslo"), not "put on buses to the voting centres"


# Munitions fired, launched or dropped, and that land, hit or explode.
MUNITIONS = word_class("en_frames", "MUNITIONS")
FIRE_VERBS = word_class("en_frames", "FIRE_VERBS")
LANDING_VERBS = word_class("en_frames", "LANDING_VERBS")
# Armed platforms whose destruction of a thing is an attack on it ("jets destroyed an arms store").
PLATFORMS = word_class("en_frames", "PLATFORMS")
DESTROY_VERBS = word_class("en_frames", "DESTROY_VERBS")
AIR_FORCES = word_class("en_frames", "AIR_FORCES")
CHEMICAL_AGENTS = word_class("en_frames", "CHEMICAL_AGENTS")
TIME_WORDS = word_class("en_frames", "TIME_WORDS")
AIMING_PREPS = word_class("en_frames", "AIMING_PREPS")
HARMLESS_TARGETS = word_class("en_frames", "HARMLESS_TARGETS")


def _munition(tok: Token) -> bool:
    """'rockets', 'mortar rounds', 'barrel bombs', 'artillery shells' (not a test or a drone delivery)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN":
        return False  # "Shell struck a deal": a name, not a shell
    if lemma in ("round", "rounds"):
        return any(c.lower_ in ("mortar", "artillery", "tank") for c in kids(tok))
    if lemma in CONTAINERS:  # "dropped containers of toxic gas", "canisters of chlorine"
        return any(o.lower_ in CHEMICAL_AGENTS for p in kids(tok) if p.lower_ == "of" for o in subtree(p))
    if lemma == "device":  # "an explosive device hit a patrol" (WikiEvents: "explosive device hits")
        return any(c.lower_ in ("explosive", "incendiary") for c in kids(tok))
    return lemma in MUNITIONS and not any(c.lower_ in ("test", "delivery", "stun", "smoke") for c in kids(tok))


CONTAINERS = word_class("en_frames", "CONTAINERS")


# Crowd control ("fired tear gas and rubber bullets to disperse protesters": CASE 2021 and
# WikiEvents have 14 such sentences): the police's means of dispersal, no attack.
CROWD_CONTROL = {"gas": {"tear"}, "teargas": set(), "bullet": {"rubber", "plastic"}, "cannon": {"water"},
                 "grenade": {"stun", "smoke", "flash"}, "spray": {"pepper"}, "round": {"rubber"}}


def crowd_control(verb: Token) -> bool:
    """'police fired tear gas to disperse protesters', 'used water cannons': every thing fired or
    used is a means of dispersal."""
    things = [m for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass") for m in (c, *[x for x in kids(c) if x.dep_ == "conj"])]
    if not things:
        return False
    for thing in things:
        kinds = CROWD_CONTROL.get(thing.lemma_.lower())
        if kinds is None:
            return False
        if kinds and not any(c.lower_ in kinds for c in kids(thing)):
            return False
    return True


# People one employs: "fired 200 workers", "fired the coach" is a dismissal.
EMPLOYEES = word_class("en_frames", "EMPLOYEES")


def dismissal(verb: Token) -> bool:
    """'The company fired 200 workers', 'the president fired his chief of staff': "fire" with the
    people one employs as its object and nothing fired at anyone."""
    if verb.lemma_.lower() != "fire":
        return False
    employed = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in EMPLOYEES]
    if employed and any(c.dep_ == "nummod" for c in kids(employed[0])):
        return True  # "fired 200 workers at its plant": a count of staff let go, wherever they worked
    if any(
        c.dep_ == "prep" and c.lower_ in AIMING_PREPS
        and not all(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in TIME_WORDS for o in kids(c) if o.dep_ == "pobj")
        for c in kids(verb)
    ):
        return False  # "fired at the workers"; not "fired his chief of staff on Friday"
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in EMPLOYEES for c in kids(verb))


def _aimed(verb: Token, *, munitions: tuple[Token, ...] = ()) -> bool:
    """A target or a place the munition is sent to: "at an airfield", "on the town", "into Israel"
    (not "into the sea")."""
    # the target hangs on the verb or on the munition ("launched drones against Kyiv"), or deeper in the
    # munition's phrase ("fired 40 artillery shells carrying toxic gas on the defenders")
    heads = (verb, *(t for m in munitions for t in subtree(m)))
    return any(
        prep.dep_ == "prep" and prep.lower_ in AIMING_PREPS
        and not (prep.lower_ == "at" and any(m.lemma_.lower() == "drone" for m in munitions))  # "a drone at a trade show"
        and any(o.lemma_.lower() not in HARMLESS_TARGETS and o.ent_type_ not in ("DATE", "TIME")
                and o.lemma_.lower() not in TIME_WORDS for o in kids(prep) if o.dep_ == "pobj")
        for head in heads for prep in kids(head)
    )


def _fires_munitions(verb: Token) -> bool:
    """'launched 30 cruise missiles at an airfield', 'helicopters dropped barrel bombs on the town',
    'mortar rounds were fired at the base'."""
    if verb.lemma_.lower() not in FIRE_VERBS:
        return False
    fired = tuple(c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass") and _munition(c))
    return bool(fired) and _aimed(verb, munitions=fired)


def _munitions_land(verb: Token) -> bool:
    """'several mortar rounds landed near the base', 'a rocket hit a school' (not "fell into the sea")."""
    if verb.lemma_.lower() not in LANDING_VERBS:
        return False
    subject = [c for c in kids(verb) if c.dep_ == "nsubj" and _munition(c)]
    if not subject:
        return False
    return _aimed(verb) or any(c.dep_ == "dobj" and c.lemma_.lower() not in HARMLESS_TARGETS for c in kids(verb))


def _platform_destroys(verb: Token) -> bool:
    """'jets destroyed two ammunition stores', 'the air force destroyed a convoy of trucks'."""
    if verb.lemma_.lower() not in DESTROY_VERBS or not any(c.dep_ == "dobj" for c in kids(verb)):
        return False
    for c in kids(verb):
        if c.dep_ != "nsubj":
            continue
        lemma = c.lemma_.lower()
        if lemma in PLATFORMS:
            return True
        if lemma in AIR_FORCES and any(m.lower_ in ("air", "naval") for m in subtree(c)):
            return True  # "the Syrian Air Force", "naval forces"
    return False


def _uses_chemicals(verb: Token) -> bool:
    """'used chlorine gas against the town', 'poison gas was used in attacks on …'."""
    if verb.lemma_.lower() not in ("use", "deploy", "unleash", "release"):
        return False
    chemical = any(
        c.dep_ in ("dobj", "nsubjpass") and any(t.lower_ in CHEMICAL_AGENTS for t in subtree(c) if t.i <= c.i)
        and not any(t.lower_ in ("tear", "pepper", "smoke", "stun") for t in subtree(c))  # "riot police used tear gas"
        for c in kids(verb)
    )
    # "six people killed when government forces used chlorine gas": the use that killed them
    killing = verb.dep_ == "advcl" and verb.head.lemma_.lower() in ("kill", "wound", "injure", "die", "suffocate")
    return chemical and (_aimed(verb) or killing or any(c.dep_ == "prep" and c.lower_ == "as" for c in kids(verb)))


def attack_frame(verb: Token) -> bool:
    """Is `verb`, with its arguments, an attack?"""
    lemma = verb.lemma_.lower()
    if lemma in TO_DEATH_VERBS and _to_death(verb):
        return True  # "beat two men to death", "were hacked to death"
    if lemma in THROW_VERBS and _throws_a_weapon(verb):
        return True  # "hurled a grenade at", "a petrol bomb was thrown at"
    return (_fires_munitions(verb) or _munitions_land(verb) or _platform_destroys(verb) or _uses_chemicals(verb)
            or rams_into_people(verb) or came_under_attack(verb))


# "came under attack", "came under a grenade attack", "came under mortar fire" (CASE 2021, WikiEvents
# and event_location have all three): the subject was attacked. Criticism comes "under fire" too, for
# a reason or from critics ("has come under fire for relying on …").
UNDER_ATTACK = word_class("en_frames", "UNDER_ATTACK")


def came_under_attack(verb: Token) -> bool:
    if verb.lemma_.lower() != "come":
        return False
    under = [o for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "under" for o in kids(p)
             if o.dep_ == "pobj" and o.lemma_.lower() in UNDER_ATTACK]
    if not under:
        return False
    if under[0].lemma_.lower() != "fire" or any(c.lower_ in ("mortar", "rocket", "artillery", "sniper", "heavy", "machine")
                                                 for c in kids(under[0])):
        return True
    blamed = any(p.dep_ == "prep" and p.lower_ == "for" for p in (*kids(verb), *kids(under[0])))
    critics = any(o.lemma_.lower() in CRITICS for p in (*kids(verb), *kids(under[0])) if p.lower_ == "from" for o in kids(p))
    return not blamed and not critics


CRITICS = word_class("en_frames", "CRITICS")


# A vehicle driven into people (WikiEvents: "a truck ploughs into a crowded Christmas market", "a man
# who plowed an SUV into pedestrians", "rammed a Humvee full of explosives into a training centre"):
# where a crowd, pedestrians or a market is hit, or the vehicle carries explosives. An accident told
# so ("after the driver suffered a heart attack") is the sense filter's to rule out.
RAMMING_VERBS = word_class("en_frames", "RAMMING_VERBS")  # "crash" is an accident's word
CROWDS = word_class("en_frames", "CROWDS")


def rams_into_people(verb: Token) -> bool:
    if verb.lemma_.lower() not in RAMMING_VERBS:
        return False
    targets = [o for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "into" for o in kids(p) if o.dep_ == "pobj"]
    if not targets:
        return False
    vehicle = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    laden = vehicle is not None and any(t.lemma_.lower() in ("explosive", "bomb") for t in subtree(vehicle))
    return laden or any(t.lemma_.lower() in CROWDS or any(
        p.lower_ == "of" and any(o.lemma_.lower() in CROWDS for o in kids(p)) for p in kids(t)) for t in targets)


# A sentence handed down (WikiEvents marks Justice.Sentence on "received … sentences", "was given 48
# months probation", "handed down a suspended sentence"): the verb is the verdict, its person the
# one who receives it.
SENTENCE_GIVING = word_class("en_frames", "SENTENCE_GIVING")
SENTENCE_TAKING = word_class("en_frames", "SENTENCE_TAKING")
TIME_UNITS = word_class("en_frames", "TIME_UNITS")
CUSTODY_WORDS = word_class("en_frames", "CUSTODY_WORDS")
SENTENCING_BODIES = word_class("en_frames", "SENTENCING_BODIES")


def _a_sentence(obj: Token) -> bool:
    """'a four-year sentence', 'life sentences', 'a prison term'."""
    lemma = obj.lemma_.lower()
    if lemma == "sentence":
        return True
    return lemma == "term" and any(c.lemma_.lower() in CUSTODY_WORDS for c in kids(obj))


def _a_stretch_inside(obj: Token, verb: Token) -> bool:
    """'two years in prison', '48 months probation', or a term a court gives ("the court gave him
    two years"); not "gave him two years to win the league"."""
    if obj.lemma_.lower() not in TIME_UNITS or not any(c.dep_ == "nummod" for c in kids(obj)):
        return False
    if any(t.tag_ == "TO" for t in subtree(verb)):
        return False  # time to do something
    if any(t.lemma_.lower() in CUSTODY_WORDS for t in subtree(obj)):
        return True
    subject = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in SENTENCING_BODIES


def sentenced_person(verb: Token) -> Token | None:
    """The person a sentence goes to when `verb` hands one down ("the court gave him two years",
    "handed down a sentence to a man", "two men received prison sentences", "she was given a
    suspended sentence"), else None. Serving a sentence is a standing state, no verdict."""
    lemma = verb.lemma_.lower()
    if lemma not in SENTENCE_GIVING | SENTENCE_TAKING:
        return None
    objects = [c for c in kids(verb) if c.dep_ == "dobj" or c.dep_ == "nsubjpass" and lemma == "impose"]
    # "gave him two years in prison"; "received 25 years in prison", "gets life in prison" (WikiEvents)
    if not any(_a_sentence(o) or _a_stretch_inside(o, verb) for o in objects):
        return None
    if lemma in SENTENCE_TAKING:
        return next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    for c in kids(verb):
        if c.dep_ == "dative" and c.pos_ in ("PRON", "NOUN", "PROPN", "NUM"):
            return c  # "gave him", "handed the three men"
    others = [o for o in objects if not _a_sentence(o) and o.lemma_.lower() not in TIME_UNITS and o.i < max(x.i for x in objects)]
    if others and lemma in SENTENCE_GIVING:
        return others[0]  # "handed a 35-year-old Chechen a five-year prison term", parsed with two objects
    for c in kids(verb):
        if c.dep_ in ("prep", "dative") and (c.lower_ == "to" or c.lower_ == "on" and lemma == "impose"):
            found = next((o for o in kids(c) if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")), None)
            if found is not None:
                return found  # "handed down … to a man", "imposed … on the two"
    return next((c for c in kids(verb) if c.dep_ == "nsubjpass" and lemma != "impose"), None)  # "she was given"


def frame_types(verb: Token) -> list[str]:
    """The act a verb's arguments make of it, for a verb the lexicon does not know."""
    lemma = verb.lemma_.lower()
    if attack_frame(verb):
        return ["ATTACK"]
    if lemma in CARRIER_VERBS and _removed_by_carrier(verb):
        return ["DEPORT"]  # "put on a flight home to Norway", "sent to Oslo on a flight"
    if sentenced_person(verb) is not None:
        return ["CHARGE"]  # "received prison sentences", "the court gave him two years in prison"
    if lemma == "add" and added_to_a_ban_list(verb) is not None:
        return ["ENTRY_BAN"]  # "added three imams to the national blacklist", "to its entry-ban list"
    if lemma == "exchange" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in EXCHANGED_FIRE for c in kids(verb)):
        return ["ATTACK"]  # "militants exchanged fire with police", "exchanging gunfire for an hour"
    if lemma == "book" and booked_for_an_offence(verb):
        return ["CHARGE"]  # "booked under the anti-terror law", "police booked him for attempt to murder"
    if kept_from_entering(verb):
        return ["ENTRY_BAN"]  # "stopped a Chechen man from entering the country", "were prevented from entering"
    if stopped_by_force(verb):
        return ["ARREST"]  # "troops stopped a group of 14 men near the border", "was stopped by Italian police"
    if handed_to_another_state(verb):
        return ["DEPORT"]  # "handed to Russian border guards", "then handed to Malaysian authorities"
    if placed_under_arrest(verb) or warrant_served(verb) is not None:
        return ["ARREST"]  # "were placed under arrest", "executed an arrest warrant against a former officer"
    if taken_for_questioning(verb):
        return ["ARREST"]  # "were taken for questioning", "police took three men in for questioning"
    return []


# bodies of a state that take people over at a border or from another state's custody
STATE_BODIES = word_class("en_frames", "STATE_BODIES")


def handed_to_another_state(verb: Token) -> bool:
    """'were driven to the crossing and handed to Russian border guards', 'captured in Thailand and
    then handed to Malaysian authorities': people given into the custody of a named foreign state's
    body, or of the state itself ("handed to Russia"), a removal as "handed over to" is. A particle
    makes it another verb ("hand over" is in the lexicon; "hand out", "hand down" are none)."""
    if verb.lemma_.lower() != "hand" or any(c.dep_ == "prt" for c in kids(verb)):
        return False
    for prep in kids(verb):
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for body in (o for o in kids(prep) if o.dep_ == "pobj"):
            if body.pos_ == "PROPN" and country_code(body.text, "en") is not None:
                return True
            named = any(nationality_of(t.text, "en") is not None or country_code(t.text, "en") is not None
                        for t in subtree(body) if t.i < body.i)
            if named and body.lemma_.lower() in STATE_BODIES:
                return True
    return False


# who stops people as an act of ours: the forces of a state
STOPPING_FORCES = word_class("en_frames", "STOPPING_FORCES")
STOPPED_PEOPLE = word_class("en_frames", "STOPPED_PEOPLE")


KEPT_OUT_PEOPLE = STOPPED_PEOPLE | {"preacher", "imam", "cleric", "activist", "journalist", "tourist", "passenger", "pilgrim"}


def kept_from_entering(verb: Token) -> bool:
    """'border guards stopped a Chechen man from entering the country', 'they were prevented from
    entering Georgia': people kept from coming in are refused entry, not held."""
    if verb.lemma_.lower() not in ("stop", "prevent"):
        return False
    people = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")]
    entering = [g for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "from" for g in kids(p)
                if g.dep_ == "pcomp" and g.lemma_.lower() == "enter"]
    return bool(entering) and any(
        c.lemma_.lower() in KEPT_OUT_PEOPLE or c.ent_type_ in ("NORP", "PERSON") or nationality_of(c.text, "en") is not None
        for c in people)


def stopped_by_force(verb: Token) -> bool:
    """'On 9 February troops stopped a group of 14 men near the Syrian border' (GOLD-FORMAT's own
    event), 'was stopped by Italian police at the airport' (WikiEvents train): people stopped by a
    state's forces are held. Not cars, trains or attacks stopped, nor people stopped by anyone else."""
    if verb.lemma_.lower() != "stop" or any(c.dep_ in ("prt", "xcomp") for c in kids(verb)):
        return False
    agents = [c for c in kids(verb) if c.dep_ == "nsubj"] + [
        o for a in kids(verb) if a.dep_ == "agent" for o in kids(a) if o.dep_ == "pobj"]
    people = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if not agents or not people:
        return False
    forces = any(a.lemma_.lower() in STOPPING_FORCES for a in agents)
    person = people[0]
    inner = next((o for p in kids(person) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj"), None)
    held = (inner if person.lemma_.lower() == "group" and inner is not None else person).lemma_.lower()
    return forces and (held in STOPPED_PEOPLE or person.ent_type_ in ("NORP", "PERSON"))


def placed_under_arrest(verb: Token) -> bool:
    """'two suspects were placed under arrest', 'put him under arrest': custody as a place one is put."""
    return verb.lemma_.lower() in ("place", "put") and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(o.lemma_.lower() in ("arrest", "detention") for o in kids(c))
        for c in kids(verb))


QUESTIONING = word_class("en_frames", "QUESTIONING")


def taken_for_questioning(verb: Token) -> bool:
    """'the women were taken for questioning on arrival', 'was being taken to the bureau's headquarters
    for questioning' (event_location), 'took him in for interrogation': people taken into custody to be
    questioned. Summoned or invited, they come of their own accord: no custody."""
    if verb.lemma_.lower() not in ("take", "bring", "haul"):
        return False
    heads = [verb, *(c for c in kids(verb) if c.dep_ in ("prt", "advmod") and c.lower_ in ("in", "away"))]
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(o.lower_ in QUESTIONING for o in kids(p))
               for h in heads for p in kids(h))


def warrant_served(verb: Token) -> Token | None:
    """'police executed an arrest warrant against a former army officer', 'served an arrest warrant on
    him': the person a warrant of arrest was carried out against, or None."""
    if verb.lemma_.lower() not in ("execute", "serve"):
        return None
    warrant = next((c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "warrant"
                    and any(m.lemma_.lower() == "arrest" for m in kids(c) if m.dep_ in ("compound", "amod"))), None)
    if warrant is None:
        return None
    return next((o for h in (warrant, verb) for p in kids(h) if p.dep_ == "prep" and p.lower_ in ("against", "on", "for")
                 for o in kids(p) if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")), None)


EXCHANGED_FIRE = word_class("en_frames", "EXCHANGED_FIRE")

# Offences a person is "booked for" (South Asian English: a case registered against them).
BOOKED_FOR = word_class("en_frames", "BOOKED_FOR")


def booked_for_an_offence(verb: Token) -> bool:
    """'booked under the anti-terror law', 'booked under Section 307', 'booked him for attempt to
    murder': in the police English of South Asia a person booked has a case registered against them,
    a charge. Not a ticket, a table or a flight booked ("booked a flight for Monday")."""
    # "were booked and two of them arrested for attacking …": the offence told once for both verbs
    verbs = [verb, *(c for c in kids(verb) if c.dep_ == "conj" and c.lemma_.lower() in ("arrest", "detain", "charge"))]
    for prep in (p for v in verbs for p in kids(v)):
        if prep.dep_ != "prep":
            continue
        objects = [o for o in kids(prep) if o.dep_ == "pobj"]
        if prep.lower_ == "under" and objects:
            return True
        if prep.lower_ == "for" and (any(o.lemma_.lower() in BOOKED_FOR for o in objects)
                                     or any(o.dep_ == "pcomp" and o.tag_ == "VBG" for o in kids(prep))):
            return True  # "booked for attempt to murder", "booked for assaulting a constable"
    return False


BAN_LIST_WORDS = word_class("en_frames", "BAN_LIST_WORDS")
LIST_NOUNS = word_class("en_frames", "LIST_NOUNS")  # of people kept out: "… of people refused entry"


def describes_a_ban_list(tok: Token) -> bool:
    """ "refused" in "added to the database of people refused entry": the list's words, not an act."""
    return tok.dep_ in ("advcl", "acl") and tok.tag_ in ("VBN", "VBD") and tok.head.lemma_.lower() == "add" and (
        added_to_a_ban_list(tok.head) is not None
    )


def added_to_a_ban_list(verb: Token) -> Token | None:
    """'added three imams to the national blacklist of foreigners banned from entry', 'to the
    entry-ban list', 'to its blacklist', 'to the database of people refused entry': the list the
    people were put on, when it keeps them out."""
    # "added 40 nationals suspected of links to extremist groups to its list …": the parser may hang
    # the list's "to" inside the people's own phrase
    inside = [t for c in kids(verb) if c.dep_ == "dobj" for t in subtree(c) if t.dep_ == "prep" and t.i > c.i]
    for prep in [*kids(verb), *inside]:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for lst in (o for o in kids(prep) if o.dep_ == "pobj"):
            words = {t.lemma_.lower() for t in subtree(lst)}
            # "… database of people refused entry", the participle parsed as the verb's own clause
            words |= {t.lemma_.lower() for c in kids(verb) if c.dep_ in ("advcl", "acl") and c.i > lst.i for t in subtree(c)}
            if lst.lemma_.lower() in BAN_LIST_WORDS or lst.lemma_.lower() in LIST_NOUNS and (
                "enter" in words or "entry" in words or {"ban", "banned", "bar", "barred"} & words and "from" in words
            ):
                return lst
    return None
