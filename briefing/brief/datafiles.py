"""CSV files a brief points to: dated series, and events in ACLED's export layout."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from dataclasses import dataclass
from pathlib import Path

from briefing.brief import contained
from briefing.config import Limits
from briefing.errors import Problem, ValidationFailed
from briefing.schema import unsafe_character

SERIES_COLUMNS = ("date", "party", "kind", "value", "source")
ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
                 "latitude", "longitude", "fatalities", "source", "notes")


@dataclass(frozen=True)
class Point:
    """One dated value of a series; value is NaN where the file leaves it empty (no data, not zero)."""

    date: dt.date
    party: str
    kind: str
    value: float
    source: str


@dataclass(frozen=True)
class Event:
    date: dt.date
    event_type: str
    sub_event_type: str
    location: str
    lat: float
    lon: float
    fatalities: int
    source: str


# A dated value outside these years is a typing error (0001-01-01) more often than history; charts need a range.
FIRST_YEAR, LAST_YEAR = 1800, 2199
LARGEST_VALUE = 1e15  # larger than any count or amount a brief speaks of: a typing error, or 1e308
LARGEST_TOLL = 10_000_000  # fatalities of one event


def read_series(folder: Path, name: str, shown: str, limits: Limits) -> list[Point]:
    """The points of the series CSV file `name` inside the brief's `folder`; `shown` names it in problems."""
    problems: list[Problem] = []
    points: list[Point] = []
    for line, row in _rows(folder, name, shown, SERIES_COLUMNS, limits):
        date = _date(row["date"], shown, line, "date", problems)
        value = _number(row["value"], shown, line, "value", problems, empty_ok=True,
                        bounds=(-LARGEST_VALUE, LARGEST_VALUE))
        party, kind, source = _texts(row, ("party", "kind", "source"), shown, line, problems)
        if date is not None and value is not None:
            points.append(Point(date, party, kind, value, source))
    if problems:
        raise ValidationFailed(problems)
    return points


def read_events(folder: Path, name: str, shown: str, limits: Limits) -> list[Event]:
    """The events of the ACLED-layout CSV file `name` inside the brief's `folder`."""
    problems: list[Problem] = []
    events: list[Event] = []
    for line, row in _rows(folder, name, shown, ACLED_COLUMNS, limits):
        date = _date(row["event_date"], shown, line, "event_date", problems)
        lat = _number(row["latitude"], shown, line, "latitude", problems, bounds=(-90, 90))
        lon = _number(row["longitude"], shown, line, "longitude", problems, bounds=(-180, 180))
        deaths = _number(row["fatalities"], shown, line, "fatalities", problems, bounds=(0, LARGEST_TOLL),
                         whole=True)
        event_type, sub_event_type, location, source = _texts(
            row, ("event_type", "sub_event_type", "location", "source"), shown, line, problems)
        if date is not None and lat is not None and lon is not None and deaths is not None:
            events.append(Event(date, event_type, sub_event_type, location, lat, lon, int(deaths), source))
    if problems:
        raise ValidationFailed(problems)
    return events


def _rows(folder: Path, name: str, shown: str, required: tuple[str, ...],
          limits: Limits) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs, after checking the header names every required column; at most
    limits.max_rows rows, each field at most limits.max_text_chars characters."""
    try:
        text = contained.read(folder, name, limits.max_file_bytes).decode("utf-8-sig")
    except contained.Refused as refused:
        raise ValidationFailed([Problem("B502", shown, "", str(refused))]) from None
    except UnicodeDecodeError:
        raise ValidationFailed([Problem("B502", shown, "", "is not UTF-8 text")]) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        header = [field.strip() for field in reader.fieldnames or []]
        missing = [column for column in required if column not in header]
        if missing:
            raise ValidationFailed([Problem("B502", shown, "line 1", f"missing column{'s' if len(missing) > 1 else ''} "
                                                             f"{', '.join(missing)} (expected {', '.join(required)})")])
        reader.fieldnames = header
        for row in reader:
            if len(rows) == limits.max_rows:
                raise ValidationFailed([Problem("B502", shown, "", f"has more than {limits.max_rows:,} rows "
                                                                   "(limits.max_rows in config.toml)")])
            rows.append((reader.line_num, {k: (v or "") for k, v in row.items() if k is not None}))
    except csv.Error as exc:  # a field over csv's own limit (131,072 characters), a stray quote
        problem = Problem("B502", shown, f"line {reader.line_num + 1}", f"not readable as CSV ({exc})")
        raise ValidationFailed([problem]) from None
    longest = limits.max_text_chars
    for line, row in rows:
        for column, value in row.items():
            if len(value) > longest:
                raise ValidationFailed([Problem("B502", shown, f"line {line}, {column}",
                                                f"is {len(value):,} characters long; the limit is {longest:,} "
                                                "(limits.max_text_chars in config.toml)")])
    return rows


def _texts(row: dict[str, str], columns: tuple[str, ...], shown: str, line: int,
           problems: list[Problem]) -> list[str]:
    """The stripped text of each column; a control or bidirectional character is a problem (the text is kept,
    so that every problem of the file is found in one pass)."""
    texts = []
    for column in columns:
        text = row[column].strip()
        unsafe = unsafe_character(text, allowed="")
        if unsafe:
            problems.append(Problem("B502", shown, f"line {line}, {column}", unsafe))
        texts.append(text)
    return texts


def _date(text: str, shown: str, line: int, column: str, problems: list[Problem]) -> dt.date | None:
    for layout in ("%Y-%m-%d", "%d %B %Y"):
        try:
            date = dt.datetime.strptime(text.strip(), layout).date()
        except ValueError:
            continue
        if FIRST_YEAR <= date.year <= LAST_YEAR:
            return date
        problems.append(Problem("B502", shown, f"line {line}, {column}",
                                f"{date.isoformat()} is outside the years {FIRST_YEAR}-{LAST_YEAR}"))
        return None
    problems.append(Problem("B502", shown, f"line {line}, {column}", f"{_clip(text)!r} is not a date like 2025-10-27"))
    return None


def _number(text: str, shown: str, line: int, column: str, problems: list[Problem], empty_ok: bool = False,
            bounds: tuple[float, float] = (-math.inf, math.inf), whole: bool = False) -> float | None:
    if empty_ok and not text.strip():
        return math.nan
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        problems.append(Problem("B502", shown, f"line {line}, {column}", f"{_clip(text)!r} is not a number"))
        return None
    if not math.isfinite(value):
        problems.append(Problem("B502", shown, f"line {line}, {column}", f"{_clip(text)!r} is not a finite number"))
        return None
    if not (bounds[0] <= value <= bounds[1]):
        problems.append(Problem("B502", shown, f"line {line}, {column}",
                                f"{value:g} is out of range ({bounds[0]:g} to {bounds[1]:g})"))
        return None
    if whole and not value.is_integer():
        problems.append(Problem("B502", shown, f"line {line}, {column}", f"{value:g} is not a whole number"))
        return None
    return value


def _clip(text: str, length: int = 40) -> str:
    """A value as quoted in a message: a long one is cut, so a message stays one readable line."""
    text = text.strip()
    return text if len(text) <= length else text[:length] + "…"
