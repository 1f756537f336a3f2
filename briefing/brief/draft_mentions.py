"""The capitalised names of an article, for `briefing draft`'s places (draft_places.py): runs of capitalised words
as the article writes them ("Khan Younis", "Rio de Janeiro", "Port-au-Prince", the dateline's "CAIRO", also after a
syndicator's tag, "(MENAFN- Pajhwok Afghan News) KABUL (Pajhwok):", never a byline's "Author:"), where they stand,
and whether one may be a place at all: never a person's name (after a title, before "said", a speaker; but a name
that reports a count, "Uasin Gishu reported 4 fatalities", and a camp named after a person, "the Sheikh Yasin
camp", are places), a body's or an institution's ("International Organisation for Migration", "Nasser Hospital"),
a storm, a group ("Hamas fighters", "the Kuki and Meitei communities", "the Scheduled Tribe category"), a demonym
("Libyan"), a contraction ("I'm"), a word the article also writes in lower case, a day or a month (but "Zinda
Jan"), a city only ever used for its government ("Moscow says"). The words are in words/en_places.py and
words/en.py.

- M1 a place's name is no place where it is a speaker's or a body's name, but only as whole words: "North Ossetia"
  is a place beside "the North Ossetian Health Ministry said";
- M2 the plural kind after a list's last name is the list's, not part of its name: "in Kwara, Niger, Sokoto and
  Taraba States" names Taraba (not "Canada and United States");
- M3 a people's name that a place's name begins with is no place: "Tadzhik" (Tadzhikistan), "Kazakh", "Ingush"
  (Ingushetia);
- M4 a name ending in a feature's word is a feature's even with a body's word in it: "Cross River" (not "Red Cross");
- M5 a compass word in lower case before a part of the world is part of its name ("to southern Africa"), and a part
  of the world is a place though the article writes its adjective too ("Africa", "African");
- M6 a name after a kind and "of" ("residents of"), or after "in", "at", "near", is a place, also before "said" or
  "told": "Reports from the nearby town of Lubukpakam said", "Azerbaijani officials in Baku said", "Residents of
  Gwoza told Amnesty International";
- M7 an agency's dateline with a full stop before its date is a dateline: "NUR-SULTAN. March 14 (Interfax) -";
- M8 a name ends before a dash the archive writes "-" before a small word ("the city of Mananjary-on February 5"),
  and before "-based" ("the Nairobi-based charity").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.brief import sentences
from briefing.brief.archive import Archive
from briefing.brief.numbers import MEANING, UNITS
from briefing.brief.words import en, en_places

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
CALENDAR_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                   "Nov", "Dec"}
_PART = rf"[{UPPER}][\w’']*"
# P155: a name's last part after a hyphen in lower case ("the capital Nuku-alofa"), not a compound's adjective
# ("Saudi-led", "Hamas-run", "Nairobi-based", "Tigray-affected", "English-speaking", "Kurdish-majority").
_LOWER_TAIL = (r"(?:-(?![a-z]*(?:ed|ing|ese|ian|an|ist|ists|wide|style|era|run|held|hit|born|bound|made|majority|"
               r"free|like|only|backed|based|owned|linked|led|type|level|scale|term|day|week|year|side|district|"
               r"province|region|state|county|village|town|city)\b)"
               r"[a-z]{3,}(?![\w’'-]))?")
_JOINER = "|".join(en_places.JOINERS)
# One word of a name: "Goma", "Port-au-Prince", "Pont-Sondé", "el-Fasher", "St.", "N'Djamena"
WORD = (rf"(?:(?:[Aa]l|[Ee]l|[Aa]s|[Aa]d|[Aa]n|[Aa]r|[Aa]sh|[Aa]z)-)?"
        rf"(?:St\.|Mt\.|{_PART}(?:-(?:(?:{_JOINER})-)?{_PART})*{_LOWER_TAIL})")
# (M8: a name ends before a dash the archive wrote as "-" before a small word, "the city of Mananjary-on February 5",
# and before "-based": "the Nairobi-based charity")
_DASHED = r"-(?:based|on|in|at|and|the|an?|which|where|who|some|about|near|from|to|with)\b"
_NAME = re.compile(rf"(?<![\w’'.-]){WORD}(?:\s(?:(?:{_JOINER}|of)\s)?{WORD})*(?:(?![\w-])|(?={_DASHED}))")
# (not a body in capitals with an apposition: "UNHCR, the UN Refugee Agency, is ...")
# (after a syndicator's tag in brackets: "(MENAFN- Pajhwok Afghan News) KABUL (Pajhwok): ...")
_MONTHS = "|".join(sorted(CALENDAR_MONTHS))
# (an agency's dateline with a full stop before the date: "NUR-SULTAN. March 14 (Interfax) - ...", M7)
_DATELINE = re.compile(rf"^(?:\([^()]{{1,60}}\)\s)?((?:[{UPPER}][{UPPER}’'.-]+)(?:\s[{UPPER}][{UPPER}’'.-]+)*)"
                       rf"(?:,(?!\s(?:the|an?)\s)|\s\(|\s[—–-]|(?<=\.)\s(?=(?:{_MONTHS})\.? \d))")
# A dateline in title case before a colon, of one place or several: "Cape Town: France ...", "Maputo/New York: ..."
_COLON_DATELINE = re.compile(rf"^(?!(?:{'|'.join(en_places.BYLINE_LABELS)}):)"  # not "Author: Edmund Blair"
                             rf"([{UPPER}][\w’'.-]+(?:\s[{UPPER}][\w’'.-]+){{0,2}}"
                             rf"(?:/[{UPPER}][\w’'.-]+(?:\s[{UPPER}][\w’'.-]+){{0,2}})*):\s(?=[{UPPER}])")
_POSSESSIVE = re.compile(r"[’']s$")
_TAIL = re.compile(rf" (?:{'|'.join(tail.lower() for tail in en_places.FEATURE_TAILS)})\b")
_TITLES = {word for title in en.TITLES for word in title.split()}
BODY_WORDS = {*en.BODY_WORDS, *en_places.INSTITUTIONS, *en_places.GROUP_WORDS}
_NOT_NAME_WORDS = {*_TITLES, *en.SENTENCE_WORDS, *en_places.NOT_BEFORE, *en_places.KIND_ABBREVIATIONS}
CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
GOVERNMENT_VERBS = "says|said|reject|rejects|rejected|wants|wanted|claims|claimed|denies|denied|accuses|accused"
# A kind of region between two names, which makes them two places, one inside the other: "Vubwi District of
# Eastern Province" ("State" is not one: "Islamic State of Iraq" is a group's name).
_HELD_BY = re.compile(r" (?:District|Province|Region|County|Governorate|Department|Municipality|Territory|Oblast"
                      r"|Local Government Area|Woreda|Zone) of ")  # P151: "Owo Local Government Area of Ondo State"
# A list of three names or more in brackets after a name, which makes it the region they are in (not a body's other
# names, "Médecins Sans Frontières (Doctors Without Borders, MSF)"): "Western(Kakamega, Vihiga,
# Busia, Bungoma and Trans Nzoia)", "Coast (Kwale, Mombasa, Kilifi, Lamu)".
GROUPING = re.compile(rf" ?\({WORD}(?: {WORD}){{0,2}}(?:(?:, | and ){WORD}(?: {WORD}){{0,2}}){{2,}}\)")  # 3 or more
_CAMP = re.compile(r"\s(?:camp|camps)\b")
_CONTRACTION = re.compile(r"[’'](?:m|re|ve|ll|d)$|n[’']t$")  # "I'm just happy", "Don't": no names
_NOT_PLACE_AFTER = {*en_places.ACTORS, *en_places.DISEASE_WORDS}  # "Hamas fighters", "Ebola virus"
NEVER_ALONE = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
               "Lower", "Greater", "New", "Old", "Saint", "St.", "Mount", "Lake", "Port"}


@dataclass
class Mention:
    """A capitalised name where the article writes it: its line, sentence and what stands around it."""

    name: str
    line: int
    sentence: str
    before: str  # the words before it in its sentence
    after: str   # the words after it in its sentence
    dateline: bool = False
    within: str = ""     # the name of two words around a possessive it stands in ("Cox" of "Cox's Bazar")
    joined: bool = False  # such a name, taken only if the gazetteer knows it


def mentions(archive: Archive) -> list[Mention]:
    """Every capitalised name of the article, in order: runs of capitalised words ("Khan Younis", "Rio de
    Janeiro", "Port-au-Prince"), without a possessive's "'s" and the sentence words and titles at their ends."""
    found = []
    for line, paragraph in zip(archive.lines, archive.paragraphs):
        dateline = _DATELINE.match(paragraph) or _COLON_DATELINE.match(paragraph)
        if dateline:
            for name in dateline[1].split("/"):
                found.append(Mention(name.strip(" ."), line, paragraph[:200], "", paragraph[dateline.end(1):][:80],
                                     True))
        for sentence in sentences.split(paragraph):
            for match in _NAME.finditer(_listed_kinds_lowered(_headline_kinds_lowered(sentence))):
                if dateline and paragraph.startswith(sentence) and match.start() == 0:
                    continue  # the dateline, read above
                names = _names_in(match[0], match.start())
                if not names and match[0] in NEVER_ALONE and GROUPING.match(sentence, match.end()):
                    names = [(match[0], match.start())]  # "Western(Kakamega, Vihiga, Busia ...)": a region
                if _camp_named_after(match[0]) and _CAMP.match(sentence, match.end()) and \
                        names != [(match[0], match.start())]:
                    names = [(match[0], match.start())]  # "the Sheikh Yasin camp": a camp named after a person
                joined = _joined(match[0], match.start())
                for name, start in names:
                    tail = _TAIL.match(sentence, start + len(name))  # "the Atlas mountains"
                    name = sentence[start:tail.end()] if tail else name
                    compass = _COMPASS_BEFORE.search(sentence, 0, start)
                    if compass and f"{compass[1].title()} {name}" in en_places.WORLD_REGIONS:
                        name, start = sentence[compass.start(1):start + len(name)], compass.start(1)  # M5
                    inside = joined[0] if joined and joined[1] <= start < joined[1] + len(joined[0]) else ""
                    found.append(Mention(name, line, sentence, sentence[:start], sentence[start + len(name):],
                                         within=inside))
                if joined:
                    found.append(Mention(joined[0], line, sentence, sentence[:joined[1]],
                                         sentence[joined[1] + len(joined[0]):], joined=True))
    return found


# The plural kinds a headline in title case capitalises after a name ("Tensions Rise in Zaire Camps"): no plural is
# part of one place's name ("Islands" and "States" are: "Solomon Islands", "United States").
_PLURAL_KINDS = re.compile(r"\b(?:Villages|Towns|Cities|Districts|Regions|Provinces|Camps|Areas|Neighbou?rhoods"
                           r"|Sites)\b")


def _headline_kinds_lowered(sentence: str) -> str:
    """A line in title case with its plural kinds in lower case, so that "Zaire Camps" is Zaire's camps; any other
    line as it is. The length is kept: positions hold."""
    return _PLURAL_KINDS.sub(lambda m: m[0].lower(), sentence) if title_case(sentence) else sentence


def headline(sentence: str) -> bool:
    """A headline's line: in title case, ending no sentence ("Ebola Prompts Mini-quarantine in Sierra Leone
    Capital"; not a list of names, "Western(Kakamega, Vihiga, Busia, Bungoma and Trans Nzoia); ...")."""
    return title_case(sentence) and not sentence.rstrip().endswith(_SENTENCE_ENDS)


_SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", "’", ";", ":")


def title_case(sentence: str) -> bool:
    """A line in title case, a headline's: most of its longer words (after the first) capitalised, or all of
    them in a short line that ends no sentence ("Battling Ebola in Liberia")."""
    words = re.findall(r"[A-Za-z][\w’'-]{3,}", sentence)[1:]
    if len(words) == 2 and not sentence.rstrip().endswith(_SENTENCE_ENDS):
        return all(w[0].isupper() for w in words)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# The plural kind after the last of a list of names, which is theirs, not part of the last one's name: "in Kwara,
# Niger, Sokoto and Taraba States" (M2; not "Canada and United States").
_LISTED_KIND = re.compile(rf"(?:(?<=,\s)|(?<=\sand\s)|(?<=\sor\s))(?!United\s|Federated\s){_PART}(?:\s{_PART})?\s"
                          r"(States|Provinces|Regions|Districts|Counties|Governorates|Departments|Oblasts|Territories)"
                          r"\b")


# A compass word in lower case right before a name: "to southern Africa", a part of the world (M5).
_COMPASS_BEFORE = re.compile(r"(?<![\w-])(northern|southern|eastern|western|central|north|south|east|west) $")


def _listed_kinds_lowered(sentence: str) -> str:
    """The sentence with the plural kind after a list's last name in lower case (M2): "Sokoto and Taraba states"."""
    return _LISTED_KIND.sub(lambda m: m[0][:m.start(1) - m.start()] + m[1].lower(), sentence)


def _names_in(run: str, at: int) -> list[tuple[str, int]]:
    """The names in a run of capitalised words: the run without leading sentence words and titles, split where
    a word that is never part of a place name stands ("Grenada Prime Minister Dickon Mitchell")."""
    holder = _HELD_BY.search(run)
    if holder:  # "Vubwi District of Eastern Province": two places, Vubwi and Eastern Province ("Eastern" is none)
        inner = run[:holder.start()] if run[:holder.start()] not in NEVER_ALONE else run[:holder.end() - 3]
        return _names_in(inner, at) + _names_in(run[holder.end():], at + holder.end())
    words = [(m[0], m.start()) for m in re.finditer(r"\S+", run)]
    if len(words) > 2 and words[0][0].lower() in en_places.OF_PLACE and words[1][0] == "of":
        words = words[2:]  # "Parts of Manicaland province have seen ...", a sentence's first words
    if any(_POSSESSIVE.sub("", word) in BODY_WORDS for word, _ in words) and \
            words[-1][0] not in en_places.FEATURE_TAILS and \
            not run.endswith("Local Government Area"):  # but "Cross River", a river's (and a state's) name (M4),
        # and Nigeria's "Owo Local Government Area", an area (P151)
        return []  # a body's name: "International Organisation for Migration", "Munigi Health Center"
    names: list[tuple[str, int]] = []
    current: list[tuple[str, int]] = []
    for word, start in [*words, ("", len(run))]:
        bare = _POSSESSIVE.sub("", word)
        if not word or bare in _NOT_NAME_WORDS or bare in CALENDAR or _month(bare, not current):
            while current and current[-1][0] in (*en_places.JOINERS, "of"):
                current.pop()
            if current:
                names.append((run[current[0][1]:current[-1][1] + len(current[-1][0])], at + current[0][1]))
            current = []
            continue
        if not current and word in (*en_places.JOINERS, "of"):
            continue
        current.append((bare, start))
        if bare != word:  # a possessive ends the name: "DR Congo's turbulent east"
            names.append((run[current[0][1]:current[-1][1] + len(bare)], at + current[0][1]))
            current = []
    return [(name, start) for name, start in names if name not in NEVER_ALONE]


def _camp_named_after(run: str) -> bool:
    """A camp's name that is a person's with a title ("the Sheikh Yasin camp"), not a politician's camp ("the Ruto
    camp", "the Mr Odinga camp"): a title but an honorific, then a name."""
    first, *rest = run.split()
    return bool(rest) and first in _TITLES and first not in en.HONORIFICS and first not in en_places.NOT_BEFORE


def _month(word: str, first: bool) -> bool:
    """An abbreviated month ("in Oct.", "Jan 5"), not a word of a name it ends without a full stop ("Zinda Jan")."""
    return word.rstrip(".") in en_places.MONTHS_SHORT and (first or word.endswith("."))


def _joined(run: str, at: int) -> tuple[str, int] | None:
    """Two capitalised words around a possessive, which may be one name ("Cox's Bazar") or two ("Ethiopia's
    Tigray"): the gazetteer tells."""
    found = re.search(rf"(?<![\w’'-]){_PART}[’']s {_PART}(?![\w-])", run)
    return (found[0], at + found.start()) if found else None


def may_be_place(mention: Mention, text: str, people: frozenset[str]) -> bool:
    """Not a speaker's or a body's name, a storm, a group ("Hamas fighters"), a word the article also writes in
    lower case, a day, a country's adjective, a government ("Moscow says"), an acronym (but a dateline)."""
    name = mention.name
    if any(ch.isdigit() for ch in name) or (name.isupper() and not mention.dateline) or len(name) < 3 or \
            capitalised(name) in en_places.NOT_PLACES or _CONTRACTION.search(name):
        return False
    if (any(name == person or _words_of(name, person) for person in people) or name.split()[-1] in people) and \
            not (_camp_named_after(name) and _CAMP.match(mention.after)):
        return False
    if re.search(rf"\b(?:{_STORMS}) {re.escape(name)}\b", text):  # "Cyclone Nargis ... where Nargis struck"
        return False
    if re.search(r"(?:^|\s)[A-Z]$", name) and re.match(r"\. [A-Z]", mention.after):
        return False  # a name cut at its initial: "the John F. Kennedy Hospital"
    if _QUALIFIER_OPENING.match(f"{name}{mention.after}"):  # "More than two dozen people", not More in Cameroon
        return False
    previous = mention.before.split()[-1:] if mention.before.split() else []
    if previous and previous[0] in en_places.NOT_BEFORE:
        return False
    if world_region(name):  # "Africa" where the article also writes "African": a part of the world
        return not re.search(rf"\b{re.escape(name.lower())}\b", text)
    if _KIND_OF.search(mention.before) or _PLACE_PREPOSITION.search(mention.before):
        return not _common(name, text, adjectives=False)  # M6: "Reports from the nearby town of Lubukpakam
        # said", "Azerbaijani officials in Baku said": a place, no speaker
    following = mention.after.split()[:1]
    if following and following[0].strip(",.;:") in _NOT_PLACE_AFTER and not mention.after.startswith(",") and \
            not _COUNTS.match(mention.after):
        return False
    return GROUPING.match(mention.after) is not None or not _common(name, text) and not _government(name, text)


# A kind of place and "of" before a name, which says it is a place, also before "said": "Reports from the nearby town
# of Lubukpakam said ...", no government.
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|into|towards)\s$")
_KIND_OF = re.compile(rf"\b(?:{'|'.join([*en_places.KINDS, *en_places.OF_PLACE])}) of $", re.IGNORECASE)


def world_region(name: str) -> bool:
    """A part of the world, its compass word in lower case or not: "Caribbean", "southern Africa"."""
    return name in en_places.WORLD_REGIONS or name[:1].upper() + name[1:] in en_places.WORLD_REGIONS


def _words_of(name: str, person: str) -> bool:
    """Whether `name` is whole words of a person's or a body's name: "North Ossetia" is not in "the North Ossetian
    Health Ministry"."""
    return re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", person) is not None


# The endings that make a people's name a place's: "Tadzhik" of Tadzhikistan, "Kazakh" of Kazakhstan, "Ingush" of
# Ingushetia (M3).
PEOPLE_TO_PLACE = ("stan", "istan", "etia", "etiya")


def capitalised(name: str) -> str:
    """A name without the lower-case words of a feature after it (P146): "Greek" of "the Greek island of Evia"."""
    return " ".join(word for word in name.split() if not word.islower()) or name


def demonym(name: str, places: set[str]) -> bool:
    """"Libyan", "Pakistani", "Grenadians", "South American", "Honduran", "the Philippine island of Mindanao": a word
    made from a place's name, not a place; so is a name that only a feature's word in lower case follows (P146)."""
    name = capitalised(name)
    if name + "land" in places or name + "s" in places:  # "Thai", "Thailand"; "Philippine", "Philippines" (P146)
        return True
    if any(name + ending in places for ending in PEOPLE_TO_PLACE):  # "Tadzhik", "Kazakh", "Ingush"
        return True
    for ending in ("ians", "ian", "ans", "an", "ns", "n", "is", "i", "ese", "s"):
        stem = name[:-len(ending)] if name.endswith(ending) else ""
        if stem and ({stem, stem + "a", stem + "o", stem + "e", stem + "as"} & places):
            return True
    return False


def people_named(text: str) -> frozenset[str]:
    """Who the article names as people: after a title or an honorific ("Mr Mitchell", "President Ruto"), before
    a verb of saying ("Haq said"), or with a relative ("Daniel's brother Ekoda", "Ali Dunkus, his brother Omda
    Taha Dunkus"), each name and its last word (a surname)."""
    titles = "|".join(sorted(map(re.escape, [*en.TITLES, *en.HONORIFICS]), key=len, reverse=True))
    lowered = "|".join(sorted({re.escape(t.lower()) for t in en.TITLES if len(t) > 3 and "." not in t}, key=len,
                              reverse=True))
    verbs = "|".join(en.SPEECH_VERBS)
    name = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}"
    found = {m[1] for m in re.finditer(rf"\b(?:{titles})\.? ({name})", text)}
    found |= {m[1] for m in re.finditer(rf"(?<![\w.])({name}) (?:{verbs})\b", text)
              if m[1].split()[0] not in en.SENTENCE_WORDS and not _COUNTS.match(text, m.end(1))
              and not _AFTER_PREPOSITION.search(_LISTED_BEFORE.sub("", text[max(0, m.start() - 120):m.start()]))}
    # a name, then its title in apposition: "Ruwan Wijewardan, Sri Lanka's state minister for defense, said"
    titled = (rf"(?<![\w.])({name}), (?:[A-Z][\w'’-]* ){{0,3}}(?:[a-z][\w'’-]* ){{0,3}}(?:{lowered})\b"
              rf"[^,;\"“”]{{0,80}}, (?:{verbs})\b")
    found |= {m[1] for m in re.finditer(titled, text) if m[1].split()[0] not in en.SENTENCE_WORDS}
    for m in re.finditer(rf"(?<![\w.])({name})['’]s (?:{'|'.join(en_places.RELATIVES)}),? ({name})\b", text):
        found |= {m[1], m[2]}  # "Daniel's brother Ekoda": both are people ("Gaza's children" names no one)
    relatives = "|".join(en_places.RELATIVES)
    found |= {m[1] for m in re.finditer(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:{relatives}),? ({name})(?=,| [a-z])", text)
              if m[1].split()[0] not in en.SENTENCE_WORDS}  # P159: "She and her husband, Ray, 79, stayed"
    for m in re.finditer(rf"(?<![\w.])({name}), (?:his|her|their) (?:{relatives})s? ({name})\b", text):
        if m[1].split()[0] not in en.SENTENCE_WORDS:
            found |= {m[1], m[2]}  # "Ali Dunkus, his brother Omda Taha Dunkus": both are people
    return frozenset(found | {n.split()[-1] for n in found if " " in n})


def counting(text: str) -> frozenset[str]:
    """The names that report a count ("Uasin Gishu reported 4 fatalities while Nakuru, Kajiado and Mombasa
    reported 3 deaths each"): the places the count is of, not its claimants."""
    name = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}"
    return frozenset(part for m in re.finditer(rf"(?<![\w.])((?:{name}, )*(?:{name} and )?{name})(?={_COUNTS.pattern})",
                                               text) for part in (m[1], *re.split(r", | and ", m[1])))


# Words before a storm's name, which then names the storm wherever the article writes it alone: "the death toll
# from Cyclone Nargis ... where Nargis struck with 120 mph winds" (not Nargis in France).
_STORMS = "Hurricane|Cyclone|Typhoon|Storm"
# A qualifier of a number that opens a sentence, whose first word is then no place: "More than two dozen people".
_QUALIFIER_OPENING = re.compile("(?:" + "|".join(sorted((re.escape(w.capitalize()) for w in MEANING), key=len,
                                                        reverse=True)) + r")\s+(?:\d|" + "|".join(UNITS) + r")\b")


# A verb of reporting before a number, which makes the name before it a place the number is of: "Uasin Gishu
# reported 4 fatalities".
_COUNTS = re.compile(r" (?:reported|recorded|registered) (?:\d|(?:at least|over|more than) \d)")
# Names listed before a name, which a preposition before them governs too: "missing in Baidoa and Galmudug states".
_LISTED = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}"
_LISTED_BEFORE = re.compile(rf"(?:{_LISTED}, )*{_LISTED} (?:and|or) $")


# A preposition right before a name, which makes it no subject of the verb after it: "the commanding officer for
# Yobe to Mafa said the route ..." names a place, not a speaker called Mafa.
_AFTER_PREPOSITION = re.compile(r"\b(?:to|in|at|from|near|into|towards|of)\s$")


def _common(name: str, text: str, adjectives: bool = True) -> bool:
    """A word the article also writes in lower case ("Most", "Western"), or a country it also names by its
    adjective ("Russia", "Russian"); not by its adjective where `adjectives` is false (P156: "in Victoria" is the
    state though the article also writes "the Victorian coastal town of Mallacoota")."""
    if " " in name:
        return False
    if not adjectives:
        return re.search(rf"\b{re.escape(name.lower())}\b", text) is not None
    adjectives_of = (f"{name}n", f"{name}ian", f"{name[:-1]}ian")
    return re.search(rf"\b{re.escape(name.lower())}\b", text) is not None or \
        any(re.search(rf"\b{re.escape(adjective)}\b", text) for adjective in adjectives_of)


def _government(name: str, text: str) -> bool:
    """Whether the article only ever uses `name` for a government ("Moscow says", "Kyiv and most Western nations
    reject"): the subject of a verb of saying or deciding each time it appears."""
    uses = re.findall(rf"\b{re.escape(name)}\b(?P<rest>.{{0,40}})", text)
    verbs = rf"^(?: and [\w ]+?)? (?:{GOVERNMENT_VERBS})\b"
    return bool(uses) and all(re.match(verbs, rest) for rest in uses)


def actors(mentions: list[Mention]) -> set[str]:
    """Names the article uses for people or a group somewhere ("Rohingya refugees", "Hamas fighters"): a name the
    gazetteer lacks is then no place anywhere in it."""
    return {m.name for m in mentions if _GROUP_LISTED.match(m.after) or m.after.split()[:1] and
            m.after.split()[0].strip(",.;:") in _NOT_PLACE_AFTER and not m.after.startswith(",")
            and not _COUNTS.match(m.after)}


# A name listed before another and a word for people, which makes both a group's: "the Kuki and Meitei communities".
_GROUP_LISTED = re.compile(rf"^(?:,? and|,) {WORD}(?: {WORD})* (?:{'|'.join(en_places.PEOPLES)})\b")
