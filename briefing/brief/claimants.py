"""Whether two figures are claimed by the same party, however the sources write its name: the one comparison
`briefing draft` merges figures by and the brief's figures table counts claimants by. Names are matched as
`verify` matches a speaker's: through the alias table (aliases.py: the shipped table, a desk's aliases.toml, an
article's own "Full Name (ACRONYM)"), then by an acronym's initials."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from briefing.brief.aliases import Aliases, key, shipped

_SMALL_WORDS = {"of", "for", "and", "on", "the", "in", "to"}
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,}")


def claimant_keys(names: Iterable[str], aliases: Aliases | None = None) -> dict[str, str]:
    """A key for each claimant name, the same for the names of one claimant: case, spacing and a leading "the"
    aside; names of one body in `aliases` (default: the shipped table: "OCHA" and "UN Office for the
    Coordination of Humanitarian Affairs"); an acronym ("UN", "U.N.") has the key of the one name among them whose
    capitalised words it is the initials of ("the United Nations"). Two full names are never one claimant by their
    initials alone ("Malawi Red Cross" and "Malawi Red Crescent"), nor is an acronym that two of the names would
    fit."""
    table = shipped() if aliases is None else aliases
    plain = {name: re.sub(r"^the\s+", "", " ".join(unicodedata.normalize("NFKC", name).split()), flags=re.IGNORECASE)
             for name in names}
    initials: dict[str, set[str]] = {}
    for written in plain.values():
        words = [w for w in written.split() if w.lower() not in _SMALL_WORDS]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            initials.setdefault("".join(w[0] for w in words), set()).add(written.casefold())
    keys = {}
    for name, written in plain.items():
        acronym = written.replace(".", "") if _ACRONYM.fullmatch(written) else ""
        group = table.group_of(written) or table.group_of(acronym)
        full = initials.get(acronym, set())
        keys[name] = f"={key(group[0])}" if group else next(iter(full)) if len(full) == 1 else \
            acronym or written.casefold()
    return keys
