"""Places of the six place-heavy tuning articles of 1985-1990 (the Chicago Tribune on Armero, AP on Cyclone Ofa,
The Christian Science Monitor on Mauritania's expulsions, Saxafi Media on Somali refugees in the Ogaden, The Guardian
on Burma's 8888 uprising, Reuters on the Vadamarachchi offensive), and of the tuning articles whose misses the same
patterns explain: each rule of draft_places.py, draft_cues.py and draft_countries.py they called for, on the
article's own line."""

from __future__ import annotations

import pytest
from test_draft_places import places

ARMERO_HEAD = "Volcano Staggers Colombia"
BOGOTA = ("BOGOTA, COLOMBIA - As many as 25,000 people were feared dead early Friday after a volcano that had all but "
          "slumbered for nearly four centuries erupted in the Andes Mountains.")
KYRGYZSTAN = "Uzbekistan : Over 7,000 Refugees Return to Kyrgyzstan"
POSTED = "Posted by Info on 21/06/2010"
SUDAN_STAMP = "Friday, June 5, 1998 Published at 14:20 GMT 15:20 UK"
SUDAN_HEAD = "Sudan famine threatens thousands"


@pytest.mark.parametrize("paragraphs, country, name, expected", [
    # P1e: a country named in capitals in a dateline is named, as in the body
    ([ARMERO_HEAD, BOGOTA], "CO", "Colombia", ("Colombia", "CO", "area", "")),
    # P1f: a country that ends a line (a headline) stands alone: the next line's first word is not beside it
    ([KYRGYZSTAN, POSTED], "KG", "Kyrgyzstan", ("Kyrgyzstan", "KG", "area", "")),
    # ... but not after a time of day: a time zone
    ([SUDAN_STAMP, SUDAN_HEAD], "SD", "UK", None),
])
def test_countries_of_datelines_and_headlines(paragraphs, country, name, expected):
    found = [p for p in places(*paragraphs, country=country) if p[0] == name]
    assert found == ([expected] if expected else []), places(*paragraphs, country=country)


JOS = ("Capitalizing on traditional sectarian political frictions, hundreds of herdsmen launched coordinated attacks "
       "about 3 a.m. on three villages, Dogo Nahawa, Ratsat and Zot, about six miles south of Jos.")
AITAPE = ("The waves struck near the town of Aitape in the West Sepik province, hitting at least four villages about "
          "530 miles northwest of Port Moresby - Sissano, Warapu, Arop and Malol, disaster officials said.")
NDIOUM = ("Marked by a Red Cross flag, each town along its route - Thille-Boubacar, Fanaye-Dieri, Ndioum - has "
          "clusters of Mauritanian refugees sitting on straw mats.")


@pytest.mark.parametrize("line, country, name, expected", [
    # P4b: the names a list gives of places of a counted kind, after a comma or a dash, are places to settle
    (JOS, "NG", "Dogo Nahawa", ("Dogo Nahawa", "", "point", "settle")),
    (JOS, "NG", "Ratsat", ("Ratsat", "", "point", "settle")),
    (JOS, "NG", "Zot", ("Zot", "", "point", "settle")),
    (AITAPE, "PG", "Sissano", ("Sissano", "", "point", "settle")),
    (AITAPE, "PG", "Malol", ("Malol", "", "point", "settle")),
    (NDIOUM, "MR", "Thille-Boubacar", ("Thille-Boubacar", "", "point", "settle")),
    (NDIOUM, "MR", "Ndioum", ("Ndioum", "", "point", "settle")),
    (NDIOUM, "MR", "Red Cross", None),
])
def test_names_listed_after_a_counted_kind(line, country, name, expected):
    found = [p for p in places(line, country=country) if p[0] == name]
    assert found == ([expected] if expected else []), places(line, country=country)


@pytest.mark.parametrize("paragraphs, country, name, expected", [
    # P2d: a capital before a word for those who act or speak stands for its government, and is named all the same
    (["Washington urged both sides to show restraint."], "TH", "Washington", ("Washington", "US", "point", "")),
    (["Western diplomats here said they believed that the fighting in Somalia was continuing unabated.",
      "”We are talking of months, not years,” said a senior Washington official about the regime’s possible "
      "collapse."], "SO", "Washington", ("Washington", "US", "point", "")),
    # ... not a person of that name
    (["Actor Denzel Washington said the film was about Somalia.", "Washington said he had visited it."], "SO",
     "Washington", None),
])
def test_a_capital_standing_for_its_government(paragraphs, country, name, expected):
    found = [p for p in places(*paragraphs, country=country) if p[0] == name]
    assert found == ([expected] if expected else []), places(*paragraphs, country=country)


ARMERO = ("The volcano, Nevado del Ruiz, about 16,000-feet high and 120 miles northwest of Bogota, nearly buried the "
          "town of Armero, which has a population of 25,000, before dawn Thursday.")
GUAYABAL = ("Hundreds of bodies were being taken to a soccer stadium in the village of Guayabal, 4 miles from Armero, "
            "photographer Carlos Gonzalez said.")


@pytest.mark.parametrize("name, expected", [
    # P9: a name put at a distance from another is another place: Armero, which the gazetteer knows only as an old
    # name of Guayabal, is one to settle, not a dot on Guayabal; Guayabal is its own entry, not Armero's other name
    ("Armero", ("Armero", "", "point", "ambiguous")),
    ("Guayabal", ("Guayabal", "CO", "point", "")),
])
def test_a_place_at_a_distance_from_another_is_another(name, expected):
    found = [p for p in places(ARMERO, GUAYABAL, country="CO") if p[0] == name]
    assert found == [expected], places(ARMERO, GUAYABAL, country="CO")


def test_a_features_name_in_apposition_after_its_kind():
    # P4: a name in apposition after a kind, a feature's too, is a place to settle where the gazetteer lacks it
    assert ("Nevado del Ruiz", "", "point", "settle") in places(ARMERO, country="CO")


def test_a_pagodas_name_is_no_place():
    # P4: not a building's name, a pagoda's, shrine's or monastery's too
    line = ("The gunfire erupted in Rangoon late on Monday night, according to Western observers, who said a crowd "
            "of perhaps 10,000 people assembled near the Sule pagoda and the heavily guarded town hall.")
    assert [p for p in places(line, country="MM") if p[0] == "Sule"] == []


@pytest.mark.parametrize("line, country, name, expected", [
    # P1: a country by a short or a former name news gives it ("Bosnia", "Western Samoa" until 1997)
    ("Thousands of stunned Muslim refugees streamed into this town in northern Bosnia on Thursday.", "BA", "Bosnia",
     ("Bosnia", "BA", "area", "")),
    ("The worst damage was reported in Western Samoa and Niue, about 450 miles to the south.", "AS", "Western Samoa",
     ("Western Samoa", "WS", "area", "")),
    # ... not its people's adjective ("Bosnian Serbs")
    ("Bosnian Serbs had entered the town of Srebrenica late Tuesday.", "BA", "Bosnia", None),
])
def test_countries_by_short_and_former_names(line, country, name, expected):
    found = [p for p in places(line, country=country) if p[0] == name]
    assert found == ([expected] if expected else []), places(line, country=country)


def test_a_hemisphere_is_no_place():
    # not a place: half of the globe, which no map of a situation shows
    line = "It was one of the deadliest eruptions in the Western Hemisphere this century."
    assert places(line, country="CO") == []


@pytest.mark.parametrize("paragraphs, expected", [
    # P4: a name the article writes only before a building's word names the building, no place, though the
    # gazetteer knows a town of that name
    (["They camped under a full moon on mosquito-infested fields near the Tuzla airport."], []),
    # ... but a town it also names on its own is a place
    (["They camped near the Tuzla airport.", "Thousands of refugees streamed into Tuzla on Thursday."],
     [("Tuzla", "BA", "point", "")]),
])
def test_a_name_written_only_before_a_buildings_word(paragraphs, expected):
    assert [p for p in places(*paragraphs, country="BA") if p[0] == "Tuzla"] == expected
