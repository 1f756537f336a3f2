"""Places of the four place-heavy tuning articles of 2020-2022 (EFE on Storm Eta at Queja, CKN Nigeria on the
Jangebe abduction, Indonesia Tribune on the Semeru eruption, CMIO on Peru's curfew in Huamanga), and of the tuning
articles whose misses the same patterns explain: each rule of draft_places.py, draft_where.py and
draft_countries.py they called for (P60, P62-P74), on the article's own line."""

from __future__ import annotations

import pytest
from test_draft_places import places as drafted

from briefing.brief.archive import normalise


def places(*paragraphs: str, country: str | None = None) -> list[tuple[str, str, str, str]]:
    """The places drafted from these paragraphs, normalised as the archive reads them (curly quotes straight)."""
    return drafted(*(normalise(paragraph) for paragraph in paragraphs), country=country)


KAGARA = ("This is coming less than 10 days after terrorists killed a student, abducted 27 students and three staff of "
          "Government Science college, Kagara, Niger state. 12 relatives of the staff and students were also kidnapped "
          "in the process")
JANGEBE = ("Gunmen on Friday abducted yet to be ascertained number of schoolgirls from Government Girls Secondary "
           "School, Jangebe in Talata Mafara local government area of Zamfara state.")
KAWAYE = ("A resident in Kawaye village, who identified himself as Sadi Kawaye said that his daughters, Mansura and "
          "Sakina were among those abducted.")
KAWAYE_QUOTE = ("“I’m on my to Jangebe now to see the situation myself. I was told they invaded the school around "
                "1:00am,” he said.")
DEPUTY = ("Deputy Head of Lumajang District Indah Amperawati appealed to all residents who live in the red zone of the "
          "Mount Semeru eruption in Lumajang District, East Java Province, to take refuge to safer sites.")
RED_ZONE = ("“We ask residents in the red zone, such as Supiturang Village in Pronojiwo Sub-district and Kajar Kuning "
            "Hamlet in Sumberwuluh Village, Candipuro Sub-district, to evacuate to safer places,” she said while "
            "visiting the Mount Semeru Monitoring Post, here, on Sunday.")
LANANG = ("Meanwhile, at the southeast sector of the mountain, including Besuk Kobokan and Kali Lanang, the people are "
          "not allowed to carry out any activity within a radius of 19 km from the peak of the volcano.")
ARMERO_EMBASSY = ("The volcano, Nevado del Ruiz, about 16,000-feet high and 120 miles northwest of Bogota, nearly buried "
                  "the town of Armero, which has a population of 25,000, before dawn Thursday, and it caused damage in "
                  "several other nearby towns, according to local media reports and U.S. Embassy officials.")


@pytest.mark.parametrize("paragraphs, country, name, expected", [
    # P60: a country's name before a region's singular kind is the region: Niger State, not the country Niger
    ([KAGARA], "NG", "Niger", ("Niger", "NG", "area", "")),
    # P65: a name before "in" and an area with its kind is a place in it, one to settle where the gazetteer lacks it
    ([JANGEBE], "NG", "Jangebe", ("Jangebe", "", "point", "settle")),
    # P64: a name before "village" is a settlement, though a person the article names bears it too
    ([KAWAYE, KAWAYE_QUOTE], "NG", "Kawaye", ("Kawaye", "", "point", "settle")),
    ([KAWAYE, KAWAYE_QUOTE], "NG", "Sadi Kawaye", None),
])
def test_nigerian_states_towns_and_villages(paragraphs, country, name, expected):
    found = [p for p in places(*paragraphs, country=country) if p[0] == name]
    assert found == ([expected] if expected else []), places(*paragraphs, country=country)


def test_a_name_ending_in_a_kind_of_place_is_no_speaker():
    # P63: the quotation's words run on to "Candipuro Sub-district,": whoever the quote is given to, the name ends in
    # a kind of place and is a place (the gazetteer's town of Candipuro, Indonesia)
    found = [p for p in places(DEPUTY, RED_ZONE, country="ID") if p[0] in ("Candipuro Sub-district", "Candipuro")]
    assert [(country, settle) for _, country, _, settle in found] == [("ID", "")], places(DEPUTY, RED_ZONE,
                                                                                         country="ID")


@pytest.mark.parametrize("name", ["Kali Lanang", "Besuk Kobokan"])
def test_features_named_in_their_own_language(name):
    # P62: "Kali" (Javanese: river) begins a feature's name; the name listed with it is a place too
    found = [p for p in places(LANANG, country="ID") if p[0] == name]
    assert found == [(name, "", "point", "settle")], places(LANANG, country="ID")


def test_a_countrys_embassy_names_no_place_of_it():
    # P66: "U.S. Embassy officials" in Colombia name no place of the United States
    found = places(ARMERO_EMBASSY, country="CO")
    assert [p for p in found if p[1] == "US"] == [], found
    assert ("Armero", "", "point", "settle") in found or any(p[0] == "Armero" for p in found), found


@pytest.mark.parametrize("line, country, name, expected", [
    # P60 reads a region's kind where the name ends there, not a state's body ("Iran state media": Iran)
    ("Iran state media said the strikes hit Tehran.", "IR", "Iran", ("Iran", "IR", "area", "")),
    # P65 reads a name after a comma only: "Cholera in Kasai province" opens what is said of the province
    ("Cholera in Kasai province has killed dozens.", "CD", "Cholera", None),
])
def test_what_p60_and_p65_leave_alone(line, country, name, expected):
    found = [p for p in places(line, country=country) if p[0] == name]
    assert found == ([expected] if expected else []), places(line, country=country)


HAITI_DEPARTMENTS = ("Out of the 2,189 people known dead so far, 1,832 were in the South, 137 in the Nippes, 218 in the "
                     "Grand-Anse and two in the Northwest departments.")


@pytest.mark.parametrize("line, country, name, expected", [
    # P67: a compass word listed with regions before their plural kind is a region: one to settle, never dropped
    (HAITI_DEPARTMENTS, "HT", "South", ("South", "", "area", "settle")),
    (HAITI_DEPARTMENTS, "HT", "Nippes", ("Nippes", "HT", "area", "")),
    # ... but not a direction outside such a list
    ("Floods hit the South and the West hard, officials said.", "HT", "South", None),
])
def test_a_region_named_by_a_compass_word(line, country, name, expected):
    found = [p for p in places(line, country=country) if p[0] == name]
    assert found == ([expected] if expected else []), places(line, country=country)


TANJUG = ('The Yugoslav news agency Tanjug quoted unofficial sources in Bucharest as saying that "a state of full alert '
          'has been introduced across Romania as protests and unrest continue in Timisoara and other towns."Yugoslav '
          'radio quoted sources at the Yugoslav consulate in Timisoara, center of the anti-government unrest, as saying '
          '50,000 people demonstrated in the city this afternoon.')
GAVIN = ('U.S. Ambassador to Mexico John Gavin, in what he described as a "guess," estimated that the total fatalities '
         'could reach 10,000.')


@pytest.mark.parametrize("line, country, name, expected", [
    # P69: a speaker's or claimant's name that is a town of --country written after "in" is that town
    (TANJUG, "RO", "Bucharest", ("Bucharest", "RO", "point", "")),
    # P68: the country an envoy is posted to stands alone, though the envoy's name follows it
    (GAVIN, "MX", "Mexico", ("Mexico", "MX", "area", "")),
    # ... and P66: the envoy's own country is not named by "U.S. Ambassador"
    (GAVIN, "MX", "U.S.", None),
])
def test_places_taken_for_speakers_and_envoys(line, country, name, expected):
    found = [p for p in places(line, country=country) if p[0] == name]
    assert found == ([expected] if expected else []), places(line, country=country)


UNDER = "Under the state of emergency imposed in June, regional police have the power to limit their size."
ACCESSING = ("Accessing the village, situated in the San Cristobal Verapaz municipality, has been difficult due to "
             "ground conditions deteriorating after the rain.")
SOVIET = ('"Lessons must be learned for the future," the official Tass news agency quoted Gorbachev as saying in the '
          'southern Soviet republic, where the quake hit Wednesday.')


@pytest.mark.parametrize("line, country, name", [
    # P70: a word opening a sentence before "the", a preposition or a verb in "-ing", is no place to settle
    (UNDER, "ZA", "Under"),
    (ACCESSING, "GT", "Accessing"),
    # P71: "Soviet" is an adjective, the union the place
    (SOVIET, "AM", "Soviet"),
])
def test_words_that_are_no_places(line, country, name):
    found = places(line, country=country)
    assert name not in [p[0] for p in found], found


def test_the_municipality_after_an_opening_verb_is_still_found():
    found = places(ACCESSING, country="GT")
    assert [p[0] for p in found] == ["San Cristobal Verapaz"], found


ENTEBBE = ("The minister's announcement comes just hours after she on Sunday said that Kampala had five cases, after two "
           "more people from the Mulago isolation unit had been confirmed and these had been transferred to the Entebbe "
           "Ebola Treatment Unit.")
VARGAS = ["Rains trigger flash floods, mudslides in Venezuela", "100 feared dead, 120,000 are evacuated",
          "VENEZUELA MIRED IN MUD, FLOODS"]


def test_a_wards_name_is_no_place():
    # P72: "Unit" ends a ward's name, a body's, as "Clinic" does: no place to settle; Kampala stays
    found = places(ENTEBBE, country="UG")
    assert "Entebbe Ebola Treatment Unit" not in [p[0] for p in found] and ("Kampala", "UG", "point", "") in found, found


def test_a_headline_in_capitals_is_no_dateline():
    # P73: a "dateline" of four words the gazetteer lacks is a headline; the country it names is still named
    found = places(*VARGAS, country="VE")
    assert [p[0] for p in found] == ["Venezuela"], found


WOLF = ('"Sunday was brutal" as security personnel fired into crowds of civilians in the city, Wolf said. Downtown '
        'Timisoara, a city of 350,000, is in ruins, he told Austrian radio.')


def test_a_citys_downtown_is_the_city():
    # P74: "Downtown Timisoara" names Timisoara, though a figure is wrongly given to "Downtown Timisoara"
    found = places(TANJUG, WOLF, country="RO")
    assert ("Timisoara", "RO", "point", "") in found and "Downtown Timisoara" not in [p[0] for p in found], found


TIGERS = ['"The Liberation Tigers of Tamil Eelam (LTTE) denial of safe passage is a clear abrogation of their '
          'obligations under international humanitarian law," the UN said in a statement published on Thursday.']


@pytest.mark.parametrize("line, expected", [
    # P75: a word the gazetteer lacks whose plural the article writes as a name is a group's, no place to settle
    ("Civilians 'trapped' in Tiger battle", False),
    # ... where the article writes no such plural, the name after "in" is one to settle as before
    ("Civilians 'trapped' in Tigray battle", True),
])
def test_a_groups_name_in_the_singular_is_no_place(line, expected):
    found = places(line, *TIGERS, country="LK")
    assert any(p[0] in ("Tiger", "Tigray") for p in found) == expected, found


ASYLOV = ('"As of this moment, we confirm the deaths of 20 civilians who accidentally came under gunfire, including 11 in '
          'Almaty, eight in the Almaty region, and one in Taras. Those who came under cross-fire include people killed '
          'by assailants and people who disobeyed orders from the military at roadblocks," Asylov said.')


def test_the_region_around_a_city_that_is_a_division_of_its_own():
    # P76: "the Almaty region" is Almaty Region, around the city; "in Almaty" stays the city
    found = places(ASYLOV, country="KZ")
    assert ("Almaty region", "KZ", "area", "") in found and ("Almaty", "KZ", "point", "") in found, found


def test_a_countrys_adjective_before_a_features_word_is_no_place():
    # P146: Reuters on Evia's fires, 2021: "the Greek island of Evia" names Evia, not a place called "Greek"; so
    # does "the Philippine island of Mindanao", whose adjective is its country's name less its "s"
    found = [p[0] for p in places("Thousands of people were evacuated from the Greek island of Evia as wildfires "
                                  "engulfed the huge swathes of land in Greece.", country="GR")]
    assert "Greek" not in found and "Evia" in found and "Greece" in found, found
    found = [p[0] for p in places("Floods swept the Philippine island of Mindanao.", country="PH")]
    assert found == ["Mindanao"], found


@pytest.mark.parametrize("line, country, expected", [
    # P151: Ethiopia's kebeles, woredas, zones and regional states, as Addis Standard names them (2021)
    ("Civilians were killed in Albasa kebele of Dibate Woreda, Metekel zone, Benishangul Gumuz regional state.", "ET",
     ["Albasa", "Dibate Woreda", "Metekel", "Benishangul Gumuz"]),
    ("Armed rebels barely operate in Dibate woreda unlike neighboring woredas such as Wombera, Hiphar, Bulan, Guba and "
     "Gilglel beles woredas.", "ET", ["Dibate", "Wombera", "Hiphar", "Bulan", "Guba", "Gilglel"]),
    # ... Nigeria's local government areas and states (ThisDay on the Owo attack, 2022), not Islamic State
    ("The attack took place in Owo Local Government Area of Ondo State on Sunday.", "NG", ["Owo", "Ondo State"]),
    ("Fighters linked to Islamic State attacked the town.", "MZ", []),
    # ... and "State" alone is no place ("State television reported", BBC 2010; a tuning article)
    ("State television reported that the curfew would apply in the regions of Maule and Concepcion.", "CL",
     ["Maule", "Concepcion"]),
])
def test_the_divisions_of_a_country_as_its_press_names_them(line, country, expected):
    assert [p[0] for p in places(line, country=country)] == expected


def test_townships_listed_before_their_kind_and_a_number_that_opens_a_sentence():
    # P151: RFA on the Meiktila riots, 2013: "Meikhtila, Wan Twin, Tharse, and Mahlaing townships" were dropped;
    # P154: The Mainichi on the Kumamoto earthquake, 2016: "Six of them were 60 or over" gave a town in China
    assert [p[0] for p in places("Relief workers began to enter some of the worst affected areas, including "
                                 "Meikhtila, Wan Twin, Tharse, and Mahlaing townships.", country="MM")] == [
        "Meikhtila", "Wan Twin", "Tharse", "Mahlaing"]
    assert places("Six of them were 60 or over.", country="JP") == []


@pytest.mark.parametrize("line, expected", [
    # P155: a name's last part after a hyphen in lower case (CARE on Cyclone Gita, 2018) ...
    ("The storm is predicted to pass directly over the capital Nuku-alofa.", ["Nuku-alofa"]),
    # ... not a compound's adjective
    ("The Saudi-led coalition struck Hodeidah.", ["Hodeidah"]),
    ("Heavy rain hit the Kurdish-majority town of Afrin.", ["Afrin"]),
])
def test_a_hyphen_before_a_part_in_lower_case(line, expected):
    assert [p[0] for p in places(line)] == expected


def test_a_state_whose_adjective_the_article_also_writes_and_a_pages_label():
    # P156: The Guardian on the bushfires, 2019: "eight in Victoria" was dropped because the article also writes
    # "the Victorian coastal town of Mallacoota"; P157: Stuff, 2011: "LATEST: The Southern Demolition employee ..."
    # gave a place called "Latest"
    assert [p[0] for p in places("Fires burned in Victoria and New South Wales.", "Four thousand residents from the "
                                 "Victorian coastal town of Mallacoota fled.", country="AU")] == [
        "Victoria", "New South Wales", "Mallacoota"]
    assert places("LATEST: The Southern Demolition employee, who did not want to be named, said the building fell.",
                  country="NZ") == []


@pytest.mark.parametrize("line, country, expected", [
    # P159: a husband named in apposition (Baptist News on Katrina, 2005), a quote's first word, an adverb that opens
    # a sentence (24/7 News Agency on Cyclone Yaku, 2023) and a room's number are no places
    ("She and her husband, Ray, 79, stayed in the house in Biloxi.", "US", ["Biloxi"]),
    ('"You could hear people screaming in the dark," said Donna Springer of Ocean Springs.', "US",
     ["Ocean Springs"]),  # (and P162: the town she is of)
    ("Similarly, Ica and Tumbes wards have a high risk warning.", "PE", ["Ica", "Tumbes"]),
    ("One survivor who had been staying in Room 338 sent a text message.", "ID", []),
])
def test_a_word_that_is_no_place_where_it_stands(line, country, expected):
    assert [p[0] for p in places(line, country=country)] == expected


@pytest.mark.parametrize("line, country, expected", [
    # P162: a person "of" a place (6abc on Ketsana, 2009); P161 and the adverbs that open a sentence (the BBC on the
    # Kiss fire, 2013; People's Daily on Zhouqu, 2010)
    ('Governor Joselito Mendoza of Bulacan province said it was tragic that "people drowned in their own houses".',
     "PH", ["Bulacan"]),
    ("Earlier the provincial civil affairs department put the figure at nearly 2,000 in Zhouqu.", "CN", ["Zhouqu"]),
])
def test_a_person_of_a_place_and_an_adverb_that_opens_a_sentence(line, country, expected):
    assert [p[0] for p in places(line, country=country)] == expected


def test_ugandas_sub_counties():
    # P163: the Monitor on the Bududa mudslides, 2019: "Bubiita and Buwali sub counties" were dropped
    assert [p[0] for p in places("The most affected are the bridges connecting Bubiita and Buwali sub counties, and "
                                 "Bulucheke Sub County.", country="UG")] == ["Bubiita", "Buwali", "Bulucheke Sub County"]
