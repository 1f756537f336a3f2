"""The words that say a capitalised name is a place, for the draft's places (draft_places.py, rule P4): a dateline,
a natural feature or a part of the world, a preposition of place before it ("in", "near", "fled to"), a kind
before "of" ("the village of") or after it ("Kihondo camp", ", an island"), a direction ("south of Tyre"), a name
given ("two regions called Chechenia", "what used to be called Chechen-Ingushetia"), an apposition after a kind
("one LGA, Itas-Gadu reporting"; a feature's too: "The volcano, Nevado del Ruiz,"), examples of a kind ("remote
villages like Duchity and Toirac"), a list after a counted kind ("three villages, Dogo Nahawa, Ratsat and Zot",
P4b); never an adjective of nationality before a lower-case word ("Sudanese camps"), a title's area ("regional
director for South Asia") nor a building's name, nor the sides after "fighting ... between" ("between Aideed and Ali
Mahdi"). The words are in words/en_places.py.
"""

from __future__ import annotations

import re

from briefing.brief import draft_mentions as mentioned
from briefing.brief.draft_mentions import WORD, Mention
from briefing.brief.words import en_places

QUALIFIERS = re.compile(rf"(?:\s(?:the|[\w]+-(?:{'|'.join(en_places.HELD)})|"
                        rf"{'|'.join(map(re.escape, en_places.QUALIFIERS))}))+$", re.IGNORECASE)

_COMPASS_AND = re.compile(r"\s(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower) (?:and|or)$")
# A name given after a kind or "what" ("two regions called Chechenia", "what used to be called Chechen-Ingushetia"),
# and a name in apposition after a kind ("one LGA, Itas-Gadu reporting"; "the district, Khost"): P4's words.
_NAMED_AS = re.compile(rf"\b(?:(?:{'|'.join(map(re.escape, en_places.KINDS))})|what|which)(?: [\w-]+){{0,3}} "
                       rf"(?:{'|'.join(en_places.CALLED)})$", re.IGNORECASE)
# "between" after a word for a conflict or a talk, which makes the names after it its sides, not places: "the fighting
# in Mogadishu between Aideed and Ali Mahdi", "talks between Rakhmonov and Nuri".
_SIDES_BETWEEN = re.compile(rf"\b(?:{'|'.join(en_places.SIDES)})\b(?:\s\S+){{0,4}}\sbetween$", re.IGNORECASE)
# Names a kind gives as examples: "remote villages like Duchity and Toirac", "towns such as Chokwe".
_KIND_LIKE = re.compile(rf"\b(?:{'|'.join(map(re.escape, en_places.KINDS))})(?: [\w-]+)? (?:like|such as|including)$",
                        re.IGNORECASE)
# The names a list gives of places of a kind counted before it, after a comma or a dash (P4b): "three villages, Dogo
# Nahawa, Ratsat and Zot", "four villages about 530 miles northwest of Port Moresby - Sissano, Warapu, Arop and
# Malol", "each town along its route - Thille-Boubacar, Fanaye-Dieri, Ndioum"; the last after "and" is listed with
# them (draft_places.py).
_LIST_OF_KIND = re.compile(rf"\b(?i:\d+|{'|'.join(en_places.LIST_COUNTS)}) (?:[\w'’-]+ )?"
                           rf"(?i:{'|'.join(map(re.escape, en_places.KINDS))})\b[^.;!?\"“”()]{{0,60}}?(?:,| [-–—]) "
                           rf"(?:{WORD}(?:\s{WORD})*, )*$")
_KIND_APPOSITION = re.compile(rf"\b(?:one|a|an|the) (?:{'|'.join(map(re.escape, en_places.KINDS))}),$",
                              re.IGNORECASE)


def cued(mention: Mention) -> bool:
    """Whether the article says this is a place: a dateline, a feature, after a preposition of place, after "the
    village of" or "north of", before ", an island" or " camp"."""
    before = QUALIFIERS.sub("", mention.before.rstrip())  # "in northern Rakhine", "in the southern Gaza Strip"
    before = _COMPASS_AND.sub("", before)  # "primarily in North and South Ossetia": South Ossetia is after "in"
    words = before.split()
    if re.search(rf"\b(?:{'|'.join(en_places.ROLES_FOR)}) for(?: the)?$", before, re.IGNORECASE):
        return False  # "UNICEF's regional director for South Asia": a title's area
    if mention.dateline or _feature(mention.name) or \
            len(mention.name.split()) > 1 and mention.name.split()[-1] in en_places.AREA_TAILS or \
            mentioned.GROUPING.match(mention.after):
        return True  # "the North West Frontier Province"
    if re.match(rf"^ (?:{'|'.join(en_places.BUILDINGS)})\b", mention.after):
        return False  # "at the Kenya Assemblies of God Pentecostal church"
    if " ".join(words[-2:]).lower() in en_places.NOT_PREPOSITIONS or (
            words[-1:] == ["to"] and re.match(r"^ (?:the|a|an)\b", mention.after)):  # not "in Indian Kashmir a"
        return False  # "according to Medair", "to Save the Artibonite"
    if _SIDES_BETWEEN.search(before):
        return False  # "the fighting in Mogadishu between Aideed and Ali Mahdi": sides, not places
    if words and (words[-1].lower() in en_places.PREPOSITIONS or " ".join(words[-2:]).lower()
                  in en_places.PREPOSITIONS):
        return _not_adjective(mention)
    if words and words[-1].lower() in en_places.PLACE_VERBS:
        return _not_adjective(mention)  # "the quake struck Kahramanmaras", "captured Bakhmut"
    if len(words) >= 2 and words[-1].lower() == "to" and words[-2].lower().strip(",") in en_places.MOVEMENTS:
        return _not_adjective(mention)  # "fled to Kanyaruchinya", not "a letter to Guterres"
    if len(words) >= 2 and words[-1].lower() == "from" and words[-2].lower().strip(",") not in \
            en_places.FROM_SOURCES:
        return _not_adjective(mention)  # "fled from Rugari", not "a statement from Medair"
    kinds = "|".join(map(re.escape, [*en_places.KINDS, *en_places.DIRECTIONS, *en_places.OF_PLACE]))
    if re.search(rf"\b(?:{kinds}) of(?: the)?$", before, re.IGNORECASE) or \
            re.search(rf"\b(?:{kinds}) of(?: the)?$", mention.before.rstrip(), re.IGNORECASE) or \
            re.search(rf"\b(?:{'|'.join(en_places.ON_PLACE)}) on$", before, re.IGNORECASE):
        return _not_adjective(mention)
    if _NAMED_AS.search(before) or _KIND_APPOSITION.search(before) or _KIND_LIKE.search(before) or \
            _LIST_OF_KIND.search(mention.before):
        return _not_adjective(mention)  # "two regions called Chechenia", "one LGA, Itas-Gadu reporting", P4b
    directions = "|".join(en_places.DIRECTIONS)
    distance = r"(?:about |some )?(?:[\d.,]+ (?:km|kilometres|kilometers|miles) )?"
    if re.match(rf"^, {distance}(?:{directions}) of ", mention.after):
        return _not_adjective(mention)  # "Ras al-Biyada, south of Tyre"
    kinds = "|".join(map(re.escape, en_places.KINDS))
    regions = "|".join(en_places.REGION_KINDS)
    # (only the kind's case is ignored: a name's words begin with a capital, "Dukhia Manjhi, who has ..." is none)
    if re.match(rf"^, (?:in )?(?:the )?{WORD}(?:\s{WORD})* (?i:{regions})\b", mention.after):
        return _not_adjective(mention)  # "Gorgadji, Seno province"
    if re.search(rf"\bthe (?:[\w-]+ ){{0,2}}(?:{'|'.join(en_places.NAMING_KINDS)})$", before, re.IGNORECASE):
        return _not_adjective(mention)  # "the regional capital Mekelle", "the border town Adre"
    camps = "|".join(en_places.CAMP_WORDS)  # "Jalozai is one of the camps", "Balukhali refugee camp"
    if re.match(rf"^,? (?:an?|the) (?:[\w'’-]+ ){{0,4}}(?:{kinds})\b|^ (?:{camps}) camps?\b", mention.after) or \
            re.match(rf"^ (?:is|was) (?:an?|the|one of the) (?:(?!of )[\w'’-]+ ){{0,2}}(?:{kinds})\b",
                     mention.after) or \
            (before and re.match(rf"^ (?:{kinds})\b(?<!stronghold)", mention.after)):  # not "Huge areas of"
        return _not_adjective(mention)
    return False


def _not_adjective(mention: Mention) -> bool:
    """"in Sudanese camps", "in Arabic", "across the Himalayan nation" are no places: an adjective of nationality
    before a lower-case word."""
    ends = mention.name.endswith(en_places.ADJECTIVE_ENDINGS)
    noun = re.match(r" ([a-z]+)", mention.after)
    if mention.name.endswith("an") and "-" not in mention.name and noun and noun[1] not in en_places.KINDS:
        return False  # "the Himalayan nation", not "Bojan village" nor "the Wesh-Chaman border"
    return not (ends and (mention.after[:1] in (" ", "") and mention.after[1:2].islower() or not mention.after))


def _feature(name: str) -> bool:
    """A natural feature or a part of the world: "Mount Nyiragongo", "Indian Ocean", "Caribbean"."""
    words = name.split()
    return mentioned.world_region(name) or (len(words) > 1 and (
        words[0] in en_places.FEATURE_HEADS or words[-1].title() in en_places.FEATURE_TAILS))
