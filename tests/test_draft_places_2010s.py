"""Places of the four place-heavy tuning articles of 2017-2019 (a WFP post on the Gedeo-West Guji displacement, AFP
on the flight from Jaghori and Malistan, RNZ on Ambae's ash, Metro TV News on the Sunda Strait tsunami), and of the
tuning articles whose misses the same patterns explain: each rule of draft_places.py, draft_where.py and
draft_spellings.py they called for (P130 on), on the article's own line."""

from __future__ import annotations

import pytest
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


def test_names_listed_with_commas_before_their_plural_kind_are_places():
    # P132: "across Bule, ..., Yirgachefe districts": the list has no "and" before its kind; Dilla Zuria and Kochere,
    # which the gazetteer lacks, are listed with Bule (after "across")
    names = [p[0] for p in places(DISTRICTS, country="ET")]
    assert "Dilla Zuria" in names and "Kochere" in names, names


PESAWARAN = ("In Serang, at least 12 people died, 30 people were injured and 28 people were missing. In Pesawaran and "
             "Tanggamus, at least two people died, another one was injured and 231 were displaced.")


def test_a_name_ending_in_an_after_a_preposition_ending_a_list_is_a_place():
    # P133: "In Pesawaran" is no adjective ("in Sudanese camps"): no lower-case noun ends its list; Tanggamus is
    # listed with it after the sentence's "In"
    names = [p[0] for p in places(PESAWARAN, country="ID")]
    assert "Pesawaran" in names and "Tanggamus" in names, names


def test_an_adjective_ending_in_an_before_its_noun_stays_no_place():
    # P133 leaves "in Ethiopian and Sudanese camps" alone: a noun in lower case ends the list
    names = [p[0] for p in places("Refugees live in Ethiopian and Sudanese camps, officials said.", country="ET")]
    assert "Ethiopian" not in names and "Sudanese" not in names, names


AMBAE = ("Even the safe zones on East Ambae were no longer safe and victims were being relocated to Lolowai which is "
         "on the north eastern side of Ambae, they said.")
MAEWO = ("The National Disaster Management Office told the Daily Post newspaper that the MV Tauraken was expected to "
         "transport people mainly from south Ambae to the nearby island of Maewo today.")


def test_a_point_of_the_compass_before_a_place_names_a_part_of_it():
    # P134: "on East Ambae": "on" says nothing, but Ambae is a place ("from south Ambae")
    names = [p[0] for p in places(AMBAE, MAEWO, country="VU")]
    assert "East Ambae" in names, names


ASH = ("Ash erupting fom the Manaro volcano on Vanuatu's Ambae island has blocked out the sun and forced 1000 "
       "villagers from 362 households to voluntarily register for off-island evacuation.")
JAFFNA = ("Sri Lankan troops have captured a bastion of Tamil separatist guerrillas in their offensive on the northern "
          "Jaffna peninsula, official sources said.")


@pytest.mark.parametrize("paragraphs, country, name, written", [
    # P135: "Ambae island" is Ambae, which the article names alone too: one entry
    ((ASH, MAEWO), "VU", "Ambae", "Ambae island"),
    # ... and "the Jaffna peninsula" the Jaffna of the headline, which the gazetteer finds
    (("Colombo claims successes in Jaffna offensive", JAFFNA), "LK", "Jaffna", "Jaffna peninsula"),
])
def test_a_name_with_a_features_word_in_lower_case_is_the_name_the_article_writes_alone(paragraphs, country, name,
                                                                                           written):
    names = [p[0] for p in places(*paragraphs, country=country)]
    assert name in names and written not in names, names


BOGALAY = ("The state radio station operating out of the country’s capital Naypyitaw said 2,879 more people are "
           "unaccounted for in one town, Bogalay, in the low-lying Irrawaddy River delta region, the AP reported.")


def test_a_name_right_after_a_kind_of_place_is_the_place_though_said_follows():
    # P136: "the country's capital Naypyitaw said": the radio station there speaks; Naypyitaw is Myanmar's capital
    found = [p for p in places(BOGALAY, country="MM") if p[0] == "Naypyitaw"]
    assert found == [("Naypyitaw", "MM", "point", "")], places(BOGALAY, country="MM")


KRAKATAU = ("Jakarta: Meteorology, Climatology and Geophysics Agency (BMKG) chairman Dwikorita Karnawati has confirmed "
            "that the tsunami in Banten and Lampung provinces was mainly caused by the eruption of Anak Krakatau "
            "volcano.")


def test_a_volcanos_word_in_lower_case_is_no_part_of_the_name():
    # P137: the volcano is Anak Krakatau, as the headline names it; not "Anak Krakatau volcano"
    names = [p[0] for p in places(KRAKATAU, country="ID")]
    assert "Anak Krakatau" in names and "Anak Krakatau volcano" not in names, names


KENDALL = ("Andrew's 164-mph blasts did not discriminate between the rusty trailers in the migrant camps near Florida "
           "City, the old pine bungalows in Perrine or the spanking new ranch homes in south Kendall with Mercedes in "
           "the driveway.")


def test_a_small_towns_name_after_with_is_no_place():
    # P138: a car in the driveway, not Mercedes, Texas
    names = [p[0] for p in places(KENDALL, country="US")]
    assert "Mercedes" not in names and "Perrine" in names, names


BOULDER = ("The quake – which was originally reported as a 7.5-magnitude, then a 7.9-magnitude, tremor although the "
           "Boulder, Colorado-based US Geological Survey (USGS) later revised its measurement to 8.0 on the Richter "
           "scale – could be felt strongly all over Peru and in neighbouring countries as well.")


def test_a_town_before_a_comma_and_a_region_is_the_regions_town():
    # P139: Boulder in Colorado, though the article is on Peru and names the United States only in the USGS's name
    found = [p for p in places(BOULDER, country="PE") if p[0] == "Boulder"]
    assert found == [("Boulder", "US", "point", "")], places(BOULDER, country="PE")


UNHCR = ("UNHCR, together with other UN agencies, is preparing an assessment mission to Jaffna District to see exactly "
         "what people's needs are.")


def test_an_acronym_before_a_comma_and_a_word_in_lower_case_is_no_dateline():
    # P140: UNHCR is the sentence's subject, not a dateline's place to settle
    names = [p[0] for p in places(UNHCR, country="LK")]
    assert "Unhcr" not in names and "UNHCR" not in names and "Jaffna District" in names, names


CHAD = ("More than 20,000 Sudanese refugees have now moved from the Chad-Sudan border to five camps in the interior of "
        "Chad in a massive relocation operation to transfer refugees before the start of the rainy season.")


def test_two_countries_joined_by_a_hyphen_are_no_third_place():
    # P141: the Chad-Sudan border names Chad and Sudan, no place called "Chad-Sudan"
    names = [p[0] for p in places(CHAD, country="TD")]
    assert "Chad-Sudan" not in names and "Chad" in names, names


ARBOLEDA = ("Elda Arboleda was poor but still proud of the way she had raised her family in a tiny home in one of the "
            "city’s toughest neighbourhoods. Then, at 1:19 p.m. on Jan. 25, the ground shook and Arboleda’s humble "
            "world came to an end.")
ELKIN = "Like so many shocked survivors, Elda’s son Elkin had rushed home to find his family."


def test_a_persons_surname_is_no_small_town():
    # P142: Elda Arboleda's surname, not the town of Arboleda in Colombia
    names = [p[0] for p in places(ARBOLEDA, ELKIN, country="CO")]
    assert "Arboleda" not in names, names


def test_a_cemetery_is_a_facility():
    # P143: "the Sidi Arcine cemetery" is no place to settle
    line = ("At the Sidi Arcine cemetery, men and women crouch beside the simple graves - many decorated with dry "
            "twigs or pebbles - breathing warm memories into the cold earth.")
    assert [p for p in places(line, country="DZ") if p[0] == "Sidi Arcine"] == [], places(line, country="DZ")


def test_a_country_in_a_trusts_name_is_no_place():
    # P144: the Press Trust of India is a news agency; India is named nowhere else in the AFP report on Orissa
    line = ("The Press Trust of India said piles of bodies were being cremated in the area using diesel and kerosene "
            "and freshly broken branches.")
    assert [p for p in places(line, country="IN") if p[0] == "India"] == [], places(line, country="IN")


def test_a_township_and_its_name_alone_are_one_place():
    # P145: "the Jiegu Township" and "in Jiegu" are one place, not two to settle
    lines = ("More than 85 percent of the houses in the Jiegu Township near the epicenter had collapsed, said "
             "Zhuohuaxia, a publicity official with the Tibetan Autonomous Prefecture of Yushu.",
             "\"The streets in Jiegu are thronged with panic, injured people, with many bleeding in the head,\" he "
             "said.")
    names = [p[0] for p in places(*lines, country="CN")]
    assert "Jiegu Township" in names and "Jiegu" not in names, names
