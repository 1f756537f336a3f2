"""The schema's own words as the page prints them, in the brief's language: qualifiers, claim statuses, place roles
and compass points. The brief stores the English value ("about", "estimated", "W"); the page shows the catalog's
word for it. Each is written out here once so that the catalogs can be extracted from it."""

from __future__ import annotations

from typing import Any


def qualifier(value: str, words: Any, meaning: str | None = None) -> str:
    """"about", "some", "at least" ... (model.Qualifier) in the brief's language. A source's own word the list
    does not hold ("over", "almost") is printed as the source gave it where the catalog is English, and as the
    catalog's word for its `meaning` ("more than") in another language."""
    found = {
        "about": words.pgettext("qualifier", "about"),
        "some": words.pgettext("qualifier", "some"),
        "nearly": words.pgettext("qualifier", "nearly"),
        "at least": words.pgettext("qualifier", "at least"),
        "more than": words.pgettext("qualifier", "more than"),
        "up to": words.pgettext("qualifier", "up to"),
        "fewer than": words.pgettext("qualifier", "fewer than"),
    }
    if value in found:
        return found[value]
    if meaning in found and found[meaning] != meaning:  # a catalog in another language
        return found[meaning]
    return value


def status(value: str, words: Any) -> str:
    """A claim status (model.Status) as the table and the charts name it."""
    found = {
        "confirmed": words.pgettext("claim status", "confirmed"),
        "estimated": words.pgettext("claim status", "estimated"),
        "claimed": words.pgettext("claim status", "claimed"),
        "disputed": words.pgettext("claim status", "disputed"),
    }
    return found.get(value, value)


def compass(value: str, words: Any) -> str:
    """A compass point ("W", "NNE") in the letters the language abbreviates them with; degrees as they are."""
    found = {
        "N": words.pgettext("compass point", "N"),
        "NNE": words.pgettext("compass point", "NNE"),
        "NE": words.pgettext("compass point", "NE"),
        "ENE": words.pgettext("compass point", "ENE"),
        "E": words.pgettext("compass point", "E"),
        "ESE": words.pgettext("compass point", "ESE"),
        "SE": words.pgettext("compass point", "SE"),
        "SSE": words.pgettext("compass point", "SSE"),
        "S": words.pgettext("compass point", "S"),
        "SSW": words.pgettext("compass point", "SSW"),
        "SW": words.pgettext("compass point", "SW"),
        "WSW": words.pgettext("compass point", "WSW"),
        "W": words.pgettext("compass point", "W"),
        "WNW": words.pgettext("compass point", "WNW"),
        "NW": words.pgettext("compass point", "NW"),
        "NNW": words.pgettext("compass point", "NNW"),
    }
    return found.get(value, value)


def role(value: str, words: Any) -> str:
    """A place's role on the map (figures.maps.style's symbols) in the places table; a desk's own role as it is."""
    found = {
        "focus": words.pgettext("place role", "focus"),
        "objective": words.pgettext("place role", "objective"),
        "city": words.pgettext("place role", "city"),
        "site": words.pgettext("place role", "site"),
        "town": words.pgettext("place role", "town"),
    }
    return found.get(value, value)
