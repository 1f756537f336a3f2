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
    "wilayah", "muhafazat", "vilayati", "viloyati", "oblysy", "oblisi", "oblasty", "republic", "respublika",
    "autonomous republic", "rayon",
)
# The English words a text puts after a division's own name: "the Sindh province", "Kharkiv Oblast".
ENGLISH_GENERIC = ("Region", "Province", "State")
# The generic words kept as they are written when one of the division's names has them ("Donetsk Oblast").
KEPT_GENERIC = {"oblast": "Oblast", "governorate": "Governorate", "department": "Department",
                "prefecture": "Prefecture", "county": "County", "republic": "Republic"}
# ISO kinds of a division that is one city ("Almaty", "Tbilisi"): "Almaty Region" is the region around it, another
# division, so a city's division takes no English generic word.
CITY_KINDS = {"city", "capital territory", "capital district", "capital city", "autonomous city"}
# Russian transliterations GeoNames keeps where English texts write another ending: "Ingushetiya" is Ingushetia,
# "Buryatiya" Buryatia, "Oromiya" Oromia (R2).
TRANSLITERATED_ENDINGS = {"iya": "ia"}
# The generic words of a republic, whose adjectival names are its people's ("Chechenskaya Respublika": Chechen).
REPUBLICS = {"republic", "respublika", "autonomous republic"}
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
    return found["own"].strip(" ,"), (found["after"] or found["before"] or "").lower()  # "Ingushetiya, Respublika"


def names_of(*names: str, city: bool = False, peoples: bool = False) -> list[str]:
    """Every name an English text may call a division by, given the names it is known by; those names first.

    - R1 the name without its generic word, and with an English one ("Kharkivs’ka Oblast’": "Kharkiv", "Kharkiv
      Region"), but a `city`'s division takes none ("Almaty Region" is the region around Almaty, not the city);
    - R2 the ending English texts write for a Russian transliteration ("Ingushetiya Republic": "Ingushetia");
    - R3 the first of a double name joined by a dash, where it is a name of two words or more ("North Ossetia–Alania":
      "North Ossetia"; not "Log" of "Log–Dragomer");
    - R4 compass words in English ("Nord Kivu": "North Kivu", "Northern Darfur": "North Darfur");
    - R5 never a republic's adjectival name, which is its people's ("Chechenskaya Respublika": not "Chechen"), unless
      `peoples` asks for it (to match GeoNames' division to ISO's by name, not to name it).
    """
    given = [name.strip() for name in names if name.strip()]
    stems, kept, main = [], set(), given[:1]
    for name in given:
        own, generic = own_name(name)
        if generic in REPUBLICS and own.endswith(ADJECTIVE_ENDINGS) and not peoples:
            continue  # "Chechenskaya Respublika": the people's adjective ("Chechen"), no name of the place
        for ending in ADJECTIVE_ENDINGS:
            if own.endswith(ending) and len(own) - len(ending) >= 3:
                own = own[:-len(ending)]
                word = KEPT_GENERIC.get(generic.rstrip("’'"))
                main = [f"{own} {word}"] if word and name == given[0] else main  # "Kharkiv Oblast", not "-s’ka"
        stems += [own, *_transliterated(own), *_first_of_double(own), *_in_english_compass(own)]
        kept |= {KEPT_GENERIC[word] for word in [generic.rstrip("’'").replace("oblasť", "oblast")]
                 if word in KEPT_GENERIC}
    found = [*main, *given, *stems]
    for stem in dict.fromkeys(stems):
        found += [f"{stem} {word}" for word in (*ENGLISH_GENERIC, *sorted(kept)) if not city]
    return [n for n in dict.fromkeys(found) if n in given or (n.lower() not in NOT_A_NAME and len(n) >= 3)]


def _transliterated(name: str) -> list[str]:
    """"Ingushetiya" -> ["Ingushetia"]; "Kabardino-Balkariya" -> ["Kabardino-Balkaria"] (R2)."""
    return [name[:-len(ending)] + english for ending, english in TRANSLITERATED_ENDINGS.items()
            if name.endswith(ending) and len(name) - len(ending) >= 4]


def _first_of_double(name: str) -> list[str]:
    """"North Ossetia–Alania" -> ["North Ossetia"] (R3): the first name of a double one joined by an en dash, where
    it has two words or more."""
    first, dash, _ = name.partition("–")
    return [first.strip()] if dash and len(first.split()) >= 2 else []


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
