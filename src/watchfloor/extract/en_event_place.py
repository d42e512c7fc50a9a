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
from watchfloor.extract.text import doc_ents, span_ents, span_text
from watchfloor.extract.tree import ancestors, kids, path_indices, path_rank, path_up, span_tokens
from watchfloor.extract.word_classes import word_class
from watchfloor.normalize.dates import holiday_forms
from watchfloor.normalize.groups import find_groups
from watchfloor.normalize.nationality import country_code, nationality_of

LOCATIVE = word_class("en_event_place", "LOCATIVE")
DESTINATION = word_class("en_event_place", "DESTINATION")
NEAR = word_class("en_event_place", "NEAR")
AWAY = word_class("en_event_place", "AWAY")
# Nouns a place names or is part of: "the town of X", "the outskirts of X", "X's Hodan district".
AREA_NOUNS = word_class("en_event_place", "AREA_NOUNS")
# "a village northeast of Kaduna", "40 km southwest of Kandahar": a bearing from the town, as "south of Baghdad"
# (matched by the word itself: the lemmatiser reads "southwest" as a superlative)
BEARINGS = word_class("en_event_place", "BEARINGS")
# high ground and installations an army takes and holds ("the Al-Dahr Al-Aswad hill", "the hilltop of X")
LANDFORMS = word_class("en_event_place", "LANDFORMS")
PLACE_NOUNS = AREA_NOUNS | BEARINGS | LANDFORMS
# Heads of facility names that NER may take for a person ("the Bardo Museum").
FACILITY_NOUNS = word_class("en_event_place", "FACILITY_NOUNS")
LEADERS = word_class("en_event_place", "LEADERS")
PARTY_NOUNS = word_class("en_event_place", "PARTY_NOUNS")
# Verbs and nouns whose object or subject is the place acted on.
PLACE_OBJECT_HEADS = word_class("en_event_place", "PLACE_OBJECT_HEADS")
# "while trying to reach Turkey", "as he tried to enter Afghanistan": a place aimed at is none of the act's
AIMING_VERBS = word_class("en_event_place", "AIMING_VERBS")
# Verbs whose object is always a place (not "capture", "seize", "hit": people too): their named object
# is a place whatever NER typed it ("stormed Najarah", "patrolled Bari", "entered Zabdeen").
PLACE_ONLY_VERBS = word_class("en_event_place", "PLACE_ONLY_VERBS")


# the last word of an armed or political body's name: "shelled the Sudan Liberation Army", "stormed the
# Rapid Support Forces" act on a body, not on a place
BODY_WORDS = word_class("en_event_place", "BODY_WORDS")
MARCH_VERBS = word_class("en_event_place", "MARCH_VERBS")  # a march happens on its way: its goal is its place, a trip's is not
CITY_FORCES = word_class("en_event_place", "CITY_FORCES")
CASUALTY_VERBS = word_class("en_event_place", "CASUALTY_VERBS")
FRAME_WORDS = word_class("en_event_place", "FRAME_WORDS")
# Clause links that stay within one happening ("shot and killed", "exploded, killing three").
SAME_HAPPENING = frozenset({"conj", "advcl", "xcomp", "pcomp", "ccomp", "ROOT", "dep", "parataxis", "acomp"})
BIRTH_WORDS = word_class("en_event_place", "BIRTH_WORDS")  # not "resident": "residents in X patrolled"


SPEECH_WORDS = SPEECH_VERBS | {"cite", "quote"}  # verbs a report's source is told by ("citing officials in X")
TIME_NOUNS = word_class("en_event_place", "TIME_NOUNS")


def _is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def place_spans(sent: Span, is_place: Callable[[str], bool] | None = None) -> list[Span]:
    """`_find_place_spans`, found once per sentence and look-up (every trigger of it asks, twice)."""
    cache = sent.doc.user_data.setdefault("wf_event_place_spans", {})
    key = (sent.start, sent.end, is_place is not None)  # one extractor, one gazetteer per parse
    if key not in cache:
        cache[key] = tuple(_find_place_spans(sent, is_place))  # a tuple: most are empty, and () is made once
    return list(cache[key])


# the place nouns that make the name before them a place ("Tashan village"), unlike "the Syria border"
# (a set made once: its difference taken per token cost more than the test)
NAMING_PLACE_NOUNS = PLACE_NOUNS - {"border", "base", "airport"}


def _name_taken_for_an_adjective(tok: Token, is_place: Callable[[str], bool] | None) -> bool:
    """"in Kasese district": a capitalised name before a place noun the tagger read as an adjective
    (a nationality's form, "-ese"), which is no nationality and which the gazetteer knows."""
    return (
        is_place is not None and tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.text[:1].isupper()
        and tok.head.lemma_.lower() in NAMING_PLACE_NOUNS
        and nationality_of(tok.text, "en") is None and is_place(tok.text)
    )


def _in_a_holiday(tok: Token) -> bool:
    """A word of a holiday's name NER typed as an event ("New Year's Eve"; not "Tumaco", which it
    may type so too)."""
    if tok.ent_type_ != "EVENT":
        return False
    ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
    return ent is not None and ent.text.lower() in HOLIDAY_NAMES


HOLIDAY_NAMES = frozenset(name.lower() for name in holiday_forms("en"))


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
        if tok.i in covered or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") or _in_a_holiday(tok):
            continue  # "on New Year's Eve": a holiday, whatever a gazetteer knows of "Eve"
        if tok.pos_ != "PROPN" and not _name_taken_for_an_adjective(tok, is_place):
            continue
        if tok.text.islower():
            continue  # "drove the van": a word the tagger took for a name ("van" as in "van Gogh"); a place is capitalised
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            continue  # the name's head stands for it
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in TIME_NOUNS:
            continue  # "Easter morning", "Friday prayers": a time, whatever a gazetteer knows of the name
        head = tok.head
        named = tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS
        returning = head.lower_ == "to" and (head.head.lemma_.lower() in ("return", "arrival") or _nearness(head))
        where = (
            tok.dep_ == "pobj" and (head.lower_ in LOCATIVE or returning)
            or tok.dep_ in ("compound", "nmod", "amod") and head.lemma_.lower() in NAMING_PLACE_NOUNS
        )
        facility = tok.lower_ in FACILITY_NOUNS or tok.lemma_.lower() in FACILITY_NOUNS
        appos = tok.dep_ == "appos" and (head.lemma_.lower() in PLACE_NOUNS or head.ent_type_ in LOCATION_LABELS)
        inside = tok.dep_ == "pobj" and head.lower_ in ("in", "near", "outside", "inside", "around", "across")
        known = (
            is_place is not None and tok.dep_ in ("compound", "poss", "dobj", "nsubjpass", "pobj", "appos", "conj")
            and (head.lower_ not in ("by", "with", "to", "from") or _nearness(head)) and is_place(_name(tok))
            and _name(tok).lower() not in FACILITY_NOUNS  # "St Sebastian's Church": a building, not the town of Church
        )
        acted_on = (
            tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in PLACE_ONLY_VERBS and _is_verbal(head)
            and tok.lower_ not in BODY_WORDS
        )
        if tok.ent_type_ == "NORP" and not named and (nationality_of(tok.text, "en") is not None or not where):
            continue  # "Syrian", "Kurdish": a nationality, unless a place noun names it ("the village of X", "Tashan village")
        # "Baghdad's western Amriya district": a name that a place noun qualifies is a place, whatever NER took it for
        qualified = tok.dep_ in ("compound", "nmod") and head.lemma_.lower() in NAMING_PLACE_NOUNS
        if known or named or appos or acted_on or where and (tok.ent_type_ != "PERSON" or facility or inside or qualified):  # "the town of X" even when NER took X for a person
            start = _name_start(tok)
            spans.append(tok.doc[start : tok.i + 1])
            covered.update(range(start, tok.i + 1))
    return sorted((s for s in spans if not _names_a_body(s)), key=lambda s: s.start)


# the last word of an armed or political body's name ("the Free Syrian Army (FSA)", "Syrian Democratic
# Forces", "III Corps", "the Group of Eight"); not "state" ("Borno State") nor "front" (a place noun)
BODY_NAME_WORDS = word_class("en_event_place", "BODY_NAME_WORDS")


# the first word of an armed group's Arabic name: army, front, movement, brigade, legion, battalions,
# companies, body ("Jaysh Al-Fateh", "Jabhat Al-Nusra", "Harakat Ahrar Al-Sham", "Liwaa Al-Quds")
BODY_FIRST_WORDS = word_class("en_event_place", "BODY_FIRST_WORDS")


def _names_a_body(span: Span) -> bool:
    """Whether a candidate names an armed or political body, not a place: its words end in a body's
    word, or the name or its parenthesised short form is a group of data/groups.tsv ("Taliban",
    "Islamic State", "Al-Sham (ISIS)"), whatever NER typed it."""
    words = [t for t in span if t.tag_ != "POS"]
    core, inner = words, []
    opening = next((n for n, t in enumerate(words) if t.text == "("), None)
    if opening is not None:
        core, inner = words[:opening], [t for t in words[opening + 1 :] if t.text != ")"]
    return any(part and body_name(span.doc[part[0].i : part[-1].i + 1].text) for part in (core, inner))


def body_name(text: str) -> bool:
    """Whether a name is an armed or political body's: its last word is a body's ("Free Syrian
    Army") or it is a group of data/groups.tsv as a whole ("Taliban", "ISIS")."""
    words = text.replace("’s", "").replace("'s", "").split()
    if words and words[-1].lower() in BODY_NAME_WORDS:
        return True
    if len(words) > 1 and words[0].lower() in BODY_FIRST_WORDS:
        return True  # "Jaysh Al-Islam", "Jabhat Fatah al-Sham", "Faylaq Al-Rahman": army, front, legion …
    return any(start == 0 and end == len(text) for start, end, _ in find_groups(text, "en"))


def _nearness(prep: Token) -> bool:
    """ "close to X", "next to X": a "to" that tells nearness, not a destination."""
    return prep.lower_ == "to" and prep.head.lower_ in ("close", "next") and prep.head.pos_ in ("ADV", "ADJ")


def _name(tok: Token) -> str:
    return tok.doc[_name_start(tok) : tok.i + 1].text


def _name_start(tok: Token) -> int:
    """Where the name `tok` ends goes back to: its compounds, and words a hyphen joins to it with no
    space ("Port-au-Prince", "Jisr al-Shughur"), which the parser hangs elsewhere."""
    doc = tok.doc
    start = tok.i
    chain = [tok]
    while chain:  # compounds of compounds: "Kaura Namoda LGA", the parser chains them
        node = chain.pop()
        for c in kids(node):
            if c.dep_ == "compound" and c.i < start:
                start = c.i
                chain.append(c)
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
            and doc[start - 2].is_alpha:
        start -= 2
        start = min([start] + [c.i for c in kids(doc[start]) if c.dep_ == "compound" and c.i < start])
    return start


# an act named inside an inquiry into it or a case about it is another act, with its own place
OTHER_ACT_NOUNS = word_class("en_event_place", "OTHER_ACT_NOUNS")
INQUIRY_PREPS = word_class("en_event_place", "INQUIRY_PREPS")


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
    every wider-place step; None when the name is a destination, an origin or a provenance.
    Climbed once per name: each trigger of the sentence asks, the rules and the ranker alike."""
    cache = root.doc.user_data.setdefault("wf_place_climb", {})
    if root.i not in cache:
        cache[root.i] = _find_climb(root)
    return cache[root.i]  # type: ignore[no-any-return]  # user_data holds Any


def _find_climb(root: Token) -> tuple[Token, int] | None:
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
                if owner.lemma_.lower() in PLACE_NOUNS or owner.lower_ in BEARINGS:
                    named_already = any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in kids(owner))
                    if named_already:  # "the Hodan district of Mogadishu", "Chibok and Biu … areas of Borno State": wider
                        cost += 2 if owner.tag_ == "NNS" else 1
                    node = owner  # "the town of X", "more than half of Zaire"
                    continue
                if owner.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ") or _is_party(owner) or _is_person(owner):
                    return None  # "a man of Hebron", "the president of Syria": whose, not where
                node = owner  # "the middle of downtown Baghdad", "the doorstep of his Moscow home"
                continue
            arrival = prep == "to" and head.head.lemma_.lower() in ("return", "arrival")
            if _nearness(head):
                prep = "near"  # "shot close to the town of X", "ambushed next to X": nearness, no destination
            marching = prep in DESTINATION | {"into"} and head.head.lemma_.lower() in MARCH_VERBS
            if prep not in LOCATIVE and not arrival and not marching:  # "marched into Paris": on its way there  # "arrested on his return to Almaty" is held there
                return None  # "to", "into", "from", "for": a destination or an origin
            attach = head.head
            if attach.lemma_.lower() in BIRTH_WORDS or attach.lower_ == "based" and attach.pos_ == "VERB":
                # "born in", "a resident in", "an imam based in Belgium" (event_location marks none of its 12
                # "based in X"); a home is a place acts happen at ("leaving his home in X"), a base too
                return None
            if attach.lower_ == "unlike":
                return None  # "unlike in Iraq, …": a place set against the act's (WikiEvents: "unlike in the case of Israel")
            if not _is_verbal(attach) and _is_party(attach) and not (
                attach.dep_ == "dobj" or attach.dep_ == "pobj" and attach.head.lower_ != "of"
            ):
                return None  # "members of the party in Peru", "an offshoot in Syria": who, not where
            if not _is_verbal(attach) and attach.pos_ in ("NOUN", "PROPN") and _is_place_noun(attach):
                cost += 2  # "Kafr Shams town in Deraa countryside": the wider place
            if not _is_verbal(attach) and _origin_or_destination(attach):
                return None  # "from Borgerhout in Antwerp": the wider place of an origin
            if (
                attach.dep_ == "pobj" and attach.head.lower_ in DESTINATION and _is_place_noun(attach)
                and attach.head.head.lemma_.lower() not in MARCH_VERBS  # "marched to Khrew in Pulwama district"
            ):
                return None  # "driven to a camp in Idlib province", "to the gate in X district": a destination's
            # (not "lobbed a grenade into a police post in Srinagar", "marched to the embassy in Ottawa")
            if prep in NEAR:
                cost += 1  # "in Tashan village near Kano": a landmark, when the place itself is named too
            node = attach
            return node, cost
        if dep in ("advmod", "npadvmod", "prep") and (node.lemma_.lower() in PLACE_NOUNS or node.lower_ in BEARINGS):
            return head, cost + 2  # "100 km south of Baghdad": a landmark to measure from
        if dep in ("dobj", "nsubjpass") and head.lemma_.lower() in PLACE_OBJECT_HEADS:
            return head, cost + 1  # "captured Panama", "Utah Beach was captured"
        if (
            dep == "nsubj" and node.i != root.i and node.lemma_.lower() in CITY_FORCES and _is_verbal(head)
            and head.lemma_.lower() not in SPEECH_WORDS  # "Karbala police said …": the report's place
        ):
            return head, cost + 2  # "Dallas police shot …": a city's police act in their city (a country's: whose)
        if dep == "pobj" or dep == "prep":
            return None
        return None
    return None


def _in_phrase(span: Span) -> Token | None:
    """The "in" that governs a place ("in the village of X", "in X district", "in central X"), or None."""
    node = span.root
    for _ in range(4):
        if node.dep_ in ("compound", "amod", "nmod", "appos") and node.head.i != node.i and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in PLACE_NOUNS:
            node = node.head.head
        else:
            break
    return node.head if node.dep_ == "pobj" and node.head.lower_ == "in" else None


def sibling_wider(span: Span, other: Span) -> bool:
    """Whether `span` is the wider of two "in" phrases in a row hung on the same word ("in the Midan
    neighbourhood in central Damascus", "In San Alberto, in northern Cesar province"): the second."""
    mine, theirs = _in_phrase(span), _in_phrase(other)
    if mine is None or theirs is None or mine.head.i != theirs.head.i or theirs.i >= mine.i:
        return False
    between = span.doc[theirs.right_edge.i + 1 : mine.i]
    return all(t.is_punct for t in between)


def _is_party(tok: Token) -> bool:
    """People or an organisation: a place after them tells who they are."""
    lemma = tok.lemma_.lower()
    return lemma in PARTY_NOUNS or tok.ent_type_ in ("PERSON", "ORG", "NORP") or lemma in LEADERS


def _is_person(tok: Token) -> bool:
    return tok.lemma_.lower() in PERSON_NOUNS or tok.ent_type_ == "PERSON"


def _is_place_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in PLACE_NOUNS or tok.ent_type_ in LOCATION_LABELS


def _agents_clause(node: Token, trig: Token) -> bool:
    """A relative clause on the act's agent ("shot by gunmen who opened fire on his car in X",
    "killed by a bomber who struck a checkpoint near X"): how the act itself was done."""
    if node.dep_ != "relcl" or node.head.dep_ != "pobj":
        return False
    by = node.head.head
    return by.dep_ == "agent" and by.head.i == trig.i


# What an act was done in or by, whose relative clause tells where it struck ("killed in an air raid that
# hit X", "the blast that ripped through X killed five")
CAUSE_NOUNS = word_class("en_event_place", "CAUSE_NOUNS")
CAUSE_PREPS = word_class("en_event_place", "CAUSE_PREPS")


def _how_it_came(node: Token, trig: Token) -> bool:
    """A relative clause that tells how the act came about: a 'when' clause the parser hung on the
    act's time ("killed Monday, when rebels set off a bomb in X") or a clause on the attack the act
    was done in or by ("killed in air raids which hit X", "the attack that exploded in X killed
    three"). A clause on a person or on anything else stays another act."""
    if node.dep_ != "relcl":
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "when" for c in kids(node)):
        return True
    if node.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in kids(node)):
        # "insurgents who were preparing an ambush near X were killed", "detonated near troops who were
        # operating in X": what the act's own participant was doing at the time
        who = node.head
        if who.dep_ == "pobj" and who.head.dep_ == "prep":
            who = who.head
        return who.head.i == trig.i and who.dep_ in ("nsubj", "nsubjpass", "dobj", "prep")
    cause = node.head
    if cause.lemma_.lower() not in CAUSE_NOUNS:
        return False
    if cause.dep_ == "nsubj":
        return cause.head.i == trig.i
    return cause.dep_ == "pobj" and cause.head.lower_ in CAUSE_PREPS and cause.head.dep_ == "prep"


def _an_attempt(verb: Token) -> bool:
    return verb.lemma_.lower() in ("try", "attempt") and verb.tag_ == "VBG"


def _same_moment(verb: Token) -> bool:
    """A verb coordinated with the act ("shot and killed in X") or telling its moment ("arrested
    when he landed in Copenhagen", "killed while inspecting positions in Hama") shares its place."""
    if verb.dep_ == "conj":
        return True
    if verb.dep_ == "xcomp" and (_an_attempt(verb) or _an_attempt(verb.head)):
        return True  # "caught trying to cross the border near Reyhanli": the attempt was where they were caught
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in CASUALTY_VERBS and not any(
        c.dep_ in ("mark", "advmod", "nsubj") for c in kids(verb)
    ):
        return True  # "detonated his vest, killing four guards in Tikrit": the act's toll, told where it struck
    return verb.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "while") for c in kids(verb))


def _link(word: Token, trig: Token, speech: bool = False) -> int | None:
    """How far, in one happening, the word a place attaches to is from the trigger: 0 the trigger
    itself, more through its phrase and through clauses of the same happening ("was shot and
    killed in X", "blew himself up in X, killing 11"); None when the path crosses a relative
    clause, or meets at a verb of speech ("…, police said in Kabul"). Found once per pair: the
    rules ask with and without speech, the ranker again."""
    cache = trig.doc.user_data.setdefault("wf_place_link", {})
    key = (word.i, trig.i, speech)
    if key not in cache:
        cache[key] = _find_link(word, trig, speech)
    return cache[key]  # type: ignore[no-any-return]  # user_data holds Any


def _find_link(word: Token, trig: Token, speech: bool) -> int | None:
    ids = path_rank(trig)
    meet = next((n for n, i in enumerate(path_indices(word)) if i in ids), None)
    if meet is None:
        return None
    mine, theirs = path_up(word), path_up(trig)
    common = mine[meet]
    for node in mine[:meet]:  # the place's side: no other act's clause, offence or time frame
        if speech and node.lemma_.lower() in SPEECH_WORDS:
            continue  # "…, the paper reported, citing officials in Gaziantep": where the sources sit
        if _agents_clause(node, trig) or _how_it_came(node, trig):
            continue  # "shot by gunmen who opened fire in X", "killed in a raid that hit X": the act's own doing
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


def another_acts(word: Token, trig: Token, place: Token | None = None) -> bool:
    """Whether the word a place attaches to lies in a clause telling another act of a participant:
    a relative clause ("ten citizens who fought in Syria"), an offence ("on suspicion of …") or a
    reason ("accused of fighting in Syria", "jailed for joining IS in Iraq"), or, given the `place`
    whose word it is, a place only aimed at ("killed while trying to enter Turkey", "captured as he
    tried to enter Afghanistan": event_location marks no place there; not "caught trying to cross
    the border near Reyhanli", where the attempt was). Such a place is never the act's, whatever
    else the path says (the place ranker obeys this too)."""
    theirs = path_rank(trig)
    if place is not None and word.i not in theirs and _aimed_at(place, word):
        return True
    for i, node in zip(path_indices(word), path_up(word), strict=True):
        if i in theirs:
            return node.i != trig.i and _another_statement(node, trig)
        if node.dep_ == "relcl" and not (_agents_clause(node, trig) or _how_it_came(node, trig)):
            return True
        if node.lemma_.lower() in OFFENCE_NOUNS:
            return True
        if _is_verbal(node) and node.dep_ == "pcomp" and node.head.lower_ in ("of", "for"):
            return True
    return False


def _aimed_at(place: Token, word: Token) -> bool:
    """Whether `place` is the object of `word`, a verb of reaching an aim is the complement of
    ("trying to reach Turkey", "tried to enter Afghanistan")."""
    if not (word.dep_ == "xcomp" and word.head.lemma_.lower() in AIMING_VERBS and _is_verbal(word)):
        return False
    node = place
    while node.head.i != word.i and node.head.i != node.i:
        node = node.head
    return node.head.i == word.i and node.dep_ == "dobj"


def _another_statement(verb: Token, trig: Token) -> bool:
    """ "The man surrendered to Iraqi police; his brother remained in Syria": the parser hangs the
    first clause on the second, but a semicolon joins two statements, each with its own subject;
    a place of the other one is not the act's."""
    if not _is_verbal(verb) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return False
    low, high = sorted((verb.i, trig.i))
    return any(c.dep_ == "punct" and c.text == ";" and low < c.i < high for c in kids(verb))


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
        cache[key] = tuple(_rank_event_places(trig, sent, is_place, speech))
    return list(cache[key])


# What a capture or a win takes when it is a prize, not a town or a person ("captured the gold medal",
# "captured her third title", "captured the imagination of …"): no act with a place
PRIZE_NOUNS = word_class("en_event_place", "PRIZE_NOUNS")
PRIZE_VERBS = word_class("en_event_place", "PRIZE_VERBS")
RECORDINGS = word_class("en_event_place", "RECORDINGS")  # "captured on camera"
FILMED = word_class("en_event_place", "FILMED")
RISES = word_class("en_event_place", "RISES")  # "shot to fame"
# what "demonstrated" shows when it is no protest ("demonstrated the effectiveness of …")
SHOWN = word_class("en_event_place", "SHOWN")


def no_place_sense(trig: Token) -> bool:
    """Whether the verb is used in a sense that tells no act at a place: a prize taken, a capture on
    film, prices that "shot up", a reply "shot back", a rise "shot to fame", a film "shot" somewhere,
    "demonstrated" meaning "showed" (a passive, or an object like "the effectiveness"). Read once
    per trigger: the rules and the ranker ask for every place of its sentence."""
    cache = trig.doc.user_data.setdefault("wf_no_place_sense", {})
    if trig.i not in cache:
        cache[trig.i] = _no_place_sense(trig)
    return bool(cache[trig.i])


def _no_place_sense(trig: Token) -> bool:
    if prize_taken(trig):
        return True
    lemma = trig.lemma_.lower()
    children = kids(trig)
    taken = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in PRIZE_VERBS:
        return any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() in RECORDINGS for g in kids(c))
            for c in children
        )  # fmt: skip
    if lemma == "shoot":
        if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("up", "back") for c in children) and not any(
            c.dep_ == "dobj" for c in children
        ):
            return True  # "prices shot up", "shot back at critics" (not "gunmen shot up a bar")
        if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in RISES for g in kids(c)) for c in children):
            return True
        filmed = [t for c in taken for t in (c, *[g for p in kids(c) if p.lower_ == "of" for g in kids(p)])]
        return any(t.lemma_.lower() in FILMED for t in filmed)  # "the film was shot", "parts of the film were shot"
    if lemma == "demonstrate":
        if any(c.dep_ == "auxpass" for c in children):
            return True
        return any(c.dep_ == "dobj" and c.lemma_.lower() in SHOWN for c in children)
    return False


def prize_taken(trig: Token) -> bool:
    """Whether the act of `trig` is taking a prize ("captured the title", "the gold was captured")."""
    if trig.lemma_.lower() not in PRIZE_VERBS:
        return False
    taken = [c for c in kids(trig) if c.dep_ in ("dobj", "nsubjpass")]
    return bool(taken) and taken[0].lemma_.lower() in PRIZE_NOUNS  # the first: not "captured the towns …, a victory"


def where_clause_span(trig: Token, sent: Span, is_place: Callable[[str], bool] | None = None) -> Span | None:
    """The place a "where" clause holding the act describes ("to Tashkent, where he was detained on
    arrival"; event_location has "…, where two people were killed", "airport, where he was
    arrested"), whatever role the place plays in the main clause."""
    for node in (trig, *ancestors(trig)):
        if node.dep_ == "relcl":
            if not any(c.lower_ == "where" and c.dep_ == "advmod" for c in kids(node)):
                return None
            return next((s for s in place_spans(sent, is_place) if s.start <= node.head.i < s.end), None)
    return None


def _rank_event_places(trig: Token, sent: Span, is_place: Callable[[str], bool] | None, speech: bool) -> list[Span]:
    ranked: list[tuple[tuple[int, int, int, int], Span]] = []  # (nearness, country, wider, distance)
    if no_place_sense(trig):
        return []  # "captured the gold medal … in Doha", "prices shot up in …": no act that happens at a place
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
