"""Whether two figures are claimed by the same party, however the sources write its name: the one comparison
`briefing draft` merges figures by and the brief's figures table counts claimants by."""

from __future__ import annotations

import re
import unicodedata

_SMALL_WORDS = {"of", "for", "and", "on", "the", "in", "to"}


def claimant_key(name: str) -> str:
    """The same for the same claimant: case, spacing and a leading "the" aside, and an acronym the initials of
    the name's capitalised words ("UN", "U.N." and "the United Nations" are all "UN")."""
    name = re.sub(r"^the\s+", "", " ".join(unicodedata.normalize("NFKC", name).split()), flags=re.IGNORECASE)
    words = name.split()
    if len(words) == 1 and re.fullmatch(r"(?:[A-Z]\.?){2,}", words[0]):
        return words[0].replace(".", "")
    capitalised = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(capitalised) >= 2 and all(w[:1].isupper() for w in capitalised):
        return "".join(w[0] for w in capitalised)
    return name.casefold()
