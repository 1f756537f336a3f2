"""Figures for `briefing draft`: each number of a sentence that counts something of the event, with its unit,
kind, qualifier (the source's own words, kept: "over", "almost"), status and claimant. The rules (each with
a real line in tests/test_draft.py):

- F1 no claimant: a sentence that names nobody for its number leaves `claimed_by` out, and the comment says so
  (the outlet reports it on its own account; the author writes whom the brief takes it from);
- F2 the qualifier is the source's own words ("over 140,000", "almost 80 000"), and a number with a noun of its
  own does not share the one of the number it is coordinated with ("more than 50 motorcycles and four cars");
- C4 a number inside a quote is its speaker's; the other claimant rules (C1-C3, C5-C9, C11-C22) are
  draft_claims.py's;
- U1 the noun after the number ("53 people"); U2 after a verb of harm ("killed 1,200", "injured more than
  2,400"); U3 a participle after it ("584 injured", "19,000 displaced"); U4 a bare number coordinated with a
  figure before it ("53 people ... and 225 in Malawi"); U5 a toll ("put the death toll at 125", "passed 200");
  U6 "one" before what it counts ("one death", "at least one person"), not a speaker ("One man told the BBC");
  U7 a population ("a population of almost 50 million"); "a quarter of a
  million", "15-million" are numbers (numbers.py); U8 money: a currency sign before the number ("$10.3 billion
  from the international community"); U9 a noun that is capitalised, as demonyms and headlines write them ("more
  than 18 million Afghans", "across 22 Counties"); U10 a participle after the number's verb, the number being the
  subject ("more than 630 were reported dead", "10 have been reported dead so far"); U11 a storm's measures, a
  speed ("winds in excess of 140 miles per hour", "124mph") and rainfall ("200mm"); an adverb before the noun or
  participle is passed over ("12.7 million forcibly displaced"), and U4 looks past a year for the figure before;
  U12 a quake's magnitude and a storm's category ("The magnitude 6.3 earthquake", "6.8-magnitude", "category four");
  U1 takes a demonym among a noun's modifiers ("24,822 undocumented Afghan nationals") and passes over "more"
  ("1,240 more wounded"); U4 a bare number after "and" may go on with "through", "at", "across" ("and 13,425
  through the Wesh-Chaman border"); U5 a toll or "the number of ..." up to 100 characters before its verb ("has
  risen to 2,025", "standing at 17", "could reach some 270 million"); U10 also after an adverb, any participle and
  "die" ("another 150 were reportedly injured", "after 11,000 die in Derna", "five of X's supporters were
  injured"); U6 also "1", and a thing counted may be reported ("just one case reported in week 42");
- U13 (words/en.py NOT_PLURALS, PARTICIPLES): "as" is no noun ("128 as of late Monday"); "-men" counts ("19 army
  servicemen"); "332 reported missing", "77,006 damaged"; a list's bare member takes the unit of the one before,
  a count in brackets passed over (", 137 in the Nippes", "including 48 with gunshot wounds", ", 1,832 were in
  the South", "(1,803 families), 958 in Lembata"); a part "of which" counts what its whole does; "cases in Kampala
  have risen to 14", "brings cumulative confirmed cases to 84"; "two of the deaths"; "400sq km"; a toll "near 250"
  or that "could rise as high as 40,000"; "three Filipinos"; families in brackets are no conversion;
- U15 a list of counts per place after "had died", its members after a comma or "and", also "a total of" or
  "another" ("She said 541 had died in Maule region, 64 in Biobio and a total of 103 in other areas");
- U16 no noun in an attribution after a comma ("the toll rose to 4,500, the news agency said" counts no news): a
  count whose noun its sentence does not give is left with none, for the author ("..., officials said");
- U17 adjectives joined by "and" before the noun ("1,200 mostly elderly and disabled residents");
- U18 a number after "reaching", "totalling", "numbering" counts what its sentence counted before ("Most people
  that fled their homes are found in East Sumba reaching 7,212 (1,803 families), 958 in Lembata");
- U19 "one" that ends a list of counts ("including 11 in Almaty, eight in the Almaty region, and one in Taras");
- U20 a population in brackets ("Bhuj (population 75,000)"), a count in a headline's title case ("Over 7,000
  Refugees Return"), "others put the number at about 200" (U5);
- U21 a bare number after "is" or "stands at" counts what "the number of" before it names ("the current number of
  missing girls is 219"); a number's noun is in its clause ("toll rises to 290; 24 suspects arrested");
- F3 a qualifier after the number: "the 2 million-plus people";
- C10 a storm's or a quake's measure (magnitude, category, a speed, rainfall) is the narrative's: only a quote
  (C4) or "according to" (C1) claims it, not the "X said" of its sentence's counts, and "according to" only in a
  sentence that counts nothing else ("More than 25,000 bodies have been retrieved since Friday's 6.6-magnitude
  quake ..., according to provincial government spokesman Asadollah Iranmanesh");
- X never a figure: a year, a duration ("six weeks ago", "the first two epidemiological weeks"), an age, an
  ordinal, a distance, a day of the month ("estimated on May 26", "since 24 March"), a number that is part of a
  name ("COVID-19", "epidemiology week 42", "Flash Update No. 7"), a ranking ("The top three challenges"); X2 a
  number in brackets is a conversion only right after its number, and never a share's count ("37 per cent
  (454,320 people)") nor families' people ("12,350 families (74,100 people)"); X3 a range's upper bound ("150-160
  Km/hour") and a number referred back to ("these 1,229 individuals");
- U94 a bare number before "and" and a number with its noun counts what that number counts ("with 50 and at least
  30 deaths", not "between 50 and 60 people", which is a range);
- U95 a count in a relative clause ("including about 550,000 who were displaced") and a participle that "stood at" a
  number ("Total reported injured stood at 742") (draft_tolls.py); U96 a bare number after ", with" counts what the
  count before it counts, not the places it happened in ("41 blazes in 18 regions ..., with 21 around the Kabyle
  capital"); U97 money in any ISO 4217 code or a local sign, glued to the number or not ("KES 2 billion", "over
  VNĐ7 billion (US$283,880)", whose conversion in brackets is none);
- U40 a list of counts per place after a semicolon, each "X has N", takes the noun of its first member ("Farchana
  camp hosts 5,310 refugees; Kounoungo has 4,692; ...; and Goz Amer 1 has 784");
- U41 a count as a subject that fled or may have died, or was hurt ("1 million had to flee their homes", "up to
  15,000 may have died", "12,000 were hurt");
- U42 a magnitude set "at" a number ("set the magnitude today at 7.4");
- U44 a part of the count before it by how badly ("eight soldiers wounded, two seriously");
- U45 a count that "could reach" a number ("the total fatalities could reach 10,000"); U46 a count that lives
  somewhere ("About 100,000 now live in North Ossetia");
- U48 a whole after "out of" counts what its part counts ("counted 29 houses destroyed, out of some 600 there");
- U70 a count as a subject that escaped, or "who fled" ("over 2,100 escaped to shelters", "including more than 50,000
  who fled since the flare-up"); U71 a demonym of two words ("A further 6,672 Sri Lankans have become refugees");
- U72 a count that stood at a number, past a dash's aside ("the fatalities – for the moment – stood at approximately
  400"), and "the figure could reach 500" counts a toll (U5); U73 "and the injured at" a number after a toll's count
  ("put the death toll at more than 400 and the injured at well above 1,000");
- U83 "a magnitude of" ("A severe undersea earthquake with a magnitude of 8.3"); U85 a speed in "kmph" ("winds
  that went upto a speed of 220 kmph");
- C79 a place's size ("this nation of 6million people") is the narrative's, not the claimant's of its sentence;
  only a quote (C4) or "according to" (C1) claims it; a "population of" may be a claim's part ("out of an original
  population of 103,000");

U22-U26 (a part "of them", a range "ranging from", an acronym, the Richter scale, a name among the modifiers, a
rate), U43 (a height, depth or width of water, the size of an area) and F44 (an earlier event's count) are
draft_counts.py's, with the X rules' code, U49 ("one health worker") and F45-F50 (money converted in brackets, an
age by decade, a time of day, a rank, "one" who speaks after a quote, a plan's parts); F4 and F40 (a range drafted
whole, "N or M") are draft_ranges.py's; the code of U2, U5, U10, U13's risen counts, U21, U41, U45, U46, U70, U72 and
U73 (what a number with no noun counts, by the verb around it) is draft_tolls.py's. Words: words/en.py."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from briefing.brief import sentences
from briefing.brief.draft_claims import Claim, Claimants, read_claims
from briefing.brief.draft_counts import (
    conversion,
    counted_one,
    counted_part,
    counted_past_a_name,
    earlier_event,
    kind_of,
    length,
    never_a_figure,
    plural,
    rate_per,
)
from briefing.brief.draft_ranges import ranges as ranges_of
from briefing.brief.draft_tolls import counted_by_verb
from briefing.brief.numbers import MEANING, Mention, mentions, qualifier_words_before
from briefing.brief.proposal import Proposal
from briefing.brief.words import en

# A storm's or a quake's measures: the narrative gives them; "X said" claims the counts of its sentence, not these
# (C10); a quote or "according to" claims them.
MEASURES = ("magnitude", "category", "mph", "km/h", "mm")
AREAS = {"km": "km²", "kilometres": "km²", "kilometers": "km²", "miles": "square miles"}
# Words that end a number's noun phrase before a third word could be its noun: "10 were killed in attacks".
_NOT_MODIFIERS = {"were", "was", "have", "has", "had", "are", "is", "in", "of", "from", "to", "and", "or", "on", "at",
                  "by", "more", "others", "other", "as", "for", "with", "since", "after", "before", "the", "a"}
_UPPER = "[A-Z]"
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")
# A speed, which is a measure of a storm, not a distance (U11): "140 miles per hour", "124mph", "200km/h".
_SPEED = re.compile(r"(?:-\d+)?\s?(?P<unit>mph|km/h(?:our|r)?|kph|kmph|kmh|"  # U85: "220 kmph"
                    r"(?:miles|kilometres|kilometers|km) (?:per|an) hour)\b",
                    re.IGNORECASE)  # also after a range's upper bound: "150-160 Km/hour"
_MONEY = re.compile(r"(" + "|".join(sorted(map(re.escape, en.CURRENCIES), key=len, reverse=True)) + r")\s?$")
# A quake's magnitude and a storm's category, before or after the number (U12).
_MEASURE_BEFORE = re.compile(r"\b(?P<measure>magnitude|[Cc]ategory)(?: of)?[\s-]$")  # "a magnitude-7 earthquake"
# "set the magnitude today at 7.4" (U42)
_MAGNITUDE_AT = re.compile(r"\b(?P<measure>magnitude)(?:\s+(?!of\b)[a-z]+){0,2}?\s+at\s+$")
_MEASURE_AFTER = re.compile(r"[\s-](?P<measure>magnitude)\b|\s(?:on|in) the Richter scale\b")  # U24
# What may follow a bare number coordinated with a figure before it (U4): "and 13,425 through the Wesh-Chaman border"
_COORDINATED_BY = ("in", "on", "from", "through", "at", "across", "into", "with", "around", "near", ",", ".")
# A bare number as a member of a list after a figure, or a part of it: "Out of the 2,189 people known dead so far,
# 1,832 were in the South, 137 in the Nippes", "the deaths of 20 civilians ..., including 11 in Almaty" (U13); U96:
# after ", with" ("It counted 41 blazes in 18 regions on Monday night, with 21 around the Kabyle capital").
_LISTED = re.compile(r"(?:,|\bincluding|\bof (?:which|whom)|\bamong them|, with|"
                     r"(?P<place>;\s+(?:and\s+)?(?:[A-Z][\w'’-]*\s+|\d+\s+){1,4}(?:camp\s+)?(?:has|had|hosts|hosted|holds|held|houses|housed|shelters|counts)))\s+"
                     r"(?:(?:more than|over|at least|nearly|about|some|almost|up to|a total of|another)\s+)?$")
# An attribution right after a number, past a comma: ", the news agency said", ", state media reported", ", police
# spokesman Ruwan Gunasekera on Monday confirmed" (U16).
_ATTRIBUTION_AFTER = re.compile(r",\s+(?!who |which |that )(?:the |an? )?(?:[\w'’.-]+ ){1,6}?(?:"
                                + "|".join(en.CLAIM_VERBS) + r")\b")
_REPORTED = ("reported", "confirmed", "feared", "presumed", "believed")
# What a capitalised term counts, its last word in lower case (U99): "10,092 Internally Displaced People".
_CAPITALISED_COUNTS = ("people", "persons", "refugees", "migrants", "families", "households", "children", "centres",
                       "centers", "camps", "shelters", "sites", "idps", "houses", "homes", "schools")
# A bare number, "and", a number with its noun, which both count (U94): "with 50 and at least 30 deaths".
_SHARED_NOUN = re.compile(r" and (?:(?:more than|over|at least|nearly|about|some|almost|up to)\s+)?\d[\d,.]*"
                          r"(?: (?:million|billion))? (?P<noun>[a-z]+)\b")
_AND = re.compile(r"\band\s+(?:(?:more than|over|at least|nearly|about|some|almost|up to|a total of|another)\s+)?$")
# "and more than", "and a total of" (U15)
_PLACE_OF = re.compile(r"\b(?:city|town|country|nation|province|region|state) of (?:[a-z]+ ){0,2}$")  # C79
_POPULATION = re.compile(r"\b(?:population|city|town|country|nation|province|region|state) of (?:[a-z]+ ){0,2}$"
                         r"|\(population:?\s+$")  # "Bhuj (population 75,000)" (U20)
# "one" that counts one thing (U6): "one death", "at least one person" ("one" alone is a pronoun, not a number).
_SPEAKING = ("person", "child", "civilian", "man", "woman", "soldier", "worker")
_ONE = re.compile(r"\b(?:[Oo]ne|1)(?= (?:(?!of\b|in\b|at\b|on\b)[a-z]+ )?(?:(?:" +
                  "|".join(w for w in en.ONE_OF if w not in _SPEAKING) + r")\b|(?:" +
                  "|".join(_SPEAKING) + r")\b(?! (?:\w+ )?(?:" + "|".join(en.SPEECH_VERBS) + r")\b)))")
# not a speaker ("One man told the BBC"), but a thing counted may be reported ("just one case reported in week 42",
# "each has 1 fatality reported") (U6)
_LAST_ONE = re.compile(r"(?:,|\band)\s+(one)\s+(?:in|at|from|on)\s+(?:the\s+)?[A-Z]")  # a list's last count (U19)
_OBJECT_START = re.compile(r"\d[\d,.]*|a|an|the|two|three|four|five|six|seven|eight|nine|ten|by|ago")  # U61
_BACK = re.compile(r"\b(?:[Tt]hese|[Tt]hose)\s+$")
# Who says what is inside a quote at a position of the sentence: the quote's speaker, or "".
Speaker = Callable[[int], str]

__all__ = ["Claimants", "Speaker", "figures"]  # Claimants: draft_claims.py's, which figures() is given


def figures(sentence: str, line: int, source_id: str, speaker: Speaker = lambda at: "",
            claimants: Claimants | None = None, at: int = 0) -> Iterator[Proposal]:
    """The figures of one sentence, which begins at `at` of the article that `claimants` reads; `speaker` says
    who speaks at a position of it, inside a quote (C4)."""
    ones = [Mention(1.0, m.start(), m.end(), m[0]) for m in _ONE.finditer(sentence)]
    ones += [Mention(1.0, m.start(1), m.end(1), m[1]) for m in _LAST_ONE.finditer(sentence)
             if re.search(r"\d", sentence[:m.start()])]  # U19: "including 11 in Almaty, eight in the Almaty region,
    # and one in Taras": "one" ends a list of counts
    numbers = mentions(sentence, comma_before_scale=True)
    found = sorted([*(m for m in numbers if not any(o.start == m.start for o in ones)), *ones], key=lambda m: m.start)
    claims = read_claims(sentence, claimants, at)
    units = [_unit(sentence, mention, found[:n]) for n, mention in enumerate(found)]
    counts = any(unit is not None and unit not in MEASURES for unit in units)
    ranges = ranges_of(sentence, found)
    for n, mention in enumerate(found):
        if re.search(r"\d-$", sentence[:mention.start]) or _BACK.search(sentence[:mention.start]) or \
                n - 1 in ranges:
            continue  # a range's upper bound ("150-160 Km/hour"), a number referred back to ("these 1,229") (X3)
        unit = units[n] if n not in ranges else units[n] or units[n + 1]
        if unit is None or conversion(sentence, mention, found[n - 1] if n else None) or \
                any(c.words[0] <= mention.start < c.words[1] for c in claims):
            continue  # a number in the claimant's words counts nothing: "officials in three east coast districts"
        # the source's own words ("over", "almost"); a number with a noun of its own ("more than 50 motorcycles and
        # four cars") does not share the qualifier of the one it is coordinated with (F2)
        own = unit in re.findall(r"[\w²'-]+", sentence[mention.end:mention.end + 40])[:2]
        qualifier = qualifier_words_before(sentence, mention.start, shared=not own or mention is found[0]) or \
            ("plus" if re.match(r"-?plus\b", sentence[mention.end:mention.end + 5]) else None)  # F3: "2 million-plus"
        quoted = speaker(mention.start)
        said = Claim("C4", quoted) if quoted else max((c for c in claims if c.start <= mention.start),
                                                      key=lambda c: c.start, default=Claim())
        if said.rule == "C22" and not _of_deaths(sentence, mention, unit):
            said = Claim()  # the next sentence's toll claims the deaths, not the wounded (C22)
        if (unit in MEASURES or unit.startswith("per ")) and (said.rule not in ("C1", "C4") or
                                                             said.rule == "C1" and counts):  # U91: a rate too
            said = Claim()  # C10: "The toll from the massive 7.8 magnitude earthquake ..., a police spokesperson said";
            # "according to" claims the counts of its sentence, not the quake they are counted after ("More than
            # 25,000 bodies have been retrieved since Friday's 6.6-magnitude quake ..., according to ...")
        if said.rule not in ("C1", "C4") and _PLACE_OF.search(sentence[max(0, mention.start - 40):mention.start]):
            said = Claim()  # C79: a place's size is the narrative's, as a storm's measure is (C10): "this nation of
            # 6million people" is not the speaker's count; a "population of" may be ("out of an original population")
        estimated = said.verb.startswith("estimat") or \
            re.search(r"\bestimated?\b[^.,;]{0,30}$", sentence[:mention.start]) is not None
        amount = {"value": mention.value} if n not in ranges or MEANING.get(qualifier or "about") != "about" else \
            {"low": mention.value, "high": found[n + 1].value}  # F4: "between 1.2 million and 1.9 million"
        label = sentences.clause_around(sentence, mention.start, mention.end)
        fields = {"label": label, **amount, "qualifier": qualifier, "unit": unit,
                  "kind": kind_of(sentence, mention, unit), "claimed_by": said.who,
                  "status": "estimated" if estimated else "claimed", "sources": [source_id]}
        yield Proposal("figures", {k: v for k, v in fields.items() if v not in (None, "")}, line,
                       f"rule {said.rule}" if said.who else "rule F1: the article names no claimant: write whom the "
                       "brief takes the figure from (the outlet, if it reports it on its own account)")


def _unit(sentence: str, mention: Mention, before: list[Mention]) -> str | None:
    """What the number counts (U1-U5): "%", "km²", the first plural-looking lower-case word of the next two, ...;
    None for a year, a duration, an age, an ordinal, a distance, or a number that counts nothing named (X)."""
    if earlier_event(sentence, mention):
        return None  # F44: "since 1970, when 500,000 people were killed"
    if mention.percent:
        return "%"
    money = _MONEY.search(sentence[max(0, mention.start - 6):mention.start])
    if money and not re.match(r"\d", sentence[mention.end:mention.end + 1]):
        return en.CURRENCIES[money[1]]  # U8: "$10.3 billion", "Rs 5 lakh"
    measure = _MEASURE_BEFORE.search(sentence[max(0, mention.start - 16):mention.start]) or \
        _MEASURE_AFTER.match(sentence, mention.end) or _MAGNITUDE_AT.search(sentence[max(0, mention.start - 40):
                                                                                         mention.start])
    if measure:
        return (measure["measure"] or "magnitude").lower()  # U12: "The magnitude 6.3 earthquake", "6.8-magnitude",
        # "category four"; U24: "at least 7.3 on the Richter scale"
    if mention.text.lower() in ("one", "1") and _ONE.match(sentence, mention.start):
        return counted_one(sentence, mention)  # U6: "one death", "one body"; U49, F49
    if re.fullmatch(r"\d{4}", mention.text) and 1800 <= mention.value <= 2100:
        return None
    speed = _SPEED.match(sentence, mention.end)
    if speed:
        return "km/h" if speed["unit"].lower().startswith("k") else "mph"  # U11: "140 miles per hour"
    measured = length(sentence, mention) or rate_per(sentence, mention)  # U43; U91: "369.8 per 100 000"
    if measured:
        return measured  # U43: "the mud was 15 feet deep", "evacuate a three-mile area"
    if re.match(r"\s?mm\b", sentence[mention.end:mention.end + 4]):
        return "mm"  # U11: "200mm of rain"
    after = re.split(r"[;:]", sentence[mention.end:mention.end + 60])[0]  # not past a clause: "toll rises to 290;
    # 24 suspects arrested" (U21)
    attributed = _ATTRIBUTION_AFTER.match(after) is not None
    if attributed:
        after = ""  # U16: no noun in an attribution after a comma ("rose to 4,500, the news agency said" counts no
        # news); a count whose noun the sentence does not give is left with none, for the author
    following = [w for w in re.findall(r"[\w²'-]+", after[:50]) if w.strip("'")][:4]
    wider = [w for w in re.findall(r"[\w²'-]+", after) if w.strip("'")][:6]
    if never_a_figure(sentence, mention, following):
        return None
    if len(following) > 1 and (following[0].endswith("ly") and following[0].islower() or following[0] == "more"):
        following = following[1:]  # an adverb first: "12.7 million forcibly displaced and stateless people", "1,240
        # more wounded", "at least 300 more in the capital"
    following = following[:3]
    if following[:1] and following[0].lower() == "square" and len(following) > 1:
        return AREAS.get(following[1].lower())
    if re.match(r"\s?sq\.? ?km\b", sentence[mention.end:mention.end + 8]):
        return "km²"  # U13: "less than 400sq km"
    them = counted_part(sentence, mention)
    if them:
        return them  # U22, U23: "400 of them unidentified bodies", "fatalities ranging from 590 to 800", "12 LGS"
    if following[:2] == ["of", "the"] and len(following) > 2 and plural(following[2]):
        return following[2]  # U13: "two of the deaths occurred on the sister isle of Carriacou"
    shared = _SHARED_NOUN.match(sentence, mention.end)
    if shared and plural(shared["noun"]) and not re.search(r"\bbetween\s+$", sentence[:mention.start]):
        return shared["noun"]  # U94: the noun of the number after "and" ("with 50 and at least 30 deaths")
    verb_after = False
    for n, word in enumerate(following[:3]):  # "1,200 suspected cholera cases": the third, after two modifiers
        word = word.strip("'")
        if word in ("and", "or") and n and following[n - 1].islower() and not plural(following[n - 1]) and \
                following[n - 1] not in en.PARTICIPLES:
            rest = wider[wider.index(word, n) + 1:][:2] if word in wider[n:] else []
            if len(rest) == 2 and rest[0].islower() and not plural(rest[0]) and plural(rest[1]):
                return rest[1]  # U17: adjectives joined before the noun ("1,200 mostly elderly and disabled residents")
        if word in ("and", "or", "but"):
            break  # U14: a noun comes before a conjunction ("had increased to 160,000 and fears this could swell")
        if word.endswith("ed") and word not in en.PARTICIPLES and n + 1 < len(following) and \
                _OBJECT_START.fullmatch(following[n + 1]):
            verb_after = True  # U61: a verb, not a modifier, after the number ("The death toll rose from 1,300
            break  # announced two weeks ago by WHO": no "weeks"; "1,200 suspected cholera cases" has its noun after)
        if n == 2 and any(w.lower() in _NOT_MODIFIERS or not (w.islower() or _DEMONYM.fullmatch(w))
                          for w in following[:2]):
            break  # a demonym may stand among the modifiers: "24,822 undocumented Afghan nationals" (U1)
        if plural(word):
            return word
    named = counted_past_a_name(sentence, mention)
    if named:
        return named  # U25: "Some 600 opposition Movement for Democratic Change supporters", "10 C-131 planes"
    if len(following) > 1 and following[0] in _REPORTED and following[1] in en.PARTICIPLES:
        following = following[1:]  # "332 reported missing" (U13)
    if following[:1] and following[0] in en.PARTICIPLES:
        return following[0]  # U3: "584 injured"
    two = " ".join(following[:2])  # U71: a demonym of two words, "A further 6,672 Sri Lankans have become refugees"
    if len(following) > 1 and re.fullmatch(rf"{_UPPER}[a-z]+ {_UPPER}[a-z]+(?:ans|ese|is|ies|inos|ons|ars|bs)", two) \
            and following[1] not in en.NOT_PEOPLE:
        return two
    if following[:1] and re.fullmatch(rf"{_UPPER}[a-z]+(?:ans|ese|is|ies|inos|ons|ars|bs)", following[0]) and \
            following[0] not in en.NOT_PEOPLE:
        word = following[0]
        return word.lower() if word.endswith("ies") else word  # U9: "18 million Afghans", "22 Counties"
    if following[:1] and following[0][:1].isupper() and following[0].lower() in en.KIND_WORDS:
        return following[0].lower()  # U20: a headline's title case ("Over 7,000 Refugees Return to Kyrgyzstan")
    capitals = list(itertools.takewhile(lambda w: w[:1].isupper(), following[:3]))
    last = next((w for w in reversed(capitals) if w.lower() in _CAPITALISED_COUNTS), None)
    if last:  # U99: a count of a capitalised term ("An estimated 10,092 Internally Displaced People (IDPs)", "27
        return last.lower()  # Evacuation Centres")
    counted = counted_by_verb(sentence, mention, bool(before))
    if counted:
        return counted  # U2, U5, U10, U13, U21, U41, U45, U46, U70, U72, U73 (draft_tolls.py)
    head = sentence[max(0, mention.start - 40):mention.start]
    if _POPULATION.search(head):
        return "people"  # U7: "a population of almost 50 million", "the city of two million"
    if before and (_AND.search(head) or _LISTED.search(head)) and _coordinated(following):
        for n in range(len(before) - 1, -1, -1):  # U4: "53 people ... and 225 in Malawi", past a year between
            if sentence[:before[n].start].rstrip().endswith("("):
                continue  # not a count in brackets: "7,212 (1,803 families), 958 in Lembata" (U13)
            if re.search(r"\b(?:in|across|throughout)$", sentence[:before[n].start].rstrip()):
                continue  # U96: not how many places it happened in ("41 blazes in 18 regions ..., with 21 around")
            unit = _unit(sentence, before[n], before[:n])
            if unit is not None:
                return unit
    if before and re.search(r"\bout of (?:some |about |around |nearly |almost )?$", head):
        unit = _unit(sentence, before[-1], before[:-1])
        if unit is not None:
            return unit  # U48: the whole a part is out of, "a UNHCR team counted 29 houses destroyed, out of some 600"
    if re.search(r"\b(?:reaching|totall?ing|numbering|amounting to)\s+$", head) and (
            _coordinated(following) or sentence[mention.end:].lstrip().startswith("(")):
        whole = [w for w in re.findall(r"\b[a-z]+\b", sentence[max(0, mention.start - 90):mention.start]) if plural(w)]
        return whole[0] if whole else None  # U18: "Most people that fled their homes are found in East Sumba reaching
        # 7,212 (1,803 families)": what the sentence counted before
    if re.search(r"\bof (?:which|whom)\s+$", head) and _coordinated(following):
        whole = [w for w in re.findall(r"\b[a-z]+\b", sentence[max(0, mention.start - 90):mention.start]) if plural(w)]
        return whole[0] if whole else None  # U13: "the number of fatalities after the passage of the cyclone, of
        # which 71 have been in Ikongo District"
    return "" if attributed or verb_after else None


def _of_deaths(sentence: str, mention: Mention, unit: str) -> bool:
    """Whether a figure counts deaths: its unit or one of the few words after it ("Eighteen people were killed")."""
    words = [unit, *re.findall(r"[\w'-]+", sentence[mention.end:mention.end + 40])[:4]]
    return any(en.KIND_WORDS.get(w.lower()) == "killed" for w in words)


def _coordinated(following: list[str]) -> bool:
    """Whether the words after a bare number go on as a list's member does: "and 225 in Malawi", ", 137 in the
    Nippes", "including 48 with gunshot wounds", ", 1,832 were in the South" (U4, U13)."""
    if following[:2] in (["have", "been"], ["has", "been"], ["had", "been"]):
        following = following[2:]
    if following[:1] and following[0] in ("were", "was", "are", "is"):
        following = following[1:]
    return not following or following[0] in _COORDINATED_BY or following == [following[0]] and \
        following[0] in en.SEVERITY  # U44: "eight soldiers wounded, two seriously"
