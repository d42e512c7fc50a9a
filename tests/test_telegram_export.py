"""Telegram Desktop exports (result.json): identity by channel and message id, full exports, and
broken files. The basic reading of posts is tested in test_ingest.py."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from watchfloor.ingest import IngestFailure, IngestOptions, iter_inputs
from watchfloor.model import Document
from watchfloor.pipeline import Pipeline
from watchfloor.store import Store


def message(id_: int, text: Any, unixtime: int = 1428400800, **extra: Any) -> dict[str, Any]:
    entities = text if isinstance(text, list) else [{"type": "plain", "text": text}]
    return {
        "id": id_, "type": "message", "date": "2015-04-07T13:00:00", "date_unixtime": str(unixtime),
        "from": "Sham Bulletin", "from_id": "channel1500", "text": text, "text_entities": entities, **extra,
    }  # fmt: skip


def chat(chat_id: int, name: str, messages: list[dict[str, Any]], kind: str = "public_channel") -> dict[str, Any]:
    return {"name": name, "type": kind, "id": chat_id, "messages": messages}


def full_export(*chats: dict[str, Any]) -> dict[str, Any]:
    return {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 1, "first_name": "Analyst"},
        "chats": {"about": "This page lists all chats from this export.", "list": list(chats)},
    }


def write(tmp_path: Path, data: Any, name: str = "result.json") -> Path:
    folder = tmp_path / name.replace(".json", "")
    folder.mkdir(exist_ok=True)
    path = folder / "result.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def documents(path: Path) -> list[Document]:
    return [item for item in iter_inputs([path], IngestOptions()) if isinstance(item, Document)]


def test_full_export_keys_each_post_by_chat_and_message(tmp_path: Path) -> None:
    path = write(tmp_path, full_export(
        chat(1500, "Sham Bulletin", [message(7, "Граница открыта."), message(8, "Border is open, they say.")]),
        chat(1600, "Border Watch", [message(7, "Same message id, other channel.")], kind="public_supergroup"),
        chat(42, "Mum", [message(1, "Call me")], kind="personal_chat"),
        chat(43, "Saved", [message(2, "my note")], kind="saved_messages"),
    ))  # fmt: skip
    docs = documents(path)
    assert [(d.source, d.source_key) for d in docs] == [
        ("Sham Bulletin", "telegram:1500:7"),
        ("Sham Bulletin", "telegram:1500:8"),
        ("Border Watch", "telegram:1600:7"),
    ]


def test_post_metadata(tmp_path: Path) -> None:
    text = [
        "Взяты под стражу двое, ",
        {"type": "text_link", "text": "источник", "href": "https://news.example/a"},
        " и ",
        {"type": "link", "text": "https://news.example/b"},
    ]
    path = write(tmp_path, chat(1500, "Sham Bulletin", [
        message(10, text, unixtime=1428364800 - 60, forwarded_from="Frontier News", forwarded_from_id="channel77",
                reply_to_message_id=9, edited="2015-04-07T10:00:00", edited_unixtime="1428400800"),
    ]))  # fmt: skip
    [post] = documents(path)
    assert post.text == "Взяты под стражу двое, источник и https://news.example/b"
    assert post.published == date(2015, 4, 6)  # 23:59 UTC on the 6th, whatever the local `date` says
    assert post.meta["forwarded_from"] == "Frontier News" and post.meta["forwarded_from_id"] == "channel77"
    assert post.meta["reply_to_message_id"] == 9
    assert post.meta["links"] == ["https://news.example/a", "https://news.example/b"]


def test_service_messages_are_skipped(tmp_path: Path) -> None:
    service = {"id": 1, "type": "service", "date": "2015-04-01T10:00:00", "date_unixtime": "1427882400",
               "actor": "Sham Bulletin", "action": "pin_message", "message_id": 2, "text": "", "text_entities": []}  # fmt: skip
    path = write(tmp_path, chat(1500, "Sham Bulletin", [service, message(2, "Pinned: the border is open.")]))
    assert [d.source_key for d in documents(path)] == ["telegram:1500:2"]


@pytest.mark.parametrize(
    ("messages", "reason"),
    [
        ("not a list", "chat 'Sham Bulletin': \"messages\" is not a list"),
        ([message(1, "ok"), 17], "chat 'Sham Bulletin': message #1 is not an object"),
        ([message("x", "no integer id")], "chat 'Sham Bulletin': message #0 has no integer id"),  # type: ignore[arg-type]
    ],
)
def test_malformed_export_names_the_file(tmp_path: Path, messages: Any, reason: str) -> None:
    broken = {"name": "Sham Bulletin", "type": "public_channel", "id": 1500, "messages": messages}
    path = write(tmp_path, full_export(broken))
    items = list(iter_inputs([path], IngestOptions()))
    assert items[-1] == IngestFailure(str(path), reason)  # posts before the break are kept
    assert all(isinstance(item, Document) for item in items[:-1])


def test_truncated_full_export(tmp_path: Path) -> None:
    posts = [message(n, f"Сообщение номер {n} о задержаниях на границе.") for n in range(1, 200)]
    path = write(tmp_path, full_export(chat(1500, "Sham Bulletin", posts)))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    [failure] = list(iter_inputs([path], IngestOptions()))
    assert isinstance(failure, IngestFailure) and failure.input == str(path)
    assert failure.reason.startswith("malformed JSON at line ")


def test_reexported_channel_adds_only_new_posts(tmp_path: Path, pipeline: Pipeline) -> None:
    first = write(tmp_path, chat(1500, "Sham Bulletin", [message(1, "Граница всё ещё открыта, братья.")]), "a.json")
    later = write(tmp_path, chat(1500, "Sham Bulletin", [
        message(1, "Граница всё ещё открыта, братья!"),  # edited since: the same post
        message(2, "В Килисе задержаны четверо россиян."),
    ]), "b.json")  # fmt: skip
    with Store.open(tmp_path / "wf.sqlite") as store:
        one = pipeline.ingest([first], store, IngestOptions())
        two = pipeline.ingest([later], store, IngestOptions())
        assert (one.new, two.new, two.unchanged) == (1, 1, 1)
        texts = [store.document(row.id).text for row in store.documents()]
    assert texts == ["Граница всё ещё открыта, братья.", "В Килисе задержаны четверо россиян."]
