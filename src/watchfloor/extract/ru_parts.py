"""A group told in parts in the sentence after its act: "Сотрудники ФСБ задержали троих мужчин. Двое
из них — граждане Таджикистана, третий — гражданин Узбекистана"; "Трое из задержанных являются
гражданами Киргизии, остальные — гражданами Казахстана". Each part's count and nationality goes to
the act (GOLD-FORMAT: counting people, nationality told in another sentence), when the parts add up
to the act's count; the acts after it that point back to the same number of people take them too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from watchfloor.extract.ru_draft import Draft
from watchfloor.extract.ru_syntax import fold_ru, load_cues, np_text
from watchfloor.extract.story_people import PEOPLE_ACTS, counted_back
from watchfloor.model import Target
from watchfloor.nlp.russian import RuSentence, RuToken
from watchfloor.normalize.nationality import nationality_of
from watchfloor.normalize.numbers import Quantity


def parts_told(sents: list[RuSentence], drafts: list[Draft], quantity: Callable[[RuToken, RuSentence], Quantity | None]) -> None:
    starts = [sent.start for sent in sents]
    for n, sent in enumerate(sents):
        parts = _parts(sent, quantity)
        if not parts:
            continue
        earlier = [d for d in drafts if d.sent.start in starts[max(0, n - 2) : n] and not d.headline and d.type in PEOPLE_ACTS]
        last = earlier[-1] if earlier else None
        total = last.total if last is not None else None
        if last is None or total is None or all(t.nationality for t in last.targets):
            continue
        rest = [k for k, (count, _) in enumerate(parts) if count is None]
        told = sum(count or 0 for count, _ in parts)
        if len(rest) > 1 or told > total or not rest and told != total:
            continue  # the parts do not make up the group told before
        counts = [total - told if count is None else count for count, _ in parts]
        last.targets = [Target(count=c, nationality=nat) for c, (_, nat) in zip(counts, parts, strict=True)]
        for later in drafts:  # "Всем троим предъявлено обвинение": the same people, pointed back to
            pointed = later.anaphoric or bool(later.targets) and all(counted_back(t.text, "ru") for t in later.targets)
            if pointed and later.sent.start in starts[n + 1 : n + 3] and not later.nationalities and later.total == last.total:
                later.targets = [replace(t) for t in last.targets]


def _parts(sent: RuSentence, quantity: Callable[[RuToken, RuSentence], Quantity | None]) -> list[tuple[int | None, str]]:
    """(count, nationality) of each part the sentence tells, count None for "the rest"; [] unless
    one part is counted out of the group ("двое из них", "трое из задержанных")."""
    predicates: list[tuple[RuToken, str]] = []
    for tok in sent.tokens:
        if tok.pos == "NOUN" and tok.rel in ("root", "conj", "xcomp"):
            nat = nationality_of(np_text(sent, tok), "ru")
            if nat is not None and nat.country:
                predicates.append((tok, nat.country))
    if len(predicates) < 2:
        return []
    holders = {(p.head if p.rel == "xcomp" and p.head is not None else p).i for p, _ in predicates}
    # the parser may hang the second part's subject on the first predicate ("…, третий — гражданин …")
    subjects = [t for t in sent.tokens if t.rel == "nsubj" and t.head is not None and t.head.i in holders]
    cues = load_cues()
    out: list[tuple[int | None, str]] = []
    partitive = False
    for predicate, country in predicates:
        subject = next((s for s in reversed(subjects) if s.i < predicate.i), None)
        if subject is None:
            return []
        subjects.remove(subject)
        if subject.pos == "NUM":
            q = quantity(subject, sent)
            if q is None or q.value is None:
                return []
            partitive = partitive or any(c.rel == "nmod" and any(k.lemma == "из" for k in c.children) for c in subject.children)
            out.append((q.value, country))
        elif fold_ru(subject.lemma) in cues.words["part_told_one"]:  # "третий", "ещё один"
            out.append((1, country))
        elif fold_ru(subject.lemma) in cues.words["part_told_rest"]:  # "остальные"
            out.append((None, country))
        else:
            return []
    return out if partitive else []
