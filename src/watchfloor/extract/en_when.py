"""When an English act happened: the time stage of the English front end.

`act_date` weighs every date of the act's sentence (extract/en_syntax.py finds them, anchored in the
story's own time frame; extract/time.py measures how far each is from the trigger): a date in the
trigger's own clause before one hung elsewhere; not the bound of a period, a motive's day, the day of
leaving or a statement's beyond a semicolon (extract/en_dates.py); "hours after" an act told with a
day; the day an announcement was made is the report's, not the act's; people held "now" were taken
in the report's week; a present perfect with no day of its own reports the week before publication.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from watchfloor.extract.en_dates import (
    beyond_a_semicolon,
    day_of_leaving,
    in_an_earlier_clause,
    in_its_deed,
    in_its_motive,
    in_its_reason,
)
from watchfloor.extract.en_draft import DocContext, Draft
from watchfloor.extract.en_syntax import (
    LATER_WORDS,
    PLAN_AUX,
    THEN_WORDS,
    _clause_tokens,
    _headline_present,
    _is_period,
    _is_person_np,
    _perfect,
    _reported_past_perfect,
    _said_on,
    _sentence_dates,
    _speech_attached,
    _under_speech,
    counted_by_an_ordinal,
    custody_verb,
    date_holder,
    sought_ahead,
)
from watchfloor.extract.time import (
    HAPPENING_NOUNS,
    date_distance,
    hangs_from,
    not_after_publication,
    story_relative,
)
from watchfloor.extract.tree import ancestors, kids, subtree
from watchfloor.extract.word_classes import word_class
from watchfloor.normalize.dates import DateValue
from watchfloor.normalize.numbers import parse_quantity


def _shared_with_first_verb(root: Token, trig: Token) -> bool:
    """'flew out of Manchester last week and are thought to be travelling to Syria': the second of two
    coordinated verbs, with no date and no 'later' of its own, shares the first one's date (not a
    plan: "was arrested on 18 March and is waiting to be transferred")."""
    top = trig
    while top.dep_ == "xcomp" and top.head.pos_ == "VERB":
        top = top.head  # "are thought to be heading": the believing verb is the coordinated one
    if top.dep_ != "conj" or top.head.pos_ not in ("VERB", "AUX") or not hangs_from(root, top.head):
        return False
    if any(c.lower_ in THEN_WORDS for v in (trig, top) for c in kids(v)):
        return False  # "fled in 2014 and was later arrested"
    if day_of_leaving(root, trig):
        return False
    return not any(t.ent_type_ == "DATE" for t in _clause_tokens(top))


def _on_its_verb(root: Token, trig: Token) -> bool:
    """'Six blasts struck … on Easter morning', 'a suicide bombing killed 12 on Tuesday': an act's
    noun that is the subject of a verb telling it happen is dated by that verb's own dates."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ not in ("nsubj", "nsubjpass") or trig.head.pos_ != "VERB":
        return False
    if trig.lemma_.lower() in ("toll", "number"):
        return False  # "the death toll had risen to 31 by Tuesday": the day of the count, not of the act
    return hangs_from(root, trig.head)


def told_ahead(trig: Token) -> bool:
    """'she will not be charged': an act's own verb told as to come (or not), which no past day dates."""
    return any(c.dep_ == "aux" and c.lower_ in PLAN_AUX for c in kids(trig))


def _on_its_noun(root: Token, trig: Token) -> bool:
    """'the 2019 bombing of a hotel … that killed 26', 'the April 2013 attack that killed three': a
    relative clause telling an act's toll is dated by the date on the act's own noun (WikiEvents,
    event_location, MUC-4), wherever the parser hung the clause in the noun's phrase."""
    if trig.dep_ != "relcl" or root.dep_ not in ("nummod", "compound", "amod", "npadvmod", "nmod"):
        return False
    noun = trig.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head if noun.lower_ not in HAPPENING_NOUNS else noun  # "the bombing of a hotel … that killed"
    return noun.lower_ in HAPPENING_NOUNS and root.head.i == noun.i


def _a_participants_own_date(root: Token, trig: Token) -> bool:
    """'Ahmed K., an Iraqi who was arrested in Kiel on Friday, was charged …', 'a Syrian detained
    last month was deported on Tuesday': a date in a clause describing one of the act's people
    dates what that clause tells of them, not this act ("the blast, which came on Friday" still
    dates the blast: an act's noun is no person)."""
    if root.dep_ in ("poss", "compound", "npadvmod") and root.head.i != trig.i and root.head.lower_ in HAPPENING_NOUNS and (
        root.head.pos_ == "NOUN" and _inside_a_person(root.head, trig)
    ):
        return True  # "the suspect in Sunday's knife attack has been charged": the attack's day, not the charge's
    for node in ancestors(root):
        if node.i == trig.i:
            return False
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            if node.dep_ in ("xcomp", "oprd") and node.head.i != trig.i and node.head.tag_ != "VBG":
                # "who was found stabbed … on Saturday": the clause is the finding's; not "who were
                # trying to leave on Monday", what they were doing when the act caught them
                continue
            if node.dep_ == "csubjpass":  # the same reduced relative, parsed as a clausal subject
                return any(c.dep_ == "nsubj" and _is_person_np(c) for c in kids(node))
            if node.dep_ == "relcl" and node.lemma_.lower() in STATE_VERBS and node.tag_ in ("VBG", "VBN"):
                return False  # "two men who had been living in Hamburg on Tuesday": a state has no day
            if node.dep_ == "acl" and node.tag_ == "VBG" and node.lemma_.lower() not in STATE_VERBS:
                return False  # "refused entry to two Uzbeks arriving on a flight … on Sunday": what they
                # were doing as the act caught them ("a man riding a motorcycle was shot", "detain 23
                # foreigners trying to enter Syria": event_location, MUC-4, reports-dev) shares its day
            if node.dep_ == "acl" and node.lemma_.lower() in STATE_PARTICIPLES:
                return False  # "detained 53 foreigners suspected of links to IS … on Tuesday": a
                # suspicion has no day; the parser hung the arrest's day on it
            return node.dep_ in ("relcl", "acl") and _is_person_np(node.head)
    return False


def _inside_a_person(noun: Token, trig: Token) -> bool:
    """The noun hangs (through prepositions) on a person the act is done to ("the suspect in …")."""
    for node in ancestors(noun):
        if node.i == trig.i:
            return False
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.pos_ in ("NOUN", "PROPN") and node.head.i == trig.i and node.dep_ in ("nsubjpass", "dobj", "nsubj"):
            return _is_person_np(node)
    return False


STATE_VERBS = word_class("en_when", "STATE_VERBS")


# participles that describe people as they are, with no happening to date
STATE_PARTICIPLES = word_class("en_when", "STATE_PARTICIPLES")  # "two men aged 24 and 31 … on Thursday": an age has no day


def _held_now(trig: Token) -> bool:
    """'five men are in police custody': held as the report is written, so taken this week."""
    verb = custody_verb(trig)
    return verb is not None and verb.tag_ in ("VBZ", "VBP")


def _few_days(root: Token, value: DateValue, found: list[tuple[Token, DateValue]]) -> bool:
    """'between 7 and 9 May', 'on 7-9 May', 'from May 7 to May 9': one operation over a few days
    (dated by its week, normalize.dates), not a tally over a period like "between January and June"."""
    if value.precision not in ("day", "week") or value.date is None:
        return False
    first = value.date
    linked = [v for r, v in found if r != root and abs(r.i - root.i) <= 6]  # the range's other end
    return all(v.precision == "day" and v.date is not None and abs((v.date - first).days) <= 7 for v in linked)


WEEKDAYS = word_class("en_when", "WEEKDAYS")


def _ahead_if_planned(draft: Draft, root: Token | None, published: dt.date | None) -> DateValue | None:
    """'Seven more will be deported on Thursday' in a Tuesday report is the coming Thursday: a
    bare weekday of a planned act points forward, where a past act's points back."""
    value = draft.date
    if (
        draft.modality != "planned" or value is None or value.date is None or published is None
        or root is None or root.lower_ not in WEEKDAYS or value.date >= published
        or any(t.lower_ in ("last", "past", "previous") for t in subtree(root))
        or _ordered_in_the_past(draft.trigger)
    ):
        return value
    return DateValue(value.date + dt.timedelta(days=7), value.precision)


def _ordered_in_the_past(trig: Token) -> bool:
    """'A judge ordered him held pending trial on Friday', 'the court ordered him deported on
    Friday': the complement of a past verb, with no future of its own, is told on the order's day."""
    return trig.dep_ in ("ccomp", "xcomp") and trig.head.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall", "'ll", "to") for c in kids(trig))


def _hours_from(trig: Token, found: list[tuple[Token, DateValue]]) -> DateValue | None:
    """An act told "hours after" or "minutes before" the clause it hangs on happened on that
    clause's day: the nearest day named outside the act's own words (a date inside them, "murder
    over the attacks of 22 March", is another act's)."""
    mark = next((c.lower_ for c in kids(trig) if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    span = next((c for c in kids(trig) if c.dep_ == "npadvmod" and c.lemma_.lower() in ("hour", "minute", "day", "week")), None)
    if span is None:
        return None
    shift = 0
    if span.lemma_.lower() in ("day", "week"):
        # "a day after a car bomb killed 11", "a week after officers detained him": the act came that
        # many days or weeks before the day told
        count = next((q.value for c in kids(span) if c.dep_ in ("nummod", "det")
                      if (q := parse_quantity("one" if c.lower_ in ("a", "an") else c.text, "en")) is not None), None)
        if not count:
            return None
        count *= 7 if span.lemma_.lower() == "week" else 1
        shift = -count if mark == "after" else count
    own = {t.i for t in subtree(trig)}
    days = [(root, value) for root, value in found
            if root.i not in own and value.precision == "day" and value.date is not None]
    found_day = None
    for clause in ancestors(trig):  # the clause it hangs on, then the one that hangs on, …
        on_it = [value for root, value in days if root.head == clause or root.head.dep_ == "prep" and root.head.head == clause]
        if on_it:
            found_day = on_it[0]
            break
    if found_day is None:
        found_day = min(days, key=lambda d: abs(d[0].i - trig.i))[1] if days else None
    if found_day is None or found_day.date is None or not shift:
        return found_day
    return DateValue(found_day.date + dt.timedelta(days=shift), "day")


def _when_of(trig: Token, root: Token) -> bool:
    """Is `trig` the act of a "when" clause on the date `root` ("since 7 May, when the group blew
    up a vehicle", "in 2016, when police arrested him")? That date is the act's own."""
    return (
        trig.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in kids(trig))
        and (trig.head == root or trig.head in kids(root) or root in kids(trig.head))
    )


# who reports what others did: a recent act they tell of is dated by the report's week (GOLD-FORMAT:
# "were denied entry, the paper reported on Saturday"), unlike an agency announcing its own act
PRESS_NOUNS = word_class("en_when", "PRESS_NOUNS")
NEWS_AGENCY_WORDS = word_class("en_when", "NEWS_AGENCY_WORDS")  # "the state news agency"; a border agency acts itself


def _told_by_the_press(date_root: Token | None) -> bool:
    """Is the saying the date hangs on a news outlet's ("…, the paper reported on Saturday")?"""
    if date_root is None:
        return False
    node = date_holder(date_root)
    subj = next((c for c in kids(node) if c.dep_ == "nsubj"), None)
    if subj is None and node.dep_ in ("acl", "relcl"):
        subj = node.head  # "…, the paper reported on Saturday" parsed as a reduced relative on "paper"
    if subj is None:
        return False
    if subj.lemma_.lower() == "agency":
        return any(c.dep_ in ("compound", "amod") and c.lower_ in NEWS_AGENCY_WORDS for c in kids(subj))
    return subj.lemma_.lower() in PRESS_NOUNS


def _headline_told_present(trig: Token) -> bool:
    """A headline's or a post's verb in the present ("Police arrest five over Kano bombing"), or the
    act noun it tells of ("Explosion at a checkpoint kills 3")."""
    if trig.pos_ == "NOUN" and trig.dep_ in ("nsubj", "dobj"):
        trig = trig.head
    return trig.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in kids(trig)) and _headline_present(trig)


def _telegraphic_toll(trig: Token) -> bool:
    """'19 civilians killed', 'at least 1 killed and 14 injured': a toll's participle with no
    auxiliary, on a number or a counted noun — the telegraphic grammar of posts and wires."""
    if trig.tag_ != "VBN" or trig.lemma_.lower() not in TOLL_VERBS or any(c.dep_ in ("aux", "auxpass") for c in kids(trig)):
        return False
    if trig.dep_ not in ("acl", "conj", "ROOT"):
        return False
    people = [c for c in kids(trig) if c.dep_ in ("nsubj", "nsubjpass")]
    if trig.dep_ == "acl":
        people.append(trig.head)
    if any(c.dep_ == "nummod" for c in kids(trig)):
        return True  # "at least 1 killed": the parser hangs the number on the participle
    return any(p.pos_ == "NUM" or any(n.dep_ == "nummod" for n in kids(p)) for p in people)


TOLL_VERBS = word_class("en_when", "TOLL_VERBS")


INTERVAL_DAYS = {"day": 1, "week": 7}


def _interval_from(root: Token, trig: Token) -> dt.timedelta | None:
    """'three days after the April 15 attack', 'four days before the bombing on 19 April' (WikiEvents
    has both): a day told under "after" or "before" with a span of days or weeks on it is that far
    from the act."""
    for node in ancestors(root):
        if node.i == trig.i:
            return None
        if node.dep_ == "prep" and node.lower_ in ("after", "before"):
            span = next((c for c in kids(node) if c.dep_ == "npadvmod" and c.lemma_.lower() in INTERVAL_DAYS), None)
            if span is None and node.head.lemma_.lower() in INTERVAL_DAYS and node.head.dep_ == "npadvmod":
                span = node.head  # "A day after the bombing …": the parser hangs "after" on the span
            if span is None:
                return None
            told = next((c for c in kids(span) if c.dep_ == "nummod"), None)
            q = parse_quantity(told.text, "en") if told is not None else None
            count = q.value if q is not None else 1 if any(c.lower_ in ("a", "an", "one") for c in kids(span)) else None
            if count is None:
                return None
            days = count * INTERVAL_DAYS[span.lemma_.lower()]
            return dt.timedelta(days=days if node.lower_ == "after" else -days)
    return None


def _such_count(root: Token) -> bool:
    """A date right after "the third such flight", "the fifth such attack": the period a count runs over."""
    j = root.i - 1
    while j >= 0 and root.doc[j].pos_ == "DET":
        j -= 1
    before = root.doc[j] if j >= 0 else None
    # "the third such flight this year", "its sixth attack this year" (MUC-4): the period the count runs over
    return before is not None and before.pos_ == "NOUN" and (
        any(c.lower_ == "such" for c in kids(before)) or counted_by_an_ordinal(before))


def _since_clause(trig: Token) -> Token | None:
    """'… since the curfew began': the clause the act counts from, a happening on."""
    return next((c for c in kids(trig) if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in kids(c))), None)


def _phrase_head(word: Token) -> Token:
    """The head noun of the phrase a date's word modifies ("last" in "since last weekend": "weekend")."""
    while word.dep_ in ("amod", "compound", "nummod", "det") and word.head.i != word.i:
        word = word.head
    return word


def act_date(draft: Draft, trig: Token, sent: Span, ctx: DocContext) -> None:
    published = ctx.reference
    draft.reported = published
    owned = _clause_tokens(trig)
    # "ordered the arrest of …" is dated by the order; "will seek his extradition" by nothing told yet
    is_noun_trigger = trig.pos_ in ("NOUN", "PROPN") and not sought_ahead(trig)
    best: tuple[int, DateValue, bool] | None = None
    best_root: Token | None = None
    speech_dated = False
    found = list(_sentence_dates(sent, published, ctx.dateline_end))
    since = _since_clause(trig)
    for root, value in found:
        if _when_of(trig, root):
            best, best_root, speech_dated = (0, value, True), root, False  # "since 7 May, when … blew up"
            break
        if _phrase_head(root).head.lower_ in ("since", "from", "until", "till") or root.lower_ in ("since", "until", "till"):
            continue  # the bound of a period: a tally, not the day of an act ("since last weekend")
        if since is not None and since in root.ancestors:
            continue  # "since the curfew began on 1 May": the period's first day
        if _such_count(root):
            continue  # "— the third such flight this year": the year of a count, not the act's
        by_then = root.head.lower_ == "by" or root.i > 0 and root.doc[root.i - 1].lower_ == "by"
        if by_then and (any(r.head.lower_ in ("since", "from") or r.lower_ == "since" for r, _ in found) or since is not None):
            draft.period = True  # "by 26 March, 149 had been sent back since 1 January": a count over those days
            continue
        if in_its_motive(root, trig) or in_its_reason(root, trig):
            continue  # "carried out the attack to avenge the killing of a commander last month": the killing's day
        earlier = in_an_earlier_clause(root, trig)
        if value.precision in ("month", "year") and (earlier or in_its_deed(root, trig)):
            continue  # "charged four men after they helped … in 2015"; not "arrested … after his car hit a lamppost on Saturday"
        if earlier and _perfect(trig):
            continue  # "have charged a man after two worshippers were stabbed on Friday": told as recent, not of that day
        if day_of_leaving(root, trig) or (draft.modality != "denied" or told_ahead(trig)) and beyond_a_semicolon(root, trig):
            continue  # "questioned her on 3 March; she was not detained": what did not happen then, that day
        if _is_period(root) and not _few_days(root, value, found):
            draft.period = True  # "in July and August": a tally over months
            continue
        inside = (root in owned or _on_its_verb(root, trig) or _on_its_noun(root, trig)) and not _under_speech(root, trig)
        if inside and _a_participants_own_date(root, trig):
            continue
        # "said on Tuesday they had expelled two men … and were holding a third": the saying's day,
        # misparsed onto the first verb, is no day of the second
        inside = inside or draft.modality != "planned" and _shared_with_first_verb(root, trig) and not _said_on(root)
        # only a date after the act and outside its clause can be a later happening's
        later = not inside and root.i > trig.i
        relative = story_relative(sent, published, ctx.dateline_end) if later else frozenset()
        distance = date_distance(root, trig, inside, relative)
        if distance is None:
            continue
        if best is None or distance < best[0]:
            best = (distance, value, inside)
            best_root = root
            speech_dated = _speech_attached(root)
    if best is not None and not best[2] and draft.type != "TRAVEL" and any(c.lower_ in LATER_WORDS for c in kids(trig)):
        # "detained in May and later deported": after the day told, not on it (a trip's day is
        # its start: "quit Graz in June and later reached the war zone")
        best = None
    frame = _hours_from(trig, found)
    direct = any(r.head == trig or r.head.dep_ == "prep" and r.head.head == trig for r, _ in found)
    if frame is not None and not direct:
        draft.date = frame  # "…, on Saturday, hours after a judge charged him": that day
        return
    announced = (
        best is not None
        and not best[2]
        and published is not None
        and best[1].date is not None
        and (
            best[1].precision == "day" and abs((published - best[1].date).days) <= 7
            # "Tajikistan said this month that 84 children had been flown home": the saying's month
            or best[1].precision == "month" and (best[1].date.year, best[1].date.month) == (published.year, published.month)
        )
        and speech_dated
    )
    if announced:
        draft.reported = best[1].date if best is not None else published  # "…, police said on Monday"
        if best is not None and best[1].date is not None and any(t.lower_ == "week" for t in owned):
            # "blocked 78 channels over the course of a single week", said on Wednesday
            day = best[1].date
            draft.date = DateValue(day - dt.timedelta(days=day.weekday()), "week")
            return
    if _held_now(trig) and (best is None or announced) and published is not None and draft.modality == "asserted":
        # "… have three people in custody", said on Wednesday: held now, taken this week
        draft.date = DateValue(published - dt.timedelta(days=published.weekday()), "week")
    elif best is not None and not announced and (best[2] or not _perfect(trig)) and not (
        draft.modality == "planned" and not best[2] and not (is_noun_trigger and best_root is not None and best_root.sent == trig.sent)
    ):  # "On Monday the ministry said …; they are to be deported": the day is the saying's, the plan has none;
        # "On Monday judges ordered the arrest of …" is the order's, "… The suspects face deportation" no one's
        draft.date, draft.date_strong = best[1], best[2]
        shift = _interval_from(best_root, trig) if best_root is not None else None
        if shift is not None and best[1].date is not None and best[1].precision == "day":
            draft.date = DateValue(best[1].date + shift, "day")  # "two days after the bombing on 14 February"
        if best[2]:  # "On Monday judges ordered the arrest of …": the order's past day, not the arrest's
            draft.date = _ahead_if_planned(draft, best_root, published)
        draft.date = not_after_publication(draft.date, best_root, trig, draft.modality, published)
    elif (
        (_perfect(trig) or best is None and _reported_past_perfect(trig) or announced and _told_by_the_press(best_root)
         # "Turkey deports 14 foreign fighters", a post or a headline with no day: told as recent
         or best is None and _headline_told_present(trig)
         # "…, 19 civilians killed — local officials": a toll told without its "were", as posts tell news
         or best is None and _telegraphic_toll(trig)
         # "Denmark has issued entry bans against five imams": the act noun's verb is the perfect
         or is_noun_trigger and trig.dep_ in ("dobj", "nsubjpass") and trig.head.pos_ in ("VERB", "AUX") and _perfect(trig.head))
        and published is not None
        and draft.modality == "asserted"
    ):
        # "Azerbaijan has arrested five…": the present perfect reports the days before publication
        monday = published - dt.timedelta(days=published.weekday())
        draft.date = DateValue(monday, "week")
