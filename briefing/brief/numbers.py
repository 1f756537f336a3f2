"""Numbers as sources write them — "100,000", "100 000", "100k", "2.5 million", "seven", "two million" — found
in a text with where they stand, and the qualifier a source puts before one ("around", "more than"), as the
brief's qualifier it means. Separators are the language's (CLDR, through Babel). N1 a decimal comma before a scale,
for the draft only ("1,1-million"); N2 "pc" and a per cent in words ("(99pc)", "five per cent"); N3 lakh and
crore ("Rs 5 lakh", "12 lakh people"); F41 a share of "all" ("half of all new probable cases in the city"); F42
"perhaps" as a qualifier, and a qualifier before "another" ("a crowd of perhaps 10,000 people", "at least another
13,000 are missing"); N70 "well above", "well over" as a qualifier ("the injured at well above 1,000"). "An
estimated" is no qualifier: the estimate is the figure's status (briefs/pokrovsk)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from briefing.brief.words import en

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
          "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
# South Asian presses count in lakhs (100,000) and crores (10 million): "Rs 5 lakh", "12 lakh people" (N3).
WORD_SCALES = ("hundred", "thousand", "million", "billion", "lakhs", "lakh", "crores", "crore")
# N72: a scale in the plural after a number word, as some presses write it: "About fifty thousands people fled".
PLURAL_SCALES = ("thousands", "millions", "hundreds")
# A percentage: "%", "per cent", "percent", and the "pc" of British and South Asian presses ("(99pc)") (N2).
_PERCENT = r"(?P<percent>\s?%|pc\b|\s(?:per ?cent|percent)\b)"

# What a source writes before a number, as the brief's qualifier (README: "Figure qualifiers"). "some" and
# "about" say the same of a number; so do the words on each line.
QUALIFIERS = {
    "about": ("about", "around", "roughly", "approximately", "some", "circa", "perhaps"),
    "nearly": ("nearly", "almost", "close to", "just under", "not quite", "near"),
    "at least": ("at least", "no fewer than", "no less than", "a minimum of", "as low as"),
    "more than": ("more than", "over", "just over", "upwards of", "in excess of", "above", "exceeding", "passed",
                  "surpassed", "well above", "well over"),  # N70: "the injured at well above 1,000"
    "up to": ("up to", "as many as", "as much as", "as high as", "a maximum of", "at most"),
    "fewer than": ("fewer than", "less than", "under", "below"),
}
MEANING = {word: meaning for meaning, words in QUALIFIERS.items() for word in words} | {"some": "about"}
# A currency between a qualifier and its number: "just over $1.7 billion", "up to Rs 2 lakh".
_CURRENCY = "(?:" + "|".join(sorted(map(re.escape, en.CURRENCIES), key=len, reverse=True)) + ")"
_QUALIFIER_BEFORE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, MEANING), key=len, reverse=True))
                               + rf")\s+(?:an?\s+|another\s+)?{_CURRENCY}?\s?$", re.IGNORECASE)  # F42: "at least
# another 13,000"
# "<qualifier> N <a few words, no number, no clause break> and|or " just before a number.
_SHARED_QUALIFIER = re.compile(r"\b(" + "|".join(sorted(map(re.escape, MEANING), key=len, reverse=True))
                               + r")\s+\d[\d,.]*(?:\s+[^\d.;:!?,()]{1,60}?)?\s+(?:and|or)\s+$", re.IGNORECASE)
_WORD_NUMBER = re.compile(r"\b(?:(?:a|one)\s+(?:" + "|".join(WORD_SCALES) + r")|a dozen|(?:" +
                          "|".join(sorted((w for w in UNITS if " " not in w), key=len, reverse=True)) +
                          r"))(?:[\s-]+(?:and\s+)?(?:" + "|".join([*UNITS, *WORD_SCALES, *PLURAL_SCALES, "dozen"]) +
                          r"))*\b"
                          r"(?P<percent>\s(?:per ?cent|percent)\b)?", re.IGNORECASE)  # "five per cent" (N2)

# "a quarter of a million", "half a million", "a quarter of the city", "about half the population": a fraction of a
# scale, or of a whole (a share).
_FRACTION = re.compile(r"\b(?P<fraction>" + "|".join(sorted(map(re.escape, en.FRACTIONS), key=len, reverse=True)) +
                       r")\s+(?:of\s+)?(?:an?\s+(?P<scale>thousand|million|billion)\b"
                       r"|(?:(?<=of )|(?<=half ))(?=(?:the|its|their|all)\s))",  # F41: "half of all new cases"
                       re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    value: float
    start: int
    end: int
    text: str
    percent: bool = False


@functools.cache
def _digits(language: str, comma_before_scale: bool = False) -> re.Pattern[str]:
    """Digits with the language's group and decimal symbols (and a space as a group symbol), then an optional
    scale ("2.5 million", "15-million", "100k") and per cent."""
    group, decimal = _symbols(language)
    groups = f"[{group} \u00a0\u202f]"
    scales = "|".join(WORD_SCALES)
    comma = rf"(?P<cint>\d{{1,3}}),(?P<cfrac>\d{{1,2}})(?=[\s-](?:{scales})\b)|" \
        if comma_before_scale and decimal == r"\." else ""
    glued = "".join(f"|(?<={re.escape(sign)})" for sign in en.GLUED_CURRENCIES)  # U97: "VNĐ7 billion", "KSh2 billion"
    return re.compile(rf"(?:(?<![\w.,]){glued})(?:{comma}(?P<int>\d{{1,3}}(?:{groups}\d{{3}})+|\d+)(?!{group}\d)"
                      rf"(?:{decimal}(?P<frac>\d+))?)"
                      rf"(?:[\s-]?(?P<scale>{scales})\b|(?P<abbr>k|m|mn|bn)\b)?{_PERCENT}?", re.IGNORECASE)


def _symbols(language: str) -> tuple[str, str]:
    """The language's group and decimal symbols, escaped for a pattern. English's are written here: loading
    CLDR's data for them would be most of the time `check` spends verifying."""
    if language.split("-")[0].lower() == "en":
        return ",", r"\."
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return ",", r"\."
    return re.escape(get_group_symbol(locale)), re.escape(get_decimal_symbol(locale))


def mentions(text: str, language: str = "en", comma_before_scale: bool = False) -> list[Mention]:
    """Every number in `text`, in order: in figures, and in English words ("seven", "two million", "a quarter of a
    million"; "a quarter of the city" is 25%). "one" and "a" alone are not numbers here (a pronoun, an article).
    With `comma_before_scale` (the draft's reading, not verify's, which wants the number as the brief writes it),
    "1,1-million" is 1.1 million (N1)."""
    found = [_digit_mention(m) for m in _digits(language, comma_before_scale).finditer(text)]
    found += [_word_mention(match) for match in _WORD_NUMBER.finditer(text)]
    fractions = [_fraction_mention(match) for match in _FRACTION.finditer(text)]
    kept = [m for m in found if m is not None and not any(f.start <= m.start < f.end for f in fractions)]
    return sorted([*kept, *fractions], key=lambda m: m.start)


def _fraction_mention(match: re.Match[str]) -> Mention:
    """"a quarter of a million" (250,000), "half a million"; "a quarter of the city" (25%)."""
    fraction = en.FRACTIONS[" ".join(match["fraction"].lower().split())]
    if match["scale"]:
        return Mention(fraction * SCALES[match["scale"].lower()], match.start(), match.end(), match[0])
    return Mention(round(fraction * 100, 1), match.start(), match.end(), match[0], percent=True)


def _digit_mention(match: re.Match[str]) -> Mention | None:
    """A number in figures; "1,1-million" is 1.1 million, as South African presses write a decimal comma before a
    scale (N1)."""
    groups = match.groupdict()
    whole = re.sub(r"\D", "", groups["int"] or groups.get("cint") or "")
    frac = groups["frac"] or groups.get("cfrac")
    try:
        value = Decimal(f"{whole}.{frac}" if frac else whole)
    except InvalidOperation:
        return None
    scale = SCALES[(match["scale"] or match["abbr"] or "").lower()] if match["scale"] or match["abbr"] else 1
    return Mention(float(value * scale), match.start(), match.end(), match[0], bool(match["percent"]))


def _word_mention(match: re.Match[str]) -> Mention | None:
    number = match[0][:match.start("percent") - match.start()] if match["percent"] else match[0]
    words = [w for w in re.split(r"[\s-]+", number.lower()) if w not in ("and",)]
    if words in (["one"], ["a"]):
        return None
    total, current = 0, 0
    for word in words:
        word = word[:-1] if word in PLURAL_SCALES else word  # N72: "fifty thousands" is fifty thousand
        if word in ("a",):
            current = max(current, 1)
        elif word == "dozen":
            current = max(current, 1) * 12  # "a dozen" is 12, "two dozen" 24
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            current += UNITS[word]
    return Mention(float(total + current), match.start(), match.end(), match[0], bool(match["percent"]))


def qualifier_before(text: str, start: int) -> str | None:
    """The brief's qualifier that the words just before `start` mean ("around 10" → "about"), or None."""
    words = qualifier_words_before(text, start)
    return MEANING[words] if words else None


def qualifier_words_before(text: str, start: int, shared: bool = True) -> str | None:
    """The qualifying words just before `start`, as the source writes them (lower case), or None. A number that
    ends a coordination takes the qualifier of the one it is coordinated with: "At least 53 people have died in
    Mozambique and 225 in Malawi" qualifies the 225 too (unless `shared` is false)."""
    found = _QUALIFIER_BEFORE.search(text[max(0, start - 40):start]) or shared and _SHARED_QUALIFIER.search(
        text[max(0, start - 120):start])
    return " ".join(found[1].lower().split()) if found else None


def same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
