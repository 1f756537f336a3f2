"""Titles in an article's names, for `briefing draft` (draft_people.py, draft_speakers.py, draft_claims.py): a title
split off a name ("Prime Minister Garry Conille"), a title's complement before a name ("High Commissioner for
Refugees Antonio Guterres"), and the honorifics ("Mr", "Dr") that are no part of one. The words are in words/en.py."""

from __future__ import annotations

import re

from briefing.brief.words import en

UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"  # "A", "Ö", "Ş", "İ"
TITLES = sorted(en.TITLES, key=len, reverse=True)
# (a title of two words may be written with a hyphen: "Indonesian Vice-President Jusuf Kalla")
_TITLE = re.compile(r"^(?:(?:[A-Z][\w'’.-]*|the|of|and|for)\s+)*(?:" +
                    "|".join(re.escape(title).replace(r"\ ", "[ -]") for title in TITLES) + r")\.?\s+",
                    re.IGNORECASE)
HONORIFIC = re.compile(r"^(?:" + "|".join(map(re.escape, en.HONORIFICS)) + r")\s+")
TITLE_WORDS = {word.lower() for title in en.TITLES for word in title.split()} | {"high", "deputy", "special"}
# P6: a title that is also part of a name, after a given name: "Amina Sheikh Mohamed" (not "Qatar's Sheikh Tamim").
_IN_NAME = re.compile(rf"{UPPER}[a-z]+ (?:{'|'.join(en.TITLES_IN_NAMES)})")
# (P11: a complement may go on in a list before the name: "Minister for Relief and [Resettlement Maung Maung Swe]",
# "Union Minister for Social Welfare, Relief and Resettlement")
COMPLEMENT = re.compile(r"(?:[A-Z][\w'.-]* )*(?:" + "|".join(map(re.escape, TITLES)) + r") (?:for|of|to) (?:the )?"
                        r"(?-i:(?:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*, )*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)* and )?$",
                        re.IGNORECASE)


def split_title(name: str) -> tuple[str, str]:
    """("Volodymyr Zelenskiy", "President") from "President Volodymyr Zelenskiy", ("Dickon Mitchell", "Grenada
    Prime Minister") from "Grenada Prime Minister Dickon Mitchell", ("Antonio Guterres", "High Commissioner for
    Refugees") from "High Commissioner for Refugees Antonio Guterres" (a title's complement is all but the last
    two words); a name without a title as it is."""
    found = _TITLE.match(name)
    if found and _IN_NAME.fullmatch(name[:found.end()].strip()) and \
            name.split()[0].lower() not in TITLE_WORDS:  # P6: "Amina Sheikh Mohamed" is one name
        return name, ""
    if found and len(name[found.end():].split()) >= 1 and not HONORIFIC.match(name):
        rest = name[found.end():]
        if rest[:1].isupper():
            return rest, name[:found.end()].strip()
        words = rest.split()
        if words[0] in ("for", "of", "to") and len(words) >= 4 and all(w[:1].isupper() for w in words[-2:]):
            return " ".join(words[-2:]), f"{name[:found.end()]}{' '.join(words[:-2])}".strip()
    return name, ""


def is_complement(before: str) -> bool:
    """Whether the text before a name ends with a title and "for", "of" or "to": the name's first word is the
    title's complement ("director for [Somalia Burk Oberle]", "High Commissioner for [Refugees Antonio Guterres]")."""
    return COMPLEMENT.search(before[-40:]) is not None
