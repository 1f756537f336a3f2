"""How dates, date-time groups, numbers and counted things are written in a brief, by language (Babel's CLDR data:
every language Babel knows; an unknown one is refused when the brief is checked)."""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_decimal

PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")  # CLDR's plural categories


@functools.cache
def locale(language: str) -> Locale:
    """The Babel locale of a language tag ("en", "fr", "uk", "pt-BR"). Bare English writes dates the British way
    (27 October 2025), as the desk does; "en-US" the American."""
    tag = language.replace("-", "_")
    return Locale.parse("en_GB" if tag.lower() == "en" else tag)


def known_language(language: str) -> bool:
    try:
        locale(language)
    except (UnknownLocaleError, ValueError):
        return False
    return True


def dtg(moment: dt.datetime) -> str:
    """A military date-time group in UTC: 280600Z OCT 25 (the same in every language)."""
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("%d%H%MZ %b %y").upper()


def long_datetime(moment: dt.datetime, language: str = "en") -> str:
    """28 October 2025, 06:00 UTC; the date and the time joined the language's way ("28 أكتوبر 2025، 06:00 UTC").
    In a right-to-left language the time is isolated left to right (U+2066...U+2069), so that "06:00 UTC" keeps
    its order among the Arabic words around it."""
    utc = moment.astimezone(dt.UTC)
    where = locale(language)
    time = f"{utc:%H:%M} UTC"
    if where.character_order == "right-to-left":
        time = f"\u2066{time}\u2069"
    pattern = where.datetime_formats["medium"].replace("'", "")
    return pattern.replace("{1}", format_date(utc.date(), "long", locale=where)).replace("{0}", time)


def when(value: dt.date | str | None, language: str = "en") -> str:
    """A date as "27 October 2025" (by language); the source's own words ("on Sunday") exactly as written."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.tzinfo:
            return long_datetime(value, language)
        return f"{format_date(value.date(), 'long', locale=locale(language))}, {value:%H:%M}"
    if isinstance(value, dt.date):
        return format_date(value, "long", locale=locale(language))
    return value


def number(value: float, language: str = "en") -> str:
    """100000 -> "100,000" in English, "100 000" in French; decimals (up to ten) only where the value has them.
    In English, a value of a million or more with at most three significant digits is written the short way
    ("2.5 million people"): exactly the same number, never a rounded one. Other languages keep the digits, since
    their short forms are nouns a count cannot simply follow (French needs "2,5 millions de personnes")."""
    where = locale(language)
    if where.language == "en" and abs(value) >= 1_000_000 and _significant_digits(value) <= 3:
        return format_compact_decimal(value, format_type="long", locale=where, fraction_digits=2)
    exact = Decimal(f"{value:.10f}").normalize()  # the value as written, without binary noise (0.1 + 0.2 -> 0.3)
    return format_decimal(exact, locale=where, decimal_quantization=False)


def _significant_digits(value: float) -> int:
    if not float(value).is_integer():
        return 99
    digits = str(abs(int(value))).rstrip("0")
    return len(digits)


def counted(value: float, unit: str | Mapping[Any, str], language: str = "en") -> str:
    """The unit as a count of `value` takes it: a table of plural forms ({one = "person", other = "people"}) gives
    the form Babel's plural rule picks for the language; a single word is used for every count, except that
    English singular counts take its singular ("1 person", "1 casualty", "1 tank")."""
    category = locale(language).plural_form(abs(value) if not math.isnan(value) else 0)
    if not isinstance(unit, str):
        return unit.get(category) or unit.get("other") or next(iter(unit.values()), "")
    if category == "one" and locale(language).language == "en":
        return _english_singular(unit)
    return unit


ENGLISH_SINGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child", "personnel": "personnel",
                    "police": "police", "staff": "staff", "aircraft": "aircraft", "artillery": "artillery"}


def _english_singular(unit: str) -> str:
    """The singular of an English count noun, the last word of `unit` ("civilian casualties" -> "civilian
    casualty"); anything that is not a plain word (km², %) as it is."""
    head, _, last = unit.rpartition(" ")
    if not last.isalpha() or not last.islower():
        return unit
    if last in ENGLISH_SINGULAR:
        single = ENGLISH_SINGULAR[last]
    elif last.endswith("ies") and len(last) > 4:
        single = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        single = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        single = last[:-1]
    else:
        single = last
    return f"{head} {single}" if head else single


def amount(value: float | None, low: float | None, high: float | None,
           words: str | None, unit: str | Mapping[Any, str], language: str = "en") -> str:
    """A figure as its source states it: "more than 100,000 troops", "nearly 7 million people", "10–12%", and a
    bound alone as one ("at least 15", "up to 40", or the source's own "more than" or "fewer than")."""
    if value is not None:
        figure, count = number(value, language), value
    elif low is not None and high is not None:
        figure, count = f"{number(low, language)}\u2013{number(high, language)}", high
    elif low is not None:
        figure, count, words = number(low, language), low, words or "at least"
    else:
        assert high is not None  # the schema gives a figure a value, or low and/or high
        figure, count, words = number(high, language), high, words or "up to"
    name = counted(count, unit, language) if unit else ""
    if name:
        figure += name if name in ("%", "\u2030") else f"\u00a0{name}"
    return f"{words} {figure}" if words else figure


# Quotation marks by language (CLDR's delimiters, which Babel does not expose): outer pair, inner pair. French sets
# its guillemets off with a narrow no-break space.
QUOTES = {
    "en": ("\u201c", "\u201d", "\u2018", "\u2019"),
    "fr": ("\u00ab\u202f", "\u202f\u00bb", "\u2039\u202f", "\u202f\u203a"),
    "de": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "uk": ("\u00ab", "\u00bb", "\u201e", "\u201c"),
    "ru": ("\u00ab", "\u00bb", "\u201e", "\u201c"),
    "pl": ("\u201e", "\u201d", "\u00ab", "\u00bb"),
    "es": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "it": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
}
APOSTROPHE = "\u2019"
_OPENS_AFTER = " \t\n([{\u2014\u2013/-"  # a quote mark after one of these (or first) opens


def quote_marks(language: str) -> tuple[str, str, str, str]:
    """(open, close, inner open, inner close) for the language; English's where the table has none."""
    return QUOTES.get(locale(language).language, QUOTES["en"])


def typographic(text: str, language: str = "en") -> str:
    """Straight quotes and apostrophes as a typesetter sets them: Ukraine’s, “the gateway”, « la porte » in French.
    Words are never changed, only the marks. A ' after a letter closes an open inner quotation, else it is an
    apostrophe (Ukraine’s, soldiers’, ’90s)."""
    if "'" not in text and '"' not in text:
        return text
    opening, closing, inner_opening, inner_closing = quote_marks(language)
    out: list[str] = []
    inner_open = False
    for position, character in enumerate(text):
        before = text[position - 1] if position else " "
        opens = before in _OPENS_AFTER
        if character == '"':
            out.append(opening if opens else closing)
        elif character == "'":
            if opens and not text[position + 1:position + 2].isdigit():
                out.append(inner_opening)
                inner_open = True
            elif inner_open and not text[position + 1:position + 2].isalpha():
                out.append(inner_closing)
                inner_open = False
            else:
                out.append(APOSTROPHE)
        else:
            out.append(character)
    return "".join(out)
