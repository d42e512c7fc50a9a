"""VK walls saved from wall.get (plain and extended=1), built from the API's documented shape."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from watchfloor.errors import BadExport
from watchfloor.ingest import IngestFailure, IngestOptions, iter_inputs
from watchfloor.ingest import vk as vk_source
from watchfloor.model import Document
from watchfloor.pipeline import Pipeline
from watchfloor.store import Store

GROUP = 41234567  # the community's id; its wall's owner_id is negative


def post(post_id: int, text: str, *, owner: int = -GROUP, **extra: Any) -> dict[str, Any]:
    return {
        "id": post_id,
        "owner_id": owner,
        "from_id": owner,
        "date": 1428400800 + post_id,  # 2015-04-07 10:00 UTC
        "post_type": "post",
        "text": text,
        "comments": {"count": 2},
        "likes": {"count": 15, "user_likes": 0},
        "reposts": {"count": 3},
        "views": {"count": 1200},
        **extra,
    }


def wall(*, extended: bool = True) -> dict[str, Any]:
    items = [
        post(101, "В Газиантепе задержаны трое граждан России, пытавшихся перейти границу с Сирией.",
             attachments=[{"type": "link", "link": {"url": "https://news.example/ru/1", "title": "Новость"}},
                          {"type": "photo", "photo": {"id": 5}}],
             signer_id=777),
        post(102, "", copy_history=[
            {"id": 9, "owner_id": -555, "from_id": -555, "date": 1428300000, "post_type": "post",
             "text": "Граница всё ещё открыта, пишет [club555|Вестник Шама]."}
        ]),
        post(103, "Смотрите сами.", copy_history=[
            {"id": 10, "owner_id": 888, "from_id": 888, "date": 1428300100, "post_type": "post", "text": "Репортаж"}
        ]),
        post(104, "", attachments=[{"type": "photo", "photo": {"id": 6}}]),  # a photo alone: no document
    ]
    response: dict[str, Any] = {"count": 4, "items": items}
    if extended:
        response["groups"] = [
            {"id": GROUP, "name": "Новости Приграничья", "screen_name": "border_news", "type": "page"},
            {"id": 555, "name": "Вестник Шама", "screen_name": "sham", "type": "group"},
        ]
        response["profiles"] = [
            {"id": 777, "first_name": "Иван", "last_name": "Петров"},
            {"id": 888, "first_name": "Анна", "last_name": "Смирнова"},
        ]
    return {"response": response}


def write(tmp_path: Path, data: Any, name: str = "wall.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def read(path: Path) -> list[Document | IngestFailure]:
    return [item for item in iter_inputs([path], IngestOptions()) if isinstance(item, Document | IngestFailure)]


def test_extended_wall_posts(tmp_path: Path) -> None:
    path = write(tmp_path, wall())
    first, repost, commented = read(path)
    assert isinstance(first, Document) and isinstance(repost, Document) and isinstance(commented, Document)
    assert first.doc_id == f"vk--{GROUP}_101" and first.source_key == f"vk:-{GROUP}_101"
    assert first.url == f"https://vk.com/wall-{GROUP}_101"
    assert first.source == "Новости Приграничья" and first.author == "Иван Петров"
    assert first.published == date(2015, 4, 7) and first.language == "ru"
    assert first.meta["links"] == ["https://news.example/ru/1"]
    assert (first.meta["likes"], first.meta["reposts"], first.meta["views"], first.meta["comments"]) == (15, 3, 1200, 2)
    assert first.meta["platform"] == "VK" and first.meta["reposts_of"] == []
    # a bare repost takes the reposted words; mentions read as names
    assert repost.text == "Граница всё ещё открыта, пишет Вестник Шама."
    assert repost.meta["reposts_of"] == [
        {"url": "https://vk.com/wall-555_9", "owner_id": -555, "post_id": 9, "source": "Вестник Шама",
         "published": "2015-04-06"}
    ]
    assert commented.text == "Смотрите сами."
    assert commented.meta["reposts_of"][0]["source"] == "Анна Смирнова"


def test_plain_wall_and_bare_response(tmp_path: Path) -> None:
    plain = wall(extended=False)
    docs = read(write(tmp_path, plain))
    assert [d.source for d in docs if isinstance(d, Document)] == [None, None, None]
    bare = read(write(tmp_path, plain["response"], "bare.json"))
    assert [d.doc_id for d in bare if isinstance(d, Document)] == [d.doc_id for d in docs if isinstance(d, Document)]
    options = IngestOptions(source="My label")
    labelled = list(iter_inputs([tmp_path / "bare.json"], options))
    assert {d.source for d in labelled if isinstance(d, Document)} == {"My label"}


def test_pages_of_results_in_one_file(tmp_path: Path) -> None:
    first, second = wall(), wall()
    second["response"]["items"] = [post(201, "Ещё одно сообщение о задержании в Килисе.")]
    docs = read(write(tmp_path, [first, second]))
    assert [d.doc_id for d in docs if isinstance(d, Document)][-1] == f"vk--{GROUP}_201"


def test_api_error_answer(tmp_path: Path) -> None:
    path = write(tmp_path, {"error": {"error_code": 15, "error_msg": "Access denied: wall is disabled"}})
    assert read(path) == [IngestFailure(str(path), "VK API error 15: Access denied: wall is disabled")]


@pytest.mark.parametrize(
    ("items", "reason"),
    [
        (["not a post"], "post #0 is not an object"),
        ([{"id": "101", "owner_id": -1, "text": "x"}], 'post #0: "owner_id" and "id" must be integers'),
    ],
)
def test_malformed_posts(tmp_path: Path, items: list[Any], reason: str) -> None:
    path = write(tmp_path, {"response": {"count": 1, "items": items}})
    assert read(path) == [IngestFailure(str(path), reason)]
    with pytest.raises(BadExport, match="wall.json: " + reason.replace("#", "#")):
        list(vk_source.iter_documents(path, options=IngestOptions()))


def test_truncated_wall(tmp_path: Path) -> None:
    path = tmp_path / "wall.json"
    path.write_text(json.dumps(wall(), ensure_ascii=False)[:300], encoding="utf-8")
    [failure] = read(path)
    assert isinstance(failure, IngestFailure) and failure.input == str(path)
    assert failure.reason.startswith("malformed JSON at line 1, column")


def test_json_that_is_no_wall(tmp_path: Path) -> None:
    path = write(tmp_path, {"response": {"count": 3}})
    assert read(path) == [IngestFailure(str(path), "unsupported JSON: not a gold sidecar, Telegram export or VK wall")]
    with pytest.raises(BadExport, match="not a VK wall.get response"):
        list(vk_source.iter_documents(path, options=IngestOptions()))


def test_wall_ingest_keys_posts_by_wall_and_id(tmp_path: Path, pipeline: Pipeline) -> None:
    path = write(tmp_path, wall())
    with Store.open(tmp_path / "wf.sqlite") as store:
        first = pipeline.ingest([path], store, IngestOptions())
        edited = wall()
        edited["response"]["items"][0]["text"] += " Обновлено."  # edited on VK, saved again
        second = pipeline.ingest([write(tmp_path, edited, "wall-later.json")], store, IngestOptions())
        assert (first.new, second.new, second.unchanged) == (3, 0, 3)
        assert store.counts()["documents"] == 3
        kept = store.document(store.documents()[0].id)
        assert not kept.text.endswith("Обновлено.")  # the first version is kept
