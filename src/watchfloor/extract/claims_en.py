"""English claims: reported statements whose content is itself the news.

A statement is a speech verb with a speaker and a content clause; it becomes a claim when its
content is about one of the analysts' topics (data/topics.json). Statements that only report an
event ("police said they detained…") are attributions, not claims. Several statements by one
speaker on one topic with one stance are one claim with several pieces of evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from watchfloor.extract.text import doc_text
from watchfloor.extract.text import is_headline as _is_headline
from watchfloor.extract.topics import UNASSIGNED, add_claim, numbered, topic_of
from watchfloor.model import Claim, Document, Evidence, Speaker
from watchfloor.normalize.actors import actor_of
from watchfloor.normalize.dates import resolve_date

CLAIM_VERBS = frozenset(
    ["say", "tell", "announce", "state", "claim", "insist", "accuse", "deny", "reject", "argue", "warn", "add", "write", "post", "declare", "urge", "call", "vow", "threaten", "confirm", "maintain", "assert", "allege", "dismiss", "describe"]
)
INTRO_VERBS = frozenset({"issue", "publish", "post", "release", "put", "send", "announce"})
DOCUMENT_NOUNS = frozenset(
    {"message", "statement", "announcement", "post", "video", "channel", "group", "page", "letter", "note"}
)
PLATFORMS = {
    "vkontakte": "VKontakte", "vk": "VKontakte", "telegram": "Telegram", "twitter": "Twitter",
    "facebook": "Facebook", "youtube": "YouTube", "odnoklassniki": "Odnoklassniki",
    "instagram": "Instagram", "whatsapp": "WhatsApp", "x": "X",
}
_PLATFORM_RE = re.compile(r"\b(" + "|".join(k for k in PLATFORMS if len(k) > 2) + r")\b", re.IGNORECASE)


@dataclass(slots=True)
class _Voice:
    """A speaker introduced in the document, remembered for later references."""

    speaker: Speaker
    platform: str | None
    day: date | None
    precision: str


SPEAKER_ROLES = frozenset(
    ["official", "officials", "minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "government", "police", "prosecutor", "prosecutors", "court", "judge", "president", "governor", "office", "agency", "service", "committee", "company", "platform", "channel", "paper", "newspaper", "tabloid", "television", "broadcaster", "outlet", "site", "parents", "father", "mother", "family", "lawyer", "relatives", "smuggler", "leader", "commander", "group", "authorities", "army", "military", "envoy", "ambassador", "embassy", "consulate", "regulator", "investigators", "source", "sources", "analyst", "expert", "mayor", "council"]
)


def extract_claims(
    doc: Doc, document: Document, event_triggers: set[int], covered: list[tuple[int, int]] | None = None
) -> list[Claim]:
    """Claims of a document; `covered` are character spans of events and aggregates, whose
    reporting sentences are attributions, not claims."""
    covered = covered or []
    claims: list[Claim] = []
    quoted: set[int] = set()  # tokens already inside a statement's content
    last: _Voice | None = None
    for sent in doc.sents:
        if _is_headline(sent):
            continue
        intro = _introduction(sent, document)
        if intro is not None:
            last = intro
        for verb in sent:
            if verb.lemma_.lower() not in CLAIM_VERBS or not verb.pos_.startswith(("VERB", "AUX")):
                continue
            if verb.i in quoted or verb.dep_ == "relcl":
                continue  # "rejected that characterisation, saying …": one statement; "whom X says…"
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                continue  # "governments were accused of…": the subject is not the speaker
            content = _content(verb)
            if not content or any(t.i in event_triggers for t in content) or _is_question(content):
                continue
            quoted.update(t.i for t in content)
            first, last_tok = min(t.idx for t in content), max(t.idx + len(t) for t in content)
            if any(s < last_tok and first < e for s, e in covered):
                continue  # the statement reports an event or a figure: an attribution
            text = _span_text(content)
            if _reports_operation(content) or _states_a_figure(content):
                continue  # details of an operation or a statistic: facts for events and aggregates
            voice = _speaker(verb, last, document)
            if voice is None:
                continue
            found = topic_of(text, "en")
            if found is None:
                if voice.speaker.kind == "other" or not _credible_speaker(verb, voice):
                    continue  # off-topic statements count only from an identifiable speaker
                topic_id, stance = UNASSIGNED, _stance(text)
            else:
                topic_id, stance = found[0].id, found[1]
            if voice.speaker.kind not in ("document", "other"):
                last = voice  # later "it said", "the message said" refer back to this speaker
            day, precision = _date(sent, document, voice)
            evidence = _evidence(content)
            add_claim(claims, Claim(
                id="",
                speaker=voice.speaker,
                evidence=evidence,
                topic=topic_id,
                stance=stance,
                platform=voice.platform,
                date=day,
                date_precision=precision,
            ))
    return numbered(claims)


def _stance(text: str) -> str:
    return "deny" if re.search(r"\b(not|no|never|denied|false|untrue)\b", text, re.I) else "affirm"


OPERATION_VERBS = frozenset({"seize", "search", "raid", "confiscate", "find", "continue", "carry", "detain", "arrest"})


def _reports_operation(content: list[Token]) -> bool:
    """'Weapons were seized', 'the operation was continuing': what police did, not a position."""
    root = min(content, key=lambda t: len(list(t.ancestors)))
    return root.lemma_.lower() in OPERATION_VERBS


def _states_a_figure(content: list[Token]) -> bool:
    """A count in the hundreds or more is a statistic (an aggregate), not a claim."""
    for tok in content:
        if tok.like_num:
            try:
                if float(tok.text.replace(",", "")) >= 100:
                    return True
            except ValueError:
                continue
    return False


def _is_question(content: list[Token]) -> bool:
    return any(t.lower_ in ("how", "whether") for t in content[:3]) or any(
        t.lower_ == "what" and t.dep_ in ("dobj", "nsubj") for t in content[:2]
    )


def _credible_speaker(verb: Token, voice: _Voice) -> bool:
    """A statement counts as a claim without a topic only from someone who can make one: a named
    person or body, or a role ("the ministry", "police", "the sisters' parents")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that", "who", "whom", "what"):
        return False
    if subj is None or subj.pos_ == "PRON":
        return voice.speaker.kind in ("channel", "official", "person", "media", "organisation")
    if subj.like_num or subj.ent_type_ in ("DATE", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "TIME"):
        return False
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in subj.subtree):
        return True  # "Early reports in Bild", "Kazakhstan's foreign ministry"
    words = {t.lemma_.lower() for t in subj.subtree} | {t.lower_ for t in subj.subtree}
    return bool(words & SPEAKER_ROLES)


def _content(verb: Token) -> list[Token]:
    """The clause that carries what was said."""
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if not comps:
        # "said in a statement that Kosovo would not…": the clause hangs on the noun
        for noun in (t for t in verb.subtree if t.lemma_.lower() in DOCUMENT_NOUNS and t.head.i in (verb.i, *[p.i for p in verb.children])):
            comps = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)]
            if comps:
                break
    if verb.lemma_.lower() in ("accuse", "deny", "reject", "dismiss", "describe", "urge", "call", "confirm") and not comps:
        coordinated = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        return [
            t for t in verb.subtree
            if t.dep_ != "nsubj" and not _is_subject_part(t, verb) and t.i not in coordinated
        ]
    if comps:
        return list(comps[0].subtree)
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i:
        # "It is still possible to cross, the message said, despite …"
        own = set(verb.subtree)
        head = verb.head
        return [t for t in head.subtree if t not in own and not (t.dep_ == "prep" and t.head.i == head.i and t.i > verb.i)
                and not any(a.dep_ == "prep" and a.head.i == head.i and a.i > verb.i for a in t.ancestors)]
    return []


def _is_subject_part(tok: Token, verb: Token) -> bool:
    return any(a.dep_ == "nsubj" and a.head.i == verb.i for a in tok.ancestors)


def _span_text(tokens: list[Token]) -> str:
    toks = sorted(tokens, key=lambda t: t.i)
    return " ".join(t.text for t in toks)


def _evidence(tokens: list[Token]) -> Evidence:
    toks = sorted(tokens, key=lambda t: t.i)
    while len(toks) > 1 and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "mark")):
        toks.pop()
    while len(toks) > 1 and (toks[0].is_punct or toks[0].dep_ in ("mark",)):
        toks.pop(0)
    doc = toks[0].doc
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return Evidence(start=start, end=end, text=doc_text(doc)[start:end])


def _speaker(verb: Token, last: _Voice | None, document: Document) -> _Voice | None:
    node = verb
    subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subj is None and node.dep_ in ("xcomp", "advcl", "conj") and node.head.i != node.i:
        node = node.head  # "X even went so far as to accuse…": X speaks
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return last
    if subj.lemma_.lower() in DOCUMENT_NOUNS:
        # "the statement by the channel Border Watch insisting…": the named author speaks
        named = [e for e in subj.sent.ents if e.label_ in ("ORG", "PERSON") and subj.left_edge.i <= e.start and e.end <= subj.right_edge.i + 1]
        if named:
            platform = _platform_near(subj.sent) or (last.platform if last else None)
            kind = "channel" if platform else _kind(subj, named[-1].text)
            return _Voice(Speaker(text=named[-1].text, kind=kind), platform, None, "unknown")
    if subj.pos_ == "PRON" or subj.lemma_.lower() in DOCUMENT_NOUNS and _definite(subj):
        return last
    text = _np_text(subj)
    kind = _kind(subj, text)
    return _Voice(Speaker(text=text, kind=kind), _platform_near(subj.sent), None, "unknown")


def _introduction(sent: Span, document: Document) -> _Voice | None:
    """'On April 6, X, a pro-IS group on VKontakte, issued an announcement.'"""
    for verb in sent:
        if verb.lemma_.lower() not in INTRO_VERBS or verb.pos_ != "VERB":
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        platform = _platform_near(sent)
        text = _name_of(subj)
        kind = "channel" if platform else _kind(subj, text)
        day, precision = None, "unknown"
        for ent in sent.ents:
            if ent.label_ == "DATE":
                value = resolve_date(ent.text, document.published, "en")
                if value is not None and value.date is not None:
                    day, precision = value.date, value.precision
                    break
        return _Voice(Speaker(text=text, kind=kind), platform, day, precision)
    return None


def _name_of(tok: Token) -> str:
    """The proper name of a noun phrase, without its appositive description."""
    for ent in tok.sent.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in ("ORG", "PERSON", "GPE", "NORP"):
            return ent.text
    return _np_text(tok)


def _kind(tok: Token, text: str) -> str:
    lowered = text.lower()
    if any(w in lowered for w in ("channel", "page", "account")):
        return "channel"
    actor = actor_of(text, "en")
    if actor is not None:
        if actor.sector == "MED":
            return "media"
        if actor.sector in ("GOV", "MIL", "POL", "JUD"):
            return "official"
    if tok.ent_type_ == "PERSON":
        return "person"
    if any(w in lowered for w in ("minister", "ministry", "official", "spokes", "president", "governor", "prosecutor", "police")):
        return "official"
    if tok.ent_type_ == "ORG":
        return "organisation"
    if tok.ent_type_ == "GPE":
        return "official"  # "Ankara says…": the government speaks
    if any(w in lowered for w in ("paper", "newspaper", "tabloid", "television", "broadcaster", "agency", "outlet")):
        return "media"
    words = set(re.findall(r"\w+", lowered))
    if words & {"parents", "father", "mother", "family", "relatives", "lawyer", "smuggler", "brother", "sister", "wife", "husband", "friend", "neighbour", "imam", "witness", "witnesses"}:
        return "person"
    if any(t.ent_type_ in ("PERSON",) for t in tok.subtree):
        return "person"
    return "other"


def _platform_near(sent: Span) -> str | None:
    m = _PLATFORM_RE.search(sent.text)
    return PLATFORMS[m.group(1).lower()] if m else None


def _date(sent: Span, document: Document, voice: _Voice) -> tuple[date | None, str]:
    for ent in sent.ents:
        if ent.label_ == "DATE":
            value = resolve_date(ent.text, document.published, "en")
            if value is not None and value.date is not None and value.precision == "day":
                return value.date, value.precision
    if voice.day is not None:
        return voice.day, voice.precision
    if document.published is not None:
        return document.published, "day"
    return None, "unknown"


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _np_text(tok: Token) -> str:
    skip = {"relcl", "acl", "appos", "punct", "advcl", "conj", "cc"}
    left, right = tok.i, tok.i
    for c in tok.children:
        if c.dep_ in skip:
            continue
        sub = list(c.subtree)
        left, right = min(left, sub[0].i), max(right, sub[-1].i)
    return tok.doc[left : right + 1].text.strip(" ,;:")
