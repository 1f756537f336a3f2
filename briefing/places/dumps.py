"""GeoNames dumps as download.geonames.org/export/dump/ serves them: `XX.zip` or `XX.txt` for one country,
`allCountries.zip` for the world. One place a line, 19 tab-separated columns, every feature class (towns and
villages of any size, admin areas, camps, mines, rivers...).

    geonameid name asciiname alternatenames latitude longitude feature_class feature_code country_code cc2
    admin1 admin2 admin3 admin4 population elevation dem timezone modification_date
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from briefing.errors import BriefingError
from briefing.places.geonames import Entry, Row

COLUMNS = 19


def read_dump(path: Path, shown: str) -> Iterator[Row]:
    """The rows of a dump, streamed; BriefingError naming the file and line for anything else."""
    if not path.is_file():
        raise BriefingError(f"{shown}: no such file")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            member = _member(archive, path, shown)
            with archive.open(member) as stream:
                yield from _rows(io.TextIOWrapper(stream, encoding="utf-8"), f"{shown}:{member}")
    else:
        with open(path, encoding="utf-8") as stream:
            yield from _rows(stream, shown)


def _member(archive: zipfile.ZipFile, path: Path, shown: str) -> str:
    """The dump inside a GeoNames zip: XX.txt beside a readme.txt."""
    names = [n for n in archive.namelist() if n.endswith(".txt") and n.lower() != "readme.txt"]
    wanted = f"{path.stem}.txt"
    if wanted in names:
        return wanted
    if len(names) == 1:
        return names[0]
    raise BriefingError(f"{shown}: expected one GeoNames dump (.txt) inside, found {len(names)}")


def _rows(lines: Iterator[str] | io.TextIOBase, shown: str) -> Iterator[Row]:
    number = 0
    try:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield _row(line.rstrip("\r\n").split("\t"), f"{shown}:{number}")
    except UnicodeDecodeError:
        raise BriefingError(f"{shown}:{number + 1}: not UTF-8 text (GeoNames dumps are UTF-8)") from None
    if number == 0:
        raise BriefingError(f"{shown}: empty; expected GeoNames' tab-separated dump format")


def _row(fields: list[str], where: str) -> Row:
    if len(fields) != COLUMNS:
        raise BriefingError(f"{where}: {len(fields)} columns, expected GeoNames' {COLUMNS} tab-separated columns")
    try:
        geonameid, lat, lon = int(fields[0]), float(fields[4]), float(fields[5])
        population = int(fields[14] or 0)
    except ValueError:
        raise BriefingError(f"{where}: geonameid, latitude, longitude and population must be numbers") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise BriefingError(f"{where}: coordinates out of range ({lat}, {lon})")
    name, ascii_name = fields[1].strip(), fields[2].strip()
    others = [n for n in fields[3].split(",") if n.strip()] + ([ascii_name] if ascii_name != name else [])
    if not name:
        raise BriefingError(f"{where}: the place has no name")
    feature = ".".join(part for part in (fields[6], fields[7]) if part)
    return Row(Entry(geonameid, name, fields[8].upper(), fields[10], lat, lon, max(population, 0), feature), others)
