"""Names an article gives a person in a shape of their own, for draft_people.py: one word ("Amina, 34,", P2 "Abdullah
knows his son", P90 "who gave his name only as Sanatan", P91 "Elda's son Elkin"), a surname that is a sentence's
word first (P3 "He Biao, the director of ..."), a nickname in brackets (P10 "Corazon (Cory) Aquino"), a name after a
conjunction that opens a sentence (P15 "But Ali Modu countered:"); and what is a body, not a person (`is_body`;
P123: initials before a surname, "S.M. Ashrafuzzaman", "OB Sisay", are a person's, not a body's acronym). The
rules are described in draft_people.py's docstring; the words are in words/en.py."""

from __future__ import annotations

import re

from briefing.brief.draft_titles import TITLE_WORDS, UPPER
from briefing.brief.words import en

# P90: where a described subject gives one name: "who gave his name only as Sanatan", "identified only as Ali".
GAVE_NAME = (r"\b(?:(?:gave|giving|gives) (?:only )?(?:his|her) (?:first )?name(?: only)?(?: as|,)|"
              r"identif(?:ying|ied|ies) (?:(?:himself|herself) )?(?:only )?as|"
              r"who (?:goes|went) by(?: the name)?) ")  # P152: "A villager who goes by Ajmal confirmed" (Scroll, 2018)
_BODY_WORDS = {word.lower() for word in en.BODY_WORDS}
# A sentence's subject known by one name, with an age or an apposition: "Amina, 34,", "Mehmet, a farmer,".
# (or a relative clause, P8: "Lily, who went to Denpasar with her family, decided to escape")
# (P9: or after "said", before an apposition: "..., said Zhuohuaxia, a publicity official with the ... Prefecture")
_ONE_NAME = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bsaid )|(?<=\bsays ))(?P<name>{UPPER}[a-z]+), "
                       rf"(?=\d{{1,3}},|(?:a|an) [a-z]|who )")
# P15: a name after a conjunction that opens a sentence, before a verb in lower case: "But Ali Modu countered:".
_AFTER_CONJUNCTION = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:But|And|Yet|So|Then) (?P<name>{UPPER}[a-z][\w'’-]*"
                                rf"(?: {UPPER}[a-z][\w'’-]*){{1,3}})(?= [a-z])")
# P90, P91: a person's one name that a description gives, or a kin noun that opens a clause before it.
_ONE_NAME_GIVEN = re.compile(rf"(?:{GAVE_NAME}|(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))(?:{UPPER}[a-z]+['’]s|[Hh]is|[Hh]er|"
                             rf"[Tt]heir) (?:{'|'.join(en.KIN_NOUNS)}),? )(?P<name>{UPPER}[a-z]+)(?![\w'’-])"
                             r"(?= [a-z]|,)")  # P159: "She and her husband, Ray, 79, stayed"
# P10: a name with a nickname in brackets between the given name and the surname: "Corazon (Cory) Aquino".
_NICKNAMED = re.compile(rf"(?<![\w'’-])(?P<given>{UPPER}[a-z]+) \({UPPER}[a-z]+\) {UPPER}[\w'’-]+")
# P2: a sentence's or a clause's subject known by one name, whose own "his" or "her" follows its verb: "As the sun
# sinks ..., Abdullah knows his son Waseem's death is only hours away." (not a plural: "Rescuers pulled her out").
_ONE_NAME_HIS = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?P<name>{UPPER}[a-z]{{2,}}(?<!s)) "
                           r"(?:[a-z]+ ){1,2}(?:his|her)\b")
_PLACE_APPOSITION = re.compile(r"(?:\d{1,3}, )?(?:a|an) (?:[\w-]+ ){0,2}(?:city|town|village|region|province|"
                               r"district|country|port|camp|capital|area|state|island|settlement)\b")
# P3: "He Biao, the director of ...", "An Sang-soo told": a surname that is also a sentence's first word, a given name,
# then an apposition, an age or a verb of saying.
_SURNAME_FIRST = re.compile(rf"(?:^|(?<=[.!?] )|(?<=\n))(?P<name>(?:{'|'.join(en.SURNAMES_LIKE_WORDS)}) {UPPER}[a-z]+"
                            rf"(?:-[a-z]+)?)(?=, (?:the|a|an|\d{{1,3}},) |,? (?:{'|'.join(en.SPEECH_VERBS)})\b)")


# P123: a person's initials before a surname, not a body's acronym: "S.M. Ashrafuzzaman", "OB Sisay" (not "UN
# Women", "DR Congo", "U.S. Army").
_INITIALS = re.compile(rf"(?!(?:{'|'.join(map(re.escape, en.ACRONYMS_BEFORE_NAMES))})\s)"
                       r"(?:(?:[A-Z]\.){1,3} ?|[A-Z]{2} )[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?")


def is_body(name: str) -> bool:
    """An organisation or a government, not a person: an acronym ("UNICEF", "U.N."), or a name with a word
    such as "Office", "Ministry", "Crescent" in it; not a person's initials before a surname (P123)."""
    words = re.findall(r"[\w'.-]+", name)
    if _INITIALS.fullmatch(name) and not any(w.lower().strip(".") in _BODY_WORDS for w in words):
        return False
    return any(w.lower().strip(".") in _BODY_WORDS for w in words) or \
        any(re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,}", w) for w in words)


def one_word_names(text: str) -> list[tuple[int, str, str]]:
    """(position, name, "") of each person the article names in one of these shapes."""
    names: list[tuple[int, str, str]] = []
    for match in _AFTER_CONJUNCTION.finditer(text):  # P15: "But Ali Modu countered:", a person after "But"
        words = match["name"].split()
        if not is_body(match["name"]) and not any(w in (*en.NOT_PEOPLE, *en.SENTENCE_WORDS) for w in words):
            names.append((match.start("name"), match["name"], ""))
    for match in _ONE_NAME_GIVEN.finditer(text):  # P90 "who gave his name only as Sanatan", P91 "Elda's son Elkin"
        if match["name"] not in (*en.SENTENCE_WORDS, *en.NOT_PEOPLE) and not is_body(match["name"]):
            names.append((match.start("name"), match["name"], ""))
    for match in _NICKNAMED.finditer(text):  # P10: "Corazon (Cory) Aquino", one person
        if match["given"] not in en.SENTENCE_WORDS and not is_body(match[0]):
            names.append((match.start(), match[0], ""))
    for match in _SURNAME_FIRST.finditer(text):  # P3: "He Biao, the director of ..."
        if match["name"].split()[1] not in en.SENTENCE_WORDS and match["name"].split()[1] not in en.NOT_PEOPLE:
            names.append((match.start("name"), match["name"], ""))
    for match in _ONE_NAME.finditer(text):  # "Amina, 34, a mother of three, fled": a person by one name
        if match["name"] not in en.SENTENCE_WORDS and not is_body(match["name"]) and \
                match["name"] not in en.NOT_PEOPLE and not _PLACE_APPOSITION.match(text, match.end()):
            names.append((match.start("name"), match["name"], ""))
    for match in _ONE_NAME_HIS.finditer(text):  # P2: "Abdullah knows his son": a person by one name
        name = match["name"]
        if name not in en.SENTENCE_WORDS and name not in en.NOT_PEOPLE and not is_body(name) and \
                name.lower() not in TITLE_WORDS and not re.search(rf"\b{name.lower()}\b", text):
            names.append((match.start("name"), name, ""))
    return names
