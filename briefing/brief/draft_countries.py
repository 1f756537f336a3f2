"""Rule P1 of the draft's places (draft_places.py): the countries an article names, by any name the gazetteer
gives them ("DR Congo", "Britain", "Czechia"), standing on their own somewhere (not only in "Malawi Red Cross"),
each as an area; two countries joined by a hyphen are both named ("the Tadzhikistan-Afghanistan frontier"), and a
country's name in a list of regions ending in their plural kind is no country ("Kwara, Niger, Sokoto and Taraba
States": Niger State), nor one before a region's singular kind ("Government Science college, Kagara, Niger state",
P60). A country's name before its embassy's word names no place of it ("according to local media reports and U.S.
Embassy officials": the embassy stands in Colombia, P66), and one an envoy is posted to stands alone before the
envoy's name ("U.S. Ambassador to Mexico John Gavin", P68). A country named in capitals in a dateline is named
("BOGOTA, COLOMBIA — As many as ...", P1e), and one that ends a line stands on its own there: the next line's first
word is not beside it ("Over 7,000 Refugees Return to Kyrgyzstan", a headline, P1f); not after a time of day ("15:20
UK", a time zone), nor in brackets between an outlet's name and its date ("The Guardian (UK), March 16, 2001",
P103)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefing.brief import draft_mentions as mentioned
from briefing.brief.archive import Archive
from briefing.brief.proposal import Proposal
from briefing.brief.scaffold import AMBIGUOUS_NOTE
from briefing.brief.words import en, en_places


def countries(archive: Archive, source_id: str, country_names: Mapping[str, frozenset[str]]) -> list[Proposal]:
    """Rule P1: the countries the article names, by any name of the gazetteer's, standing on their own somewhere
    (not only in "Malawi Red Cross"), as countries, never as a town of the same name ("Sudan" is not Sedan in
    France); each once, with the other names it goes by. A name two countries bear ("Congo") is the one the
    article names otherwise, else an entry to settle."""
    found: dict[str, Proposal] = {}
    shared: list[tuple[str, frozenset[str], int]] = []
    paragraphs = [_pairs_apart(_states_listed(_dateline_titled(p), country_names), country_names)
                  for p in archive.paragraphs]
    text = "\n".join(paragraphs)
    for name, codes in country_names.items():  # longest first: "DR Congo" is read before "Congo"
        pattern = rf"(?<![\w.-]){re.escape(name)}(?![\w$-])"  # not "US$25 million", a currency
        if not re.search(pattern, text) or not _standalone(name, text):
            continue
        text = re.sub(pattern, lambda m: "#" * len(m[0]), text)  # not read again as a shorter name
        line = next(line for line, paragraph in zip(archive.lines, paragraphs) if re.search(pattern, paragraph))
        if len(codes) > 1:
            shared.append((name, codes, line))
            continue
        [code] = codes
        if code in found:
            found[code].fields.setdefault("aka", []).append(name)
            continue
        found[code] = Proposal("places", {"name": name, "country": code, "kind": "area", "role": "country",
                                          "sources": [source_id]}, line,
                               "rule P1: a country, drawn as an area; leave it out of [[places]] if the map "
                               "does not need it", same=("country", code))
    for name, codes, line in shared:
        mine = [code for code in sorted(codes) if code in found]
        if len(mine) == 1:
            found[mine[0]].fields.setdefault("aka", []).append(name)
        else:
            found[name] = Proposal("places", {"name": name, "kind": "area", "role": "country",
                                              "note": AMBIGUOUS_NOTE, "sources": [source_id]}, line,
                                   f"rule P1: a country's name that {' and '.join(sorted(codes))} both bear: give "
                                   "its country", same=("name", name.lower()))
    return list(found.values())


_STATE_WORDS = set(en_places.STATE_BODIES)
_PAIR = re.compile(r"(?<![\w-])([A-Z][\w'’.]+)-([A-Z][\w'’.]+)(?![\w-])")
_PLURAL_REGIONS = "|".join(kind for kind in en_places.REGION_KINDS if kind.endswith("s"))
_LIST_OF_REGIONS = re.compile(rf"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, )+(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,? "
                              rf"(?:and|or) )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?i:{_PLURAL_REGIONS})\b")


def _pairs_apart(text: str, country_names: Mapping[str, frozenset[str]]) -> str:
    """Two countries' names joined by a hyphen, written apart: "the former Tadzhikistan-Afghanistan frontier" names
    both (P1b; not "Guinea-Bissau", one country's name, nor "US-brokered")."""
    return _PAIR.sub(lambda m: f"{m[1]}/{m[2]}" if m[1] in country_names and m[2] in country_names and
                     m[0] not in country_names else m[0], text)


def _states_listed(text: str, country_names: Mapping[str, frozenset[str]]) -> str:
    """A country's name in a list of regions that ends in their plural kind, hidden: "in Adamawa, Bauchi, ...,
    Kwara, Niger, Sokoto and Taraba States" names Niger State, not Niger (P1c); and one right before a region's
    singular kind: "Kagara, Niger state" (P60)."""
    text = _LIST_OF_REGIONS.sub(lambda m: re.sub(r"[\w'’.-]+", lambda w: "#" * len(w[0]) if w[0] in country_names
                                                 else w[0], m[0]), text)
    return _BEFORE_REGION_KIND.sub(lambda m: "#" * len(m[1]) + m[2] if m[1] in country_names else m[0], text)


_BEFORE_REGION_KIND = re.compile(rf"(?<![\w'’.-])([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)( (?:"
                                 rf"{'|'.join(en_places.REGION_SINGULAR)})(?=[.,;:!?)]|$| (?:"
                                 rf"{'|'.join(en_places.REGION_FOLLOWERS)})\b))")


# A name in brackets after an outlet's capitalised name, then its date: "The Guardian (UK), March 16, 2001" (P103).
_OUTLET_BEFORE = re.compile(r"[A-Z][\w'’.-]*[^\S\n]\($")
_MONTHS = "|".join((*mentioned.CALENDAR, *en_places.MONTHS_SHORT))
_DATE_AFTER = re.compile(rf"\)[,\s]*(?:(?:{_MONTHS})\.? \d{{1,2}}|\d{{1,2}} (?:{_MONTHS})\b)")
_POSTED_TO = re.compile(rf"\b(?:{'|'.join(en_places.POSTED)}) to (?:the )?$")
_EMBASSY = re.compile(rf"[^\S\n](?:{'|'.join(en_places.EMBASSIES)})\b")
# A dateline in capitals, before a dash or an agency's name in brackets: "BOGOTA, COLOMBIA — As many as ..." (P1e).
_DATELINE = re.compile(r"^(?:[A-Z][A-Z'’.-]+,? )*[A-Z][A-Z'’.-]+(?= [—–-] | \()")


def _dateline_titled(paragraph: str) -> str:
    """A paragraph's dateline in capitals written in title case, so that the country it names is read as the body's
    names are (P1e: "BOGOTA, COLOMBIA — As many as 25,000 people": Colombia). The length is kept: lines hold."""
    return _DATELINE.sub(lambda m: m[0].title(), paragraph)


def _standalone(name: str, text: str) -> bool:
    """Whether `name` stands somewhere without a capitalised word right beside it (a sentence's first word, "In
    Syria's", aside), or before the name of one of its state's bodies ("the U.S. State Department"; not in "the
    Bangladesh Nationalist Party" or "Malawi Red Cross", which are named after it)."""
    def alone(found: re.Match) -> bool:
        before = re.search(r"([A-Z][\w'’-]*)[^\S\n]$", text[max(0, found.start() - 30):found.start()])
        after = re.match(r"(?:[^\S\n][A-Z][\w'’.-]*)+", text[found.end():found.end() + 60])  # P1f: a line's end
        body = after is not None and bool(set(after[0].split()) & _STATE_WORDS)  # "the U.S. State Department"
        of_body = re.search(r"([A-Z][\w'’-]*) (?:of|for) (?:the )?$", text[max(0, found.start() - 30):found.start()])
        if of_body and of_body[1] in mentioned.BODY_WORDS:
            return False  # "News Agency of Nigeria": a body's name
        if re.search(r"\b\d{1,2}[:.]\d{2} $", text[max(0, found.start() - 8):found.start()]):
            return False  # "Published at 14:20 GMT 15:20 UK": a time zone
        if _OUTLET_BEFORE.search(text[max(0, found.start() - 60):found.start()]) and \
                _DATE_AFTER.match(text, found.end()):
            return False  # P103: "The Guardian (UK), March 16, 2001": the outlet's country, no place of the article
        if _EMBASSY.match(text, found.end()):
            return False  # P66: "U.S. Embassy officials", an embassy abroad: no place of the United States
        if _POSTED_TO.search(text[max(0, found.start() - 30):found.start()]):
            return True  # P68: "U.S. Ambassador to Mexico John Gavin": the country an envoy is posted to
        return (before is None or before[1] in en.SENTENCE_WORDS) and (after is None or body)
    return any(alone(found) for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w$])", text))  # "US-brokered"
