"""Did-you-mean: the one way a misspelt key, source id, style or place name gets a suggestion."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def close_matches(word: str, choices: Iterable[str], n: int = 1, cutoff: float = 0.5) -> list[str]:
    """The choices closest to `word`, closest first (difflib's ratio, at least `cutoff`)."""
    return difflib.get_close_matches(word, list(choices), n=n, cutoff=cutoff)


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 0.5) -> str:
    """The hint "did you mean 'summary'?" for the closest choice, or ""."""
    close = close_matches(word, choices, cutoff=cutoff)
    return suggestion(close[0]) if close else ""


def suggestion(choice: str) -> str:
    return f"did you mean '{choice}'?"
