"""Reading an English parse: clause structure, arguments, places, dates and numbers.

Pure functions over spaCy tokens and spans, shared by the English event extractor; they know
nothing of drafts or documents.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Collection
from functools import cache
from importlib.resources import files

from spacy.tokens import Doc, Span, Token

from watchfloor.extract.ontology import CONFLICT_ZONES
from watchfloor.extract.text import (
    cased_span_text,
    doc_ents,
    doc_text,
    ents_before,
    in_title_line,
    span_ents,
    span_text,
    words_text,
)
from watchfloor.extract.time import story_anchor
from watchfloor.extract.tree import (
    ancestors,
    kids,
    per_token,
    sent_of,
    sentences,
    span_tokens,
    subtree,
    tokens,
)
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Target
from watchfloor.normalize.actors import Actor, actor_of
from watchfloor.normalize.dates import DateValue, find_dates, resolve_date
from watchfloor.normalize.groups import find_groups
from watchfloor.normalize.nationality import country_code, nationality_of
from watchfloor.normalize.numbers import Quantity, parse_quantity
from watchfloor.normalize.places import Gazetteer, Place
from watchfloor.normalize.text import fold

SPEECH_VERBS = word_class("en_syntax", "SPEECH_VERBS")
PLAN_AUX = word_class("en_syntax", "PLAN_AUX")
PLAN_HEADS = word_class("en_syntax", "PLAN_HEADS")
CLAIMING_HEADS = word_class("en_syntax", "CLAIMING_HEADS")  # a party's word for its own deed, or one the writer keeps apart from
RUMOR_HEADS = word_class("en_syntax", "RUMOR_HEADS")
DENY_HEADS = word_class("en_syntax", "DENY_HEADS")
INTENT_HEADS = word_class("en_syntax", "INTENT_HEADS")
# "a third defendant", "a fifth man": one more person than those told
NEXT_IN_LINE = word_class("en_syntax", "NEXT_IN_LINE")
CONTINUING_HEADS = word_class("en_syntax", "CONTINUING_HEADS")  # "continue to detain", "keep arresting": a practice
def _read_lexicon(name: str) -> frozenset[str]:
    text = files("watchfloor.data").joinpath(name).read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


PERSON_NOUNS = frozenset(
    ["person", "people", "man", "men", "woman", "women", "suspect", "citizen", "national", "foreigner", "migrant", "militant", "fighter", "member", "supporter", "recruiter", "individual", "teenager", "youth", "child", "children", "family", "defendant", "jihadist", "refugee", "student", "worker", "passenger", "national", "resident", "returnee", "traveller", "traveler", "boy", "girl", "adult", "minor", "extremist", "terrorist",
     # roles and kin a report names people by ("a former police commander", "his brother")
     "commander", "leader", "spokesman", "spokeswoman", "officer", "soldier", "preacher", "imam", "cleric", "teacher", "activist", "blogger",
     "journalist", "businessman", "official", "emir", "brother", "sister", "son", "daughter", "wife", "husband",
     "mother", "father", "spouse", "widow", "convert", "sympathiser", "sympathizer", "organiser", "organizer",
     "financier", "smuggler", "trafficker", "bomber", "gunman", "attacker", "accomplice", "associate", "insurgent",
     "rebel", "guerrilla", "volunteer", "mercenary", "operative", "courier", "facilitator", "ideologue",
     "asylum-seeker", "seeker", "immigrant", "pilgrim", "tourist", "native", "local", "villager", "inmate", "prisoner",
     "detainee", "convict", "fugitive", "deserter", "veteran", "cadet", "recruit",
     # groups of people named by their number ("the pair", "the trio")
     "pair", "couple", "duo", "trio", "sibling", "relative", "cousin", "nephew", "niece", "uncle", "aunt",
     "editor", "columnist", "reporter", "writer", "lawyer", "doctor", "mayor", "governor", "judge", "prosecutor",
     "friend", "neighbour", "neighbor", "colleague", "partner", "fiancee", "girlfriend", "boyfriend",
     "companion", "comrade", "grandson", "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter",
     "in-law", "mother-in-law", "father-in-law", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law"]
) | _read_lexicon("person_nouns_en.txt") | _read_lexicon("person_nouns_general_en.txt")  # annotated news; general usage
# words that move an act after the day told ("she was later arrested"), and, with "then", "since",
# "now", "soon", to another moment than the first of two coordinated verbs
LATER_WORDS = word_class("en_syntax", "LATER_WORDS")
THEN_WORDS = LATER_WORDS | {"then", "since", "now", "soon"}
ANAPHORS = word_class("en_syntax", "ANAPHORS")
DIRECTIONS = word_class("en_syntax", "DIRECTIONS")
AGGREGATE_CUES = (
    "so far", "in total", "a total of", "since ", "to date", "this year", "in all", "altogether",
    "the number of", "brings to", "bringing the", "bringing to", "over the past", "in the past",
    "in under", "in less than", "over the last", "in recent", "at least", "more than", "as many as",
)
COLLECTIVES = word_class("en_syntax", "COLLECTIVES")
# nouns of armed violence that name one happening ("a shootout in Leeds on Friday left one man dead");
# the killing nouns (murder, massacre, …) are read as acts on people (ACTS_ON_PEOPLE) instead
ATTACK_NOUNS = word_class("en_syntax", "ATTACK_NOUNS")
ATTACK_HAPPEN_VERBS = word_class("en_syntax", "ATTACK_HAPPEN_VERBS")
ATTACK_DOING_VERBS = word_class("en_syntax", "ATTACK_DOING_VERBS")
# an attack fought off happened ("repelled an attack"); one thwarted or foiled may never have come
REPELLING_VERBS = word_class("en_syntax", "REPELLING_VERBS")
ACTS_ON_PEOPLE = word_class("en_syntax", "ACTS_ON_PEOPLE")
OFFENCE_NOUNS = word_class("en_syntax", "OFFENCE_NOUNS")


BODY_WORDS = word_class("en_syntax", "BODY_WORDS")
LOCATION_LABELS = frozenset({"GPE", "LOC", "FAC"})
DESTINATION_PREPS = word_class("en_syntax", "DESTINATION_PREPS")


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    import countryinfo

    out = set()
    for info in countryinfo.all_countries():
        try:
            capital = info.capital()
            if capital:
                out.add((info.iso()["alpha3"], fold(capital)))
        except (KeyError, TypeError, AttributeError):
            continue  # a territory without a capital
    return frozenset(out)


def _is_capital(place: Place) -> bool:
    return (place.country, fold(place.name)) in _capitals()


def _plausible(place: Place, countries: list[str], candidates: list[Place], phrase: str = "") -> bool:
    """An ambiguous small town abroad that the document never names the country of is more likely
    a misread ("Central Asia" is not the Philippine town of Asia); so is a small town abroad found
    only under another spelling or part of the name ("al-Rawda" is not Bulgaria's Ravda, "North
    Sinai" not Ecuador's Sinaí) in a story that names other countries."""
    if place.kind in ("country", "admin1", "region") or place.country in countries or place.population >= 100_000:
        return True
    if countries and phrase and place.population < 15_000 and _spelled_otherwise(place.name, phrase):
        return False
    return all(c.country == place.country for c in candidates)


def _ascii_name(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text))
    return " ".join(w for w in words if w not in ("al", "el", "the"))


def _spelled_otherwise(name: str, phrase: str) -> bool:
    return _ascii_name(name) != _ascii_name(phrase)


def _sentence_dates(sent: Span, published: dt.date | None, skip_before: int) -> list[tuple[Token, DateValue]]:
    """Dates in a sentence with the token each hangs from: the rule-based finder first, then
    spaCy's DATE entities it did not cover. A dateline's date is the report's, not the event's."""
    cache = sent.doc.user_data.setdefault("wf_sentence_dates", {})
    key = (sent.start, sent.end, published, skip_before)  # every draft of the sentence asks again
    if key not in cache:
        cache[key] = tuple(_find_sentence_dates(sent, published, skip_before))
    return list(cache[key])


def _find_sentence_dates(sent: Span, published: dt.date | None, skip_before: int) -> list[tuple[Token, DateValue]]:
    out: list[tuple[Token, DateValue]] = []
    covered: list[tuple[int, int]] = []
    base = sent.start_char
    for start, end, value in find_dates(cased_span_text(sent), published, "en", story_anchor(sent, published, skip_before)):
        if base + start < skip_before:
            continue
        if value.date is None:  # "born in 1990": no entity read inside it dates anything either
            covered.append((base + start, base + end))
            continue
        span = sent.doc.char_span(base + start, base + end, alignment_mode="expand")
        if span is not None:
            words = [t for t in span if t.pos_ not in ("ADP", "DET", "PUNCT")] or list(span)
            out.append((words[0], value))  # the date word, not its preposition
            covered.append((base + start, base + end))
    for ent in span_ents(sent):
        if ent.label_ != "DATE" or ent.start_char < skip_before:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        if _house_number(ent):
            continue
        resolved = resolve_date(ent.text, published, "en")
        if resolved is not None and resolved.date is not None:
            out.append((ent.root, resolved))
    return out


# the last word of a street's name ("1984 Harbour Road")
STREET_WORDS = word_class("en_syntax", "STREET_WORDS")


def _house_number(ent: Span) -> bool:
    """A number NER took for a year that opens a street's name ("outside a bar at 1984 Harbour
    Road", "a house on 2100 Main Street"): an address, no date."""
    if len(ent) != 1 or not ent.text.isdigit():
        return False
    after = ent.doc[ent.end : ent.end + 4]
    # the street's name is capitalised, or a name word in text typed in lower case ("1984 harbour road")
    named = after[0].text[:1].isupper() or after[0].is_alpha and not after[0].is_stop and after[0].pos_ in ("PROPN", "NOUN", "ADJ")
    return len(after) > 1 and named and any(t.lower_.rstrip(".") in STREET_WORDS for t in after[1:])


def _present_passive(trig: Token) -> bool:
    """'10,000 people are banned': a standing state, counted like a tally."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in kids(trig))


def _reported_past_perfect(trig: Token) -> bool:
    """'the security forces said they had detained…' with no date anywhere: a recent act."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in kids(trig)) and any(
        a.lemma_.lower() in SPEECH_VERBS for a in ancestors(trig)
    )


def _perfect(trig: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in kids(trig))


def _sentence_gap_spans(a: Span, b: Span) -> int:
    """How many sentences b starts after a (negative when before)."""
    starts = _sentence_starts(a.doc)
    gap = abs(bisect.bisect_right(starts, b.start) - bisect.bisect_right(starts, a.start))
    return gap if b.start >= a.start else -gap


def _sentence_starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get("wf_sentence_starts")
    if starts is None:
        starts = [s.start for s in sentences(doc)]
        doc.user_data["wf_sentence_starts"] = starts
    return starts  # type: ignore[no-any-return]


def _in_question(trig: Token) -> bool:
    """An indirect question ("how many were stopped", "whether he was arrested")."""
    for tok in _clause_tokens(trig):
        if tok.lower_ in ("how", "whether") or tok.lower_ == "if" and tok.dep_ == "mark":
            return True
    return False


def _foreign(member: Token) -> bool:
    """'foreign nationals', 'other citizens', 'foreigners': people of no nationality the story gives."""
    return member.lemma_.lower() == "foreigner" or any(c.lower_ in ("foreign", "other") for c in kids(member))


def possessor_country(member: Token) -> str | None:
    """The country that "its" in "its citizens", "120 of its nationals" stands for: the nearest
    country named before it in the sentence ("Kazakhstan said a flight had brought home 120 of its
    citizens"); None when no country is named ("the government … its citizens"). Not "their",
    which is as often the people's own ("Turkey sent 20 men back to their country")."""
    poss = next((c for c in kids(member) if c.dep_ == "poss" and c.lower_ == "its"), None)
    if poss is None:
        return None
    sent = sent_of(member)
    for tok in reversed(sent[: poss.i - sent.start]):
        if tok.pos_ != "PROPN":
            continue
        for start in range(max(sent.start, tok.i - 2), tok.i + 1):  # "Sri Lanka", "the United Kingdom"
            code = country_code(tok.doc[start : tok.i + 1].text, "en")
            if code is not None:
                return code
    return None


def in_an_offence(tok: Token, act: Token | None = None) -> bool:
    """A word inside the deed, told by a gerund, that people are held or charged for ("on suspicion
    of planning a bombing during Ramadan", "suspected of fighting in Syria in 2015"), up to the
    clause's verb; not a word the parser hung on the offence noun itself ("charged … with membership
    of a terrorist group on Friday": the charge's day), nor inside the `act` where that is the noun."""
    node, deed = tok, False
    while node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in OFFENCE_NOUNS and node.pos_ == "NOUN":
            return deed and (act is None or node.i != act.i)
        if node.tag_ == "VBG" and node.dep_ == "pcomp":
            deed = True
        elif node.pos_ in ("VERB", "AUX") and node.dep_ != "acl":
            return False
    return False


def _governed_by(tok: Token, trig: Token) -> bool:
    """Is `tok` an argument of the trigger's clause (or of the report around it), rather than of
    another verb — "suspected of fighting in Syria", "born in Kyrgyzstan", "who fought in Iraq"?"""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.i == trig.i:
            return True
        if node.lemma_.lower() in OFFENCE_NOUNS or node.tag_ == "NN" and node.lower_.endswith("ing"):
            return False  # "on suspicion of fighting in Syria": where the offence was, not the arrest
        if node.lower_ in ("after", "before", "following", "amid", "ahead"):
            return False  # "hours after the first air strikes in Syria": another event's place
        if node.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "as") for c in kids(node)):
            continue  # "arrested … when he landed in Copenhagen": same moment, same place
        if (node.pos_ in ("VERB", "AUX") or node.tag_.startswith("VB")) and node.dep_ not in ("aux", "auxpass"):
            return node.lemma_.lower() in SPEECH_VERBS or node.lemma_.lower() == "accord" or trig in subtree(node)
    return False


def number_phrase(number: Token) -> str:
    """A number as written, with the words the parser hangs on it before it: "thirty-two" is
    parsed as "two" with "thirty" and the hyphen beneath (read alone, "two")."""
    first = number
    while first.i >= 2 and first.nbor(-1).tag_ == "HYPH" and first.nbor(-2).tag_ == "CD" and first.nbor(-2).head.i == number.i:
        first = first.nbor(-2)
    return words_text(first, number)

def _in_a_group_name(tok: Token) -> bool:
    """Whether the word is part of an armed group's name the text gives (data/groups.tsv)."""
    return any(start <= tok.idx < end for start, end, _ in find_groups(doc_text(tok.doc), "en"))


def _main_group(doc: Doc) -> str | None:
    """The armed group a story is about: named in its first lines or more often than any other."""
    hits = find_groups(doc_text(doc), "en")
    if not hits:
        return None
    counts: dict[str, int] = {}
    for _, _, code in hits:
        counts[code] = counts.get(code, 0) + 1
    top = max(counts, key=lambda c: counts[c])
    early = [code for start, _, code in hits if start < 300]
    if counts[top] >= 2 or top in early:
        return top
    return None


def _is_passive(tok: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(tok)):
        return True
    if any(c.dep_ in ("nsubj", "aux") for c in kids(tok)):
        return False
    if tok.tag_ == "VBD" and tok.dep_ == "conj" and not any(c.dep_ in ("dobj", "dative") for c in kids(tok)):
        # "was arrested in Kilis and deported to Belgium": the tagger's past tense, but with no
        # subject or object of its own it is the second passive participle
        return _is_passive(tok.head)
    if tok.tag_ != "VBN":
        return False
    # "those detained", and the second of two passive verbs: "was arrested and charged with …"
    return tok.dep_ in ("acl", "relcl") or tok.dep_ == "conj" and tok.head.tag_ == "VBN" and _is_passive(tok.head)


MODAL_AUX = word_class("en_syntax", "MODAL_AUX")


def _shares_auxiliaries(tok: Token) -> bool:
    """The second of two verbs with no auxiliary of its own takes the first one's: "was arrested
    and charged", "could be reported and blocked"."""
    return tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("aux", "auxpass") for c in kids(tok)
    )


def believed_done(tok: Token) -> bool:
    """'are believed to have travelled to Syria', 'is thought to have been detained', 'are thought
    to be heading for Syria', 'is said to have dropped': an act the text passes on as a belief or
    hearsay (rumored), not one it reports."""
    children = list(kids(tok))
    return (
        any(c.tag_ == "TO" or c.lower_ == "to" and c.dep_ == "aux" for c in children)
        and any(c.dep_ == "aux" and c.lower_ in ("have", "be") for c in children)
        and (tok.head.lemma_.lower() in RUMOR_HEADS or _hearsay(tok.head, tok))
    )


HEARSAY_HEADS = word_class("en_syntax", "HEARSAY_HEADS")


def _hearsay(head: Token, clause: Token) -> bool:
    """'is said to', 'is alleged to', 'was reported to': a passive telling verb over the act's
    infinitive (not "police said two men were arrested": a saying over a clause)."""
    return head.lemma_.lower() in HEARSAY_HEADS and clause.dep_ == "xcomp" and any(
        c.dep_ == "auxpass" for c in kids(head))


HABIT_ADVERBS = word_class("en_syntax", "HABIT_ADVERBS")
# verbs whose past tense is their base form: the tagger may read a past one as present
PAST_AS_BASE = word_class("en_syntax", "PAST_AS_BASE")
MONTH_OR_DAY = re.compile(r"^(january|february|march|april|may|june|july|august|september|october|november|december|"
                          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|\d{4})$", re.IGNORECASE)


def _dated_in_the_past(tok: Token) -> bool:
    """Does the sentence give a day, month or year ("On 15 May 2019", "on Monday", "yesterday"),
    and no "every" (a habit)?"""
    dates = [t for t in sent_of(tok) if t.ent_type_ == "DATE"]
    slashed = any(SLASHED_DATE.match(t.text) for t in sent_of(tok))  # "08/04/2014: assailants set fire to …"
    return (slashed or any(MONTH_OR_DAY.match(t.text) for t in dates)) and not any(t.lower_ in ("every", "each") for t in dates)


SLASHED_DATE = re.compile(r"^\d{1,2}/\d{1,2}/(?:19|20)\d\d$")


CAUSING_HEADS = word_class("en_syntax", "CAUSING_HEADS")


def helped_to_act(tok: Token) -> bool:
    """A bare infinitive under a past 'helped', 'let', 'made' ("helped three women cross into
    Syria", "let them slip across"): the help told as done entails the act."""
    head = tok.head
    return (
        tok.tag_ in ("VB", "VBP")  # the tagger reads "helped them cross" as a present at times
        and tok.dep_ in ("ccomp", "xcomp")
        and head.lemma_.lower() in CAUSING_HEADS
        and head.tag_ in ("VBD", "VBN")
        and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids(tok))
    )


SENDING_VERBS = word_class("en_syntax", "SENDING_VERBS")


def sent_to_join(tok: Token) -> bool:
    """'the network had sent at least 20 Tajiks to join the group', 'recruiters sent three men to
    Syria to join IS': people sent, in the past, to join or fight went; the purpose clause tells
    their journey (a helped trip, as "smuggled them across")."""
    head = tok.head
    return (
        tok.lemma_.lower() in ("join", "fight")
        and tok.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids(tok))
        and head.lemma_.lower() in SENDING_VERBS
        and head.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "dobj" and _is_person_np(c) for c in kids(head))
    )


def _accompanying_participle(tok: Token) -> bool:
    """'Police raided the faculty, arresting 600 people' (MUC-4 train): a participle set off by a
    comma after a past finite verb, with an object of its own, tells what the act did; not "after
    arresting", "by deporting" (a gerund under a preposition) nor a participle of a present habit."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "dobj" for c in kids(tok)):
        return False
    if tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return False
    head = tok.head
    return head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in kids(head))


def act_it_followed(tok: Token) -> bool:
    """'after arresting two suspects on Monday, officers searched …', 'after being arrested in Leeds,
    the man was charged': a gerund under "after" or "upon" with its own people tells an act done
    before the main one (a trip so told stays background: _travel_ok)."""
    if tok.dep_ != "pcomp" or tok.head.lower_ not in ("after", "upon", "following"):
        return False
    if tok.tag_ == "VBG":
        return any(c.dep_ == "dobj" for c in kids(tok))
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids(tok))


WH_WORDS = word_class("en_syntax", "WH_WORDS")


def _headline_present(tok: Token) -> bool:
    """A verb of a headline, which tells what happened in the present ("Turkey deports 12 …") or in
    a passive without its "was" ("Man arrested over …"); not in a headline that asks ("Why police
    arrest so few …")."""
    sent = sent_of(tok)
    return in_title_line(sent) and sent[0].lower_ not in WH_WORDS


STATE_SECTORS = frozenset({"GOV", "POL", "MIL", "JUD"})


def _state_subject(verb: Token) -> bool:
    """The verb's subject names a state or one of its bodies ("Austria", "the interior ministry",
    "prosecutors")."""
    subject = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("it", "we", "they") and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS:
        return _state_subject(verb.head)  # "the interior ministry said it planned to deport …": the state's own plan
    if subject is None or subject.pos_ == "PRON":
        return False
    words = subtree(subject)
    actor = actor_of(words_text(words[0], words[-1]), "en")
    return actor is not None and actor.sector in STATE_SECTORS


def _finite_or_planned(tok: Token) -> bool:
    """Finite clauses and passive participles report events; bare infinitives and gerunds of
    intent ("trying to cross", "after crossing") do not — unless planned ("to be deported")."""
    if helped_to_act(tok) or sent_to_join(tok):
        return True  # "a smuggler helped three women cross into Syria": they crossed; "sent 20 men to join IS": they went
    children = list(kids(tok))
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    if "have" in auxes and auxes & {"could", "would", "should"}:
        return False  # "the children could have been killed": what did not happen
    if _shares_auxiliaries(tok) and any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in kids(tok.head)):
        return False  # "such accounts may be flagged and suspended": a possibility
    if continued_practice(tok):
        return True  # a practice ("police continue to arrest activists"): kept, then counted as a statistic
    has_to = any(c.tag_ == "TO" or c.lower_ == "to" and c.dep_ == "aux" for c in children)
    if has_to:
        if any(c.dep_ == "aux" and c.lower_ == "have" for c in children):
            return False  # "believed to have been killed": a belief about the past
        passive = any(c.dep_ == "auxpass" for c in children)
        head = tok.head.lemma_.lower()
        if head in INTENT_HEADS:
            # "Austria plans to deport 12 Chechens", "prosecutors seek to extradite him": a state's plan
            # is a planned act; a person's ("he planned to travel", "tried to cross") is an intent
            return head in PLAN_HEADS and _state_subject(tok.head)
        return passive or head in PLAN_HEADS or refused(tok)  # "refused to extradite him": told as not done
    if tok.tag_ == "VBG":
        if _accompanying_participle(tok):
            return True  # "moved against a cell last week, arresting five men": the raid's arrests
        return any(c.dep_ in ("aux", "auxpass") for c in children) and tok.dep_ not in ("pcomp", "pobj")
    if tok.tag_ == "VB":
        if any(c.lower_ in PLAN_AUX or c.dep_ == "aux" and c.lemma_ in ("will", "would", "do") for c in children):
            return True
        if tok.dep_ == "conj" and tok.head.tag_ == "VB" and any(c.tag_ == "TO" for c in kids(tok.head)):
            return _finite_or_planned(tok.head)  # "plans to strip 20 jihadists of their citizenship and deport them"
        if tok.dep_ == "conj" and tok.head.tag_ == "VBN" and _is_passive(tok.head) and tok.lower_ in PAST_AS_BASE:
            return _finite_or_planned(tok.head)  # "were held for two days and then put on a flight": a participle
        # a headline's present tagged as a base form ("Gunmen kill 12 in attack on village")
        return tok.dep_ == "ROOT" and not any(c.dep_ == "aux" for c in children) and any(
            c.dep_ == "nsubj" for c in children
        ) and _headline_present(tok)
    if tok.tag_ == "VBN" and tok.dep_ == "amod":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in children):
        return False  # "militants often set fire to schools": a habit, not an act
    if tok.tag_ == "VBP" and tok.lower_ in PAST_AS_BASE and _dated_in_the_past(tok):
        return True  # "On 15 May 2019, assailants set fire to …": the tagger took a past "set" for a present
    if tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in children):
        # habitual present ("platforms remove such material"), but a headline tells what happened
        # in the present ("Police arrest five over Kano bombing")
        return _headline_present(tok)
    if tok.lemma_.lower() in HELD_STATES and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in children):
        return False  # "where their mothers are held": a standing state, not an act
    if tok.lemma_.lower() in HELD_STATES and any(c.dep_ == "advmod" and c.lower_ == "still" for c in children):
        return False  # "50 women and children were still held there": a state that goes on
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and sent_of(tok).root.pos_ not in ("VERB", "AUX") and (
        any(c.dep_ == "dobj" for c in children)
        or not _finite_verb_in(sent_of(tok)) and tok.head.lower_ not in ("those", "anyone", "everyone")
    ):
        # "a bomber on foot killed 12 people", "a vehicle laden with explosives detonated at a
        # checkpoint": parsed with no finite verb, the participle is the sentence's verb
        return True
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in children):
        # a reduced relative ("those arrested", "the men detained") refers back to people,
        # unless it carries its own circumstances: a day, a named place or who did it ("40 men
        # detained on Monday in Pristina", "an IS supporter arrested in Malaysia in June",
        # "17 people expelled by Turkey")
        words = [t.lower_ for t in subtree(tok)]
        if "since" in words or tok.head.lower_ in ("those", "anyone", "everyone"):
            return False
        if tok.head.lower_ in ("people", "persons", "foreigners") and not any(
            c.dep_ in ("det", "nummod", "poss", "amod") for c in kids(tok.head)
        ):
            return False  # "a database of people refused entry": a kind of people, no one told
        own = [t for t in subtree(tok) if t.head == tok or t.head.dep_ == "prep" and t.head.head == tok]
        dated = [t for t in own if t.ent_type_ == "DATE"]
        placed = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in own)
        a_day = any(t.head.lower_ != "in" for t in dated)  # "on Monday", not "in August"
        # "to deport a British woman arrested in Gaziantep": someone new, held at a named place
        new_person = tok.lemma_.lower() not in HELD_STATES and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids(tok.head))
        # the agent the parser hung on a noun of the participle's phrase ("arrested along with the
        # Birmingham Six by West Midlands Police": no noun takes an agent) is the participle's
        agent = any(c.dep_ == "agent" for c in children) or any(
            t.dep_ == "agent" and t.head.pos_ in ("NOUN", "PROPN") for t in subtree(tok)) or any(
            # in a text typed in lower case the parser may make it a plain "by" of that noun: a state's body
            t.lower_ == "by" and t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN", "NUM") and t.head.i != tok.i
            and any(o.dep_ == "pobj" and _state_body(o) for o in kids(t)) for t in subtree(tok))
        return agent or a_day or bool(dated) and placed or placed and new_person
    return True


def _state_body(tok: Token) -> bool:
    """A noun phrase naming a state's police, army or court ("West Midlands police", "the army")."""
    actor = actor_of(_np_text(tok), "en")
    return actor is not None and actor.sector in STATE_SECTORS


def fronted_participle(verb: Token) -> bool:
    """A passive participle opening its sentence before the main clause, with no subject or
    conjunction of its own ("Arrested along with 24 of his militants, Hoffmann was later released",
    WikiEvents; "Detained in Hatay, the two were flown home"): done to the main clause's subject."""
    return (
        verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and verb.i == sent_of(verb).start
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "auxpass", "aux") for c in kids(verb))
    )


def faced_passive(verb: Token) -> bool:
    """'They face being sent back', 'risk being deported': an act ahead of its people, as "face
    deportation" is (real news has the form: "ordered to cast ballots or risk being fired"); not
    one that only "could" come."""
    head = verb.head
    return (
        verb.dep_ == "xcomp" and verb.tag_ == "VBN" and head.lemma_.lower() in FACING_HEADS
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids(verb))
        and not any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in kids(head))
    )


def sought_ahead(noun: Token) -> bool:
    """A noun act that a verb of the future takes ("Madrid will seek his extradition", "plans to
    request their expulsion"), one asked for ("Russia has asked for his extradition") or faced
    ("face deportation", "await extradition"): the plan
    is not dated by what came before it (an act ordered, "ordered the arrest of 37", is)."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return False
    asked = verb.lemma_.lower() in SEEK_HEADS or verb.lemma_.lower() == "ask" and noun.head.lower_ == "for"
    faced = noun.dep_ == "dobj" and verb.lemma_.lower() in FACING_HEADS  # "The suspects face deportation"
    return asked or faced or any(c.dep_ == "aux" and (c.lower_ in PLAN_AUX or c.lower_ == "to") for c in kids(verb))


def continued_practice(tok: Token) -> bool:
    """An act told as going on ("security services continue to detain people who …", "police kept
    arresting activists"): a practice, which GOLD-FORMAT files as a statistic."""
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in CONTINUING_HEADS or _negated(tok.head):
        return False
    if tok.head.lemma_.lower() == "keep":  # "kept arresting", not "keep the Munich shooting apart"
        return tok.tag_ == "VBG" and not any(c.dep_ == "det" for c in kids(tok)) and all(
            t.pos_ == "ADV" for t in tok.doc[tok.head.i + 1 : tok.i])
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in kids(tok))


def _finite_verb_in(sent: Span) -> bool:
    """Whether the parse gives the sentence's main clause a finite verb or a modal (one of a
    relative clause, "where the president was speaking", is not the sentence's)."""
    root = sent.root
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and (t is root or t.head is root and t.dep_ in ("conj", "aux", "auxpass"))
               for t in span_tokens(sent))


def _generic_plural(tok: Token) -> bool:
    """A bare plural with no count, determiner, possessor, date or place of its own, in a clause
    that names no place or date either ("drone strikes have killed …", not "air strikes on Idlib
    province")."""
    if tok.tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss") for c in kids(tok)):
        return False
    # the clause's date or place counts for its subject and object ("On 1 March the regime conducted air strikes")
    clause = tok.dep_ in ("nsubj", "dobj")
    scope = [*subtree(tok), *(t for c in kids(tok.head) if c.i != tok.i for t in subtree(c))] if clause else list(subtree(tok))
    return not any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE") for t in scope)


KIND_WORDS = word_class("en_syntax", "KIND_WORDS")
KIND_NOUNS = word_class("en_syntax", "KIND_NOUNS")


def _a_kind(tok: Token) -> bool:
    """An act noun naming a kind of act, not one: "such attacks", "similar arrests", "this kind of
    attack"."""
    for c in kids(tok):
        if c.dep_ in ("amod", "det", "predet") and c.lower_ in KIND_WORDS:
            return c.lower_ == "such" or tok.tag_ == "NNS"  # "in a similar operation" is one
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in KIND_NOUNS


def _gun_battle(tok: Token) -> bool:
    """"a gun battle", "a gun fight": a clash told in two words."""
    return tok.lemma_.lower() in ("battle", "fight") and any(c.dep_ == "compound" and c.lower_ == "gun" for c in kids(tok))


def faced_after_a_number(tok: Token) -> bool:
    """'The three face charges of …', 'Both face charges': after a bare number the tagger takes the
    verb "face" for a noun compounded with "charges"."""
    face = tok.doc[tok.i - 1] if tok.i > 0 else None
    if face is None or face.lower_ != "face" or face.dep_ != "compound" or face.head.i != tok.i or face.i == 0:
        return False
    before = tok.doc[face.i - 1]
    return before.pos_ == "NUM" or before.lower_ in ("both", "all")


def _eventive_noun(tok: Token, attack: bool = False) -> bool:
    """'announced the arrest of 26 men', 'last Friday's arrest of a Syrian' are events;
    'the arrests of the seven Russians are part of…' refers back to them and is not.
    `attack`: read the noun as an attack noun (a learned candidate of that type)."""
    of_np = [c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"]
    if _a_kind(tok):
        return False  # "killed in such attacks this year", "could not carry out such attacks": acts of a kind
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in FACING_HEADS or faced_after_a_number(tok):
        # "five Uzbeks face deportation": an act announced for them; "he could face charges": a chance
        return not any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in kids(tok.head))
    if _noun_negated(tok):
        return True  # "freed without charge": an act the text says did not happen
    if _held_in_custody(tok) is not None:
        return True  # "five men are in police custody", "police had four people in custody"
    if risen_toll(tok) is not None:
        return True  # "the death toll had risen to 31": a toll, which joins the attack it counts
    is_attack = attack or tok.lemma_.lower() in ATTACK_NOUNS or _gun_battle(tok)
    if is_attack and in_an_offence(tok):
        return False  # "on suspicion of planning a bombing during Ramadan": what they are suspected of
    if tok.lemma_.lower() == "strike" and _generic_plural(tok):
        return False  # "drone strikes have killed almost no civilians": strikes in general
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and not is_attack:
        return True  # "handed over for deportation"; "jailed for attacks" names the offence
    if is_attack:
        # "clashes erupted…, killing 3", "Monday's explosion on the metro", "a blast in Ansbach on 24 July"
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in ATTACK_HAPPEN_VERBS:
            return True
        doing = tok.head
        if tok.dep_ in ("dobj", "nsubjpass") and doing.lemma_.lower() in REPELLING_VERBS and not _a_kind(tok):
            # "the army repelled an attack by ISWAP on a base": it came (in a headline, "repels")
            return doing.tag_ in ("VBD", "VBN") or doing.tag_ in ("VBZ", "VBP") and _headline_present(doing)
        if tok.dep_ in ("dobj", "nsubjpass") and doing.lemma_.lower() in ATTACK_DOING_VERBS and not _definite(tok):
            # "carried out airstrikes on …", "launched an attack on …"; not "plotting to carry out attacks"
            return doing.tag_ in ("VBD", "VBN") and not any(c.tag_ == "TO" for c in kids(doing))
        if _introduced_attack(tok):
            return True
        if any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in kids(tok)):
            return True  # "Monday's explosion"
        if any(c.dep_ in ("nmod", "compound") and c.ent_type_ == "DATE" and _names_a_day(c) for c in kids(tok)):
            return True  # "the January 27 bombing": a day of its own names one act ("the November attacks" a month)
        if _definite(tok) and _counted_by_its_toll(tok):
            return True  # "the death toll from the car bombing in Peshawar on Friday has risen to 52"
        return any(t.ent_type_ == "DATE" for t in subtree(tok)) and not _definite(tok)
    if tok.lemma_.lower() in ACTS_ON_PEOPLE and any(o.ent_type_ == "PERSON" for p in of_np for o in kids(p)):
        return True  # "the murder of Hector Oqueli": an act named by its victim is that act
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and any(t.ent_type_ == "DATE" and t.lower_ != "since" for t in subtree(c))
           for c in kids(tok)) and not _definite(tok):
        return True  # "a sentence imposed in March 2016", "an arrest carried out in May": an act with its own date
    governor = tok.head.lemma_.lower() if tok.dep_ in ("dobj", "nsubjpass") else ""
    if governor in SEEK_HEADS | {"order", "guarantee"} and any(c.dep_ == "poss" and c.pos_ in ("PRON", "PROPN") for c in kids(tok)):
        return True  # "will seek her deportation", "requesting his extradition": an act asked for one told of
    if tok.lemma_.lower() == "charge" and governor in BRINGING_CHARGES and tok.head.tag_ in ("VBD", "VBN"):
        return True  # "prosecutors brought charges of fraud against two women": charges brought are the act
    if tok.lemma_.lower() == "ban" and governor in IMPOSING_BANS and tok.head.tag_ in ("VBD", "VBN"):
        return True  # "issued entry bans against four preachers": bans imposed are the act
    if arrests_made(tok):
        return True  # "detectives made two more arrests", "a number of arrests were made": people held
    if _reacted_to(tok) and any(_new_people(o) for p in of_np for o in kids(p) if o.dep_ == "pobj"):
        return True  # "condemned the arrest of 12 activists", "protesting against the detention of Suvagci"
    if not of_np:
        return False
    if governor in ("announce", "order", "report", "confirm", "make", "prepare", "plan", "schedule") or governor in SEEK_HEADS:
        return True  # "was preparing the deportation of 14 Uzbek nationals": an act planned for people told
    if any(c.dep_ == "poss" for c in kids(tok)):
        return True
    det = [c.lower_ for c in kids(tok) if c.dep_ == "det"]
    if not det and tok.tag_ == "NNS":
        # a bare plural ("arrests of foreigners near the border") is generic unless counted or dated
        return any(t.ent_type_ in ("DATE", "CARDINAL") for t in subtree(tok))
    return not det or det[0] in ("a", "an")


# what others say or do against an act, which news tells with the act itself ("rights groups
# condemned the arrest of 20 activists on Tuesday")
REACTION_HEADS = word_class("en_syntax", "REACTION_HEADS")


def _reacted_to(tok: Token) -> bool:
    """The act noun is what a reaction is to: "denounced the deportation of …", "a protest against
    the detention of …", "protesting at the killings of …"."""
    if tok.dep_ in ("dobj", "nsubjpass"):
        return tok.head.lemma_.lower() in REACTION_HEADS
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ in ("against", "at", "over") and head.head.lemma_.lower() in REACTION_HEADS


def _new_people(tok: Token) -> bool:
    """People the text brings in here: counted ("12 activists"), named ("Sabahattin Suvagci") or
    indefinite; not ones it told of before ("the seven Russians", "them")."""
    if tok.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in kids(tok)):
        return False
    if tok.ent_type_ == "PERSON":
        return True
    return (tok.pos_ == "PROPN" or any(c.dep_ == "nummod" for c in kids(tok))) and _is_person_np(tok)


BRINGING_CHARGES = word_class("en_syntax", "BRINGING_CHARGES")
IMPOSING_BANS = word_class("en_syntax", "IMPOSING_BANS")
CUSTODY_VERBS = word_class("en_syntax", "CUSTODY_VERBS")  # "are in custody": the subject is held; "remains in custody" tells no new act
HOLDING_IN = word_class("en_syntax", "HOLDING_IN")  # "police had four people in custody": the object is


def custody_verb(tok: Token) -> Token | None:
    """The verb of "in custody" (`tok` the noun "custody"): "are in custody", "had four people in
    custody" (the phrase hanging on the people); None for any other noun."""
    if tok.lemma_.lower() != "custody" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    verb = tok.head.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj" and verb.head.lemma_.lower() in HOLDING_IN:
        return verb.head
    return verb


def _held_in_custody(tok: Token) -> Token | None:
    """The people a "… in custody" state names as held, or None when `tok` is no such custody:
    "five men are in police custody", "a suspect was in custody", "police had four people in
    custody" (WikiEvents' reports of arrests say so); not "died in custody"."""
    verb = custody_verb(tok)
    if verb is None:
        return None
    if verb != tok.head.head:
        return tok.head.head  # "had four people in custody": the phrase hangs on the people
    lemma = verb.lemma_.lower()
    if lemma in HOLDING_IN:
        return next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    if lemma in CUSTODY_VERBS:
        return _subject(verb)
    return None


def _names_a_day(date_word: Token) -> bool:
    """A date modifier that names a day ("January 27", "27 January"), not only a month or year."""
    words = [t for t in subtree(date_word) if t.ent_type_ == "DATE"]
    return any(t.like_num and len(t.text) <= 2 for t in words)


TOLL_WORDS = word_class("en_syntax", "TOLL_WORDS")


def _counted_by_its_toll(tok: Token) -> bool:
    """An attack told by its toll, with its own day or place ("the toll from the bombing in
    Peshawar", "those killed in the attack on the mosque on Friday"): the act itself, whichever
    article it takes; a later telling of one already told joins it (extract/coref.py)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("from", "in", "of", "by"):
        return False
    if tok.head.head.lemma_.lower() not in TOLL_WORDS:
        return False
    return any(t.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for t in subtree(tok) if t.i != tok.i)


# verbs whose present passive tells a standing state: "where their mothers are held", "they are
# accused of spreading hatred" (WikiEvents codes three "accused" in four as no charge)
HELD_STATES = word_class("en_syntax", "HELD_STATES")
FACING_HEADS = word_class("en_syntax", "FACING_HEADS")


def _charges_faced(trig: Token) -> bool:
    """'He faces charges of …', 'the suspect faced terrorism charges' (WikiEvents codes these as
    charges brought): the charges exist; not "could face charges", "is to face charges"."""
    verb = trig.head
    if trig.lemma_.lower() != "charge" or verb.lemma_.lower() != "face" or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    return not any(c.dep_ == "aux" for c in kids(verb))
SEEK_HEADS = word_class("en_syntax", "SEEK_HEADS")  # acts asked for  # "face deportation", "awaiting extradition"
NEGATING_HEADS = word_class("en_syntax", "NEGATING_HEADS")  # "released without charge"
# an act withdrawn, or stopped before it was done ("the extradition was suspended", "halted the
# deportation", "called off the expulsion"): told, but it did not happen
WITHDRAWING_HEADS = word_class("en_syntax", "WITHDRAWING_HEADS")
# "refused to extradite him", "its refusal to hand over the suspects": the act's own head only
# ("police refused to say whether he was arrested" says nothing of the arrest)
REFUSING_HEADS = word_class("en_syntax", "REFUSING_HEADS")


def _withdrawing(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in WITHDRAWING_HEADS or lemma == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in kids(verb))  # "called off the expulsion"


def refused(trig: Token) -> bool:
    """'a judge refused to extradite him', 'the refusal to hand over two suspects': a state's act on
    someone (the object), not a man who "refused to surrender"."""
    return trig.dep_ in ("xcomp", "acl") and trig.head.lemma_.lower() in REFUSING_HEADS and any(
        c.lower_ == "to" and c.dep_ == "aux" for c in kids(trig)) and any(c.dep_ == "dobj" for c in kids(trig))


def _noun_negated(trig: Token) -> bool:
    """'without charge', 'no charges were brought'."""
    if trig.dep_ == "pobj" and trig.head.lower_ in NEGATING_HEADS:
        return True
    if trig.dep_ in ("dobj", "nsubjpass") and _withdrawing(trig.head):
        return True  # "prosecutors dropped the charges", "the conviction was quashed"
    return any(c.dep_ == "det" and c.lower_ == "no" for c in kids(trig))


# what a report or a claim turned out to be when it did not hold ("reports that he had been arrested
# proved false", "claims … were proved wrong")
FALSE_WORDS = word_class("en_syntax", "FALSE_WORDS")


def claim_proved_false(noun: Token) -> bool:
    """Is the report or claim `noun` told as false ("the reports proved false", "the claim was untrue")?"""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    return verb.lemma_.lower() in ("prove", "be", "turn") and any(
        c.dep_ in ("oprd", "acomp", "attr", "xcomp") and c.lower_ in FALSE_WORDS for c in kids(verb))


HEDGES = word_class("en_syntax", "HEDGES")


ATTACK_SUPPORT_VERBS = word_class("en_syntax", "ATTACK_SUPPORT_VERBS")
SERIES_NOUNS = word_class("en_syntax", "SERIES_NOUNS")


def _introduced_attack(tok: Token) -> bool:
    """An attack noun that brings a new happening into the story, not one that refers back to
    it: 'there was an explosion', 'there have been two attacks', 'militants launched a series
    of attacks', 'carried out an ambush' (indefinite, or dated)."""
    np = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SERIES_NOUNS:
        np = tok.head.head  # "a series of attacks", "a wave of bombings"
    if np.dep_ == "attr" and np.head.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in kids(np.head)):
        return True
    if np.dep_ == "dobj" and np.head.lemma_.lower() in ATTACK_SUPPORT_VERBS:
        return not _definite(np) or any(t.ent_type_ == "DATE" for t in subtree(np))
    return False


WANTING_HEADS = word_class("en_syntax", "WANTING_HEADS")


def small_clause_subject(trig: Token) -> Token | None:
    """'wants her expelled', 'ordered them deported', 'had him arrested': a bare participle
    with its own subject and no auxiliary; that subject is the one acted on."""
    if trig.dep_ not in ("ccomp", "xcomp", "oprd"):
        return None
    causing = trig.head.lemma_.lower() in WANTING_HEADS | {"have", "get"}
    if trig.tag_ != "VBN" and not (trig.tag_ == "VBD" and causing):  # the tagger reads some as past tense
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in kids(trig)):
        return None
    return next((c for c in kids(trig) if c.dep_ in ("nsubj", "nsubjpass") and c.i < trig.i), None)


# Nouns whose that-clause tells what is said or suspected, not known: "reports that he had left".
CLAIM_NOUNS = word_class("en_syntax", "CLAIM_NOUNS")


def claimed_clause(trig: Token) -> bool:
    """'reports that two of the gunmen had gone to Iraq', 'allegations that soldiers shot four
    villagers': the act is the content of a report or a claim."""
    return (
        trig.dep_ in ("acl", "ccomp")  # the parser hangs a noun's that-clause either way
        and trig.head.pos_ == "NOUN"
        and trig.head.lemma_.lower() in CLAIM_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(trig))
    )


def _across_semicolon(clause: Token, head: Token) -> bool:
    """Whether the parser hung a clause on a verb across a semicolon (an independent clause read
    as a complement)."""
    if clause.dep_ not in ("ccomp", "parataxis", "advcl"):
        return False
    low, high = sorted((clause.i, head.i))
    return any(c.text == ";" and low < c.i < high for c in kids(head))


# what one denies having had in an act, which leaves the act itself told ("denied involvement in",
# "denied responsibility for", "denied any role in")
DENIED_PARTS = word_class("en_syntax", "DENIED_PARTS")


def _modality(trig: Token) -> str:
    if continued_practice(trig) or sent_to_join(trig):
        return _modality(trig.head)  # "continue to detain", "sent them to join IS": as told of the going on, the sending
    if small_clause_subject(trig) is not None and trig.head.lemma_.lower() in WANTING_HEADS:
        return "planned"  # "the government wants her expelled"
    if _shares_auxiliaries(trig) and _is_passive(trig):
        return _modality(trig.head)  # "will be arrested and deported"
    children = list(kids(trig))
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    if "have" in auxes and auxes & {"may", "might"}:
        return "rumored"  # "four people may have been killed", "fear that he might have been kidnapped"
    # "left last week, apparently to join IS"; not a clause of another act with its own subject
    # ("charged four men after they allegedly helped …": the helping is alleged, the charge is not)
    purposes = [c for c in children if c.dep_ in ("advcl", "xcomp") and not any(d.dep_ in ("nsubj", "nsubjpass") for d in kids(c))]
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for node in (trig, *purposes) for c in kids(node)):
        return "rumored"  # "reportedly left for Syria", "left last week, apparently to join IS"
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in FACING_HEADS | SEEK_HEADS:
        if _charges_faced(trig):
            return "asserted"  # "the suspect faces charges of …": charges brought, not to come
        return "planned"  # "face deportation", "will seek her removal", "requested his extradition"
    if faced_passive(trig):
        return "planned"  # "they face being sent back"
    if trig.dep_ == "pobj" and trig.head.lower_ == "for" and trig.head.head.lemma_.lower() in SEEK_HEADS | {"ask", "call", "push", "press", "apply"}:
        return "planned"  # "asked Morocco for his extradition", "called for their deportation"
    if believed_done(trig):
        return "rumored"  # "are believed to have travelled on to Syria", "thought to be heading for"
    if any(c.lower_ in PLAN_AUX for c in children if c.dep_ in ("aux", "auxpass")):
        return "planned"
    if refused(trig):
        return "denied"  # "a judge refused to extradite him"
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        return "planned"
    # "will deport a woman arrested in Gaziantep", "preparing the deportation of men detained last
    # month": a past participle or relative clause tells an act already done, whatever is planned
    own_past = _told_as_done(trig)
    below = trig
    # a main verb misread as a relative clause on the subject: the verbs above are the sentence's
    # other verb ("left for Syria in 2014 and is believed to have been killed there"), not its head
    heads = () if misread_main_verb(trig) and trig.head.dep_ != "ROOT" else ancestors(trig)
    passed: list[Token] = []  # the words between the trigger and `anc`
    for anc in heads:
        if _across_semicolon(below, anc):
            break  # "have charged 31; the rest are expected to be deported": two sentences in one
        if below is not trig:
            passed.append(below)
        child, below = below, anc
        lemma = anc.lemma_.lower()
        planned_aux = any(c.lower_ in PLAN_AUX for c in kids(anc) if c.dep_ == "aux")
        if child.dep_ == "conj" and anc.pos_ in ("VERB", "AUX"):
            # a sister act ("denied entry to a preacher and put him on the next flight", "denied the
            # report and said …"): the first verb's own sense is not said of it; its auxiliary is
            if planned_aux and anc.dep_ != "ROOT" and not own_past:
                return "planned"
            if anc.dep_ == "ROOT":
                break
            continue
        if lemma in DENY_HEADS:
            # "denied involvement in the bombing", "denied that its men were responsible for the ambush": a
            # part in the act is denied, not the act; "denied that a commander killed in Istanbul had
            # worked for it": the participle describes one the denial is about, told as done
            described = trig.dep_ in ("acl", "relcl") and own_past and _is_person_np(trig.head)
            # "…, which killed 11 people": a relative clause set off by a comma is the writer's aside;
            # "denied …, blaming others for the blast that killed 11": the denier's other statement
            aside = _non_restrictive(trig) or child.dep_ == "advcl"
            parts = any(a.lemma_.lower() in DENIED_PARTS for a in passed)
            return "asserted" if described or aside or parts else "denied"
        if (lemma in PLAN_HEADS or planned_aux and anc.dep_ != "ROOT") and not own_past:
            return "planned"
        if lemma in CLAIMING_HEADS and anc.pos_ == "VERB" and child.dep_ == "ccomp":
            return "claimed"  # "IS claimed that its fighters had killed 10 soldiers": an act known by a party's claim
        if lemma in RUMOR_HEADS and anc.pos_ in ("VERB", "AUX", "ADJ") and not _misread_modifier(anc, trig) and not (
            child.dep_ in ("nsubj", "nsubjpass") and trig.dep_ == "relcl" and trig.head.i == child.i
        ):  # "The woman, who was brought back …, is suspected of …": what is suspected is of her, not her return
            return "rumored"  # "is believed to", not the noun "a second suspect"
        if _hearsay(anc, below):
            return "rumored"  # "is said to have dropped", "is alleged to have travelled"
        if anc.dep_ == "ROOT":
            break
    if trig.dep_ == "pobj" and trig.head.lower_ == "for":
        verb = trig.head.head
        if any(c.lower_ in PLAN_AUX for c in kids(verb)):
            return "planned"
    if claimed_clause(trig):
        if claim_proved_false(trig.head):
            return "denied"  # "reports that the cleric had been arrested proved false"
        return "rumored"  # "there are reports that three men were arrested" (unless denied, above)
    return "asserted"


def _non_restrictive(clause: Token) -> bool:
    """'the attack, which killed 17 people': a relative clause set off by a comma adds to what it
    is hung on, and is told as the writer's own, whatever verb governs its head."""
    if clause.dep_ != "relcl":
        return False
    first = subtree(clause)[0]
    return first.i > 0 and first.nbor(-1).text == "," and first.lower_ in ("which", "who", "whom", "whose")


def _told_as_done(trig: Token) -> bool:
    """A past participle or relative clause, or a past clause inside one ("… 12 Chechens whose asylum
    status was revoked after they were convicted"), tells an act already done, whatever is planned."""
    for node in (trig, *ancestors(trig)[:4]):
        if node.dep_ in ("acl", "relcl") and node.tag_ in ("VBN", "VBD") and not any(
            c.dep_ == "aux" and c.lower_ in PLAN_AUX | {"to"} for c in kids(node)
        ):
            return node is trig or trig.tag_ in ("VBN", "VBD")
        if node.dep_ not in ("advcl", "conj", "ccomp") and node is not trig:
            return False
    return False


def _misread_modifier(verb: Token, clause: Token) -> bool:
    """'On 2 March, suspected ISGS militants attacked a post': the parser may make the modifier
    "suspected" the main verb with the clause as its complement; it has no subject of its own and
    the clause's subject follows it directly."""
    if verb.lower_ not in SUSPECTED or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids(verb)):
        return False
    subject = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return clause.head.i == verb.i and subject is not None and subtree(subject)[0].i == verb.i + 1


NOBODY = word_class("en_syntax", "NOBODY")


def _negated(trig: Token) -> bool:
    if trig.pos_ in ("NOUN", "PROPN"):
        return _noun_negated(trig)
    if any(c.dep_ == "neg" for c in kids(trig)) or _unnamed_no_one(trig) is not None:
        return True  # "was not arrested"; "no one was arrested", "nobody was charged"
    return trig.dep_ == "pcomp" and trig.head.lower_ in NEGATING_HEADS  # "released without being charged"


def _unnamed_no_one(trig: Token) -> Token | None:
    """'no one was arrested', 'nobody was charged', 'police detained no one': the people an act
    was done to, named as none."""
    for c in kids(trig):
        if c.dep_ in ("nsubjpass", "dobj") and (
            c.lower_ in NOBODY or c.lower_ == "one" and any(d.dep_ == "det" and d.lower_ == "no" for d in kids(c))
        ):
            return c
    return None


def _label_before_colon(tok: Token, trig: Token) -> bool:
    """'UPDATE 2: The suspect … has been charged', 'BREAKING: …': a post's label, which the parser
    may hang on the verb beside its real subject, is no argument."""
    words = subtree(tok)
    colon = words[-1].i if words[-1].text == ":" else words[-1].i + 1  # the parser may hang the colon on the label
    return (
        tok.i < trig.i
        and colon < len(tok.doc)
        and tok.doc[colon].text == ":"
        and words[0].i == sent_of(tok).start
        and any(c.dep_ == tok.dep_ and c.i > colon for c in kids(trig))
    )


def _subject_of_the_place_clause(participle: Token) -> Token | None:
    """The subject of the clause a participle hung on a noun belongs to ("the three are still in a
    removal centre awaiting deportation": the three)."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG":
        return None
    node = participle.head
    while node.dep_ in ("pobj", "prep", "compound") and node.head.i != node.i:
        node = node.head
    return next((c for c in kids(node) if c.dep_ in ("nsubj", "nsubjpass")), None) if node.pos_ in ("VERB", "AUX") else None


def _patient(trig: Token, is_noun: bool) -> Token | None:
    if is_noun:
        held = _held_in_custody(trig)
        if held is not None:
            return held
        if faced_after_a_number(trig):
            return trig.doc[trig.i - 2]  # "The three face charges": the number the parser left on "face"
        # "charges of 23 counts of murder … against the five": who is charged follows "against";
        # an "of" that names counts or offences is the charge itself
        for wanted in ("against", "of"):
            for prep in kids(trig):
                if prep.dep_ == "prep" and prep.lower_ == wanted:
                    objs = [c for c in kids(prep) if c.dep_ == "pobj"]
                    offence = bool(objs) and wanted == "of" and (objs[0].lemma_.lower() in OFFENCE_NOUNS | {"count"} or (
                        trig.lemma_.lower() == "charge" and not _is_person_np(objs[0])))  # "face charges of murder"
                    if objs and not offence:
                        return objs[0]
            if wanted == "against" and trig.lemma_.lower() == "ban":  # "lifted the entry ban on the Turkish cleric"
                objs = [o for p in kids(trig) if p.dep_ == "prep" and p.lower_ == "on" for o in kids(p)
                        if o.dep_ == "pobj" and _is_person_np(o)]
                if objs:
                    return objs[0]
            if wanted == "against" and trig.lemma_.lower() == "ban" and trig.dep_ == "dobj":
                objs = [o for p in kids(trig.head) if p.dep_ == "prep" and p.lower_ in ("against", "on")
                        for o in kids(p) if o.dep_ == "pobj"]  # "issued entry bans against four preachers"
                if objs:
                    return objs[0]
            if wanted == "against" and trig.lemma_.lower() == "charge":
                # "filed charges of murder with the prosecutor against the five": the phrase hung on a
                # nearer noun of the charge's own phrase, or on the verb that brings the charges
                inner = [p for p in subtree(trig) if p.dep_ == "prep" and p.lower_ == "against" and p.head.i != trig.i]
                if trig.dep_ in ("dobj", "nsubjpass", "nsubj"):
                    inner += [p for p in kids(trig.head) if p.dep_ == "prep" and p.lower_ == "against"]
                objs = [c for p in inner[:1] for c in kids(p) if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        for acl in (c for c in kids(trig) if c.dep_ == "acl"):  # "no charges brought against them"
            for prep in kids(acl):
                if prep.dep_ == "prep" and prep.lower_ == "against":
                    objs = [c for c in kids(prep) if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
        if trig.dep_ == "dobj" and trig.head.lemma_.lower() in FACING_HEADS:
            # "five Uzbeks face deportation"; "is in a Belgian prison awaiting extradition to France"
            # (WikiEvents): the parser hangs the participle on the place, whose clause's subject waits
            return _subject(trig.head) or _subject_of_the_place_clause(trig.head)
        if trig.dep_ == "pobj" and trig.head.lower_ in NEGATING_HEADS and trig.head.head.pos_ in ("VERB", "AUX"):
            return _patient(trig.head.head, False)  # "both men were released without charge"
        if trig.dep_ in ("nsubjpass", "nsubj"):
            for prep in kids(trig.head):  # "no charges were brought against them"
                if prep.dep_ == "prep" and prep.lower_ == "against":
                    objs = [c for c in kids(prep) if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
        for c in kids(trig):  # "seek her deportation", "asked for his extradition": the one it is done to
            if c.dep_ == "poss" and (c.lower_ in ("his", "her", "their") or c.ent_type_ == "PERSON"):
                return c
        if trig.dep_ == "pobj" and trig.head.lower_ == "for":
            verb = trig.head.head
            return _patient(verb, False)
        released = trig.head.head if trig.head.head.pos_ != "ADV" else trig.head.head.head  # "freed early from"
        if trig.dep_ == "pobj" and trig.head.lower_ == "from" and released.lemma_.lower() in ("release", "free", "parole"):
            return _patient(released, False)  # "she was freed early from a term handed down in 2014": her term
        return None
    for c in kids(trig):  # "denied three Afghans entry": the people are the indirect object
        if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "NUM"):
            return c
    small = small_clause_subject(trig)
    if small is not None:
        return small
    headline = _headline_passive_subject(trig)
    if headline is not None:
        return headline
    for dep in ("nsubjpass", "dobj"):
        for c in kids(trig):
            if c.dep_ == dep and not _label_before_colon(c, trig):
                if c.lower_ in ("who", "that", "which"):
                    return trig.head if trig.dep_ == "relcl" else None
                if c.lower_ in ("himself", "herself", "themselves"):
                    return _subject(trig)  # "turned himself in", "gave themselves up"
                if c.lemma_.lower() in ("entry", "access", "admission", "visa"):
                    # "refused entry to 12 Syrians": the people are after "to"
                    to = [o for p in kids(c) if p.dep_ == "prep" and p.lower_ == "to" for o in kids(p) if o.dep_ == "pobj"]
                    to += [o for p in kids(trig) if p.dep_ in ("prep", "dative") and p.lower_ == "to" for o in kids(p) if o.dep_ == "pobj"]
                    if to:
                        return to[0]
                    if _is_passive(trig):
                        continue  # "was refused entry": the people are the passive's subject
                return c
    for c in kids(trig):  # "repatriated 120 more" (the count hangs on 'more' as an adverb)
        if c.dep_ == "advmod" and _elliptical_count(c):
            return c
    if trig.dep_ in ("acl", "relcl") and trig.tag_ == "VBN":
        head = trig.head
        if head.dep_ == "pobj" and head.head.lower_ == "including" and head.head.head.pos_ in ("NOUN", "NUM", "PRON"):
            return head.head.head  # "twelve people including two guards arrested …": the twelve
        return head
    if _is_passive(trig):
        # "Two Tunisians arrested in Sfax on Sunday were charged", parsed with the participle as a
        # clausal subject: its own subject is the people the passive is done to
        for c in kids(trig):
            if c.dep_ == "csubjpass" and c.tag_ == "VBN":
                held = next((s for s in kids(c) if s.dep_ == "nsubj" and _is_person_np(s)), None)
                if held is not None:
                    return held
    if trig.dep_ == "conj" and _is_passive(trig):
        # "were arrested and deported": the first passive's people; "landed in Jakarta and were
        # held", "crossed into Turkey and was detained": the shared subject, not the first verb's object
        if any(c.dep_ in ("mark", "nsubj", "expl", "csubj", "csubjpass") for c in kids(trig)):
            return None  # "… and that women would be prosecuted": a clause of its own, no shared subject
        if _is_passive(trig.head):
            return _patient(trig.head, False)
        return _subject(trig.head) or _patient(trig.head, False)
    shared = _object_of_the_next_verb(trig)
    if shared is not None:
        return shared  # "police arrested and charged two men": both verbs' object
    if fronted_participle(trig):
        main = trig.head  # "Arrested along with 24 of his militants, Hoffmann was later released": Hoffmann
        return _subject(main) or next((c for c in kids(main) if c.dep_ == "nsubjpass"), None)
    if act_it_followed(trig) and trig.tag_ == "VBN" and trig.head.head.i != trig.head.i:
        main = trig.head.head  # "after being arrested in Leeds, the man was charged": the man
        return _subject(main) or next((c for c in kids(main) if c.dep_ == "nsubjpass"), None)
    if trig.dep_ == "xcomp" and trig.head.lemma_ == "be":
        return _subject(trig.head)  # "All were to be deported"
    if faced_passive(trig):
        return _subject(trig.head)  # "They face being sent back to Belarus"
    if trig.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids(trig)):
        if trig.head.pos_ == "ADJ" and trig.head.dep_ == "acomp":
            return _subject(trig.head.head)  # "the Pole was due to be flown back"
        # "were handed over to police to be deported"; with no object of its own, the head's
        # subject is the one waiting for the act ("is waiting to be extradited")
        return _patient(trig.head, False) or (_subject(trig.head) if _is_passive(trig) else None)
    return None


# who acts, not who is acted on, in a headline's clipped clause ("Police detained over …" is rare)
ACTING_NOUNS = word_class("en_syntax", "ACTING_NOUNS")


def _headline_passive_subject(trig: Token) -> Token | None:
    """"Man arrested over Croydon stabbing", "Teen held over …": a headline's passive drops its
    "was", and the parser makes the person the subject of an active verb (the offence its object)."""
    if trig.tag_ not in ("VBN", "VBD") or not _headline_present(trig):
        return None  # most verbs are in no headline: asked first, it spares the rest
    children = kids(trig)
    if any(c.dep_ in ("aux", "auxpass") for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or not _is_person_np(subject) or subject.lower_ in ACTING_NOUNS:
        return None
    if any(c.dep_ == "dobj" and (_is_person_np(c) or trig.tag_ == "VBD") for c in children):
        return None  # "police detained five men", "Minister held talks": an active verb with its object
    return subject


def _object_of_the_next_verb(trig: Token) -> Token | None:
    """'arrested and charged two men', 'detained and deported him': an active verb with no object of
    its own right before 'and' and a second verb shares that verb's object."""
    if trig.pos_ != "VERB" or _is_passive(trig) or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in kids(trig)):
        return None
    after = trig.doc[trig.i + 1] if trig.i + 1 < len(trig.doc) else None
    if after is None or after.dep_ != "cc" or after.head.i != trig.i:
        return None
    second = next((c for c in kids(trig) if c.dep_ == "conj" and c.i == after.i + 1 and c.pos_ == "VERB"), None)
    if second is None or _is_passive(second):
        return None
    return next((c for c in kids(second) if c.dep_ == "dobj" and c.lower_ not in ("who", "that", "which")), None)


def _subject(trig: Token) -> Token | None:
    for c in kids(trig):
        if c.dep_ == "nsubj":
            if c.lower_ in ("who", "that") and trig.dep_ == "relcl":
                return trig.head
            return c
    if trig.dep_ == "conj":
        first = trig.head
        if _finite_after_a_gerund(trig):
            first = first.head.head  # the clause the gerund's preposition hangs from
        # "X was arrested … and is due to be transferred": coordinated verbs share the first's
        # subject, a passive's too
        return _subject(first) or next((c for c in kids(first) if c.dep_ == "nsubjpass"), None)
    if sent_to_join(trig):
        return next(c for c in kids(trig.head) if c.dep_ == "dobj")  # "sent 20 Tajiks to join": they joined
    if trig.dep_ == "xcomp":
        # "is believed to have left for Syria", "was ordered to leave": the raised or passive subject
        return _subject(trig.head) or next((c for c in kids(trig.head) if c.dep_ == "nsubjpass"), None)
    if trig.dep_ == "advcl" and trig.tag_ == "VBD" and not any(c.dep_ == "mark" for c in kids(trig)):
        return _subject(trig.head)  # "she fled the camp, crossed the border and …": a series misread as a clause
    if misread_main_verb(trig):
        return trig.head
    return None


def _finite_after_a_gerund(verb: Token) -> bool:
    """'The suspects are accused of raising funds … and face deportation': a finite verb the parser
    coordinated with the gerund after a preposition, where it goes on the clause that preposition
    hangs from (real news: "charged with possessing explosives and was in military custody")."""
    gerund = verb.head
    return (
        verb.tag_ in ("VB", "VBP", "VBZ", "VBD") and gerund.tag_ == "VBG" and gerund.dep_ == "pcomp"
        and gerund.head.dep_ == "prep" and gerund.head.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("aux", "nsubj", "mark") for c in kids(verb))  # "to face", "could face": the gerund's own
    )


def misread_main_verb(tok: Token) -> bool:
    """'A Bosnian man, his wife and their three children travelled to Syria': a past tense the parser
    hung on a sentence's subject as a reduced relative, leaving the sentence with no verb (real news:
    "Jund Al-Aqsa, reportedly executed over 100 prisoners")."""
    if tok.dep_ != "acl" or tok.tag_ != "VBD" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.head.dep_ == "ROOT":
        return True
    # "Her older brother left for Syria in 2014 and is believed to have been killed there": the
    # subject keeps the "and" of the two verbs, with no noun coordinated after it
    subject_kids = kids(tok.head)
    return tok.head.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "cc" and c.i > tok.i for c in subject_kids) and not any(
        c.dep_ == "conj" for c in subject_kids
    )


def _agent_np(trig: Token) -> Token | None:
    for c in kids(trig):
        if c.dep_ == "agent":
            objs = [o for o in kids(c) if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    if _is_passive(trig):
        return None
    if trig.pos_ in ("NOUN", "PROPN"):
        if trig.head.pos_ == "VERB" and trig.dep_ in ("dobj", "pobj"):
            return _subject(trig.head)  # "the ministry announced the arrest of…"
        return None
    return _subject(trig)


def _speech_subject(trig: Token, any_speech: bool = False) -> Token | None:
    """The subject of the speech verb governing the trigger: 'X said (that) they arrested…'."""
    node = trig
    for _ in range(8 if any_speech else 4):
        if node.dep_ in ("ccomp", "parataxis", "conj") or (any_speech and node.dep_ != "ROOT"):
            node = node.head
        else:
            return None
        if node.lemma_.lower() in SPEECH_VERBS:
            return _subject(node)
    return None


def _under_speech(tok: Token, trig: Token) -> bool:
    """Is `tok` attached to a speech verb (a report date, not the event's date)? Also "said on
    Wednesday it had killed 20", parsed with the day on the reported verb: a day told between the
    verb of speech and the reported clause's subject is the saying's."""
    if _said_on(tok):
        return True
    node = tok
    while node.head.i != node.i and node.i != trig.i:
        node = node.head
        if node.i == trig.i:
            return False
        if node.lemma_.lower() in SPEECH_VERBS:
            return True
    return False


def _said_on(tok: Token) -> bool:
    """'The army said on Wednesday it had killed …': a date word between the verb of speech and the
    subject of the clause it reports, with only its own phrase between them."""
    prep = tok.head if tok.dep_ == "pobj" else tok
    verb = prep.head
    if prep.dep_ not in ("prep", "npadvmod") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    subject = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    said = verb.head
    return subject is not None and said.i < prep.i < subject.i and all(
        t.dep_ in ("prep", "pobj", "det", "compound", "amod", "npadvmod", "nummod") or t.ent_type_ in ("DATE", "TIME")
        for t in said.doc[said.i + 1 : subject.i]
    )


def _is_period(tok: Token) -> bool:
    """A date coordinated with another ("in July and August", "between 2013 and 2015")."""
    if any(c.dep_ == "conj" and c.ent_type_ == "DATE" for c in kids(tok)):
        return True
    if tok.dep_ == "conj" and tok.head.ent_type_ == "DATE":
        return True
    # "between 2013 and 2015", "between 1 January and 30 June" (the day number may head the date)
    before = tokens(tok.doc)[max(sent_of(tok).start, tok.i - 6) : tok.i + 1]
    return any(a.lower_ == "between" for a in [*ancestors(tok)[:3], *before])


def date_holder(tok: Token) -> Token:
    """The word a date hangs on, through its preposition ("…, police said on Monday" → "said")."""
    return tok.head.head if tok.head.dep_ == "prep" else tok.head


def _speech_attached(tok: Token) -> bool:
    """Does the date hang from a speech verb ("…, the ministry said on Monday")?"""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":":
        return False  # "* 19 August: the governor's office said…" dates the item, not the saying
    node = date_holder(tok)
    if node.lemma_.lower() not in SPEECH_VERBS:
        return False
    subj = next((c for c in kids(node) if c.dep_ == "nsubj"), None)
    # "On Wednesday, X said it had detained…" dates what was said; "X said on Monday" the saying
    return subj is None or tok.i > subj.i


def _clause_tokens(trig: Token) -> frozenset[Token]:
    """The trigger's subtree, without the subtrees of coordinated or embedded other clauses
    (walked once per trigger: its date, place, question test and evidence all ask)."""
    cache = trig.doc.user_data.setdefault("wf_clause_tokens", {})
    found = cache.get(trig.i)
    if found is None:
        found = cache[trig.i] = frozenset(_walk_clause(trig))
    return found  # type: ignore[no-any-return]  # user_data holds Any


def _walk_clause(trig: Token) -> set[Token]:
    out: set[Token] = set()
    stack = [trig]
    while stack:
        node = stack.pop()
        out.add(node)
        for c in kids(node):
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and node.i == trig.i:
                continue
            if node.i == trig.i and _across_semicolon(c, trig):
                continue  # "intercepted a boat … on 7 May; nine of them were later charged": another sentence
            stack.append(c)
    return out


def _members(head: Token) -> list[Token]:
    """A noun phrase and the phrases coordinated or in apposition with it."""
    out = [head]
    stack = [head]
    while stack:
        node = stack.pop()
        for c in kids(node):
            if c.dep_ in ("conj", "appos") and c.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "PRON"):
                if c.dep_ == "appos" and _is_place_np(c):
                    continue  # "members in Maiduguri, Borno state": a place misattached, not people
                if c.dep_ == "appos" and same_referent(node, c):
                    continue  # "the suspect, a 32-year-old Tunisian": one person described twice
                if c.dep_ == "appos" and the_one_described(node, c):
                    continue  # "One of them, an Egyptian, …": the one, described
                if c.dep_ == "appos" and c.pos_ == "PROPN" and _in_a_group_name(c):
                    continue  # "members of a cell of Katiba at-Tawhid wal-Jihad": a group's name the parser broke up
                described = c.dep_ == "appos" or c.dep_ == "conj" and not any(d.dep_ == "cc" for d in kids(node))  # "," misread as a list
                if described and c.tag_ in ("NNS", "NNPS") and any(d.dep_ in ("det", "predet", "preconj") and d.lower_ in ("all", "both")
                                                         for d in kids(c)):
                    continue  # "the men, all residents of the Almaty region": the whole group described
                if _partitive(c):
                    continue  # "six people, four of them women": describes people already counted
                if c.dep_ == "appos" and _is_age(c) and node.pos_ in ("PROPN", "NOUN"):
                    continue  # "Abrini, 31, was arrested", "his brother Ali, 35": an age, never a head-count
                if c.dep_ == "appos" and c.pos_ == "NUM" and any(d.dep_ in ("acl", "prep", "relcl") for d in kids(c)) and any(
                    d.dep_ == "nummod" for d in kids(node)
                ):
                    continue  # "three Tajik men, one from Khujand and two from Dushanbe": who they each are
                out.append(c)
                stack.append(c)
        for later in _listed_after_an_origin(node):
            if later not in out:
                out.append(later)
                stack.append(later)
    for later in _object_listed_on_its_verb(head):
        if later not in out:
            out.append(later)
    return sorted(out, key=lambda t: t.i)


def _object_listed_on_its_verb(obj: Token) -> list[Token]:
    """'arrested a couple and their adult son': the parser may hang the second of two objects on the
    verb as a coordinated noun; it is listed with the object. So is a second subject of a verb left
    out ("Khan was sentenced to 15 years and Hussain to 10")."""
    verb = obj.head
    if obj.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return []
    return [c for c in kids(verb) if c.dep_ == "conj" and c.i > obj.i and c.pos_ in ("NOUN", "PROPN")
            and any(d.dep_ == "cc" for d in kids(verb)) and _is_person_np(c)]


DESCENT_NOUNS = word_class("en_syntax", "DESCENT_NOUNS")


def _listed_after_an_origin(node: Token) -> list[Token]:
    """'18 men of North African origin and three Spanish accomplices': the parser hangs the next
    counted people of the list on the origin noun; they are the phrase's own members."""
    out = []
    for prep in kids(node):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for origin in kids(prep):
            if origin.dep_ == "pobj" and origin.lemma_.lower() in DESCENT_NOUNS:
                out += [c for c in kids(origin) if c.dep_ == "conj" and c.tag_ == "NNS" and any(
                    d.dep_ == "nummod" for d in kids(c))]
    return out


def _is_age(num: Token) -> bool:
    """A bare number set off by commas or brackets after a name or noun: "Karim, 29, and
    Yusuf, 33", "Fatima B. (24)"."""
    plain = all(c.dep_ == "cc" or c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ") for c in kids(num))  # "41 and married"
    if num.pos_ != "NUM" or not plain or not num.text.isdigit() or not 0 < int(num.text) < 110:
        return False
    doc = num.doc
    if not (num.i > 0 and doc[num.i - 1].text in (",", "(")):
        return False
    if num.i + 2 < len(doc) and doc[num.i + 1].lower_ == "and":
        described = next((t for t in doc[num.i + 2 : num.i + 5] if t.pos_ != "ADV"), None)
        if described is not None and described.tag_ in ("VBN", "JJ"):
            return True  # "the older brother, 41 and recently married,": an age and a description
    return not list(kids(num)) and (num.i + 1 == len(doc) or doc[num.i + 1].is_punct)


def has_age(tok: Token) -> bool:
    """A name followed by an age ("Karim Bensaid, 29,") names a person, whatever the NER made of it."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "appos" and _is_age(c) for c in kids(tok))


def _partitive(tok: Token) -> bool:
    """'four of them', 'two of whom', 'most of them': a part of a group already named; also where the
    parser made the count the subject of what they are ("five men, three of them Egyptian")."""
    for node in (tok, *(c for c in kids(tok) if c.dep_ == "nummod" or c.dep_ == "nsubj" and c.pos_ == "NUM")):
        for prep in kids(node):
            if prep.dep_ == "prep" and prep.lower_ == "of" and any(
                o.lower_ in ("them", "whom", "those", "these") for o in kids(prep)
            ):
                return True
    return False


def _phrase(tokens: list[Token]) -> str:
    """Tokens as written (with their spacing): "Thirty-two" stays one number."""
    return words_text(tokens[0], tokens[-1]) if tokens else ""


def the_one_described(head: Token, appos: Token) -> bool:
    """'One of them, an Egyptian', 'one of the men, a 30-year-old Syrian': the one of a group told
    before, described by a singular appositive."""
    return head.lower_ == "one" and appos.tag_ in ("NN", "NNP") and any(
        d.dep_ == "prep" and d.lower_ == "of" for d in kids(head)
    )


def same_referent(head: Token, appos: Token) -> bool:
    """One person named twice: a singular head and a singular appositive with no count of its own."""
    # "the accused, a resident of Bhopal": a participle the parser keeps as a verb names one person too
    nominal = head.tag_ in ("NN", "NNP") or head.tag_ in ("VBN", "JJ") and any(c.dep_ == "det" for c in kids(head))
    singular = nominal and appos.tag_ in ("NN", "NNP", "JJ")
    counted = any(c.dep_ == "nummod" for c in kids(appos)) or appos.pos_ == "NUM"
    # "a Bosnian man, his wife and their three children": the "appositive" opens a list of others
    listed = any(c.dep_ == "cc" for c in kids(appos)) and any(c.dep_ == "conj" for c in kids(appos))
    return singular and not counted and not listed


PLACE_HEADS = word_class("en_syntax", "PLACE_HEADS")


# common-noun heads of a place one comes from ("from Yovon district", "from the island of Fuvahmulah")
ORIGIN_PLACES = PLACE_HEADS | {"island", "atoll", "area", "suburb", "neighbourhood", "neighborhood", "municipality",
                               "settlement", "valley", "capital", "countryside", "outskirts"}  # fmt: skip


def _is_place_np(tok: Token) -> bool:
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return tok.lemma_.lower() in PLACE_HEADS and any(c.ent_type_ in ("GPE", "LOC") for c in kids(tok))


@per_token  # asked again of the same tokens by several readers of a draft
def _np_text(tok: Token) -> str:
    """The noun phrase of `tok` without relative clauses, coordinations or trailing clauses."""
    skip = {"relcl", "acl", "conj", "cc", "appos", "punct", "advcl"}
    left = tok.i
    right = tok.i
    for c in kids(tok):
        if c.dep_ in skip:
            continue
        sub = subtree(c)
        left = min(left, sub[0].i)
        right = max(right, sub[-1].i)
    table = tokens(tok.doc)
    return words_text(table[left], table[right]).strip(" ,;:")


@per_token  # asked again of the same tokens by several readers of a draft
def _quantity_of(member: Token) -> Quantity | None:
    if member.pos_ == "NUM" or member.tag_ == "CD":
        words = [t for t in subtree(member) if t.i <= member.i and t.dep_ not in ("det",)]
        return parse_quantity(_phrase(words), "en")
    for c in kids(member):
        added = _added_counts(member, c)
        if added is not None:
            return added
        if c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in ("several", "numerous", "dozens")):
            return parse_quantity(_phrase(list(subtree(c))), "en")
        if c.dep_ == "det" and c.lower_ in ("a", "an", "one") and member.tag_ not in ("NNS", "NNPS"):
            return parse_quantity("one", "en")
        if c.dep_ == "quantmod":
            return parse_quantity(" ".join(t.text for t in subtree(c)) + " " + member.text, "en")
    for c in kids(member):  # "Three Tajik women" parsed with the number on "Tajik"
        if c.dep_ == "compound" and c.i < member.i:
            for n in kids(c):
                if n.dep_ == "nummod" and n.i < c.i:
                    return parse_quantity(_phrase(list(subtree(n))), "en")
    first = next((c for c in kids(member) if c.dep_ == "compound" and c.i < member.i), None)
    if first is not None and first.pos_ == "PROPN" and first.lower_.isalpha():
        q = parse_quantity(first.text, "en")  # "- Three Tajik women" after a dateline: the number tagged a name
        if q is not None and q.value is not None:
            return q
    return None


ADDING_WORDS = word_class("en_syntax", "ADDING_WORDS")
# verbs whose object is an act done ("made two arrests", "an arrest was carried out")
MAKING_VERBS = word_class("en_syntax", "MAKING_VERBS")


def arrests_made(tok: Token) -> bool:
    """'made two arrests', 'an arrest was made', 'a number of arrests were carried out': the arrests
    done, in the past (not 'have yet to make an arrest')."""
    if tok.lemma_.lower() not in ("arrest", "detention"):
        return False
    made = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in COLLECTIVES | {"series", "wave", "string"}:
        made = tok.head.head  # "a number of arrests were made"
    verb = made.head
    if made.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in MAKING_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.tag_ == "TO" for c in kids(verb)) and not any(c.tag_ == "TO" for c in kids(verb.head) if verb.dep_ == "xcomp")


def counted_arrests(tok: Token) -> Quantity | None:
    """'two further arrests', 'an arrest': an arrest is one person's, so the noun's count counts the
    people held (a vague 'several arrests' gives no count)."""
    if tok.lemma_.lower() not in ("arrest", "detention"):
        return None
    quantity = _quantity_of(tok)
    return quantity if quantity is not None and quantity.value is not None else None


def _added_counts(member: Token, num: Token) -> Quantity | None:
    """'the three and 12 others', 'the five and two other suspects': people told back and more
    people with them add up (a list adds up, GOLD-FORMAT)."""
    if num.dep_ != "nummod" or member.lower_ not in ADDING_WORDS and not any(
        c.dep_ == "amod" and c.lower_ in ADDING_WORDS for c in kids(member)
    ):
        return None
    parts = [num, *(c for c in kids(num) if c.dep_ == "conj" and c.pos_ == "NUM")]
    if len(parts) < 2:
        return None
    values = [q.value if (q := parse_quantity(p.text, "en")) is not None else None for p in parts]
    if None in values:
        return None
    total = sum(v for v in values if v is not None)
    return Quantity(value=total, low=total, high=total, approx=False, vague=False)


def _low(target: Target) -> int | None:
    if target.count is not None:
        return target.count
    if target.text:
        q = parse_quantity(target.text.split(" ")[0], "en")
        if q is not None:
            return q.value if q.value is not None else q.least
    return None


# "a resident of Almaty", "a native of Osh": residence or origin stated as such gives the country
RESIDENCE_NOUNS = word_class("en_syntax", "RESIDENCE_NOUNS")
ORIGIN_NOUNS = RESIDENCE_NOUNS | {"citizen", "national"}


def _origin_countries(
    member: Token, gazetteer: Gazetteer, only: Token | None = None, context: Collection[str] = ()
) -> list[tuple[str, str]]:
    """'suspects from Switzerland, Kosovo and Syria', 'citizens of China', 'men from Yovon
    district' → countries (a place of origin gives its country). A name several countries hold is
    read among the story's countries, `context` ("a native of the Rasht valley" in a story from
    Dushanbe is Tajik, not from Iran's city)."""
    out: list[tuple[str, str]] = []
    for prep in kids(member):
        if only is not None and prep.i != only.i:
            continue
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
            if prep.lower_ == "of" and member.lemma_.lower() not in ORIGIN_NOUNS:
                continue
            for obj in kids(prep):
                if obj.dep_ != "pobj":
                    continue
                for country_tok in _members(obj):
                    name = _compound_text(country_tok)
                    code = country_code(name, "en")
                    placed = prep.lower_ == "from" or member.lemma_.lower() in RESIDENCE_NOUNS
                    if code is None and country_tok.pos_ != "PROPN" and country_tok.lemma_.lower() not in ORIGIN_PLACES:
                        continue  # "from camps in Syria", "from a flat in Graz": where they were, no origin
                    if code is None and placed and any(t.pos_ == "PROPN" for t in subtree(country_tok)):
                        place = gazetteer.resolve(_np_text(country_tok), context=context).place
                        code = place.country if place is not None else None
                    if code and prep.lower_ == "from" and code in CONFLICT_ZONES and _brought_home_people(member):
                        continue  # "repatriated 79 children of its citizens from Iraq": where they were
                    if code:
                        out.append((code, country_tok.text))
    if only is not None:
        return out
    # "the suspect, a resident of Bhopal": the origin told by an apposition naming the same person
    for appos in kids(member):
        if appos.dep_ == "appos" and appos.pos_ == "NOUN" and same_referent(member, appos):
            out += _origin_countries(appos, gazetteer, context=context)
    return out + _birthplace_countries(member, gazetteer, context)


def _birthplace_countries(member: Token, gazetteer: Gazetteer, context: Collection[str] = ()) -> list[tuple[str, str]]:
    """'a man born in Grozny': a birthplace is an origin stated as such (GOLD-FORMAT; WikiEvents has
    "born in Fez, Morocco, in 1995"), the weakest: in a story that names a nationality anywhere ("the
    Vienna man, born in Georgia", a Chechen) that tells who they are."""
    places = [o for a in kids(member) if a.dep_ == "acl" and a.lemma_.lower() == "bear" and a.tag_ == "VBN"
              for p in kids(a) if p.dep_ == "prep" and p.lower_ == "in"
              for o in kids(p) if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ != "DATE"]
    if not places or any(e.label_ == "NORP" for e in doc_ents(member.doc)):
        return []
    out: list[tuple[str, str]] = []
    for place_tok in places:
        code = country_code(_compound_text(place_tok), "en")
        if code is None:
            place = gazetteer.resolve(_np_text(place_tok), context=context).place
            code = place.country if place is not None else None
        if code:
            out.append((code, place_tok.text))
    return out


BRINGING_HOME_VERBS = word_class("en_syntax", "BRINGING_HOME_VERBS")


def _brought_home_people(member: Token) -> bool:
    """People a state brings home or out: the object of a repatriating verb, or of "of" under it
    ("79 children of its citizens")."""
    node = member
    while node.dep_ in ("pobj", "prep", "appos", "conj", "compound") and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in BRINGING_HOME_VERBS


ATTACKER_NOUNS = word_class("en_syntax", "ATTACKER_NOUNS")


def _earlier_actor(tok: Token) -> Actor | None:
    """The body a definite description refers back to: the last earlier organisation named with
    the same head noun and a country or a name ("Azerbaijan's National Security Ministry … the
    ministry", "the national security ministry said … the same ministry")."""
    head = tok.lemma_.lower()
    doc = tok.doc
    for ent in reversed([e for e in ents_before(doc, tok.i) if e.label_ in ("ORG", "GPE", "NORP")]):
        start = ent.start
        while start > 0 and doc[start - 1].dep_ in ("poss", "case", "compound", "amod"):
            start -= 1  # "Azerbaijan's National Security Ministry"
        phrase = doc[start : ent.end]
        if head in {t.lemma_.lower() for t in phrase}:
            actor = actor_of(phrase.text, "en")
            if actor is not None and actor.country:
                return actor
    for earlier in reversed(tokens(doc)[: tok.i]):  # an unnamed-by-NER body in lower case
        if earlier.lemma_.lower() != head or earlier.pos_ not in ("NOUN", "PROPN"):
            continue
        phrase = doc[earlier.left_edge.i : earlier.i + 1]
        actor = actor_of(phrase.text, "en")
        if actor is not None and (actor.country or actor.name):
            return actor
    return None


MALE_NOUNS = word_class("en_syntax", "MALE_NOUNS")
FEMALE_NOUNS = word_class("en_syntax", "FEMALE_NOUNS")
# with plurals and pronouns: a told person may be a pronoun whose clause states a nationality
MALE = MALE_NOUNS | {"men", "he", "him", "himself", "imam"}
FEMALE = FEMALE_NOUNS | {"women", "she", "her", "herself"}


def sex_differs(pronoun: str, lemma: str) -> bool:
    """'she' does not mean 'an Algerian man'; 'he' does not mean 'the widow'."""
    low = pronoun.lower()
    if low in ("she", "her", "herself"):
        return lemma in MALE
    if low in ("he", "him", "himself"):
        return lemma in FEMALE
    return False


def _earlier_nationality(member: Token) -> tuple[str | None, str | None, str | None] | None:
    """The nationality of the last single person named by nationality before `member`."""
    doc = member.doc
    for tok in reversed(doc[max(0, sent_of(member).start - 120) : member.i]):
        if tok.tag_ not in ("NN", "NNP", "JJ") or tok.i == member.i:
            continue
        nat = nationality_of(tok.text, "en")
        if nat is None or not nat.country:
            continue
        head = tok.head if tok.dep_ in ("amod", "compound") else tok
        if head is not tok and not _is_person_np(head):
            continue  # "a Turkish removal centre", "a Syrian passport": no person of that nationality
        if _doer_of(head, member):
            continue  # "an Afghan army patrol captured the detainee": the captors' nationality, not his
        if sex_differs(member.lower_, head.lemma_.lower()):
            continue  # "she" is not "an Algerian man"
        if head.dep_ == "appos" and sex_differs(member.lower_, head.head.lemma_.lower()):
            continue  # "her then husband, a Chechen fighter": the fighter is the husband
        if head.tag_ in ("NN", "NNP") and any(c.lower_ in ("a", "an", "one") for c in kids(head)):
            return (nat.country, nat.ethnicity, nat.region)
    return None


def counted_by_an_ordinal(noun: Token) -> bool:
    """'a fourth operation', 'its sixth attack', 'the third such flight': a noun counted by an ordinal."""
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in NEXT_IN_LINE) for c in kids(noun))


def _doer_of(tok: Token, member: Token) -> bool:
    """Whether `tok` is the subject or the passive's agent of the verb whose object is `member`."""
    verb = member.head if member.dep_ in ("dobj", "nsubjpass") else None
    if verb is None:
        return False
    if tok.dep_ == "nsubj" and tok.head == verb:
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head == verb


def _compound_text(tok: Token) -> str:
    parts = [c for c in kids(tok) if c.dep_ == "compound" and c.i < tok.i]
    start = min([tok.i] + [p.i for p in parts])
    return span_text(tok.doc[start : tok.i + 1])


def _collective_of(tok: Token, nouns: frozenset[str] = COLLECTIVES) -> Token | None:
    """'a group of 16 Syrians', 'dozens of migrants' → the people of the of-phrase; with other
    `nouns`, what they gather ("a network of 300 fake accounts")."""
    if tok.lemma_.lower() not in nouns:
        return None
    for prep in kids(tok):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [o for o in kids(prep) if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


# words with a people suffix that name no people
NOT_PEOPLE = word_class("en_syntax", "NOT_PEOPLE")
NOT_PERSONAL = word_class("en_syntax", "NOT_PERSONAL")
SUSPECTED = word_class("en_syntax", "SUSPECTED")
PERSON_SUFFIXES = tuple(word_class("en_syntax", "PERSON_SUFFIXES"))  # str.endswith takes a tuple
# participles that, after "the", name the people they were done to ("the accused was arrested")
PEOPLE_PARTICIPLES = word_class("en_syntax", "PEOPLE_PARTICIPLES")


def _elliptical_count(tok: Token) -> bool:
    """'deported 12 more', 'wounded 59 others': a count whose people were named before; and
    'flew home 112 of its citizens', where the parser makes the particle the count's noun."""
    if tok.lower_ in ("home", "back") and tok.dep_ == "advmod":
        return any(c.dep_ == "nummod" for c in kids(tok)) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].dep_ == "nummod"
    if tok.lower_ in ("more", "others") and any(c.dep_ == "nummod" for c in kids(tok)):
        return True
    return _bare_round_number(tok)


ARGUMENT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _one_standing_for(tok: Token) -> Token | None:
    """What "one" with a determiner or an adjective stands for: the last subject or object told
    before it, in its sentence or the one before ("the younger man was put on a plane, while the
    older one was handed over", "a youth was killed and a second one injured", "captured one of the
    suspects after killing the other one": WikiEvents and MUC-4). None for any other token."""
    if tok.lower_ != "one" or tok.pos_ != "NOUN" or not any(c.dep_ in ("det", "amod") for c in kids(tok)):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(tok)):
        return None  # "the last one of them": its of-phrase tells
    own = sent_of(tok)
    start = sent_of(tok.doc[own.start - 1]).start if own.start > 0 else own.start
    for i in range(tok.i - 1, start - 1, -1):
        before = tok.doc[i]
        if before.dep_ in ARGUMENT_ROLES and before.pos_ in ("NOUN", "PROPN", "NUM") and before.lower_ != "one":
            return before
        if before.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(before)):
            return before  # "one of the suspects … the other one"
    return None


def _bare_round_number(tok: Token) -> bool:
    """'dozens were detained', 'police arrested hundreds', 'several dozen were held': a round number
    with nothing after it counts people (with 'of' it counts what follows)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ("dozen", "hundred", "score", "thousand"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(tok)):
        return False
    return tok.tag_ == "NNS" or any(c.dep_ == "amod" and c.lower_ in ("several", "few") for c in kids(tok))


def _is_person_np(tok: Token) -> bool:
    if _elliptical_count(tok):
        return True
    if (antecedent := _one_standing_for(tok)) is not None:
        return _is_person_np(antecedent)  # "the older one was handed over"
    inner = _collective_of(tok)
    if inner is not None:
        return _is_person_np(inner)
    if tok.pos_ == "NOUN" and any(c.lower_ in SUSPECTED and c.dep_ == "amod" for c in kids(tok)):
        return True  # "11 suspected ADF collaborators": only people are suspected
    if tok.lower_ in PEOPLE_PARTICIPLES and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
        c.dep_ == "det" for c in kids(tok)
    ):
        return True  # "the accused", "the two abducted": people named by what was done to them
    if tok.pos_ == "NOUN" and tok.lower_.endswith(PERSON_SUFFIXES) and tok.lemma_.lower() not in NOT_PEOPLE:
        return True  # "islamists", "policemen", "civilians", "detainees"
    if is_age_noun(tok) or has_age(tok):
        return True  # "a 23-year-old", "two 17-year-olds", "Karim Bensaid, 29": an age marks people
    if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.head.pos_ == "NOUN" and _is_person_np(tok.head):
        return True  # "a second militant, Novendri, who was detained": the name of a person
    described = [c for c in kids(tok) if c.dep_ == "appos"]  # "its spokesman Fouad Belkacem"
    for member in _members(tok) + described:
        lemma = member.lemma_.lower()
        if lemma in PERSON_NOUNS or member.ent_type_ in ("NORP", "PERSON"):
            return True
        if nationality_of(member.text, "en") is not None or nationality_of(_compound_text(member), "en") is not None:
            return True  # "Pakistanis", "13 Sri Lankans"
        if member.pos_ == "NUM" or member.pos_ == "PRON" and member.lower_ not in NOT_PERSONAL:
            return True  # "two of them", "they"; not "captured it"
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(member)) and member.tag_ == "CD":
            return True
    return False


def is_age_noun(tok: Token) -> bool:
    """'a 23-year-old', 'the 17-year-olds' as the head of a noun phrase (spaCy splits the
    hyphens: "old" heads it, with "year" hanging on it)."""
    if tok.dep_ in ("amod", "compound") or tok.lower_ not in ("old", "olds", "year-old", "year-olds"):
        return tok.pos_ == "NOUN" and tok.lower_.endswith(("-year-old", "-year-olds"))
    return tok.lower_.startswith("year") or any(c.lemma_.lower() == "year" and c.i == tok.i - 2 for c in kids(tok))


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in kids(tok))


def _entry_ban_ok(trig: Token) -> bool:
    lemma = trig.lemma_.lower()
    if lemma in ("turn",):
        # "turned back three Syrians", "were turned away"; not "the woman turned back" (she did), nor
        # "turned away from the Acropolis", "from the stadium": a site, not a country's border
        heads = [trig, *(c for c in kids(trig) if c.dep_ in ("advmod", "prt"))]  # "turned away from": on "away"
        kept_from = [o for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ == "from" for o in kids(p) if o.dep_ == "pobj"]
        if any(o.ent_type_ in ("FAC", "ORG", "WORK_OF_ART", "EVENT") or o.lemma_.lower() in NOT_A_TERRITORY | SITES
               for o in _with_compounds(kept_from)):
            return False
        return _is_passive(trig) or any(c.dep_ in ("dobj", "dative") for c in kids(trig))
    if banned_from(trig) is not None:
        return True  # "was barred from Kazakhstan for five years", "banned from the UK"
    # whole words: "a nationalist party" holds "list", and a party banned is no entry ban
    around = {w for t in subtree(trig) for w in (t.lower_, t.lemma_.lower())}
    if not around & ENTRY_WORDS:
        return False  # "denied visas to two clerics"; "added … to its entry-ban list"
    entered = _entered(trig)
    return entered is None or entered.lemma_.lower() not in NOT_A_TERRITORY


ENTRY_WORDS = word_class("en_syntax", "ENTRY_WORDS")


def banned_from(trig: Token) -> str | None:
    """The country a ban keeps people out of, named by its from-phrase ("barred from Kazakhstan"), or None."""
    if trig.lemma_.lower() not in ("bar", "ban"):
        return None
    return next((code for c in kids(trig) if c.dep_ == "prep" and c.lower_ == "from" for o in kids(c)
                 if o.dep_ == "pobj" and o.ent_type_ == "GPE" and (code := country_code(_compound_text(o), "en"))), None)


# What one may be kept out of that is no country: "refused entry to her trial", "barred from
# entering the areas" (WikiEvents), a court, a stadium, a building.
NOT_A_TERRITORY = word_class("en_syntax", "NOT_A_TERRITORY")


# places one is kept out of that are no country, beside NOT_A_TERRITORY
SITES = word_class("en_syntax", "SITES")


def _with_compounds(heads: list[Token]) -> list[Token]:
    """The heads and the names compounded with them ("the Eiffel Tower": Tower, Eiffel)."""
    return [t for h in heads for t in (h, *(c for c in kids(h) if c.dep_ == "compound"))]


def _entered(trig: Token) -> Token | None:
    """What the ban keeps people out of: the object of "entering" or of "entry to / into"."""
    for tok in subtree(trig):
        if tok.lemma_.lower() == "enter" and tok.pos_ == "VERB":
            obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
            if obj is not None and obj.lower_ in ("which", "that"):
                clause = next((a for a in ancestors(tok) if a.dep_ == "relcl"), None)
                return clause.head if clause is not None else None
            return obj
        if tok.lower_ == "entry":
            return next((o for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("to", "into") for o in kids(p)
                         if o.dep_ == "pobj"), None)
    return None


def _count_near(tok: Token) -> int | None:
    """The number of people killed or wounded next to a casualty word."""
    victim_deps = ("nsubj", "nsubjpass") if tok.lemma_.lower() in ("die", "dead") else ("dobj", "nsubjpass")
    if tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "dobj") for c in kids(tok)):
        victim_deps = ("nsubj", "nsubjpass")  # "12 were killed and 30 wounded": the passive's "were" left out
    for c in kids(tok):
        if c.dep_ in victim_deps:
            listed = _listed_count(c)
            if listed is not None:
                return listed  # "eleven soldiers and three civilians died": 14
            q = _quantity_of(c)
            if q is not None and q.value is not None:
                return q.value
            if c.tag_ == "CD":
                q = parse_quantity(c.text, "en")
                if q is not None:
                    return q.value
            if c.lower_ == "another" and not any(k.dep_ == "prep" for k in kids(c)):
                return 1  # "a policeman was killed and another wounded"
            if c.tag_ == "NNS" and any(k.lower_ == "both" and k.dep_ in ("det", "predet", "preconj") for k in kids(c)):
                return 2  # "killing both pilots"
            if c.tag_ in ("NN", "NNP") and c.lower_ not in INDEFINITE_PEOPLE and (
                c.ent_type_ == "PERSON" or _is_person_np(c)
            ) and not _listed_people(c):
                return 1  # "killed the mayor", "assassinated Hector Oqueli": one person
    # "12 dead civilians"; "Five soldiers killed in an ambush near Gao": a headline's or a post's toll
    posted = tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i == tok.head.i + 1 and _is_person_np(tok.head) and not any(
        c.dep_ == "dobj" for c in kids(tok))
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "NUM") or posted:
        listed = _listed_count(tok.head) if tok.dep_ == "amod" and tok.i == tok.head.head.i + 1 else None
        if listed is not None:
            return listed  # "shot dead two policemen and a civilian": the parser hangs "dead" on the first of the list
        q = _quantity_of(tok.head)
        if q is not None and (q.value is not None or not posted):
            return q.value
    left_as = ("dead", "injured", "wounded", "hurt")
    if tok.head.lemma_.lower() == "leave" and tok.dep_ == "dobj" and tok.lower_ in left_as:
        # "leaving five dead", "leaving 64 dead and …": the parser makes the casualty word the object,
        # its count hung on it (WikiEvents, CASE 2021 and event_location have the form)
        number = next((c for c in kids(tok) if c.dep_ == "nummod" and c.i < tok.i), None)
        q = parse_quantity(number_phrase(number), "en") if number is not None else None
        return q.value if q is not None else None
    if tok.head.lemma_.lower() == "leave" and tok.dep_ in ("oprd", "advcl", "xcomp", "ccomp", "acomp") and tok.lower_ in left_as:
        # "left 12 people dead", "left three soldiers wounded": the object is the casualties
        victim = next((c for c in kids(tok.head) if c.dep_ == "dobj"), None)
        if victim is not None and (victim.lower_ in left_as or victim.pos_ == "NUM" and any(
            c.dep_ == "amod" and c.lower_ in left_as and c.lower_ != tok.lower_ for c in kids(victim)
        )):  # the dead as the object, or their bare count with "dead" hung on it
            # "leaving 64 dead and more than 300 injured": the object is the dead; the wounded's
            # count is the number coordinated with it
            coordinated = next((c for c in kids(victim) if c.dep_ == "conj" and c.pos_ == "NUM"), None)
            q = _quantity_of(coordinated) if coordinated is not None else None
            return q.value if q is not None else None
        q = _quantity_of(victim) if victim is not None else None
        if q is not None:
            return q.value
        if victim is not None and victim.lower_ in ("him", "her"):
            return 1  # "shot at a shopkeeper, leaving him seriously injured"
        # "left 3 dead and 5 injured": the parser may hang the bare number on the casualty word
        number = next((c for c in kids(tok) if c.dep_ == "nummod" and c.i < tok.i), None)
        q = parse_quantity(number.text, "en") if number is not None else None
        if q is not None:
            return q.value
    return None


# words for people that count no one ("everyone inside was killed")
INDEFINITE_PEOPLE = word_class("en_syntax", "INDEFINITE_PEOPLE")


def _listed_people(head: Token) -> bool:
    """Whether more people are joined to `head` by "and" ("the imam and his assistant")."""
    return any(c.dep_ == "conj" for c in kids(head))


def _listed_count(head: Token) -> int | None:
    """The sum of a list of counted people joined by "and" (not an apposition, which tells the
    same people again: "seven people, two soldiers and five shopkeepers")."""
    members = [head]
    while (nxt := next((c for c in kids(members[-1]) if c.dep_ == "conj"), None)) is not None:
        members.append(nxt)
    if len(members) < 2:
        return None
    values = []
    for member in members:
        q = _quantity_of(member)
        if (q is None or q.value is None) and member.tag_ in ("NN", "NNP") and (
            member.ent_type_ == "PERSON" or _is_person_np(member)
        ):
            values.append(1)  # "a local chief and his son": one person each
            continue
        if q is None or q.value is None:
            return None
        values.append(q.value)
    if len(values) >= 3 and sum(values[1:]) == values[0]:
        return values[0]  # "seven people, two soldiers and five shopkeepers": the seven broken down
    return sum(values)


RISING_VERBS = word_class("en_syntax", "RISING_VERBS")
WOUND_WORDS = word_class("en_syntax", "WOUND_WORDS")


RAISING_VERBS = word_class("en_syntax", "RAISING_VERBS")


def risen_toll(tok: Token) -> tuple[str, int] | None:
    """ "the death toll had risen to 39", "the number of people killed … rose to 290", "the number
    of injured climbed to 450": ("killed" or "wounded", the figure) for the subject of a rising toll."""
    if tok.lemma_.lower() not in ("toll", "number") or tok.dep_ not in ("nsubj", "dobj"):
        return None
    verb = tok.head
    if verb.lemma_.lower() not in (RISING_VERBS if tok.dep_ == "nsubj" else RAISING_VERBS):
        return None  # "the toll rose to 16"; "… later died, raising the toll to 16", "bringing the death toll to 40"
    figures = [c for c in kids(verb) if c.dep_ == "dobj" and c.like_num] + [
        o for p in kids(verb) if p.dep_ == "prep" and p.lower_ in ("to", "at") for o in kids(p)
        if o.dep_ == "pobj" and o.like_num
    ] + [  # "taking the toll in the attack to three": the parser may hang "to three" on the attack
        o for p in subtree(verb) if p.dep_ == "prep" and p.lower_ == "to" and p.i > tok.i and p.head.i != verb.i
        for o in kids(p) if o.dep_ == "pobj" and o.like_num
    ]
    if not figures:
        return None
    q = parse_quantity(figures[0].text, "en")
    if q is None or q.value is None:
        return None
    words = {t.lemma_.lower() for t in subtree(tok)} | {t.lower_ for t in subtree(tok)}
    if tok.lemma_.lower() == "number" and not words & ({"kill", "dead", "die", "casualty"} | WOUND_WORDS):
        return None  # "the number of trains in service"
    if _over_a_period(verb):
        return None  # "bringing to 101 the number of insurgents killed since the campaign began": a running count
    return ("wounded" if words & WOUND_WORDS else "killed"), q.value


RUNNING_SPANS = word_class("en_syntax", "RUNNING_SPANS")


def _over_a_period(verb: Token) -> bool:
    """The toll a verb raises counts over a period, not one act: "since the campaign began", "so far
    this year", "this month alone", "to date"."""
    for t in subtree(verb):
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if t.lower_ == "since" or nxt is not None and (t.lower_, nxt.lower_) in (("so", "far"), ("to", "date")):
            return True
        if t.lower_ == "this" and nxt is not None and nxt.lemma_.lower() in RUNNING_SPANS:
            return True
    return False


STRUCK_HEADS = word_class("en_syntax", "STRUCK_HEADS")


def _place_spans(sent: Span) -> list[Span]:
    """Place-name entities, and proper nouns after a locative preposition that NER missed (found
    once per sentence: every draft of the sentence asks)."""
    cache = sent.doc.user_data.setdefault("wf_place_spans", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _find_place_spans(sent)
    return list(cache[key])


def _find_place_spans(sent: Span) -> list[Span]:
    # "West Yorkshire Police" tagged as a place is a body, not where anything happened
    spans = [e for e in span_ents(sent) if e.label_ in LOCATION_LABELS and e[-1].lower_ not in BODY_WORDS]
    covered = {t.i for e in spans for t in e}
    for tok in span_tokens(sent):
        if tok.ent_type_ and tok.ent_type_ not in ("PERSON", "ORG"):
            continue  # dates, numbers, nationalities
        locative = ("in", "near", "at", "outside", "around")
        struck = tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in STRUCK_HEADS  # "airstrikes on Idlib"
        returning = tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in ("return", "arrival")
        near = tok.head.lower_ in locative or struck or returning
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.i not in covered and near:
            start = min([tok.i] + [c.i for c in kids(tok) if c.dep_ == "compound"])
            spans.append(tok.doc[start : tok.i + 1])
        elif (
            tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.i not in covered
            and tok.head.lower_ in ("province", "region", "district", "governorate")
            and tok.head.dep_ == "pobj" and tok.head.head.lower_ in locative
        ):
            spans.append(tok.doc[tok.i : tok.head.i + 1])  # "in Tillaberi region"
        elif tok.dep_ in ("appos", "conj") and tok.i not in covered and _locative_pobj(tok.head):
            # "in Janaale, Marka district", "in Sinjat district, Nineveh": the wider place named after
            if tok.pos_ == "PROPN":
                spans.append(tok.doc[tok.i : tok.i + 1])
            elif tok.lemma_.lower() in ("province", "region", "district", "governorate"):
                names = [c for c in kids(tok) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in covered]
                if names:
                    spans.append(tok.doc[names[0].i : tok.i + 1])
    return spans


def _locative_pobj(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near", "at", "outside", "around")


def _place_role(ent: Span) -> str:
    """How a place name relates to its clause: location, destination, origin or other."""
    root = ent.root
    head = root.head
    if root.dep_ == "poss":
        return "other"
    if ent.label_ in ("GPE", "LOC") and root.dep_ in ("amod", "compound") and head.pos_ in ("NOUN", "PROPN"):
        if head.lemma_.lower() in ("province", "district", "region", "city", "town", "village"):
            return "location"
        if head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "near", "outside", "on"):
            return "location"  # "at a Munich shopping centre"
        return "other"
    if root.dep_ in ("appos", "conj") and _locative_pobj(head):
        return "location"  # the wider place after the first: "in Janaale, Marka district"
    if root.dep_ == "pobj":
        prep = head.lower_
        if prep == "to" and head.head.lemma_.lower() in ("return", "arrival") and head.head.dep_ == "pobj":
            return "location"  # "arrested on his return to Almaty": where he arrived, and was held
        if prep in DESTINATION_PREPS:
            return "destination"
        if prep == "from":
            return "origin"
        if prep == "of":
            owner = head.head.lemma_.lower()
            if owner in ("province", "district", "region", "city", "town", "village", "republic", "outskirts"):
                return "location"
            return "other"
        if prep in ("in", "at", "near", "across", "around", "outside", "on", "inside"):
            return "location"
    return "other"


def _place_phrase(ent: Span) -> str:
    """The place phrase with its directional adjective or administrative noun kept."""
    root = ent.root
    doc = ent.doc
    start, end = ent.start, ent.end
    if start > 0 and doc[start - 1].lower_ in DIRECTIONS:
        start -= 1
    if end < len(doc) and doc[end].lower_ in ("province", "district", "region", "governorate", "oblast"):
        end += 1
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in ("province", "district"):
        return f"{ent.text} {root.head.head.lower_}"
    if end < len(doc) and doc[end].text == ")" and doc[start:end].text.count("(") > doc[start:end].text.count(")"):
        end += 1  # "Jisr al-Shughur (Idleb)": the name span stopped before its bracket closed
    return doc[start:end].text


def _source_name(tok: Token) -> str:
    """'the reports, which cited X' → X; "Turkey's Daily Sabah news website" → Daily Sabah."""
    for c in kids(tok):
        if c.dep_ == "relcl" and c.lemma_.lower() in ("cite", "quote"):
            objs = [o for o in kids(c) if o.dep_ == "dobj"]
            if objs:
                return _np_text(objs[0])
    sub = tok.doc[tok.left_edge.i : tok.i + 1]
    orgs = [e for e in span_ents(sub) if e.label_ in ("ORG", "PERSON")]
    if orgs:
        return orgs[-1].text
    return _np_text(tok)


def _aggregate_cue(trig: Token, sent: Span) -> bool:
    text = span_text(sent).lower()
    return any(cue in text for cue in AGGREGATE_CUES)


def people_along(trig: Token, head: Token) -> list[Token]:
    """People who go with the ones acted on: 'with his wife and two children', 'together with
    Krayem', 'alongside two Iraqis' (never the agent's side: 'clashed with', 'in cooperation with')."""
    out: list[Token] = []
    owners = [trig, head]
    verb = trig.head if trig.dep_ == "xcomp" else trig
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and _subject(verb) is not None and _subject(verb) == _subject(verb.head):
        owners.append(verb.head)  # "set off from Tunis with his sons and is thought to be on his way to Libya"
    for attempt in (c for c in kids(trig) if c.dep_ == "xcomp" and c.lemma_.lower() in ("try", "attempt")):
        # "caught trying to cross the border with her son": the companions of the attempt were caught too
        owners += [attempt, *(c for c in kids(attempt) if c.dep_ == "xcomp")]
    # "brought back from a camp with 11 other women and 28 children": the parser hangs the companions
    # on the place; only people told as others or as one's own ("with her three children") go along
    places = [o for p in kids(verb) if p.dep_ == "prep" and p.lower_ in ("from", "to", "at", "in")
              for o in kids(p) if o.dep_ == "pobj" and o.pos_ == "NOUN" and not _is_person_np(o)]
    for place in places:
        for prep in (c for c in kids(place) if c.dep_ == "prep" and c.lower_ == "with"):
            out += [o for o in kids(prep) if o.dep_ == "pobj" and _is_person_np(o) and any(
                c.lower_ == "other" and c.dep_ == "amod" or c.dep_ == "poss" and c.lower_ in ("his", "her", "their")
                for c in kids(o))]
    for owner in owners:
        preps = [c for c in kids(owner) if c.dep_ == "prep" and c.lower_ in ("with", "alongside")]
        for c in kids(owner):  # "along with his wife", "together with Krayem": "with" hangs from the adverb
            if c.lower_ in ("along", "together") and c.dep_ in ("prep", "advmod"):
                preps.extend(w for w in kids(c) if w.dep_ == "prep" and w.lower_ == "with")
        for prep in preps:
            for obj in kids(prep):
                # "caught with them": those are already counted; a companion is named or counted
                if obj.dep_ == "pobj" and obj.pos_ != "PRON" and _is_person_np(obj) and obj.lemma_.lower() not in SIDE_WORDS and obj.i != head.i:
                    out.append(obj)  # not the people themselves ("landed … with 84 children")
    return out


SIDE_WORDS = word_class("en_syntax", "SIDE_WORDS")  # "filed charges … with the provincial prosecutor"
