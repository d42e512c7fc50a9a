"""Russian claims: statements whose content is itself the news (the counterpart of claims_en.py).

A statement is a speech verb with a speaker and content ("канал сообщил, что …", "как заявил X, …",
"в заявлении говорится, что …", "X призвал …", "X назвал случившееся терактом", "по мнению X, …").
It becomes a claim when its content is about one of the analysts' topics (data/topics.json, `ru`
patterns). Statements that only report an event are attributions, not claims. Several
statements by one speaker on one topic with one stance are one claim with several evidences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from watchfloor.extract.ru_syntax import VERBAL, case_of, evidence, fold_ru, load_cues, np_text
from watchfloor.extract.topics import UNASSIGNED, add_claim, numbered, topic_of
from watchfloor.model import Claim, Document, Speaker
from watchfloor.nlp.russian import RuSentence, RuToken
from watchfloor.normalize.actors import actor_of
from watchfloor.normalize.dates import find_dates

CONTENT_MARKS = frozenset({"что", "чтобы", "будто", "якобы", "ли"})
CREDIBLE = frozenset({"channel", "official", "person", "media", "organisation"})
# Verbs whose object clause, not a "что" clause, carries what was said.
WHOLE_CLAUSE_VERBS = frozenset(
    {
        "призвать",
        "призывать",
        "назвать",
        "называть",
        "обвинить",
        "обвинять",
        "потребовать",
        "требовать",
        "попросить",
        "просить",
        "пригрозить",
        "угрожать",
        "пообещать",
        "обещать",
        "опровергнуть",
        "опровергать",
        "отрицать",
    }
)


@dataclass(slots=True)
class _Voice:
    """A speaker introduced in the document, remembered for later references ("в заявлении говорится")."""

    speaker: Speaker
    platform: str | None
    day: date | None
    precision: str


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
    speaker, unless it reports what happened to an event's people (`trigger_lemmas`)."""
    covered = covered or []
    claims: list[Claim] = []
    last: _Voice | None = None
    for sent in sents:
        if sent.stop <= headline_end:
            continue
        intro = _introduction(sent, document)
        if intro is not None:
            last = intro
        for content, speaker_tok, verb in _statements(sent):
            if not content or any((sent.index, t.i) in event_triggers for t in content):
                continue
            first, end = min(t.start for t in content), max(t.stop for t in content)
            if any(s < end and first < e for s, e in covered):
                continue  # the statement reports an event or a figure: an attribution
            text = " ".join(t.text for t in content)
            voice = _voice(sent, speaker_tok, verb, last)
            if voice is None:
                continue
            found = topic_of(text, "ru")
            if found is not None:
                topic_id, stance = found[0].id, found[1]
            elif (
                voice.speaker.kind in CREDIBLE
                and not any(t.lemma in trigger_lemmas for t in content)
                and not _reported_fact(content, verb)
                and not _unnamed(voice.speaker.text)
            ):
                topic_id, stance = UNASSIGNED, _stance(text)
            else:
                continue
            if voice.speaker.kind != "document":
                last = voice
            day, precision = _date(sent, document, voice)
            add_claim(
                claims,
                Claim(
                    id="",
                    speaker=voice.speaker,
                    evidence=evidence(sent, content, trim_case=True),
                    topic=topic_id,
                    stance=stance,
                    platform=voice.platform,
                    date=day,
                    date_precision=precision,
                ),
            )
    return numbered(claims)


REPORT_VERBS = frozenset(
    {"сообщить", "сообщать", "информировать", "рассказать", "рассказывать", "уточнить", "добавить", "отметить"}
)


def _reported_fact(content: list[RuToken], verb: RuToken | None) -> bool:
    """ "НАК сообщил, что на станции обнаружено устройство": a report of what was done, not a
    claim; "заявил, что ситуация под контролем" is one."""
    if verb is None or verb.lemma not in REPORT_VERBS:
        return False
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


def _stance(text: str) -> str:
    return "deny" if re.search(r"(?<!\w)(не|нет|ни|ложн\w*|опроверг\w*)(?!\w)", fold_ru(text)) else "affirm"


def _statements(sent: RuSentence) -> list[tuple[list[RuToken], RuToken | None, RuToken | None]]:
    """(content tokens, speaker phrase head or None, speech verb or None) for each statement."""
    cues = load_cues()
    out: list[tuple[list[RuToken], RuToken | None, RuToken | None]] = []
    for tok in sent.tokens:
        if (
            tok.lemma in cues.words["source_nouns"]
            and case_of(tok) == "по"
            and tok.lemma in ("мнение", "слово")
        ):
            source = next((c for c in tok.children if c.rel in ("nmod", "appos")), None)
            clause = tok.head
            if source is not None and clause is not None:
                own = {t.i for t in tok.subtree()}
                out.append(([t for t in clause.subtree() if t.i not in own], source, None))
            continue
        if tok.pos not in VERBAL or tok.lemma not in cues.words["speech_verbs"] and tok.lemma != "взять":
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
        subj = next((c for c in tok.children if c.rel in ("nsubj", "nsubj:pass") and c not in comps), None)
        takes_responsibility = tok.lemma == "взять" and any(
            c.lemma == "ответственность" for c in tok.children
        )
        if tok.lemma in WHOLE_CLAUSE_VERBS or takes_responsibility:
            own = {t.i for t in subj.subtree()} if subj is not None else set()
            content = [t for t in tok.subtree() if t.i not in own]
            out.append((content, subj, tok))
        elif comps:  # "пояснил, что … : … закрыта, …" may give several content clauses
            out.append((sorted((t for c in comps for t in c.subtree()), key=lambda t: t.i), subj, tok))
        elif tok.rel == "parataxis" and tok.head is not None:
            # "…, как сообщил X" / "…, сообщает X": the clause it hangs on is the content
            own = {t.i for t in tok.subtree()}
            out.append(([t for t in tok.head.subtree() if t.i not in own], subj, tok))
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
    if speaker is None or speaker.pos == "PRON":
        return last
    if speaker.rel.startswith("nsubj") and speaker.feat("Case") not in (None, "Nom"):
        return None  # "в ролике мужчин призывали": an addressee misread as the subject
    if (
        speaker.lemma in cues.words["statement_nouns"]
        or speaker.lemma in cues.words["channel_words"]
        and not any(c.rel in ("nmod", "appos", "flat:name") for c in speaker.children)
        and not _quoted_after(sent, speaker)
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
    words = phrase.split()
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
    if any(s.type == "PER" and s.text == text for s in sent.spans):
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
