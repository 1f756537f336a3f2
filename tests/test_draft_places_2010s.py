"""Places of the four place-heavy tuning articles of 2017-2019 (a WFP post on the Gedeo-West Guji displacement, AFP
on the flight from Jaghori and Malistan, RNZ on Ambae's ash, Metro TV News on the Sunda Strait tsunami), and of the
tuning articles whose misses the same patterns explain: each rule of draft_places.py, draft_where.py and
draft_spellings.py they called for (P130 on), on the article's own line."""

from __future__ import annotations

from test_draft_places_2020s import places

GEDEO = ("Renewed inter-communal violence along the borders of Gedeo zone in the Southern Region and West Guji zone of "
         "Oromia region was reported early June 2018.")
DISTRICTS = ("The IDPs are currently sheltered in temporary camps scattered across Bule, Dilla Zuria, Gedeb, Kochere, "
             "Wonago, Yirgachefe districts and Dilla town.")
WOREDAS = ("Similarly, IDPs in West Guji are also camped in Abaya, Birbirsa Kojowa, Bule Hora, Gelana, Hambela Wamena "
           "and Kercha woredas.")
SITES = ("Recently a donor mission from seven countries (ie. Denmark, France, Ireland, Netherlands, Sweden, UK, , USA) "
         "visited the IDP sites in Bule Hora and Kera sites and have had discussions with the IDPs in the camps they are "
         "sheltered.")


def test_a_name_a_letter_from_another_is_its_spelling_only_if_as_alike_for_its_length():
    # P130: Gedeo (a zone) is not the woreda of Gedeb, nor Kera (a camp) the woreda of Kercha: each its own place
    names = [p[0] for p in places(GEDEO, DISTRICTS, WOREDAS, SITES, country="ET")]
    assert "Gedeo" in names and "Gedeb" in names and "Kera" in names and "Kercha" in names, names


def test_a_region_named_for_a_point_of_the_compass_is_none_abroad():
    # P131: "the Southern Region" of Ethiopia is not Malawi's Southern Region (a country the article does not name)
    found = [p for p in places(GEDEO, country="ET") if p[0] == "Southern Region"]
    assert found and all(p[1] != "MW" for p in found), found
