"""Canonical events in a real SQLite store: incremental arrival, stable ids, analysts' decisions
surviving every later run, the CLI verbs, the pipeline, and the score on the shared dev data."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import shared_data

from watchfloor.cli import main
from watchfloor.errors import InputError, NotFound
from watchfloor.merge import assign_pending, merge_clusters, recluster, split_cluster
from watchfloor.model import Agent, Document, Event, Evidence, Extraction, Location, Target
from watchfloor.store import Store

# Invented reports of one arrest (13 or 14 Uzbeks, Monday or Tuesday), and of a different one.
REPORTS = {
    "harbour": ("Harbour Post", "en", date(2021, 3, 16),
                "Police in Mersin detained 13 Uzbek nationals on Monday near the port."),
    "coastal": ("Coastal Wire", "en", date(2021, 3, 17),
                "Fourteen Uzbeks were detained in Mersin on Tuesday, officials said."),
    "yug": ("Канал Юг", "ru", date(2021, 3, 17), "В Мерсине в понедельник задержаны 13 граждан Узбекистана."),
    "syrians": ("Harbour Post", "en", date(2021, 3, 16), "Police in Mersin detained three Syrians on Monday."),
}  # fmt: skip
FACTS: dict[str, dict[str, Any]] = {
    "harbour": {"day": date(2021, 3, 15), "total": 13, "nat": "UZB", "span": "detained 13 Uzbek nationals"},
    "coastal": {"day": date(2021, 3, 16), "total": 14, "nat": "UZB", "span": "Fourteen Uzbeks were detained"},
    "yug": {"day": date(2021, 3, 15), "total": 13, "nat": "UZB", "span": "задержаны 13 граждан Узбекистана"},
    "syrians": {"day": date(2021, 3, 15), "total": 3, "nat": "SYR", "span": "detained three Syrians"},
}


def report(name: str, *, shift: int = 0, kind: str = "ARREST", country: str = "TUR") -> tuple[Document, Extraction]:
    source, lang, published, text = REPORTS[name]
    facts = FACTS[name]
    start = text.index(facts["span"])
    end = start + len(facts["span"])
    evidence = Evidence(start + shift, end, text[start + shift : end])
    event = Event(
        id="e1", type=kind, evidence=evidence, date=facts["day"], date_precision="day",
        agent=Agent(text="police", country="TUR", sector="POL"),
        targets=[Target(count=facts["total"], nationality=facts["nat"])], total=facts["total"],
        location=Location(text="Mersin", country=country, admin1="Mersin"),
    )  # fmt: skip
    document = Document(doc_id=name, text=text, language=lang, published=published, source=source)
    return document, Extraction(doc_id=name, events=[event])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "wf.sqlite") as opened:
        yield opened


def add(store: Store, name: str, **kwargs: Any) -> int:
    document_id, _ = store.add(*report(name, **kwargs))
    assign_pending(store)
    return document_id


def cluster_of(store: Store, doc_id: str) -> str:
    (row,) = [r for r in store.merge_mentions() if r.event.doc_id == doc_id]
    assert row.event.event.cluster is not None
    return row.event.event.cluster


def layout(store: Store) -> dict[str, frozenset[str]]:
    return {c.id: frozenset(m.doc_id for m in store.cluster(c.id).mentions) for c in store.clusters()}


def test_new_documents_join_the_canonical_event_and_its_id_stays(store: Store) -> None:
    add(store, "harbour")
    first = cluster_of(store, "harbour")
    add(store, "syrians")
    add(store, "coastal")
    add(store, "yug")
    assert cluster_of(store, "coastal") == cluster_of(store, "yug") == first
    assert cluster_of(store, "syrians") != first
    event = store.cluster(first)
    assert (event.n_mentions, event.n_sources, event.type, event.country) == (3, 3, "ARREST", "TUR")
    assert [m.doc_id for m in event.mentions] == ["harbour", "coastal", "yug"]
    assert event.canonical["total"] == 13 and event.canonical["date"] == "2021-03-15"
    fields = {d["field"]: d["values"] for d in event.disagreements}
    assert set(fields) == {"total", "date"} and event.n_disagreements == 2
    assert fields["total"][1]["value"] == 14 and fields["total"][1]["sources"] == ["Coastal Wire"]
    assert fields["date"][0]["value"] == "2021-03-15" and fields["date"][0]["sources"] == ["Harbour Post", "Канал Юг"]
    assert all(w["reasons"] for w in event.canonical["why"])


def test_a_full_recluster_keeps_every_id(store: Store) -> None:
    for name in ("harbour", "syrians", "coastal", "yug"):
        add(store, name)
    before = layout(store)
    report = recluster(store)
    assert report.assigned == 0 and report.clusters == 2
    assert layout(store) == before


def test_analyst_split_survives_arrivals_reextraction_and_full_reclusters(store: Store) -> None:
    ids = {name: add(store, name) for name in ("harbour", "coastal")}
    cid = cluster_of(store, "harbour")
    (coastal,) = [m.id for m in store.cluster(cid).mentions if m.doc_id == "coastal"]
    new_id = split_cluster(store, cid, [coastal], user="ana", reason="a second raid on Tuesday")
    assert cluster_of(store, "coastal") == new_id != cid
    add(store, "yug")  # a new report of Monday's raid joins the first, not the split-off one
    assert cluster_of(store, "yug") == cid
    # the extractor is improved: coastal's evidence span moves, its event row is replaced
    store.replace_extraction(ids["coastal"], report("coastal", shift=3)[1])
    assign_pending(store)
    assert cluster_of(store, "coastal") != cluster_of(store, "harbour")
    recluster(store)
    assert cluster_of(store, "coastal") != cluster_of(store, "harbour") == cid
    (decision,) = store.decisions(cid)
    assert (decision.kind, decision.user, decision.reason) == ("split", "ana", "a second raid on Tuesday")
    assert store.decisions(cluster_of(store, "coastal")) == [decision]


def test_a_reextraction_that_drops_mentions_updates_or_removes_the_canonical_event(store: Store) -> None:
    ids = {name: add(store, name) for name in ("harbour", "coastal")}
    cid = cluster_of(store, "harbour")
    assert store.cluster(cid).n_disagreements == 2
    store.replace_extraction(ids["coastal"], Extraction(doc_id="coastal"))
    assign_pending(store)
    event = store.cluster(cid)
    assert (event.n_mentions, event.n_sources, event.disagreements) == (1, 1, [])
    store.replace_extraction(ids["harbour"], Extraction(doc_id="harbour"))
    assign_pending(store)
    with pytest.raises(NotFound):
        store.cluster(cid)
    assert store.clusters() == []


def test_an_edited_mention_is_placed_again(store: Store) -> None:
    for name in ("harbour", "coastal", "yug"):
        add(store, name)
    cid = cluster_of(store, "harbour")
    (coastal,) = [m.id for m in store.cluster(cid).mentions if m.doc_id == "coastal"]
    coastal_doc = store.cluster(cid).mentions[1].document_id
    store.review_event(coastal, "edit", user="ana", field="total", value="13")  # a typo fixed
    recluster(store, [coastal_doc])
    assert store.cluster(cid).canonical["total"] == 13 and store.cluster(cid).n_disagreements == 1
    store.review_event(coastal, "edit", user="ana", field="type", value="CHARGE")  # not an arrest at all
    recluster(store, [coastal_doc])
    moved = cluster_of(store, "coastal")
    assert moved != cid and store.cluster(moved).type == "CHARGE"
    assert store.cluster(cid).n_mentions == 2 and {m.event.type for m in store.cluster(cid).mentions} == {"ARREST"}
    before = layout(store)
    recluster(store)
    assert layout(store) == before


def test_a_rejected_mention_leaves_its_canonical_event(store: Store) -> None:
    for name in ("harbour", "coastal"):
        add(store, name)
    cid = cluster_of(store, "harbour")
    (coastal,) = [m.id for m in store.cluster(cid).mentions if m.doc_id == "coastal"]
    store.review_event(coastal, "reject", user="ana", reason="a rumour, not an arrest")
    assign_pending(store)
    event = store.cluster(cid)
    assert (event.n_mentions, event.n_sources, [m.doc_id for m in event.mentions]) == (1, 1, ["harbour"])
    store.review_event(coastal, "reopen", user="ana")
    assign_pending(store)
    assert store.cluster(cid).n_mentions == 2
    recluster(store)
    assert cluster_of(store, "harbour") == cid


def test_cluster_labels_brought_by_an_extraction_are_replaced(store: Store) -> None:
    document, extraction = report("harbour")
    extraction.events[0].cluster = "label-from-elsewhere"
    store.add(document, extraction)
    add(store, "coastal")
    cid = cluster_of(store, "harbour")
    assert cid == cluster_of(store, "coastal") != "label-from-elsewhere"
    assert store.cluster(cid).n_mentions == 2


def test_analyst_merge_survives_a_full_recluster(store: Store) -> None:
    add(store, "harbour")
    add(store, "syrians")
    a, b = cluster_of(store, "harbour"), cluster_of(store, "syrians")
    assert merge_clusters(store, a, b, user="bo", reason="one operation") == a
    assert cluster_of(store, "syrians") == a and store.cluster(a).n_mentions == 2
    with pytest.raises(NotFound):
        store.cluster(b)
    assert store.cluster(a).canonical["why"][0]["by"] == "merge by bo: one operation"
    recluster(store)
    assert cluster_of(store, "syrians") == cluster_of(store, "harbour") == a


def test_merges_never_mix_types_or_countries(store: Store) -> None:
    add(store, "harbour")
    add(store, "coastal", kind="DEPORT")
    add(store, "yug", country="GRC")
    harbour, coastal, yug = (cluster_of(store, n) for n in ("harbour", "coastal", "yug"))
    assert len({harbour, coastal, yug}) == 3
    for other in (coastal, yug):
        with pytest.raises(InputError, match="never mixes types or countries"):
            merge_clusters(store, harbour, other, user="ana")
    assert store.decisions() == []


def test_bad_decisions_are_named(store: Store) -> None:
    add(store, "harbour")
    add(store, "coastal")
    cid = cluster_of(store, "harbour")
    with pytest.raises(NotFound, match="nope"):
        merge_clusters(store, cid, "nope", user="ana")
    with pytest.raises(InputError, match="not mentions of"):
        split_cluster(store, cid, [999], user="ana")
    with pytest.raises(InputError, match="at least one"):
        split_cluster(store, cid, [m.id for m in store.cluster(cid).mentions], user="ana")
    assert store.cluster(cid).n_mentions == 2 and store.decisions() == []


def test_cluster_filters(store: Store) -> None:
    for name in ("harbour", "syrians", "coastal"):
        add(store, name)
    assert len(store.clusters()) == 2
    (uzb,) = store.clusters(nationality="UZB")
    assert uzb.n_sources == 2 and uzb.mentions == []
    assert store.clusters(type="DEPORT") == [] and len(store.clusters(country="TUR")) == 2
    assert len(store.clusters(since=date(2021, 3, 15), until=date(2021, 3, 15))) == 2
    assert store.clusters(since=date(2021, 3, 16)) == []
    assert len(store.clusters(limit=1)) == 1 and len(store.clusters(limit=1, offset=1)) == 1


# -- the command line ------------------------------------------------------------------------------


def wf(db: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False, env=env)
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_lists_canonical_events_and_records_decisions(tmp_path: Path) -> None:
    db = tmp_path / "wf.sqlite"
    with Store.open(db) as store:
        for name in ("harbour", "syrians", "coastal", "yug"):
            store.add(*report(name))  # not yet merged: `events` merges what is pending
    listed = json.loads(wf(db, "events", "--format", "json", "--mentions", "--nationality", "UZB"))
    (event,) = listed
    assert event["n_sources"] == 3 and event["n_disagreements"] == 2
    assert [m["source"] for m in event["mentions"]] == ["Harbour Post", "Coastal Wire", "Канал Юг"]
    table = wf(db, "events", "--mentions")
    assert "Fourteen Uzbeks were detained" in table and "≠ total: 13 (Harbour Post, Канал Юг); 14 (Coastal Wire)" in table
    coastal = next(m["event"] for m in event["mentions"] if m["source"] == "Coastal Wire")
    out = wf(db, "split", event["cluster"], str(coastal), "--reason", "separate raid", env={"USER": "ana"})
    new_id = out.split()[-1]
    syrians = next(e["cluster"] for e in json.loads(wf(db, "events", "--format", "json")) if e["total"] == 3)
    merged = wf(db, "merge", new_id, syrians, "--user", "bo")
    assert merged.startswith(f"merged {syrians} into {new_id}: 2 mentions from 2 sources"), merged
    decisions = json.loads(wf(db, "decisions", "--format", "json"))
    assert [(d["kind"], d["user"], d["reason"]) for d in decisions] == [
        ("split", "ana", "separate raid"), ("merge", "bo", None)
    ]
    assert wf(db, "recluster").strip() == "2 canonical events from 4 mentions; 0 reassigned"
    assert len(json.loads(wf(db, "events", "--format", "json"))) == 2
    bad = CliRunner().invoke(main, ["--db", str(db), "merge", new_id, "nope", "--user", "bo"])
    assert bad.exit_code != 0 and "nope" in str(bad.exception)


@pytest.mark.parametrize("verb", ["merge", "split", "recluster", "decisions", "reject"])
def test_new_verbs_have_help_and_a_readme_mention(verb: str) -> None:
    result = CliRunner().invoke(main, [verb, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
    assert f"watchfloor {verb}" in (Path(__file__).resolve().parents[1] / "README.md").read_text()


# -- the real pipeline and the shared data ----------------------------------------------------------


def test_ingest_merges_reports_across_languages(tmp_path: Path, pipeline: Any) -> None:
    from watchfloor.ingest.options import IngestOptions

    texts = {
        "en.txt": ("Turkish police detained seven Tajik nationals in Hatay province on 3 May 2021 "
                   "as they tried to cross into Syria.", "en"),
        "ru.txt": ("3 мая 2021 года турецкая полиция задержала в провинции Хатай семерых граждан "
                   "Таджикистана, пытавшихся перейти в Сирию.", "ru"),
    }  # fmt: skip
    with Store.open(tmp_path / "wf.sqlite") as store:
        for name, (text, lang) in texts.items():
            (tmp_path / name).write_text(text, "utf-8")
            options = IngestOptions(published=date(2021, 5, 4), source=f"Outlet {lang}", lang=lang)
            pipeline.ingest([tmp_path / name], store, options)
        arrests = store.clusters(type="ARREST")
        assert len(arrests) == 1 and arrests[0].n_sources == 2, [c.canonical for c in store.clusters()]
        assert arrests[0].canonical["languages"] == ["en", "ru"]


def test_bcubed_on_the_dev_reports_and_the_seed(tmp_path: Path, pipeline: Any) -> None:
    from watchfloor.evaluate import run_eval

    folder = tmp_path / "gold"
    folder.mkdir()
    for name in ("reports-dev", "seed"):
        for path in shared_data(name).iterdir():
            (folder / path.name).symlink_to(path)
    with tempfile.TemporaryDirectory() as out:
        report = run_eval(folder, Path(out), pipeline)
        clusters = json.loads((Path(out) / "_clusters.json").read_text())
    assert report.bcubed["f1"] >= 0.90, report.bcubed
    assert sum(len(c["mentions"]) for c in clusters) == report.events.tp + report.events.fp
    for c in clusters:
        docs = [m["doc_id"] for m in c["mentions"]]
        assert len(set(docs)) == len(docs)
