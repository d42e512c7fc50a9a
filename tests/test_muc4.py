"""The MUC-4 adapter: the GRIT reader, the CEAF-REE strict metric, and a run end to end.

tests/data/muc4_tiny.json is written for these tests (our own sentences, lower-cased, GRIT's
JSON lines with first-occurrence offsets).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shared_data

from watchfloor.errors import BadExport
from watchfloor.external import muc4
from watchfloor.external.muc4 import RoleScore, grit_id, normalise, read_muc4, score, score_role

TINY = Path(__file__).parent / "data" / "muc4_tiny.json"


def test_reader_keeps_documents_and_alias_lists() -> None:
    docs = read_muc4(TINY)
    assert [d.docid for d in docs] == ["TST1-MUC3-0001", "TST2-MUC4-0002", "TST2-MUC4-0003"]
    assert docs[0].gold["PerpOrg"] == [["farabundo marti national liberation front", "fmln"]]
    assert docs[1].gold["Target"] == [["offices of the electoral council", "electoral council"], ["vehicles"]]
    assert all(d.gold[role] == [] for d in docs[2:] for role in muc4.ROLES)
    for line in TINY.read_text("utf-8").splitlines():  # our file keeps GRIT's offset convention
        record = json.loads(line)
        for entities in record["extracts"].values():
            for entity in entities:
                for mention, offset in entity:
                    assert record["doctext"].index(mention) == offset


def test_reader_names_the_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"docid": "TST1-MUC3-0001", "doctext": "x", "extracts": {}}\n{"docid": 3}\n', "utf-8")
    with pytest.raises(BadExport, match=r"bad\.json:2"):
        read_muc4(bad)


def test_normalisation_drops_case_punctuation_and_articles() -> None:
    assert normalise("The U.S.  Embassy") == "us embassy"
    assert normalise("an  armoured car") == "armoured car"
    assert normalise("Theatre") == "theatre"  # only whole words
    assert normalise("A") == ""


def test_grit_ids() -> None:
    assert grit_id("TST3-MUC4-0012") == "30012"
    assert grit_id("TST1-MUC3-0007") == "10007"
    assert grit_id("DEV-MUC3-0001") == "DEV-MUC3-0001"


def test_a_single_alias_matches_and_extra_mentions_must_all_be_aliases() -> None:
    gold = [["farabundo marti national liberation front", "fmln"], ["army"]]
    found = score_role(gold, [["FMLN"], ["the army."], ["police"]])
    assert (found.matched, found.predicted, found.gold) == (2, 3, 2)
    both = score_role(gold, [["fmln", "farabundo marti national liberation front"]])
    assert both.matched == 1
    stray = score_role(gold, [["fmln", "the front"]])  # one mention outside the aliases: no match
    assert stray.matched == 0


def test_alignment_is_one_to_one_and_optimal() -> None:
    # greedy would give "bus" to the first entity and leave "truck" unmatched: Hungarian finds 2
    gold = [["bus", "truck"], ["bus"]]
    assert score_role(gold, [["bus"], ["truck"]]).matched == 2
    # two predictions of the same gold entity: only one counts
    assert score_role([["bomb"]], [["bomb"], ["the bomb"]]).matched == 1


def test_precision_recall_and_micro_by_hand() -> None:
    gold = {
        "d1": {"PerpInd": [["gunmen"]], "Weapon": [["bomb"], ["rifle"]], "Victim": [["ana ruiz"]]},
        "d2": {"Target": [["bridge"]]},
    }
    predicted = {
        "d1": {"PerpInd": [["gunmen"], ["soldiers"]], "Weapon": [["bomb"]]},
        "d2": {"Target": [["bridge"]], "Victim": [["jose diaz"]]},
    }
    roles = score(gold, predicted)
    assert roles["PerpInd"].precision == 0.5 and roles["PerpInd"].recall == 1.0
    assert roles["Weapon"].precision == 1.0 and roles["Weapon"].recall == 0.5
    assert roles["Victim"].precision == 0.0 and roles["Victim"].recall == 0.0
    assert roles["Target"].f1 == 1.0
    result = muc4.Muc4Result("x", 2, 0.0, roles)
    micro = result.micro  # 3 matched of 5 predicted and of 5 gold
    assert (micro.matched, micro.predicted, micro.gold) == (3, 5, 5)
    assert micro.precision == pytest.approx(0.6) and micro.f1 == pytest.approx(0.6)
    assert RoleScore().f1 == 0.0
    assert "micro" in result.format() and result.as_dict()["micro"]["f1"] == 0.6


def test_run_end_to_end_writes_predictions(pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = muc4.run(TINY, pipeline, out_dir=tmp_path)
    assert result.documents == 3
    written = json.loads((tmp_path / "muc4_predictions.json").read_text("utf-8"))
    assert set(written) == {"TST1-MUC3-0001", "TST2-MUC4-0002", "TST2-MUC4-0003"}
    first = written["TST1-MUC3-0001"]
    assert first["grit_id"] == "10001"
    fillers = first["pred_extracts"]
    assert set(fillers) == set(muc4.ROLES)
    assert ["urban guerrillas"] in fillers["PerpInd"]
    assert ["mario quesada"] in fillers["Victim"]
    assert fillers["PerpOrg"] and fillers["PerpOrg"][0][0] in ("fmln", "farabundo marti national liberation front")
    assert ["car bomb"] in written["TST2-MUC4-0002"]["pred_extracts"]["Weapon"]
    # the meeting of coffee growers is no attack: nothing predicted
    assert all(v == [] for v in written["TST2-MUC4-0003"]["pred_extracts"].values())
    # the scores are the metric's over what was written
    again = score({d.docid: d.gold for d in read_muc4(TINY)}, {k: v["pred_extracts"] for k, v in written.items()})
    assert {r: (s.matched, s.predicted) for r, s in again.items()} == {
        r: (s.matched, s.predicted) for r, s in result.roles.items()
    }
    assert result.micro.recall >= 0.75 and result.micro.precision >= 0.75


def test_cli_eval_detects_the_format(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from watchfloor.cli import main

    out = CliRunner().invoke(main, ["eval", str(TINY), "--json"])
    assert out.exit_code == 0, out.output
    report = json.loads(out.output)
    assert report["benchmark"] == "muc4" and report["documents"] == 3
    assert set(report["roles"]) == set(muc4.ROLES)


def test_dev_split_when_present(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A gate on the public dev split (200 documents): the figure README reports, minus noise."""
    path = shared_data("muc4_grit") / "dev.json"
    result = muc4.run(path, pipeline)
    assert result.documents == 200
    assert result.micro.f1 >= 0.35, result.format()


# Batch M6 (session 7): an attack no sentence ties to a group is the story's only group's, unless
# the army did it. First pass: 2/3.
def test_the_story_s_only_group_did_an_attack_no_sentence_names() -> None:
    from watchfloor.model import Agent, Event, Evidence, Extraction

    def fillers(text: str, agent: Agent | None = None) -> list[list[str]]:
        act = text.index("bomb")
        event = Event(id="e1", type="ATTACK", evidence=Evidence(act, act + 4, "bomb"), objects=["bank"], agent=agent)
        return muc4.fillers_of(Extraction(doc_id="d", events=[event]), text)["PerpOrg"]

    story = "the shining path called a strike in the highlands. on monday a bomb went off at a bank in the town."
    assert fillers(story) == [["shining path"]]
    two = "the shining path and the mrta called a strike. on monday a bomb went off at a bank in the town."
    assert fillers(two) == []
    army = Agent(text="the army", sector="MIL")
    assert fillers(story, army) == [["army"]]
