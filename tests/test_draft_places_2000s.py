"""Places of the three place-heavy tuning articles of 2007-2009 (The Financial Express on Cyclone Sidr, IRIN on the
Agadez floods, the Environment News Service on the Samoa tsunami), and of the tuning articles whose misses the same
patterns explain: each rule of draft_places.py, draft_where.py and draft_countries.py they called for (P100 on), on
the article's own line."""

from __future__ import annotations

import pytest
from test_draft_places_2020s import places

SAMOA = ("HONOLULU, Hawaii, September 30, 2009 (ENS) - A severe undersea earthquake with a magnitude of 8.3 hit close to "
         "the South Pacific island nation of Samoa and the U.S. Territory of American Samoa on Tuesday, triggering a "
         "tsunami that has wiped out villages and killed at least 47 people in the region, according to Samoan "
         "officials and media reports.")
BOGALAY = ("The state radio station operating out of the country’s capital Naypyitaw said 2,879 more people are "
           "unaccounted for in one town, Bogalay, in the low-lying Irrawaddy River delta region, the AP reported.")


@pytest.mark.parametrize("paragraph, country, name, wrong", [
    # P100: "island" qualifies "nation": the place is the South Pacific, not an island called "South Pacific island"
    (SAMOA, "WS", "South Pacific", "South Pacific island"),
    # P100: "delta" qualifies "region": the place is the Irrawaddy River
    (BOGALAY, "MM", "Irrawaddy River", "Irrawaddy River delta"),
])
def test_a_features_word_before_a_noun_it_qualifies_is_no_part_of_the_name(paragraph, country, name, wrong):
    names = [p[0] for p in places(paragraph, country=country)]
    assert name in names and wrong not in names, names


SIDR = ("The cyclone called 'SIDR' triggered a 15-foot high tidal surge that inundated low-lying areas of Patuakhali, "
        "Barguna and Jhalakathi under Barisal division, snapping communication links, according to government "
        "officials and voluntary agencies.")


def test_a_division_is_a_region():
    # P101: "Barisal division" is Bangladesh's Barisal Division, an area, not a point on the city of Barisal
    found = [p for p in places(SIDR, country="BD") if p[0] == "Barisal"]
    assert found == [("Barisal", "BD", "area", "")], places(SIDR, country="BD")


SHABELLE = ("Meanwhile, fresh violence on the weekend saw at least 13 people killed and 20 wounded, Somali news agency "
            "Shabelle reported, as a reconciliation conference seen as the last best hope to pull Somalia from the brink "
            "of another collapse continued.")
LEGESSE = ("\"Though it is not out of control, there is a severe drought in areas in Somali and some parts of Oromia and "
           "southern regional states,\" Ethiopian government spokesperson Legesse Tulu told Reuters. Drought "
           "conditions are affecting south-central Somalia.")


@pytest.mark.parametrize("paragraph, country, expected", [
    # P102: Somalia's adjective before a word in lower case is no place: not Ethiopia's Somali region
    (SHABELLE, "SO", []),
    # ... but after "in" it is the region all the same
    (LEGESSE, "ET", [("Somali", "ET", "area", "")]),
])
def test_a_countrys_adjective_is_no_region_of_another(paragraph, country, expected):
    assert [p for p in places(paragraph, country=country) if p[0] == "Somali"] == expected, places(paragraph,
                                                                                                  country=country)


def test_an_outlets_country_between_its_name_and_its_date_is_no_place():
    # P103: the Guardian's "(UK)" says where the outlet is, not a place the article speaks of
    found = places("The Guardian (UK), March 16, 2001",
                   "The Guardian gains access to the Afghans' grim refugee camp which the Pakistani authorities kept "
                   "from the eyes of the UN secretary general", country="PK")
    assert [p for p in found if p[0] == "UK"] == [], found


BAHAI = ("Small numbers of refugees are still crossing the border in the north, and many are going south from the town "
         "of Bahai to Tine on foot, then continuing onwards to the camps of Touloum and Iridimi.")


def test_the_end_of_a_way_from_a_place_is_a_place():
    # P104: "from the town of Bahai to Tine": Tine is where the way from Bahai ends, a place
    found = places(BAHAI, country="TD")
    assert [p[0] for p in found if p[0] == "Tine"] == ["Tine"], found


SITES = ("UNHCR's site planner has spent several days in the field identifying and assessing new sites; one in the "
         "north, between Iriba and Guéréda, called Abnebak; one near Farchana, called Tangore; and today a second "
         "site in the south (after the existing camp Goz Amer), near Goz Beida.")


@pytest.mark.parametrize("name", ["Abnebak", "Tangore"])
def test_a_name_called_in_a_clause_that_sets_it_at_a_place_is_a_place(name):
    # P105: "one near Farchana, called Tangore": the site near Farchana is called Tangore, a place
    found = places(SITES, country="TD")
    assert [p[0] for p in found if p[0] == name] == [name], found


MITCH = ("Meanwhile, Mitch, which officials in Central America said has killed at least 9,000 people, re-formed as a "
         "tropical storm in the Gulf of Mexico.")


def test_a_name_after_people_and_in_is_where_they_are_though_said_follows():
    # P106: the officials speak, in Central America: a part of the world to settle, not a speaker's name
    found = places(MITCH, country="HN")
    assert [p[0] for p in found if p[0] == "Central America"] == ["Central America"], found


DEK = ("Mitch's Death Toll Was 9,000, And Officials In Central America Feared It Would Rise. The Storm Picked Up Speed "
       "Again In The Gulf Of Mexico.")


def test_a_headlines_name_is_the_name_the_prose_writes():
    # P107: the dek in title case runs "Central America" into "Feared" and stops "Gulf" before "Of Mexico"
    found = [p[0] for p in places(DEK, MITCH, country="HN")]
    assert "Central America" in found and "Gulf of Mexico" in found, found
    assert "Central America Feared" not in found and "Gulf" not in found, found


PORTS = ("The cyclonic storm caused partial disruption at airports, forced Chittagong and Mongla ports to suspend their "
         "operations until early Friday, while also cutting off roads and railway networks in the affected areas.")


def test_names_listed_before_a_facilitys_word_are_the_facilities():
    # P108: "Chittagong and Mongla ports" are two ports, facilities, no places of the article
    found = [p[0] for p in places(SIDR, PORTS, country="BD")]
    assert "Chittagong" not in found and "Mongla" not in found and "Patuakhali" in found, found


GENEVA = ("As the global humanitarian response to the COVID-19 pandemic continues, UN assistance remains critical for the "
          "100 million people living in emergency situations, OCHA Spokesperson Jens Laerke underscored today at a "
          "press briefing in Geneva.")


def test_a_name_several_places_bear_is_the_one_large_city_among_them():
    # P109: "in Geneva" is Geneva, Switzerland (the city, not its canton), not a town of the United States
    assert places(GENEVA) == [("Geneva", "CH", "point", "")], places(GENEVA)
    # ... and in an article on Sudan, which does not name Switzerland, the entry is left to settle but says where
    # the gazetteer has it, never "not in the gazetteer"
    assert places(GENEVA, country="SD") == [("Geneva", "", "point", "ambiguous")], places(GENEVA, country="SD")


MUNIGI = ("The fight against mpox is in full swing at the Munigi Health Center in Nyiragongo territory, North Kivu "
          "province of the Democratic Republic of Congo (DRC).",
          "Nyota Aziza is one of the many patients receiving treatment at Munigi.")


def test_a_facilitys_head_standing_alone_is_the_facility():
    # P110: "at Munigi" is the Munigi Health Center, no place to settle; Nyiragongo and North Kivu stay places
    found = [p[0] for p in places(*MUNIGI, country="CD")]
    assert "Munigi" not in found and "North Kivu" in found, found


BHUJ = ("It's meaningless to rate deaths during natural calamities, but locals say the 'biggest' tragedy in Bhuj "
        "occurred at three areas -- one, the old city of Bhuj, measuring some four square kilometres, where countless "
        "people died; two, the general hospital which collapsed killing 300 people; and three, the six-storey Gokul "
        "apartments that crumbled, leaving 170 residents dead.")


def test_a_name_before_apartments_is_a_buildings():
    # P111: "the six-storey Gokul apartments" is a building, not Gokul, a town of Uttar Pradesh 1,000 km away
    found = [p[0] for p in places(BHUJ, country="IN")]
    assert "Gokul" not in found and "Bhuj" in found, found
