"""The [[places]] entry the draft proposes for one name (draft_places.py): the place the gazetteer resolves it to
(P2, P3), or one to settle, with the sentence it came from, where several places bear it (P5) or the gazetteer
lacks it (P4), one for a name with a feature's word in lower case and the name alone (P135: "Ambae island", "Ambae"),
named without a volcano's or an island's word in lower case (P137: "the eruption of Anak Krakatau volcano");
and the kind of place each mention of a name means ("the Kharkiv region", "Kharkiv city")."""

from __future__ import annotations

import re
from typing import Any

from briefing.brief import draft_mentions as mentioned
from briefing.brief.draft_mentions import WORD, Mention
from briefing.brief.proposal import Proposal
from briefing.brief.scaffold import AMBIGUOUS_NOTE, UNSETTLED_NOTE
from briefing.brief.words import en_places


def entry(name: str, mention: Mention, source_id: str, resolved: Any | None, candidates: list[Any],
              place_like: bool, kind: str | None = None) -> Proposal | None:
    """The entry for one name (P2-P5), or None when it is no place of the gazetteer and nothing says it is one."""
    shown = name.title() if mention.dateline and name.isupper() else name
    fields: dict[str, Any] = {"name": shown}
    if resolved is not None:
        area = resolved.feature.startswith("A")
        fields |= {"country": resolved.country, **({"kind": "area"} if area else {}),
                   "role": "region" if area else "city", "sources": [source_id]}
        rule = "rule P3: the dateline's place; " if mention.dateline else ""
        return Proposal("places", fields, mention.line, f"{rule}{resolved.name}, {resolved.lat:.3f}, "
                                                        f"{resolved.lon:.3f}", same=("area" if area else "point",
                                                                                     resolved.lat, resolved.lon))
    if not place_like and not mention.dateline:
        return None
    said = f'"{excerpt(mention)}"'
    if candidates:
        listed = "; ".join(f"{c.name} ({c.country}, {c.lat:.2f}, {c.lon:.2f})" for c in candidates[:5])
        fields |= {"role": "site", "note": AMBIGUOUS_NOTE, "sources": [source_id]}
        return Proposal("places", fields, mention.line, f"rule P5: several places bear this name: {listed}; "
                                                        f"from {said}", same=("name", shown.lower()))
    rule = "P3: the dateline's place" if mention.dateline else "P4: a place the gazetteer lacks"
    head, _, tail = shown.rpartition(" ")
    if head and tail in en_places.DESCRIBING_TAILS:  # P137: "the eruption of Anak Krakatau volcano"
        fields |= {"name": head, "aka": [shown]}
    fields |= {**({"kind": "area"} if kind == "area" or area_like(name) else {}), "role": "site",
               "note": UNSETTLED_NOTE,
               "sources": [source_id]}
    return Proposal("places", fields, mention.line, f"rule {rule}; from {said}", same=("name", bare(shown)))


def bare(name: str, features: bool = True) -> str:
    """A name without the kind of area that ends it, for one entry of "Vubwi" and "Vubwi District"; and without a
    feature's word in lower case (P135: "Ambae island" of "Ambae", "the Manaro volcano"), unless `features` is
    False."""
    words = name.split()
    tails = (*en_places.AREA_TAILS, *(tail.lower() for tail in en_places.FEATURE_TAILS if features))
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in tails else words).lower()


def excerpt(mention: Mention, width: int = 160) -> str:
    """The sentence the name came from, or as much of it around the name as fits in `width`."""
    sentence = " ".join(mention.sentence.split()).replace('"', "'")
    if len(sentence) <= width:
        return sentence
    side = (width - len(mention.name)) // 2
    before, after = re.sub(r"\s+", " ", mention.before), re.sub(r"\s+", " ", mention.after)
    return (f"…{before[-side:]}" if len(before) > side else before) + mention.name + \
        (f"{after[:side]}…" if len(after) > side else after)


def by_kind(mentions: list[Mention]) -> dict[tuple[str, str | None], list[Mention]]:
    """The mentions of each name by the kind of place they mean: "area" where the article calls it a region
    ("the Kharkiv region", "the region of Kharkiv", "the Luhansk and Donetsk provinces"), "point" where it calls it
    a city ("Kharkiv city", "the city of Kharkiv"), else None. A bare name is the region where the article calls it
    a region and never a city ("cities in Donetsk", after "Donetsk region"), else what the gazetteer prefers."""
    by_name: dict[tuple[str, str | None], list[Mention]] = {}
    for mention in mentions:
        by_name.setdefault((mention.name, kind_of(mention)), []).append(mention)
    for name, kind in list(by_name):
        if kind is None and (name, "point") not in by_name and (name, "area") in by_name:
            by_name[name, "area"] += by_name.pop((name, None))
    return by_name


def kind_of(mention: Mention) -> str | None:
    regions, towns = "|".join(en_places.REGION_KINDS), "|".join(en_places.TOWN_KINDS)
    name = rf"{WORD}(?:\s{WORD})*"
    if re.match(rf"^(?:(?:,\s{name})*,?\s(?:and|or)\s{name})?\s(?i:{regions})\b", mention.after) or \
            re.search(rf"\b(?:{regions}) of(?: the)?$", mention.before.rstrip(), re.IGNORECASE) or \
            mentioned.GROUPING.match(mention.after):
        return "area"
    if re.match(rf"^\s(?:{towns})\b", mention.after, re.IGNORECASE) or \
            re.search(rf"\b(?:{towns}) of$", mention.before.rstrip(), re.IGNORECASE):
        return "point"
    return None


def area_like(name: str) -> bool:
    words = name.split()
    return mentioned.world_region(name) or (len(words) > 1 and words[-1] in (
        "Ocean", "Sea", "Desert", "Basin", *en_places.AREA_TAILS))
