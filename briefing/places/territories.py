"""Country names in the reader's language, from CLDR through Babel: one mechanism for the map and its caption."""

from __future__ import annotations

SHORTER = {"en": {"CD": "DR Congo", "CG": "Congo-Brazzaville"}}  # where CLDR's name reads poorly on a map


def country_name(code: str, language: str) -> str:
    from babel import Locale, UnknownLocaleError

    short = SHORTER.get(language.split("_")[0].split("-")[0], {})
    if code in short:
        return short[code]
    try:
        return Locale.parse(language.replace("-", "_")).territories.get(code, code)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en").territories.get(code, code)
