"""Place names → coordinates, offline: a brief's [[places]] resolved through the GeoNames index."""

from __future__ import annotations

import dataclasses
import difflib
import statistics
from typing import TYPE_CHECKING, NamedTuple

from briefing.brief.model import Place
from briefing.errors import BriefingError, Problem, ValidationFailed, warning
from briefing.formatting import known_language, locale
from briefing.places import index
from briefing.places.areas import COUNTRY, REGION, feature_words
from briefing.places.geodesy import destination
from briefing.places.geodesy import distance_km as km
from briefing.places.geonames import Entry, country_codes, country_names, fold, spelling
from briefing.places.located import Located, Origin
from briefing.suggest import close_matches

if TYPE_CHECKING:
    from briefing.brief.draft_places import Gazetteer as DraftGazetteer

PROXIMITY_RATIO = 3.0    # the nearest candidate wins if the next is at least this many times farther away
POPULATION_RATIO = 10.0  # the largest candidate wins if it is at least this many times the next
ALTERNATE_RATIO = 2.0    # without a country, main names win unless a place bearing the name only as another
                         # name is at least this many times larger
SAME_PLACE_KM = 5.0      # candidates this close together are one place entered twice
LISTED = 5               # candidates named in an "ambiguous" message
SUGGESTED = 3            # ... in a did-you-mean
DISTRICT_KM = 8.0        # a smaller place this close to a larger one is taken for one of its districts
DISTRICT_RATIO = 3.0     # ... if the larger place has at least this many times its population
RAION_KM = 25.0          # ... and so is an adjectivally named place ("Kyivskyi") this close, in RAION_COUNTRIES
RAION_COUNTRIES = {"UA", "RU", "BY", "KZ"}
CYRILLIC_LANGUAGES = {"uk", "ru", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"}  # their maps keep names as given
RAION_ENDINGS = ("skyi", "skyy", "skiy", "skij", "s'kyi", "ckyi", "zkyi", "tskyi")
FAR_KM = 1500.0          # a place matched this far from every other place of the brief (or its area) is reported


class Match(NamedTuple):
    """A gazetteer entry bearing `hits` of the names asked for; `primary` if one folds to its main name,
    `literal` if one is its main name spelled the same."""

    entry: Entry
    hits: int
    primary: bool
    literal: bool

    @property
    def point(self) -> tuple[float, float]:
        return self.entry.lat, self.entry.lon

    def rank(self) -> tuple:
        return -self.hits, not self.primary, not self.literal, -self.entry.population, self.entry.name, self.point


def _lookup(names: list[str], country: str | None = None) -> list[Match]:
    """Entries bearing any of `names` (folded), in `country` if given, best first."""
    keys, spellings = {fold(name) for name in names} - {""}, {spelling(name) for name in names}
    found = index.find(keys, country.upper() if country else None)
    matches = [Match(entry, len(bearing), any(bearing.values()), spelling(entry.name) in spellings)
               for entry, bearing in found.items()]
    return sorted(matches, key=Match.rank)


def _settle(matches: list[Match], centre: tuple[float, float] | None = None, in_country: bool = False) -> Match | None:
    """The match meant, or None. Most names matched; then nearness to `centre`; then, within one country, main
    names and then exact spellings (abroad, exonyms such as "Odessa" are main names of small towns); then one
    place entered twice; then a population ten times the next."""
    if not matches:
        return None
    contenders = _towns_before_their_regions([m for m in matches if m.hits == matches[0].hits])
    if len(contenders) > 1 and centre is not None:
        near = sorted(contenders, key=lambda m: (km(centre, m.point), m.rank()))
        if km(centre, near[1].point) >= PROXIMITY_RATIO * km(centre, near[0].point):
            return near[0]
    countries = [m for m in contenders if m.entry.feature == COUNTRY]
    if len(countries) > 1:
        return None  # "Congo": two countries' name, which no population settles
    if countries and all(m.entry.feature.startswith("A") and m.entry.country == countries[0].entry.country
                         for m in contenders):
        return countries[0]  # "Guatemala", "Mexico": the country; its region of that name is called by its full name
    if in_country:
        contenders = [m for m in contenders if m.primary] or contenders
        contenders = [m for m in contenders if m.literal] or contenders
    else:
        contenders = _main_names_first(contenders)
    largest, *rest = sorted(contenders, key=lambda m: -m.entry.population)
    if all(km(largest.point, m.point) <= SAME_PLACE_KM for m in rest):
        return largest
    if largest.entry.population > 0 and largest.entry.population >= POPULATION_RATIO * rest[0].entry.population:
        return largest
    return None


def _towns_before_their_regions(contenders: list[Match]) -> list[Match]:
    """Without a kind, a name a region and a town inside it share is the town's ("Kharkiv", "Herat", "Harare"): the
    region is meant by kind = "area" or by its full name ("Kharkiv Oblast")."""
    towns = {(m.entry.country, m.entry.admin1) for m in contenders if m.entry.feature.startswith("P")}
    return [m for m in contenders if not (m.entry.feature == REGION and (m.entry.country, m.entry.admin1) in towns)]


def _main_names_first(contenders: list[Match]) -> list[Match]:
    """Places bearing the name as their main name, unless a place bearing it only as another name is at least
    twice as large as they are (Odesa, "Odessa" to many, beside Odessa, Texas: ambiguous without a country)."""
    primary = [m for m in contenders if m.primary]
    largest = max((m.entry.population for m in primary), default=0)
    if primary and not any(m.entry.population >= ALTERNATE_RATIO * max(largest, 1)
                           for m in contenders if not m.primary):
        return primary
    return contenders


def candidates(name: str, country: str | None = None, kind: str | None = None) -> list[Entry]:
    """Every gazetteer place bearing `name` (of `kind`, "point" or "area", if given), best first: main names (as
    spelled first), alternates, population."""
    matches = _lookup([name], country)
    return [m.entry for m in (_of_kind(matches, kind) if kind else matches)]


def settle(name: str, country: str | None = None, centre: tuple[float, float] | None = None,
           kind: str | None = None) -> tuple[Located | None, list[Located]]:
    """What `name` resolves to (as a place of `kind` if given), near `centre` if given (None if unknown or
    ambiguous), and every candidate, best first."""
    matches = _lookup([name], country)
    matches = _of_kind(matches, kind) if kind else matches
    chosen = _settle(matches, centre, in_country=bool(country))
    return (_town(chosen.entry) if chosen else None), [_town(m.entry) for m in matches]


def draft_gazetteer() -> DraftGazetteer:
    """What `briefing draft` looks places up in: settle(), every name of every country, and their capitals."""
    from briefing.brief.draft_places import Gazetteer
    from briefing.places.areas import capitals, country_names

    return Gazetteer(settle, country_names(), capitals())


def towns_within(west: float, east: float, south: float, north: float, limit: int = 40,
                 min_population: int = 0, language: str = "en") -> list[Located]:
    """The largest places in a lon/lat box (west > east crosses the antimeridian), largest first, without
    the city districts GeoNames lists as places of their own (Kyivskyi, a district of Donetsk). A map at a
    scale where villages would never be labelled asks for larger places only. In a language written in Latin
    letters, towns are named in one romanisation (romanise.py)."""
    kept: list[tuple[Located, int]] = []
    for geonameid, name, lat, lon, population, country in index.largest_in(west, east, south, north,
                                                                            min_population):
        town = Located(name, lat, lon, "town", "gazetteer", population or None, country)
        if not any(_district_of(town, big) for big, _ in kept):
            kept.append((town, geonameid))
        if len(kept) == limit:
            break
    latin = index.latin_names([geonameid for _, geonameid in kept]) if _latin_script(language) else {}
    return [dataclasses.replace(town, name=latin.get(geonameid, town.name)) for town, geonameid in kept]


def _latin_script(language: str) -> bool:
    if not known_language(language):
        return True
    spoken = locale(language)
    return spoken.script in (None, "Latn") and spoken.language not in CYRILLIC_LANGUAGES


def _district_of(entry: Located, big: Located) -> bool:
    """Whether `entry` looks like a district of the much larger `big`: very close to it, or, in the
    post-Soviet space, a raion of it (named as an adjective, "Rutchenkivskyi", within a city's reach).
    A neighbouring town of similar size (Myrnohrad beside Pokrovsk) is a town of its own."""
    distance = km((entry.lat, entry.lon), (big.lat, big.lon))
    raion = entry.country in RAION_COUNTRIES and entry.name.lower().endswith(RAION_ENDINGS)
    much_larger = (big.population or 0) >= DISTRICT_RATIO * (entry.population or 0)
    return (much_larger and distance < DISTRICT_KM) or (raion and distance < RAION_KM)


def _town(entry: Entry) -> Located:
    return Located(entry.name, entry.lat, entry.lon, "town", "gazetteer", entry.population or None, entry.country,
                   feature=entry.feature)


def describe(name: str, country: str | None = None, limit: int = 10) -> list[str]:
    """Lines for `briefing places`: what NAME resolves to on its own, then the runners-up."""
    if country and country.upper() not in country_codes():
        raise BriefingError(_unknown_country(country))
    matches = _lookup([name], country)
    if not matches:
        raise BriefingError(not_found(name, country))
    chosen = _settle(matches, in_country=bool(country))
    where = f" in {country.upper()}" if country else ""
    extents = index.extents([m.entry.geonameid for m in matches[:limit + 1]])
    if chosen is None:
        lines = [f"'{name}'{where} is ambiguous; in a brief, country, nearby places or lat/lon settle it:"]
    else:
        lines = [f"'{name}'{where} resolves to:", f"  {_line(chosen, extents)}", "runners-up:"]
        matches = [m for m in matches if m is not chosen]
    lines += [f"  {_line(m, extents)}" for m in matches[:limit]]
    lines += [] if matches else ["  none"]
    if len(matches) > limit:
        lines.append(f"  and {len(matches) - limit} more")
    return lines


def _line(match: Match, extents: dict[int, tuple[float, float, float, float]]) -> str:
    """Pokrovsk (UA 05)  town in Ukraine  48.2827, 37.1758  pop. 60,127; an area with its extent."""
    e = match.entry
    admin1 = f" {e.admin1}" if e.admin1 and e.admin1 != "00" else ""
    extent = extents.get(e.geonameid)
    bounds = "  extent {:.2f}, {:.2f}, {:.2f}, {:.2f} (W, E, S, N)".format(*extent) if extent else ""
    other = "" if match.primary else "  (by another of its names)"
    return (f"{e.name} ({e.country}{admin1})  {_kind(e)}  {e.lat:.4f}, {e.lon:.4f}  pop. {_population(e.population)}"
            f"{bounds}{other}")


def _kind(e: Entry) -> str:
    """"country", "town in Ukraine", "province of Pakistan", "feature A.ADM2 in DR Congo"."""
    words = feature_words(e.feature, e.country, e.admin1)
    country = country_names().get(e.country, e.country)
    if e.feature == COUNTRY:
        return words
    return f"{words} of {country}" if e.feature == REGION else f"{words} in {country}"


def _population(population: int) -> str:
    return f"{population:,}" if population else "unknown"


def ambiguous(name: str, matches: list[Match], hint: str) -> str:
    """'Kostyantynivka' is ambiguous: Kostyantynivka (UA 05, 48.53, 37.71, pop. 67,350); ... — add lat/lon"""
    listed = [f"{e.name} ({_where(e)})" for e in (m.entry for m in matches[:LISTED])]
    if len(matches) > LISTED:
        listed.append(f"and {len(matches) - LISTED} more")
    return f"'{name}' is ambiguous: {'; '.join(listed)} — {hint}"


MISSING_HINT = ("if the gazetteer lacks it, give lat and lon as the source or a map has them, add it to the "
                "workspace's places.toml, or import the country's GeoNames file (briefing places import XX.zip)")


def not_found(name: str, country: str | None = None, near: tuple[float, float] | None = None) -> str:
    """'Kharkov' not found (did you mean 'Kharkiv' (UA 07, 49.98, 36.25, pop. 1,430,885)?); with a country, where
    else the name is found. Says how to fix a miss."""
    if not country:
        return f"'{name}' not found{did_you_mean(name, near=near)}; {MISSING_HINT}"
    elsewhere = sorted({m.entry.country for m in _lookup([name])})
    if elsewhere:
        return f"'{name}' not found in {country.upper()} (found in {', '.join(elsewhere)})"
    return f"'{name}' not found in {country.upper()}{did_you_mean(name, country, near)}; {MISSING_HINT}"


def did_you_mean(name: str, country: str | None = None, near: tuple[float, float] | None = None) -> str:
    """ (did you mean 'Kharkiv' (UA 07, 49.98, 36.25, pop. 1,430,885)?): the main names about as close as the
    closest, those in `country` and nearest `near` first, then the most populous; "" if none is close."""
    key = fold(name)
    if not key:
        return ""
    choices: dict[str, list[Entry]] = {}  # folded main name -> the places bearing it
    for entry, main in index.main_names(key[0], country.upper() if country else None).items():
        if abs(len(main) - len(key)) <= 3:
            choices.setdefault(main, []).append(entry)
    close = close_matches(key, choices, n=10, cutoff=0.75)
    if not close:
        return ""
    best = difflib.SequenceMatcher(None, key, close[0]).ratio()
    entries = [e for main in close if difflib.SequenceMatcher(None, key, main).ratio() >= best - 0.05
               for e in choices[main]]
    entries.sort(key=lambda e: (e.country != (country or "").upper(), km(near, (e.lat, e.lon)) if near else 0,
                                -e.population, e.name))
    listed = [f"'{e.name}' ({_where(e)})" for e in entries[:SUGGESTED]]
    return f" (did you mean {' or '.join(listed)}?)"


def _where(e: Entry) -> str:
    admin1 = f" {e.admin1}" if e.admin1 and e.admin1 != "00" else ""
    return f"{e.country}{admin1}, {e.lat:.2f}, {e.lon:.2f}, pop. {_population(e.population)}"


class Resolution(NamedTuple):
    located: list[Located]
    warnings: list[Problem]  # a place taken that may not be the one meant (B605)


def resolve_places(places: dict[int, Place], shown: str, from_desk: frozenset[int] = frozenset()) -> Resolution:
    """One Located per [[places]] entry (by its index in the brief), in brief order, and the warnings about
    them; ValidationFailed lists every problem at once. `from_desk`: the places whose position the desk's
    places.toml gave."""
    return _Resolver(places, shown, from_desk).run()


class _Resolver:
    """Explicit lat/lon first, then names with one candidate: their median point settles ambiguous names.
    Places given relative to another (near, distance_km, bearing) come last."""

    def __init__(self, places: dict[int, Place], shown: str, from_desk: frozenset[int]):
        self.places, self.shown, self.from_desk = places, shown, from_desk
        self.located: dict[int, Located] = {}
        self.problems: list[tuple[int, Problem]] = []  # (place number, problem)
        self.matched: dict[int, Entry] = {}  # the gazetteer entry each place found by name took

    def run(self) -> Resolution:
        pending = {}
        for i, place in self.places.items():
            if place.lat is not None and place.lon is not None:
                origin: Origin = "desk" if i in self.from_desk else "brief"
                self.located[i] = Located(place.name, place.lat, place.lon, place.role, origin, None, place.country,
                                          place.approximate, place.kind)
            elif place.near is None and self._country_known(i, place):
                found = _lookup([place.name, *place.aka], place.country or None)
                matches = _of_kind(found, place.kind)
                if found and not matches:
                    self._problem(i, "name", not_an_area(place.name, found), "B601")
                elif len(matches) == 1:
                    self._take(i, place, matches[0].entry)
                else:
                    pending[i] = matches
        centre = _centre(list(self.located.values()))
        for i, matches in pending.items():
            self._settle_name(i, self.places[i], matches, centre)
        for i, place in self.places.items():
            if place.near is not None and self._country_known(i, place):
                self._relative(i, centre, ())
        self._abroad()
        ordered = [problem for _, problem in sorted(dict.fromkeys(self.problems), key=lambda p: p[0])]
        if any(problem.is_error for problem in ordered):
            raise ValidationFailed(ordered)
        located = [self.located[i] for i in self.places if i in self.located]  # a distance alone is not a point
        return Resolution(located, ordered)

    def _take(self, i: int, place: Place, entry: Entry) -> None:
        self.matched[i] = entry
        self.located[i] = _from_gazetteer(place, entry, index.extents([entry.geonameid]).get(entry.geonameid))

    def _abroad(self) -> None:
        """A place found by name alone in another country than the brief's places give (by code, or by naming the
        country), or (where they give none) far from all of them, is reported (B605): the name may be another
        place's. A country found by its name is reported only when far from every other place."""
        given = {place.country.upper() for place in self.places.values() if place.country}
        named = {entry.country for entry in self.matched.values() if entry.feature == COUNTRY}
        for i, entry in self.matched.items():
            if self.places[i].country:
                continue
            apart = [_apart(self.located[i], other) for j, other in self.located.items() if j != i]
            if entry.feature == COUNTRY:  # a country named by its name is that country: reported only if far
                if apart and min(apart) > FAR_KM:
                    where = f"{min(apart):,.0f} km from the nearest other place of the brief"
                else:
                    continue
            elif given and entry.country not in given | named:  # a town in a country the brief names is at home
                countries = "country" if len(given) == 1 else "countries"
                where = f"not in the brief's {countries} ({', '.join(sorted(given))})"
            elif not given and apart and min(apart) > FAR_KM:
                where = f"{min(apart):,.0f} km from the nearest other place of the brief"
            else:
                continue
            self.problems.append((i, warning("B605", self.shown, f"places[{i}].name",
                                             f"'{self.places[i].name}' was matched to {_described(entry)}, {where}",
                                             "give its country, or lat and lon, if that is not the place meant")))

    def _country_known(self, i: int, place: Place) -> bool:
        if not place.country or place.country.upper() in country_codes():
            return True
        self._problem(i, "country", _unknown_country(place.country), "B603")
        return False

    def _settle_name(self, i: int, place: Place, matches: list[Match], centre) -> None:
        chosen = _settle(matches, centre, bool(place.country))
        if chosen is not None:
            self._take(i, place, chosen.entry)
        elif not matches:
            self._problem(i, "name", not_found(place.name, place.country or None, centre), "B601")
        else:
            hint = "add lat/lon" if place.country else "add country or lat/lon"
            self._problem(i, "name", ambiguous(place.name, matches, hint), "B602")

    def _relative(self, i: int, centre, chain: tuple[int, ...]) -> Located | None:
        """Place i relative to its `near`: another place of this brief, else a gazetteer name."""
        place = self.places[i]
        if i in self.located or place.near is None:
            return self.located.get(i)  # None: an absolute place that failed, with its own problem
        j = self._brief_place(place.near, i)
        if j in chain:
            self._problem(i, "near", f"'{place.near}' is placed relative to this place in turn", "B604")
            return None
        anchor = self._relative(j, centre, chain + (i,)) if j is not None else self._gazetteer_anchor(i, centre)
        if anchor is None:
            return None
        assert place.distance_km is not None  # the schema requires it with near
        if place.bearing is None:
            return None  # "3 km from Nyanzale": no direction, so no point; the places table says so
        lat, lon = destination(anchor.lat, anchor.lon, place.bearing, place.distance_km)
        self.located[i] = Located(place.name, lat, lon, place.role, "relative", None, place.country or anchor.country,
                                  place.approximate, place.kind)
        return self.located[i]

    def _brief_place(self, name: str, this: int) -> int | None:
        key = fold(name)
        return next((j for j, other in self.places.items()
                     if j != this and key in {fold(n) for n in (other.name, *other.aka)}), None)

    def _gazetteer_anchor(self, i: int, centre) -> Located | None:
        place = self.places[i]
        assert place.near is not None  # only relative places are anchored
        matches = _lookup([place.near], place.country or None)
        chosen = _settle(matches, centre, bool(place.country))
        if chosen is not None:
            return _town(chosen.entry)
        if not matches:
            hint = did_you_mean(place.near, place.country or None, centre)
            self._problem(i, "near", f"'{place.near}' is not a place in this brief, nor in the gazetteer{hint}", "B601")
        else:
            self._problem(i, "near", ambiguous(place.near, matches, "add it as a place with country or lat/lon"),
                          "B602")
        return None

    def _problem(self, i: int, field: str, message: str, code: str) -> None:
        self.problems.append((i, Problem(code, self.shown, f"places[{i}].{field}", message)))


def _unknown_country(code: str) -> str:
    return f"unknown country code '{code}' (use ISO codes such as 'UA')"


def _from_gazetteer(place: Place, entry: Entry, extent: tuple[float, float, float, float] | None) -> Located:
    return Located(place.name, entry.lat, entry.lon, place.role, "gazetteer", entry.population or None, entry.country,
                   place.approximate, place.kind, entry.feature, extent)


def _of_kind(matches: list[Match], kind: str) -> list[Match]:
    """An area takes only areas (countries, regions, districts: GeoNames feature classes A and L), never a town
    of the same name; a point takes a town where there is one (class P), else what there is."""
    if kind == "area":
        return [m for m in matches if m.entry.feature.startswith(("A", "L"))]
    return [m for m in matches if m.entry.feature.startswith("P")] or matches


def not_an_area(name: str, matches: list[Match]) -> str:
    """'Soche' is the name of no country or region in the gazetteer, only of Shache, a town in China (...)"""
    listed = [_described(m.entry) for m in matches[:LISTED]]
    if len(matches) > LISTED:
        listed.append(f"and {len(matches) - LISTED} more")
    return (f"'{name}' is the name of no country or region in the gazetteer, only of {'; '.join(listed)}; give "
            "lat and lon for the area, or kind = \"point\" for the town")


def _described(e: Entry) -> str:
    """"Shache, a town in China (CN 13, 38.42, 77.24, pop. 128,145)"; "Malawi, a country (MW, ...)"."""
    return f"{e.name}, a {_kind(e)} ({_where(e)})"


def _apart(one: Located, other: Located) -> float:
    """How far apart two places are, an area counting from its nearest edge."""
    return min(_distance(one, (other.lat, other.lon)), _distance(other, (one.lat, one.lon)))


def _distance(place: Located, centre: tuple[float, float]) -> float:
    """From `centre` to the place, or to the nearest edge of the area it bounds (0 inside it)."""
    if place.extent is None:
        return km(centre, (place.lat, place.lon))
    west, east, south, north = place.extent
    lon = west + (centre[1] - west) % 360.0  # east of the west edge; beyond the east edge, the nearer edge
    if lon > east:
        lon = east if lon - east <= west + 360.0 - lon else west
    return km(centre, (min(max(centre[0], south), north), lon))


def _centre(located: list[Located]) -> tuple[float, float] | None:
    """The median latitude and longitude of the places already known, or None."""
    if not located:
        return None
    return statistics.median(p.lat for p in located), statistics.median(p.lon for p in located)
