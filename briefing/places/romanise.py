"""One romanisation per map: the names GeoNames gives towns mix systems ("Svetlodarsk", Russian-style, beside
"Sloviansk"). For Ukraine, a map in a language written in Latin letters names background towns as Ukraine's
national system romanises their Ukrainian names (Cabinet of Ministers resolution 55 of 2010, adopted by the UN for
Ukrainian place names), and only where GeoNames itself lists that spelling among the town's names; elsewhere, and
for the brief's own places (its spelling always wins), names stay as they are.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

# The national system: a letter's Latin at the start of a word, and elsewhere.
_UKRAINIAN: dict[str, str | tuple[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"), "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": ("yu", "iu"), "я": ("ya", "ia"), "'": "", "’": "", "ʼ": "",
}
_UKRAINIAN_MARK = re.compile("[іїєґь]", re.IGNORECASE)  # letters Russian lacks, and the soft sign it drops more
LIKE = 0.6  # how like the main name a respelling must be (difflib's ratio)
_CYRILLIC = re.compile(r"^[\u0400-\u04ff'’ʼ\- ]+$")


def ukrainian_latin(name: str) -> str:
    """"Світлодарськ" -> "Svitlodarsk", "Єнакієве" -> "Yenakiieve", "Згурівка" -> "Zghurivka"."""
    out: list[str] = []
    previous = ""
    for letter in name:
        lower = letter.lower()
        forms = "gh" if lower == "г" and previous == "з" else _UKRAINIAN.get(lower, letter)
        latin = forms if isinstance(forms, str) else forms[1] if previous.isalpha() else forms[0]
        out.append(latin.capitalize() if letter != lower else latin)
        previous = previous if lower in "'’ʼ" else lower
    return "".join(out)


def national_name(country: str, names: list[str]) -> str:
    """The spelling by the national system of a town of `country` whose main name is `names[0]`, if GeoNames
    lists it among `names` and the main name is not already one (the Ukrainian names are those with a letter
    Russian lacks, or a soft sign); of several, the nearest to the main name, and never one unlike it (a town's
    names include its landmarks'); ""."""
    if country != "UA":
        return ""
    ukrainian = [name for name in names if _CYRILLIC.match(name) and _UKRAINIAN_MARK.search(name)]
    romanised = {ukrainian_latin(name) for name in ukrainian}
    if names[0] in romanised:
        return ""
    attested = [(SequenceMatcher(None, spelling, names[0]).ratio(), spelling) for spelling in sorted(romanised)
                if spelling in set(names)]
    best = max(attested, default=(0.0, ""))
    return best[1] if best[0] >= LIKE else ""
