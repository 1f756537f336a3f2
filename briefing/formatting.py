"""How dates, date-time groups and numbers are written in a brief."""

from __future__ import annotations

import datetime as dt
from typing import cast

# (thousands separator, decimal mark) by language; others fall back to English.
_NUMBER_MARKS = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u202f", ","),
    "uk": ("\u00a0", ","),
    "ru": ("\u00a0", ","),
    "pl": ("\u00a0", ","),
}


def dtg(moment: dt.datetime) -> str:
    """A military date-time group in UTC: 280600Z OCT 25."""
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("%d%H%MZ %b %y").upper()


def long_datetime(moment: dt.datetime) -> str:
    """28 October 2025, 06:00 UTC."""
    utc = moment.astimezone(dt.UTC)
    return f"{utc.day} {utc:%B %Y, %H:%M} UTC"


def when(value: dt.date | str | None) -> str:
    """A date as "27 October 2025"; the source's own words ("on Sunday") exactly as written."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return long_datetime(value) if value.tzinfo else f"{value.day} {value:%B %Y, %H:%M}"
    if isinstance(value, dt.date):
        return f"{value.day} {value:%B %Y}"
    return value


def number(value: float, language: str = "en") -> str:
    """100000 -> "100,000" in English; decimals kept only where the value has them."""
    thousands, decimal = _NUMBER_MARKS.get(language.split("-")[0].lower(), _NUMBER_MARKS["en"])
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.10f}".rstrip("0")
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def amount(value: float | None, low: float | None, high: float | None,
           words: str | None, unit: str, language: str = "en") -> str:
    """A figure as its source states it: "more than 100,000 troops", "nearly 7,000,000 people", "10–12%", and a
    bound alone as one ("at least 15", "up to 40", or the source's own "more than" or "fewer than")."""
    if value is not None:
        figure = number(value, language)
    elif low is not None and high is not None:
        figure = f"{number(low, language)}\u2013{number(high, language)}"
    elif low is not None:
        figure, words = number(low, language), words or "at least"
    else:
        figure, words = number(cast(float, high), language), words or "up to"
    if unit:
        figure += unit if unit in ("%", "\u2030") else f"\u00a0{unit}"
    return f"{words} {figure}" if words else figure
