"""The words that make a first-level division's other names: its generic word ("Oblast", "Province") and compass
words in the languages GeoNames and ISO 3166-2 name divisions in. Data first, then the one rule that uses them.

`names_of("Kharkivs’ka Oblast’")` is the name, "Kharkiv", "Kharkiv Oblast", "Kharkiv Region", ...: the names an
English text calls the division by. `scripts/admin1-names.py` writes them into admin1.tsv; the draft reads a region
word after a name ("the Kharkiv region") by GENERIC_WORDS too.
"""

from __future__ import annotations

import re

# Words that say what kind of division a name is, not which: stripped to find its own name, in any case.
GENERIC_WORDS = (
    "oblast", "oblast’", "oblast'", "oblasť", "region", "province", "state", "governorate", "department",
    "prefecture", "district", "territory", "regional state", "autonomous region", "county", "kray", "krai",
    "voivodeship", "municipality", "division", "provincia", "departamento", "estado", "région", "département",
    "wilayah", "muhafazat", "vilayati",
)
# The English words a text puts after a division's own name: "the Sindh province", "Kharkiv Oblast".
ENGLISH_GENERIC = ("Region", "Province", "State")
# The generic words kept as they are written when one of the division's names has them ("Donetsk Oblast").
KEPT_GENERIC = {"oblast": "Oblast", "governorate": "Governorate", "department": "Department",
                "prefecture": "Prefecture", "county": "County"}
# Compass words as GeoNames and ISO write them, in English: "Nord Kivu" is North Kivu in an English text.
COMPASS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "norte": "North", "sur": "South",
           "este": "East", "oeste": "West", "northern": "North", "southern": "South", "eastern": "East",
           "western": "West", "north": "North", "south": "South", "east": "East", "west": "West"}
# A name that is only one of these words is no division's other name ("Northern State" is not "North").
NOT_A_NAME = {*COMPASS, "central", "centre", "center", "capital", "federal", "national", "city", "middle", "upper",
              "lower", "north-west", "north-east", "south-west", "south-east"}
# Adjectival endings of Ukrainian and Russian division names as GeoNames writes them: "Kharkivs’ka" is Kharkiv's.
ADJECTIVE_ENDINGS = ("s’ka", "s'ka", "skaya", "s’kyi", "s'kyi")

_GENERIC = re.compile(r"^(?:(?P<before>" + "|".join(sorted(map(re.escape, GENERIC_WORDS), key=len, reverse=True))
                      + r")\s+(?:(?:of|de|du|del|de la|d’|d')\s*)?)?(?P<own>.+?)(?:\s+(?P<after>"
                      + "|".join(sorted(map(re.escape, GENERIC_WORDS), key=len, reverse=True)) + r"))?$",
                      re.IGNORECASE)


def own_name(name: str) -> tuple[str, str]:
    """The name without its generic word, and that word in lower case ("Kharkiv Oblast" -> "Kharkiv", "oblast")."""
    found = _GENERIC.match(name.strip())
    if not found:
        return name.strip(), ""
    return found["own"].strip(), (found["after"] or found["before"] or "").lower()


def names_of(*names: str) -> list[str]:
    """Every name an English text may call a division by, given the names it is known by; those names first."""
    given = [name.strip() for name in names if name.strip()]
    stems, kept, main = [], set(), given[:1]
    for name in given:
        own, generic = own_name(name)
        for ending in ADJECTIVE_ENDINGS:
            if own.endswith(ending) and len(own) - len(ending) >= 3:
                own = own[:-len(ending)]
                word = KEPT_GENERIC.get(generic.rstrip("’'"))
                main = [f"{own} {word}"] if word and name == given[0] else main  # "Kharkiv Oblast", not "-s’ka"
        stems += [own, *_in_english_compass(own)]
        kept |= {KEPT_GENERIC[word] for word in [generic.rstrip("’'").replace("oblasť", "oblast")]
                 if word in KEPT_GENERIC}
    found = [*main, *given, *stems]
    for stem in dict.fromkeys(stems):
        found += [f"{stem} {word}" for word in (*ENGLISH_GENERIC, *sorted(kept))]
    return [n for n in dict.fromkeys(found) if n in given or (n.lower() not in NOT_A_NAME and len(n) >= 3)]


def _in_english_compass(name: str) -> list[str]:
    """"Nord-Kivu" -> ["North Kivu"]; "Northern Darfur" -> ["North Darfur"]; [] without a compass word first."""
    parts = re.split(r"[\s-]", name, maxsplit=1)
    if len(parts) < 2:
        return []
    first, rest = parts
    english = COMPASS.get(first.lower())
    if not english:
        return []
    second = COMPASS.get(rest.lower())
    if second:
        return [f"{english}-{second}", f"{english}{second.lower()}"]
    return [f"{english} {rest}"] if f"{english} {rest}" != name else []
