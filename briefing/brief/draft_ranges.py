"""Ranges among a sentence's numbers for draft_figures.py: the rules F4 (a range is drafted whole, as low and
high: "1.6 million to 2.5 million people", "some 60 to 70 diplomats", "between 800,000 and 1 million", "ranged from
2.5% to 30%", never as one of its ends; a change, "rose from 200 to 300", is no range) and F40 ("N or M" is a range:
"five or six tanks were on fire")."""

from __future__ import annotations

import re

from briefing.brief.numbers import Mention

# A change from one number to another, which is no range (F4): "rose from 200 to 300".
_CHANGE = re.compile(r"\b(?:rose|risen|rising|increased|increasing|climbed|jumped|grew|fell|dropped|declined|"
                     r"decreased)\s+(?:\w+\s+){0,2}from\s+$")  # but "ranged from 2.5% to 30%" is a range


def ranges(sentence: str, found: list[Mention]) -> set[int]:
    """F4: the numbers that open a range with the one after them, which the draft gives as low and high: "1.6
    million to 2.5 million people", "some 60 to 70 diplomats", "between 1.2 million and 1.9 million", "140-150
    kilometres per hour", and F40 "five or six tanks"; not a change ("rose from 200 to 300")."""
    opening = set()
    for n, (low, high) in enumerate(zip(found, found[1:])):
        between = sentence[low.end:high.start]
        before = sentence[max(0, low.start - 40):low.start]
        joined = re.fullmatch(r"\s?(?:-|–|to)\s?", between) or re.fullmatch(r"\s+or\s+", between) or \
            re.fullmatch(r"\s+and\s+", between) and re.search(r"\bbetween\s+(?:\w+\s+)?$", before, re.IGNORECASE)
        percent = low.percent == high.percent or high.percent and "and" not in between  # "Twenty to 30%" (U24)
        if joined and low.value < high.value and percent and not _CHANGE.search(before):
            opening.add(n)
    return opening
