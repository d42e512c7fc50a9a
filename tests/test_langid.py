"""Language identification on short posts, the hardest case on this beat."""

from __future__ import annotations

import pytest

from watchfloor.nlp import langid
from watchfloor.nlp.langid import SUPPORTED_LANGUAGES, cyrillic_share, detect_language


def test_supported_languages() -> None:
    assert SUPPORTED_LANGUAGES == ("en", "ru")


@pytest.mark.parametrize(
    "post",
    [
        "The border is still open, brothers.",
        "Kilis: 9 detained",
        "Two Tajiks were deported on Monday.",
        "Soldier killed in clash near Akcakale",
        "BREAKING: channel removed",
    ],
)
def test_short_english_posts(post: str) -> None:
    assert detect_language(post) == "en"


@pytest.mark.parametrize(
    "post",
    [
        "Граница открыта, братья!",
        "Задержаны двое россиян.",
        "В среду депортированы 17 граждан Таджикистана",
        "Наш канал заблокирован",
        "Задержан Ahmet Yilmaz",  # Cyrillic letters are a large enough share: no model needed
    ],
)
def test_short_russian_posts(post: str) -> None:
    assert detect_language(post) == "ru"


def test_mixed_alphabets_go_to_the_model() -> None:
    english = "The channel Путь на Шам says the border is still open to anyone who wants to come"
    russian = "Mehmet Yilmaz, Ahmet Kaya, Hasan Demir задержаны"
    for text in (english, russian):
        share = cyrillic_share(text)
        assert share is not None and 0.02 <= share <= 0.3
    assert detect_language(english) == "en"
    assert detect_language(russian) == "ru"  # the Turkish names do not make it English


def test_text_without_letters_defaults_to_english() -> None:
    assert cyrillic_share("12345 !!! 🙂") is None
    assert detect_language("12345 !!! 🙂") == "en"
    assert detect_language("") == "en"


def test_cyrillic_share() -> None:
    assert cyrillic_share("abc") == 0.0
    assert cyrillic_share("абв") == 1.0
    assert cyrillic_share("ab вг") == 0.5


def test_detector_is_built_once() -> None:
    assert langid._detector() is langid._detector()


def test_long_text_is_sampled() -> None:
    text = "Задержаны граждане России. " * 2000 + "The rest is English. " * 10_000
    assert detect_language(text) == "ru"
