"""Where a name the gazetteer finds is, for the draft's places (draft_places.py): abroad or at home, a region abroad
rather than hamlets of --country (P2), a district's town only near the article's other places (P2b), a region's
adjective that is no place (P6), and a name put at a distance from another, which is no other name of its place (P9), a
country's adjective that a region of another country bears (P102: "Somali news agency Shabelle" is not Ethiopia's Somali
region); what a name's own words and the words around it say it is, whatever else the article makes of it: a name ending
in a kind of place is no person's (P63: "Candipuro Sub-district" is no speaker), a name before a settlement's word is a
place where a person bears it too (P64: "in Kawaye village"), and a name before "in" and an area of some kind is a place
in it (P65: "Jangebe in Talata Mafara local government area"); a region whose name is a compass word, listed with
regions before their plural kind, is a region (P67: "1,832 were in the South, 137 in the Nippes, 218 in the Grand-Anse
and two in the Northwest departments": Haiti's South department); and a speaker's or a claimant's name that is a town of
the article's country it writes after "in" is that town (P69: "Tanjug quoted unofficial sources in Bucharest as saying",
where Bucharest is taken for the speaker); a word that opens a sentence before "the" as a preposition or a verb in
"-ing" is none (P70: "Under the state of emergency", "Accessing the village"); a headline in capitals read as a dateline
is no place (P73: "VENEZUELA MIRED IN MUD, FLOODS"); and "Downtown" before a city's name names the city (P74: "Downtown
Timisoara, a city of 350,000, is in ruins"); a word the gazetteer lacks whose plural the article writes as a name is a
group's (P75: "in Tiger battle", where the "Liberation Tigers of Tamil Eelam" fight); the region around a city that is a
division of its own is another place than the city (P76: "11 in Almaty, eight in the Almaty region": Almaty Region, not
the city's division); a feature's word in lower case after a name, before a noun it qualifies, is no part of the name
(P100: "the South Pacific island nation of Samoa" names the South Pacific, "the Irrawaddy River delta region" the
Irrawaddy River); the end of a way from a place is a place (P104: "from the town of Bahai to Tine"), and so is a name
given after ", called" in a clause that sets it at a place (P105: "one near Farchana, called Tangore"); a name after
people and "in" is where they are, though "said" follows it (P106: "officials in Central America said"); a headline's
name that runs into its next words, or stops short of them, is the name as the prose writes it (P107: "Officials In
Central America Feared It Would Rise"); a name several places bear that the article says is a place is the one city of
100,000 people among them (P109: "a press briefing in Geneva"); a name the gazetteer lacks that heads a facility's name
is the facility where it stands alone (P110: "at Munigi", the "Munigi Health Center"); a region named for a point of
the compass is none abroad, in a country the article does not name (P131: "the Southern Region" of Ethiopia is not
Malawi's)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from briefing.brief import draft_mentions as mentioned
from briefing.brief.draft_mentions import WORD, Mention
from briefing.brief.words import en_places

# name, country, centre (lat, lon) of the other places, kind ("point", "area" or None) -> (what it resolves to or
# None, its candidates)
Lookup = Callable[..., tuple[Any | None, list[Any]]]


DISTRICT_KM = 300.0    # a district's town this far from every other place of the article is not the district's
CITY_ABROAD = 100_000  # a name found only outside --country is taken if a place of this many people bears it
BIG_CITY = 1_000_000   # ... and without a word that says it is a place, if a city of this many does


def hamlets(resolved: Any | None, candidates: list[Any]) -> bool:
    """Whether the places of --country a name resolves to are only villages and towns (fewer than CITY_ABROAD
    people), no region."""
    found = [resolved] if resolved is not None else candidates
    return bool(found) and all(p.feature[:1] == "P" and (p.population or 0) < CITY_ABROAD for p in found)


def region_abroad(abroad: tuple[Any | None, list[Any]], home: tuple[Any | None, list[Any]],
                  named: set[str | None]) -> tuple[Any | None, list[Any]]:
    """A first-level region or a city of a million people of another country the article names, rather than
    villages of --country that bear its name ("Texas" in an article on Mexico that names the U.S.)."""
    resolved, _ = abroad
    if resolved is not None and resolved.country in named and (
            resolved.feature == "A.ADM1" or (resolved.population or 0) >= BIG_CITY):
        return abroad
    return home


def abroad(found: tuple[Any | None, list[Any]], said: bool, named: set[str | None] | None = None
            ) -> tuple[Any | None, list[Any]]:
    """A place outside --country: where the article `said` it is a place, a city (CITY_ABROAD people), a country or
    a region; else only a city of a million people (not a village abroad that a word of the article names). In a
    country the article does not name, only a city of a million people ("Palma" in an article on Mozambique is
    not Palma de Mallorca), never a region named for a point of the compass, however many live there (P131: "Gedeo
    zone in the Southern Region", in an article on Ethiopia, is not Malawi's Southern Region)."""
    resolved, _ = found
    if resolved is None:
        return None, []
    if named is not None and resolved.country not in named and (
            (resolved.population or 0) < BIG_CITY or compass_region(resolved)):
        return None, []  # P131: "the Southern Region" of Ethiopia is not Malawi's, a region of 1.3 million people
    if (resolved.population or 0) >= (CITY_ABROAD if said else BIG_CITY) or (said and resolved.feature[:1] == "A"):
        return found
    return None, []


def compass_region(place: Any) -> bool:
    """P131: a region named for a point of the compass ("Southern Region", "Eastern Province", "Centre"), a name
    many countries give one of their regions."""
    return place.feature.startswith("A") and place.name.split()[0] in en_places.COMPASS_NAMES


def one_large_city(found: tuple[Any | None, list[Any]], said: bool) -> tuple[Any | None, list[Any]]:
    """P109: a name several places bear, which the article says is a place ("told a press briefing in Geneva"), is
    the one city of CITY_ABROAD people among them (Geneva, Switzerland, not the towns of the United States that bear
    its name); two or more such cities, or none, leave it to settle."""
    resolved, candidates = found
    if resolved is not None or not said:
        return found
    cities = [c for c in candidates if (c.population or 0) >= CITY_ABROAD]
    if cities and all(km((c.lat, c.lon), (cities[0].lat, cities[0].lon)) <= SAME_PLACE_KM for c in cities):
        return max(cities, key=lambda c: (c.feature[:1] == "P", c.population or 0)), []  # the city, not its canton
    return found


SAME_PLACE_KM = 5.0  # two cities of the gazetteer this close together are one, entered twice (P109)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance between two points (lat, lon), in km."""
    (lat1, lon1), (lat2, lon2) = (tuple(math.radians(x) for x in point) for point in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def adjective_of_area(mention: Mention, text: str, lookup: Lookup) -> bool:
    """P6: a region's adjective, made of its name and "n", before a word in lower case ("the North Sumatran capital
    of Medan") or before a word the article also writes in lower case (the headline's "in North Ossetian Fighting"):
    no place, where the gazetteer knows the region ("North Sumatra", "North Ossetia")."""
    words = mention.name.split()
    for i in range(1, len(words) + 1):
        head, rest = " ".join(words[:i]), words[i:]
        if not head.endswith("an") or len(head) < 6:
            continue
        if rest and not all(re.search(rf"\b{re.escape(word.lower())}\b", text) for word in rest):
            continue
        if not rest and not re.match(r" [a-z]", mention.after):
            continue
        resolved, _ = lookup(head[:-1], None, None, "area")
        if resolved is not None and resolved.feature.startswith("A"):
            return True
    return False


def adjective_of_country(mention: Mention, countries: set[str]) -> bool:
    """P102: a country's adjective made of its name less its last letter ("Somali" of "Somalia"), where the article
    names the country, before a word in lower case that is no kind of place ("Somali news agency Shabelle", "yet
    another circle of Somali hell"), is no place: not Ethiopia's Somali region, which the gazetteer also knows.
    After a preposition ("areas in Somali and some parts of Oromia") or before a kind ("the Somali region") it is the
    region all the same."""
    name = mention.name
    if not any(country.startswith(name) and len(country) == len(name) + 1 for country in countries):
        return False
    after = re.match(r" ([a-z][\w-]*)", mention.after)
    if after is None or after[1] in (*en_places.KINDS, "and", "or"):
        return False
    before = mention.before.rstrip().split()[-1:]
    return not before or before[0].lower() not in en_places.PREPOSITIONS


# A distance from another place right after a name: "Guayabal, 4 miles from Armero", ", 10 km north of Goma".
_AT_A_DISTANCE = re.compile(rf"^, (?:about |some |nearly |just )?[\d.,]+ (?:km|kilometres|kilometers|miles) "
                            rf"(?:(?:north|south|east|west|[\w-]+east|[\w-]+west) of|from) "
                            rf"(?P<other>{WORD}(?: {WORD})*)")


def another_places_name(mentions: list[Mention], found: dict[tuple[str, str | None], tuple[Any | None, list[Any]]]
                        ) -> set[str]:
    """P9: the names the article puts at a distance from one another ("the village of Guayabal, 4 miles from
    Armero") are two places; where the gazetteer finds both at one point, each found only by another of that
    place's names (Armero, an old name of the town of Guayabal) is not it."""
    at = {name: resolved for (name, _), (resolved, _) in found.items() if resolved is not None}
    names: set[str] = set()
    for mention in mentions:
        distance = _AT_A_DISTANCE.match(mention.after)
        pair = (mention.name, distance["other"]) if distance else ()
        if len(pair) < 2 or not all(name in at for name in pair):
            continue
        here, there = (at[name] for name in pair)
        if (here.lat, here.lon) == (there.lat, there.lon):
            names |= {name for name in pair if _plain(name) != _plain(at[name].name)}
    return names


def _plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def named_as_place(name: str) -> bool:
    """P63: a name that ends in a capitalised kind of place ("Candipuro Sub-district", "Sumberwuluh Village") is a
    place's, never a person's, whoever a quotation is given to."""
    words = name.split()
    return len(words) > 1 and words[-1] in (*en_places.AREA_TAILS, *en_places.SETTLEMENT_TAILS)


def before_settlement_word(mention: Mention, people: frozenset[str]) -> bool:
    """P64: a name before a settlement's word in lower case is a settlement, even where it is part of a person's
    name too ("A resident in Kawaye village, who identified himself as Sadi Kawaye"); not a name only a speaker or
    a body bears whole ("a Taliban camp", where the Taliban speak)."""
    return re.match(rf"^ (?:{'|'.join(en_places.SETTLEMENT_WORDS)})\b", mention.after) is not None and \
        any(mention.name != person and mention.name in person.split() for person in people)


def in_an_area(mention: Mention) -> bool:
    """P65: a name after a comma (where a building's or a body's name gives its place) and before "in" and the name
    of an area with its kind is a place in that area: "from Government Girls Secondary School, Jangebe in Talata
    Mafara local government area"; not "Cholera in Kasai province", a name that opens what is said of the area."""
    return mention.before.endswith(", ") and _IN_AN_AREA.match(mention.after) is not None


_IN_AN_AREA = re.compile(rf"^ in (?:the )?{WORD}(?: {WORD})* (?i:local government area|sub-?district|"
                         rf"{'|'.join(en_places.REGION_KINDS)}|{'|'.join(en_places.AREA_TAILS)})\b")


def compass_regions(every: list[Mention]) -> list[Mention]:
    """P67: a compass word after "in the" in a list of places that ends in the plural kind of a region ("1,832 were in
    the South, 137 in the Nippes, 218 in the Grand-Anse and two in the Northwest departments"), which a name finder
    takes for a direction: the region of that name (Haiti's South, Cameroon's Centre), one more mention."""
    found: list[Mention] = []
    for line, sentence in dict.fromkeys((m.line, m.sentence) for m in every):
        end = _PLURAL_REGION.search(sentence)
        if end is None:
            continue
        names = [m for m in every if m.sentence == sentence]
        for match in _IN_COMPASS.finditer(sentence, 0, end.start()):
            if any(match.end() < len(m.before) < end.start() for m in names):  # listed with other names
                start = match.start("name")
                found.append(Mention(match["name"], line, sentence, sentence[:start], sentence[match.end():]))
    return found


_PLURAL_REGION = re.compile(rf"\b(?:{'|'.join(kind for kind in en_places.REGION_KINDS if kind.endswith('s'))})\b")
_IN_COMPASS = re.compile(rf"\b(?:in|and) the (?P<name>{'|'.join(en_places.COMPASS_REGIONS)})(?=,| and | or )")


def place_for_person(name: str, text: str, lookup: Lookup, country: str | None) -> bool:
    """P69: a name given as a speaker or a claimant that the article writes after a preposition of place ("quoted
    unofficial sources in Bucharest as saying") and that is a town or a region of --country is that place: no
    person's name keeps it off the map; so is one of a city's parts (P74: "Downtown Timisoara")."""
    name = city_of(name)
    if not country or not re.search(rf"\b(?:in|at|near|from) {re.escape(name)}(?![\w'’-])", text):
        return False
    resolved, _ = lookup(name, country, None, None)
    return resolved is not None and resolved.country == country and not resolved.is_country


def opening_verb_or_preposition(mention: Mention) -> bool:
    """P70: a single word that opens a sentence before an article, a preposition ("Under the state of emergency
    imposed in June") or a verb in "-ing" ("Accessing the village, situated in the San Cristobal Verapaz
    municipality, has been difficult"): no place, whatever follows it."""
    word = mention.name
    return " " not in word and not mention.before.strip(" \"'“‘(") and \
        (word in en_places.OPENING_PREPOSITIONS or (word.endswith("ing") and len(word) > 6)) and \
        re.match(r" (?:the|a|an|this|that|these|those|its|their|his|her)\b", mention.after) is not None


def headline_for_dateline(mention: Mention, lookup: Lookup, country: str | None) -> bool:
    """P73: a dateline's "place" of four words or more, one of them an English preposition, that no place of the
    gazetteer bears is a headline in capitals before a comma ("VENEZUELA MIRED IN MUD, FLOODS"), no place to settle
    (but "SAN JUAN DE LOS MORROS" may be one)."""
    words = mention.name.split()
    return mention.dateline and len(words) > 3 and bool({w.lower() for w in words} & _HEADLINE_WORDS) and \
        lookup(mention.name, country, None, None)[0] is None


_HEADLINE_WORDS = {"in", "on", "at", "to", "as", "for", "with", "by", "after", "over", "into", "amid"}


def city_of(name: str) -> str:
    """P74: the city a name of one of its parts names ("Downtown Timisoara": Timisoara), else the name."""
    first, _, rest = name.partition(" ")
    return rest if first in en_places.CITY_PARTS and rest[:1].isupper() else name


def in_the_city(mention: Mention) -> Mention:
    """P74: a mention of a city's part ("Downtown Timisoara") as a mention of the city."""
    city = city_of(mention.name)
    if city == mention.name:
        return mention
    return replace(mention, name=city, before=mention.before + mention.name[:len(mention.name) - len(city)])


def feature_word_qualifying(mention: Mention) -> Mention:
    """P100: a feature's word in lower case that ends a name and qualifies the noun after it ("the South Pacific
    island nation of Samoa", "the Irrawaddy River delta region") is no part of the name: the mention is of the
    feature named before it ("South Pacific", "Irrawaddy River"), not of an island or a delta by that name."""
    head, _, tail = mention.name.rpartition(" ")
    if not head or not tail.islower() or tail.title() not in en_places.FEATURE_TAILS or \
            _QUALIFIED.match(mention.after) is None:
        return mention
    return replace(mention, name=head, after=f" {tail}{mention.after}")


_QUALIFIED = re.compile(rf"^ (?:{'|'.join(en_places.QUALIFIED_BY_FEATURE)})\b")


def from_place_to(mention: Mention) -> str:
    """P104: the place a way starts from, where the name is its end ("going south from the town of Bahai to Tine on
    foot": Bahai), else "": the end of a way from a place is a place too."""
    start = _FROM_TO.search(mention.before)
    return start["start"] if start else ""


_FROM_TO = re.compile(rf"\bfrom (?:the (?:{'|'.join(en_places.TOWN_KINDS)}) of )?(?P<start>{WORD}(?: {WORD})*) to $")


def called_near_a_place(mention: Mention) -> bool:
    """P105: a name given after a comma and "called", in a clause that sets what it names at a place ("one in the
    north, between Iriba and Guéréda, called Abnebak; one near Farchana, called Tangore"), is that thing's name: a
    place."""
    clause = re.split(r"[;:]", mention.before)[-1]
    return re.search(r", (?:called|named|known as) $", clause) is not None and \
        _SET_AT.search(clause) is not None


_SET_AT = re.compile(rf"\b(?:near|between|in|outside|north of|south of|east of|west of) {WORD}")


def where_they_are(mention: Mention) -> bool:
    """P106: a name after a word for people and "in" ("which officials in Central America said has killed at least
    9,000 people") is where they are, though a speech verb follows it: the people speak, not the place."""
    return _PEOPLE_IN.search(mention.before) is not None


_PEOPLE_IN = re.compile(rf"\b(?:{'|'.join(w for w in en_places.ACTORS if w.endswith('s') or w == 'people')}) in $")


def headline_as_written(mention: Mention, written: set[str]) -> Mention:
    """P107: a name of a line in title case that runs into the line's next capitalised words, or stops short of
    them, is the name the article writes elsewhere in lower-case prose: "Officials In Central America Feared It
    Would Rise" names Central America (not "Central America Feared"), "In The Gulf Of Mexico" the Gulf of Mexico
    (not "Gulf")."""
    if not mentioned.title_case(mention.sentence) or mention.name in written:
        return mention
    run = mention.name + mention.after
    for name in sorted(written, key=len, reverse=True):
        if " " in name and (mention.name.startswith(f"{name} ") or
                            (len(name) > len(mention.name) and run.lower().startswith(name.lower()) and
                             not re.match(r"[\w'’-]", run[len(name):len(name) + 1]))):
            return replace(mention, name=name, after=run[len(name):])
    return mention


def facility_named_for(name: str, text: str) -> bool:
    """P110: a name the gazetteer lacks that the article writes as the head of a facility's name ("the Munigi Health
    Center") is that facility where it stands alone ("receiving treatment at Munigi"), no place."""
    return re.search(rf"(?<![\w-]){re.escape(name)} (?:{_FACILITY_HEADS})\b", text) is not None


_FACILITY_HEADS = "|".join(sorted({word.title() for word in en_places.BUILDINGS} | {"Health"}, key=len, reverse=True))


def group_in_plural(name: str, text: str) -> bool:
    """P75: a single word the gazetteer lacks whose plural the article writes with a capital ("Civilians 'trapped' in
    Tiger battle", "the Liberation Tigers of Tamil Eelam") is a group's name or its adjective, no place to settle."""
    return " " not in name and not name.endswith("s") and \
        re.search(rf"(?<![\w'’-]){re.escape(name)}s(?![\w'’-])", text) is not None


def regions_around_cities(mentions: list[Mention], lookup: Lookup, country: str | None) -> list[Mention]:
    """P76: "the X region" where the gazetteer's division X is the city's own and another division bears "X Region"
    ("11 in Almaty, eight in the Almaty region": Almaty Region, around the city) is a mention of "X region", as the
    article writes it, so the city's other mentions stay the city's."""
    around: dict[tuple[str, str], bool] = {}
    result = []
    for mention in mentions:
        word = _REGION_WORD.match(mention.after)
        if word is None:
            result.append(mention)
            continue
        key = (mention.name, word[1])
        if key not in around:
            own, _ = lookup(mention.name, country, None, "area")
            region, _ = lookup(f"{mention.name} {word[1].title()}", country, None, "area")
            around[key] = own is not None and region is not None and region.feature.startswith("A") and \
                own.feature.startswith("A") and (own.lat, own.lon) != (region.lat, region.lon)
        result.append(replace(mention, name=f"{mention.name}{word[0]}", after=mention.after[word.end():])
                      if around[key] else mention)
    return result


_REGION_WORD = re.compile(r"^ (region|province|oblast)\b")
