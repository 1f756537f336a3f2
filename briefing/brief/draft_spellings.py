"""How an article writes the names of its places, for the draft's places (draft_places.py): a name the gazetteer
lacks that is a known place spelled another way ("Palma District" of "Palma", "Cabo Delagado" of "Cabo Delgado",
rule P4; P130: only a letter or two apart for the word's length, "Gedeo" is no Gedeb), two names run together where a
comma is missing, a country's name or part of it with a compass word ("North Mozambique", "St. Vincent" of "St.
Vincent and the Grenadines"), a place's part with a compass word (P134: "East Ambae"), a name with a feature's word
in lower case that the article also writes alone (P135: "Ambae island", "the Jaffna peninsula"), two countries'
names joined by a hyphen (P141: "the Chad-Sudan border", no third place)."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from typing import Any

from briefing.brief.draft_entries import bare
from briefing.brief.draft_where import Lookup
from briefing.brief.proposal import Proposal
from briefing.brief.words import en_places


def spelled_as_known(chosen: dict[Any, Proposal]) -> dict[Any, Proposal]:
    """A name the gazetteer lacks that is a place the gazetteer knows, written another way by the article: with a
    kind after it ("Palma District" of "Palma") or a letter or two apart ("Cabo Delagado" of "Cabo Delgado"). It
    becomes one of the known place's names."""
    for key, proposal in list(chosen.items()):
        if key[0] != "name":
            continue
        name = proposal.fields["name"]
        plain = bare(name, features=name.endswith(_LAND_TAILS))  # P135: "the Jaffna peninsula" of Jaffna
        for other in [p for same, p in chosen.items() if same[0] != "name"]:
            words = other.fields["name"].lower().split()
            if plain.split() == words or variant_of(replace(proposal, same=("name", plain)),
                                                    {("name", " ".join(words)): other}):
                other.fields.setdefault("aka", []).append(proposal.fields["name"])
                del chosen[key]
                break
    return chosen


# Lower-case words after a name for the land its place stands on, which the place's name then names (P135): "Sri
# Lankan troops ... in their offensive on the northern Jaffna peninsula", where the article also names Jaffna.
_LAND_TAILS = (" island", " islands", " peninsula")


def run_together(name: str, names: set[str], lookup: Lookup, country: str | None) -> bool:
    """Two names the article also writes apart, run together where a colon or a comma is missing ("four villages
    north of Gori Karaleti, Tkiavi, Kitsnisi and Dzevera"), and no place of the gazetteer bears the whole."""
    words = name.split()
    return any(" ".join(words[:i]) in names and " ".join(words[i:]) in names for i in range(1, len(words))) and \
        lookup(name, country, None, None)[0] is None


def part_of_country(name: str, named: set[str], lookup: Lookup) -> bool:
    """A country the article names, with a compass word before it, which no place of the gazetteer bears ("in Cabo
    Delagado province of North Mozambique", "in Southwest Cameroon"; not "Northern Ireland")."""
    first, *rest = name.split(" ", 1)
    return first in _COMPASS and bool(rest) and rest[0] in named and \
        lookup(name, None, None, None)[0] is None


def compass_part_of(name: str) -> str:
    """P134: the place whose part a name gives with a point of the compass before it ("the safe zones on East Ambae":
    Ambae, a place of the article), else ""."""
    first, _, rest = name.partition(" ")
    return rest if first in en_places.COMPASS_NAMES and rest[:1].isupper() else ""


def countries_joined(name: str, country_names: Any) -> bool:
    """P141: two countries' names joined by a hyphen or a dash ("from the Chad-Sudan border"), which P1b reads as
    both countries, no third place."""
    parts = re.split(r"[-–]", name)
    return len(parts) > 1 and all(part in country_names for part in parts)


_COMPASS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northeast",
            "Northwest", "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West")


def in_country_name(name: str, named: set[str]) -> bool:
    """Part of a country's name the article uses ("St. Vincent" of "St. Vincent and the Grenadines")."""
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", country) for country in named)


def variant_of(proposal: Proposal, chosen: dict[Any, Proposal]) -> Any | None:
    """The key of a place the gazetteer lacks that the article spells another way ("Petit Martinique" and
    "Petite Martinique"): as many words, each the same but for a letter or two (P130: as much alike as "Petit" and
    "Petite", "Delagado" and "Delgado"; "Gedeo" is not Gedeb, nor "Kera" Kercha: a zone, a woreda and a camp)."""
    key: Any = proposal.same
    if key[0] != "name":
        return None
    words = key[1].split()
    for same in chosen:
        other = same[1].split() if same[0] == "name" else []
        if len(other) == len(words) and same != key and all(
                a[:3] == b[:3] and difflib.SequenceMatcher(None, a, b).ratio() >= SAME_SPELLING
                for a, b in zip(words, other)):
            return same
    return None


SAME_SPELLING = 0.85  # two words this alike are one name spelled two ways (P130): "Petit"/"Petite" 0.91, "Gedeo"/
# "Gedeb" and "Kera"/"Kercha" 0.8
