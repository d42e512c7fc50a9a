"""Passes over an English document's drafts once every sentence is read: one happening told twice
stays one draft (a follow-up sentence, a noun that names the act again, a toll told after), later
sentences lend what earlier ones lack (a date, a place, the group, who said it), and a trip that
ends in the arrest told beside it is no trip of its own."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from watchfloor.extract.en_draft import Draft, sex_of
from watchfloor.extract.en_frames import SENTENCE_TAKING, sentenced_person
from watchfloor.extract.en_remainder import REMAINING, is_rest
from watchfloor.extract.en_syntax import (
    LATER_WORDS,
    NEXT_IN_LINE,
    SPEECH_VERBS,
    THEN_WORDS,
    _clause_tokens,
    _count_near,
    _definite,
    _elliptical_count,
    _np_text,
    _patient,
    _reported_past_perfect,
    _sentence_gap_spans,
    _subject,
    custody_verb,
    people_along,
    sought_ahead,
)
from watchfloor.extract.text import doc_text, ents_before, span_text
from watchfloor.extract.time import BOUNDS, SAYING
from watchfloor.extract.tree import ancestors, kids, sent_of, span_tokens, tokens
from watchfloor.extract.tree import sentences as doc_sentences
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Location
from watchfloor.normalize.actors import actor_of
from watchfloor.normalize.dates import DateValue, days_covered
from watchfloor.normalize.groups import find_groups
from watchfloor.normalize.numbers import parse_quantity


def _periods_apart(a: DateValue, b: DateValue) -> bool:
    """Two days, weeks, months or years with no day in common."""
    da, db = days_covered(a.date, a.precision), days_covered(b.date, b.precision)
    return da is not None and db is not None and (da[1] < db[0] or db[1] < da[0])


def _other_destinations(prior: Draft, draft: Draft) -> bool:
    """People sent to two different countries ("brought back to the Netherlands", "her removal to Morocco")."""
    return bool(prior.destination and draft.destination and prior.destination != draft.destination)


def _told_apart(prior: Draft, draft: Draft) -> bool:
    """Two tellings with their own different days, in different countries, or sending people to
    different countries ("brought back to the Netherlands", "her removal to Morocco"), or done to a
    woman and then to a man, are two acts."""
    if _other_destinations(prior, draft):
        return True
    if {sex_of(prior), sex_of(draft)} == {"m", "f"}:
        return True
    dated = draft.date_strong and prior.date is not None and draft.date is not None
    if dated and draft.date.precision == prior.date.precision == "day" and draft.date.date != prior.date.date:  # type: ignore[union-attr]
        return True
    if dated and prior.date_strong and _periods_apart(prior.date, draft.date):  # type: ignore[arg-type]
        return True  # "arrested on Monday … had been held since January, when she was caught": two acts
    if dated and not prior.date_strong and prior.date.precision == "week" and draft.date.precision in ("month", "year") and (  # type: ignore[union-attr]
        _periods_apart(prior.date, draft.date)  # type: ignore[arg-type]
    ):
        # "have barred a preacher …, the ministry said on Monday. He was turned back at the airport in
        # February": an act told as recent and one told in an earlier month are two
        return True
    here, there = prior.location, draft.location
    return bool(here and there and here.country and there.country and here.country != there.country)


OTHER_OCCASION = word_class("en_story", "OTHER_OCCASION")


def _mentions_an_act(tok: Token) -> bool:
    """A noun of an act's type that is no act of its own ('the explosion', 'these attacks', 'each
    blast', 'an hour of bombing'), unless it names another occasion ('previous attacks')."""
    return tok.pos_ in ("NOUN", "PROPN") and not any(c.lower_ in OTHER_OCCASION for c in kids(tok))


def _told_again(mentions: list[tuple[str, Token]], drafts: list[Draft]) -> None:
    """Each such mention joins, as further evidence, the nearest act of its type told within a
    few sentences (before or after it): one happening is told many times. Further away, "the
    bombing" of a story that tells one bombing is that bombing (a long article names it again and
    again); a plural or an undetermined mention there may be others."""
    for etype, tok in mentions:
        sent = sent_of(tok)
        near = [(abs(_sentence_gap_spans(d.sent, sent)), n) for n, d in enumerate(drafts) if d.type == etype]
        if not near:
            continue
        gap, n = min(near)
        host = drafts[n]
        if gap > 8 and not (len(near) == 1 and host.modality == "asserted" and _the_one_act(tok)):
            continue
        if gap > 0 and sent != host.sent and sent not in host.told_again:
            host.told_again.append(sent)


def _the_one_act(tok: Token) -> bool:
    """ "the bombing", "the Boston Marathon bombing", "this attack", "Monday's explosion": one act
    named as known to the reader."""
    return tok.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in kids(tok)
    )


def _toll_told_after(sent: Span, last: Draft) -> None:
    """'19 people died and 40 were hurt' after an attack, in a sentence that tells no act of its
    own: the attack's dead and wounded."""
    if last.type != "ATTACK" or last.modality != "asserted" or _sentence_gap_spans(last.sent, sent) > 2:
        return
    before = (last.killed, last.wounded)
    for tok in span_tokens(sent):
        lemma = tok.lemma_.lower()
        if lemma == "fatality" and last.killed is None and len(sent) <= 7:
            last.killed = _fatalities(sent)  # a coder's line: "2 fatalities.", "Fatalities: 2.", "Fatalities coded as 10."
        elif lemma in ("kill", "die", "dead") and last.killed is None:
            last.killed = _count_near(tok)
        elif (lemma in ("wound", "injure", "hurt") or tok.lower_ in ("injured", "wounded")) and last.wounded is None:
            last.wounded = _count_near(tok)
    if (last.killed, last.wounded) != before and sent not in last.told_again:
        last.told_again.append(sent)


def _fatalities(line: Span) -> int | None:
    """The one number of a coder's short line of fatalities; none where it gives none or several."""
    numbers = [t for t in span_tokens(line) if t.like_num]
    if len(numbers) != 1:
        return None
    q = parse_quantity(numbers[0].text, "en")
    return q.value if q is not None else None


def _merge_follow_up(draft: Draft, drafts: list[Draft]) -> Draft | None:
    """'Six more Iranians were held with them on Friday' adds to the event before it;
    'The men were held on suspicion of…' tells more of it. Returns the draft merged into."""
    same = [d for d in drafts[-3:] if d.type == draft.type and d.sent.start != draft.sent.start]
    if not same:
        return None
    prior = same[-1]
    if _sentence_gap_spans(prior.sent, draft.sent) > 3:
        return None
    trig = draft.trigger
    with_them = any(
        c.dep_ == "prep" and c.lower_ in ("with", "alongside") and any(o.lower_ in ("them", "him", "her") for o in kids(c))
        for c in kids(trig)
    )
    # "Three other men were also charged", "his father was also arrested" (WikiEvents and MUC-4 have
    # the form): more people in the same act, when the sentence gives it no day or place of its own
    gap = _sentence_gap_spans(prior.sent, draft.sent)
    # "Six others were sentenced to 15 years" right after the verdict: "others" says "also" itself
    marked = any(c.dep_ == "advmod" and c.lower_ == "also" for c in kids(trig)) or gap <= 1 and _others(_also_people(trig))
    also = (
        marked
        # "they had also detained 300 Syrians" is its own act; "a third defendant received 25 years" is done to him
        and (any(c.dep_ == "auxpass" for c in kids(trig)) or trig.lemma_.lower() in SENTENCE_TAKING and sentenced_person(trig) is not None)
        and not _had_done(trig)
        and (gap <= 1 or gap <= 3 and _others(_also_people(trig)))
        and not draft.date_strong
        and not _own_place(trig)
        and not _other_destinations(prior, draft)  # "to Morocco" after "to the Netherlands"
        and draft.modality == prior.modality
        and not draft.anaphoric
    )
    if with_them or also:
        prior.absorbed.append(trig.i)
        prior.targets = prior.targets + draft.targets
        # a group told with its count holds the others once members were singled out in between
        # ("arrested five … One of those held … Another man and a woman were also detained")
        if prior.total is not None and draft.total is not None and (gap <= 1 or prior.total == 1):
            prior.total += draft.total
        if prior.type == "ATTACK":  # "Three other officers were also killed": more of the toll
            prior.killed = _plus(prior.killed, draft.killed)
            prior.wounded = _plus(prior.wounded, draft.wounded)
        if draft.date is not None and (draft.date_strong or prior.date is None) and not prior.date_strong:
            prior.date, prior.date_strong = draft.date, draft.date_strong
        return prior
    patient = _patient(trig, trig.pos_ in ("NOUN", "PROPN"))
    held = patient
    if held is None or held.lower_ in ("himself", "herself", "themselves"):
        # "the main suspect gave himself up", "his companions surrendered": they are the ones held
        held = next((c for c in kids(trig) if c.dep_ == "nsubj"), held)
    if held is not None and not draft.of_another_act and _one_by_one(prior, draft, held):
        prior.absorbed.append(trig.i)
        return prior
    if patient is not None and _definite(patient) and people_along(trig, patient) and prior.total is not None and (
        draft.total is not None and draft.total > prior.total and not draft.new_group
        and (not _told_apart(prior, draft) or not prior.date_strong)  # the first telling's day was the saying's
    ):  # "arrested a couple … The husband and wife were detained … along with their teenage son": more of it
        prior.absorbed.append(trig.i)
        prior.total, prior.targets = draft.total, draft.targets
        if draft.date is not None and draft.date_strong and not prior.date_strong:
            prior.date, prior.date_strong = draft.date, draft.date_strong
        return prior
    if patient is None or (draft.total is not None or draft.nationalities) and not draft.anaphoric or draft.new_group:
        return None
    # "A judge ordered him held pending trial on Friday" after his arrest: the same custody, remanded
    remand = draft.type == "ARREST" and draft.modality == "planned" and prior.modality == "asserted"
    if _told_apart(prior, draft) and not remand:
        return None  # the same people, another act: "arrested the five on January 16"
    if draft.modality != prior.modality and not remand and draft.modality != "denied" and _the_rest(patient):
        return None  # "eight of them were deported … The remaining three are awaiting deportation": the rest's own act
    if patient.pos_ == "PRON" or _definite(patient):
        prior.absorbed.append(trig.i)
        if _make_up_told(prior, draft):
            # "detained three men … The men, two Georgian citizens and a Russian national, were
            # picked up …": who they are, told in full, outweighs any nationality read off the place
            prior.targets, prior.parts_told = list(draft.targets), True
        told_with_its_day = (prior.date is None or not prior.date_strong) and draft.date is not None and draft.date_strong and (
            draft.date.precision in ("day", "week")
        ) and not (draft.modality == "planned" and prior.modality != "planned")  # "ordered him held … on Friday": the order's day
        if told_with_its_day:  # "have detained 748 … The suspects were detained … on Saturday": the act's own day, told after
            prior.date, prior.date_strong = draft.date, draft.date_strong
        if draft.location is not None and draft.location.text and (told_with_its_day or prior.location is None or not prior.location.admin1):
            prior.location = draft.location  # and its own place ("… was detained on Friday in Mutterstadt")
        return prior
    return None


def _the_rest(people: Token) -> bool:
    """'the rest', 'the others', 'the remaining three': the people of a group not yet told of."""
    return is_rest(people) or any(c.dep_ == "amod" and c.lower_ in REMAINING for c in kids(people))


def _also_people(trig: Token) -> Token | None:
    return next((c for c in kids(trig) if c.dep_ in ("nsubjpass", "nsubj")), None)


def _others(people: Token | None) -> bool:
    """ "three other men", "another man", "others", "a third defendant": people besides those told."""
    if people is None:
        return False
    return people.lower_ == "others" or any(
        c.dep_ in ("amod", "det") and (c.lower_ in ("other", "another") or c.dep_ == "amod" and c.lower_ in NEXT_IN_LINE)
        for c in kids(people))


def _plus(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else a + b


def _one_by_one(prior: Draft, draft: Draft, patient: Token) -> bool:
    """ "Six suspects … were taken into custody at the weekend. Their commander handed himself
    over to the army; his five men turned themselves in to the police": the people of the act just told,
    told one by one (definite or possessed, fewer than its count), with no day, place or "later" of
    their own, are that act (GOLD-FORMAT: one happening, one event)."""
    trig = draft.trigger
    told = patient.tag_ in ("NN", "NNS") and (
        _definite(patient) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(patient))
    )
    return (
        told
        and prior.total is not None
        and prior.total > 1
        and (draft.total is None or draft.total < prior.total)
        and not draft.date_strong
        and not _own_place(trig)
        and draft.modality == prior.modality
        and not any(c.lower_ in ("later", "then", "subsequently", "afterwards", "also") for c in kids(trig))
    )


def _own_place(trig: Token) -> bool:
    """A place phrase on the verb itself: "were also arrested in Bremen"."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "outside") and any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in kids(c))
        for c in kids(trig)
    )


def _inherit_dates(drafts: list[Draft]) -> None:
    """An undated act told right after a dated one of the same report shares its day
    ("A court on Wednesday sentenced… The court convicted 45…")."""
    for prev, draft in zip(drafts, drafts[1:], strict=False):
        separate = any(t.lower_ in ("separate", "separately") for t in span_tokens(draft.sent))
        # "the arrest …", not "… would follow" nor "will seek his extradition"
        noun = draft.trigger.pos_ == "NOUN" and not draft.follower and not sought_ahead(draft.trigger)
        datable = (draft.modality == "asserted" or noun) and not separate
        near = _sentence_gap(prev, draft) <= (4 if prev.type == draft.type else 3)
        # "Turkish authorities had caught the 17 …": a past perfect in the narrative tells what came before
        earlier = _had_done(draft.trigger) and not _reported_past_perfect(draft.trigger)
        # "Ahmed K., an Iraqi who was arrested on Friday, was charged": what a clause tells of one of
        # the act's people dates that, not the act
        described = prev.trigger.dep_ in ("relcl", "acl", "csubjpass") and prev.trigger in _clause_tokens(draft.trigger)
        # "… were freed on Saturday. The bombings at the airport killed 32": an attack told back by its
        # definite noun is an earlier happening, not on the day of the arrests or charges told before it
        retold = noun and draft.type == "ATTACK" and prev.type != "ATTACK" and _definite(draft.trigger)
        # "Four of them were later charged": after the day told, not on it
        later = any(c.lower_ in LATER_WORDS for c in kids(draft.trigger))
        if draft.date is None and not described and datable and not earlier and not retold and not later and prev.date is not None and prev.date.precision == "day" and near:
            draft.date = prev.date


def _narrative_day(drafts: list[Draft], dates_of: Callable[[Span], list[tuple[Token, DateValue]]]) -> None:
    """An act told in the past simple with no day of its own, right after a sentence of the same
    paragraph that dates a happening, happened on that day: the story's clock ("Police raided a
    flat in Leeds on 9 February. Two men were arrested."; "On 9 April officers questioned her. She
    was not arrested."). A day the sentence before hangs on a saying or a bound does not count."""
    for draft in drafts:
        if draft.date is not None or draft.modality not in ("asserted", "denied") or not _past_simple(draft.trigger):
            continue
        sent = draft.sent
        doc = sent.doc
        if sent.start == 0:
            continue
        before = sent_of(doc[sent.start - 1])
        if "\n\n" in span_text(before).strip():
            continue  # a headline run into the text
        if "\n\n" in doc_text(doc)[before.start_char : sent.start_char].strip(" ") and not _same_place_told(draft, before):
            continue  # another paragraph, unless it goes on at a place the dated sentence named ("searched
            # flats in Munich and Augsburg on Wednesday … ¶ Two men were arrested in Augsburg")
        days = [v for root, v in dates_of(before) if v.precision == "day" and v.date is not None
                and not _bound_or_saying(root)]
        if days:
            draft.date = days[-1]


def _same_place_told(draft: Draft, before: Span) -> bool:
    """The act's own place is named in `before` (whatever the case either is written in)."""
    place = draft.location.text if draft.location is not None else None
    return place is not None and place != "" and place.lower() in span_text(before).lower()  # the gazetteer's casing


def _arrival_day(drafts: list[Draft]) -> None:
    """ "Turkey deported him on Tuesday … Tajik authorities detained him on arrival in Dushanbe": an
    arrest or a refusal on arrival, with no day of its own, is on the day of the removal told before
    (the flight that brought them), not on a day of the sentences between."""
    for n, draft in enumerate(drafts):
        if draft.type not in ("ARREST", "ENTRY_BAN") or draft.date_strong or not _on_arrival(draft.trigger):
            continue
        removal = next((d for d in reversed(drafts[:n]) if d.type == "DEPORT" and d.date is not None and d.date_strong
                        and d.modality == "asserted"), None)  # the removal's own day, not one lent to a retelling
        if removal is not None:
            draft.date = removal.date


def _arrival_place(drafts: list[Draft]) -> None:
    """ "Turkey deported 23 Kyrgyz … Four of the men were detained on arrival": with no place of its
    own, an arrest on arrival is in the country the removal sent them to, told or, failing that,
    the one they are citizens of, not where the removal began."""
    for n, draft in enumerate(drafts):
        if draft.type != "ARREST" or draft.location is not None and draft.location.text or not _on_arrival(draft.trigger):
            continue
        removal = next((d for d in reversed(drafts[:n]) if d.type == "DEPORT" and d.modality == "asserted"), None)
        if removal is None:
            continue
        homes = draft.nationalities or removal.nationalities
        country = removal.destination or (next(iter(homes)) if len(homes) == 1 else None)
        started = removal.location.country if removal.location is not None else None
        if country and country != started:
            draft.location = Location(text=None, country=country)


def _on_arrival(trig: Token) -> bool:
    return any(p.dep_ == "prep" and p.lower_ in ("on", "upon") and any(o.lower_ in ("arrival", "landing") for o in kids(p))
               for p in kids(trig))  # "on arrival", "on landing at Eindhoven"


def _bound_or_saying(root: Token) -> bool:
    """'since 9 May', 'said on 9 February': the day bounds a period or dates the telling."""
    if any(a.lower_ in BOUNDS for a in ancestors(root)[:2]):
        return True
    verb = next((a for a in ancestors(root) if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in SAYING


def _past_simple(trig: Token) -> bool:
    """'arrested', 'was arrested', 'was not arrested' (and a verb coordinated with one): no
    perfect, no modal, no future."""
    verb = trig
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if any(c.lower_ in LATER_WORDS or c.lower_ == "since" for c in kids(verb)):
        return False  # "she was later arrested": after the day told, not on it
    aux = [c for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("had", "has", "have", "will", "would", "could", "may", "might", "to") or c.tag_ == "MD" for c in aux):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.lower_ in ("was", "were") for c in aux)


def _drop_travel_of_the_arrested(drafts: list[Draft]) -> list[Draft]:
    """A trip told of people the text reports arrested, deported or tried ("nine of them crossed
    into Syria") is their background, not a separate TRAVEL event."""
    if not any(d.type in ("ARREST", "DEPORT", "CHARGE") for d in drafts):
        return drafts
    kept = []
    for d in drafts:
        subj = _subject(d.trigger) if d.type == "TRAVEL" else None
        if subj is not None and (subj.pos_ == "PRON" or _definite(subj) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PRON" for o in kids(c)) for c in kids(subj)
        )):
            continue
        kept.append(d)
    return kept


def _inherit_places(drafts: list[Draft]) -> None:
    """An act with no place of its own, told after one with a place in the same country ("raids
    around the province"), happened there too."""
    for prev, draft in zip(drafts, drafts[1:], strict=False):
        if prev.location is None or prev.location.admin1 is None:
            continue
        if any(t.lower_ in ("separate", "separately") for t in span_tokens(draft.sent)) or draft.type == "TAKEDOWN":
            continue  # a takedown is online: only the state that orders it places it (`_location`)
        if draft.type == "ATTACK" and prev.type != "ATTACK":
            continue  # an arrest in Dambulla says nothing of where the bombs went off
        if draft.agent is not None and draft.agent.text and draft.agent.country:
            continue  # "Turkey deported a Dane": the agent places it, no finer
        here = draft.location
        # a country guessed from the people's nationality gives way to the place of the act before
        if here is None or here.text is None and (here.country in (None, prev.location.country) or draft.place_guessed):
            draft.location = Location(
                text=None, country=prev.location.country, admin1=prev.location.admin1, precision=3
            )


def _named_antecedent(tok: Token) -> str | None:
    """'The messaging service said' after 'Telegram …': a definite description of a kind of body
    names the last body of that kind the text named."""
    for c in kids(tok):  # "the messaging service Telegram said"
        if c.dep_ in ("appos", "npadvmod", "compound") and c.i > tok.i and c.pos_ == "PROPN":
            return _np_text(c)
    if not _definite(tok):
        return None
    actor = actor_of(_np_text(tok), "en")
    if actor is None or actor.name is not None:
        return None
    for ent in reversed([e for e in ents_before(tok.doc, tok.i) if e.label_ in ("ORG", "PERSON", "PRODUCT")]):
        named = actor_of(ent.text, "en")
        if named is not None and named.name is not None and named.sector == actor.sector:
            return str(ent.text)
    return None


def _acronym_after(tok: Token) -> str:
    """' (SIPA)' when the name is followed by its acronym in brackets: the short form is the one
    later sentences and other outlets use."""
    doc = tok.doc
    end = tok.i + 1
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        short = doc[end + 1].text
        if short.isupper() and 2 <= len(short) <= 8:
            return f" ({short})"
    return ""


BACK_REFERENCE = re.compile(
    r"\b(?:those (?:arrested|detained|held|charged)|the (?:suspects?|detainees?|defendants?|men|man|woman)|him|he)\b",
    re.IGNORECASE,
)


def _group_told_after(doc: Doc, drafts: list[Draft]) -> None:
    """'Police detained 40 men … He said those arrested had fought for the Islamic State group':
    a group named of the people just detained is their affiliation."""
    sentences = doc_sentences(doc)
    index = {sent.start: n for n, sent in enumerate(sentences)}
    for draft in drafts:
        if draft.affiliation is not None or draft.type not in ("ARREST", "CHARGE", "DEPORT", "ENTRY_BAN", "TRAVEL"):
            continue
        n = index.get(draft.sent.start)
        if n is None:
            continue
        for sent in sentences[n + 1 : n + 3]:
            if any(d.sent.start == sent.start for d in drafts):
                break  # another act is told: what follows is about it
            groups = find_groups(span_text(sent), "en")
            if groups and BACK_REFERENCE.search(span_text(sent)):
                draft.affiliation = groups[0][2]
                break


VAGUE_SOURCES = word_class("en_story", "VAGUE_SOURCES")


def _named_speaker_after(sent: Span) -> str | None:
    """The first named person quoted in the next two sentences ("…, police spokesman Baki Kelani
    told reporters"): the specific source behind a vague "officials said"."""
    doc = sent.doc
    starts = 0
    for tok in tokens(doc)[sent.end : sent.end + 80]:
        starts += bool(tok.is_sent_start)
        if starts > 2:
            break
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ == "VERB":
            subj = _subject(tok)
            if subj is not None and subj.ent_type_ == "PERSON":
                return _np_text(subj)
    return None


def _inherit_attribution(drafts: list[Draft]) -> None:
    """A follow-up of the same people ("they will be handed over for deportation") is told by
    the source of the act it follows; a vague "officials said" gives way to the named official
    quoted right after."""
    for draft in drafts:
        words = (draft.attribution or "").lower().split()
        if words and words[-1] in VAGUE_SOURCES and len(words) <= 2:
            draft.attribution = _named_speaker_after(draft.sent) or draft.attribution
    for n, draft in enumerate(drafts):
        if draft.attribution or not draft.anaphoric:
            continue
        prior = next((d for d in reversed(drafts[:n]) if d.attribution), None)
        if prior is not None and _sentence_gap(prior, draft) <= 3:
            draft.attribution = prior.attribution


def _sentence_gap(a: Draft, b: Draft) -> int:
    return _sentence_gap_spans(a.sent, b.sent)


def _make_up_told(prior: Draft, draft: Draft) -> bool:
    """The retelling counts the whole group told before, each part with its nationality."""
    parts = draft.targets
    return bool(parts) and prior.total is not None and all(t.nationality and t.count is not None for t in parts) and (
        sum(t.count or 0 for t in parts) == prior.total
    )


def _dedupe_clause(drafts: list[Draft]) -> list[Draft]:
    """One event per clause: a noun trigger inside a verb trigger's clause of the same type
    ('handed over for deportation', 'detained … under arrest') is the same happening."""
    kept: list[Draft] = []
    for d in drafts:
        attack = next((k for k in kept if k.type == d.type == "ATTACK"), None)
        if attack is not None:  # "a bomb killed four soldiers and wounded seven": one attack
            attack.killed = attack.killed if attack.killed is not None else d.killed
            attack.wounded = attack.wounded if attack.wounded is not None else d.wounded
            if d.date is not None and (attack.date is None or d.date_strong and not attack.date_strong):
                # "blamed … for an attack on a post … that killed two guards last week": the clause's own day
                attack.date, attack.date_strong = d.date, d.date_strong
            if attack.location is None or attack.location.text is None and d.location is not None and d.location.text:
                attack.location = d.location
            continue
        duplicate = False
        for k in kept:
            if k.type == d.type == "CHARGE" and _verdict_and_sentence(k, d):
                duplicate = True  # "were found guilty on Wednesday … and sentenced to eight years": one verdict
                break
            if k.type == d.type and _own_objects(k.trigger, d.trigger):
                continue  # "deported 20 Tajiks in January; in February it deported 11 more": two acts
            if k.type == d.type and _one_act_in_two_verbs(k, d):
                duplicate = True  # "was arrested on Monday and held at a police station": one arrest
                break
            if k.type == d.type and _told_of_its_people(k, d):
                continue  # "two brothers who were held … in December … have been detained again": two arrests
            if k.type == d.type and (d.trigger in _clause_tokens(k.trigger) or k.trigger in _clause_tokens(d.trigger)):
                if d.modality == "planned" or d.trigger.pos_ == "NOUN" and k.modality == "asserted":
                    k.modality = d.modality  # "handed over to police to be deported": planned
                duplicate = True
                break
        if not duplicate:
            kept.append(d)
    return kept


def _told_of_its_people(a: Draft, b: Draft) -> bool:
    """An act told in a relative clause on the other act's people, with a day of its own that is
    not the other's ("Two brothers who were held at Vienna airport in December … have been detained
    again in Grozny"): what happened to them before, another happening."""
    for inner, outer in ((a, b), (b, a)):
        if (inner.trigger.dep_ in ("relcl", "acl") and inner.trigger.head in _clause_tokens(outer.trigger)
                and inner.date_strong and inner.date is not None and inner.date != outer.date):
            return True
    return False


def _one_act_in_two_verbs(first: Draft, second: Draft) -> bool:
    """Two coordinated verbs of one kind sharing their people ('arrested and held', 'detained and
    taken into custody') tell one act, unless the second has a day of its own or comes later."""
    # "was arrested two days before the march and has been in custody since": the state of custody is the
    # arrest's (WikiEvents: "was captured and imprisoned pending trial")
    verb = custody_verb(second.trigger) or second.trigger
    if verb.dep_ != "conj" or verb.head.i != first.trigger.i or first.type == "ATTACK":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in kids(verb)):
        return False  # "detained three men and held two women": people of its own
    state = verb is not second.trigger  # "… and has been in custody (ever) since": held from then on
    if any(c.lower_ in THEN_WORDS and not (state and c.lower_ == "since") for c in kids(verb)):
        return False  # "was arrested in May and later held again"
    return second.date is None or not second.date_strong or second.date == first.date


def _verdict_and_sentence(first: Draft, second: Draft) -> bool:
    """A second verb of the same court act coordinated with the first, sharing its people and
    with no day of its own ("convicted and jailed", "found guilty … and sentenced to …")."""
    verb = second.trigger
    if verb.dep_ != "conj" or verb.head.i != first.trigger.i or second.modality != first.modality:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return False  # "he was charged and his brother was sentenced": other people
    return not second.date_strong or first.date == second.date


def _own_objects(a: Token, b: Token) -> bool:
    """Two verbs, each with people of its own as object or passive subject."""
    def objects(verb: Token) -> list[Token]:
        return [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("who", "that", "which")
                or c.dep_ == "advmod" and _elliptical_count(c)]
    if a.i == b.i or a.pos_ != "VERB" or b.pos_ != "VERB" or not objects(a) or not objects(b):
        return False
    return not set(objects(a)) & set(objects(b))


def _had_done(trig: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in kids(trig))
