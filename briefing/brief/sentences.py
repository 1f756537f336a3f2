"""Sentences of prose, for the rules that read a brief's words and the search in its sources: a sentence ends at
a stop (., ! or ?, perhaps with a closing quotation mark) followed by space and a capital, a digit or an opening
quotation mark, or at a blank line; never at the stop of an abbreviation ("U.S.", "Gen.", "e.g.")."""

from __future__ import annotations

import re

# Words written with a stop that rarely end a sentence (lower case, without their final stop).
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "brig",
    "cmdr", "gov", "sen", "rep", "pres", "st", "mt", "ft", "vs", "approx", "est", "fig", "e.g", "i.e",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(A-Z0-9])|\n[ \t]*\n\s*")
_WORD_BEFORE_STOP = re.compile(r"(\S+)\.[\"”’']?$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")  # "U.S" of "U.S.", "e.g" of "e.g.", "J" of "J. Smith"


def boundaries(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the space between each two sentences of `text`."""
    found = []
    for match in _BOUNDARY.finditer(text):
        before = _WORD_BEFORE_STOP.search(text, 0, match.start()) if "\n" not in match[0] else None
        if before and (_INITIALS.fullmatch(before[1]) or before[1].lower() in ABBREVIATIONS):
            continue
        start = match.start() + (1 if match[0][:1] in "\"”’'" else 0)  # a closing quotation mark stays
        found.append((start, match.end()))
    return found


def split(text: str) -> list[str]:
    """The sentences of `text`, without the space between them; none empty."""
    parts, start = [], 0
    for end, following in boundaries(text):
        parts.append(text[start:end])
        start = following
    parts.append(text[start:])
    return [part for part in parts if part.strip()]


_CLAUSE_MARKS = (", ", "; ", " - ", " -- ", " — ")


def clause_around(sentence: str, start: int, end: int) -> str:
    """The clause of `sentence` around its words from `start` to `end` (a figure's number), capitalised: the first
    label of a drafted figure, for the author to edit. A clause begins after a comma, a semicolon or a dash, or an
    opening bracket still open there: not inside "The World Health Organization (WHO) says" (no label "WHO) says",
    F60), and after a dateline's "(CNN) --"; it ends at the next such mark, a closing quote mark or the stop."""
    opened = [i for i, ch in enumerate(sentence[:start]) if ch == "(" and ")" not in sentence[i:start]]
    first = max([*(sentence.rfind(mark, 0, start) for mark in _CLAUSE_MARKS), *opened], default=-1)
    ends = [i for i in (sentence.find(mark, end) for mark in (*_CLAUSE_MARKS, " (", ',"', ",”")) if i != -1]
    stop = re.compile(r"\.(?!\d)").search(sentence, end)  # not the point of "2.5 million"
    ends += [stop.start()] if stop else []
    clause = sentence[first + 1 if first != -1 else 0:min(ends) if ends else len(sentence)].strip(" ,;-—(\"“”")
    return clause[:1].upper() + clause[1:]
