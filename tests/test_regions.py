"""First-level divisions (provinces, states, oblasts, regions) are places: areas with an extent, on every continent,
by the names an English text gives them; a region never takes a town's place, nor a town a region's."""

from __future__ import annotations

import pytest
from test_gazetteer import SHOWN, brief, candidates, place, problems, resolve, where

from briefing.places import index
from briefing.places.areas import divisions
from briefing.places.gazetteer import resolve_places
from briefing.places.region_words import names_of, own_name

# (the name a text uses, its country, its capital or largest town: which must lie inside the region's extent)
REGIONS = [
    ("Sindh", "PK", "Karachi"),
    ("Khyber Pakhtunkhwa", "PK", "Peshawar"),
    ("North Kivu", "CD", "Goma"),                 # GeoNames says "Nord Kivu", ISO "Nord-Kivu"
    ("Oromia", "ET", "Adama"),                   # GeoNames says "Oromiya"
    ("North Darfur", "SD", "El Fasher"),         # GeoNames says "Northern Darfur"
    ("Kharkiv Oblast", "UA", "Kharkiv"),         # GeoNames says "Kharkivs'ka Oblast'"
    ("Kharkiv region", "UA", "Kharkiv"),
    ("Artibonite", "HT", "Gonaïves"),
    ("Yaracuy", "VE", "San Felipe"),
    ("Texas", "US", "Austin"),
    ("Bavaria", "DE", "Munich"),
    ("Queensland", "AU", "Brisbane"),
]


@pytest.mark.parametrize("name, code, capital", REGIONS)
def test_a_region_resolves_to_an_area_in_its_country(name, code, capital):
    [area] = resolve(place(name, kind="area"))
    west, east, south, north = area.extent
    town = max(candidates(capital, code, kind="point"), key=lambda e: e.population)
    assert (area.kind, area.country, area.feature) == ("area", code, "A.ADM1")
    assert west <= town.lon <= east and south <= town.lat <= north
    assert west <= area.lon <= east and south <= area.lat <= north  # its name is set inside it


def test_kind_settles_a_city_and_its_region_of_one_name():
    """"Kharkiv" alone is the city; as an area it is the oblast; an area never takes the town."""
    [city] = resolve(place("Kharkiv"))
    [oblast] = resolve(place("Kharkiv", kind="area"))
    assert (city.feature, city.extent, city.kind) == ("P", None, "point")
    assert (oblast.feature, oblast.kind, oblast.country) == ("A.ADM1", "area", "UA")
    west, east, south, north = oblast.extent
    assert west <= city.lon <= east and south <= city.lat <= north and east - west > 2  # the oblast, not a point


def test_a_region_found_in_another_country_than_the_briefs_is_a_warning():
    sindh = next(e for e in candidates("Sindh") if e.feature == "A.ADM1")
    located, warnings = resolve_places(brief(place("Malawi", kind="area", country="MW"),
                                             place("Sindh", kind="area")), SHOWN)
    assert [p.country for p in located] == ["MW", "PK"]
    assert [str(w) for w in warnings] == [
        f"{SHOWN}: places[1].name: 'Sindh' was matched to Sindh, a province of Pakistan ({where(sindh)}), not in "
        "the brief's country (MW) (give its country, or lat and lon, if that is not the place meant) [B605]"]


def test_a_name_only_a_region_bears_is_not_a_point_of_another_kind():
    assert problems(place("Oromia", kind="area", country="KE"))[0].startswith(
        f"{SHOWN}: places[0].name: 'Oromia' not found in KE (found in ET)")


def test_places_command_says_which_kind_of_region(run):
    lines = run("places", "Sindh").stdout.splitlines()
    sindh = next(e for e in candidates("Sindh") if e.feature == "A.ADM1")
    west, east, south, north = index.extents([sindh.geonameid])[sindh.geonameid]
    assert lines[:2] == ["'Sindh' resolves to:",
                         f"  Sindh (PK 05)  province of Pakistan  {sindh.lat:.4f}, {sindh.lon:.4f}  "
                         f"pop. {sindh.population:,}  extent {west:.2f}, {east:.2f}, {south:.2f}, {north:.2f} (W, E, S, N)"]
    assert run("places", "North Darfur").stdout.splitlines()[1].startswith(
        "  Northern Darfur (SD 55)  state of Sudan  ")
    assert run("places", "Kharkiv Oblast").stdout.splitlines()[1].startswith(
        "  Kharkiv Oblast (UA 07)  region of Ukraine  ")
    assert run("places", "Kharkiv").stdout.splitlines()[1].startswith("  Kharkiv (UA 07)  town in Ukraine  ")


@pytest.mark.parametrize("given, names", [
    (["Kharkivs’ka Oblast’"], ["Kharkiv Oblast", "Kharkivs’ka Oblast’", "Kharkiv", "Kharkiv Region"]),
    (["Nord Kivu", "Nord-Kivu"], ["Nord Kivu", "Nord-Kivu", "North Kivu", "Nord Kivu Region"]),
    (["Northern Darfur"], ["Northern Darfur", "North Darfur", "Northern Darfur Region"]),
    (["Northern State"], ["Northern State", "Northern Region", "Northern Province"]),  # never "North" alone
])
def test_the_names_a_text_gives_a_region(given, names):
    made = names_of(*given)
    assert made[:len(names) - 1] == names[:-1] and names[-1] in made
    assert not {"North", "Northern", "Central"} & set(made)


@pytest.mark.parametrize("name, own", [("Kharkiv Oblast", ("Kharkiv", "oblast")), ("Sindh", ("Sindh", "")),
                                       ("Provincia de Buenos Aires", ("Buenos Aires", "provincia")),
                                       ("the Kivu Region", ("the Kivu", "region"))])
def test_own_name_strips_the_generic_word(name, own):
    assert own_name(name) == own


def test_the_divisions_file_names_every_continent():
    countries = {country for country, _ in divisions()}
    assert {"PK", "CD", "ET", "HT", "UA", "VE", "US", "AU", "BR", "CN"} <= countries
    assert len(divisions()) > 3000


@pytest.mark.parametrize("name, code", [("DR Congo", "CD"), ("DRC", "CD"), ("Britain", "GB"), ("UK", "GB"),
                                        ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("U.S.", "US"),
                                        ("Türkiye", "TR"), ("Burma", "MM"), ("Swaziland", "SZ"),
                                        # former names in archived reports (Zaire: not Angola's Zaire province)
                                        ("Zaire", "CD"), ("Upper Volta", "BF"), ("Dahomey", "BJ"), ("Ceylon", "LK"),
                                        ("Kampuchea", "KH")])
def test_the_names_texts_give_countries_are_the_countries(name, code):
    [area] = resolve(place(name, kind="area"))
    assert (area.country, area.feature) == (code, "A.PCLI")


def test_a_name_two_countries_bear_is_theirs_to_settle():
    """"Congo" is the Republic of the Congo's name as much as DR Congo's: no population settles it."""
    assert problems(place("Congo", kind="area"))[0].startswith(f"{SHOWN}: places[0].name: 'Congo' is ambiguous: ")
    [area] = resolve(place("Congo", kind="area", country="CG"))
    assert area.country == "CG"


def test_a_brief_about_several_countries_names_them_and_their_towns_without_warnings():
    """Ethiopia's Oromia region by code, Kenya and Somalia by name, Nairobi by name alone: Kenya is a country the
    brief names, so Nairobi is at home in it, and a country named by its name is that country."""
    located, warnings = resolve_places(brief(place("Oromia", kind="area", country="ET"), place("Kenya", kind="area"),
                                             place("Somalia", kind="area"), place("Nairobi")), SHOWN)
    assert [p.country for p in located] == ["ET", "KE", "SO", "KE"] and warnings == []


def test_a_country_named_far_from_every_other_place_is_still_reported():
    located, warnings = resolve_places(brief(place("Houston", country="US"), place("Chad", kind="area")), SHOWN)
    assert [p.country for p in located] == ["US", "TD"]
    assert [w.code for w in warnings] == ["B605"] and "km from the nearest other place" in warnings[0].message


# Lines of the 1990s' reports (the Los Angeles Times on North Ossetia, 1992; Interfax on Kazakhstan's unrest, 2022):
# the names English texts give Russia's republics and Central Asia's oblasts, which GeoNames writes otherwise.
@pytest.mark.parametrize("given, city, made, never", [
    (["Ingushetiya Republic", "Ingushetiya, Respublika"], False, ["Ingushetia", "Ingushetiya"], []),  # R1, R2
    (["North Ossetia–Alania"], False, ["North Ossetia", "North Ossetia Region"], []),  # R3
    (["Log–Dragomer"], False, [], ["Log"]),  # R3: not a one-word first name
    (["Almaty Oblysy", "Almaty oblysy"], False, ["Almaty", "Almaty Region"], []),  # R1: a Kazakh generic word
    (["Almaty"], True, [], ["Almaty Region"]),  # R1: a city's division is not the region around it
    (["Chechnya", "Chechenskaya Respublika"], False, ["Chechnya"], ["Chechen"]),  # R5: a people's adjective
])
def test_the_names_of_republics_and_oblasts(given, city, made, never):
    names = names_of(*given, city=city)
    assert set(made) <= set(names) and not set(never) & set(names), names


@pytest.mark.parametrize("name, code", [("North Ossetia", "RU"), ("Ingushetia", "RU"), ("Almaty region", "KZ")])
def test_republics_and_oblasts_resolve_by_their_english_names(name, code):
    [area] = resolve(place(name, kind="area"))
    assert (area.country, area.feature) == (code, "A.ADM1")
