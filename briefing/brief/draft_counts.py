"""What a draft's number counts, beyond draft_figures.py's rules (U1-U21), and what is never a figure (its X
rules, whose code is here). The rules (each with a real line in tests/test_draft_figures.py):

- U22 a part "of them" counts the noun after it or what its sentence counted before ("about 1,100 quake-related
  burials, 400 of them unidentified bodies"; "almost all administrative areas had been affected, and 5 of them
  severely"), and a range "ranging from" counts the noun before it ("fatalities ranging from 590 to 800");
- U93 a part "of these" or "of those" counts as one "of them" does ("Israel says it has lost nine soldiers ..., four of
  these to \"friendly fire\"");
- U23 an acronym in the plural counts ("12 LGS have reported cases");
- U24 a quake's magnitude "on the Richter scale" or "magnitude-7"; a toll "in ... at Nearly 40,000" (a headline's
  capitals), "surpassed", or a toll that "was" a number in quotation marks; a range's low end without the per cent
  of its high end ("Twenty to 30% of homes");
- U26 a rate in time: "refugees ... were still arriving at the rate of 5,000 a day";
- U25 a name among a number's modifiers, before its noun ("Some 600 opposition Movement for Democratic Change
  supporters", "two suspected Boko Haram militants", "10 C-131 transport planes"); a demonym in -ons, -ars, -bs
  ("three Britons", "more than 650,000 Kosovars", "the 150,000 Serbs"); "cattle", "driven" (words/en.py);
- U43 a height, depth or width of water, mud or a wave, and the size of an area or zone ("the mud was 15 feet deep",
  "A 23-foothigh tidal wave", "maximum wave height 30 feet", "The river was about 3 miles (5 km) wide", "the depths of
  the flooding ranging from several inches to more than 4 feet", "evacuate a three-mile area"); not an altitude or a
  distance ("Nevado del Ruiz, about 16,000-feet high and 120 miles northwest of Bogota");
- U89 the radius of an area ("within a radius of eight km from its peak"); U90 the depth of a quake's focus and the
  height of an eruption's column ("The epicentre was located at a depth of 40 km", "the height of the eruption column
  reached 1.5 km above the mountain peak");
- U91 a rate per a population after a rate or an incidence ("an incidence rate of 369.8 per 100 000"), a measure
  that only a quote or "according to" claims (draft_figures.py's C10); U92 harm participles after a count ("a family
  of nine slaughtered in Sidi Rais", words/en.py PARTICIPLES), which F81 leaves in;
- F45 money in brackets after an amount is its conversion, every amount of the bracket ("about 5bn Pakistani rupees
  ($59m £38m)");
- F46 an age by decade ("In his 80's and in feeble health"); F47 a time of day ("about 3 a.m.", "opened at 7am");
  F48 a rank, a number before a superlative ("Mexico City's five largest cemeteries"); F50 the parts of a plan ("a
  repatriation plan in three phases");
- U49 "one" before a modifier and its noun ("and one health worker who managed him"); F49 but not one who speaks
  after a quote ('"This is Major's work," yelled one man on crutches');
- F44 a count of an earlier event is none of this one's ("since 1970, when 500,000 people were killed", "Last year,
  in flooding that was described as the worst in 40 years, 1,600 people died"); F80 an earlier event named by its
  year ("to avoid a repeat of the disastrous 1999 super cyclone that left 9,885 people dead");
- F81 a person's own family or companions count no one of the event ("a nurse with four kids of her own", "who has
  four children", "a family of two women and six children", "his grandmother, sister and three nieces", "Shokrollah
  Abbasi and three colleagues"), the event's dead relatives do ("had lost 18 relatives");
- U88 "top" before a number is a verb ("Myanmar Cyclone Death Toll Could Top 10,000"), a rank only after "the" or a
  possessive ("The top three challenges"); U87 "news" counts nothing ("20 wounded, Somali news agency Shabelle
  reported" counts the wounded: words/en.py NOT_PLURALS);
- U86 "staff" counts, as "personnel" does ("abducted 27 students and three staff").

"""

from __future__ import annotations

import re

from briefing.brief.numbers import Mention
from briefing.brief.words import en

PLURALS = ("people", "children", "police", "dead", "personnel", "men", "women", "cattle", "staff",  # U86
           "livestock", "sheep", "poultry", "goats", "deer", "fish", "youth", "crew")  # U100: "397 livestock died"
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, en.MONTHS)) + r")\s+$")


def never_a_figure(sentence: str, mention: Mention, following: list[str]) -> bool:
    """X: a duration ("six weeks ago", "a two-day trip"), an age ("60-year-old", "aged 35"), an ordinal, a
    distance ("72 kilometres"), a day of the month ("on May 26", "since 24 March"), part of a name ("COVID-19")."""
    if following and re.fullmatch(r"-\d[\d,.]*", following[0]):
        following = following[1:]  # a range's upper bound: "10-15 minutes"
    first = following[0].lower() if following else ""
    if re.search(r"[A-Za-z]-$", sentence[max(0, mention.start - 2):mention.start]):
        return True  # "COVID-19", "Chido-25": a name
    day = mention.value <= 31 and mention.value == int(mention.value)
    if day and (following[:1] and following[0] in en.MONTHS or _MONTH_BEFORE.search(sentence[:mention.start])):
        return True
    if first in en.DURATIONS or first in en.DISTANCES:
        return True
    if own_family(sentence, mention, following):
        return True  # F81: "a nurse with four kids of her own"
    if len(following) > 1 and following[0].islower() and following[1] in en.DURATIONS and \
            re.search(r"\b(?:first|last|past|next|initial|coming)\s+$", sentence[:mention.start]):
        return True  # "the first two epidemiological weeks" (X)
    if re.match(r"-(?:" + "|".join(en.DURATIONS) + r")\b", sentence[mention.end:mention.end + 12]):
        return True
    if re.match(r"(?:st|nd|rd|th)\b", sentence[mention.end:mention.end + 3]):
        return True
    if re.search(r"\b[Ii]n (?:his|her|their) (?:early |mid-?|late )?$", sentence[max(0, mention.start - 20):
                                                                          mention.start]) and \
            re.match(r"['’]?s\b", sentence[mention.end:mention.end + 3]):
        return True  # F46: an age by decade, "In his 80's"
    if re.match(r"\s?(?:[ap]\.m\.|[ap]m\b|o['’]clock\b)", sentence[mention.end:mention.end + 9]):
        return True  # F47: a time of day, "about 3 a.m.", "at 7am"
    if re.match(r"[:/]\d", sentence[mention.end:mention.end + 2]) or \
            re.search(r"\d[:/]$", sentence[max(0, mention.start - 2):mention.start]):
        return True  # X4: a time of day or a name with a colon or a slash, "at 14:39hrs", "the 9/11 attack"
    if first in en.SUPERLATIVES:
        return True  # F48: a rank, "Mexico City's five largest cemeteries"
    if first in en.STAGES and re.search(r"\bin\s+$", sentence[max(0, mention.start - 4):mention.start]):
        return True  # F50: the parts of a plan, "a repatriation plan in three phases"
    if re.search(r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|\w+['’]s) top|[Ww]eek|No\.|[Pp]hase)\s+$",
                 sentence[max(0, mention.start - 20):mention.start]):  # not a verb: "Death Toll Could Top 10,000"
        return True  # a ranking, a name: "The top three challenges", "epidemiology week 42", "Flash Update No. 7"
    if re.search(r"[A-Z][\w'’-]+, $", sentence[max(0, mention.start - 30):mention.start]) and \
            sentence[mention.end:mention.end + 1] == "," and mention.value < 120:
        return True  # an age in apposition: "Zahra Benbrik, 62, who said", "Fatimeh Asghari, 22, told Reuters"
    return bool(re.search(r"\b(?:aged|as (?:young|old) as)\s+$", sentence[max(0, mention.start - 14):mention.start]))
    # an age: "aged 35", "boys as young as 13"


# Who a person's family belongs to, before its number (F81): "who has", "a family of ... and", a list of kin
# ("his grandmother, sister and"), a name and companions ("Shokrollah Abbasi and").
_KIN_BEFORE = re.compile(r"(?:\b(?:who|she|he|they) (?:has|had|have)|\ba family of(?: [^,.;]{1,40} and)?|"
                         r"\b(?:" + "|".join(en.KIN_ONE) + r")(?:, (?:[a-z]+ )?[a-z]+)* and)\s+$")
_COMPANIONS = ("colleagues", "friends", "companions")


def own_family(sentence: str, mention: Mention, following: list[str]) -> bool:
    """F81: a person's own family or companions, whose number counts no one of the event: "a nurse with four kids of
    her own", "who has four children", "a family of two women and six children", "his grandmother, sister and three
    nieces", "Shokrollah Abbasi and three colleagues"; not the event's ("lost 18 relatives", "her and nine
    children")."""
    if following[:1] and following[0] in ("other", "young", "small", "grown"):
        following = following[1:]
    head = sentence[max(0, mention.start - 60):mention.start]
    if re.search(r"\ba family of\s+$", head):
        return not (following and following[0] in en.PARTICIPLES)  # U92: but "a family of nine slaughtered"
    if not following or following[0] not in en.KIN:
        return False
    if re.match(r"\s+(?:[\w-]+\s+){1,2}of (?:her|his|their) own\b", sentence[mention.end:mention.end + 40]):
        return True
    return bool(_KIN_BEFORE.search(head)) or following[0] in _COMPANIONS and \
        re.search(r"\b[A-Z][\w'’-]+ and\s+$", head) is not None


_SIGNS = "(?:" + "|".join(sorted(map(re.escape, en.CURRENCIES), key=len, reverse=True)) + ")"
_MONEY_SIGN = re.compile(_SIGNS + r"\s?$")
_CURRENCY_NAME = re.compile(r"\b(?:" + "|".join(en.CURRENCY_NAMES) + r")\b", re.IGNORECASE)
_AMOUNTS = re.compile(rf"(?:\s*{_SIGNS}\s?[\d.,]+\s?(?:m|bn|mn|k|million|billion)?[\s/;,]*)*\s*")  # "$59m "


def conversion(sentence: str, mention: Mention, previous: Mention | None) -> bool:
    """A number in brackets just after another: the same quantity in other units ("5,000 square km (1,930
    square miles)"); money in brackets after an amount, each amount of the bracket (F45: "about 5bn Pakistani
    rupees ($59m £38m)")."""
    opened, closed = sentence.rfind("(", 0, mention.start), sentence.rfind(")", 0, mention.start)
    sign = _MONEY_SIGN.search(sentence, 0, mention.start)
    money = previous is not None and (_MONEY_SIGN.search(sentence, 0, previous.start) is not None or
                                      _CURRENCY_NAME.search(sentence, previous.end, max(opened, previous.end)))
    if money and previous is not None and sign and opened > closed and opened - previous.end < 40 and \
            _AMOUNTS.fullmatch(sentence, opened + 1, sign.start()):
        return True  # F45: "about 5bn Pakistani rupees ($59m £38m)"
    if previous is None or not sentence[:mention.start].rstrip().endswith("(") or mention.start - previous.end >= 30:
        return False
    between = sentence[previous.end:mention.start]
    # not a share and its count ("37 per cent (454,320 people)"), nor a list of bracketed shares ("cash (97pc),
    # productive assets (88pc)"), nor families and their people ("12,350 families (74,100 people)") (X2)
    counted = re.match(r"[\d,.]*\s*(?:people|persons|individuals|families|households)\b",
                       sentence[mention.end:mention.end + 14])  # and people's families: "7,212 (1,803 families)"
    return not (previous.percent != mention.percent or ")" in between or counted)


def plural(word: str) -> bool:
    """A word that counts things: "people", "cases", "19 army servicemen" (U13); not "as" ("increased to 128 as of
    late Monday"), nor a possessive ("more than 100 injured during yesterday's protests", U60)."""
    return word.islower() and word not in en.NOT_PLURALS and not word.endswith(("'s", "’s")) and (
        word.endswith("s") and not word.endswith(("ss", "ous")) or word in PLURALS or word.endswith("men"))  # not
    # an adjective: "six near-simultaneous attacks"


# A part of a whole: "400 of them unidentified bodies", "5 of them severely" (U22), "four of these" (U93).
_OF_THEM = re.compile(r"\s+of (?:them|whom|these|those)\b(?:\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+s)\b)?")
_RANGING = re.compile(r"\b(?P<noun>[a-z]+s) (?:ranging|ranged|range|varying) (?:from|between)\s+$")
_NOT_MODIFIER = r"(?!(?:in|of|from|to|at|on|and|or|were|was|are|is|have|has|had|by|for|with|the|a|an)\b)"
# A name between a number and its noun (U25): capitalised words, "of", "for", "and" between them, a model's name.
_NAMED = re.compile(rf"\s+(?:{_NOT_MODIFIER}[a-z][\w'’-]* ){{0,2}}(?P<name>[A-Z][\w'’-]*(?: (?:(?:for|of|and|the) )*"
                    rf"[A-Z][\w'’-]*){{0,5}}) (?:{_NOT_MODIFIER}[a-z][\w'’-]* ){{0,2}}?(?P<noun>[a-z]+s)\b")


def counted_part(sentence: str, mention: Mention) -> str | None:
    """U22, U23: what a part "of them", a range "ranging from", or an acronym in the plural counts."""
    them = _OF_THEM.match(sentence, mention.end)
    if them:
        if them["noun"] and plural(them["noun"]):
            return them["noun"]
        before = [w for w in re.findall(r"\b[a-z]+\b", sentence[max(0, mention.start - 120):mention.start])
                  if plural(w)]
        return before[-1] if before else None
    ranging = _RANGING.search(sentence[max(0, mention.start - 60):mention.start])
    high = re.match(r"\s*(?:-|–|to)\s*[\d,.]+\s+(?P<noun>[a-z]+)", sentence[mention.end:])
    if ranging and plural(ranging["noun"]) and not (high and plural(high["noun"])):  # not "incidence rates ranging
        # from 14 to 309 cases", which counts its cases
        return ranging["noun"]
    rate = re.match(r"\s+((?:a|an|per) (?:day|week|month|hour|year))\b", sentence[mention.end:])
    if rate and re.search(r"\brate of\s+$", sentence[max(0, mention.start - 20):mention.start]):
        return rate[1]  # U26: "arriving at the rate of 5,000 a day"
    acronym = re.match(r"\s+([A-Z]{2,}[sS])\b", sentence[mention.end:])
    return acronym[1] if acronym and acronym[1] not in en.NOT_PEOPLE else None


def counted_past_a_name(sentence: str, mention: Mention) -> str | None:
    """U25: the noun after a name among the number's modifiers; not after a demonym in the plural ("18 million
    Afghans fled ...") nor a month."""
    named = _NAMED.match(sentence, mention.end)
    if not named or named["name"].endswith("s") or named["name"].split()[0] in en.MONTHS:
        return None
    return named["noun"] if plural(named["noun"]) else None


# A rate per a population after the number (U91): "an incidence rate of 369.8 per 100 000".
_PER = re.compile(r"\s+per\s+(?P<whole>\d{1,3}(?:[ ,\u00a0]\d{3})+|\d+)\b")
_RATE_BEFORE = re.compile(r"\b(?:rates?|incidence)\b[^.;]{0,30}$", re.IGNORECASE)


def rate_per(sentence: str, mention: Mention) -> str | None:
    """U91: the unit of a rate per a population, "per 100,000" ("an incidence rate of 369.8 per 100 000"), when a rate
    or an incidence is named just before; None otherwise."""
    per = _PER.match(sentence, mention.end)
    if not per or not _RATE_BEFORE.search(sentence[max(0, mention.start - 40):mention.start]):
        return None
    whole = int(re.sub(r"\D", "", per["whole"]))
    return f"per {whole:,}"


_LENGTH = re.compile(r"[\s-]?(?P<unit>" + "|".join(sorted(en.LENGTHS, key=len, reverse=True)) +
                     r")(?:\b|(?=(?:high|deep|tall)\b))[\s-]?(?:\([^)]*\)\s*)?"
                     r"(?P<how>deep|high|wide|tall|in depth|in height|of (?:water|mud|snow|lava|ash)|area|zone|"
                     r"radius)?\b", re.IGNORECASE)
_DEPTH_BEFORE = re.compile(r"\b(?:heights?|depths?|width|levels?)\b[^.;]{0,70}$", re.IGNORECASE)
_WATERS = re.compile(r"\b(?:" + "|".join((*en.WATERS, *en.QUAKE_AND_ERUPTION)) + r")\b", re.IGNORECASE)  # U90


def length(sentence: str, mention: Mention) -> str | None:
    """U43: the unit of a height, depth or width of water, mud or a wave ("the mud was 15 feet deep", "maximum wave
    height 30 feet"), or of the size of an area ("evacuate a three-mile area", U89 "within a radius of eight km"); U90
    of a quake's focus or an eruption's column ("at a depth of 40 km", "the height of the eruption column reached 1.5
    km"); None for any other length."""
    found = _LENGTH.match(sentence, mention.end)
    if not found:
        return None
    unit = en.LENGTHS[found["unit"].lower()]
    how = (found["how"] or "").lower()
    if how in ("area", "zone", "radius") or re.search(r"\bradius of\s+$", sentence[max(0, mention.start - 12):
                                                                                  mention.start]):
        return unit  # U89: "within a radius of eight km from its peak"
    near = sentence[max(0, mention.start - 80):found.end() + 40]
    measured = how or _DEPTH_BEFORE.search(sentence[max(0, mention.start - 80):mention.start])
    return unit if measured and _WATERS.search(near) else None


_EARLIER = re.compile(r"\bsince (?:1[89]|20)\d\d,? when\b[^,;]*$|^(?:Last year|A year ago|The year before),"
                      r"|\b(?:1[89]|20)\d\d (?:[a-z-]+ ){1,3}(?:that|which) (?:left|killed|claimed|took)\b[^,;]*$")
# F80: "a repeat of the disastrous 1999 super cyclone that left 9,885 people dead"
# inside the "when" clause, not after it: "Since 2003, when the war began, 300,000 people have died" is this one's


def earlier_event(sentence: str, mention: Mention) -> bool:
    """F44: a count of an earlier event ("since 1970, when 500,000 people were killed", "Last year, ... 1,600 people
    died")."""
    return _EARLIER.search(sentence[:mention.start]) is not None


_SPOKEN = re.compile(r"[,\"”’'][\"”’']?\s*(?:" + "|".join(en.SPEECH_VERBS) + r")\s+$")


def counted_one(sentence: str, mention: Mention) -> str | None:
    """What "one" counts: the noun after it ("one death"), past a modifier (U49: "one health worker"); none for a
    speaker after a quote (F49: '"This is Major's work," yelled one man on crutches')."""
    if _SPOKEN.search(sentence, max(0, mention.start - 20), mention.start):
        return None
    noun = sentence[mention.end:].split()[:2]
    return (noun[0] if noun[0].strip(",.;:") in en.ONE_OF or len(noun) < 2 else noun[1]).strip(",.;:")


# The kind of a figure by what it counts (its unit), for the brief's kind column.
KINDS = {"troops": "troops", "soldiers": "troops", "killed": "killed", "dead": "killed", "wounded": "wounded",
         "injured": "wounded", "captured": "captured", "missing": "missing", "displaced": "displaced",
         "refugees": "displaced", "tanks": "equipment", "drones": "equipment", "km²": "territory"}


def kind_of(sentence: str, mention: Mention, unit: str) -> str:
    """The kind of a figure of `unit` at `mention`: a population, or KINDS' kind of its unit, or "" if none."""
    if unit == "people" and "population" in sentence[max(0, mention.start - 40):mention.start]:
        return "population"
    return KINDS.get(unit, "")
