"""Reading files with a size cap, and decoding them, with errors that name the file."""

from __future__ import annotations

import json
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any

from watchfloor.errors import BadExport, DecodeError, InputError

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_LETTER_SHARE = 0.6  # of non-space characters, for a cp1251 guess to be believed
_MAX_MIXED_WORDS = 0.2  # Cyrillic words that also hold Latin letters: the mark of a wrong guess
# What Russian text uses from cp1251's upper half; anything else there means the guess is wrong.
_RUSSIAN_CP1251 = frozenset(
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя«»—–…“”„‘’№•\xa0"
)
_MAX_FOREIGN = 0.02  # share of other upper-half characters tolerated


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than `max_bytes`."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise InputError("not a regular file", input=str(path))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError("no such file", input=str(path)) from exc
    except PermissionError as exc:
        raise InputError("permission denied", input=str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", input=str(path)) from exc
    if len(data) > max_bytes:
        raise InputError(f"larger than the limit of {max_bytes:,} bytes", input=str(path))
    return data


def normalize_newlines(text: str) -> str:
    # The same as Python's universal newlines, so offsets match `open(path).read()`.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, *, input: str) -> str:
    """Text from UTF-8 (BOM stripped), UTF-16 with a BOM, or cp1251 when that is clearly right."""
    if data.startswith(_UTF16_BOMS):
        try:
            return normalize_newlines(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise DecodeError("not valid UTF-16 text", input=input) from exc
    if b"\x00" in data:
        raise InputError("binary file, not text", input=input)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = _decode_cp1251(data)
        if guess is None:
            raise DecodeError(f"not valid UTF-8 text (bad byte at offset {exc.start})", input=input) from exc
        text = guess
    return normalize_newlines(text)


def read_text(path: Path, max_bytes: int) -> str:
    """The decoded text of a file that must hold some."""
    text = decode_text(read_limited(path, max_bytes), input=str(path))
    if not text.strip():
        raise InputError("empty file", input=str(path))
    return text


def load_json(path: Path, max_bytes: int) -> Any:
    """A parsed JSON file; malformed JSON is a BadExport naming the line and column."""
    data = read_limited(path, max_bytes)
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid UTF-8 JSON (bad byte at offset {exc.start})", input=str(path)) from exc
    try:
        return json.loads(source)
    except json.JSONDecodeError as exc:
        raise BadExport(
            f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", input=str(path)
        ) from exc
    except RecursionError as exc:
        raise BadExport("malformed JSON: nested too deeply", input=str(path)) from exc


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u052f"


def _is_latin(char: str) -> bool:
    return "a" <= char.lower() <= "z"


def _decode_cp1251(data: bytes) -> str | None:
    """cp1251 text, only when it reads as Russian: any byte string decodes as cp1251 somehow."""
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return None
    visible = [char for char in text if not char.isspace()]
    if any(unicodedata.category(char) == "Cc" for char in visible):
        return None
    if sum(char.isalpha() for char in visible) < _MIN_LETTER_SHARE * len(visible):
        return None
    upper_half = [char for char in text if ord(char) > 0x7F]
    if sum(char not in _RUSSIAN_CP1251 for char in upper_half) > _MAX_FOREIGN * len(upper_half):
        return None
    cyrillic_words = [word for word in _WORD.findall(text) if any(map(_is_cyrillic, word))]
    if not cyrillic_words:
        return None  # the bytes above 0x7F were not letters: not Russian text
    mixed = sum(1 for word in cyrillic_words if any(map(_is_latin, word)))
    return text if mixed <= _MAX_MIXED_WORDS * len(cyrillic_words) else None


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_.:-]{2,40})""", re.IGNORECASE)
_SNIFF_BYTES = 4096


def decode_web(data: bytes, declared: str | None, *, input: str) -> str:
    """The text of a fetched or archived response, whose declared charset may be wrong or absent.

    In order: a byte-order mark; the charset the server declared, then the one the markup
    declares (<meta charset>, <?xml encoding?>), each only if the bytes are valid in it; then
    UTF-8, or cp1251 when that clearly reads as Russian (the usual undeclared legacy pages).
    """
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            try:
                return normalize_newlines(data.decode(bom_codec))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"not valid {bom_codec.upper()} text", input=input) from exc
    head = data[:_SNIFF_BYTES]
    clues = (_META_CHARSET.search(head), _XML_ENCODING.search(head))
    in_markup = [match.group(1).decode("ascii") for match in clues if match]
    for name in [declared, *in_markup]:
        codec = _codec(name)
        if codec is None:
            continue
        if codec in _ANY_BYTES_CODECS and _decode_cp1251(data) is not None:
            continue  # "latin-1" over Russian bytes: a default, not a choice; the guess below is right
        try:
            return normalize_newlines(data.decode(codec))
        except UnicodeDecodeError:
            continue  # declared wrongly: try the next clue
    return decode_text(data, input=input)


# Single-byte codecs that accept every byte, so "decodes cleanly" says nothing about them.
_ANY_BYTES_CODECS = frozenset({"latin-1", "iso8859-1", "cp1252"})


def _codec(name: str | None) -> str | None:
    import codecs

    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # UTF-16/32 without a BOM are nearly always a mistaken declaration on the web (HTML5 says UTF-8).
    return None if codec.startswith(("utf-16", "utf-32")) else codec


_URL_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_NON_WORD_RUN = re.compile(r"[\W_]+")
_MAX_DOC_ID = 100


def url_doc_id(url: str) -> str:
    """A readable doc_id from a URL: host and path, lower case, runs of other characters as "-"."""
    bare = _URL_SCHEME.sub("", url).split("?", 1)[0].split("#", 1)[0]
    return _NON_WORD_RUN.sub("-", bare.casefold()).strip("-")[:_MAX_DOC_ID] or "page"
