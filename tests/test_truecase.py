"""Truecasing lower-case English: capitals come back, offsets stay."""

from __future__ import annotations

from watchfloor.nlp.english import parse_many
from watchfloor.nlp.truecase import is_lower_case, truecase


def test_case_changes_only() -> None:
    text = "the fmln attacked a post near san salvador on monday.  police said i saw it. the u.s. embassy closed."
    cased = truecase(text, is_place=lambda phrase: phrase == "san salvador")
    assert len(cased) == len(text) and cased.lower() == text
    assert cased.startswith("The FMLN attacked")
    assert "San Salvador on Monday." in cased
    assert "Police said I saw it" in cased
    assert "The U.S. embassy closed" in cased  # initials end no sentence


def test_names_from_the_data_files() -> None:
    cased = truecase("members of the farabundo marti national liberation front and the shining path")
    assert "Farabundo Marti National Liberation Front" in cased
    assert "Shining Path" in cased
    assert truecase("the m-19 and some guatemalans") == "The M-19 and some Guatemalans"


def test_bracketed_acronym_is_upper_case_everywhere() -> None:
    cased = truecase("the popular union of highland workers (puhw) said that the puhw would strike. it is so.")
    assert cased.count("PUHW") == 2
    assert "It is so." in cased  # "is" is no group acronym, and a sentence start is capitalised


def test_proper_spans_and_abbreviations() -> None:
    text = "col. ramirez met judge ana ortiz in the capital."
    start = text.index("ana ortiz")
    cased = truecase(text, [(start, start + len("ana ortiz"))])
    assert cased == "Col. ramirez met judge Ana Ortiz in the capital."


def test_place_names_from_the_gazetteer() -> None:
    from watchfloor.nlp.english import _place_names
    from watchfloor.normalize.places import Gazetteer

    is_place = _place_names(Gazetteer.load())
    cased = truecase("troops left el salvador for bogota and the police station in the capital", is_place=is_place)
    assert cased == "Troops left El Salvador for Bogota and the police station in the capital"


def test_what_counts_as_lower_case() -> None:
    assert is_lower_case("police detained three men in the north of the country on friday")
    assert not is_lower_case("Police detained three men in the North on Friday, officials said.")
    assert not is_lower_case("ok")  # too short to tell


def test_parser_sees_capitals_and_evidence_quotes_the_original() -> None:
    text = "gunmen killed mayor pedro alvarado in the town of santa rosa on friday, police in honduras said."
    doc, _ = next(parse_many([(text, None)]))
    from watchfloor.extract.text import doc_text

    assert doc_text(doc) == text  # spans are cut from the original text
    assert len(doc.text) == len(text)
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Honduras") == "GPE"
    assert any("Alvarado" in name and label == "PERSON" for name, label in labels.items())


def test_names_after_titles_get_capitals() -> None:
    text = "police are looking into the murder of msgr tomas valdivia; the general strike went on."
    doc, _ = next(parse_many([(text, None)]))
    assert "Tomas Valdivia" in doc.text
    assert "general strike" in doc.text  # an adjective that is also a rank names no one


def test_words_no_dictionary_holds_get_capitals() -> None:
    # names nothing else knows are capitalised; dictionary words, their inflections, two words run
    # together and closed-class words are not
    text = "police arrested rahami amid a gunbattle in linden; the airstrikes and ceasefire talks went on."
    doc, _ = next(parse_many([(text, None)]))
    assert "Rahami" in doc.text
    for word in ("amid", "gunbattle", "airstrikes", "ceasefire", "arrested", "talks"):
        assert word in doc.text, word


def test_may_and_march_are_months_only_beside_a_day_a_year_or_a_preposition_of_time() -> None:
    assert truecase("a court sentenced her in may 2015.") == "A court sentenced her in May 2015."
    assert truecase("police arrested two men on 12 may in brussels.") == "Police arrested two men on 12 May in brussels."
    assert truecase("in the week of 20 march, they left.") == "In the week of 20 March, they left."
    assert truecase("since mid-march police have held 40.") == "Since mid-March police have held 40."
    assert truecase("officials said 3 may face charges.") == "Officials said 3 may face charges."  # a verb follows
    assert truecase("protesters may march on friday.") == "Protesters may march on Friday."
    assert truecase("this may be true.") == "This may be true."


def test_countries_that_are_plain_words_by_their_context() -> None:
    assert truecase("he was deported from turkey to jordan.") == "He was deported from Turkey to Jordan."
    assert truecase("turkey sent home twelve more.") == "Turkey sent home twelve more."
    assert truecase("we ate roast turkey and turkey sandwiches.") == "We ate roast turkey and turkey sandwiches."


def test_is_as_the_group_where_no_verb_can_stand() -> None:
    assert truecase("a disseminator of is propaganda online.") == "A disseminator of IS propaganda online."
    assert truecase("he travelled to join is in 2014.") == "He travelled to join IS in 2014."
    assert truecase("three is-linked suspects were held.") == "Three IS-linked suspects were held."
    assert truecase("what the ministry is doing is not clear.") == "What the ministry is doing is not clear."


def test_a_lower_case_dateline_takes_its_capitals_and_its_lead_opens_a_sentence() -> None:
    text = "serbian police hold six\n\nnovi sad, june 4 (danube wire service) - police in serbia detained six men."
    cased = truecase(text)
    assert "NOVI SAD, June 4 (Danube Wire Service) - Police in Serbia detained" in cased
    assert len(cased) == len(text) and cased.lower() == text


def test_us_as_the_country_where_the_pronoun_cannot_stand() -> None:
    assert truecase("a us citizen was held. let us go. us officials said so.") == (
        "A US citizen was held. Let us go. US officials said so.")


def test_a_list_item_opens_a_sentence() -> None:
    assert truecase("the count.\n* police raided a flat.") == "The count.\n* Police raided a flat."


def test_a_bare_lower_case_dateline_needs_a_known_place() -> None:
    known = {"zamboanga city"}.__contains__
    text = "five suspects give up\n\nzamboanga city - five men linked to the bombing are in custody."
    assert "ZAMBOANGA CITY - Five men" in truecase(text, is_place=known)
    assert truecase("police said - five men were held.", is_place=known) == "Police said - five men were held."


def test_clock_times_are_no_initials_and_end_a_sentence_only_before_a_new_one() -> None:
    text = "the bomb went off at 7:15 a.m. another blast followed at 6 p.m. near the market."
    assert truecase(text) == "The bomb went off at 7:15 a.m. Another blast followed at 6 p.m. near the market."


def test_a_province_in_brackets_is_no_acronym() -> None:
    assert truecase("police held three in sevare (mopti).", is_place={"mopti"}.__contains__) == (
        "Police held three in sevare (Mopti).")  # the place, not "(MOPTI)"
    assert "(PUHW)" in truecase("the union of highland workers (puhw) struck.", is_place={"mopti"}.__contains__)


def test_a_name_read_as_proper_once_is_a_name_everywhere() -> None:
    text = "police arrested karim bensaid in molenbeek on friday. a man detained together with bensaid was charged."
    doc = next(iter(parse_many([(text, None)])))[0]
    assert [t.text for t in doc if t.lower_ == "bensaid"] == ["Bensaid", "Bensaid"]


def test_everyday_words_wordnet_lacks_stay_words() -> None:
    # data/words_en.txt: "cyber", "malware", "app" are no names, though no WordNet table holds them
    from watchfloor.nlp.english import _dictionary

    text = "hackers used malware and a fake app in a cyber attack on the ministry, police in rome said."
    doc, _ = next(parse_many([(text, None)]))
    for word in ("malware", "app", "cyber"):
        assert word in doc.text, word
        assert word not in _dictionary()[0], f"{word} is in WordNet now: drop it from data/words_en.txt"
    assert "Rome" in doc.text


def test_a_lone_word_in_brackets_may_be_a_coder_s_province() -> None:
    from watchfloor.nlp.english import _bracketed_places, _place_names
    from watchfloor.normalize.places import Gazetteer

    gazetteer = Gazetteer.load()
    cased = truecase("strikes on kansafra (idleb) and south of sirte (sirte); the front (fmln) and the pkk (pkk)",
                     is_place=_place_names(gazetteer), is_bracketed_place=_bracketed_places(gazetteer))
    assert "(Idleb)" in cased and "(Sirte)" in cased and "of Sirte" in cased
    assert "(FMLN)" in cased and "(PKK)" in cased  # acronyms; the gazetteer's code for Pakokku is no match
