"""Ingest of local files: plain text, gold pairs, Telegram exports, folders and every way they fail.

Saved web pages are tested in test_ingest_html.py.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from watchfloor.errors import BadExport, ConfigError, DecodeError, InputError, UnsupportedSource
from watchfloor.ingest import IngestFailure, IngestOptions, iter_inputs
from watchfloor.ingest import gold as gold_source
from watchfloor.ingest import telegram as telegram_source
from watchfloor.ingest import text as text_source
from watchfloor.model import Document
from watchfloor.nlp.langid import detect_language

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

ENGLISH = "Two Uzbeks were detained near Kilis on Monday as they tried to cross into Syria.\n"
RUSSIAN = "В среду в Газиантепе задержаны трое россиян, которые пытались перейти границу.\n"


def ingest(*paths: Path, options: IngestOptions | None = None) -> list[Document | IngestFailure]:
    return list(iter_inputs(list(paths), options or IngestOptions()))


def documents(items: list[Document | IngestFailure]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def failures(items: list[Document | IngestFailure]) -> list[IngestFailure]:
    return [item for item in items if isinstance(item, IngestFailure)]


def only_failure(*paths: Path) -> IngestFailure:
    items = ingest(*paths)
    assert len(items) == 1 and isinstance(items[0], IngestFailure), items
    return items[0]


def write_gold(folder: Path, stem: str, text: str, meta: dict[str, Any]) -> Path:
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    sidecar = folder / f"{stem}.json"
    sidecar.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return sidecar


# --- Telegram Desktop exports, built from the documented JSON format --------------------------

CHANNEL_ID = 1100223344


def telegram_message(id_: int, unixtime: int, text: Any, **extra: Any) -> dict[str, Any]:
    message: dict[str, Any] = {
        "id": id_,
        "type": "message",
        "date": "2015-04-05T23:30:00",  # local time of the exporting machine
        "date_unixtime": str(unixtime),
        "from": "Border Notes",
        "from_id": f"channel{CHANNEL_ID}",
        **extra,
        "text": text,
    }
    if isinstance(text, str):
        message["text_entities"] = [{"type": "plain", "text": text}] if text else []
    else:
        message["text_entities"] = [
            part if isinstance(part, dict) else {"type": "plain", "text": part} for part in text
        ]
    return message


def telegram_chat(name: str = "Border Notes", chat_type: str = "public_channel") -> dict[str, Any]:
    return {
        "name": name,
        "type": chat_type,
        "id": CHANNEL_ID,
        "messages": [
            {
                "id": 1,
                "type": "service",
                "date": "2015-04-01T10:00:00",
                "date_unixtime": "1427871600",
                "actor": name,
                "actor_id": f"channel{CHANNEL_ID}",
                "action": "create_channel",
                "title": name,
                "text": "",
                "text_entities": [],
            },
            # 2015-04-05 21:30 UTC: the local "date" says the 6th, the UTC date is the 5th
            telegram_message(2, 1428269400, "The border is still open, brothers. Do not believe the news."),
            telegram_message(
                3,
                1428310800,
                [
                    {"type": "bold", "text": "Задержаны двое россиян"},
                    " в Газиантепе, пишет ",
                    {"type": "text_link", "text": "агентство", "href": "https://example.org/news/1"},
                    ". Подробности: ",
                    {"type": "link", "text": "https://example.org/news/2"},
                ],
                forwarded_from="Frontier News",
            ),
            telegram_message(4, 1428314400, "Пусть Аллах им поможет.", reply_to_message_id=3),
            telegram_message(5, 1428318000, "", photo="(File not included.)", width=800, height=600),
        ],
    }


@pytest.fixture
def channel_export(tmp_path: Path) -> Path:
    path = tmp_path / "result.json"
    path.write_text(json.dumps(telegram_chat(), ensure_ascii=False), encoding="utf-8")
    return path


# --- options -----------------------------------------------------------------------------------


def test_options_validate_themselves() -> None:
    assert IngestOptions().max_bytes == 20_000_000
    with pytest.raises(ConfigError, match="unsupported language 'tr'"):
        IngestOptions(lang="tr")
    with pytest.raises(ConfigError):
        IngestOptions(max_bytes=0)


# --- plain text --------------------------------------------------------------------------------


def test_text_file_becomes_one_document(tmp_path: Path) -> None:
    path = tmp_path / "kilis-report.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    options = IngestOptions(published=date(2015, 8, 20), source="Southeast Wire")
    [doc] = ingest(path, options=options)
    assert isinstance(doc, Document)
    assert doc.doc_id == "kilis-report"
    assert doc.text == ENGLISH
    assert (doc.language, doc.published, doc.source) == ("en", date(2015, 8, 20), "Southeast Wire")
    assert doc.origin == str(path)


def test_text_keeps_exact_text_except_bom_and_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffHeadline\r\n\r\n  Body line, with  spaces.\r\nEnd\rMac".encode())
    [doc] = text_source.iter_documents(path, options=IngestOptions())
    assert doc.text == "Headline\n\n  Body line, with  spaces.\nEnd\nMac"


def test_lang_option_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(RUSSIAN, encoding="utf-8")
    assert documents(ingest(path))[0].language == "ru"
    assert documents(ingest(path, options=IngestOptions(lang="en")))[0].language == "en"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert only_failure(path) == IngestFailure(str(path), "empty file")
    with pytest.raises(InputError, match="empty file") as caught:
        list(text_source.iter_documents(path, options=IngestOptions()))
    assert caught.value.input == str(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert only_failure(path) == IngestFailure(str(path), "binary file, not text")


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(b"header \x81\x8d\x8f\x90\x9d \xff\xfe\xfd garbage \xc3\x28 more")
    failure = only_failure(path)
    assert failure.input == str(path)
    assert failure.reason.startswith("not valid UTF-8 text")
    with pytest.raises(DecodeError):
        list(text_source.iter_documents(path, options=IngestOptions()))


def test_latin1_is_not_mistaken_for_cp1251(tmp_path: Path) -> None:
    path = tmp_path / "german.txt"
    german = "Die Männer wurden in Kilis festgenommen, berichtet die Zeitung über Grenzübergänge."
    path.write_bytes(german.encode("latin-1"))
    assert only_failure(path).reason.startswith("not valid UTF-8 text")


def test_cp1251_russian_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "old-site.txt"
    text = RUSSIAN + "«Граница закрыта», — заявили в МВД… Приказ № 12.\n"
    path.write_bytes(text.encode("cp1251"))
    [doc] = documents(ingest(path))
    assert doc.text == text
    assert doc.language == "ru"


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(ENGLISH.encode("utf-16"))
    assert documents(ingest(path))[0].text == ENGLISH


def test_file_larger_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH * 100, encoding="utf-8")
    [failure] = ingest(path, options=IngestOptions(max_bytes=1000))
    assert isinstance(failure, IngestFailure)
    assert failure.input == str(path)
    assert "larger than the limit of 1,000 bytes" in failure.reason


# --- gold pairs --------------------------------------------------------------------------------


def test_gold_pair_reads_metadata_only(tmp_path: Path) -> None:
    text = "Headline\n\nTwo Russians were arrested on Saturday.\n"
    write_gold(
        tmp_path,
        "wire-20150406-two",
        text,
        {
            "doc_id": "wire-20150406-two",
            "language": "en",
            "published": "2015-04-06",
            "source": "Some Wire",
            "title": "Headline",
            "author": "A. Writer",
            "events": "the answers are never read, so their shape does not matter",
            "claims": [{"bogus": True}],
        },
    )
    items = ingest(tmp_path)
    [doc] = items  # the .txt is not ingested a second time
    assert isinstance(doc, Document)
    assert doc.text == text
    assert doc.doc_id == "wire-20150406-two"
    assert (doc.language, doc.published, doc.source) == ("en", date(2015, 4, 6), "Some Wire")
    assert (doc.title, doc.author) == ("Headline", "A. Writer")
    assert doc.origin == str(tmp_path / "wire-20150406-two.txt")
    assert not hasattr(doc, "events")


def test_gold_sidecar_wins_and_options_fill_gaps(tmp_path: Path) -> None:
    write_gold(tmp_path, "a", RUSSIAN, {"doc_id": "a", "published": "2015-04-16"})
    options = IngestOptions(published=date(2020, 1, 1), source="From the CLI", lang="en")
    [doc] = documents(ingest(tmp_path, options=options))
    assert doc.published == date(2015, 4, 16)  # the sidecar's
    assert doc.source == "From the CLI"  # the sidecar has none
    assert doc.language == "en"  # --lang, since the sidecar gives no language
    [doc] = documents(ingest(tmp_path))
    assert doc.language == "ru"  # detected


def test_gold_pair_given_by_either_file(tmp_path: Path) -> None:
    sidecar = write_gold(tmp_path, "doc", ENGLISH, {"doc_id": "doc", "language": "en"})
    items = ingest(sidecar, sidecar.with_suffix(".txt"), tmp_path)
    assert [d.doc_id for d in documents(items)] == ["doc"]
    [doc] = gold_source.iter_documents(sidecar.with_suffix(".txt"), options=IngestOptions())
    assert doc.language == "en"


def test_malformed_sidecar_names_file_and_position(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(ENGLISH, encoding="utf-8")
    sidecar = tmp_path / "doc.json"
    sidecar.write_text(
        '{\n "doc_id": "doc",\n "language": "en"\n "published": "2015-04-06"\n}', encoding="utf-8"
    )
    failure = only_failure(tmp_path)
    assert failure.input == str(sidecar)
    assert failure.reason.startswith("malformed JSON at line 4, column 2")
    with pytest.raises(BadExport):
        list(gold_source.iter_documents(sidecar, options=IngestOptions()))


@pytest.mark.parametrize(
    ("meta", "reason"),
    [
        ({"published": "6 April 2015"}, "not an ISO date"),
        ({"source": 42}, '"source" must be a string'),
        ({"language": "tr"}, "language 'tr' is not supported"),
        (["not", "an", "object"], "a gold sidecar must be a JSON object"),
    ],
)
def test_invalid_sidecar_metadata(tmp_path: Path, meta: Any, reason: str) -> None:
    sidecar = write_gold(tmp_path, "doc", ENGLISH, meta)
    failure = only_failure(tmp_path)
    assert failure.input == str(sidecar)
    assert reason in failure.reason


def test_gold_folder_notes_and_index_are_skipped(tmp_path: Path) -> None:
    write_gold(tmp_path, "one", ENGLISH, {"doc_id": "one"})
    (tmp_path / "index.json").write_text('{"documents": []}', encoding="utf-8")
    (tmp_path / "FACTS.md").write_text("# notes", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ENGLISH, encoding="utf-8")
    assert [item.doc_id for item in documents(ingest(tmp_path))] == ["one"]
    assert failures(ingest(tmp_path)) == []


# --- Telegram exports --------------------------------------------------------------------------


def test_telegram_single_chat_export(channel_export: Path) -> None:
    docs = documents(ingest(channel_export))
    # the service message and the photo without text are not documents
    assert [doc.doc_id for doc in docs] == ["border-notes-2", "border-notes-3", "border-notes-4"]
    first, forwarded, reply = docs
    assert first.text == "The border is still open, brothers. Do not believe the news."
    assert first.published == date(2015, 4, 5)  # from date_unixtime, in UTC
    assert first.language == "en"
    assert first.source == "Border Notes"
    assert first.origin == str(channel_export)
    assert first.meta == {
        "platform": "Telegram",
        "channel_id": CHANNEL_ID,
        "message_id": 2,
        "forwarded_from": None,
        "forwarded_from_id": None,
        "reply_to_message_id": None,
        "links": [],
        "reactions": {},
        # for the channels' network (issue 17)
        "chat_type": "public_channel",
        "posted_at": "2015-04-05T21:30:00+00:00",  # date_unixtime, in UTC
        "from_id": f"channel{CHANNEL_ID}",
        "reply_to_peer_id": None,
        "reply_to": None,
        "mentions": [],
    }
    assert first.source_key == f"telegram:{CHANNEL_ID}:2"
    assert forwarded.text == (
        "Задержаны двое россиян в Газиантепе, пишет агентство. Подробности: https://example.org/news/2"
    )
    assert forwarded.language == "ru"
    assert forwarded.meta["forwarded_from"] == "Frontier News"
    assert forwarded.meta["links"] == ["https://example.org/news/1", "https://example.org/news/2"]
    assert reply.meta["reply_to_message_id"] == 3


def test_telegram_source_and_published_come_from_the_export(channel_export: Path) -> None:
    options = IngestOptions(published=date(2020, 1, 1), source="CLI source")
    docs = documents(ingest(channel_export, options=options))
    assert {doc.source for doc in docs} == {"Border Notes"}
    assert date(2020, 1, 1) not in {doc.published for doc in docs}


def test_telegram_text_from_entities_alone() -> None:
    message = {
        "type": "message",
        "text_entities": [{"type": "plain", "text": "Граница "}, {"type": "bold", "text": "открыта"}],
    }
    assert telegram_source.message_text(message) == "Граница открыта"
    assert telegram_source.message_links(
        {"text": ["see ", {"type": "text_link", "text": "x", "href": "https://a.example/"}]}
    ) == ["https://a.example/"]


def test_telegram_full_export_reads_channels_and_groups_only(tmp_path: Path) -> None:
    personal = telegram_chat("Mum", "personal_chat")
    left = telegram_chat("Old Channel", "public_channel")
    export = {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 1, "first_name": "Analyst"},
        "chats": {"about": "chats", "list": [personal, telegram_chat()]},
        "left_chats": {"about": "left", "list": [left]},
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    docs = documents(ingest(path))
    assert {doc.source for doc in docs} == {"Border Notes", "Old Channel"}
    assert [doc.doc_id for doc in docs][-1] == "old-channel-4"


def test_telegram_cyrillic_channel_slug() -> None:
    assert telegram_source.channel_slug("Путь на Шам!") == "путь-на-шам"
    assert telegram_source.channel_slug("Border_Notes 24/7") == "border-notes-24-7"


def test_truncated_telegram_export(tmp_path: Path, channel_export: Path) -> None:
    truncated = tmp_path / "export" / "result.json"
    truncated.parent.mkdir()
    truncated.write_text(channel_export.read_text(encoding="utf-8")[:700], encoding="utf-8")
    failure = only_failure(truncated)
    assert failure.input == str(truncated)
    assert failure.reason.startswith("malformed JSON at line 1, column")
    with pytest.raises(BadExport, match="result.json: malformed JSON"):
        list(telegram_source.iter_documents(truncated, options=IngestOptions()))


def test_telegram_export_with_bad_structure(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text(
        json.dumps({"name": "X", "type": "public_channel", "id": 1, "messages": [1]}), encoding="utf-8"
    )
    assert only_failure(path).reason == "chat 'X': message #0 is not an object"


def test_json_that_is_neither_gold_nor_telegram(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark"}', encoding="utf-8")
    assert only_failure(path) == IngestFailure(
        str(path), "unsupported JSON: not a gold sidecar, Telegram export or VK wall"
    )
    with pytest.raises(UnsupportedSource):
        list(telegram_source.iter_documents(path, options=IngestOptions()))


def test_telegram_media_folders_are_not_walked(tmp_path: Path, channel_export: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "photo_1.jpg").write_bytes(b"\xff\xd8\xff")
    assert failures(ingest(tmp_path)) == []


# --- folders and failures ----------------------------------------------------------------------


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert only_failure(path) == IngestFailure(str(path), "unsupported file type '.pdf'")


def test_missing_path() -> None:
    assert only_failure(Path("/nonexistent/watchfloor/input.txt")).reason == "no such file or folder"


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root reads files whatever their mode")
def test_unreadable_file_and_folder(tmp_path: Path) -> None:
    locked_file = tmp_path / "locked.txt"
    locked_file.write_text(ENGLISH, encoding="utf-8")
    locked_folder = tmp_path / "locked"
    locked_folder.mkdir()
    locked_file.chmod(0)
    locked_folder.chmod(0)
    try:
        items = ingest(tmp_path)
    finally:
        locked_file.chmod(0o644)
        locked_folder.chmod(0o755)
    assert IngestFailure(str(locked_file), "permission denied") in items
    assert any(f.input == str(locked_folder) and "cannot list folder" in f.reason for f in failures(items))


def test_permission_errors_become_failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The same paths as above, for when the tests run as root and chmod blocks nothing.
    locked_file = tmp_path / "locked.txt"
    locked_file.write_text(ENGLISH, encoding="utf-8")
    locked_folder = tmp_path / "locked"
    locked_folder.mkdir()
    real_open, real_scandir = Path.open, os.scandir

    def open_(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == locked_file:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def scandir(path: Any) -> Any:
        if Path(path) == locked_folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(Path, "open", open_)
    monkeypatch.setattr(os, "scandir", scandir)
    items = ingest(tmp_path)
    assert IngestFailure(str(locked_file), "permission denied") in items
    assert IngestFailure(str(locked_folder), "cannot list folder: Permission denied") in items


def test_folder_recursion_is_sorted_and_goes_on_after_failures(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b" / "broken.txt").write_bytes(b"")
    (tmp_path / "b" / "deep" / "c.txt").write_text(RUSSIAN, encoding="utf-8")
    (tmp_path / "b" / "z.txt").write_text(ENGLISH, encoding="utf-8")
    items = ingest(tmp_path)
    labels = [
        item.doc_id if isinstance(item, Document) else f"failed:{Path(item.input).name}" for item in items
    ]
    assert labels == ["a", "failed:broken.txt", "c", "z"]
    assert items == ingest(tmp_path)  # deterministic


def test_same_file_given_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert len(ingest(path, tmp_path, tmp_path / "." / "a.txt")) == 1


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [item.doc_id for item in documents(ingest(tmp_path))] == ["a"]


def test_mixed_english_russian_folder(tmp_path: Path) -> None:
    posts = {
        "en-1": "Border police detained four Kosovars in Hatay on Tuesday.",
        "en-2": "The court sentenced two returnees to six years in prison.",
        "ru-1": "Граждане Таджикистана депортированы из Турции.",
        "ru-2": "Уроженцы Дагестана задержаны в провинции Килис, сообщает Anadolu.",
    }
    for stem, post in posts.items():
        (tmp_path / f"{stem}.txt").write_text(post, encoding="utf-8")
    languages = {doc.doc_id: doc.language for doc in documents(ingest(tmp_path))}
    assert languages == {"en-1": "en", "en-2": "en", "ru-1": "ru", "ru-2": "ru"}


# --- the bundled sample corpus -----------------------------------------------------------------


def example_pairs() -> Iterator[Path]:
    return iter(sorted(EXAMPLES.glob("*.json")))


def test_examples_ingest_without_failures() -> None:
    items = ingest(EXAMPLES)
    assert failures(items) == []
    docs = documents(items)
    languages = [doc.language for doc in docs if not doc.meta.get("platform")]
    assert (languages.count("en"), languages.count("ru")) == (8, 4)
    posts = [doc for doc in docs if doc.meta.get("platform") == "Telegram"]
    assert len(posts) >= 6
    assert {doc.language for doc in posts} == {"en", "ru"}
    assert any(doc.meta["forwarded_from"] for doc in posts)


@pytest.mark.parametrize("sidecar", list(example_pairs()), ids=lambda path: path.stem)
def test_example_sidecars_hold_metadata_only(sidecar: Path) -> None:
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    assert set(meta) == {"doc_id", "language", "published", "source", "title"}
    assert meta["doc_id"] == sidecar.stem
    assert date(2015, 1, 1) <= date.fromisoformat(meta["published"]) <= date(2016, 12, 31)
    text = sidecar.with_suffix(".txt").read_text(encoding="utf-8")
    assert text.startswith(meta["title"] + "\n\n")
    assert 60 <= len(text.split()) <= 200
    [doc] = gold_source.iter_documents(sidecar, options=IngestOptions())
    assert doc.language == meta["language"]
    assert detect_language(text) == meta["language"]


# --- the shared gold folders (evaluation data; absent from a user's clone) ---------------------

SHARED_DATA = Path(
    os.environ.get("WATCHFLOOR_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")
)


@pytest.mark.parametrize("name", ["seed", "reports-dev"])
def test_shared_gold_folders_ingest_cleanly(name: str) -> None:
    folder = SHARED_DATA / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (evaluation data is not part of the repository)")
    items = ingest(folder)
    assert failures(items) == []  # index.json, FACTS.md and SOURCE.md are skipped
    pairs = sorted(folder.glob("*.json"))
    docs = documents(items)
    assert len(docs) == sum(1 for path in pairs if path.with_suffix(".txt").is_file())
    for doc in docs:
        assert doc.language in ("en", "ru") and doc.published is not None and doc.source
        assert doc.text == Path(str(doc.origin)).read_text(encoding="utf-8")  # offsets stay valid
