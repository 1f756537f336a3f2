"""Relative time words ("on Sunday", "yesterday", "last week"): true only as of the brief that wrote them. When
next week's brief is written from this one they silently move by a week, so they are found and listed for review,
never rewritten into a guessed date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from briefing.schema import iter_texts

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PERIOD = r"(?:week|weekend|month|year|night|morning|afternoon|evening)"
RELATIVE = re.compile(
    r"\b(?:(?:on|last|this|next|since|by|until|from)\s+)?(?:" + "|".join(WEEKDAYS) + r")s?\b"
    r"|\b(?:the\s+day\s+before\s+)?yesterday\b|\btoday\b|\btonight\b|\btomorrow\b"
    r"|\b(?:earlier|later)\s+this\s+" + _PERIOD + r"\b"
    r"|\b(?:last|this|next|past)\s+" + _PERIOD + r"\b"
    r"|\b(?:a|one|two|three|several|few)\s+(?:days?|weeks?)\s+ago\b"
    r"|\b(?:since|over|at|during|on|by)\s+the\s+weekend\b|\bovernight\b"
    r"|\b(?:in\s+)?(?:recent|the\s+(?:past|last)(?:\s+(?:few|two|three|several))?)\s+(?:days|weeks|months)\b",
    re.IGNORECASE)
# Words true as of the moment they were written, which name no time a week would shift ("now", "so far"): not
# wrong when carried over (B802), but `briefing next` lists them with the others for the author to review.
PRESENT = re.compile(r"\b(?:now|currently|so\s+far|to\s+date|recently|at\s+present|as\s+yet)\b", re.IGNORECASE)
NOT_PROSE = re.compile(r"(^|\.)(id|url|file|style|previous|figure)$|\.sources\[\d+\]$|^sources\[\d+\]\.accessed$")


def relative_words(text: str, present: bool = False) -> list[str]:
    """The relative time words of a text, each once, as written ("on Sunday", "last week"), in the order written;
    with `present`, the words of the present ("now", "so far") too."""
    patterns = (RELATIVE, PRESENT) if present else (RELATIVE,)
    matches = sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start())
    return list(dict.fromkeys(match.group(0) for match in matches))


def relative_texts(raw: dict[str, Any], present: bool = False) -> Iterator[tuple[str, str, list[str]]]:
    """(key path, text, its relative time words) of every prose string of a parsed brief that has any."""
    for key, text in iter_texts(raw):
        if NOT_PROSE.search(key):
            continue
        found = relative_words(text, present)
        if found:
            yield key, text, found
