"""CSV files a brief points to: dated series, and events in ACLED's export layout."""

from __future__ import annotations

import csv
import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import Problem, ValidationFailed

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


def read_series(path: Path, shown: str) -> list[Point]:
    rows = _rows(path, shown, SERIES_COLUMNS)
    problems: list[Problem] = []
    points: list[Point] = []
    for line, row in rows:
        date = _date(row["date"], shown, line, "date", problems)
        value = _number(row["value"], shown, line, "value", problems, empty_ok=True)
        if date is not None and value is not None:
            points.append(Point(date, row["party"].strip(), row["kind"].strip(), value, row["source"].strip()))
    if problems:
        raise ValidationFailed(problems)
    return points


def read_events(path: Path, shown: str) -> list[Event]:
    rows = _rows(path, shown, ACLED_COLUMNS)
    problems: list[Problem] = []
    events: list[Event] = []
    for line, row in rows:
        date = _date(row["event_date"], shown, line, "event_date", problems)
        lat = _number(row["latitude"], shown, line, "latitude", problems, bounds=(-90, 90))
        lon = _number(row["longitude"], shown, line, "longitude", problems, bounds=(-180, 180))
        deaths = _number(row["fatalities"], shown, line, "fatalities", problems, bounds=(0, math.inf))
        if date is not None and lat is not None and lon is not None and deaths is not None:
            events.append(Event(date, row["event_type"].strip(), row["sub_event_type"].strip(),
                                row["location"].strip(), lat, lon, int(deaths), row["source"].strip()))
    if problems:
        raise ValidationFailed(problems)
    return events


def _rows(path: Path, shown: str, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs, after checking the header names every required column."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (UnicodeDecodeError, OSError) as exc:
        reason = "is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else f"cannot be read ({exc.strerror})"
        raise ValidationFailed([Problem("B502", shown, "", reason)]) from None
    reader = csv.DictReader(text.splitlines())
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [column for column in required if column not in header]
    if missing:
        raise ValidationFailed([Problem("B502", shown, "line 1", f"missing column{'s' if len(missing) > 1 else ''} "
                                                         f"{', '.join(missing)} (expected {', '.join(required)})")])
    reader.fieldnames = header
    return [(reader.line_num, {k: (v or "") for k, v in row.items() if k is not None}) for row in reader]


def _date(text: str, shown: str, line: int, column: str, problems: list[Problem]) -> dt.date | None:
    for layout in ("%Y-%m-%d", "%d %B %Y"):
        try:
            return dt.datetime.strptime(text.strip(), layout).date()
        except ValueError:
            continue
    problems.append(Problem("B502", shown, f"line {line}, {column}", f"{text!r} is not a date like 2025-10-27"))
    return None


def _number(text: str, shown: str, line: int, column: str, problems: list[Problem],
            empty_ok: bool = False, bounds: tuple[float, float] = (-math.inf, math.inf)) -> float | None:
    if empty_ok and not text.strip():
        return math.nan
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        problems.append(Problem("B502", shown, f"line {line}, {column}", f"{text!r} is not a number"))
        return None
    if not (bounds[0] <= value <= bounds[1]) or math.isnan(value):
        problems.append(Problem("B502", shown, f"line {line}, {column}", f"{value:g} is out of range"))
        return None
    return value
