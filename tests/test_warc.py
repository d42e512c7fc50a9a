"""Web archives written with warcio itself: one document per archived HTML page."""

from __future__ import annotations

import gzip
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from watchfloor.errors import BadExport
from watchfloor.ingest import IngestFailure, IngestOptions, iter_inputs
from watchfloor.ingest import warc as warc_source
from watchfloor.model import Document
from watchfloor.pipeline import Pipeline
from watchfloor.store import Store


def article(title: str, body: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | World</nav><article><h1>{title}</h1>"
        f"<p>{body}</p><p>Officials gave no further details.</p></article></body></html>"
    )


ENGLISH = article("Six detained in Hatay", "Gendarmes detained six foreigners in Hatay on Friday who were trying to enter Syria.")
RUSSIAN = article("Депортация", "Из Турции депортированы пятеро граждан России, пытавшихся попасть в Сирию.")


def write_warc(path: Path, *, gzip_records: bool) -> None:
    records = [
        ("https://news.example/hatay", "text/html; charset=utf-8", ENGLISH.encode(), "200 OK"),
        ("https://ru.example/deport", "text/html", RUSSIAN.encode("cp1251"), "200 OK"),  # charset undeclared
        ("https://news.example/missing", "text/html", b"<html>gone</html>", "404 Not Found"),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n", "200 OK"),
        ("https://news.example/", "text/html", b"<html><body><a href='/hatay'>Hatay</a></body></html>", "200 OK"),
    ]
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for uri, content_type, body, status in records:
            request = writer.create_warc_record(
                uri, "request", payload=BytesIO(b""),
                http_headers=StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "x")], is_http_request=True),
            )
            writer.write_record(request)
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers))


@pytest.fixture(params=[".warc", ".warc.gz"])
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / f"crawl{request.param}"
    write_warc(path, gzip_records=request.param.endswith(".gz"))
    return path


def test_one_document_per_html_page(archive: Path) -> None:
    items = list(iter_inputs([archive], IngestOptions()))
    assert all(isinstance(item, Document) for item in items), items
    english, russian = items
    assert isinstance(english, Document) and isinstance(russian, Document)
    assert "Gendarmes detained six foreigners in Hatay" in english.text
    assert english.url == "https://news.example/hatay" and english.doc_id == "news-example-hatay"
    assert english.source_key is not None and english.source_key.startswith("warc:<urn:uuid:")
    assert english.meta["archive"] == str(archive) and english.meta["warc_date"]
    assert english.origin == f"{archive}#https://news.example/hatay"
    assert "депортированы пятеро граждан России" in russian.text and russian.language == "ru"


def test_a_page_over_the_limit_is_a_failure_and_the_rest_goes_on(archive: Path) -> None:
    items = list(iter_inputs([archive], IngestOptions(max_bytes=len(RUSSIAN.encode("cp1251")) + 10)))
    failures = [item for item in items if isinstance(item, IngestFailure)]
    assert [type(item).__name__ for item in items] == ["IngestFailure", "Document"]
    assert failures[0].input == str(archive)
    assert failures[0].reason.startswith("page https://news.example/hatay: larger than the limit")


def test_truncated_archive_keeps_what_came_before(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, gzip_records=True)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.55)])
    items = list(iter_inputs([cut], IngestOptions()))
    documents = [item for item in items if isinstance(item, Document)]
    failures = [item for item in items if isinstance(item, IngestFailure)]
    assert len(documents) >= 1
    assert len(failures) == 1 and failures[0].input == str(cut)
    assert failures[0].reason.startswith("cannot read the archive after")


def test_not_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("these are my notes, not an archive\n", encoding="utf-8")
    with pytest.raises(BadExport, match=r"notes.warc: not a WARC file"):
        list(warc_source.iter_documents(path, options=IngestOptions()))
    gz = tmp_path / "bad.warc.gz"
    gz.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n")[:-6])
    [failure] = list(iter_inputs([gz], IngestOptions()))
    assert isinstance(failure, IngestFailure) and failure.input == str(gz)


def test_archive_ingest_is_idempotent(tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip_records=True)
    with Store.open(tmp_path / "wf.sqlite") as store:
        first = pipeline.ingest([path], store, IngestOptions())
        second = pipeline.ingest([path], store, IngestOptions())
        assert (first.new, first.unchanged, first.failed) == (2, 0, [])
        assert (second.new, second.unchanged, second.failed) == (0, 2, [])
        assert store.counts()["documents"] == 2
