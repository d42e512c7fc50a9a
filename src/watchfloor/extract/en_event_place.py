"""Which of a sentence's places is where an English act happened, read off the dependency tree.

A place counts for an act when the path from the place up to the act's verb or noun goes through
a locative preposition ("killed in Kabul", "an attack near Mosul", "at her Jaffna home"), a place
noun that it names or qualifies ("the town of Damboa", "Mogadishu's Hodan district", "in Janaale,
Marka district") or the object of a verb that acts on places ("captured Panama", "shelled the
town of X"), and then only through verbs of the same happening ("was shot and killed in X", "a
bomb went off in X, killing three": coordinated, adverbial and complement clauses). A place under a
destination or origin preposition ("fled to", "from"), a relative clause ("who fought in Iraq"),
a birthplace ("born in") or a person's provenance ("a man of Hebron") is not the act's.

Among the places that count, the nearest in the tree wins, and of the same nearness the most
specific: a place named by the phrase ("the district of Kadhimiyah") before the place that
qualifies it ("Baghdad's", "in Benue State"), and a country last.

Pure functions over spaCy tokens; nothing here resolves a name (the extractor does that).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from watchfloor.extract.en_syntax import LOCATION_LABELS, OFFENCE_NOUNS, PERSON_NOUNS, SPEECH_VERBS
from watchfloor.extract.text import span_ents, span_text
from watchfloor.extract.tree import span_tokens
from watchfloor.normalize.nationality import country_code, nationality_of

LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "around", "inside", "across", "on", "off", "along", "throughout", "within",
     "through", "over", "between", "beyond", "behind", "amid", "nearby", "atop", "onto", "among", "upon", "above",
     "below", "beneath", "opposite", "past", "alongside"}
)  # fmt: skip
DESTINATION = frozenset({"to", "toward", "towards"})
NEAR = frozenset({"near", "outside", "around", "nearby", "beyond", "past", "off"})
AWAY = frozenset({"to", "into", "toward", "towards", "for", "from", "via", "against", "like", "than", "with"})
# Nouns a place names or is part of: "the town of X", "the outskirts of X", "X's Hodan district".
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "district", "province", "region", "governorate", "county", "area", "neighbourhood",
     "neighborhood", "suburb", "outskirts", "countryside", "capital", "state", "municipality", "commune", "camp",
     "border", "centre", "center", "heart", "part", "parts", "east", "west", "north", "south", "side", "street",
     "quarter", "locality", "localities", "hamlet", "settlement", "enclave", "valley", "island", "coast",
     "vicinity", "edge", "streets", "road", "highway", "square", "market", "outpost", "port", "frontier", "zone",
     "sector", "division", "subdistrict", "oblast", "prefecture", "department", "territory", "environs", "corridor",
     "axis", "front", "positions", "position", "stronghold", "bastion", "hub", "base", "airport", "crossing", "half",
     "rest", "much", "most", "portion", "areas", "control", "periphery", "entrance", "perimeter", "surroundings"}
)  # fmt: skip
# Heads of facility names that NER may take for a person ("the Bardo Museum").
FACILITY_NOUNS = frozenset(
    {"museum", "mosque", "hotel", "square", "camp", "market", "hospital", "school", "university", "church", "airport",
     "base", "street", "road", "bridge", "station", "prison", "stadium", "palace", "embassy", "temple", "shrine",
     "district", "village", "town", "city", "province", "neighbourhood", "neighborhood", "county", "region"}
)  # fmt: skip
LEADERS = frozenset({"leader", "member", "members", "commander", "chief", "head", "spokesman", "official", "president"})
PARTY_NOUNS = frozenset(
    {"party", "group", "offshoot", "branch", "chapter", "affiliate", "wing", "faction", "movement", "organisation",
     "organization", "government",
     "ministry", "authorities", "agency", "company", "firm", "newspaper"}
)  # fmt: skip
# Verbs and nouns whose object or subject is the place acted on.
PLACE_OBJECT_HEADS = frozenset(
    {"capture", "seize", "take", "enter", "storm", "shell", "bomb", "attack", "target", "hit", "strike", "raid",
     "patrol", "liberate", "invade", "overrun", "besiege", "occupy", "recapture", "retake", "rock", "shake",
     "pound", "bombard", "surround", "encircle", "control", "secure", "clear", "reach", "infiltrate", "assault",
     "ambush", "burn", "destroy", "loot", "overran", "free", "regain", "fall", "lose", "penetrate", "march",
     "cross", "tour", "visit", "flood", "blockade", "siege", "storming", "capturing", "shelling", "bombing",
     "bombardment", "liberation", "invasion", "occupation", "airstrike", "offensive", "push", "advance", "demonstrate", "rally", "protest"}
)  # fmt: skip
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "hurt", "leave"})
FRAME_WORDS = frozenset({"after", "before", "following", "amid", "ahead", "since", "until", "prior"})
# Clause links that stay within one happening ("shot and killed", "exploded, killing three").
SAME_HAPPENING = frozenset({"conj", "advcl", "xcomp", "pcomp", "ccomp", "ROOT", "dep", "parataxis", "acomp"})
BIRTH_WORDS = frozenset({"bear", "born", "native", "resident", "hometown", "home", "origin", "live"})


SPEECH_WORDS = SPEECH_VERBS | {"cite", "quote"}  # verbs a report's source is told by ("citing officials in X")
TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "day", "eve", "week", "weekend", "holiday",
                        "prayer", "service", "mass", "celebration", "festival", "break", "season", "vacation"})


def _is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def place_spans(sent: Span, is_place: Callable[[str], bool] | None = None) -> list[Span]:
    """`_find_place_spans`, found once per sentence and look-up (every trigger of it asks, twice)."""
    cache = sent.doc.user_data.setdefault("wf_event_place_spans", {})
    key = (sent.start, sent.end, is_place is not None)  # one extractor, one gazetteer per parse
    if key not in cache:
        cache[key] = _find_place_spans(sent, is_place)
    return list(cache[key])


def _find_place_spans(sent: Span, is_place: Callable[[str], bool] | None) -> list[Span]:
    """Candidate place names: GPE, LOC and FAC entities, proper nouns NER missed where a place
    stands (after a locative preposition, in "the town of X", before "district"), and, with
    `is_place` (a gazetteer look-up), proper nouns it knows that NER took for something else
    ("Kisangani was captured", "a central Kiev courthouse")."""
    spans = [
        e[1:] if e[0].lower_ == "the" and len(e) > 1 else e  # "the Bab al-Salama crossing": the det is no name
        for e in span_ents(sent)  # the document's entities, built once
        if e.label_ in LOCATION_LABELS and e[-1].lower_ not in ("police", "forces", "army")
    ]
    covered = {t.i for e in spans for t in e}
    for tok in span_tokens(sent):
        if tok.i in covered or tok.pos_ != "PROPN" or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
            continue
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            continue  # the name's head stands for it
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in TIME_NOUNS:
            continue  # "Easter morning", "Friday prayers": a time, whatever a gazetteer knows of the name
        head = tok.head
        named = tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS
        returning = head.lower_ == "to" and head.head.lemma_.lower() in ("return", "arrival")
        where = (
            tok.dep_ == "pobj" and (head.lower_ in LOCATIVE or returning)
            or tok.dep_ in ("compound", "nmod", "amod") and head.lemma_.lower() in PLACE_NOUNS - {"border", "base", "airport"}
        )
        facility = tok.lower_ in FACILITY_NOUNS or tok.lemma_.lower() in FACILITY_NOUNS
        appos = tok.dep_ == "appos" and (head.lemma_.lower() in PLACE_NOUNS or head.ent_type_ in LOCATION_LABELS)
        inside = tok.dep_ == "pobj" and head.lower_ in ("in", "near", "outside", "inside", "around", "across")
        known = (
            is_place is not None and tok.dep_ in ("compound", "poss", "dobj", "nsubjpass", "pobj", "appos", "conj")
            and head.lower_ not in ("by", "with", "to", "from") and is_place(_name(tok))
            and _name(tok).lower() not in FACILITY_NOUNS  # "St Sebastian's Church": a building, not the town of Church
        )
        if tok.ent_type_ == "NORP" and not named and (nationality_of(tok.text, "en") is not None or not where):
            continue  # "Syrian", "Kurdish": a nationality, unless a place noun names it ("the village of X", "Tashan village")
        # "Baghdad's western Amriya district": a name that a place noun qualifies is a place, whatever NER took it for
        qualified = tok.dep_ in ("compound", "nmod") and head.lemma_.lower() in PLACE_NOUNS - {"border", "base", "airport"}
        if known or named or appos or where and (tok.ent_type_ != "PERSON" or facility or inside or qualified):  # "the town of X" even when NER took X for a person
            start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound"])
            spans.append(tok.doc[start : tok.i + 1])
            covered.update(range(start, tok.i + 1))
    return sorted(spans, key=lambda s: s.start)


def _name(tok: Token) -> str:
    start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound"])
    return tok.doc[start : tok.i + 1].text


# an act named inside an inquiry into it or a case about it is another act, with its own place
OTHER_ACT_NOUNS = frozenset({"attack", "attacks", "bombing", "bombings", "killing", "killings", "murder", "shooting",
                             "massacre", "assassination", "explosion", "blast"})
INQUIRY_PREPS = frozenset({"into", "over", "about", "behind"})


def _origin_or_destination(tok: Token) -> bool:
    """A place a person comes from ("Fatima B., from Borgerhout in Antwerp"); not a measure ("150
    metres from a mosque in X") nor a destination of the act ("marched to the embassy in Ottawa")."""
    while tok.dep_ in ("compound", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return False
    person = tok.head.head
    return person.pos_ in ("NOUN", "PROPN") and (_is_person(person) or person.ent_type_ == "PERSON")


def _climb(root: Token) -> tuple[Token, int] | None:
    """From a place name up to the word it places (a verb, or an act's noun), with a cost for
    every wider-place step; None when the name is a destination, an origin or a provenance."""
    node, cost = root, 0
    for _ in range(12):
        dep, head = node.dep_, node.head
        if head.i == node.i:
            return None
        if dep in ("compound", "nmod", "amod", "poss", "npadvmod") and not _is_verbal(head):
            if node.i == root.i and country_code(node.text, "en") and head.lemma_.lower() not in PLACE_NOUNS:
                return None  # "U.S. forces", "a US airstrike", "Colombia's rebels": whose, not where
            cost += 2 if dep == "poss" else 1  # "the Baghdad hotel", "Mogadishu's Yaqshid district": wider
            node = head
            continue
        if dep in ("appos", "conj") and not _is_verbal(head) and head.pos_ in ("PROPN", "NOUN"):
            if not (dep == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_NOUNS):
                cost += 1  # "in Janaale, Marka district": the place named after is the wider one
            node = head  # "a nearby Brooklyn neighborhood, Canarsie": the name of the place noun
            continue
        if dep == "pobj":
            prep = head.lower_
            if prep == "of":
                owner = head.head
                if owner.lemma_.lower() in PLACE_OBJECT_HEADS and not _is_verbal(owner):
                    return owner, cost  # "the capture of X", "the invasion of Panama": the act's noun
                if owner.lemma_.lower() in PLACE_NOUNS:
                    named_already = any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in owner.children)
                    if named_already:  # "the Hodan district of Mogadishu", "Chibok and Biu … areas of Borno State": wider
                        cost += 2 if owner.tag_ == "NNS" else 1
                    node = owner  # "the town of X", "more than half of Zaire"
                    continue
                if owner.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ") or _is_party(owner) or _is_person(owner):
                    return None  # "a man of Hebron", "the president of Syria": whose, not where
                node = owner  # "the middle of downtown Baghdad", "the doorstep of his Moscow home"
                continue
            arrival = prep == "to" and head.head.lemma_.lower() in ("return", "arrival")
            if prep not in LOCATIVE and not arrival:  # "arrested on his return to Almaty" is held there
                return None  # "to", "into", "from", "for": a destination or an origin
            attach = head.head
            at_home = attach.dep_ == "pobj" and attach.head.lower_ in LOCATIVE and attach.lemma_.lower() == "home"
            if attach.lemma_.lower() in BIRTH_WORDS and not at_home:
                return None  # "born in", "a resident in"; not "shot dead at his home in Kirkuk"
            if not _is_verbal(attach) and _is_party(attach) and not (
                attach.dep_ == "dobj" or attach.dep_ == "pobj" and attach.head.lower_ != "of"
            ):
                return None  # "members of the party in Peru", "an offshoot in Syria": who, not where
            if not _is_verbal(attach) and attach.pos_ in ("NOUN", "PROPN") and _is_place_noun(attach):
                cost += 2  # "Kafr Shams town in Deraa countryside": the wider place
            if not _is_verbal(attach) and _origin_or_destination(attach):
                return None  # "from Borgerhout in Antwerp": the wider place of an origin
            if attach.dep_ == "pobj" and attach.head.lower_ in DESTINATION and _is_place_noun(attach):
                return None  # "driven to a camp in Idlib province", "to the gate in X district": a destination's
            # (not "lobbed a grenade into a police post in Srinagar", "marched to the embassy in Ottawa")
            if prep in NEAR:
                cost += 1  # "in Tashan village near Kano": a landmark, when the place itself is named too
            node = attach
            return node, cost
        if dep in ("advmod", "npadvmod", "prep") and node.lemma_.lower() in PLACE_NOUNS:
            return head, cost + 2  # "100 km south of Baghdad": a landmark to measure from
        if dep in ("dobj", "nsubjpass") and head.lemma_.lower() in PLACE_OBJECT_HEADS:
            return head, cost + 1  # "captured Panama", "Utah Beach was captured"
        if dep == "pobj" or dep == "prep":
            return None
        return None
    return None


def _is_party(tok: Token) -> bool:
    """People or an organisation: a place after them tells who they are."""
    lemma = tok.lemma_.lower()
    return lemma in PARTY_NOUNS or tok.ent_type_ in ("PERSON", "ORG", "NORP") or lemma in LEADERS


def _is_person(tok: Token) -> bool:
    return tok.lemma_.lower() in PERSON_NOUNS or tok.ent_type_ == "PERSON"


def _is_place_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in PLACE_NOUNS or tok.ent_type_ in LOCATION_LABELS


def _same_moment(verb: Token) -> bool:
    """A verb coordinated with the act ("shot and killed in X") or telling its moment ("arrested
    when he landed in Copenhagen", "killed while inspecting positions in Hama") shares its place."""
    if verb.dep_ == "conj":
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in CASUALTY_VERBS and not any(
        c.dep_ in ("mark", "advmod", "nsubj") for c in verb.children
    ):
        return True  # "detonated his vest, killing four guards in Tikrit": the act's toll, told where it struck
    return verb.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "while") for c in verb.children)


def _path_up(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _link(word: Token, trig: Token, speech: bool = False) -> int | None:
    """How far, in one happening, the word a place attaches to is from the trigger: 0 the trigger
    itself, more through its phrase and through clauses of the same happening ("was shot and
    killed in X", "blew himself up in X, killing 11"); None when the path crosses a relative
    clause, or meets at a verb of speech ("…, police said in Kabul")."""
    mine, theirs = _path_up(word), _path_up(trig)
    ids = {t.i: n for n, t in enumerate(theirs)}
    meet = next((n for n, t in enumerate(mine) if t.i in ids), None)
    if meet is None:
        return None
    common = mine[meet]
    for node in mine[:meet]:  # the place's side: no other act's clause, offence or time frame
        if speech and node.lemma_.lower() in SPEECH_WORDS:
            continue  # "…, the paper reported, citing officials in Gaziantep": where the sources sit
        if _is_verbal(node) and node.dep_ not in ("aux", "auxpass") and not _same_moment(node):
            return None  # "suspected of fighting in Syria", "who fought in Iraq", "thought to be in Syria"
        if node.dep_ == "relcl" or node.lemma_.lower() in OFFENCE_NOUNS or node.lower_ in FRAME_WORDS:
            return None  # "on suspicion of …", "hours after the first air strikes in Syria"
        if node.pos_ == "NOUN" and node.lemma_.lower() in OTHER_ACT_NOUNS and node.dep_ == "pobj" and node.head.lower_ in INQUIRY_PREPS:
            return None  # "the investigation into the attacks on Paris": the place of another act
    up = ids[common.i]
    for node in theirs[:up]:  # the trigger's side: only clauses of the same happening
        if node.dep_ not in SAME_HAPPENING and node.dep_ not in ("prep", "pobj") and not (
            node.i == trig.i and (node.pos_ in ("NOUN", "PROPN") or node.dep_ in ("relcl", "acl"))
        ):  # the trigger may itself describe a noun: "a hospital in Basra, which is patrolled by …"
            return None
    if up and common.lemma_.lower() in SPEECH_VERBS and not speech:
        return None
    return meet + 2 * up


def another_acts(word: Token, trig: Token) -> bool:
    """Whether the word a place attaches to lies in a clause telling another act of a participant:
    a relative clause ("ten citizens who fought in Syria"), an offence ("on suspicion of …") or a
    reason ("accused of fighting in Syria", "jailed for joining IS in Iraq"). Such a place is
    never the act's, whatever else the path says (the place ranker obeys this too)."""
    theirs = {t.i for t in _path_up(trig)}
    for node in _path_up(word):
        if node.i in theirs:
            return False
        if node.dep_ == "relcl" or node.lemma_.lower() in OFFENCE_NOUNS:
            return True
        if _is_verbal(node) and node.dep_ == "pcomp" and node.head.lower_ in ("of", "for"):
            return True
    return False


def reported_place_spans(trig: Token, sent: Span, is_place: Callable[[str], bool] | None = None) -> list[Span]:
    """Places of the report around the act ("…, police in Kilis said"): no place of the act
    itself, yet where the reporting body sits, a fallback for the event's location."""
    if not _has_speech(sent):
        return []  # no verb of speech: the places of speech are the act's own
    mine = {s.start for s in event_place_spans(trig, sent, is_place)}
    return [s for s in event_place_spans(trig, sent, is_place, speech=True) if s.start not in mine]


def _has_speech(sent: Span) -> bool:
    cache = sent.doc.user_data.setdefault("wf_has_speech", {})
    found = cache.get(sent.start)
    if found is None:
        found = cache[sent.start] = any(t.lemma_.lower() in SPEECH_WORDS for t in span_tokens(sent))
    return bool(found)


def event_place_spans(
    trig: Token, sent: Span, is_place: Callable[[str], bool] | None = None, *, speech: bool = False
) -> list[Span]:
    """The sentence's places that are where the act of `trig` happened, best first (with
    `speech`, also those of the verb of speech the act is told under). Found once per trigger:
    the rules, the place ranker and the report's places all ask."""
    cache = sent.doc.user_data.setdefault("wf_event_place_ranked", {})
    key = (trig.i, sent.start, speech, is_place is not None)  # one extractor, one gazetteer per parse
    if key not in cache:
        cache[key] = _rank_event_places(trig, sent, is_place, speech)
    return list(cache[key])


def _rank_event_places(trig: Token, sent: Span, is_place: Callable[[str], bool] | None, speech: bool) -> list[Span]:
    ranked: list[tuple[tuple[int, int, int, int], Span]] = []  # (nearness, country, wider, distance)
    for span in place_spans(sent, is_place):
        if span.start <= trig.i < span.end:
            continue
        climbed = _climb(span.root)
        if climbed is None:
            continue
        word, cost = climbed
        link = _link(word, trig, speech)
        if link is None:
            continue
        country = int(country_code(span_text(span), "en") is not None)
        ranked.append(((link + cost, country, cost, abs(span.root.i - trig.i)), span))
    return [s for _, s in sorted(ranked, key=lambda x: x[0])]
