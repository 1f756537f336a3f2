"""The brief schema: one TOML file describing one situation, every statement attributed to sources."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, cast
from urllib.parse import urlsplit

from pydantic import AwareDatetime, Field, PlainValidator, field_validator, model_validator

from briefing.brief.markup import link_allowed
from briefing.brief.numbers import MEANING
from briefing.schema import Colour, Language, Strict, Text, toml_type

SourceIds = list[Text]
LARGEST = 1e15  # no count or amount in a brief is larger: 1e308 is a typing error, not a figure
Amount = Annotated[float, Field(ge=-LARGEST, le=LARGEST)]
HALF_EARTH_KM = 20_037.5  # half the equator: no place on Earth is farther from another
COMPASS = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]


def _date_or_words(value: object) -> dt.date | str:
    """A TOML date, or the words a source uses ("on Sunday", "mid-2024"). Never a guessed date."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date) or (isinstance(value, str) and value.strip()):
        return value
    raise ValueError(f"expected a date or words such as \"mid-2024\", got {toml_type(value)}")


DateOrWords = Annotated[dt.date | str, PlainValidator(_date_or_words)]


def _bearing(value: object) -> float:
    """A compass point ("W", "NNE") or degrees clockwise from north, as degrees."""
    if isinstance(value, str) and value.strip().upper() in COMPASS:
        return COMPASS.index(value.strip().upper()) * 22.5
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 360:
        return float(value)
    raise ValueError(f"expected a compass point such as \"W\" or \"NNE\", or degrees from 0 to 360, got {value!r}")


Bearing = Annotated[float, PlainValidator(_bearing)]


class BriefInfo(Strict):
    title: Text
    subtitle: str = ""
    as_of: AwareDatetime
    organisation: str | None = None  # the desk that issues it; default: config.toml's
    marking: str | None = None
    marking_colour: Colour | None = None
    region: str = ""
    authors: list[Text] = []
    keywords: list[Text] = []
    language: Language | None = None
    summary: str = ""
    previous: Text | None = None  # the brief of the week before, e.g. "../pokrovsk-2025-10-21/brief.toml"


class Source(Strict):
    id: Text
    publisher: Text
    title: Text
    url: str = ""  # http, https or mailto: it becomes a link in the PDF
    published: DateOrWords | None = None
    accessed: dt.date | None = None
    caveat: str = ""  # what qualifies every claim from this source: printed once with the first, and in the list
    note: str = ""    # anything else worth saying of it: in the source list only
    reliability: Literal["A", "B", "C", "D", "E", "F"] | None = None  # Admiralty grading of the source
    credibility: Literal[1, 2, 3, 4, 5, 6] | None = None              # ... and of its information
    archive: str = ""                # a saved copy (.txt .html .pdf .docx .eml) in its folder: claims are checked in it
    archived: dt.date | None = None  # when that copy was saved
    language: Language | None = None  # what the copy is written in; default: English where it reads so, else the
                                      # brief's. `verify` reads its numbers and dates that way

    @field_validator("url")
    @classmethod
    def _link(cls, value: str) -> str:
        if value and not link_allowed(value):
            scheme = urlsplit(value.strip()).scheme
            given = f"a {scheme}: link" if scheme else "a relative path"
            raise ValueError(f"must be an http, https or mailto link, not {given}")
        return value

    @property
    def grade(self) -> str:
        """Admiralty grade such as "B2"; "" when ungraded (a half grade prints its missing part as "-")."""
        if self.reliability is None and self.credibility is None:
            return ""
        return f"{self.reliability or '-'}{self.credibility or '-'}"


Confidence = Literal["low", "moderate", "high"]


StableId = Text | None  # names one item across a brief and the next (briefing.brief.compare)


class Fact(Strict):
    id: StableId = None
    text: Text
    topic: str = ""
    confidence: Confidence | None = None
    sources: SourceIds = []


class Section(Strict):
    heading: Text
    body: Text
    confidence: Confidence | None = None
    sources: SourceIds = []


# A figure's qualifier as its source writes it: the brief's own words (about, some, nearly, at least, more than, up
# to, fewer than) or another word a source writes for one of them, kept word for word ("over" is printed "over" and
# means "more than"); numbers.QUALIFIERS says what each means (tests/test_qualifiers.py keeps the two the same).
Qualifier = Literal[
    "about", "some", "nearly", "at least", "more than", "up to", "fewer than",
    "around", "roughly", "approximately", "circa", "almost", "close to", "just under", "not quite", "no fewer than",
    "no less than", "a minimum of", "over", "just over", "upwards of", "in excess of", "above", "exceeding", "passed",
    "as many as", "as much as", "a maximum of", "at most", "less than", "under", "below", "as high as", "near",
    "as low as", "surpassed", "perhaps", "well above", "well over",
]


class Location(Strict):
    """Where a named place is, as a source gives it: what a brief's [[places]] and a desk's places.toml share.
    A place of kind "area" (a province, "the Rutshuru and Masisi areas") is labelled as an area, never drawn
    as a town."""

    name: Text
    country: str = ""
    kind: Literal["point", "area"] = "point"
    lat: float | None = None
    lon: float | None = None
    aka: list[Text] = []
    note: str = ""
    near: Text | None = None
    distance_km: Annotated[float, Field(ge=0, le=HALF_EARTH_KM)] | None = None
    distance_qualifier: Qualifier | None = None  # "about" 70 km, as the source hedges the distance
    approximate: bool = False  # the source places it only roughly: drawn hollow, "approx." on the map and in the table
    bearing: Bearing | None = None

    @field_validator("lat")
    @classmethod
    def _latitude(cls, value: float | None) -> float | None:
        if value is not None and not -90 <= value <= 90:
            raise ValueError(f"latitude must be between -90 and 90, got {value}")
        return value

    @field_validator("lon")
    @classmethod
    def _longitude(cls, value: float | None) -> float | None:
        if value is not None and not -180 <= value <= 180:
            raise ValueError(f"longitude must be between -180 and 180, got {value}")
        return value

    @property
    def compass(self) -> str:
        """The bearing as a compass point where it is one ("W"), else in degrees ("250°"); "" without one."""
        if self.bearing is None:
            return ""
        index = self.bearing / 22.5
        return COMPASS[int(index)] if index.is_integer() else f"{self.bearing:g}°"

    @model_validator(mode="after")
    def _both_or_neither(self) -> Location:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("give both lat and lon, or neither")
        if (self.near is None) != (self.distance_km is None) or (self.bearing is not None and self.near is None):
            raise ValueError("relative placement needs near and distance_km together, and a bearing only where "
                             "the source gives a direction")
        if self.distance_qualifier is not None and self.distance_km is None:
            raise ValueError("distance_qualifier qualifies distance_km: give it only with a distance")
        return self


class Place(Location):
    id: StableId = None
    role: str = "city"
    sources: SourceIds = []


class DeskPlace(Location):
    """One entry of a workspace's places.toml, the desk's own gazetteer; its sources are free text."""

    sources: list[Text] = []


class DeskGazetteer(Strict):
    places: list[DeskPlace] = []


Status = Literal["claimed", "estimated", "confirmed", "disputed"]


# The words a source puts before a number, as it puts them: what they say of the number decides what it may be
# written with. "about", "some" and "nearly" qualify one value; "at least" and "more than" a lower bound, "up to"
# and "fewer than" an upper one (a value, or `low` or `high` alone).
# A unit is one word for every count ("km²", "troops": English singular counts take the singular), or its forms by
# CLDR plural category, for languages whose counts need them: {one = "особа", few = "особи", many = "осіб"}.
PluralForm = Literal["zero", "one", "two", "few", "many", "other"]
Unit = str | dict[PluralForm, Text]

# What a figure counts when it counts people or things, by its kind or its unit: such a count cannot be negative
# (a change in one is kind = "change", which keeps its sign, as do figures of any other kind).
COUNT_KINDS = frozenset({"troops", "killed", "wounded", "injured", "captured", "missing", "displaced", "refugees",
                         "affected", "dead", "deaths", "casualties", "equipment", "evacuated", "homeless", "people"})
COUNT_UNITS = frozenset({"people", "persons", "troops", "soldiers", "fighters", "civilians", "children", "refugees",
                         "deaths", "casualties", "households", "families", "homes", "houses", "buildings"})

LOWER_BOUNDS = ("at least", "more than")
UPPER_BOUNDS = ("up to", "fewer than")


class Figure(Strict):
    id: StableId = None
    label: Text
    value: Amount | None = None
    low: Amount | None = None
    high: Amount | None = None
    qualifier: Qualifier | None = None
    approx: bool = False  # the same as qualifier = "about", kept for briefs written before qualifiers
    chart: bool = True    # false: listed in the table, never charted
    claim: str = ""       # what rival claims are about, e.g. "civilians trapped in Pokrovsk": charted together
    unit: Unit = ""
    kind: str = ""
    party: str = ""
    claimed_by: Text
    status: Status
    date: DateOrWords | None = None
    sources: SourceIds = []

    @model_validator(mode="after")
    def _value_or_bounds(self) -> Figure:
        bounded = self.low is not None or self.high is not None
        if (self.value is None) == (not bounded):
            raise ValueError("give either value, or low and/or high (low alone: at least; high alone: up to)")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low ({self.low:g}) is greater than high ({self.high:g})")
        if self.approx and self.qualifier is not None:
            raise ValueError('approx = true means qualifier = "about": give one of them')
        negative = [amount for amount in (self.value, self.low, self.high) if amount is not None and amount < 0]
        counted = self.kind.lower() if self.kind.lower() in COUNT_KINDS else self.unit_name.lower()
        if negative and self.kind.lower() != "change" and counted in COUNT_KINDS | COUNT_UNITS:
            raise ValueError(f"a count of {counted} cannot be negative ({negative[0]:g}); a change in it is "
                             'kind = "change"')
        words, meaning = self.words, self.meaning
        if self.low is not None and self.high is None and meaning not in (None, *LOWER_BOUNDS):
            raise ValueError(f'low alone is a lower bound: qualifier "at least" or "more than", not {words!r}')
        if self.high is not None and self.low is None and meaning not in (None, *UPPER_BOUNDS):
            raise ValueError(f'high alone is an upper bound: qualifier "up to" or "fewer than", not {words!r}')
        if self.low is not None and self.high is not None and meaning not in (None, "about"):
            raise ValueError(f'a range from low to high takes no qualifier but "about", not {words!r}')
        return self

    @property
    def unit_name(self) -> str:
        """The unit as a heading or key names it: the word, or its "other" form."""
        if isinstance(self.unit, str):
            return self.unit
        return self.unit.get("other") or next(iter(self.unit.values()))

    @property
    def words(self) -> Qualifier | None:
        """The qualifier as the source gives it ("about" for approx = true)."""
        return "about" if self.approx else self.qualifier

    @property
    def meaning(self) -> str | None:
        """What the qualifier means, as one of the brief's words: "more than" for "over", "about" for "some"."""
        return MEANING[self.words] if self.words else None

    @property
    def bound(self) -> Literal["lower", "upper"] | None:
        """Whether the figure is only a bound: "at least 15", "more than 100,000" (lower); "up to 40", "fewer than
        5", "nearly 7 million" (upper: just under it)."""
        if (self.low is not None and self.high is None) or self.meaning in LOWER_BOUNDS:
            return "lower"
        if (self.high is not None and self.low is None) or self.meaning in (*UPPER_BOUNDS, "nearly"):
            return "upper"
        return None

    @property
    def edge(self) -> float:
        """The number a bound stops at."""
        return cast(float, self.value if self.value is not None else (self.low if self.bound == "lower" else self.high))


class Quote(Strict):
    id: StableId = None
    text: Text
    speaker: Text
    role: str = ""
    kind: Literal["direct", "reported", "paraphrase"] = "direct"
    verb: Text = "said"
    when: DateOrWords | None = None
    context: str = ""
    lead: str = ""  # the words before a partial direct quote: accused the M23 of "..."
    sources: SourceIds = []

    @model_validator(mode="after")
    def _lead_only_before_a_quotation(self) -> Quote:
        if self.lead and self.kind != "direct":
            raise ValueError(f"lead goes before a direct quotation; a {self.kind} statement is written as one sentence")
        return self


class TimelineEntry(Strict):
    id: StableId = None
    when: DateOrWords
    text: Text
    sources: SourceIds = []


class Series(Strict):
    """A CSV of dated values (columns: date, party, kind, value, source), drawn as a time chart."""

    file: Text
    title: Text
    unit: str = ""
    sources: SourceIds = []


class Events(Strict):
    """A CSV in ACLED's export layout: points on the map and a weekly reported-fatalities chart."""

    file: Text
    title: Text = "Reported events"
    credit: Text = "ACLED"
    sources: SourceIds = []


class History(Strict):
    """A figure followed back through the chain of `previous` briefs, charted by week."""

    figure: Text  # the id of a figure of this brief, or its label
    title: Text | None = None


class MapLayer(Strict):
    """An overlay read from a GeoJSON file: control or contested areas, lines, axes of advance, points."""

    file: Text
    kind: Literal["area", "line", "arrow", "point"]
    style: Text
    label: Text
    sources: SourceIds = []


Projection = Literal["auto", "lambert", "transverse-mercator", "mercator", "stereographic"]


def _checked_extent(value: list[float] | None) -> list[float] | None:
    if value is None:
        return value
    if len(value) != 4:
        raise ValueError("expected [west, east, south, north] in degrees")
    west, east, south, north = value
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south < north <= 90):
        raise ValueError("expected [west, east, south, north] with south < north, within ±180 and ±90 degrees")
    return value


class MapSpec(Strict):
    extent: list[float] | None = None  # [west, east, south, north] in degrees
    projection: Projection = "auto"
    inset: bool = True
    layers: list[MapLayer] = []
    # A cluster of places too close together at the map's scale gets a detail map of its own, unless [[maps]]
    # gives the detail maps or this is false.
    details: bool = True

    @field_validator("extent")
    @classmethod
    def _extent(cls, value: list[float] | None) -> list[float] | None:
        return _checked_extent(value)


class DetailMap(Strict):
    """A map after the situation map, of part of it at a larger scale: a city's districts beside a
    multi-country track. Its frame is its extent, or else a box around the brief's places it names."""

    title: Text | None = None  # else the caption says what the frame shows
    extent: list[float] | None = None
    places: list[Text] = []  # names or ids of the brief's places
    projection: Projection = "auto"

    @field_validator("extent")
    @classmethod
    def _extent(cls, value: list[float] | None) -> list[float] | None:
        return _checked_extent(value)

    @model_validator(mode="after")
    def _framed(self) -> DetailMap:
        if self.extent is None and len(self.places) < 1:
            raise ValueError("a detail map needs an extent or the places it frames")
        return self


class Brief(Strict):
    brief: BriefInfo
    sources: list[Source] = []
    facts: list[Fact] = []
    sections: list[Section] = []
    places: list[Place] = []
    figures: list[Figure] = []
    quotes: list[Quote] = []
    timeline: list[TimelineEntry] = []
    series: list[Series] = []
    events: list[Events] = []
    history: list[History] = []
    map: MapSpec = MapSpec()
    maps: list[DetailMap] = []  # detail maps, after the situation map
