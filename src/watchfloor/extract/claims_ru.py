"""Russian claims: statements whose content is itself the news (the counterpart of claims_en.py).

A statement is a speech verb with a speaker and content ("канал сообщил, что …", "как заявил X, …",
"в заявлении говорится, что …", "X призвал …", "X назвал случившееся терактом", "по словам X, …",
"«…», — добавил X", "X заявил: «…»"); its clauses are judged one by one ("написала, что …, а …").
A clause is a claim unless it reports an event as done ("полиция сообщила, что задержала троих"),
a statistic or, from a neutral report verb, a past deed; positions ("утверждает", "отрицает",
"признался"), what may, will or was meant to happen ("не смогла бы", "пригрозили заблокировать"),
responsibility ("стоит за взрывами") and a speaker's own deeds stay claims. A claim takes a topic
from data/topics.json (`ru` patterns) or "unassigned" from an identifiable speaker; lexicons are in
data/claim_cues.json. Several statements by one speaker on one topic with one stance are one claim
with several evidences.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

from watchfloor.extract.ru_syntax import VERBAL, case_of, evidence, fold_ru, load_cues, np_text, subject
from watchfloor.extract.topics import UNASSIGNED, add_claim, numbered, topic_of
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Claim, Document, Speaker
from watchfloor.nlp.russian import RuSentence, RuToken
from watchfloor.normalize.actors import actor_of
from watchfloor.normalize.dates import find_dates, report_day

CONTENT_MARKS = word_class("claims_ru", "CONTENT_MARKS")
CREDIBLE = frozenset({"channel", "official", "person", "media", "organisation"})
# Verbs whose object clause, not a "что" clause, carries what was said.
WHOLE_CLAUSE_VERBS = word_class("claims_ru", "WHOLE_CLAUSE_VERBS")


@dataclass(slots=True)
class _Voice:
    """A speaker introduced in the document, remembered for later references ("в заявлении говорится")."""

    speaker: Speaker
    platform: str | None
    day: date | None
    precision: str


@dataclass(frozen=True, slots=True)
class _Cues:
    """The Russian part of data/claim_cues.json."""

    position: frozenset[str]  # verbs that take a position on what happened ("утверждать", "признать")
    committed: frozenset[str]  # verbs that make a statement of anyone who uses them
    extra_speech: frozenset[str]
    whole_clause: frozenset[str]
    source_nouns: frozenset[str]
    responsibility: frozenset[str]
    hedges: frozenset[str]
    generic: frozenset[str]
    nominal: frozenset[str]
    hedge_words: frozenset[str]
    figures: frozenset[str]
    both: frozenset[str]
    speaker_nouns: frozenset[str]
    own: frozenset[str]
    person_nouns: frozenset[str]


@cache
def claim_cues() -> _Cues:
    raw: dict[str, Any] = json.loads(files("watchfloor.data").joinpath("claim_cues.json").read_text("utf-8"))["ru"]

    def words(key: str) -> frozenset[str]:
        return frozenset(fold_ru(str(w)) for w in raw[key])

    return _Cues(
        position=words("position_verbs"),
        committed=words("committed_verbs"),
        extra_speech=words("extra_speech_verbs"),
        whole_clause=words("whole_clause_verbs"),
        source_nouns=words("source_nouns"),
        responsibility=words("responsibility_heads"),
        hedges=words("hedge_heads"),
        generic=words("generic_speakers"),
        nominal=frozenset(raw["nominal_relations"]),
        hedge_words=words("hedge_words"),
        figures=words("figure_words"),
        both=words("both_words"),
        speaker_nouns=words("speaker_nouns"),
        own=words("own_markers"),
        person_nouns=words("person_nouns"),
    )


def extract_claims(
    sents: list[RuSentence],
    document: Document,
    event_triggers: set[tuple[int, int]],
    headline_end: int = 0,
    covered: list[tuple[int, int]] | None = None,
    trigger_lemmas: frozenset[str] = frozenset(),
) -> list[Claim]:
    """Claims of a document. `event_triggers` are (sentence, token) of event triggers and `covered`
    the character spans of events and aggregates: statements reporting those are attributions.
    A statement on none of the topics is still a claim, topic "unassigned", from a credible
    speaker (or from anyone who takes a position: "утверждает", "признал", "заявил")."""
    covered = covered or []
    # relative days count from the dateline's day, as the events' do ("МОСКВА, 5 января. /ТАСС/. … во вторник")
    document = replace(document, published=report_day(document.text, document.published))
    claims: list[Claim] = []
    last: _Voice | None = None
    taken: set[int] = set()  # tokens of the sentence already inside a statement's content
    person: _Voice | None = None  # the last person named, for a pronoun with no speaker before it
    for sent in sents:
        if sent.stop <= headline_end:
            continue
        intro = _introduction(sent, document)
        if intro is not None:
            last = intro
        taken = set()
        if last is None and person is not None:
            last = person  # "по его словам", "— добавил он": the person named before
        for content, speaker_tok, verb in _statements(sent):
            if not content or (verb is not None and verb.i in taken):
                continue
            voice = _voice(sent, speaker_tok, verb, last)
            if voice is None:
                continue
            if speaker_tok is not None and speaker_tok.pos != "PRON" and voice.speaker.kind in CREDIBLE:
                last = voice  # "— добавил он", "по его словам" refer back to this speaker
            parts = [content] if _quoted(content) else _split(content)
            kept = [
                p for p in parts
                if _is_claim_content(sent, p, verb, voice, event_triggers, covered, trigger_lemmas)
            ]
            if not kept:
                continue
            taken.update(t.i for t in content)
            text = " ".join(t.text for p in kept for t in p)
            found = topic_of(text, "ru")
            if found is not None:
                topic_id, stance = found[0].id, found[1]
            elif (_credible(voice, verb, speaker_tok) or _quoted(kept[0]) and _described(speaker_tok)) and (voice.speaker.kind == "person" or not _reported_fact(kept[0], verb)):
                topic_id, stance = UNASSIGNED, _stance(text, verb)
            else:
                continue
            if voice.speaker.kind != "document":
                last = voice
            day, precision = _date(sent, document, voice)
            claim = Claim(
                id="",
                speaker=voice.speaker,
                evidence=evidence(sent, kept[0], trim_case=True),
                topic=topic_id,
                stance=stance,
                platform=voice.platform,
                date=day,
                date_precision=precision,
            )
            claim.more_evidence.extend(evidence(sent, p, trim_case=True) for p in kept[1:])
            add_claim(claims, claim)
        named = [sp for sp in sent.spans if sp.type == "PER"]
        if named:
            person = _Voice(Speaker(text=named[-1].text, kind="person"), None, None, "unknown")
    return numbered(claims)


def _split(content: list[RuToken]) -> list[list[RuToken]]:
    """What was said, one clause at a time: "написала, что удалено …, а в 2018 году … будут …"."""
    inside = {t.i for t in content}
    roots = [t for t in content if t.head is None or t.head.i not in inside]
    parts: list[list[RuToken]] = []
    seen: set[int] = set()  # a bad parse may loop
    for root in roots:
        queue = [root]
        seen.add(root.i)
        own_root = [t for t in content if root in (t, *t.ancestors)]
        while queue:
            head = queue.pop(0)
            subs = [
                c for c in head.children
                if c.rel == "conj" and c.i in inside and c.i not in seen and c.pos in VERBAL | {"NOUN", "ADJ"}
                and any(m.rel in ("nsubj", "nsubj:pass", "mark") for m in c.children)
            ]
            seen.update(c.i for c in subs)
            drop = {t.i for sub in subs for t in sub.subtree()}
            part = [t for t in own_root if t.i not in drop and (t is head or head in t.ancestors)]
            if any(t.pos != "PUNCT" and t.rel not in ("cc", "mark") for t in part):
                parts.append(sorted(part, key=lambda t: t.i))
            queue.extend(subs)
    return parts


def _is_claim_content(
    sent: RuSentence,
    part: list[RuToken],
    verb: RuToken | None,
    voice: _Voice,
    event_triggers: set[tuple[int, int]],
    covered: list[tuple[int, int]],
    trigger_lemmas: frozenset[str],
) -> bool:
    """A clause is a claim unless it reports an event as having happened ("полиция сообщила, что
    задержала троих"); a position taken on it ("утверждает", "признал", "стоит за взрывом"), an
    act told as intended or possible, and a speaker's own deed told by himself are claims."""
    cues = claim_cues()
    if sum(1 for t in part if t.pos != "PUNCT") < 2:
        return False
    if verb is not None and (verb.lemma in cues.position or any(c.lemma in cues.responsibility for c in verb.children)):
        return True  # "утверждали, что …", "взял на себя ответственность за …": a position on what happened
    if _states_a_figure(part):
        return False  # a statistic: an aggregate's business
    triggers = [t for t in part if (sent.index, t.i) in event_triggers or t.lemma in trigger_lemmas and t.pos in VERBAL]
    acts = [
        t for t in triggers
        if t.pos in VERBAL and t.rel not in cues.nominal
        and not (t.feat("VerbForm") == "Part" and t.feat("Case") not in (None, "Nom"))  # "среди задержанных"
    ]
    hedged_part = any(t.lemma in cues.hedge_words for t in part)
    asserted = [t for t in acts if not hedged_part and not _hedged(t, verb) and not _own_deed(t, voice)]
    if asserted:
        return False  # the event, with its source: an attribution
    if triggers and (hedged_part or any(_hedged(t, verb) or _own_deed(t, voice) for t in triggers)):
        return True  # "не смогла бы провести атаки", "заявил, что вступил в ИГ"
    first, end = min(t.start for t in part), max(t.stop for t in part)
    return not any(s < end and first < e for s, e in covered)


def _states_a_figure(part: list[RuToken]) -> bool:
    """ "заблокировала 376 890 аккаунтов", "до трёх тысяч граждан", "это 16 мужчин, 59 женщин":
    counts in the hundreds and counted lists of people are statistics, not claims."""
    cues = claim_cues()
    numbers = [int(t.text) for t in part if t.text.isdigit()]
    if any(n >= 100 and not 1900 <= n <= 2100 for n in numbers) or any(t.lemma in cues.figures for t in part):
        return True
    return sum(1 for t in part if t.pos == "NUM" and t.rel == "nummod") >= 2


def _hedged(tok: RuToken, stop: RuToken | None) -> bool:
    """ "не смогла бы провести атаки", "пригрозили заблокировать", "стоит за взрывами": an act
    intended, possible or owned up to, not reported as done."""
    cues = claim_cues()
    node: RuToken | None = tok
    for _ in range(12):
        if node is None:
            return False
        if node is stop:
            return node is not tok and node.lemma in cues.hedges  # "пригрозили заблокировать"
        if node.pos in VERBAL and node.feat("Tense") == "Fut":
            return True  # "предупредил, что заблокирует"
        if any(c.lemma == "бы" or c.lemma == "быть" and c.feat("Tense") == "Fut" for c in node.children):
            return True
        if node is not tok and (node.lemma in cues.hedges or node.lemma in cues.responsibility or _stands_behind(node)):
            return True
        node = node.head
    return False


def _stands_behind(verb: RuToken) -> bool:
    """ "стоит за нападением на рынок": natasha lemmatises this "стоит" as "стоить" (to cost); with "за"
    and an object it is "стоять за", owning up to an act."""
    return verb.lemma == "стоить" and any(
        c.rel == "obl" and any(g.rel == "case" and g.lemma == "за" for g in c.children) for c in verb.children
    )


def _own_deed(tok: RuToken, voice: _Voice) -> bool:
    """ "заявил, что вступил в группировку": what the speaker says of himself, unless an
    authority tells of its own operation ("полиция сообщила, что задержала троих")."""
    if voice.speaker.kind in ("official", "media", "document") or tok.pos not in VERBAL:
        return False
    subj = next((c for c in tok.children if c.rel in ("nsubj", "nsubj:pass")), None)
    own = claim_cues().own
    return subj is None or subj.lemma in own or any(c.lemma in own for c in subj.children)  # "их отряд атаковал"


def _quoted(part: list[RuToken]) -> bool:
    """ "«…», — добавил консул": a direct quotation is the speaker's own statement."""
    words = [t for t in part if t.pos != "PUNCT" or t.text in QUOTE_MARKS]
    return bool(words) and words[0].text in QUOTE_MARKS


QUOTE_MARKS = frozenset({"«", "„", '"', "“"})


def _described(speaker: RuToken | None) -> bool:
    return speaker is not None and speaker.pos not in ("PRON", "NUM") and speaker.lemma not in claim_cues().generic


def _credible(voice: _Voice, verb: RuToken | None, speaker: RuToken | None) -> bool:
    """Off-topic statements count from a credible speaker; a verb that takes a position (or "по
    словам X") makes a statement of anyone who is named or described, not of "многие"."""
    # "в ведомстве сообщили" names nobody; "власти называют", "полиция заявила" name the speaker
    unnamed = speaker is None and _unnamed(voice.speaker.text)
    if voice.speaker.kind in CREDIBLE and (not unnamed or verb is not None and verb.lemma == "говориться"):
        return True  # "в заявлении министерства говорится": the ministry's own words
    if unnamed:
        return False
    if verb is not None and verb.lemma not in claim_cues().committed:
        return speaker is not None and speaker.lemma in claim_cues().speaker_nouns
    if speaker is None:
        return voice.speaker.kind != "other"
    if speaker.lemma in claim_cues().speaker_nouns:
        return True  # "источник сообщил", "адвокат рассказал"
    if speaker.pos == "NUM" and speaker.lemma in claim_cues().both:
        return True  # "обе утверждали"
    return speaker.pos not in ("PRON", "NUM") and speaker.lemma not in claim_cues().generic


REPORT_VERBS = word_class("claims_ru", "REPORT_VERBS")


def _reported_fact(content: list[RuToken], verb: RuToken | None) -> bool:
    """ "НАК сообщил, что на станции обнаружено устройство": a report of what was done, not a
    claim; "заявил, что ситуация под контролем" is one."""
    if verb is None or verb.lemma not in REPORT_VERBS:
        return False
    cues = claim_cues()
    if any(t.lemma in cues.hedges or t.lemma in cues.hedge_words for t in content):
        return False  # "сообщил, что мужчины собирались …": an intent, not a deed
    return any(
        t.pos in VERBAL
        and (t.feat("Variant") == "Short" or t.feat("Tense") == "Past" or t.feat("Voice") == "Pass")
        for t in content
    )


def _unnamed(text: str) -> bool:
    """ "в ведомстве", "в полиции": a speaker named only by its kind says nothing on its own."""
    words = fold_ru(text).split()
    generic = load_cues().words["generic_sources"]
    return len(words) == 1 and any(words[0].startswith(g[:-1]) for g in generic if len(g) > 3)


def _stance(text: str, verb: RuToken | None = None) -> str:
    if verb is not None and verb.lemma in load_cues().words["deny_heads"]:
        return "deny"
    return "deny" if re.search(r"(?<!\w)(не|нет|ни|ложн\w*|опроверг\w*)(?!\w)", fold_ru(text)) else "affirm"


def _statements(sent: RuSentence) -> list[tuple[list[RuToken], RuToken | None, RuToken | None]]:
    """(content tokens, speaker phrase head or None, speech verb or None) for each statement."""
    cues = load_cues()
    out: list[tuple[list[RuToken], RuToken | None, RuToken | None]] = []
    for tok in sent.tokens:
        if tok.lemma in claim_cues().source_nouns and case_of(tok) == "по":
            # "по словам X, …", "по его словам, …", "по данным следствия, …"
            source = next((c for c in tok.children if c.rel in ("nmod", "appos")), None)
            source = source or next((c for c in tok.children if c.rel == "det" and c.lemma in ("его", "ее", "их", "он", "она", "они")), None)
            if source is not None:  # the rest of the sentence is what was said (natasha's tree may be split)
                own = {t.i for t in tok.subtree()}
                out.append(([t for t in sent.tokens if t.i not in own], source, None))
            continue
        speech = cues.words["speech_verbs"] | claim_cues().extra_speech
        if tok.pos not in VERBAL or tok.lemma not in speech and tok.lemma != "взять":
            continue
        # a "что" clause is the content whatever natasha calls it ("заявил, что ситуация под контролем")
        comps = [
            c
            for c in tok.children
            if c.rel in ("ccomp", "csubj")
            and c.pos in VERBAL | {"NOUN", "ADJ"}
            or c.i > tok.i
            and any(m.rel == "mark" and m.lemma in CONTENT_MARKS for m in c.children)
        ]
        if tok.feat("VerbForm") in ("Part", "Inf") and tok.lemma != "взять":
            continue  # "признано террористической", "источник, попросивший не называть имени": nobody speaks
        subj = next((c for c in tok.children if c.rel in ("nsubj", "nsubj:pass") and c not in comps), None)
        if subj is None and tok.rel == "conj" and tok.head is not None and tok.head.pos in VERBAL:
            subj = subject(tok)  # "рассказывает … и обещает, что …": one speaker
        takes_responsibility = tok.lemma == "взять" and any(
            c.lemma == "ответственность" for c in tok.children
        )
        if (tok.lemma in WHOLE_CLAUSE_VERBS | claim_cues().whole_clause or takes_responsibility) and not any(
            any(m.rel == "mark" and m.lemma in CONTENT_MARKS for m in c.children) for c in comps
        ):
            own = {t.i for t in subj.subtree()} if subj is not None else set()
            content = [t for t in tok.subtree() if t.i not in own]
            out.append((content, subj, tok))
        elif comps:  # "пояснил, что … : … закрыта, …" may give several content clauses
            said = {t.i: t for c in comps for t in c.subtree()}
            marks = [m for c in comps for m in c.children if m.rel == "mark" and m.lemma in CONTENT_MARKS and m.i > tok.i]
            if marks:  # all words after "что", wherever natasha hangs them ("что его подзащитные — волонтёры")
                own = {t.i for t in subj.subtree()} if subj is not None else set()
                last_i = max(said)
                said.update({t.i: t for t in sent.tokens[min(m.i for m in marks) : last_i + 1] if t.i not in own})
            out.append((sorted(said.values(), key=lambda t: t.i), subj, tok))
        elif colon := next(
            (c for c in tok.children if c.rel == "parataxis" and c.i > tok.i
             and any(t.text == ":" for t in sent.tokens[tok.i + 1 : c.i])),
            None,
        ):  # "заявил: «Граница закрыта»"
            out.append((colon.subtree(), subj, tok))
        elif tok.rel == "parataxis" and tok.head is not None:
            # "…, как сообщил X" / "…, сообщает X": the clause it hangs on is the content
            own = {t.i for t in tok.subtree()}
            content = [t for t in tok.head.subtree() if t.i not in own]
            out.append((_whole_quote(sent, content), subj, tok))
        elif tok.head is None and subj is not None and len(sent.roots) > 1:
            other = [r for r in sent.roots if r is not tok and r.i < tok.i]
            if other:
                out.append((other[0].subtree(), subj, tok))
    for tok in sent.tokens:  # "направил обращение с просьбой ограничить …"
        if tok.lemma not in ("просьба", "призыв", "требование", "предложение"):
            continue
        verb = tok.head
        while verb is not None and verb.pos == "NOUN" and verb.lemma in cues.words["statement_nouns"]:
            verb = verb.head  # "направил обращение с просьбой …"
        subj = next((c for c in verb.children if c.rel == "nsubj"), None) if verb is not None else None
        if verb is not None and verb.pos in VERBAL and subj is not None:
            out.append((tok.subtree(), subj, verb))
    return out


def _whole_quote(sent: RuSentence, content: list[RuToken]) -> list[RuToken]:
    """ "«Часть из них, видимо, уже уехала», — добавил консул": the whole quotation,
    even where natasha splits it into several trees."""
    first = min(content, key=lambda t: t.i, default=None)
    if first is None or first.text not in QUOTE_MARKS:
        return content
    close = next((t.i for t in sent.tokens if t.i > first.i and t.text in ("»", "“", '"')), None)
    if close is None:
        return content
    return sorted({*content, *sent.tokens[first.i : close + 1]}, key=lambda t: t.i)


def _voice(
    sent: RuSentence, speaker: RuToken | None, verb: RuToken | None, last: _Voice | None
) -> _Voice | None:
    cues = load_cues()
    if speaker is None and verb is not None:
        for c in verb.children:  # "в заявлении (канала) говорится", "сообщили в ведомстве"
            if c.rel == "obl" and case_of(c) in ("в", "во"):
                owner = next((g for g in c.children if g.rel == "nmod"), None)
                if owner is not None:
                    speaker = owner
                elif c.lemma in cues.words["statement_nouns"]:
                    return last
                else:
                    speaker = c
                break
    if speaker is None and verb is not None and verb.feat("Number") == "Plur" and verb.rel != "conj":
        # "беженцам обещают жильё" after a person's words: an indefinite "they", nobody in
        # particular; after a channel's or a group's, the same voice goes on
        return last if last is not None and last.speaker.kind != "person" else None
    if speaker is None or speaker.pos == "PRON" or speaker.lemma in ("его", "ее", "их", "он", "она", "они"):
        return last
    if speaker.lemma == "никто" or any(t.lemma == "ни" for c in speaker.children for t in (c, *c.children)):
        return None  # "ни одна группировка не взяла на себя …": nobody speaks
    if (
        speaker.rel.startswith("nsubj")
        and speaker.feat("Case") not in (None, "Nom")
        and not any(c.rel == "nummod:gov" for c in speaker.children)  # "обе женщины"
    ):
        return None  # "в ролике мужчин призывали": an addressee misread as the subject
    if (
        speaker.lemma in cues.words["statement_nouns"]
        or speaker.lemma in cues.words["channel_words"]
        and not any(c.rel in ("nmod", "appos", "flat:name") for c in speaker.children)
        and not _quoted_after(sent, speaker)
        and last is not None
    ):
        return last  # "канал также призвал": the channel named before
    text = _name(sent, speaker)
    return _Voice(Speaker(text=text, kind=_kind(sent, speaker, text)), _platform(sent), None, "unknown")


def _name(sent: RuSentence, tok: RuToken) -> str:
    """A person's or organisation's name inside the phrase ("Премьер-министр Дмитрий Медведев")."""
    phrase = np_text(sent, tok)
    quoted = _quoted_after(sent, tok)
    if quoted:
        return quoted
    own = {tok.i}
    for c in tok.children:
        if c.rel in ("appos", "flat", "flat:name", "nmod"):
            own |= {t.i for t in c.subtree()} if c.rel != "nmod" else {c.i}
    for kind in ("PER", "ORG"):
        for span in sent.spans:
            if span.type == kind and (own & set(span.tokens) if kind == "PER" else tok.i in span.tokens):
                return span.text
    return phrase


def _quoted_after(sent: RuSentence, tok: RuToken) -> str | None:
    """ "канал «Голос Шама»": the name in quotes right after a channel or organisation word."""
    rest = sent.text[tok.stop - sent.start :]
    stripped = rest.lstrip()
    if not stripped.startswith(("«", "„", '"')):
        return None
    end = stripped.find("»" if stripped[0] == "«" else "“" if stripped[0] == "„" else '"', 1)
    name = stripped[1:end].strip() if end > 1 else ""
    return name or None


def _kind(sent: RuSentence, tok: RuToken, text: str) -> str:
    cues = load_cues()
    phrase = fold_ru(np_text(sent, tok))
    words = re.split(r"[\s-]+", phrase)  # "telegram-канале": the channel word after the hyphen
    if any(w.startswith(c[:-1]) for w in words for c in cues.words["channel_words"] if len(c) > 3):
        return "channel"
    if any(w.startswith(c[:-1]) for w in words for c in cues.words["official_words"] if len(c) > 3):
        return "official"
    actor = actor_of(text, "ru")
    if actor is not None:
        if actor.sector == "MED":
            return "media"
        if actor.sector in ("GOV", "MIL", "POL", "JUD"):
            return "official"
    if any(s.type == "PER" and s.text == text for s in sent.spans) or tok.lemma in claim_cues().person_nouns:
        return "person"
    if any(s.type == "ORG" and s.text == text for s in sent.spans):
        return "organisation"
    return "other"


def _platform(sent: RuSentence) -> str | None:
    platforms = load_cues().tables["platforms"]
    for tok in sent.tokens:
        key = fold_ru(tok.text)
        found = platforms.get(key) or platforms.get(tok.lemma)
        if found is None and "-" in key:
            found = platforms.get(key.split("-")[0])
        if found:
            return found
    return None


def _introduction(sent: RuSentence, document: Document) -> _Voice | None:
    """ "Канал X опубликовал заявление", "в Telegram-канале X появилось обращение": who speaks next."""
    cues = load_cues()
    for tok in sent.tokens:
        if tok.lemma not in cues.words["statement_nouns"] or tok.rel not in ("obj", "nsubj"):
            continue
        verb = tok.head
        if verb is None or verb.pos not in VERBAL:
            continue
        subj = next((c for c in verb.children if c.rel == "nsubj" and c is not tok), None)
        if subj is None:
            subj = next((c for c in verb.children if c.rel == "obl" and case_of(c) in ("в", "во")), None)
        if subj is None or subj.pos == "PRON":
            continue
        platform = _platform(sent)
        text = _name(sent, subj)
        kind = (
            "channel" if platform and subj.lemma in cues.words["channel_words"] else _kind(sent, subj, text)
        )
        day, precision = None, "unknown"
        for _, _, value in find_dates(sent.text, document.published, "ru"):
            if value.date is not None:
                day, precision = value.date, value.precision
                break
        return _Voice(Speaker(text=text, kind=kind), platform, day, precision)
    return None


def _date(sent: RuSentence, document: Document, voice: _Voice) -> tuple[date | None, str]:
    for _, _, value in find_dates(sent.text, document.published, "ru"):
        if value.date is not None and value.precision == "day":
            return value.date, value.precision
    if voice.day is not None:
        return voice.day, voice.precision
    if document.published is not None:
        return document.published, "day"
    return None, "unknown"
