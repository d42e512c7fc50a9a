"""English claims: reported statements whose content is itself the news.

A statement is a speech verb (data/claim_cues.json) with a speaker and its content: the clause it
governs ("said that …", coordinated "that A, and that B" judged one by one), its object for verbs
that take a position on a thing ("claimed the attack", "denies any role"), the clause around it
("…, she added, …"), a clause after "according to X", or a statement noun's clause. Who speaks is
the verb's subject, the author inside a statement noun, "X" of "according to X", or for a pronoun
the speaker or person named before.

A content clause is a claim unless it is an attribution of what happened: an event asserted as
done ("police said they detained…"), an operation's details, a statistic, or a neutral report of
a past happening ("the gunmen came in four vehicles, the agency said"). Positions (insist, deny,
admit), what may, will or was meant to happen, negations, states, and what a group or channel
says of its own deeds stay claims. A claim takes a topic from data/topics.json, or "unassigned"
from an identifiable speaker. Several statements by one speaker on one topic with one stance are
one claim with several pieces of evidence.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.tokens import Doc, Span, Token

from watchfloor.extract.en_syntax import PERSON_NOUNS, _state_subject
from watchfloor.extract.ontology import load_ontology
from watchfloor.extract.text import cased_doc_text, doc_text, span_ents, span_text
from watchfloor.extract.text import is_headline as _is_headline
from watchfloor.extract.time import HAPPENING_NOUNS
from watchfloor.extract.topics import UNASSIGNED, add_claim, numbered, topic_of
from watchfloor.extract.tree import ancestors, kids, sent_of, sentences, span_tokens, subtree, tokens
from watchfloor.extract.word_classes import word_class
from watchfloor.model import Claim, Document, Evidence, Speaker
from watchfloor.normalize.actors import actor_of
from watchfloor.normalize.dates import report_day, resolve_date
from watchfloor.normalize.groups import find_groups, group_of

PLATFORMS = {
    "vkontakte": "VKontakte", "vk": "VKontakte", "telegram": "Telegram", "twitter": "Twitter",
    "facebook": "Facebook", "youtube": "YouTube", "odnoklassniki": "Odnoklassniki",
    "instagram": "Instagram", "whatsapp": "WhatsApp", "x": "X",
}
_PLATFORM_RE = re.compile(r"\b(" + "|".join(k for k in PLATFORMS if len(k) > 2) + r")\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Cues:
    """The English part of data/claim_cues.json."""

    report: frozenset[str]
    committed: frozenset[str]
    belief: frozenset[str]
    whole_clause: frozenset[str]
    object_exclusions: dict[str, frozenset[str]]
    require_prep: dict[str, frozenset[str]]
    intro: frozenset[str]
    documents: frozenset[str]
    roles: frozenset[str]
    generic: frozenset[str]
    persons: frozenset[str]
    operations: frozenset[str]
    modals: frozenset[str]
    intent: frozenset[str]
    negations: frozenset[str]
    deny_verbs: frozenset[str]
    promise_verbs: frozenset[str]
    position: frozenset[str]
    own: frozenset[str]
    stative: frozenset[str]
    official_words: tuple[str, ...]
    unsaid: frozenset[str]
    speech: frozenset[str] = field(init=False, repr=False, compare=False)  # asked of every token: built once

    def __post_init__(self) -> None:
        object.__setattr__(self, "speech", self.report | self.committed | self.belief)


@cache
def cues() -> _Cues:
    raw: dict[str, Any] = json.loads(files("watchfloor.data").joinpath("claim_cues.json").read_text("utf-8"))["en"]

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw[key])

    return _Cues(
        report=words("report_verbs"),
        committed=words("committed_verbs"),
        belief=words("belief_verbs"),
        whole_clause=words("whole_clause_verbs"),
        object_exclusions={k: frozenset(v) for k, v in raw["object_exclusions"].items()},
        require_prep={k: frozenset(v.split("|")) for k, v in raw["require_prep"].items()},
        intro=words("intro_verbs"),
        documents=words("document_nouns"),
        roles=words("speaker_roles"),
        generic=words("generic_speakers"),
        persons=words("person_words"),
        operations=words("operation_verbs"),
        modals=words("modal_words"),
        intent=words("intent_verbs"),
        negations=words("negations"),
        deny_verbs=words("deny_verbs"),
        promise_verbs=words("promise_verbs"),
        position=words("position_verbs"),
        own=words("own_markers"),
        stative=words("stative_verbs"),
        official_words=tuple(raw["official_words"]),
        unsaid=words("unsaid_heads"),
    )


@dataclass(slots=True)
class _Voice:
    """A speaker introduced in the document, remembered for later references."""

    speaker: Speaker
    platform: str | None
    day: date | None
    precision: str


@dataclass(slots=True)
class _Statement:
    """A speech verb (or "according to X") with its content clauses."""

    verb: Token | None
    speaker: Token | None  # "according to X": X; otherwise found from the verb
    parts: list[list[Token]]  # content clauses, each judged on its own ("said that A and that B")
    committed: bool = False  # the verb takes a position (insist, deny, admit, promise, believe …)
    about_event: bool = False  # "claimed the attack", "denies any part in the plot": about an event, not a report of it
    own: set[int] = field(default_factory=set)


def extract_claims(
    doc: Doc, document: Document, event_triggers: set[int], covered: list[tuple[int, int]] | None = None
) -> list[Claim]:
    """Claims of a document; `covered` are character spans of events and aggregates, whose
    reporting sentences are attributions, not claims."""
    covered = covered or []
    # relative days count from the dateline's day, as the events' do ("BAKU, Sept 22 (Wire) - … on Tuesday")
    # a lower-case text's dateline is read truecased
    document = replace(document, published=report_day(cased_doc_text(doc), document.published))
    claims: list[Claim] = []
    quoted: set[int] = set()  # tokens already inside a statement's content
    last: _Voice | None = None
    heard: list[_Voice] = []  # every named speaker so far, for "the committee" told back
    person: _Voice | None = None  # a person named after the last speaker ("Minister X gave figures")
    speech = cues().speech
    for sent in sentences(doc):
        if _is_headline(sent):
            continue
        named = _person_named(sent)
        intro = _introduction(sent, document)
        if intro is not None:
            last = intro
        for st in _statements(sent, quoted):
            # "he said", "she added": the person named since the last speaker, if any
            prior = person if person is not None and _personal_pronoun(st) else last
            voice = _according_voice(st.speaker, prior) if st.verb is None else _speaker(st.verb, prior, document, heard)
            if voice is None:
                continue
            if st.verb is not None and _named_subject(st.verb) and voice.speaker.kind not in ("document", "other"):
                last, person = voice, None  # later "he said", "it added" refer back to this speaker
                heard.append(voice)
            elif st.verb is not None and _one_person_speaks(st.verb):
                person = voice  # "The group's leader rejected …. He said …": he is the leader
            kept = [part for part in st.parts if _is_claim_content(part, st, voice, event_triggers, covered)]
            if not kept and _disputed_after(sent):
                # "HRW said two detainees had been beaten … The committee called the allegations
                # baseless": what another speaker rejects was a claim, whatever its form
                kept = [part for part in st.parts if len([t for t in part if not t.is_punct]) >= 2 and not _is_question(part)]
            if not kept:
                continue
            quoted.update(t.i for part in st.parts for t in part)
            text = " ".join(_span_text(part) for part in kept)
            found = topic_of(text, "en")
            if found is None:
                if not _credible(st, voice):
                    continue  # off-topic statements count only from an identifiable speaker
                topic_id, stance = UNASSIGNED, _stance(text, st.verb)
            else:
                topic_id, stance = found[0].id, found[1]
            if voice.speaker.kind not in ("document", "other"):
                last = voice
            day, precision = _date(sent, document, voice)
            claim = Claim(
                id="",
                speaker=voice.speaker,
                evidence=_evidence(kept[0]),
                topic=topic_id,
                stance=stance,
                platform=voice.platform,
                date=day,
                date_precision=precision,
            )
            claim.more_evidence.extend(_evidence(part) for part in kept[1:])
            add_claim(claims, claim)
        if named is not None and not any(t.lemma_.lower() in speech for t in span_tokens(sent)):
            person = named
    return numbered(claims)


def _personal_pronoun(st: _Statement) -> bool:
    subj = st.speaker if st.verb is None else next((ch for ch in kids(st.verb) if ch.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in ("he", "she", "his", "her")


def _person_named(sent: Span) -> _Voice | None:
    """The last person named as the subject of a sentence ("Interior Minister X gave figures")."""
    for ent in reversed(span_ents(sent)):
        if ent.label_ == "PERSON" and ent.root.dep_ in ("nsubj", "nsubjpass", "appos", "compound"):
            head = ent.root if ent.root.dep_ != "compound" else ent.root.head
            text = _np_text(head) if head.dep_ == "nsubj" else ent.text
            return _Voice(Speaker(text=text, kind=_kind(head, text)), None, None, "unknown")
    return None


def _statements(sent: Span, quoted: set[int]) -> list[_Statement]:
    c = cues()
    out: list[_Statement] = []
    for verb in span_tokens(sent):
        lemma = verb.lemma_.lower()
        if lemma not in c.speech or not verb.pos_.startswith(("VERB", "AUX")):
            continue
        if verb.i in quoted or verb.dep_ in ("relcl", "amod", "compound"):
            continue  # "rejected that characterisation, saying …": one statement; "whom X says…"
        if any(ch.dep_ == "nsubjpass" or ch.dep_ == "auxpass" and not _acronym(ch) for ch in kids(verb)):
            continue  # "governments were accused of…": the subject is not the speaker
        if (
            verb.tag_ == "VB"
            and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in kids(verb))
            and (verb.head.lemma_.lower() in c.unsaid or verb.head.pos_ == "ADJ")
        ):
            continue  # "declined to say", "asked not to name": nothing was said
        if verb.tag_ == "VBN" and not any(ch.dep_ == "aux" or _acronym(ch) for ch in kids(verb)):
            continue  # "the family reported to be on its way": a participle, nobody speaks
        st = _content(verb)
        if st is not None:
            out.append(st)
    for tok in span_tokens(sent):  # "according to X, …": X speaks, the clause is what was said
        if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
            continue
        source = next((ch for ch in kids(tok.doc[tok.i + 1]) if ch.dep_ == "pobj"), None)
        clause = tok.head
        if source is None or clause.i == tok.i or clause.i in quoted:
            continue
        own = {t.i for t in subtree(tok)}
        parts = [[t for t in part if t.i not in own] for part in _split(clause)]
        out.append(_Statement(None, source, [p for p in parts if p]))
    return _distinct(out)


def _distinct(statements: list[_Statement]) -> list[_Statement]:
    """One statement per content: "A admitted that …, the prosecutor said" is one claim, made by
    the outer speaker about the inner statement (kept as the inner one's words)."""
    kept: list[_Statement] = []
    for st in statements:
        tokens = {t.i for part in st.parts for t in part}
        clash = next((k for k in kept if tokens & {t.i for part in k.parts for t in part}), None)
        if clash is None:
            kept.append(st)
    return kept


def _content(verb: Token) -> _Statement | None:
    """The clauses that carry what was said."""
    c = cues()
    lemma = verb.lemma_.lower()
    committed = lemma in c.committed or lemma in c.belief
    comps = [ch for ch in kids(verb) if ch.dep_ == "ccomp" or ch.dep_ == "xcomp" and lemma not in c.belief]
    comps += [
        ch for ch in kids(verb)
        if ch.dep_ == "conj" and any(m.lower_ == "that" and m.dep_ == "mark" for m in kids(ch))
    ]  # "said A and that B"
    if not comps:
        # "declared in a statement that Serbia would never…": the clause hangs on the noun
        for noun in (t for t in subtree(verb) if t.lemma_.lower() in c.documents and t.head.i in (verb.i, *[p.i for p in kids(verb)])):
            comps = [ch for ch in kids(noun) if ch.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark" for m in kids(ch))]
            if comps:
                break
    comps = [ch for ch in comps if not _separate(ch, verb)]
    if lemma in c.belief and lemma not in c.committed:
        comps = [ch for ch in comps if not any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(ch))]
    if comps:
        parts = [part for comp in comps for part in _split(comp)]
        return _Statement(verb, None, parts, committed)
    if lemma in c.belief and lemma not in c.committed:
        return None  # "expected the verdict": a belief needs its clause
    if lemma in c.whole_clause:
        objects = [ch for ch in kids(verb) if ch.dep_ in ("dobj", "prep", "xcomp", "oprd", "acomp", "dative")]
        # "called for the app to be blocked": the parser makes the for-clause an adverbial one
        objects += [ch for ch in kids(verb) if ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in kids(ch))]
        if not objects:
            return None
        dobj = next((ch for ch in kids(verb) if ch.dep_ == "dobj"), None)
        if dobj is not None and dobj.lemma_.lower() in c.object_exclusions.get(lemma, frozenset()):
            return None  # "claimed the lives of", "denied entry": no statement
        needs = c.require_prep.get(lemma)
        if needs and not any(ch.dep_ == "prep" and ch.lower_ in needs for ch in subtree(verb)):
            return None  # "named a successor" is no claim; "named the bombers as …" is one
        coordinated = {t.i for ch in kids(verb) if ch.dep_ in ("conj", "cc") for t in subtree(ch)}
        inside_subject = _subject_parts(verb)
        content = [
            t for t in subtree(verb)
            if t.dep_ != "nsubj" and t.i not in inside_subject and t.i not in coordinated
        ]
        about = dobj is not None and lemma in ("claim", "deny", "admit", "reject", "dismiss", "blame", "condemn", "refute")
        return _Statement(verb, None, [content], committed, about_event=about)
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i and verb.head.lemma_.lower() not in c.speech:
        # (a speech verb under another one, "police said relatives had reported …", frames nothing)
        # "It is still possible to cross, the message said, despite …"
        own = set(subtree(verb))
        head = verb.head
        if any(t.text in (":", ";") for t in verb.doc[min(head.i, verb.i) : max(head.i, verb.i)]):
            return None  # "A: X told parliament …": the clause before the colon is not what X said
        content = [t for t in subtree(head) if t not in own and not (t.dep_ == "prep" and t.head.i == head.i and t.i > verb.i)
                   and not any(a.dep_ == "prep" and a.head.i == head.i and a.i > verb.i for a in ancestors(t))]
        return _Statement(verb, None, [content], committed)
    return None


def _separate(comp: Token, verb: Token) -> bool:
    """A clause the parser hangs on the verb that is not what was said: one before a colon ("The
    signs were debated: X told parliament …") or another speaker's statement ("X told …, and Y
    said …")."""
    if comp.i < verb.i and any(t.text in (":", ";") for t in tokens(verb.doc)[comp.i : verb.i]):
        return True
    if comp.lemma_.lower() not in cues().speech or not any(ch.dep_ == "nsubj" and ch.pos_ != "PRON" for ch in kids(comp)):
        return False
    # "X told …, and Y said …" is set off by a comma or "and"; "the son said his father had never
    # called for violence" is what the son said, the second speech verb inside it
    start = subtree(comp)[0].i
    if start < verb.i:
        return True
    return any(t.text in (",", ";", ":") or t.lower_ in ("and", "but") for t in tokens(verb.doc)[verb.i + 1 : start + 1])


def _split(root: Token) -> list[list[Token]]:
    """A content clause and the clauses coordinated with it ("that A, and that B"), each apart."""
    parts: list[list[Token]] = []
    queue = [root]
    seen: set[int] = {root.i}
    while queue:
        head = queue.pop(0)
        subs = [
            ch for ch in kids(head)
            if ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX")
            and any(m.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "mark", "expl") for m in kids(ch))
        ]
        # "that A, 120 of whom had joined, and that B": a "that" clause the parser hangs deeper
        subs += [
            t for t in subtree(head)
            if t.dep_ == "conj" and t.i != head.i and t.head.i != head.i and t.i not in seen and t.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in subtree(t) if m.i < t.i)
            and not any(a in subs for a in ancestors(t))
        ]
        subs = [sub for sub in subs if sub.i not in seen]
        seen.update(sub.i for sub in subs)
        drop = {t.i for sub in subs for t in subtree(sub)}
        drop |= {t.i for r in subtree(head) if _rebuttal(r) for t in subtree(r)}
        part = [t for t in subtree(head) if t.i not in drop]
        if any(not t.is_punct and t.dep_ not in ("cc", "mark") for t in part):
            parts.append(part)
        queue.extend(subs)
    return parts


REBUTTED_NOUNS = word_class("claims_en", "REBUTTED_NOUNS")


def _rebuttal(tok: Token) -> bool:
    """'…, a claim the ministry denied', '…, an account the army disputes': another speaker's word on
    the content, put after it as an apposition; not part of what was said."""
    return tok.dep_ in ("appos", "npadvmod", "dep") and tok.lemma_.lower() in REBUTTED_NOUNS and any(
        c.dep_ == "relcl" for c in kids(tok))


PARTISAN_KINDS = frozenset({"group", "channel"})  # speakers whose telling of an act is itself a claim


def _is_claim_content(
    part: list[Token], st: _Statement, voice: _Voice, event_triggers: set[int], covered: list[tuple[int, int]]
) -> bool:
    """A content clause is a claim unless it reports an event, a figure or what police did."""
    words = [t for t in part if not t.is_punct]
    if len(words) < 2 or _is_question(part):
        return False
    if st.about_event:
        return True  # "claimed the bombing", "denies any role in the attack": a position on an event
    if _blames(part):
        return True  # "the attack was carried out by Islamic State": who did an act told before, a position
    triggers = [t for t in part if t.i in event_triggers]
    partisan = voice.speaker.kind in PARTISAN_KINDS  # a group or its channel: its word on a deed is a claim
    if not partisan and any(_a_state_s_plan(t, st.verb) for t in triggers):
        return False  # "the ministry said it planned to deport …": the planned act, with its source
    if not partisan and any(not _hedged(t, st.verb) and not _own_deed(t, voice) for t in triggers):
        return False  # "police said they detained four men": the event, with its source
    first, end = min(t.idx for t in part), max(t.idx + len(t) for t in part)
    if not triggers and any(s < end and first < e for s, e in covered):
        return False  # the statement reports an event or a figure: an attribution
    if not st.committed and not partisan and _past_happening(part, st.verb):
        return False  # "the gunmen came in four vehicles, the agency said": the happening is the news
    if partisan and topic_of(_span_text(part), "en") is not None:
        return True  # "its fighters had carried out the attack": a group's word on its deed is a claim
    return not (_reports_operation(part) or _states_a_figure(part) or _among_those_acted_on(part))


def _blames(content: list[Token]) -> bool:
    """'the attack was carried out by Islamic State', 'the bombing was ordered by its leaders': an act
    told back by a definite noun, put down to someone by a passive's agent."""
    root = _content_root(content)
    if root is None or not any(c.dep_ == "agent" for c in kids(root)):
        return False
    subj = next((c for c in kids(root) if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.pos_ == "NOUN" and _told_back(subj) and (
        subj.lemma_.lower() in HAPPENING_NOUNS or bool(load_ontology().noun_types(subj.lemma_.lower())))


def _content_root(content: list[Token]) -> Token | None:
    """The word of a content clause that hangs outside it: the clause's verb."""
    inside = {t.i for t in content}
    return next((t for t in content if t.head.i not in inside or t.head.i == t.i), None)


def _told_back(noun: Token) -> bool:
    """'the attack', 'this move': a noun whose article points back to what was told."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids(noun))


def _among_those_acted_on(content: list[Token]) -> bool:
    """'its leader was among those held', 'two women were among the dead': who the act took, an
    operation's detail, not a position."""
    for tok in content:
        if tok.lower_ != "among" or tok.dep_ != "prep":
            continue
        for obj in (o for o in kids(tok) if o.dep_ == "pobj"):
            if obj.lower_ in ("dead", "injured", "wounded", "detainees", "victims", "casualties"):
                return True
            if any(c.dep_ == "acl" and c.tag_ == "VBN" for c in kids(obj)):
                return True  # "those held", "the people arrested"
    return False


RELAYING_VERBS = word_class("claims_en", "RELAYING_VERBS")  # one party's past telling, relayed by another
# what a state decided, told back ("the move", "the ruling"): what is said of it is a view of it
DECISION_NOUNS = word_class("claims_en", "DECISION_NOUNS")


def _past_happening(part: list[Token], verb: Token | None) -> bool:
    """A neutral report ("said", "reported", "according to") of something done in the past by
    someone other than the speaker: the happening, with its source. Positions, states, negations,
    plans and what may or will happen stay claims."""
    c = cues()
    root = _content_root(part)
    if root is None or root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in c.stative | c.intent:
        return False
    if root.lemma_.lower() in c.speech and not (
        root.lemma_.lower() in RELAYING_VERBS and any(ch.dep_ == "nsubj" and ch.pos_ != "PRON" for ch in kids(root))
    ):
        return False  # "… said it had warned …": a statement; "police said relatives had reported …" a past report
    aux = [ch.lower_ for ch in kids(root) if ch.dep_ in ("aux", "auxpass")]
    # "was closed" is a state, "had been tricked" what someone suffered, as the speaker tells it
    past = root.tag_ == "VBD" or root.tag_ == "VBN" and any(a in ("had", "has", "have") for a in aux) and "been" not in aux
    if not past or any(a in c.modals for a in aux):
        return False
    if any(t.lower_ in c.negations or t.dep_ == "neg" for t in part):
        return False
    subj = next((ch for ch in kids(root) if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and any(ch.dep_ == "poss" and ch.lower_ in c.own for ch in kids(subj)):
        return False  # "its fighters had attacked": a group's word on its own deeds
    if subj is not None and subj.lemma_.lower() in DECISION_NOUNS and _told_back(subj):
        return False  # "the move set a dangerous precedent": a view of a decision told before, not a happening
    # the speaker's own doing ("it said it had removed …") is its statement
    return not (subj is not None and verb is not None and subj.pos_ == "PRON" and subj.lower_ in ("it", "we", "i"))


def _a_state_s_plan(tok: Token, stop: Token | None) -> bool:
    """The act is what a state or one of its bodies plans ("it planned to deport", "German
    authorities plan to deport"): a planned event of ours, not a position (reports-dev2 codes such
    plans as events and none as claims)."""
    node = tok
    intent = cues().intent
    for _ in range(6):
        if node.head.i == node.i or stop is not None and node.head.i == stop.i:
            return False
        node = node.head
        if node.lemma_.lower() in intent:
            return _state_subject(node)
    return False


def _own_deed(tok: Token, voice: _Voice) -> bool:
    """ "the group's outlet said its fighters had attacked …": what a group says of its own deeds
    is a claim; what an authority says of its own operations ("police said their officers
    detained …") is the event with its source."""
    if voice.speaker.kind in ("official", "document"):
        return False
    subj = next((ch for ch in kids(tok) if ch.dep_ in ("nsubj", "nsubjpass")), None)
    own = cues().own
    return subj is not None and (subj.lower_ in own or any(ch.dep_ == "poss" and ch.lower_ in own for ch in kids(subj)))


def _hedged(tok: Token, stop: Token | None) -> bool:
    """An act told as intended, expected or possible ("would be arrested", "wanted to join",
    "planning attacks"), not as having happened."""
    c = cues()
    node = tok
    if tok.lemma_.lower() in c.intent and not any(ch.dep_ in ("dobj", "nsubjpass", "dative") for ch in kids(tok)):
        return True  # the trigger is the plan itself ("planned"); not "had been refused entry", "were stopped"
    for _ in range(12):
        if stop is not None and node.i == stop.i:
            return node is not tok and node.lemma_.lower() in c.intent  # "threatened to take down"
        if any(ch.dep_ == "aux" and ch.lower_ in c.modals or ch.dep_ == "neg" for ch in kids(node)):
            return True  # "would be detained", "had not gone": not told as done
        if any(ch.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "no" for d in kids(ch)) for ch in kids(node)):
            return True  # "no citizen had gone"
        if node is not tok and node.lemma_.lower() in c.intent:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _acronym(tok: Token) -> bool:
    """ "IS claimed it": the group's initials read as the verb "is"."""
    return tok.text.isupper() and len(tok.text) > 1 and tok.i < tok.head.i


def _one_person_speaks(verb: Token) -> bool:
    """The subject is one person named by a noun ("the group's leader", "a spokesman")."""
    subj = next((ch for ch in kids(verb) if ch.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ == "NN" and subj.lemma_.lower() in PERSON_NOUNS


def _named_subject(verb: Token) -> bool:
    subj = next((ch for ch in kids(verb) if ch.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ != "PRON"


def _according_voice(source: Token | None, last: _Voice | None) -> _Voice | None:
    if source is None:
        return None
    if source.pos_ == "PRON":
        return last
    text = _np_text(source)
    return _Voice(Speaker(text=text, kind=_kind(source, text)), _platform_near(sent_of(source)), None, "unknown")


def _credible(st: _Statement, voice: _Voice) -> bool:
    """A statement counts as a claim without a topic only from someone who can make one: a named
    person or body, or a role ("the ministry", "police", "the sisters' parents"); a verb that
    takes a position ("insisted", "admitted", "denies") needs only a speaker who is not generic."""
    if st.verb is None:
        return voice.speaker.kind != "other" or bool(set(voice.speaker.text.lower().split()) & cues().roles)
    if voice.speaker.kind != "other" and _credible_speaker(st.verb, voice):
        return True
    if not st.committed:
        return False
    subj = _subject(st.verb)
    if subj is None or subj.pos_ == "PRON" or subj.like_num or subj.lower_ in ("which", "that", "who", "whom", "what"):
        return False
    if subj.ent_type_ in ("DATE", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "TIME"):
        return False
    return subj.lemma_.lower() not in cues().generic and subj.lower_ not in cues().generic


def _subject(verb: Token) -> Token | None:
    node = verb
    subj = next((ch for ch in kids(node) if ch.dep_ == "nsubj"), None)
    while subj is None and node.dep_ in ("xcomp", "advcl", "conj") and node.head.i != node.i:
        node = node.head
        subj = next((ch for ch in kids(node) if ch.dep_ == "nsubj"), None)
    return subj


# what a speaker calls a claim it rejects ("called the allegations baseless", "dismissed as propaganda")
DISMISSIVE = r"baseless|unfounded|groundless|fabricated|fabrication|lies|propaganda|nonsense|slander"
_DENIAL = re.compile(r"\b(not|no|never|denied|false|untrue|" + DISMISSIVE + r")\b", re.I)
DISPUTED_NOUNS = word_class("claims_en", "DISPUTED_NOUNS")


def _stance(text: str, verb: Token | None = None) -> str:
    lemma = verb.lemma_.lower() if verb is not None else ""
    if lemma in cues().deny_verbs:
        return "deny"  # "denies any role", "rejected the idea"
    if lemma in cues().promise_verbs:
        return "affirm"  # "promised that no citizen will be abandoned": a commitment
    return "deny" if _DENIAL.search(text) else "affirm"


def _disputed_after(sent: Span) -> bool:
    """Whether one of the next two sentences rejects what this one reports, pointing back to it
    ("The committee called the allegations baseless", "Officials denied the reports")."""
    following = [s for s in sentences(sent.doc) if s.start >= sent.end][:2]
    for later in following:
        for tok in span_tokens(later):
            if tok.lemma_.lower() not in DISPUTED_NOUNS or tok.tag_ != "NNS" and not _definite(tok):
                continue
            if tok.dep_ not in ("dobj", "nsubjpass", "nsubj"):
                continue
            verb = tok.head
            if verb.lemma_.lower() in cues().deny_verbs:
                return True  # "officials denied the reports"
            if any(re.fullmatch(DISMISSIVE, t.lower_) for t in subtree(verb) if t.i != tok.i):
                return True  # "called the allegations baseless", "the claims are lies"
    return False


def _reports_operation(content: list[Token]) -> bool:
    """'Weapons were seized', 'the operation was continuing': what police did, not a position."""
    root = min(content, key=lambda t: len(ancestors(t)))
    if any(ch.dep_ == "aux" and ch.lower_ in cues().modals for ch in kids(root)):
        return False  # "every returnee would be detained": a policy, not an operation
    return root.lemma_.lower() in cues().operations


def _states_a_figure(content: list[Token]) -> bool:
    """A count in the hundreds or more is a statistic (an aggregate), not a claim; so is a clause
    about a counted group of people ("34 of the 72 returnees have gone back", "all thirteen were
    locals") and a count over a period ("has sent 15 home since …")."""
    root = min(content, key=lambda t: len(ancestors(t)))
    subj = next((ch for ch in kids(root) if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (
        subj.like_num
        or any(t.like_num and t.dep_ in ("pobj", "appos") for t in subtree(subj))
        or sum(1 for t in subtree(subj) if t.like_num) >= 2
    ):
        return True  # "34 of the 72 returnees", "all thirteen", "eight of them", "two Irish and 11 French"
    if any(t.lower_ == "since" and t.dep_ == "prep" for t in content) and any(t.like_num for t in content):
        return True
    for tok in content:
        if tok.like_num and tok.ent_type_ not in ("DATE", "TIME"):
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
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that", "who", "whom", "what"):
        return False
    if subj is None or subj.pos_ == "PRON":
        return voice.speaker.kind in ("channel", "official", "person", "media", "organisation", "group")
    if subj.like_num or subj.ent_type_ in ("DATE", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "TIME"):
        return False
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in subtree(subj)) or subj.pos_ == "PROPN":
        return True  # "Early reports in Bild", "Kazakhstan's foreign ministry", a name NER missed
    words = {t.lemma_.lower() for t in subtree(subj)} | {t.lower_ for t in subtree(subj)}
    return bool(words & cues().roles)


def _subject_parts(verb: Token) -> set[int]:
    """The tokens below the verb's subjects: those with an ancestor that is a subject of the verb
    (one walk down, not one walk up from every token)."""
    return {t.i for a in kids(verb) if a.dep_ == "nsubj" for t in subtree(a) if t.i != a.i}


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


def _speaker(verb: Token, last: _Voice | None, document: Document, heard: list[_Voice] | None = None) -> _Voice | None:
    node = verb
    subj = next((c for c in kids(node) if c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "auxpass" and _acronym(c)), None)
    if subj is None and verb.dep_ == "acl" and verb.head.lemma_.lower() in cues().documents:
        noun = verb.head  # "the announcement by the group insisting that …": the announcement's author
        if any(e.label_ in ("ORG", "PERSON") and noun.left_edge.i <= e.start and e.end <= verb.i for e in span_ents(sent_of(noun))):
            subj = noun
        else:  # "the parents issued a statement saying …": who issued it
            subj = next((ch for ch in kids(noun.head) if ch.dep_ == "nsubj"), None) if noun.head.i != noun.i else None
    while subj is None and node.dep_ in ("xcomp", "advcl", "conj") and node.head.i != node.i:
        node = node.head  # "X even went so far as to accuse…": X speaks
        subj = next((c for c in kids(node) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return last
    if subj.lower_ in ("nobody", "none", "noone") or any(ch.dep_ == "det" and ch.lower_ == "no" for ch in kids(subj)):
        return None  # "no group has claimed it": nobody speaks
    if subj.lemma_.lower() in cues().documents:
        # "the statement by the channel Border Watch insisting…": the named author speaks
        named = [e for e in span_ents(sent_of(subj)) if e.label_ in ("ORG", "PERSON") and subj.left_edge.i <= e.start and e.end <= subj.right_edge.i + 1
                 and e.text.lower() not in PLATFORMS  # "the group Ahlul Hakk on VKontakte": the group speaks
                 and not _ties_of(e.root, subj)]  # "a channel linked to IS's Khorasan branch": the channel speaks
        if named:
            platform = _platform_near(sent_of(subj)) or (last.platform if last else None)
            kind = "channel" if platform else _kind(subj, named[-1].text)
            return _Voice(Speaker(text=named[-1].text, kind=kind), platform, None, "unknown")
    if subj.lemma_.lower() == "group" and _definite(subj) and (last is None or last.speaker.kind != "group"):
        group = _group_named_before(subj)
        if group is not None:  # "… Katibat Imam al-Bukhari, an Uzbek militant group … The group said": that group
            return _Voice(Speaker(text=group, kind="group"), _platform_near(sent_of(subj)), None, "unknown")
    if subj.pos_ == "PRON" or subj.lemma_.lower() in cues().documents and _definite(subj) and last is not None:
        return last  # "it said", "the message said": the speaker named before
    if subj.pos_ == "NOUN" and _definite(subj) and not any(c.dep_ in ("amod", "compound") for c in kids(subj)):
        # "Tajikistan's State Committee for National Security said … The committee called …": that body
        told = next((v for v in reversed(heard or [])
                     if subj.lemma_.lower() in re.findall(r"\w+", v.speaker.text.lower())), None)
        if told is not None:
            return told
    text = _np_text(subj)
    kind = _kind(subj, text)
    return _Voice(Speaker(text=text, kind=kind), _platform_near(sent_of(subj)), None, "unknown")


TIE_WORDS = word_class("claims_en", "TIE_WORDS")


def _ties_of(tok: Token, speaker: Token) -> bool:
    """Whether `tok` names whom the speaker is tied to ("linked to", "affiliated with", "close to"), not
    the speaker itself."""
    return any(a.lower_ in TIE_WORDS or a.lemma_.lower() in TIE_WORDS for a in ancestors(tok) if a.i != speaker.i
               and speaker.left_edge.i <= a.i <= speaker.right_edge.i)


def _group_named_before(tok: Token) -> str | None:
    """The armed group named last before `tok` (data/groups.tsv), as the text names it."""
    text = doc_text(tok.doc)[: tok.idx]
    hits = find_groups(text, "en")
    if not hits:
        return None
    start, end, _ = max(hits, key=lambda h: h[0])
    return text[start:end]


def _introduction(sent: Span, document: Document) -> _Voice | None:
    """'On April 6, X, a pro-IS group on VKontakte, issued an announcement.'"""
    intro = cues().intro  # looked up once, not per token
    for verb in span_tokens(sent):
        if verb.lemma_.lower() not in intro or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() in ("send", "put") and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in cues().documents for c in kids(verb)
        ):
            continue  # "the network had sent 20 Tajiks to join": people sent, no message
        subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        platform = _platform_near(sent)
        text = _name_of(subj)
        kind = "channel" if platform else _kind(subj, text)
        day, precision = None, "unknown"
        for ent in span_ents(sent):
            if ent.label_ == "DATE":
                value = resolve_date(ent.text, document.published, "en")
                if value is not None and value.date is not None:
                    day, precision = value.date, value.precision
                    break
        return _Voice(Speaker(text=text, kind=kind), platform, day, precision)
    return None


def _name_of(tok: Token) -> str:
    """The proper name of a noun phrase, without its appositive description."""
    for ent in span_ents(sent_of(tok)):
        if ent.start <= tok.i < ent.end and ent.label_ in ("ORG", "PERSON", "GPE", "NORP"):
            return ent.text
    return _np_text(tok)


# bodies that speak for no state and no armed group: rights groups, monitors, charities
ORGANISATION_WORDS = re.compile(r"\b(?:human rights|rights group|watchdog|amnesty|observatory|charity|ngos?)\b")


# kin and counsel speak for a person whatever the phrase names after them ("the mother of a
# woman jailed for joining IS", "the lawyer of a Hamas member")
KIN_SPEAKERS = word_class("claims_en", "KIN_SPEAKERS")


def _kind(tok: Token, text: str) -> str:
    lowered = text.lower()
    if tok.lemma_.lower() in KIN_SPEAKERS:
        return "person"
    if any(w in lowered for w in ("channel", "page", "account")):
        return "channel"
    if group_of(text, "en") is not None and not any(w in lowered for w in ("expert", "researcher", "analyst")):
        return "group"  # an armed group speaks for itself
    actor = actor_of(text, "en")
    if actor is not None:
        if actor.sector == "MED":
            return "media"
        if actor.sector in ("GOV", "MIL", "POL", "JUD"):
            return "official"
    if tok.ent_type_ == "PERSON":
        return "person"
    if any(w in lowered for w in cues().official_words):
        return "official"
    if tok.ent_type_ == "ORG" or ORGANISATION_WORDS.search(lowered):  # whole words: "Congo" is no NGO
        return "organisation"
    if tok.ent_type_ == "GPE":
        return "official"  # "Ankara says…": the government speaks
    if any(w in lowered for w in ("paper", "newspaper", "tabloid", "television", "broadcaster", "agency", "outlet")):
        return "media"
    words = set(re.findall(r"\w+", lowered))
    if words & cues().persons:
        return "person"
    if any(t.ent_type_ in ("PERSON",) for t in subtree(tok)):
        return "person"
    return "other"


def _platform_near(sent: Span) -> str | None:
    m = _PLATFORM_RE.search(span_text(sent))
    return PLATFORMS[m.group(1).lower()] if m else None


def _date(sent: Span, document: Document, voice: _Voice) -> tuple[date | None, str]:
    for ent in span_ents(sent):
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
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids(tok))


def _np_text(tok: Token) -> str:
    skip = {"relcl", "acl", "appos", "punct", "advcl", "conj", "cc"}
    left, right = tok.i, tok.i
    for c in kids(tok):
        if c.dep_ in skip:
            continue
        sub = list(subtree(c))
        left, right = min(left, sub[0].i), max(right, sub[-1].i)
    return span_text(tok.doc[left : right + 1]).strip(" ,;:")
