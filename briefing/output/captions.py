"""Map captions made from what each frame shows, not from what the brief hopes it shows: the countries whose land
fills the frame (the brief's own countries first), or, in a frame inside one country, the place it is centred on.
A caption that said "Southern Malawi, Mozambique and Madagascar" under 30 km around one city would mislead."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing import formatting
from briefing.messages import ENGLISH
from briefing.places.located import Located
from briefing.places.territories import country_name

SLIVER = 0.04  # a country covering less of the frame than this is only a sliver at its edge: not named
MAX_NAMED_PLACES = 5  # a detail map names its places up to this many, else how many and around which


def frame_caption(shows: dict[str, float], places: Sequence[Located], language: str,
                  members: Sequence[str] = (), words: Any = ENGLISH) -> str:
    """What the frame shows, in words: "Malawi, Mozambique and Madagascar, with parts of Tanzania and Zambia";
    "around Pokrovsk, Ukraine"; for a detail map, its places and country. `shows`: country code -> share of the
    frame's land, largest first (the map's sidecar)."""
    shown = [code for code, share in shows.items() if share >= SLIVER]
    areas = [p.name for p in places if p.kind == "area" and not p.is_country]
    own = list(dict.fromkeys(p.country for p in places if p.is_country and p.country and (
        p.country in shows or not members or p.name in members)))  # the brief's own on this map: named however
    # small, even where no point of the frame's grid fell on it (Sierra Leone on a map that also reaches Washington);
    # the situation map frames them all, a detail map its members
    shown = [code for code in shown if code not in own] + own
    others = [code for code in shown if code not in own]
    if members:
        home = list(dict.fromkeys(p.country for p in places if p.name in members and p.country))
        text = _members(members, language, words)
        if home:
            text = words.gettext("%(places)s in %(countries)s") % {
                "places": text, "countries": _countries(home, language)}
        return _with_parts(text, [code for code in shown if code not in home], language, words)
    if own:  # the countries: the regions the brief names are named on the map, inside them
        return _with_parts(_countries(own, language), others, language, words)
    focus = next((p.name for p in places if p.role == "focus"), None) or \
        next((p.name for p in places if p.kind != "area"), None)
    where = _joined([_listed(areas, language), _countries(shown, language)])
    if focus:
        return (words.gettext("around %(place)s, %(where)s") if where else words.gettext("around %(place)s")) % {
            "place": focus, "where": where}
    return words.gettext("parts of %(where)s") % {"where": where} if len(shown) > 1 else where


def _countries(codes: list[str], language: str) -> str:
    return _listed([country_name(code, language) for code in codes], language)


def _with_parts(text: str, others: list[str], language: str, words: Any) -> str:
    """"Malawi, with part of Mozambique": the countries the frame also shows, after what it is of."""
    if not others:
        return text
    return words.ngettext("%(shown)s, with part of %(countries)s", "%(shown)s, with parts of %(countries)s",
                          len(others)) % {"shown": text, "countries": _countries(others, language)}


def _members(members: Sequence[str], language: str, words: Any) -> str:
    if len(members) <= MAX_NAMED_PLACES:
        return _listed(list(members), language)
    return words.ngettext("%(num)d place around %(place)s", "%(num)d places around %(place)s", len(members)) % {
        "num": len(members), "place": members[0]}


def _joined(parts: list[str]) -> str:
    return ", ".join(part for part in parts if part)


def _listed(names: list[Any], language: str) -> str:
    from babel.lists import format_list

    return format_list(names, locale=formatting.locale(language)) if names else ""
