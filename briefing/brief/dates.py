"""The dates a source's words give: written out ("11 March 2023", "March 11", "2023-03-11") or relative to the
day the source was published ("on Saturday", "yesterday", "last night", "since the weekend"), each with the words
that give it. A timeline entry's date is verified against these, so that "on Saturday" in a report of Thursday
16 March 2023 supports 11 March 2023, and a date no words of the source give (an "early 2024" written as
17 February 2024) is still flagged. Relative words are read only against a publication date that is a date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from babel.dates import get_month_names

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words of one day, as days before the publication date (a night reaches into the next morning: either day).
DAYS_BEFORE = {"today": (0,), "this morning": (0,), "this afternoon": (0,), "this evening": (0,), "tonight": (0,),
               "yesterday": (1,), "the day before yesterday": (2,), "last night": (1, 0), "overnight": (1, 0)}
WEEKEND = re.compile(r"\b(?:since|over|at|during|on)\s+the\s+weekend\b", re.IGNORECASE)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
RELATIVE = re.compile(r"\b(?:(?:on|last|this|since|by|from|until)\s+)?(" + "|".join(WEEKDAYS) + r")\b"
                      r"|\b(" + "|".join(sorted(DAYS_BEFORE, key=len, reverse=True)) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Stated:
    day: dt.date
    words: str                # as the source writes them
    relative: bool = False    # read against the publication date
    year_known: bool = True   # false: a day and month with neither a year nor a publication date to take it from

    def supports(self, day: dt.date) -> bool:
        return self.day == day if self.year_known else (self.day.month, self.day.day) == (day.month, day.day)


def stated_dates(text: str, published: dt.date | None, language: str = "en") -> list[Stated]:
    """Every date `text` gives, written out or (with `published`) relative to its publication."""
    return [*_written(text, published, language), *(_relative(text, published) if published else [])]


_CASED = {"en": False}  # English writes month names capitalised only; other languages as CLDR gives them


@cache
def _months(language: str) -> dict[str, int]:
    """Month names (wide and abbreviated, lower case) of English and `language` -> month number."""
    names: dict[str, int] = {}
    for locale in dict.fromkeys(("en", language)):
        try:
            for width in ("wide", "abbreviated"):
                for context in ("format", "stand-alone"):
                    for number, name in get_month_names(width, context, locale).items():
                        names[name.lower().rstrip(".")] = number
        except (ValueError, LookupError):
            continue
    return names


@cache
def _explicit(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Day-month and month-day patterns. Month names match as the language writes them or capitalised, never
    in other cases: "may 5" is not the fifth of May."""
    forms = {form for name in _months(language) for form in (name, name.capitalize())
             if _CASED.get(language, True) or form == name.capitalize()}
    month = "|".join(sorted((re.escape(form) for form in forms), key=len, reverse=True))
    day_month = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:of\s+)?({month})\b\.?(?:,?\s+(\d{{4}})\b)?")
    month_day = re.compile(rf"\b({month})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?")
    return day_month, month_day


def _written(text: str, published: dt.date | None, language: str) -> list[Stated]:
    months = _months(language)
    day_month, month_day = _explicit(language)
    found = []
    for match in day_month.finditer(text):
        found += _day(int(match[1]), months[match[2].lower()], match[3], match[0], published)
    for match in month_day.finditer(text):
        found += _day(int(match[2]), months[match[1].lower()], match[3], match[0], published)
    for match in ISO.finditer(text):
        found += _day(int(match[3]), int(match[2]), match[1], match[0], published)
    return found


def _day(day: int, month: int, year: str | None, words: str, published: dt.date | None) -> list[Stated]:
    """The date written; without a year, the publication's (the year before, for a day after it)."""
    if year is not None:
        number, known = int(year), True
    elif published is not None:
        number, known = published.year - ((month, day) > (published.month, published.day)), True
    else:
        number, known = 2000, False  # a leap year, which holds 29 February; only day and month are compared
    try:
        return [Stated(dt.date(number, month, day), words, year_known=known)]
    except ValueError:
        return []


def _relative(text: str, published: dt.date) -> list[Stated]:
    found = []
    for match in RELATIVE.finditer(text):
        if match[1]:
            back = (published.weekday() - WEEKDAYS.index(match[1].lower())) % 7
            found.append(Stated(published - dt.timedelta(days=back), match[0], relative=True))
        else:
            found += [Stated(published - dt.timedelta(days=days), match[0], relative=True)
                      for days in DAYS_BEFORE[match[2].lower()]]
    for match in WEEKEND.finditer(text):
        sunday = published - dt.timedelta(days=(published.weekday() - 6) % 7)
        found += [Stated(sunday - dt.timedelta(days=1), match[0], relative=True),
                  Stated(sunday, match[0], relative=True)]
    return found
