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
    r"|\b(?:a|one|two|three|several|few)\s+(?:days?|weeks?)\s+ago\b",
    re.IGNORECASE)
NOT_PROSE = re.compile(r"(^|\.)(id|url|file|style|previous|figure)$|\.sources\[\d+\]$|^sources\[\d+\]\.accessed$")


def relative_words(text: str) -> list[str]:
    """The relative time words of a text, each once, as written ("on Sunday", "last week")."""
    return list(dict.fromkeys(match.group(0) for match in RELATIVE.finditer(text)))


def relative_texts(raw: dict[str, Any]) -> Iterator[tuple[str, str, list[str]]]:
    """(key path, text, its relative time words) of every prose string of a parsed brief that has any."""
    for key, text in iter_texts(raw):
        if NOT_PROSE.search(key):
            continue
        found = relative_words(text)
        if found:
            yield key, text, found
