"""What the words right beside a name say of it, for the draft's places (draft_places.py), beyond draft_cues.py's
words of place: a name ending in "an" after a preposition is a place where no noun in lower case ends its list, no
adjective of nationality (P133: "In Pesawaran and Tanggamus, at least two people died"; not "in Ethiopian and Sudanese
camps"); a name right after a kind of place is that place, though a speech verb follows it and the draft takes it for a
speaker (P136: "The state radio station operating out of the country's capital Naypyitaw said"); a name after "with"
that the article does not say is a place and that only a small town bears is no place (P138: "ranch homes in south
Kendall with Mercedes in the driveway"); a town before a comma and a region is that region's (P139: "the Boulder,
Colorado-based US Geological Survey"); a person's surname is no small town (P142: "Elda Arboleda ... Arboleda's
humble world"); a name in capitals before a comma and a word in lower case is no dateline
(P140: "UNHCR, together with other UN agencies, is preparing"); and the one country the article puts a place in,
right after it or as a possessive before it (P7: "the village of Bole in Southwest Cameroon")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from briefing.brief.draft_mentions import WORD, Mention
from briefing.brief.draft_where import Lookup, km
from briefing.brief.words import en_places


def listed_after_preposition(mention: Mention) -> bool:
    """P133: a name ending in "an" after a preposition of place, which an adjective of nationality may end in ("in
    Sudanese camps", "the Himalayan nation"), is a place where it ends a list of names, or begins one, that no noun in
    lower case follows: "In Pesawaran and Tanggamus, at least two people died" (not "in Ethiopian and Sudanese
    camps")."""
    before = re.sub(r"\s(?:the|northern|southern|eastern|western|central)$", "", mention.before.rstrip(),
                    flags=re.IGNORECASE).split()
    return mention.name.endswith("an") and bool(before) and before[-1].lower() in en_places.PREPOSITIONS and \
        _LIST_ENDS.match(mention.after) is not None


_LIST_ENDS = re.compile(rf"^(?:(?:,\s{WORD}(?:\s{WORD})*)*,?\s(?:and|or)\s{WORD}(?:\s{WORD})*)?(?:[,.;:!?]|$)")


def after_a_kind(mention: Mention) -> bool:
    """P136: a name right after a kind of place in lower case ("out of the country's capital Naypyitaw said", "the
    border town Adre"), which names the place, whatever verb follows."""
    return _KIND_BEFORE.search(mention.before) is not None


_KIND_BEFORE = re.compile(rf"\b(?:{'|'.join(en_places.NAMING_KINDS)}) $")


def after_with(mention: Mention) -> bool:
    """P138: a name right after "with", which gives what someone or something has or goes with ("the spanking new
    ranch homes in south Kendall with Mercedes in the driveway"), not where it is."""
    return re.search(r"\bwith $", mention.before) is not None


def in_region_after(mentions: list[Mention], lookup: Lookup, resolved: Any | None) -> Any | None:
    """P139: a town written before a comma and a first-level region of a country ("the Boulder, Colorado-based US
    Geological Survey", "HONOLULU, Hawaii"), where the gazetteer has it near that region, is that region's town, in
    a country the article need not name otherwise; None where the article does not write it so, or the town is
    found there already."""
    for mention in mentions:
        after = _REGION_AFTER.match(mention.after)
        region = lookup(after["region"], None, None, "area")[0] if after else None
        if region is None or region.feature != "A.ADM1" or (resolved is not None and
                                                              resolved.country == region.country):
            continue
        town, _ = lookup(mention.name, region.country, (region.lat, region.lon), "point")
        if town is not None and km((town.lat, town.lon), (region.lat, region.lon)) <= REGION_KM:
            return town
    return None


REGION_KM = 800.0  # a town this far from its region's point is not the region's (P139)
_REGION_AFTER = re.compile(r"^, (?P<region>[A-Z][\w'’.]+(?: [A-Z][\w'’.]+)?)(?=-based\b|[,.;:)]| [a-z(]|$)")


def subject_for_dateline(mention: Mention, lookup: Lookup, country: str | None) -> bool:
    """P140: a name in capitals opening a paragraph before a comma and a word in lower case, which the gazetteer
    lacks, is the sentence's subject, an organisation's acronym, no dateline ("UNHCR, together with other UN agencies,
    is preparing an assessment mission"): a dateline's place is followed by its country, a date or a dash."""
    return mention.dateline and re.match(r"^, [a-z]", mention.after) is not None and \
        lookup(mention.name, country, None, None)[0] is None


def surname_of(name: str, people: frozenset[str], text: str) -> bool:
    """P142: a single word the article writes after the given name of a person it names ("Elda Arboleda was poor but
    still proud ... Arboleda's humble world came to an end", where "Elda's son Elkin" makes Elda a person) is that
    person's surname, no town, where the article does not say it is a place."""
    return " " not in name and any(" " not in person and re.search(
        rf"(?<![\w'’-]){re.escape(person)} {re.escape(name)}(?![\w-])", text) for person in people)


def country_after(mentions: list[Mention], country_names: Mapping[str, frozenset[str]]) -> str | None:
    """The one country the article puts a place in, right after its name ("the village of Bole in Southwest
    Cameroon", "Menka, Cameroon") or as a possessive before it ("Cameroon's Northwest Region"), or None."""
    codes: set[str] = set()
    for mention in mentions:
        after = _IN_COUNTRY.match(mention.after)
        words = after["name"].split() if after else []
        named = next((country_names[" ".join(words[:n])] for n in range(len(words), 0, -1)
                      if " ".join(words[:n]) in country_names), frozenset())
        before = _COUNTRYS.search(mention.before)  # "in Cameroon's Northwest Region"
        named = named or (country_names.get(before["name"], frozenset()) if before else frozenset())
        codes |= named if len(named) == 1 else set()
    return next(iter(codes)) if len(codes) == 1 else None


# A country's name as a possessive right before a place's: "Cameroon's Northwest Region".
_COUNTRYS = re.compile(r"(?:^|[^\w'’-])(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})['’]s\s*$")
# A country's name right after a place's, perhaps after a compass word: ", Cameroon", " in Southwest Cameroon".
_IN_COUNTRY = re.compile(r"(?:,| in) (?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)[\w-]* )?"
                         r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")
